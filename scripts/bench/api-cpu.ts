// CPU per request of the API in one process: newsgraph's request path (the server's JSON fast path through yoga, the
// schema and GraphReads) against the raw driver replaying the same Cypher (as raw-server.ts does), alternated round by
// round on one driver, so that machine load and Neo4j hit both alike. What it leaves out is the same for both: HTTP
// parsing and the socket. Prints CPU ms per request (medians of the rounds) and the raw path's CPU over newsgraph's.
// Knobs: BENCH_ONLY=node,search, BENCH_REQUESTS (per round, default 400), BENCH_ROUNDS (5), BENCH_CONCURRENCY (10),
// BENCH_WARMUP (requests per path before the rounds, 1000);
// NEO4J_DATA_DIR/NEO4J_BOLT_PORT (or NEO4J_URI) at a loaded graph, as for bench:api.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { openDriver } from '../../src/graph/driver.js';
import { ensureNeo4j } from '../../src/graph/neo4j.js';
import { createApp } from '../../src/server/yoga.js';
import { createLogger } from '../../src/server/log.js';
import { answerPlainPost, plainParams } from '../../src/server/fast-path.js';
import { benchQueries, recordPlan, type RawPlan } from './plan.js';

const requests = Number(process.env.BENCH_REQUESTS ?? 400);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 10);
// Requests per path before the timed rounds: with 100, newsgraph's first rounds still ran 1.5-2x slower than its last
// (JIT tiering of the layer's code), which the median of a few rounds did not hide.
const warmUp = Number(process.env.BENCH_WARMUP ?? 1000);
const dataDir = process.env.NEO4J_DATA_DIR ?? path.join(PROJECT_ROOT, '.data', 'bench');
const cfg = loadConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: process.env.NEO4J_BOLT_PORT ?? '7690' });
const conn = await ensureNeo4j(cfg, { log: (l) => console.error(l) });
const driver = await openDriver(conn);
const queries = benchQueries();
const plan = await recordPlan(driver, conn.database, cfg, queries);
const yoga = createApp({ driver, database: conn.database, config: cfg, logger: createLogger(cfg) }, { bodyReadByServer: true });
const noCors = new Set<string>();

/** A response that keeps what is written; `done` resolves at end(). */
function fakeResponse(): { res: ServerResponse; done: Promise<string> } {
  let finish: (body: string) => void = () => undefined;
  const done = new Promise<string>((resolve) => (finish = resolve));
  const res = {
    headersSent: false,
    statusCode: 200,
    setHeader: () => undefined,
    writeHead(status: number) {
      this.statusCode = status;
      this.headersSent = true;
    },
    end: (body: string) => finish(body),
  };
  return { res: res as unknown as ServerResponse, done };
}

/** newsgraph: what startServer does with a JSON POST to /graphql, from the body bytes to the written answer. */
async function viaNewsgraph(body: Buffer): Promise<string> {
  const req = { method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', accept: '*/*', 'content-length': String(body.length) }, socket: { remoteAddress: '127.0.0.1' } } as unknown as IncomingMessage;
  const { res, done } = fakeResponse();
  res.setHeader('x-request-id', randomUUID());
  await answerPlainPost(yoga as never, req, res, plainParams(body)!, noCors);
  return done;
}

/** The raw driver: raw-server.ts's handler, from the body bytes to the JSON of the rows. */
async function viaRawDriver(body: Buffer, rawPlan: RawPlan): Promise<string> {
  const { query } = JSON.parse(body.toString('utf8')) as { query: string };
  const out: unknown[][] = [];
  for (const wave of rawPlan[query]!) {
    out.push(
      ...(await Promise.all(
        wave.map(async ({ cypher, params }) => {
          for (const k of ['offset', 'limit']) if (typeof params[k] === 'number') params = { ...params, [k]: neo4j.int(params[k] as number) };
          const session = driver.session({ database: conn.database, defaultAccessMode: neo4j.session.READ });
          try {
            const r = await session.run(cypher, params, { timeout: cfg.API_QUERY_TIMEOUT_MS });
            return r.records.map((rec) => rec.toObject());
          } finally {
            await session.close();
          }
        }),
      )),
    );
  }
  return JSON.stringify({ data: out });
}

/** `n` requests, `concurrency` at a time; CPU milliseconds of this process per request. */
async function cpuPerRequest(n: number, one: () => Promise<string>): Promise<number> {
  const before = process.cpuUsage();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < n) await one();
    }),
  );
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / n;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`bench:api-cpu: ${requests} requests × ${rounds} rounds per path, ${concurrency} at a time, Neo4j ${conn.uri}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log('query           newsgraph cpu ms/req   raw cpu ms/req   raw/newsgraph (share)');
try {
  for (const [name, query] of Object.entries(queries)) {
    const body = Buffer.from(JSON.stringify({ query }));
    const answer = JSON.parse(await viaNewsgraph(body)) as { errors?: unknown };
    if (answer.errors) throw new Error(`${name}: ${JSON.stringify(answer.errors)}`);
    // Warm-up of both paths (JIT, caches, pool).
    await cpuPerRequest(warmUp, () => viaNewsgraph(body));
    await cpuPerRequest(warmUp, () => viaRawDriver(body, plan));
    const ours: number[] = [];
    const raw: number[] = [];
    for (let r = 0; r < rounds; r++) {
      ours.push(await cpuPerRequest(requests, () => viaNewsgraph(body)));
      raw.push(await cpuPerRequest(requests, () => viaRawDriver(body, plan)));
    }
    const o = median(ours);
    const w = median(raw);
    console.log(`${name.padEnd(15)} ${o.toFixed(3).padStart(20)} ${w.toFixed(3).padStart(16)} ${(w / o).toFixed(2).padStart(16)}×   rounds: ${ours.map((x) => x.toFixed(2)).join(' ')} | ${raw.map((x) => x.toFixed(2)).join(' ')}`);
  }
  console.log(`load average after: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
} finally {
  await driver.close();
  await conn.stop();
}
