// Applies schema/constraints.cypher (all IF NOT EXISTS, so idempotent) and waits for the indexes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../config.js';
import { ensureSpeakerAggregates, type RebuildOptions } from './speaker-aggregates.js';

/** A one-time rebuild waits up to 10 minutes for a running load, and holds the lock with a 10-minute lease meanwhile. */
const DEFAULT_REBUILD: RebuildOptions = { waitMs: 600_000, leaseMs: 600_000 };

export const CONSTRAINTS_FILE = path.join(PROJECT_ROOT, 'schema', 'constraints.cypher');

/** The statements of a .cypher file: `;`-separated, `//` comments dropped. */
export function parseCypherStatements(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, ''))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The name a `CREATE … name IF NOT EXISTS` statement gives its constraint or index (every statement of the file names one). */
export function schemaObjectName(statement: string): string | undefined {
  return /^CREATE\s+(?:CONSTRAINT|(?:FULLTEXT\s+|RANGE\s+|TEXT\s+|POINT\s+)?INDEX)\s+(\w+)\s+IF\s+NOT\s+EXISTS\b/i.exec(statement)?.[1];
}

export async function applyConstraints(driver: Driver, database: string, rebuild: RebuildOptions = DEFAULT_REBUILD): Promise<void> {
  const statements = parseCypherStatements(readFileSync(CONSTRAINTS_FILE, 'utf8'));
  // A warm start finds them all in place: one read of the names instead of a schema transaction per statement. IF NOT
  // EXISTS skips on the name too, so skipping a statement whose name exists changes nothing.
  const names = async (show: string) => (await driver.executeQuery(`${show} YIELD name RETURN name`, {}, { database, routing: 'READ' })).records.map((r) => r.get('name') as string);
  const existing = new Set([...(await names('SHOW CONSTRAINTS')), ...(await names('SHOW INDEXES'))]);
  const missing = statements.filter((statement) => {
    const name = schemaObjectName(statement);
    return !name || !existing.has(name);
  });
  // Schema changes cannot share a transaction with each other's data; one auto-commit each.
  for (const statement of missing) {
    await driver.executeQuery(statement, {}, { database });
  }
  if (missing.length) await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  // A graph loaded before topSpeakers' counts were kept gets them once (minutes on a whole corpus, then never again),
  // under the load lock so that no load writes meanwhile.
  await ensureSpeakerAggregates(driver, database, rebuild);
}
