// Stage 2c''', coordinated bodies (after tagging, before retype): two bodies' head nouns joined by "and" under one
// modifier ("the Presidents of the European Commission and Parliament", "the Defense and Foreign Ministries" aside)
// were read as one organisation; English shares the modifier, so they are two: "European Commission" and "European
// Parliament", the second named where its head is written.
import { lowerCaseWords, type Mention } from './mentions.js';
import { BODY_LAST_WORDS, KNOWN_ORGANIZATION_FORMS as ORG_FORMS, ORG_SUFFIXES, TOPIC_LIST_HEADS } from './lexicon/organizations.js';
import { DEPARTMENT_NAMES } from './lexicon/government-bodies.js';
import { isPlaceByHead } from './lexicon/places.js';
import { FIRST_NAMES } from './lexicon/names.js';
import { NON_NAME_WORDS } from './lexicon/titles.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from './lexicon/countries.js';
import { REGION_ADJECTIVES } from './lexicon/places.js';
import { regionPlace } from './region-places.js';

/** "<Modifier words> <Head> and <Head>": capitalised modifiers, two single-word heads. Linear: no nested repetition over the same letters. */
const COORDINATED_HEADS = /^((?:\p{Lu}[\p{L}.]* )+)(\p{Lu}\p{Ll}+) and (\p{Lu}\p{Ll}+)$/u;

export function splitCoordinatedBodies(mentions: Mention[]): Mention[] {
  if (!mentions.some((m) => m.type === 'Organization' && m.text.includes(' and '))) return mentions;
  const out: Mention[] = [];
  for (const m of mentions) {
    const hit = m.type === 'Organization' && !ORG_FORMS.has(m.text) ? COORDINATED_HEADS.exec(m.text) : null;
    // Both heads nouns of bodies ("Commission", "Parliament"), and the second unlike the first.
    if (!hit || !ORG_SUFFIXES.has(hit[2]) || !ORG_SUFFIXES.has(hit[3]) || hit[2] === hit[3]) {
      const names = m.type === 'Organization' ? coordinatedNames(m) : null;
      out.push(...(names ?? [m]));
      continue;
    }
    const first = `${hit[1]}${hit[2]}`;
    const second = `${hit[1]}${hit[3]}`;
    const secondAt = m.end - hit[3].length;
    out.push({ ...m, end: m.start + first.length, text: first, key: ORG_FORMS.get(first) ?? first });
    out.push({ ...m, start: secondAt, end: m.end, text: hit[3], key: ORG_FORMS.get(second) ?? second });
  }
  return out;
}

/** A state's short forms the country lexicon reads only as a country's name elsewhere ("US" is read before tagging). */
const STATE_SHORT_FORMS: ReadonlyMap<string, string> = new Map([['US', 'US'], ['U.S.', 'US'], ['UK', 'GB'], ['U.K.', 'GB']]);

/**
 * One conjunct of "<A> and <B>" read as a name of its own: a state (a Country mention), a world region (a Place), a
 * known body (an Organization), or an adjective of a region ("European", no mention); null when the lexicons know no
 * reading of it alone.
 */
function conjunctReading(m: Mention, start: number, text: string): Mention | 'none' | null {
  const at = { ...m, start, end: start + text.length, text, orgCue: undefined };
  const code = STATE_SHORT_FORMS.get(text) ?? COUNTRY_BY_NAME.get(text);
  if (code) return { ...at, type: 'Country', key: code, via: 'name' };
  const demonym = COUNTRY_BY_DEMONYM.get(text);
  if (demonym) return { ...at, type: 'Country', key: demonym, via: 'demonym' };
  if (REGION_ADJECTIVES.has(text)) return 'none';
  const region = regionPlace(text);
  if (region) return { ...at, type: 'Place', key: region.name, countryCode: region.countryCode };
  const body = ORG_FORMS.get(text);
  return body ? { ...at, key: body } : null;
}

/**
 * "US and European" (diplomats), "the US and Europe", "the FBI and Pentagon": a body's span over two names joined by
 * "and", each a state, a region, a region's adjective or a known body on its own, names no one body but the two; each
 * conjunct is read as what it is. Null when the span is a known body's name ("Bosnia and Herzegovina" is a country and
 * never an Organization here) or a conjunct has no reading alone ("Freedom and Justice Party", "Boeing and Lockheed").
 */
