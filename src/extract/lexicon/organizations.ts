// Organisation cues: name suffixes and prefixes, well-known bodies, and acronym long forms.

/** A capitalised chunk ending in one of these is an organisation ("Fox Business Network", "Labour Party"). */
export const ORG_SUFFIXES = new Set([
  'Party', 'Council', 'Ministry', 'Department', 'Agency', 'Network', 'News', 'Times', 'Post', 'Press', 'Journal',
  'Association', 'Organization', 'Organisation', 'Union', 'Army', 'Forces', 'Force', 'Front', 'Group', 'Bank', 'Company',
  'Corp', 'Corp.', 'Corporation', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'LLC', 'University', 'College', 'Committee', 'Commission',
  'Parliament', 'Congress', 'Senate', 'Assembly', 'Court', 'Administration', 'Institute', 'Foundation', 'Fund', 'Service',
  'Services', 'Police', 'Guard', 'Guards', 'Brigade', 'Brigades', 'Movement', 'Alliance', 'Coalition', 'Office', 'Bureau',
  'Authority', 'Board', 'Federation', 'Club', 'Society', 'Center', 'Centre', 'Channel', 'Herald', 'Tribune', 'Telegraph',
  'Guardian', 'Monitor', 'Magazine', 'Radio', 'Television', 'Broadcasting', 'Airlines', 'Airways', 'Motors', 'Group',
  'Holdings', 'Industries', 'Systems', 'Technologies', 'Partners', 'Capital', 'Exchange', 'Reserve', 'Command', 'Navy',
  'Communications', 'Daily', 'Securities', 'Investments', 'Electric', 'Energy', 'Pharmaceuticals', 'Financial', 'Insurance',
  'Trust', 'Chamber', 'Rovers', 'United', 'Wanderers', 'Athletic', 'Albion', 'Airport',
  'Corps', 'Marines', 'Cabinet', 'Government', 'Regime', 'Caucus', 'Institution', 'Academy', 'School', 'Hospital',
  'Church', 'Mission', 'Taliban', 'Qaeda', 'Hezbollah', 'Hamas', 'Newseum', 'Kremlin', 'Pentagon', 'Secretariat',
  'Coal', 'Steel', 'Mining', 'Survey', 'Observer', 'Gazette', 'Chronicle', 'Inquirer', 'Enquirer', 'Examiner', 'Courier', 'Sentinel', 'Dispatch', 'Newsroom', 'Newsdesk', 'League', 'Observatory', 'Watch', 'International', 'Initiative', 'Project', 'Program', 'Programme', 'Council',
]);

/** Legal forms that end a company's name ("General Motors Co.", "Pirelli SpA", "Barclays plc"). */
export const COMPANY_LEGAL_FORMS: ReadonlySet<string> = new Set(['Co', 'Co.', 'Corp', 'Corp.', 'Corporation', 'Company', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'LLC', 'plc', 'PLC', 'AG', 'SA', 'S.A.', 'NV', 'N.V.', 'SpA', 'GmbH', 'Group', 'Holdings']);
/** Trade words a company's name may consist of after a word that is also a title ("General Motors", "General Electric"). */
export const COMPANY_TRADE_WORDS: ReadonlySet<string> = new Set(['Motors', 'Electric', 'Dynamics', 'Foods', 'Industries', 'Airlines', 'Airways', 'Insurance', 'Pharmaceuticals', 'Chemicals', 'Electronics', 'Technologies', 'Systems', 'Securities', 'Investments', 'Energy']);

/** A chunk starting with one of these is an organisation ("Department of Justice", "Bank of England"). */
export const ORG_PREFIXES = ['Center for', 'Centre for', 'Institute for', 'Council on', 'Council for', 'Committee for', 'Alliance for', 'Coalition for', 'Foundation for', 'Department of', 'Ministry of', 'University of', 'Bank of', 'Office of', 'Council of', 'Court of', 'Federation of', 'Organization of', 'Union of', 'League of', 'Party of', 'House of', 'Institute of', 'Church of', 'Army of', 'Commission of', 'Committee of', 'People\'s'];

