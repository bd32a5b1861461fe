// Quotes: a country credited whose name only modifies the speaker's noun ("Some U.S. senators expressed concern … and
// urged …", "Iranian officials did not address … but threatened …") or only places it ("The U.S. Embassy in Afghanistan
// confirmed …", "Kurdish-led forces in northeast Syria confirmed …") does not speak: the noun phrase it stands in does — a
// body the article names heading it ("the U.S. Embassy"), else unnamed, the modifying country kept as onBehalfOf, as "U.S.
// officials said" already reads (issue #14: a country as speaker while the sentence names someone else).
import { SOURCE_PEOPLE } from '../lexicon/sources.js';
import { firstFrom, type MentionRef } from './speakers.js';

/** People a country's name or adjective only modifies — its officials, senators, diplomats, doctors — and its missions
 * abroad (not its government, authorities or regime, the state itself, speaker.demonym-state; nor its military or state
 * media, organs the state speaks through). */
const MODIFIED_HEADS = [
  ...SOURCE_PEOPLE.filter((w) => !/^(?:authorities|police|person|people|member|members|leader|leaders)$/.test(w)),
  'troops', 'embassy', 'Embassy', 'embassies', 'consulate', 'Consulate', 'mission', 'delegation', 'commanders', 'commander',
];
const HEADS: ReadonlySet<string> = new Set(MODIFIED_HEADS);
/** A phrase a place after "in" belongs to may be any body as well: "Kurdish-led forces in northeast Syria". */
const PLACED_HEADS: ReadonlySet<string> = new Set([...MODIFIED_HEADS, 'military', 'army', 'navy', 'media', 'forces', 'agencies', 'militia', 'militias', 'groups', 'group', 'rebels', 'activists', 'monitor']);
/** A lower-case word that cannot stand inside the noun phrase before its head: a finite verb, an auxiliary, an adverb, a
 * past or a third person's verb ("Russia accused western officials": a verb, so no phrase). A hyphenated word is an
 * adjective ("Kurdish-led"). Anchored, one alternation: linear. */
const VERB_LIKE = /^(?:said|says|told|tells|has|have|had|is|was|are|were|will|would|can|could|may|might|must|did|does|do|also|still|then|later|again|made|took|gave|sent|met|won|lost|held|kept|\p{Ll}+ly|\p{Ll}+ed|\p{Ll}+s)$/u;
const phraseWord = (w: string) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && (w.includes('-') || !VERB_LIKE.test(w));
/** Determiners and quantifiers opening the phrase ("Some U.S. senators", "The U.S. Embassy", "top Iranian officials"). */
const DETERMINER = /^(?:[Tt]he|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Oo]ther|[Tt]op|[Ss]enior|[Ff]ormer|[Tt]wo|[Tt]hree|[Aa]n?|[Oo]ne|[Bb]oth|[Aa]ll)$/;
/** A word after which a clause, and so its subject, opens: a conjunction, or one ending with a comma, a semicolon, a colon. */
const CLAUSE_OPENER = /^(?:and|but|while|as|when|after|before|because|although|though|[—–]|.*[,;:])$/u;
/** The preposition placing a phrase ("Embassy in", "forces in northeast", "involved on"), a direction at most between. */
const PLACING = /^(?:in|inside|near|at|on|for)$/;
const DIRECTION = /^(?:the|north|south|east|west|northern|southern|eastern|western|northeast|northwest|southeast|southwest|northeastern|northwestern|southeastern|southwestern|central)$/;

/** The head word after a country's name, up to two lower-case words of its phrase before it ("U.S. senators", "Chinese
 * state media", "U.S. military officials"): the offset in `tail` where the head ends, or -1. */
/** After a country's name, the shape of a phrase it modifies: its possessive at most, up to two lower-case words, a word
 * (its head, when headAfter finds it one). Anchored, bounded: linear. */
