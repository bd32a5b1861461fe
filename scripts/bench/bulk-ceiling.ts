// How much faster an offline bulk import could make a first load, at most (run by hand: npm run bench:bulk-ceiling):
// a bulk path still extracts every article and still consolidates identity; only the transactional writes go. Side by
// side in one run, alternated: the real load (loadPaths into an emptied embedded Neo4j) against extraction alone
// through the same worker pool; ceiling = load ÷ (extraction + the load's own consolidation time).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { ensureNeo4j } from '../../src/graph/neo4j.js';
import { openDriver } from '../../src/graph/driver.js';
import { applyConstraints } from '../../src/graph/constraints.js';
import { loadPaths } from '../../src/load/index.js';
import { createExtractor, defaultThreads, workersByDefault, youngGenerationMbFor } from '../../src/extract/pool.js';
import { readArticles } from '../../src/ingest/read-articles.js';
import type { Article } from '../../src/extract/types.js';

const file = process.argv[2] ?? path.join(PROJECT_ROOT, '../shared/corpus/allsides-international.jsonl');
const limit = Number(process.env.LIMIT ?? 500);
const rounds = Number(process.env.ROUNDS ?? 2);
if (process.env.NEO4J_URI) {
  console.error('bench:bulk-ceiling empties its database; it runs only on its own embedded Neo4j (unset NEO4J_URI).');
  process.exit(2);
}
const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();
const dataDir = process.env.NEO4J_DATA_DIR ?? path.join(PROJECT_ROOT, '.data', 'bench-bulk');
const cfg = loadConfig({ ...process.env, NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: process.env.NEO4J_BOLT_PORT ?? '7691' });

const articles: Article[] = [];
const lines: string[] = [];
for await (const item of readArticles([file], { maxArticleBytes: cfg.MAX_ARTICLE_BYTES })) {
  if (!item.ok) continue;
  articles.push(item.article);
  const a = item.article;
  lines.push(JSON.stringify({ id: a.id, url: a.url, title: a.title, publishedAt: a.publishedAt, source: a.source, text: a.body }));
  if (articles.length >= limit) break;
}
const work = mkdtempSync(path.join(tmpdir(), 'newsgraph-bulk-ceiling-'));
const sample = path.join(work, `first-${articles.length}.jsonl`);
writeFileSync(sample, lines.join('\n') + '\n');
console.log(`bench:bulk-ceiling: ${articles.length} articles; ${rounds} rounds; ${uptime()}`);

const conn = await ensureNeo4j(cfg, { log: (l) => console.error(l) });
const driver = await openDriver(conn);
const extractor = createExtractor({ threads: defaultThreads(cfg.EXTRACT_WORKERS), alwaysWorkers: workersByDefault(cfg.EXTRACT_WORKERS), budgetMs: cfg.EXTRACT_BUDGET_MS, youngGenerationMb: youngGenerationMbFor(cfg.EXTRACT_SEMI_SPACE_MB) });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const loads: number[] = [];
const identity: number[] = [];
const extracts: number[] = [];
try {
  await extractor.extractAll(articles.slice(0, 20)); // workers warm before any timed round
  for (let r = 0; r < rounds; r++) {
    const session = driver.session({ database: conn.database });
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    await session.close();
    await applyConstraints(driver, conn.database);
    let t0 = performance.now();
    const summary = await loadPaths([sample], { driver, database: conn.database, progress: false });
    loads.push((performance.now() - t0) / 1000);
    identity.push(summary.consolidation?.seconds ?? 0);
    t0 = performance.now();
    const batch = cfg.LOAD_BATCH_SIZE;
    for (let i = 0; i < articles.length; i += batch) await extractor.extractAll(articles.slice(i, i + batch));
    extracts.push((performance.now() - t0) / 1000);
    console.log(`round ${r + 1}: load ${loads[r].toFixed(1)} s (identity ${identity[r].toFixed(1)} s, ${summary.articlesNew} new) | extraction alone ${extracts[r].toFixed(1)} s | ceiling ${(loads[r] / (extracts[r] + identity[r])).toFixed(2)}× | ${uptime()}`);
  }
} finally {
  await extractor.close();
  await driver.close();
  await conn.stop();
  rmSync(work, { recursive: true, force: true });
}
const [L, C, E] = [median(loads), median(identity), median(extracts)];
console.log(`medians: load ${L.toFixed(1)} s; extraction alone ${E.toFixed(1)} s; identity ${C.toFixed(1)} s`);
console.log(`a bulk first load that wrote in zero time would take ≥ ${(E + C).toFixed(1)} s: at most ${(L / (E + C)).toFixed(2)}× faster than this load`);
