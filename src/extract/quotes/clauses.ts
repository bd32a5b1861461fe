// Quotes: clause-level attributions — that-clauses, intentions, stances, attitudes, participles and relative clauses
// whose subject is a named person, a body or a pronoun ("Clinton acknowledged that …", "Trump refuses to …", "Clinton
// cited …", "…, citing …", "Mr. Kamin, who emphasized that …"). quotes/reported.ts turns them into quotes.
import type { Sentence } from '../segment.js';
import { EVIDENTIAL_PARTICIPLES, GLOSS_PARTICIPLES, SILENT_WHEN_NEGATED_STEMS, SPEECH_VERBS, STANCE_VERBS, TRANSFER_VERBS } from '../lexicon/speech.js';
import { isCommunicationOrCognitionVerb, isCommunicationVerb } from '../lexicon/verb-classes.js';
import { ROLE_NOUNS } from '../lexicon/titles.js';
import { MEDIA_ROLES } from '../lexicon/relations.js';
import { namingParticiples } from './naming-participle.js';
import { longSubjectNamings } from './long-subject-naming.js';
import { thatOpensNoClause } from './that-clause.js';
import { PHRASAL_PARTICLE, callsForPurpose, DESCRIBED_AS, ATTITUDE, STANDING, closesQuoteFrame, POSSESSED_STANCE, INTENTION_VERB, NEGATED, CALLED_QUOTED, POSSESSED_CLAIM, INTENTION, NOT_ATTRIBUTING, NOT_STANCE_STEM, NOT_STANCE_VERB, RELATIVE, STANCE, STANCE_PARTICIPLE, SUBJECT_VERB, THAT_CLAUSE, THINKING_VERBS, clauseEnd, declaresThing, textCueBits, mayMatch, requireCueWords, enoughWords, isWholeQuote, wordCount } from './patterns.js';
import { firstFrom, governingHead, isPerson, modifiedNoun, participleSubject, speakerFromText } from './speakers.js';
import type { MentionRef, SpeakerRef } from './speakers.js';
import type { RuleId } from './rules.js';
import { commonSubjectClauses } from './common-clauses.js';
import { relatedSource } from './related-source.js';
import { coordinatedIntentions } from './coordinated-intention.js';
import { commonAntecedent } from './common-antecedent.js';

