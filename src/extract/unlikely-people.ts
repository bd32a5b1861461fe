// Person entities that are no person's name as a reader sees them, dropped at entity extraction so that they reach
// neither the graph nor quotes nor relations: a song title in quote marks, a contraction, a place's name, a phrase the
// article also writes in lower case. Rules are data (UNLIKELY_PERSON_RULES); each sees the entity's mentions and the body.
// Exists for: 'singing “Happy Birthday”', "We'll", "Prince Sultan Air Base", "Special Counsel … the special counsel".
import { FIRST_NAMES, genderOfGivenName } from './lexicon/names.js';
import { CITY_FORMS, CITY_NAMES, REGION_NAMES, US_STATE_AFTER_COMMA, US_STATE_FORMS } from './lexicon/places.js';
import { GROUP_NOUN } from './mentions.js';
import { PEOPLES_AND_FAITHS } from './lexicon/peoples.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from './lexicon/countries.js';
import { WEEKDAY_NAMES } from './lexicon/calendar.js';
import { isAdjective, isCommonWord, isCommonWordForm, isPersonNoun, isPluralOfPersonMessageOrAct, nounKind } from './lexicon/noun-classes.js';
import { EVERYMAN_NAMES } from './lexicon/stock-characters.js';
import { OFFICE_HOLDER_FAMILY_NAMES, TITLE_ROLE_WORDS } from './lexicon/titles.js';

export interface PersonCandidate {
  name: string;
  mentions: readonly { start: number; end: number }[];
  /** Every form the article gives the name, titled ones included ("Justice Department", "Mr Kim"); absent: the name only. */
  aliases?: Iterable<string>;
  /** A title written before the name ("Secretary of State"). */
  role?: string;
}

/** A one-word name the article never titles nor addresses and that no given name opens: nothing but the word says "person". */
function bareWord(e: PersonCandidate): boolean {
  if (e.name.includes(' ') || e.role || FIRST_NAMES.has(e.name) || genderOfGivenName(e.name)) return false;
  for (const a of e.aliases ?? []) if (a !== e.name) return false;
  return true;
}

export interface UnlikelyPersonRule {
  id: string;
  /** True when the entity is no person. */
  test: (body: string, e: PersonCandidate) => boolean;
  examples: readonly string[];
  why: string;
}

const OPENING_QUOTE = new Set(['"', '“', '‘', "'"]);
const CLOSING_QUOTE = new Set(['"', '”', '’', "'"]);
/** A pronoun or verb contracted into a name ("We'll", "They've", "I’m", "don't"). */
export const CONTRACTION = /\p{L}['’](?:ll|ve|re|m|d)\b|n['’]t\b/iu;
/** A nickname in quote marks and brackets inside a name ("Duane R. (“Dewey”) Clarridge": quoted-nicknames.ts). */
const BRACKETED_NICKNAME = /\s\(["“‘']\p{Lu}\p{Ll}+["”’']\)\s/u;
/** A contraction or a bracket inside a mention (other than round a nickname): no part of a person's name. */
const notANameWord = (text: string) => CONTRACTION.test(text) || /[()[\]]/.test(text.replace(BRACKETED_NICKNAME, ' '));
/**
 * Head nouns of places and buildings: a name ending in one is no person. Not those that are also surnames (Tower, Hall,
 * Church, Camp, Park, Court, House, Temple, Lake).
 */
const PLACE_HEADS: ReadonlySet<string> = new Set(['base', 'airport', 'airbase', 'square', 'street', 'avenue', 'road', 'hotel', 'palace', 'towers', 'center', 'centre', 'bridge', 'theater', 'theatre', 'stadium', 'arena', 'museum', 'university', 'college', 'school', 'hospital', 'cathedral', 'mosque', 'synagogue', 'embassy', 'consulate', 'prison', 'island', 'islands', 'river', 'mountain', 'mountains', 'valley', 'strait', 'sea', 'ocean', 'bay', 'gulf', 'peninsula', 'province', 'county', 'district', 'city', 'village', 'port', 'harbor', 'harbour', 'station', 'building', 'resort', 'club', 'mall', 'market', 'beach', 'estuary', 'plain', 'plains', 'reservoir', 'lagoon', 'canyon', 'glacier', 'airfield', 'boulevard', 'highway', 'checkpoint', 'facility', 'jail', 'penitentiary', 'compound', 'barracks', 'plaza',
  // and the same nouns of Hindi and Urdu place names: garden, square, ground, town ("Shaheen Bagh", "Ramlila Maidan")
  'bagh', 'chowk', 'maidan', 'nagar']);

/** Head nouns of units and offices no surname ends a person's name with ("1st Armored Division", "Central Command"). */
const BODY_HEADS: ReadonlySet<string> = new Set(['division', 'divisions', 'brigade', 'brigades', 'battalion', 'battalions', 'regiment', 'squadron', 'platoon', 'fleet', 'command', 'committee', 'commission', 'ministry', 'department', 'agency', 'directorate', 'secretariat',
  // and the heads of Indian and Pakistani bodies' names: party, army, union, family (of bodies), council, front,
  // society, committee, assembly ("Bajrang Dal", "Shiv Sena", "Rashtriya Swayamsevak Sangh", "Sangh Parivar",
  // "Vishwa Hindu Parishad", "Jamaat")
  'dal', 'sena', 'sangh', 'parivar', 'parishad', 'morcha', 'samaj', 'samiti', 'jamaat',
  // and of legislatures ("Lok Sabha", "Rajya Sabha")
  'sabha']);

/** Abstract nouns no surname is: "-tion", "-sion", "-ism" ("Protection", "Extremism"). */
const ABSTRACT_HEAD = /^\p{Lu}\p{Ll}{3,}(?:tion|sion|ism)$/u;
/** Abstract nouns some surnames look like ("Hannity", "Rinkevics"): only when the article writes the word in lower case. */
const ABSTRACT_HEAD_IF_WORD = /^\p{Lu}\p{Ll}{3,}(?:ity|ics)$/u;

/** Whether `word` (lower case) occurs in lower case as a whole word of the body. A plain scan: linear, no pattern. */
export function hasLowerCaseUse(body: string, word: string): boolean {
  const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
    if (!isLetter(body[at - 1]) && !isLetter(body[at + word.length])) return true;
  }
  return false;
}

/** A web address inside a name: a link the tagger read as words ("pic.twitter.com/LfVzMKOXMJ", "https://t.co/…"). */
const WEB_ADDRESS = /(?:https?:\/\/|www\.|pic\.twitter\.com|\bt\.co\/|\.(?:com|org|net|ws|ly|gov)\/)/;
/** A photo credit: a photographer and an agency or pool joined by a slash ("Chip Somodevilla/Getty Images", "Pool/AFP"). */
const PHOTO_CREDIT = /(?:\/ ?(?:Getty|AP|AFP|Reuters|REUTERS|Anadolu|Handout|Pool|EPA|Bloomberg|Xinhua|Sputnik|TASS|NurPhoto|Shutterstock|Thomson Reuters|Corbis|Redux|Sipa|ZUMA|Zuma|SIPA|IStock|iStock)\b|^(?:Pool|Handout)\/)/;
/** A dateline of two cities in capitals joined by a slash ("SEOUL/WASHINGTON (Reuters)"); not acronyms ("DHS/FBI", "CNN/SSRS"). */
const DATELINE_PAIR = /^\p{Lu}{4,}(?: \p{Lu}{2,})*\/\p{Lu}{4,}(?: \p{Lu}{2,})*$/u;
/** A social-media handle (".@POTUS", "@LindseyGrahamSC") or an email address ("Josh.Zumbrun@wsj.com"): an account's
 * address, which names no one by itself (the person or body behind it is named in the text, or not at all). */
const HANDLE_OR_EMAIL = /^\.?@[\p{L}\d_]|[\p{L}\d._-]@[\p{L}\d-]+\.\p{L}/u;
/** A name that is a web address, a handle or an email, a photo credit or a two-city dateline: page furniture or an
 * account, no one's and no body's name. */
/** A plural acronym as a name's last word ("MPs", "Tory MPs", "NGOs", "CEOs"): a class of people or things, no one of them. */
export const endsInPluralAcronym = (name: string) => /(?:^|\s)\p{Lu}{2,}s$/u.test(name);
/**
 * A blend of a country's name with "exit" ("Brexit", "Grexit", "Megxit") or its partisans ("Brexiteers") as a name's
 * last word: "Stop Brexit", "Tory Brexiteers". Not a word before the head ("Brexit Party", "Brexiteer Steve Baker").
 */
export const hasExitBlend = (name: string) => /(?:^|\s)\p{Lu}\p{Ll}+xit(?:eers?)?$/u.test(name);

/** An adjective of WordNet that is no noun of it ("persistent", "precise"). */
const adjectiveOnly = (w: string) => isAdjective(w) && nounKind(w) === null;
/** A lower-case word that is a noun (its plural read as its singular) right after a position: "Persistent fears". */
function nounAfter(body: string, end: number): boolean {
  const next = /^ (\p{Ll}{3,})(?!\p{L})/u.exec(body.slice(end, end + 30))?.[1];
  return !!next && (nounKind(next) !== null || (next.endsWith('s') && nounKind(next.slice(0, -1)) !== null));
}
/** A coined word of a name and "-care", "-gate" or "-nomics": "ObamaCare", "Trumpcare", "Watergate", "Russiagate", "Abenomics". */
const COINAGE = /^(\p{Lu}\p{Ll}+)([Cc]are|[Gg]ate|nomics)$/u;
/** Stems of places' names ending in "-gate" ("Westgate", "Southgate", "Highgate"): no coinage. */
const PLACE_STEMS: ReadonlySet<string> = new Set(['North', 'South', 'East', 'West', 'High', 'New', 'Old', 'Bish', 'Ald']);
/**
 * Whether one word is a coinage on a name — a policy named after its author ("ObamaCare", "Hillarycare"), a scandal
 * ("Watergate", "Spygate", "Russiagate"), an economic programme ("Abenomics"): its stem a given name, an office-holder's
 * family name, a country or a name the article writes on its own ("Obama"), or, before "-gate", a common noun ("Water",
 * "Pizza", "Spy"). Not a common word ("healthcare", "investigate", "economics"), nor a place ("Westgate").
 */
export function isNameCoinage(body: string, name: string): boolean {
  const m = COINAGE.exec(name);
  if (!m || isCommonWord(name.toLowerCase()) || PLACE_STEMS.has(m[1])) return false;
  const stem = m[1];
  if (FIRST_NAMES.has(stem) || OFFICE_HOLDER_FAMILY_NAMES.has(stem) || COUNTRY_BY_NAME.has(stem) || writtenAlone(body, stem)) return true;
  return m[2].toLowerCase() === 'gate' && nounKind(stem.toLowerCase()) !== null;
}
/** Whether the body writes `word` as a whole word. A plain scan: linear, no pattern. */
function writtenAlone(body: string, word: string): boolean {
  for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) if (!/\p{L}/u.test(body[at - 1] ?? '') && !/\p{L}/u.test(body[at + word.length] ?? '')) return true;
  return false;
}

