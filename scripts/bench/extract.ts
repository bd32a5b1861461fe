// Extraction speed on one core: articles/s, words/s and peak memory over the shared corpus (run by hand: npm run bench:extract).
// It times the code `newsgraph` runs: the compiled dist/ when it is current with src/ (bin/launch.js's rule), else the
// source through tsx, and says which (tsx compiles with esbuild's keepNames, a naming call per function and closure
// created that the shipped build does not make; side by side the source cost 0.99–1.22× the build's CPU, not settled).
// BENCH_FROM=src times the source through tsx whatever the build (the figure this bench printed before).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../../src/config.js';
import { readArticles } from '../../src/ingest/read-articles.js';
import type { Article } from '../../src/extract/types.js';
import type * as Pipeline from '../../src/extract/pipeline.js';
import { builtIsCurrent } from '../../bin/launch.js';

const from = process.env.BENCH_FROM === 'src' || !builtIsCurrent('extract/pipeline.js') ? 'src' : 'dist';
if (from === 'src' && process.env.BENCH_FROM !== 'src') console.log("bench:extract: dist/ is missing or older than src/: timing the source through tsx ('npm run build' times what newsgraph runs)");
const pipeline = path.join(PROJECT_ROOT, from === 'dist' ? 'dist/extract/pipeline.js' : 'src/extract/pipeline.ts');
const { extractArticle } = (await import(pathToFileURL(pipeline).href)) as typeof Pipeline;

const file = process.argv[2] ?? path.join(PROJECT_ROOT, '../shared/corpus/allsides-international.jsonl');
const rounds = Number(process.env.ROUNDS ?? 3);

const articles: Article[] = [];
for await (const item of readArticles([file], { maxArticleBytes: 10 * 1024 * 1024 })) if (item.ok) articles.push(item.article);
const words = articles.reduce((n, a) => n + a.body.split(/\s+/).length, 0);
if (!articles.length) {
  console.error(`bench:extract: no articles read from ${file}`);
  process.exit(1);
}
console.log(`bench:extract: ${articles.length} articles, ${words} words from ${file}; extraction code: ${path.relative(PROJECT_ROOT, pipeline)}`);

// One warm-up round so the JIT has compiled the rules before timing.
for (const a of articles.slice(0, 300)) extractArticle(a);

const times: number[] = [];
const cpuTimes: number[] = [];
let facts = 0;
for (let r = 0; r < rounds; r++) {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  facts = 0;
  for (const a of articles) {
    const res = extractArticle(a);
    facts += res.entities.length + res.quotes.length + res.relations.length;
  }
  times.push((performance.now() - t0) / 1000);
  const cpu = process.cpuUsage(cpu0);
  cpuTimes.push((cpu.user + cpu.system) / 1e6);
  console.log(`round ${r + 1}: ${times[r].toFixed(2)} s wall, ${cpuTimes[r].toFixed(2)} s CPU`);
}
const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
// On a shared machine wall time counts the waits for a core; the CPU time is what the extraction itself costs.
const cpuMedian = [...cpuTimes].sort((a, b) => a - b)[Math.floor(cpuTimes.length / 2)];
console.log(`CPU median of ${rounds}: ${cpuMedian.toFixed(2)} s → ${(articles.length / cpuMedian).toFixed(0)} articles per CPU-second`);
console.log(`median of ${rounds}: ${median.toFixed(2)} s → ${(articles.length / median).toFixed(0)} articles/s, ${(words / median / 1000).toFixed(0)}k words/s on one core`);
console.log(`facts per round: ${facts}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
