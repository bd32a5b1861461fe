// Nouns naming a source that speaks without a name: "a senior official", "sources", "the poll", "his lawyer".
import { ROLE_NOUNS } from './titles.js';

/** Heads of an unnamed source, singular and plural: people who speak for themselves or for a body. */
export const SOURCE_PEOPLE = [
  'source', 'sources', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'analyst', 'analysts',
  'expert', 'experts', 'critic', 'critics', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'lawyer', 'lawyers',
  'attorney', 'attorneys', 'prosecutor', 'prosecutors', 'researcher', 'researchers', 'economist', 'economists', 'diplomat',
  'diplomats', 'resident', 'residents', 'witness', 'witnesses', 'voter', 'voters', 'supporter', 'supporters', 'lawmaker',
  'lawmakers', 'senator', 'senators', 'leader', 'leaders', 'officer', 'officers', 'member', 'members', 'investigator',
  'investigators', 'executive', 'executives', 'staffer', 'staffers', 'person', 'people', 'judge', 'judges', 'police',
  'authorities', 'respondents', 'protesters', 'activists', 'doctors', 'scientists', 'negotiators', 'observers',
  // those who put the questions: "The journalist then asked him, “…”"
  'journalist', 'journalists', 'reporter', 'reporters', 'interviewer', 'moderator', 'correspondent', 'correspondents',
] as const;

/** Singular nouns for one person left unnamed ("one jihadist addresses the camera", "the woman said"): a sentence with
 * such a subject is about someone the article does not name, so a "he"/"she" after it is not an earlier named person. */
export const UNNAMED_PERSON_NOUNS = [
  'source', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'expert', 'critic', 'aide', 'adviser', 'advisor',
  'lawyer', 'attorney', 'prosecutor', 'researcher', 'economist', 'diplomat', 'resident', 'witness', 'voter', 'supporter',
  'officer', 'investigator', 'staffer', 'person', 'man', 'woman', 'boy', 'girl', 'jihadist', 'militant', 'fighter', 'gunman',
  'soldier', 'protester', 'activist', 'doctor', 'nurse', 'worker', 'student', 'teacher', 'speaker', 'narrator', 'survivor',
  'victim', 'mother', 'father', 'neighbor', 'neighbour', 'passenger', 'driver', 'journalist', 'reporter', 'caller', 'narrator',
  'insider', 'veteran', 'refugee', 'migrant', 'villager', 'shopkeeper', 'farmer', 'guard', 'executioner', 'hostage',
] as const;

/** Singular nouns of one person by occupation, rank or standing, beyond the source, role and kin nouns of these lists: a
 * definite description headed by one ("the lobbyist", "the staff member", "the former officer") is a person of the
 * article, named there or not (quotes/definite-person.ts). */
export const OCCUPATION_NOUNS = [
  'lobbyist', 'member', 'soldier', 'officer', 'commander', 'colonel', 'captain', 'sergeant', 'lieutenant', 'major', 'chief',
  'agent', 'detective', 'sheriff', 'guard', 'pilot', 'sailor', 'marine', 'narrator', 'host', 'anchor', 'commentator',
  'columnist', 'editor', 'author', 'writer', 'historian', 'scholar', 'professor', 'scientist', 'engineer', 'physician',
  'surgeon', 'lawmaker', 'legislator', 'politician', 'candidate', 'nominee', 'activist', 'organizer', 'campaigner',
  'strategist', 'pollster', 'consultant', 'banker', 'trader', 'investor', 'businessman', 'businesswoman', 'entrepreneur',
  'executive', 'manager', 'employee', 'contractor', 'owner', 'founder', 'landlord', 'tenant', 'priest', 'imam', 'cleric',
  'pastor', 'rabbi', 'bishop', 'monk', 'nun', 'preacher', 'defendant', 'suspect', 'plaintiff', 'detainee', 'prisoner',
  'inmate', 'defector', 'dissident', 'commissioner', 'inspector', 'negotiator', 'mediator', 'envoy', 'emissary',
  'delegate', 'representative', 'congressman', 'congresswoman', 'councilman', 'councilwoman', 'chairwoman', 'chairperson',
  'emir', 'sultan', 'sheikh', 'duke', 'duchess', 'princess', 'crown prince', 'pope', 'ayatollah', 'coach', 'player',
  'athlete', 'actor', 'actress', 'singer', 'artist', 'photographer', 'filmmaker', 'producer', 'tycoon', 'billionaire',
  'millionaire', 'mogul', 'fighter', 'rebel', 'commando', 'sniper', 'whistleblower', 'informant', 'translator',
  'interpreter', 'teenager', 'youth', 'child', 'grandmother', 'grandfather', 'uncle', 'aunt', 'cousin', 'nephew', 'niece',
  'widow', 'widower', 'friend', 'colleague', 'classmate', 'partner', 'fiancee', 'fiancée', 'boyfriend', 'girlfriend',
] as const;