/** The dashes that close a newsletter's shouted kicker ("MILBANK ROASTS OBAMA - WaPo’s Dana Milbank …"). */
const KICKER_DASHES = ['-', '–', '—'];
/**
 * Whether a mention stands in a heading shouted in capitals: its line (a paragraph) has no lower-case letter up to the
 * mention's end and on to the line's end or to a dash that opens the paragraph's text ("AL JAZEERA AMERICA DEBUTS -
 * Al Jazeera, a network …"), over two words or more, and it is not the body's first line (a wire story's headline,
 * which names its subjects). A cross-head ("POLL CHECK", "BLAME GAME"), a newsletter's kicker or another story's
 * headline linked in the text is page furniture: a name in it is cut or run together with the heading's words. A
 * label closed by a colon ("SEN. MARCO RUBIO: …") is a transcript's speaker, not this. A plain scan, no pattern.
 */
export function inShoutedHeading(body: string, start: number, end: number): boolean {
  const lineStart = body.lastIndexOf('\n', start - 1) + 1;
  if (lineStart === 0) return false;
  let lineEnd = body.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = body.length;
  const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();
  const hasLower = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (isLower(body[k])) return true;
    return false;
  };
  if (hasLower(lineStart, end)) return false;
  // The heading runs to the line's end, or to a dash after which the paragraph's text goes on in lower case.
  let headEnd = lineEnd;
  for (let k = end; k < lineEnd; k++) {
    if (isLower(body[k])) {
      let d = k - 1;
      while (d > end && /\p{L}/u.test(body[d])) d--; // the text's first word ("Al Jazeera, a network", "WaPo reports")
      while (d > end && (body[d] === ' ' || body[d] === '"' || body[d] === '“')) d--;
      if (!KICKER_DASHES.includes(body[d])) return false;
      headEnd = d;
      break;
    }
  }
  const heading = body.slice(lineStart, headEnd).trim();
  if (heading.endsWith(':') || !/\p{Lu}/u.test(heading)) return false;
  // A line that is one proper name, not all common words, heads what follows as its source ("LA PRESSE", a press
  // digest's paper), no shouted phrase ("BLAME GAME").
  const asWord = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();
  if (headEnd === lineEnd && heading === body.slice(start, end) && !heading.split(/\s+/).every((w) => isCommonWordForm(asWord(w)))) return false;
  return heading.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 2;
}

/** Every mention of the entity stands in a heading shouted in capitals (inShoutedHeading). */
export const onlyInShoutedHeadings = (body: string, mentions: readonly { start: number; end: number }[]) =>
  mentions.length > 0 && mentions.every((m) => inShoutedHeading(body, m.start, m.end));

export const isAddressOrCredit = (name: string) => WEB_ADDRESS.test(name) || HANDLE_OR_EMAIL.test(name) || PHOTO_CREDIT.test(name) || DATELINE_PAIR.test(name);

/** Nouns heading an appositive that calls a name a body ("Stena Bulk, the company that owns …"); none is a person's noun
 * ("contractor", "owner", "developer" are left: "Roy Hallums, a private contractor"). */
const APPOSITIVE_BODY_NOUN = '(?:company|firm|group|organi[sz]ation|charity|corporation|conglomerate|network|coalition|agency|bank|airline|manufacturer|retailer|startup|start-up|newspaper|tabloid|broadcaster|think[- ]tank|institute|foundation|association|union|movement|party|militia|lobby|consultancy|publisher|nonprofit|non-profit|outfit|website|magazine|alliance)';
/**
 * An appositive right after a name, "a"/"the", up to four modifiers and a body's noun that ends the phrase — a stop, a
 * comma, a relative pronoun or a participle follows ("Graphika, a company that …", "Mandiant, a Virginia-based
 * cybersecurity firm, released", "Coulson Aviation, the private Canadian firm that employed …"). Not a noun another noun
 * follows ("a party chairman", "the news agency said"). Linear: bounded runs of disjoint classes, fixed words after.
 */
const BODY_APPOSITIVE = new RegExp(`^ ?, (?:a|an|the) ((?:[\\p{L}-]+ ){0,4})${APPOSITIVE_BODY_NOUN}(?=[,.;:)]| (?:that|which|whose|founded|formed|based|created|owned|backed|run|led|headed|linked|affiliated|registered|known|responsible|specializing|specialising|opposing|seeking|working)(?![\\p{L}-]))`, 'u');
/** Words no modifier of an appositive's head is: a preposition, a determiner or a conjunction opens another phrase
 *  ("a member of the group", "the day after a British tabloid"). */
const NOT_A_MODIFIER: ReadonlySet<string> = new Set(['of', 'at', 'for', 'with', 'in', 'from', 'to', 'and', 'or', 'by', 'on', 'after', 'before', 'the', 'a', 'an', 'who', 'whose', 'which', 'that', 'his', 'her', 'their', 'its', 'our', 'as', 'than', 'like']);
/** Honorifics in a name's forms: someone the article addresses as a person. */
const HONORIFIC_FORM = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s/u;
/** Some mention of the name stands before an appositive headed by a body's noun (BODY_APPOSITIVE). */
export function bodyAppositive(body: string, e: PersonCandidate): boolean {
  // (An honorific among its forms is a person's: "Scott Traudt, a small-arms specialist … Mr. Traudt".)
  if (e.role || [...(e.aliases ?? [])].some((a) => HONORIFIC_FORM.test(a)) || e.mentions.some((m) => (m as { honorific?: string }).honorific)) return false;
  return e.mentions.some((m) => {
    const app = BODY_APPOSITIVE.exec(body.slice(m.end, m.end + 90));
    return !!app && !app[1].split(' ').some((w) => NOT_A_MODIFIER.has(w.toLowerCase()));
  });
}

/** A body's noun closing the text right before a name, a comma between allowed ("… consultancy Mandiant", "her firm, X"). */
const BODY_NOUN_LAST = new RegExp(`(?:^|[^\\p{L}'’-])${APPOSITIVE_BODY_NOUN}(,?) $`, 'u');
/** Determiners and possessives that open a noun phrase ("the", "her", "Priebus’"). */
const DETERMINER = /^(?:a|an|the|its|his|her|their|our|\p{L}[\p{L}.]*['’]s|\p{L}[\p{L}.]*s['’])$/u;
/** Words that make the noun phrase after them their complement: "the leader of the group", "an interview with the paper". */
const PREPOSITION_BEFORE: ReadonlySet<string> = new Set(['of', 'to', 'with', 'in', 'by', 'for', 'from', 'on', 'at', 'about', 'against', 'into', 'whose', 'than', 'like', 'as']);
/**
 * A body's noun right before a name, after up to five modifiers: "the IT security consultancy Mandiant says", "flight
 * tracking website FlightRadar24 says", "her firm, Blessinger Legal,". After a comma, the noun phrase opens with a
 * determiner no preposition makes a complement ("the head of the group, Ahmet Uzumcu" describes the head).
 */
