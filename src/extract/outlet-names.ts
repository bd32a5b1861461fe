// Stage 2c''''', outlets named by "The" and one word where the text makes them a source (after tagging, before retype):
// "According to the Guardian, …", "The Telegraph reported that …", "…, the Independent reports." The tagger reads
// "Guardian" as a miscellaneous word or nothing there, so the source was left as words though the article names it.
// Only a source's slot adds one — the object of "according to", or the subject of a verb of reporting — never a byline,
// a credit or a link (masked as furniture before) and never a name the rules or the tagger read already.
import type { Mention } from './mentions.js';
import type { Sentence } from './segment.js';
import { ONE_WORD_OUTLETS } from './lexicon/outlets.js';

const OUTLET_WORDS = ONE_WORD_OUTLETS.map((w) => w.replace(/ /g, '\\s+')).join('|');
/** "the"/"The" and an outlet's word, ending its name (no capitalised word after: "The Independent Journal Review"). */
const THE_OUTLET = new RegExp(`(?<![\\p{L}\\d-])([Tt]he)\\s+(${OUTLET_WORDS})(?![\\p{L}\\d’'-]|\\s+\\p{Lu})`, 'gu');
/** Before it: "according to" (the source of the words). Read on a short slice: anchored at its end. */
const ACCORDING_BEFORE = /(?:^|[^\p{L}])[Aa]ccording\s+to\s+$/u;
/** After it: a verb of reporting, an auxiliary or adverb at most two words before it ("The Guardian has reported"). */
const REPORT_AFTER = /^,?\s+(?:(?:has|had|also|first|later|earlier|previously|recently|separately)\s+){0,2}(?:reported|reports|said|says|wrote|writes|noted|notes|added|adds|quoted|quotes|cited|cites|revealed|reveals|disclosed|discloses|stated|states|claimed|claims)\b/u;
/** A capitalised word right before it, inside its sentence: a title's word ("on Face the Nation"), not a sentence's first
 * word ("But the Guardian reports"). Anchored at the end of a short slice. */
const TITLE_WORD_BEFORE = /[\p{L},]\s+\p{Lu}[\p{L}’'-]*\s+$/u;
/** A preposition right before it ("contacted by the Guardian", "a writer for The Atlantic"): an object, no subject. */
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:by|to|for|with|from|of|in|at|on|about|told|tells)\s+$/u;
/** Before it, inverted: ", reports the Guardian", "…, wrote The Telegraph". */
const REPORT_BEFORE = /(?:^|[,;]\s*|\s)(?:reported|reports|said|says|wrote|writes|noted|notes|added|adds)\s+$/u;

export function addOutletNames(body: string, sentences: readonly Sentence[], mentions: Mention[]): Mention[] {
  const added: Mention[] = [];
  const sorted = mentions.every((m, i) => i === 0 || mentions[i - 1].start <= m.start) ? mentions : [...mentions].sort((a, b) => a.start - b.start);
  let k = 0;
  let si = 0;
  THE_OUTLET.lastIndex = 0;
  for (let hit = THE_OUTLET.exec(body); hit; hit = THE_OUTLET.exec(body)) {
    // "the" with it, in either case: the speaker rules read "the Guardian reports" as a name's phrase.
    const start = hit.index;
    const end = hit.index + hit[0].length;
    const before = body.slice(Math.max(0, hit.index - 30), hit.index);
    // Part of a title ("Face the Nation", "Meet the Press"): a capitalised word right before a lower-case "the".
    if (hit[1] === 'the' && TITLE_WORD_BEFORE.test(before)) continue;
    // The subject of a verb of reporting is no preposition's object ("a leader contacted by the Guardian said").
    const subject = !PREPOSITION_BEFORE.test(before) && REPORT_AFTER.test(body.slice(end, end + 40));
    const slot = ACCORDING_BEFORE.test(before) || REPORT_BEFORE.test(before) || subject;
    if (!slot) continue;
    while (k < sorted.length && sorted[k].end <= start) k++;
    // Something already read there (the rules or the tagger): it stands.
    if (k < sorted.length && sorted[k].start < end) continue;
    while (si + 1 < sentences.length && sentences[si + 1].start <= start) si++;
    const word = hit[2].replace(/\s+/g, ' ');
    added.push({ start, end, text: body.slice(start, end), type: 'Organization', key: `The ${word}`, sentence: si, orgCue: 'name' });
  }
  return added.length === 0 ? mentions : [...sorted, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
