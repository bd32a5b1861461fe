// Extraction off the main thread: a pool of worker threads (one per core by default) extracting articles in parallel,
// each under its time budget, with a watchdog that replaces a worker stuck on (or crashed by) one article.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article, ExtractionResult } from './types.js';
// The pipeline (lexicons: ~130 MB and seconds to build) is imported only where articles are extracted: in the workers,
// or here for one thread. The loader's thread that only writes never builds it.
type Pipeline = typeof import('./pipeline.js');

/** One article's extraction: its result, or why there is none (over budget, a worker that died or hung). */
export type ExtractOutcome = { ok: true; result: ExtractionResult } | { ok: false; reason: string };

export interface Extractor {
  /** Threads extracting (1: in the calling thread). */
  readonly threads: number;
  /** Extracts the articles, in parallel when there are workers; outcomes in the articles' order. */
  extractAll(articles: Article[]): Promise<ExtractOutcome[]>;
  /** Worker threads running now: none before the first articles (see WorkerPool.started). */
  workersRunning(): number;
  /** The operating system's ids of the worker threads running now (Linux; for benches that read each thread's CPU). */
  workerThreadIds(): number[];
  close(): Promise<void>;
}

export interface ExtractorOptions {
  /** Worker threads; 1 (or less) extracts in the calling thread. Default: one per core. */
  threads?: number;
  /** CPU budget of one article (ExtractionTimeoutError over it); none when unset. */
  budgetMs?: number;
  /**
   * Wall time after which a worker that has not answered for one article is stopped and replaced, the article reported.
   * The CPU budget, checked between sentences, stops almost every slow article; this catches one stuck inside a single
   * step. Default: 30 × the budget, at least 30 s (a loaded machine stretches wall time, not CPU time).
   */
  watchdogMs?: number;
  /** The module each worker runs (file URL): worker.ts/.js beside this file unless a test puts a stand-in there. */
  workerUrl?: string;
  /** A pool even of one worker (the worker bench compares 1 and 2 workers); by default one thread extracts in this one. */
  alwaysWorkers?: boolean;
  /** Largest young generation of each worker's heap, in MB (V8's default when unset). */
  youngGenerationMb?: number;
  /** Keep on each quote why arbitration chose its rule (`newsgraph extract --explain`). */
  explain?: boolean;
}

/**
 * A worker's young generation for a semi-space of `semiSpaceMb` (EXTRACT_SEMI_SPACE_MB; 0: V8's default). V8 (11, Node
 * 20) makes the young generation two semi-spaces and a large-object space of one: a worker capped at 192 MB gets the
 * same 128 MB new space as a thread started with --max-semi-space-size=64.
 */
export function youngGenerationMbFor(semiSpaceMb: number): number | undefined {
  return semiSpaceMb > 0 ? 3 * semiSpaceMb : undefined;
}

/**
 * Extraction threads of a load: EXTRACT_WORKERS when set (1: in the loader's thread), else one per core but one. The
 * loader's own thread (parameters, the driver's encoding, identity) and a local Neo4j need a core too: on two cores a
 * second worker only made the threads fight over it, and paid the JIT and the warm-up of one more isolate (1,000
 * articles: loader 26.9 → 21.8 CPU-s, Neo4j 15.9 → 13.0, wall 86 → 46 s at load average 7; README, Scale).
 */
export function defaultThreads(configured: number | undefined): number {
  return configured ?? Math.max(1, availableParallelism() - 1);
}

/**
 * Extraction threads of `newsgraph extract`: EXTRACT_WORKERS when set (1: in the command's thread), else one per core.
 * Unlike a load, no Neo4j and no writer need a core: the command's own thread only reads the input and writes the JSON
 * lines, and extracts nothing itself once there are workers (on one core: in that thread).
 */
export function extractCommandThreads(configured: number | undefined): number {
  return configured ?? availableParallelism();
}

