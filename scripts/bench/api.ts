// API benchmark (run by hand after `npm run bench:load`): autocannon against `newsgraph serve` over the loaded corpus.
// Prints req/s and p50/p99 latency per query at 10 and 50 connections. The server runs in its own process.
import { spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { ensureNeo4j, freePort } from '../../src/graph/neo4j.js';
import { redactUrlCredentials } from '../../src/redact.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const dataDir = process.env.NEO4J_DATA_DIR ?? path.join(PROJECT_ROOT, '.data', 'bench');
const cfg = loadConfig({ ...process.env, NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: process.env.NEO4J_BOLT_PORT ?? '7690' });
const conn = await ensureNeo4j(cfg, { log: (l) => console.error(l) });
const port = await freePort();

const server = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src/cli.ts'), 'serve'], {
  env: { ...process.env, NODE_ENV: 'production', NEO4J_URI: conn.uri, NEO4J_USERNAME: conn.username, NEO4J_PASSWORD: conn.password, PORT: String(port) },
  stdio: ['ignore', 'inherit', 'pipe'],
});
await new Promise<void>((resolve, reject) => {
  let out = '';
  server.stderr!.on('data', (d: Buffer) => {
    out += d.toString();
    if (out.includes('GraphiQL playground at')) resolve();
  });
  server.once('exit', () => reject(new Error(`server exited:\n${out}`)));
});

const QUERIES: Record<string, string> = {
  search: '{ search(query: "Putin", first: 10) { edges { node { score matched entity { id name } quote { text } } } } }',
  'quotes(about)': '{ quotes(about: "country:RU", first: 10) { edges { node { text direct speaker { name } article { title publishedAt } } } } }',
  topSpeakers: '{ topSpeakers(about: "country:RU", first: 10) { speaker { name } quotes articles } }',
  path: '{ path(from: "person:vladimir-putin", to: "person:sean-spicer", maxHops: 3) { ... on QueryPathSuccess { data { length hops { from { name } type to { name } } } } } }',
};

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
    await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), connections: 10, duration: warmup });
  }
  console.log(`bench:api: ${seconds} s per run after ${warmup} s warm-up per query, server on ${url}, Neo4j ${redactUrlCredentials(conn.uri)}`);
  console.log('query           conns   req/s    p50 ms   p99 ms   errors');
  for (const connections of [10, 50]) {
    for (const [name, query] of Object.entries(QUERIES)) {
      const r = await autocannon({
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
        connections,
        duration: seconds,
      });
      const errors = r.errors + r.non2xx + r.timeouts;
      console.log(
        `${name.padEnd(15)} ${String(connections).padStart(5)} ${r.requests.average.toFixed(0).padStart(7)} ${String(r.latency.p50).padStart(9)} ${String(r.latency.p99).padStart(8)} ${String(errors).padStart(8)}`,
      );
    }
  }
} finally {
  server.kill('SIGINT');
  await conn.stop();
}