function bodyPhraseBefore(body: string, start: number): boolean {
  const before = body.slice(Math.max(0, start - 90), start);
  const noun = BODY_NOUN_LAST.exec(before);
  if (!noun) return false;
  const words = before.slice(0, noun.index + 1).split(/[ \t]+/).filter(Boolean).slice(-6);
  // Modifiers back to the determiner (or the phrase's start): no function word.
  let k = words.length - 1;
  while (k >= 0 && !DETERMINER.test(words[k]) && /^[\p{L}\d&.-]+$/u.test(words[k]) && !NOT_A_MODIFIER.has(words[k].toLowerCase())) k--;
  if (!noun[1]) return true;
  // (A preposition after a verb leaves the phrase whole: "accused by the other major Palestinian party, Fatah"; "of" makes
  // it a noun's complement: "the editor-in-chief of the state-run Global Times newspaper, Hu Xijin".)
  const head = (words[k - 2] ?? '').toLowerCase();
  const preposition = (words[k - 1] ?? '').toLowerCase();
  return k >= 0 && DETERMINER.test(words[k]) && preposition !== 'of' && !(PREPOSITION_BEFORE.has(preposition) && (isPersonNoun(head) || head === 'head'));
}
/** Some mention that is the whole name stands right after a body's noun phrase (bodyPhraseBefore); no given name opens
 *  a name of two words or more, nor is a name of one word one the article gives a person as surname (a relative clause may follow the noun: "an
 *  organization Tillerson used to lead", "a group Butina formed"). */
export function bodyNounBefore(body: string, e: PersonCandidate): boolean {
  const words = e.name.split(/\s+/);
  // (A firm named after its founders joins them with "&": "Simon & Schuster"; one named after a person has more words.)
  // (One word is a given name as often as a body's: "Fatah".)
  if (e.role || (words.length > 1 && !e.name.includes(' & ') && (FIRST_NAMES.has(words[0]) || genderOfGivenName(words[0]))) || (words.length === 1 && isSurnameHere(body, e.name)) || [...(e.aliases ?? [])].some((a) => a !== e.name)) return false;
  return e.mentions.some((m) => body.slice(m.start, m.end) === e.name && bodyPhraseBefore(body, m.start));
}
/** Function words no person's name holds inside it, capitalised or not: "Hope Not Hate", "Rage Against the Machine". */
const FUNCTION_WORDS_INSIDE: ReadonlySet<string> = new Set(['not', 'against', 'without', 'than', 'versus']);

/** Nouns of a body a name modifies in lower case, its name before the kind ("the United Russia party", "the Haqqani network"). */
const BODY_NOUNS_AFTER: ReadonlySet<string> = new Set(['party', 'militia', 'group', 'faction', 'network', 'movement', 'organization', 'organisation', 'outfit', 'company', 'firm', 'conglomerate', 'newspaper', 'daily', 'tabloid', 'broadcaster', 'website', 'alliance', 'coalition', 'bloc']);

/** One of `heads` right after a name, in lower case, at most one adjective between ("Abu Ghraib prison", "Walter Reed
 * military hospital", "Haqqani terrorist network"); with `wholeWord`, only a word that ends there ("party", not
 * "party-backed"). Plain scan over the next two words. */
function headNounAfter(body: string, end: number, heads: ReadonlySet<string>, wholeWord = false): boolean {
  let at = end;
  for (let k = 0; k < 2; k++) {
    if (body[at] !== ' ') return false;
    let we = at + 1;
    while (we < body.length && we - at <= 20 && /\p{Ll}/u.test(body[we])) we++;
    const word = body.slice(at + 1, we);
    if (!word || (wholeWord && /\p{L}/u.test(body[we] ?? ''))) return false;
    if (heads.has(word)) return true;
    // (the word between is the noun's modifier — "military", "federal" — never a verb: "… III is university professor")
    if (!isAdjective(word)) return false;
    at = we;
  }
  return false;
}
/** A noun of a place or building right after a name: "Abu Ghraib prison". */
const placeNounAfter = (body: string, end: number) => headNounAfter(body, end, PLACE_HEADS);
/** A noun of a body right after a name: "Yesh Atid party", "Haqqani terrorist network". */
const bodyNounAfter = (body: string, end: number) => headNounAfter(body, end, BODY_NOUNS_AFTER, true);

