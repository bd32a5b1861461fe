// Loading: read → skip unchanged (content hash) → extract → resolve → write in batches, with progress and a summary.
import cliProgress from 'cli-progress';
import type { Driver } from 'neo4j-driver';
import { config } from '../config.js';
import type { Article, ExtractionResult } from '../extract/types.js';
import { createExtractor, defaultThreads, workersByDefault, youngGenerationMbFor, type Extractor } from '../extract/pool.js';
import { readArticles } from '../ingest/read-articles.js';
import { articleContentHash } from '../ingest/normalise.js';
import { knownArticleHashes, upsertArticleGraph } from '../graph/writer.js';
import { consolidate, type ConsolidationSummary } from './consolidate.js';
import { curateBatch } from './curation.js';
import { acquireLoadLock, describeHolder, LoadLockBusyError, LoadLockLostError, type LoadLock } from '../graph/load-lock.js';
import { DiskSpaceError } from '../graph/disk-space.js';
import { asOutageFailure, errorIdentity, isStatementError, Neo4jUnavailableError, retryWhileUnavailable, type OutageClock } from '../graph/retry.js';

export interface LoadOptions {
  driver: Driver;
  database: string;
  progress?: boolean;
  batchSize?: number;
  /** Test hook: throw after this many batches were written, to simulate a crash. */
  failAfterBatches?: number;
  /** Aborting (Ctrl-C) stops reading: the batch being written finishes, the rest is left for a re-run. */
  signal?: AbortSignal;
  /** The load lock (one writer at a time); `false` only for callers that already hold it. Defaults from config. */
  lock?: { waitMs: number; leaseMs: number } | false;
  /** Longest Neo4j outage to wait out before failing (default LOAD_RETRY_MS). */
  retryMs?: number;
  /** Lines for the operator while the load runs (waiting for the lock, Neo4j not answering). */
  onNotice?: (line: string) => void;
  /** Skip cross-article identity after the load (`newsgraph resolve` runs it later). */
  consolidate?: boolean;
  /** Test hook: called after each committed batch, with how many batches are committed. */
  onBatchCommitted?: (batches: number) => void;
  /** Extraction threads (default EXTRACT_WORKERS, else one per core; 1: in this thread). */
  extractThreads?: number;
  /** CPU budget of one article's extraction in ms (default EXTRACT_BUDGET_MS). */
  extractBudgetMs?: number;
  /** Wall time after which an article's stuck extraction worker is replaced and the article reported (see pool.ts). */
  extractWatchdogMs?: number;
}

export interface LoadNotice {
  origin: string;
  reason: string;
}

export interface LoadSummary {
  articlesNew: number;
  articlesUpdated: number;
  articlesUnchanged: number;
  articlesRejected: number;
  rejected: LoadNotice[];
  /** What the input policy dropped or overrode without rejecting the record (a bad URL, a repeated URL, …). */
  warnings: LoadNotice[];
  /** true when the load was aborted before reading all input. */
  interrupted: boolean;
  /** Articles whose write was under way when the load failed: committed or not, no one can tell until Neo4j answers. */
  inDoubt: number;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  /** Cross-article identity run after the articles were written (absent when nothing was written or it was skipped). */
  consolidation?: ConsolidationSummary;
  seconds: number;
}

interface Pending {
  article: Article;
  origin: string;
  /** articleContentHash(article), computed once when the record was read. */
  hash: string;
}

interface Seen {
  origin: string;
  hash: string;
}

