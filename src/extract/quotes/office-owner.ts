// Quotes: a person's office speaking — "Prime Minister David Cameron's office said", "a statement from Netanyahu’s
// office said", "President Ghani condemned the attack, his office said" — is an unnamed source that speaks for that
// person (onBehalfOf), as a spokesman for them does (speaker.agent-of-principal): not the country or the body of the
// person's title. Runs on the quotes left with speakerText only.
import type { Quote } from '../types.js';
import { firstFrom, type MentionRef } from './speakers.js';

/** The speaker's words end with a possessor's office: "…Netanyahu’s office", "his office", "her office". */
export const OWNED_OFFICE = /(?:(?<=\p{L}\.?)[’']s|(?:^|\s)(?:[Hh]is|[Hh]er))\s+office$/u;
/** A title or an unnamed word before a name at a sentence's start: "President", "Iraqi Prime Minister", "Mr.". */
const TITLE_LEAD = /^(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u;

/** Every unnamed office owned by a person (by name, or by "his"/"her" for the subject opening the words it reports, else
 * the one person its sentence names before it outside those words, or the subject opening that sentence) speaks for that
 * person. */
export function officeOwners(quotes: readonly Quote[], body: string, mentions: MentionRef[], genders: ReadonlyMap<string, 'm' | 'f' | null>): void {
  for (const q of quotes) {
    const span = q.speakerSpan;
    if (q.speakerId !== null || !q.speakerText || !span || !q.sentence) continue;
    const words = body.slice(span.start, span.end).trimEnd();
    const owned = OWNED_OFFICE.exec(words);
    // "Representatives for the Justice Department and Mueller's office": several sources, no one owner.
    if (!owned || /\sand\s/.test(words)) continue;
    const possessorEnd = span.start + owned.index;
    let owner: MentionRef | undefined;
    if (/^\s*[Hh]/.test(owned[0])) {
      const gender = /[Hh]er\s/.test(owned[0]) ? 'f' : 'm';
      const people: MentionRef[] = [];
      const at = span.start + words.length - owned[0].trimStart().length;
      // (Not a person inside the words the office reports: "“… a British citizen, Dawn Sturgess,” a statement from her office said".)
      const outsideWords = (m: MentionRef) => m.end <= q.start || m.start >= q.end;
      for (let i = firstFrom(mentions, q.sentence.start); i < mentions.length && mentions[i].end <= at; i++) if (mentions[i].type === 'Person' && outsideWords(mentions[i]) && !people.some((p) => p.entityId === mentions[i].entityId)) people.push(mentions[i]);
      const first = people[0];
      if (people.length === 1 || (first && TITLE_LEAD.test(body.slice(q.sentence.start, first.start).trimStart()))) owner = first;
      // …or the subject opening the words it reports ("President Ghani strongly condemned the attack, his office said").
      let opener: MentionRef | undefined;
      for (let i = firstFrom(mentions, q.start); !q.direct && i < mentions.length && mentions[i].end <= q.end && TITLE_LEAD.test(body.slice(q.start, mentions[i].start)); i++) {
        if (mentions[i].type !== 'Person') continue;
        opener = mentions[i];
        break;
      }
      if (opener) owner = opener;
      // A person of the other gender is no "his"/"her".
      if (owner && (genders.get(owner.entityId) ?? gender) !== gender) owner = undefined;
    } else {
      for (let i = firstFrom(mentions, possessorEnd - 60); i < mentions.length && mentions[i].start < possessorEnd; i++) if (mentions[i].end === possessorEnd && mentions[i].type === 'Person') owner = mentions[i];
    }
    if (owner) q.onBehalfOf = owner.entityId;
  }
}
