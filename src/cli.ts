// `newsgraph extract | load | serve | neo4j | export | token | curate | audit`: thin wiring of the pipeline stages (commander).
// Each command imports its stages when it runs, so `--help` and `--version` load nothing heavy.
import { readFileSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { config, PROJECT_ROOT } from './config.js';
import { exitOnFatalErrors, reportFatal } from './errors.js';
import { redactUrlCredentials } from './redact.js';
import { EXPORT_FORMATS, EXPORT_RELATION_TYPES, isExportFormat, parseExportFilter, type RawExportFilter } from './export/filter.js';
import { ENTITY_LABELS } from './graph/model.js';
import type { RunningServer } from './server/yoga.js';

const { version } = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };

// Each command imports its stage when it runs: the extraction lexicons and the server (~130 MB and seconds to load)
// stay out of commands that do not use them, such as `export`.
const program = new Command();
program
  .name('newsgraph')
  .description('News articles into a knowledge graph in Neo4j, served over GraphQL')
  .version(version)
  .showHelpAfterError();

program
  .command('extract')
  .description('extract entities, quotes and relations; prints one JSON object per article (JSON Lines)')
  .argument('<path...>', 'files or folders (.txt seed format, .json, .jsonl, .jsonl.gz)')
  .option('--explain', 'print, per quote, the attribution rule that produced it and why arbitration chose it (text, not JSON)')
  .action(async (paths: string[], opts: { explain?: boolean }) => {
    const { runExtract } = await import('./extract/run.js');
    const { rejected } = await runExtract(paths, process.stdout, process.stderr, { explain: opts.explain === true });
    process.exitCode = rejected > 0 ? 1 : 0;
  });

program
  .command('load')
  .description('extract and load articles into Neo4j (idempotent; unchanged articles are skipped); exit 0 done, 1 some records rejected, 2 fatal, 130 interrupted')
  .argument('<path...>', 'files or folders (.txt seed format, .json, .jsonl, .jsonl.gz)')
  .option('--no-progress', 'no progress bar')
  .action(async (paths: string[], opts: { progress: boolean }) => {
    // Ctrl-C: stop reading, let the batch being written commit, print the summary, exit 130 (SIGTERM: 143).
    const abort = new AbortController();
    let reported: () => void = () => undefined;
    const reportedOnce = new Promise<void>((resolve) => (reported = resolve));
    const say = (line: string) => process.stderr.write(`${line}\n`);
    const { withGraph } = await import('./graph/session.js');
    const { loadPaths, formatLoadSummary, loadExitCode, LoadFailedError, loadOpenFailure, failedLoadAdvice } = await import('./load/index.js');
    const cfg = config();
    try {
      const summary = await withGraph(
        cfg,
        ({ driver, database }) => loadPaths(paths, { driver, database, progress: opts.progress && process.stderr.isTTY, signal: abort.signal, onNotice: say }),
        async () => {
          abort.abort();
          await reportedOnce;
        },
        { exitCode: (signal) => 128 + (osConstants.signals[signal] ?? 0) },
        // Neo4j not answering before the load starts is waited for as during it (LOAD_RETRY_MS), then the same failure.
        { budgetMs: cfg.LOAD_RETRY_MS, onNotice: say, signal: abort.signal },
      );
      say(formatLoadSummary(summary));
      process.exitCode = loadExitCode(summary);
    } catch (caught) {
      const err = loadOpenFailure(caught) ?? caught;
      if (!(err instanceof LoadFailedError)) throw err;
      say(formatLoadSummary(err.summary));
      say(`load: failed: ${err.message.replace(/^load: /, '')}`);
      say(failedLoadAdvice(err.summary));
      process.exitCode = 2;
    } finally {
      reported();
    }
  });

program
  .command('resolve')
  .description('cross-article identity on demand: merge short names, spelling variants and acronyms into the entity they name (also run after every load)')
  .option('--dry-run', 'print the decisions without applying them')
  .action(async (opts: { dryRun?: boolean }) => {
    const { withGraph } = await import('./graph/session.js');
    const { consolidate, formatConsolidation } = await import('./load/consolidate.js');
    const { acquireLoadLock, describeHolder } = await import('./graph/load-lock.js');
    const cfg = config();
    // Identity moves mentions between nodes: never while a load writes (it holds the same lock and resolves at its end).
    const summary = await withGraph(cfg, async ({ driver, database }) => {
      const lock = await acquireLoadLock(driver, database, {
        waitMs: cfg.LOAD_LOCK_WAIT_MS,
        leaseMs: Math.max(cfg.LOAD_LOCK_LEASE_MS, 600_000),
        onWait: (holder) => process.stderr.write(`resolve: ${describeHolder(holder)}; waiting for it to finish…\n`),
      });
      try {
        return await consolidate(driver, database, { dryRun: opts.dryRun });
      } finally {
        await lock.release().catch(() => undefined);
      }
    });
    if (opts.dryRun) for (const d of summary.sample) process.stdout.write(`${JSON.stringify(d)}\n`);
    process.stderr.write(`${formatConsolidation(summary)}\n`);
  });

program
  .command('serve')
  .description('serve the GraphQL API and the GraphiQL playground (no loading)')
  .action(async () => {
    const { openGraph } = await import('./graph/session.js');
    const { startServer } = await import('./server/yoga.js');
    const cfg = config();
    let server: RunningServer | undefined;
    const { driver, database } = await openGraph(cfg, async () => server?.close());
    server = await startServer({ driver, database, config: cfg });
    process.stderr.write(`newsgraph: GraphiQL playground at ${server.url}, explorer at ${server.explorerUrl} (Ctrl-C to stop)\n`);
  });

