// Stage 2d'', title domains (a step of retype, after tagging): the "of"/"for" phrase after a title names the office's
// domain, never its holder — "the Mayor of London", "the King of Jordan", "the Vice Chairman of North Korea" are no
// people named London, Jordan or North Korea. And a title word after a given name is a surname: "Rep. Peter King of New
// York" is Peter King, of New York. Run on the combined mentions, not inside the rules, so the tagger's training
// features and weights stay as they are (as holder-splits.ts does).
import type { Mention } from './mentions.js';
import { FIRST_NAMES } from './lexicon/names.js';
import { PERSON_TITLES } from './lexicon/titles.js';
import { COUNTRY_BY_CAPITAL, COUNTRY_BY_NAME, WEAK_COUNTRY_NAMES } from './lexicon/countries.js';
import { countryOfPlace, US_STATE_NAMES } from './lexicon/places.js';

/** The last words of titles ("King", "Mayor", "Chairman", "Representative"). */
const TITLE_LAST_WORDS: ReadonlySet<string> = new Set(PERSON_TITLES.map((t) => t.slice(t.lastIndexOf(' ') + 1)));
/** How the text between a title and the name ends when the name is the title's domain: " of ", " for the ". */
const OF_BEFORE_NAME = / (?:of|for) (?:the )?$/;
/** A middle initial: the "T." of "Peter T. King". */
const INITIAL = /^\p{Lu}\.$/u;

export interface TitleDomainRule {
  id: string;
  examples: readonly string[];
  why: string;
}

/** The two readings, as data for the docs and tests; `splitTitleDomain` applies them. */
export const TITLE_DOMAIN_RULES: readonly TitleDomainRule[] = [
  {
    id: 'office-domain',
    examples: ['the Mayor of London', 'the King of Jordan', 'the Vice Chairman of North Korea', 'Special Representative for North Korea'],
    why: 'a title\'s "of"/"for" phrase says where or what the office is for; the holder is unnamed (or named elsewhere), so the place is the place',
  },
  {
    id: 'title-word-surname',
    examples: ['Rep. Peter King of New York', 'Sen. Angus King of Maine', 'Rep. Peter T. King of New York'],
    why: 'a title comes before a name, so a title word after a given name or an initial is the family name, and the "of" phrase is the person\'s place',
  },
];

/**
 * The place a title's domain names, as the mention the rules would give it untitled: a country (by name, by capital —
 * capitals.ts then reads city or state — or a weak name that is no US state), a US state, a gazetteer place.
 */
export function domainMention(m: Mention): Mention | undefined {
  const base = { start: m.start, end: m.end, text: m.text, sentence: m.sentence };
  const country = COUNTRY_BY_NAME.get(m.text);
  if (country) return { ...base, type: 'Country', key: country, via: 'name' };
  const capital = COUNTRY_BY_CAPITAL.get(m.text);
  if (capital) return { ...base, type: 'Country', key: capital, via: 'capital' };
  const weak = WEAK_COUNTRY_NAMES.get(m.text);
  if (weak && !US_STATE_NAMES.has(m.text)) return { ...base, type: 'Country', key: weak, via: 'name' };
  if (US_STATE_NAMES.has(m.text)) return { ...base, type: 'Place', key: m.text, countryCode: 'US' };
  const code = countryOfPlace(m.text);
  return code ? { ...base, type: 'Place', key: m.text, countryCode: code } : undefined;
}

/**
 * A person whose name is a title's domain, read again: the place alone ("the Mayor of London" → London), or the person
 * in the role and the place ("Rep. Peter King of New York" → Peter King, New York). Undefined: the mention stands.
 */
export function splitTitleDomain(body: string, m: Mention): Mention[] | undefined {
  if (m.type !== 'Person' || !m.role || m.titleStart === undefined || m.titleStart >= m.start) return undefined;
  const gap = body.slice(m.titleStart, m.start);
  const of = OF_BEFORE_NAME.exec(gap);
  if (!of) return undefined;
  const role = gap.slice(0, of.index);
  const words = role.split(' ');
  const last = words[words.length - 1];
  if (!TITLE_LAST_WORDS.has(last)) return undefined;
  const place = domainMention(m);
  if (!place) return undefined;
  // title-word-surname when a given name (and maybe an initial) comes before the title word: "Peter T. King" starts
  // at Peter; else office-domain, the place alone.
  let first = words.length - 2;
  if (first >= 1 && INITIAL.test(words[first]) && FIRST_NAMES.has(words[first - 1])) first--;
  if (first < 0 || !FIRST_NAMES.has(words[first])) return [place];
  const name = words.slice(first).join(' ');
  const start = m.titleStart + role.lastIndexOf(name);
  const person: Mention = { start, end: start + name.length, text: name, type: 'Person', key: name, sentence: m.sentence };
  if (first > 0) {
    person.role = words.slice(0, first).join(' ');
    person.titleStart = m.titleStart;
  }
  if (m.honorific) person.honorific = m.honorific;
  return [person, place];
}

/**
 * The mentions with every title domain read again (splitTitleDomain). A person the second rule names ("Peter T. King")
 * replaces what the tagger read inside the role ("T. King", a body "Sen. Angus").
 */
export function withTitleDomains(body: string, read: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const named: Mention[] = [];
  for (const m of read) {
    const split = splitTitleDomain(body, m);
    if (!split) out.push(m);
    else {
      out.push(...split);
      if (split.length > 1) named.push(split[0]);
    }
  }
  if (!named.length) return out;
  return out.filter((m) => named.includes(m) || !named.some((p) => m.start < p.end && p.start < m.end));
}
