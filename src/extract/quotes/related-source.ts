// Quotes: a source tied to someone by a relation — "the source close to Mattis", "a person familiar with Trump’s
// thinking", "an aide to Pelosi" — is that source, unnamed; the name after the relation is never the speaker.
import { firstFrom, type MentionRef, type SpeakerRef } from './speakers.js';
import { VERB } from './patterns.js';

/** Nouns of people who are near someone without being them: sources, friends, aides, allies. */
const NEAR_NOUNS = new Set('sources source persons person people officials official aides aide advisers adviser advisors advisor associates associate friends friend allies ally insiders insider confidants confidant confidantes confidante someone somebody officers officer members member diplomats diplomat lawmakers lawmaker republicans republican democrats democrat staffers staffer those'.split(' '));
/** Nouns of people who speak for someone ("a spokesman for the ministry", "a lawyer for Cohen"). */
const FOR_NOUNS = new Set('spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen lawyers lawyer attorneys attorney representatives representative counsel aides aide advisers adviser advisors advisor staffers staffer'.split(' '));
/** Determiners and numbers opening the source's noun phrase. */
const DETERMINERS = new Set('the a an one two three four several some many another other his her their its'.split(' '));
/** Words that are no modifier of the source's noun: prepositions, conjunctions, verbs of a clause before it. */
const NOT_MODIFIER = /^(?:on|in|at|of|for|to|with|from|by|after|before|during|and|but|or|that|as|while|when|said|says|told|also|has|have|had|is|was|are|were|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month|year|morning|afternoon|evening|night|\d.*|\p{Ll}+ed)$/u;

/**
 * The relation after the source's noun: nearness or knowledge ("close to", "familiar with", "briefed on") — the person
 * after it is whom the source knows, not who speaks — or "to"/"for" after a noun of people speaking for someone.
 * Fixed words with single runs of blanks: linear.
 */
export const RELATED_SOURCE = /\s((?:close|closest|near)\s+to|familiar\s+with|briefed\s+on|knowledgeable\s+about|aware\s+of|with\s+(?:(?:direct|first-?hand|intimate)\s+)?knowledge\s+of|to|for)\s/gu;

/**
 * A relative clause of contact after the source's noun: "the official who spoke with Reuters", "soldiers who served
 * with Bergdahl", "a doctor who treated Stevens". "who" is its subject; the name after the verb is whom the source met
 * or spoke to — an object inside the subject, never the speaker nor whom the source speaks for. So is what the source
 * read or saw ("CIA officials who read the Senate report said"), and an anonymity condition may stand before "with"
 * ("an official who spoke on condition of anonymity with Yonhap said").
 * Fixed words with single runs of blanks: linear.
 */
