// API benchmark (run by hand after `npm run bench:load`): autocannon against `newsgraph serve` over the loaded corpus,
// side by side with a bare node:http server running the same Cypher with the raw driver (raw-server.ts).
// Prints req/s and p50/p99 latency per query at 10 and 50 connections, and newsgraph's req/s as a share of the raw one.
// Each server runs in its own process; the two are measured alternately, query by query, so load on the machine hits both.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { openDriver } from '../../src/graph/driver.js';
import { ensureNeo4j, freePort } from '../../src/graph/neo4j.js';
import { redactUrlCredentials } from '../../src/redact.js';
import { benchQueries, recordPlan } from './plan.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const dataDir = process.env.NEO4J_DATA_DIR ?? path.join(PROJECT_ROOT, '.data', 'bench');
const cfg = loadConfig({ ...process.env, NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: process.env.NEO4J_BOLT_PORT ?? '7690' });
const conn = await ensureNeo4j(cfg, { log: (l) => console.error(l) });
const port = await freePort();

const serverEnv = { ...process.env, NODE_ENV: 'production', NEO4J_URI: conn.uri, NEO4J_USERNAME: conn.username, NEO4J_PASSWORD: conn.password, PORT: String(port) };

/** Starts a server process and waits for the line that says it listens; returns the process and that line's match. */
async function startProcess(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<{ child: ChildProcess; match: RegExpMatchArray }> {
  // BENCH_PROFILE=dir: each server writes a V8 CPU profile there when it stops (node --cpu-prof).
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_PROFILE)}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', ...args], { env, stdio: ['ignore', 'inherit', 'pipe'] });
  const match = await new Promise<RegExpMatchArray>((resolve, reject) => {
    let out = '';
    child.stderr!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = ready.exec(out);
      if (m) resolve(m);
    });
    child.once('exit', () => reject(new Error(`${args.join(' ')} exited:\n${out}`)));
  });
  return { child, match };
}

const { child: server } = await startProcess([path.join(PROJECT_ROOT, 'src/cli.ts'), 'serve'], serverEnv, /GraphiQL playground at/);

const QUERIES = benchQueries();

const recordDriver = await openDriver(conn);
const plan = await recordPlan(recordDriver, conn.database, cfg, QUERIES);
await recordDriver.close();
const planFile = path.join(os.tmpdir(), `newsgraph-raw-plan-${process.pid}.json`);
writeFileSync(planFile, JSON.stringify(plan));
const { child: raw, match: rawPort } = await startProcess([path.join(PROJECT_ROOT, 'scripts/bench/raw-server.ts')], { ...serverEnv, RAW_PLAN: planFile }, /raw server at (\d+)/);
const rawUrl = `http://127.0.0.1:${rawPort[1]}/`;

const url = `http://127.0.0.1:${port}/graphql`;
try {
  // One request of each first: a broken query must fail loudly, not be benchmarked as fast errors.
  for (const [name, query] of Object.entries(QUERIES)) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { errors?: unknown };
    if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
  }
  // Warm-up: Neo4j's and V8's JIT compile the hot paths; the figures below are steady state.
  const warmup = Number(process.env.BENCH_WARMUP ?? 5);
  for (const query of Object.values(QUERIES)) {
    for (const target of [url, rawUrl]) {
      await autocannon({ url: target, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), connections: 10, duration: warmup });
    }
  }
  console.log(`bench:api: ${seconds} s per run after ${warmup} s warm-up per query, server on ${url}, raw driver on ${rawUrl}, Neo4j ${redactUrlCredentials(conn.uri)}`);
  console.log(`load average before: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  // req/s under a loaded machine mostly says how much CPU each process got; the CPU milliseconds each server spends per
  // request (its user + system time over the run, from /proc) hold still under load, and are what the share comes from.
  // Neo4j's own CPU per request too (when it is the embedded one, whose pid is in its data folder): with the server's,
  // what one request costs the machine, so what a quiet machine's cores could serve (cores × 1000 ÷ both), however busy this one is.
  const neo4jPid = conn.pid ?? (conn.embedded ? (JSON.parse(readFileSync(path.join(dataDir, 'newsgraph-neo4j.json'), 'utf8')) as { pid?: number }).pid : undefined);
  const cores = os.availableParallelism();
  console.log(
    'query           conns   req/s    p50 ms   p99 ms   errors  cpu ms/req  neo4j | raw req/s  p50 ms   p99 ms  cpu ms/req  neo4j | share of raw: req/s  cpu' +
      ` | req/s ${cores} idle cores could serve (server + neo4j cpu)`,
  );
  const connectionCounts = (process.env.BENCH_CONNECTIONS ?? '10,50').split(',').map(Number);
  const cpuMs = (pid: number) => {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in USER_HZ (100 on Linux)
  };
  const run = async (target: string, pid: number, query: string, connections: number) => {
    const before = cpuMs(pid);
    const neo4jBefore = neo4jPid ? cpuMs(neo4jPid) : 0;
    // BENCH_REQUESTS=n: a fixed number of requests per run instead of BENCH_SECONDS, so that the CPU per request is an
    // average over as many requests on both servers however slow the machine is.
    const amount = process.env.BENCH_REQUESTS ? { amount: Number(process.env.BENCH_REQUESTS) } : { duration: seconds };
    const r = await autocannon({ url: target, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), connections, ...amount });
    const n = Math.max(1, r.requests.total);
    return {
      rps: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      errors: r.errors + r.non2xx + r.timeouts,
      cpu: (cpuMs(pid) - before) / n,
      neo4j: neo4jPid ? (cpuMs(neo4jPid) - neo4jBefore) / n : NaN,
    };
  };
  for (const connections of connectionCounts) {
    for (const [name, query] of Object.entries(QUERIES)) {
      const g = await run(url, server.pid!, query, connections);
      const r = await run(rawUrl, raw.pid!, query, connections);
      console.log(
        `${name.padEnd(15)} ${String(connections).padStart(5)} ${g.rps.toFixed(0).padStart(7)} ${String(g.p50).padStart(9)} ${String(g.p99).padStart(8)} ${String(g.errors).padStart(8)} ${g.cpu.toFixed(2).padStart(11)} ${g.neo4j.toFixed(2).padStart(6)} | ` +
          `${r.rps.toFixed(0).padStart(9)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(8)} ${r.cpu.toFixed(2).padStart(11)} ${r.neo4j.toFixed(2).padStart(6)} | ` +
          `${(g.rps / r.rps).toFixed(2).padStart(12)}× ${(r.cpu / g.cpu).toFixed(2).padStart(5)}× | ${((cores * 1000) / (g.cpu + g.neo4j)).toFixed(0).padStart(6)} vs raw ${((cores * 1000) / (r.cpu + r.neo4j)).toFixed(0)}` +
          `${r.errors ? ` (raw errors ${r.errors})` : ''}`,
      );
    }
  }
  console.log(`load average after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
} finally {
  server.kill('SIGINT');
  raw.kill('SIGINT');
  await conn.stop();
}
