// One writer at a time: a (:LoadLock) node in the database holds the loader's token, pid, host and a lease that the
// holder renews (every write transaction checks and renews it); a holder that dies stops renewing and is taken over.
import { writeSession } from './driver.js';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { Label } from './model.js';
import { delay } from './retry.js';
import { pidExists } from './pid.js';

/** There is one lock: for the whole database. */
const LOCK_ID = 'load';

export interface LoadLockHolder {
  pid: number;
  host: string;
  /** When the holder took the lock (ISO, the database's clock). */
  since: string;
}

/** What a write transaction checks so that a loader whose lease was taken over cannot write any more. */
export interface LoadFence {
  token: string;
  leaseMs: number;
}

export class LoadLockBusyError extends Error {
  override name = 'LoadLockBusyError';
  constructor(
    readonly holder: LoadLockHolder,
    waitedMs: number,
  ) {
    super(`load: ${describeHolder(holder)}${waitedMs > 0 ? `; gave up after waiting ${Math.round(waitedMs / 1000)} s (LOAD_LOCK_WAIT_MS)` : ''}`);
  }
}

export class LoadLockLostError extends Error {
  override name = 'LoadLockLostError';
}

export function describeHolder(h: LoadLockHolder): string {
  return `another load is running (pid ${h.pid} on ${h.host}, since ${h.since})`;
}

export interface AcquireOptions {
  /** Lease length: a holder that has not renewed for this long is presumed dead. */
  leaseMs: number;
  /** How long to wait for the current holder to finish; 0 refuses at once. */
  waitMs: number;
  /** How often to try again while waiting. */
  pollMs?: number;
  /** Called once when the lock is busy and we start waiting. */
  onWait?: (holder: LoadLockHolder) => void;
  signal?: AbortSignal;
}

export interface LoadLock {
  fence: LoadFence;
  /** Renews the lease; throws LoadLockLostError when another loader has taken it over. */
  renew(): Promise<void>;
  /** Deletes the lock if still ours. */
  release(): Promise<void>;
}

/** Takes the load lock, waiting up to `waitMs` for a live holder; a holder whose lease expired (or whose pid is gone, on this host) is taken over. */
export async function acquireLoadLock(driver: Driver, database: string, opts: AcquireOptions): Promise<LoadLock> {
  const me = { token: randomUUID(), pid: process.pid, host: hostname() };
  const t0 = Date.now();
  let waiting = false;
  for (;;) {
    const holder = await tryAcquire(driver, database, me, opts.leaseMs);
    if (!holder) break;
    const waited = Date.now() - t0;
    if (waited >= opts.waitMs || opts.signal?.aborted) throw new LoadLockBusyError(holder, waited);
    if (!waiting) opts.onWait?.(holder);
    waiting = true;
    await delay(Math.min(opts.pollMs ?? 1000, opts.waitMs - waited), opts.signal);
  }
  const fence: LoadFence = { token: me.token, leaseMs: opts.leaseMs };
  return {
    fence,
    renew: async () => {
      const session = writeSession(driver, database);
      try {
        await session.executeWrite((tx) => checkAndRenew(tx, fence));
      } finally {
        await session.close();
      }
    },
    release: async () => {
      await driver.executeQuery(
        `MATCH (l:${Label.LoadLock} {id: $id, token: $token})
         DELETE l`,
        { id: LOCK_ID, token: me.token },
        { database },
      );
    },
  };
}

/** Inside a write transaction: fails unless this loader still holds the lock, and extends its lease. */
export async function checkAndRenew(tx: ManagedTransaction, fence: LoadFence): Promise<void> {
  const res = await tx.run(
    `MATCH (l:${Label.LoadLock} {id: $id, token: $token})
     SET l.expiresAt = timestamp() + $leaseMs
     RETURN l.id AS id`,
    { id: LOCK_ID, token: fence.token, leaseMs: fence.leaseMs },
  );
  if (res.records.length === 0) {
    throw new LoadLockLostError('load: lost the load lock (its lease expired and another load took it over); nothing more is written');
  }
}

/** null when the lock is now ours; otherwise the live holder. */
async function tryAcquire(driver: Driver, database: string, me: { token: string; pid: number; host: string }, leaseMs: number): Promise<LoadLockHolder | null> {
  const session = writeSession(driver, database);
  try {
    return await session.executeWrite(async (tx) => {
      // The SET write-locks the node, so the holder read next is the last committed one and two loaders cannot both
      // see an expired lease and both take it.
      const res = await tx.run(
        `MERGE (l:${Label.LoadLock} {id: $id})
         ON CREATE SET l.token = $token, l.pid = $pid, l.host = $host, l.since = toString(datetime()), l.expiresAt = timestamp() + $leaseMs
         SET l.checkedAt = timestamp()
         RETURN l.token AS token, l.pid AS pid, l.host AS host, l.since AS since, l.expiresAt < timestamp() AS expired`,
        { id: LOCK_ID, ...me, leaseMs },
      );
      const r = res.records[0];
      if (r.get('token') === me.token) return null;
      const holder: LoadLockHolder = { pid: Number(r.get('pid')), host: r.get('host'), since: r.get('since') };
      const dead = r.get('expired') === true || (holder.host === me.host && !pidExists(holder.pid));
      if (!dead) return holder;
      await tx.run(
        `MATCH (l:${Label.LoadLock} {id: $id})
         SET l.token = $token, l.pid = $pid, l.host = $host, l.since = toString(datetime()), l.expiresAt = timestamp() + $leaseMs`,
        { id: LOCK_ID, ...me, leaseMs },
      );
      return null;
    });
  } finally {
    await session.close();
  }
}
