// Quotes: the patterns of attribution (cues, frames, clause ends) and the text tests they share.
import { CUE_NOUN_COMPOUND_PATTERN, SPEECH_VERB_PATTERN, STANCE_VERB_PATTERN, STANCE_VERBS } from '../lexicon/speech.js';
import { cueWordSets } from './cue-words.js';
import { BARE_PLURAL_SOURCES, SOURCE_BODIES, SOURCE_DETERMINERS, SOURCE_PEOPLE, wordAlternation } from '../lexicon/sources.js';

export const OPEN = new Set(['“', '"', '«']);
export const CLOSE = new Set(['”', '"', '»']);
export const MAX_QUOTE = 4000;
export const SCARE_MAX_WORDS = 3;
// "the CSIS think tank": a compound noun's first word is no cue.
export const VERB = `(?:(?!${CUE_NOUN_COMPOUND_PATTERN})(?:${SPEECH_VERB_PATTERN}))`;

export const PRONOUN = '(?:he|she|they|He|She|They)(?![\\p{L}])'; // not the start of "Hester"

/** A word closed by an abbreviation's dot inside a name or an adjunct — an initial ("U.S.", "J."), a title ("Sen.") or a company word
 * ("Broadcasting Co.", "Apple Inc."): the dot ends no phrase. One way to read each dot: linear. */
export const ABBREVIATED_WORD = '(?:\\b(?:\\p{Lu}|Co|Corp|Inc|Ltd|Bros|Jr|Sr|St|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Dr|Mr|Mrs|Ms|Rev|Prof)\\.)';
/** One character of a name or an adjunct, up to a comma, a colon, a quotation mark or a dot that is no abbreviation's. */
export const PHRASE_CHAR = `(?:${ABBREVIATED_WORD}|[^,.;:“”"])`;
/** A time or an occasion after a cue ("said Tuesday", "told CNN late Wednesday", "said in an interview with the
 * Australian Broadcasting Corp."), the outlet or listener read by `name`; then maybe the terms of an unnamed source
 * ("said Tuesday on condition of anonymity"; after a comma, ", speaking on …", a participle: unnamed-tails.ts). */
const timeAdjunct = (name: string) =>
  "(?:\\s+(?:on\\s+)?(?:(?:(?:early|late|earlier|later)\\s+(?:on\\s+)?)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:morning|afternoon|evening|night))?|at\\s+the\\s+time|today|yesterday|overnight|(?:last|this|next)\\s+(?:week|month|year)|earlier|later|recently|previously|(?:in|during)\\s+(?:a|an|his|her|their|the)\\s+(?:\\p{Ll}+\\s+)?(?:statement|interview|speech|email|e-mail|letter|tweet|post|memo|briefing|op-ed)(?:\\s+(?:to|with|on)\\s+(?:the\\s+)?(?=\\p{Lu})" + name + ")?|at\\s+a\\s+news\\s+conference|on\\s+Twitter))?(?:\\s+on\\s+(?:the\\s+)?condition\\s+of\\s+anonymity)?";
export const TIME = timeAdjunct(`${PHRASE_CHAR}{0,60}`);
/** …before a reported clause, the outlet runs only up to "that": "said in an interview with CNN that …" (a longest
 * outlet would swallow the clause's first words). */
export const TIME_BEFORE_THAT = timeAdjunct(`${PHRASE_CHAR}{0,60}?(?=\\s+that\\b)`);

// After a closing mark: `, he said` / `, Tillerson said` / `, said Tillerson` (the name is matched against mentions).
// After the cue the speaker may hold abbreviation periods: "said Rep. G.K. Butterfield (D-N.C.)".
// Lower-case descriptors may open the speaker: "panel Chairman Rep. Jason Chaffetz", "said 9/11 widow Terry Strada".
export const DESCRIPTORS = "(?:(?!(?:in|on|at|to|of|for|with|after|before|during|from|by|that|this|last|earlier|later|and|but|as|when|while)\\s)[\\p{Ll}\\d][\\p{L}\\d/'’-]*\\s+){0,3}";
// A name may hold an abbreviation ("U.S. President Barack Obama said").
export const AFTER_QUOTE = new RegExp(`^[\\s,]*(?:(${PRONOUN}|the\\s+[a-z]+(?:\\s+[a-z]+)?|(?!an?\\s)${DESCRIPTORS}[\\p{Lu}](?:[^,.;:!?“”"]|\\.(?=\\s+\\p{Lu}|\\p{Lu})){0,80}?(?:\\s*\\([^()]{1,24}\\))?)\\s+(?:also\\s+|later\\s+|then\\s+)?(${VERB})\\b|(${VERB})\\s+(${PRONOUN}|${DESCRIPTORS}[\\p{Lu}](?:[^,.;:!?“”"]|\\.(?=\\S|\\s+\\p{Lu}\\.?\\s?\\p{Lu}?)){0,80}))`, 'u');

// After a closing mark, a speaker with an appositive before the verb: `, Rep. Jim Jordan (R-Ohio), an oversight panel member, said`.
export const APPOSITIVE_AFTER_QUOTE = new RegExp(`^[\\s,]*([\\p{Lu}](?:[^,.;:!?“”"]|\\.(?=\\s+\\p{Lu})){0,60}?(?:\\s*\\([^()]{1,24}\\))?),[^“”"]{1,200}?,\\s+(${VERB})\\b`, 'u');

// After a closing mark, an unnamed source and the cue: `, a senior administration official said`, `, two diplomats told Reuters`.
export const UNNAMED_AFTER_QUOTE = new RegExp(`^[\\s,]*((?:a|an|the|one|two|three|several|some|many|other)\\s+(?:[\\p{L}’'.-]+\\s+){0,4}?(?:official|officials|spokesman|spokeswoman|spokesperson|source|sources|aide|aides|adviser|advisers|diplomat|diplomats))\\s+(?:also\\s+|later\\s+)?(${VERB})\\b`, 'u');

