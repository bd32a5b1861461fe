// Cross-article event merging measured without Neo4j: extract the corpus' event reports, cluster them as the writer does, print the node count and the most-reported events.
// Usage: npx tsx scripts/bench/event-merge.ts [corpus.jsonl] [--limit N] [--cache reports.json] [--top 30]
// With --cache, the reports are extracted once into that file and read back on later runs (e.g. to compare two versions of the merge rule).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readArticles } from '../../src/ingest/read-articles.js';
import { extractArticle, warmUp } from '../../src/extract/pipeline.js';
import { ExtractionTimeoutError } from '../../src/extract/deadline.js';
import { clusterEvents, eventReportsOf, type EventReport } from '../../src/resolve/resolve-events.js';
import { config } from '../../src/config.js';
import { SHARED } from '../eval/common.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const limit = Number(flag('--limit') ?? Infinity);
const cache = flag('--cache');
const top = Number(flag('--top') ?? 30);
const corpus = args[0] ?? path.join(SHARED, 'corpus/allsides-international.jsonl');

async function reportsOf(): Promise<EventReport[]> {
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as EventReport[];
  warmUp();
  const reports: EventReport[] = [];
  let n = 0;
  for await (const item of readArticles([corpus], { maxArticleBytes: config().MAX_ARTICLE_BYTES })) {
    if (!item.ok) continue;
    if (n++ >= limit) break;
    try {
      reports.push(...eventReportsOf(extractArticle(item.article, { budgetMs: config().EXTRACT_BUDGET_MS })));
    } catch (e) {
      if (!(e instanceof ExtractionTimeoutError)) throw e;
    }
  }
  if (cache) writeFileSync(cache, JSON.stringify(reports));
  return reports;
}

const reports = await reportsOf();
const events = clusterEvents(reports);
const articles = (e: (typeof events)[number]) => new Set(e.reports.map((r) => r.articleId)).size;
console.log(`${reports.length} event reports → ${events.length} event nodes (${events.filter((e) => articles(e) > 1).length} reported by more than one article)`);
for (const e of [...events].sort((a, b) => articles(b) - articles(a) || (a.name < b.name ? -1 : 1)).slice(0, top)) {
  console.log(`${String(articles(e)).padStart(4)}  ${e.name}`);
}
