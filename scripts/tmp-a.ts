import { extractArticle } from '../src/extract/pipeline.js';
import { corpusArticles } from './eval/relations.js';
const ids = process.argv.slice(2);
const arts = corpusArticles(new Set(ids));
for (const id of ids) {
  const r = extractArticle(arts.get(id)!);
  for (const e of r.entities) if (e.type==='Person') console.log('  P', e.id, e.role, e.aliases.join('/'));
  for (const x of r.relations) console.log(x.type, x.status, x.sourceId, x.targetId, x.rule, JSON.stringify(x.cue), '|', x.evidence.text.slice(0, 100));
}
