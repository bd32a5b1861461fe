// `npx tsx scripts/sample-entities.ts [seed] [n] [types]`: n corpus articles drawn at random (seeded), each article's
// entities printed with type, mention count and the forms written, for judging by reading (types: comma list, default
// Person,Organization).
import { extractArticle, warmUp } from '../src/extract/pipeline.js';
import { drawCorpusLines, seededRandom } from './corpus-sample.js';

const seed = Number(process.argv[2] ?? 14);
const n = Number(process.argv[3] ?? 10);
const types = new Set((process.argv[4] ?? 'Person,Organization').split(','));
warmUp();
const { lines, picked } = drawCorpusLines(seededRandom(seed), n);
console.log(`seed ${seed}: lines ${picked.join(', ')}`);
for (const i of picked) {
  const a = JSON.parse(lines[i]) as { id: string; url: string; title: string; publishedAt: string; source: string; text: string };
  const r = extractArticle({ id: a.id, url: a.url, title: a.title, publishedAt: a.publishedAt, source: a.source, body: a.text });
  const shown = r.entities.filter((e) => types.has(e.type));
  console.log(`\n## line ${i}: ${a.title} (${a.source}, ${shown.length} entities)`);
  for (const e of shown) {
    const m = e.mentions[0];
    const forms = [...new Set(e.mentions.map((x) => x.text))];
    const at = m ? a.text.slice(Math.max(0, m.start - 50), m.end + 40).replace(/\s+/g, ' ') : '';
    console.log(`  ${e.type} | ${e.name} | ${e.mentions.length}× ${JSON.stringify(forms)}${e.role ? ` role=${e.role}` : ''} | …${at}…`);
  }
}
