// Quotes: a definite description of one person as a quote's whole source — "“…,” the staff member said", "said the
// lobbyist.", "The king said …" — read as grammar reads it: a definite noun phrase headed by a person noun (a role, an
// occupation, kin) as the subject of a verb of saying. The article may tie it to a name — the latest person it described
// by that noun, in apposition ("Jack Smith, a lobbyist for …") or as a lower-case title ("lobbyist Jack Smith") — and
// that person speaks; else the source stays unnamed (speaker null, its words kept: contract v2).
import type { Quote } from '../types.js';
import { PERSON_HEAD_NOUNS, wordAlternation } from '../lexicon/sources.js';
import { HEAD_OFFICES } from '../lexicon/titles.js';
import { VERB } from './patterns.js';
import type { MentionRef } from './speakers.js';

const HEAD = `(?:${wordAlternation(PERSON_HEAD_NOUNS).replace(/ /g, '\\s+')})`;
/** "the", up to three lower-case modifiers, the person noun ("the staff member", "the former police officer"). */
const DEFINITE = `the\\s+(?:[\\p{Ll}-]+\\s+){0,3}?${HEAD}`;

/**
 * After a closing mark: the definite description and the cue ("…,” the staff member said") or the cue and the description
 * closing the clause ("…,” said the official, who …", "said the woman."); a relative pronoun, a preposition or a stop
 * may follow it. Anchored; bounded runs of words and spaces: linear.
 */
export const DEFINITE_PERSON_AFTER_QUOTE = new RegExp(
  `^\\s*,?\\s*(?:(${DEFINITE})\\s+(?:also\\s+|later\\s+|then\\s+|again\\s+)?(${VERB})(?![\\p{L}-])|(${VERB})\\s+(${DEFINITE})(?=\\s*(?:[,.;!?]|$)|\\s+(?:who|in|on|at|to|from|during|after|before|as|according)\\s))`,
  'u',
);

/** The words of a definite description of one person, whole: "The staff member", "the former officer", "the former FBI
 * director" (a capitalised modifier too: a body's name or its initials). Anchored: linear. */
export const DEFINITE_WORDS = new RegExp(`^[Tt]he\\s+((?:[\\p{L}.-]+\\s+){0,3}?)(${HEAD})$`, 'u');

/** The definite description after a closing mark, where it starts in `after`, and the cue; null when there is none. */
export function definitePersonAfter(after: string): { phrase: string; at: number; cue: string } | null {
  const m = DEFINITE_PERSON_AFTER_QUOTE.exec(after);
  if (!m) return null;
  const phrase = m[1] ?? m[4];
  return { phrase, at: m.index + m[0].indexOf(phrase, m[1] ? 0 : m[3].length), cue: (m[2] ?? m[3]).toLowerCase() };
}

/** Words that close an appositive's head: a preposition or a relative opening its complement ("a member of Congress"). */
const COMPLEMENT_WORD = /^(?:of|for|at|in|on|with|to|from|who|whose|that|which|and|or|since|under|by)$/;
/** Words that describe no one person in particular: the description's modifiers need not be found beside the name. */
const PLAIN_MODIFIERS: ReadonlySet<string> = new Set(['same', 'other', 'first', 'second', 'young', 'old', 'elderly', 'older', 'younger']);