program
  .command('neo4j')
  .description('run the embedded-default Neo4j in the foreground until Ctrl-C')
  .action(async () => {
    const { ensureNeo4j, stopOnExit } = await import('./graph/neo4j.js');
    const conn = await ensureNeo4j(config(), { log: (l) => process.stderr.write(l + '\n') });
    stopOnExit(conn);
    process.stderr.write(`newsgraph: Neo4j at ${redactUrlCredentials(conn.uri)}${conn.embedded ? '' : ' (external or already running)'}\n`);
    if (!conn.embedded) return;
    await new Promise<void>(() => undefined);
  });

program
  .command('export')
  .description('export the graph (or an entity\'s neighbourhood) as GEXF, GraphML, CSV or JSON Lines, streamed')
  .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
  .option('--out <path>', 'file or folder to write (CSV: a folder for nodes.csv, edges.csv, quotes.csv); default stdout')
  .option('--entity <ref>', 'only this entity (id, name or alias) and its neighbours')
  .option('--hops <n>', 'relation steps from --entity (default 1)')
  .option('--entity-types <list>', `comma-separated: ${ENTITY_LABELS.join(', ')}`)
  .option('--relation-types <list>', `comma-separated: ${EXPORT_RELATION_TYPES.join(', ')}`)
  .option('--from <date>', 'articles published on or after YYYY-MM-DD')
  .option('--to <date>', 'articles published on or before YYYY-MM-DD')
  .option('--outlet <source>', 'articles of this outlet only')
  .option('--min-articles <n>', 'entities and relations seen in at least n articles (default 1)')
  .action(async (opts: RawExportFilter & { format: string; out?: string }) => {
    if (!isExportFormat(opts.format)) throw new Error(`export: unknown format '${opts.format}' (one of ${EXPORT_FORMATS.join(', ')})`);
    const format = opts.format;
    const cfg = config();
    const filter = parseExportFilter(opts, cfg.API_MAX_PATH_HOPS);
    const { withGraph } = await import('./graph/session.js');
    const { exportFiles, openExportSource } = await import('./export/index.js');
    const { writeExportFiles } = await import('./export/write-files.js');
    const written = await withGraph(cfg, async ({ driver, database }) =>
      writeExportFiles(exportFiles(format, await openExportSource(driver, database, filter)), opts.out, process.stdout),
    );
    for (const file of written) process.stderr.write(`newsgraph: wrote ${file}\n`);
  });

const token = program.command('token').description('API bearer tokens (roles: reader, editor, admin)');
token
  .command('create')
  .description('create a token and print it once (only its sha256 is stored)')
  .requiredOption('--role <role>', 'reader, editor or admin')
  .requiredOption('--name <name>', 'who holds it (shown in the audit log)')
  .action(async (opts: { role: string; name: string }) => {
    const { createToken, isRole } = await import('./graph/tokens.js');
    if (!isRole(opts.role)) throw new Error(`token: unknown role '${opts.role}' (reader, editor or admin)`);
    const role = opts.role;
    const { withGraph } = await import('./graph/session.js');
    const value = await withGraph(config(), ({ driver, database }) => createToken(driver, database, opts.name, role));
    process.stdout.write(`${value}\n`);
    process.stderr.write(`newsgraph: token for ${opts.name} (${role}) created; it is shown this once — keep it secret\n`);
  });

const curate = program.command('curate').description('editors\' curation rules: export them from one database, apply them to another');
curate
  .command('export')
  .description('print the curation rules as YAML (e.g. > curation.yaml)')
  .action(async () => {
    const { withGraph } = await import('./graph/session.js');
    const { readRules } = await import('./graph/curation.js');
    const { formatCurationFile } = await import('./resolve/curation-file.js');
    const rules = await withGraph(config(), ({ driver, database }) => readRules(driver, database));
    process.stdout.write(formatCurationFile(rules));
    process.stderr.write(`newsgraph: ${rules.length} rules exported\n`);
  });
curate
  .command('apply')
  .description('apply a curation file: rules the database lacks are stored (loads honour them) and made where the graph holds what they name')
  .argument('<file>', 'a curation file (YAML) from `curate export`')
  .action(async (file: string) => {
    const { readFile } = await import('node:fs/promises');
    const { parseCurationFile } = await import('./resolve/curation-file.js');
    const text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
      throw new Error(`curate: cannot read ${file}: ${err.code ?? err.message}`);
    });
    const rules = parseCurationFile(text, file);
    const { withGraph } = await import('./graph/session.js');
    const { applyRules } = await import('./graph/curation.js');
    const r = await withGraph(config(), ({ driver, database }) => applyRules(driver, database, rules));
    process.stderr.write(`newsgraph: ${r.applied} rules applied, ${r.skipped} already present\n`);
  });

program
  .command('audit')
  .description('the audit trail')
  .command('export')
  .description('print every audit record, oldest first, as JSON Lines')
  .action(async () => {
    const { withGraph } = await import('./graph/session.js');
    const { allAuditRecords } = await import('./graph/curation.js');
    await withGraph(config(), async ({ driver, database }) => {
      for await (const row of allAuditRecords(driver, database)) process.stdout.write(`${JSON.stringify(row)}\n`);
    });
  });

exitOnFatalErrors();
program.parseAsync(process.argv).catch(reportFatal);
