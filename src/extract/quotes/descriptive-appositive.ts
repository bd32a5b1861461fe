// Quotes: an appositive set off by commas between a subject and its verb — "Russia's foreign ministry, an ally of
// Assad's, released a statement saying …", "The official, a former aide to Obama, said …" — describes the subject
// before it: a person named inside it only as the object of a preposition or as a possessor is no speaker. The speaker
// is read from the words before the appositive, as "said" already reads "Lavrov, speaking through a translator,".
import { firstFrom, type MentionRef } from './speakers.js';

/** The appositive's opening: a determiner, a possessive name or "one of" — a noun phrase describing the subject, not a
 * name ("Phil Lovas") heading one. Read on the words after the comma only: anchored, linear. */
export const DESCRIPTIVE_APPOSITIVE = /^,\s+(?:(?:a|an|the|one|another|its|his|her|their|both|two)\s|\p{Lu}[\p{L}.-]*[’']s?\s)/u;
/** A preposition inside the appositive: "ally of", "critic of", ", from". Fixed words between spaces: linear. */
export const PREPOSITION_IN_APPOSITIVE = /\s(?:of|to|for|with|by|from|against|than|behind|toward|towards|under)\s/g;
/** Between a preposition and the person it governs: the article and capitalised words of a title ("of Syrian President",
 * "from U.S. Secretary of State"). Anchored, disjoint alternatives: linear. */
const OBJECT_LEAD = /^(?:(?:[\p{Lu}][\p{L}.’'-]*|of|the|former|late)\s+){0,6}$/u;
/** A body's or a title's capitalised word before "of" ("Department of", "Secretary of State"): no preposition governing a person. */
const CAPITALISED_WORD = /^\p{Lu}/u;

/** The words before a person inside an appositive end with a preposition governing the person ("an ally of", "a critic
 * of Syrian President", ", from U.S. Secretary of State"): the last preposition not inside a name or title. */
export function governedInAppositive(before: string): boolean {
  let last = -1;
  PREPOSITION_IN_APPOSITIVE.lastIndex = 0;
  for (let p = PREPOSITION_IN_APPOSITIVE.exec(before); p; p = PREPOSITION_IN_APPOSITIVE.exec(before)) {
    if (!CAPITALISED_WORD.test(before.slice(before.lastIndexOf(' ', p.index - 1) + 1, p.index))) last = p.index + p[0].length;
    PREPOSITION_IN_APPOSITIVE.lastIndex = p.index + p[0].length - 1; // the space closing one may open the next
  }
  return last >= 0 && OBJECT_LEAD.test(before.slice(last));
}

/** After a person inside the appositive: a possessive before the noun it determines ("Putin's closest partner") or
 * closing a double genitive ("an ally of Assad's,"). */
const POSSESSOR_AFTER = /^[’']s?(?:\s+\p{L}|\s*,)/u;
/** An appositive's words at most ("an ally of Assad's", "a former senior aide to President Obama"). */
const APPOSITIVE_MOST_WORDS = 8;
/** What no appositive holds: quotation marks, a clause stop, a finite verb (a clause of its own: ", a ship that was hit,"). */
const NOT_IN_APPOSITIVE = /[“”"();:!?]|\s(?:is|was|are|were|has|have|had|will|would|said|says|told|who|which|that)\s/u;

/** Every person named in the appositive (one at least) only modifies its head: governed by a preposition or a possessor. */
export function personOnlyModifies(appositive: string, at: number, mentions: MentionRef[]): boolean {
  const end = at + appositive.length;
  let people = 0;
  for (let i = firstFrom(mentions, at); i < mentions.length && mentions[i].start < end; i++) {
    const m = mentions[i];
    if (m.type !== 'Person' || m.end > end) continue;
    people++;
    const before = appositive.slice(Math.max(0, m.start - at - 60), m.start - at);
    if (!governedInAppositive(before) && !POSSESSOR_AFTER.test(appositive.slice(m.end - at))) return false;
  }
  return people > 0;
}

/**
 * The words and mentions to read the speaker from when the words before the cue end with a descriptive appositive
 * (", an ally of Assad's,") after a subject: the words before it alone, the mentions inside it left out. Only an
 * appositive naming a person it does not head is cut (one naming no one is left to the readers, which already skip it).
 * `offset` is where `before` starts in the body.
 */
export function withoutDescriptiveAppositive(before: string, offset: number, mentions: MentionRef[]): { words: string; mentions: MentionRef[] } {
  const trimmed = before.trimEnd();
  if (!trimmed.endsWith(',')) return { words: before, mentions };
  const open = trimmed.lastIndexOf(',', trimmed.length - 2);
  // (A noun phrase of a few words: a longer run between commas is a clause, "…, Trump's remarks served as a report card …,".)
  if (open < 0 || trimmed.length - open > 120 || trimmed.slice(open).split(/\s+/).length > APPOSITIVE_MOST_WORDS + 1) return { words: before, mentions };
  const appositive = trimmed.slice(open);
  if (!DESCRIPTIVE_APPOSITIVE.test(appositive) || NOT_IN_APPOSITIVE.test(appositive)) return { words: before, mentions };
  const head = before.slice(0, open);
  if (!/\p{L}/u.test(head) || !personOnlyModifies(appositive, offset + open, mentions)) return { words: before, mentions };
  return { words: head, mentions: mentions.filter((m) => m.end <= offset + open || m.start >= offset + trimmed.length) };
}
