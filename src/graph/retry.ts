// Neo4j outages during a long job: which driver errors mean "the server is not answering" (wait and retry the same
// work) versus "this statement is wrong" (a data problem of one batch), and a bounded, visible retry loop.
import { Neo4jError, error as neo4jErrors } from 'neo4j-driver';

/**
 * The server is unreachable, restarting or briefly unable to serve: the same work may succeed later. The driver's error
 * may come wrapped (as the `cause` of another error); one whose retry loop already gave up is final.
 */
export function isUnavailable(err: unknown): boolean {
  let e: unknown = err;
  for (let depth = 0; e instanceof Error && depth < 5; depth++, e = e.cause) {
    if (e instanceof Neo4jUnavailableError) return false;
    if (!(e instanceof Neo4jError)) continue;
    if (e.code === neo4jErrors.SERVICE_UNAVAILABLE || e.code === neo4jErrors.SESSION_EXPIRED || Neo4jError.isRetryable(e)) return true;
    // A connection lost while the driver logs in (HELLO/LOGON: one opened just before the outage) comes back as a
    // ProtocolError carrying the network message (neo4j-driver's `_onLoginError` → `_onProtocolError(message)`), which the
    // driver does not retry either. That was CI's "load: failed: Connection was closed by server" (stop 23).
    if (e.code === neo4jErrors.PROTOCOL_ERROR && CONNECTION_LOST.test(e.message)) return true;
  }
  return false;
}

/** The messages neo4j-driver's channel gives a lost or refused connection (node-channel.js). */
const CONNECTION_LOST = /^(?:Connection was closed by server|Failed to connect to server|Connection lost\. Server didn't respond)/;

/**
 * An error's class and code, for a failure that no rule here recognised (e.g. "Neo4jError, code ProtocolError"), so
 * that its report says what it was and where to look.
 */
export function errorIdentity(err: unknown): string {
  if (!(err instanceof Error)) return typeof err;
  const code = (err as { code?: unknown }).code;
  const cls = err.constructor?.name || err.name;
  return `${cls}${typeof code === 'string' || typeof code === 'number' ? `, code ${code}` : ''}`;
}

/** Neo4j refused the statement or its data (a client error): retrying the same data cannot help. */
export function isStatementError(err: unknown): boolean {
  return err instanceof Neo4jError && err.code.startsWith('Neo.ClientError.') && !isUnavailable(err);
}

export class Neo4jUnavailableError extends Error {
  override name = 'Neo4jUnavailableError';
}

/** When the current outage began, shared by the retry loops of one job: set at the first failure, cleared when Neo4j answers. */
export interface OutageClock {
  since?: number;
}

export interface RetryOptions {
  /** Longest outage to sit out, counted from the first failure. */
  budgetMs: number;
  /** The job's outage clock (see asOutageFailure). */
  outage?: OutageClock;
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
      if (since !== undefined) {
        opts.onNotice?.(`neo4j: answering again after ${seconds(Date.now() - since)} s; continuing`);
        if (opts.outage) opts.outage.since = undefined;
      }
      return result;
    } catch (err) {
      if (!isUnavailable(err)) throw err;
      const now = Date.now();
      if (since === undefined) {
        since = now;
        if (opts.outage) opts.outage.since ??= now;
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

/**
 * What a long job reports when it stops on `err`. A driver error saying Neo4j is not answering that reached the job
 * without a retry loop's bounded wait (a call no loop covered) is reported like one, so the job still ends as "neo4j:
 * not answering (…); gave up after N s …": as the failure of a loop that gave up meanwhile (`alsoFailed`, e.g. the write
 * in flight), else counting from when the outage began (`outage`). Any other error is returned as it is.
 */
export function asOutageFailure(err: unknown, what: string, opts: { outage?: OutageClock; alsoFailed?: unknown[] } = {}): unknown {
  if (!isUnavailable(err)) return err;
  const waited = opts.alsoFailed?.find((e) => e instanceof Neo4jUnavailableError);
  if (waited) return waited;
  const now = Date.now();
  return new Neo4jUnavailableError(`neo4j: not answering (${firstLine(err)}); gave up after ${seconds(now - (opts.outage?.since ?? now))} s trying to ${what}`, { cause: err });
}

const seconds = (ms: number) => Math.round(ms / 1000);
/** The first sentence of the driver's message, also when wrapped (its advice about encryption settings is noise here). */
const firstLine = (err: unknown) => String((driverError(err) as Error).message ?? err).split('\n')[0].split('. ')[0].slice(0, 200);

/** The driver's own error inside `err` (e.g. the cause of "neo4j: cannot connect to …"), else `err`. */
function driverError(err: unknown): unknown {
  let e: unknown = err;
  for (let depth = 0; e instanceof Error && depth < 5; depth++, e = e.cause) if (e instanceof Neo4jError) return e;
  return err;
}

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
