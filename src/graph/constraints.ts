// Applies schema/constraints.cypher (all IF NOT EXISTS, so idempotent) and waits for the indexes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../config.js';
import { rebuildSpeakerCounts, rebuildSpeakerTotals, speakerCountsMissing, speakerTotalsMissing } from './speaker-aggregates.js';

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

export async function applyConstraints(driver: Driver, database: string): Promise<void> {
  const statements = parseCypherStatements(readFileSync(CONSTRAINTS_FILE, 'utf8'));
  // Schema changes cannot share a transaction with each other's data; one auto-commit each.
  for (const statement of statements) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  // A graph loaded before topSpeakers' counts were kept gets them once (minutes on a whole corpus, then never again).
  if (await speakerCountsMissing(driver, database)) await rebuildSpeakerCounts(driver, database);
  if (await speakerTotalsMissing(driver, database)) await rebuildSpeakerTotals(driver, database);
}
