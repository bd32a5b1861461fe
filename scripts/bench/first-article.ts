// What a worker's first articles pay after warmUp(): each of N corpus articles timed cold (first pass) and warm (second pass), thread CPU (npx tsx scripts/bench/first-article.ts [N] [SEED]).
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { extractArticle, warmUp } from '../../src/extract/pipeline.js';
import { extractionClock as threadCpuMs } from '../../src/extract/deadline.js';
import { readArticles } from '../../src/ingest/read-articles.js';
import type { Article } from '../../src/extract/types.js';

const n = Number(process.argv[2] ?? 20);
let seed = Number(process.argv[3] ?? 1);
const shared = process.env.NEWSGRAPH_SHARED ?? path.resolve(PROJECT_ROOT, '..', 'shared');
const all: Article[] = [];
for await (const item of readArticles([path.join(shared, 'corpus/allsides-international.jsonl')], { maxArticleBytes: 10 * 1024 * 1024 })) if (item.ok) all.push(item.article);
// A small seeded LCG: the same draw every run.
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const picked = Array.from({ length: n }, () => all[Math.floor(next() * all.length)]!);
const w0 = threadCpuMs();
warmUp();
console.log(`warmUp: ${(threadCpuMs() - w0).toFixed(0)} ms CPU`);
const time = (a: Article) => { const t = threadCpuMs(); extractArticle(a); return threadCpuMs() - t; };
const cold = picked.map(time);
const warm = picked.map(time);
picked.forEach((a, i) => console.log(`${String(i).padStart(3)} ${a.body.length.toString().padStart(7)} chars  cold ${cold[i]!.toFixed(0).padStart(5)} ms  warm ${warm[i]!.toFixed(0).padStart(5)} ms  excess ${(cold[i]! - warm[i]!).toFixed(0).padStart(5)} ms`));
const excess = cold.map((c, i) => c - warm[i]!);
console.log(`first article excess ${excess[0]!.toFixed(0)} ms; total excess ${excess.reduce((s, x) => s + x, 0).toFixed(0)} ms over ${n} articles`);
