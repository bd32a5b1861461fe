// Stage 2c', title complements (after tagging, before retype): a one-word title completed by "of"/"to" and a body, a
// place or a field, then its holder's name — "Director of National Intelligence James Clapper", "Ambassador to the
// Philippines Sung Kim", "Chairman of the Congressional Hispanic Caucus Joaquin Castro". The rules and the tagger read
// the complement and the name as one name; here it is cut into the holder (a person, the role the title and complement)
// and, when the complement is a body or country the lexicons know, that body too.
// Runs on the combined mentions, not inside the rules: the rules' mentions are the tagger's training features, and the
// tagger's weights stay as they are.
import type { Mention } from './mentions.js';
import { PERSON_TITLES, HONORIFICS, NON_NAME_WORDS } from './lexicon/titles.js';
import { KNOWN_ORGANIZATION_FORMS as ORG_FORMS, ORG_SUFFIXES } from './lexicon/organizations.js';
import { COUNTRY_BY_NAME } from './lexicon/countries.js';
import { FIRST_NAMES, genderOfGivenName } from './lexicon/names.js';

const TITLES: ReadonlySet<string> = new Set(PERSON_TITLES);

/**
 * A title of one or two words, "of"/"to"/"for" and maybe "the" right before a name: "Ambassador to the ". Run only on
 * the 40 characters before a name, so its cost per name is bounded whatever the pattern's degree.
 */
const TITLE_CONNECTOR_BEFORE = /(?<![\p{L}.])(?:(\p{Lu}\p{Ll}+) )?(\p{Lu}\p{Ll}+) (?:to|of|for) (?:the )?$/u;
/** How every TITLE_CONNECTOR_BEFORE match ends (its last four characters at most). */
const CONNECTOR_END = /(?:to|of|for|the) $/;
/** Words a complement may hold besides capitalised ones ("Joint Chiefs of Staff"); a holder's name holds none. */
const COMPLEMENT_CONNECTORS = new Set(['of', 'the', 'for', 'and']);
/** Last words of a name that is no person's ("… Affairs", "… Studies", "… Baseball"). */
const NOT_HOLDER_LAST = new Set(['Affairs', 'Relations', 'Studies', 'Policy', 'Research', 'Security', 'Staff', 'Defense', 'Defence', 'State', 'States', 'Justice', 'Commerce', 'Energy', 'Health', 'Education', 'Labor', 'Treasury', 'Intelligence', 'Operations', 'Services', 'Development', 'Finance', 'Trade', 'Interior', 'Transportation', 'Agriculture', 'Baseball', 'Football']);

/** A given name of two syllables joined by a hyphen, the second in lower case: "Young-moo", "Jae-in", "Kyung-wha". */
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
const isGivenName = (w: string) => FIRST_NAMES.has(w) || genderOfGivenName(w) !== null;
const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);

/** Two or three capitalised words that may be a person's name: no title, no body's or field's last word. */
function looksLikeHolder(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const last = words[words.length - 1];
  return words.every((w) => isCapitalised(w) && !NON_NAME_WORDS.has(w) && !TITLES.has(w)) && !ORG_SUFFIXES.has(last) && !NOT_HOLDER_LAST.has(last);
}

/**
 * Where the holder's name starts among a name's words after "<Title> of/to (the)": the last two or three words,
 * opening with a known given name that no given name precedes, with at least one word of the complement before them;
 * `lexiconOnly` false also takes the last two words when they look like a name ("Homeland Security | Jeh Johnson").
 * -1 when the words are no complement and holder.
 */
export function holderStart(words: readonly string[], lexiconOnly: boolean): number {
  if (!words.every((w) => isCapitalised(w) || COMPLEMENT_CONNECTORS.has(w))) return -1;
  for (const tail of [3, 2]) {
    const at = words.length - tail;
    if (at > 0 && isGivenName(words[at]) && !isGivenName(words[at - 1]) && looksLikeHolder(words.slice(at))) return at;
  }
  // "Minister of Defense | Song Young-moo", "Kang Kyung-wha": a family name and a hyphenated given name (the Korean way of
  // writing names in English) is a holder's name whatever the given-name lists know.
  const family = words.length - 2;
  if (family > 0 && HYPHENATED_GIVEN_NAME.test(words[family + 1]) && looksLikeHolder(words.slice(family))) return family;
  if (lexiconOnly) return -1;
  const at = words.length - 2;
  return at > 0 && looksLikeHolder(words.slice(at)) ? at : -1;
}

/** The title and connector right before a span, when the title is a role ("Ambassador to the "), with where it starts. */
function titleBefore(body: string, start: number): { title: string; text: string; at: number } | null {
  // Every match ends "to ", "of ", "for " or "the ": the pattern is not run before the many names that follow none.
  if (!CONNECTOR_END.test(body.slice(Math.max(0, start - 4), start))) return null;
  const from = Math.max(0, start - 40);
  const hit = TITLE_CONNECTOR_BEFORE.exec(body.slice(from, start));
  if (!hit || !TITLES.has(hit[2]) || HONORIFICS.has(hit[2])) return null;
  // "Prime Minister of Japan": a title of two words keeps both.
  if (hit[1] && !TITLES.has(`${hit[1]} ${hit[2]}`)) return { title: hit[2], text: hit[0].slice(hit[1].length + 1), at: from + hit.index + hit[1].length + 1 };
  return { title: hit[1] ? `${hit[1]} ${hit[2]}` : hit[2], text: hit[0], at: from + hit.index };
}