/** Well-known bodies written without a telling suffix. Canonical name first, then its short forms. */
export const KNOWN_ORGANIZATIONS: readonly (readonly string[])[] = [
  ['United Nations', 'UN', 'U.N.'],
  ['Islamic State', 'ISIS', 'ISIL', 'IS', 'Daesh', 'Islamic State of Iraq and Syria', 'Islamic State of Iraq and the Levant'],
  ['North Atlantic Treaty Organization', 'NATO'],
  ['European Union', 'EU', 'E.U.'],
  ['White House'],
  ['Federal Reserve', 'Fed'],
  ['Treasury'],
  ['Kremlin'],
  ['Pentagon'],
  // "Foggy Bottom", where it stands, names the department in Washington news as "the Pentagon" names Defense.
  ['State Department', 'U.S. State Department', 'Department of State', 'U.S. Department of State', 'Foggy Bottom'],
  ['Associated Press', 'AP'],
  ['Reuters'],
  ['Agence France-Presse', 'AFP'],
  ['Fox News', 'Fox News Channel'],
  ['Fox Business Network', 'Fox Business'],
  ['CNN'],
  ['BBC'],
  ['NBC'],
  ['CBS'],
  ['ABC'],
  ['MSNBC'],
  ['Central Intelligence Agency', 'CIA'],
  ['Federal Bureau of Investigation', 'FBI'],
  ['National Security Agency', 'NSA'],
  ['Department of Homeland Security', 'DHS'],
  // Its initials keep "Centers", "Disease" and "Control" only: "CDC", also the name before "and Prevention" was added in 1992.
  ['Centers for Disease Control and Prevention', 'CDC', 'Centers for Disease Control', 'U.S. Centers for Disease Control and Prevention', 'US Centers for Disease Control and Prevention', 'U.S. Centers for Disease Control', 'US Centers for Disease Control'],
  // Its agencies named by two fields and no head noun, which the rules cut at "and" ("Customs" + "Border Protection").
  // (Their acronyms join them where the article names them: body-forms.ts; "ICE" alone may be a bourse's index.)
  ['Customs and Border Protection', 'U.S. Customs and Border Protection', 'US Customs and Border Protection'],
  ['Immigration and Customs Enforcement', 'U.S. Immigration and Customs Enforcement', 'US Immigration and Customs Enforcement'],
  ['Citizenship and Immigration Services', 'U.S. Citizenship and Immigration Services', 'US Citizenship and Immigration Services'],
  ['International Atomic Energy Agency', 'IAEA'],
  ['World Health Organization', 'WHO'],
  ['International Monetary Fund', 'IMF'],
  ['World Bank'],
  ['World Trade Organization', 'WTO'],
  ['Organization of the Petroleum Exporting Countries', 'OPEC'],
  ['Taliban'],
  ['Al Qaeda', 'al-Qaida', 'al-Qaeda', 'Al-Qaeda', 'al Qaeda'],
  ['Hezbollah', 'Hizballah', 'Hizbollah', 'Hizbullah'], // transliterations (the US government writes Hizballah)
  ['Hamas'],
  ['Boko Haram'],
  ['Al-Shabab', 'al-Shabab', 'Al Shabaab'],
  ['Muslim Brotherhood'],
  // Bodies whose first word the rules never start a name with ("Arab", "Islamic": lexicon/titles.ts NON_NAME_WORDS).
  ['Arab League', 'League of Arab States'],
  ['Islamic Jihad', 'Palestinian Islamic Jihad'],
  ['Congress', 'U.S. Congress'],
  ['Senate', 'U.S. Senate'],
  ['House of Representatives'],
  ['Supreme Court'],
  ['Republican Party', 'GOP', 'Republicans'],
  ['Democratic Party', 'Democrats'],
  ['Republican National Committee', 'RNC'],
  ['Democratic National Committee', 'DNC'],
  ['Labour Party', 'Labour'],
  ['Conservative Party'],
  ['European Commission'],
  // The United Nations' council by its full name, as the un-qualifier rule keys the UN's bodies: "Security Council" alone is its head's cut.
  ['United Nations Security Council', 'Security Council', 'U.N. Security Council', 'UN Security Council'],
  // Iran's corps by its full name too ("the Islamic Revolutionary Guard Corps (IRGC)"): one body with "the Guards".
  ['Revolutionary Guards', 'Revolutionary Guard', 'IRGC', 'Islamic Revolutionary Guard Corps', 'Islamic Revolutionary Guards Corps', 'Revolutionary Guard Corps', 'Revolutionary Guards Corps'],
  ['Hamas'],
  ['Red Cross', 'International Committee of the Red Cross', 'ICRC'],
  ['Amnesty International'],
  ['Human Rights Watch'],
  ['New York Times', 'The New York Times'],
  ['Politico'], ['Axios'], ['Daily Beast', 'The Daily Beast'], ['Breitbart'], ['BuzzFeed'], ['HuffPost', 'Huffington Post', 'The Huffington Post'], ['Vox'], ['USA Today', 'USA TODAY'], ['Front National', 'National Front', 'Rassemblement National', 'National Rally'], ['Alternative for Germany', 'Alternative für Deutschland', 'AfD'],
  ['NPR'], ['PolitiFact', 'Politifact'],
  ['Washington Post', 'The Washington Post'],
  ['Wall Street Journal', 'The Wall Street Journal'],
  ['Wells Fargo'], ['Goldman Sachs'], ['Morgan Stanley'], ['JPMorgan Chase', 'JPMorgan'], ['Bank of America'],
  ['Google'], ['Apple'], ['Microsoft'], ['Amazon'], ['Twitter'], ['Facebook'],
];

