// Names whose head word tells their kind, whatever the tagger typed them: a weapon or a device ("Iron Dome") is no
// person; a firm named by its trade ("Fitch Ratings") is a body; a strait, a sea, a gulf or a zone ("Strait of Hormuz",
// "Green Zone", "the DMZ") is a place, not a body. Read after tagging (retype.ts). Rules are data (HEAD_WORD_RULES): each
// names the word class, the types it applies to and what the name becomes (null: no entity).
import { CITY_NAMES, PLACE_LAST_WORDS } from './lexicon/places.js';
import { COMPANY_TRADE_WORDS, KNOWN_ORGANIZATION_FORMS, ORG_SUFFIXES } from './lexicon/organizations.js';
import { isBodyWord } from './unlikely-bodies.js';
import { FIRST_NAMES } from './lexicon/names.js';
import { ARMED_GROUP_FIRST_NOUNS } from './lexicon/armed-group-nouns.js';
import { HEADLESS_PARTY_NAMES } from './lexicon/party-names.js';
import { PERSON_LIKE_COMPANY_NAMES } from './lexicon/companies.js';
import { isHardwareName } from './lexicon/weapons.js';
import { HONOUR_FIELD_WORDS, HONOUR_NAMES, TEXT_NAMES } from './lexicon/non-bodies.js';

export type HeadVerdict = 'Organization' | 'Place' | null;

export interface HeadWordRule {
  id: string;
  /** The tagger's types the rule reads. */
  from: readonly ('Person' | 'Unknown' | 'Organization')[];
  /** True when the name (its words) is of the class. */
  test: (words: readonly string[], type: string) => boolean;
  to: HeadVerdict;
  examples: readonly string[];
  why: string;
}

/** Last words of weapons, devices and craft: "Iron Dome", "Aegis Combat System", "Tomahawk Missiles". */
const THING_HEADS: ReadonlySet<string> = new Set(['Dome', 'System', 'Missile', 'Missiles', 'Rocket', 'Rockets', 'Launcher', 'Launchers', 'Drone', 'Drones', 'Warhead', 'Warheads', 'Interceptor', 'Interceptors', 'Bomber', 'Bombers', 'Howitzer', 'Howitzers', 'Rifle', 'Rifles']);
/** Last words of firms named by their trade ("Fitch Ratings", "Elliott Capital"), beside the trade words of companies' names. */
// (And the plural nouns of what a firm sells or of its trade's people, which no family name is: "Trump Hotels", "Young
// Pioneer Tours", "Sidar Global Advisors", "Getty Images", "Sony Pictures", "McClatchy Newspapers".)
const FIRM_HEADS: ReadonlySet<string> = new Set([...COMPANY_TRADE_WORDS, 'Ratings', 'Capital', 'Partners', 'Investors', 'Bancorp', 'Petroleum', 'Pharma', 'Telecom', 'Logistics', 'Consulting', 'Hotels', 'Resorts', 'Casinos', 'Tours', 'Advisors', 'Advisers', 'Consultants', 'Associates', 'Enterprises', 'Holdings', 'Ventures', 'Properties', 'Pictures', 'Images', 'Studios', 'Entertainment', 'Productions', 'Newspapers', 'Publications', 'Publishers', 'Laboratories', 'Labs', 'Solutions', 'Strategies', 'Controls', 'Economics']);
/** Last words of areas named as places: natural places (lexicon/places.ts) and zones ("Green Zone", "Schengen Zone"). */
const AREA_HEADS: ReadonlySet<string> = new Set([...PLACE_LAST_WORDS, 'Zone']);
/** Heads of administrative areas: a body the tagger read so ("Islamic State West Africa Province", "Sinai Province") is
 *  an armed group's branch, left a body; only a person's reading of one becomes the place. */
const ADMINISTRATIVE_HEADS: ReadonlySet<string> = new Set(['Province', 'Region', 'Prefecture', 'Governorate']);
/** First words of natural places named "X of Y": "Strait of Hormuz", "Gulf of Aden", "Sea of Azov". */
const AREA_FIRST: ReadonlySet<string> = new Set(['Strait', 'Straits', 'Gulf', 'Sea', 'Bay', 'Isle', 'Lake', 'Mount']);
/** First words of ships' names ("USS Philippine Sea"): a ship named after a sea is no sea. */
const SHIP_PREFIXES: ReadonlySet<string> = new Set(['USS', 'HMS', 'USNS', 'HMCS', 'HMAS', 'INS', 'MV', 'MS', 'SS', 'RV']);

/** Last words of laws, treaties and decisions: "Logan Act", "War Powers Resolution", "First Amendment", "Paris Accord". */
// (A constitution is a state's founding text, "the U.S. Constitution"; an authorization a law that grants a power or
// funds one, "National Defense Authorization": no body either. "Journal-Constitution", a paper, is one hyphenated word.)
const INSTRUMENT_HEADS: ReadonlySet<string> = new Set(['Act', 'Acts', 'Resolution', 'Resolutions', 'Amendment', 'Amendments', 'Doctrine', 'Accord', 'Accords', 'Agreement', 'Treaty', 'Protocol', 'Pact', 'Statute', 'Charter', 'Code', 'Tariff', 'Tariffs', 'Constitution', 'Constitutions', 'Authorization', 'Authorizations', 'Reauthorization']);
/** Last words of honours: "Defense Distinguished Service Medal", "Pulitzer Prize", "Sakharov Award". */
const HONOUR_HEADS: ReadonlySet<string> = new Set(['Medal', 'Medals', 'Prize', 'Prizes', 'Award', 'Awards', 'Trophy']);
/** Last words of market measures and funds traded as shares: "Saudi Arabia ETF", "Aerospace and Defense Index". */
const MARKET_HEADS: ReadonlySet<string> = new Set(['Index', 'ETF', 'ETFs']);
/** Last words of days and nights that are named ("Election Day", "Bastille Day", "Election Night", "New Year’s Eve"). */
const DAY_HEADS: ReadonlySet<string> = new Set(['Day', 'Night', 'Eve']);
/** Last words of named periods and historic events: "Great Depression", "Orange Revolution", "Ice Age", "Suez Crisis",
 *  "Opium Wars". Not "Spring" (Dick Spring, Silver Spring), "Games" (Epic Games), "Awakening" (a movement). */
