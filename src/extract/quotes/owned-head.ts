// Quotes: a person's name that only owns or modifies the subject's noun — "Kassig's purported executioner says",
// "Parnas' lawyer said", "A senior Trump official played down …", "Trump associates believe …" — is no speaker: the
// noun heads the phrase and speaks, unnamed (speaker null, its words kept), the name kept as onBehalfOf only when the
// noun is on that person's side (an aide, an official, an ally, a supporter); a person named in apposition after the
// phrase speaks ("Trump's first defense secretary, Jim Mattis, …"). Runs after speaker.agent-of-principal.
import type { MentionRef } from './speakers.js';
import { firstFrom } from './speakers.js';
import { AGENT_NOUNS, PRINCIPAL_SIDE_NOUNS, PRINCIPAL_TIED_NOUNS, UNNAMED_PERSON_NOUNS, wordAlternation } from '../lexicon/sources.js';
import { PERSON_TITLES, ROLE_NOUNS } from '../lexicon/titles.js';

/** A modifier between the name and the head noun: a lower-case word that is no determiner, pronoun, preposition,
 * conjunction, auxiliary or verb form ("senior", "national security", "business"; not "told", "asked", "addresses",
 * "and his", "a"), or one of
 * a few adjectives in -ed ("purported", "estranged"). */
const MODIFIER = String.raw`(?:(?:purported|alleged|estranged|trusted|retired|beloved|unnamed|unidentified|so-called)|(?!(?:a|an|the|and|or|but|nor|his|her|their|its|our|my|your|to|of|for|with|by|from|in|on|at|as|that|who|which|whose|has|have|had|is|was|are|were|be|been|will|would|can|could|may|might|should|must|did|does|do|not|also|then|said|says|told|tells|met|spoke|own)(?![\p{L}-]))(?![\p{Ll}-]*(?:ed|ly|[^s\W]s)(?![\p{L}-]))[\p{Ll}-]+)`;

const SIDE = new Set<string>([...AGENT_NOUNS, ...PRINCIPAL_SIDE_NOUNS]);
const OWNED_HEADS = [...new Set<string>([...AGENT_NOUNS, ...PRINCIPAL_SIDE_NOUNS, ...PRINCIPAL_TIED_NOUNS, ...UNNAMED_PERSON_NOUNS, ...ROLE_NOUNS])];
// (Not "family", which modifies a noun after it — "the Farook family attorneys" —, nor "counsel", also a verb.)
const MODIFIED_HEADS = [...SIDE, ...PRINCIPAL_TIED_NOUNS].filter((n) => n !== 'family' && n !== 'counsel');
const alternation = (words: readonly string[]) => wordAlternation(words).replace(/ /g, String.raw`\s+`);

/** Right after a person's name: its possessive ("’s", or a bare apostrophe after an s), up to three modifiers and a
 * person's noun heading the phrase. Bounded runs, anchored: linear. */
export const OWNED_HEAD = new RegExp(String.raw`^[’']s?\s+(?:${MODIFIER}\s+){0,3}?(${alternation(OWNED_HEADS)})(?![\p{L}’'-])`, 'u');
/** Right after a name modifying a noun: up to two modifiers and a noun of the person's side or tie ("Trump official",
 * "Obama national security aides", "Tillerson ally"), the phrase ending there. Bounded runs, anchored: linear. */
export const MODIFIED_HEAD = new RegExp(String.raw`^\s+(?:${MODIFIER}\s+){0,2}?(${alternation(MODIFIED_HEADS)})(?=[\s,.;:)]|$)`, 'u');
/** Before a name modifying a noun: a determiner and up to two modifiers ("A senior ", "One "), read into the phrase. */
const DETERMINER_BEFORE = new RegExp(String.raw`(?:^|[\s(“"])((?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any)\s+(?:${MODIFIER}\s+){0,2})$`, 'u');

