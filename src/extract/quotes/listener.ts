// Quotes: the listener is never the speaker. A name right after a verb of telling — "told CNN's Anderson Cooper,
// adding …", "the newswoman said to Donald Trump, “…”", "The source told Fox News that …, adding …" — is whom the words
// were addressed to. A quote credited to it goes to the subject of that verb: the speaker another quote of the sentence
// gives the same verb, else the name or the unnamed source's words before the verb, else no one.
import type { Quote } from '../types.js';
import { firstFrom, type MentionRef } from './speakers.js';
import { withoutRelativeAside } from './relative-aside.js';

/** A verb of telling and its listener's lead ending right before the speaker's words: "told ", "said to ", "told CNN's ",
 * "speaking to the ". Anchored at the end, fixed words, bounded name words: linear. */
export const LISTENER_BEFORE = /\b(told|tells|tell|telling|(?:said|says|say|saying|spoke|speaking|speaks|talking|talked|wrote|writing|writes)\s+to|informed|assured|briefed)\s+(?:(?:[\p{Lu}][\p{L}.&-]*\s+){0,3}[\p{Lu}][\p{L}.&-]*[’']s\s+)?(?:the\s+)?$/u;

/** An unnamed source's words before the verb: a determiner and a few words, no verb ("The source", "the newswoman",
 * "A Turkish official"). One word run, bounded: linear. */
const UNNAMED_SUBJECT = /^(?:the|a|an|one|two|three|several|some|another)\s+(?:[\p{L}.’'-]+\s+){0,5}?[\p{L}’'-]+$/iu;
/** Where the subject's words start: after the sentence's last quotation mark, semicolon, colon or dash before the verb. */
const SUBJECT_START = /[“”";:—–]\s*,?\s*/gu;

/**
 * Every quote whose speaker's words stand right after a verb of telling takes the speaker of that verb instead. `all` are
 * the quotes after every other speaker step (pronouns resolved).
 */
export function withoutListenerSpeakers(all: readonly Quote[], body: string, mentions: MentionRef[]): void {
  for (const q of all) {
    const span = q.speakerSpan;
    if (!q.speakerId || !span || !q.sentence || span.start < q.sentence.start) continue;
    const lead = body.slice(Math.max(q.sentence.start, span.start - 80), span.start);
    const verb = LISTENER_BEFORE.exec(lead);
    // (A relative clause after the listener makes it the speaker of its own verb: "spoke to Trump, who said …".)
    if (!verb || /^[\s,]{0,4}(?:who|which)\b/.test(body.slice(span.end, span.end + 10))) continue;
    const verbAt = span.start - lead.length + verb.index;
    // Another quote of the sentence by the same verb, its speaker's words before the verb: "The source told Fox News that …".
    const verbWord = verb[1].split(/\s+/)[0].toLowerCase();
    const sibling = all.find((o) => o !== q && o.sentence?.start === q.sentence!.start && o.cue?.split(' ')[0].toLowerCase() === verbWord && o.speakerSpan && o.speakerSpan.end <= verbAt && (o.speakerId || o.speakerText));
    if (sibling) {
      q.speakerId = sibling.speakerId;
      q.speakerSpan = sibling.speakerSpan;
      if (sibling.speakerText) q.speakerText = sibling.speakerText;
      else delete q.speakerText;
      if (sibling.onBehalfOf) q.onBehalfOf = sibling.onBehalfOf;
      continue;
    }
    // The words before the verb, from the sentence's last mark before it: the subject of the verb of telling.
    const before = body.slice(q.sentence.start, verbAt);
    let from = 0;
    for (const m of before.matchAll(SUBJECT_START)) from = m.index + m[0].length; // matchAll: no lastIndex shared between calls
    const { words, mentions: outside } = withoutRelativeAside(before.slice(from), q.sentence.start + from, mentions);
    const subject = words.replace(/[\s,]+$/, '');
    const subjectAt = q.sentence.start + from;
    const subjectEnd = subjectAt + subject.length;
    // A name ending the subject's words speaks ("David Gergen, who served …, told CNN's Anderson Cooper").
    let named: MentionRef | undefined;
    for (let i = firstFrom(outside, subjectEnd - 80); i < outside.length && outside[i].start < subjectEnd; i++) if (outside[i].end === subjectEnd && outside[i].type !== 'Event') named = outside[i];
    q.speakerId = named?.entityId ?? null;
    q.speakerSpan = named ? { start: named.start, end: named.end } : { start: subjectAt, end: subjectEnd };
    if (!named && UNNAMED_SUBJECT.test(subject)) q.speakerText = subject;
    else delete q.speakerText;
  }
}