const ERA_HEADS: ReadonlySet<string> = new Set(['Depression', 'Recession', 'Revolution', 'Age', 'Era', 'Crisis', 'Massacre', 'Uprising', 'Genocide', 'Holocaust', 'War', 'Wars', 'Olympics']);
/** Periods and events a single word names: "the Holocaust", "the second Intifada". */
const ERA_WORDS: ReadonlySet<string> = new Set(['Holocaust', 'Intifada', 'Nakba', 'Renaissance', 'Reformation', 'Enlightenment']);
/** Nouns of treaties named by their topic after "on": "Convention on Cluster Munitions", "Treaty on European Union". */
const TOPIC_INSTRUMENTS: ReadonlySet<string> = new Set(['Treaty', 'Convention', 'Agreement', 'Protocol', 'Charter', 'Declaration', 'Act']);
/** A treaty's noun, "on" and a capitalised topic: "European Convention on Human Rights". */
const instrumentOnTopic = (words: readonly string[]) => words.some((w, k) => TOPIC_INSTRUMENTS.has(w) && words[k + 1] === 'on' && /^\p{Lu}/u.test(words[k + 2] ?? ''));
/** Heads of laws that are also surnames ("Jude Law", "Stuart Law") or given names ("Buffalo Bill"): read only after no
 *  given name nor initial; and "Law" not for a body, which may be a law firm or school ("Ifrah Law", "Harvard Law"). */
const SURNAME_INSTRUMENT_HEADS: ReadonlySet<string> = new Set(['Law', 'Bill']);
/** First words of laws named "X of Y" or "X for Y": "Treaty of Versailles", "Bill of Rights", "Authorization for Use of
 *  Military Force". */
const INSTRUMENT_FIRST: ReadonlySet<string> = new Set(['Act', 'Treaty', 'Bill', 'Statute', 'Charter', 'Code', 'Authorization', 'Authorizations']);
/** Last words of documents and addresses a government or a leader issues or gives: "Queen's Speech", "Gettysburg Address",
 *  "Marshall Plan", "Joint Declaration", "National Defense Strategy". Not "Report" (outlets: "Drudge Report"), not
 *  "Initiative" or "Program" (bodies: "Nuclear Threat Initiative", "World Food Program"). */
const DOCUMENT_HEADS: ReadonlySet<string> = new Set(['Speech', 'Speeches', 'Address', 'Plan', 'Declaration', 'Strategy', 'Manifesto', 'Memorandum', 'Communique', 'Communiqué', 'Roadmap', 'Dossier', 'Framework', 'Assessment', 'Guidance']);
/** Words of policy before "Review" that make it a government's review, a document ("Nuclear Posture Review", "Quadrennial
 *  Defense Review"); a journal's "Review" follows no such word ("National Review", "Harvard Law Review"). */
const POLICY_REVIEW_WORDS: ReadonlySet<string> = new Set(['Posture', 'Defense', 'Defence', 'Development', 'Security', 'Spending']);
/** Last words of publications' names: a name read as a person's that ends so is the publication ("Nikkei Asian Review",
 *  "Syfy Wire"). Not "Report", a document's too ("the Mueller Report"). */
const PUBLICATION_HEADS: ReadonlySet<string> = new Set(['Review', 'Wire']);
/** Last words of meetings and votes held once: "NATO Summit", "Six-Party Talks", "Cannes Film Festival". Not
 *  "Conference" or "Forum" (bodies too: "Senate Republican Conference", "World Economic Forum"), not "Games" ("Epic Games"). */
const EVENT_HEADS: ReadonlySet<string> = new Set(['Summit', 'Talks', 'Festival', 'Referendum', 'Election', 'Elections', 'Primary', 'Caucuses', 'Debate']);
/** Last words of books of rules and reference a body issues: "Army Field Manual", "SIPRI Yearbook". No body's name ends so. */
const MANUAL_HEADS: ReadonlySet<string> = new Set(['Manual', 'Manuals', 'Handbook', 'Yearbook', 'Guidebook']);
/** Last words of aid programmes a government runs: "Trade Adjustment Assistance". Not "Aid" ("Christian Aid", "Legal Aid"
 *  are bodies). */
const AID_PROGRAMME_HEADS: ReadonlySet<string> = new Set(['Assistance']);
/** Last words of broadcast programmes: "The Andrew Marr Show", "The Laura Ingraham Show". */
const PROGRAMME_HEADS: ReadonlySet<string> = new Set(['Show']);

/** Last words of airports and airfields: "Brussels Airport", "John F. Kennedy International Airport". */
const AIRPORT_HEADS: ReadonlySet<string> = new Set(['Airport', 'Airfield', 'Aerodrome']);
/** Nouns of military airfields and bases, after their service's word: "Bagram Air Field", "Naval Air Station Pensacola". */
const BASE_HEADS: ReadonlySet<string> = new Set(['Base', 'Field', 'Station']);
const BASE_SERVICE_WORDS: ReadonlySet<string> = new Set(['Air', 'Force', 'Naval', 'Navy', 'Army', 'Corps']);
/** Words that, alone before "Airport", name no airport: "International Airport" is a fragment of one. */
const GENERIC_AIRPORT_WORDS: ReadonlySet<string> = new Set(['International', 'Municipal', 'Regional', 'National', 'Domestic', 'Military', 'Civil', 'Main', 'New', 'Old', 'The']);
/** Nouns of buildings and resorts that a name built on a person's name may end or hold: "Trump Tower", "Trump Tower
 *  Moscow", "Crawford Ranch", "Eiffel Tower". Not those of bodies ("Club", "Center") nor of streets. */
const VENUE_HEADS: ReadonlySet<string> = new Set(['Tower', 'Towers', 'Hotel', 'Resort', 'Casino', 'Ranch', 'Estate', 'Mansion', 'Links', 'Plaza', 'Stadium']);
/** Venue nouns that are also surnames ("John Tower"): read only after a word that is no given name nor initial. */
const SURNAME_VENUE_HEADS: ReadonlySet<string> = new Set(['Tower', 'Towers']);
/** Nouns of the rooms, porches and grounds of a building: "Rose Garden", "Situation Room", "South Portico", "South Lawn". */
/** Not "Rotunda", a surname too ("Ronald Rotunda"). */
const BUILDING_PART_HEADS: ReadonlySet<string> = new Set(['Garden', 'Gardens', 'Room', 'Portico', 'Lawn', 'Colonnade', 'Ballroom', 'Bedroom', 'Courtyard']);
/**
 * Nouns of streets, squares, bridges, walls and monuments: "Times Square", "Boylston Street", "London Bridge", "the
 * Western Wall", "Vietnam Veterans Memorial". Not "Hall", "Palace", "Hill" ("City Hall", "Buckingham Palace", "Capitol
 * Hill" speak for the bodies that sit there, as "White House" does) nor "Center" (a body's).
 */
