// Government bodies every state has and the news names without the state ("the Foreign Ministry"): their topic words.

/** Topic words as written in "<Topic> Ministry" / "Ministry of <Topic>" → the topic the body is named by. */
export const MINISTRY_TOPICS: ReadonlyMap<string, string> = new Map([
  ['Foreign', 'Foreign'], ['Foreign Affairs', 'Foreign'], ['External Affairs', 'Foreign'],
  ['Defense', 'Defense'], ['Defence', 'Defense'], ['National Defense', 'Defense'], ['National Defence', 'Defense'],
  ['Interior', 'Interior'], ['Home Affairs', 'Interior'], ['Internal Affairs', 'Interior'],
  ['Finance', 'Finance'], ['Justice', 'Justice'], ['Health', 'Health'], ['Commerce', 'Commerce'], ['Trade', 'Trade'],
  ['Economy', 'Economy'], ['Education', 'Education'], ['Energy', 'Energy'], ['Oil', 'Oil'], ['Petroleum', 'Oil'],
  ['Intelligence', 'Intelligence'], ['State Security', 'State Security'], ['Information', 'Information'],
  ['Culture', 'Culture'], ['Agriculture', 'Agriculture'], ['Tourism', 'Tourism'], ['Environment', 'Environment'],
  ['Transport', 'Transport'], ['Labor', 'Labor'], ['Labour', 'Labor'], ['Industry', 'Industry'], ['Communications', 'Communications'],
]);

/**
 * Names a department goes by alone ("the State Department", "Justice"): "the Justice and Homeland Security
 * Departments" coordinates two departments, where "Health and Human Services Department" is one ("Human Services" names none).
 */
export const DEPARTMENT_NAMES: ReadonlySet<string> = new Set([
  ...MINISTRY_TOPICS.keys(), 'State', 'Treasury', 'Homeland Security', 'Veterans Affairs', 'Transportation', 'War', 'Navy', 'Army', 'Air Force',
]);

/** US departments named by fields that no ministry's topic holds ("Health and Human Services" Secretary). */
export const US_DEPARTMENT_FIELDS: ReadonlySet<string> = new Set(['Health and Human Services', 'Housing and Urban Development', 'Veterans Affairs', 'Homeland Security']);

/**
 * Organs every state has, written in lower case after the state's name or adjective ("the Iraqi military", "Egypt's
 * armed forces", "South Korea's presidential office"): the words as written → the organ's name after the state's
 * adjective. One name per organ, whatever the wording ("armed forces" is the military; "presidency" its office).
 * Not "police" (a city's or a region's as often as the state's). A state's "embassy" is its mission where the article
 * stands (one per capital abroad, but an article names one), as "the Russian Embassy" is (body-name-joins.ts).
 */
export const STATE_ORGANS: ReadonlyMap<string, string> = new Map([
  ['military', 'Military'], ['armed forces', 'Military'], ['army', 'Army'], ['navy', 'Navy'], ['air force', 'Air Force'],
  ['coast guard', 'Coast Guard'], ['presidential office', 'Presidential Office'], ['presidency', 'Presidential Office'],
  ['security service', 'Security Service'], ['customs service', 'Customs Service'], ['central bank', 'Central Bank'], ['embassy', 'Embassy'], ['consulate', 'Consulate'],
]);

/** Words between a state and its organ that qualify, not name, it ("Thailand's powerful army", "Iran's state-run …"). */
export const ORGAN_QUALIFIERS: ReadonlySet<string> = new Set(['state', 'state-run', 'state-owned', 'official', 'semi-official', 'semiofficial', 'own', 'new', 'interim', 'powerful', 'national']);

/**
 * Fields of the standing and select committees of the US Congress, as the news writes them after the chamber and before
 * an officer or a noun without "Committee" ("Senate Judiciary Chairman Chuck Grassley", "a House Oversight hearing"):
 * the chamber and the field name the committee (qualified-bodies.ts `chamber-field`).
 */
export const CONGRESS_COMMITTEE_FIELDS: ReadonlySet<string> = new Set([
  'Judiciary', 'Finance', 'Armed Services', 'Armed Service', 'Intelligence', 'Foreign Relations', 'Foreign Affairs', 'Appropriations',
  'Budget', 'Banking', 'Commerce', 'Energy and Commerce', 'Energy', 'Energy and Natural Resources', 'Homeland Security',
  'Oversight', 'Oversight and Government Reform', 'Oversight and Reform', 'Rules', 'Ways and Means', 'Agriculture', 'Ethics',
  'Veterans Affairs', 'Small Business', 'Financial Services', 'Natural Resources', 'Education and the Workforce',
  'Education and Labor', 'Transportation and Infrastructure', 'Environment and Public Works', 'Science', 'Aging',
  'Homeland Security and Governmental Affairs', 'Health, Education, Labor and Pensions', 'Indian Affairs',
]);

/**
 * Armed forces a state's news calls by a proper name: "the Israeli military" is the Israel Defense Forces, one body
 * with "the IDF" (quotes/state-organ.ts names the state's "military" so). By the state's ISO code.
 */
export const STATE_MILITARY_NAMES: ReadonlyMap<string, string> = new Map([
  ['IL', 'Israel Defense Forces'], ['CN', "People's Liberation Army"], ['KP', "Korean People's Army"],
]);

/**
 * A body and the metonym the news names it by (the building it sits in): in an article naming both, one body, keyed as
 * the body's own name ("the Pentagon" beside "the Defense Department"). Each form as the rules key it.
 */
export const BODY_METONYMS: readonly { metonym: string; forms: readonly string[] }[] = [
  { metonym: 'Pentagon', forms: ['Defense Department', 'Department of Defense', 'U.S. Department of Defense', 'US Department of Defense', 'DoD', 'DOD'] },
];

/**
 * Heads of bodies a capitalised "The" may stand before at a sentence's or a quotation's start ("“The Navy continues to
 * …", "The Committee now plans …"): the article's one body named in full with that head (qualified-bodies.ts,
 * `determined-head`), so body-edges.ts leaves their "The" to that rule.
 */
export const DETERMINED_BODY_HEADS: ReadonlySet<string> = new Set(['Navy', 'Army', 'Marines', 'Corps', 'Agency', 'Committee', 'Subcommittee', 'Commission', 'Bureau', 'Department', 'Ministry', 'Administration', 'Court', 'Guard', 'Command']);
