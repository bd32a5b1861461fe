// Organization entities that name no body as a reader sees them, dropped at entity extraction: a plural of people
// ("Europeans", "the Bidens"), a title or its plural ("the Queen", "my Generals", "Sens."), a common word the article
// also writes in lower case ("Sure", "No questions on Collusion"), one party member described ("New York Democrat"). Rules are data (UNLIKELY_BODY_RULES); each
// sees the entity's name and mentions, the body, and the surnames of the article's people.
import { KNOWN_ORGANIZATIONS, ORG_SUFFIXES } from './lexicon/organizations.js';
import { COUNTRY_BY_CAPITAL, COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from './lexicon/countries.js';
import { HONORIFICS, OFFICE_HOLDER_FAMILY_NAMES, OPENING_PREPOSITIONS, PERSON_TITLES } from './lexicon/titles.js';
import { CONTRACTION, WIDGET_WORDS, endsInPluralAcronym, hasExitBlend, isAddressOrCredit, isNameCoinage, onlyInShoutedHeadings } from './unlikely-people.js';
import { CITY_FORMS, CITY_INITIALS, CITY_NAMES, COUNTRY_BY_CITY, COUNTRY_BY_REGION, ESTATE_NAMES, REGION_NAMES, WORLD_REGIONS, US_STATE_AFTER_COMMA, US_STATE_CODES, US_STATE_FORMS, US_STATE_NAMES, VENUE_NOUN_AFTER } from './lexicon/places.js';
import { HEADLESS_PARTY_NAMES } from './lexicon/party-names.js';
import { PEOPLES_AND_FAITHS } from './lexicon/peoples.js';
import { COMMON_NOUN_ACRONYMS, THING_OR_BODY_ACRONYMS, THING_USE_AFTER, TITLE_SMALL_WORDS, WORK_TITLE_CUES } from './lexicon/non-bodies.js';
import { isAdjective, isAdverbOnly, isCommonWord, isCommonWordForm, isPersonNoun, isVerb } from './lexicon/noun-classes.js';
import { insideQuotation } from './quotes/patterns.js';
import { OUTLETS_BY_KIND } from './lexicon/outlets.js';
import { WORD_ACRONYM_BODIES } from './lexicon/organizations.js';
import { FIRST_NAMES } from './lexicon/names.js';

export interface BodyCandidate {
  name: string;
  mentions: readonly { start: number; end: number; orgCue?: string }[];
}

export interface UnlikelyBodyRule {
  id: string;
  /** True when the entity is no body; `surnames` are the article's people's surnames, `fullNames` their names of two words or more. */
  test: (body: string, e: BodyCandidate, surnames: ReadonlySet<string>, fullNames: ReadonlySet<string>) => boolean;
  examples: readonly string[];
  why: string;
}

/** Bodies named by one common word ("the House", "the Treasury", "Congress"), and every one-word known body. */
const ONE_WORD_BODIES: ReadonlySet<string> = new Set([
  ...ORG_SUFFIXES,
  ...KNOWN_ORGANIZATIONS.flat().filter((n) => !n.includes(' ')),
  'House', 'Commons', 'Lords', 'Treasury', 'Bundestag', 'Duma', 'Knesset', 'Majlis', 'Politburo', 'Vatican', 'Fed',
  // publications named by a common word
  'Time', 'Fortune', 'Vice', 'Slate', 'Salon', 'Sun', 'Mirror', 'Independent', 'Economist', 'Spectator', 'Federalist', 'Blaze', 'Hill', 'Nation', 'Reason', 'Mail', 'Express', 'Globe', 'Standard',
]);

/** Whether a word names a body on its own or heads a body's name ("House", "Party", "Congress", "Reuters"). */
export const isBodyWord = (word: string) => ONE_WORD_BODIES.has(word);

/** One word, no acronym, no body a one-word name is known for, no team a sports line named. */
function plainWord(e: BodyCandidate): boolean {
  return /^\p{Lu}\p{Ll}[\p{Ll}'’-]*\.?$/u.test(e.name) && !ONE_WORD_BODIES.has(e.name) && !e.mentions.some((m) => m.orgCue === 'team' || m.orgCue === 'name');
}

/** The widget words of page furniture, and a video player's "Play" ("Play Video"). */
const BODY_WIDGET_WORDS: ReadonlySet<string> = new Set([...WIDGET_WORDS, 'play']);

/** Titles and forms of address, lower case, with their short forms ("Sen", "Cmdr"): no body, alone or in the plural. */
const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...PERSON_TITLES.filter((t) => !t.includes(' ')).map((t) => t.toLowerCase().replace(/\.$/, '')),
  ...[...HONORIFICS].map((h) => h.toLowerCase().replace(/\.$/, '')),
  'queen', 'king', 'prince', 'princess', 'sen', 'sens', 'rep', 'reps', 'gen', 'gov', 'amb', 'cmdr', 'col', 'lt', 'sgt', 'capt', 'sec', 'secy', 'pres', 'messrs',
  'senator', 'general', 'admiral', 'colonel', 'congressman', 'congresswoman', 'congressmen', 'congresswomen', 'justice', 'justices', 'judge', 'lawmaker',
]);

/** Abbreviated titles and ranks, lower case, with their plurals: a name ending in one is a title ("GOP Sens", "Navy Cmdr"). */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'gen', 'gens', 'adm', 'amb', 'cmdr', 'cdr', 'col', 'lt', 'sgt', 'capt', 'maj', 'cpl', 'pvt', 'spc', 'pfc', 'sec', 'secy', 'brig', 'supt', 'insp', 'det']);

/** The singular of a plural noun: "Generals" → "generals", "general"; "Houthis" → "houthi"; "Tories" → "tory". */
function singulars(word: string): string[] {
  const w = word.toLowerCase().replace(/\.$/, '');
  const out = [w];
  if (/ies$/.test(w)) out.push(`${w.slice(0, -3)}y`);
  if (/(?:ch|sh|s|x)es$/.test(w)) out.push(w.slice(0, -2));
  if (/women$/.test(w)) out.push(`${w.slice(0, -5)}woman`);
  else if (/men$/.test(w)) out.push(`${w.slice(0, -3)}man`);
  if (/s$/.test(w)) out.push(w.slice(0, -1));
  return out;
}
const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** "the Mets", "the Giants": a plural name after "the" names a team or a group by its members, whatever "met" is. */
function pluralAfterThe(body: string, e: BodyCandidate): boolean {
  return /s$/.test(e.name) && e.mentions.some((m) => /\b[Tt]he $/.test(body.slice(Math.max(0, m.start - 4), m.start)));
}

/** How often the body writes `word` (lower case) as a whole word. A plain scan: linear, no pattern. */
function lowerCaseUses(body: string, word: string): number {
  const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  let n = 0;
  for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) if (!isLetter(body[at - 1]) && !isLetter(body[at + word.length])) n++;
  return n;
}

/**
 * The article writes the word in lower case, in the singular or the plural ("Tariff" … "the tariffs"), at least as often
 * as it names it: a body named throughout ("Teneo", 26 times) is no common word for one "teneo.com" in a link.
 */
function writtenLowerCase(body: string, word: string, named: number): boolean {
  const forms = singulars(word);
  const w = forms[0];
  forms.push(/(?:ch|sh|s|x)$/.test(w) ? `${w}es` : `${w}s`);
  const uses = [...new Set(forms)].filter((f) => f.length > 2).reduce((n, f) => n + lowerCaseUses(body, f), 0);
  return uses > 0 && uses >= named;
}

/** A Roman numeral of two letters or more ("III", "VII", "XIV"): a number in a title or a list, no body. */
const ROMAN_NUMERAL = /^(?=[IVX]{2,6}$)X{0,3}(?:IX|IV|V?I{0,3})$/;
/** Words that an acronym's letters skip ("research and development" → R&D, "Department of Defense" → DoD). */
const ACRONYM_SKIPS: ReadonlySet<string> = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', '&']);

/**
 * Whether the words right before an acronym's mention, all lower case and closed by an opening bracket, ", or" or
 * "or" (with a quote mark or comma between), spell its letters: "a non-disclosure agreement (NDA)", "temporary duty
 * assignment, or TDY" (the last words' initials, hyphenated parts counted apart; "and", "of" may be skipped). A plain
 * scan over at most 120 characters: no pattern over the text.
 */
