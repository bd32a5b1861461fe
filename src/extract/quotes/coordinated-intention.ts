// Quotes: a commissive speech act coordinated after a first predicate — "The Security Council made a strong condemnation
// of the test and pledged to impose further sanctions", "Obama defended the strikes and promised to work with Congress" —
// is the sentence subject's vow, promise, pledge, threat or offer, as clause.intention reads one with its own subject.
import type { Sentence } from '../segment.js';
import { coordinatedPredicateSubject } from './predicate-subject.js';
import type { MentionRef } from './speakers.js';
import type { ClauseAttribution } from './clauses.js';

/** A commissive verb right after "and"/"but" (up to two adverbs and a perfect's auxiliary between), a to-infinitive
 * after it: "and also vowed to …", "and has publicly threatened to …" (one space between words, as sentences are written). Group 1
 * the verb. Bounded, each part its own word: linear. */
export const COORDINATED_INTENTION = /\b(?:and|but) (?:(?:also|then|later|again|further|even|still|now|publicly|repeatedly|quickly|previously|subsequently|immediately|eventually|reportedly|initially|formally|explicitly|privately|swiftly|openly|recently) ){0,2}(?:(?:has|have|had) )?(vow(?:s|ed)|pledge[sd]|promise[sd]|threaten(?:s|ed)|offer(?:s|ed)) to \p{Ll}/gu;

/** A sentence opening with a subordinate clause closed by a comma before the cue. */
const OPENING_SUBORDINATE = /^(?:As|When|While|After|Before|If|Because|Since|Although|Though|Once|Until|Unless)\s[^,]*,/u;

/** Each coordinated commissive whose sentence is headed by a person, a body, a country or a pronoun (a thing heading
 * it, "Trade tensions weigh on markets and threaten to …", speaks no threat: coordinatedPredicateSubject finds none). */
export function coordinatedIntentions(text: string, s: Sentence, mentions: MentionRef[]): ClauseAttribution[] {
  const out: ClauseAttribution[] = [];
  COORDINATED_INTENTION.lastIndex = 0;
  for (let m = COORDINATED_INTENTION.exec(text); m; m = COORDINATED_INTENTION.exec(text)) {
    const cueAt = m.index + m[0].lastIndexOf(m[1]);
    // "As Trump traveled through the region, state media denounced … and pledged …": a name inside an opening
    // subordinate clause is no subject of the main clause's predicates.
    if (OPENING_SUBORDINATE.test(text.slice(0, cueAt))) continue;
    // "It" is read from the sentences before, which a clause reading does not see: no speaker.
    const speaker = coordinatedPredicateSubject(text, text.slice(0, cueAt), s, mentions, []);
    if (!speaker) continue;
    out.push({ rule: 'clause.coordinated-intention', kind: 'intention', cueAt, contentStart: cueAt + m[1].length + 1, cue: m[1], speaker });
  }
  return out;
}
