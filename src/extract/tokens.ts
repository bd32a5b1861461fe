// Word tokens with offsets: possessives and sentence-final periods split off, capitalised hyphen parts separated.
// Exists for: "U.S.-Russia relations" → [U.S.] [Russia] [relations]; "Russia's ally" → [Russia]('s) [ally].

export interface Token {
  start: number;
  end: number;
  text: string;
  possessive: boolean; // followed by 's / ’s / '
  cap: boolean; // starts with an upper-case letter
}

/** A word: a letter or a digit, then letters, digits, marks, apostrophes, periods and hyphens (scanned by char code where ASCII). */
const WORD_START = /[\p{L}\p{N}]/uy;
const WORD_REST = /[\p{L}\p{N}\p{M}'’.\-]*/uy;
const MAX_TOKEN = 64; // longer "words" (hashes, runs of digits) are not names; cap work per token
const DOTTED = /^(?:\p{Lu}\.){2,}$/u; // U.S. U.N. D.C.
const TITLE_ABBREV = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Brig|Rev|Prof|Jr|Sr|St|Mt|Ft|Inc|Corp|Co|Ltd|No)\.$/;
const INITIAL = /^\p{Lu}\.$/u; // "C. Hooper": the initial keeps its period
const WORD_PREFIXES = new Set(['Anti', 'Pro', 'Post', 'Pre', 'Mid', 'Non', 'Co', 'Ex', 'Self', 'Well', 'Re', 'Semi', 'Multi', 'Cross', 'Inter', 'Over', 'Under', 'Out', 'Half', 'All', 'Vice', 'Sub', 'Super', 'Neo', 'Pan', 'Ultra', 'Mini', 'Micro', 'Mega', 'Year', 'Long', 'Short', 'High', 'Low', 'Full', 'Part', 'Twin', 'Big', 'Hard', 'Soft', 'Old', 'New', 'Far', 'Near', 'Home', 'Day', 'Man', 'Die', 'Set', 'Run', 'Lay', 'Stand', 'Break', 'Take', 'Make', 'Turn', 'Kick', 'Stop', 'Shut', 'Walk', 'Lift', 'Sign', 'Hand', 'Head', 'Hold', 'Hang', 'Pull', 'Push', 'Drop', 'Flash', 'Back', 'Play', 'Read', 'Write', 'Show', 'Look', 'Cut', 'Put', 'Get', 'Go', 'Sit', 'Fly', 'Buy', 'Sell', 'Call', 'Log', 'Check', 'Work', 'Round', 'Built', 'Made', 'Based', 'Led', 'Owned', 'Run', 'Left', 'Right', 'Top', 'First', 'Second', 'Third', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Ten']);
const PARTICLE = /^(?:al|el|bin|ibn|abu|de|da|di|van|von|le|la|du|del|der|dos)$/i;
const POSSESSIVE_END = /(?:['’]s|s['’]|['’])$/;
const TRAILING_MARKS = /[-'’]+$/;
/** Whether a word's last character can end a possessive ("'", "’", "s") or a trailing mark ("-"): only then are the patterns tried. */
const endsWith = (raw: string, chars: string) => chars.includes(raw[raw.length - 1]);

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (let at = 0; at < text.length; ) {
    const first = wordStartAt(text, at);
    if (!first) {
      at += isSurrogatePair(text, at) ? 2 : 1; // as the u-flag regex steps: a code point at a time
      continue;
    }
    const wordEnd = wordEndFrom(text, at + first);
    let raw = text.slice(at, wordEnd);
    let start = at + offset;
    at = wordEnd;
    if (raw.length > MAX_TOKEN) continue;
    // A sentence's period after a possessive ("… that of Mr. Netanyahu's.") goes first, so the possessive is seen.
    if (raw.endsWith('.') && POSSESSIVE_END.test(raw.slice(0, -1))) raw = raw.slice(0, -1);
    let possessive = false;
    const poss = endsWith(raw, "'’s") ? POSSESSIVE_END.exec(raw) : null;
    if (poss && raw.length > poss[0].length) {
      possessive = true;
      raw = raw.endsWith('s’') || raw.endsWith("s'") ? raw.slice(0, -1) : raw.slice(0, raw.length - poss[0].length);
    }
    // A trailing period belongs to the word only for abbreviations and dotted acronyms.
    while (raw.endsWith('.') && !DOTTED.test(raw) && !TITLE_ABBREV.test(raw) && !INITIAL.test(raw)) raw = raw.slice(0, -1);
    if (endsWith(raw, "-'’")) raw = raw.replace(TRAILING_MARKS, '');
    if (!raw) continue;
    if (raw.includes('-') && !DOTTED.test(raw)) {
      splitHyphenated(raw, start, possessive, out);
      continue;
    }
    out.push(makeToken(raw, start, possessive));
  }
  return out;
}

/** The length of the code point at `i` when a word can start there (a letter or a digit), else 0. */
function wordStartAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  WORD_START.lastIndex = i;
  return WORD_START.test(text) ? WORD_START.lastIndex - i : 0;
}

/** Where a word's letters, digits, marks, apostrophes, periods and hyphens from `i` end. */
function wordEndFrom(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 46 || c === 45) {
        i++;
        continue;
      }
      return i;
    }
    WORD_REST.lastIndex = i;
    WORD_REST.test(text);
    if (WORD_REST.lastIndex === i) return i;
    i = WORD_REST.lastIndex;
  }
  return i;
}

function isSurrogatePair(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

function splitHyphenated(raw: string, start: number, possessive: boolean, out: Token[]): void {
  const parts = raw.split('-');
  // "al-Assad", "bin-Salman": a lower-case particle joins the name that follows.
  if (parts.length === 2 && PARTICLE.test(parts[0]) && /^\p{Lu}/u.test(parts[1])) {
    out.push(makeToken(raw, start, possessive));
    return;
  }
  // East Asian given names: "Song-ho", "Jong-un", "Young-hoon" are one name part (not "Anti-war", "Post-mortem").
  if (parts.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(parts[0]) && /^\p{Ll}{1,4}$/u.test(parts[1]) && parts[0].length <= 5 && !WORD_PREFIXES.has(parts[0])) {
    out.push(makeToken(raw, start, possessive));
    return;
  }
  const capParts = parts.every((p) => /^\p{Lu}/u.test(p));
  if (!capParts && parts.some((p) => /^\p{Lu}/u.test(p)) === false) {
    out.push(makeToken(raw, start, possessive)); // ordinary hyphenated word: "face-to-face"
    return;
  }
  let pos = start;
  parts.forEach((p, i) => {
    if (p && /^\p{Lu}/u.test(p)) out.push(makeToken(p, pos, possessive && i === parts.length - 1));
    else if (p && i > 0 && !/^\p{Lu}/u.test(parts[0])) out.push(makeToken(p, pos, false));
    pos += p.length + 1;
  });
}

function makeToken(text: string, start: number, possessive: boolean): Token {
  // "al-Assad" is a capitalised name part although it starts with its particle.
  return { start, end: start + text.length, text, possessive, cap: startsUpper(text) || (text.includes('-') && /^(?:al|el|bin|ibn|abu)-\p{Lu}/iu.test(text)) };
}

/** /^\p{Lu}/u without the regex for an ASCII first letter (most words). */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(text);
}

export function isAcronym(text: string): boolean {
  return /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u.test(text);
}

/** Starts with a-z: not in capitals, without upper-casing the word to see (most words of most sentences). */
export function startsLowerAscii(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 97 && c <= 122;
}
