// The free-space guard: a threshold above the free space refuses to start the embedded Neo4j, naming the folder.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { checkDiskSpace, freeMb, guardDiskSpace } from '../../src/graph/disk-space.js';
import { ensureNeo4j, Neo4jStartError } from '../../src/graph/neo4j.js';

const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-disk-'));
afterAll(() => {
  guardDiskSpace(undefined);
  rmSync(dir, { recursive: true, force: true });
});

describe('free-space guard', () => {
  const free = freeMb(dir);
  test.each([
    ['threshold 0 (off)', 0, false],
    ['threshold under the free space', Math.max(1, free - 100), false],
    ['threshold above the free space', free + 1000, true],
  ])('%s', (_name, minFreeMb, refused) => {
    const check = () => checkDiskSpace({ dataDir: dir, minFreeMb }, 'writing a batch');
    if (refused) expect(check).toThrow(new RegExp(`only \\d+ MB free on the disk of ${dir}, under NEO4J_MIN_FREE_MB=${minFreeMb}; not writing a batch`));
    else expect(check).not.toThrow();
  });

  test('the embedded Neo4j is not started on a disk under the threshold, and the error names the data folder', async () => {
    const cfg = loadConfig({ NEO4J_DATA_DIR: dir, NEO4J_MIN_FREE_MB: String(freeMb(dir) + 1000), NEO4J_BOLT_PORT: '1' });
    const err = await ensureNeo4j(cfg).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Neo4jStartError);
    expect((err as Error).message).toMatch(new RegExp(`only \\d+ MB free on the disk of ${dir}.*not starting Neo4j.*what is in the graph is kept`));
    // Nothing was started or written but the password file the check comes after.
    expect(readdirSync(dir)).toEqual(['neo4j-password']);
  });
});
