// Stage 2d'''', name edges (a step of retype, after tagging and the quoted nicknames): a person's name read with a
// word that is no part of it at either edge — a form of address after another capitalised word ("On Thursday Mr Trump",
// "Whenever Mr. Singh"), a prepositional phrase after the name ("Steny Hoyer of Maryland", "Mr. Obama on May 7",
// "Ms. Conley of CSIS"), a month before its day ("a letter to Kerry March 1"), a sentence adverb before a name ("Again
// Trump said"); or read without a word of it: the second
// syllable of a Korean given name in lower case ("Kim Jong un"), a given name before "Sheikh" read as a title ("Khalid
// Sheikh Mohammed"). The name is cut to the person's own words,
// so the bare surname, the quotes and the relations find the one person ("Hoyer said"). Rules are data
// (NAME_EDGE_RULES); run on the combined mentions, so the tagger's training features and weights stay as they are.
import type { Mention } from './mentions.js';
import { MONTH_NAMES } from './lexicon/calendar.js';
import { PERSON_TITLES } from './lexicon/titles.js';
import { domainMention } from './title-domains.js';
import { FIRST_NAMES, genderOfGivenName } from './lexicon/names.js';

export interface NameEdgeRule {
  id: string;
  /** The words of the person's own name within the mention's words (a word range), or null when the rule does not apply. */
  /** `body` is the article's text, `m.end` where the name ends in it; `otherName` whether a word is one of the article's other person names' words. */
  keep: (words: readonly string[], m: Mention, body: string, otherName: (word: string) => boolean) => { from: number; to: number; honorific?: string; grow?: number; growBack?: number } | null;
  examples: readonly string[];
  why: string;
}

/** Forms of address (not "Miss", a title of pageants: "Miss Universe"; not "Sir"/"Lord", parts of titles). */
const ADDRESS_FORMS: ReadonlySet<string> = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.']);
/**
 * Prepositions that open a phrase after a name: a name holds none of them (the particles of names, "de", "van", "bin",
 * "al", "del", are not prepositions of English).
 */
const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'on', 'for', 'at', 'in', 'from', 'with', 'to', 'about', 'over', 'during', 'after', 'before']);
/** Title words a name may end in before "of" ("Mary Queen of Scots", "Charles Prince of Wales"): the phrase is the title's. */
const TITLE_WORDS: ReadonlySet<string> = new Set(PERSON_TITLES.filter((t) => !t.includes(' ')));
/** Months that are no common given name or surname ("May" is Theresa May's; "April", "June" stay too). */
const DATE_MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES.filter((m) => !['May', 'April', 'June'].includes(m)));
/** A day's number right after a month: " 1", " 26," (not a year, "March 2019"). */
/** Prepositions whose phrase may name where a person is from ("of Maryland", "from Ohio", "in Texas"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from', 'in']);
const DAY_AFTER = /^ \d{1,2}(?!\d)/;
const capitalised = (w: string) => /^\p{Lu}/u.test(w);
/**
 * The word stands as a whole word somewhere in the body outside the mention. A plain scan from the mention outwards,
 * at most WINDOW characters each way (a name's other mentions stand near it; the scan stays linear in a huge body).
 */
function namedElsewhere(body: string, word: string, m: Mention): boolean {
  const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  const from = Math.max(0, m.start - WINDOW);
  const to = Math.min(body.length, m.end + WINDOW);
  for (let at = body.indexOf(word, from); at >= 0 && at < to; at = body.indexOf(word, at + 1)) {
    if ((at < m.start || at >= m.end) && !isLetter(body[at - 1]) && !isLetter(body[at + word.length])) return true;
  }
  return false;
}
const WINDOW = 20_000;

