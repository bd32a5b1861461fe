// Neo4j outages during a long job: which driver errors mean "the server is not answering" (wait and retry the same
// work) versus "this statement is wrong" (a data problem of one batch), and a bounded, visible retry loop.
import { Neo4jError, error as neo4jErrors } from 'neo4j-driver';

/** The server is unreachable, restarting or briefly unable to serve: the same work may succeed later. */
export function isUnavailable(err: unknown): boolean {
  if (!(err instanceof Neo4jError)) return false;
  return err.code === neo4jErrors.SERVICE_UNAVAILABLE || err.code === neo4jErrors.SESSION_EXPIRED || Neo4jError.isRetryable(err);
}

/** Neo4j refused the statement or its data (a client error): retrying the same data cannot help. */
export function isStatementError(err: unknown): boolean {
  return err instanceof Neo4jError && err.code.startsWith('Neo.ClientError.') && !isUnavailable(err);
}

export class Neo4jUnavailableError extends Error {
  override name = 'Neo4jUnavailableError';
}

export interface RetryOptions {
  /** Longest outage to sit out, counted from the first failure. */
  budgetMs: number;
  /** Told once when the outage starts and once when it ends. */
  onNotice?: (line: string) => void;
  signal?: AbortSignal;
  /** Pause between attempts (grows from 0.5 s to this). */
  maxPauseMs?: number;
}

/** Runs `op`; while Neo4j is unavailable, retries with growing pauses for up to `budgetMs`, then throws Neo4jUnavailableError. */
export async function retryWhileUnavailable<T>(what: string, op: () => Promise<T>, opts: RetryOptions): Promise<T> {
  let since: number | undefined;
  let pause = 500;
  for (;;) {
    try {
      const result = await op();
      if (since !== undefined) opts.onNotice?.(`neo4j: answering again after ${seconds(Date.now() - since)} s; continuing`);
      return result;
    } catch (err) {
      if (!isUnavailable(err)) throw err;
      const now = Date.now();
      if (since === undefined) {
        since = now;
        opts.onNotice?.(`neo4j: not answering while trying to ${what} (${firstLine(err)}); retrying for up to ${seconds(opts.budgetMs)} s (LOAD_RETRY_MS)…`);
      }
      const left = since + opts.budgetMs - now;
      if (left <= 0 || opts.signal?.aborted) {
        const why = opts.signal?.aborted ? 'interrupted while waiting' : `gave up after ${seconds(now - since)} s`;
        throw new Neo4jUnavailableError(`neo4j: not answering (${firstLine(err)}); ${why} trying to ${what}`, { cause: err });
      }
      await delay(Math.min(pause, left), opts.signal);
      pause = Math.min(pause * 2, opts.maxPauseMs ?? 5000);
    }
  }
}

const seconds = (ms: number) => Math.round(ms / 1000);
/** The first sentence of a driver message (its advice about encryption settings is noise here). */
const firstLine = (err: unknown) => String((err as Error).message ?? err).split('\n')[0].split('. ')[0].slice(0, 200);

/** A pause that an abort ends early. */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
