// Titles and roles that precede a person's name ("Secretary of State Rex Tillerson"), longest first when matched.

/** Multi-word and single-word role titles, capitalised as they appear before a name. */
export const PERSON_TITLES = [
  'President', 'Vice President', 'President-elect', 'Prime Minister', 'Deputy Prime Minister', 'Chancellor',
  'Secretary of State', 'Secretary of Defense', 'Defense Secretary', 'Defence Secretary', 'Secretary of the Treasury',
  'Treasury Secretary', 'Secretary', 'Homeland Security Secretary', 'Secretary-General', 'Secretary General',
  'Foreign Minister', 'Defense Minister', 'Defence Minister', 'Interior Minister', 'Finance Minister', 'Minister',
  'Foreign Secretary', 'Home Secretary', 'Press Secretary', 'White House Press Secretary', 'Spokesman', 'Spokeswoman',
  'Spokesperson', 'Ambassador', 'Envoy', 'Special Envoy', 'Senator', 'Sen.', 'Rep.', 'Representative', 'Del.', 'Delegate', 'Congressman',
  'Congresswoman', 'Gov.', 'Governor', 'Mayor', 'Speaker', 'House Speaker', 'Senate Majority Leader', 'Majority Leader',
  'Minority Leader', 'Leader', 'Whip', 'Majority Whip', 'Minority Whip', 'King', 'Queen', 'Prince', 'Princess', 'Crown Prince', 'Emir', 'Sheikh', 'Pope', 'Ayatollah',
  'Supreme Leader', 'General', 'Gen.', 'Lt. Gen.', 'Maj. Gen.', 'Brig. Gen.', 'Adm.', 'Admiral', 'Col.', 'Colonel',
  'Lt.', 'Lieutenant', 'Capt.', 'Captain', 'Sgt.', 'Commander', 'Chief', 'Director', 'Judge', 'Justice', 'Chief Justice',
  'Attorney General', 'Deputy Attorney General', 'National Security Adviser', 'National Security Advisor', 'Adviser',
  'Advisor', 'Chairman', 'Chairwoman', 'Chair', 'CEO', 'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Miss', 'Sir', 'Lord', 'Dame', 'Mr', 'Mrs', 'Ms', 'Dr',
  'Rev.', 'Reverend', 'Father', 'Rabbi', 'Imam', 'Professor', 'Prof.', 'Premier', 'Commissioner', 'Chief of Staff',
  'Deputy', 'Officer', 'Agent', 'Detective', 'Sheriff', 'Prosecutor', 'Special Counsel', 'Counsel', 'Correspondent',
  'Anchor', 'Host', 'Dictator', 'Strongman', 'Opposition Leader', 'Former President', 'Vice Premier', 'Foreign Secretary',
  'Coach', 'Manager', 'Cardinal', 'Bishop', 'Archbishop', 'Assistant Secretary', 'Under Secretary', 'Deputy Secretary',
] as const;

/**
 * Ranks of armed forces, police and clergy before a name ("Sgt. Bowe Bergdahl", "Private First Class Bowe Bergdahl",
 * "Chief Constable Ian Hopkins", "Pastor Andrew Brunson", "Archbishop Emeritus Desmond Tutu"), read as titles by the
 * rules. Kept apart from the titles above because the tagger's title feature was trained on those: adding words there
 * would change its reading without retraining. "Major" and "Private" alone are adjectives too ("Major U.S. banks",
 * "Private equity"), so only their abbreviations and multi-word ranks are listed ("Maj.", "Private First Class").
 */
