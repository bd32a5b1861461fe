// The export reads: entities, the edges between them and quotes, streamed record by record from Neo4j (never collected).
import neo4j, { type Driver } from 'neo4j-driver';
import { ENTITY_LABELS, Label, RELATION_TYPES, Rel, type EntityLabel } from './model.js';
import type { ExportRelationType } from '../export/filter.js';

/** An entity as exported; counts and dates are those of the articles inside the export's dates and outlet. */
export interface ExportNode {
  id: string;
  type: EntityLabel;
  name: string;
  aliases: string[];
  role: string | null;
  code: string | null;
  kind: string | null;
  date: string | null;
  articles: number;
  mentions: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** An edge between two exported entities; `articles` is its weight. Stated relations run from the smaller id to the larger. */
export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: ExportRelationType;
  /** Set when the graph records one on the relation (e.g. a meeting's status); null otherwise. */
  status: string | null;
  kind: string | null;
  articles: number;
  evidence: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** A quote with what a spreadsheet reader wants beside it: speaker, date, outlet, link and the sentence. */
export interface ExportQuote {
  id: string;
  speakerId: string | null;
  speaker: string | null;
  text: string;
  direct: boolean;
  cue: string | null;
  stance: boolean | null;
  date: string | null;
  outlet: string | null;
  title: string | null;
  url: string | null;
  sentence: string | null;
  about: string[];
}

/** A validated export filter with the neighbourhood already resolved to entity ids (null: the whole graph). */
export interface ExportQuery {
  scope: string[] | null;
  entityTypes: EntityLabel[];
  relationTypes: ExportRelationType[];
  from: string | null;
  to: string | null;
  outlet: string | null;
  minArticles: number;
}

const STATED: readonly string[] = RELATION_TYPES;
const EVENT_EDGES: readonly string[] = [Rel.PARTICIPATED_IN, Rel.IN_COUNTRY];

// An article inside the export's dates and outlet (publishedAt is YYYY-MM-DD, so string order is date order).
const IN_SLICE = (a: string) => `($from IS NULL OR ${a}.publishedAt >= $from)
       AND ($to IS NULL OR ${a}.publishedAt <= $to)
       AND ($outlet IS NULL OR toLower(${a}.source) = toLower($outlet))`;
// An entity's articles: those that mention it, and an event's own article.
const ARTICLE_LINK = `${Rel.MENTIONS}|${Rel.IN}`;

/** Every entity, or those of the scope by index lookups (a neighbourhood export reads only its own part of the graph). */
function entities(v: string, q: ExportQuery): string {
  return q.scope ? `UNWIND $scope AS scopeId\n       MATCH (${v}:${Label.Entity} {id: scopeId})` : `MATCH (${v}:${Label.Entity})`;
}

/** Only allow-listed relationship types reach a Cypher pattern (types cannot be parameters). */
function relPattern(types: readonly string[]): string {
  const ok = types.filter((t) => STATED.includes(t) || EVENT_EDGES.includes(t));
  if (ok.length !== types.length || !ok.length) throw new Error(`export: relation types outside the model: ${types.join(', ')}`);
  return ok.join('|');
}

export class GraphExport {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  /** Ids of the entities at most `hops` steps from `centerId` over the given relation types (the center included). */
  async scope(centerId: string, hops: number, relationTypes: readonly ExportRelationType[]): Promise<string[]> {
    const depth = Math.max(0, Math.min(8, Math.trunc(hops))); // validated small integer: a length bound cannot be a parameter
    const ids: string[] = [];
    for await (const id of this.stream<string>(
      `MATCH (c:${Label.Entity} {id: $center})
       MATCH (c)-[:${relPattern(relationTypes)}*0..${depth}]-(n:${Label.Entity})
       RETURN DISTINCT n.id AS row`,
      { center: centerId },
    )) {
      ids.push(id);
    }
    return ids;
  }

  /** Entities of the chosen types (and scope) with at least `minArticles` articles in the slice, by id. */
  nodes(q: ExportQuery): AsyncGenerator<ExportNode> {
    return this.stream(
      // Sorted before the per-entity counts, so rows stream as they are counted (the id index gives the order).
      `${entities('n', q)}
       WHERE n.id IS NOT NULL AND any(l IN labels(n) WHERE l IN $entityTypes)
       WITH n ORDER BY n.id
       CALL (n) {
         MATCH (n)-[m:${ARTICLE_LINK}]-(a:${Label.Article})
         WHERE ${IN_SLICE('a')}
         RETURN count(DISTINCT a) AS articles,
                sum(CASE type(m) WHEN '${Rel.MENTIONS}' THEN coalesce(m.count, 0) ELSE 0 END) AS mentions,
                min(a.publishedAt) AS firstSeen, max(a.publishedAt) AS lastSeen
       }
       WITH n, articles, mentions, firstSeen, lastSeen
       WHERE articles >= $minArticles
       RETURN {id: n.id, type: [l IN labels(n) WHERE l IN $allTypes][0], name: n.name, aliases: coalesce(n.aliases, []),
               role: n.role, code: n.code, kind: n.kind, date: n.date,
               articles: articles, mentions: mentions, firstSeen: firstSeen, lastSeen: lastSeen} AS row`,
      { ...this.params(q), allTypes: [...ENTITY_LABELS] },
    );
  }

  /** Edges whose two ends are both exported: stated relations, then event participation and places. */
  async *edges(q: ExportQuery): AsyncGenerator<ExportEdge> {
    const stated = q.relationTypes.filter((t) => STATED.includes(t));
    const events = q.relationTypes.filter((t) => EVENT_EDGES.includes(t));
    if (stated.length) yield* this.statedEdges(q, stated);
    if (events.length) yield* this.eventEdges(q, events);
  }

