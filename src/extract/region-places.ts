// Regions and named areas the tagger typed as bodies or people: world regions ("the Caucasus", "Eastern Europe",
// "Latin America"), a country's part named by a compass word ("Eastern Ukraine", "Northern Sinai"), and a name the
// text follows with a place's noun in lower case ("the Caucasus region", "Aleppo's Bustan Al-Qasr neighborhood", "Ben
// Gurion airport"). Read after tagging (retype.ts), so the tagger's training mentions stay as they were. Rules are data
// (REGION_PLACE_RULES, PLACE_NOUN_AFTER): each names its class, examples and why.
import type { Mention } from './mentions.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, WEAK_COUNTRY_NAMES } from './lexicon/countries.js';
import { PEOPLES_AND_FAITHS } from './lexicon/peoples.js';
import { PLACE_FIRST_WORDS, PLACE_LAST_WORDS, WORLD_REGIONS } from './lexicon/places.js';
import { isBodyWord } from './unlikely-bodies.js';
import { SAYING_AFTER } from './holder-splits.js';
import { KNOWN_ORGANIZATIONS } from './lexicon/organizations.js';
import { FIRST_NAMES } from './lexicon/names.js';

const KNOWN_BODY_NAMES: ReadonlySet<string> = new Set(KNOWN_ORGANIZATIONS.flat());
/** Last words of bodies that keep stations of their own: "Border Patrol", "Coast Guard", "London Underground". */
const STATION_BODY_LAST = /(?:^|\s)(?:Patrol|Guard|Police|Underground|Service|Department|Agency|Authority|Command|Corps)$/;
/** A count or a quantifier opening the words: "Fourteen Delhi", "Several Paris". */
const COUNT_FIRST = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Twenty|Dozens|Several|Many|Some|All|Both|Other|Nearby)\b/;
/** One word opening a line, a sentence or a list item: capitalised by its place ("Nearby …", "Nuclear reactors"). */
const OPENING_BEFORE = /(?:^|[\n.!?:;•*-])[ \t]{0,4}$/;
const openingWord = (name: string, before: string) => !name.includes(' ') && OPENING_BEFORE.test(before);

/** Compass words that name a part of a region or of a continent: "North Caucasus", "Southeast Asia", "Sub-Saharan Africa". */
const COMPASS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Northeastern', 'Northwestern', 'Southeastern', 'Southwestern', 'Sub-Saharan', 'Greater']);
/** Compass adjectives that name a part of a country ("Eastern Ukraine", "Northern Syria"); not "North", "South", which
 *  open countries' own names ("North Korea", "South Sudan"). */
const COUNTRY_PART = new Set(['Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Northeastern', 'Northwestern', 'Southeastern', 'Southwestern']);
/** Regions a compass word may qualify but that alone name something else too ("the Atlantic", a magazine; "America", the US). */
const QUALIFIED_ONLY = new Set(['America', 'Atlantic', 'Pacific']);

export interface RegionPlace {
  /** The place's node name. */
  name: string;
  countryCode?: string;
}

export interface RegionPlaceRule {
  id: string;
  /** The region the name is, or undefined. */
  read: (words: readonly string[]) => RegionPlace | undefined;
  examples: readonly string[];
  why: string;
}

const region = (name: string): RegionPlace | undefined => {
  if (!WORLD_REGIONS.has(name)) return undefined;
  const code = WORLD_REGIONS.get(name);
  return code ? { name, countryCode: code } : { name };
};