export const RANK_TITLES: readonly string[] = [
  'Private First Class', 'Pfc.', 'PFC', 'Pvt.', 'Spc.', 'Specialist', 'Cpl.', 'Corporal', 'Lance Corporal', 'Lance Cpl.',
  'Sergeant', 'Staff Sergeant', 'Staff Sgt.', 'Sergeant First Class', 'Sgt. 1st Class', 'Master Sergeant', 'Master Sgt.',
  'First Sergeant', 'First Sgt.', 'Sergeant Major', 'Sgt. Maj.', 'Command Sgt. Maj.', 'Gunnery Sergeant', 'Gunnery Sgt.',
  'Tech. Sgt.', 'Technical Sergeant', 'Warrant Officer', 'Chief Warrant Officer', 'Maj.', 'Lt. Col.', 'Lieutenant Colonel',
  'Cmdr.', 'Lt. Cmdr.', 'Lieutenant Commander', 'Ensign', 'Seaman', 'Seaman Apprentice', 'Petty Officer',
  'Chief Petty Officer', 'Petty Officer First Class', 'Petty Officer Second Class', 'Petty Officer Third Class', 'Airman',
  'Airman First Class', 'Airman Apprentice', 'Senior Airman', 'Brigadier', 'Field Marshal', 'Rear Adm.', 'Vice Adm.',
  'Constable', 'Chief Constable', 'Deputy Chief Constable', 'Assistant Chief Constable', 'Superintendent',
  'Chief Superintendent', 'Detective Sergeant', 'Detective Inspector', 'Detective Chief Inspector', 'Chief Inspector',
  'Pastor', 'Deacon', 'Archbishop Emeritus', 'Bishop Emeritus', 'Pope Emeritus', 'Patriarch', 'Grand Ayatollah',
  'Grand Mufti', 'Magistrate', 'Magistrate Judge', 'Air Marshal', 'Air Chief Marshal', 'Air Vice Marshal',
  // The Navy SEALs' enlisted rating ("Special Operator Dylan Dille", "Special Warfare Operator First Class …"). Read only
  // after tagging (rank-titles.ts, full-name-forms.ts): no import of the tagger's training reads this list.
  'Special Operator', 'Special Warfare Operator', 'Special Operator First Class', 'Special Warfare Operator First Class',
  'Special Operator Chief', 'Senior Chief Special Warfare Operator',
  // British style writes the abbreviated ranks without a full stop ("Gen John Hyten", "Lt Col Carla Gleason", "Brig-Gen
  // Amir Ali Hajizadeh", "Adm Richardson"). ("Gen Z" stays: a one-letter word is no name, see isNameAfterRank.)
  'Gen', 'Lt Gen', 'Maj Gen', 'Brig Gen', 'Brig-Gen', 'Maj-Gen', 'Lt-Gen', 'Adm', 'Rear Adm', 'Vice Adm', 'Col', 'Lt Col',
  'Lt-Col', 'Capt', 'Sgt', 'Cpl', 'Cmdr', 'Lt Cmdr', 'Det Sgt', 'Supt',
];

/**
 * Role nouns that end a title before a name but are no title the rules read alone ("Chief Executive Darren Woods",
 * "U.S. Attorney Preet Bharara", "State Councilor Yang Jiechi", "Democratic nominee"): the rules cut the title's first
 * words and leave these heading the name. Not in PERSON_TITLES, whose words are a feature of the trained tagger.
 */
export const TITLE_TAIL_NOUNS: ReadonlySet<string> = new Set([
  'Executive', 'Attorney', 'Councilor', 'Councillor', 'Candidate', 'Nominee', 'Member', 'Analyst', 'Editor', 'Administrator',
  'Inspector', 'Marshal', 'Warden', 'Superintendent', 'Lawmaker', 'Legislator', 'Assemblyman', 'Assemblywoman', 'Alderman',
  // a newsroom's roles, capitalised before the name as an office's are ("CNN National Security Contributor Frances Townsend")
  'Contributor', 'Commentator', 'Columnist', 'Reporter', 'Producer', 'Strategist',
]);

/** Words that modify a role noun before a name ("Majority Leader", "Press Secretary", "Rear Admiral"): never a body's head. */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(['Majority', 'Minority', 'Democratic', 'Republican', 'GOP', 'Press', 'Rear', 'High', 'Vice', 'Deputy', 'Assistant', 'Acting', 'Senior', 'Chief', 'General', 'Principal', 'Executive']);

/**
 * The side of a chamber a leader or whip speaks for ("Majority", "Minority", "Republican"): an adjective, so a name
 * ending in one ("Senate Majority", "House Minority") is no body but the front of a title before its role word.
 */
export const CHAMBER_SIDES: ReadonlySet<string> = new Set(['Majority', 'Minority', 'Republican', 'Democratic']);

