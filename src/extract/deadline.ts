// A per-article time budget for extraction: stages check it between sentences, so one pathological article is
// reported (ExtractionTimeoutError) and the load goes on, instead of holding the loader for minutes. The budget is
// CPU time of the extracting thread, not wall time: a busy machine slows every article alike and must not reject them.
import { readFileSync } from 'node:fs';

export class ExtractionTimeoutError extends Error {
  override name = 'ExtractionTimeoutError';
  constructor(
    readonly articleId: string,
    readonly stage: string,
    readonly budgetMs: number,
    readonly elapsedMs: number,
  ) {
    super(`ExtractionTimeoutError: extract: article '${articleId}' over its time budget of ${budgetMs} ms (in ${stage}, after ${Math.round(elapsedMs)} ms)`);
  }
}

export interface Deadline {
  /** Throws ExtractionTimeoutError once the budget is spent; `stage` names where, for the report. */
  check(stage: string): void;
}

/** No budget: eval and benchmarks measure every article whole. */
export const NO_DEADLINE: Deadline = { check: () => undefined };

/** CPU time used by this process so far, in ms. */
export const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * CPU time of the calling thread so far, in ms, where Linux tells it, else undefined. Node 20 has no per-thread CPU
 * clock, and the process's sums every thread: a worker timing a short article while the other worker chews a long one
 * was charged for both, and on a busy machine a two-sentence article went over a 150 ms budget (CI, load average 15).
 * /proc/thread-self/schedstat gives nanoseconds on the CPU (~4 µs a read) but reads zero where the kernel keeps no
 * scheduler statistics (this CI box); /proc/thread-self/stat's utime + stime are always kept, in ticks of USER_HZ
 * (100 a second on Linux), so that clock moves in 10 ms steps — fine for budgets of hundreds of ms.
 */
export const threadCpuMs: (() => number) | undefined = (() => {
  const fromSchedstat = () => Number(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ', 1)[0]) / 1e6;
  const fromStat = () => {
    // The command name in parentheses may hold spaces: fields are counted after its closing one (utime is field 14).
    const stat = readFileSync('/proc/thread-self/stat', 'latin1');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };
  try {
    if (fromSchedstat() > 0) return fromSchedstat;
  } catch {
    // not Linux, or no scheduler statistics: try the tick counts
  }
  try {
    return Number.isFinite(fromStat()) ? fromStat : undefined;
  } catch {
    return undefined;
  }
})();

/** The clock an article's budget runs on: this thread's CPU time, or the process's where the thread's is unknown. */
export const extractionClock: () => number = threadCpuMs ?? cpuMs;

/**
 * A CPU clock read at most once per `minWallMs` of wall time, the last reading given in between. Reading the process's
 * CPU time is a getrusage system call that sums every thread (~10 µs on this machine): checked between sentences it cost
 * ~200 calls per article, a sixth of extraction's CPU. Wall time bounds CPU time, so the budget is overrun by at most
 * about `minWallMs` (× the CPU-share factor of a worker's clock).
 */
export function throttledClock(clock: () => number, minWallMs = 2, wallMs: () => number = () => performance.now()): () => number {
  let readAt = -Infinity;
  let last = 0;
  return () => {
    const wall = wallMs();
    if (wall - readAt >= minWallMs) {
      readAt = wall;
      last = clock();
    }
    return last;
  };
}

export function deadlineFor(articleId: string, budgetMs: number | undefined, now: () => number = extractionClock): Deadline {
  if (budgetMs === undefined) return NO_DEADLINE;
  const started = now();
  return {
    check(stage) {
      const elapsed = now() - started;
      if (elapsed > budgetMs) throw new ExtractionTimeoutError(articleId, stage, budgetMs, elapsed);
    },
  };
}
