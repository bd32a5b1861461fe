// Stopping the embedded Neo4j's JVM: SIGTERM, then wait as long as the JVM shows progress, and SIGKILL only a stop that
// has stalled or passed the upper bound. A busy machine's first stop also writes the class-data archive (~110 MB, 15-25 s
// at load 11), and Neo4j checkpoints its store at shutdown: a fixed 60 s cut both, wasting the archive.
import type { ChildProcess } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createInterface, type Interface } from 'node:readline';

/** What stopLauncher needs of the launcher's process (a ChildProcess; tests pass a fake one). */
export type LauncherProcess = Pick<ChildProcess, 'pid' | 'exitCode' | 'signalCode' | 'kill' | 'once' | 'stdout' | 'stderr'>;

export interface StopLimits {
  /** The JVM is killed after this long without progress. */
  quietMs: number;
  /** ... or after this long in all, progress or not. */
  maxMs: number;
  /** How often progress is checked. */
  checkMs: number;
  /** A stop still going after this long says in the log what it waits for (once per phase). */
  noticeMs: number;
  /**
   * The share of one core the JVM must use over the last cpuWindowMs for its CPU time to count as progress. Measured on
   * this 2-core machine at load 14: an idle Neo4j uses 1-3 %, a stop closing its databases or writing the class-data
   * archive 16-46 %.
   */
  minCpuShare: number;
  cpuWindowMs: number;
}

export const STOP_LIMITS: Readonly<StopLimits> = Object.freeze({
  quietMs: 60_000,
  maxMs: 10 * 60_000,
  checkMs: 1_000,
  noticeMs: 10_000,
  minCpuShare: 0.05,
  cpuWindowMs: 10_000,
});

/** Where a stop is, as the launcher reports it (Launcher.java, its shutdown hook). */
export type StopPhase = 'signalled' | 'stopping' | 'stopped' | 'dumping';

const PHASE_LINES: Record<string, StopPhase> = { 'NEO4J STOPPING': 'stopping', 'NEO4J STOPPED': 'stopped', 'NEO4J DUMPING': 'dumping' };
const BUSY_LINE = /^NEO4J BUSY cpu=(\d+)$/;

const WAITING_FOR: Record<StopPhase, string> = {
  signalled: 'the JVM has not begun its shutdown yet',
  stopping: 'Neo4j is closing its databases (open transactions finish, then a checkpoint)',
  stopped: 'the JVM is exiting',
  dumping: "the JVM is writing the class-data archive of Neo4j's classes (once)",
};

/**
 * Reads the launcher's output from its spawn on: `lines` (its stdout, line by line) for whoever waits for READY, and the
 * progress a stop shows — a phase line, a line on stderr, CPU time used (cpuSample).
 */
export class LauncherWatch {
  readonly lines: Interface;
  phase: StopPhase = 'signalled';
  lastProgress = Date.now();
  private cpuSamples: { t: number; cpu: number }[] = [];

  /** Called with each phase the launcher announces. */
  onPhase: (phase: StopPhase) => void = () => undefined;

  constructor(
    readonly child: LauncherProcess,
    private readonly cpuRule: Pick<StopLimits, 'minCpuShare' | 'cpuWindowMs'> = STOP_LIMITS,
  ) {
    this.lines = createInterface({ input: child.stdout! });
    this.lines.on('line', (line) => this.onLine(line));
    child.stderr!.on('data', () => this.progress());
  }

  progress(): void {
    this.lastProgress = Date.now();
  }

  /**
   * The JVM's CPU time (ms) now, from the launcher's own reports or from the system: progress when the JVM used at least
   * minCpuShare of a core since the oldest sample of the last cpuWindowMs (2 s of samples at least).
   */
  cpuSample(cpu: number): void {
    const now = Date.now();
    const samples = this.cpuSamples;
    samples.push({ t: now, cpu });
    while (samples.length > 2 && now - samples[1]!.t >= this.cpuRule.cpuWindowMs) samples.shift();
    const first = samples[0]!;
    const span = now - first.t;
    if (span >= 2_000 && cpu - first.cpu >= this.cpuRule.minCpuShare * span) this.progress();
  }

