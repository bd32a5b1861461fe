// Stage 2d'', rank titles (the first step of retype, after tagging): a rank of armed forces, police or clergy read into a
// person's name — "Sergeant Bowe Bergdahl", "Private First Class Bowe Bergdahl", "Pastor Andrew Brunson", "Archbishop
// Emeritus Desmond Tutu" — is cut off as the person's role, so the name links to the same person as "Bergdahl" does; a
// rank right before a name the rules cut already ("Cpl. Nathan Cirillo") becomes its role. Rules are data
// (RANK_TITLE_RULES); run on the combined mentions, not inside the rules, so the tagger's training features and weights
// stay as they are (the rules' title list is one of its features).
import type { Mention } from './mentions.js';
import { RANK_TITLES, NON_NAME_WORDS, PERSON_TITLES, TITLE_TAIL_NOUNS } from './lexicon/titles.js';
import { COUNTRY_BY_NAME } from './lexicon/countries.js';
import { FIRST_NAMES } from './lexicon/names.js';
import { isBodyWord } from './unlikely-bodies.js';
import { hasLowerCaseUse, isSurnameHere } from './unlikely-people.js';

/** The ranks by their words, longest first, so "Sergeant First Class" wins over "Sergeant". */
const RANKS: readonly (readonly string[])[] = [...RANK_TITLES].map((t) => t.split(' ')).sort((a, b) => b.length - a.length);
/** Services a rank may follow inside the name ("Army Specialist Henry Mayfield Jr."): the role keeps them. */
const SERVICES: ReadonlySet<string> = new Set(['Army', 'Navy', 'Marine', 'Marines', 'Police', 'Guard']);
/** Words that complete the title before them, no rank alone: "Archbishop Emeritus", "Pope Emeritus". */
const TITLE_COMPLETIONS: readonly (readonly string[])[] = [['Emeritus']];
/** A rank's last words right before a name, when the rules left the rank out of the mention ("… Cpl. Nathan Cirillo"). */
const RANK_BEFORE = new RegExp(`(?<![\\p{L}.])(${[...RANK_TITLES].sort((a, b) => b.length - a.length).map((t) => t.replace(/\./g, '\\.')).join('|')}) $`, 'u');
/** A word of a person's name: capitalised (an initial, a hyphen, an apostrophe or one inner capital inside: "McCain",
 * "DesLauriers"), no body's or common word. */
