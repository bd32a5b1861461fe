// `npm run bench:top-speakers`: topSpeakers(about:) side by side on the loaded graph — the kept counts (SPOKE_ABOUT)
// against counting every quote about the topic (the read before issue 17, 6a) — for the most quoted-about topics, and
// without a topic (the speakers' kept totals against counting every quote).
// Run after `npm run bench:load` (or any load into NEO4J_DATA_DIR, default .data/bench). Prints medians and the ratio.
import path from 'node:path';
import os from 'node:os';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { applyConstraints } from '../../src/graph/constraints.js';
import { openDriver } from '../../src/graph/driver.js';
import { ensureNeo4j } from '../../src/graph/neo4j.js';
import { GraphReads } from '../../src/graph/reads.js';

const rounds = Number(process.env.BENCH_ROUNDS ?? 50);
const dataDir = process.env.NEO4J_DATA_DIR ?? path.join(PROJECT_ROOT, '.data', 'bench');
const cfg = loadConfig({ ...process.env, NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: process.env.NEO4J_BOLT_PORT ?? '7690' });
const conn = await ensureNeo4j(cfg, { log: (l) => console.error(l) });
const driver = await openDriver(conn);
try {
  // A graph loaded by an older version gets its kept counts (and the index topSpeakers reads them through) first.
  await applyConstraints(driver, conn.database, { waitMs: 600_000, leaseMs: 600_000, log: (l) => console.error(l) });
  const reads = new GraphReads(driver, conn.database, 60_000);
  const { records } = await driver.executeQuery(
    'MATCH (a:Article) WITH count(a) AS articles MATCH (e:Entity)<-[:ABOUT]-(:Quote) WITH articles, e, count(*) AS n ORDER BY n DESC LIMIT 3 RETURN articles, e.id AS id, n',
    {},
    { database: conn.database },
  );
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`bench:top-speakers: ${records[0]?.get('articles') ?? 0} articles, ${rounds} rounds per topic after 5 warm-up, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  console.log('topic                         quotes about   kept ms   counted ms   ratio   same answer');
  // The topics most quoted about, then no topic at all (every quote: the speakers' kept totals against counting them all).
  const topics: { id: string | null; n: unknown }[] = records.map((r) => ({ id: r.get('id') as string, n: r.get('n') }));
  const { records: all } = await driver.executeQuery('MATCH (q:Quote) RETURN count(q) AS n', {}, { database: conn.database });
  topics.push({ id: null, n: all[0]?.get('n') });
  for (const { id, n } of topics) {
    const kept: number[] = [];
    const counted: number[] = [];
    for (let i = 0; i < 5; i++) await Promise.all([reads.topSpeakers(id, null, null, 10), reads.countTopSpeakers(id, null, null, 10)]);
    let same = true;
    // Alternated, so both see the same machine load.
    for (let i = 0; i < rounds; i++) {
      let t = performance.now();
      const a = await reads.topSpeakers(id, null, null, 10);
      kept.push(performance.now() - t);
      t = performance.now();
      const b = await reads.countTopSpeakers(id, null, null, 10);
      counted.push(performance.now() - t);
      same &&= JSON.stringify(a) === JSON.stringify(b);
    }
    const k = median(kept);
    const c = median(counted);
    console.log(`${(id ?? '(no topic)').padEnd(30)} ${String(n).padStart(12)} ${k.toFixed(2).padStart(9)} ${c.toFixed(2).padStart(12)} ${(c / k).toFixed(1).padStart(7)}×   ${same}`);
  }
} finally {
  await driver.close();
  await conn.stop();
}
