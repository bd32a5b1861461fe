// Names whose head word tells their kind, whatever the tagger typed them: a weapon or a device ("Iron Dome") is no
// person; a firm named by its trade ("Fitch Ratings") is a body; a strait, a sea, a gulf or a zone ("Strait of Hormuz",
// "Green Zone", "the DMZ") is a place, not a body. Read after tagging (retype.ts). Rules are data (HEAD_WORD_RULES): each
// names the word class, the types it applies to and what the name becomes (null: no entity).
import { PLACE_LAST_WORDS } from './lexicon/places.js';
import { COMPANY_TRADE_WORDS } from './lexicon/organizations.js';
import { isBodyWord } from './unlikely-bodies.js';

export type HeadVerdict = 'Organization' | 'Place' | null;

export interface HeadWordRule {
  id: string;
  /** The tagger's types the rule reads. */
  from: readonly ('Person' | 'Unknown' | 'Organization')[];
  /** True when the name (its words) is of the class. */
  test: (words: readonly string[], type: string) => boolean;
  to: HeadVerdict;
  examples: readonly string[];
  why: string;
}

/** Last words of weapons, devices and craft: "Iron Dome", "Aegis Combat System", "Tomahawk Missiles". */
const THING_HEADS: ReadonlySet<string> = new Set(['Dome', 'System', 'Missile', 'Missiles', 'Rocket', 'Rockets', 'Launcher', 'Launchers', 'Drone', 'Drones', 'Warhead', 'Warheads', 'Interceptor', 'Interceptors', 'Bomber', 'Bombers', 'Howitzer', 'Howitzers', 'Rifle', 'Rifles']);
/** Last words of firms named by their trade ("Fitch Ratings", "Elliott Capital"), beside the trade words of companies' names. */
const FIRM_HEADS: ReadonlySet<string> = new Set([...COMPANY_TRADE_WORDS, 'Ratings', 'Capital', 'Partners', 'Investors', 'Bancorp', 'Petroleum', 'Pharma', 'Telecom', 'Logistics', 'Consulting']);
/** Last words of areas named as places: natural places (lexicon/places.ts) and zones ("Green Zone", "Schengen Zone"). */
const AREA_HEADS: ReadonlySet<string> = new Set([...PLACE_LAST_WORDS, 'Zone']);
/** Heads of administrative areas: a body the tagger read so ("Islamic State West Africa Province", "Sinai Province") is
 *  an armed group's branch, left a body; only a person's reading of one becomes the place. */
const ADMINISTRATIVE_HEADS: ReadonlySet<string> = new Set(['Province', 'Region', 'Prefecture', 'Governorate']);
/** First words of natural places named "X of Y": "Strait of Hormuz", "Gulf of Aden", "Sea of Azov". */
const AREA_FIRST: ReadonlySet<string> = new Set(['Strait', 'Straits', 'Gulf', 'Sea', 'Bay', 'Isle', 'Lake', 'Mount']);
/** First words of ships' names ("USS Philippine Sea"): a ship named after a sea is no sea. */
const SHIP_PREFIXES: ReadonlySet<string> = new Set(['USS', 'HMS', 'USNS', 'HMCS', 'HMAS', 'INS', 'MV', 'MS', 'SS', 'RV']);

const capitalised = (w: string) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w);
const last = (words: readonly string[]) => words[words.length - 1];

