// Quotes: a source the article marks as anonymous — "said the attorney, who asked not to be named", "the official,
// speaking on condition of anonymity, said" — is kept unnamed: the writer withholds the name, so no later step may tie
// the description to a person the article names elsewhere (a lawyer in apposition, the latest holder of the title). Read
// once the rules have found the speakers' words; their words are restored whenever a step named them.
import type { Quote } from '../types.js';
import { firstFrom, type MentionRef } from './speakers.js';

/**
 * Right after a source's words: a relative clause or a participle withholding the name — asked or spoke "not to be
 * named / identified", "on (the) condition of anonymity" (a few words at most before it), "anonymously". Anchored,
 * bounded runs of words: linear.
 */
export const ANONYMOUS_AFTER = /^,?\s+(?:who\s+(?:had\s+|also\s+)?|and\s+)?(?:asked|requested|spoke|speaking|declined|insisted|agreed|talked|talking|requesting|asking|declining)\s+(?:(?:not\s+)?to\s+(?:be\s+(?:named|identified)|speak\s+(?:anonymously|on\s+(?:the\s+)?condition\s+of\s+anonymity))|(?:[\p{L}’'-]+\s+){0,4}?on\s+(?:the\s+)?condition\s+(?:of\s+anonymity|(?:that\s+)?(?:he|she|they)\s+not\s+be\s+(?:named|identified))|anonymously)\b/u;

export interface AnonymousSource {
  quote: Quote;
  span: { start: number; end: number };
  text: string;
  onBehalfOf?: string | null;
}

/** The quotes whose source the article marks as anonymous right after its words, which name no person. */
export function anonymousSources(quotes: readonly Quote[], body: string, mentions: MentionRef[]): AnonymousSource[] {
  const out: AnonymousSource[] = [];
  for (const q of quotes) {
    const span = q.speakerSpan;
    if (!span || span.end <= span.start) continue;
    const words = body.slice(span.start, span.end);
    // (A pronoun or a name is the source the article names: "he said, speaking on condition of anonymity" is his.)
    if (!/^(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s/.test(words)) continue;
    let named = false;
    for (let i = firstFrom(mentions, span.start); i < mentions.length && mentions[i].start < span.end; i++) if (mentions[i].type === 'Person') named = true;
    if (named || !ANONYMOUS_AFTER.test(body.slice(span.end, span.end + 120))) continue;
    out.push({ quote: q, span: { ...span }, text: words, onBehalfOf: q.onBehalfOf });
  }
  return out;
}

/** Each anonymous source a step tied to a person (`isPerson`) is unnamed again, with its own words. */
export function keepAnonymous(sources: readonly AnonymousSource[], isPerson: (id: string) => boolean): void {
  for (const s of sources) {
    const q = s.quote;
    if (q.speakerId === null || !isPerson(q.speakerId)) continue;
    q.speakerId = null;
    q.speakerSpan = { ...s.span };
    q.speakerText = s.text;
    if (s.onBehalfOf) q.onBehalfOf = s.onBehalfOf;
    else delete q.onBehalfOf;
  }
}
