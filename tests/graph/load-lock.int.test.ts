// One writer at a time against the real Neo4j: the lock refuses or waits, takes over dead holders, fences lost ones,
// and two concurrent loads leave the graph of one clean load.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { acquireLoadLock, LoadLockBusyError, LoadLockLostError } from '../../src/graph/load-lock.js';
import { upsertArticleGraph } from '../../src/graph/writer.js';
import { graphFingerprint } from '../../src/graph/fingerprint.js';
import { extractArticle } from '../../src/extract/pipeline.js';
import { normaliseArticle } from '../../src/ingest/normalise.js';
import { loadPaths } from '../../src/load/index.js';
import { cleanDatabase, testDriver } from '../helpers/neo4j.js';
import { startCli, writeSyntheticJsonl } from '../helpers/cli.js';

let driver: Driver;
let database: string;
let dir: string;

const LEASE = 30_000;
const query = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(cypher, params, { database })).records.map((r) => r.toObject());
const plantLock = (props: Record<string, unknown>) =>
  query('CREATE (l:LoadLock {id: "load", token: "someone-else", since: "2020-01-01T00:00:00Z"}) SET l += $props', { props });
/** A pid that no process has any more. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

beforeAll(async () => {
  ({ driver, database } = await testDriver());
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-lock-'));
});
beforeEach(async () => cleanDatabase(driver, database));
afterAll(async () => {
  await cleanDatabase(driver, database);
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the lock', () => {
  test('taken, refused to a second loader with who holds it, free again after release', async () => {
    const first = await acquireLoadLock(driver, database, { leaseMs: LEASE, waitMs: 0 });
    const refused = await acquireLoadLock(driver, database, { leaseMs: LEASE, waitMs: 0 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LoadLockBusyError);
    expect((refused as Error).message).toMatch(new RegExp(`^load: another load is running \\(pid ${process.pid} on ${hostname()}, since \\d{4}-\\d\\d-\\d\\dT`));
    await first.release();
    expect(await query('MATCH (l:LoadLock) RETURN count(l) AS c')).toEqual([{ c: 0 }]);
    const again = await acquireLoadLock(driver, database, { leaseMs: LEASE, waitMs: 0 });
    await again.release();
  });

  test.each([
    ['its lease expired (a holder elsewhere that stopped renewing)', () => ({ pid: process.pid, host: 'elsewhere', expiresAt: 0 })],
    ['its pid is gone on this host (killed), before the lease ends', () => ({ pid: deadPid(), host: hostname(), expiresAt: Date.now() + 3_600_000 })],
  ])('a holder is taken over when %s', async (_, props) => {
    await plantLock(props());
    const lock = await acquireLoadLock(driver, database, { leaseMs: LEASE, waitMs: 0 });
    expect(await query('MATCH (l:LoadLock) RETURN l.pid AS pid, l.token = $token AS mine', { token: lock.fence.token })).toEqual([{ pid: process.pid, mine: true }]);
    await lock.release();
  });

  test('a live holder elsewhere with a valid lease is not taken over', async () => {
    await plantLock({ pid: 4242, host: 'elsewhere', expiresAt: Date.now() + 3_600_000 });
    await expect(acquireLoadLock(driver, database, { leaseMs: LEASE, waitMs: 0 })).rejects.toThrow('another load is running (pid 4242 on elsewhere, since 2020-01-01T00:00:00Z)');
  });

  test('a loader whose lock was taken over cannot write: the fenced transaction fails and writes nothing', async () => {
    const lock = await acquireLoadLock(driver, database, { leaseMs: LEASE, waitMs: 0 });
    await query('MATCH (l:LoadLock) SET l.token = "the-new-holder"');
    const n = normaliseArticle({ url: 'https://example.com/fenced', title: 'T', text: 'Angela Merkel said Germany will wait.' });
    if (!n.ok) throw new Error(n.reason);
    await expect(upsertArticleGraph(driver, database, [extractArticle(n.article)], 'now', lock.fence)).rejects.toBeInstanceOf(LoadLockLostError);
    await expect(lock.renew()).rejects.toBeInstanceOf(LoadLockLostError);
    expect(await query('MATCH (a:Article) RETURN count(a) AS c')).toEqual([{ c: 0 }]);
  });
});

describe('two loads at once', () => {
  test('the second waits for the first, saying so; the graph equals one clean load', async () => {
    const file = await writeSyntheticJsonl(path.join(dir, 'twice.jsonl'), 60);
    await loadPaths([file], { driver, database, batchSize: 5 });
    const clean = await graphFingerprint(driver, database);
    await cleanDatabase(driver, database);

    const notices: string[][] = [[], []];
    const run = (i: number) => loadPaths([file], { driver, database, batchSize: 5, lock: { waitMs: 120_000, leaseMs: LEASE }, onNotice: (l) => notices[i].push(l) });
    const [a, b] = await Promise.all([run(0), run(1)]);
    // Exactly one of them waited; whichever ran second found every article already there.
    const waited = notices.findIndex((n) => n.some((l) => l.includes('another load is running')));
    expect(waited).toBeGreaterThanOrEqual(0);
    expect(notices[1 - waited]).toEqual([]);
    const [first, second] = waited === 1 ? [a, b] : [b, a];
    expect(first).toMatchObject({ articlesNew: 60, articlesRejected: 0 });
    expect(second).toMatchObject({ articlesNew: 0, articlesUpdated: 0, articlesUnchanged: 60, nodesCreated: 0 });
    expect(await graphFingerprint(driver, database)).toEqual(clean);
    expect(await query('MATCH (l:LoadLock) RETURN count(l) AS c')).toEqual([{ c: 0 }]);
  });

  test('`newsgraph load` refuses (exit 2) with LOAD_LOCK_WAIT_MS=0, and otherwise waits until the holder is done', async () => {
    const file = await writeSyntheticJsonl(path.join(dir, 'cli.jsonl'), 3);
    // Held by this test process for the whole test: nothing renews it, so its lease outlasts the slow CLI starts.
    const held = await acquireLoadLock(driver, database, { leaseMs: 3_600_000, waitMs: 0 });

    const refused = await startCli(['load', '--no-progress', file], { LOAD_LOCK_WAIT_MS: '0' }).exited;
    expect(refused.stderr).toContain(`load: failed: another load is running (pid ${process.pid} on ${hostname()}, since `);
    expect(refused.code).toBe(2);

    const waiting = startCli(['load', '--no-progress', file], { LOAD_LOCK_WAIT_MS: '120000' });
    await waiting.waitFor(/another load is running \(pid \d+ .*\); waiting up to 120 s/);
    expect(await query('MATCH (a:Article) RETURN count(a) AS c')).toEqual([{ c: 0 }]);
    await held.release();
    const done = await waiting.exited;
    expect(done.stderr).toMatch(/load: 3 new/);
    expect(done.code).toBe(0);
  });
});
