// Extraction output of a fixed sample as JSON lines, to diff before and after a speed change (npx tsx scripts/bench/extract-dump.ts OUT [N]).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { extractArticle } from '../../src/extract/pipeline.js';
import { readArticles } from '../../src/ingest/read-articles.js';
import type { Article } from '../../src/extract/types.js';

const out = process.argv[2];
const limit = Number(process.argv[3] ?? 600);
if (!out) {
  console.error('extract-dump: usage: extract-dump.ts OUT [number of corpus articles, default 600; 0 = all]');
  process.exit(1);
}
const shared = process.env.NEWSGRAPH_SHARED ?? path.resolve(PROJECT_ROOT, '..', 'shared');
const articles: Article[] = [];
for await (const item of readArticles([path.join(shared, 'corpus/allsides-international.jsonl')], { maxArticleBytes: 10 * 1024 * 1024 })) {
  if (item.ok) articles.push(item.article);
  if (limit && articles.length >= limit) break;
}
for await (const item of readArticles([path.join(shared, 'seeds')], { maxArticleBytes: 10 * 1024 * 1024 })) if (item.ok) articles.push(item.article);
const polnear = path.join(shared, 'gold/polnear-dev/text');
for (const f of readdirSync(polnear).sort()) articles.push({ id: f, url: null, title: '', publishedAt: null, source: null, body: readFileSync(path.join(polnear, f), 'utf8') });
const conll = readFileSync(path.join(shared, 'gold/conll2003-dev/dev.docs.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { doc_id: string; text: string });
for (const d of conll) articles.push({ id: `conll-${d.doc_id}`, url: null, title: '', publishedAt: '1996-08-30', source: 'reuters', body: d.text });
const lines: string[] = [];
const t0 = performance.now();
for (const a of articles) lines.push(JSON.stringify(extractArticle(a, { explain: true })));
writeFileSync(out, lines.join('\n') + '\n');
console.log(`extract-dump: ${articles.length} articles → ${out} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