/** Words of the titles that name the body or field a role serves ("State", "Treasury", "House") or join words: no role word. */
const TITLE_FIELD_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'State', 'Defense', 'Defence', 'Treasury', 'House', 'White', 'Homeland', 'Security', 'Senate', 'Foreign', 'Interior', 'Finance', 'Home', 'Crown', 'National', 'Special', 'Supreme', 'Attorney', 'Opposition', 'Former']);

/** The role words of the titles ("Lt.", "Director", "Adviser", "Leader"): a name ending in one ends inside a title. */
export const TITLE_ROLE_WORDS: ReadonlySet<string> = new Set(PERSON_TITLES.flatMap((t) => t.split(' ')).filter((w) => !TITLE_FIELD_WORDS.has(w)));

/** Forms of address: they mark a person's name but are not a role. */
export const HONORIFICS: ReadonlySet<string> = new Set(['Mr.', 'Mrs.', 'Ms.', 'Miss', 'Dr.', 'Sir', 'Dame', 'Lord', 'Mr', 'Mrs', 'Ms', 'Dr']);

/** Function words that, capitalised inside a sentence, show a title-case headline rather than names. */
export const TITLE_CASE_WORDS: ReadonlySet<string> = new Set(['The', 'Of', 'In', 'And', 'To', 'For', 'On', 'With', 'At', 'By', 'From', 'Is', 'Are', 'As', 'Into', 'Over', 'After']);

/** Auxiliaries and modals: capitalised at a sentence start they open a question, not a name ("Should Trump …"). */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['Did', 'Does', 'Do', 'Should', 'Would', 'Could', 'Can', 'Will', 'Is', 'Was', 'Are', 'Were', 'Has', 'Have', 'Had', 'Might', 'Must', 'Shall', 'Why', 'Let']);

/**
 * Nouns of a person's tie to another that a name modifies before the holder's name ("Trump critic George Conway",
 * "Putin ally …", "Clinton aide Huma Abedin"): after "<word> <Name>" at a sentence start they show the word an adjective.
 */
export const APPOSITION_NOUNS: ReadonlySet<string> = new Set(['critic', 'ally', 'aide', 'adviser', 'advisor', 'supporter', 'loyalist', 'confidant', 'confidante', 'backer', 'opponent', 'rival', 'friend', 'associate', 'donor', 'appointee', 'nominee', 'pick', 'lawyer', 'attorney', 'spokesman', 'spokeswoman', 'spokesperson', 'biographer', 'foe', 'detractor', 'defender', 'booster', 'surrogate', 'protege', 'protégé']);

/** The portfolios that make a secretary, minister or spokesman's office one of several ("the press secretary" is not
 * the defense secretary, "the finance minister" not the foreign minister). */
export const OFFICE_PORTFOLIOS: ReadonlySet<string> = new Set([
  'press', 'defense', 'defence', 'foreign', 'finance', 'interior', 'home', 'health', 'treasury', 'state', 'commerce',
  'trade', 'education', 'energy', 'justice', 'labor', 'labour', 'transport', 'transportation', 'agriculture', 'culture',
  'environment', 'security', 'economy', 'economic', 'brexit', 'army', 'navy', 'information', 'oil', 'intelligence',
]);

/** Lower-case role nouns a pronoun-free speaker reference may use ("the secretary said"). */
export const ROLE_NOUNS = [
  'president', 'secretary', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'senator', 'governor',
  'mayor', 'general', 'chancellor', 'premier', 'diplomat', 'official', 'leader', 'prime minister', 'envoy', 'chairman',
  'director', 'king', 'queen', 'prince', 'judge', 'adviser', 'advisor', 'congressman', 'congresswoman', 'commander',
] as const;

/** The offices heading a state or a government: "leader" qualified by a country names their holder ("the Russian leader"
 * is Russia's president, "the Israeli leader" Israel's prime minister, "the German leader" its chancellor). */
