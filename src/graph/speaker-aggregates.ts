// topSpeakers' counts kept in the graph: (speaker)-[:SPOKE_ABOUT {quotes, articles}]->(topic), maintained by the
// writer in the transaction that writes or replaces an article, so reading a topic's top speakers costs the number of
// its speakers, not of its quotes (issue 17, 6a: re-counting every quote about Russia took 97 ms at 5,720 articles);
// and each speaker's totals over all topics (saidQuotes, saidArticles on its node) for topSpeakers without a topic.
import { writeSession } from './driver.js';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { Label, Rel } from './model.js';

/**
 * The quotes of these articles, counted per (speaker, topic), the speaker never its own topic — the same rows the
 * counting query of topSpeakers sees (a quote about a topic twice counts twice there and here).
 */
const CONTRIBUTIONS = `MATCH (q:${Label.Quote}) WHERE q.articleId IN $ids
  MATCH (s:${Label.Entity})-[:${Rel.SAID}]->(q)-[:${Rel.ABOUT}]->(e:${Label.Entity})
  WHERE s <> e
  WITH s, e, count(q) AS quotes, count(DISTINCT q.articleId) AS articles`;

/** Run with `{ids}` (article ids) before their quotes are deleted: takes their counts off (an edge at zero goes). */
export const SUBTRACT_SPEAKER_COUNTS = `${CONTRIBUTIONS}
  MATCH (s)-[t:${Rel.SPOKE_ABOUT}]->(e)
  SET t.quotes = t.quotes - quotes, t.articles = t.articles - articles
  WITH t WHERE t.quotes <= 0
  DELETE t`;

/** Run with `{ids}` after their quotes are written: adds their counts. Each article counts once per pair, so sums stay exact. */
export const ADD_SPEAKER_COUNTS = `${CONTRIBUTIONS}
  MERGE (s)-[t:${Rel.SPOKE_ABOUT}]->(e)
  ON CREATE SET t.quotes = 0, t.articles = 0
  SET t.quotes = t.quotes + quotes, t.articles = t.articles + articles`;

/**
 * topSpeakers with no topic: each speaker's own totals, kept on its node as saidQuotes and saidArticles (absent when it
 * said nothing) and read in the order of the index on saidQuotes, so the read costs the page, not the quotes.
 */
const SPEAKER_TOTALS = `MATCH (q:${Label.Quote}) WHERE q.articleId IN $ids
  MATCH (s:${Label.Entity})-[:${Rel.SAID}]->(q)
  WITH s, count(q) AS quotes, count(DISTINCT q.articleId) AS articles`;

/** Run with `{ids}` before their quotes are deleted (with SUBTRACT_SPEAKER_COUNTS): a total at zero goes. */
export const SUBTRACT_SPEAKER_TOTALS = `${SPEAKER_TOTALS}
  WITH s, s.saidQuotes - quotes AS q, s.saidArticles - articles AS a
  SET s.saidQuotes = CASE WHEN q > 0 THEN q END, s.saidArticles = CASE WHEN q > 0 THEN a END`;

/** Run with `{ids}` after their quotes are written (with ADD_SPEAKER_COUNTS). */
export const ADD_SPEAKER_TOTALS = `${SPEAKER_TOTALS}
  SET s.saidQuotes = coalesce(s.saidQuotes, 0) + quotes, s.saidArticles = coalesce(s.saidArticles, 0) + articles`;

/** Sets saidQuotes/saidArticles of the entities bound to `n` from their quotes (removes them when n said nothing). */
const RECOUNT_TOTALS_OF_N = `CALL (n) {
    OPTIONAL MATCH (n)-[:${Rel.SAID}]->(q:${Label.Quote})
    RETURN count(q) AS quotes, count(DISTINCT q.articleId) AS articles
  }
  SET n.saidQuotes = CASE WHEN quotes > 0 THEN quotes END, n.saidArticles = CASE WHEN quotes > 0 THEN articles END`;

/** Recounts every speaker's totals: for a graph loaded before they were kept (run at start when they are missing). */
export async function rebuildSpeakerTotals(driver: Driver, database: string): Promise<void> {
  const session = writeSession(driver, database);
  try {
    await session.run(
      `MATCH (n:${Label.Entity}) WHERE n.saidQuotes IS NOT NULL OR EXISTS { (n)-[:${Rel.SAID}]->() }
       CALL (n) { ${RECOUNT_TOTALS_OF_N} } IN TRANSACTIONS OF 1000 ROWS`,
    );
  } finally {
    await session.close();
  }
}

