// Quotes: a report inside someone's quoted words whose subject is a name opening a sentence or a main clause of the
// quotation — "“Trump said it was good news for the world …,” Blue House spokesman Kim Eui-kyeom told a briefing", "“Moon
// told Trump that the summit went well”" — is that named speaker's attribution of its own (a report inside a report, as
// PolNeAR and a careful reader list it), beside the quote carrying it. A pronoun, "I"/"we", a name inside a subordinate
// clause ("if Trump said …") or the quoted speaker's own name stay the quoted speaker's wording (quotes.ts
// clausesInsideQuotations).
import type { MentionRef } from './speakers.js';
import { firstFrom } from './speakers.js';

/** What stands right before the nested report's subject (spaces trimmed): an opening quotation mark, a sentence's end
 * (after a word of two lower-case letters, a digit or a closing mark — not a title's abbreviation, "Mr. Trump"), an
 * ellipsis, or a comma and a conjunction opening a coordinated main clause ("…, and Kim said …"). Anchored at the end,
 * no repetition but one bounded run of spaces: linear. */
export const NESTED_SUBJECT_BEFORE = /(?:^|(?:^|[\s(—–])["“«]|“|(?:\p{Ll}{2}|\d|[”"’')])[.!?]|\.\.\.|…|(?:\.\.\.|…|[,;])\s+(?:and|but))$/u;
/** Capitalised words of a title or the name between that point and the cue ("President Trump said"); not a subordinator
 * or an article ("If Congress believes", "As Obama said", "A State Department spokesperson"). */
const TITLE_OR_NAME_WORD = /^([“"«(]?)(\p{Lu}[\p{L}.’'-]*)$/u;
const NOT_TITLE_WORD = /^(?:If|As|While|When|Whether|Either|Unless|Because|Although|Though|After|Before|Since|Until|Once|Even|And|But|So|Or|Nor|What|How|Why|Where|Who|That|This|A|An|Only|Not|No|Let|Like|Unlike)$/;
/** The cues a nested report is read with: plain verbs of saying, reporting and believing (no noun-like "signals",
 * "predicts" or aims). */
const NESTED_CUE = /^(?:said|says|told|tells|believes|believed|reported|reports|claimed|claims|stressed|insisted|insists|added|announced|confirmed|denied|warned|argued|argues|wrote|writes|noted|urged|asked|acknowledged|admitted|explained|promised|vowed|agreed|declared|tweeted)$/;
/** Between the subject and the cue: a space, or one adverb ("also", "initially", "then"). */
const BETWEEN_SUBJECT_AND_CUE = /^\s+(?:(?:also|then|later|again|once|\p{Ll}+ly)\s+)?$/u;
/** A name, a body or a country can be a nested report's subject; a place or a time cannot. */
const SPEAKING_TYPES: ReadonlySet<MentionRef['type']> = new Set(['Person', 'Organization', 'Country']);

/**
 * The named mention subjecting a cue at `cueAt` (body offsets) from the start of a quoted sentence or a coordinated main
 * clause, if one does; `from` is where the words read may begin (the sentence's start).
 */
export function namedSubjectOpening(body: string, cueAt: number, mentions: readonly MentionRef[], from: number): MentionRef | null {
  let subject: MentionRef | null = null;
  // The mention ending last before the cue (mentions are sorted by start; a few before the cue are read).
  for (let i = firstFrom(mentions, cueAt) - 1; i >= 0 && mentions[i].start >= cueAt - 200; i--) {
    if (mentions[i].end <= cueAt && (!subject || mentions[i].end > subject.end)) subject = mentions[i];
  }
  if (!subject || subject.start < from || !SPEAKING_TYPES.has(subject.type)) return null;
  if (!BETWEEN_SUBJECT_AND_CUE.test(body.slice(subject.end, cueAt))) return null;
  return opensClause(body, subject.start, subject.end, from) ? subject : null;
}

/** Whether the subject at `start`–`end` opens a sentence or a coordinated main clause: up to six capitalised words of a
 * title and the name, then NESTED_SUBJECT_BEFORE, read from `from`. */
function opensClause(body: string, start: number, end: number, from: number): boolean {
  // (Read from a mid-sentence point, "^" is no sentence start.)
  const lead = Math.max(from, start - 60);
  let before = `${lead > from ? '\u0000' : ''}${body.slice(lead, end)}`.trimEnd();
  let n = 0;
  for (; n < 6; n++) {
    const space = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n'), before.lastIndexOf('\u00a0'));
    // (An opening mark glued to the first word stays: "“Trump said".)
    const word = TITLE_OR_NAME_WORD.exec(before.slice(space + 1));
    if (!word || NOT_TITLE_WORD.test(word[2])) break;
    before = before.slice(0, space + 1 + word[1].length).trimEnd();
    if (space < 0 || word[1]) break;
  }
  // (A longer run of capitalised words is no title and name read whole.)
  return n < 6 && NESTED_SUBJECT_BEFORE.test(before);
}

/** An object pronoun opening the words read as a clause ("said it with his own words", "told us a lot of what …"): no
 * clause was reported; "it" as a subject keeps its verb. */
const OBJECT_PRONOUN_OPENING = /^(?:us|me|him|them|it(?!\s+(?:is|was|will|would|has|had|could|should|can|must|may|might|does|did)\b))\b/;

/** A cue right after a subject ending at `end`: a space or one adverb before it. */
const CUE_AFTER_SUBJECT = /^\s+(?:(?:also|then|later|again|once|\p{Ll}+ly)\s+)?(\p{Ll}+)/u;

/**
 * Whether a report found inside a quotation is a nested report of its own: its speaker a name or a body (no pronoun),
 * opening a sentence or a coordinated main clause, right before a plain cue (not negated), and someone other than the
 * quoted speaker.
 */
export function isNestedReport(speaker: { start: number; end: number; entityId: string | null; pronoun?: string } | null, cue: string | null | undefined, content: string, speakerId: string | null, quotedSpeakerId: string | null, body: string, from: number): boolean {
  if (!speaker?.entityId || speaker.pronoun || !speakerId || speakerId === quotedSpeakerId || !cue || !NESTED_CUE.test(cue)) return false;
  const verb = CUE_AFTER_SUBJECT.exec(body.slice(speaker.end, speaker.end + 40));
  return !!verb && verb[1] === cue && !OBJECT_PRONOUN_OPENING.test(content) && opensClause(body, speaker.start, speaker.end, from);
}

/** Where the quoted speaker's own voice comes back after a nested report: a dash or an ellipsis, a semicolon, or a
 * comma before "but" and a subject, a first- or second-person subject or a reply ("Theresa May said Brexit means Brexit, we're going to
 * hold her to that"; "he said this would stop — it didn't"; "…, and no, ISIS is not gone"; "… and we're way past the
 * halfway point"). Not anchored; each
 * alternative is a fixed word or mark after a fixed lead: linear. */
const QUOTED_VOICE_RETURNS = /\s[—–]\s|\s?…|\.\.\.|;\s|,[’'”"]?\s+(?:but\s+(?:it|we|I|you|they|there)|and\s+(?:then|no|yet|we|I|you)|we|I|you|no)\b|\s+and\s+(?:then|we|I)\b/u;

/** The length of a nested report's words up to where the quoted speaker's voice returns (the whole text if it does not). */
export function nestedContentLength(text: string): number {
  const back = QUOTED_VOICE_RETURNS.exec(text);
  return back && back.index > 0 ? text.slice(0, back.index).trimEnd().length : text.length;
}
