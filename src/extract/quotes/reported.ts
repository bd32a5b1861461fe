// Quotes: reported speech — "Lavrov said (that) …", "…, the poll found", "according to …", stances, headlines.
import { NO_DEADLINE, type Deadline } from '../deadline.js';
import type { Sentence } from '../segment.js';
import { CLAUSE_TAKING_SPEECH_VERBS, CONTENT_PIECE_NOUNS, OTHER_PIECE_NOUNS, SPEECH_VERBS, STANCE_VERBS } from '../lexicon/speech.js';
import { MANNER_NOUNS, NOT_SOURCE_WH_WORDS, SOURCE_PEOPLE, UNNAMED_PERSON_NOUNS, wordAlternation } from '../lexicon/sources.js';
import { ROLE_NOUNS } from '../lexicon/titles.js';
import { isCommunicationVerb } from '../lexicon/verb-classes.js';
import { namedSubjectOpening } from './nested-report.js';
import { ABBREVIATED_WORD, CLAUSE_VERB, declaresThing, ACCORDING, AS_ATTRIBUTION, PHRASE_CHAR, closesQuoteFrame, BARE_PLURAL_SOURCE, INVERTED_UNNAMED, NEGATED, INVERTED_FINDING, INTENTION_VERB, AMBIGUOUS_NOUN_CUES, CLAUSE_BOUNDARY, COORDINATED, SECOND_PREDICATE_AFTER_OBJECT, FINDING, HEADLINE_COLON, HEADLINE_SAYS_FIRST, HEADLINE_SAYS_LAST, INVERTED, MIDDLE, NOMINAL_SOURCE, NOT_SPEECH_BEFORE, NOT_STANCE_STEM, NOT_STANCE_VERB, OBJECT_BOUNDARY, PARTICIPLE_LEAD, SECOND_PREDICATE_LEAD, REPORTED, balancedMarks, cappedRunMatchStarts, clauseEnd, isBlankUnit, textCueBits, enoughWords, mayMatch, insideQuotation, isWholeQuote, wordCount } from './patterns.js';
import { entityIn, firstFrom, isPerson, participleSubject, sentenceSubject, speakerFromText, subjectBefore } from './speakers.js';
import { CLAIMED_LIVES, CONTENT_NOUN, clauseAttributions, putOutDocumentAt } from './clauses.js';
import { findingSpeaker } from './document-owner.js';
import { issuerOfDocumentSource } from './document-issuer.js';
import { commonNounSubject } from './common-subject.js';
import { quotedAsSpeaker } from './quoted-as.js';
import { invertedUnnamedTrail } from './unnamed-tails.js';
import { BODY_AFTER_CUE, invertedBody } from './body-tails.js';
import { invertedAppositive } from './appositive-tail.js';
import { invertedCommon } from './inverted-common.js';
import { coordinatedSubject } from './coordinated-subject.js';
import { withoutRelativeAside } from './relative-aside.js';
import { withoutDescriptiveAppositive } from './descriptive-appositive.js';
import { withoutProgressiveAuxiliary } from './progressive.js';
import { isNounCue } from './noun-cues.js';
import { withAbsoluteSpeaker } from './with-absolute.js';
import { bodyAntecedent, coordinatedPredicateSubject, IT_SUBJECT } from './predicate-subject.js';
import type { MentionRef, SpeakerRef } from './speakers.js';
import { arbitrate, type Candidate } from './arbitrate.js';
import { FINITE, contentEnd } from './content-ends.js';
import { isNonStatement } from './non-statements.js';
import { writtenPieceClause } from './that-clause.js';
import type { RuleId } from './rules.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar.js';

/** A report: the candidate arbitration kept. */
export type Reported = Candidate;

const MAX_CUES_PER_SENTENCE = 40;
/** A news outlet's name: it "reports" (after another body's name "reports" is more often a noun). */
const NEWS_OUTLET = /\b(?:Post|Times|Journal|News|Network|Press|Herald|Tribune|Magazine|Telegraph|Guardian|Reuters|Politico|CNN|NBC|CBS|ABC|Fox|MSNBC|Bloomberg|Axios)$/;
/** A phrase after the cue that says where, when or of what it was said, not what. */
/** "by" opening an adjunct of means or time, or a gerund, after a speech verb — not the agent of a passive participle. */
/** …after an adverb too: "said by repeatedly calling Kim …, Trump is making …". */
const BY_ADVERB_GERUND = /^by\s+\p{Ll}+ly\s+\p{Ll}+ing\b/u;
const BY_ADJUNCT = /^by\s+(?:(?:tele)?phone|e-?mail|video(?:link)?|text|letter|tweet|satellite|radio|then|now|\p{Ll}+ing|the\s+(?:time|end|middle|beginning|start|close)|(?:early|mid|late)-?\s*\p{Lu}|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d))\b/u;
// (A quantity opening the clause's subject is no adjunct: "said at least 20 people were killed", "said as many as 30,000 …";
// "tweeted at least six times" is one.)
const PREPOSITION = /^(?:at(?!\s+(?:least|most)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens|hundreds|thousands|half|some)\b(?!\s+times\b))|in|on|during|after|before|of|about(?!\s+\d)|with|from|for|to|through|via|under|as(?!\s+(?:many|much|few)\s+as\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens|hundreds|thousands|half)\b)|earlier|later|afterward|afterwards|again|then|(?:several|a\s+few|two|three|four|five|six|many|\d+)\s+(?:days|weeks|months|years)\s+(?:after|before|later|ago)|(?:just\s+|only\s+|mere\s+)?(?:hours|minutes|moments|days|weeks)\s+(?:after|before|later))\b/i;
/** A request's addressee and what they should do: "urged supporters to monitor polling places". */
const REQUEST = /^(?:(?!(?:because|unless|although|though|whereas|until|since)\s)[\p{L}’'-]+\s+){1,8}?(?:not\s+)?to\s+(?!(?:but|and|or|because|if|when|while)\b)[“"]?\p{Ll}/u;
/** A finite verb or modal: no clause starts with one. */
/** A sentence opening with a subordinate clause, and the comma and subject where its main clause begins. */
// (A time may lead a temporal conjunction: "Well over a year after Obama announced …, there still is …".)
const SUBORDINATE_OPENING = /^(?:(?:And|But|Yet|So)\s+)?(?:(?:[\p{L}\d-]+\s+){1,5}?(?:after|before|since|until)|[Ee]ven\s+(?:though|if|as|when)|[Aa]lthough|[Tt]hough|[Ww]hile|[Ww]hen|[Ww]henever|[Ii]f|[Aa]fter|[Bb]ecause|[Ss]ince|[Aa]s|[Oo]nce|[Uu]ntil|[Bb]efore|[Uu]nless|[Ww]hereas)\s/u;
/** Verbs whose object may be a gerund: "suggested looking at the things …", "recommended raising taxes". */
const GERUND_TAKERS = /^(?:suggest|suggests|suggested|suggesting|recommend|recommends|recommended|propose|proposes|proposed|urge|urges|urged|advocate|advocates|advocated|admit|admits|admitted|deny|denies|denied)$/i;
// (Not when a finite verb follows the noun: "said the new adviser would do better" reports a clause about the adviser.)
const INVERTED_SPEAKER = /^(?:one|a|an|another|two|three|several|some|the)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:source|official|aide|adviser|advisor|spokesman|spokeswoman|spokesperson|person|member|lawmaker|staffer|analyst|expert|diplomat)s?\b(?!\s+(?:would|will|is|was|are|were|has|have|had|does|did|do|can|could|should|may|might|must)\b)[^,;:“”"]{0,60}[.!?]?$/u;
/** A closing quotation mark. */
const CLOSING_MARK = /[”"»]|''/;

/**
 * Position `at` lies inside someone's quotation: a mark opened before it closes after it, or the sentence closes none
 * (the quotation runs on into the next sentence). A mark closed before it, even a straight one after a curly opening
 * (“… people," Netanyahu said, suggesting …), leaves it outside.
 */
function quotedAt(text: string, at: number): boolean {
  return insideQuotation(text, at) && (CLOSING_MARK.test(text.slice(at)) || !CLOSING_MARK.test(text));
}

/** Cues whose object is a listener ("…, former director of the CIA, told CNN in an interview that …"): the name after them is no writer. */
const LISTENER_CUE = /^(?:tell|tells|told|telling|inform|informs|informed|assure|assures|assured|warn|warns|warned|urge|urges|urged|brief|briefs|briefed)$/i;
/** A parenthetical between a subject and its cue ("Trump, however, said …"): the cue is not inverted. */
const PARENTHETICAL_BEFORE_CUE = /,\s*(?:however|though|meanwhile|too|also|instead|in\s+turn|for\s+(?:his|her|its|their)\s+part|in\s+a\s+\p{L}+|on\s+\p{L}+|\p{Ll}+ly)\s*,\s*$/u;
/** The writer's name after an inverted cue (", wrote Ms. X." / ", said John Smith, a professor …"). */
const INVERTED_NAME_AFTER_CUE = /^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen)\.\s+)?\p{Lu}[\p{L}\p{M}’'-]*(?:\s+\p{Lu}[\p{L}\p{M}’'-]*){0,3}(?:[.!?]?\s*$|,\s+(?!which\s|that\s)(?:\p{Ll}|\d)|\s(?:in|on|at|during)\s+(?:a|an|the|his|her|their|Twitter)\b)/u;
/** "if", "whether" or "unless" and a short subject right before a cue: a hypothetical ("If he says …"). */
/** A modal perfect before a cue ("would have claimed", "could not have said") or an inverted condition ("had he only
 * insisted"): a counterfactual, no statement made. */
