// Stage 2b' (after tagging, before title complements), a body's name read with a word at its edge that is no part of
// it: the tagger joins "then-" or "ex-" to the name after it ("then-CIA director Leon Panetta", "Then-FBI Director
// James Comey"). The prefix dates the office the name qualifies, it names nothing: the body is cut to its own words, and
// a title the prefix opened ("Then-Secretary of State John Kerry") is no body at all. A title's own words are no part of
// a body's name either: the words that open a role noun ("Irish Prime" Minister, "UN Special" Envoy) and a whole title
// ("U.N. Special Envoy", "National Security Adviser") leave the body before them, or none. Rules are data
// (BODY_EDGE_RULES); run on the combined mentions, so the tagger's training features and weights stay as they are.
// Input and output: mentions.
import type { Mention } from './mentions.js';
import { BODY_LAST_WORDS, KNOWN_ORGANIZATION_FORMS as ORG_FORMS, PARTY_MEMBER_PLURALS } from './lexicon/organizations.js';
import { APPOSITION_NOUNS, HEAD_OFFICES, NOT_NAME_STARTS, OFFICE_PORTFOLIOS, PERSON_TITLES, TITLE_ROLE_WORDS } from './lexicon/titles.js';
import { isAdjective, isCommonWord, isCommonWordForm } from './lexicon/noun-classes.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from './lexicon/countries.js';
import { CITY_NAMES, US_STATE_NAMES } from './lexicon/places.js';
import { isBodyWord } from './unlikely-bodies.js';
import { FIRST_NAMES } from './lexicon/names.js';
import { DEPARTMENT_NAMES, DETERMINED_BODY_HEADS, MINISTRY_TOPICS, STATE_ORGANS, US_DEPARTMENT_FIELDS } from './lexicon/government-bodies.js';
import { ONE_WORD_OUTLETS, OUTLETS_BY_KIND } from './lexicon/outlets.js';

export interface BodyEdgeRule {
  id: string;
  /** What is left of the organisation mention: the cut mention, 'drop' (no body), or null when the rule does not apply. */
  cut: (m: Mention, body: string, mentions: readonly Mention[]) => Mention | 'drop' | null;
  examples: readonly string[];
  why: string;
}

/** "then-", "ex-", "former-" before a capitalised word: the prefix of a past office. Not "Ex-Im" (the Export-Import Bank). */
const TIME_PREFIX = /^(?:[Tt]hen|[Ee]x|[Ff]ormer)-(?!Im\b)(?=\p{Lu})/u;
/** Words of titles, one word each ("Secretary", "Director", "Sen", "Maj"), without their stop; not fields ("State"). */
const TITLE_WORDS: ReadonlySet<string> = new Set([...TITLE_ROLE_WORDS].filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.replace(/\.$/, '')));
/** A place's or a state's name after the prefix ("then-Massachusetts Gov. Mitt Romney"): the holder's, no body. */
const isPlaceName = (name: string) => US_STATE_NAMES.has(name) || CITY_NAMES.has(name) || COUNTRY_BY_NAME.has(name);

/**
 * Words that open a role noun and never end a body's name: "Prime" (Minister), "Special" (Envoy), "Deputy", "Managing"
 * (Director), "Supreme Allied" (Commander), "Chief Petty" (Officer), "Inspector" (General), "Foreign" (Minister).
 */
const TITLE_FRONT_WORDS: ReadonlySet<string> = new Set([
  'Prime', 'Special', 'Deputy', 'Vice', 'Chief', 'Senior', 'Managing', 'Supreme', 'Allied', 'Under', 'Assistant',
  'Associate', 'Acting', 'Executive', 'Permanent', 'Principal', 'Petty', 'Warrant', 'Inspector', 'First', 'High',
  'Diplomatic', 'Political', 'Foreign', 'Interim',
]);
/** Role words in any case ("Minister", "minister", "MInister"), as the word after a title's front may be written. */
const ROLE_WORDS_LOWER: ReadonlySet<string> = new Set([...TITLE_ROLE_WORDS, 'Editor', 'Coordinator', 'Rapporteur'].map((w) => w.toLowerCase()));
/** The word right after a mention on its line (one space), or undefined. */
const NEXT_WORD = /^ (\p{L}[\p{L}-]*)/u;
/**
 * Role nouns that end a whole title read as a body ("U.N. Special Envoy", "FBI Director", "UN Ambassador"). Not the
 * role words that end bodies' names too: "Press" (Associated Press), "Staff" (Joint Staff), "Majority" (Moral
 * Majority), "General" alone (U.N. General Assembly cut), "Cardinal", "King", "Sheriff" (a county's office).
 */
