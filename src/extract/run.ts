// `newsgraph extract`: articles from paths → JSON Lines on a stream; rejected inputs reported on another.
import type { Writable } from 'node:stream';
import { config } from '../config.js';
import { readArticles, type IngestItem } from '../ingest/read-articles.js';
import { createExtractor, extractCommandThreads, youngGenerationMbFor, type ExtractOutcome } from './pool.js';
import type { ExtractionResult } from './types.js';

/**
 * Inputs of at most this many articles are extracted in the command's own thread: each worker's start (the lexicons,
 * seconds of CPU) costs more than sharing out so few articles saves.
 */
export const IN_THREAD_UP_TO = 20;
/** Articles sent to the extractor at once; three batches at most are extracted or waiting to be written (bounded memory). */
const BATCH = 32;

export interface ExtractRunOptions {
  /** Instead of JSON, one line per quote — its rule, speaker, words and why arbitration chose that rule. */
  explain?: boolean;
  /** Extraction threads (default EXTRACT_WORKERS, else one per core; 1: in this thread). */
  threads?: number;
  /** Inputs of at most this many articles are extracted in this thread whatever `threads` (default IN_THREAD_UP_TO). */
  inThreadUpTo?: number;
  /** Articles per batch sent to the extractor (default 32). */
  batchSize?: number;
  /** CPU budget of one article (default EXTRACT_BUDGET_MS). */
  budgetMs?: number;
  /** Wall time after which a stuck worker is replaced and its article reported (pool.ts's default). */
  watchdogMs?: number;
  /** The module each worker runs (tests put a stand-in there). */
  workerUrl?: string;
}

/**
 * Extracts every article of `paths` and writes one JSON line per article (or its `explain` lines) to `out`, in input
 * order whatever the threads; what is rejected (unreadable records, an article over its budget, a worker that hung or
 * died on it) goes to `err` with its file and line, and the run goes on. `threads`: how many extracted.
 */
export async function runExtract(paths: string[], out: Writable, err: Writable, opts: ExtractRunOptions = {}): Promise<{ ok: number; rejected: number; threads: number }> {
  const cfg = config();
  const { explain = false } = opts;
  let ok = 0;
  let rejected = 0;
  const items = readArticles(paths, { maxArticleBytes: cfg.MAX_ARTICLE_BYTES })[Symbol.asyncIterator]();
  // The first records decide the threads: a handful of articles is extracted here, more by the pool (as in a load).
  const head: IngestItem[] = [];
  const upTo = opts.inThreadUpTo ?? IN_THREAD_UP_TO;
  let ended = false;
  for (let articles = 0; articles <= upTo; ) {
    const next = await items.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    if (next.value.ok) articles++;
  }
  const extractor = createExtractor({
    threads: ended ? 1 : (opts.threads ?? extractCommandThreads(cfg.EXTRACT_WORKERS)),
    budgetMs: opts.budgetMs ?? cfg.EXTRACT_BUDGET_MS,
    watchdogMs: opts.watchdogMs,
    workerUrl: opts.workerUrl,
    youngGenerationMb: youngGenerationMbFor(cfg.EXTRACT_SEMI_SPACE_MB),
    explain,
  });

  // Each batch's lines are written once it is extracted and every batch before it written: the input's order.
  const write = async (batch: IngestItem[], extracting: Promise<ExtractOutcome[]>) => {
    const outcomes = await extracting;
    let k = 0;
    for (const item of batch) {
      if (!item.ok) {
        rejected++;
        err.write(`extract: rejected ${item.origin}: ${item.reason}\n`);
        continue;
      }
      for (const w of item.warnings) err.write(`extract: warning ${item.origin}: ${w}\n`);
      const outcome = outcomes[k++];
      if (!outcome.ok) {
        // Over its time budget, a worker that hung or died on it, an input that trips a bug: reported, the run goes on.
        rejected++;
        err.write(`extract: rejected ${item.origin}: ${outcome.reason}\n`);
        continue;
      }
      const line = explain ? explainLines(outcome.result) : JSON.stringify(outcome.result) + '\n';
      if (!out.write(line)) await new Promise((resolve) => out.once('drain', resolve));
      ok++;
    }
  };
  const inFlight: { batch: IngestItem[]; extracting: Promise<ExtractOutcome[]> }[] = [];
  const send = async (batch: IngestItem[]) => {
    const articles = batch.flatMap((item) => (item.ok ? [item.article] : []));
    const extracting = articles.length ? extractor.extractAll(articles) : Promise.resolve([]);
    extracting.catch(() => undefined); // awaited in write(); no unhandled rejection meanwhile
    inFlight.push({ batch, extracting });
    // The workers keep the next batches while this thread writes the oldest.
    if (inFlight.length > 2) {
      const oldest = inFlight.shift()!;
      await write(oldest.batch, oldest.extracting);
    }
  };
  try {
    const size = Math.max(1, opts.batchSize ?? BATCH);
    let batch: IngestItem[] = [];
    const take = async (item: IngestItem) => {
      batch.push(item);
      if (batch.length >= size) {
        const full = batch;
        batch = [];
        await send(full);
      }
    };
    for (const item of head) await take(item);
    while (!ended) {
      const next = await items.next();
      if (next.done) break;
      await take(next.value);
    }
    if (batch.length) await send(batch);
    for (const { batch: b, extracting } of inFlight.splice(0)) await write(b, extracting);
  } finally {
    await extractor.close();
  }
  return { ok, rejected, threads: extractor.threads };
}

/** The quotes of one article as text: rule, speaker, the words, and the arbitration's reason. */
function explainLines({ article, entities, quotes }: ExtractionResult): string {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const lines = [`# ${article.id} ${article.title ?? ''}`.trimEnd()];
  for (const q of quotes) {
    const speaker = q.speakerId ? (names.get(q.speakerId) ?? q.speakerId) : q.speakerText ? `(${q.speakerText})` : '(nobody)';
    const words = q.text.replace(/\s+/g, ' ');
    lines.push(`${q.rule ?? '?'}\t${speaker}\t${q.direct ? 'direct' : 'reported'}\t${JSON.stringify(words.length > 160 ? words.slice(0, 157) + '…' : words)}`);
    lines.push(`\t${q.arbitration ?? ''}`);
  }
  return lines.join('\n') + '\n';
}
