// Stage 3, entities: mentions → one entity per real-world thing in the article, with stable ids.
// Heuristic: full names define people; a bare surname joins the one person with that surname (none or
// several: it stays apart or is dropped); countries group by ISO code; acronyms join the long form whose
// initials they are. Exists for: "Secretary of State Rex Tillerson … Tillerson said" → person:rex-tillerson.
import type { Entity } from './types.js';
import type { Mention } from './mentions.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, countryName } from './lexicon/countries.js';
import { CITY_NAMES, COUNTRY_BY_CITY, countryOfPlace } from './lexicon/places.js';
import { FIRST_NAMES, KOREAN_FAMILY_NAMES, chineseFamilyFirst, genderOfGivenName, listedForBothGenders } from './lexicon/names.js';
import { bodiesInTitles, bodyName, genericBody, stateOfBody } from './government-bodies.js';
import { HEAD_OFFICES, KNOWN_OFFICE_HOLDERS, OFFICE_HOLDER_FAMILY_NAMES, PERSON_TITLES, REALM_MONARCHS, US_PRESIDENTS, fullTitle } from './lexicon/titles.js';
import { hasLowerCaseUse, unlikelyPerson } from './unlikely-people.js';
import { conventionBodyUnlikely, cuedBodyIsClause, cuedBodyIsTreaty, familyOf, isBodyWord, placeOfBody, titleWordOf, unlikelyBody } from './unlikely-bodies.js';
import { KNOWN_ORGANIZATIONS, namesNoBody } from './lexicon/organizations.js';
import { PERSON_LIKE_COMPANY_NAMES } from './lexicon/companies.js';
import { fullNameForms, oneEditApart, opensWithParticle } from './full-name-forms.js';
import { OUTLET_NAMES } from './retype.js';
import { acronymLetters, articleBodyForms, definedAcronyms } from './body-forms.js';
import { knownAsPairs } from './known-as.js';
import { OUTLETS_BY_KIND } from './lexicon/outlets.js';
import { SPEECH_VERBS } from './lexicon/speech.js';
import { VESSEL_NOUNS, isCommonWord, isCommonWordForm } from './lexicon/noun-classes.js';

/** Slugs kept per text (a name is slugged for each of its mentions, and again across articles); emptied when full.
 * Declared first: module-level tables below slug names as they load. */
const SLUGS = new Map<string, string>();

/** Outlets the lexicon lists by kind ("RT", "NTV", "Mother Jones"). */
const LISTED_OUTLETS: ReadonlySet<string> = new Set(Object.values(OUTLETS_BY_KIND).flat());
/** Bodies' names the lexicon knows, some opened by a given name ("Wells Fargo", "Morgan Stanley"). */
const KNOWN_BODY_NAMES: ReadonlySet<string> = new Set(KNOWN_ORGANIZATIONS.flat());
/**
 * Nouns of an affair or a family a person's name stands before as a modifier ("the David Petraeus controversy", "the
 * Ray Davis affair", "the Petraeus family"): no body's name is followed by them more than a person's.
 */
