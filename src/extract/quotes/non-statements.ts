// Quotes: readings that put nothing forward — evidence the writer reads ("Lavrov's comments suggest …", "the disclosures
// reveal …") — dropped before arbitration, so they neither stand as quotes nor block another reading. A quote is what
// a source said, wrote or put forward (issue #14). Each rule: id, pattern over "CUE :: CONTENT", why, and
// [sentence, expected] examples that tests/extract/non-statements.test.ts runs through the whole extraction.
import type { Quote } from '../types.js';
import { EVIDENCE_NOUNS } from '../lexicon/speech.js';

/** An example: the text, and the quote that must still come out of it (its words, speaker and, when given, cue), or null: no quote at all. */
export type NonStatementExample = readonly [text: string, expected: { speaker: string | null; text: string; cue?: string } | null];

export interface NonStatementRule {
  /** Matched against "CUE :: CONTENT" (the candidate's cue, then its words). */
  readonly pattern: RegExp;
  /** When given, the head noun of the words naming an unnamed source must be one of these (a named speaker or a pronoun never is). */
  readonly unnamedHead?: ReadonlySet<string>;
  readonly why: string;
  readonly examples: readonly NonStatementExample[];
}

/** Prepositions opening a noun phrase's complement: the head is the word before the first ("exposure | to imports"). */
const COMPLEMENT = new Set(['of', 'on', 'to', 'from', 'in', 'about', 'by']);
/** The head noun of an unnamed source's words, lower-cased. */
function headNoun(phrase: string): string {
  const tokens = phrase.toLowerCase().split(/\s+/).filter(Boolean);
  const complement = tokens.findIndex((t, i) => i > 0 && COMPLEMENT.has(t));
  return tokens[(complement < 0 ? tokens.length : complement) - 1] ?? '';
}

export const NON_STATEMENT_RULES = {
  'non-statement.evidence': {
    pattern: /^(?:suggest|suggests|suggested|suggesting|reveal|reveals|revealed|indicate|indicates|indicated|predict|predicts|predicted|imply|implies|implied|signal|signals|signaled|signalled)\s+::\s/u,
    unnamedHead: new Set<string>(EVIDENCE_NOUNS),
    why: 'Things that suggest, reveal or predict ("Lavrov’s comments suggest to some analysts", "the vague disclosures do reveal", "greater exposure to Chinese imports predicts") are evidence the writer reads, no source putting a claim forward; a poll or a report that finds is a document speaking (reported.finding).',
    examples: [
      ['Sergey Lavrov’s comments suggest to some regional analysts that Moscow is worried.', null],
      ['The vague disclosures do reveal that China Daily paid millions to newspapers.', null],
      ['Greater exposure to Chinese imports predicts a larger shift toward the Republican candidate.', null],
      // People and documents still speak.
      ['Some analysts suggest that Moscow is worried about the talks.', { speaker: null, text: 'Moscow is worried about the talks' }],
      ['A new poll suggests that Moscow is worried about the talks.', { speaker: null, text: 'Moscow is worried about the talks' }],
    ],
  },
} as const satisfies Record<string, NonStatementRule>;

export type NonStatementRuleId = keyof typeof NON_STATEMENT_RULES;

const RULES = Object.values(NON_STATEMENT_RULES) as NonStatementRule[];

/**
 * Whether a quote's reading puts nothing forward: one of the rules above matches its cue and words (and, for a rule
 * about unnamed sources, `unnamedWords`, the words naming its unnamed source; null for a named speaker or a pronoun).
 */
export function isNonStatement(quote: Pick<Quote, 'cue' | 'text'>, unnamedWords: string | null = null): boolean {
  if (!quote.cue) return false;
  const key = `${quote.cue.toLowerCase().replace(/\s+/g, ' ')} :: ${quote.text.trimStart()}`;
  return RULES.some((r) => r.pattern.test(key) && (!r.unnamedHead || (unnamedWords !== null && r.unnamedHead.has(headNoun(unnamedWords)))));
}