export const REGION_PLACE_RULES: readonly RegionPlaceRule[] = [
  {
    id: 'world-region',
    read: (words) => (QUALIFIED_ONLY.has(words.join(' ')) ? undefined : region(words.join(' '))),
    examples: ['Wahhabism was introduced to the Caucasus in the 1990s', 'terrorist networks throughout Latin America', 'the finest military on Earth'],
    why: 'a continent, a world region or a land without a state of its own (lexicon/places.ts WORLD_REGIONS) is a place, neither a body nor a person',
  },
  {
    id: 'compass-region',
    read: (words) => {
      if (words.length < 2 || !COMPASS.has(words[0])) return undefined;
      const rest = words.slice(1).join(' ');
      const core = QUALIFIED_ONLY.has(rest) ? { name: rest } : region(rest);
      return core ? { ...core, name: words.join(' ') } : undefined;
    },
    examples: ['fighters from the North Caucasus', 'a Russian threat in Eastern Europe', 'could reach as far as the Western Pacific'],
    why: 'a compass word before a world region names a part of it ("North Caucasus", "Southeast Asia", "Central America"), a place',
  },
  {
    id: 'compass-country-part',
    read: (words) => {
      if (words.length < 2 || !COUNTRY_PART.has(words[0])) return undefined;
      const rest = words.slice(1).join(' ');
      const code = WEAK_COUNTRY_NAMES.has(rest) ? undefined : COUNTRY_BY_NAME.get(rest);
      return code ? { name: words.join(' '), countryCode: code } : undefined;
    },
    examples: ['as it absorbs Eastern Ukraine', 'Kurdish militias in Northern Syria'],
    why: 'a compass adjective before a country\'s name names a part of that country, a place in it, never a body ("North Korea", "South Sudan" are countries of their own and never read here)',
  },
];

/**
 * The region a name is, with the rule's id; undefined for a country's own name ("North Korea", "Central African
 * Republic") and for names of other kinds.
 */
export function regionPlace(name: string): (RegionPlace & { rule: string }) | undefined {
  if (COUNTRY_BY_NAME.has(name)) return undefined;
  const words = name.split(/\s+/);
  for (const r of REGION_PLACE_RULES) {
    const p = r.read(words);
    if (p) return { ...p, rule: r.id };
  }
  return undefined;
}

export interface PlaceNounRule {
  id: string;
  /** The text right after the name (up to 24 characters) starts so. */
  after: RegExp;
  /** Whether the noun is part of the place's name ("Ben Gurion airport" is "Ben Gurion Airport"), read in that mention only. */
  named: boolean;
  /** Names the noun follows as often when they are a body's (a station's broadcaster, a reactor's builder): left as read. */
  unless?: (name: string, before: string) => boolean;
  examples: readonly string[];
  why: string;
}

/**
 * A place's noun in lower case right after a name: the name is that place's. Not "camp", "territory", "border", "town"
 * ("the Trump camp", "Islamic State territory", "a CNN town hall"), which follow bodies and people as often.
 */
