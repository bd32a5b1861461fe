// The embedded Neo4j lifecycle: data survives a SIGTERM restart; a second start on the same data dir reuses the server;
// a lost password file means a new password, not a locked-out store.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { ensureNeo4j, freePort, PASSWORD_FILE, portAnswers, type Neo4jConnection } from '../../src/graph/neo4j.js';
import { openDriver } from '../../src/graph/driver.js';

const cfg = loadConfig({ ...process.env, NEO4J_URI: undefined, NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '128m' });
const dataDir = path.join(PROJECT_ROOT, '.data', `lifecycle-${process.pid}`);
const started: Neo4jConnection[] = [];

afterAll(async () => {
  for (const c of started) await c.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(`${dataDir}-other`, { recursive: true, force: true });
});

async function run<T>(conn: Neo4jConnection, cypher: string, params: Record<string, unknown> = {}) {
  const driver = await openDriver(conn);
  try {
    const res = await driver.executeQuery(cypher, params, { database: conn.database });
    return res.records.map((r) => r.toObject()) as T[];
  } finally {
    await driver.close();
  }
}

describe('embedded Neo4j lifecycle', () => {
  test('data written before a SIGTERM stop is read back after a restart; a second start reuses the running server', async () => {
    const port = await freePort();
    const first = await ensureNeo4j(cfg, { dataDir, boltPort: port });
    started.push(first);
    expect(first.embedded).toBe(true);

    const reused = await ensureNeo4j(cfg, { dataDir, boltPort: port });
    expect(reused.uri).toBe(first.uri);
    await reused.stop(); // a no-op: this call did not start the server
    expect(await portAnswers(port)).toBe(true);

    await run(first, 'CREATE (:LifecycleProbe {id: $id, written: $at})', { id: 'probe-1', at: 'before-restart' });
    await first.stop();
    expect(await portAnswers(port)).toBe(false);

    // A store whose password file is gone (or that predates auth) gets a new password on its next start.
    const firstPassword = readFileSync(path.join(dataDir, PASSWORD_FILE), 'utf8').trim();
    expect(first.password).toBe(firstPassword);
    rmSync(path.join(dataDir, PASSWORD_FILE));
    const second = await ensureNeo4j(cfg, { dataDir, boltPort: port });
    started.push(second);
    expect(second.password).not.toBe(firstPassword);
    const rows = await run<{ written: string }>(second, 'MATCH (p:LifecycleProbe {id: $id}) RETURN p.written AS written', { id: 'probe-1' });
    expect(rows).toEqual([{ written: 'before-restart' }]);
  }, 400_000); // two JVM starts: minutes on a busy 2-core machine

  test('a port taken by another program gives a clear error', async () => {
    const net = await import('node:net');
    const server = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const port = (server.address() as { port: number }).port;
    try {
      await expect(ensureNeo4j(cfg, { dataDir: `${dataDir}-other`, boltPort: port })).rejects.toThrow(/port \d+ is taken/);
    } finally {
      server.close();
    }
  });
});
