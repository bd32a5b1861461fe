// PolNeAR dev: attributions (source, cue, content) against our quotes, direct and reported separately, scored twice.
// Strict (the figures the targets apply to): gold content is direct when it is wholly inside quotation marks (“…”,
// "…" or ''…''). A predicted quote of the gold's own kind matches when its span covers ≥ 50% of the gold content span
// and ≥ 50% of itself lies inside it, or — for a split quote ("…," said X, "…") — when parts of that kind lying inside
// it cover it together; a quote of the other kind is no match (a wrong `direct` flag is an error). Its speaker is
// right only when it is the entity the gold source names, decided as written at the top of ./polnear-referent.ts
// (the head name of the source, or the entity the article ties a pronoun or role to). Every predicted quote not
// matched is an extra, quotes nested inside a matched attribution's content included.
// Lenient (the old figures, printed beside for continuity): a quote of the other kind may match; a speaker is right
// when one of its mentions overlaps the gold source span, or ends right before a relative pronoun source ("Mr.
// Kamin, who emphasized …"), or — where the gold source is a role ("the mayor") — when our quote names its speaker by
// those words and our speaker holds the role's noun, or, where the gold source is a personal pronoun, when the
// speaker is the entity of the nearest person mention before that pronoun (skipping mentions inside attributed
// content and people whose given name contradicts the pronoun); quoted words nested in a matched attribution count
// neither way.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExtractionResult, Quote } from '../../src/extract/types.js';
import { SHARED } from './common.js';
import { genderOfGivenName } from '../../src/extract/lexicon/names.js';
import { rolesOf } from '../../src/extract/quotes/speakers.js';
import { scorePart, type EvalPart, type Extractor } from './types.js';
import { sourceReferent, speakerIsReferent, type GoldSource, type Referent } from './polnear-referent.js';

type Mode = 'strict' | 'lenient';

interface Attribution {
  file: string;
  annotator: string;
  source?: string;
  source_offsets?: number[][];
  cue?: string;
  cue_offsets?: number[][];
  content: string;
  content_offsets: number[][];
}

const PRONOUN = /^(?:he|she|they|i|we|it|his|her|their)$/i;
/** Words of a role description that name no role: "the former …", "current", "longtime". */
const ROLE_QUALIFIERS = new Set(['former', 'current', 'then', 'longtime', 'acting', 'incoming', 'outgoing', 'democratic', 'republican', 'state\'s']);

