// Stage 2c''''' (after bodies named by a list of fields, before retype), a body's name joined whole: the rules cut an
// organisation's name at a state's adjective before it and at "on"/"for"/"of the" after it ("U.S. Olympic Committee"
// → "Olympic Committee"; "House Committee on Homeland Security" → "House Committee" + "Homeland Security"). English
// makes both parts of the name: the adjective picks the state's own body out of every state's, the complement the
// field of a body its head alone does not name. Rules are data (BODY_JOIN_RULES); the rules' mentions stay as they were.
// Exists for: "the Popular Front for the Liberation of Palestine" → one body, no "Liberation".
import type { Mention } from './mentions.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from './lexicon/countries.js';
import { CITY_NAMES, REGION_NAMES, isPlaceByHead } from './lexicon/places.js';
import { KNOWN_ORGANIZATION_FORMS as ORG_FORMS, ORG_SUFFIXES, SPELLED_NUMBERS } from './lexicon/organizations.js';
import { isAdjective, isCommonWord, isCommonWordForm } from './lexicon/noun-classes.js';
import { NON_NAME_WORDS, NOT_NAME_STARTS, TITLE_ROLE_WORDS } from './lexicon/titles.js';
import { genericBody } from './government-bodies.js';
import { DEPARTMENT_NAMES } from './lexicon/government-bodies.js';
import { FIRST_NAMES } from './lexicon/names.js';
import { PEOPLES_AND_FAITHS } from './lexicon/peoples.js';
import { OUTLETS_BY_KIND } from './lexicon/outlets.js';

/** Names outlets go by ("Voice of America"). */
const OUTLET_NAMES: ReadonlySet<string> = new Set(Object.values(OUTLETS_BY_KIND).flat());

const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** What a rule sees: the body, the organisation mention, all the article's mentions. */
export interface JoinContext {
  body: string;
  mentions: readonly Mention[];
}

export interface BodyJoinRule {
  id: string;
  /** The extent of the words that complete the mention's name (the whole name's, and the state it names), or null. */
  find: (m: Mention, c: JoinContext) => { start: number; end: number; state?: string } | null;
  examples: readonly string[];
  why: string;
}

const lastWord = (text: string) => text.slice(text.lastIndexOf(' ') + 1);

/**
 * Heads of bodies that every state has one of under the same name ("Olympic Committee", "Air Force", "National
 * Council"), so that the state's adjective before them is part of the name. Not a ministry: government-bodies.ts keys
 * those by their state already.
 */
const STATE_BODY_HEADS: ReadonlySet<string> = new Set([
  'Committee', 'Subcommittee', 'Council', 'Institute', 'Agency', 'Commission', 'Party', 'Army', 'Front', 'Fund',
  'Foundation', 'Association', 'Federation', 'Organization', 'Organisation', 'Movement', 'Coalition', 'Alliance',
  'Society', 'Academy', 'Union', 'League', 'Bank', 'Force', 'Forces', 'Navy', 'Guard', 'Corps', 'Center', 'Centre',
  'Authority', 'Bureau', 'Board', 'University', 'Ministry',
]);
/**
 * The heads a US newspaper names its own country's bodies by without "U.S." ("the Air Force", "the Army", "Central
 * Command"): after "U.S." they name the one body the bare name names in US news, which stays the bare name's.
 */
const US_BARE_HEADS: ReadonlySet<string> = new Set(['Army', 'Navy', 'Force', 'Forces', 'Corps', 'Guard', 'Command', 'Department', 'Service', 'Agency', 'Bureau', 'Board', 'Commission', 'Fund', 'Bank']);
/** The United States's own forms among the state's words. */
const US_FORMS: ReadonlySet<string> = new Set(['U.S.', 'US', 'American']);
/** A state's adjective or its short form, one word or two ("North Korean"): the state's code. */
const stateWord = (w: string) => COUNTRY_BY_DEMONYM.get(w) ?? (w === 'US' ? 'US' : w === 'UK' || w === 'U.K.' ? 'GB' : undefined);

