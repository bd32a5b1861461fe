// Words of the relation rules (MET_WITH, ALLIED_WITH): cues, the status they signal, and the nouns of officials.

/** Verbs of meeting someone in person, every form: "X met (with) Y", "X will host Y". */
export const MEET_VERBS = ['met', 'meet', 'meets', 'meeting', 'hosted', 'hosts', 'host', 'hosting', 'welcomed', 'welcomes', 'welcome', 'welcoming', 'sat down with', 'sit down with', 'sits down with', 'conferred with', 'confer with', 'negotiated with', 'negotiate with', 'negotiating with', 'visited', 'visit', 'visits', 'visiting', 'shook hands with', 'shook hands', 'shake hands with', 'shakes hands with', 'shaking hands with', 'shake hands', 'shakes hands', 'shaking hands', 'consulted with', 'consults with', 'consulting with', 'dined with', 'lunched with', 'huddled with'];

/** Verbs of talking at a distance: a call, kept apart from meetings. */
export const CALL_VERBS = ['spoke with', 'spoke to', 'speak with', 'talked with', 'talked to', 'phoned', 'telephoned'];

/** Nouns of a meeting and the kind each gives. */
export const MEET_NOUN_KINDS: Record<string, 'meeting' | 'talks' | 'summit' | 'visit' | 'call'> = {
  meeting: 'meeting', meetings: 'meeting', 'sit-down': 'meeting', encounter: 'meeting', 'face-to-face': 'meeting', dinner: 'meeting', luncheon: 'meeting', lunch: 'meeting', breakfast: 'meeting', 'working lunch': 'meeting', 'working dinner': 'meeting',
  talks: 'talks', negotiations: 'talks', discussions: 'talks', 'peace talks': 'talks', 'trade talks': 'talks',
  summit: 'summit', summits: 'summit',
  visit: 'visit',
  'phone call': 'call', 'telephone call': 'call', call: 'call', 'phone conversation': 'call', conversation: 'call',
};

/**
 * Nouns that take "with" themselves ("tensions with Iran", "his affair with", "a deal with", "his summit with"): after
 * "discussed …" the "with" is theirs, and the topic names a relation, no partner of the talk.
 */
export const WITH_TAKING_NOUNS = ['tensions', 'tension', 'ties', 'relations', 'relationship', 'relationships', 'border', 'borders', 'agreement', 'agreements', 'deal', 'deals', 'accord', 'pact', 'treaty', 'affair', 'affairs', 'dealings', 'contacts', 'contact', 'conflict', 'conflicts', 'war', 'dispute', 'disputes', 'cooperation', 'partnership', 'alliance', 'trade', 'messages', 'emails', 'e-mails', 'correspondence', 'exchanges', 'exchange', 'interview', 'interviews', 'problems', 'problem', 'issues', 'frustration', 'frustrations', 'dissatisfaction', 'anger', 'differences', 'disagreements', 'disagreement', 'rift', 'feud', 'standoff', 'showdown', 'confrontation', 'rapprochement', 'reconciliation', 'normalization', 'engagement', 'dialogue', 'friendship', 'links', 'connections', 'involvement', 'collusion', 'coordination', 'experience', 'experiences', 'encounters', 'encounter', 'negotiations', 'talks', 'meeting', 'meetings', 'summit', 'summits', 'call', 'calls', 'conversation', 'conversations', 'discussions', 'visit', 'dinner', 'lunch', 'breakfast', 'sit-down', 'face-to-face'];

/** Light verbs that hold a meeting noun: "held talks with", "is due to hold a summit with". */
export const HOLD_VERBS = ['held', 'hold', 'holds', 'holding', 'had', 'have', 'has', 'having', 'host', 'hosted', 'hosting'];

/** Verbs of backing a party: "X backs Y", "Russia is arming the rebels". */
export const BACK_VERBS = ['backs', 'backed', 'back', 'backing', 'supports', 'supported', 'support', 'supporting', 'arms', 'armed', 'arming', 'funds', 'funded', 'fund', 'funding', 'propped up', 'props up', 'propping up', 'prop up', 'aided', 'aids', 'aiding', 'helped', 'helps', 'helping', 'bankrolled', 'bankrolls', 'sided with', 'sides with', 'siding with'];

