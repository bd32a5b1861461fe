// Stage 2d, datelines (in retype, after tagging): a line that opens with a place written in capitals, then its region,
// an agency in brackets or a dash before the story's first sentence — "GENEVA (AP) — Prospects …", "PALM BEACH, Fla.
// (AP) — …", "HANOI, Vietnam — President Trump …" — names where the story was filed: a place, never the body or the
// person the rules and the tagger read in a word written all in capitals. Rules are data (DATELINE_RULES); the place
// keeps the gazetteer's spelling when it has one ("Geneva"), else each word capitalised ("La Malbaie").
import type { Mention } from './mentions.js';
import { CITY_NAMES, countryOfPlace, US_STATE_FORMS } from './lexicon/places.js';
import { COUNTRY_BY_NAME } from './lexicon/countries.js';
import { KNOWN_ORGANIZATION_FORMS } from './lexicon/organizations.js';

export interface DatelineRule {
  id: string;
  /** What follows the capitalised place: region (1, maybe absent), agency, dash and the first sentence's first word. */
  after: RegExp;
  examples: readonly string[];
  why: string;
}

// Named fragments. A region: up to four capitalised words or abbreviations ("Fla.", "N.J.", "Switzerland/WASHINGTON").
const REGION = String.raw`\p{Lu}[\p{L}.'’]*(?:[ /-]\p{Lu}[\p{L}.'’]*){0,3}`;
const AGENCY = String.raw`\([^()\n]{1,30}\)`;
const DASH = String.raw`(?:—|–|--|-)`;
/** The agency's brackets as furniture masking leaves them (line breaks in their place), then the dash. */
const MASKED_AGENCY = String.raw`\n{2,30}`;
/** The story's first word: capitalised, then a lower-case letter (a headline in capitals goes on in capitals). */
const SENTENCE_START = String.raw`["“]?\p{Lu}[\p{Ll}. ]`;

export const DATELINE_RULES: readonly DatelineRule[] = [
  {
    id: 'dateline.region-or-agency',
    after: new RegExp(`^(?:,[ \\t]*(${REGION}))?[ \\t]*(?:${AGENCY}(?:[ \\t]*${DASH})?|${MASKED_AGENCY}[ \\t]*${DASH})[ \\t]*${SENTENCE_START}|^,[ \\t]*(${REGION})[ \\t]*${DASH}[ \\t]*${SENTENCE_START}`, 'u'),
    examples: ['GENEVA (AP) — Prospects for restarting peace talks depend on Russia.', 'PALM BEACH, Fla. (AP) — The United States vowed Friday to keep up the pressure.', 'POWAY, California – The woman killed in the shooting was named.', 'DOHUK, Iraq– Reports from eyewitnesses spoke of fighting.'],
    why: 'a news dateline: the place a story was filed from, in capitals, then its region or the agency, then a dash — what follows is the story\'s first sentence, so the capitals are no acronym of a body and no name of a person',
  },
];

/** A span written all in capitals: letters, with spaces, hyphens, apostrophes or dots between ("LA MALBAIE", "ST. LOUIS"). */
const ALL_CAPITALS = /^\p{Lu}[\p{Lu}.'’ -]*\p{Lu}$/u;
/** Only blanks between the line's start and a position. */
const LINE_START_BEFORE = /(?:^|\n)[ \t]*$/;

/** The gazetteer's spelling of a city by its lower-case name. */
const CITY_BY_LOWER: ReadonlyMap<string, string> = new Map([...CITY_NAMES].map((c) => [c.toLowerCase(), c]));
const US_STATES: ReadonlySet<string> = new Set(US_STATE_FORMS);
const KNOWN_BODIES: ReadonlySet<string> = new Set([...KNOWN_ORGANIZATION_FORMS.keys()].map((f) => f.toLowerCase()));

const capitalised = (text: string) => text.toLowerCase().replace(/(^|[ \-'’.])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** The country a dateline's region names: a US state or its abbreviation, or a country's name. */
function countryOfRegion(region: string | undefined): string | undefined {
  if (!region) return undefined;
  const first = region.split('/')[0].trim();
  return US_STATES.has(first) ? 'US' : COUNTRY_BY_NAME.get(first);
}

/** The mentions with each dateline's capitalised place read as that place; else as they were. */
export function datelinePlaces(body: string, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    if ((m.type !== 'Organization' && m.type !== 'Person' && m.type !== 'Unknown') || m.role || m.honorific) return m;
    if (!ALL_CAPITALS.test(m.text) || !LINE_START_BEFORE.test(body.slice(Math.max(0, m.start - 20), m.start))) return m;
    if (KNOWN_BODIES.has(m.text.toLowerCase())) return m; // "UNITED NATIONS (Reuters) -": the body's seat, kept the body
    const after = body.slice(m.end, m.end + 80);
    for (const rule of DATELINE_RULES) {
      const hit = rule.after.exec(after);
      if (!hit) continue;
      const name = CITY_BY_LOWER.get(m.text.toLowerCase()) ?? capitalised(m.text);
      const countryCode = countryOfRegion(hit[1] ?? hit[2]) ?? countryOfPlace(name);
      const place: Mention = { start: m.start, end: m.end, text: m.text, type: 'Place', key: name, sentence: m.sentence };
      if (countryCode) place.countryCode = countryCode;
      return place;
    }
    return m;
  });
}
