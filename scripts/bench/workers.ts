// Extraction speed-up from worker threads: the same corpus articles through pools of 1, 2 (and, when more, one per core)
// workers and in this thread, rounds alternated in one run, medians and speed-ups (run by hand: npm run bench:workers).
import { availableParallelism, loadavg } from 'node:os';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { config, PROJECT_ROOT } from '../../src/config.js';
import { createExtractor, youngGenerationMbFor, type Extractor } from '../../src/extract/pool.js';
import { readArticles } from '../../src/ingest/read-articles.js';
import type { Article } from '../../src/extract/types.js';

const file = process.argv[2] ?? path.join(PROJECT_ROOT, '../shared/corpus/allsides-international.jsonl');
const count = Number(process.env.BENCH_ARTICLES ?? 400);
const rounds = Number(process.env.ROUNDS ?? 3);
// The extractor's own per-article budget as a load uses it (EXTRACT_BUDGET_MS default), so the figure is what load gets.
const budgetMs = Number(process.env.EXTRACT_BUDGET_MS ?? 1000);

const uptime = () => {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return `load average: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`;
  }
};

const articles: Article[] = [];
for await (const item of readArticles([file], { maxArticleBytes: 10 * 1024 * 1024 })) {
  if (item.ok) articles.push(item.article);
  if (articles.length >= count) break;
}
if (!articles.length) {
  console.error(`bench:workers: no articles read from ${file}`);
  process.exit(1);
}
const cores = availableParallelism();
const sizes = [...new Set([1, 2, cores])];
console.log(`bench:workers: ${articles.length} articles from ${file}; ${cores} cores; ${rounds} rounds; budget ${budgetMs} ms`);
console.log(`before: ${uptime()}`);

interface Contender {
  name: string;
  extractor: Extractor;
  seconds: number[];
  cpuMs: number[];
  mainCpuMs: number[];
  /** CPU of the threads that extract (the workers; this thread for the in-thread extractor). */
  extractingCpuMs: number[];
  /** CPU of every other thread: V8's background compiler (TurboFan) and GC helpers, libuv; each worker has its own JIT work. */
  otherCpuMs: number[];
}
const noFigures = () => ({ seconds: [], cpuMs: [], mainCpuMs: [], extractingCpuMs: [], otherCpuMs: [] });
// The pools get the young generation a load gives its workers (EXTRACT_SEMI_SPACE_MB); "in this thread" is this
// process's V8 default, not the flag `newsgraph extract` starts with (bench:extract times that).
const youngMb = youngGenerationMbFor(config().EXTRACT_SEMI_SPACE_MB);
const contenders: Contender[] = [
  { name: 'in this thread', extractor: createExtractor({ threads: 1, budgetMs }), ...noFigures() },
  ...sizes.map((n) => ({ name: `${n} worker${n > 1 ? 's' : ''}`, extractor: createExtractor({ threads: n, budgetMs, alwaysWorkers: true, youngGenerationMb: youngMb }), ...noFigures() })),
];
console.log(`pools: each worker's young generation ${youngMb ? `${youngMb} MB (EXTRACT_SEMI_SPACE_MB ${config().EXTRACT_SEMI_SPACE_MB})` : "V8's default"}`);
// BENCH_YOUNG_MB=a,b: the same pools again with each worker's young generation capped at a, b MB (0: V8's default,
// the configuration before EXTRACT_SEMI_SPACE_MB).
for (const mb of (process.env.BENCH_YOUNG_MB ?? '').split(',').filter(Boolean).map(Number)) {
  for (const n of sizes) {
    contenders.push({ name: `${n} worker${n > 1 ? 's' : ''}, young ${mb ? `${mb} MB` : 'V8 default'}`, extractor: createExtractor({ threads: n, budgetMs, alwaysWorkers: true, youngGenerationMb: mb || undefined }), ...noFigures() });
  }
}

// A warm-up pass each (lexicons built, rules JIT-compiled) before any timed round.
const warm = articles.slice(0, Math.min(100, articles.length));
for (const c of contenders) await c.extractor.extractAll(warm);

const processCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
// One thread's CPU from /proc (Linux): this (main) thread's is what the pool costs the thread that sends articles and
// receives results; the workers' (their ids from the pool) is extraction's own; the rest is V8's background threads.
const threadCpuMs = (tid: number): number => {
  try {
    const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime in clock ticks (USER_HZ 100)
  } catch {
    return NaN;
  }
};
const mainThreadCpuMs = () => threadCpuMs(process.pid);
const workersCpuMs = (tids: number[]) => tids.reduce((sum, tid) => sum + threadCpuMs(tid), 0);
// The machine's own ceiling, measured beside extraction: two fixed jobs that share nothing, in 1 thread, then in 2
// threads at once. "compute": integer arithmetic over 4 KB (no allocation, stays in the core's cache). "memory": the
// same over 64 MB at random places (misses every cache, as hash lookups in large lexicons do). When 2 threads at once
// spend more CPU per job than 1, the cores slow each other down (shared cache, memory bandwidth, a hypervisor's shared
// physical core), not the code; no code that touches memory that way scales better than that job.
const CALIBRATION_WORKER = `
const { parentPort } = require('node:worker_threads');
const arrays = { compute: new Int32Array(1024), memory: new Int32Array(16 * 1024 * 1024) };
parentPort.on('message', ({ kind, loops }) => {
  const a = arrays[kind];
  const mask = a.length - 1;
  let x = 1;
  for (let i = 0; i < loops; i++) { x = (Math.imul(x, 1103515245) + 12345) | 0; a[(x >>> 7) & mask] ^= x; }
  parentPort.postMessage(a[x & mask]);
});`;
const CALIBRATION_JOBS = { compute: 300_000_000, memory: 30_000_000 } as const;
type CalibrationKind = keyof typeof CALIBRATION_JOBS;
const calibrators = [0, 1].map(() => new Worker(CALIBRATION_WORKER, { eval: true }));
const calibrate = (kind: CalibrationKind, threads: number) =>
  Promise.all(calibrators.slice(0, threads).map((w) => new Promise((resolve) => (w.once('message', resolve), w.postMessage({ kind, loops: CALIBRATION_JOBS[kind] })))));
for (const kind of Object.keys(CALIBRATION_JOBS) as CalibrationKind[]) await calibrate(kind, 2); // JIT-compiled, pages touched
const calibration = Object.fromEntries(
  (Object.keys(CALIBRATION_JOBS) as CalibrationKind[]).map((kind) => [kind, { 1: { seconds: [] as number[], cpuMs: [] as number[] }, 2: { seconds: [] as number[], cpuMs: [] as number[] } }]),
) as Record<CalibrationKind, Record<1 | 2, { seconds: number[]; cpuMs: number[] }>>;
const runCalibration = async () => {
  for (const kind of Object.keys(CALIBRATION_JOBS) as CalibrationKind[]) {
    for (const threads of [1, 2] as const) {
      const cpu0 = processCpuMs();
      const t0 = performance.now();
      await calibrate(kind, threads);
      calibration[kind][threads].seconds.push((performance.now() - t0) / 1000);
      calibration[kind][threads].cpuMs.push((processCpuMs() - cpu0) / threads); // CPU per job
    }
  }
};

