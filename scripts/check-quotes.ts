// `npx tsx scripts/check-quotes.ts [corpus.jsonl] [examples]`: whole-corpus counts of two quote errors issue #14 wants
// at zero — a quote of ≤ 3 words repeating a fragment of another quote of the article, and a country or organization
// credited while the attribution names a person — with a few examples of each (LIMIT=n reads
// the first n articles only).
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { extractArticle } from '../src/extract/pipeline.js';
import type { Entity, ExtractionResult, Quote } from '../src/extract/types.js';
import { SHARED } from './eval/common.js';

const file = process.argv[2] || path.join(SHARED, 'corpus', 'allsides-international.jsonl');
const shown = Number(process.argv[3] ?? 8);
const limit = Number(process.env.LIMIT ?? Infinity);

/** Words only, lower-cased and single-spaced: how two quotes are compared, whatever their marks. */
const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * A quote of ≤ 3 words whose words stand inside another, longer quote of the same sentence or overlapping it: the
 * same attribution read twice ("called her “disgusting”" beside the report holding it). Short quotes of their own
 * ("“Maybe,” he said.") are not counted because another quote elsewhere happens to hold the word.
 */
export function repeatsFragment(q: Quote, quotes: Quote[]): boolean {
  const w = words(q.text);
  if (!w || w.split(' ').length > 3) return false;
  const near = (o: Quote) => (o.start < q.end && o.end > q.start) || (!!o.sentence && !!q.sentence && o.sentence.start === q.sentence.start);
  return quotes.some((o) => o !== q && o.text.length > q.text.length && near(o) && ` ${words(o.text)} `.includes(` ${w} `));
}

/**
 * A body or country as speaker while a person is named in the attribution itself: a person mention of the quote's
 * sentence, outside every quote's words, within 40 characters of the words naming the speaker ("Iran's ambassador to
 * the United Nations, Eshagh al-Habib, called …" → the United Nations; "McCain said, “No one outside the Joint Chiefs
 * …”" → the Joint Chiefs). A person named elsewhere in the sentence (an object, another clause) does not count.
 */
export function bodyOverPerson(q: Quote, result: ExtractionResult): Entity | null {
  if (!q.speakerId || !q.sentence) return null;
  const speaker = result.entities.find((e) => e.id === q.speakerId);
  if (!speaker || (speaker.type !== 'Country' && speaker.type !== 'Organization')) return null;
  const { start, end } = q.sentence;
  const near = q.speakerSpan ?? { start: q.start, end: q.end };
  const quoted = (m: { start: number; end: number }) => result.quotes.some((o) => m.start >= o.start && m.end <= o.end);
  for (const e of result.entities) {
    if (e.type !== 'Person') continue;
    if (e.mentions.some((m) => m.start >= start && m.end <= end && !quoted(m) && m.end >= near.start - 40 && m.start <= near.end + 40)) return e;
  }
  return null;
}

/** Words that make a noun phrase's later name an object or a new clause, not the phrase's head or appositive. */
const NOT_IN_PHRASE = /(?:^|[\s,])(?:of|for|to|with|by|from|in|at|about|against|on|over|than|between|among|toward|towards|under|like|and|or|but|who|whom|whose|which|that|said|says|say|told|tells|is|was|are|were|has|had|have|will|would|including|regarding|\p{Ll}+ed)\s/iu;

/**
 * The honest counter (a reader's definition): a body or country as speaker while a person is the grammatical speaker
 * of the same cue — the person is in the words naming the speaker, stands in apposition to them before the cue
 * ("Iran's ambassador to the United Nations, Eshagh al-Habib, called"), follows them as a title's name ("U.N. envoy
 * Staffan de Mistura said"), or heads them ("Ban Ki-moon of the United Nations said"). A person governed by a
 * preposition ("Russia, a longtime ally of … Assad, said"), after the cue (the listener, an object) or in another
 * clause does not count.
 */
