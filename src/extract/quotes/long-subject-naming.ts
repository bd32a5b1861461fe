// Quotes: naming or describing something as something after a long subject — "Ammar al-Hakim, who leads the Islah bloc,
// called it a “blatant violation”", "The Iranian foreign minister, Javad Zarif, described the sanctions as “economic
// terrorism”", "A former hostage described Emwazi as a bloodthirsty psychopath". clause.called and clause.described-as
// read a name or a pronoun right before the verb; here the verb is found first and its subject read back as a subject
// before a cue is (an appositive, a relative clause or an unnamed noun phrase), when the words before the verb are one
// noun phrase — no verb of their own — so the verb is the main clause's, not a participle ("a group called ISIS").
import type { Sentence } from '../segment.js';
import { AS_COMPLEMENT, NAMING_COMPLEMENT, PHRASAL_PARTICLE, callsForPurpose, clauseEnd, enoughWords, isWholeQuote } from './patterns.js';
import { OPENING_PHRASE, subjectBefore, type MentionRef } from './speakers.js';
import { commonNounSubject } from './common-subject.js';
import { MAIN_CLAUSE_VERB } from './main-clause-subject.js';
import type { ClauseAttribution } from './clauses.js';

/** A finite verb of naming or describing and its complement (NAMING_COMPLEMENT, AS_COMPLEMENT). Lookaheads of bounded runs: linear. */
export const LONG_SUBJECT_NAMING = new RegExp(`\\s(?:(called|calls|dubbed|labeled|labelled|branded)\\s+(?=${NAMING_COMPLEMENT})|(described|describes|characterized|characterised|characterizes|characterises|depicted)\\s+(?=${AS_COMPLEMENT}))`, 'gu');
/** A relative clause or an appositive set off by commas right before the verb ("…, who leads the bloc,"). */
const ASIDE_AT_END = /,\s[^,;“”"]{1,160},\s*$/;
/** A finite verb inside the words after the naming verb: the main clause goes on, so the naming verb was a participle. */
const FINITE_IN_CONTENT = /\s(?:is|was|were|are|has|have|had|will|would|said|says|claimed|claims|told)\s/;
/** Quoted words, left out when looking for a finite verb. */
const QUOTED = /[“"][^“”"]*[”"]/g;
/** Words before the verb that make it a passive or a clause's ("was called", "had described"): no subject of ours. */
const AUXILIARY_AT_END = /(?:^|\s)(?:is|was|were|are|be|been|being|has|have|had|who|which|that|it|what)\s*$/i;

/** clause.long-subject-naming: each naming or describing verb whose subject is one noun phrase before it. */
export function longSubjectNamings(text: string, s: Sentence, mentions: MentionRef[], roles: Map<string, string>): ClauseAttribution[] {
  const out: ClauseAttribution[] = [];
  LONG_SUBJECT_NAMING.lastIndex = 0;
  for (let m = LONG_SUBJECT_NAMING.exec(text); m; m = LONG_SUBJECT_NAMING.exec(text)) {
    const verb = m[1] ?? m[2];
    const verbAt = m.index + 1;
    const before = text.slice(0, verbAt);
    if (AUXILIARY_AT_END.test(before)) continue;
    // The subject: the sentence's words after an opening phrase, an aside set off by commas left out, with no verb.
    const opening = OPENING_PHRASE.exec(before)?.[0].length ?? 0;
    const core = before.slice(opening).replace(ASIDE_AT_END, ' ').trim();
    const words = core.split(/\s+/).filter(Boolean);
    if (!words.length || words.length > 10 || /[,;:“”"()]/.test(core) || words.some((w, i) => i > 0 && MAIN_CLAUSE_VERB.test(w))) continue;
    const contentStart = m.index + m[0].length;
    const rest = text.slice(contentStart);
    if (PHRASAL_PARTICLE.test(rest) || callsForPurpose(rest)) continue;
    const content = rest.slice(0, clauseEnd(rest));
    if (!enoughWords(content, true) || isWholeQuote(content)) continue;
    // "A group called the Islamic State claimed the attack": a finite verb after the object makes "called" a participle
    // naming the noun before it, as an indefinite noun before "called" most often is ("a man called Ahmed").
    if (FINITE_IN_CONTENT.test(content.replace(QUOTED, ' ')) || (m[1] && /^(?:an?|one|some)\s/i.test(before.slice(opening)))) continue;
    const speaker = subjectBefore(before, s.start, mentions, roles) ?? commonNounSubject(before.slice(opening), s.start + opening, mentions);
    if (speaker && speaker.start >= s.start + opening) out.push({ rule: 'clause.long-subject-naming', kind: 'stance', cueAt: verbAt, contentStart, cue: verb, speaker, stance: true });
  }
  return out;
}
