// Test access to the Neo4j started by the int globalSetup.
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { openDriver } from '../../src/graph/driver.js';
import { applyConstraints } from '../../src/graph/constraints.js';

export function testConnection() {
  return inject('neo4j');
}

export async function testDriver(): Promise<{ driver: Driver; database: string }> {
  const conn = testConnection();
  const driver = await openDriver(conn);
  await applyConstraints(driver, conn.database);
  return { driver, database: conn.database };
}

export async function cleanDatabase(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

export async function countGraph(driver: Driver, database: string): Promise<{ nodes: number; relationships: number }> {
  const nodes = await driver.executeQuery('MATCH (n) RETURN count(n) AS c', {}, { database });
  const rels = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS c', {}, { database });
  return { nodes: nodes.records[0].get('c') as number, relationships: rels.records[0].get('c') as number };
}
