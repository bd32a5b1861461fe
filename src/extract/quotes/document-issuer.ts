// Quotes: the issuer of a statement that a quote is attributed to — "Huawei issued a statement on Monday. “The company
// has been provided very little information,” the statement said." A definite "the statement" points back to the
// statement the sentence or the two before introduce, and whoever issued that one speaks: the subject of "issued a
// statement" / "said in a statement" / "…, in a statement, said", the name after "a statement from", or the name
// modifying the noun ("a White House statement", "the Pentagon statement said"). With no issuer named, no speaker.
import type { Sentence } from '../segment.js';
import { firstFrom, speakerFromText, subjectBefore, type MentionRef, type SpeakerRef } from './speakers.js';
import { BODY_KINDS } from './kind-antecedent.js';

/** The document nouns a definite phrase points back with, and the nouns that introduce the same document. */
const DOCUMENT_NOUNS: Record<string, RegExp> = {
  statement: /\b(?:statement|press\s+release)\b/g,
  communique: /\b(?:communiqu[eé]|statement)\b/g,
  communiqué: /\b(?:communiqu[eé]|statement)\b/g,
  release: /\b(?:press\s+release|statement)\b/g,
  letter: /\bletter\b/g,
  memo: /\bmemo(?:randum)?\b/g,
  // A report or study speaks for whoever wrote it: "the Pentagon’s annual report", "a report released by the panel".
  report: /\breport\b/g,
  study: /\bstudy\b/g,
};
/** After the closing mark: "the statement said", "the White House statement read", "the joint communique added" (any
 * document's noun: "the tweet said", "the DHS analysis states"; those DOCUMENT_NOUNS lacks point back to no issuer). */
