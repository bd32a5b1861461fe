// `npm run train:ner`: trains the tagger on ../shared/train/conll2003-train only and writes src/extract/tagger/ner-weights.bin.
// Deterministic: documents in file order, a fixed shuffle seed, a fixed number of epochs. Beside the weights it writes
// their sha256 manifest (ner-weights.bin.sha256, `sha256sum -c` format), which tests/extract/tagger.test.ts checks.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { encodeWeights, train } from '../src/extract/tagger/model.js';
import { NER_EPOCHS, NER_SEED } from '../src/extract/tagger/features.js';
import { readConllDocs, trainingSentences } from './ner/data.js';

const EPOCHS = Number(process.env.NER_EPOCHS ?? NER_EPOCHS);
const SHARED = process.env.NEWSGRAPH_SHARED ?? path.resolve(PROJECT_ROOT, '..', 'shared');
const file = path.join(SHARED, 'train', 'conll2003-train', 'train.docs.jsonl');
// NER_WEIGHTS_OUT: write elsewhere (the reproducibility test trains into a temporary directory).
const out = process.env.NER_WEIGHTS_OUT ?? path.join(PROJECT_ROOT, 'src', 'extract', 'tagger', 'ner-weights.bin');

const t0 = performance.now();
let docs;
try {
  docs = readConllDocs(file);
} catch (err) {
  console.error(`train:ner: ${(err as Error).message}`);
  process.exit(2);
}
const sentences = trainingSentences(docs);
console.log(`train:ner: ${docs.length} documents, ${sentences.length} sentences, ${sentences.reduce((n, s) => n + s.lower.length, 0)} tokens prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const weights = train(sentences, EPOCHS, NER_SEED, (l) => console.log(`train:ner: ${l}`));
const bytes = encodeWeights(weights);
writeFileSync(out, bytes);
const digest = createHash('sha256').update(bytes).digest('hex');
writeFileSync(`${out}.sha256`, `${digest}  ${path.basename(out)}\n`);
console.log(`train:ner: wrote ${path.relative(PROJECT_ROOT, out)} (${(bytes.length / 1024 / 1024).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s; sha256 ${digest}`);
