// Words at a person's name's edge that are no part of it are cut; a Korean given name's lower-case syllable is kept
// (extract/name-edges.ts).
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.js';
import { NAME_EDGE_RULES, cutNameEdges } from '../../src/extract/name-edges.js';
import type { Mention } from '../../src/extract/mentions.js';

/** The mention of `name` in `body`, cut: its text. */
const cut = (body: string, name: string, extra: Partial<Mention> = {}) => {
  const start = body.indexOf(name);
  return cutNameEdges(body, { start, end: start + name.length, text: name, type: 'Person', key: name, sentence: 0, ...extra }).map((m) => `${m.type}:${m.text}`);
};

/** Every person as "name ×mentions", sorted. */
const people = (body: string) =>
  extract(body).entities.filter((e) => e.type === 'Person').map((e) => `${e.name} ×${e.mentions.length}`).sort();

describe('a name is cut to the person\'s own words', () => {
  test.each<[string, string[]]>([
    // address-inside
    ['On Thursday Mr Trump suggested that his own statements were clear. Donald Trump said so.', ['Donald Trump ×2']],
    ['Whenever Mr. Singh got into a dispute with customers, he left. Amarjit Singh said so.', ['Amarjit Singh ×2']],
    ['Health Minister Dr. Mohamed Mustafa Hamid told reporters the toll rose.', ['Mohamed Mustafa Hamid ×1']],
    // preposition-tail
    ['House Majority Leader Steny Hoyer of Maryland, the No. 2 House Democrat, said so. Hoyer added more.', ['Steny Hoyer ×2']],
    ['It came after the firing of FBI Director James Comey on May 9. Comey said so.', ['James Comey ×2']],
    ['“It’s as much about the offline networks,” says Dr. Rosand of Brookings.', ['Rosand ×1']],
    // month-before-day
    ['Wolf and Gerlach wrote a letter to Secretary Kerry March 1 requesting access.', ['Gerlach ×1', 'Kerry ×1']],
    // adverb-first
    ['Again Trump said he wanted loyalty. President Trump denied it.', ['Trump ×2']],
    ['Even Jordan and other key congressional allies agreed. Jim Jordan said so.', ['Jim Jordan ×2']],
    // korean-syllable-after
    ['North Korean leader Kim Jong un said so. Kim Jong un added more.', ['Kim Jong un ×2']],
    // given-name-before-sheikh
    ['The accused Sept. 11 mastermind Khalid Sheikh Mohammed’s will was broken. Mohammed denied it.', ['Khalid Sheikh Mohammed ×2']],
    ['The Kurdish commander Ismet Sheikh Hasan said the town was lost.', ['Ismet Sheikh Hasan ×1']],
    // hyphen-part-before
    ['Miguel Díaz-Canel took office. At the session, Díaz-Canel promised to defend the regime.', ['Miguel Díaz-Canel ×2']],
    ['Daveed Gartenstein-Ross is a scholar. “It is rigid,” Gartenstein-Ross says.', ['Daveed Gartenstein-Ross ×2']],
    // post-nominal-tail
    ['Yvette Cooper MP, chair of the home affairs select committee, said so.', ['Yvette Cooper ×1']],
    // not: a pair of names joined by a hyphen
    ['The Trump-Kim summit was held. Kim said so. Donald Trump agreed.', ['Donald Trump ×1', 'Kim ×1']],
    // not: a title after a demonym, another title or a word that is no given name
    ['Kuwaiti Sheikh Sabah al-Ahmad al-Sabah spoke.', ['Sabah al-Ahmad al-Sabah ×1']],
    ['Qatari Emir Sheikh Tamim bin Hamad Al Thani spoke.', ['Tamim bin Hamad Al Thani ×1']],
    ['Grand Sheikh Ahmed el-Tayeb spoke.', ['Ahmed el-Tayeb ×1']],
  ])('%s', (body, expected) => expect(people(body)).toEqual(expected));

  // not: a lone name of old before "of", a title's "of" phrase, a month that is also a name, a title after the address,
  // an English word after a Korean-looking name
  test.each<[string, string]>([
    ['British Prime Minister Theresa May 10 days ago said so.', 'Theresa May'],
    // an adverb before a word the article names no one by: left to the other rules
    ['Perhaps Putin wants it.', 'Perhaps Putin'],
    ['Moon Jae in Seoul said so.', 'Moon Jae'],
  ])('kept: %s', (body, name) => expect(people(body).some((p) => p.startsWith(name + ' ×'))).toBe(true));
  test.each<[string, string]>([
    ['His show was called Hello Mr. President, and he was its host.', 'President'],
    ['As Ukrainian President and Guarantor of the Constitution, I fulfill my duty.', 'Guarantor'],
  ])('no cut: %s', (body, name) => expect(people(body).some((p) => p.startsWith(name + ' ×'))).toBe(false));
});

describe('cutNameEdges on one mention', () => {
  test.each<[string, string, Partial<Mention>, string[]]>([
    ['Steny Hoyer of Maryland said so.', 'Steny Hoyer of Maryland', {}, ['Person:Steny Hoyer', 'Place:Maryland']],
    ['says Ms. Conley of CSIS, who', 'Conley of CSIS', { honorific: 'Ms.' }, ['Person:Conley']],
    ['a letter to Kerry March 1 asking', 'Kerry March', {}, ['Person:Kerry']],
    ['On Saturday Mr Kim and Moon met.', 'Saturday Mr Kim', {}, ['Person:Kim']],
    // not: one untitled word before "of" (a name of old), a title word before "of", a month that is a name, a year
    ['Joan of Arc was burned.', 'Joan of Arc', {}, ['Person:Joan of Arc']],
    ['Mary Queen of Scots died.', 'Mary Queen of Scots', {}, ['Person:Mary Queen of Scots']],
    ['Theresa May 10 days ago', 'Theresa May', {}, ['Person:Theresa May']],
    ['by Kerry March 2019 rules', 'Kerry March', {}, ['Person:Kerry March']],
  ])('%s (%s)', (body, name, extra, expected) => expect(cut(body, name, extra)).toEqual(expected));
});

describe('a cut phrase that names a place stays a place', () => {
  test('of Maryland', () => {
    const r = extract('House Majority Leader Steny Hoyer of Maryland, the No. 2 House Democrat, said so.');
    expect(r.entities.some((e) => e.type === 'Place' && e.name === 'Maryland')).toBe(true);
  });
});

describe('every rule documents itself', () => {
  test.each(NAME_EDGE_RULES.map((r) => [r.id, r] as const))('%s', (_id, r) => {
    expect(r.examples.length).toBeGreaterThan(0);
    expect(r.why.length).toBeGreaterThan(10);
  });
});