const STREET_HEADS: ReadonlySet<string> = new Set(['Street', 'Avenue', 'Boulevard', 'Square', 'Road', 'Lane', 'Highway', 'Bridge', 'Wall', 'Memorial', 'Monument', 'Cemetery', 'Mosque', 'Cathedral', 'Basilica', 'Arena', 'Mall', 'Dam',
  // shrines, tombs and the sites people visit or are held at ("Gandhi Ashram", "Taj Mahal", "Erawan Shrine", "Omaha Beach", "Belmarsh Prison")
  'Ashram', 'Shrine', 'Mausoleum', 'Tomb', 'Pagoda', 'Synagogue', 'Mahal', 'Beach', 'Prison']);
/** Street nouns that are also surnames ("Jeffrey Wall", "Nathan Lane", "Picabo Street"): never in a name read as a
 *  person, and in an untyped name only after no given name. */
const SURNAME_STREET_HEADS: ReadonlySet<string> = new Set(['Street', 'Lane', 'Wall', 'Bridge', 'Mall', 'Beach']);
/** Nouns of streets and squares that open the name in French, Spanish, Italian: "Rue de Rivoli", "Place de la
 *  République", "Champs-Élysées" (the "fields"), "Avenida Paulista", "Piazza Venezia". */
const STREET_FIRST: ReadonlySet<string> = new Set(['Rue', 'Place', 'Champs', 'Avenida', 'Calle', 'Piazza', 'Via']);
/** Lower-case words a street's foreign name holds: "Place de la Concorde", "Rue du Faubourg". */
const STREET_PARTICLES: ReadonlySet<string> = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'del', 'della', 'of', 'the']);
/**
 * A street's or a square's name that the news uses for the body that sits there, as it does "White House": "Downing
 * Street said" is the British prime minister's office, "Wall Street" the financial industry. Left to what typed them.
 */
const SEAT_STREETS: ReadonlySet<string> = new Set(['Downing Street', 'Wall Street', 'Whitehall', 'Foggy Bottom']);

/** Nouns of buildings and grounds that open a venue's name: "Hotel Metropol", "Plaza de Catalunya", "Camp David", "Fort Hood". */
const VENUE_FIRST: ReadonlySet<string> = new Set(['Hotel', 'Plaza', 'Camp', 'Fort']);
/** Words that open a church's dedication to a saint or a mystery: "St. George Church", "Our Lady of Salvation Church", "Holy Cross Church". */
const DEDICATION_FIRST: ReadonlySet<string> = new Set(['St.', 'St', 'Saint', 'Sts.', 'Our', 'Holy']);
const CHURCH_HEADS: ReadonlySet<string> = new Set(['Church', 'Chapel']);

/**
 * One word with a capital inside it after a syllable of lower case ("WikiLeaks", "EgyptAir", "WhatsApp", "YouGov"): the
 * spelling of a brand, never of a person's name, whose inner capitals follow a short prefix ("McConnell", "DeSantis",
 * "LaHood") or a listed one ("MacArthur", "VanderSloot", "FitzGerald"). The first part, and whether there is one.
 */
const BRAND_SPELLING = /^(?!(?:Mac|Van|Vander|Von|Fitz|Den|Der|Del|Des|Dos|Das|Della|Ter|Ten)\p{Lu})(\p{Lu}\p{Ll}{2,})\p{Lu}[\p{L}]*$/u;
/** Titles run into a name in an account's handle ("SpeakerPelosi", "SenTomCotton"). */
const HANDLE_TITLES: ReadonlySet<string> = new Set(['Sen', 'Senator', 'Speaker', 'Rep', 'Gov', 'President', 'Mayor', 'Leader', 'Real']);
/** A handle run together from a given name or a title and a surname ("JeffFlake", "SpeakerPelosi"), or undefined. */
const runTogetherHandle = (word: string): boolean | undefined => {
  const m = BRAND_SPELLING.exec(word);
  return m ? FIRST_NAMES.has(m[1]) || HANDLE_TITLES.has(m[1]) : undefined;
};

/**
 * A model designation: a maker's or a service's letters, a hyphen and a number, a variant's letter or a plural after it
 * ("F-16", "AK-47s", "DF-31A", "Su-35", "MiG-29"). Not a group of states or powers named by a count ("G-7", "G-20",
 * "EU-3", "P-5", "E-3") nor a service's number ("MI-6").
 */
const MODEL_DESIGNATION = /^(?!(?:G|EU|UN|P|E|MI)-)(?:\p{Lu}{1,3}|\p{Lu}\p{Ll}|MiG)-\d{1,3}\p{Lu}{0,2}s?$/u;

/** A listed given name or an initial opens the name: "Stuart Law", "S. Law", "John Tower" are people. (Not the gender
 *  guesser's wider list, which takes "Kashmir" and "Shariah" for given names.) */
const personFirst = (words: readonly string[]) => /^\p{Lu}\.$/u.test(words[0]) || FIRST_NAMES.has(words[0]);

const capitalised = (w: string) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w);
const last = (words: readonly string[]) => words[words.length - 1];
/** A body's head noun before the last word ("Center for Strategy", "Party Primary"): the name is the body's, or of one. */
const bodyHeadInside = (words: readonly string[]) => words.slice(0, -1).some((w) => ORG_SUFFIXES.has(w));

