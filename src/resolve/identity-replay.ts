// Cross-article identity without a graph: the people and organisations of a set of extraction results summarised as the
// writer stores them, consolidated by the same decisions the loader applies (resolve/consolidate.ts decideMerges), so a
// script can see what a user gets after a load (e.g. events keyed by resolved participants) without starting Neo4j.
import type { ExtractionResult } from '../extract/types.js';
import { decideMerges, type EntitySummary, type MergeDecision } from './consolidate.js';
import type { EventReport } from './resolve-events.js';

/** The loader's consolidation runs at most this many rounds (load/consolidate.ts): a merge can make a bearer unique. */
export const CONSOLIDATION_ROUNDS = 3;

/**
 * People and organisations of the results as the graph holds them after writing: one summary per id, an article row
 * per mention edge (aliases = the name and aliases the article used, count = its mentions), and the node's name chosen
 * as the writer chooses it (more words wins, ties to the smaller).
 */
export function identitySummariesOf(results: readonly ExtractionResult[]): EntitySummary[] {
  const byId = new Map<string, EntitySummary>();
  for (const r of results) {
    for (const e of r.entities) {
      if (e.type !== 'Person' && e.type !== 'Organization') continue;
      let s = byId.get(e.id);
      if (!s) byId.set(e.id, (s = { id: e.id, type: e.type, name: e.name, articles: [] }));
      else s.name = fullerName(s.name, e.name);
      s.articles.push({ articleId: r.article.id, source: r.article.source ?? null, publishedAt: r.article.publishedAt, aliases: [...new Set([e.name, ...e.aliases])], count: e.mentions.length });
    }
  }
  for (const s of byId.values()) s.articles.sort((x, y) => (x.articleId < y.articleId ? -1 : 1));
  return [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : 1));
}

function fullerName(kept: string, incoming: string): string {
  const [k, i] = [kept.split(' ').length, incoming.split(' ').length];
  return i > k || (i === k && incoming < kept) ? incoming : kept;
}

/** Where each (article, entity) ended up: `articleId|entityId` → the id its mentions were moved into (absent: unchanged). */
export type IdentityMoves = ReadonlyMap<string, string>;

/**
 * Applies decideMerges round after round as the loader does (graph/consolidate.ts applyMerges): the article rows of
 * `from` named by a decision move to `into`, aliases and counts joined; an entity left without articles is gone.
 */
export function replayConsolidation(summaries: readonly EntitySummary[], apart: readonly (readonly [string, string])[] = []): { moves: IdentityMoves; decisions: MergeDecision[] } {
  const entities = new Map(summaries.map((s) => [s.id, { ...s, articles: s.articles.map((a) => ({ ...a, aliases: [...a.aliases] })) }]));
  const moves = new Map<string, string>();
  const all: MergeDecision[] = [];
  for (let round = 0; round < CONSOLIDATION_ROUNDS; round++) {
    const decisions = decideMerges([...entities.values()].sort((x, y) => (x.id < y.id ? -1 : 1)), apart);
    if (!decisions.length) break;
    all.push(...decisions);
    for (const d of decisions) {
      const from = entities.get(d.from);
      const into = entities.get(d.into);
      if (!from || !into || from === into) continue;
      const moving = new Set(d.articles);
      for (const row of from.articles.filter((a) => moving.has(a.articleId))) {
        const there = into.articles.find((a) => a.articleId === row.articleId);
        if (there) {
          there.count += row.count;
          there.aliases = [...new Set([...there.aliases, ...row.aliases])];
        } else into.articles.push(row);
        // Whatever earlier rounds moved into `from` in this article moves on with it.
        for (const [key, target] of moves) if (target === d.from && key.startsWith(`${row.articleId}|`)) moves.set(key, d.into);
        moves.set(`${row.articleId}|${d.from}`, d.into);
      }
      into.articles.sort((x, y) => (x.articleId < y.articleId ? -1 : 1));
      from.articles = from.articles.filter((a) => !moving.has(a.articleId));
      if (!from.articles.length) entities.delete(d.from);
    }
  }
  return { moves, decisions: all };
}

/**
 * An event report with its participants as consolidation leaves them (graph/consolidate.ts rewrites the stored
 * reports' participantIds the same way): each id replaced by where its article's mentions went, duplicates dropped
 * (the first name given for a party is kept).
 */
export function withResolvedParticipants(report: EventReport, moves: IdentityMoves): EventReport {
  const ids: string[] = [];
  const names: string[] = [];
  report.participantIds.forEach((p, i) => {
    const id = moves.get(`${report.articleId}|${p}`) ?? p;
    if (ids.includes(id)) return;
    ids.push(id);
    names.push(report.participantNames[i] ?? id);
  });
  return { ...report, participantIds: ids, participantNames: names };
}
