import { extractArticle } from '../src/extract/pipeline.js';
for (const body of process.argv.slice(2)) {
  const r = extractArticle({ id: 'x', url: null, title: '', publishedAt: '2017-04-12', source: null, body });
  console.log('##', body);
  console.log('  ents:', r.entities.filter(e=>e.type!=='Event').map(e => `${e.id}[${e.mentions.map(m=>m.text).join('/')}]`).join(' '));
  for (const x of r.relations) console.log('  ', x.type, x.status, x.sourceId, x.targetId, x.rule, x.cue);
}
