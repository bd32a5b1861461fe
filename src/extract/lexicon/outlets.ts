// News outlets by kind — a paper, a news agency, a broadcaster, a magazine, a news website — and the nouns an article
// takes one up by after naming it ("The Bangkok Post reported …. The newspaper said …"; quotes/outlet-antecedent.ts).

export type OutletKind = 'paper' | 'agency' | 'broadcaster' | 'magazine' | 'website';

/** Last words of a paper's name ("the Bangkok Post", "the Globe and Mail", "China Daily", "Rodong Sinmun"). */
export const PAPER_NAME_HEADS = [
  'Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Chronicle', 'Telegraph', 'Guardian', 'Observer', 'Inquirer',
  'Examiner', 'Enquirer', 'Globe', 'Mail', 'Mirror', 'Express', 'Standard', 'Courier', 'Sentinel', 'Dispatch', 'Daily',
  'Sinmun', 'Ilbo', 'Shimbun', 'Bulletin', 'Register', 'Star-Ledger', 'Plain Dealer', 'Free Press', 'Star-Tribune',
] as const;

/** Outlets named by a name no head word gives away, by kind. A news agency's "X News Agency" and a broadcaster's "X
 * TV"/"X Television"/"X Radio" are read from the name's end (OUTLET_NAME_ENDS). */
export const OUTLETS_BY_KIND: Record<OutletKind, readonly string[]> = {
  paper: [
    'Haaretz', 'Le Monde', 'Le Figaro', 'Libération', 'Liberation', 'Bild', 'Die Welt', 'Süddeutsche Zeitung', 'Frankfurter Allgemeine Zeitung',
    'Kommersant', 'Izvestia', 'Pravda', 'Vedomosti', 'Novaya Gazeta', 'Hurriyet', 'Hürriyet', 'Sabah', 'Yeni Safak', 'Cumhuriyet', 'Dawn',
    'Al-Ahram', 'Al Ahram', 'Asharq Al-Awsat', 'Asharq al-Awsat', 'Kayhan', 'Yediot Ahronot', 'Yedioth Ahronoth', 'Maariv', 'Israel Hayom',
    'El País', 'El Pais', 'El Mundo', 'La Repubblica', 'Corriere della Sera', 'Asahi', 'Yomiuri', 'Mainichi', 'Nikkei', 'USA Today',
    'USA TODAY', 'Christian Science Monitor', 'Newsday', 'Politiken', 'Aftenposten', 'Dagens Nyheter', 'Gulf News', 'The National', 'Hindustan Times',
  ],
  agency: [
    'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Agence France Presse', 'Xinhua', 'TASS', 'Tass', 'ITAR-TASS',
    'Itar-Tass', 'RIA Novosti', 'RIA', 'Interfax', 'Yonhap', 'Kyodo', 'Jiji', 'KCNA', 'Anadolu', 'Anadolu Agency', 'DPA', 'dpa', 'ANSA',
    'EFE', 'Bernama', 'Antara', 'PTI', 'Press Trust of India', 'IRNA', 'ISNA', 'Fars', 'Mehr', 'Tasnim', 'SANA', 'MENA', 'WAFA',
    'Petra', 'SPA', 'WAM', 'QNA', 'KUNA', 'UPI', 'Bloomberg', 'Bloomberg News', 'Dogan', 'Ukrinform', 'UNIAN', 'BelTA', 'APA', 'Sputnik',
  ],
  broadcaster: [
    'CNN', 'BBC', 'NBC', 'NBC News', 'ABC', 'ABC News', 'CBS', 'CBS News', 'Fox', 'Fox News', 'MSNBC', 'CNBC', 'NPR', 'PBS', 'Sky News',
    'Al Jazeera', 'Al-Jazeera', 'Al Arabiya', 'Al-Arabiya', 'CCTV', 'China Central Television', 'RT', 'ITV', 'CBC', 'Channel 4',
    'France 24', 'Deutsche Welle', 'DW', 'ZDF', 'ARD', 'RTBF', 'BFM TV', 'BFMTV', 'NHK', 'KBS', 'MBC', 'SBS', 'YTN', 'Press TV',
    'IRIB', 'IRINN', 'Al Mayadeen', 'Al-Mayadeen', 'Al-Manar', 'Al Manar', 'Rudaw', 'TRT', 'NTV', 'CNN Turk', 'CNN Türk', 'Rossiya',
    'VOA', 'Voice of America', 'Radio Free Europe', 'RFE/RL', 'Radio Liberty', 'C-SPAN', 'One America News', 'Newsmax TV', 'Channel One',
    'Euronews', 'RAI', 'RFI', 'Radio France Internationale', 'Radio France International', 'Radio Free Asia', 'Geo News', 'ARY News', 'NDTV', 'Univision', 'Telemundo', 'Al-Ikhbariya', 'Al Ikhbariya', 'Dubai TV',
  ],
  magazine: [
    'Time', 'Newsweek', 'Atlantic', 'The Atlantic', 'New Yorker', 'The New Yorker', 'Economist', 'The Economist', 'Foreign Policy',
    'Foreign Affairs', 'Der Spiegel', 'Spiegel', 'National Review', 'Mother Jones', 'Vanity Fair', 'Rolling Stone', 'Forbes', 'Fortune',
    'The Nation', 'The Spectator', 'Spectator', 'The Week', 'Charlie Hebdo', 'Stern', 'Paris Match', 'Le Point', 'Jeune Afrique',
    'Weekly Standard', 'The Weekly Standard', 'New Republic', 'The New Republic', 'Harper’s', 'Harper\'s',
  ],
  website: [
    'Politico', 'Axios', 'Daily Beast', 'The Daily Beast', 'BuzzFeed', 'BuzzFeed News', 'HuffPost', 'Huffington Post', 'The Huffington Post',
    'Vox', 'Breitbart', 'Breitbart News', 'The Intercept', 'Intercept', 'Daily Caller', 'The Daily Caller', 'Bellingcat', 'Drudge Report',
    'NK News', 'NKNews', 'Daily NK', 'Mediapart', 'Meduza', 'Slate', 'Salon', 'Vice', 'Vice News', 'Business Insider', 'Quartz',
    'Lawfare', 'Al-Monitor', 'Al Monitor', 'Middle East Eye', 'The Hill', 'Hill', 'Washington Free Beacon', 'Free Beacon', 'Yahoo News',
    'The Federalist', 'Federalist', 'Townhall', 'RealClearPolitics', 'WikiLeaks', 'Zero Hedge', 'TheBlaze', 'The Blaze', 'Newsmax',
    // an agency's opinion sites
    'Bloomberg View', 'Bloomberg Opinion', 'Reuters Breakingviews', 'Breakingviews',
  ],
};