// After a closing mark, a dash and a name closing the line: "“…” ― Pamela Padilla".
export const DASH_AFTER_QUOTE = /^\s*[―—–-]\s*([\p{Lu}][\p{L}\p{M}'’. -]{1,60}?)\s*(?:[,(]|$)/u;
// After a closing mark, a credit closing the paragraph — a writer's name (or "Editorial Board") and the outlet
// published in: "“…” Noah Feldman, Bloomberg", "“…” Editorial Board, Washington Post" (round-ups of commentary).
// Single blanks between capitalised words, nothing after the outlet but the line's end: linear.
export const CREDIT_AFTER_QUOTE = /^[ \t]+((?:\p{Lu}[\p{L}\p{M}'’.-]*[ \t]){1,3}\p{Lu}[\p{L}\p{M}'’.-]*),[ \t]((?:The[ \t])?\p{Lu}[\p{L}\p{M}&'’.-]*(?:[ \t]\p{Lu}[\p{L}\p{M}&'’.-]*){0,4})[ \t]*$/u;
/** The same credit alone on a line after the excerpt's closing mark and blank lines ("…”\n\nJohn Daniel Davidson, The
 * Federalist\n"). Blank lines of spaces and tabs only: linear. */
export const CREDIT_BELOW_QUOTE = /^[ \t]*\n(?:[ \t]*\n){0,3}((?:\p{Lu}[\p{L}\p{M}'’.-]*[ \t]){1,3}\p{Lu}[\p{L}\p{M}'’.-]*),[ \t]((?:The[ \t])?\p{Lu}[\p{L}\p{M}&'’.-]*(?:[ \t]\p{Lu}[\p{L}\p{M}&'’.-]*){0,4})[ \t]*(?:\n|$)/u;
// Before an opening mark, a name and a colon: "Pamela Padilla: “…”" (lists of reactions).
export const LABEL_BEFORE_QUOTE = /(?:^|[\n.;)])\s*([\p{Lu}][\p{L}\p{M}'’. -]{1,60}?)\s*:\s*$/u;
// Before an opening mark: "According to Limbaugh, “…”", "…, according to my colleague Zack Beauchamp: “…”" (a
// possessive and up to two lower-case role words before the name).
export const ACCORDING_BEFORE_QUOTE = /\b[Aa]ccording to\s+(?:the\s+|(?:my|our|his|her|their)\s+(?:\p{Ll}+\s+){0,2})?([\p{Lu}][\p{L}\p{M}'’. -]{1,60}?)[,:]\s*$/u;
// Before an opening mark, a name and a dash: "Mitt Romney -- ''…''".
export const NAME_DASH_BEFORE_QUOTE = /\b([\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]*){0,3})\s+(?:--|—)\s*$/u;
// A paragraph closing "NAME continued:" / "NAME said:" before a quotation paragraph.
export const LEAD_COLON_BEFORE_QUOTE = /([\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]*){0,3})\s+(?:\p{Ll}+\s+)?(\p{Ll}+):\s*$/u;
// A heading line "What NAME said:" / "Here's what NAME told reporters:" over the quotation paragraphs that follow.
export const WHAT_SAID_HEADING = /^[ \t]*(?:Here[’']s\s+)?[Ww]hat\s+([\p{Lu}][\p{L}\p{M}'’.-]*(?:[ \t]+[\p{Lu}][\p{L}\p{M}'’.-]*){0,4})[ \t]+(?:said|says|told[ \t]+[^\n:]{1,40}|wrote|tweeted|had[ \t]+to[ \t]+say)[ \t]*:?[ \t]*$/gmu;

/**
 * The character each end-anchored pattern's match ends with before its trailing blanks: a text whose last non-blank
 * character is none of them cannot match, and is not scanned (execAtEnd).
 */
const LAST_MARK = new Map<RegExp, string>([[LABEL_BEFORE_QUOTE, ':'], [LEAD_COLON_BEFORE_QUOTE, ':'], [ACCORDING_BEFORE_QUOTE, ',:'], [NAME_DASH_BEFORE_QUOTE, '-—']]);
const BLANK = /\s/;

/** The text's last character that is no blank (the class \s), or ''. */
function lastNonBlank(text: string): string {
  let i = text.length - 1;
  while (i >= 0 && BLANK.test(text[i])) i--;
  return i >= 0 ? text[i] : '';
}

/** `pattern.exec(text)` for an end-anchored pattern, skipped when the text cannot end as its matches do (LAST_MARK). */
export function execAtEnd(pattern: RegExp, text: string): RegExpExecArray | null {
  const marks = LAST_MARK.get(pattern);
  if (marks !== undefined) {
    const last = lastNonBlank(text);
    if (!last || !marks.includes(last)) return null;
  }
  return pattern.exec(text);
}

// Before an opening mark: `Tillerson said, ` / `He said, ` / `saying ` / `told reporters: ` / `said Saturday at a news
// conference in Potsdam, outside Berlin: ` (adjuncts of place and time after the verb, each after a comma, up to the
// colon, no other verb of saying among their words: COMMA_ADJUNCT — not ", adding:", ", while X added:", whose own verb
// frames the quote).
const COMMA_ADJUNCT = String.raw`,\s+(?:outside|inside|in|at|on|near|during|from|via|later|earlier)(?:\s+(?!(?:said|says|added|adds|told|tells|wrote|writes|stated|declared|noted|insisted|argued|warned)\b)[^\s,;:.“”"]+){0,8}`;
export const BEFORE_QUOTE = new RegExp(`(?:^|[\\s(])(${VERB})(?:(?:\\s+(?:reporters|journalists|that|him|her|them|us|me|the\\s+crowd|supporters|lawmakers|CNN|Fox(?:\\s+News)?))?\\s*[,:]?|(?:\\s+[^\\s,;:.“”"]+){1,8}\\s*[,:]|(?:\\s+[^\\s,;:.“”"]+){0,8}(?:${COMMA_ADJUNCT}){1,3}\\s*:)\\s*$`, 'u');

/** A nominal source right before the cue: "a senior official", "the poll", "many analysts". */
export const NOMINAL_SOURCE = new RegExp(`(?:^|[\\s,])(?:${wordAlternation(SOURCE_DETERMINERS, true)})\\s+(?:[\\p{L}’'-]+\\s+){0,3}(?:${wordAlternation([...SOURCE_PEOPLE, ...SOURCE_BODIES])})\\s*$`, 'u');

/** A bare plural source opening its clause: "Police officials said", "Federal and state officials said", "sources said". */
export const BARE_PLURAL_SOURCE = new RegExp(`(?:^|[,;:]\\s+|\\b(?:but|and|while|as|because)\\s+)((?:(?!(?:but|and|while|as|because)\\s)[\\p{L}’'-]+\\s+){0,3}?(?:${wordAlternation(BARE_PLURAL_SOURCES, true)}))\\s*$`, 'u');

/** "…, sources said." / "…, a senior official said." — an unnamed source after its content, ending the sentence. */
export const INVERTED_UNNAMED = new RegExp(`,\\s+((?:(?:${wordAlternation(SOURCE_DETERMINERS)}|\\d+)\\s+)?(?:[\\p{L}’'-]+\\.?\\s+){0,3}?(?:${wordAlternation(SOURCE_PEOPLE)}))\\s+(said|say|says|added|told\\s+[\\p{Lu}][\\p{L}.’'-]*(?:\\s+[\\p{Lu}][\\p{L}.’'-]*){0,3}|noted|explained|cautioned|warned|insisted|argued|acknowledged|confirmed)${TIME}\\s*[.!?]?$`, 'u');

// Whom a speaker told, after "told"/"tells" at the end of an inverted report: "…, Graham told The Huffington Post on Thursday".
const LISTENER = "(?:(?<=\\b(?:told|tells))\\s+(?:reporters|journalists|him|her|them|us|me|lawmakers|supporters|(?:the\\s+|The\\s+)?[\\p{Lu}][\\p{L}\\p{M}.'’&-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{M}.'’&-]*){0,3}))?";

// Inverted reported speech: `CLAUSE, SPEAKER CUE (time)?.` or `CLAUSE, CUE SPEAKER.` — the whole sentence, bar an
// adjunct or a participle after the cue ("…, she said, referencing the bank’s drive to “cross-sell”"), or an age and an
// appositive after the name ("…, said John Smith, 45, a farmer from Iowa").
export const INVERTED = new RegExp(
  `^(.{12,}?)(?:,|,(?:[”"]|''))\\s+(?:(?:(${PRONOUN}|the\\s+[a-z]+(?:\\s+[a-z]+)?|${DESCRIPTORS}[\\p{Lu}][\\p{L}\\p{M}.'’-]*(?:\\s+(?:[\\p{Lu}][\\p{L}\\p{M}.'’-]*|of|de|van|von|al|the|for|to)){0,6}(?:\\s*\\([^()]{1,24}\\))?)\\s+(?:(?:also|later|first|earlier|previously|initially|originally)\\s+)?(${VERB})${LISTENER})|(?:(${VERB})\\s+(${PRONOUN}|the\\s+[a-z]+(?:\\s+[a-z]+)?|${DESCRIPTORS}[\\p{Lu}][\\p{L}\\p{M}.'’-]*(?:\\s+(?:[\\p{Lu}][\\p{L}\\p{M}.'’-]*|of|de|van|von|al|for|to)){0,5}(?:\\s*\\([^()]{1,24}\\))?)))${TIME}(?:,\\s+\\d{1,3}(?=,))?(?:,[^,“”"]{0,80}|,\\s+(?:a|an|the|who)\\s[^“”"]{0,200}|,\\s+\\p{Ll}+ing\\b.*)?[.!?]?$`,
  'u',
);

// The attribution inside the sentence: `CLAUSE, SPEAKER CUE (time)?, CLAUSE` — the whole sentence is reported.
export const MIDDLE = new RegExp(`^(.{8,}?),\\s+(${PRONOUN}|the\\s+[a-z]+(?:\\s+[a-z]+)?|${DESCRIPTORS}[\\p{Lu}][\\p{L}\\p{M}.'’-]*(?:\\s+(?:[\\p{Lu}][\\p{L}\\p{M}.'’-]*|of|de|van|von|al)){0,5}(?:\\s*\\([^()]{1,24}\\))?)\\s+(?!\\p{Ll}+ing\\b)(${VERB})${TIME},\\s+(.{8,})$`, 'u');

// Reported speech: `SPEAKER (, appositive,)? (also)? CUE (recipient)? (time)? (that)? CLAUSE`
// The clause may open with a number ("said 69 people were injured").
export const REPORTED = new RegExp(`\\b(${VERB})${TIME_BEFORE_THAT}(\\s+that\\b|,?\\s+(?=[\\p{L}\\d“"]))`, 'gu');
export const ACCORDING = /\b[Aa]ccording to\s+/g;
/** "As NAME put it / pointed out / observed / told me, CLAUSE". */
export const AS_ATTRIBUTION = /^(?:(?:But|And|Yet|Still|So)\s*,?\s+)?[Aa]s\s+([^,]{2,80}?)\s+(?:(?:recently|once|has|have|had|also|later|previously|rightly)\s+)*(put\s+it|puts\s+it|pointed\s+out|points\s+out|noted|notes|observed|observes|said|says|wrote|writes|argued|argues|explained|explains|reported|reports|suggested|suggests|warned|warns|predicted|told|tells|stated|states|acknowledged|acknowledges|admitted|conceded|insisted|remarked|declared|recalled|recalls|reminded|cautioned|added)(?:\s+[^,]{0,60})?,\s+((?:[“"]|'')?\p{L}.+)$/u;

/**
 * A document or a measurement reporting a finding, or an ad, a video, a book putting a case: "A Bloomberg poll shows
 * that …", "Court records show …" (a bare plural too: "Polls show …", "Records showed …"), "A 2014 study by X found …", "A Hillary Clinton ad questioned whether …",
 * "The GOP’s complaint … says …". Group 1 is the subject up to the document noun and what follows it (an owner
 * "by …", "of …", "released Friday"), group 2 the verb.
 */
/** The finding's cue and what follows it; its verbs are FINDING's prefilter (cue-words.ts). */
const FINDING_CUE = String.raw`\s+(shows|showed|show|found|finds|suggests|suggested|indicates|indicated|concluded|concludes|estimates|estimated|says|said|states|stated|notes|noted|warns|warned|reports|reported|revealed|reveals|predicts|predicted|confirms|confirmed|determined|documents|documented|questioned|questions|references|referenced|argues|argued|claims|claimed|accuses|accused|attacks|attacked|describes|described|calls\s+for|called\s+for|urges|urged|cites|cited|chronicles|chronicled|explores|explored)(\s+that)?\s+(?=[\p{L}\d“"$])`;
export const FINDING = new RegExp(String.raw`(?:^|[,;:]\s+|\b(?:and|but|yet|while)\s+)((?:[Pp]olls|[Rr]ecords|[Dd]ocuments|[Ff]ilings|[Ee]-?mails|[Ff]igures|[Ss]tatistics|[Rr]esults|[Dd]ata|[Ss]urveys|[Ss]tudies|(?:[Tt]he|[Aa]n?|[Aa]nother|[Tt]his|[Tt]hat|[Oo]ne|[\p{Lu}\d][\p{L}\d’'./-]*)[^,;:“”"()]{0,70}?\b(?:[Pp]oll|[Pp]olls|[Ss]urvey|[Ss]urveys|[Ss]tudy|[Ss]tudies|[Rr]eport|[Rr]eports|[Aa]nalysis|[Rr]esearch|review|audit|[Dd]ata|average|[Tt]ranscript|[Rr]ecords|[Dd]ocuments|[Ff]ilings|[Ee]-?mails|[Ff]igures|[Ss]tatistics|[Rr]esults|document|statement|complaint|lawsuit|memo|filing|letter|brief|estimate|estimates|findings|investigation|probe|ruling|index|tally|count|ad|ads|video|tweet|tweets|website|book|film|documentary|editorial|column|article|speech|submission))(?:\s+(?:by|of|from|for|on|in|at|about|conducted\s+by|released|published|commissioned\s+by|taken|out)\b[^,;:“”"()]{0,80}?)?)` + FINDING_CUE, 'gu');

/** A negation among the words before a cue: "has not", "didn’t", "never" — not "not only" / "not just", which negate nothing. */
export const NEGATED = /\b(?:not(?!\s+(?:only|just|merely)\b)|never)\b|n[’']t\b/;

/** A finding after its content: "Donations hit $1.1 billion, a USA TODAY analysis of campaign-finance reports shows." */
export const INVERTED_FINDING = /^(.{12,}?),\s+((?:[Aa]n?|[Tt]he|[Aa]nother|[Oo]ne)\s+[^,;:“”"]{0,60}?\b(?:poll|survey|study|analysis|report|data|review|audit|estimate|tally|count|investigation)s?\b[^,;:“”"]{0,80}?)\s+(shows|showed|found|finds|says|said|suggests|suggested|indicates|indicated|estimates|estimated|concluded|concludes|reports|reported)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?[.!]?$/u;

// Cue forms that are also plural nouns ("U.S. claims that …"): only a person or pronoun makes them speech.
export const AMBIGUOUS_NOUN_CUES = new Set(['claims', 'reports', 'notes', 'charges', 'answers', 'states', 'remarks', 'promises', 'demands', 'estimates', 'warnings', 'denies', 'fears', 'hopes', 'thinks', 'signals', 'counters', 'pledges', 'vows', 'statements']);

// Passives ("was told", "is said"), relatives and infinitives; perfect tenses ("has said") are the speaker's.
export const NOT_SPEECH_BEFORE = /\b(?:was|were|been|be|being|is|are|who|which|to|not|never)\s*$/;

/** Right before a participle that reports: ", saying", ", even suggesting", ", then adding", "…,” adding". */
export const PARTICIPLE_LEAD = /(?:,([”"])?|([”"]),)\s*(?:(?:even|also|then|again|further|apparently|repeatedly)\s+)?$/;

/** An adverb of time or sequence between a coordinator and the subject's next verb ("… and later told", "…, and more
 * recently, has argued"); not any "-ly" word: "sensitive and highly classified intelligence" is one noun phrase. */
const SECOND_PREDICATE_ADVERB = String.raw`(?:also|then|later|since|even|now|still|again|soon|instead|eventually|subsequently|repeatedly|immediately|quickly|promptly|afterwards|more\s+recently|most\s+recently|in\s+turn)`;
/** A past verb the "-ed" ending misses: irregular and short ones ("condemned the shooting and took the investigation …",
 * "mocked the victims and used the attack …"), and a negated past ("denied the report but did not elaborate"). */
const IRREGULAR_PAST = String.raw`(?:took|made|gave|went|sent|left|kept|held|brought|spent|met|led|ran|won|lost|stood|sought|fought|became|began|came|thought|felt|found|got|knew|saw|struck|threw|drew|spoke|broke|chose|paid|bought|built|taught|caught|swore|used|fled|did\s+not|didn[’']t)`;
/** After an object (no clause of its own), a coordinator and a verb with no subject before it: the subject's next
 * predicate, not part of what it said ("denied the system's existence, and more recently, has argued …" ends at ", and"). */
/** What may stand between the coordinator and the next verb: adverbs, then a perfect's auxiliary. */
export const SECOND_PREDICATE_LEAD = String.raw`(?:${SECOND_PREDICATE_ADVERB},?\s+){0,2}(?:(?:has|have|had)\s+(?:since\s+|also\s+)?)?`;
const SECOND_PREDICATE = String.raw`,?\s+(?:and|but|yet|or)\s+${SECOND_PREDICATE_LEAD}(?:\p{Ll}{3,}ed|${IRREGULAR_PAST}|said|told|wrote|says|calls|urges|warns|claims|argues|insists|demands|refuses|wants|plans|vows|promises|pledges|accuses|blames|cites|praises|attacks|criticizes|rejects|defends|denies|suggests|questions|notes|adds)\b`;
/** After the object of a verb of saying — a noun phrase of a few words (none a present or past verb's form: no "-s",
 * no "-ed" but the head's, no auxiliary) and up to two prepositional phrases — a coordinator and a past copula or a
 * perfect begin the subject's next predicate ("conceded American faults in the war and was quick to credit …", "denied
 * any involvement in the coup and has lived in exile …"): the report ends before the coordinator (reported.ts
 * pushClauses). Bounded repetitions of disjoint classes: linear. */
const OBJECT_WORD = String.raw`(?!(?:is|was|were|are|has|have|had|will|would|could|should|can|may|might|must|did|does|do|not|that|and|or|but|${IRREGULAR_PAST}|spent|told|said|wrote|put|set|cut|hit|let|read|heard|held|sold|won)\b)\p{L}[\p{Ll}’'-]*(?<![^’'s]s|ed)`;
const PHRASE_WORD = String.raw`(?!(?:is|was|were|are|has|have|had|will|would|could|should|can|may|might|must|did|does|do|not|that|and|or|but)\b)[\p{L}\d’'.-]+`;
export const SECOND_PREDICATE_AFTER_OBJECT = new RegExp(String.raw`^(?:${OBJECT_WORD}\s+){0,4}\p{L}[\p{Ll}’'-]*(?:\s+(?:in|of|on|for|to|with|about|over|against|during|from|at|by)\s+(?:${PHRASE_WORD}\s+){0,4}${PHRASE_WORD}){0,2}(,?\s+(?:and|but)\s+(?:(?:also|then|later|still|now|since)\s+)?(?:was|were|(?:has|have|had)\s+\p{Ll}+)\s)`, 'u');

// A second report by the same subject: ", and criticized …", " but he said that …", " — and he noted that …".
export const COORDINATED = new RegExp(String.raw`(?:,\s*|\s+)(?:—\s*)?(?:and|but)\s+(?:(he|she|they)\s+)?(?:(?:${SECOND_PREDICATE_ADVERB}|\p{Ll}+ly),?\s+){0,2}(?:(?:has|have|had)\s+(?:since\s+|also\s+)?)?(\p{Ll}{3,}ed|said|says|told|tells|wrote|writes|thought|thinks|adds|notes|warns|argues|insists|vowed|vows|promised|promises|pledged)\b(\s+that\b)?\s*`, 'u');
/**
 * Thought verbs before "that" whose main WordNet sense is not thought or communication ("feels", "sees"): the rest
 * are found by isCommunicationOrCognitionVerb.
 */
export const THINKING_VERBS = new Set(['feels', 'worries', 'hears', 'imagines', 'sees', 'senses', 'wishes']);

/** Verbs that take a that-clause but never report what someone said (“it means that”, “so that”). */
export const NOT_ATTRIBUTING = new Set(['is', 'was', 'has', 'does', 'means', 'meant', 'seems', 'seemed', 'ensures', 'ensured', 'requires', 'required', 'provides', 'provided', 'assumes', 'was', 'makes', 'made']);

// The subject of a clause-level attribution — a pronoun or a capitalised word ending a name — then a contraction
// ("He’s", "She’ll") and adverbs or auxiliaries (each pattern allows its own), captured as groups 1 and 2.
const SUBJECT = "(?<=^|[\\s,;(])((?:[Hh]e|[Ss]he)|[Tt]he\\s+(?:[\\p{Lu}][\\p{L}\\p{M}.'’-]*\\s+){0,2}(?:(?:former|presidential|vice\\s+presidential|top)\\s+)?(?:nominee|candidate|president|senator|governor|secretary|mayor|congressman|congresswoman|lawmaker|minister|chancellor|chairman|spokesman|spokeswoman|ambassador|agency|bank|fund|council|commission|committee|court|network|company|union|foundation|board|panel)(?![\\p{L}’'])|[\\p{Lu}][\\p{L}\\p{M}’'.-]+(?:\\s+(?:campaign|administration|team|government))?)"; // "The Trump campaign called …"
// …after a party tag or an appositive ("Rep. Adam Schiff, the top Democrat on the committee, called on …"), and with a
// time between it and the verb ("David Axelrod on Wednesday called on …").
const APPOSITIVE = "(?:\\s*\\([^()]{1,24}\\))?(?:,\\s[^,;:“”\"]{1,120},)?";
const WHEN = 'on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|this|earlier\\s+this)\\s+(?:week|month|year)';
// A verb that passes its subject on to the next ("he appeared to suggest that …", "Caddell went on to discuss …").
const CATENATIVE = '(?:appeared|appears|seemed|seems|went\\s+on|goes\\s+on|continued|continues|tried|tries|began|begins|has\\s+yet|have\\s+yet|had\\s+yet|(?:is|was|are|were)\\s+(?:quick|quicker|eager|keen|swift))\\s+to';
// Any adverb in -ly ("publicly", "repeatedly"). A repeated group of adverbs must not list such a word beside it: two
// alternatives matching the same word make the group backtrack exponentially ("Clinton publicly publicly … denied it").
const ADVERB_LY = '\\p{Ll}+ly';
/**
 * Per subject-first pattern, the words its cue must be (quotes/cue-words.ts): a sentence holding none skips it. Each
 * set of cue words gets a bit; a word maps to the bits of the sets holding it, so one pass over a sentence's words
 * (cueBits) answers for every pattern.
 */
const CUE_BITS = new WeakMap<RegExp, number>();
const WORD_BITS = new Map<string, number>();
/** The lengths and first units of WORD_BITS' words: a word outside them is not looked up (most are capitalised or long). */
const CUE_WORD_SHAPE = { shortest: Infinity, longest: 0, firstUnits: new Set<number>() };
let cueSets = 0;
/** The bits of the cue-word sets the sentence's words (split at whitespace) meet. */
export function cueBits(words: readonly string[]): number {
  let bits = 0;
  for (const w of words) bits |= WORD_BITS.get(w) ?? 0;
  return bits;
}
/** A UTF-16 unit that /\s/ matches (the same set: tests/extract/cue-words.test.ts checks every unit). */
export function isBlankUnit(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** cueBits(text.split(/\s+/)) read off the text directly: one pass, no list of words (it ran for every sentence). */
export function textCueBits(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; ) {
    while (i < text.length && isBlankUnit(text.charCodeAt(i))) i++;
    let j = i;
    while (j < text.length && !isBlankUnit(text.charCodeAt(j))) j++;
    if (j - i >= CUE_WORD_SHAPE.shortest && j - i <= CUE_WORD_SHAPE.longest && CUE_WORD_SHAPE.firstUnits.has(text.charCodeAt(i))) bits |= WORD_BITS.get(text.slice(i, j)) ?? 0;
    i = j;
  }
  return bits;
}
/** Whether a sentence with these cue bits holds a word of each of the pattern's cue-word sets (always, if none are known). */
export const mayMatch = (pattern: RegExp, bits: number): boolean => {
  const needed = CUE_BITS.get(pattern) ?? 0;
  return (bits & needed) === needed;
};
function registerCues(pattern: RegExp, sets: readonly ReadonlySet<string>[]): void {
  let needed = 0;
  for (const set of sets) {
    if (cueSets >= 30) break; // out of bits: the pattern is prefiltered by fewer sets, or none
    const bit = 1 << cueSets++;
    for (const w of set) {
      WORD_BITS.set(w, (WORD_BITS.get(w) ?? 0) | bit);
      CUE_WORD_SHAPE.shortest = Math.min(CUE_WORD_SHAPE.shortest, w.length);
      CUE_WORD_SHAPE.longest = Math.max(CUE_WORD_SHAPE.longest, w.length);
      CUE_WORD_SHAPE.firstUnits.add(w.charCodeAt(0));
    }
    needed |= bit;
  }
  CUE_BITS.set(pattern, (CUE_BITS.get(pattern) ?? 0) | needed);
}
registerCues(FINDING, cueWordSets(FINDING_CUE, FINDING.flags));
// INVERTED_UNNAMED's source noun stands between spaces.
registerCues(INVERTED_UNNAMED, [new Set(SOURCE_PEOPLE)]);
/**
 * Declares of a pattern of another module that every match holds a word of each set as a whole word (spaces or the
 * text's ends around it), for mayMatch; the sets must come from the lists the pattern is built from.
 */
export const requireCueWords = (pattern: RegExp, sets: readonly ReadonlySet<string>[]): void => registerCues(pattern, sets);
const subjectThen = (adverbs: string, rest: string, flags = 'u') => {
  const pattern = new RegExp(`${SUBJECT}${APPOSITIVE}((?:[’'](?:s|ll|d)\\b)?(?:\\s+(?:${adverbs}|${WHEN}))*)${rest}`, flags);
  registerCues(pattern, cueWordSets(rest, flags));
  return pattern;
};

// SUBJECT (adverbs) VERB that CLAUSE — "Clinton acknowledged that …", "He disclosed that …" — for any verb: the
// person (or pronoun) states, knows or believes the clause.
export const THAT_CLAUSE = subjectThen(`also|all|both|has|have|had|later|again|now|still|even|then|long|never|often|once|${ADVERB_LY}|${CATENATIVE}`, '\\s+((?<=\\bto\\s+)\\p{Ll}{3,}|\\p{Ll}{3,}(?:ed|es|s)|found|thought|knew|felt|wrote|saw|heard|understood|held|swore|foresaw)\\s+that\\s+', 'gu');

// SUBJECT is ATTITUDE that … — "Republicans were also incensed that …", "she’s so frustrated that …", "McConnell came
// away convinced that …": a belief or a feeling about the clause.
export const ATTITUDE = subjectThen(
  `is|was|are|were|been|has\\s+been|have\\s+been|became|becomes|remains|remained|seemed|seems|appeared|appears|came\\s+away|also|so|very|now|still|${ADVERB_LY}`,
  '\\s+(afraid|concerned|worried|convinced|confident|sure|certain|incensed|frustrated|aware|adamant|hopeful|angry|upset|pleased|happy|glad|disappointed|optimistic|skeptical|alarmed|furious|outraged|troubled|insistent)\\s+(?:that\\s+|(?=(?:he|she|they|it|we|I|there|[\\p{Lu}][\\p{L}.\\x27’-]+(?:\\s+[\\p{Lu}][\\p{L}.\\x27’-]+)*)\\s+(?:would|will|was|is|were|are|had|has|could|can|should|might|\\p{Ll}+ed)\\b))',
  'gu',
);

// SUBJECT is (a) STANCE-NOUN/ADJECTIVE of X — "Graham has been critical of Trump", "Kaine is a staunch opponent of the
// death penalty", "Clinton has been a consistent and outspoken supporter of NATO": a position held towards X.
// (Not "ally": "China, a steadfast ally of Pakistan" describes a tie between them — relations.ts reads it — not a position.)
const STANDING_NOUNS = ['opponent', 'supporter', 'critic', 'proponent', 'advocate', 'champion', 'defender', 'backer', 'foe'];
const STANDING_OF = ['critical', 'supportive', 'skeptical', 'wary', 'dismissive', 'contemptuous'];
const STANDING_ABOUT = ['concerned', 'worried', 'coy', 'upbeat', 'optimistic', 'pessimistic', 'enthusiastic', 'excited', 'angry', 'furious', 'frustrated', 'candid', 'vague', 'silent', 'passionate', 'confident', 'cautious'];
export const STANDING = subjectThen(
  `is|was|are|were|been|has\\s+been|have\\s+been|had\\s+been|became|remains|remained|also|long|now|still|${ADVERB_LY}`,
  `\\s+((?:an?|the)\\s+(?:[\\p{Ll}-]+\\s+){0,4}?(?:${STANDING_NOUNS.join('|')})\\s+of|(?:(?:very|highly|sharply|deeply)\\s+)?(?:${STANDING_OF.join('|')})\\s+of|(?:(?:not|n[’\\x27]t|too|very|so|more|less|deeply|increasingly)\\s+){0,2}(?:${STANDING_ABOUT.join('|')})\\s+about|no\\s+illusions\\s+about)\\s+()(?=[\\p{L}\\d“"$])`,
  'gu',
);
// …and the word of the position, a whole word in every match (spaces before and after it): "of" and "about" alone
// pass most sentences.
registerCues(STANDING, [new Set([...STANDING_NOUNS, ...STANDING_OF, ...STANDING_ABOUT, 'illusions'])]);

// NAME's CLAIM that … — "Donald Trump’s claim that …", "Stumpf’s repeated emphasis that …", "Nervo's conclusion that
// …", "Mr. Obama's bet is that …": a claim put forward, its holder the possessor. Group 1 the name, 2 the noun.
const CLAIM_NOUNS = ['claim', 'claims', 'assertion', 'argument', 'contention', 'conclusion', 'insistence', 'view', 'belief', 'statement', 'promise', 'pledge', 'warning', 'suggestion', 'acknowledgment', 'acknowledgement', 'emphasis', 'bet', 'position', 'theory', 'hope', 'fear', 'prediction', 'complaint', 'charge', 'allegation', 'admission', 'insinuation', 'accusation'];
export const POSSESSED_CLAIM = new RegExp(`(?:^|[\\s,;(])([\\p{Lu}][\\p{L}\\p{M}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{M}.'’-]*){0,3})[’']s\\s+(?:(?:repeated|earlier|latest|own|new|initial|public|private|\\p{Ll}+ly)\\s+)?(${CLAIM_NOUNS.join('|')})\\s+(?:is\\s+|was\\s+)?that\\s+`, 'gu');
// The claim noun and "that" stand between spaces in every match: a sentence holding a possessive but neither skips the
// scan (a possessive stands in about a quarter of the corpus's sentences, a claim noun and "that" beside it in 1 of 40).
registerCues(POSSESSED_CLAIM, [new Set(CLAIM_NOUNS), new Set(['that'])]);

// NAME's STANCE-NOUN of/for/on … — "Clinton’s comments Tuesday on the shooting", "Trump’s latest effort to bounce
// back", "Mr. Obama's announcement in 2014 of his regulations": a position put forward, named by a noun.
const STANCE_NOUNS = ['criticism', 'support', 'opposition', 'praise', 'attacks?', 'comments?', 'remarks?', 'calls?', 'push', 'effort', 'efforts', 'refusal', 'decision', 'proposal', 'demand', 'announcement', 'endorsement', 'defense', 'condemnation', 'denunciation', 'embrace', 'rejection', 'dismissal', 'adulation'];
export const POSSESSED_STANCE = new RegExp(`(?:^|[\\s,;(])([\\p{Lu}][\\p{L}\\p{M}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{M}.'’-]*){0,3})[’']s\\s+(?:(?:repeated|earlier|latest|own|new|initial|public|private|recent|continued|\\p{Ll}+ly)\\s+)?(${STANCE_NOUNS.join('|')})(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|in\\s+\\d{4}))?\\s+(?:(of|for|on|about|against)\\s+|(?=to\\s+\\p{Ll}))`, 'gu');
// The stance noun stands between spaces in every match ("attacks?" both forms).
registerCues(POSSESSED_STANCE, [new Set(STANCE_NOUNS.flatMap((w) => (w.endsWith('s?') ? [w.slice(0, -2), w.slice(0, -1)] : [w])))]);

// SUBJECT (aux) VERB to … — "Trump refuses to release his tax returns", "Mr. Clarke planned to revitalize …".
// Speech acts and stated wishes; a plan or an aim ("plans to visit", "intends to", "seeks to") is no statement.
const INTENTION_VERBS = 'wants?|wanted|hopes?|hoped|refuses?|refused|pledged?|pledges|promised?|promises|vow(?:s|ed)?|threaten(?:s|ed)?|agreed?|agrees|declined?|declines|offers?|offered|proposed?|proposes|insists?|insisted';
/** A verb of intention taking "to …" ("refuses to release", "plans to visit"). */
export const INTENTION_VERB = new RegExp(`^(?:${INTENTION_VERBS})$`);
export const INTENTION = subjectThen(
  `also|has|have|had|would|will|later|again|now|still|even|then|long|never|${ADVERB_LY}|${CATENATIVE}`,
  `\\s+(${INTENTION_VERBS})\\s+((?:(?:him|her|them|us|[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,2})\\s+)?to\\s+\\p{Ll})`,
  'gu',
);

const STANCE_ADVERBS = `${CATENATIVE}|also|further|often|all|both|did|does|do|not|(?:did|does|do|is|was|are|were|has|have|had|would|could|should)n[’']t|won[’']t|can[’']t|has|have|had|is|was|are|were|has\\s+been|have\\s+been|would|will|later|again|now|still|even|then|long|never|just|once|${ADVERB_LY}`;

// SUBJECT (aux) STANCE-VERB OBJECT — "Clinton cited derogatory comments …", "Donald Trump is defending his tweets".
export const STANCE = subjectThen(STANCE_ADVERBS, `\\s+(${STANCE_VERB_PATTERN})\\s+()(?=[\\p{L}\\d“"$])`, 'gu');

// A stance verb right before an opening mark: `Trump attacked “…`.
export const STANCE_BEFORE_QUOTE = new RegExp(`(?:^|\\s)(${STANCE_VERB_PATTERN})\\s*[,:]?\\s*$`, 'u');
/** The last words of the stance forms: STANCE_BEFORE_QUOTE's text ends with one, a colon or a comma after it at most. */
const STANCE_LAST_WORDS: ReadonlySet<string> = new Set([...STANCE_VERBS].map((form) => form.split(' ').at(-1)!));

/** STANCE_BEFORE_QUOTE's match in `before`, scanned only when its last word (before one comma or colon) ends a stance form. */
export function stanceBeforeQuote(before: string): RegExpExecArray | null {
  let end = before.length;
  while (end > 0 && BLANK.test(before[end - 1])) end--;
  if (before[end - 1] === ',' || before[end - 1] === ':') end--;
  while (end > 0 && BLANK.test(before[end - 1])) end--;
  let start = end;
  while (start > 0 && !BLANK.test(before[start - 1])) start--;
  return STANCE_LAST_WORDS.has(before.slice(start, end)) ? STANCE_BEFORE_QUOTE.exec(before) : null;
}
export const SPEECH_VERB_WORD = new RegExp(`\\b(?:${VERB})\\b`, 'u');

/** A phrasal verb's particle right after a naming verb: "called off the meeting … citing the North's “hostility”" cancels
 * it and names nothing (clause.called, clause.long-subject-naming, clause.naming-participle; kept out of NAMING_COMPLEMENT,
 * whose reviewed regexes stay as they are). */
export const PHRASAL_PARTICLE = /^(?:off|up|back|in)\s/;

/** Words that may stand between "called" and a purpose infinitive besides a name: the person as a pronoun, a time. */
const CALLED_PERSON_OR_TIME = new Set(['him', 'her', 'them', 'me', 'us', 'last', 'this', 'late', 'early', 'night', 'morning', 'afternoon', 'evening', 'week', 'weekend', 'again', 'personally', 'today', 'yesterday']);

/** Whether the words after "called" are a person (a name or a pronoun, with a time) and then an infinitive of purpose
 * ("Mr Trump to tell him the tariffs were illegal"): a call, not a naming ("called it a mistake to withdraw" names). */
export function callsForPurpose(rest: string): boolean {
  const head = rest.slice(0, 100);
  const to = head.search(/\sto\s+\p{Ll}/u);
  if (to <= 0) return false;
  // ("called on Iran to stop …" demands: "on" is no time unless a day follows it, "called him on Monday to urge …".)
  const words = head.slice(0, to).trim().replace(/\bon\s+(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/g, '').split(/\s+/);
  return words.length <= 6 && words.every((w) => /^\p{Lu}[\p{L}.’'-]*$/u.test(w) || CALLED_PERSON_OR_TIME.has(w)) && words.some((w) => /^\p{Lu}/u.test(w) || /^(?:him|her|them|me|us)$/.test(w));
}

/** What follows a naming verb when it names ("called it a “puppet regime”", "called the charges unsubstantiated"): quoted
 * words within the clause, or an object that is no article, time or particle and then "a"/"an" or an adjective of
 * judgement (not "called a press conference", "called for talks", "called him on Monday", "called the office a day
 * later": a time or a quantity after "a" is when, not what). A lookahead's body. */
export const NAMING_COMPLEMENT = '(?:[^.;“”"\\x27]|\\x27(?!\\x27)|\\.(?=\\s*\\p{L})){1,80}(?:[“"]|\\x27\\x27)|(?!(?:a|an|for|on|in|off|up|out|back|it\\s+quits|him|them|me|us|to|at|by|from|with|about|over|into)\\s)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)[^.;:,“”"—–]{2,80}?\\san?\\s+(?!(?:day|week|month|year|hour|minute|second|few|number|total|lot|couple|bit|little|while|time|moment)\\b)\\p{Ll}|(?!(?:a|an|for|on|in|off|up|out|back|to|at|by|from|with|about|over|into)\\s)[^.;:,“”"]{2,60}?\\s(?:unsubstantiated|outrageous|ridiculous|absurd|false|dangerous|disgraceful|unacceptable|irresponsible|reckless|racist|sexist|unfair|illegal|wrong|baseless|fabricated|misleading|shameful|despicable|deplorable|offensive|inappropriate|unfit|unqualified)\\b';
// "Clinton called Wells Fargo’s behavior “outrageous”": naming something in quoted words is a stance too (but not
// "called a press conference": the words must be quoted).
// …or an object and what it is called, unquoted: "Clinton called her vote in favor of the Iraq War a mistake", "The
// campaign called the charges unsubstantiated" — an object that is no article, time or particle, then "a"/"an" or an
// adjective of judgement.
export const CALLED_QUOTED = subjectThen(
  `also|has|have|had|is|was|would|later|again|now|once|even|then|${ADVERB_LY}`,
  '\\s+(called|calls|calling|dubbed|dubs|labeled|labelled|labels|branded|brands|painted|paints|painting|portrayed|portrays|portraying|cast|casts|casting|see|sees|saw|view|views|viewed|regard|regards|regarded)\\s+()(?=' + NAMING_COMPLEMENT + ')',
  'gu',
);

/** What follows a verb of describing when it describes something as something: an object that opens with no preposition,
 * then "as" within the clause ("the sanctions as “economic terrorism”"; not "in a filing as …"). A lookahead's body. */
export const AS_COMPLEMENT = '(?!(?:in|by|at|on|from|to|during|for|with|after|before|as)\\s)[^.;:“”"]{1,80}?\\sas\\s+[^\\s]';
// "May characterized her relationship with Trump as “very good”", "The adviser described the special counsel as a “boy
// scout”": describing something as something is a stance, like calling it so — the object, then "as" within the clause
// (not "described in a filing as": a passive participle's adjunct; not "described the scene": no "as").
export const DESCRIBED_AS = subjectThen(
  `also|has|have|had|would|later|again|now|once|even|then|${ADVERB_LY}`,
  '\\s+(described|describes|characterized|characterised|characterizes|characterises|depicted|depicts)\\s+()(?=' + AS_COMPLEMENT + ')',
  'gu',
);

// "…, citing derogatory comments …": a stance participle after a comma is the sentence subject's.
export const STANCE_PARTICIPLE = new RegExp(`,[”"]?\\s+(?:(?:even|also|then|again|further|apparently|repeatedly)\\s+)?(${STANCE_VERB_PATTERN}|\\p{Ll}{3,}ing(?:\\s+(?:for|on|to|about|against|of|out))?)\\s+(?=[\\p{L}\\d“"$])`, 'gu');

// NAME, who (aux) VERB (that) … — a relative clause attributing to the name before it: "Mr. Kamin, who emphasized that
// …", "McConnell, now the majority leader, who in 2010 said …", "Hillary Clinton — who’s called for …", "the E.U.,
// which contended that …". Group 1 is the gap back to the name, 2 the pronoun, 3 the verb, 4 "that". The gap's spaces
// are read once (a second optional run of spaces beside the first backtracked cubically).
export const RELATIVE = new RegExp(`(\\s*(?:\\([^()]{1,40}\\)\\s*)?(?:,\\s*|\\s[—–]\\s*|(?<=\\s)))(who|which)(?:[’']s)?(?:\\s+(?:${STANCE_ADVERBS}|in\\s+\\d{4}))*\\s+(\\p{Ll}{3,})(?:(?:\\s+\\p{Ll}+ly)?\\s+(?:for|on|to|about|against|of))?(\\s+that)?\\s+(?=[\\p{L}\\d“"$])`, 'gu');

// SUBJECT (aux) VERB (particle) OBJECT for any verb: kept when WordNet files the verb's main sense under communication.
export const SUBJECT_VERB = subjectThen(STANCE_ADVERBS.replace('|has\\s+been|have\\s+been', ''), '\\s+(\\p{Ll}{3,})(?:(?:\\s+\\p{Ll}+ly)?\\s+(?:for|on|to|about|against|with|at|of))?\\s+()(?=[\\p{L}\\d“"$])', 'gu');
/** Communication verbs whose object is a person or a channel, not something put forward ("called Trump on Monday"),
 * a question avoided ("skirted questions about …"), or an act done by authority ("authorized airstrikes", "approved
 * the sale", "nominated Garland", "sentenced Warmbier", "recused himself", "is investigating whether …"), or the
 * source an outlet quotes ("quoted officials as saying": what they said is theirs), a gesture ("bowing to pressure"),
 * an inquiry ("is probing incidents") or a deception ("bamboozled the Joint Chiefs"): no position of the subject's. */
export const NOT_STANCE_VERB = /^(?:authori[sz]e|approve|sanction|decree|nominate|recuse|sentence|investigate|quote|teach|taught|name|call|phone|telephone|contact|email|text|message|page|greet|introduce|sign|wave|nod|gesture|motion|ask|tell|inform|thank|address|interview|consult|meet|visit|invite|answer|reply|respond|read|write|publish|post|order|command|direct|advise|permit|allow|let|excuse|forgive|pardon|bless|swear|pray|skirt|sidestep|evade|bow|probe|bamboozle|deceive|dupe|hoodwink)(?:s|es|ed|d|ing)?$/;
/** Communication verbs that face, file or mark something rather than put a position forward ("faced", "filed"). */
export const NOT_STANCE_STEM = /^(?:fac|fil|mean|issu|record|devot|interrupt|mark|label|flag|list|post|cable|wire|signal|charg)/;
/** The report ends where the reporter's own words begin: a relative or adverbial clause, a participle, a new subject
 * after ", and"/", but" (also after quoted words: "“jobs, jobs, jobs,” but he has …"), or an adjunct saying where and
 * when it was said. A dash does not end it: what follows mostly spells the clause out ("… problems facing families —
 * the high cost of childcare …") — unless a coordinator follows the dash ("new sanctions -- but did not act …": the
 * reporter goes on about the subject). The reporter's description of quoted words ("“…,” a reference to …") ends it too,
 * and so does the middle verb of a list of predicates ("He echoed the view that …, praised the penalties and warned …":
 * a past verb with its own object, before "and" and another past verb, is the subject's next predicate). So do a
 * participle after an adverb ("…, potentially opening the door to …"), ", even as"/", even though", ", and" before a
 * quantified subject ("…, and both the UN Security Council and …") and ", in a message …" (how it was said). */
export const CLAUSE_BOUNDARY = /(?<=,[”"])\s+(?=(?:but|while|although|though|because)\s|\p{Ll}+ing\b|(?:a|an)\s+(?:apparent\s+|veiled\s+|thinly\s+veiled\s+|clear\s+|oblique\s+)?(?:reference|allusion|nod|swipe|jab|dig|shot)\s+(?:to|at)\b)|\s+(?:--|—|–)\s+(?=(?:but|and|while|although|though|yet|even\s+(?:if|though|as(?!\s+(?:soon|early|late|much|many|long|far|well|recently)\b)))\s)|,\s+and\s+(?=(?:when|while|after|if)\s)|\s+―\s+|\s\((?=\p{Ll})|;\s|,\s+(?=(?!indeed\b)\p{Ll}{3,}ed\s+(?:the|a|an|his|her|its|their)\s[^,;:“”"]{1,120}?\s(?:and|or)\s+\p{Ll}{3,}ed\b)|,\s+(?:which|who|whom|whose|while|although|though|because|since|but|as\s+(?:he|she|they|it)\b|even\s+(?:as(?!\s+(?:soon|early|late|much|many|long|far|well|recently)\b)|though)\b|and\s+(?:he|she|they|it|we|I|the\s+\p{Ll}+)\s|and\s+\p{Lu}|and\s+(?:both|all|most|many|some|several|each|neither)\s+(?:of\s+)?the\s|and\s+(?!(?:also|then|later|again|still|even|he|she|they)\s)(?:\p{Ll}+\s+){1,3}(?=(?:said|say|says|told|warned|argued|noted|added|claimed|insisted|complained|contended)\b)|(?!(?:including|something|nothing|anything|everything|morning|evening|thing|things|during)\b)\p{Ll}+ing\b|(?!(?:especially|particularly|notably|mainly|mostly|largely|partly|only|namely|exactly|specifically)\b)\p{Ll}+ly\s+(?!(?:morning|evening|something|nothing|anything|everything|thing|things|regarding|including|concerning|considering|following|excluding|according)\b)\p{Ll}+ing\b)|\s+(?:in\s+(?:a|an)\s+(?:ruling|statement|interview|speech|tweet|letter|post|email|op-ed)|on\s+(?:Twitter|Facebook)|in\s+early-morning)\b|,\s+in\s+(?:a|an)\s+(?:message|note|memo|phone\s+call|telephone\s+call|televised\s+address|video)\b/gu;

/** Where an object or an intention ends ("cited the figure at last week's forum", "has championed gay rights and
 * extended benefits", "refuses to release his returns, yet demands …"): a second verb, an adjunct of time or cause,
 * an appositive or a dash elaborating it ("to protect breaks important to real estate, the bedrock of his business",
 * "… -- most of whom …"), or "as" opening a clause ("condemned the launch as Pyongyang fired …"; "as" before a noun
 * stays: "described Clinton as “a lifetime politician”"). The modal's lookahead goes before its lookbehind, which
 * reads up to 80 characters back: tried first, the lookbehind ran at every position of the clause (17× the time). */
export const OBJECT_BOUNDARY = new RegExp(String.raw`,\s*(?=[“"])|,\s+(?=(?:he|she|they|we|I)\s+\p{Ll})|(?<!\bas\s+(?:much|many|long|soon|far|well|quickly|often))\s(?=as\s+(?:he|she|they|we|I)\s+\p{Ll})|${SECOND_PREDICATE}|,\s+(?:yet|aside|not|meaning|despite)\s|\s+before,|(?=\s+(?:may|might|could|would|will|must|should|can)\s)(?<!\b(?:why|how|whether|what|that|if|who|which|when|where)\b[^,;]{0,80})\s+(?:may|might|could|would|will|must|should|can)\s+(?:be|have|not)\b|,\s+(?:most\s+)?(?:notably|especially|particularly)\b|\s+(?:while|when|whereas|because|since|until|though|although)\s|\s+in\s+the\s+days\b|\s+at\s+(?:last|this|the|a)\s|\s+to\s+help\s|,\s+(?:the|a|an)\s+\p{Ll}|\s+(?:--|—|–|-)\s+|\s+as\s+(?:\p{Lu}[\p{L}.'’-]+|he|she|they|it)\s+\p{Ll}+(?:s|ed)\b`, 'gu');

/**
 * The longest run of blanks OBJECT_BOUNDARY reads whole. Its alternatives open with `\s+`, tried at every unit of a
 * run and each reading the rest of it (16,000 spaces: 1.5 s); a longer run is read as its first MAX_BLANK_RUN units.
 * Past 80 blanks no alternative reads more of a run (the modal's lookbehind looks back 80 units), so matches are the same.
 */
export const MAX_BLANK_RUN = 128;

/**
 * The start of each match of a global pattern in `text` (as an index of `text`), in order, with every run of blanks
 * longer than MAX_BLANK_RUN cut to that length for matching: linear in the text for patterns opening with `\s+`.
 */
export function* cappedRunMatchStarts(pattern: RegExp, text: string): Generator<number> {
  let long = false;
  for (let i = 0, run = 0; i < text.length && !long; i++) {
    run = isBlankUnit(text.charCodeAt(i)) ? run + 1 : 0;
    long = run > MAX_BLANK_RUN;
  }
  // Where each unit of the matched text stands in `text` (only built when a run is cut).
  let read = text;
  let at: number[] | null = null;
  if (long) {
    const units: string[] = [];
    at = [];
    for (let i = 0, run = 0; i < text.length; i++) {
      run = isBlankUnit(text.charCodeAt(i)) ? run + 1 : 0;
      if (run > MAX_BLANK_RUN) continue;
      units.push(text[i]);
      at.push(i);
    }
    read = units.join('');
  }
  pattern.lastIndex = 0;
  for (let b = pattern.exec(read); b; b = pattern.exec(read)) {
    if (b[0] === '') pattern.lastIndex++;
    yield at ? at[b.index] : b.index;
  }
}

export const HEADLINE_COLON = /^([\p{Lu}][^:“”",]{1,40}?):\s+(.{8,})$/u; // "Pence: …", not "In a statement, X said: …"
export const HEADLINE_SAYS_FIRST = /^(?:[^,:“”"]{3,60},\s+)?([\p{Lu}][\p{L}\p{M}.'’-]*(?:\s+[\p{Lu}][\p{L}\p{M}.'’-]*){0,4})\s+(?:Says|Warns|Tells|Urges|Claims|Calls|Slams|Blasts|Rips|Accuses|Praises|Defends|Vows|Questions|Denies|Rejects|Criticizes|Attacks|Admits|Insists|Argues|Seeks|Breaks\s+With|Pledges|Promises|Backs|Endorses|Blames|Mocks|says|warns|tells|urges|claims|calls|slams|blasts|rips|accuses|praises|defends|vows|questions|denies|rejects|criticizes|attacks|admits|insists|argues|seeks|pledges|promises|endorses|blames|mocks)\s+(.{8,})$/u;
export const HEADLINE_SAYS_LAST = /^(.{8,}?),\s+([\p{Lu}][\p{L}\p{M} .'’-]{1,40}?)\s+(?:Says|Said|Warns|Claims)\.?$/u;

/**
 * The quotation marks of text[from, to): curly and guillemet openings less closings, and straight marks (`"` or `''`,
 * a pair of apostrophes read from the left as the pattern /"|''/g reads them). One pass, no copies: the rules ask at
 * every cue and every boundary.
 */
function markCounts(text: string, from: number, to: number): { curly: number; straight: number } {
  let curly = 0;
  let straight = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0xab) curly++;
    // A curly closing mark with no curly one open but a straight one open closes that one: a mismatched pair ('"a priority”').
    else if (c === 0x201d && curly === 0 && straight % 2 === 1) straight++;
    else if (c === 0x201d || c === 0xbb) curly--;
    else if (c === 34) straight++;
    else if (c === 39 && i + 1 < to && text.charCodeAt(i + 1) === 39) {
      straight++;
      i++;
    }
  }
  return { curly, straight };
}

/** An opening mark before `at` is still open there. */
export function insideQuotation(text: string, at: number): boolean {
  // text.slice(0, at)'s end: a negative `at` counts from the text's end.
  const end = at < 0 ? Math.max(0, text.length + at) : Math.min(at, text.length);
  const { curly, straight } = markCounts(text, 0, end);
  return curly > 0 || straight % 2 === 1;
}

/** The text is one quotation from its first character to its end: a direct quote, not reported speech. */
export function isWholeQuote(text: string): boolean {
  const m = /^\s*(?:[“"«]|'')/.exec(text);
  if (!m) return false;
  const close = /[”"»]|''/g;
  close.lastIndex = m[0].length;
  const c = close.exec(text);
  return !c || /^[\s.,;:!?]*$/.test(text.slice(c.index + c[0].length));
}

/**
 * The words before a subject are a direct quote closed by its comma ("“…,” ", "…,” " when the quote began in an earlier
 * sentence), so the subject and verb after it are the quote's inverted frame — not a short quoted word inside a
 * clause ("Despite declaring the upsurge “unacceptable,” Pompeo …"): nothing but space stands before the opening mark.
 */
export function closesQuoteFrame(before: string): boolean {
  const close = QUOTE_CLOSED_AT_END.exec(before);
  if (!close) return false;
  const inside = before.slice(0, close.index);
  const curly = inside.lastIndexOf('“');
  const open = curly >= 0 ? curly : close[0].includes('"') ? inside.lastIndexOf('"') : -1;
  return open < 0 || inside.slice(0, open).trim() === '';
}
const QUOTE_CLOSED_AT_END = /(?:[,!?]\s*[”"]|[”"]\s*,)\s*$/;

/** As many opening as closing marks: the text does not cut a quotation in two. */
export function balancedMarks(text: string): boolean {
  const { curly, straight } = markCounts(text, 0, text.length);
  return curly === 0 && straight % 2 === 0;
}

/** Where a reported clause ends: the sentence end, or before a trailing attribution. */
export function clauseEnd(rest: string): number {
  let end = rest.length;
  const trail = /[.!?]["”’]?\s*$/.exec(rest);
  if (trail) end = trail.index;
  return end;
}

export const INTERJECTIONS = new Set(['Yes', 'No', 'Never', 'Absolutely', 'Thanks', 'Okay', 'OK', 'Right', 'Wow', 'Sure', 'Maybe', 'Exactly', 'Nothing', 'Nobody', 'Please', 'Why', 'What', 'Hello', 'Goodbye', 'Sorry', 'Agreed', 'Done', 'Wrong', 'True', 'False', 'Unbelievable', 'Disgusting', 'Sad', 'Enough']);

/** One capitalised word that is no interjection ("13th,", “Arrogant,”, ''Politicking''): a name or a title, not speech. */
export function isSingleName(text: string): boolean {
  const words = text.replace(/[,.:;!?]+\s*$/, '').split(/\s+/).filter(Boolean);
  return words.length === 1 && /^[\p{Lu}\d]/u.test(words[0]) && !INTERJECTIONS.has(words[0]) && !/[!?]\s*$/.test(text);
}

export const TITLE_SMALL_WORDS = new Set(['of', 'the', 'and', 'on', 'in', 'a', 'an', 'to', 'for', 'at', 'with', 'by', 'from', 'or', 'vs.', 'de', '&', '+']); // "Fox & Friends"

/** Two to eight words, every one but the small ones capitalised: a title or a slogan ("Face the Nation,"). */
export function isTitleLike(text: string): boolean {
  const words = text.replace(/[,.:;]+\s*$/, '').split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 8 || /[?!]\s*$/.test(text) || /^(?:I|I['’]\w+)$/.test(words[0])) return false;
  return /^[\p{Lu}\d]/u.test(words[0]) && words.every((w) => /^[\p{Lu}\d“"(]/u.test(w) || TITLE_SMALL_WORDS.has(w));
}

/**
 * The first `max` matches of a global token pattern in `text`, in order ([...text.matchAll(token)].slice(0, max)
 * without copying the pattern or reading past the last token wanted).
 */
export function firstTokens(text: string, token: RegExp, max: number): RegExpExecArray[] {
  const tokens: RegExpExecArray[] = [];
  token.lastIndex = 0;
  for (let t = tokens.length < max ? token.exec(text) : null; t; t = tokens.length < max ? token.exec(text) : null) {
    tokens.push(t);
    if (t[0] === '') token.lastIndex++;
  }
  token.lastIndex = 0;
  return tokens;
}

/** A run of a text between separators: its units and where it starts (the fields firstTokens' matches are read for). */
export interface TextRun {
  0: string;
  index: number;
}

/**
 * The first `max` runs of units that are neither blank (the class \s) nor one of `separators`, in order: what
 * firstTokens(text, /[^\s…]+/g, max) gives for the pattern excluding those, read without a pattern or match arrays
 * (the clause rules read the first words of every sentence this way).
 */
export function firstRuns(text: string, separators: string, max: number): TextRun[] {
  const runs: TextRun[] = [];
  // An ASCII letter (most units read) is no blank, and no separator when none is one: answered before the list is read.
  const lettersJoin = !/[A-Za-z]/.test(separators);
  // Compared as UTF-16 units: no one-character string per unit read (this runs over the first words of every sentence).
  const separates = (i: number) => {
    const c = text.charCodeAt(i);
    if (lettersJoin && ((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return false;
    if (isBlankUnit(c)) return true;
    for (let k = 0; k < separators.length; k++) if (separators.charCodeAt(k) === c) return true;
    return false;
  };
  for (let i = 0; i < text.length && runs.length < max; ) {
    while (i < text.length && separates(i)) i++;
    let j = i;
    while (j < text.length && !separates(j)) j++;
    if (j > i) runs.push({ 0: text.slice(i, j), index: i });
    i = j;
  }
  return runs;
}

const LETTER = /\p{L}/u;

/** Whitespace-separated words holding a letter (an ASCII letter decides without the pattern, which reads code points). */
export function wordCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; ) {
    while (i < s.length && isBlankUnit(s.charCodeAt(i))) i++;
    let j = i;
    let letter = false;
    let other = false;
    for (; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (isBlankUnit(c)) break;
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letter = true;
      else if (c >= 128) other = true;
    }
    if (j > i && (letter || (other && LETTER.test(s.slice(i, j))))) n++;
    i = j;
  }
  return n;
}

/**
 * The fewest words a report's content needs: a clause three ("declined to comment" is none), an intention two ("to
 * resign"), and a stance's object one or two when they name something — a name or a determined noun ("attacked
 * Machado", "cited the figure"), not a day, a preposition or a bare verb ("delivered Monday", "suggested looking").
 */
export function enoughWords(content: string, stance: boolean): boolean {
  const n = wordCount(content);
  if (/^to\s/.test(content)) return n >= 2;
  if (n >= 3) return true;
  if (!stance || n === 0) return false;
  return /^(?:(?:the|a|an|his|her|their|its|our|this|that|these|those|no)\s+\p{L}|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Tomorrow)\b)\p{Lu})/u.test(content);
}

/** What a declaration brings into being, as its object: "a week of mourning", "a state of emergency", "war", "a truce".
 * (Not what it judges: "declared the process “dead”", "declared victory", "declared his intention to …" put a position forward.) */
const DECLARED_THING = /^(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\p{L}’'-]+\s+){0,4}?(?:emergency|mourning|martial\s+law|cease-?fire|truce|war|independence|caliphate|Islamic\s+state|provisional\s+government|candidacy|freeze|curfew|holiday|moratorium|lockdown|blockade|no-fly\s+zone|bankruptcy)\b/u;
/** An auxiliary or modal between spaces: a finite verb, so a clause. */
export const CLAUSE_VERB = /\s(?:is|are|was|were|will|would|could|can|should|has|had|have|did|does|do|must|may|might)\s/;

/** "declared a week of mourning", "declared a national emergency": declaring a thing into being is an act, no report —
 * unless a clause follows ("declared the war was over"). */
export function declaresThing(cue: string, rest: string): boolean {
  return /^declar(?:e|es|ed|ing)$/i.test(cue) && DECLARED_THING.test(rest) && !CLAUSE_VERB.test(` ${rest.slice(0, clauseEnd(rest))} `);
}
