// The newcomer's identity checks of issue 13 (run by hand after an identity eval kept its graph): what names resolve to,
// asked through GraphQL. `IDENTITY_DATA_DIR=… npx tsx scripts/eval/newcomer.ts`
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { ensureNeo4j } from '../../src/graph/neo4j.js';
import { openDriver } from '../../src/graph/driver.js';
import { createApp } from '../../src/server/yoga.js';

const NAMES = ['Turkey', 'NATO', 'Lavrov', 'Kim Jong Un', 'Xi Jinping', 'President Trump', 'President Clinton', 'George W. Bush'];
const dataDir = process.env.IDENTITY_DATA_DIR ?? path.join(PROJECT_ROOT, '.data', 'eval-identity');
const cfg = loadConfig({ ...process.env, NEO4J_URI: undefined, NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: process.env.IDENTITY_BOLT_PORT ?? '7693' });
const conn = await ensureNeo4j(cfg, { log: (l) => console.error(l) });
const driver = await openDriver(conn);
try {
  const app = createApp({ driver, database: conn.database, config: loadConfig({ ...process.env, NODE_ENV: 'production' }) });
  for (const name of NAMES) {
    const res = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query($n: String!) { entity(id: $n) { id name type mentionCount articles(first: 0) { totalCount } resolution(first: 5) { name rule articleCount } }
                search(query: $n, first: 3) { edges { node { entity { id name type mentionCount } } } } }`,
        variables: { n: name },
      }),
    });
    const body = (await res.json()) as { data?: { entity: unknown; search: { edges: { node: { entity: unknown } }[] } }; errors?: unknown };
    console.log(JSON.stringify({ asked: name, entity: body.data?.entity ?? null, search: body.data?.search.edges.map((e) => e.node.entity), errors: body.errors }));
  }
} finally {
  await driver.close();
  await conn.stop();
}
