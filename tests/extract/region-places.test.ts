// Regions and named areas (src/extract/region-places.ts) and the US state and district named like the capital
// (retype.ts): places, whatever the tagger typed them. One table per rule family, with the names that must stay.
import { describe, expect, test } from 'vitest';
import { PLACE_NOUN_AFTER, REGION_PLACE_RULES, regionPlace } from '../../src/extract/region-places.js';
import { extract } from './helpers.js';

/** "Place:Caucasus", "Organization:Hamas", … sorted; events left out; a place with its country code. */
const readings = (body: string) =>
  extract(body)
    .entities.filter((e) => e.type !== 'Event')
    .map((e) => `${e.type}:${e.name}${e.type === 'Place' && 'code' in e && e.code ? `/${e.code}` : ''}`)
    .sort();

describe('a world region, or a compass word before one or before a country, is a place', () => {
  test.each<[string, string[]]>([
    ['Wahhabism was introduced to the Caucasus in the 1990s by preachers.', ['Place:Caucasus']],
    ['There are jihadist fighters from the North Caucasus fighting in Syria.', ['Country:Syria', 'Place:North Caucasus']],
    ['The recent revival of a Russian threat in Eastern Europe has upended some of the assumptions.', ['Country:Russia', 'Place:Eastern Europe']],
    ['He is accused of establishing terrorist networks throughout Latin America, officials said.', ['Place:Latin America']],
    ['It is the finest military on Earth. And that message is coming.', ['Place:Earth']],
    ['Poland and the Baltics spend more than the NATO target.', ['Country:Poland', 'Organization:North Atlantic Treaty Organization', 'Place:Baltics']],
    ['It is not enough to secure the Western Pacific from Chinese domination.', ['Country:China', 'Place:Western Pacific']],
    ['Russia is sermonizing as it absorbs Eastern Ukraine, he wrote.', ['Country:Russia', 'Place:Eastern Ukraine/UA']],
    // a list of regions read as one name: each its place
    ['The trade deal focuses on Eastern Europe and Latin America.', ['Place:Eastern Europe', 'Place:Latin America']],
    ['Most of Eastern Europe has resisted committing to a number.', ['Place:Eastern Europe']],
    // stays: a body named after a region, a country named with a compass word, a person
    ['Radio Free Europe reported the arrests on Monday.', ['Organization:Radio Free Europe']],
    // the tail of a body's name the tagger cut is no region of its own
    ['Observers from the Organization for Security and Cooperation in Europe say no.', ['Organization:Organization for Security and Cooperation']],
    ['North Korea fired a missile on Tuesday.', ['Country:North Korea']],
    ['Pyongyang and South Sudan signed nothing.', ['Country:North Korea', 'Country:South Sudan']],
  ])('%s', (body, expected) => expect(readings(body)).toEqual(expected));
});

describe('a name an area\'s noun follows is that place; a name before "airport" is the airport', () => {
  test.each<[string, string[]]>([
    ['The bombing suspects had spent time in the Caucasus region since they first immigrated.', ['Place:Caucasus']],
    ['The two attackers came from the Jabal Mukaber neighborhood of Jerusalem.', ['Place:Jabal Mukaber', 'Place:Jerusalem/IL']],
    ['The army announced on Saturday that the Eastern Ghouta region had been cleared of rebels.', ['Place:Eastern Ghouta/SY']],
    ['A shell hit a shop in Aleppo’s Bustan Al-Qasr neighborhood on Tuesday.', ['Place:Aleppo/SY', 'Place:Bustan Al-Qasr']],
    ['Secretary of State John Kerry arrives at Ben Gurion airport in Tel Aviv, Israel, on Sunday.', ['Country:Israel', 'Person:John Kerry', 'Place:Ben Gurion Airport', 'Place:Tel Aviv/IL']],
    ['They hid in a village outside Paris’ Charles de Gaulle airport on Friday.', ['Place:Charles de Gaulle Airport', 'Place:Paris/FR']],
    // a station's noun after a name: the station, in every mention; a reactor's or a nuclear site's: where it lies
    ['The train had left Sennaya Ploshchad station in the centre of the city.', ['Place:Sennaya Ploshchad']],
    ['Vladimir Putin visited the Tekhnologicheskii Institut metro station. The driver went on to the next station, Tekhnologicheskii Institut.', ['Person:Vladimir Putin', 'Place:Tekhnologicheskii Institut']],
    ['North Korea destroyed the cooling tower of its Yongbyon reactor in 2008. Experts say Yongbyon can still make plutonium.', ['Country:North Korea', 'Place:Yongbyon']],
    ['Inspections of Iran’s closely guarded Parchin nuclear site will be ceded to the Iranians.', ['Country:Iran', 'Place:Parchin']],
    // stays: a broadcaster's station, a body's station chief, a reactor's builder
    ['The state-run Al-Ikhbariya station said the minister survived the blast.', ['Organization:Al-Ikhbariya']],
    ['He told the private CBC TV station by telephone that he was safe.', ['Organization:CBC TV']],
    ['He met the CIA station chief in Benghazi last year.', ['Organization:Central Intelligence Agency', 'Place:Benghazi/LY']],
    // stays: a body's own station, a count or a word opening a sentence
    ['Mr. Trump traveled to a Border Patrol station in McAllen on Thursday.', ['Organization:Border Patrol', 'Person:Trump']],
    ['Nearby subway stations were evacuated on Monday.', []],
    // stays: a camp, a territory or a town hall is a body's or a person's as often; a body's own name
    ['Hillary Clinton spoke. The Clinton camp announced that it would respond.', ['Person:Hillary Clinton']],
    ['She spoke about coal jobs at a CNN town hall on Sunday night.', ['Organization:CNN']],
    ['Bombers deployed to the U.S. Central Command region last week.', ['Organization:U.S. Central Command']],
    ['Federal district Judge Amy Berman Jackson ruled on Friday.', ['Person:Amy Berman Jackson']],
    // a country's part before "state": a place, not a person; a surname of the article before "state" stays the person's
    ['Migrants streamed in on Saturday, Burgenland state police spokesman Wolfgang Koch said.', ['Person:Wolfgang Koch', 'Place:Burgenland']],
    ['Donald Trump arrived. The Trump state visit went well.', ['Person:Donald Trump']],
  ])('%s', (body, expected) => expect(readings(body)).toEqual(expected));
});

