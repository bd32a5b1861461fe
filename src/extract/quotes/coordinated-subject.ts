// Quotes: a name coordinated with its own people as a speech verb's subject — "RT and its defenders say …", "Trump and
// his aides said …" — the name speaks (PolNeAR's source heads there: its followers add no second named speaker).
import { firstFrom, type MentionRef, type SpeakerRef } from './speakers.js';

/** "and its defenders", "and his top aides", "and other community members": the name's own people. */
const FOLLOWERS = /^\s+and\s+(?:its|his|her|their|other)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+s\s*$/u;
/** Words before the name that keep it the clause's subject: the sentence start, or an opening connective. */
const SUBJECT_OPENING = /(?:^|[.;:]\s+|^(?:But|And|Yet|So|Still|Now)\s+)$/;

/** The named speaker when the words before a cue are NAME + "and its/his/her/their/other NOUNs", the name opening the clause. */
export function coordinatedSubject(before: string, offset: number, mentions: MentionRef[]): SpeakerRef | null {
  const end = offset + before.length;
  for (let i = firstFrom(mentions, Math.max(0, end - 120)); i < mentions.length && mentions[i].start < end; i++) {
    const m = mentions[i];
    if (m.type === 'Event' || m.start < offset) continue;
    if (!FOLLOWERS.test(before.slice(m.end - offset))) continue;
    if (!SUBJECT_OPENING.test(before.slice(0, m.start - offset).trimEnd().replace(/(?:^|\s)[Tt]he$/, '').trimEnd())) return null;
    return { start: m.start, end: m.end, entityId: m.entityId };
  }
  return null;
}
