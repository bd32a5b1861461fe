// Stage 1, segment: body → paragraphs and sentences with offsets.
// Heuristic: a sentence ends at . ! ? (plus closing quotes/brackets) followed by space and an upper-case
// letter, digit or opening quote, unless the word before the period is an abbreviation or an initial.
// Exists for: "… met with U.S. officials. Mr. Putin said …" → two sentences, not four.

export interface Sentence {
  start: number;
  end: number;
  text: string;
  paragraph: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'brig', 'cmdr',
  'sens', 'reps', 'govs', 'gens', 'messrs', 'drs', // plural titles: "Sens. Bob Corker and Chris Murphy said"
  'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'no', 'vs', 'v', 'etc', 'inc', 'corp', 'ltd', 'co',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu',
  'fri', 'sat', 'sun', 'u.s', 'u.n', 'u.k', 'e.u', 'd.c', 'a.m', 'p.m', 'ft', 'mt', 'approx', 'dept', 'govt', 'est', 'fig',
]);

// Abbreviations of nouns that can close a sentence ("… in the U.S. The …", "… at 9 a.m. He …"): their period also
// ends the sentence when the next word opens a clause and never continues a name after them.
const SENTENCE_FINAL_ABBREVIATIONS = new Set([
  'u.s', 'u.n', 'u.k', 'e.u', 'd.c', 'a.m', 'p.m', 'etc', 'inc', 'corp', 'ltd', 'co', 'jr', 'sr',
  // two-letter state abbreviations closing a dateline or a place ("in Owego, N.Y. There, a group …"), read as initials otherwise
  'n.y', 'n.j', 'n.c', 's.c', 'n.h', 'n.m', 'n.d', 's.d', 'r.i',
]);
const CLAUSE_OPENERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his',
  'her', 'its', 'their', 'our', 'my', 'but', 'and', 'or', 'so', 'yet', 'if', 'when', 'while', 'although', 'though',
  'after', 'before', 'since', 'as', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'during', 'what', 'some', 'many',
  'most', 'mr', 'mrs', 'ms', 'however', 'meanwhile', 'still', 'now', 'then', 'instead',
]);

// Candidate boundary: terminal punctuation, optional closers, whitespace, then what may start a sentence.
// The lookbehind starts a match only at the first mark of a run: a run of dots costs one pass, not its square.
const BOUNDARY = /(?<![.!?…])[.!?…]+["'”’)\]]*(?=\s+(?:''|["'“‘(\[])?[\p{Lu}\p{N}])/gu; // '' opens a quote in some archives
const MAX_SENTENCE = 2000; // long runs without punctuation are cut so later stages stay bounded

export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const paraRe = /[^\n]*\S[^\n]*/g; // a paragraph is a non-blank line
  let para: RegExpExecArray | null;
  while ((para = paraRe.exec(body))) {
    splitParagraph(body, para.index, para.index + para[0].length, paragraph++, sentences);
  }
  return sentences;
}

// A full stop with no space after it, between a word of two or more lower-case letters and a capitalised word
// ("… Peter Kassig.The White House …", some sources' copy): a sentence end run together. Not a domain ("Amazon.com":
// lower case after), an initial or a title ("U.S.The", "Mrs.Smith": the abbreviation check), nor a decimal.
// The mark is matched first and the two letters before it looked behind from after it: the same matches as
// /(?<=\p{Ll}{2})[.!?](?=…)/ (the lookbehind then reads "\p{Ll}{2}[.!?]" ending where the mark ends), but the engine
// skips to the next mark instead of reading two letters backwards at every position (20x faster over the corpus's paragraphs).
export const JOINED_BOUNDARY = /[.!?](?<=\p{Ll}{2}[.!?])(?=["“”]?\p{Lu}\p{Ll})/gu;

function splitParagraph(body: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  const text = body.slice(from, to);
  const ends: number[] = [];
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text))) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1 && isAbbreviationBefore(text, m.index, text.slice(end).trimStart())) continue;
    ends.push(end);
  }
  JOINED_BOUNDARY.lastIndex = 0;
  while ((m = JOINED_BOUNDARY.exec(text))) {
    let end = m.index + 1;
    if (m[0] === '.' && isAbbreviationBefore(text, m.index, text.slice(end))) continue;
    const token = text.slice(Math.max(0, m.index - 40), m.index).split(/\s/).pop() ?? '';
    if (token.slice(1).includes('/') || token.slice(1).includes('@')) continue; // a web address or a handle
    // A mark after the stop closes the sentence's quotation when one is open ("… said.”The", an odd count of straight marks before).
    const mark = text[end];
    if (mark === '”' || (mark === '"' && (text.slice(0, end).split('"').length - 1) % 2 === 1)) end++;
    ends.push(end);
  }
  ends.sort((a, b) => a - b);
  let start = 0;
  for (const end of ends) {
    if (end <= start) continue;
    push(body, from + start, from + end, paragraph, out);
    start = end;
  }
  push(body, from + start, to, paragraph, out);
}

function isAbbreviationBefore(text: string, dot: number, next: string): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1])) i--;
  const word = text.slice(i, dot);
  if (/^no$/i.test(word)) return /^\d/.test(next); // "No. 5", but "he said no. Then …"
  const lower = word.toLowerCase();
  if (SENTENCE_FINAL_ABBREVIATIONS.has(lower) && CLAUSE_OPENERS.has(firstWord(next).toLowerCase())) return false;
  if (/^(?:\p{Lu}\.){0,2}\p{Lu}$/u.test(word)) return true; // initials: "George W. Bush", "G.K. Butterfield"
  return ABBREVIATIONS.has(lower);
}

/** The leading letters of `text` (a word cut at its first non-letter: "Mr." → "Mr"). */
function firstWord(text: string): string {
  let i = 0;
  while (i < text.length && /\p{L}/u.test(text[i])) i++;
  return text.slice(0, i);
}

function push(body: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /\s/.test(body[end - 1])) end--;
  for (let s = start; s < end; s += MAX_SENTENCE) {
    const e = Math.min(end, s + MAX_SENTENCE);
    out.push({ start: s, end: e, text: body.slice(s, e), paragraph });
  }
}
