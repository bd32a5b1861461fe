// Sentence splitting: where a period ends a sentence and where it does not.
import { describe, expect, test } from 'vitest';
import { JOINED_BOUNDARY, splitSentences } from '../../src/extract/segment.js';

describe('splitSentences', () => {
  test.each<[string, string[]]>([
    ['Putin met Tillerson. They talked for two hours.', ['Putin met Tillerson.', 'They talked for two hours.']],
    ['Mr. Putin said no. Sen. John McCain disagreed.', ['Mr. Putin said no.', 'Sen. John McCain disagreed.']],
    ['President George W. Bush spoke. He left.', ['President George W. Bush spoke.', 'He left.']],
    ['“This is a disgusting day,” said G.K. Butterfield.', ['“This is a disgusting day,” said G.K. Butterfield.']],
    ['Is it over? “No!” he said.', ['Is it over?', '“No!” he said.']],
    ['First paragraph.\n\nSecond paragraph.', ['First paragraph.', 'Second paragraph.']],
    // a country's or a time's abbreviation closes the sentence when a clause opens after it, and stays inside a name
    ['He was paroled into the U.S. The State Department said no.', ['He was paroled into the U.S.', 'The State Department said no.']],
    ['The blast hit at 9 a.m. He was not there.', ['The blast hit at 9 a.m.', 'He was not there.']],
    ['She works for Acme Inc. But she left.', ['She works for Acme Inc.', 'But she left.']],
    ['He met U.S. Secretary of State John Kerry.', ['He met U.S. Secretary of State John Kerry.']],
    ['He met U.S. President Barack Obama in Washington, D.C. Mr. Putin left.', ['He met U.S. President Barack Obama in Washington, D.C.', 'Mr. Putin left.']],
    ['The U.N. Security Council met.', ['The U.N. Security Council met.']],
    // a state's abbreviation closes a place the same way; as initials before a name it stays inside
    ['At least that is what they hear in Owego, N.Y. There, a group is demanding a change.', ['At least that is what they hear in Owego, N.Y.', 'There, a group is demanding a change.']],
    ['The painter N.C. Wyeth lived in Chadds Ford.', ['The painter N.C. Wyeth lived in Chadds Ford.']],
    // a plural title is no sentence end
    ['Sens. Bob Corker and Chris Murphy said so.', ['Sens. Bob Corker and Chris Murphy said so.']],
    ['Reps. Elijah Cummings and Stephen Lynch asked.', ['Reps. Elijah Cummings and Stephen Lynch asked.']],
    // a full stop run into the next sentence's capitalised word (some sources' copy) ends the sentence …
    ['They killed Peter Kassig.The White House said it was real.', ['They killed Peter Kassig.', 'The White House said it was real.']],
    ['That is not true, an official said."There is no validity," he said.It is over.', ['That is not true, an official said.', '"There is no validity," he said.', 'It is over.']],
    ['“We will go,” he said.”That is all.', ['“We will go,” he said.”', 'That is all.']],
    // … but not a domain, a title, initials, a decimal or a web address
    ['He bought it on Amazon.com. Then Mrs.Smith left.', ['He bought it on Amazon.com.', 'Then Mrs.Smith left.']],
    ['It cost 3.5 dollars in the U.S.Officials said so.', ['It cost 3.5 dollars in the U.S.Officials said so.']],
    ['See twitter.com/Foo.Bar now.', ['See twitter.com/Foo.Bar now.']],
    ['GOVT.BUDGET ( bln pts ) Govt.Fcast 96', ['GOVT.BUDGET ( bln pts ) Govt.Fcast 96']],
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

describe('JOINED_BOUNDARY reads its mark first, with the same matches as the lookbehind-first form', () => {
  // The form it replaced: two lower-case letters looked behind at every position, then the mark.
  const LOOKBEHIND_FIRST = /(?<=\p{Ll}{2})[.!?](?=["“”]?\p{Lu}\p{Ll})/gu;
  const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
  test.each([
    ['… Peter Kassig.The White House said'],
    ['in the U.S.The talks'],
    ['Amazon.com and Mrs.Smith'],
    ['a.The b.The ab.The abc!“The abc?”Xy ab.”The'],
    ['café.Élan ÉÉ.The éé.Ñu'],
    ['𝑎𝑏.The 𝑎.The x𝑏.The'], // letters outside the BMP: code points, not units
    ['ab..The ab.?The ab.T ab.TH ab. The'],
    [''],
  ])('%j', (text) => expect(matches(JOINED_BOUNDARY, text)).toEqual(matches(LOOKBEHIND_FIRST, text)));
  test('it finds a joined boundary', () => expect(matches(JOINED_BOUNDARY, 'Peter Kassig.The White House')).toEqual([[12, '.']]));
});
