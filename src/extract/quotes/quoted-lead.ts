// Quotes: a sentence whose own words run into a partial quotation closed by its attribution — "Still, golf clubs are
// ''just scratching out a profit,'' Mr. Hedge said from his office in Orlando." — reports the whole clause, the writer's
// lead-in words and the quoted ones (a mixed quotation: PolNeAR and a careful reader attribute the clause, not the
// fragment). reported.inverted reads the plainest of these ("…, Mr. Sperling said."); this step reads the rest from the
// direct quote its after-quote frame already attributed (any speaker, any adjunct after the cue), turning it into the
// report of the whole clause with the same speaker.
import type { Quote } from '../types.js';
import { SPEECH_VERBS, STANCE_VERBS } from '../lexicon/speech.js';
import { AMBIGUOUS_NOUN_CUES } from './patterns.js';

/** The frames that attribute a quotation by the words right after its closing mark ("…,” NAME said") to someone the
 * article names; an unnamed source's or a body pronoun's frame keeps its quoted words alone (their rules' examples). */
export const AFTER_QUOTE_FRAMES: ReadonlySet<string> = new Set([
  'direct.after-quote', 'direct.appositive-after', 'direct.party-member-after', 'direct.kind-after', 'direct.definite-person-after', 'direct.manner-after', 'direct.group-after',
]);

/** The opening marks a quotation's words follow: curly, straight, or a doubled apostrophe (NYT archives). */
const OPENING_MARKS = ['“', '"', "''"] as const;
const CLOSING_MARKS = ['”', '"', "''"] as const;
const ANY_MARK = /[“”"«»]|''/;
/** A lead ending so opens a block or an aside, no clause running into the quotation ("His verdict:", "- ''…'' -"); after
 * a comma it is a fronted adjunct ("Because of her lack of support, “she does need him,” Kunin said"): the quotation is
 * a whole clause of its own, the direct quote's. */
const LEAD_END_NO_CLAUSE = new Set([':', ';', '(', '-', '–', '—', '…', '?', '!', ',']);
/** Finite forms of saying that the "-ed"/"-s"/"-ing" endings miss. */
const FRAMING_FORMS: ReadonlySet<string> = new Set(['said', 'says', 'say', 'told', 'tells', 'wrote', 'writes', 'thought', 'thinks', 'call', 'calls', 'called']);
/** "-ing" forms of those verbs that are mostly nouns in a lead ("a warning", "in writing", "the briefing"). */
const NOUN_ING = new Set(['warning', 'warnings', 'writing', 'reporting', 'briefing', 'meaning', 'hearing', 'offering', 'meeting', 'rating', 'texting']);

/** A word of the lead that is a verb of saying or of stance framing the quotation itself ("but added, “…", "telling Mic,
 * “…", "Citing “…", "Clinton responds to Mills with, “…"): then the lead is the frame, no reported clause. Noun-like
 * forms ("the state", "his claims", "a warning") are no verb. */
function framingVerb(word: string): boolean {
  if (FRAMING_FORMS.has(word)) return true;
  if (!SPEECH_VERBS.has(word) && !STANCE_VERBS.has(word)) return false;
  if (word.endsWith('ing')) return !NOUN_ING.has(word);
  if (word.endsWith('ed')) return SPEECH_VERBS.has(word);
  return word.endsWith('s') && SPEECH_VERBS.has(word) && !AMBIGUOUS_NOUN_CUES.has(word);
}

/** A sentence's end inside the lead (the segmenter missed it: "… as her guilty pleasure. “’House of Cards,’” she said"). */
function holdsSentenceEnd(lead: string): boolean {
  for (let i = lead.indexOf('. '); i >= 0; i = lead.indexOf('. ', i + 1)) if (i >= 3 && /\p{Ll}{3}$/u.test(lead.slice(i - 3, i))) return true;
  return false;
}
const DASHES = ['—', '–', ' - ', ' -- '];
const WORD = /[\p{L}’'-]+/gu;
/** A word's last character and a space right before the opening mark ("are ''…", "over “…"), read on those two
 * characters: no repetition, linear. */
export const WORD_BEFORE_OPENING = /[\p{L}\d%.’']\s$/u;

/**
 * Where the quotation's opening mark starts, when the words right before the quote are one: its text starts right after.
 */
function openingMarkAt(quote: Quote, body: string): number {
  for (const mark of OPENING_MARKS) if (body.startsWith(mark, quote.start - mark.length)) return quote.start - mark.length;
  return -1;
}

function closingMarkEnd(quote: Quote, body: string): number {
  for (const mark of CLOSING_MARKS) if (body.startsWith(mark, quote.end)) return quote.end + mark.length;
  return -1;
}

/**
 * The lead-in words of the quote's sentence before its opening mark, when they are a clause running into it: words
 * (a letter among them), one line, no quotation mark, no end of a block (colon, dash, parenthesis) or of an adjunct
 * (comma), no verb of saying or stance of their own ("Pence … added, “…,” Pence said": the verb before frames the
 * quote), and no other report in the sentence. Returns where they start, or -1.
 */
function leadStart(quote: Quote, open: number, body: string, others: readonly Quote[]): number {
  const sentence = quote.sentence;
  if (!sentence || open <= sentence.start) return -1;
  const raw = body.slice(sentence.start, open);
  const lead = raw.trim();
  if (open - 2 < sentence.start || !WORD_BEFORE_OPENING.test(body.slice(open - 2, open)) || !/\p{L}/u.test(lead) || lead.includes('\n') || ANY_MARK.test(lead) || LEAD_END_NO_CLAUSE.has(lead[lead.length - 1])) return -1;
  const words = lead.toLowerCase().match(WORD) ?? [];
  // A dash inside the lead sets off the writer's aside ("… open to resuming talks — that is, as long as they remain
  // “calm,” Liu said"): where the speaker's words begin is not told.
  if (DASHES.some((d) => lead.includes(d)) || holdsSentenceEnd(lead) || words.some((w) => framingVerb(w) || w === 'according')) return -1;
  const start = sentence.start + (raw.length - raw.trimStart().length);
  // Another quote read in the sentence — a report after the cue ("…,” the spokeswoman told POLITICO that …"), the second
  // part of a split quotation — reads it otherwise.
  if (others.some((o) => o !== quote && o.start < sentence.end && o.end > sentence.start)) return -1;
  return start;
}

/**
 * Turns each direct quote framed after its closing mark whose sentence's own words run into it into the report of the
 * whole clause (lead-in words and quotation, marks kept), rule reported.quoted-lead; the rest are unchanged.
 */
export function quotedLeads(quotes: Quote[], body: string): void {
  for (const quote of quotes) {
    if (!quote.direct || !AFTER_QUOTE_FRAMES.has(quote.rule ?? '')) continue;
    const open = openingMarkAt(quote, body);
    const close = open < 0 ? -1 : closingMarkEnd(quote, body);
    if (close < 0) continue;
    // "… with the words “I can't breathe,” as Eric Garner said": an "as" frame credits the quoted words alone.
    // (Lower case on the same line: "… President.” As a result, …" opens the next sentence.)
    if (/^[ \t,]*as\s/.test(body.slice(close, close + 12))) continue;
    const start = leadStart(quote, open, body, quotes);
    if (start < 0) continue;
    quote.start = start;
    quote.end = close;
    quote.text = body.slice(start, close);
    quote.direct = false;
    quote.rule = 'reported.quoted-lead';
  }
}
