// Extraction CPU of this checkout beside another, side by side on a shared machine: rounds alternate between the two,
// each round its own process extracting the same first LIMIT corpus articles; prints CPU seconds per round, the medians,
// their ratio and `uptime` before and after (npx tsx scripts/bench/extract-pair.ts OTHER_CHECKOUT; ROUNDS=3, LIMIT=1500,
// BENCH_FROM=dist|src: the compiled build, which each checkout must have current, or the source through tsx).
import { spawnSync, execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../../src/config.js';
import type * as Pipeline from '../../src/extract/pipeline.js';
import type { Article } from '../../src/extract/types.js';

const CORPUS = path.join(PROJECT_ROOT, '../shared/corpus/allsides-international.jsonl');
const limit = Number(process.env.LIMIT ?? 1500);
const from = process.env.BENCH_FROM === 'src' ? 'src' : 'dist';

if (process.argv[2] === '--child') {
  // One round: extract the articles with the checkout's pipeline, after a warm-up; print CPU seconds of the timed part.
  const tree = process.argv[3];
  const { readArticles } = await import('../../src/ingest/read-articles.js');
  const pipeline = path.join(tree, from === 'dist' ? 'dist/extract/pipeline.js' : 'src/extract/pipeline.ts');
  const { extractArticle } = (await import(pathToFileURL(pipeline).href)) as typeof Pipeline;
  const articles: Article[] = [];
  for await (const item of readArticles([CORPUS], { maxArticleBytes: 10 * 1024 * 1024 })) {
    if (item.ok) articles.push(item.article);
    if (articles.length >= limit) break;
  }
  for (const a of articles.slice(0, 300)) extractArticle(a);
  const cpu0 = process.cpuUsage();
  for (const a of articles) extractArticle(a);
  const cpu = process.cpuUsage(cpu0);
  console.log(JSON.stringify({ cpu: (cpu.user + cpu.system) / 1e6, articles: articles.length }));
  process.exit(0);
}

const other = process.argv[2];
if (!other) {
  console.error('extract-pair: usage: extract-pair.ts OTHER_CHECKOUT (ROUNDS, LIMIT, BENCH_FROM=dist|src)');
  process.exit(1);
}
const rounds = Number(process.env.ROUNDS ?? 3);
const trees = [PROJECT_ROOT, path.resolve(other)];
const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();
console.log(`extract-pair: ${limit} articles, ${rounds} rounds each, code from ${from}; ${uptime()}`);
const cpu: number[][] = [[], []];
for (let r = 0; r < rounds; r++) {
  for (const k of r % 2 ? [1, 0] : [0, 1]) {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1], '--child', trees[k]], { encoding: 'utf8', env: process.env });
    if (child.status !== 0) throw new Error(`extract-pair: round ${r + 1} of ${trees[k]} failed: ${child.stderr}`);
    const { cpu: s, articles } = JSON.parse(child.stdout.trim().split('\n').pop()!) as { cpu: number; articles: number };
    cpu[k].push(s);
    console.log(`round ${r + 1} ${k ? 'other' : 'this '}: ${s.toFixed(2)} s CPU, ${(articles / s).toFixed(1)} articles per CPU-second`);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const [mine, theirs] = cpu.map(median);
console.log(`median CPU: this ${mine.toFixed(2)} s (${(limit / mine).toFixed(1)}/s), other ${theirs.toFixed(2)} s (${(limit / theirs).toFixed(1)}/s); this/other ${(mine / theirs).toFixed(3)}; ${uptime()}`);
