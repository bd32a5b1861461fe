// Load benchmark (run by hand: npm run bench:load [file]): what a user runs — the real `newsgraph load` command (its own
// process: start-up, lexicons, constraints, the lock, extraction workers, writes and whatever the command does after) —
// over the first LIMIT corpus records into an emptied throwaway embedded Neo4j, ROUNDS times; prints the median, with
// the CPU seconds of each round's load process (all its threads: extraction workers too) and of Neo4j (Linux /proc).
// Beside it, the old figure (loadPaths called in this process, warm, no process start), the no-op re-load and the top
// 10 speakers quoted about Russia. BENCH_COMPARE_WORKERS=1 alternates rounds with EXTRACT_WORKERS=1 (side by side);
// BENCH_COMPARE_TREE=<another checkout, built> alternates rounds with that checkout's `newsgraph load` (old vs new code
// in one run window, into the same emptied database); BENCH_ROUNDS_ONLY=1 stops after the rounds.
// Keeps the data in .data/bench (NEO4J_DATA_DIR) for `npm run bench:api`.
import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Driver } from 'neo4j-driver';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { ensureNeo4j, portAnswers } from '../../src/graph/neo4j.js';
import { openDriver } from '../../src/graph/driver.js';
import { applyConstraints } from '../../src/graph/constraints.js';
import { graphFingerprint } from '../../src/graph/fingerprint.js';
import { GraphReads } from '../../src/graph/reads.js';
import { loadPaths } from '../../src/load/index.js';

const file = process.argv[2] ?? path.join(PROJECT_ROOT, '../shared/corpus/allsides-international.jsonl');
const limit = Number(process.env.LIMIT ?? 1000);
const rounds = Number(process.env.ROUNDS ?? 3);
const compareWorkers = process.env.BENCH_COMPARE_WORKERS === '1';
const compareTree = process.env.BENCH_COMPARE_TREE ? path.resolve(process.env.BENCH_COMPARE_TREE) : null;
const roundsOnly = process.env.BENCH_ROUNDS_ONLY === '1';
if (process.env.NEO4J_URI) {
  console.error('bench:load empties its database first; it runs only on its own embedded Neo4j (unset NEO4J_URI).');
  process.exit(2);
}
const dataDir = process.env.NEO4J_DATA_DIR ?? path.join(PROJECT_ROOT, '.data', 'bench');
const port = process.env.NEO4J_BOLT_PORT ?? '7690';
const cfg = loadConfig({ ...process.env, NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: port });
if (await portAnswers(cfg.NEO4J_BOLT_PORT)) {
  console.error(`bench:load: something listens on port ${cfg.NEO4J_BOLT_PORT} (a Neo4j on ${dataDir}?); stop it first, the bench starts from an empty database.`);
  process.exit(2);
}
rmSync(dataDir, { recursive: true, force: true }); // an empty database, every run

// The first `limit` records, as the file a user would load (a .jsonl.gz input is read whole instead).
const work = mkdtempSync(path.join(tmpdir(), 'newsgraph-bench-load-'));
let sample = file;
if (file.endsWith('.jsonl')) {
  const lines: string[] = [];
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    lines.push(line);
    if (lines.length >= limit) break;
  }
  sample = path.join(work, `first-${lines.length}.jsonl`);
  writeFileSync(sample, lines.join('\n') + '\n');
}

const emptyDatabase = async (driver: Driver, database: string) => {
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
};

/** CPU seconds (user + system, all threads) a process has used so far, from /proc (Linux); undefined elsewhere. */
function processCpuSeconds(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 per second on Linux)
  } catch {
    return undefined;
  }
}

/**
 * `newsgraph load --no-progress <sample>` as a user runs it, on the bench's Neo4j; wall seconds, its summary, and the
 * CPU seconds of the load's process (read every 100 ms until it exits, so up to 0.1 s short) and of Neo4j meanwhile.
 */
function runCli(extraEnv: Record<string, string>, root = PROJECT_ROOT): Promise<{ seconds: number; summary: string; code: number | null; loaderCpu?: number; neo4jCpu?: number }> {
  const t0 = performance.now();
  const neo4jBefore = processCpuSeconds(conn.pid);
  const child = spawn(process.execPath, [path.join(root, 'bin', 'newsgraph.js'), 'load', '--no-progress', sample], {
    env: { ...process.env, NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: port, ...extraEnv },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let loaderCpu: number | undefined;
  const poll = setInterval(() => (loaderCpu = processCpuSeconds(child.pid) ?? loaderCpu), 100);
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      const neo4jAfter = processCpuSeconds(conn.pid);
      const neo4jCpu = neo4jBefore !== undefined && neo4jAfter !== undefined ? neo4jAfter - neo4jBefore : undefined;
      resolve({ seconds: (performance.now() - t0) / 1000, code, loaderCpu, neo4jCpu, summary: stderr.split('\n').filter((l) => /^load: (\d+ new|identity:)/.test(l)).join(' ') || stderr.slice(-500) });
    });
  });
}