export const PLACE_NOUN_AFTER: readonly PlaceNounRule[] = [
  {
    id: 'area-noun-after',
    // Not an office of the area ("Federal district judge", "the Middlesex district attorney"): the noun is no place's there.
    after: /^\s(?:region|province|district|neighbou?rhood|suburb|village|governorate|prefecture|river|valley|mountains)(?!\p{L}|-| (?:[Jj]udges?|[Aa]ttorneys?|[Cc]ourts?)(?!\p{L}))/u,
    named: false,
    examples: ['bombing suspects had spent time in the Caucasus region', 'Abu Jamal from the Jabal Mukaber neighborhood', 'in Afghanistan’s Helmand province', 'to the west of the Euphrates river'],
    why: 'a region\'s, a settlement\'s or a river\'s noun after a name says what the name is: a place, in every untitled mention ("the Caucasus region … the Caucasus")',
  },
  {
    id: 'state-noun-after',
    // Not a nation's or a person's state occasion or press ("a Trump state visit", "Mena state news agency"), nor a
    // state's group ("Farm state Republicans"); a person's surname is left by areaNounNames.
    after: /^\s(?:state|oblast)(?!\p{L}|-| (?:visits?|dinners?|banquets?|funerals?|secrets?|security|media|news|agency|agencies|television|TV|radio|broadcasters?|run|owned|\p{Lu}))/u,
    named: false,
    // Nor a kind of state ("a Mountain West state", "European and Gulf state leaders", "the European state system"): after
    // an indefinite article, a region's or a people's adjective, a compass word.
    unless: (name, before) =>
      /^[\p{Lu}\d&.-]+$/u.test(name) || KNOWN_BODY_NAMES.has(name) || FIRST_NAMES.has(name) || openingWord(name, before) ||
      /\b(?:[Aa]n?|another|any|each|every|one|no)\s+$/.test(before) || /(?:ean|ian|ern|ist)$/.test(name) || COMPASS.has(name.split(' ')[0]) ||
      // the tail of a longer name ("Arab Spring state")
      (before.endsWith(' ') && /^\p{Lu}\p{L}*$/u.test(before.trimEnd().slice(before.trimEnd().lastIndexOf(' ') + 1))) ||
      PLACE_FIRST_WORDS.has(name) || PLACE_LAST_WORDS.has(name) || region(name) !== undefined || PEOPLES_AND_FAITHS.has(name.toLowerCase()),
    examples: ['women from the town of Chibok in the northeastern Borno state', 'since Saturday, Burgenland state police spokesman Wolfgang Koch said', 'the Ukrainian army in the Donetsk oblast'],
    why: 'a state\'s or an oblast\'s noun in lower case after a name makes the name a country\'s part ("Borno state", "Rakhine state", "Burgenland state police"), a place in every untitled mention, not a person',
  },
  {
    id: 'station-noun-after',
    // Not a body's post ("the CIA station chief") nor its office ("a Border Patrol station": the body's words, below).
    after: /^\s(?:(?:metro|subway|underground|tube|train|railway|rail) )?stations?(?!\p{L}|-| (?:chiefs?|heads?|managers?)(?!\p{L}))/u,
    named: false,
    // A broadcaster's station ("the state-run Al-Ikhbariya station", "CBC TV station", "MTR stations": acronyms run lines
    // and channels) is the body's.
    unless: (name, before) =>
      /(?:^|\s)(?:TV|Radio|Television|News)(?:\s|$)/.test(name) || /^[\p{Lu}\d&.-]+$/u.test(name) || /(?:state-run|state-owned|private|public|pro-|local|television|radio)\s*$/.test(before) ||
      // a body's own post ("a Border Patrol station", "London Underground tube stations"), or no name at all: a count or
      // a word opening a clause ("Fourteen Delhi metro stations", "Nearby subway stations")
      STATION_BODY_LAST.test(name) || COUNT_FIRST.test(name) || openingWord(name, before),
    examples: ['The train had left Sennaya Ploshchad station in the centre of the city.', 'Putin visited the Tekhnologicheskii Institut metro station.', 'a suicide blast at the Maelbeek metro station'],
    why: 'a name before a station\'s noun ("Sennaya Ploshchad station", "Maelbeek metro station") is the station\'s, where trains stop: a place in every untitled mention, neither a person nor a body (a broadcaster\'s station is its body\'s, and left)',
  },
  {
    id: 'nuclear-site-noun-after',
    after: /^\s(?:nuclear (?:reactors?|complex|facility|facilities|site|sites|plant|power plant|power station|test site|research cent(?:er|re))|reactors?|(?:uranium )?enrichment (?:site|facility|plant)|(?:nuclear )?test site|launch (?:site|pad)|missile (?:base|site))(?!\p{L}|-)/u,
    named: false,
    // A firm that builds reactors ("a Westinghouse reactor") is named by the lexicon or as an acronym.
    unless: (name, before) => /^[\p{Lu}\d&.-]+$/u.test(name) || KNOWN_BODY_NAMES.has(name) || openingWord(name, before),
    examples: ['the cooling tower of the Yongbyon reactor', 'the North had been upgrading its Yongbyon nuclear complex', 'inspectors may visit the Punggye Ri nuclear test site', 'Inspections of the Parchin nuclear site'],
    why: 'a name before the noun of a reactor, a nuclear site or a launch site ("the Yongbyon reactor", "the Parchin nuclear site") is where the site lies: a place in every untitled mention, neither a body nor a person',
  },
  {
    id: 'airport-noun-after',
    after: /^\s(?:airport|airbase|air base)(?!\p{L}|-)/u,
    named: true,
    examples: ['John Kerry arrives at Ben Gurion airport in Tel Aviv', 'Missiles struck the Ain al-Asad airbase'],
    why: 'a name before "airport" is the airport\'s (airports are places, lexicon unlikely-heads airport-head); only that mention: an airport named after a person leaves the person a person elsewhere',
  },
];

