// Equality harness for speed work: extracts the first N corpus articles and compares the JSON with a saved baseline
// (run by hand: `tsx scripts/bench/extract-diff.ts save|check [file]`; N from LIMIT, default 1000; baseline in /tmp;
// THREADS=n extracts through the worker pool of `load` instead of in this thread).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { createExtractor } from '../../src/extract/pool.js';
import type { Article } from '../../src/extract/types.js';
import { readArticles } from '../../src/ingest/read-articles.js';

const mode = process.argv[2];
if (mode !== 'save' && mode !== 'check') {
  console.error('usage: extract-diff save|check [corpus.jsonl]  (LIMIT=1000, BASELINE=/tmp/newsgraph-extract-baseline.jsonl)');
  process.exit(2);
}
const file = process.argv[3] ?? path.join(PROJECT_ROOT, '../shared/corpus/allsides-international.jsonl');
const limit = Number(process.env.LIMIT ?? 1000);
const baseline = process.env.BASELINE ?? '/tmp/newsgraph-extract-baseline.jsonl';

const articles: Article[] = [];
for await (const item of readArticles([file], { maxArticleBytes: 10 * 1024 * 1024 })) {
  if (!item.ok) continue;
  articles.push(item.article);
  if (articles.length >= limit) break;
}
const extractor = createExtractor({ threads: Number(process.env.THREADS ?? 1) });
const lines = (await extractor.extractAll(articles)).map((o) => (o.ok ? JSON.stringify(o.result) : `failed: ${o.reason}`));
await extractor.close();
if (mode === 'save') {
  writeFileSync(baseline, lines.join('\n') + '\n');
  console.log(`extract-diff: saved ${lines.length} articles to ${baseline}`);
} else {
  const saved = readFileSync(baseline, 'utf8').split('\n').filter(Boolean);
  let differing = 0;
  const examples: string[] = [];
  for (let i = 0; i < Math.max(saved.length, lines.length); i++) {
    if (saved[i] === lines[i]) continue;
    differing++;
    if (examples.length < 5) examples.push(String((JSON.parse(saved[i] ?? lines[i]) as { article: { id: string } }).article.id));
  }
  console.log(`extract-diff: ${differing} of ${lines.length} articles differ from ${baseline}${examples.length ? ` (e.g. ${examples.join(', ')})` : ''}`);
  process.exit(differing ? 1 : 0);
}
