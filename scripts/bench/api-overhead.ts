// The GraphQL layer's own CPU per request, without Neo4j: newsgraph's request path (the server's JSON fast path through
// yoga, the schema and GraphReads) over a stand-in driver that answers each statement at once with the rows the real
// graph gave it (recorded first). Precise enough on a busy machine to compare changes to the layer (A/B), which the
// end-to-end benches cannot resolve. Knobs: BENCH_ONLY, BENCH_REQUESTS (per round, 3000), BENCH_ROUNDS (5); Neo4j as for bench:api.
import type { IncomingMessage, ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { openDriver } from '../../src/graph/driver.js';
import { ensureNeo4j } from '../../src/graph/neo4j.js';
import { createApp } from '../../src/server/yoga.js';
import { createLogger } from '../../src/server/log.js';
import { answerPlainPost, plainParams } from '../../src/server/fast-path.js';
import { benchQueries } from './plan.js';

const requests = Number(process.env.BENCH_REQUESTS ?? 3000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const dataDir = process.env.NEO4J_DATA_DIR ?? path.join(PROJECT_ROOT, '.data', 'bench');
const cfg = loadConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: process.env.NEO4J_BOLT_PORT ?? '7690' });
const conn = await ensureNeo4j(cfg, { log: (l) => console.error(l) });
const real = await openDriver(conn);

type Row = Record<string, unknown>;
const answers = new Map<string, Row[]>();
const key = (cypher: string, params: Record<string, unknown>) => `${cypher}\u0000${JSON.stringify(params, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))}`;
const asRecords = (rows: Row[]) => rows.map((row) => ({ get: (k: string) => row[k], toObject: () => row }));
/** Sessions that run on the real driver the first time a statement is seen, then answer it from memory. */
const standIn = {
  session: (sessionConfig: Parameters<Driver['session']>[0]) => ({
    run: async (cypher: string, params: Record<string, unknown>, txConfig: unknown) => {
      const k = key(cypher, params);
      let rows = answers.get(k);
      if (!rows) {
        const session = real.session(sessionConfig);
        try {
          rows = (await session.run(cypher, params, txConfig as never)).records.map((r) => r.toObject() as Row);
        } finally {
          await session.close();
        }
        answers.set(k, rows);
      }
      return { records: asRecords(rows) };
    },
    close: async () => undefined,
  }),
  verifyConnectivity: async () => undefined,
} as unknown as Driver;

const yoga = createApp({ driver: standIn, database: conn.database, config: cfg, logger: createLogger(cfg) }, { bodyReadByServer: true });
const noCors = new Set<string>();
async function request(body: Buffer): Promise<string> {
  const req = { method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', accept: '*/*', 'content-length': String(body.length) }, socket: { remoteAddress: '127.0.0.1' } } as unknown as IncomingMessage;
  let finish: (b: string) => void = () => undefined;
  const done = new Promise<string>((resolve) => (finish = resolve));
  const res = { headersSent: false, setHeader: () => undefined, writeHead: () => undefined, end: (b: string) => finish(b) } as unknown as ServerResponse;
  await answerPlainPost(yoga as never, req, res, plainParams(body)!, noCors);
  return done;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`bench:api-overhead: ${requests} requests × ${rounds} rounds, 10 at a time, Neo4j answers from memory; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
try {
  for (const [name, query] of Object.entries(benchQueries())) {
    const body = Buffer.from(JSON.stringify({ query }));
    const first = JSON.parse(await request(body)) as { errors?: unknown };
    if (first.errors) throw new Error(`${name}: ${JSON.stringify(first.errors)}`);
    const perRequest: number[] = [];
    for (let r = 0; r <= rounds; r++) {
      const before = process.cpuUsage();
      let next = 0;
      await Promise.all(Array.from({ length: 10 }, async () => {
        while (next++ < requests) await request(body);
      }));
      const used = process.cpuUsage(before);
      if (r > 0) perRequest.push((used.user + used.system) / 1000 / requests); // round 0 warms up
    }
    console.log(`${name.padEnd(15)} ${median(perRequest).toFixed(3)} CPU ms/request (rounds ${perRequest.map((x) => x.toFixed(3)).join(' ')})`);
  }
} finally {
  await real.close();
  await conn.stop();
}
