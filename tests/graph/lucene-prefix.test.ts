// Search as you type: the last word becomes a prefix once it has 3 letters; everything else stays the plain query.
import { expect, test } from 'vitest';
import { lucenePrefixQuery } from '../../src/graph/reads.js';

test.each([
  ['Tillers', '+(Tillers tillers*)'],
  ['Rex Tillers', '+Rex +(Tillers tillers*)'],
  ['Ti', '+Ti'], // too short to expand
  ['Rex Ti', '+Rex +Ti'],
  ['Til*', '+(Til til*)'], // the user's own wildcard is removed first
  ['"Putin" (AND)', '+(Putin putin*)'],
  ['', ''],
  ['?!', ''],
])('%s → %s', (text, expected) => {
  expect(lucenePrefixQuery(text)).toBe(expected);
});
