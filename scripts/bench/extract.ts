// Extraction speed on one core: articles/s, words/s and peak memory over the shared corpus (run by hand: npm run bench:extract).
// It times the configuration `newsgraph extract` runs (and `load` with one extraction thread): the compiled dist/ when
// it is current with src/ (bin/launch.js's rule), else the source through tsx, saying which, in a node started with the
// V8 flags the launcher gives a command that extracts in its own thread (EXTRACT_SEMI_SPACE_MB → --max-semi-space-size,
// 64 MB by default). Beside it, rounds alternated, the configuration before that setting: V8's default heap sizes.
// Each round is its own process (V8 takes heap sizes only at start): lexicons, a 300-article warm-up, then PASSES=1
// timed passes over the whole file; ROUNDS=3 rounds per configuration, medians over the passes.
// BENCH_FROM=src times the source through tsx whatever the build (tsx compiles with esbuild's keepNames, a naming call
// per function and closure created that the shipped build does not make; side by side the source cost 0.99–1.22× the
// build's CPU, not settled).
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../../src/config.js';
import { readArticles } from '../../src/ingest/read-articles.js';
import type { Article } from '../../src/extract/types.js';
import type * as Pipeline from '../../src/extract/pipeline.js';
import { builtIsCurrent, extractionV8Flags } from '../../bin/launch.js';

const from = process.env.BENCH_FROM === 'src' || !builtIsCurrent('extract/pipeline.js') ? 'src' : 'dist';
const pipeline = path.join(PROJECT_ROOT, from === 'dist' ? 'dist/extract/pipeline.js' : 'src/extract/pipeline.ts');
const file = process.argv[process.argv[2] === '--child' ? 3 : 2] ?? path.join(PROJECT_ROOT, '../shared/corpus/allsides-international.jsonl');
const passes = Number(process.env.PASSES ?? 1);

interface Round {
  articles: number;
  words: number;
  facts: number;
  wall: number[];
  cpu: number[];
  rssMb: number;
}

if (process.argv[2] === '--child') {
  // One round: the flags are this process's own (the parent chose them); prints its figures as one JSON line.
  const { extractArticle } = (await import(pathToFileURL(pipeline).href)) as typeof Pipeline;
  const articles: Article[] = [];
  for await (const item of readArticles([file], { maxArticleBytes: 10 * 1024 * 1024 })) if (item.ok) articles.push(item.article);
  const words = articles.reduce((n, a) => n + a.body.split(/\s+/).length, 0);
  // Warm-up so the JIT has compiled the rules before timing.
  for (const a of articles.slice(0, 300)) extractArticle(a);
  const round: Round = { articles: articles.length, words, facts: 0, wall: [], cpu: [], rssMb: 0 };
  for (let p = 0; p < passes; p++) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    round.facts = 0;
    for (const a of articles) {
      const res = extractArticle(a);
      round.facts += res.entities.length + res.quotes.length + res.relations.length;
    }
    round.wall.push((performance.now() - t0) / 1000);
    const cpu = process.cpuUsage(cpu0);
    round.cpu.push((cpu.user + cpu.system) / 1e6);
  }
  round.rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify(round));
  process.exit(0);
}

if (from === 'src' && process.env.BENCH_FROM !== 'src') console.log("bench:extract: dist/ is missing or older than src/: timing the source through tsx ('npm run build' times what newsgraph runs)");
const rounds = Number(process.env.ROUNDS ?? 3);
const flags = extractionV8Flags();
const configurations = [
  { name: `newsgraph extract (node ${flags.join(' ') || "with V8's default heap: EXTRACT_SEMI_SPACE_MB=0"})`, flags, results: [] as Round[] },
  { name: "before (V8's default heap sizes)", flags: [] as string[], results: [] as Round[] },
];
const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();
console.log(`bench:extract: ${file}; extraction code: ${path.relative(PROJECT_ROOT, pipeline)}; ${rounds} rounds per configuration, each its own process, ${passes} timed pass(es) after a 300-article warm-up`);
console.log(`before: ${uptime()}`);
for (let r = 0; r < rounds; r++) {
  for (const c of r % 2 ? [...configurations].reverse() : configurations) {
    const child = spawnSync(process.execPath, [...c.flags, ...process.execArgv, process.argv[1], '--child', file], { encoding: 'utf8', env: process.env, maxBuffer: 1 << 20 });
    if (child.status !== 0) {
      console.error(`bench:extract: round ${r + 1} (${c.name}) failed:\n${child.stderr}`);
      process.exit(1);
    }
    const round = JSON.parse(child.stdout.trim().split('\n').pop()!) as Round;
    c.results.push(round);
    const per = round.wall.map((w, p) => `${w.toFixed(2)} s wall, ${round.cpu[p].toFixed(2)} s CPU`).join('; ');
    console.log(`round ${r + 1} ${c.name}: ${per}; peak RSS ${round.rssMb.toFixed(0)} MB`);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const { articles, words, facts } = configurations[0].results[0];
console.log(`${articles} articles, ${words} words; facts per pass: ${configurations.map((c) => c.results[0].facts).join(' / ')}`);
for (const c of configurations) {
  const wall = median(c.results.flatMap((x) => x.wall));
  // On a shared machine wall time counts the waits for a core; the CPU time (all threads) is what the extraction costs.
  const cpu = median(c.results.flatMap((x) => x.cpu));
  console.log(
    `${c.name}: median ${wall.toFixed(2)} s → ${(articles / wall).toFixed(0)} articles/s, ${(words / wall / 1000).toFixed(0)}k words/s on one core; ` +
      `CPU ${cpu.toFixed(2)} s → ${(articles / cpu).toFixed(0)} articles per CPU-second; peak RSS ${median(c.results.map((x) => x.rssMb)).toFixed(0)} MB`,
  );
}
const [now, before] = configurations.map((c) => median(c.results.flatMap((x) => x.wall)));
console.log(`wall time ${configurations[0].name} ÷ before: ${(now / before).toFixed(3)}`);
console.log(`after: ${uptime()}`);
