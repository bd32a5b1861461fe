// Cross-article identity: which nodes (or which articles' mentions of a node) are the same real-world entity as
// another node. Pure decisions over what the graph holds; src/graph/consolidate.ts applies them, src/load/consolidate.ts
// wires the two. The decisions are a function of the set of entities and their articles only (everything sorted, no
// first-come rule), so the result does not depend on load order.
//
// Rules, in order:
//   variant       same name once diacritics, case, dots, hyphens, "al-"/"el-" and the transliteration table
//                 (lexicon/name-variants.ts) are folded: "Sergei Lavrov" = "Sergey Lavrov", "Kim Jong-un" = "Kim Jong Un",
//                 "Erdoğan" = "Erdogan"; a two-word person in either order ("Abe Shinzo" = "Shinzo Abe").
//                 Initials count: "George W. Bush" ≠ "George H. W. Bush".
//   known-org     a name that is a form of a known body (lexicon/organizations.ts): "Nato", "ISIL", "Daesh" — also when
//                 extraction made it a person ("Nato ministers said").
//   middle-name   "First M. Last" / "First Middle Last" is "First Last" when the corpus (after variants) gives that
//                 First+Last exactly one distinct middle (or one with ≥ 90 % of the middled mentions, the rest a stray
//                 few under 10, which stay apart): "Donald J Trump" = "Donald Trump", "Hillary Rodham Clinton" =
//                 "Hillary Clinton"; George W. and George H. W. Bush (two middles) stay apart from each other and from
//                 "George Bush"; a spelled-out middle that is a given name needs one form to hold ≥ 75 % of the mentions
//                 (John Quincy Adams ≠ John Adams), a family name kept as a middle does not ("Sarah Huckabee Sanders").
//                 Suffixes (Jr., Sr., II, III, IV) are no middle and keep people apart; so do particles
//                 ("bin", "van", "de"), which are part of a surname. The pair gathers into its most-mentioned node (ties to
//                 the smaller id). Both rules read only names whose words are all capitalised and whose first word is no
//                 title or stray word ("Executive Carrie Lam", "Kim called Trump", "Joint Chiefs of Staff" are left alone).
//   nickname      "Jim Mattis" = "James Mattis" (lexicon/given-name-nicknames.ts): a nickname-named person merges with
//                 the one formal-name bearer of the same rest of the name; never when two formal names fit ("Steve X"
//                 with both "Steven X" and "Stephen X"). The group (formal bearer and its nickname forms) gathers into
//                 its most-mentioned node, ties to the smaller id, so the direction does not depend on input order.
//                 A spelled-out middle needs one form to hold ≥ 75 % of the pair's mentions (John Quincy Adams ≠ John
//                 Adams); an ambiguous nickname ("Steve") needs a title the corpus gives both. The formal name may carry
//                 middle initials the nickname form drops ("Chuck Schumer" = "Charles E. Schumer", one such bearer only). A dropped first name:
//                 "Javad Zarif" = "Mohammad Javad Zarif" when exactly one three-word name ends so (and is as well attested,
//                 unless the short form opens with no given name: "Pena Nieto" is a double family name). Leading title words are
//                 no part of a person's key ("Senators John McCain"); "Department of X" = "X Department" for organisations.
//   joined-spelling two full names one spelling apart (one letter of the family name, or of a given name) that an
//                 article wrote both of, so that its entity holds the other node's name among its forms ("Peter Strozk"
//                 … "Peter Strzok"): one person, in the node more articles name ("Peter Strzok").
//   holder-administration  "Barack Obama administration" = "Obama administration": a government by its head's full name
//                 and the one by the family name (one full name, or one holding ≥ 90 % of those ending so: "George W.
//                 Bush administration" joins "Bush administration", "George H. W. Bush administration" stays apart).
//   acronym       an all-capitals organisation name spells the initials of exactly one multi-word organisation.
//   head-noun     a one-word organisation that is the last word of longer organisation names ("the Commons", "the
//                 Brotherhood"), article by article: the one such body the article names, else one holding ≥ 90 % of
//                 those bodies' mentions ("House of Commons", "Muslim Brotherhood"). Generic heads that name many
//                 bodies of a kind (ORG_SUFFIXES: "Party", "Army", "Times") are left alone, but for a newspaper's
//                 last word ("the Times", "the Post"): it joins the one paper of that word its article names, if any.
//   same-article  a one-word person ("Lavrov", "Mr. Trump", "Xi") in an article that names exactly one fitting full-name
//                 bearer of that word (as surname, or as first word: "Xi Jinping", "Kim Jong Un").
//   outlet-window otherwise, the one fitting bearer named by the same outlet within WINDOW_DAYS of the article.
//   corpus-dominant otherwise, a fitting bearer holding ≥ 90 % (and ≥ 10) of all fitting bearers' mentions.
//   bare-middled  a "George Bush" that several middled people share goes article by article as a one-word name does.
//   (a family name with a particle, "Van Hollen", "bin Salman", goes as a one-word name to "Chris Van Hollen".)
// "Fitting": "Mr."/"Mrs."/titles take a family name, "Sir"/"Dame" a given name; a bearer's family name and gender come
// from how articles address them ("Mr. Kim" makes Kim Jong Un family-name-first and a man), else the last word and the
// given-name lexicon; "Mr. X" and "Ms. X" in one article are two people and move nowhere.
// "Fitting" never merges different people: "Mr." wants a man and "Mrs."/"Ms." a woman; a title
// ("President Trump") tells no gender and wants a bearer the corpus gives that title ("President Trump" is not
// Melania Trump, "President Clinton" is Bill); a bearer whose given name is another person's stays apart by construction
// (full names are never merged with each other except by the variant, middle-name and nickname rules).
import { slug } from '../extract/entities.js';
import { oneEditApart } from '../extract/full-name-forms.js';
import { FIRST_NAMES, genderOfGivenName } from '../extract/lexicon/names.js';
import { KNOWN_ORGANIZATIONS, ORG_SUFFIXES } from '../extract/lexicon/organizations.js';
import { NAME_VARIANTS } from '../extract/lexicon/name-variants.js';
import { COUNTRY_BY_DEMONYM } from '../extract/lexicon/countries.js';
import { GIVEN_NAME_NICKNAMES } from '../extract/lexicon/given-name-nicknames.js';
import { ORGANIZATION_FORMS } from './lexicon/organization-forms.js';
import { CANDIDACY_TITLE_WORDS } from './lexicon/candidacy-titles.js';
import { NON_NAME_WORDS, NOT_NAME_STARTS, PERSON_TITLES, TITLE_CASE_WORDS, fullTitle } from '../extract/lexicon/titles.js';

export interface ArticleMention {
  articleId: string;
  source: string | null;
  publishedAt: string | null;
  /** Surface forms the article uses for the node, titled and addressed ones included ("President Trump", "Mr. Trump"). */
  aliases: string[];
  count: number;
}

export interface EntitySummary {
  id: string;
  type: 'Person' | 'Organization';
  name: string;
  articles: ArticleMention[];
}

export type MergeRule = 'variant' | 'known-org' | 'middle-name' | 'nickname' | 'joined-spelling' | 'holder-administration' | 'acronym' | 'head-noun' | 'same-article' | 'outlet-window' | 'corpus-dominant';

export interface MergeDecision {
  from: string;
  into: string;
  rule: MergeRule;
  /** The names the moved mentions use. */
  surfaceForms: string[];
  /** The articles whose mentions of `from` move to `into` (all of them for a whole-node merge). */
  articles: string[];
}

export const DOMINANT_SHARE = 0.9;
export const DOMINANT_MIN_MENTIONS = 10;
export const WINDOW_DAYS = 30;
/** Head-noun rule: bodies beginning with the word may hold at most this share of the mentions of those ending in it. */
export const HEAD_NOUN_MAX_LEADING = 0.1;
/** The share one form must hold for a spelled-out middle name to join the bare name (3 : 1). */
export const SPELLED_MIDDLE_SHARE = 0.75;

/** Folded nickname → the folded formal given names it can stand for. */
const FORMALS_OF = new Map<string, Set<string>>();
for (const [formal, ...nicks] of GIVEN_NAME_NICKNAMES)
  for (const n of nicks) (FORMALS_OF.get(n.toLowerCase()) ?? FORMALS_OF.set(n.toLowerCase(), new Set()).get(n.toLowerCase())!).add(formal.toLowerCase());