export const HEAD_OFFICES: ReadonlySet<string> = new Set(['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'supreme leader', 'leader']);

/**
 * Monarchs whom their realms' news names by the bare title ("the Queen" in a British, Canadian or Australian report):
 * the title (lower case), the regnal name, the reign (ISO dates) and the words that place an article in one of the
 * realms or at their court. Linear: an alternation of fixed words.
 */
export const REALM_MONARCHS: readonly { title: string; name: string; country: string; from: string; to: string; realm: RegExp }[] = [
  {
    title: 'queen', name: 'Elizabeth II', country: 'GB', from: '1952-02-06', to: '2022-09-08',
    realm: /\b(?:Britain|British|UK|U\.K|United Kingdom|England|English|Scotland|Scottish|Wales|Welsh|London|Westminster|Downing Street|Buckingham Palace|Windsor|Balmoral|Sandringham|Brexit|Canada|Canadians?|Britons?|Australia|Australians?|New Zealand|Commonwealth|royal family|Royal Family|Prince Charles|Prince William|Prince Harry|Prince Philip|Duke of|Duchess of)\b/,
  },
];

/**
 * People the news calls by their office and family name alone ("President Xi", "Chairman Kim", "Secretary Clinton"),
 * with the offices (full words, lower case, as fullTitle gives them) they are known to hold or have held. A titled
 * family name joins the article's one full-name bearer listed with a fitting office (entities.ts), so a relative of
 * the same family name ("Kim Yo Jong", "Melania Trump", "Bill Clinton" for "Secretary Clinton") is never taken for
 * them. Left out: families two office-holders share a given name in (the Bushes: GENERATIONS in entities.ts).
 */
export const KNOWN_OFFICE_HOLDERS: readonly { names: readonly string[]; offices: readonly string[]; /** ISO 3166-1 code of the state whose offices they hold. */ country?: string }[] = [
  { names: ['Donald Trump', 'Donald J. Trump'], offices: ['president', 'president-elect'], country: 'US' },
  { names: ['Barack Obama'], offices: ['president', 'president-elect', 'senator'], country: 'US' },
  { names: ['Joe Biden'], offices: ['vice president', 'president', 'senator'], country: 'US' },
  { names: ['Mike Pence'], offices: ['vice president', 'governor'], country: 'US' },
  { names: ['Bill Clinton'], offices: ['president', 'governor'], country: 'US' },
  { names: ['Hillary Clinton', 'Hillary Rodham Clinton'], offices: ['secretary', 'secretary of state', 'senator'], country: 'US' },
  { names: ['Ronald Reagan'], offices: ['president', 'governor'], country: 'US' },
  { names: ['Jimmy Carter'], offices: ['president'], country: 'US' },
  { names: ['Franklin D. Roosevelt', 'Franklin Delano Roosevelt', 'Franklin Roosevelt'], offices: ['president'], country: 'US' },
  { names: ['Theodore Roosevelt'], offices: ['president'], country: 'US' },
  { names: ['Richard Nixon'], offices: ['president'], country: 'US' },
  { names: ['Nancy Pelosi'], offices: ['speaker', 'house speaker', 'leader', 'minority leader'], country: 'US' },
  { names: ['Xi Jinping'], offices: ['president', 'chairman', 'general secretary', 'leader'], country: 'CN' },
  { names: ['Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un'], offices: ['chairman', 'leader', 'supreme leader', 'marshal'], country: 'KP' },
  { names: ['Moon Jae-in', 'Moon Jae-In'], offices: ['president'], country: 'KR' },
  { names: ['Vladimir Putin'], offices: ['president', 'prime minister'], country: 'RU' },
  { names: ['Dmitry Medvedev'], offices: ['president', 'prime minister'], country: 'RU' },
  { names: ['Shinzo Abe'], offices: ['prime minister'], country: 'JP' },
  { names: ['Benjamin Netanyahu'], offices: ['prime minister'], country: 'IL' },
  { names: ['Emmanuel Macron'], offices: ['president'], country: 'FR' },
  { names: ['Angela Merkel'], offices: ['chancellor'], country: 'DE' },
  { names: ['Theresa May'], offices: ['prime minister', 'home secretary'], country: 'GB' },
  { names: ['Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan', 'Tayyip Erdogan'], offices: ['president', 'prime minister'], country: 'TR' },
  { names: ['Hassan Rouhani'], offices: ['president'], country: 'IR' },
  { names: ['Bashar al-Assad', 'Bashar Assad'], offices: ['president'], country: 'SY' },
  { names: ['Mohammed Morsi', 'Mohamed Morsi'], offices: ['president'], country: 'EG' },
  { names: ['Abdel Fattah el-Sisi', 'Abdel Fattah al-Sisi'], offices: ['president'], country: 'EG' },
  { names: ['Jair Bolsonaro'], offices: ['president'], country: 'BR' },
  { names: ['Justin Trudeau'], offices: ['prime minister'], country: 'CA' },
  { names: ['Narendra Modi'], offices: ['prime minister'], country: 'IN' },
  { names: ['Rodrigo Duterte'], offices: ['president'], country: 'PH' },
  { names: ['Nicolás Maduro', 'Nicolas Maduro'], offices: ['president'], country: 'VE' },
  { names: ['Mahmoud Abbas'], offices: ['president'], country: 'PS' },
  { names: ['Ashraf Ghani'], offices: ['president'], country: 'AF' },
  { names: ['Volodymyr Zelensky', 'Volodymyr Zelenskiy', 'Volodymyr Zelenskyy'], offices: ['president'], country: 'UA' },
  { names: ['Hamid Karzai'], offices: ['president'], country: 'AF' },
  { names: ['Donald Tusk'], offices: ['president', 'prime minister'] },
];
/** The family names (last words) of the office-holders listed by name: "Trump", "Obama", "Putin", "Merkel". */
export const OFFICE_HOLDER_FAMILY_NAMES: ReadonlySet<string> = new Set(KNOWN_OFFICE_HOLDERS.flatMap((h) => h.names.map((n) => n.slice(n.lastIndexOf(' ') + 1))));


/**
 * The presidents of the United States and their terms (ISO dates, the last day in office): "the US President" of a
 * dated article is the one in office that day.
 */
export const US_PRESIDENTS: readonly { name: string; from: string; to: string }[] = [
  { name: 'George W. Bush', from: '2001-01-20', to: '2009-01-19' },
  { name: 'Barack Obama', from: '2009-01-20', to: '2017-01-19' },
  { name: 'Donald Trump', from: '2017-01-20', to: '2021-01-19' },
  { name: 'Joe Biden', from: '2021-01-20', to: '2025-01-19' },
];

/** Abbreviated titles and the words they stand for: "Gov." is "Governor", "Lt. Gen." is "Lieutenant General". */
const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['gov', 'governor'], ['sen', 'senator'], ['sens', 'senators'], ['rep', 'representative'], ['reps', 'representatives'], ['gen', 'general'],
  ['lt', 'lieutenant'], ['maj', 'major'], ['brig', 'brigadier'], ['adm', 'admiral'], ['amb', 'ambassador'], ['col', 'colonel'],
  ['capt', 'captain'], ['cmdr', 'commander'], ['cdr', 'commander'], ['sgt', 'sergeant'], ['pres', 'president'], ['sec', 'secretary'],
  ['secy', 'secretary'], ['atty', 'attorney'], ['gens', 'generals'], ['supt', 'superintendent'], ['prof', 'professor'], ['rev', 'reverend'],
]);

