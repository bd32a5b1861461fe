// One person, two full names in one article (used by entities.ts when it keys the article's people): the same name
// with and without a middle name ("Donald J. Trump" … "Donald Trump"), a given name transliterated two ways
// ("Mohammed Morsi" … "Mohammad Morsi") or in its familiar form ("Ashton Carter" … "Ash Carter"), a family name's particle capitalised at the head of a sentence ("Bill de
// Blasio" … "De Blasio said"). Each rule maps a full name to the article's other full name it is a form of; a name
// two of the article's full names could be a form of stays as it is. Rules are data (FULL_NAME_FORM_RULES).
import { FIRST_NAMES, chineseFamilyFirst, genderOfGivenName } from './lexicon/names.js';
import { HONORIFICS, KNOWN_OFFICE_HOLDERS, RANK_TITLES, TITLE_ROLE_WORDS } from './lexicon/titles.js';
import { GIVEN_NAME_NICKNAMES } from './lexicon/given-name-nicknames.js';

export interface FullNameFormRule {
  id: string;
  /** Whether `name` is a form of the article's full name `other` (both keys of people's full names, words split). */
  formOf: (name: readonly string[], other: readonly string[]) => boolean;
  /** Which of the two names the person keeps: the other one, or the one the article uses more often (ties: the first). */
  keep: 'other' | 'more-used';
  /** The other name may be the form of one name only: "John Smith" beside "John A. Smith" and "John B. Smith" is either. */
  oneForm: boolean;
  /** The name must be written before the other: a formal name that introduces the person ("Christopher Paul Hasson"). */
  nameFirst?: boolean;
  /** [article text, the names it leaves] */
  examples: readonly (readonly [string, readonly string[]])[];
  why: string;
}

/** An initial ("J.", "H.W.", "J") or a capitalised middle name ("Rodham", "Huckabee", "McAuthur"). */
const MIDDLE_WORD = /^(?:\p{Lu}\.?(?:\p{Lu}\.)*|\p{Lu}\p{Ll}+(?:-?\p{Lu}\p{Ll}+)?)$/u;
/** An initial: "J.", "H.W.", "J". */
const INITIAL = /^\p{Lu}\.?(?:\p{Lu}\.)*$/u;
const isGivenName = (w: string) => FIRST_NAMES.has(w) || genderOfGivenName(w) !== null;
/** A given name of letters only, capitalised. */
const GIVEN_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Family names two generations of office-holders share with one given name: "George Bush" may be either Bush. */
const SHARED_BY_GENERATIONS: ReadonlySet<string> = new Set(['George Bush']);
/** Particles that open a family name in lower case ("de Blasio", "van der Zwaan", "bin Laden", "al Awlaki"). */
const PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'della', 'der', 'den', 'di', 'da', 'du', 'dos', 'van', 'von', 'ter', 'le', 'la', 'al', 'el', 'bin', 'ibn', 'ben']);
/** A family name with its particle, capitalised ("El Bakraoui", "Van Hollen"): no full name of its own. */
export const opensWithParticle = (key: string) => PARTICLES.has(key.slice(0, key.indexOf(' ')).toLowerCase());
const RANK_WORDS: ReadonlySet<string> = new Set(RANK_TITLES.flatMap((t) => t.split(' ')));
/** A title before the name ("Major Nidal Hasan", "Lady Brenda Hale", "Prof Christopher Murray") is no given name. */
const titleWord = (w: string) => TITLE_ROLE_WORDS.has(w) || RANK_WORDS.has(w) || HONORIFICS.has(w) || /^(?:Lady|Lord|Prof|Professor|Judge|Justice|Sheikh|Imam|Father|Saint)$/.test(w);

/** A given name before a particle ("Bill de Blasio"), not a title ("Sgt La David Johnson" is La David Johnson). */
const givenBefore = (w: string) => GIVEN_WORD.test(w) && isGivenName(w) && !titleWord(w);

/** Korean and Chinese names put the family name first: "Kim Yo Jong" is no "Kim Jong" with a middle name. */
const familyFirst = (w: readonly string[]) => chineseFamilyFirst(w) || (w.length === 3 && w.every((x) => /^\p{Lu}\p{Ll}{1,4}$/u.test(x)) && w[1].length + w[2].length <= 6);

/** A name's letters as the spellings of one name share them: accents, case and the article "al-"/"el-" aside. */
const foldName = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/(?<![\p{L}])(?:al|el)[- ]/gu, '');

/** The office-holders' names the lexicon spells (folded): a tie between two spellings goes to the listed one. */
const LISTED_NAMES: ReadonlySet<string> = new Set(KNOWN_OFFICE_HOLDERS.flatMap((h) => h.names.map((n) => foldName(n))));

/** Nickname → the formal given names it stands for ("Bob" → Robert, "Steve" → Steven, Stephen). */
const FORMALS_OF: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const m = new Map<string, Set<string>>();
  for (const [formal, ...nicks] of GIVEN_NAME_NICKNAMES) for (const n of nicks) (m.get(n) ?? m.set(n, new Set()).get(n)!).add(formal);
  return m;
})();

