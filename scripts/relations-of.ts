// `npx tsx scripts/relations-of.ts [dump.jsonl]`: the allies of Syria and the people Putin met, over the whole
// international corpus, straight from extraction (no Neo4j) — the issue's before/after check. With a path, every
// relation is also written there, one JSON line each, for grepping error classes.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../src/extract/pipeline.js';
import { SHARED } from './eval/common.js';

const dumpPath = process.argv[2];
const lines = readFileSync(path.join(SHARED, 'corpus', 'allsides-international.jsonl'), 'utf8').split('\n').filter(Boolean);
interface Tally { name: string; type: string; articles: Set<string>; statuses: Map<string, number>; example: string }
const alliesOfSyria = new Map<string, Tally>();
const metByPutin = new Map<string, Tally>();
const dump: string[] = [];
const add = (m: Map<string, Tally>, key: string, name: string, type: string, article: string, status: string, evidence: string) => {
  const t = m.get(key) ?? m.set(key, { name, type, articles: new Set(), statuses: new Map(), example: evidence }).get(key)!;
  t.articles.add(article);
  t.statuses.set(status, (t.statuses.get(status) ?? 0) + 1);
};
for (const line of lines) {
  const a = JSON.parse(line) as { id: string; url: string; title: string; publishedAt: string; source: string; text: string };
  const r = extractArticle({ id: a.id, url: a.url, title: a.title, publishedAt: a.publishedAt, source: a.source, body: a.text });
  const ent = new Map(r.entities.map((e) => [e.id, e]));
  for (const rel of r.relations) {
    const [s, t] = [ent.get(rel.sourceId), ent.get(rel.targetId)];
    if (!s || !t) continue;
    const evidence = rel.evidence.text.replace(/\s+/g, ' ').slice(0, 300);
    if (dumpPath) dump.push(JSON.stringify({ article: a.id, type: rel.type, status: rel.status, kind: rel.kind, rule: rel.rule, cue: rel.cue, a: `${s.name} (${s.type[0]})`, b: `${t.name} (${t.type[0]})`, evidence }));
    for (const [x, y] of [[s, t], [t, s]]) {
      // Syria: the country (its id is the ISO code), or its government named as "the Syrian regime/government".
      if (rel.type === 'ALLIED_WITH' && x.id === 'country:SY') add(alliesOfSyria, y.id, y.name, y.type, a.id, rel.status ?? "", evidence);
      if (rel.type === 'MET_WITH' && x.type === 'Person' && /\bPutin$/.test(x.name)) add(metByPutin, y.id, y.name, y.type, a.id, rel.status ?? "", evidence);
    }
  }
}
if (dumpPath) writeFileSync(dumpPath, dump.join('\n') + '\n');
const show = (title: string, m: Map<string, Tally>, shown: string) => {
  const rows = [...m.values()].sort((a, b) => b.articles.size - a.articles.size || a.name.localeCompare(b.name));
  const plain = rows.filter((t) => t.statuses.has(shown));
  console.log(`\n## ${title}: ${rows.length} parties (${plain.length} with a "${shown}" relation)`);
  for (const t of rows) console.log(`${String(t.articles.size).padStart(4)}  ${t.name} (${t.type})  [${[...t.statuses].map(([k, v]) => `${k} ${v}`).join(', ')}]  ⟨${t.example.slice(0, 160)}⟩`);
};
console.log(`${lines.length} articles`);
show('Allies of Syria (ALLIED_WITH with country:SY)', alliesOfSyria, 'stated');
show('People Putin met (MET_WITH with a person named … Putin)', metByPutin, 'happened');
