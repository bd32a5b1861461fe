// The content-end table: every rule's examples run through the whole extraction; the sentence's reported quote (not a
// direct one) keeps exactly the expected words, or the sentence reports nothing.
import { describe, expect, test } from 'vitest';
import { CONTENT_END_RULES } from '../../src/extract/quotes/content-ends.js';
import { extract } from './helpers.js';

const cases = Object.entries(CONTENT_END_RULES).flatMap(([id, rule]) => rule.examples.map(([sentence, content]) => [id, sentence, content] as const));

describe('content ends: each example keeps its words', () => {
  test.each(cases)('%s: %s', (_id, sentence, content) => {
    const reported = extract(sentence).quotes.filter((q) => !q.direct).map((q) => q.text);
    if (content === null) expect(reported).toEqual([]);
    else expect(reported).toContain(content);
  });
});

describe('the content-end table', () => {
  test.each(Object.entries(CONTENT_END_RULES))('%s has a why, examples and a pattern', (_id, rule) => {
    expect(rule.why.length).toBeGreaterThan(20);
    expect(rule.examples.length).toBeGreaterThan(0);
    expect(rule.pattern).toBeInstanceOf(RegExp);
  });
});