const TITLE_END_WORDS: ReadonlySet<string> = new Set([
  'Minister', 'Secretary', 'Secretary-General', 'Representative', 'Envoy', 'Ambassador', 'Director', 'Adviser', 'Advisor',
  'Commissioner', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Chairman', 'Chairwoman', 'Chair', 'Leader', 'Officer',
  'Agent', 'Correspondent', 'President', 'Premier', 'Chancellor', 'Commander',
]);
/** Titles of several words, longest first: "National Security Adviser", "Attorney General", "Consul General". */
const WHOLE_TITLES: readonly string[] = [...PERSON_TITLES, 'Consul General', 'Postmaster General', 'Surgeon General', 'Solicitor General', 'Permanent Representative', 'National Intelligence Director']
  .filter((t) => t.includes(' ') && !/^(?:Mr|Mrs|Ms|Dr)\b/.test(t))
  .sort((a, b) => b.length - a.length);
/** A state named by its name, short form or adjective ("Irish", "UK", "U.S."): what is left is no body. */
const isStateWord = (text: string) => COUNTRY_BY_NAME.has(text) || COUNTRY_BY_DEMONYM.has(text) || /^(?:U\.S\.|US|UK|U\.K\.)$/.test(text);

/**
 * What is left of a body's name once a title's words are cut from its end: the words before them, without a title's
 * front ("FBI Special" → "FBI") or words in lower case; 'drop' when nothing is left that names a body — no word, a
 * state ("Irish", "U.S."), a lone common word ("Cabinet"), the title's front only ("Acting").
 */
function bodyLeft(m: Mention, words: string[]): Mention | 'drop' | null {
  const rest = [...words];
  while (rest.length && (TITLE_FRONT_WORDS.has(rest[rest.length - 1]) || /^\p{Ll}/u.test(rest[rest.length - 1]))) rest.pop();
  if (!rest.length || rest.every((w) => TITLE_FRONT_WORDS.has(w) || NOT_NAME_STARTS.has(w))) return 'drop';
  // "U.S. Trade" (Representative), "US Treasury" (Secretary): a state and a portfolio are the title's too; the office
  // keeps its whole name unless the portfolio names a body the lexicon knows ("US Treasury").
  if (rest.length > 1 && OFFICE_PORTFOLIOS.has(rest[rest.length - 1].toLowerCase()) && isStateWord(rest.slice(0, -1).join(' ')) && !ORG_FORMS.has(rest.join(' '))) return null;
  const text = rest.join(' ');
  if (isStateWord(text) || isPlaceName(text) || rest.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isCommonWord(w.toLowerCase()) && !isBodyWord(w))) return 'drop';
  if (!m.text.startsWith(text)) return 'drop';
  return { ...m, end: m.start + text.length, text, key: ORG_FORMS.get(text) ?? text };
}

/** Adjectives of rank that open a noun phrase of officials ("Senior administration officials", "Top Pentagon brass"). */
const RANK_ADJECTIVES: ReadonlySet<string> = new Set(['Senior', 'Top']);

/**
 * Words that open a clause or a question and never a body's name: subordinators, coordinators, a question's auxiliary
 * ("If Congress", "Though Hamas", "Yet Hamas", "Has Al Qaeda taken over …?", "Does AIPAC wield …?") and determiners of
 * a quantity ("Any State Department employee"). Not "May", "Will", "Can", "Do" (names and nouns), nor "The" (outlets).
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'If', 'Unless', 'Because', 'Though', 'Although', 'Whether', 'Whatever', 'Whenever', 'While', 'Once', 'Yet', 'So', 'But', 'And', 'Or', 'Nor',
  'Is', 'Are', 'Was', 'Were', 'Has', 'Have', 'Had', 'Does', 'Did', 'Would', 'Could', 'Should', 'Might', 'Must', 'Any', 'Every', 'Each',
]);

/**
 * What is left of a body's name once a word is cut from its start: the words after it; 'drop' when they open in lower
 * case ("administration"), are a lone common word ("Military", "Secret") or a place's or a state's name ("Tehran").
 */
