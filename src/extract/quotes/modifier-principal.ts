// Quotes: a name modifying a role noun before another name — "Clinton senior policy adviser Jake Sullivan", "Obama
// spokesman Josh Earnest" — is the principal, the name after the role noun heads the phrase and speaks.
import type { Quote } from '../types.js';
import { firstFrom, type MentionRef } from './speakers.js';

/** Between the principal and the named head: lower-case role words only ("senior policy adviser", "’s spokesman"), no
 * coordinator or preposition. Anchored, one word run bounded to four: linear. */
export const ROLE_WORDS_BETWEEN = /^(?:[’']s)?\s+(?:(?!(?:and|or|of|to|for|with|at|in|on|by|from|said|says|told)\s)[\p{Ll}-]+\s+){1,4}$/u;

/** Every quote whose speaker's words are PERSON role-words PERSON, credited to the first, goes to the second. */
export function modifierPrincipals(quotes: readonly Quote[], body: string, mentions: MentionRef[]): void {
  for (const q of quotes) {
    const span = q.speakerSpan;
    if (!q.speakerId || !span) continue;
    const people: MentionRef[] = [];
    for (let i = firstFrom(mentions, span.start); i < mentions.length && mentions[i].start < span.end; i++) if (mentions[i].end <= span.end && mentions[i].type === 'Person') people.push(mentions[i]);
    if (people.length < 2) continue;
    const head = people[people.length - 1];
    const principal = people[people.length - 2];
    if (principal.entityId !== q.speakerId || head.entityId === q.speakerId || !/^[\s,.]*$/.test(body.slice(head.end, span.end))) continue;
    if (!ROLE_WORDS_BETWEEN.test(body.slice(principal.end, head.start))) continue;
    q.speakerId = head.entityId;
    q.speakerSpan = { start: head.start, end: head.end };
  }
}
