// Stage 2g, elliptical country names (after one type per name, last before entities): news about the two Koreas calls them "the North" and "the
// South" once the article has named them — "The North said the test was a success", "the South's military". A reader
// resolves the ellipsis to the country named before it; so does this stage, which adds a Country mention on the word
// ("North"), so that quotes, relations and events read the country there. Rules are data (ELLIPSIS_RULES): each names
// the word, the country it stands for and the countries the article must have named before it.
import type { Sentence } from './segment.js';
import type { Mention } from './mentions.js';

export interface EllipsisRule {
  id: string;
  /** The elliptical name after "the"/"The", as written. */
  word: string;
  /** The ISO code of the country it stands for. */
  country: string;
  /** Countries (ISO codes) the article must name before the word: the antecedent and the pair it is one half of. */
  namedBefore: readonly string[];
  examples: readonly string[];
  why: string;
}

export const ELLIPSIS_RULES: readonly EllipsisRule[] = [
  {
    id: 'ellipsis.korea-north',
    word: 'North',
    country: 'KP',
    namedBefore: ['KP'],
    examples: ['North Korea fired a missile on Sunday. The North said the test was a success.', 'Seoul says North Korea shelled the border; it halted imports of coal from the North.'],
    why: 'after North Korea is named, "the North" is the news convention for it (the other half, "the South", need not be named)',
  },
  {
    id: 'ellipsis.korea-south',
    word: 'South',
    country: 'KR',
    namedBefore: ['KR', 'KP'],
    examples: ['North Korea cut its hotline with South Korea and accused the South of kidnapping.', 'South Korea and North Korea met, and a week later the North and South held talks.'],
    why: '"the South" is South Korea only in a story about the two Koreas: alone it is the American South, so both must be named before it',
  },
];

/**
 * "the North"/"The North" as a whole phrase: not a longer name ("the North Atlantic", "the North Korean leader"), not
 * a region of a named place ("the North of England"; "accused the South of kidnapping" is the country), not a compound ("the North-South talks"). Fixed words: linear.
 */
const ELLIPSIS = /\b[Tt]he\s(North|South)(?![\p{L}\p{M}-])(?!\s+(?:\p{Lu}|of\s+(?:the\s+)?\p{Lu}|and\s+South\s+\p{Lu}))/gu;
/**
 * The second of the pair sharing the first's "the": "the North and South held talks", "talks between the South and North"
 * (not "the North and South Korean governments": a name goes on). Fixed words: linear.
 */
const ELLIPSIS_SECOND = /\b[Tt]he\s(?:North|South)\s+and\s+(North|South)(?![\p{L}\p{M}-])(?!\s+\p{Lu})/gu;

/**
 * Another North/South pair or the American one in the article: there "the North"/"the South" may be Vietnam's, Sudan's,
 * Ireland's or the Civil War's, and no rule reads them.
 */
const OTHER_PAIR = /\b(?:North|South)\s+(?:Vietnam|Sudan|Yemen)\b|\bNorthern\s+Ireland\b|\bCivil\s+War\b|\bConfedera(?:cy|te)\b/u;

/** The mentions with a Country mention added on each elliptical name a rule reads; the others unchanged. */
export function addEllipticalCountries(body: string, sentences: readonly Sentence[], mentions: Mention[]): Mention[] {
  if (!body.includes('the North') && !body.includes('The North') && !body.includes('the South') && !body.includes('The South')) return mentions;
  if (OTHER_PAIR.test(body)) return mentions;
  // Where each country is first named (a Country mention by name, not a demonym: "North Korean" names no antecedent).
  const firstNamed = new Map<string, number>();
  for (const m of mentions) if (m.type === 'Country' && m.via !== 'demonym' && !firstNamed.has(m.key)) firstNamed.set(m.key, m.start);
  const added: Mention[] = [];
  // (The two patterns never meet at one word: ELLIPSIS's follows "the", ELLIPSIS_SECOND's follows "and".)
  for (const hit of [...body.matchAll(ELLIPSIS), ...body.matchAll(ELLIPSIS_SECOND)]) {
    const start = hit.index + hit[0].length - hit[1].length;
    const end = start + hit[1].length;
    const rule = ELLIPSIS_RULES.find((r) => r.word === hit[1]);
    if (!rule || !rule.namedBefore.every((code) => (firstNamed.get(code) ?? Infinity) < start)) continue;
    // A mention the earlier stages made there already (a tagger's guess at "North") gives way to the country.
    if (mentions.some((m) => m.start < end && m.end > start && m.type === 'Country')) continue;
    const sentence = sentences.findIndex((s) => s.start <= start && start < s.end);
    if (sentence < 0) continue;
    added.push({ start, end, text: hit[1], type: 'Country', key: rule.country, sentence, via: 'ellipsis' });
  }
  if (!added.length) return mentions;
  return [...mentions.filter((m) => !added.some((a) => m.start < a.end && m.end > a.start)), ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
