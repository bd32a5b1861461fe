// Quotes: an office described without a name whose holder the next sentence names with the same office — "…, a Taliban
// spokesman said. In an emailed statement later, Taliban spokesman Zabihullah Mujahid said …", "the head of the lead
// agency said …. “…,” Bambang Soelistyo, the head of Indonesia's National Search and Rescue Agency, said." — is that
// holder: the writer introduces the office first and names its holder right after. Runs on the quotes left with
// speakerText only.
import type { Quote } from '../types.js';
import type { Sentence } from '../segment.js';
import { wordAlternation } from '../lexicon/sources.js';
import { firstFrom, type MentionRef } from './speakers.js';

/** Offices one person holds at a time in a body: the noun a holder's title or appositive repeats. (Not "official",
 * "aide", "lawyer", "general": many people of one body are that.) */
const OFFICE_NOUNS = [
  'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'commander', 'head', 'chief', 'chairman', 'chairwoman',
  'chairperson', 'leader', 'director', 'ambassador', 'envoy', 'secretary', 'president', 'governor', 'mayor', 'premier',
  'chancellor', 'secretary-general', 'commissioner',
] as const;

/**
 * A speaker's words naming one holder of an office: a determiner or a possessive, at most five words, the office noun
 * heading the phrase, and at most a prepositional phrase after it ("a Kremlin spokesman", "The Syrian military commander
 * for the Aleppo area", "the head of the 22-member Arab League"). Anchored, one bounded lazy run before a word
 * alternation: linear.
 */
export const OFFICE_DESCRIPTION = new RegExp(`^(?:[Aa]n?|[Tt]he|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\\p{Lu}[\\p{L}.-]*[’']s)\\s+((?:[\\p{L}.’'-]+\\s+){0,5}?)(${wordAlternation(OFFICE_NOUNS)})(\\s+(?:of|for|at|in|on|to|with|from)\\s[^,;:“”"]{1,80})?$`, 'u');
/** The office noun written right before the holder's name, at most two capitalized words between (a rank): "Taliban
 * spokesman Zabihullah", "Chairman Rep. Michael". Its modifiers are read apart (titleBefore). Bounded after the noun. */
const TITLE_BEFORE = new RegExp(`(?<![\\p{L}-])(${wordAlternation(OFFICE_NOUNS, true)})\\s+(?:\\p{Lu}[\\p{L}.]*\\s+){0,2}$`, 'u');
/** …or in apposition after it: ", the head of …", ", a spokesman for …", ", the center’s director,". Anchored, bounded. */
const OFFICE_AFTER = new RegExp(`^,\\s+(?:(?:the|a|an|its|his|her|their)\\s+)?((?:[\\p{L}.’'-]{1,40}\\s+){0,4}?)(${wordAlternation(OFFICE_NOUNS)})\\b`, 'u');
/** Words that make the office another holder's or a past one. */
const OTHER_HOLDER = /\b(?:[Aa]nother|[Oo]ther|[Ss]econd|[Ff]ormer|[Ee]x|[Tt]hen|[Ll]ate|at\s+the\s+time)\b/;
/** Offices a body has many of at once: only a definite description ("the commander of the U.S. Pacific Air Forces") is
 * the one holder named next. */
const MANY_HOLDERS: ReadonlySet<string> = new Set(['commander', 'director', 'secretary', 'minister']);
/** Words before an office's title that are no modifier of it: verbs of saying, determiners, prepositions. */
const NOT_MODIFIER: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'wrote', 'according', 'quoted', 'cited', 'to', 'by', 'from', 'with', 'and', 'or', 'but', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'of', 'for', 'as', 'while', 'when', 'that', 'later', 'also', 'then', 'in', 'on', 'at', 'who', 'which', 'was', 'is', 'has', 'had']);

/** One office whatever the holder's gender where the noun tells none ("spokesperson"); a spokesman is no spokeswoman; a
 * body's head is its chief. */
const officeOf = (noun: string) => noun.toLowerCase().replace(/^(spokes|chair)person$/, '$1').replace(/^chief$/, 'head');
const sameOffice = (a: string, b: string) => { const x = officeOf(a); const y = officeOf(b); return x === y || ((x === 'spokes' || x === 'chair') && y.startsWith(x)) || ((y === 'spokes' || y === 'chair') && x.startsWith(y)); };