export const HEAD_WORD_RULES: readonly HeadWordRule[] = [
  {
    id: 'thing-head',
    from: ['Person', 'Unknown'],
    test: (words) => words.length > 1 && THING_HEADS.has(last(words)),
    to: null,
    examples: ['Israel’s Iron Dome intercepted the rockets', 'The Aegis Combat System failed'],
    why: 'a name ending in a noun of weapons or devices names a thing, never a person; no entity type holds things',
  },
  {
    id: 'hardware-name',
    from: ['Unknown', 'Organization'],
    // the name whole, or its last word ("AV-8B Harrier", "MV-22 Ospreys"), is a listed craft; or it opens or closes
    // with a model designation ("F-35 Joint Strike Fighter", "B-52")
    test: (words) => isHardwareName(words.join(' ')) || (words.length > 1 && isHardwareName(last(words))) || MODEL_DESIGNATION.test(words[0]) || MODEL_DESIGNATION.test(last(words)),
    to: null,
    examples: ['deploying additional THAAD systems', 'the Navy’s new F-35 Joint Strike Fighter', 'Humvees and Ospreys were flown in', 'reusable Falcon 9 rocket'],
    why: 'a weapon system, a military craft or a rocket — a listed name (lexicon/weapons.ts) or a model designation ("F-16", "AK-47s") — is a thing a body makes or fields, no body; no entity type holds things',
  },
  {
    id: 'flight-head',
    from: ['Unknown', 'Organization'],
    // an airline's name before "Flight" and its number ("EgyptAir Flight MS804", "Malaysia Airlines Flight MH17")
    test: (words) => last(words) === 'Flight' && words.every(capitalised),
    to: null,
    examples: ['EgyptAir Flight MS804 was brought down', 'the downing of Malaysia Airlines Flight MH17 over Ukraine'],
    why: 'a name headed by "Flight" is one journey of a plane (the airline\'s name, "Flight" and a number): a trip or a crash, no body; the airline is named apart',
  },
  {
    id: 'firm-head',
    from: ['Person', 'Unknown'],
    test: (words) => words.length > 1 && FIRM_HEADS.has(last(words)),
    to: 'Organization',
    examples: ['Fitch Ratings cut Turkey’s rating', 'Elliott Capital bought shares', 'Trump Hotels is a brand of properties', 'a trip organized by Young Pioneer Tours'],
    why: 'a name ending in a trade noun ("Ratings", "Capital", "Motors") or in the plural of what a firm sells ("Hotels", "Tours", "Pictures") names a firm, never a person',
  },
  {
    id: 'area-head',
    from: ['Person', 'Unknown', 'Organization'],
    test: (words, type) =>
      words.length > 1 && !SHIP_PREFIXES.has(words[0]) && words.every((w) => capitalised(w) || w === 'of' || w === 'the') && !words.some(isBodyWord) &&
      // the head is the last word, or the first before "of" ("Strait of Hormuz"; not "Health Ministry of the Gulf")
      (words.includes('of') ? words.length <= 4 && AREA_FIRST.has(words[0]) && words[1] === 'of' : AREA_HEADS.has(last(words)) && !(type === 'Organization' && ADMINISTRATIVE_HEADS.has(last(words)))),
    to: 'Place',
    examples: ['Tankers crossed the Strait of Hormuz', 'Troops left the Green Zone', 'claims in the South China Sea'],
    why: 'a name headed by a noun of a natural place or an area ("Sea", "Strait", "Gulf", "Zone"; "Strait of …") is that place, not a body nor a person (ships named after seas excepted)',
  },
  {
    id: 'instrument-head',
    from: ['Person', 'Unknown', 'Organization'],
    // (not a ship named after one: "USS Constitution")
    test: (words, type) =>
      words.length > 1 && !SHIP_PREFIXES.has(words[0]) && words.every((w) => capitalised(w) || w === 'of' || w === 'the' || (w === 'for' && INSTRUMENT_FIRST.has(words[0])) || (w === 'on' && instrumentOnTopic(words))) &&
      (INSTRUMENT_HEADS.has(last(words)) ||
        (INSTRUMENT_FIRST.has(words[0]) && (words[1] === 'of' || words[1] === 'for')) ||
        instrumentOnTopic(words) ||
        (type !== 'Organization' && SURNAME_INSTRUMENT_HEADS.has(last(words)) && !personFirst(words)) ||
        (type === 'Organization' && last(words) === 'Bill')),
    to: null,
    examples: ['violated the Logan Act', 'under the War Powers Resolution', 'protected by the First Amendment', 'the Helms-Burton Law', 'the Treaty of Versailles', 'the standard the U.S. Constitution requires', 'the 2002 Authorization for Use of Military Force', 'Trump’s first National Defense Authorization bill', 'party to the European Convention on Human Rights'],
    why: 'a name headed by the noun of a law, a treaty, a resolution, a constitution or an authorization ("… Authorization for …" too) names a text, neither a person nor a body; no entity type holds texts (law firms and schools, "Ifrah Law", stay bodies; "Stuart Law" stays a person; "USS Constitution" is a ship)',
  },
  {
    id: 'text-name',
    from: ['Person', 'Unknown', 'Organization'],
    test: (words) => TEXT_NAMES.has(words.join(' ')),
    to: null,
    examples: ['any strikes without congressional approval would violate the Constitution', 'a photo of Mr. Trump holding a Bible', 'a pastor best known for burning the Koran'],
    why: 'a text the news names by one word — a state\'s constitution ("the Constitution"), a scripture ("the Bible", "the Koran") — is a document, neither a body nor a person (lexicon/non-bodies.ts TEXT_NAMES; "Constitution Party" has a body\'s head and stays)',
  },
  {
    id: 'doctrine-word',
    from: ['Person', 'Unknown', 'Organization'],
    // one capitalised word ending in "-ism" ("McCarthyism", "Wahhabism", "Kemalism")
    test: (words) => words.length === 1 && /^\p{Lu}[\p{L}-]{2,}ism$/u.test(words[0]),
    to: null,
    examples: ['raging about “McCarthyism”', 'a strain of Islam known as Wahabbism', 'hard-line secularism now called Kemalism'],
    why: 'a word formed with "-ism" names a doctrine, a faith, a movement of ideas or a practice, capitalised after a name or a people ("McCarthyism", "Wahhabism"): neither a body nor a person',
  },
  {
    id: 'honour-name',
    from: ['Person', 'Unknown', 'Organization'],
    test: (words, type) => HONOUR_NAMES.has(words[0]) && (words.length === 1 ? type === 'Organization' : words.slice(1).every((w) => HONOUR_FIELD_WORDS.has(w))),
    to: null,
    examples: ['a story that was worthy of a Pulitzer', 'the former president and Nobel Peace laureate Kim Dae-jung', 'Kofi Annan, former Secretary General and Nobel Peace Laureate, passed away'],
    why: 'an honour the news names by its founder\'s name alone ("a Pulitzer", "an Oscar") or with its field ("Nobel Peace") names the prize, no body; a person of that name ("Joseph Pulitzer", "Oscar Wason") has a given name first and stays (lexicon/non-bodies.ts HONOUR_NAMES)',
  },
  {
    id: 'document-head',
    from: ['Person', 'Unknown', 'Organization'],
    // the noun last, or "Plan of …" ("Joint Comprehensive Plan of Action"); no surname is one of these nouns
    test: (words) =>
      words.length > 1 && (DOCUMENT_HEADS.has(last(words)) || (words.indexOf('Plan') > 0 && words[words.indexOf('Plan') + 1] === 'of') || (last(words) === 'Review' && POLICY_REVIEW_WORDS.has(words[words.length - 2]))) &&
      words.every((w) => capitalised(w) || w === 'of' || w === 'the' || w === 'and') && !bodyHeadInside(words),
    to: null,
    examples: ['an amendment to the Queen’s Speech', 'since the Marshall Plan', 'in his Farewell Address', 'the Pentagon’s National Defense Strategy', 'the Joint Comprehensive Plan of Action', 'followed by the Agreed Framework in 1994', 'the 2017 Intelligence Community Assessment', 'the Trump administration’s Nuclear Posture Review'],
    why: 'a name headed by the noun of a speech, a plan, a declaration, a framework, an assessment or a guidance, or a policy\'s "Review" ("Nuclear Posture Review", "Quadrennial Defense Review"), names a text or an address given, neither a person nor a body (the body that gives it is named apart; a body\'s noun inside, "Center for Strategy", keeps the body)',
  },
  {
    id: 'publication-head',
    from: ['Person'],
    test: (words) => words.length > 1 && PUBLICATION_HEADS.has(last(words)) && words.every(capitalised) && !personFirst(words),
    to: 'Organization',
    examples: ['according to the Nikkei Asian Review', 'as Syfy Wire reported'],
    why: 'a name ending in a publication\'s noun ("Review", "Wire") after no given name is a journal or a wire, a body, never a person ("Report" names documents too: "the Mueller Report")',
  },
  {
    id: 'event-head',
    from: ['Person', 'Unknown', 'Organization'],
    test: (words) => words.length > 1 && EVENT_HEADS.has(last(words)) && words.every((w) => capitalised(w) || w === 'of' || w === 'the') && !bodyHeadInside(words),
    to: null,
    examples: ['on the sidelines of the NATO Summit', 'the stalled Six-Party Talks', 'at the Cannes Film Festival', 'before the U.S. Presidential Election'],
    why: 'a name headed by the noun of a meeting or a vote held once ("Summit", "Talks", "Festival", "Election") names an event, neither a person nor a body; the bodies that meet are named apart',
  },
  {
    id: 'manual-head',
    from: ['Person', 'Unknown', 'Organization'],
    // a body's noun inside is its issuer's ("Army/Marine Corps Counterinsurgency Manual"): the name is still the book's
    test: (words) => words.length > 1 && MANUAL_HEADS.has(last(words)) && words.every((w) => /^\p{Lu}/u.test(w) || w === 'of' || w === 'the'),
    to: null,
    examples: ['interrogation techniques allowed by the Army Field Manual', 'see our contribution to the SIPRI Yearbook'],
    why: 'a name headed by "Manual", "Handbook" or "Yearbook" is a book a body issues, a text, no body (the issuer is named apart or inside it)',
  },
  {
    id: 'aid-programme-head',
    from: ['Person', 'Unknown', 'Organization'],
    // words in title case only: a body's acronym before the noun ("ASISTA Immigration Assistance") is a body's name
    test: (words) => words.length > 1 && AID_PROGRAMME_HEADS.has(last(words)) && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) || w === 'and') && !bodyHeadInside(words),
    to: null,
    examples: ['Democratic votes could break against Trade Adjustment Assistance', 'The workers-assistance program, known as Trade Adjustment Assistance'],
    why: 'a name headed by "Assistance" with no body\'s noun before it names a programme of aid, a law\'s benefit, no body (the office that runs one is named by its own head: "Office of U.S. Foreign Disaster Assistance")',
  },
  {
    id: 'programme-head',
    from: ['Person', 'Unknown', 'Organization'],
    test: (words) => words.length > 1 && PROGRAMME_HEADS.has(last(words)) && words.every(capitalised),
    to: null,
    examples: ['On Sunday, the BBC’s Andrew Marr Show followed up with May', 'he told The Laura Ingraham Show'],
    why: 'a name headed by "Show" is a broadcast programme, named after its host: neither the host nor a body (the network is named apart)',
  },
  {
    id: 'honour-head',
    from: ['Person', 'Unknown', 'Organization'],
    test: (words) => words.length > 1 && HONOUR_HEADS.has(last(words)) && words.every((w) => capitalised(w) || w === 'of' || w === 'the' || w === 'for'),
    to: null,
    examples: ['having received the Defense Distinguished Service Medal', 'the Pulitzer Prize winner', 'a previous recipient of the Sakharov Prize'],
    why: 'a name headed by the noun of an honour ("Medal", "Prize", "Award") names the honour, a thing given, neither a person nor a body (the body that gives it is named apart: "the Nobel Foundation")',
  },
  {
    id: 'market-head',
    from: ['Person', 'Unknown', 'Organization'],
    test: (words) => words.length > 1 && MARKET_HEADS.has(last(words)) && words.every((w) => capitalised(w) || w === 'of' || w === 'and' || w === '&'),
    to: null,
    examples: ['the iShares MSCI Saudi Arabia ETF fell 3%', 'the Standard & Poor’s Aerospace and Defense Index rose'],
    why: 'a name headed by "Index" or "ETF" names a market measure or a fund traded as a share, a price, neither a body nor a person (its provider is named apart: "MSCI", "iShares")',
  },
  {
    id: 'day-head',
    from: ['Person', 'Unknown', 'Organization'],
    test: (words) => words.length > 1 && DAY_HEADS.has(last(words)) && words.every((w) => capitalised(w) || w === 'of' || w === 'the') && !personFirst(words),
    to: null,
    examples: ['eight weeks to Election Day', 'the Bastille Day parade', 'a great Election Night', 'on International Human Rights Day'],
    why: 'a name headed by "Day", "Night" or "Eve" names a day, neither a person nor a body; no entity type holds dates (a given name first keeps a person: "Doris Day")',
  },
  {
    id: 'era-head',
    from: ['Person', 'Unknown', 'Organization'],
    test: (words) =>
      words.length === 1
        ? ERA_WORDS.has(words[0])
        : ERA_HEADS.has(last(words)) && words.every(capitalised) && !personFirst(words) && !(words.length === 2 && words[0] === 'The'),
    to: null,
    examples: ['the worst slump since the Great Depression', 'the Orange Revolution in Ukraine', 'a survivor of the Holocaust', 'during the Suez Crisis', 'his film Dirty Wars'],
    why: 'a name headed by the noun of a period or a historic event ("Depression", "Revolution", "Age", "Crisis", "War") names a time or an event, neither a person nor a body; no entity type holds them ("The Age", a newspaper, and "Institute for the Study of War", with its lower-case words, stay)',
  },
  {
    id: 'airport-generic',
    from: ['Person', 'Unknown', 'Organization'],
    test: (words) => words.length > 1 && AIRPORT_HEADS.has(last(words)) && words.slice(0, -1).every((w) => GENERIC_AIRPORT_WORDS.has(w)),
    to: null,
    examples: ['landed at the International Airport'],
    why: 'an airport noun with generic words only ("International Airport") is a fragment of a name the tagger cut, no airport',
  },
  {
    id: 'airport-head',
    from: ['Person', 'Unknown', 'Organization'],
    // also a military airfield or base, its service's word before the noun ("Bagram Air Field", "MacDill Air Force Base")
    test: (words) =>
      words.length > 1 && words.every((w) => capitalised(w) || w === 'of' || w === 'de') &&
      (AIRPORT_HEADS.has(last(words)) || (words.length > 2 && BASE_HEADS.has(last(words)) && BASE_SERVICE_WORDS.has(words[words.length - 2]))),
    to: 'Place',
    examples: ['at Brussels Airport', 'landed at Los Angeles International Airport', 'sole control over Bagram Air Field', 'told troops at MacDill Air Force Base'],
    why: 'an airport is a place (where people land and meet), not a body: its operator is named otherwise ("Airport Authority")',
  },
  {
    id: 'venue-head',
    from: ['Person', 'Unknown', 'Organization'],
    test: (words) => {
      if (words.length < 2 || !words.every((w) => capitalised(w) || w === 'de' || w === 'of')) return false;
      if (VENUE_FIRST.has(words[0]) || (words.length > 2 && words[words.length - 2] === 'Golf' && last(words) === 'Course')) return true;
      // the venue noun last, or before the city it stands in ("Trump Tower Moscow"); not "Rezidor Hotel Group"; a
      // "Course" only a golf course's (not "Infantry Officer Course")
      const at = VENUE_HEADS.has(last(words)) ? words.length - 1 : VENUE_HEADS.has(words[words.length - 2]) && CITY_NAMES.has(last(words)) ? words.length - 2 : -1;
      return at > 0 && !(SURNAME_VENUE_HEADS.has(words[at]) && personFirst(words));
    },
    to: 'Place',
    examples: ['the Trump Tower meeting', 'talks on a Trump Tower Moscow', 'at his Crawford Ranch', 'the renovated Hotel Metropol'],
    why: 'a name headed by the noun of a building or a resort ("Trump Tower", "Crawford Ranch"; not "John Tower", a person) is that building, a place, neither the person it is named after nor a body',
  },
  {
    id: 'dedicated-church',
    from: ['Person', 'Unknown', 'Organization'],
    // "St. George Church", "Our Lady of Salvation Church", "the Church of the Nativity"; not a denomination named by its
    // faith ("Coptic Orthodox Church", "Church of England", "Church of Jesus Christ of Latter-day Saints")
    test: (words) =>
      words.length > 1 && words.every((w) => capitalised(w) || w === 'of' || w === 'the') &&
      ((DEDICATION_FIRST.has(words[0]) && CHURCH_HEADS.has(last(words))) || (CHURCH_HEADS.has(words[0]) && words[1] === 'of' && words[2] === 'the')),
    to: 'Place',
    examples: ['Sunday’s first blast happened at St. George Church in the Nile Delta', 'the president toured the Church of the Nativity', 'a mass at Our Lady of Salvation Church'],
    why: 'a church named for the saint or the mystery it is dedicated to ("St. George Church", "Church of the Nativity") is a building where people worship, are attacked or visit: a place, as a cathedral or a mosque is; a church named by its faith or its land ("Catholic Church", "Church of England") is the body of believers and stays',
  },
  {
    id: 'street-head',
    from: ['Person', 'Unknown', 'Organization'],
    test: (words, type) => {
      // "Champs-Élysées" is one word: its parts are the name's words
      const parts = words.length === 1 ? words[0].split('-') : words;
      if (parts.length < 2 || SEAT_STREETS.has(words.join(' ')) || !parts.every((w) => capitalised(w) || STREET_PARTICLES.has(w))) return false;
      if (STREET_FIRST.has(parts[0])) return parts[0] !== 'Place' || STREET_PARTICLES.has(parts[1]);
      // Not a letter's street ("K Street", "J Street"): the lobbying industry, an advocacy group
      if (!STREET_HEADS.has(last(parts)) || !parts.slice(0, -1).some(capitalised) || parts[0].length === 1) return false;
      return !(SURNAME_STREET_HEADS.has(last(parts)) && (type === 'Person' || (type === 'Unknown' && personFirst(parts))));
    },
    to: 'Place',
    examples: ['thousands prayed at the Western Wall', 'crowds filled Times Square', 'a cop was killed on the Champs-Élysées', 'protesters gathered in Tahrir Square', 'the Place de la République'],
    why: 'a name headed by the noun of a street, a square, a bridge, a wall or a monument ("Times Square", "Western Wall"; "Rue …", "Place de …" in French) is where something happens, a place, not a body ("Downing Street" and "Wall Street", which speak for a government and an industry, are left; "Jeffrey Wall" stays a person)',
  },
  {
    id: 'house-head',
    from: ['Person'],
    // "House" is a surname too ("Matt House", "Karen Elliot House"): only after a word that is no listed given name nor initial
    test: (words) => words.length > 1 && last(words) === 'House' && words.every(capitalised) && !personFirst(words),
    to: 'Organization',
    examples: ['the think-tank Chatham House said', 'Freedom House, the Washington-based group, said', 'a former Trump White House official', 'the Blue House said on Monday'],
    why: 'a name headed by "House" after no given name is a seat that speaks for its body ("Blue House", "Trump White House", as "White House" does) or a body named after its seat ("Chatham House", "Freedom House"), never a person',
  },
  {
    id: 'epithet-man',
    from: ['Person', 'Unknown', 'Organization'],
    // "Rocket Man", "Little Rocket Man", "Tariff Man": a nickname for someone, or a work's or a bomb's name ("Iron Man",
    // "Fat Man"); not a body ("National Coalition For Men") nor a given name first
    test: (words) => words.length > 1 && words.length <= 3 && (last(words) === 'Man' || last(words) === 'Woman') && words.every(capitalised) && !personFirst(words) && !words.some(isBodyWord),
    to: null,
    examples: ['Trump called Kim “Little Rocket Man” at the UN', 'the self-proclaimed Tariff Man raised duties again'],
    why: 'a name headed by "Man" or "Woman" after no given name is an epithet a writer gives someone ("Rocket Man", "Tariff Man") or a title, no body and no person\'s name: the person it stands for is named otherwise',
  },
  {
    id: 'run-together-handle',
    from: ['Person', 'Unknown'],
    test: (words) => words.length === 1 && runTogetherHandle(words[0]) === true,
    to: null,
    examples: ['— JeffFlake (@JeffFlake) said', 'as SpeakerPelosi wrote'],
    why: 'a given name or a title run together with a surname ("JeffFlake", "SpeakerPelosi") is an account\'s handle, no name as the text writes people',
  },
  {
    id: 'brand-spelling',
    // Only a name read as a person's: a word no stage typed is as often a hashtag or a handle ("#NeverHillary",
    // "@FaceTheNation") or a place spelt so ("PyeongChang") as a firm, and stays untyped.
    from: ['Person'],
    test: (words) => words.length === 1 && runTogetherHandle(words[0]) === false,
    to: 'Organization',
    examples: ['documents released by WikiLeaks', 'the EgyptAir flight', 'messages sent on WhatsApp'],
    why: 'a word with a capital inside after a syllable of lower case ("WikiLeaks", "EgyptAir", "YouGov") is spelt as firms and outlets spell their names, never as a person\'s name ("McConnell", "DeSantis" have a short prefix)',
  },
  {
    id: 'building-part-head',
    from: ['Person', 'Unknown', 'Organization'],
    // a room or the grounds of a building, or a trade centre's towers ("World Trade Center"), whatever word opens it
    // ("Rose Garden": Rose is a given name too); a titled or addressed name is left a person (retype.ts reads no head then)
    test: (words) => words.length > 1 && words.every(capitalised) && (BUILDING_PART_HEADS.has(last(words)) || (words[words.length - 2] === 'Trade' && /^Cent(?:er|re)$/.test(last(words)))),
    to: 'Place',
    examples: ['a Rose Garden press conference', 'passed around the Situation Room', 'emerged from the South Portico', 'radical Islamists bombed the World Trade Center'],
    why: 'a name headed by the noun of a room, a porch or a building\'s grounds ("Rose Garden", "Situation Room"), or the World Trade Center\'s towers, is where something happens, a place, neither a person nor a body',
  },
  {
    id: 'headless-party',
    from: ['Person', 'Unknown'],
    test: (words) => HEADLESS_PARTY_NAMES.has(words.join(' ')),
    to: 'Organization',
    examples: ['Lib Dem leader Vince Cable', 'Plaid Cymru\'s Westminster leader', 'Yesh Atid and Likud'],
    why: 'a party the news names without "Party" ("Lib Dems", "Plaid Cymru", "Likud", lexicon/party-names.ts) is a body, however much its words look like a given name and a surname',
  },
  {
    id: 'person-like-company',
    from: ['Person', 'Unknown'],
    test: (words) => PERSON_LIKE_COMPANY_NAMES.has(words.join(' ')),
    to: 'Organization',
    examples: ['the best defense contractor Lockheed Martin makes', 'Boeing and Northrop Grumman won the contract'],
    why: 'a company named after its founders ("Lockheed Martin", "Northrop Grumman", lexicon/companies.ts) is a body, though its words are a given name and a surname',
  },
  {
    id: 'armed-group-noun-first',
    from: ['Person', 'Unknown'],
    // the noun comes first in Arabic ("Ansar al-Sharia": supporters of the sharia), as "Army of …" in English
    test: (words) => words.length > 1 && ARMED_GROUP_FIRST_NOUNS.has(words[0]),
    to: 'Organization',
    examples: ['the militant group Ansar al-Sharia claimed the attack', 'fighters of Jabhat al-Nusra', 'Asaib Ahl al-Haq militiamen'],
    why: 'a name opened by the Arabic noun of a body ("Ansar", "Jabhat", "Jaish", "Liwa": supporters, front, army, brigade) names a group, as "Front for …" or "Army of …" would in English; no person\'s name opens with one',
  },
];

