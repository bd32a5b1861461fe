// `npx tsx scripts/sample-new-contacts.ts OLD_ROOT SEED [articles] [n]`: a seeded draw of the contact events this
// checkout extracts that the checkout at OLD_ROOT does not (same article, kind, parties and triggers), for judging a
// rule change by reading its new output. Same article draw as sample-contacts.ts.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractArticle } from '../src/extract/pipeline.js';
import { CONTACT_KINDS } from '../src/extract/lexicon/events.js';
import { drawCorpusLines, seededRandom } from './corpus-sample.js';

const [oldRoot, seedArg, countArg, nArg] = process.argv.slice(2);
const seed = Number(seedArg ?? 1);
const articleCount = Number(countArg ?? 600);
const n = Number(nArg ?? 20);
const old = (await import(pathToFileURL(path.resolve(oldRoot, 'src/extract/pipeline.ts')).href)) as { extractArticle: typeof extractArticle };
const random = seededRandom(seed);
const { lines, picked } = drawCorpusLines(random, articleCount);
type Ev = { kind?: string; participantIds?: string[]; mentions: { text: string; start: number }[]; type: string; id: string; name: string; status?: string; locationId?: string | null; date?: string | null; evidence?: { text: string }[] };
const keyOf = (e: Ev) => `${e.kind}|${[...(e.participantIds ?? [])].sort().join(',')}|${e.mentions.map((m) => m.start).join(',')}`;
const pool: string[] = [];
for (const i of [...picked].sort((a, b) => a - b)) {
  const a = JSON.parse(lines[i]) as { id: string; url: string; title: string; publishedAt: string; source: string; text: string };
  const art = { id: a.id, url: a.url, title: a.title, publishedAt: a.publishedAt, source: a.source, body: a.text };
  const contacts = (es: Ev[]) => es.filter((e) => e.type === 'Event' && CONTACT_KINDS.has(e.kind ?? ''));
  const before = new Set(contacts(old.extractArticle(art).entities as Ev[]).map(keyOf));
  const r = extractArticle(art);
  const name = (id: string) => r.entities.find((e) => e.id === id)?.name ?? id;
  for (const e of contacts(r.entities as Ev[])) {
    if (before.has(keyOf(e))) continue;
    const evidence = (e.evidence ?? []).map((s) => `⟨${s.text.replace(/\s+/g, ' ').slice(0, 400)}⟩`).join('\n     ');
    pool.push(`${e.kind} ${e.status}: ${(e.participantIds ?? []).map(name).join(' ~ ') || '(no party)'} | place ${e.locationId ?? '-'} | day ${e.date ?? '-'} | triggers ${e.mentions.map((m) => `"${m.text}"`).join(', ')}\n     ${evidence}\n     (line ${i}, ${a.id}, ${a.source}, ${a.publishedAt})`);
  }
}
const drawn = new Set<number>();
while (drawn.size < Math.min(n, pool.length)) drawn.add(Math.floor(random() * pool.length));
console.log(`seed ${seed}: ${picked.length} articles, ${pool.length} new contact events, ${drawn.size} drawn`);
let k = 0;
for (const d of drawn) console.log(`${++k}. ${pool[d]}`);