export const NAME_EDGE_RULES: readonly NameEdgeRule[] = [
  {
    id: 'address-inside',
    keep: (words) => {
      const i = words.findIndex((w, k) => ADDRESS_FORMS.has(w) && k < words.length - 1);
      if (i < 0 || !words.slice(i + 1).every(capitalised) || words.slice(i + 1).every((w) => TITLE_WORDS.has(w))) return null;
      return { from: i + 1, to: words.length, honorific: words[i] };
    },
    examples: ['On Thursday Mr Trump suggested that his own statements were clear.', 'Whenever Mr. Singh got into a dispute, he left.', 'Health Minister Dr. Mohamed Mustafa Hamid told Al-Ahram.'],
    why: 'a form of address ("Mr", "Ms.", "Dr.") stands right before the name it addresses: the words before it are another phrase (a day, a conjunction) and it is no word of the name itself',
  },
  {
    id: 'preposition-tail',
    keep: (words, m, body) => {
      const j = words.findIndex((w, k) => k > 0 && PREPOSITIONS.has(w));
      if (j < 0) return null;
      const head = words.slice(0, j);
      // A lone word before "of" may be a name of old ("Joan of Arc", "Catherine of Aragon"); a title's phrase stays.
      if ((head.length < 2 && !m.role && !m.honorific) || !head.every(capitalised) || TITLE_WORDS.has(head[head.length - 1])) return null;
      // A lone word after a title names its holder when the article names them so elsewhere ("President Trump on
      // Syria" … "Trump"); else it is a title's own word ("President and Guarantor of the Constitution").
      if (head.length === 1 && !m.honorific && !namedElsewhere(body, head[0], m)) return null;
      return { from: 0, to: j };
    },
    examples: ['House Majority Leader Steny Hoyer of Maryland, the No. 2 House Democrat, said so.', 'Park will meet with Mr. Obama on May 7 at the White House.', 'says Ms. Conley of CSIS, who frequently tells audiences.'],
    why: 'an English personal name holds no preposition: "of Maryland", "on May 7", "of CSIS" after a full or a titled name is a phrase about the person (their state, a date, their employer), not part of the name',
  },
  {
    id: 'month-before-day',
    keep: (words, m, body) => (words.length >= 2 && DATE_MONTHS.has(words[words.length - 1]) && DAY_AFTER.test(body.slice(m.end, m.end + 4)) ? { from: 0, to: words.length - 1 } : null),
    examples: ['Wolf and Gerlach wrote a letter to Kerry March 1 formally requesting access.', 'Trump said he would meet with Kim June 12 in Singapore.'],
    why: 'a month followed by a day\'s number is a date after the name ("Kerry March 1"), no family name; months that are also names (May, April, June) are left alone',
  },
  {
    id: 'adverb-first',
    keep: (words, _m, _body, otherName) => {
      if (words.length < 2 || !SENTENCE_ADVERBS.has(words[0]) || !words.slice(1).every(capitalised)) return null;
      const rest = words.slice(1);
      return otherName(rest[rest.length - 1]) || isGivenName(rest[0]) ? { from: 1, to: words.length } : null;
    },
    examples: ['Again Trump said he wanted loyalty. President Trump denied it.', 'Perhaps Flynn will manage the interagency process, Michael Flynn said.', 'Even Jordan and other key congressional allies agreed. Jim Jordan said so.'],
    why: 'a sentence adverb ("Again", "Perhaps", "Even", "Indeed") opens the clause, never a name: the name after it is a person the article names otherwise, or one a given name opens',
  },
  {
    id: 'korean-syllable-after',
    keep: (words, m, body) => {
      const syllable = KOREAN_LAST_SYLLABLE.exec(body.slice(m.end, m.end + 8));
      return syllable && words.length === 2 && words.every((w) => /^\p{Lu}\p{Ll}{1,4}$/u.test(w)) ? { from: 0, to: 2, grow: syllable[0].length } : null;
    },
    examples: ['North Korean leader Kim Jong un said so.', 'the late Kim Jong il ruled until 2011.'],
    why: 'a Korean given name of two syllables may be written apart with the second in lower case ("Kim Jong un"); that syllable, no English word, ends the name (else "Kim Jong" is a second person)',
  },
  {
    id: 'given-name-before-sheikh',
    keep: (words, m, body) => {
      if (m.titleStart === undefined || !m.role) return null;
      const before = GIVEN_NAME_SHEIKH.exec(body.slice(Math.max(0, m.start - 40), m.start));
      if (!before || !isGivenName(before[1]) || TITLE_WORDS.has(before[1]) || !m.role.endsWith(`${before[1]} ${before[2]}`)) return null;
      return { from: 0, to: words.length, growBack: before[0].length };
    },
    examples: ['Sept. 11 mastermind Khalid Sheikh Mohammed was charged.', 'The Kurdish commander Ismet Sheikh Hasan said the town was lost.'],
    why: 'a given name right before "Sheikh" opens a name of which "Sheikh" is a word ("Khalid Sheikh Mohammed", "Ismet Sheikh Hasan"): no one holds a title after their given name, so the words are one person\'s name (a title stands before a name, or after a demonym or another title: "Kuwaiti Sheikh Sabah", "Emir Sheikh Tamim")',
  },
  {
    id: 'hyphen-part-before',
    keep: (words, m, body, otherName) => {
      const before = HYPHEN_PART_BEFORE.exec(body.slice(Math.max(0, m.start - 30), m.start));
      return before && words.length === 1 && otherName(before[1] + words[0]) ? { from: 0, to: 1, growBack: before[1].length } : null;
    },
    examples: ['Miguel Díaz-Canel took office. Díaz-Canel promised to defend the regime.', 'Daveed Gartenstein-Ross is a scholar. Gartenstein-Ross says the group is rigid.'],
    why: 'a hyphenated surname is one word ("Díaz-Canel"): read from after its hyphen, the name is its second half, a second person beside the one the article names in full; the first half is grown back only when the whole compound is a word of another of the article\'s names (not "Trump-Kim", a pair)',
  },
  {
    id: 'post-nominal-tail',
    keep: (words) => {
      let to = words.length;
      while (to > 2 && POST_NOMINALS.has(words[to - 1].replace(/,$/, ''))) to--;
      return to < words.length && words.slice(0, to).every(capitalised) ? { from: 0, to } : null;
    },
    examples: ['Yvette Cooper MP, chair of the home affairs select committee, said so.', 'Mike Hookem MEP, the party’s defence spokesman, said so.'],
    why: 'letters after a full name ("MP", "QC", "OBE") are a seat, a rank or an honour, written after the name and no part of it (a generational "Jr." is: it stays)',
  },
];

