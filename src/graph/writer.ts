// Writes extraction results to Neo4j: one transaction per batch, UNWIND statements, old facts of changed articles replaced.
import { writeSession } from './driver.js';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { ExtractionResult } from '../extract/types.js';
import type { EventStatus } from '../extract/lexicon/events.js';
import { articleContentHash } from '../ingest/normalise.js';
import { DEFAULT_STATUS, EDGE_STATUSES, Label, NAMED_ENTITY_LABELS, Rel, RELATION_STATUSES, RELATION_TYPES, SYMMETRIC, pairKey, statusCountProperty, type RelationType } from './model.js';
import { checkAndRenew, type LoadFence } from './load-lock.js';
import { ADD_SPEAKER_COUNTS, ADD_SPEAKER_TOTALS, SUBTRACT_SPEAKER_COUNTS, SUBTRACT_SPEAKER_TOTALS } from './speaker-aggregates.js';
import { checkGuardedDiskSpace } from './disk-space.js';
import { nameCaseRank } from '../resolve/display-name.js';
import { candidateWindow, clusterEvents, eventReportsOf, mergeableKinds, undatedJoinWindow, type EventReport } from '../resolve/resolve-events.js';

export interface WriteCounts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

/** Content hashes of the articles the graph already holds, for one batch of ids. */
export async function knownArticleHashes(driver: Driver, database: string, ids: string[]): Promise<Map<string, string>> {
  const res = await driver.executeQuery(
    `UNWIND $ids AS id
     MATCH (a:${Label.Article} {id: id})
     RETURN a.id AS id, a.contentHash AS hash`,
    { ids },
    { database, routing: 'READ' },
  );
  return new Map(res.records.map((r) => [r.get('id') as string, r.get('hash') as string]));
}

/**
 * Writes a batch of articles with all their facts in one transaction (retried by the driver on transient errors).
 * With a fence, the transaction first checks that this loader still holds the load lock (and renews its lease).
 * `contentHashes`: articleContentHash by article id where the caller already has it (the loader hashed each record).
 */
export async function upsertArticleGraph(
  driver: Driver,
  database: string,
  results: ExtractionResult[],
  ingestedAt: string,
  fence?: LoadFence,
  contentHashes?: ReadonlyMap<string, string>,
): Promise<WriteCounts> {
  // A full disk is refused before the batch, not discovered by Neo4j mid-commit.
  checkGuardedDiskSpace(`writing a batch of ${results.length} articles`);
  const params = buildParams(results, ingestedAt, contentHashes);
  const session = writeSession(driver, database);
  try {
    return await session.executeWrite(async (tx) => {
      if (fence) await checkAndRenew(tx, fence);
      return writeBatch(tx, params);
    });
  } finally {
    await session.close();
  }
}

type Params = ReturnType<typeof buildParams>;

