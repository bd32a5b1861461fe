// CoNLL-2003 documents (train.docs.jsonl / dev.docs.jsonl layout) and the tagger's training sentences built from them.
// Shared by `npm run train:ner` and the cross-validation of scripts/ner/cv.ts, so both see the data the same way.
import { readFileSync } from 'node:fs';
import { maskFurniture } from '../../src/extract/furniture.js';
import { splitSentences } from '../../src/extract/segment.js';
import { findMentions } from '../../src/extract/mentions.js';
import type { TrainingSentence } from '../../src/extract/tagger/model.js';
import { TAGS, type Tag } from '../../src/extract/tagger/features.js';
import { prepare } from '../../src/extract/tagger/prepare.js';

export interface ConllDoc {
  doc_id: number;
  text: string;
  entities: { type: string; start: number; end: number; text: string }[];
}

export function readConllDocs(file: string): ConllDoc[] {
  let lines: string[];
  try {
    lines = readFileSync(file, 'utf8').trim().split('\n');
  } catch (err) {
    throw new Error(`ner: cannot read ${file}: ${(err as Error).message}`);
  }
  return lines.map((line, n) => {
    try {
      return JSON.parse(line) as ConllDoc;
    } catch {
      throw new Error(`ner: ${file} line ${n + 1} is not JSON`);
    }
  });
}

/** Each sentence of the documents with its static features and gold BIO tags, as the tagger will see it. */
export function trainingSentences(docs: ConllDoc[]): TrainingSentence[] {
  const sentences: TrainingSentence[] = [];
  for (const doc of docs) {
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
  }
  return sentences;
}
