// Every read the API makes: a fixed set of parameterised Cypher queries, each in a read transaction with a timeout.
import neo4j, { type Driver } from 'neo4j-driver';
import { TOPIC_SPEAKERS_INDEX } from './speaker-aggregates.js';
import { ALL_RELATION_STATUSES, DEFAULT_STATUS, EDGE_STATUSES, ENTITY_LABELS, ENTITY_TYPE_INFO, Label, Rel, RELATION_STATUSES, RELATION_TYPE_INFO, RELATION_TYPES, pairKey, type EntityLabel, type RelationStatus, type RelationType } from './model.js';

export interface EntityRow {
  id: string;
  type: EntityLabel;
  name: string;
  aliases: string[];
  mentionCount: number;
  role: string | null;
  code: string | null;
  kind: string | null;
  date: string | null;
  articleId: string | null;
  locationId: string | null;
  /** Event: how many articles report it. */
  articleCount: number | null;
  /** Event: happened, planned or cancelled (null on graphs loaded before statuses were read). */
  status?: string | null;
}

/** One article's report of an event: its evidence sentences and what it says of date, place and parties. */
export interface EventReportRow {
  eventId: string;
  articleId: string;
  publishedAt: string | null;
  evidence: string[];
  date: string | null;
  locationId: string | null;
  participantIds: string[];
}

export interface ArticleRow {
  id: string;
  url: string | null;
  title: string;
  source: string | null;
  publishedAt: string | null;
  ingestedAt: string;
}

export interface QuoteRow {
  id: string;
  text: string;
  direct: boolean;
  cue: string | null;
  /** Absent on quotes loaded before stance attributions existed. */
  stance?: boolean | null;
  start: number;
  end: number;
  sentence: string | null;
  articleId: string;
  publishedAt: string | null;
  speakerId: string | null;
  aboutIds: string[];
  /** Rows the API primes its loaders with. */
  related?: { speaker: EntityRow | null; about: EntityRow[]; article: ArticleRow | null };
}

export interface EvidenceRow {
  id: string;
  type: RelationType | 'CO_MENTIONED';
  sourceId: string;
  targetId: string;
  articleId: string;
  start: number | null;
  end: number | null;
  sentence: string | null;
  publishedAt: string | null;
  /** MET_WITH happened | planned | refused, ALLIED_WITH stated | hedged (absent on evidence loaded before statuses: read as happened / stated). */
  status?: RelationStatus | null;
  kind?: string | null;
  cue?: string | null;
  date?: string | null;
}

export type RelationKind = RelationType | 'CO_MENTIONED';

/** A relation seen from one entity: the other end, aggregates, and the key to load its evidence. */
export interface RelationRow {
  type: RelationKind;
  entityId: string;
  otherId: string;
  firstSeen: string | null;
  lastSeen: string | null;
  articleCount: number;
  evidenceCount: number;
  /** The best status among the counted evidence (happened before planned before refused); null for co-mentions. */
  status?: RelationStatus | null;
  /** Evidence per status, over the statuses asked for. */
  statusCounts?: { status: RelationStatus; count: number }[];
  /** Kinds of meeting stated (meeting, talks, summit, visit, call). */
  kinds?: string[];
  /** The statuses this row was read with: its evidence is shown for the same statuses. */
  statuses?: RelationStatus[];
}

/** Which relations to read: statuses (default: those that make an edge) and meeting kinds (default: all). */
export interface RelationFilter {
  statuses?: RelationStatus[] | null;
  kinds?: string[] | null;
}

/** The statuses that make an edge: what a relation is unless refused or hedged ones are asked for. */
export const EDGE_STATUS_LIST: RelationStatus[] = RELATION_TYPES.flatMap((t) => [...EDGE_STATUSES[t]]);

export interface MentionRow {
  articleId: string;
  entityId: string;
  count: number;
  aliases: string[];
}

export interface QuoteFilter {
  speakerId?: string | null;
  aboutId?: string | null;
  /** How many quotes the speaker said / are about the topic, when known: picks the faster plan and answers counts. */
  speakerQuotes?: number;
  aboutQuotes?: number;
  text?: string | null;
  from?: string | null;
  to?: string | null;
  direct?: boolean | null;
  /** true: only stance attributions ("cited …", "refused to …"); false: only speech; absent: both. */
  stance?: boolean | null;
  /** The article's source, case-insensitive. */
  outlet?: string | null;
}

export interface SpeakerRow {
  speakerId: string;
  quotes: number;
  articles: number;
}

export interface SearchRow {
  kind: 'entity' | 'quote';
  id: string;
  score: number;
}

export interface PathStep {
  fromId: string;
  toId: string;
  type: RelationKind;
  /** The article linking the two ends of a co-mention step. */
  articleId: string | null;
}

export interface TimelineRow {
  kind: 'EVENT' | 'QUOTE' | RelationType;
  date: string | null;
  refId: string;
}

/** When and where an entity is mentioned: the explorer's first/last seen, month chart and outlet filter. */
export interface ActivityRow {
  firstSeen: string | null;
  lastSeen: string | null;
  months: { month: string; articles: number; mentions: number }[];
  outlets: { outlet: string; articles: number }[];
}

export interface Page {
  offset: number;
  limit: number;
}