/**
 * Verbs that take "back" as their particle ("pull back the troops", "rolled back sanctions", "fought back"): the
 * "back" after them is an adverb of direction, no backing of anyone.
 */
export const BACK_PARTICLE_HOSTS = ['pull', 'pulls', 'pulled', 'pulling', 'roll', 'rolls', 'rolled', 'rolling', 'scale', 'scales', 'scaled', 'scaling', 'cut', 'cuts', 'cutting', 'fight', 'fights', 'fought', 'fighting', 'hold', 'holds', 'held', 'holding', 'push', 'pushes', 'pushed', 'pushing', 'come', 'comes', 'came', 'coming', 'bring', 'brings', 'brought', 'bringing', 'step', 'steps', 'stepped', 'stepping', 'go', 'goes', 'went', 'going', 'get', 'gets', 'got', 'getting', 'give', 'gives', 'gave', 'giving', 'look', 'looks', 'looked', 'looking', 'draw', 'draws', 'drew', 'drawing', 'turn', 'turns', 'turned', 'turning', 'send', 'sends', 'sent', 'sending', 'take', 'takes', 'took', 'taking', 'win', 'wins', 'won', 'winning', 'hit', 'hits', 'hitting', 'strike', 'strikes', 'struck', 'striking', 'walk', 'walks', 'walked', 'walking', 'claw', 'clawed', 'pay', 'pays', 'paid', 'paying', 'call', 'calls', 'called', 'calling', 'set', 'sets', 'setting',
  // Verbs of repelling ("driving back ISIS", "beat back the offensive"): their irregular forms and base forms (the
  // regular "-ed" and "-ing" forms are caught by their ending, relation-rules.ts).
  'drive', 'drives', 'drove', 'driven', 'beat', 'beats', 'beaten', 'knock', 'knocks', 'throw', 'throws', 'threw', 'thrown', 'fend', 'fends', 'chase', 'chases', 'kick', 'kicks', 'fire', 'fires', 'shoot', 'shoots', 'shot', 'write', 'writes', 'wrote', 'written', 'put', 'puts', 'date', 'dates', 'trace', 'traces', 'snap', 'snaps', 'bounce', 'bounces'];

/** Nouns naming a party's ally: "Russia's ally Assad", "Tehran's Hezbollah auxiliaries". */
export const ALLY_NOUNS = ['ally', 'allies', 'partner', 'partners', 'patron', 'backer', 'backers', 'protector', 'client', 'proxy', 'proxies', 'auxiliaries', 'enabler'];

/** Nouns of help that go to a party: "the US's support for Israel", "arms deliveries to Kiev". */
export const AID_NOUNS = ['support', 'backing', 'aid', 'assistance', 'arms', 'weapons', 'funding', 'military aid', 'arms deliveries'];

/** Heads of a group of officials: "Iranian officials", "EU leaders", "the U.S. envoy" stand for their country or body. */
export const OFFICIAL_NOUNS = ['officials', 'official', 'leaders', 'leader', 'leadership', 'envoy', 'envoys', 'delegation', 'delegations', 'negotiators', 'negotiator', 'diplomats', 'diplomat', 'counterpart', 'counterparts', 'government', 'authorities', 'administration', 'regime', 'representatives', 'representative', 'team', 'side', 'minister', 'ministers', 'president', 'premier', 'ambassador', 'emissary', 'forces', 'military', 'troops', 'army'];

/** The official nouns for several of a country's people or an unnamed group of them ("Saudi officials", "a Chinese
 *  delegation"): who they are the article may say elsewhere (meeting.named-members). */
export const GROUP_OFFICIAL_NOUNS = ['officials', 'leaders', 'leadership', 'delegation', 'delegations', 'negotiators', 'diplomats', 'side', 'team', 'representatives', 'counterparts', 'envoys', 'emissaries', 'ministers'];

/** A country's negotiating side as one unit ("the Chinese side", "a U.S. delegation", "the American team"): whom it stands
 *  for the article may say in a role clause ("Liu, who led the Chinese side") or by its chief negotiator — party.side-leader. */
export const SIDE_NOUNS = ['side', 'delegation', 'team', 'negotiators', 'envoys'];

