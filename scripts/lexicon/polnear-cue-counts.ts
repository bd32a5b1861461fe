// Counts, on polnear-TRAIN only, how often each verb form is a gold attribution cue and how often it occurs at all:
// the evidence behind src/extract/lexicon/train-cues.ts. `npx tsx scripts/lexicon/polnear-cue-counts.ts [form …]`
// prints form, cue count, occurrences and their ratio (all forms with ≥ 12 cues when none is named).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SHARED } from '../eval/common.js';

const dir = path.join(SHARED, 'train', 'polnear-train');
interface Attribution { file: string; annotator: string; cue?: string; cue_offsets?: number[][]; content_offsets?: number[][] }
const all = readFileSync(path.join(dir, 'attributions.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Attribution);
// One annotator per article, as the eval reads it.
const firstAnnotator = new Map<string, string>();
for (const a of all) if (!firstAnnotator.has(a.file)) firstAnnotator.set(a.file, a.annotator);
/** Words of a cue that are not its verb: auxiliaries, negation, adverbs of time. */
const NOT_THE_VERB = new Set('has have had is was are were be been being also will would could may might should can did does do not to just still already now then even repeatedly publicly long never'.split(' '));
const words = (s: string) => s.toLowerCase().match(/[a-z’'-]+/g) ?? [];
const cues = new Map<string, number>();
for (const a of all) {
  if (a.annotator !== firstAnnotator.get(a.file) || !a.cue_offsets?.length || !a.content_offsets?.length) continue;
  const verb = words(a.cue ?? '').find((w) => !NOT_THE_VERB.has(w));
  if (verb) cues.set(verb, (cues.get(verb) ?? 0) + 1);
}
const occurrences = new Map<string, number>();
for (const file of firstAnnotator.keys()) for (const w of words(readFileSync(path.join(dir, 'text', `${file}.txt`), 'utf8'))) occurrences.set(w, (occurrences.get(w) ?? 0) + 1);
const wanted = process.argv.slice(2);
const forms = wanted.length ? wanted : [...cues].filter(([, n]) => n >= 12).sort((a, b) => b[1] - a[1]).map(([w]) => w);
for (const f of forms) {
  const c = cues.get(f) ?? 0;
  const o = occurrences.get(f) ?? 0;
  console.log(`${f}\t${c}\t${o}\t${o ? (c / o).toFixed(2) : '-'}`);
}
