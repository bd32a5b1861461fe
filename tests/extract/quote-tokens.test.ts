// The quote rules' one-pass word counters give what the split and filter they replace give.
import { describe, expect, test } from 'vitest';
import { wordCount } from '../../src/extract/quotes/patterns.js';
import { ATTRIBUTION_RULES } from '../../src/extract/quotes/rules.js';
import { isHeadline } from '../../src/extract/quotes/reported.js';

const texts = [
  ...Object.values(ATTRIBUTION_RULES).flatMap((r) => r.examples.map(([text]) => text)),
  '',
  '   ',
  '“Yes,” he said (quietly): no; never!',
  'Human rights groups\u00a0have\u2009criticized the crackdown, officials said.',
  'Ça va, señor — dijo él. 123 4.5 U.S. ’s ’ “”',
  '\ufeffA\u3000b\u202fc\u2028d',
];

describe('wordCount counts whitespace-separated words holding a letter', () => {
  const old = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  test.each(texts.map((t) => [t]))('%j', (t) => expect(wordCount(t)).toBe(old(t)));
  test('a word of letters outside the BMP', () => expect(wordCount('𝒜𝒷 12 ok')).toBe(old('𝒜𝒷 12 ok')));
});

describe('isHeadline counts capitalised words in one pass', () => {
  // The line test as it read before: the share of letter-initial words opening with a capital.
  const old = (t: string) => {
    const words = t.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
    return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.7;
  };
  const lines = [...texts, 'Obama Says Museum Will Tell of Struggle', 'Élan Über Alles In Zürich Today', 'ßtraße über alles in zürich', '𝒜 Big Day For The Team', '  Trump Wins   Big  ', 'Pence: Flowers Won’t Be at Debate'];
  test.each(lines.map((t) => [t]))('%j', (t) => expect(isHeadline(t, { start: 0, end: t.length, text: t, paragraph: 1 })).toBe(old(t)));
});