/** Verbs of leading a side, every form: "X, who leads / led / is heading the Chinese delegation". */
export const LEAD_SIDE_VERBS = ['leads', 'led', 'lead', 'leading', 'heads', 'headed', 'head', 'heading'];

/** The official nouns that name one person ("China's top negotiator, Vice Premier Liu He"): a name apposed to one is its holder. */
export const SINGLE_OFFICIAL_NOUNS = ['official', 'leader', 'envoy', 'negotiator', 'diplomat', 'counterpart', 'representative', 'minister', 'president', 'premier', 'ambassador', 'emissary'];

/** "his Russian counterpart": the office a counterpart shares with the person whose counterpart it is, as a pattern on
 *  each one's titles (lower case; first match wins): foreign affairs, defence, and a head of state or government.
 *  (party.counterpart-office) */
export const COUNTERPART_OFFICES: ReadonlyArray<readonly [string, RegExp]> = [
  ['diplomat', /\b(?:secretary of state(?! for)|foreign (?:minister|secretary)|minister of foreign affairs|foreign affairs minister)\b/],
  ['defense', /\b(?:defen[cs]e (?:minister|secretary)|secretary of defen[cs]e|minister of defen[cs]e)\b/],
  ['leader', /\b(?:president|prime minister|premier|chancellor)\b(?! of)/],
  // ("South Korean envoy Hwang Joon Kook … after meeting with his U.S. counterpart": an envoy's is the other state's envoy.)
  ['envoy', /\b(?:ambassador|envoy|special representative)\b/],
];

/** A country's one negotiating unit, singular ("a Chinese delegation", "the American team", "the Chinese side"), or its
 *  envoys sent as one ("the South Korean envoys met Mr Kim"): its head may be the one envoy-rank official of that country
 *  the article names (party.delegation-head). */
export const DELEGATION_NOUNS = ['delegation', 'team', 'side', 'envoys'];
/** Titles of those who head a state's delegation, below its head of state or government (lower case, on a person's
 *  titles): vice premiers, ministers, envoys, negotiators, secretaries, advisers. */
export const DELEGATION_HEAD_TITLE = /\b(?:vice premier|deputy prime minister|minister|envoy|negotiator|representative|secretary|adviser|advisor|ambassador)\b/;
/** Titles of a head of state or government, who sits across a table as themselves, not as a delegation's head. */
export const HEAD_OF_STATE_TITLE = /\b(?<!vice )(?<!deputy )(?:president|prime minister|premier|chancellor|king|queen|emir|supreme leader|chairman)\b/;

/** "Russia's ambassador", "the U.S. envoy": a country's envoy nouns and the titles of the people who may hold each
 *  (lower case, on a person's titles): an ambassador is titled so; an envoy may be a special envoy, a special
 *  representative or the ambassador (party.envoy-holder). */
export const ENVOY_OFFICES: Readonly<Record<string, RegExp>> = {
  ambassador: /\bambassador\b/,
  envoy: /\b(?:envoy|ambassador|special representative)\b/,
};
/** Before a country in a title, where it is the envoy's post, not the state they speak for: "Ambassador to (the)
 *  United Kingdom", "envoy to Burundi" (party.envoy-holder). */
export const ENVOY_POST_BEFORE = /\b(?:[Aa]mbassador|AMBASSADOR|[Ee]nvoy|[Rr]epresentative)\s+(?:to|in)\s+(?:the\s+)?$/;

/** A rank under an office ("Deputy Foreign Minister", "vice president", "Undersecretary"): its holder is no one's counterpart. */
export const UNDER_OFFICE = /\b(?:deputy|vice|under|assistant|junior|acting|former|ex|then)[\s-]/i;

/** Words that may stand between a cue and its party without ending the phrase: titles, determiners, adjectives of office. */
export const ROLE_GAP_WORDS = ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'top', 'senior', 'former', 'new', 'visiting', 'chief', 'deputy', 'vice', 'foreign', 'defense', 'defence', 'prime', 'secretary', 'minister', 'president', 'general', 'state', 'leader', 'envoy', 'special', 'acting', 'supreme', 'national', 'security', 'adviser', 'advisor', 'ambassador', 'premier', 'chancellor', 'king', 'queen', 'crown', 'prince', 'counterpart', 'officials', 'official', 'leaders', 'representatives', 'counterparts', 'delegation', 'negotiators', 'diplomats', 'authorities', 'key', 'close', 'longtime', 'staunch', 'steadfast', 'vital', 'main', 'chief', 'traditional', 'regional', 'dictator', 'strongman', 'autocrat', 'ruler'];