/** Before a possessor's name: an honorific or a title of theirs ("Mrs. ", "President "), read into the phrase. */
const TITLE_BEFORE = new RegExp(String.raw`(?:^|[\s(“"])((?:Mr|Mrs|Ms|Miss|Dr|${alternation(PERSON_TITLES).replace(/\./g, '\\.')})\.?\s+)$`, 'u');

/**
 * When the person credited (`principal`, their mention) only owns or modifies the noun heading the speaker's phrase:
 * the person named in apposition after the phrase, else the phrase itself (unnamed) and whether its noun speaks for
 * the principal. Null otherwise. Only 60 characters either side of the name are read.
 */
export function ownedHead(principal: MentionRef, quoted: { start: number; end: number }, sentence: { start: number; end: number }, body: string, mentions: MentionRef[]): { agent: MentionRef | null; phrase: { start: number; end: number }; speaksFor: boolean } | null {
  if (!/^\p{Lu}/u.test(body.slice(principal.start, principal.end))) return null;
  // (A direct quotation's sentence may end before its attribution: “Where do we turn?” Eid's father said.)
  const sentenceEnd = principal.end < sentence.end ? sentence.end : body.length;
  const after = body.slice(principal.end, Math.min(sentenceEnd, principal.end + 60));
  const owned = OWNED_HEAD.exec(after);
  // (A bare apostrophe is a possessive only after an s: "Parnas' lawyer".)
  const possessive = owned && (/^[’']s/.test(owned[0]) || body[principal.end - 1] === 's') ? owned : null;
  const modified = possessive ? null : MODIFIED_HEAD.exec(after);
  const hit = possessive ?? modified;
  if (!hit) return null;
  const end = principal.end + hit[0].length;
  // The head owns something in turn ("Trump's lawyer's office"): that thing speaks, read elsewhere.
  if (/^[’']s?\s/.test(body.slice(end, end + 3))) return null;
  let start = principal.start;
  const lead = body.slice(Math.max(0, principal.start - 40), principal.start);
  const title = possessive ? TITLE_BEFORE.exec(lead) : null;
  if (title) start = principal.start - title[1].length;
  if (modified) {
    const before = DETERMINER_BEFORE.exec(body.slice(Math.max(Math.min(sentence.start, principal.start), principal.start - 40), principal.start));
    if (before) start = principal.start - before[1].length;
  }
  const phrase = { start, end };
  if (phrase.start < quoted.end && phrase.end > quoted.start) return null;
  const speaksFor = SIDE.has(hit[1].toLowerCase().replace(/\s+/g, ' '));
  // The person the phrase describes, named in apposition after it ("Trump’s first defense secretary, Jim Mattis,").
  // (A title may open the name: "McConnell’s whip, Sen. John Cornyn".)
  for (let i = firstFrom(mentions, end); i < mentions.length && mentions[i].start <= end + 16; i++) {
    const m = mentions[i];
    if (m.type === 'Person' && m.entityId !== principal.entityId && APPOSITIVE_AFTER.test(body.slice(end, m.start)) && m.end <= sentenceEnd) return { agent: m, phrase, speaksFor };
  }
  // …or before it, the phrase its appositive ("Sen. Lindsey Graham (R-S.C.), a staunch Trump ally, told reporters").
  for (let i = firstFrom(mentions, phrase.start - 60); i < mentions.length && mentions[i].start < phrase.start; i++) {
    const m = mentions[i];
    if (m.type === 'Person' && m.entityId !== principal.entityId && APPOSITIVE_GAP.test(body.slice(m.end, phrase.start))) return { agent: m, phrase, speaksFor };
  }
  return { agent: null, phrase, speaksFor };
}

/** Between the phrase and the name in apposition after it: a comma or a space, a short title at most. */
const APPOSITIVE_AFTER = /^(?:,\s*|\s+)(?:(?:Sen|Rep|Gov|Gen|Adm|Col|Lt|Dr|Mr|Mrs|Ms|Rev)\.?\s+)?$/;
/** Between a name and the phrase in apposition to it: a comma, a short parenthesis before it at most. */
const APPOSITIVE_GAP = /^(?:\s*\([^()]{1,20}\))?,\s*$/;
