// Tokens for the sequence tagger, cut as CoNLL-2003 cuts them: punctuation and possessives apart, abbreviations whole.
// Exists for: "Russia's President Putin." → [Russia] ['s] [President] [Putin] [.], as the training data writes it.

export interface TagToken {
  start: number;
  end: number;
  text: string;
}

/** A chunk's leading and trailing marks, split off one by one, as char codes. */
const LEADING = new Set([...'("\'“‘«[{'].map((c) => c.charCodeAt(0)));
const TRAILING = new Set([...')"\'”’»]},;:!?'].map((c) => c.charCodeAt(0)));
const APOSTROPHES = new Set([...'\'’'].map((c) => c.charCodeAt(0)));
/** A period ends these words: titles, initials, dotted acronyms ("Mr.", "J.", "U.S."). */
const KEEPS_PERIOD = /^(?:\p{L}|(?:\p{L}\.)+\p{L}|Mr|Mrs|Ms|Dr|Sr|Jr|St|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Sgt|Adm|Brig|Prof|Rev|Inc|Corp|Co|Ltd|No|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|vs)$/u;
const MAX_TOKEN = 64;
const PERIOD = 46;
const LOWER_S = 115;

/**
 * Chunks are runs of non-space (as /\S+/ reads them); each loses its leading marks, then from its end trailing marks,
 * a sentence period and a possessive, one at a time. Scanned by char code, not by regex per chunk: this runs on every
 * word of every article.
 */
export function tagTokens(text: string, offset = 0): TagToken[] {
  const out: TagToken[] = [];
  const tail: TagToken[] = []; // split off the end, last first
  for (let i = 0; i < text.length; ) {
    if (isSpace(text, i)) {
      i++;
      continue;
    }
    let start = i;
    let end = i + 1;
    while (end < text.length && !isSpace(text, end)) end++;
    i = end;
    if (end - start > MAX_TOKEN) continue;
    while (start < end && LEADING.has(text.charCodeAt(start))) out.push(tok(text, start, ++start, offset));
    tail.length = 0;
    while (end > start) {
      const last = text.charCodeAt(end - 1);
      if (TRAILING.has(last) && !allTrailing(text, start, end)) {
        tail.push(tok(text, end - 1, end, offset));
        end--;
        continue;
      }
      if (last === PERIOD && end - start > 1 && !KEEPS_PERIOD.test(text.slice(start, end - 1))) {
        tail.push(tok(text, end - 1, end, offset));
        end--;
        continue;
      }
      const possessive = last === LOWER_S && end - start >= 2 && APOSTROPHES.has(text.charCodeAt(end - 2)) ? 2 : APOSTROPHES.has(last) ? 1 : 0;
      // After a letter, or after the period of a word that keeps one ("the U.N.'s envoy", "Donald Trump Jr.’s meeting").
      if (possessive && possessive < end - start && (isLetter(text, end - possessive - 1) || keepsPeriodBefore(text, start, end - possessive))) {
        tail.push(tok(text, end - possessive, end, offset));
        end -= possessive;
        continue;
      }
      break;
    }
    if (end > start) out.push(tok(text, start, end, offset));
    for (let k = tail.length - 1; k >= 0; k--) out.push(tail[k]);
  }
  return out;
}

const SPACE = /\s/;
const LETTER = /\p{L}/u;
/** /\s/ at text[i], without the regex for ASCII. */
function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i]);
}
/** /\p{L}/u of the single UTF-16 unit text[i], without the regex for ASCII. */
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(text[i]);
}
/** Whether text[start, end) is a word with the period it keeps ("U.N.", "Jr."). */
function keepsPeriodBefore(text: string, start: number, end: number): boolean {
  return end - start > 1 && text.charCodeAt(end - 1) === PERIOD && KEEPS_PERIOD.test(text.slice(start, end - 1));
}
function allTrailing(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!TRAILING.has(text.charCodeAt(k))) return false;
  return true;
}

function tok(text: string, start: number, end: number, offset: number): TagToken {
  return { start: start + offset, end: end + offset, text: text.slice(start, end) };
}
