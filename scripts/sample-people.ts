// Person and Place entities of N seeded corpus articles (scripts/corpus-sample.ts draws), each with the node consolidation moves it to.
// Usage: npx tsx scripts/sample-people.ts SEED N [identity-offline cache.json] (the cache gives the whole-corpus replay).
import { readFileSync } from 'node:fs';
import { seededRandom, drawCorpusLines } from './corpus-sample.js';
import { extractArticle, warmUp } from '../src/extract/pipeline.js';
import { replayConsolidation } from '../src/resolve/identity-replay.js';
import { readArticles } from '../src/ingest/read-articles.js';
import { COUNTRY_BY_CAPITAL } from '../src/extract/lexicon/countries.js';
const [seed, n, cache] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4]];
const { moves } = cache ? replayConsolidation(JSON.parse(readFileSync(cache, 'utf8')).summaries) : { moves: new Map<string, string>() };
warmUp();
const { lines, picked } = drawCorpusLines(seededRandom(seed), n);
const want = new Map(picked.map((k) => [JSON.parse(lines[k]).url as string, k]));
for await (const item of readArticles(['/work/shared/corpus/allsides-international.jsonl'], { maxArticleBytes: 10_000_000 })) {
  if (!item.ok || !want.has(item.article.url ?? '')) continue;
  const k = want.get(item.article.url!)!;
  const a = item.article;
  const body = a.body;
  const res = extractArticle(a);
  console.log(`\n=== line ${k} ${a.id} ${a.source} ${a.publishedAt?.slice(0, 10)} "${a.title}"`);
  for (const e of res.entities.filter((x) => x.type === 'Person' || x.type === 'Place')) {
    const m = e.mentions[0];
    const to = moves.get(`${a.id}|${e.id}`);
    console.log(`  ${e.type} ${e.id}${to ? ` → ${to}` : ''} | ${e.name} | ${e.mentions.length}× ${JSON.stringify([...new Set(e.mentions.map((x) => x.text))])} | …${body.slice(Math.max(0, m.start - 70), m.end + 50).replace(/\s+/g, ' ')}…`);
  }
  // Capitals read as the state: where the city reading was not taken, to judge both readings.
  for (const e of res.entities.filter((x) => x.type === 'Country'))
    for (const m of e.mentions) if (COUNTRY_BY_CAPITAL.has(m.text))
      console.log(`  Country ${e.id} (as "${m.text}") | …${body.slice(Math.max(0, m.start - 60), m.end + 40).replace(/\s+/g, ' ')}…`);
}