function buildParams(results: ExtractionResult[], ingestedAt: string, contentHashes?: ReadonlyMap<string, string>) {
  const articles = [];
  const entities = Object.fromEntries(NAMED_ENTITY_LABELS.map((l) => [l, [] as Record<string, unknown>[]])) as Record<(typeof NAMED_ENTITY_LABELS)[number], Record<string, unknown>[]>;
  const reports: EventReport[] = [];
  const mentions = [];
  const quotes = [];
  const evidence = [];
  for (const r of results) {
    const a = r.article;
    articles.push({ id: a.id, url: a.url, title: a.title, source: a.source, publishedAt: a.publishedAt, contentHash: contentHashes?.get(a.id) ?? articleContentHash(a), ingestedAt, body: a.body });
    // Events are resolved across articles (writeEvents); the article's reports of them are kept apart.
    reports.push(...eventReportsOf(r));
    for (const e of r.entities) {
      if (e.type === 'Event') continue;
      const aliases = [...new Set([e.name, ...e.aliases])];
      // Where each mention is: offsets into the stored body, in text order (Article.mentions reads them back).
      const spans = [...e.mentions].sort((x, y) => x.start - y.start || x.end - y.end);
      mentions.push({ id: `${a.id}|${e.id}`, articleId: a.id, entityId: e.id, count: e.mentions.length, aliases, starts: spans.map((m) => m.start), ends: spans.map((m) => m.end) });
      entities[e.type].push({ id: e.id, name: e.name, nameRank: nameCaseRank(e.name, e.type), role: e.role ?? null, code: e.code ?? null });
    }
    const sentenceOf = (start: number, end: number) => a.body.slice(start, end);
    for (const q of r.quotes) {
      quotes.push({
        id: `q:${a.id}:${q.start}:${q.end}:${q.direct ? 'd' : 'r'}`,
        text: q.text,
        direct: q.direct,
        cue: q.cue,
        stance: q.stance ?? false,
        start: q.start,
        end: q.end,
        sentence: q.sentence ? sentenceOf(q.sentence.start, q.sentence.end) : null,
        articleId: a.id,
        publishedAt: a.publishedAt,
        speakerId: q.speakerId,
        aboutIds: [...new Set(q.aboutIds ?? [])],
      });
    }
    for (const rel of r.relations) {
      // A symmetric relation is one edge per unordered pair (smaller id first); a directed one keeps its direction.
      const symmetric = SYMMETRIC[rel.type];
      const [from, to] = symmetric && rel.targetId < rel.sourceId ? [rel.targetId, rel.sourceId] : [rel.sourceId, rel.targetId];
      const key = symmetric ? pairKey(rel.type, from, to) : `${rel.type}|${from}|${to}`;
      evidence.push({
        id: `ev:${a.id}:${key}:${rel.evidence.start}`,
        type: rel.type,
        status: rel.status ?? DEFAULT_STATUS[rel.type],
        kind: rel.kind ?? null,
        cue: rel.cue ?? null,
        date: rel.date ?? null,
        sourceId: from,
        targetId: to,
        pairKey: key,
        articleId: a.id,
        start: rel.evidence.start,
        end: rel.evidence.end,
        sentence: rel.evidence.text,
        publishedAt: a.publishedAt,
      });
    }
  }
  // Facts are CREATEd (the batch's old facts were deleted first), so ids must be unique within the batch.
  return { articleIds: articles.map((a) => a.id), articles, entities, reports, mentions: dedupeById(mentions), quotes: dedupeById(quotes), evidence: dedupeById(evidence) };
}

function dedupeById<T extends { id: string }>(xs: T[]): T[] {
  return [...new Map(xs.map((x) => [x.id, x])).values()];
}

export async function run(tx: ManagedTransaction, counts: WriteCounts, cypher: string, params: Record<string, unknown>) {
  const res = await tx.run(cypher, params);
  const u = res.summary.counters.updates();
  counts.nodesCreated += u.nodesCreated;
  counts.nodesDeleted += u.nodesDeleted;
  counts.relationshipsCreated += u.relationshipsCreated;
  counts.relationshipsDeleted += u.relationshipsDeleted;
  return res;
}

