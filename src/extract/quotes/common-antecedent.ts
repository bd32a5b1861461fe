// Quotes: the unnamed antecedent of a relative clause of saying — "an architect who said he was stiffed", "some
// economists who argue that …", "black listeners to his radio program who said …", "the ministry, which said …": the noun
// phrase before "who"/"which" speaks, unnamed, when its head is a person's noun ("who") or a body's or a document's
// ("which"); the clause after the cue is what was said, the main clause none of it.
import type { SpeakerRef } from './speakers.js';
import { ISSUED_DOCUMENT_NOUNS, PEOPLE_GROUP_NOUNS, SOURCE_BODIES, SOURCE_PEOPLE, SPEAKING_BODY_HEADS } from '../lexicon/sources.js';
import { isAdjective, isPersonNoun, isVerb } from '../lexicon/noun-classes.js';
import { SPEECH_VERBS } from '../lexicon/speech.js';

const PERSON_HEADS: ReadonlySet<string> = new Set<string>([...SOURCE_PEOPLE, ...PEOPLE_GROUP_NOUNS]);
const BODY_HEADS: ReadonlySet<string> = new Set<string>([...SOURCE_BODIES, ...SPEAKING_BODY_HEADS, ...ISSUED_DOCUMENT_NOUNS, 'paper', 'analysis', 'review']);
/** Party members named by their party in the plural ("nervous Democrats on Capitol Hill, who …"). */
const PARTY_PLURAL = /^(?:Democrats|Republicans|Conservatives|Tories|Liberals)$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'some', 'many', 'most', 'several', 'other', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'one', 'two', 'three', 'four', 'five', 'few', 'dozens', 'hundreds', 'thousands']);
/** Prepositions opening a phrase after the head ("listeners to his radio program", "Democrats on Capitol Hill"). */
const PREPOSITIONS = new Set(['of', 'on', 'at', 'in', 'from', 'for', 'with', 'to', 'across', 'around', 'inside', 'outside']);
/** Words no noun phrase holds: a verb, a clause's word. */
const NOT_IN_PHRASE = new Set(['that', 'who', 'whom', 'which', 'and', 'or', 'but', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'said', 'says', 'say', 'told', 'not', 'as', 'than', 'by', 'when', 'while', 'if', 'there', 'it', 'he', 'she', 'they', 'we', 'I', 'you']);

/** Whether a word heads a phrase of people ("architect", "economists", "Democrats") or, after "which", of a body or a document. */
function isHead(word: string, pronoun: string): boolean {
  if (pronoun === 'which') return BODY_HEADS.has(word);
  if (PERSON_HEADS.has(word) || PARTY_PLURAL.test(word)) return true;
  if (!/^\p{Ll}{3,}$/u.test(word)) return false;
  return isPersonNoun(word) || (/[^s]s$/.test(word) && isPersonNoun(word.slice(0, -1))) || (/ies$/.test(word) && isPersonNoun(`${word.slice(0, -3)}y`));
}

/**
 * The noun phrase ending `before` (the sentence's words up to the comma or blank before the relative pronoun) that a
 * relative clause of `pronoun` hangs on, as an unnamed speaker; `offset` is where `before` starts in the body. Null when
 * its head is no person's noun (for "who") or no body's or document's (for "which"), or no phrase ends there.
 */
export function commonAntecedent(before: string, offset: number, pronoun: string): SpeakerRef | null {
  const text = before.trimEnd().replace(/,$/, '').trimEnd();
  // The last clause-free run of words: no punctuation but a possessive or an abbreviation's stop (read back by hand: linear).
  let from = text.length;
  while (from > 0 && !',;:—–()“”"'.includes(text[from - 1])) from--;
  const runText = text.slice(from);
  const tokens = [...runText.matchAll(/\S+/g)].slice(-12);
  if (!tokens.length) return null;
  const words = tokens.map((t) => t[0]);
  // The head: the last word, or the word before a prepositional phrase of up to five words with no verb in it.
  let head = -1;
  for (let h = words.length - 1; h >= Math.max(0, words.length - 6); h--) {
    const tail = words.slice(h + 1);
    if (tail.length && (!PREPOSITIONS.has(tail[0]) || tail.some((w) => NOT_IN_PHRASE.has(w) || /^\p{Ll}+ed$/u.test(w)))) continue;
    if (isHead(words[h], pronoun)) {
      head = h;
      break;
    }
  }
  if (head < 0) return null;
  // Inside another report ("claiming that he had a source who told him …"), the clause is that speaker's words: no source
  // of its own is brought in unnamed.
  if (before.split(/[^\p{L}]+/u).some((w) => SPEECH_VERBS.has(w))) return null;
  // Its modifiers: up to three adjectives, nouns or capitalised words, after a determiner when there is one.
  let first = head;
  for (let k = head - 1; k >= Math.max(0, head - 3); k--) {
    const w = words[k];
    if (DETERMINERS.has(w.toLowerCase())) {
      first = k;
      break;
    }
    if (NOT_IN_PHRASE.has(w) || PREPOSITIONS.has(w) || /^\p{Ll}+(?:ing|ly)$/u.test(w) || (/^\p{Ll}/u.test(w) && isVerb(w) && !isAdjective(w))) break;
    first = k;
  }
  const textStart = from;
  return { start: offset + textStart + tokens[first].index!, end: offset + textStart + tokens[words.length - 1].index! + words[words.length - 1].length, entityId: null };
}
