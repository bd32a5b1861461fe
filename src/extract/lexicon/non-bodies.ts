// Names the news capitalises like bodies that name things: market indexes and crude benchmarks, weapons, oil fields,
// slogans. The words after a name tell most of them ("the S&P 500", "Brent crude", "Tomahawk cruise missiles",
// "the Khurais oil field"); the lists hold the names whose kind no head noun next to them tells (name-kinds.ts reads both).

/** Market indexes named by their provider or exchange and a number or the word "index": "S&P 500", "FTSE 100". */
export const INDEX_STEMS: ReadonlySet<string> = new Set([
  'S&P', 'Standard & Poor’s', "Standard & Poor's", 'FTSE', 'Stoxx Europe', 'STOXX Europe', 'Russell', 'Nikkei', 'Stoxx', 'STOXX', 'Euro Stoxx', 'CAC', 'DAX', 'Fortune', 'Nasdaq', 'NASDAQ', 'KOSPI', 'Kospi', 'MSCI', 'Dow', 'Dow Jones', 'MOEX', 'Shanghai Composite', 'Hang Seng', 'Sensex', 'Topix', 'TOPIX', 'Bovespa', 'IBEX', 'Ibex',
]);

/** Indexes whose name alone says so, whatever follows it: "the Hang Seng fell 2%". */
export const INDEX_NAMES: ReadonlySet<string> = new Set(['Hang Seng', 'Sensex', 'Topix', 'TOPIX', 'Bovespa', 'Dow Jones Industrial Average', 'Nasdaq Composite', 'Shanghai Composite', 'Euro Stoxx', 'Euro Stoxx 50', 'Stoxx 600', 'FTSE 100', 'S&P 500', 'Russell 2000', 'Nikkei 225', 'KOSPI', 'Kospi']);

/** Crude oil benchmarks: "Brent crude", "West Texas Intermediate", "WTI". */
export const CRUDE_BENCHMARKS: ReadonlySet<string> = new Set(['Brent', 'Benchmark Brent', 'West Texas Intermediate', 'WTI', 'Urals', 'Brent North Sea', 'Dubai Crude', 'Oman Crude']);

/** Slogans and epithets written in capitals: "Fake News", "Make America Great Again". Neither a body nor a person. */
export const SLOGANS: ReadonlySet<string> = new Set([
  'Fake News', 'Fake News Media', 'FAKE NEWS', 'Make America Great Again', 'Make America Great Again!', 'Drain the Swamp', 'Lock Her Up', 'Build the Wall', 'Build That Wall', 'America First', 'Keep America Great', 'Take Back Control', 'Get Brexit Done', 'Witch Hunt', 'WITCH HUNT', 'Rigged Witch Hunt',
  // the slogans' acronyms ("MAGA hats", "the MAGA crowd")
  'MAGA', 'KAG',
  // epithets of states and orders, capitalised: no body, no person ("the Great Satan", "a Pax Americana")
  'Great Satan', 'Little Satan', 'Pax Americana', 'Pax Romana', 'Pax Britannica', 'Pax Sinica',
]);

/** Adverbs, interjections and conjunctions that open a sentence capitalised ("Around 120 civilians …", "Yes, …"): no name. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'Around', 'About', 'Almost', 'Nearly', 'Roughly', 'Approximately', 'Yes', 'No', 'Please', 'Perhaps', 'Maybe', 'Thanks', 'Also', 'Already', 'Just', 'Only', 'So', 'Even', 'Still', 'Yet',
  'Now', 'Then', 'Meanwhile', 'However', 'Although', 'Though', 'Because', 'Despite', 'Instead', 'Indeed', 'Otherwise', 'Overall', 'Nevertheless', 'Nonetheless', 'Moreover', 'Furthermore', 'Besides', 'Hence', 'Thus', 'Therefore',
]);

/** Verbs of a page's links and widgets before an outlet's name: "Download ABC News", "Watch Newsmax TV", "Read Politico". */
export const PAGE_VERBS: ReadonlySet<string> = new Set(['Download', 'Watch', 'Read', 'Listen', 'Subscribe', 'Follow', 'Visit']);

/** Broadcast programmes the news names without a cue around them ("appeared on Fox News Sunday"): no body, no person. */
export const PROGRAMME_NAMES: ReadonlySet<string> = new Set([
  'Fox News Sunday', 'This Week', 'Good Morning America', 'CBS This Morning', 'All Things Considered', 'Morning Edition', 'Weekend Edition', 'Piers Morgan Live', 'The Situation Room', 'Anderson Cooper 360', 'AC360', 'Morning Joe',
  'Fox & Friends', 'Fox and Friends', 'Tucker Carlson Tonight', 'The Ingraham Angle', '60 Minutes', 'CBS Evening News', 'NBC Nightly News', 'World News Tonight', 'Washington Journal', 'CNN Newsroom', 'Nightline', 'PBS NewsHour', 'NewsHour',
  'Sunday Morning Futures', "America's Newsroom", 'America’s Newsroom', 'Special Report', 'Squawk Box', 'The Daily Show', 'The Late Show', 'Late Show', 'Hardball', 'The Lead', 'Reliable Sources', 'Fareed Zakaria GPS', 'Fox News Sunday”',
]);

/**
 * Acronyms of common nouns — things, substances, conditions, measures, documents, time zones and people's positions —
 * that the tagger reads as bodies for their capitals ("DNA", "the PM", "11 a.m. ET", "an NDA", "R&D"): no body. Not an
 * acronym a body goes by ("AI" of artificial intelligence only; "MD", "CT" are states too and stay out).
 */
