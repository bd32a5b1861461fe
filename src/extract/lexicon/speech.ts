// Verbs and phrases that introduce speech ("said", "told", "according to"), in every inflection we match.

import { TRAIN_CUES } from './train-cues.js';

const BASE_VERBS = [
  'say', 'tell', 'add', 'stress', 'warn', 'argue', 'claim', 'insist', 'note', 'announce', 'tweet', 'write', 'declare',
  'state', 'explain', 'assert', 'acknowledge', 'admit', 'allege', 'confirm', 'deny', 'suggest', 'report', 'remark',
  'reply', 'respond', 'answer', 'ask', 'urge', 'predict', 'promise', 'vow', 'pledge', 'contend', 'maintain',
  'emphasize', 'emphasise', 'observe', 'recall', 'complain', 'caution', 'concede', 'counter', 'charge', 'accuse',
  'boast', 'joke', 'quip', 'testify', 'exclaim', 'lament', 'reiterate', 'repeat', 'continue', 'conclude', 'point out',
  'tell reporters', 'mention', 'signal', 'believe', 'think', 'fear', 'hope', 'estimate', 'indicate', 'disclose',
  'reveal', 'assure', 'inform', 'brief', 'describe', 'demand', 'threaten', 'agree', 'recount', 'proclaim', 'encourage',
  'text', 'email', 'message',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  // Written messages, by their past and participle only: "text", "email" and "message" alone are mostly nouns ("the
  // text of the bill", "his emails"), while "“…,” Dille texted the group" and "she emailed" report words.
  text: ['texted', 'texting'],
  email: ['emailed', 'e-mailed', 'emailing'],
  message: ['messaged'],
};

/** Verbs that double their last consonant before -ed/-ing: one vowel then one consonant, stressed ("slam" → "slammed",
 * "refer" → "referring", "admit" → "admitted"), not "offer" or "visit". */
const DOUBLES_FINAL = /^(?:[^aeiou]*[aeiou][bdgklmnprt]|admit|commit|omit|submit|permit|regret|compel|refer|prefer|confer|deter|rebut|abet|control|patrol|propel|repel|expel|dispel|quip)$/;

function inflect(verb: string): string[] {
  if (IRREGULAR[verb]) return IRREGULAR[verb];
  const [head, ...rest] = verb.split(' ');
  const tail = rest.length ? ' ' + rest.join(' ') : '';
  if (IRREGULAR[head]) return IRREGULAR[head].map((f) => f + tail); // "tell reporters" → "told reporters"
  const forms = new Set<string>([head]);
  if (/(s|sh|ch|x|z)$/.test(head)) forms.add(head + 'es');
  else if (/[^aeiou]y$/.test(head)) forms.add(head.slice(0, -1) + 'ies');
  else forms.add(head + 's');
  if (head.endsWith('e')) {
    forms.add(head + 'd');
    forms.add(head.slice(0, -1) + 'ing');
  } else if (/[^aeiou]y$/.test(head)) {
    forms.add(head.slice(0, -1) + 'ied');
    forms.add(head + 'ing');
  } else if (DOUBLES_FINAL.test(head)) {
    forms.add(head + head.slice(-1) + 'ed');
    forms.add(head + head.slice(-1) + 'ing');
  } else {
    forms.add(head + 'ed');
    forms.add(head + 'ing');
  }
  return [...forms].map((f) => f + tail);
}

/** Every inflected speech verb, e.g. said, says, saying, told, warned. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(BASE_VERBS.flatMap(inflect));

/** Verbs of the manner of speaking — voice, not report — that frame a quotation right after its closing mark ("“…,”
 * chanted protesters", "“…,” she yelled"); away from a quote they name a sound or an act, no report ("shouted slogans"). */
export const MANNER_OF_SPEAKING_VERBS: ReadonlySet<string> = new Set([
  'chanted', 'shouted', 'yelled', 'screamed', 'cried', 'whispered', 'muttered', 'mumbled', 'murmured', 'thundered', 'roared',
  'bellowed', 'hollered', 'snapped', 'barked', 'growled', 'sneered', 'scoffed', 'pleaded', 'implored', 'sobbed', 'gasped',
  'stammered', 'retorted', 'interjected', 'chimed in', 'shot back', 'fired back', 'mused', 'marveled', 'marvelled', 'sang',
  'chant', 'chants', 'shout', 'shouts', 'yell', 'yells', 'scream', 'screams', 'whispers', 'mutters', 'retorts',
]);

