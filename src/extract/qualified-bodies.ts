// Stage 2c'''''' (after bodies' names joined whole, before sentence-initial bodies), a body named in full and short in
// one article: with and without its state's or the United Nations' short form ("U.S. Central Command … Central
// Command"), its legal form ("ZTE Corp. … ZTE") or its head noun ("the Senate Armed Services Committee … Senate Armed
// Services Chairman"). English drops the qualifier once the article has named the body; both forms name one body. Rules
// are data (QUALIFIED_BODY_RULES), each giving the key a mention takes when the article writes the other form too.
// Input and output: mentions.
import type { Mention } from './mentions.js';
import { COMPANY_LEGAL_FORMS, KNOWN_ORGANIZATIONS, ORG_SUFFIXES } from './lexicon/organizations.js';
import { BODY_METONYMS, CONGRESS_COMMITTEE_FIELDS, DETERMINED_BODY_HEADS as DETERMINED_HEADS } from './lexicon/government-bodies.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from './lexicon/countries.js';

export interface QualifiedBodyRule {
  id: string;
  /** The key of the other form of the body this organisation mention names, among the article's keys, or null. */
  keyFor: (m: Mention, keys: ReadonlySet<string>) => string | null;
  examples: readonly string[];
  why: string;
}

/** The United States's short forms before a body's name, a space after. Linear: fixed words. */
const US_QUALIFIER = /^(?:U\.S\.|US|United States) (?=\p{Lu})/u;
/** The United Nations' forms before a body's name, a space after. */
const UN_QUALIFIER = /^(?:U\.N\.|UN|United Nations) (?=\p{Lu})/u;
/**
 * Bodies of one word a qualifier may stand before: the chambers and the treasury, one per state. Not "Army", "Navy"
 * (every state has one: a bare "Army" beside "U.S. Army" may be another state's).
 */
const ONE_WORD_BARE: ReadonlySet<string> = new Set(['Senate', 'Congress', 'Treasury']);
/** Chambers whose committees the news names without "Committee" ("Senate Armed Services Chairman Jim Inhofe"). */
const CHAMBERS: ReadonlySet<string> = new Set(['House', 'Senate']);
/** Legal forms a company's name may end in that are no word of a body's name ("Group", "Company" are). */
const LEGAL_FORMS: ReadonlySet<string> = new Set([...COMPANY_LEGAL_FORMS].filter((f) => !['Group', 'Holdings', 'Company', 'Corporation'].includes(f)));

/** One-word bodies the lexicon knows ("Treasury", "Pentagon"): a department's head after them names the same body. */
const ONE_WORD_KNOWN: ReadonlySet<string> = new Set(KNOWN_ORGANIZATIONS.flat().filter((n) => /^\p{Lu}\p{Ll}+$/u.test(n)));

/** Last words of newspapers' names that stand alone for the paper ("the Times", "The Post"); consolidate.ts reads the same. */
const PAPER_HEADS: ReadonlySet<string> = new Set(['Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Telegraph', 'Globe', 'Chronicle', 'Gazette', 'Examiner', 'Inquirer']);

/**
 * Heads of bodies a person leads or owns, named after them: "the Obama administration", "the Clinton campaign", "Putin's
 * government". Not a department's ("the Obama Justice Department" is the Justice Department in Obama's years).
 */
