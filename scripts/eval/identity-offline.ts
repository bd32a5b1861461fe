// The identity eval without Neo4j, for working on resolution: extract the shared corpus in-process, replay the loader's
// consolidation (resolve/identity-replay.ts) and score the gold mentions as `EVAL_ONLY=identity` does (same alignment and
// scorer, scripts/eval/identity.ts). The real eval loads through the graph; this one is for minutes-long iterations.
// Usage: npx tsx scripts/eval/identity-offline.ts [--cache file.json] [--pairs] [--misses]
//   --cache   extract once into the file and read it back on later runs (valid while extraction is unchanged)
//   --pairs   print every different-identity pair of identical surface and whether it is split
//   --misses  print the merge-recall misses and in-group merges
//   --rows    print every gold mention with the node it landed on (grouped by identity)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readArticles } from '../../src/ingest/read-articles.js';
import { extractArticle, warmUp } from '../../src/extract/pipeline.js';
import { ExtractionTimeoutError } from '../../src/extract/deadline.js';
import { identitySummariesOf, replayConsolidation } from '../../src/resolve/identity-replay.js';
import type { EntitySummary } from '../../src/resolve/consolidate.js';
import type { ExtractionResult } from '../../src/extract/types.js';
import { config } from '../../src/config.js';
import { SHARED } from './common.js';
import { align, offsetMaps, scoreIdentity, type Gold, type SystemMention } from './identity.js';


interface GoldArticle {
  id: string;
  body: string;
  mentions: { entityId: string; type: string; start: number; end: number }[];
}

interface Cache {
  summaries: EntitySummary[];
  /** gold url → the article as extraction saw it */
  articles: Record<string, GoldArticle>;
}

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const has = (name: string) => args.includes(name);
const cacheFile = flag('--cache');
const goldFile = path.join(SHARED, 'gold', 'identity-dev', 'dev.jsonl');
const corpusFile = path.join(SHARED, 'corpus', 'allsides-international.jsonl');
const gold = readFileSync(goldFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Gold);
const goldUrls = new Set(gold.map((g) => g.url));

async function extracted(): Promise<Cache> {
  if (cacheFile && existsSync(cacheFile)) return JSON.parse(readFileSync(cacheFile, 'utf8')) as Cache;
  warmUp();
  const results: ExtractionResult[] = [];
  const articles: Record<string, GoldArticle> = {};
  const t0 = performance.now();
  let n = 0;
  for await (const item of readArticles([corpusFile], { maxArticleBytes: config().MAX_ARTICLE_BYTES })) {
    if (!item.ok) continue;
    if (++n % 500 === 0) console.error(`identity-offline: ${n} articles, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    try {
      const r = extractArticle(item.article, { budgetMs: config().EXTRACT_BUDGET_MS });
      const named = r.entities.filter((e) => e.type !== 'Event');
      results.push({ ...r, quotes: [], relations: [], entities: named.filter((e) => e.type === 'Person' || e.type === 'Organization') });
      const url = item.article.url;
      if (url && goldUrls.has(url) && !articles[url])
        articles[url] = { id: item.article.id, body: item.article.body, mentions: named.flatMap((e) => e.mentions.map((m) => ({ entityId: e.id, type: e.type, start: m.start, end: m.end }))) };
    } catch (e) {
      if (!(e instanceof ExtractionTimeoutError)) throw e;
    }
  }
  const out = { summaries: identitySummariesOf(results), articles };
  if (cacheFile) writeFileSync(cacheFile, JSON.stringify(out));
  return out;
}

const raws = new Map<string, string>();
for (const line of readFileSync(corpusFile, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as { id: string; text: string };
  if (gold.some((g) => g.article === `corpus:${r.id}`)) raws.set(`corpus:${r.id}`, r.text);
}

const { summaries, articles } = await extracted();
const { moves, decisions } = replayConsolidation(summaries);
const rows = gold.map((g) => {
  const a = articles[g.url];
  const raw = raws.get(g.article);
  if (!a || raw === undefined) return { g, p: null, text: '' };
  const { toBody } = offsetMaps(raw, a.body);
  const ms: SystemMention[] = a.mentions.map((m) => ({ start: m.start, end: m.end, node: moves.get(`${a.id}|${m.entityId}`) ?? m.entityId, nodeType: m.type }));
  const p = align({ start: toBody(g.start), end: toBody(g.end) }, ms);
  return { g, p, text: p ? a.body.slice(p.start, p.end) : '' };
});
const s = scoreIdentity(rows);
const f = (x: number) => x.toFixed(3);
console.log(`identity-offline: ${decisions.length} decisions over ${summaries.length} people and organisations`);
console.log(`coverage ${f(s.coverage)} | merge recall ${f(s.mergeRecall)} (${s.samePairs}) | split ${f(s.splitPrecision)} | in-group ${f(s.splitInGroup)} (${s.groupPairs}) | same-surface ${f(s.splitSameSurface)} (${s.surfacePairs}; metonymy aside ${f(s.splitSameSurfaceLiteral)} of ${s.surfacePairsLiteral}) | NAE ${f(s.notAnEntity)}`);
if (has('--pairs')) {
  const ents = rows.filter((r) => r.g.identity !== 'NOT_AN_ENTITY');
  for (let i = 0; i < ents.length; i++)
    for (let j = i + 1; j < ents.length; j++) {
      const [a, b] = [ents[i], ents[j]];
      if (a.g.identity === b.g.identity || a.g.surface.toLowerCase() !== b.g.surface.toLowerCase()) continue;
      const state = !a.p || !b.p ? 'unaligned' : a.p.node === b.p.node ? 'SAME NODE' : 'split';
      console.log(`${state.padEnd(9)} "${a.g.surface}" ${a.g.identity} ${a.g.article} → ${a.p?.node ?? '-'} | ${b.g.identity} ${b.g.article} → ${b.p?.node ?? '-'}`);
    }
}
if (has('--misses')) for (const m of s.misses) console.log(m);
if (has('--rows'))
  for (const r of [...rows].sort((x, y) => (x.g.identity < y.g.identity ? -1 : x.g.identity > y.g.identity ? 1 : 0)))
    console.log(`${r.g.group}\t${r.g.identity}\t"${r.g.surface}"\t${r.g.article}\t→ ${r.p ? `${r.p.node} (${r.p.nodeType}) "${r.text}"` : 'UNALIGNED'}`);