/** Whether the load's extraction runs in worker threads even when it is one (the default on more than one core; see defaultThreads). */
export function workersByDefault(configured: number | undefined): boolean {
  return configured === undefined && availableParallelism() > 1;
}

export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const threads = options.threads ?? availableParallelism();
  return threads <= 1 && !options.alwaysWorkers
    ? new InProcessExtractor(options.budgetMs, options.explain)
    : new WorkerPool(Math.max(1, threads), options.budgetMs, options.watchdogMs ?? Math.max(30_000, 30 * (options.budgetMs ?? 1000)), workerModule(options.workerUrl), options.youngGenerationMb, options.explain);
}

function failure(err: unknown): ExtractOutcome {
  return { ok: false, reason: `extraction failed: ${(err as Error)?.message ?? String(err)}` };
}

class InProcessExtractor implements Extractor {
  readonly threads = 1;
  private pipeline?: Pipeline;
  constructor(
    private readonly budgetMs: number | undefined,
    private readonly explain?: boolean,
  ) {}
  async extractAll(articles: Article[]): Promise<ExtractOutcome[]> {
    if (!this.pipeline) {
      this.pipeline = await import('./pipeline.js');
      this.pipeline.warmUp(); // lexicons and patterns built before any article's time budget starts
    }
    const { extractArticle } = this.pipeline;
    return articles.map((article) => {
      try {
        return { ok: true, result: extractArticle(article, { budgetMs: this.budgetMs, explain: this.explain }) };
      } catch (err) {
        // Over its budget, or an input that trips a bug: that article's problem, reported; the run goes on.
        return failure(err);
      }
    });
  }
  workersRunning(): number {
    return 0;
  }
  workerThreadIds(): number[] {
    return [];
  }
  async close(): Promise<void> {}
}

/** What the pool and a worker say to each other. */
export type WorkerRequest = { id: number; article: Article };
export type WorkerReply = { id: number; ok: true; found: Omit<ExtractionResult, 'article'> } | { id: number; ok: false; reason: string } | { ready: true; tid?: number };
export interface WorkerSetup {
  budgetMs?: number;
  /** How many threads may burn CPU at once: the worker divides the process's CPU time by it (see worker.ts). */
  cpuShare: number;
  /** Keep on each quote why arbitration chose its rule (`newsgraph extract --explain`). */
  explain?: boolean;
}

interface Job {
  article: Article;
  resolve: (outcome: ExtractOutcome) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  /** Warmed up: the watchdog starts only with an article, never during the worker's start. */
  isReady?: boolean;
  /** The worker's thread id in the operating system, when it could tell (Linux). */
  tid?: number;
  job?: Job & { id: number; timer?: NodeJS.Timeout };
}

/** The worker's module: worker.js beside this file when compiled, worker.ts (through tsx) when run from source. */
function workerModule(override?: string): { url: string; tsx?: string } {
  const here = fileURLToPath(import.meta.url);
  const url = override ?? pathToFileURL(path.join(path.dirname(here), `worker${path.extname(here)}`)).href;
  if (!url.endsWith('.ts')) return { url };
  // tsx's ESM register() (its CommonJS build cannot register from a worker): index.mjs beside the index.cjs resolved here.
  return { url, tsx: pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href };
}

