import { readFileSync } from 'node:fs';
import { normaliseArticle } from '../src/ingest/normalise.js';
import { splitSentences } from '../src/extract/segment.js';
import { findMentions } from '../src/extract/mentions.js';
import { buildEntities } from '../src/extract/entities.js';
import { extractRelations } from '../src/extract/relations.js';
import { extractRelations as oldRelations } from './tmp-oldrel.js';
import { extractArticle } from '../src/extract/pipeline.js';
const lines = readFileSync('../shared/corpus/allsides-international.jsonl', 'utf8').split('\n').filter(Boolean).slice(0, 500);
const arts = lines.map((l) => normaliseArticle(JSON.parse(l))).flatMap((n) => (n.ok ? [n.article] : []));
let tAll = 0, tNew = 0, tOld = 0;
for (const a of arts) {
  let t = performance.now(); extractArticle(a); tAll += performance.now() - t;
  const s = splitSentences(a.body); const { entities, linked } = buildEntities(findMentions(a.body, s));
  t = performance.now(); extractRelations(a.body, s, linked, entities, a.publishedAt); tNew += performance.now() - t;
  t = performance.now(); oldRelations(a.body, s, linked, entities); tOld += performance.now() - t;
}
console.log(`articles ${arts.length}: whole pipeline ${tAll.toFixed(0)} ms; relations new ${tNew.toFixed(0)} ms (${(100 * tNew / tAll).toFixed(1)}%), old ${tOld.toFixed(0)} ms (${(100 * tOld / tAll).toFixed(1)}%)`);