/** Between a group of officials and its country: "leaders in South Korea", "counterparts from France". */
export const OFFICIAL_LINKS = ['of', 'from', 'in'];

/** Words before a cue that make the meeting planned: "will meet", "is expected to meet", "the upcoming summit". */
export const PLANNED_WORDS = ['will', 'shall', 'planned', 'plans', 'plan', 'planning', 'scheduled', 'scheduling', 'slated', 'poised', 'setting', 'organize', 'organise', 'organizes', 'organises', 'due', 'expected', 'expects', 'expect', 'expecting', 'set', 'upcoming', 'next', 'going', 'proposed', 'proposing', 'propose', 'proposes', 'forthcoming', 'imminent', 'looming', 'pending', 'later', 'tomorrow', 'ahead', 'prepare', 'prepares', 'preparing', 'preparations', 'preparation', '’ll', "'ll", 'negotiating', 'negotiate', 'arranging', 'arrange', 'organizing', 'organising', 'likely', 'vowed', 'vows', 'vow', 'pledged', 'pledges', 'promised', 'promises', 'agreed', 'agrees', 'reschedule', 'rescheduling', 'supposed', 'forward',
  // verbs of anticipation ("officials initially envisioned a summit between …", "is awaiting talks with"); not the
  // participles "anticipated", "awaited", which also describe a meeting held ("attended the highly anticipated meeting")
  'envision', 'envisions', 'envisioned', 'envisioning', 'envisage', 'envisages', 'envisaged', 'envisaging', 'await', 'awaits', 'awaiting', 'anticipate', 'anticipates', 'anticipating'];

/** Verbs of judgement: their subject speaks of a meeting ("defended the negotiations with Iran"), takes no part in it. */
export const JUDGEMENT_VERBS = ['defend', 'defends', 'defended', 'defending', 'criticize', 'criticizes', 'criticized', 'criticizing', 'criticise', 'criticises', 'criticised', 'criticising', 'praise', 'praises', 'praised', 'praising', 'condemn', 'condemns', 'condemned', 'condemning', 'denounce', 'denounces', 'denounced', 'denouncing', 'decry', 'decries', 'decried', 'decrying', 'slam', 'slams', 'slammed', 'slamming', 'blast', 'blasts', 'blasted', 'blasting', 'attack', 'attacks', 'attacked', 'attacking', 'question', 'questions', 'questioned', 'questioning', 'hail', 'hails', 'hailed', 'hailing', 'laud', 'lauds', 'lauded', 'lauding', 'applaud', 'applauds', 'applauded', 'applauding', 'dismiss', 'dismisses', 'dismissed', 'dismissing', 'deride', 'derides', 'derided', 'deriding', 'mock', 'mocks', 'mocked', 'mocking', 'ridicule', 'ridicules', 'ridiculed', 'ridiculing', 'oppose', 'opposes', 'opposed', 'opposing', 'endorse', 'endorses', 'endorsed', 'endorsing', 'champion', 'champions', 'championed', 'championing',
  // verbs of describing a meeting ("Spicer described the call with Peña Nieto as productive")
  'describe', 'describes', 'described', 'describing', 'characterize', 'characterizes', 'characterized', 'characterizing', 'characterise', 'characterises', 'characterised', 'characterising'];

/** Nouns of a proposition or an act after a name a backing verb takes: "supports the U.N. bid", "backs the Saudi plan" —
 *  the name modifies what is backed; it is no party. ("campaign" and "government" are a person's or a state's own.) */
export const PROPOSITION_NOUNS = ['bid', 'plan', 'proposal', 'resolution', 'initiative', 'effort', 'push', 'candidacy', 'position', 'stance', 'policy', 'deal', 'agreement', 'accord', 'approach', 'strategy', 'offensive', 'intervention', 'request', 'demand', 'decision', 'move', 'programme', 'program', 'claim', 'narrative', 'agenda', 'measure', 'bill', 'nomination', 'nominee', 'vision', 'proposition', 'framework', 'roadmap', 'road map', 'blueprint', 'declaration', 'statement', 'report', 'findings', 'assessment', 'view', 'idea'];

