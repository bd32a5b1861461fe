// Country names, short forms, demonyms and capitals → ISO 3166-1 alpha-2, built once from maintained packages.
import { createRequire } from 'node:module';
import isoCountries from 'i18n-iso-countries';
import { US_STATE_NAMES } from './places.js';

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
  unMember: boolean;
  independent?: boolean | null;
}

const require = createRequire(import.meta.url);
const WORLD: WorldCountry[] = require('world-countries');
isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json'));

// Short forms the packages do not carry, or carry ambiguously: usage in English-language news.
const EXTRA_NAMES: Record<string, string[]> = {
  US: ['U.S.', 'US', 'U.S.A.', 'USA', 'America', 'United States', 'United States of America', 'the States'],
  GB: ['Britain', 'Great Britain', 'U.K.', 'UK', 'United Kingdom', 'England', 'Scotland', 'Wales'],
  RU: ['Russia', 'Russian Federation'],
  TR: ['Turkey', 'Türkiye', 'Turkiye'],
  KP: ['North Korea', 'DPRK', 'D.P.R.K.', "Democratic People's Republic of Korea", 'Hermit Kingdom'],
  KR: ['South Korea', 'Republic of Korea', 'ROK'],
  SY: ['Syria'],
  IR: ['Iran'],
  CN: ['China', 'Mainland China', 'PRC', 'P.R.C.', "People's Republic of China"],
  TW: ['Taiwan'],
  CZ: ['Czech Republic', 'Czechia'],
  MM: ['Myanmar', 'Burma'],
  CI: ['Ivory Coast'],
  CD: ['Congo', 'Democratic Republic of Congo', 'Democratic Republic of the Congo', 'DRC'],
  PS: ['Palestine', 'Palestinian Territories', 'West Bank', 'Gaza'],
  VA: ['Vatican'],
  NL: ['Netherlands', 'Holland'],
  AE: ['UAE', 'United Arab Emirates'],
  VN: ['Vietnam'],
  LA: ['Laos'],
  MK: ['Macedonia', 'North Macedonia'],
};
const EXTRA_DEMONYMS: Record<string, string[]> = {
  US: ['American', 'Americans', 'U.S.'],
  GB: ['British', 'Briton', 'Britons', 'English', 'Scottish', 'Welsh'],
  RU: ['Russian', 'Russians'],
  SU: ['Soviet', 'Soviets'],
  CN: ['Chinese'],
  SY: ['Syrian', 'Syrians'],
  IR: ['Iranian', 'Iranians'],
  IQ: ['Iraqi', 'Iraqis'],
  IL: ['Israeli', 'Israelis'],
  PS: ['Palestinian', 'Palestinians'],
  AF: ['Afghan', 'Afghans'],
  PK: ['Pakistani', 'Pakistanis'],
  KP: ['North Korean', 'North Koreans'],
  KR: ['South Korean', 'South Koreans'],
  SA: ['Saudi', 'Saudis'],
  TR: ['Turkish', 'Turk', 'Turks'],
  UA: ['Ukrainian', 'Ukrainians'],
  FR: ['French'],
  DE: ['German', 'Germans'],
  JP: ['Japanese'],
  IN: ['Indian', 'Indians'],
};
/**
 * States that no longer exist but that the news still names as actors: not in the packages (which list today's
 * states), keyed by their reserved ISO 3166 code. The Soviet Union is not Russia ("former USSR President Gorbachev").
 */
const HISTORICAL: { code: string; name: string; names: string[] }[] = [
  { code: 'SU', name: 'Soviet Union', names: ['Soviet Union', 'USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics'] },
];
const EXTRA_CAPITALS: Record<string, string[]> = { US: ['Washington'], KP: ['Pyongyang'], KR: ['Seoul'], IL: ['Jerusalem'], PS: ['Ramallah'] };
// Capitals that are also common words or names elsewhere: never read as a government.
const AMBIGUOUS_CAPITALS = new Set(['Male', 'Victoria', 'Kingston', 'Georgetown', 'Santiago', 'Valletta', 'Praia', 'Nassau', 'Castries', 'Roseau', 'Apia', 'Palikir', 'Majuro', 'Funafuti', 'Basseterre', 'Avarua', 'Kingstown', 'Saint John\'s', 'Lima', 'Monaco', 'Luxembourg', 'Singapore', 'Vatican City', 'San Marino', 'Djibouti', 'Kuwait City', 'Guatemala City', 'Panama City', 'Mexico City', 'Andorra la Vella']);

export interface CountryInfo {
  code: string;
  name: string; // common English name
}

export const COUNTRY_BY_NAME = new Map<string, string>(); // surface form → code
export const COUNTRY_BY_DEMONYM = new Map<string, string>();
export const COUNTRY_BY_CAPITAL = new Map<string, string>();
export const COUNTRY_INFO = new Map<string, CountryInfo>();
/** Code → the adjective news use for the state ("Russian", "Chinese"): the first demonym listed for it. */
const ADJECTIVE = new Map<string, string>();

