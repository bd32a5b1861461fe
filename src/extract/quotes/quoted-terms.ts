// Quotes: quoted words that are a term named, not a statement — "the word “impeachment,”", "the so-called “caliphate”",
// "“Catch and release” is the term officials use", a question's wording ("Asked about “escalatory actions,” Pompeo
// replied …"), a slogan or chant inside a sentence taken for more of the last speaker's words. Issue #14: a quote is
// what a source said; a name for words is no quote of theirs. Exists for: while he did not use the word "impeachment,"
// he pointed out … / Asked if he believes the U.S. is ready to "shoot if necessary," Peres said, "Yes."
import { SPEECH_VERBS } from '../lexicon/speech.js';

/** Nouns naming words as words: "the word “…”", "a phrase “…”" (not "the words “…”": often what someone said, "the words “I can't breathe,” as Garner said"). */
const TERM_NOUNS = 'word|term|terms|phrase|phrases|label|labels|expression|slogan|slogans|moniker|epithet|nickname|catchphrase|buzzword|buzzwords|euphemism|acronym|hashtag|motto|mottos|mottoes|chant|chants|cry|cries|sign|signs|banner|banners|placard|placards';

/** A determiner, at most two modifiers and a noun naming words, or "so-called", ending the words before a quote
 * ("did not use the word ", "the loaded term ", "the so-called "). Anchored at the end, each word bounded: linear. */
const TERM_BEFORE = new RegExp(`(?:\\b(?:the|this|that|a|an|its|his|her|their|our|your)\\s+(?:[\\p{L}-]{1,20}\\s+){0,2}?(?:${TERM_NOUNS})|\\bso-called)\\s*[:,]?\\s*$`, 'iu');

/** After a quote opening its sentence: "is the term …", "is not a phrase …", "was the slogan …". Anchored at the start: linear. */
const TERM_AFTER = new RegExp(`^\\s*,?\\s*(?:is|was|has\\s+become|remains|became)\\s+(?:not\\s+)?(?:a|an|the|one)\\s+(?:[\\p{L}-]{1,20}\\s+){0,2}?(?:${TERM_NOUNS})\\b`, 'iu');

/** A sentence opened by a question put to the speaker, no comma, colon or other quote yet ("Asked about ", "When
 * pressed on whether the talks were "): quoted words there are the question's. Anchored at both ends; one negated class: linear. */
const QUESTION_OPENING = /^\s*(?:(?:when|after|while|upon)\s+(?:being\s+)?)?(?:asked|pressed|pushed|questioned|quizzed|challenged)\b[^,;:“”"]*$/i;

/** At most this many words: a term, not a clause. */
const TERM_MAX_WORDS = 3;

const wordsOf = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w));

/**
 * Whether the quoted `text` names words as words: a few words after "the word", "the so-called", … (`before`: the
 * sentence up to the opening mark), or opening the sentence before "is the term …" (`after`: right after the closing mark).
 */
export function isNamedTerm(text: string, before: string, after: string, opensSentence: boolean): boolean {
  if (wordsOf(text).length > TERM_MAX_WORDS) return false;
  return TERM_BEFORE.test(before) || (opensSentence && TERM_AFTER.test(after));
}

/** Whether quoted words stand in a question put to the speaker that opens the sentence, before its answer's frame
 * ("Asked about “escalatory actions,” Pompeo replied"): the questioner's wording, not the one who answers. `before`:
 * the sentence up to the opening mark. */
export function isQuestionWording(before: string): boolean {
  return QUESTION_OPENING.test(before);
}

/**
 * Whether a few quoted words inside a sentence are a term of it — a slogan, a chant, a name ("chanting “We are
 * Charlie!”", "his “Christmas gift” threat", "use “OK” to describe") — rather than more of the last speaker's words: the
 * convention of a quotation going on with the speaker before holds for quotations opening their sentence, or right
 * after a verb of saying ("…, declaring, “America is back.”"). `before`: the sentence up to the opening mark.
 */
export function isTermInSentence(text: string, before: string): boolean {
  if (wordsOf(text).length > TERM_MAX_WORDS) return false;
  // Only the words after the last closing mark count: "“…,” said Merkel, referring to …. “… We will persevere.”" opens anew.
  const own = before.slice(Math.max(before.lastIndexOf('”'), before.lastIndexOf('"')) + 1);
  if (!/\p{L}/u.test(own) || /[.!?]\s*$/.test(own)) return false;
  const last = (own.trimEnd().split(/\s+/).pop() ?? '').replace(/[^\p{L}]/gu, '').toLowerCase();
  return !SPEECH_VERBS.has(last);
}
