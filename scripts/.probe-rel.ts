import { readFileSync } from 'node:fs';
import { extractArticle } from '/work/wt-r47/src/extract/pipeline.js';
const texts = process.argv.length > 2 ? process.argv.slice(2) : readFileSync(0, 'utf8').split('\n').filter(Boolean);
for (const [i, body] of texts.entries()) {
  const r = extractArticle({ id: `probe-${i}`, url: null, title: '', publishedAt: '2017-04-12', source: null, body });
  const name = (id: string) => r.entities.find((e) => e.id === id)?.name ?? id;
  console.log(`# ${body.slice(0, 200)}`);
  for (const x of r.relations) console.log(`  ${x.type} ${x.status}${x.kind ? '/' + x.kind : ''} ${name(x.sourceId)} ~ ${name(x.targetId)} [${x.rule}, "${x.cue}"]`);
}
