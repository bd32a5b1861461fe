// Capitals by grammar: a capital standing for its state ("Moscow says", "Beijing's response", "ties between Washington
// and Moscow") is the country; the same word used for the city itself ("in Moscow", "streets of Moscow", "central
// Beijing", "Seoul's mayor", "flew to Beijing") is the city, a Place. The default is the state: only the words around
// the name below make it the city (the identity gold's label rule, ../shared/gold/identity-dev/README.md).
// Rules are data: each reads a short window before or after the name; every pattern is anchored and linear.

export interface CapitalCityRule {
  id: string;
  /** The text right before the name (up to 40 characters) ends so. */
  before?: RegExp;
  /** The text right after the name (up to 40 characters) starts so. */
  after?: RegExp;
  examples: readonly string[];
  why: string;
}

/**
 * Prepositions of location: where someone or something is ("in", "near", "outside"). Not "at", "into", "toward"
 * ("angry at Beijing", "a probe into Moscow", "policy toward Moscow" aim at the state).
 */
const LOCATIVE = 'in|near|outside|inside|around|across|throughout|within|via';
/** Nouns of trust and stake before "in": "confidence in Washington", "a stake in Beijing" are about the state. */
const STAKE_IN = /\b(?:confidence|faith|trust|interest|belief|influence|leverage|stake|stakes|investments?|hopes?)\s+in\s+$/;
/** Words of travel before "to"/"from": "flew to Beijing", "a trip to Moscow", "returned from Seoul", "on his way back to". */
const MOTION =
  'fl(?:y|ies|ew|ying|own)|flights?|travel(?:l?ed|l?ing|s)?|trips?|visits?|visited|visiting|journey(?:ed|s)?|' +
  'return(?:ed|ing|s)?|arriv(?:e|ed|es|ing)|c(?:a|o)me|comes|coming|went|go(?:es|ing|ne)?|head(?:ed|ing|s)?|' +
  'fled|flee(?:s|ing)?|mov(?:e|ed|es|ing)|relocat(?:e|ed|ing)|drove|driv(?:e|es|ing|en)|back|way|route|road|train|bus|' +
  'deported|expelled|evacuated|transferred|summoned|recalled|jet(?:ted|ting|s)?(?:\\s+off)?';
/** Parts and features of a city, written "the streets of X" or "X's streets". */
const URBAN =
  'streets?|mayor|mayoral|outskirts|suburbs?|cent(?:er|re)|heart|residents|skies|skyline|subway|metro|' +
  'neighbou?rhoods?|districts?|downtown|airports?|city\\s+(?:hall|council|government|cent(?:er|re)|limits)|' +
  'traffic|smog|air\\s+pollution|buildings|hospitals?|universit(?:y|ies)|police|landmarks?|squares?|parks?|zoo|inhabitants|population|old\\s+town';
/** Adjectives of a part of a city: "central Beijing", "downtown Seoul", "northern Moscow". */
const CITY_PART = 'central|downtown|suburban|uptown|greater|outer|inner|northern|southern|eastern|western|north-?(?:eastern|western)|south-?(?:eastern|western)';

