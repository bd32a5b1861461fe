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

/**
 * Organs every state has, written in lower case after the state's name or adjective ("the Iraqi military", "Egypt's
 * armed forces", "South Korea's presidential office"): the words as written → the organ's name after the state's
 * adjective. One name per organ, whatever the wording ("armed forces" is the military; "presidency" its office).
 * Not "police" (a city's or a region's as often as the state's) nor "embassy" (one per capital abroad).
 */
export const STATE_ORGANS: ReadonlyMap<string, string> = new Map([
  ['military', 'Military'], ['armed forces', 'Military'], ['army', 'Army'], ['navy', 'Navy'], ['air force', 'Air Force'],
  ['coast guard', 'Coast Guard'], ['presidential office', 'Presidential Office'], ['presidency', 'Presidential Office'],
  ['security service', 'Security Service'], ['customs service', 'Customs Service'], ['central bank', 'Central Bank'],
]);

/** Words between a state and its organ that qualify, not name, it ("Thailand's powerful army", "Iran's state-run …"). */
export const ORGAN_QUALIFIERS: ReadonlySet<string> = new Set(['state', 'state-run', 'state-owned', 'official', 'semi-official', 'semiofficial', 'own', 'new', 'interim', 'powerful', 'national']);
