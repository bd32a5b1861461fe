// Quotes: a source's words that are a body's name with only descriptors before it — "according to the Egyptian Health
// Ministry", "according to pollster YouGov", "the country's Independent Elections Commission said" — name that body:
// it speaks, as it does when named bare. A person's noun before the name ("a spokesman for …", "officials at …") or any
// preposition keeps the words an unnamed source's, as before.
import type { Quote } from '../types.js';
import { COUNTRY_BY_DEMONYM } from '../lexicon/countries.js';
import { firstFrom, type MentionRef } from './speakers.js';

/** Words before a body's name that only describe it: a determiner or a possessive ("the country's"), then lower-case
 * words of its kind ("pollster", "the state", "distributor"). Anchored, bounded runs of letters: linear. */
export const DESCRIPTORS_BEFORE_NAME = /^(?:(?:[Tt]he|[Aa]n?)\s+)?(?:(?:the\s+)?(?:country|nation|state|government|city|kingdom|region)[’']s?\s+)?((?:[\p{Ll}-]+\s+){0,2})$/u;
/** Nouns of people, never a body's kind: "a spokesman for", "officials …", "lawyers …" — the people speak, not the body. */
const PERSON_NOUNS = /^(?:spokes\p{L}*|officials?|aides?|lawyers?|attorneys?|members?|sources?|staff(?:ers)?|employees?|workers?|leaders?|heads?|chiefs?|directors?|chairm[ae]n|analysts?|experts?|economists?|researchers?|scientists?|executives?|managers?|representatives?|supporters?|critics?|fans?|people|some|many|most|several|few|two|three|former|ex-\p{L}+|other|another|each|every|no|any|all|both)$/u;

/** Nouns of what a body issued: the document speaks (document-source.ts), not read here. */
const DOCUMENT_NOUNS = /^(?:reports?|statements?|polls?|surveys?|data|stud(?:y|ies)|figures|documents?|letters?|memos?|analys[ie]s|estimates?|records?|filings?|accounts?|releases?)$/u;

/** Every quote whose unnamed source's words are an organization's mention with only descriptors before it: that
 * organization speaks (it was kept, if at all, as the body the words speak for). */
export function describedBodies(quotes: readonly Quote[], body: string, mentions: MentionRef[]): void {
  for (const q of quotes) {
    const span = q.speakerSpan;
    if (q.speakerId !== null || !q.speakerText || !span) continue;
    const end = span.start + body.slice(span.start, span.end).trimEnd().length;
    // The words' mentions: countries (a state before the name: "the Egyptian Health Ministry"), then the organization
    // closing them; any other name in between makes the words another phrase.
    let before = '';
    let from = span.start;
    let named: MentionRef | null = null;
    for (let i = firstFrom(mentions, span.start); i < mentions.length && mentions[i].start < end && !named; i++) {
      const m = mentions[i];
      if (m.type === 'Organization' && m.end === end) named = m;
      else if (m.type !== 'Country' || m.end >= end) break;
      before += body.slice(from, m.start);
      from = m.end;
      // (A state's possessive goes with it: "Iran's Press TV".)
      if (!named) from += /^[’'](?:s\b)?/.exec(body.slice(m.end, m.end + 2))?.[0].length ?? 0;
    }
    if (!named) continue;
    // (A state's adjective the name leaves out goes with it too: "the Egyptian Health Ministry".)
    const words = before.trim().split(/\s+/).filter((w) => w && !COUNTRY_BY_DEMONYM.has(w));
    const descriptors = DESCRIPTORS_BEFORE_NAME.exec(words.length ? `${words.join(' ')} ` : '');
    if (!descriptors || descriptors[1].trim().split(' ').some((w) => PERSON_NOUNS.test(w) || DOCUMENT_NOUNS.test(w))) continue;
    q.speakerId = named.entityId;
    q.speakerSpan = { start: span.start, end };
    delete q.speakerText;
    delete q.onBehalfOf;
  }
}
