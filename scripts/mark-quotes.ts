// `npx tsx scripts/mark-quotes.ts [seed] [n]`: the same articles as sample-quotes.ts, printed whole with every extracted quote
// marked in place (⟦k …⟧k, speaker listed under the paragraph), so a reader judging recall sees at once what was not taken.
import { extractArticle } from '../src/extract/pipeline.js';
import { drawCorpusLines, seededRandom } from './corpus-sample.js';

const seed = Number(process.argv[2] ?? 14);
const n = Number(process.argv[3] ?? 10);
const { lines, picked } = drawCorpusLines(seededRandom(seed), n);
console.log(`seed ${seed}: lines ${picked.join(', ')}`);
for (const i of picked) {
  const a = JSON.parse(lines[i]) as { id: string; url: string; title: string; publishedAt: string; source: string; text: string };
  const r = extractArticle({ id: a.id, url: a.url, title: a.title, publishedAt: a.publishedAt, source: a.source, body: a.text });
  console.log(`\n## line ${i}: ${a.title} (${a.source}, ${r.quotes.length} quotes)`);
  // Marks as insertions at offsets; overlapping quotes (nested, repeated) simply interleave their marks.
  const marks: { at: number; text: string; order: number }[] = [];
  r.quotes.forEach((q, k) => {
    marks.push({ at: q.start, text: `⟦${k + 1} `, order: 1 });
    marks.push({ at: q.end, text: ` ⟧${k + 1}`, order: 0 });
  });
  marks.sort((x, y) => x.at - y.at || x.order - y.order);
  let marked = '';
  let from = 0;
  for (const m of marks) {
    marked += a.text.slice(from, m.at) + m.text;
    from = m.at;
  }
  marked += a.text.slice(from);
  // Speakers listed after the paragraph holding the quote's start.
  const paragraphs = marked.split(/\n+/);
  for (const p of paragraphs) {
    if (!p.trim()) continue;
    console.log(p);
    for (const [, k] of p.matchAll(/⟦(\d+) /g)) {
      const q = r.quotes[Number(k) - 1];
      const speaker = q.speakerId ? (r.entities.find((e) => e.id === q.speakerId)?.name ?? q.speakerId) : `null${q.speakerText ? ` "${q.speakerText}"` : ''}`;
      console.log(`    → ${k}. [${q.direct ? 'D' : 'R'}${q.stance ? ' stance' : ''}] ${speaker} (${q.cue}; ${q.rule})`);
    }
  }
}
