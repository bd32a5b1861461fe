// Stage 2i (last before entities), a country's name or adjective inside the name of a thing that is no mention of
// the country: a sea, a gulf or a strait named after it ("the Gulf of Oman", "the Sea of Japan": the water, not the
// state) and a kind of thing named after a people ("their Portuguese water dog", "German shepherds", "French fries").
// English names such things by the country; the country is no party to what the sentence says of them. Rules are data
// (COUNTRY_IN_NAME_RULES); each reads one Country mention and the body, and says what stands in its place.
// Exists for: "Tankers were attacked in the Gulf of Oman" → no Oman; "their Portuguese water dog, Bo" → no Portugal.
import type { Mention } from './mentions.js';
import { DEMONYM_KIND_NOUNS } from './lexicon/countries.js';

export interface CountryInNameRule {
  id: string;
  /** What the Country mention becomes: a Place over the whole name (`place`), nothing (`drop`), or null when the rule does not apply. */
  find: (body: string, m: Mention) => { place: { start: number; name: string } } | { drop: true } | null;
  examples: readonly string[];
  why: string;
}

/** Heads of waters named after a country with "of": "Gulf of Oman", "Sea of Japan", "Strait of Singapore". */
const WATER_HEADS = ['Sea', 'Gulf', 'Bay', 'Strait', 'Straits'] as const;

/** The start of "<Sea|Gulf|Bay|Strait> of (the) " right before `start`, or null. Plain string checks, no pattern. */
function waterHeadBefore(body: string, start: number): number | null {
  for (const lead of [' of the ', ' of ']) {
    if (body.slice(start - lead.length, start) !== lead) continue;
    for (const head of WATER_HEADS) {
      const at = start - lead.length - head.length;
      if (at >= 0 && body.slice(at, at + head.length) === head && !/\p{L}/u.test(body[at - 1] ?? ' ')) return at;
    }
  }
  return null;
}

/** The lower-case words right after a mention, up to two ("water dog", "shepherds"). */
function nounsAfter(body: string, end: number): string[] {
  const words = body.slice(end, end + 24).split(/[^\p{L}-]+/u);
  // words[0] is '' (the space after the adjective); a capitalised or missing word ends the run.
  const out: string[] = [];
  for (const w of words.slice(1, 3)) {
    if (!/^\p{Ll}/u.test(w)) break;
    out.push(w);
  }
  return out;
}

export const COUNTRY_IN_NAME_RULES: readonly CountryInNameRule[] = [
  {
    id: 'water-name',
    find: (body, m) => {
      if (m.via !== 'name') return null;
      const start = waterHeadBefore(body, m.start);
      return start === null ? null : { place: { start, name: body.slice(start, m.end) } };
    },
    examples: ['Two tankers were attacked in the Gulf of Oman on Thursday.', 'The missile landed in the Sea of Japan.', 'an oil spill in the Gulf of Mexico'],
    why: 'a sea, a gulf or a strait named after a country ("the Gulf of Oman") is the water, which lies off several states: the country is no party to an attack on a tanker there; the name is a Place',
  },
  {
    id: 'kind-compound',
    find: (body, m) => {
      if (m.via !== 'demonym') return null;
      const words = nounsAfter(body, m.end);
      const one = words[0];
      const two = words.length > 1 ? `${words[0]} ${words[1]}` : undefined;
      return (two && DEMONYM_KIND_NOUNS.has(two)) || (one && DEMONYM_KIND_NOUNS.has(one)) ? { drop: true } : null;
    },
    examples: ['the first family’s acquisition of their Portuguese water dog, Bo', 'police with German shepherds searched the hall', 'He ordered French fries.'],
    why: 'a breed, a dish or a game named by a people\'s adjective ("Portuguese water dog", "German shepherd", "French fries") is a kind of thing, made or kept anywhere: no mention of the country',
  },
];

/**
 * Each Country mention a rule reads as part of a thing's name becomes the Place it names or goes; the mentions inside a
 * water's name (a "Gulf" the tagger read as a body) go with it.
 */
export function placeCountriesInNames(body: string, mentions: Mention[]): Mention[] {
  if (!mentions.some((m) => m.type === 'Country')) return mentions;
  const out: Mention[] = [];
  const spans: { start: number; end: number }[] = [];
  const waters = new Set<Mention>();
  for (const m of mentions) {
    if (m.type !== 'Country') {
      out.push(m);
      continue;
    }
    let hit: ReturnType<CountryInNameRule['find']> = null;
    for (const r of COUNTRY_IN_NAME_RULES) if ((hit = r.find(body, m))) break;
    if (!hit) out.push(m);
    else if ('place' in hit) {
      const { start, name } = hit.place;
      const water: Mention = { start, end: m.end, text: name, type: 'Place', key: name, sentence: m.sentence };
      out.push(water);
      waters.add(water);
      spans.push({ start, end: m.end });
    }
  }
  if (!spans.length) return out;
  return out.filter((o) => waters.has(o) || !spans.some((s) => o.start >= s.start && o.end <= s.end)).sort((a, b) => a.start - b.start || a.end - b.end);
}