let failed = 0;
for (let r = 0; r < rounds; r++) {
  await runCalibration();
  // Alternated, and the order rotated each round, so a burst of load from others falls on each contender alike.
  const order = contenders.map((_, i) => contenders[(i + r) % contenders.length]);
  for (const c of order) {
    const tids = c.extractor.workerThreadIds(); // started by the warm-up; a worker replaced mid-round is not counted
    const cpu0 = processCpuMs();
    const main0 = mainThreadCpuMs();
    const workers0 = workersCpuMs(tids);
    const t0 = performance.now();
    const outcomes = await c.extractor.extractAll(articles);
    c.seconds.push((performance.now() - t0) / 1000);
    const all = processCpuMs() - cpu0;
    const main = mainThreadCpuMs() - main0;
    const workers = workersCpuMs(tids) - workers0;
    c.cpuMs.push(all);
    c.mainCpuMs.push(main);
    c.extractingCpuMs.push(tids.length ? workers : main);
    c.otherCpuMs.push(all - main - workers);
    failed = Math.max(failed, outcomes.filter((o) => !o.ok).length);
  }
  console.log(`round ${r + 1}: ${contenders.map((c) => `${c.name} ${c.seconds[r].toFixed(2)} s`).join(' | ')}   (${uptime().replace(/^.*load/, 'load')})`);
}
await Promise.all([...contenders.map((c) => c.extractor.close()), ...calibrators.map((w) => w.terminate())]);

const pct = (from: number, to: number) => `${to >= from ? '+' : ''}${(((to - from) / from) * 100).toFixed(0)} %`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(contenders[1].seconds);
const inThread = median(contenders[0].seconds);
console.log(`\n| extractor | median s | articles/s | CPU s (all threads) | CPU s (main thread) | CPU s (extracting threads) | CPU s (other threads: V8 compiler, GC) | speed-up vs 1 worker | vs in this thread |`);
console.log(`|---|---|---|---|---|---|---|---|---|`);
for (const c of contenders) {
  const s = median(c.seconds);
  console.log(
    `| ${c.name} | ${s.toFixed(2)} | ${(articles.length / s).toFixed(1)} | ${(median(c.cpuMs) / 1000).toFixed(1)} | ${(median(c.mainCpuMs) / 1000).toFixed(2)} | ${(median(c.extractingCpuMs) / 1000).toFixed(1)} | ${(median(c.otherCpuMs) / 1000).toFixed(1)} (rounds ${c.otherCpuMs.map((ms) => (ms / 1000).toFixed(1)).join(', ')}) | ${(base / s).toFixed(2)}× | ${(inThread / s).toFixed(2)}× |`,
  );
}
// Wall time holds only on a quiet machine; the CPU columns hold under load: all threads' CPU ÷ the in-thread CPU is
// the pool's overhead, and 2 × (1-worker CPU ÷ 2-worker CPU) is the speed-up two free cores would give at most.
const cpu1 = median(contenders[1].cpuMs);
const cpu2 = median(contenders[2]?.cpuMs ?? contenders[1].cpuMs);
console.log(`CPU-bound ceiling with 2 free cores: ${((2 * cpu1) / cpu2).toFixed(2)}× (1 worker ${(cpu1 / 1000).toFixed(1)} s CPU vs 2 workers ${(cpu2 / 1000).toFixed(1)} s CPU for the same articles)`);
for (const kind of Object.keys(CALIBRATION_JOBS) as CalibrationKind[]) {
  const one = median(calibration[kind][1].cpuMs);
  const two = median(calibration[kind][2].cpuMs);
  console.log(
    `Machine, ${kind} job (no shared data): CPU per job 1 thread ${(one / 1000).toFixed(2)} s, 2 threads at once ${(two / 1000).toFixed(2)} s (${pct(one, two)}); ` +
      `wall speed-up of 2 threads ${((2 * median(calibration[kind][1].seconds)) / median(calibration[kind][2].seconds)).toFixed(2)}×, CPU-bound ceiling ${((2 * one) / two).toFixed(2)}×`,
  );
}
const two = contenders[2] ?? contenders[1];
console.log(
  `Extraction, CPU per article 2 workers vs 1: ${pct(cpu1, cpu2)} (extracting threads ${pct(median(contenders[1].extractingCpuMs), median(two.extractingCpuMs))}, ` +
    `other threads ${(median(contenders[1].otherCpuMs) / 1000).toFixed(1)} → ${(median(two.otherCpuMs) / 1000).toFixed(1)} s: each worker compiles its own code)`,
);
if (failed) console.log(`(${failed} article(s) over the ${budgetMs} ms budget in a round: reported, not extracted)`);
console.log(`after: ${uptime()}`);
