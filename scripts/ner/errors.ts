// `npx tsx scripts/ner/errors.ts [dev|fold:K] [Type]`: the pipeline's false positives and misses of one type on CoNLL,
// each beside what the rules and the tagger said there, for error analysis. fold:K reads held-out train fold K with
// the weights scripts/ner/cv.ts cached in NER_CV_CACHE (the dev set is for reporting: prefer the folds).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { extractArticle } from '../../src/extract/pipeline.js';
import { maskFurniture } from '../../src/extract/furniture.js';
import { splitSentences } from '../../src/extract/segment.js';
import { findMentions } from '../../src/extract/mentions.js';
import { tagSpans } from '../../src/extract/tagger/tag.js';
import { decodeWeights } from '../../src/extract/tagger/model.js';
import { readConllDocs } from './data.js';

const SHARED = process.env.NEWSGRAPH_SHARED ?? path.resolve(PROJECT_ROOT, '..', 'shared');
const [which = 'dev', type = 'Organization'] = process.argv.slice(2);
const GOLD: Record<string, string> = { Organization: 'ORG', Person: 'PER', Country: 'LOC' };
const fold = /^fold:(\d)$/.exec(which);
const docs = fold
  ? readConllDocs(path.join(SHARED, 'train', 'conll2003-train', 'train.docs.jsonl')).filter((_, i) => i % 5 === Number(fold[1]))
  : readConllDocs(path.join(SHARED, 'gold', 'conll2003-dev', 'dev.docs.jsonl'));
const cache = process.env.NER_CV_CACHE;
if (fold && !cache) throw new Error('errors: fold:K needs NER_CV_CACHE (run scripts/ner/cv.ts with it first)');
const weights = fold ? decodeWeights(readFileSync(path.join(cache!, `fold-${fold[1]}.bin`)), 'fold weights') : undefined;
for (const doc of docs) {
  const r = extractArticle({ id: 'x', url: null, title: '', publishedAt: '1996-08-30', source: 'reuters', body: doc.text }, { taggerWeights: weights });
  const body = maskFurniture(doc.text);
  const ss = splitSentences(body);
  const rules = findMentions(body, ss);
  const tagged = tagSpans(ss, rules, weights);
  const gold = new Map(doc.entities.map((e) => [`${e.start}:${e.end}`, e.type]));
  const pred = new Set<string>();
  for (const e of r.entities) if (e.type === type) for (const m of e.mentions) pred.add(`${m.start}:${m.end}`);
  const describe = (k: string) => {
    const [s, e] = k.split(':').map(Number);
    const at = <T extends { start: number; end: number; type: string }>(xs: T[]) => xs.filter((m) => m.start < e && m.end > s).map((m) => `${m.type}[${doc.text.slice(m.start, m.end)}]`).join(',') || '-';
    return `"${doc.text.slice(s, e)}" gold=${at(doc.entities)} rule=${at(rules)} tag=${at(tagged)} ctx="${doc.text.slice(Math.max(0, s - 40), e + 30).replace(/\n/g, ' ')}"`;
  };
  for (const k of pred) if (gold.get(k) !== GOLD[type]) console.log('FP', describe(k));
  for (const [k, t] of gold) if (t === GOLD[type] && !pred.has(k)) console.log('FN', describe(k));
}
