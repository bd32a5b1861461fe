// `npx tsx scripts/sample-relations.ts [seed] [articles] [n]`: the wild sample without Neo4j — a seeded random set of
// corpus articles is extracted, all their relations pooled, and n relations drawn at random (same seed) and printed
// with status, kind, rule and evidence sentence, for judging by reading.
import { extractArticle } from '../src/extract/pipeline.js';
import { drawCorpusLines, seededRandom } from './corpus-sample.js';

const seed = Number(process.argv[2] ?? 1);
const articleCount = Number(process.argv[3] ?? 400);
const n = Number(process.argv[4] ?? 40);
const random = seededRandom(seed);
const { lines, picked } = drawCorpusLines(random, articleCount);
interface Row { line: number; id: string; source: string; text: string }
const pool: Row[] = [];
for (const i of [...picked].sort((a, b) => a - b)) {
  const a = JSON.parse(lines[i]) as { id: string; url: string; title: string; publishedAt: string; source: string; text: string };
  const r = extractArticle({ id: a.id, url: a.url, title: a.title, publishedAt: a.publishedAt, source: a.source, body: a.text });
  const name = (id: string) => r.entities.find((e) => e.id === id)?.name ?? id;
  const type = (id: string) => r.entities.find((e) => e.id === id)?.type?.[0] ?? '?';
  for (const rel of r.relations) {
    const head = `${rel.type} ${rel.status}${rel.kind ? `/${rel.kind}` : ''} ${name(rel.sourceId)} (${type(rel.sourceId)}) ~ ${name(rel.targetId)} (${type(rel.targetId)})`;
    pool.push({ line: i, id: a.id, source: a.source, text: `${head}  [${rel.rule}, cue "${rel.cue}"]\n     ⟨${rel.evidence.text.replace(/\s+/g, ' ').slice(0, 400)}⟩` });
  }
}
const drawn = new Set<number>();
while (drawn.size < Math.min(n, pool.length)) drawn.add(Math.floor(random() * pool.length));
console.log(`seed ${seed}: ${picked.length} articles, ${pool.length} relations, ${drawn.size} drawn`);
let k = 0;
for (const d of drawn) console.log(`${++k}. ${pool[d].text}\n     (line ${pool[d].line}, ${pool[d].id}, ${pool[d].source})`);