/** What may stand between a title and its holder's name: the post's place ("US Ambassador to the UK Woody Johnson"). */
const TITLE_TO_NAME = /^,?[ \t]+(?:to[ \t]+(?:the[ \t]+)?(?:(?:\p{Lu}[\p{L}’'-]*|\p{Lu}\.(?:\p{Lu}\.)+)[ \t]+){1,3})?$/u;
const ATTRIBUTIVE_PERSON_NOUN = /^[ \t]+(?:family|scandal|controversy|affair|investigation|probe|saga|trial|era)(?![\p{L}-])/u;

/** Titles that, standing alone ("the Vice President said"), name an office rather than a person. */
const OFFICE_TITLES: ReadonlySet<string> = new Set(PERSON_TITLES.map((t) => t.toLowerCase()));
/** A person "named" only by a title: "Vice President", "President" (no name word). */
export const isTitleOnly = (name: string) => OFFICE_TITLES.has(name.toLowerCase());
/** Two full names alike but for one edit of a family name of five or more letters with the same first letter. */
export function misspeltFamilyName(a: string, b: string): boolean {
  const [x, y] = [a.split(/\s+/), b.split(/\s+/)];
  if (x.length !== y.length || x.length < 2 || x.slice(0, -1).join(' ') !== y.slice(0, -1).join(' ')) return false;
  const [p, q] = [x[x.length - 1], y[y.length - 1]];
  if (!/^\p{Lu}\p{Ll}{4,}$/u.test(p) || !/^\p{Lu}\p{Ll}{4,}$/u.test(q) || p[0] !== q[0] || FIRST_NAMES.has(p) || FIRST_NAMES.has(q)) return false;
  return oneEditApart(p, q);
}

/** A generational suffix closing a full name ("Jr.", "III"): it follows the family name. */
const GENERATIONAL_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
/** A personal pronoun in the words right after a name, before the sentence ends ("Tsarnaev said she thinks …"). */
const PRONOUN_AFTER = /^[^.!?;]*?\b(he|she|his|her|him|He|She|His|Her)\b/;
/** A full name closed by a patronym ("Mohammed bin Salman", "Khalid Bin Salman"): its last word is the father's name. */
const PATRONYM_LAST = /\s(?:bin|ibn|bint|Bin|Ibn|Bint)\s\S+$/;
/** A patronym's word inside a name: "Mohammed bin Salman", "Abdullah bin Zayed Al Nahyan". */
const PATRONYM_WORD = /\s(?:bin|ibn|bint|Bin|Ibn|Bint)\s/;
/** A ship's noun right before a name, a comma between allowed ("the oil tanker Stena Impero", "a tanker, Grace 1"); not "think-tanker". */
const VESSEL_NOUN_BEFORE = new RegExp(`(?<![\\p{L}-])(?:${VESSEL_NOUNS.join('|')}),? $`, 'u');
/** A navy's ship by its prefix ("USS Carl Vinson", "HMS Montrose"; vessels.ts). */
const SHIP_NAME = /^(?:USS|USNS|HMS|HMAS|HMCS|HMNZS|INS|RFS) \p{Lu}/u;
/** Ranks and epithets written before a full name that no name lists take for a title ("Sheik Nimr al-Nimr", "Major Nidal Hasan"). */
const RANK_WORDS: ReadonlySet<string> = new Set(['Sheik', 'Sheikh', 'Major', 'Marine', 'Private', 'Corporal', 'Sergeant', 'Lieutenant', 'Colonel', 'Captain', 'General', 'Admiral', 'Sir', 'Dame', 'Lord', 'Lady', 'Prince', 'Princess', 'King', 'Queen', 'Emir', 'Mullah', 'Rabbi', 'Reverend', 'Deacon', 'Brother', 'Sister']);
/** How far after a full name (or after a bare surname that took it) a shared family name written first still takes it: about a paragraph. */
const JUST_NAMED_REACH = 400;
/** Titles of a British knighthood, which go with the given name ("Sir Kim" of Kim Darroch). */
const KNIGHTHOODS: ReadonlySet<string> = new Set(['Sir', 'Dame']);
/**
 * A kin noun in an appositive right after a name ("Eric Trump, the president's middle son", "Karen Pence, his wife"):
 * the name is introduced as someone's relative. Linear: bounded runs of disjoint classes.
 */
const KIN_AFTER = /^, (?:(?:the|his|her|their|a|an) (\p{L}+['’]s )?|(\p{Lu}\p{L}+['’]s ))(?:\p{Ll}+ ){0,2}(son|daughter|wife|husband|brother|sister|father|mother|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|son-in-law|daughter-in-law|widow|stepson|stepdaughter)(?![\p{L}-])/u;
/** A kin noun right before a name ("his son Eric Trump"): the name is introduced as someone's relative. */
const KIN_BEFORE = /\b(?:son|sons|daughter|daughters|wife|husband|brother|sister|father|mother|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|son-in-law|daughter-in-law|widow|stepson|stepdaughter|stepmother|stepfather)$/i;
/** First words of names opened by a title or an epithet ("Prophet Muhammad", "Imam Ali"): no given name follows. */
const EPITHET_FIRST: ReadonlySet<string> = new Set([...OFFICE_TITLES].map((t) => t.charAt(0).toUpperCase() + t.slice(1)).concat(['Prophet', 'Saint', 'St.', 'Imam', 'Sheikh', 'Pope', 'Father']));
/**
 * Whether a role given before a name is the office a bare title names: "Vice President" for "the Vice President",
 * "Russian President" for "the President"; never "Vice President" or "former President" for "the President".
 */
export function holdsOffice(role: string, title: string): boolean {
  const r = fullTitle(role);
  const t = fullTitle(title);
  if (r === t) return true;
  if (!r.endsWith(` ${t}`)) return false;
  return !/\b(?:vice|deputy|assistant|under|former|ex|acting|late)[- ]?$/.test(r.slice(0, -t.length).trimEnd() + ' ');
}

/**
 * Whether two titles name one office, as whole words: "president" fits "former president" and "president of the
 * united states", never "presidential nominee" (who has not held the office).
 */
export function titleFits(a: string, b: string): boolean {
  const within = (x: string, y: string) => ` ${y} `.includes(` ${x} `);
  const [fa, fb] = [fullTitle(a), fullTitle(b)];
  return within(fa, fb) || within(fb, fa);
}

/** A country's name or adjective and a title ("US President", "Mexican President", "U.S. Ambassador"): the country's code and the title. */
function countryOffice(name: string): { code: string; title: string } | null {
  const cut = name.lastIndexOf(' ');
  if (cut < 0) return null;
  const country = name.slice(0, cut);
  const title = name.slice(cut + 1);
  const code = COUNTRY_BY_NAME.get(country) ?? COUNTRY_BY_DEMONYM.get(country) ?? COUNTRY_BY_NAME.get(country.replace(/\.$/, ''));
  return code && (PERSON_TITLES as readonly string[]).includes(title) ? { code, title } : null;
}

/** The people KNOWN_OFFICE_HOLDERS lists, by their folded full name ("Kim Jong-un" = "Kim Jong Un"). */
const KNOWN_HOLDERS: ReadonlyMap<string, (typeof KNOWN_OFFICE_HOLDERS)[number]> = new Map(KNOWN_OFFICE_HOLDERS.flatMap((h) => h.names.map((n) => [slug(n), h] as const)));

/** The lexicon's office holder a full name is, or undefined (entities' titles here, relations' offices too). */
export const knownOfficeHolder = (name: string) => KNOWN_HOLDERS.get(slug(name));

/**
 * Whether a title given before a family name ("President", "former President", "Chinese President", "Chairman") is an
 * office the lexicon knows the person `name` by; never a lesser one of the same head noun ("Vice President" of a president).
 */
export function knownOfficeFits(name: string, role: string): boolean {
  const offices = knownOfficeHolder(name)?.offices;
  if (!offices) return false;
  const r = fullTitle(role).replace(/^(?:former|ex-|then-|the late) ?/, '');
  return offices.some((o) => r === o || (r.endsWith(` ${o}`) && !/\b(?:vice|deputy|assistant|under|acting|first)$/.test(r.slice(0, -o.length).trimEnd())));
}

/**
 * The monarch a bare "Queen"/"King" names: in an article of one of the realms (REALM_MONARCHS), dated in the reign,
 * the regnal person ("the Queen" of a 2016 British report is Elizabeth II); undated, an unnamed royal person of that
 * realm; else null.
 */
export function monarchOf(title: string, body: string, publishedAt: string | null): { id: string; name: string } | null {
  const t = title.toLowerCase();
  const m = REALM_MONARCHS.find((x) => x.title === t && x.realm.test(body));
  if (!m) return null;
  if (!publishedAt) return { id: `person:${t}-${m.country.toLowerCase()}`, name: title.charAt(0).toUpperCase() + t.slice(1) };
  const day = publishedAt.slice(0, 10);
  return day >= m.from && day <= m.to ? { id: `person:${personSlug(m.name)}`, name: m.name } : null;
}

/**
 * Families whose one-word name (or "George Bush") two office-holders share, told apart only by what the text says of
 * the generation: an ordinal or "elder/younger" before the name or its title, or years of one's office in the sentence.
 */
const GENERATIONS: readonly {
  family: string;
  given: string;
  elder: string;
  younger: string;
  elderYears: [number, number];
  youngerYears: [number, number];
  /**
   * Surnames of office-holders whose time overlapped only one of the two, named in the same sentence ("signed by
   * President Bush and President Yeltsin", "Presidents Ronald Reagan and George Bush"): a date of another kind. Left
   * out: those of both times (Cheney, Powell, Clinton, Saddam).
   */
  elderPeers: readonly string[];
  youngerPeers: readonly string[];
}[] = [
  {
    family: 'Bush', given: 'George', elder: 'George H. W. Bush', younger: 'George W. Bush', elderYears: [1989, 1993], youngerYears: [2001, 2009],
    elderPeers: ['Reagan', 'Gorbachev', 'Yeltsin', 'Thatcher', 'Quayle', 'Dukakis', 'Mitterrand', 'Kohl', 'Mulroney', 'Noriega', 'Scowcroft'],
    youngerPeers: ['Blair', 'Rumsfeld', 'Chirac', 'Schroeder', 'Karzai', 'Musharraf', 'Ahmadinejad', 'Koizumi', 'Obama'],
  },
];

/** The generation's full name when the text around a "Bush"/"George Bush" mention names it, else null. */
export function generationOf(body: string, m: { start: number; end: number; key: string; titleStart?: number }, byYears = true): string | null {
  const g = GENERATIONS.find((x) => m.key === x.family || m.key === `${x.given} ${x.family}`);
  if (!g) return null;
  const lead = body.slice(Math.max(0, (m.titleStart ?? m.start) - 20), m.titleStart ?? m.start);
  if (/\bthe (?:first|elder|older|senior) $/i.test(lead)) return g.elder;
  if (/\bthe (?:second|younger|junior) $/i.test(lead)) return g.younger;
  if (!byYears) return null;
  // The sentence around the mention: back to the last full stop, on to the next.
  const from = Math.max(body.lastIndexOf('. ', m.start) + 1, m.start - 300, 0);
  const next = body.indexOf('. ', m.end);
  const to = Math.min(next < 0 ? body.length : next, m.end + 300);
  const years = [...body.slice(from, to).matchAll(/\b(?:19|20)\d\d\b/g)].map((y) => Number(y[0]));
  const within = ([a, b]: [number, number]) => years.some((y) => y >= a && y <= b);
  if (within(g.elderYears) && !within(g.youngerYears)) return g.elder;
  if (within(g.youngerYears) && !within(g.elderYears)) return g.younger;
  const words = new Set(body.slice(from, to).match(/\p{Lu}\p{Ll}+/gu) ?? []);
  const elder = g.elderPeers.some((w) => words.has(w));
  const younger = g.youngerPeers.some((w) => words.has(w));
  return elder === younger ? null : elder ? g.elder : g.younger;
}

/** Bodies that the news calls "the bloc" once named: the EU and other unions of states. */
const BLOC_IDS: ReadonlySet<string> = new Set(['org:european-union', 'org:eu', 'org:association-of-southeast-asian-nations', 'org:asean', 'org:african-union', 'org:mercosur', 'org:eurasian-economic-union', 'org:gulf-cooperation-council']);

/** "Messrs. Trump and Abe": the plural of "Mr." before the name, or before the name listed just ahead of it. */
export function addressedAsMen(body: string, start: number): boolean {
  const before = body.slice(Math.max(0, start - 40), start);
  return /\bMessrs\.? $/.test(before) || /\bMessrs\.? \p{Lu}[\p{L}'’-]*(?:, | and | & )$/u.test(before);
}

export interface EntityIndex {
  entities: Entity[];
  /** Every kept mention with the id of its entity, in text order. */
  linked: LinkedMention[];
}

export interface LinkedMention extends Mention {
  entityId: string;
}

/**
 * Unlikely-person rules that say the name is a place, with the country it lies in: the entity becomes that Place. A
 * gazetteer's one-word place ("a hotel manager in Srinagar"); a town the article follows with a US state ("North
 * Charleston, S.C."), as the retype stage makes it where a place word comes first.
 */
/**
 * Rules of unlikely-people.ts whose names, when they speak or an appositive calls them a body, are bodies: a phrase of
 * common words that says, reports or writes ("Zero Hedge said", "Public Citizen wrote") or that "a group", "a website"
 * describes is an outlet or a group, no person; one that never does is dropped.
 */
const SPEAKING_BODY_RULES: ReadonlySet<string> = new Set(['common-words', 'function-word-inside']);
/** Rules of unlikely-people.ts that say what body the name is ("Stena Bulk, the company that owns …"): an Organization. */
const DESCRIBED_BODY_RULES: ReadonlySet<string> = new Set(['body-appositive', 'body-noun-before']);
/** The lower-case word right after a name and its space ("Zero Hedge said": "said"). Linear. */
const NEXT_WORD = /^ (\p{Ll}+)(?!\p{L})/u;
/**
 * Speech verbs in -s that are also plural nouns: right after a name they read as the noun the name modifies ("Rust Belt
 * states", "Social Security claims", "Federal Reserve notes"), no verb.
 */
const PLURAL_NOUN_FORMS: ReadonlySet<string> = new Set(['states', 'stresses', 'notes', 'claims', 'charges', 'counters', 'signals', 'fears', 'hopes', 'tweets', 'answers', 'replies', 'remarks', 'promises', 'pledges', 'demands', 'estimates', 'repeats', 'jokes', 'quips', 'vows', 'briefs', 'concerns', 'thinks']);
/** A verb of speaking right after a name ("Zero Hedge said", "Heritage Action urged", "Human Rights First warns"). */
function speechVerbAfter(body: string, end: number): boolean {
  const word = NEXT_WORD.exec(body.slice(end, end + 24))?.[1];
  return word !== undefined && (SPEECH_VERBS.has(word) || word === 'found' || word === 'finds') && !PLURAL_NOUN_FORMS.has(word);
}
/** "according to" right before a name: its source. */
const ACCORDING_TO_BEFORE = /\baccording to $/;
/** A joining word right before a name ("Committee to Protect Journalists"). Linear: fixed words, anchored at the end. */
const JOINING_WORD_BEFORE = / (?:for|of|to|and|on|&) $/;
/** A capitalised word and a joining word right before a name: the name ends a longer one ("Committee to Protect Journalists"). */
function longerNameBefore(body: string, start: number): boolean {
  const before = body.slice(Math.max(0, start - 30), start);
  const join = JOINING_WORD_BEFORE.exec(before);
  if (!join) return false;
  const head = before.slice(0, join.index);
  return /^\p{Lu}/u.test(head.slice(head.lastIndexOf(' ') + 1));
}
/**
 * An appositive right after a name whose head is a body's noun: "Citizen Control, a Venezuelan organization that …",
 * "Occupy Central, a wider civil disobedience movement". Linear: at most four words, each a run of letters, before the noun.
 */
const BODY_APPOSITIVE_AFTER = /^, (?:a|an|the) (?:[\p{L}-]+ ){0,4}(?:group|organi[sz]ation|movement|company|firm|agency|newspaper|website|site|magazine|coalition|network|think[- ]tank|charity|nonprofit|non-profit|outlet|publication|blog|institute|association|alliance|campaign)(?!\p{L})/u;
/**
 * A relative clause of a thing after a name, and a verb of speaking after it: "Heritage Action, which describes itself
 * as pro-free trade, urged lawmakers …" (a person takes "who"). Linear: one run of characters that are no comma nor a
 * sentence's end, then one word.
 */
const WHICH_CLAUSE_THEN_WORD = /^, which [^,.!?;:\n“”"]{1,100}, (\p{Ll}+)(?!\p{L})/u;
/** "X, which describes itself as …", "which calls itself": only a body describes itself with "which". */
const WHICH_DESCRIBES_ITSELF = /^,? which (?:describes|calls|bills|styles|brands|considers) itself(?!\p{L})/u;
/** A noun right after a name that only a firm or a body has: "Home Depot spokesman", "Home Depot store", "… employees". */
const BODY_NOUN_AFTER = /^ (?:spokesman|spokeswoman|spokesperson|employees|shareholders|headquarters|stores?)(?!\p{L})/u;
/** A body's possessive: its report, its staff ("Hope not Hate's report says"), or "its" a verb or two after the name
 *  ("Hope Not Hate has used its annual report"): no person's. Linear: fixed words, one bounded run. */
const BODY_POSSESSIVE_AFTER = /^['’]s? (?:annual |latest |new |own )?(?:report|reports|statement|website|research|findings|survey|study|analysis|members|staff|founder|director|spokesman|spokeswoman)(?!\p{L})/u;
const ITS_AFTER = /^ (?:\p{Ll}+ ){0,2}its(?!\p{L})/u;
function whichClauseSpeaks(body: string, end: number): boolean {
  const after = body.slice(end, end + 130);
  if (WHICH_DESCRIBES_ITSELF.test(after)) return true;
  const verb = WHICH_CLAUSE_THEN_WORD.exec(after)?.[1];
  return verb !== undefined && SPEECH_VERBS.has(verb) && !PLURAL_NOUN_FORMS.has(verb);
}
/**
 * The name acts or is described as a body in some mention — it speaks ("Zero Hedge said", "according to …", "Heritage
 * Action, which describes itself as …, urged"), a firm's noun follows it ("Home Depot spokesman") or an appositive
 * calls it a group, a company, a website … — one that is not the tail of a longer name the tagger cut.
 */
const speaks = (body: string, d: Draft) =>
  d.mentions.some(
    (m) =>
      !longerNameBefore(body, m.start) &&
      (speechVerbAfter(body, m.end) || whichClauseSpeaks(body, m.end) || BODY_NOUN_AFTER.test(body.slice(m.end, m.end + 16)) || ACCORDING_TO_BEFORE.test(body.slice(Math.max(0, m.start - 13), m.start)) || BODY_APPOSITIVE_AFTER.test(body.slice(m.end, m.end + 70)) || BODY_POSSESSIVE_AFTER.test(body.slice(m.end, m.end + 30)) || ITS_AFTER.test(body.slice(m.end, m.end + 30))),
  );

const PLACE_RULES: ReadonlyMap<string, (name: string) => { code?: string } | null> = new Map([
  ['place-after-preposition', (name: string) => (name.includes(' ') ? null : { code: countryOfPlace(name) })],
  ['city-comma-state', () => ({ code: 'US' })],
  ['gazetteer-city', (name: string) => ({ code: COUNTRY_BY_CITY.get(name) })],
]);

/** A place's id: its name, and the country it lies in when known ("place:moscow-ru", "place:georgia-us", "place:jordan-valley"). */
export function placeId(name: string, countryCode?: string): string {
  return `place:${slug(name)}${countryCode ? `-${countryCode.toLowerCase()}` : ''}`;
}

export function slug(s: string): string {
  let out = SLUGS.get(s);
  if (out === undefined) {
    if (SLUGS.size >= 20_000) SLUGS.clear();
    SLUGS.set(s, (out = slugOf(s)));
  }
  return out;
}

function slugOf(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

/** "al-Assad" → "assad": the part of a surname that stays the same across spellings. */
export function surnameKey(word: string): string {
  return slug(word.replace(/^(?:al|el)[-\s]/i, ''));
}

function personSlug(name: string): string {
  return name
    .split(/\s+/)
    .map((w) => surnameKey(w))
    .filter(Boolean)
    .join('-');
}

/**
 * The mention linked to its entity: `{ ...m, entityId }` written out, the same keys in the same order for the uniform
 * mentions extractArticle passes (mentions.ts uniformMention). A spread of a mention took V8's generic copy, about 1 µs
 * (add runs once per mention of the article); the literal about 1 % of that. Typed with every key required, as
 * uniformMention is: a field added to Mention and not copied here fails to compile.
 */
function linkedMention(m: Mention, entityId: string): LinkedMention {
  const every: { [K in keyof Required<Mention>]: Mention[K] } & { entityId: string } = { start: m.start, end: m.end, text: m.text, type: m.type, key: m.key, sentence: m.sentence, countryCode: m.countryCode, via: m.via, role: m.role, titleStart: m.titleStart, strong: m.strong, honorific: m.honorific, orgCue: m.orgCue, entityId };
  return every;
}

interface Draft {
  id: string;
  type: Entity['type'];
  name: string;
  aliases: Set<string>;
  mentions: LinkedMention[];
  role?: string;
  code?: string;
}

/** Forms of the bodies the lexicons know, companies named like people among them ("Morgan Stanley"). */
const KNOWN_BODY_FORMS: ReadonlySet<string> = new Set([...KNOWN_ORGANIZATIONS.flat(), ...PERSON_LIKE_COMPANY_NAMES]);

/** Compass words the name lists hold as given names ("West"): "West Yorkshire", "West Point" are places. */
const COMPASS_GIVEN: ReadonlySet<string> = new Set(['North', 'South', 'East', 'West']);
/** A collective noun after a name, the body it heads: "… network", "… campaign", "… foundation". Linear: fixed words. */
const COLLECTIVE_NOUN_AFTER = /^['’]?s? (?:network|networks|organi[sz]ation|group|empire|campaign|team|foundation|family|firm|company|institute|center|centre|administration|machine|camp|circle|operation|clan|dynasty|estate|fund|trust|newspaper|paper|daily|magazine|channel|station|agency|website)\b/;
/** A noun of a thing or a body right before a name, whose name it is: "the aircraft carrier Theodore Roosevelt", "the firm Vianovo". Linear: fixed words. */
const THING_NOUN_BEFORE = /(?<![\p{L}-])(?:carrier|ship|vessel|warship|destroyer|submarine|newspaper|paper|daily|magazine|channel|broadcaster|station|agency|firm|company|group|brand|school|university|hospital|foundation),? $/u;

/**
 * Whether a body's name is a person's: a given name the lexicon knows, a middle initial or none, and a capitalised family
 * name that is no body's word, no word the article writes in lower case and no place; not a body the lexicons know nor
 * an outlet. A place's or a country's name is never read as the given name ("Jordan", "Georgia").
 */
export function nameOfPersonAsBody(body: string, name: string, mentions: readonly { start: number; end: number }[]): boolean {
  // "the Ruben Marquez network": a person's name before a collective noun names that person's body.
  if (mentions.some((m) => COLLECTIVE_NOUN_AFTER.test(body.slice(m.end, m.end + 16)) || THING_NOUN_BEFORE.test(body.slice(Math.max(0, m.start - 24), m.start)))) return false;
  // "Graham Putnam and Mahoney Funeral Parlors": partners' names joined; "Gordon Haskett, a research firm": a body described.
  if (mentions.some((m) => /^ (?:and|&) \p{Lu}/u.test(body.slice(m.end, m.end + 7)) || BODY_APPOSITIVE_AFTER.test(body.slice(m.end, m.end + 70)))) return false;
  const words = name.split(' ');
  if (words.length < 2 || words.length > 3 || (words.length === 3 && !/^\p{Lu}\.$/u.test(words[1]))) return false;
  const [given, family] = [words[0], words[words.length - 1]];
  // (A given name that is also a common word is no proof: "Red Sox", "Grant Thornton"; nor "Al", "El", the Arabic
  // article of "Al Ahram", "Al Jazeera".)
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(given) || COMPASS_GIVEN.has(given) || !FIRST_NAMES.has(given) || genderOfGivenName(given) === null || isCommonWord(given.toLowerCase()) || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(family)) return false;
  // A family name that is a common word or its plural is no proof either: "Ford Fusion", "Geneva Conventions", "Elysee Palace".
  if (KNOWN_BODY_FORMS.has(name) || OUTLET_NAMES.has(name) || isBodyWord(family) || isCommonWordForm(family) || hasLowerCaseUse(body, family.toLowerCase())) return false;
  // A person's name takes no article and is no place one works at: "the Carl Vinson", "an analyst at Raymond James".
  if (mentions.some((m) => /(?:^|[^\p{L}])(?:[Tt]he|at)[ \t]$/u.test(body.slice(Math.max(0, m.start - 5), m.start)))) return false;
  return ![given, family, name].some((w) => COUNTRY_BY_NAME.has(w) || COUNTRY_BY_DEMONYM.has(w) || CITY_NAMES.has(w) || countryOfPlace(w) !== undefined);
}

/**
 * `body` (optional) lets a generic government body read the state written right before it; `sports`: a report of games;
 * `publishedAt` dates a monarch's bare title ("the Queen").
 */
export function buildEntities(found: Mention[], body = '', sports = false, publishedAt: string | null = null): EntityIndex {
  const inTitles = bodiesInTitles(body, found);
  const mentions = inTitles.length ? [...found, ...inTitles].sort((a, b) => a.start - b.start) : found;
  const drafts = new Map<string, Draft>();
  const linked: LinkedMention[] = [];
  const add = (m: Mention, id: string, type: Entity['type'], name: string, extra: Partial<Draft> = {}) => {
    let d = drafts.get(id);
    if (!d) {
      d = { id, type, name, aliases: new Set(), mentions: [], ...extra };
      drafts.set(id, d);
    }
    if (extra.role && !d.role) d.role = extra.role;
    if (type === 'Person' && name.split(' ').length > d.name.split(' ').length) d.name = name;
    d.aliases.add(m.text);
    const lm = linkedMention(m, id);
    d.mentions.push(lm);
    linked.push(lm);
  };

  // 1. Full person names (two or more words) define the people of the article.
  // A longer run ending in another full name is that person with a word stuck in front ("Crooked Hillary Clinton",
  // "Universe Alicia Machado"): it joins them.
  const fullNames = new Set(mentions.filter((m) => m.type === 'Person' && m.key.includes(' ')).map((m) => m.key));
  const fullNameUses = new Map<string, number>();
  for (const m of mentions) if (m.type === 'Person' && fullNames.has(m.key)) fullNameUses.set(m.key, (fullNameUses.get(m.key) ?? 0) + 1);
  // The article's first use of each full name, for the order of introduction below.
  const firstUse = new Map<string, number>();
  for (const m of mentions) if (m.type === 'Person' && fullNames.has(m.key) && !firstUse.has(m.key)) firstUse.set(m.key, m.start);
  /**
   * Whether `long` is the full name `short` with given names before it ("Enrique Peña Nieto", "Ayaan Hirsi Ali"): every
   * word before is one the name lists know as given (or that tells a gender, when the longer name comes first), not a
   * word stuck on ("Crooked Hillary Clinton", "London Boris Johnson" cut from a caption).
   */
  function givenNamesBefore(long: string, short: string): boolean {
    if (!long.endsWith(` ${short}`) || opensWithParticle(short)) return false;
    const lead = long.slice(0, -short.length - 1).split(/\s+/);
    // (A word of the name only: never one the article uses elsewhere — "Tory Phillip Lee", "Justin Pierre Trudeau"
    // beside "Justin Trudeau" — nor a title, a rank or a country, nor one it writes in lower case: "Had James Comey".)
    const uses = (w: string) => {
      let n = 0;
      for (let at = body.indexOf(w); at >= 0; at = body.indexOf(w, at + 1)) if (!/\p{L}/u.test(body[at - 1] ?? '') && !/\p{L}/u.test(body[at + w.length] ?? '')) n++;
      return n;
    };
    const ownWord = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w) && !EPITHET_FIRST.has(w) && !RANK_WORDS.has(w) && !COUNTRY_BY_NAME.has(w) && !COUNTRY_BY_DEMONYM.has(w) && !hasLowerCaseUse(body, w.toLowerCase()) && uses(w) <= (fullNameUses.get(long) ?? 0);
    if (!lead.every((w) => ownWord(w) && (FIRST_NAMES.has(w) || genderOfGivenName(w)))) return false;
    return lead.every((w) => FIRST_NAMES.has(w)) || (firstUse.get(long) ?? Infinity) < (firstUse.get(short) ?? -1);
  }
  const withGivenNames = new Map<string, string>(); // a full name → the longest full name of the article that gives it given names
  for (const short of fullNames) {
    // (Two such names of one length are two people, "Jamal Abu Jamal" and "Oday Abu Jamal": neither.)
    const longer = [...fullNames].filter((long) => givenNamesBefore(long, short));
    const longest = longer.filter((l) => longer.every((o) => o === l || l.endsWith(` ${o}`)));
    if (longest.length === 1) withGivenNames.set(short, longest[0]);
  }
  // A three-word name that opens with another full name of the article is that person with the second family name
  // of Spanish usage ("Fidel Castro Ruz" beside "Fidel Castro").
  const canonicalName = (key: string): string => {
    // "Peña Nieto" beside "Enrique Peña Nieto": a compound family name the article also gives with its given names is
    // that longer name (the longest such).
    const longer = withGivenNames.get(key);
    if (longer) return canonicalName(longer);
    const words = key.split(/\s+/);
    // (Not a family name with its particle, "El Bakraoui" of "Ibrahim El Bakraoui": that one is the longer name's, if
    // one only, full-name-forms.ts; "Khalid El Bakraoui" and "Ibrahim El Bakraoui" are brothers.)
    for (let k = 1; k <= words.length - 2; k++) if (fullNames.has(words.slice(k).join(' ')) && !opensWithParticle(words.slice(k).join(' ')) && !givenNamesBefore(key, words.slice(k).join(' '))) return words.slice(k).join(' ');
    if (words.length === 3 && fullNames.has(words.slice(0, 2).join(' ')) && /^\p{Lu}\p{Ll}+$/u.test(words[2]) && !/^(?:Jr|Sr)$/.test(words[2])) return words.slice(0, 2).join(' ');
    const form = variants.get(key) ?? key;
    return spelledAs.get(form) ?? form;
  };
  // A full name the article also spells with one letter of the family name changed, added, dropped or swapped, and the
  // same given names ("Bowe Bergdahl" … "Bowe Berdahl"), is a misspelling of that person's name: the form the article
  // uses more often (full names and the bare family name), else first. Never between given names (kin: "Jeb Bush",
  // "George Bush"), nor family names of under five letters or of another first letter ("Jansen", "Hansen").
  const spelledAs = new Map<string, string>();
  {
    const uses = new Map<string, number>();
    for (const m of mentions) if (m.type === 'Person' || m.type === 'Unknown') uses.set(m.key, (uses.get(m.key) ?? 0) + 1);
    const usesOf = (k: string) => (uses.get(k) ?? 0) + (uses.get(k.split(/\s+/).pop()!) ?? 0);
    const keys = [...fullNames];
    for (const a of keys) {
      for (const b of keys) {
        if (a === b || !misspeltFamilyName(a, b)) continue;
        const [ua, ub] = [usesOf(a), usesOf(b)];
        if (ub > ua || (ub === ua && keys.indexOf(b) < keys.indexOf(a))) spelledAs.set(a, b);
      }
    }
  }
  // The same person's full name written two ways: with a middle name, a given name transliterated otherwise, a particle
  // capitalised ("Donald J. Trump", "Mohammad Morsi", "De Blasio" beside "Donald Trump", "Mohammed Morsi", "Bill de
  // Blasio"): full-name-forms.ts.
  const variants = fullNameForms([...fullNames], (k) => fullNameUses.get(k) ?? 0);
  const bySurname = new Map<string, Map<string, number>>(); // surname key → person id → full-name mentions
  const namedAt = new Map<string, { start: number; id: string }[]>(); // surname key → full-name mentions in text order
  const byGivenName = new Map<string, Map<string, string>>(); // given name → person id → surname key
  const leadBearers = new Map<string, Set<string>>(); // surname key → the people of that surname the first two sentences name in full
  const familyNamesFirst = new Set<string>(); // surname keys a three-word family-first name gave ("kim" of Kim Jong Un)
  const familyFirstKeys = new Set<string>(); // surname keys any family-first name gave ("kim" of Kim Il-sung, "liu" of Liu He)
  // People whose name puts the family name first: its first word is no given name and tells no gender ("Mr. Liu" is
  // Liu He, though "Liu" is a woman's given name in English lists).
  const familyFirstIds = new Set<string>();
  const unsuffixedFamilies = new Set(mentions.filter((m) => m.type === 'Person' && m.key.includes(' ')).map((m) => m.key.split(/\s+/).pop()!)
    .filter((w) => !GENERATIONAL_SUFFIX.test(w)).map(surnameKey));
  for (const m of mentions) {
    if (m.type !== 'Person' || !m.key.includes(' ')) continue;
    const key = generationOf(body, m) ?? canonicalName(m.key);
    const id = `person:${personSlug(key)}`;
    add(m, id, 'Person', key, { role: m.role });
    // Korean names put the family name first, the given name hyphenated last: "Ban Ki-moon" is Mr. Ban.
    const words = key.split(/\s+/);
    // So do unhyphenated ones written as three short words: "Kim Jong Un", "Kim Yo Jong" are Mr./Ms. Kim.
    const threeWordFamilyFirst = words.length === 3 && words.every((w) => /^\p{Lu}\p{Ll}{1,4}$/u.test(w)) && words[1].length + words[2].length <= 6;
    // And Chinese ones of two words: "Liu He" is Mr. Liu — a bare "He" is the pronoun, never his surname.
    // (Its syllables may both be capitalised, "Kim Jong-Un", "Moon Jae-In", after a Korean family name: two short
    // syllables, not "Karine Jean-Pierre".)
    const koreanHyphenated = words.length === 2 && KOREAN_FAMILY_NAMES.has(words[0]) && /^\p{Lu}\p{Ll}{0,4}-\p{Lu}\p{Ll}{0,4}$/u.test(words[1]);
    const familyFirst = (words.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1])) || koreanHyphenated || threeWordFamilyFirst || chineseFamilyFirst(words);
    // A closing generational suffix is no family name: "Robert S. Mueller III", "Eric H. Holder Jr." are the article's
    // "Mueller", "Holder" — unless the father may be the bare surname's: another full name of the article without the
    // suffix has it ("Donald Trump … Donald Trump Jr."), or it is a listed office-holder's ("Trump" is the president).
    const suffixed = words.length > 2 && GENERATIONAL_SUFFIX.test(words[words.length - 1]);
    const family = words[words.length - 2]?.replace(/,$/, '') ?? '';
    const bySuffixed = suffixed && !unsuffixedFamilies.has(surnameKey(family)) && !OFFICE_HOLDER_FAMILY_NAMES.has(family);
    const sk = surnameKey(familyFirst ? words[0] : bySuffixed ? family : words[words.length - 1]);
    if (threeWordFamilyFirst) familyNamesFirst.add(sk);
    // (Any name written family name first: "Kim Il-sung" and "Kim Jong-un" share "Kim" as Kim Jong Un and Kim Yo Jong do.)
    if (familyFirst) familyFirstKeys.add(sk);
    if (familyFirst) familyFirstIds.add(id);
    const counts = bySurname.get(sk) ?? bySurname.set(sk, new Map()).get(sk)!;
    counts.set(id, (counts.get(id) ?? 0) + 1);
    (namedAt.get(sk) ?? namedAt.set(sk, []).get(sk)!).push({ start: m.start, id });
    if (m.sentence <= 1) (leadBearers.get(sk) ?? leadBearers.set(sk, new Set()).get(sk)!).add(id);
    const given = key.split(/\s+/)[0];
    if (!familyFirst && /^\p{Lu}\p{Ll}+$/u.test(given)) (byGivenName.get(given) ?? byGivenName.set(given, new Map()).get(given)!).set(id, sk);
  }
  // A given name alone ("vote for Hillary") is the one person of the article with that given name — when no one has
  // it as a surname — and counts as a mention of them below.
  const givenNameOwner = (key: string): [id: string, surname: string] | undefined => {
    const owners = byGivenName.get(key);
    return owners?.size === 1 && !bySurname.has(surnameKey(key)) && FIRST_NAMES.has(key) ? [...owners][0] : undefined;
  };
  for (const m of mentions) {
    if ((m.type !== 'Person' && m.type !== 'Unknown') || m.key.includes(' ')) continue;
    const [owner, sk] = givenNameOwner(m.key) ?? [];
    const counts = owner && bySurname.get(sk!);
    if (counts) counts.set(owner, counts.get(owner)! + 1);
  }
  // A bare surname shared by several people ("Ted Cruz … his father, Rafael Cruz … Cruz said") is the one the
  // article is about: named three times as often as the others together, or both named first and most often.
  // Otherwise it is ambiguous ('').
  // A bare family name the article spells with one letter changed, added, dropped or swapped from the family name of
  // people it names in full, and no one's family name as spelt ("David Petraeus … Petreaus said", "Qasem Soleimani …
  // Suleimani"), is theirs: of five letters or more, the same first letter, one such family name only; not a given
  // name ("William" beside "Robert Williams"), a family's plural ("the Bidens", "Tsarnaevs") or a name misread as one
  // ("President" beside "His Presidents"), nor a word the article writes in lower case ("History" beside "Made Histor").
  const surnameSpelledAs = new Map<string, string>();
  const byInitial = new Map<string, string[]>(); // first letter → the full names' family-name keys of 5+ letters
  for (const f of bySurname.keys()) if (f.length >= 5) (byInitial.get(f[0]) ?? byInitial.set(f[0], []).get(f[0])!).push(f);
  const tried = new Set<string>();
  for (const m of mentions) {
    if ((m.type !== 'Person' && m.type !== 'Unknown') || m.key.includes(' ') || tried.has(m.key)) continue;
    tried.add(m.key);
    if (FIRST_NAMES.has(m.key) || genderOfGivenName(m.key)) continue;
    const sk = surnameKey(m.key);
    if (sk.length < 5 || bySurname.has(sk) || surnameSpelledAs.has(sk)) continue;
    const near = (byInitial.get(sk[0]) ?? []).filter((f) => sk !== `${f}s` && sk !== `${f}es` && f !== `${sk}s` && oneEditApart(sk, f));
    if (near.length === 1 && !hasLowerCaseUse(body, m.key.toLowerCase())) surnameSpelledAs.set(sk, near[0]);
  }
  // "Miriam Coronel-Ferrer … Ferrer told the AP": a bare name that is the second half of one full name's hyphenated
  // family name, and no one's family name itself, is that name's (of four letters or more; not a given name).
  const secondHalves = new Map<string, string[]>();
  for (const f of bySurname.keys()) {
    const cut = f.lastIndexOf('-');
    if (cut > 0 && f.length - cut > 4) (secondHalves.get(f.slice(cut + 1)) ?? secondHalves.set(f.slice(cut + 1), []).get(f.slice(cut + 1))!).push(f);
  }
  for (const m of secondHalves.size ? mentions : []) {
    if ((m.type !== 'Person' && m.type !== 'Unknown') || m.key.includes(' ') || FIRST_NAMES.has(m.key)) continue;
    const sk = surnameKey(m.key);
    const whole = secondHalves.get(sk);
    if (whole?.length === 1 && !bySurname.has(sk) && !surnameSpelledAs.has(sk)) surnameSpelledAs.set(sk, whole[0]);
  }
  /** The family-name key of a one-word mention, as the article's full names spell it. */
  const bareKey = (m: Mention) => {
    const sk = surnameKey(m.key);
    return surnameSpelledAs.get(sk) ?? sk;
  };
  const people = new Map<string, string>(); // surname key → person id ('' when ambiguous)
  const leadSubject = new Map<string, string>(); // surname key → the bearer of a tie the lead names alone
  const justNamedOnly = new Set<string>(); // family names written first that several bearers share, none decided
  const minorTaken = new Map<string, { id: string; at: number }>(); // a surname → the once-named bearer its last bare mention took, and where
  const justTaken = new Map<string, { id: string; at: number }>(); // such a family name → the bearer its last bare mention took, and where
  for (const [sk, counts] of bySurname) {
    const firstNamed = counts.keys().next().value!; // insertion order is text order
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const others = ranked.slice(1).reduce((n, [, c]) => n + c, 0);
    const leads = ranked[0][0] === firstNamed && (ranked.length === 1 || ranked[0][1] > ranked[1][1]);
    // Tied, the one the lead names alone (its first two sentences) is the article's subject ("(CNN) Jeb Bush, laying out
    // …" before "His brother, former President George W. Bush"; not "John Smith and Mary Smith arrived"): a bare
    // surname no nearer full name decides is theirs (below).
    if (!leads && leadBearers.get(sk)?.size === 1 && leadBearers.get(sk)!.has(firstNamed) && counts.get(firstNamed) === ranked[0][1]) leadSubject.set(sk, firstNamed);
    // A family name written first is shared by many of the people an article names ("Kim" among Kim Jong Un, Kim Yo
    // Jong and Kim Yong Nam): being named first and most often does not make a bare "Kim" the article's subject's.
    const decided = ranked[0][1] >= 3 * others || leads;
    // "Kim" among Kim Jong Un, Kim Yo Jong and Tony Kim: no guess from who was named last; a strong cue makes it the
    // surname's own person (below), which cross-article identity places.
    // Such a bare surname right after one of them is named in full ("… supreme leader Kim Jong-un’s vision. Mr. Kim’s
    // goal …", after "founder Kim Il-sung" twice) is the one just named, as a pronoun would be (linkSingle).
    // (Named first and most often, "founder Kim Il-sung" twice before "Kim Jong-un" once, it keeps only the bare surnames
    // no other bearer was just named before.)
    if (familyFirstKeys.has(sk) && ranked.length > 1 && ranked[0][1] < 3 * others) justNamedOnly.add(sk);
    if (!decided && familyNamesFirst.has(sk)) continue;
    people.set(sk, decided ? ranked[0][0] : '');
  }
  // Single names with a strong cue ("President Trump", "Lavrov said") and no full name: their own person — unless,
  // untitled, it is the given name of the article's one person so named ("Deborah Amos … Deborah says", NPR's style
  // for its reporters; Thai names: "Yingluck Shinawatra … Yingluck said"), whom linkSingle gives it.
  for (const m of mentions) {
    if (m.type !== 'Person' || m.key.includes(' ') || !m.strong) continue;
    const sk = bareKey(m);
    if (!m.role && !m.honorific && givenNameOwner(m.key)) continue;
    if (!people.has(sk) && sk) people.set(sk, `person:${sk}`);
  }
  // One body's forms in the article are one entity: "Fox Business Network" … "FBN", "U.S. Agency for International
  // Development" … "USAID", "Department of Justice" … "Justice Department", "the Department of Veterans Affairs (VA)" …
  // "the VA" (body-forms.ts).
  const orgMentions = mentions.filter((m) => m.type === 'Organization');
  // (The names as written too: a known body's key drops the state's word its acronym spells, "U.S. Citizenship and
  // Immigration Services" for "USCIS".)
  const bodyForm = articleBodyForms(orgMentions.map((m) => m.key), definedAcronyms(body, orgMentions), orgMentions.filter((m) => m.text !== m.key).map((m) => [m.text, m.key] as const));

  // A capital read as the city still says whose government is meant ("In Beijing, Foreign Ministry spokesman …": China's).
  const countryMentions = mentions.flatMap((m) => (m.type === 'Country' ? [m] : m.type === 'Place' && m.via === 'capital' && m.countryCode ? [{ ...m, key: m.countryCode }] : []));
  // The genders each bare surname is addressed with in the article ("Mr. Kim", "Ms. Kim" → m, f).
  const addressedAs = new Map<string, Set<'m' | 'f'>>();
  for (const m of mentions) {
    if ((m.type !== 'Person' && m.type !== 'Unknown') || m.key.includes(' ') || !m.honorific) continue;
    const g = /^Mr\.?$/.test(m.honorific) ? 'm' : /^(?:Mrs|Ms)\.?$|^Miss$/.test(m.honorific) ? 'f' : null;
    const sk = surnameKey(m.key);
    if (g) (addressedAs.get(sk) ?? addressedAs.set(sk, new Set()).get(sk)!).add(g);
  }

  // How the article has addressed each person so far ("Mr. Abe" → Shinzo Abe is a man): the gender of a given name the
  // lexicon does not know, for a later "Mr. Abe" once Akie Abe is named too.
  const addressedGender = new Map<string, Set<'m' | 'f'>>();
  const addressedGenderOf = (id: string): 'm' | 'f' | null => {
    const g = addressedGender.get(id);
    return g?.size === 1 ? [...g][0] : null;
  };

  /**
   * "Lindsey Graham … Mr. Graham", "Terry O'Neill … Ms. O'Neill": a given name the lexicons list for both genders
   * ("Lindsey", "Robin", "Blair", "Terry") tells the gender only by a guess. When the bearer is the article's one person
   * named in full under the family name, not introduced as kin, and the article addresses that family name with one
   * gender throughout, the honorific is the text's own word on it: that gender. Two genders addressed ("Mr. Hayes" and
   * "Ms. Hayes") leave the guess, as for a name of one gender ("Mr. Obama" beside Michelle Obama alone stays apart).
   */
  function addressedOverGuess(bearer: string, sk: string): 'm' | 'f' | null {
    const given = drafts.get(bearer)?.name.split(/\s+/)[0] ?? '';
    if (!listedForBothGenders(given) || bySurname.get(sk)?.size !== 1 || introducedAsKin(sk, bearer)) return null;
    const addressed = addressedAs.get(sk);
    return addressed?.size === 1 ? [...addressed][0] : null;
  }

  // "John R. Bolton … Ambassador Bolton": a man the article names in full without any title may take a titled surname —
  // a title no head of state or government bears (the dynasties' "President Trump" beside an "Eric Trump"), and when
  // the article introduces him as no one's kin ("his son Eric Trump").
  function mayTakeTitle(bearer: string, role: string, titleStart: number): boolean {
    const d = drafts.get(bearer);
    // a name opened by an epithet or a title ("Prophet Muhammad") has no given name to tell a man
    if (!d || !d.name.includes(' ') || EPITHET_FIRST.has(d.name.split(/\s+/)[0])) return false;
    // A two-word name written family name first ("Zhao Hai") tells no gender: "Professor Zhao" is him when he is the
    // article's one bearer of the family name, named in full before, within a few paragraphs. (Not a three-word Korean
    // one: "Chairman Kim" beside "Kim Yo Jong" is her brother.)
    const familyFirst = familyFirstIds.has(bearer);
    if (familyFirst) {
      const fk = surnameKey(d.name.split(/\s+/)[0]);
      if (familyNamesFirst.has(fk)) return false;
      const named = namedAt.get(fk) ?? [];
      const latest = named.filter((f) => f.start < titleStart).pop();
      if (named.some((f) => f.id !== bearer) || !latest || titleStart - latest.start > 1500) return false;
    }
    // a title read without its first word ("Prime Minister" as "Minister"), or a name read as a title ("Khalid Sheikh")
    if (/\b(?:Prime|Vice|First)$/.test(body.slice(Math.max(0, titleStart - 8), titleStart).trimEnd()) || role.split(/\s+/).some((w) => FIRST_NAMES.has(w))) return false;
    const title = fullTitle(role);
    if ([...HEAD_OFFICES].some((o) => ` ${title} `.includes(` ${o} `)) || /\b(?:first lady|vice)\b/.test(title)) return false;
    // (a title the office-holder lexicon gave him here, "President Trump", leaves "candidate Trump" his as before)
    if (d.mentions.some((x) => (!!x.role && !knownJoins.has(x.start)) || !!x.honorific && !/^Mr\.?$/.test(x.honorific))) return false;
    if (!familyFirst && genderOfGivenName(d.name.split(/\s+/)[0]) !== 'm') return false;
    return !d.mentions.some((x) => x.key.includes(' ') && !!kinNounBefore(x.start));
  }

  // "[the US ambassador to the UN] Nikki Haley … Ambassador Haley", "Rod Rosenstein, the deputy attorney general … Acting
  // Attorney General Rosenstein": the article's one bearer of the surname named in full, whose sentence gives them the
  // title in lower case (or the title read there without "acting"/a plural), is the titled surname's person — whatever
  // the gender; not a head of state's or government's title (the dynasties' "President Trump" beside "Ivanka Trump"),
  // nor a bearer introduced as kin.
  function describedAs(bearer: string, sk: string, role: string, titleStart: number): boolean {
    const d = drafts.get(bearer);
    if (!d || !d.name.includes(' ') || bySurname.get(sk)?.size !== 1 || introducedAsKin(sk, bearer)) return false;
    // a title read without its first word ("Prime Minister" as "Minister")
    if (/\b(?:Prime|Vice|First)$/.test(body.slice(Math.max(0, titleStart - 8), titleStart).trimEnd())) return false;
    const title = fullTitle(role).replace(/^(?:acting|interim|former|then-) /, '').replace(/(?<=[a-z]{3}[^s])s$/, '');
    if (!/^[a-z][a-z -]{3,40}$/.test(title) || [...HEAD_OFFICES].some((o) => ` ${title} `.includes(` ${o} `)) || /\b(?:first lady|vice)\b/.test(title)) return false;
    const phrase = new RegExp(`(?<![a-z])${title.replace(/-/g, '\\-')}(?![a-z])`);
    return d.mentions.some((x) => {
      if (!x.key.includes(' ')) return false;
      if (x.role && phrase.test(fullTitle(x.role))) return true;
      // the sentence around the full name, at most 90 characters each way
      const from = Math.max(0, x.start - 90);
      const lead = body.slice(from, x.start);
      const stop = Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('\n'));
      const tail = body.slice(x.end, x.end + 90);
      const end = tail.search(/\.\s|\n/);
      return phrase.test((lead.slice(stop + 1) + ' ' + (end < 0 ? tail : tail.slice(0, end))).toLowerCase());
    });
  }

  /** The kin noun right before a position, a comma between allowed ("his wife, Karen Pence"), if one. */
  function kinNounBefore(at: number): string | undefined {
    return KIN_BEFORE.exec(body.slice(Math.max(0, at - 30), at).trimEnd().replace(/,$/, ''))?.[0];
  }

  /** A kin noun right before a position, a grandparent's or grandchild's too ("his grandfather, Kim Il Sung"). */
  function kinBefore(at: number): boolean {
    const lead = body.slice(Math.max(0, at - 40), at).trimEnd().replace(/,? (?:named|called)$/, '').replace(/,$/, '');
    return !!KIN_BEFORE.exec(lead) || /grand(?:father|mother|son|daughter)s?$/i.test(lead);
  }

  /**
   * A full name introduced as the kin of someone of its own family: "Eric Trump, the president's middle son", "his
   * father, Eid Ahmed", "Trump's daughter, Ivanka Trump" — not an in-law, nor the kin of someone named otherwise ("Diego
   * Salazar, a cousin of Ramírez", "Irinea Buendia, whose daughter …").
   */
  function sameFamilyKin(full: Mention, sk: string): boolean {
    const after = KIN_AFTER.exec(body.slice(full.end, full.end + 80));
    const before = kinNounBefore(full.start);
    if (!after && !before) return false;
    if ((after?.[3] ?? before ?? '').includes('-in-law')) return false;
    // (before the name: a possessive one or two words before the kin noun, "Trump's daughter, Ivanka Trump")
    const words = body.slice(Math.max(0, full.start - 40), full.start).trimEnd().replace(/,$/, '').split(' ');
    const owner = after ? after[1] ?? after[2] : words.slice(-3, -1).reverse().find((w) => /['’]s$/.test(w));
    const ownFamily = (w: string) => surnameKey(w.trim().replace(/['’]s$/, '')) === sk;
    if (owner && /^\p{Lu}/u.test(owner) && !ownFamily(owner)) return false;
    const of = after && /^ of (\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})/u.exec(body.slice(full.end + after[0].length, full.end + after[0].length + 40));
    return !of || of[1].trim().split(/\s+/).some(ownFamily);
  }

  /** Every full name of `bearer` under the family name `sk` follows a kin noun: "his wife, Karen Pence", "son Eric Trump". */
  function introducedAsKin(sk: string, bearer: string): boolean {
    if (familyFirstIds.has(bearer)) return false;
    const named = (namedAt.get(sk) ?? []).filter((f) => f.id === bearer);
    return named.length > 0 && named.every((f) => !!kinNounBefore(f.start));
  }

  /** The gender the kin noun before a bearer's first full name gives ("mother, Zubeidat Tsarnaev" → f), if one does. */
  function kinGender(sk: string, bearer: string): 'm' | 'f' | null {
    const first = (namedAt.get(sk) ?? []).find((f) => f.id === bearer);
    const noun = first && kinNounBefore(first.start)?.toLowerCase();
    return !noun ? null : /^(?:daughters?|wife|sister|mother|niece|aunt|granddaughter|daughter-in-law|widow|stepdaughter|stepmother)$/.test(noun) ? 'f'
      : /^(?:sons?|husband|brother|father|nephew|uncle|grandson|son-in-law|stepson|stepfather)$/.test(noun) ? 'm' : null;
  }

  /** Where titled family names joined their bearer by the office-holder lexicon (knownHolder). */
  const knownJoins = new Set<number>();
  /** The one person named in full under the family name `sk` whom the lexicon knows by the office `role`, if one. */
  function knownHolder(sk: string, role: string): string | undefined {
    const fitting = [...(bySurname.get(sk)?.keys() ?? [])].filter((b) => knownOfficeFits(drafts.get(b)?.name ?? '', role));
    return fitting.length === 1 ? fitting[0] : undefined;
  }

  // "HRC", "AMLO", "KJU": capitals that spell the initials of the one person the article names in full (three letters
  // or more) are that person, no body — unless a body of the article spells them (bodyForm), the lexicon knows a body
  // or an outlet by them, or two people's initials are the same. The full name opens with a given name the lexicons know
  // or puts the family name first ("Kim Jong Un"): a body's long name read as a person ("Medecins Sans Frontieres",
  // "Federalnaya Sluzhba Bezopastnosti") keeps its acronym a body.
  const personInitials = new Map<string, string>();
  for (const d of drafts.values()) {
    const first = d.name.split(/\s+/)[0];
    const named = d.type === 'Person' && (FIRST_NAMES.has(first) || !!genderOfGivenName(first) || familyFirstIds.has(d.id));
    const words = named ? d.name.split(/\s+/) : [];
    const initials = words.length >= 2 ? words.map((w) => w[0]).join('') : '';
    if (initials.length >= 3 && /^\p{Lu}+$/u.test(initials)) personInitials.set(initials, personInitials.has(initials) && personInitials.get(initials) !== d.id ? '' : d.id);
  }
  const initialledPerson = (m: Mention, canonical: string): string | undefined => {
    const letters = canonical === m.key && !KNOWN_BODY_NAMES.has(m.text) && !LISTED_OUTLETS.has(m.text) ? acronymLetters(m.text) : undefined;
    return letters && letters.length >= 3 ? personInitials.get(letters) || undefined : undefined;
  };

  // 2. Everything else in text order.
  for (const m of mentions) {
    switch (m.type) {
      case 'Person':
        if (!m.key.includes(' ')) linkSingle(m, true);
        break;
      case 'Unknown':
        linkSingle(m, false);
        break;
      case 'Country':
        add(m, `country:${m.key}`, 'Country', countryName(m.key), { code: m.key });
        break;
      case 'Place':
        add(m, placeId(m.key, m.countryCode), 'Place', m.key, m.countryCode ? { code: m.countryCode } : {});
        break;
      case 'Organization': {
        // Whatever named it a body ("Updated" before a timestamp, "Article 5"), a name listed as none is none.
        if (namesNoBody(m.text.replace(/\s+/g, ' '))) break;
        let canonical = bodyForm(m.key);
        // "the Foreign Ministry" is one state's: keyed by the state, never one node for every country's.
        const generic = genericBody(canonical);
        const state = generic && stateOfBody(m, generic, countryMentions, body.slice(Math.max(0, m.start - 40), m.start));
        if (generic && state) canonical = bodyName(state, generic);
        const initialled = initialledPerson(m, canonical);
        if (initialled) add({ ...m, type: 'Person' }, initialled, 'Person', drafts.get(initialled)!.name);
        else add(m, `org:${slug(canonical)}`, 'Organization', canonical);
        break;
      }
    }
  }

  function linkSingle(m: Mention, isPerson: boolean): void {
    const holdsTitle = (bearer: string, role: string) =>
      (drafts.get(bearer)?.mentions ?? []).some((x) => !!x.role && titleFits(x.role.toLowerCase(), role.toLowerCase()));
    // Only the surname may be known (person:trump): the loader resolves it across articles.
    const sk = bareKey(m);
    // "Sir Kim", "Dame Judi": a British knighthood goes with the given name — the article's one person so named
    // ("Kim Darroch").
    const address = m.honorific ?? m.role;
    const knighted = address && KNIGHTHOODS.has(address) ? byGivenName.get(m.key) : undefined;
    if (knighted?.size === 1) {
      add(m, [...knighted.keys()][0], 'Person', m.key, { role: m.role });
      return;
    }
    // "Prince Mohammed", "King Salman", "Sheikh Abdullah": a titled name of an Arab nasab chain is its first word, the
    // bearer's own name ("Mohammed bin Salman"; "Salman" there is his father) — the one chain of the article opened by it
    // whose bearer holds that title here or none at all.
    if (m.role && m.titleStart !== undefined) {
      const chains = [...drafts.values()].filter((d) => d.type === 'Person' && PATRONYM_WORD.test(d.name) && surnameKey(d.name.split(/\s+/)[0]) === sk);
      const fitting = chains.filter((d) => holdsTitle(d.id, m.role!));
      const chain = fitting.length === 1 ? fitting[0] : chains.length === 1 && !chains[0].mentions.some((x) => !!x.role) ? chains[0] : undefined;
      if (chain) {
        add(m, chain.id, 'Person', m.key, { role: m.role });
        return;
      }
    }
    let id = people.get(sk) ?? givenNameOwner(m.key)?.[0];
    // A family name written first that several bearers share, none decided (step 1): the bearer just named in full, or
    // just taken up by it, within a paragraph's reach — "… supreme leader Kim Jong-un’s vision for his country. Mr.
    // Kim’s ultimate goal …" after "founder Kim Il-sung" twice; not two of them named together ("Kim Il Sung and Kim Jong
    // Il disappeared … Kim"), nor a titled one ("Chairman Kim": titles below). Else its own person, as before.
    if (justNamedOnly.has(sk) && !m.role && (id === undefined || id === `person:${sk}` || id === people.get(sk))) {
      // (Only bearers named family name first: "Jasper Kim" is Mr. Kim too, but not of this kind of name.)
      const before = namedAt.get(sk)?.filter((f) => f.start < m.start && familyFirstIds.has(f.id)) ?? [];
      const latest = before[before.length - 1];
      // (Not a bearer the article names in full only as someone's kin: "his grandfather, Kim Il Sung", "his sister Kim Yo Jong".)
      // (Introduced so at the first naming is enough: "his sister Kim Yo Jong, to attend. Kim Yo Jong, a powerful official".)
      const asKin = !!latest && kinBefore(before.find((f) => f.id === latest.id)!.start);
      const rival = before.filter((f) => f.id !== latest?.id).pop();
      const taken = justTaken.get(sk);
      const anchor = taken && latest && taken.at > latest.start && taken.id === latest.id ? taken.at : latest?.start;
      if (latest && !asKin && anchor !== undefined && m.start - anchor < JUST_NAMED_REACH && (!rival || latest.start - rival.start > 200)) {
        id = latest.id;
        justTaken.set(sk, { id, at: m.start });
      }
    }
    // "Mr. Obama" is not Michelle Obama: among the people with the surname, the form of address picks the gender.
    const want = m.honorific ? (/^Mr\.?$/.test(m.honorific) ? 'm' : /^(?:Mrs|Ms)\.?$|^Miss$/.test(m.honorific) ? 'f' : null) : addressedAsMen(body, m.start) ? 'm' : null;
    const bearers = want ? [...(bySurname.get(sk)?.keys() ?? [])] : [];
    // A given name the lexicon does not know ("Shinzo", "Akie") takes the gender the article's honorifics gave it so far.
    const genderOf = (b: string) => (familyFirstIds.has(b) ? null : addressedOverGuess(b, sk) ?? genderOfGivenName(drafts.get(b)?.name.split(/\s+/)[0] ?? '')) ?? addressedGenderOf(b);
    if (want && bearers.length > 1) {
      const fitting = bearers.filter((b) => genderOf(b) === want);
      if (fitting.length === 1) id = fitting[0];
    }
    // …and when the one bearer named in full is of the other gender, "Mr. Obama" is someone known by surname only.
    if (want && id && genderOf(id) && genderOf(id) !== want) id = `person:${sk}`;
    // A title tells no gender and no given name: "President Trump" in an article that names only Melania Trump is not
    // her. A titled surname joins an article's full name only when that person carries a fitting title here too;
    // otherwise it stays the surname's own person, for cross-article identity to place (src/resolve/consolidate.ts).
    // "President Xi", "Chairman Kim", "Secretary Clinton" beside "Xi Jinping", "Kim Jong Un", "Hillary Clinton" named
    // untitled: an office the lexicon knows the article's one such bearer of the family name by is theirs (never a
    // relative's: "Kim Yo Jong", "Melania Trump" hold no listed office).
    const known = m.role && m.titleStart !== undefined && !want ? knownHolder(sk, m.role) : undefined;
    if (known) {
      id = known;
      knownJoins.add(m.start);
    }
    else if (id && m.role && m.titleStart !== undefined && !want && !holdsTitle(id, m.role) && !mayTakeTitle(id, m.role, m.titleStart) && !describedAs(id, sk, m.role, m.titleStart)) id = `person:${sk}`;
    // A title the article's full-name bearer does not hold shows it speaks of another bearer too ("President Trump …",
    // "first lady Melania Trump" named later). When she is a woman, a bare surname before she is first named cannot
    // point back to her, and once the titled one came first, a bare surname stays the other's ("Trump said …" after her
    // one mention; hers would be "Mrs. Trump"): the surname's own person, for cross-article identity to place. (A man
    // named in full keeps his bare surname: "President Bush" in a Jeb Bush story does not take Jeb's "Bush".)
    if (id && !m.role && !want && drafts.get(id)?.name.includes(' ') && genderOf(id) === 'f') {
      const firstFull = namedAt.get(sk)?.find((f) => f.id === id)?.start ?? -1;
      const bearer = id;
      const titledOther = mentions.find((x) => x.type === 'Person' && !x.key.includes(' ') && !x.honorific && !!x.role
        && x.titleStart !== undefined && surnameKey(x.key) === sk && !holdsTitle(bearer, x.role));
      if (titledOther && (m.start < firstFull || titledOther.start < firstFull)) id = `person:${sk}`;
    }
    // "King Salman … Crown Prince Mohammed bin Salman … Salman said": the word after "bin"/"ibn" names the father, no
    // family name; a bare one is the person the article titles by that one name, with a title the son does not hold.
    if (id && !m.role && !want && PATRONYM_LAST.test(drafts.get(id)?.name ?? '')) {
      const bearer = id;
      if (mentions.some((x) => x.type === 'Person' && !x.key.includes(' ') && !x.honorific && !!x.role && x.titleStart !== undefined && surnameKey(x.key) === sk && !holdsTitle(bearer, x.role))) id = `person:${sk}`;
    }
    // "Mr. Trump said … Eric Trump, the president's middle son": the one bearer of the surname named in full, introduced
    // as someone's kin, is not whom the article spoke of before naming him — the surname's own person.
    if (id && id !== `person:${sk}` && bySurname.get(sk)?.size === 1 && !familyFirstIds.has(id) && drafts.get(id)?.name.includes(' ')) {
      const first = namedAt.get(sk)?.[0];
      const full = first && first.id === id && m.start < first.start ? mentions.find((x) => x.start === first.start && x.type === 'Person') : undefined;
      const junior = full && (GENERATIONAL_SUFFIX.test(full.text.split(/\s+/).pop()!) || /^,? (?:Jr|Sr)\b/.test(body.slice(full.end, full.end + 5)));
      if (full && !junior && sameFamilyKin(full, sk)) id = `person:${sk}`;
    }
    // Shared by several people, a titled surname is the one of them the article gives that title ("former President
    // Bill Clinton … President Clinton's office", with Hillary Clinton named more recently); none: its own person.
    if (id === '' && m.role && m.titleStart !== undefined && !want) {
      const titled = [...(bySurname.get(sk)?.keys() ?? [])].filter((b) => holdsTitle(b, m.role!));
      id = titled.length === 1 ? titled[0] : titled.length === 0 ? `person:${sk}` : '';
    }
    // Shared by several people: the one named in full most recently, within a few paragraphs ("Gary Johnson …
    // Jeh Johnson said … Johnson added" → Jeh Johnson).
    // Two of them named close together ("John Smith and Mary Smith arrived") leave it ambiguous.
    if (id === '') {
      const before = namedAt.get(sk)?.filter((f) => f.start < m.start) ?? [];
      const latest = before[before.length - 1];
      const rival = before.filter((f) => f.id !== latest?.id).pop();
      // "Vice President Mike Pence … Pence, joined by his wife, Karen Pence, greeted troops … Pence told them": a bearer
      // the article names in full only as someone's kin is introduced beside the one it is about; a bare surname
      // stays with the bearer named first as no one's kin (a reporter names the relative in full again, or "Mrs. Pence").
      // Not when the article speaks of another bearer by a title the one named first does not hold ("President Trump"
      // beside "First lady Melania Trump … daughter Ivanka Trump"), nor when a pronoun right after the surname is the
      // relative's and not theirs ("The suspects' mother, Zubeidat Tsarnaev … Tsarnaev said she thinks").
      const firstAsNoKin = latest && !m.role && !want && introducedAsKin(sk, latest.id)
        ? before.find((f) => f.id !== latest.id && !introducedAsKin(sk, f.id)) : undefined;
      const titledOther = !!firstAsNoKin && mentions.some((x) => x.type === 'Person' && !x.key.includes(' ') && !!x.role && x.titleStart !== undefined && surnameKey(x.key) === sk && !holdsTitle(firstAsNoKin.id, x.role));
      const pronoun = PRONOUN_AFTER.exec(body.slice(m.end, m.end + 80))?.[1]?.toLowerCase();
      const pronounGender = pronoun === undefined ? null : /^(?:she|her)$/.test(pronoun) ? 'f' : 'm';
      const relativesPronoun = !!firstAsNoKin && !!pronounGender && (genderOf(latest!.id) ?? kinGender(sk, latest!.id)) === pronounGender && genderOf(firstAsNoKin.id) !== pronounGender;
      const principal = titledOther || relativesPronoun ? undefined : firstAsNoKin;
      id = principal ? principal.id
        : latest && m.start - latest.start < 1500 && (!rival || latest.start - rival.start > 200) ? latest.id : want ? undefined : leadSubject.get(sk);
      // "President Donald Trump … celebrated first lady Melania Trump's birthday. Abe and Trump are likely to meet": a
      // full name in the possessive introduces its bearer as a thing's owner, no new topic; the bearer named before
      // with a title, the article's one so far, keeps the bare surname.
      const latestMention = latest && mentions.find((x) => x.start === latest.start && x.type === 'Person');
      if (id && rival && latestMention && /^['’]s\b/.test(body.slice(latestMention.end, latestMention.end + 3)) && (drafts.get(rival.id)?.mentions ?? []).some((x) => !!x.role)) id = rival.id;
      // "… Raúl Castro (four times) … says Aliot Castro, a teenager. … the operation against Castro": a bearer named in
      // full once, beside one the article names in full at least twice as often, takes a bare surname only right after
      // (about a paragraph; or right after a bare one it took) — farther on the surname is the article's principal
      // bearer's again, as a reader takes it.
      if (id && latest && id === latest.id && !want && !m.role) {
        // (Full names only, each bearer's named before this mention: "Mike" alone is no full naming of Mike Haines.)
        const counts = new Map<string, number>();
        for (const f of before) counts.set(f.id, (counts.get(f.id) ?? 0) + 1);
        const top = [...counts].sort((a, b) => b[1] - a[1])[0];
        const taken = minorTaken.get(sk);
        const anchor = taken && taken.id === id && taken.at > latest.start ? taken.at : latest.start;
        if (counts.get(id) === 1 && top[0] !== id && top[1] >= 2 && m.start - anchor >= JUST_NAMED_REACH) id = top[0];
        else if (counts.get(id) === 1 && top[0] !== id) minorTaken.set(sk, { id, at: m.start });
      }
    }
    // "Mr. Kim" and "Ms. Kim" in one article, neither named in full here, are two people: the woman gets a node of
    // her own (cross-article identity places both; a bare "Kim" stays with the man's).
    if (id === `person:${sk}` && want === 'f' && addressedAs.get(sk)?.size === 2) id = `person:${sk}-ms`;
    // "the first President Bush", "pardoned by President Bush in December 1992": the generation the text names.
    // Years only when the article's Bush is no other of the family ("Jeb Bush … Bush was governor from 1999 to 2007").
    const otherKin = !!id && !!drafts.get(id) && drafts.get(id)!.name.includes(' ') && !/^George\b/.test(drafts.get(id)!.name);
    const generation = want === 'f' ? null : generationOf(body, m, !otherKin);
    if (generation) {
      const gid = `person:${personSlug(generation)}`;
      const same = [...drafts.values()].find((d) => d.type === 'Person' && d.name.replace(/[.\s]/g, '') === generation.replace(/[.\s]/g, ''));
      add(m, same?.id ?? gid, 'Person', generation, { role: m.role });
      return;
    }
    if (id) {
      add(m, id, 'Person', m.key, { role: m.role });
      if (want) (addressedGender.get(id) ?? addressedGender.set(id, new Set()).get(id)!).add(want);
    }
    void isPerson;
  }

  // 3. A bare title ("the Vice President said", "Mr. President") is the one person the article gives that office by
  // name ("Vice President Mike Pence"); with none or several it names no one and is no entity (step 5): one
  // `person:president` node would gather every unnamed president of the corpus.
  const people2 = [...drafts.values()].filter((d) => d.type === 'Person' && !isTitleOnly(d.name));
  for (const d of [...drafts.values()]) {
    if (d.type !== 'Person' || !isTitleOnly(d.name)) continue;
    const keep: LinkedMention[] = [];
    for (const lm of d.mentions) {
      const holders = people2.filter((h) => h.mentions.some((x) => !!x.role && holdsOffice(x.role, lm.key)));
      if (holders.length !== 1) {
        keep.push(lm);
        continue;
      }
      lm.entityId = holders[0].id;
      holders[0].mentions.push(lm);
      holders[0].aliases.add(lm.text);
    }
    if (keep.length === d.mentions.length) continue;
    d.mentions = keep;
    d.aliases = new Set(keep.map((m) => m.text));
    if (!keep.length) drafts.delete(d.id);
  }

  // 4. "The bloc" is the one trade or political bloc the article names ("the UK out of the bloc" beside "the EU"); with
  // none or several it names no one. Kept as a mention of the body, not as a party to relations or events.
  const blocs = [...drafts.values()].filter((d) => d.type === 'Organization' && BLOC_IDS.has(d.id));
  if (blocs.length === 1) {
    for (const hit of body.matchAll(/\b[Tt]he bloc(?![\p{L}-])/gu)) {
      const at = hit.index!;
      if (blocs[0].mentions.some((x) => x.start <= at && at < x.end)) continue;
      blocs[0].mentions.push({ start: at, end: at + hit[0].length, text: hit[0], type: 'Organization', key: blocs[0].name, sentence: -1, entityId: blocs[0].id });
      blocs[0].aliases.add(hit[0]);
    }
  }

  // 5. Names no reader takes for a person ("“Happy Birthday”", "We'll", "Prince Sultan Air Base") and titles that name
  // no one here: no entity at all.
  const dropped = new Set<string>();
  // One name, one type per article: a place the article names ("in Benghazi") is no person where the same words stand
  // untitled elsewhere ("the administration's Benghazi talking points").
  const placeByText = new Map<string, Draft>();
  for (const d of drafts.values()) if (d.type === 'Place') for (const m of d.mentions) placeByText.set(m.text, d);
  // One draft's mentions become another's (a place's, a person's), under its id and the type given.
  const moveInto = (d: Draft, into: Draft, type: 'Place' | 'Person' | 'Organization') => {
    if (d === into) return;
    for (const lm of d.mentions) {
      lm.entityId = into.id;
      lm.type = type;
      into.mentions.push(lm);
      into.aliases.add(lm.text);
    }
    drafts.delete(d.id);
  };
  // A person's draft under `id` (made when the article names no one so): a monarch, a family.
  const personDraft = (id: string, name: string, extra: Partial<Draft> = {}): Draft =>
    drafts.get(id) ?? drafts.set(id, { id, type: 'Person', name, aliases: new Set(), mentions: [], ...extra }).get(id)!;
  // "the Queen" with no one the article gives the title by name, and "Queen Elizabeth" beside "Queen Elizabeth II": the
  // realm's monarch (monarchOf), when the article is of one of the realms.
  const monarchDraft = (title: string): Draft | null => {
    const m = monarchOf(title, body, publishedAt);
    return m ? personDraft(m.id, m.name, { role: title.charAt(0).toUpperCase() + title.slice(1).toLowerCase() }) : null;
  };
  // "Queen Elizabeth" (a given name titled as a monarch) is the realm's monarch of that name ("Elizabeth II").
  function regnalGivenName(d: Draft): Draft | null {
    if (d.name.includes(' ')) return null;
    const title = d.mentions.find((x) => x.role && monarchOf(x.role, body, publishedAt))?.role;
    const m = title ? monarchOf(title, body, publishedAt) : null;
    // "Queen Elizabeth I" is another queen: a regnal number written after the name must be the monarch's.
    const numbered = d.mentions.some((x) => { const n = /^\s+([IVX]+)\b/.exec(body.slice(x.end, x.end + 6)); return !!n && `${d.name} ${n[1]}` !== m?.name; });
    return m && !numbered && m.name.startsWith(`${d.name} `) ? monarchDraft(title!) : null;
  }
  /** A ship's noun right before the mention ("the oil tanker Stena Impero"; after a comma, "a tanker, Grace 1,", as an appositive only). */
  /** The Place draft a ship moves into (one per name: "USS John S. McCain" and "the McCain" are one ship). */
  const shipPlace = (d: Draft): Draft => {
    const id = placeId(d.name);
    return drafts.get(id) ?? drafts.set(id, { id, type: 'Place', name: d.name, aliases: new Set(), mentions: [] }).get(id)!;
  };
  const shipNounBefore = (m: LinkedMention) => !m.role && !m.honorific && VESSEL_NOUN_BEFORE.test(body.slice(Math.max(0, m.start - 24), m.start)) && (body[m.start - 2] !== ',' || body[m.end] === ',');
  for (const d of [...drafts.values()]) {
    if (d.type !== 'Person') continue;
    const samePlace = placeByText.get(d.name);
    if (samePlace && d.mentions.every((m) => !m.role && !m.honorific && m.text === d.name)) {
      moveInto(d, samePlace, 'Place');
      continue;
    }
    // "the oil tanker Stena Impero", "a tanker, Grace 1,": a name right after a ship's noun is the ship — no person, and
    // no body either: the graph has no vessel type, so a ship is a Place, where things happen (as a navy's ships below).
    if (d.mentions.some((m) => shipNounBefore(m))) {
      moveInto(d, shipPlace(d), 'Place');
      continue;
    }
    const rule = isTitleOnly(d.name) ? 'title-only' : unlikelyPerson(body, d);
    const monarch = rule === 'title-only' ? monarchDraft(d.name) : regnalGivenName(d);
    if (monarch) {
      moveInto(d, monarch, 'Person');
      continue;
    }
    if (!rule) continue;
    // "Zero Hedge said": a phrase of common words that speaks is a body, an outlet or a group (SPEAKING_BODY_RULES).
    if ((SPEAKING_BODY_RULES.has(rule) && speaks(body, d)) || DESCRIBED_BODY_RULES.has(rule)) {
      const id = `org:${slug(d.name)}`;
      for (const lm of d.mentions) lm.orgCue = 'context';
      moveInto(d, drafts.get(id) ?? drafts.set(id, { id, type: 'Organization', name: d.name, aliases: new Set(), mentions: [] }).get(id)!, 'Organization');
      continue;
    }
    // "a hotel manager in Srinagar", "North Charleston, S.C.": a place read as a name is that place (PLACE_RULES).
    const place = PLACE_RULES.get(rule)?.(d.name);
    if (place) {
      const { code } = place;
      const id = placeId(d.name, code);
      moveInto(d, drafts.get(id) ?? drafts.set(id, { id, type: 'Place', name: d.name, aliases: new Set(), mentions: [], ...(code ? { code } : {}) }).get(id)!, 'Place');
      continue;
    }
    dropped.add(d.id);
  }

  // 6. One name, one type per article, for bodies too: the surname of a person the article names in full ("Trump
  // associate", "López Obrador began", with Donald Trump, Andrés Manuel López Obrador named) is that person. Then
  // one-word names that name no body (unlikely-bodies.ts: "Europeans", "my Generals", "“Sure.”") are no entity, but in
  // a report of games, whose plurals name teams ("Cardinals", "Senators").
  // A given name and a surname the article uses only as a modifier ("the David Petraeus controversy"), read as a body
  // with no cue of one: the person. Not a body the lexicon or the outlet list knows ("the Wells Fargo scandal").
  /**
   * The bare-surname person of the article a place's or a body's two words name in full: the first a given name the
   * lexicons know, no title, and the article never writes it in lower case, the second no body's head word and the one-word name of
   * a person the article names by no full name; never a name a body cue or the lexicon vouches for.
   */
  function givenNameAndSurname(d: Draft): { bare: Draft; name: string } | undefined {
    if ((d.type !== 'Organization' && d.type !== 'Place') || dropped.has(d.id)) return undefined;
    // (A body's span may run a label into the name: "Air Force Gen John Hyten", "DJ Cesar Sayoc".)
    const two = (d.type === 'Place' ? /^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)$/u : /(?:^|[ \t])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)$/u).exec(d.name);
    if (!two || d.mentions.some((m) => !!m.orgCue && m.orgCue !== 'context') || KNOWN_BODY_NAMES.has(d.name) || OUTLET_NAMES.has(d.name)) return undefined;
    const [, given, family] = two;
    // (A title is no given name: "UN Secretary General Ban", "Sir Kim", "Prince Philip".)
    if (!(FIRST_NAMES.has(given) || genderOfGivenName(given)) || EPITHET_FIRST.has(given) || hasLowerCaseUse(body, given.toLowerCase()) || isBodyWord(family)) return undefined;
    const bare = [...drafts.values()].find((p) => p.type === 'Person' && p.name === family && !dropped.has(p.id));
    const others = [...drafts.values()].some((p) => p.type === 'Person' && p !== bare && p.name.endsWith(` ${family}`));
    return bare && !others ? { bare, name: `${given} ${family}` } : undefined;
  }
  for (const d of [...drafts.values()]) {
    if (d.type !== 'Organization' || d.mentions.some((m) => !!m.orgCue && m.orgCue !== 'context')) continue;
    const two = /^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)$/u.exec(d.name);
    if (!two || !FIRST_NAMES.has(two[1]) || isBodyWord(two[2]) || hasLowerCaseUse(body, two[2].toLowerCase()) || KNOWN_BODY_NAMES.has(d.name) || OUTLET_NAMES.has(d.name)) continue;
    if (!d.mentions.some((m) => ATTRIBUTIVE_PERSON_NOUN.test(body.slice(m.end, m.end + 20)))) continue;
    moveInto(d, personDraft(`person:${personSlug(d.name)}`, d.name), 'Person');
  }
  // "Bloomberg View’s Eli Lake … Lake writes", "Gershon Baskin … Baskin said": a given name and a family name read as
  // a place or a body ("Lake", "Hill" of a place's), or closing a body's span ("Air Force Gen John Hyten"), where the
  // article speaks of a person by that family name alone and names no one else so, are that person's full name.
  for (const d of [...drafts.values()]) {
    const named = givenNameAndSurname(d);
    if (!named) continue;
    const into = personDraft(`person:${personSlug(named.name)}`, named.name);
    moveInto(d, into, 'Person');
    moveInto(named.bare, into, 'Person');
  }
  // "former US Ambassador to Israel Dan Shapiro": a country's name or adjective and a title only, read as a body, is the
  // title of the name after it.
  const personAt = new Map<number, Draft>();
  for (const p of drafts.values()) if (p.type === 'Person' && !dropped.has(p.id)) for (const x of p.mentions) personAt.set(x.start, p);
  const people6 = [...drafts.values()].filter((p) => p.type === 'Person' && !dropped.has(p.id) && !isTitleOnly(p.name));
  for (const d of [...drafts.values()]) {
    if (d.type !== 'Organization' || d.mentions.some((m) => !!m.orgCue && m.orgCue !== 'context')) continue;
    const office = countryOffice(d.name);
    if (!office) continue;
    // Each mention goes to its own name ("US Ambassador to Israel David Friedman … former US Ambassador to Israel Dan
    // Shapiro"); one with no name after it ("the US President") is the one holder the article names (countryOfficeHolder),
    // else no one: a description, never a body.
    const kept = d.mentions.filter((m) => {
      for (let at = m.end + 1; at <= m.end + 50 && at < body.length; at++) {
        const p = personAt.get(at);
        if (p && TITLE_TO_NAME.test(body.slice(m.end, at))) {
          moveInto({ ...d, mentions: [m] }, p, 'Person');
          return false;
        }
      }
      const holder = countryOfficeHolder(m, office);
      if (holder) moveInto({ ...d, mentions: [m] }, holder, 'Person');
      return !holder;
    });
    if (kept.length) {
      d.mentions = kept;
      d.aliases = new Set(kept.map((m) => m.text));
      drafts.set(d.id, d);
      dropped.add(d.id);
    }
  }
  /**
   * "the US President said", "the Mexican President's visit": the one person the article gives that office of that
   * country by name ("US President Donald Trump"), else for the US presidency the president in office on the article's
   * day when the article names him; only after "the" ("a sitting US President", "the next US President" name no one).
   */
  /** The country whose name or adjective (or possessive: "Mexico's") stands right before a position ("Mexican |President"). */
  function countryWrittenBefore(at: number): string | undefined {
    const words = body.slice(Math.max(0, at - 40), at).trimEnd().replace(/['’]s$/, '').split(/[ \t]+/);
    for (let k = 1; k <= 3 && k <= words.length; k++) {
      const w = words.slice(-k).join(' ');
      const code = COUNTRY_BY_NAME.get(w) ?? COUNTRY_BY_DEMONYM.get(w);
      if (code) return code;
    }
    return undefined;
  }
  function countryOfficeHolder(m: LinkedMention, office: { code: string; title: string }): Draft | undefined {
    if (!/(?:^|[^\p{L}])[Tt]he[ \t]+$/u.test(body.slice(Math.max(0, m.start - 5), m.start))) return undefined;
    const byRole = people6.filter((p) => p.mentions.some((x) => {
      if (!x.role) return false;
      const o = countryOffice(x.role);
      if (o) return o.code === office.code && holdsOffice(o.title, office.title);
      return x.titleStart !== undefined && holdsOffice(x.role, office.title) && countryWrittenBefore(x.titleStart) === office.code;
    }));
    if (byRole.length) return byRole.length === 1 ? byRole[0] : undefined;
    if (office.code !== 'US' || fullTitle(office.title) !== 'president') return undefined;
    // Undated, the one president of the list the article names.
    const day = publishedAt?.slice(0, 10);
    const presidents = US_PRESIDENTS.filter((x) => !day || (day >= x.from && day <= x.to)).map(namedPresident).filter((p) => !!p);
    return presidents.length === 1 ? presidents[0] : undefined;
  }
  /**
   * The article's person of a president's name: named in full, middle initials aside (the most mentioned when the article
   * writes both "Donald Trump" and "Donald J. Trump"), else by the family name alone.
   */
  function namedPresident(president: { name: string }): Draft | undefined {
    const [given, family] = [president.name.split(' ')[0], president.name.slice(president.name.lastIndexOf(' ') + 1)];
    const named = people6.filter((p) => p.name.startsWith(`${given} `) && p.name.endsWith(` ${family}`));
    if (named.length) return named.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
    return people6.find((p) => p.name === family);
  }
  const persons = [...drafts.values()].filter((d) => d.type === 'Person' && d.name.includes(' ') && !dropped.has(d.id));
  const nameWords = new Set(persons.flatMap((d) => d.name.split(/\s+/)));
  const fullPersonNames = new Set(persons.map((d) => d.name).filter((n) => /\s/.test(n)));
  const familyNames = new Set(persons.map((d) => d.name.slice(d.name.lastIndexOf(' ') + 1)));
  // People the article gives a title by name, for a title read as a body ("the Ambassador").
  const titled = [...drafts.values()].filter((d) => d.type === 'Person' && !dropped.has(d.id) && !isTitleOnly(d.name));
  // A team's cue outside a report of games is the rules' fixture pattern misread ("Trump v. Coats", a headline of a
  // case or a feud): it vouches for no body.
  const bodyCue = (m: Mention) => !!m.orgCue && m.orgCue !== 'context' && (m.orgCue !== 'team' || sports);
  for (const d of [...drafts.values()]) {
    if (d.type !== 'Organization') continue;
    // "the counter-ISIS campaign", "the NATO campaign": the convention that makes "the X campaign" a body holds for a
    // candidate's or a side's campaign only (unlikely-bodies.ts campaign-of-no-candidate).
    if (!sports && d.mentions.some((m) => m.orgCue === 'convention') && conventionBodyUnlikely(body, d, nameWords)) {
      dropped.add(d.id);
      continue;
    }
    // "Suspending Parliament", "Pentagon declassifies Navy": a clause the tagger read as a body, whatever head it ends in.
    // "the Intermediate-Range Nuclear Forces (INF) treaty": a treaty's name, whatever body its words make it.
    if (!sports && d.mentions.some(bodyCue) && (cuedBodyIsClause(body, d, nameWords) || cuedBodyIsTreaty(body, d))) {
      dropped.add(d.id);
      continue;
    }
    // A ship ("USS Carl Vinson", "the oil tanker Stena Impero") is no body: the graph has no vessel type, so it is a Place —
    // the identity gold groups ships with cities and buildings ("Other"), and "the McCain" stays the destroyer's.
    if (!sports && !KNOWN_BODY_NAMES.has(d.name) && (SHIP_NAME.test(d.name) || d.mentions.some((m) => shipNounBefore(m)))) {
      moveInto(d, shipPlace(d), 'Place');
      continue;
    }
    if (d.mentions.some(bodyCue)) continue;
    // "Bacon reported from McLean, Va.": a town read as a body is that place (unlikely-bodies.ts BODY_AS_PLACE_RULES).
    const placeCode = sports ? null : placeOfBody(body, d);
    if (placeCode !== null) {
      const id = placeId(d.name, placeCode || undefined);
      moveInto(d, drafts.get(id) ?? drafts.set(id, { id, type: 'Place', name: d.name, aliases: new Set(), mentions: [], ...(placeCode ? { code: placeCode } : {}) }).get(id)!, 'Place');
      continue;
    }
    // A surname: after given names ("Andrés Manuel"), no body's head word nor a word the article writes in lower case
    // ("Obama White House", "Samantha Power … the power of").
    const last = d.name.slice(d.name.lastIndexOf(' ') + 1);
    const surname = !isBodyWord(last) && !hasLowerCaseUse(body, last.toLowerCase());
    // Or the family name a family-first name opens ("Moon" of "Moon Jae-in", "Xi" of "Xi Jinping").
    // The holder is a person by a given name the lexicon knows or by a title or form of address written before the name
    // ("Prime Minister Helle Thorning-Schmidt … while Thorning-Schmidt seemed preoccupied").
    const personBeyondDoubt = (p: Draft) => genderOfGivenName(p.name.split(' ')[0]) !== null || p.mentions.some((x) => !!x.role || !!x.honorific);
    let holders = !surname ? [] : persons.filter((p) => !p.name.includes(' of ') && ((p.name.endsWith(` ${d.name}`) && personBeyondDoubt(p)) || (familyFirstIds.has(p.id) && p.name.startsWith(`${d.name} `))));
    // Or, one word, the given name of the one person the article names by it and of no other ("Dzhokhar Tsarnaev … a
    // hiding Dzhokhar"): the writer calls that person by the given name; a family's word shared by two stays unresolved.
    if (surname && !holders.length && !d.name.includes(' ') && ![...drafts.values()].some((x) => x !== d && x.type !== 'Person' && x.name.split(' ').includes(d.name))) {
      const byGivenName = persons.filter((p) => p.name.split(' ').includes(d.name));
      if (byGivenName.length === 1 && byGivenName[0].name.startsWith(`${d.name} `) && !byGivenName[0].name.includes(' of ') && personBeyondDoubt(byGivenName[0])) holders = byGivenName;
    }
    if (holders.length === 1 && !d.name.includes('.')) {
      moveInto(d, holders[0], 'Person');
      continue;
    }
    // The family name of a head of state or government the lexicon knows, alone and read as a body only by the words
    // around it ("interest in Trump's treacherous conduct" spread to every "Trump"), is that surname's person, as
    // "President Trump" is (cross-article identity places it) — never a body of that name.
    // (Not a month's name before a day: "On May 28" is a date, whatever Theresa May's surname.)
    if (surname && !holders.length && !sports && OFFICE_HOLDER_FAMILY_NAMES.has(d.name) && !KNOWN_BODY_NAMES.has(d.name) && !OUTLET_NAMES.has(d.name) && !d.mentions.some((m) => /^\s\d/.test(body.slice(m.end, m.end + 2)))) {
      moveInto(d, personDraft(`person:${surnameKey(d.name)}`, d.name), 'Person');
      continue;
    }
    if (!sports) {
      // "the Obamas", "the Dunns": the family of that name (a person node of its own: the graph has no family type).
      const family = familyOf(body, d, familyNames);
      if (family) {
        moveInto(d, personDraft(`person:${slug(d.name)}`, d.name), 'Person');
        continue;
      }
      // "the Queen", "the Ambassador": the one person the article gives that title by name (as a bare title read as a
      // person, step 3), else the realm's monarch; else no one (the title-word rule below).
      const title = titleWordOf(d);
      if (title) {
        const bearers = titled.filter((h) => h.mentions.some((x) => !!x.role && holdsOffice(x.role, title)));
        const into = bearers.length === 1 ? bearers[0] : monarchDraft(title);
        if (into) {
          moveInto(d, into, 'Person');
          continue;
        }
      }
    }
    // "VP Mike Pence", "UN Samantha Power": a body's span closed by the full name of one of the article's people is that
    // person with a label run into the name (a title, a place, a page's word), never a body.
    const closing = sports ? undefined : persons.find((p) => d.name.endsWith(` ${p.name}`));
    if (closing) {
      moveInto(d, closing, 'Person');
      continue;
    }
    // "told Jake Tapper on CNN's The Lead", "FoxNews.com's Judson Berger contributed": a given name and a family name,
    // neither a body's word nor a place, with no cue of a body, is a person the tagger read as a body.
    if (!sports && nameOfPersonAsBody(body, d.name, d.mentions)) {
      moveInto(d, fullPersonNames.has(d.name) ? persons.find((p) => p.name === d.name)! : personDraft(`person:${personSlug(d.name)}`, d.name), 'Person');
      continue;
    }
    if (!sports && unlikelyBody(body, d, nameWords, fullPersonNames)) dropped.add(d.id);
  }

  // "X, also known as Y", "X (aka Y)": the writer gives one person or one body two names — one entity (known-as.ts),
  // both people or both bodies, neither dropped. It keeps the name the article uses more (ties: the first), the one
  // other articles most likely name it by ("Jamal Jaafar Ibrahimi, also known as Abu Mahdi al-Mohandes … Mohandes").
  const named = [...drafts.values()].filter((d) => (d.type === 'Person' || d.type === 'Organization') && !dropped.has(d.id));
  for (const { from, into } of knownAsPairs(body, named.flatMap((d) => d.mentions.map((m) => ({ start: m.start, end: m.end, entityId: d.id, titleStart: m.titleStart }))))) {
    const [f, t] = [drafts.get(from), drafts.get(into)];
    if (!f || !t || f === t || f.type !== t.type || dropped.has(from) || dropped.has(into)) continue;
    // (A person's one-word node never keeps it over a full name: "Igor Girkin, known as Strelkov … Strelkov said".)
    const oneWord = (d: Draft) => d.type === 'Person' && !d.name.includes(' ');
    if (oneWord(t) !== oneWord(f) ? oneWord(t) : f.mentions.length > t.mentions.length) moveInto(t, f, f.type as 'Person' | 'Organization');
    else moveInto(f, t, t.type as 'Person' | 'Organization');
  }

  const entities: Entity[] = [];
  for (const d of drafts.values()) {
    d.mentions.sort((a, b) => a.start - b.start);
    if (!d.id || /:$/.test(d.id) || dropped.has(d.id)) continue;
    const e: Entity = {
      id: d.id,
      type: d.type,
      name: d.name,
      aliases: [...d.aliases].filter((a) => a !== d.name),
      mentions: d.mentions.map(({ start, end, text }) => ({ start, end, text })),
    };
    if (d.type === 'Person') {
      e.role = d.role ?? null;
      for (const m of d.mentions) if (m.titleStart !== undefined && m.role) e.aliases.push(`${m.role} ${m.text}`);
      // "Mr. Trump", "Mrs. Trump": the form of address, which cross-article identity reads as a gender.
      for (const m of d.mentions) if (m.honorific && !m.text.includes(' ')) e.aliases.push(`${m.honorific} ${m.text}`);
      e.aliases = [...new Set(e.aliases)].filter((a) => a !== d.name);
    }
    if (d.code) e.code = d.code;
    entities.push(e);
  }
  linked.sort((a, b) => a.start - b.start);
  return { entities, linked: dropped.size ? linked.filter((m) => !dropped.has(m.entityId)) : linked };
}