/** The end of a name that gives its kind: "Tasnim News Agency", "Anadolu Agency"(known), "Al-Ikhbariya TV", "WCVB-TV". */
export const OUTLET_NAME_ENDS: readonly (readonly [RegExp, OutletKind])[] = [
  [/\s(?:News|Press)\s+Agency$/u, 'agency'],
  [/\s(?:Wire|News\s+Service)$/u, 'agency'],
  [/(?:\s|-)(?:TV|Television|Radio|Broadcasting(?:\s+(?:Corporation|Company|Service))?|News\s+Channel)$/u, 'broadcaster'],
  [/\sMagazine$/u, 'magazine'],
  // A radio's name opened by the word ("Radio France Internationale", "Radio Free Asia").
  [/^\sRadio\s/u, 'broadcaster'],
];

/** Outlets a state runs or owns: only they are "the state news agency", "the official newspaper", "the semiofficial
 * news agency" (never Reuters or the Associated Press, however near). */
export const STATE_OUTLETS = [
  'Xinhua', 'China Daily', 'Global Times', 'People’s Daily', "People's Daily", 'CCTV', 'China Central Television', 'CGTN', 'TASS', 'Tass',
  'ITAR-TASS', 'Itar-Tass', 'RIA Novosti', 'RIA', 'Sputnik', 'RT', 'Rossiya', 'Channel One', 'Rossiyskaya Gazeta', 'KCNA', 'Korean Central News Agency',
  'Rodong Sinmun', 'Korean Central Television', 'KCTV', 'Uriminzokkiri', 'IRNA', 'ISNA', 'Fars', 'Fars News Agency', 'Tasnim', 'Tasnim News Agency',
  'Mehr', 'Mehr News Agency', 'IRIB', 'IRINN', 'Press TV', 'Kayhan', 'SANA', 'Al-Ikhbariya', 'Al Ikhbariya', 'MENA', 'Al-Ahram', 'Al Ahram',
  'WAM', 'SPA', 'Saudi Press Agency', 'QNA', 'KUNA', 'Petra', 'Bernama', 'Antara', 'Anadolu', 'Anadolu Agency', 'TRT', 'Yonhap', 'Yonhap News',
  'Yonhap News Agency', 'VNA', 'Vietnam News Agency', 'APS', 'MAP', 'TAP', 'Prensa Latina', 'Granma', 'VTV', 'Telesur', 'PTV', 'APP', 'BelTA',
];