/**
 * Bodies whose own name ends in a possessive "'s" ("Moody's", "McDonald's") or opens with a word in it ("King's
 * College London"): the tagger cuts a possessive off a name, so these are read whole again (name-kinds.ts).
 */
export const POSSESSIVE_FORM_NAMES: ReadonlySet<string> = new Set([
  "Moody's", "McDonald's", "Macy's", "Sotheby's", "Christie's", "Lloyd's", "Kellogg's", "Wendy's", "Domino's", "Denny's", "Applebee's", "Kohl's", "Lowe's", "Dillard's", "Barron's", "Sainsbury's", "Nando's", "Trader Joe's", "Chili's", "Arby's", "Campbell's",
  "King's College", "Queen's University", "Queen's College", "St John's College", "St. John's University", "St John's University",
]);

/** Every known form of a known body → its canonical name (the group's first form): "U.N." → "United Nations". */
export const KNOWN_ORGANIZATION_FORMS: ReadonlyMap<string, string> = new Map(KNOWN_ORGANIZATIONS.flatMap((forms) => forms.map((f) => [f, forms[0]] as const)));

/** Plurals naming a party's members, who speak as the party ("Republicans said …"): aliases above. */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set(['Republicans', 'Democrats']);
/** Members of a party in the plural, as the news writes them for the party ("Democrats said … They said …"): the party's
 * members a plural pronoun may continue (quotes/plural-antecedent.ts). */
export const PARTY_MEMBER_PLURALS: ReadonlySet<string> = new Set(['Democrats', 'Republicans', 'Conservatives', 'Tories', 'Liberals', 'Socialists', 'Communists', 'Greens', 'Nationalists', 'Unionists']);

/**
 * Lower-case words that open a clause and are no part of a body's name: auxiliaries, conjunctions of clauses, and verbs
 * of acts a subject does to another name ("the US hit Huawei"). A tagger's organisation run over one is two names
 * (tagger/combine.ts); verbs of saying and stance are read from lexicon/speech.ts.
 */
export const ORG_CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'does', 'did',
  'that', 'if', 'whether', 'because', 'while', 'when', 'who', 'which',
  'hit', 'hits', 'sued', 'sues', 'met', 'meets', 'visited', 'visits', 'joined', 'joins', 'left', 'leaves', 'sent', 'sends', 'gave', 'gives', 'asked', 'asks', 'urged', 'urges', 'assigned', 'convinced', 'wished', 'lists', 'listed', 'quotes', 'quoted', 'consider', 'considers', 'considered', 'sanctioned', 'banned', 'blocked', 'accused', 'accuses',
]);

