// The attribution rule table: every rule's examples run through the whole extraction and must come out of that rule.
import { describe, expect, test } from 'vitest';
import { ATTRIBUTION_RULES, type RuleId } from '../../src/extract/quotes/rules.js';
import { extract, nameOf } from './helpers.js';
import { extractArticle } from '../../src/extract/pipeline.js';

const cases = (Object.entries(ATTRIBUTION_RULES) as [RuleId, (typeof ATTRIBUTION_RULES)[RuleId]][]).flatMap(([id, rule]) =>
  rule.examples.map(([text, expected]) => [id, text, expected] as const),
);

describe('attribution rules: each example is read by its rule', () => {
  test.each(cases)('%s: %s', (id, text, expected) => {
    const r = extract(text);
    const fromRule = r.quotes.filter((q) => q.rule === id).map((q) => ({ speaker: nameOf(r, q.speakerId), text: q.text, direct: q.direct }));
    if (expected === null) expect(fromRule).toEqual([]);
    else expect(fromRule).toContainEqual({ speaker: expected.speaker, text: expected.text, direct: expected.direct ?? fromRule[0]?.direct });
  });
});

describe('the rule table', () => {
  test.each(Object.entries(ATTRIBUTION_RULES))('%s has a why, examples and a pattern', (_id, rule) => {
    expect(rule.why.length).toBeGreaterThan(20);
    expect(rule.examples.length).toBeGreaterThan(0);
    expect(rule.pattern).toBeInstanceOf(RegExp);
  });
  test('every quote names the rule that produced it', () => {
    const r = extract('“We need to talk,” Rex Tillerson said. Sergey Lavrov said the talks had failed.');
    expect(r.quotes.map((q) => q.rule)).toEqual(['direct.after-quote', 'reported.speech-cue']);
  });
  test('with explain, each quote says why arbitration chose its rule', () => {
    const body = 'Sergey Lavrov said the talks had failed.';
    const r = extractArticle({ id: 'a', url: null, title: 't', publishedAt: null, source: null, body }, { explain: true });
    expect(r.quotes.map((q) => q.arbitration)).toEqual([expect.stringMatching(/^reported\.speech-cue: .* Chosen: rank 10/)]);
    expect(extract(body).quotes[0].arbitration).toBeUndefined();
  });
});
