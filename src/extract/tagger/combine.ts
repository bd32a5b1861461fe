// Stage 2c, combine: the rules' mentions and the tagger's spans → the mentions entities are built from.
// Heuristic: the tagger decides where a person is and adds organisations the rules miss; the rules keep what they know best —
// countries (a span the rules call a country stays one), organisations they found (with their extent, "the Trump
// campaign"), titles and forms of address (role, honorific), canonical keys
// of known bodies; headlines in title case keep the rules' reading (the tagger learnt case from body text).
// Exists for: "Pirelli shares rose" (ORG by the tagger, unknown to the rules); "Kenya 's Rwandan …" stays Country.
import type { Sentence } from '../segment.js';
import { isSportsReport, lowerCaseWords, NAME_PARTICLES, type Mention, type MentionType } from '../mentions.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, WEAK_COUNTRY_NAMES } from '../lexicon/countries.js';
import { AGREEMENT_LAST_WORDS, BODY_LAST_WORDS, KNOWN_ORGANIZATIONS, ORG_CLAUSE_WORDS, ORG_PREFIXES, ORG_SUFFIXES, namesNoBody } from '../lexicon/organizations.js';
import { SPEECH_VERBS, STANCE_VERBS } from '../lexicon/speech.js';
import { CITY_FORMS, CITY_NAMES, COUNTY_NAMES, PEOPLE_NOUNS, REGION_NAMES, countryOfPlace, isPlaceByHead } from '../lexicon/places.js';
import { COUNTRY_BY_CAPITAL } from '../lexicon/countries.js';
import { CHAMBER_SIDES, NOT_NAME_STARTS, OFFICE_HOLDER_FAMILY_NAMES, ROLE_MODIFIERS, SENTENCE_OPENERS, TITLE_CASE_WORDS, TITLE_ROLE_WORDS } from '../lexicon/titles.js';
import type { TaggedSpan } from './prepare.js';
import { isContactParty } from '../contact-names.js';
import { chineseFamilyFirst, genderOfGivenName } from '../lexicon/names.js';

export interface CombineOptions {
  /** A rule Person or Organization the tagger leaves untagged is dropped. */
  dropUntagged: boolean;
  /** A rule Person or Organization inside a tagger LOC or MISC span is dropped ("Cape Town", "World Cup"). */
  dropInsideOther: boolean;
  /** A rule Person with a cue (title, speech verb, given name) stands unless the tagger reads an organisation there. */
  keepCuedPeople: boolean;
  /**
   * A rule Organization stands only where the tagger reads the same organisation, or when it is a body the lexicon
   * knows or "X administration/campaign/…"; elsewhere the tagger's reading (its extent, a place, nothing) wins.
   */
  orgNeedsTagger: boolean;
  /** The article is a report of games (mentions.ts isSportsReport), when the caller already asked; asked here otherwise. */
  sports?: boolean;
}

/**
 * Chosen by measurement (npm run eval, CoNLL dev F1 Person/Org, PolNeAR reported speaker+content): dropping untagged
 * rule names gains CoNLL Org 0.862 → 0.880 but loses PolNeAR 0.551 → 0.547; keeping cued people costs Person 0.003 and
 * keeps the quotes' speakers (PolNeAR 0.545 → 0.551).
 */
export const DEFAULT_COMBINE: CombineOptions = { dropUntagged: false, dropInsideOther: true, keepCuedPeople: true, orgNeedsTagger: true };

const TYPE_OF: Record<string, MentionType> = { PER: 'Person', ORG: 'Organization' };
const KNOWN_ORG_FORMS = new Set(KNOWN_ORGANIZATIONS.flat());

/** Lower-case words inside a person's name: its particles ("bin", "van"), an epithet's article ("Alexander the Great"). */
const IN_NAME_LOWER: ReadonlySet<string> = new Set([...NAME_PARTICLES, 'the', 'y', 'e', 'bint', 'abu', 'ben']);

/**
 * "Kim welcomed Moon", "Abe gives Trump", "Eric and Don": a person span the tagger runs over a lower-case word that
 * is no part of a name (a verb, "and", "on", "of") holds the names on either side of it, not one name: split there.
 */
function splitAtCommonWord(body: string, s: TaggedSpan): TaggedSpan[] {
  const text = body.slice(s.start, s.end);
  const words = [...text.matchAll(/\S+/g)];
  if (words.length < 3 || !words.slice(1, -1).some((w) => commonWord(w[0]))) return [s];
  const out: TaggedSpan[] = [];
  let run: RegExpMatchArray[] = [];
  const close = () => {
    const part = run.length ? body.slice(s.start + run[0].index!, s.start + run[run.length - 1].index! + run[run.length - 1][0].length) : '';
    // ("Maria striking Puerto Rico": a place the gazetteer knows is left to the rules, no person.)
    if (part && !COUNTRY_BY_NAME.has(part) && !CITY_NAMES.has(part) && !REGION_NAMES.has(part)) out.push({ ...s, start: s.start + run[0].index!, end: s.start + run[0].index! + part.length });
    run = [];
  };
  for (const w of words) {
    if (commonWord(w[0])) close();
    else run.push(w);
  }
  close();
  return out;
}
/**
 * "the National Counterterrorism Center told Congress", "the US hit Huawei", "the Associated Press that Congress": an ORG
 * span the tagger runs over a verb of saying or of stance, an auxiliary or a clause's conjunction holds the names on
 * either side of a clause, not one body's name: split there, as a person's span is ("Kim welcomed Moon"). The
 * lower-case words of bodies' names ("of", "and", "for", "administration") are none of these.
 */
function splitOrgAtClauseWord(body: string, s: TaggedSpan, rules: readonly Mention[]): TaggedSpan[] {
  const text = body.slice(s.start, s.end);
  if (!/\s\p{Ll}/u.test(text)) return [s];
  const words = [...text.matchAll(/\S+/g)];
  if (words.length < 3 || !words.slice(1, -1).some((w) => clauseWord(w[0]))) return [s];
  const out: TaggedSpan[] = [];
  let run: RegExpMatchArray[] = [];
  const close = () => {
    const start = run.length ? s.start + run[0].index! : 0;
    const end = run.length ? s.start + run[run.length - 1].index! + run[run.length - 1][0].length : 0;
    // (a part over a person the rules read, "Leo Varadkar wished Mr Johnson", is left to the rules' reading)
    if (run.length && !rules.some((m) => m.type === 'Person' && m.start < end && m.end > start)) out.push({ ...s, start, end });
    run = [];
  };
  for (const w of words) {
    if (clauseWord(w[0])) close();
    else run.push(w);
  }
  close();
  return out;
}
/** A verb of saying or stance, an act's verb, an auxiliary or a clause's conjunction, in lower case. */
const clauseWord = (w: string) => /^\p{Ll}+$/u.test(w) && (ORG_CLAUSE_WORDS.has(w) || SPEECH_VERBS.has(w) || STANCE_VERBS.has(w));

