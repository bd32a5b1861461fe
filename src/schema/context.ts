// Per-request context: the graph read functions and the DataLoaders that batch them (one Cypher query per field kind).
import DataLoader from 'dataloader';
import type { Config } from '../config.js';
import type { RelationStatus } from '../graph/model.js';
import type { Actor } from '../graph/audit.js';
import type { GraphCuration } from '../graph/curation-service.js';
import type { ArticleRow, EntityRefInfo, EntityRow, EventReportRow, EvidenceRow, GraphReads, QuoteRow, RelationKind } from '../graph/reads.js';

export interface ApiContext {
  reads: GraphReads;
  /** Entity references ("Russia", "country:RU") already resolved by this server: shared across requests. */
  refs: EntityRefCache;
  limits: Pick<Config, 'API_MAX_PAGE_SIZE' | 'API_MAX_PATH_HOPS'>;
  loaders: ReturnType<typeof createLoaders>;
  access: AccessContext;
}

/** Who is asking (from the bearer token the server checked) and what they may change. */
export interface AccessContext {
  /** null: no token given. */
  actor: Actor | null;
  /** API_REQUIRE_TOKEN: reads need a token too. */
  requireToken: boolean;
  /** The changes; absent where the context serves reads only. */
  curation: GraphCuration | null;
  /** Throws a RATE_LIMITED error when this actor made too many changes lately. */
  limitMutation: (actor: Actor) => Promise<void>;
  /** Audits a refused attempt (while this client's refusals stay under the failed-login limit, so refusals cannot flood the log). */
  noteRefusal: (action: string, reason: string) => Promise<void>;
}

export const READ_ONLY_ACCESS: AccessContext = { actor: null, requireToken: false, curation: null, limitMutation: async () => undefined, noteRefusal: async () => undefined };

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const m = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => m.get(id) ?? null);
}

/** What a relation's evidence is loaded by. */
type RelationKey = { type: RelationKind; a: string; b: string; statuses?: readonly RelationStatus[] | null };

/**
 * The request's DataLoaders, each made when a resolver first asks for it: most requests use one or two of them, and
 * making all seven for every request was a measurable share of a cheap query's CPU (issue 17, 6b). A class, so that a
 * request costs one object, not seven closures and accessors made afresh for each.
 */
export class RequestLoaders {
  private entityLoader?: DataLoader<string, EntityRow | null>;
  private articleLoader?: DataLoader<string, ArticleRow | null>;
  private quoteLoader?: DataLoader<string, QuoteRow | null>;
  private evidenceLoader?: DataLoader<string, EvidenceRow | null>;
  private participantsLoader?: DataLoader<string, string[]>;
  private eventReportsLoader?: DataLoader<string, EventReportRow[]>;
  private relationEvidenceLoader?: DataLoader<RelationKey, EvidenceRow[], string>;

  constructor(
    private readonly reads: GraphReads,
    private readonly maxPage: number,
  ) {}

  get entity(): DataLoader<string, EntityRow | null> {
    return (this.entityLoader ??= new DataLoader<string, EntityRow | null>(async (ids) => byId(ids, await this.reads.entitiesByIds(ids))));
  }
  get article(): DataLoader<string, ArticleRow | null> {
    return (this.articleLoader ??= new DataLoader<string, ArticleRow | null>(async (ids) => byId(ids, await this.reads.articlesByIds(ids))));
  }
  get quote(): DataLoader<string, QuoteRow | null> {
    return (this.quoteLoader ??= new DataLoader<string, QuoteRow | null>(async (ids) => byId(ids, primeRelated(this, await this.reads.quotesByIds(ids)))));
  }
  get evidence(): DataLoader<string, EvidenceRow | null> {
    return (this.evidenceLoader ??= new DataLoader<string, EvidenceRow | null>(async (ids) => byId(ids, await this.reads.evidenceByIds(ids))));
  }
  get participants(): DataLoader<string, string[]> {
    return (this.participantsLoader ??= new DataLoader<string, string[]>((ids) => this.reads.participants(ids)));
  }
  get eventReports(): DataLoader<string, EventReportRow[]> {
    return (this.eventReportsLoader ??= new DataLoader<string, EventReportRow[]>((ids) => this.reads.eventReports(ids)));
  }
  get relationEvidence(): DataLoader<RelationKey, EvidenceRow[], string> {
    return (this.relationEvidenceLoader ??= new DataLoader<RelationKey, EvidenceRow[], string>(
      (keys) => this.reads.evidenceForRelations(keys.map((k) => ({ ...k, statuses: k.statuses ?? undefined })), this.maxPage),
      { cacheKeyFn: (k) => `${k.type}|${k.a}|${k.b}|${k.statuses?.join(',') ?? ''}` },
    ));
  }
}

export function createLoaders(reads: GraphReads, maxPage: number): RequestLoaders {
  return new RequestLoaders(reads, maxPage);
}

interface RowLoaders {
  entity: DataLoader<string, EntityRow | null>;
  article: DataLoader<string, ArticleRow | null>;
}

function primeRelated(loaders: RowLoaders, quotes: QuoteRow[]): QuoteRow[] {
  for (const q of quotes) {
    if (!q.related) continue;
    if (q.related.speaker) loaders.entity.prime(q.related.speaker.id, q.related.speaker);
    for (const e of q.related.about) loaders.entity.prime(e.id, e);
    if (q.related.article) loaders.article.prime(q.related.article.id, q.related.article);
  }
  return quotes;
}

export function createContext(reads: GraphReads, limits: ApiContext['limits'], refs = new EntityRefCache(), access: AccessContext = READ_ONLY_ACCESS): ApiContext {
  return { reads, refs, limits, loaders: createLoaders(reads, limits.API_MAX_PAGE_SIZE), access };
}

/**
 * Reference → entity id and quote counts, for a minute. Ids are never reused, so a hit can only be stale by what a
 * later load changed (counts a minute old; an entity since removed finds nothing). Misses are not kept.
 */
export class EntityRefCache {
  private readonly entries = new Map<string, { info: EntityRefInfo; at: number }>();
  constructor(
    private readonly ttlMs = 60_000,
    private readonly max = 10_000,
  ) {}

  get(ref: string): EntityRefInfo | undefined {
    const e = this.entries.get(ref);
    if (!e) return undefined;
    if (Date.now() - e.at > this.ttlMs) {
      this.entries.delete(ref);
      return undefined;
    }
    return e.info;
  }

  /** After a curation change: a reference may now name another entity, or its counts have moved. */
  clear(): void {
    this.entries.clear();
  }

  set(ref: string, info: EntityRefInfo): void {
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(ref, { info, at: Date.now() });
  }
}

/** Quotes arrive with their speaker, topics and article: prime the loaders so those fields need no further query. */
export function primeQuotes(ctx: ApiContext, quotes: QuoteRow[]): QuoteRow[] {
  for (const q of quotes) ctx.loaders.quote.prime(q.id, q);
  return primeRelated(ctx.loaders, quotes);
}