/** Verbs of speaking report a topic only after "about"/"of": "spoke about her ties …", not "spoke on Sunday". */
const SPEAKING = /^(?:spoke|speak|speaks|speaking|spoken|talk|talks|talked|talking|chat|chats|chatted|chatting|lectured?|lecturing|preached?|preaching|testif(?:y|ies|ied|ying))$/;
/** What no stance's object starts with: a place or a time ("teaches at …") or an adjunct ("yells while moving …"), or a verb left by a clause around the cue. */
/** Participles that name a source when their object is one. */
const SOURCE_CITING = /^(?:citing|quoting)$/;
/** A source and nothing more up to the sentence's end: "a statement", "unnamed officials", "people familiar with the matter". */
/** The object of a citing participle up to its comma or the sentence's end ("the Royal Thai Police,"): group 1 "the ". */
const CITED_OBJECT = /^((?:[Tt]he\s+)?)[^,;:“”"()]*/u;
const CITED_SOURCE_ONLY = /^(?:(?:an?|the|its|his|her|their|one|two|three|several|unnamed|anonymous|senior|local|state|official|government|military|diplomatic)\s+){0,3}(?:[\p{L}-]+\s+){0,2}?(?:statements?|reports?|sources?|officials?|people|persons?|spokes(?:man|woman|person)|documents?|media|agency|outlets?|newspapers?|witnesses|residents|diplomats)(?:\s+(?:familiar\s+with|close\s+to|briefed\s+on|from|in|at|of|by|with|on)\s[^,;:“”"]{1,60})?\s*[.!?]?$/u;
const NO_OBJECT = /^(?:and|or|but|earlier|later|previously|again|then|also|at|in|on|from|with|during|after|before|since|until|near|while|when|whenever|because|whereas|is|are|was|were|has|have|had|would|will|could|should|can|may|might|must)\b/;

/** A time phrase, then a preposition opening an adjunct: no object follows the verb ("requested this spring from …"). */
const TIME_THEN_ADJUNCT = /^(?:(?:earlier|later)\s+)?(?:this|last|next|that)\s+(?:week|month|year|spring|summer|fall|autumn|winter|morning|afternoon|evening|weekend)\s+(?:from|at|in|on|during|with|by)\b/;

/** SUBJECT was (adverb) VERBED by (the) NAME, the sentence's own subject after an opening word. */
export const PASSIVE_BY = /^(?:(?:However|Still|But|And|Meanwhile|Instead),?\s+)?([\p{Lu}“"][^,;:“”"]{2,150}?)\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:(?:first|also|widely|roundly|publicly|strongly|later|quickly|immediately|repeatedly|sharply|\p{Ll}+ly)\s+)?(\p{Ll}{3,}ed)\s+by\s+(?:[Tt]he\s+)?(?=\p{Lu})/u;

/** What every PASSIVE_BY match holds: a participle in -ed, then "by" between spaces. */
const PASSIVE_AGENT = /ed\s+by\s/;

/** Verbs whose passive is seldom a stance: "was quoted by", "was attacked by" (missiles), "was briefed by". */
const NOT_PASSIVE_STANCE = /^(?:quoted|attacked|briefed|informed|called|named|elected|appointed|nominated|asked)$/;

/** A participle right after a document someone issued: "a statement calling …", "a letter saying …". */
const DOCUMENT_PARTICIPLES = ['saying', 'calling', 'urging', 'warning', 'demanding', 'accusing', 'praising', 'condemning', 'criticizing', 'denouncing', 'blaming', 'arguing', 'claiming', 'announcing', 'asking', 'insisting', 'noting', 'stressing'];
/** Documents a subject puts out, whose participle ("a statement saying …") is the subject's. */
const DOCUMENT_NOUN = '(?:statement|letter|tweet|tweets|memo|report|video|ad|op-ed|message|post|resolution)';
export const DOCUMENT_PARTICIPLE = new RegExp(`\\b${DOCUMENT_NOUN}\\s+(${DOCUMENT_PARTICIPLES.join('|')})\\s+(?:that\\s+)?(?=[\\p{L}\\d“"$])`, 'gu');
// The participle stands between spaces: a sentence without one of them skips the pattern.
requireCueWords(DOCUMENT_PARTICIPLE, [new Set(DOCUMENT_PARTICIPLES)]);

/** A verb putting out a document and the document right before a participle: "issued a statement ", "released a brief
 * letter ", "posted a video on Twitter " is not read (the participle follows the noun). Anchored at the end: linear. */
const PUT_OUT_DOCUMENT_AT_END = new RegExp(`\\b(?:issued|issues|released|releases|put\\s+out|puts\\s+out|posted|posts|sent|sends|published|publishes|signed|signs|delivered|adopted|passed)\\s+(?:a|an|the|his|her|its|their|a\\s+joint)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?${DOCUMENT_NOUN}\\s+$`, 'u');
const DOCUMENT_PARTICIPLE_WORDS: ReadonlySet<string> = new Set(DOCUMENT_PARTICIPLES);

/**
 * Where the verb putting out a document stands in the words before a participle cue that follows the document ("The
 * Taliban issued a statement saying …" → the index of "issued"), else -1. The participle is the document's, and so its
 * issuer's: the subject before that verb speaks, never the document itself.
 */
export function putOutDocumentAt(before: string, cue: string): number {
  if (!DOCUMENT_PARTICIPLE_WORDS.has(cue.toLowerCase())) return -1;
  const from = Math.max(0, before.length - 90);
  const hit = PUT_OUT_DOCUMENT_AT_END.exec(before.slice(from));
  return hit ? from + hit.index : -1;
}

/** A document the subject put out, and what it says: "… a letter from his doctor Friday afternoon that says …". */
const DOCUMENT_VERBS = ['says', 'said', 'shows', 'showed', 'states', 'stated', 'claims', 'claimed', 'argues', 'argued', 'calls\\s+for', 'called\\s+for'];
export const DOCUMENT_SAYS = new RegExp(`\\s(?:letter|statement|report|memo|ad|video|tweet|post|op-ed|filing|complaint)\\b[^,.;:“”"]{0,60}?\\s(?:that|which)\\s+(${DOCUMENT_VERBS.join('|')})\\s+(?:that\\s+)?(?=[\\p{L}\\d“"$])`, 'gu');
// "that"/"which" and the verb's first word stand between spaces.
requireCueWords(DOCUMENT_SAYS, [new Set(['that', 'which']), new Set(DOCUMENT_VERBS.map((v) => v.split('\\')[0]))]);

/** Participles of intention, taking "to …": "…, promising to lift …", "…, vowing to …". */
const INTENTION_PARTICIPLE = /^(?:promising|vowing|pledging|threatening|refusing|offering|planning|hoping|seeking|declining|proposing|intending|aiming)$/;

/** Participles that say how the subject stands, not what was done to it: "Obama is also determined to warn …". */
const ATTITUDE_PARTICIPLE = /^(?:determined|committed|opposed|inclined|resolved|prepared|dedicated|intent)$/;

/** Text ending in a preposition: a name after it is inside a prepositional phrase ("at the State Department"). */
const AFTER_PREPOSITION = /\b(?:at|of|for|in|from|with|by|on|to|about|against|under|over)\s+(?:the\s+)?$/i;

/** A stance verb's uninflected form: no -s, -ed or -ing, and no irregular past ("sought", "laid", "took", "spoke"). */
const BARE_FORM = /^(?!\p{Ll}+(?:s|ed|ing)$|(?:sought|laid|took|made|spoke|went|broke|stood|drew|gave|held|led|met|put|set|cast|hit|thought|told|wrote|said|read|cut|shook|brought|fought|taught|felt|knew|saw|won|lost|paid|sent|spent|struck|threw|shrugged)$)\p{Ll}+$/u;
/** A country named by its people ("Palestinians", "Israelis", "the Chinese"): a plural, its bare verb finite. */
const DEMONYM_PLURAL = /(?:ans|is|ese|ers)$/;
/** The last name of a coordinated subject ("China and Russia support …"): a plural, its bare verb finite. */
const COORDINATED_BEFORE = /(?:\b(?:and|or|nor)|,)\s+$/;
/** Words between a subject and a bare-looking verb that make it finite, an infinitive or a participle ("has gone after"). */
const AUXILIARY_BEFORE_BARE = /\b(?:will|would|can|could|should|shall|may|might|must|to|did|do|does|not|never|cannot|has|have|had|is|was|are|were|be|been|being)\b|n[’']t\b|[’'](?:s|ve|d|ll)\b/;

/** A form of "be" (and adverbs) ending the words before a participle: a passive. No listed word may end in -ly: it would
 * match two ways, and the pattern backtrack exponentially ("widely" did). */
const PASSIVE_BEFORE = /\b(?:is|was|are|were|been|be|being)(?:\s+(?:also|not|never|then|often|sometimes|still|already|now|even|always|\p{Ll}+ly))*\s*$/u;

/** Speech verbs whose object is no position: "said a prayer", "told reporters", "added a line", "reported earnings". */
const NOT_STANCE_SPEECH = /^(?:say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|write|writes|wrote|writing|written|report|reports|reported|reporting|continue[sd]?|continuing|repeat(?:s|ed|ing)?|state[sd]?|stating|answer(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|respond(?:s|ed|ing)?|inform(?:s|ed|ing)?|brief(?:s|ed|ing)?|signal(?:s|ed|led|ing|ling)?|agree[sd]?|agreeing|maintain(?:s|ed|ing)?|observe[sd]?|observing|counter(?:s|ed|ing)?|charge[sd]?|charging|ask(?:s|ed|ing)?|hope[sd]?|hoping|fear(?:s|ed|ing)?|think(?:s|ing)?|thought|believe[sd]?|believing|conclude[sd]?|concluding|recall(?:s|ed|ing)?|predict(?:s|ed|ing)?|estimate[sd]?|estimating|indicate[sd]?|indicating|tweet(?:s|ed|ing)?)$/;

/**
 * A noun and an optional relative word ending the words before a subject, with title words between ("a drug that US
 * President", "the cause "): the subject opens an object relative clause, its verb's object is that noun. Not a word of
 * time, place, manner or reason ("the day Trump said …" has an object of its own), nor a closed-class word or a verb
 * taking a clause (checked apart: the determiner group tells "the claims" from "claims").
 */
const RELATIVE_HEAD_BEFORE = /(?:^|[\s(])(?:([Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our|[Tt]hese|[Tt]hose|[Ss]uch)\s+)?(\p{Ll}{3,})\s+(?:(?:that|which|whom)\s+)?(?:(?:\p{Lu}[\p{L}.’'-]*|of|the)\s+){0,4}$/u;
const NOT_RELATIVE_HEAD = /^(?:and|but|nor|yet|also|then|than|as|when|while|whereas|because|since|after|before|until|unless|although|though|if|where|whether|so|that|which|who|whom|whose|what|how|why|of|to|for|with|by|on|in|at|from|about|into|onto|over|under|against|among|between|during|without|through|the|this|these|those|some|any|each|every|its|his|her|their|our|your|is|was|are|were|be|been|being|has|have|had|will|would|could|should|shall|may|might|must|can|did|does|not|day|days|time|times|moment|week|weeks|month|months|year|years|night|morning|evening|hour|hours|minute|era|period|way|ways|reason|reasons|place|places|point|extent|degree|same|only|first|last|once|even|ever|just|now|here|there|today|yesterday|tonight)$/;
/** Nouns of a role standing before a name as its title ("the spokesman John Kirby"), singular and plural. */
/** People a name follows as their title of relation ("my colleague Jeffrey Goldberg", "his lawyer Rudy Giuliani"). */
const PEOPLE_BEFORE_NAMES = ['colleague', 'friend', 'aide', 'ally', 'rival', 'opponent', 'counterpart', 'successor', 'predecessor', 'boss', 'lawyer', 'attorney', 'client', 'partner', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'cousin', 'nephew', 'niece', 'expert', 'analyst', 'scholar', 'counsel'];
const ROLE_HEADS: ReadonlySet<string> = new Set([...ROLE_NOUNS, ...MEDIA_ROLES, ...PEOPLE_BEFORE_NAMES].filter((r) => !r.includes(' ')).flatMap((r) => [r, `${r}s`]));
/** Nouns whose "that" opens their content, not a relative clause ("the fact that Putin insists on …"). */
export const CONTENT_NOUN = /^(?:fact|facts|claim|claims|idea|notion|belief|beliefs|assertion|news|report|reports|suggestion|view|argument|possibility|hope|hopes|fear|fears|sense|indication|indications|evidence|sign|signs|assurance|assurances|promise|pledge|announcement|statement|allegation|allegations|charge|charges|accusation|accusations|warning|warnings|impression|concern|concerns|worry|worries|understanding|realization|expectation|expectations|conclusion|message|insistence|theory|assumption|reminder|admission|proof|confirmation|speculation|rumor|rumors|rumour|rumours)$/;
/** Words before "that" heading no noun: an adjective or adverb of a clause put after ("It's clear that …", "so eager that …"). */
const ADJECTIVE_HEAD = /^(?:clear|unclear|likely|unlikely|possible|impossible|true|false|sure|certain|uncertain|aware|obvious|evident|apparent|plain|odd|strange|ironic|notable|telling|doubtful|understandable|remarkable|significant|important|striking|surprising|fitting|fortunate|unfortunate|good|bad|better|worse|best|worst|enough|so|such|eager|afraid|glad|happy|confident|convinced|adamant|unaware)$|(?:able|ible|ful|ous|ical)$/;
/** Verbs that take a clause: after one, a finite verb opens that clause with the relative's noun as its subject
 * ("a step that the White House asserted was within his power"), no main clause going on. */
const CLAUSE_TAKING_VERB = /^(?:say|says|said|claim(?:s|ed)?|assert(?:s|ed)?|argue[sd]?|insist(?:s|ed)?|believe[sd]?|think|thinks|thought|contend(?:s|ed)?|maintain(?:s|ed)?|allege[sd]?|suggest(?:s|ed)?|predict(?:s|ed)?|estimate[sd]?|expect(?:s|ed)?|know|knows|knew|feel|feels|felt|assume[sd]?|acknowledge[sd]?|admit(?:s|ted)?|conclude[sd]?|warn(?:s|ed)?|fear(?:s|ed)?|hope[sd]?)$/;
/** An intention verb's infinitive, with the one asked to act before it: " to defend", " him to defend". */
const INFINITIVE_AFTER = /^\s+(?:\S+\s+){0,3}?to\s+\p{Ll}+/u;
/** What comes right after a verb whose object was the relative's noun: a preposition, a time word, a finite verb, a mark. */
/** A predicate opening right after a verb: an auxiliary or a past form before its object ("raised questions"). */
const GAP_PREDICATE = /^\s+(?:\p{Ll}+ly\s+)?(?:is|was|are|were|has|have|had|will|would|could|should|may|might|can|must|\p{Ll}{2,}ed\s+(?:the|a|an|his|her|its|their|questions|concerns|support|to|as|at|in|on|for|from|with|about|into|up|out|off)\b)/u;
const OBJECT_GAP_AFTER = /^(?:\s+(?:\p{Ll}+ly|altogether|again|too|entirely))?(?:\s*[,.;:!?)—–]|\s+--?\s|\s+(?:on|under|in|at|during|with|from|into|over|after|before|since|without|by|against|last|earlier|yesterday|today|has|have|had|is|was|are|were|will|would|could|should|may|might|can)\b)/u;

/** A particle of a phrasal verb, or "or"/"and" and a second bare verb with its particle, right after the verb. */
const PARTICLE_OR_COORDINATED_VERB = /^(?:\s+(?:or|and)\s+\p{Ll}+)?(?:\s+(?:off|up|out|down|back|away))?/u;

/** The object of "claimed" when a disaster claims lives: "the life of …", "the lives of 67 Israelis". */
export const CLAIMED_LIVES = /^(?:the\s+)?(?:\S+\s+)?(?:lives?|life)\s+of\b/;

/** Every subject–verb–object whose verb is one of communication or speech (speech verbs with a clause were reported already). */
function* communicationStances(text: string): Generator<RegExpExecArray> {
  SUBJECT_VERB.lastIndex = 0;
  for (let m = SUBJECT_VERB.exec(text); m; m = SUBJECT_VERB.exec(text)) {
    const verb = m[3];
    // Speech verbs with a clause are reports (found earlier); with an object they are stances too ("stressed the need
    // to …", "mentioned the remarks …") — but not the verbs whose object is a listener, a topic or a plain noun.
    if (NOT_STANCE_SPEECH.test(verb)) continue;
    // An inflected verb (a bare form after a name is more often a noun: "Trump will", "Air Force general"), and no
    // passive: "Cruz was booed" names the target, not the source.
    if (!/(?:ed|s|ing)$/.test(verb) && !/^(?:knew|felt|sought|spoke|wrote|told|thought|swore|taught|meant|forbade)$/.test(verb) && !/(?:\sto|\b(?:did|does|do|not)|n[’']t|can[’']t)$/.test(m[2])) continue;
    if (/ed$/.test(verb) && !ATTITUDE_PARTICIPLE.test(verb) && /\b(?:is|was|are|were|been|be)(?:\s+(?:also|not|never|then|\p{Ll}+ly))*\s*$/u.test(m[2])) continue;
    if (NOT_STANCE_STEM.test(verb)) continue;
    // "The strike claimed the life of …": a disaster claiming lives kills, it puts nothing forward.
    if (/^claim/.test(verb) && CLAIMED_LIVES.test(text.slice(m.index + m[0].length))) continue;
    // "declared a week of mourning": declaring a thing into being is an act.
    if (declaresThing(verb, text.slice(m.index + m[0].length))) continue;
    // A participle right after a name describes it ("the millions of Americans supporting Donald Trump"): a stance's
    // -ing form needs "is"/"was".
    if (/ing$/.test(verb) && !/\b(?:is|was|are|were|been|be)\b|[’']s\b/.test(m[2])) continue;
    // "delivered at New York University": "at" and "with" after a verb say where or with whom, but for the verbs they
    // complete ("hinted at", "scoffed at", "sided with").
    if (/\s(?:at|with)\s+$/.test(m[0]) && !/^(?:hint|scoff|laugh|jab|poke|sneer|rail|snap|lash|side|sid|agree|disagree|argu|quarrel|clash|spar|tangl)/.test(verb)) continue;
    // "a speech Kim delivered to the assembly", "the letter he sent to Congress": a verb handing a thing over, "to"
    // right after it, has its object elsewhere (the noun before); the words after "to" name who received it.
    if (/\sto\s+$/.test(m[0]) && TRANSFER_VERBS.has(verb)) continue;
    // "spoke about her ties to black churches" reports a topic; "spoke on Sunday" does not.
    if (SPEAKING.test(verb) && !/\s(?:about|of)\s+$/.test(m[0])) continue;
    if (NOT_STANCE_VERB.test(verb) || NOT_STANCE_VERB.test(verb.replace(/ing$/, 'e'))) continue; // "waving", "greeting"
    // A verb of thought reports only a clause: "He realized he had lost", "recalled she was there" (the clause is read
    // only for such a verb: most subject–verb pairs are neither). Asked last: the word tests above are cheaper than
    // WordNet's classes, and every test here is a pure test of the match, so their order changes nothing kept.
    if (!(SPEECH_VERBS.has(verb) || isCommunicationVerb(verb)) && !(isCommunicationOrCognitionVerb(verb) && /^(?:he|she|they|we|I|it|there)\s+\p{Ll}/u.test(text.slice(m.index + m[0].length)))) continue;
    yield m;
  }
}

export interface ClauseAttribution {
  rule: RuleId;
  kind: 'that' | 'intention' | 'stance';
  cueAt: number;
  contentStart: number;
  /** Where the clause must end at the latest (sentence-relative). */
  end?: number;
  cue: string;
  speaker: SpeakerRef;
  stance?: boolean;
}

/** The object of "citing"/"quoting" at `at` is one name (after "the"), up to a comma or the sentence's end. */
function citesOnlyName(text: string, at: number, s: Sentence, mentions: MentionRef[]): boolean {
  const object = CITED_OBJECT.exec(text.slice(at))!;
  const rest = text.slice(at + object[0].length);
  if (rest && !rest.startsWith(',')) return false;
  const start = s.start + at + object[1].length;
  let length = object[0].length;
  while (length > 0 && /[\s.!?]/u.test(object[0][length - 1])) length--;
  const end = s.start + at + length;
  const i = firstFrom(mentions, start);
  return i < mentions.length && mentions[i].start === start && mentions[i].end === end && mentions[i].type !== 'Event';
}

/**
 * That-clauses, intentions and stances whose subject is a named person or a pronoun — what PolNeAR calls attributions —
 * every one in the sentence, in order ("Trump tweeted that …, and encouraged Americans to …"). `cues`: the sentence's
 * words as cue bits, for the patterns' prefilters (patterns.ts mayMatch).
 */
export function clauseAttributions(text: string, s: Sentence, mentions: MentionRef[], roles: Map<string, string> = new Map(), cues = textCueBits(text)): ClauseAttribution[] {
  const out: ClauseAttribution[] = [];
  // "…, citing derogatory comments …", "…, reciting the reptile's taunt": a participle of stance or communication after a
  // comma is the subject's (speech participles report clauses: found with the reports).
  STANCE_PARTICIPLE.lastIndex = 0;
  for (let p = text.includes(',') ? STANCE_PARTICIPLE.exec(text) : null; p; p = STANCE_PARTICIPLE.exec(text)) {
    const verb = p[1].toLowerCase().replace(/\s+/g, ' ');
    const head = verb.split(' ')[0];
    // "…, promising to lift environmental regulations": an intention participle; its content starts at "to".
    if (INTENTION_PARTICIPLE.test(head) && verb === `${head} to` && /^\p{Ll}/u.test(text.slice(p.index + p[0].length))) {
      const verbAt = p.index + p[0].indexOf(p[1]);
      const speaker = participleSubject(text, text.slice(0, verbAt), head, s, mentions);
      if (speaker) out.push({ rule: 'clause.intention-participle', kind: 'intention', cueAt: verbAt, contentStart: verbAt + head.length + 1, cue: head, speaker });
      continue;
    }
    if (SPEECH_VERBS.has(head) || !(STANCE_VERBS.has(verb) || STANCE_VERBS.has(head) || isCommunicationVerb(head)) || NOT_STANCE_VERB.test(head) || NOT_STANCE_STEM.test(head)) continue;
    const verbAt = p.index + p[0].indexOf(p[1]);
    const contentStart = p.index + p[0].length;
    // ", referring to the underground Fordow facility": the reporter's gloss, unless it names the thing "as" something.
    if (GLOSS_PARTICIPLES.has(head) && !/\sas\s/.test(text.slice(contentStart, contentStart + clauseEnd(text.slice(contentStart))))) continue;
    // "speaking at the Queen Elizabeth II centre" says where, not what; speaking and talking report a topic only.
    if ((NO_OBJECT.test(text.slice(contentStart)) || /^to\b/.test(text.slice(contentStart))) && verb === head) continue;
    if (SPEAKING.test(head) && !/\s(?:about|of)$/.test(verb)) continue;
    // "North Korea said it had test-fired a new missile, underscoring the need …": the test underscores, not the source.
    if (EVIDENTIAL_PARTICIPLES.has(head) && reportsClauseBefore(text.slice(0, verbAt))) continue;
    // "…, the Associated Press reported, citing a statement": citing a bare source names where the words came from,
    // it puts nothing forward (not "citing a report that …" or "citing a section of the trade law").
    if (SOURCE_CITING.test(head) && CITED_SOURCE_ONLY.test(text.slice(contentStart))) continue;
    // "The Bangkok Post, citing the Royal Thai Police, put the death toll at 19": a name cited is a source, whether the
    // aside ends the sentence or its comma gives the subject back its own verb — nothing put forward.
    if (SOURCE_CITING.test(head) && citesOnlyName(text, contentStart, s, mentions)) continue;
    const speaker = participleSubject(text, text.slice(0, verbAt), head, s, mentions);
    if (speaker && wordCount(text.slice(contentStart, contentStart + clauseEnd(text.slice(contentStart)))) >= 2) out.push({ rule: 'clause.stance-participle', kind: 'stance', cueAt: verbAt, contentStart, cue: verb, speaker });
  }
  // "…issued a statement calling the test “a clear violation”", "…released a letter saying …": a participle after a
  // document the subject put out is the subject's.
  DOCUMENT_PARTICIPLE.lastIndex = 0;
  for (let p = mayMatch(DOCUMENT_PARTICIPLE, cues) ? DOCUMENT_PARTICIPLE.exec(text) : null; p; p = DOCUMENT_PARTICIPLE.exec(text)) {
    const verb = p[1].toLowerCase();
    const verbAt = p.index + p[0].indexOf(p[1]);
    const speaker = participleSubject(text, text.slice(0, verbAt).replace(/\s*$/, ', '), verb, s, mentions);
    const contentStart = p.index + p[0].length;
    if (!speaker || wordCount(text.slice(contentStart, contentStart + clauseEnd(text.slice(contentStart)))) < 2) continue;
    const speech = SPEECH_VERBS.has(verb) && !STANCE_VERBS.has(verb);
    out.push({ rule: 'clause.document-participle', kind: speech ? 'that' : 'stance', cueAt: verbAt, contentStart, cue: verb, speaker, stance: speech ? undefined : true });
  }
  // "He released a letter from his doctor Friday afternoon that says he has …": what the subject's document says.
  DOCUMENT_SAYS.lastIndex = 0;
  for (let p = mayMatch(DOCUMENT_SAYS, cues) ? DOCUMENT_SAYS.exec(text) : null; p; p = DOCUMENT_SAYS.exec(text)) {
    const verbAt = p.index + p[0].lastIndexOf(p[1]);
    const speaker = participleSubject(text, text.slice(0, p.index).replace(/\s*$/, ', '), 'saying', s, mentions);
    const contentStart = p.index + p[0].length;
    if (!speaker || wordCount(text.slice(contentStart, contentStart + clauseEnd(text.slice(contentStart)))) < 3) continue;
    out.push({ rule: 'clause.document-says', kind: 'that', cueAt: verbAt, contentStart, cue: p[1].toLowerCase(), speaker });
  }
  // A named subject's speaker in context, per subject span (fromMatch, subjectInContext): this sentence's only.
  const subjects = new Map<string, SpeakerRef>();
  const kinds: [RegExp, 'that' | 'intention' | 'stance' | 'attitude', RuleId][] = [[THAT_CLAUSE, 'that', 'clause.that'], [INTENTION, 'intention', 'clause.intention'], [STANCE, 'stance', 'clause.stance'], [CALLED_QUOTED, 'stance', 'clause.called'], [DESCRIBED_AS, 'stance', 'clause.described-as'], [ATTITUDE, 'attitude', 'clause.attitude'], [STANDING, 'stance', 'clause.standing']];
  for (const [re, kind, rule] of kinds) {
    if (!mayMatch(re, cues)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // A position is held with a copula: "Americans worried about immigration might …" is a participle.
      if (re === STANDING && !/\b(?:is|was|are|were|been|remains|remained|became)\b|[’']s\b|n[’']t\b/.test(m[2])) continue;
      // "Labour respects that decision,' the Labour leader said": one word and a mark after "that" is a demonstrative
      // and its noun, no clause.
      // (Not an adverb or a subject set off before its clause: "that typically, transcripts …", "that there “will …”".)
      if (re === THAT_CLAUSE && /^(?!(?:he|she|it|they|we|there|this|here|much|many|more|little|few|all)\b)\p{Ll}+(?<!ly)[,.;:!?]/u.test(text.slice(m.index + m[0].length))) continue;
      // "He achieved that vision at the cost of …", "the evidence Mueller gathered that did not lead …": a determiner or a
      // relative pronoun, no that-clause (quotes/that-clause.ts).
      if (re === THAT_CLAUSE && thatOpensNoClause(text.slice(m.index + m[0].length))) continue;
      // A phrasal verb's particle: "called off the meeting … citing the North's “hostility”" cancels it, it names nothing.
      if (re === CALLED_QUOTED && PHRASAL_PARTICLE.test(text.slice(m.index + m[0].length))) continue;
      // A telephone call made for a purpose: "called Mr Trump to tell him …", "called him Friday to urge …" names nothing.
      if (re === CALLED_QUOTED && callsForPurpose(text.slice(m.index + m[0].length))) continue;
      // A passive names the target, not the source: "He was criticized for …", "was ordered to leave".
      if (re === STANCE && PASSIVE_BEFORE.test(m[2]) && /^\p{Ll}+(?:ed|en|ught|aid)(?:\s|$)/u.test(m[3])) continue;
      const found = fromMatch(m, rule, kind, text, s, mentions, roles, subjects);
      if (found) out.push(found);
    }
  }
  for (const m of communicationStances(text)) {
    const found = fromMatch(m, 'clause.communication-verb', 'stance', text, s, mentions, roles, subjects);
    if (found) out.push(found);
  }
  // "… made a strong condemnation of the test and pledged to impose …": a commissive after a first predicate, the
  // sentence's subject's (before the common-noun reading, which would take the first predicate's words as its subject).
  out.push(...coordinatedIntentions(text, s, mentions));
  out.push(...relativeAttributions(text, s, mentions), ...possessedClaims(text, s, mentions, cues), ...passiveAttributions(text, s, mentions), ...commonSubjectClauses(text, s, mentions, roles));
  out.push(...namingParticiples(text, s, mentions, roles));
  out.push(...longSubjectNamings(text, s, mentions, roles));
  const opening = openingParticiple(text, s, mentions);
  if (opening) out.push(opening);
  // Two patterns may read the same attribution ("refuses to …" is an intention and a stance): the first reading stands.
  const seen = new Set<number>();
  return out.filter((c) => !seen.has(c.cueAt) && !!seen.add(c.cueAt)).sort((a, b) => a.contentStart - b.contentStart);
}

/**
 * A participle opening the sentence reports for the subject after its comma: "Claiming the criticism is designed to
 * pressure moderators, Trump told Fox …", "After saying her foot was swollen, she was …".
 */
function openingParticiple(text: string, s: Sentence, mentions: MentionRef[]): ClauseAttribution | null {
  const m = /^(?:(?:After|Before|While|By|Despite)\s+)?(\p{L}+ing)\s+(that\s+)?([^,;:“”"]{8,200}?),\s+(?:(he|she|He|She)\b|(?=\p{Lu}))/u.exec(text);
  if (!m) return null;
  const verb = m[1].toLowerCase();
  if (NOT_STANCE_SPEECH.test(verb) && !/^(?:saying|telling|adding)$/.test(verb)) return null;
  if (!(SPEECH_VERBS.has(verb) || isCommunicationVerb(verb))) return null;
  // "Addressing concerns about his stance, he said …": a verb whose object is a listener or a topic puts nothing forward.
  if (!/^(?:call|nam)/.test(verb) && (NOT_STANCE_VERB.test(verb) || NOT_STANCE_VERB.test(verb.replace(/ing$/, '')))) return null;
  // "Speaking to reporters on Tuesday, Pompeo said …": speaking reports a topic only.
  if (SPEAKING.test(verb) && !/^(?:about|of)\s/.test(m[3])) return null;
  const subjectAt = s.start + m.index + m[0].length;
  let speaker: SpeakerRef | null = m[4] ? { start: subjectAt - m[4].length, end: subjectAt, entityId: null, pronoun: m[4].toLowerCase() } : null;
  if (!speaker) {
    const k = firstFrom(mentions, subjectAt);
    const mention = mentions[k];
    // The name must be the subject: right after the comma, and followed by its verb, not by more of a name list.
    if (mention && mention.start === subjectAt && mention.type !== 'Event' && /^\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+/u.test(text.slice(mention.end - s.start))) speaker = { start: mention.start, end: mention.end, entityId: mention.entityId };
  }
  if (!speaker) return null;
  const contentStart = m.index + m[0].indexOf(m[3], m[1].length + (m[2]?.length ?? 0));
  const speech = SPEECH_VERBS.has(verb) && !!(m[2] || /^(?:saying|telling|adding|claiming|arguing|insisting|noting|warning|suggesting)$/.test(verb));
  return { rule: 'clause.opening-participle', kind: speech ? 'that' : 'stance', cueAt: m.index + m[0].indexOf(m[1]), contentStart, end: contentStart + m[3].length, cue: verb, speaker, stance: speech ? undefined : true };
}

/** The named entity whose mention ends where the match's possessor (group 1, before "’s") ends. */
function possessor(m: RegExpExecArray, s: Sentence, mentions: MentionRef[]): SpeakerRef | null {
  const nameEnd = s.start + m.index + m[0].indexOf(m[1]) + m[1].length;
  const mention = mentions[firstFrom(mentions, nameEnd - m[1].length)];
  if (!mention || mention.end !== nameEnd || mention.type === 'Event') return null;
  return { start: mention.start, end: mention.end, entityId: mention.entityId };
}

/** A preposition or participle opening a sentence with a phrase that a comma closes before the main clause. */
const OPENING_PHRASE_WORD = /^(?:Despite|After|Before|Since|Following|Amid|Given|Over|Under|With|Without|Asked\s+(?:about|of)|Responding\s+to|Reacting\s+to|In\s+(?:response|reply|reaction)\s+to|Because\s+of|Due\s+to)\s/;

/** What POSSESSED_CLAIM and POSSESSED_STANCE both require: "’s"/"'s" and a space. */
export const POSSESSIVE_S = /[’']s\s/;

/** Finite verbs a claim's clause and the main clause after it open with ("… was recovering | was false", "… | drew ridicule");
 * a past verb after a subject pronoun ("… that he pressured Putin …") is the claim's own. */
const CLAIM_FINITE = /\s(?:is|was|were|are|has|have|had|will|would|drew|draws|sparked|prompted|met|came|comes|raised|angered|contradicts|contradicted|ignores|ignored|flies|flew|rings|rang|seems|seemed|appears|appeared|remains|remained)\b|(?<=\b(?:he|she|they|we|I))\s\p{Ll}+ed\b/gu;
/** Words between two finite verbs that make the second one another clause's inside the claim ("… and jobs were …"). */
const INNER_CLAUSE_LINK = /\b(?:and|or|but|that|which|who|because|when|while|if|since|as|after|before|until|where|whether)\b|,/;
/** The words before a claim noun phrase that leave it the subject of its clause: nothing, or a report's "said (that)". */
const SUBJECT_POSITION = /(?:^|\b(?:that|said|says|say|argued|argues|believe|believes|believed|think|thinks|thought))\s*$/;

/**
 * Where a claim's that-clause ends when the claim heads its own clause ("Obama's claim that the economy was recovering
 * was false", "McConnell said Obama's claim that … drew ridicule"): at the second finite verb, the main clause's,
 * unless a conjunction or relative between the two makes the second one the claim's too. Undefined: the clause runs on.
 */
function claimSubjectEnd(text: string, claimAt: number, contentStart: number): number | undefined {
  if (!SUBJECT_POSITION.test(text.slice(Math.max(0, claimAt - 40), claimAt))) return undefined;
  const rest = text.slice(contentStart);
  let previous: RegExpExecArray | null = null;
  CLAIM_FINITE.lastIndex = 0;
  for (let v = CLAIM_FINITE.exec(rest); v; v = CLAIM_FINITE.exec(rest)) {
    if (previous && !INNER_CLAUSE_LINK.test(rest.slice(previous.index + previous[0].length, v.index))) return contentStart + v.index;
    previous = v;
  }
  return undefined;
}

/** "Donald Trump’s claim that …": a claim, a view or a promise put forward, held by the named possessor. */
function possessedClaims(text: string, s: Sentence, mentions: MentionRef[], cues: number): ClauseAttribution[] {
  const out: ClauseAttribution[] = [];
  // Both patterns need a possessive "’s"/"'s" before a space (tests/extract/cue-words.test.ts holds them to it), and
  // each its noun (mayMatch).
  if (!POSSESSIVE_S.test(text)) return out;
  POSSESSED_CLAIM.lastIndex = 0;
  for (let m = mayMatch(POSSESSED_CLAIM, cues) ? POSSESSED_CLAIM.exec(text) : null; m; m = POSSESSED_CLAIM.exec(text)) {
    const speaker = possessor(m, s, mentions);
    if (!speaker) continue;
    const contentStart = m.index + m[0].length;
    if (wordCount(text.slice(contentStart, contentStart + clauseEnd(text.slice(contentStart)))) < 3) continue;
    const end = claimSubjectEnd(text, m.index + m[0].indexOf(m[1]), contentStart);
    out.push({ rule: 'clause.possessed-claim', kind: 'that', cueAt: m.index + m[0].indexOf(m[2], m[1].length), contentStart, end, cue: m[2], speaker, stance: true });
  }
  POSSESSED_STANCE.lastIndex = 0;
  for (let m = mayMatch(POSSESSED_STANCE, cues) ? POSSESSED_STANCE.exec(text) : null; m; m = POSSESSED_STANCE.exec(text)) {
    const speaker = possessor(m, s, mentions);
    if (!speaker) continue;
    // "Obama's efforts on ISIS": efforts are deeds; only an effort "to" do something states an aim.
    if (/^efforts?$/.test(m[2]) && m[3]) continue;
    const contentStart = m.index + m[0].length;
    if (!enoughWords(text.slice(contentStart, contentStart + clauseEnd(text.slice(contentStart))), true)) continue;
    // The noun phrase is often the sentence's subject: it ends at the main verb ("… on the shooting were strong").
    const verb = /\s(?:is|was|were|are|has|have|had|came|comes|did|does|do|will|would|could|may|might|must|can|drew|met|sparked|prompted)\b/.exec(text.slice(contentStart));
    // …or it sits in a phrase opening the sentence ("Despite Trump's decision to withdraw in October, some troops
    // remain", "Asked about Macron's comments on NATO, Trump said …"): it ends at the comma closing that phrase.
    const openingComma = OPENING_PHRASE_WORD.test(text) && !/,/.test(text.slice(0, m.index)) ? text.indexOf(',', contentStart) : -1;
    const phraseEnd = openingComma >= 0 && (!verb || openingComma < contentStart + verb.index) ? openingComma : verb ? contentStart + verb.index : undefined;
    out.push({ rule: 'clause.possessed-stance', kind: 'stance', cueAt: m.index + m[0].indexOf(m[2], m[1].length), contentStart, end: phraseEnd, cue: m[3] ? `${m[2]} ${m[3]}` : m[2], speaker, stance: true });
  }
  return out;
}

/**
 * A passive naming its source: "The registration issue was first reported by The Washington Post", "Calls to
 * establish a commission were rejected by the Human Rights Council" — what was put forward is the sentence's subject.
 */
function passiveAttributions(text: string, s: Sentence, mentions: MentionRef[]): ClauseAttribution[] {
  // PASSIVE_BY needs "…ed by ": a sentence without it is not tried (the anchored lazy subject is costly to fail).
  if (!PASSIVE_AGENT.test(text)) return [];
  const m = PASSIVE_BY.exec(text);
  if (!m) return [];
  const verb = m[2];
  if (!(SPEECH_VERBS.has(verb) || STANCE_VERBS.has(verb) || isCommunicationVerb(verb)) || NOT_STANCE_VERB.test(verb) || NOT_STANCE_STEM.test(verb) || NOT_PASSIVE_STANCE.test(verb)) return [];
  // The subject is a noun phrase, not a clause holding another subject ("Hagel agreed to remain until his successor
  // is confirmed by the Senate").
  if (/\b(?:until|when|after|before|because|since|if|as|while|that|which|who|whom|and|but|or|said|says|agreed)\b/.test(m[1])) return [];
  const byEnd = s.start + m.index + m[0].length;
  const mention = mentions[firstFrom(mentions, byEnd)];
  // The name may carry a title: "criticized by Senator John McCain".
  if (!mention || mention.type === 'Event' || (mention.start !== byEnd && !/^(?:[\p{Lu}][\p{L}.]*\s+){1,3}$/u.test(text.slice(byEnd - s.start, mention.start - s.start)))) return [];
  // The name is the agent, not a modifier of it ("outlined by New York prosecutors").
  if (/^['’]s\b|^\s+(?!(?:in|on|at|last|this|earlier|during|after|before|and|as|for|with|to|since|over)\b)\p{Ll}/u.test(text.slice(mention.end - s.start))) return [];
  const contentStart = m.index + m[0].indexOf(m[1]);
  const end = contentStart + m[1].length;
  if (wordCount(m[1]) < 2) return [];
  return [{ rule: 'clause.passive-by', kind: 'stance', cueAt: m.index + m[0].lastIndexOf(verb), contentStart, end, cue: verb, speaker: { start: mention.start, end: mention.end, entityId: mention.entityId } }];
}

/** A finite verb or an auxiliary before a noun phrase: the phrase is no part of the sentence's subject. */
const SUBJECT_VERB_BEFORE = /\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|could|can|should|may|might|must|\p{Ll}{3,30}(?:ed|es|s)|said|told|made|took|gave|met|held|sent|saw|got|became|came|went|left|kept|found|heard|led|ran|won|lost)\s/u;

/** "Mr. Kamin, who emphasized that …", "the Saudi government, which has denied …": a relative clause whose verb is one of
 * speech, communication or thought. */
function relativeAttributions(text: string, s: Sentence, mentions: MentionRef[]): ClauseAttribution[] {
  const out: ClauseAttribution[] = [];
  RELATIVE.lastIndex = 0;
  // Its pronoun is a literal: a sentence without one is not scanned.
  for (let m = text.includes('who') || text.includes('which') ? RELATIVE.exec(text) : null; m; m = RELATIVE.exec(text)) {
    const pronoun = m[2];
    const verb = m[3];
    const hasThat = !!m[4];
    const clause = /^(?:he|she|they|we|I|it|there)\s+\p{Ll}/u.test(text.slice(m.index + m[0].length));
    // A verb with its particle may be a stance of its own: "who’s called for …", "who has campaigned heavily for …".
    const particle = /\s(for|on|to|about|against|of)\s+$/.exec(m[0])?.[1];
    const phrase = particle && STANCE_VERBS.has(`${verb} ${particle}`);
    if (NOT_STANCE_SPEECH.test(verb) && !hasThat && !clause && !/^(?:say|says|said|told|tells)$/.test(verb)) continue;
    if (!phrase && !(SPEECH_VERBS.has(verb) || isCommunicationVerb(verb) || ((hasThat || clause) && isCommunicationOrCognitionVerb(verb)))) continue;
    if (!/(?:ed|s|ing)$/.test(verb) && !/^(?:said|told|knew|felt|thought|wrote|spoke|understood|found|saw|heard|held)$/.test(verb)) continue;
    if (!phrase && (NOT_STANCE_STEM.test(verb) || NOT_STANCE_VERB.test(verb))) continue;
    // "…, who was speaking in Brighton": speaking reports a topic only, and an object is no place or time.
    if ((SPEAKING.test(verb) && !/\s(?:about|of)\s+$/.test(m[0])) || (!hasThat && !clause && NO_OBJECT.test(text.slice(m.index + m[0].length)))) continue;
    // The name the relative clause hangs on ends where the gap before "who" begins.
    const nameEnd = s.start + m.index;
    let antecedent: MentionRef | null = null;
    // …or before an appositive: "McConnell, now the Senate majority leader, who …".
    for (let k = firstFrom(mentions, nameEnd - 80); k < mentions.length && mentions[k].start < nameEnd; k++) {
      const mention = mentions[k];
      if (mention.type === 'Event') continue;
      const gap = text.slice(mention.end - s.start, m.index);
      if (mention.end === nameEnd || /^,\s+(?:now\s+|then\s+|also\s+)?(?:the|a|an|his|her|its|former|\p{Ll}+)\s[^,;:.“”"]{1,60}$/u.test(gap)) antecedent = mention;
    }
    // Without a comma the clause restricts the noun before it, which a name inside a prepositional phrase is not: "a
    // tech staffer at the State Department who told …" is the staffer.
    if (antecedent && !/[,—–]/.test(m[1]) && antecedent.end === nameEnd && AFTER_PREPOSITION.test(text.slice(0, antecedent.start - s.start))) antecedent = null;
    // "which" is never a person's ("the Chicago Police Department, which reported …"), "who" never a country's.
    if (antecedent && (pronoun === 'which' ? antecedent.type === 'Person' : antecedent.type === 'Country')) continue;
    // No name before it: a noun phrase of people (or, for "which", a body or a document) speaks, unnamed ("an architect
    // who said …", "some economists who argue that …": common-antecedent.ts).
    // (Unnamed, only a clause put forward: "officials, who denied that …", "European leaders, who said such a move could
    // …" — not a stance on a thing or a topic, "a lawyer who argues cases in court", "an invitee who spoke about it".)
    const reportsClause = hasThat || clause || /^(?:say|says|said|tell|tells|told)$/.test(verb);
    let speaker: SpeakerRef | null = antecedent ? { start: antecedent.start, end: antecedent.end, entityId: antecedent.entityId } : reportsClause && !particle ? commonAntecedent(text.slice(0, m.index), s.start, pronoun) : null;
    if (!speaker) continue;
    // Unnamed and restrictive inside the sentence's subject (no verb before the phrase: "The same conservative critics who
    // believed that … now worry …", "Of the 20 people who confirmed that …, 13 knew …"), the clause runs on into the main
    // predicate with no mark to end it: no report (as for a gapped relative on the subject, reported.ts).
    if (!antecedent && !/[,—–]/.test(m[1]) && !SUBJECT_VERB_BEFORE.test(text.slice(0, speaker.start - s.start))) continue;
    // "John Bentel, a tech staffer at the State Department who told …": the phrase stands in apposition to a person's
    // name right before it, who speaks.
    if (!antecedent && pronoun === 'who' && /^,\s+$/.test(text.slice(0, speaker.start - s.start).slice(-2))) {
      const named = mentions.find((x) => x.type === 'Person' && x.end === speaker!.start - 2);
      if (named) speaker = { start: named.start, end: named.end, entityId: named.entityId };
    }
    // "who pointedly refused to endorse …": an intention keeps its "to".
    const intention = particle === 'to' && INTENTION_VERB.test(verb);
    const contentStart = m.index + m[0].length - (intention ? m[0].length - m[0].lastIndexOf('to') : 0);
    // The relative clause ends where the main clause resumes: "McConnell, …, who said the party must win, spoke."
    const resume = /,\s+(?!(?:and|but|or|that|which|who|as|if|because|while|when|including|he|she|it|they|we|I)\b)\p{Ll}+\b/u.exec(text.slice(contentStart));
    const speech = SPEECH_VERBS.has(verb) && (hasThat || !NOT_STANCE_SPEECH.test(verb) || /^(?:say|says|said|told|tells)$/.test(verb));
    out.push({
      rule: 'clause.relative',
      kind: hasThat || clause || speech ? 'that' : 'stance',
      cueAt: m.index + m[0].indexOf(verb, m[1].length),
      contentStart,
      end: resume ? contentStart + resume.index : undefined,
      cue: phrase ? `${verb} ${particle}` : verb,
      speaker,
      stance: hasThat || clause || speech ? undefined : true,
    });
  }
  return out;
}

/** The words end with a speech verb and a clause of three words or more after it: "North Korea said it had test-fired …". */
function reportsClauseBefore(words: string): boolean {
  const list = words.split(/\s+/).filter(Boolean);
  for (let k = list.length - 1; k >= 0; k--) if (SPEECH_VERBS.has(list[k])) return list.length - k - 1 >= 3;
  return false;
}
/**
 * The speaker a named subject stands for, read from the words around it: a name inside a modifier of the noun before it
 * is no subject, that noun is ("Mr Maduro, backed by Russia, …, has refused"), nor the name whom a relative clause of
 * the subject met or spoke with ("officials who have spoken to CNN expressed"); a body's name governed by a preposition
 * after a head noun is no subject either: "Embassies in Pyongyang refused", "A representative for the FBI declined" are
 * unnamed people speaking for the body; "the office of President Moon Jae-in in Seoul" is Moon's. It depends on the
 * subject's span alone, which several patterns of a sentence match ("Trump said that …" is a that-clause and a
 * communication verb): `seen` keeps the sentence's answers, one read per span, each match getting its own copy.
 */
function subjectInContext(subject: SpeakerRef, text: string, s: Sentence, mentions: MentionRef[], seen: Map<string, SpeakerRef>): SpeakerRef {
  const key = `${subject.start}:${subject.end}`;
  const known = seen.get(key);
  if (known) return { ...known };
  let speaker = relatedSource(text.slice(0, subject.end - s.start), s.start, mentions, true) ?? modifiedNoun(text.slice(0, subject.start - s.start), s.start, mentions) ?? subject;
  if (speaker.entityId && !isPerson(speaker.entityId, mentions)) {
    const governed = governingHead(text.slice(0, speaker.start - s.start), s.start, mentions);
    if (governed?.person) speaker = governed.person;
    else if (governed?.unnamed) {
      // (An envoy named in apposition speaks: "Russia's ambassador to the United Nations, Vitaly Churkin, condemned",
      // "Sondland, the U.S. ambassador to the European Union, who …, offered".)
      const end = speaker.end;
      const from = governed.unnamed.start;
      let named: MentionRef | undefined;
      for (let i = governed.envoy ? firstFrom(mentions, from - 60) : mentions.length; i < mentions.length && mentions[i].start < from; i++) {
        const x = mentions[i];
        if (x.type === 'Person' && /^,\s+$/.test(text.slice(x.end - s.start, from - s.start))) named = x;
      }
      for (let i = governed.envoy ? firstFrom(mentions, end) : mentions.length; i < mentions.length && mentions[i].start < end + 40; i++) {
        const x = mentions[i];
        if (!named && x.type === 'Person' && /^,\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,2}$/u.test(text.slice(end - s.start, x.start - s.start))) named = x;
      }
      speaker = named ? { start: named.start, end: named.end, entityId: named.entityId } : { ...governed.unnamed, end, onBehalfOf: governed.envoy ? governed.unnamed.onBehalfOf : speaker.entityId };
    }
  }
  seen.set(key, speaker);
  return speaker;
}

function fromMatch(m: RegExpExecArray, rule: RuleId, kind: 'that' | 'intention' | 'stance' | 'attitude', text: string, s: Sentence, mentions: MentionRef[], roles: Map<string, string>, subjects: Map<string, SpeakerRef>): ClauseAttribution | null {
  const verb = m[3].toLowerCase().replace(/\s+/g, ' ');
  // A present-tense -s form before "that" may be a plural noun ("the Patriot mines that …"): only verbs of thought or speech.
  // So may a bare form after a verb passing its subject on ("went on to win that year …" is no report).
  if (kind === 'that' && (/[^e]s$|es$/.test(verb) || /\sto$/.test(m[2])) && !/ed$/.test(verb) && !SPEECH_VERBS.has(verb) && !THINKING_VERBS.has(verb) && !isCommunicationOrCognitionVerb(verb)) return null;
  if (NOT_ATTRIBUTING.has(verb) || (m[0].includes(' that') && SPEECH_VERBS.has(verb) === false && /(?:ness|ress|ss)$/.test(verb))) return null;
  const subjectStart = s.start + m.index + m[0].indexOf(m[1]);
  const subjectEnd = subjectStart + m[1].length;
  let speaker: SpeakerRef | null = null;
  if (/^(?:he|she)$/i.test(m[1])) speaker = { start: subjectStart, end: subjectEnd, entityId: null, pronoun: m[1].toLowerCase() };
  else if (/^the\s/i.test(m[1])) speaker = speakerFromText(m[1], subjectStart, mentions, roles); // "The Republican nominee also outlined …"
  else {
    const i = firstFrom(mentions, subjectStart - 80);
    for (let k = i; k < mentions.length && mentions[k].start < subjectEnd; k++) {
      const mention = mentions[k];
      if (mention.end === subjectEnd && mention.type !== 'Event') speaker = { start: mention.start, end: mention.end, entityId: mention.entityId };
    }
  }
  if (!speaker) return null;
  // "the tariffs that President Donald Trump just proposed on steel …", "the cause Britain embraced under her
  // government": an object relative clause; the verb's object is the noun before it and what follows is an adjunct or
  // the main clause going on, never its content. (A "that" ending the match opens a clause of its own.)
  // So with an infinitive whose object is that noun: "two countries that Washington has long vowed to defend, are …".
  if ((rule === 'clause.stance' || rule === 'clause.communication-verb' || rule === 'clause.intention') && !/\sthat\s+$/.test(m[0])) {
    // (the last 120 characters hold the noun, the relative word and up to four title words)
    const before = RELATIVE_HEAD_BEFORE.exec(text.slice(Math.max(0, speaker.start - s.start - 120), speaker.start - s.start));
    const head = before?.[2];
    // (a verb taking a clause is no noun — "said Britain embraced …" — unless a determiner makes it one: "the claims")
    const verbLike = !!head && !before![1] && (SPEECH_VERBS.has(head) || THINKING_VERBS.has(head) || /(?:ed|ing)$/.test(head));
    // With no relative word, only a determined noun that names no role opens the clause: "the cause Britain embraced",
    // not "White House counsel Don McGahn threatened", "legal expert Robert Chesney notes", "the spokesman John Kirby".
    const zeroRelative = !!before && !/\b(?:that|which|whom)\s/.test(before[0]);
    const headOpens = !!head && !ADJECTIVE_HEAD.test(head) && (zeroRelative ? !!before![1] && !ROLE_HEADS.has(head) : !CONTENT_NOUN.test(head));
    const verbEnd = m.index + m[0].indexOf(m[3], m[1].length) + m[3].length;
    // (a particle and a coordinated verb belong to the verb: "the country he wants to seal off from …", "an agreement
    // Trump wants to renegotiate or rip up altogether –")
    const after = text.slice(verbEnd).replace(rule === 'clause.intention' ? INFINITIVE_AFTER : /^\s+to\s+\p{Ll}+/u, '').replace(PARTICLE_OR_COORDINATED_VERB, '');
    // (after a verb taking a clause, a finite verb opens that clause: "the step that X asserted was within his power")
    const clauseGoesOn = CLAUSE_TAKING_VERB.test(m[3].toLowerCase()) && /^\s+(?:\p{Ll}+ly\s+)?(?:is|was|are|were|has|have|had|will|would|could|should|may|might|can)\b/u.test(after.replace(/^\s+(?:last|this|earlier)\s+\p{Ll}+/u, ''));
    if (head && headOpens && !verbLike && !clauseGoesOn && !NOT_RELATIVE_HEAD.test(head) && OBJECT_GAP_AFTER.test(after)) return null;
    // "information that he claimed raised questions …": after a relative word the clause a verb takes has lost its
    // subject, the relative's gap — the predicate alone is no content (reported.ts reads it with its antecedent).
    if (before && !zeroRelative && !/^\s+that\b/.test(after) && CLAUSE_TAKING_VERB.test(m[3].toLowerCase()) && GAP_PREDICATE.test(after)) return null;
  }
  // "“…,” Obama declared the day after it won …": a subject right after a closed quote frames that quote; what follows
  // its verb is an adjunct (a "that" clause would be a second report).
  if (!/\sthat\s+$/.test(m[0]) && closesQuoteFrame(text.slice(0, Math.max(0, speaker.start - s.start)))) return null;
  // A bare form after one named person or country (not a plural: "Palestinians seek", "China and Russia support"; nor a
  // body, often a plural group: "the Taliban want") with no auxiliary
  // before it is no finite verb: a noun ("U.S. support for the Jewish state") or a verb a causative governs ("had Gorka
  // rebuke …").
  if (rule === 'clause.stance' && !speaker.pronoun && BARE_FORM.test(verb.split(' ')[0]) && !AUXILIARY_BEFORE_BARE.test(m[2]) && !COORDINATED_BEFORE.test(text.slice(Math.max(0, speaker.start - s.start - 6), speaker.start - s.start)) && (isPerson(speaker.entityId, mentions) || (speaker.entityId?.startsWith('country:') && !DEMONYM_PLURAL.test(text.slice(speaker.start - s.start, speaker.end - s.start))))) return null;
  // "a North Korean pledge to give up …": a demonym after "a"/"an" is an adjective, so the word after it is a noun.
  if (!speaker.pronoun && /\b(?:a|an|A|An)\s+$/.test(text.slice(Math.max(0, speaker.start - s.start - 4), speaker.start - s.start)) && /(?:an|ese|ish|ic|i)$/.test(text.slice(speaker.start - s.start, speaker.end - s.start))) return null;
  // A name inside a modifier of the noun before it is no subject: that noun is ("Mr Maduro, backed by Russia, …, has refused").
  // …nor the name whom a relative clause of the subject met or spoke with ("officials who have spoken to CNN expressed").
  if (!speaker.pronoun) speaker = subjectInContext(speaker, text, s, mentions, subjects);
  // "stood by U.S. claims that …": after a body's name a verb in -s may be a plural noun; people and pronouns are safe.
  // …but "The Tax Policy Center estimates that …" is the body speaking: a plural noun follows a preposition or a country.
  if (kind !== 'intention' && !speaker.pronoun && !isPerson(speaker.entityId, mentions) && /s$/.test(verb) && (!/that\s+$/.test(m[0]) || AFTER_PREPOSITION.test(text.slice(0, speaker.start - s.start)) || speaker.entityId?.startsWith('country:'))) return null;
  const isIntention = !/that\s+$/.test(m[0]);
  const contentStart = m.index + m[0].length - (isIntention ? (m[4] ?? '').length : 0);
  const rest = text.slice(contentStart);
  const content = rest.slice(0, clauseEnd(rest));
  if ((isIntention && m[4] ? wordCount(content) < 2 : !enoughWords(content, kind === 'stance')) || isWholeQuote(content)) return null;
  if (/^by\s/.test(content)) return null; // a passive participle after an appositive: "…, rejected by the council"
  // "says that was not a main concern": "that" is the clause's subject, a demonstrative, and reported speech reads it.
  if (!isIntention && /^(?:is|are|was|were|has|had|would|will|could|should|can|may|might|must)\s/.test(content)) return null;
  // "as wealthy as Mr. Trump claims to be to pay …": nothing is claimed; "his wife Michelle expected to visit" is a
  // passive without its auxiliary.
  if (/^(?:to\s+)?be\s+to\b/.test(content) || (kind === 'intention' && verb === 'expected' && !/\b(?:has|have|had)\b/.test(m[2]))) return null;
  // A stance has an object: not a place or a time ("teaches at New York University"), not a verb left by a clause
  // around it ("what the U.S. is demanding would mean …").
  if (kind === 'stance' && NO_OBJECT.test(content)) return null;
  // "a fund Obama requested this spring from Congress": a time and an adjunct only — the object went to the relative
  // clause's head, nothing is said here.
  if (TIME_THEN_ADJUNCT.test(content)) return null;
  // A participle right after a name describes it ("millions of Americans supporting Donald Trump"): no stance.
  if (kind === 'stance' && /ing$/.test(verb) && !/\b(?:is|was|are|were|been|be)\b|[’']s\b/.test(m[2])) return null;
  // A speech verb with an object rather than a clause ("stressed the need to …") puts a position forward: a stance.
  const cueAt = m.index + m[0].indexOf(m[3], m[0].indexOf(m[1]) + m[1].length);
  // An attitude reports a clause (it nests like one) but no speech: flagged a stance.
  // A negated stance says so in its cue: "has not mentioned", "didn’t apologize for".
  const negated = NEGATED.test(m[2]);
  // "has yet to weigh in on": not yet commenting is silence too.
  if ((negated || /\byet\s+to\s*$/.test(m[2])) && SILENT_WHEN_NEGATED_STEMS.some((stem) => verb.toLowerCase().startsWith(stem))) return null;
  return { rule, kind: kind === 'attitude' ? 'that' : kind, cueAt, contentStart, cue: negated ? `not ${verb}` : verb, speaker, stance: kind === 'stance' || kind === 'attitude' ? true : undefined };
}
