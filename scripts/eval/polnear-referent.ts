// Strict PolNeAR speaker scoring: which entity a gold source span names, decided from the gold span and the article.
// A predicted speaker is credited only when it is that entity (or, for a source naming no entity, when our quote
// names no entity either but points at the same words). How the referent of a source is decided, in this order:
// 1. Names inside the span: the entity mentions lying in the source span, minus those that are not its head — the
//    object of a preposition ("An attorney for Pagliano, Mark MacDougall" → not Pagliano), a possessor ("Clinton's
//    spokesman Brian Fallon" → not Clinton) or a noun modifier ("Clinton campaign chairman John Podesta"). Persons
//    win over bodies ("White House press secretary Sean Spicer" → Spicer); coordinated persons ("Trump and Pence")
//    are each the referent.
// 2. A relative pronoun ("Mr. Kamin, who emphasized …"): the head name right before it, past at most one
//    parenthesis or appositive.
// 3. A personal pronoun: he/she/his/her — the nearest person mention before it whose given name does not contradict
//    the pronoun's gender, skipping mentions inside attributed content (a pronoun does not point into quoted words);
//    it — the nearest organization or country mention before it, same skips; I/we — the referent of the attribution
//    whose content holds the pronoun ("“I told him …,” Trump said"), else none (the author). "they" has none: its
//    antecedent is a group, not an entity we name.
// 4. A definite role ("the mayor", "The Democratic presidential nominee"): the nearest person mention before the
//    source that the article ties to the same words, as a title right before the name ("Democratic presidential
//    nominee Hillary Clinton", but not "Democratic vice presidential nominee Tim Kaine": no other lower-case modifier
//    may precede the words) or as an appositive right after it ("Clinton, the Democratic presidential nominee");
//    time words (former, then, current …) are ignored on both sides. A body named by its head noun ("the fund") is
//    the nearest organization mention before it whose name ends with that noun (the International Monetary Fund).
// 5. Otherwise the source names no entity ("a senior administration official", "sources", "the poll").
import type { Entity, ExtractionResult, Quote } from '../../src/extract/types.js';
import { genderOfGivenName } from '../../src/extract/lexicon/names.js';

export type Referent = { kind: 'entities'; ids: Set<string>; how: string } | { kind: 'none'; how: string };

export interface GoldSource {
  start: number;
  end: number;
  /** Spans of every attribution's content in the article, to skip mentions inside quoted words. */
  contents: number[][];
  /** The referent of the attribution whose content holds [start, end), for first-person pronouns. */
  outer?: () => Referent;
}

const PREPOSITION_BEFORE = /\b(?:for|of|at|with|to|from|by|in|on|under|about|against|behind|near|within|inside|among|between|like|than|toward|towards|via)\s+(?:the\s+)?$/i;
const POSSESSIVE_AFTER = /^['’]s?(?!\p{L})/u;
/** A lower-case word after a name that is not a noun it modifies. */
const NOT_A_HEAD_NOUN = /^\s+(?:and|or|himself|herself|itself|themselves|who|which|that|also|too|both|alone|jr|sr|said|says|told|added)\b/;
const TIME_WORDS = new Set(['former', 'then', 'current', 'longtime', 'acting', 'incoming', 'outgoing', 'now', 'late']);
/** Lower-case words that may stand right before a title without modifying it ("said presidential nominee Clinton"). */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'said', 'says', 'told', 'and', 'or', 'but', 'with', 'by', 'from', 'to', 'for', 'that', 'as', 'when', 'while', 'than', 'of', 'at', 'in', 'on']);

type Mention = { start: number; end: number; entity: Entity };

function mentionsOf(result: ExtractionResult): Mention[] {
  const out: Mention[] = [];
  for (const e of result.entities) if (e.type !== 'Event') for (const m of e.mentions) out.push({ start: m.start, end: m.end, entity: e });
  return out.sort((a, b) => a.start - b.start);
}

const memo = new WeakMap<ExtractionResult, Mention[]>();
const allMentions = (r: ExtractionResult) => memo.get(r) ?? memo.set(r, mentionsOf(r)).get(r)!;

/** Whether a mention is the head of the noun phrase it sits in, judged from the words around it up to `limit`. */
function isHead(body: string, m: Mention, from: number, limit: number): boolean {
  if (PREPOSITION_BEFORE.test(body.slice(Math.max(from, m.start - 40), m.start))) return false;
  const after = body.slice(m.end, Math.max(m.end, limit));
  // A possessor is not the head unless the span ends with it ("Stumpf’s" said …: the source is Stumpf).
  if (POSSESSIVE_AFTER.test(after) && /\p{L}/u.test(after.replace(POSSESSIVE_AFTER, ''))) return false;
  if (/^\s+\p{Ll}/u.test(after) && !NOT_A_HEAD_NOUN.test(after)) return false;
  return true;
}

function headNames(body: string, ms: Mention[], ss: number, se: number): Mention[] {
  const inside = ms.filter((m) => m.start >= ss && m.end <= se && isHead(body, m, ss, se));
  const persons = inside.filter((m) => m.entity.type === 'Person');
  return persons.length ? persons : inside;
}

const inContent = (m: { start: number; end: number }, contents: number[][]) => contents.some(([cs, ce]) => m.start >= cs && m.end <= ce);

