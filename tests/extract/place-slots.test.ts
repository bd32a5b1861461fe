// Place slots (src/extract/place-slots.ts): a name after a settlement's noun and "of", or in apposition to a region's capital, is a place.
import { describe, expect, test } from 'vitest';
import { PLACE_SLOT_RULES } from '../../src/extract/place-slots.js';
import { extract } from './helpers.js';

/** "Place:Tal Afar", "Person:Jackson", … sorted; events left out. */
const readings = (body: string) =>
  extract(body)
    .entities.filter((e) => e.type !== 'Event')
    .map((e) => `${e.type}:${e.name}`)
    .sort();

describe('a name in a place\'s slot is the place', () => {
  test.each<[string, string[]]>([
    ['A chemical weapons attack struck the town of Khan Shaykhun on Tuesday.', ['Place:Khan Shaykhun']],
    ['Militants were pushed out of the north-western city of Tal Afar.', ['Place:Tal Afar']],
    ['Fighting spread to the Kowloon district of Mong Kok overnight.', ['Place:Kowloon', 'Place:Mong Kok']],
    ['The Taliban claimed a car bombing in the Logar provincial capital, Puli Alam, with local officials saying four died.', ['Organization:Taliban', 'Place:Puli Alam']],
    // every untitled mention of the name in the article
    ['Rebels held the village of Doron Baga. Doron Baga was shelled twice.', ['Place:Doron Baga']],
    // a settlements' plural lists places, the first of them untagged too (stop 52)
    ['The plan keeps the city whole. Those neighborhoods include Kafr Aqab, Abu Dis and Shuafat.', ['Place:Abu Dis', 'Place:Kafr Aqab', 'Place:Shuafat']],
    ['Officials said that the villages of Siha and Mazraat al-Rahim, north of the city, were taken.', ['Place:Mazraat al-Rahim']],
    // stays: a country in the plural's slot ("breakaway provinces of Georgia")
    ['NATO wants closer ties with Abkhazia and South Ossetia, two Russian-backed breakaway provinces of Georgia, a former Soviet republic.', ['Country:Georgia', 'Country:Russia', 'Country:Soviet Union', 'Organization:North Atlantic Treaty Organization']],
    // stays: a name the article gives a speaker's cue; a longer name the place opens; "secretary of state"
    ['He grew up in the city of Jackson. Jackson said he was proud.', ['Person:Jackson']],
    ['Officials of the city of Dallas Police Department declined to comment.', ['Organization:Dallas Police Department']],
    ['He worked for the secretary of state, John Kerry, for years.', ['Person:John Kerry']],
  ])('%s', (body, expected) => expect(readings(body)).toEqual(expected));
});

describe('the place-slot rule table', () => {
  test.each(PLACE_SLOT_RULES.map((r) => [r.id, r] as const))('%s: why, examples, and each example fires', (_id, r) => {
    expect(r.why.length).toBeGreaterThan(20);
    for (const ex of r.examples) expect(ex).toMatch(new RegExp(`${r.before.source.replace(/\$$/, '')}\\p{Lu}`, 'u'));
  });
});
