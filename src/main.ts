// `npm start`: Neo4j up (embedded unless NEO4J_URI) → constraints → load seeds/ → serve GraphiQL.
import { config } from './config.js';
import { ensureNeo4j, stopOnExit } from './graph/neo4j.js';
import { openGraph } from './graph/session.js';
import { loadPaths, formatLoadSummary } from './load/index.js';
import { startServer } from './server/yoga.js';
import { reportFatal } from './errors.js';

async function main(): Promise<void> {
  const cfg = config();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const conn = await ensureNeo4j(cfg, { log });
  stopOnExit(conn);
  const { driver, database } = await openGraph(cfg, conn);
  const summary = await loadPaths([cfg.SEEDS_DIR], { driver, database, progress: process.stderr.isTTY });
  log(formatLoadSummary(summary));
  const server = await startServer({ driver, database, config: cfg });
  log(`newsgraph: GraphiQL playground at ${server.url} (Ctrl-C to stop)`);
  const shutdown = async () => {
    await server.close();
    await driver.close();
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch(reportFatal);