/** Acronyms that are not organisations, whatever their shape. */
export const NON_ORG_ACRONYMS = new Set(['US', 'U.S', 'UK', 'U.K', 'USA', 'TV', 'OK', 'AM', 'PM', 'II', 'III', 'IV', 'GMT', 'EST', 'EDT', 'PT', 'ET', 'CEO', 'MP', 'MPS', 'DC', 'D.C', 'ID', 'I', 'A', 'UAE', 'DPRK', 'PRC', 'ROK', 'USSR', 'PHOTO', 'PHOTOS', 'VIDEO', 'UPDATE', 'LIVE', 'NEW', 'AND', 'THE', 'OF']);

/**
 * Names the news capitalises like bodies that are none: agreements, eras, events, rooms, programmes, measures, weapons.
 * Found among the most-mentioned "organisations" of the shared corpus (scripts/audit/rank-entities.ts).
 */
export const NOT_ORGANIZATIONS: ReadonlySet<string> = new Set([
  'GDP', 'ICBM', 'ICBMs', 'WMD', 'WMDs', 'NAFTA', 'TPP', 'USMCA', 'JCPOA', 'Brexit', 'Cold War', 'State of the Union', 'Oval Office', 'Situation Room', 'Meet the Press', 'Face the Nation', 'Obamacare', 'Medicare', 'Medicaid',
  // Acronyms of laws and authorisations: "a FISA warrant", "DACA recipients" (the Act, not a body).
  'FISA', 'DACA', 'AUMF', 'NDAA', 'CAATSA', 'ACA',
  // Trade bills and trade agreements: "Senate Democrats who backed TPA" back a bill (no ally).
  'TPA', 'Trade Promotion Authority', 'TTIP', 'CETA', 'RCEP', 'CPTPP', 'KORUS', 'CAFTA', 'GATT', 'Trans-Pacific Partnership',
  // Aircraft known by their call signs: "aboard Air Force One".
  'Air Force One', 'Air Force Two', 'Marine One', 'Marine Two',
  // Timestamp lines of news pages: "Updated 3:45 p.m. ET", "Posted Jan. 3".
  'Updated', 'Last Updated', 'Posted', 'Published', 'Modified',
]);
/**
 * Parts of a document, capitalised before their number ("NATO's Article 5", "Section 230", "the 25th Amendment",
 * "Title IX"), and the sign of a number itself ("the EU's No. 3 trading partner"): alone or with the number, no body.
 */
export const DOCUMENT_PARTS: ReadonlySet<string> = new Set(['Article', 'Articles', 'Section', 'Chapter', 'Clause', 'Paragraph', 'Amendment', 'Title', 'No.', 'Nos.']);

/** A name listed as no body (NOT_ORGANIZATIONS), or a document part alone or with its number (arabic or roman). */
export function namesNoBody(name: string): boolean {
  if (NOT_ORGANIZATIONS.has(name)) return true;
  const words = name.split(' ');
  return DOCUMENT_PARTS.has(words[0]) && (words.length === 1 || (words.length === 2 && /^(?:\d+[A-Za-z]?|[IVXLC]+)$/.test(words[1])));
}
/** Last words of agreements and laws: "North American Free Trade Agreement", "Iran Nuclear Deal", "Patriot Act". */
export const AGREEMENT_LAST_WORDS: ReadonlySet<string> = new Set(['Agreement', 'Treaty', 'Accord', 'Accords', 'Act', 'Pact', 'Deal', 'Partnership', 'Protocol', 'Convention']);

/**
 * Heads of bodies named by a list of their fields: "House Ways and Means Committee", "Search and Rescue Agency",
 * "Privacy and Civil Liberties Oversight Board" (coordinated-bodies.ts joins the list to its head).
 */
export const TOPIC_LIST_HEADS: ReadonlySet<string> = new Set([
  'Committee', 'Subcommittee', 'Commission', 'Council', 'Board', 'Agency', 'Authority', 'Department', 'Departments',
  'Caucus', 'Administration', 'Bureau', 'Office', 'Service', 'Panel', 'Directorate', 'Exchange', 'Institute', 'Center', 'Centre',
]);
/**
 * Last words that make a capitalised run a body (or a place's or a building's name) of its own: before "and" it is one
 * party of a list ("the FBI and Justice Department", "the White House and State Department"), no field of one body.
 */