/** The place-noun rule reading the text after a mention, or undefined. */
const placeNounAfter = (body: string, m: Pick<Mention, 'start' | 'end' | 'text'>) =>
  PLACE_NOUN_AFTER.find((r) => r.after.test(body.slice(m.end, m.end + 24)) && !r.unless?.(m.text, body.slice(Math.max(0, m.start - 16), m.start)));

/** Small words that join a place's name ("Bustan al-Qasr", "Charles de Gaulle"). */
const JOINING_WORDS = new Set(['al', 'de', 'of', 'the', 'el']);
/** Capitalised words (and "al-…", "de", "of" joining them) only, none a body's: a name, not a phrase the tagger ran on. */
const placeLikeName = (text: string) =>
  text.split(' ').every((w) => (/^\p{Lu}/u.test(w) || JOINING_WORDS.has(w) || /^(?:al|el)-\p{Lu}/u.test(w)) && !isBodyWord(w));

/**
 * The names the article follows with an area's noun somewhere ("the Caucasus region"): places in every untitled
 * mention. Not a name with a body's word ("U.S. Central Command region"), one the article gives a speaker's cue, nor a
 * titled or addressed one.
 */
export function areaNounNames(body: string, mentions: readonly Mention[]): Set<string> {
  const spoken = new Set(mentions.filter((m) => m.type === 'Person' && SAYING_AFTER.test(body.slice(m.end, m.end + 16))).map((m) => m.text));
  const addressed = new Set(mentions.filter((m) => m.role || m.honorific).map((m) => m.text));
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'Person' && m.type !== 'Unknown' && m.type !== 'Organization') continue;
    if (out.has(m.text) || spoken.has(m.text) || addressed.has(m.text) || !placeLikeName(m.text)) continue;
    // A country's name or a people's ("the Jordan river valley", "the Baloch district of Chagai") is left to their rules.
    if (COUNTRY_BY_NAME.has(m.text) || WEAK_COUNTRY_NAMES.has(m.text) || COUNTRY_BY_DEMONYM.has(m.text) || PEOPLES_AND_FAITHS.has(m.text.toLowerCase())) continue;
    const rule = placeNounAfter(body, m);
    // A state's noun after a surname the article gives a full name of ("the Trump state …") is the person's.
    if (rule?.id === 'state-noun-after' && mentions.some((x) => x.type === 'Person' && x.text.endsWith(` ${m.text}`))) continue;
    if (rule?.named === false) out.add(m.text);
  }
  return out;
}

/**
 * "Ben Gurion airport": the airport's Place over the name and its noun, named with the noun capitalised; undefined when
 * no named-noun rule reads the mention.
 */
export function namedPlaceAfter(body: string, m: Mention): Mention | undefined {
  if ((m.type !== 'Person' && m.type !== 'Unknown' && m.type !== 'Organization') || m.role || m.honorific || !placeLikeName(m.text)) return undefined;
  const rule = placeNounAfter(body, m);
  if (!rule?.named) return undefined;
  const noun = /^\s(\p{L}+(?: base)?)/u.exec(body.slice(m.end, m.end + 24))![1];
  const end = m.end + 1 + noun.length;
  const name = `${m.text} ${noun.split(' ').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ')}`;
  return { start: m.start, end, text: body.slice(m.start, end), type: 'Place', key: name, sentence: m.sentence };
}
