// Stage 2d, retype: names whose type the article as a whole decides — words that may be countries (Georgia, Jordan,
// Chad), military operations, places and programmes that look like two-word names. Input and output: mentions.
// Heuristic: one name, one type per article; the words around a name family ("Operation …", "… Sea") decide it.
// Exists for: "Operation Desert Storm began … Desert Storm ended" → no person; "Jordan said … Amman" → the country.
import type { Mention } from './mentions.js';
import { OUTLETS_BY_KIND } from './lexicon/outlets.js';
import { COUNTRY_BY_CAPITAL, COUNTRY_BY_NAME, WEAK_COUNTRY_CONTEXT, WEAK_COUNTRY_NAMES, countryAdjective } from './lexicon/countries.js';
import { cityNameOfCapital, countryOfPlace, isPlaceByHead, US_STATE_AFTER_COMMA, US_STATE_BY_ABBREVIATION, US_STATE_NAMES } from './lexicon/places.js';
import { capitalCityRule, unionOfSeat } from './capitals.js';
import { nameVessels } from './vessels.js';
import { withTitleDomains } from './title-domains.js';
import { placeSlotNames } from './place-slots.js';
import { areaNounNames, namedPlaceAfter, regionPlace } from './region-places.js';
import { groupWord } from './group-words.js';
import { splitHolder } from './holder-splits.js';
import { isBareRank, splitRankTitle } from './rank-titles.js';
import { joinQuotedNicknames } from './quoted-nicknames.js';
import { cutAllNameEdges } from './name-edges.js';
import { datelinePlaces } from './dateline-places.js';
import { bodySlotNames } from './body-slots.js';
import { splitLabelledPair, splitSharedSurnames } from './coordinated-people.js';
import { areaAcronyms, headWordRule, inInstrumentName, instrumentTail, venueNames } from './unlikely-heads.js';
import { FIRST_NAMES, genderOfGivenName } from './lexicon/names.js';
import { COUNTRY_PERSONIFICATIONS } from './lexicon/stock-characters.js';
import { hasLowerCaseUse } from './unlikely-people.js';
import { COMPANY_LEGAL_FORMS, COMPANY_TRADE_WORDS, KNOWN_ORGANIZATION_FORMS } from './lexicon/organizations.js';
import { CLAUSE_OPENERS, HEADLINE_VERBS, HONORIFICS, INTERJECTION_DEITIES, NAME_EPITHETS, NOT_NAME_STARTS, OFFICE_PORTFOLIOS, OPENING_IMPERATIVES, OPENING_PREPOSITIONS, PARTY_MEMBER_LABELS, PERSON_TITLES } from './lexicon/titles.js';

/** A country's name of one to three words in the possessive right before `at` ("Ukraine's ", "North Korea’s "): its
 *  code; not the UN's ("the U.N.'s Security Council"). A plain scan over the words before. */
