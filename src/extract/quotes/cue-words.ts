// Quotes: the words a clause pattern's cue must be, read off the pattern's own source, so a sentence without any of them skips the pattern.
// A subject-first pattern ("SUBJECT … VERB that …") tries its subject at every capitalised word of every sentence;
// most sentences hold none of its cue words, and a lookup of the sentence's words is far cheaper than that scan.

/**
 * Sets of words a match of `rest` (the part of a pattern from its cue on, starting with `\s+`) must contain as
 * whitespace-delimited words: one set per cue found, and a text matches only if, for each set, one of its words is one
 * of the text's. Read from the source: the cue group right after the leading `\s+` when every alternative of it is
 * plain words ("called|calls|vow(?:s|ed)?|call\s+for", first word taken), or every alternative ends in
 * `\s+` and a plain word ("…\s+of|…\s+about"), and the group is followed by `\s+` (an optional `(\s+word)?` between); and each plain word that
 * stands between `\s+` and `\s+` outside any group ("\s+that\s+"). Anything else is not read: fewer sets, never a
 * wrong one. Empty: no prefilter.
 */
export function cueWordSets(rest: string, flags: string): ReadonlySet<string>[] {
  if (flags.includes('i')) return []; // the words would have to be matched without case
  const sets: Set<string>[] = [];
  if (rest.startsWith('\\s+(') && !rest.startsWith('\\s+(?')) {
    const close = groupEnd(rest, 3);
    // …followed by `\s+`, or by an optional word and then `\s+` ("(shows|found)(\s+that)?\s+"): a space ends the cue either way.
    const words = close > 0 && /^(?:\((?:\?:)?\\s\+[a-z]+\)\?)?\\s[+]/.test(rest.slice(close + 1)) ? (firstWords(rest.slice(4, close)) ?? lastWords(rest.slice(4, close))) : null;
    if (words) sets.push(new Set(words));
  }
  // A plain word at the top level between mandatory spaces: "\s+that\s+".
  for (let i = 0, depth = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '\\') {
      if (depth === 0 && rest.startsWith('\\s+', i)) {
        const word = /^\\s\+([a-z]+)\\s\+/.exec(rest.slice(i));
        if (word) sets.push(new Set([word[1]]));
      }
      i++;
    } else if (c === '[') i = classEnd(rest, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return []; // a top-level alternation: nothing is required of every match
  }
  return sets;
}

/** Index of the `)` closing the group whose `(` is at `open`, or -1. */
function groupEnd(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(src, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

function classEnd(src: string, open: number): number {
  for (let i = open + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']') return i;
  }
  return src.length;
}

/** Top-level alternatives of an alternation's source. */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(src, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

const LITERAL = /^[\p{L}'’-]$/u;

/**
 * Every first word an alternation of plain words can match — letters, an optional last letter ("wants?"), a
 * non-capturing group of plain endings, optional or not ("vow(?:s|ed)?"), and `\s+` before later words — or null when
 * an alternative holds anything else.
 */
function firstWords(src: string): string[] | null {
  const out: string[] = [];
  for (const alt of alternatives(src)) {
    const words = wordForms(alt.replace(/\\s\+.*$/s, ''));
    if (!words) return null;
    out.push(...words);
  }
  return out;
}

/** The last word of every alternative when each ends in `\s+WORD` ("… critic\s+of|… concerned\s+about"), or null. */
function lastWords(src: string): string[] | null {
  const out: string[] = [];
  for (const alt of alternatives(src)) {
    const last = /(?<!\\)\\s\+([\p{L}'’-]+)$/u.exec(alt); // not an escaped backslash before "s+"
    if (!last) return null;
    out.push(last[1]);
  }
  return out;
}

function wordForms(src: string): string[] | null {
  let forms = [''];
  for (let i = 0; i < src.length; ) {
    let piece: string[];
    if (src.startsWith('(?:', i)) {
      const close = groupEnd(src, i);
      if (close < 0) return null;
      const endings = alternatives(src.slice(i + 3, close)).map(wordForms);
      if (endings.some((e) => e === null)) return null;
      piece = endings.flatMap((e) => e!);
      i = close + 1;
    } else if (LITERAL.test(src[i])) piece = [src[i++]];
    else return null;
    if (src[i] === '?') {
      piece = [...piece, ''];
      i++;
    } else if (i < src.length && /[*+{]/.test(src[i])) return null;
    forms = forms.flatMap((f) => piece.map((p) => f + p));
    if (forms.length > 10_000) return null;
  }
  return forms.includes('') ? null : forms;
}