/** The complement as a mention, when the lexicons know it as a body or a country (or its last word is a body's). */
function complementMention(text: string, start: number, sentence: number): Mention | null {
  const org = ORG_FORMS.get(text);
  if (org) return { start, end: start + text.length, text, type: 'Organization', key: org, sentence, orgCue: 'name' };
  const country = COUNTRY_BY_NAME.get(text);
  if (country) return { start, end: start + text.length, text, type: 'Country', key: country, via: 'name', sentence };
  const words = text.split(' ');
  if (words.length > 1 && ORG_SUFFIXES.has(words[words.length - 1])) return { start, end: start + text.length, text, type: 'Organization', key: text, sentence, orgCue: 'name' };
  return null;
}

/** Word boundaries of a span's text (single spaces between words, as names are written). */
function wordStarts(text: string): { words: string[]; starts: number[] } | null {
  if (/\s\s|[\n\t]/.test(text)) return null;
  const words = text.split(' ');
  const starts: number[] = [];
  let at = 0;
  for (const w of words) {
    starts.push(at);
    at += w.length + 1;
  }
  return { words, starts };
}

/**
 * Cuts a person's or body's name that holds a title's complement and the holder ("National Intelligence James
 * Clapper" after "Director of ") into the holder and the complement; restores a rule person the combination dropped
 * right after such a title and its complement ("Ambassador to the Philippines | Sung Kim", where the tagger read
 * "Sung" alone).
 */
export function splitTitleComplements(body: string, rules: readonly Mention[], mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const split = m.type === 'Person' || m.type === 'Organization' || m.type === 'Unknown' ? (splitOne(body, m) ?? splitAtRulePerson(body, m, rules)) : null;
    if (split) out.push(...split);
    else out.push(m);
  }
  // Bodies and countries by where they end, to find one right before a rule person without a scan per person.
  const bodyEndingAt = new Map<number, Mention>();
  for (const m of out) if (m.type === 'Organization' || m.type === 'Country') bodyEndingAt.set(m.end, m);
  for (const r of rules) {
    const complement = r.type === 'Person' ? bodyEndingAt.get(r.start - 1) : undefined;
    if (!complement || body[r.start - 1] !== ' ' || out.some((m) => m.start < r.end && r.start < m.end)) continue;
    const restored = restoreHolder(body, r, complement);
    if (restored) out.push(restored);
  }
  if (out.length === mentions.length && out.every((m, i) => m === mentions[i])) return mentions;
  // A holder taken whole from the rules may reach over what the tagger read of his name ("… Nikki" | "Haley").
  const original = new Set(mentions);
  const holders = out.filter((m) => !original.has(m) && m.type === 'Person');
  return out.filter((m) => !original.has(m) || !holders.some((h) => h.start < m.end && m.start < h.end)).sort((a, b) => a.start - b.start || a.end - b.end);
}

function splitOne(body: string, m: Mention): Mention[] | null {
  const title = titleBefore(body, m.start);
  if (!title) return null;
  const parts = wordStarts(m.text);
  if (!parts) return null;
  // A body's name needs a given name the lexicon knows; a person's may take the last two words.
  const at = holderStart(parts.words, m.type !== 'Person');
  // "the Director of National Intelligence's office": the complement alone, read as a person, is no one.
  if (at < 0 && m.type === 'Person' && NOT_HOLDER_LAST.has(parts.words[parts.words.length - 1])) return [];
  if (at < 0) return null;
  const complement = m.text.slice(0, parts.starts[at] - 1);
  const holder = m.text.slice(parts.starts[at]);
  const holderAt = m.start + parts.starts[at];
  const role = `${title.text.trim()} ${complement}`;
  const person: Mention = { start: holderAt, end: m.end, text: holder, type: 'Person', key: holder, role, titleStart: title.at, sentence: m.sentence, strong: true };
  const body_ = complementMention(complement, m.start, m.sentence);
  return body_ ? [body_, person] : [person];
}

/**
 * A body's name that runs into a rule person's name after a title ("Ambassador to the | United Nations Nikki | Haley",
 * the tagger's ORG over the body and the given name): the body up to the person, and the person the rules read.
 */
function splitAtRulePerson(body: string, m: Mention, rules: readonly Mention[]): Mention[] | null {
  if (m.type === 'Person') return null;
  const r = rules.find((p) => p.type === 'Person' && p.start > m.start && p.start < m.end && p.end >= m.end);
  if (!r || !/^ $/.test(body.slice(r.start - 1, r.start))) return null;
  const title = titleBefore(body, m.start);
  if (!title) return null;
  const complement = body.slice(m.start, r.start - 1);
  const known = complementMention(complement, m.start, m.sentence);
  if (!known) return null;
  return [known, { ...r, role: `${title.text.trim()} ${complement}`, titleStart: title.at, strong: true }];
}

/** A rule person right after "<Title> of/to (the) <a body or country the output names>": the title's holder. */
function restoreHolder(body: string, r: Mention, complement: Mention): Mention | null {
  const parts = wordStarts(r.text);
  if (!parts || !looksLikeHolder(parts.words)) return null;
  const title = titleBefore(body, complement.start);
  if (!title) return null;
  return { ...r, role: `${title.text.trim()} ${complement.text}`, titleStart: title.at, strong: true };
}