/**
 * "the GAO and Pentagon", "Hamas and Hezbollah", "the House and Senate": an ORG span the tagger runs over "and" between
 * two names the rules read whole, each a body, a country or a chamber, is the two of them, not one body: split there and
 * let each part be read as the tagger would read it alone. A body whose name holds "and" is one name the rules read
 * whole ("Securities and Exchange Commission"), whose parts are no names of their own ("Ways and Means"), or whose first
 * part's complement the second part continues ("Department of Health and Human Services").
 */
function splitJoinedBodies(body: string, s: TaggedSpan, rules: readonly Mention[]): TaggedSpan[] {
  const text = body.slice(s.start, s.end);
  const and = text.indexOf(' and ');
  if (and < 0 || text.indexOf(' and ', and + 1) >= 0 || KNOWN_ORG_FORMS.has(text) || rules.some((m) => m.start === s.start && m.end === s.end)) return [s];
  const ruleAt = (start: number, end: number) => rules.find((m) => m.start === start && m.end === end);
  const first = ruleAt(s.start, s.start + and);
  const second = ruleAt(s.start + and + 5, s.end);
  if (!first || !second || !nameOfItsOwn(first) || !nameOfItsOwn(second)) return [s];
  // A first part with a lower-case word ("Department of Health") may share its complement with the second ("… of Health
  // and Human Services"): two only when the second is a whole name by itself ("University of Chicago and Federal Reserve").
  if (/\s\p{Ll}/u.test(first.text) && !wholeName(second)) return [s];
  return [first, second].map((p) => ({ ...s, start: p.start, end: p.end }));
}
/**
 * A name that stands alone as one party of "X and Y": a country, a chamber the rules leave untyped ("House"), or a body
 * named by one word, an acronym, a known name, "the Obama administration", or a name ending in a body's head ("World Bank"); not a field before a
 * shared head ("Taxi Drivers" of "Taxi Drivers and Operators Association").
 */
function nameOfItsOwn(m: Mention): boolean {
  if (m.type === 'Country') return true;
  if (m.type === 'Unknown') return CHAMBER_WORDS.has(m.text);
  return m.type === 'Organization' && (wholeName(m) || m.orgCue === 'convention' || BODY_LAST_WORDS.has(m.text.slice(m.text.lastIndexOf(' ') + 1)));
}
/** A body's name that completes nothing: one word ("Congress", "FBI"), a known name, or a prefix form ("Department of Justice"). */
const wholeName = (m: Mention) => m.type !== 'Organization' || !m.text.includes(' ') || KNOWN_ORG_FORMS.has(m.text) || ORG_PREFIXES.some((p) => m.text.startsWith(`${p} `));
const CHAMBER_WORDS: ReadonlySet<string> = new Set(['House', 'Senate', 'Congress', 'Commons', 'Lords']);
/** A lower-case word that is no part of a name: not a particle, nor an Arabic article joined to its noun ("al-Nashiri"). */
const commonWord = (w: string) => /^\p{Ll}/u.test(w) && !IN_NAME_LOWER.has(w) && !/^(?:al|el|ad|as|ash|ar|at|an|ud|ibn|bin|abu|abd|bint)-/.test(w);