/**
 * Compound nouns that begin with a speech verb's form: "think tank", "think piece". The verb form there is a noun's
 * modifier, no cue ("an expert at the CSIS think tank in Washington, said …" has one cue, "said").
 */
export const CUE_NOUN_COMPOUNDS = ['think tank', 'think tanks', 'think piece', 'think pieces', 'think-tank', 'think-tanks'];
/** A lookahead-safe alternation of CUE_NOUN_COMPOUNDS, each closed by a word boundary. */
export const CUE_NOUN_COMPOUND_PATTERN = `(?:${CUE_NOUN_COMPOUNDS.map((c) => c.replace(/ /g, '\\s+')).join('|')})\\b`;

/** The past/present forms that end a quote attribution ("…," he said.). */
export const SPEECH_VERB_PATTERN = [...SPEECH_VERBS].sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+')).join('|');

/**
 * Verbs of stance and public action whose object is what someone put forward about something: PolNeAR-style
 * attributions ("Clinton cited derogatory comments …", "Trump called for …", "Graham criticized the party's …").
 */
const STANCE_BASE = [
  'call for', 'call on', 'cite', 'attack', 'criticize', 'criticise', 'blast', 'slam', 'praise', 'describe', 'question',
  'defend', 'condemn', 'accuse', 'blame', 'mock', 'denounce', 'dismiss', 'reject', 'echo', 'liken', 'compare',
  'welcome', 'applaud', 'hail', 'point to', 'highlight', 'tout', 'promise', 'propose', 'announce', 'offer', 'pledge',
  'vow', 'urge', 'demand', 'dispute', 'challenge', 'lambaste', 'rip', 'chide', 'scold', 'rebuke', 'decry', 'lament',
  'stress', 'emphasize', 'emphasise', 'reiterate', 'mention', 'support', 'oppose', 'endorse', 'refer to',
  'respond to', 'push for', 'argue for', 'advocate', 'champion', 'disavow', 'outline', 'float', 'tease',
  'assail', 'fault', 'denigrate', 'disparage', 'insult', 'ridicule', 'commend', 'congratulate', 'recommend',
  'reference', 'portray', 'bemoan', 'downplay', 'laud', 'lay out', 'spell out', 'take aim at', 'weigh in on',
  'speak out against', 'comment on', 'promote', 'raise questions about', 'double down on', 'pooh-pooh', 'admire',
  'chastise', 'grill', 'go after', 'pound', 'hammer', 'invoke', 'rate',
  'demonize', 'salute', 'embrace', 'single out', 'minimize', 'shrug off', 'brush off', 'play down', 'dodge', 'deflect',
  'lash out at', 'take issue with', 'side with', 'break with', 'back away from', 'credit', 'doubt', 'favor', 'want',
  'take offense at', 'campaign for', 'campaign against', 'retweet', 'articulate', 'make the case for', 'unleash', 'apologize for', 'respond with', 'resist', 'love', 'hate', 'protest', 'vote for', 'vote against', 'advocate for', 'plead for', 'lobby for',
  'lobby against', 'push back on', 'speak up for', 'stand up for', 'warn of',
  'seek',
];
const STANCE_IRREGULAR: Record<string, string[]> = {
  rip: ['rip', 'rips', 'ripped', 'ripping'],
  echo: ['echo', 'echoes', 'echoed', 'echoing'],
  'go after': ['go after', 'goes after', 'went after', 'gone after', 'going after'],
  'break with': ['break with', 'breaks with', 'broke with', 'broken with', 'breaking with'],
  seek: ['seek', 'seeks', 'sought', 'seeking'],
  'take offense at': ['take offense at', 'takes offense at', 'took offense at', 'taken offense at', 'taking offense at'],
  'stand up for': ['stand up for', 'stands up for', 'stood up for', 'standing up for'],
  'speak up for': ['speak up for', 'speaks up for', 'spoke up for', 'spoken up for', 'speaking up for'],
  'lay out': ['lay out', 'lays out', 'laid out', 'laying out'],
  'make the case for': ['make the case for', 'makes the case for', 'made the case for', 'making the case for'],
  'take issue with': ['take issue with', 'takes issue with', 'took issue with', 'taken issue with', 'taking issue with'],
};
// Not 'unveil': what is unveiled is a thing (a plan, a budget, a statue), presented, not put forward as a position
// (polnear-train: 4 cues in 9 uses).
/** Stance forms that are not speech verbs too (those keep needing a clause: "stressed the need" is no report). */
export const STANCE_VERBS: ReadonlySet<string> = new Set([...STANCE_BASE.flatMap((v) => STANCE_IRREGULAR[v] ?? inflect(v)), ...TRAIN_CUES.map((c) => c.form)].filter((f) => !SPEECH_VERBS.has(f)));
export const STANCE_VERB_PATTERN = [...STANCE_VERBS].sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+')).join('|');

