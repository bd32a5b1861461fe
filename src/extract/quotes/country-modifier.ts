// Quotes: a country credited whose name only modifies the speaker's noun ("Some U.S. senators expressed concern … and
// urged …", "Iranian officials did not address … but threatened …") or only places it ("The U.S. Embassy in Afghanistan
// confirmed …", "Kurdish-led forces in northeast Syria confirmed …") does not speak: the noun phrase it stands in does — a
// body the article names heading it ("the U.S. Embassy"), else unnamed, the modifying country kept as onBehalfOf, as "U.S.
// officials said" already reads (issue #14: a country as speaker while the sentence names someone else).
import { SOURCE_PEOPLE, wordAlternation } from '../lexicon/sources.js';
import { firstFrom, type MentionRef } from './speakers.js';

/** People a country's name or adjective only modifies — its officials, senators, diplomats, doctors — and its missions
 * abroad (not its government, authorities or regime, the state itself, speaker.demonym-state; nor its military or state
 * media, organs the state speaks through). */
const MODIFIED_HEADS = [
  ...SOURCE_PEOPLE.filter((w) => !/^(?:authorities|police|person|people|member|members|leader|leaders)$/.test(w)),
  'troops', 'embassy', 'Embassy', 'embassies', 'consulate', 'Consulate', 'mission', 'delegation', 'commanders', 'commander',
];
const HEAD = `(?:${wordAlternation(MODIFIED_HEADS)})(?![\\p{L}-])`;
/** A phrase a place after "in" belongs to may be any body as well: "Kurdish-led forces in northeast Syria". */
const PLACED_HEAD = `(?:${wordAlternation([...MODIFIED_HEADS, 'military', 'army', 'navy', 'media', 'forces', 'agencies', 'militia', 'militias', 'groups', 'group', 'rebels', 'activists', 'monitor'])})(?![\\p{L}-])`;
/** A lower-case word inside the noun phrase, before its head ("state media", "military officials", "Kurdish-led forces"):
 * not a finite verb, an auxiliary or an adverb of the predicate ("Russia accused western officials": a verb, so no phrase). */
const NP_WORD = "(?!(?:said|says|told|tells|has|have|had|is|was|are|were|will|would|can|could|may|might|must|did|does|do|also|still|then|later|again|made|took|gave|sent|met|won|lost|held|kept|urged|asked|called|warned|accused|denied|\\p{Ll}+ly)\\s)(?:[\\p{Ll}]+-[\\p{Ll}-]+|(?![\\p{Ll}]+(?:ed|s)\\s)[\\p{Ll}]+)";

/** After the country's name: its possessive at most, up to two lower-case words, the head ("U.S. senators", "Chinese state
 * media", "the US military"). Anchored, bounded: linear. */
export const MODIFIED_AFTER = new RegExp(`^(?:[’']s)?\\s+(?:${NP_WORD}\\s+){0,2}?${HEAD}`, 'u');
/** Before the country's name, from where its phrase opens the clause: the sentence's start, an opening adjunct's comma or
 * a conjunction, then determiners and quantifiers ("Some", "The", "top"). Not a preposition's object ("Like U.S.
 * officials, the group …"). Run on a bounded slice: linear. */
const PHRASE_OPENS = /(?:^|[,;:—–]\s+|\s(?:and|but|while|as|when|after|before|because|although|though)\s+)((?:(?:[Tt]he|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Oo]ther|[Tt]op|[Ss]enior|[Ff]ormer|[Tt]wo|[Tt]hree|[Aa]n?|[Oo]ne|[Bb]oth|[Aa]ll)\s+){0,3})$/;
/** Before a country credited, the preposition placing the phrase it stands in ("… Embassy in ", "… forces in northeast ",
 * "… involved on "): the country is where, or what about, never who. Run on a bounded slice: linear. */
export const PLACED_BY = /\s(?:in|inside|near|at|on|for)\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|northeast|northwest|southeast|southwest|northeastern|northwestern|southeastern|southwestern|central)\s+)?$/;
/** The words from the subject's start to the preposition: at most five words, then the head ("The U.S. Embassy",
 * "Kurdish-led forces"), no finite verb among them, and a participle modifying it at most ("a senior U.S. official highly
 * involved [on Syria]", "troops stationed [in Syria]"). Anchored: linear. */
const PLACED_PHRASE = new RegExp(`^(?:(?:[\\p{Lu}][\\p{L}.’'-]*|${NP_WORD})\\s+){0,5}?${PLACED_HEAD}(?:\\s+${NP_WORD}){0,2}(?:\\s+(?:\\p{Ll}+ly\\s+)?\\p{Ll}+(?:ed|ing))?$`, 'u');

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
  // "Some U.S. senators …", "Iranian officials …": the name modifies the head after it.
  const after = MODIFIED_AFTER.exec(body.slice(span.end, Math.min(sentence.end, span.end + 60)));
  const opens = PHRASE_OPENS.exec(lead);
  if (after && opens && (opens[0].length > opens[1].length || fromSentence)) {
    const end = span.end + after[0].length;
    // "Israeli army spokesman Lt. Col. Peter Lerner said": a name after the head, its titles at most between, speaks.
    const named = mentions[firstFrom(mentions, end)];
    if (named && named.type === 'Person' && TITLES_BEFORE_NAME.test(body.slice(end, named.start))) return { start: named.start, end: named.end, entityId: named.entityId, onBehalfOf: null };
    return { start: span.start - opens[1].length, end, entityId: null, onBehalfOf: country };
  }
  // "The U.S. Embassy in Afghanistan confirmed …": the country places the phrase before the preposition.
  const placed = PLACED_BY.exec(lead);
  if (!placed) return null;
  const before = lead.slice(0, placed.index);
  const open = /(?:^|[,;:—–]\s+|\s(?:and|but|while|as|when|after|before|because|although|though)\s+)(?=\S)/g;
  let from = -1;
  for (const o of before.matchAll(open)) if (o[0].length > 0 || fromSentence) from = o.index + o[0].length;
  if (from < 0) return null;
  const phrase = before.slice(from);
  const head = PLACED_PHRASE.exec(phrase.replace(/^(?:[Tt]he|[Aa]n?|[Ss]ome|[Ss]everal|[Mm]any|[Tt]wo|[Tt]hree)\s+/, ''));
  if (!head) return null;
  const phraseStart = span.start - lead.length + from;
  const phraseEnd = span.start - lead.length + before.length;
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