async function writeBatch(tx: ManagedTransaction, p: Params): Promise<WriteCounts> {
  const counts: WriteCounts = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
  const ids = p.articleIds;

  // 1. What the previous version of these articles touched: aggregates to recompute after removing its facts.
  const old = await tx.run(
    `UNWIND $ids AS id
     MATCH (a:${Label.Article} {id: id})
     OPTIONAL MATCH (a)-[:${Rel.MENTIONS}]->(e)
     RETURN collect(DISTINCT a.id) AS existing, collect(DISTINCT e.id) AS entityIds`,
    { ids },
  );
  const existing = new Set((old.records[0]?.get('existing') as string[] | undefined) ?? []);
  // Events are rebuilt by writeEvents, not by the entity aggregates below.
  const oldEntityIds = ((old.records[0]?.get('entityIds') as string[] | undefined) ?? []).filter((id) => !id.startsWith('event:'));
  const oldPairs = await tx.run(
    `MATCH (ev:${Label.Evidence})
     WHERE ev.articleId IN $ids
     RETURN DISTINCT ev.type AS type, ev.sourceId AS a, ev.targetId AS b, ev.pairKey AS key`,
    { ids },
  );
  const pairs = new Map<string, RelationPair>();
  for (const r of oldPairs.records) pairs.set(r.get('key'), { type: r.get('type'), a: r.get('a'), b: r.get('b'), key: r.get('key') });
  for (const ev of p.evidence) pairs.set(ev.pairKey, { type: ev.type as RelationType, a: ev.sourceId, b: ev.targetId, key: ev.pairKey });

  // 2. Remove the facts of the previous version (a changed article replaces its own facts), its quotes' counts first.
  await run(tx, counts, SUBTRACT_SPEAKER_COUNTS, { ids });
  await run(tx, counts, SUBTRACT_SPEAKER_TOTALS, { ids });
  await run(tx, counts, `MATCH (q:${Label.Quote}) WHERE q.articleId IN $ids DETACH DELETE q`, { ids });
  await run(tx, counts, `MATCH (ev:${Label.Evidence}) WHERE ev.articleId IN $ids DETACH DELETE ev`, { ids });
  await run(tx, counts, `MATCH (a:${Label.Article})-[m:${Rel.MENTIONS}]->() WHERE a.id IN $ids DELETE m`, { ids });

  // 3. Articles and entities.
  await run(
    tx,
    counts,
    `UNWIND $articles AS a
     MERGE (n:${Label.Article} {id: a.id})
     SET n.url = a.url, n.title = a.title, n.source = a.source, n.publishedAt = a.publishedAt,
         n.contentHash = a.contentHash, n.ingestedAt = a.ingestedAt, n.body = a.body`,
    { articles: p.articles },
  );
  for (const label of NAMED_ENTITY_LABELS) {
    if (!p.entities[label].length) continue;
    await run(
      tx,
      counts,
      `UNWIND $rows AS e
       MERGE (n:${label} {id: e.id})
       ON CREATE SET n:${Label.Entity}, n.name = e.name, n.nameRank = e.nameRank, n.aliases = [], n.mentionCount = 0
       WITH n, e, size(split(e.name, ' ')) AS en, size(split(n.name, ' ')) AS nn, coalesce(n.nameRank, 0) AS nr
       // A fuller name replaces the shorter one, which becomes an alias; between names as full, the better cased one
       // (resolve/display-name.ts: "Donald Trump" over "Donald TRUMP"), then the smaller string wins, and between roles
       // the smaller string, so the node reads the same whatever order its articles were loaded in.
       WITH n, e, nr, CASE WHEN en > nn OR (en = nn AND (e.nameRank < nr OR (e.nameRank = nr AND e.name < n.name))) THEN e.name ELSE n.name END AS name
       SET n.aliases = CASE WHEN name <> n.name THEN [a IN n.aliases WHERE a <> name] + n.name ELSE n.aliases END,
           n.nameRank = CASE WHEN name <> n.name THEN e.nameRank ELSE nr END,
           n.name = name,
           n.role = CASE WHEN n.role IS NULL OR e.role < n.role THEN e.role ELSE n.role END,
           n.code = coalesce(e.code, n.code)`,
      { rows: p.entities[label] },
    );
  }
  await run(
    tx,
    counts,
    `UNWIND $mentions AS m
     MATCH (a:${Label.Article} {id: m.articleId})
     MATCH (e:${Label.Entity} {id: m.entityId})
     CREATE (a)-[:${Rel.MENTIONS} {count: m.count, aliases: m.aliases, starts: m.starts, ends: m.ends}]->(e)`,
    { mentions: p.mentions },
  );

  await writeEvents(tx, counts, p);

  // 4. Quotes with speaker, article and what they are about.
  await run(
    tx,
    counts,
    `UNWIND $quotes AS q
     MATCH (a:${Label.Article} {id: q.articleId})
     CREATE (n:${Label.Quote} {id: q.id, text: q.text, direct: q.direct, cue: q.cue, stance: q.stance, start: q.start, end: q.end,
                               sentence: q.sentence, articleId: q.articleId, publishedAt: q.publishedAt,
                               sortDate: coalesce(q.publishedAt, '0000-00-00')})
     CREATE (n)-[:${Rel.IN}]->(a)
     WITH n, q
     CALL (n, q) {
       MATCH (s:${Label.Entity} {id: q.speakerId})
       CREATE (s)-[:${Rel.SAID}]->(n)
     }
     CALL (n, q) {
       UNWIND q.aboutIds AS aid
       MATCH (e:${Label.Entity} {id: aid})
       CREATE (n)-[:${Rel.ABOUT}]->(e)
     }`,
    { quotes: p.quotes },
  );
  await run(tx, counts, ADD_SPEAKER_COUNTS, { ids });
  await run(tx, counts, ADD_SPEAKER_TOTALS, { ids });

  // 5. Evidence, then the relation edges recomputed from all evidence of each touched pair.
  await run(
    tx,
    counts,
    `UNWIND $evidence AS ev
     MATCH (a:${Label.Article} {id: ev.articleId})
     CREATE (n:${Label.Evidence})
     SET n = ev
     CREATE (n)-[:${Rel.IN}]->(a)`,
    { evidence: p.evidence },
  );
  await rebuildRelationEdges(tx, counts, [...pairs.values()]);

  // 6. Entity aggregates. Entities an updated article mentions (or mentioned) are recomputed from all their MENTIONS,
  // and removed when no article mentions them any more; the others only gain this batch's new mentions, so a hub
  // like country:US costs this batch's rows, not its thousands of earlier mentions.
  const recompute = new Set([...oldEntityIds, ...p.mentions.filter((m) => existing.has(m.articleId)).map((m) => m.entityId)]);
  const added = new Map<string, { id: string; count: number; aliases: Set<string> }>();
  for (const m of p.mentions) {
    if (recompute.has(m.entityId)) continue;
    const a = added.get(m.entityId) ?? added.set(m.entityId, { id: m.entityId, count: 0, aliases: new Set() }).get(m.entityId)!;
    a.count += m.count;
    for (const x of m.aliases) a.aliases.add(x);
  }
  await run(
    tx,
    counts,
    `UNWIND $rows AS r
     MATCH (n:${Label.Entity} {id: r.id})
     SET n.mentionCount = coalesce(n.mentionCount, 0) + r.count,
         n.aliases = coalesce(n.aliases, []) + [x IN r.aliases WHERE NOT x IN coalesce(n.aliases, []) AND x <> n.name]`,
    { rows: [...added.values()].map((a) => ({ ...a, aliases: [...a.aliases] })) },
  );
  await recomputeEntities(tx, counts, [...recompute]);
  return counts;
}

