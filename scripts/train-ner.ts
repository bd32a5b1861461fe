// `npm run train:ner`: trains the tagger on ../shared/train/conll2003-train only and writes src/extract/tagger/ner-weights.bin.
// Deterministic: documents in file order, a fixed shuffle seed, a fixed number of epochs.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { maskFurniture } from '../src/extract/furniture.js';
import { splitSentences } from '../src/extract/segment.js';
import { findMentions } from '../src/extract/mentions.js';
import { encodeWeights, train, type TrainingSentence } from '../src/extract/tagger/model.js';
import { TAGS, type Tag } from '../src/extract/tagger/features.js';
import { prepare } from '../src/extract/tagger/prepare.js';

const EPOCHS = Number(process.env.NER_EPOCHS ?? 10);
const SEED = 13;
const SHARED = process.env.NEWSGRAPH_SHARED ?? path.resolve(PROJECT_ROOT, '..', 'shared');
const file = path.join(SHARED, 'train', 'conll2003-train', 'train.docs.jsonl');
const out = path.join(PROJECT_ROOT, 'src', 'extract', 'tagger', 'ner-weights.bin');

interface Doc {
  doc_id: number;
  text: string;
  entities: { type: string; start: number; end: number }[];
}

const t0 = performance.now();
let lines: string[];
try {
  lines = readFileSync(file, 'utf8').trim().split('\n');
} catch (err) {
  console.error(`train:ner: cannot read ${file}: ${(err as Error).message}`);
  process.exit(2);
}
const sentences: TrainingSentence[] = [];
lines.forEach((line, n) => {
  let doc: Doc;
  try {
    doc = JSON.parse(line) as Doc;
  } catch {
    throw new Error(`train:ner: ${file} line ${n + 1} is not JSON`);
  }
  const body = maskFurniture(doc.text);
  const ss = splitSentences(body);
  const prepared = prepare(ss, findMentions(body, ss));
  const entities = [...doc.entities].sort((a, b) => a.start - b.start);
  for (const s of prepared) {
    const gold: Tag[] = s.tokens.map((t, i) => {
      const e = entities.find((x) => x.start <= t.start && t.end <= x.end);
      if (!e) return 'O';
      const prev = s.tokens[i - 1];
      return `${prev && e.start <= prev.start ? 'I' : 'B'}-${e.type}` as Tag;
    });
    sentences.push({ lower: s.lower, features: s.features, gold: gold.map((t) => TAGS.indexOf(t)) });
  }
});
console.log(`train:ner: ${lines.length} documents, ${sentences.length} sentences, ${sentences.reduce((n, s) => n + s.lower.length, 0)} tokens prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const weights = train(sentences, EPOCHS, SEED, (l) => console.log(`train:ner: ${l}`));
const bytes = encodeWeights(weights);
writeFileSync(out, bytes);
console.log(`train:ner: wrote ${path.relative(PROJECT_ROOT, out)} (${(bytes.length / 1024 / 1024).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
