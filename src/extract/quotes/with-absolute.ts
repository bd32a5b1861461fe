// Quotes: the absolute construction "with NP saying …" — "…, with local officials saying four civilians were
// killed", "…, with 58 percent saying she lied". The participle's subject is the noun phrase right after "with", not the
// sentence's subject nor a name before "with": a name heading the phrase speaks, otherwise the phrase speaks unnamed.
// An utterance after "with" ("with a tweet saying", "with a statement saying") is the sentence subject's, read as before.
import type { SpeakerRef } from './speakers.js';

/** Words that end a noun phrase before the participle: a subordinator or a preposition governing the gerund ("with
 * the White House after saying", "with lawmakers by saying", "with key allies while saying"), a coordinator, a verb. */
const NOT_IN_PHRASE = /^(?:after|before|by|while|when|whereas|without|as|since|because|if|though|although|and|or|but|nor|is|are|was|were|has|have|had|be|been|being|will|would|could|can|may|might|should|to|than|that|which|who|whom|whose|little|much|no|-|--)$/i;
/** Determiners before a participle that modifies the phrase's noun ("the implied …", "some armed men"). */
const DETERMINER = /^(?:the|a|an|some|many|several|two|three|four|his|her|their|its|our)$/i;
/** A time or an adverb closing the words before the participle: "this summer", "on Monday", "initially" (one word). */
const TRAILING_WORD = /^(?:\p{Ll}+ly|again|also|even|then|now|later|earlier|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|summer|spring|fall|autumn|winter|morning|weekend)$/u;
/** The words a trailing time opens with: "this summer", "on Monday". */
const TIME_LEAD = /^(?:this|last|next|on)$/;
/** A pronoun after "with" ("with you saying", "with him saying"): the chain's own readings resolve it. */
const PRONOUN = /^(?:I|me|you|we|us|he|him|she|her|they|them|it|this|that|these|those|one)$/i;
/** The things whose words a speaker utters: "with a tweet saying", "with a floor speech saying" are the subject's. */
const UTTERANCE_HEAD = /^(?:tweets?|statements?|speech(?:es)?|posts?|letters?|messages?|videos?|ads?|advertisements?|footage|remarks?|comments?|op-eds?|columns?|articles?|essays?|memos?|notes?|emails?|e-mails?|releases?|announcements?|signs?|banners?|placards?|headlines?|captions?|slogans?|posters?|documents?|filings?|texts?)$/i;

/** "with" + a noun phrase of at most ten words, no comma, semicolon, dash or quotation mark, closing the words before a
 * participle; tried only from the last "with" of those words (anchored at both ends, one word run: linear). */
export const WITH_ABSOLUTE = /^with\s+([^\s,;:“”"—–()]+(?:\s[^\s,;:“”"—–()]+){0,9})$/u;

/** The noun phrase after "with" when the words before an -ing cue end in one: its offset and text, or null. */
export function withAbsolutePhrase(before: string, cue: string): { at: number; text: string } | null {
  if (!/ing$/i.test(cue)) return null;
  // The last "with" as a word, within the last 160 characters (ten words at most follow it).
  const from = Math.max(0, before.length - 160);
  let at = before.lastIndexOf('with ');
  while (at > from && /[\p{L}\p{N}]/u.test(before[at - 1])) at = before.lastIndexOf('with ', at - 1);
  if (at < from || (at > 0 && /[\p{L}\p{N}]/u.test(before[at - 1]))) return null;
  const m = WITH_ABSOLUTE.exec(before.slice(at).trimEnd());
  if (!m) return null;
  // A time or an adverb after the phrase ("with Eric Holder this summer estimating", "with Abdullah initially claiming")
  // is no part of it.
  const words = m[1].split(/\s/);
  while (words.length > 1 && TRAILING_WORD.test(words[words.length - 1])) {
    words.pop();
    if (words.length > 1 && TIME_LEAD.test(words[words.length - 1])) words.pop();
  }
  const phrase = m[1].slice(0, words.reduce((n, w) => n + w.length, 0) + words.length - 1);
  if (words.some((w) => NOT_IN_PHRASE.test(w))) return null;
  // A verb inside ("a Chinese official with the Liaison Department challenged subsequent reports suggesting"), or a
  // modifier ending the phrase ("with the implied warning that"): the -ing word is a noun or hangs elsewhere.
  if (words.some((w, i) => /^\p{Ll}+ed$/u.test(w) && (i === words.length - 1 || (i > 0 && !DETERMINER.test(words[i - 1]) && !/ly$/.test(words[i - 1]))))) return null;
  if (words.length === 1 && PRONOUN.test(words[0])) return null;
  // The phrase's head is its last word before any prepositional tail: "a statement from the military".
  const tail = words.findIndex((w, i) => i > 0 && /^(?:of|from|in|on|at|for|by|to|with)$/i.test(w));
  const headWord = words[(tail < 0 ? words.length : tail) - 1].replace(/[’']s?$/, '');
  if (UTTERANCE_HEAD.test(headWord)) return null;
  return { at: at + m[0].indexOf(phrase, 4), text: phrase };
}

/** The speaker of "with NP saying": the chain's readings of the phrase alone, else the phrase as an unnamed source. */
export function withAbsoluteSpeaker(
  before: string,
  cue: string,
  offset: number,
  read: (phrase: string, phraseOffset: number) => SpeakerRef | null,
): SpeakerRef | null {
  const phrase = withAbsolutePhrase(before, cue);
  if (!phrase) return null;
  const at = offset + phrase.at;
  // "with results indicating …", "with speculation suggesting …": evidence, not a source, when the phrase names no one.
  return read(phrase.text, at) ?? (/^(?:indicating|suggesting|showing)$/i.test(cue) ? null : { start: at, end: at + phrase.text.length, entityId: null });
}
