// `npm start`: Neo4j up (embedded unless NEO4J_URI) → constraints → load seeds/ (idempotent) → warm → serve GraphiQL.
import { config } from './config.js';
import { openGraph } from './graph/session.js';
import type { RunningServer } from './server/yoga.js';
import { exitOnFatalErrors, reportFatal } from './errors.js';

async function main(): Promise<void> {
  const cfg = config();
  let server: RunningServer | undefined;
  // The loader (extraction lexicons, tagger weights) and the server (schema) take seconds to import: they load while
  // Neo4j's JVM starts, in parallel, instead of before it.
  const modules = Promise.all([import('./load/index.js'), import('./server/yoga.js'), import('./server/warm-up.js')]);
  modules.catch(() => undefined); // reported where awaited
  // Ctrl-C: stop taking requests, close the driver, then stop the Neo4j this process started.
  const { driver, database } = await openGraph(cfg, async () => server?.close());
  const [{ loadPaths, formatLoadSummary }, { startServer }, { warmUp }] = await modules;
  const summary = await loadPaths([cfg.SEEDS_DIR], { driver, database, progress: process.stderr.isTTY, onNotice: (line) => process.stderr.write(`${line}\n`) });
  process.stderr.write(formatLoadSummary(summary) + '\n');
  server = await startServer({ driver, database, config: cfg });
  // Announced only once warm: the first query of a user then costs what later ones do.
  const host = cfg.HOST === '0.0.0.0' || cfg.HOST === '::' ? '127.0.0.1' : cfg.HOST.includes(':') ? `[${cfg.HOST}]` : cfg.HOST;
  await warmUp(`http://${host}:${server.port}/graphql`, (line) => process.stderr.write(`${line}\n`));
  process.stderr.write(`newsgraph: GraphiQL playground at ${server.url}, explorer at ${server.explorerUrl} (Ctrl-C to stop)\n`);
}

exitOnFatalErrors();
main().catch(reportFatal);