export const CAPITAL_CITY_RULES: readonly CapitalCityRule[] = [
  {
    id: 'locative-preposition',
    // (Opening a sentence too: "In Brussels, the foreign ministers of France … met".)
    before: new RegExp(`\\b(?:${LOCATIVE})\\s+(?:the\\s+(?:city|capital)\\s+of\\s+)?$`, 'i'),
    examples: ['trade talks in Beijing', 'a rally outside Moscow', 'the government in Seoul', 'protests across Beijing', 'In Brussels, the foreign ministers met'],
    // Not: 'confidence in Washington' (STAKE_IN), 'in Moscow\'s view' (a possessive)
    why: 'a place preposition says where something is: the city, whoever governs from it (the gold labels "the government in Seoul" the city)',
  },
  {
    id: 'motion-to-from',
    before: new RegExp(`\\b(?:${MOTION})\\s+(?:back\\s+)?(?:to|from)\\s+$`),
    examples: ['Kim flew to Beijing', 'his first trip to Moscow', 'after returning from Seoul', 'on his way back to Washington'],
    why: 'one travels to and from a city; "a message to Moscow", "pressure from Washington" (no travel word) stay the state',
  },
  {
    id: 'visit-object',
    before: /\b(?:visit|visits|visited|visiting|tour|tours|toured|touring)\s+$/,
    examples: ['while visiting Brussels, Mr. Morsi said', 'Pompeo visited Seoul on Monday'],
    why: 'one visits or tours a city, as one travels to it; "pressure on Moscow" (no visit) stays the state',
  },
  {
    id: 'part-of-city',
    before: new RegExp(`\\b(?:${CITY_PART})\\s+$`),
    examples: ['central Beijing', 'downtown Seoul', 'a suburb in northern Moscow'],
    why: 'a state has no downtown: an adjective of a part of a city makes the name the city',
  },
  {
    id: 'urban-noun-of',
    before: new RegExp(`\\b(?:${URBAN}|city|capital)\\s+of\\s+$`),
    examples: ['the streets of Moscow', 'the mayor of Seoul', 'the outskirts of Pyongyang', 'the city of Beijing'],
    why: 'the streets, the mayor or the outskirts of a capital are the city\'s',
  },
  {
    id: 'city-office-of',
    before: /\b(?:(?:Deputy\s+)?Mayor|(?:Arch)?[Bb]ishop|(?:Arch)?[Dd]iocese)\s+of\s+(?:the\s+)?$/,
    examples: ['the Mayor of London', 'the Archbishop of Washington', 'the Archdiocese of Washington'],
    why: 'a mayor and a bishop hold offices of the city or its diocese, capitalised as a title or not, never of the state',
  },
  {
    id: 'capital-apposition',
    before: /\bcapital(?:\s+city)?,?\s+$/,
    examples: ["the South's capital, Seoul", 'the Russian capital Moscow'],
    why: 'a name in apposition to "capital" names the city that is the capital',
  },
  {
    id: 'urban-possessive',
    after: new RegExp(`^['’]s\\s+(?:(?:old|main|new|busy|crowded|central|historic|largest|main|biggest)\\s+)?(?:${URBAN})\\b`),
    examples: ["Seoul's mayor", "Beijing's streets", "Moscow's Sheremetyevo airport"],
    why: 'a possessive of a part or an office of a city is the city\'s; "Beijing\'s response" (any other noun) stays the state',
  },
  {
    id: 'attributive-city-noun',
    after: /^ (?:correspondents?|bureaus?|headquarters|attacks?|attackers|bombings?|bombers?|airport|metro|suburbs?|trip|cell)\b/,
    examples: ['BBC Brussels correspondent Adam Fleming said', "NATO's new Brussels headquarters", 'The Brussels attackers', "after Pompeo's Brussels trip"],
    why: 'a correspondent, a bureau, a headquarters or an attack named by a capital is placed in the city, as "in Brussels" is; "the Moscow regime", "the Beijing government" stay the state',
  },
  {
    id: 'speaking-from',
    before: /\b(?:speaking|reporting|writing|broadcasting)\s+from\s+$/,
    examples: ['says Mr. Barnes-Dacey, speaking from Brussels', 'reporting from Moscow'],
    why: 'one speaks or reports from where one is: the city; "pressure from Washington" (no such verb) stays the state',
  },
  {
    id: 'city-then-country',
    after: /^,\s+(?:the\s+)?\p{Lu}/u,
    examples: ['in Beijing, China', 'Moscow, Russia, on Tuesday'],
    why: 'a place followed by its country ("Beijing, China") is the city; checked against the country lexicon by the caller',
  },
];

/** ", China", ", the United States": the first one to four words after the comma name a country. */
function countryFollows(after: string, isCountryName: (text: string) => boolean): boolean {
  const words = after.replace(/^,\s+/, '').split(/\s+/, 5);
  if (words[0] === 'the') words.shift();
  for (let n = 1; n <= Math.min(4, words.length); n++) {
    let name = words.slice(0, n).join(' ');
    if (isCountryName(name)) return true; // "U.S."
    while (name && ',.;:)'.includes(name[name.length - 1])) name = name.slice(0, -1);
    if (isCountryName(name)) return true;
  }
  return false;
}

/** Coordination with a name just read as the city: "in Washington and Moscow", "in Seoul, Tokyo and Beijing". */
const COORDINATED = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

/**
 * The rule that reads a capital at [start, end) as the city, or null (the state). `isCountryName` tells whether the
 * words after a comma are a country's name; `previousCity` is the end of the last capital read as the city, if any.
 */
export function capitalCityRule(body: string, start: number, end: number, isCountryName: (text: string) => boolean, previousCity?: number): string | null {
  const before = body.slice(Math.max(0, start - 40), start);
  const after = body.slice(end, end + 40);
  // A possessive with any other noun after it ("Moscow's annexation", "in Beijing's view") is the state's.
  const possessive = /^['’]s\b/.test(after);
  if (STAKE_IN.test(before)) return null;
  for (const rule of CAPITAL_CITY_RULES) {
    if (rule.before && (possessive || !rule.before.test(before))) continue;
    if (rule.after && !rule.after.test(after)) continue;
    if (rule.id === 'city-then-country' && !countryFollows(after, isCountryName)) continue;
    return rule.id;
  }
  if (!possessive && previousCity !== undefined && previousCity <= start && COORDINATED.test(body.slice(previousCity, start))) return 'coordinated';
  return null;
}

/**
 * Capitals that are also the seat of a union of states, the union, and what names it in an article: "Brussels" for the
 * European Union's institutions ("a deal with Brussels", "powers handed to Brussels") when the article names the EU or
 * Brexit; in an article that names neither, the state-reading of "Brussels" stays Belgium's.
 */
const UNION_SEATS: ReadonlyMap<string, { union: string; named: RegExp }> = new Map([
  ['Brussels', { union: 'European Union', named: /\b(?:EU|European Union|European Commission|Brexit)\b/ }],
]);

/** The union a capital read as a state stands for ("negotiate a deal with Brussels" → European Union), or undefined. */
export function unionOfSeat(body: string, name: string, end: number): string | undefined {
  const seat = UNION_SEATS.get(name);
  // Not a dateline's city: "Brussels (CNN) President Donald Trump …", "BRUSSELS — …".
  return seat && !DATELINE_AFTER.test(body.slice(end, end + 4)) && seat.named.test(body) ? seat.union : undefined;
}
const DATELINE_AFTER = /^(?: ?\(| [—–-] )/;
