// Stage 2d', holder splits (the first step of retype, after tagging): a body's name or a title run into a person's name
// and read as one body — "U.S. Citizenship and Immigration Services Gillian Christensen told Fox News", "UK Independence
// Party Nigel Farage", "Tory MP John Baron said". Cut into the body (when the words before the name are one) and the
// person, who then takes the quotes and the bare surname ("Christensen said"). Rules are data (HOLDER_SPLIT_RULES); run
// on the combined mentions, not inside the rules, so the tagger's training features and weights stay as they are.
import type { Mention } from './mentions.js';
import { FIRST_NAMES } from './lexicon/names.js';
import { KNOWN_ORGANIZATION_FORMS as KNOWN_BODIES, NON_ORG_ACRONYMS, ORG_SUFFIXES } from './lexicon/organizations.js';
import { COUNTRY_BY_NAME } from './lexicon/countries.js';
import { NON_NAME_WORDS, TITLE_ROLE_WORDS } from './lexicon/titles.js';
import { isBodyWord } from './unlikely-bodies.js';
import { hasLowerCaseUse } from './unlikely-people.js';

/** Prefixes of ships' names ("USS George Washington"): the name after them is the ship's, no one's. */
const VESSEL_PREFIXES: ReadonlySet<string> = new Set(['USS', 'U.S.S.', 'USNS', 'HMS', 'HMCS', 'HMAS', 'RMS', 'MV', 'SS']);
/**
 * Role nouns before a name beside the titles' role words: members, party members, press jobs ("Tory MP John Baron",
 * "Democrat Chris Murphy", "AP Diplomatic Writer Matthew Lee", "TSA Administrator John Pistole").
 */
const MORE_ROLE_WORDS: ReadonlySet<string> = new Set(['MP', 'MPs', 'MEP', 'MK', 'Democrat', 'Republican', 'Writer', 'Analyst', 'Contributor', 'Reporter', 'Editor', 'Columnist', 'Administrator', 'Attorney', 'Founder', 'Author', 'Member', 'Coordinator', 'Undersecretary', 'Airman', 'Sergeant', 'Sgt', 'Specialist', 'Interviewer']);
/** Parts of the world a body's name may end in ("Radio Free Europe"); towns are common surnames (Durham, Bergen). */
const CONTINENTS: ReadonlySet<string> = new Set(['Europe', 'Asia', 'Africa', 'America', 'Americas', 'Oceania', 'Antarctica', 'Eurasia']);
/** Words that open a body's complement after its head word. */
const COMPLEMENT_WORDS: ReadonlySet<string> = new Set(['of', 'on', 'for']);
/** Words that join two names: "Democrat Dianne Feinstein and Republican Mike Rogers" is two people, no title. */
const COORDINATORS: ReadonlySet<string> = new Set(['and', '&', 'or']);
export const isRoleWord = (w: string) => TITLE_ROLE_WORDS.has(w) || MORE_ROLE_WORDS.has(w);
/** A verb of saying right after a name: the name is its speaker's ("… Gillian Christensen told Fox News"). */
export const SAYING_AFTER = /^,?[ \t]+(?:said|says|told|tells|asked|asks|added|wrote|writes|explained|noted|stated|tweeted|argued|warned)(?![\p{L}-])/u;

export interface HolderSplitRule {
  id: string;
  /** Whether the words before the holder's name (`left`) are what the rule cuts off; `orgTexts`: the article's other bodies. */
  left: (left: readonly string[], orgTexts: ReadonlySet<string>) => boolean;
  /** The cut-off words become a body's mention (else the holder's role). */
  asBody: boolean;
  examples: readonly string[];
  why: string;
}

/** The words before the name name a body: a body's head word last, a body the lexicon knows, an acronym the article uses alone. */
function isBody(left: readonly string[], orgTexts: ReadonlySet<string>): boolean {
  const text = left.join(' ');
  const last = left[left.length - 1];
  if (VESSEL_PREFIXES.has(left[0]) || isRoleWord(last)) return false;
  if (KNOWN_BODIES.has(text)) return true;
  if (/^\p{Lu}{2,6}$/u.test(text)) return !NON_ORG_ACRONYMS.has(text) && orgTexts.has(text);
  if (left.length > 1 && (ORG_SUFFIXES.has(last) || isBodyWord(last))) return true;
  // a head word with its complement: "U.S. Chamber of Commerce", "Council on Foreign Relations", "Ministry of Emergency Situations"
  return left.some((w, i) => i + 2 < left.length && (ORG_SUFFIXES.has(w) || isBodyWord(w)) && COMPLEMENT_WORDS.has(left[i + 1]));
}

