// The corpus audit of issue 13: the most mentioned Person, Organization and Country nodes of a loaded graph (after
// consolidation), as markdown rows to judge by hand. `IDENTITY_DATA_DIR=… IDENTITY_BOLT_PORT=… npx tsx scripts/audit/top-entities.ts [--top 100]`
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { ensureNeo4j } from '../../src/graph/neo4j.js';
import { openDriver } from '../../src/graph/driver.js';
import { GraphReads } from '../../src/graph/reads.js';
import { flags } from './corpus.js';

const opt = flags(process.argv.slice(2));
const top = Number(opt.top ?? 100);
const dataDir = process.env.IDENTITY_DATA_DIR ?? path.join(PROJECT_ROOT, '.data', 'eval-identity');
const cfg = loadConfig({ ...process.env, NEO4J_URI: undefined, NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: process.env.IDENTITY_BOLT_PORT ?? '7693' });
const conn = await ensureNeo4j(cfg, { log: (l) => console.error(l) });
const driver = await openDriver(conn);
try {
  const reads = new GraphReads(driver, conn.database, 600_000);
  for (const label of ['Person', 'Organization', 'Country'] as const) {
    console.log(`\n### ${label}\n\n| # | node | name | mentions | articles | commonest forms (articles) |\n|---|---|---|---|---|---|`);
    const rows = await reads.topEntities(label, top);
    rows.forEach((r, i) => console.log(`| ${i + 1} | \`${r.id}\` | ${r.name} | ${r.mentions} | ${r.articles} | ${r.forms.join(', ').replace(/\|/g, '/')} |`));
  }
} finally {
  await driver.close();
  await conn.stop();
}
