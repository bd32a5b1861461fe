// Quotes: a cue word that is a plural noun where it stands — "EU states that backed the deal", "in those states",
// "nuclear weapon states are uncertain" — reports nothing: no candidate is read from it. Input: a candidate's cue and
// the words naming its speaker; output: whether the cue word beside the speaker is the noun. Each entry's examples run
// through the whole extraction as tests (tests/extract/noun-cues.test.ts). Example: "Meanwhile, EU states that backed
// the nuclear deal have said they will protect EU firms." (the EU does not "state" anything: EU states have said).
import type { Candidate } from './arbitrate.js';

/** A cue word that is also a plural noun read here: "states" (a verb of saying, and the countries or US states),
 * "questions" (a verb of stance, and what is asked: "questions remain over whether …"). */
const NOUN_CUE_WORDS = new Set(['states', 'questions']);

/** Words right before a plural noun that no subject of a verb ends with: determiners and quantifiers ("those states",
 * "certain states", "all 50 states", "member states"). */
export const PLURAL_DETERMINER_BEFORE = /(?:^|\s)(?:those|these|many|several|some|certain|other|all|both|few|most|various|numerous|member|fellow|neighbou?ring|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?\s+of|hundreds\s+of)\s*$/iu;

/** Words right after a plural noun that no verb of saying takes: a plural verb ("states are", "states have"), a relative
 * pronoun and its verb ("states that backed", "states which …"), a participle ("states slamming"). */
export const PLURAL_NOUN_AFTER = /^\s+(?:are|were|have|had|do|did|will|would|can|could|should|must|may|might|which|who|whose|remain|linger|persist|arise|abound|loom|swirl|mount|surround|(?:about|over)\s+(?:whether|how|why|what)\b|(?:that\s+)?(?:are|were|have|had|\p{Ll}{3,}ed)\b|\p{Ll}{3,}ing\b)/u;

export interface NounCueRule {
  /** Tested on the words before the cue word (a determiner) or after it (a plural verb). */
  readonly pattern: RegExp;
  readonly side: 'before' | 'after';
  readonly why: string;
  /** A sentence and the quote that must still come out of it (words and speaker), or null: no quote. */
  readonly examples: readonly (readonly [text: string, expected: { speaker: string | null; text: string } | null])[];
}

export const NOUN_CUE_RULES = {
  'noun-cue.plural-verb-after': {
    pattern: PLURAL_NOUN_AFTER,
    side: 'after',
    why: 'A cue word followed by a plural verb, a relative clause or a participle ("EU states that backed the deal have said", "weapon states are uncertain") is the plural noun the clause is about, not a verb of saying.',
    examples: [
      ['Meanwhile, EU states that backed the nuclear deal have said they will protect EU firms.', null],
      ['The estimates for several of the other nuclear weapon states are highly uncertain.', null],
      ['John Kerry spoke on Monday, and questions remain over whether Turkey will join the coalition.', null],
      // A verb of saying keeps its clause.
      ['The report states that the program failed to meet its goals.', { speaker: null, text: 'the program failed to meet its goals' }],
      ['James Comey states that he did not interpret the request as an order.', { speaker: 'James Comey', text: 'he did not interpret the request as an order' }],
    ],
  },
  'noun-cue.plural-determiner-before': {
    pattern: PLURAL_DETERMINER_BEFORE,
    side: 'before',
    why: 'A determiner or a quantifier right before the cue word ("in those states", "in certain states", "all 50 states") makes it a plural noun: a subject never ends with one.',
    examples: [
      ['The group plans to run television ads in Washington and in certain states against the nominee.', null],
      ['Labor ran ads in those states slamming the lawmakers.', null],
      // A subject's noun before the verb keeps it a verb.
      ['The complaint states that the office is now knowingly withholding the records.', { speaker: null, text: 'the office is now knowingly withholding the records' }],
    ],
  },
} as const satisfies Record<string, NounCueRule>;

export type NounCueRuleId = keyof typeof NOUN_CUE_RULES;

const RULES = Object.values(NOUN_CUE_RULES) as NounCueRule[];

/**
 * Whether a candidate's cue word is a plural noun where it stands: the cue word right after the words naming the
 * speaker ("EU states that …") or right before them ("… “red” states are Mary Landrieu"), and a rule reads the noun.
 */
export function isNounCue(c: Pick<Candidate, 'quote' | 'speaker'>, body: string): boolean {
  const cue = c.quote.cue?.toLowerCase();
  if (!cue || !NOUN_CUE_WORDS.has(cue) || !c.speaker) return false;
  const { start, end } = c.speaker;
  // The cue word beside the speaker's words: after them (subject first) or before them (inverted).
  const after = new RegExp(`^[\\s”"]*${cue}\\b`, 'u').exec(body.slice(end, end + cue.length + 4));
  const before = new RegExp(`\\b${cue}[\\s,]*$`, 'u').exec(body.slice(Math.max(0, start - cue.length - 4), start));
  // …or right before the words it reports, wherever the speaker stands ("Kerry dodged the question, and questions remain …").
  const leading = new RegExp(`\\b${cue}\\s+$`, 'u').exec(body.slice(Math.max(0, c.quote.start - cue.length - 3), c.quote.start));
  let at: number;
  if (after) at = end + after[0].length - cue.length;
  else if (before) at = Math.max(0, start - cue.length - 4) + before.index;
  else if (leading) at = Math.max(0, c.quote.start - cue.length - 3) + leading.index;
  else return false;
  const wordsBefore = body.slice(Math.max(0, at - 40), at);
  const wordsAfter = body.slice(at + cue.length, at + cue.length + 40);
  return RULES.some((r) => r.pattern.test(r.side === 'before' ? wordsBefore : wordsAfter));
}
