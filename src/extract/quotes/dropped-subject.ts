// Quotes: a clause dropped as no statement ("While Cuccinelli declined to get specific …, he said …", "Obama wants to
// …") still has its subject: a reader takes the next "he" or "she" for it, as for any sentence's subject. Only a
// subject opening its sentence (after a conjunction, an adverb's comma or a title) counts — never one nested in an
// object, a relative clause or someone's words.
import type { Candidate } from './arbitrate.js';
import type { MentionRef } from './speakers.js';

/** The words of a sentence before its subject when the subject opens it: an opening quotation mark, a conjunction or a
 * short adverbial with its comma, then at most four capitalised words of a title ("Secretary of State"), none a preposition ("In August Cohen" is no subject's title). Anchored and
 * bounded: linear. */
export const OPENS_SENTENCE = /^[“"]?(?:(?:But|And|Yet|So|Still|However|Meanwhile|While|When|Whereas|Although|Though|As|After|Before|Because|Since|Once|If),?\s+|(?:[\p{Lu}][\p{Ll}]+)(?:\s+\p{Ll}+){0,3},\s+)?(?:(?!(?:In|On|At|After|Before|During|For|From|With|By|To|As|Since|Under|Over|Amid|Despite)\s)(?:[\p{Lu}][\p{L}.’'-]*|of|the|former)\s+){0,4}$/u;

/** The subjects of dropped candidates, as pronoun antecedents: a person named by entity, opening its sentence. */
export function droppedSubjects(dropped: readonly Candidate[], body: string, mentions: readonly MentionRef[]): { at: number; id: string }[] {
  const out: { at: number; id: string }[] = [];
  const people = new Set(mentions.filter((m) => m.type === 'Person').map((m) => m.entityId));
  for (const { quote, speaker } of dropped) {
    // An echoer spoke all the same, wherever named ("The sentiment was echoed by Chief Deveau. “…,” he said"): only
    // what they echoed is no quote of theirs (non-statement.echo).
    // (Its sentence's first person outside the echoed words: the title's body, "Watertown Police Chief Edward Deveau",
    // is read as the speaker only later.)
    if (/^echo/i.test(quote.cue ?? '') && quote.sentence && !speaker?.pronoun) {
      const sentence = quote.sentence;
      const echoer = mentions.find((m) => m.type === 'Person' && m.start >= sentence.start && m.end <= sentence.end && (m.end <= quote.start || m.start >= quote.end));
      if (echoer) out.push({ at: Math.max(quote.start, echoer.start), id: echoer.entityId });
      continue;
    }
    if (!speaker?.entityId || speaker.pronoun || !people.has(speaker.entityId) || !quote.sentence) continue;
    if (speaker.start < quote.sentence.start || speaker.start >= quote.start) continue; // the subject stands before the words
    if (!OPENS_SENTENCE.test(body.slice(quote.sentence.start, speaker.start))) continue;
    out.push({ at: speaker.start, id: speaker.entityId });
  }
  return out;
}
