// MET_WITH and ALLIED_WITH: the examples of every rule in the table, then negative tables per family.
import { describe, expect, test } from 'vitest';
import { RELATION_RULES } from '../../src/extract/relation-rules.js';
import { extract, nameOf } from './helpers.js';

/** "TYPE status A ~ B" with the two names in alphabetical order, sorted: order carries no meaning. */
function relations(body: string, publishedAt?: string): string[] {
  const r = extract(body, publishedAt);
  return r.relations.map((x) => `${x.type} ${x.status} ${[nameOf(r, x.sourceId), nameOf(r, x.targetId)].sort().join(' ~ ')}`).sort();
}

describe('relation rules: the examples of each table entry', () => {
  for (const rule of RELATION_RULES) {
    test.each(rule.examples)(`${rule.id}: %s`, (sentence, expected) => {
      expect(relations(sentence)).toEqual([...expected].sort());
    });
  }
});

describe('MET_WITH: parties found as a reader finds them', () => {
  test.each<[string, string[]]>([
    // A pronoun takes the last person named before it whose given name fits.
    ['Barack Obama landed in Israel. He met with Benjamin Netanyahu on Wednesday.', ['MET_WITH happened Barack Obama ~ Benjamin Netanyahu']],
    ['Hillary Clinton and Jim Webb spoke. She met Jacob Zuma later.', ['MET_WITH happened Hillary Clinton ~ Jacob Zuma']],
    // Unnamed officials of a named country stand for the country.
    ['Narendra Modi met with the U.S. envoy to India in February.', ['MET_WITH happened Narendra Modi ~ United States']],
    ['Theresa May held talks with EU leaders in Brussels.', ['MET_WITH happened European Union ~ Theresa May']],
    // Titles and roles before a name are the same person.
    ['President Barack Obama met with Defense Secretary Leon Panetta and Vice President Joe Biden.', ['MET_WITH happened Barack Obama ~ Joe Biden', 'MET_WITH happened Barack Obama ~ Leon Panetta']],
  ])('%s', (body, expected) => {
    expect(relations(body)).toEqual([...expected].sort());
  });
});

describe('MET_WITH negatives: refused, hypothetical, own country, place, listener', () => {
  test.each<[string, string[]]>([
    // refused: kept with its status, never a meeting
    ['Benjamin Netanyahu refused to meet Mahmoud Abbas.', ['MET_WITH refused Benjamin Netanyahu ~ Mahmoud Abbas']],
    ['Donald Trump cancelled his summit with Kim Jong Un.', ['MET_WITH refused Donald Trump ~ Kim Jong Un']],
    // hypothetical: wishes, offers, conditions and questions are no meetings
    ['Donald Trump said he would meet Hassan Rouhani without preconditions.', []],
    ['Donald Trump is ready to meet Hassan Rouhani.', []],
    ['If Boris Johnson meets Joe Biden, trade will come up.', []],
    ['Will Vladimir Putin meet Joe Biden?', []],
    // own country: a person is never paired with the country or body named before their name
    ['Russian President Vladimir Putin met Recep Tayyip Erdogan in Sochi.', ['MET_WITH happened Recep Tayyip Erdogan ~ Vladimir Putin']],
    // place: where a meeting happens is no party
    ['Angela Merkel and Emmanuel Macron met in Minsk.', ['MET_WITH happened Angela Merkel ~ Emmanuel Macron']],
    // listener: telling someone something is no meeting
    ['Rex Tillerson told Sergey Lavrov that the talks were over.', []],
    // naming two people is not a meeting
    ['Rex Tillerson criticised Vladimir Putin.', []],
  ])('%s', (body, expected) => {
    expect(relations(body)).toEqual([...expected].sort());
  });
});

describe('ALLIED_WITH negatives: opposition, targets, membership, trade, sympathy', () => {
  test.each<[string, string[]]>([
    ['Turkey opposes Bashar Assad.', []],
    ['The United States bombed the Islamic State in Raqqa.', []],
    ['Greece is a member of the European Union.', []],
    ['China is the largest trading partner of Brazil.', []],
    ['John Smith, a supporter of Bernie Sanders, voted early.', []],
    ['Russia denied supporting the Taliban.', ['ALLIED_WITH hedged Russia ~ Taliban']],
  ])('%s', (body, expected) => {
    expect(relations(body)).toEqual([...expected].sort());
  });
});

describe('relation fields', () => {
  test('evidence is the stating sentence, by offsets into the body; cue, kind and rule are given', () => {
    const body = 'It was cold. Rex Tillerson met with Vladimir Putin in Moscow.';
    const [r] = extract(body).relations;
    expect(body.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
    expect(r.evidence.text).toBe('Rex Tillerson met with Vladimir Putin in Moscow.');
    expect(r).toMatchObject({ status: 'happened', kind: 'meeting', cue: 'met with', rule: 'meet.verb', placeId: 'country:RU' });
  });

  test.each<[string, string, string | null]>([
    ['Rex Tillerson will meet Vladimir Putin on Tuesday.', '2017-04-12', '2017-04-18'],
    ['Rex Tillerson met Vladimir Putin on March 3, 2017.', '2017-04-12', '2017-03-03'],
    ['Rex Tillerson met Vladimir Putin.', '2017-04-12', null],
  ])('date of "%s" published %s is %s', (body, publishedAt, date) => {
    expect(extract(body, publishedAt).relations[0]?.date ?? null).toBe(date);
  });

  test('a phone call is kept apart from meetings', () => {
    expect(extract('Angela Merkel spoke with Vladimir Putin by phone.').relations[0]?.kind).toBe('call');
  });
});
