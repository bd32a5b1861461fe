// Reads what cross-article identity decides on (people and organisations with their articles) and applies its merge
// decisions: the mentions, quotes, relation evidence and event participation of `from` in the given articles move to
// `into`; each moved mention keeps the rule and the node it came from (MENTIONS.rules / MENTIONS.via, per offset).
import { writeSession } from './driver.js';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { EntitySummary, MergeDecision } from '../resolve/consolidate.js';
import { Label, Rel, type RelationType } from './model.js';
import { recountSpeakerCounts } from './speaker-aggregates.js';
import { rebuildRelationEdges, recomputeEntities, rewriteEventsOf, run, type RelationPair, type WriteCounts } from './writer.js';

/** Every person and organisation by id, type and name only (what incremental consolidation picks its subset from). */
export async function readIdentityIndex(driver: Driver, database: string): Promise<{ id: string; type: 'Person' | 'Organization'; name: string }[]> {
  const res = await driver.executeQuery(
    `MATCH (e:${Label.Entity}) WHERE e:${Label.Person} OR e:${Label.Organization}
     RETURN e.id AS id, CASE WHEN e:${Label.Person} THEN 'Person' ELSE 'Organization' END AS type, e.name AS name`,
    {},
    { database, routing: 'READ' },
  );
  return res.records.map((r) => ({ id: r.get('id') as string, type: r.get('type') as 'Person' | 'Organization', name: (r.get('name') as string | null) ?? '' }));
}

/**
 * Articles no identity run has covered in their current text (new ones, updated ones, and those of a load that was
 * interrupted or ran without consolidation): `identityHash` on an Article is the contentHash the last run saw.
 */
export async function readUnresolvedArticles(driver: Driver, database: string): Promise<string[]> {
  const res = await driver.executeQuery(
    `MATCH (a:${Label.Article}) WHERE a.identityHash IS NULL OR a.identityHash <> a.contentHash RETURN a.id AS id ORDER BY id`,
    {},
    { database, routing: 'READ' },
  );
  return res.records.map((r) => r.get('id') as string);
}

/** Marks articles (all of them when `articleIds` is absent) as covered by an identity run in their current text. */
export async function markIdentityResolved(driver: Driver, database: string, articleIds?: readonly string[]): Promise<void> {
  const ids = articleIds ?? (await driver.executeQuery(`MATCH (a:${Label.Article}) RETURN a.id AS id`, {}, { database, routing: 'READ' })).records.map((r) => r.get('id') as string);
  for (const slice of slices(ids))
    await driver.executeQuery(`UNWIND $ids AS id MATCH (a:${Label.Article} {id: id}) SET a.identityHash = a.contentHash`, { ids: slice }, { database });
}

/** The people and organisations these articles mention. */
export async function readEntitiesOfArticles(driver: Driver, database: string, articleIds: string[]): Promise<string[]> {
  const ids = new Set<string>();
  for (const slice of slices(articleIds)) {
    const res = await driver.executeQuery(
      `UNWIND $ids AS aid
       MATCH (:${Label.Article} {id: aid})-[:${Rel.MENTIONS}]->(e:${Label.Entity})
       WHERE e:${Label.Person} OR e:${Label.Organization}
       RETURN DISTINCT e.id AS id`,
      { ids: slice },
      { database, routing: 'READ' },
    );
    for (const r of res.records) ids.add(r.get('id') as string);
  }
  return [...ids];
}

/**
 * Rows per statement of the reads and writes below that scale with the graph: on the whole corpus (800,000 nodes) one
 * statement over every entity ran past the server's transaction timeout (60 s) on a busy machine.
 */
const ROWS_PER_STATEMENT = 2_000;

