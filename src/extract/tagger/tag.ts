// Stage 2b, tag: the learned tagger's PER/ORG/LOC/MISC spans over the sentences, with the rules' mentions as features.
// Input: the sentences and the rule mentions. Output: typed spans in text order.
// Exists for: "Pirelli shares rose … Pirelli" (no org suffix, no cue the rules know) → ORG, learned from CoNLL-2003 news.
import { readFileSync } from 'node:fs';
import type { Sentence } from '../segment.js';
import type { Mention } from '../mentions.js';
import { NO_DEADLINE, type Deadline } from '../deadline.js';
import { decodeWeights, tagSentence, type Weights } from './model.js';
import { prepareWords, spansOf, type TaggedSpan } from './prepare.js';

const WEIGHTS_URL = new URL('./ner-weights.bin', import.meta.url);
/** The shipped weights (16-bit, ~5 MB), read once when extraction is first imported. */
export const SHIPPED_WEIGHTS: Weights = decodeWeights(readFileSync(WEIGHTS_URL), WEIGHTS_URL.pathname);

/** `deadline` is asked after every sentence: a huge article stops inside this stage, not after it. */
export function tagSpans(sentences: Sentence[], mentions: Mention[], weights: Weights = SHIPPED_WEIGHTS, deadline: Deadline = NO_DEADLINE): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  prepareWords(sentences, mentions).forEach((s, si) => {
    spansOf(s.tokens, tagSentence(weights, s.words), si, out);
    deadline.check('tagger');
  });
  return out;
}