export interface RelationPair {
  type: RelationType;
  a: string;
  b: string;
  key: string;
}

/** Replaces the MET_WITH / ALLIED_WITH edges of these pairs by what all their Evidence says now. */
export async function rebuildRelationEdges(tx: ManagedTransaction, counts: WriteCounts, pairs: RelationPair[]): Promise<void> {
  for (const type of RELATION_TYPES) {
    const rows = pairs.filter((x) => x.type === type);
    if (!rows.length) continue;
    await run(
      tx,
      counts,
      `UNWIND $rows AS p
       MATCH (x:${Label.Entity} {id: p.a})-[r:${type}]->(y:${Label.Entity} {id: p.b})
       DELETE r`,
      { rows },
    );
    // Only evidence of an edge status makes the edge (a refused meeting never becomes a MET_WITH edge); the edge keeps a
    // count per status, and its status is the best one it has (happened before planned).
    const statuses = RELATION_STATUSES[type] as readonly string[];
    const edgeStatuses = EDGE_STATUSES[type] as readonly string[];
    const countsSet = statuses.map((st) => `r.${statusCountProperty(st as never)} = size([s IN statuses WHERE s = '${st}'])`).join(', ');
    const best = `CASE ${edgeStatuses.map((st) => `WHEN '${st}' IN statuses THEN '${st}'`).join(' ')} END`;
    await run(
      tx,
      counts,
      `UNWIND $rows AS p
       MATCH (ev:${Label.Evidence} {pairKey: p.key})
       WITH p, collect(coalesce(ev.status, $default)) AS statuses,
            [e IN collect(ev) WHERE coalesce(e.status, $default) IN $edgeStatuses] AS edgeEvidence
       WHERE size(edgeEvidence) > 0
       CALL (edgeEvidence) {
         UNWIND edgeEvidence AS e
         RETURN min(e.publishedAt) AS firstSeen, max(e.publishedAt) AS lastSeen,
                count(DISTINCT e.articleId) AS articleCount, count(e) AS evidenceCount
       }
       MATCH (x:${Label.Entity} {id: p.a})
       MATCH (y:${Label.Entity} {id: p.b})
       CREATE (x)-[r:${type} {firstSeen: firstSeen, lastSeen: lastSeen, articleCount: articleCount, evidenceCount: evidenceCount}]->(y)
       SET r.status = ${best}, ${countsSet}`,
      { rows, default: DEFAULT_STATUS[type], edgeStatuses },
    );
  }

}