export const HOLDER_SPLIT_RULES: readonly HolderSplitRule[] = [
  // Specific before general: a role word anywhere before the name ("Member of Parliament Tom Tugendhat") makes the words
  // a title, even when a body's head word ends them.
  {
    id: 'title-then-name',
    left: (left) => !VESSEL_PREFIXES.has(left[0]) && left.some(isRoleWord) && !left.some((w) => COORDINATORS.has(w)),
    asBody: false,
    examples: ['Tory MP John Baron said the deal was dead.', 'TSA Administrator John Pistole said the checks would continue.'],
    why: 'A role noun before a name is the person\'s title, as "Senator" is; the name is the person\'s.',
  },
  {
    id: 'body-then-name',
    left: isBody,
    asBody: true,
    examples: ['U.S. Citizenship and Immigration Services Gillian Christensen told Fox News that USCIS was not involved.', 'USCIRF Nadine Maenza said so. USCIRF is a panel, and Maenza said India was wrong.'],
    why: 'A name after a body\'s whole name is the body\'s member or spokesperson, no word of the body.',
  },
];

/** Where the holder's name starts among the words: a given name, maybe an initial, and a surname, ending the name. */
export function holderAt(body: string, words: readonly string[]): number {
  for (const tail of [3, 2]) {
    const at = words.length - tail;
    if (at < 1) continue;
    const [given, ...rest] = words.slice(at);
    const surname = rest[rest.length - 1];
    // "Staff Sergeant Moshe Malko": a rank or role word is no given name, whatever the name lists hold.
    if (!FIRST_NAMES.has(given) || isRoleWord(given) || (FIRST_NAMES.has(words[at - 1]) && !isRoleWord(words[at - 1])) || hasLowerCaseUse(body, given.toLowerCase())) continue;
    if (tail === 3 && !/^\p{Lu}\.?$/u.test(rest[0]) && !FIRST_NAMES.has(rest[0])) continue;
    if (!/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(surname) || isBodyWord(surname) || NON_NAME_WORDS.has(surname)) continue;
    if (COUNTRY_BY_NAME.has(surname) || CONTINENTS.has(surname) || hasLowerCaseUse(body, surname.toLowerCase())) continue;
    return at;
  }
  return -1;
}

/** The surname stands alone elsewhere in the body, not after the given name ("… Christensen said"): the article's person. */
function surnameAlone(body: string, surname: string, given: string, m: Pick<Mention, 'start' | 'end'>): boolean {
  const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  for (let at = body.indexOf(surname); at >= 0; at = body.indexOf(surname, at + 1)) {
    if ((at >= m.start && at < m.end) || isLetter(body[at - 1]) || isLetter(body[at + surname.length])) continue;
    if (!body.slice(Math.max(0, at - given.length - 4), at).includes(given)) return true;
  }
  return false;
}

/**
 * A body's mention whose last words are a person's name after a body or a title: the body (or nothing, the title going
 * to the person as a role) and the person; else the mention as it was. A body needs the person confirmed by the article:
 * the surname alone elsewhere, or a verb of saying right after the name.
 */
export function splitHolder(body: string, m: Mention, orgTexts: ReadonlySet<string>): Mention[] {
  if (m.type !== 'Organization' || /\s\s|[\n\t]/.test(m.text)) return [m];
  const words = m.text.split(' ');
  const at = holderAt(body, words);
  if (at < 0) return [m];
  const left = words.slice(0, at);
  const rule = HOLDER_SPLIT_RULES.find((r) => r.left(left, orgTexts));
  if (!rule) return [m];
  const leftText = left.join(' ');
  const start = m.start + leftText.length + 1;
  const text = m.text.slice(leftText.length + 1);
  const surname = words[words.length - 1];
  if (rule.asBody && !surnameAlone(body, surname, words[at], m) && !SAYING_AFTER.test(body.slice(m.end, m.end + 16))) return [m];
  const person: Mention = { start, end: m.end, text, type: 'Person', key: text, sentence: m.sentence, strong: true };
  if (!rule.asBody) return [{ ...person, role: leftText, titleStart: m.start }];
  return [{ start: m.start, end: m.start + leftText.length, text: leftText, type: 'Organization', key: KNOWN_BODIES.get(leftText) ?? leftText, sentence: m.sentence, orgCue: 'name' }, person];
}
