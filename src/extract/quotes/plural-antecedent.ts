// Quotes: a "they" speaking that no step resolved is the unnamed group that spoke last, in its own or the sentence
// before ("U.S. military officials said they had received no new guidance. But they said there were no plans …"):
// a plural pronoun continuing an attribution points back to the plural source of it. Input: the attributions with
// their speakers resolved; output: speakerText (and onBehalfOf) copied from that group. No such group: unchanged.
import type { Quote } from '../types.js';
import type { Sentence } from '../segment.js';
import { sentenceAt } from './direct.js';

/** The speaker's words are the plural pronoun alone. */
export const PLURAL_PRONOUN = /^[Tt]hey$/;

/** An unnamed source in the plural: its head noun ends in -s or is a plural of its own ("police", "people"); not a
 * possessive or a singular in -ss/-us/-is ("the press", "the campus", "the analysis"). */
const PLURAL_SOURCE = /(?:[^s’'u]s|[^s]es|\bpeople|\bpolice|\bpersonnel|\bstaff|\bmedia|\bclergy)$/i;

export function resolvePluralPronouns(attributions: readonly { quote: Quote }[], body: string, sentences: readonly Sentence[]): void {
  const ordered = attributions.map((c) => c.quote).filter((q) => q.speakerSpan).sort((a, b) => a.speakerSpan!.start - b.speakerSpan!.start);
  let last: Quote | null = null;
  for (const q of ordered) {
    const span = q.speakerSpan!;
    const pronoun = q.speakerId === null && !q.speakerText && PLURAL_PRONOUN.test(body.slice(span.start, span.end));
    if (pronoun && last && last.speakerId === null && last.speakerText && PLURAL_SOURCE.test(last.speakerText.trim())) {
      // (Speaker words always stand inside a sentence: the one holding each span is found.)
      const here = sentences.indexOf(sentenceAt(sentences, span.start)!);
      const there = sentences.indexOf(sentenceAt(sentences, last.speakerSpan!.start)!);
      if (here >= 0 && there >= 0 && here - there <= 1) {
        q.speakerText = last.speakerText;
        if (last.onBehalfOf) q.onBehalfOf = last.onBehalfOf;
      }
    }
    // A quote of the same speaker's words again ("they" of one sentence read by two rules) keeps the group in view.
    if (!pronoun || q.speakerText || !last || last.speakerSpan!.start !== span.start) last = q;
  }
}
