// Quotes: a quantified group of a country's people or a party's members as the speaker — "Most Americans say …", "57% of
// Republicans said …", "a majority of Britons believe …", "Some Democrats argued …" — speaks unnamed: a share or a part of
// the people is neither the state nor the party (speaker null, speakerText the group's words; a few of a party's members
// keep their party as onBehalfOf, a poll's share of them does not).
import { COUNTRY_BY_DEMONYM } from '../lexicon/countries.js';

/** A share or a part of a group: quantifiers, fractions, percentages and "N in 10" (not "all", "both": the whole group). */
const QUANTITY = [
  '[Mm]ost', '[Mm]any', '[Ss]ome', '(?:[Aa]\\s+)?[Ff]ew', '[Ss]everal', '[Vv]arious', '[Nn]umerous',
  '(?:[Aa]|[Tt]he)\\s+(?:(?:small|large|slim|narrow|wide|clear|slight|growing|big|overwhelming|bare)\\s+)?(?:majority|plurality|minority|number|share|handful|third|quarter|fifth)',
  '[Mm]ajorities', '[Hh]alf', '(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our)[- ](?:thirds?|quarters?|fifths?)',
  '(?:\\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine)\\s+(?:in|out\\s+of)\\s+(?:\\d+|ten|five|four|three)',
  '\\d+(?:\\.\\d+)?\\s*(?:%|percent|per\\s+cent)',
  '(?:[Tt]en|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:-[a-z]+)?\\s+(?:percent|per\\s+cent)',
].join('|');
/** A hedge before the quantity: "nearly half of", "more than 60 percent of", "only a few". */
const HEDGE = '(?:(?:about|nearly|almost|only|just|roughly|around|over|under|barely|even|well\\s+over|more\\s+than|fewer\\s+than|less\\s+than|at\\s+least|[Aa]bout|[Nn]early|[Aa]lmost|[Oo]nly|[Jj]ust|[Rr]oughly|[Aa]round|[Oo]ver|[Uu]nder|[Bb]arely|[Ee]ven|[Mm]ore\\s+than|[Ff]ewer\\s+than|[Ll]ess\\s+than|[Aa]t\\s+least)\\s+)?';

/**
 * The words right before the group's name that quantify it, anchored at the name: a hedge, the quantity, "of (the)" and
 * at most two lower-case modifiers ("Some congressional", "57% of", "a majority of young", "most of the major"). Bounded
 * repetitions, no nested quantifiers: linear.
 */
export const QUANTIFIED_LEAD = new RegExp(`(?:^|[\\s,(—–])(${HEDGE}(?:${QUANTITY})\\s+(?:of\\s+(?:the\\s+|those\\s+|all\\s+)?)?(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2})$`, 'u');

/** A share counted as a poll counts it — a percentage, a fraction, "a majority", "half", "8 in 10": respondents, who
 * speak for no body (a few members, "Some Republicans", still speak for their party). */
const SHARE = /\d|percent|per\s+cent|majorit|plurality|minority|share|half|third|quarter|fifth|\b(?:in|out\s+of)\s+(?:ten|five|four|three)\b/i;

/** A place or body after the group's name, its name's words: " on the Armed Services Committee", " in Congress". */
const PLACE_AFTER = /^\s+(?:on|in|from|at|within|inside|across)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,5}/u;
/** Words that may modify the group's name: "Senate Republicans", "Indian Americans". */
const NAME_MODIFIER = /^(?:Senate|House|Congressional|GOP|U\.S\.|US|British|Indian|Mexican|Arab|African|Asian|Chinese|Jewish|Irish|Korean)$/;

/** A poll or a survey named in the sentence: what it shows of a people is its respondents' view. */
const POLL_IN_SENTENCE = /\b(?:[Pp]olls?|[Pp]olling|[Ss]urveys?|[Pp]ollsters?)\b/;

/** A party's members in the plural: "Republicans", "Democrats", "Tories" (a body's own name, "the Labour Party", is the body). */
const PARTY_MEMBERS = /^(?:Republicans|Democrats|Tories|Conservatives|Liberals|Socialists|Greens|Dems|Labourites)$/;

/** The group's last word is people in the plural: a party's members or a country's people ("Americans", "Japanese"). */
function pluralPeople(words: string): boolean {
  const last = words.split(/\s+/).pop() ?? '';
  if (PARTY_MEMBERS.test(last)) return true;
  return /(?:s|ese)$/.test(last) && COUNTRY_BY_DEMONYM.has(last) && !/\./.test(last);
}

/**
 * The span of a quantified group heading a speaker's span that credits a country or a body ("Most [Americans]", "57% of
 * [Republicans]"), from the quantity to the group's name; null when the name is no plural group of people or no quantity
 * stands right before it in its sentence.
 */
export function quantifiedGroup(body: string, span: { start: number; end: number }, sentence: { start: number; end?: number }, cue = ''): { start: number; end: number; share: boolean } | null {
  const words = body.slice(span.start, span.end);
  // The group's name ends the span (the span may hold the quantity: "Some Republicans"); only words that may modify the
  // name go with it ("Senate Republicans", "Indian Americans"), not a name inside a longer phrase.
  if (words.length > 80) return null;
  const tokens = words.split(' ');
  const last = tokens[tokens.length - 1];
  const modifier = tokens.length > 1 && NAME_MODIFIER.test(tokens[tokens.length - 2]) ? `${tokens[tokens.length - 2]} ` : '';
  if (!/^\p{Lu}[\p{L}-]*$/u.test(last) || !pluralPeople(last)) return null;
  const nameIndex = words.length - last.length - modifier.length;
  const nameAt = span.start + nameIndex;
  const from = Math.max(sentence.start, nameAt - 80);
  const lead = QUANTIFIED_LEAD.exec(body.slice(from, nameAt));
  // A country's whole people in a sentence that gives a poll's findings ("national polling shows Americans are
  // increasingly opposed", "Americans largely favor a deal, polls show") are its respondents, as a share of them is.
  if (!lead && nameIndex === modifier.length && sentence.end !== undefined && COUNTRY_BY_DEMONYM.has(last) && POLL_IN_SENTENCE.test(body.slice(sentence.start, sentence.end))) {
    return { start: span.start, end: span.end, share: true };
  }
  // (A span's words before the name are the quantity's and nothing else.)
  if (!lead || nameAt - lead[1].length > span.start && nameIndex > 0) return null;
  // The group's place goes with it up to the cue: "Some Republicans on the Armed Services Committee said".
  const verb = /^\p{L}+/u.exec(cue)?.[0];
  const place = verb ? PLACE_AFTER.exec(body.slice(span.end, span.end + 80)) : null;
  const end = place && new RegExp(`^\\s+(?:(?:have|has|had|also|still|now|\\p{Ll}+ly)\\s+){0,2}${verb}\\b`, 'u').test(body.slice(span.end + place[0].length)) ? span.end + place[0].length : span.end;
  return { start: Math.min(span.start, nameAt - lead[1].length), end, share: SHARE.test(lead[1]) };
}
