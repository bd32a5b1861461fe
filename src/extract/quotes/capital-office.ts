// Quotes: a country's office written as a title, with capitals — "the French President also said", "According to the U.S.
// Trade Representative, …", "Egyptian president says" — credited to the country, whose demonym or name only modifies the
// office: the office speaks. Its words are kept as the speaker's (onBehalfOf the country), so that the country-office step
// (speakers.ts resolveCountryOffices) ties it to the person the article gives that office, else it stays unnamed — never
// the country itself.
import type { Quote } from '../types.js';
import { firstFrom, ROLE_KEY_NOUNS, type MentionRef } from './speakers.js';

/** A word that cannot modify an office between a country and its role noun: a verb, a determiner, a preposition, an
 * adverb ("Russia said its president …" names no office of Russia's). */
const NOT_MODIFIER = '(?:said|says|say|told|tells|its|his|her|their|our|the|a|an|and|or|but|has|have|had|is|was|are|were|will|would|could|also|then|to|of|for|on|in|at|by|with|as|that|former|late|\\p{Ll}+ed|\\p{Ll}+ly)(?![\\p{L}-])';

/** A noun the role word modifies as an adjective or a compound's first word: "Egypt's official news agency", "the U.S.
 * envoy office" (no office then). */
const NOUN_AFTER = '(?:news|media|agency|agencies|television|TV|radio|newspaper|press|statement|website|office|residence|spokesman|spokeswoman|spokesperson|aide|aides|source|sources|visit|trip|election|candidate|palace|account)(?![\\p{L}-])';

/**
 * After a country's mention: its possessive at most, then up to three words of an office, capitalised or not, the last a
 * role noun of `roles` — not followed by a capitalised word (a name the office titles: "French President Francois
 * Hollande") nor by another word of a noun phrase. Built from the role nouns; anchored, bounded: linear.
 */
export function officeAfterCountry(roles: readonly string[]): RegExp {
  const noun = roles.map((n) => n.replace(/(^|\s)(\p{Ll})/gu, (_, b: string, c: string) => `${b}[${c.toUpperCase()}${c}]`).replace(/ /g, '\\s+')).join('|');
  return new RegExp(`^(?:[’']s)?\\s+((?:(?!${NOT_MODIFIER})[\\p{L}-]+\\s+){0,2}?(?:${noun}))(?![\\p{L}’'-])(?!\\s+\\p{Lu})(?!\\s+(?:of|to|for)\\s)(?!\\s+${NOUN_AFTER})`, 'u');
}

/** A country's office after its mention, of the role nouns the role steps read (speakers.ts ROLE_KEY_NOUNS). */
export const OFFICE_AFTER_COUNTRY = officeAfterCountry(ROLE_KEY_NOUNS);

/** Between an office and the name of its holder in apposition: a comma, "the" and up to three titles ("the Rev."). */
const APPOSITIVE_NAME = /^,\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;

/** "according to" (and "the") right before a source's words. Anchored at the end: linear. */
const ACCORDING_BEFORE = /\b[Aa]ccording\s+to\s+(?:the\s+)?$/;

/** The country's mention the speaker was read from: inside the speaker's span, or (a named source with no span of its own)
 * the object of "according to" in the quote's sentence. */
function countryMention(q: Quote, body: string, mentions: MentionRef[]): MentionRef | undefined {
  const span = q.speakerSpan!;
  const [from, to] = span.end > span.start ? [span.start, span.end] : [q.sentence!.start, q.sentence!.end];
  for (let i = firstFrom(mentions, from); i < mentions.length && mentions[i].start < to; i++) {
    const m = mentions[i];
    if (m.entityId !== q.speakerId || m.end > to) continue;
    if (span.end > span.start || ACCORDING_BEFORE.test(body.slice(Math.max(q.sentence!.start, m.start - 20), m.start))) return m;
  }
  return undefined;
}

/** Every quote credited to a country (`isCountry`) whose mention only modifies an office after it (officeAfterCountry): the
 * office's words speak, for the country, unnamed until a later step ties them to its holder. */
export function capitalOffices(quotes: readonly Quote[], body: string, mentions: MentionRef[], isCountry: (id: string) => boolean): void {
  for (const q of quotes) {
    if (!q.speakerId || !isCountry(q.speakerId) || !q.speakerSpan || !q.sentence) continue;
    const m = countryMention(q, body, mentions);
    if (!m) continue;
    const words = OFFICE_AFTER_COUNTRY.exec(body.slice(m.end, m.end + 80));
    if (!words) continue;
    const end = m.end + words[0].length;
    // (The office's own words hold no person: "U.S. President Trump" is Trump's.)
    const next = mentions[firstFrom(mentions, m.end)];
    if (next && next.start < end) continue;
    // "said the Vatican spokesman, the Rev. Federico Lombardi": the person named in apposition to the office speaks.
    const named = next && next.type === 'Person' && APPOSITIVE_NAME.test(body.slice(end, next.start)) ? next : null;
    if (named) {
      q.speakerId = named.entityId;
      q.speakerSpan = { start: named.start, end: named.end };
      delete q.speakerText;
      delete q.onBehalfOf;
      continue;
    }
    const start = /(?:^|\s)[Tt]he\s+$/.test(body.slice(Math.max(0, m.start - 4), m.start)) ? body.lastIndexOf('he', m.start) - 1 : m.start;
    q.onBehalfOf = q.speakerId;
    q.speakerId = null;
    q.speakerSpan = { start, end };
    q.speakerText = body.slice(start, end);
  }
}
