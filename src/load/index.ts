// Loading: read → skip unchanged (content hash) → extract → resolve → write in batches, with progress and a summary.
import { createReadStream } from 'node:fs';
import { stat, readdir } from 'node:fs/promises';
import path from 'node:path';
import cliProgress from 'cli-progress';
import type { Driver } from 'neo4j-driver';
import { config } from '../config.js';
import type { Article, ExtractionResult } from '../extract/types.js';
import { extractArticle, warmUp } from '../extract/pipeline.js';
import { readArticles, supportedKind } from '../ingest/read-articles.js';
import { articleContentHash } from '../ingest/normalise.js';
import { resolvePeople } from '../resolve/resolve-people.js';
import { fullNamesBySurname, knownArticleHashes, upsertArticleGraph } from '../graph/writer.js';

export interface LoadOptions {
  driver: Driver;
  database: string;
  progress?: boolean;
  batchSize?: number;
  /** Test hook: throw after this many batches were written, to simulate a crash. */
  failAfterBatches?: number;
}

export interface LoadSummary {
  articlesNew: number;
  articlesUpdated: number;
  articlesUnchanged: number;
  articlesRejected: number;
  rejected: { origin: string; reason: string }[];
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  seconds: number;
}

interface Pending {
  article: Article;
  origin: string;
}

export async function loadPaths(paths: string[], opts: LoadOptions): Promise<LoadSummary> {
  const t0 = performance.now();
  warmUp(); // lexicons and patterns built before any article's time budget starts
  const batchSize = opts.batchSize ?? config().LOAD_BATCH_SIZE;
  const s: LoadSummary = { articlesNew: 0, articlesUpdated: 0, articlesUnchanged: 0, articlesRejected: 0, rejected: [], nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, seconds: 0 };
  const bar = opts.progress ? new cliProgress.SingleBar({ format: 'load [{bar}] {value}/{total} articles | {speed}/s | ETA {eta_formatted} | {new} new {updated} updated {unchanged} unchanged {rejected} rejected', hideCursor: true, etaBuffer: 200 }, cliProgress.Presets.shades_classic) : undefined;
  bar?.start(await estimateRecords(paths), 0, { speed: '0', new: 0, updated: 0, unchanged: 0, rejected: 0 });
  const seen = new Map<string, string>(); // article id → origin, to report duplicates within one run
  let done = 0;
  let batches = 0;
  let writing: Promise<void> = Promise.resolve();
  const tick = (n: number) => {
    done += n;
    bar?.update(done, { speed: (done / ((performance.now() - t0) / 1000)).toFixed(0), new: s.articlesNew, updated: s.articlesUpdated, unchanged: s.articlesUnchanged, rejected: s.articlesRejected });
  };
  const reject = (origin: string, reason: string) => {
    s.articlesRejected++;
    s.rejected.push({ origin, reason });
    tick(1);
  };

  const flush = async (batch: Pending[]) => {
    const known = await knownArticleHashes(opts.driver, opts.database, batch.map((b) => b.article.id));
    const changed = batch.filter((b) => known.get(b.article.id) !== articleContentHash(b.article));
    const isNew = new Set(changed.filter((b) => !known.has(b.article.id)).map((b) => b.article.id));
    s.articlesUnchanged += batch.length - changed.length;
    tick(batch.length - changed.length);
    if (!changed.length) return;
    // Extraction (CPU, this thread) overlaps with the previous batch's write (Neo4j, the other core).
    const extracted: { result: ExtractionResult; origin: string }[] = [];
    for (const b of changed) {
      try {
        extracted.push({ result: extractArticle(b.article, { budgetMs: config().EXTRACT_BUDGET_MS }), origin: b.origin });
      } catch (err) {
        reject(b.origin, `extraction failed: ${(err as Error).message}`);
      }
    }
    await writing;
    writing = writeResolved(extracted, isNew);
    // Awaited at the next flush; the no-op handler keeps Node from calling the rejection unhandled meanwhile.
    writing.catch(() => undefined);
    await (opts.failAfterBatches !== undefined ? writing : Promise.resolve());
  };

  const writeResolved = async (items: { result: ExtractionResult; origin: string }[], isNew: Set<string>) => {
    if (opts.failAfterBatches !== undefined && batches >= opts.failAfterBatches) throw new LoadInterruptedError(`load: interrupted after ${batches} batches (test hook)`);
    const lookup = (surnames: string[]) => fullNamesBySurname(opts.driver, opts.database, surnames);
    const results = await resolvePeople(items.map((i) => i.result), lookup);
    const ingestedAt = new Date().toISOString();
    try {
      add(await upsertArticleGraph(opts.driver, opts.database, results, ingestedAt));
      for (const r of results) (isNew.has(r.article.id) ? s.articlesNew++ : s.articlesUpdated++);
      tick(results.length);
    } catch (err) {
      if (results.length === 1) {
        reject(items[0].origin, `write failed: ${(err as Error).message}`);
        return;
      }
      // One bad article must not sink its batch: write them one by one to find it.
      for (let i = 0; i < results.length; i++) {
        try {
          add(await upsertArticleGraph(opts.driver, opts.database, [results[i]], ingestedAt));
          isNew.has(results[i].article.id) ? s.articlesNew++ : s.articlesUpdated++;
          tick(1);
        } catch (e) {
          reject(items[i].origin, `write failed: ${(e as Error).message}`);
        }
      }
    }
    batches++;
  };
  const add = (c: { nodesCreated: number; nodesDeleted: number; relationshipsCreated: number; relationshipsDeleted: number }) => {
    s.nodesCreated += c.nodesCreated;
    s.nodesDeleted += c.nodesDeleted;
    s.relationshipsCreated += c.relationshipsCreated;
    s.relationshipsDeleted += c.relationshipsDeleted;
  };

  try {
    let batch: Pending[] = [];
    for await (const item of readArticles(paths, { maxArticleBytes: config().MAX_ARTICLE_BYTES })) {
      if (!item.ok) {
        reject(item.origin, item.reason);
        continue;
      }
      const first = seen.get(item.article.id);
      if (first !== undefined) {
        reject(item.origin, `duplicate of ${first} (same article id ${item.article.id})`);
        continue;
      }
      seen.set(item.article.id, item.origin);
      batch.push(item);
      if (batch.length >= batchSize) {
        await flush(batch);
        batch = [];
      }
    }
    if (batch.length) await flush(batch);
    await writing;
  } finally {
    bar?.stop();
  }
  s.seconds = (performance.now() - t0) / 1000;
  return s;
}

