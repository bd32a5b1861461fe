// Quotes: a group of people as a quote's whole source — "“…,” the justices wrote", "“…,” police said", "said the
// protesters", "The senators said “…”" — read as grammar reads it: a plural noun phrase headed by a person noun as the
// subject of a verb of saying. A group is several people, no one node: the source stays unnamed, its words kept
// (speaker null, contract v2); a country or body in its modifier is the frames' business before this one.
import { GROUP_SPEAKER_NOUNS, wordAlternation } from '../lexicon/sources.js';
import type { MentionRef } from './speakers.js';

/** Words that open a clause or a phrase, never a modifier of the group: "But the justices added", "with early supporters". */
const CLAUSE_WORDS = ['but', 'and', 'yet', 'so', 'or', 'then', 'when', 'while', 'as', 'if', 'with', 'of', 'in', 'for', 'from', 'to', 'by', 'on', 'at', 'among', 'including', 'than', 'that'];
/** The finite verbs of saying a group's frame takes ("the justices wrote", "said police"): no participle ("with early
 * supporters predicting" describes, it frames nothing) and no verb of agreeing or reporting that is also a noun ("the
 * police report said": the report speaks). */
const GROUP_CUES = [
  'said', 'say', 'says', 'wrote', 'write', 'writes', 'told', 'tell', 'tells', 'added', 'add', 'adds', 'noted', 'note', 'notes',
  'warned', 'warn', 'warns', 'argued', 'argue', 'argues', 'stated', 'explained', 'insisted', 'insist', 'insists', 'asked', 'ask',
  'asks', 'declared', 'concluded', 'continued', 'replied', 'responded', 'claimed', 'claim', 'claims', 'tweeted', 'announced',
  'vowed', 'shouted', 'chanted', 'cautioned', 'countered', 'recalled', 'complained', 'alleged', 'urged', 'testified', 'acknowledged',
];
const CUE = `(?:${wordAlternation(GROUP_CUES)})(?![\\p{L}-])(?!\\s+(?:said|says|stated|found|shows|showed)\\b)`;
/** Determiners of a group ("the justices", "his lawyers", "the two women"); none for a bare plural ("police said"). */
const GROUP_DETERMINERS = ['the', 'his', 'her', 'their', 'its', 'our', 'both', 'all', 'some', 'many', 'several', 'other', 'these', 'those', 'two', 'three', 'four', 'five', 'six'];
/** A determiner, up to three modifiers and the plural head: "the justices", "Democratic senators", "the former
 * high-ranking officials"; `opening`: the determiner may open a sentence ("The justices said"). */
const group = (opening: boolean) =>
  `(?:(?:${wordAlternation(GROUP_DETERMINERS, opening)}|\\d+)\\s+)?(?:(?!(?:${wordAlternation(CLAUSE_WORDS, true)})\\s)[\\p{L}’'.-]+\\s+){0,3}?(?:${wordAlternation(GROUP_SPEAKER_NOUNS, opening)})`;
const GROUP = group(false);

/**
 * After a closing mark: the group and the cue ("…,” the justices wrote") or the cue and the group closing the clause
 * ("…,” said the protesters, who …", "said police."); a relative pronoun, a preposition or a stop may follow it.
 * Anchored; bounded runs of words and spaces: linear.
 */
export const GROUP_SOURCE_AFTER_QUOTE = new RegExp(
  `^\\s*,?\\s*(?:(${GROUP})\\s+(?:also\\s+|later\\s+|then\\s+|again\\s+|have\\s+|had\\s+)?(${CUE})|(${CUE})\\s+(${GROUP})(?=\\s*(?:[,.;!?]|$)|\\s+(?:who|in|on|at|to|from|during|after|before|as|according)\\s))`,
  'u',
);

/** Before a cue: the group opening its clause ("The justices said “…”", "But the justices added, “…”"). Anchored at
 * the end of the words before the cue; bounded: linear. */
export const GROUP_SOURCE_BEFORE_CUE = new RegExp(`(?:^|[,;:]\\s+|\\b(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o)\\s+)(${group(true)})\\s+(?:also\\s+|later\\s+|then\\s+|again\\s+)?$`, 'u');

/** Words that make the phrase no group of speakers: a verb, a relative, a conjunction (the phrase ran past its own). */
const NOT_A_GROUP = /\b(?:that|who|which|whom|whose|is|was|are|were|has|have|had|and|or|but|said|says|told|tells|added|wrote|when|while|as|if|because|after|before|of)\b/i;

/** The group after a quote's closing mark: its words, where they start in `after`, and the cue; null when there is none. */
export function groupSourceAfter(after: string): { phrase: string; at: number; cue: string } | null {
  const m = GROUP_SOURCE_AFTER_QUOTE.exec(after);
  if (!m) return null;
  const phrase = m[1] ?? m[4];
  if (NOT_A_GROUP.test(phrase.replace(/^(?:the|his|her|their|its|our)\s+/i, '').replace(/\s+\S+$/, ''))) return null;
  return { phrase, at: m.index + m[0].indexOf(phrase, m[1] ? 0 : m[3].length), cue: (m[2] ?? m[3]).toLowerCase() };
}

/** The group before a cue at the end of `beforeCue` (its words and where they start), null when there is none. */
export function groupSourceBefore(beforeCue: string): { phrase: string; at: number } | null {
  const m = GROUP_SOURCE_BEFORE_CUE.exec(beforeCue);
  if (!m) return null;
  const phrase = m[1];
  if (NOT_A_GROUP.test(phrase.replace(/\s+\S+$/, ''))) return null;
  return { phrase, at: m.index + m[0].indexOf(phrase) };
}

/** "police", "the police", "Boston police": the force as a group, no modifier but a place. */
const POLICE_GROUP = /^(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,2}police$/iu;
/** A police force's name: "Metropolitan Police", "Boston Police Department", "Royal Canadian Mounted Police". */
const POLICE_NAME = /\b(?:Police|Constabulary|Gendarmerie)\b/;

/** A force named in lower case after its place ("Humberside County police"): another force than one named in capitals. */
const PLACE_POLICE = /\p{Lu}[\p{L}.-]*\s+(?:County\s+)?police\b/u;
/** How far before the quote the force must be named: its paragraph or the one before. */
const FORCE_WINDOW = 800;

/** The one police force named shortly before a quote of "police" ("…,” police said" after "the Metropolitan Police
 * arrested …"): a force speaks through its officers as a ministry through its spokesman. Null when none or several
 * are named there, or a force written in lower case after its place ("Humberside County police") may be another. */
export function policeForce(phrase: string, quoteStart: number, mentions: readonly MentionRef[], body: string): string | null {
  if (!POLICE_GROUP.test(phrase)) return null;
  const from = Math.max(0, quoteStart - FORCE_WINDOW);
  const near = mentions.filter((m) => m.type === 'Organization' && m.start >= from && m.end <= quoteStart && POLICE_NAME.test(body.slice(m.start, m.end)));
  const forces = new Set(near.map((m) => m.entityId));
  if (forces.size !== 1) return null;
  // (Blank out the force's own mentions before looking for another force written in lower case.)
  let window = body.slice(from, quoteStart);
  for (const m of near) window = window.slice(0, m.start - from) + ' '.repeat(m.end - m.start) + window.slice(m.end - from);
  return PLACE_POLICE.test(window) ? null : [...forces][0];
}
