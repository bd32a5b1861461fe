// `newsgraph extract` with worker threads (src/extract/run.ts over pool.ts): the same bytes, in input order, as extraction
// in the command's own thread — JSON lines, --explain lines, and what goes to stderr — and a worker that hangs or dies
// on an article reported with its file and line while the run goes on.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runExtract, type ExtractRunOptions } from '../../src/extract/run.js';

const BODIES = [
  'Secretary of State Rex Tillerson met Vladimir Putin in Moscow on Tuesday. “We need to talk,” Tillerson said.',
  'German Chancellor Angela Merkel said on Monday that NATO would stand by Turkey. “We are allies,” she said.',
  'Kim Jong Un and Donald Trump met in Singapore. The summit was the first between the two countries.',
  'Russia supports Syrian President Bashar al-Assad, Foreign Minister Sergey Lavrov told reporters in Geneva.',
  '“The talks were productive,” said Hillary Clinton, who met Chinese President Xi Jinping in Beijing on Friday.',
  'French President Emmanuel Macron told Theresa May that Britain would not get a better deal, an aide said.',
];
const record = (n: number, title: string, body: string) => JSON.stringify({ url: `https://example.org/news/${n}`, title, publishedAt: '2017-05-04', source: 'Example', body });

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-extract-workers-'));
  file = path.join(dir, 'articles.jsonl');
  // Articles, a malformed line and a record that is no article among them: every stderr line keeps its place too.
  const lines = BODIES.map((body, i) => record(i + 1, `Article ${i + 1}`, body));
  lines.splice(2, 0, '{"url": "https://example.org/broken", ');
  lines.splice(5, 0, '[1, 2, 3]');
  await writeFile(file, [...lines, ...BODIES.map((body, i) => record(i + 101, `Again ${i + 1}`, body))].join('\n') + '\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(paths: string[], opts: ExtractRunOptions) {
  let out = '';
  let err = '';
  const sink = (add: (s: string) => void) =>
    new Writable({
      write(chunk: Buffer | string, _enc, done) {
        add(chunk.toString());
        done();
      },
    });
  const summary = await runExtract(
    paths,
    sink((s) => (out += s)),
    sink((s) => (err += s)),
    opts,
  );
  return { ...summary, out, err };
}

// Worker threads load the TypeScript sources through tsx and warm up the lexicons: generous timeouts for a busy
// machine, and no assertion on time.
describe('newsgraph extract with worker threads', { timeout: 600_000 }, () => {
  test('two workers print the bytes one thread prints, in input order (small batches: several in flight)', async () => {
    const inThread = await run([file], { threads: 1 });
    expect(inThread).toMatchObject({ ok: 12, rejected: 2, threads: 1 });
    expect(inThread.out.split('\n').slice(0, -1).map((l) => (JSON.parse(l) as { article: { title: string } }).article.title)).toEqual([
      ...BODIES.map((_, i) => `Article ${i + 1}`),
      ...BODIES.map((_, i) => `Again ${i + 1}`),
    ]);
    expect(inThread.err).toMatch(new RegExp(`^extract: rejected ${file}:3: malformed JSON.*\\nextract: rejected ${file}:6: not an article object\\n$`));
    const pooled = await run([file], { threads: 2, inThreadUpTo: 0, batchSize: 3 });
    expect(pooled.threads).toBe(2);
    expect(pooled).toEqual({ ...inThread, threads: 2 });
  });

  test('--explain: the same lines from two workers as from one thread', async () => {
    const inThread = await run([file], { threads: 1, explain: true });
    expect(inThread.out).toMatch(/^# a-\w+ Article 1\n/);
    expect(inThread.out).toContain('Tillerson');
    expect(await run([file], { threads: 2, inThreadUpTo: 0, explain: true })).toEqual({ ...inThread, threads: 2 });
  });

  test('a handful of articles is extracted in this thread whatever the threads asked for', async () => {
    const few = path.join(dir, 'few.jsonl');
    await writeFile(few, BODIES.slice(0, 3).map((body, i) => record(i + 1, `Article ${i + 1}`, body)).join('\n') + '\n');
    expect(await run([few], { threads: 2, inThreadUpTo: 3 })).toMatchObject({ ok: 3, rejected: 0, threads: 1 });
    expect(await run([few], { threads: 2, inThreadUpTo: 2, workerUrl: new URL('../helpers/faulty-worker.ts', import.meta.url).href })).toMatchObject({ ok: 3, threads: 2 });
  });

  test('a worker that hangs or dies on an article: reported with file and line, replaced, the run goes on', async () => {
    const faulty = path.join(dir, 'faulty.jsonl');
    const titles = ['Article 1', 'Stuck article', 'Article 3', 'Dies here', 'Article 5', 'Article 6'];
    await writeFile(faulty, titles.map((title, i) => record(i + 1, title, BODIES[i])).join('\n') + '\n');
    const pooled = await run([faulty], { threads: 2, inThreadUpTo: 0, batchSize: 2, watchdogMs: 3000, workerUrl: new URL('../helpers/faulty-worker.ts', import.meta.url).href });
    expect(pooled).toMatchObject({ ok: 4, rejected: 2, threads: 2 });
    expect(pooled.err).toBe(
      `extract: rejected ${faulty}:2: extraction stuck: no result after 3 s of wall time; its worker was stopped and replaced\n` +
        `extract: rejected ${faulty}:4: extraction failed: the worker extracting it exited (code 3); the worker was replaced\n`,
    );
    const expected = await run([faulty], { threads: 1 });
    const kept = expected.out.split('\n').filter((l) => l && !/"title":"(Stuck|Dies)/.test(l));
    expect(pooled.out).toBe(kept.join('\n') + '\n');
  });
});