export function combineMentions(body: string, sentences: Sentence[], rules: Mention[], taggedSpans: TaggedSpan[], options: CombineOptions = DEFAULT_COMBINE): Mention[] {
  const tagged = taggedSpans.flatMap((s) => (s.type === 'PER' ? splitAtCommonWord(body, s) : s.type === 'ORG' ? splitOrgAtClauseWord(body, s, rules).flatMap((p) => splitJoinedBodies(body, p, rules)) : [s]));
  // One name, one type per article: an ORG the tagger opens with the surname of a person the article names in full
  // ("the Assad family", "the Trump Cabinet") is that person's, as the rules read it.
  // A Chinese name's family name is its first word ("Liu He" … "talks between Liu, Lighthizer and …").
  const fullNameSurnames = new Set(rules.filter((m) => m.type === 'Person' && m.key.includes(' ')).map((m) => familyNameOf(m.key.split(' '))));
  const surnames = new Set<string>(fullNameSurnames);
  for (const m of rules) if (m.type === 'Person' && (m.key.includes(' ') || m.strong)) surnames.add(familyNameOf(m.key.split(' ')));
  for (const s of tagged) if (s.type === 'PER' && /\s/.test(body.slice(s.start, s.end))) surnames.add(body.slice(s.start, s.end).split(/\s+/).pop()!);
  const cuedSurnames = new Set(rules.filter((m) => (m.type === 'Person' || m.type === 'Unknown') && !m.key.includes(' ')).map((m) => m.key));
  // Lone names the rules call people by a strong cue ("Trump said") where the tagger reads a person too: the same word
  // read as a place elsewhere ("During one trip to Moscow, Trump bragged", read like "Moscow, Idaho") is that person,
  // one name, one type per article. (Not when the tagger reads the cued one as a place: "a police official in Liege said".)
  const taggedPeople = new Set(tagged.filter((s) => s.type === 'PER').map((s) => `${s.start}:${s.end}`));
  const speakingNames = new Set(rules.filter((m) => m.type === 'Person' && m.strong && !m.key.includes(' ') && taggedPeople.has(`${m.start}:${m.end}`)).map((m) => m.key));
  const personWords = loneNamesReadAsPeople(body, rules, tagged);
  // The given and family names of the people named in full ("Alan" of Alan Shearer, "Kim" of Kim Jong Un): a lone one
  // is left for the entity stage to link, never made a contact party of its own.
  // (Its first and last words: the given name and surname, or a family name written first.)
  const fullNameWords = new Set<string>(surnames);
  const addEnds = (words: readonly string[]) => fullNameWords.add(words[0]).add(words[words.length - 1]);
  for (const m of rules) if (m.type === 'Person' && m.key.includes(' ')) addEnds(m.key.split(' '));
  for (const s of tagged) if (s.type === 'PER' && /\s/.test(body.slice(s.start, s.end))) addEnds(body.slice(s.start, s.end).split(/\s+/));
  // The rules' types at each extent, keyed start × (body length + 1) + end: one number per extent, no string built per mention.
  const extent = (x: { start: number; end: number }) => x.start * (body.length + 1) + x.end;
  const ruleAt = new Map<number, MentionType[]>();
  for (const m of rules) {
    const types = ruleAt.get(extent(m));
    if (types) types.push(m.type);
    else ruleAt.set(extent(m), [m.type]);
  }
  const ruleTypeAt = (s: TaggedSpan, ...types: MentionType[]) => (ruleAt.get(extent(s)) ?? []).some((t) => types.includes(t));
  const setAside: TaggedSpan[] = [];
  // The titles before the rules' people ("Senate Majority Leader" before "Mitch McConnell"), as [start, end) ranges.
  const titles = rules.filter((m) => m.type === 'Person' && m.titleStart !== undefined && m.titleStart < m.start).map((m) => [m.titleStart!, m.start] as const);
  // The rules' people named in full opening with a given name the datasets know ("George Soros").
  // …named more than once (or by the surname alone too): "Northern Marine Management" names no person Marine Management.
  const namedPeople = rules.filter((m) => opensWithGivenName(m) && (cuedSurnames.has(m.key.split(' ').pop()!) || rules.some((o) => o.key === m.key && o.start !== m.start)));
  // How many of the rules' people end in each family name ("George W. Bush", "Bush said"): one known elsewhere too is
  // a family the article names, not a word of a body's name.
  const familyCount = new Map<string, number>();
  for (const m of rules) if (m.type === 'Person' || m.type === 'Unknown') familyCount.set(m.key.split(' ').pop()!, (familyCount.get(m.key.split(' ').pop()!) ?? 0) + 1);
  const spans = tagged.filter((s) => {
    if (s.type === 'PER') return true;
    // "Simi Valley, California (CNN) Jeb Bush, laying out …": a word no name list knows, opening a sentence or following
    // a dateline, that the rules read as the first word of a person's name ending in a family name the article names
    // elsewhere ("Bush said") is that person's given name, not a body the tagger learnt from capitalised openers.
    if (s.type === 'ORG' && givenNameBeforeFamily(body, s, rules, familyCount)) {
      setAside.push(s);
      return false;
    }
    // Inside a person's title, a span ending in a rank, a role word or a modifier of the role noun is the front of the
    // role, not a body's name: "Senate Majority" (Leader), "House Press" (Secretary), "Lt." (Gen.). A body's name ends in
    // its head noun and stays: "House Intelligence Committee" (Chairman), "Palestinian Authority" (President).
    if (s.type === 'ORG' && titles.some(([from, to]) => s.end > from && s.end < to) && endsInRoleWord(body.slice(s.start, s.end))) return false;
    // A capitalised descriptor before a person's full name ("Billionaire George Soros", "Activist Greta Thunberg") opens
    // no body's name: the tagger read the word and the name as one organisation; the rules' person stands.
    if (s.type === 'ORG' && namedPeople.some((m) => m.end === s.end && m.start > s.start && isDescriptor(body.slice(s.start, m.start)))) return false;
    // A span that coordinates a lone name with the front of the next person's title ("Lighthizer and Treasury" of "Liu,
    // Lighthizer and Treasury Secretary Steven Mnuchin") is a list misread: "and" opens no body's name here.
    if (s.type === 'ORG' && titles.some(([from, to]) => s.start < from && s.end > from && s.end <= to && LONE_NAME_AND.test(body.slice(s.start, from)))) return false;
    const text = body.slice(s.start, s.end);
    // A possessive is no part of the name: "Romney’s spokeswoman" opens with Mitt Romney's surname.
    const first = text.split(/[\s-]+/)[0].replace(/['’]s$/u, '');
    // "Tillerson ratcheted up …" after "Rex Tillerson" is no place: the rules' reading of the surname stands.
    // …and an ORG the rules read as a full person's name whose surname the article uses alone as a person
    // ("Rush Limbaugh spoke. Limbaugh told …") is that person.
    const lastWord = text.split(/\s+/).pop()!;
    // …and an ORG coordinating two lone names, one a surname of a person the article names ("Lighthizer and Mnuchin",
    // "Liu, Lighthizer and …"), is a list of people: the rules' readings of each name stand.
    const theirs = s.type === 'ORG'
      ? surnames.has(first) || (/\s/.test(text) && cuedSurnames.has(lastWord) && ruleTypeAt(s, 'Person')) || (COORDINATED_NAMES.test(text) && fullNameSurnames.has(lastWord)) || personWords.has(text)
      : (fullNameSurnames.has(text) || (s.type === 'LOC' && speakingNames.has(text))) && ruleTypeAt(s, 'Person', 'Unknown');
    if (!theirs || ruleTypeAt(s, 'Organization')) return true;
    setAside.push(s);
    return false;
  });
  const titleCase = sentences.map((s) => isTitleCaseLine(body, s.text));
  const overlapping = (m: { start: number; end: number }) => overlaps(spans, m);
  const out: Mention[] = [];
  const covered = new Set<TaggedSpan>();
  const ruleOrgs: Mention[] = [];
  // A tagger "organisation" that is a list of the rules' organisations ("Hamas, Hezbollah and Iran") is that many
  // bodies: the rules' names stand and the joined span goes.
  const lists = new Set(spans.filter((s) => s.type === 'ORG' && listsOrganizations(body, s, rules)));
  for (const m of rules) {
    const over = overlapping(m);
    // A country opening an organisation the tagger reads ("Sudan Airways", "U.S. Treasury", "China Daily") is part
    // of its name, not a mention of the country.
    if (options.orgNeedsTagger && m.type === 'Country' && !titleCase[m.sentence] && over.some((s) => opensOrganization(body, s, m))) continue;
    if (m.type === 'Organization' && overlaps([...lists], m).length) {
      out.push(m);
      for (const s of overlaps([...lists], m)) covered.add(s);
      continue;
    }
    if (options.orgNeedsTagger && m.type === 'Organization' && !titleCase[m.sentence] && !overlaps(setAside, m).length) {
      ruleOrgs.push(m); // decided below, once the spans the other rules keep are known
      continue;
    }
    // Countries (names, demonyms, capitals) and organisations stay the rules': a tagger span over them is set aside
    // ("U.S.-Russia" is two countries, "the Trump campaign" a body by the house convention). So does every name in a
    // title-case headline.
    // A tagger organisation spanning the person's title and full name ("House Majority Whip Steve Scalise"), or ending
    // inside the name ("Senate Republican Whip John" of "… John Thune"), is the role read as a body's name: the title
    // makes the person. One word after a title word, or words a name has not ("General Motors Co.", "General Assembly on
    // Sept."), stay the body's own ("U.N. General Assembly").
    // A form of address makes a person even of a lone surname ("Mr Putin", as British papers write it, read as a body).
    const titledName = (s: TaggedSpan) =>
      (m.titleStart !== undefined && m.titleStart < m.start && s.start <= m.titleStart && s.end > m.start && s.end <= m.end && looksLikeFullName(m.text)) ||
      (m.honorific !== undefined && s.end === m.end && body.slice(s.start, m.start).trim() === m.honorific);
    // "comments in Geneva signaled …", "Once in Bethlehem, the president toured …", "a young man in Kiev, who …": a name
    // after "in", "at" or "near" that the tagger reads as a place, with no title nor form of address (only a verb of
    // saying or an apposition after it made the rules call it a person), is the place: no person; the tagger's span is
    // read below, a Place where the gazetteer knows it.
    if (placeInSlot(body, m, over)) continue;
    const speakerLike = options.keepCuedPeople && m.type === 'Person' && (m.strong || m.role !== undefined || m.honorific !== undefined) && !over.some((s) => s.type === 'ORG' && !titledName(s));
    if (titleCase[m.sentence] || m.type === 'Country' || speakerLike || overlaps(setAside, m).length > 0 || (m.type === 'Organization' && !over.some((s) => s.type === 'PER' && s.start === m.start && s.end === m.end))) {
      out.push(m);
      for (const s of over) covered.add(s);
      continue;
    }
    const exact = over.find((s) => s.start === m.start && s.end === m.end);
    if (exact && m.type === 'Unknown' && (exact.type === 'PER' || isClauseOpener(body, exact))) {
      covered.add(exact);
      out.push(exact.type === 'PER' && !m.key.includes(' ') && isContactParty(body, m.start, m.end, fullNameWords) ? { ...m, type: 'Person', strong: true } : m);
      continue;
    }
    if (exact && TYPE_OF[exact.type]) {
      covered.add(exact);
      out.push(retype(m, TYPE_OF[exact.type], body));
      continue;
    }
    if (m.type === 'Unknown' && !over.length) {
      out.push(m); // a lone capitalised word: entities link it to a surname or let it go
      continue;
    }
    if (!over.length) {
      if (!options.dropUntagged) out.push(m);
      continue;
    }
    if (over.every((s) => s.type === 'LOC' || s.type === 'MISC')) {
      // A known given name opening two or more words is a person's name ("Viktor Orban"), whatever the tagger guessed;
      // "Cape Town" and "World Cup" open with no given name and go.
      if (!options.dropInsideOther || opensWithGivenName(m)) out.push(m);
      continue;
    }
    // A long name the tagger reads as two people ("Abed Rabbo | Hadi" of "Abed Rabbo Mansour Hadi", "Jerry Chun | Lee"
    // of "Jerry Chun Shing Lee") is the one person the rules read: see longNameCutByTagger.
    if (longNameCutByTagger(body, m, over)) {
      out.push(m);
      for (const s of over) covered.add(s);
      continue;
    }
    // Overlapping a tagger PER/ORG span of another extent: the tagger's span is added below, the rule's dropped.
  }
  for (const m of ruleOrgs) {
    const over = overlapping(m);
    const orgs = over.filter((s) => s.type === 'ORG');
    // "The Washington Post" is the rules' "Washington Post": an article before the name changes no extent (nor the id).
    const same = orgs.some((s) => s.end === m.end && (s.start === m.start || /^the\s+$/i.test(body.slice(s.start, m.start))));
    // The tagger's organisation of another extent ("First Albany Corp." for "Albany Corp.") replaces the rule's, unless
    // a country the rules keep lies inside it ("U.S. Agriculture Department"): then the rule's extent stands.
    const replaced = !same && orgs.length > 0 && orgs.every((s) => !covered.has(s));
    // A body the lexicon knows stands unless the tagger reads it inside a longer name ("Treasury Department").
    const known = vouchedOrganization(m) && !(replaced && orgs.some((s) => s.start <= m.start && m.end <= s.end));
    // Named as an organisation by its own words or by the words around it, and read as no other organisation by the
    // tagger (which learnt "National League" as a baseball league): the rules' reading stands.
    // A team's place in a table stands where the tagger is silent, not where it reads a place ("at Edgbaston , Birmingham");
    // nor where it reads a person ("Sampras 6-3"), unless the name is a county or city the lexicon lists ("Kent 244 (").
    const placeReadAsPerson = over.every((s) => s.type === 'PER') && (COUNTY_NAMES.has(m.text) || CITY_NAMES.has(m.text));
    const cue = m.orgCue === 'team' ? !over.length || placeReadAsPerson : !!m.orgCue && !orgs.length;
    if (same || known || (orgs.length > 0 && !replaced) || cue) {
      out.push(m);
      for (const s of over) covered.add(s);
      continue;
    }
    const front = replaced ? frontTheTaggerCut(body, m, over, rules) : null;
    if (front !== null) {
      const text = body.slice(front, m.end);
      out.push({ ...m, start: front, text, key: text });
      for (const s of over) if (s.type === 'ORG') covered.add(s);
    }
    // Otherwise the tagger's reading stands: its own span (organisation, person, country) is added below, or nothing.
  }
  const taken = new Uint8Array(body.length); // characters the rules' kept mentions cover
  for (const m of out) taken.fill(1, m.start, m.end);
  const free = (s: TaggedSpan) => taken.subarray(s.start, s.end).every((c) => c === 0);
  for (const s of spans) {
    if (covered.has(s) || titleCase[s.sentence]) continue;
    const text = body.slice(s.start, s.end);
    // A suffix alone ("the Cabinet said", "Police") names no particular body, as the rules read it; a word that opens
    // sentences ("Well, …") names nothing.
    if (s.type === 'ORG' && ORG_SUFFIXES.has(text) && !KNOWN_ORG_FORMS.has(text)) continue;
    if (NOT_NAME_STARTS.has(text) || SENTENCE_OPENERS.has(text)) continue;
    // …nor does a lone word opening a clause before a comma ("PENCE: Well, look", "Sadly, …"): an interjection or adverb.
    if (isClauseOpener(body, s)) continue;
    const trimmed = TYPE_OF[s.type] ? withoutClosingCoordinator(text) : null;
    if (TYPE_OF[s.type] && trimmed !== null) {
      // "Deputy Crown Prince and Defense Minister Mohammed bin Salman": "and" never ends a name. Without it, a span of
      // title words is the first of two coordinated titles before one name (the rules give the name its titles), no name.
      if (!trimmed || trimmed.split(/\s+/).every((w) => TITLE_ROLE_WORDS.has(w) || ROLE_MODIFIERS.has(w))) continue;
      const key = trimmed.replace(/\s+/g, ' ');
      out.push({ start: s.start, end: s.start + trimmed.length, text: trimmed, type: key.includes(' ') ? TYPE_OF[s.type] : s.type === 'PER' ? 'Unknown' : TYPE_OF[s.type], key, sentence: s.sentence });
    } else if (TYPE_OF[s.type]) {
      const key = text.replace(/\s+/g, ' ');
      const m: Mention = { start: s.start, end: s.end, text, type: TYPE_OF[s.type], key, sentence: s.sentence };
      // A single word the tagger reads as a person ("Sadly", "Marxism" in web news) stays a name the entity stage links
      // to someone named in full, or lets go: measured on 30 corpus articles, alone it made more junk than people.
      // …unless it stands as a party of a contact verb or noun ("had met with Manafort twice"): a person (contact-names.ts).
      if (s.type === 'PER' && !key.includes(' ')) {
        if (isContactParty(body, s.start, s.end, fullNameWords)) m.strong = true;
        else m.type = 'Unknown';
      }
      else if (s.type === 'PER') m.strong = true;
      out.push(m);
    } else if (s.type === 'LOC' && COUNTRY_BY_NAME.has(text) && free(s)) {
      out.push({ start: s.start, end: s.end, text, type: 'Country', key: COUNTRY_BY_NAME.get(text)!, via: 'name', sentence: s.sentence });
    } else if (s.type === 'LOC' && free(s) && countryClosingPlace(text)) {
      // "the Xinjiang Uyghur Autonomous Region of the People's Republic of China": the place is no entity, the
      // country it lies in is.
      const c = countryClosingPlace(text)!;
      out.push({ start: s.end - c.length, end: s.end, text: c, type: 'Country', key: COUNTRY_BY_NAME.get(c)!, via: 'name', sentence: s.sentence });
    } else if (s.type === 'LOC' && free(s) && personReadAsPlace(text, surnames)) {
      // "brought justice to Qassim Suleimani, Iran's terror mastermind" beside "General Suleimani": a given name and the
      // surname of a person the rules find elsewhere in the article is that person, not a place.
      out.push({ start: s.start, end: s.end, text, type: 'Person', key: text.replace(/\s+/g, ' '), strong: true, sentence: s.sentence });
    } else if (s.type === 'LOC' && WEAK_COUNTRY_NAMES.has(text) && free(s)) {
      out.push({ start: s.start, end: s.end, text, type: 'Unknown', key: text, sentence: s.sentence }); // the article decides (retype)
    } else if (s.type === 'LOC' && free(s) && !PEOPLE_NOUNS.has(text) && (CITY_FORMS.has(text) || REGION_NAMES.has(text) || isPlaceByHead(text))) {
      // A place the tagger reads and the gazetteer (or its head word: "Jordan Valley") confirms: a Place.
      const countryCode = countryOfPlace(text);
      out.push({ start: s.start, end: s.end, text, type: 'Place', key: text.replace(/\s+/g, ' '), ...(countryCode ? { countryCode } : {}), sentence: s.sentence });
    }
  }
  const sports = options.sports ?? isSportsReport(body);
  // (Not places: in a sports report "LEICESTER" in a headline is the club, whatever "in Leicester" is.)
  const otherNames = new Set(out.filter((m) => m.type !== 'Organization' && m.type !== 'Place').map((m) => m.text));
  // "the Soros-funded Eurasia Foundation", "the Soros payroll" beside "George Soros": the surname of a person the article
  // names in full, read as a body only by the words around it, is that person's name (one name, one type per article).
  const asPerson = (m: Mention): Mention => {
    if (m.type !== 'Organization' || m.orgCue !== 'context' || m.text.includes(' ') || !fullNameSurnames.has(m.text)) return m;
    const lone: Mention = { ...m, type: 'Unknown', key: m.text };
    delete lone.orgCue;
    return lone;
  };
  return out.map(asPerson).filter((m) => m.type !== 'Organization' || !isNoOrganization(body, m, sports, otherNames)).sort((a, b) => a.start - b.start);
}

/**
 * An "organisation" that is none: a place (city, region, capital, country — outside sports reports, where a city names
 * its club), a word in capitals the article also writes in lower case or names otherwise ("HOUSE", "TRUMP": a headline's shouting,
 * not an acronym; "Trump" named as a person), an agreement, or a name the lexicon lists as no body ("GDP", "Cold War", "Oval Office").
 */
function isNoOrganization(body: string, m: Mention, sports: boolean, otherNames: ReadonlySet<string>): boolean {
  // "the Paris accord", "the Brussels talks": the rules' plural-team cue ("the Blue Jays") misread a city ending in s.
  if (m.orgCue === 'context' && !sports && /s$/.test(m.text) && (CITY_NAMES.has(m.text) || COUNTRY_BY_CAPITAL.has(m.text)) && /\bthe $/i.test(body.slice(Math.max(0, m.start - 4), m.start))) return true;
  // Known, or named a body by the words around it ("Surrey captain", a team in a results table): it is one here.
  if (KNOWN_ORG_FORMS.has(m.text) || KNOWN_ORG_FORMS.has(m.key) || m.orgCue === 'convention' || m.orgCue === 'context' || m.orgCue === 'team') return false;
  const text = m.text.replace(/\s+/g, ' ');
  if (namesNoBody(text) || AGREEMENT_LAST_WORDS.has(text.split(' ').pop()!) || frontOfTitle(body, m)) return true;
  const shouted = /^[\p{Lu}\s.'’-]+$/u.test(text) && /\p{Lu}{2}/u.test(text);
  const titled = shouted ? text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()) : text;
  if (!sports && (CITY_NAMES.has(titled) || REGION_NAMES.has(titled) || COUNTRY_BY_CAPITAL.has(titled) || COUNTRY_BY_NAME.has(titled))) return true;
  if (shouted && !text.includes(' ') && text.length >= 4) {
    const lower = lowerCaseWords(body);
    if (lower.has(text.toLowerCase()) || otherNames.has(titled)) return true;
  }
  return false;
}

/** The role words of titles in lower case ("leader", "whip"), as the news writes them after the chamber's side too. */
const ROLE_WORDS_ANY_CASE: ReadonlySet<string> = new Set([...TITLE_ROLE_WORDS].map((w) => w.toLowerCase()));
/** The word right after a mention: one run of letters after white space. */
const NEXT_WORD = /^\s{1,3}(\p{L}+)/u;

/**
 * A chamber and its side before a role word ("Senate Majority leader Mitch McConnell", "the House Minority Leader."):
 * the front of a title, no body, whatever the case of the role word and whether a name follows.
 */
function frontOfTitle(body: string, m: Mention): boolean {
  const words = m.text.split(/\s+/);
  // The whole title with no name after it read as one name: "the House Minority Leader."
  if (words.length >= 3 && CHAMBER_SIDES.has(words[words.length - 2]) && TITLE_ROLE_WORDS.has(words[words.length - 1])) return true;
  if (words.length < 2 || !CHAMBER_SIDES.has(words[words.length - 1])) return false;
  const next = NEXT_WORD.exec(body.slice(m.end, m.end + 40))?.[1];
  return !!next && ROLE_WORDS_ANY_CASE.has(next.toLowerCase());
}

/** A tagger ORG span that starts with the country mention and goes on with a capitalised word that names no country. */
function opensOrganization(body: string, s: TaggedSpan, m: Mention): boolean {
  if (s.type !== 'ORG' || s.start !== m.start || s.end <= m.end) return false;
  const rest = body.slice(m.end, s.end).match(/\p{Lu}[\p{L}'’.-]*/gu) ?? [];
  return rest.some((w) => !COUNTRY_BY_NAME.has(w) && !COUNTRY_BY_DEMONYM.has(w));
}

/** Whether a tagger ORG span is two or more of the rules' organisations joined by commas or "and" and nothing else. */
function listsOrganizations(body: string, s: TaggedSpan, rules: Mention[]): boolean {
  const inside = rules.filter((m) => m.type === 'Organization' && m.start >= s.start && m.end <= s.end).sort((a, b) => a.start - b.start);
  if (inside.length < 2 || inside[0].start !== s.start || inside[inside.length - 1].end !== s.end) return false;
  for (let k = 1; k < inside.length; k++) if (!/^(?:,\s*(?:and\s+)?|\s+and\s+)$/.test(body.slice(inside[k - 1].end, inside[k].start))) return false;
  return /,/.test(body.slice(s.start, s.end));
}

/** The country a place name ends with, "… of (the) <country>" ("Autonomous Region of the People's Republic of China"). */
function countryClosingPlace(text: string): string | undefined {
  for (let at = text.indexOf(' of '); at >= 0; at = text.indexOf(' of ', at + 1)) {
    const rest = text.slice(at + 4).replace(/^the\s+/, '');
    if (COUNTRY_BY_NAME.has(rest)) return rest;
  }
  return undefined;
}

/** A place of two words: a given name the name datasets know, then the surname of a person the rules name elsewhere. */
function personReadAsPlace(text: string, surnames: ReadonlySet<string>): boolean {
  const words = text.split(/\s+/);
  return words.length === 2 && surnames.has(words[1]) && /^\p{Lu}\p{Ll}+$/u.test(words[0]) && genderOfGivenName(words[0]) !== null && !CITY_NAMES.has(text) && !REGION_NAMES.has(text) && !COUNTRY_BY_NAME.has(text);
}

/** An organisation the rules know by name, or the house convention "the Trump administration/campaign/team". */
function vouchedOrganization(m: Mention): boolean {
  return KNOWN_ORG_FORMS.has(m.text) || KNOWN_ORG_FORMS.has(m.key) || m.orgCue === 'convention';
}

/** Before a name: a sentence's or a line's start, or a dateline's outlet in parentheses or its dash ("(CNN) ", "WASHINGTON — "). */
const SENTENCE_OR_DATELINE_BEFORE = /(?:^|[.!?]["”’]?[ \t]+|\n[ \t]*|\(\p{Lu}[\p{L}.&]*(?: \p{Lu}[\p{L}.&]*){0,2}\)[ \t]*(?:(?:--|[—–-])[ \t]*)?|[ \t](?:--|[—–])[ \t]*)$/u;

/**
 * A tagger ORG of one capitalised word (no acronym, no body the lexicon knows, never written in lower case here) at a
 * sentence's or dateline's start, where the rules read a person's name of that word and one family name the rules
 * find in another person's mention too ("Jeb Bush" beside "Bush said", "George W. Bush").
 */
function givenNameBeforeFamily(body: string, s: TaggedSpan, rules: readonly Mention[], familyCount: ReadonlyMap<string, number>): boolean {
  const word = body.slice(s.start, s.end);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || KNOWN_ORG_FORMS.has(word) || ORG_SUFFIXES.has(word) || NOT_NAME_STARTS.has(word) || SENTENCE_OPENERS.has(word)) return false;
  if (!SENTENCE_OR_DATELINE_BEFORE.test(body.slice(Math.max(0, s.start - 30), s.start))) return false;
  const person = rules.find((m) => m.start === s.start && m.end > s.end && m.type === 'Person');
  const family = person && /^ (\p{Lu}\p{Ll}[\p{L}’'-]*)$/u.exec(body.slice(s.end, person.end))?.[1];
  return !!family && (familyCount.get(family) ?? 0) >= 2 && !lowerCaseWords(body).has(word.toLowerCase());
}

/**
 * One name, one type per article: lone words the article reads as a person far more often than as a body — the
 * tagger's PER readings of the word, and the rules' people of it with a cue (a title, a form of address, a speech verb),
 * three times the tagger's ORG readings at least, and three at least, with a person's cue beside the tagger's (below)
 * ("Trump" read PER eight times and ORG once:
 * "opposition to all initiatives Trump"). An ORG reading of such a word is the tagger's slip: the rules' reading stands
 * (a lone name the entity stage links to the person, or lets go). A word the rules name a body ("Boeing said", "the
 * Fed") stays one (caller); a company the tagger reads PER twice and ORG once ("Huawei") is no person's name.
 */
function loneNamesReadAsPeople(body: string, rules: readonly Mention[], tagged: readonly TaggedSpan[]): Set<string> {
  const people = new Map<string, number>(); // word → person readings
  const bodies = new Map<string, number>(); // word → body readings
  const count = (to: Map<string, number>, word: string) => to.set(word, (to.get(word) ?? 0) + 1);
  for (const s of tagged) {
    if (s.type !== 'PER' && s.type !== 'ORG') continue;
    const text = body.slice(s.start, s.end);
    if (LONE_NAME.test(text)) count(s.type === 'PER' ? people : bodies, text);
  }
  const cued = new Set<string>();
  for (const m of rules) if (m.type === 'Person' && LONE_NAME.test(m.text) && (m.strong || m.role !== undefined || m.honorific !== undefined)) {
    count(people, m.text);
    cued.add(m.text);
  }
  // The tagger alone reads any unknown word as a person ("Eccotemp", "Stuxnet", "Daash" read PER four to ten times): a
  // person needs a cue of the rules too, or the family name of an office-holder the lexicon lists ("Trump"); and a
  // word opening a body's name the rules read ("Exxon" of "ExxonMobil") is that body's short name.
  const opensBody = (w: string) => rules.some((m) => m.type === 'Organization' && m.orgCue !== 'convention' && m.text.length > w.length && m.text.startsWith(w));
  return new Set([...bodies].filter(([w, n]) => (people.get(w) ?? 0) >= Math.max(3, PERSON_READINGS_PER_BODY * n) && (cued.has(w) || OFFICE_HOLDER_FAMILY_NAMES.has(w)) && !opensBody(w)).map(([w]) => w));
}
/** How many person readings outweigh one body reading of a lone word (Huawei: 2 to 1, Trump: 8 to 1). */
const PERSON_READINGS_PER_BODY = 3;
/** One capitalised word of letters, hyphens and apostrophes, no acronym ("Trump", "O'Rourke", not "FBI"). */
const LONE_NAME = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;

/** A lone word opening a clause before a comma ("PENCE: Well, look", "Sadly, …"): an interjection or an adverb. */
function isClauseOpener(body: string, s: { start: number; end: number }): boolean {
  return !/\s/.test(body.slice(s.start, s.end)) && /(?:^|[.:;!?]["”’]?)\s*["“‘]?$/.test(body.slice(Math.max(0, s.start - 4), s.start)) && body[s.end] === ',';
}

/** Two or more capitalised words, the last no organisation's suffix: "Michael Flynn", not "Motors Co." or "Assembly on Sept". */
function looksLikeFullName(text: string): boolean {
  const words = text.split(/\s+/);
  const last = words[words.length - 1];
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) && !ORG_SUFFIXES.has(last) && last !== 'Co.' && last !== 'Co';
}

/** One capitalised word of letters and the space after it: "Billionaire ". */
const DESCRIPTOR_BEFORE = /^\p{Lu}\p{Ll}+ $/u;
/** A descriptor before a name: one capitalised word, no article or other word that opens a sentence ("The Daily Caller"). */
function isDescriptor(text: string): boolean {
  return DESCRIPTOR_BEFORE.test(text) && !NOT_NAME_STARTS.has(text.trimEnd()) && !SENTENCE_OPENERS.has(text.trimEnd()) && !TITLE_CASE_WORDS.has(text.trimEnd());
}
/** One capitalised word and a coordinator: "Lighthizer and " (not "Department of Health and "). */
const LONE_NAME_AND = /^\p{Lu}\p{Ll}+\s+(?:and|or|&)\s+$/u;
/** Two lone capitalised names joined by "and": "Lighthizer and Mnuchin". */
const COORDINATED_NAMES = /^\p{Lu}\p{Ll}+ and \p{Lu}\p{Ll}+$/u;
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', '&']);
/** A span's text without the coordinator closing it ("Prince and" → "Prince"), or null when none closes it. */
function withoutClosingCoordinator(text: string): string | null {
  const at = text.lastIndexOf(' ');
  return at > 0 && COORDINATORS.has(text.slice(at + 1)) ? text.slice(0, at).trimEnd() : null;
}

/** The last word of a span is a title's own word ("Lt.", "Director", "Adviser") or a role modifier. */
function endsInRoleWord(text: string): boolean {
  const last = text.slice(text.lastIndexOf(' ') + 1);
  return ROLE_MODIFIERS.has(last) || TITLE_ROLE_WORDS.has(last);
}

/** The spans (in text order, not overlapping one another) that overlap a range: binary search, then a short walk. */
/** The prepositions of place before a name ("in Geneva", "at West Point", "near Tal Abyad"), as the text writes them. */
const PLACE_SLOT_BEFORE: readonly string[] = [' in ', ' at ', ' near ', ' In ', ' At ', ' Near '];

/**
 * A rules' person of one or two words with no role, form of address nor title, after a preposition of place, that
 * the tagger reads, exactly, as a place — and no possessive after it ("in Clinton's campaign" is the person's).
 */
function placeInSlot(body: string, m: Mention, over: readonly TaggedSpan[]): boolean {
  if (m.type !== 'Person' || m.role !== undefined || m.honorific !== undefined || m.titleStart !== undefined) return false;
  if (over.length !== 1 || over[0].type !== 'LOC' || over[0].start !== m.start || over[0].end !== m.end || m.key.split(' ').length > 2) return false;
  if (/^['’]/.test(body.slice(m.end, m.end + 1))) return false;
  const before = body.slice(Math.max(0, m.start - 6), m.start);
  return PLACE_SLOT_BEFORE.some((p) => before.endsWith(p));
}

/**
 * "American Foreign Policy Council" read by the tagger as "American" (MISC) and "Policy Council" (ORG), "Iranian
 * Revolutionary Guard Corps" as "Iranian" and "Guard Corps": a body the rules name by its own head ("Council",
 * "Corps") whose end the tagger reads as the same body's, but whose capitalised words before that the tagger leaves
 * untagged. Those words are the name's ("Foreign Policy", "Revolutionary"): the name runs from them to the head. A
 * state's or a faith's adjective the tagger reads apart (MISC) at the front stays apart, as the tagger learnt it. The
 * start of the name, or null when the tagger's cut is no such one (another span between, a lower-case or a title word).
 */
function frontTheTaggerCut(body: string, m: Mention, over: readonly TaggedSpan[], rules: readonly Mention[]): number | null {
  if (!ORG_SUFFIXES.has(m.text.slice(m.text.lastIndexOf(' ') + 1))) return null;
  // A capitalised word right before the rules' name that no name of theirs holds ("Company Name Homegate Hospitality
  // Inc", a form's label) leaves the rules' front in doubt: the tagger's cut stands.
  let ws = m.start - 1;
  while (ws > 0 && /\p{L}/u.test(body[ws - 1])) ws--;
  if (body[m.start - 1] === ' ' && ws < m.start - 1 && /^\p{Lu}/u.test(body.slice(ws, m.start - 1)) && !rules.some((r) => r.start <= ws && r.end >= m.start - 1)) return null;
  const orgs = over.filter((s) => s.type === 'ORG');
  if (orgs.length !== 1 || orgs[0].end !== m.end || orgs[0].start <= m.start) return null;
  const others = over.filter((s) => s !== orgs[0]);
  if (others.length > 1 || others.some((s) => s.type !== 'MISC' || s.start !== m.start || s.end >= orgs[0].start)) return null;
  const from = others.length ? others[0].end : m.start;
  const words = body.slice(from, orgs[0].start).trim().split(' ');
  if (!words[0] || words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !TITLE_ROLE_WORDS.has(w) && !NOT_NAME_STARTS.has(w))) return null;
  return from + body.slice(from, orgs[0].start).indexOf(words[0]);
}

function overlaps(spans: TaggedSpan[], m: { start: number; end: number }): TaggedSpan[] {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].end <= m.start) lo = mid + 1;
    else hi = mid;
  }
  const out: TaggedSpan[] = [];
  for (let k = lo; k < spans.length && spans[k].start < m.end; k++) out.push(spans[k]);
  return out;
}

/** A rule mention the tagger confirms, with the tagger's type; a person's name is a strong cue. */
function retype(m: Mention, type: MentionType, body: string): Mention {
  if (m.type === type) return type === 'Person' ? { ...m, strong: true } : m;
  const text = body.slice(m.start, m.end).replace(/\s+/g, ' ');
  const out: Mention = { ...m, type, key: type === 'Person' && (m.type === 'Unknown' || m.type === 'Person') ? m.key : text };
  if (type === 'Person') out.strong = true;
  else {
    delete out.strong;
    delete out.role;
    delete out.titleStart;
    delete out.honorific;
  }
  return out;
}

/**
 * A title-case line ("Meet The People In Trump's Orbit"): most words capitalised, not all in capitals, and among them
 * a function word or ordinary words the article writes in lower case — a results line ("5. John Kocinski ( U.S. )
 * Ducati 38:36.306") is names only, which the tagger reads well.
 */
function isTitleCaseLine(body: string, text: string): boolean {
  if (!mostlyCapitalisedLine(text)) return false; // most lines, told without building the word list
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 5) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (caps / words.length < 0.7) return false; // most lines: no need to upper-case every word
  const shouting = words.filter((w) => w.length > 1 && w === w.toUpperCase()).length;
  if (shouting / words.length > 0.7) return false;
  const lower = lowerCaseWords(body);
  const later = words.slice(1);
  return later.some((w) => TITLE_CASE_WORDS.has(w)) || later.filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && lower.has(w.toLowerCase())).length >= 2;
}

/** The family name of a person's name: its last word, or its first in a name written Chinese fashion ("Liu He"). */
function familyNameOf(words: readonly string[]): string {
  return chineseFamilyFirst(words) ? words[0] : words[words.length - 1];
}

/** A rule Person of two or more words whose first word is a given name the name datasets know. */
/**
 * A rule person of three words or more that the tagger reads as two or more people, the first opening the name with a
 * given name and two words or more, the last closing it: a name of many words (Arabic, Nepali, Chinese names written
 * with an English given name: "Abed Rabbo Mansour Hadi", "Khadga Prasad Sharma Oli") whose middle the tagger learnt no
 * weights for. Not when a word is one the article writes in lower case ("Travis Air Force Base"), nor a title's word,
 * nor when a later part is a full name of its own ("Da Nang | Dick Blumenthal").
 */
function longNameCutByTagger(body: string, m: Mention, over: readonly TaggedSpan[]): boolean {
  if (m.type !== 'Person' || over.length < 2 || !over.every((s) => s.type === 'PER' && s.start >= m.start && s.end <= m.end)) return false;
  const words = m.text.split(' ');
  if (words.length < 3 || !opensWithGivenName(m) || over[0].start !== m.start || over[over.length - 1].end !== m.end) return false;
  if (!/\s/.test(body.slice(over[0].start, over[0].end))) return false;
  // A later part that opens with a given name and has a word after it is a person of its own ("Da Nang | Dick Blumenthal").
  if (over.slice(1).some((s) => { const w = body.slice(s.start, s.end).split(/\s+/); return w.length > 1 && !IN_NAME_LOWER.has(w[0].toLowerCase()) && genderOfGivenName(w[0]) !== null; })) return false;
  const lower = lowerCaseWords(body);
  return words.every((w) => IN_NAME_LOWER.has(w.toLowerCase()) || (/^\p{Lu}[\p{Ll}'’-]+$/u.test(w) && !lower.has(w.toLowerCase()) && !TITLE_ROLE_WORDS.has(w) && !ROLE_MODIFIERS.has(w)));
}

function opensWithGivenName(m: Mention): boolean {
  const words = m.key.split(' ');
  return m.type === 'Person' && words.length >= 2 && genderOfGivenName(words[0]) !== null;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
/**
 * isTitleCaseLine()'s first tests (5 words or more, 70 % capitalised) over its words (a letter, then letters, apostrophes, hyphens),
 * counted by char code. True when it cannot tell (a character outside the Basic Multilingual Plane): the full test decides.
 */
function mostlyCapitalisedLine(text: string): boolean {
  let words = 0;
  let caps = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
    const ascii = c < 128;
    const letter = ascii ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : LETTER.test(text[i]);
    if (inWord && (letter || c === 39 || c === 45 || c === 0x2019)) continue;
    inWord = letter;
    if (!letter) continue;
    words++;
    if (ascii ? c <= 90 : UPPER.test(text[i])) caps++;
  }
  return words >= 5 && caps / words >= 0.7;
}
