// The sequence tagger: an averaged perceptron over hashed features, decoded greedily left to right with BIO constraints.
// Weights are trained by `npm run train:ner` on CoNLL-2003 train only and shipped as src/extract/tagger/ner-weights.bin.
import { EDGE, HASH_BITS, MAX_CONTEXT_ROWS, RULE_TAG_HASH_LIST, TAGS, WORD_ROLES, contextRows, edgeRows, hasFeatures, roleRows, ruleContextRows, ruleShapeRow, tagFeatureRows, tagFeatures, tagRows, wordPairRows, wordTagRow, type SentenceWords, type WordInfo } from './features.js';

const N_TAGS = TAGS.length;
const MAGIC = 0x3152454e; // "NER1"

export interface Weights {
  hashBits: number;
  /** Row-major: table row × tag. */
  values: Float32Array;
}

/** An I- tag continues only its own type: "O I-PER" is read as "O B-PER". ALLOWED[prev][tag], by index. */
const ALLOWED = TAGS.map((prev) => TAGS.map((tag) => !tag.startsWith('I-') || prev.slice(2) === tag.slice(2)));

/** Adds the weight rows `rows` to `scores`, tag by tag (the hot loop: rows in the order training used, so sums stay exact). */
function addRows(scores: Float64Array, w: Float32Array, rows: readonly number[]): void {
  for (let k = 0; k < rows.length; k++) {
    const base = rows[k] * N_TAGS;
    for (let t = 0; t < N_TAGS; t++) scores[t] += w[base + t];
  }
}

/** The best tag allowed after `prev` (an I- tag continues only its own type). */
function bestTag(scores: Float64Array, prev: number): number {
  let best = 0;
  for (let t = 1; t < N_TAGS; t++) if (ALLOWED[prev][t] && (scores[t] > scores[best] || !ALLOWED[prev][best])) best = t;
  return best;
}

/** The best tag sequence (tag indices) for one sentence, given each token's static feature rows. */
export function decode(weights: Weights, lower: number[], features: number[][]): number[] {
  const out: number[] = [];
  const scores = new Float64Array(N_TAGS);
  const dyn: number[] = [];
  const w = weights.values;
  const add = (rows: number[]) => addRows(scores, w, rows);
  for (let i = 0; i < features.length; i++) {
    const prev = i > 0 ? out[i - 1] : 0;
    const prev2 = i > 1 ? out[i - 2] : 0;
    if (!features[i].length) {
      out.push(0); // far from any capital: outside every name
      continue;
    }
    scores.fill(0);
    add(features[i]);
    add(tagFeatures(prev, prev2, lower[i], dyn));
    out.push(bestTag(scores, prev));
  }
  return out;
}

/**
 * The weights' non-zero rows packed together, for tagging. Three rows in four of the hashed table were never touched
 * by training and are all zero; tagging news reads ~25 scattered rows per token, so it waits on memory, not on adds.
 * `slot[row]` is the row's offset in `dense`, or -1 for an all-zero row, which adds nothing and is skipped (sums and
 * tags stay bit for bit those of the full table: x + 0 is x). 1 MB of offsets and ~2 MB of rows instead of 9 MB.
 */
interface PackedRows {
  slot: Int32Array;
  dense: Float32Array;
  /** Every sum of up to 128 weights is exact in a double, so rows may be added in any order (see exactInAnyOrder). */
  exact: boolean;
  /** With `exact`: the role sums of the word before the first and after the last… */
  edge: Float64Array;
  /** …and the scores of tagRows() for each pair of tags before (index (prev2 × N_TAGS + prev) × N_TAGS)… */
  tagPairs: Float64Array;
  /** …and of ruleContextRows() for each known rule tag and its neighbours' (see ruleTripleAt), summed on first use. */
  ruleTriples: Float64Array;
  ruleTriplesDone: Uint8Array;
}
/** Known rule tags, and the index standing for the sentence's edge before the first token and after the last. */
const N_RULES = RULE_TAG_HASH_LIST.length;
const RULE_EDGE = N_RULES;
const PACKED = new WeakMap<Weights, PackedRows>();

