// The embedded Neo4j is secure by default: auth on with a generated 0600 password, no LOAD CSV from files or URLs,
// Bolt only (no WebSocket) on its port; and no JVM outlives the process that started it, however that process ends.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config.js';
import { openDriver } from '../../src/graph/driver.js';
import { freePort, PASSWORD_FILE } from '../../src/graph/neo4j.js';
import { testConnection, testDriver } from '../helpers/neo4j.js';

const dataDir = inject('neo4jDataDir');
const embedded = dataDir !== undefined;
let driver: Driver;
let database: string;

beforeAll(async () => {
  ({ driver, database } = await testDriver());
});
afterAll(async () => driver.close());

describe.skipIf(!embedded)('the embedded Neo4j is secure by default (skipped with NEO4J_URI: not ours to configure)', () => {
  test('a wrong password is refused; the generated one works', async () => {
    const conn = testConnection();
    await expect(openDriver({ ...conn, password: `${conn.password}-wrong` })).rejects.toThrow(/unauthorized|authentication/i);
    await expect(openDriver({ ...conn, username: 'admin' })).rejects.toThrow(/unauthorized|authentication/i);
    expect(conn.password).toMatch(/^[\w-]{32}$/);
  });

  test('the password file is readable by its owner only (mode 0600)', () => {
    const mode = statSync(path.join(dataDir!, PASSWORD_FILE)).mode & 0o777;
    expect(mode.toString(8)).toBe('600');
  });

  test('LOAD CSV cannot read a local file', async () => {
    await expect(driver.executeQuery("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row LIMIT 1", {}, { database })).rejects.toThrow(
      /allow_csv_import_from_file_urls/,
    );
  });

  describe('LOAD CSV cannot fetch a URL', () => {
    let server: Server;
    let hits = 0;
    beforeAll(async () => {
      server = createServer((_req, res) => {
        hits++;
        res.end('a,b\n1,2\n');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    test('from a server that answers, not even one request reaches it', async () => {
      const { port } = server.address() as net.AddressInfo;
      expect((await fetch(`http://127.0.0.1:${port}/x.csv`)).status).toBe(200); // the server does answer
      hits = 0;
      for (const scheme of ['http', 'https', 'ftp']) {
        await expect(
          driver.executeQuery(`LOAD CSV FROM $url AS row RETURN row LIMIT 1`, { url: `${scheme}://127.0.0.1:${port}/x.csv` }, { database }),
        ).rejects.toThrow(/blocked/);
      }
      expect(hits).toBe(0);
    });
  });

  test('the Bolt port closes a WebSocket upgrade from a foreign origin without answering; Bolt itself still works', async () => {
    const { port } = new URL(testConnection().uri);
    const reply = await new Promise<{ data: string; closed: boolean }>((resolve) => {
      const socket = net.connect(Number(port), '127.0.0.1', () =>
        socket.write(
          'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
            'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nOrigin: https://evil.example\r\n\r\n',
        ),
      );
      let data = '';
      socket.on('data', (d) => (data += d.toString()));
      socket.on('close', () => resolve({ data, closed: true }));
      socket.setTimeout(20_000, () => {
        socket.destroy();
        resolve({ data, closed: false });
      });
    });
    expect(reply).toEqual({ data: '', closed: true });
    const ok = await driver.executeQuery('RETURN 1 AS one', {}, { database });
    expect(ok.records[0].get('one')).toBe(1);
  });
});

// Each case starts its own JVM: minutes on a busy 2-core machine, hence the explicit bound.
const JVM_CASE_TIMEOUT_MS = 660_000; // start (≤ 480 s, vitest.config.ts) + the JVM's own exit bound

describe('no JVM outlives the process that started it', () => {
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) c.kill('SIGKILL'); // a case that failed half-way: its JVM follows by itself
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  const isAlive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  /** Polls until the pid is gone; resolves false when it is still there after the bound. */
  async function gone(pid: number, boundMs: number): Promise<boolean> {
    const until = Date.now() + boundMs;
    while (Date.now() < until) {
      if (!isAlive(pid)) return true;
      await new Promise((r) => setTimeout(r, 250));
    }
    return !isAlive(pid);
  }

  /** Starts tests/helpers/embedded-neo4j-child.ts and resolves with the child and the JVM pid it reports. */
  async function startChild(mode: 'hang' | 'crash') {
    const dir = path.join(PROJECT_ROOT, '.data', `orphan-${mode}-${process.pid}`);
    dirs.push(dir);
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('tests/helpers/embedded-neo4j-child.ts'), dir, String(await freePort()), mode], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let output = '';
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const pid = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        output += d.toString();
        const m = /\{"pid":(\d+)\}/.exec(output);
        if (m) resolve(Number(m[1]));
      });
      void exited.then((code) => reject(new Error(`the child exited (${code}) before Neo4j was ready:\n${output}`)));
    });
    expect(isAlive(pid)).toBe(true);
    return { child, pid, exited, output: () => output };
  }

  test('kill -9 of the parent: the JVM stops by itself', async () => {
    const { child, pid, exited } = await startChild('hang');
    child.kill('SIGKILL');
    await exited;
    expect(await gone(pid, 90_000)).toBe(true);
  }, JVM_CASE_TIMEOUT_MS);

  test('an uncaught error in the parent: the fatal path stops Neo4j before exiting with code 2', async () => {
    const { pid, exited, output } = await startChild('crash');
    expect(await exited).toBe(2);
    expect(output()).toMatch(/boom/);
    expect(await gone(pid, 30_000)).toBe(true);
  }, JVM_CASE_TIMEOUT_MS);
});