/** Phrases that attribute what follows to a source. */
export const ATTRIBUTION_PHRASES = ['according to'] as const;

/** Pronouns a quote's speaker may be referred to by, with gender where known. */
export const SPEAKER_PRONOUNS: Record<string, 'm' | 'f' | 'n'> = { he: 'm', she: 'f', they: 'n', i: 'n', we: 'n' };

/** Verbs that hand a thing over (a speech, a letter, a report): with "to" right after them their object stands
 * elsewhere ("a speech Kim delivered to the assembly"), and what follows is a recipient, not what was said. */
export const TRANSFER_VERBS: ReadonlySet<string> = new Set(['deliver', 'delivers', 'delivered', 'delivering', 'send', 'sends', 'sent', 'sending', 'submit', 'submits', 'submitted', 'submitting', 'present', 'presents', 'presented', 'presenting', 'hand', 'hands', 'handed', 'handing', 'address', 'addresses', 'addressed', 'addressing', 'mail', 'mails', 'mailed', 'forward', 'forwards', 'forwarded', 'read', 'reads', 'wrote', 'writes', 'written', 'leaked', 'leaks', 'leak', 'give', 'gives', 'gave', 'given']);

/** Participles that, after a comma, are the reporter's gloss on what the speaker meant (", referring to the underground
 * Fordow facility"), no position of the speaker's — unless they name it "as" something (", referring to them as …"). */
export const GLOSS_PARTICIPLES: ReadonlySet<string> = new Set(['referring', 'alluding']);
/** Participles that say what an event shows ("…, underscoring the need for …"): after a reported clause they hang on
 * the reported event, the writer's comment, not a further stance of the source. */
export const EVIDENTIAL_PARTICIPLES: ReadonlySet<string> = new Set(['underscoring', 'underlining', 'highlighting', 'illustrating', 'reflecting', 'demonstrating', 'signaling', 'signalling', 'showing', 'marking']);

/** The reader addressed as a speaker ("you're saying", "you might ask", "you say again"): an imagined voice, nobody's
 * quote. A pattern source: "you", an optional "are" or modal and adverb, a verb of saying or wondering. */
export const READER_VOICE = String.raw`you(?:[’']re|\s+are)?\s+(?:(?:might|may|could|would|will|must|probably|surely|now|again|already|then)\s+){0,2}(?:say|saying|ask|asking|think|thinking|wonder|wondering|object|objecting|protest|protesting|cry|crying)`;

/** Stances whose negation is a silence, no position ("didn't comment on the issue", "has not responded to the
 * letter"): nothing put forward. (Other negated stances are positions: "has not mentioned", "didn't apologize for".) */
export const SILENT_WHEN_NEGATED_STEMS = ['comment', 'respond', 'reply', 'replie', 'weigh in', 'weighed in'] as const;

/** Verbs and adjectives of thinking, feeling and wanting whose negation is still a view the subject holds ("doesn’t
 * think Liu will …", "was not convinced that …", "did not want to …", "is not optimistic about …"): a negated cue of
 * any other verb is an act not done, nothing put forward (quotes/non-statements.ts, non-statement.negated-act).
 * (Wanting and willingness are the team's pending decision on desires and refusals: kept; agreeing to … is an act either way, non-statement.agreement.) */