/** The packed rows of `weights`, built on first use (tagging never changes weights; training uses decode()). */
function packed(weights: Weights): PackedRows {
  let p = PACKED.get(weights);
  if (p) return p;
  const w = weights.values;
  const rows = w.length / N_TAGS;
  const slot = new Int32Array(rows).fill(-1);
  let used = 0;
  for (let r = 0; r < rows; r++) {
    for (let t = 0; t < N_TAGS; t++) {
      if (w[r * N_TAGS + t] !== 0) {
        slot[r] = N_TAGS * used++;
        break;
      }
    }
  }
  const dense = new Float32Array(used * N_TAGS);
  for (let r = 0; r < rows; r++) if (slot[r] >= 0) dense.set(w.subarray(r * N_TAGS, (r + 1) * N_TAGS), slot[r]);
  const triples = (N_RULES + 1) * N_RULES * (N_RULES + 1);
  p = { slot, dense, exact: exactInAnyOrder(w), edge: new Float64Array(0), tagPairs: new Float64Array(N_TAGS * N_TAGS * N_TAGS), ruleTriples: new Float64Array(triples * N_TAGS), ruleTriplesDone: new Uint8Array(triples) };
  if (p.exact) {
    p.edge = roleSums(p, EDGE);
    for (let prev2 = 0; prev2 < N_TAGS; prev2++) for (let prev = 0; prev < N_TAGS; prev++) sumRowsAt(p, tagRows(prev, prev2), p.tagPairs, (prev2 * N_TAGS + prev) * N_TAGS);
  }
  PACKED.set(weights, p);
  return p;
}

/**
 * Whether every weight is a multiple of one power of two 2^low and below 2^high, with high − low + 7 ≤ 53 bits: then a
 * double holds the sum of any 128 of them exactly, whatever the order of the additions, and a token's rows can be
 * summed in groups cached per word. The shipped weights are 16-bit quantised (38 bits from the smallest to the largest);
 * averaged perceptron weights straight from training are not, and are summed row by row in training's order.
 */
function exactInAnyOrder(values: Float32Array): boolean {
  const bits = new Uint32Array(values.buffer, values.byteOffset, values.length);
  let high = -Infinity;
  let low = Infinity;
  for (let k = 0; k < bits.length; k++) {
    const b = bits[k];
    if ((b & 0x7fffffff) === 0) continue;
    const exponent = (b >>> 23) & 0xff;
    if (exponent === 0 || exponent === 0xff) return false; // subnormal, infinite or not a number
    const mantissa = (b & 0x7fffff) | 0x800000;
    high = Math.max(high, exponent + 1);
    low = Math.min(low, exponent - 23 + (31 - Math.clz32(mantissa & -mantissa)));
  }
  return high - low + 7 <= 53;
}

/** Adds the packed rows `rows` to `into` from index `at`. */
function sumRowsAt({ slot, dense }: PackedRows, rows: readonly number[], into: Float64Array, at: number): void {
  for (const r of rows) {
    const base = slot[r];
    if (base < 0) continue;
    for (let t = 0; t < N_TAGS; t++) into[at + t] += dense[base + t];
  }
}

/** The scores a word adds in each of its roles (roleRows), one after another. */
function roleSums(p: PackedRows, word: Readonly<WordInfo>): Float64Array {
  const sums = new Float64Array(WORD_ROLES * N_TAGS);
  roleRows(word).forEach((rows, role) => sumRowsAt(p, rows, sums, role * N_TAGS));
  return sums;
}

/** A word's role sums under `p`, cached in its info. */
function rolesOf(p: PackedRows, word: WordInfo): Float64Array {
  if (word.rolesOf !== p || !word.roles) {
    word.roles = roleSums(p, word);
    word.rolesOf = p;
    word.tagSlots = null;
  }
  return word.roles;
}

/** Where the scores of ruleContextRows() for known rule tags (`before` and `after` may be RULE_EDGE) are in p.ruleTriples. */
function ruleTripleAt(p: PackedRows, before: number, rule: number, after: number): number {
  const k = (before * N_RULES + rule) * (N_RULES + 1) + after;
  const at = k * N_TAGS;
  if (!p.ruleTriplesDone[k]) {
    const hash = (r: number) => (r === RULE_EDGE ? 1 : RULE_TAG_HASH_LIST[r]);
    sumRowsAt(p, ruleContextRows(hash(before), RULE_TAG_HASH_LIST[rule], hash(after)), p.ruleTriples, at);
    p.ruleTriplesDone[k] = 1;
  }
  return at;
}

/** Where the word's wordTagRow() after `prev` is in the packed rows (-1: an all-zero row), cached in its info. */
function tagSlotOf(p: PackedRows, word: WordInfo, prev: number): number {
  const slots = (word.tagSlots ??= new Int32Array(N_TAGS).fill(-2));
  if (slots[prev] === -2) slots[prev] = p.slot[wordTagRow(prev, word.lower)];
  return slots[prev];
}

