// Neo4j going away before or during a load (a proxy in front of the test Neo4j is cut): the loader waits visibly within
// its budget, then fails saying what was committed; the re-run, and a load that outlived a short outage, equal a clean load.
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { openDriver } from '../../src/graph/driver.js';
import { graphFingerprint } from '../../src/graph/fingerprint.js';
import { Neo4jUnavailableError } from '../../src/graph/retry.js';
import { loadPaths, LoadFailedError, type LoadOptions } from '../../src/load/index.js';
import { cleanDatabase, testConnection, testDriver } from '../helpers/neo4j.js';
import { startOutageProxy, type OutageProxy } from '../helpers/proxy.js';
import { runCli, startCli, writeSyntheticJsonl } from '../helpers/cli.js';

let driver: Driver;
let database: string;
let dir: string;
let proxy: OutageProxy;
let viaProxy: Driver;

const count = async (cypher: string) => (await driver.executeQuery(cypher, {}, { database })).records[0].get(0) as number;

/**
 * Batches of two (in this order) built so that the result depends on what the graph holds when each batch is
 * resolved: batch 2's bare "Brandvold" has one full-name candidate (batch 1) until batch 3 adds a second one.
 */
async function surnameTrap(): Promise<string> {
  const text = (t: string) => JSON.stringify({ url: `https://news.example/2018/05/0${t.length % 9}/${encodeURIComponent(t.slice(0, 24))}`, title: t.slice(0, 20), text: t });
  const records = [
    'Tomas Brandvold met with Elena Marchetti in Oslo on Monday.',
    'Tomas Brandvold arrived in Oslo on Monday for the trade talks.',
    '"We will keep talking," Brandvold said on Tuesday in Oslo.',
    'Elena Marchetti told reporters the talks would continue.',
    'Ingrid Brandvold met with Farid Haddad in Vienna on Friday.',
    'Ingrid Brandvold said the Vienna talks went well.',
    '"Nothing is agreed yet," Brandvold said in Vienna.',
    'Farid Haddad arrived in Vienna on Thursday.',
  ].map(text);
  const file = path.join(dir, 'trap.jsonl');
  await writeFile(file, records.join('\n') + '\n');
  return file;
}

const LOCK = { waitMs: 60_000, leaseMs: 1_000 };

