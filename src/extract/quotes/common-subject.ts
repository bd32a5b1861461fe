// Quotes: a speech verb's subject that is a common noun phrase — "Police say …", "The Indiana governor said …",
// "Experts on North Korea said …", "73 percent said …" — read as an unnamed source (speaker null, its words kept).
import { firstFrom, type MentionRef, type SpeakerRef } from './speakers.js';
import { PERSON_HEAD_NOUNS } from '../lexicon/sources.js';

const PERSON_HEADS: ReadonlySet<string> = new Set(PERSON_HEAD_NOUNS);

/** Words between the subject and the cue that belong to neither: auxiliaries, negation, adverbs of time and manner (not modals: "the crisis could indicate" is a guess, not a report). */
const AUXILIARY = new Set('also have has had long previously repeatedly later now again not never did do does still already often publicly privately recently then once further even just reportedly earlier haven’t haven\'t hasn’t hasn\'t didn’t didn\'t don’t don\'t doesn’t doesn\'t'.split(' '));
/** Words opening a phrase before the subject's comma ("In a statement, police said"): the subject follows it. */
const OPENING_WORD = /^(?:In|At|On|During|After|Before|Earlier|Later|Last|This|Since|For|Despite|Though|Although|While|When|As|Asked|Speaking|Meanwhile|However|Still|Yet|But|And|So|Instead|Now|Separately|Overall|Privately|Publicly)$/;
/** Conjunctions opening a subordinate clause whose subject the phrase after them is. */
const SUBORDINATOR = /^(?:[Ww]hen|[Ww]henever|[Ww]hile|[Ii]f|[Bb]ecause|[Aa]lthough|[Tt]hough|[Oo]nce|[Uu]ntil|[Uu]nless|[Ww]hereas|[Aa]fter|[Bb]efore|[Ss]ince)$/;
/** Prepositions that end the subject's head and open its complement ("experts on North Korea", "those close to him"). */
const COMPLEMENT = new Set(['of', 'on', 'in', 'from', 'at', 'for', 'with', 'across', 'around', 'close', 'inside', 'within', 'among', 'outside']);
/** Words that head no speaker: pronouns and determiners alone, time nouns, relatives. */
const NO_SPEAKER_HEAD = new Set('he she they it we i you me him her them us this that these there what which who whom whose everything everyone everybody something nothing anything someone anyone nobody one week weeks year years month months day days night morning afternoon evening time times today yesterday tonight weekend way reason question answer thing things fact point idea'.split(' '));
/** Words that cannot sit inside a subject noun phrase: finite verbs and clause openers. */
const NOT_IN_PHRASE = new Set('is was are were be been being has have had said says say told tells do does did will would can could should may might must who which that whom whose if because when while where what why how than as'.split(' '));
/** An existential or presentational opening ("There's", "There are", "Here is"): the noun after it is no speaker. */
/** A verb taking an infinitive, between a subject and the verb it governs: "continued to", "began to", "vowed to". */
const CATENATIVE = /^(?:continu(?:e|es|ed)|beg(?:in|ins|an)|start(?:s|ed)|tr(?:ies|ied)|want(?:s|ed)|seem(?:s|ed)|appear(?:s|ed)|decide[sd]|agree[sd]|refuse[sd]|vow(?:s|ed)|promise[sd]|plan(?:s|ned)|hope[sd]|move[sd]|threaten(?:s|ed)|fail(?:s|ed)|rushe[sd]|sought|seeks|used)$/;
/** A word that governs what follows it: a preposition or an infinitive's "to". */
const ENDS_GOVERNING = /^(?:by|to|of|for|with|without|while|after|before|in|on|at|from|about|into|upon)$/i;
const EXISTENTIAL = /^(?:there|here)(?:[’']s|[’']re)?$/i;
/** Conjunctions after a comma that open a clause of their own (its subject after them). */
const COORDINATOR = /^(?:and|but|while|whereas|yet)$/;
/** Opening words that make a phrase a group or quantity of people ("Those close to him", "Many", "Some"). */
const QUANTITY_HEAD = /^(?:those|many|some|most|others|several|both|all|half|majority|third|quarter|percent|\d+(?:\.\d+)?%?|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/i;

/**
 * The unnamed source the words before a cue end with, when they are one noun phrase whose head is a common noun
 * (plural people, a role, a group, a quantity of respondents) and no name heads it. Only a sentence's (or a clause
 * opening's) subject is read: a phrase after a verb or a relative pronoun is an object. A name inside the phrase is
 * the body it speaks for ("Clinton supporters" → onBehalfOf Clinton), never the speaker.
 */
export function commonNounSubject(before: string, offset: number, mentions: MentionRef[]): SpeakerRef | null {
  const all = [...before.matchAll(/\S+/g)];
  // A clause coordinated after a comma opens with its own subject: "…, and human rights groups warned …", "…, while
  // 22 percent said …", "…, but majorities in all five say …". The words after the coordinator are read as a sentence.
  const commaAt = all.map((t) => t[0].endsWith(',')).lastIndexOf(true);
  // (Not after a comma closing an opening adjunct: "In a September debate, while most of his rivals called for …,
  // Trump …" fronts a subordinate clause, whose words run into the main clause.)
  const coordinated = commaAt >= 0 && COORDINATOR.test(all[commaAt + 1]?.[0] ?? '') && !(all[commaAt + 1][0] === 'while' && OPENING_WORD.test(all[0][0].replace(/,$/, '')));
  const tokens = coordinated ? all.slice(commaAt + 2) : all;
  while (tokens.length && AUXILIARY.has(tokens[tokens.length - 1][0].toLowerCase())) tokens.pop();
  // "Small groups of protesters continued to [demand]": a catenative verb and its "to" stand between the subject and
  // the cue.
  if (tokens.length >= 3 && tokens[tokens.length - 1][0] === 'to' && CATENATIVE.test(tokens[tokens.length - 2][0])) tokens.length -= 2;
  const words = tokens.map((t) => t[0]);
  let start = 0; // index into `words` where the phrase begins
  if (!words.length || words.length > 14) return null;
  // A comma: the phrase follows an opening phrase ("In a statement, police said") and nothing else.
  const lastComma = words.map((w) => w.endsWith(',')).lastIndexOf(true);
  if (lastComma >= 0) {
    if (!OPENING_WORD.test(words[0].replace(/,$/, ''))) return null;
    start = lastComma + 1;
  } else if (/^(?:But|And|Still|Yet|So|Now|Instead)$/.test(words[0])) start = 1;
  // A subordinate clause opening the sentence ("When administration officials explained …", "Two days after the
  // senators said …"): its subject follows the conjunction, which is no part of it.
  let conjunction = -1;
  if (lastComma < 0) for (let k = 0; k < Math.min(6, words.length); k++) if (SUBORDINATOR.test(words[k])) conjunction = k;
  if (conjunction >= 0 && conjunction < words.length - 1) start = conjunction + 1;
  // A quantity's hedge opens the phrase but heads nothing: "More than half of US governors", "At least half of voters".
  const hedge = /^(?:(?:more|fewer|less)\s+than|at\s+least)\s+(?=\S)/i.test(words.slice(start, start + 3).join(' ')) && QUANTITY_HEAD.test(words[start + 2] ?? '') ? 2 : 0;
  const phraseStart = start;
  start += hedge;
  const phrase = words.slice(start);
  // A phrase opening with a preposition is an adjunct, not a subject ("In a series of tweets, Trump said").
  if (phrase.length && OPENING_WORD.test(phrase[0]) && !/^(?:But|And|Still|Yet|So|Now|Instead)$/.test(phrase[0])) return null;
  // A dash interrupts: "an aggressive - some say unrealistic - pledge" holds a parenthetical, no subject.
  if (!phrase.length || phrase.length > 10 || phrase.some((w) => /[“”"():;]/.test(w) || /^[-—–]+$/.test(w))) return null;
  // A subject never ends with a preposition or an infinitive's "to": "the president angered members of both parties by
  // [saying]", "He used some of his most forceful language yet to [warn]" are clauses before a gerund or an infinitive.
  if (ENDS_GOVERNING.test(phrase[phrase.length - 1])) return null;
  // Existential "there"/"here" opens no subject: "There's little doubt that …" is nobody's doubt.
  if (EXISTENTIAL.test(phrase[0])) return null;
  // The head: the last word before a complement, or the last word.
  let headAt = phrase.findIndex((w, i) => i > 0 && COMPLEMENT.has(w.toLowerCase()));
  if (headAt < 0) headAt = phrase.length;
  const core = phrase.slice(0, headAt);
  const complement = phrase.slice(headAt);
  if (!core.length || core.length > 6 || complement.length > 7) return null;
  if (phrase.some((w) => NOT_IN_PHRASE.has(w.toLowerCase()))) return null;
  // A participle modifies only the head it stands before ("elected officials", "leading economists"); further back it
  // is a verb, and the phrase an object ("Trump unleashed a series of tweets … saying").
  if (core.slice(0, -2).some((w) => /^\p{Ll}+(?:ed|ing)$/u.test(w))) return null;
  const head = core[core.length - 1];
  const bare = head.toLowerCase();
  // "Those surveyed", "those polled": the respondents, a participle after "those".
  const respondents = core.length === 2 && /^those$/i.test(core[0]) && /^(?:surveyed|polled|questioned|interviewed|asked)$/.test(bare);
  // (A person's noun is a head whatever its ending: "The king said", "the ally said".)
  if (NO_SPEAKER_HEAD.has(bare) || (/(?:ing|ed|ly)$/.test(bare) && !respondents && !PERSON_HEADS.has(bare)) || !/^[\p{L}\d.%’'-]+$/u.test(head)) return null;
  // Where the phrase lies in the body.
  const from = offset + tokens[phraseStart].index!;
  const to = offset + tokens[words.length - 1].index! + words[words.length - 1].length;
  const headStart = offset + tokens[start + core.length - 1].index!;
  const headEnd = headStart + head.length;
  // A name heading the phrase is a named speaker (the other readers' business), and a name coordinated with the
  // phrase ("RT and its defenders") is one too.
  const inside = [] as MentionRef[];
  for (let i = firstFrom(mentions, from); i < mentions.length && mentions[i].start < to; i++) if (mentions[i].type !== 'Event') inside.push(mentions[i]);
  if (inside.some((m) => m.end >= headStart && m.start < headEnd)) return null;
  if (core.some((w) => w.toLowerCase() === 'and') && inside.some((m) => m.end <= headStart && m.type !== 'Event')) return null;
  // A lower-case head is a common noun; a capitalised one only opening the phrase as a plural ("Police", "Authorities", "Demonstrators").
  const quantity = QUANTITY_HEAD.test(bare) || core.some((w) => QUANTITY_HEAD.test(w));
  const capitalised = /^\p{Lu}/u.test(head);
  if (capitalised && !(core.length === 1 && (quantity || /[^s']s$/.test(bare) || bare === 'police' || bare === 'people'))) return null;
  // A single determiner-less singular noun is no source ("Politics says", "Everything changed"): a plural, a
  // determined phrase or a quantity is.
  // A name's possessive determines it too: "Egypt's military", "South Korea's defence ministry" (the name its owner).
  const possessiveAt = core.findIndex((w) => /[’']s$/.test(w));
  const ownedByName = possessiveAt >= 0 && possessiveAt < core.length - 1 && core.slice(0, possessiveAt + 1).every((w) => /^\p{Lu}/u.test(w));
  const determined = ownedByName || /^(?:the|a|an|another|some|many|most|several|few|both|all|those|these|his|her|their|its|our|my|your)$/i.test(core[0]);
  if (!determined && !quantity && !respondents && !/[^s']s$/.test(bare) && bare !== 'police' && bare !== 'people') return null;
  // …a name modifying the head only, not one in its complement ("Experts on North Korea" speak for no country).
  const owner = inside.find((m) => m.end <= headStart && (m.type === 'Organization' || m.type === 'Country' || m.type === 'Person'));
  return { start: from, end: to, entityId: null, onBehalfOf: owner?.entityId };
}