/** A load that stopped on a fatal error (Neo4j gone for longer than the retry budget, the lock lost): what was committed, and why. */
export class LoadFailedError extends Error {
  override name = 'LoadFailedError';
  constructor(
    message: string,
    readonly summary: LoadSummary,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The errors a load expects to stop on, whose message says all; any other one is reported with its class and code. */
const isExpectedFailure = (err: unknown) => [Neo4jUnavailableError, LoadLockLostError, LoadLockBusyError, DiskSpaceError, LoadInterruptedError].some((cls) => err instanceof cls);

/** The load's failure for `err` with what `summary` says was committed; an unexpected error's message names its class and code. */
export function loadFailure(err: unknown, summary: LoadSummary): LoadFailedError {
  const message = err instanceof Error ? err.message : String(err);
  return new LoadFailedError(isExpectedFailure(err) ? message : `${message} (${errorIdentity(err)})`, summary, { cause: err });
}

/**
 * The failure of a load that never started because Neo4j did not answer while the graph was opened (connecting,
 * applying the schema): nothing was read or written. Undefined for any other error (a refused password, a bad URI).
 */
export function loadOpenFailure(err: unknown): LoadFailedError | undefined {
  return err instanceof Neo4jUnavailableError ? loadFailure(err, emptySummary()) : undefined;
}

export function emptySummary(): LoadSummary {
  return { articlesNew: 0, articlesUpdated: 0, articlesUnchanged: 0, articlesRejected: 0, rejected: [], warnings: [], interrupted: false, inDoubt: 0, nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, seconds: 0 };
}

export async function loadPaths(paths: string[], opts: LoadOptions): Promise<LoadSummary> {
  const t0 = performance.now();
  const cfg = config();
  const batchSize = opts.batchSize ?? cfg.LOAD_BATCH_SIZE;
  const notice = opts.onNotice ?? (() => undefined);
  const outage: OutageClock = {};
  const retry = <T>(what: string, op: () => Promise<T>) =>
    retryWhileUnavailable(what, op, { budgetMs: opts.retryMs ?? cfg.LOAD_RETRY_MS, onNotice: notice, signal: opts.signal, outage });
  const s = emptySummary();
  const bar = opts.progress ? new cliProgress.SingleBar({ format: 'load [{bar}] {value}/{total} articles | {speed}/s | ETA {eta_formatted} | {new} new {updated} updated {unchanged} unchanged {rejected} rejected', hideCursor: true, etaBuffer: 200 }, cliProgress.Presets.shades_classic) : undefined;
  const maxArticleBytes = config().MAX_ARTICLE_BYTES;
  // Which record of each URL wins is known before any is written: a repeated URL is written once, from its last record.
  const plan = await planRecords(paths, maxArticleBytes, opts.signal);
  bar?.start(Math.max(plan.records, 1), 0, { speed: '0', new: 0, updated: 0, unchanged: 0, rejected: 0 });
  const queued = new Map<string, Seen>(); // article id → the record of it this run writes (or has written)
  const repeated = new Set<string>(); // ids written earlier in this run: a later record is an update, never new
  let done = 0;
  let batches = 0;
  let writing: Promise<void> = Promise.resolve();
  const inFlight: Promise<void>[] = []; // batches extracting or waiting to be written, oldest first
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
    if (lockLost) throw lockLost;
    const known = await retry('read article hashes', () => knownArticleHashes(opts.driver, opts.database, batch.map((b) => b.article.id)));
    // A record repeating an id written earlier in this run is always written: `known` may predate that write.
    const changed = batch.filter((b) => repeated.has(b.article.id) || known.get(b.article.id) !== b.hash);
    const isNew = new Set(changed.filter((b) => !known.has(b.article.id) && !repeated.has(b.article.id)).map((b) => b.article.id));
    s.articlesUnchanged += batch.length - changed.length;
    tick(batch.length - changed.length);
    if (!changed.length) return;
    // Extraction (the workers) overlaps with the writes of the batches before (this thread and Neo4j); each batch is
    // written after the one before it, so the graph is the same whatever the number of workers.
    const extracting = extractor.extractAll(changed.map((b) => b.article));
    const hashes = new Map(changed.map((b) => [b.article.id, b.hash]));
    const previous = writing;
    writing = (async () => {
      const outcomes = await extracting;
      await previous;
      const extracted: { result: ExtractionResult; origin: string }[] = [];
      outcomes.forEach((o, i) => (o.ok ? extracted.push({ result: o.result, origin: changed[i].origin }) : reject(changed[i].origin, o.reason)));
      await writeResolved(extracted, isNew, hashes);
    })();
    // Awaited later; the no-op handler keeps Node from calling the rejection unhandled meanwhile.
    writing.catch(() => undefined);
    // Two batches ahead of the writer at most: the workers stay busy and memory stays bounded.
    inFlight.push(writing);
    if (inFlight.length > 2) await inFlight.shift();
    await (opts.failAfterBatches !== undefined ? writing : Promise.resolve());
  };

  const writeResolved = async (items: { result: ExtractionResult; origin: string }[], isNew: Set<string>, hashes: ReadonlyMap<string, string>) => {
    if (opts.failAfterBatches !== undefined && batches >= opts.failAfterBatches) throw new LoadInterruptedError(`load: interrupted after ${batches} batches (test hook)`);
    // Entities are written with the ids extraction gave them, except where the editors' rules say otherwise
    // (src/load/curation.ts); cross-article identity runs once the articles are in.
    const results = await retry('read curation rules', () => curateBatch(opts.driver, opts.database, items.map((i) => i.result)));
    const ingestedAt = new Date().toISOString();
    const write = (rs: ExtractionResult[]) => retry('write a batch', () => upsertArticleGraph(opts.driver, opts.database, rs, ingestedAt, lock?.fence, hashes));
    try {
      s.inDoubt = results.length;
      add(await write(results));
      s.inDoubt = 0;
      for (const r of results) (isNew.has(r.article.id) ? s.articlesNew++ : s.articlesUpdated++);
      tick(results.length);
    } catch (err) {
      // Only a statement refused for its data is one article's problem; an outage or a lost lock stops the load.
      if (!isStatementError(err)) throw err;
      s.inDoubt = 0;
      if (results.length === 1) {
        reject(items[0].origin, `write failed: ${(err as Error).message}`);
      } else {
        // One bad article must not sink its batch: write them one by one to find it.
        for (let i = 0; i < results.length; i++) {
          try {
            add(await write([results[i]]));
            isNew.has(results[i].article.id) ? s.articlesNew++ : s.articlesUpdated++;
            tick(1);
          } catch (e) {
            if (!isStatementError(e)) throw e;
            reject(items[i].origin, `write failed: ${(e as Error).message}`);
          }
        }
      }
    }
    batches++;
    opts.onBatchCommitted?.(batches);
  };
  const add = (c: { nodesCreated: number; nodesDeleted: number; relationshipsCreated: number; relationshipsDeleted: number }) => {
    s.nodesCreated += c.nodesCreated;
    s.nodesDeleted += c.nodesDeleted;
    s.relationshipsCreated += c.relationshipsCreated;
    s.relationshipsDeleted += c.relationshipsDeleted;
  };

  let lock: LoadLock | undefined;
  let lockLost: Error | undefined;
  let renewTimer: NodeJS.Timeout | undefined;
  // Extraction runs in worker threads (one per core but one), each article under its budget; batches are written in input order.
  const extractor: Extractor = createExtractor({ threads: opts.extractThreads ?? defaultThreads(cfg.EXTRACT_WORKERS), alwaysWorkers: opts.extractThreads === undefined && workersByDefault(cfg.EXTRACT_WORKERS), budgetMs: opts.extractBudgetMs ?? cfg.EXTRACT_BUDGET_MS, watchdogMs: opts.extractWatchdogMs, youngGenerationMb: youngGenerationMbFor(cfg.EXTRACT_SEMI_SPACE_MB) });
  try {
    const lockOpts = opts.lock ?? { waitMs: cfg.LOAD_LOCK_WAIT_MS, leaseMs: cfg.LOAD_LOCK_LEASE_MS };
    if (lockOpts && !plan.interrupted) {
      // An outage while taking the lock is waited out like one mid-load (the wait for another load starts again after it).
      lock = await retry('take the load lock', () =>
        acquireLoadLock(opts.driver, opts.database, {
          ...lockOpts,
          signal: opts.signal,
          onWait: (holder) => notice(`load: ${describeHolder(holder)}; waiting up to ${Math.round(lockOpts.waitMs / 1000)} s for it to finish (LOAD_LOCK_WAIT_MS)…`),
        }),
      );
      const held = lock;
      // Between writes (long extraction), the lease is kept alive here; each write renews it too.
      renewTimer = setInterval(() => {
        held.renew().catch((err: unknown) => {
          if (err instanceof LoadLockLostError) lockLost = err;
        });
      }, Math.max(1000, lockOpts.leaseMs / 3));
      renewTimer.unref();
    }
    let batch: Pending[] = [];
    if (plan.interrupted) s.interrupted = true;
    for await (const item of plan.interrupted ? [] : readArticles(paths, { maxArticleBytes })) {
      if (opts.signal?.aborted) {
        s.interrupted = true;
        break;
      }
      if (!item.ok) {
        reject(item.origin, item.reason);
        continue;
      }
      for (const w of item.warnings) s.warnings.push({ origin: item.origin, reason: w });
      const hash = articleContentHash(item.article);
      const final = plan.last.get(item.article.id);
      if (final && final.origin !== item.origin && final.hash !== hash) {
        // A later record of this URL with other content replaces this one (warned there): writing this one first would
        // only have it rewritten, and every re-run of the same input would report the article updated.
        tick(1);
        continue;
      }
      const earlier = queued.get(item.article.id);
      if (earlier?.hash === hash) {
        s.warnings.push({ origin: item.origin, reason: `same article as ${earlier.origin}: skipped` });
        s.articlesUnchanged++;
        tick(1);
        continue;
      }
      const first = plan.first.get(item.article.id) ?? earlier?.origin;
      queued.set(item.article.id, { origin: item.origin, hash });
      // The same URL with other content is a newer version of the article: the later record wins.
      if (first && first !== item.origin) s.warnings.push({ origin: item.origin, reason: `same URL as ${first} with different content: this later record replaces it` });
      if (earlier) {
        // Only when an input changed between the two passes (planRecords): the earlier record is already queued or written.
        const pendingAt = batch.findIndex((b) => b.article.id === item.article.id);
        if (pendingAt >= 0) {
          batch[pendingAt] = { article: item.article, origin: item.origin, hash };
          tick(1);
          continue;
        }
        repeated.add(item.article.id);
      }
      batch.push({ article: item.article, origin: item.origin, hash });
      if (batch.length >= batchSize) {
        await flush(batch);
        batch = [];
      }
    }
    if (batch.length && !s.interrupted) await flush(batch);
    await writing;
    // Identity is decided once this load's articles are in (one run, whatever the batches were), over what the
    // articles no run has covered yet touch.
    if (opts.consolidate !== false && s.articlesNew + s.articlesUpdated > 0 && !s.interrupted) {
      s.consolidation = await retry('resolve identities', () => consolidate(opts.driver, opts.database, { incremental: true }));
      add(s.consolidation);
    }
  } catch (err) {
    // Wait for a write still in flight, so that the summary says exactly what was committed.
    const writeFailure = await writing.then(
      () => undefined,
      (e: unknown) => e,
    );
    s.seconds = (performance.now() - t0) / 1000;
    if (err instanceof LoadFailedError) throw err;
    // A "not answering" error that no retry loop waited out still ends the load as an outage (exit 2, what was committed).
    throw loadFailure(asOutageFailure(err, 'load articles', { outage, alsoFailed: [writeFailure] }), s);
  } finally {
    clearInterval(renewTimer);
    bar?.stop();
    await extractor.close();
    await lock?.release().catch(() => undefined);
  }
  s.seconds = (performance.now() - t0) / 1000;
  return s;
}

/**
 * Whether every record of `paths` is already in the graph with the same content (a warm `npm start` and its seeds):
 * one read, no load lock, no extraction workers. Any record that is rejected, new or changed answers false, and the
 * caller then runs the load, which decides everything again under the lock.
 */
export async function inputsUnchanged(paths: string[], driver: Driver, database: string): Promise<{ unchanged: boolean; records: number }> {
  const hashes = new Map<string, string>();
  for await (const item of readArticles(paths, { maxArticleBytes: config().MAX_ARTICLE_BYTES })) {
    if (!item.ok || item.warnings.length || hashes.has(item.article.id)) return { unchanged: false, records: 0 };
    hashes.set(item.article.id, articleContentHash(item.article));
  }
  if (!hashes.size) return { unchanged: false, records: 0 };
  const known = await knownArticleHashes(driver, database, [...hashes.keys()]);
  return { unchanged: [...hashes].every(([id, hash]) => known.get(id) === hash), records: hashes.size };
}

export class LoadInterruptedError extends Error {
  override name = 'LoadInterruptedError';
}

export function formatLoadSummary(s: LoadSummary): string {
  const lines = [
    `load: ${s.articlesNew} new, ${s.articlesUpdated} updated, ${s.articlesUnchanged} unchanged, ${s.articlesRejected} rejected, ${s.warnings.length} warnings in ${s.seconds.toFixed(1)} s`,
    `load: ${s.nodesCreated} nodes and ${s.relationshipsCreated} relationships created, ${s.nodesDeleted} nodes and ${s.relationshipsDeleted} relationships deleted`,
  ];
  if (s.consolidation) lines.push(`load: identity: ${s.consolidation.decisions} merge decisions (${Object.entries(s.consolidation.byRule).map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}) in ${s.consolidation.seconds.toFixed(1)} s`);
  if (s.interrupted) lines.push('load: interrupted: what is listed above is committed; run the same command again to load the rest');
  if (s.inDoubt) lines.push(`load: ${s.inDoubt} more articles were being written when Neo4j stopped answering: they may be committed too (a re-run settles it)`);
  for (const r of s.rejected.slice(0, 50)) lines.push(`load: rejected ${r.origin}: ${r.reason}`);
  if (s.rejected.length > 50) lines.push(`load: … and ${s.rejected.length - 50} more rejected`);
  for (const w of s.warnings.slice(0, 50)) lines.push(`load: warning ${w.origin}: ${w.reason}`);
  if (s.warnings.length > 50) lines.push(`load: … and ${s.warnings.length - 50} more warnings`);
  return lines.join('\n');
}

/** The last line of a failed load: whether anything it wrote stays (a re-run always settles the rest). */
export function failedLoadAdvice(s: LoadSummary): string {
  return s.articlesNew + s.articlesUpdated + s.inDoubt === 0
    ? 'load: nothing was committed; run the same command again to load it'
    : 'load: what is listed above is committed; run the same command again to load the rest';
}

/** The exit code of a finished load: 1 when any record was rejected, 0 otherwise (warnings allowed). */
export function loadExitCode(s: LoadSummary): number {
  return s.articlesRejected > 0 ? 1 : 0;
}

/** Which record of each repeated URL a load writes, and how many records its inputs hold (the progress bar's total). */
interface RecordPlan {
  /** For each article id given by more than one readable record: the last of them (it wins) and its content hash. */
  last: Map<string, Seen>;
  /** …and the first of them, which the warning about the later one names. */
  first: Map<string, string>;
  records: number;
  /** Aborted while reading: nothing is written. */
  interrupted: boolean;
}

/**
 * A first pass over the inputs, before anything is written, so that a URL repeated with other content is written once,
 * from its last record: a re-run of the same input then finds every article unchanged. It keeps ids, origins and
 * hashes, never an article, so memory stays bounded by the number of articles, not their size.
 */
async function planRecords(paths: string[], maxArticleBytes: number, signal?: AbortSignal): Promise<RecordPlan> {
  const last = new Map<string, Seen>();
  const first = new Map<string, string>();
  let records = 0;
  for await (const item of readArticles(paths, { maxArticleBytes })) {
    if (signal?.aborted) return { last, first, records, interrupted: true };
    records++;
    if (!item.ok) continue;
    const id = item.article.id;
    const earlier = last.get(id);
    if (earlier && !first.has(id)) first.set(id, earlier.origin);
    last.set(id, { origin: item.origin, hash: articleContentHash(item.article) });
  }
  // Only repeated ids need their last record: any other record is its article's only one.
  for (const id of last.keys()) if (!first.has(id)) last.delete(id);
  return { last, first, records, interrupted: false };
}