  /** Quotes in the slice; with a scope, those said by or about an entity in it. Newest first. */
  quotes(q: ExportQuery): AsyncGenerator<ExportQuote> {
    return this.stream(
      `${
        q.scope
          ? `${entities('e', q)}
             CALL (e) {
               MATCH (e)-[:${Rel.SAID}]->(q:${Label.Quote})
               RETURN q
               UNION
               MATCH (q:${Label.Quote})-[:${Rel.ABOUT}]->(e)
               RETURN q
             }
             WITH DISTINCT q`
          : `MATCH (q:${Label.Quote})`
      }
       MATCH (q)-[:${Rel.IN}]->(a:${Label.Article})
       WHERE ${IN_SLICE('a')}
       OPTIONAL MATCH (s:${Label.Entity})-[:${Rel.SAID}]->(q)
       // Sorted before the topics are collected, so the collecting streams.
       WITH q, a, s ORDER BY q.sortDate DESC, q.id
       RETURN {id: q.id, speakerId: s.id, speaker: s.name, text: q.text, direct: q.direct, cue: q.cue, stance: q.stance,
               date: a.publishedAt, outlet: a.source, title: a.title, url: a.url, sentence: q.sentence,
               about: COLLECT { MATCH (q)-[:${Rel.ABOUT}]->(x:${Label.Entity}) RETURN x.name ORDER BY x.name }} AS row`,
      this.params(q),
    );
  }

  private statedEdges(q: ExportQuery, types: string[]): AsyncGenerator<ExportEdge> {
    const sliced = q.from !== null || q.to !== null || q.outlet !== null;
    // With dates or an outlet, the weight and dates come from the evidence inside them; otherwise from the edge's aggregates.
    const measure = sliced
      ? `CALL (s, r, t) {
           // pairKey = type|smaller id|larger id (model.ts), whichever way the edge is stored
           MATCH (ev:${Label.Evidence} {pairKey: type(r) + '|' + CASE WHEN s.id < t.id THEN s.id + '|' + t.id ELSE t.id + '|' + s.id END})
                 -[:${Rel.IN}]->(a:${Label.Article})
           WHERE ${IN_SLICE('a')}
           RETURN count(DISTINCT a) AS articles, count(ev) AS evidence, min(a.publishedAt) AS firstSeen, max(a.publishedAt) AS lastSeen
         }`
      : `WITH s, r, t, r.articleCount AS articles, r.evidenceCount AS evidence, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen`;
    return this.stream(
      `${entities('s', q)}
       MATCH (s)-[r:${relPattern(types)}]->(t:${Label.Entity})
       WHERE ${this.nodeKept('s', q)} AND ${this.nodeKept('t', q)}
       ${measure}
       WITH s, r, t, articles, evidence, firstSeen, lastSeen
       WHERE articles >= $minArticles
       RETURN {id: type(r) + '|' + s.id + '|' + t.id, source: s.id, target: t.id, type: type(r), status: r.status, kind: r.kind,
               articles: articles, evidence: evidence, firstSeen: firstSeen, lastSeen: lastSeen} AS row
       ORDER BY row.id`,
      this.params(q),
    );
  }

  private eventEdges(q: ExportQuery, types: string[]): AsyncGenerator<ExportEdge> {
    // One article each: the event's own. Kept when that article is inside the slice.
    return this.stream(
      `${entities('s', q)}
       MATCH (s)-[r:${relPattern(types)}]->(t:${Label.Entity})
       WHERE ${this.nodeKept('s', q)} AND ${this.nodeKept('t', q)}
       WITH s, r, t, CASE WHEN s:${Label.Event} THEN s ELSE t END AS event
       MATCH (event)-[:${Rel.IN}]->(a:${Label.Article})
       WHERE ${IN_SLICE('a')}
       WITH s, r, t, count(DISTINCT a) AS articles, min(a.publishedAt) AS firstSeen, max(a.publishedAt) AS lastSeen
       WHERE articles >= $minArticles
       RETURN {id: type(r) + '|' + s.id + '|' + t.id, source: s.id, target: t.id, type: type(r), status: r.status, kind: r.kind,
               articles: articles, evidence: articles, firstSeen: firstSeen, lastSeen: lastSeen} AS row
       ORDER BY row.id`,
      this.params(q),
    );
  }

  /** The node query's filter as a predicate on one end of an edge, so edges never point at an entity left out. */
  private nodeKept(v: string, q: ExportQuery): string {
    const sliced = q.from !== null || q.to !== null || q.outlet !== null;
    const counted =
      sliced || q.minArticles > 1
        ? `COUNT { MATCH (${v})-[:${ARTICLE_LINK}]-(a:${Label.Article}) WHERE ${IN_SLICE('a')} RETURN DISTINCT a } >= $minArticles`
        : `EXISTS { (${v})-[:${ARTICLE_LINK}]-(:${Label.Article}) }`;
    return `any(l IN labels(${v}) WHERE l IN $entityTypes) AND ($scope IS NULL OR ${v}.id IN $scope) AND ${counted}`;
  }

  private params(q: ExportQuery): Record<string, unknown> {
    return {
      scope: q.scope,
      entityTypes: q.entityTypes,
      from: q.from,
      to: q.to,
      outlet: q.outlet,
      minArticles: q.minArticles,
    };
  }

  /** Records as they arrive: the driver pulls the next batch only when this generator is asked for more (backpressure). */
  private async *stream<T>(cypher: string, params: Record<string, unknown>): AsyncGenerator<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ, fetchSize: 500 });
    try {
      for await (const record of session.run(cypher, params)) yield record.get('row') as T;
    } finally {
      await session.close();
    }
  }
}
