// Quotes: the typed candidate every attribution rule produces, and the one arbitration step that decides among them.
import type { Quote } from '../types.js';
import type { SpeakerRef } from './speakers.js';
import { ATTRIBUTION_RULES, type RuleId } from './rules.js';

/** One rule's reading of one attribution: the quote it would give, the words naming its speaker, and why it stands. */
export interface Candidate {
  rule: RuleId;
  quote: Quote;
  speaker: SpeakerRef | null;
  /** A that-clause may sit inside another report ("Trump said Clinton acknowledged that …" reports both). */
  nestable?: boolean;
  /** A quotation continuing an earlier one: its speaker, once that one's pronoun is resolved. */
  continues?: Quote;
  /** What arbitration decided, for `newsgraph extract --explain`. */
  decision?: string;
}

const overlaps = (a: Quote, b: Quote) => a.start < b.end && a.end > b.start;
const sameSentence = (a: Quote, b: Quote) => a.sentence?.start === b.sentence?.start;

/** The admitted candidate this one gives way to under its rule's `yieldsTo`, if any. */
function yieldsTo(c: Candidate, admitted: readonly Candidate[]): Candidate | undefined {
  const q = c.quote;
  const spanTaken = admitted.find((a) => a.quote.start === q.start && a.quote.end === q.end);
  if (spanTaken) return spanTaken;
  const here = admitted.filter((a) => !a.quote.direct && sameSentence(a.quote, q));
  switch (ATTRIBUTION_RULES[c.rule].yieldsTo) {
    case 'never':
      return undefined;
    case 'report-in-sentence':
      return here[0];
    case 'report-opening-sentence': {
      const latest = here.reduce<Candidate | undefined>((l, a) => (!l || a.quote.start >= l.quote.start ? a : l), undefined);
      return latest && latest.quote.start <= (q.sentence?.start ?? 0) + 12 ? latest : undefined;
    }
    case 'inside-report':
      return here.find((a) => a.quote.start <= q.start && a.quote.end >= q.end);
    case 'overlap':
      return here.find((a) => overlaps(a.quote, q) && !(c.nestable && a.quote.start < q.start && a.quote.end >= q.end));
    case 'report-at-start':
      return here.find((a) => a.quote.start <= q.start && a.quote.end > q.start);
  }
}

/**
 * The arbitration step: candidates in rank order (a tie keeps the order the rules found them, which is text order
 * within a rule), each admitted unless its rule gives way to one admitted before it. The same words are never two
 * quotes, so a direct quote's frames — all over the same words — leave one: the best-ranked. Each admitted candidate
 * records why it stands.
 */
export function arbitrate(candidates: readonly Candidate[]): Candidate[] {
  const ordered = candidates.map((c, i) => ({ c, i })).sort((a, b) => ATTRIBUTION_RULES[a.c.rule].rank - ATTRIBUTION_RULES[b.c.rule].rank || a.i - b.i);
  const admitted: Candidate[] = [];
  for (const { c } of ordered) {
    const winner = yieldsTo(c, admitted);
    if (winner) {
      winner.decision = `${winner.decision ?? ''}; over ${c.rule}`;
      continue;
    }
    c.decision = `rank ${ATTRIBUTION_RULES[c.rule].rank}, ${ATTRIBUTION_RULES[c.rule].yieldsTo === 'never' ? 'stands beside any other' : `gives way on ${ATTRIBUTION_RULES[c.rule].yieldsTo}: none`}`;
    admitted.push(c);
  }
  return admitted;
}