const NAME_WORD = /^\p{Lu}(?:\.|\p{Ll}*(?:\p{Lu}\p{Ll}+)?(?:[-'’]\p{Lu}?\p{Ll}+)*\.?)$/u;

/** Plurals of one-word titles heading two or more names ("Senators Lindsey Graham and John McCain", "Presidents Truman"). */
const PLURAL_TITLES: ReadonlySet<string> = new Set(PERSON_TITLES.filter((t) => /^\p{Lu}\p{Ll}+$/u.test(t)).map((t) => (/(?:ss|sh|ch)$/.test(t) ? `${t}es` : /[^aeiou]y$/.test(t) ? `${t.slice(0, -1)}ies` : `${t}s`)));
/** A rank's ordinal or "in" right before a title's last word read into the name: "Petty Officer 1st Class", "Special Agent in Charge". */
/** A rank's class ordinal ("1st", "First"). */
const CLASS_ORDINAL_WORD = '(?:1st|2nd|3rd|First|Second|Third)';
const TITLE_END_AFTER = new RegExp(`(?:\\b${CLASS_ORDINAL_WORD}\\sClass|\\sin\\sCharge)$`, 'u');
/** A rank's class ordinal opening a mention ("First Class Michael Goble" after "Petty Officer"). */
const CLASS_ORDINAL = new RegExp(`^${CLASS_ORDINAL_WORD}$`);
/** A rank's head word a class follows ("Petty Officer", "Special Warfare Operator", "Sergeant", "Airman"): not any capitalised word ("The First Class Lounge"). */
const CLASS_RANK_BEFORE = /\b(?:Officer|Operator|Sergeant|Airman|Private|Specialist|Seaman|Technician|Mate|Aviator)\s$/;

export interface RankTitleRule {
  id: string;
  examples: readonly string[];
  why: string;
}

export const RANK_TITLE_RULES: readonly RankTitleRule[] = [
  {
    id: 'rank-in-name',
    examples: ['Sergeant Bowe Bergdahl was released. Bergdahl said he was fine.', 'The Taliban freed Private First Class Bowe Bergdahl, who walked off his post in 2009.', 'Army Specialist Henry Mayfield Jr., 23, was among the dead.'],
    why: 'A rank before a name is the person\'s title, as "Senator" is: the words after it are the name, which links to the bare surname.',
  },
  {
    id: 'rank-continues-title',
    examples: ['Cape Town\'s Archbishop Emeritus Desmond Tutu exhorted South Africans.', 'Greater Manchester Police Chief Constable Ian Hopkins said so.'],
    why: 'A rank word right after a title the rules read ("Archbishop", "Police Chief") completes that title: it is no first name.',
  },
  {
    id: 'rank-before-name',
    examples: ['Cpl. Nathan Cirillo was shot at the war memorial.', 'Cmdr. Bill Urban said the ship was in international waters.'],
    why: 'An abbreviated rank the rules leave outside the name is still the person\'s title: it becomes the role.',
  },
  {
    id: 'bare-rank',
    examples: ['Petty Officer 1st Class Michael Goble died in the attack.'],
    why: 'A rank alone ("Petty Officer", "Staff Sergeant") names nobody: the rules cut it from the name after it; it is no person of its own.',
  },
  {
    id: 'title-tail-in-name',
    examples: ['Exxon Mobil Chief Executive Darren Woods said the company would stay.', 'U.S. Attorney Preet Bharara announced the charges.', 'Meanwhile, Senators John McCain and Lindsey Graham congratulated law enforcement.', 'Petty Officer 1st Class Michael Goble died in the attack.', 'Petty Officer First Class Michael Goble died in the attack.', '“This is frustrating,” Special Operator First Class Dylan Dille texted the group.'],
    why: 'A title\'s last word the rules do not read as a title ("Chief Executive", "U.S. Attorney", "State Councilor"), a plural title before names ("Senators", "Presidents") or a title\'s end after its rank ("1st Class", "in Charge") is the role, no first name: the words after it are the name.',
  },
  {
    id: 'title-tail-inside-name',
    examples: ['“It is bad,” said CNN Chief Political Analyst Gloria Borger.', 'Ranking Member Doug Collins objected on Monday.', 'Boston Police Superintendent William Evans said so on Tuesday.', 'To CNN National Security Contributor Frances Fragos Townsend, the timing mattered.'],
    why: 'A title\'s last word after the body or field it serves ("Political Analyst", "Ranking Member", "Police Superintendent", "U.S. Attorney") ends the title wherever the rules cut its front: the words before it are the role\'s, the full name after it the person, as "Senator" before a name is',
  },
  {
    id: 'rank-across-edge',
    examples: ['“It was hard,” Special Operator Dylan Dille said.', 'He met Special Operator Dylan Dille in Iraq.'],
    why: 'A rank of several words whose first words the tagger left outside the name ("Special" of "Special Operator") is still the rank: the words of it inside the mention are no given name, and the rest is the name.',
  },
];

/** Up to two capitalised words right before a mention on its line ("Special " before "Operator Dylan Dille"). Linear. */
const WORDS_BEFORE = /(?:^|[^\p{L}.])((?:\p{Lu}\p{Ll}+ ){1,2})$/u;

/**
 * Whether the words can be a person's name: one to four name words, no body's head, country or calendar word; one word
 * alone no word the article also writes in lower case ("Specialist Crime and Operations", "Airman First" of a cut rank).
 */
function isNameAfterRank(body: string, words: readonly string[]): boolean {
  if (words.length < 1 || words.length > 4) return false;
  if (words.length === 1 && hasLowerCaseUse(body, words[0].toLowerCase())) return false;
  // (A one-letter word alone is no name: "Gen Z", "Gen X".)
  if (words.length === 1 && words[0].length < 2) return false;
  return words.every((w) => NAME_WORD.test(w) && !NON_NAME_WORDS.has(w) && !isBodyWord(w) && !COUNTRY_BY_NAME.has(w));
}

/** How many of the words, from `from`, are a rank (0 when none). */
function rankAt(words: readonly string[], from: number): number {
  for (const rank of RANKS) if (rank.every((w, k) => words[from + k] === w)) return rank.length;
  return 0;
}

/** The person's mention with `lead` words cut off the front as (part of) the role; `rule` says which rule fired. */
function cut(m: Mention, words: readonly string[], lead: number, rule: RankTitleRule): Mention {
  const roleText = words.slice(0, lead).join(' ');
  const text = words.slice(lead).join(' ');
  const start = m.start + roleText.length + 1;
  const role = rule.id === 'rank-continues-title' && m.role ? `${m.role} ${roleText}` : roleText;
  return { start, end: m.end, text, type: 'Person', key: text, sentence: m.sentence, strong: true, role, titleStart: m.titleStart ?? m.start, honorific: m.honorific };
}

/**
 * The index of the last title's last word (TITLE_TAIL_NOUNS) inside a person's or a body's mention, not its first word,
 * followed by a full name (two to four name words; a given name opening it in a body's mention), or -1.
 */
function titleTailInside(body: string, m: Mention, words: readonly string[]): number {
  if ((m.type !== 'Person' && m.type !== 'Organization') || words.length < 4) return -1;
  for (let k = words.length - 3; k >= 1; k--) {
    if (!TITLE_TAIL_NOUNS.has(words[k])) continue;
    const name = words.slice(k + 1);
    if (!isNameAfterRank(body, name)) return -1;
    return m.type === 'Person' || FIRST_NAMES.has(name[0]) ? k : -1;
  }
  return -1;
}

/** A person's mention that is a rank and nothing else ("Petty Officer" cut from "Petty Officer 1st Class Michael Goble"): no name. */
export function isBareRank(m: Mention): boolean {
  if (m.type !== 'Person' || /\s\s|[\n\t]/.test(m.text)) return false;
  const words = m.text.split(' ');
  return rankAt(words, 0) === words.length;
}

/** A mention with a rank read into its name or left right before it: the person with the rank as role; else the mention. */
export function splitRankTitle(body: string, m: Mention): Mention {
  if (m.type !== 'Person' && m.type !== 'Organization' && m.type !== 'Unknown') return m;
  if (/\s\s|[\n\t]/.test(m.text)) return m;
  const words = m.text.split(' ');
  const lead = SERVICES.has(words[0]) ? 1 : 0;
  const rank = rankAt(words, lead) || (m.role && lead === 0 && TITLE_COMPLETIONS.some((c) => c.every((w, k) => words[k] === w)) ? 1 : 0);
  if (rank > 0 && isNameAfterRank(body, words.slice(lead + rank))) {
    return cut(m, words, lead + rank, m.role && lead === 0 ? RANK_TITLE_RULES[1] : RANK_TITLE_RULES[0]);
  }
  // "Petty Officer First Class Michael Goble", "Special Operator First Class Dylan Dille": a rank's spelt-out class read into
  // the name after the rank (person or body alike) is the role's end, no name.
  if ((m.type === 'Person' || m.type === 'Organization' || m.type === 'Unknown') && words.length >= 3 && CLASS_ORDINAL.test(words[0]) && words[1] === 'Class' && CLASS_RANK_BEFORE.test(body.slice(Math.max(0, m.start - 24), m.start)) && isNameAfterRank(body, words.slice(2))) {
    const tail = cut(m, words, 2, RANK_TITLE_RULES[4]);
    return m.role ? { ...tail, role: `${m.role} ${words[0]} Class` } : tail;
  }
  if ((m.type === 'Person' || m.type === 'Unknown') && words.length >= 2 && (TITLE_TAIL_NOUNS.has(words[0]) || PLURAL_TITLES.has(words[0]) || TITLE_END_AFTER.test(body.slice(Math.max(0, m.start - 6), m.start) + words[0])) && isNameAfterRank(body, words.slice(1)) && (words.length > 2 || isSurnameHere(body, words[1], true))) {
    const tail = cut(m, words, 1, RANK_TITLE_RULES[4]);
    return m.role ? { ...tail, role: `${m.role} ${words[0]}` } : tail;
  }
  // "Political Analyst Gloria Borger", "Ranking Member Doug Collins", "DEA Administrator Jack Riley" (a person), "CNN
  // National Security Contributor Frances Fragos Townsend" (read as a body): a title's last word inside the mention, a
  // full name after it, is the end of the role. A body's mention only when a given name opens the name.
  const tail = titleTailInside(body, m, words);
  if (tail > 0) {
    const person = cut(m, words, tail + 1, RANK_TITLE_RULES[5]);
    return m.type === 'Person' && m.role ? { ...person, role: `${m.role} ${words.slice(0, tail + 1).join(' ')}` } : person;
  }
  // "Special " left before "Operator Dylan Dille": the rank runs across the mention's edge.
  if ((m.type === 'Person' || m.type === 'Unknown') && !m.role) {
    const prev = WORDS_BEFORE.exec(body.slice(Math.max(0, m.start - 32), m.start))?.[1].trim().split(' ') ?? [];
    for (let k = prev.length; k >= 1; k--) {
      const joined = [...prev.slice(prev.length - k), ...words];
      const rank = rankAt(joined, 0);
      if (rank <= k || !isNameAfterRank(body, words.slice(rank - k))) continue;
      const tail = cut(m, words, rank - k, RANK_TITLE_RULES[6]);
      const titleStart = m.start - prev.slice(prev.length - k).join(' ').length - 1;
      return { ...tail, role: joined.slice(0, rank).join(' '), titleStart };
    }
  }
  if (m.type === 'Person' && !m.role) {
    const before = RANK_BEFORE.exec(body.slice(Math.max(0, m.start - 32), m.start));
    if (before && isNameAfterRank(body, words)) return { ...m, role: before[1], titleStart: m.start - before[0].length, strong: true };
  }
  return m;
}
