// A load on a disk under the free-space threshold stops before writing, with the folder named, and loses nothing;
// once space is back (here: the threshold lowered) the same command loads the rest.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { freeMb, guardDiskSpace, DiskSpaceError } from '../../src/graph/disk-space.js';
import { graphFingerprint } from '../../src/graph/fingerprint.js';
import { loadPaths, LoadFailedError } from '../../src/load/index.js';
import { cleanDatabase, testDriver } from '../helpers/neo4j.js';

let driver: Driver;
let database: string;
let dir: string;

beforeAll(async () => {
  ({ driver, database } = await testDriver());
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-diskfull-'));
});
afterAll(async () => {
  guardDiskSpace(undefined);
  await cleanDatabase(driver, database);
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

const article = (n: number) => `https://example.org/disk/${n}\nTalks ${n}\nRex Tillerson met with Vladimir Putin in Moscow on day ${n}.\n\n"We need to talk," Tillerson said.\n`;

test('a load batch under NEO4J_MIN_FREE_MB is refused with the folder and free space named; the graph is unchanged', async () => {
  await cleanDatabase(driver, database);
  const first = path.join(dir, 'first.txt');
  const second = path.join(dir, 'second.txt');
  await writeFile(first, article(1));
  await writeFile(second, article(2));
  await loadPaths([first], { driver, database, progress: false });
  const before = await graphFingerprint(driver, database);

  // The threshold above what is free stands for a full disk (the real one would be Neo4j's own).
  guardDiskSpace({ dataDir: dir, minFreeMb: freeMb(dir) + 1000 });
  const err = await loadPaths([second], { driver, database, progress: false }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(LoadFailedError);
  expect((err as LoadFailedError).cause).toBeInstanceOf(DiskSpaceError);
  expect((err as Error).message).toMatch(new RegExp(`only \\d+ MB free on the disk of ${dir}, under NEO4J_MIN_FREE_MB=\\d+; not writing a batch of 1 articles`));
  expect(await graphFingerprint(driver, database)).toEqual(before);

  guardDiskSpace({ dataDir: dir, minFreeMb: 1 });
  const summary = await loadPaths([first, second], { driver, database, progress: false });
  expect(summary).toMatchObject({ articlesNew: 1, articlesUnchanged: 1 });
});
