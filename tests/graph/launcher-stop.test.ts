// Stopping the launcher's JVM waits while the JVM shows progress (phase lines, CPU time used — from its own reports or
// the system's count —, the class-data dump growing) and kills it only after 60 s without progress or 10 min in all.
// The JVM is a fake process whose output, CPU time and exit the test drives; time is vitest's fake clock, so no case
// waits in real time or races a timer.
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { LauncherWatch, procCpuMs, STOP_LIMITS, stopLauncher, type LauncherProcess } from '../../src/graph/launcher-stop.js';

/** A launcher process: records the signals it gets; exits on SIGKILL, or when the test says so. */
class FakeJvm extends EventEmitter {
  readonly pid = 4242;
  exitCode: number | null = null;
  signalCode: NodeJS.Signals | null = null;
  readonly stdout = new PassThrough();
  readonly stderr = new PassThrough();
  readonly signals: string[] = [];
  /** Its CPU time (ms); undefined: the system does not say (no /proc), only the JVM's own reports do. */
  cpu: number | undefined = 0;
  private reported = 0;
  kill(signal: NodeJS.Signals = 'SIGTERM'): boolean {
    this.signals.push(signal);
    if (signal === 'SIGKILL') setImmediate(() => this.exit(null, 'SIGKILL'));
    return true;
  }
  exit(code: number | null, signal: NodeJS.Signals | null = null): void {
    this.exitCode = code;
    this.signalCode = signal;
    this.emit('exit', code, signal);
  }
  /** Uses `ms` of CPU; returns its CPU time. */
  use(ms: number): number {
    this.reported += ms;
    if (this.cpu !== undefined) this.cpu = this.reported;
    return this.reported;
  }
  /** A line on stdout, read by the watch before the returned promise settles. */
  async say(line: string): Promise<void> {
    this.stdout.write(`${line}\n`);
    await vi.advanceTimersByTimeAsync(0);
  }
}

const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-stop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Starts a stop of a fake JVM; `done()` says whether the stop has resolved. */
function startStop(opts: { dumpFile?: string } = {}) {
  const jvm = new FakeJvm();
  const watch = new LauncherWatch(jvm as unknown as LauncherProcess);
  const log: string[] = [];
  let resolved = false;
  const cpuOf = (pid: number) => (pid === jvm.pid ? jvm.cpu : undefined);
  const stopped = stopLauncher(watch, { log: (l) => log.push(l), dumpFile: opts.dumpFile, cpuOf }).then(() => {
    resolved = true;
  });
  return { jvm, log, stopped, done: () => resolved };
}

const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

/** The JVM uses `share` of a core for `ms`, reporting its CPU time every 2 s (Launcher.java). */
async function beat(jvm: FakeJvm, ms: number, share: number) {
  for (let t = 0; t < ms; t += 2_000) {
    await jvm.say(`NEO4J BUSY cpu=${jvm.use(share * 2_000)}`);
    await advance(2_000);
  }
}

/** The JVM uses `share` of a core for `ms` without a word (as while it writes the archive): only the system sees it. */
async function work(jvm: FakeJvm, ms: number, share: number) {
  for (let t = 0; t < ms; t += 500) {
    jvm.use(share * 500);
    await advance(500);
  }
}

