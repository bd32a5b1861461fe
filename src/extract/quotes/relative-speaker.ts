// Quotes: a verb of saying inside a relative clause — "an ICBM that experts said was capable of …", "Monica Witt, who
// officials say worked for …", "the deal, which critics say does not do enough" — has the noun phrase after the relative
// pronoun as its speaker, not the noun the clause is about: an unnamed source's words are "experts", "officials",
// "critics". (A relative clause with a verb of its own, "the official who spoke to the AP", names its head: it stays.)
import type { Quote } from '../types.js';

/** The relative pronoun and a short noun phrase after it ending an unnamed source's words: "an ICBM that experts",
 * "who US officials", "in which authorities". Anchored at the end, one word run bounded to five: linear. */
export const RELATIVE_SPEAKER = /(?:^|[\s,—–-])(?:which|who|whom|that)\s+((?:[\p{L}.’'-]+\s+){0,4}[\p{L}.’'-]+)$/u;
/** A verb or a word that is no noun phrase's: then the clause has a verb of its own and its head speaks. */
const NOT_NOUN_PHRASE = /(?:^|\s)(?:\p{Ll}+ed|is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|should|may|might|must|not|spoke|speaks|met|meets|heard|hears|knew|know|knows|read|reads|seen|live|lives|work|works|run|runs|ran|lead|leads|led|serve|serves|saw|see|sees|said|say|says|told|tell|tells|wrote|write|writes|took|take|takes|made|make|makes|got|get|gets|went|go|goes|came|come|comes|gave|give|gives|left|own|owns|oversees|oversee|heads|represents|represent|monitors|monitor|favors|favor|hold|holds|held|chairs|covers|cover|teaches|teach|want|wants|believe|believes|think|thinks|remain|remains|sits|sit|sat|according|to|of|in|on|at|for|with|from|by|as|about|also|now|then|he|she|it|they|we|I|you|him|her|them)(?=\s|$)/u;

/**
 * Every quote of an unnamed source whose words end with a relative pronoun and a bare noun phrase takes that noun phrase
 * as its words ("an ICBM that experts" → "experts"); `quotes` are the quotes after every other speaker step.
 */
export function relativeClauseSpeakers(quotes: readonly Quote[], body: string): void {
  for (const q of quotes) {
    if (q.speakerId || !q.speakerText || !q.speakerSpan || body.slice(q.speakerSpan.start, q.speakerSpan.end) !== q.speakerText) continue;
    const m = RELATIVE_SPEAKER.exec(q.speakerText);
    if (!m || NOT_NOUN_PHRASE.test(m[1])) continue;
    const at = q.speakerText.length - m[1].length;
    q.speakerSpan = { start: q.speakerSpan.start + at, end: q.speakerSpan.start + q.speakerText.length };
    q.speakerText = m[1];
    // (Whom the clause's noun belongs to is no one the new source speaks for.)
    delete q.onBehalfOf;
  }
}
