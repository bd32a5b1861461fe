// Quotes: who speaks — mention lookups, subjects before a cue, and pronouns resolved to the right person.
import type { Entity, Quote } from '../types.js';
import type { Sentence } from '../segment.js';
import { CHINESE_FAMILY_NAMES, FIRST_NAMES, chineseFamilyFirst, genderOfGivenName, koreanFamilyFirst, listedForBothGenders } from '../lexicon/names.js';
import { HEAD_OFFICES, KNOWN_OFFICE_HOLDERS, OFFICE_PORTFOLIOS, PERSON_TITLES, ROLE_NOUNS, US_PRESIDENTS } from '../lexicon/titles.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from '../lexicon/countries.js';
import { SPEECH_VERBS, STANCE_VERBS } from '../lexicon/speech.js';
import { AGENT_NOUNS, DOCUMENT_NOUNS, FEMALE_PERSON_NOUNS, MALE_PERSON_NOUNS, PEOPLE_GROUP_NOUNS, SOURCE_BODIES, SOURCE_PEOPLE, SPEAKING_BODY_HEADS, UNNAMED_PERSON_NOUNS, wordAlternation } from '../lexicon/sources.js';
import { PARTICIPLE_LEAD, VERB } from './patterns.js';
import { relatedSource } from './related-source.js';
import { mainClauseSubject } from './main-clause-subject.js';
import { knownOfficeHolder } from '../entities.js';

export interface SpeakerRef {
  start: number;
  end: number;
  entityId: string | null;
  pronoun?: string;
  /** An unnamed source's body when the words name one ("a State Department official" → the State Department). */
  onBehalfOf?: string;
  /** A pronoun subjecting a clause coordinated with an earlier report ("… and he assured her …"): that report's speaker. */
  coordinatedWith?: SpeakerRef;
}

export interface MentionRef {
  start: number;
  end: number;
  entityId: string;
  type: Entity['type'];
}

export function isPerson(id: string | null, mentions: MentionRef[]): boolean {
  return !!id && mentions.some((m) => m.entityId === id && m.type === 'Person');
}

/** Index of the first mention starting at or after `offset` (mentions are sorted by start): keeps lookups O(log n). */
export function firstFrom(mentions: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function mentionRefs(entities: Entity[]): MentionRef[] {
  const refs: MentionRef[] = [];
  for (const e of entities) for (const m of e.mentions) refs.push({ start: m.start, end: m.end, entityId: e.id, type: e.type });
  return refs.sort((a, b) => a.start - b.start);
}

/** Abbreviated titles and the role nouns they stand for ("Sen. Bernie Sanders" is a senator). */
const TITLE_ABBREVIATIONS: Record<string, string> = { 'sen.': 'senator', 'gov.': 'governor', 'rep.': 'congressman', 'gen.': 'general', 'amb.': 'ambassador', 'lt. gov.': 'lieutenant governor', 'pres.': 'president', 'sec.': 'secretary' };
const ABBREVIATIONS = Object.entries(TITLE_ABBREVIATIONS).map(([abbr, full]) => [new RegExp(`(^|\\s)${abbr.replace(/\./g, '\\.')}(?=\\s|$)`, 'g'), full] as const);
// "attorney" and "lawyer": an article ties them to a person by apposition ("Barbara Wells, an attorney for …") and
// then writes "the attorney told the paper"; an attorney general is no attorney (roleHolders).
export const ROLE_KEY_NOUNS = [...ROLE_NOUNS, 'nominee', 'candidate', 'lawmaker', 'representative', 'attorney general', 'lieutenant governor', 'special counsel', 'attorney', 'lawyer'];
/** The role nouns looked up whole, by their number of words and by their last word (lowerCaseTitle runs per mention). */
const ROLE_KEY_NOUN_SET: ReadonlySet<string> = new Set(ROLE_KEY_NOUNS);
const ROLE_KEY_MOST_WORDS = Math.max(...ROLE_KEY_NOUNS.map((n) => n.split(' ').length));
const ROLE_KEY_LAST_WORDS: ReadonlySet<string> = new Set(ROLE_KEY_NOUNS.map((n) => n.split(' ').pop()!));
/** Each role noun as a word, compiled with the module (roleHolders runs them on every person's roles). */
const ROLE_WORD: ReadonlyMap<string, RegExp> = new Map(ROLE_KEY_NOUNS.map((n) => [n, new RegExp(`\\b${n}\\b`)]));
/** Each role noun ending an office's words ("prime minister" → "minister"), compiled with the module (countryOfficeHolders). */
const ROLE_WORD_AT_END: ReadonlyMap<string, RegExp> = new Map(ROLE_KEY_NOUNS.map((n) => [n, new RegExp(`\\b${n}$`)]));

/**
 * A role noun's patterns, each compiled the first time it is needed and kept (not compiled again per person, role
 * and noun of every article): the noun after a qualifier ("vice president"), and before its portfolio ("secretary of state").
 */
const QUALIFIED_ROLE_WORD = new Map<string, RegExp>();
const ROLE_PORTFOLIO = new Map<string, RegExp>();
function compiledOnce(cache: Map<string, RegExp>, noun: string, source: (noun: string) => string): RegExp {
  let re = cache.get(noun);
  if (!re) cache.set(noun, (re = new RegExp(source(noun))));
  return re;
}

/** The roles a person is given in the article — their role and the titles they are named with, lower-cased, titles
 * spelled out: "Sen. Bernie Sanders" → "senator". */
export function rolesOf(e: Entity): string[] {
  const titles = [e.role ?? '', ...e.aliases.filter((a) => a.endsWith(e.name) && a !== e.name).map((a) => a.slice(0, -e.name.length))];
  const roles = [...new Set(titles.map((t) => t.trim().toLowerCase()).filter(Boolean))].map((title) => {
    let role = title;
    for (const [abbr, full] of ABBREVIATIONS) role = role.replace(abbr, `$1${full}`);
    return role.replace(/\bgop\b/g, 'republican'); // the GOP nominee is the Republican nominee
  });
  return [...new Set([...roles, ...roles.flatMap(impliedRoles)])];
}

/** Offices that make their holder something more: the Senate's leaders and whips are senators ("Senate Minority Leader
 * Mitch McConnell … The senator said"), senators and congressmen lawmakers ("Sen. Tom Cotton … the lawmaker said"). */
const IMPLIED_ROLES: readonly (readonly [RegExp, string])[] = [
  [/\bsenate\s+(?:(?:majority|minority|democratic|republican)\s+)?(?:leader|whip)\b/, 'senator'],
  [/^(?:(?!former|ex\b|then\b|late\b)[a-z.-]+\s+)*(?:senator|congressman|congresswoman)$/, 'lawmaker'],
];
/** The implied roles keep the office's modifiers ("florida senator" → "florida lawmaker"). */
function impliedRoles(role: string): string[] {
  const implied = IMPLIED_ROLES.filter(([re]) => re.test(role)).map(([, noun]) => (noun === 'lawmaker' ? `${role.slice(0, role.lastIndexOf(' ') + 1)}lawmaker` : noun));
  // …and a Senate leader a lawmaker too.
  return implied.includes('senator') ? [...implied, 'lawmaker'] : implied;
}

/** Role keys that a description with modifiers of its own does not name bare: "the Michigan lawmaker" is not Florida
 * Sen. Marco Rubio, whom the article gives no Michigan (a lawmaker is any of hundreds). */
const BARE_ONLY_KEYS: ReadonlySet<string> = new Set(['lawmaker']);

/** Whether the role key names the description: the whole of it or its last words. */
export function keyNames(noun: string, key: string): boolean {
  return noun === key || (noun.endsWith(` ${key}`) && !BARE_ONLY_KEYS.has(key));
}

/**
 * Roles → the one person holding each in the article ('' when several do): the role noun ("governor"), the noun with
 * one of the role's modifiers ("indiana governor", "republican nominee") and the whole role ("republican presidential
 * nominee"), read from each person's role and the titles they are named with.
 */
export function roleIndex(entities: Entity[], body = '', holders = roleHolders(entities, body)): Map<string, string> {
  const byRole = new Map<string, string>();
  for (const [key, ids] of holders) byRole.set(key, ids.size === 1 ? [...ids][0] : '');
  return byRole;
}

/** Roles → every person the article gives each (the keys of roleIndex). `refs`: mentionRefs(entities), when read already. */
export function roleHolders(entities: Entity[], body = '', refs?: MentionRef[]): Map<string, Set<string>> {
  const byRole = new Map<string, Set<string>>();
  const hold = (key: string, id: string) => {
    const ids = byRole.get(key);
    if (ids) ids.add(id);
    else byRole.set(key, new Set([id]));
  };
  for (const e of entities) {
    if (e.type !== 'Person') continue;
    const given = rolesOf(e);
    for (const role of [...given, ...appositiveRoles(e, body), ...titlesBefore(e, body, given)]) {
      for (const noun of ROLE_KEY_NOUNS) {
        // (Most roles hold few of the nouns: a role without the noun's letters needs no pattern run.)
        if (!role.includes(noun)) continue;
        const at = role.search(ROLE_WORD.get(noun)!);
        if (at < 0) continue;
        // The noun as a part of a longer one ("minister" of "prime minister") is that one's: a prime minister is no
        // "minister" that "the foreign minister" could name.
        if (ROLE_KEY_NOUNS.some((longer) => longer !== noun && longer.endsWith(` ${noun}`) && role.search(ROLE_WORD.get(longer)!) >= 0)) continue;
        if (noun === 'attorney' && /\battorneys?[\s-]+general\b/.test(role)) continue; // "Attorney General Eric Holder" is no "attorney"
        // "Vice President Joseph Biden" is "the vice president", not "the president"; "Attorney General Eric
        // Schneiderman" is no general.
        const qualified = compiledOnce(QUALIFIED_ROLE_WORD, noun, (n) => `\\b(vice|deputy|assistant|under|acting|former|attorney|lieutenant)[\\s-]+${n}`).exec(role);
        const key = qualified ? `${qualified[1]} ${noun}` : noun;
        if (qualified && /^(?:attorney|lieutenant)$/.test(qualified[1]) && !ROLE_KEY_NOUNS.includes(key as never)) continue;
        hold(key, e.id);
        const modifiers = role.slice(0, qualified ? qualified.index : at).split(/[\s-]+/).filter((w) => /^[a-z.]{2,}$/.test(w) && !/^(?:the|of|and|former|then|vice|deputy|assistant|under|acting)$/.test(w));
        for (const w of modifiers) hold(`${w} ${key}`, e.id);
        if (modifiers.length > 1) hold(`${modifiers.join(' ')} ${key}`, e.id);
        // The office with its portfolio: "secretary of state", "us secretary of state" ("the Secretary of State said").
        const portfolio = compiledOnce(ROLE_PORTFOLIO, noun, (n) => `\\b${n}\\s+of\\s+((?:the\\s+)?[a-z]+)`).exec(role);
        if (portfolio) for (const k of [key, ...modifiers.map((w) => `${w} ${key}`)]) hold(`${k} of ${portfolio[1]}`, e.id);
      }
    }
  }
  // The offices held for a country ("French President Emmanuel Macron"), keyed "country:FR president": no description's
  // words end so; otherOffice reads them ("the US president" is not Macron).
  if (body) for (const [key, ids] of countryOfficeHolders(entities, body, refs ?? mentionRefs(entities))) for (const id of ids) hold(key, id);
  return byRole;
}

/** Capitalised words right before a name, where its title stands: "Senate Minority Leader " before "Mitch
 * McConnell". Anchored at the end, bounded: linear. */
export const TITLE_BEFORE_NAME = /(?:^|[^\p{L}.’'-])((?:\p{Lu}[\p{L}.’'-]*\s+){1,5})$/u;

/**
 * A person's titles as the article writes them before the name, where they are longer than the title the person was
 * given ("Senate Minority Leader" for "Minority Leader", "Prime Minister" for a "Minister" cut short), and the roles
 * they imply (IMPLIED_ROLES: the Senate's leaders are senators).
 */
function titlesBefore(e: Entity, body: string, titles = rolesOf(e)): string[] {
  const out = new Set<string>();
  for (const m of e.mentions) {
    const lower = lowerCaseTitle(body.slice(Math.max(0, m.start - 60), m.start));
    if (lower) out.add(lower);
    // The capitalised words are kept only as a longer form of a title held: a person with none skips them.
    if (!titles.length) continue;
    const found = TITLE_BEFORE_NAME.exec(body.slice(Math.max(0, m.start - 80), m.start))?.[1].trim().split(/\s+/);
    if (!found) continue;
    // A word with a full stop that is no abbreviation ends the sentence before: "… of Dorchester. Sen. Mark Warner".
    let from = found.length;
    while (from > 0 && !(found[from - 1].endsWith('.') && found[from - 1].replace(/\./g, '').length > 3)) from--;
    const words = found.slice(from).join(' ').toLowerCase();
    if (!words) continue;
    let title = words;
    for (const [abbr, full] of ABBREVIATIONS) title = title.replace(abbr, `$1${full}`);
    // Only a title that extends one the person holds, from its first word on ("The Prime Minister", not "On Monday").
    const extended = titles.find((t) => title.length > t.length && title.endsWith(` ${t}`));
    if (!extended) continue;
    const parts = title.slice(0, -extended.length).trim().split(' ');
    if (parts.some((w) => /^(?:former|ex|then|late)$/.test(w))) continue; // a former office is not held
    let k = 0;
    while (k < parts.length && /^(?:the|a|an|and|but|on|in|at|by|for|with|when|as|if|after|before|while|since)$/.test(parts[k])) k++;
    if (k === parts.length) continue;
    const full = `${parts.slice(k).join(' ')} ${extended}`;
    out.add(full);
    for (const r of impliedRoles(full)) out.add(r);
  }
  return [...out];
}

/**
 * A title written in lower case right before a name, as news write one ("special counsel Robert Mueller", "White House
 * press secretary Josh Earnest"): the role noun and at most three words before it, lower-cased — not a former office,
 * nor one a preposition hands to another ("an adviser to the president Jared Kushner"). Read word by word: linear.
 */
const ANONYMOUS_TITLE: ReadonlySet<string> = new Set([...UNNAMED_PERSON_NOUNS, 'diplomat', 'judge', 'nominee', 'candidate'].filter((n) => !/^spokes/.test(n)));
function lowerCaseTitle(before: string): string | null {
  if (!/\p{Ll}\s+$/u.test(before.slice(-3))) return null;
  const words = before.trimEnd().split(/\s+/);
  // The longest role noun the last words spell (a noun of k words can only be the last k words).
  let noun = '';
  for (let k = 1; k <= ROLE_KEY_MOST_WORDS && k <= words.length; k++) {
    const tail = words.slice(-k).join(' ').toLowerCase();
    if (ROLE_KEY_NOUN_SET.has(tail) && tail.length > noun.length) noun = tail;
  }
  // Not a noun news keep for anonymous sources ("Iranian official Mahmoud Komati" … "the official, who was not
  // authorised to be identified"), nor a head of state's office, whose bare "the president" is the article's own one.
  if (!noun || ANONYMOUS_TITLE.has(noun) || HEAD_OFFICES.has(noun) || noun !== words.slice(-noun.split(' ').length).join(' ').replace(/^\p{Lu}/u, (c) => c.toLowerCase())) return null;
  const kept: string[] = [];
  let i = words.length - noun.split(' ').length - 1;
  for (; i >= 0 && kept.length < 3; i--) {
    const w = words[i];
    // (A verb or another role ends it: "President Trump asked attorney general …", "prime minister's spokesman".)
    if (/[,.;:!?()“”"]$/.test(w) || /^(?:the|a|an|his|her|their|its|said|says|told|and|or|by|with|to|of|for|from|at|in|on)$/i.test(w) || /\p{Ll}ed$/u.test(w) || ROLE_KEY_LAST_WORDS.has(w.toLowerCase().replace(/[’']s$/, ''))) break;
    kept.unshift(w);
  }
  if (i >= 0 && /^(?:to|of|for|with)$/i.test(words[i] === 'the' && i > 0 ? words[i - 1] : words[i])) return null;
  if (kept.some((w) => /^(?:former|ex|then|late|onetime|ex-\S+)$/i.test(w))) return null;
  return [...kept, noun].join(' ').toLowerCase();
}

/** A role in apposition right after a person's name: "Mattis, a retired Marine Corps general, …", "Haley, the US
 * ambassador to the UN" — the role noun ends the description or a preposition/relative word follows it. Anchored and
 * bounded: linear. */
const APPOSITIVE_ROLE = new RegExp(`^,\\s+(?:a|an|the)\\s+((?:[\\p{L}.’'-]+\\s+){0,4}?(?:${ROLE_KEY_NOUNS.join('|')}))(?=\\s*[,.;:)]|\\s+(?:of|to|for|at|in|who|and|since|until|from|under)\\b)`, 'iu');

/** A definite description ending with a role noun, or with its portfolio after it, ending the text: "The former
 * Marine Corps general", "the secretary of state". */
export const ROLE_DESCRIPTION = new RegExp(`(?:^|[\\s,(])([Tt]he\\s+(?:[\\p{L}.’'-]+\\s+){0,4}?(?:${ROLE_KEY_NOUNS.join('|')})(?:\\s+of\\s+(?:the\\s+)?\\p{L}+)?)\\s*$`, 'u');

/** The roles the article gives a person in apposition to their name, lower-cased ("retired marine corps general"). */
export function appositiveRoles(e: Entity, body: string): string[] {
  if (!body) return [];
  const roles = new Set<string>();
  for (const m of e.mentions) {
    const role = APPOSITIVE_ROLE.exec(body.slice(m.end, m.end + 100));
    if (role) roles.add(role[1].toLowerCase().replace(/\s+/g, ' '));
  }
  return [...roles];
}

/** The entity named inside [start, end), preferring people, then the last one (closest to a cue). */
export function entityIn(mentions: MentionRef[], start: number, end: number, prefer: 'first' | 'last' = 'last'): string | null {
  let best: MentionRef | undefined;
  for (let i = firstFrom(mentions, start); i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start >= end) break;
    if (m.end > end) continue;
    if (m.type === 'Event') continue;
    if (!best || (m.type === 'Person' && best.type !== 'Person') || (m.type === best.type && prefer === 'last')) best = m;
  }
  return best?.entityId ?? null;
}

export function speakerFromText(text: string, offset: number, mentions: MentionRef[], roles: Map<string, string>, prefer: 'first' | 'last' = 'last'): SpeakerRef | null {
  const trimmed = text.trim();
  const lead = offset + text.indexOf(trimmed);
  if (/^(?:he|she|they)$/i.test(trimmed)) return { start: lead, end: lead + trimmed.length, entityId: null, pronoun: trimmed.toLowerCase() };
  // "the source close to Mattis", "an aide to Pelosi": the source speaks, unnamed, not the person it is tied to.
  const related = relatedSource(trimmed, lead, mentions);
  if (related && related.start === lead) return related;
  const id = entityIn(mentions, lead, lead + trimmed.length, prefer);
  const role = /^the\s+(.+)$/i.exec(trimmed);
  // A description names an entity when it ends with its name ("the Trump campaign"), not when a name qualifies its
  // noun ("the Republican nominee", "the former first lady and U.S. senator"): that is a role.
  // …or with the people speaking for it: "the Trump team", "the Clinton campaign", "the Obama administration".
  const spokesFor = /\s(?:team|campaign|camp|administration|government|spokesman|spokeswoman|spokesperson|aides?|lawyers?|attorneys?)$/i.exec(trimmed);
  // "the US Secretary of State", "the minister of defence": a word of the office's title, not a body that speaks.
  const officeTitle = role && /\b(?:[Ss]ecretary|[Mm]inister|[Uu]ndersecretary)(?:[\s-]+[Gg]eneral)?\s+of\s+(?:the\s+)?\S+$/.test(trimmed);
  // "Russia's Emergencies Ministry", "China's foreign ministry": a country's possessive before a body or office
  // the tagger did not name. The body speaks (an Organization that covers it, else unnamed, for the country).
  const owner = id ? countryPossessor(trimmed, lead, id, mentions) : null;
  if (owner) return owner;
  const named = id && !officeTitle && (!role || mentions.some((m) => m.entityId === id && (m.end === lead + trimmed.length || (spokesFor && m.end === lead + spokesFor.index))));
  if (id && named) return { start: lead, end: lead + trimmed.length, entityId: id };
  if (role) {
    const noun = role[1].toLowerCase().replace(/\s+/g, ' ').replace(/\bgop\b/g, 'republican');
    // The longest role the words end with ("the vice president" before "the president", "the republican nominee"
    // before "the nominee"), held by one person; a qualified role is not the bare one: "the vice president" is not
    // the president.
    // "the former Marine Corps general" is not whoever holds the bare title now ("Gen. Jon Nicholson"): a former or
    // retired holder matches only with all the description's words ("the former president" is President Clinton).
    const past = /\b(?:former|retired|ex)\s+/.exec(noun);
    const described = past ? noun.slice(past.index + past[0].length) : noun;
    // …and never another office: "the Libyan prime minister" is not the foreign minister, "the US president" not the
    // French one (otherOffice).
    // (A country's office, "country:BR leader", is held now: "the former leader" is not its holder.)
    const hit = [...roles].filter(([r, id]) => (past ? !r.startsWith('country:') && (r === described || r.endsWith(` ${described}`)) : keyNames(noun, r)) && !otherOffice(role[1], r, keysOf(roles, id), roles.keys())).sort((x, y) => y[0].length - x[0].length)[0];
    const qualifiedWords = /\b(?:vice|deputy|assistant|under|acting)\s+\S+$/.test(noun);
    if (hit && hit[1] && (!qualifiedWords || hit[0].includes(' '))) return { start: lead, end: lead + trimmed.length, entityId: hit[1] };
    // A body by the noun heading its name: "the fund" is the International Monetary Fund, "the council" the Security
    // Council — when the article names one body so.
    const head = BODY_BY_HEAD.exec(noun)?.[1];
    const body = head ? bodyByHead(head, lead, mentions) : undefined;
    if (body) return { start: lead, end: lead + trimmed.length, entityId: body.entityId };
  }
  if (officeTitle) return { start: lead, end: lead + trimmed.length, entityId: null }; // an office-holder the article does not name
  return id && !role ? { start: lead, end: lead + trimmed.length, entityId: id } : null;
}

/** What follows a place's possessive as the whole subject: capitalised words of a body ("Air Transport Agency",
 * "Ministry of Foreign Affairs") or lower-case words of a body or office ("foreign ministry", "top diplomat"). */
export const COUNTRY_BODY = /^[’']s\s(?:(?:[\p{Lu}\d][\p{L}\d.&-]*|of|for|and|the)\s){0,6}\p{Lu}[\p{L}\d.&-]*$|^[’']s\s(?:[\p{Ll}-]+\s){0,3}[\p{Ll}-]+$/u; // one space between words: anchored, linear

/** "Russia's Emergencies Ministry" with id the country named first and no person in the words: the body speaks. */
function countryPossessor(trimmed: string, lead: number, id: string, mentions: MentionRef[]): SpeakerRef | null {
  const end = lead + trimmed.length;
  const place = mentions.find((m) => m.start === lead && m.entityId === id && (m.type === 'Country' || m.type === 'Place'));
  if (!place || place.end >= end || !COUNTRY_BODY.test(trimmed.slice(place.end - lead))) return null;
  let body: MentionRef | undefined;
  for (let i = firstFrom(mentions, place.end); i < mentions.length && mentions[i].start < end; i++) {
    const m = mentions[i];
    if (m.type === 'Person') return null; // "Russia's Foreign Minister Sergei Lavrov": the person (entityIn prefers one)
    if (m.type === 'Organization' && m.end === end) body = m;
  }
  if (body) return { start: body.start, end, entityId: body.entityId };
  return { start: lead, end, entityId: null, onBehalfOf: id };
}

/** A role's words without the portfolio after its noun: "secretary of state" → "secretary" (lower case, one space). */
function withoutPortfolio(noun: string): string {
  const words = noun.split(' ');
  const of = words.length >= 3 && words[words.length - 2] === 'of' ? words.length - 2 : words.length >= 4 && words[words.length - 3] === 'of' && words[words.length - 2] === 'the' ? words.length - 3 : -1;
  return of > 0 ? words.slice(0, of).join(' ') : noun;
}

/** The role noun a description ends with, a portfolio after it left out: "libyan prime minister" → "prime minister",
 * "secretary of state" → "secretary"; '' when none. */
function headRoleNoun(noun: string): string {
  const bare = withoutPortfolio(noun);
  let best = '';
  for (const n of ROLE_KEY_NOUNS) if ((bare === n || bare.endsWith(` ${n}`)) && n.length > best.length) best = n;
  return best;
}

/** The country a modifier of a role names ("Libyan", "US", "North Korean"), as its code; null when none. */
function countryOfModifier(words: string): string | null {
  const title = words.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
  return COUNTRY_BY_DEMONYM.get(title) ?? COUNTRY_BY_NAME.get(title) ?? COUNTRY_BY_NAME.get(words.toUpperCase()) ?? null;
}

/** The countries named by a role's modifiers: "north korean foreign minister" → KP (a country office's key
 * "country:KP foreign minister" names its own). */
function countriesOf(role: string): Set<string> {
  const office = /^country:(\S+)\s/.exec(role);
  if (office) return new Set([office[1]]);
  const words = role.toLowerCase().split(/\s+/);
  const codes = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (const n of [2, 1]) {
      const code = i + n <= words.length ? countryOfModifier(words.slice(i, i + n).join(' ')) : null;
      if (code) codes.add(code);
    }
  }
  return codes;
}