export const BODY_LAST_WORDS: ReadonlySet<string> = new Set([
  ...TOPIC_LIST_HEADS, 'Ministry', 'Ministries', 'Party', 'Army', 'Navy', 'Corps', 'Forces', 'Force', 'Police', 'Guard', 'Court',
  'Congress', 'Senate', 'House', 'Parliament', 'Assembly', 'Government', 'Cabinet', 'Pentagon', 'Kremlin', 'Community',
  'University', 'College', 'Bank', 'Fund', 'Union', 'Group', 'Company', 'Corporation', 'Inc.', 'Network', 'News', 'Times',
  'Foundation', 'Initiative', 'Project', 'Program', 'Alliance', 'Coalition', 'Federation', 'League', 'Association', 'Organization',
  // places and buildings: "Times Square and Port Authority police", "the West Wing and National Security Council"
  'Square', 'Street', 'Avenue', 'Park', 'Bridge', 'Airport', 'Station', 'Hall', 'Building', 'Tower', 'Plaza', 'Mall', 'Wing',
  // a company's legal form, an agreement: "Li Ning Co. and …", "the Non-Proliferation Treaty and U.N. Security Council"
  ...COMPANY_LEGAL_FORMS, ...AGREEMENT_LAST_WORDS,
]);

/**
 * Bodies whose acronym spells an English word, written in capitals: no shouted word (unlikely-bodies shouted-word).
 * Not read by the tagger's features.
 */
export const WORD_ACRONYM_BODIES: ReadonlySet<string> = new Set(['SITE', 'RAND', 'CARE', 'ACORN', 'WIRED', 'COBRA', 'NOW', 'SWIFT', 'CODEPINK', 'CAIR', 'AIPAC', 'NORAD', 'OPEC', 'FIFA', 'NASA', 'NATO', 'UNICEF', 'FEMA', 'HAMAS', 'ISIS', 'ISIL', 'MOSSAD', 'INTERPOL', 'EUROPOL', 'FRONTEX', 'UNITE', 'AMNESTY', 'OXFAM', 'DARPA', 'CENTCOM']);

/** Last words of the names of groups of people acting together — armed, political or advocacy groups — that "the group"
 * may take up ("the Sudanese Professional Association", "the Haqqani Network", "Human Rights Watch"); not a company's, a
 * state organ's or an outlet's (kind-antecedent.ts). */
export const GROUP_NAME_LAST_WORDS: ReadonlySet<string> = new Set([
  'Group', 'Army', 'Front', 'Movement', 'Brigade', 'Brigades', 'Militia', 'Militias', 'Organization', 'Organisation', 'Association',
  'Alliance', 'Coalition', 'Federation', 'League', 'Society', 'Network', 'Brotherhood', 'Jihad', 'Taliban', 'Qaeda', 'Hamas',
  'Hezbollah', 'Hizbollah', 'Houthis', 'Houthi', 'Shabab', 'Shabaab', 'Haram', 'Watch', 'International', 'Project', 'Initiative',
  'Forces', 'Guards', 'Mobilization', 'Mobilisation', 'Collective', 'Committee', 'Caucus', 'PKK', 'YPG', 'SDF', 'ISIS', 'ISIL',
]);
/** The words an airline's name holds — its trade words and the carriers named by one word ("Ethiopian Airlines", "British
 * Airways", "Air France", "Lufthansa"): what "the airline" may take up (kind-antecedent.ts). */
export const AIRLINE_WORDS: ReadonlySet<string> = new Set(['Airlines', 'Airline', 'Airways', 'Air', 'Aeroflot', 'EgyptAir', 'Lufthansa', 'Emirates', 'Qantas', 'KLM', 'Metrojet']);
/** Names of groups whose last word tells no group ("Islamic State", "Anonymous"). */
export const GROUP_NAMES: ReadonlySet<string> = new Set(['Islamic State', 'Anonymous', 'Greenpeace', 'WikiLeaks', 'Daesh', 'Nusra', 'Fatah', 'Antifa']);
