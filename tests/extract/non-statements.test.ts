// The non-statement table: every rule's examples run through the whole extraction; a null example yields no quote at
// all, any other the quote with those words and that speaker.
import { describe, expect, test } from 'vitest';
import { NON_STATEMENT_RULES, type NonStatementRule } from '../../src/extract/quotes/non-statements.js';
import { extract, nameOf } from './helpers.js';

const cases = (Object.entries(NON_STATEMENT_RULES) as [string, NonStatementRule][]).flatMap(([id, rule]) => rule.examples.map(([text, expected]) => [id, text, expected] as const));

describe('non-statements: acts, aims and negated cues are no quotes', () => {
  test.each(cases)('%s: %s', (_id, text, expected) => {
    const r = extract(text);
    const quotes = r.quotes.map((q) => ({ speaker: nameOf(r, q.speakerId), text: q.text, cue: q.cue ?? undefined }));
    if (expected === null) expect(quotes).toEqual([]);
    else expect(quotes).toContainEqual(expected.cue ? expected : { ...expected, cue: quotes.find((q) => q.text === expected.text)?.cue });
  });
});

describe('the non-statement table', () => {
  test.each(Object.entries(NON_STATEMENT_RULES))('%s has a why, examples and a pattern', (_id, rule) => {
    expect(rule.why.length).toBeGreaterThan(20);
    expect(rule.examples.some(([, e]) => e === null)).toBe(true);
    expect(rule.examples.some(([, e]) => e !== null)).toBe(true);
  });
});