/** The role keys a person holds in a role index. */
export function keysOf(roles: Map<string, string>, id: string): string[] {
  return [...roles].filter(([, holder]) => holder === id).map(([k]) => k);
}

/**
 * A role key naming another office than the description: its role noun is only a part of the description's compound
 * one ("minister" of a foreign minister for "the Libyan prime minister", "general" for "the attorney general"), or the
 * description's country is not the holder's — the holder is given that office, or tied by the article or the lexicon,
 * with other countries only ("French President Macron" for "the US president", President Trump for "the French
 * president"); a holder of no known country is not it when `articleKeys` tie another person to that country.
 */
export function otherOffice(description: string, key: string, holderKeys: readonly string[], articleKeys: Iterable<string> = []): boolean {
  const noun = description.toLowerCase().replace(/\s+/g, ' ').replace(/^the\s+/, '');
  const head = headRoleNoun(noun);
  if (head && headRoleNoun(key).length < head.length) return true;
  // "the office of London's mayor": the noun before "of" heads the description, the role only qualifies it.
  if (head && /\bof\b/.test(withoutPortfolio(noun).slice(0, -head.length))) return true;
  // "the press secretary" for the one given the bare "secretary" as the defense secretary.
  const before = withoutPortfolio(noun).slice(0, -head.length).trim().split(' ');
  const portfolio = before[before.length - 1];
  if (head && portfolio && OFFICE_PORTFOLIOS.has(portfolio) && key === head) {
    const others = holderKeys.filter((k) => k.endsWith(` ${head}`) && OFFICE_PORTFOLIOS.has(k.slice(0, -head.length - 1).split(' ').pop()!));
    if (others.length && !holderKeys.includes(`${portfolio} ${head}`)) return true;
  }
  const wanted = countriesOf(noun.slice(0, noun.length - head.length));
  if (!wanted.size) return false;
  const held = new Set(holderKeys.flatMap((k) => [...countriesOf(k)]));
  if (held.size > 0) return ![...wanted].some((c) => held.has(c));
  // A holder of no known country is not the country's when the article ties someone else to it ("Russia's Vladimir
  // Putin met President Trump. The Russian president said": not Trump).
  for (const k of articleKeys) if (COUNTRY_TIE.test(k) && wanted.has(k.slice(8, k.indexOf(' ')))) return true;
  return false;
}

/** A countryTieKey. */
const COUNTRY_TIE = /^country:\S+ tie /;

/**
 * Of several bodies the noun may name ("the campaign": the Clinton and the Trump campaign), the one named last before
 * the words — unless another was named right beside it ("The Monetary Fund and the Clean Air Fund met"): then none.
 */