export function sourceReferent(result: ExtractionResult, body: string, g: GoldSource): Referent {
  const ms = allMentions(result);
  const { start: ss, end: se } = g;
  const text = body.slice(ss, se).trim();
  const lower = text.toLowerCase();
  const ids = (found: Mention[], how: string): Referent => (found.length ? { kind: 'entities', ids: new Set(found.map((m) => m.entity.id)), how } : { kind: 'none', how });

  if (/^(?:who|which|that)$/.test(lower)) {
    const before = ms.filter((m) => m.end <= ss && /^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s+[^,;:.“”"]{1,60})?[,—–]?\s*$/.test(body.slice(m.end, ss)));
    const nearest = before.at(-1);
    return ids(nearest && isHead(body, nearest, nearest.start - 40, ss) ? [nearest] : [], 'relative');
  }
  if (/^(?:he|she|his|her|him)$/.test(lower)) {
    const want = /^(?:he|his|him)$/.test(lower) ? 'm' : 'f';
    const nearest = ms.filter((m) => m.entity.type === 'Person' && m.end <= ss && !inContent(m, g.contents) && compatible(m.entity, want)).at(-1);
    return ids(nearest ? [nearest] : [], 'pronoun');
  }
  if (/^(?:it|its)$/.test(lower)) {
    const nearest = ms.filter((m) => m.entity.type !== 'Person' && m.end <= ss && !inContent(m, g.contents)).at(-1);
    return ids(nearest ? [nearest] : [], 'pronoun');
  }
  if (/^(?:i|we|me|my|our|us)$/.test(lower)) return g.outer?.() ?? { kind: 'none', how: 'author' };
  if (/^(?:they|them|their)$/.test(lower)) return { kind: 'none', how: 'group' };

  const heads = headNames(body, ms, ss, se);
  if (heads.length) return ids(heads, 'name');

  const role = /^(?:the|The)\s+(.+)$/su.exec(text);
  if (role) return ids(roleHolder(body, ms, ss, role[1]), 'role');
  return { kind: 'none', how: 'unnamed' };
}

function compatible(e: Entity, want: 'm' | 'f'): boolean {
  const g = genderOfGivenName(e.name.split(/\s+/)[0]);
  return !g || g === want;
}

/** The words of a phrase as written, time words left out. */
const words = (s: string) => s.split(/[^\p{L}\p{N}'’.-]+/u).filter((w) => w && !TIME_WORDS.has(w.toLowerCase()));

/** The nearest mention before `ss` the article ties to the role's words (a title before the name or an appositive after it). */
function roleHolder(body: string, ms: Mention[], ss: number, roleText: string): Mention[] {
  const role = words(roleText);
  if (!role.length) return [];
  const noun = role.at(-1)!.toLowerCase();
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k];
    if (m.end > ss) continue;
    if (m.entity.type === 'Organization') {
      if (role.length === 1 && new RegExp(`\\b${escapeRegExp(noun)}$`, 'i').test(m.entity.name)) return [m];
      continue;
    }
    if (m.entity.type !== 'Person') continue;
    // Title: the role's words end right before the name, and the word before them is no other lower-case modifier.
    // An abbreviated title is the role's word ("Sen. Ted Cruz" is "the senator"): spelled out before the sentence split.
    const before = words(spellTitles(body.slice(Math.max(0, m.start - 120), m.start)).split(/[.;:!?\n]/).at(-1) ?? '');
    // A title written in lower case ("presidential nominee Clinton") must not carry another modifier ("vice presidential nominee").
    const titled = endsWith(before, role) && (!/^\p{Ll}/u.test(before[before.length - role.length]) || !isModifier(before[before.length - role.length - 1]));
    // Appositive: "Clinton, the Democratic nominee," — the role's words right after the name and its comma.
    const apposition = /^,\s+(?:the\s+|a\s+)?([^,;:.()“”"]{1,80})/iu.exec(body.slice(m.end, m.end + 100));
    const apposed = !!apposition && sameWords(words(apposition[1]), role);
    if (titled || apposed) return [m];
  }
  return [];
}

/** Abbreviated titles before a name, spelled out: their period ends no sentence. */
const TITLE_WORDS: Record<string, string> = { Sen: 'Senator', Gov: 'Governor', Gen: 'General', Amb: 'Ambassador' };
const spellTitles = (s: string) => s.replace(/\b(Sen|Gov|Gen|Amb)\.(?=\s)/g, (_, t: string) => TITLE_WORDS[t]);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const endsWith = (ws: string[], tail: string[]) => ws.length >= tail.length && tail.every((w, i) => same(ws[ws.length - tail.length + i], w));
const sameWords = (ws: string[], role: string[]) => ws.length >= role.length && role.every((w, i) => same(ws[i], w)) && (ws.length === role.length || /^(?:of|for|in|at|to)$/i.test(ws[role.length]));
const isModifier = (w: string | undefined) => !!w && /^\p{Ll}/u.test(w) && !FUNCTION_WORDS.has(w);

/** Whether the quote's speaker is the gold source's referent; a source naming no entity accepts only an unnamed speaker pointing at its words. */
export function speakerIsReferent(quote: Quote, ref: Referent, g: GoldSource): boolean {
  if (ref.kind === 'entities') return !!quote.speakerId && ref.ids.has(quote.speakerId);
  const span = quote.speakerSpan;
  return quote.speakerId === null && !!span && span.start < g.end && span.end > g.start;
}
