// Features of the sequence tagger: the word and its shape, its neighbours, the lexicons, and what the rules said.
// Every feature is a template id and a value hashed into a fixed table (no feature dictionary to ship or keep in step).
import type { TagToken } from './tokens.js';
import { FIRST_NAMES } from '../lexicon/names.js';
import { COUNTRY_BY_CAPITAL, COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from '../lexicon/countries.js';
import { CITY_NAMES, REGION_NAMES } from '../lexicon/places.js';
import { PERSON_TITLES } from '../lexicon/titles.js';
import { KNOWN_ORGANIZATIONS, ORG_SUFFIXES } from '../lexicon/organizations.js';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const HASH_BITS = 18;
/** Training passes and shuffle seed of `npm run train:ner` (and of the cross-validation, which must train the same way). */
export const NER_EPOCHS = 10;
export const NER_SEED = 13;
const MASK = (1 << HASH_BITS) - 1;

/** What the rule-based mention finder said of each token: its type and whether the mention starts there. */
export type RuleTag = string; // 'O' | 'B-Person' | 'I-Organization' | …

const TITLE_WORDS = new Set(PERSON_TITLES.flatMap((t) => t.split(' ')));
const KNOWN_ORG_WORDS = new Set(KNOWN_ORGANIZATIONS.flatMap((forms) => forms.filter((f) => !f.includes(' '))));

/** FNV-1a of a string: each distinct word, shape or affix is hashed once per text, then combined as integers. */
export function hashString(value: string): number {
  let h = 2166136261;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** A table row for a template and one or two value hashes (murmur3's finaliser mixes them). */
export function row(template: number, a: number, b = 0): number {
  let h = Math.imul(template + 1, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) & MASK;
}

export function shape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const code = ch.charCodeAt(0);
    const c = code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd' : code < 128 ? ch : /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last || out.length < 2) out += c; // "Xxxxx" → "Xxx": the first two kept, runs collapsed
    last = c;
  }
  return out;
}

const LEXICON_FLAGS: [string, (w: string) => boolean][] = [
  ['first', (w) => FIRST_NAMES.has(w)],
  ['country', (w) => COUNTRY_BY_NAME.has(w)],
  ['demonym', (w) => COUNTRY_BY_DEMONYM.has(w)],
  ['capital', (w) => COUNTRY_BY_CAPITAL.has(w)],
  ['city', (w) => CITY_NAMES.has(w)],
  ['region', (w) => REGION_NAMES.has(w)],
  ['title', (w) => TITLE_WORDS.has(w)],
  ['orgsuffix', (w) => ORG_SUFFIXES.has(w)],
  ['org', (w) => KNOWN_ORG_WORDS.has(w)],
];
const LEXICON_HASHES = LEXICON_FLAGS.map(([name]) => hashString(name));

/** What is known of a word by itself, hashed: computed once per distinct word of a text. */
export interface WordInfo {
  word: number;
  lower: number;
  shape: number;
  suffix3: number;
  suffix4: number;
  prefix3: number;
  lexicon: number[];
  /** Has a capital or a digit: may belong to a name. */
  named: boolean;
  /** The token's first rows (bias, word, lower, shape, affixes: templates 0–6), which depend on the word alone. */
  own: number[];
  /** Its lexicon rows as the token itself (21), as the previous word (22) and as the next (23). */
  lexRows: [number[], number[], number[]];
  /** Tagging's cache (model.ts tagSentence): the scores of the `own` rows under `prefixOf`'s weights. */
  prefix: Float64Array | null;
  prefixOf: object | null;
  /** Tagging's cache for weights whose sums are exact in any order: the scores of roleRows() under `rolesOf`'s weights… */
  roles: Float64Array | null;
  rolesOf: object | null;
  /** …and where wordTagRow() of each previous tag is in the packed weights (-2: not looked up yet). */
  tagSlots: Int32Array | null;
}

function wordInfo(text: string): WordInfo {
  const lower = text.toLowerCase();
  const info = {
    word: hashString(text),
    lower: hashString(lower),
    shape: hashString(shape(text)),
    suffix3: hashString(lower.slice(-3)),
    suffix4: hashString(lower.slice(-4)),
    prefix3: hashString(lower.slice(0, 3)),
    lexicon: LEXICON_FLAGS.flatMap(([, has], k) => (has(text) ? [LEXICON_HASHES[k]] : [])),
    named: HAS_UPPER_OR_DIGIT.test(text),
    own: [] as number[],
    lexRows: [[], [], []] as [number[], number[], number[]],
    prefix: null,
    prefixOf: null,
    roles: null,
    rolesOf: null,
    tagSlots: null,
  };
  info.own = [row(0, BIAS), row(1, info.word), row(2, info.lower), row(3, info.shape), row(4, info.suffix3), row(5, info.suffix4), row(6, info.prefix3)];
  info.lexRows = [info.lexicon.map((l) => row(21, l)), info.lexicon.map((l) => row(22, l)), info.lexicon.map((l) => row(23, l))];
  return info;
}

const HAS_UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;
const NO_FEATURES: number[] = [];
/** The rule tags the mention finder writes, their hashes, and their index in RULE_TAG_HASH_LIST (sentenceWords' ruleIds). */
const RULE_TAGS = ['O', 'T', ...['Person', 'Country', 'Organization', 'Unknown'].flatMap((t) => [`B-${t}`, `I-${t}`])];
const RULE_TAG_HASHES = new Map(RULE_TAGS.map((t) => [t, hashString(t)]));
const RULE_TAG_INDEX = new Map(RULE_TAGS.map((t, k) => [t, k]));
export const RULE_TAG_HASH_LIST: readonly number[] = RULE_TAGS.map((t) => RULE_TAG_HASHES.get(t)!);
/** The word before the first and after the last (read only: its role sums are kept with the weights, see model.ts). */
export const EDGE: Readonly<WordInfo> = { word: 1, lower: 1, shape: 1, suffix3: 1, suffix4: 1, prefix3: 1, lexicon: [], named: false, own: [], lexRows: [[], [], []], prefix: null, prefixOf: null, roles: null, rolesOf: null, tagSlots: null };
const BIAS = 0;

/** A sentence's words as the features read them: each token's word info and its rule tag's hash. */
export interface SentenceWords {
  info: WordInfo[];
  rules: number[];
  /** Each rule tag's index in RULE_TAG_HASH_LIST, -1 for a tag not listed there. */
  ruleIds: number[];
  ruleTags: RuleTag[];
  shouting: boolean;
}

export function sentenceWords(tokens: TagToken[], ruleTags: RuleTag[], shouting: boolean, cache: WordCache = new Map()): SentenceWords {
  return { info: tokens.map((t) => infoOf(t.text, cache)), rules: ruleTags.map((t) => RULE_TAG_HASHES.get(t) ?? hashString(t)), ruleIds: ruleTags.map((t) => RULE_TAG_INDEX.get(t) ?? -1), ruleTags, shouting };
}

/** A lower-case word two words away from any capital or digit is outside every name: no features, tagged O. */
export function hasFeatures({ info, ruleTags }: SentenceWords, i: number): boolean {
  return info[i].named || (i > 0 && info[i - 1].named) || (i > 1 && info[i - 2].named) || ruleTags[i] !== 'O';
}

/** The most rows contextRows() writes for a token (12 + 1 + 2 + 3 × 9 lexicons), and the tag rows after them. */
export const MAX_CONTEXT_ROWS = 48;

/**
 * Token i's rows after its own (templates 7 on: neighbours, rule tags, sentence position, shouting, lexicons), written
 * to `out` from index `at` in training's order; returns the index after the last. A typed buffer the caller reuses:
 * tagging writes ~20 rows per token and a list emptied with `length = 0` gives its storage back each time.
 */
export function contextRows(words: SentenceWords, i: number, out: Int32Array, at = 0): number {
  const { info } = words;
  const w = info[i];
  const p1 = i >= 1 ? info[i - 1] : EDGE;
  const p2 = i >= 2 ? info[i - 2] : EDGE;
  const n1 = i + 1 < info.length ? info[i + 1] : EDGE;
  const n2 = i + 2 < info.length ? info[i + 2] : EDGE;
  let n = at;
  out[n++] = row(7, p1.lower);
  out[n++] = row(8, n1.lower);
  out[n++] = row(9, p2.lower);
  out[n++] = row(10, n2.lower);
  n = pairRows(words, i, out, n);
  for (const l of w.lexRows[0]) out[n++] = l;
  for (const l of p1.lexRows[1]) out[n++] = l;
  for (const l of n1.lexRows[2]) out[n++] = l;
  return n;
}

/**
 * contextRows() and the word's own rows regrouped by what they depend on, for tagging with weights whose sums come out
 * the same in any order (model.ts): the rows one word brings as the token itself (own rows and lexicons), as the
 * previous word, the next, the second before and the second after. The same rows as contextRows(), none twice.
 */
export function roleRows(w: Readonly<WordInfo>): number[][] {
  return [[...w.own, ...w.lexRows[0]], [row(7, w.lower), ...w.lexRows[1]], [row(8, w.lower), ...w.lexRows[2]], [row(9, w.lower)], [row(10, w.lower)]];
}
export const WORD_ROLES = 5;

/** The rest of contextRows(): the rows of two words or of the rule tags (templates 11–20), written to `out` from `at`. */
export function pairRows(words: SentenceWords, i: number, out: Int32Array, at = 0): number {
  const { info, rules } = words;
  const r = rules[i];
  let n = wordPairRows(words, i, out, at);
  out[n++] = row(15, r);
  out[n++] = row(16, i >= 1 ? rules[i - 1] : 1, r);
  out[n++] = row(17, r, i + 1 < rules.length ? rules[i + 1] : 1);
  out[n++] = row(18, r, info[i].shape);
  return edgeRows(words, i, out, n);
}

/** pairRows()' rows of the word with its neighbours (templates 11–14). */
export function wordPairRows({ info }: SentenceWords, i: number, out: Int32Array, at = 0): number {
  const w = info[i];
  const p1 = i >= 1 ? info[i - 1] : EDGE;
  const n1 = i + 1 < info.length ? info[i + 1] : EDGE;
  out[at] = row(11, p1.shape, w.shape);
  out[at + 1] = row(12, w.shape, n1.shape);
  out[at + 2] = row(13, p1.lower, w.lower);
  out[at + 3] = row(14, w.lower, n1.lower);
  return at + 4;
}

/** pairRows()' rows of the rule tags around the token alone (templates 15–17): `before` and `after` are 1 past the sentence's ends. */
export function ruleContextRows(before: number, rule: number, after: number): number[] {
  return [row(15, rule), row(16, before, rule), row(17, rule, after)];
}

/** pairRows()' row of the rule tag with the word's shape (template 18). */
export function ruleShapeRow(rule: number, w: Readonly<WordInfo>): number {
  return row(18, rule, w.shape);
}

/** pairRows()' last rows: the first word's shape (19) and, in a headline, the word and the rule tag (20). */
export function edgeRows({ info, rules, shouting }: SentenceWords, i: number, out: Int32Array, at = 0): number {
  let n = at;
  if (i === 0) out[n++] = row(19, info[i].shape);
  if (shouting) {
    out[n++] = row(20, info[i].lower);
    out[n++] = row(20, rules[i], 7);
  }
  return n;
}

/**
 * The features of each token that do not depend on the tags before it, as hashed table rows: its own rows, then its
 * context rows. `shouting`: the sentence is in capitals (a headline), where case tells little.
 */
export function staticFeatures(tokens: TagToken[], ruleTags: RuleTag[], shouting: boolean, cache: WordCache = new Map()): number[][] {
  const words = sentenceWords(tokens, ruleTags, shouting, cache);
  const buffer = new Int32Array(MAX_CONTEXT_ROWS);
  return tokens.map((_, i) => {
    if (!hasFeatures(words, i)) return NO_FEATURES;
    const n = contextRows(words, i, buffer);
    return [...words.info[i].own, ...buffer.subarray(0, n)];
  });
}

/** Where word infos are kept between sentences and texts: a Map, or prepare.ts' bounded cache of two generations. */
export interface WordCache {
  get(text: string): WordInfo | undefined;
  set(text: string, info: WordInfo): unknown;
}

function infoOf(text: string, cache: WordCache): WordInfo {
  let info = cache.get(text);
  if (info === undefined) {
    info = wordInfo(text);
    cache.set(text, info);
  }
  return info;
}

const TAG_ROWS = TAGS.map((t) => row(30, hashString(t)));
const TAG_PAIR_ROWS = TAGS.map((a) => TAGS.map((b) => row(31, hashString(a), hashString(b))));

/** Features that depend on the tags already chosen: the previous tag, the two before, the previous tag and the word. */
export function tagFeatures(prev: number, prev2: number, lowerHash: number, out: number[]): number[] {
  out.length = 0;
  out.push(TAG_ROWS[prev], TAG_PAIR_ROWS[prev2][prev], row(32, prev, lowerHash));
  return out;
}

/** tagFeatures() written to a row buffer from `at` (tagging); returns the index after the last. */
export function tagFeatureRows(prev: number, prev2: number, lowerHash: number, out: Int32Array, at: number): number {
  out[at] = TAG_ROWS[prev];
  out[at + 1] = TAG_PAIR_ROWS[prev2][prev];
  out[at + 2] = wordTagRow(prev, lowerHash);
  return at + 3;
}
/** tagFeatures()' rows of the tags alone… */
export function tagRows(prev: number, prev2: number): number[] {
  return [TAG_ROWS[prev], TAG_PAIR_ROWS[prev2][prev]];
}
/** …and its row of the previous tag with the word. */
export function wordTagRow(prev: number, lowerHash: number): number {
  return row(32, prev, lowerHash);
}

/** The lower-case hash of each token, for the tag features. */
export function lowerHashes(tokens: { text: string }[], cache?: WordCache): number[] {
  // The word info's `lower` is the same hash, already computed when the word was seen before.
  return cache ? tokens.map((t) => infoOf(t.text, cache).lower) : tokens.map((t) => hashString(t.text.toLowerCase()));
}