export const UNLIKELY_PERSON_RULES: readonly UnlikelyPersonRule[] = [
  {
    id: 'address-or-credit',
    test: (_body, e) => isAddressOrCredit(e.name),
    examples: ['[Sefa Karacan/Anadolu] Until the latest crisis', 'Washington, D.C. Chip Somodevilla/Getty Images'],
    why: 'a photographer joined to an agency by a slash is a credit line, and a link is an address: page furniture, no person',
  },
  {
    id: 'whole-quotation',
    test: (body, e) => e.mentions.length > 0 && e.mentions.every((m) => OPENING_QUOTE.has(body[m.start - 1] ?? '') && /^[,.!?]?["”’']/.test(body.slice(m.end, m.end + 2))),
    examples: ['the crowd sang “Happy Birthday” to him'],
    why: 'a name that only ever stands alone inside quote marks is a title (a song, a film, a slogan), not a person the article talks about',
  },
  {
    id: 'contraction',
    test: (body, e) => e.mentions.some((m) => notANameWord(body.slice(m.start, m.end))),
    examples: ["“We'll see,” he said", 'I’m Not Done'],
    why: 'contractions and brackets are no part of a name: a capitalised phrase was read as one',
  },
  {
    id: 'place-head',
    test: (_body, e) => {
      const words = e.name.split(/\s+/);
      return words.length > 1 && PLACE_HEADS.has(words[words.length - 1].toLowerCase());
    },
    examples: ['at Prince Sultan Air Base', 'outside the Bataclan Theater', 'a sit-in at Shaheen Bagh'],
    why: 'a name headed by a noun of a place or building names that place',
  },
  {
    id: 'lower-case-phrase',
    test: (body, e) => {
      const words = e.name.split(/\s+/);
      return words.length >= 2 && !genderOfGivenName(words[0]) && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && hasLowerCaseUse(body, w.toLowerCase()));
    },
    examples: ['Special Counsel … the special counsel said', 'Defense Staff … the defense staff'],
    why: 'common words the article itself also writes in lower case, with no given name first, are a capitalised phrase, not a name',
  },
  {
    id: 'group-noun',
    test: (_body, e) => GROUP_NOUN.test(e.name),
    examples: ['African-Americans and Hispanics said so'],
    why: 'a people or a party in the plural is a group, whoever read it as a name (the rules drop these; the tagger may not)',
  },
  {
    id: 'people-or-faith',
    test: (_body, e) => bareWord(e) && /\p{Ll}s$/u.test(e.name) && PEOPLES_AND_FAITHS.has(e.name.slice(0, -1).toLowerCase()),
    examples: ['even among Sunnis, who are generally sympathetic', 'the Hazaras were targeted'],
    why: 'the plural of a people or of a religious group, untitled and with no given name, names a group of people, not one person (the singular may be a surname: "…, Pashtun said")',
  },
  {
    id: 'body-head',
    test: (_body, e) => {
      const words = e.name.split(/\s+/);
      return words.length > 1 && BODY_HEADS.has(words[words.length - 1].toLowerCase());
    },
    examples: ['Stephanie Cazares with the 4th Brigade Combat Team, 1st Armored Division, said', 'the Joint Special Operations Command', 'The Bajrang Dal, a militant Hindu group', 'the lower house of parliament, or Lok Sabha'],
    why: 'a name headed by the noun of a military unit or an office (Division, Brigade, Command, Ministry) names that body, never a person',
  },
  {
    id: 'abstract-noun-head',
    test: (body, e) => {
      const words = e.name.split(/\s+/);
      const last = words[words.length - 1];
      if (words.length > 1 && (FIRST_NAMES.has(words[0]) || genderOfGivenName(words[0]))) return false;
      return ABSTRACT_HEAD.test(last) || (ABSTRACT_HEAD_IF_WORD.test(last) && hasLowerCaseUse(body, last.toLowerCase()));
    },
    examples: ['U.S. Customs and Border Protection said', 'Countering Violent Extremism programs', 'Homeland Security … security'],
    why: 'a name headed by an abstract noun ("Protection", "Extremism", "Security", "Politics") names a field, an office or a programme; no English surname ends in -tion, -sion or -ism, and one ending in -ity or -ics ("Hannity", "Rinkevics") is no word the article writes in lower case',
  },
  {
    id: 'place-noun-first',
    test: (_body, e) => {
      const words = e.name.split(/\s+/);
      return words.length > 1 && PLACE_FIRST.has(words[0].toLowerCase());
    },
    examples: ['criticize Embassy Tel Aviv for these issues', 'talks at Camp David', 'a tanker near Bab al-Mandeb'],
    why: 'a name opened by a noun of a place or building ("Embassy …", "Camp …", "Mount …") names that place',
  },
  {
    id: 'occupation-words',
    test: (_body, e) => {
      const words = e.name.split(/\s+/);
      // (A portfolio may stand in it, the rank before: "Senior Defense and intelligence officials", "Deputy Treasury".)
      return words.every((w) => OCCUPATION_WORDS.has(w.toLowerCase()) || PORTFOLIOS.has(w)) && words.some((w) => OCCUPATION_WORDS.has(w.toLowerCase()));
    },
    examples: ['Melissa Hanham, Senior Research Associate in the James Martin Center', 'Analyst says both sides need to cool the rhetoric', 'Senior Defense and intelligence officials said the strike worked'],
    why: 'a job title or rank alone, capitalised in a byline or a subhead, or a rank and a portfolio modifying officials, names no one',
  },
  {
    id: 'definite-article',
    test: (body, e) => e.mentions.length > 0 && e.mentions.filter((m) => /\b[Tt]he $/.test(body.slice(Math.max(0, m.start - 4), m.start))).length >= ARTICLE_SHARE * e.mentions.length,
    examples: ['The North had threatened to shut it down … Kerry calls North “reckless”', 'the Free Beacon reports'],
    why: 'English names of people take no article: a name the article writes after "the" (all but a headline\'s stray one) is a region, a paper, a ship or a body',
  },
  {
    id: 'indefinite-article',
    test: (body, e) => e.mentions.length > 0 && !e.role && [...(e.aliases ?? [])].every((a) => a === e.name) && !givenNameFirst(e.name.normalize('NFD').replace(/\p{M}/gu, ''))
      && !FIRST_NAMES.has(e.name.split(/\s+/)[0]) && e.mentions.every((m) => /(?:^|[^\p{L}])(?:[Aa]n?|[Aa]nother)\s$/u.test(body.slice(Math.max(0, m.start - 9), m.start))),
    examples: ['Among them: • A Marine reported her car was vandalized', 'A Marist Poll in January showed 83 percent agree', 'a drawing board for their vision of an Islamist state'],
    why: 'English names of people take no indefinite article: a name written only after "a", "an" or "another" and opened by no given name is a noun, a title or a thing named ("a Marine", "an Islamist state"); a person\'s full name after one ("an Ariana Grande concert", "another Jimmy Carter") starts with a given name and stays',
  },
  {
    id: 'clause-opener',
    test: (body, e) => !e.name.includes(' ') && (INTERJECTIONS.has(e.name) || hasLowerCaseUse(body, e.name.toLowerCase())) && e.mentions.length > 0 && e.mentions.every((m) => body[m.end] === ',' && opensClause(body, m.start)),
    examples: ['“Well, when you listen to them …”', 'Look, we have to'],
    why: 'a common word (the article also writes it in lower case) that only ever opens a clause before a comma is an interjection or an adverb, not a name',
  },
  {
    id: 'lone-common-word',
    test: (body, e) =>
      bareWord(e) && e.mentions.length > 0 && e.mentions.every((m) => opensClause(body, m.start)) && commonWordHere(body, e.name),
    examples: ['History tells us there could have been another way … a long history', 'Reports suggest an assault took place … a report said'],
    why: 'a word the article also writes in lower case (or, for a plural, its singular), capitalised only where a sentence opens and never titled or given a first name, is the common word, not a surname',
  },
  {
    id: 'shouted-heading',
    test: (body, e) => onlyInShoutedHeadings(body, e.mentions),
    examples: ['He spoke.\n\nPOMPEO: FATE OF US-NORTH KOREA SUMMIT RESTS WITH KIM JONG UN\n\nThe talks went on.', 'It grew.\n\nHERD IMMUNITY\n\nOn Sunday the advisers met.'],
    why: 'a name written only in a heading shouted in capitals — a cross-head, a newsletter\'s kicker, another story\'s headline linked in the text — is cut or run into the heading\'s words ("KIM JONG", "HERD IMMUNITY"); a person the story is about is named in its text',
  },
  {
    id: 'widget-words',
    test: (_body, e) => e.name.split(/\s+/).every((w) => PERSON_WIDGET_WORDS.has(w.toLowerCase())),
    examples: ['… key engines for growth and job creation." Read More', 'Show Hide', 'Full Coverage: Trump impeachment inquiry', 'NPR\'s Soraya Sarhaddi Nelson tells our Newscast Desk'],
    why: 'the labels of page widgets ("Read More", "Show Hide", "Click Here") name no one, whatever a tagger made of them',
  },
  {
    id: 'region-word',
    // (a compass point is a given name in some lists, "West": untitled, with no other form and no capitalised word
    // before it — "Lord North", "Allen West" — it is the region still)
    test: (body, e) => (bareWord(e) || (COMPASS_POINTS.has(e.name) && !e.role && [...(e.aliases ?? [])].every((a) => a === e.name)
      && e.mentions.every((m) => !capitalisedWordBefore(body, m.start)))) && REGION_WORDS.has(e.name),
    examples: ['especially European states that have known this menace', 'Gulf states, particularly Saudi Arabia', 'West threatens sanctions against government; Russia stands by it'],
    why: 'a continent, a region or a language, or its adjective, or a compass point standing for a region ("the West"), standing alone names no person',
  },
  {
    id: 'portfolio-word',
    test: (_body, e) => bareWord(e) && PORTFOLIOS.has(e.name),
    examples: ['departments affected include Homeland Security, Justice, Housing, Agriculture, Commerce and the Treasury'],
    why: 'the portfolio of a ministry or department standing alone names the department, never a person',
  },
  {
    id: 'holiday',
    test: (_body, e) => HOLIDAYS.has(e.name),
    examples: ['the 10 days between Rosh Hashanah and Yom Kippur', 'families gathered for Nowruz'],
    why: 'feasts and holy days are days, not people, whatever a tagger made of their capitals',
  },
  {
    id: 'place-after-preposition',
    test: (body, e) => bareWord(e) && (CITY_NAMES.has(e.name) || REGION_NAMES.has(e.name)) && e.mentions.some((m) => PLACE_PREPOSITION_BEFORE.test(body.slice(Math.max(0, m.start - 8), m.start))),
    examples: ['her home town in Oaxaca state', 'a hotel manager in Srinagar, who feared'],
    why: 'a city or region the gazetteer knows, written after "in"/"from"/"near" and never titled, is that place (a surname that is also a city, "Bordeaux said", is never written so)',
  },
  {
    id: 'city-comma-state',
    test: (body, e) => !e.role && !givenNameFirst(e.name) && e.mentions.length > 0 && e.mentions.every((m) => US_STATE_AFTER_COMMA.test(body.slice(m.end, m.end + 18))),
    examples: ['On Friday he visited North Charleston, S.C., to visit a Boeing plant', 'a rally in Grand Rapids, Michigan, on Monday'],
    why: 'a name every mention of which is followed by a comma and a US state is a town written the way the news writes places (it becomes that Place, as the retype stage makes "in Ferguson, Mo." one); a title or a given name first keeps a senator listed with their state ("Heidi Heitkamp, N.D.")',
  },
  {
    id: 'plural-acronym',
    test: (_body, e) => endsInPluralAcronym(e.name),
    examples: ['a statement to MPs on the G7 summit', 'an alliance of Tory MPs voted', 'CEOs of the largest banks'],
    why: 'an acronym in the plural ("MPs", "CEOs") names a class of people, however a party or a tagger capitalised the phrase; a person is named in the singular',
  },
  {
    id: 'exit-blend',
    test: (_body, e) => hasExitBlend(e.name),
    examples: ['May defended her Brexit deal', 'a no-deal Brexit was ruled out', 'Stop Brexit campaigners', 'the Brexiteers are the court'],
    why: 'a blend of a country and "exit" ("Brexit", "Grexit") names a departure, an event or a policy, and "Brexiteers" its partisans: no person, whatever word the tagger read before it',
  },
  {
    id: 'name-coinage',
    test: (body, e) => !e.role && isNameCoinage(body, e.name),
    examples: ['Watergate brought down Nixon.', 'the Pizzagate conspiracy theory spread online'],
    why: 'a word coined from a name and "-care", "-gate" or "-nomics" ("ObamaCare", "Watergate", "Abenomics") names a policy, a scandal or a programme, no person',
  },
  {
    id: 'adjective-before-noun',
    test: (body, e) => bareWord(e) && !FIRST_NAMES.has(e.name) && e.mentions.length > 0 && adjectiveOnly(e.name.toLowerCase())
      && e.mentions.every((m) => opensClause(body, m.start) && nounAfter(body, m.end)),
    examples: ['Persistent fears that Iran may try to target Americans remain.', 'Precise estimates are difficult, since the government hides them.'],
    why: 'a word WordNet knows as an adjective and no noun, opening a sentence before a lower-case noun ("Persistent fears", "Precise estimates"), modifies that noun: no person\'s name (a surname before a verb, "Strong said", stays)',
  },
  {
    id: 'function-word-first',
    test: (_body, e) => {
      const words = e.name.split(/\s+/);
      return words.length > 1 && FUNCTION_WORDS_FIRST.has(words[0]);
    },
    examples: ['Doctors Without Borders said', 'exported by Very Large Crude Carriers', 'as The Intercept reported', '“Cuba’s Fidel Castro, Who Defied U.S. for 50 Years, Dies”', 'Multiple Florida rallies organized by Russians'],
    why: 'no name of a person opens with a preposition, a determiner or possessive, a conjunction, a question word or "Very": such a run of capitals is a title, a heading or the cut end of a longer name',
  },
  {
    id: 'byline-outlet',
    test: (body, e) => {
      const words = e.name.split(/\s+/);
      if (e.role || (words.length > 1 && FIRST_NAMES.has(words[0]))) return false;
      return e.mentions.length > 0 && e.mentions.every((m) => LINE_END_AFTER.test(body.slice(m.end, m.end + 8)) && BYLINE_WRITER_BEFORE.test(creditedLineBefore(body, m.start)));
    },
    examples: ['… by definition.”\n\nJazz Shaw, Hot Air\n\n“Sanctions have …', 'approved by the woke brigade.” Kevin Drum, Mother Jones\n\nMany note …'],
    why: 'a line crediting words to a writer and the outlet they write for ("Kevin Drum, Mother Jones") names the outlet after the comma: a paper, a magazine or a blog, no second person',
  },
  {
    id: 'possessive-inside',
    test: (_body, e) => POSSESSIVE_INSIDE.test(e.name),
    examples: ['Obama will head back to Martha’s Vineyard', 'called David’s Sling', 'As for Rice\'s Sept. 16 comments'],
    why: 'a possessive inside a name makes it a thing of the possessor (a place, a weapon, a letter, a campaign), never the name of a person; the possessor is a name of its own',
  },
  {
    id: 'auxiliary-be',
    test: (_body, e) => AUXILIARY_BE.test(e.name),
    examples: ['It Will Be Cautious', '“Netanyahu: If I’m Elected, There Will Be No Palestinian State”'],
    why: 'a modal or "to" before "Be" is a verb phrase of a title-case headline; "Be" is no word of a person\'s name',
  },
  {
    id: 'plural-common-noun',
    test: (body, e) =>
      bareWord(e) && /^\p{Lu}\p{Ll}{3,}s$/u.test(e.name) && e.mentions.length > 0 && e.mentions.every((m) => opensClause(body, m.start)) && isPluralOfPersonMessageOrAct(e.name.toLowerCase()),
    examples: ['Reports indicate that the terror group Hamas had orchestrated it', 'Aides said McConnell was angry', 'Skeptics argue it is implausible'],
    why: 'a plural common noun of people, messages or acts (WordNet: "aides", "skeptics", "reports", "demonstrations") capitalised only where a clause opens, never titled nor given a first name, is that noun, not a family name ("Gates", "Banks", "Sessions"-like names of things stay for the other rules)',
  },
  {
    id: 'suffix-or-plural-title',
    test: (_body, e) => SUFFIX_OR_PLURAL_TITLE.test(e.name),
    examples: ['Fox News legal analyst Peter Johnson, Jr. asked', 'Sens. Chuck Schumer (D-NY), Bob Menendez (D-NY) and Sherrod Brown'],
    why: 'a generational suffix ("Jr.") cut from its name, or the plural abbreviation of a title ("Sens.", "Reps.") cut from the names it heads, names no one by itself',
  },
  {
    id: 'plural-demonym',
    test: (_body, e) => {
      const base = PLURAL_DEMONYM.exec(e.name)?.[1];
      return !!base && !e.role && (CITY_NAMES.has(base) || REGION_NAMES.has(base) || COUNTRY_BY_NAME.has(base));
    },
    examples: ['under British colonial rule, Hong Kongers tended to speak their minds', 'New Yorkers lined up'],
    why: 'a place\'s name with "-ers" or "-ians" is the plural of its people ("Hong Kongers", "Bostonians"): a group, no person',
  },
  {
    id: 'us-state',
    test: (_body, e) => !e.role && US_STATE_NAMES.has(e.name) && [...(e.aliases ?? [])].every((a) => a === e.name),
    examples: ['according to North Carolina Representative Mark Meadows', 'Sen. Angus King of Maine said', 'said North Dakota farmer Kevin Skunes'],
    why: 'a US state’s name before a title or after "of" describes where a person is from; untitled, it names the state, never a person (states that are also given names or surnames, "Georgia", "Washington", "Montana", stay)',
  },
  {
    id: 'people-compound',
    test: (_body, e) => {
      const words = e.name.split(/\s+/);
      const last = words[words.length - 1];
      if (words.length < 2 || e.role || !isPeopleWord(last)) return false;
      const first = words[0];
      return !givenNameFirst(e.name) || isPeopleWord(first) || REGION_WORDS.has(first) || GROUP_DETERMINERS.has(first);
    },
    examples: ['“That’s the message I hope every Muslim American hears,” he said.', 'white, black, Asian, Native American, Latino', 'aid to three Central American states'],
    why: 'a name ending in a people\'s adjective or noun ("American", "Arabs", "Muslim") after another such word, a determiner or no given name is a group or an adjective ("Muslim American", "Native American", "Any American"), not one person (a surname that is a people\'s word follows a given name: "David French")',
  },
  {
    id: 'linking-adverb',
    test: (_body, e) => bareWord(e) && LINKING_ADVERBS.has(e.name),
    examples: ['Michael Oren said Afterward, the president went to Jerusalem.', 'Moreover, the plan failed.'],
    why: 'an adverb that links a sentence to the one before ("Afterward", "Moreover", "Elsewhere") is a closed-class word, never a name, wherever a missing stop or a capital puts it',
  },
  {
    id: 'weekday-last',
    test: (_body, e) => {
      const words = e.name.split(/\s+/);
      return words.length > 1 && !e.role && WEEKDAY_NAMES.includes(words[words.length - 1]);
    },
    examples: ['attacks at churches on Palm Sunday', 'a private funeral Mass Tuesday', 'Early Tuesday, Berlin police tweeted'],
    why: 'a name ending in a day of the week is a feast or a time ("Palm Sunday", "Early Tuesday"), not a person: no family name is a weekday',
  },
  {
    id: 'place-slot-name',
    test: (body, e) => {
      if (e.role || e.mentions.length === 0 || [...(e.aliases ?? [])].some((a) => a !== e.name)) return false;
      if (e.name.split(/\s+/).some((w) => FIRST_NAMES.has(w) || genderOfGivenName(w))) return false;
      // A verb of attacking takes people too ("Trump attacked Clinton"): only a name of two words or more, none a given name.
      const slot = e.name.includes(' ') ? PLACE_SLOT_BEFORE : PLACE_PREPOSITION_SLOT_BEFORE;
      return e.mentions.every((m) => slot.test(body.slice(Math.max(0, m.start - 24), m.start)) && !/^['’]/.test(body.slice(m.end, m.end + 1)));
    },
    examples: ['And on Monday, Boko Haram attacked Gamboru Ngala, a remote state capital.', 'with villagers in Warabe accusing Boko Haram militants', 'bombardment of the towns of Deir al-Asafir and Beit Saham'],
    why: 'a name the article writes only where a place stands — after "in"/"near"/"outside", "the town/village/province of", or as what a raid or an attack struck — with no given name in it, no title and no possessive, is a town or region the gazetteer does not know, not a person',
  },
  {
    id: 'everyman',
    test: (_body, e) => !e.role && EVERYMAN_NAMES.has(e.name),
    examples: ['trying to convince Joe Sixpack that this is a whole new ballgame', 'a lawsuit filed against John Doe'],
    why: 'the everyman of idiom ("Joe Sixpack", "John Q. Public") and the law\'s placeholder ("John Doe") stand for anyone, no real person (lexicon/stock-characters.ts)',
  },
  {
    id: 'title-last',
    // (not a title the article uses as a description of someone after a determiner, "said the former Marine General",
    // "Another top Peshmerga Commander told": the quote rules take it as that speaker, whom it stands for)
    test: (body, e) => endsInTitleOfNoName(e.name) && !e.mentions.some((m) => determinerBefore(body, m.start)),
    examples: ['Story highlights Polish Foreign Minister says talks ended early Friday', 'Today, I have resigned as Brexit Secretary.', 'London Mayor: Trump a global threat'],
    why: 'a name ending in a role noun no family name is ("Minister", "Secretary", "Commander") with no given name and family name before it is a title — a country, a portfolio, a place or a force before the role — that names no one by itself (the holder, if the article names them, has a node of their own)',
  },
  {
    id: 'hyphenated-modifier',
    test: (_body, e) => HYPHENATED_MODIFIER.test(e.name),
    examples: ['a “break from Bush-era thinking”', 'relations have reached Cold War-era levels', 'a series of recent Al Qaeda-led prison breaks'],
    why: 'a name joined by a hyphen to "-era", "-led", "-style", "-backed" and the like is an adjective made of the name, which modifies the noun after it; it names a time, a manner or a sponsor, no one (the person, if the article names them, has a node of their own)',
  },
  {
    id: 'faith-head',
    test: (_body, e) => {
      const words = e.name.split(/\s+/);
      if (words.length < 2 || !FAITH_NAMES.has(words[words.length - 1])) return false;
      // a sect's word first, though some are given names too ("Sunni"); else a common adjective that is no given name
      return words.slice(0, -1).every((w) => PEOPLES_AND_FAITHS.has(w.toLowerCase()) || (!genderOfGivenName(w) && !FIRST_NAMES.has(w) && isAdjective(w.toLowerCase())));
    },
    examples: ['“this is a fight within Islam, within Sunni Islam,” he said', 'for refusing to say the words \'Radical Islam\'', 'monarchies that “propagate Wahabi Islam”'],
    why: 'a faith\'s name after a sect\'s or a common adjective ("Sunni Islam", "Radical Islam", "Orthodox Judaism") names a belief or a branch of it, no one; a family name "Islam" follows a given name ("Faisal Islam") and stays',
  },
  {
    id: 'condition-head',
    test: (_body, e) => {
      const words = e.name.split(/\s+/);
      return words.length > 1 && CONDITION_HEADS.has(words[words.length - 1]);
    },
    examples: ['poorly understood pandemics like Lyme Disease, which receives little', 'It’s called Trump Derangement Syndrome!'],
    why: 'a name headed by the noun of a disease or condition ("Disease", "Syndrome", "Fever", "Virus") names that illness, however it is capitalised; no family name is such a noun',
  },
  {
    id: 'gazetteer-city',
    test: (_body, e) => e.name.includes(' ') && !e.role && !givenNameFirst(e.name) && CITY_FORMS.has(e.name) && [...(e.aliases ?? [])].every((a) => a === e.name),
    examples: ['border cities including Reynosa and Nuevo Laredo have struggled', 'migrants waiting in San Pedro Sula'],
    why: 'a name of several words that is a city the gazetteer lists, untitled and opened by no given name, is that city (it becomes its Place); a person\'s full name is no city\'s of 100,000',
  },
  {
    id: 'common-words',
    test: (body, e) => {
      const words = e.name.split(/\s+/);
      if (words.length < 2 || e.role || [...(e.aliases ?? [])].some((a) => a !== e.name)) return false;
      // a given name opens a person's name; a later word may be a common word that lists also give as a name ("Bronze Star")
      if (FIRST_NAMES.has(words[0]) || genderOfGivenName(words[0]) || !words.every(isCommonWordForm)) return false;
      // a mention right before another capitalised word is a nickname before a surname ("Mad Dog Mattis") or part of a longer name
      if (e.mentions.some((m) => /^ \p{Lu}/u.test(body.slice(m.end, m.end + 2)))) return false;
      // a title before a surname ("Sen Burr", "Senators Corker"), not a title alone ("Vice Admiral"); a nickname in quote marks ("“Jihadi John”")
      if (isTitleWord(words[0]) && !isTitleWord(words[words.length - 1])) return false;
      if (e.mentions.some((m) => OPENING_QUOTE.has(body[m.start - 1] ?? '') && CLOSING_QUOTE.has(body[m.end] ?? ''))) return false;
      return !words.some((w) => isSurnameHere(body, w));
    },
    examples: ['the country’s entire Special Operations forces', 'Bush’s 2005 Social Security overhaul', 'earning the Bronze Star and three Purple Hearts', 'Allahpundit, Hot Air', 'Vote Now in Urgent Poll'],
    why: 'a name every word of which is a common English word (WordNet: "special", "operations", "purple", "hearts"), none a given name nor the surname of someone the article names, is a capitalised phrase — a unit, a programme, an award, a title, a page label — not a person\'s name, which has at least one word that is a name ("Hong Lei", "Rand Paul", "Candidate Trump" are left)',
  },
  {
    id: 'body-appositive',
    test: bodyAppositive,
    examples: ['Stena Bulk, the company that owns the Stena Impero, said', 'Mandiant, a Virginia-based cybersecurity firm, released details', 'Al Mourabitoun, an Islamist militant group, claimed it'],
    why: 'an appositive headed by a body\'s noun ("the company that owns …", "a research firm,") says what the name is: a firm or a group, an Organization (entities.ts moves it), whatever words it is made of; a person is described by a person\'s noun ("a contractor", "a party chairman")',
  },
  {
    id: 'body-noun-before',
    test: bodyNounBefore,
    examples: ['a report released this week by the IT security consultancy Mandiant says', 'the tracking website FlightRadar24 suggested'],
    why: 'a body\'s noun phrase right before a name ("the consultancy Mandiant", "her firm, Blessinger Legal") says what the name is, an Organization (entities.ts moves it), when no given name opens it; a noun phrase that is a complement ("the head of the group, X") describes another',
  },
  {
    id: 'function-word-inside',
    test: (body, e) => {
      const words = e.name.split(/\s+/);
      if (words.length < 3 || e.role) return false;
      const inner = words.slice(1, -1).map((w) => w.toLowerCase());
      return inner.some((w) => FUNCTION_WORDS_INSIDE.has(w));
    },
    examples: ['Hope Not Hate has used its annual State of Hate report', 'Hope not Hate\'s report says'],
    why: 'a negation or a preposition of opposition inside a run of capitals ("Hope Not Hate") makes it a phrase — a campaign\'s or a band\'s name, a slogan — no person\'s name (a body when it speaks or reports: SPEAKING_BODY_RULES)',
  },
  {
    id: 'body-noun-after',
    test: (body, e) => !e.role && e.mentions.length > 0 && !givenNameFirst(e.name) && !FIRST_NAMES.has(e.name.split(/\s+/)[0])
      && [...(e.aliases ?? [])].every((a) => !HONORIFIC_FORM.test(a)) && !e.name.split(/\s+/).some((w) => isSurnameHere(body, w))
      && e.mentions.every((m) => bodyNounAfter(body, m.end)),
    examples: ['controlled by the pro-Kremlin United Russia party. All of its seats', 'attacks blamed on the Haqqani network, which', 'a coalition led by the Yesh Atid party'],
    why: 'a name every mention of which modifies a noun of a body in lower case ("the United Russia party", "the Haqqani network") is that body\'s name, as a name headed by the noun is; a person\'s name there opens with a given name ("the Bernie Sanders movement") or is the surname of someone the article names',
  },
  {
    id: 'title-complement',
    // (Not a given name: a placard's "Justice for Regis" names the man.)
    test: (body, e) => !e.name.includes(' ') && !FIRST_NAMES.has(e.name) && !genderOfGivenName(e.name) && e.mentions.length > 0 && e.mentions.every((m) => {
      const titleStart = (m as { titleStart?: number }).titleStart;
      return titleStart !== undefined && titleStart < m.start && /(?:^|\s)(?:for|of)(?: the)? $/.test(body.slice(Math.max(titleStart, m.start - 12), m.start));
    }),
    examples: ['The UN High Commissioner for Refugees (UNHCR) runs refugee camps'],
    why: 'a word after a title\'s "for" or "of" ("High Commissioner for Refugees") is the office\'s field, the title\'s complement: no holder\'s name, which follows the whole title ("High Commissioner for Refugees Filippo Grandi")',
  },
  {
    id: 'place-noun-after',
    test: (body, e) => !e.role && e.mentions.length > 0 && e.mentions.every((m) => placeNounAfter(body, m.end)),
    examples: ['the abuses at Abu Ghraib prison shocked the world', 'He is recovering at Walter Reed military hospital.', 'after an explosion at Al Badr mosque in Sanaa'],
    why: 'a name every mention of which modifies a noun of a place or building in lower case ("Abu Ghraib prison", "Walter Reed military hospital") names that place, as a name headed by the noun does ("Prince Sultan Air Base"): a person before such a noun takes a possessive',
  },
];

/** Role nouns that end a title and that no common family name is (not "King", "Prince", "Bishop", "Major", "Justice",
 * "Chancellor", "Marshal", "Sheikh"): "Foreign Minister", "Brexit Secretary", "Peshmerga Commander". */
const TITLE_HEADS: ReadonlySet<string> = new Set(['Minister', 'Secretary', 'Commander', 'Representative', 'Congressman', 'Congresswoman', 'Senator', 'Sen.', 'Governor', 'Gov.', 'Mayor', 'President', 'Ambassador', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Chairman', 'Chairwoman', 'Director', 'Adviser', 'Advisor', 'Analyst', 'Specialist', 'Officer', 'Professor', 'Envoy', 'Premier', 'Commissioner', 'Correspondent', 'Lieutenant', 'Sergeant', 'Admiral', 'Colonel', 'Attorney', 'Counsel', 'General', 'Lawmaker', 'Legislator', 'Diplomat', 'Official', 'Prosecutor', 'Executive']);

/**
 * A name that ends in a title's role noun with no person's name before it: no given name (not a place's or a people's
 * word some lists also give as one: "London", "German") followed by a word that is no title's ("Rory Stewart Former
 * Development Secretary", "Justine Greening Ex-Education Secretary" name someone, with extra words; "London Mayor",
 * "Marine General", "German Economy Minister" do not).
 */
function endsInTitleOfNoName(name: string): boolean {
  const words = name.split(/\s+/);
  const last = words[words.length - 1].replace(/['’]s$/, '');
  if (words.length < 2 || !TITLE_HEADS.has(last)) return false;
  const placeWord = (w: string) => COUNTRY_BY_DEMONYM.has(w) || COUNTRY_BY_NAME.has(w) || CITY_NAMES.has(w) || REGION_NAMES.has(w);
  const isGiven = (w: string) => (FIRST_NAMES.has(w) || genderOfGivenName(w) !== null) && !placeWord(w);
  for (let k = 0; k + 1 < words.length - 1; k++) {
    const next = words[k + 1].replace(/,$/, '');
    if (isGiven(words[k]) && /^\p{Lu}\p{Ll}/u.test(next) && !isTitleWord(next) && !TITLE_HEADS.has(next) && !placeWord(next)) return false;
  }
  return true;
}

/** Determiners that open a description of someone ("the former Marine General", "another top Peshmerga Commander"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'another', 'this', 'that', 'our', 'their', 'his', 'her', 'its']);
const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'as', 'for', 'to', 'with', 'by', 'at', 'from', 'on', 'under', 'about']);
/** Whether a determiner stands before `start`, at most two lower-case words between ("the former", "another top"). A plain scan. */
function determinerBefore(body: string, start: number): boolean {
  const words = body.slice(Math.max(0, start - 40), start).split(/\s+/).filter(Boolean).slice(-3);
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k];
    if (DETERMINERS.has(w.toLowerCase())) return true;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w) || PREPOSITIONS.has(w)) return false;
  }
  return false;
}

/** An adjective made of a name and a hyphen: "Bush-era", "Al Qaeda-led", "Marshall Plan-style", "Kremlin-backed". */
const HYPHENATED_MODIFIER = /[\p{L}.”"’']-(?:era|style|led|backed|based|born|like|linked|inspired|appointed|sponsored|brokered|aligned|allied|friendly|controlled|owned|funded|affiliated|influenced|leaning|esque|type|centric)$/u;

/** Faiths by name, as a branch's name ends ("Sunni Islam", "Orthodox Judaism", "evangelical Christianity"). */
const FAITH_NAMES: ReadonlySet<string> = new Set(['Islam', 'Christianity', 'Christendom', 'Judaism', 'Hinduism', 'Buddhism', 'Sikhism', 'Jainism', 'Shiism', 'Sufism', 'Catholicism', 'Protestantism', 'Orthodoxy', 'Wahhabism', 'Salafism', 'Zoroastrianism', 'Taoism', 'Confucianism', 'Mormonism', 'Evangelicalism']);

/** Head nouns of diseases and conditions ("Lyme Disease", "Gulf War Syndrome", "West Nile Virus", "Spanish Flu"). */
const CONDITION_HEADS: ReadonlySet<string> = new Set(['Disease', 'Diseases', 'Syndrome', 'Disorder', 'Fever', 'Flu', 'Influenza', 'Virus', 'Infection', 'Cancer', 'Pox', 'Plague', 'Pandemic', 'Epidemic', 'Outbreak']);

/** A title's word, its abbreviation written without a stop or its plural: "Senator", "Sen", "Senators", "Presidents". */
const isTitleWord = (w: string) => TITLE_ROLE_WORDS.has(w) || TITLE_ROLE_WORDS.has(`${w}.`) || (w.endsWith('s') && TITLE_ROLE_WORDS.has(w.slice(0, -1)));

/** A given name or an honorific right before a word: the word is someone's surname ("Donald Trump", "Mr. Song"). Linear. */
const NAMER_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+|Mr|Mrs|Ms|Dr)\.? $/u;
/** Whether the article writes `word` as a person's surname: after a listed given name or an honorific (or, when asked,
 * a title's word: "President Trump"). A plain scan. */
export function isSurnameHere(body: string, word: string, titles = false): boolean {
  const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
    if (isLetter(body[at - 1]) || isLetter(body[at + word.length])) continue;
    const namer = NAMER_BEFORE.exec(body.slice(Math.max(0, at - 16), at))?.[1];
    if (namer && (FIRST_NAMES.has(namer) || genderOfGivenName(namer) || /^(?:Mr|Mrs|Ms|Dr)$/.test(namer) || (titles && TITLE_ROLE_WORDS.has(namer)))) return true;
  }
  return false;
}

/**
 * Words right before a name that put it in a place's slot: a preposition of place, an area noun and "of", a verb of
 * attacking a place. Linear: one alternation of fixed words, anchored at the end.
 */
const PLACE_SLOT_BEFORE = /(?:\b(?:in|near|outside|inside|around|across)|\b(?:town|village|city|district|province|region|area|state)s? of|\b(?:attacked|raided|stormed|overran|shelled|bombarded)) $/;
/** The same without the verbs of attacking. */
const PLACE_PREPOSITION_SLOT_BEFORE = /(?:\b(?:in|near|outside|inside|around|across)|\b(?:town|village|city|district|province|region|area|state)s? of) $/;

/** A people's adjective or noun, singular or plural: "American(s)", "Arab(s)", "Muslim(s)", "Native" is none. */
const isPeopleWord = (w: string) => COUNTRY_BY_DEMONYM.has(w) || (w.endsWith('s') && COUNTRY_BY_DEMONYM.has(w.slice(0, -1))) || PEOPLES_AND_FAITHS.has(w.toLowerCase().replace(/s$/, ''));
/** Determiners and group words before a people's word: "Any American", "Native American", "Central American". */
const GROUP_DETERMINERS: ReadonlySet<string> = new Set(['Any', 'Every', 'Each', 'Some', 'Many', 'Most', 'All', 'No', 'Few', 'Other', 'Fellow', 'Native', 'Central', 'South', 'North', 'Latin', 'Black', 'White', 'Young', 'Ordinary', 'Average', 'Typical']);

/** Adverbs that link a sentence to the one before it (capitalised as a sentence opens). */
const LINKING_ADVERBS: ReadonlySet<string> = new Set(['Afterward', 'Afterwards', 'Meanwhile', 'Moreover', 'However', 'Nevertheless', 'Nonetheless', 'Furthermore', 'Therefore', 'Thus', 'Hence', 'Instead', 'Otherwise', 'Likewise', 'Consequently', 'Accordingly', 'Subsequently', 'Additionally', 'Elsewhere', 'Similarly', 'Besides', 'Unfortunately', 'Fortunately', 'Apparently', 'Meantime', 'Thereafter', 'Overall']);

/**
 * Words of closed classes that open no person's name: prepositions, determiners and possessives, conjunctions, question
 * and relative words, and "Very". Not those that are also family names ("An", "Go", "Do", "No"), nor "Her" and "His",
 * which open a sovereign's style ("Her Majesty").
 */
const FUNCTION_WORDS_FIRST: ReadonlySet<string> = new Set(['The', 'A', 'This', 'These', 'Those', 'Every', 'Each', 'Our', 'Their', 'My', 'Your', 'Its', 'Of', 'For', 'From', 'Without', 'Within', 'Under', 'Into', 'Upon', 'Onto', 'About', 'Against', 'Between', 'Beyond', 'Through', 'Across', 'Among', 'Amid', 'Toward', 'Towards', 'Via', 'Behind', 'Despite', 'During', 'Until', 'Than', 'And', 'Or', 'But', 'Nor', 'If', 'Whose', 'Which', 'Who', 'Whom', 'What', 'Why', 'How', 'Very',
  // quantifiers no name opens with ("Multiple Florida rallies", "Several Republican senators")
  'Multiple', 'Several', 'Numerous', 'Various']);

/** The rest of a line after a name: spaces to its end (or the body's). */
const LINE_END_AFTER = /^[ \t]*(?:\r?\n|$)/;
/**
 * A writer's name (or two joined by "and") and a comma, alone before the name on its line: "Kevin Drum, ", "-- Jamie
 * Murray, ", "Brian Bennett and John Walcott, ". One space between capitalised words: linear.
 */
const BYLINE_WRITER_BEFORE = /^[ \t]*(?:[-—–]+[ \t]*)?(?:Dr\.? )?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}(?: and \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3})?, $/u;
/** The part of a name's line before it that a credit may fill: after the line's start, or after the closing quote of the words credited. */
function creditedLineBefore(body: string, start: number): string {
  const from = Math.max(0, start - 120);
  const line = body.slice(from, start);
  const br = line.lastIndexOf('\n');
  const whole = br >= 0 || from === 0;
  const own = whole ? line.slice(br + 1) : line;
  // the words credited may be longer than the window read: their closing quote still opens the credit
  const quote = Math.max(own.lastIndexOf('” '), own.lastIndexOf('" '));
  return quote >= 0 ? own.slice(quote + 2) : whole ? own : '';
}