function spelledInLowerCase(body: string, start: number, acronym: string): boolean {
  const before = body.slice(Math.max(0, start - 120), start);
  const opener = /(?:\(|,?["”’]?,? or |,? or )$/.exec(before.slice(-8));
  if (!opener) return false;
  let end = before.length - opener[0].length;
  while (end > 0 && ' \t"“”’,'.includes(before[end - 1])) end--;
  const words = before.slice(0, end).split(/[\s-]+/).slice(-10);
  const tail: string[] = [];
  for (let k = words.length - 1; k >= 0 && /^[\p{Ll}&]+$/u.test(words[k]); k--) tail.unshift(words[k]);
  const letters = acronym.replace(/&/g, '').toLowerCase();
  const content = tail.filter((w) => !ACRONYM_SKIPS.has(w));
  const initials = (ws: string[]) => ws.slice(-letters.length).map((w) => w[0]).join('');
  return content.length >= letters.length && (initials(content) === letters || initials(tail) === letters);
}

/**
 * "WOW", "FILE", "DEATHS": one word of four letters or more in capitals that is a common English word (its plural's
 * singular too), no body the lexicon knows in any case ("HOUSE", "TIME", "POLITICO"), no body whose acronym spells a
 * word, and not written elsewhere in the article as a name with a capital only ("Wired").
 */
function shoutedWord(body: string, e: BodyCandidate): boolean {
  if (SHOUTED_INTERJECTIONS.has(e.name)) return true;
  if (!/^\p{Lu}{4,}$/u.test(e.name) || WORD_ACRONYM_BODIES.has(e.name)) return false;
  const word = e.name.toLowerCase();
  const name = capitalised(word);
  if (ONE_WORD_BODIES.has(name) || KNOWN_BODY_FORMS.has(name) || KNOWN_BODY_FORMS.has(e.name) || body.includes(`${name} `)) return false;
  const forms = [word, ...(/s$/.test(word) ? [word.slice(0, -1)] : []), ...(/es$/.test(word) ? [word.slice(0, -2)] : [])];
  return forms.some((w) => isCommonWord(w));
}
/** Interjections of three letters or fewer written in capitals: words of three letters are too often a body's acronym to ask WordNet. */
const SHOUTED_INTERJECTIONS: ReadonlySet<string> = new Set(['WOW', 'OMG', 'LOL', 'WTF', 'BOO', 'HA', 'OOPS', 'YAY', 'UGH']);
/** Every form of a body the lexicon knows, as written. */
const KNOWN_BODY_FORMS: ReadonlySet<string> = new Set(KNOWN_ORGANIZATIONS.flat());
/** Every form of a body the lexicon knows → its first (canonical) form. */
const KNOWN_BODY_CANONICAL: ReadonlyMap<string, string> = new Map(KNOWN_ORGANIZATIONS.flatMap((forms) => forms.map((f) => [f, forms[0]] as const)));

export const UNLIKELY_BODY_RULES: readonly UnlikelyBodyRule[] = [
  {
    id: 'address-or-credit',
    test: (_body, e) => isAddressOrCredit(e.name),
    examples: ['Read the documents: http://apne.ws/NuF4iSJ', '[Umit Bektas/Reuters]', 'SEOUL/WASHINGTON (Reuters) - North Korea', '— Lindsey Graham (@LindseyGrahamSC) October 7, 2019'],
    why: 'a link, a handle or an email, a photo credit or a two-city dateline is page furniture or an account, no body (a joint poll, "ABC News/Washington Post", stays)',
  },
  {
    id: 'hashtag',
    test: (_body, e) => e.name.startsWith('#'),
    examples: ['It is called #NatSecGirlSquad, and it supports women.', 'in the wake of the #MeToo movement', 'Ready to leave for Texas! #MAGA'],
    why: 'a hashtag is a label a post files itself under (a slogan, a movement, an event), no body\'s name as a reader meets it; a body tagged so ("#ISIS") is named in the text too',
  },
  {
    id: 'ampersand-start',
    test: (_body, e) => /^&\s/.test(e.name),
    examples: ['We will work w/our @NATO allies & Coalition partners'],
    why: 'a name opening with "&" is the second half of a pair written with an ampersand ("allies & Coalition partners"), cut from its noun: no body of its own',
  },
  {
    id: 'title-word',
    test: (_body, e) => plainWord(e) && singulars(e.name).some((w) => TITLE_WORDS.has(w)),
    examples: ['After consultation with my Generals and military experts', 'the Queen will open Parliament', 'Sens. John McCain and Lindsey Graham'],
    why: 'a title, a form of address or their plural names people who hold it, never a body (a title capitalised at a sentence start or in a tweet is still one)',
  },
  {
    id: 'title-abbreviation-last',
    test: (_body, e) => e.name.includes(' ') && !KNOWN_BODY_FORMS.has(e.name) && TITLE_ABBREVIATIONS.has(e.name.slice(e.name.lastIndexOf(' ') + 1).replace(/\.$/, '').toLowerCase()),
    examples: ['The email was not private, as GOP Sens. Lamar Alexander of Tennessee and Roy Blunt', 'A spokesperson for Spencer, Navy Cmdr. Sarah Higgins, said so', 'I have instructed our U.S. Reps not to endorse it'],
    why: 'a name ending in an abbreviated title ("Sens.", "Reps.", "Cmdr.", "Pvt.") is a title qualified by a party, a service or a state, said of the people named after it ("GOP Sens. Lamar Alexander …", "Navy Cmdr. Sarah Higgins"): no body, however its first words name one',
  },
  {
    id: 'people-plural',
    test: (_body, e, surnames) => plainWord(e) && /s\.?$/.test(e.name) && singulars(e.name).slice(1).some((w) => COUNTRY_BY_DEMONYM.has(capitalised(w)) || COUNTRY_BY_NAME.has(capitalised(w)) || COUNTRY_LAST_WORDS.has(capitalised(w)) || surnames.has(capitalised(w)) || PEOPLE_SINGULARS.has(w)),
    examples: ['Europeans worry about the deal', 'the Bidens’ business dealings', 'peace between the Koreas'],
    why: 'the plural of a nationality, of a country or of a family name names people or states, not a body',
  },
  {
    id: 'people-or-faith',
    test: (body, e) => plainWord(e) && singulars(e.name).some((w) => PEOPLES_AND_FAITHS.has(w)) && !e.mentions.some((m) => body.slice(Math.max(0, m.start - 4), m.start) === 'The '),
    examples: ['the local religious minority known as the Yazidi', 'He lived with his Muslim family.', 'Iranian-backed Shia governments', 'even among Sunnis, who are sympathetic'],
    why: 'a people, an ethnic or religious group or its faith, in the singular or the plural, names people or a belief, not a body (after a capitalised "The" it may be a title, the paper "The Hindu": it stays)',
  },
  {
    id: 'widget-word',
    // one word, or a label of several ("Play Video"), every word a widget's
    test: (_body, e) => (plainWord(e) || e.name.includes(' ')) && e.name.split(/\s+/).every((w) => BODY_WIDGET_WORDS.has(w.toLowerCase())),
    examples: ['Play Video 2:01 As Theresa May resigns', 'Credit... Mark Lennihan/Associated Press', 'Play Video 1:10 Donald Trump calls for reform'],
    why: 'the labels of page widgets and credit lines name no body, whatever a tagger made of them',
  },
  {
    id: 'common-word',
    test: (body, e) => plainWord(e) && !pluralAfterThe(body, e) && writtenLowerCase(body, e.name, e.mentions.length),
    examples: ['Mr. Pompeo said simply, “Sure.”', 'No questions on Collusion. … charges of collusion', 'impose a 5% Tariff … the tariffs'],
    why: 'a word the article itself also writes in lower case (as often as it capitalises it) is that common word capitalised (a sentence start, a quote, a tweet, a headline), not the name of a body; bodies named by a common word are listed',
  },
  {
    id: 'party-member',
    test: (_body, e) => partyMember(e.name),
    examples: ['Rep. Eliot L. Engel, New York Democrat, said', 'Sen. Lindsey Graham, a South Carolina Republican', 'one House Republican said'],
    why: 'a state’s or a chamber’s name before the singular "Democrat" or "Republican" describes one member of the party (an apposition after a lawmaker’s name), not a body; the party in the plural or with "Party" stays',
  },
  {
    id: 'contraction',
    test: (body, e) => e.mentions.some((m) => CONTRACTION.test(body.slice(m.start, m.end))),
    examples: ['and I\'m confident we\'ll be able to implement it', 'He’ll have more to say tomorrow.', 'Moody’s doesn’t expect a default'],
    why: 'a pronoun or a verb contracted into the name ("I’m", "He’ll", "doesn’t") is no part of any body’s name: the tagger took a clause opening for a name (a bracket is not enough: "DOD (Department of Defense" is still the body)',
  },
  {
    id: 'plural-acronym',
    test: (_body, e) => endsInPluralAcronym(e.name),
    examples: ['aid groups and NGOs said', 'Labour MPs voted against', 'drones and UAVs'],
    why: 'an acronym in the plural ("NGOs", "MPs", "UAVs") names a class of bodies, people or things, no one body',
  },
  {
    id: 'exit-blend',
    test: (_body, e) => hasExitBlend(e.name),
    examples: ['the EU Brexit negotiator', 'a No-Deal Brexit', 'Conservative Brexiteer Jacob Rees-Mogg'],
    why: 'a blend of a country and "exit" ("Brexit") names a departure or a policy, and "Brexiteer" a partisan of it: no body',
  },
  {
    id: 'name-coinage',
    test: (body, e) => !KNOWN_BODY_FORMS.has(e.name) && isNameCoinage(body, e.name),
    examples: ['ObamaCare has never been popular with voters, and Obama knows it.', 'the repeal of Obamacare', 'the Russiagate hoax, Trump said'],
    why: 'a word coined from a person\'s or a country\'s name and "-care", "-gate" or "-nomics" ("ObamaCare", "Russiagate", "Abenomics") names a law, a scandal or a programme, no body — however a brand\'s inner capital makes it look like one',
  },
  {
    id: 'opening-preposition',
    test: (_body, e) => plainWord(e) && OPENING_PREPOSITIONS.has(e.name),
    examples: ['JOHANNESBURG — Toward the end of President Barack Obama’s trip', 'Amid protests, the vote went ahead.'],
    why: 'a preposition that opens a sentence ("Toward", "Amid", "Given") read alone as a name is that preposition, no body',
  },
  {
    id: 'party-state-tag',
    test: (_body, e) => partyStateTag(e.name),
    examples: ['Senate Majority Leader Harry Reid (D-Nev.) refused', 'Sen. John McCain (R-Ariz.) said', 'Rep. Nancy Pelosi (D-CA) said'],
    why: 'a party letter, a hyphen and a US state ("D-Nev.", "R-S.D.", "R-Texas", "D-CA") is the affiliation tag after a lawmaker’s name: it describes that person, it names no body',
  },
  {
    id: 'common-noun-acronym',
    test: (_body, e) => COMMON_NOUN_ACRONYMS.has(e.name) || ROMAN_NUMERAL.test(e.name),
    examples: ['His family’s DNA was political.', 'The PM has warned Tories', 'an 11 a.m. ET address', 'sign a new NDA', 'Title III of the Helms-Burton Act'],
    why: 'an acronym of a common noun (a substance, a device, a document, a time zone, a position: lexicon/non-bodies.ts COMMON_NOUN_ACRONYMS) or a Roman numeral ("Title III") names a thing, a time or a person, no body',
  },
  {
    id: 'thing-acronym-in-use',
    test: (body, e) => THING_OR_BODY_ACRONYMS.has(e.name) && e.mentions.length > 0 && e.mentions.every((m) => THING_USE_AFTER.test(body.slice(m.end, m.end + 14)) || /\bon $/.test(body.slice(Math.max(0, m.start - 4), m.start))),
    examples: ['Turkish TV has broadcast CCTV footage of the moment Mr Khashoggi walked in.', 'CCTV footage shows the men leaving.', 'He was caught on CCTV walking out.'],
    why: 'an acronym a thing and a body share ("CCTV": closed-circuit television, China Central Television; lexicon/non-bodies.ts) is the thing where every mention has a noun of its records or a verb of showing after it, or "on" before it ("CCTV footage", "caught on CCTV"); the broadcaster speaks and reports ("state-run CCTV reported")',
  },
  {
    id: 'shouted-word',
    test: (body, e) => shoutedWord(body, e),
    examples: ['WOW. The president tweeted again.', 'FILE - In this photo, troops march.', 'DEATHS, INJURIES: The three people who were killed'],
    why: 'a common English word written in capitals (WordNet: a noun it writes in lower case, an adjective, an adverb or a verb; "WOW", "FILE", "DEATHS") is that word shouted — a headline, a label, a tweet — no body; bodies whose acronym spells a word are listed (lexicon/organizations.ts WORD_ACRONYM_BODIES: "SITE", "RAND", "CARE")',
  },
  {
    id: 'campaign-of-no-candidate',
    test: (body, e, surnames) => campaignOfNoCandidate(body, e, surnames),
    examples: ['the counter-ISIS campaign in Iraq and Syria', 'the NATO campaign to oust Libyan dictator Moammar Gadhafi', 'a Drone campaign against al Qaeda', 'during a failed state Senate campaign'],
    why: 'a campaign is a body (the people who run it) when it is a candidate\'s or a side\'s ("the Trump campaign", "the Leave campaign"); a campaign against or for a group ("the anti-ISIS campaign"), a state\'s, an alliance\'s or a place\'s war ("the NATO campaign", "the Normandy campaign"), a race for an office ("Senate campaign") or one a common word qualifies ("Drone campaign") is an act, no body',
  },
  {
    id: 'stance-prefix',
    test: (_body, e) => stancePrefix(e.name),
    examples: ['Pro-Brexit hardliners in her Conservative Party', 'a pro-EU stance', 'Anti-Trump protesters marched', 'non-NATO allies', 'pro-European Union parties'],
    why: 'a body or a country after "pro-", "anti-", "non-" or "post-" with no head noun of its own after it is an adjective — a stance for or against it, or a class outside it — no body ("Anti-Defamation League", "Non-Aligned Movement" have their own head and stay)',
  },
  {
    id: 'name-pair',
    test: (_body, e, surnames) => namePair(e.name, surnames),
    examples: ['the future UK-EU relationship', 'Moon-Kim to meet at the Military Demarcation Line (Moon Jae-in and Kim Jong Un named)', 'the PLO-Hamas rivalry'],
    why: 'two names of states, bodies or the article\'s people joined by a hyphen ("UK-EU", "Moon-Kim") qualify a relation, a meeting or a rivalry between the two; the pair is no body',
  },
  {
    id: 'colon-glued',
    test: (_body, e) => /\p{L}:\p{Lu}/u.test(e.name),
    examples: ['Opinion:Trump’s disrespect for McCain', 'Queen Elizabeth\'s glittery state banquet:Toasts and national anthems', 'Read:USA Today'],
    why: 'a word, a colon and a capitalised word with no space between are a page\'s label run into a headline (a link list, a caption), no body\'s name',
  },
  {
    id: 'quote-mark-inside',
    test: (_body, e) => /["“”]/u.test(e.name),
    examples: ['three programs known as “Mujahideen Secrets” and more', 'he called America the “Great Satan” again', 'NBC’S “Meet the Press'],
    why: 'a quotation mark inside a name closes or opens a quoted title, a slogan or a clause run into the name: no body\'s name holds one',
  },
  {
    id: 'person-inside',
    test: (_body, e, _surnames, fullNames) => personInside(e.name, fullNames),
    examples: ['___ Associated Press Writer Murtada Faraj contributed (Murtada Faraj named)', 'His daughter Ivanka Trump, National Security Adviser John Bolton and Treasury Secretary Steven Mnuchin attended (John Bolton named)'],
    why: 'a name that runs past a title or a body into the full name of one of the article\'s people, ending there or going on with "and", is a byline or a list run together, no body (a body named after a person opens with the name: "Kofi Annan Foundation")',
  },
  {
    id: 'title-name-inside',
    test: (_body, e) => titleNameInside(e.name),
    examples: ['His daughter Ivanka Trump, National Security Adviser John Bolton and Treasury Secretary Steven Mnuchin attended', '___ Associated Press Writer Murtada Faraj in Baghdad contributed'],
    why: 'a role\'s noun followed by a given name and a surname inside a name ("… Adviser John Bolton …", "… Writer Murtada Faraj") is a titled person the tagger ran into a body or a list: the span names no body',
  },
  {
    id: 'spelled-lower',
    test: (body, e) => /^[\p{Lu}&]{2,6}$/u.test(e.name) && e.mentions.some((m) => spelledInLowerCase(body, m.start, e.name)),
    examples: ['agents on “temporary duty assignment,” or TDY', 'a non-disclosure agreement (NDA)', 'spending on research and development (R&D)'],
    why: 'an acronym the article introduces as the short form of words it writes in lower case ("a non-disclosure agreement (NDA)") is that common noun\'s, no body\'s: a body\'s own name is capitalised where it is spelt out',
  },
  {
    id: 'gerund-clause',
    test: (body, e, surnames) => gerundClause(body, e, surnames),
    examples: ['“Holding China accountable for its egregious actions doesn’t negate it,” she said', 'Suspending Parliament is not acceptable.', 'Building a wall would do very little.'],
    why: 'a verb\'s -ing form opening a clause, alone or with a country, a body or a person as its object ("Holding China accountable …"), is a gerund phrase, the clause\'s subject, no body\'s name ("Rolling Stone", "Combating Terrorism Center" have their own heads and stay)',
  },
  {
    id: 'instrument-acronym',
    test: (body, e) => instrumentAcronym(body, e.name),
    examples: ['the Nuclear Nonproliferation Treaty, or NPT, … NPT members', 'violations of the INF treaty', 'extend Trade Adjustment Assistance, or TAA, for workers', 'his 2014 Quadrennial Defense Review (QDR) and', 'the 2010 Quadrennial Diplomacy and Development Review (QDDR)'],
    why: 'an acronym the article glosses as a treaty\'s, an act\'s, an agreement\'s or an aid programme\'s name ("… Treaty, or NPT", "… Agreement (TPP)"), or as a dated review\'s or strategy\'s ("the 2014 Quadrennial Defense Review (QDR)": an edition of a document), or sets before a treaty\'s lower-case noun ("the INF treaty") names a text, no body (a body before it, "the NATO treaty", is known and stays)',
  },
  {
    id: 'plural-acronym-gloss',
    test: (body, e) => e.name.includes(' ') && e.mentions.some((m) => PLURAL_ACRONYM_GLOSS.test(body.slice(m.end, m.end + 14))),
    examples: ['some believe could show Unidentified Flying Objects (UFOs) in an effort'],
    why: 'a capitalised phrase whose acronym the writer gives in the plural ("Unidentified Flying Objects (UFOs)", "Non-Governmental Organizations (NGOs)") names a class of things or bodies, no one body',
  },
  {
    id: 'white-house-bid',
    test: (body, e) => /\bWhite House$/.test(e.name) && e.mentions.length > 0 && e.mentions.every((m) => OFFICE_SOUGHT_AFTER.test(body.slice(m.end, m.end + 14))),
    examples: ['a former GOP White House contender', 'his 2016 White House bid'],
    why: '"White House" before a noun of candidacy ("contender", "hopeful", "bid", "run", "race") names the presidency sought, not the body that speaks for a president; a party\'s word before it ("GOP White House") is part of that phrase',
  },
  {
    id: 'former-role',
    test: (body, e) => plainWord(e) && e.mentions.length > 0 && e.mentions.every((m) => /(?:\b[Ff]ormer|\b[Ee]x-) ?$/.test(body.slice(Math.max(0, m.start - 8), m.start))) && isPersonNoun(e.name.toLowerCase()),
    examples: ['the former Playmate said she had an affair'],
    why: 'a noun of a person after "former" or "ex-" ("the former Playmate") is a role someone held, no body',
  },
  {
    id: 'adverb-word',
    test: (_body, e) => plainWord(e) && isAdverbOnly(e.name.toLowerCase()),
    examples: ['he said: “Absolutely.”', 'Heavily armed gunmen fired', 'Originally a fortress, the site'],
    why: 'a word WordNet knows only as an adverb ("Absolutely", "Heavily") capitalised at a clause\'s start is that adverb, no body\'s name',
  },
  {
    id: 'headline-clause',
    test: (_body, e) => headlineClause(e.name),
    examples: ['Pentagon declassifies Navy videos that purportedly show UFOs', 'Ultimately, TPA keeps Congress in control'],
    why: 'a lower-case verb in the third person between two capitalised words ("Pentagon declassifies Navy") is a clause — a headline or a sentence the tagger ran together — no body\'s name',
  },
  {
    id: 'shouted-heading',
    test: (body, e) => onlyInShoutedHeadings(body, e.mentions),
    examples: ['He said so.\n\nMILBANK ROASTS OBAMA - WaPo’s Dana Milbank offers his thoughts.', 'He said so.\n\nAL JAZEERA AMERICA DEBUTS - Al Jazeera, a network, starts today.', 'The firm grew.\n\nBLAME GAME\n\nA poll found that most blame Trump.'],
    why: 'a name written only in a heading shouted in capitals — a cross-head, a newsletter\'s kicker, another story\'s headline linked in the text — is a phrase of the heading ("BLAME GAME") or a name run into its words ("AL JAZEERA AMERICA DEBUTS", a columnist "MILBANK" typed as a body); the bodies the story is about are named in its text',
  },
  {
    id: 'credit-or-product-label',
    test: (_body, e) => labelAfterBody(e.name),
    examples: ['(AP Photo) With the vote coming up', 'Listen for free on Apple Podcasts, Google Podcasts, Spotify'],
    why: 'a known body\'s name before a credit\'s label ("AP Photo") or a product\'s noun ("Apple Podcasts", "Google Maps") is page furniture or the body\'s product, no body of its own (the body is named in it)',
  },
  {
    id: 'thing-modifier',
    test: (body, e) => !KNOWN_BODY_FORMS.has(e.name) && !OUTLET_FORMS.has(e.name) && e.mentions.length > 0 && e.mentions.every((m) => THING_NOUN_AFTER.test(body.slice(m.end, m.end + 24))),
    examples: ['breaching the 1987 Intermediate-Range Nuclear Forces (INF) treaty', 'before the Access Hollywood tape leaked', 'to claim his Social Security benefits', 'urging him to change his Gmail password'],
    why: 'a name written before the lower-case noun of a text, a recording, a benefit, a security or a product in every mention ("the New START treaty", "the Access Hollywood tape", "Social Security benefits", "Gmail password") names that thing — a treaty, a programme, a product — no body; a body the lexicons know keeps its name before its product ("the NATO treaty", "Twitter account")',
  },
  {
    id: 'thing-named',
    test: (body, e) => !KNOWN_BODY_FORMS.has(e.name) && !OUTLET_FORMS.has(e.name) && e.mentions.some((m) => THING_NAMED_BEFORE.test(body.slice(Math.max(0, m.start - 40), m.start))),
    examples: ['a similar piece of malware called NotPetya', 'an encrypted messaging app called Signal'],
    why: 'a name a noun of software, a programme or a work introduces with "called", "named", "known as" or "dubbed" ("malware called NotPetya") is that thing\'s name, no body\'s ("a group called …" is a body\'s, and not read here)',
  },
  {
    id: 'work-title',
    test: (body, e) => !KNOWN_BODY_FORMS.has(e.name) && !OUTLET_FORMS.has(e.name) && !BODY_HEAD_LAST.test(e.name) && e.mentions.length > 0 && e.mentions.every((m) => insideWorkTitle(body, m.start)),
    examples: ['on page 107 of his book, The Restless Wave: Good Times, Just Causes, Great Fights', 'McCain\'s 2007 book Hard Call: Great Decisions and the Extraordinary People', 'the author of “Smart Power: Between Diplomacy and War.”'],
    why: 'a name inside the title of a book, a memoir, a film or a song — the capitalised words (and a title\'s small words, colons and commas) right after the work\'s noun, "titled" or "author of", or inside the quotation marks opened there — is a word of the title, no body (a body the lexicons know or an outlet stays: "the book, the Post reported")',
  },
  {
    id: 'caption-tag',
    test: (body, e) => captionTag(body, e),
    examples: ['agreed to a 12-hour cease-fire in Gaza starting on Saturday morning. VPC\n\nSmoke rises from a vehicle'],
    why: 'an acronym no lexicon knows, standing alone after a sentence\'s stop and before a line break in every mention ("… morning. VPC"), is a video\'s or a picture\'s credit tag closing a caption, page furniture, no body',
  },
  {
    id: 'quoted-title-case-words',
    test: (body, e) => quotedTitleCaseWords(body, e),
    examples: ['“Now we have a Trade Deficit of $500 Billion a year, with Intellectual Property Theft of another $300 Billion,” Trump tweeted.', 'He wrote: “Great News for our Farmers!”'],
    why: 'common words capitalised inside quoted words, never after "the" — the title case of a tweet, a slogan or a banner ("a Trade Deficit", "Great News") — are those words, no body; a body named by common words carries its head noun ("Council", "Court"), is known, or is named with "the"',
  },
  {
    id: 'modified-world-region',
    test: (_body, e) => modifiedWorldRegion(e),
    examples: ['said Aaron David Miller, a former US Middle East peace negotiator', 'says Bruce Riedel, a former CIA South Asia analyst', 'International Mideast envoy Tony Blair said so', 'we can wish the Muslim Middle East well'],
    why: 'a world region after modifiers only — a country, a people or a faith, an adjective of scope, a body\'s acronym — is a part of the world or the domain of a post ("US Middle East peace negotiator"), no body; a body naming a region has a noun of its own before or after it',
  },
  {
    id: 'opening-imperative',
    test: (body, e) => openingImperative(body, e),
    examples: ['Dress casually and warmly.', 'Call your senator today.', 'Stay home. Wash your hands often.'],
    why: 'a verb opening a clause with an adverb in -ly, a determiner or an object pronoun after it is an imperative — an instruction or a slogan — no body: a body opening a clause is its subject, a verb follows it',
  },
];

/** After a name, a bracketed acronym or not, the noun of a thing it names: "… Nuclear Forces (INF) treaty", "Gmail password". */
const THING_NOUN_AFTER = /^\)?(?: \(\p{Lu}[\p{Lu}\d-]{1,7}\))? (?:treaty|treaties|tapes?|benefits|passwords?|episodes?|bonds|securities)\b/u;
/** After a name, a bracketed acronym or not, a treaty's lower-case noun. */
const TREATY_NOUN_AFTER = /^\)?(?: \(\p{Lu}[\p{Lu}\d-]{1,7}\))? (?:treaty|treaties)\b/u;
/** Before a name, a noun of software, a programme or a work and a naming verb: "malware called ", "an app named “". */
const THING_NAMED_BEFORE = /\b(?:malware|virus|worm|ransomware|spyware|software|app|application|program|programme|tool|book|film|documentary|podcast|video game) (?:called|named|known as|dubbed|nicknamed) ["“]?$/;

/** A body's head noun ending a name of several words: a body a title names ("The Global Offensive: The United States, the
 * Palestine Liberation Organization, and …", "Dereliction of Duty: … the Joint Chiefs of Staff and …") is still that body. */
const BODY_HEAD_LAST = /\s(?:Organization|Organisation|Council|Committee|Staff|Party|Ministry|Department|Agency|Union|Alliance|Army|Association|Commission)$/;

/** How far back a title is read from a name: a long subtitle's words, not a paragraph. */
const WORK_TITLE_REACH = 160;

/**
 * Whether the name at `start` is a word of a work's title: reading back word by word over capitalised words, a title's
 * small words, numbers, colons and commas, the run reaches a work's noun ("book", "memoir", "titled") or "author of"; or
 * an opening quotation mark with that noun right before it; the title opens with a capitalised word. A closing quotation mark, a sentence's stop or any other
 * lower-case word ends the run: no title. A plain scan of words, no pattern.
 */
function insideWorkTitle(body: string, start: number): boolean {
  // a dash is a word of its own: "… Revolution—told Motherboard" ends the title at "told"
  const words = body.slice(Math.max(0, start - WORK_TITLE_REACH), start).replace(/[—–]/g, ' — ').split(/\s+/).filter(Boolean);
  if (start - WORK_TITLE_REACH > 0) words.shift(); // the first word may be cut
  const isCue = (k: number) => {
    const w = (words[k] ?? '').replace(/,$/, '');
    return WORK_TITLE_CUES.has(w) || (w === 'of' && /^authors?$/.test(words[k - 1] ?? ''));
  };
  for (let k = words.length - 1; k >= 0; k--) {
    const raw = words[k];
    if (/[”"]/.test(raw.slice(1)) || /[.!?;)\]]$/.test(raw)) return false;
    if (/^[“"]/.test(raw)) return isCue(k - 1);
    // a title opens with a capitalised word: "a book for the Heritage Foundation" is no title
    if (isCue(k)) return k + 1 === words.length || /^[\p{Lu}\d]/u.test(words[k + 1]);
    const w = raw.replace(/[,:]$/, '');
    if (!/^[\p{Lu}\d]/u.test(w) && !TITLE_SMALL_WORDS.has(w)) return false;
  }
  return false;
}

/** Small words a title-case phrase keeps in lower case or writes as a sign ("Theft of …", "Fake & Corrupt …"). */
const TITLE_CASE_JOINERS: ReadonlySet<string> = new Set(['of', 'and', '&', 'for', 'the', 'on', 'in', 'to']);
/** Head nouns a body's name ends in however common its words ("National Security Council", "Supreme Court"). */
const STRONG_BODY_HEAD = /\s(?:Party|Council|Committee|Ministry|Department|Agency|Association|Organi[sz]ation|Union|Commission|Court|Institute|Foundation|University|Bureau|Board|Office|Assembly|Parliament|Senate|Congress|Army|Navy|Police|Guard|Service|Administration|Authority|Federation|Society|Corporation|Company|Bank|Fund)$/;

/**
 * "Now we have a Trade Deficit of $500 Billion a year, with Intellectual Property Theft …”, "“Great News for …”": a
 * phrase of common words capitalised in quoted words — a tweet's or a slogan's title case — named nowhere else and never
 * after "the", is those words, no body. Every word a capitalised common word (WordNet) or a joiner; no known body, no
 * outlet, no body's head noun last; every mention inside a quotation but not the whole of it, and not after "the".
 */
function quotedTitleCaseWords(body: string, e: BodyCandidate): boolean {
  const words = e.name.split(' ');
  if (words.length < 2 || !e.mentions.length || KNOWN_BODY_FORMS.has(e.name) || OUTLET_FORMS.has(e.name) || STRONG_BODY_HEAD.test(e.name)) return false;
  if (!/^\p{Lu}/u.test(words[0]) || !words.every((w) => TITLE_CASE_JOINERS.has(w) || isCommonWordForm(w))) return false;
  return e.mentions.every((m) => {
    const paragraphStart = body.lastIndexOf('\n', m.start - 1) + 1;
    const before = body.slice(paragraphStart, m.start);
    if (!insideQuotation(before, before.length) || /(?:^|[^\p{L}])[Tt]he[ \t]$/u.test(before.slice(-5))) return false;
    // the whole quotation is the name: a quoted name ("“Public Citizen”"), not words of a tweet
    return !/[“"‘][ \t]?$/.test(before.slice(-2)) || !/^[,.!?]?[”"’]/.test(body.slice(m.end, m.end + 2));
  });
}

/** Compass words that open a world region's name ("South Asia", "East Africa"). */
const REGION_COMPASS: ReadonlySet<string> = new Set(['North', 'South', 'East', 'West', 'Central', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Northern', 'Southern', 'Eastern', 'Western']);
/** Adjectives of origin, faith or scope by their endings ("International", "Muslim" is a faith's): "Radio", "Free" are none. */
const SCOPE_ADJECTIVE_ENDING = /(?:al|an|ic|ish|ese|ern)$/;

/**
 * "a former US Middle East peace negotiator", "a former CIA South Asia analyst", "International Mideast envoy Tony
 * Blair", "the Muslim Middle East": a world region after modifiers only — a country or its people, a faith, an adjective
 * of scope, a known body's acronym — is a region qualified (a post's domain, a part of the world), no body. A body that
 * names a region holds its own noun ("Radio Free Europe", "Carnegie Middle East Center", "Al Qaeda in the Arabian Peninsula").
 */
function modifiedWorldRegion(e: BodyCandidate): boolean {
  const words = e.name.split(' ');
  if (words.length < 2 || KNOWN_BODY_FORMS.has(e.name) || OUTLET_FORMS.has(e.name)) return false;
  const modifier = (w: string) =>
    COUNTRY_BY_DEMONYM.has(w) || COUNTRY_BY_NAME.has(w) || /^U\.?S\.?$/.test(w) || PEOPLES_AND_FAITHS.has(w.toLowerCase()) ||
    (/^\p{Lu}{2,6}$/u.test(w) && KNOWN_BODY_FORMS.has(w)) || (/^\p{Lu}\p{Ll}+$/u.test(w) && SCOPE_ADJECTIVE_ENDING.test(w) && isAdjective(w.toLowerCase()));
  for (let k = 1; k < words.length; k++) {
    if (!modifier(words[k - 1])) return false;
    const tail = words.slice(k).join(' ');
    if (WORLD_REGIONS.has(tail) || (REGION_COMPASS.has(words[k]) && WORLD_REGIONS.has(words.slice(k + 1).join(' ')))) return true;
  }
  return false;
}

/** What follows an imperative's verb and never a body's name as a subject: an adverb in -ly closing its clause ("Dress
 *  casually and …"; "Fox quickly said" is a subject's), a determiner, an object pronoun, a particle. Linear: fixed words. */
const IMPERATIVE_OBJECT_AFTER = /^ (?:\p{Ll}{2,}ly(?=[.,;!]| and | or | at | in | on | for | with )|the|a|an|your|our|my|this|these|those|me|us|him|them|it|yourself|yourselves|up|out|down|off|away|back)(?![\p{L}'’-])/u;

/**
 * "Dress casually and warmly.", "Call your senator": a verb's base form opening a clause, with an adverb in -ly closing
 * its clause, a determiner or an object pronoun after it at every mention, is an imperative — an instruction, a slogan —
 * no body. A body opening a sentence is its subject, a verb after it ("Shell said"); a known body stays.
 */
function openingImperative(body: string, e: BodyCandidate): boolean {
  if (!plainWord(e) || !isVerb(e.name.toLowerCase()) || !e.mentions.length) return false;
  return e.mentions.every((m) => opensClause(body, m.start) && IMPERATIVE_OBJECT_AFTER.test(body.slice(m.end, m.end + 24)));
}

/** An unknown acronym (2–5 capitals) that closes a paragraph after a sentence's stop at every mention: a caption's tag. */
function captionTag(body: string, e: BodyCandidate): boolean {
  if (!/^\p{Lu}{2,5}$/u.test(e.name) || KNOWN_BODY_FORMS.has(e.name) || OUTLET_FORMS.has(e.name) || !e.mentions.length) return false;
  return e.mentions.every((m) => /[.!?]["”’]? $/u.test(body.slice(Math.max(0, m.start - 3), m.start)) && /^[ \t]*(?:\n|$)/.test(body.slice(m.end, m.end + 4)));
}

/** What a clause opens after: a line's start, a sentence's stop, a colon, a semicolon, a dash, an opening quote or bracket. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['\n', '.', '!', '?', ':', ';', '(', '[', '“', '"', '‘', '—', '–']);
/** Whether a name opens a clause: the text's start or a clause opener before it, past spaces. A plain scan, no pattern. */
function opensClause(body: string, start: number): boolean {
  let k = start;
  while (k > 0 && (body[k - 1] === ' ' || body[k - 1] === '\t')) k--;
  return k === 0 || CLAUSE_OPENERS.has(body[k - 1]);
}

/** A capitalised -ing form of a verb WordNet lists ("Holding" → hold, "Waving" → wave, "Cutting" → cut). */
function gerundOfVerb(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+ing$/u.test(word)) return false;
  const w = word.toLowerCase().slice(0, -3);
  const bases = [w, `${w}e`];
  if (w.length > 2 && w[w.length - 1] === w[w.length - 2]) bases.push(w.slice(0, -1));
  return w.length >= 2 && bases.some(isVerb);
}

/** Names an outlet goes by: "Rolling Stone", "Evening Standard" stay whatever their first word. */
const OUTLET_FORMS: ReadonlySet<string> = new Set(Object.values(OUTLETS_BY_KIND).flat());

/**
 * "Holding China", "Suspending Parliament", "Building": a verb's -ing form opening a clause at every mention, alone or
 * before a name that can be its object — a country or a people, a known body, a body's one word, a US state, words of
 * the article's people's names or a name the article also writes apart ("Waving Kataib Hezbollah … Kataib Hezbollah").
 */
function gerundClause(body: string, e: BodyCandidate, names: ReadonlySet<string>): boolean {
  const words = e.name.split(/\s+/);
  if (!gerundOfVerb(words[0]) || KNOWN_BODY_FORMS.has(e.name) || OUTLET_FORMS.has(e.name) || !e.mentions.length || !e.mentions.every((m) => opensClause(body, m.start))) return false;
  if (words.length === 1) return !ONE_WORD_BODIES.has(e.name);
  const rest = words.slice(1).join(' ');
  return COUNTRY_BY_NAME.has(rest) || COUNTRY_BY_DEMONYM.has(rest) || KNOWN_BODY_FORMS.has(rest) || US_STATE_NAMES.has(rest) ||
    (words.length === 2 && ORG_SUFFIXES.has(rest)) || words.slice(1).every((w) => names.has(w)) || namedApart(body, rest, e.mentions.length);
}

/** The article writes `rest` (a name of two words or more) more often than inside the name's mentions: a name of its own. */
function namedApart(body: string, rest: string, inside: number): boolean {
  if (!rest.includes(' ')) return false;
  let n = 0;
  for (let at = body.indexOf(rest); at >= 0 && n <= inside; at = body.indexOf(rest, at + 1)) n++;
  return n > inside;
}

/** A treaty's, an act's or an agreement's head noun, then the acronym's bracket or ", or": "Treaty (NPT)", "Treaty, or NPT". */
const INSTRUMENT_GLOSS_BEFORE = /\b(?:Treaty|Agreement|Accords?|Act|Pact|Protocol|Plan of Action|Assistance)(?: \(|, or )$/;
/** A dated edition of a review or a strategy, then the acronym's bracket or ", or": "the 2014 Quadrennial Defense Review (QDR". */
const DATED_DOCUMENT_BEFORE = /\b(?:19|20)\d\d (?:(?:\p{Lu}[\p{L}-]*|and|of|the) ){1,6}(?:Review|Strategy|Estimate|Assessment)(?: \(|, or )$/u;
/** A treaty's lower-case noun right after an acronym: "the INF treaty", "the TPP agreement". */
const INSTRUMENT_NOUN_AFTER = /^ (?:treaty|treaties|accord|accords|pact)\b/;

/** An acronym (2–6 capitals) the body glosses as a treaty's name, or writes before a treaty's noun; not a known body. */
function instrumentAcronym(body: string, name: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(name) || KNOWN_BODY_FORMS.has(name) || WORD_ACRONYM_BODIES.has(name) || COUNTRY_BY_NAME.has(name) || PAIR_STATE_FORMS.has(name)) return false;
  for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (/\p{L}/u.test(body[at - 1] ?? '') || /\p{L}/u.test(body[end] ?? '')) continue;
    if (INSTRUMENT_GLOSS_BEFORE.test(body.slice(Math.max(0, at - 20), at)) || INSTRUMENT_NOUN_AFTER.test(body.slice(end, end + 10))) return true;
    if (DATED_DOCUMENT_BEFORE.test(body.slice(Math.max(0, at - 90), at))) return true;
  }
  return false;
}

/** An acronym in the plural in brackets right after a name: " (UFOs)", " (NGOs)". */
const PLURAL_ACRONYM_GLOSS = /^ \(\p{Lu}{2,6}s\)/u;

/** Nouns of a candidacy after "White House": "contender", "hopeful", "bid", "run", "race". */
const OFFICE_SOUGHT_AFTER = /^ (?:contenders?|hopefuls?|bids?|run|race|candidates?|candidacy|aspirants?|ambitions?)\b/;

/** "Pentagon declassifies Navy": a capitalised word, a lower-case verb's third person (a verb WordNet lists), a capitalised word. */
function headlineClause(name: string): boolean {
  const words = name.split(/\s+/);
  for (let k = 1; k + 1 < words.length; k++) {
    const w = words[k];
    if (!/^\p{Ll}{3,}s$/u.test(w) || !/^\p{Lu}/u.test(words[k - 1]) || !/^\p{Lu}/u.test(words[k + 1])) continue;
    const bases = [w.slice(0, -1), ...(/(?:ch|sh|s|x|z|o)es$/.test(w) ? [w.slice(0, -2)] : []), ...(/ies$/.test(w) ? [`${w.slice(0, -3)}y`] : [])];
    if (bases.some(isVerb)) return true;
  }
  return false;
}

/** Labels of a picture's credit and nouns of a company's products after its name ("AP Photo", "Apple Podcasts"). */
const CREDIT_LABELS: ReadonlySet<string> = new Set(['Photo', 'Photos', 'Video', 'Graphic']);
const PRODUCT_NOUNS: ReadonlySet<string> = new Set(['Podcasts', 'Maps', 'Play', 'Music', 'Store', 'Pay', 'Search', 'Earth', 'Translate']);
function labelAfterBody(name: string): boolean {
  const at = name.lastIndexOf(' ');
  if (at < 0) return false;
  const [owner, label] = [name.slice(0, at), name.slice(at + 1)];
  return (CREDIT_LABELS.has(label) && (OUTLET_FORMS.has(owner) || KNOWN_BODY_FORMS.has(owner)) && !KNOWN_BODY_FORMS.has(name)) || (PRODUCT_NOUNS.has(label) && KNOWN_BODY_FORMS.has(owner));
}

/** "pro-EU", "Anti-Trump", "non-NATO", "post-Brexit": a stance's or a class's prefix before a name. */
const STANCE_PREFIX = /^(?:[Pp]ro|PRO|[Aa]nti|ANTI|[Nn]on|[Pp]ost)-(.+)$/;
/**
 * A name opening with a stance's prefix whose rest is one word, a known body or a country ("pro-European Union"): an
 * adjective. Not a name with its own head after the prefixed word ("Anti-Defamation League", "Non-Aligned Movement").
 */
function stancePrefix(name: string): boolean {
  const m = STANCE_PREFIX.exec(name);
  if (!m) return false;
  const rest = m[1];
  return !rest.includes(' ') || KNOWN_BODY_FORMS.has(rest) || COUNTRY_BY_NAME.has(rest);
}

/** A state's short forms that head no country list entry ("UK", "EU", "US"). */
const PAIR_STATE_FORMS: ReadonlySet<string> = new Set(['US', 'U.S.', 'UK', 'U.K.', 'EU', 'E.U.', 'UN', 'U.N.']);
/** Whether one half of a hyphened pair names a state, a body or one of the article's people. */
const pairPart = (w: string, surnames: ReadonlySet<string>) =>
  PAIR_STATE_FORMS.has(w) || COUNTRY_BY_NAME.has(w) || COUNTRY_BY_DEMONYM.has(w) || KNOWN_BODY_FORMS.has(w) || surnames.has(w);
/** "UK-EU", "Moon-Kim", "PLO-Hamas": one word of two names, each a state, a known body or a surname of the article. */
function namePair(name: string, surnames: ReadonlySet<string>): boolean {
  if (name.includes(' ')) return false;
  const parts = name.split('-');
  return parts.length === 2 && parts.every((p) => /^\p{Lu}/u.test(p) && pairPart(p, surnames)) && parts[0] !== parts[1];
}

/** One of the article's people named in full inside the name, after its first word, closing it or before "and"/"of". */
function personInside(name: string, fullNames: ReadonlySet<string>): boolean {
  for (const p of fullNames) {
    const at = name.indexOf(` ${p}`);
    if (at < 0) continue;
    const after = name.slice(at + 1 + p.length);
    if (after === '' || after.startsWith(' and ') || after.startsWith(' of ')) return true;
  }
  return false;
}

/** Role nouns that close a person's title right before the name ("National Security Adviser John Bolton"). */
const ROLE_HEAD_NOUNS: ReadonlySet<string> = new Set(['Adviser', 'Advisor', 'Secretary', 'Minister', 'Writer', 'Correspondent', 'Reporter', 'Editor', 'Columnist', 'Photographer', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Chairman', 'Chairwoman', 'Director', 'Ambassador', 'Envoy', 'Senator', 'Governor', 'Mayor', 'Producer']);
/** A role noun after the name's first word, then a listed given name and a capitalised word. */
function titleNameInside(name: string): boolean {
  const words = name.split(/\s+/);
  for (let k = 1; k + 2 < words.length; k++) {
    if (ROLE_HEAD_NOUNS.has(words[k]) && FIRST_NAMES.has(words[k + 1]) && /^\p{Lu}\p{L}/u.test(words[k + 2])) return true;
  }
  return false;
}

/** The sides of a referendum, whose campaigns are bodies ("the Leave campaign", "the Yes campaign"). */
const REFERENDUM_SIDES: ReadonlySet<string> = new Set(['Leave', 'Remain', 'Yes', 'No', 'Out', 'In', 'Stay']);
/** Bodies whose campaign is no one's organisation but a race for them or a war they wage: offices, alliances, states' forces. */
const isPartyName = (name: string) => HEADLESS_PARTY_NAMES.has(name) || /\bParty$/.test(KNOWN_BODY_CANONICAL.get(name) ?? name);

/**
 * "<X> campaign" that names no campaign organisation: X after "anti-", "counter-" or "pro-" (the campaign's target or
 * cause), a state, a place or a known body other than a party ("NATO", "ISIS", "Senate"), or a common word that is no
 * name of the article's people nor a referendum's side ("Drone", "Smear", "Presidential").
 */
function campaignOfNoCandidate(body: string, e: BodyCandidate, names: ReadonlySet<string>): boolean {
  if (!e.name.endsWith(' campaign')) return false;
  const x = e.name.slice(0, -' campaign'.length);
  if (e.mentions.some((m) => /(?:^|[^\p{L}])(?:[Aa]nti|[Cc]ounter|[Pp]ro)-$/u.test(body.slice(Math.max(0, m.start - 9), m.start)))) return true;
  if (REFERENDUM_SIDES.has(x) || names.has(x) || x.split(' ').some((w) => names.has(w))) return false;
  if (COUNTRY_BY_NAME.has(x) || COUNTRY_BY_DEMONYM.has(x) || US_STATE_NAMES.has(x) || CITY_NAMES.has(x) || REGION_NAMES.has(x) || /^(?:U\.S\.|US|UK|U\.K\.)$/.test(x)) return true;
  if (KNOWN_BODY_FORMS.has(x) && !isPartyName(x)) return true;
  // A common word: an adjective ("Presidential", "Internal") or a noun the article also writes in lower case ("drone");
  // never a family name the lexicon knows a head of state by ("Trump", "Bush" are words too).
  const word = x.toLowerCase();
  return /^\p{Lu}\p{Ll}+$/u.test(x) && !OFFICE_HOLDER_FAMILY_NAMES.has(x) && isCommonWord(word) && (isAdjective(word) || lowerCaseUses(body, word) > 0);
}

/** The states a party tag may name: full names, AP abbreviations and postal codes, without a closing stop. */
const TAG_STATES: ReadonlySet<string> = new Set([...US_STATE_FORMS, ...US_STATE_CODES, 'D.C.', 'DC'].map((f) => f.replace(/\.$/, '')));

/** "D-Nev", "R-S.D.", "I-Vt": Democrat, Republican or Independent, then a state. */
function partyStateTag(name: string): boolean {
  return /^[DRI]-/.test(name) && TAG_STATES.has(name.slice(2).replace(/\.$/, ''));
}

/** Where a party member's description starts: a US state's name or a chamber ("New York", "House"). */
const MEMBER_PLACES: ReadonlySet<string> = new Set([...US_STATE_NAMES, 'House', 'Senate', 'Liberal']);

/** "New York Democrat", "House Republican", "Liberal Democrat": one member of a party, described. */
function partyMember(name: string): boolean {
  // "Democrat Senator Dianne Feinstein", "the No. 2 Democrat in the Senate": the singular alone is one member too.
  if (name === 'Democrat' || name === 'Republican') return true;
  const last = name.lastIndexOf(' ');
  return last > 0 && (name.slice(last + 1) === 'Democrat' || name.slice(last + 1) === 'Republican') && MEMBER_PLACES.has(name.slice(0, last));
}

/** Last words of countries' names of several words ("North Korea", "Republic of the Congo"): "the Koreas" are states. */
const COUNTRY_LAST_WORDS: ReadonlySet<string> = new Set([...COUNTRY_BY_NAME.keys()].filter((n) => n.includes(' ')).map((n) => n.slice(n.lastIndexOf(' ') + 1)));

/** Singulars of plural nouns of peoples and followers that no demonym list holds ("Europeans", "Islamists"). */
const PEOPLE_SINGULARS: ReadonlySet<string> = new Set([...PEOPLES_AND_FAITHS, 'european', 'asian', 'african', 'arab', 'westerner', 'islamist', 'jihadist', 'brexiteer', 'brexiter', 'remainer', 'hongkonger', 'scot', 'finn', 'dreamer', 'loyalist', 'separatist', 'nationalist', 'globalist', 'socialist', 'communist', 'nazi', 'neocon', 'liberal', 'conservative', 'progressive', 'moderate', 'populist', 'founder', 'civilian', 'politician', 'parliamentarian', 'migrant', 'minister', 'leader', 'ally', 'allie']);

/**
 * A one-word "body" that names people the article names otherwise: read before the rules above drop it, so that a
 * relation keeps its party. Rules are data too: each returns who the name is, or null.
 */
export interface BodyAsPeopleRule {
  id: string;
  /** `familyNames`: the last words of the article's people named in full. */
  test: (body: string, e: BodyCandidate, familyNames: ReadonlySet<string>) => string | null;
  examples: readonly string[];
  why: string;
}

/** "the Queen", "the Ambassador": the title a one-word singular name is, lower case ("queen"), or null. */
export function titleWordOf(e: BodyCandidate): string | null {
  if (!plainWord(e)) return null;
  const w = e.name.toLowerCase().replace(/\.$/, '');
  return TITLE_WORDS.has(w) && !/s$/.test(w) ? w : null;
}

export const BODY_AS_PEOPLE_RULES: readonly BodyAsPeopleRule[] = [
  {
    id: 'family-plural',
    // "the Obamas", "the Dunns", "the Bushes": after "the", the plural of the family name of someone the article names.
    test: (body, e, familyNames) => {
      if (!plainWord(e) || !/s$/.test(e.name) || !e.mentions.some((m) => /\b[Tt]he $/.test(body.slice(Math.max(0, m.start - 4), m.start)))) return null;
      const family = singulars(e.name).slice(1).map(capitalised).find((w) => familyNames.has(w));
      return family && !COUNTRY_BY_DEMONYM.has(family) && !COUNTRY_BY_NAME.has(family) && !COUNTRY_LAST_WORDS.has(family) ? family : null;
    },
    examples: ['Later, the Obamas had dinner with Prince William (Barack Obama and Michelle Obama named)', 'the meeting between Trump and the Dunns (Harry Dunn named)'],
    why: 'the plural of a family name the article gives someone, after "the", is that family (a couple, parents): people, not a body and not nothing — a meeting with them keeps its party',
  },
];

/**
 * A "body" that is a place: read before the rules above drop it, so that the place stays in the graph. Rules are data
 * too: each returns the place's country code ('' when unknown), or null.
 */
export interface BodyAsPlaceRule {
  id: string;
  test: (body: string, e: BodyCandidate) => string | null;
  examples: readonly string[];
  why: string;
}

export const BODY_AS_PLACE_RULES: readonly BodyAsPlaceRule[] = [
  {
    id: 'town-comma-state',
    // every mention, every word capitalised (a body "of" a town: "Langer Research Associates of New York, N.Y.") and no
    // word of a body's name ("Rutherford Institute of Charlottesville, Va." stays a body)
    test: (body, e) =>
      e.mentions.length > 0 && e.name.split(/\s+/).every((w) => /^\p{Lu}/u.test(w)) && !e.name.split(/\s+/).some(isBodyWord) && !KNOWN_BODY_FORMS.has(e.name) && !OUTLET_FORMS.has(e.name) &&
      e.mentions.every((m) => US_STATE_AFTER_COMMA.test(body.slice(m.end, m.end + 18)))
        ? 'US'
        : null,
    examples: ['Contributing: John Bacon in McLean, Va.', 'an imam at a mosque in Falls Church, Va.', 'the Grand Forks, N.D., police department'],
    why: 'a name every mention of which is followed by a comma and a US state is a town written the way the news writes places (as city-comma-state makes a person\'s reading of one a Place): no body',
  },
  {
    id: 'estate-or-city-initials',
    test: (_body, e) => (ESTATE_NAMES.has(e.name) ? 'US' : CITY_INITIALS.get(e.name) ?? null),
    examples: ['Trump spent the weekend at Mar-a-Lago.', 'the flight back to Washington from Mar-a-Lago', 'Rodeo Drive in LA, 5th Avenue in New York'],
    why: 'an estate the news names by its own name ("Mar-a-Lago": lexicon/places.ts ESTATE_NAMES) and a city written by its initials ("LA", "NYC") are places, whatever body a tagger read in a proper name with no head noun',
  },
  {
    id: 'venue-noun-after',
    test: (body, e) => (placeName(e) && /\p{Ll}/u.test(e.name) && !bodyNounBefore(body, e) && e.mentions.some((m) => VENUE_NOUN_AFTER.test(body.slice(m.end, m.end + 14))) && !e.mentions.some((m) => BODY_VERB_AFTER.test(body.slice(m.end, m.end + 12))) ? '' : null),
    examples: ['his Doral resort outside Miami', 'the Sunnylands estate outside Los Angeles', 'to scope the Taj Mahal hotel for an attack', 'talks over the Yongbyon complex'],
    // (Not an acronym, an adjective more often than a name: "an LGBT nightclub"; nor a side of a vote: "the Leave camp".)
    why: 'a name a venue\'s noun follows ("resort", "estate", "hotel", "compound", "complex", "airport") names that venue, a place; a body\'s word in the name ("White House complex", "Legislative Council complex") or a mention that speaks or acts keeps the body',
  },
  {
    id: 'gazetteer-city',
    test: (body, e) => {
      const name = e.name;
      if (!placeName(e) || bodyNounBefore(body, e) || !(CITY_FORMS.has(name) || REGION_NAMES.has(name) || US_STATE_NAMES.has(name)) || COUNTRY_BY_CAPITAL.has(name) || FIRST_NAMES.has(name.split(' ')[0])) return null;
      if (lowerCaseUses(body, name.toLowerCase()) > 0 || e.mentions.some((m) => BODY_VERB_AFTER.test(body.slice(m.end, m.end + 12)))) return null;
      return COUNTRY_BY_CITY.get(name) ?? COUNTRY_BY_REGION.get(name) ?? (US_STATE_NAMES.has(name) ? 'US' : '');
    },
    examples: ['a few thousand protested in the Scottish capital, Edinburgh, on Saturday', 'the bombers destroyed targets in Homs and Hama cities', 'the Boeing 737 crashed around Bishoftu'],
    why: 'a city or a state of the gazetteer read as a body with no body\'s cue, outside a report of games, is the place (a city stands for its team in sports reports, which are left alone, and a capital for its state\'s government); a mention that speaks, acts or owns ("Texas sued", "Detroit\'s") keeps the body, and a given name ("Nigel", "Victoria") or a word the article writes in lower case ("Reading") is left alone',
  },
];

/** A place read as a body: capitalised words, none a body's word, no body or outlet the lexicons know. */
function placeName(e: BodyCandidate): boolean {
  return e.mentions.length > 0 && e.name.split(/\s+/).every((w) => /^\p{Lu}/u.test(w)) && !e.name.split(/[\s-]+/).some(isBodyWord) && !KNOWN_BODY_FORMS.has(e.name) && !OUTLET_FORMS.has(e.name);
}
/** A noun of a body or an outlet right before a mention ("the British magazine Saga", "the group Pulse"): the body's name. */
const BODY_NOUN_BEFORE = /\b(?:magazine|newspaper|paper|daily|weekly|company|firm|group|agency|network|channel|station|broadcaster|outlet|website|publication|team|party|band) $/;
const bodyNounBefore = (body: string, e: BodyCandidate) => e.mentions.some((m) => BODY_NOUN_BEFORE.test(body.slice(Math.max(0, m.start - 16), m.start)));
/** After a name, a verb a body's subject takes or its possessive: "Texas sued", "Barcelona won", "Detroit's budget". */
// (A team's too, in a line of results or before a player's role: "Dundee 3 1 2 0 3 2 5", "Surrey captain Chris Lewis".)
const BODY_VERB_AFTER = /^(?:['’]s?\b| (?:said|says|told|tells|announced|reported|sued|won|beat|lost|drew|scored|signed|has|had|have|will|would|is|was|are|were|captain|manager|coach|striker|goalkeeper|bowler|batsman|skipper)\b| \d+ \d+ \d+)/;

/** The country code of the place a body's reading names ("McLean, Va." → 'US'), or null. */
export function placeOfBody(body: string, e: BodyCandidate): string | null {
  for (const r of BODY_AS_PLACE_RULES) {
    const code = r.test(body, e);
    if (code !== null) return code;
  }
  return null;
}

/** The family a one-word plural names ("Obama" for "the Obamas"), or null. */
export function familyOf(body: string, e: BodyCandidate, familyNames: ReadonlySet<string>): string | null {
  return BODY_AS_PEOPLE_RULES.find((r) => r.id === 'family-plural')!.test(body, e, familyNames);
}

/**
 * Whether a body the house convention vouches for ("the X campaign": entities.ts skips the rules above for a body a cue
 * vouches for) is a campaign of no candidate all the same (campaign-of-no-candidate).
 */
export function conventionBodyUnlikely(body: string, e: BodyCandidate, names: ReadonlySet<string>): boolean {
  return campaignOfNoCandidate(body, e, names);
}

/**
 * Whether a body some cue vouches for (a body's head noun: "Suspending Parliament") is a clause all the same: a gerund
 * phrase opening it (gerund-clause) or a headline's verb inside it (headline-clause).
 */
export function cuedBodyIsClause(body: string, e: BodyCandidate, names: ReadonlySet<string>): boolean {
  return gerundClause(body, e, names) || headlineClause(e.name);
}

/**
 * Whether a body some cue vouches for ("… Nuclear Forces") names a treaty all the same: every mention before the
 * treaty's lower-case noun ("the Intermediate-Range Nuclear Forces (INF) treaty"; thing-modifier, treaties only).
 */
export function cuedBodyIsTreaty(body: string, e: BodyCandidate): boolean {
  return !KNOWN_BODY_FORMS.has(e.name) && !OUTLET_FORMS.has(e.name) && e.mentions.length > 0 && e.mentions.every((m) => TREATY_NOUN_AFTER.test(body.slice(m.end, m.end + 16)));
}

/** The id of the first rule saying the entity is no body, or null. */
export function unlikelyBody(body: string, e: BodyCandidate, surnames: ReadonlySet<string>, fullNames: ReadonlySet<string> = new Set()): string | null {
  return UNLIKELY_BODY_RULES.find((r) => r.test(body, e, surnames, fullNames))?.id ?? null;
}