beforeAll(async () => {
  ({ driver, database } = await testDriver());
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-outage-'));
});
beforeEach(async () => {
  await cleanDatabase(driver, database);
  proxy = await startOutageProxy(testConnection().uri);
  viaProxy = await openDriver({ ...testConnection(), uri: proxy.uri });
});
afterEach(async () => {
  await viaProxy.close();
  await proxy.close();
});
afterAll(async () => {
  await cleanDatabase(driver, database);
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

describe('Neo4j outage during a load', () => {
  test('longer than the budget: fails after a visible bounded wait, says what was committed; the re-run equals a clean load', async () => {
    const file = await surnameTrap();
    const opts: Omit<LoadOptions, 'driver' | 'database'> = { batchSize: 2, lock: LOCK };
    await loadPaths([file], { driver, database, ...opts });
    const clean = await graphFingerprint(driver, database);
    // Identity runs once the articles are in, over all of them: the bare "Brandvold" (two bearers, neither dominant)
    // keeps its own node whatever the batches — no longer the one Brandvold known when its batch was written.
    expect(await count('MATCH (:Person {id: "person:brandvold"})-[:SAID]->(q:Quote) RETURN count(q)')).toBe(2);
    expect(await count('MATCH (:Person {id: "person:tomas-brandvold"})-[:SAID]->(q:Quote) RETURN count(q)')).toBe(0);
    await cleanDatabase(driver, database);

    const notices: string[] = [];
    const t0 = Date.now();
    const failed = await loadPaths([file], {
      driver: viaProxy,
      database,
      ...opts,
      retryMs: 3_000,
      onNotice: (l) => notices.push(l),
      onBatchCommitted: (n) => (n === 1 ? void proxy.cut() : undefined),
    }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(LoadFailedError);
    expect((failed as LoadFailedError).cause).toBeInstanceOf(Neo4jUnavailableError);
    expect((failed as Error).message).toMatch(/neo4j: not answering \(.*\); gave up after \d+ s trying to/);
    expect((failed as LoadFailedError).summary).toMatchObject({ articlesNew: 2, articlesRejected: 0 });
    expect(notices.length).toBeGreaterThan(0);
    for (const n of notices) expect(n).toMatch(/^neo4j: not answering while trying to .*; retrying for up to 3 s \(LOAD_RETRY_MS\)/);
    // Bounded: the 3 s budget plus one driver retry round (5 s), not 30 s per article.
    expect(Date.now() - t0).toBeLessThan(40_000);
    expect(await count('MATCH (a:Article) RETURN count(a)')).toBe(2);

    await proxy.restore();
    const rerun = await loadPaths([file], { driver: viaProxy, database, ...opts });
    expect(rerun).toMatchObject({ articlesUnchanged: 2, articlesNew: 6, articlesRejected: 0 });
    expect(await graphFingerprint(driver, database)).toEqual(clean);
  });

  test('shorter than the budget: the load waits, says so, continues when Neo4j is back, and equals a clean load', async () => {
    const file = await surnameTrap();
    const opts: Omit<LoadOptions, 'driver' | 'database'> = { batchSize: 2, lock: LOCK };
    await loadPaths([file], { driver, database, ...opts });
    const clean = await graphFingerprint(driver, database);
    await cleanDatabase(driver, database);

    const notices: string[] = [];
    const summary = await loadPaths([file], {
      driver: viaProxy,
      database,
      ...opts,
      retryMs: 120_000,
      // Cut right before batch 2, whose bare surname must still find the one Brandvold of batch 1.
      onBatchCommitted: (n) => (n === 1 ? void proxy.cut() : undefined),
      // Neo4j comes back as soon as the loader has said it is waiting.
      onNotice: (l) => {
        notices.push(l);
        if (l.includes('not answering')) void proxy.restore();
      },
    });
    expect(notices.some((l) => /^neo4j: not answering/.test(l))).toBe(true);
    expect(notices.at(-1)).toMatch(/^neo4j: answering again after \d+ s; continuing/);
    expect(summary).toMatchObject({ articlesNew: 8, articlesRejected: 0 });
    expect(await graphFingerprint(driver, database)).toEqual(clean);
  });

  test('connections dropped while the driver logs in (a ProtocolError to the driver) are waited out like any outage', async () => {
    const file = await surnameTrap();
    const notices: string[] = [];
    const failed = await loadPaths([file], {
      driver: viaProxy,
      database,
      batchSize: 2,
      lock: LOCK,
      retryMs: 3_000,
      onNotice: (l) => notices.push(l),
      // From batch 2 on, Neo4j still accepts connections but each closes at login: CI's "Connection was closed by server".
      onBatchCommitted: (n) => (n === 1 ? void proxy.cut({ atLogin: true }) : undefined),
    }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(LoadFailedError);
    expect((failed as LoadFailedError).cause).toBeInstanceOf(Neo4jUnavailableError);
    expect((failed as Error).message).toMatch(/^neo4j: not answering \(.*\); gave up after \d+ s trying to/);
    expect((failed as LoadFailedError).summary).toMatchObject({ articlesNew: 2, articlesRejected: 0 });
    expect(notices.length).toBeGreaterThan(0);
    for (const n of notices) expect(n).toMatch(/^neo4j: not answering while trying to .*; retrying for up to 3 s \(LOAD_RETRY_MS\)/);
    expect(await count('MATCH (a:Article) RETURN count(a)')).toBe(2);
  });

  test('an outage while taking the load lock is waited out; the load then runs', async () => {
    const file = await surnameTrap();
    const notices: string[] = [];
    proxy.cutOnStatement(`MERGE (l:LoadLock`);
    const summary = await loadPaths([file], {
      driver: viaProxy,
      database,
      batchSize: 2,
      lock: LOCK,
      retryMs: 120_000,
      onNotice: (l) => {
        notices.push(l);
        if (l.includes('not answering')) void proxy.restore();
      },
    });
    expect(notices[0]).toMatch(/^neo4j: not answering while trying to take the load lock \(/);
    expect(notices.at(-1)).toMatch(/^neo4j: answering again after \d+ s; continuing/);
    expect(summary).toMatchObject({ articlesNew: 8, articlesRejected: 0 });
  });

  test('`newsgraph load` with Neo4j down before it starts: visible bounded wait, exit 2, nothing committed', async () => {
    const file = await writeSyntheticJsonl(path.join(dir, 'before.jsonl'), 20);
    await proxy.cut();
    const t0 = Date.now();
    const { code, stderr } = await runCli(['load', '--no-progress', file], { NEO4J_URI: proxy.uri, LOAD_RETRY_MS: '2000' });
    expect(stderr).toMatch(/^neo4j: not answering while trying to connect \(Failed to connect to server\); retrying for up to 2 s \(LOAD_RETRY_MS\)/m);
    expect(stderr).toMatch(/^load: 0 new, 0 updated, 0 unchanged, 0 rejected/m);
    expect(stderr).toMatch(/^load: failed: neo4j: not answering \(Failed to connect to server\); gave up after [23] s trying to connect$/m);
    expect(stderr).toContain('load: nothing was committed; run the same command again to load it');
    expect(stderr).not.toMatch(/^newsgraph: /m);
    expect(code).toBe(2);
    expect(Date.now() - t0).toBeLessThan(60_000);
    expect(await count('MATCH (a:Article) RETURN count(a)')).toBe(0);
  });

  test('`newsgraph load` with Neo4j going away while the graph opens (the schema read): waits, continues when it is back', async () => {
    const file = await writeSyntheticJsonl(path.join(dir, 'opening.jsonl'), 20);
    proxy.cutOnStatement('SHOW CONSTRAINTS');
    const run = startCli(['load', '--no-progress', file], { NEO4J_URI: proxy.uri, LOAD_RETRY_MS: '120000' });
    await run.waitFor(/neo4j: not answering while trying to apply the schema \(.*\); retrying for up to 120 s/);
    await proxy.restore();
    const { code, stderr } = await run.exited;
    expect(stderr).toMatch(/^neo4j: answering again after \d+ s; continuing/m);
    expect(stderr).toMatch(/^load: 20 new, 0 updated, 0 unchanged, 0 rejected/m);
    expect(code).toBe(0);
    expect(await count('MATCH (a:Article) RETURN count(a)')).toBe(20);
  });

  test('`newsgraph load` exits 2 naming what was committed', async () => {
    const file = await writeSyntheticJsonl(path.join(dir, 'many.jsonl'), 3000);
    const run = startCli(['load', '--no-progress', file], { NEO4J_URI: proxy.uri, LOAD_BATCH_SIZE: '5', LOAD_RETRY_MS: '2000', LOAD_LOCK_LEASE_MS: '1000' });
    // Cut once some batches are in (asked of the database directly, not through the proxy), long before the end.
    while ((await count('MATCH (a:Article) RETURN count(a)')) < 10) {
      await Promise.race([run.exited, new Promise((r) => setTimeout(r, 50))]);
      if (run.child.exitCode !== null) throw new Error(`load ended before the outage:\n${run.stderr()}`);
    }
    await proxy.cut();
    const { code, stderr } = await run.exited;
    const committed = await count('MATCH (a:Article) RETURN count(a)');
    expect(stderr).toMatch(/neo4j: not answering while trying to .*; retrying for up to 2 s/);
    // The summary counts what was surely committed; a batch whose commit reply the outage swallowed is named apart.
    const reported = Number(/load: (\d+) new, 0 updated, 0 unchanged, 0 rejected/.exec(stderr)?.[1]);
    const inDoubt = Number(/load: (\d+) more articles were being written/.exec(stderr)?.[1] ?? 0);
    expect(reported + inDoubt).toBeGreaterThanOrEqual(10);
    expect(committed === reported || committed === reported + inDoubt).toBe(true);
    expect(stderr).toMatch(/load: failed: neo4j: not answering .*gave up after/);
    expect(stderr).toContain('load: what is listed above is committed; run the same command again to load the rest');
    expect(code).toBe(2);
  });
});
