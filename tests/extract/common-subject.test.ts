// A speech verb's subject that is a common noun phrase is an unnamed source: speaker null, its words kept.
import { describe, expect, test } from 'vitest';
import { extract, nameOf } from './helpers.js';

type Row = [sentence: string, expected: { speakerText: string; text: string } | null];

const rows: Row[] = [
  // Groups, roles and quantities as subjects.
  ['Police say he posed a deadly threat and refused to drop the gun.', { speakerText: 'Police', text: 'he posed a deadly threat and refused to drop the gun' }],
  ['Authorities have said officers encountered Scott because they were searching for another man.', { speakerText: 'Authorities', text: 'officers encountered Scott because they were searching for another man' }],
  ['Civil rights activists say Charlotte officers have historically been too aggressive toward black residents.', { speakerText: 'Civil rights activists', text: 'Charlotte officers have historically been too aggressive toward black residents' }],
  ['The Indiana governor said Democrats and the media are to blame for focusing on the tweets.', { speakerText: 'The Indiana governor', text: 'Democrats and the media are to blame for focusing on the tweets' }],
  ['Experts on North Korea and nuclear nonproliferation said the latest nuclear test could change that.', { speakerText: 'Experts on North Korea and nuclear nonproliferation', text: 'the latest nuclear test could change that' }],
  ['Another 19 percent said they would not pick either candidate.', { speakerText: 'Another 19 percent', text: 'they would not pick either candidate' }],
  ['In a statement, police said the officer had been placed on leave.', { speakerText: 'police', text: 'the officer had been placed on leave' }],
  ['Those close to him say that the governor would have to consider other candidates.', { speakerText: 'Those close to him', text: 'the governor would have to consider other candidates' }],
  // Not a subject, or not a source: no unnamed report.
  ['The question is whether voters said they trusted him.', null],
  ['The deal amounted to what the senators said was economic gerrymandering.', null],
  ['Politics says little about what the candidates plan to do next year.', null],
  ['Last week said more about the campaign than any debate did.', null],
  ['But the crisis could also indicate that hard-liners are seeking to squelch any opening.', null],
  ['In a series of tweets on Saturday, Mr Trump said the US had identified 52 sites.', null],
];

describe('a common noun phrase before a speech verb speaks, unnamed', () => {
  test.each(rows)('%s', (sentence, expected) => {
    const r = extract(sentence);
    const unnamed = r.quotes.filter((q) => q.rule === 'reported.speech-cue' && q.speakerId === null && q.speakerText).map((q) => ({ speakerText: q.speakerText, text: q.text }));
    if (expected === null) expect(unnamed).toEqual([]);
    else expect(unnamed).toContainEqual(expected);
  });
  test('a name heading the phrase is the speaker, not an unnamed source', () => {
    const r = extract('Sergey Lavrov said the talks had failed.');
    expect(r.quotes.map((q) => [nameOf(r, q.speakerId), q.speakerText ?? null])).toEqual([['Sergey Lavrov', null]]);
  });
});
