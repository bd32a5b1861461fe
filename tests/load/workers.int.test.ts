// Extraction in worker threads during a load: the same graph as extraction in the loader's thread, and an article over
// its time budget reported with its file and line while the load goes on.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { loadPaths } from '../../src/load/index.js';
import { graphFingerprint } from '../../src/graph/fingerprint.js';
import { cleanDatabase, testDriver } from '../helpers/neo4j.js';
import { skipWithoutShared, SHARED_CORPUS } from '../helpers/shared.js';

let driver: Driver;
let database: string;
let dir: string;

beforeAll(async () => {
  ({ driver, database } = await testDriver());
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-workers-'));
});
beforeEach(async () => cleanDatabase(driver, database));
afterAll(async () => {
  await cleanDatabase(driver, database);
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

// Worker threads compile the TypeScript sources through tsx at start: generous timeouts for a busy machine.
describe('extraction worker threads in load', { timeout: 600_000 }, () => {
  test('two workers and the in-thread path write the same graph (fingerprint), batch after batch', async (ctx) => {
    skipWithoutShared(ctx);
    const lines = (await readFile(SHARED_CORPUS, 'utf8')).split('\n').slice(0, 40);
    const sample = path.join(dir, 'sample-40.jsonl');
    await writeFile(sample, lines.join('\n') + '\n');

    const inThread = await loadPaths([sample], { driver, database, progress: false, batchSize: 7, extractThreads: 1 });
    const expected = await graphFingerprint(driver, database);
    expect(expected.nodes).toBeGreaterThan(100);

    await cleanDatabase(driver, database);
    const pooled = await loadPaths([sample], { driver, database, progress: false, batchSize: 7, extractThreads: 2 });
    expect(await graphFingerprint(driver, database)).toEqual(expected);
    // Equal but for the clock (the load's and identity consolidation's seconds).
    const timeless = (s: typeof pooled) => ({ ...s, seconds: 0, consolidation: s.consolidation && { ...s.consolidation, seconds: 0 } });
    expect(timeless(pooled)).toEqual(timeless(inThread));
  });

  test('an article over its time budget in a worker is rejected with its file and line; the others are loaded', async () => {
    const words = ['Hillary', 'Clinton', 'said', 'that', 'the', 'talks', 'in', 'Geneva', 'were', 'productive,', 'according', 'to', 'officials,', 'and'];
    const parts: string[] = [];
    for (let i = 0, length = 0; length < 8 * 1024 * 1024; i++) length += parts[parts.push(words[(i * 7) % words.length]) - 1].length + 1;
    const record = (n: number, body: string) => JSON.stringify({ url: `https://example.org/${n}`, title: `Article ${n}`, publishedAt: '2017-05-04', body });
    const file = path.join(dir, 'with-huge.jsonl');
    await writeFile(file, [record(1, 'Secretary of State Rex Tillerson met Vladimir Putin in Moscow.'), record(2, parts.join(' ')), record(3, 'Angela Merkel visited Paris on Monday.')].join('\n') + '\n');

    // The budget is the default's 1000 ms of the worker thread's own CPU (deadline.ts). The huge article costs several
    // times that (~0.6 ms a KB here: ~5 s), so it is over it whatever the machine's speed; a one-line article costs a few
    // ms, and up to ~200 ms as a worker's first (V8 compiles the regexes its paths meet for the first time) — a 150 ms
    // budget rejected it on a slower machine, so the margin is kept wide both ways.
    const summary = await loadPaths([file], { driver, database, progress: false, extractThreads: 2, extractBudgetMs: 1000 });
    expect(summary).toMatchObject({ articlesNew: 2, articlesRejected: 1 });
    expect(summary.rejected).toEqual([{ origin: `${file}:2`, reason: expect.stringMatching(/^extraction failed: ExtractionTimeoutError: extract: article '.+' over its time budget of \d+ ms/) }]);
  });
});