export function evalPolnear(extract: Extractor): EvalPart[] {
  // POLNEAR_SPLIT=train scores polnear-train instead (for checking that a rule generalises; targets apply to dev).
  const dir = process.env.POLNEAR_SPLIT === 'train' ? path.join(SHARED, 'train', 'polnear-train') : path.join(SHARED, 'gold', 'polnear-dev');
  const all = readFileSync(path.join(dir, 'attributions.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Attribution);
  const firstAnnotator = new Map<string, string>();
  for (const a of all) if (!firstAnnotator.has(a.file)) firstAnnotator.set(a.file, a.annotator);
  // A few records have source and cue swapped by the annotator (source "said", cue "Robert McAtee, one of …"): swap back.
  for (const a of all) {
    if (/^(?:said|says|say|told|added|wrote)$/i.test(a.source?.trim() ?? '') && a.cue_offsets?.length && /\p{Lu}/u.test(a.cue ?? '')) {
      [a.source, a.cue] = [a.cue, a.source];
      [a.source_offsets, a.cue_offsets] = [a.cue_offsets, a.source_offsets];
    }
  }
  const byFile = new Map<string, Attribution[]>();
  for (const a of all) if (a.annotator === firstAnnotator.get(a.file) && a.content_offsets?.length) (byFile.get(a.file) ?? byFile.set(a.file, []).get(a.file)!).push(a);

  const articles = [...byFile].map(([file, attrs]) => {
    const body = readFileSync(path.join(dir, 'text', `${file}.txt`), 'utf8');
    return { file, attrs, body, result: extract({ id: file, url: null, title: '', publishedAt: null, source: null, body }) };
  });
  const strict = score('strict', articles);
  const lenient = score('lenient', articles);
  return strict.map((p, i) => ({ ...p, lenient: lenient[i] }));
}

function score(mode: Mode, articles: { file: string; attrs: Attribution[]; body: string; result: ExtractionResult }[]): EvalPart[] {
  // POLNEAR_DUMP=file writes one JSON line per gold attribution and per extra quote (strict), for studying misses by hand.
  const dump: string[] = [];
  const note = (o: object) => mode === 'strict' && process.env.POLNEAR_DUMP && dump.push(JSON.stringify(o));
  const c = { direct: { tp: 0, fp: 0, fn: 0, ctp: 0, misses: [] as string[] }, reported: { tp: 0, fp: 0, fn: 0, ctp: 0, misses: [] as string[] } };
  for (const { file, attrs, body, result } of articles) {
    const contents = attrs.map((a) => [Math.min(...a.content_offsets.map((o) => o[0])), Math.max(...a.content_offsets.map((o) => o[1]))]);
    const used = new Set<number>();
    const matched = new Set<number>();
    for (const [ai, a] of attrs.entries()) {
      const gs = Math.min(...a.content_offsets.map((o) => o[0]));
      const ge = Math.max(...a.content_offsets.map((o) => o[1]));
      const content = body.slice(gs, ge).trim();
      // A content may be discontinuous ("''This isn't tax reform,'' said X, an economist …. ''It's anti-reform.''"):
      // its pieces, not the attribution between them, are what a quote must cover. It is direct when its pieces open
      // and close with quotation marks; some archives write the double mark as two apostrophes (''…'').
      const pieces = [...a.content_offsets].sort((x, y) => x[0] - y[0]);
      // Some spans start one character late, on the second apostrophe of a doubled mark ('Perhaps …''): widen them.
      if (body[pieces[0][0]] === "'" && body[pieces[0][0] - 1] === "'" && body[pieces[0][0] + 1] !== "'") pieces[0] = [pieces[0][0] - 1, pieces[0][1]];
      const joined = pieces.map(([s, e]) => body.slice(s, e)).join(' ').trim();
      const direct = /^(?:[“"]|'')/.test(joined) && /(?:[”"]|'')$/.test(joined);
      const kind = direct ? c.direct : c.reported;
      const group = matchingQuotes(result, used, direct, pieces, mode);
      const overlapping = () => result.quotes.filter((q) => q.start < ge && q.end > gs).map((q) => `${q.direct ? 'D' : 'R'} ${q.rule ?? q.cue} ${q.speakerId} :: ${q.text.slice(0, 120)}`);
      const record = { file, direct, cue: a.cue, source: a.source, content: content.slice(0, 200), context: body.slice(Math.max(0, gs - 150), ge + 80) };
      if (!group.length) {
        // For study: the entity of ours naming the gold source, if any (a miss we could have found).
        const ss = a.source_offsets?.length ? Math.min(...a.source_offsets.map((o) => o[0])) : -1;
        const se = a.source_offsets?.length ? Math.max(...a.source_offsets.map((o) => o[1])) : -1;
        const sourceEntity = result.entities.find((e) => e.type !== 'Event' && e.mentions.some((m) => m.start < se && m.end > ss))?.id ?? null;
        note({ ...record, status: 'missed', sourceEntity, predicted: overlapping() });
        kind.fn++;
        if (kind.misses.length < 3000) kind.misses.push(`missed [${a.source ?? '?'}] ${content.slice(0, 90)}`);
        continue;
      }
      for (const k of group) used.add(k);
      matched.add(ai);
      const idx = group.find((k) => result.quotes[k].speakerId) ?? group[0];
      kind.ctp++;
      let right: boolean;
      let referent: Referent | null = null;
      if (mode === 'strict') {
        const gold = goldSource(attrs, ai, body, contents, result);
        referent = gold ? sourceReferent(result, body, gold) : null;
        // Every part of a split quote must carry the right speaker.
        right = !!gold && !!referent && group.every((k) => speakerIsReferent(result.quotes[k], referent!, gold));
      } else right = speakerMatches(result, result.quotes[idx], a, body, contents);
      note({ ...record, status: right ? 'ok' : 'wrong-speaker', speaker: result.quotes[idx].speakerId, referent: referent && (referent.kind === 'entities' ? [...referent.ids] : null), how: referent?.how, predicted: overlapping() });
      if (right) kind.tp++;
      else {
        kind.fn++;
        kind.fp++;
        if (kind.misses.length < 3000) kind.misses.push(`wrong speaker ${result.quotes[idx].speakerId} for [${a.source ?? '?'}] ${content.slice(0, 60)}`);
      }
    }
    // Lenient only: quoted words inside an attribution already matched ("Trump called her “unfit” …") count neither way.
    const matchedSpans = attrs.filter((_a, i) => matched.has(i)).map((a) => [Math.min(...a.content_offsets.map((o) => o[0])), Math.max(...a.content_offsets.map((o) => o[1]))]);
    result.quotes.forEach((q, k) => {
      if (used.has(k)) return;
      if (mode === 'lenient' && matchedSpans.some(([s, e]) => q.start >= s && q.end <= e)) return;
      const kind = q.direct ? c.direct : c.reported;
      kind.fp++;
      note({ file, direct: q.direct, status: 'extra', speaker: q.speakerId, cue: q.cue, rule: q.rule, content: q.text.slice(0, 200), context: body.slice(Math.max(0, q.start - 150), q.end + 80) });
      if (kind.misses.length < 3000) kind.misses.push(`extra ${q.speakerId}: ${q.text.slice(0, 90)}`);
    });
  }
  if (mode === 'strict' && process.env.POLNEAR_DUMP) writeFileSync(process.env.POLNEAR_DUMP, dump.join('\n') + '\n');
  return [
    scorePart('polnear/direct speaker+content', c.direct.tp, c.direct.fp, c.direct.fn, c.direct.misses, { metric: 'f1', min: 0.85 }),
    scorePart('polnear/reported speaker+content', c.reported.tp, c.reported.fp, c.reported.fn, c.reported.misses, { metric: 'f1', min: 0.55 }),
    scorePart('polnear/direct content only', c.direct.ctp, c.direct.fp - (c.direct.ctp - c.direct.tp), c.direct.fn - (c.direct.ctp - c.direct.tp), []),
    scorePart('polnear/reported content only', c.reported.ctp, c.reported.fp - (c.reported.ctp - c.reported.tp), c.reported.fn - (c.reported.ctp - c.reported.tp), []),
  ];
}

/**
 * The predicted quote covering the gold content's pieces (of the gold's kind if one does), or — for a split quote ("…," said X, "…"), which PolNeAR
 * annotates as one content and we as one quote per part — the parts lying inside them that together cover them.
 */
function matchingQuotes(result: ExtractionResult, used: Set<number>, direct: boolean, pieces: number[][], mode: Mode): number[] {
  const goldLength = pieces.reduce((n, [s, e]) => n + (e - s), 0);
  const inter = (qs: number, qe: number) => pieces.reduce((n, [s, e]) => n + Math.max(0, Math.min(qe, e) - Math.max(qs, s)), 0);
  const covers = (qs: number, qe: number) => {
    const i = inter(qs, qe);
    return i >= 0.5 * goldLength && i >= 0.5 * (qe - qs);
  };
  // Strict: the parts of a split quote all belong to the one gold item, so they are taken together first.
  if (mode === 'strict') {
    const inside = result.quotes.flatMap((q, k) => (!used.has(k) && q.direct === direct && inter(q.start, q.end) >= 0.5 * (q.end - q.start) ? [k] : []));
    if (inside.length > 1 && inside.reduce((n, k) => n + inter(result.quotes[k].start, result.quotes[k].end), 0) >= 0.5 * goldLength) return inside;
  }
  const one = result.quotes.findIndex((q, k) => !used.has(k) && q.direct === direct && covers(q.start, q.end));
  if (one >= 0) return [one];
  const otherKind = mode === 'lenient' ? result.quotes.findIndex((q, k) => !used.has(k) && covers(q.start, q.end)) : -1;
  if (otherKind >= 0) return [otherKind];
  const parts = result.quotes.flatMap((q, k) => (!used.has(k) && (mode === 'lenient' || q.direct === direct) && inter(q.start, q.end) >= 0.5 * (q.end - q.start) ? [k] : []));
  const covered = parts.reduce((n, k) => n + inter(result.quotes[k].start, result.quotes[k].end), 0);
  return parts.length > 1 && covered >= 0.5 * goldLength ? parts : [];
}

/** The gold source of attribution `ai` with what the strict referent needs: the contents to skip and the attribution holding it. */
function goldSource(attrs: Attribution[], ai: number, body: string, contents: number[][], result: ExtractionResult, depth = 0): GoldSource | null {
  const a = attrs[ai];
  if (!a.source_offsets?.length) return null;
  const start = Math.min(...a.source_offsets.map((o) => o[0]));
  const end = Math.max(...a.source_offsets.map((o) => o[1]));
  // The innermost other attribution whose content holds this source: "“I told him …,” Trump said" — "I" is Trump.
  const holders = contents.flatMap(([cs, ce], k) => (k !== ai && cs <= start && ce >= end ? [k] : [])).sort((x, y) => contents[x][1] - contents[x][0] - (contents[y][1] - contents[y][0]));
  const outer = (): Referent => {
    const g = depth < 3 && holders.length ? goldSource(attrs, holders[0], body, contents, result, depth + 1) : null;
    return g ? sourceReferent(result, body, g) : { kind: 'none', how: 'author' };
  };
  return { start, end, contents, outer };
}

function speakerMatches(result: ExtractionResult, quote: Quote, a: Attribution, body: string, contents: number[][]): boolean {
  const speakerId = quote.speakerId;
  if (!speakerId || !a.source_offsets?.length) return false;
  const ss = Math.min(...a.source_offsets.map((o) => o[0]));
  const se = Math.max(...a.source_offsets.map((o) => o[1]));
  const speaker = result.entities.find((e) => e.id === speakerId);
  if (speaker?.mentions.some((m) => m.start < se && m.end > ss)) return true;
  // A role ("the mayor", "the former president"): our quote names its speaker by these words, and our speaker holds
  // the role — its role or a title it is named with has the description's nouns.
  const role = /^(?:the|The)\s+((?:[\p{L}.-]+\s+){0,8}?[\p{Ll}]+)$/u.exec(body.slice(ss, se).trim());
  const span = quote.speakerSpan;
  if (role && span && span.start < se && span.end > ss && speaker) {
    // …or, for a body, the noun heading its name ("the fund": the International Monetary Fund).
    const held = speaker.type === 'Organization' ? speaker.name.toLowerCase() : rolesOf(speaker).join(' ');
    const nouns = role[1].toLowerCase().split(/\s+/).filter((w) => w.length > 3 && !ROLE_QUALIFIERS.has(w));
    if (nouns.length && nouns.some((w) => new RegExp(`\\b${w.replace(/[.-]/g, '\\$&')}\\b`).test(held))) return true;
  }
  const pronoun = body.slice(ss, se).trim().toLowerCase();
  // A relative pronoun's antecedent is the name right before it ("Mr. Kamin, who emphasized that …", "McConnell
  // (R-Ky.), who said …"): only a comma, a dash, a parenthesis or one appositive ("McConnell, now the majority leader,
  // who …") may stand between.
  if (/^(?:who|which)$/.test(pronoun)) return !!speaker?.mentions.some((m) => m.end <= ss && /^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s+[^,;:.“”"]{1,60})?[,—–]?\s*$/.test(body.slice(m.end, ss)));
  if (PRONOUN.test(pronoun)) {
    const want = /^(?:he|his)$/.test(pronoun) ? 'm' : /^(?:she|her)$/.test(pronoun) ? 'f' : null;
    let nearest: { at: number; id: string } | null = null;
    for (const e of result.entities) {
      if (e.type !== 'Person') continue;
      const g = genderOfGivenName(e.name.split(/\s+/)[0]);
      if (want && g && g !== want) continue;
      for (const m of e.mentions) {
        if (m.end > ss || (nearest && m.end <= nearest.at)) continue;
        if (contents.some(([cs, ce]) => m.start >= cs && m.end <= ce)) continue;
        nearest = { at: m.end, id: e.id };
      }
    }
    return nearest?.id === speakerId;
  }
  return false;
}