/**
 * tagSentence() for weights whose sums are exact in any order: a token's score is its word's own sum, its four
 * neighbours' sums in their roles, the cached sum of the two tags before, the cached sum of the rule tags around it
 * and of its rule tag with its shape, and only the rows of word pairs looked up per token (4 scattered rows instead of
 * 25). The same sums, so the same tags.
 */
function tagSentenceExact(p: PackedRows, words: SentenceWords): number[] {
  const out: number[] = [];
  const scores = new Float64Array(N_TAGS);
  const rows = new Int32Array(MAX_CONTEXT_ROWS);
  const { info, rules, ruleIds } = words;
  const { dense, ruleTriples } = p;
  // Each token's role sums, read from its word's info once per sentence (a token is read as up to five tokens' neighbour).
  const roles: (Float64Array | undefined)[] = new Array(info.length);
  const rolesAt = (k: number) => roles[k] ?? (roles[k] = rolesOf(p, info[k]));
  for (let i = 0; i < info.length; i++) {
    const prev = i > 0 ? out[i - 1] : 0;
    const prev2 = i > 1 ? out[i - 2] : 0;
    if (!hasFeatures(words, i)) {
      out.push(0); // far from any capital: outside every name
      continue;
    }
    const own = rolesAt(i);
    const p1 = i >= 1 ? rolesAt(i - 1) : p.edge;
    const n1 = i + 1 < info.length ? rolesAt(i + 1) : p.edge;
    const p2 = i >= 2 ? rolesAt(i - 2) : p.edge;
    const n2 = i + 2 < info.length ? rolesAt(i + 2) : p.edge;
    const tags = (prev2 * N_TAGS + prev) * N_TAGS;
    for (let t = 0; t < N_TAGS; t++) scores[t] = own[t] + p1[N_TAGS + t] + n1[2 * N_TAGS + t] + p2[3 * N_TAGS + t] + n2[4 * N_TAGS + t] + p.tagPairs[tags + t];
    let n = wordPairRows(words, i, rows);
    const rule = ruleIds[i];
    const before = i >= 1 ? ruleIds[i - 1] : RULE_EDGE;
    const after = i + 1 < info.length ? ruleIds[i + 1] : RULE_EDGE;
    if (rule >= 0 && before >= 0 && after >= 0) {
      const at = ruleTripleAt(p, before, rule, after);
      for (let t = 0; t < N_TAGS; t++) scores[t] += ruleTriples[at + t];
    } else {
      // A rule tag outside the known ones: its rows looked up as pairRows() writes them.
      for (const r of ruleContextRows(i >= 1 ? rules[i - 1] : 1, rules[i], i + 1 < rules.length ? rules[i + 1] : 1)) rows[n++] = r;
    }
    rows[n++] = ruleShapeRow(rules[i], info[i]);
    addPackedRows(scores, p, rows, edgeRows(words, i, rows, n));
    const slot = tagSlotOf(p, info[i], prev);
    if (slot >= 0) for (let t = 0; t < N_TAGS; t++) scores[t] += dense[slot + t];
    out.push(bestTag(scores, prev));
  }
  return out;
}

/** addRows() over packed rows: the same non-zero rows in the same order (the first `count` of `rows`). */
function addPackedRows(scores: Float64Array, { slot, dense }: PackedRows, rows: ArrayLike<number>, count = rows.length): void {
  for (let k = 0; k < count; k++) {
    const base = slot[rows[k]];
    if (base < 0) continue;
    for (let t = 0; t < N_TAGS; t++) scores[t] += dense[base + t];
  }
}

/**
 * decode() of one sentence without building its feature lists: the same rows added in the same order, so the same
 * sums and tags, but the rows of the word alone (templates 0–6, always first) are summed once per word and weights
 * and kept in the word's cached info, and the context and tag rows go through one reused buffer.
 */
