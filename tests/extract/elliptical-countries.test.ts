// "the North"/"the South" after the Koreas are named stand for them (elliptical-countries.ts).
import { describe, expect, test } from 'vitest';
import { extract, nameOf } from './helpers.js';
import { ELLIPSIS_RULES } from '../../src/extract/elliptical-countries.js';

/** The country entity (if any) holding a mention that starts at the word's first occurrence after `after`. */
function countryAt(body: string, word: string, after = 0): string | null {
  const at = body.indexOf(word, after);
  const r = extract(body);
  return r.entities.find((e) => e.type === 'Country' && e.mentions.some((m) => m.start === at))?.name ?? null;
}

describe('the North and the South after the Koreas are named', () => {
  test.each<[string, string, number, string]>([
    ['North Korea fired a missile on Sunday. The North said the test was a success.', 'North', 20, 'North Korea'],
    ['Seoul says North Korea shelled the border; it halted imports of coal from the North.', 'North', 30, 'North Korea'],
    ['North Korea cut its hotline with South Korea and accused the South of kidnapping.', 'South', 40, 'South Korea'],
    ['South Korea and North Korea met at Panmunjom, and the South’s envoy spoke first.', 'South', 30, 'South Korea'],
    ['North Korea and South Korea met; a week later the North and South held talks at the border.', 'South', 60, 'South Korea'],
    ['South Korea sent envoys to North Korea for talks between the South and North on a peace treaty.', 'North', 40, 'North Korea'],
  ])('%s', (body, word, after, country) => expect(countryAt(body, word, after)).toBe(country));

  // not: no Korea named before (the American South, a headline's ellipsis), another pair in the story, a longer name,
  // a region of something, "the South" with only South Korea named
  test.each<[string, string, number]>([
    ['In the South, voters backed Trump. North Korea fired a missile.', 'South', 0],
    ['The North said the test was a success. North Korea fired a missile.', 'North', 0],
    ['North Korea praised Hanoi. North Vietnam fought the South until 1975, and the North won.', 'North', 70],
    ['North Korea fired a missile over the North Atlantic.', 'North', 20],
    ['North Korea fired a missile. Storms hit the North of England.', 'North', 20],
    ['South Korea held elections, and the South voted for Moon.', 'South', 20],
    ['North Korea fired a missile. Envoys of the North and South Korean governments met.', 'South', 30],
  ])('no country: %s', (body, word, after) => expect(countryAt(body, word, after)).toBeNull());

  test('"the North and South held talks" is a meeting of the two Koreas', () => {
    const r = extract('North Korea and South Korea traded threats. A week later, the North and South held high-level talks at the border.');
    expect(r.relations.map((x) => [x.type, [x.sourceId, x.targetId].sort().join(' ~ ')])).toContainEqual(['MET_WITH', 'country:KP ~ country:KR']);
  });

  test('a statement of "the North" is North Korea’s', () => {
    const r = extract('North Korea fired a missile on Sunday. The North said the test was a success.');
    expect(r.quotes.map((q) => [nameOf(r, q.speakerId), q.text])).toContainEqual(['North Korea', 'the test was a success']);
  });
});

describe('every ellipsis rule\'s examples read the country on the word', () => {
  test.each(ELLIPSIS_RULES.flatMap((r) => r.examples.map((e) => [r.id, r.word, e] as const)))('%s: %s', (_id, word, example) => {
    // The word's last use after "the" or after "the North and" ("the North and South held talks").
    const last = [...example.matchAll(new RegExp(`(?:[Tt]he|and)\\s${word}\\b`, 'g'))].pop()!;
    const at = last.index + last[0].length - word.length;
    const r = extract(example);
    expect(r.entities.find((e) => e.type === 'Country' && e.mentions.some((m) => m.start === at))).toBeDefined();
  });
});
