// The noun-cue table: every rule's examples run through the whole extraction; a null example yields no quote at all,
// any other the quote with those words and that speaker.
import { describe, expect, test } from 'vitest';
import { NOUN_CUE_RULES, type NounCueRule } from '../../src/extract/quotes/noun-cues.js';
import { extract, nameOf } from './helpers.js';

const cases = (Object.entries(NOUN_CUE_RULES) as [string, NounCueRule][]).flatMap(([id, rule]) => rule.examples.map(([text, expected]) => [id, text, expected] as const));

describe('noun cues: a cue word that is a plural noun where it stands reports nothing', () => {
  test.each(cases)('%s: %s', (_id, text, expected) => {
    const r = extract(text);
    const quotes = r.quotes.map((q) => ({ speaker: nameOf(r, q.speakerId), text: q.text }));
    if (expected === null) expect(quotes).toEqual([]);
    else expect(quotes).toContainEqual(expected);
  });
});

describe('the noun-cue table', () => {
  test.each(Object.entries(NOUN_CUE_RULES))('%s has a why, examples and a pattern', (_id, rule) => {
    expect(rule.why.length).toBeGreaterThan(20);
    expect(rule.examples.some(([, e]) => e === null)).toBe(true);
    expect(rule.examples.some(([, e]) => e !== null)).toBe(true);
  });
});