function stateOwningCouncil(body: string, at: number): string | null {
  const before = body.slice(Math.max(0, at - 40), at);
  if (!/['’]s $/.test(before)) return null;
  const words = before.slice(0, -3).split(' ');
  for (let n = 1; n <= 3 && n <= words.length; n++) {
    const code = COUNTRY_BY_NAME.get(words.slice(-n).join(' '));
    if (code) return code;
  }
  return null;
}

/** Last words of names that are places, programmes, operations or classifications, never people. */
const NOT_PERSON_LAST = /^(?:Sea|Seas|Gulf|Bay|Ocean|River|Lake|Strait|Straits|Peninsula|Desert|Mountains|Basin|Coast|Islands?|Canal|Plateau|Heights|Valley|Delta|Programs?|Programmes?|Initiative|Operation|Doctrine|Secret|Classified)$/;
/**
 * Head nouns of bodies and institutions that are no common surnames (not "Post", "Press", "Times", "Court", "Guard",
 * "Chambers"): a name they end ("Fairfax Media", "Lowy Institute", "Select Committee") names a body, whoever the name's
 * first word may be — never a person a pronoun could take up.
 */
const BODY_HEADS = /^(?:Media|Group|Corporation|Corp\.?|Inc\.?|Ltd\.?|LLC|Network|Agency|Institute|Foundation|Council|Committee|Subcommittee|Ministry|Department|Bureau|Association|Coalition|Commission|Party|Parliament|Assembly|Senate|Congress|Caucus|Administration|Authority|Federation|Directorate|Secretariat|Company|Holdings|Industries|Airlines|Airways|Magazine|Newspaper|Tribune|Gazette|Telegraph|Broadcasting|Television|Radio|Bakery|Cafe|Café|Restaurant|Patrol|Chiefs)$/;
/** Words before a name that make it an operation, an exercise or a programme: "Operation Desert Storm". */
const OPERATION_HEAD = /^(?:Operation|Exercise|Project|Program|Programme)$/;
/** Every OPERATION_HEAD word holds one of these ("Programme" holds "Program"). */
const OPERATION_HEAD_PART = /Operation|Exercise|Project|Program/;
/** The capitalised word ending the 20 characters before `at` (blanks after it) is an operation's head word ("Operation
 *  Desert Storm"); the window is read with the word's pattern only when it holds a head word (most hold none). */
export function operationHeadBefore(body: string, at: number): boolean {
  const window = body.slice(Math.max(0, at - 20), at);
  if (!OPERATION_HEAD_PART.test(window)) return false;
  const word = /(\p{Lu}\p{Ll}+)\s+$/u.exec(window)?.[1];
  return !!word && OPERATION_HEAD.test(word);
}

/**
 * Nouns that, right before or after a name, make it a publication or broadcaster: "the satirical magazine Charlie
 * Hebdo", "the Qatar-based broadcaster Al Jazeera", "the Charlie Hebdo magazine". Linear: alternations of fixed words.
 */
const OUTLET_NOUNS = 'newspaper|magazine|weekly|tabloid|broadcaster|network|channel|outlet|website|newswire|news agency|news site|publication';
const OUTLET_BEFORE = new RegExp(`\\b(?:${OUTLET_NOUNS})\\s+$`);
/** After a name only nouns no person's name is followed by ("Donald Trump television interview" is his). */
const OUTLET_AFTER = /^\s+(?:newspaper|magazine|broadcaster|network|news agency|website)\b/;
/** News outlets with names that read like a person's ("Al Jazeera": Al is a given name; "Charlie Hebdo"). */
export const OUTLET_NAMES: ReadonlySet<string> = new Set(['Al Jazeera', 'Al Arabiya', 'Charlie Hebdo', 'Der Spiegel', 'Le Monde', 'Le Figaro', 'Haaretz', 'Interfax', 'Xinhua', 'Yonhap', 'Kyodo', 'Sputnik', 'Al-Monitor', 'Al Mayadeen', 'Al Akhbar', 'Asharq Al-Awsat', 'Dawn', 'Ynet', 'Al Manar']);
/**
 * Outlets of two words or more the outlet lexicon lists by kind ("Mother Jones", "Vanity Fair", "Novaya Gazeta",
 * "Deutsche Welle"): their names read as a person's ("Mother" a title, "Jones" a surname), but an article that never
 * gives the name a title or "Mr." names the outlet.
 */
const LISTED_OUTLETS: ReadonlySet<string> = new Set(Object.values(OUTLETS_BY_KIND).flat().filter((n) => n.includes(' ')));

/**
 * "Nato", "Isis", "Unesco": the British press writes a body's acronym of four letters or more as a word. A known body's
 * acronym so written is that body, never a person ("Read more about Nato"); its canonical name, or undefined.
 */
export function titleCaseAcronym(word: string): string | undefined {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(word)) return undefined;
  const upper = word.toUpperCase();
  return upper !== word && KNOWN_ORGANIZATION_FORMS.has(upper) ? KNOWN_ORGANIZATION_FORMS.get(upper) : undefined;
}

/** Title words that also open companies' names ("General Motors Co.", "Admiral Insurance Group"): not forms of address. */
const COMPANY_TITLE_WORDS: ReadonlySet<string> = new Set(PERSON_TITLES.filter((t) => !t.includes(' ') && !HONORIFICS.has(t)));

/** A sentence-initial adverb in -ly and the space after it: "Reportedly ", "Frequently " (not "Vitaly", "Kelly"). */
const OPENING_ADVERB = /^(\p{Lu}\p{Ll}{5,}ly) /u;
/** The end of a sentence or of a line right before a position: only white space back to ".", "!", "?" or a line break. */
const SENTENCE_END_BEFORE = /(?:^|[.!?]["”’)]?[ \t]+|\n[ \t]*)$/;
/**
 * Where a US state's abbreviation stands in the news: after a town's or a lawmaker's comma ("Palm Beach, Fla.",
 * "Joe Donnelly, Ind.", "(R., La.)") or in a lawmaker's brackets ("Sen. Marco Rubio (Fla.)", "(D-Wis.)"). Linear.
 */
const STATE_SLOT_BEFORE = /(?:, |\((?:[RDI]-)?)$/;

/**
 * "Palm Beach, Fla.", "Sen. Ted Cruz (Tex.)": one word in a state's slot, with the abbreviation's stop right after it,
 * is the state, never a person or a body the tagger took the capitalised word for ("Fla", "Tex"); the state's name
 * it abbreviates, or undefined.
 */
function abbreviatedState(body: string, m: Mention): string | undefined {
  if (m.role || m.honorific || m.text.includes(' ')) return undefined;
  const abbreviation = m.text.endsWith('.') ? m.text : body[m.end] === '.' ? `${m.text}.` : undefined;
  const state = abbreviation ? US_STATE_BY_ABBREVIATION.get(abbreviation) : undefined;
  return state && STATE_SLOT_BEFORE.test(body.slice(Math.max(0, m.start - 6), m.start)) ? state : undefined;
}

/** The first word of a name and the space after it. */
const FIRST_WORD = /^(\p{Lu}\p{Ll}+) /u;
/** A sentence's start, a label's colon, an opening quote or a dateline's dash before a position: "Update: Via Buzzfeed, …", "JOHANNESBURG — Toward the end". */
const OPENING_BEFORE = /(?:^|[.!?:]["”’)]?[ \t]+|\n[ \t]*|["“][ \t]*|\p{Lu} [—–] )$/u;

const isGivenName = (w: string) => FIRST_NAMES.has(w) || Boolean(genderOfGivenName(w));

/**
 * "Frequently Trump …", "Reportedly Kim …", "Via Buzzfeed": a sentence-initial adverb in -ly or preposition is no part of
 * the name after it. Read after tagging, so the rules' mentions the tagger learns from stay as they were; a body the
 * tagger read over the adverb is left a lone name for the entity stage to place.
 */
function withoutOpeningAdverb(body: string, m: Mention): Mention | null {
  if (m.type !== 'Person' && m.type !== 'Unknown' && m.type !== 'Organization') return m;
  // "Via Buzzfeed, …", "Amid protests …": a preposition opening the sentence (or a label's text) is no part of a name.
  const first = FIRST_WORD.exec(m.text);
  const preposition = first && OPENING_PREPOSITIONS.has(first[1]) && OPENING_BEFORE.test(body.slice(Math.max(0, m.start - 6), m.start)) ? first : null;
  const adverb = preposition ?? OPENING_ADVERB.exec(m.text);
  if (!adverb || (!preposition && (isGivenName(adverb[1]) || !SENTENCE_END_BEFORE.test(body.slice(Math.max(0, m.start - 6), m.start))))) return m;
  // "Besides the Treasury Department's listing …": the article after the preposition is no part of the name either.
  const start = m.start + adverb[0].length + (preposition && m.text.startsWith('the ', adverb[0].length) ? 4 : 0);
  const text = body.slice(start, m.end);
  // "Throughout Tuesday": what is left is a time word, no name at all.
  if (preposition && NOT_NAME_STARTS.has(text)) return null;
  // After "Via" comes a source, after "Amid" a state of things: what the tagger read as a person with the preposition
  // is left for the entity stage to place too.
  const key = text.replace(/\s+/g, ' ');
  // "Beyond Iran, another disconnect …": a country's name left is the country.
  const code = COUNTRY_BY_NAME.get(key);
  if (code) return { start, end: m.end, text, type: 'Country', key: code, via: 'name', sentence: m.sentence };
  const type = m.type === 'Organization' || (preposition && !isGivenName(text.split(' ')[0])) ? 'Unknown' : m.type;
  const out: Mention = { ...m, start, text, key, type };
  if (m.type === 'Organization') delete out.orgCue;
  return out;
}

/** Imperatives of a page's pointers to other pieces ("Read Laura's blog", "Watch: …", "See the filing below"). */
const POINTER_IMPERATIVES: ReadonlySet<string> = new Set(['Read', 'Watch', 'See', 'Listen']);

/**
 * "Take Germany's Angela Merkel and …", "Consider Shumana Palit, who …", "Thank God the patient is okay": an imperative or
 * an interjection opening a sentence (a quote, a label's text) is no part of the name after it. The name is the words
 * after it: a country's name the country; a deity after an interjection, or function words alone, no entity. A body's
 * reading is cut only to such a leftover or to a person the article names ("Related Companies" stays).
 */
function withoutOpeningImperative(body: string, m: Mention, personKeys: ReadonlySet<string>): Mention | null {
  if (m.type !== 'Person' && m.type !== 'Unknown' && m.type !== 'Organization') return m;
  const first = FIRST_WORD.exec(m.text);
  if (!first || !OPENING_IMPERATIVES.has(first[1]) || !OPENING_BEFORE.test(body.slice(Math.max(0, m.start - 6), m.start))) return m;
  const start = m.start + first[0].length;
  const text = body.slice(start, m.end);
  // "Meet the Press": a lower-case word after the verb makes the whole a title, left as it is.
  if (!/^\p{Lu}/u.test(text)) return m;
  const key = text.replace(/\s+/g, ' ');
  const words = key.split(' ');
  // "Read Laura's blog", "See Manafort filing below", "Watch …": a page's pointer to a piece, furniture naming no one in the story.
  if (POINTER_IMPERATIVES.has(first[1]) || INTERJECTION_DEITIES.has(words[0]) || words.every((w) => NOT_NAME_STARTS.has(w))) return null;
  const code = COUNTRY_BY_NAME.get(key);
  if (code) return { start, end: m.end, text, type: 'Country', key: code, via: 'name', sentence: m.sentence };
  if (m.type === 'Organization' && !personKeys.has(key)) return m;
  const out: Mention = { ...m, start, text, key, type: m.type === 'Organization' ? 'Person' : m.type };
  if (m.type === 'Organization') delete out.orgCue;
  return out;
}

/**
 * "Fellow Tory Ben Bradley, who had backed …", "Conservative Remainer Justine Greening", "Brexiteer Tory Sir Bill Cash":
 * a party's or a faction's label written before a member's name (a given name or "Sir" next) is no part of the name.
 */
function withoutPartyLabel(m: Mention): Mention {
  if (m.type !== 'Person' && m.type !== 'Unknown') return m;
  const words = m.text.split(' ');
  let k = 0;
  while (k < words.length && PARTY_MEMBER_LABELS.has(words[k])) k++;
  // Not two labelled members read as one name ("Tory X and Labour Y": coordinated-people.ts splits the pair).
  if (k === 0 || words.length - k < 2 || words.includes('and') || !(HONORIFICS.has(words[k]) || isGivenName(words[k]))) return m;
  // "Sir Bill Cash": the form of address after the label is the mention's, as the title reader keeps it.
  const honorific = HONORIFICS.has(words[k]) && words.length - k > 2 ? words[k] : undefined;
  const cut = words.slice(0, honorific ? k + 1 : k).join(' ').length + 1;
  const text = m.text.slice(cut);
  const out: Mention = { ...m, start: m.start + cut, text, key: text.replace(/\s+/g, ' ') };
  if (honorific && !m.honorific) out.honorific = honorific;
  return out;
}

/** An office's noun and "of" right before a portfolio word, in any case: "former secretary of ", "Deputy Secretaries of ". */
const OFFICE_OF_BEFORE = /\b(?:[Ss]ecretar(?:y|ies)|[Mm]inisters?|[Uu]nder[ -][Ss]ecretary) of $/;

/**
 * "former secretary of State Hillary Rodham Clinton", "Deputy Secretaries of State Anthony Blinken": the portfolio that
 * completes a title ("of State") is no first word of the holder's name after it; the name is the words after it, a
 * person's when a given name opens them (the tagger read the portfolio and the name as one body).
 */
function withoutPortfolioBeforeHolder(body: string, m: Mention): Mention {
  if ((m.type !== 'Person' && m.type !== 'Unknown' && m.type !== 'Organization') || m.role) return m;
  const two = /^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+) \p{Lu}/u.exec(m.text);
  if (!two || !OFFICE_PORTFOLIOS.has(two[1].toLowerCase()) || !isGivenName(two[2]) || !OFFICE_OF_BEFORE.test(body.slice(Math.max(0, m.start - 24), m.start))) return m;
  const start = m.start + two[1].length + 1;
  const text = body.slice(start, m.end);
  const out: Mention = { ...m, start, text, key: text.replace(/\s+/g, ' '), type: 'Person' };
  delete out.orgCue;
  return out;
}

/** A station's number after its network's "Radio" or "Channel", and a "live" after it: " 4", " 5 live", " 4 Extra". */
const STATION_NUMBER_AFTER = /^ \d{1,2}(?: [Ll]ive| Extra)?(?![\d.,:%])/;

/**
 * "told BBC Radio 4's Today programme", "BBC Radio 5 live": a station's number is part of its name; the tagger stops
 * before it ("BBC Radio"), which names no one station.
 */
function withStationNumber(body: string, m: Mention): Mention {
  if (m.type !== 'Organization' || !/ (?:Radio|Channel)$/.test(m.text)) return m;
  const number = STATION_NUMBER_AFTER.exec(body.slice(m.end, m.end + 12));
  if (!number) return m;
  const text = body.slice(m.start, m.end + number[0].length);
  return { ...m, end: m.end + number[0].length, text, key: text.replace(/\s+/g, ' ').replace(/ live$/, ' Live') };
}

/**
 * "Carter Page Sues Yahoo", "Pompeo Meets Kim Again": in a title-case headline a verb after the subject is no part of
 * its name; the name is the words before the verb. The object after the verb goes with it: the body names it again.
 */
function beforeHeadlineVerb(m: Mention): Mention | null {
  if (m.type !== 'Person' && m.type !== 'Unknown') return m;
  let k = 0;
  for (const w of m.text.matchAll(/\S+/g)) {
    if (k++ > 0 && HEADLINE_VERBS.has(w[0])) {
      const text = m.text.slice(0, w.index).trimEnd();
      if (NOT_NAME_STARTS.has(text)) return null; // "Why Says …": no name before the verb
      return { ...m, end: m.start + text.length, text, key: text.replace(/\s+/g, ' ') };
    }
  }
  return m;
}

/** An auxiliary opening a yes/no question ("Will Maduro survive?"): "Will" is a given name only outside one. */
const QUESTION_AUXILIARY = /^(?:Will|Would|Can|Could|Should|Shall|May|Might|Must|Did|Does|Do|Is|Are|Was|Were|Has|Have|Had) /;
/** The rest of a question's line: no stop before its question mark. */
const QUESTION_REST = /^[^.!?\n]{0,200}\?/;
/**
 * Where a question may open besides a sentence's start: after a colon ("the question remains: Will Maduro …?", "STORY:
 * Will Russia …?"), a list's bullet ("• Will Obama wait …?") or an opening quote ("“Will Obama allow him …?”").
 */
const QUESTION_OPENS_BEFORE = /(?::|[•·▪]|["“‘])[ \t]*$/;

/** The auxiliaries of a condition written inverted ("Had Trump listened, …", "Were Obama to visit, …"): no given names. */
const CONDITION_AUXILIARY = /^(?:Had|Were|Should) /;
/** The rest of an inverted condition: its comma before the sentence ends. */
const CONDITION_REST = /^[^.!?\n,]{0,200},/;

/**
 * "Will Maduro meet Trump?", "Can Merkel survive?": a sentence-initial auxiliary before a name in a question is the
 * question's inverted verb, no part of the name; the name is the words after it. So is the auxiliary of an inverted
 * condition ("Had Trump listened to his advisers, the embassy would …").
 */
function withoutQuestionAuxiliary(body: string, m: Mention): Mention {
  if (m.type !== 'Person' && m.type !== 'Unknown') return m;
  const aux = QUESTION_AUXILIARY.exec(m.text);
  const rest = body.slice(m.end, m.end + 200);
  if (!aux) return m;
  const before = body.slice(Math.max(0, m.start - 6), m.start);
  const question = QUESTION_REST.test(rest) && (SENTENCE_END_BEFORE.test(before) || QUESTION_OPENS_BEFORE.test(before));
  if (!question && !(SENTENCE_END_BEFORE.test(before) && CONDITION_AUXILIARY.test(m.text) && CONDITION_REST.test(rest))) return m;
  const start = m.start + aux[0].length;
  const text = body.slice(start, m.end);
  // The tagger typed the auxiliary and the name together: a country's name left is the country ("Will Russia lobby
  // Congress?"), an acronym left a body for the entity stage to type ("Will FBI Director Jim Comey resign?"), and so is a
  // phrase of lower-case words ("Will the West be wise?").
  const key = text.replace(/\s+/g, ' ');
  const code = COUNTRY_BY_NAME.get(key);
  if (code) return { start, end: m.end, text, type: 'Country', key: code, via: 'name', sentence: m.sentence };
  return { ...m, start, text, key, type: /^(?:\p{Lu}{2,}|\p{Ll}.*)$/u.test(key) ? 'Unknown' : m.type };
}

/** "Said" opening a sentence before its speaker: the speech verb inverted ("Said Brennan: …", "Said Dakota Wood, a …"). */
const INVERTED_SAID = /^Said (?=\p{Lu})/u;
/** A colon and an opening quote after the speaker: the words said come next. */
const SAID_WORDS_AFTER = /^:\s*["“]/;

/**
 * "Said Brennan: “The only questions …”", "Said Dakota Wood, a retired Marine officer …": a sentence opening with "Said"
 * and its speaker inverts the speech verb, no part of the name; the name is the words after it, when a colon and a quote
 * follow (the words said come next) or a given name opens them. "Said" the given name stays ("Said Kouachi, 34, entered …").
 */
function withoutInvertedSaid(body: string, m: Mention): Mention {
  if ((m.type !== 'Person' && m.type !== 'Unknown') || !INVERTED_SAID.test(m.text)) return m;
  if (!SENTENCE_END_BEFORE.test(body.slice(Math.max(0, m.start - 6), m.start))) return m;
  const text = m.text.slice(5);
  if (!SAID_WORDS_AFTER.test(body.slice(m.end, m.end + 4)) && !isGivenName(text.split(' ')[0])) return m;
  return { ...m, start: m.start + 5, text, key: text.replace(/\s+/g, ' ') };
}

/**
 * "Foreign Policy Trump prepares to …", "Related Coverage Trump says …", "Next Amr": a page's section label run into a
 * headline. A word that is no given name and that the article writes in lower case (or that opens no name), before the
 * surname of a person the article names otherwise (in full, or titled), is no part of the name: the name is that surname.
 */
function withoutCommonWordBeforeSurname(body: string, m: Mention, fullBySurname: ReadonlyMap<string, ReadonlySet<string>>): Mention {
  if ((m.type !== 'Person' && m.type !== 'Unknown') || m.role || m.honorific) return m;
  const two = /^(\p{Lu}\p{Ll}+) (\p{Lu}[\p{L}’'-]+)$/u.exec(m.text);
  if (!two) return m;
  const [, first, surname] = two;
  const full = fullBySurname.get(surname);
  if (!full || ![...full].some((k) => k !== m.key) || FIRST_NAMES.has(first) || genderOfGivenName(first)) return m;
  if (!NOT_NAME_STARTS.has(first) && !CLAUSE_OPENERS.has(first) && !hasLowerCaseUse(body, first.toLowerCase())) return m;
  const start = m.end - surname.length;
  return { ...m, start, text: surname, key: surname };
}

/**
 * "Animal Assad", "Crooked Hillary Clinton": an epithet before a name is no part of it; the name is the words after it,
 * when they are one — opened by a given name, or written alone elsewhere in the article (not "The Crying Game").
 */
function withoutEpithet(body: string, m: Mention, personKeys: ReadonlySet<string>): Mention {
  if (m.type !== 'Person' && m.type !== 'Unknown') return m;
  const first = /^(\S+)\s+(?=\p{Lu})/u.exec(m.text);
  // “Sleepy Joe” in quote marks is the nickname quoted whole, left to the quotation rule of unlikely-people.ts.
  if (!first || !NAME_EPITHETS.has(first[1]) || '"“‘\''.includes(body[m.start - 1] ?? '')) return m;
  const text = m.text.slice(first[0].length);
  const key = text.replace(/\s+/g, ' ');
  const given = key.split(' ')[0];
  if (!personKeys.has(key) && !FIRST_NAMES.has(given) && !genderOfGivenName(given)) return m;
  return { ...m, start: m.start + first[0].length, text, key };
}

/** The rest of a hyphenated given name right after a name: "-kyeom" of "Kim Eui-kyeom", "-o-cha" of "Prayut Chan-o-cha". */
const HYPHENATED_REST = /^(?:-\p{Ll}{1,6}){1,2}(?![\p{L}-])/u;
/** One romanised syllable of an East Asian given name ("kyeom", "hwang", "in", "o"), not an English word of two syllables. */
const ROMANISED_SYLLABLE = /^[bcdfghjklmnpqrstvwxz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|l|p|t|r)?$/;

/**
 * "Kim Eui-kyeom", "Tsai Ing-wen": a given name of romanised syllables joined by hyphens stays whole; the tagger may stop
 * at the hyphen ("Kim Eui"). Not "Obama-era", "Trump-backed" (one word before the hyphen, an English word after it).
 */
function withHyphenatedGivenName(body: string, m: Mention): Mention {
  if ((m.type !== 'Person' && m.type !== 'Unknown') || !/ \p{Lu}\p{Ll}{0,5}$/u.test(m.text)) return m;
  const rest = HYPHENATED_REST.exec(body.slice(m.end, m.end + 16));
  if (!rest || !rest[0].slice(1).split('-').every((x) => ROMANISED_SYLLABLE.test(x))) return m;
  const lastWord = m.text.slice(m.text.lastIndexOf(' ') + 1);
  if (hasLowerCaseUse(body, lastWord.toLowerCase())) return m;
  const text = body.slice(m.start, m.end + rest[0].length);
  return { ...m, end: m.end + rest[0].length, text, key: text.replace(/\s+/g, ' ') };
}

/** A word right before a name that takes a place: a preposition of place or a verb of travel. */
const PLACE_WORD_BEFORE = /\b(?:in|at|from|to|near|outside|inside|around|toward|towards|visited|visit|visits|visiting|toured|tours)\s+$/;

/** A day of the week: never the last word of a person's name. */
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * "Biden phoned Yanukovych Tuesday and urged him": a day of the week after a name is the verb's time adverb, no part
 * of the name; the name is the words before it, when they are one.
 */
function withoutTrailingWeekday(body: string, fullBySurname: ReadonlyMap<string, ReadonlySet<string>>, m: Mention): Mention | null {
  if (m.type === 'Organization') return bodyWithoutTrailingWeekday(body, m);
  if (m.type !== 'Person' && m.type !== 'Unknown') return m;
  const last = /\s+(\S+)$/.exec(m.text);
  if (!last || !WEEKDAY.test(last[1])) return m;
  const text = m.text.slice(0, last.index);
  // Only when a name is left: a full name, or the surname of a person the article names otherwise ("Easter Sunday",
  // "Good Friday" are days, left to the other rules).
  if (!text.includes(' ') && ![...(fullBySurname.get(text) ?? [])].some((k) => k !== m.key)) return m;
  return { ...m, end: m.start + text.length, text, key: text.replace(/\s+/g, ' ') };
}

/** Words that make a day of the week a named day: "Super Tuesday", "Black Friday", "Palm Sunday". */
const NAMED_DAY_FIRST = /^(?:Super|Black|Good|Easter|Palm|Bloody|Cyber|Ash|Holy|Maundy|Shrove|Flashback|Throwback)$/;
/** Time zones and clock words a timestamp writes before its day ("7:16 a.m. ET Sunday", "Eastern Time Saturday"). */
const TIME_ZONE = /^(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|BST|UTC|Eastern Time|Eastern|Pacific Time|Central Time|local time)$/;

/**
 * "told NBC News Monday", "posted to Twitter Saturday", "a speech to the United Nations Tuesday": a day of the week
 * after a body's name is the verb's time adverb, no part of the name; the body is the words before it. Not a named day
 * ("Super Tuesday", "Palm Sunday"), nor a title in quotation marks ("“Fox News Sunday,”"), nor a lower-case word before
 * the day ("Mail on Sunday"). A time zone before the day ("ET Sunday") is a timestamp: no body at all.
 */
function bodyWithoutTrailingWeekday(body: string, m: Mention): Mention | null {
  const last = /\s+(\S+)$/.exec(m.text);
  if (!last || !WEEKDAY.test(last[1])) return m;
  const text = m.text.slice(0, last.index);
  const before = /(\S+)$/.exec(text)![1];
  if (NAMED_DAY_FIRST.test(before) || !/^\p{Lu}/u.test(before)) return m;
  if (/["“‘']$/.test(body.slice(Math.max(0, m.start - 1), m.start)) || /^["”’']|^[,.]["”’]/.test(body.slice(m.end, m.end + 2))) return m;
  if (TIME_ZONE.test(text)) return null;
  return { ...m, end: m.start + text.length, text, key: text.replace(/\s+/g, ' ') };
}

/**
 * Capitals written with the federal district they make up, the way a town is written with its state: "Washington,
 * D.C." is one city, a place on a map — never the state acting (the capital reading), the US state of Washington, or a
 * person; and its district's abbreviation is no second place ("District of Columbia"): one mention, one node.
 * Rules are data; every pattern is anchored and reads a fixed short window.
 */
interface FederalDistrictRule {
  id: string;
  city: string;
  /** The district's abbreviations as written after the city (a regex fragment of fixed words). */
  district: string;
  /** The district's full name ("District of Columbia"), the same place: its last word alone is no other place. */
  districtName: string;
  /** The city's node: its name and country. */
  name: string;
  countryCode: string;
  examples: readonly string[];
  why: string;
}
export const FEDERAL_DISTRICT_RULES: readonly FederalDistrictRule[] = [
  {
    id: 'washington-dc',
    city: 'Washington',
    district: 'D\\.\\s?C\\.?|DC',
    districtName: 'District of Columbia',
    name: 'Washington, D.C.',
    countryCode: 'US',
    examples: ['Washington, D.C., police said', 'firms in Washington DC', 'a Washington, D.C.-based group', 'her first visit to Washington D.C. as prime minister', '23 states and the District of Columbia had mobilized', 'traffic in the D.C. region', 'McClatchy’s D.C. bureau'],
    why: 'the District of Columbia is the city of Washington: "Washington, D.C." names the city once, whatever the words around it; "the District of Columbia" is that place too, never a place "Columbia"; "D.C." alone is the same city, never a body or a person',
  },
];
const DISTRICT_PATTERNS = FEDERAL_DISTRICT_RULES.map((r) => ({
  rule: r,
  /** The district right after the bare city's name: ", D.C.", " DC". */
  after: new RegExp(`^,?\\s(?:${r.district})(?!\\p{L})`, 'u'),
  /** The city and its district read as one name: "Washington D.C.". */
  whole: new RegExp(`^${r.city},?\\s(?:${r.district})$`, 'u'),
  /** The district's abbreviation alone, right after the city's name. */
  alone: new RegExp(`^(?:${r.district})$`, 'u'),
  cityBefore: new RegExp(`\\b${r.city},?\\s$`, 'u'),
  /** The district's full name, and the words of it before its last word ("District of "). */
  fullName: r.districtName,
  nameBefore: r.districtName.slice(0, r.districtName.lastIndexOf(' ') + 1),
  nameLast: r.districtName.slice(r.districtName.lastIndexOf(' ') + 1),
}));

/**
 * The reading of a mention that is a capital with its district, or part of one: a Place mention of the city, null
 * for the district's abbreviation after the city (no node of its own), undefined when no rule applies.
 */
function federalDistrictReading(body: string, m: Mention): Mention | null | undefined {
  if (m.role || m.honorific) return undefined;
  for (const { rule, after, whole, alone, cityBefore, fullName, nameBefore, nameLast } of DISTRICT_PATTERNS) {
    if ((m.text === rule.city && after.test(body.slice(m.end, m.end + 8))) || whole.test(m.text) || m.text === fullName) return placeMention(m, rule.name, rule.countryCode);
    // "the District of Columbia": the district's last word read alone is the district, over its full name.
    if (m.text === nameLast && body.slice(m.start - nameBefore.length, m.start) === nameBefore) {
      return placeMention({ ...m, start: m.start - nameBefore.length, text: fullName }, rule.name, rule.countryCode);
    }
    if (alone.test(m.text) && cityBefore.test(body.slice(Math.max(0, m.start - rule.city.length - 3), m.start))) return null;
    // "the D.C. region", "McClatchy’s D.C. bureau": the district's abbreviation alone is the city too, no body nor person.
    if (alone.test(m.text)) return placeMention(m, rule.name, rule.countryCode);
  }
  return undefined;
}

/**
 * "Washington" is the capital and a US state. Where the news writes a state — after a town and its comma, closing the
 * phrase ("Blaine, Washington, on June 19", "Bremerton, Washington; and Pearl Harbor"), or before a lawmaker's party
 * ("Adam Smith, Washington Democrat") — it is the state. Not in a list of cities ("New York, Washington and Miami",
 * "Hawaii, Washington, Los Angeles"): the town before is a US place that is no state, itself in no list, and no other
 * place follows. Every pattern is anchored and reads a fixed short window.
 */
const STATE_CLOSES = /^(?:[;:)]|,(?! (?:and|or|\p{Lu}))|\.(?:\s|$)|$)/u;
const PARTY_AFTER = /^ (?:state )?(?:Democrat|Republican)(?!\p{L})/u;
const LIST_BEFORE = /(?:, | and | or )$/;
function stateNamedAsCapital(body: string, m: Mention, previous: Mention | undefined): boolean {
  if (body.slice(m.start - 2, m.start) !== ', ') return false;
  if (previous?.type === 'Person' && previous.end === m.start - 2) return PARTY_AFTER.test(body.slice(m.end, m.end + 18));
  if (!STATE_CLOSES.test(body.slice(m.end, m.end + 8))) return false;
  if (previous && previous.end === m.start - 2) {
    const town = previous.type === 'Place' ? previous.countryCode === 'US' && !US_STATE_NAMES.has(previous.key) && previous.key !== 'Washington, D.C.' : previous.type === 'Unknown' && !previous.text.includes(' ');
    return town && !LIST_BEFORE.test(body.slice(Math.max(0, previous.start - 5), previous.start));
  }
  // A town no stage named ("in Blaine, Washington,"): one capitalised word after a word that takes a place.
  const word = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)$/u.exec(body.slice(Math.max(0, m.start - 26), m.start - 2));
  return word !== null && PLACE_WORD_BEFORE.test(body.slice(Math.max(0, m.start - 2 - word[1].length - 12), m.start - 2 - word[1].length));
}

/**
 * Partnerships named by their partners: "the law firm Skadden, Arps, Slate, Meagher & Flom", "Paul, Weiss, Rifkind,
 * Wharton & Garrison LLP". Surnames in a comma list closed by "& Surname" are one firm's name when the text calls it a
 * firm right before it or gives its legal form right after it; the tagger reads the list as people ("Paul", "Dunn &
 * Crutcher") or parts of a body. Not "speaks Pashto, Farsi & Dari", "China, Russia, Japan & South Korea" (no cue).
 * Linear: fixed separators between words of letters.
 */
export const PARTNER_LIST = /\p{Lu}\p{Ll}+(?:, \p{Lu}\p{Ll}+){1,5},? & \p{Lu}\p{Ll}+/gu;
const FIRM_BEFORE = /\b(?:firm|partnership)(?:\s+of)?\s+(?:the\s+)?$/;
const FIRM_FORM_AFTER = /^,? (?:LLP|LLC|L\.L\.P\.|P\.C\.)(?!\p{L})/u;
/** What every PARTNER_LIST match holds: the ampersand between spaces (a body without one is not scanned). */
export const PARTNER_AMPERSAND = ' & ';
const partnerFirmSpans = (body: string): [number, number][] => {
  const out: [number, number][] = [];
  if (!body.includes(PARTNER_AMPERSAND)) return out;
  for (const m of body.matchAll(PARTNER_LIST)) {
    const start = m.index, end = m.index + m[0].length;
    if (/\p{L}/u.test(body[start - 1] ?? '')) continue; // inside a word ("McDonald")
    if (FIRM_BEFORE.test(body.slice(Math.max(0, start - 30), start)) || FIRM_FORM_AFTER.test(body.slice(end, end + 8))) out.push([start, end]);
  }
  return out;
};

/** The mentions with every name inside a partnership's name replaced by the one body it names. */
function withPartnerFirms(body: string, mentions: Mention[]): Mention[] {
  const firms = partnerFirmSpans(body);
  if (firms.length === 0) return mentions;
  const out = mentions.filter((m) => !firms.some(([s, e]) => m.start < e && m.end > s));
  for (const [start, end] of firms) {
    const text = body.slice(start, end);
    const sentence = mentions.find((m) => m.start < end && m.end > start)?.sentence ?? mentions.filter((m) => m.start < start).at(-1)?.sentence ?? 0;
    out.push({ start, end, text, type: 'Organization', key: text, sentence, orgCue: 'name' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Names the article itself calls a publication or broadcaster (or the outlet list knows): organisations, all mentions. */
function outletNames(body: string, mentions: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  // A name given a title or "Mr." anywhere in the article is a person's ("Sen. John Smith … the John Smith network").
  const addressed = new Set(mentions.filter((m) => m.role || m.honorific).map((m) => m.text));
  for (const m of mentions) {
    if (m.type !== 'Person' && m.type !== 'Unknown' && m.type !== 'Organization') continue;
    if (OUTLET_NAMES.has(m.text) || (LISTED_OUTLETS.has(m.text) && !addressed.has(m.text) && !m.role && !m.honorific)) out.add(m.text);
    else if (m.text.includes(' ') && !addressed.has(m.text) && !m.role && !m.honorific && (OUTLET_BEFORE.test(body.slice(Math.max(0, m.start - 30), m.start)) || OUTLET_AFTER.test(body.slice(m.end, m.end + 20)))) out.add(m.text);
  }
  return out;
}

export function retypeByContext(body: string, read: Mention[]): Mention[] {
  // "UK Independence Party Nigel Farage", "Tory MP John Baron": a body or a title and a person read as one body (holder-splits.ts).
  // "Sergeant Bowe Bergdahl", "Cpl. Nathan Cirillo", "Chief Executive Darren Woods": a rank or a title is the person's role, no word
  // of the name, and a rank alone no person (rank-titles.ts).
  // "Catherine “Kate” Duval": a quoted nickname between given and family name is inside one name (quoted-nicknames.ts).
  // "On Thursday Mr Trump", "Steny Hoyer of Maryland", "Kerry March 1": words at a name's edge that are no part of it (name-edges.ts).
  const orgTexts = new Set(read.filter((m) => m.type === 'Organization').map((m) => m.text));
  // "suspects Dzhokhar and Tamerlan Tsarnaev": two people sharing one family name (coordinated-people.ts).
  // "Democrat Dianne Feinstein and Republican Mike Rogers": two labelled people read as one name (coordinated-people.ts).
  // "the Mayor of London", "Rep. Peter King of New York": a title's "of" phrase is its domain, no holder's name (title-domains.ts).
  // "the law firm Gibson, Dunn & Crutcher": one body, named by its partners (PARTNER_LIST).
  const mentions = datelinePlaces(body, withPartnerFirms(body, splitSharedSurnames(body, withTitleDomains(body, cutAllNameEdges(body, joinQuotedNicknames(body, read))).map((m) => splitRankTitle(body, m)).filter((m) => !isBareRank(m)).flatMap((m) => splitLabelledPair(body, m) ?? splitHolder(body, m, orgTexts)))));
  const outlets = outletNames(body, mentions);
  // "former CEO of Exxon Mobil", "Gene Munster of Loup Ventures", "told The Hill": names in a body's slot (body-slots.ts).
  const slotBodies = bodySlotNames(body, mentions);
  const venues = venueNames(body, mentions);
  // "the town of Khan Shaykhun", "the provincial capital, Puli Alam": names in a place's slot (place-slots.ts).
  const slotPlaces = placeSlotNames(body, mentions);
  // "the Caucasus region … the Caucasus", "Aleppo's Bustan Al-Qasr neighborhood": names an area's noun follows (region-places.ts).
  const areaNouns = areaNounNames(body, mentions);
  // "the Withdrawal Agreement Bill (WAB) … until the WAB is passed": an acronym the article gives a law is the law's
  // name in every mention.
  const lawAcronyms = new Set(mentions.filter((m) => m.type === 'Organization' && inInstrumentName(body, m)).map((m) => m.text));
  // Names the article gives to operations and programmes, with and without their head word.
  const operations = new Set<string>();
  for (const m of mentions) {
    const words = m.text.split(/\s+/);
    if (OPERATION_HEAD.test(words[0]) && words.length > 1) operations.add(words.slice(1).join(' '));
    else if (operationHeadBefore(body, m.start)) operations.add(m.text);
  }
  const fullNameWords = new Set(mentions.filter((m) => m.type === 'Person' && m.key.includes(' ') && !m.key.includes(' of ')).flatMap((m) => m.key.split(' ')));
  // Each surname of a person the article names otherwise (in full, or alone with a title: "President Trump"), with the
  // names ending in it.
  const fullBySurname = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type !== 'Person' || m.key.includes(' of ') || (!m.key.includes(' ') && !m.role && !m.honorific)) continue;
    const surname = m.key.slice(m.key.lastIndexOf(' ') + 1);
    (fullBySurname.get(surname) ?? fullBySurname.set(surname, new Set()).get(surname)!).add(m.key);
  }
  const addressed = new Set(mentions.filter((m) => m.role || m.honorific).map((m) => m.text));
  const personKeys = new Set(mentions.filter((m) => m.type === 'Person' || m.type === 'Unknown').map((m) => m.key));
  // Only after a word that takes a place ("in", "visited"): a list of lawmakers with their states ("Sens. Claire
  // McCaskill, Mo., Heidi Heitkamp, N.D.") names people; nor a person's surname, nor an initial ("(R., Ala.)").
  const towns = new Set(mentions.filter((m) => (m.type === 'Person' || m.type === 'Unknown') && !addressed.has(m.text) && US_STATE_AFTER_COMMA.test(body.slice(m.end, m.end + 18)) && PLACE_WORD_BEFORE.test(body.slice(Math.max(0, m.start - 12), m.start)) && m.text.length > 2 && !m.text.endsWith('.') && !fullBySurname.has(m.text)).map((m) => m.text));
  // "the demilitarized zone … the DMZ": acronyms the article spells out as an area (three letters or more: "AP" is no
  // "Arabian Peninsula").
  const areas = areaAcronyms(body, new Set(mentions.filter((m) => m.type !== 'Country' && m.type !== 'Place' && /^\p{Lu}{3,5}$/u.test(m.text)).map((m) => m.text)));
  const out: Mention[] = [];
  let lastCityEnd: number | undefined;
  for (const m0 of mentions) {
    const imperative = withoutOpeningImperative(body, withoutPartyLabel(withoutPortfolioBeforeHolder(body, withoutEpithet(body, withHyphenatedGivenName(body, withStationNumber(body, m0)), personKeys))), personKeys);
    const opened = imperative && withoutOpeningAdverb(body, imperative);
    if (!opened) continue;
    const dated = withoutTrailingWeekday(body, fullBySurname, withoutCommonWordBeforeSurname(body, withoutInvertedSaid(body, withoutQuestionAuxiliary(body, opened)), fullBySurname));
    const m = dated && beforeHeadlineVerb(dated);
    if (!m) continue;
    const words = m.text.split(/\s+/);
    // "Washington, D.C.": the city, once (FEDERAL_DISTRICT_RULES).
    const district = federalDistrictReading(body, m);
    if (district !== undefined) {
      if (district) out.push(district);
      continue;
    }
    // "Blaine, Washington, on June 19", "Adam Smith, a Washington Democrat": the US state, not the capital (stateNamedAsCapital).
    if (m.text === 'Washington' && ((m.type === 'Country' && m.via === 'capital') || m.type === 'Place') && stateNamedAsCapital(body, m, out.at(-1))) {
      out.push(placeMention(m, 'Washington', 'US'));
      continue;
    }
    // "in Moscow", "Seoul's mayor": a capital used for the city itself is the city (capitals.ts); "Moscow says" stays the state.
    if (m.type === 'Country' && m.via === 'capital' && capitalCityRule(body, m.start, m.end, (t) => COUNTRY_BY_NAME.has(t), lastCityEnd)) {
      out.push(placeMention(m, cityNameOfCapital(m.text), m.key));
      lastCityEnd = m.end;
      continue;
    }
    // "a deal with Brussels" in an article of the EU: the seat stands for the union, not Belgium (capitals.ts UNION_SEATS).
    const union = m.type === 'Country' && m.via === 'capital' ? unionOfSeat(body, m.text, m.end) : undefined;
    if (union) {
      out.push({ start: m.start, end: m.end, text: m.text, type: 'Organization', key: union, sentence: m.sentence, orgCue: 'name' });
      continue;
    }
    // "Walnut Creek, Calif.", "(R., La.)": a state's abbreviation is the state, in the US.
    const state = m.type === 'Person' || m.type === 'Unknown' || m.type === 'Organization' ? abbreviatedState(body, m) : undefined;
    if (state) {
      out.push(placeMention(m, state, 'US'));
      continue;
    }
    // "Uncle Sam has blundered into …": a country's personification is that country (lexicon/stock-characters.ts).
    const personified = (m.type === 'Person' || m.type === 'Unknown') && !m.role && !m.honorific ? COUNTRY_PERSONIFICATIONS.get(m.key) : undefined;
    if (personified) {
      out.push({ start: m.start, end: m.end, text: m.text, type: 'Country', key: personified, via: 'name', sentence: m.sentence });
      continue;
    }
    // "North Korean leader Kim", "the Uyghurs are a minority": a nation's adjective is its country, a people no entity
    // (group-words.ts); a person's reading only of a plural ("Pashtun said" may be a surname).
    const group = (m.type === 'Organization' || m.type === 'Unknown' || (m.type === 'Person' && m.text.endsWith('s'))) && !m.role && !m.honorific ? groupWord(m.text) : undefined;
    if (group) {
      const end = group.to === 'Country' && group.length ? m.start + group.length : m.end;
      if (group.to === 'Country') out.push({ start: m.start, end, text: body.slice(m.start, end), type: 'Country', key: group.code, via: 'demonym', sentence: m.sentence });
      continue;
    }
    // "the Caucasus", "Eastern Europe", "Ben Gurion airport", "the Caucasus region": regions and named areas the tagger
    // read as bodies or people are places (region-places.ts).
    if ((m.type === 'Person' || m.type === 'Unknown' || m.type === 'Organization') && !m.role && !m.honorific) {
      const airport = namedPlaceAfter(body, m);
      // Not the tail of a longer name the tagger cut ("Cooperation in Europe", "Friends of the Earth", "Center for the Middle East").
      const tail = tailOfName(body, m, out.at(-1));
      const region = airport || tail ? undefined : regionPlace(m.text);
      if (airport || region || areaNouns.has(m.text)) {
        out.push(airport ?? (region ? placeMention(m, region.name, region.countryCode) : placeMention(m, m.text, countryOfPlace(m.text))));
        continue;
      }
      // "Eastern Europe and Latin America": regions read as one name are each their place.
      const parts = tail ? undefined : regionList(m);
      if (parts) {
        out.push(...parts);
        continue;
      }
    }
    // A weak country word the tagger already read as a place: its own sentence can still tell the US state.
    if (m.type === 'Country' && WEAK_COUNTRY_NAMES.has(m.text) && nearVerdict(body, m, m.text) === 'other') {
      pushOtherPlace(out, m, m.text);
      continue;
    }
    // "visited North Charleston, S.C., to visit a plant": a name the article follows with a US state's abbreviation is a
    // town, in every mention.
    if ((m.type === 'Person' || m.type === 'Unknown') && towns.has(m.text) && !m.role && !m.honorific) {
      out.push(placeMention(m, m.text, 'US'));
      continue;
    }
    // "Al Jazeera reported": a publication the article names so somewhere is no person anywhere in it.
    // A body's slot: the job the title reader took for a title ("CEO" of "CEO of Exxon Mobil") is no title of the name.
    if ((m.type === 'Person' || m.type === 'Unknown') && ((outlets.has(m.text) && !m.role && !m.honorific) || slotBodies.has(m.text))) {
      out.push({ start: m.start, end: m.end, text: m.text, type: 'Organization', key: m.text, sentence: m.sentence, orgCue: 'context' });
      continue;
    }
    // "Ukraine's Security Council", "Russia’s Security Council": the council a state's possessive owns is that state's,
    // not the United Nations' (which a bare "the Security Council" names).
    const councilState = m.type === 'Organization' && m.text === 'Security Council' ? stateOwningCouncil(body, m.start) : null;
    if (councilState) {
      const name = `${countryAdjective(councilState)} Security Council`;
      out.push({ start: m.start, end: m.end, text: m.text, type: 'Organization', key: name, sentence: m.sentence, orgCue: 'name' });
      continue;
    }
    // "the Magnitsky Act", "for a Strong Economy (RAISE) Act": the first words of a law's name name the law, no one.
    // "Authorization for the Use of Military Force": the last words of a law's name after its cut opening, no body.
    if (!m.role && !m.honorific && (inInstrumentName(body, m) || instrumentTail(body, m) || (m.type !== 'Country' && m.type !== 'Place' && lawAcronyms.has(m.text)))) continue;
    // "his Trump Turnberry golf course": a name the article follows with a resort's noun is that place, in every mention.
    if ((m.type === 'Person' || m.type === 'Unknown') && venues.has(m.text) && !m.role && !m.honorific) {
      out.push(placeMention(m, m.text));
      continue;
    }
    if ((m.type === 'Person' || m.type === 'Unknown') && slotPlaces.has(m.text) && !m.role && !m.honorific) {
      out.push(placeMention(m, m.text, countryOfPlace(m.text)));
      continue;
    }
    // "General Motors Co.", "Motors Co." after the title "General": a name ending in a company's legal form is the
    // company, and a title word right before it is the first word of its name, no role.
    if ((m.type === 'Person' || m.type === 'Unknown' || m.type === 'Organization') && words.length > 1 && COMPANY_LEGAL_FORMS.has(words[words.length - 1]) && !m.honorific) {
      const before = /(\p{Lu}\p{Ll}+) $/u.exec(body.slice(Math.max(0, m.start - 20), m.start));
      const start = before && COMPANY_TITLE_WORDS.has(before[1]) ? m.start - before[0].length : m.start;
      if (m.type === 'Organization' && start === m.start) {
        out.push(m); // a body already, its key kept
        continue;
      }
      const text = body.slice(start, m.end);
      out.push({ start, end: m.end, text, type: 'Organization', key: text.replace(/\s+/g, ' '), sentence: m.sentence, orgCue: 'name' });
      continue;
    }
    // "Justice Department officials", "the Obama Justice Department": a title word ("Justice", "General") before a body's
    // head noun is no title but the first word of the body's name.
    const titleWord = m.role && words.length === 1 && (BODY_HEADS.test(m.text) || COMPANY_TRADE_WORDS.has(m.text)) ? /(\p{Lu}\p{Ll}+) $/u.exec(body.slice(Math.max(0, m.start - 20), m.start)) : null;
    if ((m.type === 'Person' || m.type === 'Unknown') && titleWord) {
      const start = m.start - titleWord[0].length;
      const text = body.slice(start, m.end);
      out.push({ start, end: m.end, text, type: 'Organization', key: text, sentence: m.sentence, orgCue: 'name' });
      continue;
    }
    // "Read more about Nato", "the fight against Isis": a known body's acronym written as a word is that body.
    const acronymOf = words.length === 1 && !m.role && !m.honorific && (m.type === 'Person' || m.type === 'Unknown' || m.type === 'Organization') ? titleCaseAcronym(m.text) : undefined;
    if (acronymOf) {
      out.push({ start: m.start, end: m.end, text: m.text, type: 'Organization', key: acronymOf, sentence: m.sentence, orgCue: 'name' });
      continue;
    }
    if (m.type === 'Person' || m.type === 'Unknown' || m.type === 'Organization') {
      // "Iron Dome", "Fitch Ratings", "Strait of Hormuz", "the DMZ": the head word's class decides (unlikely-heads.ts).
      // Not an operation's name ("Operation Desert Storm"): left to the operation rule below.
      const operation = OPERATION_HEAD.test(words[0]) || operations.has(m.text);
      const head = m.role || m.honorific || operation ? undefined : areas.has(m.text) ? { to: 'Place' as const } : headWordRule(m.type, m.text);
      if (head) {
        if (head.to === 'Place') out.push(placeMention(m, m.text));
        else if (head.to === 'Organization') out.push({ start: m.start, end: m.end, text: m.text, type: 'Organization', key: m.text.replace(/\s+/g, ' '), sentence: m.sentence, orgCue: 'name' });
        continue;
      }
      const name = OPERATION_HEAD.test(words[0]) ? words.slice(1).join(' ') : m.text;
      // "Jordan Valley", "Lake Chad", "the South China Sea": a name headed by a word of a natural place is that place.
      if (m.type !== 'Organization' && !operations.has(name) && !m.role && !m.honorific && isPlaceByHead(m.text)) {
        out.push(placeMention(m, m.text));
        continue;
      }
      if (m.type !== 'Organization' && (operations.has(name) || (words.length > 1 && NOT_PERSON_LAST.test(words[words.length - 1])))) continue;
      // "Operation Atlantic Resolve", "Exercise Trident Juncture": a military operation or exercise is an act, no body either
      // (a body may be called "Project …" or "Program …": those stay).
      if (m.type === 'Organization' && words.length > 1 && (words[0] === 'Operation' || words[0] === 'Exercise')) continue;
      if (m.type !== 'Organization' && isQuotedNickname(body, m)) continue;
      // "Fairfax Media reported", "Select Committee … He sides with": a name headed by a body's noun is that body, unless
      // the article titles or addresses it.
      if (m.type !== 'Organization' && words.length > 1 && BODY_HEADS.test(words[words.length - 1]) && !m.role && !m.honorific) {
        out.push({ start: m.start, end: m.end, text: m.text, type: 'Organization', key: m.text, sentence: m.sentence, orgCue: 'name' });
        continue;
      }
      // "King Abdullah of Jordan": a person of a weak country name, both told apart.
      const of = /^(.+) of (\p{Lu}\p{Ll}+)$/u.exec(m.text);
      if (m.type === 'Person' && of && WEAK_COUNTRY_NAMES.has(of[2])) {
        const at = m.start + of[1].length + 4;
        out.push({ ...m, end: m.start + of[1].length, text: of[1], key: of[1] });
        // "Senator Saxby Chambliss of Georgia": the state, no country and no part of his name.
        const near = nearVerdict(body, { start: at, end: at + of[2].length }, of[2]);
        if (near === 'country' || (near === null && isCountryHere(body, of[2], fullNameWords))) out.push({ start: at, end: at + of[2].length, text: of[2], type: 'Country', key: WEAK_COUNTRY_NAMES.get(of[2])!, via: 'name', sentence: m.sentence });
        else pushOtherPlace(out, { start: at, end: at + of[2].length, sentence: m.sentence }, of[2]);
        continue;
      }
      const code = WEAK_COUNTRY_NAMES.get(m.text);
      if (code && !m.role && !m.honorific && !fullNameWords.has(m.text)) {
        const near = nearVerdict(body, m, m.text);
        if (near === 'country') {
          out.push({ start: m.start, end: m.end, text: m.text, type: 'Country', key: code, via: 'name', sentence: m.sentence });
          continue;
        }
        if (near === 'other') {
          pushOtherPlace(out, m, m.text);
          continue;
        }
      }
      if (code && !m.role && !m.honorific) {
        if (isCountryHere(body, m.text, fullNameWords)) {
          out.push({ start: m.start, end: m.end, text: m.text, type: 'Country', key: code, via: 'name', sentence: m.sentence });
          continue;
        }
        if (WEAK_COUNTRY_CONTEXT.get(m.text)?.other?.test(body) && !fullNameWords.has(m.text)) {
          pushOtherPlace(out, m, m.text); // the US state
          continue;
        }
      }
    }
    out.push(m);
  }
  // "USS John S. McCain … the McCain": ships named after people are no people.
  return nameVessels(body, out);
}

/** A capitalised word inside a sentence (a word before it: not "Residents of …" opening one) and "of" or "for" (and
 *  "the") right before a name. Linear. */
export const NAME_GOES_BEFORE = /[\p{L},] \p{Lu}[\p{L}'’-]* (?:of|for) (?:the )?$/u;
/** NAME_GOES_BEFORE.test(before), asked only when `before` ends as every match does, with " of ", " for " or " the "
 *  (most words before a name don't: the pattern then tried every position of the 30 characters). */
export const nameGoesBefore = (before: string) => (before.endsWith(' of ') || before.endsWith(' for ') || before.endsWith(' the ')) && NAME_GOES_BEFORE.test(before);
/** "in" or "on" (and "the") between a body's name and a name: the body's name goes on ("Cooperation in Europe"). Linear. */
const IN_BETWEEN = /^ (?:in|on) (?:the )?$/;
/** The name ends a longer one: after a capitalised word and "of"/"for", or after a body's name and "in"/"on". */
const tailOfName = (body: string, m: Mention, previous: Mention | undefined) =>
  nameGoesBefore(body.slice(Math.max(0, m.start - 30), m.start)) ||
  (previous?.type === 'Organization' && m.start - previous.end <= 8 && IN_BETWEEN.test(body.slice(previous.end, m.start)));

/** The regions of a list the tagger read as one name ("Eastern Europe and Latin America"), each a place; else undefined. */
function regionList(m: Mention): Mention[] | undefined {
  const parts = m.text.split(/,? and |, /);
  if (parts.length < 2) return undefined;
  const out: Mention[] = [];
  let at = 0;
  for (const text of parts) {
    const region = regionPlace(text);
    if (!region) return undefined;
    const start = m.start + m.text.indexOf(text, at);
    at = start - m.start + text.length;
    out.push(placeMention({ start, end: start + text.length, text, sentence: m.sentence }, region.name, region.countryCode));
  }
  return out;
}

/** A place's mention over a span: `name` is what its node is called, `countryCode` the country it lies in. */
function placeMention(m: Pick<Mention, 'start' | 'end' | 'text' | 'sentence' | 'via'>, name: string, countryCode?: string): Mention {
  const p: Mention = { start: m.start, end: m.end, text: m.text, type: 'Place', key: name, sentence: m.sentence };
  if (countryCode) p.countryCode = countryCode;
  if (m.via === 'capital') p.via = 'capital';
  return p;
}

/** The other reading of a weak country word, when it is a place ("Georgia" the US state): a Place; else nothing. */
function pushOtherPlace(out: Mention[], m: Pick<Mention, 'start' | 'end' | 'sentence'>, word: string): void {
  const place = WEAK_COUNTRY_CONTEXT.get(word)?.otherPlace;
  if (place) out.push({ start: m.start, end: m.end, text: word, type: 'Place', key: place.name, countryCode: place.countryCode, sentence: m.sentence });
}

/** A title's or an initial's abbreviation right before a period: "Gov. Kemp", "Rep. Price", "J. Smith" go on. Linear. */
const ABBREVIATION_BEFORE = /(?:^|[^\p{L}])(?:\p{Lu}|Gov|Sen|Rep|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Dr|Mr|Mrs|Ms|Rev|Prof|St|Ft|Mt|Jr|Sr)$/u;
const endsSentence = (body: string, period: number) => !ABBREVIATION_BEFORE.test(body.slice(Math.max(0, period - 6), period));

/** The sentence around a span (from the previous ". " or line break to the next, not at an abbreviation's period):
 *  where a word's near cues are. */
function sentenceAround(body: string, m: Pick<Mention, 'start' | 'end'>): string {
  let back = body.lastIndexOf('. ', m.start);
  while (back > m.start - 300 && !endsSentence(body, back)) back = body.lastIndexOf('. ', back - 1);
  let ahead = body.indexOf('. ', m.end);
  while (ahead >= 0 && ahead < m.end + 300 && !endsSentence(body, ahead)) ahead = body.indexOf('. ', ahead + 1);
  const from = Math.max(back, body.lastIndexOf('\n', m.start), m.start - 300, 0);
  const stops = [ahead, body.indexOf('\n', m.end)].filter((i) => i >= 0);
  const to = Math.min(...stops, m.end + 300, body.length);
  return body.slice(from, to);
}

/** What the mention's own sentence says a weak country word is: the country, the other reading, or nothing sure. */
function nearVerdict(body: string, m: Pick<Mention, 'start' | 'end'>, word: string): 'country' | 'other' | null {
  const context = WEAK_COUNTRY_CONTEXT.get(word);
  if (!context?.countryNear || !context.otherNear) return null;
  const sentence = sentenceAround(body, m);
  const country = context.countryNear.test(sentence);
  const other = context.otherNear.test(sentence) || (context.townBefore === true && townBefore(body, m));
  return country === other ? null : country ? 'country' : 'other';
}

/** A capitalised word and a comma right before the span: "Marietta, Georgia". */
const WORD_AND_COMMA_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+), $/u;
/** A town's name and a comma before a word ("Marietta, Georgia"), not a country's or another weak word's ("Ukraine, Georgia"). */
function townBefore(body: string, m: Pick<Mention, 'start'>): boolean {
  const word = WORD_AND_COMMA_BEFORE.exec(body.slice(Math.max(0, m.start - 30), m.start))?.[1];
  return word !== undefined && !COUNTRY_BY_NAME.has(word) && !WEAK_COUNTRY_NAMES.has(word) && !COUNTRY_BY_CAPITAL.has(word);
}

/** Quote marks around a nickname: "Jim 'Mad Dog' Mattis", "“The Rock” Johnson". */
const OPENING_QUOTES = new Set(["'", '‘', '“', '"']);
const CLOSING_QUOTES = new Set(["'", '’', '”', '"']);
/**
 * A quoted name right before a capitalised name is that person's nickname ("'Mad Dog' Mattis"), not another person:
 * the quote marks hug the name and a space and a capital letter follow.
 */
export function isQuotedNickname(body: string, m: Pick<Mention, 'start' | 'end'>): boolean {
  if (!OPENING_QUOTES.has(body[m.start - 1]) || !CLOSING_QUOTES.has(body[m.end])) return false;
  const next = body[m.end + 2];
  return body[m.end + 1] === ' ' && next !== undefined && next !== next.toLowerCase() && next === next.toUpperCase();
}

/** The article is about the country the word names: its cues are there, and no one it names in full bears the word. */
function isCountryHere(body: string, word: string, fullNameWords: ReadonlySet<string>): boolean {
  const context = WEAK_COUNTRY_CONTEXT.get(word);
  if (!context || fullNameWords.has(word)) return false;
  return context.country.test(body) && !context.other?.test(body);
}
