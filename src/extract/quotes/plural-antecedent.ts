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
  const ordered = attributions.map((c) => c.quote).filter((q) => q.speakerSpan).sort((a, b) => a.speakerSpan!.start - b.speakerSpan!.start);
  let last: Quote | null = null;
  for (const q of ordered) {
    const span = q.speakerSpan!;
    const pronoun = q.speakerId === null && !q.speakerText && PLURAL_PRONOUN.test(body.slice(span.start, span.end));
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
  }
}
