// Cross-article event merging measured without Neo4j: extract the corpus' event reports, resolve identities as the loader's consolidation does, cluster the reports as the writer does, print the node count and the most-reported events.
// Usage: npx tsx scripts/bench/event-merge.ts [corpus.jsonl] [--limit N] [--cache reports.json] [--top 30] [--no-identity] [--table]
// With --cache, the reports and identity summaries are extracted once into that file and read back on later runs (e.g. to compare two versions of the merge rule).
// --no-identity clusters the reports with the ids extraction gave (what the graph held before consolidation re-clustered events);
// --table prints the top events as a Markdown table (articles, kind, date, place, parties, one evidence sentence).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readArticles } from '../../src/ingest/read-articles.js';
import { extractArticle, warmUp } from '../../src/extract/pipeline.js';
import { ExtractionTimeoutError } from '../../src/extract/deadline.js';
import { clusterEvents, eventReportsOf, type EventReport, type ResolvedEvent } from '../../src/resolve/resolve-events.js';
import { identitySummariesOf, replayConsolidation, withResolvedParticipants } from '../../src/resolve/identity-replay.js';
import type { EntitySummary } from '../../src/resolve/consolidate.js';
import { config } from '../../src/config.js';
import { SHARED } from '../eval/common.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const has = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? !!args.splice(i, 1).length : false;
};
const limit = Number(flag('--limit') ?? Infinity);
const cache = flag('--cache');
const top = Number(flag('--top') ?? 30);
const withIdentity = !has('--no-identity');
const table = has('--table');
const corpus = args[0] ?? path.join(SHARED, 'corpus/allsides-international.jsonl');

interface Extracted {
  reports: EventReport[];
  summaries: EntitySummary[];
}

async function extracted(): Promise<Extracted> {
  if (cache && existsSync(cache)) {
    const read = JSON.parse(readFileSync(cache, 'utf8')) as Extracted | EventReport[];
    if (Array.isArray(read)) throw new Error(`${cache}: a cache of reports only (written by an older version of this script): delete it to extract again`);
    // Reports cached before statuses were read: taken as happened, as they were then.
    read.reports = read.reports.map((r) => ({ ...r, status: r.status ?? 'happened' }));
    return read;
  }
  warmUp();
  const reports: EventReport[] = [];
  const results = [];
  let n = 0;
  for await (const item of readArticles([corpus], { maxArticleBytes: config().MAX_ARTICLE_BYTES })) {
    if (!item.ok) continue;
    if (n++ >= limit) break;
    try {
      const r = extractArticle(item.article, { budgetMs: config().EXTRACT_BUDGET_MS });
      reports.push(...eventReportsOf(r));
      // Only what identity needs: people and organisations.
      results.push({ ...r, quotes: [], relations: [], entities: r.entities.filter((e) => e.type === 'Person' || e.type === 'Organization') });
    } catch (e) {
      if (!(e instanceof ExtractionTimeoutError)) throw e;
    }
  }
  const out = { reports, summaries: identitySummariesOf(results) };
  if (cache) writeFileSync(cache, JSON.stringify(out));
  return out;
}

const { reports, summaries } = await extracted();
let resolved = reports;
if (withIdentity) {
  const { moves, decisions } = replayConsolidation(summaries);
  resolved = reports.map((r) => withResolvedParticipants(r, moves));
  console.log(`identity: ${decisions.length} merge decisions over ${summaries.length} people and organisations`);
}
const events = clusterEvents(resolved);
const articles = (e: ResolvedEvent) => new Set(e.reports.map((r) => r.articleId)).size;
console.log(`${reports.length} event reports → ${events.length} event nodes (${events.filter((e) => articles(e) > 1).length} reported by more than one article)`);
const ranked = [...events].sort((a, b) => articles(b) - articles(a) || (a.name < b.name ? -1 : 1)).slice(0, top);
if (!table) {
  for (const e of ranked) console.log(`${String(articles(e)).padStart(4)}  ${e.name}`);
} else {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  console.log('\n| # | articles | kind | status | date | place | parties | name | days reported | a report |\n|---|---|---|---|---|---|---|---|---|---|');
  ranked.forEach((e, i) => {
    const sample = e.reports.find((r) => r.evidence.length)?.evidence[0] ?? '';
    const parties = e.participantIds.slice(0, 5).join(', ') + (e.participantIds.length > 5 ? ` +${e.participantIds.length - 5}` : '');
    console.log(`| ${i + 1} | ${articles(e)} | ${e.kind} | ${e.status} | ${e.date ?? '—'} | ${e.locationName ?? '—'} | ${cell(parties)} | ${cell(e.name)} | ${e.firstDay ?? '?'} – ${e.lastDay ?? '?'} | ${cell(sample.slice(0, 140))} |`);
  });
}