/** One substitution, insertion, deletion or swap of neighbours turns `a` into `b`. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}


export const FULL_NAME_FORM_RULES: readonly FullNameFormRule[] = [
  {
    id: 'middle-name-written-once',
    // name: "Donald J. Trump"; other: "Donald Trump" — the same given and family name, one or two middle words between.
    formOf: (name, other) =>
      other.length === 2 && name.length >= 3 && name.length <= 4 && name[0] === other[0] && name[name.length - 1] === other[1]
      && GIVEN_WORD.test(other[0]) && !titleWord(other[0]) && /^\p{Lu}/u.test(other[1])
      && name.slice(1, -1).every((w) => MIDDLE_WORD.test(w) && (INITIAL.test(w) || !isGivenName(w))) && !familyFirst(name) && !familyFirst(other)
      && !SHARED_BY_GENERATIONS.has(other.join(' ')),
    keep: 'other',
    oneForm: true,
    examples: [
      ['President Donald J. Trump signed the order. Donald Trump said so.', ['Donald Trump']],
      ['Hillary Rodham Clinton spoke. Hillary Clinton left.', ['Hillary Clinton']],
      ['John O. Brennan testified. John Brennan said no.', ['John Brennan']],
    ],
    why: 'a middle initial, or a family name kept as a middle name ("Rodham", "Huckabee"), is written at a person\'s first or formal mention and dropped later; the given and the family name are the same person\'s (not a middle that is a given name: "John Quincy Adams" is John Adams\'s son; not a generational "George Bush", who may be either Bush; not a family name written first: "Kim Yo Jong" is no "Kim Jong")',
  },
  {
    id: 'given-middle-introduced',
    // name: "Christopher Paul Hasson", written first; other: "Christopher Hasson" — a given name as the one middle word.
    formOf: (name, other) =>
      other.length === 2 && name.length === 3 && name[0] === other[0] && name[2] === other[1] && GIVEN_WORD.test(other[0]) && !titleWord(other[0])
      && /^\p{Lu}\p{Ll}{2,}/u.test(other[1]) && GIVEN_WORD.test(name[1]) && isGivenName(name[1]) && !titleWord(name[1]) && !familyFirst(name) && !familyFirst(other)
      && !SHARED_BY_GENERATIONS.has(other.join(' ')),
    keep: 'other',
    oneForm: true,
    nameFirst: true,
    examples: [
      ['Christopher Paul Hasson, a 49-year-old Coast Guard lieutenant, had stockpiled weapons. Christopher Hasson was arrested. Hasson is in custody.', ['Christopher Hasson']],
      ['John Adams was the second president. His son John Quincy Adams was the sixth.', ['John Adams', 'John Quincy Adams']],
    ],
    why: 'a person introduced by a formal name with a second given name ("Christopher Paul Hasson") and named after it by the first given name and the family name ("Christopher Hasson") is one person; a shorter name written first is another bearer named before the longer one (John Adams, then his son John Quincy Adams)',
  },
  {
    id: 'given-name-transliterated',
    // name and other: the same family name, given names one letter apart ("Mohammad"/"Mohammed", "Sergei"/"Sergey").
    formOf: (name, other) => {
      // The family name alike once accents and the article "al-"/"al " are folded ("Bashir al Assad", "Bashar al-Assad").
      if (name.length < 2 || other.length < 2 || foldName(name.slice(1).join(' ')) !== foldName(other.slice(1).join(' '))) return false;
      const [a, b] = [name[0], other[0]];
      if (!GIVEN_WORD.test(a) || !GIVEN_WORD.test(b) || Math.min(a.length, b.length) < 4 || a[0] !== b[0] || titleWord(a) || titleWord(b)) return false;
      if (!/^\p{Lu}\p{Ll}{3,}/u.test(name[name.length - 1].replace(/^(?:al|el)-/, ''))) return false;
      const [ga, gb] = [genderOfGivenName(a), genderOfGivenName(b)];
      // Kin share the family name: a given name of the other gender is another person ("Daniel"/"Danielle", "Ivan"/"Ivana").
      if (ga && gb && ga !== gb) return false;
      if ((FIRST_NAMES.has(a) && !ga) || (FIRST_NAMES.has(b) && !gb)) return false;
      return oneEditApart(foldName(a), foldName(b));
    },
    keep: 'more-used',
    oneForm: false,
    examples: [
      ['Egyptian President Mohammed Morsi spoke. Mohammad Morsi said no. Morsi left.', ['Mohammed Morsi']],
      ['Qassem Soleimani was killed. Qasem Soleimani led the force. Qassem Soleimani was buried.', ['Qassem Soleimani']],
      ["Syria's Bashir al Assad was named. Bashar al-Assad denied it.", ['Bashar al-Assad']],
      ['Daniel Smith and Danielle Smith arrived.', ['Daniel Smith', 'Danielle Smith']],
    ],
    why: 'names from other alphabets are transliterated more than one way, sometimes within one article; one letter of a given name before the same family name is one person (never a name of the other gender: kin share a family name)',
  },
  {
    id: 'given-name-nickname',
    // name: "Bob Mueller"; other: "Robert Mueller" — the same family name, a familiar form of the given name.
    formOf: (name, other) => {
      if (name.length < 2 || name.length !== other.length || name.slice(1).join(' ') !== other.slice(1).join(' ')) return false;
      if (!FORMALS_OF.get(name[0])?.has(other[0]) || !/^\p{Lu}\p{Ll}{2,}/u.test(name[name.length - 1])) return false;
      const [ga, gb] = [genderOfGivenName(name[0]), genderOfGivenName(other[0])];
      return !(ga && gb && ga !== gb);
    },
    keep: 'other',
    oneForm: false,
    examples: [
      ['Defense Secretary Ashton Carter spoke. Ash Carter said so later.', ['Ashton Carter']],
      ['Special counsel Robert Mueller declined. Bob Mueller rarely speaks, and Robert Mueller left.', ['Robert Mueller']],
    ],
    why: 'a familiar form of a given name ("Bob", "Jim", "Ash": lexicon/given-name-nicknames.ts) before the same family name is the same person, as the article names them formally and familiarly; a nickname of two formal names the article gives that family name fits neither',
  },
  {
    id: 'particle-capitalised',
    // name: "De Blasio"; other: "Bill de Blasio" — a family name opening with a particle, capitalised to start a sentence.
    formOf: (name, other) =>
      name.length >= 2 && other.length > name.length && PARTICLES.has(name[0].toLowerCase())
      && other.slice(-name.length).join(' ').toLowerCase() === name.join(' ').toLowerCase() && givenBefore(other[other.length - name.length - 1]),
    keep: 'other',
    oneForm: false,
    examples: [
      ['New York City Mayor Bill de Blasio spoke. De Blasio, a Democrat, left.', ['Bill de Blasio']],
      ['Osama bin Laden was killed in 2011. Bin Laden had hidden for years.', ['Osama bin Laden']],
      ['Ibrahim El Bakraoui blew himself up. El Bakraoui had been deported by Turkey.', ['Ibrahim El Bakraoui']],
    ],
    why: 'a family name that opens with a lower-case particle ("de", "van", "bin", "al") is capitalised at the head of a sentence; without the given name it is still the person the article names in full',
  },
];

/**
 * The full names of the article that are forms of another (`keys`: the people's full-name keys; `uses`: how often the
 * article writes each) → the name the person keeps. Unambiguous only: a name two others fit is left as it is.
 */
