// Sentence splitting: where a period ends a sentence and where it does not.
import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../src/extract/segment.js';

describe('splitSentences', () => {
  test.each<[string, string[]]>([
    ['Putin met Tillerson. They talked for two hours.', ['Putin met Tillerson.', 'They talked for two hours.']],
    ['Mr. Putin said no. Sen. John McCain disagreed.', ['Mr. Putin said no.', 'Sen. John McCain disagreed.']],
    ['President George W. Bush spoke. He left.', ['President George W. Bush spoke.', 'He left.']],
    ['“This is a disgusting day,” said G.K. Butterfield.', ['“This is a disgusting day,” said G.K. Butterfield.']],
    ['Is it over? “No!” he said.', ['Is it over?', '“No!” he said.']],
    ['First paragraph.\n\nSecond paragraph.', ['First paragraph.', 'Second paragraph.']],
  ])('%s', (body, expected) => {
    expect(splitSentences(body).map((s) => s.text)).toEqual(expected);
  });

  test('offsets point into the body and paragraphs are numbered', () => {
    const body = 'One.\n\nTwo. Three.';
    const s = splitSentences(body);
    expect(s.map((x) => body.slice(x.start, x.end))).toEqual(['One.', 'Two.', 'Three.']);
    expect(s.map((x) => x.paragraph)).toEqual([0, 1, 1]);
  });
});