/** `items` in slices of `size`, in order. */
function slices<T>(items: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * People and organisations with, per article, the names it uses for them, its outlet and date: all of them, or only
 * those with the given ids; read a slice of ids per statement.
 */
export async function readIdentitySummaries(driver: Driver, database: string, ids?: string[]): Promise<EntitySummary[]> {
  const wanted = ids ?? (await readIdentityIndex(driver, database)).map((e) => e.id);
  const out: EntitySummary[] = [];
  for (const slice of slices(wanted)) {
    const res = await driver.executeQuery(
      `UNWIND $ids AS id
       MATCH (a:${Label.Article})-[m:${Rel.MENTIONS}]->(e:${Label.Entity} {id: id})
       WHERE e:${Label.Person} OR e:${Label.Organization}
       WITH e, collect([a.id, a.source, a.publishedAt, m.aliases, m.count]) AS rows
       RETURN e.id AS id, CASE WHEN e:${Label.Person} THEN 'Person' ELSE 'Organization' END AS type, e.name AS name, rows`,
      { ids: slice },
      { database, routing: 'READ' },
    );
    for (const r of res.records)
      out.push({
        id: r.get('id') as string,
        type: r.get('type') as 'Person' | 'Organization',
        name: r.get('name') as string,
        articles: (r.get('rows') as [string, string | null, string | null, string[], unknown][])
          .map(([articleId, source, publishedAt, aliases, count]) => ({ articleId, source, publishedAt, aliases: aliases ?? [], count: Number(count) }))
          .sort((x, y) => (x.articleId < y.articleId ? -1 : 1)),
      });
  }
  return out.sort((x, y) => (x.id < y.id ? -1 : 1));
}

/** Applies decisions in transactions of a few dozen (each must end within the server's transaction timeout on a busy machine); returns what changed. */
export async function applyMerges(driver: Driver, database: string, decisions: MergeDecision[], chunk = 50): Promise<WriteCounts> {
  const counts: WriteCounts = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
  for (const slice of slices(decisions, chunk)) {
    const part = slice.map((d) => ({ from: d.from, into: d.into, rule: d.rule, articleIds: d.articles }));
    const session = writeSession(driver, database);
    try {
      await session.executeWrite((tx) => applyChunk(tx, counts, part));
    } finally {
      await session.close();
    }
  }
  return counts;
}

type Move = { from: string; into: string; rule: string; articleIds: string[] };

async function applyChunk(tx: ManagedTransaction, counts: WriteCounts, moves: Move[]): Promise<void> {
  // Mentions: the article's edge to `from` folds into its edge to `into`, offsets kept, each tagged with rule and origin.
  await run(
    tx,
    counts,
    // One move and article at a time (CALL per row): two moves into one node in one article must each see the other's
    // offsets, or starts[] and ends[] would fall out of step.
    `UNWIND $moves AS mv
     UNWIND mv.articleIds AS aid
     CALL (mv, aid) {
       MATCH (f:${Label.Entity} {id: mv.from})
       MATCH (t:${Label.Entity} {id: mv.into})
       MATCH (a:${Label.Article} {id: aid})-[m:${Rel.MENTIONS}]->(f)
       MERGE (a)-[n:${Rel.MENTIONS}]->(t)
       ON CREATE SET n.count = 0, n.aliases = [], n.starts = [], n.ends = []
       WITH mv, m, n, coalesce(n.starts, []) AS s0, coalesce(m.starts, []) AS ms
       WITH mv, m, n, s0, ms,
            coalesce(n.rules, [x IN s0 | '']) AS r0, coalesce(n.via, [x IN s0 | '']) AS v0,
            [i IN range(0, size(ms) - 1) | coalesce(nullif(m.rules[i], ''), mv.rule)] AS r1,
            [i IN range(0, size(ms) - 1) | coalesce(nullif(m.via[i], ''), mv.from)] AS v1
       SET n.count = n.count + m.count,
           n.aliases = n.aliases + [x IN m.aliases WHERE NOT x IN n.aliases],
           n.starts = s0 + ms, n.ends = coalesce(n.ends, []) + coalesce(m.ends, []),
           n.rules = r0 + r1, n.via = v0 + v1
       DELETE m
     }`,
    { moves },
  );
  // Quotes said by or about `from` in those articles.
  await run(
    tx,
    counts,
    `UNWIND $moves AS mv
     MATCH (f:${Label.Entity} {id: mv.from})-[s:${Rel.SAID}]->(q:${Label.Quote})
     WHERE q.articleId IN mv.articleIds
     MATCH (t:${Label.Entity} {id: mv.into})
     CREATE (t)-[:${Rel.SAID}]->(q)
     DELETE s`,
    { moves },
  );
  await run(
    tx,
    counts,
    `UNWIND $moves AS mv
     MATCH (q:${Label.Quote})-[r:${Rel.ABOUT}]->(f:${Label.Entity} {id: mv.from})
     WHERE q.articleId IN mv.articleIds
     MATCH (t:${Label.Entity} {id: mv.into})
     MERGE (q)-[:${Rel.ABOUT}]->(t)
     DELETE r`,
    { moves },
  );
  // Event reports of those articles name `into` now, and their events are clustered again under the resolved ids:
  // reports that named one party two ways ("Trump", "Donald Trump") may now be one event (resolve/resolve-events.ts).
  const renamed = await run(
    tx,
    counts,
    `UNWIND $moves AS mv
     UNWIND mv.articleIds AS aid
     MATCH (:${Label.Article} {id: aid})<-[i:${Rel.IN}]-(:${Label.Event})
     WHERE mv.from IN i.participantIds
     SET i.participantIds = [x IN i.participantIds | CASE WHEN x = mv.from THEN mv.into ELSE x END]
     RETURN DISTINCT aid`,
    { moves },
  );
  await rewriteEventsOf(tx, counts, renamed.records.map((r) => r.get('aid') as string).sort());
  // Relation evidence: its party becomes `into` (a pair that becomes one entity states nothing and goes).
  const res = await run(
    tx,
    counts,
    `UNWIND $moves AS mv
     MATCH (ev:${Label.Evidence})
     WHERE ev.articleId IN mv.articleIds AND (ev.sourceId = mv.from OR ev.targetId = mv.from)
     WITH mv, ev, ev.type AS type, ev.sourceId AS a0, ev.targetId AS b0, ev.pairKey AS k0,
          CASE WHEN ev.sourceId = mv.from THEN mv.into ELSE ev.sourceId END AS x,
          CASE WHEN ev.targetId = mv.from THEN mv.into ELSE ev.targetId END AS y
     WITH ev, type, a0, b0, k0, CASE WHEN x < y THEN x ELSE y END AS a1, CASE WHEN x < y THEN y ELSE x END AS b1
     SET ev.sourceId = a1, ev.targetId = b1, ev.pairKey = type + '|' + a1 + '|' + b1
     WITH ev, type, a0, b0, k0, a1, b1
     CALL (ev, a1, b1) { WITH ev WHERE a1 = b1 DETACH DELETE ev }
     RETURN type, a0, b0, k0, a1, b1`,
    { moves },
  );
  const pairs = new Map<string, RelationPair>();
  for (const r of res.records) {
    const type = r.get('type') as RelationType;
    pairs.set(r.get('k0'), { type, a: r.get('a0'), b: r.get('b0'), key: r.get('k0') });
    if (r.get('a1') !== r.get('b1')) {
      const key = `${type}|${r.get('a1')}|${r.get('b1')}`;
      pairs.set(key, { type, a: r.get('a1'), b: r.get('b1'), key });
    }
  }
  await rebuildRelationEdges(tx, counts, [...pairs.values()]);
  await recomputeEntities(tx, counts, [...new Set(moves.flatMap((m) => [m.from, m.into]))]);
  // topSpeakers' kept counts follow the quotes that moved.
  await recountSpeakerCounts(tx, moves.flatMap((m) => [m.from, m.into]));
}

/** Sets display names (resolve/display-name.ts displayNames); the name given up stays an alias. */
export async function applyDisplayNames(driver: Driver, database: string, rows: { id: string; name: string; nameRank: number }[]): Promise<number> {
  for (const slice of slices(rows))
    await driver.executeQuery(
      `UNWIND $rows AS r
       MATCH (n:${Label.Entity} {id: r.id})
       SET n.aliases = [a IN n.aliases WHERE a <> r.name] + CASE WHEN n.name IN n.aliases OR n.name = r.name THEN [] ELSE [n.name] END,
           n.name = r.name, n.nameRank = r.nameRank`,
      { rows: slice },
      { database },
    );
  return rows.length;
}
