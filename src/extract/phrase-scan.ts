// Finding a fixed list of lower-case phrases in text as one case-insensitive alternation would, without the regex.
// An alternation of ~200 phrases (events.ts' triggers) is tried by V8 at every character of every sentence; here only
// a word start whose first letters open some phrase is tried, against those phrases only.
// Exists for: events.ts' trigger scan, ~5 % of extraction's CPU as one regex.

/** A phrase found: where it starts in the text and the text it covers (as a match's `index` and `[0]`). */
export interface PhraseHit {
  index: number;
  0: string;
}

/**
 * What `new RegExp('\\b(?:' + phrases with each space as \\s+, in the given order + ')\\b', 'gi')` finds with matchAll,
 * found by scanning words. Phrases are lower-case ASCII letters, hyphens and single spaces, and start and end with a
 * letter. Exact by construction: the i flag without u matches an ASCII letter only by itself in either case (no
 * character beyond ASCII folds to one), `\b` before a letter is a word start ([A-Za-z0-9_] before it is none), and the
 * first phrase in order that matches at the leftmost start wins, as the alternation's first matching branch does.
 */
export function phraseFinder(phrases: readonly string[]): (text: string) => PhraseHit[] {
  const byFirstWord = new Map<number, string[]>();
  for (const p of phrases) {
    if (!/^[a-z](?:[a-z -]*[a-z])?$/.test(p) || p.includes('  ')) throw new Error(`phraseFinder: '${p}' is not lower-case ASCII words`);
    const key = runKey(p, 0, letterRunEnd(p, 0));
    (byFirstWord.get(key) ?? byFirstWord.set(key, []).get(key)!).push(p);
  }
  return (text) => {
    const hits: PhraseHit[] = [];
    for (let i = 0; i < text.length; ) {
      const c = text.charCodeAt(i);
      if (!isAsciiLetter(c) || (i > 0 && isWordChar(text.charCodeAt(i - 1)))) {
        i++;
        continue;
      }
      const runEnd = letterRunEnd(text, i);
      const candidates = byFirstWord.get(runKey(text, i, runEnd));
      let end = -1;
      if (candidates) {
        for (const p of candidates) {
          end = matchAt(text, i, p);
          if (end >= 0) break;
        }
      }
      if (end >= 0) {
        hits.push({ index: i, 0: text.slice(i, end) });
        i = end;
      } else i = runEnd;
    }
    return hits;
  };
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** \w without the u flag: [A-Za-z0-9_] (NaN, past the end: none). */
const isWordChar = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;
/** /\s/: ASCII white space and the Unicode spaces JavaScript counts. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function letterRunEnd(text: string, i: number): number {
  while (i < text.length && isAsciiLetter(text.charCodeAt(i))) i++;
  return i;
}

/** A hash of the lower-cased letters text[from, to) (equal runs, equal keys; the match itself is checked after). */
function runKey(text: string, from: number, to: number): number {
  let h = to - from;
  for (let k = from; k < to; k++) h = Math.imul(h ^ (text.charCodeAt(k) | 32), 0x01000193);
  return h;
}

/** Where phrase `p` matched at `i` ends (its spaces as \s+, letters in either case, then no word character), else -1. */
function matchAt(text: string, i: number, p: string): number {
  let k = i;
  for (let j = 0; j < p.length; j++) {
    const pc = p.charCodeAt(j);
    if (pc === 32) {
      if (!isSpace(text.charCodeAt(k))) return -1;
      while (k < text.length && isSpace(text.charCodeAt(k))) k++;
      continue;
    }
    const c = text.charCodeAt(k);
    if (c !== pc && !(pc >= 97 && c === pc - 32)) return -1;
    k++;
  }
  return isWordChar(text.charCodeAt(k)) ? -1 : k;
}
