// The baseline for bench:api: a bare node:http server that answers each benchmarked request by running, with the raw
// driver, exactly the Cypher the GraphQL server runs for it (recorded by api.ts), in the same waves, and returns the rows as JSON.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { openDriver } from '../../src/graph/driver.js';
import type { RawPlan } from './plan.js';

const plan = JSON.parse(readFileSync(process.env.RAW_PLAN!, 'utf8')) as RawPlan;
const database = process.env.NEO4J_DATABASE ?? 'neo4j';
const timeout = Number(process.env.API_QUERY_TIMEOUT_MS ?? 10_000);
const driver = await openDriver({ uri: process.env.NEO4J_URI!, username: process.env.NEO4J_USERNAME!, password: process.env.NEO4J_PASSWORD! });

async function run(cypher: string, params: Record<string, unknown>): Promise<unknown[]> {
  // As GraphReads does: SKIP/LIMIT as Cypher integers, an auto-commit read in a short session.
  for (const k of ['offset', 'limit']) if (typeof params[k] === 'number') params = { ...params, [k]: neo4j.int(params[k] as number) };
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const res = await session.run(cypher, params, { timeout });
    return res.records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    void (async () => {
      try {
        // The body is parsed as a GraphQL server would, and its query names the plan.
        const { query } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string };
        const waves = plan[query];
        if (!waves) throw new Error('no plan for this query');
        const out: unknown[][] = [];
        for (const wave of waves) out.push(...(await Promise.all(wave.map((s) => run(s.cypher, s.params)))));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: out }));
      } catch (err) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: (err as Error).message }] }));
      }
    })();
  });
});
server.listen(0, '127.0.0.1', () => process.stderr.write(`raw server at ${(server.address() as AddressInfo).port}\n`));
process.on('SIGINT', () => {
  server.close();
  void driver.close().then(() => process.exit(0));
});