/** Place nouns an acronym may stand for with the words before them ("demilitarized zone" → DMZ). */
const AREA_NOUNS: ReadonlySet<string> = new Set([...AREA_HEADS].map((w) => w.toLowerCase()));
/**
 * The place nouns' first letters, upper-case: an acronym ends in its noun's first letter, so a set of acronyms none of
 * which ends in one of these spells no area, and the body is not scanned ("CIA", "DPRK", "NAFTA": about half the
 * articles' acronym sets). The nouns are ASCII words: a hit's first letter upper-cased is one of these.
 */
const AREA_NOUN_INITIALS: ReadonlySet<string> = new Set([...AREA_NOUNS].map((w) => w[0].toUpperCase()));

/**
 * A place noun ending a word (a run of letters, as /\p{L}+/u cuts words), any case; areaAcronyms keeps the hits with no
 * letter before them (letterBefore): the whole words it reads. Case folding finds every word whose lower case is a place
 * noun (and a few more, which the exact test then drops). Linear: an alternation of fixed words. The letter before is
 * tested apart: with a leading (?<!\p{L}) the pattern scanned a body ~3× slower.
 */
const AREA_NOUN_END = new RegExp(`(?:${[...AREA_NOUNS].sort((a, b) => b.length - a.length).join('|')})(?!\\p{L})`, 'giu');
const LETTER = /\p{L}/u;

