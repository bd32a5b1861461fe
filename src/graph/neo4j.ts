// Lifecycle of the embedded-default Neo4j: use NEO4J_URI when set, else reuse or start scripts/neo4j/Launcher.java.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT, type Config } from '../config.js';
import { checkDiskSpace, guardDiskSpace } from './disk-space.js';
import { holdLauncher, LAUNCHER_UNUSED_MS, sweepLaunchers } from './launcher-folders.js';
import { LauncherWatch, STOP_LIMITS, stopLauncher, type StopLimits } from './launcher-stop.js';

/** What a tool run printed and how it ended (`error`: it could not start, e.g. not installed). */
interface ToolRun {
  status: number | null;
  stdout: string;
  stderr: string;
  error?: Error;
}

/**
 * Runs a tool (java, javac, jar, mvn) without blocking the event loop: a javac compile or a Maven download can take a
 * minute on a busy machine, and the process must keep answering (signals, a test runner's heartbeats) meanwhile.
 */
function runTool(command: string, args: string[], cwd?: string): Promise<ToolRun> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.once('error', (error) => resolve({ status: null, stdout, stderr, error }));
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
}

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** true when the server is the project's embedded one (started here or reused). */
  embedded: boolean;
  /** The JVM's pid when this process started the embedded server. */
  pid?: number;
  /** Stops the server if this process started it; a no-op otherwise. */
  stop(): Promise<void>;
}

export class Neo4jStartError extends Error {
  override name = 'Neo4jStartError';
}

export interface EnsureOptions {
  dataDir?: string;
  boltPort?: number;
  log?: (line: string) => void;
  /** Where compiled launchers (and their class-data archives) are kept; LAUNCHER_CACHE unless a test isolates its own. */
  launcherCache?: string;
  /** When a stop of the server started here gives up waiting (launcher-stop.ts, STOP_LIMITS). */
  stopLimits?: Partial<StopLimits>;
}

const NEO4J_DIR = path.join(PROJECT_ROOT, 'scripts', 'neo4j');
const POM = path.join(NEO4J_DIR, 'pom.xml');
const CLASSPATH_FILE = path.join(NEO4J_DIR, 'classpath.txt');
const LAUNCHER = path.join(NEO4J_DIR, 'Launcher.java');
/** Compiled launchers, one folder per (source, classpath, JDK): a start reuses the class instead of compiling the source. */
export const LAUNCHER_CACHE = path.join(NEO4J_DIR, 'target', 'launcher');
/** Written last into a compiled launcher folder: a folder without it is incomplete and is rebuilt. */
const COMPILED_MARK = 'compiled.ok';
const STATE_FILE = 'newsgraph-neo4j.json';
/** The embedded server's password, generated on first start, readable by this user only. */
export const PASSWORD_FILE = 'neo4j-password';

/** Servers this process started and has not stopped yet: every fatal path stops them (stopStartedNeo4j). */
const startedHere = new Set<{ stop(): Promise<void> }>();

interface RunState {
  pid: number;
  port: number;
}

