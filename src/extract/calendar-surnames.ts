// Family names spelt as calendar words: "Theresa May … “…,” May said". After tagging (the tagger's features read "May"
// as a month's word, never a name's first), a lone "May" of an article that names a person "… May" in full is that
// person where the grammar makes it a subject or an owner — a finite verb or "’s" after it, no preposition of time
// before it, no day or year after it; and a lone one the tagger read as a person where it is a date is none. Exists for: 31 frames "…,” May said" in the corpus, none read (held-out q-2004).
import type { Mention } from './mentions.js';
import type { Sentence } from './segment.js';
import { MONTH_NAMES } from './lexicon/calendar.js';

/** Calendar words that are family names too (a weekday is none in the news: "Friday" as a surname is a character's). */
const CALENDAR_SURNAMES: ReadonlySet<string> = new Set(MONTH_NAMES.filter((m) => m === 'May' || m === 'June' || m === 'April'));
/** A time's words before a month: "in May", "by early May", "last May", "mid-May", "May and June" (after "and"). */
const TIME_BEFORE = /(?:^|[^\p{L}])(?:in|on|by|since|until|till|through|throughout|from|to|of|during|before|after|between|and|or|last|next|this|that|early|late|mid|each|every|around|about|as\s+of)[\s-]+$/iu;
/** After a month: a day or a year ("May 3", "May 2019", "May, 2019"), another month ("May-June"). */
const DATE_AFTER = /^(?:,?\s*\d|\s*[-–—]\s*\p{Lu}\p{Ll}+\s+\d|\s+(?:and|or|to)\s+(?:January|February|March|April|June|July|August|September|October|November|December)\b)/u;
/**
 * After a subject or an owner: "’s"/"'s", or a finite verb — one of the commonest of news copy, a past tense in -ed, or
 * an auxiliary — optionally after an adverb ("May also said", "May has").
 */
const FINITE_AFTER = /^(?:[’']s\b|\s+(?:(?:also|then|later|again|herself|himself|still|now|previously|earlier|repeatedly|reportedly|personally|quickly|finally|once|first)\s+)?(?:said|says|told|tells|added|adds|insisted|insists|argued|argues|warned|warns|wrote|writes|replied|replies|responded|responds|claimed|claims|stressed|stresses|announced|announces|declared|declares|urged|urges|met|meets|spoke|speaks|made|makes|gave|gives|has|had|is|was|will|would|could|can|did|does|cannot|won['’]t|wants|wanted|hopes|hoped|faces|faced|called|calls|\p{Ll}{3,}ed)\b)/u;

/**
 * Adds a Person mention for each lone calendar surname used as a subject or owner, keyed as the article's one full name
 * ending with it (several people of that family name: none added — the entity stage could not tell them apart).
 */
export function addCalendarSurnames(body: string, sentences: readonly Sentence[], mentions: Mention[]): Mention[] {
  // A lone calendar word read as a name (a person, a body, unknown) where the grammar makes it a date ("In May, the talks
  // failed") is none.
  const dated = (m: Mention) => CALENDAR_SURNAMES.has(m.text) && (TIME_BEFORE.test(body.slice(Math.max(0, m.start - 24), m.start)) || DATE_AFTER.test(body.slice(m.end, m.end + 40)));
  if (mentions.some(dated)) mentions = mentions.filter((m) => !dated(m));
  const holders = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type !== 'Person') continue;
    const words = m.text.split(/\s+/);
    const last = words[words.length - 1];
    if (words.length > 1 && CALENDAR_SURNAMES.has(last)) holders.set(last, (holders.get(last) ?? new Set()).add(m.key));
  }
  if (!holders.size) return mentions;
  const added: Mention[] = [];
  for (const [surname, keys] of holders) {
    if (keys.size !== 1) continue;
    for (let at = body.indexOf(surname); at >= 0; at = body.indexOf(surname, at + surname.length)) {
      const end = at + surname.length;
      if (/[\p{L}\p{N}.-]/u.test(body[at - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(body[end] ?? ' ')) continue;
      if (mentions.some((m) => m.start < end && m.end > at)) continue;
      const sentence = sentences.findIndex((s) => s.start <= at && s.end >= end);
      if (sentence < 0) continue;
      const before = body.slice(Math.max(sentences[sentence].start, at - 24), at);
      // A capitalised word right before it is a name's or a title's ("Theresa May" is read already; "Brian May"): not ours.
      const lastWord = before.trimEnd().split(/\s/).pop() ?? '';
      if (TIME_BEFORE.test(before) || (/\s$/.test(before) && /^\p{Lu}[\p{L}.]*$/u.test(lastWord) && !/(?:Mrs?|Ms|Miss|Prime\s+Minister)\.?\s+$/u.test(before))) continue;
      const after = body.slice(end, end + 40);
      if (DATE_AFTER.test(after) || !FINITE_AFTER.test(after)) continue;
      added.push({ start: at, end, text: surname, type: 'Person', key: surname, sentence });
    }
  }
  if (!added.length) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