describe('a city in its other written forms: a saint\'s title three ways, no accents', () => {
  test.each<[string, string[]]>([
    ['Vladimir Putin was in St Petersburg, his home town, on Monday.', ['Person:Vladimir Putin', 'Place:St Petersburg']],
    // a city standing as a noun's modifier is the place, no body
    ['Eleven people died, and St Petersburg authorities said 43 were being treated in hospital.', ['Place:St Petersburg']],
    ['Officials in St. Louis said the roads were closed.', ['Place:St. Louis/US']],
    // a name of several words without its accents ("Bahía Blanca", "San Miguel de Tucumán")
    ['Police in Bahia Blanca arrested two men. He flew to San Miguel de Tucuman on Monday.', ['Place:Bahia Blanca/AR', 'Place:San Miguel de Tucuman/AR']],
  ])('%s', (body, expected) => expect(readings(body)).toEqual(expected));
});

describe('the District of Columbia and the state of Washington', () => {
  test.each<[string, string[]]>([
    ['As of Monday, 23 states and the District of Columbia had mobilized thousands of troops.', ['Place:Washington, D.C./US']],
    ['The case was filed in the U.S. District Court for the District of Columbia on Friday.', ['Organization:U.S. District Court', 'Place:Washington, D.C./US']],
    ['Police in Seattle, Washington, said on Monday that two people died.', ['Place:Seattle/US', 'Place:Washington/US']],
    ['The two men were arrested in Blaine, Washington, on June 19, 2018.', ['Place:Washington/US']],
    ['House Armed Services Committee Chairman Adam Smith, Washington Democrat, said no.', ['Organization:House Armed Services Committee', 'Person:Adam Smith', 'Place:Washington/US']],
    // stays the US (the capital standing for the state): a list of cities; a clause after a comma
    ['Protests took place in New York, Washington and Miami on Sunday.', ['Country:United States', 'Place:Miami/US', 'Place:New York/US']],
    ['Protests took place in Boston, Washington, and Chicago on Sunday.', ['Country:United States', 'Place:Boston/US', 'Place:Chicago/US']],
    ['To pressure Iran, Washington is backing its ally Saudi Arabia.', ['Country:Iran', 'Country:Saudi Arabia', 'Country:United States']],
  ])('%s', (body, expected) => expect(readings(body)).toEqual(expected));
});

describe('regionPlace', () => {
  test.each<[string, string | undefined]>([
    ['Caucasus', 'Caucasus'],
    ['Southeast Asia', 'Southeast Asia'],
    ['Central America', 'Central America'],
    ['Northern Sinai', 'Northern Sinai'],
    ['America', undefined],
    ['Atlantic', undefined],
    ['North Korea', undefined],
    ['Central African Republic', undefined],
    ['Southern Georgia', undefined],
    ['Jordan', undefined],
  ])('%s', (name, expected) => expect(regionPlace(name)?.name).toBe(expected));
});

describe('the rule tables', () => {
  test.each(REGION_PLACE_RULES.map((r) => [r.id, r] as const))('%s: why and examples', (_id, r) => {
    expect(r.why.length).toBeGreaterThan(20);
    expect(r.examples.length).toBeGreaterThan(0);
  });
  test.each(PLACE_NOUN_AFTER.map((r) => [r.id, r] as const))('%s: why, examples, and each example fires', (_id, r) => {
    expect(r.why.length).toBeGreaterThan(20);
    for (const ex of r.examples) expect(PLACE_NOUN_AFTER.some((x) => [...ex.matchAll(/\p{Lu}[\p{L}-]*/gu)].some((w) => x === r && r.after.test(ex.slice(w.index + w[0].length))))).toBe(true);
  });
});
