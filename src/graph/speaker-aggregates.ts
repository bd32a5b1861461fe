// topSpeakers' counts kept in the graph: (speaker)-[:SPOKE_ABOUT {topicId, quotes, articles}]->(topic), maintained by
// the writer in the transaction that writes or replaces an article; the index on (topicId, quotes) hands a topic's
// speakers out most-quoted first, so reading its top N costs N, not its speakers or its quotes (issue 17, 6a);
// and each speaker's totals over all topics (saidQuotes, saidArticles on its node) for topSpeakers without a topic.
import { writeSession } from './driver.js';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { acquireLoadLock, describeHolder, LoadLockBusyError, type LoadLock } from './load-lock.js';
import { Label, Rel } from './model.js';

/**
 * The rebuilds below commit in batches, but their outer statement runs for minutes on a large graph: longer than the
 * embedded Neo4j's default transaction timeout (60 s), which would cut it off and leave the counts half done.
 */
const REBUILD = { timeout: 3_600_000 };

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
  ON CREATE SET t.quotes = 0, t.articles = 0, t.topicId = e.id
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

/** Recounts every speaker's totals: for a graph loaded before they were kept (see ensureSpeakerAggregates). */
export async function rebuildSpeakerTotals(driver: Driver, database: string): Promise<void> {
  const session = writeSession(driver, database);
  try {
    await session.run(
      `MATCH (n:${Label.Entity}) WHERE n.saidQuotes IS NOT NULL OR EXISTS { (n)-[:${Rel.SAID}]->() }
       CALL (n) { ${RECOUNT_TOTALS_OF_N} } IN TRANSACTIONS OF 1000 ROWS`,
      {},
      REBUILD,
    );
  } finally {
    await session.close();
  }
}

/**
 * Recounts every SPOKE_ABOUT edge from the quotes: for a graph loaded before the edges (or their topicId) were kept
 * (see ensureSpeakerAggregates).
 */
export async function rebuildSpeakerCounts(driver: Driver, database: string): Promise<void> {
  const session = writeSession(driver, database);
  try {
    // IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
    await session.run(`MATCH ()-[t:${Rel.SPOKE_ABOUT}]->() CALL (t) { DELETE t } IN TRANSACTIONS OF 10000 ROWS`, {}, REBUILD);
    await session.run(
      `MATCH (e:${Label.Entity}) WHERE EXISTS { (e)<-[:${Rel.ABOUT}]-(:${Label.Quote}) }
       CALL (e) {
         MATCH (s:${Label.Entity})-[:${Rel.SAID}]->(q:${Label.Quote})-[:${Rel.ABOUT}]->(e)
         WHERE s <> e
         WITH s, e, count(q) AS quotes, count(DISTINCT q.articleId) AS articles
         CREATE (s)-[:${Rel.SPOKE_ABOUT} {topicId: e.id, quotes: quotes, articles: articles}]->(e)
       } IN TRANSACTIONS OF 1000 ROWS`,
      {},
      REBUILD,
    );
  } finally {
    await session.close();
  }
}

/**
 * The index topSpeakers(about:) reads a topic's speakers through. It is created only once the kept counts are complete
 * (here, after the rebuild), so its existence is the mark that they are: a rebuild cut short leaves no index, and the
 * next start rebuilds again.
 */
export const TOPIC_SPEAKERS_INDEX = 'spoke_about_topic_quotes';

/** True when the kept counts and totals are complete (see TOPIC_SPEAKERS_INDEX): one lookup in the schema. */
export async function speakerAggregatesCurrent(driver: Driver, database: string): Promise<boolean> {
  const { records } = await driver.executeQuery('SHOW INDEXES YIELD name WHERE name = $name RETURN count(*) > 0 AS present', { name: TOPIC_SPEAKERS_INDEX }, { database });
  return records[0]?.get('present') === true;
}

async function createTopicSpeakersIndex(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery(`CREATE INDEX ${TOPIC_SPEAKERS_INDEX} IF NOT EXISTS FOR ()-[t:${Rel.SPOKE_ABOUT}]-() ON (t.topicId, t.quotes)`, {}, { database });
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
}

export interface RebuildOptions {
  /** How long to wait for a running load (or another rebuild) to finish; the load lock's LOAD_LOCK_WAIT_MS. */
  waitMs: number;
  /** The lock's lease while rebuilding (renewed meanwhile). */
  leaseMs: number;
  pollMs?: number;
  log?: (line: string) => void;
}

/**
 * Brings topSpeakers' kept counts of a graph loaded by older code (or whose rebuild was cut short) up to date, once:
 * recounts every SPOKE_ABOUT edge and every speaker's totals, then creates the index that marks them complete. It runs
 * under the load lock, so no load writes meanwhile and two processes starting at once rebuild once. True if it rebuilt.
 */
export async function ensureSpeakerAggregates(driver: Driver, database: string, opts: RebuildOptions): Promise<boolean> {
  if (await speakerAggregatesCurrent(driver, database)) return false;
  // No quote yet (a new graph): nothing to recount, and every count from now on is written by this version's writer.
  const { records } = await driver.executeQuery(`RETURN EXISTS { MATCH (:${Label.Entity})-[:${Rel.SAID}]->(:${Label.Quote}) } AS said`, {}, { database });
  if (records[0]?.get('said') !== true) {
    await createTopicSpeakersIndex(driver, database);
    return false;
  }
  const log = opts.log ?? (() => undefined);
  let lock: LoadLock;
  try {
    lock = await acquireLoadLock(driver, database, {
      waitMs: opts.waitMs,
      leaseMs: opts.leaseMs,
      pollMs: opts.pollMs,
      onWait: (holder) => log(`topSpeakers counts: ${describeHolder(holder)}; waiting for it to finish before recounting them…`),
    });
  } catch (err) {
    if (!(err instanceof LoadLockBusyError)) throw err;
    // Not this process's work to wait for (LOAD_LOCK_WAIT_MS): it goes on, and the index stays absent, so topSpeakers
    // counts from the quotes (GraphReads, KeptCountsState) until a later start finds the lock free and recounts.
    log(`topSpeakers counts: ${describeHolder(err.holder)}; not recounting them now (LOAD_LOCK_WAIT_MS): topSpeakers counts from the quotes (slower, same answers) until a start finds no load running`);
    return false;
  }
  // The rebuild's batches are auto-commit transactions that cannot check the fence: keep the lease alive meanwhile.
  const renewTimer = setInterval(() => lock.renew().catch(() => undefined), Math.max(1000, opts.leaseMs / 3));
  renewTimer.unref();
  try {
    // Whoever held the lock may have rebuilt them meanwhile.
    if (await speakerAggregatesCurrent(driver, database)) return false;
    log('topSpeakers counts: recounting them once (a graph loaded by an older version; minutes on a large graph)…');
    await rebuildSpeakerCounts(driver, database);
    await rebuildSpeakerTotals(driver, database);
    await createTopicSpeakersIndex(driver, database);
    return true;
  } finally {
    clearInterval(renewTimer);
    await lock.release();
  }
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
     SET t.topicId = e.id, t.quotes = quotes, t.articles = articles`,
    { ids: unique },
  );
  await tx.run(`UNWIND $ids AS id MATCH (n:${Label.Entity} {id: id}) ${RECOUNT_TOTALS_OF_N}`, { ids: unique });
}
