// Quotes: a participle after a report — "Rubio said he's skeptical that Mr. Kim will agree …, saying the leader …",
// "Trump told reporters, “It was discussed …,” adding: …" — is the reporter's: the sayer goes on saying. A name inside the
// reported words (Mr. Kim, whom the report is about) is never the participle's subject.
import type { Candidate } from './arbitrate.js';
import { VERB } from './patterns.js';

/** Between a report's last word and a participle after it: closing marks, the comma, an adverb at most (", adding",
 * "," adding", ", then insisting"). Anchored at both ends of a short gap: linear. */
export const PARTICIPLE_AFTER_REPORT = /^[”"’'.)\]]{0,2}\s*,\s*[”"’']?\s*(?:(?:even|also|then|again|further|apparently|repeatedly|later|instead)\s+)?\p{Ll}+ing\b/u;

/** An attribution frame right before a name ("…, said Gen. Ali Abdollahi"): the name is a speaker inside the report. */
const CUE_BEFORE_NAME = /\b(?:said|says|added|adds|told|wrote|writes|tweeted|according\s+to)\s+(?:(?:\p{Lu}[\p{L}.’'-]*|the|a|an)\s+){0,4}$/u;

/** Rules whose content holds attributions of its own: an "according to …" or a channel's relayed report. */
const RELAYING_RULE = /^reported\.(?:according-to|finding|inverted-finding|headline)|^direct\.(?:according-before|colon-block|lead-colon)|^transcript\./;

/** A comma, then at most a few words of a name's phrase (titles, possessives, modifiers; no preposition, pronoun or verb)
 * ending at the speaker: it heads a clause of its own. Anchored at the end, bounded: linear. */
const CLAUSE_HEAD_BEFORE = /,\s+(?:(?!(?:of|with|by|for|to|from|about|that|on|in|at|against|than|over|into|and|or|but|which|who|whom|he|she|it|they|we|I|you|said|says|told|tells|wrote|made|gave|took|spoke|has|have|had|is|was|are|were|\p{Ll}+ed|\p{Ll}+ly)\s)[\p{L}.’'-]+\s+){0,5}$/u;

/** After the clause's subject, its verb of saying or of stance ("called for", "had accused", "said"). */
const CLAUSE_SPEECH_VERB = new RegExp(`^\\s+(?:(?:has|have|had|also|later|then|\\p{Ll}+ly)\\s+){0,2}(?:${VERB}|called|criticized|criticised|rejected|urged|condemned|praised|blamed|slammed|demanded)\\b`, 'u');

const inside = (x: { start: number; end: number }, y: { start: number; end: number }) => x.start >= y.start && x.end <= y.end;

/**
 * Each participle quote ("…, saying …", "…,” adding: …") whose speaker stands inside the words of a report ending right
 * before the participle takes that report's speaker (its entity, words and principal). The outermost report is the one
 * that counts ("X said Y told Z …, adding" → X).
 */
export function reporterParticiples(all: readonly Candidate[], body: string): void {
  for (const c2 of all) {
    const q2 = c2.quote;
    const cue = q2.cue ?? '';
    if (!/^\p{Ll}+ing$/u.test(cue) || !q2.speakerSpan || !q2.sentence) continue;
    const span = q2.speakerSpan;
    // (A speaker of an attribution inside the report, "…, said Gen. Ali Abdollahi, according to …, adding", is the
    // participle's own.)
    if (CUE_BEFORE_NAME.test(body.slice(Math.max(q2.sentence.start, span.start - 60), span.start))) continue;
    // (Nor a subject heading a clause after a comma — "Despite a United Nations call for …, Netanyahu gave no indication
    // …, saying", "…, South Korea’s Blue House said, adding": a report read across that comma is no report of its.)
    const lead = /^[\s,]*/.exec(body.slice(span.start, span.end))![0].length; // a span may open with its appositive's comma
    // (Unless that name is inside an unnamed reporter's words: below.)
    const headsClause = /^(?:\p{Lu}|(?:he|she|they|it|we)\b)/u.test(body.slice(span.start + lead, span.end)) && CLAUSE_HEAD_BEFORE.test(body.slice(Math.max(q2.sentence.start, span.start + lead - 80), span.start + lead));
    let owner: Candidate | null = null;
    for (const c1 of all) {
      const q1 = c1.quote;
      if (c1 === c2 || q1.sentence?.start !== q2.sentence.start || RELAYING_RULE.test(c1.rule) || q1.end > q2.start) continue;
      if (!q1.speakerSpan || q1.speakerSpan.end > q2.start) continue;
      // A name inside an unnamed reporter's own words ("A senior White House official told Fox News …, saying …": the
      // White House) is the body it speaks for, not the participle's subject: the reporter goes on, unnamed.
      const ofUnnamed = q1.speakerId === null && !!q1.speakerText && q2.speakerId !== null && inside(span, q1.speakerSpan);
      if (!ofUnnamed && (headsClause || !inside(span, q1) || inside(span, q1.speakerSpan))) continue;
      // The participle follows the report's words, or its inverted frame after them ("…, the source said, adding").
      // (An inverted frame is a verb of saying, not a participle: "The memos show Mr. Trump …, complaining about …" is none.)
      if (q1.speakerSpan.start >= q1.end && /ing$/.test(q1.cue ?? '')) continue;
      let gapFrom = q1.end;
      if (q1.speakerSpan && q1.speakerSpan.start >= q1.end && q1.speakerSpan.end <= q2.start) gapFrom = q1.speakerSpan.end;
      // (The comma may close the report's quoted words: "said Kerry shared Biden's “grave concerns,” adding, “…”".)
      const gap = (gapFrom === q1.end && /,[”"’]$/.test(q1.text) ? ',' : '') + body.slice(gapFrom, q2.start);
      const frame = gapFrom === q1.end ? gap : gap.replace(/^\s+(?:has\s+|had\s+)?(?:said|says|added|told\s+[^\s,]+|wrote|noted|stated|explained)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?/, '');
      if (gap.length > 120 || !PARTICIPLE_AFTER_REPORT.exec(frame)?.[0].endsWith(cue)) continue;
      if (!owner || q1.start < owner.quote.start) owner = c1;
    }
    if (!owner) continue;
    const q1 = owner.quote;
    // The subject of the reported clause who reports or takes a stance in it ("The Guardian reports that Liam Fox called
    // for …, writing in the Daily Mail", "CNN reported that the US had accused Russia …, citing …"): the participle goes
    // on with that act, not with the relaying report (an inverted frame before it, "…, the source said, adding", is the
    // sayer's whatever the clause holds).
    const inverted = q1.speakerSpan!.start >= q1.end;
    const ofUnnamed = inside(span, q1.speakerSpan!);
    if (!ofUnnamed && !inverted && /^(?:(?:\p{Lu}[\p{L}.’'-]*|the|former|then|[\p{Ll}]+-[\p{Ll}]+)\s+){0,5}$/u.test(body.slice(q1.start, span.start)) && CLAUSE_SPEECH_VERB.test(body.slice(span.end, span.end + 60))) continue;
    // The speaker of a report of its own inside the words ("The Guardian reports that Liam Fox called for …, writing in
    // the Daily Mail", "CNN reported that the US had accused Russia …, citing …") goes on with the participle.
    if (q2.speakerId && all.some((c) => c !== c2 && c !== owner && c.quote.speakerId === q2.speakerId && c.quote.speakerSpan && inside(c.quote.speakerSpan, q1) && c.quote.start >= span.start)) continue;
    if (q1.speakerId === null && !q1.speakerText) continue;
    q2.speakerId = q1.speakerId;
    if (q1.speakerSpan) q2.speakerSpan = { ...q1.speakerSpan };
    if (q1.speakerText) q2.speakerText = q1.speakerText;
    else delete q2.speakerText;
    if (q1.onBehalfOf) q2.onBehalfOf = q1.onBehalfOf;
    else delete q2.onBehalfOf;
  }
}
