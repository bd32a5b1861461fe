// Prints the Person entities of N seeded random corpus articles (for judging by hand how many are not people).
// Usage: npx tsx scripts/sample-people.ts [n=30] [seed=13]
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { readArticles } from '../src/ingest/read-articles.js';
import type { Article } from '../src/extract/types.js';

const n = Number(process.argv[2] ?? 30);
let seed = Number(process.argv[3] ?? 13);
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31); // fixed LCG: the same sample every run

const articles: Article[] = [];
const file = path.join(PROJECT_ROOT, '../shared/corpus/allsides-international.jsonl');
for await (const item of readArticles([file], { maxArticleBytes: 10 * 1024 * 1024 })) if (item.ok) articles.push(item.article);
const picked = new Set<number>();
while (picked.size < n) picked.add(Math.floor(random() * articles.length));
let total = 0;
for (const i of [...picked].sort((a, b) => a - b)) {
  const people = extractArticle(articles[i]).entities.filter((e) => e.type === 'Person');
  total += people.length;
  console.log(`${articles[i].id} ${articles[i].source}: ${people.map((p) => p.name).join(' | ')}`);
}
console.log(`sample-people: ${total} Person entities in ${n} articles (seed ${process.argv[3] ?? 13})`);
