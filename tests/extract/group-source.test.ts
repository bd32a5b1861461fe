// Groups of people as quote sources (extract/quotes/group-source.ts): "“…,” the justices wrote" is an unnamed source.
import { describe, expect, test } from 'vitest';
import { extract, nameOf } from './helpers.js';
import { groupSourceAfter, groupSourceBefore } from '../../src/extract/quotes/group-source.js';

const quotes = (body: string) => {
  const r = extract(body);
  return r.quotes.map((q) => ({ rule: q.rule, speaker: nameOf(r, q.speakerId), speakerText: q.speakerText ?? null, text: q.text }));
};

describe('group sources', () => {
  test.each([
    [' the justices wrote.', { phrase: 'the justices', cue: 'wrote' }],
    [' police said.', { phrase: 'police', cue: 'said' }],
    [' said the protesters, who marched', { phrase: 'the protesters', cue: 'said' }],
    [' the former high-ranking officials wrote', { phrase: 'the former high-ranking officials', cue: 'wrote' }],
    [' Democratic senators said', { phrase: 'Democratic senators', cue: 'said' }],
    // A body is no group of people; a participle frames nothing; a noun before "said" is the speaker's head.
    [' the country said', null],
    [' with early supporters predicting the absence', null],
    [' the police report said', null],
    [' experts agree that it would be war', null],
  ])('groupSourceAfter(%j)', (after, expected) => {
    const got = groupSourceAfter(after);
    expect(got && { phrase: got.phrase, cue: got.cue }).toEqual(expected);
  });

  test.each([
    ['The justices ', 'The justices'],
    ['But the justices ', 'the justices'],
    ['Officials ', 'Officials'],
    ['He told the justices ', null],
  ])('groupSourceBefore(%j)', (before, expected) => expect(groupSourceBefore(before)?.phrase ?? null).toBe(expected));

  test('a group after or before the quote speaks, unnamed, and continues no earlier speaker', () => {
    const q = quotes('The Supreme Court ruled on Tuesday. “The decision was unlawful,” the justices wrote. But the justices added, “Parliament can meet.” “The suit is baseless,” Trump’s lawyers wrote. “We object,” Democratic senators said.');
    expect(q).toContainEqual({ rule: 'direct.group-after', speaker: null, speakerText: 'the justices', text: 'The decision was unlawful,' });
    expect(q).toContainEqual({ rule: 'direct.before-quote', speaker: null, speakerText: 'the justices', text: 'Parliament can meet.' });
    expect(q).toContainEqual({ rule: 'direct.group-after', speaker: null, speakerText: 'Democratic senators', text: 'We object,' });
  });

  test('a country’s officials stay the country’s (the frame that reads the country ranks first)', () => {
    expect(quotes('China protested. “We object,” Chinese officials said.').map((q) => q.speaker)).toEqual(['China']);
  });

  test('“police” is the one police force the article names, else unnamed', () => {
    expect(quotes('The Metropolitan Police arrested a man. “This is a large investigation,” police said.').map((q) => q.speaker)).toEqual(['Metropolitan Police']);
    expect(quotes('The Metropolitan Police and the Boston Police Department worked together. “This is a large investigation,” police said.').map((q) => q.speaker)).toEqual([null]);
  });
});