const entityFields = (n: string) => `${n} {.id, .name, .aliases, .mentionCount, .role, .code, .kind, .status, .date, .articleId, .articleCount,
  type: [l IN labels(${n}) WHERE l <> '${Label.Entity}'][0],
  locationId: [(${n})-[:${Rel.IN_COUNTRY}]->(c:${Label.Country}) | c.id][0]}`;
const ENTITY_FIELDS = entityFields('n');
const articleFields = (a: string) => `${a} {.id, .url, .title, .source, .publishedAt, .ingestedAt}`;
const ARTICLE_FIELDS = articleFields('a');
// A quote comes with its speaker, topics and article, so a page of quotes costs one round trip (they prime the loaders).
const QUOTE_FIELDS = `q {.id, .text, .direct, .cue, .stance, .start, .end, .sentence, .articleId, .publishedAt,
  speaker: [(s)-[:${Rel.SAID}]->(q) | ${entityFields('s')}][0],
  about: [(q)-[:${Rel.ABOUT}]->(e) | ${entityFields('e')}],
  article: [(q)-[:${Rel.IN}]->(a:${Label.Article}) | ${articleFields('a')}][0]}`;

type RawQuote = Omit<QuoteRow, 'speakerId' | 'aboutIds' | 'related'> & { speaker: EntityRow | null; about: EntityRow[]; article: ArticleRow | null };

// Fields copied one by one: a rest pattern (`{ speaker, ...q }`) copies through V8's slow runtime path, ~5 µs per row,
// a tenth of the GraphQL layer's CPU for a page of quotes (issue 17, 6b).
function toQuoteRow(q: RawQuote): QuoteRow {
  const { speaker, about, article } = q;
  return {
    id: q.id,
    text: q.text,
    direct: q.direct,
    cue: q.cue,
    stance: q.stance,
    start: q.start,
    end: q.end,
    sentence: q.sentence,
    articleId: q.articleId,
    publishedAt: q.publishedAt,
    speakerId: speaker?.id ?? null,
    aboutIds: about.map((e) => e.id),
    related: { speaker, about, article },
  };
}

/**
 * Above this many quotes, a speaker's or topic's newest quotes are found by walking the sortDate index newest-first
 * and keeping theirs (a few hundred index entries) rather than sorting all of them; below it, sorting is cheaper.
 */
const DENSE_QUOTES = 2000;

export interface EntityRefInfo {
  id: string;
  quotesAbout: number;
  quotesSaid: number;
}
/** One mention in an article: where it is in Article.body, the node it landed on, and the identity rule that put it there ('' = as extracted). */
export interface ArticleMentionRow {
  start: number;
  end: number;
  text: string;
  entityId: string;
  rule: string;
  via: string | null;
}

/** A name merged into an entity by cross-article identity: the surface form, the rule, the node it came from, in how many articles. */
export interface TopEntityRow {
  id: string;
  name: string;
  mentions: number;
  articles: number;
  /** The surface forms most mention edges carry, each with how many articles use it: "Trump (2410)". */
  forms: string[];
}

export interface ResolutionRow {
  name: string;
  rule: string;
  via: string;
  articleCount: number;
}

const INTEGER_PARAMS = ['offset', 'limit'] as const;
const RELATION_PATTERN = RELATION_TYPES.join('|');

/** Node and edge counts, each from the allow-list: articles, one per entity type, quotes, one per relation type. */
const STATS_COUNTS: readonly (readonly [field: string, pattern: string])[] = [
  ['articles', `(n:${Label.Article})`],
  ...ENTITY_LABELS.map((l) => [ENTITY_TYPE_INFO[l].statsField, `(n:${l})`] as const),
  ['quotes', `(n:${Label.Quote})`],
  ...RELATION_TYPES.map((t) => [RELATION_TYPE_INFO[t].statsField, `()-[n:${t}]->()`] as const),
];
/** The fields of `stats()`, in order. */
export const STATS_FIELDS = STATS_COUNTS.map(([f]) => f);
const STATS_CYPHER = `${STATS_COUNTS.map(([f, pattern]) => `CALL () { MATCH ${pattern} RETURN count(n) AS ${f} }`).join('\n')}
RETURN {${STATS_FIELDS.map((f) => `${f}: ${f}`).join(', ')}}`;

/** The best status of a pair and its evidence count per status, in the order of RELATION_STATUSES. */
function statusSummary(type: RelationType, list: RelationStatus[]): Pick<RelationRow, 'status' | 'statusCounts'> {
  const order = RELATION_STATUSES[type] as readonly RelationStatus[];
  const statusCounts = order.map((status) => ({ status, count: list.filter((s) => s === status).length })).filter((c) => c.count > 0);
  return { status: statusCounts[0]?.status ?? null, statusCounts };
}

/** Lucene query for a user's words: special characters escaped, all terms required. */
export function luceneQuery(text: string): string {
  const terms = text
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, ' ')
    .split(/\s+/)
    .filter((t) => t && !/^(AND|OR|NOT|TO)$/.test(t))
    .slice(0, 16);
  return terms.map((t) => `+${t}`).join(' ');
}

/**
 * Search as you type: every word required, the last one also matching as the start of a word ("Tillers" finds
 * Tillerson) once it has 3 letters (shorter prefixes would expand to too many terms). Lowercased: wildcard terms
 * bypass the index analyzer.
 */
