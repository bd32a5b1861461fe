// Stage 2c'''', bodies that open a sentence (after tagging, before retype): the rules drop a sentence's first word when
// the article also writes it in lower case ("Foreign" beside "foreign embassies"), which cut "Foreign Ministry
// spokesman Abbas Mousavi …" down to its person and lost the body. A body the lexicons know whole (a known name, or a
// government body such as "Foreign Ministry", whose state entities.ts finds) is a name wherever it stands.
// Runs after tagging, not in the rules, so the tagger's training features stay as they are.
// Also (joinSentenceInitialWords) a name the article writes whole inside a sentence keeps its first word where it
// opens one ("Human Rights Watch documented …" beside "human rights standards" was "Rights Watch").
import type { Mention } from './mentions.js';
import type { Sentence } from './segment.js';
import { KNOWN_ORGANIZATION_FORMS as ORG_FORMS } from './lexicon/organizations.js';
import { genericBody } from './government-bodies.js';

/** A sentence's first two to four capitalised words (after an opening quote). Linear: anchored, bounded repetition. */
const OPENING_WORDS = /^["“‘']?(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3})/u;

export function addSentenceInitialBodies(sentences: readonly Sentence[], mentions: Mention[]): Mention[] {
  const added: Mention[] = [];
  let k = 0;
  const sorted = mentions.every((m, i) => i === 0 || mentions[i - 1].start <= m.start) ? mentions : [...mentions].sort((a, b) => a.start - b.start);
  sentences.forEach((s, si) => {
    const hit = OPENING_WORDS.exec(s.text);
    if (!hit) return;
    const words = hit[1].split(' ');
    for (let n = words.length; n >= 2; n--) {
      const phrase = words.slice(0, n).join(' ');
      const canonical = ORG_FORMS.get(phrase) ?? (genericBody(phrase) ? phrase : undefined);
      if (!canonical) continue;
      const start = s.start + hit.index + hit[0].length - hit[1].length;
      const end = start + phrase.length;
      while (k < sorted.length && sorted[k].end <= start) k++;
      // Something already read there (the rules or the tagger): it stands.
      if (k < sorted.length && sorted[k].start < end) return;
      added.push({ start, end, text: phrase, type: 'Organization', key: canonical, sentence: si, orgCue: 'name' });
      return;
    }
  });
  return added.length === 0 ? mentions : [...sorted, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A sentence's first word (after an opening quote) and the space after it. Linear: anchored, no nested repetition. */
const OPENING_WORD = /^["“‘']?(\p{Lu}[\p{L}.'’-]*) /u;

/**
 * The rules drop a sentence's first word that the article also writes in lower case ("Should Trump …"), and so cut
 * "Human Rights Watch documented …" to "Rights Watch" where the article writes "human rights standards". When the
 * article names the whole run elsewhere as a mention *inside* a sentence, where no sentence-initial capital explains
 * its first word, the word belongs to the name here too: the cut mention takes the whole name (that mention's type and
 * key). A mention of its own on the first word ("Russian Foreign Ministry"), or a title before it, leaves it as it is.
 */
export function joinSentenceInitialWords(body: string, sentences: readonly Sentence[], mentions: Mention[]): Mention[] {
  // Where the second word of each sentence starts (a mention there may have lost the first), with that first word.
  const opening = new Map<number, string>();
  for (const s of sentences) {
    const word = OPENING_WORD.exec(s.text);
    if (word) opening.set(s.start + word[0].length, word[1]);
  }
  if (!mentions.some((m) => opening.has(m.start))) return mentions;
  const starts = new Set(sentences.map((s) => s.start));
  // The whole names the article writes with a word or a comma before them in the same sentence.
  const inside = new Map<string, Mention>();
  for (const m of mentions) if (!inside.has(m.text) && writtenInside(body, m, starts)) inside.set(m.text, m);
  let changed = false;
  const out = mentions.map((m, i) => {
    const first = opening.get(m.start);
    if (first === undefined || m.titleStart !== undefined) return m;
    // An article opening the sentence is left to the name's own forms ("The Daily Wire" beside "Daily Wire").
    if (DETERMINERS.has(first)) return m;
    const start = m.start - first.length - 1;
    const whole = inside.get(`${first} ${m.text}`);
    if (!whole || (i > 0 && mentions[i - 1].end > start)) return m;
    changed = true;
    return { ...whole, start, end: m.end, text: body.slice(start, m.end), sentence: m.sentence, role: undefined, titleStart: undefined, honorific: undefined };
  });
  return changed ? out : mentions;
}

const DETERMINERS = new Set(['The', 'A', 'An']);

/**
 * The mention has a word, number or comma right before it (then a space), not a sentence's opening — nor a colon's,
 * which opens a heading's or a list's text ("1996: Marries Grace Marufu").
 */
function writtenInside(body: string, m: Mention, sentenceStarts: ReadonlySet<number>): boolean {
  if (m.start < 2 || body[m.start - 1] !== ' ' || sentenceStarts.has(m.start)) return false;
  return /[\p{L}\p{N},]/u.test(body[m.start - 2]);
}
