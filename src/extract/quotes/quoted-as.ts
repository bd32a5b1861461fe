// Quotes: "quoted/cited X as saying …" — the one quoted speaks; the outlet or document that quotes or cites only
// relays the words. Input: the words of a sentence before a cue "saying" (ending "as "). Output: the speaker they name.
// Exists for: "Reuters news service quoted a senior Iraqi security official as saying that …" (the official, not
// Reuters) and "Iran's head of civil aviation was quoted by the ISNA News Agency as saying …" (the head, not ISNA).
import { commonNounSubject } from './common-subject.js';
import { speakerFromText, subjectBefore, type MentionRef, type SpeakerRef } from './speakers.js';
import { DESCRIPTORS, PRONOUN } from './patterns.js';

/** The quoting verbs, active: their object is the one quoted. */
const QUOTING_VERB = /(?:^|\s)(?:quoted|quotes|quoting|cited|cites|citing)\s+/g;
/** The passive: "X was quoted (by Y) (on Monday) as" — the subject is the one quoted (read on the words before "as"). */
const QUOTED_PASSIVE = /\s(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?(?:quoted|cited)\b/gu;
/** What may follow the passive verb before "as": nothing, or its agent or medium ("by Interfax", "in a statement"). */
const PASSIVE_TAIL = /^(?:\s+(?:by|in|on)\s[^,;:“”"]{1,80})?$/;
/** An object pronoun: its antecedent speaks. */
const OBJECT_PRONOUN: Record<string, string> = { him: 'he', her: 'she', them: 'they' };

/** The speaker of "… quoted X as saying" / "X was quoted … as saying", read from `before` (the sentence up to the cue). */
export function quotedAsSpeaker(before: string, offset: number, mentions: MentionRef[], roles: Map<string, string>): SpeakerRef | null {
  const as = /\s+as\s+$/.exec(before);
  if (!as) return null;
  const head = before.slice(0, as.index);
  let passiveAt = -1;
  for (const m of head.matchAll(QUOTED_PASSIVE)) if (PASSIVE_TAIL.test(head.slice(m.index + m[0].length))) passiveAt = m.index;
  if (passiveAt >= 0) {
    const subject = head.slice(0, passiveAt);
    return subjectBefore(subject, offset, mentions, roles) ?? commonNounSubject(subject, offset, mentions);
  }
  // The object of the last quoting verb, within the clause: no mark of a quotation or a clause boundary inside it.
  let objectStart = -1;
  for (const m of head.matchAll(QUOTING_VERB)) objectStart = m.index + m[0].length;
  if (objectStart < 0 || head.length - objectStart > 120) return null;
  const object = head.slice(objectStart).replace(/,\s*$/, '');
  if (!object || /[;:“”"]/.test(object)) return null;
  const at = offset + objectStart;
  const pronoun = OBJECT_PRONOUN[object.toLowerCase()];
  if (pronoun) return { start: at, end: at + object.length, entityId: null, pronoun };
  // A name ending the object speaks ("cited the head of the council, Akbar Torkan,"); a common noun phrase is an
  // unnamed source ("a senior Iraqi security official": not Iraq); else whatever the words name.
  const last = mentions.filter((m) => m.type !== 'Event' && m.start >= at && m.end === at + object.length).at(-1);
  if (last && last.type === 'Person') return { start: last.start, end: last.end, entityId: last.entityId };
  return commonNounSubject(object, at, mentions) ?? speakerFromText(object, at, mentions, roles);
}

/**
 * After a closing mark, the passive of quoting: "…,” Xi was quoted as saying", "…,” Noh Kyu-duk was quoted as saying by
 * Yonhap", "…,” Edward Marshall, a trader at Global Risk, was quoted as saying", "…,” he was quoted by Interfax as saying":
 * the one quoted speaks (as "…,” Xi said"); the outlet only relays. Group 1: the speaker's words (a pronoun, "the" and
 * a noun or two, or a name with its descriptors); an appositive may follow it. Anchored; bounded runs: linear.
 */
export const QUOTED_AS_AFTER_QUOTE = new RegExp(
  `^[\\s,]*(${PRONOUN}|the\\s+[a-z]+(?:\\s+[a-z]+)?|(?!an?\\s)${DESCRIPTORS}[\\p{Lu}][^,.;:!?“”"]{0,80}?)(?:,[^,;:!?“”"]{1,120}?,)?\\s+(?:was|were|is|are|has\\s+been|had\\s+been)\\s+(?:also\\s+|later\\s+)?(?:quoted|cited)\\s+(?:(?:by|in|on)\\s+[^,.;:!?“”"]{1,60}?\\s+)?as\\s+(?:saying|telling)\\b`,
  'u',
);