  private onLine(line: string): void {
    const busy = BUSY_LINE.exec(line);
    if (busy) return this.cpuSample(Number(busy[1]));
    const phase = PHASE_LINES[line];
    if (phase) {
      this.phase = phase;
      this.onPhase(phase);
    }
    this.progress();
  }
}

export interface StopOptions {
  /** Says why the stop waits, when it is long, and why it kills the JVM, if it must. */
  log?: (line: string) => void;
  limits?: Partial<StopLimits>;
  /** The file the launcher dumps the class-data archive into: its growth is progress too. */
  dumpFile?: string;
  /** The JVM's CPU time in ms (default: from /proc, Linux); undefined when unknown. */
  cpuOf?: (pid: number) => number | undefined;
}

/** Stops the launcher (SIGTERM) and resolves when it has exited; SIGKILL only after quietMs without progress or maxMs in all. */
export async function stopLauncher(watch: LauncherWatch, opts: StopOptions = {}): Promise<void> {
  const { child } = watch;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const limits = { ...STOP_LIMITS, ...opts.limits };
  const log = opts.log ?? (() => undefined);
  const cpuOf = opts.cpuOf ?? procCpuMs;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const t0 = Date.now();
  watch.phase = 'signalled';
  watch.progress();
  // The one long stop a user meets (about 5 s quiet, 15-25 s on a busy machine) is named as it begins.
  watch.onPhase = (phase) => {
    if (phase === 'dumping') log("neo4j: writing the class-data archive of Neo4j's classes (once: later starts map it)…");
  };
  child.kill('SIGTERM');
  let dumpSize = fileSize(opts.dumpFile);
  let noticed: StopPhase | undefined;
  const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;
  const timer = setInterval(() => {
    const now = Date.now();
    const size = fileSize(opts.dumpFile);
    if (size > dumpSize) watch.progress();
    dumpSize = size;
    // The JVM's own reports pause while it writes the class-data archive (a safepoint holds every Java thread for the
    // 15-25 s of the dump): the system's count of its CPU time goes on.
    const cpu = child.pid ? cpuOf(child.pid) : undefined;
    if (cpu !== undefined) watch.cpuSample(cpu);
    const what = WAITING_FOR[watch.phase];
    let reason: string | undefined;
    if (now - t0 >= limits.maxMs) reason = `still stopping after ${seconds(now - t0)}, the longest a stop may take (${what})`;
    else if (now - watch.lastProgress >= limits.quietMs) reason = `no progress from the JVM for ${seconds(now - watch.lastProgress)} (${what})`;
    if (reason) {
      clearInterval(timer);
      log(`neo4j: ${reason}; killing it (pid ${child.pid})`);
      child.kill('SIGKILL');
    } else if (now - t0 >= limits.noticeMs && noticed !== watch.phase) {
      noticed = watch.phase;
      log(`neo4j: still stopping after ${seconds(now - t0)}: ${what}; waiting while it shows progress (killed after ${seconds(limits.quietMs)} without, or ${seconds(limits.maxMs)} in all)`);
    }
  }, limits.checkMs);
  try {
    await exited;
  } finally {
    clearInterval(timer);
  }
}

/** A process's CPU time (user + system) in ms from /proc (Linux; clock ticks are 1/100 s); undefined elsewhere or once gone. */
export function procCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After the command's closing parenthesis: state, ppid, ... utime and stime are the 12th and 13th fields.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ms = (Number(fields[11]) + Number(fields[12])) * 10;
    return Number.isFinite(ms) ? ms : undefined;
  } catch {
    return undefined;
  }
}

/** The file's size, -1 when there is none. */
function fileSize(file: string | undefined): number {
  if (!file) return -1;
  try {
    return statSync(file).size;
  } catch {
    return -1;
  }
}
