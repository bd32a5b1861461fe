// Seeded draws from the shared corpus for the by-hand samples (sample-quotes, sample-relations): same seed, same articles.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SHARED } from './eval/common.js';

/** mulberry32: a small seeded generator, so the same seed draws the same articles (and whatever is drawn after them). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The international corpus's lines and n distinct line numbers drawn with `random`, in draw order. */
export function drawCorpusLines(random: () => number, n: number): { lines: string[]; picked: number[] } {
  const lines = readFileSync(path.join(SHARED, 'corpus', 'allsides-international.jsonl'), 'utf8').split('\n').filter(Boolean);
  const picked = new Set<number>();
  while (picked.size < Math.min(n, lines.length)) picked.add(Math.floor(random() * lines.length));
  return { lines, picked: [...picked] };
}
