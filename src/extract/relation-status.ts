// The status of a relation from the words around its cue, as an ordered table of rules.
// Input: the words before the cue (its clause's last lower-case words), the cue and a little after it, the sentence and
// the rest of the cue's clause. Output: happened / planned / refused (MET_WITH), stated / hedged (ALLIED_WITH), or null
// when the words make the relation a wish, a condition, a denial or a question (no relation).
// The first rule that answers decides; order is priority (a negation or a refusal before a plan word, a plan word before
// a time to come, held by default). Exists for: "Hollande will meet Obama" → planned, "declined to meet" → refused.
// relations.ts adjusts the answer afterwards by the frames around the meeting noun (its predicate, its adjectives …).
import { HEDGE_WORDS, HYPOTHETICAL_WORDS, MEET_NOUN_KINDS, PLANNED_WORDS, REFUSED_WORDS } from './lexicon/relations.js';
import type { Relation, RelationStatus, RelationType } from './types.js';

const set = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
const PLANNED = set(PLANNED_WORDS);
const REFUSED = set(REFUSED_WORDS);
const HYPOTHETICAL = set(HYPOTHETICAL_WORDS);
const HEDGE = set(HEDGE_WORDS);
/** The one-word meeting nouns ("talks", "meeting", "summit"): a cue opening with one is a noun. */
const MEET_NOUNS = new Set(Object.keys(MEET_NOUN_KINDS).filter((k) => !/\s/.test(k)).map((k) => k.toLowerCase()));
const WORD = /[\p{L}\p{N}’'-]+/gu;
const words = (s: string): string[] => s.match(WORD) ?? [];
const negative = (w: string) => w.endsWith('n’t') || w.endsWith("n't");

/** A cue verb in the simple past: the meeting it tells of took place. */
export const PAST_CUE = /^(?:met|held|hosted|visited|welcomed|spoke|talked|sat|conferred|negotiated|shook|phoned|telephoned)\b/i;

/** A negation right before a verb of refusal or cancellation (an adverb may stand between): the refusal is denied. */
export const NEGATED_REFUSAL = /(?:\bnot|\bnever|n['’]t)\s+(?:\p{Ll}+ly\s+|yet\s+)?(declined?|declines|refused?|refuses|rejected|reject|rejects|rebuffed|snubbed|cancell?ed|cancels?|scrapped|scrap|shunned|boycotted|boycott|skipped|skip|postponed|postpone|suspended|suspend|ruled\s+out|rule\s+out|rules\s+out|call(?:ed)?\s+off|calls\s+off|turn(?:ed)?\s+down)\b/iu;
/** The verbs of calling off a meeting already set, whose negation leaves it set. */
const CANCEL_VERB = /^(?:cancel|scrap|postpone|suspend|call|skip)/i;
/** A wish or a modal before a negated cancellation: "would not cancel", "may not postpone" keep it a possibility. */
const HYPOTHETICAL_OR_MODAL = /\b(?:would|could|might|may|should|if|unless|whether)\b/i;

/** Verbs that say a party would not take part: with them a negation is a refusal ("never agreed to meet" is not). */
const REFUSAL_VERBS = new Set(['declined', 'declines', 'decline', 'refused', 'refuses', 'refuse', 'rejected', 'rejects', 'rebuffed', 'snubbed', 'cancelled', 'canceled', 'cancels', 'cancel', 'canceling', 'cancelling', 'scrapped', 'shunned', 'boycotted', 'skipped', 'postponed', 'suspended', 'ruled']);

/** A negated copula with a preposition of presence: "was not on (the call)", "wasn't at", "is not part of". */
const ABSENT_FROM = /\b(?:is|was|were|are|be|been|being|am)\s*(?:not|n['’]t|never)\s+(?:on|at|in|part\s+of|present|among|included|invited)\b/iu;

/** "no" determining a noun of wish, plan or request before the cue: "no request to meet", "no plans for talks with". */
const NO_NOUN_BEFORE = /\bno\s+(?:\p{Ll}+\s+)?(?:plans?|requests?|intention|intentions|desire|interest|invitation|invitations|time|date|reason|need|wish|appetite|indication|sign|decision|word|schedule|proposal|offer)\b/u;

/** A verb of leaving in the past with "out of" before a meeting noun's phrase: "walked out of (a meeting)", "stormed out of (talks)". */
export const WALKED_OUT_OF = /\b(?:walked|stormed|stalked|marched)\s+out\s+of\s+(?:(?:a|an|the|his|her|their|its|this|that)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/** The contraction of "would" before "be" or "have": "he'd be", "they’d have". */
const WOULD_CONTRACTION = /['’]d\s+(?=(?:be|have)\b)/gu;

/** On the way, whatever the tense of the sentence around it: "while he was en route to Singapore". */
const EN_ROUTE = /\ben\s+route\b|\bon\s+(?:his|her|their|its)\s+way\b/;
/** "for", maybe a determiner, and a few words right before the meeting noun: the meeting as a journey's purpose ("for
 *  a meeting with", "for talks with", "for a second round of talks with"). */
const PURPOSE_FOR_BEFORE = /\bfor\s+(?:(?:a|an|the|his|her|their|its|more|further|new|fresh|another)\s+)?(?:[\p{Ll}-]+\s+){0,4}$/u;
/** A progressive verb of travel: "is heading", "are flying", "is rushing", "is on his way". */
const MOTION_UNDER_WAY = /\b(?:is|are|am|was|were)\s+(?:\p{Ll}+ly\s+)?(?:heading|headed|travell?ing|flying|rushing|going|coming|returning|jetting|on\s+(?:his|her|their|its)\s+way)\b/u;

/** "next" with a time noun: "next Friday", "next week". */
const NEXT_TIME = /\bnext\s+(?:week|weekend|month|year|day|time|spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/;

/** "is to", then at most three lower-case words ("is to hold talks with"): a plan. */
const BE_TO_BEFORE = /\b(?:is|are|am|was|were)\s+to\s+(?:\p{Ll}+\s+){0,3}$/u;
/** "is also to", "are now to": the adverb between "be" and "to" changes nothing. */
const BE_ADVERB_TO = /\b(is|are|am|was|were)\s+(?:also|still|now|then|first|next)\s+to\b/g;

/** A negation of a verb that harms what exists: "not to disrupt", "not jeopardize", "without derailing". */
const NEGATED_HARM = /\b(?:not|never|without)\s+(?:to\s+)?(?:disrupt|jeopardi[sz]e|derail|undermine|upset|endanger|harm|hurt|spoil|complicate|damage|threaten|overshadow|interfere\s+with|distract\s+from)(?:s|d|ed|ing)?\b/gi;

/** "without (any) preconditions", "without conditions", "without delay": a manner adjunct whose "without" denies the
 *  noun after it. */
const WITHOUT_CONDITIONS = /\bwithout\s+(?:any\s+)?(?:pre-?conditions|conditions|delay)\b/gi;

/** Words of hearsay before a meeting cue: "reportedly", "allegedly", "is believed to have", "was reported to have". */
const HEARSAY_ADVERB = /\b(?:[Rr]eportedly|[Aa]llegedly|[Pp]urportedly|[Ss]upposedly)\b/;
const HEARSAY_PASSIVE = /\b(?:is|was|are|were)\s+(?:reported|believed|thought|alleged|rumored|rumoured|suspected)\s+to\s+have\b/;
/** Verbs by which a subject denies what follows: "denied having met", "disputes holding talks". */
const DENIAL_VERBS = new Set(['denied', 'denies', 'deny', 'denying', 'disputed', 'disputes', 'refuted', 'refutes']);

/** A negation right before a word of wish or request (over "be" and an adverb or two): "not be yearning for", "isn't
 *  eager to", "won't push for", "never lobbied for". Verbs that also take a person ("did not press Xi during their
 *  meeting") count only with their "for". */
const NEGATED_WISH = /(?:\bnot|\bnever|n['’]t|\bno\s+longer)\s+(?:(?:be|been|being|so|too|very|that|all|\p{Ll}+ly)\s+){0,3}(?:eager|keen|yearn|yearns|yearned|yearning|longing|hankering|itching|(?:lobby|lobbies|lobbied|lobbying|push|pushes|pushed|pushing|press|presses|pressed|pressing|ask|asks|asked|asking|angle|angling|clamou?r|clamou?ring|clamou?red|long|longs|longed|hanker|hankered|itch|pine|pining)\s+for)\b/iu;

/** A negated plan before a cue: "not slated to", "isn't expected to", "not scheduled for", "not planning to". */
const NEGATED_PLAN = /(?:\bnot|n['’]t)\s+(?:yet\s+)?(?:slated|scheduled|expected|planning|going)\s+to\b/;

/** A journey made, in the past: "arrived (in Seoul … for talks)", "flew", "headed". */
const PAST_JOURNEY = /\b(?:arrived|landed|flew|travell?ed|headed|went|came|jetted|journeyed|returned|rushed|hurried|raced)\b/;
/** A sentence that dates its journey against another event or the past ("Weeks before Trump journeyed to Vietnam",
 *  "when he flew to Hanoi", "in 2018"): a retrospective, whose purposes were met. */
const RETROSPECTIVE_LEAD = /\b(?:before|after|ago|since|earlier|when|once|previously|last\s+(?:week|month|year|time)|(?:19|20)\d\d)\b/i;
/** The meeting noun's own predicate of plan, with a time: "(the meeting) is set for Friday", "(talks between …) are
 *  scheduled for next week", "has been slated for June 12" (present or perfect only: "was set for" may tell of one held). */
const NOUN_SET_FOR = /^[^,;:.()“”"—–]{0,120}?\s(?:is|are|has\s+been|have\s+been)\s+(?:(?:now|tentatively|provisionally|also|currently|still|already|officially)\s+)?(?:set|scheduled|slated|planned|pencill?ed\s+in)\s+for\s+(?:(?:the\s+)?(?:next|this|coming|following|end|weekend|middle|start|beginning)\b|(?:early|late|mid)[\s-]|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|tomorrow|today|tonight|later|\d)/u;
/** Words that open another clause between the meeting noun and a predicate: the predicate is that clause's. */
const OTHER_CLAUSE = /\b(?:who|whom|whose|which|that|where|when|while|after|before|because|said|says|if|but)\b/i;

/** A time still to come in a clause: "in the coming days", "over the next weeks", "later this month". */
const COMING_TIME = /\b(?:(?:in|over|within|during)\s+(?:the\s+)?(?:coming|next)\s+(?:few\s+)?(?:days|weeks|months)|later\s+this\s+(?:week|month|year))\b/i;
/** A time still to come right after the cue: "in the next weeks", "later this year", "soon". */
const COMING_AFTER_CUE = /\b(?:in\s+the\s+(?:coming|next)\s+(?:days|weeks|months)|later\s+this\s+(?:week|month|year)|soon)\b/i;

/** What the status rules read, built once per cue. */
export interface StatusContext {
  type: RelationType;
  /** The words before the cue, a negated harm, "without conditions" and "'d" (would) before "be"/"have" normalised. */
  before: string;
  /** The lower-case words of `before` (capitalised ones are names: "May" in "Theresa May" is no modal). */
  ws: string[];
  /** The cue and up to 40 characters after it. */
  around: string;
  /** The lower-case words of `around`. */
  cueWords: string[];
  sentence: string;
  /** The rest of the cue's clause after the cue. */
  clauseRest: string;
  /** The sentence before the cue, and after it. */
  lead: string;
  after: string;
  /** The cue is a verb in the simple past ("met", "held"). */
  pastCue: boolean;
  /** "were about to head into a previously scheduled meeting": a plan told inside a past narrative. */
  pastNarrative: boolean;
}

/** One status rule: `test` answers a status, null (no relation), or undefined (no answer: the next rule decides). */
export interface StatusRule {
  id: string;
  why: string;
  /** A sentence with its cue in [brackets], and the status it gives (null: no relation). */
  examples: [string, RelationStatus | null][];
  test(c: StatusContext): RelationStatus | null | undefined;
}

export function statusContext(type: RelationType, rawBefore: string, around: string, sentence: string, clauseRest = '', lead = '', after = ''): StatusContext {
  const before = rawBefore.replace(NEGATED_HARM, ' ').replace(WITHOUT_CONDITIONS, ' ').replace(WOULD_CONTRACTION, ' would ');
  const ws = words(before).filter((w) => !/^\p{Lu}/u.test(w));
  return {
    type,
    before,
    ws,
    around,
    cueWords: words(around).map((w) => w.toLowerCase()),
    sentence,
    clauseRest,
    lead,
    after,
    pastCue: PAST_CUE.test(around),
    pastNarrative: ws.some((w) => w === 'were' || w === 'was') && ws.includes('about'),
  };
}

const meeting = (c: StatusContext) => c.type === 'MET_WITH';
const ally = (c: StatusContext) => c.type === 'ALLIED_WITH';

/** The status rules, in priority order: the first that answers decides. */
export const STATUS_RULES: StatusRule[] = [
  {
    id: 'status.ally-hedge',
    why: 'A hedge, "should" or a negation before backing ("may support", "does not back") leaves it unasserted.',
    examples: [['Russia may [back] Iran.', 'hedged']],
    test: (c) => (ally(c) && c.ws.some((w) => HEDGE.has(w) || w === 'should' || negative(w)) ? 'hedged' : undefined),
  },
  {
    id: 'status.ally-rejected',
    why: 'Backing rejected, refused or declined is offered and turned down, not stated.',
    examples: [['Egypt rejected an [alliance with] Iran.', 'hedged'], ['Turkey refused to [back] Russia.', 'hedged']],
    test: (c) => (ally(c) && (/^(?:rejected|refused|declined)$/.test(c.ws[c.ws.length - 1] ?? '') || c.ws.some((w) => /^(?:rejected|refused|declined|rejects|refuses)$/.test(w))) ? 'hedged' : undefined),
  },
  {
    id: 'status.ally-stated',
    why: 'Otherwise backing is stated (the frames around it in relations.ts may hedge it).',
    examples: [['Russia [backs] Syria.', 'stated']],
    test: (c) => (ally(c) ? 'stated' : undefined),
  },
  {
    id: 'status.should',
    why: '"the United States should not negotiate with the Taliban": an opinion about a meeting, not a meeting nor a refusal.',
    examples: [['Voters feel that the United States should not [negotiate with] the Taliban.', null]],
    test: (c) => (meeting(c) && c.ws.some((w) => w === 'should' || w === 'ought' || w === 'shouldn’t' || w === "shouldn't") ? null : undefined),
  },
  {
    id: 'status.hearsay',
    why: '"reportedly met", "is alleged to have met": a meeting only others tell of is not asserted (a plan told so stays a plan).',
    examples: [['Donald Trump reportedly [met] Vladimir Putin in Hamburg.', null]],
    test: (c) => (meeting(c) && (HEARSAY_ADVERB.test(c.before) || HEARSAY_PASSIVE.test(c.before)) && !c.ws.some((w) => PLANNED.has(w)) ? null : undefined),
  },
  {
    id: 'status.denied-gerund',
    why: '"denied having been involved in discussions with", "denies meeting Putin": the subject denies the meeting in a gerund ("denied that his talks … had involved" denies what the talks were).',
    examples: [['Donald Trump denies [meeting] Vladimir Putin.', null]],
    test: (c) => {
      if (!meeting(c)) return undefined;
      const denial = c.ws.findIndex((w) => DENIAL_VERBS.has(w));
      return denial >= 0 && (c.ws.slice(denial + 1).some((w) => /ing$/.test(w)) || /^\p{Ll}+ing\b/u.test(c.around)) ? null : undefined;
    },
  },
  {
    id: 'status.negated-refusal',
    why: '"did not cancel the meetings with" keeps the meeting on (planned); "has not ruled out", "never refused to meet" deny only a refusal: an openness, no meeting.',
    examples: [['Russia did not cancel the April 12 [meetings with] Rex Tillerson.', 'planned'], ['Vladimir Putin never refused to [meet] Donald Trump.', null]],
    test: (c) => {
      if (!meeting(c)) return undefined;
      const negated = NEGATED_REFUSAL.exec(c.before);
      if (!negated) return undefined;
      return CANCEL_VERB.test(negated[1]) && !HYPOTHETICAL_OR_MODAL.test(c.before) ? 'planned' : null;
    },
  },
  {
    id: 'status.negated-plan',
    why: '"is not slated to meet", "isn\'t expected to meet": a plan denied is no refusal, and no meeting either.',
    examples: [['Barack Obama is not slated to [meet with] Hassan Rouhani.', null]],
    test: (c) => (meeting(c) && NEGATED_PLAN.test(c.before) ? null : undefined),
  },
  {
    id: 'status.negated-wish',
    why: '"will not be yearning for another summit with", "is not eager to meet": a wish denied; nothing refused, nothing told.',
    examples: [['Donald Trump is not eager to [meet] Kim Jong Un.', null]],
    test: (c) => (meeting(c) && NEGATED_WISH.test(c.before) ? null : undefined),
  },
  {
    id: 'status.absent-from',
    why: '"was not on the call with", "wasn\'t at the meeting with": absent from it, no one refused it.',
    examples: [['Andy Beshear says he was not on the [call with] President Donald Trump this morning.', null]],
    test: (c) => (meeting(c) && ABSENT_FROM.test(c.before) ? null : undefined),
  },
  {
    id: 'status.no-noun',
    why: '"has no plans to meet", "no request to meet": "no" denies the noun it determines, not the meeting.',
    examples: [['Donald Trump has no plans to [meet] Kim Jong Un.', null]],
    test: (c) => (meeting(c) && NO_NOUN_BEFORE.test(c.before) ? null : undefined),
  },
  {
    id: 'status.negated-perfect',
    why: '"he had not had a conversation with": a negated perfect says it did not happen, not that anyone refused.',
    examples: [['Saxby Chambliss said he had not had a [conversation with] the White House.', null]],
    test: (c) => (meeting(c) && /\b(?:has|have|had)\s+(?:not|never)\b|\b(?:hasn|haven|hadn)['’]t\b/i.test(c.before) ? null : undefined),
  },
  {
    id: 'status.negated-past',
    why: '"did not meet", "never met Putin": a negated past says no meeting took place, not that anyone refused one.',
    examples: [['Donald Trump said he never [met] Vladimir Putin.', null]],
    test: (c) => (meeting(c) && /\b(?:did|does|do)\s+not\b|\b(?:didn|doesn|don)['’]t\b|\bnever\b/i.test(c.before) && !c.ws.some((w) => REFUSAL_VERBS.has(w)) ? null : undefined),
  },
  {
    id: 'status.walked-out',
    why: '"walked out of a meeting with Pelosi": the meeting took place and the walk-out ended it (a future or negated walk-out reads like any verb).',
    examples: [['Donald Trump walked out of a [meeting with] Nancy Pelosi on Wednesday.', 'happened']],
    test: (c) => (meeting(c) && WALKED_OUT_OF.test(c.before) && !c.ws.some((w) => PLANNED.has(w) || HYPOTHETICAL.has(w) || w === 'not' || w === 'never' || /n['’]t$/.test(w)) ? 'happened' : undefined),
  },
  {
    id: 'status.phrasal-refusal',
    why: '"turned down a meeting with", "called off talks with", "pulled out of": phrasal verbs of refusal.',
    examples: [['Donald Trump said he turned down a [meeting with] Jeremy Corbyn.', 'refused']],
    test: (c) => (meeting(c) && /\b(?:turn(?:ed|s|ing)?\s+down|call(?:ed|s|ing)?\s+off|pull(?:ed|s|ing)?\s+out\s+of)\b/i.test(c.before) ? 'refused' : undefined),
  },
  {
    id: 'status.refusal-word',
    why: '"declined to meet", "refused to meet", "won\'t meet": a word of refusal or a negated auxiliary.',
    examples: [['Angela Merkel has declined to [meet] Viktor Orban.', 'refused'], ['Benjamin Netanyahu refused to [meet] Mahmoud Abbas.', 'refused']],
    test: (c) => (meeting(c) && c.ws.some((w) => REFUSED.has(w) || negative(w)) ? 'refused' : undefined),
  },
  {
    id: 'status.lined-up',
    why: '"has lined up meetings with": arranged, still ahead.',
    examples: [['Donald Trump was in Seoul. He’s lined up [meetings with] Moon Jae-in.', 'planned']],
    test: (c) => (meeting(c) && /\blin(?:e|es|ed|ing)\s+up\b/i.test(c.before) ? 'planned' : undefined),
  },
  {
    id: 'status.hypothetical',
    why: 'A word of wish or possibility ("would", "could", "wants to"), a question, or a sentence opening on "If"/"Should": no meeting told.',
    examples: [['Donald Trump would [meet] Xi Jinping if the trade talks went well.', null]],
    test: (c) => (meeting(c) && (c.ws.some((w) => HYPOTHETICAL.has(w)) || /\?\s*["”’]?$/.test(c.sentence) || /^\s*(?:If|Should|Would|Could)\b/.test(c.sentence)) ? null : undefined),
  },
  {
    id: 'status.headline-to',
    why: '"Raab and Barnier to meet": a headline\'s infinitive right after its subject is a plan ("sent his deputy to Trump\'s meetings" is no infinitive).',
    examples: [['Theresa May to [meet] Donald Trump', 'planned']],
    test: (c) => (meeting(c) && !c.pastCue && c.ws.length === 1 && c.ws[0] === 'to' && /\bto\s*$/.test(c.before) ? 'planned' : undefined),
  },
  {
    id: 'status.commitment',
    why: '"is committed to having talks", "his commitment to meet": a commitment is a plan.',
    examples: [['Donald Trump is committed to holding [talks with] Kim Jong Un.', 'planned']],
    test: (c) => (meeting(c) && !c.pastCue && /\bcommit(?:s|ted|ment)?\s+to\b/i.test(c.before) ? 'planned' : undefined),
  },
  {
    id: 'status.journey-to',
    why: '"is rushing to New York this week to meet Trump", "is heading to Hanoi to meet Kim": a journey under way toward the meeting puts it ahead.',
    examples: [['Shinzo Abe, who is rushing to New York this week to [meet] Donald Trump, faces turmoil.', 'planned']],
    test: (c) => (meeting(c) && !c.pastCue && MOTION_UNDER_WAY.test(c.before) && /\bto\s+$/.test(c.before) ? 'planned' : undefined),
  },
  {
    id: 'status.journey-for',
    why: '"while he was en route to Singapore for a meeting with Kim", "was headed to New York for talks with": the journey\'s purpose is the meeting, still ahead.',
    examples: [['Donald Trump’s reversal, announced while he was en route to Singapore for a [meeting with] Kim Jong Un, angered his partners.', 'planned']],
    test: (c) => (meeting(c) && !c.pastCue && (MOTION_UNDER_WAY.test(c.before) || EN_ROUTE.test(c.before)) && PURPOSE_FOR_BEFORE.test(c.before) ? 'planned' : undefined),
  },
  {
    id: 'status.journey-made-for',
    why: '"arrived in Seoul on Wednesday for talks with", "flew to Pyongyang for talks with": a journey made toward a meeting tells of its purpose, not that it was held (held only when the text says so: settleJourneyPurposes); not in a retrospective dated against another event ("Weeks before Trump journeyed to Vietnam for his summit").',
    examples: [['Stephen Biegun arrived in Seoul on Wednesday for [talks with] Moon Jae-in.', 'planned']],
    test: (c) => (meeting(c) && !c.pastCue && PAST_JOURNEY.test(c.before) && PURPOSE_FOR_BEFORE.test(c.before) && !RETROSPECTIVE_LEAD.test(c.lead) ? 'planned' : undefined),
  },
  {
    id: 'status.noun-set-for',
    why: '"the meeting is set for Friday", "talks between X and Y are scheduled for next week": a meeting noun whose own predicate (a copula in the present or perfect, "set"/"scheduled" for a time) plans it.',
    examples: [['A new round of [talks between] Steven Mnuchin and Liu He to try to end the trade dispute is set for Friday.', 'planned']],
    test: (c) => {
      if (!meeting(c) || !MEET_NOUNS.has(c.cueWords[0] ?? '')) return undefined;
      const m = NOUN_SET_FOR.exec(c.after);
      return m && !OTHER_CLAUSE.test(m[0]) ? 'planned' : undefined;
    },
  },
  {
    id: 'status.plan-word',
    why: '"will meet", "plans to meet", "is (also) to meet": a word of plan or be + to, unless told inside a past narrative ("were about to head into a previously scheduled meeting").',
    examples: [['Donald Trump will [meet] Vladimir Putin.', 'planned'], ['Brian Hook is also to [meet] officials from France this week.', 'planned']],
    test: (c) => (meeting(c) && !c.pastCue && (c.ws.some((w) => PLANNED.has(w)) || BE_TO_BEFORE.test(`${c.before.replace(BE_ADVERB_TO, '$1 to')} `)) && !c.pastNarrative ? 'planned' : undefined),
  },
  {
    id: 'status.next-time',
    why: '"meet next Friday", "meets tomorrow": a time to come right after a cue that is no past verb.',
    examples: [['Donald Trump [meets] Vladimir Putin next week.', 'planned']],
    test: (c) => (meeting(c) && !c.pastCue && (c.cueWords.slice(0, 6).includes('tomorrow') || NEXT_TIME.test(c.cueWords.slice(0, 6).join(' '))) ? 'planned' : undefined),
  },
  {
    id: 'status.coming-time',
    why: '"meets with Kim in the coming weeks", "will sit down soon": a time still to come in the cue\'s clause.',
    examples: [['Donald Trump [meets] Kim Jong Un in the coming weeks, the White House said.', 'planned']],
    test: (c) => (meeting(c) && !c.pastCue && (COMING_AFTER_CUE.test(c.around) || COMING_TIME.test(c.clauseRest)) ? 'planned' : undefined),
  },
  {
    id: 'status.held',
    why: 'Otherwise a meeting is told as held.',
    examples: [['Donald Trump [met] Vladimir Putin in Helsinki.', 'happened']],
    test: () => 'happened',
  },
];

const MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** The rules whose plan is a journey's purpose: held once the article tells of the pair's meeting held. */
const JOURNEY_RULES = new Set(['status.journey-to', 'status.journey-for', 'status.journey-made-for']);

/**
 * "Biegun arrived in Seoul for talks with Moon. … Biegun met Moon on Friday": a meeting a journey was for is planned
 * while only the journey is told, and held when the article tells of the pair's meeting held (a relation of its own).
 */
export function settleJourneyPurposes(out: Relation[]): void {
  const pair = (r: Relation) => [r.sourceId, r.targetId].sort().join('|');
  const held = out.filter((r) => r.type === 'MET_WITH' && r.status === 'happened');
  // The pair's meeting told as held after the journey, or in its sentence; one dated by a month ("the two meetings with
  // Pompeo in April and May") is another meeting.
  const sameMeeting = (r: Relation, h: Relation) => pair(h) === pair(r) && h.evidence.start >= r.evidence.start && !MONTH.test(h.evidence.text);
  for (const r of out) {
    if (r.type !== 'MET_WITH' || r.status !== 'planned' || !JOURNEY_RULES.has(r.statusRule ?? '') || !held.some((h) => sameMeeting(r, h))) continue;
    r.status = 'happened';
    r.statusRule = `${r.statusRule}>held`;
  }
}

/** A held meeting told as another time than the article's own: a perfect or a count ("have met twice", "has held talks
 *  with"), a time before ("last June", "in 2017", "earlier", "previously", "when he was vice president"), a first or
 *  earlier meeting of a series ("their first summit", "the previous meeting"; not "met with Netanyahu first"). */
const PERFECT_HELD = /\b(?:has|have|had|['’]ve)\s+(?:\p{Ll}+ly\s+|never\s+|already\s+|not\s+)?(?:met|held|hosted|had|spoken|talked|visited|negotiated|welcomed|conferred)\b/u;
const LAST_TIME = /\b(?:[Ll]ast\s+(?:week|month|year|time|spring|summer|fall|autumn|winter)|(?:days|weeks|months|years)\s+ago|(?:19|20)\d\d)\b/;
const ANOTHER_TIME_WORD = /\b(?:earlier|previous|previously|prior|before|since|once|twice|times|first-ever|former|then-|when|while|January|February|March|April|June|July|August|September|October|November|December)\b/;
const FIRST_OF_SERIES = /\bfirst\s+(?:time|meeting|summit|talks|visit|encounter|round|face-to-face|in-person|sit-down)\b/;
const RETROSPECTIVE_HELD = { test: (s: string) => PERFECT_HELD.test(s) || LAST_TIME.test(s) || ANOTHER_TIME_WORD.test(s) || FIRST_OF_SERIES.test(s) };
/** A plan told as another meeting than one held: "meet again", "a second summit", "their next meeting", "new talks",
 *  "a further round", "more talks", "future meetings", "a follow-up meeting", "return visit". */
const ANOTHER_MEETING = /\b(?:again|another|second|third|fourth|fifth|next|new|further|more|future|follow-up|follow-on|return|rematch|resume|resumed|resumption|restart|round|rounds|regular|regularly|annual|every)\b/i;
/** A held meeting told as the article's own news: not as another time (RETROSPECTIVE_HELD), nor dated more than three
 *  days before the article. */
export function heldAsserted(h: Relation, day: string | null): boolean {
  if (RETROSPECTIVE_HELD.test(h.evidence.text)) return false;
  return !(h.date && day && h.date < new Date(Date.parse(`${day}T12:00:00Z`) - 3 * 86400000).toISOString().slice(0, 10));
}
/** The kinds a held meeting may stand in for: a call is no sitting, and no sitting a call. */
const sitting = (r: Relation) => r.kind !== 'call';

/**
 * "She will meet with Netanyahu … Clinton said after meeting with Netanyahu", a live blog's "the upcoming meeting between
 * Trump and Xi" above "Trump and Xi are meeting": one meeting of a pair told in several places of an article has one
 * status, and held told as past fact beats planned — unless the two tell of two meetings: the plan is of another one ("meet
 * again", "a second summit", "new talks"), dated after the article or on another day than the held one, or the held one is
 * told as another time (a perfect, a count, a past time or year: RETROSPECTIVE_HELD). A held reading that only a meeting
 * noun with no tense gives (`bare`: "the Trump-Xi meeting") asserts nothing, nor does a call for a sitting.
 */
export function settlePlannedHeldElsewhere(out: Relation[], bare: ReadonlySet<Relation>, day: string | null): void {
  const pair = (r: Relation) => [r.sourceId, r.targetId].sort().join('|');
  const held = out.filter((h) => h.type === 'MET_WITH' && h.status === 'happened' && !bare.has(h) && heldAsserted(h, day));
  if (!held.length) return;
  for (const r of out) {
    if (r.type !== 'MET_WITH' || r.status !== 'planned' || ANOTHER_MEETING.test(r.evidence.text) || (r.date && day && r.date > day)) continue;
    if (!held.some((h) => pair(h) === pair(r) && sitting(h) === sitting(r) && !(h.date && r.date && h.date !== r.date))) continue;
    r.status = 'happened';
    r.statusRule = `${r.statusRule}>pair-held-elsewhere`;
  }
}

/** The status of a relation and the id of the rule that decided it. */
export function decideStatus(c: StatusContext): { status: RelationStatus | null; rule: string } {
  for (const rule of STATUS_RULES) {
    const status = rule.test(c);
    if (status !== undefined) return { status, rule: rule.id };
  }
  return { status: 'happened', rule: 'status.held' };
}
