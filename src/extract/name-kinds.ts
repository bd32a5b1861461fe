// Stage 2e, name kinds: names whose kind the words around them tell — a storm, a broadcast programme, the title of a
// work — are no person and no body; a body's head noun standing alone is that body; a country's name misspelt by a
// doubled letter is that country. Input and output: mentions (after retype). Rules are data (NAME_KIND_RULES), each
// with its examples; the pipeline runs them in table order, the first that reads a mention decides it.
// Exists for: "Typhoon Haiyan" (no person), "host of Morning Edition" (no person), "The Room Where It Happened" (no
// person), "the Muslim Brotherhood … Brotherhood leaders" (the body), "the Phillipines" beside "the Philippines".
import type { Mention } from './mentions.js';
import { COUNTRY_BY_NAME } from './lexicon/countries.js';
import { BODY_LAST_WORDS } from './lexicon/organizations.js';
import { FIRST_NAMES, PERSON_INITIALISMS, genderOfGivenName } from './lexicon/names.js';
import { isCommonWord, isPersonNoun } from './lexicon/noun-classes.js';
import { TITLE_ROLE_WORDS } from './lexicon/titles.js';
import { OUTLETS_BY_KIND } from './lexicon/outlets.js';
import { COMPANY_LEGAL_FORMS, KNOWN_ORGANIZATION_FORMS, KNOWN_ORGANIZATIONS, ORG_SUFFIXES, POSSESSIVE_FORM_NAMES } from './lexicon/organizations.js';
import { CRUDE_BENCHMARKS, FUNCTION_WORDS, INDEX_NAMES, INDEX_STEMS, LANGUAGE_ADJECTIVES, PAGE_VERBS, PROGRAMME_NAMES, SLOGANS } from './lexicon/non-bodies.js';
import { hasLowerCaseUse } from './unlikely-people.js';
import { BIG_CITY_NAMES, CITY_FORMS, REGION_NAMES, US_STATE_NAMES } from './lexicon/places.js';
import { COUNTRY_BY_CAPITAL } from './lexicon/countries.js';

/** What a rule makes of a mention: `drop` (no entity), or the mention (or mentions) to keep instead. */
type Reading = 'drop' | Mention | Mention[];

/** What every rule sees of the article, computed once. */
interface ArticleNames {
  body: string;
  mentions: readonly Mention[];
  /** Each storm's own name word ("Haiyan" of "Typhoon Haiyan", "supertyphoon Haiyan"). */
  stormNames: ReadonlySet<string>;
  /** Names one of whose mentions a programme's cue surrounds ("host of Morning Edition"). */
  programmes: ReadonlySet<string>;
  /** Head word → the one body of two or more words the article names that ends in it ("Brotherhood" → "Muslim Brotherhood"). */
  bodyByHead: ReadonlyMap<string, Mention>;
  /** Country names the article writes right, by their spelling with doubled letters made single. */
  countriesBySpelling: ReadonlyMap<string, string>;
  /** Last words of the people the article names in full. */
  surnames: ReadonlySet<string>;
  /** First words of the people the article names in full. */
  givenNames: ReadonlySet<string>;
  /** Bodies' names the article writes without a leading "The" ("Associated Press" beside "The Associated Press"). */
  bodyKeys: ReadonlySet<string>;
  /** One-word titles the article writes with a capital "The" inside a sentence ("interview with The Sun"): "Sun". */
  theTitles: ReadonlySet<string>;
  /** One-word plural names of bodies or of no type yet ("Houthis"): the singular before a noun is their adjective. */
  pluralKeys: ReadonlySet<string>;
  /** Names of things the article writes before a weapon's noun in at least half their mentions ("Tomahawk cruise missiles"). */
  weaponNames: ReadonlySet<string>;
  /** A report of games: a city before a noun is its team ("the Volgograd side", "a Karlsruhe goal"). */
  sports?: boolean;
  /** Names headed by a building's noun that the article calls a building ("Peace House, a South Korean building"). */
  buildingNames: ReadonlySet<string>;
  /** Names the article writes before an oil field's noun or as a firm's plant ("the Khurais oilfield", "Aramco's Abqaiq plant"). */
  fieldNames: ReadonlySet<string>;
  /** Crude benchmarks the article writes before "crude" or "oil" ("Brent crude"): their bare mentions are the crude too. */
  crudeNames: ReadonlySet<string>;
  /** Mentions a listed name's possessive word opens ("College London" after "King's"): mention start → the name's start. */
  possessiveOpenings: ReadonlyMap<number, number>;
  /** Starts of mentions that are only the possessive word of such a name ("King" of "King's College London"). */
  possessiveWords: ReadonlySet<number>;
  /** Mentions cut at a people's plural before its possessive ("Pakistan People" of "Pakistan People's party"): start → the name's end. */
  peoplePossessives: ReadonlyMap<number, number>;
  /** Starts of mentions inside the words such a name runs on to ("Action Network" of "Service Women's Action Network"). */
  peoplePossessiveTails: ReadonlySet<number>;
  /** Such a lone plural's nationality word before it ("Danish" of "Danish People's party"): mention start → the name's start. */
  peoplePossessiveOpenings: ReadonlyMap<number, number>;
}

export interface NameKindRule {
  id: string;
  read: (m: Mention, a: ArticleNames) => Reading | null;
  examples: readonly string[];
  why: string;
}

// Named fragments; each linear (alternations of fixed words, no nested repetition).
/** Words of a storm that open its name: "Hurricane Katrina", "Super Typhoon Haiyan", "Tropical Storm Lee". */
// A lower-case "storm" is no name's word ("after the storm Obama visited"): only "Storm Ciara", "Tropical Storm Lee".
const STORM_WORD = '(?:[Ss]uper ?[Tt]yphoon|[Ss]upertyphoon|[Tt]yphoon|[Hh]urricane|[Cc]yclone|[Tt]ropical [Ss]torm|[Ss]uperstorm|Storm)';
const STORM_OPENING = new RegExp(`^${STORM_WORD} `);
const STORM_BEFORE = new RegExp(`\\b${STORM_WORD} $`);
/** A storm's name after its word anywhere in the body ("supertyphoon Haiyan"), for its bare mentions ("Haiyan"). */
const STORM_NAMED = new RegExp(`${STORM_WORD} (\\p{Lu}\\p{Ll}+)`, 'gu');

/** Broadcasters whose programmes the news names after their possessive: "on NPR's Morning Edition". */
const BROADCASTER = "(?:NPR|CNN|CBS|NBC|ABC|PBS|BBC|MSNBC|CNBC|Fox|Fox News|Fox Business|C-SPAN|HBO|Sky News)";
/**
 * Right before a programme's name: "host of", "on NPR's", a network's possessive and a quote mark ("told CNN's “The
 * Situation Room”"), a quote mark after "on" ("said on “Meet the Press”"). Not "told CNN's" alone (a reporter, often).
 */
// (A quoted title's first words the tagger left out of the name stand between the quote mark and it: "told Fox News'
// “Sunday Morning Futures”"; a possessive of a name ending in "s" may drop its "s".)
const PROGRAMME_BEFORE = new RegExp(`(?:\\b(?:host|hosts|anchor|co-host) of $|\\bon ${BROADCASTER}['’]s ["“]?$|\\b(?:told|tells|to|on) ${BROADCASTER}['’]s? ["“](?:\\p{Lu}\\p{L}* ){0,2}$|\\bon ["“]$)`, 'u');
/** Right after a newsletter's name: its noun ("POLITICO's Morning Defense tip sheet", "Morning Defense newsletter"). */
const NEWSLETTER_AFTER = /^ (?:newsletter|tip sheet|morning newsletter|daily briefing|podcast)\b/;
/** Right before a newsletter's name: the call to subscribe ("Sign up for Morning Defense, a daily briefing"). */
const NEWSLETTER_BEFORE = /\b(?:[Ss]ign up for|[Ss]ubscribe to) $/;
/** "in" and a day's possessive before a name that ends the phrase: a dated issue ("reported in Tuesday's Morning Defense,"). */
const ISSUE_BEFORE = /\bin (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s $/;
const PHRASE_ENDS = /^[,.;:)]/;
/** A quotation mark after "told" ("told “Fox News Sunday”"), and the one closing the name right after it: the whole
 *  quotation is the name, a programme's (not a quotation of speech opening with a name; not "translates to “…”"). */
