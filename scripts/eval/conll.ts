// CoNLL-2003 dev: Person ↔ PER, Organization ↔ ORG, Country ↔ LOC spans that name a country; exact span match.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COUNTRY_BY_NAME } from '../../src/extract/lexicon/countries.js';
import { SHARED } from './common.js';
import { scorePart, type EvalPart, type Extractor } from './types.js';

import type { ConllDoc as Doc } from '../ner/data.js';

const PARTS = [
  { ours: 'Person', gold: 'PER', min: 0.9 },
  { ours: 'Organization', gold: 'ORG', min: 0.75 },
  { ours: 'Country', gold: 'LOC', min: 0.9 },
] as const;

export function evalConll(extract: Extractor): EvalPart[] {
  const docs = readFileSync(path.join(SHARED, 'gold', 'conll2003-dev', 'dev.docs.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Doc);
  return scoreConll(docs, extract);
}

/** Person/Organization/Country against the documents' gold spans (also used on held-out train folds by scripts/ner/cv.ts). */
export function scoreConll(docs: Doc[], extract: Extractor): EvalPart[] {
  const tally = new Map<string, { tp: number; fp: number; fn: number; misses: string[] }>();
  for (const p of PARTS) tally.set(p.ours, { tp: 0, fp: 0, fn: 0, misses: [] });
  for (const doc of docs) {
    const result = extract({ id: `conll-${doc.doc_id}`, url: null, title: '', publishedAt: '1996-08-30', source: 'reuters', body: doc.text });
    for (const p of PARTS) {
      const t = tally.get(p.ours)!;
      const isCountry = (text: string) => COUNTRY_BY_NAME.has(text);
      const gold = new Set(doc.entities.filter((e) => e.type === p.gold && (p.ours !== 'Country' || isCountry(e.text))).map((e) => `${e.start}:${e.end}`));
      const pred = new Set<string>();
      for (const e of result.entities) {
        if (e.type !== p.ours) continue;
        for (const m of e.mentions) if (p.ours !== 'Country' || isCountry(m.text)) pred.add(`${m.start}:${m.end}`);
      }
      for (const k of pred) {
        if (gold.has(k)) t.tp++;
        else {
          t.fp++;
          if (t.misses.length < 400) t.misses.push(`extra ${p.ours} "${span(doc.text, k)}"`);
        }
      }
      for (const k of gold) if (!pred.has(k)) {
        t.fn++;
        if (t.misses.length < 400) t.misses.push(`missed ${p.gold} "${span(doc.text, k)}"`);
      }
    }
  }
  return PARTS.map((p) => {
    const t = tally.get(p.ours)!;
    return scorePart(`conll/${p.ours} vs ${p.gold}`, t.tp, t.fp, t.fn, t.misses, { metric: 'f1', min: p.min });
  });
}

function span(text: string, key: string): string {
  const [s, e] = key.split(':').map(Number);
  return text.slice(s, e);
}
