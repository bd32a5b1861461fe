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