/** Every quote of an office's unnamed holder (see above) whose holder the next sentence alone names: that person speaks. */
export function nextSentenceHolders(quotes: readonly Quote[], body: string, sentences: readonly Sentence[], mentions: MentionRef[]): void {
  for (const q of quotes) {
    const span = q.speakerSpan;
    if (q.speakerId !== null || !q.speakerText || !span || !q.sentence) continue;
    const words = body.slice(span.start, span.end).trim();
    const office = OFFICE_DESCRIPTION.exec(words);
    // A bare "the spokesman" points back, not forward (speaker.role-holder); another or a former holder is no holder now.
    if (!office || (!office[1] && !office[3] && /^[Tt]he\s/.test(words)) || OTHER_HOLDER.test(words)) continue;
    const noun = office[2].toLowerCase();
    // "A commander for Iran's Revolutionary Guard": one of a body's many commanders, not the one the next sentence titles.
    if (MANY_HOLDERS.has(noun) && /^(?:[Aa]n?|[Oo]ne)\s/.test(words)) continue;
    const at = sentences.findIndex((s) => s.start >= q.sentence!.end);
    const next = at > 0 ? sentences[at] : null;
    // The next sentence, in the same paragraph or opening the next one.
    if (!next || next.paragraph > sentences[at - 1].paragraph + 1) continue;
    const found: MentionRef[] = [];
    for (let i = firstFrom(mentions, next.start); i < mentions.length && mentions[i].start < next.end; i++) {
      const m = mentions[i];
      if (m.type !== 'Person' || found.some((f) => f.entityId === m.entityId)) continue;
      const lead = body.slice(next.start, m.start);
      const tail = lead.slice(-90);
      const title = titleBefore(tail);
      const appositive = title ? null : OFFICE_AFTER.exec(body.slice(m.end, Math.min(next.end, m.end + 90)));
      const given = title?.noun ?? appositive?.[2];
      if (!given || !sameOffice(given, noun) || OTHER_HOLDER.test(lead.slice(-40))) continue;
      // An appositive's body is the description's when both name one: "the head of the IAEA" is no "head of Iran's
      // delegation"; a description naming none ("the head of the lead agency") takes the body the appositive names.
      if (appositive && !sharesName(/^[^,.;:“”"]{0,80}/.exec(body.slice(m.end + appositive[0].length))![0], words)) continue;
      // The body or kind a title or an appositive names must be the description's ("Defense Ministry spokesman" for "A
      // Defense Ministry spokesman", "Foreign Minister" for "Syria's foreign minister"; not "military spokeswoman" for
      // "a police spokesman", "Prime Minister"); a person owning the office ("Putin spokesman") may stand for the body.
      const modifiersAt = title ? next.start + lead.length - tail.length + title.at : m.end + appositive![0].length - appositive![2].length - appositive![1].length;
      if (!modifiersAgree(title ? title.modifiers : appositive![1], modifiersAt, words, mentions)) continue;
      found.push(m);
    }
    if (found.length !== 1) continue;
    const holder = found[0];
    // The name is the holder's first: one named before is no new holder introduced by the office.
    if (mentions.some((m) => m.entityId === holder.entityId && m.start < next!.start)) continue;
    q.speakerId = holder.entityId;
    delete q.speakerText;
    delete q.onBehalfOf;
  }
}

/** The office noun ending `tail` before a name (TITLE_BEFORE) and its modifiers: the at most four words before it, back
 * to a punctuation mark ("Defense Ministry", "said Putin"), with their offset in `tail`. */
function titleBefore(tail: string): { noun: string; modifiers: string; at: number } | null {
  const title = TITLE_BEFORE.exec(tail);
  if (!title) return null;
  const before = tail.slice(0, title.index);
  let from = before.length;
  for (let words = 0; words < 4; words++) {
    let i = from;
    while (i > 0 && /\s/.test(before[i - 1])) i--;
    let j = i;
    while (j > 0 && /[\p{L}.’'-]/u.test(before[j - 1])) j--;
    if (j === i || (j > 0 && !/\s/.test(before[j - 1]))) break;
    from = j;
  }
  return { noun: title[1], modifiers: before.slice(from), at: from };
}

/** Every word of an office's modifiers is in the description (in any case), belongs to a person's name, or is no
 * modifier (a verb of saying, a determiner). */
function modifiersAgree(modifiers: string, at: number, description: string, mentions: MentionRef[]): boolean {
  const norm = (w: string) => w.toLowerCase().replace(/[.]/g, '');
  const described = new Set(description.split(/[^\p{L}.]+/u).map(norm));
  const re = /[\p{L}.’'-]+/gu;
  for (let m = re.exec(modifiers); m; m = re.exec(modifiers)) {
    const word = m[0].replace(/[’']s$/, '');
    const from = at + m.index;
    if (NOT_MODIFIER.has(word.toLowerCase()) || described.has(norm(word))) continue;
    if (!mentions.some((x) => x.type === 'Person' && x.start <= from && x.end >= from + word.length)) return false;
  }
  return true;
}

/** The capitalized words of an appositive's rest and of the description share one, or either has none. */
function sharesName(rest: string, description: string): boolean {
  const names = (t: string) => new Set([...t.matchAll(/(?<![\p{L}.])\p{Lu}[\p{L}-]+/gu)].map((m) => m[0]).filter((w) => w !== 'The'));
  const a = names(rest);
  const b = names(description.replace(/^\p{Lu}\p{Ll}*\s/u, (w) => w.toLowerCase()));
  return !a.size || !b.size || [...a].some((w) => b.has(w));
}
