// Reports whose subject stands away from the cue: a progressive's "be" ("Economists are warning that …", progressive.ts),
// a relative clause's subject after its pronoun ("missiles that the Pentagon said were made in Iran", reported.ts) and the
// issuer of a document whose participle reports ("The Taliban issued a statement saying …", clauses.ts putOutDocumentAt).
import { describe, expect, test } from 'vitest';
import { extract, nameOf } from './helpers.js';
import { withoutProgressiveAuxiliary } from '../../src/extract/quotes/progressive.js';

type Row = [sentence: string, expected: { speaker: string | null; text: string } | null];

/** Each reported-speech quote as its speaker (entity name, else the words naming it) and text. */
const reports = (sentence: string) => {
  const r = extract(sentence);
  return r.quotes.filter((q) => !q.direct).map((q) => ({ speaker: nameOf(r, q.speakerId) ?? q.speakerText ?? null, text: q.text }));
};

const progressive: Row[] = [
  ['Economists are warning that the world’s biggest economies could slow next year.', { speaker: 'Economists', text: 'the world’s biggest economies could slow next year' }],
  ['Immediately after the deal was announced, Iranian officials were claiming that the agreement recognized their right to enrich uranium.', { speaker: 'Iranian officials', text: 'the agreement recognized their right to enrich uranium' }],
  ['Local officials have been warning that the levee could fail.', { speaker: 'Local officials', text: 'the levee could fail' }],
  ['Many experts are now saying that the sanctions have failed.', { speaker: 'Many experts', text: 'the sanctions have failed' }],
  // not: passives and copulas — "be" before a cue that is no participle, or a subject that is no source
  ['Officials were told that the levee could fail.', null],
  ['The problem is saying that it works.', null],
  ['They’re saying it’s a method of liberation.', null],
];

const relative: Row[] = [
  ['The rebels fired missiles that Saudi officials said were made in Iran.', { speaker: 'Saudi officials', text: 'missiles that Saudi officials said were made in Iran' }],
  ['Police found weapons which the investigators said were bought in Texas.', { speaker: 'the investigators', text: 'weapons which the investigators said were bought in Texas' }],
  ['Defense Secretary Ash Carter said the Russian attacks, which the Kremlin said were meant to target terrorists, did not hit targets of ISIS.', { speaker: 'Kremlin', text: 'the Russian attacks, which the Kremlin said were meant to target terrorists' }],
  ['He also seized two compounds that the United States said had been used for espionage.', { speaker: 'United States', text: 'two compounds that the United States said had been used for espionage' }],
  ['Late last decade, the Stuxnet virus — which most observers believe was a joint U.S.-Israeli project — targeted Iranian centrifuges.', { speaker: 'most observers', text: 'the Stuxnet virus — which most observers believe was a joint U.S.-Israeli project' }],
  ['A convoy of about 245 trucks, which Russian news outlets said were filled with almost 2,000 tons of aid, rolled across the border.', { speaker: 'Russian news outlets', text: 'A convoy of about 245 trucks, which Russian news outlets said were filled with almost 2,000 tons of aid' }],
  ['The report contradicts a Times investigation of the assault, which the paper said was spurred, in part, by an anti-Islam video.', { speaker: 'the paper', text: 'the assault, which the paper said was spurred, in part, by an anti-Islam video' }],
  ['Said and Cherif Kouachi, the brothers who authorities say were behind the attack, also are dead.', { speaker: 'authorities', text: 'the brothers who authorities say were behind the attack' }],
  ['The army was sent to stop migrants who Trump said were travelling in caravans.', null],
  ['Now they are talking about new trade deals that critics of the president said would never happen.', { speaker: 'critics of the president', text: 'new trade deals that critics of the president said would never happen' }],
  ['Trump has sought a deal to save Chinese telecom giant ZTE, which policy experts argue could have been used as an example.', { speaker: 'policy experts', text: 'ZTE, which policy experts argue could have been used as an example' }],
  ['Iran should thank Obama for the deal, which Trump said infused billions into its economy.', { speaker: 'Trump', text: 'the deal, which Trump said infused billions into its economy' }],
  ['The Afghan immigrant who authorities believe planted bombs in New Jersey was captured Monday.', null],
  // not: after a noun of content "that" is the complementizer, the clause its own ("claims that he believes …")
  ['Attorney General William Barr is not backing down from claims that he believes unauthorized spying took place.', { speaker: 'William Barr', text: 'unauthorized spying took place' }],
  // not: a free relative with a subject of more than one word is a characterisation ("amounted to what …")
  ['The deal amounted to what the senators said was economic gerrymandering.', null],
];

describe('the subject of a progressive speech verb stands before its "be"', () => {
  test.each(progressive)('%s', (sentence, expected) => {
    if (expected === null) expect(reports(sentence)).toEqual([]);
    else expect(reports(sentence)).toContainEqual(expected);
  });
  test.each<[string, string, string]>([
    ['Economists are ', 'warning', 'Economists'],
    ['Russia and Iran have been ', 'insisting', 'Russia and Iran'],
    ['Iranian officials were quickly ', 'claiming', 'Iranian officials'],
    ['Economists ', 'warned', 'Economists '],
    ['are ', 'saying', 'are '],
    ['They’re ', 'saying', 'They’re '],
  ])('withoutProgressiveAuxiliary(%j, %s)', (before, cue, words) => expect(withoutProgressiveAuxiliary(before, cue)).toBe(words));
});

describe('inside a relative clause the subject of the cue follows the pronoun', () => {
  test.each(relative)('%s', (sentence, expected) => {
    if (expected === null) expect(reports(sentence)).toEqual([]);
    else expect(reports(sentence)).toContainEqual(expected);
  });
});

const documents: Row[] = [
  ['The Taliban issued a statement saying an agreement had been finalised.', { speaker: 'Taliban', text: 'an agreement had been finalised' }],
  ['Russia issued a statement saying an agreement had been finalised.', { speaker: 'Russia', text: 'an agreement had been finalised' }],
  ['On Monday, the ministry released a brief statement saying the talks would resume.', { speaker: 'the ministry', text: 'the talks would resume' }],
];

describe('a document its subject put out reports for the subject', () => {
  test.each(documents)('%s', (sentence, expected) => {
    const got = reports(sentence);
    expect(got).toContainEqual(expected);
    expect(got.some((q) => /statement/.test(q.speaker ?? ''))).toBe(false);
  });
  // not: a document someone else put out ("denied a Reuters report saying …") is no issuer's of the subject
  test('a report the subject denies', () => {
    expect(reports('Russia denied a Reuters report saying its troops had crossed the border.')).not.toContainEqual({ speaker: 'Russia', text: 'its troops had crossed the border' });
  });
});