/** Generational suffixes: never a middle name, and a name carrying one is another person than the name without it. */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Words that belong to a surname or patronymic rather than being a middle name ("Mohammed bin Salman"). */
const NAME_PARTICLES = new Set(['bin', 'ibn', 'bint', 'abu', 'abd', 'van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'della', 'dos', 'du', 'la', 'le', 'st', 'mac', 'ben', 'ter']);

/**
 * First words that show a title or stray word was taken into the name ("Executive Carrie Lam", "Candidate Donald Trump",
 * "Throughout Barack Obama"): such a node is no full name for the middle-name and nickname rules.
 */
const NOT_GIVEN_NAMES = new Set(
  [...PERSON_TITLES.flatMap((t) => t.split(/\s+/)), ...NOT_NAME_STARTS, ...NON_NAME_WORDS, ...TITLE_CASE_WORDS,
    'Executive', 'Candidate', 'Sergeant', 'Navy', 'Army', 'Senators', 'Pastor', 'Gen', 'Throughout', 'Free', 'Joint', 'Mullah', 'Sheikh', 'Imam']
    .map((w) => w.replace(/\./g, '').toLowerCase()),
);
/** Initials alone ("W.", "H.W.", "A"): no family name, so a name ending in them is cut ("George W." of "George W. Bush"). */
const INITIALS_ONLY = /^(?:(?:\p{Lu}\.){1,3}|\p{Lu})$/u;
/**
 * A name the middle-name and nickname rules may read: every word capitalised, the first no title or stray word, the last
 * no initial ("George W." and "George H.W." are cut names, not a "George W" with and without a middle "H").
 */
const looksLikeFullName = (name: string) => {
  const words = name.split(/\s+/);
  return words.every((w) => /^\p{Lu}/u.test(w)) && !NOT_GIVEN_NAMES.has(words[0].replace(/\./g, '').toLowerCase()) && !INITIALS_ONLY.test(words[words.length - 1]);
};

const VARIANT = new Map<string, string>();
for (const row of NAME_VARIANTS) for (const v of row) VARIANT.set(fold1(v), fold1(row[0]));

function fold1(s: string): string {
  // "H.W." is "H. W.": a dot between letters parts two initials.
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.(?=\p{L})/gu, ' ').replace(/[.'’]/g, '');
}

/** The folded words of a name: "Kim Jong-un" → [kim, jong, un]; "Bashar al-Assad" → [bashar, assad]. */
export function nameTokens(name: string): string[] {
  // A possessive is no part of the name: "Mr Kim's" (hotel) is Kim.
  return fold1(name.replace(/['’]s$/u, ''))
    .split(/[\s\-‐–]+/)
    // Stray punctuation is no word of the name ("Kim “" is Kim).
    .filter((w) => /[\p{L}\p{N}]/u.test(w) && w !== 'al' && w !== 'el')
    // A handle's "@" or markup's "--" around a word is no part of it ("@NATO" is NATO, "Trump!" is Trump).
    .map((w) => trimNonWord(w))
    .map((w) => VARIANT.get(w) ?? w);
}

export const variantKey = (name: string) => nameTokens(name).join(' ');

/** A word without the characters before its first and after its last letter or digit (a loop: no regex backtracking). */
function trimNonWord(w: string): string {
  const wordChar = (c: string) => /[\p{L}\p{N}]/u.test(c);
  let a = 0;
  let b = w.length;
  while (a < b && !wordChar(w[a])) a++;
  while (b > a && !wordChar(w[b - 1])) b--;
  return w.slice(a, b);
}

/** Joining words after which a body's name may or may not take "the" ("Foundation for (the) Defense of Democracies"). */
const ARTICLE_OPTIONAL_AFTER = new Set(['of', 'for', 'to', 'on', 'in', 'against', 'and']);
/**
 * A folded name without a "the" after a joining word inside it: the news writes one body "Organization of (the)
 * Petroleum Exporting Countries", "Center for (the) National Interest", "Party of (the) Regions" — the article is no
 * part of what tells two bodies apart.
 */
function withoutInnerArticles(key: string): string {
  const t = key.split(' ');
  return t.filter((w, i) => !(w === 'the' && i > 0 && i < t.length - 1 && ARTICLE_OPTIONAL_AFTER.has(t[i - 1]))).join(' ');
}
/**
 * "regime" as the head after a name is the disparaging word for that government ("the Assad regime", "the Kim regime",
 * "the Maduro regime" = "… government"; the within-article rule regime-is-government of extract/body-forms.ts): keyed as
 * "government". Alone, "regime" is no body's name and stays.
 */
function governmentHead(key: string): string {
  const t = key.split(' ');
  return t.length >= 2 && t[t.length - 1] === 'regime' ? [...t.slice(0, -1), 'government'].join(' ') : key;
}

/** Folded form of a known body → its canonical node id. Built lazily: the table needs orgVariantKey below. */
const KNOWN_ORG_ID: Map<string, string> = new Map();

const ORG_SUFFIX_WORDS = new Set([...ORG_SUFFIXES].map((w) => fold1(w)));
/**
 * An organisation's variant key with "Department of X" / "Ministry of X" written as "X Department" / "X Ministry",
 * the two ways news name one government body ("Department of Homeland Security" = "Homeland Security Department").
 */
export function orgVariantKey(name: string): string {
  const key = governmentHead(withoutInnerArticles(variantKey(name).replace(/^the /, '')));
  const m = /^(department|ministry|office|bureau) of (?:the )?(\S+(?: \S+)?)$/.exec(key);
  // "Department of Defense Institute" is another body, named after the department.
  return m && !ORG_SUFFIX_WORDS.has(m[2].split(' ').pop()!) ? `${m[2]} ${m[1]}` : key;
}
for (const row of [...KNOWN_ORGANIZATIONS, ...ORGANIZATION_FORMS]) for (const form of row) KNOWN_ORG_ID.set(orgVariantKey(form), `org:${slug(row[0])}`);

/**
 * A known body named with the demonym of its country before it ("Afghan Taliban", "Lebanese Hezbollah"): that body,
 * unless the whole name is a body of its own the tables know ("Pakistani Taliban" is the TTP).
 */
function knownAfterDemonym(name: string): string | undefined {
  const bare = name.replace(/^the\s+/i, '');
  const space = bare.indexOf(' ');
  if (space < 0 || !COUNTRY_BY_DEMONYM.has(bare.slice(0, space))) return undefined;
  return KNOWN_ORG_ID.get(orgVariantKey(bare.slice(space + 1)));
}

/** Title words extraction sometimes takes into a person's name ("Senators John McCain", "Chief Justice John Roberts"). */
const LEADING_TITLE_WORDS = new Set(
  [...PERSON_TITLES.flatMap((t) => t.split(/\s+/)), 'Senators', 'Sens', 'Reps', 'Executive', 'Candidate', 'Former', 'Late']
    .map((w) => fold1(w))
    .filter((w) => w && !['of', 'the', 'and', 'for'].includes(w)),
);
/**
 * A person's variant key with leading title words dropped while two name words remain ("Senators John McCain" →
 * "john mccain"); "King Salman" keeps its title, as one word could be anyone's.
 */
export function personVariantKey(name: string): string {
  const t = nameTokens(name);
  let i = 0;
  while (t.length - i > 2 && LEADING_TITLE_WORDS.has(t[i])) i++;
  return t.slice(i).join(' ');
}

const mentionsOf = (e: EntitySummary) => e.articles.reduce((n, a) => n + a.count, 0);
const allAliases = (e: EntitySummary) => [...new Set(e.articles.flatMap((a) => a.aliases))];
/**
 * A name in catalogue order, family name first and then given and middle names ("Trump Donald John", as registers
 * and some bylines print it): the key of "Donald Trump" when the first word is no given name the lexicon knows and the
 * other two are ("John Paul Jones" and "Kim Jong Un" are no catalogue order). Null otherwise.
 */
export function catalogueKey(words: readonly string[]): string | null {
  if (words.length !== 3) return null;
  const given = (w: string) => genderOfGivenName(w.charAt(0).toUpperCase() + w.slice(1)) !== null;
  if (given(words[0]) || !given(words[1]) || !given(words[2])) return null;
  return [words[1], words[0]].sort().join(' ');
}

/** The node holding most mentions, ties to the smaller id: the representative of a group. */
const pickRepresentative = (group: EntitySummary[]) =>
  [...group].sort((a, b) => mentionsOf(b) - mentionsOf(a) || (a.id < b.id ? -1 : 1))[0];

const HONORIFIC = /^(Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s/;
const genderOfHonorific = (h: string) => (/^Mr\b/.test(h) ? 'm' : /^(?:Mrs|Ms|Miss|Dame|Lady)\b/.test(h) ? 'f' : /^(?:Sir|Lord)\b/.test(h) ? 'm' : null);

/** Titles a person's aliases give them: "President Donald Trump", "President Trump" → ["president"]. */
export function titlesOf(name: string, aliases: string[]): string[] {
  const words = name.split(/\s+/);
  const last = words[words.length - 1];
  const first = words[0];
  const out = new Set<string>();
  const given = new Set(words.slice(0, -1).map((w) => w.toLowerCase()));
  for (const a of aliases) {
    if (HONORIFIC.test(a)) continue;
    // Case aside: a node named "Donald TRUMP" (a shouted byline won the name) is still the "President Donald Trump".
    const lower = a.toLowerCase();
    for (const tail of [name, last, first]) {
      if (a.length > tail.length + 1 && lower.endsWith(` ${tail.toLowerCase()}`)) {
        const title = a.slice(0, -tail.length - 1).trim().toLowerCase();
        // "Donald Trump" ends in "Trump" too: words of the name itself are no title.
        if (!given.has(title.split(/\s+/).pop() ?? '')) out.add(title);
        break;
      }
    }
  }
  return [...out];
}

/** The share of a person's articles that must give a title for it to be theirs (a stray link is no title). */
export const TITLE_MIN_SHARE = 0.05;

/**
 * Titles the person's articles give them, each in at least TITLE_MIN_SHARE of them: Hillary Clinton, called "President
 * Clinton" in 3 of 600 articles (a hypothetical, or a slip of linking), is no bearer of "President Clinton".
 */
export function usualTitles(name: string, articles: readonly ArticleMention[]): string[] {
  const count = new Map<string, number>();
  for (const a of articles) for (const t of titlesOf(name, a.aliases)) count.set(t, (count.get(t) ?? 0) + 1);
  const min = Math.max(1, TITLE_MIN_SHARE * new Set(articles.map((a) => a.articleId)).size);
  return [...count].filter(([, n]) => n >= min).map(([t]) => t).sort();
}

/**
 * Whole words: "secretary" fits "secretary of state", "president" fits "former president" but not "presidential
 * candidate"; abbreviations in full ("gov." fits "governor").
 */
const wordsIn = (a: string, b: string) => {
  const bw = new Set(fullTitle(b).split(/\s+/));
  return fullTitle(a).split(/\s+/).every((w) => bw.has(w));
};
const titleFits = (wanted: string, titles: string[]) => titles.some((t) => wordsIn(t, wanted) || wordsIn(wanted, t));

interface Candidate {
  id: string;
  gender: 'm' | 'f' | null;
  /** Folded family name and given name ("Kim Jong Un": kim / jong; "Kim Darroch": darroch / kim). */
  family: string;
  given: string;
  familyFirst: boolean;
  titles: string[];
  mentions: number;
  articles: Set<string>;
  /** outlet → sorted days since epoch of its articles naming the candidate */
  byOutlet: Map<string, number[]>;
}

const day = (iso: string | null) => (iso ? Math.floor(Date.parse(iso.slice(0, 10)) / 86_400_000) : NaN);

/**
 * Whether the candidate fits how the article writes the one-word name: "Mr."/"Mrs." and titles take a family name and
 * "Sir"/"Dame" a given name ("Mr. Kim" is Kim Jong Un, never Kim Darroch; "Sir Kim" is Darroch), the honorific's
 * gender, the title. A bare word may be either name ("Fidel", "Lavrov").
 */
function fits(c: Candidate, word: string, address: Address): boolean {
  if (address.mixed) return false;
  if (address.names === 'family' && c.family !== word) return false;
  if (address.names === 'given' && c.given !== word) return false;
  // A family-name-first bearer whose given name the lexicon does not know ("Kim Yo Jong") may be either.
  if (address.gender && c.gender !== address.gender && !(c.gender === null && c.familyFirst)) return false;
  if (address.title && !titleFits(address.title, c.titles)) return false;
  return true;
}

/** Honorifics that go with a given name rather than a family name (British usage: "Sir Kim", "Dame Judi"). */
const GIVEN_NAME_HONORIFIC = /^(?:Sir|Dame|Lord|Lady)$/;
const honorificOf = (before: string) => {
  const h = HONORIFIC.exec(`${before} `);
  return h && h[0].trim() === before ? before : null;
};

/**
 * How the articles naming a person write the person's one-word forms: which word is the family name (the one that
 * follows "Mr."/"President"; "Mr. Kim", "President Xi" make Kim Jong Un and Xi Jinping family-name-first) and the
 * gender the honorifics give (a clear majority; "Kim" is a woman's given name in English, but Kim Jong Un is "Mr. Kim").
 * Falls back to the last word as family name and the given-name lexicon for gender.
 */
export function bearerOf(
  name: string,
  aliases: string[],
  familyFirstWords: ReadonlySet<string> = new Set(),
): { family: string; given: string; gender: 'm' | 'f' | null; familyFirst: boolean } {
  const raw = name.split(/\s+/);
  const tokens = withoutSuffix(nameTokens(name));
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const { firstAsFamily, lastAsFamily, male, female } = addressEvidence(tokens, aliases);
  // Without address of its own, a name whose first word the corpus mostly uses as a family name is read so too
  // ("Kim Yo Jong" beside "Mr. Kim" for Kim Jong Un and Kim Yong Chol).
  const familyFirst = tokens.length >= 2 && (firstAsFamily > lastAsFamily || (firstAsFamily === lastAsFamily && familyFirstWords.has(first)));
  const givenRaw = familyFirst ? raw[1] : raw[0];
  const family = familyFirst ? first : last;
  const given = familyFirst ? tokens[1] : first;
  const gender = male > 2 * female ? 'm' : female > 2 * male ? 'f' : genderOfGivenName(givenRaw?.replace(/-.*$/, '') ?? '');
  return { family, given, gender, familyFirst };
}

/**
 * First words that the people bearing them are mostly addressed by ("Mr. Kim", "President Xi"): family names first.
 * A one-word node counts too when the corpus addresses it as a family name ("Mr. Xi", "President Xi" in articles that
 * never give the full name) and its word begins full names but ends none: then it can only be their family name.
 */
export function familyFirstWords(people: readonly { name: string; aliases: string[] }[]): Set<string> {
  const votes = new Map<string, number>();
  const lastWords = new Set<string>();
  const firstWords = new Set<string>();
  for (const p of people) {
    const tokens = nameTokens(p.name);
    if (tokens.length < 2) continue;
    lastWords.add(tokens[tokens.length - 1]);
    firstWords.add(tokens[0]);
    const ev = addressEvidence(tokens, p.aliases);
    const v = Math.sign(ev.firstAsFamily - ev.lastAsFamily);
    if (v) votes.set(tokens[0], (votes.get(tokens[0]) ?? 0) + v);
  }
  for (const p of people) {
    const tokens = nameTokens(p.name);
    if (tokens.length !== 1 || lastWords.has(tokens[0]) || !firstWords.has(tokens[0])) continue;
    // "Mr. Xi", "President Xi" address a family name; "Sir Kim" a given one.
    const addressed = p.aliases.filter((a) => {
      const words = a.split(/\s+/);
      return words.length >= 2 && !GIVEN_NAME_HONORIFIC.test(words[0]) && nameTokens(words[words.length - 1]).join(' ') === tokens[0];
    }).length;
    if (addressed >= ONE_WORD_FAMILY_MIN) votes.set(tokens[0], (votes.get(tokens[0]) ?? 0) + 1);
  }
  return new Set([...votes].filter(([, v]) => v > 0).map(([w]) => w));
}

/** How many titled or honorific forms ("Mr. Xi", "President Xi") a one-word node needs to count as a family name. */
export const ONE_WORD_FAMILY_MIN = 3;


/** How often aliases address a person by the first and by the last word, and as a man or a woman. */
function addressEvidence(tokens: string[], aliases: string[]) {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  let firstAsFamily = 0;
  let lastAsFamily = 0;
  let male = 0;
  let female = 0;
  for (const a of aliases) {
    const h = HONORIFIC.exec(a);
    if (h) {
      // "Mr. Kim", "Sir Kim Darroch", "Mrs. Trump": the honorific gives the gender when the rest is this person's name.
      const rest = nameTokens(a.slice(h[0].length));
      if (!rest.length || !rest.every((w) => tokens.includes(w))) continue;
      const g = genderOfHonorific(h[1]);
      if (g === 'm') male++;
      else if (g === 'f') female++;
      // "Sir Kim Darroch", "Sir Kim": the word after Sir/Dame is a given name, so the family name is last.
      if (GIVEN_NAME_HONORIFIC.test(h[1])) {
        if (rest[0] === first && first !== last) lastAsFamily++;
        continue;
      }
      if (rest.length !== 1) continue;
      if (rest[0] === first && first !== last) firstAsFamily++;
      else if (rest[0] === last) lastAsFamily++;
      continue;
    }
    // "President Xi", "Chairman Kim": a title before one word of the name makes that word the family name.
    const words = a.split(/\s+/);
    if (words.length < 2) continue;
    const w = nameTokens(words[words.length - 1]).join(' ');
    if (w !== first && w !== last) continue;
    if (nameTokens(words.slice(0, -1).join(' ')).some((x) => tokens.includes(x))) continue;
    if (w === first && first !== last) firstAsFamily++;
    else if (w === last) lastAsFamily++;
  }
  return { firstAsFamily, lastAsFamily, male, female };
}


/** Whether a person's forms address them as a woman more than as a man ("Ms. Kim"). */
function addressedAsWoman(tokens: string[], aliases: string[]): boolean {
  const { male, female } = addressEvidence(tokens, aliases);
  return female > male;
}

export interface Address {
  gender: 'm' | 'f' | null;
  title: string | null;
  /** Which of a bearer's names the word must be: "Mr. X"/"President X" a family name, "Sir X" a given name. */
  names: 'family' | 'given' | null;
  /** Both a man's and a woman's honorific in one article: two people, none of whom takes the article's mentions. */
  mixed?: boolean;
}

/** How an article writes a one-word person: the gender its honorific gives, the title before it, which name it is. */
export function addressOf(word: string, aliases: string[]): Address {
  let gender: 'm' | 'f' | null = null;
  let title: string | null = null;
  let names: 'family' | 'given' | null = null;
  let mixed = false;
  for (const a of aliases) {
    if (a === word || !a.endsWith(` ${word}`)) continue;
    const before = a.slice(0, -word.length - 1).trim();
    const h = honorificOf(before);
    if (h) {
      const g = genderOfHonorific(before);
      // "Mr. Kim" and "Ms. Kim" in one article are two people: no one bearer takes both.
      if (g && gender && g !== gender) mixed = true;
      gender = g ?? gender;
      if (GIVEN_NAME_HONORIFIC.test(h.replace(/\.$/, ''))) names = 'given';
      else if (/^(?:Mr|Mrs|Ms|Miss|Dr)\b/.test(h)) names = names ?? 'family';
    } else if (before) {
      // "candidate Trump", "then-candidate Trump": a candidacy is no office the bearer's titles need to fit (a family
      // name all the same); another title of the article ("President Trump") still counts.
      const candidacy = CANDIDACY_TITLE_WORDS.has(before.toLowerCase().split(/[\s-]+/).pop() ?? '');
      if (!candidacy) title = title ?? before.toLowerCase();
      names = names ?? 'family';
    }
  }
  return { gender, title, names, ...(mixed ? { mixed } : {}) };
}

function inWindow(days: number[] | undefined, d: number): boolean {
  if (!days?.length || Number.isNaN(d)) return false;
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] < d - WINDOW_DAYS) lo = mid + 1;
    else hi = mid;
  }
  return lo < days.length && days[lo] <= d + WINDOW_DAYS;
}

/** Rules that move some articles' mentions of a one-word node, not the node itself. */
const PER_ARTICLE_RULES: ReadonlySet<MergeRule> = new Set(['same-article', 'outlet-window', 'corpus-dominant']);

/**
 * Drops the decisions that would bring together two entities an editor split apart (`apart`: pairs of ids), directly or
 * through a third node joining both. Decisions are taken in their sorted order; a whole-node merge joins two groups, a
 * per-article move only needs its node to be apart from no one in the target's group.
 */
export function withoutKeptApart(decisions: MergeDecision[], apart: readonly (readonly [string, string])[]): MergeDecision[] {
  if (!apart.length) return decisions;
  const against = new Map<string, Set<string>>();
  for (const [a, b] of apart) {
    (against.get(a) ?? against.set(a, new Set()).get(a)!).add(b);
    (against.get(b) ?? against.set(b, new Set()).get(b)!).add(a);
  }
  const groupOf = new Map<string, Set<string>>();
  const group = (id: string) => groupOf.get(id) ?? new Set([id]);
  const clash = (xs: Set<string>, ys: Set<string>) => [...xs].some((x) => [...ys].some((y) => against.get(x)?.has(y)));
  return decisions.filter((d) => {
    const from = group(d.from);
    const into = group(d.into);
    if (clash(from, into)) return false;
    if (PER_ARTICLE_RULES.has(d.rule)) return true;
    const joined = new Set([...from, ...into]);
    for (const id of joined) groupOf.set(id, joined);
    return true;
  });
}

/**
 * The keys through which an entity's merge decisions can depend on another's: two entities that share no key never
 * decide anything about each other (the rules below compare only names with these in common). Multi-word people:
 * last name word ("L:"), either-order pair ("P:"), first word as a one-word name could use it ("F:"); one-word people:
 * "L:" and "F:" of the word; organisations: folded name, acronym initials, known body.
 */
export function identityKeys(e: { type: 'Person' | 'Organization'; name: string }): string[] {
  const keys: string[] = [];
  const known = KNOWN_ORG_ID.get(orgVariantKey(e.name));
  if (known) keys.push(`K:${known}`);
  if (e.type === 'Organization') {
    keys.push(`O:${orgVariantKey(e.name)}`);
    // The head-noun rule relates "Commons" to "House of Commons" (and reads bodies beginning with the word).
    const words = nameTokens(e.name);
    for (const w of new Set([words[0], words[words.length - 1]])) if (w && !ORG_SUFFIX_WORDS.has(w)) keys.push(`H:${w}`);
    const caps = e.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (caps.length >= 2) keys.push(`I:${caps.map((w) => w[0]).join('')}`);
    const bare = e.name.replace(/\./g, '');
    if (/^\p{Lu}{2,6}$/u.test(bare)) keys.push(`I:${bare}`);
    return keys;
  }
  for (const t of new Set([nameTokens(e.name), personTokens(e.name), personVariantKey(e.name).split(' ')].map((x) => x.filter(Boolean)))) {
    if (!t.length) continue;
    keys.push(`L:${t[t.length - 1]}`);
    if (t.length === 1) keys.push(`W:${t[0]}`);
    else keys.push(`F:${t[0]}`);
    if (t.length === 2) keys.push(`P:${[...t].sort().join(' ')}`);
  }
  return [...new Set(keys)];
}

/**
 * For incremental consolidation: the entities whose decisions may change when `seeds` changed (they share a key with a
 * seed), and the context those decisions read (everything sharing a key with those). A first word ("F:") relates a
 * full name only to the one-word name of that word ("W:"), not to every other full name starting with it.
 */
export function relatedEntities(index: readonly { id: string; type: 'Person' | 'Organization'; name: string }[], seeds: ReadonlySet<string>): { selected: Set<string>; context: Set<string> } {
  const keysOf = new Map(index.map((e) => [e.id, identityKeys(e)]));
  const byKey = new Map<string, string[]>();
  for (const [id, keys] of keysOf) for (const k of keys) (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(id);
  const neighbours = (id: string, out: Set<string>) => {
    out.add(id);
    for (const k of keysOf.get(id) ?? []) {
      const w = k.slice(2);
      const ks = k.startsWith('F:') ? [`W:${w}`] : k.startsWith('W:') ? [k, `F:${w}`] : [k];
      for (const key of ks) for (const other of byKey.get(key) ?? []) out.add(other);
    }
  };
  const selected = new Set<string>();
  for (const id of seeds) neighbours(id, selected);
  const context = new Set<string>();
  for (const id of selected) neighbours(id, context);
  return { selected, context };
}

/**
 * All merge decisions for these entities, sorted by (from, into); none joins a pair in `apart` (entities an editor split
 * apart: see withoutKeptApart).
 */
export function decideMerges(entities: EntitySummary[], apart: readonly (readonly [string, string])[] = []): MergeDecision[] {
  const decisions: MergeDecision[] = [];
  const into = new Map<string, string>(); // whole-node merges: from → representative

  // 1. Variants and known organisations: whole-node merges within a type.
  const groups = new Map<string, EntitySummary[]>();
  const knownOrg = KNOWN_ORG_ID;
  const twoWordPeople = new Set(entities.filter((e) => e.type === 'Person').map((e) => personVariantKey(e.name)).filter((k) => k.split(' ').length === 2).map((k) => k.split(' ').sort().join(' ')));
  for (const e of entities) {
    // A dotted acronym is its letters: "D.O.J." is "DOJ", a form of the Justice Department.
    const key = e.type === 'Organization' ? orgVariantKey(/^(?:\p{Lu}\.){2,}$/u.test(e.name) ? e.name.replace(/\./g, '') : e.name) : variantKey(e.name);
    if (!key) continue;
    // Two-word people are one key in either order: "Abe Shinzo" is "Shinzo Abe" (family name first or last).
    const words = (e.type === 'Person' ? personVariantKey(e.name) : key).split(' ');
    const catalogue = e.type === 'Person' ? catalogueKey(words) : null;
    const personKey = words.length === 2 ? [...words].sort().join(' ') : catalogue && twoWordPeople.has(catalogue) ? catalogue : words.join(' ');
    // A known body's name is that body whatever extraction typed it ("Nato ministers said" made a person "Nato").
    // "Ms. Kim" (a node of its own where the article also has a "Mr. Kim") is no variant of the man's "Kim": a
    // one-word person addressed as a woman keys apart.
    const asWoman = e.type === 'Person' && words.length === 1 && addressedAsWoman(words, allAliases(e));
    const known = knownOrg.get(key) ?? (e.type === 'Organization' ? knownAfterDemonym(e.name) : undefined);
    const k = known ? `known|${known}` : `${e.type}|${e.type === 'Person' ? personKey : key}${asWoman ? '|f' : ''}`;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(e);
  }
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const [k, group] of groups) {
    const known = k.startsWith('known|') ? k.slice('known|'.length) : null;
    const orgs = group.filter((e) => e.type === 'Organization');
    // A known body gathers into an organisation node, never into a person of its name.
    if (known && !orgs.length) continue;
    const rep = known && byId.has(known) ? byId.get(known)! : pickRepresentative(known ? orgs : group);
    for (const e of group) {
      if (e.id === rep.id) continue;
      into.set(e.id, rep.id);
      const rule: MergeRule = known && orgVariantKey(e.name) !== orgVariantKey(rep.name) ? 'known-org' : 'variant';
      decisions.push({ from: e.id, into: rep.id, rule, surfaceForms: allAliases(e).sort(), articles: e.articles.map((a) => a.articleId).sort() });
    }
  }

  // 1b. Middle names and nicknames between full-name people (representatives after the variants).
  for (const d of decideNameForms(entities.filter((e) => e.type === 'Person' && !into.has(e.id)))) {
    into.set(d.from, d.into);
    decisions.push(d);
  }
  // 1c. Two spellings of one name an article joined (the node of one holds the other's name among its forms).
  for (const d of decideJoinedSpellings(entities.filter((e) => e.type === 'Person' && !into.has(e.id)))) {
    into.set(d.from, d.into);
    decisions.push(d);
  }
  // 1d. A government named by its head's full name is the one named by the head's family name.
  const personNames = new Set(entities.filter((e) => e.type === 'Person').map((e) => e.name));
  for (const d of decideHolderAdministrations(entities.filter((e) => e.type === 'Organization' && !into.has(e.id)), personNames)) {
    into.set(d.from, d.into);
    decisions.push(d);
  }
  // A node merged by 1b may itself have gathered variants: those follow it to its new representative.
  const rep = (id: string) => {
    let r = id;
    for (let seen = 0; into.has(r) && seen < 10; seen++) r = into.get(r)!;
    return r;
  };
  for (const d of decisions) d.into = rep(d.into);

  // 2. Acronyms: "NATO" → the one organisation whose capitalised words start with N, A, T, O.
  const orgsByInitials = new Map<string, Set<string>>();
  for (const e of entities) {
    if (e.type !== 'Organization') continue;
    const words = e.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.length < 2) continue;
    const initials = words.map((w) => w[0]).join('');
    (orgsByInitials.get(initials) ?? orgsByInitials.set(initials, new Set()).get(initials)!).add(rep(e.id));
  }
  for (const e of entities) {
    if (e.type !== 'Organization' || into.has(e.id) || !/^\p{Lu}{2,6}$/u.test(e.name.replace(/\./g, ''))) continue;
    const targets = orgsByInitials.get(e.name.replace(/\./g, ''));
    if (targets?.size !== 1) continue;
    const target = [...targets][0];
    if (target === e.id) continue;
    into.set(e.id, target);
    decisions.push({ from: e.id, into: target, rule: 'acronym', surfaceForms: allAliases(e).sort(), articles: e.articles.map((a) => a.articleId).sort() });
  }

  // 2b. One-word organisations that are the head noun of longer ones: "Commons" → "House of Commons", article by article.
  const orgsByLastWord = new Map<string, Candidate[]>();
  const orgsByFirstWord = new Map<string, number>(); // word → mentions of multi-word bodies it begins
  for (const e of entities) {
    if (e.type !== 'Organization' || into.has(e.id)) continue;
    const t = nameTokens(e.name);
    if (t.length < 2) continue;
    const c = orgCandidate(e);
    orgsByFirstWord.set(t[0], (orgsByFirstWord.get(t[0]) ?? 0) + c.mentions);
    (orgsByLastWord.get(t[t.length - 1]) ?? orgsByLastWord.set(t[t.length - 1], []).get(t[t.length - 1])!).push(c);
  }
  for (const e of entities) {
    if (e.type !== 'Organization' || into.has(e.id) || ORG_SUFFIX_WORDS.has(fold1(e.name)) || KNOWN_ORG_ID.has(orgVariantKey(e.name))) continue;
    const t = nameTokens(e.name);
    if (t.length !== 1) continue;
    const all = orgsByLastWord.get(t[0]) ?? [];
    if (!all.length) continue;
    // A word that also begins bodies' names ("House Intelligence Committee", "State Department") is a name of its
    // own ("the House", "State"), not the short form of the bodies it ends ("White House", "Islamic State").
    const ending = all.reduce((n, c) => n + c.mentions, 0);
    if ((orgsByFirstWord.get(t[0]) ?? 0) >= HEAD_NOUN_MAX_LEADING * ending) continue;
    const moves = new Map<string, string[]>();
    const forms = new Map<string, Set<string>>();
    for (const a of e.articles) {
      const here = all.filter((c) => c.articles.has(a.articleId));
      const chosen = here.length === 1 ? here[0].id : here.length ? null : dominant(all);
      if (!chosen) continue;
      (moves.get(chosen) ?? moves.set(chosen, []).get(chosen)!).push(a.articleId);
      for (const x of a.aliases) (forms.get(chosen) ?? forms.set(chosen, new Set()).get(chosen)!).add(x);
    }
    for (const [target, articles] of moves) decisions.push({ from: e.id, into: target, rule: 'head-noun', surfaceForms: [...forms.get(target)!].sort(), articles: articles.sort() });
  }

  // 2c. A newspaper's last word is its short name ("the Times", "The Post") in an article that names exactly one paper
  // ending in it ("The New York Times … the Times reported"). No corpus-wide fallback: "the Times" of London, of New
  // York and of Washington share the word, so an article naming none of them (or several) keeps it apart.
  for (const e of entities) {
    if (e.type !== 'Organization' || into.has(e.id)) continue;
    const t = withoutArticle(nameTokens(e.name));
    if (t.length !== 1 || !PUBLICATION_HEADS.has(t[0])) continue;
    const papers = (orgsByLastWord.get(t[0]) ?? []).filter((c) => c.id !== e.id && withoutArticle(nameTokens(byId.get(c.id)!.name)).length > 1);
    const moves = new Map<string, { articles: string[]; forms: Set<string> }>();
    for (const a of e.articles) {
      const here = papers.filter((c) => c.articles.has(a.articleId));
      if (here.length !== 1) continue;
      const m = moves.get(here[0].id) ?? moves.set(here[0].id, { articles: [], forms: new Set() }).get(here[0].id)!;
      m.articles.push(a.articleId);
      for (const x of a.aliases) m.forms.add(x);
    }
    for (const [target, m] of moves) decisions.push({ from: e.id, into: target, rule: 'head-noun', surfaceForms: [...m.forms].sort(), articles: m.articles.sort() });
  }

  // 3. One-word people, article by article.
  const candidatesByWord = new Map<string, Candidate[]>();
  const middledByKey = new Map<string, Candidate[]>(); // "george bush" → George W. Bush, George H. W. Bush
  /** Per article of `e`, the candidate its mentions go to (chooseFor), gathered into one decision per target and rule. */
  const pushArticleMoves = (e: EntitySummary, all: Candidate[], fitsIn: (c: Candidate, a: ArticleMention) => boolean, byOwnForms = false) => {
    const moves = new Map<string, { rule: MergeRule; articles: string[]; forms: Set<string> }>();
    for (const a of e.articles) {
      // The article itself wrote one candidate's full name among this node's forms ("Chris Van Hollen" beside "Van Hollen").
      const own = byOwnForms ? all.filter((c) => a.aliases.some((x) => variantKey(x) === variantKey(byId.get(c.id)!.name))) : [];
      const chosen = own.length === 1 ? { id: own[0].id, rule: 'same-article' as MergeRule } : chooseFor(a, all.filter((c) => fitsIn(c, a)));
      if (!chosen) continue;
      const k = `${chosen.id}|${chosen.rule}`;
      const m = moves.get(k) ?? moves.set(k, { rule: chosen.rule, articles: [], forms: new Set() }).get(k)!;
      m.articles.push(a.articleId);
      for (const x of a.aliases) m.forms.add(x);
    }
    for (const [k, m] of moves) decisions.push({ from: e.id, into: k.split('|')[0], rule: m.rule, surfaceForms: [...m.forms].sort(), articles: m.articles.sort() });
  };
  const merged = new Map<string, EntitySummary[]>(); // representative → its group (for candidate statistics)
  for (const e of entities) if (e.type === 'Person') (merged.get(rep(e.id)) ?? merged.set(rep(e.id), []).get(rep(e.id))!).push(e);
  const aliasesOfGroup = (group: EntitySummary[]) => group.flatMap((g) => g.articles.flatMap((a) => a.aliases));
  const familyFirst = familyFirstWords([...merged].map(([id, group]) => ({ name: byId.get(id)!.name, aliases: aliasesOfGroup(group) })));
  for (const [id, group] of merged) {
    const head = byId.get(id)!;
    // "William Sweeney Jr." is the "Sweeney" of its article: the family name is the word before the suffix.
    const tokens = withoutSuffix(nameTokens(head.name));
    if (tokens.length < 2) continue;
    const articles = group.flatMap((g) => g.articles);
    const byOutlet = new Map<string, number[]>();
    for (const a of articles) {
      const d = day(a.publishedAt);
      if (a.source && !Number.isNaN(d)) (byOutlet.get(a.source) ?? byOutlet.set(a.source, []).get(a.source)!).push(d);
    }
    for (const days of byOutlet.values()) days.sort((x, y) => x - y);
    const aliases = articles.flatMap((a) => a.aliases);
    const c: Candidate = {
      id,
      ...bearerOf(head.name, aliases, familyFirst),
      titles: usualTitles(head.name, articles),
      mentions: articles.reduce((n, a) => n + a.count, 0),
      articles: new Set(articles.map((a) => a.articleId)),
      byOutlet,
    };
    for (const w of new Set([tokens[0], tokens[tokens.length - 1]])) (candidatesByWord.get(w) ?? candidatesByWord.set(w, []).get(w)!).push(c);
    const t = personTokens(head.name);
    if (t.length >= 3 && t.length <= 4 && looksLikeFullName(head.name) && !looksFamilyFirst(head.name) && !t.some((w) => NAME_SUFFIXES.has(w) || NAME_PARTICLES.has(w))) {
      const key = `${t[0]} ${t[t.length - 1]}`;
      (middledByKey.get(key) ?? middledByKey.set(key, []).get(key)!).push(c);
    }
  }
  // 3b. A bare "First Last" that several middled people share ("George Bush": George W. and George H. W.), article by
  // article, as a one-word name is: the one named in the same article, else by the same outlet near the date, else a
  // dominant one. The middle-name rule has left such a name whole.
  for (const e of entities) {
    if (e.type !== 'Person' || into.has(e.id) || !looksLikeFullName(e.name)) continue;
    const t = personTokens(e.name);
    if (t.length !== 2) continue;
    const all = (middledByKey.get(`${t[0]} ${t[1]}`) ?? []).filter((c) => c.id !== e.id);
    if (all.length < 2) continue;
    pushArticleMoves(e, all, () => true);
  }
  for (const e of entities) {
    if (e.type !== 'Person' || into.has(e.id)) continue;
    const tokens = nameTokens(e.name);
    if (tokens.length !== 1) continue;
    const all = (candidatesByWord.get(tokens[0]) ?? []).filter((c) => c.id !== e.id);
    if (!all.length) continue;
    pushArticleMoves(e, all, (c, a) => fits(c, tokens[0], addressOf(e.name, a.aliases)));
  }
  // 3c. A family name with a particle ("Van Hollen", "de Blasio", "bin Salman") is a one-word name too: article by
  // article, the bearer whose full name ends in that particle and word ("Chris Van Hollen").
  for (const e of entities) {
    if (e.type !== 'Person' || into.has(e.id)) continue;
    const t = nameTokens(e.name);
    if (t.length !== 2 || !NAME_PARTICLES.has(t[0])) continue;
    const all = (candidatesByWord.get(t[1]) ?? []).filter((c) => {
      const ct = nameTokens(byId.get(c.id)!.name);
      return c.id !== e.id && ct.length > 2 && ct[ct.length - 2] === t[0] && ct[ct.length - 1] === t[1];
    });
    if (!all.length) continue;
    pushArticleMoves(e, all, (c, a) => fits(c, t[1], addressOf(e.name, a.aliases)), true);
  }
  return withoutKeptApart(
    decisions.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.into < b.into ? -1 : a.into > b.into ? 1 : a.rule < b.rule ? -1 : 1)),
    apart,
  );
}

/** Last words of newspapers' names that the papers go by alone ("the Times", "the Post", "the Journal"). */
const PUBLICATION_HEADS = new Set(['times', 'post', 'journal', 'herald', 'tribune', 'telegraph', 'globe', 'chronicle', 'gazette', 'examiner', 'inquirer']);
/** Folded name words without a leading "the": "The Times" is the word "times". */
const withoutArticle = (tokens: string[]) => (tokens[0] === 'the' ? tokens.slice(1) : tokens);

/** An organisation as a candidate for the head-noun rule: its articles and mentions (no address or titles). */
function orgCandidate(e: EntitySummary): Candidate {
  return { id: e.id, gender: null, family: '', given: '', familyFirst: false, titles: [], mentions: mentionsOf(e), articles: new Set(e.articles.map((a) => a.articleId)), byOutlet: new Map() };
}

/** The bearer one article's one-word name refers to, by the first rule that gives exactly one; null when unsure. */
function chooseFor(a: ArticleMention, fitting: Candidate[]): { id: string; rule: MergeRule } | null {
  if (!fitting.length) return null;
  const here = fitting.filter((c) => c.articles.has(a.articleId));
  if (here.length === 1) return { id: here[0].id, rule: 'same-article' };
  if (here.length > 1) {
    const d = dominant(here);
    return d ? { id: d, rule: 'same-article' } : null;
  }
  const d = day(a.publishedAt);
  const near = a.source ? fitting.filter((c) => inWindow(c.byOutlet.get(a.source!), d)) : [];
  if (near.length === 1) return { id: near[0].id, rule: 'outlet-window' };
  const top = dominant(fitting);
  return top ? { id: top, rule: 'corpus-dominant' } : null;
}

/** The candidate holding ≥ DOMINANT_SHARE of the candidates' mentions (and ≥ DOMINANT_MIN_MENTIONS), if any. */
function dominant(cs: Candidate[]): string | null {
  const sorted = [...cs].sort((x, y) => y.mentions - x.mentions || (x.id < y.id ? -1 : 1));
  const total = sorted.reduce((n, c) => n + c.mentions, 0);
  const top = sorted[0];
  return top.mentions >= DOMINANT_MIN_MENTIONS && top.mentions >= DOMINANT_SHARE * total ? top.id : null;
}

/** Whether the corpus gives two people a common title ("Rep.", "Defense Secretary"). */
function sharesTitle(a: EntitySummary, b: EntitySummary): boolean {
  const ta = titlesOf(a.name, allAliases(a));
  const tb = titlesOf(b.name, allAliases(b));
  return ta.some((t) => titleFits(t, tb));
}

/**
 * A name written family name first as entity extraction reads it (extract/entities.ts): a hyphenated given name last
 * ("Kim Dae-jung", "Ban Ki-moon") or three short words ("Kim Yo Jong", "Kim Jong Un"). Such a name has no middle name.
 */
export function looksFamilyFirst(name: string): boolean {
  const w = name.split(/\s+/);
  if (w.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(w[1])) return true;
  return w.length === 3 && w.every((x) => /^\p{Lu}\p{Ll}{1,4}$/u.test(x)) && w[1].length + w[2].length <= 6;
}

/** A name's words without a closing generational suffix ("William Sweeney Jr." → william sweeney). */
const withoutSuffix = (t: string[]) => (t.length > 2 && NAME_SUFFIXES.has(t[t.length - 1]) ? t.slice(0, -1) : t);

/** Name tokens with any comma dropped ("Donald Trump, Jr." → [donald, trump, jr]). */
const personTokens = (name: string) => nameTokens(name.replace(/,/g, ' '));

/**
 * Whole-node merges between full-name people by the middle-name rule, then the nickname rule (see the top of the file).
 * `people` are the variant groups' representatives; the result is independent of their order.
 */
/**
 * Two full names alike but for one edit of one word, the family name (five letters or more) or a given name (four or
 * more), with the same first letter: "Peter Strzok" / "Peter Strozk", "Mohammed Morsi" / "Mohammad Morsi".
 */
export function oneSpellingApart(a: string, b: string): boolean {
  const [x, y] = [a.split(/\s+/), b.split(/\s+/)];
  if (x.length !== y.length || x.length < 2) return false;
  const differ = x.map((w, i) => i).filter((i) => x[i] !== y[i]);
  if (differ.length !== 1 || (differ[0] !== 0 && differ[0] !== x.length - 1)) return false;
  const [p, q] = [x[differ[0]], y[differ[0]]];
  const min = differ[0] === 0 ? 4 : 5;
  return p.length >= min && q.length >= min && p[0] === q[0] && /^\p{Lu}\p{Ll}+$/u.test(p) && /^\p{Lu}\p{Ll}+$/u.test(q) && oneEditApart(p, q);
}

/** "Barack Obama administration", "George W. Bush administration": a head's full name (a person's node), then the noun. */
const FULL_NAME_ADMINISTRATION = /^((?:\p{Lu}[\p{L}.'’-]*\s+)+(\p{Lu}[\p{L}'’-]+))\s+(administration|government)$/u;

/**
 * Holder administrations: "Barack Obama administration" is the "Obama administration" (ent30's holder-full-name keys an
 * article's "Obama administration" by the full name the article gives it, so both nodes hold the same body). The full
 * name's node gathers with the family name's; when several full names end in one family name ("George W. Bush" and
 * "George H. W. Bush administration"), only one holding ≥ 90 % of their mentions does (the rest stay apart), never a full
 * name that is no person's node ("Senior Trump administration"). Both nodes gather into the more-mentioned one.
 */
export function decideHolderAdministrations(orgs: EntitySummary[], personNames: ReadonlySet<string>): MergeDecision[] {
  const byName = new Map(orgs.map((e) => [e.name.toLowerCase(), e]));
  // Also by folded key: "Bashar al-Assad government" (a particle the capitalised pattern reads as no name word, a
  // "regime" keyed as "government") is the "Assad government" — never a name written family name first ("Kim Jong Un
  // government" has no family name last).
  const byKey = new Map<string, EntitySummary>();
  for (const e of [...orgs].sort((a, b) => (a.id < b.id ? -1 : 1))) if (!byKey.has(orgVariantKey(e.name))) byKey.set(orgVariantKey(e.name), e);
  const personKeys = new Set([...personNames].filter((n) => n.includes(' ') && !looksFamilyFirst(n)).map((n) => variantKey(n)));
  const full = new Map<string, EntitySummary[]>(); // "obama administration" → its full-name nodes
  const shortNodes = new Map<string, EntitySummary>();
  for (const e of orgs) {
    const m = FULL_NAME_ADMINISTRATION.exec(e.name);
    if (m && personNames.has(m[1]) && !looksFamilyFirst(m[1])) {
      const short = `${m[2]} ${m[3]}`.toLowerCase();
      // (the family name's node as named, else under its folded key: "Qaddafi government" merged into "Gadhafi regime")
      const shortNode = byName.get(short) ?? byKey.get(orgVariantKey(short));
      if (shortNode && shortNode.id !== e.id) {
        (full.get(short) ?? full.set(short, []).get(short)!).push(e);
        shortNodes.set(short, shortNode);
      }
      continue;
    }
    // (Only a name the capitalised pattern cannot read: one it reads is left to it, whose ≥ 90 % share keeps "George
    // H. W. Bush administration" apart however the rounds have merged its rival.)
    if (m) continue;
    const t = orgVariantKey(e.name).split(' ');
    const head = t[t.length - 1];
    if (t.length < 3 || (head !== 'administration' && head !== 'government') || !personKeys.has(t.slice(0, -1).join(' '))) continue;
    const short = `${t[t.length - 2]} ${head}`;
    const shortNode = byKey.get(short);
    if (!shortNode || shortNode.id === e.id) continue;
    (full.get(short) ?? full.set(short, []).get(short)!).push(e);
    shortNodes.set(short, shortNode);
  }
  const out: MergeDecision[] = [];
  for (const [short, group] of [...full].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const total = group.reduce((n, e) => n + mentionsOf(e), 0);
    const top = pickRepresentative(group);
    if (mentionsOf(top) < 0.9 * total) continue;
    const shortNode = shortNodes.get(short)!;
    const rep = pickRepresentative([shortNode, top]);
    const from = rep.id === top.id ? shortNode : top;
    out.push({ from: from.id, into: rep.id, rule: 'holder-administration', surfaceForms: allAliases(from).sort(), articles: from.articles.map((a) => a.articleId).sort() });
  }
  return out;
}

/**
 * Joined spellings: an article that writes one name two ways ("Peter Strzok … Peter Strozk") made one entity of them
 * (extract/entities.ts, full-name-forms.ts), named by the form it used more; where that form is another node's name
 * (one spelling apart), the two nodes are one person, named by the spelling more articles use ("Peter Strzok", 40
 * articles, over "Peter Strozk", one): the corpus's dominant form names the node, whatever one article preferred.
 */
export function decideJoinedSpellings(people: EntitySummary[]): MergeDecision[] {
  const byName = new Map<string, EntitySummary[]>();
  for (const e of people) if (e.name.includes(' ')) (byName.get(variantKey(e.name)) ?? byName.set(variantKey(e.name), []).get(variantKey(e.name))!).push(e);
  const out: MergeDecision[] = [];
  const gone = new Set<string>();
  const larger = (a: EntitySummary, b: EntitySummary) => a.articles.length - b.articles.length || mentionsOf(a) - mentionsOf(b) || (a.id < b.id ? 1 : -1);
  for (const e of [...people].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (gone.has(e.id) || !e.name.includes(' ')) continue;
    const own = variantKey(e.name);
    for (const alias of allAliases(e)) {
      const k = variantKey(alias);
      if (k === own || !oneSpellingApart(e.name, alias)) continue;
      const others = (byName.get(k) ?? []).filter((f) => f.id !== e.id && !gone.has(f.id));
      if (others.length !== 1) continue;
      const [from, to] = larger(e, others[0]) > 0 ? [others[0], e] : [e, others[0]];
      out.push({ from: from.id, into: to.id, rule: 'joined-spelling', surfaceForms: allAliases(from).sort(), articles: from.articles.map((a) => a.articleId).sort() });
      gone.add(from.id);
      break;
    }
  }
  // A node another moved into may itself have moved: follow to the end.
  const into = new Map(out.map((d) => [d.from, d.into]));
  for (const d of out) for (let seen = 0; into.has(d.into) && seen < 10; seen++) d.into = into.get(d.into)!;
  return out;
}

export function decideNameForms(people: EntitySummary[]): MergeDecision[] {
  const out: MergeDecision[] = [];
  const gone = new Set<string>();
  const sorted = people.filter((e) => looksLikeFullName(e.name)).sort((a, b) => (a.id < b.id ? -1 : 1));
  const tokensOf = new Map(sorted.map((e) => [e.id, personTokens(e.name)]));
  const whole = (e: EntitySummary, into: string, rule: MergeRule): MergeDecision => ({
    from: e.id,
    into,
    rule,
    surfaceForms: allAliases(e).sort(),
    articles: e.articles.map((a) => a.articleId).sort(),
  });

  // Middle names: First+Last → the distinct middles the corpus gives it, and the bare "First Last" nodes.
  const middles = new Map<string, Map<string, EntitySummary[]>>();
  const bare = new Map<string, EntitySummary[]>();
  for (const e of sorted) {
    const t = tokensOf.get(e.id)!;
    if (t.some((w) => NAME_SUFFIXES.has(w))) continue;
    const key = `${t[0]} ${t[t.length - 1]}`;
    if (t.length === 2) (bare.get(key) ?? bare.set(key, []).get(key)!).push(e);
    // A repeated first or last word is an extraction slip ("Donald Trump Trump"), not a middle name.
    // A family-name-first name ("Kim Yo Jong") has no middle name: "Kim Jong" is a cut "Kim Jong Un", not her.
    else if (t.length >= 3 && t.length <= 4 && !looksFamilyFirst(e.name) && !t.slice(1, -1).some((w) => NAME_PARTICLES.has(w) || w === t[0] || w === t[t.length - 1])) {
      const byMiddle = middles.get(key) ?? middles.set(key, new Map()).get(key)!;
      const m = t.slice(1, -1).join(' ');
      (byMiddle.get(m) ?? byMiddle.set(m, []).get(m)!).push(e);
    }
  }
  for (const [key, byMiddle] of middles) {
    const targets = bare.get(key);
    if (targets?.length !== 1) continue;
    const middle = soleMiddle(byMiddle);
    if (!middle) continue;
    // A spelled-out middle name may make another person (John Quincy Adams is John Adams's son): it joins the bare name
    // only when one of the two forms holds ≥ SPELLED_MIDDLE_SHARE of their mentions, i.e. one is plainly the usual name
    // and the other a fuller or shorter writing of it (Hillary Rodham Clinton beside thousands of Hillary Clinton).
    // A middle that is no given name, after a given name, is a family name kept ("Sarah Huckabee Sanders", "Hillary
    // Rodham Clinton"): no other person's, so it needs no share.
    const spelledMiddles = personTokens(middle[0].name).slice(1, -1).filter((w) => w.length > 1);
    if (spelledMiddles.length > 0 && (spelledMiddles.some(isGivenNameWord) || !isGivenNameWord(key.split(' ')[0]))) {
      const nb = mentionsOf(targets[0]);
      const nm = middle.reduce((k, e) => k + mentionsOf(e), 0);
      if (Math.max(nb, nm) < SPELLED_MIDDLE_SHARE * (nb + nm)) continue;
    }
    // The group gathers into its most-mentioned node (ties to the smaller id), so "Recep Tayyip Erdogan" keeps its name.
    const group = [targets[0], ...middle];
    const head = pickRepresentative(group);
    for (const e of group) {
      if (e.id === head.id) continue;
      out.push(whole(e, head.id, 'middle-name'));
      gone.add(e.id);
    }
  }

  // A first name dropped: "Javad Zarif" is "Mohammad Javad Zarif" when exactly one three-word person ends in those two
  // words (the mirror of a dropped middle name; no initial: "W. Bush" is no one's name).
  const byTail = new Map<string, EntitySummary[]>();
  for (const e of sorted) {
    const t = tokensOf.get(e.id)!;
    if (gone.has(e.id) || t.length !== 3 || t.some((w) => NAME_SUFFIXES.has(w) || NAME_PARTICLES.has(w))) continue;
    const key = t.slice(1).join(' ');
    (byTail.get(key) ?? byTail.set(key, []).get(key)!).push(e);
  }
  for (const e of sorted) {
    const t = tokensOf.get(e.id)!;
    if (gone.has(e.id) || t.length !== 2 || t[0].length < 2 || t.some((w) => NAME_SUFFIXES.has(w))) continue;
    const longer = byTail.get(t.join(' ')) ?? [];
    if (longer.length !== 1 || gone.has(longer[0].id)) continue;
    // Only the shorter form joins a fuller name at least as well attested: a common two-word name ("Muhammad Ali")
    // is its own person beside a rarer longer one ("Ahmed Mohammed Ali"). A shorter form that opens with no given name
    // is a double family name ("Pena Nieto" of "Enrique Pena Nieto"), no one else's name, however often it is written.
    // (the fuller name in more than one article: a stray "Washington Cui Tiankai" takes no one).
    const doubleFamilyName = !isGivenNameWord(t[0]) && isGivenNameWord(tokensOf.get(longer[0].id)![0]) && longer[0].articles.length >= 2;
    if (mentionsOf(longer[0]) < mentionsOf(e) && !doubleFamilyName) continue;
    out.push(whole(e, longer[0].id, 'middle-name'));
    gone.add(e.id);
  }

  // Nicknames: the rest of the name (all but the given name) → the formal-name bearers, by formal given name.
  const formalByRest = new Map<string, Map<string, EntitySummary[]>>();
  // The same with middle initials left out ("Charles E. Schumer" under "schumer"), for a nickname written without them.
  const formalByInitialledRest = new Map<string, Map<string, EntitySummary[]>>();
  for (const e of sorted) {
    const t = tokensOf.get(e.id)!;
    if (gone.has(e.id) || t.length < 2 || FORMALS_OF.has(t[0])) continue;
    const rest = t.slice(1).join(' ');
    const byGiven = formalByRest.get(rest) ?? formalByRest.set(rest, new Map()).get(rest)!;
    (byGiven.get(t[0]) ?? byGiven.set(t[0], []).get(t[0])!).push(e);
    if (t.length >= 3 && t.length <= 4 && t.slice(1, -1).every((w) => w.length === 1) && !NAME_SUFFIXES.has(t[t.length - 1])) {
      const last = t[t.length - 1];
      const initialled = formalByInitialledRest.get(last) ?? formalByInitialledRest.set(last, new Map()).get(last)!;
      (initialled.get(t[0]) ?? initialled.set(t[0], []).get(t[0])!).push(e);
    }
  }
  const groups = new Map<string, EntitySummary[]>(); // formal bearer id → its nickname-named people
  for (const e of sorted) {
    const t = tokensOf.get(e.id)!;
    if (gone.has(e.id) || t.length < 2 || !FORMALS_OF.has(t[0])) continue;
    const formals = FORMALS_OF.get(t[0])!;
    const byGiven = formalByRest.get(t.slice(1).join(' '));
    let bearers = byGiven ? [...formals].flatMap((f) => byGiven.get(f) ?? []) : [];
    // "Chuck Schumer" and no "Charles Schumer": the one formal bearer written with middle initials ("Charles E.
    // Schumer"); two such bearers (George W. and George H. W.) are two people and take none.
    const initialled = t.length === 2 ? formalByInitialledRest.get(t[1]) : undefined;
    if (bearers.length === 0 && initialled) bearers = [...formals].flatMap((f) => initialled.get(f) ?? []);
    if (bearers.length !== 1) continue;
    // A nickname of several formal names ("Steve": Steven, Stephen) is weak evidence: the corpus must also give both
    // the same title ("Rep. Steve Cohen" is not Stephen Cohen the historian).
    if (formals.size > 1 && !sharesTitle(e, bearers[0])) continue;
    (groups.get(bearers[0].id) ?? groups.set(bearers[0].id, []).get(bearers[0].id)!).push(e);
  }
  const byId = new Map(sorted.map((e) => [e.id, e]));
  for (const [formalId, nicks] of groups) {
    const group = [byId.get(formalId)!, ...nicks];
    const head = pickRepresentative(group);
    for (const e of group) if (e.id !== head.id) out.push(whole(e, head.id, 'nickname'));
  }
  return out;
}

/** A folded name word that is a given name the lexicons know ("muhammad", "kim"; not "pena", "javad"). */
function isGivenNameWord(word: string): boolean {
  const cased = word.charAt(0).toUpperCase() + word.slice(1);
  return FIRST_NAMES.has(cased) || genderOfGivenName(cased) !== null;
}

/**
 * The nodes of the one middle a First+Last has: the only middle, or one holding ≥ DOMINANT_SHARE of the middled mentions
 * while the others together stay under DOMINANT_MIN_MENTIONS (a stray "Hillary Rodman Clinton" beside 350 mentions of
 * "Hillary Rodham Clinton"). Two real middles (George W. / George H. W. Bush) give none.
 */
function soleMiddle(byMiddle: Map<string, EntitySummary[]>): EntitySummary[] | null {
  const ranked = [...byMiddle.entries()]
    .map(([m, es]) => ({ m, es, n: es.reduce((k, e) => k + mentionsOf(e), 0) }))
    .sort((x, y) => y.n - x.n || (x.m < y.m ? -1 : 1));
  if (ranked.length === 1) return ranked[0].es;
  const total = ranked.reduce((k, r) => k + r.n, 0);
  const others = total - ranked[0].n;
  return ranked[0].n >= DOMINANT_SHARE * total && others < DOMINANT_MIN_MENTIONS ? ranked[0].es : null;
}