function coordinatedNames(m: Mention): Mention[] | null {
  const and = m.text.indexOf(' and ');
  if (and <= 0 || m.text.indexOf(' and ', and + 1) >= 0 || ORG_FORMS.has(m.text)) return null;
  const second = m.text.slice(and + 5);
  const a = conjunctReading(m, m.start, m.text.slice(0, and));
  const b = a && conjunctReading(m, m.start + and + 5, second);
  if (!a || !b || (a === 'none' && b === 'none')) return null;
  return [a, b].filter((x): x is Mention => x !== 'none');
}

// Stage 2c'''' (after coordinated bodies), bodies named by a list of fields: "the House Ways and Means Committee",
// "the House Science, Space and Technology Committee". The tagger and the rules cut such a name at its commas and its
// "and" ("House Ways" … "Means Committee", "Space" a person); English reads capitalised words listed before a body's
// head as that one body's fields, unless a listed part is a name of its own ("the FBI and Justice Department" are two
// bodies). The parts that are names of their own are told by rules as data (NOT_A_FIELD_RULES).

/** One part of the list before "and" (the last part, with the head, is the mention after "and"). */
export interface ListPart {
  start: number;
  end: number;
  text: string;
  words: readonly string[];
}

/** What a rule sees: one part, the whole list, the mentions over the part, the article. */
export interface FieldCandidate {
  part: ListPart;
  parts: readonly ListPart[];
  /** The mention after "and", ending in the head ("Means Committee"). */
  last: Mention;
  /** Whether the list closes with ", and" rather than " and ". */
  commaAnd: boolean;
  /** The mentions overlapping the part. */
  over: readonly Mention[];
  /** Names the article uses on their own outside the list (namesOnTheirOwn): "Clinton said", "Fatah rejected". */
  elsewhere: ReadonlySet<string>;
  body: string;
}

export interface NotAFieldRule {
  id: string;
  /** True when the part is no field of the body: the list is of names, and the mentions stay as they are. */
  test: (c: FieldCandidate) => boolean;
  examples: readonly string[];
  why: string;
}

const headOf = (m: Mention) => m.text.slice(m.text.lastIndexOf(' ') + 1);
/** The words before the head of the mention after "and" ("Homeland Security" of "Homeland Security Department"). */
const lastFields = (m: Mention) => m.text.slice(0, m.text.lastIndexOf(' ') + 1).trim();