/** Whether the code point ending at `at` is a letter: what (?<!\p{L}) at `at` tests (a surrogate pair read whole). */
function letterBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const pair = c >= 0xdc00 && c <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
  return LETTER.test(String.fromCodePoint(text.codePointAt(pair ? at - 2 : at - 1)!));
}

/** The last `count` words (runs of letters) before `at`, read from a space on, so no word nor surrogate pair is cut. */
function wordsBefore(body: string, at: number, count: number): string[] {
  for (let reach = 48; ; reach *= 2) {
    let from = Math.max(0, at - reach);
    while (from > 0 && body.charCodeAt(from - 1) !== 32 && body.charCodeAt(from - 1) !== 10) from--;
    const words = body.slice(from, at).match(/\p{L}+/gu) ?? [];
    if (words.length >= count || from === 0) return words.slice(-count);
  }
}

/**
 * Whether an acronym's letters spell a phrase: each word gives its initial, in order, and a compound word may give more
 * letters of its own ("demilitarized zone" → DMZ, "exclusive economic zone" → EEZ). Greedy, over a few short words.
 */
function spells(acronym: string, phrase: readonly string[]): boolean {
  let p = 0;
  for (let k = 0; k < phrase.length; k++) {
    const w = phrase[k].toUpperCase();
    if (acronym[p] !== w[0]) return false;
    p++;
    // inner letters only while the letters left outnumber the words left, and not the next word's initial
    const next = phrase[k + 1]?.[0].toUpperCase();
    for (let i = 1; i < w.length && acronym.length - p > phrase.length - 1 - k; i++) if (w[i] === acronym[p] && acronym[p] !== next) p++;
  }
  return p === acronym.length;
}

