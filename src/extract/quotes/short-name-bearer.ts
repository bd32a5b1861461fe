// Quotes: a short name credited as speaker ("…,” Kim said") is the bearer of that name the story is on where it stands —
// the person named in full with it last in its paragraph or the one before ("North Korea’s vice foreign minister, Kim
// Kye Gwan, said …. “…,” Kim said."), not the bearer the article names most.
import type { Entity, Quote } from '../types.js';
import type { MentionRef } from './speakers.js';
import { firstFrom, writtenFamilyFirst } from './speakers.js';
import { chineseFamilyFirst } from '../lexicon/names.js';

/** A short name as written: an honorific at most, then one capitalised word ("Kim", "Mr. Kim"). Anchored: linear. */
export const SHORT_NAME = /^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(\p{Lu}[\p{L}’'-]+)$/u;

/** Whether `word` is the family name opening a full name written family name first ("Kim Kye Gwan", "Kim Dong-chul"):
 * the few family names of Korea and China are shared by many people a story names, so the bearer the article names
 * most is no safe reading of the short name (a family name written last keeps the tie the entities made). */
function bearsFamilyName(name: string, word: string): boolean {
  const parts = name.split(/\s+/);
  return parts.length >= 2 && parts[0] === word && (writtenFamilyFirst(parts) || chineseFamilyFirst(parts));
}

/** The start of the paragraph before the one holding `at` (or of this one, when it is the first). */
function previousParagraphStart(body: string, at: number): number {
  let here = body.lastIndexOf('\n', at - 1);
  while (here > 0 && body[here - 1] === '\n') here--; // blank lines between paragraphs
  if (here <= 0) return 0;
  return body.lastIndexOf('\n', here - 1) + 1;
}

/**
 * speaker.short-name-bearer: a quote whose speaker is named by a short name alone takes the person named in full with
 * that family name as the speaker of the quote right before it, in its paragraph or the one before, when that is another person than the one the
 * short name was read as and that one is not named in full there too. Two bearers of a family name in one article
 * ("Kim Jong Un", "Kim Kye Gwan") are told apart by where the story stands, as a reader does.
 */
export function shortNameBearers(quotes: readonly Quote[], body: string, mentions: MentionRef[], entities: readonly Entity[]): void {
  const people = new Map(entities.filter((e) => e.type === 'Person').map((e) => [e.id, e]));
  // A bearer counts only as the speaker of the quote right before (the story is on them), not as an object ("a photo
  // of Heidi Cruz … “…,” Cruz said" is Ted Cruz).
  const spoken = quotes.filter((q) => q.speakerSpan && q.speakerId).sort((a, b) => a.start - b.start);
  for (const q of quotes) {
    if (!q.speakerId || !q.speakerSpan || !people.has(q.speakerId)) continue;
    const short = SHORT_NAME.exec(body.slice(q.speakerSpan.start, q.speakerSpan.end));
    // (The speaker of the quote right before this one: the bearer the story has just quoted.)
    const before = spoken.filter((o) => o !== q && o.start < q.start && o.speakerId !== q.speakerId).at(-1);
    const last = spoken.filter((o) => o !== q && o.start < q.start).at(-1);
    if (!before || !last || last.speakerId !== before.speakerId) continue;
    if (!short || people.get(q.speakerId)!.name.split(/\s+/).length < 2) continue;
    const from = previousParagraphStart(body, q.speakerSpan.start);
    let latest: MentionRef | null = null;
    let spokenOf = false; // the short name's own person named in full in the window
    for (let i = firstFrom(mentions, from); i < mentions.length && mentions[i].start < q.speakerSpan.start; i++) {
      const m = mentions[i];
      if (m.type !== 'Person' || !/\s/.test(body.slice(m.start, m.end).trim())) continue;
      const bearer = people.get(m.entityId);
      if (!bearer || !bearsFamilyName(bearer.name, short[1]) || !bearsFamilyName(body.slice(m.start, m.end).trim(), short[1])) continue;
      if (m.entityId === q.speakerId) spokenOf = true;
      if (before.speakerSpan!.start <= m.start && before.speakerSpan!.end >= m.end) latest = m;
    }
    if (latest && latest.entityId !== q.speakerId && !spokenOf) q.speakerId = latest.entityId;
  }
}
