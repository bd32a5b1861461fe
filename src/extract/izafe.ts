// Stage 2c'', izafe names (after tagging, before retype): Urdu and Persian names join their words with "-e-"/"-i-"
// ("Tehrik-e-Taliban Pakistan", "Lashkar-e-Taiba", "Mazar-i-Sharif"), which breaks the capitalised run the rules and
// the tagger read, so their pieces came out as names of their own ("Taliban", "Pakistan", "Sharif"). One such compound
// is one name: a body when its head is a noun of a body (movement, army, party, assembly …), else a place or an
// operation the graph has no type for — either way its pieces name no one.
import type { Mention } from './mentions.js';
import { COUNTRY_BY_NAME } from './lexicon/countries.js';

/**
 * A capitalised word joined to one or two capitalised words by izafe or Arabic-article links: "Tehrik-e-Taliban",
 * "Hizb-ut-Tahrir", "Mazar-i-Sharif". Linear: a start only after no letter or hyphen, and each link opens with a hyphen.
 */
const IZAFE_COMPOUND = /(?<![\p{L}-])\p{Lu}\p{Ll}+-(?:e|i|ul|ut|us|ud|al)-\p{Lu}\p{Ll}+(?:-(?:e|i|ul|ut|us|ud|al)-\p{Lu}\p{Ll}+)?(?![\p{L}-])/gu;
/** A capitalised word right after the compound (a country completes a body's name: "Tehrik-e-Taliban Pakistan"). */
const NEXT_WORD = /^ (\p{Lu}\p{Ll}+)/u;

/**
 * Heads of izafe names of bodies (Urdu/Persian/Arabic nouns): movement (Tehrik/Tehreek/Harkat), army (Lashkar, Jaish,
 * Sipah, Jund), party (Hizb), assembly or society (Jamaat, Jamiat, Majlis, Anjuman), fighters (Mujahedin), supporters
 * (Ansar), scholars (Ulema).
 */
const BODY_HEADS: ReadonlySet<string> = new Set(['Tehrik', 'Tehreek', 'Tahrik', 'Harkat', 'Lashkar', 'Jaish', 'Sipah', 'Sipahe', 'Jund', 'Hizb', 'Jamaat', 'Jamiat', 'Majlis', 'Anjuman', 'Mujahedin', 'Mojahedin', 'Mujahideen', 'Ansar', 'Ulema']);

export function joinIzafeNames(body: string, mentions: Mention[]): Mention[] {
  if (!body.includes('-e-') && !body.includes('-i-') && !body.includes('-u')) return mentions;
  const compounds: { start: number; end: number; body: boolean }[] = [];
  for (const hit of body.matchAll(IZAFE_COMPOUND)) {
    let end = hit.index + hit[0].length;
    const next = NEXT_WORD.exec(body.slice(end, end + 40));
    if (next && COUNTRY_BY_NAME.has(next[1])) end += next[0].length;
    compounds.push({ start: hit.index, end, body: BODY_HEADS.has(hit[0].slice(0, hit[0].indexOf('-'))) });
  }
  if (compounds.length === 0) return mentions;
  // One pass over mentions and compounds, both in text order: the mentions wholly inside a compound are its pieces.
  const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Mention[] = [];
  let k = 0;
  for (let i = 0; i < sorted.length; ) {
    while (k < compounds.length && compounds[k].end <= sorted[i].start) k++;
    const c = compounds[k];
    if (!c || sorted[i].end <= c.start) {
      out.push(sorted[i++]);
      continue;
    }
    let j = i;
    while (j < sorted.length && sorted[j].start < c.end) j++;
    const pieces = sorted.slice(i, j);
    // A name that runs on past the compound ("… Pakistan's Interior Minister") is left as read.
    if (pieces.some((m) => m.start < c.start || m.end > c.end)) out.push(...pieces);
    else if (c.body) out.push({ start: c.start, end: c.end, text: body.slice(c.start, c.end), type: 'Organization', key: body.slice(c.start, c.end), sentence: pieces[0].sentence, orgCue: 'name' });
    i = j;
    k++;
  }
  return out;
}
