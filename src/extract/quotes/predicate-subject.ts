// Quotes: the speaker of a cue with no subject of its own — a second predicate ("Moscow banned imports … and said it
// might …") takes the sentence's head subject, and "it" before a cue stands for the body the sentences before it are about.
import type { Sentence } from '../segment.js';
import { COUNTRY_OFFICE, firstFrom, type MentionRef, type SpeakerRef } from './speakers.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from '../lexicon/countries.js';
import { DOCUMENT_NOUNS, SOURCE_BODIES, SPEAKING_BODY_HEADS, wordAlternation } from '../lexicon/sources.js';

/** The cue right after a coordinator, an adverb at most between: the predicate shares the sentence's subject. */
export const AFTER_COORDINATOR = /(?:^|\s)(?:and|but|yet|though|although)\s+(?:(?:also|then|later|afterward|afterwards|again|further|even|still|now|since|more\s+recently|most\s+recently|\p{Ll}+ly),?\s+){0,2}(?:(?:has|have|had)\s+)?$/u;
/** A phrase opening the sentence before its subject ("On Wednesday,", "In a statement, however,"). */
const OPENING = /^(?:(?:However|Meanwhile|Still|Instead|Separately|Yet|But|And|So|Earlier|Later|Then)\s*,?\s+)?(?:(?:In|At|During|After|Before|On|With|From|Following|Despite|Since|Through|Under|Last|This|Earlier)\b[^,]{0,80},\s*)?/;
/** At most a few title or determiner words before the subject's name: "U.S. President", "The", "Russia's top". */
/** An office's words after a country's demonym: up to three lower-case words ("president", "foreign minister"). */
const OFFICE_AFTER_COUNTRY = /^(?:[’']s)?(?:\s+[\p{Ll}-]+){1,3}?(?=\s+(?:did|does|has|had|is|was|also|\p{Ll}+ed|\p{Ll}+s)\b|,)/u;
const TITLE_LEAD = /^(?:(?:[\p{Lu}][\p{L}.’'-]*|the|a|an|[\p{Ll}]+-[\p{Ll}]+)\s+){0,4}$/u;
/** A relative clause, a quotation or a new sentence part between the head and the coordinator: the head is not its subject. */
const OTHER_CLAUSE = /\b(?:who|which|whom|whose)\b|[;:“”"]/;

/** A report's clause opener ("says that", "said"), ending the words before its subject or its opening adjunct. */
const REPORT_OPENER = /\b(?:that|said|says|say)\s/g;
const REPORT_OPENER_END = /\b(?:that|said|says|say)\s+$/;
/**
 * The words end right before the subject of a report's clause: "says that ", or "said that after the deal was
 * struck, " (an adjunct of at most 80 characters, no comma or quotation mark inside). String steps, not one pattern:
 * an optional adjunct before an end anchor backtracks polynomially.
 */
function opensReportClause(lead: string): boolean {
  if (REPORT_OPENER_END.test(lead)) return true;
  const comma = lead.lastIndexOf(',');
  if (comma < 0 || lead.slice(comma + 1).trim() !== '') return false;
  const head = lead.slice(0, comma);
  let opener: RegExpExecArray | null = null;
  REPORT_OPENER.lastIndex = 0;
  for (let o = REPORT_OPENER.exec(head); o; o = REPORT_OPENER.exec(head)) opener = o;
  if (!opener) return false;
  const adjunct = lead.slice(opener.index + opener[0].length, comma).trim();
  return adjunct.length >= 1 && adjunct.length <= 80 && !/[,;“”"]/.test(adjunct);
}

/**
 * The named subject of a report's that-clause lying between the sentence's head and the coordinator ("Mueller’s team
 * says that after the deal was struck, Manafort backtracked on this story and told them that …"): the coordinated
 * predicate continues that clause, so its subject speaks, not the sentence's head. Null when there is none.
 */
function embeddedSubject(text: string, before: string, s: Sentence, mentions: MentionRef[]): SpeakerRef | null {
  const until = s.start + before.length;
  let found: MentionRef | null = null;
  for (let i = firstFrom(mentions, s.start); i < mentions.length && mentions[i].start < until; i++) {
    const m = mentions[i];
    if (m.type === 'Event' || m.start === s.start) continue;
    const lead = text.slice(Math.max(0, m.start - s.start - 100), m.start - s.start);
    if (opensReportClause(lead) && /^\s+\p{Ll}/u.test(text.slice(m.end - s.start, m.end - s.start + 3))) found = m;
  }
  // Another clause opening after the subject (a relative, a second report) leaves the predicate's subject unknown.
  if (!found || /\b(?:that|who|which)\b|[;:“”"]/.test(text.slice(found.end - s.start, before.length))) return null;
  return { start: found.start, end: found.end, entityId: found.entityId };
}

/**
 * A cue right after "and"/"but" ("… and said it might expand the ban", "… but said Europe must …"): its speaker is the
 * sentence's subject — a pronoun, or the person, body or country its first words name. Undefined when the cue follows
 * no coordinator; null when it does but the subject is not one of those (the caller then reads no common noun phrase
 * ending in "… and" as a source).
 */
export function coordinatedPredicateSubject(text: string, before: string, s: Sentence, mentions: MentionRef[], sentences: readonly Sentence[]): SpeakerRef | null | undefined {
  if (!AFTER_COORDINATOR.test(before)) return undefined;
  const embedded = embeddedSubject(text, before, s, mentions);
  if (embedded) return embedded;
  const opening = OPENING.exec(text)?.[0].length ?? 0;
  const pronoun = /^(He|She|It)\s+\p{Ll}/u.exec(text.slice(opening));
  if (pronoun) {
    const at = s.start + opening;
    if (OTHER_CLAUSE.test(before.slice(opening + pronoun[1].length))) return null;
    if (pronoun[1] !== 'It') return { start: at, end: at + pronoun[1].length, entityId: null, pronoun: pronoun[1].toLowerCase() };
    return bodyAntecedent(s, mentions, sentences, at);
  }
  for (let i = firstFrom(mentions, s.start + opening); i < mentions.length && mentions[i].start < s.start + before.length; i++) {
    const m = mentions[i];
    if (m.type === 'Event') continue;
    if (!TITLE_LEAD.test(text.slice(opening, m.start - s.start))) return null;
    // A title naming a body before a person ("U.S. President Barack Obama"): the person is the head.
    const next = mentions[i + 1];
    if (m.type !== 'Person' && next && next.type === 'Person' && /^\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u.test(text.slice(m.end - s.start, next.start - s.start) + ' ')) continue;
    const between = text.slice(m.end - s.start, before.length);
    if (OTHER_CLAUSE.test(between) || !/^(?:\s*\([^()]{1,24}\))?(?:,[^,]{1,120},)?\s+\p{Ll}/u.test(between)) return null;
    // "The Chinese president did not respond …, but told reporters …": a country's office heads the subject, unnamed
    // here (quotes.ts resolves it to the holder, resolveCountryOffices), not the country.
    if (m.type === 'Country') {
      const office = OFFICE_AFTER_COUNTRY.exec(between);
      const phrase = office ? text.slice(opening, m.end - s.start + office[0].length) : '';
      if (office && COUNTRY_OFFICE.test(phrase)) return { start: s.start + opening, end: m.end + office[0].length, entityId: null };
    }
    return { start: m.start, end: m.end, entityId: m.entityId };
  }
  return null;
}

/** A sentence headed by a document: a determiner, a few modifiers and a document noun, then its verb ("The indictment
 * says", "But the 29-page document describes", "Its report, released Friday, found"). */
const DOCUMENT_HEAD = new RegExp(`^((?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)\\s+(?:(?!(?:a|an|the|its|his|her|their)\\s)[\\p{L}\\d’'-]+\\s+){0,3}?(?:${wordAlternation(DOCUMENT_NOUNS)}))(?:\\s*,[^,]{1,80},)?\\s+(?:also\\s+|further\\s+)?\\p{Ll}+(?:s|ed)\\b`, 'u');

/** "It" opening the words before a cue ("It also said …", "…,” it said in a statement"). */
export const IT_SUBJECT = /(?:^|[\s,;”"])[Ii]t\s+(?:(?:also|then|later|further|again|previously|earlier)\s+)?$/;

/** Nouns a country's demonym or possessive heads as a body that speaks for it ("The Israeli army says", "Cuban officials
 * have", "Russia's foreign ministry said"): the country stands for them. Any other noun after a demonym is a thing the
 * country only describes ("Russian military planes", "the German investigation", "a German tabloid"), no antecedent of
 * "it" as the country. */
const COUNTRY_BODY_HEADS: ReadonlySet<string> = new Set([
  ...SOURCE_BODIES.filter((w) => !DOCUMENT_NOUNS.includes(w as never) && !/^(?:polls?|surveys?|reports|stud(?:y|ies)|campaign|company|firm|bank|court|group)$/.test(w)),
  'statement', 'military', 'army', 'navy', 'officials', 'authorities', 'forces', 'force', 'media', 'police', 'intelligence', 'leaders',
  'leadership', 'regime', 'consulate', 'cabinet', 'parliament', 'presidency', 'mission', 'delegation', 'side', 'state',
]);

/** A body's kind written between a demonym and the body's name ("Israeli newspaper Haaretz", "Chinese company Huawei"). */
const KIND_BEFORE_NAME: ReadonlySet<string> = new Set([...SOURCE_BODIES, ...SPEAKING_BODY_HEADS, 'tabloid', 'daily', 'paper', 'giant', 'airline', 'carrier', 'maker', 'manufacturer', 'operator', 'broadcaster', 'insurgents', 'rebels', 'militants']);

/** A word that ends a noun phrase heading its sentence: its verb, an auxiliary, an adverb before the verb, a preposition. */
const NP_END = /^(?:said|says|say|told|tells|has|have|had|is|was|are|were|will|would|could|can|may|might|must|did|does|do|also|later|then|again|still|already|reportedly|previously|recently|repeatedly|initially|officially|publicly|formally|subsequently|immediately|quickly|believes?|wants?|claims?|warns?|insists?|accuses?|denies|deny|argues?|adds?|reports?|announces?|rejects?|urges?|calls?|read|met|took|gave|made|went|came|left|flew|spoke|wrote|sent|held|kept|led|won|lost|saw|stood|began|put|cut|hit|shot|struck|got|became|brought|found|in|of|for|on|at|to|from|with|by|over|about|near|across|into|inside|after|before|during|against|under|through|and|or|who|which|that|\p{Ll}+ed)$/u;

/** After a name: a short parenthesis or an appositive, then a lower-case word (its verb, as a rule). */
const VERB_AFTER_NAME = /^(?:\s*\([^()]{1,24}\))?(?:,[^,]{1,120},)?\s+\p{Ll}/u;

/**
 * What a sentence's head mention stands for as the antecedent of "it": the mention itself when its verb (or an
 * appositive) follows; a country's demonym or possessive before a body noun (COUNTRY_BODY_HEADS) is the country; a
 * demonym and a kind before the name of a body ("Israeli newspaper Haaretz is", "Saudi newspaper, Arab News, argued")
 * is that body; before any other noun the head is a thing the country describes (`'thing'`); `null` when the mention
 * heads nothing. Read word by word: linear.
 */
function headReading(text: string, from: number, m: MentionRef, mentions: MentionRef[], i: number): MentionRef | 'thing' | null {
  const rest = text.slice(m.end - from);
  const possessive = m.type === 'Country' ? (/^[’']s?(?=\s)/.exec(rest)?.[0] ?? '') : '';
  // A country's name before a lower-case word has its verb there ("Iran subsequently said", "North Korea test launched");
  // its demonym or possessive opens a noun phrase the country only modifies.
  // (A word that is both, "Saudi", is the demonym before a body's noun: "Saudi newspaper, Arab News,".)
  const written = text.slice(m.start - from, m.end - from);
  const demonym = m.type === 'Country' && !possessive && COUNTRY_BY_DEMONYM.has(written) && (!COUNTRY_BY_NAME.has(written) || KIND_BEFORE_NAME.has(/^\s+(\p{Ll}+)/u.exec(rest)?.[1] ?? '') || COUNTRY_BODY_HEADS.has(/^\s+(\p{Ll}+)/u.exec(rest)?.[1] ?? ''));
  if (!possessive && !demonym) return VERB_AFTER_NAME.test(rest) ? m : null;
  const run = /^(?:\s+\p{Ll}[\p{Ll}-]*){1,4}/u.exec(rest.slice(possessive.length));
  if (!run) return null;
  const all = run[0].trim().split(/\s+/);
  let n = 0;
  while (n < all.length && !NP_END.test(all[n])) n++;
  if (n === 0) return possessive ? null : m; // the name's own verb follows
  // The run ends at a capitalised word: a body's name after its kind may follow ("Israeli newspaper Haaretz").
  const next = mentions[i + 1];
  const kindEnd = m.end + possessive.length + run[0].length;
  if (n === all.length && KIND_BEFORE_NAME.has(all[n - 1]) && next && (next.type === 'Organization' || next.type === 'Country') && /^,?$/.test(text.slice(kindEnd - from, next.start - from).trim()) && /^,?\s+\p{Ll}/u.test(text.slice(next.end - from))) return next;
  // (A possessive before any other noun heads nothing "it" takes up, as before: the sentences before are read.)
  return COUNTRY_BODY_HEADS.has(all[n - 1]) ? m : possessive ? null : 'thing';
}

/** An attribution closing the sentence after its last comma ("…, the Foreign Office has said."): the words naming its
 * source. Anchored at both ends (read from the last comma on): linear. */
const CLOSING_SOURCE = /^,\s+((?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}.’'-]*)\s+(?:has\s+|had\s+|have\s+)?(?:said|says|added|adds|reported|reports|announced|stated|confirmed)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|earlier|later|in\s+a\s+statement))?[.!]?[”"’]?$/u;

/**
 * The body an attribution closing sentence `t` names ("Russian military planes caused …, the Foreign Office has
 * said."): the one organization or country that is the whole of its source's words — that report's source is the one
 * "It said …" goes on reporting, not the sentence's head, which is its content. Null when the closing source is no such body.
 */
function closingBody(t: Sentence, mentions: MentionRef[]): SpeakerRef | null {
  const comma = t.text.lastIndexOf(',');
  const closing = comma >= 0 ? CLOSING_SOURCE.exec(t.text.slice(comma).trimEnd()) : null;
  if (!closing) return null;
  const from = t.start + comma + closing[0].indexOf(closing[1]);
  const to = from + closing[1].length;
  const inside = mentions.slice(firstFrom(mentions, from)).filter((m) => m.start < to && m.type !== 'Event');
  if (inside.length !== 1 || (inside[0].type !== 'Organization' && inside[0].type !== 'Country') || inside[0].end !== to) return null;
  if (!/^(?:the\s+)?$/i.test(t.text.slice(from - t.start, inside[0].start - t.start))) return null;
  return { start: inside[0].start, end: inside[0].end, entityId: inside[0].entityId };
}

/**
 * The body "it" stands for: the organization or country heading the sentence of the cue (before it) or one of the two
 * sentences before, newest first — never a person; a document heading one of those before ("The indictment says …")
 * stands for itself, an unnamed source. In a sentence before, a body that closes it as a report's source ("…, the
 * Foreign Office has said.") comes first: "It said …" goes on with that report. A country's demonym heading a thing
 * ("Russian military planes", "the German investigation") names no antecedent: the thing heads that sentence. Null
 * when none heads them: "it" then names a thing, a document or a body the article does not name, and the cue is left
 * to the rules that read no pronoun. `fromBefore`: the cue's own sentence is the reported words ("Russia had become
 * “…”, it said"), so its head is no antecedent.
 */
export function bodyAntecedent(s: Sentence, mentions: MentionRef[], sentences: readonly Sentence[], cueAt: number, fromBefore = false): SpeakerRef | null {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start < s.start) lo = mid + 1;
    else hi = mid;
  }
  let k = lo;
  if (sentences[k]?.start !== s.start) return null;
  // Only "it" opening its sentence (or a clause after the quotation it reports) goes on with the report before; "it" in a
  // clause of its own sentence ("The federal agency said it believes …") stands for that sentence's subject.
  const lead = s.text.slice(0, Math.max(0, cueAt - s.start));
  const opensWithIt = fromBefore || /^\s*[“"]/.test(s.text) || /^[Ii]t\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+|further\s+)?$/u.test(lead.slice(OPENING.exec(lead)?.[0].length ?? 0));
  for (let n = 0; n < 3 && k >= 0; n++, k--) {
    if (n === 0 && fromBefore) continue;
    const t = sentences[k];
    const to = n === 0 ? cueAt : t.end;
    if (n > 0 && opensWithIt) {
      const closing = closingBody(t, mentions);
      if (closing) return closing;
    }
    const opening = OPENING.exec(t.text)?.[0].length ?? 0;
    // A sentence before headed by a document ("But the 29-page document describes …"): "it" is the document — an
    // unnamed source — not a body some earlier sentence heads.
    const document = n > 0 ? DOCUMENT_HEAD.exec(t.text.slice(opening)) : null;
    if (document) return { start: t.start + opening, end: t.start + opening + document[1].length, entityId: null };
    for (let i = firstFrom(mentions, t.start + opening); i < mentions.length && mentions[i].start < to; i++) {
      const m = mentions[i];
      if (m.type === 'Event') continue;
      if (!TITLE_LEAD.test(t.text.slice(opening, m.start - t.start))) break;
      if (m.type === 'Person') break;
      // The body must head the sentence: a verb after it, not a title it gives to a person ("Russian President Putin").
      const head = headReading(t.text, t.start, m, mentions, i);
      if (head === 'thing') return null;
      if (!head) break;
      return { start: head.start, end: head.end, entityId: head.entityId };
    }
  }
  return null;
}