function bodyAfter(m: Mention, cut: number): Mention | 'drop' {
  const text = m.text.slice(cut).trimStart();
  const words = text.split(' ');
  if (!text || /^\p{Ll}/u.test(text) || isStateWord(text) || isPlaceName(text)) return 'drop';
  if (words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(text) && isCommonWord(text.toLowerCase()) && !isBodyWord(text)) return 'drop';
  return { ...m, start: m.end - text.length, text, key: ORG_FORMS.get(text) ?? text };
}

/**
 * A compound adjective of who backs, leads or runs a body, or where it sits ("U.S.-backed", "Hamas-run",
 * "London-based", "al-Qaida-linked"): a name or a state, a hyphen and a past participle. Linear: one run of name
 * characters, then fixed words.
 */
/** The participles of such an adjective, and the nouns of an era or a style joined the same way ("Bush Administration-era"). */
const AGENT_PARTICIPLES: ReadonlySet<string> = new Set(['backed', 'led', 'based', 'linked', 'affiliated', 'run', 'funded', 'owned', 'supported', 'sponsored', 'aligned', 'allied', 'controlled', 'ruled', 'installed', 'inspired', 'dominated', 'era', 'style']);
const AGENT_ADJECTIVE = /^([\p{L}.'’-]+)-(?:backed|led|based|linked|affiliated|run|funded|owned|supported|sponsored|aligned|allied|controlled|installed|inspired|dominated) /u;

/** Social platforms a body posts on: after a body's name and before its page's noun they say where, no word of the name. */
const PLATFORM_WORDS: ReadonlySet<string> = new Set(['Facebook', 'Twitter', 'YouTube', 'Instagram', 'Telegram', 'WhatsApp', 'TikTok', 'Weibo', 'WeChat', 'VKontakte', 'LinkedIn', 'Snapchat']);
/** The noun of what a body keeps on a platform, in lower case right after the platform's name ("page", "account", "feed"). */
const PLATFORM_NOUN_AFTER = /^ (?:page|pages|account|accounts|feed|feeds|channel|channels|group|groups|post|posts|profile|handle|video|videos|site)\b/;

/**
 * What is left of a body's name once the platform's name is cut from its end ("French Air Force Facebook" page → "Air
 * Force", its state's adjective joined later by body-name-joins.ts): the capitalised words before it, a possessive and
 * words in lower case cut off ("the Brotherhood's official Twitter feed"); 'drop' when no body's name is left (a lone
 * common word, "Finance Twitter"; a compound adjective, "Agency-linked Twitter accounts"; a state).
 */
function bodyBeforePlatform(m: Mention, words: string[]): Mention | 'drop' {
  const rest = [...words];
  while (rest.length && /^\p{Ll}/u.test(rest[rest.length - 1])) rest.pop();
  if (rest.length) rest[rest.length - 1] = rest[rest.length - 1].replace(/['’]s?$/, '');
  const text = rest.join(' ');
  if (!text || /-\p{Ll}+$/u.test(text) || isStateWord(text) || isPlaceName(text)) return 'drop';
  if (rest.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(text) && isCommonWord(text.toLowerCase()) && !isBodyWord(text)) return 'drop';
  return { ...m, end: m.start + text.length, text, key: ORG_FORMS.get(text) ?? text };
}

/**
 * The whole title a body's mention opens, its role noun right after the mention ("National Security" Advisor), or
 * undefined. Not a body the title names, a department, a known body or a name ending in a body's head ("Homeland
 * Security" Secretary, "Treasury" Secretary, "National Economic Council" Director: the department or the council is one).
 */
function titleOpened(m: Mention, body: string): string | undefined {
  if (ORG_FORMS.has(m.text) || DEPARTMENT_NAMES.has(m.text) || isBodyWord(m.text.slice(m.text.lastIndexOf(' ') + 1))) return undefined;
  const after = body.slice(m.end, m.end + 40);
  // The title may open after a state's word ("U.S. Attorney" General): the state qualifies the office, no body is left.
  const words = m.text.split(' ');
  for (let k = 0; k < words.length; k++) {
    const before = words.slice(0, k).join(' ');
    if (k > 0 && !isStateWord(before)) continue;
    const opening = words.slice(k).join(' ');
    const title = WHOLE_TITLES.find((t) => t.startsWith(`${opening} `) && after.startsWith(t.slice(opening.length)) && !/[\p{L}\p{N}]/u.test(after.charAt(t.length - opening.length)));
    if (title) return title;
  }
  return undefined;
}

/** A minister's or a secretary's role noun right after a name: "International Trade" Secretary, "EU Trade" Commissioner. */
const PORTFOLIO_TITLE_AFTER = /^ (?:[Ss]ecretary|[Mm]inister|[Cc]ommissioner)\b(?!-)/;
/** A bloc of states that holds portfolios as a state does ("EU Trade Commissioner"). */
const isBlocWord = (text: string) => /^(?:EU|E\.U\.)$/.test(text);
/** A field of a portfolio: capitalised common words ("International Trade", "Work and Pensions"), none a body's head. */
const isPortfolioField = (words: readonly string[]) =>
  words.length > 0 && /^\p{Lu}/u.test(words[0]) &&
  words.every((w) => w === 'and' || (/^\p{Lu}\p{Ll}+$/u.test(w) && !BODY_LAST_WORDS.has(w) && (isCommonWordForm(w) || isAdjective(w.toLowerCase()))));

/**
 * What is left of a minister's portfolio read as a body: "UK International Trade" (Secretary Liam Fox), "International
 * Development" (Secretary Rory Stewart) name the office's field, no body; a department's field is that department
 * ("Homeland Security" Secretary stays; "US Defense" Secretary → the Defense Department).
 */
function portfolioLeft(m: Mention, body: string): Mention | 'drop' | null {
  if (ORG_FORMS.has(m.text) || !PORTFOLIO_TITLE_AFTER.test(body.slice(m.end, m.end + 16))) return null;
  const words = m.text.split(' ');
  const k = words.length > 2 && isStateWord(words.slice(0, 2).join(' ')) ? 2 : isStateWord(words[0]) || isBlocWord(words[0]) ? 1 : 0;
  const field = words.slice(k);
  if (!isPortfolioField(field)) return null;
  const text = field.join(' ');
  // The last field of a list the tagger cut ("Health and [Human Services]" Secretary): later stages join the list whole.
  if (k === 0 && /\p{Lu}\p{Ll}+(?:,| and| &) $/u.test(body.slice(Math.max(0, m.start - 30), m.start))) return null;
  if (!ORG_FORMS.has(text) && !DEPARTMENT_NAMES.has(text) && !US_DEPARTMENT_FIELDS.has(text)) return 'drop';
  // A field alone, or a body the lexicon knows after its state's word ("US Treasury", "U.S. Navy"), stays as written.
  if (k === 0 || ORG_FORMS.has(text)) return null;
  // A US department after its state's word is that department ("US Commerce" Secretary); another state's portfolio
  // ("British Trade" Secretary) names an office of its own government, whose ministry the article does not name so.
  if (!/^(?:U\.S\.|US|United States)$/.test(words.slice(0, k).join(' '))) return 'drop';
  const key = `${MINISTRY_TOPICS.get(text) ?? text} Department`;
  return { ...m, start: m.end - text.length, text, key: ORG_FORMS.get(key) ?? key };
}

/** Every outlet's name as the lexicon writes it, "The" and all ("The Hill", "The Times", "Sun"). */
const OUTLET_NAMES: ReadonlySet<string> = new Set([...Object.values(OUTLETS_BY_KIND).flat(), ...ONE_WORD_OUTLETS]);
/** A state's organ or a department named by its own words ("Navy", "Air Force", "Justice Department" aside). */
const STATE_ORGAN_NAMES: ReadonlySet<string> = new Set([...STATE_ORGANS.values(), ...DEPARTMENT_NAMES, 'Marines', 'Marine Corps', 'Pentagon', 'Kremlin']);

/**
 * A body's name with the article that opens its sentence ("The Navy will NOT be taking away …"): "The" is no word of a
 * state's organ's name, nor of a known body's that goes without it; an outlet's ("The Hill", "The Times") keeps it.
 */
function articleLeft(m: Mention): Mention | null {
  if (!m.text.startsWith('The ') || ORG_FORMS.has(m.text) || OUTLET_NAMES.has(m.text)) return null;
  const text = m.text.slice(4);
  // "The Navy", "The Committee": the article's one body with that head, or none (qualified-bodies.ts, determined-head)
  if (DETERMINED_BODY_HEADS.has(text)) return null;
  if (OUTLET_NAMES.has(text) || OUTLET_NAMES.has(`The ${text}`) || !(STATE_ORGAN_NAMES.has(text) || ORG_FORMS.has(text))) return null;
  return { ...m, start: m.end - text.length, text, key: ORG_FORMS.get(text) ?? text };
}

/**
 * Nouns of a person in lower case (a role, a tie, an office) that no body's name holds: inside a name the tagger ran on
 * ("Central Command nominee Army" Gen. Joseph Votel, "Pentagon spokesman Navy" Capt. Jeff Davis) the name before them
 * qualifies the person and the words after them open the person's rank or name.
 */
const PERSON_NOUNS_INSIDE: ReadonlySet<string> = new Set([
  ...APPOSITION_NOUNS, 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman',
  'director', 'commander', 'envoy', 'ambassador', 'minister', 'secretary', 'leader', 'leaders', 'chief', 'head',
  'member', 'members', 'president', 'senator', 'lawmaker', 'lawmakers', 'correspondent', 'reporter', 'analyst',
]);
/**
 * Words before a party's plural that count or qualify its members ("All Republicans could agree …", "Mainstream
 * Republicans and Democrats"): a quantity of the party's members, no word of the party's name.
 */
const MEMBER_QUANTIFIERS: ReadonlySet<string> = new Set(['All', 'Some', 'Many', 'Most', 'Few', 'Several', 'Both', 'Other', 'Fellow', 'Mainstream', 'Moderate', 'Establishment', 'Rank-and-file', 'Vulnerable', 'Leading', 'Prominent']);
/** Party words that modify a chamber ("the GOP House", "a Republican Senate"): the chamber under a party's control. */
const PARTY_BEFORE_CHAMBER = /^(?:GOP|G\.O\.P\.|Republican|Democratic|Democrat) (House|Senate|Congress)$/;
/** A lower-case head of a government or a campaign, then a preposition: the phrase after it is no word of the name. */
const LOWER_HEAD_THEN_PREPOSITION = /^(.*? (?:administration|government|regime|campaign|team)) (?:for|of|to|on|at|in|with|from) /;

export const BODY_EDGE_RULES: readonly BodyEdgeRule[] = [
  {
    id: 'opening-article',
    cut: (m) => articleLeft(m),
    examples: ['Trump fired back, tweeting, “The Pentagon will NOT be taking away Warfighter Eddie Gallagher’s Trident Pin.”', 'Best case: The Kremlin’s plan prevents it.'],
    why: 'a sentence-opening "The" before a state\'s organ ("Pentagon", "Kremlin", "Air Force") or a known body that goes without it is the noun phrase\'s article, no word of the name; outlets named with "The" ("The Hill", "The Guardian") keep it; a head such as "Navy" or "Committee" is left to qualified-bodies.ts, which finds the article\'s one body it heads',
  },
  {
    id: 'title-opening',
    cut: (m, body) => (titleOpened(m, body) ? 'drop' : null),
    examples: ['former National Security Advisor H.R. McMaster said so.', 'He urged National Intelligence Director Dan Coats to act.', 'then-Senator Jeff Sessions, now the U.S. Attorney General, agreed'],
    why: 'the words opening a whole title, after a state\'s word or not ("National Security" of "National Security Advisor", "National Intelligence" of "National Intelligence Director") are the office\'s, its field; no body goes by them, unlike a department\'s field before its secretary ("Homeland Security Secretary")',
  },
  {
    id: 'platform-tail',
    cut: (m, body) => {
      const words = m.text.split(' ');
      if (words.length < 2 || !PLATFORM_WORDS.has(words[words.length - 1]) || ORG_FORMS.has(m.text) || !PLATFORM_NOUN_AFTER.test(body.slice(m.end, m.end + 12))) return null;
      return bodyBeforePlatform(m, words.slice(0, -1));
    },
    examples: ['In this screen grab from the French Air Force Facebook page, warplanes take off.', 'the hacked Centcom Twitter feed posted a message', 'On Tuesday, the Brotherhood\'s official Twitter feed dismissed the protests.'],
    why: 'a platform\'s name between a body\'s name and a page\'s noun ("the French Air Force Facebook page", "the Centcom Twitter feed") says where the body posts: the page is the body\'s, the platform no word of its name',
  },
  {
    id: 'agent-adjective',
    cut: (m) => {
      const a = AGENT_ADJECTIVE.exec(m.text);
      // "Ground-based Midcourse Defense": a common word before the participle may open the name itself.
      if (!a || ORG_FORMS.has(m.text) || (/^\p{Lu}\p{Ll}+$/u.test(a[1]) && isCommonWord(a[1].toLowerCase()) && !isStateWord(a[1]))) return null;
      return bodyAfter(m, a[0].length);
    },
    examples: ['the near-total collapse of the U.S.-backed Free Syrian Army', 'fighters of the al-Qaida-linked Nusra Front attacked', 'said the London-based International Center for the Study of Radicalization'],
    why: 'a compound adjective of who backs, leads or runs a body, or where it sits ("U.S.-backed", "al-Qaida-linked", "London-based"), describes the body and is no word of its name: the body is the name after it ("Free Syrian Army"), or none when only a state or a common noun is left ("Hamas-led government")',
  },
  {
    id: 'agent-adjective-whole',
    cut: (m) => {
      const dash = m.text.lastIndexOf('-');
      if (dash <= 0 || !AGENT_PARTICIPLES.has(m.text.slice(dash + 1)) || ORG_FORMS.has(m.text)) return null;
      const text = m.text.slice(0, dash);
      // "UNP)-led", "San Diego-based", "U.S.-backed": a bracket's end, a place or a state is left, no body.
      if (!/^[\p{L}\p{N}][\p{L}\p{N}.'’ -]*$/u.test(text) || isStateWord(text) || isPlaceName(text)) return 'drop';
      return { ...m, end: m.start + text.length, text, key: ORG_FORMS.get(text) ?? text };
    },
    examples: ['Officials scrubbed references to Al Qaeda-linked groups.', 'some accused the Communist Party-ruled central government', 'a prominent San Diego-based attorney'],
    why: 'a compound adjective of who backs, leads or runs something ("Al Qaeda-linked groups", "the Communist Party-ruled government") names the body before its hyphen; the participle is no word of its name, and a place or a state before it is no body ("San Diego-based")',
  },
  {
    id: 'time-prefix',
    cut: (m) => {
      const p = TIME_PREFIX.exec(m.text);
      if (!p) return null;
      const rest = m.text.slice(p[0].length);
      const words = rest.split(/\s+/);
      // "Then-Secretary of", "then-Maj", "Then-Sen": a title's words, whose holder the next name is.
      if (words.some((w) => TITLE_WORDS.has(w.replace(/\.$/, ''))) || words[words.length - 1] === 'of' || isPlaceName(rest)) return 'drop';
      // One word left: a body only as an acronym or a word that names a body alone ("then-CIA", "then-Senate"); not
      // the first word of a title the tagger cut ("Then-Attorney General", "ex-Foreign Minister", "Then-Capt.").
      if (words.length === 1 && !/^\p{Lu}{2,}$/u.test(rest) && !isBodyWord(rest)) return 'drop';
      // "Ex-Yankee Randy Velarde": a person's full name after the word the prefix dates is that person.
      const given = words.findIndex((w, i) => i > 0 && i < words.length - 1 && FIRST_NAMES.has(w));
      if (given > 0 && words.slice(given).every((w) => /^\p{Lu}\p{Ll}/u.test(w))) {
        const text = words.slice(given).join(' ');
        return { ...m, start: m.end - text.length, text, key: text, type: 'Person', orgCue: undefined };
      }
      return { ...m, start: m.start + p[0].length, text: rest, key: ORG_FORMS.get(rest) ?? rest };
    },
    examples: ['She and then-CIA director Leon Panetta argued.', 'Then-FBI Director James Comey held a news conference.', 'Then-Secretary of State John Kerry flew in.', 'Ex-Yankee Randy Velarde said he was ready.'],
    why: '"then-" or "ex-" before a body\'s name dates the office of the person it qualifies ("then-CIA director"): the body is the name after it; a title after the prefix ("Then-Secretary of State") names the person\'s office, no body; a full name after the word it dates ("Ex-Yankee Randy Velarde") is that person',
  },
  {
    id: 'title-front',
    cut: (m, body) => {
      const words = m.text.split(' ');
      if (!TITLE_FRONT_WORDS.has(words[words.length - 1]) || ORG_FORMS.has(m.text)) return null;
      const next = NEXT_WORD.exec(body.slice(m.end, m.end + 30))?.[1];
      if (!next || !ROLE_WORDS_LOWER.has(next.toLowerCase())) return null;
      return bodyLeft(m, words);
    },
    examples: ['Irish Prime Minister Enda Kenny said he was pleased.', 'Peter Sutherland, a UN Special Representative for Migration, wrote it.', 'Merkel will meet International Monetary Fund Managing Director Christine Lagarde.'],
    why: 'a word that opens a role noun ("Prime" Minister, "Special" Envoy, "Managing" Director) ends no body\'s name: before the role word it is the title\'s, and the body is the name before it ("UN"), or none when a state\'s adjective is all that is left ("Irish")',
  },
  {
    id: 'portfolio-before-title',
    cut: (m, body) => portfolioLeft(m, body),
    examples: ['both US Treasury Secretary Steve Mnuchin and UK International Trade Secretary Liam Fox might not attend', 'International Development Secretary Rory Stewart suggested on Sunday', 'EU Trade Commissioner Cecilia Malmstrom met him'],
    why: 'capitalised common words before "Secretary", "Minister" or "Commissioner", after a state\'s word or not, are the office\'s portfolio ("International Trade"), no body\'s name: none is left, or the US department of the field ("US Commerce" Secretary → the Commerce Department; "Homeland Security" Secretary stays); a title\'s front before the role word is cut first (title-front)',
  },
  {
    id: 'rank-adjective',
    cut: (m, body) => {
      const first = m.text.slice(0, m.text.indexOf(' '));
      if (!m.text.includes(' ') || !RANK_ADJECTIVES.has(first) || ORG_FORMS.has(m.text)) return null;
      // "Senior administration officials", "Top Pentagon brass": a noun in lower case after the name is the head the
      // adjective qualifies, the officials of the body.
      if (!/^ \p{Ll}/u.test(body.slice(m.end, m.end + 2))) return null;
      return bodyAfter(m, first.length);
    },
    examples: ['Senior administration officials said the talks would go on.', 'Senior Hamas officials denied it.', 'Top Pentagon brass met on Monday.'],
    why: 'an adjective of rank at a sentence\'s start ("Senior", "Top") qualifies the officials after the name ("Senior Hamas officials"), it is no word of the body\'s name: the body is the name after it ("Hamas"), or none when the words after it are common nouns ("administration")',
  },
  {
    id: 'clause-opener',
    cut: (m) => {
      const space = m.text.indexOf(' ');
      if (space < 0 || !CLAUSE_OPENERS.has(m.text.slice(0, space)) || ORG_FORMS.has(m.text)) return null;
      const rest = m.text.slice(space + 1);
      // A pronoun or another clause word after it ("Is It Enough"), or a lone head noun ("Although Department policy"): no body.
      if (CLAUSE_OPENERS.has(rest.split(' ')[0]) || /^(?:It|This|That|These|Those|There|We|They|He|She|You|I)\b/.test(rest)) return 'drop';
      if (/^\p{Lu}\p{Ll}+$/u.test(rest) && isCommonWord(rest.toLowerCase()) && !ORG_FORMS.has(rest)) return 'drop';
      return bodyAfter(m, space);
    },
    examples: ['Though Hamas and Fatah signed a deal, the talks stalled.', 'Unless Congress votes, the order stands.', 'Has Al Qaeda taken over Anbar?'],
    why: 'a word that opens a clause or a question ("Though", "Unless", "Has") is capitalised at a sentence\'s start, no word of the name after it: the body is that name ("Hamas", "Congress"), or none when a common word or a state is left',
  },
  {
    id: 'title-whole',
    cut: (m, body, mentions) => {
      const words = m.text.split(' ');
      if (words.length < 2 || !TITLE_END_WORDS.has(words[words.length - 1]) || ORG_FORMS.has(m.text) || words.some((w) => w === 'of' || w === 'for' || w === 'on' || w === 'and' || w === '&')) return null;
      const title = WHOLE_TITLES.includes(m.text) ? m.text : WHOLE_TITLES.find((t) => m.text.endsWith(` ${t}`)) ?? words[words.length - 1];
      // "the US President", "the UK Prime Minister": a state's head of state's or government's office, whose holder the
      // entity stage reads from the date and the state (entities.ts), no body either way.
      const before = words.slice(0, words.length - title.split(' ').length).join(' ');
      if (isStateWord(before) && [...HEAD_OFFICES].some((o) => ` ${title.toLowerCase()} `.includes(` ${o} `))) return null;
      const left = title === m.text ? 'drop' : bodyLeft(m, words.slice(0, words.length - title.split(' ').length));
      // "US Ambassador to the UK Woody Johnson": a state's title completed by "to", "of" or "for" before its holder's
      // name is read whole by title-complements.ts, which gives the holder the title and names the country in it.
      if (left === 'drop' && /^ (?:to|of|for) /.test(body.slice(m.end, m.end + 5)) && mentions.some((o) => o.type === 'Person' && o.start > m.end && o.start - m.end < 80 && !/[,;.()]/.test(body.slice(m.end, o.start)))) return null;
      return left;
    },
    examples: ['U.N. Special Envoy to Yemen Martin Griffiths has invited both sides.', 'Samantha Power is the U.S. Permanent Representative to the United Nations.', 'I will be naming a new National Security Advisor next week.', 'the CIA Director, National Security Advisor, and the Chief of Staff'],
    why: 'a name ending in a role noun ("Envoy", "Director", "Adviser") is a title, a person\'s office and no body: the body is the name before the title ("U.N.", "CIA"), or none when a state, a title\'s front or nothing is left ("U.S. Permanent Representative", "National Security Advisor")',
  },
  {
    id: 'person-noun-inside',
    cut: (m) => {
      const words = m.text.split(' ');
      const at = words.findIndex((w, i) => i > 0 && PERSON_NOUNS_INSIDE.has(w));
      if (at < 0 || ORG_FORMS.has(m.text)) return null;
      return bodyLeft(m, words.slice(0, at));
    },
    examples: ['when then-U.S. Central Command nominee Army Gen. Joseph Votel testified', 'Pentagon spokesman Navy Capt. Jeff Davis said', 'a US official Houthi fighters fired'],
    why: 'a person\'s noun in lower case ("nominee", "spokesman", "official") ends the name before it: the name qualifies the person ("Central Command nominee"), and the capitalised words after it open the person\'s rank or name ("Army Gen."), no word of a body; a state alone before it leaves none',
  },
  {
    id: 'quantifier-before-party',
    cut: (m) => {
      const space = m.text.indexOf(' ');
      if (space < 0 || !MEMBER_QUANTIFIERS.has(m.text.slice(0, space)) || !PARTY_MEMBER_PLURALS.has(m.text.slice(space + 1)) || ORG_FORMS.has(m.text)) return null;
      return bodyAfter(m, space);
    },
    examples: ['All Republicans could agree upon was repeal.', 'Mainstream Republicans and Democrats agree.'],
    why: 'a word that counts or qualifies a party\'s members ("All", "Most", "Mainstream") is no word of the party\'s name: "All Republicans" are Republicans',
  },
  {
    id: 'party-before-chamber',
    cut: (m) => {
      const hit = PARTY_BEFORE_CHAMBER.exec(m.text);
      return hit && !ORG_FORMS.has(m.text) ? bodyAfter(m, m.text.length - hit[1].length) : null;
    },
    examples: ['The GOP House finally muscled through a replacement.', 'It is true that the Republican Senate has been slow.'],
    why: 'a party\'s word before a chamber ("the GOP House", "a Republican Senate") says who holds its majority: the body is the chamber, the party a modifier',
  },
  {
    id: 'phrase-after-lower-head',
    cut: (m) => {
      const hit = LOWER_HEAD_THEN_PREPOSITION.exec(m.text);
      if (!hit || ORG_FORMS.has(m.text)) return null;
      return { ...m, end: m.start + hit[1].length, text: hit[1], key: ORG_FORMS.get(hit[1]) ?? hit[1] };
    },
    examples: ['who represented the George W. Bush administration for G-7, G-20 and Asia-Pacific Economic Cooperation summits'],
    why: 'a government\'s or a campaign\'s lower-case head ("administration", "government") ends a name that a person\'s name opens: a phrase of a preposition after it ("for G-7") says what it did, no word of the name',
  },
];

/** Each organisation mention with the words at its edges that are no part of its name cut (first rule that applies). */
export function cutBodyEdges(body: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    let reading: Mention | 'drop' | null = null;
    if (m.type === 'Organization') for (const r of BODY_EDGE_RULES) if ((reading = r.cut(m, body, mentions))) break;
    if (reading === 'drop') continue;
    out.push(reading ?? m);
  }
  return out;
}
