// Per-request context: the graph read functions and the DataLoaders that batch them (one Cypher query per field kind).
import DataLoader from 'dataloader';
import type { Config } from '../config.js';
import type { ArticleRow, EntityRow, EvidenceRow, GraphReads, QuoteRow, RelationKind } from '../graph/reads.js';

export interface ApiContext {
  reads: GraphReads;
  limits: Pick<Config, 'API_MAX_PAGE_SIZE' | 'API_MAX_PATH_HOPS'>;
  loaders: ReturnType<typeof createLoaders>;
}

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const m = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => m.get(id) ?? null);
}

export function createLoaders(reads: GraphReads, maxPage: number) {
  return {
    entity: new DataLoader<string, EntityRow | null>(async (ids) => byId(ids, await reads.entitiesByIds(ids))),
    article: new DataLoader<string, ArticleRow | null>(async (ids) => byId(ids, await reads.articlesByIds(ids))),
    quote: new DataLoader<string, QuoteRow | null>(async (ids) => byId(ids, await reads.quotesByIds(ids))),
    evidence: new DataLoader<string, EvidenceRow | null>(async (ids) => byId(ids, await reads.evidenceByIds(ids))),
    participants: new DataLoader<string, string[]>((ids) => reads.participants(ids)),
    relationEvidence: new DataLoader<{ type: RelationKind; a: string; b: string }, EvidenceRow[], string>(
      (keys) => reads.evidenceForRelations(keys, maxPage),
      { cacheKeyFn: (k) => `${k.type}|${k.a}|${k.b}` },
    ),
  };
}

export function createContext(reads: GraphReads, limits: ApiContext['limits']): ApiContext {
  return { reads, limits, loaders: createLoaders(reads, limits.API_MAX_PAGE_SIZE) };
}
