// Load benchmark (run by hand: npm run bench:load [file]): the shared corpus into an empty embedded Neo4j, then again.
// Prints articles/s, seconds, nodes/relationships created, the loader's peak RSS, the no-op re-load, and the top 10
// speakers quoted about Russia. Keeps the data in .data/bench (NEO4J_DATA_DIR) for `npm run bench:api`.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { ensureNeo4j, portAnswers } from '../../src/graph/neo4j.js';
import { openDriver } from '../../src/graph/driver.js';
import { applyConstraints } from '../../src/graph/constraints.js';
import { graphFingerprint } from '../../src/graph/fingerprint.js';
import { GraphReads } from '../../src/graph/reads.js';
import { loadPaths } from '../../src/load/index.js';

const file = process.argv[2] ?? path.join(PROJECT_ROOT, '../shared/corpus/allsides-international.jsonl');
if (process.env.NEO4J_URI) {
  console.error('bench:load empties its database first; it runs only on its own embedded Neo4j (unset NEO4J_URI).');
  process.exit(2);
}
const dataDir = process.env.NEO4J_DATA_DIR ?? path.join(PROJECT_ROOT, '.data', 'bench');
const cfg = loadConfig({ ...process.env, NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: process.env.NEO4J_BOLT_PORT ?? '7690' });
if (await portAnswers(cfg.NEO4J_BOLT_PORT)) {
  console.error(`bench:load: something listens on port ${cfg.NEO4J_BOLT_PORT} (a Neo4j on ${dataDir}?); stop it first, the bench starts from an empty database.`);
  process.exit(2);
}
rmSync(dataDir, { recursive: true, force: true }); // an empty database, every run

const conn = await ensureNeo4j(cfg, { log: (l) => console.error(l) });
const driver = await openDriver(conn);
try {
  await applyConstraints(driver, conn.database);
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

  const first = await loadPaths([file], { driver, database: conn.database, progress: process.stderr.isTTY });
  const loaded = first.articlesNew + first.articlesUpdated;
  console.log(`first load: ${loaded} articles in ${first.seconds.toFixed(1)} s = ${(loaded / first.seconds).toFixed(0)} articles/s end to end (extraction included)`);
  console.log(`  created ${first.nodesCreated} nodes, ${first.relationshipsCreated} relationships; rejected ${first.articlesRejected}`);
  for (const r of first.rejected.slice(0, 5)) console.log(`  rejected ${r.origin}: ${r.reason}`);
  console.log(`  loader peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} (Neo4j runs in its own process)`);

  const before = await graphFingerprint(driver, conn.database);
  const again = await loadPaths([file], { driver, database: conn.database, progress: false });
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
} finally {
  await driver.close();
  if (process.env.BENCH_KEEP_NEO4J !== '1') await conn.stop();
}