/** Verbs and nouns of asking that take a meeting noun over "for": "is lobbying for his own meeting with", "appealed for
 *  talks with", "a bid for a summit with" — a wish or a request, neither a meeting nor a plan (issue #12, rel25). */
export const REQUEST_FOR_WORDS = ['lobby', 'lobbies', 'lobbied', 'lobbying', 'press', 'presses', 'pressed', 'pressing', 'push', 'pushes', 'pushed', 'pushing', 'call', 'calls', 'called', 'calling', 'ask', 'asks', 'asked', 'asking', 'appeal', 'appeals', 'appealed', 'appealing', 'angle', 'angles', 'angled', 'angling', 'campaign', 'campaigns', 'campaigned', 'campaigning', 'clamor', 'clamors', 'clamored', 'clamoring', 'clamour', 'clamours', 'clamoured', 'clamouring', 'plead', 'pleads', 'pleaded', 'pleading', 'beg', 'begs', 'begged', 'begging', 'petition', 'petitions', 'petitioned', 'petitioning', 'agitate', 'agitates', 'agitated', 'agitating', 'request', 'requests', 'bid', 'bids', 'plea', 'pleas', 'demand', 'demands', 'hope', 'hopes', 'hoped', 'hoping', 'wish', 'wishes', 'wished', 'wishing',
  // verbs of longing: "is yearning for another summit with", "itching for talks with" (bare "long" is mostly the adjective)
  'yearn', 'yearns', 'yearned', 'yearning', 'longs', 'longed', 'longing', 'hanker', 'hankers', 'hankered', 'hankering', 'itching', 'pine', 'pines', 'pined', 'pining'];

/** Words before a cue that make the meeting refused or failed: "declined to meet", "cancelled the summit with". */
export const REFUSED_WORDS = ['not', 'never', 'declined', 'declines', 'decline', 'refused', 'refuses', 'refuse', 'rejected', 'rejects', 'rebuffed', 'snubbed', 'cancelled', 'canceled', 'cancels', 'cancel', 'canceling', 'cancelling', 'scrapped', 'won’t', "won't", 'didn’t', "didn't", 'doesn’t', "doesn't", 'wouldn’t', "wouldn't", 'no', 'without', 'avoid', 'avoided', 'avoiding', 'avoids', 'shunned', 'shuns', 'boycotted', 'boycotts', 'boycott', 'skipped', 'skip', 'skips', 'skipping', 'snubs', 'snubbing', 'boycotting', 'scraps', 'scrapping', 'postponed', 'postpone', 'postpones', 'postponing', 'suspended', 'ruled', 'rules',
  // "withheld a customary congratulatory phone call to Putin": a call or a meeting held back is refused.
  'withheld', 'withhold', 'withholds', 'withholding'];

/** Words before a cue that make it a wish, an offer or a condition, not a meeting: "is willing to meet", "if he meets". */
export const HYPOTHETICAL_WORDS = ['would', 'could', 'might', 'may', 'should', 'hopeful', 'someday', 'if', 'unless', 'whether', 'willing', 'ready', 'prepared', 'happy', 'wants', 'want', 'wanted', 'hopes', 'hope', 'hoped', 'hoping', 'offered', 'offer', 'invited', 'invitation', 'possibility', 'possible', 'proposal', 'urged', 'urge', 'urges', 'urging', 'called', 'calls', 'calling', 'asked', 'asking', 'demand', 'demands', 'demanded', 'demanding', 'seeking', 'seek', 'seeks', 'sought', 'try', 'tried', 'trying', 'pushed', 'pushing', 'open', 'idea', 'able', 'intention', 'intentions', 'expectation', 'expectations', 'intend', 'intends', 'intended', 'aim', 'aims', 'aimed', 'push', 'pushes', 'desire', 'eager', 'keen', 'request', 'requested', 'requesting', 'unlikely', 'willingness', 'readiness', 'eagerness', 'wish', 'brokered', 'brokering', 'brokers', 'mediated', 'mediating', 'reluctant', 'loath', 'loth', 'unwilling', 'hesitant', 'yearning', 'yearns', 'yearned', 'yearn', 'longing', 'itching', 'hankering'];

