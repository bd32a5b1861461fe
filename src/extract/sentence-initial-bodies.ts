// Stage 2c'''', bodies that open a sentence (after tagging, before retype): the rules drop a sentence's first word when
// the article also writes it in lower case ("Foreign" beside "foreign embassies"), which cut "Foreign Ministry
// spokesman Abbas Mousavi …" down to its person and lost the body. A body the lexicons know whole (a known name, or a
// government body such as "Foreign Ministry", whose state entities.ts finds) is a name wherever it stands.
// Runs after tagging, not in the rules, so the tagger's training features stay as they are.
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