const CANONICAL_NAME: Record<string, string> = { US: 'United States', GB: 'United Kingdom', KP: 'North Korea', KR: 'South Korea', RU: 'Russia', IR: 'Iran', SY: 'Syria', CN: 'China', CD: 'Democratic Republic of the Congo', PS: 'Palestine', TR: 'Turkey' };

function add(map: Map<string, string>, key: string, code: string, ambiguous: Set<string>): void {
  const prev = map.get(key);
  if (prev && prev !== code) ambiguous.add(key);
  else map.set(key, code);
}

(function build() {
  const ambiguousDemonyms = new Set<string>();
  const sovereign = WORLD.filter((c) => c.unMember || c.independent || c.cca2 === 'PS' || c.cca2 === 'TW' || c.cca2 === 'VA' || c.cca2 === 'XK');
  for (const c of sovereign) {
    const code = c.cca2;
    COUNTRY_INFO.set(code, { code, name: CANONICAL_NAME[code] ?? c.name.common });
    const names = new Set<string>([c.name.common, c.name.official, ...(EXTRA_NAMES[code] ?? [])]);
    for (const alt of c.altSpellings) if (alt.length > 3 && /^[\p{L} .'-]+$/u.test(alt)) names.add(alt);
    const isoName = isoCountries.getName(code, 'en');
    if (isoName) names.add(isoName);
    for (const n of names) if (!COUNTRY_BY_NAME.has(n)) COUNTRY_BY_NAME.set(n, code);
    const dem = c.demonyms?.eng;
    const adjective = EXTRA_DEMONYMS[code]?.[0] ?? dem?.m;
    if (adjective) ADJECTIVE.set(code, adjective);
    for (const d of new Set([dem?.m, dem?.f, ...(EXTRA_DEMONYMS[code] ?? [])])) {
      if (d && !EXTRA_DEMONYMS[code]?.includes(d) && Object.values(EXTRA_DEMONYMS).some((list) => list.includes(d))) continue;
      if (d) add(COUNTRY_BY_DEMONYM, d, code, ambiguousDemonyms);
    }
    for (const cap of [...(c.capital ?? []), ...(EXTRA_CAPITALS[code] ?? [])]) {
      if (!AMBIGUOUS_CAPITALS.has(cap) && !COUNTRY_BY_NAME.has(cap)) COUNTRY_BY_CAPITAL.set(cap, code);
    }
  }
  for (const h of HISTORICAL) {
    COUNTRY_INFO.set(h.code, { code: h.code, name: h.name });
    for (const n of h.names) if (!COUNTRY_BY_NAME.has(n)) COUNTRY_BY_NAME.set(n, h.code);
    for (const d of EXTRA_DEMONYMS[h.code] ?? []) add(COUNTRY_BY_DEMONYM, d, h.code, ambiguousDemonyms);
    if (EXTRA_DEMONYMS[h.code]) ADJECTIVE.set(h.code, EXTRA_DEMONYMS[h.code][0]);
  }
  // Typographic apostrophes: "People’s Republic of China" is the same name as "People's Republic of China".
  for (const [n, code] of [...COUNTRY_BY_NAME]) if (n.includes("'") && !COUNTRY_BY_NAME.has(n.replace(/'/g, '’'))) COUNTRY_BY_NAME.set(n.replace(/'/g, '’'), code);
  for (const d of ambiguousDemonyms) COUNTRY_BY_DEMONYM.delete(d);
  // Plural demonyms ("Syrians") refer to the people, still a mention of the country.
  for (const [d, code] of [...COUNTRY_BY_DEMONYM]) {
    if (!d.endsWith('s') && !d.endsWith('ese') && !COUNTRY_BY_DEMONYM.has(d + 's')) COUNTRY_BY_DEMONYM.set(d + 's', code);
  }
  for (const d of ['Georgian', 'Georgians']) COUNTRY_BY_DEMONYM.delete(d); // US state vs country
  COUNTRY_BY_NAME.delete('Georgia');
  COUNTRY_BY_NAME.delete('Jordan'); // also a first name; kept only in country context below
  COUNTRY_BY_NAME.delete('Chad');
})();

/** The US states but Georgia itself and the names of cities and newspapers too ("Washington", "New York"), as alternatives. */
const OTHER_US_STATES = [...US_STATE_NAMES].filter((s) => !['Georgia', 'Washington', 'New York'].includes(s)).sort((a, b) => b.length - a.length).join('|');

/**
 * Words that name a country in an article about it, and someone or somewhere else in others: what in the article
 * tells the country ("Tbilisi", "Georgian") and what tells the other reading ("Atlanta", "Gov."). A full name with the
 * word ("Michael Jordan", "Chad Pergram") always tells a person.
 */
export const WEAK_COUNTRY_CONTEXT: ReadonlyMap<string, { country: RegExp; other?: RegExp; countryNear?: RegExp; otherNear?: RegExp; townBefore?: boolean; otherPlace?: { name: string; countryCode: string } }> = new Map([
  ['Georgia', {
    // The other reading is the US state: a Place of its own.
    otherPlace: { name: 'Georgia', countryCode: 'US' },
    townBefore: true,
    // In the mention's own sentence these decide before the article does: an article on the US election can mention
    // Moscow, and one on Russia the US primaries.
    countryNear: /\b(?:Tbilisi|Georgian|Abkhazia|Ossetia|Caucasus|Soviet|Russia|Russian|Ukraine|Armenia|Azerbaijan|Montenegro|NATO|Nato|countries|invaded|invasion)\b/,
    // The state's cues: its politics and towns; a member of Congress or a party's member "from"/"of" it; an Army post
    // ("Fort Benning"); another US state beside it ("in Florida and in Georgia"); and (`townBefore`) a town's name and a
    // comma before it ("Marietta, Georgia"; not a country's: "Ukraine, Georgia").
    // An abbreviation ends in its period ("Gov. Kemp"), so no word boundary follows it.
    otherNear: new RegExp(
      `\\b(?:primary|primaries|special election|runoff|electoral|the state|[Gg]overnor|[Cc]ounty|Atlanta|Savannah|Augusta|Georgia (?:Republican|Democrat)s?|Senate race|House race|Senator|Congressman|Congresswoman|(?:[Cc]ongress(?:wo)?man|senator|lawmaker|Democrat|Republican)s? (?:from|of) Georgia|Fort [A-Z][a-z]+|${OTHER_US_STATES})\\b|\\b(?:Gov|Sen|Rep|[RD]-Ga|Ga)\\.`,
      '',
    ),
    country: /\b(?:Tbilisi|Georgian|Georgians|Abkhazia|Ossetia|Saakashvili|Ivanishvili|Caucasus|Soviet|Kremlin|Moscow)\b/,
    other: /\b(?:Atlanta|Savannah|Augusta|Macon|[Gg]overnor|[Cc]ounty|state of Georgia|Georgia's \d|Peach State|Georgia Republican|Georgia Democrat|Senate race|Kemp|Ossoff|Warnock|Loeffler|Perdue|Raffensperger)\b|\b(?:[RD]-Ga|Ga)\./, // not "Gov.": the article may name any state's governor
  }],
  ['Jordan', { country: /\b(?:Amman|Jordanian|Jordanians|Hashemite|King Abdullah|Queen Rania|Syria|Syrian|Iraq|Israel|Palestinian|West Bank|Saudi|Lebanon|Middle East|Egypt|refugees?)\b/ }],
  ['Chad', { country: /\b(?:N[’']Djamena|Chadian|Chadians|D[ée]by|Sahel|Boko Haram|Niger|Nigeria|Cameroon|Sudan|Mali|Libya|Central African|Africa|African)\b/ }],
]);

/** Names that are countries only when not followed by another capitalised name ("Jordan" vs "Michael Jordan"). */
/** Words of a regime or an era before a country's name: "Nazi Germany", "Soviet Russia", "Imperial Japan" are the country. */
export const REGIME_ADJECTIVES: ReadonlySet<string> = new Set(['Nazi', 'Soviet', 'Communist', 'Imperial', 'Fascist', 'Vichy', 'Weimar', 'Tsarist', 'Czarist', 'Maoist', 'Colonial', 'Occupied', 'Postwar', 'Prewar', 'Wartime', 'Revolutionary', 'Apartheid']);

export const WEAK_COUNTRY_NAMES: ReadonlyMap<string, string> = new Map([
  ['Jordan', 'JO'],
  ['Chad', 'TD'],
  ['Georgia', 'GE'],
]);

export function countryName(code: string): string {
  return COUNTRY_INFO.get(code)?.name ?? isoCountries.getName(code, 'en') ?? code;
}

/** "Russian" for RU; the country's name when no demonym is known. */
export function countryAdjective(code: string): string {
  return ADJECTIVE.get(code) ?? countryName(code);
}

/**
 * Nouns of kinds of things English names by a people's adjective — breeds, dishes, games, a pandemic — read after the
 * adjective ("Portuguese water dog", "German shepherds", "French fries", "Russian roulette", "the Spanish flu"): the
 * adjective names a kind, no mention of the country (country-in-names.ts).
 */
export const DEMONYM_KIND_NOUNS: ReadonlySet<string> = new Set([
  'water dog', 'water dogs', 'shepherd', 'shepherds', 'bulldog', 'bulldogs', 'setter', 'setters', 'wolfhound', 'wolfhounds', 'mastiff', 'mastiffs', 'poodle', 'poodles',
  'fries', 'toast', 'delight', 'roulette', 'checkers', 'whispers', 'standoff', 'flu',
]);