describe('stopLauncher', () => {
  test('a JVM that exits on SIGTERM is sent nothing else and nothing is logged', async () => {
    const { jvm, log, stopped } = startStop();
    expect(jvm.signals).toEqual(['SIGTERM']);
    await jvm.say('NEO4J STOPPING');
    await advance(3_000);
    await jvm.say('NEO4J STOPPED');
    jvm.exit(0);
    await stopped;
    expect(jvm.signals).toEqual(['SIGTERM']);
    expect(log).toEqual([]);
  });

  test('a JVM already gone gets no signal', async () => {
    const jvm = new FakeJvm();
    jvm.exit(0);
    await stopLauncher(new LauncherWatch(jvm as unknown as LauncherProcess));
    expect(jvm.signals).toEqual([]);
  });

  test('a slow stop that keeps working (8 min: checkpoint, then the class-data dump) is waited for, and the log says why', async () => {
    const dumpFile = path.join(dir, 'neo4j.4242.jsa.tmp');
    const { jvm, log, stopped, done } = startStop({ dumpFile });
    await jvm.say('NEO4J STOPPING');
    await beat(jvm, 4 * 60_000, 0.2); // a checkpoint on a busy machine: 20 % of a core
    await jvm.say('NEO4J STOPPED');
    await jvm.say('NEO4J DUMPING');
    // The JVM's own reports stop while it dumps (a safepoint holds its threads); the system sees it work at 10 %.
    await work(jvm, 3 * 60_000, 0.1);
    // Then it writes the file (the system's count not consulted here: it stays put): the file's growth is the progress.
    for (let i = 0; i < 6; i++) {
      appendFileSync(dumpFile, Buffer.alloc(1 << 20));
      await advance(20_000);
    }
    expect(done()).toBe(false);
    expect(jvm.signals).toEqual(['SIGTERM']);
    jvm.exit(0);
    await stopped;
    expect(jvm.signals).toEqual(['SIGTERM']);
    expect(log).toEqual([
      expect.stringMatching(/^neo4j: still stopping after 10 s: Neo4j is closing its databases .*; waiting while it shows progress \(killed after 60 s without, or 600 s in all\)$/),
      "neo4j: writing the class-data archive of Neo4j's classes (once: later starts map it)…",
      expect.stringMatching(/^neo4j: still stopping after 24\d s: the JVM is writing the class-data archive of Neo4j's classes \(once\); waiting/),
    ]);
  });

  test('a JVM that shows nothing after SIGTERM is killed after 60 s, not before', async () => {
    const { jvm, log, stopped } = startStop();
    await advance(STOP_LIMITS.quietMs - 2_000);
    expect(jvm.signals).toEqual(['SIGTERM']);
    expect(log).toEqual([expect.stringMatching(/still stopping after 10 s: the JVM has not begun its shutdown yet/)]);
    await advance(3_000);
    await stopped;
    expect(jvm.signals).toEqual(['SIGTERM', 'SIGKILL']);
    expect(log[1]).toMatch(/^neo4j: no progress from the JVM for 60 s \(the JVM has not begun its shutdown yet\); killing it \(pid 4242\)$/);
  });

  test('a wedged shutdown, reporting but using next to no CPU, is killed 60 s after its last progress', async () => {
    const { jvm, log, stopped, done } = startStop();
    await advance(5_000);
    await jvm.say('NEO4J STOPPING'); // progress at 5 s
    await beat(jvm, 30_000, 0.01); // 1 % of a core: not progress
    await work(jvm, 28_000, 0.03); // nor 3 %, an idle Neo4j's most
    expect(done()).toBe(false);
    expect(jvm.signals).toEqual(['SIGTERM']);
    await beat(jvm, 4_000, 0.01);
    await stopped;
    expect(jvm.signals).toEqual(['SIGTERM', 'SIGKILL']);
    expect(log.at(-1)).toMatch(/no progress from the JVM for 60 s \(Neo4j is closing its databases/);
  });

  test('a stop that goes on working forever is killed at the upper bound (10 min), not before', async () => {
    const { jvm, log, stopped, done } = startStop();
    await jvm.say('NEO4J STOPPING');
    await work(jvm, STOP_LIMITS.maxMs - 4_000, 0.25);
    expect(done()).toBe(false);
    expect(jvm.signals).toEqual(['SIGTERM']);
    await work(jvm, 6_000, 0.25);
    await stopped;
    expect(jvm.signals).toEqual(['SIGTERM', 'SIGKILL']);
    expect(log.at(-1)).toMatch(/^neo4j: still stopping after 600 s, the longest a stop may take \(Neo4j is closing its databases.*\); killing it \(pid 4242\)$/);
  });

  test('without the system\'s count (no /proc), the JVM\'s own reports show its work; a JVM reporting idle is killed', async () => {
    const { jvm, stopped, done } = startStop();
    jvm.cpu = undefined;
    await jvm.say('NEO4J STOPPING');
    await beat(jvm, 3 * 60_000, 0.2);
    expect(done()).toBe(false);
    await beat(jvm, 50_000, 0.02); // the busy reports of the last 10 s still count at first
    expect(jvm.signals).toEqual(['SIGTERM']);
    await beat(jvm, 30_000, 0.02);
    await stopped;
    expect(jvm.signals).toEqual(['SIGTERM', 'SIGKILL']);
  });

  test('lines on stderr count as progress; a dump file that stops growing does not', async () => {
    const dumpFile = path.join(dir, 'neo4j.4243.jsa.tmp');
    writeFileSync(dumpFile, 'x');
    const { jvm, stopped, done } = startStop({ dumpFile });
    await jvm.say('NEO4J DUMPING');
    for (let i = 0; i < 5; i++) {
      jvm.stderr.write('launcher: something\n');
      await advance(50_000);
    }
    expect(done()).toBe(false);
    await advance(STOP_LIMITS.quietMs + 2_000); // the file has not grown since the stop began
    await stopped;
    expect(jvm.signals).toEqual(['SIGTERM', 'SIGKILL']);
  });
});

describe.skipIf(process.platform !== 'linux')('procCpuMs (reads /proc)', () => {
  test("is a process's user + system CPU time in ms; undefined for a process that is gone", () => {
    let x = 0;
    for (let i = 0; i < 3e7; i++) x += i % 7; // some CPU of our own
    expect(x).toBeGreaterThan(0);
    const before = process.cpuUsage();
    const ms = procCpuMs(process.pid)!;
    const after = process.cpuUsage();
    expect(ms).toBeGreaterThanOrEqual(Math.floor((before.user + before.system) / 1000 / 10) * 10 - 20);
    expect(ms).toBeLessThanOrEqual((after.user + after.system) / 1000 + 20);
    expect(procCpuMs(2 ** 22 + 1)).toBeUndefined(); // above Linux's highest pid
  });
});