export const VIEWS_WHEN_NEGATED = [
  'think', 'thinks', 'thinking', 'thought', 'believe', 'believes', 'believed', 'believing', 'expect', 'expects', 'expected',
  'know', 'knows', 'knew', 'agree', 'agrees', 'agreed', 'consider', 'considers', 'considered', 'regard', 'regards',
  'regarded', 'see', 'sees', 'saw', 'feel', 'feels', 'felt', 'want', 'wants', 'wanted', 'wanting', 'wish', 'wishes',
  'wished', 'hope', 'hopes', 'hoped', 'like', 'likes', 'liked', 'love', 'loves', 'loved', 'care', 'cares', 'cared',
  'mind', 'minds', 'minded', 'doubt', 'doubts', 'doubted', 'trust', 'trusts', 'trusted', 'buy', 'buys', 'bought',
  'accept', 'accepts', 'accepted', 'understand', 'understands', 'understood', 'fear', 'fears', 'feared', 'worry',
  'worries', 'worried', 'convinced', 'persuaded', 'sure', 'certain', 'confident', 'optimistic', 'pessimistic',
  'enthusiastic', 'happy', 'concerned', 'aware', 'willing', 'opposed',
] as const;

/** Nouns naming evidence, not a source: "comments suggest", "the disclosures reveal", "exposure to imports predicts" —
 * the writer's inference from them (quotes/non-statements.ts). Documents and measurements (a poll, a report, data, figures) are sources and not here. */
export const EVIDENCE_NOUNS = [
  'comments', 'remarks', 'disclosures', 'revelations', 'imports', 'exports', 'exposure', 'evidence', 'signs', 'trends',
  'moves', 'actions', 'developments', 'events',
] as const;

/** Nouns of a binding text — a law, a rule, a regulation, a decree — whose words are requirements, not statements: "the
 * constitution says he must leave office", "according to Justice Department regulations, Mueller has to …" state what
 * the text requires (quotes/non-statements.ts, non-statement.regulation). Not a report, a letter or a statement: those
 * put claims forward. */
export const REGULATION_NOUNS = [
  'constitution', 'law', 'laws', 'rule', 'rules', 'regulation', 'regulations', 'statute', 'statutes', 'guideline',
  'guidelines', 'decree', 'decrees', 'ordinance', 'ordinances', 'provision', 'provisions', 'legislation', 'bill', 'order',
  'policy', 'code', 'directive', 'mandate', 'measure',
] as const;

/** Verbs WordNet files under communication (so the communication-verb reading takes them) whose object is a person, a
 * thing or a measure acted on, never words put forward: summoning an ambassador, barring workers, rescinding guidance,
 * convicting a spy, snubbing a host (quotes/non-statements.ts, non-statement.deed-verb). */
const DEED_BASE = [
  'summon', 'bar', 'nix', 'subpoena', 'rescind', 'permit', 'proceed', 'revise', 'dedicate', 'televise', 'photograph',
  'autograph', 'encrypt', 'redact', 'impeach', 'convict', 'ink', 'renegotiate', 'contract', 'confer', 'research',
  'amend', 'deter', 'renege', 'disrupt', 'headline', 'snub', 'spurn', 'shun', 'eschew', 'compromise', 'circulate',
];
export const DEED_VERBS: readonly string[] = [...new Set([...DEED_BASE.flatMap(inflect), 'acquit', 'acquits', 'acquitted', 'acquitting'])];

/** What one seeks for oneself — an office, a term, power, a capability, a refuge, an advantage — not something asked of
 * another: "sought the Senate seat", "seeking a nuclear weapons capability", "sought independence", "sought access"
 * (quotes/non-statements.ts, non-statement.aim-object). A release, an apology, assurances or a vote asked of others are
 * requests and not here. */
export const SELF_AIM_NOUNS = [
  'seat', 'seats', 'term', 'terms', 're-election', 'reelection', 'election', 'nomination', 'office', 'presidency', 'post',
  'job', 'jobs', 'independence', 'autonomy', 'statehood', 'sovereignty', 'power', 'control', 'dominance', 'influence',
  'capability', 'capabilities', 'weapons', 'bomb', 'arsenal', 'access', 'entry', 'safety', 'refuge', 'shelter', 'asylum',
  'sanctuary', 'protection', 'treatment', 'care', 'work', 'employment', 'revenge', 'vengeance', 'edge', 'advantage',
  'leverage', 'credit', 'attention', 'publicity', 'ways', 'means', 'common ground', 'touch', 'role', 'foothold',
  'opportunities', 'opportunity', 'chance', 'fortune', 'profit', 'profits', 'business', 'deal', 'deals', 'partners',
  'allies', 'donations', 'donors', 'voters',
] as const;