/** Person nouns that tell their gender: a "she" is no spokesman, a "he" no spokeswoman. */
export const MALE_PERSON_NOUNS = ['spokesman', 'man', 'boy', 'father', 'son', 'husband', 'brother', 'gunman', 'congressman', 'chairman', 'businessman', 'policeman'] as const;
export const FEMALE_PERSON_NOUNS = ['spokeswoman', 'woman', 'girl', 'mother', 'daughter', 'wife', 'sister', 'congresswoman', 'chairwoman', 'businesswoman', 'policewoman'] as const;

/** Groups of a country's people who do not speak for its state: "Syrian rebels say …" is no word of Syria's (its
 * officials, authorities, military, state media and lawmakers are: left out here). */
export const PEOPLE_GROUP_NOUNS = [
  'rebels', 'protesters', 'protestors', 'demonstrators', 'activists', 'opposition', 'dissidents', 'exiles', 'refugees', 'migrants',
  'people', 'citizens', 'civilians', 'residents', 'villagers', 'students', 'workers', 'voters', 'fans', 'militants', 'fighters',
  'insurgents', 'separatists', 'critics', 'analysts', 'experts', 'scholars', 'academics', 'journalists', 'bloggers', 'media',
  'families', 'survivors', 'witnesses', 'doctors', 'farmers', 'businessmen', 'hackers', 'youths', 'women', 'men',
] as const;

/** People who speak for a principal named beside them ("Trump's lawyer", "a spokesman for Kerry", "an adviser to
 * Tillerson"): their words are their own, the principal at most the one they speak for. */
export const AGENT_NOUNS = [
  'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen', 'spokespeople', 'aide', 'aides', 'adviser', 'advisers',
  'advisor', 'advisors', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'counsel', 'representative', 'representatives',
  'press secretary', 'chief of staff',
] as const;

/** People a person's name owns or modifies without being that person ("Kassig's executioner", "a senior Trump
 * official", "Trump associates"): the noun heads the phrase and speaks, unnamed. Those on the person's side (besides
 * AGENT_NOUNS) speak for them (onBehalfOf); kin, foes and the rest do not. */
export const PRINCIPAL_SIDE_NOUNS = [
  'official', 'officials', 'ally', 'allies', 'associate', 'associates', 'supporter', 'supporters', 'loyalist', 'loyalists',
  'confidant', 'confidants', 'confidante', 'insider', 'insiders', 'backer', 'backers', 'surrogate', 'surrogates', 'staffer',
  'staffers', 'operative', 'operatives', 'strategist', 'strategists', 'appointee', 'appointees', 'source', 'sources',
] as const;
export const PRINCIPAL_TIED_NOUNS = [
  'critic', 'critics', 'opponent', 'opponents', 'rival', 'rivals', 'friend', 'friends', 'family', 'relatives', 'parents',
  'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'widow', 'brother', 'sister', 'uncle', 'aunt', 'cousin',
  'nephew', 'niece', 'girlfriend', 'boyfriend', 'fiancee', 'fiancée', 'fiance', 'grandmother', 'grandfather', 'executioner',
  'killer', 'captor', 'captors', 'biographer', 'classmate', 'classmates', 'colleague', 'colleagues', 'neighbor', 'neighbors',
  'neighbour', 'neighbours', 'doctor', 'doctors', 'donor', 'donors', 'whip',
] as const;

