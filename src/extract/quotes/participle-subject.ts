// Quotes: whose a participle's quote is ("…, adding, “…”") when a clause attributing words stands right before it — that
// clause's subject, never a name inside the words it attributes. Exists for: "A State Department spokesman said Kerry
// shared Biden's “grave concerns,” adding, “…”" (the spokesman's, not Kerry's) / "Trump told reporters, “…,” adding: “…”".
import type { Quote } from '../types.js';
import type { Sentence } from '../segment.js';
import type { SpeakerRef } from './speakers.js';
import type { Reported } from './reported.js';
import { SPEECH_VERBS } from '../lexicon/speech.js';

/** At most a few title words before a subject heading reported words ("Secretary of State ", "the "). Bounded: linear. */
const HEAD_WORDS = /^(?:(?:\p{Lu}[\p{L}.’'-]{0,30}|the|former|then)\s+){0,5}$/u;

/** Only closing marks, commas and spaces between an attribution's end and the participle. */
const JOINS_PARTICIPLE = /^[\s,”"’]*$/;

/**
 * The speaker of a participle opened at `at` ("adding", "saying"): a participial adjunct takes the subject of the clause
 * it hangs on. When that clause attributes words — a report of the sentence whose words (or whose inverted attribution,
 * "…, said Mr. Safavi, adding …") end right before the participle, or the quote just closed in the sentence by its own
 * frame — and `read` (the speaker the sentence's subject rules found) is a name inside those words, the attribution's
 * speaker speaks instead; otherwise `read` stands.
 */
export function participleOfClauseBefore(read: SpeakerRef | null, at: number, sentence: Sentence, body: string, reported: readonly Reported[], prev: { quote: Quote; speaker: SpeakerRef | null } | null): SpeakerRef | null {
  const inside = (from: number, to: number) => read !== null && read.start >= from && read.end <= to;
  for (let k = reported.length - 1; k >= 0; k--) {
    const { quote, speaker } = reported[k];
    if (quote.start >= at) continue;
    if (quote.start < sentence.start) break;
    if (!speaker || speaker.end <= speaker.start || speaker.start < sentence.start) continue;
    // The speaker outside the words, before the participle: the subject before them, or an inverted attribution right
    // after them, its cue and at most two words more (", said Mr. Safavi,"; not ", complaining about his adviser Flynn,").
    if (speaker.start < quote.end && speaker.end > quote.start) continue;
    if (speaker.start >= quote.end && !invertedCue(body.slice(quote.end, speaker.start), quote.cue)) continue;
    const end = Math.max(quote.end, speaker.end);
    if (end > at || !JOINS_PARTICIPLE.test(body.slice(end, at))) continue;
    // A relaying outlet's report ("JTBC reported that the boy dialed …, telling …", "The Guardian reports that Fox called
    // for …, writing …") and a subject heading the words ("Witnesses said he went from person to person, asking …"):
    // the participle goes on with the reported act, its subject's.
    if (/^report/i.test(quote.cue ?? '') || /^\s*(?:he|she|they)\s/i.test(quote.text)) return read;
    if (read !== null && HEAD_WORDS.test(body.slice(quote.start, read.start)) && !/^[’']s\b/.test(body.slice(read.end, read.end + 3))) return read;
    if (read === null || inside(quote.start, quote.end)) return speaker;
    return read;
  }
  // "NAME told reporters, “…,” adding: “…”": the quote just closed, framed by its speaker before it.
  if (prev?.speaker && prev.speaker.end <= prev.quote.start && prev.speaker.start >= sentence.start && JOINS_PARTICIPLE.test(body.slice(prev.quote.end, at))) {
    if (read === null || inside(prev.quote.start, prev.quote.end) || (read.start > prev.speaker.end && read.end <= prev.quote.start)) return prev.speaker;
  }
  return read;
}

/** The words between reported words and their speaker after them: the report's cue, a finite verb of saying, and at most two words more. */
function invertedCue(between: string, cue: string | null | undefined): boolean {
  const words = between.replace(/[,”"’]/g, ' ').trim().split(/\s+/).filter(Boolean);
  return !!cue && !/ing$/i.test(cue) && SPEECH_VERBS.has(cue.toLowerCase()) && words.length <= 3 && words.some((w) => w.toLowerCase() === cue.toLowerCase());
}
