// Quotes: a document left as an unnamed source whose issuer the article names — "A White House statement said …", "a
// statement from the Pentagon said …", "Its statement said …", "a ministry statement said …", "The group released a
// statement on Monday. … The statement said …". A document speaks for whoever issued it (docs/wild-sample-quotes.md:
// a named author's document is a named source), read after the steps that resolve bodies by kind and pronouns (quotes.ts):
// the issuer named in the phrase (a modifier, a possessor, "from"/"by" after the noun), else "its" → the body heading
// the words before, a lower-case kind ("a ministry statement") → the latest body of that kind, a definite "the
// statement" → the issuer the earlier sentence names, or its unnamed subject ("The group", "It") read the same way.
// A carrier is no issuer ("a statement carried by IRNA", "a memo obtained by Politico"); with none found, no speaker.
import type { Quote } from '../types.js';
import type { Sentence } from '../segment.js';
import { ISSUED_DOCUMENT_NOUNS, DOCUMENT_MODIFIERS, wordAlternation } from '../lexicon/sources.js';
import { firstFrom, type MentionRef, type SpeakerRef } from './speakers.js';
import { documentIssuer } from './document-issuer.js';
import { BODY_KINDS, latestBodyOfKind } from './kind-antecedent.js';
import { bodyAntecedent } from './predicate-subject.js';

const NOUN = `(?:${wordAlternation(ISSUED_DOCUMENT_NOUNS)})`;
/** A document phrase as a whole source: determiner or possessor, at most five words, the noun, then at most one
 * adjunct ("of the call", "from the White House", "released by …", "issued on Monday"). Anchored, bounded: linear. */
export const DOCUMENT_SOURCE = new RegExp(`^((?:[Aa]nd\\s+|[Bb]ut\\s+)?)((?:[\\p{L}\\d.’'&/-]+\\s+){0,5}?)(${NOUN})(?:\\s+(\\S[^,;:“”"]{0,120}))?$`, 'u');
/** The words heading a document phrase that begin it as a noun phrase: a determiner, a possessive pronoun, or a name. */
const PHRASE_OPENING = /^(?:(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Oo]ne|[Ii]ts|[Tt]heir)\s|\p{Lu})/u;
/** After the noun: the issuer's preposition ("from the Pentagon", "released by the White House", "put out by the ministry"). */
const ISSUER_AFTER = /^(?:(?:(?:was|were)\s+)?(?:issued|released|signed|sent|posted|published|put\s+out|provided|distributed|written|drafted|prepared)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|late\s+\p{Ll}+\s+)?)?(?:by|from)\s+(?:the\s+)?/u;
/** The modifiers allowed between an issuer's name and the noun: "the Pentagon's annual report", "a White House written statement". */
const MODIFIERS_BETWEEN = new RegExp(`^(?:[’']s?)?\\s+(?:(?:${wordAlternation(DOCUMENT_MODIFIERS)})\\s+){0,2}$`, 'u');
/** A country's own voice: "a German government statement" is Germany's; "an Iranian military statement" stays its military's. */
const COUNTRY_VOICE_BETWEEN = /^\s+(?:government\s+)?$/;
/** A lower-case body kind modifying the noun: "a ministry statement", "the group's statement", "a foreign ministry statement". */
const KIND_BEFORE = new RegExp(`^(?:(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Oo]ne)\\s+)?(?:([\\p{Ll}-]+)\\s+)?(${[...BODY_KINDS].join('|')})(?:[’']s)?\\s+(?:(?:${wordAlternation(DOCUMENT_MODIFIERS)})\\s+){0,2}$`, 'u');
/** "The Pentagon in a statement", "the U.S. military in its report": a subject read with its adjunct. */
const SUBJECT_IN_DOCUMENT = new RegExp(`^((?:[Tt]he\\s+)?(?:[\\p{Lu}][\\p{L}.’'&-]*\\s+){1,5}?)in\\s+(?:a|an|its|their)\\s+(?:[\\p{L}-]+\\s+){0,3}${NOUN}$`, 'u');

/** Before an outlet after a report's noun: a day or a month, "in", and at most three words of its kind ("in British newspaper",
 * "Wednesday in the Israeli newspaper"). Anchored, bounded: linear. */
