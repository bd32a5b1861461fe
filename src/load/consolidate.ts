// Cross-article identity over the whole graph (one entry point for the loader and `newsgraph resolve`): read people
// and organisations, decide merges (resolve/consolidate.ts), apply them (graph/consolidate.ts).
import type { Driver } from 'neo4j-driver';
import { decideMerges, type MergeDecision } from '../resolve/consolidate.js';
import { applyMerges, readIdentitySummaries } from '../graph/consolidate.js';
import { readRules } from '../graph/curation.js';
import { keptApart } from '../resolve/curation.js';
import type { WriteCounts } from '../graph/writer.js';

export interface ConsolidationSummary extends WriteCounts {
  decisions: number;
  byRule: Record<string, number>;
  seconds: number;
}

/**
 * Runs identity consolidation until nothing more merges (a merge can make a one-word name's bearer unique). Decisions
 * are read from the graph as it stands, so the same set of articles gives the same graph whatever order they came in.
 */
export async function consolidate(driver: Driver, database: string, opts: { dryRun?: boolean } = {}): Promise<ConsolidationSummary & { sample: MergeDecision[] }> {
  const t0 = performance.now();
  const s: ConsolidationSummary = { decisions: 0, byRule: {}, nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, seconds: 0 };
  let sample: MergeDecision[] = [];
  // Editors' splits: those pairs stay two entities whatever their names look like.
  const apart = keptApart(await readRules(driver, database));
  for (let round = 0; round < 3; round++) {
    const decisions = decideMerges(await readIdentitySummaries(driver, database), apart);
    if (!decisions.length) break;
    if (round === 0) sample = decisions;
    s.decisions += decisions.length;
    for (const d of decisions) s.byRule[d.rule] = (s.byRule[d.rule] ?? 0) + 1;
    if (opts.dryRun) break;
    const c = await applyMerges(driver, database, decisions);
    s.nodesCreated += c.nodesCreated;
    s.nodesDeleted += c.nodesDeleted;
    s.relationshipsCreated += c.relationshipsCreated;
    s.relationshipsDeleted += c.relationshipsDeleted;
  }
  s.seconds = (performance.now() - t0) / 1000;
  return { ...s, sample };
}

export function formatConsolidation(s: ConsolidationSummary): string {
  const rules = Object.entries(s.byRule).map(([r, n]) => `${r} ${n}`).join(', ');
  return `resolve: ${s.decisions} merge decisions${rules ? ` (${rules})` : ''}, ${s.nodesDeleted} nodes merged away in ${s.seconds.toFixed(1)} s`;
}
