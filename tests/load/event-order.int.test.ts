// Events do not depend on load order: a look-back already joined to one event is resolved again when a dated event that
// competes for it arrives later, so every order gives the graph the replay (all reports clustered at once) gives.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { config } from '../../src/config.js';
import { loadPaths } from '../../src/load/index.js';
import { graphFingerprint } from '../../src/graph/fingerprint.js';
import { readArticles } from '../../src/ingest/read-articles.js';
import { extractArticle } from '../../src/extract/pipeline.js';
import type { ExtractionResult } from '../../src/extract/types.js';
import { clusterEvents, eventReportsOf } from '../../src/resolve/resolve-events.js';
import { identitySummariesOf, replayConsolidation, withResolvedParticipants } from '../../src/resolve/identity-replay.js';
import { cleanDatabase, testDriver } from '../helpers/neo4j.js';

let driver: Driver;
let database: string;
let dir: string;

interface Record_ {
  url: string;
  title: string;
  publishedAt: string;
  source: string;
  text: string;
}
const article = (id: string, publishedAt: string, text: string): Record_ => ({ url: `https://example.com/${id}`, title: id, publishedAt, source: `Outlet ${id}`, text });

// Two dated attacks in Paris, each told by two articles, and a look-back naming "the Paris attacks" after both: which of
// the two it is, its words do not say, so it stays apart (namedTarget) — also when it was loaded before the second.
const PARIS = [
  article('a1', '2015-11-14', 'An attack on a concert hall in Paris on Friday killed dozens. The city was in shock.'),
  article('a2', '2015-11-15', 'The attack in Paris on Friday killed 130 people. Police searched for accomplices.'),
  article('look', '2015-11-27', 'In the wake of the Paris attacks, France tightened its borders. Markets fell.'),
  article('b1', '2015-11-25', 'A bomb attack in Paris on Tuesday wounded three people. Nobody claimed it.'),
  article('b2', '2015-11-26', 'Police said the attack in Paris on Tuesday used a homemade bomb. Two men were held.'),
];
// An undated look-back at a meeting of two leaders joins a past meeting of theirs before a coming one (undatedTarget):
// the meeting of 2018-07-20 while it is the only one, Singapore (2018-06-12) once that is loaded.
const MEETINGS = [
  article('m1', '2018-06-13', 'Donald Trump met Kim Jong Un in Singapore on Tuesday. The two leaders shook hands.'),
  article('m3', '2018-07-06', 'Critics mocked the meeting between Donald Trump and Kim Jong Un. Markets rose.'),
  article('m2', '2018-07-21', 'Donald Trump met Kim Jong Un in Panmunjom on Friday. Aides were surprised.'),
];

async function files(records: Record_[]): Promise<string[]> {
  return Promise.all(
    records.map(async (r) => {
      const f = path.join(dir, `${r.title}.jsonl`);
      await writeFile(f, JSON.stringify(r) + '\n');
      return f;
    }),
  );
}

/** The graph's events as their sets of report ids (one sorted list per Event node). */
async function partition(): Promise<string[][]> {
  const res = await driver.executeQuery(`MATCH (e:Event)-[i:IN]->(:Article) RETURN e.id AS id, collect(i.reportId) AS reports`, {}, { database });
  return res.records.map((r) => [...(r.get('reports') as string[])].sort()).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** The replay: every article extracted, identities consolidated, all reports clustered at once (scripts/bench/event-merge.ts). */
async function replay(paths: string[]): Promise<string[][]> {
  const results: ExtractionResult[] = [];
  for await (const item of readArticles(paths, { maxArticleBytes: config().MAX_ARTICLE_BYTES })) if (item.ok) results.push(extractArticle(item.article));
  const { moves } = replayConsolidation(identitySummariesOf(results));
  const reports = results.flatMap(eventReportsOf).map((r) => withResolvedParticipants(r, moves));
  return clusterEvents(reports)
    .map((e) => e.reports.map((r) => r.reportId).sort())
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** Loads the files one by one in the given order and returns the events and the graph's fingerprint. */
async function loadInOrder(paths: string[]) {
  await cleanDatabase(driver, database);
  for (const p of paths) await loadPaths([p], { driver, database, progress: false, batchSize: 1 });
  return { events: await partition(), fingerprint: await graphFingerprint(driver, database) };
}

beforeAll(async () => {
  ({ driver, database } = await testDriver());
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-event-order-'));
});
beforeEach(async () => cleanDatabase(driver, database));
afterAll(async () => {
  await cleanDatabase(driver, database);
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

describe('events whatever the load order', () => {
  test.each([
    ['a named look-back between two dated attacks of its city', PARIS, 5, 3],
    ['an undated look-back between a past and a coming meeting of its parties', MEETINGS, 3, 2],
  ])('%s: the same events in both orders, equal to the replay', async (_name, records, reports, nodes) => {
    const paths = await files(records);
    const expected = await replay(paths);
    expect(expected.flat()).toHaveLength(reports);
    expect(expected).toHaveLength(nodes);
    const forward = await loadInOrder(paths);
    expect(forward.events).toEqual(expected);
    const backward = await loadInOrder([...paths].reverse());
    expect(backward.events).toEqual(expected);
    expect(backward.fingerprint).toEqual(forward.fingerprint);
  });
});
