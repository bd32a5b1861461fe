// The embedded server's password file, without starting Neo4j: generated once with mode 0600, kept, tightened.
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ensureNeo4j, PASSWORD_FILE, readOrCreatePassword } from '../../src/graph/neo4j.js';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-pw-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const modeOf = (file: string) => (statSync(file).mode & 0o777).toString(8);

describe('the generated password', () => {
  test('is created once, random, with mode 0600, and read back unchanged', () => {
    const dir = tempDir();
    const first = readOrCreatePassword(dir);
    expect(first).toMatch(/^[\w-]{32}$/);
    expect(modeOf(path.join(dir, PASSWORD_FILE))).toBe('600');
    expect(readOrCreatePassword(dir)).toBe(first);
    expect(readOrCreatePassword(tempDir())).not.toBe(first);
  });

  test('a file left readable by others is tightened to 0600', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, PASSWORD_FILE), 'an-old-password-1\n');
    chmodSync(path.join(dir, PASSWORD_FILE), 0o644);
    expect(readOrCreatePassword(dir)).toBe('an-old-password-1');
    expect(modeOf(path.join(dir, PASSWORD_FILE))).toBe('600');
  });

  test('a file with no usable password is an error naming the file', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, PASSWORD_FILE), 'short\n');
    expect(() => readOrCreatePassword(dir)).toThrow(new RegExp(`${PASSWORD_FILE}.*8 characters`));
  });

  test('NEO4J_PASSWORD too short for the embedded server is refused before Java starts; the data folder becomes 0700', async () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    const cfg = loadConfig({ NEO4J_PASSWORD: 'short', NEO4J_DATA_DIR: dir });
    await expect(ensureNeo4j(cfg, { boltPort: 1 })).rejects.toThrow(/NEO4J_PASSWORD .* 8 characters/);
    expect(modeOf(dir)).toBe('700');
    expect(() => readFileSync(path.join(dir, PASSWORD_FILE))).toThrow(/ENOENT/); // the override wrote no file
  });
});

describe('NEO4J_URI set (a cluster, Aura, a Neo4j of your own)', () => {
  test.each(['neo4j+s://abc123.databases.neo4j.io', 'neo4j://10.0.0.5:7687', 'bolt://db.internal:7687'])('%s: no embedded server is started, no data folder made', async (uri) => {
    const dir = path.join(tempDir(), 'not-made');
    const conn = await ensureNeo4j(loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'their-password', NEO4J_DATABASE: 'news', NEO4J_DATA_DIR: dir }));
    expect(conn).toMatchObject({ uri, username: 'neo4j', password: 'their-password', database: 'news', embedded: false });
    expect(() => statSync(dir)).toThrow(/ENOENT/);
  });
});