/** The first half of a hyphenated surname right before a name ("Díaz-" of "Díaz-Canel", "al-" of "al-Bashir"). */
const HYPHEN_PART_BEFORE = /(?<![\p{L}\p{N}'’.-])((?:\p{Lu}\p{Ll}+|al|el|Al|El)-)$/u;
/** Letters written after a person's full name: seats, silks and honours (not "Jr.", "III": a generation is the name's). */
const POST_NOMINALS: ReadonlySet<string> = new Set(['MP', 'MEP', 'MSP', 'MLA', 'MS', 'AM', 'TD', 'QC', 'KC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'GBE', 'CH', 'KCMG', 'GCMG', 'CMG', 'FRS', 'PhD', 'Ph.D.', 'Esq.', 'Esq']);

/** A capitalised word right before "Sheikh" and the name that follows: the given name and the word of a name. */
const GIVEN_NAME_SHEIKH = /(?<!\p{L})(\p{Lu}\p{Ll}+) (Sheikh|Sheik|Shaikh) $/u;

/** Sentence adverbs, capitalised where a sentence opens, that no name opens. */
const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(['Again', 'Perhaps', 'Maybe', 'Indeed', 'Hence', 'Thus', 'Even', 'Tonight', 'Today', 'Yesterday', 'Meanwhile', 'Still', 'Now', 'Then', 'Also', 'Yet', 'Instead', 'Only', 'Moreover', 'However', 'Nevertheless', 'Nonetheless', 'Furthermore', 'Therefore', 'Besides', 'Likewise', 'Similarly', 'Otherwise', 'Afterward', 'Afterwards', 'Later', 'Earlier', 'Finally', 'Eventually', 'Recently', 'Previously', 'Ultimately', 'Certainly', 'Clearly', 'Obviously', 'Apparently', 'Unfortunately', 'Fortunately', 'Ironically', 'Notably', 'Surely']);
const isGivenName = (w: string) => FIRST_NAMES.has(w) || genderOfGivenName(w) !== null;

/** The second syllable of a Korean given name in lower case after a space (no English words: not "in", "so", "ho"). */
const KOREAN_LAST_SYLLABLE = /^ (?:un|il|nam|eun|chol|sung|hyun|gwan)(?!\p{L})/u;

/**
 * Every mention cut by NAME_EDGE_RULES, in order; the words of the article's person names (for 'adverb-first': another
 * name the words after the adverb end in) are gathered once.
 */
export function cutAllNameEdges(body: string, mentions: readonly Mention[]): Mention[] {
  // (A one-word name is cut by no rule; a titled one may grow back over its title: 'given-name-before-sheikh'.)
  // (A one-word name after a hyphen may grow back over the first half of its surname: 'hyphen-part-before'.)
  const cuttable = (m: Mention) => m.type === 'Person' && (m.text.includes(' ') || !!m.role || body[m.start - 1] === '-');
  if (!mentions.some(cuttable)) return [...mentions];
  const counts = new Map<string, number>();
  for (const x of mentions) if (x.type === 'Person' || x.type === 'Unknown') for (const w of x.text.split(' ')) counts.set(w, (counts.get(w) ?? 0) + 1);
  const grown: Mention[] = [];
  const cut = mentions.flatMap((m) => {
    if (!cuttable(m)) return [m];
    // The words of the other names: this mention's own words count once less.
    const own = new Map<string, number>();
    for (const w of m.text.split(' ')) own.set(w, (own.get(w) ?? 0) + 1);
    const out = cutNameEdges(body, m, (w) => (counts.get(w) ?? 0) > (own.get(w) ?? 0));
    if (out[0].start < m.start) grown.push(out[0]);
    return out;
  });
  // A name grown back over the words before it takes them from any other mention there ("Khalid" read as a body).
  return grown.length ? cut.filter((x) => !grown.some((g) => g !== x && x.start >= g.start && x.end <= g.end)) : cut;
}

/** The mention cut to the person's own words by the first rule that applies (dropped when nothing is left); else as it was. */
export function cutNameEdges(body: string, m: Mention, otherName: (word: string) => boolean = () => false): Mention[] {
  if (m.type !== 'Person' || (!m.text.includes(' ') && !m.role && body[m.start - 1] !== '-')) return [m];
  let cur = m;
  const places: Mention[] = [];
  for (const rule of NAME_EDGE_RULES) {
    // Words with their offsets in the mention's text, split at single spaces (a name's words).
    const words = cur.text.split(' ');
    const hit = rule.keep(words, cur, body, otherName);
    if (!hit) continue;
    const offsets: number[] = [];
    let at = 0;
    for (const w of words) {
      offsets.push(at);
      at += w.length + 1;
    }
    const start = cur.start + offsets[hit.from] - (hit.growBack ?? 0);
    const end = cur.start + offsets[hit.to - 1] + words[hit.to - 1].length + (hit.grow ?? 0);
    const text = body.slice(start, end);
    // The place a cut phrase names stays a place: "of Maryland", "from Ohio" (as a title's domain would, title-domains.ts).
    if (rule.id === 'preposition-tail' && PLACE_PREPOSITIONS.has(words[hit.to])) {
      const from = cur.start + offsets[hit.to + 1];
      const place = domainMention({ ...cur, start: from, end: cur.end, text: body.slice(from, cur.end), role: undefined, titleStart: undefined, honorific: undefined });
      if (place) places.push(place);
    }
    cur = { ...cur, start, end, text, key: text, strong: cur.strong || !!hit.honorific, honorific: cur.honorific ?? hit.honorific };
    // Grown back over its "title", the name has no role left of those words ("Khalid Sheikh" was read as one).
    if (hit.growBack && cur.role && rule.id === 'given-name-before-sheikh') {
      const role = cur.role!.split(' ').slice(0, -2).join(' ');
      cur = { ...cur, role: role || undefined, titleStart: role ? cur.titleStart : undefined, strong: true };
    }
  }
  return [cur, ...places];
}
