// A per-article time budget for extraction: stages check it between sentences, so one pathological article is
// reported (ExtractionTimeoutError) and the load goes on, instead of holding the loader for minutes. The budget is
// CPU time of this process, not wall time: a busy machine slows every article alike and must not reject them.

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

export function deadlineFor(articleId: string, budgetMs: number | undefined, now: () => number = cpuMs): Deadline {
  if (budgetMs === undefined) return NO_DEADLINE;
  const started = now();
  return {
    check(stage) {
      const elapsed = now() - started;
      if (elapsed > budgetMs) throw new ExtractionTimeoutError(articleId, stage, budgetMs, elapsed);
    },
  };
}
