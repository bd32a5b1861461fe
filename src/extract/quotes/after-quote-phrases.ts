// Quotes: attributions after a closing mark that name no one — any indefinite noun phrase ("…,” a London-based banker
// at an Asian bank said) and "it" standing for a body ("…,” it said in a statement) — and verbs of the manner of
// speaking there ("…,” chanted protesters").
import { VERB } from './patterns.js';
import { UNNAMED_PERSON_NOUNS, wordAlternation } from '../lexicon/sources.js';
import { MANNER_OF_SPEAKING_VERBS, SPEECH_VERBS } from '../lexicon/speech.js';

/** Words that make the phrase a clause or a list, not one speaker: a relative, a copula, a coordinator, a cue (the phrase ran past its own). */
const NOT_ONE_PHRASE = /\b(?:that|who|which|whom|whose|is|was|are|were|has|have|had|and|or|but|said|says|told|tells|added|wrote|asked|when|while|as|if|because|after|before|in\s+(?:a|an|the)\s+(?:statement|interview|speech|tweet|letter))\b/;

// A full stop inside an abbreviation of the phrase ("a senior U.S. official"): a letter or a blank and a lower-case word after it.
const ABBREVIATION_DOT = '\\.(?=\\p{L}|\\s\\p{Ll})';

// A definite description ("the businessman", "the Florida senator") mostly stands for a person the article names: a
// role for the speaker rules, not an unnamed source (polnear-train: 63 of 123 such phrases were a named gold source).
const phraseThenCue = (lazy: string, dot = ABBREVIATION_DOT) =>
  new RegExp(
    `^\\s*,?\\s*(?:((?:a|an|one|another|two|three|four|five|several|some|many)\\s+(?:[^,.;:!?“”"\\n]|${dot}){1,60}${lazy})\\s+(?:also\\s+|later\\s+|then\\s+)?(${VERB})\\b|(${VERB})\\s+((?:a|an|one|another|two|three|several)\\s+(?:[^,.;:!?“”"\\n]|${dot}){1,60}?)\\s*(?:[,;!?]|\\.${dot === ABBREVIATION_DOT ? '(?!\\p{L}|\\s\\p{Ll})' : ''}|$))`,
    'u',
  );
/** After the closing mark: an indefinite noun phrase, then the cue — or the cue, then the phrase ending the sentence. The
 * phrase runs to the last cue word before a mark ("the IMF report stated": "report" is a noun there)… */
export const UNNAMED_PHRASE_AFTER_QUOTE = phraseThenCue('');
/** …unless that makes it no phrase ("a banker said in a report"): then to the first. */
const UNNAMED_PHRASE_AFTER_QUOTE_SHORT = phraseThenCue('?');
/** …and, when neither reads it, the phrase cut at its first stop as before (a long description after "said a U.S.
 * official who …" keeps the quote framed, unnamed). */
const UNNAMED_PHRASE_AFTER_QUOTE_STOP = phraseThenCue('?', '[^\\s\\S]');

/** …or the cue, then one unnamed person whose description runs on in a modifier: "said a woman speaking for the
 * protest movement who declined to identify herself" — the speaker is the person noun the modifier describes. */
const UNNAMED_PERSON_WITH_MODIFIER = new RegExp(`^\\s*,?\\s*(${VERB})\\s+((?:a|an|one|another)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${wordAlternation(UNNAMED_PERSON_NOUNS)}))\\s+(?:who|whom|whose|speaking|representing|working|living)\\b`, 'u');

/** …or one indefinite noun phrase and a relative pronoun opening a clause on it, set off by a comma or not ("…,” one
 * high-ranking official who was not authorized to speak told Fox News.", "…,” a weapons tracker, who spoke on the
 * condition of anonymity, said."): the phrase ends at the first relative pronoun. Anchored, bounded: linear. */