export function fullNameForms(keys: readonly string[], uses: (key: string) => number): Map<string, string> {
  const out = new Map<string, string>();
  const words = keys.map((k) => k.split(/\s+/));
  // Accented and plain forms are one name ("Nicolás Maduro", "Nicolas Maduro"): their uses count together.
  const folded = new Map<string, number>();
  for (const k of keys) folded.set(foldName(k), (folded.get(foldName(k)) ?? 0) + uses(k));
  const used = (k: string) => folded.get(foldName(k)) ?? 0;
  // Tied, the spelling the office-holder lexicon lists ("Bashar al-Assad" over "Bashir al Assad"), else the first written.
  const listed = (k: string) => LISTED_NAMES.has(foldName(k));
  const preferred = (b: string, a: string) => (listed(b) !== listed(a) ? listed(b) : keys.indexOf(b) < keys.indexOf(a));
  const formsOf = (rule: FullNameFormRule, j: number) => keys.filter((_, i) => i !== j && rule.formOf(words[i], words[j])).length;
  for (let i = 0; i < keys.length; i++) {
    for (const rule of FULL_NAME_FORM_RULES) {
      let fits = keys.filter((_, j) => j !== i && rule.formOf(words[i], words[j]));
      // Forms of one name that differ only in accents are one candidate ("Nicolás Maduro", "Nicolas Maduro"): the most used.
      if (fits.length > 1 && new Set(fits.map(foldName)).size === 1) fits = [fits.reduce((x, y) => (uses(y) > uses(x) ? y : x))];
      if (fits.length === 1 && foldName(fits[0]) === foldName(keys[i])) continue;
      if (fits.length !== 1 || (rule.oneForm && formsOf(rule, keys.indexOf(fits[0])) > 1)) continue;
      if (rule.nameFirst && keys.indexOf(fits[0]) < i) continue;
      const [a, b] = [keys[i], fits[0]];
      if (rule.keep === 'other') out.set(a, b);
      else if (used(b) > used(a) || (used(b) === used(a) && preferred(b, a))) out.set(a, b);
      break;
    }
  }
  // A chain ends at a name that is no one's form ("Mohammad Morsi" → "Mohammed Morsi", kept).
  for (const [a, b] of out) if (out.get(b) === a) out.delete(used(a) >= used(b) ? a : b);
  return out;
}