/** A generational suffix or a plural title's abbreviation alone: "Jr.", "Sr.", "Sens", "Reps.". */
const SUFFIX_OR_PLURAL_TITLE = /^(?:Jr|Sr|Sens|Reps|Govs|Gens|Adms|Drs)\.?$/;
/** A possessive before another word inside a name: "Martha’s Vineyard", "David’s Sling", "Rice's Sept.". */
const POSSESSIVE_INSIDE = /\p{L}['’]s \S/u;
/** A modal or "to" before "Be": a verb phrase of a headline ("Will Be Cautious", "There Will Be No …"). */
const AUXILIARY_BE = /(?:^|\s)(?:Will|Would|Can|Could|Should|Shall|Might|Must|To) Be(?:\s|$)/;
/** A place's name with the suffix of its people in the plural: "Hong Kongers", "Bostonians" (the place is group 1). */
const PLURAL_DEMONYM = /^(\p{Lu}[\p{L} ]*\p{Ll})(?:ers|ians)$/u;

/** US states by their full names, less those that are also people's given names or surnames. */
const US_STATE_NAMES: ReadonlySet<string> = new Set(US_STATE_FORMS.filter((f) => !f.endsWith('.') && !['Washington', 'Georgia', 'Virginia', 'Montana', 'Indiana', 'Nevada', 'Carolina'].includes(f)));

/** A given name opens the name, not a compass or town word that some lists also give as a name ("North", "Glen"). */
function givenNameFirst(name: string): boolean {
  const first = name.split(/\s+/)[0];
  return !TOWN_OPENERS.has(first) && genderOfGivenName(first) !== null;
}
const TOWN_OPENERS: ReadonlySet<string> = new Set(['North', 'South', 'East', 'West', 'New', 'Fort', 'Ft.', 'Port', 'Mount', 'Mt.', 'Saint', 'St.', 'Lake', 'Glen', 'Palm']);

/** Nouns of places and buildings that come before a name ("Embassy Tel Aviv", "Camp David", "Mount Sinai", "Capitol Hill"). */
const PLACE_FIRST: ReadonlySet<string> = new Set(['embassy', 'consulate', 'fort', 'camp', 'lake', 'mount', 'mt.', 'cape', 'gulf', 'strait', 'isle', 'capitol',
  // and Arabic ones: gate, valley, mountain ("Bab al-Mandeb", "Wadi Rum", "Jebel Ali")
  'bab', 'wadi', 'jebel', 'jabal']);

/**
 * Words of jobs and ranks (lower case). Not those that are also common surnames ("Major", "Judge", "Bishop", "Marshall",
 * "Baker", "Cook"), which a surname-only mention may be.
 */
const OCCUPATION_WORDS: ReadonlySet<string> = new Set(['analyst', 'analysts', 'associate', 'researcher', 'research', 'fellow', 'professor', 'lecturer', 'scholar', 'expert', 'correspondent', 'reporter', 'editor', 'columnist', 'producer', 'senior', 'junior', 'deputy', 'assistant', 'adjunct', 'visiting', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'diplomat', 'adviser', 'advisor', 'director', 'executive', 'chairman', 'chairwoman', 'secretary', 'president', 'minister', 'ambassador', 'commander', 'officer', 'lawmaker', 'senator', 'governor', 'vice', 'commander-in-chief', 'president-elect']);

/** Labels of page widgets and calls to action, and the words of credit lines ("Additional reporting by"), lower case. */
export const WIDGET_WORDS: ReadonlySet<string> = new Set(['credit', 'credits', 'read', 'more', 'show', 'hide', 'click', 'here', 'watch', 'share', 'subscribe', 'continue', 'reading', 'next', 'previous', 'caption', 'replay', 'videos', 'video', 'photos', 'gallery', 'expand', 'collapse', 'close', 'related', 'coverage', 'full', 'comments', 'sign', 'up', 'add', 'interest', 'additional', 'contributing', 'reporting']);
/** The widget words and a news desk's label, as a person's name ("tells our Newscast Desk"): NPR's newscast is left to the body rules. */
const PERSON_WIDGET_WORDS: ReadonlySet<string> = new Set([...WIDGET_WORDS, 'newscast', 'desk']);

/** Whether a capitalised word (a title, a given name, "Lord") and a space stand right before `start`. A plain scan. */
function capitalisedWordBefore(body: string, start: number): boolean {
  if (body[start - 1] !== ' ') return false;
  let k = start - 2;
  while (k >= 0 && /[\p{L}.]/u.test(body[k])) k--;
  return /^\p{Lu}/u.test(body.slice(k + 1, start - 1));
}

/** The compass points that stand alone for a region ("the West", "the North"). */
const COMPASS_POINTS: ReadonlySet<string> = new Set(['North', 'South', 'East', 'West', 'Midwest', 'Northeast', 'Northwest', 'Southeast', 'Southwest']);

/** Continents, regions and languages, and their adjectives, and the compass points that stand for regions ("the West"), that
 * stand alone for no person (capitalised as written). */
const REGION_WORDS: ReadonlySet<string> = new Set(['Europe', 'European', 'Asia', 'Asian', 'Africa', 'African', 'Gulf', 'Arabic', 'Persian', 'Farsi', 'Urdu', 'Pashto', 'Dari', 'Hebrew', 'Mandarin', 'Cantonese', 'Latin', 'Balkan', 'Balkans', 'Baltic', 'Baltics', 'Caucasus', 'Mideast', 'Scandinavia', 'Scandinavian', 'Nordic', 'Sahel', 'Arctic', 'Antarctic', 'Mediterranean', 'Caribbean', 'Eurasia', 'Eurasian', 'Transatlantic', 'Atlantic', 'Pacific', ...COMPASS_POINTS]);

/** Portfolios of ministries and departments, as lists of them write them alone ("Justice, Housing, Agriculture"). */
const PORTFOLIOS: ReadonlySet<string> = new Set(['Agriculture', 'Commerce', 'Housing', 'Interior', 'Treasury', 'Defense', 'Defence', 'Energy', 'Education', 'Labor', 'Labour', 'Transportation', 'Transport', 'Justice', 'Health', 'Finance', 'Trade', 'Veterans Affairs', 'Homeland Security', 'Foreign Affairs', 'Home Affairs']);

/** Religious and national holidays written like names (the single-word Christian ones are NON_NAME_WORDS already). */
const HOLIDAYS: ReadonlySet<string> = new Set(['Rosh Hashanah', 'Rosh Hashana', 'Yom Kippur', 'Passover', 'Hanukkah', 'Chanukah', 'Purim', 'Sukkot', 'Shavuot', 'Eid', 'Eid al-Fitr', 'Eid al-Adha', 'Diwali', 'Nowruz', 'Ashura', 'Thanksgiving', 'Halloween', 'Lent', 'Pentecost', 'Hajj']);

/** "in ", "from ", "near " right before a name: a place's prepositions (linear: one alternation of fixed words). */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|from|near|across|outside|inside|around) $/;