const COUNTERFACTUAL_BEFORE = /\b(?:(?:would|could|might|should)(?:\s+not|n[’']t)?\s+have|[Hh]ad\s+(?:he|she|they|we|I|it)(?:\s+only|\s+just)?)\s+(?:\p{Ll}+ly\s+)?$/u;
const HYPOTHETICAL_SUBJECT = /(?:^|[\s,])(?:[Ii]f|[Ww]hether|[Uu]nless)\s+(?:[\p{L}’'.-]+\s+){1,3}$/u;
/** A negation right before a cue ("isn’t saying", "did not say"). */
const NEGATED_AT_END = new RegExp(`(?:${NEGATED.source})\\s*$`);
// A participle adjunct ("said, while saying he …", "after noting that …") is a report of its own, read from its own cue.
/**
 * The words before a cue are the inverted frame of a direct quote just closed ("“…,” Pompeo declared "): the quote is
 * what was declared, so the words after the cue are an adjunct ("when asked about …", "the day after it won …"), not a
 * second, reported statement — unless "that" or a subject pronoun opens a clause ("“…,” he said he would …").
 */
const QUOTE_FRAME_BEFORE = /((?:[,!?]\s*[”"]|[”"]\s*,))\s+(?:[^\s“”";:,]+\s+){1,6}$/;
function quoteFrameBefore(before: string): boolean {
  const tail = before.slice(-120);
  const frame = QUOTE_FRAME_BEFORE.exec(tail);
  return !!frame && closesQuoteFrame(before.slice(0, before.length - tail.length + frame.index + frame[1].length));
}
/** "continues to press …", "would continue pressing …": the aspect verb before an infinitive or a gerund reports nothing. */
const ASPECT_CONTINUE = /^continu(?:e|es|ed|ing)$/i;
const INFINITIVE_OR_GERUND = /^(?:[“"]\s*)?(?:to\s|\p{Ll}+ing\b)/u;
/** What is added as a quantity of something, not said: "more uncertainty", "fuel to …" (unless a clause follows). */
const ADDED_OBJECT = /^(?:more|much|some|new|further|fuel|weight|momentum|pressure|urgency|(?:his|her|their|its|our)\s+(?:names?|signatures?))\s/;
/** What a maintaining of words holds: a claim ("maintained his innocence"), or a clause after it. Any other object is
 * a thing kept ("have maintained separate lists"), no report. */
const MAINTAINED_CLAIM = /^(?:(?:his|her|their|its|our|my)\s+(?:innocence|position|stance|view|claim|denial|line)s?\b|(?:he|she|they|it|we|I|there)\s)/;
const PREDICATE_AFTER_ATTRIBUTION = /^\s*,\s*(?:will|would|is|was|are|were|has|had|have|could|can|should|may|might|must)\s/;
/** The listener, a few words, then a subject pronoun and its verb (or its contracted auxiliary) opening the clause ("told the forum he was …", "told me he’d …"); a wh-word on the way opens a question, not the clause told ("tell you what they want"). */
const LISTENER_THEN_PRONOUN = /^(?:the\s+|his\s+|her\s+)?(?:(?!(?:what|how|why|where|when|whether|if|which|who|whom)\s)[\p{L}’'-]+\s+){1,4}?(?=(?:he|she|they|we|it|there)(?:[’'](?:d|ll|ve|re|s)\s|\s+(?:was|is|were|are|had|has|have|would|will|could|can|must|should|may|might|did|does|\p{Ll}+ed)\b)|(?:they|we)\s+\p{Ll})/u;
/** Verbs whose object is always the listener, the clause told after it ("assured him the embargo would stay"). */
const TELLING_VERB = /^(?:tell|tells|told|assure|assures|assured|inform|informs|informed)$/;
/** A predicate after a middle attribution: an adverb and a verb, or "that" of a result clause ("so derisive, he said, that …"). */
const PREDICATE_AFTER_MIDDLE = /^(?:(?:often|also|never|still|always|already|now|then|only|even|\p{Ll}+ly)\s+(?:is|are|was|were|has|have|had|could|would|should|will|can|may|might|must|does|did|do|get|gets|got|remain|remains|remained|\p{Ll}+ed|\p{Ll}+s)\b|that\s)/u;
/** A sentence adverb set off by commas, then "that": "argue, though, that …", "said, however, that …". */
const SET_OFF_ADVERB_THEN_THAT = /^(?:though|however|too|also|instead|meanwhile|moreover|furthermore|still|again|then|\p{Ll}+ly),\s+that\s+(?=\p{L})/u;
/** A subject pronoun and a finite verb right after a verb of telling or warning: the clause told opens at once, no
 * listener before it ("warned there was little …", "warned they would …"; "told him he …" has one). */
const CLAUSE_AT_ONCE = /^(?:he|she|they|we|I|it|there)(?:[’'](?:d|ll|ve|re|s)\s|\s+(?:\p{Ll}+ly\s+)?(?:was|is|were|are|had|has|have|would|will|could|can|must|should|may|might|did|does|do|\p{Ll}+ed)\b)/u;
/** An object pronoun as the whole listener, before a clause with a subject of its own ("assured him the embargo would stay"). */
const PRONOUN_LISTENER = /^(?:him|them|me|us|you|her(?=\s+(?:the|a|an|this|these|those|there|it)\s))\s+/;
/** A subject pronoun and a finite verb: a clause already begun ("he has provided …"). */
const PRONOUN_CLAUSE_INSIDE = /\b(?:he|she|they|we|it|there)\s+(?:was|is|were|are|had|has|have|would|will|could|did|does)\s/;
/** Content opening with a subordinate clause ("while he knew …, he did not know …"). */
const SUBORDINATE_CONTENT = /^(?:while|although|though|if|when|because|since|as|once|unless|whereas|even\s+(?:if|though|as|when))\s/i;
/** A sentence opening with a preposition or a subordinator: what follows up to its comma is an adjunct, no clause. */
const FRONTED_ADJUNCT = /^(?:With|Without|In|On|At|For|After|Before|Since|Because|If|When|While|Although|Though|Despite|Given|Amid|Unlike|Like|As|Once|Unless|Until|Whereas)\s/;
/** A clause opening with its own subject and verb ("there’s even less …", "he will …", "the deal would …"). */
const MAIN_CLAUSE_START = /^(?:(?:there|he|she|they|it|we|I)(?:[’'](?:s|d|ll|ve|re))?\s+\p{Ll}|(?:(?:the|a|an|this|that)\s+|(?!(?:the|a|an|this|that|who|which|whose|whom|where|when)\s))\p{Ll}+\s+(?:is|was|are|were|will|would|can|could|has|had|have|may|might|must|should)\s)/u;
const ADJUNCT_START = /^(?:(?:when|while|whenever|after|before)\s+(?:he|she|they|it|we|I)\s|(?:when|while|whenever|after|before|by|without)\s+\p{Ll}+ing\s|(?:shortly|soon|just|right|long|moments|minutes|hours|days|weeks)\s+(?:before|after)\s)/u;
const MAIN_CLAUSE = /,[”"]?\s+(?:(?:he|she|they|it|we|I|there)(?:[’'](?:s|d|ll|ve|re))?\s+\p{Ll}|(?:(?:the|a|an|his|her|their)\s+\p{Ll}+|\p{Ll}{3,}s|[\p{Lu}][\p{L}’'.-]+(?:\s+[\p{Lu}][\p{L}’'.-]+)*)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|is|was|are|were|has|have|had|will|would|can|could|may|might|must|does|did|says|said|took|made|gave|got|went|came|saw|began|became|kept|held|left|felt|thought|told|won|lost|ran|met|sought|found)\b)/u;

/** A comma and what opens a noun phrase or a pronoun subject: the main clause after an opening subordinate one
 * ("When Obama announced that …, few Americans comprehended …": a quantifier opens one too, not an adverb's "most
 * likely" or a relative "some of whom"; a count of people: "…, hundreds of Fatah members paraded"). */
const SUBJECT_AFTER_COMMA = /,[”"]?\s+(?:(?:he|she|they|it|we|I|there|the|a|an|his|her|their|its|this|these|those)\s|(?:few|many|most|some|several|both|no|other|others)\s(?!\p{Ll}+ly\b|of\s+wh)|(?:hundreds|thousands|dozens|scores|millions|tens\s+of\s+thousands)\s+of\s+\p{L}|[\p{Lu}][\p{L}’'.-]+\s+\p{Ll})/u;

/**
 * Where the main clause begins in a content that opens with a subordinate clause of its own ("said that if its oil could
 * not get out of the Gulf, the oil of other Gulf States could be kept off …", "said when they found the body of his
 * cousin, who got married …, they did not recognise him"), or -1: the comma before its subject — a subordinate clause is
 * no content without its main clause, so no comma inside it (a relative clause, a name before ", the …") ends the report.
 * Only when the opening clause holds a finite verb (a clause, not "if elected").
 */
function openingClauseMain(clause: string): number {
  if (!SUBORDINATE_CONTENT.test(clause)) return -1;
  const main = SUBJECT_AFTER_COMMA.exec(clause);
  return main && FINITE.test(clause.slice(0, main.index)) ? main.index : -1;
}

/** A gerund phrase as the clause's subject, its finite verb within a few words: "said legalizing it could put thousands
 * to work", "said selling Trump to Muslims has been a challenge" (not a participle adjunct: "said speaking to reporters"). */
const GERUND_SUBJECT = /^\p{Ll}+ing\s(?:(?!(?:that|and|but|or|who|which|when|while|as|if|he|she|they|we|I)\s)[^\s,.;:“”"]+\s){1,8}?(?:is|was|are|were|has|have|had|will|would|could|can|should|may|might|must)\s/u;
/** A capitalised word and "’s" right before the cue: a possessive ("Trump’s claim"), or a contraction ("He’s said"). */
const POSSESSIVE_END = /(\p{Lu}[\p{L}.-]*)[’']s\s+$/u;
const CONTRACTED_SUBJECTS: ReadonlySet<string> = new Set(['He', 'She', 'It', 'That', 'There', 'What', 'Who', 'Here', 'Where', 'Let']);
const PAST_PARTICIPLE = /^(?:\p{Ll}+ed|said|told|written|thought)$/u;
/** A past verb and what follows a verb, not a noun ("that aired on state TV", "that killed 12"): "that" was a relative pronoun. */
const RELATIVE_PAST_VERB = /^\p{Ll}+ed\s+(?:on|in|at|by|from|with|during|after|before|last|this|the|a|an|his|her|their|its|\d)\b/u;
/** A subordinating conjunction between a cue and a later "that": the "that" belongs to the subordinate clause ("if" may open an embedded question: "asked him if …", so it is not one). */
/** A participle after a comma, on the way to a "that": its own clause may hold that "that". */
const PARTICIPLE_ON_THE_WAY = /,\s+(\p{Ll}+ing)\s/u;
/** Participles of talking, which take no clause ("told reporters, speaking in Brussels, that …"). */
const TALKING = /^(?:speaking|talking|chatting|testifying)$/;
const SUBORDINATOR_ON_THE_WAY = /\s(?:unless|because|although|though|whereas|until)\s/;
/** Cues of a demand on others ("called for the U.S. to help …", "urged Mr. Trump in a letter to avoid tariffs"): their
 * content is the addressee and the infinitive together. */
const DEMAND_CUE = /^(?:not\s+)?(?:call(?:s|ed|ing)?\s+(?:for|on|upon)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|encourag(?:e|es|ed|ing)|implor(?:e|es|ed|ing)|push(?:es|ed|ing)?\s+for|appeal(?:s|ed|ing)?\s+(?:to|for))$/;
/** A boundary that only opens the demanded infinitive: " to help …", or a short adjunct and then it (" in a letter Monday to
 * press …"). ("to" before a determiner or a pronoun is a preposition.) Bounded: linear. */
const DEMANDED_INFINITIVE = /^\s+(?:(?:in|on|at|by|during|with|via|through)\s+(?:[^\s,;:“”"]+\s+){0,5}?)?to\s+(?!(?:the|a|an|his|her|its|their|our|this|that|him|them|us)\s)\p{Ll}{2,}\s/u;
/** The addressee alone before it: a short phrase with no comma, dash or quotation mark. */
const ADDRESSEE_ONLY = /^(?:[^\s,;:“”"—–]+\s+){0,7}[^\s,;:“”"—–]+$/u;
/** A to-infinitive between a listener cue and a later "that" ("urged the president to pursue an agreement that freezes …",
 * "urged Comey to tell the public that …"): the demand is the addressee and the infinitive, and the "that" is the infinitive's
 * (a relative pronoun or its verb's clause), never the cue's. ("to" before a determiner or a pronoun is a preposition:
 * "told a delegation to the talks that …"; "going to" is a future's: "telling us more about what he is not going to do -- that …"; "according to" a source's.) */
const INFINITIVE_ON_THE_WAY = /(?<!\b(?:going|according|due|prior|close|next|thanks|owing))\sto\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|these|those|that|him|them|me|us|reporters|date|no|some|all|any|each|every|both|one|two)\s)\p{Ll}{2,}\s/u;
/** People who speak as an unnamed source ("officials", "a spokesman"), not anyone a plural names ("people", "members"). */
const NESTED_SOURCE_HEADS: ReadonlySet<string> = new Set(SOURCE_PEOPLE.filter((w) => !['people', 'person', 'member', 'members'].includes(w)));
/** A common-noun speaker opening the clause an earlier report's cue puts forward at `clause` (-1: none) is kept only when
 * its phrase's last word is a source's head; elsewhere (first, or after a coordinator: "…, and rights groups warned") any. */
function sourceHeaded(speaker: SpeakerRef | null, clause: number, body: string): SpeakerRef | null {
  if (!speaker || clause < 0 || /\S/.test(body.slice(clause, speaker.start))) return speaker;
  return NESTED_SOURCE_HEADS.has(body.slice(speaker.start, speaker.end).split(/\s+/).pop()!.toLowerCase()) ? speaker : null;
}
/** A finite verb of saying, a subject and a verb of saying or holding a view before the "that" a cue's adjunct leads to
 * ("reporting from Moscow, says officials maintain that …"): the "that" is the second verb's, a report of its own, not
 * this cue's ("writing in Proceso, says that …", "reporting from Amman, tells Weekend Edition that …" are one report). */
const FINITE_CUE_ON_THE_WAY = /\s(?:said|says|say|told|tells)\s+(?:[^\s,;:“”"]+\s+){1,4}?(?:say|says|said|maintain|maintains|maintained|insist|insists|insisted|claim|claims|claimed|contend|contends|contended|argue|argues|argued|believe|believes|believed)\s+that\s+$/;
const FINITE_START = /^(?:is|are|was|were|has|have|had|could|would|should|will|can|may|might|must|does|did)\b/;
/** A predicate opening with a full verb after a relative pronoun and a cue ("which Trump said infused billions …", "a
 * note that authorities say contained references …", "a summary that he says summarizes …"): a past form, or an -s form
 * before its object or "to" (not a plural noun subject, "which he said prices …"). With FINITE_START, the relative's gap is
 * the clause's subject. */
/** An -ed form modifying the noun after it, the clause's subject, before its verb: "armed men were …" (no gap). */
const PARTICIPLE_MODIFIER = /^\p{Ll}+ed\s+\p{Ll}+\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|do|does|\p{Ll}+ed)\b/u;
/** A noun of content before "that": the complementizer, no relative ("claims that he believes unauthorized spying …"). */
const CONTENT_NOUN_THAT = /\b(?:fact|facts|claim|claims|idea|notion|belief|assertion|assertions|news|report|reports|suggestion|suggestions|view|argument|arguments|possibility|hope|hopes|fear|fears|sense|evidence|sign|signs|assurance|assurances|promise|promises|allegation|allegations|charge|charges|accusation|accusations|warning|warnings|concern|concerns|worries|speculation|rumors|theory)\s+that\s+(?:[^\s,;:“”"]+\s+){1,4}$/u;
const GAP_VERB_START = /^(?:(?:also|never|still|always|already|not|\p{Ll}+ly)\s+)?(?:(?!(?:need|speed|seed|bed|feed|creed|greed|breed|deed|red|shed|hundred|sacred|naked|wicked|indeed)\b)\p{Ll}{2,}ed|\p{Ll}+s(?<!ss)(?=\s+(?:the|a|an|his|her|its|their|our|him|them|us|it|to|up|out|no|more|some|all|any)\s))\b/u;

/** What every reported-speech rule reads: one sentence, the body around it, the article's mentions and roles. */
export interface SentenceContext {
  body: string;
  text: string;
  s: Sentence;
  mentions: MentionRef[];
  roles: Map<string, string>;
  /** The sentence's cue-word bits (patterns.ts cueBits), read once for every pattern's prefilter. */
  cues: number;
  /** The article's sentences, for a subject named before this one ("It said …"). */
  sentences: readonly Sentence[];
}

/** The reported-speech rules of one sentence, in the order of the rule table; arbitration decides among them. */
const REPORTED_MATCHERS: ReadonlyArray<(c: SentenceContext) => Candidate[]> = [speechCues, invertedReport, invertedUnnamed, invertedUnnamedTrail, invertedAppositive, invertedCommon, invertedBody, middleReport, (c) => findings(c.text, c.s, c.mentions, c.cues), clauseReports, asAttribution, headlineReport, accordingTo];

/** Where a second report starts inside a report's clause: a named subject with a past or present verb of reporting after
 * a comma ("…, the Wall Street Journal reported"), an inverted one after a closing mark
 * ("… “enemies,” reports The Associated Press"), a coordinated time adjunct ("… and hours after Seoul said"), a time
 * clause holding a report of its own ("… on Wednesday before a spokesman said Thursday that …"), or an
 * absolute "with" phrase of speech ("…, with Mike Pompeo saying"). Bounded runs: linear. */
const SECOND_REPORT = /,\s(?:the\s)?\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){0,4}\s(?:reported|reports|wrote|writes|announced|said|says)\b|\s(?:but|while|whereas|and)\s(?:the\s)?\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){0,4}\s(?:has\s|had\s|also\s)?(?:said|says|reported|reports|insisted|insists|argued|argues|countered|counters|responded|replied)\b|,\s(?:the\s)?(?:\p{Lu}[\p{L}.’'-]*\s){0,3}(?:\p{Ll}+\s)?(?:officials|official|spokesman|spokeswoman|spokesperson|sources|source|diplomats|diplomat|analysts|experts)\s(?:said|say|says|told|added)\b|,[”"]?\s(?:reported|reports|said|says|told|wrote|writes|added|adds)\s(?:the\s)?\p{Lu}|\sand\s(?:just\s|only\s)?(?:hours|days|weeks|months|minutes|moments)\s(?:after|before)\s|\s(?:before|after)\s(?:(?:the|a|an|his|her|its|their)\s)?(?:[\p{L}.’'-]+\s){0,4}?(?:said|says|announced|reported|told|wrote|tweeted)\s|,\swith\s(?=[^,;“”"]{1,80}\s(?:saying|calling|warning|noting|insisting|arguing)\b)/gu;

/** Another source's inverted attribution closing the clause with a common noun ("…, news reports said Tuesday",
 * '…," the paper said', "…, state media reported"): the words before it are that source's, not this report's. */
const COMMON_SECOND_REPORT = /,[”"]?\s(?:the\s)?(?:\p{Ll}+\s)?(?:reports|report|media|paper|newspaper|agency|witnesses|police|authorities)\s(?:said|say|says|told|added|reported)\b/u;
/** A link to a video or a gallery in brackets ("( WATCH: Kerry remarks on Iran nuclear deal)"): a caption, no statement. */
const LINK_CAPTION = /^\(\s*(?:WATCH|VIDEO|PHOTOS?|LISTEN|SEE|READ(?:\s+MORE)?|RELATED)\s*:/;
/**
 * A place is no speaker (the pipeline drops one): "Donna Sampson Rawlings, 59, of Ashton, Md., who watched …, said" —
 * a state ending the words before the cue gives way to the sentence's subject when there is one; else it stays (its
 * quote is kept, with no speaker).
 */
function placeSubjectAside(speaker: SpeakerRef | null, subject: () => SpeakerRef | null, mentions: MentionRef[]): SpeakerRef | null {
  const place = speaker?.entityId && mentions.some((m) => m.entityId === speaker.entityId && m.type === 'Place');
  return (place ? subject() : null) ?? speaker;
}

/** A participle after a comma and what follows: ", saying peshmerga fighters took …". */
const PARTICIPLE_AFTER = /,\s+\p{Ll}+ing\s[\s\S]*$/u;
const WRITING_VERB = /^(?:wrote|writes|write|writing|written|penned|pens|published|publishes|tweeted|tweets|tweet|tweeting|posted|posts|retweeted|retweets)$/;
/** A piece of writing or a post as the only object of a writing or posting verb ("wrote his piece on the website",
 * "tweeted a running commentary on the battle", "tweeted a photo of the wall"): what was written is not said. */
const DOCUMENT_OBJECT = new RegExp(String.raw`^(?:a|an|the|his|her|their|its|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:${[...CONTENT_PIECE_NOUNS, ...OTHER_PIECE_NOUNS].join('|')})s?(?:\s+(?:on|in|for|at|about|to|with|of|from|last|this|earlier)\s[^,;“”"]*)?[.,;]?$`, 'u');

/** A noun phrase with no mark of its own, then a modal and "be"/"have"/"not": a that-less clause's subject and verb.
 * Anchored, one bounded lazy run: linear. */
const NOUN_PHRASE_THEN_MODAL = /^(?:the|a|an|his|her|its|their|this|that|these|those|such)\s[^,;:“”"]{1,80}?\s(?:may|might|could|would|will|must|should|can)\s+(?:be|have|not)\b/u;

/** A spaced dash, as one opening or closing an aside. */
const SPACED_DASHES = /\s(?:--|—|–)\s/g;
/** An object's first words up to a noun and "that" opening its content clause: a subject word after "that" (a determiner,
 * a pronoun, a name, a number or a subordinator — not a verb: "a report that cited no source" is a relative clause). */
const NOUN_THEN_CLAUSE = /^(?:[^\s,;:“”"]+\s+){0,4}?(\p{Ll}+)\s+that\s+(?=(?:the|a|an|his|her|its|their|this|these|those|some|many|most|no|all|if|when|while|because|although|though|once|unless|he|she|it|they|we|I|you|there)\s|\p{Lu}|\d)/u;

/** `dropped` receives the readings dropped as no statement (their subjects still mark the next pronoun's antecedent). */
export function findReported(body: string, sentences: Sentence[], mentions: MentionRef[], roles: Map<string, string>, deadline: Deadline = NO_DEADLINE, dropped: Candidate[] = []): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences) {
    deadline.check('quotes');
    if (LINK_CAPTION.test(s.text)) continue;
    const context: SentenceContext = { body, text: s.text, s, mentions, roles, cues: textCueBits(s.text), sentences };
    const candidates: Candidate[] = [];
    // A reading that puts nothing forward (an act, an aim, a negated cue) is no candidate: it must not block another.
    for (const match of REPORTED_MATCHERS) {
      for (const c of match(context)) {
        if (isNonStatement({ ...c.quote, rule: c.rule }, c.speaker && !c.speaker.entityId && !c.speaker.pronoun ? body.slice(c.speaker.start, c.speaker.end) : null, body)) dropped.push(c);
        else if (!isNounCue(c, body)) candidates.push(c);
      }
    }
    // "…, the statement said": whoever issued the statement the sentence or the two before introduce speaks.
    for (const c of candidates) {
      const issuer = c.speaker ? issuerOfDocumentSource(c.speaker, body, s, sentences, mentions, roles) : null;
      if (issuer?.entityId && !c.quote.speakerId) {
        c.speaker = issuer;
        c.quote.speakerId = issuer.entityId;
      }
    }
    out.push(...arbitrate(candidates, (inner) => mayRelay(inner, body, mentions)));
  }
  return out;
}

/**
 * The kept reports whose subject stands before their attribution, extended back to it once speakers are resolved (a
 * pronoun's antecedent may stand in those words: "Among Inhofe's stated concerns, he has said, is …") — unless another
 * kept quote ends on those words ("attacked other candidates for accepting his personal donations, which he said were
 * …": the stance keeps its object, the relative clause's report its predicate).
 */
export function withSubjects(kept: readonly Candidate[], body: string): void {
  for (const c of kept) {
    const from = c.subjectFrom;
    const q = c.quote;
    // (A report around this one, "Carter said the attacks, which the Kremlin said were …, did not …", holds it whole: no rival.)
    if (from === undefined || from >= q.start || kept.some((o) => o !== c && o.quote.start < q.start && o.quote.end > from && o.quote.end <= q.start)) continue;
    q.text = body.slice(from, q.start) + q.text;
    q.start = from;
  }
}

/** Whose report another may relay: not a country's ("May said Britain believed …" is May speaking for Britain) nor the
 * outer speaker's own body ("Obama says his administration insists …"). */
function mayRelay(inner: Candidate, body: string, mentions: MentionRef[]): boolean {
  const sp = inner.speaker!;
  if (/^(?:his|her|its|their|our|my)\s/i.test(body.slice(sp.start, sp.end))) return false;
  return !sp.entityId || !mentions.some((m) => m.entityId === sp.entityId && m.type === 'Country');
}

/** Listeners the tagger names no entity: the press, a chamber ("told reporters the talks were over", "told MPs the risk …"). */
const LISTENER_WORDS = /^(?:reporters|journalists|lawmakers|legislators|senators|MPs|Congress|Parliament|parliament|the\s+(?:committee|court|jury|panel|paper|newspaper|station|network|agency|broadcaster|audience|crowd|conference))(?=\s)/u;
/** A day right after a listener: "told ABC Sunday …". */
const DAY_AFTER_LISTENER = new RegExp(`^\\s+(?:on\\s+)?(?:${WEEKDAY_NAMES.join('|')}|today|yesterday)(?=\\s)`);
/** A verb of telling with its listener in the cue ("told reporters"): the clause told follows. */
const TOLD_LISTENER_CUE = /^(?:tell|tells|told|telling)\s+\S/i;
/** After a listener: a clause with its own subject and a finite verb within a few words ("the object had been …", "he
 * heard …"); not "to" a request's verb. Bounded: linear. */
const CLAUSE_AFTER_LISTENER = /^\s+(?:(?:the|a|an|his|her|their|its|this|these|those|some|no|[\p{Lu}][\p{L}’'.-]*)\s+(?:(?!that\s)[^\s,;:“”"]+\s+){0,5}?(?:is|are|was|were|will|would|could|can|should|has|had|have|did|does|must|may|might)\s|(?:he|she|they|we|I|it|there)\s+\p{Ll})/u;

/**
 * A named listener right after a verb of telling — a person or body the tagger named (after "the" maybe), or the press
 * or a chamber (LISTENER_WORDS) — followed by the clause told: the length from `at` to the clause, else null. "told the
 * Associated Press the object had been determined to be harmless" reports "the object had been …", no request of the
 * Associated Press.
 */
function namedListenerClause(text: string, at: number, offset: number, mentions: MentionRef[]): number | null {
  const article = /^the\s+/i.exec(text.slice(at))?.[0].length ?? 0;
  const i = firstFrom(mentions, offset + at);
  const m = mentions[i];
  const words = LISTENER_WORDS.exec(text.slice(at));
  const end = m && (m.start === offset + at || m.start === offset + at + article) && (m.type === 'Person' || m.type === 'Organization') ? m.end - offset : words ? at + words[0].length : -1;
  if (end <= at) return null;
  // (A day after the listener is when it was told: "told ABC Sunday the injuries may …".)
  const day = DAY_AFTER_LISTENER.exec(text.slice(end))?.[0].length ?? 0;
  if (!CLAUSE_AFTER_LISTENER.test(text.slice(end + day))) return null;
  let clause = end + day;
  while (/\s/.test(text[clause] ?? '')) clause++;
  return clause - at;
}

/**
 * A relative pronoun and the subject of the cue after it, up to four words: "missiles which Trump says were …", "missiles
 * that the Pentagon said were made in Iran", "rockets which Saudi officials said were fired by …". The pronoun is the
 * object of the report, so the clause after the cue opens with its verb. A free relative keeps one word ("what Trump
 * said was …"): "amounted to what the senators said was …" names a characterisation, not a report of theirs.
 * (Words and spaces alternate: linear.)
 */
const RELATIVE_SUBJECT_BEFORE = /\b(?:(?:which|that|who)\s+(?:[^\s,;:“”"]+\s+){1,4}|what\s+[^\s,;:“”"]+\s+)$/u;

/** What ends a list item after a comma ("fired from Yemen, Iraq and Syria"): another comma or "and"/"or". */
const LIST_ITEM_END = /,|\s(?:and|or)\s/;

/** Whether the comma at `at` goes on with a list: an item of up to 30 characters (no semicolon or colon), then LIST_ITEM_END. */
function listComma(text: string, at: number): boolean {
  const item = text.slice(at + 1, at + 36);
  const end = item.search(LIST_ITEM_END);
  if (!(end > 1 && end <= 31 && !/[;:]/.test(item.slice(0, end)))) return false;
  // A list ends with "and"/"or" before its last item: items separated by commas alone are no list ("spurred, in part, by").
  return item[end] !== ',' || LIST_CONJUNCTION.test(text.slice(at + 1 + end, at + 100));
}
/** "and"/"or" before a list's last item, with no stop before it. */
const LIST_CONJUNCTION = /^[^.;:!?]*?\s(?:and|or)\s/;

/** An auxiliary or a finite form of "be"/"have"/"do": a phrase holding one is a clause, the main clause going on. */
const CLAUSE_FINITE_WORD = /(?:^|\s)(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did)(?:n[’']t)?(?=\s|[.,;:!?]|$)/;

/** Whether the comma at `at` opens a phrase of up to three words with no finite verb that ends the sentence or closes at
 * another comma ("was spurred, in part, by …", "rapid, friction-free trade.", "the prophet, Muhammad."): a parenthesis,
 * an adjective or an apposition inside the clause, not its end. */
function shortPhraseComma(text: string, at: number): boolean {
  const rest = text.slice(at + 1, at + 60);
  const next = rest.search(/[,;:—–]|\.(?:\s|$)/);
  const phrase = (next < 0 ? rest : rest.slice(0, next)).trim();
  if (next < 0 && at + 60 < text.length) return false;
  return phrase.length > 0 && phrase.split(/\s+/).length <= 3 && !CLAUSE_FINITE_WORD.test(phrase);
}

/** What may close a relative clause set off by commas or dashes: a comma (not a thousands separator) or a dash. */
const RELATIVE_CLOSE = /,|\s(?:—|–|--)(?=\s)|—/g;

/** Where a relative clause holding a report ends: its first comma or dash that does not go on with a list (nor sits inside
 * a number, "2,000", or quoted words), else the sentence's end. */
function relativeClauseEnd(text: string, from: number): number {
  let pairClosesAt = -1; // the comma closing a parenthesis skipped at its opening comma ("spurred, in part, by")
  for (const close of text.slice(from).matchAll(RELATIVE_CLOSE)) {
    const at = from + close.index;
    if (at === pairClosesAt) continue;
    if (insideQuotation(text.slice(from), at - from)) continue;
    if (text[at] === ',' && /\d/.test(text[at - 1] ?? '') && /^\d{3}\b/.test(text.slice(at + 1, at + 5))) continue;
    if (text[at] === ',' && listComma(text, at)) continue;
    if (text[at] === ',' && shortPhraseComma(text, at)) {
      const closing = text.indexOf(',', at + 1);
      if (closing >= 0 && closing - at <= 60) pairClosesAt = closing;
      continue;
    }
    return at;
  }
  return text.length;
}

/** reported.speech-cue: "Lavrov said (that) …", "told reporters he …" — a speech verb, its speaker before it, its clause after. */
function speechCues({ body, text, s, mentions, roles, sentences }: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  REPORTED.lastIndex = 0;
  let m: RegExpExecArray | null;
  // Reports may nest, so every cue is tried; a sentence with more cues than any real one ('Putin said ' × 50,000) stops early.
  let cues = 0;
  const starts = new Set<number>();
  while ((m = REPORTED.exec(text)) && cues++ < MAX_CUES_PER_SENTENCE) {
    const cue = m[1];
    if (!SPEECH_VERBS.has(cue.toLowerCase())) continue;
    const before = text.slice(0, m.index);
    // "…the more tangible benefit of, say, a tax cut": "say" set off by commas with no subject before it is "for example".
    if (/^say$/i.test(cue) && /,\s*$/.test(before) && text[m.index + cue.length] === ',') continue;
    // "If he says it has failed …", "whether he believes Iran has adhered …": a condition or a question, not a statement.
    if (HYPOTHETICAL_SUBJECT.test(before.slice(-80))) continue;
    // "the Russians would have claimed that …", "could have said": a modal perfect tells what did not happen.
    if (COUNTERFACTUAL_BEFORE.test(before.slice(-40))) continue;
    // A cue inside someone's quoted words ("“… and said it would have no reason …,” Chung said") is theirs: the quote carries it
    // — unless a name opens its clause there ("“Trump said it was good news …,” the spokesman told"): a nested report.
    const quoted = quotedAt(text, m.index);
    const quotedSubject = quoted ? namedSubjectOpening(body, s.start + m.index, mentions, s.start) : null;
    if (quoted && !quotedSubject) continue;
    // "was told", "is said" are passive; "is claiming", "was saying" are the speaker at it.
    // (A name opening quoted words, "“Trump said …", frames no quote before it.)
    if (!/that/.test(m[2] ?? '') && !quoted && quoteFrameBefore(before) && !/^(?:he|she|they|we|I|it)\s+\p{Ll}/u.test(text.slice(m.index + m[0].length).trimStart())) continue;
    if (ASPECT_CONTINUE.test(cue) && INFINITIVE_OR_GERUND.test(text.slice(m.index + m[0].length).trimStart())) continue;
    if (NOT_SPEECH_BEFORE.test(before) && !(/ing$/i.test(cue) && /(?:\b(?:is|was|are|were|been)|[’']s)\s*$/.test(before))) continue;
    // "Trump’s claim that …": after a name's possessive a cue is a noun (clause.possessed-claim reads it) — unless it is
    // a participle after "’s" = "has" ("Obama’s said that …").
    const possessor = POSSESSIVE_END.exec(before);
    if (possessor && !CONTRACTED_SUBJECTS.has(possessor[1]) && !PAST_PARTICIPLE.test(cue)) continue;
    let contentStart = m.index + m[0].length;
    while (/\s/.test(text[contentStart] ?? '')) contentStart++;
    // "…, wrote Ms. Aydıntaşbaş, in an ECFR analysis …": a cue right after a comma and followed by a name that ends the
    // sentence or takes an appositive or adjunct is an inverted attribution of the words before it; what follows the
    // name is no clause of the cue.
    if (!/that/.test(m[2] ?? '') && !LISTENER_CUE.test(cue) && /,\s*$/.test(before) && !PARENTHETICAL_BEFORE_CUE.test(before) && (INVERTED_NAME_AFTER_CUE.test(text.slice(contentStart)) || BODY_AFTER_CUE.test(text.slice(contentStart)))) continue;
    // "The decisions announced by General el-Sisi place …", "the plan outlined by the ministry": a participle with its
    // agent after it describes the noun before it (a passive); no one's words follow.
    // (Not a means, a time or a gerund: "said by telephone that …", "said by the end of January it was …", "said by
    // killing civilians the terrorists were …".)
    if (!/that/.test(m[2] ?? '') && /^by\s/.test(text.slice(contentStart)) && !BY_ADJUNCT.test(text.slice(contentStart)) && !BY_ADVERB_GERUND.test(text.slice(contentStart))) continue;
    // "The rampage claimed the life of Officer Collier": a disaster claiming lives kills, it says nothing.
    if (/^claim/i.test(cue) && CLAIMED_LIVES.test(text.slice(contentStart))) continue;
    // "…, a senior official said, who declined to be named": a relative about the speaker, no clause of the cue.
    if (/^(?:who|whom|whose)\s/.test(text.slice(contentStart)) && /,\s*$/.test(text.slice(m.index, contentStart))) continue;
    let hasThat = /that\b/.test(m[2] ?? '');
    // "told Fox Business Network’s Maria Bartiromo that …": skip the listener up to "that".
    if (/^(?:tell|tells|told|telling|inform|informs|informed|assured|assure|assures|warned|warn|warns|urged)$/i.test(cue) && !hasThat) {
      // …or up to the subject pronoun opening the clause: "told the forum he was “totally against the war”".
      // (A subject and its verb right after the cue open the clause told, with no listener: "warned there was little that
      // outside pressure could do" — the "that" further on is a relative pronoun inside it.)
      const listenerThat = CLAUSE_AT_ONCE.test(text.slice(contentStart)) ? null : /^(?:[^.;:“”"]|[“"][^“”"]{1,40}[”"]){0,120}?\bthat\s+/.exec(text.slice(contentStart));
      // "warned China not to raise levies but Beijing said it would not swallow any “bitter fruit” that harmed …": a
      // speech verb on the way starts another report; the "that" after it is not this cue's.
      const coordinated = listenerThat ? /\s(?:but|and|while|whereas)\s(.*)$/su.exec(listenerThat[0]) : null;
      // "told Congress he has provided … options … that would give …": a subject pronoun and its verb on the way open
      // the clause; the "that" after them is a relative pronoun inside it.
      const pronounFirst = LISTENER_THEN_PRONOUN.exec(text.slice(contentStart));
      const clauseFirst = !!listenerThat && !!pronounFirst && PRONOUN_CLAUSE_INSIDE.test(listenerThat[0]) && !/\b(?:who|which|whom)\s/.test(listenerThat[0]);
      // "urged lawmakers to vote against the bill unless GOP leaders give a commitment that …": a subordinate clause on the
      // way holds the "that"; it is not this cue's.
      // So does a participle of saying after a comma: "warned North Korea not to conduct a test, saying it will be an act of
      // provocation that …" — the clause and its "that" are the participle's.
      const participle = listenerThat ? PARTICIPLE_ON_THE_WAY.exec(listenerThat[0]) : null;
      const subordinate = !!listenerThat && (SUBORDINATOR_ON_THE_WAY.test(listenerThat[0]) || INFINITIVE_ON_THE_WAY.test(listenerThat[0]) || (!!participle && SPEECH_VERBS.has(participle[1]) && !TALKING.test(participle[1])));
      // "told the Associated Press the object had been …": a named listener, then a clause with its own subject and verb.
      const named = namedListenerClause(text, contentStart, s.start, mentions);
      const namedFirst = named !== null && !!listenerThat && CLAUSE_VERB.test(listenerThat[0].slice(named));
      const that = (CLAUSE_AT_ONCE.test(text.slice(contentStart)) ? { 0: '' } : null) ?? (listenerThat && !clauseFirst && !subordinate && !namedFirst && !(coordinated && coordinated[1].split(/[^\p{L}]+/u).some((w) => SPEECH_VERBS.has(w) && !/ing$/.test(w))) ? listenerThat : null) ?? (pronounFirst && !SUBORDINATOR_ON_THE_WAY.test(pronounFirst[0]) ? pronounFirst : null) ?? (named !== null ? { 0: text.slice(contentStart, contentStart + named) } : null);
      // "urged supporters to monitor polling places": a request is reported as its addressee and what they should do.
      const request = !that && REQUEST.test(text.slice(contentStart));
      if (!that && !(request && /^(?:tell|tells|told|telling|warned|warn|warns|urged)$/i.test(cue))) continue;
      if (that) {
        contentStart += that[0].length;
        hasThat = true;
      }
    } else if (!hasThat && /^(?:ask|asks|asked|urge|urges|call on|calls on|called on|encourage|encourages|encouraged)$/i.test(cue)) {
      if (!REQUEST.test(text.slice(contentStart))) continue;
    } else if (!hasThat && !thatAfterAdjunct(text.slice(contentStart)) && !(/ing$/.test(cue) && PARTICIPLE_LEAD.test(before)) && !/^(?:say|says|said|saying|add|adds|added|claim|claims|claimed|argue|argues|argued|insist|insists|insisted|believe|believes|believed|think|thinks|thought|predicted|predicts|warned|warns|wrote|writes|tweeted|tweets|announced|announces|acknowledged|admitted|suggested|suggests|noted|notes|stressed|stresses|declared|explained|confirmed|denied|conceded|contended|maintained|hoped|feared|estimated|indicated)$/i.test(cue) && !/^(?:he|she|they|it|we|I|there)\s+(?:\p{Ll}+\s+)?\p{Ll}/u.test(text.slice(contentStart)) && !(/^(?:say|says|said|saying)$/i.test(cue) && /^(?:if|whether)\s/.test(text.slice(contentStart))) && !(TOLD_LISTENER_CUE.test(cue) && CLAUSE_AFTER_LISTENER.test(` ${text.slice(contentStart)}`))) {
      // other speech verbs report a bare clause only when a subject pronoun opens it ("asserted she could …"); a
      // participle after a comma reports whatever follows (", emphasizing why …", ", suggesting the debate …")
      continue;
    }
    // "sent a report it labelled …", "the claim that …": after a determiner a cue is a noun.
    // ("declared by tweet that …": after "by" or "via" too, unless a gerund: "began by saying …".)
    if (/\b(?:a|an|the|its|his|her|their)\s+$/i.test(before.slice(-8)) || (/\b(?:by|via)\s+$/.test(before.slice(-5)) && !/ing$/.test(cue))) continue;
    // "added a measure that would …", "added an amendment": adding a thing is an act; "added that …" reports.
    // So is adding more of something ("The move adds more uncertainty to …", "added fuel to the fire").
    if (!hasThat && /^add(?:s|ed|ing)?$/i.test(cue) && (/^(?:a|an|another)\s/.test(text.slice(contentStart)) || ADDED_OBJECT.test(text.slice(contentStart)) && !/\s(?:is|are|was|were|will|would|could|has|had|have)\s/.test(text.slice(contentStart, contentStart + clauseEnd(text.slice(contentStart)))))) continue;
    // "declared a week of mourning", "declared a national emergency": declaring a thing into being is an act;
    // "declared (that) the war was over" reports.
    if (!hasThat && declaresThing(cue, text.slice(contentStart))) continue;
    // "have maintained separate lists": keeping a thing; "maintained (that) the deal was dead", "maintained his innocence" report.
    if (!hasThat && /^maintain(?:s|ed|ing)?$/i.test(cue) && !MAINTAINED_CLAIM.test(text.slice(contentStart)) && !CLAUSE_VERB.test(text.slice(contentStart, contentStart + clauseEnd(text.slice(contentStart))))) continue;
    // "said he told Putin that …": the reported content is what was told.
    const nested = /^(?:he|she|they|I|we)\s+(?:had\s+)?(?:told|said\s+to|assured|warned)\s[^.;“”"]{1,60}?\sthat\s+/.exec(text.slice(contentStart));
    if (nested) contentStart += nested[0].length;
    let rest = text.slice(contentStart);
    // "tweeted that, “For those …”": a that-clause in quotation marks is reported speech quoting the words.
    if (hasThat) {
      const comma = /^,\s*(?=[“"«]|'')/.exec(rest);
      if (comma) {
        contentStart += comma[0].length;
        rest = text.slice(contentStart);
      }
    }
    // A direct quote follows: handled there — unless the clause goes on after it ("he said “budget reforms” and the
    // collection of unpaid taxes would help"), a partial quote inside reported speech.
    if (/^(?:[“"«]|'')/.test(rest) && !hasThat && (/,/.test(m[2] ?? '') || !partialQuoteOpens(rest))) continue;
    // "He noted that, like him, Mrs. Clinton had been …": the clause goes on after the comma.
    if (hasThat && /^,\s+\p{L}/u.test(rest)) {
      contentStart += /^,\s+/.exec(rest)![0].length;
      rest = text.slice(contentStart);
    }
    // "critics argue, though, that …": a sentence adverb set off between the cue and its "that" is no part of the clause.
    const setOff = hasThat ? null : SET_OFF_ADVERB_THEN_THAT.exec(rest);
    if (setOff) {
      contentStart += setOff[0].length;
      rest = text.slice(contentStart);
      hasThat = true;
    }
    // "…, Mr. Bitar notes, than the more circumstantial case …": a comparison's second term is no clause.
    if (/^than\s/.test(rest)) continue;
    // "said no.", "said nothing", "said so" are no clause; "said no decision had been made" is.
    if (/^(?:,|the\s+need\b|(?:no|nothing|yes)\b(?=\s*(?:[.,;:!?]|$|to\b|one\b|more\b|such\b))|nothing\b|so\b|yes\b|it\b\s*[.,]|and\b|but\b|or\b)/iu.test(rest) || (!hasThat && /^\p{Ll}+ing\b/u.test(rest) && !/^(?:during|following|regarding|concerning|including)\b/.test(rest) && !GERUND_TAKERS.test(cue) && !(GERUND_SUBJECT.test(rest) && !/,/.test(m[2] ?? '')))) continue;
    // "…, she said, potentially opening those moves to legal challenge": after a cue set off by commas, an adverb and a
    // participle are the sentence's tail, not a clause of the cue's — the report is the clause before (reported.middle).
    if (!hasThat && /,/.test(m[2] ?? '') && ADVERB_PARTICIPLE.test(rest)) continue;
    // "including strengthening security, adding fire safety precautions and …": a participle that is the next member of
    // a list of participles is no cue.
    if (/ing$/i.test(cue) && /,\s*$/.test(before) && listedParticiples(before.replace(/,\s*$/, ''))) continue;
    // "…, said one GOP source in the room.": the words after the cue are its speaker, not what was said.
    if (!hasThat && INVERTED_SPEAKER.test(rest)) continue;
    // "As for RT's political bent, …" opens the next thing said, not this report.
    if (!hasThat && /^As\s+for\b/.test(rest)) continue;
    // "said when she resigned from the network": an adjunct, unless a main clause follows it ("said when she resigned,
    // she felt betrayed").
    if (!hasThat && ADJUNCT_START.test(rest) && !MAIN_CLAUSE.test(rest.slice(0, clauseEnd(rest)))) continue;
    // "…, the official adds, even as insurgent groups rush in …": after a cue set off by a comma, a subordinate clause with
    // no main clause of its own is an adjunct of the sentence, not what was said.
    // (Not a comparison set off before the cue's "that": "cautioned, as did the campaign itself, that …".)
    if (!hasThat && /,/.test(m[2] ?? '') && SUBORDINATE_CONTENT.test(rest) && !/,\s+that\s/.test(rest) && !MAIN_CLAUSE.test(rest.slice(0, clauseEnd(rest))) && !SUBJECT_AFTER_COMMA.test(rest.slice(0, clauseEnd(rest)))) continue;
    // "Cruz said at the time.", "said of the election": a prepositional phrase is no reported clause.
    if (!hasThat && PREPOSITION.test(rest)) {
      // "The president is also willing, he said, to impose the tariffs … to make it clear that …": an infinitive after a
      // parenthetical cue goes on with the predicate before it (reported.middle); a "that" further on is not the cue's.
      if (/,/.test(m[2] ?? '') && /,[^,]{1,60}$/.test(before) && /^to\s/.test(rest)) continue;
      // "said on “Fox News Sunday,” that …": the clause starts after "that"; "said after the convention he would …":
      // at the subject pronoun after a short phrase.
      // "said via email that, “Of course …” against …": a comma after "that" before quoted words.
      // Not "said Friday as he entered the talks": a conjunction opens an adjunct, not the report.
      // (Not "that" after a preposition, a determiner or a pronoun: "said at that time he did not see …".)
      const that = /^[^.;]{0,100}?(?<!\b(?:at|in|on|by|after|before|for|with|from|of|to|about|like|since|until|during|over|under)\s)\bthat(?:,(?=\s*[“"]))?\s+/.exec(rest) ?? /^(?!(?:as|when|while|after|before|since|because|if|until)\s+(?:he|she|they|we|I|it|there)\s)(?:[^\s,.;“”"]+\s+){1,6}?(?=(?:he|she|they|we|I|it|there)\s+\p{Ll})/u.exec(rest);
      if (!that || SUBORDINATOR_ON_THE_WAY.test(that[0]) || FINITE_CUE_ON_THE_WAY.test(that[0])) continue;
      // "…, they said, under Article 21 … that allows for sanctions": "that" before a verb is a relative pronoun.
      if (FINITE_START.test(text.slice(contentStart + that[0].length))) continue;
      // "said in a documentary that aired on …": after a noun the cue does not take, "that" before a past verb opens a
      // relative clause on that noun.
      if (!/^that\b/.test(that[0]) && RELATIVE_PAST_VERB.test(text.slice(contentStart + that[0].length))) continue;
      contentStart += that[0].length;
      rest = text.slice(contentStart);
    }
    // A clause opening with a verb has lost its subject: "said that was not her view" — there "that" is the
    // subject — or "a provision they say could exclude …", a relative clause around the cue.
    // Kept after a relative pronoun ("which he said were accompanied by …") or a mid-sentence cue ("The test, North
    // Korea said, was its biggest"): there the subject stands before the cue.
    // "The deal, Trump said, is no longer …": the subject opens the sentence before the attribution, so the report is
    // the whole sentence (reported.middle), not the predicate cut from its subject — when that sentence is one clause
    // (no comma after the attribution up to where the words end by content-ends.ts or a concession: "…, North Korea said,
    // was its biggest yet, although …" and "…, Cordesman said, are American advisers …, something the administration has
    // refused to do" are whole sentences to their end; "…, North Korea said, was its biggest, and it …" stays cut here).
    // (So with an adverb before the verb, "Such recommendations, he argued, often get overridden …", and with a result
    // clause of "so …": "Some of the attacks are so derisive, he said, that they have crippled …".)
    if ((FINITE_START.test(rest) || PREDICATE_AFTER_MIDDLE.test(rest)) && /,/.test(m[2] ?? '') && /^[^,]{3,},\s+[^,]+$/.test(before) && !/,/.test(rest.slice(0, middleTailEnd(rest))) && MIDDLE.test(text)) continue;
    // Any other predicate after a cue set off by commas ("The remainder, she has said, were wiped clean …", "Waiting for
    // “consensus,” particularly when …, she adds, is not an option") has its subject before the attribution: the report
    // is the sentence from its start, the attribution inside it, as a middle one's is — never the predicate cut from it.
    // (Not after a relative pronoun, "a movement that, its officials say, has been …": its antecedent is no clause's start.)
    // (Not a "that" after the cue: "…, he says, that his fans will …" goes on with a clause of the cue's own.)
    const subjectBeforeAside = (FINITE_START.test(rest) || PREDICATE_AFTER_MIDDLE.test(rest)) && !/^that\s/.test(rest) && /,/.test(m[2] ?? '') && asideSpeakerBefore(before) && !RELATIVE_BEFORE_ASIDE.test(before);
    if (FINITE_START.test(rest) && !/,/.test(m[2] ?? '') && !RELATIVE_SUBJECT_BEFORE.test(before.slice(-120))) {
      const that = hasThat && /\bthat\s+$/.exec(text.slice(0, contentStart));
      if (!that) continue;
      contentStart = that.index;
      rest = text.slice(contentStart);
    }
    // "said his piece, he is ready …", "said, compared with …": an object or an adjunct, not a clause.
    if (/^(?:his|her|its|their|my|our|your)\s+\p{Ll}+\s*(?:[,.;]|$)/u.test(rest) || (/,/.test(m[2] ?? '') && /^\p{Ll}+ed\b/u.test(rest))) continue;
    if (wordCount(rest.slice(0, clauseEnd(rest))) < 3) continue;
    // "said he told Putin that …" reaches the same clause twice: once is enough.
    if (starts.has(contentStart)) continue;
    // The speaker is read last: most cues fail on the words after them, which are cheaper to read than the words before.
    // The speaker: a name or a pronoun before the cue, an unnamed source, a participle's or the sentence's subject.
    // "…, Pompeo urged North Korea to follow the example of Vietnam, saying …": a participle after a comma is the main
    // clause subject's; the name ending the words before it is an object, so it is read only when no subject is found.
    // So is a gerund after "by", "while" or "without" ("Corbyn ramped up the pressure on the PM by saying …"): the
    // subject does it, not a name in the object.
    // "Reuters quoted Lavrov as saying …": the one quoted speaks, not the outlet quoting him.
    const quotedAs = /^saying$/i.test(cue) ? quotedAsSpeaker(before, s.start, mentions, roles) : null;
    // "…, with local officials saying …": the phrase after "with" is the participle's subject, read on its own.
    const absolute = quotedAs ? null : withAbsoluteSpeaker(before, cue, s.start, (np, at) =>
      coordinatedSubject(np, at, mentions) ?? unnamedSource(np, at, mentions) ?? subjectBefore(np, at, mentions, roles) ?? nominalSource(np, at, mentions) ?? commonNounSubject(np, at, mentions));
    const gerundAdjunct = /ing$/i.test(cue) && !PARTICIPLE_LEAD.test(before) && /\b(?:by|while|without)\s*$/.test(before);
    const participleFirst = quotedAs || absolute ? null : /ing$/i.test(cue) && (PARTICIPLE_LEAD.test(before) || gerundAdjunct) ? participleSubject(text, gerundAdjunct ? before.replace(/\s*$/, ', ') : before, cue, s, mentions, roles) : null;
    // "… and said it might …": a second predicate, the sentence's subject speaks; "It also said …": the body "it" stands for.
    const coordinated = participleFirst || quotedAs || absolute ? undefined : coordinatedPredicateSubject(text, before, s, mentions, sentences);
    // (Not a parenthetical "North Korea, it said, was now …": the clause's subject stands before it, the attribution is a middle one.)
    const itsBody = participleFirst || coordinated !== undefined || !IT_SUBJECT.test(before) || /,\s*[Ii]t\s+$/.test(before) ? null : bodyAntecedent(s, mentions, sentences, s.start + before.length);
    // "Ukraine’s interim government, which met with Mr. Biden, said": the subject is read before its relative clause.
    // (Not before a participle: "…, which broke on partisan lines, Kerry defended the policy, saying …" — its subject is the main clause's.)
    // "Economists are warning that …": a progressive's subject stands before its "be" (progressive.ts).
    // "The Taliban issued a statement saying …": the document's participle is its issuer's, the subject before the verb
    // that put it out (clauses.ts putOutDocumentAt), never the document.
    const issuedAt = putOutDocumentAt(before, cue);
    // "Russia's foreign ministry, an ally of Assad's, released a statement saying …": a descriptive appositive after the
    // subject is skipped, the person in it no speaker (descriptive-appositive.ts).
    const subject = issuedAt > 0 ? { words: before.slice(0, issuedAt), mentions } : /ing$/i.test(cue) ? { words: withoutProgressiveAuxiliary(before, cue), mentions } : withoutRelativeAside(before, s.start, mentions);
    // "Flintoff says Russian officials maintain that …": a cue inside an earlier report's clause has its subject inside
    // that clause — the earlier attribution's words, blanked so that offsets hold, are no part of it.
    // (A participle's subject is the main clause's: participleSubject reads it.)
    const enclosing = /ing$/i.test(cue) ? -1 : Math.max(-1, ...[...starts].filter((at) => at < m!.index));
    const nestedSubject = enclosing < 0 ? subject : { words: ' '.repeat(enclosing) + subject.words.slice(enclosing), mentions: subject.mentions.filter((x) => x.start >= s.start + enclosing) };
    const { words: subjectWords, mentions: subjectMentions } = withoutDescriptiveAppositive(nestedSubject.words, s.start, nestedSubject.mentions);
    // "missiles that Saudi officials said were made in Iran": inside a relative clause the subject follows the pronoun.
    // (After "that" no subject gap is left: "who said they feared that limited U.S. strikes …" has its own subject.)
    const relative = FINITE_START.test(rest) || (!hasThat && GAP_VERB_START.test(rest) && !PARTICIPLE_MODIFIER.test(rest) && !CONTENT_NOUN_THAT.test(subjectWords.slice(-120))) ? RELATIVE_SUBJECT_BEFORE.exec(subjectWords.slice(-120)) : null;
    const relativeClause = relative ? subjectWords.length - relative[0].length + /^\S+\s+/.exec(relative[0])![0].length : null;
    const rule: RuleId = quotedSubject ? 'reported.inside-quote' : quotedAs ? 'reported.quoted-as' : coordinated ? 'reported.coordinated-predicate' : itsBody ? 'reported.body-pronoun' : 'reported.speech-cue';
    // Inside a relative clause the cue's own subject speaks: it is read from the words after the pronoun alone (the words
    // before it belong to the main clause), blanked rather than cut so that offsets hold.
    const relativeWords = relativeClause === null ? null : ' '.repeat(relativeClause) + subjectWords.slice(relativeClause);
    const speaker = quotedSubject ? { start: quotedSubject.start, end: quotedSubject.end, entityId: quotedSubject.entityId } : relativeWords !== null ?
      quotedAs ??
      itsBody ??
      coordinatedSubject(relativeWords, s.start, subjectMentions) ??
      unnamedSource(relativeWords, s.start, subjectMentions) ??
      subjectBefore(relativeWords, s.start, subjectMentions, roles) ??
      commonNounSubject(subjectWords.slice(relativeClause!), s.start + relativeClause!, subjectMentions) :
      quotedAs ??
      absolute ??
      participleFirst ??
      coordinated ??
      itsBody ??
      // "RT and its defenders say …", "Trump and his aides said …": the name speaks, not its people.
      coordinatedSubject(subjectWords, s.start, subjectMentions) ??
      unnamedSource(subjectWords, s.start, subjectMentions) ??
      placeSubjectAside(subjectBefore(subjectWords, s.start, subjectMentions, roles), () => sentenceSubject(text, subjectWords, s, subjectMentions), subjectMentions) ??
      nominalSource(subjectWords, s.start, subjectMentions) ??
      // "Trump unleashed a series of tweets early Friday saying that …": with "that", no comma is needed.
      // …also after "by", "while", "after": "began by saying he would …", "while saying …".
      participleSubject(text, (/^\s+that\b/.test(m[2] ?? '') || /\b(?:by|while|after|before|when|without)\s*$/.test(before)) && !PARTICIPLE_LEAD.test(before) ? before.replace(/\s*$/, ', ') : before, cue, s, mentions, roles) ??
      sentenceSubject(text, before, s, mentions) ??
      // "Police say …", "The Indiana governor said …": a common noun phrase as the subject, an unnamed source (not the
      // words of a first predicate: "Moscow banned imports of Polish fruit and").
      // (Inside an earlier report's clause only a source's head noun makes one — "says Russian officials maintain …", not
      // "adding that the phrase suggests …".)
      (coordinated === null ? null : sourceHeaded(commonNounSubject(subjectWords, s.start, subjectMentions), enclosing < 0 ? -1 : s.start + enclosing, body)) ??
      // (An issuer no reader finds — "Dawa itself, however, issued a statement saying" — leaves the document as the words
      // of an unnamed source, as before.)
      (issuedAt > 0 ? nominalSource(before, s.start, mentions) : null);
    if (!speaker) continue;
    // …unless a news outlet reports: "The New York Post reports that …".
    if (AMBIGUOUS_NOUN_CUES.has(cue.toLowerCase()) && !speaker.pronoun && !isPerson(speaker.entityId, mentions) && !(/^report/.test(cue) && NEWS_OUTLET.test(body.slice(speaker.start, speaker.end)))) continue;
    starts.add(contentStart);
    // "Schneiderman isn’t saying if …": a negated report says so in its cue.
    // A report inside a relative clause ends with it: at the comma closing a clause set off by commas ("the attacks,
    // which the Kremlin said were meant to target terrorists, didn't appear to …").
    const clauseText = relativeClause === null ? text : text.slice(0, relativeClauseEnd(text, contentStart));
    const pushed = out.length;
    pushClauses(out, rule, clauseText, s, contentStart, NEGATED_AT_END.test(before) ? `not ${cue}` : cue, speaker);
    if (subjectBeforeAside && relativeClause === null) withSubjectBefore(out, pushed, s, contentStart, asideSubjectStart(before));
    // "a move that American officials believe is intended to …", "what he claimed was a crisis …": inside a relative
    // clause the cue's content has its subject before the cue, the relative pronoun standing for its antecedent — the
    // report runs from the antecedent's noun phrase (or "what"), the attribution inside it; never the bare predicate.
    else if (relativeClause !== null) {
      const pronoun = subjectWords.length - relative![0].length;
      const found = antecedentStart(subjectWords, pronoun);
      const antecedent = found >= 0 ? found : namedAntecedentStart(subjectWords, pronoun, s.start, subjectMentions);
      // With no antecedent the words give, the predicate alone has lost its subject ("to stop migrants who he said were
      // travelling …"), and a clause not set off on the main clause's subject has no end the words mark ("The immigrant
      // who authorities believe planted bombs … was captured …"): no report is read.
      if (antecedent < 0 || (clauseText.length === text.length && CLAUSE_OPENING.test(subjectWords.slice(0, antecedent)))) out.length = pushed;
      else withSubjectBefore(out, pushed, s, contentStart, antecedent);
    }
    // Another report may follow, or sit inside this one ("Trump said Clinton acknowledged that …" reports both).
    REPORTED.lastIndex = Math.max(REPORTED.lastIndex, contentStart);
  }
  return out;
}

/** An adverb and a participle opening the words after a cue ("potentially opening …"). */
const ADVERB_PARTICIPLE = /^\p{Ll}+ly\s+\p{Ll}{2,}ing\s/u;
/** A speaker's phrase set off by a comma before a cue: ", she has said". */
const ASIDE_SPEAKER_TAIL = /^,[”"]?\s+(?:[^\s,;:“”"]+\s+){1,7}$/u;
/** Whether the words before a cue end with a speaker's phrase set off by a comma after some words of a clause. */
const asideSpeakerBefore = (before: string) => {
  const comma = before.lastIndexOf(',');
  const start = asideSubjectStart(before);
  // (Not a quotation before the attribution: "“Climate change,” he said, is …" is a direct quote's.)
  return comma > 0 && /\S/.test(before.slice(start, comma)) && !/^\s*(?:[“"«]|'')/.test(before.slice(start)) && ASIDE_SPEAKER_TAIL.test(before.slice(comma));
};
/** …after a relative pronoun or a coordinator: "a rebel movement that, its officials say, …", "who works for RT and,
 * Mr. King said, has …". */
const RELATIVE_BEFORE_ASIDE = /\b(?:that|which|who|whom|whose|what|and|but|or)\s*,\s+(?:[^\s,;:“”"]+\s+){1,7}$/u;
/** A determiner or a possessive opening a noun phrase. */
const NP_DETERMINER = /^(?:a|an|the|this|these|those|his|her|its|their|our|my|your|some|any|no|every|each|another|such|both|several|many|[\p{L}.-]+[’']s?)$/iu;
/** A word inside a noun phrase between its determiner and the relative pronoun ("their seven-year-old Gaza border
 * blockade"): no punctuation, no preposition but "of", no conjunction, no pronoun. */
const NP_INNER_WORD = /^(?!(?:to|in|on|at|for|with|from|by|about|against|between|into|over|under|after|before|during|than|as|and|or|but|that|which|who|he|she|it|they|we|I|you|is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might|must|not)$)[\p{L}\d’'-]+$/u;

/** A time noun ending the words before a relative pronoun ("this month, which …"; a bare weekday after a noun is passed over). */
const TIME_HEAD = /\b(?:day|days|week|weeks|weekend|month|months|year|years|time|morning|afternoon|evening|night)\s*,?\s*$/u;
/** A past form: "-ed" or a common irregular past. */
const PAST_FORM = /^(?:\p{Ll}+ed|took|gave|made|sent|got|saw|found|told|said|bought|brought|built|held|kept|left|led|won|lost|met|ran|sold|spent|struck|threw|wrote|began|became|chose|drew|drove|fell|fought|flew|hit|put|set|shot|stood|sought|caught|taught|thought|felt|heard|paid|laid|meant|read|shut|split|spread|swept|understood|withdrew|overtook|undertook)$/u;

/**
 * Where the noun phrase a relative pronoun at `pronoun` stands for begins in `words` ("… to lift their seven-year-old
 * Gaza border blockade, which Israel says would …": at "their"), or the pronoun itself when it is "what"; -1 when no
 * determiner opens the phrase within a few words (a bare noun after a verb: "to stop migrants who he said …") or a "who"
 * follows a comma (its antecedent may be any name before).
 */
function antecedentStart(words: string, pronoun: number): number {
  const after = words.slice(pronoun);
  if (/^what\s/.test(after)) return pronoun;
  // "… its sixth test this month, which Pyongyang claimed was …": a time is no antecedent of the pronoun.
  if (TIME_HEAD.test(words.slice(Math.max(0, pronoun - 24), pronoun))) return -1;
  let end = pronoun;
  while (end > 0 && /\s/.test(words[end - 1])) end--;
  if (words[end - 1] === ',') {
    if (/^who/.test(after)) return -1;
    end--;
  } else if (/[—–]$|--$/.test(words.slice(0, end))) {
    // "the Stuxnet virus — which most observers believe was …": a dash sets the clause off as a comma does.
    end -= words.slice(end - 2, end) === '--' ? 2 : 1;
    while (end > 0 && /\s/.test(words[end - 1])) end--;
  }
  const tokens = [...words.slice(Math.max(0, end - 120), end).matchAll(/\S+/g)];
  const base = Math.max(0, end - 120);
  for (let i = tokens.length - 1, n = 0; i >= 0 && n < 7; i--, n++) {
    const word = tokens[i][0];
    // (the first token read may be cut by the window: not trusted as a phrase's start)
    if (i === 0 && base > 0) return -1;
    if (NP_DETERMINER.test(word) && n > 0) return base + tokens[i].index!;
    // "talking about new trade deals that critics said …": a preposition or a verb opens a bare noun phrase after it, in
    // lower case (a name after it, "a comment about the lobby in Washington that …", often modifies the noun before).
    // (not "of about 245 trucks": before a number the word is an adverb)
    const opensPhrase = NP_PREPOSITION.test(word) && !/^\d/.test(tokens[i + 1]?.[0] ?? '');
    // A past form is a verb, not a modifier, unless right after the determiner ("the alleged plot"): "The rebels fired
    // missiles that …" gives the phrase after it.
    const verbBefore = PAST_FORM.test(word) && !(i > 0 && NP_DETERMINER.test(tokens[i - 1][0]));
    if ((opensPhrase || verbBefore) && n > 0) {
      const phrase = words.slice(base + tokens[i + 1].index!, end);
      return /^[\p{Ll}\d\s’'-]+$/u.test(phrase) && !TIME_HEAD.test(phrase) ? base + tokens[i + 1].index! : -1;
    }
    if (verbBefore || (!NP_INNER_WORD.test(word) && word !== 'of' && !(NP_PREPOSITION.test(word) && n > 0))) return -1;
  }
  return -1;
}

/** The words before the sentence's subject: none, or a coordinator or a sentence adverb. */
const CLAUSE_OPENING = /^\s*(?:(?:But|And|Yet|So|Still|Now|Meanwhile|Instead)\s+)?$/u;
/** A preposition before a bare noun phrase (not "to", also an infinitive's mark, nor "of", inside a phrase). */
const NP_PREPOSITION = /^(?:in|on|at|for|with|from|by|about|against|between|among|into|over|under|after|before|during|without|including|like)$/;

/**
 * Where a name ending right before a relative pronoun begins ("Chinese telecom giant ZTE, which policy experts argue could
 * have been used …": at "ZTE"), the name being the antecedent; -1 when none ends there or it complements a noun before it
 * ("the son of Joe Biden, who …", "Trump's ally, who …": the head noun may be the antecedent).
 */
function namedAntecedentStart(words: string, pronoun: number, offset: number, mentions: readonly MentionRef[]): number {
  let end = pronoun;
  while (end > 0 && /\s/.test(words[end - 1])) end--;
  if (words[end - 1] === ',') end--;
  while (end > 0 && /\s/.test(words[end - 1])) end--;
  const name = mentions.find((m) => m.end - offset === end && m.type !== 'Event');
  // (A name takes a relative set off by a comma, or "who": "from Trump that he said …" names no antecedent.)
  if (!name || !/^,|^\s*,|^\s+who/.test(words.slice(end, pronoun + 4))) return -1;
  return /\b(?:of|for|to|with|by)\s+(?:the\s+)?$/.test(words.slice(Math.max(0, name.start - offset - 12), name.start - offset)) ? -1 : name.start - offset;
}

/** A coordinator or a sentence adverb opening the sentence: no part of the report's subject. */
const OPENING_LINK = /^(?:(?:But|And|Yet|So|Still|Now|Instead|Meanwhile)\b,?\s+)?/u;
/** A clause joined after a comma, its subject up to the attribution's comma: ", while Iran" (", Jon Alterman predicts"). */
const JOINED_CLAUSE = /^,\s+(?:while|whereas|and|but|yet|because|although|though)\s+(?=[^,;:“”"]+$)/u;

/** Where the subject of a predicate after a cue set off by commas begins in the words `before` the cue: the sentence's
 * start (after a coordinator), or a clause's start after "…, while". */
function asideSubjectStart(before: string): number {
  const comma = before.lastIndexOf(',');
  const previous = comma > 0 ? before.lastIndexOf(',', comma - 1) : -1;
  const joined = previous >= 0 ? JOINED_CLAUSE.exec(before.slice(previous, comma)) : null;
  if (joined) return previous + joined[0].length;
  // (…or after a colon or a semicolon: "…, and these cuts were part of their message: Republicans, they claimed, were …")
  const stop = comma > 0 ? Math.max(before.lastIndexOf(':', comma), before.lastIndexOf(';', comma)) : -1;
  if (stop >= 0) return stop + 1 + /^\s*/.exec(before.slice(stop + 1))![0].length;
  return OPENING_LINK.exec(before)![0].length;
}

/**
 * The report read from `contentStart` (pushed into `out` from index `from`) given its subject: the sentence from its start,
 * the attribution set off inside it ("The remainder, she has said, were wiped clean from her server").
 */
function withSubjectBefore(out: Candidate[], from: number, s: Sentence, contentStart: number, lead: number): void {
  for (let i = from; i < out.length; i++) if (out[i].quote.start === s.start + contentStart) out[i] = { ...out[i], subjectFrom: s.start + lead };
}

/** The verbs by which a person heading a clause puts words or a position forward ("Psaki criticized …", "Ghani told …"). */
const HEADED_ATTRIBUTION_VERB = /^(?:said|says|told|tells|criticized|criticised|hailed|praised|condemned|denounced|accused|rejected|warned|insisted|argued|claimed|reiterated|announced|urged|added|noted|declared|stated|vowed|promised|pledged)$/;

/** A clause headed by a person the article names (titles before the name at most) and a verb of saying or of stance
 * ("Ms. Psaki criticized …", "Ghani told citizens …"): that person's own attribution. */
export function opensWithAttribution(clause: string, s: Sentence, mentions: MentionRef[]): boolean {
  for (let i = firstFrom(mentions, s.start); i < mentions.length && mentions[i].start < s.start + 60; i++) {
    const m = mentions[i];
    if (m.type !== 'Person') continue;
    // (Only capitalised title words before the name: "Secretary of Defense Chuck Hagel", "Ms. Psaki".)
    if (!/^(?:(?:\p{Lu}[\p{L}.’'-]*|of)\s+)*$/u.test(clause.slice(0, m.start - s.start))) return false;
    const verb = /^\s+(?:also\s+)?(\p{Ll}+)/u.exec(clause.slice(m.end - s.start))?.[1];
    return !!verb && HEADED_ATTRIBUTION_VERB.test(verb);
  }
  return false;
}

/** reported.inverted: content first, attribution last — "Clinton leads by four points, the poll found." / "…, said Lavrov." */
function invertedReport({ text, s, mentions, roles }: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  // Content first, attribution last: "Clinton leads by four points, the poll found." / "…, said Lavrov."
  // INVERTED's content (twelve characters at least) ends at a comma: a sentence without one there is not scanned.
  const inv = text.indexOf(',', 12) >= 0 ? INVERTED.exec(text) : null;
  const verb = inv ? (inv[3] ?? inv[4]) : '';
  // "The country “has made dramatic changes for the better,” McConnell said": the closing mark after the comma
  // belongs to the content, which quotes the speaker's words inside the reporter's.
  const closing = inv ? (/^,(”|"|'')/.exec(text.slice(inv[1].length))?.[1] ?? '') : '';
  const clause = inv ? inv[1] + (closing ? `,${closing}` : '') : ''; // the body's own characters, in order
  // A participle after the cue is the speaker's next act only if it is one of speech ("…, she said, referencing
  // …"); "…, he said, replacing Clinton would be …" goes on with the content (the attribution in the middle, below).
  const participle = inv ? /,\s+(\p{Ll}+ing)\b/u.exec(inv[0].slice(inv[0].lastIndexOf(inv[3] ?? inv[4]))) : null;
  const speechAfter = !participle || SPEECH_VERBS.has(participle[1]) || STANCE_VERBS.has(participle[1]) || isCommunicationVerb(participle[1]);
  // "…, told Reuters": after a verb of telling comes the listener, never the speaker.
  const listenerFirst = !!inv?.[5] && /^(?:told|tells|tell|telling|informed|informs|assured|assures|warned|warns|urged|urges)$/i.test(verb);
  // "“…,” Saqer al-Joroushi told Egyptian state television, reports Reuters": the clause is an attribution of its
  // own; the outer "reports X" is the channel that relayed it, not a second speaker of the whole sentence.
  const nested = !!inv && QUOTE_THEN_ATTRIBUTION.test(inv[1].slice(-200));
  // "Donald Trump hailed the deal, saying …, reports the Washington Post": a clause headed by its own speaker and verb
  // is that speaker's; the outlet after it is the channel that relayed it (as "according to" is: channel.ts).
  const relayed = !!inv?.[5] && opensWithAttribution(inv[1], s, mentions);
  // "…, while Iran, Alterman predicts, will try to …": a predicate after the attribution's comma is the rest of the clause
  // it interrupts — a middle attribution (reported.speech-cue reads the predicate); the words before are no report.
  const interrupts = !!inv && PREDICATE_AFTER_ATTRIBUTION.test(inv[0].slice(inv[0].lastIndexOf(verb) + verb.length, inv[0].lastIndexOf(verb) + verb.length + 40));
  if (inv && !interrupts && speechAfter && !listenerFirst && !nested && !relayed && SPEECH_VERBS.has(verb.toLowerCase()) && balancedMarks(clause) && !isWholeQuote(clause)) {
    const who = inv[2] ?? inv[5];
    const whoAt = s.start + inv[0].lastIndexOf(who);
    // (The sentence's full stop after a name the cue opens, "…, reports The Wall Street Journal.", is no part of it.)
    const stop = !!inv[5] && /[^.\s]{2}\.$/u.test(who) && inv[0].endsWith(who);
    const speaker = speakerFromText(who, whoAt, mentions, roles, inv[5] ? 'first' : 'last') ?? (stop ? speakerFromText(who.slice(0, -1), whoAt, mentions, roles, 'first') : null);
    // "…, he said, for how the industry can …": a tail that continues the clause belongs to the content.
    const tail = /,\s*(\p{Ll}[^,“”"]*)[.!?]?$/u.exec(inv[0].slice(inv[1].length + 1));
    // …but an appositive ("…, said Sergey Lavrov, the foreign minister") or an adjunct ("…, adding …") does not.
    const continues = !!tail && /^(?:for|to|of|about|because|that|if|so|since|unless|whether)\b/.test(tail[1]);
    const content = (continues ? text.replace(/[\s.!?]+$/, '') : clause).replace(/[\s,;:—–-]+$/, '');
    // "With missile defense having a direct impact …, Engel said, there’s even less of a reason to worry": a fronted
    // adjunct before the attribution and the main clause after it — the report is the clause after (speech-cue reads it).
    const frontedAdjunct = !continues && !!tail && FRONTED_ADJUNCT.test(clause) && MAIN_CLAUSE_START.test(tail[1]);
    if (speaker && wordCount(content) >= 4 && !frontedAdjunct) {
      out.push({
        rule: 'reported.inverted',
        quote: { speakerId: speaker.entityId, text: content, direct: false, start: s.start, end: s.start + content.length, cue: verb.toLowerCase(), sentence: { start: s.start, end: s.end } },
        speaker,
      });
    }
  }
  return out;
}

/** reported.inverted-unnamed: "…, sources said." / "…, a senior official told Reuters." — an unnamed source after the content. */
function invertedUnnamed({ text, s, mentions, cues }: SentenceContext): Candidate[] {
  const tail = mayMatch(INVERTED_UNNAMED, cues) ? INVERTED_UNNAMED.exec(text) : null;
  if (!tail) return [];
  const clause = text.slice(0, tail.index);
  const content = clause.replace(/[\s,;:—–-]+$/, '');
  // Quoted words before the attribution are a direct quote (direct.unnamed-after); a clause is reported.
  if (!balancedMarks(content) || isWholeQuote(content) || /[”"]$/.test(content) || wordCount(content) < 4) return [];
  const at = s.start + tail.index + tail[0].indexOf(tail[1]);
  const owner = mentions.find((m) => m.start >= at && m.end <= at + tail[1].length && (m.type === 'Organization' || m.type === 'Country'));
  return [{
    rule: 'reported.inverted-unnamed',
    quote: { speakerId: null, text: content, direct: false, start: s.start, end: s.start + content.length, cue: tail[2].split(/\s+/)[0].toLowerCase(), sentence: { start: s.start, end: s.end } },
    speaker: { start: at, end: at + tail[1].length, entityId: null, onBehalfOf: owner?.entityId },
  }];
}

/** The last words of a sentence after "…, X said,": the channel or occasion of the attribution, not the report's rest. */
const SOURCE_ADJUNCT_TAIL = /^\s*(?:according\s+to|citing|quoting|quoted\s+by|in\s+(?:an?|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|interview|speech|post|tweet|letter|briefing|address|remarks|e-?mail)(?:\s+(?:with|to|on|at)\s+[^,;:“”"]{1,60})?)[^,;:“”"]{0,60}[.!?]?$/u;

/** After "…, X said,": a concessive clause, the writer's own aside on the report ("…, Mansoor said, though the two …"). */
const CONCESSION_TAIL = /^\s*(?:though|although|even\s+though|whereas)\s/u;

/** reported.middle: the attribution inside the sentence — "He has come up with a model, he said, for how …". */
/** Where a run of blanks and marks (. ! ? , ; : dashes) ending the text begins. */
function trailingMarksFrom(text: string): number {
  let i = text.length;
  while (i > 0 && TRAILING_MARK.test(text[i - 1])) i--;
  return i;
}
const TRAILING_MARK = /^[\s.!?,;:—–-]$/;

/** Where the words after a middle attribution end by the content-end table (a summing-up appositive, a closing
 * attribution, a narrative "as") or at a concession set off by a comma, else their length. */
function middleTailEnd(tail: string): number {
  const ended = contentEnd(tail, (at) => insideQuotation(tail, at));
  // (…and a concession set off after it, as after a closing attribution: "…, was its biggest yet, although analysts …")
  const conceded = CONCESSION_AFTER.exec(tail);
  const at = conceded && !insideQuotation(tail, conceded.index) ? conceded.index : tail.length;
  return Math.min(at, ended.at >= 0 && ended.id !== 'end.colon-quotation' ? ended.at : tail.length);
}
const CONCESSION_AFTER = /,\s+(?:although|though|even\s+though|whereas)\s/;

function middleReport({ text, s, mentions, roles }: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  // The attribution in the middle: "He has come up with a model, he said, for how the industry can …".
  // MIDDLE holds two commas ("…, he said, …"): a sentence with fewer is not tried (most are not).
  const comma = text.indexOf(',');
  if (comma < 0 || text.indexOf(',', comma + 1) < 0) return out;
  const mid = MIDDLE.exec(text);
  if (mid && SPEECH_VERBS.has(mid[3].toLowerCase()) && balancedMarks(text) && !/^(?:[“"«]|'')/.test(mid[1]) && !/^\s*(?:[“"«]|'')/.test(mid[4]) && /^\s*\p{Ll}/u.test(mid[4])) {
    const speaker = speakerFromText(mid[2], s.start + mid[1].length + mid[0].slice(mid[1].length).indexOf(mid[2]), mentions, roles);
    // "…, Shoigu said, according to Tass." names where the attribution was read, not more of the report: the content
    // is the clause before the attribution, as in an inverted report.
    // So is a concessive clause after it ("The affair ended months ago, Mansoor said, though the two remained in contact").
    // A summing-up appositive or another clause end after it is the reporter's: "What's needed in Iraq, Cordesman said,
    // are American advisers …, something the Obama administration has so far refused to do" (content-ends.ts).
    const tailEnd = middleTailEnd(mid[4]);
    // (the sentence's own closing marks and a comma or dash left before the cut, read back from the end: no pattern)
    const whole = text.slice(0, text.length - mid[4].length + tailEnd);
    const content = SOURCE_ADJUNCT_TAIL.test(mid[4]) || CONCESSION_TAIL.test(mid[4]) ? mid[1].replace(/[\s,;:—–-]+$/, '') : whole.slice(0, trailingMarksFrom(whole));
    if (speaker && wordCount(mid[1]) + wordCount(mid[4]) >= 5) {
      out.push({
        rule: 'reported.middle',
        quote: { speakerId: speaker.entityId, text: content, direct: false, start: s.start, end: s.start + content.length, cue: mid[3].toLowerCase(), sentence: { start: s.start, end: s.end } },
        speaker,
      });
    }
  }
  return out;
}

/** The clause-level rules of clauses.ts (that-clauses, intentions, stances …), each cut to its clause. */
function clauseReports({ text, s, mentions, roles, cues }: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  // A clause-level attribution may stand beside a report already found ("Trump is defending his tweets, saying …"),
  // or nest inside one when it is a that-clause ("Trump said Clinton acknowledged that …"): arbitration decides.
  // A question ("What if Clinton secretly authorized the sale …?", "So why doesn’t Obama welcome …?") asks about a
  // position; it states none.
  if (isQuestion(text)) return out;
  for (const clause of clauseAttributions(text, s, mentions, roles, cues)) {
    // A stance inside someone's quoted words ("“I think she knew it was classified”") is the quoted speaker's
    // wording, not the reporter's attribution: the quote carries it.
    if (quotedAt(text, clause.cueAt)) continue;
    if (COUNTERFACTUAL_BEFORE.test(text.slice(Math.max(0, clause.cueAt - 40), clause.cueAt))) continue;
    const found: Candidate[] = [];
    // A claim or stance named by a possessed noun ("He echoed Obama's view that …, and warned of …") heads no
    // predicate: a verb coordinated after its clause is the sentence subject's, never the possessor's.
    const possessed = clause.rule === 'clause.possessed-claim' || clause.rule === 'clause.possessed-stance';
    pushClauses(found, clause.rule, text.slice(0, clause.end), s, clause.contentStart, clause.cue, clause.speaker, possessed ? NO_COORDINATED_PREDICATE : 0, clause.stance, clause.kind !== 'that');
    // An intention or a stance inside a report is the reporter's paraphrase, not an attribution of its own; a claim
    // named as someone's ("refute Trump’s claim that …") is that person's, wherever it stands.
    const nestable = clause.kind === 'that' && (!clause.stance || clause.rule === 'clause.possessed-claim');
    for (const r of found) if (!isActionResponse(r.quote.cue ?? '', r.quote.text)) out.push(nestable ? { ...r, nestable } : r);
  }
  return out;
}

/** More quoted names after a first one: ", an “anchor baby,” “unstable” and “sick.”" (each name bounded; the last may close after the clause's end). */
const NAME_LIST = /^(?:,?\s+(?:and\s+|or\s+)?(?:who\s+(?:is|was|are|were)\s+)?(?:an?\s+|the\s+)?(?:[“"][^“”"]{1,80}(?:[”"]|$)|''[^']{1,80}(?:''|$)))+/;

/** A sentence ending with a question mark, inside its closing quotation mark or not (no regex: a string test). */
const isQuestion = (text: string) => text.trimEnd().replace(/(?:[”"»]|'')$/, '').trimEnd().endsWith('?');

/** Verbs of response: "responded to …", "countered …" are speech only when what answers is words. */
const RESPONSE_VERB = /^(?:respond|responds|responded|react|reacts|reacted|answer|answers|answered|counter|counters|countered|retaliate|retaliates|retaliated|reply|replies|replied|met|meets)$/;
/** …answered "with" or "by" something that is no utterance: "responded to the crisis with a failed military operation". */
const ANSWERED_BY_ACTION = /\s(?:with|by)\s+(?!(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\p{Ll}-]+\s+)?(?:statements?|remarks?|comments?|words?|tweets?|letters?|speech|speeches|press\s+releases?|questions?|criticism|denials?|warnings?|saying|calling|accusing|warning|insisting|noting|arguing|denying|telling|asking|tweeting)\b)/u;

/** A request for comment or an interview as what is (not) answered: "did not respond to a request for comment". */
const COMMENT_REQUEST = /\b(?:requests?|calls?|inquir(?:y|ies)|queries|messages?|e-?mails?)(?:\s+\S+){0,5}?\s+(?:for|seeking|to)\s+(?:comment|be\s+interviewed|an\s+interview)\b/;

/**
 * A response that is an action, not a statement ("Carter responded to the crisis with a failed military operation"),
 * or (not) answering a request for comment: the reporter's note that someone was asked, no words of theirs.
 */
function isActionResponse(cue: string, content: string): boolean {
  if (!RESPONSE_VERB.test(cue.replace(/^not\s+/, '').split(' ')[0])) return false;
  return ANSWERED_BY_ACTION.test(` ${content}`) || COMMENT_REQUEST.test(content);
}

/** What every AS_ATTRIBUTION reading holds, at the sentence's start or after AS_AFTER_BOUNDARY: "as" opening a word. */
const AS_OPENING = /(?:^|[\s,;—–])[Aa]s\s/;
/** A clause boundary an as-clause may follow: a dash, a semicolon or a comma, and maybe "but"/"and"/"yet". */
const AS_AFTER_BOUNDARY = /[—–;,]\s*(?:(?:but|and|yet)\s+)?(?=as\s)/g;

/** A modal or an auxiliary standing for an act in the as-clause: "as he said he would", "as Obama might put it". */
const AS_HYPOTHETICAL = /\s(?:would|might|could|may|will|should|must|shall|did|does|do|if)\b/;

/** reported.as-attribution: "As one adviser pointed out, Hawaii normally does not …". */
function asAttribution({ text, s, mentions, roles }: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  // "As one adviser pointed out, Hawaii normally does not …", "As Mr. Bown observed, …": the clause after the comma is
  // the speaker's.
  // The as-clause may also follow a clause boundary: "… — but as Vox's Alex Ward pointed out recently, there's …".
  // Every reading starts with "as" after the sentence's start, a space or a boundary mark: most sentences have none.
  if (!AS_OPENING.test(text)) return out;
  const starts = [0];
  for (const b of text.matchAll(AS_AFTER_BOUNDARY)) starts.push(b.index + b[0].length);
  for (const from of starts) {
    const as = AS_ATTRIBUTION.exec(text.slice(from));
    if (!as) continue;
    // "As Trump said he would, …", "as Mr. Serling might say": a comparison with an act or an imagined saying, no report.
    if (AS_HYPOTHETICAL.test(as[0].slice(0, as[0].length - as[3].length))) continue;
    const whoAt = s.start + from + as[0].indexOf(as[1]);
    const speaker = speakerFromText(as[1], whoAt, mentions, roles, 'last');
    // "As one White House insider acknowledged, …": an indefinite source is unnamed, not the body its words name (a
    // person's agent, "one of Mr. Obama's advisers", is read as such when quotes are settled: modifier-principal.ts).
    if (/^(?:one|a|an|another|some|several|two|three)\s/i.test(as[1]) && !mentions.some((m) => m.entityId === speaker?.entityId && m.type === 'Person')) continue;
    const contentStart = from + as[0].length - as[3].length;
    if (speaker?.entityId) pushClauses(out, 'reported.as-attribution', text, s, contentStart, as[2].replace(/\s+/g, ' ').toLowerCase(), speaker);
  }
  return out;
}

/** reported.headline-*: "Pence: Gennifer Flowers Won’t Be at Debate", "Obama Says …", "…, Graham Says". */
function headlineReport({ body, text, s, mentions }: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  // Headlines: "Pence: Gennifer Flowers Won’t Be at Debate", "Obama Says Museum Will Tell of …", "…, Graham Says".
  if (isHeadline(body, s)) {
    const colon = HEADLINE_COLON.exec(text);
    const h = colon ?? HEADLINE_SAYS_FIRST.exec(text);
    const last = h ? null : HEADLINE_SAYS_LAST.exec(text);
    const who = h ? h[1] : last?.[2];
    const what = h ? h[2] : last?.[1];
    if (who && what && !isWholeQuote(what)) {
      const at = s.start + text.indexOf(who);
      // A title-case headline is where names are least often recognised: then the person the body names so.
      const speakerId = entityIn(mentions, at, at + who.length) ?? personNamed(who, body, mentions);
      const content = what.replace(/[\s.!?]+$/, '');
      const cs = s.start + text.indexOf(what);
      // The headline's verb: "Pence: …" is ':', "Chris Christie Calls Hillary Clinton ‘A Disgrace’" is "calls".
      const cue = colon ? ':' : h ? (/^\s+(\p{L}+)/u.exec(text.slice(text.indexOf(who) + who.length))?.[1] ?? 'says').toLowerCase() : 'says';
      if (speakerId && wordCount(content) >= 3) {
        out.push({
          rule: colon ? 'reported.headline-colon' : h ? 'reported.headline-says-first' : 'reported.headline-says-last',
          quote: { speakerId, text: content, direct: false, start: cs, end: cs + content.length, cue, sentence: { start: s.start, end: s.end }, ...(isStanceCue(cue) ? { stance: true } : {}) },
          speaker: { start: at, end: at + who.length, entityId: speakerId },
        });
      }
    }
  }
  return out;
}

/** The one person whose mention in the body reads `who` or ends with its last word ("Obama" → Barack Obama). */
function personNamed(who: string, body: string, mentions: MentionRef[]): string | null {
  const last = who.split(/\s+/).pop() ?? '';
  const ids = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'Person') continue;
    const surface = body.slice(m.start, m.end);
    if (surface === who || surface.split(/\s+/).pop() === last) ids.add(m.entityId);
  }
  return ids.size === 1 ? [...ids][0] : null;
}

/** After "according to SOURCE": where the source's listener begins ("who spoke to Al Jazeera", "speaking to CNN"). */
const SOURCE_LISTENER = /\s(?:(?:who|that)\s+(?:spoke|talked|told|briefed)|speaking|talking)\b/;
/** A source that names no one: "two sources", "a senior official", "people familiar with the matter". */
const UNNAMED_SOURCE_PHRASE = /^(?:an?|the|one|two|three|four|several|some|many|other)\s+(?:[\p{L}’'-]+\s+){0,4}?(?:sources?|officials?|people|persons?|diplomats?|aides?|advisers?|analysts?|experts?|spokes(?:man|woman|person))\b/u;
/** An appositive or relative clause right after the source, closed by a comma. */
/** …or one owned by a name and headed by a role noun ("According to Vitaly Churkin, Russia's ambassador to the United
 * Nations, …": a body's or a country's office, no clause of its own). Bounded runs: linear. */
const SOURCE_APPOSITIVE = new RegExp(`^,\\s+(?:(?:who|which|whose|an?|the|one|now|then|also|former)\\s|[\\p{Lu}][\\p{L}.’'-]*(?:\\s[\\p{Lu}][\\p{L}.’'-]*){0,3}[’']s\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:${wordAlternation([...ROLE_NOUNS, ...UNNAMED_PERSON_NOUNS])})\\b)[^,;“”"]{0,120},`, 'u');
/** The start of the source's relative clause after its comma ("…, according to Kevin Freeman, who wrote …"): the sentence
 * goes on about the source, not with the clause it vouches for. */
const SOURCE_RELATIVE_START = /^,\s+(?:who|whose)\s/;
/** …or of its appositive ("…, according to Kevin Freeman, an analyst"), told from a clause going on ("Syria has become,
 * according to the UN, the worst crisis"; "In response, according to Ignatius, the US has decided") by what stands before
 * the source: a whole main clause of four words or more, with a finite verb. */
const SOURCE_APPOSITIVE_START = /^,\s+(?:an?|the|one|former)\s/;
/** A finite verb: a clause of its own, not an appositive. */
const FINITE_WORD = /\s(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|\p{Ll}+ed)\s/u;

/** A name followed by a common noun modifies it ("the American command", "U.S. Census data"): it heads nothing. */
const MODIFIER_OF_NOUN = /^\s+(?!(?:of|for|in|on|at|from|by|with|and|or|who|which|that|released|published|issued|compiled|said|says)\b)\p{Ll}/u;
/** A preposition right before a name: its object, not the head ("a lawsuit filed by Yulia Tymoshenko"). */
const OBJECT_OF_PREPOSITION = /\b(?:of|for|in|on|at|from|by|with|to|about)\s+(?:the\s+)?$/;
/** A source phrase opening with a determiner, a number or a lower-case word describes its source rather than naming it. */
const DESCRIPTION_START = /^(?:\p{Ll}|\d|(?:The|A|An|One|Two|Three|Several|Some|Many|Other|Exit)\s)/u;

/**
 * Whom "according to PHRASE" credits: a person the phrase heads; a body or country it opens with and heads ("the
 * Roper Center for Public Opinion Research", "MSNBC"); or, for a description ("the poll", "figures compiled by the
 * Department of Veterans Affairs", "one senior American official"), no entity — the phrase is an unnamed source,
 * speaking for the body or country it names.
 */
function sourceHead(phrase: string, from: number, mentions: MentionRef[]): { entityId: string | null; described: boolean; onBehalfOf?: string } {
  const inside: MentionRef[] = [];
  for (let i = firstFrom(mentions, from); i < mentions.length && mentions[i].start < from + phrase.length; i++) if (mentions[i].end <= from + phrase.length && mentions[i].type !== 'Event') inside.push(mentions[i]);
  const before = (m: MentionRef) => phrase.slice(0, m.start - from);
  const after = (m: MentionRef) => phrase.slice(m.end - from);
  const person = inside.find((m) => m.type === 'Person' && !OBJECT_OF_PREPOSITION.test(before(m)) && !MODIFIER_OF_NOUN.test(after(m)));
  if (person) return { entityId: person.entityId, described: false };
  let opening = inside.find((m) => /^(?:the\s+|The\s+)?$/.test(before(m)));
  // "U.S. Central Command", "Russia’s Defense Ministry": a name right after the opening one heads the phrase; the country
  // before it is its modifier.
  for (let next = opening && inside[inside.indexOf(opening) + 1]; opening && next && next.type !== 'Person' && /^(?:\s|[’']s\s)$/.test(phrase.slice(opening.end - from, next.start - from)); next = inside[inside.indexOf(next) + 1]) opening = next;
  if (opening && !MODIFIER_OF_NOUN.test(after(opening))) return { entityId: opening.entityId, described: false };
  if (/^(?:him|her|them|it|us|me|this|that)$/i.test(phrase)) return { entityId: null, described: false };
  const body = inside.find((m) => m.type !== 'Person');
  if (DESCRIPTION_START.test(phrase) || opening) return { entityId: null, described: true, onBehalfOf: body?.entityId };
  return { entityId: entityIn(mentions, from, from + phrase.length), described: false };
}

/** Quoted words and their own attribution ("“…,” Macron said"): "according to" names where that attribution was read. */
const QUOTE_THEN_ATTRIBUTION = /[”"],?\s+(?:[\p{L}.’'-]+\s+){0,7}?(?:he|she|[\p{Lu}][\p{L}.’'-]*|[\p{Ll}]+-[\p{Lu}][\p{L}’'-]*)\s+(?:said|says|wrote|writes|told|tells|added|tweeted|stated)\b[^“”"]{0,80}$/u;

/** The first words of an "according to" object that is a measure or a manner, not a source (lexicon/sources.ts). */
const NOT_SOURCE_START = new RegExp(`^(?:(?:${wordAlternation(NOT_SOURCE_WH_WORDS)})|(?:${wordAlternation(MANNER_NOUNS)}))\\b`);

/** An "according to" source up to and with its first comma, semicolon or dot that is no abbreviation's. */
const SOURCE_END = new RegExp(`^${PHRASE_CHAR}*[,.;]`, 'u');
const ABBREVIATION_AT_END = new RegExp(`${ABBREVIATED_WORD}$`, 'u');

/** After "…, according to SOURCE": a relative clause or an appositive about the source, so the clause before it is the report. */
function sourceDescribedAfter(before: string, after: string): boolean {
  if (SOURCE_RELATIVE_START.test(after)) return true;
  const clause = before.replace(/,\s*$/, '');
  // An opening subordinate clause ("While use of the channel is not unique, according to officials, the number …") waits
  // for its main clause: a determiner after the source opens it.
  return SOURCE_APPOSITIVE_START.test(after) && wordCount(clause) >= 4 && FINITE_WORD.test(` ${clause} `) && !SUBORDINATE_OPENING.test(clause);
}

/** A role's words ending with a lower-case noun ("South Korea's national security adviser", "a spokesman for the
 * ministry"), then a comma: what an appositive name after it belongs to. Anchored: linear. */
const ROLE_BEFORE_NAME = /\s\p{Ll}[\p{Ll}-]*$/u;

/**
 * Where an "according to" source ends when a role is followed by its holder's name in apposition ("according to South
 * Korea's national security adviser, Chung Eui-yong, who delivered the invitation"): after the name, which heads the
 * source; else `srcEnd` as it was. `after` is the text after "according to", `from` its body offset.
 */
function appositiveHolder(after: string, srcEnd: number, from: number, mentions: MentionRef[]): number {
  if (after[srcEnd] !== ',' || !ROLE_BEFORE_NAME.test(after.slice(0, srcEnd))) return srcEnd;
  for (let i = firstFrom(mentions, from); i < mentions.length && mentions[i].start < from + srcEnd; i++) if (mentions[i].type === 'Person' && mentions[i].end <= from + srcEnd) return srcEnd;
  const gap = /^,\s*/.exec(after.slice(srcEnd))![0].length;
  const i = firstFrom(mentions, from + srcEnd + gap);
  const name = mentions[i];
  if (!name || name.type !== 'Person' || name.start !== from + srcEnd + gap) return srcEnd;
  const nameEnd = name.end - from;
  const rest = after.slice(nameEnd).trim();
  return rest === '' || rest === '.' || rest.startsWith(',') || rest.startsWith(';') ? nameEnd : srcEnd;
}

/** Words before "according to X:" that hold no clause of their own, only present what follows the colon: "Here’s the
 * end result", "Here are the key sections", "First, the official story" (an ordinal, then a bare noun phrase). */
const PRESENTATIVE_FRAME = /^\s*(?:(?:Here|There)(?:[’']s|\s+(?:is|are|was|were))\s|(?:First|Second|Third|Next|Finally),\s+(?:the|a|an)\s+[^\s,;:]+(?:\s+[^\s,;:]+){0,3},?\s*$)/u;

/** reported.according-to: "According to Scott, …" / "…, according to Scott." */
/** A subordinator opening a clause ("even though there was advanced warning"). */
const SUBORDINATOR_WORD = /(?:^|\s)(?:even\s+though|although|though|because|while|whereas|since)\s+(?=\S)/gi;
/** Where the last subordinate clause inside the words before a source begins (after its subordinator), or 0. (One
 * opening the sentence, "While some consideration was given …, according to X, the decision was …", leaves the source
 * vouching for the whole sentence.) */
function lastSubordinator(words: string): number {
  let at = 0;
  for (const m of words.matchAll(SUBORDINATOR_WORD)) if (!OPENING_WORDS.test(words.slice(0, m.index))) at = m.index + m[0].length;
  return at > 0 && FINITE.test(words.slice(at)) ? at : 0;
}
/** Nothing before a subordinator but a coordinator: the subordinate clause opens the sentence. */
const OPENING_WORDS = /^\s*(?:(?:But|And|Yet|So)\s*)?$/;
/** After the source's closing comma: a coordinated or a relative clause or an "as" clause — the writer's words going on
 * after the clause the source vouches for (not "as well as", which goes on with it; nor a participle, which may go on
 * with the source's account: "…, according to Woodward's book, telling his aides …"). */
const WRITER_TAIL_AFTER_SOURCE = /^\s*(?:and|but|which|who|whose|while|whereas|as(?!\s+well\s+as\b))\s/u;

function accordingTo({ text, s, mentions }: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  ACCORDING.lastIndex = 0;
  const acc = ACCORDING.exec(text);
  if (acc) {
    const after = text.slice(acc.index + acc[0].length);
    // "according to the U.S. Department of Treasury, …": an abbreviation's dot does not end the source.
    let srcEnd = SOURCE_END.exec(after)?.[0].length ?? after.length;
    if (srcEnd < after.length) srcEnd--;
    // "according to my colleague Zack Beauchamp: “…”": a colon ends the source as a comma does.
    const colonAt = after.search(/:\s/);
    if (colonAt >= 0 && colonAt < srcEnd) srcEnd = colonAt;
    // "where -- according to X -- …": a source set off by dashes ends at the closing dash.
    const dashed = acc.index > 0 && /\s(?:--|—|–)\s*$/.test(text.slice(0, acc.index)) ? /\s(?:--|—|–)\s+/.exec(after.slice(0, srcEnd)) : null;
    if (dashed) srcEnd = dashed.index;
    // "according to South Korea's national security adviser, Chung Eui-yong, who …": a role, then the name of its holder
    // set off by commas — the source runs to the end of the name (appositiveHolder).
    if (!dashed) srcEnd = appositiveHolder(after, srcEnd, s.start + acc.index + acc[0].length, mentions);
    // Whom the source spoke to is no source: "according to two sources who spoke to Al Jazeera".
    const listener = SOURCE_LISTENER.exec(after.slice(0, srcEnd));
    const srcFrom = s.start + acc.index + acc[0].length;
    // A source ending the sentence loses the sentence's dot, an abbreviation's kept ("according to the U.S.").
    const ended = after.slice(0, listener?.index ?? srcEnd).trimEnd();
    const phrase = /\.$/.test(ended) && !ABBREVIATION_AT_END.test(ended) ? ended.slice(0, -1).trimEnd() : ended;
    // The object must be a source: "governed according to what would work", "according to plan" attribute nothing.
    if (NOT_SOURCE_START.test(phrase)) return out;
    const head = sourceHead(phrase, srcFrom, mentions);
    const speakerId = head.entityId;
    // An unnamed source keeps its words: "according to two sources", "according to a senior official", "according to
    // the poll", "according to one senior American official" (speaking for the United States, not the country itself).
    // …and a bare plural with its modifiers: "according to Western diplomats" (common-subject.ts reads it as a subject).
    const unnamed = !speakerId && (head.described || UNNAMED_SOURCE_PHRASE.test(phrase) || commonNounSubject(phrase, srcFrom, mentions)) ? phrase : null;
    // The source's appositive or relative clause is not what it says: "According to Saeed, who cited sources in Iraq, …",
    // "According to David Pollock, a fellow at The Washington Institute, the US policy …".
    if (acc.index === 0) {
      const appositive = SOURCE_APPOSITIVE.exec(after.slice(srcEnd));
      if (appositive && !FINITE_WORD.test(appositive[0].replace(/^,\s+(?:who|which|whose)\s+\S+/, ''))) srcEnd += appositive[0].length - 1;
    }
    let contentStart: number;
    let contentEnd: number;
    // "… to stay, but according to one diplomat, he has already stepped down", "reported that, according to a poll,
    // Arab citizens remain opposed": after a conjunction or "that" the source opens the clause that follows it.
    const opensClause = acc.index > 0 && !dashed && /(?:\b(?:but|and|yet|that|while|although|though)|;)\s*,?\s*$/.test(text.slice(Math.max(0, acc.index - 12), acc.index)) && after[srcEnd] === ',';
    if (opensClause) {
      contentStart = acc.index + acc[0].length + srcEnd + 1;
      contentEnd = text.length;
    } else if (dashed) {
      // "… North Korea, where -- according to the World Food Program -- two-thirds of the population struggles …":
      // the source between dashes vouches for what follows the closing dash, not for the sentence before it.
      contentStart = acc.index + acc[0].length + dashed.index + dashed[0].length;
      contentEnd = text.length;
    } else if (acc.index > 0 && after[srcEnd] === ',' && /,\s*$/.test(text.slice(0, acc.index)) && !/[,;:“”"]/.test(text.slice(0, acc.index).replace(/,\s*$/, '')) && wordCount(after.slice(srcEnd + 1)) >= 2 && !sourceDescribedAfter(text.slice(0, acc.index), after.slice(srcEnd))) {
      // "The reason, according to an official statement, was to avoid …", "The move came, according to diplomats, after
      // weeks of talks": a source set off by commas inside the clause vouches for all of it, as a middle "X said" does.
      // After a subordinate clause it vouches for that clause alone ("… even though there was advanced warning, according
      // to five contractors, as well as …, was a dereliction of duty"), and before a coordinated, relative or "as" clause
      // of the writer's (", and police did not release …", ", which first reported …") for the clause before it.
      const words = text.slice(0, acc.index);
      const subordinate = lastSubordinator(words);
      contentStart = subordinate;
      contentEnd = subordinate > 0 || WRITER_TAIL_AFTER_SOURCE.test(after.slice(srcEnd + 1)) ? acc.index : text.length;
    } else if (acc.index > 0 && after[srcEnd] === ':' && PRESENTATIVE_FRAME.test(text.slice(0, acc.index))) {
      // "Here’s the end result, according to my colleague Zack Beauchamp: “…”", "First, the official story, according
      // to South Korean intelligence: Kim Jong Un …": a frame with no clause of its own presents what follows the colon.
      contentStart = acc.index + acc[0].length + srcEnd + 1;
      contentEnd = text.length;
    } else if (acc.index > 0) {
      // "… about why the other side must be wrong - which it often is, according to Scott": the clause after a dash.
      const dash = /^.*\s[-—–―]\s+(?=(?:which|who|and|but)\s)/s.exec(text.slice(0, acc.index));
      // …not a dash opening an aside the next dash closes ("776 airstrikes — and likely far more — in Libya").
      contentStart = dash && !/\s[-—–―]\s/.test(text.slice(dash[0].length, acc.index)) ? dash[0].length : 0;
      contentEnd = acc.index;
    } else {
      contentStart = acc[0].length + srcEnd + 1;
      contentEnd = text.length;
    }
    const raw = text.slice(contentStart, contentEnd);
    const trimmed = raw.replace(/^[\s,]+/, '').replace(/[\s,.;]+$/, '');
    if (wordCount(trimmed) >= 3 && (speakerId || unnamed) && !isWholeQuote(trimmed) && !(QUOTE_THEN_ATTRIBUTION.test(trimmed.slice(-120)))) { // "According to X, “…”" is a direct quote
      const st = s.start + contentStart + raw.indexOf(trimmed);
      out.push({
        rule: 'reported.according-to',
        quote: { speakerId, text: trimmed, direct: false, start: st, end: st + trimmed.length, cue: 'according to', sentence: { start: s.start, end: s.end } },
        speaker: unnamed ? { start: srcFrom, end: srcFrom + unnamed.length, entityId: null, onBehalfOf: head.onBehalfOf } : { start: 0, end: 0, entityId: speakerId },
      });
    }
  }
  return out;
}

/**
 * An unnamed source right before the cue ("a senior official said", "the poll found") is still an attribution, with
 * speaker null — unless a body or a country names whom it speaks for ("a Homeland Security Department official",
 * "a Kremlin spokesman"): then that body.
 */
/** Nouns naming someone unnamed who speaks for a body or a person: "a Pentagon spokesman", "Romney's aides". */
const UNNAMED_HEAD = /\b(?:official|officials|spokesman|spokeswoman|spokesperson|spokespeople|source|sources|aide|aides|adviser|advisers|diplomat|diplomats)\s*$/;
/** A person's name heading their people with no possessive: "McConnell aides", "Trump lawyers" (the name right before). */
export const NAMED_PEOPLE_HEAD = /\s(?:(?:top|senior|chief|longtime|former|campaign|press|deputy)\s+)?(?:aides|advisers|advisors|spokesman|spokeswoman|spokesperson|lawyers|attorneys)\s*$/;
/** An auxiliary or adverb between a subject and its cue: "has said", "also acknowledged". */
const AUXILIARY_AT_END = /\s+(?:has|have|had|also|later|then|again|did|does|do|would|will|could|reportedly|previously|repeatedly|publicly|privately)\s*$/;
const POSSESSED_HEAD = /[’']s\s+(?:(?:top|senior|chief|longtime|former|campaign|press|deputy)\s+)?(?:official|officials|spokesman|spokeswoman|spokesperson|aide|aides|adviser|advisers|lawyer|lawyers|attorney|attorneys)\s*$/;

/**
 * An unnamed source right before the cue — "A Pentagon spokesman said", "a senior State Department official said",
 * "Romney's spokeswoman said" — is the speaker, unnamed (speaker null, its words kept), not the body or the person it
 * speaks for: that one is kept as `onBehalfOf`. A name after the noun ("spokesman Michael Steel said") is no unnamed source.
 */
export function unnamedSource(before: string, offset: number, mentions: MentionRef[]): SpeakerRef | null {
  // "Pagliano's lawyer has said", "McConnell aides also acknowledged": auxiliaries and adverbs before the cue.
  before = before.replace(AUXILIARY_AT_END, '').replace(AUXILIARY_AT_END, '');
  const possessed = POSSESSED_HEAD.exec(before) ?? NAMED_PEOPLE_HEAD.exec(before);
  const owner = possessed && mentions.find((m) => m.end === offset + possessed.index && (m.type === 'Person' || possessed[0].startsWith("'") || possessed[0].startsWith('’')));
  if (owner) return { start: owner.start, end: offset + before.trimEnd().length, entityId: null, onBehalfOf: owner.entityId };
  return UNNAMED_HEAD.test(before) && NOMINAL_SOURCE.test(before) ? nominalSource(before, offset, mentions) : null;
}

/** The last subordinating conjunction inside a short phrase, with the words before it (run on ≤ 60 characters). */
const SUBORDINATOR_IN_PHRASE = /^(?:[^\s]+\s+){0,4}(?:after|before|since|until|when|while|because|although|though|once|unless|whenever|When|While|Because|Although|Though|Once|Unless|Whenever|After|Before|Since|Until)\s+/;

function nominalSource(before: string, offset: number, mentions: MentionRef[]): SpeakerRef | null {
  const nominal = NOMINAL_SOURCE.exec(before);
  const bare = nominal ? null : BARE_PLURAL_SOURCE.exec(before);
  if (!nominal && !bare) return null;
  let from = nominal ? offset + nominal.index + (nominal[0].length - nominal[0].replace(/^[\s,]+/, '').length) : offset + bare!.index + bare![0].indexOf(bare![1]);
  const to = offset + before.trimEnd().length;
  // "Two days after the senator said", "When administration officials explained": the conjunction opening a
  // subordinate clause, and any time before it, are no part of its subject.
  const conjunction = SUBORDINATOR_IN_PHRASE.exec(before.slice(from - offset, to - offset));
  if (conjunction) from += conjunction[0].length;
  // An unnamed source stays unnamed ("a State Department official" is no one the graph knows); the body it speaks
  // for, when the words name one, is kept beside it.
  const owner = mentions.find((m) => m.start >= from && m.end <= to && (m.type === 'Organization' || m.type === 'Country'));
  return { start: from, end: to, entityId: null, onBehalfOf: owner?.entityId };
}

/** Quoted words opening a clause that goes on after them: "“budget reforms” and the collection of … would help". */
function partialQuoteOpens(rest: string): boolean {
  const close = rest.startsWith("''") ? rest.indexOf("''", 2) : rest.startsWith('“') ? rest.indexOf('”', 1) : rest.indexOf(rest[0], 1);
  if (close < 0) return false;
  const after = rest.slice(close + (rest.startsWith("''") ? 2 : 1));
  // …not a second report by the same speaker: "saying “…” and challenging Russia to …", "“…,” but said …".
  if (/^\s+(?:(?:and|but|or)\s+(?:then\s+|also\s+)?(?:\p{Ll}+ing|\p{Ll}+ed|said|says|told|he|she|they)\b|(?:he|she|they|said|says|told|added|asked)\b)/u.test(after)) return false;
  return /^\s+\p{Ll}/u.test(after) && wordCount(after.slice(0, clauseEnd(after))) >= 3;
}

/** A clause imagined, not reported: the speaker's words end with "if", "unless", "in case" (a determiner at most between). */
const HYPOTHETICAL_BEFORE = /(?:^|[\s,(])(?:[Ii]f|[Uu]nless|[Ii]n\s+case)\s+(?:the\s+)?$/;
// Named fragments of the times written between a cue and its content.
const WEEKDAY = `(?:${WEEKDAY_NAMES.join('|')})`;
const MONTH = `(?:${MONTH_NAMES.join('|')})`;
const DAY_PART = '(?:morning|afternoon|evening|night)';
const SEASON = '(?:spring|summer|fall|autumn|winter)';
const TIME_UNIT = '(?:day|week|month|year)';
/** A month abbreviated with its dot ("Dec. 20", "Sept. 12"). */
const MONTH_ABBREVIATION = '(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\.';
/** A day or a time right after the cue ("late Monday", "early on Tuesday", "earlier this year"): before "that" (group 1)
 * it is skipped; before a preposition it is an adjunct only. (The narrow set; TIME_ADJUNCT below is the wider one, read
 * only before "that".) */
const TIME_BEFORE_CLAUSE = new RegExp(
  `^(?:(?:late|early)\\s+(?:on\\s+)?)?(?:${WEEKDAY}|yesterday|today|last\\s+(?:week|month|night)|(?:(?:late|early|earlier)\\s+)?(?:last|this|next)\\s+(?:year|${SEASON}|${MONTH}))` +
    `(?:\\s+${DAY_PART})?\\s+(?:(that)\\s+|(?=(?:on|in|at|with|during)\\s))`,
);
/** "that" opening a clause, not its subject: a verb right after it makes it the pronoun ("said Monday, that is up to Nigeria"). */
const COMPLEMENTIZER_THAT =
  '(?:that(?!\\s+(?:is|was|are|were|will|would|could|should|might|may|must|can|cannot|has|had|have|does|did|do|seems?|means?|remains?|goes|makes?)\\b),?\\s*)';
/** "earlier this month", "that evening", "late last Friday", "in April 2002", "May 3", "months ago", "for months". */
const TIME_ADJUNCT =
  `(?:(?:late|early|earlier|later)\\s+(?:on\\s+)?)?(?:on\\s+)?` +
  `(?:${WEEKDAY}|today|yesterday|tonight|(?:last|this|next|that)\\s+(?:week|weekend|month|year|${DAY_PART}|${WEEKDAY}|${MONTH}|${SEASON})` +
  `|in\\s+${MONTH}(?:\\s+\\d{4})?|in\\s+(?:19|20)\\d\\d|(?:${MONTH}|${MONTH_ABBREVIATION})\\s+\\d{1,2}(?:,\\s+\\d{4})?|in\\s+the\\s+day` +
  // A manner or frequency adverb before "that" ("said repeatedly that …", "said pointedly that …"); not "only", which
  // keeps what a refusal let through ("would say only that …").
  `|(?!only\\b)\\p{Ll}{3,}ly` +
  `|(?:\\d+|a|an|two|three|four|several|a\\s+few|few)\\s+${TIME_UNIT}s?\\s+ago|${TIME_UNIT}s\\s+ago|for\\s+${TIME_UNIT}s)` +
  `(?:\\s+${DAY_PART})?(?:\\s+for\\s+the\\s+first\\s+time)?`;
/** The time, an optional comma, then "that": "said earlier this week that …", "said Monday, that …", "said late Sunday
 * night that, together with Mexico, …" — the content starts after "that". */
const TIME_THEN_THAT = new RegExp(`^${TIME_ADJUNCT},?\\s+${COMPLEMENTIZER_THAT}`, 'u');
/** After a listener's "that" read as the complementizer ("informed the Office that evening that …") or a verb's "for"
 * read as its preposition ("denied for months that …"), the time's noun and the real "that". */
const TIME_NOUN_THEN_THAT = new RegExp(`^(?:${TIME_UNIT}s?|weekend|${DAY_PART})\\s+${COMPLEMENTIZER_THAT}`);
/** After a time and its comma ("said Monday, that …"), the complementizer opens the content ("said, that is …" keeps it). */
const COMMA_THEN_THAT = new RegExp(`^${COMPLEMENTIZER_THAT}`);
const TIME_THEN_COMMA = new RegExp(`\\b(?:${WEEKDAY}|today|yesterday|week|weekend|month|year|${DAY_PART}|${MONTH}\\s+\\d{1,2}|\\d{4}),\\s*$`);
/** Verbs that refuse what follows them. */
const DECLINING = /^(?:declined|declines|decline|refused|refuses|refuse)$/;
/** What a refusal holds back: a question ("whether …", "how many …"), after "to say/comment on" when the cue is the refusal. */
const UNSAID_QUESTION = /^(?:to\s+(?:say|comment|discuss|specify|disclose|confirm|reveal|elaborate)\s+(?:on\s+)?)?(?:whether|how|what|who|when|where|why|which|if)\b/;

/** The start of each match of a global pattern in `text`, in order. */
function* matchStarts(pattern: RegExp, text: string): Generator<number> {
  pattern.lastIndex = 0;
  for (let b = pattern.exec(text); b; b = pattern.exec(text)) yield b.index;
}

/** A second verb after an object, its own predicate: "…, and more recently, has argued …", "…, praised the penalties". */
const SECOND_VERB = new RegExp(String.raw`^(?:,?\s+(?:and|but|yet|or)|,(?=\s+\p{Ll}{3,}ed\s+(?:the|a|an|his|her|its|their)\s))\s+${SECOND_PREDICATE_LEAD}(\p{Ll}{3,}(?:ed|s))\s+`, 'u');

/** A verb that takes its listener before the clause told ("notified Congress that …", "promised Russians that …"). */
const LISTENER_TAKING_VERB = /^(?:tell|tells|told|telling|notif(?:y|ies|ied|ying)|inform(?:s|ed|ing)?|assur(?:e|es|ed|ing)|reassur(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|warn(?:s|ed|ing)?|remind(?:s|ed|ing)?|convinc(?:e|es|ed|ing)|persuad(?:e|es|ed|ing)|caution(?:s|ed|ing)?|advis(?:e|es|ed|ing)|reassure)$/;
/** A listener (a pronoun, a group of listeners, a capitalised name, or "to"/"on" and one) and the "that" opening the
 * clause told — not a relative "that" whose verb follows at once ("convinced the Army that was …"). */
const LISTENER_THEN_THAT = /^(?:(to|on)\s+)?(?:him|her|them|us|me|you|reporters|journalists|lawmakers|senators|voters|supporters|the\s+(?:public|world|nation|court|crowd|audience|committee|panel|jury)|(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}.’'-]*)\s+that\s+(?!(?:is|was|were|are|has|had|have|will|would|could|can|should|may|might|must|\p{Ll}+ed)\b)/u;

/** pushClauses' depth for a clause whose cue heads no predicate (a possessed noun): it is cut at a coordinated verb, which is not followed. */
const NO_COORDINATED_PREDICATE = 9;


/** Singular count nouns a demonstrative "that" often determines in a reported clause ("that amount", "that plan"): none
 * heads a subject without a determiner, so "said that plan will fail" reads "that" as the plan's. */
const DEMONSTRATED_NOUN = 'amount|number|figure|sum|total|estimate|plan|deal|decision|move|measure|approach|strategy|argument|claim|statement|report|assessment|position|effort|agreement|proposal|operation|fight|arsenal|request|letter|idea|option|offer|step|meeting|visit|trip|call|relationship|bill|rule|event|incident|account|story|video|photo|message|tweet|comment|remark|question|problem|issue|threat|situation|scenario|case|investigation|probe|attack|strike|program|programme|process|outcome|result|vote|campaign|country|group|man|woman|person|document|memo|book|article|poll|survey|study|conclusion|finding|analysis|system|weapon|missile|test|region|area|city|town|site|facility|base|border|line';
/** The words after a cue's "that" when it is a determiner: "same", "very same", "kind/sort/type of", or a singular count
 * noun (at most two lower-case modifiers before it, no determiner or quantifier among them) and then a finite verb.
 * Bounded: linear. */
const DETERMINED_BY_THAT = new RegExp(`^(?:(?:same|very\\s+same|kind\\s+of|sort\\s+of|type\\s+of)\\s|(?:(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|no|any|every|each|another|other|more|most|less|least|one|two|three|many|much|few|several|such|what|all|both|only|even|just|also|so|too|not|very|if|when|while|because|although|as|in|on|at|for|with|by|after|before)\\s)\\p{Ll}[\\p{Ll}-]*\\s+){0,2}(?:${DEMONSTRATED_NOUN})\\s+(?:alone\\s+|now\\s+|also\\s+)?(?:is|was|will|would|can|could|has|had|may|might|must|should|does|did|isn[’']t|wasn[’']t|won[’']t|wouldn[’']t|remains|remained|seems|seemed|means|meant|shows|showed|\\p{Ll}{3,}ed)\\b)`, 'u');

/** A verb in -s before an object's determiner or an adverb of degree or direction ("plays right into", "means the"), or
 * in -ed before a preposition, a determiner or a mark ("happened in 2014"): a finite verb, its subject the "that" before. */
const DEMONSTRATIVE_SUBJECT_VERB = /^(?:\p{Ll}{3,}s\s+(?:a|an|the|his|her|its|their|this|these|those|right|directly|well|badly|up|out|into)\s|\p{Ll}{3,}ed(?:\s+(?:in|on|at|to|for|by|with|from|during|after|before|because|a|an|the|his|her|its|their|this|last|yesterday)\s|\s*[.,;]))/u;

/**
 * The reported clause starting at `contentStart`, cut where a coordinated report by the same speaker begins, and
 * that report too ("Graham said the party must act, and warned that time was short" → two clauses).
 */
export function pushClauses(out: Candidate[], rule: RuleId, text: string, s: Sentence, contentStart: number, cue: string, speaker: SpeakerRef, depth = 0, stance = false, object = stance || isStanceCue(cue.toLowerCase())): void {
  // "said that's not true": "that" is the clause's subject (that is), not a complementizer.
  if (/^[’']s\s/.test(text.slice(contentStart)) && /\bthat$/i.test(text.slice(Math.max(0, contentStart - 5), contentStart))) contentStart -= 4;
  // "says that small amount can be increased", "said that kind of rhetoric is dangerous": before a singular count noun
  // and its verb, "that" is the noun's determiner (a bare count noun heads no subject) and belongs to the content.
  else if (/(?:^|\s)that\s$/i.test(text.slice(Math.max(0, contentStart - 6), contentStart)) && DETERMINED_BY_THAT.test(text.slice(contentStart, contentStart + 120))) contentStart -= 5;
  // "thinks that plays right into the hands of …", "said that means the deal is dead": before a finite verb that takes
  // no plural subject's words after it, "that" is the clause's subject, a demonstrative, and belongs to the content.
  else if (/(?:^|\s)that\s$/i.test(text.slice(Math.max(0, contentStart - 6), contentStart)) && DEMONSTRATIVE_SUBJECT_VERB.test(text.slice(contentStart, contentStart + 60))) contentStart -= 5;
  // "notified Congress that …", "explained to Mueller that …", "commented on Twitter that …": after a verb of telling,
  // or a cue with "to"/"on", the listener or the medium comes first; the that-clause is what was said, reported whole.
  const listened = LISTENER_THEN_THAT.exec(text.slice(contentStart));
  if (listened && (listened[1] || /\s(?:to|on)\s+$/.test(text.slice(Math.max(0, contentStart - 4), contentStart)) || LISTENER_TAKING_VERB.test(cue.split(' ').pop()!.toLowerCase()))) {
    contentStart += listened[0].length;
    object = false;
  }
  // A condition or a precaution ("If the Senate doesn’t confirm …", "just in case Republicans call for …") imagines a
  // report: nothing was said.
  if (depth === 0 && HYPOTHETICAL_BEFORE.test(text.slice(Math.max(0, speaker.start - s.start - 20), Math.max(0, speaker.start - s.start)))) return;
  // A time between the cue and its "that" is no content ("insisted Tuesday that …"); a time and an adjunct alone after
  // the cue ("said during an interview Tuesday on “America’s Newsroom” with …") report nothing.
  const timeFirst = TIME_BEFORE_CLAUSE.exec(text.slice(contentStart));
  const before = text.slice(Math.max(0, contentStart - 16), contentStart);
  const timeThenThat =
    (timeFirst?.[1] ? timeFirst : null) ??
    TIME_THEN_THAT.exec(text.slice(contentStart)) ??
    (/\b(?:that|for)\s+$/.test(before) ? TIME_NOUN_THEN_THAT.exec(text.slice(contentStart)) : null) ??
    (TIME_THEN_COMMA.test(before) ? COMMA_THEN_THAT.exec(text.slice(contentStart)) : null);
  if (timeThenThat) contentStart += timeThenThat[0].length;
  else if (timeFirst) return;
  // Declining to say whether, how or what ("declined to say whether he had testified", "wouldn’t say how many …")
  // states nothing.
  if ((/^not\s/.test(cue) || DECLINING.test(cue)) && UNSAID_QUESTION.test(text.slice(contentStart))) return;
  // "said over the weekend that …", "said by telephone that …", "emphasized in an interview with CNN that …": an adjunct
  // of time, place or means between the cue and its "that" is no content; the clause starts after "that".
  const adjunct = !object && !/\bthat\s*$/.test(text.slice(Math.max(0, contentStart - 6), contentStart)) ? ADJUNCT_BEFORE_THAT.exec(text.slice(contentStart)) : null;
  if (adjunct && !ADJUNCT_VERB.test(adjunct[0])) {
    contentStart += adjunct[0].length;
  }
  // "told Channel 2 in an interview that aired Thursday that …": the medium's noun has a relative clause of its own (a
  // verb right after "that" has no subject); the report's "that" comes after it.
  if (MEDIUM_BEFORE_THAT.test(text.slice(Math.max(0, contentStart - 40), contentStart))) contentStart += RELATIVE_IN_ADJUNCT.exec(text.slice(contentStart))?.[0].length ?? 0;
  // "wrote a story that the president would fire him": the piece's that-clause is what was written, reported whole; a
  // relative "that" after the piece ("published a report that cited no source") reports nothing.
  if (WRITING_VERB.test(cue.split(' ')[0].toLowerCase())) {
    const piece = writtenPieceClause(text.slice(contentStart));
    if (piece === 'relative') return;
    if (piece !== null) contentStart += piece;
  }
  const rest = text.slice(contentStart);
  let end = clauseEnd(rest);
  const clause = rest.slice(0, end);
  const afterThat = /\bthat\s*$/.test(text.slice(Math.max(0, contentStart - 6), contentStart));
  // (Not a that-clause, "tweeted that the photo of the wall was fake"; a participle after the object is its own report.)
  if (!afterThat && WRITING_VERB.test(cue.split(' ')[0].toLowerCase()) && DOCUMENT_OBJECT.test(clause.replace(PARTICIPLE_AFTER, '').trim())) return;
  let boundary = -1;
  // Not inside the speaker's own quoted words: "''for the nation's rights, knowing that …''". An object or an
  // intention ends sooner than a clause: at a second verb or an adjunct of time or cause.
  // "warned the move by Donald Trump would have consequences": after a verb of saying, a noun phrase and a modal is a
  // that-less clause's subject and verb, not an object the modal ends.
  if (object && CLAUSE_TAKING_SPEECH_VERBS.has(cue.split(' ')[0].toLowerCase()) && NOUN_PHRASE_THEN_MODAL.test(clause)) object = false;
  // "challenged Obama's claim that the use of sarin gas on Damascus suburbs, which …, came from Assad's forces", "expressed
  // fear that if the two parties did not reach an arrangement, the country would break up": a noun of content with its
  // that-clause holds a whole clause — a comma inside it ends no object, the clause runs to its own end as a reported one.
  const complement = object ? NOUN_THEN_CLAUSE.exec(clause) : null;
  const nounClause = !!complement && CONTENT_NOUN.test(complement[1]);
  if (nounClause) object = false;
  const main = object ? -1 : openingClauseMain(clause);
  for (const pattern of object ? [CLAUSE_BOUNDARY, OBJECT_BOUNDARY] : [CLAUSE_BOUNDARY]) {
    // "she hopes to be elected, but she knows that …": a clause going on with its own subject is the same report.
    const subject = /^(he|she|they|we|I)\s/i.exec(rest)?.[1].toLowerCase();
    const starts = pattern === OBJECT_BOUNDARY ? cappedRunMatchStarts(pattern, clause) : matchStarts(pattern, clause);
    // "clarified that while he knew …, he did not know …": after an opening subordinate clause the comma and subject open its main clause, still the report.
    for (const b of starts) if (!insideQuotation(rest, b) && !(b < main) && !(pattern === OBJECT_BOUNDARY && SUBORDINATE_CONTENT.test(rest) && /^,\s/.test(clause.slice(b))) && !(pattern === CLAUSE_BOUNDARY && opensMainClause(clause, b)) && !(subject && new RegExp(`^,\\s+but\\s+${subject}\\s`, 'i').test(clause.slice(b))) && !(pattern === CLAUSE_BOUNDARY && !object && (afterThat || nounClause) && WHICH_CLAUSE.test(clause.slice(b, b + 9)) && !WHICH_REPORTED.test(clause.slice(b, b + 120))) && !(pattern === CLAUSE_BOUNDARY && UNFINISHED_BEFORE_ASIDE.test(clause.slice(Math.max(0, b - 60), b))) && !(pattern === CLAUSE_BOUNDARY && (PARENTHETICAL_PARTICIPLE.test(clause.slice(b, b + 140)) || PARENTHETICAL_RELATIVE.test(clause.slice(b, b + 160)) || PARENTHETICAL_SUBORDINATE.test(clause.slice(b, b + 160)))) && !boundaryInsideClause(clause, b) && !(DEMAND_CUE.test(cue.toLowerCase()) && ADDRESSEE_ONLY.test(clause.slice(0, b)) && DEMANDED_INFINITIVE.test(clause.slice(b)))) {
      if (boundary < 0 || b < boundary) boundary = b;
      break;
    }
  }
  // "… would be more intense — and he noted that …": a coordinated report may follow the dash.
  const found = COORDINATED.exec(clause);
  // Only a verb of speech or stance, a that-clause or a new subject starts a report: "unsubstantiated and fabricated" does not.
  const co = found && (found[1] || found[3] || SPEECH_VERBS.has(found[2]) || STANCE_VERBS.has(found[2]) || /^(?:called|dubbed|labeled|branded)$/.test(found[2])) ? found : null;
  if (boundary >= 0 && (!co || boundary < co.index - 3)) end = boundary;
  // "— even as Democrats were expressing outrage at the suggestion that Trump … might have Clinton investigated — Obama
  // was …": a dash aside opened before the cue closes at its next dash, and the noun's clause inside it with it (an
  // object's own boundaries end it there otherwise).
  if (nounClause && (text.slice(0, contentStart).match(SPACED_DASHES) ?? []).length % 2 === 1) {
    const closing = /\s(?:--|—|–)\s/.exec(clause);
    if (closing && closing.index < end) end = closing.index;
  }
  // Another report begins: "…, the Wall Street Journal reported …", "… and hours after Seoul said …", "…, with Mike
  // Pompeo saying …" — its words are not this speaker's.
  SECOND_REPORT.lastIndex = 0;
  for (let b = SECOND_REPORT.exec(clause); b && b.index < end; b = SECOND_REPORT.exec(clause)) {
    // "…, ” reports X": the speaker's quoted words close before the attribution; the report keeps them, with their mark.
    const at = /^,[”"]/.test(b[0]) ? b.index + 2 : b.index;
    if (insideQuotation(rest, at) || wordCount(rest.slice(0, at)) < 3) continue;
    end = at;
    break;
  }
  const common = COMMON_SECOND_REPORT.exec(clause.slice(0, end + 1));
  if (common && wordCount(rest.slice(0, common.index)) >= 3) end = common.index;
  // A closing attribution of another speaker, a summing-up appositive or a narrative "as" clause is no part of the
  // report ("…, the source told CNN", "…, a move that …", "…, as Democrats warned …": content-ends.ts).
  const ended = contentEnd(clause, (at) => insideQuotation(rest, at));
  if (ended.at >= 0 && ended.at < end) {
    // "told journalists at his golf club: “…”", "said flatly: “…”": the quotation is what was said, a direct quote of its
    // own. (An object runs on into the quotation, as PolNeAR reads it: "portrayed the cash as a useful tool: “…”".)
    if (ended.id !== 'end.colon-quotation') end = ended.at;
    else if (!object) return;
  }
  // A stance naming its object "as" something quoted ends with the quote: "blasted Clinton as a “disgrace” Wednesday on
  // The Laura Ingraham Show".
  if (object) {
    const asQuoted = /^[^“”"]*?\sas\s+(?:an?\s+|the\s+)?[“"][^“”"]{1,80}[”"](?![,]?\s+(?:(?:and|or)\s+(?:an?\s+|the\s+)?[“"]|who\s))/.exec(clause);
    if (asQuoted && asQuoted[0].length < end) end = asQuoted[0].length;
  }
  // Naming runs through the name it gives, and ends there ("called Mr. Obama's remarks on Saturday “a true wake-up
  // call”") — or after the list of names it gives: "called the senator a “nasty guy,” an “anchor baby,” “unstable”
  // and “sick.”".
  if (/^(?:call|dub|label|brand)/.test(cue.toLowerCase()) && !/^call(?:s|ed|ing)?\s+(?:for|on)\b/i.test(cue)) {
    const named = /^[^“”"]*?(?:[“"][^“”"]{1,80}[”"]|''[^']{1,80}'')/.exec(clause);
    const more = named ? NAME_LIST.exec(clause.slice(named[0].length)) : null;
    if (named) end = named[0].length + (more ? more[0].length : 0);
  }
  // (Fewer than three words before it only when they are an object, no clause of their own: "condemned the launch and
  // also called for restraint", "denied any wrongdoing and said …" — while "said Iran agreed and signed …" goes on.)
  const beforeCo = co ? rest.slice(0, co.index) : '';
  if (co && co.index <= end + 3 && (wordCount(beforeCo) >= 3 || (wordCount(beforeCo) >= 1 && !/[“”"]/.test(beforeCo) && !FINITE.test(beforeCo)))) end = co.index;
  // The reporter's own words begin where the speaker's quotation closes ("the things she wants to accomplish,” Mook
  // said") or, in an opening subordinate clause, where the main clause does ("Although Trump has admitted using the
  // tax code, he does not defend it").
  // A description closing the clause after a name ("… did not support Mr. Trump, the presumed Putin favorite") is the
  // reporter's gloss: PolNeAR leaves it out of the report.
  if (!object) {
    const gloss = trailingGloss(rest.slice(0, end));
    if (gloss >= 0 && gloss !== main && wordCount(rest.slice(0, gloss)) >= 3) end = gloss;
  }
  // "conceded American faults in the war and was quick to credit …": after a speech verb's noun-phrase object (no
  // that-clause) a coordinator and a copula or a perfect with no subject is the subject's next predicate.
  if (!object && !afterThat) {
    const next = SECOND_PREDICATE_AFTER_OBJECT.exec(rest.slice(0, end));
    const at = next ? next[0].length - next[1].length : -1;
    if (next && wordCount(rest.slice(0, at)) >= 2 && !FINITE.test(rest.slice(0, at))) end = at;
  }
  const unopened = /^[^“”]*”/.exec(rest.slice(0, end));
  // (A straight mark left open before it is the one that curly mark closes, a mismatched pair inside the clause: 'was
  // "a priority” for his regime'.)
  if (unopened && (unopened[0].match(/"/g)?.length ?? 0) % 2 === 0) end = Math.min(end, unopened[0].length - 1);
  // (Not where the subordinate clause is the content's own opening, "said that since Mueller did not …, both he and …
  // have": its main clause is the report's.)
  // (Nor where the subordinator stands after the cue, "argued that before a floor vote … happens, Hagel needs …": the
  // content opens with it.)
  const opening = SUBORDINATE_OPENING.exec(text);
  if (opening && opening[0].length <= contentStart && !text.slice(0, contentStart).includes(',') && !SUBORDINATE_CONTENT.test(rest)) {
    // Inside an opening subordinate clause the first comma before a new subject ends it: "When the ministers said the
    // talks had failed, the markets fell".
    const main = MAIN_CLAUSE.exec(rest.slice(0, end)) ?? SUBJECT_AFTER_COMMA.exec(rest.slice(0, end));
    if (main) end = main.index + (/^,[”"]/.test(main[0]) ? 2 : 0);
  }
  // A quotation left open at the end closes with its mark: "… “for the nation’s rights, … have them.”".
  const closing = insideQuotation(rest, end) ? /^[.!?]?(?:[”"»]|'')/.exec(rest.slice(end)) : null;
  if (closing) end += closing[0].length;
  const content = rest.slice(0, end).replace(/[\s,;:—–|-]+$/, '');
  if (enoughWords(content, stance || isStanceCue(cue.toLowerCase()))) {
    out.push({
      rule,
      quote: {
        speakerId: speaker.entityId,
        text: content,
        direct: false,
        start: s.start + contentStart,
        end: s.start + contentStart + content.length,
        cue: cue.toLowerCase(),
        sentence: { start: s.start, end: s.end },
        ...(stance || isStanceCue(cue.toLowerCase()) ? { stance: true } : {}),
      },
      speaker,
    });
  }
  // "criticized free-trade deals and called for steep tariffs", "demands accountability, yet refuses to release …",
  // "echoed the view …, praised the penalties and warned of …": a second verb of stance, communication or intention
  // after an object is the same speaker's.
  const second = (object || nounClause) && boundary >= 0 && end === boundary && depth <= 2 ? SECOND_VERB.exec(rest.slice(end)) : null;
  if (second) {
    const verb = second[1];
    const after = end + second[0].length;
    const particle = /^(?:for|on|to|about|against|of)\s+/.exec(rest.slice(after))?.[0] ?? '';
    const intention = INTENTION_VERB.test(verb) && /^to\s+\p{Ll}/u.test(rest.slice(after));
    const phrase = intention ? verb : `${verb} ${particle.trim()}`.trim();
    if (intention || STANCE_VERBS.has(verb) || STANCE_VERBS.has(phrase) || (isCommunicationVerb(verb) && !NOT_STANCE_VERB.test(verb) && !NOT_STANCE_STEM.test(verb))) {
      pushClauses(out, rule, text, s, contentStart + after + (intention ? 0 : particle.length), phrase, speaker, depth + 1, !intention, true);
    }
    return;
  }
  if (!co || end !== co.index || depth > 2 || depth === NO_COORDINATED_PREDICATE) return;
  // The coordinated verb reports too when it is a speech verb or takes a that-clause, and puts a stance forward when
  // it is a verb of stance ("urged Republicans to …, and criticized the party’s lack of …").
  const verb = co[2];
  const stanceVerb = !co[3] && !SPEECH_VERBS.has(verb) && STANCE_VERBS.has(verb);
  if (!co[3] && !SPEECH_VERBS.has(verb) && !stanceVerb) return;
  let next = contentStart + co.index + co[0].length;
  if (/^[,:]?\s*(?:[“"«]|'')/.test(text.slice(next)) && !co[3]) return; // a direct quote: handled there
  // "… and told her she would …": after a verb of telling the listener comes first, then the clause told.
  if (!co[3] && TELLING_VERB.test(verb)) next += (LISTENER_THEN_PRONOUN.exec(text.slice(next)) ?? PRONOUN_LISTENER.exec(text.slice(next)))?.[0].length ?? 0;
  // "… and he assured her she would …": "he" or "she" is the coordinated report's own subject — the first speaker
  // when the gender agrees, else resolved like any pronoun subject (quotes.ts: here to the man the first clause names).
  const own = co[1] && /^[hs]/.test(co[1]) ? contentStart + co.index + co[0].search(/\b(?:he|she)\b/) : -1;
  const coSpeaker: SpeakerRef = own >= 0 ? { start: s.start + own, end: s.start + own + co[1].length, entityId: null, pronoun: co[1], coordinatedWith: speaker } : co[1] ? { ...speaker } : speaker;
  pushClauses(out, rule, text, s, next, verb, coSpeaker, depth + 1, stanceVerb, stanceVerb);
}

/**
 * ", which …" inside a that-clause modifies a noun of it and is the speaker's too: PolNeAR keeps it ("warned that the
 * museum would not be a panacea for the racial struggles, which inflame …", "found that in the three largest counties,
 * which include Cleveland, voters …"). After an object ("acknowledged the reality of climate change, which makes him an
 * outlier") or a bare clause it stays the reporter's comment.
 */
const WHICH_CLAUSE = /^,\s+which\s/;
/** …unless it holds a report of its own: "his country wouldn't fund any border wall, which Senate Majority leader Mitch
 * McConnell said Thursday would cost $12-$15 billion" — the reporter's aside, another speaker's words. */
const WHICH_REPORTED = /^,\s+which\s+(?:[^\s,;:“”"]+\s+){1,6}?(?:said|says|say|estimated|estimates|claimed|claims|believes|believed|argued|argues|contended|contends|insisted|insists|maintains|maintained|described|describes|called|calls)\s/;

/** "acknowledge that even if European and Arab countries offer their support …, getting them to agree … would be much
 * more difficult": in a content opening with a subordinate clause, the comma closing it opens the main clause — a gerund
 * heading its subject ("getting them …") is that subject, not a participle of the reporter's. */
function opensMainClause(clause: string, at: number): boolean {
  const stop = Math.max(clause.lastIndexOf(',', at - 1), clause.lastIndexOf(';', at - 1));
  const opening = clause.slice(stop + 1, at);
  return (stop < 0 ? SUBORDINATE_FIRST : SUBORDINATE_AFTER_THAT).test(opening) && GERUND_SUBJECT.test(clause.slice(at).replace(/^,\s+/, ''));
}
/** A subordinate clause opening a content ("even if …"), or a that-clause inside it ("… acknowledge that even if …"). */
const SUBORDINATOR = '(?:while|although|though|if|when|because|since|once|unless|whereas|even\\s+(?:if|though|as|when))\\s';
const SUBORDINATE_FIRST = new RegExp(`^\\s*${SUBORDINATOR}|\\sthat\\s+${SUBORDINATOR}`, 'i');
const SUBORDINATE_AFTER_THAT = new RegExp(`\\sthat\\s+${SUBORDINATOR}`, 'i');

/** A relative clause set off by commas between the clause's subject and its verb ("said a two-state solution, which
 * calls for …, is the only way to …"): inside the clause, not the reporter's adjunct. */
const PARENTHETICAL_RELATIVE = /^,\s+(?:which|who)\s[^,;:“”"]{1,120},\s+(?:is|was|are|were|had|has|have|would|will|could|can|did|does|do|may|might|must|should)\s/u;

/** A subordinate clause set off by commas between a subject and its verb ("the world's leaders, even as they deal with
 * the raging pandemic, must begin to make …"): after its closing comma an auxiliary follows — inside the clause. */
const PARENTHETICAL_SUBORDINATE = /^,\s+(?:even\s+)?(?:as|while|though|although|when)\s[^,;:“”"]{1,120},\s+(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do)\s/u;

/** An auxiliary or a copula, then a short aside set off by a comma ("the Russians were, in essence, casing the joint"): no
 * clause ends on an auxiliary, so the comma after the aside goes on with its predicate. */
const UNFINISHED_BEFORE_ASIDE = /\s(?:is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might|must)\s*,\s+(?:[^\s,;:“”"]+\s+){0,3}[^\s,;:“”"]+$/u;

/** A participle phrase set off by commas between a subject and its verb ("… in which the alleged Russian hackers, using
 * the personas DCLeaks and Guccifer 2.0, were in contact …"): inside the clause, not the reporter's adjunct. */
const PARENTHETICAL_PARTICIPLE = /^,\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ing\s[^,;:“”"]{1,100},\s+(?:was|were|is|are|had|has|have|would|will|could|did|does|do)(?:n[’']t)?\s/u;

/** A prepositional adjunct of a few words, then "that" opening a clause (not a verb after it: "that" as a relative). */
const ADJUNCT_BEFORE_THAT = /^(?:over|by|at|in|on|during|after|before|from|with|via|through|earlier|last|late|early)\s(?:[^\s,;:“”"]+\s){1,9}?that\s+(?!(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|does|did|do)\b)(?=[\p{L}“"])/u;
/** A noun of a medium or an occasion of speech, then "that" ("in an interview that", "in a tweet over the weekend that"). */
const MEDIUM_BEFORE_THAT = /\b(?:interview|statement|tweet|letter|speech|post|broadcast|video|op-ed|column|article|memo|message|briefing|remarks|appearance|conversation|call|address|podcast|program|show|segment|documentary|weekend|week)s?\s+that\s+$/;
/** A relative clause on the adjunct's noun, its verb right after "that" ("aired Thursday", "surprised many in Washington"),
 * then the report's own "that" opening a clause. */
const RELATIVE_IN_ADJUNCT = /^(?:\p{Ll}{2,}ed|ran|was\s+\p{Ll}+ed|were\s+\p{Ll}+ed)\s(?:[^\s,;:“”"]+\s){0,6}?that\s+(?!(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|does|did|do)\b)(?=[\p{L}“"])/u;
/** A verb or a participle in that adjunct: a clause of its own, whose "that" is its verb's ("after the test Kim declared that …"). */
const ADJUNCT_VERB = /\s(?:\p{Ll}+(?:ed|ing)|said|told|says|say|thought|knew|felt|saw|made|is|was|are|were|has|had|have)\s/u;
/** A participle heading a list after "including" or "such as" ("including taking other jobs"). */
const LISTED_PARTICIPLE = /(?:^|\s)(?:including|such\s+as)\s+\p{Ll}+ing\s/u;
/** A list member that is a participle phrase (", racking up credit card bills"). */
const PARTICIPLE_MEMBER = /^\s+\p{Ll}+ing\s[^;:“”"—–()]*$/u;
/** A participle after a comma: the list's next member ("…, racking up credit card bills, tapping into savings …"). */
const PARTICIPLE_AFTER_COMMA = /^,\s+\p{Ll}+ing\s/u;
/** A negation in the clause before a ", but" ("aren't caused by Mexico, but by …"): a correlative "not X but Y". */
const NEGATION = /\b(?:not|never|no)\b|n[’']t\b/u;
/** ", but" and the second term of "not X but Y": a preposition, an infinitive, a subordinator, "rather"/"also", an adverb
 * and a verb, or a noun phrase with no verb of its own (checked by the caller). */
const CORRELATIVE_BUT = /^,\s+but\s+(?:(?:rather|also|instead|simply|merely|only)\b|(?:by|in|on|at|to|for|from|with|through|over|of|as|because|about|against|into|under)\s|\p{Ll}+ly\s+\p{Ll}+(?:ed|s)?\s|(?:a|an)\s)/u;
/** ", and" and a name or a noun phrase ending the clause or set off by a comma: the last member of a serial list
 * ("…, Congress, and President George W. Bush, who …"). */
/** A possessive's "'s" (FINITE reads it as a contracted "is"). */
const POSSESSIVE_S = /[’']s\b/g;
/** A name set off by a comma after a common noun ("the national security adviser, John Bolton"): an appositive. */
const APPOSITIVE_NAME_END = /\s\p{Ll}{2,},\s+(?:\p{Lu}[\p{L}\p{M}’'.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}’'.-]*$/u;
/** ", and" a noun phrase (with a name in apposition of its own) and a finite verb: a coordinated subject and its predicate. */
const COORDINATED_SUBJECT_AFTER = /^,\s+and\s+(?:[^\s,;:“”"]+\s+){0,7}?[^\s,;:“”"]+(?:,\s+(?:\p{Lu}[\p{L}\p{M}’'.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}’'.-]*,)?\s+(?:(?:also|still|now|have|has|had)\s+)?(?:have|has|had|are|were|will|would|could|can|should|may|might|must|\p{Ll}{3,}ed|made|took|gave|met|held|sent|told|said)\s/u;
const SERIAL_AND = /^,\s+and\s+\p{Lu}[^,;:“”"—–().!?]{0,60}(?:,|[.!?]?[”"’]?$)/u;
/** A short aside in parentheses inside a phrase, the phrase going on after it ("the first (but not last) time"). */
const PHRASE_PARENTHESIS = /^\s\(\p{Ll}[^(),;:!?]{0,40}\)\s+\p{Ll}/u;
/** " to help" after a common noun ending the object ("the State Department's work to help form …", "aid to help care
 * for …"): the infinitive is the noun's complement, not a purpose adjunct of the verb's (no pronoun, time word, adverb or
 * verb form before it). */
const NOUN_THEN_TO_HELP = /^\s+to\s+help\s/;
const COMMON_NOUN_END = /\s(?!(?:him|them|her|you|it|us|me|day|days|week|weeks|month|months|year|years|time|times|morning|night|weekend|ago|also|now|then|again|together|forward|back|hard|more|well|up|out|in|on|off|down|away)$)\p{Ll}{2,}(?<!ing|ed|ly)$/u;
/** A comma-set list member before it: a short run with no verb between two commas (read from the last comma on). */
const LIST_MEMBER = /^,\s+[^\s,;:“”"—–()][^,;:“”"—–()]{0,39}$/u;
/**
 * Whether a clause boundary at `at` lies inside the clause: a participle after a comma that is the next member of a list
 * of participles ("including taking other jobs, racking up …"), the second term of "not X, but Y" ("aren't caused by
 * Mexico, but by drug consumption"), the last name of a serial list ("…, Congress, and President George W. Bush"), a short aside in parentheses
 * that the phrase goes on after ("the first (but not last) time"), or the infinitive complement of an object's noun
 * ("the State Department's work to help form …").
 */
function boundaryInsideClause(clause: string, at: number): boolean {
  const after = clause.slice(at, at + 200);
  const before = clause.slice(Math.max(0, at - 200), at);
  if (PARTICIPLE_AFTER_COMMA.test(after) && listedParticiples(before)) return true;
  if (PHRASE_PARENTHESIS.test(after)) return true;
  if (NOUN_THEN_TO_HELP.test(after) && COMMON_NOUN_END.test(before)) return true;
  if (CORRELATIVE_BUT.test(after) && NEGATION.test(before.slice(Math.max(...[';', ':', '“', '”', '"', '—', '–'].map((c) => before.lastIndexOf(c))) + 1))) {
    const second = after.replace(/^,\s+but\s+/, '');
    const upTo = second.search(/[,;:—–]/);
    return !/^(?:a|an)\s/.test(second) || !FINITE.test(upTo < 0 ? second : second.slice(0, upTo));
  }
  // "said that his deputy prime minister, Taro Aso, and U.S. Vice President Mike Pence have begun …": the comma closes a
  // name in apposition inside the clause's subject (no verb yet), and the subject goes on with its next member and its verb.
  if (APPOSITIVE_NAME_END.test(before) && COORDINATED_SUBJECT_AFTER.test(after) && !FINITE.test(clause.slice(0, at).replace(POSSESSIVE_S, ''))) return true;
  const serial = SERIAL_AND.exec(after);
  const member = before.slice(before.lastIndexOf(','));
  return !!serial && LIST_MEMBER.test(member) && !FINITE.test(serial[0]) && !FINITE.test(member);
}
/** Whether the words before a comma end a list of participles opened by "including" or "such as": each comma-set member
 * after the opening one a participle phrase too. */
function listedParticiples(before: string): boolean {
  const members = before.split(',');
  for (let k = members.length - 1; k >= 0 && k >= members.length - 8; k--) {
    if (LISTED_PARTICIPLE.test(members[k])) return true;
    if (!PARTICIPLE_MEMBER.test(members[k])) return false;
  }
  return false;
}

/** "reported at the time that …", "confirmed to CNN in 2015 that …": a short adjunct between any speech verb and its that-clause. */
/** An adjunct, its abbreviations' dots included ("with U.S. broadcaster CBS"), then "that". */
const ADJUNCT_THEN_THAT = new RegExp(`^(?:${ABBREVIATED_WORD}|[^.;:“”"]){0,60}?\\sthat\\s`, 'u');
function thatAfterAdjunct(rest: string): boolean {
  return PREPOSITION.test(rest) && ADJUNCT_THEN_THAT.test(rest);
}

/** ", the/a …" running to the clause's end with no quotation mark or further comma (read from the last comma on). */
const GLOSS_AFTER_COMMA = /^,\s+(?:the|a|an)\s+\p{Ll}[^,;:“”"()]{0,120}$/u;
/** A capitalised word ending the few characters before that comma: the name the gloss describes (only ever run on ≤ 30 characters, so bounded whatever the checker says). */
const NAME_BEFORE_COMMA = /\p{Lu}[\p{L}.'’-]*$/u;

/** Where a trailing gloss after a name begins in the clause ("… Mr. Trump, the presumed Putin favorite"), or -1. */
function trailingGloss(clause: string): number {
  const comma = clause.lastIndexOf(',');
  if (comma < 0 || !GLOSS_AFTER_COMMA.test(clause.slice(comma)) || !NAME_BEFORE_COMMA.test(clause.slice(Math.max(0, comma - 30), comma))) return -1;
  return comma;
}

/** A cue that is no speech verb but one of stance or communication: "cited", "questioned", "called … “…”". */
export function isStanceCue(cue: string): boolean {
  if (SPEECH_VERBS.has(cue)) return false;
  return STANCE_VERBS.has(cue) || /^(?:call|dub|label|brand)/.test(cue) || isCommunicationVerb(cue.split(' ')[0]);
}

/**
 * Findings of a poll, study, report or filing: the speaker is whoever the subject names as its owner ("A Bloomberg poll",
 * "a study by Loyola Law School professor Justin Levitt") — an unnamed one ("a new poll shows") keeps speaker null.
 */
export function findings(text: string, s: Sentence, mentions: MentionRef[], cues = textCueBits(text)): Candidate[] {
  const out: Candidate[] = [];
  FINDING.lastIndex = 0;
  // Most sentences hold none of the finding verbs: the cue-word prefilter skips the scan.
  for (let m = mayMatch(FINDING, cues) ? FINDING.exec(text) : null; m; m = FINDING.exec(text)) {
    // "But the 29-page document describes …": the conjunction opening the sentence is no part of the source.
    const conjunction = /^(?:But|And|Yet|So|Still)\s+/.exec(m[1])?.[0].length ?? 0;
    const subjectStart = s.start + m.index + m[0].indexOf(m[1]) + conjunction;
    const subjectEnd = s.start + m.index + m[0].indexOf(m[1]) + m[1].length;
    const owned = findingSpeaker(text, s.start, subjectStart, subjectEnd, mentions);
    const speakerId = owned.entityId ?? owned.onBehalfOf ?? null;
    // A bare "says"/"said" after a document noun may belong to someone named in it ("the report, Smith said"): a
    // document that speaks must be the subject's head, not a word inside a longer name.
    if (!speakerId && /^(?:says|said|reports|reported)$/.test(m[2]) && !/^(?:[Tt]he|[Aa]n?)\s/.test(m[1])) continue;
    // "The video shows them being hand-searched", "a video showing Cantlie speaking": pictures show people and things —
    // a depiction, no statement (a video that shows *that* something is so puts a case).
    if (DEPICTION_VERB.test(m[2]) && !m[3] && PICTURE_HEAD.test(m[1])) continue;
    const contentStart = m.index + m[0].length;
    const found: Candidate[] = [];
    const speaker: SpeakerRef = { ...owned, start: subjectStart, end: subjectEnd };
    pushClauses(found, 'reported.finding', text, s, contentStart, m[2], speaker);
    out.push(...found);
  }
  const inverted = text.indexOf(',', 12) >= 0 ? INVERTED_FINDING.exec(text) : null; // content, then a comma
  if (inverted) {
    const subjectStart = s.start + inverted[1].length + inverted[0].slice(inverted[1].length).indexOf(inverted[2]);
    const speaker = findingSpeaker(text, s.start, subjectStart, subjectStart + inverted[2].length, mentions);
    const content = inverted[1].replace(/[\s,]+$/, '');
    if (wordCount(content) >= 3) {
      out.push({
        rule: 'reported.inverted-finding',
        quote: { speakerId: speaker.entityId, text: content, direct: false, start: s.start, end: s.start + content.length, cue: inverted[3].toLowerCase(), sentence: { start: s.start, end: s.end } },
        speaker,
      });
    }
  }
  return out;
}

/** Verbs that depict, and the nouns of pictures that do: "The video shows …", "footage showed …". */
const DEPICTION_VERB = /^(?:shows|showed|show|depicts|depicted)$/;
const PICTURE_HEAD = /\b(?:video|videos|footage|photo|photos|photograph|photographs|image|images|picture|pictures|clip|film)\b/i;

/** What String.prototype.trim strips (the same set as \s). */
const BLANK = /\s/;

/** A line of its own that is a headline: the article's first line, or a title-case line without a closing period. */
export function isHeadline(body: string, s: Sentence): boolean {
  // Only blanks between the sentence and its line's ends, scanned outwards from the sentence: the first other character
  // answers, so a long paragraph costs no copy of itself per sentence.
  for (let i = s.start - 1; i >= 0 && body[i] !== '\n'; i--) if (!BLANK.test(body[i])) return false;
  for (let i = s.end; i < body.length && body[i] !== '\n'; i++) if (!BLANK.test(body[i])) return false;
  if (s.paragraph === 0) return true;
  // Words opening with a letter, and how many of them with a capital: read at each word's first unit (ASCII without a pattern).
  const text = s.text;
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < text.length; ) {
    while (i < text.length && isBlankUnit(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) capitals++;
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
    } else if (FIRST_LETTER.test(text.slice(i, i + 2))) {
      letters++;
      if (FIRST_CAPITAL.test(text.slice(i, i + 2))) capitals++;
    }
    while (i < text.length && !isBlankUnit(text.charCodeAt(i))) i++;
  }
  return letters >= 4 && capitals / letters >= 0.7;
}
const FIRST_LETTER = /^\p{L}/u;
const FIRST_CAPITAL = /^\p{Lu}/u;