// A worker's first code: registers tsx when the worker module is TypeScript (tests, `tsx` scripts), then loads it.
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
(async () => {
  if (workerData.tsx) (await import(workerData.tsx)).register();
  await import(workerData.url);
})().catch((err) => { setImmediate(() => { throw err; }); });
`;

class WorkerPool implements Extractor {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    readonly threads: number,
    private readonly budgetMs: number | undefined,
    private readonly watchdogMs: number,
    private readonly module: { url: string; tsx?: string },
    private readonly youngGenerationMb?: number,
    private readonly explain?: boolean,
  ) {}

  /**
   * Workers start with the first articles, not with the pool: a warm `npm start` whose seeds are unchanged extracts
   * nothing, and each worker's warm-up (lexicons, seconds of CPU) would only compete with Neo4j's start and the server's.
   */
  private started(): Slot[] {
    if (!this.slots.length) for (let i = 0; i < this.threads; i++) this.slots.push(this.spawn());
    return this.slots;
  }

  private spawn(): Slot {
    const setup: WorkerSetup = { budgetMs: this.budgetMs, cpuShare: Math.min(this.threads + 1, availableParallelism()), explain: this.explain };
    const resourceLimits = this.youngGenerationMb ? { maxYoungGenerationSizeMb: this.youngGenerationMb } : undefined;
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { ...this.module, setup }, resourceLimits });
    let readyResolve!: () => void;
    let readyReject!: (err: Error) => void;
    const slot: Slot = { worker, ready: new Promise<void>((resolve, reject) => ((readyResolve = resolve), (readyReject = reject))) };
    slot.ready.catch(() => undefined); // awaited by extractAll
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        slot.isReady = true;
        slot.tid = reply.tid;
        readyResolve();
        this.pump();
        return;
      }
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      this.finish(slot);
      if (reply.ok) job.resolve({ ok: true, result: { article: job.article, ...reply.found } });
      else job.resolve({ ok: false, reason: reply.reason });
      this.pump();
    });
    // A worker that dies (out of memory, a native crash, an exception outside extraction) takes only its article.
    const died = (why: string) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      const job = slot.job;
      this.finish(slot);
      if (this.closed) return;
      if (!slot.isReady) {
        // A worker that cannot even start (its module fails to load) would fail again: stop rather than respawn forever.
        const err = new Error(`extract: an extraction worker could not start: it ${why}`);
        readyReject(err);
        this.closed = true;
        for (const queued of this.queue.splice(0)) queued.reject(err);
        void this.close();
        return;
      }
      this.slots[i] = this.spawn();
      if (job) job.resolve({ ok: false, reason: `extraction failed: the worker extracting it ${why}; the worker was replaced` });
      this.pump();
    };
    worker.on('error', (err) => died(`crashed (${err.message})`));
    worker.on('exit', (code) => died(`exited (code ${code})`));
    return slot;
  }

  private finish(slot: Slot): void {
    if (slot.job?.timer) clearTimeout(slot.job.timer);
    slot.job = undefined;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job || !slot.isReady || !this.queue.length) continue;
      const job = this.queue.shift()!;
      const id = this.nextId++;
      slot.job = { ...job, id };
      slot.job.timer = setTimeout(() => {
        // Stuck inside one step, where the CPU budget cannot be checked: the worker is stopped and replaced.
        const i = this.slots.indexOf(slot);
        if (i < 0 || slot.job?.id !== id) return;
        this.finish(slot);
        this.slots[i] = this.spawn();
        void slot.worker.terminate();
        job.resolve({ ok: false, reason: `extraction stuck: no result after ${Math.round(this.watchdogMs / 1000)} s of wall time; its worker was stopped and replaced` });
        this.pump();
      }, this.watchdogMs);
      slot.worker.postMessage({ id, article: job.article } satisfies WorkerRequest);
    }
  }

  async extractAll(articles: Article[]): Promise<ExtractOutcome[]> {
    if (this.closed) throw new Error('extract: the worker pool is closed');
    // Workers warm up (lexicons, patterns) before taking articles, so no article's budget pays for it.
    await Promise.all(this.started().map((s) => s.ready));
    const outcomes = articles.map((article) => new Promise<ExtractOutcome>((resolve, reject) => this.queue.push({ article, resolve, reject })));
    this.pump();
    return Promise.all(outcomes);
  }

  workersRunning(): number {
    return this.slots.length;
  }

  workerThreadIds(): number[] {
    return this.slots.flatMap((s) => (s.tid ? [s.tid] : []));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('extract: the worker pool was closed'));
    await Promise.all(this.slots.map((s) => (this.finish(s), s.worker.terminate())));
  }
}
