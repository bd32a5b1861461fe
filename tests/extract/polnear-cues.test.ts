// Cues, subjects and clause ends read as PolNeAR marks them: the train-counted stance forms, the passive guard they need,
// a that-clause keeping its "which" clause, a trailing gloss left out, a name coordinated with its own people speaking, a body named by its noun, naming "as …".
import { describe, expect, test } from 'vitest';
import { TRAIN_CUES } from '../../src/extract/lexicon/train-cues.js';
import { extract, nameOf } from './helpers.js';

type Row = [sentence: string, expected: string[]];
const read = (sentence: string) => {
  const r = extract(sentence);
  return r.quotes.filter((q) => !q.direct).map((q) => `${nameOf(r, q.speakerId) ?? '-'}: ${q.text}`);
};

const rows: Row[] = [
  // Forms PolNeAR-train marks as cues in most of their uses: what the subject expressed, ordered, discussed is an attribution.
  ['Mike Pence expressed concern that the businessman was encouraging violence.', ['Mike Pence: concern that the businessman was encouraging violence']],
  ['Hillary Clinton talked about continuing the progress of the last eight years.', ['Hillary Clinton: continuing the progress of the last eight years']],
  ['Michael McCaul discussed legislation he was introducing.', ['Michael McCaul: legislation he was introducing']],
  // A passive names the target, not the source; a verb the table does not hold is no cue, nor is an order (an act).
  ['The State Department on Tuesday ordered most embassy personnel out of Yemen.', []],
  ['He was ordered to leave the country within a week.', []],
  ['He was criticized for his remarks on Monday.', []],
  ['The talks were discussed behind closed doors.', []],
  ['Hillary Clinton visited a school in Ohio on Monday.', []],
  // A non-restrictive "which" clause inside a reported clause is the speaker's; after an object it is the reporter's.
  ['Barack Obama warned that the museum would not cure the racial struggles, which inflame the streets of many cities.', ['Barack Obama: the museum would not cure the racial struggles, which inflame the streets of many cities']],
  ['Lindsey Graham has acknowledged the reality of climate change, which makes him an outlier.', ['Lindsey Graham: the reality of climate change']],
  // A short adjunct may stand between any speech verb and its that-clause.
  ['The New York Times reported at the time that the editor was angry about the statement.', ['New York Times: the editor was angry about the statement']],
  ['Hillary Clinton confirmed to CNN in 2015 that she had used a private server.', ['Hillary Clinton: she had used a private server']],
  ['Donald Trump wrote about the shooting that night.', []],
  // A description closing the clause after a name is the reporter's gloss; one inside the clause stays.
  ['Ed Schultz said he did not support Mr. Trump, the presumed Putin favorite.', ['Ed Schultz: he did not support Mr. Trump']],
  ['Ed Schultz said Mr. Trump, the presumed Putin favorite, would lose the election.', ['Ed Schultz: Mr. Trump, the presumed Putin favorite, would lose the election']],
  // A name coordinated with its own people speaks; a name after a verb is an object, its people unnamed.
  ['RT and its defenders say that the network is no more biased than any other news organization.', ['RT: the network is no more biased than any other news organization']],
  ['Donald Trump and his aides said the election was rigged.', ['Donald Trump: the election was rigged']],
  ['His aides said the election was rigged.', ['-: the election was rigged']],
  // A body named by its head noun is the one of that noun named last before; two named side by side leave it unnamed.
  ['The Clinton campaign spoke on Monday. The Trump campaign spoke on Tuesday. The campaign said the ad would air nationally next week.', ['Trump campaign: the ad would air nationally next week']],
  ['The Monetary Fund and the Clean Air Fund met. The fund warned that growth would slow.', ['-: growth would slow']],
  // Naming "as" quoted words runs on through a coordinated second name and a relative clause quoting more.
  ['Barack Obama condemned the test as "provocative and destabilizing" and a "grave threat" to regional stability.', ['Barack Obama: the test as "provocative and destabilizing" and a "grave threat" to regional stability']],
  ['Norman Ham described Hillary Clinton as “a lifetime politician” who “has never accomplished a real job in her life.”', ['Norman Ham: Hillary Clinton as “a lifetime politician” who “has never accomplished a real job in her life.”']],
];

describe('train-counted cues and their clause ends', () => {
  test.each(rows)('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('the train cue table', () => {
  test.each(TRAIN_CUES.map((c) => [c.form, c] as const))('%s passes the gate it was chosen by (≥ 12 train cues, ≥ half its uses)', (_form, c) => {
    expect(c.cues).toBeGreaterThanOrEqual(12);
    expect(c.cues / c.occurrences).toBeGreaterThanOrEqual(0.5);
  });
});
