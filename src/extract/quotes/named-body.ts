// Quotes: an unnamed source whose words name a body by its kind — "the Xinhua news agency", "the semiofficial Fars news
// agency", "the Hamas movement" — is that body; "the Indian government", "the Thai authorities" is that state (as "The
// Russian government said" already is). A named source is linked, not left as words (issue #14).
import type { Quote } from '../types.js';
import { firstFrom, type MentionRef } from './speakers.js';

/** Before the body's name: "the" and at most three lower-case words ("the official", "the state-run"). Anchored: linear. */
export const BEFORE_KIND_NAME = /^(?:[Tt]he\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;
/** After the body's name, ending the words: the noun of the kind of body it is. */
export const KIND_NOUN = /^\s+(?:news\s+agency|press\s+agency|agency|newspaper|daily|broadcaster|network|channel|television|radio|website|magazine|group|movement|militia|organi[sz]ation|party|outlet|think\s+tank|wire\s+service)$/u;
/** A country's adjective, then the noun of its state: the words are "the" DEMONYM NOUN. */
export const STATE_NOUN = /^\s+(?:government|authorities|regime)$/u;

/** Every quote with an unnamed source whose words are [the] (adjectives) ORGANIZATION KIND, or [the] COUNTRY-ADJECTIVE
 * government/authorities/regime: the organization or the country speaks. */
export function namedBodies(quotes: readonly Quote[], body: string, mentions: MentionRef[]): void {
  for (const q of quotes) {
    const span = q.speakerSpan;
    if (q.speakerId !== null || !q.speakerText || !span) continue;
    const end = span.start + body.slice(span.start, span.end).trimEnd().length;
    for (let i = firstFrom(mentions, span.start); i < mentions.length && mentions[i].start < end; i++) {
      const m = mentions[i];
      if (m.end > end || !BEFORE_KIND_NAME.test(body.slice(span.start, m.start))) continue;
      const after = body.slice(m.end, end);
      const denotes = (m.type === 'Organization' && KIND_NOUN.test(after)) || (m.type === 'Country' && /^(?:[Tt]he\s+)?$/.test(body.slice(span.start, m.start)) && STATE_NOUN.test(after));
      if (!denotes) continue;
      q.speakerId = m.entityId;
      q.speakerSpan = { start: span.start, end };
      delete q.speakerText;
      delete q.onBehalfOf;
      break;
    }
  }
}
