// `npx tsx scripts/sample-quotes.ts [seed] [n]`: n corpus articles drawn at random (seeded), each extracted quote
// printed with its speaker and sentence, for judging by reading.
import { extractArticle } from '../src/extract/pipeline.js';
import { drawCorpusLines, seededRandom } from './corpus-sample.js';

const seed = Number(process.argv[2] ?? 14);
const n = Number(process.argv[3] ?? 10);
const { lines, picked } = drawCorpusLines(seededRandom(seed), n);
console.log(`seed ${seed}: lines ${[...picked].join(', ')}`);
for (const i of picked) {
  const a = JSON.parse(lines[i]) as { id: string; url: string; title: string; publishedAt: string; source: string; text: string };
  const r = extractArticle({ id: a.id, url: a.url, title: a.title, publishedAt: a.publishedAt, source: a.source, body: a.text });
  console.log(`\n## line ${i}: ${a.title} (${a.source}, ${r.quotes.length} quotes)`);
  r.quotes.forEach((q, k) => {
    const speaker = q.speakerId ? (r.entities.find((e) => e.id === q.speakerId)?.name ?? q.speakerId) : `null${q.speakerText ? ` "${q.speakerText}"` : ''}`;
    const sentence = q.sentence ? a.text.slice(q.sentence.start, q.sentence.end) : '';
    console.log(`${k + 1}. [${q.direct ? 'D' : 'R'}${q.stance ? ' stance' : ''}] ${speaker} (${q.cue}; ${q.rule}) :: ${q.text.slice(0, 160)}\n     ⟨${sentence.slice(0, 260)}⟩`);
  });
}