/** Heads of an unnamed body or document that states something: "the poll", "the ministry", "the bank". */
export const SOURCE_BODIES = [
  'poll', 'polls', 'survey', 'surveys', 'report', 'reports', 'study', 'studies', 'statement', 'group', 'campaign', 'committee',
  'agency', 'court', 'ministry', 'government', 'administration', 'bank', 'company', 'firm', 'department', 'embassy', 'council',
] as const;

/** Singular heads of a body that speaks, beyond SOURCE_BODIES: "a prominent militia backed by Iran said", "The think
 * tank, led by John R. Bolton, said" — the body speaks, not the name in its modifier. */
export const SPEAKING_BODY_HEADS = [
  'militia', 'tank', 'institute', 'organization', 'organisation', 'network', 'newspaper', 'outlet', 'broadcaster', 'channel',
  'foundation', 'party', 'movement', 'coalition', 'alliance', 'union', 'center', 'centre', 'office', 'team', 'panel', 'board',
  'commission', 'delegation', 'unit', 'force', 'faction', 'regime', 'newsroom', 'magazine', 'website', 'site',
] as const;

/** Determiners opening an unnamed source: "a", "the", "two", "several", "his" ("his lawyer said"). */
export const SOURCE_DETERMINERS = ['the', 'a', 'an', 'another', 'some', 'many', 'most', 'one', 'two', 'three', 'four', 'several', 'his', 'her', 'their', 'its'] as const;

/** People-nouns that speak as a bare plural, with no determiner: "Police officials said", "sources said". */
export const BARE_PLURAL_SOURCES = ['sources', 'officials', 'analysts', 'experts', 'critics', 'aides', 'advisers', 'lawyers', 'prosecutors', 'diplomats', 'residents', 'witnesses', 'lawmakers', 'investigators', 'members', 'economists', 'researchers', 'people'] as const;

