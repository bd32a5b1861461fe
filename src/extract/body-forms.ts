// One body, one entity in an article: the forms the news writes one body's name in — its initials, "Department of X"
// and "X Department", a known body's long name. Input: the keys of an article's organisation mentions; output: for a
// key, the key of the article's form it is another form of. Read when entities are built (entities.ts).
// Exists for: "the U.S. Agency for International Development (USAID) … USAID said" → one body, not two.
import { KNOWN_ORGANIZATION_FORMS } from './lexicon/organizations.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from './lexicon/countries.js';
import { OUTLETS_BY_KIND } from './lexicon/outlets.js';

export interface InitialsRule {
  id: string;
  /** The initials the words of a body's name spell under the rule, or undefined when the rule does not apply. */
  spell: (words: readonly string[]) => string | undefined;
  examples: readonly (readonly [name: string, initials: string])[];
  why: string;
}

const capitalised = (w: string) => /^\p{Lu}/u.test(w);
/** A dotted abbreviation of two letters or more: "U.S.", "U.N.", "U.K.", "E.U.". */
const DOTTED = /^(?:\p{Lu}\.){2,}$/u;
/** A possessive word: "Army’s", "Mexico's", "Veterans'". */
const POSSESSIVE = /(?:['’]s|s['’])$/u;
/** A state's short form or adjective that opens a body's name ("U.S. Food and Drug Administration", "Iranian …"). */
const statePrefix = (w: string) => /^(?:U\.S\.|US|U\.K\.|UK|U\.N\.|UN)$/.test(w) || COUNTRY_BY_DEMONYM.has(w) || COUNTRY_BY_NAME.has(w);
/** The words of a name after a state's word or a possessor that opens it ("Army’s Training and Doctrine Command"), or undefined. */
function afterPrefix(words: readonly string[]): readonly string[] | undefined {
  return words.length > 2 && (statePrefix(words[0]) || POSSESSIVE.test(words[0])) ? words.slice(1) : undefined;
}
/** The capitalised words' initials. */
const capitalsOf = (words: readonly string[]) => words.filter(capitalised).map((w) => w[0]).join('');

export const INITIALS_RULES: readonly InitialsRule[] = [
  {
    id: 'initials.capitals',
    spell: (words) => words.filter(capitalised).map((w) => w[0]).join(''),
    examples: [['Fox Business Network', 'FBN'], ['Aerospace Industries Association', 'AIA']],
    why: 'an acronym spells the first letters of the capitalised words of the name; "of", "and", "for" are left out',
  },
  {
    id: 'initials.dotted-abbreviation',
    spell: (words) => (words.some((w) => DOTTED.test(w)) ? words.filter(capitalised).map((w) => (DOTTED.test(w) ? w.replace(/\./g, '') : w[0])).join('') : undefined),
    examples: [['U.S. Agency for International Development', 'USAID'], ['U.N. General Assembly', 'UNGA'], ['U.K. Independence Party', 'UKIP']],
    why: 'a dotted abbreviation in the name ("U.S.", "U.N.") is written whole in its acronym: "USAID" is U-S-A-I-D, not U-A-I-D',
  },
  {
    id: 'initials.of-as-o',
    spell: (words) => (words.includes('of') ? words.filter((w) => capitalised(w) || w === 'of').map((w) => w[0].toUpperCase()).join('') : undefined),
    examples: [['Department of Justice', 'DOJ'], ['Department of Defense', 'DOD'], ['Ministry of Intelligence and Security', 'MOIS']],
    why: 'American government acronyms keep the "of" of "Department of …" as an O: "DOJ", "DOD", "DOE"',
  },
  {
    id: 'initials.after-prefix',
    spell: (words) => {
      const rest = afterPrefix(words);
      return rest ? capitalsOf(rest) : undefined;
    },
    examples: [['US Food and Drug Administration', 'FDA'], ['U.S. Customs and Border Protection', 'CBP'], ['Mexico’s National Migration Institute', 'NMI'], ['Iranian Revolutionary Guard Corps', 'RGC']],
    why: 'a state’s word or a possessor before a body’s name ("U.S.", "Iranian", "Army’s") is no part of the acronym the news writes it by: "the U.S. Food and Drug Administration" is the FDA',
  },
  {
    id: 'initials.department-field',
    spell: (words) => {
      const field = words[0] === 'Department' && words[1] === 'of' ? words.slice(2) : words[words.length - 1] === 'Department' ? words.slice(0, -1) : [];
      return field.length >= 2 && field.every(capitalised) ? capitalsOf(field) : undefined;
    },
    examples: [['Department of Veterans Affairs', 'VA'], ['Veterans Affairs Department', 'VA']],
    why: 'a department of two field words goes by the field’s initials alone: "the Department of Veterans Affairs" is "the VA"',
  },
  {
    id: 'initials.department-head-last',
    spell: (words) => {
      const field = words[words.length - 1] === 'Department' ? words.slice(0, -1) : [];
      if (!field.length || !field.every(capitalised)) return undefined;
      return field.length === 1 ? `DO${field[0][0]}` : `D${capitalsOf(field)}`;
    },
    examples: [['Justice Department', 'DOJ'], ['Defense Department', 'DOD'], ['Homeland Security Department', 'DHS']],
    why: 'a department written "X Department" keeps the acronym of "Department of X": "the Justice Department" is the DOJ, "the Homeland Security Department" the DHS',
  },
];

