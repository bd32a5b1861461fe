// Curation benchmark (run by hand after `npm run bench:load`, on an idle machine): latency of mergeEntities over the
// loaded corpus, merging two persons with ≥ 100 quotes each (or BENCH_MERGE=from,into), each merge undone before the
// next. Prints both entities before and after the first merge, and p50 / p99 / max of merge and undo through GraphQL.
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { ensureNeo4j } from '../../src/graph/neo4j.js';
import { openDriver } from '../../src/graph/driver.js';
import { createToken } from '../../src/graph/tokens.js';
import { createApp } from '../../src/server/yoga.js';
import { captureLogger } from '../../tests/helpers/logs.js';

const runs = Number(process.env.BENCH_RUNS ?? 20);
const dataDir = process.env.NEO4J_DATA_DIR ?? path.join(PROJECT_ROOT, '.data', 'bench');
const cfg = loadConfig({ ...process.env, NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: process.env.NEO4J_BOLT_PORT ?? '7690', NODE_ENV: 'production', API_MUTATIONS_PER_MINUTE: '100000' });
const conn = await ensureNeo4j(cfg, { log: (l) => console.error(l) });
const driver = await openDriver(conn);
const database = conn.database;
try {
  const app = createApp({ driver, database, config: cfg, logger: captureLogger([]) });
  const token = await createToken(driver, database, 'bench', 'editor');
  const gql = async (query: string) => {
    const res = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  let [from, into] = (process.env.BENCH_MERGE ?? '').split(',').filter(Boolean);
  if (!from || !into) {
    const top = await gql('{ topSpeakers(first: 2) { speaker { id } quotes } }');
    [from, into] = top.topSpeakers.map((s: any) => s.speaker.id);
    console.log(`merging the two top speakers: ${top.topSpeakers.map((s: any) => `${s.speaker.id} (${s.quotes} quotes)`).join(' and ')}`);
  }
  const show = (id: string) => gql(`{ entity(id: ${JSON.stringify(id)}) { id name aliases mentionCount ... on Person { quotes { totalCount } } } }`).then((d) => d.entity);
  console.log('before:', JSON.stringify([await show(from), await show(into)]));
  const merge = `mutation { mergeEntities(ids: [${JSON.stringify(from)}], into: ${JSON.stringify(into)}, reason: "bench") { auditId } }`;
  const mergeMs: number[] = [];
  const undoMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    const { mergeEntities } = await gql(merge);
    mergeMs.push(performance.now() - t);
    if (i === 0) console.log('after: ', JSON.stringify([await show(from), await show(into)]));
    t = performance.now();
    await gql(`mutation { undo(auditId: ${JSON.stringify(mergeEntities.auditId)}, reason: "bench") { auditId } }`);
    undoMs.push(performance.now() - t);
  }
  const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)].toFixed(0);
  for (const [name, xs] of [['merge', mergeMs], ['undo', undoMs]] as const) console.log(`${name}: ${runs} runs, p50 ${pct(xs, 50)} ms, p99 ${pct(xs, 99)} ms, max ${Math.max(...xs).toFixed(0)} ms`);
  await driver.executeQuery(`MATCH (t:ApiToken {name: 'bench'}) DELETE t`, {}, { database });
} finally {
  await driver.close();
  await conn.stop();
}