/** A title in full words, lower case, for comparing titles: "Lt. Gen." → "lieutenant general", "Gov." → "governor". */
export function fullTitle(title: string): string {
  return title
    .toLowerCase()
    .split(/\s+/)
    .map((w) => TITLE_ABBREVIATIONS.get(w.replace(/\.$/, '')) ?? w)
    .join(' ');
}

/** Words that, capitalised at a sentence start, are never the first name of a person. */
/**
 * Prepositions that open a sentence before a source, a time or a place ("Via Buzzfeed, …", "Amid protests …") and that
 * the tagger may read into a name; cut after tagging (retype.ts). Not "Near" ("Near East") or "Per" (a given name), nor
 * those of places ("From Calais, …" leaves a town the entity stage would read as a person). "Beyond Trump's finances …"
 * cuts "Beyond Meat" too, at a sentence start: a company no person either way.
 */
export const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(['Via', 'Amid', 'Amidst', 'Upon', 'Within', 'Behind', 'Toward', 'Towards', 'Into', 'Onto', 'Throughout', 'Along', 'Regarding', 'Concerning', 'Following', 'Beyond', 'Despite', 'Against', 'Among', 'Between', 'During', 'Unlike', 'Besides', 'Alongside',
  // participles used as prepositions ("Given Americans' focus on the economy, …")
  'Given', 'Considering', 'Excluding', 'Barring']);