const HOLDER_BODY_HEADS = /^(\p{Lu}[\p{L}'’-]+) (administration|Administration|campaign|government|team|transition team|regime)$/u;
/** Words of a person's name before the surname: a given name, a middle name or an initial ("George W.", "Hillary"). */
const GIVEN_NAME_WORD = /^(?:\p{Lu}\p{Ll}+|\p{Lu}\.(?:\p{Lu}\.)?)$/u;
/**
 * Head nouns that stand alone for the one body of the article named with them ("the Muslim Brotherhood … the
 * Brotherhood", "the European Commission … the Commission"). Not "Taliban" ("the Pakistani Taliban" is another group
 * than "the Taliban"), "House" ("White House"), "Council", "Parliament" (an article names several).
 */
const STANDALONE_HEADS: ReadonlySet<string> = new Set(['Brotherhood', 'Commons', 'Lords', 'Guards', 'Commission']);
/** A committee's name with no chamber before it: "Intelligence Committee", "Armed Services Committee". */
const BARE_COMMITTEE = /^(?!House |Senate )(?:\p{Lu}\p{L}+ )+Committee$/u;

/** A chamber and a committee's field without "Committee" ("Senate Judiciary", "House Ways and Means"): the committee's full name, or null. */
function chamberFieldCommittee(key: string): string | null {
  const space = key.indexOf(' ');
  return space > 0 && CHAMBERS.has(key.slice(0, space)) && CONGRESS_COMMITTEE_FIELDS.has(key.slice(space + 1)) ? `${key} Committee` : null;
}

/** A state's word that is not the United States's ("Syrian", "Russia"): a body it opens is another state's than the bare head's. */
const FOREIGN_STATE_WORD = (w: string) => (COUNTRY_BY_DEMONYM.get(w) ?? COUNTRY_BY_NAME.get(w) ?? 'US') !== 'US';

/** Small words inside a body's name ("Department of the Navy"). */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on']);

/** Metonym → the body's forms (lexicon/government-bodies.ts BODY_METONYMS). */
const METONYM_FORMS: ReadonlyMap<string, readonly string[]> = new Map(BODY_METONYMS.map((b) => [b.metonym, b.forms]));

/** Last words of a company's full name: its legal forms, "Limited" spelt out too. */
const COMPANY_ENDS: ReadonlySet<string> = new Set([...COMPANY_LEGAL_FORMS, 'Limited']);
/** A capitalised word of a company's name (or its "&"): "Dandong", "Hongxiang", "CEFC", "&". */
const COMPANY_NAME_WORD = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*|&)$/u;

/**
 * The one longer name of the article that a company's short name opens and that ends in a company's legal form after
 * words of its trade ("Dandong Hongxiang" … "Dandong Hongxiang Industrial Development Company"), or null. The short
 * name is two words or more, capitalised, and ends in no body's head ("Special Forces" is no short form of "Special
 * Forces Group"); a longer name that is the short one and one legal form alone ("ZTE Corp.") is legal-form's, keyed the other way.
 */
function companyFullName(m: Mention, keys: ReadonlySet<string>): string | null {
  const words = m.key.split(' ');
  if (words.length < 2 || !words.every((w) => COMPANY_NAME_WORD.test(w)) || ORG_SUFFIXES.has(words[words.length - 1]) || COMPANY_LEGAL_FORMS.has(words[words.length - 1])) return null;
  const full = [...keys].filter((k) => {
    if (!k.startsWith(`${m.key} `)) return false;
    const rest = k.slice(m.key.length + 1).replace(/,/g, '').split(' ');
    return COMPANY_ENDS.has(rest[rest.length - 1]) && rest.every((w) => COMPANY_NAME_WORD.test(w)) && (rest.length >= 2 || !LEGAL_FORMS.has(rest[0]));
  });
  return full.length === 1 ? full[0] : null;
}

export const QUALIFIED_BODY_RULES: readonly QualifiedBodyRule[] = [
  {
    id: 'us-qualifier',
    keyFor: (m, keys) => {
      const q = US_QUALIFIER.exec(m.key);
      const bare = q ? m.key.slice(q[0].length) : null;
      return bare && (bare.includes(' ') || ONE_WORD_BARE.has(bare)) && keys.has(bare) ? bare : null;
    },
    examples: ['The U.S. Central Command said … Central Command added', 'the US State Department … the State Department', 'The US Senate voted. The Senate adjourned.'],
    why: 'a body of the United States written with the short form and without it in one article ("U.S. Central Command", "Central Command") is one body, keyed bare: US news names its own state’s bodies bare (body-name-joins.ts keeps "Air Force" bare after "U.S." too)',
  },
  {
    id: 'un-qualifier',
    keyFor: (m, keys) => {
      const q = UN_QUALIFIER.exec(m.key);
      const bare = q ? m.key.slice(q[0].length) : m.key;
      if (!bare.includes(' ')) return null;
      // The article's fullest form: "United Nations X", else the first short form it writes.
      const full = [`United Nations ${bare}`, `U.N. ${bare}`, `UN ${bare}`].find((k) => keys.has(k));
      return full && full !== m.key ? full : null;
    },
    examples: ['the UN Human Rights Council … the Human Rights Council voted', 'the United Nations Development Program … the U.N. Development Program'],
    why: 'a body of the United Nations written with and without "UN" in one article is one body, keyed as the article’s fullest name ("United Nations Development Program"), the one its acronym ("UNDP") spells: a bare "Development Program" names no one body',
  },
  {
    id: 'legal-form',
    keyFor: (m, keys) => {
      const last = m.key.lastIndexOf(' ');
      if (last < 0 || !LEGAL_FORMS.has(m.key.slice(last + 1))) return null;
      const bare = m.key.slice(0, last).replace(/,$/, '');
      return keys.has(bare) ? bare : null;
    },
    examples: ['ZTE Corp. said on Monday … ZTE shares fell', 'Apple Inc. reported … Apple said'],
    why: 'a company named with its legal form ("Corp.", "Inc.", "Ltd.") and without it in one article is one company, keyed as the article’s bare name: the legal form is for the register, the news drops it after the first mention',
  },
  {
    id: 'company-short-name',
    keyFor: (m, keys) => companyFullName(m, keys),
    examples: ['The Dandong Hongxiang Industrial Development Company traded with North Korea. Dandong Hongxiang was sanctioned.', 'CEFC China Energy Company Limited said … CEFC China Energy aligned itself'],
    why: 'a company named in full — its name, the words of its trade and its legal form ("Dandong Hongxiang Industrial Development Company") — and then by its name alone ("Dandong Hongxiang") in one article is one company: the news drops the trade and the form once the company is named',
  },
  {
    id: 'committee-head',
    keyFor: (m, keys) => {
      const space = m.key.indexOf(' ');
      if (space < 0 || !CHAMBERS.has(m.key.slice(0, space)) || /(?:Committee|Subcommittee)$/.test(m.key)) return null;
      const full = `${m.key} Committee`;
      return keys.has(full) ? full : null;
    },
    examples: ['the Senate Armed Services Committee … Senate Armed Services Chairman Jim Inhofe', 'a House Foreign Affairs Committee member … at Wednesday’s House Foreign Affairs hearing'],
    why: 'a chamber’s committee named in full and, before a noun, without "Committee" ("Senate Armed Services Chairman", "House Foreign Affairs hearing") is one committee: the short form is the full name’s modifier use',
  },
  {
    id: 'department-head',
    keyFor: (m, keys) => {
      const bare = m.key.endsWith(' Department') ? m.key.slice(0, -' Department'.length) : null;
      return bare && ONE_WORD_KNOWN.has(bare) && keys.has(bare) ? bare : null;
    },
    examples: ['The Treasury said so. The Treasury Department added sanctions.'],
    why: 'a body the news names by one word ("the Treasury") written with its head noun too ("the Treasury Department") in one article is one body, keyed as the one word the lexicon knows',
  },
  {
    id: 'paper-head',
    keyFor: (m, keys) => {
      const head = m.key.startsWith('The ') ? m.key.slice(4) : m.key;
      if (!PAPER_HEADS.has(head)) return null;
      const papers = [...keys].filter((k) => k.endsWith(` ${head}`) && k.replace(/^The /, '').includes(' '));
      return papers.length === 1 ? papers[0] : null;
    },
    examples: ['The New York Times reported it. The Times said officials agreed.', 'according to the Washington Post … The Post said'],
    why: 'a newspaper\'s last word alone ("the Times", "The Post") is the one paper of that word the article names in full; an article naming two ("The New York Times", "the Los Angeles Times") or none leaves it as written',
  },
  {
    id: 'holder-full-name',
    keyFor: (m, keys) => {
      if (!HOLDER_BODY_HEADS.test(m.key)) return null;
      const full = [...keys].filter((k) => k.endsWith(` ${m.key}`) && k.slice(0, -m.key.length - 1).split(' ').every((w) => GIVEN_NAME_WORD.test(w)));
      return full.length === 1 ? full[0] : null;
    },
    examples: ['the George W. Bush administration came into office … The Bush administration engaged in talks', 'Hillary Clinton campaign aides … the Clinton campaign said'],
    why: 'a body a person leads, named once with the person\'s full name and then with the surname ("George W. Bush administration", "Bush administration"), is one body, keyed as the full name: the surname alone may be another bearer\'s (two Bush administrations)',
  },
  {
    id: 'chamber-field',
    keyFor: (m) => chamberFieldCommittee(m.key),
    examples: ['Senate Judiciary Chairman Chuck Grassley said he would hold a hearing.', 'at Wednesday’s House Oversight hearing'],
    why: 'a chamber and the field of one of its committees ("Senate Judiciary", "House Oversight") before an officer or a noun is that committee written without "Committee": keyed as its full name, one node with "the Senate Judiciary Committee", never a body of its own',
  },
  {
    id: 'chamber-committee',
    keyFor: (m, keys) => {
      if (!BARE_COMMITTEE.test(m.key)) return null;
      // (the chamber's committee named in full, or by the chamber and its field alone: "Senate Judiciary Chairman")
      const field = m.key.slice(0, -' Committee'.length);
      const full = ['House', 'Senate'].filter((c) => keys.has(`${c} ${m.key}`) || (keys.has(`${c} ${field}`) && !!chamberFieldCommittee(`${c} ${field}`))).map((c) => `${c} ${m.key}`);
      return full.length === 1 ? full[0] : null;
    },
    examples: ['the Senate Intelligence Committee … the Intelligence Committee released', 'the House Judiciary Committee … members of the Judiciary Committee'],
    why: 'a committee named with its chamber and then without ("Senate Intelligence Committee", "the Intelligence Committee") is that chamber\'s committee; an article naming both chambers\' committees of that name leaves the bare name as written',
  },
  {
    id: 'standalone-head',
    keyFor: (m, keys) => {
      if (!STANDALONE_HEADS.has(m.key)) return null;
      const full = [...keys].filter((k) => k.endsWith(` ${m.key}`));
      return full.length === 1 ? full[0] : null;
    },
    examples: ['the Muslim Brotherhood … the Brotherhood said', 'the European Commission proposed … the Commission said'],
    why: 'the head noun of a body named in full ("the Brotherhood" after "the Muslim Brotherhood") stands for that body, when the article names one body with that head only',
  },
  {
    id: 'determined-head',
    keyFor: (m, keys) => {
      const head = m.key.startsWith('The ') ? m.key.slice(4) : null;
      if (!head || !DETERMINED_HEADS.has(head)) return null;
      if (keys.has(head)) return head;
      // (a name of capitalised words: a run of a headline's words, "Pentagon declassifies Navy", is no body's name)
      const full = [...keys].filter((k) => k.endsWith(` ${head}`) && !k.startsWith('The ') && !k.split(' ').some((w) => FOREIGN_STATE_WORD(w) || (/^\p{Ll}/u.test(w) && !NAME_CONNECTORS.has(w))));
      return full.length === 1 ? full[0] : null;
    },
    examples: ['the U.S. Navy released the videos. “The Navy continues to review them,” she said.', 'the House Oversight Committee … “The Committee now plans to proceed”'],
    why: 'a capitalised "The" at a sentence\'s or a quotation\'s start is no word of a body\'s name: "The Navy" is the article\'s one body with that head ("U.S. Navy"), or the bare "Navy" it names; never another state\'s ("Syrian Navy")',
  },
  {
    id: 'metonym',
    keyFor: (m, keys) => METONYM_FORMS.get(m.key)?.find((f) => keys.has(f)) ?? null,
    examples: ['The Pentagon declassified the videos. A Defense Department spokesperson said so.'],
    why: 'a body the news names by its building ("the Pentagon") in an article that names it by its own name too ("the Defense Department") is one body, keyed as the own name',
  },
  {
    id: 'department-field',
    keyFor: (m, keys) => {
      if (!m.key.includes(' ') || !/^\p{Lu}/u.test(m.key)) return null;
      const full = [`Department of ${m.key}`, `${m.key} Department`].filter((k) => keys.has(k));
      return full.length === 1 ? full[0] : null;
    },
    examples: ['the Department of Homeland Security … Homeland Security officials said'],
    why: 'a department\'s field alone ("Homeland Security") in an article naming the department ("Department of Homeland Security") is the department: news drops the head noun once the body is named',
  },
];

/** Keys each organisation mention as the other form of its body the article writes (first rule that finds one). */
export function keyQualifiedBodies(mentions: Mention[]): Mention[] {
  const keys = new Set(mentions.filter((m) => m.type === 'Organization').map((m) => m.key));
  if (keys.size < 2) return mentions;
  let changed = false;
  const out = mentions.map((m) => {
    if (m.type !== 'Organization') return m;
    for (const rule of QUALIFIED_BODY_RULES) {
      const key = rule.keyFor(m, keys);
      if (key && key !== m.key) {
        changed = true;
        return { ...m, key };
      }
    }
    return m;
  });
  return changed ? out : mentions;
}