/**
 * Acronyms the article spells out as an area ("the demilitarized zone … the DMZ", "Exclusive Economic Zone (EEZ)"):
 * the letters spell words the last of which is a place noun. One pass over the body's words.
 */
export function areaAcronyms(body: string, acronyms: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (![...acronyms].some((a) => AREA_NOUN_INITIALS.has(a[a.length - 1]))) return out;
  // Only the place nouns are visited (not every word of the body), each with the three words before it.
  AREA_NOUN_END.lastIndex = 0;
  for (let hit = AREA_NOUN_END.exec(body); hit; hit = AREA_NOUN_END.exec(body)) {
    // A noun inside a longer word ("overseas"): the search goes on from the next position, as the lookbehind's would.
    if (letterBefore(body, hit.index)) {
      AREA_NOUN_END.lastIndex = hit.index + 1;
      continue;
    }
    const noun = hit[0];
    if (!AREA_NOUNS.has(noun.toLowerCase())) continue;
    const after = body.slice(hit.index + noun.length, hit.index + noun.length + 9);
    const before = wordsBefore(body, hit.index, 3);
    for (let n = 2; n <= 4 && n - 1 <= before.length; n++) {
      const phrase = [...before.slice(before.length - (n - 1)), noun];
      // a common noun phrase ("the demilitarized zone"), or a name spelled out right before its acronym ("Air
      // Defense Identification Zone (ADIZ)"); not a name that happens to share the letters ("Afghanistan's Farah
      // Province" and AFP)
      const common = phrase.every((w) => w === w.toLowerCase());
      for (const a of acronyms) if (!out.has(a) && a[a.length - 1] === noun[0].toUpperCase() && (common || after.startsWith(` (${a})`)) && spells(a, phrase)) out.add(a);
    }
  }
  return out;
}

