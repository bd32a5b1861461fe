// The cue-word prefilters of the clause patterns: read right off a pattern's source, and never refusing a sentence the pattern matches.
import { describe, expect, test } from 'vitest';
import { cueWordSets } from '../../src/extract/quotes/cue-words.js';
import { ATTITUDE, CALLED_QUOTED, FINDING, INTENTION, POSSESSED_CLAIM, POSSESSED_STANCE, STANCE, STANDING, SUBJECT_VERB, THAT_CLAUSE, cueBits, isBlankUnit, mayMatch, textCueBits } from '../../src/extract/quotes/patterns.js';
import { POSSESSIVE_S } from '../../src/extract/quotes/clauses.js';
import { ATTRIBUTION_RULES } from '../../src/extract/quotes/rules.js';

const sets = (rest: string, flags = 'gu') => cueWordSets(rest, flags).map((s) => [...s].sort());

describe('cueWordSets reads the words a cue must be', () => {
  test.each([
    ['\\s+(called|calls)\\s+()(?=x)', [['called', 'calls']]],
    ['\\s+(wants?|vow(?:s|ed)?)\\s+to', [['vow', 'vowed', 'vows', 'want', 'wants']]],
    ['\\s+(call\\s+for|cited)\\s+', [['call', 'cited']]], // a phrase gives its first word
    ['\\s+((?:an?|the)\\s+[\\p{Ll}]+\\s+of|no\\s+illusions\\s+about)\\s+', [['a', 'an', 'no', 'the']]],
    ['\\s+((?:very\\s+)?critical\\s+of|no\\s+illusions\\s+about)\\s+', [['about', 'of']]], // else every alternative's last word
    ['\\s+(\\p{Ll}{3,}(?:ed|s)|found)\\s+that\\s+', [['that']]], // a word between spaces at the top level
    ['\\s+(afraid|sure)\\s+that\\s+', [['afraid', 'sure'], ['that']]],
    ['\\s+(shows|calls\\s+for)(\\s+that)?\\s+(?=x)', [['calls', 'shows']]], // an optional word before the space
  ])('%s → %j', (rest, expected) => expect(sets(rest)).toEqual(expected));

  test.each([
    ['\\s+(\\p{Ll}{3,})\\s+()', 'any lower-case word'],
    ['\\s+(called|calls)?\\s+', 'an optional cue'],
    ['\\s+(called|calls)()', 'a cue not followed by a space'],
    ['\\s+(called|calls)(\\s+that)?x', 'an optional word, then no space'],
    ['\\s+(called|calls)(\\s+that)\\s+', 'a group after the cue that is not optional'],
    ['\\s+(called|calls)\\s+|\\s+that\\s+', 'a top-level alternation'],
    ['\\s+(call(?:s|ed)+)\\s+', 'a repeated ending'],
    ['\\s+(called|[Cc]alls)\\s+', 'a character class'],
    ['\\s+(?:called|calls)\\s+', 'a non-capturing group (not the cue group this reads)'],
    ['\\s+(x|\\\\s+of)\\s+', 'an escaped backslash before "s+"'],
  ])('%s → none (%s)', (rest) => expect(sets(rest)).toEqual([]));

  test('a pattern without case is not prefiltered', () => expect(sets('\\s+(called)\\s+', 'giu')).toEqual([]));
});

describe('a sentence a clause pattern matches is never skipped', () => {
  const patterns = { THAT_CLAUSE, INTENTION, STANCE, CALLED_QUOTED, ATTITUDE, STANDING, SUBJECT_VERB, FINDING, POSSESSED_CLAIM, POSSESSED_STANCE };
  // Every example sentence of the rule table, and the rules' own patterns, so the check follows the table as it grows.
  const sentences = Object.values(ATTRIBUTION_RULES).flatMap((r) => r.examples.map(([text]) => text));
  test.each(Object.entries(patterns))('%s', (_name, re) => {
    const matched = sentences.filter((t) => new RegExp(re.source, re.flags.replace('g', '')).test(t));
    expect(matched.length).toBeGreaterThan(0);
    for (const t of matched) expect(mayMatch(re, cueBits(t.split(/\s+/))), t).toBe(true);
  });
  test('a sentence without the cue is skipped', () => {
    expect(mayMatch(CALLED_QUOTED, cueBits('Clinton met the press on Monday.'.split(/\s+/)))).toBe(false);
    expect(mayMatch(CALLED_QUOTED, cueBits('Clinton called the plan “a disaster.”'.split(/\s+/)))).toBe(true);
    expect(mayMatch(FINDING, cueBits('A new poll of likely voters on Monday.'.split(/\s+/)))).toBe(false);
    expect(mayMatch(FINDING, cueBits('A new poll shows that Clinton leads.'.split(/\s+/)))).toBe(true);
    // A possessive without its noun: the possessed patterns skip the sentence; with it (and "that" for a claim), they scan.
    expect(mayMatch(POSSESSED_CLAIM, cueBits('Trump’s plan is that the wall gets built.'.split(/\s+/)))).toBe(false);
    expect(mayMatch(POSSESSED_CLAIM, cueBits('Trump’s claim was rejected by the court.'.split(/\s+/)))).toBe(false);
    expect(mayMatch(POSSESSED_CLAIM, cueBits('Trump’s claim that he won was false.'.split(/\s+/)))).toBe(true);
    expect(mayMatch(POSSESSED_STANCE, cueBits('Trump’s visit to Seoul ended on Monday.'.split(/\s+/)))).toBe(false);
    expect(mayMatch(POSSESSED_STANCE, cueBits('Trump’s attacks on the press drew fire.'.split(/\s+/)))).toBe(true);
    expect(mayMatch(POSSESSED_STANCE, cueBits('Trump’s attack on the press drew fire.'.split(/\s+/)))).toBe(true);
  });
  test.each([
    ['POSSESSED_CLAIM', POSSESSED_CLAIM],
    ['POSSESSED_STANCE', POSSESSED_STANCE],
  ])('%s needs the possessive its guard asks for', (_name, re) => {
    expect(re.source).toContain("[’']s\\s+");
    const matched = sentences.filter((t) => new RegExp(re.source, re.flags.replace('g', '')).test(t));
    expect(matched.length).toBeGreaterThan(0);
    for (const t of matched) expect(POSSESSIVE_S.test(t), t).toBe(true);
  });
});

describe('textCueBits reads the words split(/\\s+/) gives, in one pass', () => {
  test('isBlankUnit is /\\s/ on every UTF-16 unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isBlankUnit(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
  test.each([
    ['A new poll shows that Clinton leads.'],
    ['  A new poll\u00a0shows\tthat\u2009Clinton leads.  '],
    ['Clinton called the plan “a disaster.”'],
    ['Clinton met the press on Monday.'],
    [''],
    ['\u3000shows\u202fthat\ufeff'],
  ])('%j', (text) => expect(textCueBits(text)).toBe(cueBits(text.split(/\s+/))));
  test('every example sentence of the rule table', () => {
    const sentences = Object.values(ATTRIBUTION_RULES).flatMap((r) => r.examples.map(([text]) => text));
    for (const t of sentences) expect(textCueBits(t), t).toBe(cueBits(t.split(/\s+/)));
  });
});
