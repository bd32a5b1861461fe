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

export async function applyConstraints(driver: Driver, database: string, rebuild: RebuildOptions = DEFAULT_REBUILD): Promise<void> {
  const statements = parseCypherStatements(readFileSync(CONSTRAINTS_FILE, 'utf8'));
  // Schema changes cannot share a transaction with each other's data; one auto-commit each.
  for (const statement of statements) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  // A graph loaded before topSpeakers' counts were kept gets them once (minutes on a whole corpus, then never again),
  // under the load lock so that no load writes meanwhile.
  await ensureSpeakerAggregates(driver, database, rebuild);
}