/** Measures a want may name — a policy, a plan, a reform, changes to a law — whose want is a policy position, as a call
 * for them is (quotes/non-statements.ts, non-statement.aim-object keeps it). */
export const WANTED_MEASURE_NOUNS = [
  'polic(?:y|ies)', 'plans?', 'proposals?', 'reforms?', 'changes?', 'measures?', 'legislation', 'laws?', 'bills?',
  'rules?', 'regulations?', 'amendments?', 'resolutions?', 'sanctions', 'tariffs?', 'cuts?', 'increases?',
] as const;

/** Nouns of an utterance — a message, a warning, a speech, a verdict — the objects by which "deliver" reports words put
 * forward ("delivered a blunt warning to Tehran"); any other object is goods, a strike or a result handed over
 * (quotes/non-statements.ts, non-statement.delivered-thing). */
export const UTTERANCE_NOUNS = [
  'messages?', 'speech(?:es)?', 'address(?:es)?', 'remarks', 'comments?', 'talks?', 'lectures?', 'sermons?', 'eulogy',
  'eulogies', 'keynote', 'testimony', 'briefings?', 'reports?', 'letters?', 'statements?', 'warnings?', 'rebukes?',
  'rebuffs?', 'reprimands?', 'admonitions?', 'assessments?', 'verdicts?', 'defen[cs]e', 'denunciations?',
  'condemnations?', 'criticisms?', 'critiques?', 'ultimatums?', 'lines?', 'words', 'rebuttals?', 'responses?',
  'replies', 'reply', 'retorts?', 'rejoinders', 'reviews?', 'appeals?', 'pleas?', 'calls?', 'promises?', 'pledges?',
  'threats?', 'attacks', 'apology', 'apologies', 'tributes?', 'news', 'prayers?', 'toasts?', 'monologues?',
  'rulings?', 'judg(?:e)?ments?', 'opinions?', 'conclusions?', 'findings?', 'analys[ie]s', 'summary', 'updates?',
  'presentations?', 'pitch', 'endorsements?', 'praise', 'broadsides?', 'tirades?', 'diatribes?', 'jabs?', 'barbs?',
  'insults?', 'jokes?', 'quips?', 'argument', 'arguments', 'case', 'rhetoric', 'declarations?', 'announcements?',
  'invitations?', 'propaganda', 'tips?', 'orders', 'ultimatum', 'answers?', 'explanations?', 'assurances?',
  'guarantees?', 'vows?', 'demands?', 'requests?', 'proposals?', 'offers?', 'questions?', 'press\\s+conference',
  'news\\s+conference', 'interviews?', 'speaking', 'state\\s+of\\s+the\\s+(?:union|nation)', 'indictments?',
  'sound\\s*bites?', 'one-liners?', 'zingers?', 'salvos?', 'volleys?', 'punch\\s*lines?', 'slogans?', 'mantra',
] as const;

/** Verbs of saying that take a clause with no "that" ("warned the move would …", "argued the plan could …";
 * quotes/reported.ts). */
export const CLAUSE_TAKING_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'warn', 'warns', 'warned', 'argue', 'argues', 'argued', 'insist', 'insists', 'insisted', 'claim', 'claims', 'claimed',
  'predict', 'predicts', 'predicted', 'suggest', 'suggests', 'suggested', 'acknowledge', 'acknowledges', 'acknowledged',
  'admit', 'admits', 'admitted', 'contend', 'contends', 'contended', 'maintain', 'maintains', 'maintained', 'assert',
  'asserts', 'asserted', 'concede', 'concedes', 'conceded', 'cautioned', 'cautions', 'stressed', 'stresses', 'noted',
  'notes',
]);

/** Pieces of writing with a content of their own, whose "that" may open a content clause ("wrote a story that the
 * president would fire him"; quotes/that-clause.ts). */
export const CONTENT_PIECE_NOUNS = ['story', 'stories', 'report', 'article', 'piece', 'op-ed', 'column', 'editorial', 'memo', 'note', 'post', 'tweet'] as const;
/** Other things written, posted or shown, whose "that" opens only a relative clause ("wrote a letter that was never
 * sent", "tweeted a video that shows …"). */
export const OTHER_PIECE_NOUNS = ['letter', 'book', 'essay', 'blog', 'commentary', 'photo', 'picture', 'image', 'video', 'clip', 'meme', 'link', 'map', 'chart', 'graphic', 'thread', 'screenshot'] as const;