/** The state's words right before a mention (one space between), as [start, text], or null. Plain scan: no pattern. */
function stateBefore(body: string, m: Mention): { start: number; text: string } | null {
  if (body[m.start - 1] !== ' ') return null;
  let found: { start: number; text: string } | null = null;
  let at = m.start - 1;
  for (let n = 0; n < 2; n++) {
    let ws = at;
    while (ws > 0 && /[\p{L}.]/u.test(body[ws - 1])) ws--;
    const text = body.slice(ws, m.start - 1);
    if (ws === at) break;
    if (stateWord(text)) found = { start: ws, text };
    if (body[ws - 1] !== ' ') break;
    at = ws - 1;
  }
  if (!found) return null;
  // "pro-Russian", "Anglo-American": a word joined before it makes another adjective; "Royal Norwegian Air Force": a
  // capitalised word before it (no article, no sentence's opener) opens a longer name, which this does not guess.
  const prev = body[found.start - 1];
  if (prev !== undefined && /[\p{L}\p{N}-]/u.test(prev)) return null;
  if (prev === ' ') {
    let ws = found.start - 1;
    while (ws > 0 && /[\p{L}.'’]/u.test(body[ws - 1])) ws--;
    const word = body.slice(ws, found.start - 1);
    if (/^\p{Lu}/u.test(word) && !NOT_NAME_STARTS.has(word) && !/[.!?]["”’]?\s*$/.test(body.slice(Math.max(0, ws - 3), ws))) return null;
  }
  return found;
}

/** Words that join the parts of a field ("Oversight and Government Reform", "Liberation of Palestine"). */
const INNER_CONNECTORS: ReadonlySet<string> = new Set(['and', 'of', 'the', 'for', 'on', '&']);
/** A capitalised word of a name: letters, marks, apostrophes, dots and hyphens inside it; no possessive. */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}.'’-]*/u;
const LOWER_WORD = /^[\p{Ll}&]+/u;

/**
 * The capitalised run at `from` (words, with connectors between capitalised words): its end, or the `from` it began at
 * when none. Stops before a possessive, punctuation, a word no name is, and a party that opens a name of its own (a
 * person, a place, a state) after "and". Reads at most MAX_FIELD_WORDS words.
 */
function fieldRun(body: string, from: number, mentions: readonly Mention[]): number {
  let end = from;
  let at = from;
  for (let n = 0; n < MAX_FIELD_WORDS; n++) {
    const raw = NAME_WORD.exec(body.slice(at, at + 40))?.[0];
    // A stop after a word ends the sentence ("on Capitol Hill."), unless the word is initials ("U.S.").
    const word = raw && raw.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(raw) ? raw.slice(0, -1) : raw;
    // "… on Oversight and Government Reform Chairman Jason Chaffetz": a person's name, or the role word of the title
    // before it, ends the field.
    const personAt = word !== undefined && mentions.some((o) => o.type === 'Person' && (o.start === at || (o.titleStart !== undefined && o.titleStart <= at && at < o.start && TITLE_ROLE_WORDS.has(word))));
    if (personAt) break;
    if (!word || /['’]s$/.test(word) || NON_NAME_WORDS.has(word) || (n === 0 && NOT_NAME_STARTS.has(word))) {
      // "on Election Day", "for Christmas Eve": a time word right after a word of the run makes the run a time, no field.
      if (n > 0 && word && NON_NAME_WORDS.has(word) && body[at - 1] === ' ' && /\p{L}/u.test(body[at - 2] ?? '') && !/\s(?:and|of|the|for|on|&)$/.test(body.slice(at - 5, at - 1))) return from;
      break;
    }
    end = at + word.length;
    // The connectors up to the next capitalised word.
    let next = end;
    let connectors = 0;
    while (body[next] === ' ') {
      const lower = LOWER_WORD.exec(body.slice(next + 1, next + 8))?.[0];
      if (!lower || !INNER_CONNECTORS.has(lower)) break;
      next += 1 + lower.length;
      connectors++;
    }
    if (body[next] !== ' ' || !/\p{Lu}/u.test(body[next + 1] ?? '')) break;
    const after = next + 1;
    // "… on Foreign Relations and Sen. Bob Corker": a person, a place or a state after "and" is the list's next party.
    if (/ and$/.test(body.slice(end, next)) && mentions.some((o) => (o.start === after || (o.type === 'Person' && o.titleStart === after && TITLE_ROLE_WORDS.has(NAME_WORD.exec(body.slice(after, after + 20))?.[0] ?? ''))) && (o.type === 'Person' || o.type === 'Country' || o.type === 'Place'))) break;
    if (connectors === 0 && body.slice(end, after) !== ' ') break;
    if (word !== raw) break;
    at = after;
  }
  return end;
}
const MAX_FIELD_WORDS = 8;

/** A place by the gazetteer or its head word ("Capitol Hill", "the Middle East"): where, never a body's field. */
const isPlace = (name: string) => COUNTRY_BY_NAME.has(name) || CITY_NAMES.has(name) || REGION_NAMES.has(name) || isPlaceByHead(name);

/** Heads of bodies whose name a field completes after "on", "for" or "of the" ("Committee on …", "Front for …"). */
const FIELD_HEADS: ReadonlySet<string> = new Set([
  'Committee', 'Subcommittee', 'Council', 'Commission', 'Center', 'Centre', 'Institute', 'Front', 'Foundation', 'Fund',
  'Agency', 'Office', 'Bureau', 'Board', 'Alliance', 'Coalition', 'Movement', 'Campaign', 'Association', 'Union',
  'League', 'Party', 'Army', 'Panel', 'Caucus', 'Society', 'Federation', 'Organization', 'Organisation', 'Forum', 'Network', 'Project', 'Initiative',
]);

/**
 * Heads of bodies named by a field after "on" ("Committee on Foreign Relations", "Council on Global Affairs"). Not a
 * party's or an army's: after them "on" opens a topic ("the Scottish National Party on Brexit").
 */
const ON_FIELD_HEADS: ReadonlySet<string> = new Set(['Committee', 'Subcommittee', 'Council', 'Commission', 'Panel', 'Caucus', 'Conference', 'Forum', 'Center', 'Centre', 'Institute', 'Board']);
/**
 * Words before such a head that name the body's kind, its chamber or its seat, and no field: "House Permanent Select
 * Committee", "Joint Commission", "European Council". A body already named by its field ("House Intelligence
 * Committee") takes a topic or a place after "on", not its name.
 */
const KIND_WORDS: ReadonlySet<string> = new Set([
  'House', 'Senate', 'Joint', 'Select', 'Permanent', 'Special', 'Standing', 'Congressional', 'Presidential',
  'Parliamentary', 'National', 'International', 'European', 'Federal', 'Royal', 'Independent', 'Interagency', 'Advisory',
  'Executive', 'State', 'Supreme', 'High', 'Global', 'World', 'U.N.', 'UN', 'United', 'Nations', 'Arab', 'Pan-American', 'Inter-American',
]);
/** The body's words before its head name only its kind, its chamber, its seat (a city) or its state. */
function namedByKind(m: Mention): boolean {
  const words = m.text.split(/\s+/).slice(0, -1);
  return words.every((w) => KIND_WORDS.has(w) || CITY_NAMES.has(w) || stateWord(w) !== undefined || kindAdjective(w));
}
/** Prefixes that make an adjective of kind out of another ("Intergovernmental", "Transatlantic", "Multinational"). */
const KIND_PREFIX = /^(?:Inter|Intra|Trans|Multi|Supra|Pan|Bi|Non)-?(?=\p{Ll})/u;
/**
 * An adjective of the body's kind before its head ("Intergovernmental Panel", "Bipartisan Commission"): an adjective by
 * WordNet with an adjective's ending, or such an adjective under a prefix WordNet does not list ("intergovernmental").
 * A noun before the head ("Intelligence Committee", "Foreign Relations Committee") names a field, no kind.
 */
function kindAdjective(w: string): boolean {
  if (adjectiveWord(w)) return true;
  const prefix = KIND_PREFIX.exec(w);
  if (!prefix) return false;
  const rest = w.slice(prefix[0].length);
  return adjectiveWord(rest.charAt(0).toUpperCase() + rest.slice(1));
}

/**
 * The field after a body's head and its connector: the name's new end, or null. Not after a name the lexicon knows
 * whole ("the Security Council on Syria"), nor a field that is a person, a place or a state ("a committee on Russia").
 */
function fieldAfter(m: Mention, c: JoinContext, connector: string): { start: number; end: number } | null {
  if (m.type !== 'Organization' || !FIELD_HEADS.has(lastWord(m.text)) || ORG_FORMS.has(m.text) || ORG_FORMS.has(m.key)) return null;
  if (c.body.slice(m.end, m.end + connector.length) !== connector) return null;
  const from = m.end + connector.length;
  const end = fieldRun(c.body, from, c.mentions);
  if (end === from) return null;
  const field = c.body.slice(from, end);
  if (isPlace(field)) return null;
  const inside = c.mentions.filter((o) => o.start < end && o.end > from);
  // A name crossing the field's end, or a field that opens with a person, a place, a state or a known body, is no field.
  if (inside.some((o) => o.end > end || o.start < from || o.type === 'Person' || (o.start === from && (o.type === 'Country' || o.type === 'Place' || ORG_FORMS.has(o.text))))) return null;
  // "the Central Committee of the Workers' Party of Korea": after "of the", a body named by its own head is the body
  // the first one belongs to, a name of its own.
  if (connector === ' of the ' && inside.some((o) => o.start === from && o.type === 'Organization' && o.text.split(' ').some((w) => FIELD_HEADS.has(w) || STATE_BODY_HEADS.has(w)))) return null;
  return { start: m.start, end };
}

/** Heads of bodies named "<Head> of <Field>" whose field may be two joined by "and" ("Ministry of Agriculture and Rural Affairs"). */
const OF_FIELD_HEADS: ReadonlySet<string> = new Set(['Ministry', 'Department', 'Office', 'Bureau', 'Directorate', 'Division', 'School', 'College', 'Faculty', 'Institute']);
/** Last words of a ministry's fields ("Urban Development", "Water Resources", "International Cooperation"): no surnames. */
const FIELD_NOUNS: ReadonlySet<string> = new Set(['Affairs', 'Development', 'Resources', 'Cooperation', 'Services', 'Security', 'Planning', 'Reform', 'Welfare', 'Protection', 'Housing', 'Tourism', 'Industry', 'Trade', 'Research', 'Technology', 'Innovation', 'Sports', 'Youth', 'Culture', 'Heritage', 'Environment', 'Transport', 'Transportation', 'Infrastructure', 'Communications', 'Fisheries', 'Forestry', 'Energy', 'Mines', 'Agriculture', 'Health', 'Education', 'Science', 'Employment', 'Finance', 'Economy', 'Works', 'Commerce', 'Investment', 'Integration', 'Relations', 'Studies', 'Planning']);
/** "Ministry of Agriculture": a head of OF_FIELD_HEADS, "of", and capitalised words only. */
const HEAD_OF_FIELD = /^(\p{Lu}\p{Ll}+) of \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*$/u;

/**
 * The second field after " and " of a body named "<Head> of <Field>": the name's new end, or null. Not a field a
 * department goes by alone ("the Department of Justice and Homeland Security" are two), nor one that heads a body of its
 * own ("School of Law and School of Medicine"), nor a person, a place, a state or a known body.
 */
function secondField(m: Mention, c: JoinContext): { start: number; end: number } | null {
  if (m.type !== 'Organization' || ORG_FORMS.has(m.text) || c.body.slice(m.end, m.end + 5) !== ' and ') return null;
  const head = HEAD_OF_FIELD.exec(m.text);
  const named = head ? null : namedHeadOfField(m.text);
  if (head ? !OF_FIELD_HEADS.has(head[1]) : !named) return null;
  const from = m.end + 5;
  // "Ministry of Roads and Urban Development": the tagger's person over a field ending in a field's noun is no person.
  const slip = c.mentions.find((o) => o.start === from && o.type === 'Person' && !o.role && !o.honorific && !FIRST_NAMES.has(o.text.split(' ')[0]) && FIELD_NOUNS.has(lastWord(o.text)));
  const others = slip ? c.mentions.filter((o) => o !== slip) : c.mentions;
  const end = fieldRun(c.body, from, others);
  if (end === from) return null;
  const field = c.body.slice(from, end);
  const words = field.split(' ');
  if (isPlace(field) || DEPARTMENT_NAMES.has(field) || words.some((w) => OF_FIELD_HEADS.has(w) || FIELD_HEADS.has(w) || STATE_BODY_HEADS.has(w) || TITLE_ROLE_WORDS.has(w))) return null;
  // A run cut before a capitalised word ("… and Attorney General Jeff Sessions") is the start of another name.
  if (/^ \p{Lu}/u.test(c.body.slice(end, end + 2))) return null;
  const inside = others.filter((o) => o.start < end && o.end > from);
  if (inside.some((o) => o.end > end || o.start < from || o.type === 'Person' || o.type === 'Country' || o.type === 'Place' || ORG_FORMS.has(o.text))) return null;
  // A name of the wider shape ("London School of Economics", "Center for Science") takes a second field of learning only.
  if (named && !DISCIPLINES.has(words[words.length - 1])) return null;
  return { start: m.start, end };
}

/** Heads of bodies of learning, research or trade named "<Name> <Head> of|for <Field>" ("Pyongyang University of Science"). */
const NAMED_FIELD_HEADS: ReadonlySet<string> = new Set([...OF_FIELD_HEADS, 'University', 'Academy', 'Center', 'Centre', 'Chamber', 'Laboratory']);
/** Last words of fields of learning, research, trade and policy ("Political Science", "Diplomacy", "Tropical Medicine"). */
const DISCIPLINES: ReadonlySet<string> = new Set([...FIELD_NOUNS, 'Sciences', 'Arts', 'Economics', 'Medicine', 'Diplomacy', 'Law', 'Humanities', 'Engineering', 'Policy', 'Letters', 'Design', 'Music', 'Co-operation', 'Justice', 'Rights', 'Peace', 'Democracy', 'Disarmament', 'Non-Proliferation', 'Nonproliferation', 'Governance', 'Strategy', 'Management', 'Statistics', 'Mathematics', 'Physics', 'Chemistry', 'Biology']);

/**
 * "Fletcher School of Law", "Center for Science", "Pyongyang University of Science": capitalised words, a head of
 * NAMED_FIELD_HEADS, "of" or "for" (and "the"), and a field of capitalised words; not the plain "<Head> of <Field>" the
 * ministries' rule reads. True when the name has that shape.
 */
function namedHeadOfField(text: string): boolean {
  const words = text.split(' ');
  const at = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  if (at < 1 || !NAMED_FIELD_HEADS.has(words[at - 1])) return false;
  const field = words.slice(words[at + 1] === 'the' ? at + 2 : at + 1);
  const capitalised = (w: string) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w);
  return field.length > 0 && field.every(capitalised) && words.slice(0, at - 1).every(capitalised);
}

/** Heads of bodies a country's name may open: every state's kind of body, carriers ("Ukraine International Airlines")
 *  and a company's legal form ("United States Steel Corp.", "China National Petroleum Corp.", "Japan Tobacco Inc."). */
const COUNTRY_NAME_HEADS: ReadonlySet<string> = new Set([...STATE_BODY_HEADS, 'Airlines', 'Airways', 'Caucus', 'Network', 'Corp', 'Corp.', 'Corporation', 'Inc', 'Inc.', 'Co', 'Co.', 'Ltd', 'Ltd.', 'PLC', 'Plc', 'plc', 'LLC']);

/**
 * The country's name (or names, "American Israel", "U.S.-China") that the rules read as the country right before a
 * body's name, one space or a hyphen between: [start, the country's code], or null. Not when a capitalised word opens
 * the run (a longer name this does not guess), nor after a hyphenated word ("pro-Israel").
 */
function countryNameBefore(body: string, m: Mention, mentions: readonly Mention[]): { start: number; code: string } | null {
  if (body[m.start - 1] !== ' ') return null;
  const country = mentions.find((o) => o.type === 'Country' && o.end === m.start - 1 && COUNTRY_BY_NAME.has(o.text));
  if (!country) return null;
  let start = country.start;
  // Another state's mention or adjective before it, one space or a hyphen between: "American Israel", "U.S.-China".
  for (let n = 0; n < 2; n++) {
    const sep = body[start - 1];
    if (sep !== ' ' && sep !== '-') break;
    const prev = mentions.find((o) => o.type === 'Country' && o.end === start - 1);
    if (prev) {
      start = prev.start;
      continue;
    }
    // A state's short form before a hyphen that no mention holds ("U.S.-China").
    let ws = start - 1;
    while (ws > 0 && /[\p{L}.]/u.test(body[ws - 1])) ws--;
    const word = body.slice(ws, start - 1);
    if (sep !== '-' || !(stateWord(word) || COUNTRY_BY_NAME.has(word) || word === 'U.S.')) break;
    start = ws;
  }
  const before = body[start - 1];
  if (before !== undefined && /[\p{L}\p{N}-]/u.test(before)) return null;
  if (before === ' ') {
    let ws = start - 1;
    while (ws > 0 && /[\p{L}.'’]/u.test(body[ws - 1])) ws--;
    const word = body.slice(ws, start - 1);
    if (/^\p{Lu}/u.test(word) && !NOT_NAME_STARTS.has(word) && !/[.!?]["”’]?\s*$/.test(body.slice(Math.max(0, ws - 3), ws))) return null;
  }
  return { start, code: COUNTRY_BY_NAME.get(country.text)! };
}

/** Last words of newspapers' and broadcasters' names a country's name may open ("New Zealand Herald", "Korea Times",
 *  "China Central Television", "Israel Radio"). */
const OUTLET_HEADS: ReadonlySet<string> = new Set(['Herald', 'Times', 'Post', 'Daily', 'Tribune', 'Telegraph', 'Gazette', 'Chronicle', 'Observer', 'Television', 'Radio', 'TV', 'Broadcasting']);

/**
 * Adjectives the rules never open a name with (lexicon/titles.ts NON_NAME_WORDS: "Democratic", "Islamic") that open
 * the names of parties and movements abroad: "Democratic Unionist Party", "Islamic Resistance Movement". Not
 * "Republican" (US news writes "Republican Tea Party caucus" for a party member's leaning), nor a plural noun.
 */
const MOVEMENT_ADJECTIVES: ReadonlySet<string> = new Set(['Democratic', 'Islamic', 'Christian', 'Jewish', 'Arab', 'Kurdish', 'Sunni', 'Shiite']);
/** Heads of the names of parties and movements ("Party", "Movement", "Front"): not "Congress", "Caucus", "Senate" — a
 *  "Democratic Congress" is one the Democrats hold. */
const MOVEMENT_HEADS: ReadonlySet<string> = new Set(['Party', 'Movement', 'Front', 'Union', 'League', 'Alliance', 'Forces', 'Brotherhood']);

/**
 * Words of the names of bodies that go by a number — military units and commands, appeals circuits ("82nd Airborne
 * Division", "398th Bomb Group", "8th Air Force", "5th U.S. Circuit Court of Appeals"). Not "Congress" (the 115th
 * Congress is Congress) nor a party's congress.
 */
const NUMBERED_BODY_WORDS: ReadonlySet<string> = new Set([
  'Airborne', 'Division', 'Brigade', 'Battalion', 'Regiment', 'Group', 'Wing', 'Squadron', 'Fleet', 'Army', 'Corps',
  'Command', 'Force', 'Infantry', 'Cavalry', 'Armored', 'Marines', 'Circuit', 'Expeditionary', 'Mountain', 'Special', 'Platoon',
]);

/** The ordinal right before a mention ("82nd ", "1st "), one space between, as its start, or null. Plain scan. */
function ordinalBefore(body: string, at: number): number | null {
  if (body[at - 1] !== ' ') return null;
  let ws = at - 1;
  while (ws > 0 && /[0-9a-z]/.test(body[ws - 1]) && at - 1 - ws < 8) ws--;
  return /^[0-9]{1,3}(?:st|nd|rd|th)$/.test(body.slice(ws, at - 1)) && !/[\p{L}\p{N}]/u.test(body[ws - 1] ?? '') ? ws : null;
}

/** The number right after a team's name (" 6", " Six"), one space between and no word glued after it, as its end, or null. Plain scan. */
function numberAfter(body: string, at: number): number | null {
  if (body[at] !== ' ') return null;
  let we = at + 1;
  while (we < body.length && /[0-9A-Za-z]/.test(body[we]) && we - at <= 7) we++;
  const word = body.slice(at + 1, we);
  return (/^[0-9]{1,2}$/.test(word) || SPELLED_NUMBERS.has(word)) && !/[\p{L}\p{N}]/u.test(body[we] ?? '') ? we : null;
}

/** A name of a numbered unit's words only ("Fleet", "Marine Expeditionary Unit") after an ordinal: "the 7th Fleet". */
/** A state's diplomatic missions, one word, as titles capitalise them after the state's adjective ("the Russian Embassy"). */
const DIPLOMATIC_MISSIONS: ReadonlySet<string> = new Set(['Embassy', 'Consulate']);
/** "Embassy" right after a state's adjective or short form: a mission of that state, whatever the tagger made of it. */
const isStateMission = (body: string, m: Mention) => DIPLOMATIC_MISSIONS.has(m.text) && stateBefore(body, m) !== null;
const isNumberedUnit = (body: string, m: Mention) => m.text.split(' ').every((w) => NUMBERED_BODY_WORDS.has(w) || w === 'Unit' || w === 'Marine') && ordinalBefore(body, m.start) !== null;

/** The capitalised word right before a mention, one space between, as [start, word], or null. Plain scan. */
function capitalisedWordBefore(body: string, at: number): { start: number; word: string } | null {
  if (body[at - 1] !== ' ') return null;
  let ws = at - 1;
  while (ws > 0 && /[\p{L}'’-]/u.test(body[ws - 1])) ws--;
  const word = body.slice(ws, at - 1);
  return /^\p{Lu}\p{Ll}/u.test(word) ? { start: ws, word } : null;
}

/**
 * "Health and Human Services": the capitalised field before "and" that the rules left out of a body named by two fields
 * and no head noun, as [start], or null. The first field is a common noun of English, the second no name of a body, a
 * place or a person of its own. The field is no name of its own (no mention of a person, a state, a place or a
 * body stands on it: "Hamas and Islamic Jihad", "Britain and European Union") nor a word that opens no name
 * ("Monday", "Republicans"), and no sentence starts with it.
 */
function fieldBeforeAnd(m: Mention, c: JoinContext): number | null {
  if (m.type !== 'Organization' || !m.text.includes(' ') || c.body.slice(m.start - 5, m.start) !== ' and ') return null;
  const words = m.text.split(' ');
  // The second field names no body, place or person of its own ("Homeland Security", "Eastern Europe", "Barack Obama").
  if (ORG_FORMS.has(m.text) || DEPARTMENT_NAMES.has(m.text) || isPlace(m.text) || NON_NAME_WORDS.has(words[0]) || FIRST_NAMES.has(words[0])) return null;
  if (words.some((w) => STATE_BODY_HEADS.has(w) || OF_FIELD_HEADS.has(w) || FIELD_HEADS.has(w) || !/^\p{Lu}\p{Ll}/u.test(w))) return null;
  const field = capitalisedWordBefore(c.body, m.start - 4);
  if (!field || NON_NAME_WORDS.has(field.word) || NOT_NAME_STARTS.has(field.word) || TITLE_ROLE_WORDS.has(field.word) || FIRST_NAMES.has(field.word)) return null;
  // The first field is a common noun of English ("Health", "Customs", "Citizenship"), no name ("Shas", "Bush" … "Brexit").
  if (!isCommonWord(field.word.toLowerCase()) || c.mentions.some((o) => o.type === 'Person' && o.key.endsWith(` ${field.word}`))) return null;
  if (/(?:^|[.!?:;]["”’]?\s+|\n\s*)$/.test(c.body.slice(Math.max(0, field.start - 3), field.start))) return null;
  if (c.mentions.some((o) => o.start < m.start - 5 && o.end > field.start && o.type !== 'Unknown')) return null;
  return field.start;
}

/** Head nouns a body named by two fields joined by "and" ends in ("Justice and Development Party", "… Services"). */
const AND_FIELD_HEADS: ReadonlySet<string> = new Set([...STATE_BODY_HEADS, ...FIELD_HEADS, ...OF_FIELD_HEADS, 'Service', 'Services', 'Administration', 'Office']);

/**
 * "Erdogan’s Justice and [Development Party]", "Iran’s Ports and [Maritime Organization]": a body named by two fields
 * joined by "and" before its head noun, which the rules cut at "and": the first field's start, or null. The first
 * field is one common word of English that names no body, person, place or state of its own ("Justice", "Ports",
 * "Citizenship"; not "Army", "Marines", "Treasury"), and opens the name (no capitalised word of a longer name before
 * it); the second part is common words and a head ("Development Party") that the article never names alone, and
 * no body the lexicon knows ("the Plaid Cymru and Green Party", "the Army and Marine Corps" are lists).
 */
function fieldBeforeAndHead(m: Mention, c: JoinContext): number | null {
  if (m.type !== 'Organization' || c.body.slice(m.start - 5, m.start) !== ' and ') return null;
  const words = m.text.split(' ');
  if (words.length < 2 || !AND_FIELD_HEADS.has(words[words.length - 1]) || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return null;
  if (ORG_FORMS.has(m.text) || ORG_FORMS.has(m.key) || DEPARTMENT_NAMES.has(m.text) || genericBody(m.text) || isPlace(m.text)) return null;
  if (NON_NAME_WORDS.has(words[0]) || FIRST_NAMES.has(words[0]) || stateWord(words[0]) || AND_FIELD_HEADS.has(words[0])) return null;
  // Named alone elsewhere ("the Green Party said"), the second part is a body of its own.
  if (c.mentions.some((o) => o !== m && o.type === 'Organization' && o.text === m.text && c.body.slice(o.start - 5, o.start) !== ' and ')) return null;
  const field = capitalisedWordBefore(c.body, m.start - 4);
  if (!field || !/^\p{Lu}\p{Ll}+$/u.test(field.word) || !isCommonWordForm(field.word)) return null;
  const w = field.word;
  // "State and Treasury Department officials": two departments' own fields before one head make a list of departments.
  if (DEPARTMENT_NAMES.has(w) && DEPARTMENT_NAMES.has(words.slice(0, -1).join(' ')) && /^(?:Department|Ministry)$/.test(words[words.length - 1])) return null;
  if (NON_NAME_WORDS.has(w) || NOT_NAME_STARTS.has(w) || FIRST_NAMES.has(w) || ORG_SUFFIXES.has(w) || AND_FIELD_HEADS.has(w) || ORG_FORMS.has(w) || COUNTRY_BY_DEMONYM.has(w)) return null;
  if (c.mentions.some((o) => o.type === 'Person' && o.key.endsWith(` ${w}`))) return null;
  // On the first field, only the tagger's one-word slip ("Customs" read as a person, "Ports" as a body).
  if (c.mentions.some((o) => o.start < m.start - 5 && o.end > field.start && !(o.start === field.start && o.end === field.start + w.length && !o.role && !o.honorific && o.type !== 'Country' && o.type !== 'Place'))) return null;
  // A capitalised word of a longer name before it ("Sexual Assault Prevention and …"): a name this does not guess.
  // A possessive, a state's word or a country's mention, a title's word or a sentence's first word may stand there.
  // ("Islamist-backed", a compound adjective, opens no name.)
  const prev = capitalisedWordBefore(c.body, field.start);
  if (prev && /^\p{Lu}[\p{L}'’]*$/u.test(prev.word) && !/['’]s?$/.test(prev.word) && !stateWord(prev.word) && !NOT_NAME_STARTS.has(prev.word) && !TITLE_ROLE_WORDS.has(prev.word)
    && !c.mentions.some((o) => o.type === 'Country' && o.end === field.start - 1) && !/(?:^|[.!?:;]["”’]?\s+|\n\s*)$/.test(c.body.slice(Math.max(0, prev.start - 3), prev.start))) return null;
  return field.start;
}

/**
 * Heads whose body a field names after "for", "of" or "on" ("Foundation for the Defense of Democracies", "School of
 * Advanced International Studies", "Party of Regions"): a name's head noun that the rules, stopping at "for the" or at a
 * lone capitalised head, left out of the name.
 */
const OPENING_HEADS: ReadonlySet<string> = new Set([...FIELD_HEADS, ...OF_FIELD_HEADS, 'Academy', 'Laboratory', 'Program', 'Programme', 'Observatory', 'Endowment']);
/** The connectors after such a head, longest first. "on" only after the heads named by a field after it (ON_FIELD_HEADS). */
const HEAD_CONNECTORS = [' for the ', ' of the ', ' for ', ' of ', ' on '] as const;
/** A capitalised word of a name before a head ("Begin-Sadat", "Marilyn"): no possessive, no "-based" or "-led" joined on. */
const QUALIFIER_WORD = /^\p{Lu}[\p{L}.'’]*(?:-\p{Lu}[\p{L}.'’]*)*$/u;

/**
 * The head (and the capitalised words of the name before it) right before an organisation named by a field alone
 * ("… at the Foundation for the [Defense of Democracies]"): the start of the whole name, or null. The head is no
 * part of another mention; the field names no body of its own (no head of its own; after "of", no body the lexicon
 * knows: "the Council of the European Union" is one, "the Supreme Military Council of the Free Syrian Army" two).
 */
function headBefore(m: Mention, c: JoinContext): number | null {
  if (m.type !== 'Organization' || !/^[\p{Lu}\p{N}]/u.test(m.text)) return null;
  const before = c.body.slice(Math.max(0, m.start - 40), m.start);
  const connector = HEAD_CONNECTORS.find((k) => before.endsWith(k));
  if (!connector) return null;
  const headEnd = m.start - connector.length;
  let ws = headEnd;
  while (ws > 0 && /\p{L}/u.test(c.body[ws - 1])) ws--;
  // A head in the plural names one body too ("Centers for Disease Control and Prevention", "National Institutes of Health").
  const head = headWord(c.body.slice(ws, headEnd));
  if (!head || !OPENING_HEADS.has(head) || (connector === ' on ' && !ON_FIELD_HEADS.has(head))) return null;
  const words = m.text.split(' ');
  if (words.some((w) => OPENING_HEADS.has(w) || STATE_BODY_HEADS.has(w)) || (connector.startsWith(' of') && (ORG_FORMS.has(m.text) || ORG_FORMS.has(m.key)))) return null;
  if (c.mentions.some((o) => o !== m && o.start < m.start && o.end > ws)) return null;
  return qualifiersBefore(c, ws);
}

/**
 * The capitalised words of a name before its head or its first word ("Begin-Sadat Center", "American Road & …"), up to
 * an article, a possessive or a sentence's first word that is a common word ("Moreover"): the name's start (`ws` when
 * none). A word under a person's, a state's or a place's mention is no part of it.
 */
function qualifiersBefore(c: JoinContext, ws: number, most = 4): number {
  let start = ws;
  for (let n = 0; n < most && c.body[start - 1] === ' '; n++) {
    let qs = start - 1;
    while (qs > 0 && /[\p{L}.'’-]/u.test(c.body[qs - 1])) qs--;
    const word = c.body.slice(qs, start - 1);
    if (!QUALIFIER_WORD.test(word) || NOT_NAME_STARTS.has(word) || NON_NAME_WORDS.has(word) || TITLE_ROLE_WORDS.has(word) || /['’]s?$/.test(word)) break;
    if (c.mentions.some((o) => o.start < start - 1 && o.end > qs && o.type !== 'Organization' && o.type !== 'Unknown')) break;
    const lead = c.body.slice(Math.max(0, qs - 3), qs);
    const opensSentence = qs === 0 || lead.includes('\n') || /[.!?]["”’]?$/.test(lead.trimEnd());
    if (opensSentence && isCommonWord(word.toLowerCase())) break;
    start = qs;
    if (opensSentence) break;
  }
  return start;
}

/** A capitalised word of a name before " & " ("Procter", "Road", "A&M"): letters, dots, apostrophes, hyphens, ampersands. */
const AMPERSAND_PART = /^[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*$/u;

/**
 * "American Road & [Transportation Builders Association]", "Bill & [Melinda Gates Foundation]", "Washington & [Lee
 * University]": the capitalised words joined by "&" before a body's name that the rules cut there: the whole name's
 * start, or null. English writes "&" inside names (firms, associations, schools), "and" between names, so the words
 * before it open the same name. The name after it is capitalised words only ("the Russians & Trump campaign" is a
 * list), no body the lexicon knows whole ("the FBI & CIA"), and the words before it are no known body, no people in the
 * plural ("Russians"), and no person named in full.
 */
function ampersandBefore(m: Mention, c: JoinContext): number | null {
  if (m.type !== 'Organization' || c.body.slice(m.start - 3, m.start) !== ' & ') return null;
  if (!m.text.split(' ').every((w) => /^[\p{Lu}\p{N}]/u.test(w) || w === 'of' || w === 'for' || w === 'the' || w === '&') || ORG_FORMS.has(m.text) || ORG_FORMS.has(m.key)) return null;
  const wordEnd = m.start - 3;
  let ws = wordEnd;
  while (ws > 0 && /[\p{L}\p{N}.'’&-]/u.test(c.body[ws - 1])) ws--;
  const word = c.body.slice(ws, wordEnd);
  if (!AMPERSAND_PART.test(word) || NOT_NAME_STARTS.has(word) || NON_NAME_WORDS.has(word) || /['’]s?$/.test(word)) return null;
  if (/s$/.test(word) && COUNTRY_BY_DEMONYM.has(word.slice(0, -1))) return null;
  const start = qualifiersBefore(c, ws, 3);
  const before = c.body.slice(start, wordEnd);
  if (ORG_FORMS.has(before) || isPlace(before) && before.includes(' ')) return null;
  // Mentions over the words before: wholly inside them, and no person named in full.
  if (c.mentions.some((o) => o !== m && o.start < wordEnd && o.end > start && (o.start < start || o.end > wordEnd || (o.type === 'Person' && o.text.includes(' '))))) return null;
  return start;
}

/** Heads a field completes after "for", "of" or "on", schools' too ("University of Science and Technology"). */
const FIELD_AND_HEADS: ReadonlySet<string> = new Set([...OPENING_HEADS, 'University', 'College']);
/** A head of FIELD_AND_HEADS, or its plural ("Centers for Medicare and Medicaid Services"): the singular, or null. */
const headWord = (w: string) => (FIELD_AND_HEADS.has(w) ? w : /s$/.test(w) && FIELD_AND_HEADS.has(w.slice(0, -1)) ? w.slice(0, -1) : w.endsWith('ies') && FIELD_AND_HEADS.has(`${w.slice(0, -3)}y`) ? `${w.slice(0, -3)}y` : null);

/**
 * "Centers for Medicare and [Medicaid Services]", "University of Science and [Technology]": a body named by a head and
 * two fields joined by "and", which the rules cut to the second field: the whole name's start, or null. The words after
 * "and" open no body of their own (no head, no known body, no department's field, no place, not named alone elsewhere
 * in the article); the first field is capitalised words under no person's, state's or place's mention, after a head a
 * field completes ("Centers for", "Institute of", "Committee on").
 */
function headFieldAndBefore(m: Mention, c: JoinContext): number | null {
  if (m.type !== 'Organization' || c.body.slice(m.start - 5, m.start) !== ' and ') return null;
  const words = m.text.split(' ');
  if (!words.every((w) => /^\p{Lu}\p{L}/u.test(w)) || words.some((w) => OPENING_HEADS.has(w) || STATE_BODY_HEADS.has(w) || headWord(w) !== null)) return null;
  if (ORG_FORMS.has(m.text) || ORG_FORMS.has(m.key) || DEPARTMENT_NAMES.has(m.text) || isPlace(m.text) || FIRST_NAMES.has(words[0]) || NON_NAME_WORDS.has(words[0])) return null;
  if (c.mentions.some((o) => o !== m && o.type === 'Organization' && o.text === m.text && c.body.slice(o.start - 5, o.start) !== ' and ')) return null;
  // The first field: one to three capitalised words before " and ".
  const fieldEnd = m.start - 5;
  let fieldStart = fieldEnd;
  for (let n = 0; n < 3 && (n === 0 || c.body[fieldStart - 1] === ' '); n++) {
    let ws = n === 0 ? fieldEnd : fieldStart - 1;
    const we = ws;
    while (ws > 0 && /[\p{L}.'’-]/u.test(c.body[ws - 1])) ws--;
    const word = c.body.slice(ws, we);
    if (!/^\p{Lu}\p{L}/u.test(word) || /['’]s?$/.test(word) || NON_NAME_WORDS.has(word) || NOT_NAME_STARTS.has(word) || headWord(word) !== null) break;
    fieldStart = ws;
  }
  if (fieldStart === fieldEnd) return null;
  const connector = HEAD_CONNECTORS.find((k) => c.body.slice(fieldStart - k.length, fieldStart) === k);
  if (!connector) return null;
  const headEnd = fieldStart - connector.length;
  let hs = headEnd;
  while (hs > 0 && /\p{L}/u.test(c.body[hs - 1])) hs--;
  const head = headWord(c.body.slice(hs, headEnd));
  if (!head || (connector === ' on ' && !ON_FIELD_HEADS.has(head))) return null;
  const field = c.body.slice(fieldStart, fieldEnd);
  if (isPlace(field) || ORG_FORMS.has(field) || DEPARTMENT_NAMES.has(field)) return null;
  // Over the head and the first field: no person, state or place, no body the lexicon knows, nothing reaching out of them.
  if (c.mentions.some((o) => o !== m && o.start < fieldEnd && o.end > hs && (o.start < hs || o.end > fieldEnd || o.type === 'Person' || o.type === 'Country' || o.type === 'Place' || ORG_FORMS.has(o.text)))) return null;
  return qualifiersBefore(c, hs);
}

/** An adjective by WordNet with an adjective's ending ("Strategic", "International", "Cuban"): no noun a name ends in. */
const adjectiveWord = (w: string) => /^\p{Lu}\p{Ll}+(?:al|ic|ary|ive|an|ese|ish|ous|ern)$/u.test(w) && isAdjective(w.toLowerCase());

/**
 * "Center for Strategic [and International Studies]": a body's name that ends in an adjective after "for" or "of" is cut
 * before the noun the adjective shares with the words after "and": the name's new end, or null. The words after "and"
 * end in a noun and open no person's name.
 */
function sharedNoun(m: Mention, c: JoinContext): { start: number; end: number } | null {
  if (m.type !== 'Organization' || c.body.slice(m.end, m.end + 5) !== ' and ') return null;
  const words = m.text.split(' ');
  if (words.length < 3 || !adjectiveWord(words[words.length - 1]) || !words.slice(1, -1).some((w) => w === 'for' || w === 'of')) return null;
  const from = m.end + 5;
  const end = fieldRun(c.body, from, c.mentions);
  if (end === from) return null;
  const last = lastWord(c.body.slice(from, end));
  if (adjectiveWord(last) || /^\p{Lu}{2,}$/u.test(last)) return null;
  if (c.mentions.some((o) => o.start < end && o.end > from && (o.end > end || o.start < from || o.type === 'Person' || o.type === 'Place'))) return null;
  return { start: m.start, end };
}

/** Heads of works, of places and of abstractions that "of" and a country complete as a title or a place, no body ("A Memoir of Syria", "Sea of Japan", "Economy of Turkey"). */
const NOT_BODY_BEFORE_COUNTRY: ReadonlySet<string> = new Set(['Wall', 'Memoir', 'Tragedy', 'History', 'Story', 'Economy', 'Sea', 'Gulf', 'Strait', 'Straits', 'Bay', 'Plain', 'Plains', 'Republic', 'Kingdom', 'Emirate', 'People', 'Sultan', 'King', 'Queen', 'Emir', 'President', 'Government', 'Embassy', 'Subsoil']);

/**
 * "Boy Scouts [of America]", "Voice [of America]", "Atomic Energy Organization [of Iran]": a body's name the rules cut
 * before "of" and a country's name: the end of the whole name, or null. English names a national union, chapter or
 * broadcaster with the country it serves as a complement; the country inside the name is no mention of the country
 * (the tests' "a country inside an organisation's name"). Not a body the lexicon knows by the cut name ("Islamic State
 * of Iraq", "Congress of the United States": the body is the known one and the country its complement), not a person,
 * not a work's, a place's or an office's head (NOT_BODY_BEFORE_COUNTRY), and only a country by its name, one word or
 * "the United States"/"the United Kingdom", with no further name run on after it ("… of America's Joint Chiefs").
 */
function countryComplement(m: Mention, c: JoinContext): { start: number; end: number } | null {
  if (m.type !== 'Organization' || ORG_FORMS.has(m.text) || ORG_FORMS.has(m.key) || genericBody(m.text)) return null;
  const words = m.text.split(' ');
  if (words.some((w) => NOT_BODY_BEFORE_COUNTRY.has(w)) || !/^\p{Lu}/u.test(words[words.length - 1])) return null;
  // "Karlsruhe of Germany", "Benetton of Italy": one proper word and "of" a country is a team's or a person's origin,
  // as "Putin of Russia"; a one-word body's name so completed is a common word ("Voice of America", "Sons of Iraq").
  // One word is a body's name so completed only in the plural ("Retailers of America", "Sons of Iraq") or as a known
  // body ("Voice of America"); not a common word capitalised ("Timing of Iran", "GOAL of Russia").
  const known = (name: string) => ORG_FORMS.has(name) || OUTLET_NAMES.has(name);
  const whole = `${m.text}${c.body.slice(m.end, m.end + 8).startsWith(' of the ') ? ' of the ' : ' of '}`;
  if (words.length === 1 && !(/\p{Ll}s$/u.test(words[0]) && isCommonWordForm(words[0])) && !known(`${whole}${c.mentions.find((o) => o.start === m.end + whole.length - m.text.length)?.text ?? ''}`)) return null;
  // "the Stacey Abrams of Israel": a person's name (a given name, then no common word) likened to the country's, no body.
  if (words.length === 2 && FIRST_NAMES.has(words[0]) && !isCommonWordForm(words[1])) return null;
  // "Wahhabis of Saudi Arabia", "Kurds of Iraq": a people or a faith's followers where they live, no body.
  const last = words[words.length - 1].toLowerCase().replace(/s$/, '');
  if (PEOPLES_AND_FAITHS.has(last) || COUNTRY_BY_DEMONYM.has(capitalised(last))) return null;
  const of = c.body.startsWith(' of the ', m.end) ? ' of the ' : c.body.startsWith(' of ', m.end) ? ' of ' : null;
  if (!of) return null;
  const from = m.end + of.length;
  const country = c.mentions.find((o) => o.start === from && o.type === 'Country' && o.via === 'name');
  if (!country || (of === ' of the ') !== /^United /.test(country.text)) return null;
  // The country closes the name: no capitalised word, possessive or hyphen run on after it.
  if (/^(?:['’]|-| \p{Lu})/u.test(c.body.slice(country.end, country.end + 2))) return null;
  return { start: m.start, end: country.end };
}

export const BODY_JOIN_RULES: readonly BodyJoinRule[] = [
  {
    id: 'ampersand-name',
    find: (m, c) => {
      const start = ampersandBefore(m, c);
      return start === null ? null : { start, end: m.end };
    },
    examples: ['according to a study by the American Road & Transportation Builders Association', 'among its backers are the Bill & Melinda Gates Foundation and others', 'He teaches at Washington & Lee University.'],
    why: 'English writes "&" inside a name ("American Road & Transportation Builders Association", "Procter & Gamble") and "and" between names: the capitalised words before "&" open the body\'s name, and "Transportation Builders Association" names no body',
  },
  {
    id: 'head-field-and',
    find: (m, c) => {
      const start = headFieldAndBefore(m, c);
      return start === null ? null : { start, end: m.end };
    },
    examples: ['The Centers for Medicare and Medicaid Services said it would act.', 'Recent research by the University of Science and Technology of China goes farther.'],
    why: 'a head a field completes, then two fields joined by "and" ("Centers for Medicare and Medicaid Services") is one body named by both: the rules cut it to the second field, and "Medicaid Services" names no body',
  },
  {
    id: 'head-before-field',
    find: (m, c) => {
      const start = headBefore(m, c);
      return start === null ? null : { start, end: m.end };
    },
    examples: ['Bill Roggio, an expert at the Foundation for the Defense of Democracies, told me.', 'As the Center for Immigration Studies points out, it is so.', 'inspectors of the Organization for the Prohibition of Chemical Weapons arrived', 'according to the Britain-based Syrian Observatory for Human Rights', 'It sits down the hill from the Centers for Disease Control and Prevention.'],
    why: 'a head noun that a field completes after "for", "of" or "on" ("Foundation for the Defense of Democracies") opens the body\'s name: the field alone ("Defense of Democracies") names no body, it is what the body is for',
  },

  {
    id: 'field-and-head',
    find: (m, c) => {
      const start = fieldBeforeAndHead(m, c);
      return start === null ? null : { start, end: m.end };
    },
    examples: ['President Recep Tayyip Erdogan’s Justice and Development Party won the vote.', 'Iran’s Ports and Maritime Organization said the ship sank.', 'The American Apparel and Footwear Association said so.'],
    why: 'a body named by two fields joined by "and" before its head ("Justice and Development Party") is named by both: the rules cut the first field off, and "Development Party" names no body',
  },
  {
    id: 'state-adjective',
    find: (m, c) => {
      if (m.type !== 'Organization' || !m.text.includes(' ') || !STATE_BODY_HEADS.has(lastWord(m.text)) || ORG_FORMS.has(m.text) || ORG_FORMS.has(m.key) || genericBody(m.text)) return null;
      const state = stateBefore(c.body, m);
      if (!state || stateWord(m.text.split(' ')[0])) return null;
      if (US_FORMS.has(state.text) && US_BARE_HEADS.has(lastWord(m.text))) return null;
      // Only the state's own mention may stand over its words.
      if (c.mentions.some((o) => o.start < m.start && o.end > state.start && o.type !== 'Country')) return null;
      return { start: state.start, end: m.end, state: stateWord(state.text) };
    },
    examples: ['The U.S. Olympic Committee said it would appeal.', 'said Andrei Kortunov of the Russian International Affairs Council.', 'a hacker group calling itself the Syrian Electronic Army'],
    why: 'a state’s adjective before a body every state has one of ("Olympic Committee", "Electronic Army") names that state’s body: the adjective is part of its name',
  },
  {
    id: 'state-mission',
    find: (m, c) => {
      if (m.type !== 'Organization' || !isStateMission(c.body, m)) return null;
      const state = stateBefore(c.body, m)!;
      if (c.mentions.some((o) => o.start < m.start && o.end > state.start && o.type !== 'Country')) return null;
      return { start: state.start, end: m.end, state: stateWord(state.text) };
    },
    examples: ['The Russian Embassy said the claims were false.', 'The Ukrainian Embassy said the report was false.'],
    why: 'a state\'s adjective before "Embassy" or "Consulate" names that state\'s mission, one body: the tagger reads the head alone as a person ("Embassy") or a body cut from its state, and "the Russian Embassy said" is the embassy speaking',
  },
  {
    id: 'state-name',
    find: (m, c) => {
      if (m.type !== 'Organization' || !m.text.includes(' ') || !COUNTRY_NAME_HEADS.has(lastWord(m.text)) || ORG_FORMS.has(m.text) || ORG_FORMS.has(m.key) || genericBody(m.text)) return null;
      if (COUNTRY_BY_NAME.has(m.text.split(' ')[0]) || stateWord(m.text.split(' ')[0])) return null;
      const state = countryNameBefore(c.body, m, c.mentions);
      // "U.S. Air Force", "United States Special Forces": the bare name is the US body's (US_BARE_HEADS).
      if (!state || (state.code === 'US' && US_BARE_HEADS.has(lastWord(m.text)))) return null;
      return { start: state.start, end: m.end, state: state.code };
    },
    examples: ['the Israel Defense Forces are on high alert', 'the American Israel Public Affairs Committee', 'US officials believe that Ukraine International Airlines Flight 752 was shot down', 'spokesman for the U.S.-China Business Council', 'State-owned China National Petroleum Corp. said it would bid.'],
    why: 'a country\'s name right before a body\'s name that ends in a head every state or carrier has ("Defense Forces", "Airlines", "Business Council") opens that name, as its adjective does ("Israel Defense Forces"): the body is the whole name, no country and a cut body',
  },
  {
    id: 'outlet-country-name',
    find: (m, c) => {
      if (m.type !== 'Organization' || !OUTLET_HEADS.has(lastWord(m.text)) || ORG_FORMS.has(m.text) || ORG_FORMS.has(m.key)) return null;
      const state = countryNameBefore(c.body, m, c.mentions);
      return state ? { start: state.start, end: m.end } : null;
    },
    examples: ['the call published by state broadcaster China Central Television', 'he said in an interview with the Japan Times on Monday', 'A report in the China Daily newspaper said so.'],
    why: 'a country\'s name right before a newspaper\'s or a broadcaster\'s name ("New Zealand Herald", "China Central Television") opens the outlet\'s name: the outlet is the whole name, "Herald" alone a cut one and the country no mention of its own',
  },
  {
    id: 'movement-adjective',
    find: (m, c) => {
      if (m.type !== 'Organization' || !m.text.includes(' ') || !MOVEMENT_HEADS.has(lastWord(m.text)) || ORG_FORMS.has(m.text) || ORG_FORMS.has(m.key)) return null;
      const adjective = capitalisedWordBefore(c.body, m.start);
      // Not before a name a state's adjective opens ("Kurdish-led" … "Kurdish Syrian Democratic Forces": the SDF).
      const first = m.text.split(' ')[0];
      if (!adjective || !MOVEMENT_ADJECTIVES.has(adjective.word) || MOVEMENT_ADJECTIVES.has(first) || COUNTRY_BY_DEMONYM.has(first)) return null;
      if (c.mentions.some((o) => o.start < m.start && o.end > adjective.start)) return null;
      return { start: adjective.start, end: m.end };
    },
    examples: ['Arlene Foster, leader of the Democratic Unionist Party, said no.', 'The Islamic Resistance Movement, Hamas, said it would fight.'],
    why: 'an adjective that opens no name in the rules ("Democratic", "Islamic") right before a party\'s or a movement\'s name opens that name: "Democratic Unionist Party" is the DUP, "Unionist Party" no party of its own',
  },
  {
    id: 'ordinal-unit',
    find: (m, c) => {
      if (m.type !== 'Organization' || !m.text.split(' ').some((w) => NUMBERED_BODY_WORDS.has(w))) return null;
      const start = ordinalBefore(c.body, m.start);
      return start === null ? null : { start, end: m.end };
    },
    examples: ['He served in the Army’s 82nd Airborne in Iraq.', 'He flew with the 398th Bomb Group over Germany.', 'The 5th U.S. Circuit Court of Appeals ruled on Monday.'],
    why: 'units, commands and appeals circuits go by their number: the ordinal before "Airborne Division" or "Circuit Court of Appeals" names which one, and without it the 82nd and the 101st Airborne would be one body',
  },
  {
    id: 'numbered-team',
    find: (m, c) => {
      if (m.type !== 'Organization' || lastWord(m.text) !== 'Team' || !m.text.includes(' ')) return null;
      const end = numberAfter(c.body, m.end);
      return end === null ? null : { start: m.start, end };
    },
    examples: ['Bin Laden was killed by members of SEAL Team 6 in 2011.', 'The raid was carried out by SEAL Team Six, officials said.'],
    why: 'a unit called a team goes by its number ("SEAL Team 6", "SEAL Team Six"): the number names which team, and without it every numbered team of the service would be one body',
  },
  {
    id: 'field-and-before',
    find: (m, c) => {
      const start = fieldBeforeAnd(m, c);
      return start === null ? null : { start, end: m.end };
    },
    examples: ['President Clinton\'s Health and Human Services Secretary said', 'Massachusetts Health and Human Services communication director Alec Loftus'],
    why: 'a body named by two fields joined by "and" and no head noun ("Health and Human Services") is named by both: the rules cut the first field off, and "Human Services" names no body',
  },
  {
    id: 'field-on',
    find: (m, c) => (ON_FIELD_HEADS.has(lastWord(m.text)) && namedByKind(m) ? fieldAfter(m, c, ' on ') : null),
    examples: ['The House Committee on Homeland Security held a hearing.', 'Bob Corker, chairman of the Senate Committee on Foreign Relations, said no.'],
    why: 'a committee or council "on" a capitalised field is named by it: "on Homeland Security" completes "House Committee", which names no one committee',
  },
  {
    id: 'field-for',
    find: (m, c) => fieldAfter(m, c, ' for the ') ?? fieldAfter(m, c, ' for '),
    examples: ['The Popular Front for the Liberation of Palestine claimed the attack.', 'the International Committee for the Development of Peoples'],
    why: 'a front, a fund or a committee "for" a capitalised cause is named by it: the cause completes the name',
  },
  {
    id: 'field-of-the',
    find: (m, c) => fieldAfter(m, c, ' of the '),
    examples: ['A spokesman for the Massachusetts Office of the Chief Medical Examiner declined to comment.'],
    why: 'an office or a committee "of the" capitalised words is named by them ("Office of the Chief Medical Examiner"), as "Popular Front" by "for the Liberation of Palestine"',
  },
  {
    id: 'shared-noun',
    find: sharedNoun,
    examples: ['A scholar at the Center for Strategic and International Studies said so.', 'Volker Perthes, head of the German Institute for International and Security Affairs, agreed.'],
    why: 'two adjectives joined by "and" share the noun after the second ("Strategic and International Studies"): a name that ends in the first adjective ("Center for Strategic") is cut before its noun, and the second half ("International Studies") names no body alone',
  },
  {
    id: 'country-complement',
    find: countryComplement,
    examples: ['Trump gave a speech to the Boy Scouts of America on Monday.', 'the security law on the finance hub,” Voice of America reported.', 'said the head of the Atomic Energy Organization of Iran.'],
    why: 'a union, a chapter or a broadcaster named with the country it serves after "of" ("Communications Workers of America", "Voice of America") is one body: the rules cut it before "of", leaving a cut body and a country the article does not mention',
  },
  {
    id: 'field-and',
    find: secondField,
    examples: ['He joined the Ministry of Agriculture and Rural Affairs in 2015.', 'the Department of Agriculture and Water Resources said'],
    why: 'a ministry or a school "of" two fields joined by "and" is one body named by both ("Ministry of Agriculture and Rural Affairs"): the second field names no body alone, unless a department goes by it ("Homeland Security")',
  },
];

/**
 * Joins each organisation to the words that complete its name (first rule that finds any); the mentions inside go.
 * A bare form keyed as the cut name ("the Popular Front" after "the Popular Front for the Liberation of Palestine")
 * keys to the whole name, when the article joins that cut name to one whole name only — and, for a state's body
 * ("the Air Force" after "the Syrian Air Force"), when the article names no other state but the United States
 * (an Indonesian "Air Force spokesman" beside "the Australian Air Force" is no Australian's).
 */
export function joinBodyNames(body: string, mentions: Mention[]): Mention[] {
  // A numbered unit's words the tagger read as a person's name ("the 7th Fleet", "the 9th Circuit") are a body's.
  // So are a state's mission's words ("the Russian Embassy said": no person "Embassy").
  mentions = mentions.map((m) => (m.type === 'Person' && (isNumberedUnit(body, m) || isStateMission(body, m)) ? { ...m, type: 'Organization' } : m));
  if (!mentions.some((m) => m.type === 'Organization')) return mentions;
  let out = mentions;
  const states = new Set(mentions.filter((m) => m.type === 'Country').map((m) => m.key));
  const rekey = new Map<string, string>(); // cut key → whole key ('' when two whole names share it, or other states stand)
  // Every rule reads organisations only; one a join took in is gone from `out`.
  const gone = new Set<Mention>();
  for (const rule of BODY_JOIN_RULES) {
    for (const m of out.filter((o) => o.type === 'Organization')) {
      if (gone.has(m)) continue;
      const hit = rule.find(m, { body, mentions: out });
      if (!hit) continue;
      const text = body.slice(hit.start, hit.end);
      if (/[\n\r]/.test(text)) continue;
      const key = ORG_FORMS.get(text) ?? text;
      const joined: Mention = { ...m, start: hit.start, end: hit.end, text, key };
      const otherStates = hit.state !== undefined && [...states].some((c) => c !== hit.state && c !== 'US');
      rekey.set(m.key, otherStates || (rekey.has(m.key) && rekey.get(m.key) !== key) ? '' : key);
      for (const o of out) if (o === m || (o.start >= hit.start && o.end <= hit.end)) gone.add(o);
      out = [...out.filter((o) => !gone.has(o)), joined].sort((a, b) => a.start - b.start || a.end - b.end);
    }
  }
  if (!rekey.size) return out;
  return out.map((m) => {
    const key = m.type === 'Organization' ? rekey.get(m.key) : undefined;
    return key && key !== m.key && m.text === m.key ? { ...m, key } : m;
  });
}
