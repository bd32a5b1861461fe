// The loader's curation hook: the editors' rules (read from the graph for each batch) applied to resolved articles
// before they are written, so a merge, split or retraction survives any reload.
import type { Driver } from 'neo4j-driver';
import type { ExtractionResult } from '../extract/types.js';
import { readRules } from '../graph/curation.js';
import { applyCuration } from '../resolve/curation.js';

export async function curateBatch(driver: Driver, database: string, results: ExtractionResult[]): Promise<ExtractionResult[]> {
  const rules = await readRules(driver, database);
  return rules.length ? results.map((r) => applyCuration(r, rules)) : results;
}