export function lucenePrefixQuery(text: string): string {
  const q = luceneQuery(text);
  const last = q.split(' ').at(-1) ?? '';
  if (last.length < 4) return q; // "+" and at least 3 letters
  return `${q.slice(0, q.length - last.length)}+(${last.slice(1)} ${last.slice(1).toLowerCase()}*)`;
}

/**
 * Whether topSpeakers' kept counts are complete, as this server last saw it: their index exists (it is created last,
 * after a one-time recount of an older graph). Until it does — another process recounting, or a recount skipped because
 * a load held the lock — topSpeakers counts from the quotes, so no request sees half-rebuilt counts. Once seen complete
 * it stays so (nothing drops the index); until then the schema is asked again at most every `recheckMs`.
 */
export class KeptCountsState {
  private complete = false;
  private checkedAt = -Infinity;
  constructor(private readonly recheckMs = 5000) {}

  async ready(check: () => Promise<boolean>): Promise<boolean> {
    if (this.complete) return true;
    const now = performance.now();
    if (now - this.checkedAt < this.recheckMs) return false;
    this.checkedAt = now; // concurrent requests meanwhile count from the quotes rather than all asking
    this.complete = await check();
    return this.complete;
  }
}

/** One state per driver and database: every request's GraphReads of a server shares it. */
const KEPT_COUNTS = new WeakMap<Driver, Map<string, KeptCountsState>>();
function keptCountsOf(driver: Driver, database: string): KeptCountsState {
  let byDatabase = KEPT_COUNTS.get(driver);
  if (!byDatabase) KEPT_COUNTS.set(driver, (byDatabase = new Map()));
  let state = byDatabase.get(database);
  if (!state) byDatabase.set(database, (state = new KeptCountsState()));
  return state;
}

/**
 * Runs `start` (a session.run) with V8's stack capture off. The driver formats a stack trace for every result it creates,
 * to put on an error that may come later: measured at a fifth of a search request's server CPU (0.9 of 4.7 ms, under
 * tsx's source maps; issue 17, 6b), for a stack that would only ever say "GraphReads.read". A failed read keeps its
 * message and code. The limit is restored before anything else runs: the driver reads the stack synchronously.
 */