export const HEAD_WORD_RULES: readonly HeadWordRule[] = [
  {
    id: 'thing-head',
    from: ['Person', 'Unknown'],
    test: (words) => words.length > 1 && THING_HEADS.has(last(words)),
    to: null,
    examples: ['Israel’s Iron Dome intercepted the rockets', 'The Aegis Combat System failed'],
    why: 'a name ending in a noun of weapons or devices names a thing, never a person; no entity type holds things',
  },
  {
    id: 'firm-head',
    from: ['Person', 'Unknown'],
    test: (words) => words.length > 1 && FIRM_HEADS.has(last(words)),
    to: 'Organization',
    examples: ['Fitch Ratings cut Turkey’s rating', 'Elliott Capital bought shares'],
    why: 'a name ending in a trade noun ("Ratings", "Capital", "Motors") names a firm, never a person',
  },
  {
    id: 'area-head',
    from: ['Person', 'Unknown', 'Organization'],
    test: (words, type) =>
      words.length > 1 && !SHIP_PREFIXES.has(words[0]) && words.every((w) => capitalised(w) || w === 'of' || w === 'the') && !words.some(isBodyWord) &&
      // the head is the last word, or the first before "of" ("Strait of Hormuz"; not "Health Ministry of the Gulf")
      (words.includes('of') ? words.length <= 4 && AREA_FIRST.has(words[0]) && words[1] === 'of' : AREA_HEADS.has(last(words)) && !(type === 'Organization' && ADMINISTRATIVE_HEADS.has(last(words)))),
    to: 'Place',
    examples: ['Tankers crossed the Strait of Hormuz', 'Troops left the Green Zone', 'claims in the South China Sea'],
    why: 'a name headed by a noun of a natural place or an area ("Sea", "Strait", "Gulf", "Zone"; "Strait of …") is that place, not a body nor a person (ships named after seas excepted)',
  },
];

/** Place nouns an acronym may stand for with the words before them ("demilitarized zone" → DMZ). */
const AREA_NOUNS: ReadonlySet<string> = new Set([...AREA_HEADS].map((w) => w.toLowerCase()));

/**
 * Whether an acronym's letters spell a phrase: each word gives its initial, in order, and a compound word may give more
 * letters of its own ("demilitarized zone" → DMZ, "exclusive economic zone" → EEZ). Greedy, over a few short words.
 */
function spells(acronym: string, phrase: readonly string[]): boolean {
  let p = 0;
  for (let k = 0; k < phrase.length; k++) {
    const w = phrase[k].toUpperCase();
    if (acronym[p] !== w[0]) return false;
    p++;
    // inner letters only while the letters left outnumber the words left, and not the next word's initial
    const next = phrase[k + 1]?.[0].toUpperCase();
    for (let i = 1; i < w.length && acronym.length - p > phrase.length - 1 - k; i++) if (w[i] === acronym[p] && acronym[p] !== next) p++;
  }
  return p === acronym.length;
}

/**
 * Acronyms the article spells out as an area ("the demilitarized zone … the DMZ", "Exclusive Economic Zone (EEZ)"):
 * the letters spell words the last of which is a place noun. One pass over the body's words.
 */
export function areaAcronyms(body: string, acronyms: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (!acronyms.size) return out;
  const words = [...body.matchAll(/\p{L}+/gu)];
  for (let i = 0; i < words.length; i++) {
    const noun = words[i][0];
    if (!AREA_NOUNS.has(noun.toLowerCase())) continue;
    const after = body.slice(words[i].index! + noun.length, words[i].index! + noun.length + 9);
    for (let n = 2; n <= 4 && n <= i + 1; n++) {
      const phrase = words.slice(i + 1 - n, i + 1).map((w) => w[0]);
      // a common noun phrase ("the demilitarized zone"), or a name spelled out right before its acronym ("Air
      // Defense Identification Zone (ADIZ)"); not a name that happens to share the letters ("Afghanistan's Farah
      // Province" and AFP)
      const common = phrase.every((w) => w === w.toLowerCase());
      for (const a of acronyms) if (!out.has(a) && a[a.length - 1] === noun[0].toUpperCase() && (common || after.startsWith(` (${a})`)) && spells(a, phrase)) out.add(a);
    }
  }
  return out;
}

/** The first rule whose class the name is of, for a mention of the tagger's `type`, or undefined. */
export function headWordRule(type: string, text: string): HeadWordRule | undefined {
  const words = text.split(/\s+/);
  return HEAD_WORD_RULES.find((r) => (r.from as readonly string[]).includes(type) && r.test(words, type));
}