/** Modifiers that make the outlet a state's: "the state news agency", "the semiofficial Fars" (STATE_OUTLETS only). */
export const STATE_OUTLET_MODIFIERS = [
  'state', 'state-run', 'state-owned', 'state-controlled', 'state-backed', 'state-affiliated', 'government-run', 'government-owned',
  'government-controlled', 'official', 'semiofficial', 'semi-official',
] as const;

/** A station's call letters ("WCVB-TV", "KTLA", "WTOP"): a broadcaster. */
export const CALL_LETTERS = /^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?$/u;

/** The nouns that take up an outlet, by the kinds they may mean: "the newspaper" a paper, "the network" a broadcaster,
 * "the outlet" any. Bare "agency" is left out: in news it is a government's as often as a wire's ("The agency said" of
 * the FBI after "told Reuters"); "the news agency", "the wire service" are a wire's. */
export const OUTLET_KIND_NOUNS: Record<string, readonly OutletKind[]> = {
  newspaper: ['paper'], paper: ['paper'], daily: ['paper'], tabloid: ['paper'], broadsheet: ['paper'],
  'news agency': ['agency'], 'press agency': ['agency'], 'wire service': ['agency'], 'news service': ['agency'], wire: ['agency'],
  broadcaster: ['broadcaster'], network: ['broadcaster'], channel: ['broadcaster'], station: ['broadcaster'], 'television station': ['broadcaster'],
  'television network': ['broadcaster'], 'radio station': ['broadcaster'], 'radio network': ['broadcaster'], 'news network': ['broadcaster'],
  'news channel': ['broadcaster'], 'television channel': ['broadcaster'], 'cable network': ['broadcaster'],
  magazine: ['magazine'], weekly: ['magazine', 'paper'], 'news magazine': ['magazine'], newsmagazine: ['magazine'],
  website: ['website'], 'news website': ['website'], 'news site': ['website'],
  outlet: ['paper', 'agency', 'broadcaster', 'magazine', 'website'], 'news outlet': ['paper', 'agency', 'broadcaster', 'magazine', 'website'],
  'media outlet': ['paper', 'agency', 'broadcaster', 'magazine', 'website'], publication: ['paper', 'magazine', 'website'],
};

/** Words that may qualify an outlet's kind noun without changing what it is: "the state-run newspaper", "the public
 * broadcaster", "the semiofficial news agency" (not "the research paper", "the terrorist network", "the white paper"). */
export const OUTLET_MODIFIERS = [
  'state', 'state-run', 'state-owned', 'state-controlled', 'state-backed', 'state-affiliated', 'government-run', 'government-owned',
  'government-controlled', 'official', 'semiofficial', 'semi-official', 'public', 'national', 'local', 'independent', 'private',
  'conservative', 'liberal', 'left-leaning', 'right-leaning', 'pro-government', 'opposition', 'online', 'daily', 'weekly', 'business',
  'financial', 'popular', 'influential', 'respected', 'mass-circulation', 'leading', 'regional', 'news', 'television', 'cable',
  'radio', 'broadcast', 'satellite', 'pan-arab', 'hardline', 'reformist', 'english-language', 'arabic-language', 'tabloid', 'same',
] as const;

/** Outlets whose whole name is "The" and one word ("The Guardian", "The Telegraph"): the word alone is no other body's
 * short form (not "Times", "Post", "Journal", "Globe": "the Post" may be any Post). */
export const ONE_WORD_OUTLETS = [
  'Guardian', 'Telegraph', 'Independent', 'Economist', 'Atlantic', 'Intercept', 'Spectator', 'Observer', 'Hill', 'Sun', 'Mirror',
  'Nation', 'Federalist', 'Blaze', 'Daily Telegraph', 'Daily Mail', 'Daily Mirror', 'Daily Express', 'New Yorker', 'Daily Caller',
] as const;
