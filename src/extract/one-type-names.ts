// Stage 2f (after name kinds, before entities), one name, one type per article: a name the tagger read as a body in one
// mention and as a person (named in full) or a place in others, with nothing in its own words or around it that names a
// body, is that person or place throughout. Rules are data (ONE_TYPE_RULES). Input and output: mentions.
// Exists for: "loyalty to Barack Obama and his appeasement" (a body) beside "President Barack Obama"; "Texas" read as a
// body once beside "Dallas, Texas".
import type { Mention } from './mentions.js';
import { FIRST_NAMES } from './lexicon/names.js';

export interface OneTypeRule {
  id: string;
  /** The type the organisation mention takes, given the article's other readings of its key, or null. */
  reading: (m: Mention, others: ReadonlyMap<string, { type: Mention['type']; count: number; countryCode?: string; titled?: boolean }>) => { type: Mention['type']; countryCode?: string } | null;
  examples: readonly string[];
  why: string;
}

/** A body's cue the rules found in the name's own words or slot ("Corp.", "told", a team's fixture): it stays a body. */
const cuedAsBody = (m: Mention) => m.orgCue === 'name' || m.orgCue === 'team' || m.orgCue === 'convention';

/** A person's full name: two to four capitalised words of letters, hyphens and apostrophes (no "&", no digits). */
const PERSON_NAME = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;

export const ONE_TYPE_RULES: readonly OneTypeRule[] = [
  {
    id: 'person-elsewhere',
    reading: (m, others) => {
      const o = others.get(`Person|${m.key}`);
      const self = others.get(`Organization|${m.key}`);
      if (!o || !self || o.count < self.count || !PERSON_NAME.test(m.key)) return null;
      // Titled ("President Barack Obama"), or a given name first and the surname alone a name of the article too
      // ("Obama said"): not "the Free Democrats", whose tagger's person reading nothing else bears out.
      const last = m.key.slice(m.key.lastIndexOf(' ') + 1);
      const surnameAlone = others.has(`Person|${last}`) || others.has(`Unknown|${last}`);
      return o.titled || (FIRST_NAMES.has(m.key.slice(0, m.key.indexOf(' '))) && surnameAlone) ? { type: 'Person' } : null;
    },
    examples: ['President Barack Obama spoke. That should trump loyalty to Barack Obama and his appeasement.', 'Labour MP Yvette Cooper has tabled an amendment. Yvette Cooper said so.'],
    why: 'a full name given a title ("President Barack Obama"), or opening with a given name whose surname the article also writes alone, that the article gives a person at least as often as it reads it as a body is that person where the tagger read it as a body (a possessive, an object of "to"): no body is named like a person of the same article unless its own words say so',
  },
  {
    id: 'place-elsewhere',
    reading: (m, others) => {
      const o = others.get(`Place|${m.key}`);
      const self = others.get(`Organization|${m.key}`);
      return o && self && o.count >= self.count ? { type: 'Place', countryCode: o.countryCode } : null;
    },
    examples: ['He flew to Dallas, Texas. Texas has long been a Republican state.'],
    why: 'a name the article reads as a place at least as often as it reads it as a body is that place where no cue names a body (a sentence start, a list)',
  },
];

/** Retypes each uncued organisation mention the article reads as a person or a place elsewhere (first rule that reads it). */
export function oneTypePerName(mentions: Mention[], sports = false): Mention[] {
  const orgs = mentions.filter((m) => m.type === 'Organization' && !cuedAsBody(m));
  if (!orgs.length) return mentions;
  const others = new Map<string, { type: Mention['type']; count: number; countryCode?: string; titled?: boolean }>();
  for (const m of mentions) {
    if (m.type !== 'Person' && m.type !== 'Place' && m.type !== 'Organization' && m.type !== 'Unknown') continue;
    const k = `${m.type}|${m.key}`;
    const o = others.get(k) ?? others.set(k, { type: m.type, count: 0, countryCode: m.countryCode }).get(k)!;
    o.count++;
    if (m.role || m.honorific || m.titleStart !== undefined) o.titled = true;
  }
  // A body cued anywhere in the article keeps every mention of its name.
  const cued = new Set(mentions.filter((m) => m.type === 'Organization' && cuedAsBody(m)).map((m) => m.key));
  let changed = false;
  const out = mentions.map((m) => {
    if (m.type !== 'Organization' || cuedAsBody(m) || cued.has(m.key)) return m;
    for (const rule of ONE_TYPE_RULES) {
      // In a report of games a city's name is its team ("Texas beat Seattle").
      if (sports && rule.id === 'place-elsewhere') continue;
      const r = rule.reading(m, others);
      if (!r) continue;
      changed = true;
      const { orgCue: _cue, ...rest } = m;
      return { ...rest, type: r.type, ...(r.countryCode ? { countryCode: r.countryCode } : {}) };
    }
    return m;
  });
  return changed ? out : mentions;
}