export const NOT_NAME_STARTS = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'But', 'And', 'Or', 'If', 'When', 'While', 'As', 'In', 'On', 'At',
  'For', 'From', 'With', 'Without', 'After', 'Before', 'During', 'Since', 'Until', 'By', 'To', 'Of', 'It', 'He', 'She',
  'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'Its', 'There', 'Here', 'What', 'Who', 'Why',
  'How', 'Where', 'Which', 'Both', 'Each', 'Every', 'All', 'Some', 'Many', 'Most', 'Several', 'Few', 'No', 'Not', 'Also',
  'Yet', 'So', 'Then', 'Now', 'Still', 'Even', 'Just', 'Only', 'Earlier', 'Later', 'Meanwhile', 'However', 'Although',
  'Though', 'Because', 'Once', 'Under', 'Over', 'Citing', 'According', 'Asked', 'Speaking', 'Despite', 'Instead',
  'Having', 'Being', 'Saying', 'Adding', 'Noting', 'Keeps', 'Says', 'Adds', 'Repeats', 'Claims', 'Wants', 'Thinks', 'Believes',
  'Like', 'Unlike', 'About', 'Among', 'Between', 'Against', 'Across', 'Through', 'Inside', 'Outside', 'Those', 'Last',
  'Next', 'First', 'Second', 'Third', 'Another', 'Other', 'Such', 'More', 'Less', 'One', 'Two', 'Three', 'Four', 'Five',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Read', 'Watch', 'See', 'Click',
  'Follow', 'Sign', 'Related', 'Photo', 'Video', 'Advertisement', 'Copyright', 'Update', 'UPDATE', 'Editor', 'Note',
  'Former', 'Neither', 'Either', 'Fellow', 'Veteran', 'Analysts', 'Traders', 'Officials', 'Critics', 'Sources',
  // groups of people who say things in news copy: "Dealers said", "Eyewitnesses told"
  'Others', 'Dealers', 'Brokers', 'Eyewitnesses', 'Witnesses', 'Newspapers', 'Refugees', 'Residents', 'Protesters',
  'Demonstrators', 'Investors', 'Economists', 'Diplomats', 'Experts', 'Observers', 'Lawmakers', 'Legislators', 'Voters',
  'Doctors', 'Rescuers', 'Soldiers', 'Troops', 'Rebels', 'Militants', 'Activists', 'Students', 'Workers', 'Farmers',
  'Prosecutors', 'Investigators', 'Authorities', 'Researchers', 'Scientists', 'Negotiators', 'Mediators', 'Organisers',
  'Organizers', 'Participants', 'Delegates', 'Members', 'Supporters', 'Opponents', 'Fans', 'Players', 'Spectators',
  'Reporters', 'Journalists', 'Editors', 'Commentators', 'Men', 'Women', 'Children', 'People', 'Police', 'Paper',
  // indefinite pronouns: "Everyone said …"
  'Everyone', 'Everybody', 'Someone', 'Somebody', 'Anyone', 'Anybody', 'Nobody', 'None', 'Everything', 'Nothing',
  // free relatives standing for anyone at all: "Whoever says we are foes is spreading fake news"
  'Whoever', 'Whomever', 'Whatever', 'Whichever',
]);

/**
 * Imperatives and interjections that open a sentence before a name ("Take Germany's Angela Merkel", "Consider Shumana
 * Palit, who …", "Catch Chris Live online", "Thank God the patient is okay", "Oh Allah, …"): no given names; cut after
 * tagging (retype.ts). Apart from NOT_NAME_STARTS, which the tagger's training reads.
 */
export const OPENING_IMPERATIVES: ReadonlySet<string> = new Set(['Take', 'Consider', 'Meet', 'Tell', 'Ask', 'Remember', 'Imagine', 'Catch', 'Blame', 'Read', 'See', 'Watch', 'Listen', 'Related', 'Thank', 'Thanks', 'Praise', 'Oh', 'Please', 'Dear', 'Hey']);
/** A deity named after an interjection ("Thank God", "Oh Allah", "Praise the Lord"): an exclamation, no entity. */
export const INTERJECTION_DEITIES: ReadonlySet<string> = new Set(['God', 'Allah', 'Lord', 'Jesus', 'Heaven', 'Heavens', 'Goodness']);
/**
 * Party and faction labels the British press writes before a member's name without a title ("Tory Ben Bradley", "Fellow
 * Tory Ben Bradley", "Conservative Remainer Justine Greening", "Brexiteer Tory Sir Bill Cash"): no part of the name.
 */
