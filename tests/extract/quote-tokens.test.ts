// The quote rules' one-pass word counters give what the split and filter they replace give.
import { describe, expect, test } from 'vitest';
import { MAX_BLANK_RUN, OBJECT_BOUNDARY, balancedMarks, cappedRunMatchStarts, firstRuns, firstTokens, insideQuotation, wordCount } from '../../src/extract/quotes/patterns.js';
import { CUE_TOKEN, CUE_TOKEN_SEPARATORS } from '../../src/extract/quotes/common-clauses.js';
import { PHRASE_TOKEN, PHRASE_TOKEN_SEPARATORS } from '../../src/extract/quotes/inverted-common.js';
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

describe('OBJECT_BOUNDARY reads long runs of blanks cut to MAX_BLANK_RUN', () => {
  const starts = (text: string) => [...text.matchAll(new RegExp(OBJECT_BOUNDARY.source, OBJECT_BOUNDARY.flags))].map((m) => m.index);
  // [object clause, where its boundaries start]: the same as the whole pattern's wherever no run is cut.
  test.each<[string, number[]]>([
    ['the figure at last week’s forum and warned of more', [10, 31]],
    ['gay rights and extended benefits', [10]],
    ['the launch as Pyongyang fired another missile', [10]],
    ['breaks important to real estate, the bedrock of his business', [31]],
    ['the deal    while   he  was   away', [8]],
    ['why the deal could be better', []],
    ['nothing here at all', []],
  ])('%j', (clause, expected) => {
    expect([...cappedRunMatchStarts(OBJECT_BOUNDARY, clause)]).toEqual(expected);
    expect(starts(clause)).toEqual(expected);
  });
  test('a boundary after a run longer than the cap is found at its place in the text', () => {
    const clause = `the figure${' '.repeat(MAX_BLANK_RUN + 200)}while he was away`;
    expect([...cappedRunMatchStarts(OBJECT_BOUNDARY, clause)]).toEqual([10]);
  });
  test('16,000 blanks are read in linear time (the whole pattern took 1.5 s on a quiet core)', () => {
    const clause = `cited the figure${' '.repeat(16_000)}x`;
    const t0 = performance.now();
    expect([...cappedRunMatchStarts(OBJECT_BOUNDARY, clause)]).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(300);
  });
});

describe('insideQuotation and balancedMarks count marks in one pass as the patterns they replace did', () => {
  const count = (t: string, re: RegExp) => (t.match(re) ?? []).length;
  const oldInside = (text: string, at: number) => {
    const before = text.slice(0, at);
    return count(before, /[“«]/g) - count(before, /[”»]/g) > 0 || count(before, /"|''/g) % 2 === 1;
  };
  const oldBalanced = (t: string) => count(t, /[“«]/g) === count(t, /[”»]/g) && count(t, /"|''/g) % 2 === 0;
  const marked = [...texts, '“a” and “b', "he said ''yes'' and '''no", '«oui» »x« "a" \'\'\'', "it''s", '"', "''", "'''", '”“”“'];
  test.each(marked.map((t) => [t]))('%j', (t) => {
    for (let at = -3; at <= t.length + 1; at++) expect(insideQuotation(t, at)).toBe(oldInside(t, at));
    expect(balancedMarks(t)).toBe(oldBalanced(t));
  });
});

describe('firstRuns reads the runs the token patterns match', () => {
  const runs = [...texts, 'Critics, (of course) said: “no”; the plan.is!bad?', "it''s 'quoted' \u00a0 x", '𝒜𝒷 said, 12.5 ok', ',,, ;;; ', 'one two three four five six seven eight nine ten eleven twelve'];
  test.each<[string, RegExp, string]>([
    ['CUE_TOKEN', CUE_TOKEN, CUE_TOKEN_SEPARATORS],
    ['PHRASE_TOKEN', PHRASE_TOKEN, PHRASE_TOKEN_SEPARATORS],
    // ASCII letters answer before the list is read only when none is a separator: here some are.
    ['letters among the separators', /[^\sxZ,]+/g, 'xZ,'],
  ])('%s', (_name, token, separators) => {
    for (const t of runs) for (const max of [0, 1, 3, 11, 20]) expect(firstRuns(t, separators, max)).toEqual(firstTokens(t, token, max).map((m) => ({ 0: m[0], index: m.index })));
  });
});
