// `npm start`: Neo4j up (embedded unless NEO4J_URI) → constraints → load seeds/ (idempotent) → warm → serve GraphiQL.
import { config } from './config.js';
import { openGraph, type PhaseTimes } from './graph/session.js';
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
  const phases: PhaseTimes = {};
  const { driver, database } = await openGraph(cfg, async () => server?.close(), undefined, phases);
  let t = performance.now();
  const lap = (name: string) => ((phases[name] = performance.now() - t), (t = performance.now()));
  const [{ loadPaths, formatLoadSummary, inputsUnchanged }, { startServer }, { warmUp }] = await modules;
  lap('modules');
  // A warm start finds its seeds in place: checked with one read before any lock or extraction worker.
  const seeds = await inputsUnchanged([cfg.SEEDS_DIR], driver, database);
  if (seeds.unchanged) {
    process.stderr.write(`load: ${seeds.records} seed articles unchanged (${cfg.SEEDS_DIR})\n`);
  } else {
    const summary = await loadPaths([cfg.SEEDS_DIR], { driver, database, progress: process.stderr.isTTY, onNotice: (line) => process.stderr.write(`${line}\n`) });
    process.stderr.write(formatLoadSummary(summary) + '\n');
  }
  lap('seeds');
  server = await startServer({ driver, database, config: cfg });
  lap('server');
  // Announced only once warm: the first query of a user then costs what later ones do.
  const host = cfg.HOST === '0.0.0.0' || cfg.HOST === '::' ? '127.0.0.1' : cfg.HOST.includes(':') ? `[${cfg.HOST}]` : cfg.HOST;
  await warmUp(`http://${host}:${server.port}/graphql`, (line) => process.stderr.write(`${line}\n`));
  lap('warm-up');
  const total = Object.values(phases).reduce((a, b) => a + b, 0);
  process.stderr.write(`newsgraph: ready in ${(total / 1000).toFixed(1)} s (${Object.entries(phases).map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ')})\n`);
  process.stderr.write(`newsgraph: GraphiQL playground at ${server.url}, explorer at ${server.explorerUrl} (Ctrl-C to stop)\n`);
}

exitOnFatalErrors();
main().catch(reportFatal);