export const MODIFIED_AFTER = /^(?:[’']s)?\s+(?:[\p{Ll}-]+\s+){0,2}[\p{L}-]+/u;

function headAfter(tail: string): number {
  if (!MODIFIED_AFTER.test(tail)) return -1;
  let at = /^(?:[’']s)?\s+/.exec(tail)![0].length;
  for (let k = 0; k < 3; k++) {
    const word = /^[\p{L}-]+/u.exec(tail.slice(at))?.[0];
    if (!word) return -1;
    if (HEADS.has(word)) return at + word.length;
    const space = /^\s+/.exec(tail.slice(at + word.length))?.[0];
    if (!phraseWord(word) || !space) return -1;
    at += word.length + space.length;
  }
  return -1;
}

/** Whether the words of a phrase a place follows are a noun phrase: at most five words, then a head, up to two words and a
 * participle modifying it ("U.S. Embassy", "Kurdish-led forces", "senior U.S. official highly involved"). */
function placedPhrase(words: readonly string[]): boolean {
  // (Any head may be the phrase's: "a spokesman at the U.S. Embassy [in Seoul]".)
  for (let h = 0; h < Math.min(words.length, 6); h++) {
    if (!PLACED_HEADS.has(words[h])) continue;
    if (!words.slice(0, h).every((w) => /^\p{Lu}/u.test(w) || phraseWord(w))) return false;
    let k = h + 1;
    while (k < words.length && k <= h + 2 && phraseWord(words[k])) k++;
    if (k < words.length && /^\p{Ll}+ly$/u.test(words[k])) k++;
    if (k < words.length && /^\p{Ll}+(?:ed|ing)$/u.test(words[k])) k++;
    if (k === words.length) return true;
  }
  return false;
}


/** Between a head noun and a name in apposition: at most four title words ("spokesman Lt. Col. Peter Lerner"). */
const TITLES_BEFORE_NAME = /^\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;

export interface CountryModified {
  /** The phrase that speaks. */
  start: number;
  end: number;
  /** A body the article names heading it ("the U.S. Embassy"): it speaks. */
  entityId: string | null;
  /** The country the phrase belongs to, when its words name one. */
  onBehalfOf: string | null;
}

/**
 * The phrase a credited country at `span` only modifies or places, when it opens its clause; null when the country heads
 * its own phrase ("Russia banned …, and said", "The U.S. government said").
 */
export function countryModified(body: string, span: { start: number; end: number }, sentence: { start: number; end: number }, country: string, mentions: MentionRef[]): CountryModified | null {
  // (A country read from a sentence before, as "it" — "The Israeli army says …. It adds …" — stays as that rule reads it.)
  if (span.start < sentence.start || span.end > sentence.end) return null;
  const lead = body.slice(Math.max(sentence.start, span.start - 160), span.start);
  const fromSentence = span.start - 160 <= sentence.start;
  const words = [...lead.matchAll(/\S+/g)];
  // "Some U.S. senators …", "Iranian officials …": the name modifies the head after it.
  const headEnd = lead === '' || /\s$/.test(lead) ? headAfter(body.slice(span.end, Math.min(sentence.end, span.end + 60))) : -1;
  if (headEnd >= 0) {
    let k = words.length;
    while (k > 0 && words.length - k < 3 && DETERMINER.test(words[k - 1][0])) k--;
    // (The phrase opens its clause: the sentence's start, or after a conjunction or a comma; not a preposition's object.)
    if (k === 0 ? fromSentence : CLAUSE_OPENER.test(words[k - 1][0])) {
      const end = span.end + headEnd;
      const start = k < words.length ? span.start - lead.length + words[k].index : span.start;
      // "Israeli army spokesman Lt. Col. Peter Lerner said": a name after the head, its titles at most between, speaks.
      const named = mentions[firstFrom(mentions, end)];
      if (named && named.type === 'Person' && TITLES_BEFORE_NAME.test(body.slice(end, named.start))) return { start: named.start, end: named.end, entityId: named.entityId, onBehalfOf: null };
      return { start, end, entityId: null, onBehalfOf: country };
    }
  }
  // "The U.S. Embassy in Afghanistan confirmed …": the country places the phrase before the preposition.
  let p = words.length;
  while (p > 0 && words.length - p < 2 && DIRECTION.test(words[p - 1][0])) p--;
  if (p === 0 || !PLACING.test(words[p - 1][0]) || !/\s$/.test(lead)) return null;
  const prep = p - 1;
  let open = prep;
  while (open > 0 && !CLAUSE_OPENER.test(words[open - 1][0])) open--;
  if (open === 0 && !fromSentence) return null;
  let first = open;
  if (first < prep && DETERMINER.test(words[first][0])) first++;
  if (!placedPhrase(words.slice(first, prep).map((w) => w[0]))) return null;
  const phraseStart = span.start - lead.length + words[open].index;
  const phraseEnd = span.start - lead.length + words[prep - 1].index + words[prep - 1][0].length;
  let named: MentionRef | null = null;
  let owner: string | null = null;
  for (let i = firstFrom(mentions, phraseStart); i < mentions.length && mentions[i].start < phraseEnd; i++) {
    const m = mentions[i];
    if (m.end > phraseEnd) break;
    if (m.type === 'Organization' && m.end === phraseEnd) named = m;
    else if (m.type === 'Country' && !owner) owner = m.entityId;
    else if (m.type === 'Person') return null;
  }
  if (named) return { start: named.start, end: named.end, entityId: named.entityId, onBehalfOf: null };
  return { start: phraseStart, end: span.end, entityId: null, onBehalfOf: owner };
}