/** The article writes the word in lower case, or the singular of a plural ("Reports" → "report"). */
function commonWordHere(body: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (hasLowerCaseUse(body, lower)) return true;
  return lower.length > 4 && lower.endsWith('s') && hasLowerCaseUse(body, lower.slice(0, -1));
}

/** Words that open a spoken clause before a comma ("Well, …", "Look, …"), whether or not the article uses them otherwise. */
const INTERJECTIONS: ReadonlySet<string> = new Set(['Well', 'Look', 'Listen', 'Okay', 'OK', 'Oh', 'Yes', 'No', 'Sure', 'Sadly', 'Frankly', 'Honestly', 'Indeed', 'Now', 'So']);

/** The share of a name's mentions after "the" that makes it no person's (a headline drops articles: "Kerry calls North …"). */
const ARTICLE_SHARE = 0.75;

/** Whether a clause starts at `start`: after the body's start, a line break, a sentence end or an opening quote (and spaces). */
function opensClause(body: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && (body[k] === ' ' || body[k] === '\t')) k--;
  if (k < 0 || body[k] === '\n' || `"“‘'`.includes(body[k])) return true;
  if ('”’'.includes(body[k])) k--;
  return k >= 0 && '.:;!?\n'.includes(body[k]);
}

/** The id of the first rule saying the entity is no person, or null. */
export function unlikelyPerson(body: string, e: PersonCandidate): string | null {
  return UNLIKELY_PERSON_RULES.find((r) => r.test(body, e))?.id ?? null;
}
