// One body, one entity in an article: the forms the news writes one body's name in — its initials, "Department of X"
// and "X Department", a known body's long name. Input: the keys of an article's organisation mentions; output: for a
// key, the key of the article's form it is another form of. Read when entities are built (entities.ts).
// Exists for: "the U.S. Agency for International Development (USAID) … USAID said" → one body, not two.
import { KNOWN_ORGANIZATION_FORMS } from './lexicon/organizations.js';

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
];

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

/** "Department of Justice" → "Justice Department"; other names unchanged. "Department of Defense Institute" is another body. */
export function departmentHeadFirst(name: string): string | undefined {
  const m = /^Department of (?:the )?(\p{Lu}\p{L}+(?: and \p{Lu}\p{L}+)?(?: \p{Lu}\p{L}+)?)$/u.exec(name);
  return m ? `${m[1]} Department` : undefined;
}

/**
 * The article's forms of one body: for each organisation key of the article, the key it is written under. A long name
 * a known body goes by ("Islamic State of Iraq and Syria") is that body's canonical name; "Department of X" is "X
 * Department" when the article writes that too; an acronym is the one multi-word name of the article it spells
 * (none when two names spell it).
 */
export function articleBodyForms(keys: Iterable<string>): (key: string) => string {
  const all = new Set(keys);
  const byInitials = new Map<string, string>();
  for (const k of all) {
    if (!k.includes(' ')) continue;
    for (const i of initialsOf(k)) byInitials.set(i, byInitials.has(i) && byInitials.get(i) !== k ? '' : k);
  }
  const formOf = (key: string): string => {
    const known = key.includes(' ') ? KNOWN_ORGANIZATION_FORMS.get(key) : undefined;
    if (known) return known;
    const headFirst = departmentHeadFirst(key);
    if (headFirst && all.has(headFirst)) return headFirst;
    return key;
  };
  return (key: string) => {
    const long = /^\p{Lu}{2,7}$/u.test(key.replace(/\./g, '')) ? byInitials.get(key.replace(/\./g, '')) : undefined;
    return formOf(long || key);
  };
}