const UNNAMED_THEN_RELATIVE = /^\s*(?:,\s*)?((?:a|an|one|another|two|three|several|some)\s[^,.;:!?“”"\n]{1,60}?)(?:,\s*|\s)(?:who|whom|whose)\s/u;
/** A word of the words after the relative pronoun. */
const WORD = /[\p{L}’'-]+/gu;

/** The unnamed source of UNNAMED_THEN_RELATIVE: the relative clause runs (no mark but one comma closing it) to the first
 * cue, and the cue ends the sentence but for six words at most ("told Fox News.", "said of the militias."). */
function unnamedWithRelative(after: string): { phrase: string; at: number; cue: string } | null {
  const m = UNNAMED_THEN_RELATIVE.exec(after);
  if (!m || !isOnePhrase(m[1])) return null;
  const rest = after.slice(m[0].length, m[0].length + 160);
  WORD.lastIndex = 0;
  let word: RegExpExecArray | null;
  // A cue inside the relative ("who spoke on the condition of anonymity, said") is passed over; a mark ends the search.
  let cues = 0;
  while ((word = WORD.exec(rest)) && cues < 4) {
    if (!SPEECH_VERBS.has(word[0].toLowerCase())) continue;
    cues++;
    const relative = rest.slice(0, word.index);
    if (/[.;:!?“”"\n]/.test(relative) || /,\s*\S/.test(relative.replace(/,\s*$/, ''))) return null;
    const tail = rest.slice(word.index + word[0].length);
    const stop = tail.search(/[.!?](?:\s|$)/);
    if (stop >= 0 && !/[“”",]/.test(tail.slice(0, stop)) && tail.slice(0, stop).split(/\s+/).filter(Boolean).length <= 6) return { phrase: m[1], at: m.index + m[0].indexOf(m[1]), cue: word[0].toLowerCase() };
  }
  return null;
}

/** The noun phrase of an UNNAMED_PHRASE_AFTER_QUOTE match is one speaker: no clause, no list inside it. */
const isOnePhrase = (phrase: string): boolean => !NOT_ONE_PHRASE.test(phrase) && phrase.split(/\s+/).length <= 9;

/** The unnamed source after a quote's closing mark: its words, where they start in `after`, and the cue. */
export function unnamedPhraseAfter(after: string): { phrase: string; at: number; cue: string } | null {
  for (const pattern of [UNNAMED_PHRASE_AFTER_QUOTE, UNNAMED_PHRASE_AFTER_QUOTE_SHORT, UNNAMED_PHRASE_AFTER_QUOTE_STOP]) {
    const m = pattern.exec(after);
    const phrase = m ? (m[1] ?? m[4]) : undefined;
    if (m && phrase && isOnePhrase(phrase)) return { phrase, at: m.index + m[0].indexOf(phrase), cue: (m[2] ?? m[3]).toLowerCase() };
  }
  const modified = UNNAMED_PERSON_WITH_MODIFIER.exec(after);
  if (modified) return { phrase: modified[2], at: modified.index + modified[0].indexOf(modified[2], modified[1].length), cue: modified[1].toLowerCase() };
  return unnamedWithRelative(after);
}

/** After the closing mark, "it" and the cue: "…,” it said in a statement." */
export const IT_AFTER_QUOTE = new RegExp(`^\\s*,?\\s*(it)\\s+(?:also\\s+|further\\s+|later\\s+|then\\s+)?(${VERB})\\b`, 'u');

const MANNER = [...MANNER_OF_SPEAKING_VERBS].sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+')).join('|');
/** After the closing mark, a verb of the manner of speaking with its subject before it ("…,” the crowd chanted", "…,”
 * Kerry thundered") or after it ("…,” chanted protesters in the capital"): a few words, no mark between. */
export const MANNER_AFTER_QUOTE = new RegExp(`^\\s*,?\\s*(?:((?:[\\p{L}’'.-]+\\s+){0,3}?[\\p{L}’'.-]+)\\s+(?:also\\s+|then\\s+|again\\s+)?(${MANNER})(?![\\p{L}])|(${MANNER})\\s+([^,.;:!?“”"\\n]{1,60}))`, 'u');
/** Where an inverted speaker's phrase ends: a preposition or a relative after it. */
const PHRASE_END = /\s(?:in|at|on|to|outside|inside|near|from|across|during|as|who|which|while|after|before)\s/;
/** Words that are no speaker of a manner verb: another pronoun, a relative, a conjunction — and "they": the crowd
 * that chants or shouts is seldom a group the article names, and an unresolved pronoun is no speaker. */
const NOT_MANNER_SUBJECT = /^(?:it|this|that|which|who|what|I|we|you|they|them|and|but|as|while|when|so|then|there)$/i;

/** The speaker's words and the verb of a MANNER_AFTER_QUOTE frame after a closing mark, null when there is none. */
export function mannerAfter(after: string): { phrase: string; at: number; cue: string; inverted: boolean } | null {
  const m = MANNER_AFTER_QUOTE.exec(after);
  if (!m) return null;
  const inverted = !m[1];
  // "chanted protesters in the capital": the phrase ends before a preposition or a relative.
  const cut = inverted ? PHRASE_END.exec(m[4]) : null;
  const phrase = inverted ? m[4].slice(0, cut ? cut.index : m[4].length).trim() : m[1];
  if (!phrase || NOT_MANNER_SUBJECT.test(phrase.split(/\s+/)[0])) return null;
  return { phrase, at: m.index + m[0].indexOf(phrase, inverted ? m[3].length : 0), cue: (m[2] ?? m[3]).toLowerCase().replace(/\s+/g, ' '), inverted };
}
