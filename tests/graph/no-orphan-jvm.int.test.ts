// No Neo4j JVM outlives the process that started it when that process is stopped while Neo4j is still starting, nor
// when the process that started *it* goes away (`npm start` stopped: npm exits and leaves its script running).
// tests/graph/security.int.test.ts has the after-ready cases of a parent killed with -9 or failing.
// Every wait polls with a deadline; the bounds are generous (a JVM start takes minutes when six engineers share 2 cores).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { freePort, isAlive, portAnswers } from '../../src/graph/neo4j.js';

// start (≤ 480 s, vitest.config.ts) + the JVM's own exit bound
const JVM_CASE_TIMEOUT_MS = 660_000;
const EXIT_BOUND_MS = 90_000;
const embedded = !process.env.NEO4J_URI;

const dirs: string[] = [];
const children: ChildProcess[] = [];
/** Processes of a case that are not our children (newsgraph under its shell). */
const grandchildren: number[] = [];
afterAll(() => {
  // A case that failed half-way: its processes go, and their JVMs follow by themselves.
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const pid of grandchildren) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});


/** Polls `check` every 250 ms until it returns a value other than undefined; throws after `boundMs`. */
async function poll<T>(what: string, boundMs: number, check: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const until = Date.now() + boundMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`still waiting after ${boundMs / 1000} s: ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The pid of the Neo4j JVM serving `dataDir`, if one runs (found by its command line, which names the folder). */
function jvmFor(dataDir: string): number | undefined {
  const line = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .find((l) => /^\s*\d+\s+\S*java\s/.test(l) && l.includes(` ${dataDir} `));
  return line ? Number(line.trim().split(/\s+/)[0]) : undefined;
}

/** The children of `pid`. */
function childrenOf(pid: number): number[] {
  return execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number))
    .filter(([, ppid]) => ppid === pid)
    .map(([p]) => p);
}

/**
 * Waits until the JVM `pid` is gone, checking meanwhile that its Bolt port never answers: a JVM that went on starting
 * after its parent was stopped would open it when ready (as it did before the launcher watched its parent from the start).
 */
async function goneWithoutServing(pid: number, port: number): Promise<void> {
  await poll(`JVM ${pid} gone`, EXIT_BOUND_MS, async () => {
    expect(await portAnswers(port)).toBe(false);
    return isAlive(pid) ? undefined : true;
  });
}

function spawnTracked(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(command, args, { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, output: () => output, exited };
}

describe.skipIf(!embedded)('no JVM outlives an interrupted start or a vanished parent (skipped with NEO4J_URI: no JVM of ours)', () => {
  test.each(['SIGTERM', 'SIGINT', 'SIGKILL'] as const)(
    '%s to the process starting Neo4j, while Neo4j is starting: the JVM exits without ever serving',
    async (signal) => {
      const dataDir = path.join(PROJECT_ROOT, '.data', `start-interrupted-${signal}-${process.pid}`);
      dirs.push(dataDir);
      const port = await freePort();
      const run = spawnTracked(process.execPath, ['--import', 'tsx', path.resolve('tests/helpers/embedded-neo4j-child.ts'), dataDir, String(port), 'hang'], process.env);
      // Neo4j has begun building its server once it writes its own log; READY comes seconds later at the earliest.
      const jvm = await poll('the JVM building Neo4j', 480_000, () => (existsSync(path.join(dataDir, 'logs', 'debug.log')) ? jvmFor(dataDir) : undefined));
      expect(run.output()).not.toMatch(/"pid"/); // not ready yet
      run.child.kill(signal);
      await run.exited;
      await goneWithoutServing(jvm, port);
    },
    JVM_CASE_TIMEOUT_MS,
  );

  test.each(['starting', 'ready'] as const)(
    'the parent of `newsgraph neo4j` killed with -9 while Neo4j is %s: newsgraph stops, and its JVM with it',
    async (stage) => {
      const dataDir = path.join(PROJECT_ROOT, '.data', `parent-gone-${stage}-${process.pid}`);
      dirs.push(dataDir);
      const port = await freePort();
      const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(port), NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m' };
      delete env.NEO4J_URI;
      // A shell that waits for newsgraph, as npm does for its script ('; :' keeps the shell from exec-ing it).
      const shell = spawnTracked('sh', ['-c', 'node bin/newsgraph.js neo4j; :'], env);
      const newsgraph = await poll('newsgraph under the shell', 60_000, () => childrenOf(shell.child.pid!)[0]);
      grandchildren.push(newsgraph);
      const jvm = await poll('the JVM', 480_000, () =>
        stage === 'starting' ? (existsSync(path.join(dataDir, 'logs', 'debug.log')) ? jvmFor(dataDir) : undefined) : /Neo4j at bolt:/.test(shell.output()) ? jvmFor(dataDir) : undefined,
      );
      if (stage === 'starting') expect(shell.output()).not.toMatch(/Neo4j at bolt:/);
      else expect(await portAnswers(port)).toBe(true);
      shell.child.kill('SIGKILL');
      await shell.exited;
      await poll(`newsgraph ${newsgraph} gone`, EXIT_BOUND_MS, () => (isAlive(newsgraph) ? undefined : true));
      if (stage === 'starting') await goneWithoutServing(jvm, port);
      else await poll(`JVM ${jvm} gone`, EXIT_BOUND_MS, () => (isAlive(jvm) ? undefined : true));
      expect(await portAnswers(port)).toBe(false);
    },
    JVM_CASE_TIMEOUT_MS,
  );
});
