// Quotes: a block introduced by a colon — a paragraph whose last sentence is an attribution ending in ":" ("The
// Associated Press reports:", "In a statement Sunday, Attorney General William Barr said:", "Pressed on the deal, he
// said:", "…, as The New York Times reports:", "Here's what he told Holt:") introduces the paragraph after it as the
// named source's words, verbatim, whether or not quotation marks enclose it (web pages lose their blockquote markup).
// The colon makes the frame: English puts a colon after a speech verb only to introduce the words spoken.
import type { Quote } from '../types.js';
import { SPEECH_VERBS } from '../lexicon/speech.js';
import { commonNounSubject } from './common-subject.js';
import { subjectBefore, type MentionRef, type SpeakerRef } from './speakers.js';
import type { Candidate } from './arbitrate.js';

/** The frame's end: the last words before the colon that ends the paragraph ("… he told Holt:", "… reports that:").
 * Anchored at the end, bounded runs: linear. The speech verb is the rightmost of them (colonFrame) not after a
 * determiner or a number ("a July 12 note" is a noun). */
export const COLON_FRAME = /((?:[\p{L}\d.’'-]+\s+){0,9}[\p{L}\d.’'-]+)\s*:\s*$/u;
/** Verbs of writing and reporting that introduce a block but are no speech verbs of the lexicon. */
const BLOCK_VERBS = new Set(['reports', 'reported', 'writes', 'wrote', 'continued', 'continues', 'posted', 'concluded', 'concludes']);
/** After the verb: a listener ("told Holt", "told reporters") or an adjunct ("said in a statement"). */
const LISTENER_VERB = /^(?:told|tells|tell|wrote|writes|asked|asks|assured|warned)$/;
const ADJUNCT_AFTER = /^\s+(?:in|on|at|during|after|before)\b/;
/** Verbs of saying whose object may point at the words to come ("explained the situation further:", "noted this telling
 * anecdote:"): the colon hands over to them. (Not "announced his candidacy:": what follows is the writer's account.) */
const POINTING_VERB = /^(?:explain|explains|explained|describe|describes|described|recount|recounts|recounted|note|notes|noted|add|adds|added|summed|summarized|summarised|put|puts)$/;
/** A short noun phrase with a determiner ("the situation further", "this telling anecdote", "it this way"). Bounded: linear. */
const POINTER_OBJECT = /^\s+(?:(?:the|this|that|these|those|his|her|their|its)\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+|it)(?:\s+(?:further|again|also|thus|this\s+way|so|too|briefly|simply|succinctly|bluntly))?$/u;
/** Verbs of issuing a text, cues before a colon only with a statement for object ("released the following statement:"). */
const ISSUING_VERBS = new Set(['released', 'releases', 'issued', 'issues', 'sent', 'sends', 'posted', 'posts', 'published', 'publishes']);
/** The object pointing at the words to come: "this", "the following", "this message", "the following statement",
 * "a brief statement" — with a time or a platform after it ("this update late Tuesday", "this message on Twitter").
 * Bounded runs: linear. */
const STATEMENT_OBJECT = /^\s+(?:this|the\s+following|as\s+follows|(?:this|these|the\s+following|a|the|his|her|its|their)\s+(?:(?:brief|short|new|written|joint|lengthy|further|official)\s+)?(?:statement|message|update|alert|note|letter|tweet|post|warning|response|remarks|words))(?:\s+(?:on|to)\s+(?:Twitter|Facebook|Instagram|social\s+media))?(?:\s+(?:late|early|on|this|last))?(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|week|today|yesterday|tonight))?$/;
/** A time after the cue: "tweeted this week:", "wrote Tuesday:", "said late Monday:". */
const TIME_AFTER = /^\s+(?:(?:late|early|on|this|last)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|week|today|yesterday|tonight)(?:\s+(?:morning|afternoon|evening|night))?$/;
/** A finite verb in the words after the cue: a clause of its own ("says at least one shooter is still on the loose:"), no adjunct. */
const FINITE_AFTER = /\s(?:is|are|was|were|has|have|had|will|would|can|could)\b/;
/** The words opening the subject clause that are no part of the subject ("Here's what he", "As Politico", "but Trump"). */
const SUBJECT_LEAD = /^(?:(?:here|this|that)(?:[’']s|\s+is)\s+what\s+|(?:and|but|so|yet|as|while)\s+)+/i;
/** A paragraph that is no quoted block: a list item, a heading, a caption or another introduction. */
const NOT_A_BLOCK = /^(?:[•*·–—-]|\d+[.)]\s|\(?[a-z]\)\s|Advertisement\b|Read more\b|Related\b|Watch\b|Click\b)/i;
/** A quoted block has at least this many words (a shorter line after a colon is a heading or a list entry). */
const MIN_BLOCK_WORDS = 8;

export interface ColonFrame {
  speaker: SpeakerRef;
  cue: string;
}

/**
 * The speaker of the attribution ending at `colonAt` (the colon closing a paragraph), read from that paragraph's last
 * sentence as a subject before its cue is; null when the sentence is no attribution (no speech verb before the colon,
 * a list's "include:", no subject).
 */
export function colonFrame(body: string, colonAt: number, mentions: MentionRef[], roles: Map<string, string>): ColonFrame | null {
  const lineStart = body.lastIndexOf('\n', colonAt) + 1;
  // The last sentence of the paragraph: after the last stop followed by a space (no abbreviation's: a capital before it).
  let from = lineStart;
  const head = body.slice(lineStart, colonAt + 1);
  for (const stop of head.matchAll(/[.!?][”"’]?\s+(?=[“"]?\p{Lu})/gu)) if (!/(?:^|\s)(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|St|U\.S)$/u.test(head.slice(Math.max(0, stop.index - 4), stop.index))) from = lineStart + stop.index + stop[0].length;
  const frame = body.slice(from, colonAt + 1);
  if (frame.length > 300 || /[“”"]/.test(frame)) return null;
  const m = COLON_FRAME.exec(frame);
  if (!m) return null;
  // The rightmost speech verb among the last words; only a listener or an adjunct after it ("told Holt", "said in a
  // statement"), and "that" ("writes that:").
  const words = [...m[1].matchAll(/\S+/g)];
  let k = words.length - 1;
  if (words[k]?.[0] === 'that') k--;
  const last = k;
  // (A word after a determiner or a number is a noun: "in a July 12 note to delegations" — read on leftwards.)
  const wordsAfter = (i: number) => (i < last ? ` ${words.slice(i + 1, last + 1).map((w) => w[0]).join(' ')}` : '');
  // (A verb of issuing is a cue when its object is a statement: "released the following statement:", "sent this update:".)
  const isCue = (i: number) => (SPEECH_VERBS.has(words[i][0]) || BLOCK_VERBS.has(words[i][0]) || (ISSUING_VERBS.has(words[i][0]) && STATEMENT_OBJECT.test(wordsAfter(i)))) && !(i > 0 && /^(?:a|an|the|his|her|its|their|our|this|that|\d+)$/i.test(words[i - 1][0]));
  while (k >= 0 && !isCue(k)) k--;
  if (k < 0) return null;
  const verb = words[k][0];
  // A question's verb introduces the question, and what follows a colon after it is seldom the words asked.
  if (/^(?:ask|asks|asked|asking|wonder|wonders|wondered)$/.test(verb)) return null;
  const tail = wordsAfter(k);
  const announced = STATEMENT_OBJECT.test(tail) || TIME_AFTER.test(tail);
  if (tail && ((!LISTENER_VERB.test(verb) && !ADJUNCT_AFTER.test(tail) && !(POINTING_VERB.test(verb) && POINTER_OBJECT.test(tail)) && !announced) || FINITE_AFTER.test(tail) || tail.trim().split(/\s+/).length > 8 || /^continu/.test(verb))) return null;
  const verbAt = m.index + words[k].index!;
  let before = frame.slice(0, verbAt).replace(/\s+$/, '');
  let offset = from;
  // An attribution after a main clause ("…, as The New York Times reports:", "…, the Washington Post reports:"): the
  // subject is the last segment; an appositive closed before the verb ("Hookem, the party's spokesman, said") is kept.
  if (!before.endsWith(',')) {
    const comma = before.lastIndexOf(', ');
    if (comma >= 0) {
      offset += comma + 2;
      before = before.slice(comma + 2);
    }
  }
  const lead = SUBJECT_LEAD.exec(before)?.[0].length ?? 0;
  offset += lead;
  before = before.slice(lead);
  // A subject is a short noun phrase: a clause ("Options include") or a question is none.
  if (!before || before.split(/\s+/).length > 12 || /^(?:it|this|that|there|which|what|who|you|we|I|they)$/i.test(before)) return null;
  const phrase = `${before} `;
  const speaker = subjectBefore(phrase, offset, mentions, roles) ?? commonNounSubject(phrase, offset, mentions);
  return speaker ? { speaker, cue: verb } : null;
}

/**
 * direct.colon-block for blocks without quotation marks (flagged direct: false): each paragraph that follows a colon-closed attribution
 * paragraph and is long enough to be a passage, not a list item or a heading, is a direct quote of the frame's speaker.
 * (A block in quotation marks is direct.ts's: it frames the quotation with colonFrame.)
 */
export function findColonBlocks(body: string, mentions: MentionRef[], roles: Map<string, string>): Candidate[] {
  const out: Candidate[] = [];
  for (const end of body.matchAll(/:[ \t]*\n\s*/g)) {
    const colonAt = end.index;
    const start = colonAt + end[0].length;
    if (start >= body.length || /[“"'‘«]/.test(body[start]) || body.startsWith("''", start)) continue;
    const nl = body.indexOf('\n', start);
    const stop = nl < 0 ? body.length : nl;
    const text = body.slice(start, stop).trimEnd();
    if (NOT_A_BLOCK.test(text) || /:$/.test(text) || text.split(/\s+/).length < MIN_BLOCK_WORDS || !/[.!?…”"]$/.test(text)) continue;
    const framed = colonFrame(body, colonAt, mentions, roles);
    if (!framed) continue;
    const { speaker } = framed;
    // Without quotation marks the passage is flagged as reported (direct: false), as PolNeAR's annotators flag it:
    // `direct` means marked as verbatim.
    const quote: Quote = { speakerId: speaker.entityId, text, direct: false, start, end: start + text.length, cue: framed.cue, sentence: { start, end: start + text.length } };
    quote.speakerSpan = { start: speaker.start, end: speaker.end };
    // An unnamed source keeps its words (contract v2 speakerText) and the body it speaks for.
    if (!speaker.entityId && !speaker.pronoun) {
      quote.speakerText = body.slice(speaker.start, speaker.end).trim();
      if (speaker.onBehalfOf) quote.onBehalfOf = speaker.onBehalfOf;
    }
    out.push({ rule: 'direct.colon-block', quote, speaker });
  }
  return out;
}
