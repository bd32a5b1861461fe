// `npm start`: Neo4j up (embedded unless NEO4J_URI) → constraints → load seeds/ (idempotent) → serve GraphiQL.
import { config } from './config.js';
import { openGraph } from './graph/session.js';
import { loadPaths, formatLoadSummary } from './load/index.js';
import { startServer, type RunningServer } from './server/yoga.js';
import { exitOnFatalErrors, reportFatal } from './errors.js';

async function main(): Promise<void> {
  const cfg = config();
  let server: RunningServer | undefined;
  // Ctrl-C: stop taking requests, close the driver, then stop the Neo4j this process started.
  const { driver, database } = await openGraph(cfg, async () => server?.close());
  const summary = await loadPaths([cfg.SEEDS_DIR], { driver, database, progress: process.stderr.isTTY, onNotice: (line) => process.stderr.write(`${line}\n`) });
  process.stderr.write(formatLoadSummary(summary) + '\n');
  server = await startServer({ driver, database, config: cfg });
  process.stderr.write(`newsgraph: GraphiQL playground at ${server.url}, explorer at ${server.explorerUrl} (Ctrl-C to stop)\n`);
}

exitOnFatalErrors();
main().catch(reportFatal);
