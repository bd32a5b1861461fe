// The extraction worker pool: the same results as extraction in this thread, in order; an article over its budget or
// stuck in its worker is reported with the reason and the others are extracted.
import { afterAll, describe, expect, test } from 'vitest';
import { createExtractor, type Extractor } from '../../src/extract/pool.js';
import { extractArticle } from '../../src/extract/pipeline.js';
import type { Article } from '../../src/extract/types.js';

const article = (id: string, body: string): Article => ({ id, url: null, title: id, publishedAt: '2017-05-04T00:00:00Z', source: null, body });

const ORDINARY = [
  article('a-1', 'Secretary of State Rex Tillerson met Vladimir Putin in Moscow on Tuesday. “We need to talk,” Tillerson said.'),
  article('a-2', 'German Chancellor Angela Merkel said on Monday that NATO would stand by Turkey. “We are allies,” she said.'),
  article('a-3', 'Kim Jong Un and Donald Trump met in Singapore. The summit was the first between the two countries.'),
  article('a-4', 'Russia supports Syrian President Bashar al-Assad, Foreign Minister Sergey Lavrov told reporters in Geneva.'),
];

/** A 2 MB single-line article (~1.1 s of CPU on a quiet machine): far over a budget of 150 ms, even stretched 2× in a worker. */
function hugeArticle(id: string): Article {
  const words = ['Hillary', 'Clinton', 'said', 'that', 'the', 'talks', 'in', 'Geneva', 'were', '“productive,”', 'according', 'to', 'officials,', 'and'];
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < 8 * 1024 * 1024; i++) length += parts[parts.push(words[(i * 7) % words.length]) - 1].length + 1;
  return article(id, parts.join(' '));
}

const pools: Extractor[] = [];
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

// Worker threads load the TypeScript sources through tsx: generous timeouts for a busy machine.
describe('extraction worker pool', { timeout: 180_000 }, () => {
  test('two workers give the results of in-thread extraction, in the articles’ order', async () => {
    const pool = createExtractor({ threads: 2 });
    pools.push(pool);
    expect(pool.threads).toBe(2);
    const outcomes = await pool.extractAll([...ORDINARY, ...ORDINARY.map((a) => ({ ...a, id: `${a.id}-again` }))]);
    const expected = [...ORDINARY, ...ORDINARY.map((a) => ({ ...a, id: `${a.id}-again` }))].map((a) => extractArticle(a));
    expect(outcomes).toEqual(expected.map((result) => ({ ok: true, result })));
  });

  test('workers start with the first articles, not with the pool (a start with nothing to extract pays no warm-up)', async () => {
    const pool = createExtractor({ threads: 2 });
    pools.push(pool);
    expect(pool.workersRunning()).toBe(0);
    expect(await pool.extractAll(ORDINARY.slice(0, 1))).toEqual([{ ok: true, result: extractArticle(ORDINARY[0]) }]);
    expect(pool.workersRunning()).toBe(2);
  });

  test.runIf(process.platform === 'linux')('each worker names its thread id in the operating system (the worker bench reads its CPU), none in this thread', async () => {
    const pool = createExtractor({ threads: 2 });
    pools.push(pool);
    expect(pool.workerThreadIds()).toEqual([]);
    await pool.extractAll(ORDINARY.slice(0, 1));
    const tids = pool.workerThreadIds();
    expect(new Set(tids).size).toBe(2);
    for (const tid of tids) expect(tid).not.toBe(process.pid);
    expect(createExtractor({ threads: 1 }).workerThreadIds()).toEqual([]);
  });

  test('a pool of one worker when asked for (the worker bench), with the same results', async () => {
    const pool = createExtractor({ threads: 1, alwaysWorkers: true });
    pools.push(pool);
    expect(await pool.extractAll(ORDINARY)).toEqual(ORDINARY.map((a) => ({ ok: true, result: extractArticle(a) })));
    expect(pool.workersRunning()).toBe(1);
  });

  test('one thread extracts in this thread, with the same results', async () => {
    const inThread = createExtractor({ threads: 1 });
    expect(inThread.threads).toBe(1);
    expect(await inThread.extractAll(ORDINARY)).toEqual(ORDINARY.map((a) => ({ ok: true, result: extractArticle(a) })));
  });

  test('an article over its budget in a worker is reported; the articles around it are extracted', async () => {
    // Wide margins both ways (see workers.int.test.ts): the 8 MB article costs seconds of CPU, a worker's first ordinary
    // article up to ~200 ms while V8 compiles the regexes its paths meet.
    const pool = createExtractor({ threads: 2, budgetMs: 1000 });
    pools.push(pool);
    const outcomes = await pool.extractAll([ORDINARY[0], hugeArticle('a-huge'), ORDINARY[1]]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(outcomes[1]).toMatchObject({ ok: false, reason: expect.stringMatching(/^extraction failed: ExtractionTimeoutError: extract: article 'a-huge' over its time budget of 1000 ms/) });
  });

  test.each([
    ['a young generation of 96 MB when asked for', 96, 96],
    ['V8’s own young generation by default', undefined, undefined],
  ])('each worker gets %s', async (_name, youngGenerationMb, expected) => {
    const pool = createExtractor({ threads: 2, youngGenerationMb, workerUrl: new URL('../helpers/limits-worker.ts', import.meta.url).href });
    pools.push(pool);
    const outcomes = await pool.extractAll(ORDINARY.slice(0, 2));
    const young = outcomes.map((o) => (o.ok ? (o.result as unknown as { limits: { maxYoungGenerationSizeMb: number } }).limits.maxYoungGenerationSizeMb : NaN));
    if (expected === undefined) for (const mb of young) expect(mb).not.toBe(96);
    else expect(young).toEqual([expected, expected]);
  });

  test('a worker stuck on an article is stopped and replaced by the watchdog; the next articles are extracted', async () => {
    // A stand-in worker that never returns from 'stuck-…' (a real hang need not be slow CPU work the budget would stop).
    const pool = createExtractor({ threads: 2, watchdogMs: 3000, workerUrl: new URL('../helpers/stuck-worker.ts', import.meta.url).href });
    pools.push(pool);
    const outcomes = await pool.extractAll([article('stuck-1', 'Nothing here.'), ...ORDINARY]);
    expect(outcomes[0]).toEqual({ ok: false, reason: 'extraction stuck: no result after 3 s of wall time; its worker was stopped and replaced' });
    expect(outcomes.slice(1)).toEqual(ORDINARY.map((a) => ({ ok: true, result: extractArticle(a) })));
    // The replacement worker takes new articles.
    expect((await pool.extractAll(ORDINARY)).every((o) => o.ok)).toBe(true);
  });
});