const REPORT_IN = /^(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|(?:this|last)\s+\p{Ll}+\s+|\p{Lu}\p{Ll}+\s+\d{4}\s+)?in\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/u;

/** After a name: a lower-case word that is no preposition, relative or participle of the phrase — a noun the name modifies
 * ("the Russian foreign ministry") — or a coordinator. Anchored: linear. */
const NOUN_AFTER_NAME = /^\s+(?!(?:on|in|at|to|about|last|this|that|which|who|dated|issued|released|posted|published|late|early|earlier|calling|saying|urging)\b)\p{Ll}/u;
/** A one-word name in an adjective's form ("Congressional", "Presidential") is the tagger's slip, no issuer. */
const plausibleName = (m: MentionRef, body: string) => m.type === 'Country' || !/^\p{Lu}\p{Ll}{4,}(?:al|ian|ic|ive)$/u.test(body.slice(m.start, m.end));

const isIssuer = (m: MentionRef) => m.type === 'Person' || m.type === 'Organization' || m.type === 'Country';

/**
 * Every quote whose unnamed source is a document phrase (`speakerText`) and whose issuer the article names: the issuer
 * speaks. A quote whose issuer is not found keeps its words.
 */
export function documentSources(quotes: readonly Quote[], body: string, sentences: readonly Sentence[], mentions: MentionRef[], roles: Map<string, string>, nameOf: (id: string) => string | undefined): void {
  for (const q of quotes) {
    const span = q.speakerSpan;
    if (q.speakerId !== null || !q.speakerText || !span || !q.sentence) continue;
    const issuer = issuerOfPhrase(q, span, body, sentences, mentions, roles, nameOf);
    if (!issuer) continue;
    q.speakerId = issuer;
    delete q.speakerText;
    delete q.onBehalfOf;
  }
}