export const COMMON_NOUN_ACRONYMS: ReadonlySet<string> = new Set([
  // things and technology
  'DNA', 'RNA', 'TV', 'SUV', 'GPS', 'PDF', 'USB', 'DVD', 'PC', 'SMS', 'ATM', 'MRI', 'GIF', 'URL', 'VPN', 'AI', 'LED', 'IED', 'RPG', 'TNT', 'TATP', 'VX', 'ICBM', 'SLBM', 'EMP', 'UAV', 'LNG', 'LPG', 'GMO',
  // conditions and care
  'HIV', 'SARS', 'PTSD', 'ADHD', 'ICU', 'CPR', 'IQ',
  // economy, business and documents
  'GDP', 'GNP', 'CPI', 'IPO', 'ETF', 'R&D', 'PR', 'ID', 'NDA', 'FAQ', 'Q&A', 'CV', 'MBA', 'FY', 'HQ', 'DIY', 'ASAP', 'O.K.', 'OK', 'PPE', 'GCSE', 'GCSEs',
  // military capabilities
  'ISR', 'C4ISR',
  // people and positions
  'VIP', 'POW', 'AWOL', 'BFF', 'CEO', 'CFO', 'COO', 'CTO', 'MP', 'MEP', 'PM', 'VP', 'POTUS', 'FLOTUS', 'LGBT', 'LGBTQ',
  // officers by their titles' initials ("DNI Dan Coats"): a person's office, as "PM" is, no body ("the IG said it …"
  // speaks for an inspector general's office: it stays)
  'DNI', 'DCI', 'SecDef', 'SECDEF', 'SecState',
  // intelligence's kinds and reports ("We had SIGINT", "SITREP # 3023", "the PDB")
  'SIGINT', 'HUMINT', 'OSINT', 'SITREP', 'PDB',
  // time zones and wars
  'ET', 'EST', 'EDT', 'PST', 'PDT', 'CST', 'CDT', 'GMT', 'BST', 'UTC', 'CET', 'WWI', 'WWII',
]);

/**
 * Acronyms of a thing that a body goes by too ("CCTV": closed-circuit television and China Central Television): the
 * thing where a noun of what it records follows ("CCTV footage", "CCTV cameras", "CCTV shows …") or "on" precedes it
 * ("caught on CCTV"), the body elsewhere ("state-run CCTV reported").
 */
export const THING_OR_BODY_ACRONYMS: ReadonlySet<string> = new Set(['CCTV']);
/** What follows such an acronym used as the thing: a noun of its records or a verb of showing. Linear: fixed words. */
export const THING_USE_AFTER = /^ (?:footage|cameras?|images?|video|videos|recordings?|stills?|pictures?|systems?|surveillance|operators?|evidence|monitors?|shows|showed|captured|captures)\b/;

/** Texts the news names by one word (or two), whatever is around them: a state's constitution, the scriptures. No body. */
export const TEXT_NAMES: ReadonlySet<string> = new Set(['Constitution', 'Constitutions', 'Bible', 'Bibles', 'Koran', 'Quran', "Qur'an", 'Qur’an', 'Torah', 'Talmud', 'Gospels', 'Magna Carta']);

/** Honours named after their founder, which the news names by that name alone ("a Pulitzer", "an Oscar", "the Nobel"). */
export const HONOUR_NAMES: ReadonlySet<string> = new Set(['Pulitzer', 'Pulitzers', 'Nobel', 'Nobels', 'Oscar', 'Oscars', 'Emmy', 'Emmys', 'Grammy', 'Grammys', 'Tony', 'Tonys']);
/** Words after an honour's name that give its field or its holder: "Nobel Peace", "Nobel Peace Laureate". */
export const HONOUR_FIELD_WORDS: ReadonlySet<string> = new Set(['Peace', 'Literature', 'Economics', 'Physics', 'Chemistry', 'Medicine', 'Memorial', 'Prize', 'Prizes', 'Laureate', 'Laureates', 'Winner', 'Winners', 'Prizewinner', 'Prize-winning', 'Award', 'Awards']);

/** Nationality adjectives that are also the names of languages: before "-language" or "-speaking" they name the tongue
 *  ("an English-language magazine", "Russian-speaking regions"), no country. */
export const LANGUAGE_ADJECTIVES: ReadonlySet<string> = new Set(['English', 'French', 'Spanish', 'Portuguese', 'German', 'Italian', 'Dutch', 'Russian', 'Ukrainian', 'Polish', 'Greek', 'Turkish', 'Arabic', 'Persian', 'Farsi', 'Hebrew', 'Chinese', 'Mandarin', 'Cantonese', 'Japanese', 'Korean', 'Swedish', 'Norwegian', 'Danish', 'Finnish', 'Hungarian', 'Romanian', 'Serbian', 'Albanian', 'Armenian', 'Georgian', 'Urdu', 'Hindi', 'Bengali', 'Vietnamese', 'Thai', 'Indonesian', 'Malay', 'Tagalog', 'Swahili', 'Somali', 'Amharic', 'Pashto', 'Dari', 'Kurdish', 'Uzbek', 'Kazakh']);

/** Nouns of a written or recorded work and the participles that give one its title: the capitalised words after them are the work's title ("his book, The Restless Wave: Good Times …", "a report titled …"). */
export const WORK_TITLE_CUES: ReadonlySet<string> = new Set(['book', 'books', 'memoir', 'memoirs', 'novel', 'novels', 'biography', 'autobiography', 'bestseller', 'best-seller', 'essay', 'poem', 'film', 'movie', 'documentary', 'album', 'song', 'titled', 'entitled']);

/** Small words a title writes in lower case between its capitalised words ("The Best and the Brightest", "Between Diplomacy and War"). */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'with', 'at', 'by', 'from', 'or', 'as', 'into', '&', '—', '–']);