export const NOT_A_FIELD_RULES: readonly NotAFieldRule[] = [
  {
    id: 'acronym',
    test: (c) => c.part.words.some((w) => /^\p{Lu}[\p{Lu}.&]+$/u.test(w)),
    examples: ['The FBI and Justice Department declined to comment.', 'The CIA, FBI and State Department were told.'],
    why: 'an acronym is a body’s short name, never a field written out',
  },
  {
    id: 'named',
    test: (c) => ORG_FORMS.has(c.part.text) || c.over.some((m) => m.type === 'Country' || m.type === 'Place' || c.elsewhere.has(m.text) || ((m.type === 'Person' || m.type === 'Unknown') && personCued(m))),
    examples: ['officials in New York and State Department lawyers', 'Clinton and State Department aides met. Clinton said so.', 'the Pentagon and National Security Council', 'Fatah and Palestinian Authority officials met. Fatah said no.'],
    why: 'a place, a country, a known body, a name the article also uses on its own (not before "and"), or a person named with a given name or a title is a party of the list, not a field',
  },
  {
    id: 'body-word',
    test: (c) => BODY_LAST_WORDS.has(c.part.words[c.part.words.length - 1]) || isPlaceByHead(c.part.text),
    examples: ['The White House and State Department disagreed.', 'the Senate Foreign Relations Committee and House Foreign Affairs Committee', 'Times Square and Port Authority police'],
    why: 'a run ending in a body’s or a place’s head word is a body or a place of its own',
  },
  {
    id: 'state-opens-last',
    test: (c) => isStateWord(c.last.text.split(' ')[0]),
    examples: ['Fatah and Palestinian Authority officials met on Monday.', 'Kurdish fighters and Iraqi Army troops advanced.'],
    why: 'a state’s adjective or name opens a body’s name before its fields ("the Palestinian Search and Rescue Agency"); one opening the part after "and" opens a body of its own, so the part before is another party',
  },
  {
    id: 'not-a-name-word',
    test: (c) => c.part.words.length === 1 && (LONE_NON_FIELDS.has(c.part.text) || NON_NAME_WORDS.has(c.part.text)),
    examples: ['He and European Commission officials met.', 'on Tuesday, and Finance Committee members'],
    why: 'a pronoun, a determiner, a day or a month alone is no field of a body',
  },
  {
    id: 'hyphened-modifier',
    test: (c) => c.part.words.some((w) => /-\p{Ll}/u.test(w)),
    examples: ['Obama-era State and Treasury Department officials', 'the Hamas-run and Palestinian Authority ministries'],
    why: 'a modifier joined by a hyphen ("Obama-era", "Hamas-run") describes the bodies, it names no field',
  },
  {
    id: 'department-list',
    test: (c) => headOf(c.last).startsWith('Department') && DEPARTMENT_NAMES.has(lastFields(c.last)) && c.parts.every((p) => DEPARTMENT_NAMES.has(p.text)),
    examples: ['Justice and Homeland Security Department officials', 'Obama-era State and Treasury Department officials'],
    why: 'departments each named by their field alone ("State", "Justice") before one shared "Department" are that many departments',
  },
  {
    id: 'comma-pair',
    test: (c) => c.parts.length === 1 && c.commaAnd,
    examples: ['Chairman Jason Chaffetz, R-Utah, and House Intelligence Committee members', 'Glen Doherty, and State Department officials'],
    why: 'two parts with a comma before "and" close an aside or a list of names; a body’s two fields take no comma',
  },
  {
    id: 'sentence-initial-common-word',
    test: (c) => c.part.words.length === 1 && c.part === c.parts[0] && opensSentence(c.body, c.part.start) && lowerCaseWords(c.body).has(c.part.text.toLowerCase()),
    examples: ['Witnesses and State Department officials said so. The witnesses left.'],
    why: 'a word opening the sentence that the article also writes in lower case is a common noun capitalised there, no field',
  },
];

/** A state's adjective or name: "Palestinian", "U.S.", "Iraq". */
const isStateWord = (w: string) => COUNTRY_BY_DEMONYM.has(w) || COUNTRY_BY_NAME.has(w);

/** Pronouns, determiners and quantifiers a capital opens: no field of a body. */
const LONE_NON_FIELDS: ReadonlySet<string> = new Set(['He', 'She', 'It', 'We', 'They', 'I', 'You', 'This', 'That', 'These', 'Those', 'Both', 'Either', 'Neither', 'All', 'Some', 'Many', 'Most', 'Its', 'Their', 'His', 'Her', 'Our', 'My', 'Senior', 'Former', 'Top', 'Current', 'Successive', 'Then']);
/** Words opening the run that open no field: an article, "Both", an adjective of office ("Senior", "Former"). */
const LEADING_NON_FIELDS: ReadonlySet<string> = new Set(['The', 'A', 'An', ...LONE_NON_FIELDS]);

/** A person named with a given name, a title or an honorific: a person, not a field. */
function personCued(m: Mention): boolean {
  return m.titleStart !== undefined || m.honorific !== undefined || FIRST_NAMES.has(m.text.split(' ')[0]);
}

/**
 * The names the article writes on their own, outside the list: mentions' words not followed by "and" and a capital (a
 * part of another such list is no use on its own), and the family names of its people ("Abbas"). The words as written,
 * not the keys: a short form keyed to the long name ("the House" → "House Energy") uses no part on its own.
 */
function namesOnTheirOwn(body: string, mentions: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    if (/^,? and \p{Lu}/u.test(body.slice(m.end, m.end + 7))) continue;
    out.add(m.text);
    if (m.type === 'Person' && m.text.includes(' ')) out.add(m.text.slice(m.text.lastIndexOf(' ') + 1));
  }
  return out;
}

/** Whether only spaces and opening quotes stand between `at` and the body's or a sentence's start. */
function opensSentence(body: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"“‘(]/.test(body[i])) i--;
  return i < 0 || /[.!?:]/.test(body[i]);
}

const isNameChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{N}.'’&-]/u.test(c);

/**
 * The capitalised runs before "<and> " ending at `at`, separated by ", " and single spaces, last first; null when no
 * run stands there. A plain scan backwards over at most `LIST_REACH` characters: linear, no pattern over the text.
 */
