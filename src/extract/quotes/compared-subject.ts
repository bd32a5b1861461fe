// Quotes: a name inside a comparison opening the sentence — "Like U.S. officials, the group characterized McCain as an
// ISIS fighter and said …", "Yet like Glenn Close's character in Fatal Attraction, the terrorists … keep declaring …" —
// is the term of the comparison, never the subject: the noun phrase after the comparison's comma speaks (issue #14,
// the comparison's noun taken as the speaker).
import { firstFrom, type MentionRef } from './speakers.js';

/** A comparison opening the sentence, up to its comma: "Like U.S. officials, ", "Unlike Obama, ", "Much like …, ". One
 * bounded run of non-commas, single spaces between the fixed words: linear. */
export const COMPARISON_OPENING = /^(?:(?:But|And|Yet|So) )?(?:(?:[Jj]ust|[Mm]uch) )?(?:[Ll]ike|[Uu]nlike|[Aa]s with) ([^,\s][^,]{0,119}), ?/u;
/** A comparison that reports speech itself ("Like Trump said, …", "As with what Obama told them, …"): its name speaks there. */
const SPEECH_IN_COMPARISON = /\b(?:said|says|say|told|tells|put\s+it|noted|wrote|argued|warned|predicted|claimed)\b/;
/** Between the comparison's comma and a name heading the main clause: at most "the" and title words ("the U.S.-backed "). */
const TITLES_BEFORE_SUBJECT = /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;
/** A word closing the subject's noun phrase: a finite verb, an auxiliary, an adverb. */
const VERB_WORD = /^(?:\p{Ll}+ed|\p{Ll}+ly|said|says|told|keep|keeps|kept|continue|continues|has|have|had|is|was|are|were|will|would|can|could|may|might|must|also|still|did|does|do|again|now)$/u;

/**
 * The subject of the main clause after a comparison opening the sentence, when the speaker's words `span` stand inside
 * that comparison and the quote after it: a name right after the comma (titles at most before it), else the words of its
 * noun phrase, unnamed (up to six words, ended by a verb). Null when the comparison does not hold the speaker.
 */
export function comparedSubject(span: { start: number; end: number }, quoteStart: number, sentence: { start: number; end: number }, body: string, mentions: MentionRef[]): { start: number; end: number; entityId: string | null } | null {
  if (span.start < sentence.start) return null;
  const opening = COMPARISON_OPENING.exec(body.slice(sentence.start, Math.min(sentence.end, sentence.start + 200)));
  if (!opening || SPEECH_IN_COMPARISON.test(opening[1])) return null;
  const clause = sentence.start + opening[0].length + (/^\s*/.exec(body.slice(sentence.start + opening[0].length))?.[0].length ?? 0);
  if (span.end > clause || quoteStart < clause) return null;
  const m = mentions[firstFrom(mentions, clause)];
  if (m && m.end <= sentence.end && m.type !== 'Event' && m.type !== 'Place' && TITLES_BEFORE_SUBJECT.test(body.slice(clause, m.start))) return { start: m.start, end: m.end, entityId: m.entityId };
  const words = body.slice(clause, Math.min(sentence.end, clause + 80)).split(/\s+/);
  let end = clause;
  for (let k = 0; k < Math.min(words.length, 7); k++) {
    if (VERB_WORD.test(words[k]) || !/^[\p{L}’'-]+$/u.test(words[k])) return k > 0 && k < 7 ? { start: clause, end, entityId: null } : null;
    end = body.indexOf(words[k], end) + words[k].length;
  }
  return null;
}
