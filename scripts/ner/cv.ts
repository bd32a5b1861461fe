// `npx tsx scripts/ner/cv.ts [folds]`: k-fold cross-validation on CoNLL-2003 train only (documents by index mod 5).
// Per fold it trains the tagger as `npm run train:ner` does on the other folds and reports, on the held-out fold,
// the tagger alone (PER/ORG/LOC/MISC spans) and the whole pipeline (rules + tagger, scored as `npm run eval` scores dev).
// Exists so that changes to features and to the combination are judged without looking at the dev set.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { extractArticle } from '../../src/extract/pipeline.js';
import { decode, decodeWeights, encodeWeights, train } from '../../src/extract/tagger/model.js';
import { NER_EPOCHS, NER_SEED, TAGS } from '../../src/extract/tagger/features.js';
import { scoreConll } from '../eval/conll.js';
import { readConllDocs, trainingSentences } from './data.js';

const K = 5;
const SHARED = process.env.NEWSGRAPH_SHARED ?? path.resolve(PROJECT_ROOT, '..', 'shared');
const docs = readConllDocs(path.join(SHARED, 'train', 'conll2003-train', 'train.docs.jsonl'));
const folds = (process.argv[2] ?? '0,1,2,3,4').split(',').map(Number);
const EPOCHS = Number(process.env.NER_EPOCHS ?? NER_EPOCHS);

const chunks = (tags: number[]) => {
  const out = new Set<string>();
  for (let i = 0; i < tags.length; i++) {
    const t = TAGS[tags[i]];
    if (t === 'O') continue;
    const type = t.slice(2);
    let j = i + 1;
    while (j < tags.length && TAGS[tags[j]] === `I-${type}`) j++;
    out.add(`${i}:${j}:${type}`);
    i = j - 1;
  }
  return out;
};
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const tagger = new Map(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
const pipeline = new Map<string, { tp: number; fp: number; fn: number }>();
const f1 = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => (2 * tp) / (2 * tp + fp + fn || 1);
const prf = (c: { tp: number; fp: number; fn: number }) => `P ${(c.tp / (c.tp + c.fp || 1)).toFixed(3)} R ${(c.tp / (c.tp + c.fn || 1)).toFixed(3)} F1 ${f1(c).toFixed(3)}`;

for (const k of folds) {
  const t0 = performance.now();
  const trainDocs = docs.filter((_, i) => i % K !== k);
  const heldOut = docs.filter((_, i) => i % K === k);
  // NER_CV_CACHE=dir keeps each fold's weights, for trying combination policies without retraining (features unchanged).
  const cached = process.env.NER_CV_CACHE && path.join(process.env.NER_CV_CACHE, `fold-${k}.bin`);
  const weights = cached && existsSync(cached) ? decodeWeights(readFileSync(cached), cached) : train(trainingSentences(trainDocs), EPOCHS, NER_SEED);
  if (cached && !existsSync(cached)) writeFileSync(cached, encodeWeights(weights));
  const line: string[] = [];
  for (const s of trainingSentences(heldOut)) {
    const gold = chunks(s.gold);
    const pred = chunks(decode(weights, s.lower, s.features));
    for (const c of pred) tagger.get(c.split(':')[2])![gold.has(c) ? 'tp' : 'fp']++;
    for (const c of gold) if (!pred.has(c)) tagger.get(c.split(':')[2])!.fn++;
  }
  const parts = scoreConll(heldOut, (a) => extractArticle(a, { taggerWeights: weights }));
  for (const p of parts) {
    const c = pipeline.get(p.name) ?? pipeline.set(p.name, { tp: 0, fp: 0, fn: 0 }).get(p.name)!;
    c.tp += p.tp;
    c.fp += p.fp;
    c.fn += p.fn;
    line.push(`${p.name.split(' ')[0]} ${p.f1.toFixed(3)}`);
  }
  console.log(`fold ${k}: ${heldOut.length} docs, ${line.join(', ')} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
}
console.log(`\ncross-validation over folds ${folds.join(',')} (pooled counts)`);
for (const [t, c] of tagger) console.log(`tagger ${t.padEnd(26)} ${prf(c)}`);
for (const [name, c] of pipeline) console.log(`pipeline ${name.padEnd(24)} ${prf(c)}`);
