// Quotes: a lawmaker described by the state and the party after a quote — "“…,” the Ohio Republican said", "“…,” the
// California Democrat told POLITICO" (the news's habit for a lawmaker it has just named). The description points back
// to the latest person named before the quote whose party and state the article marks beside the name ("Sen. Rob
// Portman (R-Ohio)", "Rep. Adam Schiff, a California Democrat", "Sen. Richard Shelby, R-Ala.", or the party alone:
// "Republican Sen. Lindsey Graham"); a person marked with the other party or another state, or titled President, is
// passed over, and with no one so marked the frame names no one.
import { VERB } from './patterns.js';
import { US_STATE_BY_ABBREVIATION, US_STATE_NAMES } from '../lexicon/places.js';
import type { MentionRef, SpeakerRef } from './speakers.js';
import type { Sentence } from '../segment.js';

/** After a closing mark: "the", one to three capitalised words (a state, a region: "South Carolina", "New York") and the
 * party noun, then the cue. Anchored; bounded runs: linear. */
export const PARTY_MEMBER_AFTER_QUOTE = new RegExp(
  `^\\s*,?\\s*the\\s+((?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,3}?)(Republican|Democrat)\\s+(?:also\\s+|later\\s+|then\\s+)?(${VERB})(?![\\p{L}-])`,
  'u',
);

/** A party's marks beside a name: the word, its adjective, the bracketed abbreviation ("(R-Ohio)", "R-S.C.", "(D., Calif.)"). */
const PARTY_MARK: Record<string, RegExp> = {
  Republican: /\bRepublican|\bGOP\b|\bR-\p{Lu}|\(R[.,]?\s*[-–,]?\s*\p{Lu}/u,
  Democrat: /\bDemocrat|\bD-\p{Lu}|\(D[.,]?\s*[-–,]?\s*\p{Lu}/u,
};
/** Any US state's name or AP abbreviation as a word. Alternations of fixed words: linear. */
const ANY_STATE = new RegExp(`(?<![\\p{L}])(?:${[...US_STATE_NAMES, ...US_STATE_BY_ABBREVIATION.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.]/g, '\\.')).join('|')})(?![\\p{L}])`, 'u');
/** A president's title before the name: no lawmaker a state-and-party description stands for. */
const PRESIDENT_BEFORE = /\bPresident\s+(?:\p{Lu}\.\s+)?$/u;
/** A lawmaker's or a leader's title right before a name: "Sen.", "Rep.", "Speaker", "Senate Majority Leader". */
const LAWMAKER_BEFORE = /(?:\b(?:Sen|Rep|Reps|Gov)\.|\b(?:Senator|Congressman|Congresswoman|Representative|Speaker|Leader|Whip|Chairman|Chairwoman|Governor))\s+(?:\p{Lu}\.\s+)?$/u;
/** Whether `word` stands in `text` as a whole word (an abbreviation's stop included). */
const hasWord = (text: string, word: string): boolean => {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/[\p{L}]/u.test(text[at - 1] ?? '') && !/[\p{L}]/u.test(text[at + word.length] ?? '')) return true;
  }
  return false;
};
/** How far before the quote the lawmaker is looked for, and how far around a name its mark. */
const REACH = 1500;
const MARK_BEFORE = 30;
const MARK_AFTER = 60;

/** The marks beside a name: the words just before it (after any stop but a title's) and just after it (to a stop). */
function marksAround(m: MentionRef, body: string): { before: string; around: string } {
  // (A title's full stop is no stop: "Republican Sen. Richard Shelby".)
  const before = body.slice(Math.max(0, m.start - MARK_BEFORE), m.start).replace(/^[^]*(?<!\b(?:Sen|Rep|Reps|Gov|Mr|Mrs|Ms|Dr|Lt|Gen|Col|Sgt|Jr|Sr|St))[.;!?]\s/u, '');
  const after = body.slice(m.end, Math.min(body.length, m.end + MARK_AFTER)).replace(/[.;!?]\s[^]*$/u, '');
  return { before, around: `${before} ${after}` };
}

/**
 * The person "the Ohio Republican" after the quote opening at `quoteAt` (in `sentence`) stands for: the latest person
 * named before the quote (within REACH) with the party's mark and the state beside the name; else, in the three
 * sentences before the quote's (newest first), the first lawmaker titled or marked with the party, else the first person
 * named (a possessor passed over: "Trump's appointees"), with no mark of the other party nor another state beside the
 * name. Never one titled President; null when there is none.
 */
export function partyMember(party: string, place: string, quoteAt: number, sentence: Sentence, sentences: readonly Sentence[], body: string, mentions: MentionRef[]): SpeakerRef | null {
  // The description's state, as a name or its AP abbreviation ("South Carolina", "S.C."): none, no lawmaker told.
  const state = place.trim().replace(/\s+/g, ' ');
  if (!US_STATE_NAMES.has(state)) return null;
  const stateForms = [state, ...[...US_STATE_BY_ABBREVIATION].filter(([, name]) => name === state).map(([abbreviation]) => abbreviation)];
  const own = PARTY_MARK[party];
  const other = PARTY_MARK[party === 'Republican' ? 'Democrat' : 'Republican'];
  const ref = (m: MentionRef): SpeakerRef => ({ start: m.start, end: m.end, entityId: m.entityId });
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m.end > quoteAt) continue;
    if (m.start < quoteAt - REACH) break;
    if (m.type !== 'Person') continue;
    const { before, around } = marksAround(m, body);
    if (own.test(around) && !other.test(around) && !PRESIDENT_BEFORE.test(before) && stateForms.some((f) => hasWord(around, f))) return ref(m);
  }
  // The sentences before, newest first: a lawmaker titled or marked with the party first ("Sen. Lindsey Graham dismissed
  // …" over Mrs. Rice named before him), else the first person named.
  const at = sentences.findIndex((t) => t.start === sentence.start);
  for (const lawmakerOnly of [true, false]) {
    for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
      const t = sentences[k];
      for (const m of mentions) {
        if (m.start < t.start || m.end > t.end || m.type !== 'Person') continue;
        if (/^\s*[’']s?\b/u.test(body.slice(m.end, m.end + 3))) continue;
        const { before, around } = marksAround(m, body);
        if (other.test(around) || PRESIDENT_BEFORE.test(before) || (ANY_STATE.test(around) && !stateForms.some((f) => hasWord(around, f)))) continue;
        if (lawmakerOnly && !LAWMAKER_BEFORE.test(before) && !own.test(around)) continue;
        return ref(m);
      }
    }
  }
  return null;
}