const QUOTED_AFTER_TOLD = /\b(?:told|tells) ["“]$/;
const QUOTE_CLOSES = /^[,.]?["”]/;
/** "told CNN's The Situation Room": a network's possessive before a name opened by "The" (no person's name is). */
const NETWORK_POSSESSIVE_BEFORE = new RegExp(`\\b${BROADCASTER}['’]s $`);
/** Right after a programme's name: its host or anchor named next ("Morning Edition host Steve Inskeep"). */
// (The noun only: "Barack Obama hosts Benjamin Netanyahu" is a verb.)
const PROGRAMME_AFTER = /^ (?:host|anchor|co-host|co-anchor)\s+\p{Lu}/u;
/** Head nouns of a programme's or an issue's name ("Morning Edition", "The Daily Show", "Happy Hour"). */
const PROGRAMME_HEADS: ReadonlySet<string> = new Set(['Edition', 'Show']);

/** Right before a work's title in quote marks: a noun of a work or "titled" ("his memoir, “The Room Where It Happened.”"). */
const WORK_BEFORE = /\b(?:titled|entitled|book|books|memoir|memoirs|novel|film|movie|documentary|essay|op-ed|album|song|play|report|study|article|column|bestseller)[,:]?\s*["“]$/;

/** Words that a body's head may be but that name any body alone ("Party", "Council") or another one ("House", "State"). */
const GENERIC_HEADS: ReadonlySet<string> = new Set(['House', 'State', 'States', 'Street', 'Square', 'Office', 'Center', 'Centre', 'Group', 'News', 'Times', 'Post', 'Force', 'Forces', 'Guard', 'Guards', 'Court', 'Nations', 'Union', 'Army', 'Navy']);
const KNOWN_BODY_NAMES: ReadonlySet<string> = new Set(KNOWN_ORGANIZATIONS.flat());

/** Right before a word that opens a clause: the body's start, a line break, a sentence's end or an opening quote mark. */
const CLAUSE_OPENING_BEFORE = /(?:^|[\n.!?:;]|["“‘])[ \t]*$/;

/** A weapon's noun right after a name, with the kind of weapon: "Tomahawk cruise missiles", "Hellfire missile". Linear. */
// Up to two of a weapon's kind words: closed adjectives, or a hyphenated compound ("intermediate-range",
// "nuclear-powered", "surface-to-air"); never a verb or a number ("Hamas firing 75 rockets").
const WEAPON_KIND = '(?:cruise|ballistic|nuclear|intercontinental|hypersonic|guided|interceptor|mobile|tactical|strategic|air-defen[cs]e|[a-z]+(?:-[a-z]+){1,3})';
// (Not "bomb": a body, a place or a maker before it is whose the bomb is, "an AQAP bomb plot", "the Chelsea bomb".)
const WEAPON_AFTER = new RegExp(`^\\)? (?:${WEAPON_KIND} ){0,2}(?:missiles?|rockets?|interceptors?|warheads?|launchers?|drones?|torpedoe?s?)\\b`);
/** Right before a name: a weapon's noun and a naming verb ("a mobile missile known as the Musudan", "a bomb nicknamed …"). */
const WEAPON_NAMED_BEFORE = /\b(?:missiles?|rockets?|bombs?|warheads?|torpedoe?s?) (?:known as|dubbed|nicknamed|called) (?:the |a |an )?["“]?$/u;
/** The capitalised noun of a weapon heading its own name: "Massive Ordnance Air Blast Bomb", "Hwasong Missile". */
// (Singular: a team is named by its players in the plural, "Houston Rockets".)
const WEAPON_HEADS: ReadonlySet<string> = new Set(['Bomb', 'Missile', 'Rocket', 'Warhead', 'Torpedo']);
/** An acronym in brackets right after a name: "Massive Ordnance Air Blast Bomb (MOAB)". */
const ACRONYM_AFTER = /^ \((\p{Lu}[\p{Lu}\d-]{1,7})\)/u;
/** An oil or gas field's noun right after a name, or an oil plant's: "the Khurais oilfield", "Abqaiq processing facility". */
const FIELD_AFTER = /^ (?:(?:oil|gas|oil and gas) (?:field|fields|installation|facility|facilities|processing)|oilfields?|gasfields?|(?:oil )?processing (?:plant|facility|facilities|complex))\b/;
/** A firm's possessive before a name and the noun of a plant after it: "Aramco's Abqaiq plant" is the plant at Abqaiq. */
const OWNER_BEFORE = /\p{L}['’]s $/u;
const PLANT_AFTER = /^ (?:plant|facility|refinery|terminal)\b/;
/** After a name, the nouns of a group's members or a clause's verb of speech: "Houthi rebels", "DJI said" (a body). */
const MEMBERS_AFTER = /^ (?:rebels?|fighters?|militants?|militias?|forces|movement|leaders?|leadership|officials?|spokes(?:man|woman|person)|said|says)\b/;
/** After an index's stem: its number or the word "index" ("the S&P 500", "the Hang Seng index"). Linear. */
const INDEX_AFTER = /^ (?:\d{2,4}(?![\d,.]\d)|[Ii]ndex|[Ii]ndices|[Aa]verage|[Cc]omposite|futures)\b/;
/** After a crude benchmark: "Brent crude", "WTI oil", "Brent futures". */
const CRUDE_AFTER = /^ (?:crude|oil|futures|prices?)\b/;
/** After a language's adjective: its noun or a compound of speech ("-language", " language", "-speaking", " speakers"). */
const LANGUAGE_AFTER = /^[- ](?:language|speaking|speakers?|translations?|versions?|subtitles?|words?|names?|dubbed|accents?)\b/;
/** Before a language: a verb of speaking it or "in"/"into"/"from" ("speaks Greek", "shouting in Turkish", "translated into English"). */
const LANGUAGE_BEFORE = /(?:\b(?:speaks?|speaking|spoke|spoken|learn(?:s|ing|ed|t)?|teach(?:es|ing)?|taught|fluent(?: in)?|translated(?: into| from)?)|\b(?:in|into|from)) $/;
/** After "in English": the clause goes on or ends — no noun the language's adjective qualifies ("in French politics"). */
// (Or a verb: "his comments in Chinese were not translated", "in English and can follow it"; "about" opens the topic:
// "a news release in English about the visits".)
const LANGUAGE_CLAUSE_AFTER = /^(?:[,.;:)!?"”]|$| [—–-] | (?:but|with|to|on|at|for|by|as|than|that|because|while|so|fluently|well|natively|poorly|like|in|during|when|about|is|was|are|were|consists|means|(?:and|or) (?:can|could|may|might|must|should|will|would|then))\b)/;
/** "and"/"or" and the next word after a language: "in French and Arabic", "in Turkish and Kurdish media". */
const LANGUAGE_AND_NEXT = /^ (?:and|or) (\p{Lu}\p{Ll}+)/u;
/** The language's name is the tongue's: a noun of speech after it, or a verb of speaking or "in" before it and no noun after. */
function namesTongue(body: string, m: Mention): boolean {
  const after = body.slice(m.end, m.end + 16);
  if (LANGUAGE_AFTER.test(after)) return true;
  const before = body.slice(Math.max(0, m.start - 20), m.start);
  if (!LANGUAGE_BEFORE.test(before)) return false;
  // "speaks Greek with …", "in English." — but "in French politics", "learned Chinese hackers had …" qualify a noun;
  // after "and" the next language decides ("fluent in French and Arabic, …"; not "from Chinese and Israeli rivals").
  const next = LANGUAGE_AND_NEXT.exec(body.slice(m.end, m.end + 40));
  if (next) return LANGUAGE_ADJECTIVES.has(next[1]) && LANGUAGE_CLAUSE_AFTER.test(body.slice(m.end + next[0].length, m.end + next[0].length + 16));
  return LANGUAGE_CLAUSE_AFTER.test(after);
}

/** A possessive right after a mention ("Moody's", "McDonald’s"), the name's own. */
const POSSESSIVE_AFTER = /^['’]s(?!\p{L})/u;
/** A capitalised word and its possessive right before a mention ("King's " of "King's College London"). Linear. */
const POSSESSIVE_WORD_BEFORE = /(?:^|[^\p{L}.])((?:St\.? )?\p{Lu}\p{Ll}+)['’]s $/u;
/** A name's form with a plain apostrophe: "McDonald’s" and "McDonald's" are one name. */
const plainApostrophe = (s: string) => s.replace(/’/g, "'");

/** A name that is a body by its own words or the lexicon: "CIA", "Hamas", "Tyson Foods" (a weapon or field is named after none). */
const namedAsBody = (m: Mention) => KNOWN_BODY_NAMES.has(m.text) || KNOWN_BODY_NAMES.has(m.key) || m.orgCue === 'name' || m.orgCue === 'team' || ORG_SUFFIXES.has(m.text.slice(m.text.lastIndexOf(' ') + 1));

/** Bodies one common word names, that stand alone as one party of "X and Y" ("the House and Senate"). */
const CHAMBER_WORDS: ReadonlySet<string> = new Set(['House', 'Senate', 'Congress', 'Commons', 'Lords', 'Parliament', 'Treasury', 'Kremlin', 'Pentagon', 'Vatican', 'Knesset', 'Duma', 'Bundestag']);
/**
 * One party of "X and Y" read as a name of its own: a country, a known body, an acronym, a chamber, a name ending in a
 * body's head ("State Department", "Obama administration"), or a person named in full; its mention, or undefined.
 */
function partyOfPair(m: Mention, start: number, text: string): Mention | undefined {
  const at = { start, end: start + text.length, sentence: m.sentence };
  const bare = text.replace(/^The /, '');
  const country = COUNTRY_BY_NAME.get(bare);
  if (country) return { ...at, text, type: 'Country', key: country, via: 'name' };
  const words = bare.split(' ');
  const last = words[words.length - 1];
  const body = KNOWN_ORGANIZATION_FORMS.get(bare) ?? (/^\p{Lu}[\p{Lu}&.]{1,6}$/u.test(bare) || (words.length === 1 && CHAMBER_WORDS.has(bare)) ? bare : undefined);
  if (body) return { ...at, text, type: 'Organization', key: body, orgCue: 'name' };
  if (words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w) || w === 'of' || w === 'the') && BODY_LAST_WORDS.has(last)) return { ...at, text, type: 'Organization', key: bare, orgCue: 'name' };
  if (words.length === 2 && /^\p{Ll}+$/u.test(words[1]) && (words[1] === 'administration' || words[1] === 'government')) return { ...at, text, type: 'Organization', key: bare, orgCue: 'name' };
  if (words.length >= 2 && words.length <= 3 && FIRST_NAMES.has(words[0]) && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && !ORG_SUFFIXES.has(last) && !BODY_LAST_WORDS.has(last)) return { ...at, text, type: 'Unknown', key: text };
  return undefined;
}

/** A plural head right after a name, in either case ("committees", "Committees"): the bodies the name lists share it. */
// (And a leader's government in the plural: "the Bush and Obama administrations" are the Bush administration and the
// Obama administration, written in lower case as the article's "Obama administration" is.)
const PLURAL_HEAD_AFTER = /^ ((?:[Cc]ommittees|[Ss]ubcommittees|[Dd]epartments|[Mm]inistries|[Aa]gencies|[Cc]ouncils|[Cc]ommissions|[Aa]dministrations|[Gg]overnments))\b/;
/** Each plural head's singular. */
const PLURAL_HEADS: ReadonlyMap<string, string> = new Map([['committees', 'Committee'], ['subcommittees', 'Subcommittee'], ['departments', 'Department'], ['ministries', 'Ministry'], ['agencies', 'Agency'], ['councils', 'Council'], ['commissions', 'Commission'], ['administrations', 'administration'], ['governments', 'government']]);
/** Two chambers and a field before a capitalised plural head, or a party's members: "House and Senate Intelligence Committees". */
const CHAMBER_PAIRS = ['House and Senate ', 'Senate and House '];
const CAPITALISED_PLURAL_HEADS: ReadonlySet<string> = new Set(['Committees', 'Subcommittees', 'Republicans', 'Democrats']);
/** The capitalised plural head closing two chambers' shared name (its last word, at most four words after the pair), or undefined. */
function chambersSharedHead(text: string): string | undefined {
  if (!CHAMBER_PAIRS.some((p) => text.startsWith(p))) return undefined;
  const words = text.split(' ').slice(3);
  const last = words[words.length - 1];
  return words.length <= 4 && CAPITALISED_PLURAL_HEADS.has(last) && words.every((w) => /^\p{Lu}/u.test(w)) ? last : undefined;
}
/** Chambers opening a committee's name, which a second committee of the same list shares. */
const CHAMBER_OPENINGS = ['House', 'Senate'];
/** Between the names of a list: a comma, a comma or a space and "and"/"or". Linear: fixed alternatives. */
const LIST_SEPARATOR = /,? (?:and|or) |, /g;
/** Words that stand alone for one body in a list: the services and the papers by their last word ("Navy", "the Times"). */
const LIST_BODY_WORDS: ReadonlySet<string> = new Set(['Army', 'Navy', 'Marines', 'Pentagon', 'Times', 'Post', 'Journal']);
/**
 * One name of a comma list read as a body: a party of a pair (partyOfPair), or one word that stands alone for a body in
 * a list ("Navy", "Marines", "Times"; not "Union" of "Union Minister"); its mention, or undefined.
 */
function partyOfList(m: Mention, start: number, text: string): Mention | undefined {
  const party = partyOfPair(m, start, text);
  if (party || !LIST_BODY_WORDS.has(text)) return party;
  return { start, end: start + text.length, sentence: m.sentence, text, type: 'Organization', key: KNOWN_ORGANIZATION_FORMS.get(text) ?? text, orgCue: 'name' };
}

/** "River Thames": the noun of a river before one name word (not "River City Volunteer Fire Department"). */
const RIVER_FIRST = /^River \p{Lu}\p{Ll}+$/u;

/** A word with every run of one letter written once: "Phillipines" and "Philippines" are both "philipines". */
const singleLetters = (w: string) => w.toLowerCase().replace(/(\p{L})\1+/gu, '$1');

/**
 * The first word is a given name the datasets list (a person may be named so: "Cameron", "Jordan"). Not the gender
 * guesser's wider net, which gives a gender to "Morning" and "Real".
 */
const opensWithGivenName = (text: string) => FIRST_NAMES.has(text.split(/\s+/)[0]);
const isNameType = (m: Mention) => m.type === 'Person' || m.type === 'Unknown' || m.type === 'Organization';
const untitled = (m: Mention) => !m.role && !m.honorific;

/** An em or en dash inside a mention, with the spaces around it: "Green Party—are", "Justice Department —". */
const DASH_IN_NAME = / ?[—–]/;
/** A time zone opening a mention ("ET the Boston Police"), with the article after it. */
const CLOCK_ZONE_OPENING = /^(?:ET|E\.T\.|EST|EDT|PT|PST|PDT|CT|CST|CDT|MT|MST|MDT|GMT|BST|UTC|CET|CEST|EET|EEST|MSK|KST|JST|HKT|SGT|AEST|AEDT|IST|PKT)(?: the | |$)/;
/** A clock time right before a mention: "2:34 p.m. ", "11 a.m. ", "14:00 ". */
const CLOCK_BEFORE = /(?:\b[ap]\.m\.|\b[AP]M|\d:\d\d) $/;

/** Right before a craft's model name: a maker's name (or an article) and the model's number ("Boeing 737 Max", "a 737 MAX 8"). */
// (Not a year: "FOR 1997 FED CUP".)
const MODEL_NUMBER_BEFORE = /\p{Lu}[\p{L}.]{0,15} (?:\d{3}|(?!19|20)\d{4})(?:-\d{1,3})? $/u;
/** With no maker named, an article and the number; then the model's variant or a craft's noun must follow ("its 737 MAX 8
 *  jets"): "the 161 Senate-confirmed posts" counts a body's. */
const MODEL_ARTICLE_BEFORE = /\b(?:[Aa]n?|[Tt]he|its|their|his|her|our) \d{3}(?:-\d{1,3})? $/u;
const CRAFT_AFTER = /^ (?:\d{1,3}s?\b|(?:planes?|jets?|aircraft|airliners?|helicopters?)\b)/;
/** A model's name: one word, and the variant's number ("Max", "MAX 8", "Max 8s"). */
const MODEL_NAME = /^\p{Lu}\p{L}*(?: \d{1,3}s?)?$/u;
/** A flight's number right after "flight": "flight PS752", "Flight MH17". */
const FLIGHT_BEFORE = /\b[Ff]light $/;
const FLIGHT_NUMBER = /^\p{Lu}{1,3}\d{1,4}$/u;

/** Before a place used as a noun's modifier: a determiner or a possessive ("a Paris newspaper", "the FBI's Boston bureau"). */
const MODIFIER_DETERMINER_BEFORE = /(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)|\p{L}['’]s?) $/u;
/** After it: the lower-case noun it modifies (not a verb of speech: "the Texas said" is no place's). */
const MODIFIED_NOUN_AFTER = /^ (?!(?:said|says|told|tells|reported|announced|added|and|or|but|nor|of|in|on|at|to|for|with|from|by|as|is|was|are|were|has|had|have|will|would|could|can|may|might|should|must|did|does|do|that|which|who|where|when|after|before|since|until|than)\b)\p{Ll}/u;
/** A place's authorities or people after its name: "Texas officials", "St Petersburg authorities". */
const PLACE_PEOPLE_AFTER = /^ (?:authorities|officials|police|residents|voters|lawmakers|prosecutors|legislators)\b/;
/** A city or a state of the gazetteer: a name of several words or a big city, a region, a US state (not a capital,
 *  which stands for its state as often: "the Beijing leadership"). */
const gazetteerPlace = (name: string) =>
  !COUNTRY_BY_CAPITAL.has(name) && (CITY_FORMS.has(name) || REGION_NAMES.has(name) || US_STATE_NAMES.has(name));

/** Heads of a building's name that a body sitting there may bear too ("Peace House", "Carnegie Hall", "Élysée Palace"). */
const BUILDING_HEADS: ReadonlySet<string> = new Set(['House', 'Hall', 'Palace', 'Building', 'Pavilion']);
/** Right after such a name, the text calls it a building: "the Peace House building", "Peace House, a South Korean building". */
const BUILDING_AFTER = /^ building\b/;
const APPOSITIVE_OPENING = /^, an? /;
/** "…, a South Korean building": an indefinite appositive whose noun, within four words, is "building". */
const calledBuilding = (after: string) => BUILDING_AFTER.test(after) || (APPOSITIVE_OPENING.test(after) && after.slice(after.indexOf(' ', 2) + 1).split(' ', 4).some((w) => /^building\b/.test(w)));
/** Right before it, its storeys: "the three-story Peace House". */
const STOREYS_BEFORE = /\b[\p{L}\d]{1,12}-stor(?:e)?y $/u;

/** A country's short form in capitals ("US", "U.S.", "UK", "UAE"), which the lexicon of countries knows. */
const COUNTRY_INITIALS = /^(?:\p{Lu}\.?){2,4}$/u;
/** No lower-case letter: a shouted headline's words ("US JETS DESTROY …"), where "US" may be the pronoun. */
const NO_LOWER_CASE = /^[^\p{Ll}]*$/u;
/** Where a shouted country's short form stands as the subject, not as "us": a line's start, after a colon, a dash or "THE". */
const SHOUTED_SUBJECT_BEFORE = /(?:^|\n|[:—–-] ?|THE |^\s+)$/;

/** Heads of places and buildings among the bodies' last words ("Square", "Tower"). */
const PLACE_HEADS_OF_BODY_WORDS: ReadonlySet<string> = new Set(['Square', 'Street', 'Avenue', 'Park', 'Bridge', 'Airport', 'Station', 'Hall', 'Building', 'Tower', 'Plaza', 'Mall', 'Wing']);
/** A plural noun of people that a body's name puts in the possessive ("People's Party", "Workers' Party", "Women's Rights"). */
const PEOPLE_PLURAL_LAST = /(?:^| )(?:People|Peoples|Workers|Women|Veterans|Farmers|Students|Children|Patriots|Martyrs)$/;
/** A people's plural and its possessive right before a name, no capitalised word before it but a nationality's ("People’s "). */
const PEOPLE_POSSESSIVE_BEFORE = /(?:^|[^\p{L}.'’-])(People|Peoples|Workers|Women|Veterans|Farmers|Students|Children|Patriots|Martyrs)['’]s? $/u;
/** After it, the possessive and the rest of the name: capitalised words, or a body's head in lower case ("People's party"). */
const POSSESSIVE_REST_AFTER = /^(['’]s?) (party|congress|army|\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})(?![\p{L}-])/u;
/** Heads that end such a name as a body's: the lexicon's bodies' last words and a few of advocacy ("Rights", "Campaign"). */
// (Not a place's or a building's head: "Martyrs' Square".)
const POSSESSIVE_REST_HEADS: ReadonlySet<string> = new Set([...[...BODY_LAST_WORDS].filter((w) => !PLACE_HEADS_OF_BODY_WORDS.has(w)), ...ORG_SUFFIXES, 'Rights', 'Campaign', 'Chorus', 'Daily', 'Republic', 'Mujahedin', 'Mujahideen', 'party', 'congress', 'army']);

/** A person's name, "of" and a body's or a country's ("Savannah Guthrie of NBC News", "Hof of the Atlantic Council"). Linear. */
const PERSON_OF_BODY = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}) of (?:the |The )?(\p{Lu}.*)$/u;
/** Right before a lone family name: initials, a form of address or an academic's title ("K.T. ", "Mr. ", "Professor "). */
const FAMILY_NAME_CUE_BEFORE = /(?:^|[\s(“"])((?:\p{Lu}\.){1,3} ?|(?:Mr|Mrs|Ms|Dr|Prof)\.? |(?:Professor|Dr) )$/u;
/** A body's name or a country by its own words: listed, or ending in a body's head ("Lund University", "Fox News"). */
function bodyOrCountryOf(text: string, start: number, m: Mention): Mention | undefined {
  const code = COUNTRY_BY_NAME.get(text);
  if (code) return { ...m, start, end: start + text.length, text, type: 'Country', key: code, via: 'name', role: undefined, honorific: undefined, titleStart: undefined, orgCue: undefined, strong: undefined };
  const last = text.slice(text.lastIndexOf(' ') + 1);
  if (!LISTED_BODY_NAMES.has(text) && !KNOWN_ORGANIZATION_FORMS.has(text) && !BODY_LAST_WORDS.has(last) && !ORG_SUFFIXES.has(last)) return undefined;
  return { ...m, start, end: start + text.length, text, type: 'Organization', key: KNOWN_ORGANIZATION_FORMS.get(text) ?? text, orgCue: 'name', role: undefined, honorific: undefined, titleStart: undefined, strong: undefined };
}

export const NAME_KIND_RULES: readonly NameKindRule[] = [
  {
    id: 'storm',
    read: (m, a) => {
      if (!isNameType(m) || !untitled(m)) return null;
      const before = a.body.slice(Math.max(0, m.start - 20), m.start);
      return STORM_OPENING.test(m.text) || STORM_BEFORE.test(before) || (!m.text.includes(' ') && a.stormNames.has(m.text)) ? 'drop' : null;
    },
    examples: ['in the wake of Typhoon Haiyan with only a cursory warning', 'the chaos caused by supertyphoon Haiyan', 'four days after Super Typhoon Haiyan … Haiyan killed thousands', 'as powerful as Hurricane Katrina'],
    why: 'a storm is named by its word ("Typhoon", "Hurricane") before a given name: a weather event, neither a person nor a body, and its bare name after it is the storm too',
  },
  {
    id: 'programme',
    read: (m, a) => {
      if ((!isNameType(m) && m.type !== 'Place') || !untitled(m) || opensWithGivenName(m.text) || KNOWN_BODY_NAMES.has(m.text)) return null;
      const words = m.text.split(/\s+/);
      const headed = m.type !== 'Place' && words.length > 1 && PROGRAMME_HEADS.has(words[words.length - 1]);
      return headed || a.programmes.has(m.text) ? 'drop' : null;
    },
    examples: ['Speaking with Steve Inskeep, host of Morning Edition, Obama urged', 'Listen to the interview this week on NPR\'s Morning Edition', 'Morning Edition host Steve Inskeep asked', 'she tells Morning Edition that militants', 'Sen. Jeff Flake said Tuesday on CNN\'s "The Situation Room."', 'he told CNN\'s The Situation Room.'],
    why: 'a broadcast programme is named by its host ("host of X", "X host Y"), by its network\'s possessive after "on" ("on NPR\'s X"), by quote marks after "on" or a network\'s possessive, by a network\'s possessive before "The …", or by its head noun ("Edition", "Show"): a programme, neither a person, a body nor a place, in every mention',
  },
  {
    id: 'work-title',
    read: (m, a) => {
      // A person named in a title is that person ("After Fidel: Raul Castro and the Future of Cuba", "Mandela’s Way"): only
      // names with no given name first and no surname of someone the article names in full are the title's words.
      if (!isNameType(m) || !untitled(m) || m.type === 'Organization' || opensWithGivenName(m.text) || a.surnames.has(m.text.replace(/['’]s$/u, ''))) return null;
      // The quotation the name stands in, opened on its line within a few words before it and not closed before it.
      const line = a.body.slice(Math.max(0, m.start - 60), m.start);
      const open = Math.max(line.lastIndexOf('“'), line.lastIndexOf('"'));
      if (open < 0 || /[”\n]/.test(line.slice(open + 1)) || line.slice(open + 1).includes('"')) return null;
      const inside = line.slice(open + 1);
      // A title's words are capitalised (short function words aside): "The Room Where it Happened".
      if (!inside.split(/\s+/).filter(Boolean).every((w) => /^\p{Lu}/u.test(w) || /^(?:a|an|the|of|in|on|at|to|for|and|or|it|is|with|from|by)$/.test(w))) return null;
      return WORK_BEFORE.test(line.slice(0, open + 1)) ? 'drop' : null;
    },
    examples: ['a memoir of his time in the White House titled “The Room Where It Happened.”', 'his new book, "The Room Where it Happened."'],
    why: 'capitalised words inside a quoted title after a noun of a work ("book", "memoir", "film") or "titled" are words of the title, not a person named in the story',
  },
  {
    id: 'body-head-alone',
    read: (m, a) => {
      // (A lone body's name is left as read: "Taliban" beside "the Pakistani Taliban" may be the other one.)
      // (Nor a common word the article writes in lower case too: "Today's attacks" beside "USA Today".)
      if ((m.type !== 'Person' && m.type !== 'Unknown') || m.text.includes(' ') || !untitled(m)) return null;
      // The one body the word heads first (a map lookup), then the checks that scan the body.
      const whole = a.bodyByHead.get(m.text);
      if (!whole || a.surnames.has(m.text) || opensWithGivenName(m.text) || hasLowerCaseUse(a.body, m.text.toLowerCase())) return null;
      // A head opening a clause is capitalised by its place and may be the common word ("“Today is D-Day,” he said"
      // beside USA Today): only a head inside a clause is the body's name.
      if (CLAUSE_OPENING_BEFORE.test(a.body.slice(Math.max(0, m.start - 4), m.start))) return null;
      // Only a body the lexicon knows or whose own words make it one ("Muslim Brotherhood"): a person's name read as a
      // body ("Sherrod Brown", "Dakota Bordeaux") has a surname, no head noun.
      if (!KNOWN_BODY_NAMES.has(whole.key) && whole.orgCue !== 'name') return null;
      return { ...m, type: 'Organization', key: whole.key, orgCue: 'context', strong: undefined };
    },
    examples: ['the Muslim Brotherhood … the reported arrest of key Brotherhood leaders', 'the Muslim Brotherhood appeared determined … The Brotherhood accuses the military'],
    why: 'the head noun of a body\'s name standing alone ("the Brotherhood" after "the Muslim Brotherhood") is that body, as "the Times" is the paper: no surname, unless a person named in full ends in it',
  },
  {
    id: 'country-initials',
    read: (m, a) => {
      if (m.type !== 'Organization' || !untitled(m) || m.orgCue === 'name' || m.orgCue === 'team' || !COUNTRY_INITIALS.test(m.text)) return null;
      const code = COUNTRY_BY_NAME.get(m.text);
      if (!code) return null;
      // In a shouted line "US" is the pronoun as often ("LET US WIN"): only as the line's or a clause's subject.
      const lineStart = a.body.lastIndexOf('\n', m.start) + 1;
      const lineEnd = a.body.indexOf('\n', m.end);
      const around = a.body.slice(Math.max(lineStart, m.start - 20), Math.min(lineEnd < 0 ? a.body.length : lineEnd, m.end + 20));
      if (NO_LOWER_CASE.test(around) && !SHOUTED_SUBJECT_BEFORE.test(a.body.slice(Math.max(0, m.start - 6), m.start))) return null;
      return { ...m, type: 'Country', key: code, via: 'name', orgCue: undefined, strong: undefined };
    },
    examples: ['Initially the US wanted to avoid destroying the infrastructure.', 'Hasn\'t the US already imposed tariffs on China?'],
    why: 'a country\'s short form in capitals ("US", "UK", "UAE") is that country wherever the tagger read it as a body (after an opening adverb, in a question): no body is named so; in a shouted headline only as its subject ("LET US WIN" is the pronoun)',
  },
  {
    id: 'person-initials',
    read: (m) => {
      const name = isNameType(m) && untitled(m) && m.orgCue !== 'name' ? PERSON_INITIALISMS.get(m.text.replace(/['’]s$/u, '')) : undefined;
      if (!name) return null;
      // The person named in full in the article is the one the initials name; else the full name keys them.
      return { ...m, type: 'Person', key: name, orgCue: undefined, strong: true };
    },
    examples: ['the MBS show: Saudi Arabia and the US', 'a return to FDR’s New Deal'],
    why: 'initials the news writes as a person\'s name ("MBS" for Mohammed bin Salman, "FDR", "AOC": lexicon/names.ts PERSON_INITIALISMS) name that person, never a body: the tagger reads capitals as an acronym',
  },
  {
    id: 'river-first',
    read: (m) => (isNameType(m) && untitled(m) && RIVER_FIRST.test(m.text) ? { ...m, type: 'Place', key: m.text, orgCue: undefined, strong: undefined } : null),
    examples: ['a "marauding" terrorist attack on the River Thames', 'the naval base on the River Clyde at Faslane'],
    why: 'British usage puts "River" before a river\'s name ("the River Thames"), as American usage puts it after ("the Potomac River", a place already): a river is a place, never a body',
  },
  {
    id: 'country-spelling',
    read: (m, a) => {
      if (m.type === 'Country' || m.type === 'Place' || m.text.includes(' ') || !untitled(m) || a.surnames.has(m.text) || FIRST_NAMES.has(m.text) || m.text.length < 6) return null;
      const country = a.countriesBySpelling.get(singleLetters(m.text));
      return country && country !== m.text ? { ...m, type: 'Country', key: COUNTRY_BY_NAME.get(country)!, via: 'name', orgCue: undefined, strong: undefined } : null;
    },
    examples: ['typhoon relief in the Philippines … aid to the Phillipines'],
    why: 'a one-word name spelt as a country the article names, but for a letter doubled or not ("Phillipines", "Philipines"), is that country misspelt — not a given name or a surname the article gives someone ("Cameron" beside "Cameroon")',
  },
  {
    id: 'possessive-form-name',
    read: (m, a) => {
      if (a.possessiveWords.has(m.start)) return 'drop';
      const opening = a.possessiveOpenings.get(m.start);
      if (opening !== undefined) {
        const text = a.body.slice(opening, m.end);
        return { ...m, start: opening, text, type: 'Organization', key: plainApostrophe(text).replace(/\s+/g, ' '), orgCue: 'name', strong: undefined, role: undefined, titleStart: undefined };
      }
      // (Nor a given name of someone the article names in full: "Wendy's unique combination" is Wendy Sherman's.)
      if ((!isNameType(m) && m.type !== 'Place') || !untitled(m) || a.surnames.has(m.text) || a.givenNames.has(m.text) || !POSSESSIVE_AFTER.test(a.body.slice(m.end, m.end + 3))) return null;
      const name = `${plainApostrophe(m.text)}'s`;
      if (!POSSESSIVE_FORM_NAMES.has(name)) return null;
      return { ...m, end: m.end + 2, text: a.body.slice(m.start, m.end + 2), type: 'Organization', key: name, orgCue: 'name', strong: undefined };
    },
    examples: ["Moody's cut the country's rating", 'the McDonald’s on the corner', "a professor at King's College London"],
    why: 'some bodies\' own names end in a possessive ("Moody\'s", "McDonald\'s") or open with one ("King\'s College London"): the possessive the tagger cuts off a name is that name\'s, listed, unless the article names a person of that surname or given name ("Bob McDonald\'s plan", "Wendy Sherman … Wendy\'s toughness")',
  },
  {
    id: 'leading-the',
    read: (m, a) => {
      if (m.type !== 'Organization' || !m.key.startsWith('The ')) return null;
      const rest = m.key.slice(4);
      const known = KNOWN_ORGANIZATION_FORMS.get(rest);
      if (known) return { ...m, key: known };
      // A name of one word is often the whole title ("The Hill", "The Nation"): only longer ones lose the article.
      return rest.includes(' ') && a.bodyKeys.has(rest) ? { ...m, key: rest } : null;
    },
    examples: ['As The Associated Press reported … Associated Press reporters saw', 'The Daily Wire reported … the Daily Wire said'],
    why: 'a capitalised "The" before a body\'s name (a sentence start, a house style) is no part of the name when the lexicon knows the name without it or the article writes it so: one body, one node (titles of one word, "The Hill", keep it)',
  },
  {
    id: 'title-with-the',
    read: (m, a) => (m.type === 'Organization' && /^\p{Lu}\p{Ll}+$/u.test(m.key) && !GENERIC_HEADS.has(m.key) && !KNOWN_BODY_NAMES.has(m.key) && a.theTitles.has(m.key) ? { ...m, key: `The ${m.key}` } : null),
    examples: ['his interview with The Sun … his interview with the Sun she'],
    why: 'a one-word title the article writes with a capital "The" inside a sentence ("with The Sun") keeps it as part of the name (as "leading-the" leaves "The Hill"); its mentions after a lower-case "the" are the same paper: one body, one node',
  },
  {
    id: 'singular-beside-plural',
    read: (m, a) => (m.type === 'Organization' && /^\p{Lu}\p{Ll}+$/u.test(m.key) && !KNOWN_BODY_NAMES.has(m.key) && a.pluralKeys.has(`${m.key}s`) ? { ...m, key: `${m.key}s` } : null),
    examples: ['the Houthis seized the capital … Houthi rebels fired'],
    why: 'a movement named by its members in the plural ("the Houthis") is named by the singular too, as their adjective ("Houthi rebels", "a Houthi spokesman"): one body, one node, under the plural the article also writes',
  },
  {
    id: 'person-of-body',
    read: (m, a) => {
      if (m.type !== 'Organization' || KNOWN_BODY_NAMES.has(m.text) || m.text.includes(',')) return null;
      const hit = PERSON_OF_BODY.exec(m.text);
      if (!hit) return null;
      const [, person, rest] = hit;
      const words = person.split(' ');
      // No word of a body, a title or a place's name on the person's side ("Southern District of New York", "Member of Parliament").
      if (words.some((w) => BODY_LAST_WORDS.has(w) || ORG_SUFFIXES.has(w) || GENERIC_HEADS.has(w) || TITLE_ROLE_WORDS.has(w) || COUNTRY_BY_NAME.has(w))) return null;
      const cue = words.length === 1 ? FAMILY_NAME_CUE_BEFORE.exec(a.body.slice(Math.max(0, m.start - 14), m.start)) : null;
      // (A given name the gender guesser knows opens a full name: "Savannah Guthrie", "Kaveh Majlesi".)
      // (A common noun's plural last is a body's word: "Boy Scouts of America", "Daughters of the American Revolution".)
      const lastWord = words[words.length - 1];
      if (/^\p{Lu}\p{Ll}+s$/u.test(lastWord) && isCommonWord(lastWord.slice(0, -1).toLowerCase())) return null;
      const listedPerson = words.length > 1 && isGivenAndFamilyName(person);
      if (!(words.length > 1 ? listedPerson || (genderOfGivenName(words[0]) !== null && !LISTED_BODY_NAMES.has(person) && /^\p{Lu}\p{Ll}+$/u.test(words[words.length - 1])) : cue)) return null;
      const organisation = bodyOrCountryOf(rest, m.start + m.text.length - rest.length, m);
      // (A name the gender guesser alone reads as a person's takes a body after "of", no country: "Boy Scouts of America".)
      if (!organisation || (organisation.type === 'Country' && !listedPerson && !cue)) return null;
      // Initials belong to the name ("K.T. McFarland"); a form of address or a title stays before it.
      const initials = cue && /^\p{Lu}\./u.test(cue[1]) ? cue[1] : '';
      const start = m.start - initials.length;
      const text = a.body.slice(start, m.start + person.length);
      const honorific = cue && !initials && /^(?:Mr|Mrs|Ms)/.test(cue[1]) ? cue[1].trim() : undefined;
      return [{ ...m, start, end: m.start + person.length, text, type: 'Person', key: text, orgCue: undefined, strong: true, honorific }, organisation];
    },
    examples: ['As K.T. McFarland of Fox News pointed out', 'moderator Savannah Guthrie of NBC News asked Kamala Harris', 'says Mr. Hof of the Atlantic Council.', 'says Professor Inbar of Bar-Ilan University.'],
    why: 'a person\'s name, "of" and a body ("Savannah Guthrie of NBC News", after initials, a form of address or a title: "K.T. McFarland of Fox News", "Professor Inbar of Bar-Ilan University") is the person and the body she works for, which the tagger ran into one name; "Southern District of New York", "Member of Parliament" have no person\'s name before "of"',
  },
  {
    id: 'people-possessive',
    read: (m, a) => {
      if (a.peoplePossessiveTails.has(m.start)) return 'drop';
      const end = a.peoplePossessives.get(m.start);
      if (end === undefined) return null;
      const start = a.peoplePossessiveOpenings.get(m.start) ?? m.start;
      const text = a.body.slice(start, end);
      const key = plainApostrophe(text).replace(/ (party|congress|army)$/, (w) => ` ${w.charAt(1).toUpperCase()}${w.slice(2)}`);
      // (The key of the same name read whole elsewhere in the article, so that its acronym keeps to one name: "PLA".)
      const whole = a.mentions.find((o) => o.type === 'Organization' && o.text === text && o.start !== m.start);
      return { ...m, start, end, text, type: 'Organization', key: whole?.key ?? KNOWN_ORGANIZATION_FORMS.get(key) ?? key, orgCue: 'name', strong: undefined };
    },
    examples: ['the Pakistan People’s party, once led by Benazir Bhutto', 'the Service Women\'s Action Network, an advocacy group', 'the Senate Veterans\' Affairs Committee', 'soldiers decked in their People’s Liberation Army uniforms'],
    why: 'a plural noun of people in the possessive inside a body\'s name ("People\'s Party", "Workers\' Party", "Veterans\' Affairs Committee") is a word of that name: the tagger\'s cut at the apostrophe leaves neither "Pakistan People" nor "Action Network", but one body',
  },
  {
    id: 'pair-of-names',
    read: (m) => {
      if (m.type !== 'Organization' || KNOWN_BODY_NAMES.has(m.text)) return null;
      const and = m.text.indexOf(' and ');
      if (and < 0 || m.text.indexOf(' and ', and + 1) >= 0 || m.text.includes(',')) return null;
      const first = partyOfPair(m, m.start, m.text.slice(0, and));
      const second = first && partyOfPair(m, m.start + and + 5, m.text.slice(and + 5));
      // Two people are left as read ("Bush and Obama" may be a firm's partners); one of them a body or a state at least.
      return first && second && (first.type !== 'Unknown' || second.type !== 'Unknown') ? [first, second] : null;
    },
    examples: ['the FTC and Justice Department sued', 'Ford and General Motors said', 'Judson Berger and The Associated Press contributed to this report.'],
    why: 'a body\'s name read over "and" between two names that each stand alone (a country, a known body, an acronym, a name ending in a body\'s head, a person named in full) is the two of them, not one body; a name whose first part is only a field ("Securities and Exchange Commission", "Energy and Commerce Committee") stays one',
  },
  {
    id: 'last-pair-of-list',
    read: (m, a) => {
      if (m.type !== 'Organization' || KNOWN_BODY_NAMES.has(m.text) || m.text.includes(',')) return null;
      const and = m.text.indexOf(' and ');
      if (and <= 0 || m.text.indexOf(' and ', and + 1) >= 0) return null;
      // A body's name and a comma right before it: the name is the last of a list of bodies, its "and" the list's.
      // (Not after a head and its field: "the Bureau of Democracy, Human Rights and Labor" lists the bureau's fields.)
      if (a.body.slice(m.start - 2, m.start) !== ', ' || !a.mentions.some((o) => o.end === m.start - 2 && o.type === 'Organization' && !/ (?:of|for|on) /.test(o.text))) return null;
      const [first, second] = [m.text.slice(0, and), m.text.slice(and + 5)];
      if (![first, second].every((p) => /^\p{Lu}[\p{L}.&'’-]*(?: (?:of|for|the|&|\p{Lu}[\p{L}.&'’-]*))*$/u.test(p))) return null;
      // The first a name of its own, not a field that "and" joins to another ("Customs and Border Protection"): a name
      // the rules read alone, one of several words, or a word that is no common word ("YouTube").
      const one = partyOfPair(m, m.start, first);
      if (!one && !first.includes(' ') && isCommonWord(first.toLowerCase())) return null;
      const at = m.start + and + 5;
      const two = partyOfPair(m, at, second);
      // A head and its field first ("Ministry of Agriculture and Rural Affairs"): "and" may join two fields, unless a
      // name of its own follows it ("Bank of America and Citigroup").
      const headFirst = / (?:of|for|on) /.test(first) && ORG_SUFFIXES.has(first.slice(0, first.indexOf(' ')));
      if (headFirst && !two && (second.includes(' ') || isCommonWord(second.toLowerCase()))) return null;
      const asBody = (start: number, text: string): Mention => ({ ...m, start, end: start + text.length, text, type: 'Organization', key: KNOWN_ORGANIZATION_FORMS.get(text) ?? text, orgCue: 'name' });
      return [one && one.type !== 'Unknown' ? one : asBody(m.start, first), two && two.type !== 'Unknown' ? two : asBody(at, second)];
    },
    examples: ['equipment made by U.S. companies such as KLA, Lam Research and Applied Materials', 'The field is run jointly by BP, Statoil and Algeria’s Sonatrach.', 'the Bureau of Democracy, Human Rights and Labor was cut'],
    why: 'a name with one "and" that ends a list of bodies ("KLA, Lam Research and Applied Materials") holds the list\'s last two bodies: the "and" is the list\'s; a name whose first part is only a field ("Immigration and Customs Enforcement") stays one',
  },
  {
    id: 'pair-of-alternatives',
    read: (m) => {
      if (m.type !== 'Organization' || KNOWN_BODY_NAMES.has(m.text)) return null;
      const or = m.text.indexOf(' or ');
      if (or < 0 || m.text.indexOf(' or ', or + 1) >= 0 || m.text.includes(',') || m.text.includes(' and ')) return null;
      const first = partyOfPair(m, m.start, m.text.slice(0, or));
      const second = first && partyOfPair(m, m.start + or + 4, m.text.slice(or + 4));
      // Bodies and states only: "Smith or Jones" may be a firm's name; "the House or Senate", "Hamas or Hezbollah" are two.
      return first && second && first.type !== 'Unknown' && second.type !== 'Unknown' ? [first, second] : null;
    },
    examples: ['enough votes in either the House or Senate to sustain his veto', 'whether for Senate or Congress', 'operations against Hamas or Hezbollah'],
    why: 'a body\'s name read over "or" between two names that each stand alone (a chamber, a known body, an acronym, a state, a name ending in a body\'s head) is the two of them offered as alternatives, not one body: English names one body with "or" only as an alias, which the lexicon knows',
  },
  {
    id: 'shared-plural-head',
    read: (m, a) => {
      if (m.type !== 'Organization' || KNOWN_BODY_NAMES.has(m.text)) return null;
      const and = m.text.indexOf(' and ');
      if (and <= 0 || m.text.indexOf(' and ', and + 1) >= 0 || m.text.includes(',')) return null;
      // The plural head after the name, or capitalised inside it after two chambers ("the House and Senate Intelligence
      // Committees", "House and Senate Republicans": a party's members in each chamber keep the plural).
      const inside = chambersSharedHead(m.text);
      const plural = inside ? null : PLURAL_HEAD_AFTER.exec(a.body.slice(m.end, m.end + 16));
      if (!plural && !inside) return null;
      const head = inside ? PLURAL_HEADS.get(inside.toLowerCase()) ?? inside : PLURAL_HEADS.get(plural![1].toLowerCase())!;
      const named = inside ? m.text.slice(0, m.text.length - inside.length - 1) : m.text;
      const [first, second] = [named.slice(0, and), named.slice(and + 5)];
      // Each part names a field in capitalised words; the second takes the first's chamber when it has none
      // ("the Senate Foreign Relations and Armed Services committees").
      if (![first, second].every((p) => /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*$/u.test(p))) return null;
      // A name cut before a capitalised word ("the Senate's Foreign [Relations and Armed Services] committees") is not read.
      const before = a.body.slice(Math.max(0, m.start - 24), m.start);
      if (/(?:^|[^\p{L}.'’-])\p{Lu}[\p{L}.'’-]* $/u.test(before) && !/(?:^|[.!?]["”’]? |\n)\p{Lu}[\p{L}.'’-]* $/u.test(before) && !/(?:^| )(?:The|A|An|Both|Its|Their|His|Her) $/.test(before)) return null;
      const chamber = CHAMBER_OPENINGS.find((c) => first.startsWith(`${c} `));
      const secondChamber = CHAMBER_OPENINGS.find((c) => second.startsWith(`${c} `));
      const secondKey = chamber && !secondChamber ? `${chamber} ${second} ${head}` : `${second} ${head}`;
      // "the House and Senate Intelligence committees": a chamber alone shares the second name's field too.
      const firstKey = CHAMBER_OPENINGS.includes(first) && secondChamber ? `${first}${second.slice(secondChamber.length)} ${head}` : `${first} ${head}`;
      const at = m.start + and + 5;
      return [
        { ...m, end: m.start + first.length, text: first, key: KNOWN_ORGANIZATION_FORMS.get(firstKey) ?? firstKey },
        { ...m, start: at, end: m.end, text: m.text.slice(and + 5), key: KNOWN_ORGANIZATION_FORMS.get(secondKey) ?? secondKey },
      ];
    },
    examples: ['a member of the Senate Foreign Relations and Armed Services committees', 'to brief the House Foreign Affairs and Senate Foreign Relations committees', 'the Bush and Obama administrations began to kill', 'I gave this information to the House and Senate Intelligence Committees, and they listened.', 'House and Senate Republicans agreed.'],
    why: 'two names joined by "and" before a plural head ("the Senate Foreign Relations and Armed Services committees") share that head: two bodies, each named with it (and the first one\'s chamber), not one body named by both',
  },
  {
    id: 'list-of-names',
    read: (m) => {
      if (m.type !== 'Organization' || !m.text.includes(', ') || KNOWN_BODY_NAMES.has(m.text)) return null;
      const parts: { at: number; text: string }[] = [];
      let at = 0;
      for (const sep of m.text.matchAll(LIST_SEPARATOR)) {
        parts.push({ at, text: m.text.slice(at, sep.index) });
        at = sep.index! + sep[0].length;
      }
      parts.push({ at, text: m.text.slice(at) });
      // "Datto, Inc.", "Tribune Content Agency, LLC": a legal form after a comma is the company's own.
      if (parts.some((p) => !p.text || COMPANY_LEGAL_FORMS.has(p.text))) return null;
      const read = parts.map((p) => partyOfList(m, m.start + p.at, p.text));
      return read.every((r) => r !== undefined && r.type !== 'Unknown') ? (read as Mention[]) : null;
    },
    examples: ['variants for the Air Force, Navy and Marine Corps', 'as the Army, Navy and Air Force shrink', 'reporters at the Post, Times, Wall Street Journal'],
    why: 'a body\'s name read over commas between names that each stand alone (a known body, a service, a chamber, a state, a name ending in a body\'s head) is a list of them, not one body; a list of fields before one head ("Commerce, Science and Transportation Committee") and a firm\'s partners ("Gibson, Dunn & Crutcher") stay one name',
  },
  {
    id: 'market-name',
    read: (m, a) => {
      if (m.role || m.honorific || m.type === 'Country') return null;
      const after = a.body.slice(m.end, m.end + 14);
      if (INDEX_NAMES.has(m.text) || (INDEX_STEMS.has(m.text) && INDEX_AFTER.test(after))) return 'drop';
      if (CRUDE_BENCHMARKS.has(m.text) && (a.crudeNames.has(m.text) || /\bbenchmark $/i.test(a.body.slice(Math.max(0, m.start - 10), m.start)))) return 'drop';
      return null;
    },
    examples: ['the S&P 500 fell 2%', 'the Hang Seng index rose', 'Brent crude rose 2% … Brent closed higher', 'West Texas Intermediate crude gained 1.5%'],
    why: 'a market index (a provider\'s name and its number or "index": "S&P 500", "FTSE 100") and a crude benchmark ("Brent crude", "West Texas Intermediate") are prices, neither bodies nor places; the rating agency "S&P" without a number stays',
  },
  {
    id: 'weapon-name',
    read: (m, a) => (a.weaponNames.has(m.text.replace(/^#/, '')) && !m.role && !m.honorific && !namedAsBody(m) ? 'drop' : null),
    examples: ['The U.S. fired 59 Tomahawk cruise missiles at the base.', 'a Hellfire missile fired from a Reaper drone'],
    why: 'a name written before a weapon\'s noun ("Tomahawk cruise missiles", "Hellfire missile") in at least half its mentions names the weapon, a thing; a body that fires it is named by the lexicon or its own words ("Hamas rockets", "CIA drones"), or by its members or its speech elsewhere ("Houthi rebels", "DJI said"), and stays',
  },
  {
    id: 'oil-field',
    read: (m, a) => (a.fieldNames.has(m.text) && !m.role && !m.honorific && !namedAsBody(m) ? { ...m, type: 'Place', key: m.text, orgCue: undefined, strong: undefined } : null),
    examples: ['drones hit the Khurais oil field … Khurais is the closest', "Aramco's Abqaiq plant burned"],
    why: 'a name before an oil or gas field\'s noun ("Khurais oilfield"), or between a firm\'s possessive and a plant\'s noun ("Aramco\'s Abqaiq plant"), is where the field or plant lies: a place, not the firm that runs it',
  },
  {
    id: 'place-modifier',
    read: (m, a) => {
      if (a.sports || m.type !== 'Organization' || m.role || m.honorific || m.orgCue === 'team' || m.orgCue === 'name' || KNOWN_BODY_NAMES.has(m.text) || !gazetteerPlace(m.text)) return null;
      const after = a.body.slice(m.end, m.end + 14);
      if (!MODIFIED_NOUN_AFTER.test(after)) return null;
      // With no determiner, only before a place's people ("St Petersburg authorities said", "Texas officials"): a team's
      // name is followed by its verbs ("Los Angeles won", "Kansas City has scored").
      if (!MODIFIER_DETERMINER_BEFORE.test(a.body.slice(Math.max(0, m.start - 8), m.start)) && !PLACE_PEOPLE_AFTER.test(after)) return null;
      return { ...m, type: 'Place', key: m.text, orgCue: undefined, strong: undefined };
    },
    examples: ['the website of the FBI\'s Boston bureau', 'the Texas law it struck down', 'Tsai called the Hong Kong protests a separatist movement', 'St Petersburg authorities said 43 were being treated'],
    why: 'a city or a state of the gazetteer between a determiner and the noun it modifies ("the Texas law"), or before its authorities or people with no determiner ("St Petersburg authorities", "Texas officials"), is the place the thing belongs to, not a body: a place (a capital, which stands for its state as often, is left to the capitals\' rules; in a report of games a city before a noun is its team: "the Volgograd side")',
  },
  {
    id: 'described-building',
    read: (m, a) => (a.buildingNames.has(m.text) && !m.role && !m.honorific && (m.type === 'Person' || m.type === 'Organization' || m.type === 'Unknown') ? { ...m, type: 'Place', key: m.text, orgCue: undefined, strong: undefined } : null),
    examples: ['the summit meeting, to be held in the Peace House, a South Korean building in Panmunjom', 'before proceeding into the three-story Peace House for their summit', 'walking to the Peace House building'],
    why: 'a name headed by a building\'s noun ("House", "Hall", "Palace") that the article calls a building ("X building", ", a … building", "the three-story X") is the building, a place, in every untitled mention; a known seat that speaks for its body ("White House") or one the article has speak stays a body',
  },
  {
    id: 'craft-model',
    read: (m, a) => {
      if (m.role || m.honorific || m.type === 'Country' || m.type === 'Place') return null;
      const before = a.body.slice(Math.max(0, m.start - 24), m.start);
      const model = MODEL_NAME.test(m.text) && (MODEL_NUMBER_BEFORE.test(before) || (MODEL_ARTICLE_BEFORE.test(before) && (/\d/.test(m.text) || CRAFT_AFTER.test(a.body.slice(m.end, m.end + 12)))));
      return model || (FLIGHT_NUMBER.test(m.text) && FLIGHT_BEFORE.test(before)) ? 'drop' : null;
    },
    examples: ['More than 300 Boeing 737 Max planes are in operation', 'grounded nearly 100 Boeing Co 737 MAX 8 aircraft', 'the downing of Ukraine International Airlines flight PS752'],
    why: 'a word after a maker\'s model number ("Boeing 737 Max") names the model, and a code after "flight" ("flight PS752") the flight: things, neither bodies nor people (the maker before the number stays)',
  },
  {
    id: 'function-word',
    read: (m) => (m.type === 'Organization' && FUNCTION_WORDS.has(m.text) ? 'drop' : null),
    examples: ['Around 120 civilians have been killed since the offensive began.'],
    why: 'an adverb, an interjection or a conjunction capitalised by its place ("Around 120 civilians …", "Yes, …") names nothing, whatever read it as a body',
  },
  {
    id: 'page-verb',
    read: (m, a) => {
      const verb = m.type === 'Organization' ? /^(\p{Lu}\p{Ll}+):? (?:the )?/u.exec(m.text) : null;
      // (An imperative opens its line or sentence: "the Watch Tower Society" is a name.)
      if (!verb || !PAGE_VERBS.has(verb[1]) || !CLAUSE_OPENING_BEFORE.test(a.body.slice(Math.max(0, m.start - 4), m.start))) return null;
      const text = m.text.slice(verb[0].length);
      // The outlet after the verb is a body only when the lexicon or its own words say so ("ABC News"; not "Opinions").
      const known = KNOWN_ORGANIZATION_FORMS.get(text);
      const last = text.slice(text.lastIndexOf(' ') + 1);
      if (!known && !ORG_SUFFIXES.has(last) && !/^\p{Lu}{2,}$/u.test(last)) return 'drop';
      return { ...m, start: m.end - text.length, text, key: known ?? text };
    },
    examples: ['Download ABC News app for breaking news', 'Watch Opinions on the site'],
    why: 'a page\'s verb before an outlet ("Download ABC News", "Watch Newsmax TV") is a link\'s or a widget\'s imperative, no part of the name: the outlet is what follows, when it is one',
  },
  {
    id: 'dash-run-on',
    read: (m) => {
      if (m.type !== 'Organization' && m.type !== 'Place') return null;
      const dash = DASH_IN_NAME.exec(m.text);
      if (!dash) return null;
      const text = m.text.slice(0, dash.index).trimEnd();
      // "—Alex Leary" (a contributor's line), "D–Mass" (a party tag): nothing of a body's name before the dash.
      if (!/\p{Lu}\p{L}/u.test(text)) return 'drop';
      return { ...m, end: m.start + text.length, text, key: KNOWN_ORGANIZATION_FORMS.get(text) ?? text };
    },
    examples: ['the Green Party—are also pushing for a wealth tax', 'You would go to the United Nations—though Putin says', '—Alex Leary and Courtney McBride contributed'],
    why: 'a dash ends a name: what the tagger ran on past it ("Green Party—are", "United Nations—though Putin") is the next clause or an aside, no word of the name; a name the dash opens (a contributor\'s line) is no body',
  },
  {
    id: 'clock-zone',
    read: (m, a) => {
      const zone = CLOCK_ZONE_OPENING.exec(m.text);
      if (!zone || !CLOCK_BEFORE.test(a.body.slice(Math.max(0, m.start - 12), m.start))) return null;
      const text = m.text.slice(zone[0].length);
      if (!/^\p{Lu}/u.test(text)) return 'drop';
      return { ...m, start: m.end - text.length, text, key: KNOWN_ORGANIZATION_FORMS.get(text) ?? text };
    },
    examples: ['at 2:34 p.m. ET the Boston Police set the record straight', 'Update at 4 p.m. ET. CNN Backtracks'],
    why: 'a time zone after a clock time ("2:34 p.m. ET") belongs to the time, no name: a name the tagger ran on from it ("ET the Boston Police") is what follows the zone and its article',
  },
  {
    id: 'role-noun-before-name',
    read: (m, a) => (m.type === 'Organization' && !m.orgCue && untitled(m) && isGivenAndFamilyName(m.text) && roleBefore(a.body, m.start)
      ? { ...m, type: 'Person', key: m.text, strong: true } : null),
    examples: ['Labour MP Jo Stevens responded with disgust', 'BBC producer Cara Swift, who is in Gaza, has posted audio', 'said State Department spokeswoman Morgan Ortagus.', 'Goldberg told CNN\'s Gloria Borger on Wednesday'],
    why: 'a given name and a family name right after a noun of a person ("producer", "spokeswoman", "host", "MP") or a network\'s possessive ("CNN\'s") are that person named in apposition, whatever body the words before made the tagger read; a ship keeps its noun ("the aircraft carrier Theodore Roosevelt")',
  },
  {
    id: 'person-noun-first',
    read: (m) => {
      if (m.type !== 'Person' && m.type !== 'Unknown') return null;
      const words = m.text.split(' ');
      const [first, second] = [words[0], words[1]];
      if (words.length < 3 || /\s\s|[\n\t]/.test(m.text) || !/^\p{Lu}\p{Ll}+$/u.test(first) || FIRST_NAMES.has(first) || genderOfGivenName(first) !== null) return null;
      if (genderOfGivenName(second) === null || !isPersonNoun(first.toLowerCase())) return null;
      const text = words.slice(1).join(' ');
      // the rest is a person's name: name words ("McDougal") and initials only ("Mother Jones Podcast—the" is none), no body's name
      if (!words.slice(1).every((w) => /^\p{Lu}[\p{Ll}\p{M}'’-]*(?:\p{Lu}[\p{Ll}\p{M}'’-]*)?\.?$/u.test(w)) || LISTED_BODY_NAMES.has(`${first} ${second}`)) return null;
      return { ...m, start: m.start + first.length + 1, text, key: text, type: 'Person', role: m.role ? `${m.role} ${first}` : first, titleStart: m.titleStart ?? m.start, strong: true };
    },
    examples: ['Brexit was the goal, said Billionaire Donald Trump', 'Witness Bashir Ahmad told Al Jazeera he heard a bang', 'As Conservative Max Boot explained, even if China behaved badly'],
    why: 'a capitalised common noun of a person ("Witness", "Journalist", "Billionaire", "Activist") before a given name and a family name is a description in apposition, as "witness Bashir Ahmad" is: the person\'s role, no word of the name',
  },
  {
    id: 'language-adjective',
    read: (m, a) => (m.type === 'Country' && m.via === 'demonym' && LANGUAGE_ADJECTIVES.has(m.text) && namesTongue(a.body, m) ? 'drop' : null),
    examples: ['the online English-language magazine Inspire', 'a predominantly Russian-speaking region', 'a list of English language books', 'non-native English speakers', 'he shouted in Turkish, witnesses said', 'he speaks Greek with a British accent', 'according to an English translation of the speech', 'WIV issued a news release in English about the visits', 'his comments in Chinese were not immediately translated'],
    why: 'a nationality\'s adjective before "language", "-speaking", "speakers", "translation" or "version", or a language\'s name spoken or written in ("speaks Greek", "in English.") names the tongue ("an English-language magazine" is written in English, in no tie to Britain), not the country; "Russian media", "in French politics" still name it',
  },
  {
    id: 'slogan',
    read: (m, a) => ((SLOGANS.has(m.text) || insideSlogan(a.body, m)) && !m.role && !m.honorific ? 'drop' : null),
    examples: ['the Fake News Media is going crazy', 'his Make America Great Again rally', 'many of whom wore “Make America Great Again” caps', 'a Make Tijuana Great Again rally', 'protesters in MAGA hats'],
    why: 'a slogan or an epithet written in capitals ("Fake News", "Make America Great Again", its acronym "MAGA"), or any piece of one ("Make America" cut from "Make America Great Again") and its pattern ("Make Tijuana Great Again"), names neither a body nor a person',
  },
];

/** "Make <name> Great Again": the slogan and the names its pattern makes ("Make Tijuana Great Again"). Bounded: linear. */
const SLOGAN_FRAME = /\bMake (?:(?!Great\b)\p{Lu}[\p{Ll}.'’-]* ){1,3}Great Again\b/gu;
/** Whether a mention is a piece of a listed slogan or of the "Make … Great Again" pattern written around it. */
function insideSlogan(body: string, m: { start: number; end: number; text: string }): boolean {
  for (const s of SLOGANS) {
    const at = s.indexOf(m.text);
    if (at >= 0 && s.length > m.text.length && body.startsWith(s, m.start - at)) return true;
  }
  const from = Math.max(0, m.start - 40);
  for (const hit of body.slice(from, m.end + 40).matchAll(SLOGAN_FRAME)) if (from + hit.index! <= m.start && from + hit.index! + hit[0].length >= m.end) return true;
  return false;
}

/** Outlets the lexicon lists by kind, and the lexicon's bodies: names a person's name never is ("Morgan Stanley"). */
const LISTED_BODY_NAMES: ReadonlySet<string> = new Set([...Object.values(OUTLETS_BY_KIND).flat(), ...KNOWN_BODY_NAMES]);
/**
 * A person's name of a given name the lists know and a family name, an initial allowed between ("Jo Stevens", "Gloria
 * Borger", "Morgan H. Ortagus"): no body's head word last, no body the lexicon lists.
 */
function isGivenAndFamilyName(text: string): boolean {
  const words = text.split(' ');
  if (words.length < 2 || words.length > 3 || LISTED_BODY_NAMES.has(text)) return false;
  if (words.length === 3 && !/^\p{Lu}\.$/u.test(words[1])) return false;
  const [first, last] = [words[0], words[words.length - 1]];
  return FIRST_NAMES.has(first) && genderOfGivenName(first) !== null && /^\p{Lu}[\p{Ll}\p{M}]*(?:['’]?\p{Lu}[\p{Ll}\p{M}]+)?(?:-\p{Lu}[\p{Ll}\p{M}]+)?$/u.test(last)
    && last.length > 2 && !BODY_LAST_WORDS.has(last) && !GENERIC_HEADS.has(last);
}
/** The lower-case word right before a name ("producer " of "BBC producer Cara Swift"). Linear: anchored at the end. */
const WORD_RIGHT_BEFORE = /(?:^|[\s"“(])(\p{Ll}+) $/u;
/** A member's or an officer's abbreviation right before a name ("Labour MP Jo Stevens", "Brexit Party MEP Alex Phillips"). */
const ROLE_ABBREVIATION_BEFORE = /\b(?:MP|MEP|MSP|MLA|CEO|CFO|COO) $/;
/** A network's possessive right before a name ("CNN's Gloria Borger", "Fox News' Ben Evansky"). */
const NETWORK_BEFORE = new RegExp(`\\b${BROADCASTER}['’]s? $`);
/** Nouns of people that also name a ship's kind ("the aircraft carrier Theodore Roosevelt"): no appositive person. */
const CRAFT_NOUNS: ReadonlySet<string> = new Set(['carrier']);
/** Whether a noun of a person, a member's abbreviation or a network's possessive stands right before `start`. */
function roleBefore(body: string, start: number): boolean {
  const before = body.slice(Math.max(0, start - 30), start);
  const word = WORD_RIGHT_BEFORE.exec(before)?.[1];
  if (word && !CRAFT_NOUNS.has(word) && isPersonNoun(word)) return true;
  return ROLE_ABBREVIATION_BEFORE.test(before) || NETWORK_BEFORE.test(before);
}

function articleNames(body: string, mentions: readonly Mention[]): ArticleNames {
  const stormNames = new Set<string>();
  if (/yphoon|urricane|yclone|torm /.test(body)) for (const hit of body.matchAll(STORM_NAMED)) stormNames.add(hit[1]);
  const programmes = new Set<string>();
  for (const m of mentions) {
    if (!isNameType(m) && m.type !== 'Place') continue;
    const before = body.slice(Math.max(0, m.start - 30), m.start);
    if (PROGRAMME_BEFORE.test(before) || (m.text.startsWith('The ') && NETWORK_POSSESSIVE_BEFORE.test(before)) || (m.type !== 'Organization' && m.type !== 'Place' && PROGRAMME_AFTER.test(body.slice(m.end, m.end + 14)))) programmes.add(m.text);
    else if (PROGRAMME_NAMES.has(m.text) || (QUOTED_AFTER_TOLD.test(before) && QUOTE_CLOSES.test(body.slice(m.end, m.end + 2)))) programmes.add(m.text);
    else if (m.type !== 'Place' && (NEWSLETTER_AFTER.test(body.slice(m.end, m.end + 20)) || NEWSLETTER_BEFORE.test(before) || (ISSUE_BEFORE.test(before) && PHRASE_ENDS.test(body.slice(m.end, m.end + 1))))) programmes.add(m.text);
  }
  const heads = new Map<string, Set<string>>();
  const bodies = new Map<string, Mention>();
  for (const m of mentions) {
    // (A name's last word is its head only where every word is capitalised: "House of Obama" ends in a complement.)
    if (m.type !== 'Organization' || !m.key.includes(' ') || m.key.split(' ').some((w) => !/^\p{Lu}/u.test(w))) continue;
    const head = m.key.slice(m.key.lastIndexOf(' ') + 1);
    // (Not a plural: "Democrats" alone is no "House Democrats".)
    if (!/^\p{Lu}\p{Ll}{3,}$/u.test(head) || head.endsWith('s') || ORG_SUFFIXES.has(head) || GENERIC_HEADS.has(head)) continue;
    (heads.get(head) ?? heads.set(head, new Set()).get(head)!).add(m.key);
    if (!bodies.has(m.key)) bodies.set(m.key, m);
  }
  const bodyByHead = new Map<string, Mention>();
  for (const [head, keys] of heads) if (keys.size === 1) bodyByHead.set(head, bodies.get([...keys][0])!);
  const countriesBySpelling = new Map<string, string>();
  for (const m of mentions) if (m.type === 'Country' && m.via === 'name' && !m.text.includes(' ') && COUNTRY_BY_NAME.has(m.text)) countriesBySpelling.set(singleLetters(m.text), m.text);
  const surnames = new Set(mentions.filter((m) => m.type === 'Person' && m.key.includes(' ')).map((m) => m.key.slice(m.key.lastIndexOf(' ') + 1)));
  const givenNames = new Set(mentions.filter((m) => m.type === 'Person' && m.key.includes(' ')).map((m) => m.key.slice(0, m.key.indexOf(' '))));
  const bodyKeys = new Set(mentions.filter((m) => m.type === 'Organization' && !m.key.startsWith('The ')).map((m) => m.key));
  const theTitles = new Set(
    mentions
      .filter((m) => m.type === 'Organization' && /^The \p{Lu}\p{Ll}+$/u.test(m.key) && m.text.startsWith('The ') && !CLAUSE_OPENING_BEFORE.test(body.slice(Math.max(0, m.start - 4), m.start)))
      .map((m) => m.key.slice(4)),
  );
  // The plural after "the" ("the Houthis"); the singular only where every mention of it is an adjective before a noun
  // ("Houthi rebels", "Houthi-run"): "Boeing said" beside "two Boeings" is the firm.
  const pluralKeys = new Set(mentions.filter((m) => (m.type === 'Organization' || m.type === 'Unknown') && /^\p{Lu}\p{Ll}+s$/u.test(m.key) && /\b[Tt]he $/.test(body.slice(Math.max(0, m.start - 4), m.start))).map((m) => m.key));
  for (const m of mentions) if (/^\p{Lu}\p{Ll}+$/u.test(m.text) && !/^(?: \p{Ll}|-\p{Ll})/u.test(body.slice(m.end, m.end + 2))) pluralKeys.delete(`${m.text}s`);
  // Weapons: the share of each name's mentions written before a weapon's noun.
  const weaponHits = new Map<string, number>();
  const mentionCount = new Map<string, number>();
  const fieldNames = new Set<string>();
  const crudeNames = new Set<string>();
  const bodyLike = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'Organization' && m.type !== 'Unknown' && m.type !== 'Person' && m.type !== 'Place') continue;
    mentionCount.set(m.text, (mentionCount.get(m.text) ?? 0) + 1);
    const after = body.slice(m.end, m.end + 40);
    if (m.type !== 'Place' && !(m.type === 'Person' && (opensWithGivenName(m.text) || surnames.has(m.text))) && WEAPON_AFTER.test(after)) weaponHits.set(m.text, (weaponHits.get(m.text) ?? 0) + 1);
    if (MEMBERS_AFTER.test(after)) bodyLike.add(m.text);
    if (m.type !== 'Place' && m.type !== 'Person' && (FIELD_AFTER.test(after) || (PLANT_AFTER.test(after) && OWNER_BEFORE.test(body.slice(Math.max(0, m.start - 4), m.start))))) fieldNames.add(m.text);
    if (CRUDE_BENCHMARKS.has(m.text) && CRUDE_AFTER.test(after)) crudeNames.add(m.text);
  }
  const buildingNames = new Set<string>();
  for (const m of mentions) {
    if ((m.type !== 'Organization' && m.type !== 'Unknown' && m.type !== 'Person') || !m.text.includes(' ') || !BUILDING_HEADS.has(m.text.slice(m.text.lastIndexOf(' ') + 1))) continue;
    if (KNOWN_BODY_NAMES.has(m.text) || KNOWN_BODY_NAMES.has(m.key) || m.role || m.honorific) continue;
    if (calledBuilding(body.slice(m.end, m.end + 48)) || STOREYS_BEFORE.test(body.slice(Math.max(0, m.start - 16), m.start))) buildingNames.add(m.text);
  }
  for (const name of bodyLike) buildingNames.delete(name);
  const weaponNames = new Set([...weaponHits].filter(([text, n]) => 2 * n >= mentionCount.get(text)! && !bodyLike.has(text)).map(([text]) => text));
  // A name a weapon's noun names ("a missile known as the Musudan") or one headed by that noun, and the acronym in
  // brackets after it ("Massive Ordnance Air Blast Bomb (MOAB)"): the weapon in every mention.
  for (const m of mentions) {
    if (m.type !== 'Organization' && m.type !== 'Unknown' && m.type !== 'Person') continue;
    const headed = m.text.includes(' ') && WEAPON_HEADS.has(m.text.slice(m.text.lastIndexOf(' ') + 1));
    if ((!headed && !WEAPON_NAMED_BEFORE.test(body.slice(Math.max(0, m.start - 40), m.start))) || namedAsBody(m)) continue;
    if (!bodyLike.has(m.text)) weaponNames.add(m.text);
    const acronym = headed ? ACRONYM_AFTER.exec(body.slice(m.end, m.end + 12)) : null;
    if (acronym && !bodyLike.has(acronym[1])) weaponNames.add(acronym[1]);
  }
  // Listed names a possessive word opens: the mention after it, and a mention of the word alone before it.
  const possessiveOpenings = new Map<number, number>();
  const possessiveWords = new Set<number>();
  for (const m of mentions) {
    if (m.type !== 'Organization') continue;
    const before = POSSESSIVE_WORD_BEFORE.exec(body.slice(Math.max(0, m.start - 16), m.start));
    if (!before || !(POSSESSIVE_FORM_NAMES.has(`${before[1]}'s ${m.text.split(' ')[0]}`) || POSSESSIVE_FORM_NAMES.has(`${before[1]}'s`))) continue;
    const opening = m.start - before[0].length + before[0].indexOf(before[1]);
    possessiveOpenings.set(m.start, opening);
    for (const w of mentions) if (w !== m && w.start >= opening && w.end <= m.start) possessiveWords.add(w.start);
  }
  // Names cut at a people's plural before its possessive ("Pakistan People" + "’s party"): the whole name's end, and the
  // mentions inside its rest.
  const peoplePossessives = new Map<number, number>();
  const peoplePossessiveTails = new Set<number>();
  const peoplePossessiveOpenings = new Map<number, number>();
  for (const m of mentions) {
    if ((m.type !== 'Organization' && m.type !== 'Unknown') || !PEOPLE_PLURAL_LAST.test(m.text)) continue;
    const rest = POSSESSIVE_REST_AFTER.exec(body.slice(m.end, m.end + 60));
    if (!rest) continue;
    const words = rest[2].split(' ');
    if (!POSSESSIVE_REST_HEADS.has(words[words.length - 1])) continue;
    const end = m.end + rest[0].length;
    // A nationality's word right before a lone plural opens the name ("the Danish People's party", "Iranian Students' News Agency").
    const opening = m.text.includes(' ') ? undefined : mentions.find((w) => w.end === m.start - 1 && body[w.end] === ' ' && w.type === 'Country' && w.via === 'demonym');
    peoplePossessives.set(m.start, end);
    if (opening) { peoplePossessiveOpenings.set(m.start, opening.start); peoplePossessiveTails.add(opening.start); }
    for (const w of mentions) if (w !== m && w.start > m.start && w.start < end) peoplePossessiveTails.add(w.start);
  }
  // The rest of such a name read alone, the people's word left to no mention ("their People’s [Liberation Army]
  // uniforms"): the whole name opens at that word (or at a nationality's word right before it).
  for (const m of mentions) {
    if (m.type !== 'Organization' || peoplePossessives.has(m.start) || peoplePossessiveTails.has(m.start) || !POSSESSIVE_REST_HEADS.has(m.text.slice(m.text.lastIndexOf(' ') + 1))) continue;
    const word = PEOPLE_POSSESSIVE_BEFORE.exec(body.slice(Math.max(0, m.start - 14), m.start));
    if (!word) continue;
    const wordStart = m.start - word[0].length + word[0].indexOf(word[1]);
    if (mentions.some((w) => w.start < m.start && w.end > wordStart && w.type !== 'Country')) continue;
    const opening = mentions.find((w) => w.end === wordStart - 1 && body[w.end] === ' ' && w.type === 'Country' && w.via === 'demonym');
    peoplePossessives.set(m.start, m.end);
    peoplePossessiveOpenings.set(m.start, opening ? opening.start : wordStart);
    if (opening) peoplePossessiveTails.add(opening.start);
  }
  return { body, mentions, stormNames, programmes, bodyByHead, countriesBySpelling, surnames, givenNames, bodyKeys, theTitles, pluralKeys, weaponNames, buildingNames, fieldNames, crudeNames, possessiveOpenings, possessiveWords, peoplePossessives, peoplePossessiveTails, peoplePossessiveOpenings };
}

/** The mentions with each rule's reading applied: dropped, or retyped. */
export function readNameKinds(body: string, mentions: readonly Mention[], sports = false): Mention[] {
  const a = { ...articleNames(body, mentions), sports };
  const out: Mention[] = [];
  for (const m of mentions) {
    let reading: Reading | null = null;
    for (const r of NAME_KIND_RULES) if ((reading = r.read(m, a))) break;
    if (reading === 'drop') continue;
    if (Array.isArray(reading)) out.push(...reading);
    else out.push(reading ?? m);
  }
  return out;
}