/** Words before a backing cue that make it claimed or denied, not stated: "denied backing", "accused of arming". */
export const HEDGE_WORDS = ['appears', 'appear', 'appeared', 'seems', 'seem', 'seemed', 'apparently', 'denied', 'denies', 'deny', 'denying', 'accused', 'accuses', 'accusing', 'alleged', 'allegedly', 'alleges', 'claimed', 'claims', 'claim', 'believed', 'believe', 'believes', 'suspected', 'reportedly', 'purportedly', 'not', 'never', 'no', 'stop', 'stopped', 'end', 'ended', 'halt', 'halted', 'would', 'could', 'might', 'may', 'if', 'whether', 'favors', 'favor', 'favored', 'favours', 'favour', 'favoured', 'proposed', 'proposes', 'propose', 'urged', 'urges', 'urge', 'wants', 'want', 'wanted', 'considers', 'consider', 'considered', 'calls', 'called', 'opposes', 'opposed', 'against', 'resisted', 'resists', 'questioned', 'debate', 'debated', 'cut', 'cuts', 'cutting', 'suspend', 'suspends', 'suspending', 'suspended', 'withhold', 'withholding', 'withheld', 'reduce', 'reducing', 'freeze', 'freezing', 'froze', 'pushed', 'pushing', 'expected', 'likely', 'unlikely', 'poised', 'negotiating', 'seeking', 'seeks', 'seek', 'pursuing', 'pursue', 'pursues', 'exploring', 'explore', 'explores', 'mulling', 'mulls', 'weighing', 'weighs', 'ensure', 'ensures', 'ensuring', 'reluctant', 'loath', 'loth', 'unwilling', 'hesitant'];

/** News outlets whose people interview rather than meet: "NPR's Steve Inskeep", "Fox News’ Sean Hannity". */
export const MEDIA_OUTLETS = ['CNN', 'MSNBC', 'CNBC', 'NBC', 'NBC News', 'ABC', 'ABC News', 'CBS', 'CBS News', 'Fox', 'Fox News', 'Fox Business', 'BBC', 'NPR', 'PBS', 'Bloomberg', 'Reuters', 'Politico', 'Axios', 'Sky News', 'Al Jazeera', 'C-SPAN', 'USA TODAY', 'USA Today', 'Associated Press', 'AP', 'ITV', 'CBC', 'RT', 'Breitbart', 'Newsmax', 'New York Times', 'Washington Post', 'Wall Street Journal', 'Guardian', 'Times', 'Telegraph'];

/** Last words of many-word names that make them news outlets: "the Los Angeles Times", "the Jerusalem Post", "Sky News". */
export const MEDIA_NAME_HEADS = ['Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Chronicle', 'Telegraph', 'Guardian', 'Observer', 'Inquirer', 'Examiner', 'News', 'Magazine', 'Radio', 'Television', 'TV'];

/** Roles of people who interview or report: "NPR Cairo bureau chief Leila Fadel", "CNN anchor Jake Tapper" ("host" is
 *  also a verb of meeting, so it has its own frame in relations.ts). */
export const MEDIA_ROLES = ['anchor', 'anchorman', 'anchorwoman', 'correspondent', 'reporter', 'journalist', 'columnist', 'interviewer', 'presenter', 'commentator', 'editor', 'bureau chief', 'moderator', 'broadcaster', 'podcaster'];

/**
 * Offices of one state's government, by how their names end or begin: "U.S. Department of Defense", "State
 * Department", "the Pentagon", "Russian Defense Ministry". Support between two offices of one state is the state at
 * work, no alliance.
 */
export const STATE_OFFICE_NAME = /\b(?:Department|Ministry|Pentagon|White House|Kremlin|Congress|Senate|House of Representatives|Parliament|Army|Navy|Air Force|Marine Corps|Coast Guard|Treasury|Joint Chiefs|Foreign Office|Home Office|Downing Street|Central Intelligence Agency|Federal Bureau of Investigation|National Security Agency|Intelligence Community)\b/;

/** The state an office belongs to when its name writes none: American names by convention (the United States has
 *  departments, other states ministries), and the seats of government that stand for theirs. */