export const DOCUMENT_AFTER_QUOTE = /^\s*,?\s*(?:the|this|that)\s+((?:[\p{L}.’'-]+\s+){0,3}?)(statement|communiqu[eé]|release|letter|memo|report|study|document|tweet|post|analysis|assessment|cable|bulletin|editorial|article|filing|indictment|complaint|notice|message|email|survey|resolution|declaration)\s+(?:also\s+|further\s+|then\s+|later\s+)?(said|says|read|reads|added|adds|stated|states|noted|notes|continued|continues|declared|concluded|explained|warned)\b/u;
/** A speaker's whole phrase that is a definite document: "the statement", "The joint communique", "the Pentagon statement". */
export const DOCUMENT_PHRASE = /^(?:the|this|that)\s+((?:[\p{L}.’'-]+\s+){0,3}?)(statement|communiqu[eé]|release|letter|memo|report|study|document|tweet|post|analysis|assessment|cable|bulletin|editorial|article|filing|indictment|complaint|notice|message|email|survey|resolution|declaration)$/iu;
/** Before the document noun: a verb of issuing, or a speech verb and "in" ("issued a joint statement", "said in a written
 * statement"), or a verb of stance, its short object and "in" ("The Kremlin voiced its hope in a statement that …"). */
const ISSUED_BEFORE = /(?:^|\s)(?:(?:also\s+)?(?:issued|issues|released|releases|put\s+out|published|sent|posted|circulated|distributed|signed|wrote)|(?:said|says|wrote|writes|added|stated|announced|declared|noted|warned|explained)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|earlier|later))?,?\s+in|(?:voiced|expressed|reiterated|welcomed|condemned|denounced|rejected|confirmed|acknowledged|defended|criticized|criticised|praised|urged|demanded)\s+(?:[\p{L}’'-]+\s+){1,4}?in)\s+(?:a|an|its|his|her|their|the)\s+(?:[\p{L}\d’'-]+\s+){0,3}$/u;
/** "The State Department, in a statement, said …" / "In a statement, the firm said …": the document as an adjunct. */
const IN_ADJUNCT_BEFORE = /(?:^|,\s*|\s)[Ii]n\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}\d’'-]+\s+){0,3}$/u;
/** After an adjunct document noun: the rest of the adjunct, a comma, then the subject (sentence-initial adjunct) or the cue. */
const CUE_AFTER_ADJUNCT = /^[^,;:“”"]{0,60},\s((?:[^,;:“”"\s]+\s){0,8}?)(?:also\s)?(?:said|says|added|stated|announced|declared|noted|warned|wrote|explained|insisted|argued|urged|called|condemned|denied|confirmed)\b/u;
/** After the noun: "a statement from the Pentagon", "a letter signed by 40 senators" — the name right after. */
const FROM_AFTER = /^\s+(?:(?:issued|released|signed|sent|posted|published)\s+)?(?:by|from)\s+(?:the\s+)?/u;
/** A modifier naming the issuer just before the noun: "a White House statement", "Huawei's statement". */
const DETERMINED_BEFORE = /(?:^|\s)(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|in\s+a)\s+(?:[\p{L}\d.’'-]+\s+){0,4}$/u;

/** How many sentences back a chain of definite mentions may lead ("The statement urged …" after "X issued a statement"). */
const MAX_BACK = 20;
/** Just before a document noun: a definite article or demonstrative, at most two words between ("The joint statement"). */
const DEFINITE_BEFORE = /(?:^|[^\p{L}])(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

const isIssuer = (m: MentionRef) => m.type === 'Person' || m.type === 'Organization' || m.type === 'Country';

/** The mention that [from, to) holds entirely, the last one; a speaker ref for it. */
function mentionWithin(mentions: MentionRef[], from: number, to: number, startAt?: number): SpeakerRef | null {
  let best: MentionRef | undefined;
  for (let i = firstFrom(mentions, from); i < mentions.length && mentions[i].start < to; i++) {
    const m = mentions[i];
    if (m.end <= to && isIssuer(m) && (startAt === undefined || m.start === startAt)) best = m;
  }
  return best ? { start: best.start, end: best.end, entityId: best.entityId } : null;
}

/** Where the issuer's phrase after "from"/"by" ends: an adjunct, a relative or a participle. */
const FROM_PHRASE_END = /\s(?:on|in|at|last|this|that|which|who|to|\p{Ll}+ing)(?![\p{L}])/u;
/** A preposition or a conjunction right before a name: the name is no subject ("the coalition fighting ISIS in Iraq and Syria said"). */
const GOVERNED = /(?:^|\s)(?:in|of|and|or|for|from|at|to|with|by|on|against|about|between|among)\s+(?:the\s+)?$/i;

/** An unnamed body as the subject ending the words before an issuing verb: "It", "The group", "the foreign ministry" — its
 * clause's first words (a sentence's, or after a comma or a coordinator). Anchored at the end, bounded: linear. */
export const UNNAMED_SUBJECT = new RegExp(`(?:^|[.;:]\\s+|,\\s+|\\s(?:and|but)\\s+)(It|it|[Tt]he\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${[...BODY_KINDS].join('|')}))(?:\\s+(?:also|later|then|on\\s+\\p{Lu}\\p{Ll}+day))?\\s*$`, 'u');

/** The unnamed body subjecting the words `text` (at `offset`) end with: a pronoun ref for "it", an unnamed ref for a kind. */
function unnamedSubject(text: string, offset: number): SpeakerRef | null {
  // (The last words only: the subject ends them.)
  const cut = Math.max(0, text.length - 80);
  const m = UNNAMED_SUBJECT.exec(text.slice(cut));
  if (!m || (cut > 0 && m.index === 0 && /\p{L}/u.test(text[cut - 1]))) return null;
  const start = offset + cut + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length, entityId: null, ...(/^it$/i.test(m[1]) ? { pronoun: 'it' } : {}) };
}

/** The named issuer of the document whose noun is at [at, at+len) of sentence t; null when none is named. The order
 * is the grammar's: the subject who issued or spoke in it first ("Trump said in a statement released by the White
 * House" is Trump's), then the person or body after "from"/"by", then a name modifying the noun. */
function issuerAt(t: Sentence, at: number, len: number, mentions: MentionRef[], roles: Map<string, string>, unnamed = false): SpeakerRef | null {
  const before = t.text.slice(0, at);
  const after = t.text.slice(at + len, at + len + 200);
  // The patterns before the noun read its last words only (bounded: linear).
  const near = Math.max(0, at - 120);
  const tail = t.text.slice(near, at);
  const abs = t.start;
  const subjectOf = (text: string, offset: number): SpeakerRef | null => {
    const subject = subjectBefore(text, offset, mentions, roles);
    return subject?.entityId && !GOVERNED.test(t.text.slice(Math.max(0, subject.start - abs - 40), subject.start - abs)) ? subject : null;
  };
  // "a statement from the president", "a statement from the Pentagon": the person or body right after "from"/"by".
  const from = FROM_AFTER.exec(after);
  const fromAt = from ? at + len + from[0].length : -1;
  // (The phrase ends before an adjunct, a relative or a participle: "a statement from the Afghan Taliban condemning …".)
  const fromWords = from ? /^[^,.;:“”"()]{1,60}/.exec(t.text.slice(fromAt))?.[0] : undefined;
  const fromEnd = fromWords ? FROM_PHRASE_END.exec(fromWords) : null;
  const fromPhrase = fromWords?.slice(0, fromEnd ? fromEnd.index : fromWords.length);
  // The name heading the phrase ends it ("the Afghan Taliban" is the Taliban's); a role the article ties to a person
  // ("the president") is read as a speaker's is.
  const phraseEnd = fromPhrase ? abs + fromAt + fromPhrase.trimEnd().length : -1;
  const head = fromPhrase ? mentions.find((m) => m.end === phraseEnd && m.start >= abs + fromAt && isIssuer(m)) : undefined;
  const fromSpeaker = head ? { start: head.start, end: head.end, entityId: head.entityId } : fromPhrase ? speakerFromText(fromPhrase, abs + fromAt, mentions, roles, 'last') : null;
  // (A name after a title opens the phrase too: "a report issued by Rep. Chris Murphy, D-Conn." — the title's period ends no phrase.)
  const titled = from && !fromSpeaker?.entityId ? mentions.find((m) => m.start >= abs + fromAt && m.start <= abs + fromAt + 12 && isIssuer(m) && /^\p{Lu}\p{Ll}{1,4}\.\s+$/u.test(t.text.slice(fromAt, m.start - abs))) : undefined;
  const fromFound = titled ? { start: titled.start, end: titled.end, entityId: titled.entityId } : fromSpeaker;
  const fromOk = fromFound?.entityId && fromFound.start >= abs + fromAt && !/^[’']s\b/.test(t.text.slice(fromFound.end - abs)) && mentions.some((m) => m.entityId === fromFound.entityId && isIssuer(m)) ? fromFound : null;
  if (fromOk && mentions.some((m) => m.entityId === fromOk.entityId && m.type === 'Person')) return fromOk;
  // "Huawei issued a statement", "The ministry said in a statement": the subject before the verb.
  const issued = ISSUED_BEFORE.exec(tail);
  if (issued) {
    const subject = subjectOf(before.slice(0, near + issued.index), abs) ?? (unnamed ? unnamedSubject(before.slice(0, near + issued.index), abs) : null);
    if (subject) return subject;
  }
  // "The State Department, in a statement, said" / "In a statement, the firm said": the subject around the adjunct.
  const adjunct = IN_ADJUNCT_BEFORE.exec(tail);
  const cue = adjunct ? CUE_AFTER_ADJUNCT.exec(after) : null;
  if (adjunct && cue) {
    const head = before.slice(0, near + adjunct.index).replace(/[\s,]+$/, '');
    if (head && !cue[1].trim()) {
      const subject = subjectOf(head, abs) ?? (unnamed ? unnamedSubject(head, abs) : null);
      if (subject) return subject;
    } else if (!/\p{L}/u.test(head) && cue[1].trim()) {
      // (The adjunct holds no comma: the first one ends it, and the subject follows.)
      const comma = /,\s/.exec(cue[0])!;
      const subject = subjectOf(cue[1], abs + at + len + comma.index + comma[0].length) ?? (unnamed ? unnamedSubject(cue[1].trimEnd(), abs + at + len + comma.index + comma[0].length) : null);
      if (subject) return subject;
    }
  }
  if (fromOk) return { start: fromOk.start, end: fromOk.end, entityId: fromOk.entityId };
  // "a White House statement", "Huawei's statement": a name among the few words before the noun, after a determiner.
  const det = DETERMINED_BEFORE.exec(tail);
  if (det) {
    const named = mentionWithin(mentions, abs + near + det.index, abs + at);
    if (named && /^(?:[’']s)?\s+(?:[\p{L}\d-]+\s+){0,2}$/u.test(t.text.slice(named.end - abs, at))) return named;
  }
  return null;
}

/**
 * The speaker of "“…,” the statement said" framing a quote that opens at `quoteAt` in sentence `s`: the name in the
 * phrase's modifier (`modifier` at `modifierAt`), else the issuer of the last statement the sentence (before the quote)
 * or the two before introduce. Null when none is named there: the cue then frames the quote for no one.
 */
export function documentIssuer(noun: string, modifier: string, modifierAt: number, s: Sentence, quoteAt: number, sentences: readonly Sentence[], mentions: MentionRef[], roles: Map<string, string>, unnamed = false): SpeakerRef | null {
  if (modifier.trim()) {
    // "the White House statement", "the ministry's statement": the name modifying the noun, nothing else in the phrase.
    const named = mentionWithin(mentions, modifierAt, modifierAt + modifier.length);
    return named && /^(?:[’']s)?\s*$/.test(modifier.slice(named.end - modifierAt)) ? named : null;
  }
  const nouns = DOCUMENT_NOUNS[noun.toLowerCase()];
  if (!nouns) return null;
  let k = sentences.findIndex((t) => t.start === s.start);
  if (k < 0) return null;
  // The sentence and the two before; a definite mention there ("The statement urged …") points further back in turn,
  // three sentences more from it (twenty in all at most: a report the article keeps citing).
  let reach = 3;
  for (let n = 0; n < reach && n < MAX_BACK && k >= 0; n++, k--) {
    const t = sentences[k];
    const to = n === 0 ? quoteAt - t.start : t.text.length;
    const hits = [...t.text.slice(0, to).matchAll(nouns)];
    // The newest mention of the document first; a sentence that names it with no issuer ends the search, unless that
    // mention is definite itself.
    for (let h = hits.length - 1; h >= 0; h--) {
      const hit = hits[h];
      const issuer = issuerAt(t, hit.index, hit[0].length, mentions, roles, unnamed);
      if (issuer) return issuer;
    }
    if (!hits.length) continue;
    if (!DEFINITE_BEFORE.test(t.text.slice(Math.max(0, hits[0].index - 30), hits[0].index))) return null;
    reach = n + 4;
  }
  return null;
}

/** A report's unnamed source that is a definite document ("…, the statement said.", "The statement said …", "according
 * to the statement"): its issuer, when named (documentIssuer), else the source as it was. */
export function issuerOfDocumentSource(speaker: SpeakerRef, body: string, s: Sentence, sentences: readonly Sentence[], mentions: MentionRef[], roles: Map<string, string>): SpeakerRef {
  if (speaker.entityId || speaker.pronoun) return speaker;
  const phrase = DOCUMENT_PHRASE.exec(body.slice(speaker.start, speaker.end).trim());
  if (!phrase) return speaker;
  const at = speaker.start + body.slice(speaker.start, speaker.end).search(/\S/);
  const modifierAt = at + phrase[0].indexOf(phrase[1] || phrase[2], phrase[0].search(/\s/));
  return documentIssuer(phrase[2], phrase[1], modifierAt, s, at, sentences, mentions, roles) ?? speaker;
}
