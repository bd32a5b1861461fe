// A real small disk: the embedded Neo4j on its own tmpfs, filled by another file until under NEO4J_MIN_FREE_MB. The load
// stops with the folder named, Neo4j stays up, the graph is unchanged, a new Neo4j is not started there; once the
// space is freed the same load goes through. Skipped, saying why, where mounting a tmpfs is not permitted (not root).
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, expect, test } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { applyConstraints } from '../../src/graph/constraints.js';
import { DiskSpaceError, freeMb, guardDiskSpace } from '../../src/graph/disk-space.js';
import { openDriver } from '../../src/graph/driver.js';
import { graphFingerprint } from '../../src/graph/fingerprint.js';
import { ensureNeo4j, freePort, Neo4jStartError, type Neo4jConnection } from '../../src/graph/neo4j.js';
import { loadPaths, LoadFailedError } from '../../src/load/index.js';

const mountPoint = mkdtempSync(path.join(tmpdir(), 'newsgraph-tmpfs-'));
const MIN_FREE_MB = 128;
let mounted = false;
let conn: Neo4jConnection | undefined;
let driver: Driver | undefined;

afterAll(async () => {
  guardDiskSpace(undefined);
  await driver?.close();
  await conn?.stop();
  if (mounted) spawnSync('umount', [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

/** Writes zeros to `file` until the disk has less than `targetMb` free. */
function fillUntil(file: string, targetMb: number): void {
  const chunk = Buffer.alloc(4 * 1024 * 1024);
  const fd = openSync(file, 'w');
  try {
    while (freeMb(mountPoint) >= targetMb) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

test('a full tmpfs data disk: the load is refused, nothing lost, Neo4j stays up; freed, the load goes on', async (ctx) => {
  // 768 MB: Neo4j preallocates its 256 MB transaction log; the rest is store and room to fill.
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=768m', 'tmpfs', mountPoint], { encoding: 'utf8' });
  ctx.skip(mount.status !== 0, `mounting a tmpfs is not permitted here (${(mount.stderr || String(mount.error)).trim()}); the threshold tests cover the check`);
  mounted = true;

  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '32m', NEO4J_MIN_FREE_MB: String(MIN_FREE_MB) };
  delete env.NEO4J_URI;
  delete env.NEO4J_PASSWORD;
  const dataDir = path.join(mountPoint, 'neo4j');
  conn = await ensureNeo4j(loadConfig(env), { dataDir, boltPort: await freePort() });
  driver = await openDriver(conn);
  const database = conn.database;
  await applyConstraints(driver, database);

  const articles = path.join(tmpdir(), `newsgraph-diskfull-${process.pid}`);
  mkdirSync(articles, { recursive: true });
  const one = path.join(articles, 'one.txt');
  const two = path.join(articles, 'two.txt');
  writeFileSync(one, 'https://example.org/full/1\nTalks\nRex Tillerson met with Vladimir Putin in Moscow.\n\n"We need to talk," Tillerson said.\n');
  writeFileSync(two, 'https://example.org/full/2\nMore talks\nAngela Merkel met with Emmanuel Macron in Paris.\n');
  try {
    await loadPaths([one], { driver, database, progress: false });
    const before = await graphFingerprint(driver, database);

    const filler = path.join(mountPoint, 'filler');
    fillUntil(filler, MIN_FREE_MB - 16);
    const err = await loadPaths([one, two], { driver, database, progress: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LoadFailedError);
    expect((err as LoadFailedError).cause).toBeInstanceOf(DiskSpaceError);
    expect((err as Error).message).toMatch(new RegExp(`only \\d+ MB free on the disk of ${dataDir}, under NEO4J_MIN_FREE_MB=${MIN_FREE_MB}`));
    // Neo4j never ran out: it still answers, with the graph as it was.
    expect(await graphFingerprint(driver, database)).toEqual(before);
    // Nor is another Neo4j started on that disk.
    const refused = await ensureNeo4j(loadConfig(env), { dataDir: path.join(mountPoint, 'other'), boltPort: await freePort() }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Neo4jStartError);
    expect((refused as Error).message).toMatch(/not starting Neo4j/);
    guardDiskSpace({ dataDir, minFreeMb: MIN_FREE_MB }); // the refused start pointed the guard at its own folder

    rmSync(filler);
    const summary = await loadPaths([one, two], { driver, database, progress: false });
    expect(summary).toMatchObject({ articlesNew: 1, articlesUnchanged: 1 });
  } finally {
    rmSync(articles, { recursive: true, force: true });
  }
}, 900_000);
