// Quotes: an unnamed source closing a reported clause in the orders reported.inverted-unnamed does not read — the cue
// first ("…, said one of the officials.") or a relative or participle after the source ("…, one of the officials said,
// speaking on condition of anonymity", "…, said a senior official who asked not to be named"): speaker null, its words kept.
import type { Candidate } from './arbitrate.js';
import { SOURCE_DETERMINERS, SOURCE_PEOPLE, wordAlternation } from '../lexicon/sources.js';
import { balancedMarks, isWholeQuote, wordCount } from './patterns.js';
import type { MentionRef } from './speakers.js';
import type { SentenceContext } from './reported.js';

const SOURCE = `(?:(?:${wordAlternation(SOURCE_DETERMINERS)}|\\d+)\\s+)(?:[\\p{L}’'-]+\\s+){0,3}?(?:${wordAlternation(SOURCE_PEOPLE)})`;
const CUE = 'said|says|added|told\\s+(?:reporters|Reuters|AFP|CNN|[\\p{Lu}][\\p{L}.’\'-]*)|noted|explained|cautioned|warned|insisted|confirmed';
/** What may follow the source: a relative or a participle about it ("who declined to be identified", "speaking on …"), or nothing. */
const TRAIL = '(?:(?:,\\s+|\\s+)(?:who|speaking|requesting|asking|because|as\\s+is)\\b[^“”"]{0,160})?';
/** "…, said one of the officials(, who …)." / "…, one of the officials said, speaking …." — group 1 the source (either order). */
export const UNNAMED_TAIL = new RegExp(`,\\s+(?:(?:${CUE})\\s+(${SOURCE})(?!\\s+(?:of|for|at|in|from|with)\\s+[\\p{Lu}])|(${SOURCE})\\s+(?:${CUE})(?=,))${TRAIL}\\s*[.!?]?$`, 'u');

/** How much of a sentence's end the tail is looked for in: the cue, a source of a few words and a trail of at most 160 characters. */
const TAIL_WINDOW = 320;

/**
 * An attribution at a sentence's end (", said one of the officials, who …", ", said the company's chief executive, X."):
 * the tail found in the last `window` characters, and the content before it — a whole clause of four words or more,
 * not quoted words (those are a direct quote's).
 */
export function readTail(text: string, pattern: RegExp, window: number): { tail: RegExpExecArray; tailAt: number; content: string } | null {
  const from = Math.max(0, text.length - window);
  const tail = pattern.exec(text.slice(from));
  if (!tail) return null;
  const tailAt = from + tail.index;
  const content = text.slice(0, tailAt).replace(/[\s,;:—–-]+$/, '');
  if (!balancedMarks(content) || isWholeQuote(content) || /(?:[”"]|'')$/.test(content) || wordCount(content) < 4) return null;
  return { tail, tailAt, content };
}

/** reported.inverted-unnamed-trail: the content before the comma is the unnamed source's. */
export function invertedUnnamedTrail({ text, s, mentions }: SentenceContext): Candidate[] {
  // The tail is at most a few hundred characters: only the sentence's end is read (the pattern is quadratic in what it reads).
  const read = readTail(text, UNNAMED_TAIL, TAIL_WINDOW);
  if (!read) return [];
  const { tail, tailAt, content } = read;
  const source = tail[1] ?? tail[2];
  const at = s.start + tailAt + tail[0].indexOf(source);
  const owner = mentions.find((m: MentionRef) => m.start >= at && m.end <= at + source.length && (m.type === 'Organization' || m.type === 'Country'));
  const cue = /\b(said|says|added|told|noted|explained|cautioned|warned|insisted|confirmed)\b/.exec(tail[0])![1];
  return [{
    rule: 'reported.inverted-unnamed-trail',
    quote: { speakerId: null, text: content, direct: false, start: s.start, end: s.start + content.length, cue, sentence: { start: s.start, end: s.end } },
    speaker: { start: at, end: at + source.length, entityId: null, onBehalfOf: owner?.entityId },
  }];
}