export const RELATIVE_SOURCE = /\swho\s+(?:(?:has|have|had)\s+)?(?:(?:spoke|spoken|talked|met|served|worked|travell?ed)\s+(?:on\s+(?:the\s+)?condition\s+of\s+anonymity\s+)?(?:with|to)|(?:treated|accompanied|interviewed|advised|briefed|visited|heard|knew|known|read|reviewed|saw|seen|obtained|examined|studied|attended|watched))\s/gu;
/** Words that head no source before "who": pronouns, prepositions, verbs, a clause's words. */
const NOT_RELATIVE_HEAD = /^(?:it|he|she|they|we|i|you|anyone|everyone|someone|people's)$|^(?:on|in|at|of|for|to|with|from|by|and|but|or|as|said|says|told|is|was|are|were|has|have|had)$/u;
/** Auxiliaries, negations and speech verbs: a main clause's words, not a relative clause's object. */
const CLAUSE_WORD = /(?:^|\s)(?:not|never|n[’']t|did|does|do|is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|should|must|told|said|says|that|who|which)(?:\s|$)|n[’']t(?:\s|$)/u;
/** A quantity of the source's noun phrase: "one of the officials", "some of the lawmakers". */
const PARTITIVE = /(?:^|\s)((?:one|two|three|four|five|some|several|many|most|few|all|each|none|any|both)\s+of\s+)$/iu;

/**
 * When the words naming a speaker (ending at `offset + text.length`) are a source tied by a relation to someone else,
 * that source: unnamed, its words kept (speaker null with speakerText). `onBehalfOf` keeps the body it belongs to — a
 * body or country after a nearness relation ("sources close to the Kremlin" → Kremlin), anyone a spokesperson, lawyer
 * or aide speaks for ("a spokeswoman for Romney" → Romney). A person named just before the phrase heads it as an
 * appositive ("John Kirby, spokesman for the State Department"): then it is no unnamed source.
 */
export function relatedSource(text: string, offset: number, mentions: MentionRef[], relativeOnly = false): SpeakerRef | null {
  const trimmed = text.trimEnd();
  const window = trimmed.slice(-160);
  const cut = trimmed.length - window.length;
  let found: { nounAt: number; speaksFor: boolean; objectAt: number; relative?: boolean } | null = null;
  // "One of the officials who spoke with Reuters said": the people of the relative clause's head speak.
  RELATIVE_SOURCE.lastIndex = 0;
  for (let r = RELATIVE_SOURCE.exec(window); r; r = RELATIVE_SOURCE.exec(window)) {
    const object = window.slice(r.index + r[0].length);
    if (!object || /[,;:“”"()]/.test(object) || object.length > 80) continue;
    // The words up to the cue are the clause's object and adjuncts only: an auxiliary or a negation there belongs to
    // the main clause ("agents who interviewed him did not think …", "experts who visited Baghdad were being told").
    if (CLAUSE_WORD.test(object)) continue;
    const nounAt = window.lastIndexOf(' ', r.index - 1) + 1;
    const noun = window.slice(nounAt, r.index);
    if (!/^\p{L}[\p{L}’'-]*$/u.test(noun) || NOT_RELATIVE_HEAD.test(noun.toLowerCase())) continue;
    // (A place or body named last is no head of people: "a student from Lucknow who has attended …" — the clause is
    // about the student, whose own name may stand further back.)
    const headEnd = offset + cut + r.index;
    // (Not a people's or a party's plural: "Democrats who have seen the application say …" speak.)
    if (!/s$/.test(noun) && mentions.some((m) => m.end === headEnd && (m.type === 'Place' || m.type === 'Country'))) continue;
    found = { nounAt, speaksFor: false, objectAt: r.index + r[0].length, relative: true };
  }
  RELATED_SOURCE.lastIndex = 0;
  for (let r = found || relativeOnly ? null : RELATED_SOURCE.exec(window); r; r = RELATED_SOURCE.exec(window)) {
    const object = window.slice(r.index + r[0].length);
    if (!object || /[,;:“”"()]/.test(object) || object.length > 80) continue;
    const nounAt = window.lastIndexOf(' ', r.index - 1) + 1;
    const noun = window.slice(nounAt, r.index).toLowerCase();
    const speaksFor = /^(?:to|for)$/.test(r[1]);
    if (speaksFor ? FOR_NOUNS.has(noun) : NEAR_NOUNS.has(noun)) {
      found = { nounAt, speaksFor, objectAt: r.index + r[0].length };
      break;
    }
  }
  if (!found) return null;
  // The noun phrase: back to its determiner (at most four words), or through the modifiers right before the noun.
  let phraseAt = found.nounAt;
  for (let n = 0, at = found.nounAt; n < 4 && at > 0 && window[at - 1] === ' '; n++) {
    const wordAt = window.lastIndexOf(' ', at - 2) + 1;
    const word = window.slice(wordAt, at - 1);
    if (!/^[\p{L}’'-]+$/u.test(word)) break;
    if (DETERMINERS.has(word.toLowerCase())) {
      phraseAt = wordAt;
      break;
    }
    if (NOT_MODIFIER.test(word.toLowerCase()) || n === 3) break;
    phraseAt = wordAt;
    at = wordAt;
  }
  if (found.relative) {
    const partitive = PARTITIVE.exec(window.slice(0, phraseAt));
    if (partitive) phraseAt -= partitive[1].length;
  }
  const start = offset + cut + phraseAt;
  const end = offset + trimmed.length;
  const objectStart = offset + cut + found.objectAt;
  // "Kirby, spokesman for the State Department": a person right before the phrase is the one it describes.
  for (let i = firstFrom(mentions, start - 80); i < mentions.length && mentions[i].start < start; i++) {
    const p = mentions[i];
    // (An age may stand between: "Swati Sinha, 24, a student … who has attended every march, says".)
    if (p.type === 'Person' && p.end >= offset && p.end <= start && /^[\s,]*(?:\d{1,3},\s*)?$/.test(trimmed.slice(p.end - offset, start - offset))) return null;
  }
  // …and a name inside the noun phrase before the relation heads it.
  for (let i = firstFrom(mentions, start); i < mentions.length && mentions[i].start < objectStart; i++) {
    const p = mentions[i];
    if (p.type === 'Person' && p.end <= objectStart) return null;
  }
  let onBehalfOf: string | undefined;
  // Whom the source spoke with or served beside is no one it speaks for.
  if (!found.relative) for (let i = firstFrom(mentions, objectStart); i < mentions.length && mentions[i].start < end; i++) {
    const o = mentions[i];
    if (o.end > end || o.type === 'Event') continue;
    if (o.type !== 'Person' || found.speaksFor) onBehalfOf ??= o.entityId;
  }
  return { start, end, entityId: null, onBehalfOf };
}

/** After a closing mark, the cue first: "“…,” said a source close to the Pentagon". */
const CUE_FIRST = new RegExp(`^[\\s,]*(${VERB})\\s+`, 'u');
/** The first speech verb after a closing mark's attribution phrase: "“…,” the source close to Mattis said". */
const CUE_AFTER_PHRASE = new RegExp(`\\s(${VERB})\\b`, 'u');

/**
 * A direct quote's own attribution naming a related source, either order: "“…,” said one source close to the Defense
 * secretary", "“…,” the source close to Mattis said of …", "“…,” an aide to Mattis said". The phrase is the source's
 * words up to the cue (or the cue's words up to the next mark); `offset` is where `after` starts in the body.
 */
export function relatedAfterQuote(after: string, offset: number, mentions: MentionRef[]): { speaker: SpeakerRef; cue: string } | null {
  const first = CUE_FIRST.exec(after);
  if (first) {
    const rest = after.slice(first[0].length, first[0].length + 160);
    const stop = rest.search(/[.,;:!?“”"\n]/);
    const phrase = rest.slice(0, stop < 0 ? rest.length : stop);
    const at = offset + first[0].length;
    const speaker = relatedSource(phrase, at, mentions);
    if (speaker && speaker.start === at) return { speaker, cue: first[1].toLowerCase() };
  }
  const lead = /^[\s,]*/.exec(after)![0].length;
  const window = after.slice(lead, lead + 160);
  const cue = CUE_AFTER_PHRASE.exec(window);
  if (!cue || /[.;:!?“”"\n,]/.test(window.slice(0, cue.index))) return null;
  const speaker = relatedSource(window.slice(0, cue.index), offset + lead, mentions);
  return speaker && speaker.start === offset + lead ? { speaker, cue: cue[1].toLowerCase() } : null;
}
