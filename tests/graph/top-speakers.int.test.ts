// topSpeakers read from the counts the writer keeps (SPOKE_ABOUT per topic, saidQuotes/saidArticles per speaker) answers
// exactly what counting the quotes answers, after a first load, after updates that replace articles, after identity
// consolidation and curation move quotes, and after the counts are rebuilt for an older graph (under the load lock).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applyConstraints } from '../../src/graph/constraints.js';
import { mergeEntities, retractQuote, undo, type Actor } from '../../src/graph/curation.js';
import { acquireLoadLock } from '../../src/graph/load-lock.js';
import { GraphReads, KeptCountsState } from '../../src/graph/reads.js';
import { speakerAggregatesCurrent, TOPIC_SPEAKERS_INDEX } from '../../src/graph/speaker-aggregates.js';
import { consolidate } from '../../src/load/consolidate.js';
import { loadPaths } from '../../src/load/index.js';
import { cleanDatabase, testDriver } from '../helpers/neo4j.js';
import { SHARED_CORPUS, skipWithoutShared } from '../helpers/shared.js';

let driver: Driver;
let database: string;
let dir: string;
let reads: GraphReads;

beforeAll(async () => {
  ({ driver, database } = await testDriver());
  reads = new GraphReads(driver, database, 60_000);
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-speakers-'));
});
afterAll(async () => {
  await cleanDatabase(driver, database);
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

const query = async (cypher: string, params: Record<string, unknown> = {}) => (await driver.executeQuery(cypher, params, { database })).records.map((r) => r.toObject());

/** Every (speaker, topic) count kept, and the same counted from the quotes, both sorted. */
async function keptAndCounted() {
  const kept = await query(
    'MATCH (s)-[t:SPOKE_ABOUT]->(e) RETURN s.id + " → " + e.id AS pair, t.topicId AS topicId, t.quotes AS quotes, t.articles AS articles ORDER BY pair',
  );
  const counted = await query(
    `MATCH (s:Entity)-[:SAID]->(q:Quote)-[:ABOUT]->(e:Entity) WHERE s <> e
     WITH s, e, count(q) AS quotes, count(DISTINCT q.articleId) AS articles
     RETURN s.id + " → " + e.id AS pair, e.id AS topicId, quotes, articles ORDER BY pair`,
  );
  return { kept, counted };
}

/** Every speaker's kept totals (over all topics), and the same counted from the quotes. */
async function keptAndCountedTotals() {
  const kept = await query('MATCH (s:Entity) WHERE s.saidQuotes IS NOT NULL RETURN s.id AS id, s.saidQuotes AS quotes, s.saidArticles AS articles ORDER BY id');
  const counted = await query(
    'MATCH (s:Entity)-[:SAID]->(q:Quote) WITH s, count(q) AS quotes, count(DISTINCT q.articleId) AS articles RETURN s.id AS id, quotes, articles ORDER BY id',
  );
  return { kept, counted };
}

/** topSpeakers (kept counts) against the counting query, for the topics most quoted about and a few at random. */
async function expectSameAnswers(reads_ = reads): Promise<number> {
  const reads = reads_;
  const topics = (await query('MATCH (e:Entity)<-[:ABOUT]-(:Quote) WITH e, count(*) AS n ORDER BY n DESC, e.id RETURN e.id AS id')).map((r) => r.id as string);
  const sample = [...topics.slice(0, 25), ...topics.filter((_, i) => i % 17 === 3)];
  for (const id of sample) {
    for (const limit of [1, 5, 100]) {
      expect(await reads.topSpeakers(id, null, null, limit), `${id} first ${limit}`).toEqual(await reads.countTopSpeakers(id, null, null, limit));
    }
  }
  for (const limit of [1, 5, 100]) {
    expect(await reads.topSpeakers(null, null, null, limit), `no topic, first ${limit}`).toEqual(await reads.countTopSpeakers(null, null, null, limit));
  }
  return sample.length;
}

/** Makes the graph look loaded by an older version: the index that marks the counts complete gone, counts altered by `change`. */
async function olderGraph(change: string): Promise<void> {
  await query(`DROP INDEX ${TOPIC_SPEAKERS_INDEX} IF EXISTS`);
  await query(change);
  await query('MATCH (s:Entity) REMOVE s.saidQuotes, s.saidArticles');
}

async function corpusFile(name: string, start: number, n: number, change?: (record: Record<string, unknown>, i: number) => void): Promise<string> {
  const lines = (await readFile(SHARED_CORPUS, 'utf8')).split('\n').slice(start, start + n);
  const records = lines.map((l, i) => {
    const r = JSON.parse(l) as Record<string, unknown>;
    change?.(r, i);
    return JSON.stringify(r);
  });
  const file = path.join(dir, name);
  await writeFile(file, records.join('\n') + '\n');
  return file;
}

describe('topSpeakers from kept counts', () => {
  test('equals counting the quotes after a load, after updates, and after a rebuild of an older graph', async (ctx) => {
    skipWithoutShared(ctx);
    await cleanDatabase(driver, database);
    await loadPaths([await corpusFile('first.jsonl', 0, 120)], { driver, database, progress: false, batchSize: 9 });
    let { kept, counted } = await keptAndCounted();
    expect(counted.length).toBeGreaterThan(50);
    expect(kept).toEqual(counted);
    let totals = await keptAndCountedTotals();
    expect(totals.counted.length).toBeGreaterThan(20);
    expect(totals.kept).toEqual(totals.counted);
    expect(await expectSameAnswers()).toBeGreaterThan(10);

    // Every third article of the first 60 changes (its second half dropped) and 40 new ones come: updates replace
    // their quotes, so their counts come off and the new ones go on, in the same transaction.
    const updated = await corpusFile('updated.jsonl', 0, 160, (r, i) => {
      if (i < 60 && i % 3 === 0) r.text = String(r.text).slice(0, Math.floor(String(r.text).length / 2));
    });
    const summary = await loadPaths([updated], { driver, database, progress: false, batchSize: 13 });
    expect(summary.articlesUpdated).toBe(20);
    ({ kept, counted } = await keptAndCounted());
    expect(kept).toEqual(counted);
    totals = await keptAndCountedTotals();
    expect(totals.kept).toEqual(totals.counted);
    await expectSameAnswers();

    // A graph from before the counts existed gets them at start (applyConstraints), equal to the kept ones.
    await olderGraph('MATCH ()-[t:SPOKE_ABOUT]->() DELETE t');
    await applyConstraints(driver, database);
    expect((await keptAndCounted()).kept).toEqual(counted);
    expect((await keptAndCountedTotals()).kept).toEqual(totals.counted);
    // One whose edges have counts but no topicId (before the index), or whose rebuild was cut short half way.
    await olderGraph('MATCH ()-[t:SPOKE_ABOUT]->() REMOVE t.topicId');
    await applyConstraints(driver, database);
    expect((await keptAndCounted()).kept).toEqual(counted);
    await olderGraph('MATCH ()-[t:SPOKE_ABOUT]->() WHERE t.quotes % 2 = 0 DELETE t');
    await applyConstraints(driver, database);
    expect((await keptAndCounted()).kept).toEqual(counted);
    expect((await keptAndCountedTotals()).kept).toEqual(totals.counted);
    await expectSameAnswers();
  });

  test('identity consolidation moving quotes between entities keeps the counts equal to a recount', async (ctx) => {
    skipWithoutShared(ctx);
    await cleanDatabase(driver, database);
    await loadPaths([await corpusFile('unresolved.jsonl', 0, 150)], { driver, database, progress: false, batchSize: 11, consolidate: false });
    const before = await keptAndCounted();
    expect(before.kept).toEqual(before.counted);
    const summary = await consolidate(driver, database);
    expect(summary.decisions).toBeGreaterThan(0);
    const after = await keptAndCounted();
    // The merges moved quotes (so the test would catch counts left behind), and the kept counts followed them.
    expect(after.counted).not.toEqual(before.counted);
    expect(after.kept).toEqual(after.counted);
    const totals = await keptAndCountedTotals();
    expect(totals.kept).toEqual(totals.counted);
    await expectSameAnswers();
  });

  test('curation (merge, quote retracted, both undone) keeps the counts equal to a recount', async (ctx) => {
    skipWithoutShared(ctx);
    const editor: Actor = { name: 'counts-test', role: 'editor' };
    // The two people who spoke about most topics: merging them moves many SPOKE_ABOUT counts onto one speaker.
    const [a, b] = (
      await query('MATCH (s:Person)-[:SPOKE_ABOUT]->(e) WITH s, count(e) AS topics ORDER BY topics DESC, s.id LIMIT 2 RETURN s.id AS id')
    ).map((r) => r.id as string);
    expect(a && b).toBeTruthy();
    const merged = await mergeEntities(driver, database, editor, [b!], a!, 'test: counts follow a merge');
    let { kept, counted } = await keptAndCounted();
    expect(kept).toEqual(counted);
    expect(kept.some((r) => String(r.pair).startsWith(`${b} → `))).toBe(false);
    let totals = await keptAndCountedTotals();
    expect(totals.kept).toEqual(totals.counted);

    const [{ id: quoteId }] = await query(`MATCH (:Entity {id: '${a}'})-[:SAID]->(q:Quote)-[:ABOUT]->() RETURN q.id AS id ORDER BY q.id LIMIT 1`);
    const retracted = await retractQuote(driver, database, editor, quoteId as string, 'test: counts follow a retraction');
    ({ kept, counted } = await keptAndCounted());
    expect(kept).toEqual(counted);

    // Undone newest first, as the audit trail requires: the quote comes back, then the two speakers come apart.
    await undo(driver, database, editor, retracted.auditId, 'test: counts follow an undo');
    ({ kept, counted } = await keptAndCounted());
    expect(kept).toEqual(counted);
    await undo(driver, database, editor, merged.auditId, 'test: counts follow an undo');
    ({ kept, counted } = await keptAndCounted());
    expect(kept).toEqual(counted);
    expect(kept.some((r) => String(r.pair).startsWith(`${b} → `))).toBe(true);
    totals = await keptAndCountedTotals();
    expect(totals.kept).toEqual(totals.counted);
    await expectSameAnswers();
  });

  test('the one-time rebuild waits for a running load and does not run beside it', async (ctx) => {
    skipWithoutShared(ctx);
    const { counted } = await keptAndCounted();
    expect(counted.length).toBeGreaterThan(50);
    await olderGraph('MATCH ()-[t:SPOKE_ABOUT]->() WHERE t.quotes % 2 = 1 DELETE t');
    const damaged = (await keptAndCounted()).kept;
    // A load holds the lock: the rebuild says it waits, and nothing is recounted until the lock is released.
    const load = await acquireLoadLock(driver, database, { waitMs: 0, leaseMs: 120_000 });
    let waitingSaid!: () => void;
    const waiting = new Promise<void>((resolve) => (waitingSaid = resolve));
    const lines: string[] = [];
    const rebuild = applyConstraints(driver, database, {
      waitMs: 120_000,
      leaseMs: 120_000,
      pollMs: 50,
      log: (line) => {
        lines.push(line);
        if (/another load is running/.test(line)) waitingSaid();
      },
    });
    await waiting;
    expect((await keptAndCounted()).kept).toEqual(damaged);
    expect(await speakerAggregatesCurrent(driver, database)).toBe(false);
    await load.release();
    await rebuild;
    expect(lines.some((l) => /recounting them once/.test(l))).toBe(true);
    expect((await keptAndCounted()).kept).toEqual(counted);
    expect(await speakerAggregatesCurrent(driver, database)).toBe(true);
  }, 120_000);

  test('a rebuild and a load started at once end with counts equal to a recount', async (ctx) => {
    skipWithoutShared(ctx);
    await olderGraph('MATCH ()-[t:SPOKE_ABOUT]->() REMOVE t.topicId');
    const more = await corpusFile('more.jsonl', 150, 40);
    const [, summary] = await Promise.all([
      applyConstraints(driver, database, { waitMs: 120_000, leaseMs: 120_000, pollMs: 50 }),
      loadPaths([more], { driver, database, progress: false, batchSize: 7, lock: { waitMs: 120_000, leaseMs: 120_000 } }),
    ]);
    expect(summary.articlesNew).toBe(40);
    const { kept, counted } = await keptAndCounted();
    expect(kept).toEqual(counted);
    const totals = await keptAndCountedTotals();
    expect(totals.kept).toEqual(totals.counted);
    expect(await speakerAggregatesCurrent(driver, database)).toBe(true);
    await expectSameAnswers();
  }, 180_000);

  test('with LOAD_LOCK_WAIT_MS=0 and a load running, the recount of an older graph is skipped with a message and topSpeakers answers from the quotes', async (ctx) => {
    skipWithoutShared(ctx);
    const { counted } = await keptAndCounted();
    await olderGraph('MATCH ()-[t:SPOKE_ABOUT]->() WHERE t.quotes % 2 = 1 DELETE t');
    const damaged = (await keptAndCounted()).kept;
    const load = await acquireLoadLock(driver, database, { waitMs: 0, leaseMs: 120_000 });
    const lines: string[] = [];
    try {
      await applyConstraints(driver, database, { waitMs: 0, leaseMs: 120_000, log: (line) => lines.push(line) });
    } finally {
      await load.release();
    }
    expect(lines.join('\n')).toMatch(/another load is running.*not recounting them now \(LOAD_LOCK_WAIT_MS\): topSpeakers counts from the quotes/s);
    expect(await speakerAggregatesCurrent(driver, database)).toBe(false);
    expect((await keptAndCounted()).kept).toEqual(damaged);
    // A server started now (its own state) answers from the quotes, not from the half-deleted counts.
    expect(await expectSameAnswers(new GraphReads(driver, database, 60_000, new KeptCountsState(0)))).toBeGreaterThan(10);
    // The next start with the lock free recounts.
    await applyConstraints(driver, database, { waitMs: 0, leaseMs: 120_000 });
    expect(await speakerAggregatesCurrent(driver, database)).toBe(true);
    expect((await keptAndCounted()).kept).toEqual(counted);
  }, 120_000);

  test('a server running while another process recounts serves counts from the quotes until the index marks them complete', async (ctx) => {
    skipWithoutShared(ctx);
    const [{ id }] = await query('MATCH (e:Entity)<-[:ABOUT]-(:Quote) WITH e, count(*) AS n ORDER BY n DESC, e.id LIMIT 1 RETURN e.id AS id');
    const topic = id as string;
    const server = new GraphReads(driver, database, 60_000, new KeptCountsState(0));
    const counted = await server.countTopSpeakers(topic, null, null, 5);
    // Mid-recount as another process leaves it: index dropped, half the edges gone, one count wrong.
    await olderGraph('MATCH ()-[t:SPOKE_ABOUT]->() WHERE t.quotes % 2 = 1 DELETE t');
    await query('MATCH ()-[t:SPOKE_ABOUT {topicId: $topic}]->() WITH t ORDER BY t.quotes LIMIT 1 SET t.quotes = t.quotes + 100000', { topic });
    expect(await server.topSpeakers(topic, null, null, 5)).toEqual(counted);
    expect(await server.topSpeakers(null, null, null, 5)).toEqual(await server.countTopSpeakers(null, null, null, 5));
    // The recount ends by creating the index: the same server now reads the kept counts (the wrong one shows, proving it;
    // a recount is exact, so the test puts it right again).
    await applyConstraints(driver, database, { waitMs: 0, leaseMs: 120_000 });
    expect(await server.topSpeakers(topic, null, null, 5)).toEqual(counted);
    await query('MATCH ()-[t:SPOKE_ABOUT {topicId: $topic}]->() WITH t ORDER BY t.quotes LIMIT 1 SET t.quotes = t.quotes + 100000', { topic });
    expect((await server.topSpeakers(topic, null, null, 1))[0]!.quotes).toBeGreaterThan(100000);
    await query('MATCH ()-[t:SPOKE_ABOUT {topicId: $topic}]->() WHERE t.quotes > 100000 SET t.quotes = t.quotes - 100000', { topic });
    expect(await server.topSpeakers(topic, null, null, 5)).toEqual(counted);
  }, 120_000);

  test('a date range is still counted from the quotes (kept counts span all dates)', async (ctx) => {
    skipWithoutShared(ctx);
    const [{ id }] = await query('MATCH (e:Entity)<-[:ABOUT]-(:Quote) WITH e, count(*) AS n ORDER BY n DESC, e.id LIMIT 1 RETURN e.id AS id');
    expect(await reads.topSpeakers(id as string, '2017-01-01', '2017-06-30', 10)).toEqual(await reads.countTopSpeakers(id as string, '2017-01-01', '2017-06-30', 10));
    expect(await reads.topSpeakers(null, null, null, 10)).toEqual(await reads.countTopSpeakers(null, null, null, 10));
  });

  test('a graph without quotes gets the index at once, without waiting for a running load', async () => {
    await cleanDatabase(driver, database);
    await query(`DROP INDEX ${TOPIC_SPEAKERS_INDEX} IF EXISTS`);
    const load = await acquireLoadLock(driver, database, { waitMs: 0, leaseMs: 120_000 });
    try {
      // waitMs 0: were it to take the lock it would be refused at once.
      await applyConstraints(driver, database, { waitMs: 0, leaseMs: 120_000 });
      expect(await speakerAggregatesCurrent(driver, database)).toBe(true);
    } finally {
      await load.release();
    }
  });
});
