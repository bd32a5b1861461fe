// The MET_WITH / ALLIED_WITH rules as data: a cue pattern from named fragments, where its parties stand, examples, why.
// Order is priority: when two rules give the same pair in one sentence, the earlier (more specific) rule wins.
import { ALLY_NOUNS, AID_NOUNS, BACK_PARTICLE_HOSTS, BACK_VERBS, CALL_VERBS, HOLD_VERBS, MEET_NOUN_KINDS, MEET_VERBS } from './lexicon/relations.js';
import type { MeetingKind, RelationType } from './types.js';

/** A list of words as one alternation, longest first, spaces matching any run of blanks. */
const alt = (list: readonly string[]) => `(?:${[...new Set(list)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})`;

// Named fragments. Each is linear: no repeated group holds alternatives that can match the same text.
const MEET_NOUN = `(?<noun>${alt(Object.keys(MEET_NOUN_KINDS))})`;
const MEET_VERB = alt(MEET_VERBS);
// "speaks by phone with", "spoke on the telephone to": the means stands between the verb and its party.
// "spoke by phone Thursday with", "talks on the phone March 1 with", "spoke by phone from Lausanne with": a day, a date or
// where the caller was may stand between the means and the other side.
const WEEKDAY = alt(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
const MONTH_NAME = alt(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
const CALL_TIME = `(?:(?:on\\s+|late\\s+|early\\s+)?${WEEKDAY}|${MONTH_NAME}\\s+\\d{1,2}|${alt(['this week', 'last week', 'earlier', 'again', 'today', 'yesterday', 'tonight', 'briefly'])}|from\\s+\\p{Lu}[\\p{L}-]+)`;
const CALL_VERB = `(?:${alt(['spoke', 'speaks', 'speak', 'speaking', 'talked', 'talks', 'talking'])}\\s+(?:by|on|over)\\s+(?:the\\s+)?${alt(['phone', 'telephone', 'video link', 'videoconference'])}(?:\\s+${CALL_TIME})?\\s+(?:with|to)|${alt(CALL_VERBS)})`;
// "Obama and Netanyahu spoke by telephone", "the two defense chiefs spoke on the phone Wednesday": the means with no
// "with" after it — coordinated subjects spoke to each other (a short time may stand before the means).
const CALL_RECIPROCAL = `${alt(['spoke', 'speaks', 'speak', 'speaking', 'talked', 'talks', 'talk', 'talking'])}(?:\\s+${alt(['again', 'briefly', 'later', 'earlier', 'today', 'yesterday', 'tonight', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])}|\\s+(?:this|last|on)\\s+\\p{L}+)?\\s+(?:by|on|over)\\s+(?:the\\s+)?${alt(['phone', 'telephone', 'video link', 'videoconference'])}\\b(?!\\s+with\\b)`;
const HOLD = alt(HOLD_VERBS);
const DET = '(?:(?:a|an|the|their|his|her|its|our)\\s+)?';
/** Participles of saying after "has/had" ("has said his meeting with"): the auxiliary of a report, no light verb "have". */
const REPORTING_PARTICIPLE = alt(['said', 'told', 'claimed', 'argued', 'insisted', 'suggested', 'noted', 'stressed', 'acknowledged', 'denied', 'admitted', 'indicated', 'signaled', 'signalled', 'hinted', 'warned', 'announced', 'confirmed', 'revealed', 'stated', 'described', 'called', 'written', 'tweeted', 'predicted', 'promised', 'recalled']);
const ADJ_UP_TO_2 = '(?:[\\p{Ll}-]+\\s+){0,2}?'; // "first face-to-face", "historic"
// "back" after a verb it is the particle of ("pull back the United States from foreign wars") backs nobody (after any
// lower-case word in "-ed" or "-ing" too: relations.ts, PARTICLE_HOST_BEFORE).
const BACK_VERB = `(?:(?<!\\b${alt(BACK_PARTICLE_HOSTS)}\\s)back\\b|${alt(BACK_VERBS.filter((v) => v !== 'back'))})`;
// Trade, business and private partners are no allies: "China's largest trading partner", "Putin's former judo partner".
const ALLY_NOUN = `(?<!\\b(?:trading|trade|business|economic|commercial|negotiating|coalition|junior|sparring|judo|tennis|golf|chess|dance|dancing|romantic|life|domestic|writing|training|debate|hunting|fishing|skiing|running)\\s)${alt(ALLY_NOUNS)}`;
const AID_NOUN = alt(AID_NOUNS);
// "an arms control pact with Russia", "a trade pact with Japan", "a non-aggression pact": treaties between any two
// states, rivals too, are no alliance.
const NOT_ALLIANCE_PACT = '(?<!\\b(?:control|trade|trading|free-trade|nuclear|non-aggression|nonaggression|climate|peace|ceasefire|cease-fire|tax|migration|fishing|data)\\s)';
// A pact is any treaty (trade, arms control, missiles); only a pact of defence or security is an alliance.
const SECURITY_PACT = alt(['defense pact', 'defence pact', 'security pact', 'military pact', 'mutual defense pact', 'mutual defence pact', 'mutual-defense pact', 'mutual-defence pact']);
const PASSIVE_BACKED = alt(['backed', 'supported', 'armed', 'funded', 'propped up', 'bankrolled', 'sponsored']);
const RECEIVE = alt(['receives', 'received', 'receive', 'receiving', 'gets', 'get', 'got', 'accepted', 'accepts']);
const HELP_NOUN = alt(['aid', 'cash', 'money', 'funding', 'funds', 'weapons', 'arms', 'support', 'assistance', 'backing']);
// "held a meeting in Moscow late Wednesday with …": a short place or time before "with"; a time to come too ("will hold
// bilateral meetings next week with", "a meeting later this month with": issue #12, rel25).
const WHERE_WHEN = '(?:\\s+(?:in|at|on|late|early|this|last|next|later|tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\\b[^,;.]{0,40}?)?';
// "a summit next week between", "talks in Geneva between": a short place or time before "between" (five words at most,
// no relative word: "a meeting at which differences between …" is a clause of its own; no second meeting noun or
// preposition of aim: "talks in preparation for a meeting between …" is the meeting's), unless a noun of its own ends
// it and takes the "between" ("talks on a ceasefire between Israel and Hamas", "in the border zone between").
const WHERE_WHEN_BETWEEN = `(?:\\s+${alt(['in', 'at', 'on', 'late', 'early', 'this', 'last', 'next', 'later', 'tomorrow', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'today', 'yesterday'])}(?:\\s+(?!${alt(['which', 'where', 'when', 'that', 'whom', 'who', 'whose', 'for', 'to', 'with', 'about', 'over', ...Object.keys(MEET_NOUN_KINDS)])}\\b)[\\p{L}\\d.’'-]+){0,5}?(?<!\\b${alt(['border', 'borders', 'zone', 'area', 'region', 'line', 'frontier', 'territory', 'territories', 'conflict', 'war', 'fighting', 'tension', 'tensions', 'gap', 'divide', 'rift', 'relations', 'relationship', 'ties', 'links', 'deal', 'agreement', 'accord', 'ceasefire', 'cease-fire', 'truce', 'peace', 'dispute', 'feud', 'rivalry', 'differences', 'difference', 'split', 'trade', 'exchange', 'swap', 'crossing', 'corridor', 'road', 'route', 'bridge', 'waters', 'sea', 'strait', 'river', 'mountains', 'ocean', 'balance', 'choice', 'contrast', 'competition', 'cooperation', 'coordination'])}))?`;
// "hosted a chummy dinner for", "will host a state banquet for": giving a meal or a reception whose guest follows "for".
const HOST_MEAL = `${alt(['hosted', 'hosts', 'host', 'hosting', 'gave', 'gives', 'give', 'giving', 'threw', 'throws', 'throw', 'throwing', 'held', 'holds', 'hold', 'holding'])}\\s+${DET}${ADJ_UP_TO_2}${alt(['dinner', 'state dinner', 'working dinner', 'lunch', 'luncheon', 'working lunch', 'banquet', 'state banquet', 'breakfast', 'reception', 'welcome ceremony', 'welcoming ceremony'])}`;
const LOWER_WORDS_UP_TO_4 = '(?:\\p{Ll}+\\s+){0,4}?';
// "met privately with", "conferring instead with", "met in Germany with", "met last month with": an adverb of manner, a
// short place or time, or both, may stand between a meeting verb and its "with" (issue #12, rel22).
const MEET_VERB_BARE = alt(['met', 'meet', 'meets', 'meeting', 'conferred', 'confer', 'confers', 'conferring', 'negotiated', 'negotiate', 'negotiates', 'negotiating', 'consulted', 'consult', 'consults', 'consulting', 'dined', 'dine', 'dines', 'dining', 'lunched', 'huddled', 'huddle', 'huddles', 'huddling', 'sat down', 'sit down', 'sits down', 'sitting down']);
const MANNER = `(?:\\p{Ll}+ly|${alt(['instead', 'again', 'together', 'twice', 'once', 'first', 'later', 'also', 'alone', 'one-on-one', 'face-to-face', 'in person', 'in private', 'in secret'])})`;
const WHERE_WHEN_ONE = '\\s+(?:in|at|on|late|early|this|last|next|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\\b[^,;.]{0,40}?';
const MEET_VERB_ADJUNCT_WITH = `${MEET_VERB_BARE}(?:\\s+${MANNER}(?:${WHERE_WHEN_ONE})?|${WHERE_WHEN_ONE})\\s+with\\b`;
// Receiving or greeting a guest: the verb's direct object is the guest ("Xi received Kissinger", "Merkel greeted Macron").
const RECEIVE_GUEST = alt(['received', 'receives', 'receive', 'receiving', 'greeted', 'greets', 'greet', 'greeting']);
// "discussed trade with", "will discuss the issue by phone with": a verb of talk; the engine finds its topic and "with"
// (relations.ts, discussedWith), which a noun taking "with" itself ("tensions with Iran") keeps for its own.
const DISCUSS = alt(['discussed', 'discusses', 'discuss', 'discussing']);
// The nouns of a call, the setting of "told X in a phone call" (their kind is "call").
const CALL_NOUN_PLAIN = alt(Object.keys(MEET_NOUN_KINDS).filter((k) => MEET_NOUN_KINDS[k] === 'call'));
// "received a call from", "got a phone call from", "took a call from": taking a call, whose caller follows "from".
const RECEIVE_CALL = alt(['received', 'receives', 'receive', 'receiving', 'got', 'gets', 'get', 'getting', 'took', 'takes', 'take', 'taking']);
const CALL_NOUN = `(?<callNoun>${alt(Object.keys(MEET_NOUN_KINDS).filter((k) => MEET_NOUN_KINDS[k] === 'call'))})`;
// A time adjunct on a shared meeting: "after their talks", "during their phone call", "ahead of their summit". A visit is
// one side's (the visitor's), so "their visit" is no shared meeting.
const ADJUNCT_PREPOSITION = alt(['after', 'during', 'at', 'before', 'following', 'ahead of', 'in', 'on the sidelines of', 'at the end of', 'at the start of']);
const SHARED_MEET_NOUN = `(?<noun>${alt(Object.keys(MEET_NOUN_KINDS).filter((k) => MEET_NOUN_KINDS[k] !== 'visit'))})`;

/**
 * Where a rule finds its parties, around the cue:
 * - subject: the party (or coordinated parties) before the cue in its clause, a pronoun too ("He met with Kim");
 * - object: the party list after the cue ("will meet Obama, Merkel and Putin");
 * - between: every pair inside the list after the cue ("talks between X and Y");
 * - owner: "X's" or "his"/"its" right before the cue ("Russia's ally");
 * - possessor: the owner ("Trump's summit with Kim"), else the subject;
 * - modifier: a party written right before the cue ("U.S. ally Israel", "Iran-backed militias");
 * - compound: the parties joined by a dash or "and" right before the cue ("the Trump–Kim summit");
 * - appositive: the party the cue's phrase describes ("China, North Korea's main ally", "Syria, a close ally of Iran");
 * - sharers: the two sides a "their" on the cue stands for — the clause's two people or countries before it ("Trump told
 *   Putin at their summit"), or coordinated subjects after a fronted adjunct ("During their talks, Moon and Kim agreed").
 */
export type Slot = 'subject' | 'object' | 'between' | 'owner' | 'possessor' | 'modifier' | 'compound' | 'appositive' | 'sharers' | 'none';

export interface RelationRule {
  id: string;
  type: RelationType;
  /** Regex source; the cue is the whole match, or its `cue` group when there is one. */
  pattern: string;
  left: Slot;
  right: Slot;
  /** Parties of the left side that met each other when no right party is found ("Obama and Netanyahu met"). */
  reciprocal?: boolean;
  /** Only people on the right: visiting a country is not meeting someone. */
  rightPeopleOnly?: boolean;
  /** Regex source the sentence must also match (the setting that makes the cue a meeting); its `noun` (or `callNoun`) group gives the kind. */
  frame?: string;
  kind?: MeetingKind;
  /** [sentence, expected relations as "TYPE status A ~ B" with names in alphabetical order]. */
  examples: [string, string[]][];
  why: string;
}

export const RELATION_RULES: RelationRule[] = [
  {
    id: 'meet.noun-between',
    type: 'MET_WITH',
    pattern: `\\b${MEET_NOUN}${WHERE_WHEN_BETWEEN}\\s+between\\b`,
    left: 'none',
    right: 'between',
    examples: [
      ['Talks between Rex Tillerson and Sergey Lavrov lasted hours.', ['MET_WITH happened Rex Tillerson ~ Sergey Lavrov']],
      // A short place or time between the noun and "between" (meet.noun-place-between); a noun of its own there
      // ("the border zone between", "a ceasefire between") takes the "between" itself.
      ['The indictment raises the stakes for a summit next week between Donald Trump and Vladimir Putin.', ['MET_WITH planned Donald Trump ~ Vladimir Putin']],
      ['Talks in Geneva between Iran and the United States ended without a deal.', ['MET_WITH happened Iran ~ United States']],
      ['A meeting on Tuesday between Angela Merkel and Emmanuel Macron was cordial.', ['MET_WITH happened Angela Merkel ~ Emmanuel Macron']],
      ['Egypt hosted talks on a ceasefire between Israel and Hamas.', []],
      ['Officials held talks in the border zone between Israel and Lebanon.', []],
      ['The planned meeting between Emmanuel Macron and Angela Merkel is on Friday.', ['MET_WITH planned Angela Merkel ~ Emmanuel Macron']],
      ['Nobody knows whether a summit between Shinzo Abe and Xi Jinping is possible.', []],
    ],
    why: 'A meeting noun with "between" names both parties after it.',
  },
  {
    id: 'meet.compound',
    type: 'MET_WITH',
    pattern: `\\b${MEET_NOUN}\\b`,
    left: 'compound',
    right: 'none',
    examples: [['The Russia–Japan summit ended without a deal.', ['MET_WITH happened Japan ~ Russia']]],
    why: 'Two parties joined by a dash before a meeting noun are its participants.',
  },
  {
    id: 'meet.hold-noun-with',
    type: 'MET_WITH',
    pattern: `\\b${HOLD}\\s+(?!${REPORTING_PARTICIPLE}\\s)${DET}${ADJ_UP_TO_2}${MEET_NOUN}${WHERE_WHEN}\\s+with\\b`,
    left: 'subject',
    right: 'object',
    examples: [
      ['Angela Merkel held talks with Vladimir Putin in Sochi.', ['MET_WITH happened Angela Merkel ~ Vladimir Putin']],
      // "has said his meeting with": "has" is the auxiliary of a verb of saying, and the noun's own clause gives the status
      ['Moon Jae-in has said his meeting with Kim Jong Un will serve to set up the summit.', ['MET_WITH planned Kim Jong Un ~ Moon Jae-in']],
      ['Kim Jong Un is due to hold a summit with Moon Jae-in at the border.', ['MET_WITH planned Kim Jong Un ~ Moon Jae-in']],
      ['Narendra Modi had a phone call with Shinzo Abe.', ['MET_WITH happened Narendra Modi ~ Shinzo Abe']],
      ['Rex Tillerson held a meeting in Moscow late Wednesday with Vladimir Putin.', ['MET_WITH happened Rex Tillerson ~ Vladimir Putin']],
    ],
    why: 'A light verb with a meeting noun is a meeting verb: "held talks with".',
  },
  {
    id: 'meet.hold-noun-reciprocal',
    type: 'MET_WITH',
    pattern: `\\b${HOLD}\\s+${DET}${ADJ_UP_TO_2}${MEET_NOUN}\\b`,
    left: 'subject',
    right: 'none',
    reciprocal: true,
    examples: [
      ['Angela Merkel and Emmanuel Macron held talks in Berlin.', ['MET_WITH happened Angela Merkel ~ Emmanuel Macron']],
      ['Donald Trump and Kim Jong Un held a historic summit in Singapore on Tuesday.', ['MET_WITH happened Donald Trump ~ Kim Jong Un']],
      ['Vladimir Putin, Hassan Rouhani and Ilham Aliyev are planning to hold security talks in Baku soon.', ['MET_WITH planned Hassan Rouhani ~ Ilham Aliyev', 'MET_WITH planned Hassan Rouhani ~ Vladimir Putin', 'MET_WITH planned Ilham Aliyev ~ Vladimir Putin']],
      ['The leaders of China and Taiwan held historic talks in Singapore.', ['MET_WITH happened China ~ Taiwan']],
      ['Angela Merkel and Emmanuel Macron held talks with Donald Trump.', ['MET_WITH happened Angela Merkel ~ Donald Trump', 'MET_WITH happened Donald Trump ~ Emmanuel Macron']],
      ['Angela Merkel and Emmanuel Macron held talks with business leaders in Berlin.', []],
      ['Angela Merkel held talks in Berlin.', []],
      ['Angela Merkel and Emmanuel Macron would hold talks if asked.', []],
      ['Germany and France did not hold talks on Monday.', []],
      // Co-hosts receive others; a gerund complementing a verb of talk names an idea of a meeting.
      ['Barack Obama and Joe Biden hosted a dinner for Republican senators at the Naval Observatory.', []],
      ['Donald Trump and Vladimir Putin discussed holding a summit at the White House.', []],
    ],
    why: 'A light verb with a meeting noun and no "with" is the reciprocal of "met": coordinated subjects held it together (issue #12, rel22).',
  },
  {
    id: 'meet.host-meal-for',
    type: 'MET_WITH',
    pattern: `\\b${HOST_MEAL}\\s+for\\b`,
    left: 'subject',
    right: 'object',
    rightPeopleOnly: true,
    kind: 'meeting',
    examples: [
      ['During the 2012 campaign, Benjamin Netanyahu hosted a chummy dinner for Mitt Romney.', ['MET_WITH happened Benjamin Netanyahu ~ Mitt Romney']],
      ['Xi Jinping will host a state banquet for Donald Trump in the Great Hall of the People.', ['MET_WITH planned Donald Trump ~ Xi Jinping']],
      ['Barack Obama gave a lunch for Shinzo Abe at the State Department.', ['MET_WITH happened Barack Obama ~ Shinzo Abe']],
      // A crowd, a cause or a fundraiser is no guest; a meal planned only if asked is none.
      ['Barack Obama hosted a dinner for Republican senators.', []],
      ['George Clooney hosted a fundraiser for Barack Obama.', []],
      ['Angela Merkel would host a dinner for Emmanuel Macron if he came.', []],
    ],
    why: 'Hosting a meal or a reception for a person is receiving them as a guest: host and guest meet (issue #12: "hosted X").',
  },
  {
    id: 'meet.noun-with',
    type: 'MET_WITH',
    pattern: `\\b${MEET_NOUN}${WHERE_WHEN}\\s+with\\b`,
    left: 'possessor',
    right: 'object',
    examples: [
      ['Donald Trump’s summit with Kim Jong Un was short.', ['MET_WITH happened Donald Trump ~ Kim Jong Un']],
      ['Donald Trump raised the issue at his first meeting Friday with Vladimir Putin.', ['MET_WITH happened Donald Trump ~ Vladimir Putin']],
      ['Mike Pence will explain the plan in meetings with leaders in Japan.', ['MET_WITH planned Japan ~ Mike Pence']],
      ['Boris Johnson wants a meeting with Joe Biden.', []],
      // A wish, granted or denied, is no meeting and no refusal; a request turned down is a refusal.
      ['Donald Trump will not be yearning for another summit with Kim Jong Un any time soon.', []],
      ['Donald Trump is yearning for another summit with Kim Jong Un.', []],
      ['Boris Johnson won’t push for talks with Joe Biden.', []],
      ['Donald Trump rejected a request for a meeting with Kim Jong Un.', ['MET_WITH refused Donald Trump ~ Kim Jong Un']],
      // "without preconditions" denies the conditions, not the talks; one who describes "the call" took no part in it,
      // the owner of "his meeting" did.
      ['The United States stood “ready to engage without preconditions in serious negotiations with Iran,” she said.', []],
      ['Sean Spicer described the call with Enrique Peña Nieto as productive.', []],
      ['Donald Trump described his meeting with Kim Jong Un as productive.', ['MET_WITH happened Donald Trump ~ Kim Jong Un']],
      ['Donald Trump did not press Xi Jinping on trade during his meeting with Shinzo Abe.', ['MET_WITH happened Donald Trump ~ Shinzo Abe']],
      ['Wang Yi said, after talks with Sergei Lavrov in Beijing, that ties were strong.', ['MET_WITH happened Sergei Lavrov ~ Wang Yi']],
      // "ahead of" / "prior to" open an adjunct as "before" does; a day, "in a statement" or a place may follow the verb
      // of saying before it (stop 53).
      ['Angela Merkel criticized the deal ahead of a meeting with Emmanuel Macron.', ['MET_WITH planned Angela Merkel ~ Emmanuel Macron']],
      ['“It is an unusual coalition,” Barack Obama said Monday ahead of a meeting with Donald Tusk.', ['MET_WITH planned Barack Obama ~ Donald Tusk']],
      ['“It is good,” Donald Trump told reporters on Monday during a meeting with Viktor Orban.', ['MET_WITH happened Donald Trump ~ Viktor Orban']],
      ['“They have the capacity,” John Kerry said in Geneva after a meeting with Sergey Lavrov.', ['MET_WITH happened John Kerry ~ Sergey Lavrov']],
      ['“It is good,” Pat Roberts said on Monday after the meeting with reporters.', []],
      ['Christopher Swift said the NATO summit did not improve Donald Trump’s hand ahead of the meeting with Vladimir Putin.', []],
      ['“It went well,” Wang Yi said, after talks with Sergei Lavrov.', ['MET_WITH happened Sergei Lavrov ~ Wang Yi']],
      ['Leon Panetta and his adviser were briefed at noon and were about to head into a previously scheduled meeting with Barack Obama.', ['MET_WITH happened Barack Obama ~ Leon Panetta']],
      ['Kim Jong Un’s summits with Moon Jae-in and with Donald Trump were short.', ['MET_WITH happened Donald Trump ~ Kim Jong Un', 'MET_WITH happened Kim Jong Un ~ Moon Jae-in']],
      // A list's last title ("then-Director of National Intelligence") may hold "of" after its head word.
      ['Sally Yates attended a meeting with then-Vice President Joe Biden and then-Director of National Intelligence James Clapper.', ['MET_WITH happened James Clapper ~ Sally Yates', 'MET_WITH happened Joe Biden ~ Sally Yates']],
    ],
    why: 'A meeting noun with "with" names one party after it; the other owns the noun or is the clause subject.',
  },
  {
    id: 'meet.told-during',
    type: 'MET_WITH',
    pattern: `\\b${alt(['told', 'asked', 'urged', 'assured', 'warned', 'pressed', 'reminded', 'informed', 'thanked', 'promised'])}\\b`,
    // "in a phone call", "on a call", "over the telephone call": a call is where one speaks to the other too.
    frame: `\\b(?:(?:during|at)\\s+${DET}${ADJ_UP_TO_2}${MEET_NOUN}|(?:in|on|over)\\s+${DET}${ADJ_UP_TO_2}${CALL_NOUN})\\b`,
    left: 'subject',
    right: 'object',
    rightPeopleOnly: true,
    examples: [
      ['During the trade talks in Beijing, Liu He told Steven Mnuchin that China would not budge.', ['MET_WITH happened Liu He ~ Steven Mnuchin']],
      ['John Kerry asked Nawaz Sharif, during a meeting this week, to act.', ['MET_WITH happened John Kerry ~ Nawaz Sharif']],
      ['At the summit, Donald Trump told reporters that Kim Jong Un was smart.', []],
      ['Donald Trump told Kim Jong Un that a summit was possible.', []],
      ['Donald Trump told Malcolm Turnbull in a phone call that he was pleased.', ['MET_WITH happened Donald Trump ~ Malcolm Turnbull']],
      ['Donald Trump assured Shinzo Abe on a call on Monday that the alliance was strong.', ['MET_WITH happened Donald Trump ~ Shinzo Abe']],
      ['Donald Trump told reporters in a phone call that Kim Jong Un was smart.', []],
      ['Donald Trump told Kim Jong Un in a letter that a call was possible.', []],
    ],
    why: 'Speaking to someone during talks or at a meeting puts both in it: the setting, not the verb, makes the meeting.',
  },
  {
    id: 'meet.call',
    type: 'MET_WITH',
    pattern: `\\b${CALL_VERB}\\b`,
    left: 'subject',
    right: 'object',
    rightPeopleOnly: true,
    kind: 'call',
    examples: [
      ['Angela Merkel spoke with Vladimir Putin by phone on Monday.', ['MET_WITH happened Angela Merkel ~ Vladimir Putin']],
      ['Angela Merkel called Vladimir Putin a liar.', []],
      ['Donald Trump speaks by phone with Vladimir Putin in the Oval Office.', ['MET_WITH happened Donald Trump ~ Vladimir Putin']],
      ['Donald Trump spoke on the telephone with Malcolm Turnbull.', ['MET_WITH happened Donald Trump ~ Malcolm Turnbull']],
      ['Angela Merkel spoke by phone with Emmanuel Macron and with Boris Johnson on Monday.', ['MET_WITH happened Angela Merkel ~ Boris Johnson', 'MET_WITH happened Angela Merkel ~ Emmanuel Macron']],
      // A day, a date or the caller's place between the means and "with" (issue #12, rel27).
      ['Barack Obama said he also spoke by phone Thursday with German Chancellor Angela Merkel.', ['MET_WITH happened Angela Merkel ~ Barack Obama']],
      ['Donald Trump spoke by phone on Monday with Chinese President Xi Jinping.', ['MET_WITH happened Donald Trump ~ Xi Jinping']],
      ['John Kerry spoke by phone from Lausanne with Susan Rice.', ['MET_WITH happened John Kerry ~ Susan Rice']],
      ['Barack Obama talks on the phone March 1 with Vladimir Putin.', ['MET_WITH happened Barack Obama ~ Vladimir Putin']],
      ['John Kerry spoke by phone on Monday with reporters.', []],
      // "telephoned" alone in its sentence (no "phone", "call" or "welcome" beside it) reaches the rules too.
      ['Barack Obama telephoned Benjamin Netanyahu on Sunday to express his concern.', ['MET_WITH happened Barack Obama ~ Benjamin Netanyahu']],
      ['Afterwards Theresa May telephoned Donald Tusk.', ['MET_WITH happened Donald Tusk ~ Theresa May']],
    ],
    why: 'Talking at a distance is contact but no meeting: kept with kind "call" so a user can leave it out.',
  },
  {
    id: 'meet.call-from',
    type: 'MET_WITH',
    // (One adjective at most and nothing between the noun and "from": the pattern stays linear, check:regex.)
    pattern: `\\b${RECEIVE_CALL}\\s+${DET}(?:[\\p{Ll}-]+\\s+)?${CALL_NOUN_PLAIN}\\s+from\\b`,
    left: 'subject',
    right: 'object',
    rightPeopleOnly: true,
    kind: 'call',
    examples: [
      ['Gregory Hicks said he subsequently received a call from Cheryl Mills.', ['MET_WITH happened Cheryl Mills ~ Gregory Hicks']],
      ['Thomas Homan got a call from John F. Kelly asking him to stay.', ['MET_WITH happened John F. Kelly ~ Thomas Homan']],
      ['Chuck Schumer also received a phone call from Mike Pence on Tuesday.', ['MET_WITH happened Chuck Schumer ~ Mike Pence']],
      ['Angela Merkel took a call from Emmanuel Macron late on Sunday.', ['MET_WITH happened Angela Merkel ~ Emmanuel Macron']],
      // Denied, or from a body: no call of two people.
      ['Naghmeh Abedini said she has not received a phone call from Barack Obama.', []],
      ['Angela Merkel received a call from the White House.', []],
    ],
    why: 'Receiving a call from someone is the call seen from its other end: the subject and the caller spoke (kind "call").',
  },
  {
    id: 'meet.call-noun-to',
    type: 'MET_WITH',
    pattern: `\\b${CALL_NOUN_PLAIN}\\s+to\\b`,
    left: 'possessor',
    right: 'object',
    rightPeopleOnly: true,
    kind: 'call',
    examples: [
      ['In Donald Trump’s November phone call to Pakistani Prime Minister Nawaz Sharif, he praised Pakistan.', ['MET_WITH happened Donald Trump ~ Nawaz Sharif']],
      ['Hillary Clinton, in a telephone call to Prime Minister Najib Mikati on Sunday, had assured him of support.', ['MET_WITH happened Hillary Clinton ~ Najib Mikati']],
      ['Joe Biden made a phone call to Benjamin Netanyahu on Monday.', ['MET_WITH happened Benjamin Netanyahu ~ Joe Biden']],
      // A call to a body, or a call as an appeal ("a call to arms"): no call of two people.
      ['Barack Obama pointedly withheld a customary congratulatory phone call to Vladimir Putin until days after his election.', ['MET_WITH refused Barack Obama ~ Vladimir Putin']],
      ['It literally could be a phone call to Boeing.', []],
      ['Kim Jong Un answered Donald Trump’s call to action.', []],
    ],
    why: 'A call noun takes its callee after "to" as a meeting noun takes its party after "with"; the owner or the subject made it (kind "call").',
  },
  {
    id: 'meet.call-reciprocal',
    type: 'MET_WITH',
    pattern: `\\b${CALL_RECIPROCAL}`,
    left: 'subject',
    right: 'none',
    reciprocal: true,
    kind: 'call',
    examples: [
      ['Barack Obama and Benjamin Netanyahu spoke by telephone about the deal with Iran.', ['MET_WITH happened Barack Obama ~ Benjamin Netanyahu']],
      ['Donald Trump and Shinzo Abe spoke on the phone on Monday.', ['MET_WITH happened Donald Trump ~ Shinzo Abe']],
      ['Angela Merkel and Vladimir Putin spoke Tuesday by phone.', ['MET_WITH happened Angela Merkel ~ Vladimir Putin']],
      ['Donald Trump and Moon Jae-in will speak by phone on Friday.', ['MET_WITH planned Donald Trump ~ Moon Jae-in']],
      // One side alone, a "with" naming the other (meet.call reads it), a hope or a denial: no call of the pair.
      ['Donald Trump spoke by phone from Air Force One.', []],
      ['Donald Trump and Mike Pence spoke by phone with Shinzo Abe.', ['MET_WITH happened Donald Trump ~ Shinzo Abe', 'MET_WITH happened Mike Pence ~ Shinzo Abe']],
      ['Donald Trump and Kim Jong Un hope to speak by phone soon.', []],
      ['Donald Trump and Vladimir Putin have not spoken by phone.', []],
    ],
    why: 'Coordinated subjects who spoke by phone, with no "with" after it, spoke to each other: a call (kind "call").',
  },
  {
    id: 'meet.passive-by',
    type: 'MET_WITH',
    // The past passive only: "will be received by" is left to the plans of "will meet".
    pattern: `\\b${alt(['was', 'were', 'had been', 'has been', 'have been'])}\\s+(?:${alt(['warmly', 'personally', 'formally', 'officially', 'later', 'also', 'first'])}\\s+)?${alt(['met', 'hosted', 'received', 'welcomed', 'greeted', 'visited'])}\\s+by\\b`,
    left: 'subject',
    right: 'object',
    rightPeopleOnly: true,
    examples: [
      ['Emmanuel Macron was received by Angela Merkel in Berlin.', ['MET_WITH happened Angela Merkel ~ Emmanuel Macron']],
      ['Xi Jinping was welcomed by Vladimir Putin at the Kremlin on Monday.', ['MET_WITH happened Vladimir Putin ~ Xi Jinping']],
      ['Emmanuel Macron, who was greeted by Angela Merkel, spoke of Europe.', ['MET_WITH happened Angela Merkel ~ Emmanuel Macron']],
      ['The decision was welcomed by Angela Merkel on Monday.', []],
      ['The Nobel Peace Prize was received by Barack Obama in Oslo.', []],
      ['Germany was welcomed by France into the alliance.', []],
      ['Angela Merkel was visited by Emmanuel Macron in Berlin.', ['MET_WITH happened Angela Merkel ~ Emmanuel Macron']],
      ['Syria was visited by Vladimir Putin in 2017.', []],
    ],
    why: 'The passive of a meeting verb: its subject is the guest, the agent after "by" the host (issue #12, passives).',
  },
  {
    id: 'meet.verb',
    type: 'MET_WITH',
    pattern: `\\b(?:${MEET_VERB_ADJUNCT_WITH}|${MEET_VERB}\\b(?:\\s+with\\b)?)`,
    left: 'subject',
    right: 'object',
    reciprocal: true,
    examples: [
      ['Rex Tillerson met with Vladimir Putin in Moscow.', ['MET_WITH happened Rex Tillerson ~ Vladimir Putin']],
      ['Francois Hollande will meet Barack Obama, Angela Merkel and Vladimir Putin.', ['MET_WITH planned Angela Merkel ~ Francois Hollande', 'MET_WITH planned Barack Obama ~ Francois Hollande', 'MET_WITH planned Francois Hollande ~ Vladimir Putin']],
      ['Vladimir Putin hosted Rex Tillerson at the Kremlin.', ['MET_WITH happened Rex Tillerson ~ Vladimir Putin']],
      ['Benjamin Netanyahu and Mahmoud Abbas met in Washington.', ['MET_WITH happened Benjamin Netanyahu ~ Mahmoud Abbas']],
      ['Defense Secretary Ash Carter, Trade Representative Mike Froman and National Economic Council Director Jeff Zients are meeting with Nancy Pelosi.', ['MET_WITH happened Ash Carter ~ Nancy Pelosi', 'MET_WITH happened Jeff Zients ~ Nancy Pelosi', 'MET_WITH happened Mike Froman ~ Nancy Pelosi']],
      ['Bill Clinton and Fidel Castro shook hands at a luncheon.', ['MET_WITH happened Bill Clinton ~ Fidel Castro']],
      ['Iranian officials will meet counterparts from France and Germany next week.', ['MET_WITH planned France ~ Iran', 'MET_WITH planned Germany ~ Iran']],
      ['Angela Merkel declined to meet Viktor Orban.', ['MET_WITH refused Angela Merkel ~ Viktor Orban']],
      ['Rex Tillerson will not meet Vladimir Putin, a source said.', ['MET_WITH refused Rex Tillerson ~ Vladimir Putin']],
      ['Boris Johnson is willing to meet Joe Biden.', []],
      // A negated wish denies the wish: nobody refused a meeting, and none is told; a negated meeting verb is a refusal.
      ['Donald Trump is not eager to meet Kim Jong Un.', []],
      ['Donald Trump is not yearning to meet Kim Jong Un again.', []],
      ['Donald Trump will not meet Kim Jong Un.', ['MET_WITH refused Donald Trump ~ Kim Jong Un']],
      ['Rex Tillerson met Russian officials in Minsk.', ['MET_WITH happened Rex Tillerson ~ Russia']],
      ['Donald Trump was due to meet Adel Abdul Mahdi, but the talks were cancelled.', ['MET_WITH refused Adel Abdul Mahdi ~ Donald Trump']],
      ['Donald Trump told a Security Council meeting that China was meddling.', []],
      // Consulting, dining or huddling with someone (issue #12).
      ['Angela Merkel consulted with Emmanuel Macron in Berlin.', ['MET_WITH happened Angela Merkel ~ Emmanuel Macron']],
      ['Angela Merkel dined with Emmanuel Macron in Paris.', ['MET_WITH happened Angela Merkel ~ Emmanuel Macron']],
      ['Angela Merkel has not consulted with Emmanuel Macron.', []],
      ['The White House has an obligation to consult with Congress.', []],
      ['Angela Merkel consulted the dictionary.', []],
      // An adverb of manner, a short place or time between the verb and its "with" (issue #12, rel22).
      ['John Kerry met privately with Philip Hammond on Sunday.', ['MET_WITH happened John Kerry ~ Philip Hammond']],
      ['Donald Trump met separately with Benjamin Netanyahu and Benny Gantz.', ['MET_WITH happened Benjamin Netanyahu ~ Donald Trump', 'MET_WITH happened Benny Gantz ~ Donald Trump']],
      ['Wang Yi met in Manila with Rex Tillerson.', ['MET_WITH happened Rex Tillerson ~ Wang Yi']],
      ['Barack Obama met last week with James Clyburn.', ['MET_WITH happened Barack Obama ~ James Clyburn']],
      ['Barack Obama conferred privately with Benjamin Netanyahu.', ['MET_WITH happened Barack Obama ~ Benjamin Netanyahu']],
      ['Donald Trump will meet next week with Imran Khan.', ['MET_WITH planned Donald Trump ~ Imran Khan']],
      ['Donald Trump has no plans to meet one-on-one with Vladimir Putin.', []],
      ['Barack Obama would be willing to negotiate directly with Hassan Rouhani.', []],
      ['Rex Tillerson met in Moscow with reporters.', []],
      // A list that repeats the cue's preposition: "with X and with Y" (issue #12, rel24).
      // A direct quote's "I" is its named speaker (speaker.first-person, issue #12, rel28).
      ['“I met with Vladimir Putin for two hours,” Donald Trump said.', ['MET_WITH happened Donald Trump ~ Vladimir Putin']],
      ['Donald Trump met separately with Benjamin Netanyahu and with Benny Gantz.', ['MET_WITH happened Benjamin Netanyahu ~ Donald Trump', 'MET_WITH happened Benny Gantz ~ Donald Trump']],
      ['John Kerry met at length with Ahmet Davutoglu and also with Qatari officials.', ['MET_WITH happened Ahmet Davutoglu ~ John Kerry', 'MET_WITH happened John Kerry ~ Qatar']],
      ['Donald Trump met with Benjamin Netanyahu and with reporters in Jerusalem.', ['MET_WITH happened Benjamin Netanyahu ~ Donald Trump']],
      ['Donald Trump met with Benjamin Netanyahu and to Benny Gantz he said nothing.', ['MET_WITH happened Benjamin Netanyahu ~ Donald Trump']],
    ],
    why: 'A meeting verb: its subject met its object, or coordinated subjects met each other.',
  },
  {
    id: 'meet.joint-appearance',
    type: 'MET_WITH',
    pattern: `\\b${alt(['speaking', 'spoke', 'speaks', 'standing', 'stood', 'stands', 'appeared', 'appearing', 'appears'])}\\s+${alt(['alongside', 'beside', 'next to'])}\\b`,
    left: 'subject',
    right: 'object',
    rightPeopleOnly: true,
    kind: 'meeting',
    examples: [
      ['Hillary Clinton, speaking alongside Israeli Prime Minister Benjamin Netanyahu on Tuesday, said the goal was peace.', ['MET_WITH happened Benjamin Netanyahu ~ Hillary Clinton']],
      ['Standing alongside Secretary of State John Kerry, Israeli Prime Minister Benjamin Netanyahu welcomed the deal.', ['MET_WITH happened Benjamin Netanyahu ~ John Kerry']],
      ['“We are great allies,” Donald Trump said, speaking alongside Israeli Prime Minister Benjamin Netanyahu.', ['MET_WITH happened Benjamin Netanyahu ~ Donald Trump']],
      // One state's people side by side, a country stood beside, or a seat at a ceremony: no meeting.
      ['Commerce Secretary Wilbur Ross, speaking alongside Treasury Secretary Steven Mnuchin, denied the move was protectionist.', []],
      ['Secretary of State John Kerry said the United States stood beside France.', []],
      ['Kim Yo Jong sat next to Vice President Mike Pence at the opening ceremony.', []],
    ],
    why: 'Speaking or standing alongside someone of another state is a joint appearance: the public part of their meeting.',
  },
  {
    id: 'meet.receive-guest',
    type: 'MET_WITH',
    pattern: `\\b${RECEIVE_GUEST}\\b`,
    left: 'subject',
    right: 'object',
    rightPeopleOnly: true,
    examples: [
      ['Pope Francis received Donald Trump at the Vatican.', ['MET_WITH happened Donald Trump ~ Francis']],
      ['Angela Merkel received Turkish President Recep Tayyip Erdogan in Berlin.', ['MET_WITH happened Angela Merkel ~ Recep Tayyip Erdogan']],
      ['Xi Jinping will receive Emmanuel Macron in Beijing next week.', ['MET_WITH planned Emmanuel Macron ~ Xi Jinping']],
      ['Angela Merkel greeted Emmanuel Macron at the chancellery.', ['MET_WITH happened Angela Merkel ~ Emmanuel Macron']],
      // What is received is a thing (a call, a letter, a prize, support), or a country's delegation is no person.
      ['Vladimir Putin received a call from Donald Trump.', []],
      ['Barack Obama received Vladimir Putin’s letter.', []],
      ['Angela Merkel received the Charlemagne Prize from Emmanuel Macron.', []],
      ['Angela Merkel greeted the news with relief.', []],
      ['Angela Merkel would receive Emmanuel Macron if he asked.', []],
    ],
    why: 'Receiving or greeting a person is hosting a guest: both are in one room (issue #12: "X received Y" when Y is a person).',
  },
  {
    id: 'meet.discuss-with',
    type: 'MET_WITH',
    pattern: `\\b${DISCUSS}\\b`,
    left: 'subject',
    right: 'object',
    rightPeopleOnly: true,
    kind: 'talks',
    examples: [
      ['Donald Trump discussed the Brunson case with Recep Tayyip Erdogan.', ['MET_WITH happened Donald Trump ~ Recep Tayyip Erdogan']],
      ['Michael Flynn discussed sanctions with Sergey Kislyak in December.', ['MET_WITH happened Michael Flynn ~ Sergey Kislyak']],
      ['Sergei Lavrov discussed the issue by phone with Mike Pompeo.', ['MET_WITH happened Mike Pompeo ~ Sergei Lavrov']],
      ['Angela Merkel will discuss Brexit with Theresa May on Friday.', ['MET_WITH planned Angela Merkel ~ Theresa May']],
      // The "with" of a noun in the topic, a listener who is no person, a denial or a wish: no talk between the two.
      ['Donald Trump did not discuss his summit with Kim Jong Un.', []],
      ['David Petraeus discussed his affair with Paula Broadwell.', []],
      ['Donald Trump discussed rising tensions with Iran.', []],
      ['Donald Trump discussed the plan with reporters.', []],
      ['Michael Flynn never discussed sanctions with Sergey Kislyak.', []],
      ['Angela Merkel wants to discuss Brexit with Theresa May.', []],
      ['Angela Merkel refused to discuss Brexit with Theresa May.', []],
    ],
    why: 'Discussing something with a person is talking with them: a meeting or a call (issue #12).',
  },
  {
    id: 'meet.their-noun',
    type: 'MET_WITH',
    pattern: `\\b${ADJUNCT_PREPOSITION}\\s+(?<cue>their\\s+${ADJ_UP_TO_2}${SHARED_MEET_NOUN})\\b`,
    left: 'sharers',
    right: 'none',
    examples: [
      ['Vladimir Putin and Hassan Rouhani shook hands after their talks in Tehran.', ['MET_WITH happened Hassan Rouhani ~ Vladimir Putin']],
      ['Donald Trump pressed Xi Jinping on trade during their meeting in Osaka.', ['MET_WITH happened Donald Trump ~ Xi Jinping']],
      ['Mohammad Javad Zarif spoke at a press conference with his Danish counterpart Kristian Jensen after their talks in Tehran.', ['MET_WITH happened Kristian Jensen ~ Mohammad Javad Zarif']],
      ['Vladimir Putin said Donald Trump appeared satisfied during their meeting.', ['MET_WITH happened Donald Trump ~ Vladimir Putin']],
      ['During their meeting at the border, Moon Jae-in and Kim Jong Un promised to work toward peace.', ['MET_WITH happened Kim Jong Un ~ Moon Jae-in']],
      ['Donald Trump will raise human rights with Kim Jong Un at their summit next week.', ['MET_WITH planned Donald Trump ~ Kim Jong Un']],
      ['Donald Trump did not mention the missiles to Kim Jong Un during their phone call.', ['MET_WITH happened Donald Trump ~ Kim Jong Un']],
      // Three people, a possessive owner, or one named side leave "their" open; a "with" names the other side itself;
      // a visit is the visitor's.
      ['Angela Merkel told Emmanuel Macron and Theresa May after their meeting that Brexit was settled.', []],
      ['Vladimir Putin’s spokesman Dmitry Peskov said Donald Trump was pleased after their meeting.', []],
      ['Donald Trump told reporters after their meeting that talks went well.', []],
      ['Donald Trump praised Angela Merkel after their meeting with business leaders.', []],
      ['Barack Obama praised Shinzo Abe after their visit to Hiroshima.', []],
      ['The secretary tried to persuade Donald Trump to change his mind on Syria during their meeting.', []],
      ['Angela Merkel spoke of Vladimir Putin during their expected meeting in Berlin.', []],
      ['A deal between Donald Trump and Xi Jinping may come during their expected meeting in Osaka.', ['MET_WITH planned Donald Trump ~ Xi Jinping']],
    ],
    why: 'A meeting noun owned by "their" is shared by the two sides the clause names: both took part in it.',
  },
  {
    id: 'ally.alliance-between',
    type: 'ALLIED_WITH',
    pattern: `\\b${NOT_ALLIANCE_PACT}(?:${alt(['alliance', 'partnership'])}|${SECURITY_PACT})\\s+between\\b`,
    left: 'none',
    right: 'between',
    examples: [
      ['The alliance between Japan and Australia has deepened.', ['ALLIED_WITH stated Australia ~ Japan']],
      ['The defense pact between Japan and Australia has deepened.', ['ALLIED_WITH stated Australia ~ Japan']],
      ['It is hard to renegotiate the NAFTA pact between the United States and Canada.', []],
    ],
    why: 'An alliance noun with "between" names both allies after it.',
  },
  {
    id: 'ally.compound',
    type: 'ALLIED_WITH',
    pattern: `\\b${alt(['alliance', 'military alliance', 'security alliance', 'defense alliance', 'defence alliance', 'partnership'])}\\b`,
    left: 'compound',
    right: 'none',
    examples: [['The US-Japan alliance is strong.', ['ALLIED_WITH stated Japan ~ United States']]],
    why: 'Allies joined by a dash or "and" before an alliance noun: "the US-Japan alliance".',
  },
  {
    id: 'ally.allied-with',
    type: 'ALLIED_WITH',
    pattern: `\\b${alt(['allied', 'aligned', 'allies', 'ally'])}\\s+(?:itself\\s+|themselves\\s+)?with\\b`,
    left: 'subject',
    right: 'object',
    examples: [['Hezbollah is closely allied with Iran.', ['ALLIED_WITH stated Hezbollah ~ Iran']]],
    why: '"allied with" states an alliance between subject and object.',
  },
  {
    id: 'ally.backed-by',
    type: 'ALLIED_WITH',
    pattern: `\\b${PASSIVE_BACKED}\\s+by\\b`,
    left: 'subject',
    right: 'object',
    examples: [
      ['Hamas is funded by Qatar.', ['ALLIED_WITH stated Hamas ~ Qatar']],
      ['Hamas is funded by Qatar and by Iran.', ['ALLIED_WITH stated Hamas ~ Iran', 'ALLIED_WITH stated Hamas ~ Qatar']],
    ],
    why: 'The passive of a backing verb: the object backs the subject.',
  },
  {
    id: 'ally.dash-backed',
    type: 'ALLIED_WITH',
    pattern: `(?<=[\\p{L}.])[-–](?:${alt(['backed', 'supported', 'funded', 'armed', 'allied', 'sponsored'])})\\b`,
    left: 'modifier',
    right: 'appositive',
    examples: [
      ['Hezbollah is an Iran-backed militia.', ['ALLIED_WITH stated Hezbollah ~ Iran']],
      ['Iran-backed Hezbollah fired rockets.', ['ALLIED_WITH stated Hezbollah ~ Iran']],
      // Paying for research is no alliance.
      ['The Rand Corp., a Pentagon-supported research group, looked at the same issues.', []],
    ],
    why: '"X-backed Y": X backs the party the phrase names or describes (not work it pays for: "a Pentagon-supported research group").',
  },
  {
    id: 'ally.noun-of',
    type: 'ALLIED_WITH',
    pattern: `\\b${ALLY_NOUN}\\s+(?:of|to)\\b`,
    left: 'appositive',
    right: 'object',
    examples: [
      ['Syria, a close ally of Iran, was hit.', ['ALLIED_WITH stated Iran ~ Syria']],
      ['Pakistan is a steadfast partner of Saudi Arabia.', ['ALLIED_WITH stated Pakistan ~ Saudi Arabia']],
      ['Syria, a close ally of Iran and of Russia, was hit.', ['ALLIED_WITH stated Iran ~ Syria', 'ALLIED_WITH stated Russia ~ Syria']],
    ],
    why: '"an ally of Y" describes the party it stands beside (an apposition or a copula subject).',
  },
  {
    id: 'ally.noun-possessor',
    type: 'ALLIED_WITH',
    pattern: `\\b${ALLY_NOUN}\\b`,
    left: 'owner',
    right: 'appositive',
    examples: [
      ['Washington blames Russia’s ally Bashar Assad for the attack.', ['ALLIED_WITH stated Bashar Assad ~ Russia']],
      ['China, North Korea’s main ally, welcomed the news.', ['ALLIED_WITH stated China ~ North Korea']],
      ['Tehran’s Hezbollah auxiliaries fought in Aleppo.', ['ALLIED_WITH stated Hezbollah ~ Iran']],
      ['Japan, as well as its neighbours and ally Washington, must prepare.', ['ALLIED_WITH stated Japan ~ United States']],
    ],
    why: '"X\'s ally Y" / "Y, X\'s ally": the owner of the ally noun and the party it names.',
  },
  {
    id: 'ally.noun-modifier',
    type: 'ALLIED_WITH',
    pattern: `\\b${ALLY_NOUN}\\b`,
    left: 'modifier',
    right: 'appositive',
    examples: [
      ['Egypt signed a treaty with vital U.S. ally Israel.', ['ALLIED_WITH stated Israel ~ United States']],
      ['Egypt is a NATO partner.', ['ALLIED_WITH stated Egypt ~ North Atlantic Treaty Organization']],
      // An indefinite ally phrase, then a name with a finite verb of its own: a relative clause without "that", whose
      // subject is no apposition; the phrase describes the party before it (ally.contact-relative, issue #12, rel28).
      ['Russia, a Syrian ally the U.S. repeatedly has accused of complicity, said nothing.', ['ALLIED_WITH stated Russia ~ Syria']],
    ],
    why: '"U.S. ally Israel": a party written before the ally noun is the one allied with.',
  },
  {
    id: 'ally.allies-such-as',
    type: 'ALLIED_WITH',
    // Trade and business partners are no allies ("China and other trading partners such as the EU").
    pattern: `\\b(?<!\\b(?:trading|trade|business|economic|commercial|negotiating)\\s)${alt(['allies', 'partners', 'backers'])}\\s+(?:such\\s+as|including|like)\\b`,
    left: 'subject',
    right: 'object',
    examples: [
      ['Libya needs help from allies such as France and Italy.', ['ALLIED_WITH stated France ~ Libya', 'ALLIED_WITH stated Italy ~ Libya']],
      ['The tariffs hit China and other trading partners such as the EU and Canada.', []],
    ],
    why: 'A list of allies belongs to the clause subject.',
  },
  {
    id: 'ally.alliance-with',
    type: 'ALLIED_WITH',
    pattern: `\\b${NOT_ALLIANCE_PACT}(?:${alt(['alliance', 'partnership', 'military alliance'])}|${SECURITY_PACT})\\s+with\\b`,
    left: 'possessor',
    right: 'object',
    examples: [
      ['Finland entered an alliance with Germany.', ['ALLIED_WITH stated Finland ~ Germany']],
      ['Japan rejected an alliance with Russia.', ['ALLIED_WITH hedged Japan ~ Russia']],
      ['The United States suspended its obligations under an arms control pact with Russia.', []],
      ['The U.S. can terminate its pact with Mexico.', []],
      ['The United States withdrew from a landmark 1987 nuclear missile pact with Russia.', []],
      ['The Philippines signed a mutual defense pact with the United States.', ['ALLIED_WITH stated Philippines ~ United States']],
    ],
    why: 'An alliance noun with "with": its owner or the clause subject is allied with the object.',
  },
  {
    id: 'ally.aid-for',
    type: 'ALLIED_WITH',
    pattern: `\\b${AID_NOUN}\\s+(?:for|to)\\b`,
    left: 'possessor',
    right: 'object',
    examples: [
      ['The US’s support for Israel is well known.', ['ALLIED_WITH stated Israel ~ United States']],
      ['Germany halted arms deliveries to Egypt.', []],
      ['The United States has pledged support for Ukraine and for Georgia.', ['ALLIED_WITH stated Georgia ~ United States', 'ALLIED_WITH stated Ukraine ~ United States']],
      ['Ashton Carter said he favors sending arms to Ukraine.', ['ALLIED_WITH hedged Ashton Carter ~ Ukraine']],
      ['John Kerry is in Paris for a meeting on providing aid to Iraq.', []],
    ],
    why: 'Support, aid or arms for a party: the giver (owner or subject) backs it.',
  },
  {
    id: 'ally.backing-of',
    type: 'ALLIED_WITH',
    pattern: `\\b${alt(['backing', 'sponsorship', 'patronage'])}\\s+of\\b`,
    left: 'owner',
    right: 'object',
    examples: [
      ['Pointing to Iran’s backing of Houthi rebels in Yemen, he warned of more attacks.', ['ALLIED_WITH stated Houthi ~ Iran']],
      ['Trump said the U.S. should work with Russia, despite its military backing of Bashar Assad.', ['ALLIED_WITH stated Bashar Assad ~ Russia']],
      ['Qatar’s patronage of Hamas angers Egypt.', ['ALLIED_WITH stated Hamas ~ Qatar']],
      // Without an owner "the backing of X" names the backer of someone else ("has the backing of the U.S."): no owner, no pair.
      ['Saudi Arabia wants to show it still has the solid backing of the United States.', []],
      ['John Kerry travels to secure the backing of Arab states for the campaign.', []],
    ],
    why: '"X\'s backing of Y": the owner of the backing backs its object (the noun of the verb "back"; a possessive owner is its subject).',
  },
  {
    id: 'ally.receive-from',
    type: 'ALLIED_WITH',
    pattern: `\\b${RECEIVE}\\s+${LOWER_WORDS_UP_TO_4}${HELP_NOUN}\\s+${LOWER_WORDS_UP_TO_4}from\\b`,
    left: 'subject',
    right: 'object',
    examples: [['The militia received weapons from Iran and cash from Qatar.', []], ['Hamas received cash from Qatar.', ['ALLIED_WITH stated Hamas ~ Qatar']]],
    why: 'Receiving aid or arms from a party: the giver backs the receiver.',
  },
  {
    id: 'ally.aid-gets-from',
    type: 'ALLIED_WITH',
    pattern: `\\b${HELP_NOUN}\\s+(?:the\\s+)?[\\p{Lu}][^\\s,.;]*(?:\\s+[\\p{Lu}][^\\s,.;]*){0,2}\\s+(?<cue>${RECEIVE}\\s+from)\\b`,
    left: 'subject',
    right: 'object',
    examples: [['The $1 billion in aid Egypt gets from the United States is at stake.', ['ALLIED_WITH stated Egypt ~ United States']]],
    why: '"the aid X gets from Y": Y backs X.',
  },
  {
    id: 'ally.back-verb',
    type: 'ALLIED_WITH',
    // Not after a dash: "nuclear-armed Iran" is armed, not armed by anyone.
    pattern: `(?<![-–])\\b${BACK_VERB}\\b`,
    left: 'subject',
    right: 'object',
    examples: [
      ['Russia is backing Bashar Assad.', ['ALLIED_WITH stated Bashar Assad ~ Russia']],
      ['Russian and Iranian forces helping Bashar Assad took the city.', ['ALLIED_WITH stated Bashar Assad ~ Iran', 'ALLIED_WITH stated Bashar Assad ~ Russia']],
      ['Turkey supports rebels opposed to Bashar Assad.', []],
      ['Iran denied arming the Houthis in Yemen.', ['ALLIED_WITH hedged Houthis ~ Iran']],
      ['Qatar is funding Hamas.', ['ALLIED_WITH stated Hamas ~ Qatar']],
      ['The United States launched strikes against Jabhat Fateh al-Sham.', []],
      ['Mr. Trump ran for president on a pledge to pull back the United States from foreign wars, drawing support from unconventional quarters.', []],
      ['Russia pushed back Ukraine at the border.', []],
      // Repelling is no backing: "back" as the particle of a verb of driving off, in any form.
      ['American forces are driving back ISIS in Mosul.', []],
      ['Iraqi forces beat back Islamic State in Ramadi.', []],
      ['Iraq has forced back Islamic State from Ramadi.', []],
      // A name in "-ing" is a subject ("Beijing back"), and "to" makes "back" a verb again.
      ['Washington and Beijing back Kim Jong Un.', ['ALLIED_WITH stated Kim Jong Un ~ United States']],
      ['Hezbollah rushed to back Bashar Assad.', ['ALLIED_WITH stated Bashar Assad ~ Hezbollah']],
    ],
    why: 'A backing verb: its subject backs its object (opposition and targets are not backing).',
  },
];