/**
 * Entities whose MENTIONS changed: mention count and aliases recomputed from all of them; removed when none is left.
 * Events have no MENTIONS (their reports are IN edges) and are never touched here.
 */
export async function recomputeEntities(tx: ManagedTransaction, counts: WriteCounts, ids: string[]): Promise<void> {
  await run(
    tx,
    counts,
    `UNWIND $ids AS id
     MATCH (n:${Label.Entity} {id: id})
     WHERE NOT n:${Label.Event}
     OPTIONAL MATCH (:${Label.Article})-[m:${Rel.MENTIONS}]->(n)
     WITH n, collect(m) AS ms
     SET n.mentionCount = reduce(c = 0, m IN ms | c + m.count),
         n.aliases = reduce(acc = [], m IN ms | acc + [x IN m.aliases WHERE NOT x IN acc AND x <> n.name])
     WITH n, ms
     WHERE size(ms) = 0 AND NOT (n)<-[:${Rel.IN_COUNTRY}]-()
     DETACH DELETE n`,
    { ids },
  );
}

/**
 * Rebuilds the events this batch touches: those its articles reported before, and those its new reports may join
 * (a kind it may merge with, a shared party or place, days within the merge window). Their reports from other articles and the
 * batch's new reports are clustered again by the merge rule (resolve/resolve-events.ts) and the events replaced, so
 * an event is the same whatever order its articles were loaded in, and no event outlives its last report.
 */
