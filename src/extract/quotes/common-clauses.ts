// Quotes: a stance or an intention whose subject is a common noun phrase — "Human rights groups have criticized the
// crackdown", "European leaders have promised to take in more refugees", "The rebels have publicly welcomed …" — an
// unnamed source (speaker null, the body its words name as onBehalfOf), its subject read as common-subject.ts reads a
// speech verb's subject. Named subjects are clauses.ts's (the SUBJECT fragment needs a name or a pronoun).
import type { Sentence } from '../segment.js';
import { STANCE_VERBS } from '../lexicon/speech.js';
import { commonNounSubject } from './common-subject.js';
import { NEGATED, POSSESSED_CLAIM, firstRuns } from './patterns.js';
import { speakerFromText, type MentionRef, type SpeakerRef } from './speakers.js';
import type { ClauseAttribution } from './clauses.js';

/**
 * Stance forms that a common-noun subject mostly does rather than says: attacks and blows ("The rebels attacked the
 * city", "troops pounded …"), support given in acts or votes, wishes, comparisons, things shown or offered. With a
 * name they stay clauses.ts's stances; here they are left out. (polnear-train shares of cue over all uses, where
 * counted: attacked 0.46, supported 0.37, opposed 0.34, wanted 0.22, challenged 0.46, offered 0.51.)
 */
const ACT_STEMS = /^(?:attack|pound|hammer|blast|rip|grill|go\s|went\s|gone\s|going\s|unleash|seek|sought|want|love|hate|resist|embrac|favor|protest|vote|voting|campaign|float|teas|rate|rating|unveil|offer|promot|credit|dodg|deflect|single|side|siding|break|broke|back|respond|champion|admir|salut|minimiz|compar|liken|echo|defend|support|oppos|challeng|outlin|lay|laid|discuss|talk|play|brush|shrug|push|lobby|plead|stand|stood|speak|spoke|weigh|take|took|taking|make|made|making|retweet|advocat|endors)/;

/** Speech verbs that take an object rather than a clause ("have accused Russia of …", "denied the reports", "demanded the resignation"). */
const SPEECH_WITH_OBJECT = new Set(['accused', 'accuses', 'accuse', 'denied', 'denies', 'deny', 'demanded', 'demands', 'demand', 'urged', 'urges', 'urge', 'warned', 'warns', 'warn']);

/** Verbs of intention taking "to …" whose train share as cues is at least half (promised 0.77, refused 0.69, vowed 0.95, agreed 0.56, declined 0.75, insisted 0.86; not wants 0.23, hoped 0.45, pledged 0.28). */
const INTENTION_WITH_TO = new Set(['promised', 'promises', 'promise', 'refused', 'refuses', 'refuse', 'vowed', 'vows', 'vow', 'agreed', 'agrees', 'agree', 'declined', 'declines', 'decline', 'insisted', 'insists', 'insist', 'threatened', 'threatens', 'threaten']);

