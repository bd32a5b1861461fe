// Quotes: an unnamed common-noun source after its content — "…, top black lawmakers said Friday afternoon, as they …",
// "…, attorneys for the family said.", "…, say analysts." — the words before the comma are its, speaker null.
import type { Candidate } from './arbitrate.js';
import { commonNounSubject } from './common-subject.js';
import { TIME, balancedMarks, firstRuns, isWholeQuote, wordCount } from './patterns.js';
import type { SentenceContext } from './reported.js';

/** The speech verbs an inverted attribution ends with (the ones that report a whole clause; "told" needs its listener). */
const INVERTED_CUE = new Set(['said', 'say', 'says', 'added', 'noted', 'explained', 'cautioned', 'warned', 'insisted', 'argued', 'acknowledged', 'confirmed', 'announced', 'maintains', 'maintained', 'contend', 'contends', 'contended', 'predicted', 'reported', 'believe', 'believes', 'told', 'tell', 'tells']);
/** Any cue inside the text's characters: a sentence without one holds no cue token and is not read comma by comma. */
const ANY_INVERTED_CUE = new RegExp([...INVERTED_CUE].join('|'));
/** The cue, then: a listener for "told", a time ("Friday afternoon", "on Monday", "in a statement"), then the sentence end or a trailing phrase after a comma. */
export const INVERTED_COMMON_TAIL = new RegExp(`^\\p{L}+(?:(?<=\\b(?:told|tell|tells))\\s+(?:reporters|journalists|lawmakers|(?:the\\s+|The\\s+)?[\\p{Lu}][\\p{L}.'’&-]*(?:\\s+[\\p{Lu}][\\p{L}.'’&-]*){0,3}))?${TIME}(?:\\s+(?:morning|afternoon|evening|night))?(?:,[^“”"]{0,200})?[.!?]?\\s*$`, 'u');
/** An adverb of order or time ending the words before the cue: "first", "also", "later". Anchored at the end on a short phrase. */
const SOURCE_ADVERB_END = /\s(?:first|also|later|earlier|previously|initially|originally)\s+$/;
/** The words after a comma, read for the source's phrase and its cue. */
export const PHRASE_TOKEN = /[^\s,.;:!?]+/g;
/** The units besides blanks that end a PHRASE_TOKEN (read as runs between them: firstRuns). */
export const PHRASE_TOKEN_SEPARATORS = ',.;:!?';
/** Content ending with a name after a comma or a closing mark: the name is the speaker, the source phrase its appositive. */
const NAME_ENDING = /(?:,|[,.!?](?:[”"]|''))\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}$/u;
/** A sentence's commas are tried from the last; a few are enough (the attribution follows one of the last). */
const MAX_COMMAS = 4;

/**
 * reported.inverted-common: for the last few commas of the sentence, the words after it must be a common noun phrase
 * that commonNounSubject accepts as an unnamed source, a speech verb, and nothing but a time or a trailing phrase
 * ("…, officials said Monday, as the talks resumed"); the words before the comma are the content. Named speakers
 * ("…, Lavrov said") are reported.inverted's; quoted words before the comma are a direct quote's.
 */
export function invertedCommon({ text, s, mentions }: SentenceContext): Candidate[] {
  if (!ANY_INVERTED_CUE.test(text)) return [];
  let comma = text.length;
  for (let tries = 0; tries < MAX_COMMAS; tries++) {
    comma = text.lastIndexOf(',', comma - 1);
    if (comma <= 0) return [];
    const after = text.slice(comma + 1);
    // The cue: the first word of the next eleven that is one; the words before it are the source's phrase.
    const tokens = firstRuns(after.slice(0, 160), PHRASE_TOKEN_SEPARATORS, 11);
    const cueAt = tokens.findIndex((t, i) => i > 0 && INVERTED_CUE.has(t[0]));
    if (cueAt < 0) continue;
    const cue = tokens[cueAt];
    // An adverb between the source and its cue is no part of the source ("…, the Telegraph first reported").
    const phrase = after.slice(tokens[0].index, cue.index).replace(SOURCE_ADVERB_END, ' ');
    if (/[,;:“”"()]/.test(phrase) || !INVERTED_COMMON_TAIL.test(after.slice(cue.index))) continue;
    const source = commonNounSubject(phrase, s.start + comma + 1 + tokens[0].index, mentions);
    if (!source) continue;
    const content = text.slice(0, comma).replace(/[\s,;:—–-]+$/, '');
    // Quoted words before the attribution are a direct quote; a clause must be whole and long enough.
    // (Nor quoted words and a name, '“…,” Felipe Lago, a fashion producer told CNN', nor a name the source describes,
    // '…, Timothy Ash, a researcher at Standard Bank told the Kyiv Post': the person named speaks, another rule's.)
    if (!balancedMarks(content) || isWholeQuote(content) || /(?:[”"]|'')$/.test(content) || NAME_ENDING.test(content) || wordCount(content) < 4) return [];
    return [{
      rule: 'reported.inverted-common',
      quote: { speakerId: null, text: content, direct: false, start: s.start, end: s.start + content.length, cue: cue[0], sentence: { start: s.start, end: s.end } },
      speaker: source,
    }];
  }
  return [];
}