export class LoadInterruptedError extends Error {
  override name = 'LoadInterruptedError';
}

export function formatLoadSummary(s: LoadSummary): string {
  const lines = [
    `load: ${s.articlesNew} new, ${s.articlesUpdated} updated, ${s.articlesUnchanged} unchanged, ${s.articlesRejected} rejected in ${s.seconds.toFixed(1)} s`,
    `load: ${s.nodesCreated} nodes and ${s.relationshipsCreated} relationships created, ${s.nodesDeleted} nodes and ${s.relationshipsDeleted} relationships deleted`,
  ];
  for (const r of s.rejected.slice(0, 50)) lines.push(`load: rejected ${r.origin}: ${r.reason}`);
  if (s.rejected.length > 50) lines.push(`load: … and ${s.rejected.length - 50} more rejected`);
  return lines.join('\n');
}

/** How many records the inputs hold, for the progress bar's ETA (lines of .jsonl, one per other file). */
async function estimateRecords(paths: string[]): Promise<number> {
  let n = 0;
  const visit = async (p: string): Promise<void> => {
    const info = await stat(p).catch(() => undefined);
    if (!info) return;
    if (info.isDirectory()) {
      for (const e of await readdir(p)) await visit(path.join(p, e));
      return;
    }
    const kind = supportedKind(p);
    if (kind === '.jsonl') n += await countLines(p);
    else if (kind) n += 1;
  };
  for (const p of paths) await visit(p);
  return Math.max(n, 1);
}

function countLines(file: string): Promise<number> {
  return new Promise((resolve) => {
    let n = 0;
    createReadStream(file)
      .on('data', (chunk: Buffer | string) => {
        const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        for (let i = 0; i < b.length; i++) if (b[i] === 10) n++;
      })
      .on('end', () => resolve(n))
      .on('error', () => resolve(n));
  });
}
