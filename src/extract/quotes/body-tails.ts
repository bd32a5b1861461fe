// Quotes: a body or a document closing a reported clause with the cue first — "…, said the interior ministry.",
// "…, reports the state-run Tass news agency.", "…, said North Korea’s official news agency, KCNA.", "…, says a Pentagon
// statement." — the orders reported.inverted does not read (a lower-case or hyphenated modifier, a possessor before the
// head). The body speaks: the name in apposition after the phrase, else the body named inside it, else the phrase's
// words stand, unnamed (a country owning the head is no speaker: "China's state news agency" is the agency's).
import type { Candidate } from './arbitrate.js';
import type { MentionRef, SpeakerRef } from './speakers.js';
import type { SentenceContext } from './reported.js';
import { readTail } from './unnamed-tails.js';
import { opensWithAttribution } from './reported.js';

/** Heads of a body or a document that speaks. */
const BODY_HEAD = '(?:news\\s+agency|agency|ministry|broadcaster|television|newspaper|statement|communiqu[eé]|military|army|government|office|department)';
/** A determiner, or a capitalised possessor ("North Korea’s", "the country's"), then up to four modifiers and the head. */
const BODY_PHRASE = `(?:(?:the|a|an)\\s+|(?:the\\s+\\p{Ll}[\\p{L}-]*|\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,2})[’']s\\s+)(?:[\\p{L}.’'-]+\\s+){0,4}?${BODY_HEAD}`;
/** A name in apposition after the phrase: capitalised words only. */
const APPOSED_NAME = '[\\p{Lu}][\\p{L}\\p{M}.’\'&-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{M}.’\'&-]*){0,4}';
/** "…, said the interior ministry." / "…, reports China's Xinhua news agency." / "…, said North Korea’s official news agency, KCNA." */
export const BODY_TAIL = new RegExp(`,\\s+(said|says|added|reported|reports|announced|stated)\\s+(${BODY_PHRASE})(?:,\\s+(${APPOSED_NAME}))?(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today))?\\s*[.!?]?$`, 'u');

/** Right after an inverted cue, the body phrase ending the sentence: no clause of the cue (speechCues skips it). */
export const BODY_AFTER_CUE = new RegExp(`^${BODY_PHRASE}(?:,\\s+${APPOSED_NAME})?(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today))?\\s*[.!?]?$`, 'u');

/** A verb of saying inside the content: a report of its own the body passed on. */
const INNER_REPORT = /\b(?:said|says|told|tells|stated|announced|claimed|insisted|added)\b/;

/** How much of a sentence's end the tail is looked for in. */
const TAIL_WINDOW = 200;

/** reported.inverted-body: the content before the comma is the body's. */
export function invertedBody({ text, s, mentions }: SentenceContext): Candidate[] {
  const read = readTail(text, BODY_TAIL, TAIL_WINDOW);
  if (!read) return [];
  const { tail, tailAt, content } = read;
  // "Iran said that …, reported the MEHR News agency": a clause headed by its own speaker and verb is that speaker's;
  // the body after it only relayed it (as reported.inverted reads it).
  // (A country or a body heading it too, or any report inside: "Iran rejected the claim and said that …".)
  if (opensWithAttribution(content, s, mentions) || INNER_REPORT.test(content)) return [];
  const phraseAt = s.start + tailAt + tail[0].indexOf(tail[2], tail[1].length);
  const phraseEnd = phraseAt + tail[2].length;
  const bodyIn = (from: number, to: number) => mentions.find((m: MentionRef) => m.start >= from && m.end <= to && m.type === 'Organization');
  let speaker: SpeakerRef = { start: phraseAt, end: phraseEnd, entityId: null };
  if (tail[3]) {
    // The name after the comma is the body's own ("…, KCNA."): a person or a place there is no speaker of the body's words.
    const nameAt = s.start + tailAt + tail[0].lastIndexOf(tail[3]);
    const named = bodyIn(nameAt, nameAt + tail[3].length);
    if (!named) return [];
    speaker = { start: named.start, end: named.end, entityId: named.entityId };
  } else {
    const named = bodyIn(phraseAt, phraseEnd);
    if (named) speaker = { start: named.start, end: named.end, entityId: named.entityId };
  }
  return [{
    rule: 'reported.inverted-body',
    quote: { speakerId: speaker.entityId, text: content, direct: false, start: s.start, end: s.start + content.length, cue: tail[1].toLowerCase(), sentence: { start: s.start, end: s.end } },
    speaker,
  }];
}
