// Quotes: a relative clause set off by commas between a subject and its verb of saying — "Ukraine’s interim government,
// which met with Mr. Biden, said …", "Mr. Kerry, who served in Vietnam, said …" — describes the subject before it: the
// names inside it (whom the subject met, where it is from) are never the speaker. The speaker is read from the words
// before the clause.
import type { MentionRef } from './speakers.js';

/** ", who|whom|whose|which " opening a relative clause set off by a comma (fixed words: linear). The clause runs to a
 * comma closing the words before a cue, with no quotation mark, semicolon, colon, bracket or sentence stop inside
 * (inner commas allowed: "which has five aircraft in the fleet of SilkAir, and 31 on order,"). */
export const RELATIVE_ASIDE = /,\s+(?:who|whom|whose|which)\s/gu;
/**
 * ", speaking …, said", ", in a statement, said": a participle's or a preposition's phrase set off by commas between a
 * subject and its verb of saying ("The officials, speaking on condition of anonymity, said …", "Two U.S. officials, in
 * interviews this week, said …") is an adjunct of the saying, not part of who speaks. The preposition's phrase is short
 * and holds no verb of saying (ADJUNCT_VERB) nor, after a preposition, an agent (PREPOSITION_AGENT). Fixed words and one letter class after one blank run: linear.
 */
export const ADJUNCT_ASIDE = /,\s+(?:(?:speaking|talking|writing|citing|briefing|responding|replying|commenting|testifying|appearing|asked|interviewed|reached|contacted)|(?:in|at|on|during|after|before|like|for)\s+(?:a|an|the|his|her|their|its|separate|interviews?|statements?|remarks|comments|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|private|public|recent|written)|(?:in|at)\s+\p{Lu})/gu;
/** A participle opening an adjunct aside (not a preposition): its phrase may hold a place written "City, Country" and a
 * time after a comma ("Pompeo, speaking from Jeddah, Saudi Arabia, on Wednesday, added …"). */
const PARTICIPLE_ASIDE = /^,\s+(?:speaking|talking|writing|briefing|responding|replying|commenting|testifying|appearing)\s/u;
/** What may follow a comma inside a participle's aside: a place's larger place (one to three capitalised words) or a day. */
const PLACE_OR_DAY = /^\s*(?:(?:on|last|this|early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*$|^\s*\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){0,2}\s*$/u;
/** A verb of saying inside an aside, or an agent after "by": another attribution or whose words they are, not an adjunct
 * of this one ("…, in what officials said was …,", "…, in an audio recording by spokesman Abu Mohammed al-Adnani,"). */
const ADJUNCT_VERB = /\s(?:said|says|say|told|tells)\s/u;
/** An agent in a prepositional aside: whose recording or statement it is ("…, in an audio recording by spokesman X,"), not
 * a participle's agent ("…, contacted by Reuters,"). */
const PREPOSITION_AGENT = /^,\s+(?:in|at|on|during|after|before|like|for)\s[^,]*\sby\s/u;
/** A mark no aside runs across, nor a capitalised coordinator opening another clause after a comma (", But Lebanon's …"). */
const NOT_IN_ASIDE = /[;:“”"()!?]|,\s+(?:But|And|Yet|So|However|Still|Meanwhile)\b/u;

/** A finite auxiliary after a comma inside the aside: a main clause goes on there. */
const MAIN_VERB_AFTER_COMMA = /,[^,]*?\s(?:is|was|are|were|has|have|had|will|would|can|could)\s/u;
/** A sentence stop inside the aside ("… who served. He said"): a full stop after a lower-case word (no abbreviation:
 * "Mr.", "Calif.") or a number, a capital after it. */
const STOP_INSIDE = /(?:(?<!\p{L})\p{Ll}{4,}|\d)\.\s+\p{Lu}/u;

/**
 * The words and mentions to read the speaker from when the words before the cue end with a comma-set relative clause
 * after a simple subject ("Ukraine’s interim government", no comma of its own): the words before the clause alone, the
 * mentions inside it left out. Unchanged otherwise.
 * `offset` is where `before` starts in the body.
 */
export function withoutRelativeAside(before: string, offset: number, mentions: MentionRef[]): { words: string; mentions: MentionRef[] } {
  const from = Math.max(0, before.length - 260);
  if (!/,\s*$/.test(before.slice(-4))) return { words: before, mentions };
  // The earliest ", who/which" from which the rest is one aside: the clause about the subject opens there.
  const window = before.slice(from);
  let at = -1;
  RELATIVE_ASIDE.lastIndex = 0;
  for (let r = RELATIVE_ASIDE.exec(window); r; r = RELATIVE_ASIDE.exec(window)) {
    const rest = window.slice(r.index);
    // (A finite verb after the clause's first inner comma is a main clause's: "…, which had revenue of $561 million, was
    // finding it more difficult …, said James Hoey".)
    if (NOT_IN_ASIDE.test(rest) || STOP_INSIDE.test(rest) || MAIN_VERB_AFTER_COMMA.test(rest.slice(r[0].length))) continue;
    at = from + r.index;
    break;
  }
  // …else the earliest adjunct aside that runs, with no comma of its own, to the comma before the cue.
  ADJUNCT_ASIDE.lastIndex = 0;
  for (let r = at < 0 ? ADJUNCT_ASIDE.exec(window) : null; r; r = ADJUNCT_ASIDE.exec(window)) {
    const rest = window.slice(r.index + 1).replace(/,\s*$/, '');
    const innerCommas = rest.includes(',') && !(PARTICIPLE_ASIDE.test(window.slice(r.index)) && rest.split(',').slice(1).every((seg) => PLACE_OR_DAY.test(seg)));
    if (rest.length > 120 || innerCommas || NOT_IN_ASIDE.test(rest) || STOP_INSIDE.test(rest) || ADJUNCT_VERB.test(rest) || PREPOSITION_AGENT.test(window.slice(r.index))) continue;
    at = from + r.index;
    break;
  }
  if (at < 0) return { words: before, mentions };
  const head = before.slice(0, at);
  if (!/\p{L}/u.test(head)) return { words: before, mentions };
  // After an opening adjunct or an appositive ("Ip Kwok-him, a politician who sits on the Executive Council, which
  // advises …") the clause may describe a noun inside the subject's phrase, not its head: the words are read as before.
  if (head.includes(',')) return { words: before, mentions };
  return { words: head, mentions: mentions.filter((m) => m.end <= offset + at || m.start >= offset + before.length) };
}
