// `npm start`: Neo4j up (embedded unless NEO4J_URI) → constraints → load seeds/ (idempotent) → serve GraphiQL.
import { config } from './config.js';
import { openGraph } from './graph/session.js';
import { loadPaths, formatLoadSummary } from './load/index.js';
import { startServer, type RunningServer } from './server/yoga.js';
import { warmUp } from './server/warm-up.js';
import { exitOnFatalErrors, reportFatal } from './errors.js';

async function main(): Promise<void> {
  const cfg = config();
  let server: RunningServer | undefined;
  // Ctrl-C: stop taking requests, close the driver, then stop the Neo4j this process started.
  const { driver, database } = await openGraph(cfg, async () => server?.close());
  const summary = await loadPaths([cfg.SEEDS_DIR], { driver, database, progress: process.stderr.isTTY, onNotice: (line) => process.stderr.write(`${line}\n`) });
  process.stderr.write(formatLoadSummary(summary) + '\n');
  server = await startServer({ driver, database, config: cfg });
  // Announced only once warm: the first query of a user then costs what later ones do.
  await warmUp(`http://127.0.0.1:${server.port}/graphql`.replace('127.0.0.1', cfg.HOST === '0.0.0.0' || cfg.HOST === '::' ? '127.0.0.1' : cfg.HOST.includes(':') ? `[${cfg.HOST}]` : cfg.HOST), (line) =>
    process.stderr.write(`${line}\n`),
  );
  process.stderr.write(`newsgraph: GraphiQL playground at ${server.url} (Ctrl-C to stop)\n`);
}

exitOnFatalErrors();
main().catch(reportFatal);
