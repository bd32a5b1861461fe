// Quotes: a naming participle after a comma — "The ministry condemned the strike, calling it a “blatant violation”",
// "Le Pen renewed her attacks, calling him a “weakling”", "…, branding the deal a betrayal". Naming something as
// something is a stance (clause.called reads the finite verb, "Clinton called the charges outrageous"); the participle
// hangs on the main clause, whose subject names it (participleSubject).
import type { Sentence } from '../segment.js';
import { NAMING_COMPLEMENT, PHRASAL_PARTICLE, callsForPurpose, clauseEnd, enoughWords, isWholeQuote } from './patterns.js';
import { participleSubject, type MentionRef } from './speakers.js';
import type { ClauseAttribution } from './clauses.js';

/** ", calling it a …" / ", also branding the deal …": a comma (a closing mark may sit before it), an adverb at most,
 * a naming participle, and what it names as what (NAMING_COMPLEMENT). Bounded runs and lookaheads: linear. */
export const NAMING_PARTICIPLE = new RegExp(`,[”"]?\\s+(?:(?:also|even|then|again|further|repeatedly|openly|publicly|effectively)\\s+)?(calling|labell?ing|branding|dubbing|terming)\\s+(?=${NAMING_COMPLEMENT})`, 'gu');

/** A participle coordinated after the naming one: " and saying", ", and vowing", ", or simply ignoring it". */
const NEXT_PARTICIPLE = /,?\s(?:and|or|but|while)\s+(?:simply\s+|also\s+|then\s+|even\s+|just\s+)?\p{Ll}{3,}ing\b/u;
/** A list opened before the participle in its clause — tested on the words after the clause's last semicolon, colon or
 * quotation mark — ("tried different approaches, such as diplomatic engagement,
 * labeling it a state sponsor of terror, or …"): the participle is a gerund naming one item, not an act of the subject. */
const LIST_OPENED = /\b(?:such\s+as|including)\s/u;

/** The words after the last semicolon, colon or quotation mark: the clause the participle stands in. */
function clauseTail(text: string): string {
  let i = text.length - 1;
  while (i >= 0 && !';:“”"'.includes(text[i])) i--;
  return text.slice(i + 1);
}

/** clause.naming-participle: every naming participle of the sentence whose main clause has a subject to speak. */
export function namingParticiples(text: string, s: Sentence, mentions: MentionRef[], roles: Map<string, string>): ClauseAttribution[] {
  const out: ClauseAttribution[] = [];
  if (!text.includes(',')) return out;
  NAMING_PARTICIPLE.lastIndex = 0;
  for (let p = NAMING_PARTICIPLE.exec(text); p; p = NAMING_PARTICIPLE.exec(text)) {
    const verb = p[1];
    const verbAt = p.index + p[0].lastIndexOf(verb);
    const contentStart = p.index + p[0].length;
    const rest = text.slice(contentStart);
    if (PHRASAL_PARTICLE.test(rest) || callsForPurpose(rest)) continue;
    const content = rest.slice(0, clauseEnd(rest));
    // A name with nothing said about it is no stance; nor the whole of a quotation (the direct quote's).
    if (!enoughWords(content, true) || isWholeQuote(content) || LIST_OPENED.test(clauseTail(text.slice(0, p.index)))) continue;
    const speaker = participleSubject(text, text.slice(0, verbAt), verb, s, mentions, roles);
    // "calling the unrest a coup attempt and saying it would …": a coordinated participle is the next act, not the name.
    const next = NEXT_PARTICIPLE.exec(content);
    if (speaker) out.push({ rule: 'clause.naming-participle', kind: 'stance', cueAt: verbAt, contentStart, end: next ? contentStart + next.index : undefined, cue: verb, speaker, stance: true });
  }
  return out;
}
