// What the tagger sees of a text: its tokens per sentence and their static features, with the rules' mentions as features.
// Shared by training (scripts/train-ner.ts) and tagging (tag.ts).
import type { Sentence } from '../segment.js';
import type { Mention } from '../mentions.js';
import { lowerHashes, sentenceWords, staticFeatures, TAGS, type RuleTag, type SentenceWords, type WordCache, type WordInfo } from './features.js';
import { tagTokens, type TagToken } from './tokens.js';
import { startsLowerAscii } from '../tokens.js';

export interface TaggedSpan {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  sentence: number;
}

/** "B-Person" and "I-Person" per mention type, made once (not a new string per token and article). */
const RULE_TAGS_OF_TYPE = new Map<string, readonly [RuleTag, RuleTag]>();
function ruleTagOf(type: string): readonly [RuleTag, RuleTag] {
  let pair = RULE_TAGS_OF_TYPE.get(type);
  if (!pair) RULE_TAGS_OF_TYPE.set(type, (pair = [`B-${type}`, `I-${type}`]));
  return pair;
}

/** Per token, what the rules made of it: "B-Person", "I-Organization", "T" inside a title before a name, or "O". */
export function ruleTags(tokens: TagToken[], mentions: Mention[]): RuleTag[] {
  const tags: RuleTag[] = tokens.map(() => 'O');
  let k = 0;
  for (const m of mentions) {
    while (k < tokens.length && tokens[k].end <= (m.titleStart ?? m.start)) k++;
    for (let i = k; i < tokens.length && tokens[i].start < m.end; i++) {
      if (tokens[i].start < m.start) tags[i] = 'T';
      else tags[i] = ruleTagOf(m.type)[tokens[i].start === m.start ? 0 : 1];
    }
  }
  return tags;
}

/** Most of the sentence's words in capitals: a headline. */
export function isShouting(tokens: TagToken[]): boolean {
  let words = 0;
  let upper = 0;
  for (const t of tokens) {
    if (t.text.length < 2) continue;
    const letters = asciiLetters(t.text);
    if (letters === NOT_ASCII) {
      if (t.text.toLowerCase() === t.text.toUpperCase()) continue; // punctuation, digits
      words++;
      if (!startsLowerAscii(t.text) && t.text === t.text.toUpperCase()) upper++;
      continue;
    }
    if (letters === NO_LETTER) continue; // punctuation, digits
    words++;
    if (letters === UPPER_ONLY) upper++;
  }
  return words >= 3 && upper / words > 0.7;
}

const NOT_ASCII = 0;
const NO_LETTER = 1;
const UPPER_ONLY = 2;
const HAS_LOWER = 3;
/**
 * The letters of an ASCII word without case-mapping it (most tokens): none, capitals only, or some lower case.
 * NOT_ASCII: outside ASCII, where isShouting() case-maps as before.
 */
function asciiLetters(text: string): number {
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return NOT_ASCII;
    if (c >= 97 && c <= 122) return lowerAfter(text, i + 1);
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? UPPER_ONLY : NO_LETTER;
}
/** HAS_LOWER once the rest of the word is ASCII too. */
function lowerAfter(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (text.charCodeAt(i) >= 128) return NOT_ASCII;
  return HAS_LOWER;
}

export interface SentenceInput {
  tokens: TagToken[];
  lower: number[];
  features: number[][];
}

/**
 * The words' hashed features, kept across texts: what is known of a word by itself depends on nothing else, and a
 * news text's words are mostly words seen before. Bounded, so no text can grow it for ever: when the new generation
 * reaches the bound it becomes the old one and the older is dropped; a word found only in the old one moves back to
 * the new. (An unbounded cache of 200k entries measured no faster than a cache per text: GC and misses. Emptied
 * whole at 30k words, 40 % of its misses were common words computed again after each emptying: 76k misses in the
 * first 1,500 corpus articles against 45k with no bound.)
 */
class TwoGenerations implements WordCache {
  private young = new Map<string, WordInfo>();
  private old = new Map<string, WordInfo>();
  constructor(private readonly max: number) {}
  get(text: string): WordInfo | undefined {
    const hit = this.young.get(text);
    if (hit !== undefined) return hit;
    const aged = this.old.get(text);
    if (aged !== undefined) this.set(text, aged);
    return aged;
  }
  set(text: string, info: WordInfo): void {
    this.young.set(text, info);
    if (this.young.size >= this.max) {
      this.old = this.young;
      this.young = new Map();
    }
  }
}
const SHARED_WORDS = new TwoGenerations(30_000);
function wordCache(): WordCache {
  return SHARED_WORDS;
}

/** Each sentence's tokens and the mentions that overlap it, in order. */
function eachSentence<T>(sentences: Sentence[], mentions: Mention[], read: (tokens: TagToken[], overlapping: Mention[]) => T): T[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let from = 0;
  return sentences.map((s) => {
    const tokens = tagTokens(s.text, s.start);
    while (from < sorted.length && sorted[from].end <= s.start) from++;
    let to = from;
    while (to < sorted.length && sorted[to].start < s.end) to++;
    return read(tokens, sorted.slice(from, to));
  });
}

/** Tokens and static features of every sentence (training; tagging reads the same through prepareWords). */
export function prepare(sentences: Sentence[], mentions: Mention[]): SentenceInput[] {
  const cache = wordCache();
  return eachSentence(sentences, mentions, (tokens, overlapping) => ({ tokens, lower: lowerHashes(tokens, cache), features: staticFeatures(tokens, ruleTags(tokens, overlapping), isShouting(tokens), cache) }));
}

/** Tokens and word infos of every sentence, for model.ts tagSentence (the features of prepare(), built as they are read). */
export function prepareWords(sentences: Sentence[], mentions: Mention[]): { tokens: TagToken[]; words: SentenceWords }[] {
  const cache = wordCache();
  return eachSentence(sentences, mentions, (tokens, overlapping) => ({ tokens, words: sentenceWords(tokens, ruleTags(tokens, overlapping), isShouting(tokens), cache) }));
}

/** Spans from BIO tags: a B- (or a stray I-) opens one, I- of the same type continues it. */
/** A possessive's token as tagTokens cuts it: "'s", "’s", a plural's bare "'". */
const POSSESSIVE_TOKEN = /^['’]s?$/;

export function spansOf(tokens: TagToken[], tagIndices: number[], sentence: number, out: TaggedSpan[]): void {
  const tags = tagIndices.map((t) => TAGS[t]);
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === 'O') continue;
    const type = tags[i].slice(2) as TaggedSpan['type'];
    let j = i + 1;
    while (j < tags.length && tags[j] === `I-${type}`) j++;
    // A possessive the tagger took in is no part of the name: "America 's founding fathers" → "America".
    let last = j - 1;
    while (last > i && POSSESSIVE_TOKEN.test(tokens[last].text)) last--;
    out.push({ start: tokens[i].start, end: tokens[last].end, type, sentence });
    i = j - 1;
  }
}