function issuerOfPhrase(q: Quote, span: { start: number; end: number }, body: string, sentences: readonly Sentence[], mentions: MentionRef[], roles: Map<string, string>, nameOf: (id: string) => string | undefined): string | null {
  const raw = body.slice(span.start, span.end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const at = span.start + lead;
  const subject = SUBJECT_IN_DOCUMENT.exec(text);
  if (!PHRASE_OPENING.test(text)) return null;
  if (subject) {
    const end = at + subject[1].trimEnd().length;
    const m = mentions.find((x) => x.end === end && x.start >= at && isIssuer(x) && /^(?:[Tt]he\s+)?$/.test(body.slice(at, x.start)));
    return m?.entityId ?? null;
  }
  const doc = DOCUMENT_SOURCE.exec(text);
  if (!doc) return null;
  const [, conj, pre, noun, after = ''] = doc;
  const nounAt = at + conj.length + pre.length;
  const afterAt = at + text.length - after.length;
  // 1. After the noun: "a statement from the Pentagon", "a report released by House Democrats" — the name opening the
  // phrase after the preposition heads it ("a statement from Netanyahu's office" is the office's: unnamed).
  const by = ISSUER_AFTER.exec(after);
  if (by) {
    const from = afterAt + by[0].length;
    const m = mentions.find((x) => x.start === from && isIssuer(x));
    // (Not a name modifying a noun after it, "a statement by the Russian foreign ministry", nor one of several.)
    if (m && !/^\s*(?:[’']s?|of)(?![\p{L}])/u.test(body.slice(m.end, m.end + 4)) && !NOUN_AFTER_NAME.test(body.slice(m.end, m.end + 40)) && plausibleName(m, body)) return m.entityId;
    return null;
  }
  // "a report Wednesday in the Israeli newspaper Haaretz": a report or a study in an outlet is the outlet's.
  if (/^(?:report|study)$/.test(noun) && after) {
    const outlet = mentions.find((m) => m.end === at + text.length && m.start >= afterAt && m.type === 'Organization');
    if (outlet && REPORT_IN.test(body.slice(afterAt, outlet.start))) return outlet.entityId;
  }
  // Another adjunct after the noun names no issuer ("carried by IRNA", "obtained by Politico", "read by Barfi", "on the website of the Health Ministry").
  if (after && !/^(?:of\s+(?:the\s+)?(?:call|conversation|meeting|talks?)|(?:issued|released|published|sent|posted|put\s+out)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|late|early|earlier|this|last|today|yesterday)\b[^,]*|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:this|last)\s+\p{Ll}+)$/u.test(after)) return null;
  // 2. A name before the noun: "a White House statement", "Barr’s letter", "the Pentagon's annual report", "a German
  // government statement" (a country's government is the country). Only a name after the determiner, the noun's own
  // modifiers between ("The Levinson family statement" is the family's).
  let named: MentionRef | undefined;
  for (let i = firstFrom(mentions, at); i < mentions.length && mentions[i].end <= nounAt; i++) if (mentions[i].start >= at && isIssuer(mentions[i])) named = mentions[i];
  if (named) {
    const between = body.slice(named.end, nounAt);
    const opening = body.slice(at + conj.length, named.start);
    if (!/^(?:(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Oo]ne|[Aa]nd\s+an?|[Bb]ut\s+an?)\s+(?:(?:[\p{Ll}-]+|\d{4})\s+){0,2})?$/u.test(opening)) return null;
    if (named.type === 'Country') return COUNTRY_VOICE_BETWEEN.test(between) ? named.entityId : null;
    if (!plausibleName(named, body)) return null;
    return MODIFIERS_BETWEEN.test(between) ? named.entityId : null;
  }
  const words = body.slice(at + conj.length, nounAt);
  // 3. "Its statement", "its latest report": the body the words before stand for.
  if (/^[Ii]ts\s/.test(words)) {
    const s = sentences.find((x) => x.start <= at && x.end >= at);
    const ref = s ? bodyAntecedent(s, mentions, sentences, at) : null;
    return ref?.entityId && mentions.some((m) => m.entityId === ref.entityId && (m.type === 'Organization' || m.type === 'Country')) ? ref.entityId : null;
  }
  // 4. A lower-case kind: "a ministry statement", "the group's statement" — the latest body of that kind.
  // (Its own modifier must be in the body's name: "a defence ministry statement" is no Foreign Ministry's.)
  const kind = KIND_BEFORE.exec(words);
  if (kind) {
    const found = latestBodyOfKind(kind[2].toLowerCase(), at, q, body, mentions, nameOf, true);
    const name = found ? (nameOf(found.entityId) ?? '').toLowerCase() : '';
    // (A stem, five letters: "defence" and "Defense" alike.)
    return found && (!kind[1] || name.includes(kind[1].toLowerCase().slice(0, 5))) ? found.entityId : null;
  }
  // 5. "the statement": the issuer the sentence or the few before name, or the unnamed body that issued it.
  if (!/^(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:joint|latest|new|full|written|official|same|actual)\s+)?$/.test(words) || after) return null;
  const s = sentences.find((x) => x.start <= at && x.end >= at);
  if (!s) return null;
  const ref = documentIssuer(noun, '', at, s, at, sentences, mentions, roles, true);
  return ref ? refEntity(ref, q, body, sentences, mentions, nameOf) : null;
}

/** The entity an issuer's ref stands for: named, "it" (the body heading the words before), or "the group" (its kind). */
function refEntity(ref: SpeakerRef, q: Quote, body: string, sentences: readonly Sentence[], mentions: MentionRef[], nameOf: (id: string) => string | undefined): string | null {
  if (ref.entityId) return ref.entityId;
  if (ref.pronoun === 'it') {
    const s = sentences.find((x) => x.start <= ref.start && x.end >= ref.start);
    const body2 = s ? bodyAntecedent(s, mentions, sentences, ref.end + 1) : null;
    return body2?.entityId && mentions.some((m) => m.entityId === body2.entityId && (m.type === 'Organization' || m.type === 'Country')) ? body2.entityId : null;
  }
  const kind = body.slice(ref.start, ref.end).split(/\s+/).at(-1);
  return kind && BODY_KINDS.has(kind) ? latestBodyOfKind(kind, ref.start, q, body, mentions, nameOf)?.entityId ?? null : null;
}
