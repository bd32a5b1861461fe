// A finding's speaker: a name heading the subject speaks; a name modifying the document's noun only owns it.
import { describe, expect, test } from 'vitest';
import { extract, nameOf } from './helpers.js';

type Row = [sentence: string, speaker: string | null, speakerText: string | null, onBehalfOf: string | null];

const rows: Row[] = [
  // The document heads the subject: an unnamed source, kept with its words, speaking for its owner.
  ['A new Gallup poll shows that most voters distrust both candidates.', null, 'A new Gallup poll', 'Gallup'],
  ['A Quinnipiac University poll found that 74 percent of likely voters want the returns released.', null, 'A Quinnipiac University poll', 'Quinnipiac University'],
  ["Ivana Trump's brief said that was not her view.", null, "Ivana Trump's brief", 'Ivana Trump'],
  // An issued document (a report, a statement, a study, a letter, a memo) speaks for its named issuer (document-source.ts).
  ['A Government Accountability Office report released last year found that the agency could not be sure.', 'Government Accountability Office', null, null],
  ['Donations hit a record in the third quarter, a new Gallup analysis of campaign-finance reports shows.', null, 'a new Gallup analysis of campaign-finance reports', 'Gallup'],
  // The name heads the subject (after a preposition, or alone): it speaks.
  ['A 2014 study by Loyola Law School professor Justin Levitt found 31 incidents of voter impersonation.', 'Justin Levitt', null, null],
  ['A web video by the Republican National Committee references four cases in which Kaine defended people.', 'Republican National Committee', null, null],
  // No owner named: unnamed, nobody behind it.
  ['A new poll shows that most voters distrust both candidates.', null, 'A new poll', null],
];

describe('findings: the document is the source, its owner speaks only when heading the subject', () => {
  test.each(rows)('%s', (sentence, speaker, speakerText, onBehalfOf) => {
    const r = extract(sentence);
    // The document's report, whichever rule reads it ("A … poll shows" is a finding, "X's brief said" a speech cue).
    expect(r.quotes).toHaveLength(1);
    const q = r.quotes[0];
    expect(q).toBeDefined();
    expect(nameOf(r, q!.speakerId)).toBe(speaker);
    expect(q!.speakerText ?? null).toBe(speakerText);
    expect(q!.onBehalfOf ? nameOf(r, q!.onBehalfOf) : null).toBe(onBehalfOf);
  });
});
