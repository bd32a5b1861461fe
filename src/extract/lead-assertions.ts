// A pattern opening with zero-width assertions (\b, lookbehinds: "\b(?<!\btrade\s)(?:ally|partner)") searched in two
// parts: the rest of the pattern, then the assertions tested where it matched. The same matches, found faster: an opening
// assertion keeps the regex engine from skipping ahead to where the rest can start, so it tries every position (3–10×
// slower over the relation rules' sentences).
//
// Why the matches are the same: a global search from lastIndex p finds the first position i ≥ p (code point by code point
// with the u flag) where the assertions hold and the rest matches. Assertions are zero-width and atomic, and those split
// off capture nothing, so the rest's match at i (its length, groups and indices) does not depend on them. The rest
// searched from p stops at the first i where it matches; where the assertions fail there, no match starts at i, and the
// search goes on from the next position.

export interface LeadSplit {
  /** The pattern without its opening assertions, global. */
  rest: RegExp;
  /** The opening assertions alone, sticky; null when the pattern opens with none (rest is then the whole pattern). */
  lead: RegExp | null;
}

/** The length of the opening run of \b and lookbehind groups of a pattern's source (0 if none, or if one captures). */
function leadLength(source: string): number {
  let i = 0;
  for (;;) {
    if (source.startsWith('\\b', i)) {
      i += 2;
      continue;
    }
    if (!source.startsWith('(?<!', i) && !source.startsWith('(?<=', i)) break;
    let depth = 0;
    let j = i;
    for (; j < source.length; j++) {
      const c = source[j];
      if (c === '\\') j++;
      else if (c === '[') {
        for (j++; j < source.length && source[j] !== ']'; j++) if (source[j] === '\\') j++;
      } else if (c === '(') {
        // A group inside must not capture: the rest's group numbers would shift.
        if (source[j + 1] !== '?' || (source[j + 2] === '<' && source[j + 3] !== '!' && source[j + 3] !== '=')) return 0;
        depth++;
      } else if (c === ')' && --depth === 0) break;
    }
    if (j >= source.length) return 0;
    i = j + 1;
  }
  return i;
}

/** Splits a pattern (any flags) for searching with leadExec. */
export function leadSplit(re: RegExp): LeadSplit {
  const flags = re.flags.replace(/[gy]/g, '');
  const n = leadLength(re.source);
  if (n === 0 || n === re.source.length) return { rest: new RegExp(re.source, `${flags}g`), lead: null };
  return { rest: new RegExp(re.source.slice(n), `${flags}g`), lead: new RegExp(re.source.slice(0, n), `${flags}y`) };
}

/** What exec of the whole pattern, global, gives from split.rest.lastIndex (which it advances the same way). */
export function leadExec(split: LeadSplit, text: string): RegExpExecArray | null {
  const { rest, lead } = split;
  for (;;) {
    const m = rest.exec(text);
    if (!m || !lead) return m;
    lead.lastIndex = m.index;
    if (lead.test(text)) return m;
    rest.lastIndex = m.index + (rest.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
}

/** What exec of the whole pattern, not global, gives: its first match. */
export function leadFirst(split: LeadSplit, text: string): RegExpExecArray | null {
  split.rest.lastIndex = 0;
  return leadExec(split, text);
}
