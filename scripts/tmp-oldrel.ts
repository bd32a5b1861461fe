// Stage 5, relations: sentences that state MET_WITH or ALLIED_WITH between two named entities.
// Heuristic: a cue (met with, talks between … and …, X's ally Y, alliance with, backs, stood by) and an entity
// slot on each side; a slot entity must head its noun phrase ("U.S. claims" is not the U.S.), and possessive
// pronouns (his, its) take the nearest earlier entity of a fitting type. Nothing without a stating sentence.
// Exists for: "Washington blames Russia's ally Assad" → Russia ALLIED_WITH Assad.
import type { Entity, Relation, RelationType } from '/work/wt-rel/src/extract/types.js';
import type { Sentence } from '/work/wt-rel/src/extract/segment.js';
import type { LinkedMention } from '/work/wt-rel/src/extract/entities.js';
import { ALLY_NOUNS, ALLY_VERBS, MEET_NOUNS, MEET_VERBS } from './tmp-oldlex.js';

const words = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');
const MEET_VERB_RE = new RegExp(`\\b(?:${words(MEET_VERBS)})\\b`, 'g');
// Nouns may open the sentence ("Talks between …"): matched in any case.
const MEET_NOUN_RE = new RegExp(`\\b(?:${words(MEET_NOUNS)})\\b`, 'gi');
const ALLY_VERB_RE = new RegExp(`\\b(?:${words(ALLY_VERBS)})\\b`, 'g');
const ALLY_NOUN_RE = new RegExp(`\\b(?:${words(ALLY_NOUNS)})\\b`, 'g');
// Words that may follow an entity that heads its phrase; anything else (a noun: "U.S. claims") makes it a modifier.
const PHRASE_END = /^(?:[\s]*(?:[,.;:!?)"”’—–]|$)|\s+(?:and|or|for|in|on|at|to|of|over|about|after|before|during|while|who|which|that|this|last|on|since|as|with|was|were|is|are|has|have|had|will|would|could|should|can|may|might|said|says|told|because|but|if|when|where|amid|despite|until|earlier|later|again|also|twice|once|yesterday|today|on|early|late|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/;
const PARTY_TYPES = new Set<Entity['type']>(['Person', 'Country', 'Organization']);

export function extractRelations(body: string, sentences: Sentence[], linked: LinkedMention[], entities: Entity[]): Relation[] {
  const types = new Map(entities.map((e) => [e.id, e.type]));
  const out: Relation[] = [];
  const seen = new Set<string>();
  const emit = (type: RelationType, a: string | null, b: string | null, s: Sentence) => {
    if (!a || !b || a === b) return;
    const key = `${type}|${a < b ? a : b}|${a < b ? b : a}|${s.start}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ type, sourceId: a, targetId: b, evidence: { start: s.start, end: s.end, text: s.text } });
  };
  let mi = 0;
  for (const s of sentences) {
    while (mi < linked.length && linked[mi].start < s.start) mi++;
    const inSentence: LinkedMention[] = [];
    for (let k = mi; k < linked.length && linked[k].start < s.end; k++) if (PARTY_TYPES.has(types.get(linked[k].entityId)!)) inSentence.push(linked[k]);
    if (inSentence.length === 0) continue;
    const ctx = { body, s, mentions: inSentence, types };

    for (const cue of matches(MEET_VERB_RE, s.text)) {
      const after = headAfter(ctx, s.start + cue.end);
      const subject = subjectBefore(ctx, s.start + cue.start);
      emit('MET_WITH', subject, after, s);
    }
    for (const cue of matches(MEET_NOUN_RE, s.text)) {
      const rest = s.text.slice(cue.end);
      const between = /^\s+between\s+/.exec(rest);
      if (between) {
        const a = headAfter(ctx, s.start + cue.end + between[0].length);
        const and = /^[^,.;]{0,60}?\s+and\s+/.exec(s.text.slice(cue.end + between[0].length));
        const b = and ? headAfter(ctx, s.start + cue.end + between[0].length + and[0].length, true) : null;
        emit('MET_WITH', a, b, s);
        continue;
      }
      const withM = /^[^.;]{0,60}?\s+with\s+/.exec(rest);
      if (withM) emit('MET_WITH', subjectBefore(ctx, s.start + cue.start), headAfter(ctx, s.start + cue.end + withM[0].length), s);
    }
    for (const cue of matches(ALLY_NOUN_RE, s.text)) {
      const before = s.text.slice(0, cue.start);
      // "Russia's ally Assad" / "his alliance with Assad"
      const owner = possessorBefore(ctx, before);
      const rest = s.text.slice(cue.end);
      const withM = /^\s+(?:with|of|to)\s+/.exec(rest);
      const target = withM ? headAfter(ctx, s.start + cue.end + withM[0].length) : headAfter(ctx, s.start + cue.end + (/^\s*,?\s*/.exec(rest)?.[0].length ?? 0));
      if (owner) emit('ALLIED_WITH', owner, target, s);
      const between = /^\s+between\s+/.exec(rest);
      if (between) {
        const a = headAfter(ctx, s.start + cue.end + between[0].length);
        const and = /^[^,.;]{0,60}?\s+and\s+/.exec(s.text.slice(cue.end + between[0].length));
        emit('ALLIED_WITH', a, and ? headAfter(ctx, s.start + cue.end + between[0].length + and[0].length, true) : null, s);
      }
    }
    for (const cue of matches(ALLY_VERB_RE, s.text)) {
      const target = headAfter(ctx, s.start + cue.end);
      emit('ALLIED_WITH', subjectBefore(ctx, s.start + cue.start), target, s);
    }
  }
  return out;
}

interface Ctx {
  body: string;
  s: Sentence;
  mentions: LinkedMention[];
  types: Map<string, Entity['type']>;
}

function matches(re: RegExp, text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** The entity that starts the phrase right after `at` and heads it (what follows is punctuation or a function word). */
function headAfter(ctx: Ctx, at: number, endsPair = false): string | null {
  const near = (from: number, m: LinkedMention) => {
    const gap = ctx.body.slice(from, m.start);
    return !/[,.;:!?“”"]/.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= 4;
  };
  let i = ctx.mentions.findIndex((x) => x.start >= at);
  if (i < 0 || !near(at, ctx.mentions[i])) return null;
  // A chain naming one thing ("Russian President Vladimir Putin"): the last link is the head.
  while (i + 1 < ctx.mentions.length && /^\s+(?:[\p{Lu}][\p{L}.]*\s+){0,3}$/u.test(ctx.body.slice(ctx.mentions[i].end, ctx.mentions[i + 1].start))) i++;
  const m = ctx.mentions[i];
  const follow = ctx.body.slice(m.end, Math.min(ctx.s.end, m.end + 40));
  // The second of "between X and Y" ends its phrase unless a capitalised word continues the name.
  if (endsPair && /^\s+\p{Ll}/u.test(follow)) return m.entityId;
  return m.end >= ctx.s.end || PHRASE_END.test(follow) ? m.entityId : null;
}

/** The sentence subject before a cue: the nearest person before it, else the nearest entity heading a phrase. */
function subjectBefore(ctx: Ctx, at: number): string | null {
  const before = ctx.mentions.filter((m) => m.end <= at);
  if (before.length === 0) {
    return null;
  }
  const gap = (m: LinkedMention) => ctx.body.slice(m.end, at);
  // Closest entity whose phrase is not interrupted by a clause boundary.
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i];
    const between = gap(m);
    if (/[;:]|,\s*(?:while|but|and|as)\b/.test(between)) return null;
    if (/^[\s\p{L}’'.,-]*$/u.test(between) && between.split(/\s+/).length <= 8 && !/\b(?:that|who|which)\b/.test(between)) {
      if (ctx.types.get(m.entityId) === 'Person' || PHRASE_END.test(ctx.body.slice(m.end, m.end + 30)) || /^\s+(?:is|was|has|had|will|would)\b/.test(between)) return m.entityId;
    }
  }
  return null;
}

/** "Russia's ally" → Russia; "his alliance" → the nearest earlier person; "its alliance" → nearest country/org. */
function possessorBefore(ctx: Ctx, before: string): string | null {
  const poss = /([\p{L}.]+)['’]s?\s+(?:[\p{Ll}-]+\s+)?$/u.exec(before);
  if (poss) {
    const at = ctx.s.start + poss.index;
    const m = ctx.mentions.find((x) => x.start <= at && x.end >= at + poss[1].length - 1);
    if (m) return m.entityId;
  }
  const pron = /\b(his|her|its|their)\s+(?:[\p{Ll}-]+\s+)?$/u.exec(before);
  if (pron) {
    const at = ctx.s.start + pron.index;
    const wanted = pron[1] === 'its' ? ['Country', 'Organization'] : pron[1] === 'their' ? ['Country', 'Organization', 'Person'] : ['Person'];
    const earlier = ctx.mentions.filter((m) => m.end <= at && wanted.includes(ctx.types.get(m.entityId)!));
    // The owner is the nearest fitting entity that is not the object of a preposition right before "his".
    for (let i = earlier.length - 1; i >= 0; i--) return earlier[i].entityId;
  }
  return null;
}