/**
 * A syllabic acronym ("TRADOC", "CENTCOM", "SOCOM"): the first two letters or more of each of two or more successive
 * words of the name, after a state's word or a possessor, the last word alone left out ("Training and Doctrine
 * Command" is TRA-DOC, "Central Command" CENT-COM). Five letters or more, so that no short acronym reads this way.
 */
export function syllabicAcronymOf(acronym: string, name: string): boolean {
  if (acronym.length < 5) return false;
  const all = name.split(/\s+/);
  const words = (afterPrefix(all) ?? all).filter((w) => !/^(?:of|and|the|for|&)$/.test(w));
  if (!words.every(capitalised)) return false;
  const a = acronym.toLowerCase();
  // Plain backtracking over at most a handful of words: each word gives a prefix of two letters or more.
  const fits = (at: number, w: number, used: number): boolean => {
    if (at === a.length) return used >= 2 && words.length - w <= 1;
    if (w >= words.length) return false;
    const word = words[w].toLowerCase();
    for (let n = Math.min(word.length, a.length - at); n >= 2; n--) if (word.startsWith(a.slice(at, at + n)) && fits(at + n, w + 1, used + 1)) return true;
    return false;
  };
  return words.length <= 6 && fits(0, 0, 0);
}

/** News outlets whose name in brackets follows a dateline's place, not a body's name ("UNITED NATIONS (AP)"). */
const BRACKETED_OUTLETS: ReadonlySet<string> = new Set([...OUTLETS_BY_KIND.agency, ...OUTLETS_BY_KIND.broadcaster]);
/** An acronym's letters: capitals, a lower-case "o" of "of" between them ("DoD"), dots and "&" left out; or undefined. */
export function acronymLetters(text: string): string | undefined {
  const letters = text.replace(/[.&]/g, '');
  return /^\p{Lu}(?:\p{Lu}|o(?=\p{Lu})){1,7}$/u.test(letters) ? letters.toUpperCase() : undefined;
}
/** A bracketed acronym right after a name: "Department of Veterans Affairs (VA)", "… (the OPCW)". Linear. */
const BRACKETED_AFTER = /^ ?\( ?(?:the )?([\p{Lu}][\p{L}.&]{1,11}) ?\)/u;

/**
 * Acronyms the article defines in brackets after a body's name ("the Department of Veterans Affairs (VA)",
 * "Kurdistan Workers' Party (PKK)", "Doctrine Command (TRADOC)"): acronym → the name's key. The writer says the two
 * are one body, whatever language the letters come from; still, one letter of the acronym opens a word of the name
 * (no dateline's "(AP)" after "UNITED NATIONS"), no outlet's or country's name is in the brackets, and an acronym
 * the article defines for two names defines none.
 */