export function bodyOverSpeakingPerson(q: Quote, result: ExtractionResult, body: string): Entity | null {
  if (!q.speakerId || !q.sentence || !q.speakerSpan) return null;
  const speaker = result.entities.find((e) => e.id === q.speakerId);
  if (!speaker || (speaker.type !== 'Country' && speaker.type !== 'Organization')) return null;
  const span = q.speakerSpan;
  const { start, end } = q.sentence;
  // The cue after the speaker's words, when the speaker comes first ("NAME said …"); else the phrase runs to the clause end.
  const cueWord = (q.cue?.split(' ')[0] ?? '').replace(/[^\p{L}]/gu, '');
  const cueAt = cueWord ? body.slice(span.end, end).search(new RegExp(`\\b${cueWord}\\b`, 'u')) : -1;
  const phraseEnd = cueAt >= 0 ? span.end + cueAt : end;
  const quoted = (m: { start: number; end: number }) => result.quotes.some((o) => o.direct && m.start >= o.start && m.end <= o.end);
  for (const e of result.entities) {
    if (e.type !== 'Person') continue;
    for (const m of e.mentions) {
      if (m.start < start || m.end > end || quoted(m)) continue;
      if (m.start >= span.start && m.end <= span.end) return e;
      if (m.start >= span.end && m.end <= phraseEnd) {
        const gap = body.slice(span.end, m.start);
        const lastSegment = gap.slice(gap.lastIndexOf(',') + 1);
        if (gap.length <= 80 && !/[“”"«»;:.!?()]/.test(gap) && !NOT_IN_PHRASE.test(` ${lastSegment}`)) return e;
      }
      if (m.end <= span.start && /^\s+(?:of|at|from)\s+(?:the\s+)?$/i.test(body.slice(m.end, span.start))) return e;
    }
  }
  return null;
}

const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
let articles = 0;
let quotes = 0;
let short = 0;
const fragments: string[] = [];
const byRule = new Map<string, number>();
const bump = (k: string) => byRule.set(k, (byRule.get(k) ?? 0) + 1);
const bodies: string[] = [];
const speakingBodies: string[] = [];
for (const [i, line] of lines.entries()) {
  if (i >= limit) break;
  const a = JSON.parse(line) as { id: string; url: string; title: string; publishedAt: string; source: string; text: string };
  const r = extractArticle({ id: a.id, url: a.url, title: a.title, publishedAt: a.publishedAt, source: a.source, body: a.text });
  articles++;
  quotes += r.quotes.length;
  for (const q of r.quotes) {
    if (words(q.text).split(' ').length <= 3) short++;
    const sentence = q.sentence ? a.text.slice(q.sentence.start, q.sentence.end).replace(/\s+/g, ' ').slice(0, 240) : '';
    if (repeatsFragment(q, r.quotes)) bump(`fragment ${q.rule}`);
    if (bodyOverPerson(q, r)) bump(`body-over-person ${q.rule}`);
    if (repeatsFragment(q, r.quotes)) fragments.push(`line ${i} ${a.id} [${q.rule}] “${q.text}” ⟨${sentence}⟩`);
    const person = bodyOverPerson(q, r);
    if (person) bodies.push(`line ${i} ${a.id} [${q.rule}] ${q.speakerId} over ${person.id}: ${q.text.slice(0, 80)} ⟨${sentence}⟩`);
    const speaking = bodyOverSpeakingPerson(q, r, a.text);
    if (speaking) {
      bump(`body-over-speaking-person ${q.rule}`);
      speakingBodies.push(`line ${i} ${a.id} [${q.rule}] ${q.speakerId} over ${speaking.id} (speaker words “${a.text.slice(q.speakerSpan!.start, q.speakerSpan!.end)}”): ${q.text.slice(0, 80)} ⟨${sentence}⟩`);
    }
  }
}
console.log(`check-quotes: ${articles} articles, ${quotes} quotes, ${short} of ≤ 3 words`);
console.log(`≤ 3-word quotes repeating a fragment of another quote: ${fragments.length}`);
for (const f of fragments.filter((_, k) => k % Math.max(1, Math.floor(fragments.length / shown)) === 0).slice(0, shown)) console.log(`  ${f}`);
console.log(`country/organization speaker while the attribution names a person: ${bodies.length}`);
for (const b of bodies.filter((_, k) => k % Math.max(1, Math.floor(bodies.length / shown)) === 0).slice(0, shown)) console.log(`  ${b}`);
console.log(`country/organization speaker while a person is the grammatical speaker of the cue (honest): ${speakingBodies.length} (old near-a-person counter: ${bodies.length})`);
for (const b of speakingBodies.filter((_, k) => k % Math.max(1, Math.floor(speakingBodies.length / shown)) === 0).slice(0, shown)) console.log(`  ${b}`);
console.log(`by rule: ${[...byRule].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