function listBefore(body: string, at: number): { parts: ListPart[]; commaAnd: boolean } | null {
  if (body.slice(at - 5, at) !== ' and ') return null;
  const commaAnd = body[at - 6] === ',';
  let pos = commaAnd ? at - 6 : at - 5;
  const floor = Math.max(0, at - LIST_REACH);
  const parts: ListPart[] = [];
  let words: { start: number; text: string }[] = [];
  let partEnd = pos;
  const close = () => {
    if (words.length) parts.unshift({ start: words[0].start, end: partEnd, text: body.slice(words[0].start, partEnd), words: words.map((w) => w.text) });
    words = [];
  };
  for (;;) {
    let ws = pos;
    while (ws > floor && isNameChar(body[ws - 1])) ws--;
    const word = body.slice(ws, pos);
    // A possessive ("Indonesia's") or a lower-case word ends the run before it.
    if (!/^\p{Lu}/u.test(word) || /['’]s$/.test(word)) break;
    words.unshift({ start: ws, text: word });
    if (body[ws - 1] === ' ' && isNameChar(body[ws - 2]) && body[ws - 2] !== '.') pos = ws - 1;
    else if (body[ws - 1] === ' ' && body[ws - 2] === ',' && isNameChar(body[ws - 3])) {
      close();
      pos = ws - 2;
      partEnd = pos;
    } else break;
    if (pos <= floor) break;
  }
  close();
  return parts.length ? { parts, commaAnd } : null;
}
const LIST_REACH = 160;

/**
 * Joins "<fields>, <fields> and <fields> <Head>" into one organisation where every listed part is a field (no rule of
 * NOT_A_FIELD_RULES says otherwise); the mentions inside go. "the House Ways and Means Committee" → one body.
 */
export function joinTopicListBodies(body: string, mentions: Mention[]): Mention[] {
  let out = mentions;
  for (const last of mentions) {
    if (last.type !== 'Organization' || !TOPIC_LIST_HEADS.has(headOf(last)) || !last.text.includes(' ')) continue;
    const list = listBefore(body, last.start);
    if (!list) continue;
    // Leading words that open no field, and a country before the fields ("Indonesian", "China"), stay outside the name.
    const first = list.parts[0];
    let skip = 0;
    for (;;) {
      const at = first.start + first.words.slice(0, skip).reduce((n, w) => n + w.length + 1, 0);
      const country = mentions.find((m) => m.start === at && m.type === 'Country' && m.end < first.end);
      if (country) skip += country.text.split(' ').length;
      else if (skip < first.words.length - 1 && LEADING_NON_FIELDS.has(first.words[skip])) skip++;
      else break;
    }
    if (skip >= first.words.length) list.parts.shift();
    else if (skip) {
      const start = first.start + first.words.slice(0, skip).reduce((n, w) => n + w.length + 1, 0);
      list.parts[0] = { start, end: first.end, text: body.slice(start, first.end), words: first.words.slice(skip) };
    }
    if (!list.parts.length) continue;
    const start = list.parts[0].start;
    const inside = (m: Mention) => m.start >= start && m.end <= last.end;
    // A mention crossing the name's edge: the run is not the name's whole.
    if (out.some((m) => m.start < start && m.end > start)) continue;
    const elsewhere = namesOnTheirOwn(body, out.filter((m) => !inside(m)));
    const blocked = list.parts.some((part) => {
      const over = out.filter((m) => m.start < part.end && m.end > part.start);
      const c: FieldCandidate = { part, parts: list.parts, last, commaAnd: list.commaAnd, over, elsewhere, body };
      return NOT_A_FIELD_RULES.some((r) => r.test(c));
    });
    if (blocked) continue;
    const text = body.slice(start, last.end);
    const joined: Mention = { ...last, start, text, key: ORG_FORMS.get(text) ?? text };
    // A short form keyed to a cut piece ("the House" → "House Energy") names that piece no more: it keys by its own words.
    const cut = new Set(out.filter((m) => inside(m) && m.type === 'Organization').map((m) => m.key));
    out = [...out.filter((m) => !inside(m)).map((m) => (cut.has(m.key) && m.text !== m.key ? { ...m, key: ORG_FORMS.get(m.text) ?? m.text } : m)), joined].sort((a, b) => a.start - b.start || a.end - b.end);
  }
  return out;
}