export function definedAcronyms(body: string, bodies: readonly { end: number; key: string; text: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of bodies) {
    if (!m.text.includes(' ')) continue;
    const hit = BRACKETED_AFTER.exec(body.slice(m.end, m.end + 20));
    const letters = hit && acronymLetters(hit[1]);
    if (!letters || BRACKETED_OUTLETS.has(hit[1]) || COUNTRY_BY_NAME.has(hit[1])) continue;
    const words = m.text.split(/[\s-]+/).filter(Boolean);
    const initials = new Set(words.map((w) => w[0].toUpperCase()));
    if (![...letters].some((l) => initials.has(l))) continue;
    // "Ministry of Land, Infrastructure and Transport (MOLIT)": the name's initials ending the acronym's, the rules cut
    // the name before words the acronym spells ("Infrastructure and Transport"); no cut name takes the acronym.
    const spelt = capitalsOf(words);
    if (letters.length > spelt.length && letters.endsWith(spelt)) continue;
    out.set(letters, out.has(letters) && out.get(letters) !== m.key ? '' : m.key);
  }
  return out;
}

/** Every acronym the name of a body may be written as (two letters or more), by the rules above. */
export function initialsOf(name: string): string[] {
  const words = name.split(/\s+/);
  if (words.length < 2) return [];
  const out = new Set<string>();
  for (const r of INITIALS_RULES) {
    const i = r.spell(words);
    if (i && i.length >= 2) out.add(i);
  }
  return [...out];
}

/** Number words of the clubs of states the news names "Group of N". */
const GROUP_NUMBERS: ReadonlyMap<string, number> = new Map([['Seven', 7], ['Eight', 8], ['Twenty', 20], ['Two', 2], ['Five', 5], ['Four', 4]]);
/**
 * The number of a club of states named "Group of N" ("Group of Seven", "Group of 20") or by its short form ("G-7",
 * "G7", "G-20"), or undefined: the news writes one club both ways in one article ("the Group of Seven leading nations"
 * … "The G-7, a club of industrialized nations").
 */
export function groupNumber(name: string): number | undefined {
  const short = /^G-?(\d{1,2})$/.exec(name);
  if (short) return Number(short[1]);
  const long = /^Group of (\d{1,2}|\p{Lu}\p{Ll}+)$/u.exec(name);
  return long ? (/^\d/.test(long[1]) ? Number(long[1]) : GROUP_NUMBERS.get(long[1])) : undefined;
}

/** "Department of Justice" → "Justice Department"; other names unchanged. "Department of Defense Institute" is another body. */
export function departmentHeadFirst(name: string): string | undefined {
  const m = /^Department of (?:the )?(\p{Lu}\p{L}+(?: and \p{Lu}\p{L}+)?(?: \p{Lu}\p{L}+)?)$/u.exec(name);
  return m ? `${m[1]} Department` : undefined;
}

export interface HeadSynonymRule {
  id: string;
  /** The name with its head noun swapped for the other noun of the same body, or undefined when the rule does not apply. */
  other: (name: string) => string | undefined;
  examples: readonly (readonly [name: string, other: string])[];
  why: string;
}

/**
 * Two head nouns the news gives one body after the same leader's name or the same state's adjective: the article's
 * name under the first is the same body as its name under the second, when it writes both.
 */