/** An appositive right after a name: a determiner and the words up to a mark. Anchored, bounded: linear. */
const APPOSITIVE = /^,\s+((?:an?|the|one|another)\s[^,.;:()“”"\n]{1,100})/u;

/** The words of a person's description beside one of their mentions: an appositive after the name (to its complement:
 * "a former police officer" of "…, a former police officer in Texas,"), or the lower-case words before it ("defense
 * lobbyist Jack Smith", "the lobbyist, Jack Smith"). String steps on bounded slices. */
function descriptionsOf(m: MentionRef, body: string): string[][] {
  const out: string[][] = [];
  const appositive = APPOSITIVE.exec(body.slice(m.end, m.end + 110));
  if (appositive) {
    const words = appositive[1].trim().split(/\s+/).slice(1);
    const stop = words.findIndex((w) => COMPLEMENT_WORD.test(w));
    out.push((stop < 0 ? words : words.slice(0, stop)).map((w) => w.toLowerCase()));
  }
  const before = body.slice(Math.max(0, m.start - 60), m.start);
  if (/[\p{L}],?\s+$/u.test(before) && !/\n/.test(before.slice(-3))) {
    const words = before.replace(/,?\s+$/, '').split(/\s+/).slice(-4);
    // (A comma closes the phrase before the title too: "In London, meanwhile, Secretary of State John Kerry".)
    const stop = words.map((w) => /[.,;:!?“”"(]$|^(?:the|a|an)$/i.test(w)).lastIndexOf(true);
    const kept = words.slice(stop + 1);
    if (kept.length && kept.every((w) => /^[\p{L}’'-]+$/u.test(w))) {
      const words = kept.map((w) => w.toLowerCase());
      out.push(words);
      // A capitalised title with its portfolio describes its head noun too: "Secretary of State John Kerry" is a
      // secretary (not "the family of Tony Kim", "a resident of Tal Abyad": the name is the object of "of").
      const of = words.indexOf('of');
      if (of > 0 && of < words.length - 1 && kept.every((w, k) => k === of || /^\p{Lu}/u.test(w))) out.push(words.slice(0, of));
    }
  }
  return out;
}

/** An indefinite determiner and up to three modifiers before a noun ("one defense "). Anchored at the end: linear. */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:an?|one|another)\s+(?:[\p{L}-]+\s+){0,3}$/u;

/** A word before an office that makes it another one ("deputy secretary", "vice president"). */
const QUALIFIER = /^(?:deputy|vice|assistant|under|acting|associate|lieutenant)$/;

/** Whether a description's words end with the noun (its head) and hold every modifier of the definite phrase. */
function fits(words: string[], noun: string[], modifiers: string[]): boolean {
  if (words.length < noun.length || words.slice(-noun.length).join(' ') !== noun.join(' ')) return false;
  // A qualified office is another one: a deputy secretary is no "the secretary".
  const qualifier = words[words.length - noun.length - 1];
  if (qualifier && QUALIFIER.test(qualifier) && !modifiers.includes(qualifier)) return false;
  return modifiers.every((w) => PLAIN_MODIFIERS.has(w) || words.includes(w));
}

/**
 * The person the article ties a definite description at `at` to: the one person whose mentions before it are described by
 * the phrase's noun with its modifiers (descriptionsOf) — not one inside the quoted words, nor when one of the noun brought
 * in unnamed after that mention ("one defense lobbyist told The Hill") may be the one meant. Null when none or several.
 */
export function describedPerson(phrase: string, at: number, quoted: { start: number; end: number } | null, body: string, mentions: MentionRef[]): MentionRef | null {
  const parts = DEFINITE_WORDS.exec(phrase.trim());
  if (!parts) return null;
  const noun = parts[2].toLowerCase().split(/\s+/);
  const modifiers = parts[1].trim() ? parts[1].trim().toLowerCase().split(/\s+/) : [];
  let latest: MentionRef | null = null;
  for (let i = 0; i < mentions.length && mentions[i].end <= at; i++) {
    const m = mentions[i];
    if (m.type !== 'Person' || (quoted && m.start >= quoted.start && m.end <= quoted.end)) continue;
    if (!descriptionsOf(m, body).some((words) => fits(words, noun, modifiers))) continue;
    // (Two people of the article so described: a reader cannot tell which — "nominee Donald Trump and … nominee Hillary Clinton".)
    if (latest && latest.entityId !== m.entityId) return null;
    latest = m;
  }
  if (!latest) return null;
  // One of the noun brought in unnamed after the name ("a lobbyist", "one defense lobbyist", "another officer").
  // (After the name's own appositive: "Jack Smith, a lobbyist, …" brings in no other.)
  const own = APPOSITIVE.exec(body.slice(latest.end, latest.end + 110))?.[0].length ?? 0;
  const between = body.slice(latest.end + own, at).toLowerCase();
  const word = ` ${noun.join(' ')}`;
  for (let k = between.indexOf(word); k >= 0; k = between.indexOf(word, k + 1)) {
    if (/[\p{L}-]/u.test(between[k + word.length] ?? '')) continue;
    if (INDEFINITE_BEFORE.test(between.slice(Math.max(0, k - 40), k + 1))) return null;
  }
  return latest;
}

/** A description headed by the office of a head of state or government (titles.ts HEAD_OFFICES). Anchored: linear. */
const HEAD_OFFICE = new RegExp(`\\s(?:${wordAlternation([...HEAD_OFFICES]).replace(/ /g, '\\s+')})$`);

/** A former holder's mark in a description ("the former president", "the ex-prime minister"). */
const FORMER = /\b(?:former|ex)\b/i;

/** Every quote whose whole unnamed source is a definite description of one person the article ties to a name
 * (describedPerson): that person speaks. */
export function definitePersons(quotes: readonly Quote[], body: string, mentions: MentionRef[]): void {
  for (const q of quotes) {
    const span = q.speakerSpan;
    if (q.speakerId !== null || !q.speakerText || !span) continue;
    // (A head of state's or government's office is the role steps' to tie: "the president" they leave unnamed is no one
    // this step names — but for a former holder, whom the article titles so: "the former vice president" is the one it
    // wrote "Former Vice President Dick Cheney", every modifier found beside the name.)
    if (HEAD_OFFICE.test(q.speakerText.trim()) && !FORMER.test(q.speakerText)) continue;
    const person = describedPerson(q.speakerText, span.start, q.direct ? q : null, body, mentions);
    if (!person) continue;
    q.speakerId = person.entityId;
    q.speakerSpan = { start: person.start, end: person.end };
    delete q.speakerText;
    delete q.onBehalfOf;
  }
}
