// Prints the entities of one type in N seeded random corpus articles, with their mentions and aliases, for judging by
// hand (how many are not what their type says). Extraction only, no Neo4j.
// Usage: npx tsx scripts/audit/sample-entities.ts [--type Organization] [--n 30] [--seed 13]
import { extractArticle } from '../../src/extract/pipeline.js';
import { flags, readCorpus } from './corpus.js';

const opt = flags(process.argv.slice(2));
const type = opt.type ?? 'Organization';
const n = Number(opt.n ?? 30);
let seed = Number(opt.seed ?? 13);
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31); // fixed LCG: the same sample every run

const articles = await readCorpus();
const picked = new Set<number>();
while (picked.size < Math.min(n, articles.length)) picked.add(Math.floor(random() * articles.length));
let total = 0;
for (const i of [...picked].sort((a, b) => a - b)) {
  const a = articles[i];
  const found = extractArticle(a).entities.filter((e) => e.type === type);
  total += found.length;
  console.log(`\n## ${a.id} (${a.source}) ${a.title}`);
  for (const e of found) console.log(`  ${e.name} ×${e.mentions?.length ?? 0}${e.aliases.length ? `  aliases: ${e.aliases.join(' | ')}` : ''}`);
}
console.log(`\nsample-entities: ${total} ${type} entities in ${picked.size} articles (seed ${opt.seed ?? 13})`);