async function writeEvents(tx: ManagedTransaction, counts: WriteCounts, p: { articleIds: string[]; reports: EventReport[] }): Promise<void> {
  const ids = p.articleIds;
  const windows = p.reports.flatMap((r) => {
    const w = candidateWindow(r);
    // The countries its parties stand for find the same sitting told by its countries ({Trump, Kim} → {US, North Korea}).
    return w ? [{ kinds: mergeableKinds(r.kind), participantIds: [...new Set([...r.participantIds, ...(r.sides ?? [])])], locationId: r.locationId, ...w }] : [];
  });
  // Phase 2 candidates (an undated report and the one dated event it tells of, weeks apart): events sharing two
  // parties with the report, or one party and its place, within the wider window (see joinUndated). For a dated report,
  // also the dated events holding an undated report (a look-back may have joined one of them): the newcomer may be the
  // look-back's better or second candidate, and the look-back must be resolved again with it, or the graph would
  // depend on which of the two events was loaded first (the replay, clustering everything at once, does not).
  const wide = p.reports.flatMap((r) => {
    const w = undatedJoinWindow(r);
    return w ? [{ kinds: mergeableKinds(r.kind), participantIds: [...new Set([...r.participantIds, ...(r.sides ?? [])])], locationId: r.locationId, ...w }] : [];
  });
  const found = await tx.run(
    `CALL () {
       UNWIND $ids AS aid
       MATCH (e:${Label.Event})-[:${Rel.IN}]->(:${Label.Article} {id: aid})
       RETURN e.id AS id
       UNION
       UNWIND $windows AS w
       UNWIND w.participantIds AS pid
       MATCH (:${Label.Entity} {id: pid})-[:${Rel.PARTICIPATED_IN}]->(e:${Label.Event})
       WHERE e.kind IN w.kinds AND e.firstDay <= w.to AND e.lastDay >= w.from
       RETURN e.id AS id
       UNION
       UNWIND $windows AS w
       MATCH (:${Label.Country} {id: w.locationId})<-[:${Rel.IN_COUNTRY}]-(e:${Label.Event})
       WHERE e.kind IN w.kinds AND e.firstDay <= w.to AND e.lastDay >= w.from
       RETURN e.id AS id
       UNION
       // Two parties shared, or one and the report's place: one expansion of the parties' events serves both (hubs
       // such as country:US have hundreds).
       UNWIND $wide AS w
       UNWIND w.participantIds AS pid
       MATCH (:${Label.Entity} {id: pid})-[:${Rel.PARTICIPATED_IN}]->(e:${Label.Event})
       WHERE e.kind IN w.kinds AND e.firstDay <= w.to AND e.lastDay >= w.from
         AND (NOT w.undatedOnly OR e.date IS NULL OR EXISTS { (e)-[u:${Rel.IN}]->() WHERE u.date IS NULL })
       WITH w, e, count(*) AS shared
       WHERE shared >= 2 OR EXISTS { (e)-[:${Rel.IN_COUNTRY}]->(:${Label.Country} {id: w.locationId}) }
       RETURN e.id AS id
       UNION
       UNWIND $wide AS w
       WITH w WHERE w.byPlace
       MATCH (:${Label.Country} {id: w.locationId})<-[:${Rel.IN_COUNTRY}]-(e:${Label.Event})
       WHERE e.kind IN w.kinds AND e.firstDay <= w.to AND e.lastDay >= w.from
         AND (NOT w.undatedOnly OR e.date IS NULL OR EXISTS { (e)-[u:${Rel.IN}]->() WHERE u.date IS NULL AND u.named IS NOT NULL })
       RETURN e.id AS id
     }
     RETURN collect(id) AS ids`,
    { ids, windows, wide },
  );
  const eventIds = (found.records[0]?.get('ids') as string[] | undefined) ?? [];
  if (!eventIds.length && !p.reports.length) return;
  const kept = await tx.run(
    `UNWIND $eventIds AS eid
     MATCH (:${Label.Event} {id: eid})-[r:${Rel.IN}]->(a:${Label.Article})
     RETURN eid, properties(r) AS r, a.id AS articleId, a.publishedAt AS publishedAt, a.id IN $ids AS ofBatch`,
    { eventIds, ids },
  );
  // Each candidate's stored reports: an event that comes out of clustering with exactly these, none of the batch's,
  // is the same node as before (its properties and edges are a function of its reports) and is left as it is —
  // the wide phase-2 window brings in many events a batch does not change, and rewriting them was most of its cost.
  const stored = new Map<string, { reportIds: Set<string>; ofBatch: boolean }>();
  const reports: EventReport[] = [];
  for (const rec of kept.records) {
    const eid = rec.get('eid') as string;
    const props = rec.get('r') as Record<string, unknown>;
    const entry = stored.get(eid) ?? stored.set(eid, { reportIds: new Set(), ofBatch: false }).get(eid)!;
    entry.reportIds.add(props.reportId as string);
    if (rec.get('ofBatch')) entry.ofBatch = true;
    else reports.push(eventReportOf(props, rec.get('articleId'), rec.get('publishedAt')));
  }
  const unchanged = (e: { id: string; reports: EventReport[] }) => {
    const before = stored.get(e.id);
    return !!before && !before.ofBatch && before.reportIds.size === e.reports.length && e.reports.every((r) => before.reportIds.has(r.reportId));
  };
  const clustered = clusterEvents([...reports, ...p.reports]);
  const keptIds = new Set(clustered.filter(unchanged).map((e) => e.id));
  const replaced = eventIds.filter((id) => !keptIds.has(id));
  const events = clustered.filter((e) => !keptIds.has(e.id)).map((e) => {
    const perArticle = new Map<string, number>();
    for (const r of e.reports) perArticle.set(r.articleId, (perArticle.get(r.articleId) ?? 0) + r.mentionCount);
    return {
      id: e.id,
      name: e.name,
      kind: e.kind,
      status: e.status,
      date: e.date,
      firstDay: e.firstDay,
      lastDay: e.lastDay,
      locationId: e.locationId,
      locationName: e.locationName,
      locationCode: e.locationId?.slice('country:'.length) ?? null,
      participantIds: e.participantIds,
      articleCount: perArticle.size,
      mentionCount: e.reports.reduce((n, r) => n + r.mentionCount, 0),
      mentions: [...perArticle].map(([articleId, count]) => ({ articleId, count })),
      reports: e.reports.map(({ publishedAt: _p, articleId, ...r }) => ({ articleId, props: r })),
    };
  });
  const oldPlaces = await tx.run(
    `UNWIND $eventIds AS eid
     MATCH (:${Label.Event} {id: eid})-[:${Rel.IN_COUNTRY}]->(c:${Label.Country})
     RETURN collect(DISTINCT c.id) AS ids`,
    { eventIds: replaced },
  );
  await run(tx, counts, `MATCH (e:${Label.Event}) WHERE e.id IN $eventIds DETACH DELETE e`, { eventIds: replaced });
  await run(
    tx,
    counts,
    `UNWIND $events AS ev
     CREATE (n:${Label.Event}:${Label.Entity} {id: ev.id, name: ev.name, aliases: [], kind: ev.kind, status: ev.status, date: ev.date,
                                              firstDay: ev.firstDay, lastDay: ev.lastDay,
                                              articleCount: toInteger(ev.articleCount), mentionCount: toInteger(ev.mentionCount)})
     WITH n, ev
     CALL (n, ev) {
       UNWIND ev.reports AS r
       MATCH (a:${Label.Article} {id: r.articleId})
       CREATE (n)-[i:${Rel.IN}]->(a)
       SET i = r.props
     }
     CALL (n, ev) {
       UNWIND ev.mentions AS m
       MATCH (a:${Label.Article} {id: m.articleId})
       CREATE (a)-[:${Rel.MENTIONS} {count: toInteger(m.count), aliases: []}]->(n)
     }
     CALL (n, ev) {
       UNWIND ev.participantIds AS pid
       MATCH (p:${Label.Entity} {id: pid})
       CREATE (p)-[:${Rel.PARTICIPATED_IN}]->(n)
     }
     CALL (n, ev) {
       WITH ev WHERE ev.locationId IS NOT NULL
       // A place named only as a city ("in Sochi") may be a country no article mentions yet.
       MERGE (c:${Label.Country} {id: ev.locationId})
       ON CREATE SET c:${Label.Entity}, c.name = ev.locationName, c.code = ev.locationCode, c.aliases = [], c.mentionCount = 0
       CREATE (n)-[:${Rel.IN_COUNTRY}]->(c)
     }`,
    { events },
  );
  // Countries that were only the place of events now gone.
  await run(
    tx,
    counts,
    `MATCH (c:${Label.Country})
     WHERE c.id IN $ids AND NOT ()-[:${Rel.MENTIONS}]->(c) AND NOT ()-[:${Rel.IN_COUNTRY}]->(c)
     DETACH DELETE c`,
    { ids: (oldPlaces.records[0]?.get('ids') as string[] | undefined) ?? [] },
  );
}

