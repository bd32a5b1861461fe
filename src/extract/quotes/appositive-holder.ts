// Quotes: an unnamed one-person source followed by the person's name in apposition — "the chief spokesman for Isis,
// Mohammad al-Adnani, singled out …", "said one resident of the capital, Abebe Arega." — is that person: the name says
// who the description is. Runs after every rule, on the quotes left with speakerText only.
import type { Quote } from '../types.js';
import { AGENT_NOUNS, UNNAMED_PERSON_NOUNS, wordAlternation } from '../lexicon/sources.js';
import { ROLE_NOUNS } from '../lexicon/titles.js';
import { firstFrom, type MentionRef } from './speakers.js';

/** Singular nouns of one person holding a role or described by what they do. */
const ONE_PERSON_NOUNS = [...new Set<string>([
  ...UNNAMED_PERSON_NOUNS, ...ROLE_NOUNS, ...AGENT_NOUNS.filter((n) => !/(?:men|people|s)$/.test(n)),
  'head', 'chief', 'chairwoman', 'chairperson', 'organizer', 'organiser', 'guest', 'visitor', 'counterpart', 'founder',
  'owner', 'executive', 'manager', 'professor', 'deputy', 'secretary-general', 'coordinator', 'commissioner',
  'negotiator', 'member', 'partner', 'colleague', 'friend', 'brother', 'sister', 'son', 'daughter', 'wife', 'husband',
])];
/** …and their plurals after "one of the …" ("one of his lawyers", "one of the rally’s organizers"). */
const ONE_OF_NOUNS = ONE_PERSON_NOUNS.map((n) => (/(?:man|woman)$/.test(n) ? n.replace(/an$/, 'en') : /(?:s|sh|ch)$/.test(n) ? `${n}es` : /[^aeiou]y$/.test(n) ? `${n.slice(0, -1)}ies` : `${n}s`));

/**
 * The whole speaker's words naming one person by a singular noun: a determiner or a possessive, at most five words, the
 * person noun, and at most a prepositional phrase after it ("The current leader of Southern Command", "a Chinese foreign
 * ministry spokesman", "Issa's Democratic counterpart on the committee"), or "one of" a group of such people. Anchored,
 * one bounded lazy run before a word alternation: linear.
 */
export const APPOSITIVE_HOLDER = new RegExp(`^(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\\p{Lu}[\\p{L}.-]*[’']s?)\\s+(?:[\\p{L}.’'-]+\\s+){0,5}?(?:${wordAlternation(ONE_PERSON_NOUNS)})|[Oo]ne\\s+of\\s+(?:the|his|her|their|its|\\p{Lu}[\\p{L}.-]*[’']s?)\\s+(?:[\\p{L}.’'-]+\\s+){0,4}?(?:${wordAlternation(ONE_OF_NOUNS)}))(?:\\s+(?:of|for|at|in|on|to|with|from)\\s[^,;:“”"]{1,80})?$`, 'u');

/** Before the name: at most three capitalized title words ("Adm.", "Maryland Rep.", "Maj. Gen."). Anchored: linear. */
const TITLE_WORDS = /^,\s(?:\p{Lu}[\p{L}-]*\.?\s){0,3}$/u;
/** After the name: the appositive closes — a comma, a full stop, a bracket — or the sentence ends. */
const NAME_CLOSES = /^(?:\s*[,.)(;]|\s*$)/;

/** Every quote of an unnamed one-person source whose words the person's name follows in apposition: that person speaks. */
export function appositiveHolders(quotes: readonly Quote[], body: string, mentions: MentionRef[]): void {
  for (const q of quotes) {
    const span = q.speakerSpan;
    if (q.speakerId !== null || !q.speakerText || !span || !q.sentence) continue;
    if (!APPOSITIVE_HOLDER.test(body.slice(span.start, span.end).trim())) continue;
    let person: MentionRef | null = null;
    for (let i = firstFrom(mentions, span.end); i < mentions.length && mentions[i].start <= span.end + 40; i++) {
      const m = mentions[i];
      if (m.type !== 'Person' || m.end > q.sentence.end) continue;
      if (TITLE_WORDS.test(body.slice(span.end, m.start)) && NAME_CLOSES.test(body.slice(m.end, m.end + 3))) person = m;
      break;
    }
    // The name is the description's, not a subject of the words reported after it ("According to an official, Putin,
    // who …, will …"), nor the first of a list ("…, Jack Reed and Sheldon Whitehouse,").
    if (!person || (person.start < q.end && person.end > q.start) || /^\s+and\s/.test(body.slice(person.end, person.end + 6))) continue;
    q.speakerId = person.entityId;
    q.speakerSpan = { start: person.start, end: person.end };
    delete q.speakerText;
    delete q.onBehalfOf;
  }
}

