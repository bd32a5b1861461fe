// Stage 2i, names completed by the writer's brackets (last before entities): a writer who quotes someone fills in a
// title and a given name in square brackets and leaves the family name the speaker said outside them — "[German
// Chancellor Angela] Merkel", "[Arizona Sen. John] McCain", "Ambassador [Susan E.] Rice". The earlier stages stop at the
// bracket and read the given name alone as a person ("Angela", "John") and often miss the family name. A reader reads
// one name across the bracket; this stage makes the family name the person's mention under the whole name and drops the
// given name's own. Rules are data (BRACKETED_NAME_RULES); run on the combined mentions, so the tagger stays as it is.
import type { Sentence } from './segment.js';
import type { Mention } from './mentions.js';
import { FIRST_NAMES, genderOfGivenName } from './lexicon/names.js';
import { SENTENCE_OPENERS, TITLE_CASE_WORDS } from './lexicon/titles.js';

export interface BracketedNameRule {
  id: string;
  /** Sentences and the one person named across the bracket. */
  examples: readonly (readonly [string, string])[];
  /** Sentences where no name is joined across a bracket. */
  negatives: readonly string[];
  why: string;
}

export const BRACKETED_NAME_RULES: readonly BracketedNameRule[] = [
  {
    id: 'bracketed.given-name-then-family-name',
    examples: [
      ['So in that atmosphere you have [German Chancellor Angela] Merkel transformed into a villain.', 'Angela Merkel'],
      ['Neoconservatives — [Arizona Sen. John] McCain and others — objected.', 'John McCain'],
      ['“That’s what Ambassador [Susan E.] Rice said,” he told reporters.', 'Susan E. Rice'],
      ['“[Syrian President Bashar] Assad just keeps giving excuses,” he said.', 'Bashar Assad'],
      ['“[Attorney General William] Barr misinterpreted that,” he added.', 'William Barr'],
    ],
    negatives: [
      // a title alone in the brackets, a family name in them, a given name not closed by a bracket
      '“[Prime Minister] Abadi wants the same thing,” he said.',
      '“Tell [Feinstein] I will resign tonight,” he said.',
      // a whole name in the brackets, closed before the verb
      '“We must act,” [Minnesota Senator Amy Klobuchar] said on Sunday.',
      'Angela Merkel spoke in Berlin.',
      // a body's name after the bracket is no family name: the given name goes, no one is made up
      'more than 500 of those during the [George W.] Bush administration.',
    ],
    why: 'square brackets mark the writer’s insertion into a quotation: a given name closed by one and followed by a capitalised word completes a name the speaker gave by the family name alone ("[… Angela] Merkel" is Angela Merkel, not a woman called Angela)',
  },
];

/** After the closing bracket: a space and a family name — a capitalised word ("McCain", "O’Rourke", "Raven-Hansen"), or a
 * particle and one ("Ben Ali"). Linear: one class repeated once; the possessive is taken off after (familyNameAfter). */
const FAMILY_NAME_AFTER = /^\] ((?:(?:Ben|Bin|bin|El|el|Al|al|Abu|De|de|Da|Di|Van|van|Von|von|Le|La) )?\p{Lu}[\p{L}\p{M}'’-]*)/u;
/** The family name right after a closing bracket at `at`, without a possessive or a trailing mark ("Assad’s" → "Assad"). */
function familyNameAfter(body: string, at: number): string | undefined {
  let word = FAMILY_NAME_AFTER.exec(body.slice(at, at + 40))?.[1].replace(/['’]s$/u, '') ?? '';
  while (word && "'’-".includes(word[word.length - 1])) word = word.slice(0, -1);
  return word.length >= 2 && /\p{Ll}/u.test(word) ? word : undefined;
}
/** A given name (or an initial) first, then names or initials: "Angela", "Susan E.", "J. Christopher", "Mohammad Javad".
 * (A whole name in brackets, "[… Amy Klobuchar] said", joins nothing: no family name follows its bracket.) */
const givenNames = (text: string): boolean => {
  const words = text.split(/\s+/);
  const initial = (w: string) => /^\p{Lu}\.$/u.test(w);
  const first = words[0];
  return (FIRST_NAMES.has(first) || genderOfGivenName(first) !== null || initial(first)) && words.every((w) => initial(w) || /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(w));
};

/** Whether an opening square bracket opens the run before `at` on its line, with no closing one between. */
function insideBracket(body: string, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 80; k--) {
    const c = body[k];
    if (c === '[') return true;
    if (c === ']' || c === '\n') return false;
  }
  return false;
}

/** The mentions with each bracketed given name and the family name after it made one person's mention. */
export function joinBracketedNames(body: string, _sentences: readonly Sentence[], mentions: Mention[]): Mention[] {
  if (!body.includes('] ')) return mentions;
  const drop = new Set<Mention>();
  const added: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== 'Person' || body[m.end] !== ']' || !givenNames(m.text) || !insideBracket(body, m.start)) continue;
    const family = familyNameAfter(body, m.end);
    if (!family || TITLE_CASE_WORDS.has(family) || SENTENCE_OPENERS.has(family)) continue;
    const start = m.end + 2;
    const end = start + family.length;
    const over = mentions.filter((x) => x.start < end && x.end > start);
    // a body's name over the family name ("[George W.] Bush administration") is left as it is; the given name and its
    // initial alone ("George W.") name no one and go. A person's read of the family name, or of a part of it or with its
    // possessive ("Hansen" of "Raven-Hansen", "Lavrov's"), gives way to the whole name.
    if (!over.every((x) => (x.type === 'Person' || x.type === 'Unknown') && x.start >= start && x.end <= end + 2)) {
      if (/\p{Lu}\.$/u.test(m.text)) drop.add(m);
      continue;
    }
    drop.add(m);
    for (const x of over) drop.add(x);
    added.push({ start, end, text: family, type: 'Person', key: `${m.key} ${family}`, sentence: m.sentence, role: m.role, titleStart: m.titleStart, strong: true });
  }
  if (!drop.size) return mentions;
  return [...mentions.filter((x) => !drop.has(x)), ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