const capitalisedToo = (w: string) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`;
/** An alternation of the words, longest first (a word that is a prefix of another must not win), first letter in either case when asked. */
export function wordAlternation(words: readonly string[], anyCase = false): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => (anyCase ? capitalisedToo(w) : w)).join('|');
}

/** Heads of a document or a piece of writing that "it" may stand for after a sentence headed by one ("But the 29-page
 * document describes …. It says …"): "it" is the document, not a body named sentences before. */
export const DOCUMENT_NOUNS = [
  'document', 'documents', 'indictment', 'report', 'letter', 'statement', 'memo', 'memorandum', 'complaint', 'lawsuit', 'filing',
  'ruling', 'resolution', 'bill', 'order', 'agreement', 'treaty', 'accord', 'study', 'survey', 'poll', 'article', 'book', 'column',
  'editorial', 'op-ed', 'proposal', 'plan', 'draft', 'decree', 'communique', 'communiqué', 'declaration', 'transcript', 'affidavit',
  'motion', 'verdict', 'warrant', 'subpoena', 'cable', 'email', 'e-mail', 'tweet', 'post', 'video', 'ad', 'advertisement',
  'assessment', 'review', 'analysis', 'dossier', 'petition', 'manifesto', 'constitution', 'law', 'legislation', 'guidance', 'notice',
  'charter', 'brief', 'opinion', 'judgment', 'judgement', 'leaflet', 'booklet', 'textbook', 'platform', 'budget', 'message',
] as const;

/** First words of an "according to" object that is no source but a measure or a manner ("governed according to what
 * would work", "according to plan", "according to their needs"): no attribution. A wh-word opens a clause, no source;
 * the nouns are a manner when bare ("according to the plan" cites a document). */
export const NOT_SOURCE_WH_WORDS = ['what', 'how', 'whether', 'which', 'where', 'when', 'why'] as const;
export const MANNER_NOUNS = [
  'plan', 'schedule', 'script', 'tradition', 'custom', 'need', 'needs', 'merit', 'merits', 'rank', 'size', 'age', 'type', 'taste',
  'protocol', 'instructions', 'ability', 'abilities', 'means', 'wishes',
] as const;

/** Nouns of a document that speaks for whoever issued it, when it stands as a quote's whole source ("A White House
 * statement said", "a Pentagon report found", "the Kremlin readout"): quotes/document-source.ts. */
export const ISSUED_DOCUMENT_NOUNS = ['statement', 'press release', 'news release', 'readout', 'communique', 'communiqué', 'letter', 'memo', 'memorandum', 'report', 'study'] as const;

/** Modifiers that may stand between an issuer's name and its document's noun without changing whose it is ("the
 * Pentagon's annual report", "a White House written statement"); a noun there ("family", "committee") would. */
export const DOCUMENT_MODIFIERS = [
  'annual', 'latest', 'new', 'recent', 'written', 'official', 'final', 'interim', 'draft', 'initial', 'brief', 'lengthy', 'terse',
  'short', 'earlier', 'previous', 'public', 'internal', 'formal', 'joint', 'full', 'own', 'separate', 'classified', 'unclassified',
  'redacted', 'weekly', 'monthly', 'daily', 'quarterly', 'preliminary', 'emailed', 'signed', 'rare', 'strongly-worded',
] as const;

/** Singular nouns heading a description of one person — a source's, a role's, an agent's, kin, an occupation — and
 * "family" (plurals and groups left out: "the senators" are several): "the king", "the staff member", "the uncle". */
export const PERSON_HEAD_NOUNS: readonly string[] = [...new Set<string>(
  [...UNNAMED_PERSON_NOUNS, ...ROLE_NOUNS, ...AGENT_NOUNS, ...PRINCIPAL_SIDE_NOUNS, ...PRINCIPAL_TIED_NOUNS, ...OCCUPATION_NOUNS, 'family']
    .filter((n) => !/(?:[^s]s|people|men|relatives|parents|police)$/.test(n)),
)];

/** Plural heads of a group of people speaking together, unnamed: "…,” the justices wrote", "…,” police said", "said the
 * protesters" — the plural of every person noun above, the people groups and bare plural sources, and a few plurals
 * no singular here yields. A group speaks as one source, unnamed (its members are several people: no one node). */
export const GROUP_SPEAKER_NOUNS: readonly string[] = [...new Set<string>([
  ...PERSON_HEAD_NOUNS.filter((n) => n !== 'family' && !/\s/.test(n)).map(pluralOf),
  ...PEOPLE_GROUP_NOUNS.filter((n) => n !== 'media' && n !== 'opposition'),
  ...BARE_PLURAL_SOURCES,
  'justices', 'judges', 'authorities', 'police', 'signatories', 'authors', 'organizers', 'organisers', 'ministers', 'leaders',
  'senators', 'officials', 'campaigners', 'parents', 'relatives', 'children', 'crew', 'troops', 'petitioners', 'protestors',
])];

/** The plural of a person noun: "justice" → "justices", "spokesman" → "spokesmen", "party" → "parties". */
function pluralOf(noun: string): string {
  if (/man$/.test(noun)) return noun.replace(/man$/, 'men');
  if (/child$/.test(noun)) return `${noun}ren`;
  if (/fe$/.test(noun)) return noun.replace(/fe$/, 'ves');
  if (/[^aeiou]y$/.test(noun)) return noun.replace(/y$/, 'ies');
  if (/(?:s|sh|ch|x)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}
