// Ranks the entities of one type over the whole corpus by mentions, as extraction alone names them (article-level ids,
// before cross-article consolidation; no Neo4j): name, mentions, articles, sources, the share of the busiest source
// (furniture repeats within one outlet), and the commonest surface forms and aliases.
// Usage: npx tsx scripts/audit/rank-entities.ts [--type Organization[,Person]] [--top 100]
import { extractArticle } from '../../src/extract/pipeline.js';
import { flags, readCorpus } from './corpus.js';

const opt = flags(process.argv.slice(2));
const types = (opt.type ?? 'Organization').split(',');
const top = Number(opt.top ?? 100);

interface Tally {
  type: string;
  name: string;
  mentions: number;
  articles: number;
  bySource: Map<string, number>;
  surfaces: Map<string, number>;
  aliases: Map<string, number>;
}
const tallies = new Map<string, Tally>();
const bump = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);
const articles = await readCorpus();
const t0 = performance.now();
for (const a of articles) {
  for (const e of extractArticle(a).entities) {
    if (!types.includes(e.type)) continue;
    const t = tallies.get(e.id) ?? tallies.set(e.id, { type: e.type, name: e.name, mentions: 0, articles: 0, bySource: new Map(), surfaces: new Map(), aliases: new Map() }).get(e.id)!;
    const n = e.mentions?.length ?? 0;
    t.mentions += n;
    t.articles++;
    bump(t.bySource, a.source ?? '?', n);
    for (const m of e.mentions ?? []) bump(t.surfaces, m.text);
    for (const alias of e.aliases) bump(t.aliases, alias);
  }
}
const firsts = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([s, c]) => `${s} ${c}`).join(' | ');
for (const type of types) {
  const ranked = [...tallies].filter(([, t]) => t.type === type).sort((a, b) => b[1].mentions - a[1].mentions || a[0].localeCompare(b[0])).slice(0, top);
  console.log(`rank-entities: ${type}, ${articles.length} articles, ${ranked.length} of ${[...tallies.values()].filter((t) => t.type === type).length} entities, extracted in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  console.log('rank\tmentions\tarticles\tsources\tbusiest source share\tid\tname\tsurfaces\taliases');
  ranked.forEach(([id, t], k) => {
    const busiest = Math.max(...t.bySource.values());
    console.log([k + 1, t.mentions, t.articles, t.bySource.size, (busiest / t.mentions).toFixed(2), id, t.name, firsts(t.surfaces, 3), firsts(t.aliases, 4)].join('\t'));
  });
}
