// The identity eval's pairwise scorer (scripts/eval/identity.ts, as the gold's score.py): same-surface split precision,
// with and without the metonymy mentions the gold README lets a scorer drop.
import { describe, expect, test } from 'vitest';
import { scoreIdentity } from '../../scripts/eval/identity.js';

const g = (surface: string, identity: string, metonymy = false) => ({ article: 'a', url: 'u', surface, start: 0, end: 1, identity, group: 'x', metonymy });
const p = (node: string) => ({ start: 0, end: 1, node, nodeType: 'Country' });

describe('scoreIdentity', () => {
  test.each<[string, { g: ReturnType<typeof g>; p: ReturnType<typeof p> | null }[], [number, number, number, number]]>([
    [
      'a capital as its state and as the city on one node: a same-surface miss, gone once metonymy is aside',
      [{ g: g('Moscow', 'Q159', true), p: p('country:RU') }, { g: g('Moscow', 'Q649', true), p: p('country:RU') }, { g: g('Georgia', 'Q230'), p: p('country:GE') }, { g: g('Georgia', 'Q1428'), p: p('x:ga') }],
      [0.5, 2, 1, 1],
    ],
    [
      'an unaligned mention makes no pair',
      [{ g: g('Georgia', 'Q230'), p: p('country:GE') }, { g: g('Georgia', 'Q1428'), p: null }],
      [1, 0, 1, 0],
    ],
  ])('%s', (_why, rows, [ss, ssN, lit, litN]) => {
    const s = scoreIdentity(rows);
    expect([s.splitSameSurface, s.surfacePairs, s.splitSameSurfaceLiteral, s.surfacePairsLiteral]).toEqual([ss, ssN, lit, litN]);
  });
});
