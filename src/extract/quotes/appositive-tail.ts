// Quotes: a reported clause closed by a description and the person's name in apposition — "…, said the company's chief
// executive, John Ferriola." / "…, a spokeswoman, Anna White, said on Saturday." — the person named speaks.
import type { Candidate } from './arbitrate.js';
import { readTail } from './unnamed-tails.js';
import { firstFrom } from './speakers.js';
import type { SentenceContext } from './reported.js';

const CUE = '(said|says|added|noted|explained|told\\s+(?:reporters|me|us|(?:the\\s+)?[\\p{Lu}][\\p{L}.’\'-]*(?:\\s+[\\p{Lu}][\\p{L}.’\'-]*){0,3}))';
/** A description opening with a determiner or a possessive name: "the company's chief executive", "a spokeswoman". */
const DESCRIPTION = "((?:the|a|an|his|her|its|their|one|[\\p{Lu}][\\p{L}.’'-]*[’']s)\\s[^,;:“”\"]{1,80})";
const NAME = "([\\p{Lu}][^,;:“”\"]{1,60}?)";
const WHEN = '(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?';
/** "…, said DESCRIPTION, NAME." (groups 1–3), "…, DESCRIPTION, NAME, said (day)." (groups 4–6) or "…, NAME, DESCRIPTION,
 * said (day)." (groups 7–9: "…, Kenneth Pomeranz, a professor of Chinese history, told the BBC."). */
export const APPOSITIVE_TAIL = new RegExp(`,\\s+(?:${CUE}\\s+${DESCRIPTION},\\s+${NAME}|${DESCRIPTION},\\s+${NAME},\\s+${CUE}${WHEN}|${NAME},\\s+${DESCRIPTION},\\s+${CUE}${WHEN})\\s*[.!?]?$`, 'u');
/** Only the sentence's end is read: the cue, a description and a name (the pattern is quadratic in what it reads). */
const TAIL_WINDOW = 240;

/** reported.inverted-appositive: the content before the comma is the named person's. */
export function invertedAppositive({ text, s, mentions }: SentenceContext): Candidate[] {
  const read = readTail(text, APPOSITIVE_TAIL, TAIL_WINDOW);
  if (!read) return [];
  const { tail, tailAt, content } = read;
  const name = tail[3] ?? tail[5] ?? tail[7];
  const nameStart = s.start + tailAt + tail[0].indexOf(`, ${name}`) + 2;
  const nameEnd = nameStart + name.length;
  // The name must be a person's, ending where the name ends (a title may open it: "Gen. John Nicholson").
  const k = firstFrom(mentions, nameStart);
  const person = mentions.slice(k).find((m) => m.start < nameEnd && m.end === nameEnd && m.type === 'Person');
  if (!person) return [];
  const cue = (tail[1] ?? tail[6] ?? tail[9]).split(/\s+/)[0];
  return [{
    rule: 'reported.inverted-appositive',
    quote: { speakerId: person.entityId, text: content, direct: false, start: s.start, end: s.start + content.length, cue, sentence: { start: s.start, end: s.end } },
    speaker: { start: person.start, end: person.end, entityId: person.entityId },
  }];
}