const loadAverage = () => {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  } catch {
    return '?';
  }
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const conn = await ensureNeo4j(cfg, { log: (l) => console.error(l) });
const driver = await openDriver(conn);
try {
  await applyConstraints(driver, conn.database);
  console.log(`bench:load: the first ${limit} records of ${file}; ${rounds} rounds of \`newsgraph load\` into an emptied database`);

  const variants: { name: string; env: Record<string, string>; root?: string }[] = [{ name: process.env.EXTRACT_WORKERS ? `EXTRACT_WORKERS=${process.env.EXTRACT_WORKERS}` : 'default workers', env: {} }];
  if (compareWorkers) variants.push({ name: 'EXTRACT_WORKERS=1', env: { EXTRACT_WORKERS: '1' } });
  if (compareTree) variants.push({ name: `tree ${compareTree}`, env: {}, root: compareTree });
  const times = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  const cpus = new Map<string, { loader: number[]; neo4j: number[] }>(variants.map((v) => [v.name, { loader: [], neo4j: [] }]));
  let loaded = 0;
  for (let r = 0; r < rounds; r++) {
    for (const v of r % 2 ? [...variants].reverse() : variants) {
      await emptyDatabase(driver, conn.database);
      const run = await runCli(v.env, v.root);
      if (run.code !== 0 && run.code !== 1) throw new Error(`bench:load: newsgraph load exited ${run.code}: ${run.summary}`);
      loaded = Number(/load: (\d+) new/.exec(run.summary)?.[1] ?? limit);
      times.get(v.name)!.push(run.seconds);
      if (run.loaderCpu !== undefined) cpus.get(v.name)!.loader.push(run.loaderCpu);
      if (run.neo4jCpu !== undefined) cpus.get(v.name)!.neo4j.push(run.neo4jCpu);
      const cpu = run.loaderCpu !== undefined && run.neo4jCpu !== undefined ? `CPU loader ${run.loaderCpu.toFixed(1)} s, Neo4j ${run.neo4jCpu.toFixed(1)} s (load average ${loadAverage()}) — ` : '';
      // The fingerprint tells whether two checkouts (or a speed change) build the same graph.
      const print = await graphFingerprint(driver, conn.database);
      console.log(`round ${r + 1} (${v.name}): ${run.seconds.toFixed(1)} s = ${(loaded / run.seconds).toFixed(1)} articles/s — ${cpu}${run.summary} — graph ${print.hash.slice(0, 12)} (${print.nodes} nodes, ${print.relationships} relationships)`);
    }
  }
  for (const v of variants) {
    const m = median(times.get(v.name)!);
    const c = cpus.get(v.name)!;
    const cpu = c.loader.length && c.neo4j.length ? `; CPU medians: loader ${median(c.loader).toFixed(1)} s, Neo4j ${median(c.neo4j).toFixed(1)} s` : '';
    console.log(`newsgraph load (${v.name}): median of ${rounds}: ${m.toFixed(1)} s = ${(loaded / m).toFixed(1)} articles/s end to end, what a user runs${cpu}`);
  }
  if (!roundsOnly) await afterRounds(driver, conn.database);
} finally {
  await driver.close();
  rmSync(work, { recursive: true, force: true });
  if (process.env.BENCH_KEEP_NEO4J !== '1') await conn.stop();
}

/** The old in-process figure, the no-op re-load and the top speakers about Russia, on the last round's database. */
async function afterRounds(driver: Driver, database: string): Promise<void> {
  const conn = { database };

  // The old figure, for continuity: loadPaths in this (warm) process, no process start.
  await emptyDatabase(driver, conn.database);
  const first = await loadPaths([sample], { driver, database: conn.database, progress: process.stderr.isTTY });
  const inProcess = first.articlesNew + first.articlesUpdated;
  console.log(`old figure (loadPaths in the bench's process): ${inProcess} articles in ${first.seconds.toFixed(1)} s = ${(inProcess / first.seconds).toFixed(0)} articles/s`);
  console.log(`  created ${first.nodesCreated} nodes, ${first.relationshipsCreated} relationships; rejected ${first.articlesRejected}`);
  for (const r of first.rejected.slice(0, 5)) console.log(`  rejected ${r.origin}: ${r.reason}`);
  console.log(`  bench process peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} (Neo4j runs in its own process)`);

  const before = await graphFingerprint(driver, conn.database);
  const again = await loadPaths([sample], { driver, database: conn.database, progress: false });
  const after = await graphFingerprint(driver, conn.database);
  console.log(
    `re-load: ${again.articlesUnchanged} unchanged in ${again.seconds.toFixed(1)} s = ${(again.articlesUnchanged / again.seconds).toFixed(0)} articles/s; ` +
      `changes: ${again.nodesCreated + again.nodesDeleted} nodes, ${again.relationshipsCreated + again.relationshipsDeleted} relationships; ` +
      `graph fingerprint ${before.hash === after.hash ? 'identical' : 'DIFFERENT'} (${after.nodes} nodes, ${after.relationships} relationships)`,
  );

  const reads = new GraphReads(driver, conn.database, 60_000);
  const russia = await reads.resolveEntityRef('Russia');
  const top = await reads.topSpeakers(russia, null, null, 10);
  const names = await reads.entitiesByIds(top.map((t) => t.speakerId));
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  console.log(`top 10 quoted about Russia (${russia}):`);
  top.forEach((t, i) => console.log(`  ${String(i + 1).padStart(2)}. ${nameOf.get(t.speakerId)} (${t.speakerId}): ${t.quotes} quotes in ${t.articles} articles`));
}
