// The speaker rule table: every rule's examples run through the whole extraction; the quote starting with the
// expected words must have the expected speaker (and speakerText / onBehalfOf when given), or no quote at all.
import { describe, expect, test } from 'vitest';
import { SPEAKER_RULES } from '../../src/extract/quotes/speaker-rules.js';
import { extract, nameOf } from './helpers.js';

const cases = Object.entries(SPEAKER_RULES).flatMap(([id, rule]) => rule.examples.map(([text, expected]) => [id, text, expected] as const));

describe('speaker rules: each example gets its speaker', () => {
  test.each(cases)('%s: %s', (_id, text, expected) => {
    const r = extract(text);
    const quotes = r.quotes.map((q) => ({ text: q.text, speaker: nameOf(r, q.speakerId), speakerText: q.speakerText ?? null, onBehalfOf: nameOf(r, q.onBehalfOf ?? null) }));
    if (expected === null) {
      expect(quotes).toEqual([]);
      return;
    }
    const q = quotes.find((x) => x.text === expected.text);
    expect(q, `no quote "${expected.text}" in ${JSON.stringify(quotes)}`).toBeDefined();
    expect(q!.speaker).toBe(expected.speaker);
    if (expected.speakerText !== undefined) expect(q!.speakerText).toBe(expected.speakerText);
    if (expected.onBehalfOf !== undefined) expect(q!.onBehalfOf).toBe(expected.onBehalfOf);
  });
});

describe('the speaker rule table', () => {
  test.each(Object.entries(SPEAKER_RULES))('%s has a why, examples and a pattern', (_id, rule) => {
    expect(rule.why.length).toBeGreaterThan(20);
    expect(rule.examples.length).toBeGreaterThan(2);
    expect(rule.pattern).toBeInstanceOf(RegExp);
  });
});
