// Stage 2d'', coordinated people (in retype, before holder splits): English shares a family name between two given
// names joined by "and" — "suspects Dzhokhar and Tamerlan Tsarnaev", "his parents, Fred and Cindy Warmbier" — and
// the rules read the second person only, the first given name as nothing, a body or a person of one word. The first
// given name is the first person, named in full with the shared surname. And two people each with a title or a party
// label, joined by "and", read as one body ("Democrat Dianne Feinstein and Republican Mike Rogers"), are the two
// people, each with their label as a role. Rules are data (COORDINATED_PEOPLE_RULES);
// run on the combined mentions, not inside the rules, so the tagger's training features and weights stay as they are.
import type { Mention } from './mentions.js';
import { FIRST_NAMES } from './lexicon/names.js';
import { GIVEN_NAME_NICKNAMES } from './lexicon/given-name-nicknames.js';
import { COUNTRY_BY_NAME } from './lexicon/countries.js';
import { CITY_NAMES, REGION_NAMES, US_STATE_FORMS } from './lexicon/places.js';
import { NON_NAME_WORDS } from './lexicon/titles.js';
import { isBodyWord } from './unlikely-bodies.js';
import { hasLowerCaseUse } from './unlikely-people.js';
import { holderAt, isRoleWord } from './holder-splits.js';

/** What a rule sees of one "<Given> and <Given> <Surname>" in the article. */
export interface SharedSurnameCandidate {
  /** The lone given name before "and" ("Fred"). */
  given: string;
  /** The second person's mention ("Cindy Warmbier"): its family name is the shared one. */
  second: Mention;
  surname: string;
  /** Keys of the article's people named in full ("Dzhokhar Tsarnaev"). */
  fullNames: ReadonlySet<string>;
  /** Last words of the article's people named in full, but the second person's ("Allen" of John Allen). */
  otherSurnames: ReadonlySet<string>;
  /** Given names, with their familiar and formal forms, of the article's people of another family ("Don", "Donald" of Donald Trump Jr.). */
  otherGivenNames: ReadonlySet<string>;
}

export interface CoordinatedPeopleRule {
  id: string;
  test: (c: SharedSurnameCandidate) => boolean;
  examples: readonly string[];
  why: string;
}

export const COORDINATED_PEOPLE_RULES: readonly CoordinatedPeopleRule[] = [
  {
    id: 'shared-surname.named',
    test: (c) => c.fullNames.has(`${c.given} ${c.surname}`),
    examples: ['Dzhokhar Tsarnaev was arrested. Investigators said suspects Dzhokhar and Tamerlan Tsarnaev had help.'],
    why: 'the article names the first person in full elsewhere: the lone given name before "and" is theirs',
  },
  {
    id: 'shared-surname.given-name',
    // A familiar form is often the formal one cut short ("Don" of Donald, "Chris" of Christopher): a prefix counts too.
    test: (c) => FIRST_NAMES.has(c.given) && !c.otherSurnames.has(c.given) && ![...c.otherGivenNames].some((g) => g.startsWith(c.given) || c.given.startsWith(g)),
    examples: ['His parents, Fred and Cindy Warmbier, said he was tortured.', 'Both James and Hunter Biden denied it.'],
    why: 'a listed given name alone before "and" and a full name shares its family name (a couple, siblings); not a surname the article gives someone else ("emails between Allen and Jill Kelley", John Allen), nor a given name someone of another family bears ("to Don and Paul Manafort", Donald Trump Jr.)',
  },
];

