// Names that the grammar around them makes a place, never a person: the complement of a settlement's noun ("the town of
// Khan Shaykhun", "the northern city of Tal Afar") and the apposition of a region's capital ("the Logar provincial
// capital, Puli Alam"). Rules are data (PLACE_SLOT_RULES); each reads the text before one mention. Stage 2d (retype): a
// name one rule fires on is a place in every untitled mention of the article, as body-slots.ts does for bodies.
import type { Mention } from './mentions.js';
import { US_STATE_AFTER_COMMA } from './lexicon/places.js';
import { COUNTRY_BY_NAME, WEAK_COUNTRY_NAMES } from './lexicon/countries.js';
import { SAYING_AFTER } from './holder-splits.js';

export interface PlaceSlotRule {
  id: string;
  /** The text right before the name (up to 40 characters) ends so. */
  before: RegExp;
  examples: readonly string[];
  why: string;
}

/** A capitalised word or a body's noun after the name: it is the first part of a longer name ("the city of Dallas Police"). */
const NAME_GOES_ON = /^\s+(?:\p{Lu}|(?:police|council|government|authorities|officials|mayor|residents)\b)/u;

export const PLACE_SLOT_RULES: readonly PlaceSlotRule[] = [
  {
    id: 'settlement-noun-of',
    // Not "state of" ("secretary of state"), "capital of" (a country's or a group's: "the capital of Islamic State").
    before: /\b(?:town|city|village|hamlet|province|suburb|district|neighbou?rhood|island|municipality|enclave|port|county|commune|governorate|oblast)\s+of\s+$/,
    examples: ['a chemical weapons attack struck the town of Khan Shaykhun', 'to the north-western Iraqi city of Tal Afar', 'in the neighboring province of Deir el-Zour'],
    why: 'the "of" phrase of a settlement\'s or a region\'s noun names that place: no person is a town "of" anyone',
  },
  {
    id: 'settlement-plural-list',
    // The plural's list: "the villages of A and B", "neighborhoods include A, B and C", "towns such as A"; later names
    // of the same list are read by LIST_GAP below.
    before: /\b(?:towns|cities|villages|hamlets|provinces|suburbs|districts|neighbou?rhoods|islands|municipalities|enclaves|ports|counties|governorates|settlements)\s+(?:of|includ(?:e|es|ed|ing)|such as|like) $/,
    examples: ['Those neighborhoods include Kafr Aqab, Abu Dis and Shuafat', 'the Kurdish-held towns of Manbij and Kobani'],
    why: 'the names a settlements\' plural lists ("the villages of …", "neighborhoods include …") are those places, as one settlement\'s "of" phrase is',
  },
  {
    id: 'settlement-plural-second',
    // The second of two names after the plural when the tagger read no name in the first ("the villages of Siha and …").
    before: /\b(?:towns|cities|villages|hamlets|provinces|suburbs|districts|neighbou?rhoods|islands|counties|settlements)\s+(?:of|include|including|such\s+as)\s+\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?,?\s+(?:and|or)\s+$/u,
    examples: ['told All Iraq News that the villages of Siha and Mazraat al-Rahim, just to the north of Tikrit'],
    why: 'the last of the places a settlements\' plural lists is a place, whether or not the tagger read the first as a name',
  },
  {
    id: 'regional-capital-apposition',
    before: /\b(?:provincial|regional|state|district|county)\s+capital,?\s+$/,
    examples: ['a car bombing in the Logar provincial capital, Puli Alam, on Thursday', 'the state capital Sacramento'],
    why: 'a name in apposition to a region\'s capital is that city (capitals.ts reads the capitals of countries)',
  },
];

/** Between two names of one list: a comma, "and"/"or", or both (", B and C"). */
const LIST_GAP = /^(?:,\s+|,?\s+(?:and|or)\s+)$/;

/** The names the article writes in a place's slot somewhere, with the first rule's id. */
export function placeSlotNames(body: string, mentions: readonly Mention[]): Map<string, string> {
  // A name the article also gives a speaker's cue ("the town of Jackson … Jackson said"), or a surname it writes alone for
  // a person, stays a person's.
  const single = new Set(mentions.filter((m) => m.type === 'Person' && !m.text.includes(' ')).map((m) => m.text));
  const spoken = new Set(mentions.filter((m) => m.type === 'Person' && SAYING_AFTER.test(body.slice(m.end, m.end + 16))).map((m) => m.text));
  const out = new Map<string, string>();
  // Where a settlements' list ("the villages of A, B and C") goes on after its last name read so far, and its rule.
  let list: { end: number; id: string } | undefined;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const before = body.slice(Math.max(0, m.start - 40), m.start);
    const listed = list && LIST_GAP.test(body.slice(list.end, m.start)) ? list.id : undefined;
    const id = listed ?? PLACE_SLOT_RULES.find((r) => r.before.test(before))?.id;
    // A place or a country the tagger read in the list keeps it open too ("the towns of Manbij and Kobani").
    list = id?.startsWith('settlement-plural') ? { end: m.end, id: 'settlement-plural-list' } : undefined;
    // A country's name stays the country's ("two breakaway provinces of Georgia": retype reads Georgia).
    if (!id || (m.type !== 'Person' && m.type !== 'Unknown') || m.role || m.honorific || out.has(m.text) || spoken.has(m.text) || COUNTRY_BY_NAME.has(m.text) || WEAK_COUNTRY_NAMES.has(m.text)) continue;
    if (NAME_GOES_ON.test(body.slice(m.end, m.end + 20)) || (m.text.includes(' ') && single.has(m.text.slice(m.text.lastIndexOf(' ') + 1)))) continue;
    // "the suburb of Glen Rock, N.J.": a town with its US state is retype's (in the US).
    if (US_STATE_AFTER_COMMA.test(body.slice(m.end, m.end + 18))) continue;
    out.set(m.text, id);
  }
  return out;
}
