// Shared helpers of the evaluation parts: locating ../shared, text normalisation, token overlap.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';

export const SHARED = process.env.NEWSGRAPH_SHARED ?? path.resolve(PROJECT_ROOT, '..', 'shared');
export const hasShared = () => existsSync(path.join(SHARED, 'gold'));

export const norm = (s: string) => s.toLowerCase().replace(/[“”"‘’'.,!?;:()\[\]—–-]/g, ' ').replace(/\s+/g, ' ').trim();
export const tokens = (s: string) => norm(s).split(' ').filter(Boolean);

/** Share of the gold tokens found in the prediction, and of the prediction's tokens found in the gold. */
export function overlap(pred: string, gold: string): { ofGold: number; ofPred: number } {
  const p = tokens(pred);
  const g = tokens(gold);
  const gs = new Map<string, number>();
  for (const t of g) gs.set(t, (gs.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of p) {
    const n = gs.get(t) ?? 0;
    if (n > 0) {
      common++;
      gs.set(t, n - 1);
    }
  }
  return { ofGold: g.length ? common / g.length : 0, ofPred: p.length ? common / p.length : 0 };
}

/** Content spans match when most of the gold is covered and the prediction is not mostly something else. */
export const contentMatches = (pred: string, gold: string) => {
  const o = overlap(pred, gold);
  return o.ofGold >= 0.6 && o.ofPred >= 0.25;
};
