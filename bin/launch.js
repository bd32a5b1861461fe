// Starts an entry point from the compiled dist/ (built by `npm run build`, run at install) when it is up to date with
// src/; otherwise from the TypeScript source through tsx, saying so, so a stale build never runs old code.
// A command that extracts in its own thread is started again with V8's young generation sized for extraction (below).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Newest modification time of the sources the build compiles. */
function newestSource() {
  let newest = statSync(path.join(ROOT, 'tsconfig.json')).mtimeMs;
  for (const entry of readdirSync(path.join(ROOT, 'src'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Whether dist/ holds `entry` (a path under dist/) built from the current src/: the build's stamp is newer than every source. */
export function builtIsCurrent(entry) {
  const stamp = path.join(ROOT, 'dist', '.built');
  return existsSync(path.join(ROOT, 'dist', entry)) && existsSync(stamp) && statSync(stamp).mtimeMs >= newestSource();
}

/**
 * Default of EXTRACT_SEMI_SPACE_MB (src/config.ts declares the same; a test keeps them equal). Extraction makes many
 * short-lived objects; V8's default semi-space (16 MB on 64-bit Node 20) fills and is scavenged often, copying the
 * article's live objects each time. 64 MB measured fastest of 16/32/64/128 (README, Scale).
 */
export const DEFAULT_EXTRACT_SEMI_SPACE_MB = 64;

/**
 * V8's interrupt budget (bytecode executed before a function's hotness is checked) for a process that extracts: 4 ×
 * Node 20's default (67,584). Extraction's stage functions are huge and TurboFan inlines their callees, so each
 * optimisation costs seconds of a background thread, and a function optimised early on thin type feedback is
 * deoptimised ("wrong map") and compiled again: 400 articles in one thread burned ~11 CPU-s compiling against ~17
 * extracting. Checked later, fewer functions get hot and those that do have settled: 28 → 22 CPU-s in one thread,
 * 30 → 23 with two workers, each isolate compiling for itself (README, Scale). 8 × was slower (more time interpreted).
 */
export const EXTRACT_INTERRUPT_BUDGET = 4 * 67584;

/**
 * The V8 flags of a thread that extracts: `--max-semi-space-size` from EXTRACT_SEMI_SPACE_MB (0: V8's default, no
 * flag) and the interrupt budget above. Read here, before the config module can be loaded, because V8 takes heap sizes
 * only when the process starts. V8's flags are the process's: worker threads extracting in it have them too.
 * @param {NodeJS.ProcessEnv} env
 * @returns {string[]}
 */
export function extractionV8Flags(env = process.env) {
  const raw = env.EXTRACT_SEMI_SPACE_MB;
  // An invalid value starts no second process: the command's config check then reports it.
  if (raw !== undefined && raw !== '' && !/^\d+$/.test(raw)) return [];
  const mb = raw === undefined || raw === '' ? DEFAULT_EXTRACT_SEMI_SPACE_MB : Number(raw);
  return [...(mb > 0 ? [`--max-semi-space-size=${mb}`] : []), `--interrupt-budget=${EXTRACT_INTERRUPT_BUDGET}`];
}

/**
 * Whether the command line extracts in the process's own thread: `extract` always (a handful of articles, or one
 * thread; with workers its thread still reads and writes every article's JSON), `load` when it has one extraction
 * thread (EXTRACT_WORKERS=1, or one core); worker threads get their young generation from the pool instead.
 * @param {string[]} args the arguments after the script
 */
export function extractsInThisThread(args, env = process.env) {
  const command = args.find((a) => !a.startsWith('-'));
  if (command === 'extract') return true;
  if (command !== 'load') return false;
  const workers = env.EXTRACT_WORKERS ? Number(env.EXTRACT_WORKERS) : availableParallelism();
  return workers <= 1;
}

/** Whether V8 already has a semi-space size from the command line or NODE_OPTIONS (the operator's choice stands). */
function semiSpaceGiven() {
  return v8FlagGiven('--max-semi-space-size');
}

/** Whether V8 already has the flag `name` from the command line or NODE_OPTIONS (given, or this is the relaunched node). */
function v8FlagGiven(name) {
  return [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) => a === name || a.startsWith(`${name}=`));
}

/**
 * Runs this same command line in a child node with `flags` and ends as it ends (its exit code, or its signal). Signals
 * sent to this process are passed on; Ctrl-C reaches both from the terminal, and the CLI's handlers take a repeat.
 */
function relaunch(flags) {
  const child = spawn(process.execPath, [...flags, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const relay = (signal) => child.kill(signal);
  for (const s of signals) process.on(s, relay);
  child.on('error', (err) => {
    process.stderr.write(`newsgraph: could not start node with ${flags.join(' ')}: ${err.message}\n`);
    process.exit(2);
  });
  child.on('exit', (code, signal) => {
    for (const s of signals) process.off(s, relay);
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
}

/**
 * When this command line extracts in its own thread and V8 was started without the extraction flags, runs it again in
 * a child node that has them (true: this process only waits for it and ends as it ends).
 */
export function relaunchForExtraction() {
  if (!extractsInThisThread(process.argv.slice(2)) || semiSpaceGiven()) return false;
  // Only the flags this node lacks: the relaunched node has them all and runs the command (no relaunch loop).
  const flags = extractionV8Flags().filter((f) => !v8FlagGiven(f.split('=')[0]));
  if (!flags.length) return false;
  relaunch(flags);
  return true;
}

/** How often the parent is checked (exitWithParent). */
const PARENT_POLL_MS = 1000;

/**
 * Ends this process as a SIGTERM would (the command's own handler: Neo4j stopped in order, the summary, its exit code)
 * when the process that started it is gone: `npm start` stopped with SIGTERM or kill -9 exits npm and leaves its script
 * running (seen: the server and its Neo4j still up 3 minutes later). Linux and macOS give an orphan a new parent (init
 * or a subreaper), so a changed ppid means the parent ended. A process started by init itself (a service, a container's
 * first process) is not watched, nor one started with NEWSGRAPH_EXIT_WITH_PARENT=0 (e.g. under nohup, to outlive the shell).
 * @returns {() => void} stops watching
 */
export function exitWithParent(env = process.env) {
  const parent = process.ppid;
  if (parent <= 1 || env.NEWSGRAPH_EXIT_WITH_PARENT === '0') return () => undefined;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    process.stderr.write(`newsgraph: the process that started this one (pid ${parent}) is gone; stopping\n`);
    process.kill(process.pid, 'SIGTERM');
  }, PARENT_POLL_MS);
  timer.unref(); // never what keeps the process alive
  return () => clearInterval(timer);
}

/** @param {'cli' | 'main'} entry */
export async function launch(entry) {
  exitWithParent();
  if (entry === 'cli' && relaunchForExtraction()) return;
  const compiled = path.join(ROOT, 'dist', `${entry}.js`);
  if (builtIsCurrent(`${entry}.js`)) {
    await import(pathToFileURL(compiled).href);
    return;
  }
  process.stderr.write("newsgraph: dist/ is missing or older than src/; running from source (slower start; 'npm run build' fixes it)\n");
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(ROOT, 'src', `${entry}.ts`)).href);
}