export const STATE_OF_OFFICE_NAME: [RegExp, string][] = [
  [/\b(?:Department|Pentagon|White House|Congress|Senate|House of Representatives|Joint Chiefs|Central Intelligence Agency|Federal Bureau of Investigation|National Security Agency|Intelligence Community|Marine Corps|Coast Guard)\b/, 'US'],
  [/\bKremlin\b/, 'RU'],
  [/\b(?:Foreign Office|Home Office|Downing Street)\b/, 'GB'],
];

/** The state whose office a title names when it writes none: the American cabinet's titles by convention (other states
 *  have foreign and defence ministers; Britain's "Defence Secretary" is spelt so, "Secretary of State for …" names its
 *  department). Read on a person's titles (their role and aliases). */
export const STATE_OF_OFFICE_TITLE: [RegExp, string][] = [
  [/\b(?:Secretary of State(?! for)|Secretary of Defense|Defense Secretary|Secretary of the Treasury|Treasury Secretary|Trade Representative|Homeland Security Secretary|Secretary of Homeland Security|Commerce Secretary|Secretary of Commerce|National Security Adviser|National Security Advisor)\b/, 'US'],
];

/**
 * American departments and services, each with the titles of those who serve in it and the names it goes by: a
 * person and the institution their own title names ("Defense Secretary Chuck Hagel" and the Pentagon, "Army Gen. David
 * Rodriguez" and the Army) are one side, never two parties of a meeting or an alliance. [key, title pattern, name pattern].
 */
export const INSTITUTION_OF_TITLE: [string, RegExp, RegExp][] = [
  ['defense', /\b(?:Defen[sc]e Secretary|Secretary of Defen[sc]e|Deputy Defen[sc]e Secretary|Pentagon|Joint Chiefs)\b/, /^(?:the\s+)?(?:U\.?S\.?\s+)?(?:Pentagon|Department of Defen[sc]e|Defen[sc]e Department)$/],
  ['army', /\bArmy\b/, /^(?:the\s+)?(?:U\.?S\.?\s+)?Army$/],
  ['navy', /\bNavy\b/, /^(?:the\s+)?(?:U\.?S\.?\s+)?Navy$/],
  ['air force', /\bAir Force\b/, /^(?:the\s+)?(?:U\.?S\.?\s+)?Air Force$/],
  ['marines', /\bMarine Corps\b|\bMarine\b/, /^(?:the\s+)?(?:U\.?S\.?\s+)?Marine Corps$/],
  ['state', /\b(?:Secretary of State(?! for)|State Department)\b/, /^(?:the\s+)?(?:U\.?S\.?\s+)?(?:State Department|Department of State)$/],
  ['treasury', /\b(?:Treasury Secretary|Secretary of the Treasury)\b/, /^(?:the\s+)?(?:U\.?S\.?\s+)?(?:Treasury|Treasury Department|Department of the Treasury)$/],
  ['justice', /\bAttorney General\b/, /^(?:the\s+)?(?:U\.?S\.?\s+)?(?:Justice Department|Department of Justice)$/],
];

/**
 * Inquiries: whoever sits down with them is questioned, testifies or bargains over a plea — an interview by
 * investigators or testimony, no meeting (issue #12; relations-dev README: "testimony and depositions" are not MET_WITH,
 * a congressional hearing at most optional). A person is one by their title; a body by its name: a legislature's
 * committee or panel, an agency of criminal investigation (a prosecutor of a state, who also treats with other states'
 * officials, is none).
 */
export const INQUIRY_TITLE = /\b(?:special counsel|special prosecutor|independent counsel|inspector general)\b/i;
export const INQUIRY_COMMITTEE_START = /^(?:the\s+)?(?:U\.?S\.?\s+)?(?:House|Senate|Congressional|Parliamentary|Commons|Joint|Select)\b/;
export const INQUIRY_COMMITTEE_END = /\b(?:Committee|Subcommittee|Panel)$/;
export const INQUIRY_AGENCY_NAME = /^(?:the\s+)?(?:(?:U\.?S\.?\s+)?Federal Bureau of Investigation|FBI|Office of (?:the )?Special Counsel|Special Counsel(?:['’]s)? Office)$/;
/** Nouns of a person's investigators: "Mueller team", "Robert Mueller team" is the inquiry of the person it is named after. */
export const INQUIRY_TEAM_NOUNS = /\s(?:team|office|investigators|prosecutors)$/;