/** A connection to Neo4j: the external one from NEO4J_URI, the embedded one already running, or a new one. */
export async function ensureNeo4j(cfg: Config, opts: EnsureOptions = {}): Promise<Neo4jConnection> {
  const log = opts.log ?? (() => undefined);
  if (cfg.NEO4J_URI) {
    return {
      uri: cfg.NEO4J_URI,
      username: cfg.NEO4J_USERNAME,
      password: cfg.NEO4J_PASSWORD ?? 'neo4j',
      database: cfg.NEO4J_DATABASE,
      embedded: false,
      stop: async () => undefined,
    };
  }
  const dataDir = path.resolve(opts.dataDir ?? cfg.NEO4J_DATA_DIR);
  const port = opts.boltPort ?? cfg.NEO4J_BOLT_PORT;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // The store files are readable by whoever can enter the folder: only this user may (also for folders from before).
  if ((statSync(dataDir).mode & 0o077) !== 0) chmodSync(dataDir, 0o700);
  const password = cfg.NEO4J_PASSWORD ?? readOrCreatePassword(dataDir);
  if (!/^[^\r\n]{8,}$/.test(password)) {
    throw new Neo4jStartError('neo4j: NEO4J_PASSWORD for the embedded Neo4j must be 8 characters or more, on one line (or unset it to use the generated one)');
  }
  const base = { uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password, database: 'neo4j', embedded: true };

  const disk = { dataDir, minFreeMb: cfg.NEO4J_MIN_FREE_MB };
  // Each load batch of this process checks the same folder (src/graph/writer.ts).
  guardDiskSpace(disk);
  const running = readState(dataDir);
  if (running && running.port === port && isAlive(running.pid) && (await portAnswers(port))) {
    log(`neo4j: reusing the embedded Neo4j already running on port ${port} (pid ${running.pid})`);
    return { ...base, stop: async () => undefined };
  }
  // Neo4j recovering or writing on a full disk panics and stays down: refuse to start it there.
  try {
    checkDiskSpace(disk, 'starting Neo4j');
  } catch (err) {
    throw new Neo4jStartError((err as Error).message);
  }
  if (await portAnswers(port)) {
    throw new Neo4jStartError(
      `neo4j: port ${port} is taken by another program. Stop it, choose another port with NEO4J_BOLT_PORT, or point NEO4J_URI at a running Neo4j.`,
    );
  }

  const java = await checkJava(cfg);
  const classpath = await resolveClasspath(log);
  const cacheDir = opts.launcherCache ?? LAUNCHER_CACHE;
  const key = launcherKey(java, classpath);
  // Marked before it is looked up, so that another start's sweep keeps it; held by the JVM too once it runs.
  const releases = [holdLauncher(cacheDir, key)];
  const release = () => releases.forEach((r) => r());
  let child: ChildProcess;
  let launcher: CompiledLauncher | undefined;
  try {
    sweepOtherLaunchers(cacheDir, key, log);
    launcher = await compiledLauncher(java, classpath, log, cacheDir);
    const jvmClasspath = launcher ? `${launcher.classpath}${path.delimiter}${classpath}` : classpath;
    const cds = launcher ? classDataSharing(launcher, java, jvmClasspath) : undefined;
    child = spawnLauncher(java.bin, jvmClasspath, launcher ? 'Launcher' : LAUNCHER, dataDir, port, cfg, password, cds?.args ?? []);
  } catch (err) {
    release();
    throw err;
  }
  if (child.pid) releases.push(holdLauncher(cacheDir, key, child.pid));
  const watch = new LauncherWatch(child, { ...STOP_LIMITS, ...opts.stopLimits });
  const dumpFile = launcher && child.pid ? path.join(launcher.dir, `neo4j.${child.pid}.jsa.tmp`) : undefined;
  const started = {
    stop: () =>
      stopLauncher(watch, { log, dumpFile, limits: opts.stopLimits })
        .then(() => rmSync(path.join(dataDir, STATE_FILE), { force: true }))
        .finally(() => {
          release();
          startedHere.delete(started);
        }),
  };
  startedHere.add(started);
  try {
    await waitUntilReady(watch, dataDir, cfg.NEO4J_START_TIMEOUT_MS, log);
  } catch (err) {
    await started.stop();
    throw err;
  }
  writeFileSync(path.join(dataDir, STATE_FILE), JSON.stringify({ pid: child.pid ?? 0, port } satisfies RunState));
  log(`neo4j: embedded Neo4j ready at ${base.uri} (data in ${dataDir}; password in ${path.join(dataDir, PASSWORD_FILE)})`);
  return { ...base, pid: child.pid, stop: started.stop };
}

/** Stops every embedded Neo4j this process started (a fatal error path); the launcher also stops when we die. */
export async function stopStartedNeo4j(): Promise<void> {
  await Promise.allSettled([...startedHere].map((s) => s.stop()));
}

/**
 * The password of the embedded server: generated on first start (also for data folders from before auth was on) and
 * kept in the data folder with mode 0600; a looser mode found on an existing file is tightened.
 */
