// Quotes: the subject of a main clause whose verb states nothing, read for the participle of speech after it — "China
// retaliated, saying …", "Administration officials declined to give details, saying …", "But he stopped short of
// that, saying …". The participle hangs on the main clause (English attaches a sentence-final participle to the
// subject), so that clause's subject speaks: a country or a body, an unnamed common noun phrase, or "he"/"she".
// Read only when no person or body heads the sentence (participleSubject's own reading comes first).
import type { Sentence } from '../segment.js';
import { commonNounSubject } from './common-subject.js';
import { OPENING_PHRASE, subjectBefore, type MentionRef, type SpeakerRef } from './speakers.js';

/** A finite verb opening the predicate: an auxiliary, a regular past tense, or a common irregular past tense. */
export const MAIN_CLAUSE_VERB = /^(?:has|have|had|is|was|are|were|will|would|could|can|did|does|may|might|must|should|\p{Ll}{2,}ed|hit|struck|took|gave|made|met|held|sent|went|came|put|set|drew|led|fought|threw|broke|spoke|stood|kept|left|ran|sought|brought|won|lost|fell|rose|shot|cut|began|chose|paid|saw|became|felt|found|stuck|swept|shook|withdrew|upheld|withheld|laid|dealt|bore|forbade)$/u;
/** Participles of speech and naming that a main clause of any verb may carry for its subject ("…, saying", "…, calling
 * it …"); participles of evidence, intention, belief or action ("signaling", "aiming", "believing", "authorizing") are
 * what the main clause's thing does or shows, no statement, and read no subject here. */
export const SPEECH_PARTICIPLE = /^(?:saying|adding|insisting|arguing|claiming|warning|accusing|urging|calling|labell?ing|branding|dubbing|terming|denying|noting|stressing|vowing|chanting|shouting|declaring|asserting|demanding|describing|charging|alleging|complaining|blaming|condemning|denouncing|telling|asking|pledging|threatening|rejecting|dismissing|decrying|lamenting|praising|criticizing|criticising|questioning|announcing|acknowledging|admitting|conceding|countering|explaining|reiterating|repeating|tweeting|writing)$/;
/** Adverbs between a subject and its verb, no part of the subject ("Beijing quickly hit back"). */
const ADVERB = /^(?:\p{Ll}{3,}ly|also|later|then|again|already|once|now|still|even|previously|earlier|soon|just|too|on|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;
/** A connective or time adverb opening the sentence before its subject ("But", "Earlier", "Meanwhile"). */
const LEAD = /^(?:But|And|Yet|Still|So|Meanwhile|Instead|Earlier|Later|Now|Then|Separately|Subsequently|Initially|Similarly|Likewise|Previously)\s+/;
/** A word after which an "-ed" form is an adjective of the noun phrase ("the embattled government"), not its verb. */
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|this|that|these|those|some|many|most|several|newly|recently)$/i;
/** A subordinating conjunction opening the sentence. */
const SUBORDINATE_OPENING = /^(?:When|Whenever|While|If|Because|Although|Though|Unless|Whereas)\s/; // ("After", "As", "Since" open phrases too)
/** Subjects that name no speaker on their own. */
const NO_SPEAKER = /^(?:they|it|we|I|you|there|this|that|these|those|which|who|what|here|one|some|many|others|all)$/i;

/**
 * The main clause's subject in `head` (the sentence's words before the participle's comma, from its start): the words
 * from the sentence's opening (after an opening phrase and a connective) up to its first finite verb — at most ten words,
 * no punctuation inside (an appositive or a clause of its own is another reader's business) — read as a subject before
 * a cue is ("China" → China, "Administration officials" → unnamed, "he" → a pronoun to resolve). Null when the
 * sentence opens otherwise.
 */
export function mainClauseSubject(head: string, cue: string, s: Sentence, mentions: MentionRef[], roles: Map<string, string>): SpeakerRef | null {
  if (!SPEECH_PARTICIPLE.test(cue.toLowerCase())) return null;
  // "According to Lankov, North Korea would have needed …, saying …": the sentence is the source's, not its subject's.
  if (/^(?:\p{Lu}\p{Ll}*\s*,?\s+)?[Aa]ccording\s+to\s/u.test(head)) return null;
  // "When Leahy challenged Barr, saying …, Barr called …": a participle inside an opening subordinate clause, whose
  // words run on into the main clause — not read here.
  if (SUBORDINATE_OPENING.test(head)) return null;
  let from = OPENING_PHRASE.exec(head)?.[0].length ?? 0;
  from += LEAD.exec(head.slice(from))?.[0].length ?? 0;
  const rest = head.slice(from);
  const tokens = [...rest.slice(0, 200).matchAll(/\S+/g)];
  let verb = -1;
  for (let k = 1; k < Math.min(tokens.length, 12); k++) {
    if (/[,;:“”"()—–]|^-+$/.test(tokens[k - 1][0])) return null;
    const w = tokens[k][0];
    if (MAIN_CLAUSE_VERB.test(w) && !DETERMINER.test(tokens[k - 1][0])) {
      verb = k;
      break;
    }
  }
  let end = verb;
  while (end > 0 && ADVERB.test(tokens[end - 1][0])) end--;
  if (end <= 0) return null;
  const words = rest.slice(0, tokens[end - 1].index! + tokens[end - 1][0].length);
  const offset = s.start + from;
  if (/^(?:he|she)$/i.test(words)) return { start: offset, end: offset + words.length, entityId: null, pronoun: words.toLowerCase() };
  if (NO_SPEAKER.test(words) || !/\p{L}/u.test(words)) return null;
  return subjectBefore(words, offset, mentions, roles) ?? commonNounSubject(words, offset, mentions);
}