/** A description's words (after "the") ending with the noun heading a body's name ("fund", "ministry", "administration"). */
const BODY_BY_HEAD = /^(?:[\p{L}.'’-]+\s+){0,2}?(agency|bank|fund|council|commission|committee|court|department|bureau|ministry|network|newspaper|company|firm|union|party|campaign|foundation|institute|center|group|board|panel|administration|post|times|journal|tribune|observer|herald|gazette)$/u;

/** The body a description by its head noun names at `at`: the one organization of the article whose name has that
 * noun, or of several the one mentioned last before, clear of the others (nearestBody). */
function bodyByHead(head: string, at: number, mentions: MentionRef[]): MentionRef | undefined {
  const bodies = mentions.filter((m) => m.type === 'Organization' && m.entityId.split(/[:-]/).includes(head));
  return new Set(bodies.map((m) => m.entityId)).size === 1 ? bodies[0] : nearestBody(bodies, at);
}

/** "the" and at most two lower-case words before a body's head noun, the whole of an unnamed speaker's words ("the
 * administration", "the interior ministry"). Anchored, bounded: linear. */
export const THE_BODY_HEAD = /^[Tt]he\s+((?:[\p{Ll}-]+\s+){0,2}?(?:agency|bank|fund|council|commission|committee|court|department|bureau|ministry|network|newspaper|company|firm|union|party|campaign|foundation|institute|center|group|board|panel|administration|force|service|authority|organization|organisation|association|corps))$/u;

/**
 * An unnamed speaker that is a body by its head noun wherever it stands ("While the regime denied …, the administration
 * said …", "Kerry said the administration believes …", "…, the ministry said"), not only heading its sentence, is the
 * body the article names so (speakerFromText's reading of "the fund", "the administration"): the one organization whose
 * name has that noun and every word the description gives it, named before it.
 */
export function resolveBodyHeads(attributions: readonly { quote: Quote }[], body: string, mentions: MentionRef[]): void {
  // The organizations by the words of their ids and their first mentions, read once when a quote needs them.
  let firstAt: Map<string, number> | null = null;
  const firstMentions = () => {
    if (firstAt) return firstAt;
    firstAt = new Map();
    for (const m of mentions) if (m.type === 'Organization' && !firstAt.has(m.entityId)) firstAt.set(m.entityId, m.end);
    return firstAt;
  };
  for (const { quote: q } of attributions) {
    if (q.speakerId !== null || !q.speakerText || !q.speakerSpan) continue;
    const words = THE_BODY_HEAD.exec(q.speakerText.trim());
    const described = words ? words[1].toLowerCase().replace(/\s+/g, ' ') : '';
    // (Its last word: "the wire service" is a service; a force, a service or an authority is read here only, where the
    // body must bear every word of the description, not where a description heads its sentence.)
    const head = words ? described.split(' ').at(-1) : undefined;
    // The one body of the article so headed (not the nearest of several: "The administration" in an article on Trump that
    // names the Bush administration too), named before the words, and bearing every word they give it ("the interior
    // ministry" is the Mexican Interior Ministry; "the health ministry" is not the Israeli Defense Ministry).
    if (!head) continue;
    const bodies = [...firstMentions().keys()].filter((id) => id.split(/[:-]/).includes(head));
    const named = bodies.length === 1 ? bodies[0] : null;
    if (!named || firstMentions().get(named)! > q.speakerSpan.start) continue;
    if (!described.split(' ').every((w) => named.split(/[:-]/).includes(w))) continue;
    q.speakerId = named;
    delete q.speakerText;
    delete q.onBehalfOf;
  }
}

function nearestBody(bodies: MentionRef[], at: number): MentionRef | undefined {
  const before = bodies.filter((m) => m.end <= at);
  const last = before.at(-1);
  const other = before.filter((m) => m.entityId !== last?.entityId).at(-1);
  return last && (!other || last.start - other.end >= 15) ? last : undefined;
}

/**
 * The sentence's subject speaks when the cue is its second verb ("Mr. Schultz supported Democrats …, and said …") or
 * follows a long appositive ("Donna Sampson Rawlings, 59, of Ashton, Md., who watched …, said"): the sentence opens
 * with a person's name (or he/she) and the cue comes after "and" or a comma.
 */
export function sentenceSubject(text: string, before: string, s: Sentence, mentions: MentionRef[]): SpeakerRef | null {
  if (!/(?:,|\band)\s*$/.test(before)) return null;
  const pronoun = /^(He|She)\s/.exec(text);
  if (pronoun) return { start: s.start, end: s.start + pronoun[1].length, entityId: null, pronoun: pronoun[1].toLowerCase() };
  const first = firstSubject(s, mentions);
  if (!first || first.start - s.start > 40 || /[.;:!?]/.test(text.slice(0, first.start - s.start).replace(/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St)\./g, ''))) return null;
  // Only a name at the head of the sentence, not one inside a prepositional phrase ("In a talk with Trump, …").
  // (A rank may hold an ordinal: "Sgt. 1st Class Stephanie Cazares".)
  if (!/^(?:(?:[\p{Lu}][\p{L}.’'-]*|\d+(?:st|nd|rd|th)|the|The|a|A)\s+){0,4}$/u.test(text.slice(0, first.start - s.start))) return null;
  const after = text.slice(first.end - s.start, first.end - s.start + 3);
  if (!/^(?:,|\s+\p{Ll})/u.test(after)) return null;
  return first;
}

/** "Most of the Republicans", "Some of the Democrats": a quantity of the group the name gives, which speaks. */
const QUANTIFIER_OF_LEAD = /^(?:[Mm]ost|[Mm]any|[Ss]ome|[Aa]ll|[Ee]ach|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ff]ew|[Bb]oth|[Hh]alf|[Nn]one)\s+of\s+(?:the\s+)?$/;
/** The words before a name ending with a preposition (its object) or an indefinite or universal determiner (a modifier). */
const GOVERNED_OR_MODIFIER_LEAD = /(?:^|\s)(?:of|on|at|from|by|with|for|in|about|to|against|[Aa]n?|[Ee]very|[Ee]ach|[Aa]nother|[Aa]ny|[Nn]o)\s+(?:the\s+)?$/;

/** The words whose "’s" is a contraction (is/has), not a possessive. */
const CONTRACTED = /^(?:he|she|it|that|there|what|who|here|where|let)$/i;
const FRAME_VERB = new RegExp(`(?:^|[\\s,”"])(${VERB})\\b`, 'gu');

/**
 * "…, saying the deal was dead": a participle after a comma reports what the sentence's subject said — or, after a
 * quote's attribution, what its speaker said ("“…,” Jason Chaffetz (R-Utah) said in a statement, adding that …").
 * A subject that is no name ("Several environmental groups granted Mr. Clarke …, saying …") gives no speaker.
 */
export function participleSubject(text: string, before: string, cue: string, s: Sentence, mentions: MentionRef[], roles: Map<string, string> = new Map()): SpeakerRef | null {
  const comma = PARTICIPLE_LEAD.exec(before);
  if (!/ing$/i.test(cue) || !comma) return null;
  const pronoun = /^\s*(He|She)\b/.exec(text);
  if (pronoun) return { start: s.start + pronoun.index, end: s.start + pronoun.index + pronoun[1].length, entityId: null, pronoun: pronoun[1].toLowerCase() };
  const head = before.slice(0, comma.index) + (comma[1] ?? comma[2] ?? ''); // a closing mark stays with its quote
  let frame: RegExpExecArray | null = null;
  FRAME_VERB.lastIndex = 0;
  for (let f = FRAME_VERB.exec(head); f; f = FRAME_VERB.exec(head)) {
    // "Manafort contested the special counsel’s claims, noting …": after a possessive the cue is a noun, no frame —
    // unless "’s" is "has" ("Obama’s said") or the word a pronoun's contraction ("he’s claiming").
    const at = f.index + f[0].indexOf(f[1]);
    const lastWord = head.slice(Math.max(0, at - 40), at).trimEnd().split(/\s+/).pop() ?? '';
    const possessor = /^\p{L}[\p{L}.-]*[’']s$/u.test(lastWord) ? lastWord.slice(0, -2) : null;
    if (possessor && !CONTRACTED.test(possessor) && !/^(?:\p{Ll}+ed|said|told|written|thought)$/u.test(f[1])) continue;
    frame = f;
  }
  // After the frame only an adjunct or the quote it introduces: "Peabody said: “…,” adding that …".
  const afterFrame = frame ? head.slice(frame.index + frame[0].length) : '';
  const adjunct = !/[“”"]/.test(afterFrame) && afterFrame.length < 80;
  const quoted = /^\s*[:,]?\s*[“"][^“”"]*[”"]\s*$/.test(afterFrame);
  if (frame && (adjunct || quoted)) {
    const verbAt = frame.index + frame[0].indexOf(frame[1]);
    const who = subjectBefore(head.slice(0, verbAt), s.start, mentions, roles);
    // A frame inside a subordinate clause after the main one ("Scalise renewed that call after Trump said he won't …,
    // lauding …"): the participle hangs on the main clause, whose subject heads the sentence.
    if (who && SUBORDINATOR_END.test(head.slice(Math.max(0, who.start - s.start - 20), who.start - s.start)) && who.start - s.start > 0) {
      // (A person heading it: "House of Commons business was suspended before Lidington told MPs …, saying …" is his.)
      const first = firstSubject(s, mentions, true);
      if (first && first.start < who.start && first.entityId !== who.entityId && isPerson(first.entityId, mentions)) return first;
    }
    if (who) return who;
    // A name after the verb speaks only in an inverted frame ("…,” said Jason Chaffetz, adding"): the verb right after a
    // quote or a comma. After "was quick to accuse Russia" the name is the verb's object.
    const inverted = /(?:^|[,”"])\s*$/.test(head.slice(0, verbAt));
    const after = inverted ? /^\s+([\p{Lu}][^,]{0,60})/u.exec(head.slice(verbAt + frame[1].length)) : null;
    const named = after ? speakerFromText(after[1], s.start + verbAt + frame[1].length + after[0].indexOf(after[1]), mentions, roles, 'first') : null;
    if (named) return named;
  }
  // The subject of the last clause before the participle, when one of its own opens after ", but" / ";"
  // ("House Democrats have demanded …, but the Justice Department outlined a longer schedule, saying …"): the
  // participle hangs on the nearest clause.
  const joint = lastClauseJoint(head);
  if (joint >= 0) {
    const clause = { ...s, start: s.start + joint, text: text.slice(joint) };
    const own = firstSubject(clause, mentions, true);
    const ownLead = own ? text.slice(joint, own.start - s.start).split(/\s+/).filter(Boolean) : [];
    if (own && own.start < s.start + head.length && ownLead.length <= 4 && !ownLead.some((w) => VERB_LIKE.test(w)) && !/^['’]/.test(text.slice(own.end - s.start, own.end - s.start + 1))) return own;
    // (…or its subject before its verb when no name heads it: "…, but an army spokesman denied troops shot at Morsi
    // supporters, saying …" is the spokesman's, unnamed — the name after the verb is an object.)
    // (Only after a comma the text has: "…, but he stopped short of saying that …" is no saying.)
    const clauseMain = text.startsWith(before) ? mainClauseSubject(head.slice(joint), cue, clause, mentions, roles) : null;
    if (clauseMain && (!own || clauseMain.end <= own.start)) return clauseMain;
  }
  // The sentence's subject: a person or a body heading it, after at most a few words of title ("Democratic presidential
  // nominee Hillary Clinton chimed in on Twitter, saying …") — no verb before it ("Several groups granted Mr. Clarke …").
  // A dateline's outlet is none ("Washington (CNN) President Barack Obama slammed …, claiming …").
  const dateline = DATELINE_LEAD.exec(text)?.[0].length ?? 0;
  const first = firstSubject(dateline ? { ...s, start: s.start + dateline, text: text.slice(dateline) } : s, mentions, true);
  // No person or body heads it: a country, an unnamed noun phrase or a pronoun after a connective may (speaker.main-clause).
  // (Only after a comma the text has: a gerund after "by" or a participle after a document is read with one made up;
  // and not after a frame of speech, "…,” this official said, stressing …", whose own subject speaks.)
  if (!first || first.start >= s.start + before.length) return text.startsWith(before) && !(frame && (adjunct || quoted) && !/ing$/i.test(frame[1])) ? mainClauseSubject(head, cue, s, mentions, roles) : null;
  // "Morsi's supporters canceled a rally …, citing …": a name owning the subject's noun is not the subject; the noun
  // phrase speaks, unnamed (an agent, "Trump's spokesman", is the agent rule's, after every rule).
  const owned = OWNED_NOUN.exec(text.slice(first.end - s.start, first.end - s.start + 60));
  if (owned && isPerson(first.entityId, mentions) && !AGENT_AFTER_PRINCIPAL.test(owned[0])) return { start: first.start, end: first.end + owned[0].length, entityId: null };
  // (A sentence adverb and its comma alone before the name open no phrase: "Here, Barr cites …, noting …".)
  const lead = text.slice(dateline, first.start - s.start).replace(OPENING_PHRASE, '').replace(SENTENCE_ADVERB_LEAD, '');
  // A name after a preposition or an indefinite determiner heads nothing: "A troll on Facebook, …, saying" is the
  // troll's, "Every BBC interview was showing people …, saying" nobody's the BBC.
  // (A name in an adjunct opening the sentence, "Next week at the United Nations, Trump …", is subjectAfterOpeningAdjunct's.)
  if (!isPerson(first.entityId, mentions) && GOVERNED_OR_MODIFIER_LEAD.test(lead) && !QUANTIFIER_OF_LEAD.test(lead) && !OPENING_ADJUNCT.test(text)) return null;
  const words = lead.split(/\s+/).filter(Boolean);
  if (words.length <= 5 && !/[,;:]/.test(lead) && !words.some((w) => /^(?:\p{Ll}+ed|has|have|had|is|was|are|were|will|would|can|could|said|says)$/u.test(w))) return first;
  // The first name is an object after the main verb ("Russia has supported Yanukovych, calling …"): the main clause's
  // subject before it speaks (speaker.main-clause-subject), under the same conditions as above — when it names a
  // country or a body (an unnamed noun phrase before a named object stays unread: "Several groups granted Clarke …").
  const main = text.startsWith(before) && !(frame && (adjunct || quoted) && !/ing$/i.test(frame[1])) ? mainClauseSubject(head, cue, s, mentions, roles) : null;
  // (An unnamed noun phrase as that subject speaks, unnamed, when the name stands after its verb as an object or inside
  // an adjunct: "A senior administration official called it a “wise” decision for Trump …, noting …" is the official's.)
  // (Only after a verb of saying or stance: the participle goes on with that speech act. "Several groups granted Clarke
  // an extension, saying …" stays unread.)
  if (main && !main.entityId && !main.pronoun && main.end <= first.start && !/[,;:]/.test(text.slice(main.end - s.start, first.start - s.start)) && opensWithSpeechVerb(text.slice(main.end - s.start, first.start - s.start))) return main;
  return main && (main.entityId || main.pronoun) ? main : null;
}

/** Whether the words after a subject open with a verb of saying or stance, an adverb at most before it ("called",
 * "flatly denied"): a word list, no pattern. */
function opensWithSpeechVerb(words: string): boolean {
  const [w0, w1] = words.trimStart().split(/\s+/, 2);
  const verb = /^\p{Ll}+ly$/u.test(w0 ?? '') ? w1 : w0;
  return !!verb && (SPEECH_VERBS.has(verb) || STANCE_VERBS.has(verb) || verb === 'called' || verb === 'described');
}
/** A sentence adverb and its comma, all the words before a sentence's first name ("Here, Barr …", "Likewise, Macron …"). */
const SENTENCE_ADVERB_LEAD = /^(?:Here|Now|Indeed|Finally|Similarly|Likewise|Moreover|Furthermore|Additionally|Again|Elsewhere|Earlier|Later|Then),\s*$/;
/** A subordinator ending the words before a subject: its clause is subordinate ("… after Trump said"). Anchored at the end: linear. */
const SUBORDINATOR_END = /(?:^|\s)(?:after|before|since|because|when|while|once|until|although|though|whereas)\s+$/i;

/** A dateline opening a sentence: a place, then the agency in parentheses and a dash at most ("Washington (CNN) "). */
const DATELINE_LEAD = /^[\p{Lu}][^()\n]{0,60}\((?:CNN|AP|AFP|Reuters|Xinhua|UPI|dpa|AA)\)\s*(?:(?:--|[—–-])\s*)?/u;
/** After a possessive name, a noun of people up to the verb: "’s supporters" of "Morsi’s supporters canceled" (not a
 * thing: "Trump's original threat was followed up with a tweet boasting …" is Trump's). */
export const OWNED_NOUN = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:supporters|followers|allies|aides|advisers|advisors|lawyers|attorneys|opponents|critics|backers|loyalists|troops|forces|fighters|men|officials|ministers|generals|family|relatives|children|sons|daughters|colleagues|staff|team|campaign|administration|government|party|spokesmen|representatives|defenders|friends|rivals|voters|fans|partisans)(?=\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|has|have|had|is|was|are|were|will|would|can|could|said|say|says)\b)/u;
/** Where the last clause of `head` opens after ", but", ", while", ", yet" or ";", else -1 (not ", and": it joins names
 * as often as clauses, "his deputy, Taro Aso, and U.S. Vice President Mike Pence have begun …, suggesting"). */
function lastClauseJoint(head: string): number {
  let at = -1;
  for (const m of head.matchAll(/(?:,\s+(?:but|while|whereas|yet)|;)\s+/g)) at = m.index + m[0].length;
  return at;
}
/** The mention's text, read from the clause it ends (offset is the clause's position in the body). */
export function mentionTextIn(m: MentionRef, offset: number, clause: string): string {
  return clause.slice(Math.max(0, m.start - offset), m.end - offset);
}

/** The speaker at the end of the text before a cue: "Lavrov", "Lavrov, speaking through a translator, also", "He". */
/** A head that names a role, any name in it a modifier: "A spokeswoman for Romney", "Romney's spokeswoman". */
const ROLE_HEAD = /(?:^|[\s,])(?:[Aa]n?|[Tt]he|[\p{Lu}][\p{L}.-]*[’']s)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+(?:\s+(?:for|of|to|at|with|from)\s+[^,;]{1,80})?$/u;

/** A subject phrase that is a number or group of people: "Two senior Democrats", "Both senators", "Three Republicans". */
const PLURAL_HEAD = /^(?:[\p{L}-]+\s+){0,2}(?:[\p{Lu}][\p{L}-]*|\p{Ll}+)s$|^(?:Two|Three|Four|Both)\s/u;
/** An appositive naming a role in a body, ending the text: ", president of the United Federation of Teachers". */
const ROLE_APPOSITIVE = /^,\s(?:(?:the|a|an|its|his|her)\s)?(?:[\p{L}-]+\s){0,4}?(?:of|for|at|to|with)\s/u; // read on the last comma's segment only: anchored, linear

/** Auxiliaries and adverbs that stand between a subject and its verb ("has also said", "have repeatedly said"). */
const BETWEEN_SUBJECT_AND_VERB = new Set(['also', 'later', 'then', 'again', 'previously', 'repeatedly', 'once', 'had', 'has', 'have', 'would', 'will', 'reportedly', 'earlier', 'publicly', 'privately', 'recently', 'further', 'now', 'still', 'just', 'even', 'often', 'long', 'is', 'was', 'are', 'were', 'been', 'since', 'consistently', 'always', 'frequently', 'openly', 'explicitly', 'separately', 'likewise', 'similarly', 'already', 'first', 'initially', 'originally', 'subsequently']);
/** Spans of time between a subject and its verb: "for weeks", "for years". */
const BETWEEN_SPAN = new Set(['days', 'weeks', 'months', 'years', 'decades']);

/** The words before a verb without up to three auxiliaries and adverbs ending them ("Amnesty International has
 * consistently" → "Amnesty International", "Iran has since" → "Iran"), read word by word from the end: linear. */
function withoutAdverbsBeforeVerb(t: string): string {
  for (let k = 0; k < 3; k++) {
    const trimmed = t.trimEnd();
    const space = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('\t'));
    if (space < 0) break;
    const word = trimmed.slice(space + 1).toLowerCase();
    if (BETWEEN_SUBJECT_AND_VERB.has(word)) {
      t = trimmed.slice(0, space);
      continue;
    }
    const head = trimmed.slice(0, space).trimEnd();
    if (BETWEEN_SPAN.has(word) && /(?:^|\s)for$/i.test(head.slice(-4))) {
      t = head.slice(0, -3);
      continue;
    }
    break;
  }
  return t;
}

/** The words before a subject are one adjunct opening the sentence, closed by its comma ("Noting that the comments
 * coincided with the day, Katz wrote", "After meeting the three presidents, Pence said"): the subject opens the main
 * clause, and no preposition or participle inside the adjunct governs it. Anchored, one negated class: linear. */
export const OPENING_ADJUNCT_ONLY = /^\s*(?:\p{Lu}\p{Ll}+ing|After|Before|While|When|Although|Though|Because|Since|As|If|Once|Until|Unless|Asked|In|On|At|During|Despite|Following)\s[^,;:“”"]*,\s*$/u;

/** A definite description closing with its common noun head ("The agency", "the UN refugee agency") that opens its clause
 * (not "an analysis of the police watchdog"): what a name in apposition after it may be. Anchored at the end, bounded: linear. */
export const DESCRIBED_BODY_HEAD = /(?:^|,\s)(?:(?:But|And|So|Yet)\s+)?(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\p{L}.’'-]+\s+){0,4}?\p{Ll}[\p{Ll}-]+$/u;

export function subjectBefore(before: string, offset: number, mentions: MentionRef[], roles: Map<string, string>): SpeakerRef | null {
  // Only the clause of this sentence counts: "… in Syria. He said" → "He said".
  const lastStop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '));
  if (lastStop >= 0 && !/(?:\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|St))$/u.test(before.slice(0, lastStop))) {
    offset += lastStop + 2;
    before = before.slice(lastStop + 2);
  }
  let t = before.replace(/\s+(?:is|was|has|have|does|did|do|would|will|could)n[’']t\s*$|\s+(?:is|was|has|have|does|did|do|would|will)\s+(?:not|never)\s*$/, '');
  // Auxiliaries and adverbs between the subject and its verb, up to three ("has also said", "have repeatedly said",
  // "has since acknowledged", "had for weeks argued").
  t = withoutAdverbsBeforeVerb(t);
  t = t.replace(/(?<=\p{L})[’']s\s*$/u, '');
  t = t.replace(/\s+(?:also|later|then)\s*$/i, '');
  // "The secretary did admit that …": an emphatic auxiliary between the subject and the cue.
  t = t.replace(/\s+(?:did|does|do)\s*$/, '');
  // "Wells Fargo just this month announced", "Trump on Friday said": a time between the name and the cue.
  // ("The Saudis over the weekend claimed", "Iran last night denied".)
  t = t.replace(/\s+(?:(?:just|only|also|earlier|late|early)\s+)?(?:(?:this|last|next)\s+(?:week|month|year|morning|afternoon|evening|weekend|night)|over\s+the\s+weekend|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:yesterday|today))\s*$/, '');
  t = t.replace(/\s*\([^()]{1,24}\)\s*$/, ''); // "Sen. David Perdue (R-Ga.) said"
  // "Kall -- co-editor of Debating The Donald, a book … -- said": an appositive between dashes.
  // One space on each side of a dash: the words between take any further spaces (runs of \s+ beside them backtracked).
  t = t.replace(/\s(?:--|—|–)\s[^—–]{1,200}?\s(?:--|—|–)\s*$/, '').trimEnd();
  t = t.replace(/\s*\([^()]{1,24}\)\s*$/, ''); // "Sen. Lindsey Graham (R-S.C.) — a vocal sanctions hawk … — said"
  // Strip one trailing appositive: "Lavrov, speaking through a translator," → "Lavrov"
  const appositive = /,[^,“”"]{1,200},\s*$/.exec(t); // not from a quote's closing comma ("…the FBI,” X said in a statement,")
  if (appositive) {
    // "The state’s campaign chairman, Phil Lovas, said": a named person in the appositive is the speaker when the
    // head before it names no one.
    const head = t.slice(0, appositive.index);
    const named = entityIn(mentions, offset + appositive.index, offset + appositive.index + appositive[0].length);
    const headNamed = /\p{Lu}/u.test(head.slice(-60)) ? entityIn(mentions, offset + Math.max(0, head.length - 60), offset + head.length) : null;
    // …or when the appositive is nothing but the person's name and the head does not end with another person's
    // ("The US envoy to the UN, Nikki Haley, said": Haley, not the UN).
    const nameOnly = named !== null && isPerson(named, mentions) && appositiveIsName(appositive[0], offset + appositive.index, mentions) && !endsWithPerson(head, offset, mentions);
    // …or when the head is a country's office or body ("Scotland's First Minister, the SNP's Nicola Sturgeon,"): the
    // country only owns the office (speaker.country-body).
    const placeOffice = headNamed !== null && mentions.some((m) => m.entityId === headNamed && (m.type === 'Country' || m.type === 'Place') && m.start >= offset && m.end < offset + head.length && COUNTRY_BODY.test(head.slice(m.end - offset)));
    // A participial appositive describes the head ("…, supported by Sergey Lavrov,"): the person in it is no speaker.
    // …nor in a relative clause after an unnamed head ("The source, who is close to Vladimir Putin, said": the source).
    const participial = /^,\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{3,}ed|known|led|held|seen|flanked)\s+(?:by|from|with)\s/u.test(appositive[0]) || (!headNamed && /^,\s+(?:who|whom|whose|which)\s/.test(appositive[0]));
    // A plural head with a list of people after it ("Two senior Democrats, Senate Minority Leader Chuck Schumer of New
    // York and … Mark Warner of Virginia, said"): the people speak, not the party the head names; the first is credited.
    if (PLURAL_HEAD.test(head) && /\sand\s/.test(appositive[0]) && !participial && !/^,\s+(?:including|such\s+as|among\s+them)\s/.test(appositive[0])) {
      const at = offset + appositive.index;
      const people = [] as MentionRef[];
      for (let i = firstFrom(mentions, at); i < mentions.length && mentions[i].start < at + appositive[0].length; i++) if (mentions[i].type === 'Person') people.push(mentions[i]);
      if (people.length >= 2) return { start: people[0].start, end: people[0].end, entityId: people[0].entityId };
    }
    if (named && !participial && (!headNamed || ROLE_HEAD.test(head) || nameOnly || placeOffice) && isPerson(named, mentions) && !/[.!?]\s/.test(head.slice(-60).replace(/(?<![\p{L}.])(?:\p{Lu}\.)+/gu, ''))) {
      const at = offset + appositive.index;
      return { start: at, end: at + appositive[0].length, entityId: named };
    }
    // "The agency, UNHCR, says", "The UN refugee agency, UNHCR, said": a body named alone in apposition to a definite
    // description ending with a common noun is the body the description is: it speaks.
    if (named && !participial && appositiveIsBody(appositive[0], offset + appositive.index, mentions) && head.length <= 200 && DESCRIBED_BODY_HEAD.test(head)) {
      const at = offset + appositive.index;
      return { start: at, end: at + appositive[0].length, entityId: named };
    }
    t = head.replace(/\s*\([^()]{1,24}\)\s*$/, ''); // "Rep. Gregory W. Meeks (D-N.Y.), chairman of …, said"
  }
  // "Michael Mulgrew, president of the United Federation of Teachers(, which …), said": a person and their role in a
  // body; the body named inside the role is not the speaker.
  const lastComma = t.lastIndexOf(',');
  const segment = lastComma >= 0 ? t.slice(lastComma) : '';
  if (segment.length <= 140 && !/[;:“”"]/.test(segment) && ROLE_APPOSITIVE.test(segment)) {
    const personEnd = offset + lastComma;
    for (let i = firstFrom(mentions, personEnd - 80); i < mentions.length && mentions[i].start < personEnd; i++) {
      const m = mentions[i];
      if (m.end === personEnd && m.type === 'Person') return { start: m.start, end: m.end, entityId: m.entityId };
    }
  }
  // "The source close to Mattis said", "A person familiar with Trump’s thinking said": an unnamed source.
  const related = relatedSource(t, offset, mentions);
  if (related) return related;
  const trimmedEnd = offset + t.replace(/\s+$/, '').length;
  // A name governed by a preposition is no subject: "Danny Gonzalez of the group Move America Forward said" is
  // Gonzalez, "Prosecutors in New York say" unnamed prosecutors speaking for New York.
  for (let i = firstFrom(mentions, trimmedEnd - 80); i < mentions.length && mentions[i].start < trimmedEnd; i++) {
    const m = mentions[i];
    if (m.end !== trimmedEnd || m.start < offset) continue;
    const headText = beforeCoordination(t.slice(0, m.start - offset), offset, mentions);
    // (Not inside an opening adjunct: "Noting that the comments coincided with the day, Katz wrote" — Katz.)
    const governed = OPENING_ADJUNCT_ONLY.test(headText) ? null : governingHead(headText, offset, mentions, m.type === 'Person');
    // Unnamed people of several bodies or countries speak for none of them alone.
    const listed = headText.length < m.start - offset;
    if (governed) return governed.person ?? { ...governed.unnamed!, end: trimmedEnd, onBehalfOf: governed.envoy ? governed.unnamed!.onBehalfOf : m.type === 'Person' || listed ? undefined : m.entityId };
    break;
  }
  // A named body ending right before the cue: "The Trump campaign said", "Clinton’s team says".
  for (let i = firstFrom(mentions, trimmedEnd - 80); i < mentions.length && mentions[i].start < trimmedEnd; i++) {
    const m = mentions[i];
    if (m.end !== trimmedEnd || m.type !== 'Organization' || !/\s/.test(mentionTextIn(m, offset, t))) continue;
    // …unless it ends a modifier of the subject ("Sources quoted by The Post said"): the people it modifies speak. (A
    // document heading it stays the body's: "A statement released by the White House said".)
    const pre = t.slice(0, m.start - offset);
    return (AGENT_BY_BEFORE.test(pre.slice(-40)) ? modifiedNoun(pre, offset, mentions, false) : null) ?? { start: m.start, end: m.end, entityId: m.entityId };
  }
  // "The former Marine Corps general said", "The secretary said": a role description as the subject is the person the
  // article gives that role (by title or apposition), when one does.
  const described = ROLE_DESCRIPTION.exec(t.slice(-120));
  if (described) {
    const at = offset + t.length - described[1].length - (t.length - t.trimEnd().length);
    const holder = speakerFromText(described[1], at, mentions, roles);
    if (holder?.entityId && isPerson(holder.entityId, mentions)) return holder;
  }
  const tail = /(?:^|[\s,(—–-])((?:[Hh]e|[Ss]he|[Tt]hey)|(?:[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]*){0,3}(?:['’]s)?\s+(?:team|campaign|camp|administration|aides?|advisers?|spokesman|spokeswoman|spokesperson|lawyers?|attorneys?))|(?:[Tt]he\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,2}[a-z]+(?:\s+[a-z]+)?)|(?:[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+(?:of|the|al|bin|de|van|von|[\p{Lu}][\p{L}\p{M}'’.-]*)){0,6}))\s*$/u.exec(t);
  if (!tail) return null;
  const start = offset + tail.index + tail[0].length - tail[1].length - (tail[0].endsWith(' ') ? 0 : 0);
  const phraseStart = offset + t.lastIndexOf(tail[1]);
  // The name is the object of a preposition: the noun before it heads the subject ("Danny Gonzalez of the group Move
  // America Forward said" → Gonzalez; "defense officials in the United Kingdom disagreed" → the officials, unnamed).
  const named = speakerFromText(tail[1], phraseStart >= offset ? phraseStart : start, mentions, roles);
  const governed = OPENING_ADJUNCT_ONLY.test(t.slice(0, Math.max(0, phraseStart - offset))) ? null : governingHead(t.slice(0, Math.max(0, phraseStart - offset)), offset, mentions, isPerson(named?.entityId ?? null, mentions));
  if (governed) return governed.person ?? { ...governed.unnamed!, end: offset + t.trimEnd().length, onBehalfOf: governed.envoy ? governed.unnamed!.onBehalfOf : named?.entityId ?? undefined };
  // "Mr Maduro, backed by Russia, China and the military, said": the name ends a modifier of the subject.
  if (named?.entityId && !named.pronoun) {
    // (A name right after an opening adjunct's comma heads the main clause: no modifier holds it.)
    if (OPENING_ADJUNCT_ONLY.test(t.slice(0, named.start - offset))) return named;
    const host = modifiedNoun(t.slice(0, named.start - offset), offset, mentions);
    // An unnamed host may be a role the article gives someone ("The president, flanked by Mike Pence, said").
    const hostWords = host && !host.entityId ? t.slice(host.start - offset, host.end - offset) : '';
    const holder = /^[Tt]he\s/.test(hostWords) ? speakerFromText(hostWords, host!.start, mentions, roles) : null;
    return (holder?.entityId && isPerson(holder.entityId, mentions) ? holder : host) ?? named;
  }
  return named;
}

/** The appositive (", NAME,") is one mention, with at most a title or a body's possessive before it ("Sen.", "Mr.",
 * "Labour's": in "Wales' First Minister, Labour's Mark Drakeford," the party modifies the person, who heads it). */
function appositiveIsName(appositive: string, at: number, mentions: MentionRef[]): boolean {
  // String steps, not one pattern: the commas around the name and the spaces inside them.
  const trimmed = appositive.trimEnd();
  if (!trimmed.startsWith(',') || !trimmed.endsWith(',')) return false;
  const inner = trimmed.slice(1, -1).trim();
  const from = at + appositive.indexOf(inner);
  const to = from + inner.length;
  // …and at most a home place after it: "John Cornyn of Texas".
  const ends = (m: MentionRef) => m.end === to || (m.end < to && /^\s(?:of|from)\s\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}$/u.test(inner.slice(m.end - from)));
  return mentions.some((m) => m.type === 'Person' && ends(m) && m.start >= from && /^(?:(?:[\p{Lu}][\p{L}]*(?:\.|[’']s)?)\s+){0,2}$/u.test(inner.slice(0, m.start - from)));
}

/** The appositive (", NAME,") is one organization's mention alone, "the" at most before it (", UNHCR,"). */
function appositiveIsBody(appositive: string, at: number, mentions: MentionRef[]): boolean {
  const trimmed = appositive.trimEnd();
  if (!trimmed.startsWith(',') || !trimmed.endsWith(',')) return false;
  const inner = trimmed.slice(1, -1).trim().replace(/^the\s+/i, '');
  const from = at + appositive.indexOf(inner);
  return mentions.some((m) => m.type === 'Organization' && m.start === from && m.end === from + inner.length);
}

/** The text ends with a person's name (a comma-free list of people, "Trump, Pence, said", is no appositive). */
function endsWithPerson(text: string, offset: number, mentions: MentionRef[]): boolean {
  const end = offset + text.trimEnd().length;
  return mentions.some((m) => m.type === 'Person' && m.end === end);
}

/** A noun phrase's head and a preposition ending the text: "Danny Gonzalez of the group ", "defense officials in the ",
 * "rebels in eastern " (a compass word before a place is part of its name's phrase). */
const HEAD_BEFORE_PREPOSITION = /(?:^|[\s,(])([\p{L}’'.-]+)\s+(?:of|from|in|on|at|for|with|within|inside|among)\s+(?:(?:the|a|an)\s+)?(?:(?:group|party|firm|organization|agency)\s+|(?:north|south|east|west|central|northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern)\s+)?$/u;
/** An envoy's noun and "to" before the country or body it is sent to: "ambassador to the ", "envoy to ". The name after
 * it is where the envoy serves, not whom it speaks for. */
export const ENVOY_BEFORE_TO = /(?:^|[\s,(])(ambassadors?|envoys?|diplomats?|emissary|emissaries|delegates?|consul|representatives?)\s+to\s+(?:the\s+)?$/;
/** A determiner opening an envoy's phrase (the last one before the envoy noun counts). */
const ENVOY_DETERMINER = /(?:^|\s)(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s/g;
/** Words opening the noun phrase a head closes: determiners and quantifiers ("some", "two"), adjectives and names modifying it. */
const PHRASE_WORDS = /(?:(?:^|[\s,(])(?:[\p{L}’'.-]+)){1,4}$/u;
/** A preposition (and article) right before a name: the name is its object. */
const GOVERNED = /\b(?:of|about|for|with|to|from|by|in|on|at|against|than|over)\s+(?:the\s+)?$/;
/** Heads of people who speak for the person after the preposition: "a spokeswoman for Clinton", "lawyers for Cohen". */
const PEOPLE_SPEAKING_FOR = /^(?:spokes(?:man|men|woman|women|person|people)|lawyers?|attorneys?|aides?|advisers?|advisors?|representatives?|friends?|allies|associates?|officials?|sources?|staffers?|counsel)$/;
/** Quantifiers that head a noun phrase of people on their own: "Many in Congress", "Some within the party". */
const QUANTIFIER_HEAD = /^(?:[Mm]any|[Ss]ome|[Oo]thers|[Ff]ew|[Mm]ost|[Ss]everal)$/;
/** Words that head no subject: verbs, adverbs and the like before a preposition ("spoke in", "said on", "also at"). */
const NOT_A_HEAD = /^(?:\p{Ll}+(?:ed|ing|ly)|said|says|told|spoke|met|went|was|is|are|were|be|been|has|have|had|will|would|can|could|also|then|not|who|which|that|and|or|but|as|so|than|up|out|down|off|back|over|one|more|most|all|both|each|many|some|much|it|this|these|those|there|here)$/u;

/**
 * The head of the subject when the text ends with a preposition governing the name after it: a person named right
 * before the preposition ("Danny Gonzalez of the group …"), or a plural or common noun ("defense officials in …",
 * "Some Republicans on …", "A spokeswoman for …"), an unnamed source speaking for the name.
 */
/** The words before a list of names joined by commas and "and"/"or", the list's first name included: "Officials in
 * South Korea, the United States and Japan" is read as "Officials in South Korea" (so the head governs them all). */
function beforeCoordination(text: string, offset: number, mentions: MentionRef[]): string {
  for (let n = 0; n < 6; n++) {
    const conj = /(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/.exec(text.slice(-16));
    if (!conj) break;
    const end = offset + text.length - conj[0].length;
    const k = firstFrom(mentions, end - 80);
    let previous: MentionRef | undefined;
    for (let i = k; i < mentions.length && mentions[i].start < end; i++) if (mentions[i].end === end) previous = mentions[i];
    if (!previous || previous.start < offset) break;
    text = text.slice(0, previous.start - offset);
  }
  return text;
}

export function governingHead(text: string, offset: number, mentions: MentionRef[], governedPerson = false, depth = 0): { person?: SpeakerRef; unnamed?: SpeakerRef; envoy?: boolean } | null {
  // Only the last words can hold the head: a bounded slice keeps the unanchored search linear.
  const cut = Math.max(0, text.length - 120);
  text = text.slice(cut);
  offset += cut;
  const envoy = HEAD_BEFORE_PREPOSITION.exec(text) ? null : ENVOY_BEFORE_TO.exec(text);
  const p = envoy ?? HEAD_BEFORE_PREPOSITION.exec(text);
  if (!p) return null;
  const head = p[1];
  const headEnd = offset + p.index + p[0].indexOf(head) + head.length;
  for (let i = firstFrom(mentions, headEnd - 80); i < mentions.length && mentions[i].start < headEnd; i++) {
    const m = mentions[i];
    // A person heads it — unless a preposition governs the person too ("the death of Terence Crutcher in Tulsa"); so
    // does a body named by its members ("Some Republicans on the committee": the party).
    if (m.end !== headEnd) continue;
    // A body governed in turn is one link of a chain of modifiers ("Jeffrey Lewis of the Middlebury Institute … at
    // Monterey"): its own head heads the subject.
    if (GOVERNED.test(text.slice(Math.max(0, m.start - offset - 30), m.start - offset))) return m.type !== 'Person' && depth < 3 ? governingHead(text.slice(0, m.start - offset), offset, mentions, governedPerson, depth + 1) : null;
    return m.type === 'Person' || /s$/.test(head) ? { person: { start: m.start, end: m.end, entityId: m.entityId } } : null;
  }
  // A quantifier heading the phrase stands for people of the body ("Many in Congress", "some within the party"):
  // unnamed, speaking for it.
  const quantified = QUANTIFIER_HEAD.test(head) && /^\s+(?:in|within|inside|among|on|at)\s/.test(p[0].slice(p[0].indexOf(head) + head.length)) && /(?:^|[,;]|\b(?:[Aa]nd|[Bb]ut|[Yy]et))\s*$/.test(text.slice(0, p.index + p[0].indexOf(head)));
  if (quantified) return { unnamed: { start: headEnd - head.length, end: headEnd, entityId: null } };
  if (NOT_A_HEAD.test(head) || !(/^\p{Ll}[\p{Ll}-]+$/u.test(head) || /^\p{Lu}\p{Ll}+s$/u.test(head))) return null;
  // A person governed by the preposition speaks only through a spokesperson, a lawyer, an aide ("A spokeswoman for
  // Hillary Clinton"); "footage of Hillary Clinton asking" is still Clinton.
  if (governedPerson && !PEOPLE_SPEAKING_FOR.test(head)) return null;
  const phrase = PHRASE_WORDS.exec(text.slice(0, p.index + p[0].indexOf(head)).trimEnd());
  // The phrase begins after a clause boundary: a comma, a conjunction or a verb is not part of it.
  const words = phrase ? phrase[0].split(/[\s,(]+/).filter(Boolean) : [];
  let k = words.length;
  while (k > 0 && !/^(?:and|but|or|that|while|because|as|when|if|said|says)$/i.test(words[k - 1]) && !/(?:ed|ing)$/.test(words[k - 1])) k--;
  const kept = words.slice(k).join(' ');
  const from = Math.max(offset, headEnd - head.length - (kept ? kept.length + 1 : 0));
  // An envoy speaks for the country sending it, when its phrase names one ("Syria’s ambassador to the UN"), never for the
  // country or body it is sent to.
  // (Its phrase opens at its determiner, "On Friday the U.S. ambassador", and holds a name cut inside it whole, "The
  // United States ambassador".)
  if (envoy) {
    let start = from;
    let determiner: RegExpExecArray | undefined;
    for (const d of text.slice(from - offset, headEnd - offset - head.length).matchAll(ENVOY_DETERMINER)) determiner = d;
    if (determiner) start = from + determiner.index + determiner[0].length - determiner[0].trimStart().length;
    let sender: string | undefined;
    for (let i = firstFrom(mentions, start - 40); i < mentions.length && mentions[i].start < headEnd; i++) {
      const m = mentions[i];
      if (m.end <= start - 1 || m.type === 'Event') continue;
      if (m.start < start && !determiner) start = m.start;
      if (m.type === 'Country') sender = m.entityId;
    }
    return { unnamed: { start, end: headEnd, entityId: null, onBehalfOf: sender }, envoy: true };
  }
  return { unnamed: { start: from, end: headEnd, entityId: null } };
}

// An opening phrase and discourse adverbs around it: "On Thursday, however, Trump spoke …", "Still, The New York Times …".
// (A measure of time may stand before "after"/"before": "And moments after Trump’s announcement, Bolton …".)
export const OPENING_PHRASE = /^(?:(?:However|Meanwhile|Still|Instead|Separately|Yet|But|And|So)\s*,?\s+)?(?:(?:In|At|During|After|Before|On|With|From|Speaking|According|Asked|Following|Despite|Unlike|Like|Since|While|When|As|Through|Under|(?:[Mm]oments|[Mm]inutes|[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|[Ss]hortly|[Ss]oon|[Jj]ust)\s+(?:after|before))\b[^,]{0,120},\s*)?(?:(?:however|meanwhile|though|still|instead|too),\s*)?/;

/** The words between a name and the person it modifies: "Boehner spokesman ", "Clinton campaign chairman ", "Trump's lawyer ". */
const NAME_AS_MODIFIER = new RegExp(`^(?:[’']s)?\\s(?:[\\p{Ll}-]+\\s){0,2}?(?:${wordAlternation([...UNNAMED_PERSON_NOUNS, ...ROLE_NOUNS])})\\s$`, 'u');

/** An opening phrase headed by a preposition (a clause of its own would open with a conjunction: "After Trump met Kim, …"). */
const PREPOSITION_OPENING = /^(?:(?:However|Meanwhile|Still|Instead|Separately|Yet|But|And|So),?\s+)?(?:In|At|During|On|With|From|Through|Under|Despite|Unlike|Like|Following)\s/;
/** The word before a name that makes it a preposition's object, not the main clause's subject. */
const NAME_GOVERNED = /(?:^|\s)(?:[Ii]n|[Aa]t|[Dd]uring|[Oo]n|[Ww]ith|[Ff]rom|[Tt]hrough|[Uu]nder|[Dd]espite|[Uu]nlike|[Ll]ike|[Ff]ollowing|of|by|to|for|about|and|or)\s+$/;
/** A word opening a clause inside an opening phrase: a name after it is that clause's, not the sentence's subject. */
const CLAUSE_WORD = /\b(?:that|which|who|whom|whose|where|when|while|before|after|since|until|because|if|as|once)\b/;
/** A finite verb right after a name, an adverb at most between: "López Obrador had often used", "Trump said". */
const FINITE_AFTER_NAME = /^\s+(?:\p{Ll}+ly\s+)?(?:has|have|had|is|was|are|were|will|would|can|could|said|says|told|met|took|gave|made|\p{Ll}{2,}ed)\b/u;

/** The first person (or, with `bodies`, organization) named in the sentence, after an opening phrase. */
export function firstSubject(sentence: Sentence, mentions: MentionRef[], bodies = false): SpeakerRef | null {
  // "In an interview with Rusty Humphries, Ham made it clear …": the subject comes after an opening phrase.
  const opening = OPENING_PHRASE.exec(sentence.text);
  let from = sentence.start + (opening ? opening[0].length : 0);
  // A prepositional opening may lack its comma ("During the campaign Mr López Obrador had often used …, but …"): the
  // phrase then runs on to a later comma, over the main clause — a person its verb follows there is the subject.
  if (opening && PREPOSITION_OPENING.test(opening[0])) {
    for (let i = firstFrom(mentions, sentence.start); i < mentions.length && mentions[i].end < from; i++) {
      const m = mentions[i];
      // Not the preposition's own object ("With Flynn replaced by McMaster, …"), nor a name after a clause opens inside
      // the phrase ("In an article that McMaster published, …", "after the attack and before it was learned that …").
      const lead = sentence.text.slice(0, m.start - sentence.start);
      if (m.type !== 'Person' || NAME_GOVERNED.test(lead.slice(-12)) || CLAUSE_WORD.test(lead)) continue;
      if (FINITE_AFTER_NAME.test(sentence.text.slice(m.end - sentence.start, m.end - sentence.start + 40))) {
        from = m.start;
        break;
      }
    }
  }
  for (let i = firstFrom(mentions, from); i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start >= sentence.end) break;
    if (m.type === 'Person') {
      // "Boehner spokesman Brendan Buck gave …": a name modifying a person noun is no subject; the name the noun
      // introduces heads the phrase.
      const next = mentions[i + 1];
      if (next && next.type === 'Person' && next.start < sentence.end && NAME_AS_MODIFIER.test(sentence.text.slice(m.end - sentence.start, next.start - sentence.start))) return { start: next.start, end: next.end, entityId: next.entityId };
      return { start: m.start, end: m.end, entityId: m.entityId };
    }
    if (bodies && m.type === 'Organization') {
      // A body naming a person's office is a modifier of the name after it: "U.N. Ambassador Nikki Haley is calling …".
      const person = titledPersonAfter(sentence, m, mentions, i);
      return person ?? { start: m.start, end: m.end, entityId: m.entityId };
    }
  }
  return null;
}

/** The person right after a body or country within one title ("U.N. Ambassador Nikki Haley", "US Ambassador to Israel David Friedman"). */
/** A word that makes what follows it the predicate, not the subject: a finite verb or an auxiliary. */
const VERB_LIKE = /^(?:\p{Ll}+ed|has|have|had|is|was|are|were|will|would|can|could|said|says|told|met|took|gave|made)$/u;

/**
 * The sentence's grammatical subject, when a name heads it: the first person (or body) after an opening phrase, with
 * at most a few words of title and no verb before it. "The Pentagon official disagreed with Judd's characterization"
 * has no named subject — Judd is an object — so this gives null, while `firstSubject` gives Judd.
 */
export function headSubject(sentence: Sentence, mentions: MentionRef[], bodies = false): SpeakerRef | null {
  const first = firstSubject(sentence, mentions, bodies);
  if (!first) return null;
  const lead = sentence.text.slice(0, first.start - sentence.start).replace(OPENING_PHRASE, '');
  const words = lead.split(/\s+/).filter(Boolean);
  return words.length <= 5 && !/[;:]/.test(lead) && !words.some((w) => VERB_LIKE.test(w)) ? first : null;
}

function titledPersonAfter(sentence: Sentence, body: MentionRef, mentions: MentionRef[], from: number): SpeakerRef | null {
  for (let k = from + 1; k < mentions.length && mentions[k].start < Math.min(sentence.end, body.end + 60); k++) {
    const between = sentence.text.slice(body.end - sentence.start, mentions[k].start - sentence.start);
    if (!/^(?:\s+(?:[\p{Lu}][\p{L}.’'-]*|of|to|for|the|and))*\s+$/u.test(between)) return null;
    if (mentions[k].type === 'Person') return { start: mentions[k].start, end: mentions[k].end, entityId: mentions[k].entityId };
  }
  return null;
}

/** A romanised East Asian given name of two syllables joined by a hyphen ("Kwan-jin", "Jae-in"). */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
/** One syllable of a romanised given name written as two words ("Jong Un", "Yong Nam"), no suffix ("Jr", "III"). */
const SYLLABLE_GIVEN = /^(?!(?:Jr|Sr|II|III|IV)$)\p{Lu}\p{Ll}{1,3}$/u;

/** Whether a name's words are written family name first: its given part is a hyphenated syllable pair or two one-syllable words. */
export function writtenFamilyFirst(parts: readonly string[]): boolean {
  return parts.length >= 2 && (parts.slice(1).some((p) => HYPHENATED_GIVEN.test(p)) || (parts.length === 3 && parts.slice(1).every((p) => SYLLABLE_GIVEN.test(p))) || koreanFamilyFirst(parts));
}

/**
 * Each person's gender as the article gives it: the usual gender of the given name, else an honorific it is named with
 * ("Mr. Kim", "Ms. Park"). A name written family name first has no given name in front
 * ("Kim Kwan-jin": Kim is a woman's given name in English, a man's family name here). A name is read family-first when
 * its given part is a hyphenated syllable pair or two one-syllable words ("Kim Jong Un", "Kim Yong Nam"; "Martin
 * Luther King" is not).
 */
export function personGenders(entities: readonly Entity[], body: string, toldByArticle?: Map<string, 'm' | 'f'>): Map<string, 'm' | 'f' | null> {
  const people = entities.filter((e) => e.type === 'Person');
  const genders = new Map<string, 'm' | 'f' | null>();
  for (const e of people) {
    const parts = e.name.split(/\s+/);
    // (Or a Chinese family name opens it: "Xi Jinping", "Li Keqiang" — "Xi" and "Li" are women's given names in English,
    // men's family names here; the quotes' speakers only, pronouns.ts keeps its reading.)
    const familyFirst = writtenFamilyFirst(parts) || chineseFamilyFirst(parts);
    // The honorifics it is named with, when they agree ("Mr. Kim"). A one-word name is a family name ("Mr. Moon" is no
    // woman called Moon): its honorifics decide; a known given name goes first for longer names (a "Mrs. King" merged
    // into Martin Luther King).
    const addressed = e.mentions.map((m) => /(?:^|\s)(Mr|Mrs|Ms|Miss)\.?\s$/.exec(body.slice(Math.max(0, m.start - 6), m.start))?.[1]).filter(Boolean);
    const byHonorific = addressed.length && addressed.every((h) => h === 'Mr') ? 'm' : addressed.length && addressed.every((h) => h !== 'Mr') ? 'f' : null;
    // speaker.family-name-gender: a one-word name that is the family name of someone else the article names in full
    // ("Clinton" beside "Hillary Clinton", "Bill Clinton"), or a Chinese family name ("Lu, who runs a shop"), tells no
    // gender by the given-name lists ("Clinton" is a man's given name, "Lu" a woman's).
    const familyOnly = parts.length === 1 && (CHINESE_FAMILY_NAMES.has(parts[0]) || people.some((o) => o !== e && / /.test(o.name) && o.name.split(/\s+/).at(-1) === parts[0]));
    // A rank or a service noun glued before the given name ("Marine Butch Bracknell"): the given name is the next word,
    // when the lists know it (not "Marine Le Pen").
    const givenAt = parts.length >= 3 && ((PERSON_TITLES as readonly string[]).includes(parts[0]) || SERVICE_NOUN.test(parts[0])) && FIRST_NAMES.has(parts[1]) ? 1 : 0;
    const given = familyFirst || familyOnly || (parts.length === 1 && byHonorific) ? null : genderOfGivenName(parts[givenAt]);
    // What the article itself says overrides the name's usual gender ("Sen. Lindsey Graham, R-S.C., suggested he was
    // open …": Lindsey is most often a woman's name): a gendered title ("congressman", "queen") or the pronoun opening the
    // clause the person's own reporting verb takes — when all of it agrees, honorifics included. (Honorifics alone do
    // not: a "Mrs. King" merged into Martin Luther King is another person.)
    // (The titles as written: "Rep." tells no gender, though rolesOf spells it "congressman".)
    const titles = [e.role ?? '', ...e.aliases.filter((a) => a.endsWith(e.name) && a !== e.name).map((a) => a.slice(0, -e.name.length)), ...appositiveRoles(e, body)];
    // (The pronoun only against a name both datasets list: "Geoffrey Howe said she also left a mark" speaks of Thatcher.)
    const pronounsTell = !given || listedForBothGenders(parts[0]);
    // The pronouns opening the person's own clauses ("Graham … suggested he"), read once for both uses below.
    const pronouns = e.mentions.map((m) => OWN_CLAUSE_PRONOUN.exec(body.slice(m.end, m.end + 120))?.[1]).filter(Boolean).map((p) => (p === 'he' ? 'm' : 'f'));
    const told = [...titles.map((t) => genderOfRole(t.toLowerCase())), ...(pronounsTell ? pronouns : [])].filter(Boolean);
    const byHonorificToo = addressed.map((h) => (h === 'Mr' ? 'm' : 'f'));
    const article = told.length && [...told, ...byHonorificToo].every((g) => g === told[0]) ? told[0] : null;
    // (Honorifics that agree go before a given name listed for both genders: "Mr. Lindsey Graham" is a man.)
    genders.set(e.id, article ?? (byHonorific && pronounsTell ? byHonorific : given) ?? byHonorific);
    // `toldByArticle`: the gender the article itself gives — a title, honorifics or the person's own clause pronouns, none
    // contradicting the given name — not a given name's usual gender alone ("Xi", "Lindsey" mislead).
    if (toldByArticle) {
      const evidence = [...byHonorificToo, ...pronouns];
      const agreed = evidence.length && evidence.every((g) => g === evidence[0]) && (given === null || given === evidence[0]) ? evidence[0] : null;
      const byArticle = article ?? agreed;
      if (byArticle) toldByArticle.set(e.id, byArticle);
    }
  }
  return genders;
}

/** A service member's noun written before a name as a title ("Marine Butch Bracknell", "Army Ranger …"). */
export const SERVICE_NOUN = /^(?:Marine|Soldier|Airman|Sailor|Trooper|Ranger|Seaman|Officer|Veteran|Private|Corporal|Specialist)$/;

/** After a person's name, an appositive at most, their reporting verb and the pronoun opening its clause: ", R-S.C.,
 * suggested he", " told reporters on Monday that she". Bounded, anchored: linear. */
export const OWN_CLAUSE_PRONOUN = /^(?:,[^,;:"“”()]{1,60},)?\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told\s+\p{Ll}+|added|suggested|argued|insisted|claimed|noted|stressed|warned|acknowledged|wrote|explained|indicated|signaled|signalled|hinted|conceded|admitted|announced|declared|predicted|vowed|promised|recalled|confirmed)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?\s+(?:that\s+)?(he|she)\b/u;

const MALE_ROLE_WORDS = new Set<string>([...MALE_PERSON_NOUNS, 'king', 'prince', 'sultan', 'emir', 'duke', 'lord', 'sir', 'assemblyman', 'councilman', 'alderman']);
const FEMALE_ROLE_WORDS = new Set<string>([...FEMALE_PERSON_NOUNS, 'queen', 'princess', 'duchess', 'lady', 'dame', 'assemblywoman', 'councilwoman', 'alderwoman']);
/** The gender a role's words tell ("congressman" m, "first lady" f), else null. */
function genderOfRole(role: string): 'm' | 'f' | null {
  const words = role.split(/[\s-]+/);
  const m = words.some((w) => MALE_ROLE_WORDS.has(w));
  const f = words.some((w) => FEMALE_ROLE_WORDS.has(w));
  return m === f ? null : m ? 'm' : 'f';
}

/**
 * A possessive determining an unnamed person ("May’s spokesman", "her lawyer", "the prime minister’s spokesman"):
 * the person is one, unnamed, whoever owns them — a person's name, a pronoun or a definite role (not a country or a
 * body: "America’s top diplomat" is a title of someone the article names).
 */
const POSSESSIVE_DETERMINER = `(?:[Hh]is|[Hh]er|[Tt]heir|\\p{Lu}[\\p{L}.-]*[’']s?|[Tt]he\\s+(?:[\\p{Ll}-]+\\s+)?(?:${ROLE_KEY_NOUNS.join('|')})[’']s)`;

/** One unnamed person as the subject of a clause: a determiner, up to two modifiers, a person noun and a finite verb
 * ("one jihadist addresses", "the same jihadist speaker points", "a woman who lost her son said"). Clause starts only:
 * the sentence's start, after a comma or a subordinating word. Bounded repetitions, no nested quantifiers: linear. */
const UNNAMED_PERSON_SUBJECT = new RegExp(`(?:^|,\\s+|\\b(?:as|when|while|and|then|where|after|before)\\s+)((?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother|(${POSSESSIVE_DETERMINER}))\\s+(?:same\\s+)?(?:(?!of\\s)[\\p{Ll}-]+\\s+){0,2}?(${wordAlternation(UNNAMED_PERSON_NOUNS)}))\\s+(?:\\p{Ll}+ly\\s+)?(?:\\p{Ll}+s|\\p{Ll}+ed|said|told|spoke|wrote)\\b`, 'gu');

/** The first unnamed person who is a clause subject in the sentence, unless the noun is a role one named person of the
 * article holds or a mention lies inside the phrase. */
function unnamedPersonSubject(s: Sentence, mentions: MentionRef[], roles: Map<string, string>): { at: number; id: string; text: string } | null {
  for (const u of s.text.matchAll(UNNAMED_PERSON_SUBJECT)) {
    const at = s.start + u.index + u[0].indexOf(u[1]);
    if (roles.get(u[3])) continue;
    // A person's name may own the person ("May’s spokesman"), never head the phrase; a country or a body owning it
    // makes it a title ("America’s top diplomat").
    const owned = u[2] ? at + u[2].length : at;
    const owner = u[2] ? mentions[firstFrom(mentions, at)] : undefined;
    if (owner && owner.start < owned && owner.type !== 'Person') continue;
    const i = firstFrom(mentions, owned);
    if (i < mentions.length && mentions[i].start < at + u[1].length) continue;
    return { at, id: UNNAMED, text: u[1] };
  }
  return null;
}

/** A person heading an unnamed speaker's words: a title at most before the name ("Gen Mattis", "Giuliani"), then a
 * prepositional adjunct of the act ("in his memo", "in an appearance on Fox News"). Anchored, bounded: linear. */
export const NAMED_HEAD = /^(?:(?!(?:The|A|An)\s)\p{Lu}[\p{L}-]*\.?\s+){0,3}$/u;
/** Prepositions opening an adjunct after a speaker's head name ("Giuliani in an appearance on Fox News"). */
const ADJUNCT_PREPOSITIONS = String.raw`(?:in|on|at|during|after|before|with|through|via|while)`;
const ADJUNCT_AFTER_HEAD = new RegExp(String.raw`^\s+${ADJUNCT_PREPOSITIONS}\s`);
/** A title and a family name heading the words before an adjunct ("Gen Mattis in his memo"). Anchored: linear. */
const FAMILY_HEAD = new RegExp(String.raw`^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Adm|Lt|Col|Maj|Capt)\.?\s+)?(\p{Lu}\p{Ll}[\p{L}'’-]*)(?=\s+${ADJUNCT_PREPOSITIONS}\s)`, 'u');

/**
 * An unnamed speaker whose own words name a person as their head ("Gen Mattis in his memo argued", "Giuliani in an
 * appearance on Fox News said"): the person speaks.
 */
export function resolveNamedHeads(attributions: readonly { quote: Quote }[], body: string, mentions: MentionRef[]): void {
  for (const { quote: q } of attributions) {
    if (q.speakerId !== null || !q.speakerText || !q.speakerSpan) continue;
    const { start } = q.speakerSpan;
    const end = start + body.slice(start, q.speakerSpan.end).trimEnd().length;
    let person: MentionRef | null = null;
    for (let i = firstFrom(mentions, start); i < mentions.length && mentions[i].start < end; i++) {
      const m = mentions[i];
      if (m.type !== 'Person' || m.end > end) continue;
      const before = body.slice(start, m.start);
      if (!person && NAMED_HEAD.test(before) && ADJUNCT_AFTER_HEAD.test(body.slice(m.end, Math.min(end, m.end + 12)) + ' ')) person = m;
    }
    // A family name the tagger left untagged behind an unpunctuated title ("Gen Mattis"): the person named so before.
    const family = person ? null : FAMILY_HEAD.exec(body.slice(start, Math.min(end, start + 60)));
    if (family) {
      for (let i = 0; i < mentions.length && mentions[i].end <= start; i++) {
        const m = mentions[i];
        if (m.type === 'Person' && (m.end - m.start > family[1].length ? body.slice(m.start, m.end).endsWith(` ${family[1]}`) : body.slice(m.start, m.end) === family[1])) person = m;
      }
    }
    if (!person) continue;
    q.speakerId = person.entityId;
    q.speakerSpan = person.end <= start ? { start, end: start + family![0].trimEnd().length } : { start: person.start, end: person.end };
    delete q.speakerText;
    delete q.onBehalfOf;
  }
}

/** Nouns that name one of many unnamed people as well as an office ("a senior official … the official said"). */
const UNNAMED_NOUN: ReadonlySet<string> = new Set(UNNAMED_PERSON_NOUNS);

/** How far back (characters) a shared role looks for its holder: about a paragraph or two. */
const ROLE_REACH = 1000;

/**
 * A definite role left unnamed by the rule that read it ("The president has previously said …": a common-noun subject)
 * or one several people of the article hold ("The senator added that …" with Senators McCain, Cruz and Inhofe named)
 * is the holder mentioned last before it, as a definite description refers to the most recent fitting referent; a
 * former or retired holder is the role-holder rule's (all words matched), the one holder of a role is it wherever
 * named before, and with no holder mentioned within reach the speaker stays unnamed.
 */
export function resolveSharedRoles(attributions: readonly { quote: Quote }[], body: string, mentions: MentionRef[], entities: Entity[], known?: Map<string, Set<string>>): void {
  // `known`: the article's roleHolders, when the caller has them already (quotes.ts reads them once for roleIndex).
  let holders: Map<string, Set<string>> | null = known ?? null;
  const holdersOnce = () => (holders ??= roleHolders(entities, body));
  for (const { quote: q } of attributions) {
    if (q.speakerId !== null || !q.speakerText || !q.speakerSpan) continue;
    const holder = sharedRoleHolder(q.speakerText.trim(), q.speakerSpan.start, namedIn(mentions, q.start, q.end), body, mentions, holdersOnce);
    if (typeof holder !== 'string') continue;
    q.speakerId = holder;
    delete q.speakerText;
  }
}

/** The entities named inside [start, end): a holder named inside a quote's own words is talked about, not talking. */
function namedIn(mentions: MentionRef[], start: number, end: number): Set<string> {
  const named = new Set<string>();
  for (let i = firstFrom(mentions, start); i < mentions.length && mentions[i].start < end; i++) named.add(mentions[i].entityId);
  return named;
}

/** The holder of a definite role description written at `at` (see resolveSharedRoles), not one of `named`; when people
 * of the article hold the role but none is mentioned where the rule looks, those people; undefined when the words are
 * no such role or nobody holds it. */
function sharedRoleHolder(words: string, at: number, named: ReadonlySet<string>, body: string, mentions: MentionRef[], holdersOnce: () => Map<string, Set<string>>): string | ReadonlySet<string> | undefined {
  const description = ROLE_DESCRIPTION.exec(words);
  if (!description || description.index !== 0) return undefined;
  const noun = description[1].toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '');
  if (/\b(?:former|retired|ex)\b/.test(noun)) return undefined;
  const holders = holdersOnce();
  let ids: Set<string> | undefined;
  let best = '';
  for (const [r, set] of holders) if (keyNames(noun, r) && r.length > best.length) [best, ids] = [r, set];
  if (!ids) return undefined;
  // Not the holders of another office ("the Libyan prime minister" is no foreign minister: otherOffice).
  const holderKeys = (id: string) => [...holders].filter(([, set]) => set.has(id)).map(([k]) => k);
  const fitting = new Set([...ids].filter((id) => !otherOffice(noun, best, holderKeys(id), holders.keys())));
  if (!fitting.size) return undefined;
  const latestOf = (among: ReadonlySet<string>): MentionRef | null => {
    let latest: MentionRef | null = null;
    // A holder named as a preposition's object ("He’s lined up meetings with President Moon Jae-in. The president said
    // he might meet Kim …") is less prominent than one named as a subject: the latest holder not so governed, if any.
    let latestFree: MentionRef | null = null;
    // The one holder of an office is it wherever named before (as resolveCountryOffices reads a country's office) —
    // not of a noun that unnamed people share ("the official", "the spokesman": another one, unnamed, may speak).
    const office = fitting.size === 1 && !UNNAMED_NOUN.has(noun.split(' ').pop()!);
    for (let i = firstFrom(mentions, office ? 0 : at - ROLE_REACH); i < mentions.length && mentions[i].end <= at; i++) {
      if (!among.has(mentions[i].entityId) || named.has(mentions[i].entityId)) continue;
      latest = mentions[i];
      // (within its own sentence: "… spoke on Monday. Susan Miller, …" is no object of "on")
      if (!governedByPreposition(body, body.lastIndexOf('. ', mentions[i].start) + 1, mentions[i].start)) latestFree = mentions[i];
    }
    return latestFree ?? latest;
  };
  // The plainly titled holders first (speaker.plain-title), when one of them is named within reach.
  const plain = plainlyTitled(noun, fitting, holderKeys);
  return ((plain !== fitting ? latestOf(plain) : null) ?? latestOf(fitting))?.entityId ?? fitting;
}

/**
 * speaker.plain-title: a bare role noun ("the president", "the prime minister") among holders some of whom the article
 * titles only with a foreign country ("Russian President Vladimir Putin") and some plainly ("President Barack Obama") is
 * one of the plainly titled — the office the writer need not qualify, as a reader takes it; else the holders as they were.
 */
export function plainlyTitled(noun: string, holders: Set<string>, keysOf: (id: string) => string[]): Set<string> {
  if (holders.size < 2 || noun.includes(' ') && !ROLE_KEY_NOUNS.includes(noun as never)) return holders;
  // (Not "U.S. President Donald Trump": the wires title the office of this corpus's country so, and a plainly titled
  // holder beside him is most often one of the past, "President John F. Kennedy".)
  const qualified = (id: string) => keysOf(id).some((k) => k.endsWith(` ${noun}`) && !/^(?:US|UM)?$/.test(countryOfModifier(k.slice(0, -noun.length - 1)) ?? 'US'));
  const plain = new Set([...holders].filter((id) => !qualified(id)));
  return plain.size > 0 && plain.size < holders.size ? plain : holders;
}

/** A bare "the president" as a speaker's whole phrase: no country, no qualifier ("the Afghan president" is a country's office). */
export const BARE_PRESIDENT = /^[Tt]he\s+[Pp]resident$/;

/** The title "President" right before a name, and the word before the title ("Chinese President Xi", "former President
 * Bush", "President Trump"); read on at most 40 characters before the name. */
const PRESIDENT_TITLE_BEFORE = /(?:^|[\s(])(?:((?:\p{Lu}[\p{L}.]*\s+)?[\p{L}.’'-]+)\s+)?President\s+$/u;

/** A qualifier before "President" that makes the title no current holder's: a vice, former, late, acting … president. */
const NOT_HOLDER_WORD = /^(?:vice|former|late|ex|ex-|then|deputy|acting|interim|past|future|next|would-be|assistant)$/i;

/**
 * The people the article titles "President" before `at`, each with whether some such title is bare ("President Trump")
 * rather than qualified by a country ("Chinese President Xi Jinping", "Turkey’s President Erdogan"); a vice, former or
 * late president holds nothing.
 */
function presidentsBefore(body: string, mentions: MentionRef[], at: number): Map<string, boolean> {
  const titled = new Map<string, boolean>();
  for (let i = 0; i < mentions.length && mentions[i].end <= at; i++) {
    const m = mentions[i];
    if (m.type !== 'Person') continue;
    const title = /^President\s/.test(body.slice(m.start, m.end)) ? ['', undefined] : PRESIDENT_TITLE_BEFORE.exec(body.slice(Math.max(0, m.start - 40), m.start));
    if (!title) continue;
    const words = (title[1] ?? '').replace(/[’']s?$/, '');
    const last = words.split(/\s+/).pop() ?? '';
    if (NOT_HOLDER_WORD.test(last)) continue;
    const country = !!words && (countryOfWords(words) !== null || countryOfWords(last) !== null);
    titled.set(m.entityId, (titled.get(m.entityId) ?? false) || !country);
  }
  return titled;
}

/**
 * A bare "the president" speaking is a president the article has titled before it ("President Trump … the president
 * said"): of those titled without a country, else of all; among them the one mentioned last within reach, a name as
 * a preposition's object giving way to one that is not ("He met President Moon. The president said …" is not Moon),
 * else the one titled if only one is. A holder titled only with a country ("Chinese President Xi Jinping") is that
 * country's president, not the bare one, when another is titled bare. None titled before: the speaker stays unnamed,
 * whoever the article names as president after it, and whatever holder another step guessed.
 */
export function resolveBarePresidents(attributions: readonly { quote: Quote }[], body: string, mentions: MentionRef[], entities: readonly Entity[] = [], publishedAt: string | null = null): void {
  let sitting: Entity | null | undefined;
  for (const { quote: q } of attributions) {
    if (!q.speakerSpan || !BARE_PRESIDENT.test(body.slice(q.speakerSpan.start, q.speakerSpan.end))) continue;
    const at = q.speakerSpan.start;
    const titled = presidentsBefore(body, mentions, at);
    const bare = [...titled].filter(([, b]) => b).map(([id]) => id);
    // Nobody titled bare before: a president titled with a country, or the holder another step found, stands only as
    // the person last leading a sentence before it ("Mr. Obama spoke … On Wednesday night, the president portrayed …").
    const fitting = new Set(bare.length ? bare : [...titled.keys(), ...(q.speakerId ? [q.speakerId] : [])]);
    const named = namedIn(mentions, q.start, q.end);
    for (const id of named) fitting.delete(id);
    let latest: MentionRef | null = null;
    let latestSubject: MentionRef | null = null;
    const from = firstFrom(mentions, at - ROLE_REACH);
    for (let i = from; i < mentions.length && mentions[i].end <= at; i++) {
      const m = mentions[i];
      if (!fitting.has(m.entityId) && (bare.length || m.type !== 'Person')) continue;
      latest = m;
      // The holder leads its sentence: no preposition governs it and no other person is named before it there.
      const sentence = Math.max(body.lastIndexOf('. ', m.start), body.lastIndexOf('? ', m.start), body.lastIndexOf('\n', m.start)) + 1;
      let other = false;
      for (let j = Math.max(from, firstFrom(mentions, sentence)); j < i && !other; j++) other = mentions[j].type === 'Person' && mentions[j].entityId !== m.entityId;
      // (A possessor is no subject: "he knows Castro's reforms have opened the door".)
      if (!other && !governedByPreposition(body, sentence, m.start) && !/^[’']s?(?![\p{L}])/u.test(body.slice(m.end, m.end + 3))) latestSubject = m;
    }
    // A holder titled only with a country is taken only as the last sentence's subject: "Trump met Chinese President Xi.
    // The president said …" is not Xi.
    const subject = latestSubject && fitting.has(latestSubject.entityId) ? latestSubject.entityId : null;
    let holder = subject ?? (bare.length ? (latest?.entityId ?? (fitting.size === 1 ? [...fitting][0] : null)) : null);
    if (holder === null) {
      sitting ??= sittingPresident(entities, publishedAt) ?? null;
      if (sitting && soleSittingPresident(sitting, titled, named, mentions, entities, at)) holder = sitting.id;
    }
    if (holder === q.speakerId) continue;
    q.speakerId = holder;
    if (holder) delete q.speakerText;
    else q.speakerText = body.slice(q.speakerSpan.start, q.speakerSpan.end);
    delete q.onBehalfOf;
  }
}

/**
 * The US president in office on the article's date (US_PRESIDENTS) as one of its persons — named in full, middle
 * initials aside (the most mentioned form), else by the family name alone; undated, the one president of the list the
 * article names (as entities.ts reads "the US president").
 */
function sittingPresident(entities: readonly Entity[], publishedAt: string | null): Entity | undefined {
  const day = publishedAt?.slice(0, 10);
  const people = entities.filter((e) => e.type === 'Person');
  const named = US_PRESIDENTS.filter((p) => !day || (day >= p.from && day <= p.to)).flatMap((p) => {
    const [given, family] = [p.name.split(' ')[0], p.name.slice(p.name.lastIndexOf(' ') + 1)];
    const full = people.filter((e) => e.name.startsWith(`${given} `) && e.name.endsWith(` ${family}`));
    const person = full.length ? full.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a)) : people.find((e) => e.name === family);
    return person ? [person] : [];
  });
  return named.length === 1 ? named[0] : undefined;
}

/**
 * A bare "the president" nobody was titled for before it is, in this corpus of US news, the sitting US president —
 * when the article has named him before it, titles no one else president before it, names no other president the
 * lexicon lists (a foreign or a former one could be meant: "Trump met Xi … The president said" stays unnamed), and
 * the quote's own words do not name him.
 */
function soleSittingPresident(sitting: Entity, titled: ReadonlyMap<string, boolean>, named: ReadonlySet<string>, mentions: MentionRef[], entities: readonly Entity[], at: number): boolean {
  if (named.has(sitting.id) || [...titled.keys()].some((id) => id !== sitting.id)) return false;
  const names = new Map(entities.map((e) => [e.id, e.name]));
  let before = false;
  for (let i = 0; i < mentions.length && mentions[i].end <= at; i++) {
    const m = mentions[i];
    if (m.entityId === sitting.id) before = true;
    else if (m.type === 'Person' && knownOfficeHolder(names.get(m.entityId) ?? '')?.offices.includes('president')) return false;
  }
  return before;
}

/**
 * A country's office as a speaker's whole phrase: the country by its demonym or its possessive name (three capitalised
 * words at most), then the office ("the Ukrainian leader", "Mexico’s president", "the Turkish foreign minister").
 * Anchored, bounded repetitions: linear.
 */
export const COUNTRY_OFFICE = new RegExp(`^(?:[Tt]he\\s+)?((?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}\\p{Lu}[\\p{L}.-]*)(?:[’']s?)?\\s+((?:[\\p{Ll}-]+\\s+){0,2}?(?:${ROLE_KEY_NOUNS.join('|')}))$`, 'u');

/** A country's office written as a title ("the U.S. Trade Representative", "the French President"): the words after the
 * country's (its first one to three capitalised words, after "the") lower-cased, as COUNTRY_OFFICE reads an office. Word
 * steps: linear. */
function lowerCaseOffice(words: string): string {
  const parts = words.trim().split(/\s+/);
  const from = /^the$/i.test(parts[0]) ? 1 : 0;
  for (let k = from + 1; k <= Math.min(from + 3, parts.length - 1); k++) {
    if (countryOfWords(parts.slice(from, k).join(' ').replace(/[’']s?$/, ''))) return [...parts.slice(0, k), ...parts.slice(k).map((w) => w.toLowerCase())].join(' ');
  }
  return words;
}

/** Words before an office that only describe its holder now ("the embattled Ukrainian leader"): the office stays the same. */
const OFFICE_EPITHET = /^(?:(?:new|current|top|embattled|outgoing|veteran|beleaguered)\s+)+/;

/** Between a country's mention and a person's name: a possessive and at most four capitalised title words. */
const TITLE_GAP = /^(?:[’']s)?\s+(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u;

/** An office written after a country's demonym or possessive, for a person named beside it ("Russia's ambassador", "the
 * Malaysian foreign minister", "Russian Ambassador to the United States"): at most two words before a role noun — not a
 * noun news keep for anonymous people ("official", "diplomat"). */
const OFFICE_NOUNS = ROLE_KEY_NOUNS.filter((n) => !/^(?:official|diplomat|adviser|advisor)$/.test(n));
const WRITTEN_OFFICE = new RegExp(`^(?:[’']s)?\\s+((?:[\\p{Ll}-]+\\s+){0,2}?(?:${OFFICE_NOUNS.join('|')}))(?![\\p{L}-])`, 'u');
/** …or capitalised as a title, every word ("Russian Ambassador to the United States"). */
const WRITTEN_TITLE = new RegExp(`^(?:[’']s)?\\s+((?:\\p{Lu}[\\p{L}-]*\\s+){0,2}?(?:${OFFICE_NOUNS.map((n) => n.replace(/(^|\s)(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase())).join('|')}))(?![\\p{L}-])`, 'u');
/** After the office, up to the person's name: a place it is held at ("to Britain", "at the United Nations") and a comma,
 * or the name right after it ("Russia's ambassador Alexander Yakovenko"). */
const OFFICE_TO_NAME = /^(?:\s+(?:to|at|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)?(?:,\s+|\s+)$/u;
/** After a name, a definite office of a country in apposition: ", Malaysia's foreign minister," ", the Russian ambassador". */
const NAME_TO_COUNTRY = /^,\s+(?:the\s+)?$/;
/** What may follow an office in apposition: the end of the appositive, a place it is held at, a relative clause — not a
 * verb, whose subject the office is ("According to Mr. Moon, the North Korean leader said …"). */
const AFTER_APPOSITIVE_OFFICE = /^(?:\s*[,.;:)]|\s+(?:to|at|in|for|of|who)\b)/;

/**
 * The offices a country gives a person in the article's own words, in lower case beside the name: before it ("Russia's
 * ambassador to Britain, Alexander Yakovenko,", "Ukraine’s prime minister Arseniy Yatsenyuk") or in apposition after
 * it ("Anifah Aman, Malaysia's foreign minister,", "Alexander Yakovenko, the Russian ambassador"); not a former one.
 * Each as [country id, office words].
 */
function writtenOffices(e: Entity, body: string, mentions: MentionRef[]): [string, string][] {
  const out: [string, string][] = [];
  const take = (country: MentionRef, words: string, from: number) => {
    const code = countryOfWords(body.slice(country.start, country.end));
    if (!code || /\b(?:former|ex|then|late|acting)\b/.test(words) || FORMER_BEFORE.test(body.slice(Math.max(0, country.start - 12), country.start)) || from < 0) return;
    out.push([code, words.toLowerCase().replace(/\s+/g, ' ').replace(OFFICE_EPITHET, '')]);
  };
  for (const m of e.mentions) {
    const k = firstFrom(mentions, m.start);
    // Before the name: the country one or two mentions back (a place the office is held at may stand between).
    for (let j = k - 1; j >= Math.max(0, k - 2); j--) {
      const c = mentions[j];
      if (c.type !== 'Country' || m.start - c.end > 90) continue;
      const gap = body.slice(c.end, m.start);
      const office = WRITTEN_OFFICE.exec(gap) ?? WRITTEN_TITLE.exec(gap);
      if (office && OFFICE_TO_NAME.test(gap.slice(office[0].length))) {
        take(c, office[1], 0);
        break;
      }
    }
    // After the name: ", Malaysia's foreign minister".
    const next = mentions[firstFrom(mentions, m.end)];
    if (next && next.type === 'Country' && next.start - m.end < 8 && NAME_TO_COUNTRY.test(body.slice(m.end, next.start))) {
      const rest = body.slice(next.end, next.end + 60);
      const office = WRITTEN_OFFICE.exec(rest);
      if (office && AFTER_APPOSITIVE_OFFICE.test(rest.slice(office[0].length))) take(next, office[1], 0);
    }
  }
  return out;
}

/** A former office-holder's mark before the country's name ("the former Ukrainian President", "ex-Soviet leader"). */
const FORMER_BEFORE = /\b(?:former|ex|then|late)[\s-]*$/i;

/** The country a demonym or a name stands for, as its entity id ("Ukrainian" → country:UA). */
function countryOfWords(words: string): string | null {
  const code = COUNTRY_BY_DEMONYM.get(words) ?? COUNTRY_BY_NAME.get(words);
  return code ? `country:${code}` : null;
}

/**
 * Country offices → the people holding them, keyed "country:UA president": a person whose titled name follows a
 * country's demonym or possessive ("Ukrainian President Petro Poroshenko", "Turkey’s President Erdogan") or whose title
 * opens with one ("German Chancellor"), or whom the lexicon lists as that country's (KNOWN_OFFICE_HOLDERS); the holder
 * of a head office (HEAD_OFFICES) is also that country's "leader". Former holders hold nothing. Each person is also keyed
 * by the countries the article or the lexicon ties them to (countryTieKey), for otherOffice.
 */
export function countryOfficeHolders(entities: Entity[], body: string, mentions: MentionRef[]): Map<string, Set<string>> {
  const byOffice = new Map<string, Set<string>>();
  // The lexicon's offices, apart: an office the article gives someone is theirs ("Turkish Prime Minister Binali
  // Yildirim", not Erdogan, whom the lexicon lists as a prime minister once).
  const byLexicon = new Map<string, Set<string>>();
  const hold = (key: string, id: string, into = byOffice) => (into.get(key) ?? into.set(key, new Set()).get(key)!).add(id);
  for (const e of entities) {
    if (e.type !== 'Person') continue;
    const countries = new Set<string>();
    const ties = new Set<string>(); // the countries of the person's titles and of the lexicon
    for (const m of e.mentions) {
      const k = firstFrom(mentions, m.start) - 1;
      const before = k >= 0 ? mentions[k] : undefined;
      // The country's mention right before the name or its capitalised title ("Ukrainian President Petro Poroshenko").
      if (before && before.type === 'Country' && before.end <= m.start && TITLE_GAP.test(body.slice(before.end, Math.min(m.start, before.end + 60))) && !FORMER_BEFORE.test(body.slice(Math.max(0, before.start - 12), before.start))) countries.add(before.entityId);
    }
    const holdOffice = (c: string, office: string, into = byOffice) => {
      hold(`${c} ${office}`, e.id, into);
      const noun = ROLE_KEY_NOUNS.find((r) => ROLE_WORD_AT_END.get(r)!.test(office));
      if (noun && noun !== office) hold(`${c} ${noun}`, e.id, into);
      if (HEAD_OFFICES.has(office) || (noun && HEAD_OFFICES.has(noun))) hold(`${c} leader`, e.id, into);
    };
    for (const role of rolesOf(e)) {
      if (/\b(?:former|ex|then|late)\b/.test(role)) continue;
      const words = role.split(/\s+/);
      let office = role;
      let country: string | null = null;
      for (let n = Math.min(3, words.length - 1); n >= 1 && !country; n--) {
        country = countryOfWords(words.slice(0, n).map((w) => w.replace(/^./, (c) => c.toUpperCase())).join(' '));
        if (country) office = words.slice(n).join(' ');
      }
      if (country) ties.add(country);
      for (const c of country ? [country] : countries) holdOffice(c, office);
    }
    // The lexicon's office holders (KNOWN_OFFICE_HOLDERS) are their state's: tied to it, and holding its offices when
    // not the United States' (whose president changes with the article's date, which this step does not read).
    // (…or named by the family name alone, "President Trump met Putin", when the lexicon lists one bearer of it.)
    const known = [e.name, ...e.aliases].map(knownOfficeHolder).find(Boolean) ?? (e.name.includes(' ') ? undefined : KNOWN_BY_FAMILY.get(e.name));
    if (known?.country) {
      const c = `country:${known.country}`;
      ties.add(c);
      if (known.country !== 'US') for (const office of known.offices) if (!office.includes('-')) holdOffice(c, office, byLexicon);
    }
    // The offices the article writes in lower case beside the name ("Russia's ambassador to Britain, Alexander
    // Yakovenko"), held as written (a modified one is no bare noun: "Russian opposition leader" is no "Russian leader").
    for (const [c, office] of writtenOffices(e, body, mentions)) {
      hold(`${c} ${office}`, e.id);
      ties.add(c);
    }
    for (const c of [...countries, ...ties]) hold(countryTieKey(c, e.id), e.id);
  }
  for (const [key, ids] of byLexicon) if (!byOffice.has(key)) byOffice.set(key, ids);
  return byOffice;
}

/** The lexicon's office holders by family name, where it is one holder's ("Putin"; not "Clinton"). */
const KNOWN_BY_FAMILY: ReadonlyMap<string, (typeof KNOWN_OFFICE_HOLDERS)[number]> = (() => {
  const byFamily = new Map<string, (typeof KNOWN_OFFICE_HOLDERS)[number] | null>();
  for (const h of KNOWN_OFFICE_HOLDERS) {
    for (const family of new Set(h.names.map((n) => n.split(' ').pop()!))) byFamily.set(family, byFamily.has(family) ? null : h);
  }
  return new Map([...byFamily].filter((e): e is [string, (typeof KNOWN_OFFICE_HOLDERS)[number]] => e[1] !== null));
})();

/** The key tying a person to a country ("country:RU tie person:vladimir-putin"): one per person, so a role index keeps
 * it; no description names it (keyNames), and countriesOf reads its country. */
function countryTieKey(country: string, id: string): string {
  return `${country} tie ${id}`;
}

/**
 * A country's office left unnamed by the rule that read it ("The Ukrainian leader said …", "Mexico’s president told
 * …") is the person the article gives that office — the one holder named before it, or of several the one mentioned
 * last within about a paragraph — never a holder named inside the quote's own words.
 */
export function resolveCountryOffices(attributions: readonly { quote: Quote }[], body: string, mentions: MentionRef[], entities: Entity[], publishedAt: string | null = null): void {
  let holders: Map<string, Set<string>> | null = null;
  const holdersOnce = () => (holders ??= withSittingPresident(countryOfficeHolders(entities, body, mentions), entities, publishedAt));
  for (const { quote: q } of attributions) {
    if (q.speakerId !== null || !q.speakerText || !q.speakerSpan) continue;
    const holder = countryOfficeHolder(q.speakerText.trim(), q.speakerSpan.start, namedIn(mentions, q.start, q.end), mentions, holdersOnce);
    if (typeof holder !== 'string') continue;
    q.speakerId = holder;
    delete q.speakerText;
    delete q.onBehalfOf; // the holder speaks as a named person ("Turkey's president" → Erdogan, not for Turkey)
  }
}

/**
 * speaker.us-president: "the US president", "the American president" of an article that titles nobody so ("President
 * Trump", "Donald Trump") is the US president in office on the article's date, when the article names him
 * (sittingPresident): the office the date fixes, as a reader knows it — not a role left unnamed.
 */
function withSittingPresident(holders: Map<string, Set<string>>, entities: readonly Entity[], publishedAt: string | null): Map<string, Set<string>> {
  if (!publishedAt || holders.has('country:US president')) return holders;
  const sitting = sittingPresident(entities, publishedAt);
  if (!sitting) return holders;
  holders.set('country:US president', new Set([sitting.id]));
  if (!holders.has('country:US leader')) holders.set('country:US leader', new Set([sitting.id]));
  return holders;
}

/** The holder of a country's office written at `at` (see resolveCountryOffices), not one of `named`; when people of the
 * article hold the office but none is named before, those people; undefined when the words name no country's office or
 * nobody holds it. */
function countryOfficeHolder(words: string, at: number, named: ReadonlySet<string>, mentions: MentionRef[], holdersOnce: () => Map<string, Set<string>>): string | ReadonlySet<string> | undefined {
  const office = COUNTRY_OFFICE.exec(words) ?? COUNTRY_OFFICE.exec(lowerCaseOffice(words));
  const country = office && countryOfWords(office[1]);
  if (!office || !country) return undefined;
  const title = office[2].toLowerCase().replace(/\s+/g, ' ').replace(OFFICE_EPITHET, '');
  if (/\b(?:former|ex|then|late)\b/.test(title)) return undefined;
  const ids = holdersOnce().get(`${country} ${title}`);
  if (!ids) return undefined;
  let latest: MentionRef | null = null;
  for (let i = firstFrom(mentions, ids.size === 1 ? 0 : at - ROLE_REACH); i < mentions.length && mentions[i].end <= at; i++) if (ids.has(mentions[i].entityId) && !named.has(mentions[i].entityId)) latest = mentions[i];
  // The one holder the article names only after the office ("Russia's ambassador said …" before "Russia's ambassador to
  // Britain, Alexander Yakovenko, met …"): a reader ties the office to that name as well.
  if (!latest && ids.size === 1) {
    const only = [...ids][0];
    if (!named.has(only) && mentions.some((m) => m.entityId === only && m.start > at)) return only;
  }
  return latest?.entityId ?? ids;
}

/** A definite role opening its sentence as the subject, up to the comma of an appositive or a relative clause or up to
 * its verb: "The Afghan president, who has been shown …", "The senator also said", "The foreign minister has insisted".
 * (After "official" or "general" a word in -s is a plural noun they qualify: "The official talks began".) Anchored,
 * bounded repetitions: linear. */
export const ROLE_SUBJECT = new RegExp(`^([Tt]he\\s+(?:(?!(?:of|by|for|to|in|on|at|with|from|about|the|a|an|and|or|who|that|which|his|her|their|its)\\s)[\\p{L}.’'-]+\\s+){0,4}?(?:${ROLE_KEY_NOUNS.join('|')})(?:\\s+of\\s+(?:the\\s+)?\\p{L}+)?)(?=,|\\s+(?:also\\s+|\\p{Ll}+ly\\s+)?(?:has|have|had|is|was|will|would|can|could|did|does|said|says|told|met|took|gave|made|went|came|left|flew|spoke|wrote|sent|held|kept|led|won|lost|saw|stood|began|\\p{Ll}+ed)\\b|(?<!official|general)\\s+(?:also\\s+|\\p{Ll}+ly\\s+)?\\p{Ll}+s\\b)`, 'u');

/** The article's role holders, read at most once per call and only when a role needs them. */
interface RoleHolderCache {
  shared?: Map<string, Set<string>>;
  countries?: Map<string, Set<string>>;
}

/**
 * The person a definite role stands for where the article writes it ("The Afghan president, who …, has insisted"), read
 * by the steps that read a role speaker's words, in quotes.ts's order: the one holder the role index gives it
 * (speakerFromText), a country's office (countryOfficeHolder), the holder of a shared role mentioned last
 * (sharedRoleHolder). `named`: people its own clause names (talked about, not it). When people of the article hold the
 * role but none is it here: those people; undefined when nobody in the article holds it.
 */
function roleReferent(words: string, at: number, named: ReadonlySet<string>, body: string, mentions: MentionRef[], entities: Entity[], roles: Map<string, string>, cache: RoleHolderCache): string | ReadonlySet<string> | undefined {
  const unique = speakerFromText(words, at, mentions, roles)?.entityId;
  if (unique && isPerson(unique, mentions) && !named.has(unique)) return unique;
  const office = countryOfficeHolder(words, at, named, mentions, () => (cache.countries ??= countryOfficeHolders(entities, body, mentions)));
  if (typeof office === 'string') return office;
  const shared = sharedRoleHolder(words, at, named, body, mentions, () => (cache.shared ??= roleHolders(entities, body, mentions)));
  return shared ?? office;
}

/**
 * A country's people, not its state, as a speaker: a plural demonym ("Syrians in the area claim") or a demonym before a
 * group of people who do not speak for the state ("Syrian rebels say", "Palestinian refugees have reacted"; not
 * "Syrian state media"). Anchored at the demonym, bounded: linear.
 */
export const DEMONYM_GROUP = new RegExp(`^\\p{Lu}[\\p{L}-]*(?:\\s+(?:(?!(?:state|government|official|military)\\b)[\\p{Ll}-]+\\s+){0,2}?(?:${wordAlternation(PEOPLE_GROUP_NOUNS)}))?\\b`, 'u');

/** Words placing a plural demonym's people: "Syrians in the area", "Iraqis living abroad", "Americans who …". */
const PLACED_AFTER = /^\s+(?:in|from|at|across|inside|living|who)\s/;

/**
 * The words of a group of a country's people heading a speaker's span that credits the country (see DEMONYM_GROUP): up
 * to the cue when it follows within a few words, else the group's own words; null when the span names the state.
 */
export function demonymGroup(body: string, span: { start: number; end: number }, cue: string): string | null {
  const demonym = body.slice(span.start, span.end).match(/^\p{Lu}[\p{L}-]*/u)?.[0] ?? '';
  if (!COUNTRY_BY_DEMONYM.has(demonym)) return null;
  const group = DEMONYM_GROUP.exec(body.slice(span.start, span.start + 80));
  if (!group) return null;
  const rest = body.slice(span.start, span.start + 80);
  const cueAt = rest.search(new RegExp(`\\s${cue.split(' ')[0].replace(/[^\p{L}]/gu, '')}\\b`, 'u'));
  const phrase = cueAt > 0 && !/[,.;:“”"]/.test(rest.slice(0, cueAt)) ? rest.slice(0, cueAt) : group[0];
  // A singular demonym needs its group noun; a bare plural one is the nation's side ("Palestinians seek to …"), one
  // the words after it place or count is a group of its people ("Syrians in the area claim").
  const plural = /s$/.test(demonym) && COUNTRY_BY_DEMONYM.has(demonym.slice(0, -1));
  if (group[0] === demonym && !(plural && PLACED_AFTER.test(rest.slice(demonym.length)))) return null;
  // The group noun belongs to the speaker's phrase, not to what the cue reports ("Afghans thought the militants …").
  if (group[0].length > phrase.length) return null;
  return phrase;
}

/** A preposition right before a name, over an article and titles: "behind ", "with President ", "for the ". (Not
 * "after", "before", "since": they open clauses too, "after Trump met Kim".) Run on at most 60 characters. */
const PREPOSITION_BEFORE_NAME = /(?:^|\s)(?:of|about|for|given|with|to|from|by|in|on|at|against|than|over|behind|toward|towards|between|among|amid|into|onto|upon|without|within|beyond|around|near|like|unlike|including|via|under|through|during|despite)\s+(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;
/** Whether the name at `at` is the object of a preposition in its sentence (from `from`). */
function governedByPreposition(body: string, from: number, at: number): boolean {
  return PREPOSITION_BEFORE_NAME.test(body.slice(Math.max(from, at - 60), at));
}

/** The end of a clause a colon after it opens the words of: "He said:", "wrote the following:". */
const REPORTING_BEFORE_COLON = /\b(?:said|says|say|told|tells|added|adds|wrote|writes|stated|states|declared|announced|tweeted|posted|explained|noted|warned|following|follows|this)\s*$/;

/** A preposition opening an adjunct: a possessor after it is inside the adjunct, not the subject's. */
const PREPOSITION_WORD = /^(?:in|on|at|of|for|from|by|with|under|after|before|during|about|among|amid|since|through|within)$/i;

/** A passive participle of uttering and "by" before a name, titles at most between ("the view expressed by U.S. Secretary
 * of State ", "remarks made by President "). Anchored at the end, bounded: linear. */
export const UTTERED_BY = /\b(?:expressed|voiced|made|given|delivered|offered|written|issued|stated|posted|tweeted|echoed|reiterated|articulated|outlined|laid\s+out|put\s+forward)\s+by\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.’'-]*|of)\s+){0,6}$/u;

/** The one person a sentence names who is the agent of an utterance in it (UTTERED_BY), when the sentence names no other. */
function utteranceAgent(s: Sentence, mentions: MentionRef[], body: string): MentionRef | null {
  let agent: MentionRef | null = null;
  for (let i = firstFrom(mentions, s.start); i < mentions.length && mentions[i].end <= s.end; i++) {
    const m = mentions[i];
    if (m.type !== 'Person') continue;
    if (agent && agent.entityId !== m.entityId) return null;
    if (!UTTERED_BY.test(body.slice(Math.max(s.start, m.start - 80), m.start))) return null;
    agent = m;
  }
  return agent;
}

/** The id of an unnamed subject among the pronoun candidates: no entity has it. */
const UNNAMED = '';

/** Between a role and the name in apposition to it: a comma and at most four title words (", Air Force Col. "). */
const APPOSITIVE_TITLE_GAP = /^,\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;

/** The role heading a sentence as its subject (ROLE_SUBJECT after an opening phrase), unless a person's name is inside its
 * words ("The Trump adviser") or follows in apposition ("The Afghan president, Ashraf Ghani, …"). */
/** An intensive pronoun after a subject ("The president himself tried"): removed, the role's words before it keep their offsets. */
const INTENSIVE_PRONOUN = /\s(?:him|her)self(?=\s)/;

function roleSubject(s: Sentence, opened: string, mentions: MentionRef[]): { at: number; words: string } | null {
  // (An intensive pronoun between the role and its verb, "The president himself tried …", read past.)
  const role = ROLE_SUBJECT.exec(opened) ?? ROLE_SUBJECT.exec(opened.replace(INTENSIVE_PRONOUN, ''));
  if (!role) return null;
  const at = s.start + s.text.length - opened.length;
  const end = at + role[1].length;
  for (let i = firstFrom(mentions, at); i < mentions.length && mentions[i].start < end + 60; i++) {
    const m = mentions[i];
    if (m.type === 'Person' && (m.start < end || APPOSITIVE_TITLE_GAP.test(s.text.slice(end - s.start, m.start - s.start)))) return null;
  }
  return { at, words: role[1] };
}

/** A role naming a body's head: "leader", "chief", "head", "chairman", "director", "president", "secretary-general". */
const BODY_HEAD_ROLE = /\b(?:leader|chief|head|chairman|chairwoman|chair|director|president|secretary-general)$/i;
/** After a body's name, a head's title before a person's name ("U.N. Secretary-General Ban Ki-moon", "IAEA Director
 * General Yukiya Amano"): at most three words, a head's title among them. Anchored: linear. */
const BODY_HEAD_TITLE_BEFORE_NAME = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:Secretary[- ]General|Director[- ]General|President|Chairman|Chairwoman|Chair|Chief|Head|Leader|Director)\s+$/u;
/** After a person's name, a head's title of the body in apposition: ", the U.N. secretary-general" (the body's mention next). */
const APPOSITIVE_BEFORE_BODY = /^,\s+(?:the\s+)?$/;
/** After the body's mention in such an appositive, the head's title. */
const HEAD_TITLE_AFTER_BODY = /^[’']?s?\s+(?:secretary[- ]general|director[- ]general|president|chairman|chairwoman|chair|chief|head|leader|director)\b/i;
/** How far back a body's titled head is looked for. */
const BODY_TITLE_REACH = 3000;

/**
 * The person a body's head qualified by the body's name stands for ("the U.N. leader" → the one person the article
 * titles as the U.N.'s head before it: "U.N. Secretary-General Ban Ki-moon", "Ban Ki-moon, the U.N. secretary-general");
 * null when the role is no body's head, names no organization, or the article titles no one person so.
 */
function bodyHeadHolder(words: string, at: number, body: string, mentions: MentionRef[]): string | null {
  if (!BODY_HEAD_ROLE.test(words.trim())) return null;
  const end = at + words.length;
  let org: string | undefined;
  for (let i = firstFrom(mentions, at); i < mentions.length && mentions[i].start < end; i++) if (mentions[i].type === 'Organization' && mentions[i].end <= end) org = mentions[i].entityId;
  if (!org) return null;
  const holders = new Set<string>();
  for (let i = firstFrom(mentions, Math.max(0, at - BODY_TITLE_REACH)); i < mentions.length && mentions[i].start < at; i++) {
    const m = mentions[i];
    if (m.entityId !== org) continue;
    const next = mentions[i + 1];
    if (next && next.type === 'Person' && next.start < at && BODY_HEAD_TITLE_BEFORE_NAME.test(body.slice(m.end, next.start))) holders.add(next.entityId);
    const prev = mentions[i - 1];
    if (prev && prev.type === 'Person' && APPOSITIVE_BEFORE_BODY.test(body.slice(prev.end, m.start)) && HEAD_TITLE_AFTER_BODY.test(body.slice(m.end, m.end + 30))) holders.add(prev.entityId);
  }
  return holders.size === 1 ? [...holders][0] : null;
}

/** A participle's clause opening the sentence, an adverb at most before it ("Roughly quoting …, ", "Pressed on …, "). */
/** After a possessor, up to a name in apposition: the possessive, one to three lower-case words of the noun, a comma
 * ("’s attorney, ", "’s longtime lawyer, "). Anchored, bounded: linear. */
export const POSSESSED_NOUN_COMMA = /^[’']s?\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+$/u;
/** The person named in apposition to a possessed noun heading the sentence, closed by a comma: "Ms. Abedin’s attorney,
 * Miguel Rodriguez, declined …" → Rodriguez. */
function possessedAppositive(body: string, owner: SpeakerRef, mentions: MentionRef[]): MentionRef | null {
  const i = firstFrom(mentions, owner.end);
  const m = mentions[i];
  if (!m || m.type !== 'Person' || m.start - owner.end > 60 || m.entityId === owner.entityId) return null;
  return POSSESSED_NOUN_COMMA.test(body.slice(owner.end, m.start)) && /^\s*,/.test(body.slice(m.end, m.end + 3)) ? m : null;
}

const END_FRAME_VERB = '(?:says|said|adds|added|notes|noted|writes|wrote|argues|argued|explains|explained|insists|insisted|contends|contended|cautions|cautioned|warns|warned)';
/** Before a name: a comma, a verb of saying and up to five title words (", says Mr. ", ", said deputy national security
 * adviser "); not the words of a clause the cue reports (", said Russian officials' expectations about Trump"). Bounded,
 * anchored at the end: linear. */
export const CUE_BEFORE_NAME = new RegExp(`,\\s+${END_FRAME_VERB}\\s+(?:(?!(?:that|about|of|on|for|to|in|with|by|from|at|the|a|an|his|her|their|its|and|or|is|are|was|were|would|will|has|had|have)\\s)[\\p{L}.-]+\\s+){0,5}$`, 'u');
/** Before a name: a comma and up to four title words (", ", ", Professor "). */
const COMMA_BEFORE_NAME = /,\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;
/** After a name: an appositive between commas or a phrase of where they work ("from the Middlebury Institute …"), then
 * the verb of saying closing the sentence or its frame ("says.", "said,"). Bounded: linear. */
const CUE_AFTER_NAME = new RegExp(`^(?:,[^,;:“”"]{1,100},|\\s+(?:of|from|at|with)\\s[^,;:.“”"]{1,100}?)?\\s+${END_FRAME_VERB}\\s*[.,]`, 'u');
/** Whether a person mention is the subject of a frame after the sentence's words (see speaker.frame-source): cue first, or
 * the name after a comma and its cue closing the sentence — never a possessor ("…, said Trump’s lawyer"). */
function framedSource(body: string, s: Sentence, m: MentionRef): boolean {
  if (/^[’']/.test(body.slice(m.end, m.end + 1))) return false;
  const before = body.slice(Math.max(s.start, m.start - 80), m.start);
  if (CUE_BEFORE_NAME.test(before) && !/[“”"]/.test(before)) return true;
  return COMMA_BEFORE_NAME.test(before) && CUE_AFTER_NAME.test(body.slice(m.end, Math.min(s.end + 1, m.end + 160)));
}

/** Direct quotations that are a writer's text quoted whole (a credited excerpt, a colon block): the subjects inside are
 * the excerpt's own, antecedents of its pronouns (speaker.within-quote); a speaker's own words are not read so. */
const QUOTED_EXCERPT_RULES: ReadonlySet<string> = new Set(['direct.credit-line', 'direct.colon-block']);

/** A line or a sentence's tail of names alone: up to six capitalised words, "and", "&" or commas between, "By" first,
 * then the line's end ("William Cummings\n\nUSA TODAY", "… in future. Richard Partington and Jasper Jolly\n\n"). Anchored,
 * bounded: linear. */
export const NAMES_ONLY = /^(?:By\s+)?\p{Lu}[\p{L}.’'-]*(?:(?:\s*,\s*|\s+(?:and|&)\s+|[ \t]+)\p{Lu}[\p{L}.’'-]*){0,5}[ \t]*(?:\n|$)/u;
/** Whether the name at `at` opens a line, or follows a sentence's end on its line, and the line holds names alone. */
function namesOnlyLine(body: string, at: number): boolean {
  const lineStart = body.lastIndexOf('\n', at - 1) + 1;
  const before = body.slice(Math.max(lineStart, at - 200), at);
  if (!/^(?:By\s+)?$/.test(before) && !/[.!?]["”’]?\s+(?:By\s+)?$/.test(before)) return false;
  const from = at - (/(?:By\s+)?$/.exec(before)?.[0].length ?? 0);
  const names = NAMES_ONLY.exec(body.slice(from, from + 120));
  if (!names) return false;
  // A name before page furniture blanked out of the text goes on with its sentence after the blank ("Sen. Roy Blunt
  // [hover card] (R-Mo.), a member of …, said"): no line of names.
  const next = /\S/.exec(body.slice(from + names[0].length, from + names[0].length + 4000));
  return !next || !/[(,\p{Ll}]/u.test(next[0]);
}

/** speaker.adverb-pronoun-opening: a time or sequence adverb and "he"/"she" opening a sentence ("Then he spread …",
 * "Later, she said …", "Now he says …"): the pronoun is the subject, the chain of subjects goes on. Anchored: linear. */
export const PRONOUN_AFTER_ADVERB = /^(?:Then|Later|Now|Earlier|Afterward|Afterwards|Finally|Eventually|Next|Soon|Again|Also|Previously|Recently|Ultimately|Initially|First|Today|Yesterday|Last\s+(?:week|month|year)|(?:This|That)\s+(?:week|month|year))\s*,?\s+(?:he|she)\s/;
const PARTICIPLE_OPENING = /^(?:\p{Lu}\p{Ll}+ly\s+\p{Ll}+(?:ing|ed)|\p{Lu}\p{Ll}+ing|\p{Lu}\p{Ll}{2,}ed)\s[^,;:“”"]{1,120},\s+/u;

/** How far into a pronoun's reported words a name is still plainly governed by the pronoun's clause (speaker.disjoint-reference). */
const OWN_WORDS_REACH = 80;
/** A singular personal pronoun as a speaker's whole words (speaker.disjoint-reference). */
export const SINGULAR_PRONOUN = /^(?:[Hh]e|[Ss]he)$/;

/** speaker.adjunct-opening: an opening phrase of a preposition OPENING_PHRASE leaves out, up to its comma ("Beyond seeking
 * more pressure on Kim, ", "Amid the talks with Putin, ", "Along with Pence, "): the names in it are objects. Not a
 * topic's "As for"/"For"/"To" (the name is the centre: "To President Trump, it's a matter of …"). Bounded: linear. */
export const ADJUNCT_OPENING = /^(?:(?:However|Meanwhile|Still|Yet|But|And|So)\s*,?\s+)?(?:Beyond|Besides|Amid|Amidst|Without|Throughout|Upon|Against|Among|Alongside|Ahead\s+of|Aside\s+from|Apart\s+from|Along\s+with|Because\s+of|Instead\s+of|Regardless\s+of|Thanks\s+to|Due\s+to|Except\s+for)\s[^,;:“”"]{1,120},\s+/;

/** Pronoun speakers → the latest person who spoke or was the subject of a sentence before the quote. */
/** `dropped`: the subjects of clauses dropped as no statement, antecedents like any sentence's subject (dropped-subject.ts). */
export function resolvePronouns(attributions: readonly { quote: Quote; speaker: SpeakerRef | null }[], body: string, sentences: Sentence[], mentions: MentionRef[], entities: Entity[], roles = roleIndex(entities, body), dropped: readonly { at: number; id: string }[] = []): void {
  // Only a pronoun other than "they" is resolved, from the subjects before it: none, nothing to do; subjects after the
  // last such pronoun are never read (most articles have few pronoun speakers, all early, or none).
  let reachOfPronouns = -1;
  for (const c of attributions) if (c.speaker?.pronoun && c.speaker.pronoun !== 'they') reachOfPronouns = Math.max(reachOfPronouns, Math.min(c.speaker.start, c.quote.start));
  if (reachOfPronouns < 0) return;
  const persons = new Set(entities.filter((e) => e.type === 'Person').map((e) => e.id));
  const toldGenders = new Map<string, 'm' | 'f'>();
  const genders = personGenders(entities, body, toldGenders);
  // Subjects: the first person mention of each sentence, with its position.
  // (`heldRole`: a role people of the article hold, none of them it where it stands — see the walk below.)
  // (`frame`: the person of a frame after the words, a source whatever a rule made of the words around — see speaker.frame-source.)
  const candidates: { at: number; id: string; text?: string; possessor?: boolean; heldRole?: boolean; frame?: boolean }[] = dropped.filter((d) => d.at < reachOfPronouns);
  // A sentence opening with a pronoun continues the chain of subjects: its first name is an object ("He also thanked
  // Kim …" does not make Kim the next "he"). A sentence opening with a bare family name no mention covers ("Trump this
  // week announced …") has that person as subject when one person of the article bears the name (forms of one name,
  // "Donald Trump" and "Donald J. Trump", are one person: the form mentioned last before; two given names are two people).
  const byFamilyName = new Map<string, Entity[] | null>();
  for (const e of entities) {
    if (e.type !== 'Person') continue;
    const parts = e.name.split(/\s+/);
    const family = parts.at(-1)!;
    if (family.length < 3 || parts.length < 2) continue;
    const seen = byFamilyName.get(family);
    if (seen === undefined) byFamilyName.set(family, [e]);
    else if (seen && seen[0].name.split(/\s+/)[0] !== parts[0]) byFamilyName.set(family, null);
    else if (seen) seen.push(e);
  }
  const lastBefore = (e: Entity, at: number) => e.mentions.reduce((l, m) => (m.start < at && m.start > l ? m.start : l), -1);
  const formBefore = (forms: Entity[], at: number) => forms.reduce((best, e) => (lastBefore(e, at) > lastBefore(best, at) ? e : best));
  const roleCache: RoleHolderCache = {};
  for (const whole of sentences) {
    if (whole.start >= reachOfPronouns) break; // its subjects stand at or after its start
    // An opening adjunct no subject stands in ("Beyond seeking more pressure on Kim, Trump’s trip to Asia has been a
    // sales job. He has urged …"): the clause after its comma is the sentence's, its subject (or that subject's
    // possessor) the centre the next "he" takes up — not a name inside the adjunct.
    const adjunct = ADJUNCT_OPENING.exec(whole.text)?.[0].length ?? 0;
    const s = adjunct ? { ...whole, start: whole.start + adjunct, text: whole.text.slice(adjunct) } : whole;
    const opened = s.text.slice((OPENING_PHRASE.exec(s.text)?.[0] ?? '').length);
    // (…or a participle's clause before it, whose subject the pronoun is: "Roughly quoting the late President Ronald
    // Reagan, he said …" — Reagan is the participle's object.)
    const participled = opened.replace(PARTICIPLE_OPENING, '');
    // (After an opening phrase or a time adverb the pronoun is in lower case: "Still, he understands …", "Then he spread
    // the rumor that … George Soros …", "Later, she said …" — the name after it is an object, no subject.)
    if (/^(?:He|She)\s/.test(opened) || (opened !== s.text && /^(?:he|she)\s/.test(opened)) || PRONOUN_AFTER_ADVERB.test(opened) || (participled !== opened && /^(?:he|she)\s/i.test(participled))) continue;
    // An unnamed person as a subject in the sentence (not a role the article gives to one named person: "the
    // president") is the latest subject from there on: "They kneel as one jihadist addresses the camera. “…,” he
    // says" is the jihadist's, unnamed, not the person the article named before.
    const unnamedSubject = unnamedPersonSubject(s, mentions, roles);
    if (/^(?:They|I|We)\s/.test(opened)) {
      if (unnamedSubject) candidates.push(unnamedSubject);
      continue;
    }
    // A definite role heading the sentence ("The Afghan president, who …, has insisted …") is its subject: the person the
    // article ties the role to; or, when people of the article hold the role but none is it here, an unnamed one — who
    // stops the next "he" from reaching past it to an older name. A role nobody in the article holds ("The prime
    // minister" of a Boris Johnson the article never titles) most often describes the subject before it, as a reader
    // knows: the chain of subjects goes on through it. Either way a name after the role is no subject.
    // (A name in apposition, "The Afghan president, Ashraf Ghani, …", is read below as the subject; a person's name
    // inside the role's words, "The Trump adviser", leaves it to the rules below.)
    const role = roleSubject(s, opened, mentions);
    const referent = role ? roleReferent(role.words, role.at, namedIn(mentions, role.at + role.words.length, s.end), body, mentions, entities, roles, roleCache) : undefined;
    if (role && referent !== undefined) candidates.push(typeof referent === 'string' ? { at: role.at, id: referent } : { at: role.at, id: UNNAMED, text: role.words, heldRole: true });
    // The head of a body its name qualifies ("the U.N. leader") held by nobody the role index knows is the one person the
    // article titles as that body's head ("U.N. Secretary-General Ban Ki-moon"), not the subject before it.
    const titled = role && referent === undefined ? bodyHeadHolder(role.words, role.at, body, mentions) : null;
    if (role && titled) candidates.push({ at: role.at, id: titled });
    const bare = /^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(\p{Lu}\p{Ll}{2,})\s+(?:\p{Ll}+\s+){0,3}?(?:\p{Ll}+ed|said|says|told|has|had|is|was|will|would)\b/u.exec(opened);
    const at = s.start + s.text.length - opened.length;
    const forms = bare && !mentions.some((m) => m.start <= at + bare[0].indexOf(bare[1]) && m.end > at + bare[0].indexOf(bare[1])) ? byFamilyName.get(bare[1]) : undefined;
    const named = forms ? formBefore(forms, at) : undefined;
    if (named) {
      candidates.push({ at, id: named.id });
      continue;
    }
    // A name after the sentence's verb is an object or a possessor ("The billionaire also praised Chancellor Merkel’s
    // gesture"): no subject for the next "he".
    const found = firstSubject(s, mentions);
    const leadWords = found ? s.text.slice(0, found.start - s.start).replace(OPENING_PHRASE, '').split(/\s+/).filter(Boolean) : [];
    // (after a copula the name is the subject's referent: "If the candidate is Donald Trump, …").
    // Nor is a preposition's object past the words a subject takes, when it is plainly not the sentence's centre: a
    // possessor inside the object ("… doesn't seem to be a factor behind Trump’s rise. “…,” he concludes": the
    // researcher the sentence before had as subject), or a name after a pronoun standing for someone else ("That sample
    // size let him drill down …, analyzing support for Trump"). ("Objections about President Trump’s style were
    // warranted. He …" is Trump, in the subject's own phrase; "The military brass was skeptical of Clinton … He was the
    // first antiwar president" keeps Clinton.)
    // (Not when a pronoun after it takes it up: "an excerpt from President Assad’s interview … where he states".)
    const offCentre = found && leadWords.length > 5 && governedByPreposition(body, s.start, found.start) && (/^['’]/.test(body.slice(found.end, found.end + 1)) || /\b(?:he|she|him|his|her)\b/i.test(s.text.slice(0, found.start - s.start))) && !/\b(?:he|she|him|his|her)\b/i.test(s.text.slice(found.end - s.start));
    const first = found && !role && !leadWords.some((w, k) => VERB_LIKE.test(w) && !/^(?:is|was|are|were)$/.test(w) && !/^(?:the|a|an|his|her|their|its)$/i.test(leadWords[k - 1] ?? '')) && !offCentre ? found : null;
    // A possessor opening the subject ("Trump’s behavior, she said, …"; not one inside an opening adjunct: "In President
    // Trump’s memorandum …, he declared") — see the parenthetical pronoun below.
    const possessor = /^[’']s?\s/.test(s.text.slice((first?.end ?? s.start) - s.start)) && !leadWords.some((w) => PREPOSITION_WORD.test(w));
    // speaker.possessed-appositive: a possessed noun with a name in apposition heads the sentence ("Ms. Abedin’s attorney,
    // Miguel Rodriguez, declined …", "Trump’s lawyer, Rudy Giuliani, said …"): the named person is its subject, not the possessor.
    const appositive = possessor && first ? possessedAppositive(body, first, mentions) : null;
    if (appositive) candidates.push({ at: appositive.start, id: appositive.entityId });
    else if (first?.entityId) candidates.push({ at: first.start, id: first.entityId, possessor: possessor || undefined });
    // The agent of words in a sentence no person heads ("It marked a change from the view expressed by Secretary of
    // State Mike Pompeo in an interview. He said, “…”") is the one who spoke them, the centre the next "he" takes up.
    const agent = !found || first || role ? null : utteranceAgent(s, mentions, body);
    if (agent) candidates.push({ at: agent.start, id: agent.entityId });
    // speaker.main-clause-centre: after an opening adverbial clause or a "like"/"unlike" phrase, however long ("When
    // Mr. Trump tried to defend his remarks …, Mr. Kasich forcefully differed."), the main clause's subject is the
    // sentence's centre — the later candidate, the one the next "he" takes up.
    const mainSubject = subjectAfterOpeningClause(whole, mentions, body);
    if (mainSubject && mainSubject.entityId !== first?.entityId) candidates.push({ at: mainSubject.start, id: mainSubject.entityId });
    // "Trump does well in segregated areas: Turning to the geographic data, Rothwell finds …": the clause after a
    // label's colon or a semicolon has a subject of its own, the later one (not after a reporting verb's colon: "He
    // said: Trump is …" opens its words).
    const stop = /[:;]\s+/.exec(s.text);
    if (stop && !/[“”"]/.test(s.text.slice(0, stop.index)) && !REPORTING_BEFORE_COLON.test(s.text.slice(0, stop.index))) {
      const clause = { ...s, start: s.start + stop.index + stop[0].length, text: s.text.slice(stop.index + stop[0].length) };
      const next = firstSubject(clause, mentions);
      const nextLead = next ? clause.text.slice(0, next.start - clause.start).replace(OPENING_PHRASE, '').split(/\s+/).filter(Boolean) : [];
      if (next?.entityId && next.start > (first?.start ?? -1) && nextLead.length <= 5 && !nextLead.some((w) => VERB_LIKE.test(w)) && !governedByPreposition(body, clause.start, next.start)) candidates.push({ at: next.start, id: next.entityId });
    }
    // speaker.frame-source: the person of a frame set off at the sentence's end or after its words ("…, says Mr. Litwak
    // of the Wilson Center, because …", "…, Catherine Dill from the Middlebury Institute (MIIS) says.") is the source of
    // the sentence, its centre for the next "he"/"she" — though no rule read the words as a quote.
    for (let i = firstFrom(mentions, s.start); i < mentions.length && mentions[i].start < s.end; i++) {
      const m = mentions[i];
      if (m.type !== 'Person' || m.start === first?.start) continue;
      if (framedSource(body, s, m)) candidates.push({ at: m.start, id: m.entityId, frame: true });
    }
    // …unless a name before it heads the sentence; its own possessor does not ("May’s spokesman said …": the spokesman).
    if (unnamedSubject && !(role && referent !== undefined) && !(first?.entityId && (first.start < unnamedSubject.at || (first.start === unnamedSubject.at && !possessor)))) candidates.push(unnamedSubject);
  }
  // speaker.byline-no-antecedent: a line of names alone ("William Cummings", "Richard Partington and Jasper Jolly", "By
  // Jane Doe") is a byline or a credit — it names no one the story is about, no subject for a later "he".
  for (let k = candidates.length - 1; k >= 0; k--) if (candidates[k].id !== UNNAMED && namesOnlyLine(body, candidates[k].at)) candidates.splice(k, 1);
  // People introduced with a description ("… concerns Henry Crespo, president of the caucus.") are about to speak.
  for (const m of mentions) {
    if (m.start >= reachOfPronouns) break; // mentions are in text order
    // …but not "the figure of Abraham Lincoln, sheltered in his memorial": a participle describes, it does not introduce.
    const described = /^,\s+(?:(?:a|an|the)\s+)?(?:former\s+|then-|longtime\s+|senior\s+)?(\p{Ll}{3,})\s+(?:of|at|for|with|in)\b/u.exec(body.slice(m.end, m.end + 60));
    if (m.type === 'Person' && described && !/(?:ed|ing)$/.test(described[1])) candidates.push({ at: m.start, id: m.entityId });
  }
  // A pronoun does not point into someone's quoted or reported words ("“… Hillary Clinton …?” he asks"): one sweep,
  // keeping the furthest end of the quotes begun so far.
  // A pronoun points back from where it stands, never to a name inside its own clause ("He echoed Obama's view …
  // and warned of …": Obama's view, a quote before the cue, is no antecedent of "he").
  const ordered = attributions.map((c) => ({ q: c.quote, pronoun: c.speaker?.pronoun, at: c.speaker?.pronoun ? Math.min(c.speaker.start, c.quote.start) : c.quote.start, rule: (c as { rule?: string }).rule ?? c.quote.rule })).sort((a, b) => a.q.start - b.q.start);
  candidates.sort((a, b) => a.at - b.at);
  const subjects: { at: number; id: string; text?: string; possessor?: boolean; heldRole?: boolean; within?: [number, number] }[] = [];
  let qi = 0;
  let reach = -1;
  let reachFrom = -1; // the start of the quote whose words reach furthest
  let reachOpen = false; // …and whether it is a report or a writer's quoted excerpt, whose subjects a pronoun inside may take up
  for (const c of candidates) {
    // (Reported words' own subject, opening them, is the writer's referent too when no person reports them — "Monis ran
    // a website …, Sky News reports. In a letter …, he accused …" is Monis; not under a person's report: "Kim had
    // shown he was begging for war, she said. “…,” she continued" stays the reporter's.)
    let opening = false;
    for (; qi < ordered.length && ordered[qi].q.start <= c.at; qi++) {
      const q = ordered[qi].q;
      if (!q.direct && q.start === c.at && !(q.speakerId && persons.has(q.speakerId)) && !ordered[qi].pronoun) opening = true;
      else if (q.end > reach) [reach, reachFrom, reachOpen] = [q.end, q.start, (!q.direct && (q.speakerId !== null || !!ordered[qi].pronoun)) || QUOTED_EXCERPT_RULES.has(ordered[qi].rule ?? '')];
    }
    if (reach <= c.at || opening || c.frame) subjects.push(c);
    // speaker.within-quote: a subject inside a writer's quoted excerpt (a credit line, a colon block) or a report by a
    // named or pronoun speaker (not an unnamed source's, whose "he" may be that source: "According to an official …, the
    // deal with Mueller collapsed when he said …") is kept for a pronoun inside those same words only ("…
    // John Bolton has made policy statements … that have differed from the President’s, including when he said …",
    // all one columnist's quoted paragraph).
    else if (reachOpen) subjects.push({ ...c, within: [reachFrom, reach] });
  }
  const spoke: { at: number; id: string; text?: string; within?: [number, number] }[] = [];
  let si = 0; // subjects before the current quote: subjects[0..si)
  let within: [number, number] | undefined; // the words the last pronoun's antecedent stood inside
  for (const { q, pronoun, at } of ordered) {
    within = undefined; // (set again below when this quote's pronoun is read inside someone's words)
    while (si < subjects.length && subjects[si].at < q.start) si++;
    const want = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
    // "McCain tried to get Hagel to answer whether he was right when he once called …": a pronoun in a question put
    // to someone is that someone.
    const asked = pronoun && q.speakerId === null && want ? questionedPerson(body, q.sentence, at, mentions) : null;
    if (asked && persons.has(asked.entityId) && (genders.get(asked.entityId) ?? want) === want) q.speakerId = asked.entityId;
    // "Trudeau’s comments at a press conference, in which he said …", "King said as he announced …": a pronoun in a
    // clause hanging on a person's words or speech is that person.
    const held = pronoun && q.speakerId === null && want ? clauseHolder(body, q.sentence, at, mentions) : null;
    if (held && persons.has(held.entityId) && (genders.get(held.entityId) ?? want) === want) q.speakerId = held.entityId;
    const opener = pronoun && q.speakerId === null && want ? subordinateSubject(body, q.sentence, at, mentions, q.speakerSpan?.end) : null;
    if (opener && persons.has(opener.entityId) && (genders.get(opener.entityId) ?? want) === want) q.speakerId = opener.entityId;
    if (pronoun && q.speakerId === null && pronoun !== 'they') {
      // Candidates newest first, from the speakers and the sentence subjects before the pronoun; the first whose given
      // name does not contradict the pronoun ("she" is not Donald) wins. Unknown genders never contradict.
      // A parenthetical cue after a possessed subject ("Trump’s behavior, she said, …") names someone else, unless the
      // possessor's gender agrees ("Inhofe’s concerns, he has said, …"); a pronoun in the possessed noun's own clause
      // ("Mr Gove’s announcement that he would …") is the possessor's.
      const parenthetical = /,\s*$/.test(body.slice(Math.max(0, at - 3), at));
      // speaker.disjoint-reference: a "he" whose reported words follow it names no one in them near their start ("He said
      // Esper had concluded …", "She believes Omar’s tweet …", "he asked Trump to fire …"): a name the pronoun's own
      // clause governs is someone else, as grammar reads it (far into long words a writer may repeat the name).
      // (Up to the first mark in the words: a name after a comma, a colon or a quotation mark is another clause's or a
      // quoted voice's — "…yelling, “Greg, Greg …”", "the day Giuffre said Andrew …".)
      const ownEnd = q.start + (body.slice(q.start, Math.min(q.end, q.start + OWN_WORDS_REACH)).search(/[,;:“”"]|$/));
      // (A quotation inside the pronoun's clause too: "he called Trump “a mentally deranged person …”" — from the pronoun on.)
      const ownFrom = q.speakerSpan && q.start >= q.speakerSpan.end && (!q.direct || (q.start - q.speakerSpan.end < 60 && !/[.!?“”"]/.test(body.slice(q.speakerSpan.end, q.start - 1)))) ? (q.direct ? q.speakerSpan.end : q.start) : -1;
      const ownWords = ownFrom >= 0 ? namedIn(mentions, ownFrom, ownEnd) : new Set<string>();
      // speaker.cue-listener: a person the pronoun's own cue names after it ("“…,” he told Hannity", "she said of
      // Warren", "he told Hannity that …") is someone else — a pronoun never stands for a name its own clause governs.
      const listeners = cueClauseNames(body, q, mentions, persons);
      let k = spoke.length - 1;
      while (k >= 0 && spoke[k].at >= at) k--;
      let j = si - 1;
      while (j >= 0 && subjects[j].at >= at) j--;
      q.speakerId = null;
      let otherGender = false;
      within = undefined;
      const older = () => (k >= 0 && (j < 0 || spoke[k].at >= subjects[j].at) ? spoke[k--] : subjects[j--]);
      for (let n = 0; n < 6 && (k >= 0 || j >= 0); n++) {
        let c: { at: number; id: string; text?: string; possessor?: boolean; heldRole?: boolean; within?: [number, number] } = older();
        if (c.within && !(q.start > c.within[0] && at > c.within[0] && at < c.within[1])) {
          n--; // no candidate for a pronoun outside those words, nor for the pronoun framing them
          continue;
        }
        // A role people of the article hold, none of them it where it stands ("The Afghan president, who …" with
        // President Ghani named paragraphs before), takes up the person who is the subject before it — a reader's
        // reading of a definite description ("Barack Obama hugged Clinton. The president said …") — but never an
        // unnamed one ("An injured man is carried …"): then the pronoun is the role, unnamed.
        if (c.heldRole && (k >= 0 || j >= 0)) {
          const [k0, j0] = [k, j];
          const before = older();
          if (persons.has(before.id)) c = before;
          else [k, j] = [k0, j0];
        }
        if (c.id === UNNAMED && c.text) {
          // A "she" is no spokesman: an unnamed person whose noun tells the other gender is passed over.
          if (want && unnamedGender(c.text) === (want === 'm' ? 'f' : 'm')) continue;
          q.speakerText = c.text; // the unnamed person the pronoun stands for
          break;
        }
        if (!persons.has(c.id)) continue;
        const g = genders.get(c.id);
        if ('possessor' in c && c.possessor && parenthetical && !g && q.sentence && c.at >= q.sentence.start) continue;
        if (want && g && g !== want) {
          if (toldGenders.get(c.id) === g) otherGender = true;
          continue;
        }
        // (Not the subject of the pronoun's own sentence before it: "Brennan … said he believed that Trump was concerned
        // about the criticism Brennan has been voicing" — a writer repeats the name there.)
        if (ownWords.has(c.id) && !(q.sentence && c.at >= q.sentence.start)) continue;
        if (listeners.has(c.id)) continue;
        q.speakerId = c.id;
        within = c.within; // a pronoun read inside someone's words joins the chain inside them only
        break;
      }
      if (q.speakerId === null && !q.speakerText && want && otherGender) q.speakerId = onlyPersonOfGender(body, sentences, mentions, genders, at, want);
      if (q.speakerId && listeners.has(q.speakerId)) q.speakerId = null;
      if (q.speakerId && ownWords.has(q.speakerId) && !mentions.some((m) => m.entityId === q.speakerId && q.sentence && m.start >= q.sentence.start && m.end <= at)) q.speakerId = null;
    }
    // A speaker named after or amid their words ("In a meeting …, Kim was asked 14 questions, Sherman said. “…,” she
    // said"; "The theory that Trump could …, Giuliani added, was a non-starter") stands where they are named, after the
    // subject of what they reported: the newer of the two.
    // A possessor inside a preposition's object ("… among the loudest critics … of Obama’s push for a strike") is no
    // centre of its sentence, whatever a rule made of the noun after it: the next "he" takes the sentence's subject
    // (not when a pronoun after it in its sentence takes it up: "with Mr. Trump's assertion …, something he suggested").
    const offCentre = q.speakerSpan && q.sentence && /^[’']s?\s/.test(body.slice(q.speakerSpan.end, q.speakerSpan.end + 3)) && governedByPreposition(body, q.sentence.start, q.speakerSpan.start) && !/\b(?:he|she|him|his|her)\b/i.test(body.slice(q.speakerSpan.end, q.sentence.end));
    if (offCentre) continue;
    if (q.speakerId && persons.has(q.speakerId)) spoke.push({ at: !pronoun && q.speakerSpan ? Math.max(q.start, q.speakerSpan.start) : q.start, id: q.speakerId, within });
    // One unnamed person who just spoke ("“…,” one of the officials said. … He said he was speaking out …") is the
    // next "he" or "she" too, not a person the article named before that source.
    // (Not a title a country or a body owns, "America’s top diplomat": someone the article names.)
    else if (q.speakerId === null && q.speakerText && namesOneUnnamedPerson(q.speakerText.trim()) && !ownedByBody(q.speakerSpan, body, mentions)) spoke.push({ at: q.start, id: UNNAMED, text: q.speakerText });
  }
}

/** How far after a pronoun cue its own clause is read for the people it governs (speaker.cue-listener). */
const CUE_CLAUSE_REACH = 80;
/** A title's abbreviation with its period, inside a cue's clause. */
const TITLE_ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|St|Jr|Sr)\./g;

/**
 * The people a pronoun speaker's own cue names after the pronoun — the listener or the person spoken of ("“…,” he told
 * Hannity", "she said of Warren", "he told Hannity that …"): from the pronoun to the first mark closing its clause (a
 * comma, a stop, a quotation mark) or, for reported words after it, to their start. Binding: a pronoun is never one of
 * the names its own clause governs, so none of them is its antecedent.
 */
function cueClauseNames(body: string, q: Quote, mentions: MentionRef[], persons: ReadonlySet<string>): Set<string> {
  const span = q.speakerSpan;
  if (!span) return new Set();
  const limit = span.end < q.start ? q.start : Math.min(body.length, span.end + CUE_CLAUSE_REACH);
  // (The period of a title's abbreviation closes nothing: "he told Mr. Hannity".)
  const clause = body.slice(span.end, limit).replace(TITLE_ABBREVIATION, (t) => t.replace('.', '_'));
  const close = clause.search(/[,;:.!?“”"(\n]/);
  // (Reported words after the pronoun begin at q.start: the clause runs up to them, unless a mark closes it first.)
  const end = span.end + (close < 0 ? clause.length : close);
  const named = new Set<string>();
  for (const id of namedIn(mentions, span.end, end)) if (persons.has(id)) named.add(id);
  return named;
}

/**
 * A subject the article itself gives the other gender (a title, a pronoun, "Ms.") stands before the pronoun ("Ms.
 * Wasserman Schultz said she spoke with President Barack Obama … and he assured her …"): the one person of the pronoun's gender named since the sentence before — an object
 * then, outside quotation marks — is who a reader takes it for. Only a gender the article or the given name tells; two
 * such people, or none, leave the pronoun unresolved.
 */
function onlyPersonOfGender(body: string, sentences: Sentence[], mentions: MentionRef[], genders: Map<string, 'm' | 'f' | null>, at: number, want: 'm' | 'f'): string | null {
  let here = 0;
  while (here + 1 < sentences.length && sentences[here + 1].start <= at) here++;
  const from = sentences[Math.max(0, here - 1)]?.start ?? 0;
  const ids = new Set<string>();
  for (const m of mentions) {
    if (m.start < from || m.end > at || m.type !== 'Person' || genders.get(m.entityId) !== want) continue;
    const before = body.slice(from, m.start);
    if (before.lastIndexOf('“') > before.lastIndexOf('”')) continue; // inside someone's quoted words
    ids.add(m.entityId);
  }
  return ids.size === 1 ? [...ids][0] : null;
}

const MALE_NOUN = new Set<string>(MALE_PERSON_NOUNS);
const FEMALE_NOUN = new Set<string>(FEMALE_PERSON_NOUNS);
/** The gender an unnamed person's head noun tells ("May’s spokesman" → m), else null. */
function unnamedGender(text: string): 'm' | 'f' | null {
  const head = text.trim().split(/\s+/).pop()!.toLowerCase();
  return MALE_NOUN.has(head) ? 'm' : FEMALE_NOUN.has(head) ? 'f' : null;
}

/** Whether a speaker's phrase opens with a country's or a body's possessive ("America’s top diplomat"). */
function ownedByBody(span: { start: number; end: number } | undefined, body: string, mentions: MentionRef[]): boolean {
  if (!span) return false;
  const m = mentions[firstFrom(mentions, span.start)];
  return !!m && m.start === span.start && m.type !== 'Person' && /^[’']s?\s/.test(body.slice(m.end, m.end + 3));
}

/** A speaker phrase naming one unnamed person: "a senior official", "the official", "one of the officials", "May’s spokesman". */
export const UNNAMED_ONE_SPEAKER = new RegExp(`^(?:(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother|${POSSESSIVE_DETERMINER})\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${wordAlternation(UNNAMED_PERSON_NOUNS)})|[Oo]ne\\s+of\\s+(?:the|his|her|their|its)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${wordAlternation(SOURCE_PEOPLE)}))$`, 'u');

/** A preposition tying an unnamed person to whom they work for or belong to: "a reporter for Agence France-Presse". */
const AFFILIATION_PREPOSITION = /\s(?:for|of|at|with|from)\s/;

/**
 * Whether a speaker phrase names one unnamed person (UNNAMED_ONE_SPEAKER), a prepositional phrase of affiliation after
 * its noun included ("a reporter for Agence France-Presse", "a spokesman for the ministry", "the father of the victim"):
 * the phrase is headed by the noun before the preposition, the affiliation only tells who they are.
 */
export function namesOneUnnamedPerson(text: string): boolean {
  if (UNNAMED_ONE_SPEAKER.test(text)) return true;
  const cut = AFFILIATION_PREPOSITION.exec(text);
  return !!cut && UNNAMED_ONE_SPEAKER.test(text.slice(0, cut.index));
}

/** A verb putting a question to the person after it (a title at most between): "asked", "pressed", "get … to answer". */
const QUESTIONING_VERB = /\b(?:ask|asks|asked|press|presses|pressed|question|questions|questioned|challenged|get|got|getting)\s+(?:[\p{Lu}][\p{L}.]*\s+)?$/u;

/**
 * The person a question is put to, when the pronoun at `at` stands in that question ("asked Hagel whether he …", "tried
 * to get Hagel to answer whether he was right when he …"): the person right after a questioning verb, then "whether" or
 * "if" before the pronoun, in the same sentence and within 160 characters.
 */
function questionedPerson(body: string, sentence: Quote['sentence'], at: number, mentions: MentionRef[]): MentionRef | null {
  if (!sentence || at <= sentence.start) return null;
  for (let i = firstFrom(mentions, Math.max(sentence.start, at - 160)); i < mentions.length && mentions[i].end < at; i++) {
    const m = mentions[i];
    if (m.type !== 'Person' || m.start < sentence.start) continue;
    if (!QUESTIONING_VERB.test(body.slice(Math.max(sentence.start, m.start - 30), m.start))) continue;
    const between = body.slice(m.end, at);
    if (/\b(?:whether|if)\b/.test(between) && !/[.;!?]\s/.test(between)) return m;
  }
  return null;
}

/** After a person's name, up to a pronoun: the possessive of a noun of words the relative clause describes ("’s
 * comments at a press conference, in which "), or a speech verb and a conjunction ("said as ", "told CNN when "). Run
 * on at most 120 characters. */
const HOLDER_TO_PRONOUN = /^(?:[’']s (?:[\p{L}-]+ ){0,2}?(?:comments?|remarks?|speech|statement|interview|address|letter|testimony|post|tweet|news conference|press conference)\b[^.;:!?“”"]{0,80}?,? (?:in|during|at) which| (?:also )?(?:said|says|told [^\s,.;:]+(?: [^\s,.;:]+)?|added|wrote|spoke|explained|testified) (?:as|when|while|after|before|because|since)) $/u;

/** After an agent's name, up to the pronoun: a relative clause on the words ("in which "). */
/** (A time phrase may stand before it: "a speech by … Ri Yong-ho, earlier Saturday in which he called …".) */
export const WHICH_TO_PRONOUN = /^,? (?:(?:earlier|later|on|last|this|late|early) (?:[\p{L}\d]+,? ){0,2}?)?(?:in|during|at) which $/u;
/** Before an agent's name: a noun of words and "by", a participle and an adverb at most between ("comments made earlier
 * by ", "a speech by President "). Read word by word from the end: each pattern anchored and one word long. */
const WORDS_NOUN = /^(?:comments?|remarks?|speech|statement|interview|address|letter|testimony|post|tweet|conference)$/;
const WORDS_BY_AGENT = {
  test(before: string): boolean {
    const words = before.split(' ');
    if (words.pop() !== '') return false; // the text ends with a space before the name
    while (words.length > 0 && /^\p{Lu}/u.test(words.at(-1)!)) words.pop(); // a title ("President")
    if (words.pop() !== 'by') return false;
    for (let k = 0; k <= 3 && words.length > 0; k++) {
      const w = words.pop()!;
      if (WORDS_NOUN.test(w)) return true;
      if (!/^[\p{Ll}-]+$/u.test(w)) return false;
    }
    return false;
  },
};

/**
 * After a clause's subject, up to a pronoun opening an adverbial clause inside that clause's predicate: a finite verb
 * right after the name (an adverb at most before it), then at most 14 words without clause punctuation or quotation
 * marks, then the conjunction ("Mr. Xi appeared to be speaking of North Korea when ", "Jeh Johnson decided to keep the
 * prohibition in place because ", "Ms. Russell was shocked when "). The adverbial clause's subject pronoun is the main
 * clause's subject, as a reader takes it, when no other person is named in the sentence before it (see clauseHolder).
 * Read word by word (see subjectToSubordinatePronoun): each pattern is anchored at both ends and sees one word.
 */
const PREDICATE_ADVERB = /^(?:also|then|later|once|first|again|now|still|never|only|even|just|repeatedly|reportedly|publicly|previously|recently|initially|apparently)$/;
/** Finite verbs no ending tells (besides a lower-case word ending in "-ed" or "-s": "appeared", "says"). */
const FINITE_VERB_FORMS: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', 'has', 'had', 'did', 'does', 'would', 'could', 'will', 'can', 'may', 'might', 'must', 'should', 'made', 'took', 'found', 'caught', 'lost', 'spoke', 'said', 'told', 'knew', 'thought', 'wrote', 'met', 'sent', 'gave', 'got', 'went', 'came', 'left', 'felt', 'kept', 'held', 'brought', 'began', 'chose', 'drew', 'won', 'ran', 'became', 'sought', 'fought', 'stood', 'meant', 'saw', 'heard', 'struck', 'threw', 'broke']);
const LOWER_WORD = /^\p{Ll}+$/u;
const isFiniteVerb = (w: string) => FINITE_VERB_FORMS.has(w) || (LOWER_WORD.test(w) && w.length >= 3 && (w.endsWith('ed') || w.endsWith('s')));
const SUBORDINATING_CONJUNCTION = /^(?:when|as|while|after|before|because|since|until)$/;
const CLAUSE_MARK = /[,;:.!?“”"()—–]/;

/** Whether the words between a name and a pronoun are its finite verb, its predicate and a subordinating conjunction. */
function subjectToSubordinatePronoun(gap: string): boolean {
  if (gap.length > 160 || !gap.startsWith(' ') || !gap.endsWith(' ') || CLAUSE_MARK.test(gap)) return false;
  const words = gap.slice(1, -1).split(' ');
  const verb = PREDICATE_ADVERB.test(words[0]) ? 1 : 0;
  return words.length >= verb + 2 && words.length <= verb + 16 && isFiniteVerb(words[verb]) && SUBORDINATING_CONJUNCTION.test(words.at(-1)!) && words.every((w) => w.length > 0);
}

/** A complementizer ("that") or a wh-word ("what Barr means when he says") and up to three title words before a name:
 * the name opens the clause as its subject. */
const THAT_BEFORE_SUBJECT = /\b(?:that|what|how|why|whether)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;

/** The person a pronoun's clause hangs on (see HOLDER_TO_PRONOUN), in the pronoun's own sentence; or the one person named
 * in the sentence before the pronoun, when it is the subject of the clause the pronoun's adverbial clause hangs on (see
 * subjectToSubordinatePronoun). */
function clauseHolder(body: string, sentence: Quote['sentence'], at: number, mentions: MentionRef[]): MentionRef | null {
  if (!sentence || at <= sentence.start) return null;
  let holder: MentionRef | null = null;
  for (let i = firstFrom(mentions, Math.max(sentence.start, at - 120)); i < mentions.length && mentions[i].end < at; i++) {
    const m = mentions[i];
    if (m.type !== 'Person' || m.start < sentence.start) continue;
    if (HOLDER_TO_PRONOUN.test(body.slice(m.end, at))) holder = m;
    // "… comments made earlier by Assad in which he threatened …": the agent of the words the relative clause describes.
    else if (WHICH_TO_PRONOUN.test(body.slice(m.end, at)) && WORDS_BY_AGENT.test(body.slice(Math.max(sentence.start, m.start - 80), m.start))) holder = m;
  }
  if (holder) return holder;
  // (The one person named in the sentence before the pronoun: "Trump tried to have Mueller removed because he knew …"
  // names two, and is left to the subjects before, as is the object of a preposition.)
  const people: MentionRef[] = [];
  for (let i = firstFrom(mentions, sentence.start); i < mentions.length && mentions[i].end <= at; i++) if (mentions[i].type === 'Person' && mentions[i].start >= sentence.start) people.push(mentions[i]);
  // "Earnest clarified that Obama meant Syria when he said …", "… what Barr means when he says …": the subject of a
  // that- or wh-clause the pronoun's adverbial clause hangs on is the pronoun's, though the sentence names another before it.
  const reported = [...people].reverse().find((m) => THAT_BEFORE_SUBJECT.test(body.slice(Math.max(sentence.start, m.start - 40), m.start)) && subjectToSubordinatePronoun(body.slice(m.end, at)));
  if (reported) return reported;
  const only = people.length > 0 && people.every((m) => m.entityId === people[0].entityId) ? people.at(-1)! : null;
  // (A preposition's object is no subject: "The deal with Robert Mueller collapsed when he said …" — but the one person
  // named right before "as"/"while"/"when" and the pronoun is its subject: "all eyes will be on … Park Geun-hye as she
  // lays out her vision".)
  if (only && /^,? (?:as|while|when) $/.test(body.slice(only.end, at))) return only;
  return only && !governedByPreposition(body, sentence.start, only.start) && subjectToSubordinatePronoun(body.slice(only.end, at)) ? only : null;
}

/** A sentence opening with an adverbial clause whose subject is a name ("While Trump insisted …, ", "Though Mr. Abdullah
 * had been close to …, "): the subordinator and up to three title words before the name, then a verb. Anchored: linear. */
export const SUBORDINATE_OPENING = /^(?:(?:But|And|Yet|So|Still)\s+)?(?:While|Although|Though|When|Whenever|After|Before|Since|Because|Once|Whereas|Even\s+(?:though|as|if|after|while))\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;
/** A sentence opened by an adverbial clause or a comparison ("When …", "Though …", "But like Trump, …"). Anchored: linear. */
const OPENING_CLAUSE_WORD = /^(?:(?:But|And|Yet|So|Still)\s+)?(?:While|Although|Though|When|Whenever|After|Before|Since|Because|Once|Whereas|If|Unless|Like|Unlike|like|unlike|Even\s+(?:though|as|if|after|while|when))\s/;
/** Right before a main clause's subject: the comma closing the opening clause, then at most three title words. */
const AFTER_OPENING_CLAUSE = /,\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;

/**
 * speaker.main-clause-centre: the person heading the main clause of a sentence opened by an adverbial clause or a
 * "like"/"unlike" phrase ("When Mr. Trump tried to defend …, Mr. Kasich forcefully differed.", "But like Trump, Rubio
 * holds …"): the first person after a comma, titles at most between, followed by a finite verb, outside quotation marks.
 */
function subjectAfterOpeningClause(s: Sentence, mentions: MentionRef[], body: string): MentionRef | null {
  if (!OPENING_CLAUSE_WORD.test(s.text)) return null;
  for (let i = firstFrom(mentions, s.start); i < mentions.length && mentions[i].end <= s.end; i++) {
    const m = mentions[i];
    if (m.type !== 'Person') continue;
    const before = body.slice(s.start, m.start);
    if (insideQuotation(before)) return null; // quoted words: not the writer's clause
    if (!AFTER_OPENING_CLAUSE.test(before.slice(-50))) continue;
    return VERB_AFTER_SUBJECT.test(body.slice(m.end, m.end + 40)) ? m : null;
  }
  return null;
}

/** Whether the end of `text` lies inside quotation marks it opens (curly, straight or doubled apostrophes). */
function insideQuotation(text: string): boolean {
  const count = (mark: string) => text.split(mark).length - 1;
  return count('“') > count('”') || count('"') % 2 === 1 || count("''") % 2 === 1;
}

/** After the name: a finite verb, an adverb at most before it. */
const VERB_AFTER_SUBJECT = /^\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|\p{Ll}+s|has|had|have|is|was|were|did|does|said|told|met|made|took|gave|went|came|spoke|saw|kept|held|led|won|lost|left|sent|knew|thought|felt|became|began|stood|would|will|could|can|may|might)\b/u;

/**
 * speaker.subordinate-subject: a "he"/"she" opening the main clause right after a comma, in a sentence opened by an
 * adverbial clause whose subject is a person ("While Trump insisted this week he has no financial interests in Saudi
 * Arabia, he has boasted …"; "While Abdullah had been close to …, including …, Jawaharlal Nehru, he remained …"): that
 * subject — the centre of the sentence so far, as a reader takes it; not a name later in the clause.
 */
function subordinateSubject(body: string, sentence: Quote['sentence'], at: number, mentions: MentionRef[], pronounEnd = at): MentionRef | null {
  if (!sentence || at <= sentence.start || !/,\s*$/.test(body.slice(Math.max(sentence.start, at - 4), at))) return null;
  // (Not a parenthetical frame, "Since President Bill Clinton traveled to India in 2000, he says, “…”": the speaker before.)
  if (/^\s+(?:\p{Ll}+ly\s+)?\p{Ll}+,/u.test(body.slice(pronounEnd, pronounEnd + 40))) return null;
  const i = firstFrom(mentions, sentence.start);
  const m = mentions[i];
  if (!m || m.end >= at || m.type !== 'Person' || !SUBORDINATE_OPENING.test(body.slice(sentence.start, m.start))) return null;
  return VERB_AFTER_SUBJECT.test(body.slice(m.end, m.end + 40)) ? m : null;
}

/** A word in the last comma segment before a name that makes the name no part of the speaker's noun phrase: a
 * preposition (its object), a conjunction or relative word (another phrase), a verb or participle (a new clause).
 * Only ever run on a gap of at most 80 characters (see personNamingBody), so its cost is bounded whatever the checker says. */
const LEAVES_PHRASE = /(?:^|[\s,])(?:of|for|to|with|by|from|in|at|about|against|on|over|than|between|among|toward|towards|under|like|including|and|or|but|who|whom|whose|which|that|is|was|are|were|has|had|have|will|would|said|says|say|told|tells|(?!(?:acting|ruling|leading|governing|founding|outgoing|incoming|ranking|sitting|reigning)\b)\p{Ll}+ing|\p{Ll}+ed)(?=[\s,]|$)/u;
/** Marks a noun phrase never runs across, and verbs: a finite verb anywhere between starts another clause. */
const BREAKS_PHRASE = /[“”"«»;:.!?()\n]|''|(?:^|\s)(?:is|was|are|were|has|had|have|will|would|said|says|say|told|tells)(?=[\s,]|$)/;

/** The gap between a person and a body of their modifier: "with the 4th Brigade Combat Team, " (≤ 120 characters). */
const PERSON_WITH_BODY = /^ (?:with|of|at|from) [^;:.!?“”"()]{0,100}$/;

/**
 * The person who heads or names the body credited as speaker, when the body is only part of that person's noun phrase:
 * a name in apposition or after a title ("Russia's ambassador to the United Nations, Vitaly Churkin, condemned …",
 * "White House spokeswoman Lindsay Walters said", "said the NSC spokeswoman, Caitlin Hayden"), or a person the body's
 * name qualifies ("Prime Minister Yoshihiko Noda of Japan referred …"). A person governed by a preposition ("Russia, a
 * longtime ally of … Assad, said"), after the cue (a listener, an object) or in another clause is not the speaker.
 */
export function personNamingBody(span: { start: number; end: number }, cue: string | null, quoted: { start: number; end: number }, sentence: { start: number; end: number }, body: string, mentions: MentionRef[]): MentionRef | null {
  const cueWord = (cue ?? '').split(' ')[0].toLowerCase();
  for (let i = firstFrom(mentions, span.end); i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start < span.end || m.start < sentence.start) continue;
    if (m.end > sentence.end || m.start - span.end > 80 || (m.start < quoted.end && m.end > quoted.start)) break;
    const gap = body.slice(span.end, m.start);
    if (BREAKS_PHRASE.test(gap) || (cueWord && gap.toLowerCase().split(/[^\p{L}]+/u).includes(cueWord))) break;
    // A body inside the role's own phrase ("U.N. special representative for Iraq, Nickolay Mladenov") is passed over:
    // the person the appositive names may follow it.
    if (LEAVES_PHRASE.test(gap.slice(gap.lastIndexOf(',') + 1))) {
      if (m.type === 'Person') break;
      continue;
    }
    // An appositive closes where it opened: ", Vitaly Churkin, condemned", "said the NSC spokeswoman, Caitlin Hayden."
    // (", DuVernay says" after "according to the NAACP" starts a new clause).
    if (/,\s*$/.test(gap) && !/^\s*(?:[,.]|$)/.test(body.slice(m.end, m.end + 2))) break;
    if (m.type === 'Person') return m;
  }
  // "Yoshihiko Noda of Japan", "Dmitri Trenin of the Carnegie Moscow Center": the body qualifies the person before it.
  // …and "Stephanie Cazares with the 4th Brigade Combat Team, 1st Armored Division(, at Fort Bliss,) said": a unit in
  // the phrase after "with" too, a comma-set name of the unit between.
  for (let i = firstFrom(mentions, span.start - 120); i < mentions.length && mentions[i].start < span.start; i++) {
    const m = mentions[i];
    if (m.type !== 'Person' || m.start < sentence.start || m.end > span.start) continue;
    const gap = body.slice(m.end, span.start);
    if (/^\s+(?:of|at|from)\s+(?:the\s+)?$/.test(gap) || (PERSON_WITH_BODY.test(gap) && !BREAKS_PHRASE.test(gap))) return m;
  }
  return null;
}

/** A sentence opening with an adjunct before its subject: a preposition, a subordinator, a time, a participle ("Next
 * week at the United Nations, Trump …", "Pressed by Republicans about …, Mueller …", "-- In 2014, while he was in
 * Islamabad, Rahami …"). Anchored, one alternation: linear. */
// (After a conjunction the preposition is lower case: "And in a speech before the General Assembly, Haley …".)
export const OPENING_ADJUNCT = /^(?:(?:--|—|–)\s*)?(?:(?:However|But|And|Yet|Still|Meanwhile),?\s+)?(?:In|At|On|As|While|When|After|Before|During|Since|Despite|Following|Amid|Over|Under|Through|From|With|Without|Last|Next|This|Earlier|Later|\p{Lu}\p{Ll}+ing|\p{Lu}\p{Ll}+ed|speaking|asked|pressed)\b|^(?:But|And|Yet|Still),?\s+(?:in|at|on|during|after|before|since|despite|following|amid|over|under|through|from|with|without)\b/u;
/** The end of an opening adjunct before the main clause's subject: a comma, then at most a few title words ("Jordan’s King", "Justice Minister"). */
const ADJUNCT_THEN_TITLE = /,\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u;

/**
 * The person heading the main clause when the body credited as speaker stands inside the adjunct opening the sentence
 * ("Next week at the United Nations, Trump plans …, touting …" → Trump; "In a taped message during a recent visit to
 * Washington, Jordan’s King Abdullah II, called …" → Abdullah): a name in an opening adjunct is never the subject.
 * The person must follow the adjunct's last comma (a title at most between) and be followed by a verb or an
 * appositive, and the quote's words must come after the person.
 */
export function subjectAfterOpeningAdjunct(span: { start: number; end: number }, quoted: { start: number }, sentence: { start: number; end: number }, body: string, mentions: MentionRef[]): MentionRef | null {
  if (!OPENING_ADJUNCT.test(body.slice(sentence.start, Math.min(sentence.end, sentence.start + 40)))) return null;
  for (let i = firstFrom(mentions, span.end); i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start < span.end) continue;
    if (m.start - span.end > 160 || m.end > quoted.start || m.end > sentence.end) return null;
    if (m.type !== 'Person') continue;
    const gap = body.slice(span.end, m.start);
    if (!ADJUNCT_THEN_TITLE.test(gap) || /[“”"]/.test(gap)) return null;
    // The subject's verb or an appositive follows the name.
    if (!/^(?:,|\s+\p{Ll})/u.test(body.slice(m.end, m.end + 3))) return null;
    return m;
  }
  return null;
}

/** A passive participle: a regular one in -ed or an irregular one a modifier takes ("stolen from", "led by"). */
const PASSIVE_PARTICIPLE = String.raw`(?:\p{Ll}{3,}ed|stolen|taken|known|held|led|seen|shown|born|written|given|chosen|driven)`;
/** A participle opening a modifier of the noun before it: ", backed by", "stolen from", ", flanked by" (the last one
 * after any stop or quotation mark is read; an auxiliary before it makes it a verb: "was overturned by"). */
const PARTICIPIAL_MODIFIER = new RegExp(String.raw`([^\s,]+)(,?)\s(?:\p{Ll}+ly\s)?${PASSIVE_PARTICIPLE}\s(?:by|from|with|in|at|for|under)\s`, 'gu');
const AUXILIARY = /^(?:is|was|are|were|be|been|being|has|have|had|get|got|gets)$/;
/** A relative clause whose verb governs the name after it: "Governments who still support Mr ". */
const RELATIVE_MODIFIER = /\s(?:who|which|that)\s+(?:(?:still|also|now|long|have|has|had|once)\s+)*(?:\p{Ll}{3,})\s+(?:(?:the|a|an|Mr|Mrs|Ms|Dr|Mr\.|Mrs\.|Ms\.|Dr\.|President|Prime\s+Minister)\s+)?$/u;

const DOCUMENT_HEADS: ReadonlySet<string> = new Set(DOCUMENT_NOUNS);
/** A passive participle and "by" right before a body's name: "Sources quoted by ", "an official appointed by the ". */
const AGENT_BY_BEFORE = new RegExp(String.raw`\s${PASSIVE_PARTICIPLE}\sby\s(?:[Tt]he\s)?$`, 'u');
/** Between "by" and the agent's name: at most a determiner and title words ("by U.S. President ", "by the "). */
const AGENT_TITLES = /^(?:(?:the|former|then-[\p{L}-]+|[\p{Lu}][\p{L}.’'-]*)\s){0,4}$/u;
/** Singular nouns of a person or a body that speaks ("A judge appointed by President Obama said", "a prominent militia
 * backed by Iran said"): one head of a modified subject, as a plural of people is (documents are read apart). */
const SPEAKING_SINGULAR_HEADS: ReadonlySet<string> = new Set([...SOURCE_PEOPLE, ...UNNAMED_PERSON_NOUNS, ...AGENT_NOUNS, ...ROLE_NOUNS, ...SOURCE_BODIES, ...SPEAKING_BODY_HEADS].filter((w) => !w.includes(' ') && !DOCUMENT_HEADS.has(w)));

/**
 * The noun a name's modifier belongs to, when the name a pattern took as a clause's subject sits inside a participial
 * or relative modifier ("Mr Maduro, backed by Russia, China and …, has refused" → Maduro; "Governments who still
 * support Mr Maduro … condemned" → the governments, unnamed; "files stolen from the law firm X revealed" → the files):
 * the subject of a verb is never the object inside a phrase describing it. `pre` is the sentence's text before the name;
 * null when no modifier holds the name.
 */
export function modifiedNoun(pre: string, offset: number, mentions: MentionRef[], documents = true): SpeakerRef | null {
  const stop = Math.max(pre.length - 160, ...['.', ';', ':', '!', '?', '“', '”', '"', '«', '»', '(', ')'].map((c) => pre.lastIndexOf(c) + 1));
  const cut = Math.max(0, stop);
  const tail = pre.slice(cut);
  let participial: RegExpExecArray | null = null;
  PARTICIPIAL_MODIFIER.lastIndex = 0;
  for (let p = PARTICIPIAL_MODIFIER.exec(tail); p; p = PARTICIPIAL_MODIFIER.exec(tail)) if (!AUXILIARY.test(p[1])) participial = p;
  // A finite verb between the modifier and the name starts a new clause: the name may be its subject.
  const finiteAfter = participial && /\s(?:is|was|are|were|has|have|had|will|would|said|says)\s/.test(tail.slice(participial.index));
  const relative = participial && !finiteAfter ? null : RELATIVE_MODIFIER.exec(tail);
  const hostAt = participial && !finiteAfter ? participial.index + participial[1].length : relative ? relative.index : -1;
  if (hostAt < 0) return null;
  const hostEnd = offset + cut + hostAt;
  for (let i = firstFrom(mentions, hostEnd - 80); i < mentions.length && mentions[i].start < hostEnd; i++) {
    const h = mentions[i];
    if (h.end === hostEnd && h.start >= offset && h.type !== 'Event') return { start: h.start, end: h.end, entityId: h.entityId };
  }
  // An unnamed noun phrase: its words from the clause's start ("But", "And" and an opening phrase left out).
  const head = pre.slice(0, cut + hostAt);
  // (A subordinate clause opens one too: "… after a report published by …".)
  const words = /(?:^|[,;]\s*|\b(?:[Bb]ut|[Aa]nd|[Yy]et|after|before|when|since|because|while|until|as)\s+)((?:[\p{L}\d’'.-]+\s+){0,5}[\p{L}][\p{Ll}-]+)$/u.exec(head);
  // A common noun: a plural of people or things, capitalised only as the sentence's first word ("Governments who …"),
  // or a document ("a report published by the office of … James Clapper said": the report speaks, not Clapper).
  // …or one person or body by a noun that names one, when the name is the agent of its passive participle ("A judge
  // appointed by President …", "The think tank, led by …"; not "the government reopened with a bill, Trump …").
  const last = words?.[1].split(/\s+/).at(-1)!.toLowerCase() ?? '';
  const isDocument = DOCUMENT_HEADS.has(last) || DOCUMENT_HEADS.has(last.replace(/ies$/, 'y').replace(/s$/, ''));
  // (Asked for people only, a document, plural too, is none: "Studies conducted by the Commerce Department" are its.)
  if (!documents && isDocument) return null;
  const document = documents && DOCUMENT_HEADS.has(last);
  const agent = !!participial && !finiteAfter && /\sby\s$/.test(participial[0]) && AGENT_TITLES.test(tail.slice(participial.index + participial[0].length));
  if (!words || !(document || (agent && SPEAKING_SINGULAR_HEADS.has(last)) || /\p{Ll}s$|people$|men$|women$/u.test(words[1])) || (/^\p{Lu}/u.test(words[1].split(/\s+/).at(-1)!) && words[1] !== head)) return null;
  const start = offset + head.length - words[1].length;
  return { start, end: hostEnd, entityId: null };
}

const AGENT = `(?:${wordAlternation(AGENT_NOUNS).replace(/ /g, '\\s+')})`;
/** Right after the principal: its possessive and the agent noun, a few modifiers between ("’s personal lawyer"). */
export const AGENT_AFTER_PRINCIPAL = new RegExp(`^[’']s\\s+(?:[\\p{L}-]+\\s+){0,3}?${AGENT}\\b`, 'u');
/** Right before the principal: the agent noun and "for"/"to", a title at most between ("a spokesman for President "). */
// (A title's qualifier too: "a spokesman for interim President Adly Mansour".)
// (…and a body's initials or a demonym before the title: "a spokesman for U.N. Secretary-General ", "… for British Prime
// Minister "; not any capitalised word: "chief of staff to May Nick Timothy" names May's aide, Timothy.)
const PRINCIPAL_TITLE = `(?:the|former|then-?|interim|acting|outgoing|incoming|${wordAlternation(PERSON_TITLES).replace(/\./g, '\\.').replace(/ /g, '\\s+')}|(?:\\p{Lu}\\.){1,3}|\\p{Lu}{2,5}|\\p{Lu}\\p{Ll}+(?:an|ese|ish|i))`;
const AGENT_BEFORE_PRINCIPAL = new RegExp(`(?:^|[\\s,(])((?:(?:an?|the|one|two|another|his|her|their|its|[\\p{Lu}][\\p{L}.’'-]*[’']s)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?${AGENT})\\s+(?:for|to)\\s+(?:${PRINCIPAL_TITLE}\\s+){0,3}$`, 'u');

/**
 * A person credited as speaker who is only the principal of the phrase naming the speaker ("Trump’s spokesman, Sean
 * Spicer, said", "said Zhang’s attorney, Beverly Cutler", "RC Hammond, a senior adviser to Tillerson, told CNN", "A
 * spokesman for Kerry professed …"): the agent speaks — the person the phrase names in apposition, else an unnamed
 * source whose words are the phrase, speaking for the principal. Null when the span is no principal of such a phrase.
 * Only fixed-length slices around the span are read, so each pattern runs on at most 60 characters.
 */
export function agentOfPrincipal(span: { start: number; end: number }, quoted: { start: number; end: number }, sentence: { start: number; end: number }, body: string, mentions: MentionRef[]): { agent: MentionRef | null; phrase: { start: number; end: number } } | null {
  const after = AGENT_AFTER_PRINCIPAL.exec(body.slice(span.end, Math.min(sentence.end, span.end + 60)));
  const beforeText = body.slice(Math.max(sentence.start, span.start - 60), span.start);
  const before = after ? null : AGENT_BEFORE_PRINCIPAL.exec(beforeText);
  if (!after && !before) return null;
  const phrase = after ? { start: span.start, end: span.end + after[0].length } : { start: span.start - beforeText.length + before!.index + before![0].indexOf(before![1]), end: span.end };
  // The agent phrase must not be inside the quoted words.
  if (phrase.start < quoted.end && phrase.end > quoted.start) return null;
  // The agent named in apposition after the phrase ("Trump’s spokesman, Sean Spicer,", "Trump's lawyer Rudy Giuliani")…
  for (let i = firstFrom(mentions, phrase.end); i < mentions.length && mentions[i].start <= phrase.end + 4; i++) {
    const m = mentions[i];
    if (m.type === 'Person' && /^(?:,\s*|\s+)$/.test(body.slice(phrase.end, m.start)) && m.end <= sentence.end) return { agent: m, phrase };
  }
  // …or before it ("RC Hammond, a senior adviser to Tillerson,").
  for (let i = firstFrom(mentions, phrase.start - 60); i < mentions.length && mentions[i].start < phrase.start; i++) {
    const m = mentions[i];
    if (m.type === 'Person' && m.start >= sentence.start && /^,\s*$/.test(body.slice(m.end, phrase.start))) return { agent: m, phrase };
  }
  return { agent: null, phrase };
}
