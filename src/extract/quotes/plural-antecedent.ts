// Quotes: a "they" speaking that no step resolved is the group that spoke last, in its own or the sentence before
// ("U.S. military officials said they had received no new guidance. But they said there were no plans …"): a plural
// pronoun continuing an attribution points back to the plural source of it — an unnamed group (its words kept), or a
// body the article names by its members in the plural ("Democrats said … They said …", "The Saudis claimed … They
// also said …"). Input: the attributions with their speakers resolved; output: the group's speakerText (and
// onBehalfOf), or the body's id. No such group: unchanged.
import type { Quote } from '../types.js';
import type { Sentence } from '../segment.js';
import { sentenceAt } from './direct.js';
import { COUNTRY_BY_DEMONYM } from '../lexicon/countries.js';
import { PARTY_MEMBER_PLURALS } from '../lexicon/organizations.js';
import { SOURCE_PEOPLE, UNNAMED_PERSON_NOUNS, wordAlternation } from '../lexicon/sources.js';
import { ADJUNCT_OPENING, OPENING_ADJUNCT_ONLY, type MentionRef } from './speakers.js';

/** The speaker's words are the plural pronoun alone. */
export const PLURAL_PRONOUN = /^[Tt]hey$/;

/** A plural noun: ends in -s or is a plural of its own ("police", "people"); not a possessive or a singular in
 * -ss/-us/-is ("the press", "the campus", "the analysis"). */
