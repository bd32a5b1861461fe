// Extraction CPU of two builds side by side (run by hand: npx tsx scripts/bench/extract-compare.ts A/dist B/dist [N]).
// Measures the CPU time (process.cpuUsage, user + system) one thread spends in extractArticle per 1,000 articles of the
// shared international corpus, for two compiled dist/ directories (e.g. main's build and a branch's). CPU, not wall
// time: on a shared machine wall time counts the waits for a core. Each round is its own process (node started with
// the launcher's extraction flags): 300 articles of warm-up, then the next N (default 1,000) timed. The two builds are
// alternated (A B, B A, …) over ROUNDS=3 rounds each; prints every round, both medians and B ÷ A. Then (PAIRED=0 skips
// it; SEPARATE=0 runs only these) ROUNDS rounds (even: 4 is good) with both builds in one process taking turns every
// 25 articles, the builds' load order swapped each round, and B ÷ A with the load order's cost cancelled out (the
// geometric mean over both orders).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../../src/config.js';
import { readArticles } from '../../src/ingest/read-articles.js';
import type { Article } from '../../src/extract/types.js';
import type * as Pipeline from '../../src/extract/pipeline.js';
import { extractionV8Flags } from '../../bin/launch.js';

const WARM_UP = 300;
const corpus = path.join(PROJECT_ROOT, '../shared/corpus/allsides-international.jsonl');

if (process.argv[2] === '--paired') {
  // Both builds in one process, taking turns every BATCH articles (order swapped each turn): a busy machine's load
  // changes slower than a turn, so both see the same load. Prints each build's CPU per 1,000 articles per pass.
  const [distA, distB, n] = [process.argv[3], process.argv[4], Number(process.argv[5])];
  const builds = await Promise.all([distA, distB].map(async (d) => ((await import(pathToFileURL(path.join(d, 'extract/pipeline.js')).href)) as typeof Pipeline).extractArticle));
  const articles: Article[] = [];
  for await (const item of readArticles([corpus], { maxArticleBytes: 10 * 1024 * 1024 })) {
    if (item.ok) articles.push(item.article);
    if (articles.length >= WARM_UP + n) break;
  }
  for (const extract of builds) for (const a of articles.slice(0, WARM_UP)) extract(a);
  const timed = articles.slice(WARM_UP);
  const BATCH = 25;
  const cpu = [0, 0];
  for (let i = 0, turn = 0; i < timed.length; i += BATCH, turn++) {
    for (const k of turn % 2 ? [1, 0] : [0, 1]) {
      const c0 = process.cpuUsage();
      for (const a of timed.slice(i, i + BATCH)) builds[k](a);
      const c = process.cpuUsage(c0);
      cpu[k] += (c.user + c.system) / 1e6;
    }
  }
  console.log(JSON.stringify({ articles: timed.length, cpu }));
  process.exit(0);
}

if (process.argv[2] === '--child') {
  // One round of one build: prints the CPU seconds of the timed articles as one JSON line.
  const [dist, n] = [process.argv[3], Number(process.argv[4])];
  const { extractArticle } = (await import(pathToFileURL(path.join(dist, 'extract/pipeline.js')).href)) as typeof Pipeline;
  const articles: Article[] = [];
  for await (const item of readArticles([corpus], { maxArticleBytes: 10 * 1024 * 1024 })) {
    if (item.ok) articles.push(item.article);
    if (articles.length >= WARM_UP + n) break;
  }
  for (const a of articles.slice(0, WARM_UP)) extractArticle(a);
  const timed = articles.slice(WARM_UP);
  const cpu0 = process.cpuUsage();
  for (const a of timed) extractArticle(a);
  const cpu = process.cpuUsage(cpu0);
  console.log(JSON.stringify({ articles: timed.length, cpu: (cpu.user + cpu.system) / 1e6 }));
  process.exit(0);
}

const [a, b] = [process.argv[2], process.argv[3]].map((d) => d && path.resolve(d));
const n = Number(process.argv[4] ?? 1000);
if (!a || !b) {
  console.error('extract-compare: usage: extract-compare.ts A_DIST B_DIST [timed articles, default 1000]');
  process.exit(1);
}
const rounds = Number(process.env.ROUNDS ?? 3);
const builds = [
  { name: 'A', dist: a, per1000: [] as number[] },
  { name: 'B', dist: b, per1000: [] as number[] },
];
console.log(`extract-compare: A = ${a}, B = ${b}; ${rounds} rounds each, alternated; ${WARM_UP} warm-up + ${n} timed articles per round`);
const separate = process.env.SEPARATE !== '0';
for (let r = 0; separate && r < rounds; r++) {
  for (const build of r % 2 ? [...builds].reverse() : builds) {
    const child = spawnSync(process.execPath, [...extractionV8Flags(), ...process.execArgv, process.argv[1], '--child', build.dist, String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) {
      console.error(`extract-compare: round ${r + 1} of ${build.name} failed:\n${child.stderr}`);
      process.exit(1);
    }
    const { articles, cpu } = JSON.parse(child.stdout.trim().split('\n').pop()!) as { articles: number; cpu: number };
    build.per1000.push((cpu / articles) * 1000);
    console.log(`round ${r + 1} ${build.name}: ${((cpu / articles) * 1000).toFixed(2)} s CPU per 1,000 articles`);
  }
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const [ma, mb] = builds.map((x) => median(x.per1000));
if (separate) console.log(`median CPU per 1,000 articles: A ${ma.toFixed(2)} s, B ${mb.toFixed(2)} s; B ÷ A = ${(mb / ma).toFixed(3)}`);
if (process.env.PAIRED !== '0') {
  // The same comparison with both builds in one process, turn by turn (see --paired): less noise on a busy machine.
  // The build loaded second ran up to ~10 % slower than the first here (a copy of main against main): each round swaps
  // the slots, and the figure is the geometric mean over both slots, so the slot's cost cancels out.
  const ratios: number[][] = [[], []];
  for (let r = 0; r < rounds; r++) {
    const child = spawnSync(process.execPath, [...extractionV8Flags(), ...process.execArgv, process.argv[1], '--paired', ...(r % 2 ? [b, a] : [a, b]), String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) {
      console.error(`extract-compare: paired round ${r + 1} failed:\n${child.stderr}`);
      process.exit(1);
    }
    const { articles, cpu } = JSON.parse(child.stdout.trim().split('\n').pop()!) as { articles: number; cpu: number[] };
    const [ca, cb] = r % 2 ? [cpu[1], cpu[0]] : cpu;
    ratios[r % 2].push(cb / ca);
    console.log(`paired round ${r + 1} (B loaded ${r % 2 ? 'first' : 'second'}): A ${((ca / articles) * 1000).toFixed(2)} s, B ${((cb / articles) * 1000).toFixed(2)} s CPU per 1,000 articles; B ÷ A = ${(cb / ca).toFixed(3)}`);
  }
  const geomean = (xs: number[]) => Math.exp(xs.reduce((t, x) => t + Math.log(x), 0) / xs.length);
  if (ratios[1].length) console.log(`paired: B ÷ A = ${Math.sqrt(geomean(ratios[0]) * geomean(ratios[1])).toFixed(3)} (with B loaded second ${geomean(ratios[0]).toFixed(3)}, first ${geomean(ratios[1]).toFixed(3)}: geometric means)`);
}
