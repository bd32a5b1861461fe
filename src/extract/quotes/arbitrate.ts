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
  /** Where the report's subject begins when it stands before the attribution ("The remainder, she has said, were …",
   * "a move that officials believe is …"): the words from there on are the quote once no other quote holds them. */
  subjectFrom?: number;
}

const overlaps = (a: Quote, b: Quote) => a.start < b.end && a.end > b.start;
const sameSentence = (a: Quote, b: Quote) => a.sentence?.start === b.sentence?.start;

/** A report whose attribution and words both lie inside a that-clause's content, in an adverbial clause of its own
 * ("clarified that the president was referring to Syria when he said there was no strategy yet"): nested in it, no rival
 * reading of it. (A relative clause's report, "emails that he says show …", is left to the old order: the readings
 * around those are mostly an object's, an act's or a topic's.) */
const reportInside = (a: Candidate, q: Quote) => !!a.speaker && a.speaker.start > q.start && a.quote.end <= q.end && CLAUSE_OPENS.test(q.text.slice(0, a.speaker.start - q.start));
/** A subordinator: the words after it are an adverbial clause inside the content (not the content's own object, "cited
 * Sergey Lavrov as saying …"). */
const CLAUSE_OPENS = /(?:^|\s)(?:when|whenever|after|before|while|because|since|until|once|although|though|whereas)\s/;

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
      return here.find((a) => overlaps(a.quote, q) && !(c.nestable && a.quote.start < q.start && a.quote.end >= q.end) && !(c.rule === 'clause.that' && reportInside(a, q)));
    case 'report-at-start':
      return here.find((a) => a.quote.start <= q.start && a.quote.end > q.start);
  }
}

/** What may stand before a clause's own attribution at its opening: a sentence adverb or a coordinator ("However, Ryabkov says …"). */
const CLAUSE_OPENER = /^(?:(?:however|but|and|still|yet|meanwhile|now|instead|also|that),?\s+)?$/i;
/** Verbs of saying and of holding a view that take a clause: the attributions a relayed clause opens with. */
const RELAYED_CUE = /^(?:say|says|said|tell|tells|told|add|adds|added|note|notes|noted|maintain|maintains|maintained|insist|insists|insisted|claim|claims|claimed|contend|contends|contended|argue|argues|argued|believe|believes|believed|acknowledge|acknowledges|acknowledged|warn|warns|warned|report|reports|reported|state|states|stated|announce|announces|announced|confirm|confirms|confirmed|deny|denies|denied|allege|alleges|alleged|assert|asserts|asserted)$/;
/** A clause opening with its finite verb: its subject stood before the cue. */
const SUBJECTLESS = /^(?:is|are|was|were|has|have|had|do|does|did|will|would|can|could|should|may|might|must)(?:n[’']t)?\b/;
/** A finite verb within a clause's first words, before any relative pronoun: the inner report puts a clause forward, not
 * an object ("announced a plan that would remove her" names a plan). */
const FINITE_SOON = /^(?:(?!(?:that|which|who|whom|whose)\s)[^\s,;:]+\s+){0,8}?[“"]?(?:is|are|was|were|will|would|could|can|should|shall|has|have|had|did|does|do|may|might|must|\p{Ll}+ed)\b/u;
/** Between an attribution's subject and its clause: its cue, after an auxiliary or an adverb at most — no punctuation. */
const SUBJECT_TO_CLAUSE = /^\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)(?:\s+(?:that|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}))?\s*$/u;

/**
 * A report whose clause opens with another admitted report's attribution — its subject, a speech verb and that one's
 * clause ("Flintoff says Russian officials maintain that Z", "Ryabkov says Z …, Corey says") — only relays it: Z is the
 * inner speaker's, and the outer content would hold a second attribution. The inner report stands, the outer gives way.
 * (A pronoun subject is most often the outer speaker again, "Trump said he believes …": both stand; `mayRelay` says
 * which inner reports another may relay at all — none by default.)
 */
function relayedBy(outer: Candidate, admitted: readonly Candidate[], mayRelay: (inner: Candidate) => boolean): Candidate | undefined {
  const q = outer.quote;
  if (q.direct) return undefined;
  return admitted.find((inner) => {
    const i = inner.quote;
    const sp = inner.speaker;
    if (inner === outer || i.direct || !sp || sp.pronoun || !sameSentence(i, q) || (sp.entityId && sp.entityId === q.speakerId)) return false;
    if (sp.start < q.start || i.start < sp.end || i.end > q.end || !i.cue) return false;
    if (!CLAUSE_OPENER.test(q.text.slice(0, sp.start - q.start))) return false;
    // A possessive before the cue or a clause with no subject after it: the cue was a participle ("The government’s
    // confirmed death toll was …", "The plans announced Thursday do not go far enough"), no attribution.
    if (/['’]s$/.test(q.text.slice(sp.start - q.start, sp.end - q.start)) || SUBJECTLESS.test(i.text)) return false;
    const gap = SUBJECT_TO_CLAUSE.exec(q.text.slice(sp.end - q.start, i.start - q.start));
    // (A clause, not an object: "wrote that Trump had claimed a loss of $916 million" reports a filing, no claim.)
    return !!gap && gap[1] === i.cue.split(' ').pop() && RELAYED_CUE.test(gap[1]) && (/\sthat\s*$/.test(gap[0]) || FINITE_SOON.test(i.text)) && mayRelay(inner);
  });
}

/**
 * The arbitration step: candidates in rank order (a tie keeps the order the rules found them, which is text order
 * within a rule), each admitted unless its rule gives way to one admitted before it. The same words are never two
 * quotes, so a direct quote's frames — all over the same words — leave one: the best-ranked. Each admitted candidate
 * records why it stands.
 */
export function arbitrate(candidates: readonly Candidate[], mayRelay: (inner: Candidate) => boolean = () => false): Candidate[] {
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
  // A report relaying another that opens its clause gives way to it (relayedBy).
  return admitted.filter((c) => {
    const inner = relayedBy(c, admitted, mayRelay);
    if (inner) inner.decision = `${inner.decision ?? ''}; over ${c.rule} (which only relays it)`;
    return !inner;
  });
}
