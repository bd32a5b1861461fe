// Runs a piece of work with a connected, constrained graph: Neo4j up → driver → constraints → work → clean up.
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { ensureNeo4j, type Neo4jConnection } from './neo4j.js';
import { openDriver } from './driver.js';
import { applyConstraints } from './constraints.js';

export interface GraphHandle {
  driver: Driver;
  database: string;
  connection: Neo4jConnection;
}

export async function openGraph(cfg: Config, connection?: Neo4jConnection): Promise<GraphHandle> {
  const conn = connection ?? (await ensureNeo4j(cfg, { log: (line) => process.stderr.write(`${line}\n`) }));
  const driver = await openDriver(conn);
  await applyConstraints(driver, conn.database);
  return { driver, database: conn.database, connection: conn };
}

/** Opens the graph, runs `work`, then closes the driver and stops a Neo4j this call started. */
export async function withGraph<T>(cfg: Config, work: (g: GraphHandle) => Promise<T>, connection?: Neo4jConnection): Promise<T> {
  const graph = await openGraph(cfg, connection);
  try {
    return await work(graph);
  } finally {
    await graph.driver.close();
    if (!connection) await graph.connection.stop();
  }
}