export function runWithoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export class GraphReads {
  /** Cypher round trips made through this instance (the API makes one per request, so tests can count them). */
  queries = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly timeoutMs: number,
    private readonly keptCounts: KeptCountsState = keptCountsOf(driver, database),
  ) {}

  private async read<T>(cypher: string, params: Record<string, unknown>, field = 'row'): Promise<T[]> {
    this.queries++;
    // JS numbers travel as floats; SKIP and LIMIT need Cypher integers.
    for (const k of INTEGER_PARAMS) if (typeof params[k] === 'number') params = { ...params, [k]: neo4j.int(params[k] as number) };
    // An auto-commit read in a short session: one round trip, no bookmark wait (reads need no causal chaining here).
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const res = await runWithoutStackCapture(() => session.run(cypher, params, { timeout: this.timeoutMs }));
      return res.records.map((r) => r.get(field) as T);
    } finally {
      await session.close();
    }
  }

  private async one<T>(cypher: string, params: Record<string, unknown>): Promise<T> {
    return (await this.read<T>(cypher, params))[0];
  }

  // ---- by id (DataLoader batch functions) ----

  async entitiesByIds(ids: readonly string[]): Promise<EntityRow[]> {
    return this.read(`UNWIND $ids AS id MATCH (n:${Label.Entity} {id: id}) RETURN ${ENTITY_FIELDS} AS row`, { ids });
  }

  async articlesByIds(ids: readonly string[]): Promise<ArticleRow[]> {
    return this.read(`UNWIND $ids AS id MATCH (a:${Label.Article} {id: id}) RETURN ${ARTICLE_FIELDS} AS row`, { ids });
  }

  async quotesByIds(ids: readonly string[]): Promise<QuoteRow[]> {
    return (await this.read<RawQuote>(`UNWIND $ids AS id MATCH (q:${Label.Quote} {id: id}) RETURN ${QUOTE_FIELDS} AS row`, { ids })).map(toQuoteRow);
  }

  async evidenceByIds(ids: readonly string[]): Promise<EvidenceRow[]> {
    return this.read(`UNWIND $ids AS id MATCH (ev:${Label.Evidence} {id: id}) RETURN ev {.*} AS row`, { ids });
  }

  /** Evidence of relations, newest first, at most `limit` per pair. Co-mentions yield one row per shared article. */
  async evidenceForRelations(keys: readonly { type: RelationKind; a: string; b: string; statuses?: readonly RelationStatus[] }[], limit: number): Promise<EvidenceRow[][]> {
    const stated = keys
      .map((k, i) => ({ i, key: k.type === 'CO_MENTIONED' ? null : pairKey(k.type, k.a, k.b), statuses: k.statuses ?? EDGE_STATUS_LIST, default: k.type === 'CO_MENTIONED' ? null : DEFAULT_STATUS[k.type] }))
      .filter((k) => k.key);
    const co = keys.map((k, i) => ({ i, a: k.a, b: k.b, type: k.type })).filter((k) => k.type === 'CO_MENTIONED');
    const out: EvidenceRow[][] = keys.map(() => []);
    if (stated.length) {
      const rows = await this.read<{ i: number; evs: EvidenceRow[] }>(
        `UNWIND $keys AS k
         CALL (k) {
           MATCH (ev:${Label.Evidence} {pairKey: k.key})
           WHERE coalesce(ev.status, k.default) IN k.statuses
           RETURN ev ORDER BY ev.publishedAt DESC, ev.id LIMIT $limit
         }
         WITH k, collect(ev {.*}) AS evs
         RETURN {i: k.i, evs: evs} AS row`,
        { keys: stated, limit },
      );
      for (const r of rows) out[r.i] = r.evs;
    }
    if (co.length) {
      const rows = await this.read<{ i: number; evs: EvidenceRow[] }>(
        `UNWIND $keys AS k
         CALL (k) {
           MATCH (:${Label.Entity} {id: k.a})<-[:${Rel.MENTIONS}]-(a:${Label.Article})-[:${Rel.MENTIONS}]->(:${Label.Entity} {id: k.b})
           RETURN a ORDER BY a.publishedAt DESC, a.id LIMIT $limit
         }
         WITH k, collect({id: 'co:' + a.id + ':' + k.a + ':' + k.b, type: 'CO_MENTIONED', sourceId: k.a, targetId: k.b,
                 articleId: a.id, start: null, end: null, sentence: null, publishedAt: a.publishedAt}) AS evs
         RETURN {i: k.i, evs: evs} AS row`,
        { keys: co, limit },
      );
      for (const r of rows) out[r.i] = r.evs;
    }
    return out;
  }

  /**
   * An entity by id, or by exact name/alias (case-insensitive): the node the most articles call by that name wins, then
   * the most mentioned — "President Clinton" is Bill, whom dozens of articles call so, not Hillary, named so in one
   * hypothetical and mentioned more.
   */
  async resolveEntityRef(ref: string): Promise<string | null> {
    return (await this.entityRefInfo(ref))?.id ?? null;
  }

  /** Like resolveEntityRef, with how many quotes are about the entity and said by it (relationship degrees: cheap). */
  async entityRefInfo(ref: string): Promise<EntityRefInfo | null> {
    const info = `{id: n.id, quotesAbout: COUNT { (n)<-[:${Rel.ABOUT}]-() }, quotesSaid: COUNT { (n)-[:${Rel.SAID}]->() }}`;
    const byId = await this.read<EntityRefInfo>(`MATCH (n:${Label.Entity} {id: $ref}) RETURN ${info} AS row`, { ref });
    if (byId.length) return byId[0];
    const q = luceneQuery(ref);
    if (!q) return null;
    const rows = await this.read<EntityRefInfo>(
      `CALL db.index.fulltext.queryNodes('entityNames', $q, {limit: 200}) YIELD node AS n
       WHERE toLower(n.name) = toLower($ref) OR any(a IN n.aliases WHERE toLower(a) = toLower($ref))
       WITH n, COUNT { (:${Label.Article})-[m:${Rel.MENTIONS}]->(n) WHERE any(a IN m.aliases WHERE toLower(a) = toLower($ref)) } AS uses
       ORDER BY uses DESC, n.mentionCount DESC, n.id LIMIT 1
       RETURN ${info} AS row`,
      { q, ref },
    );
    return rows[0] ?? null;
  }

  // ---- lists ----

  async search(text: string, types: EntityLabel[], includeQuotes: boolean, limit: number, prefix = false): Promise<SearchRow[]> {
    const q = prefix ? lucenePrefixQuery(text) : luceneQuery(text);
    if (!q) return [];
    const hits: SearchRow[] = [];
    if (types.length) {
      hits.push(
        ...(await this.read<SearchRow>(
          `CALL db.index.fulltext.queryNodes('entityNames', $q, {limit: $limit * 4}) YIELD node AS n, score
           WHERE any(l IN labels(n) WHERE l IN $types)
           RETURN {kind: 'entity', id: n.id, score: score} AS row LIMIT $limit`,
          { q, types, limit },
        )),
      );
    }
    if (includeQuotes) {
      hits.push(
        ...(await this.read<SearchRow>(
          `CALL db.index.fulltext.queryNodes('quoteText', $q, {limit: $limit}) YIELD node AS n, score
           RETURN {kind: 'quote', id: n.id, score: score} AS row`,
          { q, limit },
        )),
      );
    }
    return hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  }

  private quoteMatch(f: QuoteFilter): { match: string; params: Record<string, unknown>; indexOrdered: boolean } {
    // The most selective filter is the starting point; the others are WHERE conditions.
    const dense = f.speakerId ? (f.speakerQuotes ?? 0) > DENSE_QUOTES : f.aboutId ? (f.aboutQuotes ?? 0) > DENSE_QUOTES : false;
    const indexOrdered = dense && !f.text;
    const start = indexOrdered
      ? `MATCH (q:${Label.Quote}) WHERE q.sortDate IS NOT NULL AND ` +
        (f.speakerId ? `EXISTS { (q)<-[:${Rel.SAID}]-(:${Label.Entity} {id: $speakerId}) }` : `EXISTS { (q)-[:${Rel.ABOUT}]->(:${Label.Entity} {id: $aboutId}) }`)
      : f.speakerId
        ? `MATCH (:${Label.Entity} {id: $speakerId})-[:${Rel.SAID}]->(q:${Label.Quote})`
        : f.aboutId
          ? `MATCH (q:${Label.Quote})-[:${Rel.ABOUT}]->(:${Label.Entity} {id: $aboutId})`
          : f.text
            ? `CALL db.index.fulltext.queryNodes('quoteText', $text, {limit: 10000}) YIELD node AS q`
            : `MATCH (q:${Label.Quote}) WHERE q.sortDate IS NOT NULL`;
    const where = [
      f.speakerId && f.aboutId ? `EXISTS { (q)-[:${Rel.ABOUT}]->(:${Label.Entity} {id: $aboutId}) }` : null,
      // Anchored on a speaker or topic, the text filter is a plain substring test over that (small) set.
      f.text && (f.speakerId || f.aboutId) ? 'toLower(q.text) CONTAINS toLower($textRaw)' : null,
      f.from ? 'q.publishedAt >= $from' : null,
      f.to ? 'q.publishedAt <= $to' : null,
      f.direct != null ? 'q.direct = $direct' : null,
      // Quotes written before stance attributions existed carry no flag: they were speech.
      f.stance != null ? 'coalesce(q.stance, false) = $stance' : null,
      f.outlet ? `EXISTS { (q)-[:${Rel.IN}]->(oa:${Label.Article}) WHERE toLower(oa.source) = toLower($outlet) }` : null,
    ].filter(Boolean);
    const joiner = start.includes(' WHERE ') ? ' AND ' : ' WHERE ';
    return {
      indexOrdered: indexOrdered || (!f.speakerId && !f.aboutId && !f.text),
      match: `${start}${where.length ? `${joiner}${where.join(' AND ')}` : ''}`,
      params: { speakerId: f.speakerId ?? null, aboutId: f.aboutId ?? null, text: f.text ? luceneQuery(f.text) : null, textRaw: f.text ?? null, from: f.from ?? null, to: f.to ?? null, direct: f.direct ?? null, stance: f.stance ?? null, outlet: f.outlet ?? null },
    };
  }

  async quotes(f: QuoteFilter, page: Page): Promise<QuoteRow[]> {
    const { match, params, indexOrdered } = this.quoteMatch(f);
    // sortDate is publishedAt, undated quotes last. Index order is sortDate then internal; a sort adds the id as tiebreak.
    const order = indexOrdered ? 'q.sortDate DESC' : 'q.sortDate DESC, q.id';
    const rows = await this.read<RawQuote>(
      `${match}
       WITH q ORDER BY ${order} SKIP $offset LIMIT $limit
       RETURN ${QUOTE_FIELDS} AS row`,
      { ...params, ...page },
    );
    return rows.map(toQuoteRow);
  }

  async countQuotes(f: QuoteFilter): Promise<number> {
    // Only a speaker or a topic: the relationship degree is the count.
    const onlyOne = !f.text && !f.from && !f.to && f.direct == null && f.stance == null && !f.outlet && !(f.speakerId && f.aboutId);
    if (onlyOne && f.speakerId && f.speakerQuotes != null) return f.speakerQuotes;
    if (onlyOne && f.aboutId && f.aboutQuotes != null) return f.aboutQuotes;
    const { match, params } = this.quoteMatch({ ...f, speakerQuotes: undefined, aboutQuotes: undefined });
    return this.one(`${match} RETURN count(q) AS row`, params);
  }

  async topSpeakers(aboutId: string | null, from: string | null, to: string | null, limit: number, stance: boolean | null = null): Promise<SpeakerRow[]> {
    // The kept counts hold every quote: speech or stance alone is counted from the quotes.
    if (stance != null) return this.countTopSpeakers(aboutId, from, to, limit, stance);
    const kept = !from && !to && (await this.keptCounts.ready(async () => (await this.read<boolean>('SHOW INDEXES YIELD name WHERE name = $name RETURN count(*) > 0 AS row', { name: TOPIC_SPEAKERS_INDEX }))[0] === true));
    if (!kept) return this.countTopSpeakers(aboutId, from, to, limit);
    // About one topic over all dates: the counts the writer keeps on SPOKE_ABOUT, walked most-quoted first in the
    // (topicId, quotes) index, so only the page (and its ties on quotes) is read, however many speakers the topic has.
    if (aboutId && !from && !to) {
      return this.read(
        `MATCH (s:${Label.Entity})-[t:${Rel.SPOKE_ABOUT}]->() USING INDEX t:${Rel.SPOKE_ABOUT}(topicId, quotes)
         WHERE t.topicId = $aboutId AND t.quotes > 0
         // topicId is one value here: ordering by it first lets the planner take the index order (a partial top).
         WITH s, t ORDER BY t.topicId DESC, t.quotes DESC, t.articles DESC, s.id LIMIT $limit
         RETURN {speakerId: s.id, quotes: t.quotes, articles: t.articles} AS row`,
        { aboutId, limit },
      );
    }
    // No topic, all dates: each speaker's totals kept on its node, walked in the order of their index.
    if (!aboutId && !from && !to) {
      return this.read(
        `MATCH (s:${Label.Entity}) WHERE s.saidQuotes > 0
         WITH s ORDER BY s.saidQuotes DESC, s.saidArticles DESC, s.id LIMIT $limit
         RETURN {speakerId: s.id, quotes: s.saidQuotes, articles: s.saidArticles} AS row`,
        { limit },
      );
    }
    return this.countTopSpeakers(aboutId, from, to, limit);
  }

  /** topSpeakers counted from the quotes: for a date range or no topic (and the reference the kept counts are tested against). */
  async countTopSpeakers(aboutId: string | null, from: string | null, to: string | null, limit: number, stance: boolean | null = null): Promise<SpeakerRow[]> {
    const start = aboutId
      ? `MATCH (s:${Label.Entity})-[:${Rel.SAID}]->(q:${Label.Quote})-[:${Rel.ABOUT}]->(:${Label.Entity} {id: $aboutId})`
      : `MATCH (s:${Label.Entity})-[:${Rel.SAID}]->(q:${Label.Quote})`;
    return this.read(
      `${start}
       WHERE ($from IS NULL OR q.publishedAt >= $from) AND ($to IS NULL OR q.publishedAt <= $to) AND s.id <> coalesce($aboutId, '')
         AND ($stance IS NULL OR coalesce(q.stance, false) = $stance)
       WITH s, count(q) AS quotes, count(DISTINCT q.articleId) AS articles
       ORDER BY quotes DESC, articles DESC, s.id LIMIT $limit
       RETURN {speakerId: s.id, quotes: quotes, articles: articles} AS row`,
      { aboutId, from, to, limit, stance },
    );
  }

  /**
   * Relations of one entity, strongest first, read from their evidence so that statuses without an edge (a refused
   * meeting, a hedged alliance) can be asked for; by default only the statuses that make an edge, every kind.
   */
  async relations(entityId: string, types: RelationKind[], limit: number, filter: RelationFilter = {}): Promise<RelationRow[]> {
    const rows: RelationRow[] = [];
    const stated = types.filter((t): t is RelationType => t !== 'CO_MENTIONED');
    const statuses = filter.statuses?.length ? filter.statuses : EDGE_STATUS_LIST;
    if (stated.length) {
      const raw = await this.read<RelationRow & { statusList: RelationStatus[] }>(
        `CALL () {
           MATCH (ev:${Label.Evidence}) WHERE ev.sourceId = $id RETURN ev, ev.targetId AS other
           UNION ALL
           MATCH (ev:${Label.Evidence}) WHERE ev.targetId = $id RETURN ev, ev.sourceId AS other
         }
         WITH ev, other, coalesce(ev.status, $defaults[ev.type]) AS status
         WHERE ev.type IN $types AND status IN $statuses AND ($kinds IS NULL OR ev.kind IN $kinds)
         WITH ev.type AS type, other, count(ev) AS evidenceCount, count(DISTINCT ev.articleId) AS articleCount,
              min(ev.publishedAt) AS firstSeen, max(ev.publishedAt) AS lastSeen, collect(status) AS statusList,
              [k IN collect(DISTINCT ev.kind) WHERE k IS NOT NULL] AS kinds
         ORDER BY articleCount DESC, evidenceCount DESC, other LIMIT $limit
         RETURN {type: type, entityId: $id, otherId: other, firstSeen: firstSeen, lastSeen: lastSeen, articleCount: articleCount,
                 evidenceCount: evidenceCount, statusList: statusList, kinds: kinds} AS row`,
        { id: entityId, types: stated, statuses, kinds: filter.kinds?.length ? filter.kinds : null, limit, defaults: DEFAULT_STATUS },
      );
      // Fields by name rather than a rest pattern (slow in V8, see toQuoteRow).
      for (const r of raw) {
        const { status, statusCounts } = statusSummary(r.type as RelationType, r.statusList);
        rows.push({ type: r.type, entityId: r.entityId, otherId: r.otherId, firstSeen: r.firstSeen, lastSeen: r.lastSeen, articleCount: r.articleCount, evidenceCount: r.evidenceCount, kinds: r.kinds, status, statusCounts, statuses });
      }
    }
    if (types.includes('CO_MENTIONED')) rows.push(...(await this.coMentions(entityId, null, limit)));
    return rows;
  }

  private coMentions(a: string, b: string | null, limit: number): Promise<RelationRow[]> {
    return this.read(
      `MATCH (e:${Label.Entity} {id: $a})<-[:${Rel.MENTIONS}]-(art:${Label.Article})-[:${Rel.MENTIONS}]->(o:${Label.Entity})
       WHERE o <> e AND ($b IS NULL OR o.id = $b) AND NOT o:${Label.Event}
       WITH e, o, count(art) AS n, min(art.publishedAt) AS first, max(art.publishedAt) AS last
       ORDER BY n DESC, o.id LIMIT $limit
       RETURN {type: 'CO_MENTIONED', entityId: e.id, otherId: o.id, firstSeen: first, lastSeen: last, articleCount: n, evidenceCount: n} AS row`,
      { a, b, limit },
    );
  }

  async between(a: string, b: string): Promise<RelationRow[]> {
    const stated = await this.read<RelationRow>(
      `MATCH (e:${Label.Entity} {id: $a})-[r:${RELATION_PATTERN}]-(o:${Label.Entity} {id: $b})
       RETURN {type: type(r), entityId: e.id, otherId: o.id, firstSeen: r.firstSeen, lastSeen: r.lastSeen,
               articleCount: r.articleCount, evidenceCount: r.evidenceCount, status: r.status,
               statusCounts: [s IN $statuses WHERE r[s + 'Count'] > 0 | {status: s, count: r[s + 'Count']}]} AS row`,
      { a, b, statuses: ALL_RELATION_STATUSES },
    );
    return [...stated.map((r) => ({ ...r, statuses: EDGE_STATUS_LIST })), ...(await this.coMentions(a, b, 1))];
  }

  /**
   * Shortest paths over stated relations and co-mentions (entity–article–entity). `maxHops` is a validated small integer:
   * a variable-length bound cannot be a parameter in Cypher.
   */
  async paths(from: string, to: string, maxHops: number, limit: number): Promise<PathStep[][]> {
    const hops = Math.max(1, Math.min(8, Math.trunc(maxHops)));
    const rows = await this.read<{ ids: string[]; types: string[] }>(
      `MATCH (x:${Label.Entity} {id: $from}), (y:${Label.Entity} {id: $to})
       MATCH p = allShortestPaths((x)-[:${RELATION_PATTERN}|${Rel.MENTIONS}*..${hops * 2}]-(y))
       WHERE all(n IN nodes(p)[1..-1] WHERE n:${Label.Article} OR (n:${Label.Entity} AND NOT n:${Label.Event}))
       WITH p LIMIT $limit
       RETURN {ids: [n IN nodes(p) | n.id], types: [r IN relationships(p) | type(r)]} AS row`,
      { from, to, limit },
    );
    return rows.map(({ ids, types }) => {
      const steps: PathStep[] = [];
      for (let i = 0; i < types.length; ) {
        if (types[i] === Rel.MENTIONS) {
          steps.push({ fromId: ids[i], toId: ids[i + 2], type: 'CO_MENTIONED', articleId: ids[i + 1] });
          i += 2;
        } else {
          steps.push({ fromId: ids[i], toId: ids[i + 1], type: types[i] as RelationType, articleId: null });
          i += 1;
        }
      }
      return steps;
    });
  }

  async timeline(entityId: string, from: string | null, to: string | null, page: Page): Promise<TimelineRow[]> {
    return this.read(
      `CALL (){
         MATCH (:${Label.Entity} {id: $id})-[:${Rel.PARTICIPATED_IN}]->(ev:${Label.Event})
         RETURN 'EVENT' AS kind, coalesce(ev.date, ev.firstDay) AS date, ev.id AS refId
         UNION ALL
         MATCH (:${Label.Entity} {id: $id})-[:${Rel.SAID}]->(q:${Label.Quote})
         RETURN 'QUOTE' AS kind, q.publishedAt AS date, q.id AS refId
         UNION ALL
         MATCH (ev:${Label.Evidence}) WHERE ev.sourceId = $id OR ev.targetId = $id
         RETURN ev.type AS kind, ev.publishedAt AS date, ev.id AS refId
       }
       WITH kind, date, refId WHERE ($from IS NULL OR date >= $from) AND ($to IS NULL OR date <= $to)
       WITH kind, date, refId ORDER BY date IS NULL, date, refId SKIP $offset LIMIT $limit
       RETURN {kind: kind, date: date, refId: refId} AS row`,
      { id: entityId, from, to, ...page },
    );
  }

  async mentions(entityId: string, page: Page): Promise<MentionRow[]> {
    return this.read(
      `MATCH (a:${Label.Article})-[m:${Rel.MENTIONS}]->(:${Label.Entity} {id: $id})
       WITH a, m ORDER BY a.publishedAt DESC, a.id SKIP $offset LIMIT $limit
       RETURN {articleId: a.id, entityId: $id, count: m.count, aliases: m.aliases} AS row`,
      { id: entityId, ...page },
    );
  }

  /** Every mention of one article in text order, with the node it landed on (offsets are UTF-16, as in JavaScript and Cypher). */
  async articleMentions(articleId: string): Promise<ArticleMentionRow[]> {
    return this.read(
      `MATCH (a:${Label.Article} {id: $id})-[m:${Rel.MENTIONS}]->(e:${Label.Entity})
       WHERE m.starts IS NOT NULL
       UNWIND range(0, size(m.starts) - 1) AS i
       WITH a, e, m.starts[i] AS start, m.ends[i] AS end, coalesce(m.rules[i], '') AS rule, nullif(coalesce(m.via[i], ''), '') AS via
       ORDER BY start, end, e.id
       RETURN {start: start, end: end, text: substring(a.body, start, end - start), entityId: e.id, rule: rule, via: via} AS row`,
      { id: articleId },
    );
  }

  async articleIdByUrl(url: string): Promise<string | null> {
    return (await this.one<string | null>(`MATCH (a:${Label.Article} {url: $url}) RETURN a.id AS row ORDER BY a.id LIMIT 1`, { url })) ?? null;
  }

  async articleBody(articleId: string): Promise<string | null> {
    return (await this.one<string | null>(`MATCH (a:${Label.Article} {id: $id}) RETURN a.body AS row`, { id: articleId })) ?? null;
  }

  /** The names cross-article identity merged into an entity, by surface form, rule and origin, most articles first. */
  async resolution(entityId: string, limit: number): Promise<ResolutionRow[]> {
    return this.read(
      `MATCH (a:${Label.Article})-[m:${Rel.MENTIONS}]->(:${Label.Entity} {id: $id})
       WHERE m.rules IS NOT NULL
       UNWIND range(0, size(m.starts) - 1) AS i
       WITH a, m.rules[i] AS rule, m.via[i] AS via, substring(a.body, m.starts[i], m.ends[i] - m.starts[i]) AS name
       WHERE rule <> ''
       WITH name, rule, via, count(DISTINCT a) AS articleCount
       ORDER BY articleCount DESC, name, rule, via LIMIT $limit
       RETURN {name: name, rule: rule, via: via, articleCount: articleCount} AS row`,
      { id: entityId, limit },
    );
  }

  /** Mentions per month (YYYY-MM of the article date), first and last article dates, and articles per outlet. */
  async activity(entityId: string): Promise<ActivityRow> {
    return this.one(
      `MATCH (a:${Label.Article})-[m:${Rel.MENTIONS}]->(:${Label.Entity} {id: $id})
       WITH min(a.publishedAt) AS firstSeen, max(a.publishedAt) AS lastSeen, collect({date: a.publishedAt, source: a.source, count: coalesce(m.count, 1)}) AS seen
       CALL (seen) {
         UNWIND seen AS s WITH s WHERE s.date IS NOT NULL
         WITH substring(s.date, 0, 7) AS month, count(*) AS articles, sum(s.count) AS mentions ORDER BY month
         RETURN collect({month: month, articles: articles, mentions: mentions}) AS months
       }
       CALL (seen) {
         UNWIND seen AS s WITH s WHERE s.source IS NOT NULL
         WITH s.source AS outlet, count(*) AS articles ORDER BY articles DESC, outlet
         RETURN collect({outlet: outlet, articles: articles}) AS outlets
       }
       RETURN {firstSeen: firstSeen, lastSeen: lastSeen, months: months, outlets: outlets} AS row`,
      { id: entityId },
    );
  }

  /** The most mentioned entities of one label, with their article count and the names most articles use (the corpus audit). */
  async topEntities(label: EntityLabel, limit: number): Promise<TopEntityRow[]> {
    if (!ENTITY_LABELS.includes(label)) throw new Error(`topEntities: unknown label ${label}`);
    return this.read<TopEntityRow>(
      `MATCH (n:${label}) WITH n ORDER BY n.mentionCount DESC, n.id LIMIT $limit
       CALL (n) {
         MATCH (:${Label.Article})-[m:${Rel.MENTIONS}]->(n)
         UNWIND m.aliases AS form
         WITH form, count(*) AS uses ORDER BY uses DESC, form LIMIT 6
         RETURN collect(form + ' (' + toString(uses) + ')') AS forms
       }
       RETURN {id: n.id, name: n.name, mentions: n.mentionCount, articles: COUNT { (:${Label.Article})-[:${Rel.MENTIONS}]->(n) }, forms: forms} AS row
       ORDER BY row.mentions DESC, row.id`,
      { limit },
    );
  }

  async countMentions(entityId: string): Promise<number> {
    return this.one(`MATCH (a:${Label.Article})-[:${Rel.MENTIONS}]->(:${Label.Entity} {id: $id}) RETURN count(a) AS row`, { id: entityId });
  }

  async participants(eventIds: readonly string[]): Promise<string[][]> {
    const rows = await this.read<{ id: string; ids: string[] }>(
      `UNWIND $ids AS id
       OPTIONAL MATCH (p:${Label.Entity})-[:${Rel.PARTICIPATED_IN}]->(:${Label.Event} {id: id})
       WITH id, collect(p.id) AS ids
       RETURN {id: id, ids: ids} AS row`,
      { ids: eventIds },
    );
    const by = new Map(rows.map((r) => [r.id, r.ids]));
    return eventIds.map((id) => by.get(id) ?? []);
  }

  /** Per event, the articles that report it (oldest first) with their evidence sentences. */
  async eventReports(eventIds: readonly string[]): Promise<EventReportRow[][]> {
    const rows = await this.read<EventReportRow>(
      `UNWIND $ids AS id
       MATCH (:${Label.Event} {id: id})-[r:${Rel.IN}]->(a:${Label.Article})
       WITH id, r, a ORDER BY a.publishedAt, a.id, r.reportId
       RETURN {eventId: id, articleId: a.id, publishedAt: a.publishedAt, evidence: coalesce(r.evidence, []), date: r.date,
               locationId: r.locationId, participantIds: coalesce(r.participantIds, [])} AS row`,
      { ids: eventIds },
    );
    const by = new Map<string, EventReportRow[]>();
    for (const r of rows) (by.get(r.eventId) ?? by.set(r.eventId, []).get(r.eventId)!).push(r);
    return eventIds.map((id) => by.get(id) ?? []);
  }

  async articles(f: { source?: string | null; from?: string | null; to?: string | null }, page: Page): Promise<ArticleRow[]> {
    return this.read(
      `MATCH (a:${Label.Article})
       WHERE ($source IS NULL OR a.source = $source) AND ($from IS NULL OR a.publishedAt >= $from) AND ($to IS NULL OR a.publishedAt <= $to)
       WITH a ORDER BY a.publishedAt DESC, a.id SKIP $offset LIMIT $limit
       RETURN ${ARTICLE_FIELDS} AS row`,
      { source: f.source ?? null, from: f.from ?? null, to: f.to ?? null, ...page },
    );
  }

  async countArticles(f: { source?: string | null; from?: string | null; to?: string | null }): Promise<number> {
    return this.one(
      `MATCH (a:${Label.Article})
       WHERE ($source IS NULL OR a.source = $source) AND ($from IS NULL OR a.publishedAt >= $from) AND ($to IS NULL OR a.publishedAt <= $to)
       RETURN count(a) AS row`,
      { source: f.source ?? null, from: f.from ?? null, to: f.to ?? null },
    );
  }

  async stats(): Promise<Record<string, number>> {
    return this.one(`${STATS_CYPHER} AS row`, {});
  }
}
