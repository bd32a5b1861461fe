// Diagnostic: the contact events and MET_WITH relations extracted from sentences given as arguments (or one per stdin line).
import { readFileSync } from 'node:fs';
import { extractArticle } from '../src/extract/pipeline.js';

const texts = process.argv.length > 2 ? process.argv.slice(2) : readFileSync(0, 'utf8').split('\n').filter(Boolean);
for (const [i, body] of texts.entries()) {
  const r = extractArticle({ id: `probe-${i}`, url: null, title: '', publishedAt: '2017-04-12', source: null, body });
  console.log(`# ${body}`);
  for (const e of r.entities) {
    if (e.type === 'Event') console.log(`  event ${e.kind} [${(e as { status?: string }).status}] ${e.name} @${e.mentions.map((m) => `${m.start}:${m.text}`).join(',')}`);
  }
  for (const x of r.relations) if (x.type === 'MET_WITH') console.log(`  MET_WITH ${x.sourceId} ~ ${x.targetId} (${(x as { status?: string }).status})`);
  console.log(`  ents: ${r.entities.filter((e) => e.type !== 'Event').map((e) => `${e.type[0]}:${e.name}`).join('; ')}`);
}