export const PARTY_MEMBER_LABELS: ReadonlySet<string> = new Set(['Tory', 'Tories', 'Conservative', 'Labour', 'Remainer', 'Remainers', 'Brexiteer', 'Brexiteers', 'Brexiter', 'Leaver', 'Eurosceptic', 'Euroskeptic', 'Fellow', 'Lib', 'Dem', 'SNP', 'DUP', 'Ukip', 'UKIP']);

/** Subordinating conjunctions and free relatives that open a clause before its subject ("Whether Trump will …"): never a
 *  first name. Apart from NOT_NAME_STARTS, which the tagger's training reads. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['Whether', 'Unless', 'Whereas', 'Whenever', 'Wherever', 'Whoever', 'Whatever', 'Nor', 'Lest']);

/**
 * Epithets a writer (or a tweet it quotes) puts before a name as a nickname: "Animal Assad", "Crooked Hillary", "Sleepy
 * Joe Biden". No part of the name, nor a given name; not "Little" ("Little Rock"), nor "Honest"/"Tiny" ("Honest Abe" is
 * the name the nickname replaces), which open places and names too.
 */
export const NAME_EPITHETS: ReadonlySet<string> = new Set(['Animal', 'Crooked', 'Sleepy', 'Crazy', 'Lyin’', "Lyin'", 'Lying', 'Cryin’', "Cryin'", 'Crying', 'Shifty', 'Sloppy', 'Wacky', 'Nervous', 'Tricky', 'Phony', 'Dopey', 'Leakin’', "Leakin'", 'Leaking', 'Liddle', 'Hunkered', 'Goofy', 'Psycho', 'Sneaky', 'Slippery', 'Disgraced', 'Mini']);

/** Capitalised words that are not names at all (days, months, generic nouns often capitalised in news). */
export const NON_NAME_WORDS = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan.', 'Feb.', 'Aug.', 'Sept.', 'Sep.',
  'Oct.', 'Nov.', 'Dec.', 'I', 'OK', 'TV', 'AM', 'PM', 'A.M.', 'P.M.', 'Christmas', 'Easter', 'Ramadan', 'God',
  'Says', 'Said', 'Warns', 'Tells', 'Urges', // headline verbs: "…, Lindsey Graham Says"
  'Internet', 'Twitter', 'Facebook', 'YouTube', 'Instagram', 'English', 'Muslim', 'Muslims', 'Christian', 'Christians',
  'Jewish', 'Islamic', 'Sunni', 'Shiite', 'Shia', 'Kurdish', 'Kurds', 'Arab', 'Arabs', 'Western', 'Eastern', 'Northern',
  'Southern', 'Republican', 'Republicans', 'Democrat', 'Democrats', 'Democratic', 'GOP', 'Cabinet',
  'Day', 'Eve', 'Week', 'Weekend',
]);

/**
 * Verbs a title-case headline puts after its subject ("Carter Page Sues Yahoo", "Pompeo Meets Kim"): third person in -s,
 * none a surname or given name. A name ends before one (headlines only: in body text they are lower case).
 */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set([
  // Not the ones that are as often plural nouns in a headline ("Still No Attacks", "Peace Talks", "Trump Claims"):
  // Attacks, Talks, Claims, Questions, Signs, Fires, Demands, Pledges, Visits.
  'Says', 'Sues', 'Meets', 'Slams', 'Blasts', 'Warns', 'Tells', 'Urges', 'Vows', 'Rejects', 'Denies', 'Defends', 'Accuses',
  'Threatens', 'Praises', 'Blames', 'Admits', 'Asks', 'Resigns', 'Responds', 'Announces', 'Condemns', 'Predicts', 'Reveals',
  'Unveils', 'Insists', 'Dismisses', 'Mocks', 'Rebukes', 'Lashes', 'Endorses', 'Confirms', 'Touts', 'Hails', 'Rips',
]);