/** "<Given> and " right before a mention: the lone given name and where it starts. Anchored at the end: linear. */
const GIVEN_AND = /(?:^|[^\p{L}\p{N}.'’-])(\p{Lu}\p{Ll}+) and $/u;

/** The family name as a whole word outside the mention. A plain scan: linear, no pattern. */
function namedElsewhere(body: string, surname: string, m: Mention): boolean {
  const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  for (let at = body.indexOf(surname); at >= 0; at = body.indexOf(surname, at + 1)) {
    if ((at < m.start || at >= m.end) && !isLetter(body[at - 1]) && !isLetter(body[at + surname.length])) return true;
  }
  return false;
}

/**
 * No capitalised word before the given name, but a sentence's or a line's first ("Both James and …"): a capitalised
 * word ends a longer name ("Sen. Ted Cruz and …", "Peter Robinson and Arlene Foster").
 */
function standsAlone(body: string, start: number): boolean {
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\u00a0';
  // Back over the space before the given name, then over the word before it: plain scans, no pattern.
  let i = start;
  while (i > 0 && start - i < 40 && isSpace(body[i - 1])) i--;
  if (i === 0 || body.slice(i, start).includes('\n')) return true;
  let w = i;
  while (w > 0 && i - w < 40 && !isSpace(body[w - 1])) w--;
  const word = body.slice(w, i).replace(/^[^\p{L}]+/u, '');
  if (!/^\p{Lu}/u.test(word)) return true;
  // A sentence's first word the article also writes in lower case ("Both"), no given name ("Tim Ryan and Seth Moulton").
  let j = w;
  while (j > 0 && w - j < 40 && isSpace(body[j - 1])) j--;
  const first = j === 0 || body.slice(j, w).includes('\n') || '.!?:;"“”'.includes(body[j - 1]);
  return first && !FIRST_NAMES.has(word) && hasLowerCaseUse(body, word.toLowerCase());
}

/** Words that open places' names, never a given name's place in a pair ("North and South Korea", "East and West Germany"). */
const COMPASS_WORDS: ReadonlySet<string> = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Upper', 'Lower', 'New', 'Old', 'Central']);
const isPlaceName = (name: string) => COUNTRY_BY_NAME.has(name) || US_STATE_FORMS.includes(name) || CITY_NAMES.has(name) || REGION_NAMES.has(name);

/** A given name with its familiar and formal forms ("Donald" → Don, Donnie; "Jim" → James, Jimmy). */
const NICKNAME_ROWS = new Map<string, readonly string[]>();
for (const row of GIVEN_NAME_NICKNAMES) for (const name of row) NICKNAME_ROWS.set(name, [...(NICKNAME_ROWS.get(name) ?? []), ...row]);
const givenForms = (given: string): readonly string[] => NICKNAME_ROWS.get(given) ?? [given];

/** A family name: one capitalised word, maybe hyphenated or with an apostrophe ("Tsarnaev", "O'Rourke", "Smith-Jones"). */
const SURNAME = /^(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * The mentions with the first person of each "<Given> and <Given> <Surname>" named in full: a new mention of the lone
 * given name (key "<Given> <Surname>"), replacing what the rules made of that word.
 */
export function splitSharedSurnames(body: string, mentions: Mention[]): Mention[] {
  if (!body.includes(' and ')) return mentions;
  const people = mentions.filter((m) => m.type === 'Person' && m.key.includes(' '));
  if (!people.length) return mentions;
  const fullNames = new Set(people.map((m) => m.key));
  const replaced = new Set<Mention>();
  const added: Mention[] = [];
  // The second may be read as a body ("Tamerlan Tsarnaev" after "Fox News Sunday"): a person when the first is one the article names in full.
  const seconds = mentions.filter((m) => m.type === 'Person' || (m.type === 'Organization' && !m.orgCue));
  for (const second of seconds) {
    const words = second.text.split(' ');
    // "Cindy Warmbier", "Tamerlan Tsarnaev": a given name and a family name, no title or initial run in.
    if (words.length !== 2 || second.role || second.honorific || second.titleStart !== undefined) continue;
    const [given2, surname] = words;
    if (!SURNAME.test(surname) || isBodyWord(surname) || NON_NAME_WORDS.has(surname) || COUNTRY_BY_NAME.has(surname)) continue;
    // "the Peter and Paul Fortress": a name followed by another capitalised word is a longer name's start.
    if (/^ \p{Lu}/u.test(body.slice(second.end, second.end + 2))) continue;
    const hit = GIVEN_AND.exec(body.slice(Math.max(0, second.start - 40), second.start));
    if (!hit) continue;
    const given = hit[1];
    const start = second.start - 5 - given.length;
    if (given === given2 || hasLowerCaseUse(body, surname.toLowerCase()) || hasLowerCaseUse(body, given.toLowerCase())) continue;
    // "North and South Korea", "North and South Carolina": a compass word shares a place's name, not a family's.
    if (COMPASS_WORDS.has(given) || COMPASS_WORDS.has(given2) || isPlaceName(second.text) || isPlaceName(`${given} ${surname}`)) continue;
    // The family is the article's: its name written elsewhere too ("Otto Warmbier", "Warmbier said"); not "the Peter and Paul Fortress".
    if (!namedElsewhere(body, surname, second)) continue;
    if (!standsAlone(body, start)) continue;
    // A longer name or a place over the given name is no lone given name ("Virginia and Jim Gerlach").
    const over = mentions.filter((m) => m.start < start + given.length && m.end > start);
    const own = over.length === 1 && over[0].start === start && over[0].end === start + given.length ? over[0] : undefined;
    if (over.length > (own ? 1 : 0) || (own && (own.type === 'Country' || own.type === 'Place'))) continue;
    const otherSurnames = new Set(people.filter((m) => m.key !== second.key && m.key !== second.text).map((m) => m.key.slice(m.key.lastIndexOf(' ') + 1)));
    const otherGivenNames = new Set(people.filter((m) => !m.key.endsWith(` ${surname}`) && !m.key.includes(` ${surname} `)).flatMap((m) => givenForms(m.key.split(' ')[0])));
    const candidate: SharedSurnameCandidate = { given, second, surname, fullNames, otherSurnames, otherGivenNames };
    const rule = COORDINATED_PEOPLE_RULES.find((r) => r.test(candidate));
    if (!rule || (second.type !== 'Person' && rule.id !== 'shared-surname.named')) continue;
    if (own) replaced.add(own);
    if (second.type !== 'Person') {
      replaced.add(second);
      added.push({ ...second, type: 'Person', key: second.text, orgCue: undefined, strong: true });
    }
    added.push({ start, end: start + given.length, text: given, type: 'Person', key: `${given} ${surname}`, sentence: second.sentence, strong: true });
  }
  if (!added.length) return mentions;
  return [...mentions.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * "Democrat Dianne Feinstein and Republican Mike Rogers", "Private First Class Morris Walker and Staff Sergeant Clayton
 * Bowen": one mention of two labelled people joined by "and" — each half a title or party label (a role word in it)
 * and a person's name (holder-splits' given name, maybe an initial, and a surname). The two people, each with their
 * label as a role; else undefined.
 */
export function splitLabelledPair(body: string, m: Mention): Mention[] | undefined {
  if (m.type === 'Country' || m.type === 'Place' || /\s\s|[\n\t]/.test(m.text)) return undefined;
  const and = m.text.indexOf(' and ');
  if (and < 0 || m.text.indexOf(' and ', and + 1) >= 0) return undefined;
  const out: Mention[] = [];
  for (const [text, start] of [[m.text.slice(0, and), m.start], [m.text.slice(and + 5), m.start + and + 5]] as const) {
    const words = text.split(' ');
    const at = holderAt(body, words);
    if (at < 1 || !words.slice(0, at).some(isRoleWord)) return undefined;
    const role = words.slice(0, at).join(' ');
    const name = words.slice(at).join(' ');
    out.push({ start: start + role.length + 1, end: start + text.length, text: name, type: 'Person', key: name, sentence: m.sentence, strong: true, role, titleStart: start });
  }
  return out;
}