export function readOrCreatePassword(dataDir: string): string {
  const file = path.join(dataDir, PASSWORD_FILE);
  try {
    writeFileSync(file, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new Neo4jStartError(`neo4j: cannot write ${file}: ${(err as Error).message}`);
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const password = readFileSync(file, 'utf8').trim();
  if (password.length < 8) throw new Neo4jStartError(`neo4j: ${file} holds no usable password (8 characters or more); delete it to generate one`);
  return password;
}

export interface StopOnExitOptions {
  /** The process's exit code after a signal (default 0: Ctrl-C of a server is a normal stop). */
  exitCode?: (signal: NodeJS.Signals) => number;
}

/** Stops an embedded Neo4j this process started when the process is interrupted or ends. */
export function stopOnExit(conn: Neo4jConnection, beforeStop?: () => Promise<void>, opts: StopOnExitOptions = {}): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const t0 = Date.now();
    process.stderr.write(`\nnewsgraph: ${signal} received, shutting down…\n`);
    void (async () => {
      try {
        await beforeStop?.();
      } finally {
        if (conn.embedded) process.stderr.write('newsgraph: stopping Neo4j (open transactions finish first)…\n');
        await conn.stop();
        if (conn.embedded) process.stderr.write(`newsgraph: stopped in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
        process.exit(opts.exitCode?.(signal) ?? 0);
      }
    })();
  };
  // `on`, not `once`: Ctrl-C reaches us twice (from the terminal and relayed by tsx/npm); a second signal with no
  // handler would kill this process before Neo4j has stopped.
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  process.on('SIGHUP', handler); // the terminal closed
}

export interface Java {
  bin: string;
  major: number;
  /** `java -version` as printed: part of the compiled launcher's cache key. */
  version: string;
}

export async function checkJava(cfg: Config): Promise<Java> {
  const java = cfg.JAVA_HOME ? path.join(cfg.JAVA_HOME, 'bin', 'java') : 'java';
  const res = await runTool(java, ['-version']);
  if (res.error || res.status !== 0) {
    throw new Neo4jStartError(
      `neo4j: Java was not found (${java}). Install a JDK 17 or newer (e.g. 'apt-get install openjdk-17-jdk-headless maven') or set NEO4J_URI to use a running Neo4j.`,
    );
  }
  const m = /version "(\d+)/.exec(res.stderr + res.stdout);
  const major = m ? Number(m[1]) : 0;
  if (major < 17) {
    throw new Neo4jStartError(`neo4j: Java ${major || '?'} found, Neo4j 5.26 needs Java 17 or newer. Set JAVA_HOME to a JDK 17+ or set NEO4J_URI.`);
  }
  return { bin: java, major, version: (res.stderr + res.stdout).trim() };
}

/** A compiled launcher: its folder (cache key) and what goes first on the JVM's classpath (the jar, else the classes). */
export interface CompiledLauncher {
  dir: string;
  classpath: string;
  /** The classes packed as a jar: only classpath jars can go into a class-data-sharing archive (classDataSharing). */
  jar: boolean;
}

const LAUNCHER_JAR = 'launcher.jar';
const LAUNCHER_CLASSES = 'classes';

/** The name of the compiled launcher's folder: a hash of the source, the classpath and the JDK. */
export function launcherKey(java: Java, classpath: string): string {
  // 'jar-v1': the folder's layout (classes/ and launcher.jar), so folders of the older layout are not taken for this one.
  return createHash('sha256').update('jar-v1\0').update(readFileSync(LAUNCHER)).update('\0').update(classpath).update('\0').update(java.version).digest('hex').slice(0, 16);
}

/** Removes the compiled launchers of other builds that no running process uses (launcher-folders.ts); never fails a start. */
function sweepOtherLaunchers(cacheDir: string, key: string, log: (line: string) => void): void {
  try {
    const { removed, bytes } = sweepLaunchers(cacheDir, key);
    if (removed.length) {
      log(`neo4j: removed ${removed.length} compiled launcher folder(s) of other builds, unused for ${LAUNCHER_UNUSED_MS / 3_600_000} h (${Math.round(bytes / 2 ** 20)} MB): ${removed.join(', ')}`);
    }
  } catch (err) {
    log(`neo4j: could not remove old compiled launchers in ${cacheDir}: ${(err as Error).message}`);
  }
}

/**
 * The folder holding Launcher.class compiled for this source, classpath and JDK, compiled now when absent (about 30 s
 * on a busy machine, once; running Launcher.java from source would pay it at every start), and packed as a jar when
 * the JDK has its `jar` tool. Concurrent starts each compile into their own temporary folder and rename it into place:
 * the first rename wins, the others use its result. Undefined when no javac sits beside java (a JRE): the launcher
 * then runs from source, as before.
 */
export async function compiledLauncher(
  java: Java,
  classpath: string,
  log: (line: string) => void = () => undefined,
  cacheDir = LAUNCHER_CACHE,
): Promise<CompiledLauncher | undefined> {
  const key = launcherKey(java, classpath);
  const dir = path.join(cacheDir, key);
  const found = (): CompiledLauncher => {
    const jar = existsSync(path.join(dir, LAUNCHER_JAR));
    return { dir, classpath: path.join(dir, jar ? LAUNCHER_JAR : LAUNCHER_CLASSES), jar };
  };
  if (existsSync(path.join(dir, COMPILED_MARK))) return found();
  const tool = (name: string) => (java.bin === 'java' ? name : path.join(path.dirname(java.bin), name));
  const javacBin = tool('javac');
  if ((await runTool(javacBin, ['-version'])).status !== 0) return undefined;
  log('neo4j: compiling the launcher (once for this JDK and Neo4j version)…');
  mkdirSync(cacheDir, { recursive: true });
  const tmp = mkdtempSync(path.join(cacheDir, `.tmp-${key}-`));
  try {
    const classes = path.join(tmp, LAUNCHER_CLASSES);
    const res = await runTool(javacBin, ['--release', String(java.major), '-nowarn', '-encoding', 'UTF-8', '-cp', classpath, '-d', classes, LAUNCHER]);
    if (res.status !== 0) throw new Neo4jStartError(`neo4j: javac could not compile ${LAUNCHER}:\n${`${res.stdout}\n${res.stderr}`.trim().split('\n').slice(-8).join('\n')}`);
    // Without the jar tool the classes folder serves (no class-data sharing then).
    const packed = await runTool(tool('jar'), ['--create', '--file', path.join(tmp, LAUNCHER_JAR), '-C', classes, '.']);
    if (packed.status !== 0) rmSync(path.join(tmp, LAUNCHER_JAR), { force: true });
    writeFileSync(path.join(tmp, COMPILED_MARK), `${java.version}\n`);
    // An incomplete folder (a compile killed half-way before renames existed, a file deleted by hand) is moved aside.
    if (existsSync(dir) && !existsSync(path.join(dir, COMPILED_MARK))) {
      try {
        renameSync(dir, `${tmp}-stale`);
        rmSync(`${tmp}-stale`, { recursive: true, force: true });
      } catch {
        /* another start moved it first */
      }
    }
    try {
      renameSync(tmp, dir);
    } catch (err) {
      // Another start renamed its own compile into place first: identical input, so its classes serve as well.
      if (!existsSync(path.join(dir, COMPILED_MARK))) throw err;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return found();
}

/** The JVM options for Neo4j's class-data-sharing archive. */
export interface ClassDataSharing {
  args: string[];
  /** The archive the JVM maps; undefined when this start is the one to write it (at its clean stop). */
  archive?: string;
}

/**
 * An archive's name carries the classpath it was made for (classpathStamp) and its size: a file of another size (cut
 * short by a crash, a full disk) or made for other jars is never used.
 */
const ARCHIVE_NAME = /^neo4j-([0-9a-f]+)-(\d+)\.jsa$/;
/** What the launcher dumps into (named by the JVM's pid) before linking it into place under ARCHIVE_NAME. */
const ARCHIVE_DUMP = /^neo4j\.(\d+)\.jsa\.tmp$/;

/**
 * The jars of a classpath as the JVM checks them against an archive (path, size, modification time): a jar replaced
 * or touched since the dump (Maven fetching it again) makes JDK 17 refuse the archive and, with it, its own base
 * archive, at every start. Part of the archive's name, so such an archive is replaced rather than kept.
 */
export function classpathStamp(classpath: string): string {
  const hash = createHash('sha256');
  for (const entry of classpath.split(path.delimiter)) {
    try {
      const st = statSync(entry);
      hash.update(`${entry}\0${st.size}\0${st.mtimeMs}\n`);
    } catch {
      hash.update(`${entry}\0missing\n`);
    }
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * The complete archive in a compiled launcher's folder for this classpath stamp: the one whose size is the size in its
 * name. Any other archive there is removed: JDK 17 maps a truncated archive and dies of SIGBUS, and a garbage or stale
 * one turns off even the JDK's own archive, so a file that is not whole, or not made for these jars, must never reach
 * -XX:SharedArchiveFile. A dump whose JVM is gone (killed while writing it) is removed too.
 */
export function usableArchive(dir: string, stamp: string): string | undefined {
  let found: string | undefined;
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    const archive = ARCHIVE_NAME.exec(name);
    if (archive) {
      if (!found && archive[1] === stamp && statSync(file).size === Number(archive[2])) found = file;
      else rmSync(file, { force: true });
      continue;
    }
    const dump = ARCHIVE_DUMP.exec(name);
    if (dump && !isAlive(Number(dump[1]))) rmSync(file, { force: true });
    // Archives of other names (`neo4j.jsa` of the launcher before this one, which could hold the few classes of a start
    // cut short) are never trusted, nor its dumps (`neo4j.jsa.<node pid>.<random>.tmp`) once surely abandoned.
    else if (name.endsWith('.jsa') || (name.endsWith('.jsa.tmp') && !dump && Date.now() - statSync(file).mtimeMs > 10 * 60_000)) rmSync(file, { force: true });
  }
  return found;
}

/**
 * Class-data sharing for Neo4j's JVM: the classes it loads (~10k: Neo4j, Netty, Cypher) are parsed and verified once,
 * dumped into an archive, and mapped by later starts (measured by hand on a quiet machine: JVM CPU to READY 22.1 s →
 * 15.9 s). The archive is written once: while the folder has none, the JVM starts with -XX:+RecordDynamicDumpInfo
 * (no dump at exit, unlike -XX:ArchiveClassesAtExit, which cost ~5 s at every exit of such a JVM and dumped the few
 * classes of a start cut short as well), and the launcher dumps it itself (`VM.cds dynamic_dump`) at a stop asked for
 * after READY — not after a start cut short, not when its parent is gone, not when another start's archive is already
 * in place — into a file of its own, linked into place only once complete and named for its jars and size
 * (Launcher.java). Starts that find it whole and made for their jars map it; a JVM that still cannot map it runs
 * without it. JDK 17+ (VM.cds); only classpath jars can be archived: none without a packed launcher jar.
 */
export function classDataSharing(launcher: CompiledLauncher, java: Java, classpath: string): ClassDataSharing | undefined {
  if (!launcher.jar || java.major < 17 || process.env.NEWSGRAPH_NEO4J_CDS === '0') return undefined;
  const stamp = classpathStamp(classpath);
  const archive = usableArchive(launcher.dir, stamp);
  if (archive) return { args: [`-XX:SharedArchiveFile=${archive}`], archive };
  // The dump's thousands of "Skipping …: Not linked" warnings would go to the launcher's stdout.
  return { args: ['-XX:+RecordDynamicDumpInfo', '-Xlog:cds=off', '-Xlog:cds+dynamic=off', `-Dnewsgraph.cds.dir=${launcher.dir}`, `-Dnewsgraph.cds.stamp=${stamp}`] };
}

/** The Neo4j jars, resolved by Maven once and cached in scripts/neo4j/classpath.txt. */
export async function resolveClasspath(log: (line: string) => void = () => undefined): Promise<string> {
  if (existsSync(CLASSPATH_FILE) && statSync(CLASSPATH_FILE).mtimeMs >= statSync(POM).mtimeMs) {
    const cached = readFileSync(CLASSPATH_FILE, 'utf8').trim();
    if (cached && cached.split(path.delimiter).every((jar) => existsSync(jar))) return cached;
  }
  const mvnCheck = await runTool('mvn', ['-v']);
  if (mvnCheck.error || mvnCheck.status !== 0) {
    throw new Neo4jStartError(
      "neo4j: Maven ('mvn') was not found; it fetches Neo4j from Maven Central. Install it (e.g. 'apt-get install maven') or set NEO4J_URI to use a running Neo4j.",
    );
  }
  log('neo4j: resolving Neo4j Community from Maven Central (the first run downloads ~150 MB)…');
  const res = await runTool('mvn', ['-q', '-B', 'dependency:build-classpath', `-Dmdep.outputFile=${CLASSPATH_FILE}`], NEO4J_DIR);
  if (res.status !== 0 || !existsSync(CLASSPATH_FILE)) {
    const tail = `${res.stdout}\n${res.stderr}`.trim().split('\n').slice(-8).join('\n');
    throw new Neo4jStartError(`neo4j: Maven could not resolve Neo4j (scripts/neo4j/pom.xml):\n${tail}`);
  }
  return readFileSync(CLASSPATH_FILE, 'utf8').trim();
}

/** `main` is the compiled class name (Launcher) or, without a JDK compiler, the source file java compiles in memory. */
function spawnLauncher(java: string, classpath: string, main: string, dataDir: string, port: number, cfg: Config, password: string, jvmOptions: string[]): ChildProcess {
  const args = [
    ...jvmOptions,
    `-Xms${cfg.NEO4J_HEAP}`,
    `-Xmx${cfg.NEO4J_HEAP}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-cp',
    classpath,
    main,
    dataDir,
    String(port),
    cfg.NEO4J_PAGECACHE,
    cfg.NEO4J_TX_TIMEOUT,
  ];
  // Own process group: a Ctrl-C in the terminal reaches us first, and we stop Neo4j in order.
  const child = spawn(java, args, { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  // The password goes through stdin (argv is visible to every user in `ps`); stdin then stays open while we live, and
  // the launcher stops Neo4j when it closes, however this process ends.
  child.stdin!.on('error', () => undefined); // the launcher already gone: its exit is reported by waitUntilReady/stopLauncher
  child.stdin!.write(`${password}\n`);
  return child;
}

function waitUntilReady(watch: LauncherWatch, dataDir: string, timeoutMs: number, log: (line: string) => void): Promise<void> {
  const { child } = watch;
  const errLog = createWriteStream(path.join(dataDir, 'launcher.log'), { flags: 'a' });
  child.stderr!.pipe(errLog);
  const recent: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Neo4jStartError(`neo4j: not ready after ${Math.round(timeoutMs / 1000)} s; see ${path.join(dataDir, 'launcher.log')}`));
    }, timeoutMs);
    watch.lines.on('line', (line) => {
      recent.push(line);
      if (recent.length > 20) recent.shift();
      if (line.startsWith('NEO4J READY')) {
        clearTimeout(timer);
        log(`neo4j: ${line.slice('NEO4J '.length)}`);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      rmSync(path.join(dataDir, STATE_FILE), { force: true });
      reject(
        new Neo4jStartError(
          `neo4j: the server exited (code ${code}) before it was ready; see ${path.join(dataDir, 'launcher.log')}\n${recent.join('\n')}`,
        ),
      );
    });
  });
}

function readState(dataDir: string): RunState | undefined {
  try {
    return JSON.parse(readFileSync(path.join(dataDir, STATE_FILE), 'utf8')) as RunState;
  } catch {
    return undefined;
  }
}

/** Whether a process of this user with that PID still runs (signal 0 probes without touching it). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** True when something accepts TCP connections on the loopback port. */
export function portAnswers(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A free loopback port, for throwaway servers in tests and benchmarks. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
