// The corpus audit of issue 13 without Neo4j: the most-mentioned Person, Organization and Country nodes of the shared
// corpus as a load would leave them — extraction in-process, then the loader's consolidation replayed
// (resolve/identity-replay.ts, as scripts/eval/identity-offline.ts does) — as markdown rows to judge, and the newcomer's
// names with the nodes the articles using them land on. For a machine too busy to load 5,720 articles into Neo4j; the
// graph version is scripts/audit/top-entities.ts (same columns).
// Usage: npx tsx scripts/audit/top-entities-offline.ts [--top 100] [--cache file.json]
//   --cache  extract once into the file and read it back on later runs (valid while extraction is unchanged)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extractArticle, warmUp } from '../../src/extract/pipeline.js';
import { ExtractionTimeoutError } from '../../src/extract/deadline.js';
import { identitySummariesOf, replayConsolidation } from '../../src/resolve/identity-replay.js';
import { displayNames } from '../../src/resolve/display-name.js';
import type { ExtractionResult } from '../../src/extract/types.js';
import { flags, readCorpus } from './corpus.js';

const opt = flags(process.argv.slice(2));
const top = Number(opt.top ?? 100);
const NEWCOMER = ['Turkey', 'NATO', 'Lavrov', 'Kim Jong Un', 'Xi Jinping', 'President Trump', 'President Clinton', 'George W. Bush'];
const TYPES = ['Person', 'Organization', 'Country'] as const;

/** One article's named entities as the audit needs them: id, type, name, aliases, mention texts. */
interface Row {
  article: string;
  source: string | null;
  publishedAt: string | null;
  entities: { id: string; type: string; name: string; aliases: string[]; forms: string[] }[];
}

async function extracted(): Promise<Row[]> {
  if (opt.cache && existsSync(opt.cache)) return JSON.parse(readFileSync(opt.cache, 'utf8')) as Row[];
  warmUp();
  const rows: Row[] = [];
  const articles = await readCorpus();
  const t0 = performance.now();
  for (const [n, a] of articles.entries()) {
    if (n % 500 === 499) console.error(`top-entities-offline: ${n + 1} articles, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    try {
      const r = extractArticle(a);
      rows.push({
        article: r.article.id,
        source: r.article.source ?? null,
        publishedAt: r.article.publishedAt ?? null,
        entities: r.entities
          .filter((e) => (TYPES as readonly string[]).includes(e.type))
          .map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases, forms: e.mentions.map((m) => m.text) })),
      });
    } catch (e) {
      if (!(e instanceof ExtractionTimeoutError)) throw e;
    }
  }
  if (opt.cache) writeFileSync(opt.cache, JSON.stringify(rows));
  return rows;
}

const rows = await extracted();
// identitySummariesOf reads only the article's id, source and publishedAt and the entities' id, type, name, aliases, mentions.
const asResults = rows.map((r) => ({
  article: { id: r.article, source: r.source, publishedAt: r.publishedAt },
  entities: r.entities.map((e) => ({ ...e, mentions: e.forms.map((text) => ({ text })) })),
})) as unknown as ExtractionResult[];
const summaries = identitySummariesOf(asResults);
const { moves } = replayConsolidation(summaries);

interface Node {
  id: string;
  type: string;
  names: Map<string, number>;
  mentions: number;
  articles: Set<string>;
  forms: Map<string, Set<string>>;
  aliasRows: { aliases: string[] }[];
}
const nodes = new Map<string, Node>();
for (const r of rows)
  for (const e of r.entities) {
    const id = moves.get(`${r.article}|${e.id}`) ?? e.id;
    const n = nodes.get(id) ?? nodes.set(id, { id, type: e.type, names: new Map(), mentions: 0, articles: new Set(), forms: new Map(), aliasRows: [] }).get(id)!;
    n.mentions += e.forms.length;
    n.articles.add(r.article);
    if (id === e.id) n.names.set(e.name, (n.names.get(e.name) ?? 0) + 1);
    n.aliasRows.push({ aliases: [e.name, ...e.aliases] });
    for (const f of new Set([...e.forms, ...e.aliases])) (n.forms.get(f) ?? n.forms.set(f, new Set()).get(f)!).add(r.article);
  }
// The node's name as the writer keeps it (more words, then the smaller string), then display-name.ts's casing.
const nameOf = new Map<string, string>();
for (const n of nodes.values()) {
  const kept = [...n.names.keys()].reduce((k, i) => {
    const [a, b] = [k.split(' ').length, i.split(' ').length];
    return b > a || (b === a && i < k) ? i : k;
  }, [...n.names.keys()][0] ?? n.id);
  nameOf.set(n.id, kept);
}
for (const d of displayNames([...nodes.values()].map((n) => ({ id: n.id, type: n.type, name: nameOf.get(n.id)!, articles: n.aliasRows })))) nameOf.set(d.id, d.name);

const formsOf = (n: Node, k = 6) =>
  [...n.forms].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1)).slice(0, k).map(([f, s]) => `${f} (${s.size})`).join(', ').replace(/\|/g, '/');
for (const type of TYPES) {
  console.log(`\n### ${type}\n\n| # | node | name | mentions | articles | commonest forms (articles) |\n|---|---|---|---|---|---|`);
  const ranked = [...nodes.values()].filter((n) => n.type === type).sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1)).slice(0, top);
  ranked.forEach((n, i) => console.log(`| ${i + 1} | \`${n.id}\` | ${nameOf.get(n.id)} | ${n.mentions} | ${n.articles.size} | ${formsOf(n)} |`));
}
console.log('\n### Newcomer names: the nodes whose articles use the form (articles), most first\n');
for (const asked of NEWCOMER) {
  const hits = [...nodes.values()].filter((n) => n.forms.has(asked)).sort((a, b) => b.forms.get(asked)!.size - a.forms.get(asked)!.size).slice(0, 4);
  console.log(`- ${asked}: ${hits.map((n) => `\`${n.id}\` ${nameOf.get(n.id)} (${n.type}; ${n.forms.get(asked)!.size} articles; node ${n.mentions} mentions / ${n.articles.size} articles)`).join('; ') || 'no node'}`);
}