export const HEAD_SYNONYM_RULES: readonly HeadSynonymRule[] = [
  {
    id: 'white-house-is-administration',
    other: (name) => /^(\p{Lu}[\p{L}.’'-]*) White House$/u.exec(name)?.[1]?.concat(' administration'),
    examples: [['Obama White House', 'Obama administration'], ['Trump White House', 'Trump administration']],
    why: 'a president\'s name before "White House" names his administration ("the Obama White House thought it could negotiate"), not the building',
  },
  {
    id: 'regime-is-government',
    other: (name) => /^((?:al-|el-)?\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,2}) regime$/u.exec(name)?.[1]?.concat(' government'),
    examples: [['Assad regime', 'Assad government'], ['al-Assad regime', 'al-Assad government'], ['Maduro regime', 'Maduro government']],
    why: '"regime" is the disparaging word for the same government a leader\'s name or a state\'s adjective heads ("the Assad regime", "the Assad government")',
  },
  {
    id: 'marines-are-the-corps',
    other: (name) => (name !== 'Marine' && /^(?:(?:U\.S\.|US|United States) )?Marines?(?: Corps)?$/.test(name) ? 'Marine Corps' : undefined),
    examples: [['U.S. Marines', 'Marine Corps'], ['Marines', 'Marine Corps'], ['Marines Corps', 'Marine Corps'], ['US Marine Corps', 'Marine Corps']],
    why: 'the service\'s members in the plural, with or without the state\'s word, name the Marine Corps as its own name does ("the U.S. Marines have described the incident" … "the Marine Corps said")',
  },
];

/**
 * The other form of a body's name one of HEAD_SYNONYM_RULES gives (any case of its head noun), when the article writes
 * it or another name the rule gives it for ("U.S. Marines" beside "Marines").
 */
function headSynonymIn(name: string, all: ReadonlySet<string>): string | undefined {
  for (const r of HEAD_SYNONYM_RULES) {
    const other = r.other(name);
    if (!other || other === name) continue;
    const cut = other.lastIndexOf(' ');
    const capital = `${other.slice(0, cut + 1)}${other.charAt(cut + 1).toUpperCase()}${other.slice(cut + 2)}`;
    if (all.has(other)) return other;
    if (all.has(capital)) return capital;
    for (const k of all) if (k !== name && r.other(k) === other) return other;
  }
  return undefined;
}

/**
 * The article's forms of one body: for each organisation key of the article, the key it is written under. A long name
 * a known body goes by ("Islamic State of Iraq and Syria") is that body's canonical name; "Department of X" is "X
 * Department" when the article writes that too; an acronym is the one multi-word name of the article it spells
 * (none when two names spell it).
 */
export function articleBodyForms(keys: Iterable<string>, defined: ReadonlyMap<string, string> = new Map(), written: Iterable<readonly [text: string, key: string]> = []): (key: string) => string {
  const all = new Set(keys);
  const formOf = (key: string): string => {
    const known = key.includes(' ') ? KNOWN_ORGANIZATION_FORMS.get(key) : undefined;
    if (known) return known;
    const headFirst = departmentHeadFirst(key);
    if (headFirst && all.has(headFirst)) return headFirst;
    // "the Obama White House" beside "the Obama administration", "the Assad regime" beside "the Assad government".
    return headSynonymIn(key, all) ?? key;
  };
  // Two names of one body ("Department of Justice", "Justice Department") spelling one acronym leave it theirs.
  const byInitials = new Map<string, string>();
  const multiWord = [...all].filter((k) => k.includes(' '));
  const spells = (name: string, form: string) => {
    for (const i of initialsOf(name)) byInitials.set(i, byInitials.has(i) && byInitials.get(i) !== form ? '' : form);
  };
  for (const k of multiWord) spells(k, formOf(k));
  // A name as written whose key dropped words its acronym spells ("U.S. Citizenship and Immigration Services", keyed as the
  // known body's "Citizenship and Immigration Services", is "USCIS").
  for (const [text, key] of written) if (text.includes(' ')) spells(text, formOf(key));
  const syllabic = (letters: string): string | undefined => {
    const forms = new Set(multiWord.filter((k) => syllabicAcronymOf(letters, k)).map(formOf));
    return forms.size === 1 ? [...forms][0] : undefined;
  };
  return (key: string) => {
    // "G-7", "G7" beside "Group of Seven": one club of states, under its long name when the article writes it.
    const club = groupNumber(key);
    if (club !== undefined) {
      const forms = [...all].filter((k) => groupNumber(k) === club);
      return forms.find((k) => k.startsWith('Group')) ?? forms[0];
    }
    const letters = acronymLetters(key);
    // An acronym the article defines in brackets is that name's; else the one name it spells.
    const long = letters ? defined.get(letters) || (defined.has(letters) ? undefined : byInitials.get(letters) ?? syllabic(letters)) : undefined;
    return formOf(long || key);
  };
}