/** A common noun of a resort or building right after a name: "his Trump Turnberry golf course", "the Trump National Doral
 *  resort". Linear: one alternation of fixed words. */
const VENUE_AFTER = /^\s+(?:golf\s+(?:course|resort|club)|resort|hotel|casino|estate|retreat|skyscraper|prison|jail|ashram|shrine|mausoleum)\b/;

/**
 * Names the article follows with the noun of a resort or building ("Trump Turnberry golf course"): places, in every
 * mention. Only names of two words or more that no given name nor initial opens ("Trump Turnberry", not "Donald Trump
 * hotel"), never titled nor addressed.
 */
export function venueNames(body: string, mentions: readonly { start: number; end: number; text: string; type: string; role?: unknown; honorific?: unknown }[]): Set<string> {
  const addressed = new Set(mentions.filter((m) => m.role || m.honorific).map((m) => m.text));
  const out = new Set<string>();
  for (const m of mentions) {
    if ((m.type !== 'Person' && m.type !== 'Unknown') || addressed.has(m.text)) continue;
    const words = m.text.split(/\s+/);
    if (words.length > 1 && words.every(capitalised) && !personFirst(words) && VENUE_AFTER.test(body.slice(m.end, m.end + 20))) out.add(m.text);
  }
  return out;
}

/** The head noun of a law's name after a name, past its acronym in brackets: "Magnitsky Act", "for a Strong Economy
 *  (RAISE) Act", "the Camp David Accords". Linear: fixed words and a bounded capitals run. */
const INSTRUMENT_AFTER = /^\)?\s(?:\(\p{Lu}{2,12}\)\s)?(?:Act|Acts|Resolution|Amendment|Accords?|Treaty|Agreement|Doctrine|Pact|Statute)\b/u;

/** A law's head noun right after a name of several words: "Great Repeal Bill", "Clean Air Act". Linear: fixed words. */
const BODY_NAME_BEFORE_LAW = /^ (?:Act|Bill|Treaty|Accords?|Agreement|Amendment)\b/;

/** A law's or a document's head noun and the bracket of its acronym before a name: "the Withdrawal Agreement Bill (WAB)",
 *  "the National Security Strategy (NSS)", "the Joint Plan of Action (JPOA)". */
const INSTRUMENT_BEFORE = /\b(?:Act|Acts|Resolution|Amendment|Accords?|Treaty|Agreement|Doctrine|Pact|Statute|Bill|Law|Strategy|Memorandum|Declaration|Plan|Plan of Action) \($/;

/** The opening words of a law's name that a name may finish, cut off before it: "Authorization for the " (Use of Military
 *  Force), "Authorizations for Use of " (Military Force), "Convention on the " (Rights of the Child). Linear: fixed words. */
const INSTRUMENT_OPENING_BEFORE = /\b(?:Authori[sz]ations?|Acts?|Treaty|Convention|Charter|Statute|Protocol) (?:for|on|of the Use of) (?:the )?(?:Use of )?$/;

/**
 * A mention that is the last words of a law's name, after its opening words the tagger cut off ("Authorization for the
 * [Use of Military Force]", "Convention on the [Rights of the Child]"): it names the text, no body. Read per mention (a
 * body the name holds, "Treaty on European Union", stays a body elsewhere in the article).
 */
export function instrumentTail(body: string, m: { start: number; type: string }): boolean {
  return m.type !== 'Country' && m.type !== 'Place' && INSTRUMENT_OPENING_BEFORE.test(body.slice(Math.max(0, m.start - 40), m.start));
}

/**
 * A name that is only the first words of a law's or a treaty's name the tagger cut short ("Strong Economy" of "… for a
 * Strong Economy (RAISE) Act", "Magnitsky" of "the Magnitsky Act"): that mention names the text, no person; nor does a
 * body's acronym in the law's brackets ("(RAISE) Act"), nor a body's name of several words before the law's head.
 */
export function inInstrumentName(body: string, m: { start: number; end: number; type: string; text?: string }): boolean {
  // A body's name of several words the tagger cut before a law's head ("the Great Repeal Bill"): the law's words too.
  if (m.type === 'Organization' && m.text?.includes(' ') && !KNOWN_ORGANIZATION_FORMS.has(m.text) && BODY_NAME_BEFORE_LAW.test(body.slice(m.end, m.end + 12))) return true;
  if (m.type === 'Organization' ? body[m.start - 1] !== '(' || body[m.end] !== ')' : m.type !== 'Person' && m.type !== 'Unknown') return false;
  return INSTRUMENT_AFTER.test(body.slice(m.end, m.end + 24)) || (m.type === 'Organization' && INSTRUMENT_BEFORE.test(body.slice(Math.max(0, m.start - 20), m.start)));
}

/** The first rule whose class the name is of, for a mention of the tagger's `type`, or undefined. */
export function headWordRule(type: string, text: string): HeadWordRule | undefined {
  const words = text.split(/\s+/);
  return HEAD_WORD_RULES.find((r) => (r.from as readonly string[]).includes(type) && r.test(words, type));
}