export function tagSentence(weights: Weights, words: SentenceWords): number[] {
  const p = packed(weights);
  if (p.exact) return tagSentenceExact(p, words);
  const out: number[] = [];
  const scores = new Float64Array(N_TAGS);
  const rows = new Int32Array(MAX_CONTEXT_ROWS + 3);
  for (let i = 0; i < words.info.length; i++) {
    const prev = i > 0 ? out[i - 1] : 0;
    const prev2 = i > 1 ? out[i - 2] : 0;
    if (!hasFeatures(words, i)) {
      out.push(0); // far from any capital: outside every name
      continue;
    }
    const info = words.info[i];
    if (info.prefixOf !== weights || !info.prefix) {
      scores.fill(0);
      addPackedRows(scores, p, info.own);
      info.prefix = Float64Array.from(scores);
      info.prefixOf = weights;
    }
    scores.set(info.prefix);
    const n = tagFeatureRows(prev, prev2, info.lower, rows, contextRows(words, i, rows));
    addPackedRows(scores, p, rows, n);
    out.push(bestTag(scores, prev));
  }
  return out;
}

export interface TrainingSentence {
  lower: number[];
  features: number[][];
  /** Gold tag indices into TAGS. */
  gold: number[];
}

/**
 * Averaged perceptron: a pass per epoch in a shuffled order fixed by `seed`, each sentence decoded with the current
 * weights and every wrong tag corrected; the average of all intermediate weights is returned (Collins 2002).
 */
export function train(sentences: TrainingSentence[], epochs: number, seed: number, log: (line: string) => void = () => {}): Weights {
  const size = (1 << HASH_BITS) * N_TAGS;
  const weights: Weights = { hashBits: HASH_BITS, values: new Float32Array(size) };
  const totals = new Float64Array(size); // Σ step × update: averaged = w − totals / steps
  let step = 1;
  let state = seed >>> 0;
  const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const order = sentences.map((_, i) => i);
  const dyn: number[] = [];
  const update = (rows: number[], tag: number, delta: number) => {
    for (const row of rows) {
      const k = row * N_TAGS + tag;
      weights.values[k] += delta;
      totals[k] += step * delta;
    }
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    let tokens = 0;
    for (const k of order) {
      const s = sentences[k];
      const guess = decode(weights, s.lower, s.features);
      for (let i = 0; i < guess.length; i++) {
        tokens++;
        if (guess[i] !== s.gold[i]) {
          errors++;
          // The gold tag's features gain, the guess's lose, each with its own history of tags.
          update([...s.features[i], ...tagFeatures(i > 0 ? s.gold[i - 1] : 0, i > 1 ? s.gold[i - 2] : 0, s.lower[i], dyn)], s.gold[i], 1);
          update([...s.features[i], ...tagFeatures(i > 0 ? guess[i - 1] : 0, i > 1 ? guess[i - 2] : 0, s.lower[i], dyn)], guess[i], -1);
        }
        step++;
      }
    }
    log(`epoch ${epoch + 1}: ${errors} of ${tokens} tokens wrong (${((100 * errors) / tokens).toFixed(2)} %)`);
  }
  for (let k = 0; k < size; k++) weights.values[k] -= totals[k] / step;
  return weights;
}

/** Weights as bytes: a header (magic, hash bits, tags, scale) and 16-bit quantised values. */
export function encodeWeights(weights: Weights): Buffer {
  let max = 0;
  for (const v of weights.values) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? 32767 / max : 1;
  const buf = Buffer.alloc(16 + weights.values.length * 2);
  buf.writeUInt32LE(MAGIC, 0);
  buf.writeUInt32LE(weights.hashBits, 4);
  buf.writeUInt32LE(N_TAGS, 8);
  buf.writeFloatLE(scale, 12);
  for (let k = 0; k < weights.values.length; k++) buf.writeInt16LE(Math.round(weights.values[k] * scale), 16 + 2 * k);
  return buf;
}

export function decodeWeights(buf: Buffer, origin: string): Weights {
  if (buf.length < 16 || buf.readUInt32LE(0) !== MAGIC) throw new Error(`tagger: ${origin} is not a weights file (run npm run train:ner)`);
  const hashBits = buf.readUInt32LE(4);
  const tags = buf.readUInt32LE(8);
  if (hashBits !== HASH_BITS || tags !== N_TAGS) throw new Error(`tagger: ${origin} has ${hashBits} hash bits and ${tags} tags, the code expects ${HASH_BITS} and ${N_TAGS} (run npm run train:ner)`);
  const scale = buf.readFloatLE(12);
  const n = (1 << hashBits) * tags;
  if (buf.length !== 16 + 2 * n) throw new Error(`tagger: ${origin} is truncated (${buf.length} bytes, expected ${16 + 2 * n})`);
  const values = new Float32Array(n);
  for (let k = 0; k < n; k++) values[k] = buf.readInt16LE(16 + 2 * k) / scale;
  return { hashBits, values };
}