/** True when some entity said a quote but no entity has saidQuotes: loaded before the totals were kept. */
export async function speakerTotalsMissing(driver: Driver, database: string): Promise<boolean> {
  const { records } = await driver.executeQuery(
    `RETURN EXISTS { MATCH (:${Label.Entity})-[:${Rel.SAID}]->(:${Label.Quote}) } AND
            NOT EXISTS { MATCH (n:${Label.Entity}) WHERE n.saidQuotes IS NOT NULL } AS missing`,
    {},
    { database },
  );
  return records[0]?.get('missing') === true;
}

/**
 * Recounts every SPOKE_ABOUT edge from the quotes: for a graph loaded before the edges existed (run at start when
 * quotes have topics but no edge exists), or after any change that moves quotes outside the writer.
 */
export async function rebuildSpeakerCounts(driver: Driver, database: string): Promise<void> {
  const session = writeSession(driver, database);
  try {
    // IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
    await session.run(`MATCH ()-[t:${Rel.SPOKE_ABOUT}]->() CALL (t) { DELETE t } IN TRANSACTIONS OF 10000 ROWS`);
    await session.run(
      `MATCH (e:${Label.Entity}) WHERE EXISTS { (e)<-[:${Rel.ABOUT}]-(:${Label.Quote}) }
       CALL (e) {
         MATCH (s:${Label.Entity})-[:${Rel.SAID}]->(q:${Label.Quote})-[:${Rel.ABOUT}]->(e)
         WHERE s <> e
         WITH s, e, count(q) AS quotes, count(DISTINCT q.articleId) AS articles
         CREATE (s)-[:${Rel.SPOKE_ABOUT} {quotes: quotes, articles: articles}]->(e)
       } IN TRANSACTIONS OF 1000 ROWS`,
    );
  } finally {
    await session.close();
  }
}

/** True when the graph has quotes with topics but no SPOKE_ABOUT edge at all: loaded before the edges existed. */
export async function speakerCountsMissing(driver: Driver, database: string): Promise<boolean> {
  const { records } = await driver.executeQuery(
    `RETURN EXISTS { MATCH (:${Label.Entity})-[:${Rel.SAID}]->(:${Label.Quote})-[:${Rel.ABOUT}]->(:${Label.Entity}) } AND
            NOT EXISTS { MATCH ()-[:${Rel.SPOKE_ABOUT}]->() } AS missing`,
    {},
    { database },
  );
  return records[0]?.get('missing') === true;
}

/**
 * Recounts the SPOKE_ABOUT edges and the speaker totals of these entities, as speaker or as topic, from their quotes — for changes that move
 * quotes between nodes outside the writer (identity consolidation, curation and its undo), in their transaction.
 */
export async function recountSpeakerCounts(tx: ManagedTransaction, ids: string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (!unique.length) return;
  await tx.run(`UNWIND $ids AS id MATCH (:${Label.Entity} {id: id})-[t:${Rel.SPOKE_ABOUT}]-() DELETE t`, { ids: unique });
  await tx.run(
    `UNWIND $ids AS id
     MATCH (n:${Label.Entity} {id: id})
     CALL (n) {
       MATCH (n)-[:${Rel.SAID}]->(q:${Label.Quote})-[:${Rel.ABOUT}]->(e:${Label.Entity}) WHERE n <> e
       RETURN n AS s, e, count(q) AS quotes, count(DISTINCT q.articleId) AS articles
       UNION
       MATCH (s:${Label.Entity})-[:${Rel.SAID}]->(q:${Label.Quote})-[:${Rel.ABOUT}]->(n) WHERE s <> n
       RETURN s, n AS e, count(q) AS quotes, count(DISTINCT q.articleId) AS articles
     }
     MERGE (s)-[t:${Rel.SPOKE_ABOUT}]->(e)
     SET t.quotes = quotes, t.articles = articles`,
    { ids: unique },
  );
  await tx.run(`UNWIND $ids AS id MATCH (n:${Label.Entity} {id: id}) ${RECOUNT_TOTALS_OF_N}`, { ids: unique });
}