/**
 * Clusters again the events the given articles report, from their stored reports (e.g. after consolidation renamed their
 * participants: "person:trump" and "person:donald-trump" reports of one Hanoi summit now share both parties and merge).
 * Events these articles do not report are touched only if a report may now join them (writeEvents' candidates).
 */
export async function rewriteEventsOf(tx: ManagedTransaction, counts: WriteCounts, articleIds: string[]): Promise<void> {
  if (!articleIds.length) return;
  const res = await tx.run(
    `UNWIND $articleIds AS aid
     MATCH (:${Label.Event})-[i:${Rel.IN}]->(a:${Label.Article} {id: aid})
     RETURN properties(i) AS r, a.id AS articleId, a.publishedAt AS publishedAt`,
    { articleIds },
  );
  const reports = res.records.map((rec) => eventReportOf(rec.get('r'), rec.get('articleId'), rec.get('publishedAt')));
  await writeEvents(tx, counts, { articleIds, reports });
}

/** An event report as stored on its (Event)-[:IN]->(Article) relationship, read back for clustering. */
export function eventReportOf(r: Record<string, unknown>, articleId: string, publishedAt: string | null): EventReport {
  return {
    reportId: r.reportId as string,
    articleId,
    publishedAt: publishedAt ?? null,
    kind: r.kind as string,
    // Reports stored before statuses were read are of events that happened, as they were taken then.
    status: (r.status as EventStatus | undefined) ?? 'happened',
    date: (r.date as string | null) ?? null,
    locationId: (r.locationId as string | null) ?? null,
    locationName: (r.locationName as string | null) ?? null,
    ...distinctParticipants((r.participantIds as string[]) ?? [], (r.participantNames as string[]) ?? []),
    evidence: (r.evidence as string[]) ?? [],
    mentionCount: Number(r.mentionCount ?? 1),
    sides: (r.sides as string[] | undefined) ?? [],
    ...(typeof r.named === 'string' ? { named: r.named } : {}),
    ...(typeof r.period === 'string' ? { period: r.period } : {}),
  };
}

/** Consolidation may rename two parties of one report into the same entity: each once, with the first name given. */
function distinctParticipants(ids: string[], names: string[]): { participantIds: string[]; participantNames: string[] } {
  const participantIds: string[] = [];
  const participantNames: string[] = [];
  ids.forEach((id, i) => {
    if (participantIds.includes(id)) return;
    participantIds.push(id);
    participantNames.push(names[i] ?? id);
  });
  return { participantIds, participantNames };
}