/** Nouns of one person's post in a body (not "victim", "resident", "member": people of it, no office). */
const OFFICE_HOLDER_NOUNS = [...new Set<string>([
  ...ROLE_NOUNS, ...AGENT_NOUNS.filter((n) => !/(?:men|people|s)$/.test(n)),
  'head', 'chief', 'chairwoman', 'chairperson', 'executive', 'deputy', 'secretary-general', 'commissioner', 'founder', 'manager',
  'coordinator', 'negotiator', 'officer',
])];

/** One person's office in a body, the body after it: "the head of the 22-member ", "A top commander of Iran’s ", "a deputy
 * director at ", "The prime minister of the self-declared ". Anchored at both ends, bounded runs: linear. */
export const OFFICER_OF = new RegExp(`^(?:[Tt]he|[Aa]n?|[Oo]ne)\\s+(?:[\\p{L}\\p{N}.’'-]{1,40}\\s+){0,3}?(?:${wordAlternation(OFFICE_HOLDER_NOUNS)})\\s+(?:of|for|at)\\s+(?:the\\s+)?(?:[\\p{L}\\p{N}.’'-]{1,40}\\s+){0,3}$`, 'u');
/** Where a determiner may open that office's phrase. */
const DETERMINER_AT = /(?:^|[\s(])(?:[Tt]he|[Aa]n?|[Oo]ne)\s/g;

/**
 * Every quote credited to a body or a country named only as the place of one person's office ("the head of the 22-member
 * Arab League urged …", "said Jim Pasco, the executive director of the Fraternal Order of Police"): the officer speaks —
 * the person named in apposition before the office, else an unnamed source with the office's words, speaking for the
 * body (onBehalfOf). The body's own relative clause ("the Chinese Basketball Association, which has said …") is the body's.
 */
export function bodyOfficers(quotes: readonly Quote[], body: string, mentions: MentionRef[], typeOf: (id: string) => string | undefined): void {
  for (const q of quotes) {
    const span = q.speakerSpan;
    const type = q.speakerId ? typeOf(q.speakerId) : undefined;
    if (!span || (type !== 'Organization' && type !== 'Country') || /^,?\s+(?:which|that|who)\b/.test(body.slice(span.end, span.end + 8))) continue;
    const from = Math.max(0, span.start - 120);
    const pre = body.slice(from, span.start);
    let office = -1;
    DETERMINER_AT.lastIndex = 0;
    for (let d = DETERMINER_AT.exec(pre); d; d = DETERMINER_AT.exec(pre)) {
      const at = d.index + (/^[\s(]/.test(d[0]) ? 1 : 0);
      // (Within the sentence: "…, the head of Hamas' military wing. Israel said" names no office of Israel.)
      if (OFFICER_OF.test(pre.slice(at)) && !pre.slice(at).includes('\n') && !/[\p{Ll}\p{N}’'”"]\.\s/u.test(pre.slice(at))) {
        office = from + at;
        break;
      }
    }
    if (office < 0) continue;
    // "Jim Pasco, the executive director of …": the person in apposition before the office.
    const comma = /,\s*$/.exec(body.slice(Math.max(0, office - 3), office));
    let person: MentionRef | null = null;
    if (comma) {
      const end = office - (body.slice(0, office).length - body.slice(0, office).trimEnd().length) - 1;
      for (let i = firstFrom(mentions, end - 60); i < mentions.length && mentions[i].start < end; i++) if (mentions[i].end === end && mentions[i].type === 'Person') person = mentions[i];
    }
    if (person) {
      q.speakerId = person.entityId;
      q.speakerSpan = { start: person.start, end: person.end };
      delete q.speakerText;
      delete q.onBehalfOf;
      continue;
    }
    q.onBehalfOf = q.speakerId;
    q.speakerId = null;
    q.speakerSpan = { start: office, end: span.end };
    q.speakerText = body.slice(office, span.end);
  }
}
