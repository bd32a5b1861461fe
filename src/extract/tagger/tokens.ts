// Tokens for the sequence tagger, cut as CoNLL-2003 cuts them: punctuation and possessives apart, abbreviations whole.
// Exists for: "Russia's President Putin." → [Russia] ['s] [President] [Putin] [.], as the training data writes it.

export interface TagToken {
  start: number;
  end: number;
  text: string;
}

const CHUNK = /\S+/g;
const LEADING = /^[("'“‘«\[{]+/u;
const TRAILING = /[)"'”’»\]},;:!?]+$/u;
const POSSESSIVE = /(?:['’]s|['’])$/u;
/** A period ends these words: titles, initials, dotted acronyms ("Mr.", "J.", "U.S."). */
const KEEPS_PERIOD = /^(?:\p{L}|(?:\p{L}\.)+\p{L}|Mr|Mrs|Ms|Dr|Sr|Jr|St|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Sgt|Adm|Brig|Prof|Rev|Inc|Corp|Co|Ltd|No|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|vs)$/u;
const MAX_TOKEN = 64;

export function tagTokens(text: string, offset = 0): TagToken[] {
  const out: TagToken[] = [];
  CHUNK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CHUNK.exec(text))) {
    let start = m.index;
    let end = start + m[0].length;
    if (end - start > MAX_TOKEN) continue;
    const tail: TagToken[] = [];
    const lead = LEADING.exec(m[0]);
    if (lead) {
      for (let k = 0; k < lead[0].length; k++) out.push(tok(text, start + k, start + k + 1, offset));
      start += lead[0].length;
    }
    for (;;) {
      const word = text.slice(start, end);
      if (!word) break;
      const trail = TRAILING.exec(word);
      if (trail && trail[0].length < word.length) {
        tail.unshift(tok(text, end - 1, end, offset));
        end--;
        continue;
      }
      if (word.endsWith('.') && word.length > 1 && !KEEPS_PERIOD.test(word.slice(0, -1))) {
        tail.unshift(tok(text, end - 1, end, offset));
        end--;
        continue;
      }
      const poss = POSSESSIVE.exec(word);
      if (poss && poss[0].length < word.length && /\p{L}/u.test(word[word.length - poss[0].length - 1])) {
        tail.unshift(tok(text, end - poss[0].length, end, offset));
        end -= poss[0].length;
        continue;
      }
      break;
    }
    if (end > start) out.push(tok(text, start, end, offset));
    out.push(...tail);
  }
  return out;
}

function tok(text: string, start: number, end: number, offset: number): TagToken {
  return { start: start + offset, end: end + offset, text: text.slice(start, end) };
}
