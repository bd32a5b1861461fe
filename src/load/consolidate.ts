// Cross-article identity (one entry point for the loader and `newsgraph resolve`): read people and organisations,
// decide merges (resolve/consolidate.ts), apply them (graph/consolidate.ts). Over the whole graph, or incrementally over
// what the given articles touch.
import type { Driver } from 'neo4j-driver';
import { decideMerges, relatedEntities, type MergeDecision } from '../resolve/consolidate.js';
import { applyDisplayNames, applyMerges, markIdentityResolved, readEntitiesOfArticles, readIdentityIndex, readIdentitySummaries, readUnresolvedArticles } from '../graph/consolidate.js';
import { readRules } from '../graph/curation.js';
import { keptApart } from '../resolve/curation.js';
import { displayNames } from '../resolve/display-name.js';
import type { WriteCounts } from '../graph/writer.js';

export interface ConsolidationSummary extends WriteCounts {
  decisions: number;
  byRule: Record<string, number>;
  seconds: number;
  /** Entities whose decisions were read (all people and organisations for a full run). */
  entitiesRead: number;
  /** Nodes whose display name changed to the spelling most of their articles use. */
  renamed?: number;
}

/**
 * Runs identity consolidation until nothing more merges (a merge can make a one-word name's bearer unique). Decisions
 * are read from the graph as it stands, so the same set of articles gives the same graph whatever order they came in.
 *
 * `incremental` decides only what the articles no run has covered yet touch (graph/consolidate.ts
 * readUnresolvedArticles): the people and organisations they mention and every entity sharing a name key with them
 * (resolve/consolidate.ts relatedEntities), read with their own context. Anything else was settled by the run before and
 * cannot change, so the result equals a full run; `newsgraph resolve` is the full run.
 */
export async function consolidate(
  driver: Driver,
  database: string,
  opts: { dryRun?: boolean; incremental?: boolean } = {},
): Promise<ConsolidationSummary & { sample: MergeDecision[] }> {
  const t0 = performance.now();
  const s: ConsolidationSummary = { decisions: 0, byRule: {}, nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, seconds: 0, entitiesRead: 0 };
  let sample: MergeDecision[] = [];
  // Editors' splits: those pairs stay two entities whatever their names look like.
  const apart = keptApart(await readRules(driver, database));
  let touched = new Set<string>();
  const everTouched = new Set<string>();
  // Incremental: the articles no run has covered in their current text (this load's, and any an interrupted load left).
  const articleIds = opts.incremental ? await readUnresolvedArticles(driver, database) : undefined;
  for (let round = 0; round < 3; round++) {
    let decisions: MergeDecision[];
    if (articleIds) {
      // Round by round, the seeds are what the articles mention now plus the nodes the last round merged.
      for (const id of await readEntitiesOfArticles(driver, database, articleIds)) touched.add(id);
      if (!touched.size) break;
      const { selected, context } = relatedEntities(await readIdentityIndex(driver, database), touched);
      const summaries = await readIdentitySummaries(driver, database, [...context].sort());
      s.entitiesRead += summaries.length;
      decisions = decideMerges(summaries, apart).filter((d) => selected.has(d.from));
    } else {
      const summaries = await readIdentitySummaries(driver, database);
      s.entitiesRead += summaries.length;
      decisions = decideMerges(summaries, apart);
    }
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
    touched = new Set(decisions.flatMap((d) => [d.from, d.into]));
    for (const id of touched) everTouched.add(id);
  }
  if (!opts.dryRun) {
    // Display names from the merged nodes' articles: everything on a full run, what this run touched otherwise.
    if (articleIds) for (const id of await readEntitiesOfArticles(driver, database, articleIds)) everTouched.add(id);
    const nodes = articleIds ? (everTouched.size ? await readIdentitySummaries(driver, database, [...everTouched].sort()) : []) : await readIdentitySummaries(driver, database);
    s.renamed = await applyDisplayNames(driver, database, displayNames(nodes));
  }
  if (!opts.dryRun) await markIdentityResolved(driver, database, articleIds);
  s.seconds = (performance.now() - t0) / 1000;
  return { ...s, sample };
}

export function formatConsolidation(s: ConsolidationSummary): string {
  const rules = Object.entries(s.byRule).map(([r, n]) => `${r} ${n}`).join(', ');
  return `resolve: ${s.decisions} merge decisions${rules ? ` (${rules})` : ''}, ${s.nodesDeleted} nodes merged away, ${s.entitiesRead} entities read, ${s.renamed ?? 0} display names set, in ${s.seconds.toFixed(1)} s`;
}