/** A form of "be" before a progressive cue ("are calling for"): the subject's auxiliary, not part of its phrase. */
const PROGRESSIVE_BE = /\s(?:are|is|were|was|have\s+been|has\s+been|had\s+been)\s*$/;
/** The head part of a subject phrase, before its complement ("the organizers | of the campaign"). */
const COMPLEMENT_START = /\s(?:of|on|in|from|at|for|with|across|around|close|inside|within|among|outside)\s/;
/** "The candidate", "the former secretary": one person the article names elsewhere, not an unnamed source (a plural head ends in s). */
const isDefiniteSingular = (phrase: string) => {
  const core = phrase.split(COMPLEMENT_START)[0];
  return /^[Tt]he\s/.test(core) && (!/s$/.test(core) || /ss$/.test(core));
};
/** A determiner or a possessive right before a form: a noun follows, not a verb. */
const DETERMINER_END = /(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|any|no|every|each)|[’']s)\s+$/i;
/**
 * A participle right after the head noun, then a preposition, with the clause's own verb a copula further on: a
 * reduced relative modifying the subject ("The opinions expressed in this commentary are …", "the views voiced here
 * are …"), not the subject's statement. Only "is/are/was/were" before any "that" counts as the clause's verb.
 */
const REDUCED_RELATIVE_AFTER = /^\s+(?:in|by|on|at|here|herein|above|below|during|through|via)\b[^,;“”"]*?\s(?:is|are|was|were)\s/;
const THAT_WORD = /\bthat\b/;
const NEGATION = NEGATED;
/** The sentence's words, read one by one for the first cue (rules.ts: the rule's pattern). */
export const CUE_TOKEN = /[^\s,;:“”"()]+/g;
/** The units besides blanks that end a CUE_TOKEN: the sentence's first words are read as runs between them (firstRuns). */
export const CUE_TOKEN_SEPARATORS = ',;:“”"()';
/** The words a cue may be read from: the subject holds at most ten, auxiliaries and adverbs a few more. */
const MAX_CUE_WORD = 16;

/**
 * The words stance forms open with, each with the most words a form opening with it has: a sentence's word that opens
 * none cannot start a stance cue (a form is its tokens joined by single spaces, so its first word is one token).
 */
const STANCE_FORM_WORDS: ReadonlyMap<string, number> = (() => {
  const longest = new Map<string, number>();
  for (const form of STANCE_VERBS) {
    const words = form.split(' ');
    longest.set(words[0], Math.max(longest.get(words[0]) ?? 0, words.length));
  }
  return longest;
})();

/**
 * clause.common-subject: the sentence's (or its opening phrase's) subject is a common noun phrase commonNounSubject
 * accepts as an unnamed source, and its first verb is a stance (not one of the acts above), a speech verb with an
 * object, or an intention with "to". Only the first verb-like cue is read: a later one belongs to another clause.
 */
export function commonSubjectClauses(text: string, s: Sentence, mentions: MentionRef[], roles: Map<string, string>): ClauseAttribution[] {
  const tokens = firstRuns(text.slice(0, 240), CUE_TOKEN_SEPARATORS, MAX_CUE_WORD + 4);
  for (let i = 1; i < Math.min(tokens.length, MAX_CUE_WORD); i++) {
    const word = tokens[i][0];
    // Most words open no stance form: those are skipped before any form is built.
    const longest = STANCE_FORM_WORDS.get(word);
    if (longest === undefined && !INTENTION_WITH_TO.has(word) && !SPEECH_WITH_OBJECT.has(word)) continue;
    if (!/^\p{Ll}+$/u.test(word)) continue;
    // The longest stance form starting here ("lashed out at", "called on"), else a one-word cue.
    let cue: string | null = null;
    let kind: 'stance' | 'intention' = 'stance';
    for (let n = Math.min(4, tokens.length - i, longest ?? 0); n >= 1 && !cue; n--) {
      const form = tokens.slice(i, i + n).map((t) => t[0]).join(' ');
      if (STANCE_VERBS.has(form)) cue = form;
    }
    if (!cue && INTENTION_WITH_TO.has(word) && tokens[i + 1]?.[0] === 'to' && /^\p{Ll}/u.test(tokens[i + 2]?.[0] ?? '')) { cue = word; kind = 'intention'; }
    if (!cue && SPEECH_WITH_OBJECT.has(word)) cue = word;
    if (!cue) continue;
    if (/ed$/.test(cue)) {
      const after = REDUCED_RELATIVE_AFTER.exec(text.slice(tokens[i].index + cue.length, 240));
      if (after && !THAT_WORD.test(after[0])) continue;
    }
    // The first cue of the sentence decides: an act's verb, or one a name heads, is no common subject's statement.
    if (ACT_STEMS.test(cue) && kind === 'stance' && !SPEECH_WITH_OBJECT.has(cue)) return [];
    const cueAt = tokens[i].index;
    let before = text.slice(0, cueAt);
    // After a determiner the form is a noun ("the question of who …", "its proposed cutoff"); an -s form after a
    // plural is one too ("Many references to …"); a dash sets off a reduced relative ("measures - deemed insufficient").
    if (DETERMINER_END.test(before) || (/[^s]s$/.test(cue.split(' ')[0]) && /(?:[^s’']s|\b(?:many|some|several|both|all|few))\s+$/i.test(before)) || /\s[-—–]\s/.test(before)) return [];
    if (/ing$/.test(word)) {
      const be = PROGRESSIVE_BE.exec(before);
      if (!be) return [];
      before = before.slice(0, be.index);
    } else if (/\s(?:are|is|were|was|be|been|being)\s*$/.test(before)) return []; // a passive: "were urged to leave"
    let speaker: SpeakerRef | null = commonNounSubject(before, s.start, mentions);
    if (!speaker) return [];
    // A definite singular ("The candidate has lashed out at …") is someone the article names: the role's holder, or none.
    const phrase = text.slice(speaker.start - s.start, speaker.end - s.start);
    if (isDefiniteSingular(phrase)) speaker = speakerFromText(phrase, speaker.start, mentions, roles);
    if (!speaker?.entityId && speaker && isDefiniteSingular(phrase)) return [];
    if (!speaker) return [];
    let contentStart = kind === 'intention' ? tokens[i + 1].index : cueAt + cue.length + 1;
    if (/^that\s/.test(text.slice(contentStart))) contentStart += 5; // "doubt that …": the clause, not its complementizer
    // "Critics rejected Trump's claim that …": the object is someone's own report (clause.possessed-claim's), not these words.
    POSSESSED_CLAIM.lastIndex = 0;
    if (POSSESSED_CLAIM.exec(text.slice(contentStart - 1, contentStart + 160))?.index === 0) return [];
    const negated = NEGATION.test(text.slice(speaker.end - s.start, cueAt));
    return [{ rule: 'clause.common-subject', kind, cueAt, contentStart, cue: negated ? `not ${cue}` : cue, speaker, stance: true }];
  }
  return [];
}
