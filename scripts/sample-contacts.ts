// `npx tsx scripts/sample-contacts.ts [seed] [articles] [n]`: a seeded draw of contact events (meetings, talks, calls,
// summits, visits … — CONTACT_KINDS) for judging by reading, without Neo4j: a seeded random set of corpus articles is
// extracted, their contact events pooled, and n drawn at random (same seed), each with kind, status, parties, place,
// day and the sentences it was read from.
import { extractArticle } from '../src/extract/pipeline.js';
import { CONTACT_KINDS } from '../src/extract/lexicon/events.js';
import { drawCorpusLines, seededRandom } from './corpus-sample.js';

const seed = Number(process.argv[2] ?? 1);
const articleCount = Number(process.argv[3] ?? 300);
const n = Number(process.argv[4] ?? 20);
const random = seededRandom(seed);
const { lines, picked } = drawCorpusLines(random, articleCount);
const pool: string[] = [];
for (const i of [...picked].sort((a, b) => a - b)) {
  const a = JSON.parse(lines[i]) as { id: string; url: string; title: string; publishedAt: string; source: string; text: string };
  const r = extractArticle({ id: a.id, url: a.url, title: a.title, publishedAt: a.publishedAt, source: a.source, body: a.text });
  const name = (id: string) => r.entities.find((e) => e.id === id)?.name ?? id;
  for (const e of r.entities) {
    if (e.type !== 'Event' || !CONTACT_KINDS.has(e.kind ?? '')) continue;
    const evidence = (e.evidence ?? []).map((s) => `⟨${s.text.replace(/\s+/g, ' ').slice(0, 400)}⟩`).join('\n     ');
    pool.push(`${e.kind} ${e.status}: ${(e.participantIds ?? []).map(name).join(' ~ ') || '(no party)'} | place ${e.locationId ?? '-'} | day ${e.date ?? '-'} | triggers ${e.mentions.map((m) => `"${m.text}"`).join(', ')}\n     ${evidence}\n     (line ${i}, ${a.id}, ${a.source}, ${a.publishedAt})`);
  }
}
const drawn = new Set<number>();
while (drawn.size < Math.min(n, pool.length)) drawn.add(Math.floor(random() * pool.length));
console.log(`seed ${seed}: ${picked.length} articles, ${pool.length} contact events, ${drawn.size} drawn`);
let k = 0;
for (const d of drawn) console.log(`${++k}. ${pool[d]}`);
