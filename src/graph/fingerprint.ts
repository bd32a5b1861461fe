// A hash of the whole graph's content (nodes, properties, relationships) that ignores internal ids and load times:
// two loads of the same input must give the same fingerprint, however they were interrupted.
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { OPERATIONAL_LABELS } from './model.js';

/** Properties that record when something was written, not what it says. */
const VOLATILE = new Set(['ingestedAt']);

export interface GraphFingerprint {
  hash: string;
  nodes: number;
  relationships: number;
}

export async function graphFingerprint(driver: Driver, database: string): Promise<GraphFingerprint> {
  const nodes = await driver.executeQuery(
    // The load lock, audit trail and tokens are who is writing or wrote, not what the graph says.
    `MATCH (n)
     WHERE NOT (${OPERATIONAL_LABELS.map((l) => `n:${l}`).join(' OR ')})
     RETURN labels(n) AS labels, properties(n) AS props`,
    {},
    { database, routing: 'READ' },
  );
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
    {},
    { database, routing: 'READ' },
  );
  const lines = [
    ...nodes.records.map((r) => `N ${[...(r.get('labels') as string[])].sort().join(':')} ${canonical(r.get('props'))}`),
    ...rels.records.map((r) => `R ${r.get('from')} ${r.get('type')} ${r.get('to')} ${canonical(r.get('props'))}`),
  ].sort();
  const hash = createHash('sha256');
  for (const l of lines) hash.update(l).update('\n');
  return { hash: hash.digest('hex'), nodes: nodes.records.length, relationships: rels.records.length };
}

/** JSON with sorted keys and sorted list values, so order of collection does not matter. */
function canonical(props: Record<string, unknown>): string {
  const keys = Object.keys(props).filter((k) => !VOLATILE.has(k)).sort();
  return JSON.stringify(keys.map((k) => [k, Array.isArray(props[k]) ? [...(props[k] as unknown[])].map(String).sort() : props[k]]));
}