const PLURAL_NOUN = /(?:[^s’'u]s|[^s]es|^people|^police|^personnel|^staff|^media|^clergy)$/i;
/** A quantifier or demonstrative standing for people ("Many said …", "Some argue …", "those interviewed"). */
const PLURAL_QUANTIFIER = /^(?:many|some|most|several|both|few|others|those|all)$/i;
/** Where a source's head noun ends and its post-modifiers begin: a preposition, an adjective of nearness, a
 * participle or a relative ("Critics of the story", "analysts at Haitong Securities", "Sources in France close to the
 * investigation", "those interviewed", "officials who …"). Single words after one blank: linear. */
const POST_MODIFIER = /\s(?:of|at|for|in|from|with|on|inside|within|close|familiar|who|which|that|\p{Ll}+ed)\b/u;
/** Words that may open a clause before its subject "they": a conjunction or a sentence adverb ("But they said …"). */
const CLAUSE_OPENER = /^(?:(?:But|And|Yet|Still|However|Instead|Now|Later|Also|So|Then)\b,?\s*)?$/;

/** The head word of a source's words: the last word before its post-modifiers. */
function headWord(words: string): string {
  const trimmed = words.trim();
  const cut = POST_MODIFIER.exec(trimmed);
  const head = (cut ? trimmed.slice(0, cut.index) : trimmed).split(/\s+/);
  return head[head.length - 1] ?? '';
}

/** An unnamed source in the plural: its head noun is plural, or a quantifier of people heads it. */
function pluralUnnamed(words: string): boolean {
  const head = headWord(words);
  return PLURAL_QUANTIFIER.test(head) || PLURAL_NOUN.test(head);
}

/** A body named by its members in the plural: a party's ("Democrats", "House Republicans") or a country's people
 * ("The Saudis", "the Russians"). */
function pluralNamed(q: Quote, body: string): boolean {
  const words = body.slice(q.speakerSpan!.start, q.speakerSpan!.end).trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (q.speakerId?.startsWith('country:')) return /s$/.test(last) && COUNTRY_BY_DEMONYM.has(last);
  return !!q.speakerId?.startsWith('org:') && PARTY_MEMBER_PLURALS.has(last);
}

export function resolvePluralPronouns(attributions: readonly { quote: Quote }[], body: string, sentences: readonly Sentence[]): void {
  // (Not a speaker's span that runs over a sentence's end, "… will only isolate North Korea. They": no one's words.)
  const ordered = attributions.map((c) => c.quote).filter((q) => q.speakerSpan && sentenceAt(sentences, q.speakerSpan.start) === sentenceAt(sentences, Math.max(q.speakerSpan.start, q.speakerSpan.end - 1))).sort((a, b) => a.speakerSpan!.start - b.speakerSpan!.start);
  let last: Quote | null = null;
  // The latest plural source, and whether only single people have spoken since (see speaker.plural-skips-singular).
  let lastPlural: Quote | null = null;
  let singlesSince = true;
  for (const q of ordered) {
    const span = q.speakerSpan!;
    const pronoun = q.speakerId === null && !q.speakerText && PLURAL_PRONOUN.test(body.slice(span.start, span.end));
    // speaker.plural-skips-singular: a "they" heading its clause after one person's report ("The officials bashed the
    // president … A former senior official said Trump … They also claimed …") is the group before that report: a
    // plural pronoun passes over singular speakers to the plural source within three sentences.
    if (pronoun && last && lastPlural && last !== lastPlural && singlesSince && THEY_HEADS_CLAUSE.test(body.slice(sentenceAt(sentences, span.start)?.start ?? span.start, span.start))) {
      const here = sentences.indexOf(sentenceAt(sentences, span.start)!);
      const there = sentences.indexOf(sentenceAt(sentences, lastPlural.speakerSpan!.start)!);
      if (here >= 0 && there >= 0 && here - there <= 3 && sentences[here].paragraph - sentences[there].paragraph <= 2) {
        if (lastPlural.speakerId) q.speakerId = lastPlural.speakerId;
        else q.speakerText = lastPlural.speakerText;
        if (lastPlural.onBehalfOf) q.onBehalfOf = lastPlural.onBehalfOf;
        continue; // the group stays the one in view
      }
    }
    const unnamed = !!last && last.speakerId === null && !!last.speakerText && pluralUnnamed(last.speakerText);
    // A named body continues only into a clause that "they" opens: "Democrats said … But they said …", not "… released
    // documents that they said …" (another subject stands before it).
    const named = !!last && pluralNamed(last, body) && CLAUSE_OPENER.test(body.slice(sentenceAt(sentences, span.start)?.start ?? span.start, span.start).trim());
    if (pronoun && last && (unnamed || named)) {
      // (Speaker words always stand inside a sentence: the one holding each span is found.)
      const here = sentences.indexOf(sentenceAt(sentences, span.start)!);
      const there = sentences.indexOf(sentenceAt(sentences, last.speakerSpan!.start)!);
      if (here >= 0 && there >= 0 && here - there <= 1) {
        if (named) q.speakerId = last.speakerId;
        else q.speakerText = last.speakerText;
        if (last.onBehalfOf) q.onBehalfOf = last.onBehalfOf;
      }
    }
    // A quote of the same speaker's words again ("they" of one sentence read by two rules) keeps the group in view.
    if (!pronoun || q.speakerText || q.speakerId || !last || last.speakerSpan!.start !== span.start) last = q;
    if ((q.speakerId === null && q.speakerText && pluralUnnamed(q.speakerText)) || pluralNamed(q, body)) [lastPlural, singlesSince] = [q, true];
    else if (q !== lastPlural && !singleSpeaker(q, body)) singlesSince = false;
  }
}

/** A speaker who is one person: a person named, "he"/"she", or an unnamed source in the singular ("a former senior
 * U.S. official"). */
function singleSpeaker(q: Quote, body: string): boolean {
  if (q.speakerId) return q.speakerId.startsWith('person:');
  if (q.speakerText) return !pluralUnnamed(q.speakerText) && /^(?:an?|one|another|the)\s/i.test(q.speakerText.trim());
  return /^(?:he|she)$/i.test(body.slice(q.speakerSpan!.start, q.speakerSpan!.end));
}

/** Plural nouns of people who may speak as a group: the plural sources' nouns and the unnamed persons' nouns in the
 * plural ("officers", "protesters", "parents"). */
const PEOPLE_PLURALS = [...new Set([...SOURCE_PEOPLE.filter((n) => /(?:s|people|police)$/.test(n)), ...UNNAMED_PERSON_NOUNS.filter((n) => !/(?:s|man|woman|person)$/.test(n)).map((n) => `${n}s`), 'parents', 'families', 'relatives', 'rebels', 'demonstrators', 'students', 'soldiers', 'workers'])];
/** The plural nouns capitalised, opening a sentence with no determiner ("Prosecutors are expected to …"). */
const PEOPLE_PLURALS_CAPITALISED = PEOPLE_PLURALS.map((n) => n[0].toUpperCase() + n.slice(1));
/** Verbs in the plural's present that may follow a group subject ("Ethics analysts see it differently", "Residents say"). */
const PLURAL_PRESENT = 'say|see|argue|blame|want|believe|think|claim|fear|worry|hope|accuse|insist|contend|note|warn|expect|agree|disagree|oppose|support|describe|complain|point';
/** A sentence opening with an unnamed group of people as its subject, then its verb ("Several officers defected …",
 * "The prosecutors asked …", "But Trump's critics argue …"), or a bare plural, capitalised or after capitalised
 * modifiers ("Prosecutors are expected …", "Ethics analysts see …"), with a place or a body it belongs to after it
 * ("Officials in the city met …") and an adverb set off by commas ("Prosecutors, meanwhile, …"): group 1 the group's
 * words. Anchored, bounded: linear. */
export const PLURAL_SUBJECT_OPENING = new RegExp(`^(?:(?:But|And|Yet|However|Meanwhile),?\\s+)?((?:(?:[Tt]he|[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Oo]ther|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Dd]ozens\\s+of|[Hh]undreds\\s+of|[Tt]housands\\s+of)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(?:${wordAlternation(PEOPLE_PLURALS)})|(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,2}(?:${wordAlternation(PEOPLE_PLURALS)})|(?:${wordAlternation(PEOPLE_PLURALS_CAPITALISED)}))(?:\\s+(?:in|at|from|for|with)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,2}[\\p{L}’'-]+)?)(?:,\\s+(?:meanwhile|however|though|too),)?\\s+(?:\\p{Ll}+ly\\s+)?(?:\\p{Ll}+ed|said|say|told|wrote|were|are|have|had|will|would|could|did|do|made|took|left|began|met|held|gave|sent|went|spoke|came|fought|broke|ran|fled|drew|led|stood|kept|won|lost|brought|found|saw|knew|thought|felt|became|${PLURAL_PRESENT})\\b`, 'u');
/** Before a clause's subject "they": nothing in its sentence, an opener ("But they …"), or a quotation it attributes
 * ("“…,” they said"). Read on the sentence's text before the pronoun: anchored, linear. */
const THEY_HEADS_CLAUSE = /(?:^|[.!?,]["”’]\s*)(?:(?:But|And|Yet|Still|However|Instead|Now|Later|Also|So|Then)\b,?\s*)?$/;
/** Between two people's names coordinated as one subject: "and", with a title or a first name's initial before the second. */
const AND_BETWEEN = /^,?\s+and\s+(?:[\p{Lu}][\p{L}.]*\s+){0,3}$/u;
/** After a coordinated subject: an appositive between commas or none, then a verb of the past or a report. Bounded: linear. */
const VERB_AFTER = /^(?:,[^,;.“”"]{1,80},)?\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|said|say|told|wrote|have|had|were|are|will|would|did|made|sent|met|spoke|issued|released|co-wrote|signed)\b/u;

/**
 * A "they" heading its clause that no attribution before it resolved ("Several officers defected and formed the Free
 * Syrian Army. They say thousands of soldiers have left …"): the plural subject opening the sentence just before — an
 * unnamed group of people (its words kept as the speaker's), or two people named as one subject ("Sen. John McCain and
 * Sen. Jack Reed co-wrote a letter … They wrote …": the first of the joint speakers). The nearest subject only; none such:
 * unchanged.
 */
export function pluralSubjectAntecedents(quotes: readonly Quote[], body: string, sentences: readonly Sentence[], mentions: readonly MentionRef[]): void {
  for (const q of quotes) {
    const span = q.speakerSpan;
    if (!span || q.speakerId !== null || q.speakerText || !PLURAL_PRONOUN.test(body.slice(span.start, span.end))) continue;
    const here = sentenceAt(sentences, span.start);
    if (!here || !THEY_HEADS_CLAUSE.test(body.slice(here.start, span.start))) continue;
    const i = sentences.indexOf(here);
    const prev = i > 0 ? sentences[i - 1] : undefined;
    // (The sentence before, in the same paragraph or the one before it: a reader's reach for "they".)
    if (!prev || here.paragraph - prev.paragraph > 1) continue;
    const group = PLURAL_SUBJECT_OPENING.exec(prev.text);
    if (group) {
      const lead = prev.text.indexOf(group[1]);
      q.speakerText = group[1];
      q.speakerSpan = { start: prev.start + lead, end: prev.start + lead + group[1].length };
      continue;
    }
    const people = mentions.filter((m) => m.type === 'Person' && m.start >= prev.start && m.end <= prev.end).slice(0, 2);
    if (people.length < 2 || people[0].entityId === people[1].entityId) {
      // speaker.plural-subject-antecedent: the group may open the sentence's main clause after an opening adjunct ("In
      // the Senate, two Democrats have introduced legislation … They said …"): its words, the span staying the pronoun.
      const afterAdjunct = ownSubjectGroup(prev.text);
      if (afterAdjunct) q.speakerText = afterAdjunct.words;
      continue;
    }
    const [a, b] = people;
    if (!/^(?:(?:But|And)\s+)?(?:[\p{Lu}][\p{L}.]*\s+){0,3}$/u.test(body.slice(prev.start, a.start)) || !AND_BETWEEN.test(body.slice(a.end, b.start)) || !VERB_AFTER.test(body.slice(b.end, b.end + 100))) continue;
    q.speakerId = a.entityId;
    q.speakerSpan = { start: a.start, end: a.end };
  }
}

/** An opening time or purpose phrase up to its comma ("Earlier this week, ", "Last month, ", "To support their
 * request, "): no subject in it. Anchored, one negated class: linear. */
const TIME_OPENING = /^\s*(?:Earlier|Later|Last|This|Next|Overnight|Separately|To\s+\p{Ll}+)\b[^,;:“”"]*,\s*$/u;
/** A subordinator opening an adverbial clause whose subject follows it ("While White House officials underlined …, "). */
/** Words opening a clause that the group pattern's capitalised modifiers would take in ("When police …", "…, then
 * members will have to explain …"). */
const NOT_GROUP_WORDS: ReadonlySet<string> = new Set(['When', 'While', 'If', 'As', 'After', 'Before', 'Because', 'Since', 'Although', 'Though', 'Once', 'Until', 'Unless', 'In', 'On', 'At', 'During', 'Despite', 'Following', 'Last', 'This', 'Earlier', 'Later', 'Then', 'So', 'Now', 'Still', 'Also', 'Instead', 'Thus', 'Here', 'There', 'Today', 'Yesterday']);
const SUBORDINATOR = /^(?:While|Although|Though|When|After|Because|As|Since|Once)\s+/;
/** A plural noun of people or a capitalised plural (a people's: "the North Koreans") between the subject and "they": a
 * second group "they" may stand for. Word by word, no pattern over the slice. */
const PEOPLE_PLURAL_WORDS: ReadonlySet<string> = new Set(PEOPLE_PLURALS.map((n) => n.toLowerCase()));
function anotherGroupIn(words: string): boolean {
  return words.split(/[^\p{L}’'-]+/u).some((w) => PEOPLE_PLURAL_WORDS.has(w.toLowerCase()) || (/^\p{Lu}\p{Ll}+s$/u.test(w) && COUNTRY_BY_DEMONYM.has(w)) || /^(?:men|women|people|they|we)$/i.test(w));
}

/**
 * speaker.own-sentence-plural-subject: a "they" inside its sentence that no step resolved ("Opposition activists blamed
 * Russian aircraft for an attack, which they said killed 15 people", "In court Wednesday, North Korean officials
 * presented fingerprints — proof, they said, that …", "While White House officials underlined that …, they said …"):
 * the plural group that is the subject of its own sentence — after an opening adjunct, or of the adverbial clause the
 * "they" follows — is its antecedent by number and by the subject's salience, when no other group of people stands
 * between. Its words become the speaker's; the speaker's span stays the pronoun (the words that speak in the sentence).
 * A "they" heading its sentence is read by pluralSubjectAntecedents (the sentence before).
 */
export function ownSentencePluralSubjects(quotes: readonly Quote[], body: string, sentences: readonly Sentence[]): void {
  for (const q of quotes) {
    const span = q.speakerSpan;
    if (!span || q.speakerId !== null || q.speakerText || !PLURAL_PRONOUN.test(body.slice(span.start, span.end))) continue;
    const here = sentenceAt(sentences, span.start);
    if (!here) continue;
    const before = body.slice(here.start, span.start);
    if (THEY_HEADS_CLAUSE.test(before)) continue;
    const group = ownSubjectGroup(before);
    if (!group) continue;
    // (A group inside the reported words is no speaker of them: "Prosecutors deemed him unreliable …, they said".)
    if (anotherGroupIn(before.slice(group.end)) || here.start + group.end > q.start) continue;
    q.speakerText = group.words;
  }
}

/** The plural group heading the sentence whose words up to the pronoun are `before`: at its opening, after an opening
 * adjunct closed by a comma, or — when the pronoun heads the main clause right after it — inside an opening adverbial
 * clause. `end`: where the group's clause opening (its words and verb) ends in `before`. */
function ownSubjectGroup(before: string): { words: string; end: number } | null {
  // (A clause opening after an adjunct or a subordinator is read as a sentence's: "In January, intelligence agencies
  // delivered …" as "Intelligence agencies delivered …"; a capitalised subordinator is no modifier of the group.)
  const at = (from: number): { words: string; end: number } | null => {
    const clause = before.slice(from);
    const m = PLURAL_SUBJECT_OPENING.exec(clause.charAt(0).toUpperCase() + clause.slice(1));
    if (!m || NOT_GROUP_WORDS.has(m[1].split(/\s+/)[0])) return null;
    return { words: clause.slice(m[0].indexOf(m[1]), m[0].indexOf(m[1]) + m[1].length), end: from + m.index + m[0].length };
  };
  const opening = at(0);
  if (opening) return opening;
  const comma = before.indexOf(',');
  if (comma < 0 || comma > 200) return null;
  const prefix = before.slice(0, comma + 1);
  const rest = before.slice(comma + 1);
  if (!OPENING_ADJUNCT_ONLY.test(prefix) && !ADJUNCT_OPENING.test(prefix + ' ') && !TIME_OPENING.test(prefix)) return null;
  // "While White House officials underlined …, they said": the adverbial clause's subject, for a "they" heading the main clause.
  const subordinate = SUBORDINATOR.exec(prefix);
  if (subordinate && rest.trim() === '') {
    const inner = at(subordinate[0].length);
    return inner && inner.end <= comma ? inner : null;
  }
  const group = at(comma + 1 + (rest.length - rest.trimStart().length));
  return group;
}
