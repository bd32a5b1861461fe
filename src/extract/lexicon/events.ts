// Event rules as data: one entry per kind of real-world event — its trigger words, how it is anchored, examples, why.
// The contact kinds (meeting … gathering) follow the ACE / WikiEvents "contact" family: meet, negotiate, agree, call.
// A trigger alone makes no event: the extractor keeps it only with an anchor (a party, a place or a day) in its clause.

/** How an event's parties are found, and what a modifier right before the trigger ("Russian", "U.S.-Russia") names. */
export type EventFamily =
  | 'contact' // people meet or communicate: the people of the clause, else the countries and bodies named as parties
  | 'violence' // someone strikes: only an agent ("Trump ordered a strike", "Russian airstrikes", "an ISIS attack")
  | 'civic'; // a vote or a protest: no parties; a country modifier is its place ("the French election")

export interface EventExample {
  kind: string;
  participants?: string[];
  location?: string | null;
  date?: string | null;
}

/** A reading of a trigger that names no event of the rule: "meet the deadline", "met with criticism", "to deal with". */
export interface FalseFriend {
  /** The triggers it applies to (lower case, as listed in the rule); all of the rule's when absent. */
  triggers?: readonly string[];
  /** Matched against the end of the sentence's text before the trigger. */
  before?: RegExp;
  /** Matched against the start of the sentence's text after the trigger. */
  after?: RegExp;
  /** The reading is false unless this matches the end of the text before the trigger (a noun needs its determiner: "the call", not "I call"). */
  unlessBefore?: RegExp;
  example: string;
  why: string;
}

export interface EventRule {
  id: string;
  kind: string;
  family: EventFamily;
  /** Lower-case words or phrases; a phrase's spaces match any run of white space. */
  triggers: readonly string[];
  /** Sentences (published 2017-04-12) and the events expected of them: `[]` when the sentence holds no anchored event of this kind. */
  examples: readonly (readonly [string, readonly EventExample[]])[];
  /**
   * Past forms of the support verbs that take this noun as their object and lend it their time ("reached a ceasefire
   * on Wednesday", "announced Wednesday a truce", "Wednesday's announced truce"); the verb asserts the event happened.
   * Only where the verb makes the thing: announcing a ceasefire is the ceasefire, announcing a summit is not the summit.
   */
  supportVerbs?: readonly string[];
  /** Triggers that name an event only as the object of one of `supportVerbs` ("struck a deal", not "a deal would help"). */
  supportOnly?: readonly string[];
  /**
   * A trigger written with a capital after a capitalised word is part of a document's name ("the North American Free
   * Trade Agreement", "the Paris Agreement", "the United States-Mexico-Canada Agreement"): it names the text in force,
   * not its making, and is an event only as the object of one of `supportVerbs` ("signed the Paris Agreement").
   */
  namedNeedSupport?: boolean;
  /** Readings of the triggers that are no event of this kind; a trigger they match is skipped. */
  falseFriends?: readonly FalseFriend[];
  /**
   * A staged event named as one of its series anchors itself, as a name does: matched against the end of the sentence's
   * text before the trigger ("the first presidential", "Tuesday's Democratic"); its first group, when set, is the
   * ordinal that tells one of the series from another ("first"), else the series has one. Not when `notAfter` matches the text after it (a topic: "the first debate over the budget").
   */
  series?: { before: RegExp; notAfter: RegExp };
  why: string;
}

/** Agreeing to, reaching or brokering a ceasefire or an accord is the event itself (Gaza, 2012-11-21); "agreed to a" reads "to" as a word before the object. */
const AGREEMENT_SUPPORT_VERBS = ['agreed', 'announced', 'reached', 'brokered', 'declared', 'struck', 'sealed', 'clinched', 'negotiated', 'signed'] as const;

/** In the order events of one sentence are listed (the more specific first). */
export const EVENT_RULES: readonly EventRule[] = [
  {
    id: 'event.press-conference',
    kind: 'press_conference',
    family: 'contact',
    triggers: ['press conference', 'news conference', 'press briefing', 'news briefing', 'joint press conference'],
    examples: [
      ['Sergey Lavrov spoke at a press conference in Moscow on Monday.', [{ kind: 'press_conference', participants: ['person:sergey-lavrov'], location: 'country:RU', date: '2017-04-10' }]],
      ['A press conference is a chance to be heard.', []],
    ],
    why: 'A press conference is a dated public appearance that several outlets report.',
  },
  {
    id: 'event.interview',
    kind: 'interview',
    family: 'contact',
    // "telephone interview" before the call rule's "telephone": the longest trigger wins where two start together.
    triggers: ['interview', 'interviews', 'interviewed', 'interviewing', 'telephone interview', 'phone interview'],
    examples: [
      ['In an interview with Reuters on Monday, Donald Trump called for talks.', [{ kind: 'interview', participants: ['org:reuters', 'person:donald-trump'], date: '2017-04-10' }]],
      ['The FBI had interviewed Tamerlan Tsarnaev in 2011.', [{ kind: 'interview', participants: ['person:tamerlan-tsarnaev'] }]],
      ['Salim Idris speaks during an interview in Antakya, Turkey.', [{ kind: 'interview', participants: ['person:salim-idris'], location: 'country:TR' }]],
      ['An interview is no trial.', []],
      ['Of the 1,000 adults interviewed by Gallup on Monday, most disapproved.', []],
      ['Donald Trump skipped a job interview in Ohio on Monday.', []],
    ],
    falseFriends: [
      {
        triggers: ['interviewed'],
        before: /\b(?:adults|people|voters|respondents|Americans|residents|those|persons|participants|\d[\d,]*)\s+$/i,
        example: 'Of the 1,000 adults interviewed by Gallup, most disapproved.',
        why: 'The sample of a poll, not a conversation between named parties.',
      },
      { triggers: ['interview', 'interviews'], before: /\b(?:job|exit|admissions?|visa)\s+$/i, example: 'a job interview; exit interviews.', why: 'An interview for a post or a poll at the exit, not a reporter meeting a newsmaker.' },
    ],
    why: 'A newsmaker questioned by a reporter or an investigator (RAMS/WikiEvents contact.discussion.meet, ACE Contact:Meet): a contact of two parties, kept apart from meetings by its kind.',
  },
  {
    id: 'event.summit',
    kind: 'summit',
    family: 'contact',
    triggers: ['summit', 'summits'],
    examples: [
      ['Donald Trump and Kim Jong Un held a summit in Singapore on Tuesday.', [{ kind: 'summit', participants: ['person:donald-trump', 'person:kim-jong-un'], location: 'country:SG', date: '2017-04-11' }]],
      ['The summit will be historic.', []],
    ],
    why: 'Leaders meeting at the top level; the best-reported event of international news.',
  },
  {
    id: 'event.strike',
    kind: 'strike',
    family: 'violence',
    triggers: ['missile strike', 'missile strikes', 'airstrike', 'airstrikes', 'air strike', 'air strikes', 'drone strike', 'drone strikes', 'strike', 'strikes', 'bombing', 'bombings', 'shelling'],
    examples: [
      ['Donald Trump ordered a missile strike last week.', [{ kind: 'strike', participants: ['person:donald-trump'], location: null, date: null }]],
      ['Russian airstrikes hit Aleppo in Syria.', [{ kind: 'strike', participants: ['country:RU'], location: 'country:SY' }]],
      ['The union threatened a strike.', []],
    ],
    why: 'A military strike is an act with an agent and a target place; a labour strike or "strike a deal" has neither.',
  },
  {
    id: 'event.attack',
    kind: 'attack',
    family: 'violence',
    triggers: ['attack', 'attacks', 'chemical attack', 'chemical weapons attack', 'terror attack', 'terrorist attack', 'suicide bombing', 'massacre', 'shooting'],
    examples: [
      ['A terror attack in Paris killed 130 people.', [{ kind: 'attack', participants: [], location: 'country:FR' }]],
      ['The attack was condemned.', []],
      ['He called it an attack on the free press.', []],
    ],
    why: 'An attack is anchored by where it happened, when, or who carried it out; "an attack on the press" is a figure of speech.',
  },
  {
    id: 'event.referendum',
    kind: 'referendum',
    family: 'civic',
    triggers: ['referendum', 'referendums', 'plebiscite'],
    examples: [
      ['A referendum is a blunt tool.', []],
      ['Britain held a referendum on Monday.', [{ kind: 'referendum', participants: [], location: 'country:GB', date: '2017-04-10' }]],
    ],
    why: 'A vote of a whole country on one question, named by its country and day.',
  },
  {
    id: 'event.election',
    kind: 'election',
    family: 'civic',
    triggers: ['election', 'elections', 'presidential election', 'parliamentary election', 'general election'],
    examples: [
      ['Russia meddled in the U.S. presidential election.', [{ kind: 'election', participants: [], location: 'country:US' }]],
      ['The French election is on Sunday.', [{ kind: 'election', participants: [], location: 'country:FR', date: '2017-04-09' }]],
      ['The election was a surprise.', []],
      ['The vote on Tuesday was close.', []],
    ],
    why: 'An election is one event per country and day; a bare "the election" names none, and a vote may be a parliament\'s.',
  },
  {
    id: 'event.protest',
    kind: 'protest',
    family: 'civic',
    triggers: ['protest', 'protests', 'demonstration', 'demonstrations', 'uprising'],
    examples: [
      ['Thousands joined protests in Venezuela on Saturday.', [{ kind: 'protest', participants: [], location: 'country:VE', date: '2017-04-08' }]],
      ['She resigned in protest.', []],
      ['The flight over Japan was a demonstration of force on Monday.', []],
      ['The Air Force called the mission a demonstration of the ironclad U.S. commitment to Japan.', []],
      ['North Korea planned a demonstration launch of four missiles over Japan.', []],
      // the one country named is no place of the protest when it is a preposition's object or the sentence's other topic
      ['The protests hurt Hong Kong’s economy amid its trade war with the United States.', []],
    ],
    falseFriends: [
      {
        triggers: ['demonstration', 'demonstrations'],
        before: /\b(?:clear|strong|powerful|vivid|further|public|practical|live|military|technical|visible)\s+$/i,
        unlessBefore: /\b(?:public|mass|street|peaceful|violent|large|big|huge|anti-\p{L}+|pro-\p{L}+)\s+$/iu,
        example: 'a clear demonstration that Pyongyang is determined; a military demonstration.',
        why: 'A demonstration as a show or proof, not a street protest.',
      },
      {
        triggers: ['demonstration', 'demonstrations'],
        after: /^\s+(?:(?:of\s+(?:(?:the|its|their|his|her|our|a|an)\s+)?(?:[\p{L}.-]+\s+){0,2}(?:force|strength|power|commitment|resolve|capabilit(?:y|ies)|unity|determination|technology|how|what|the\s+system))|launch|flights?|tests?|projects?|models?|versions?)/iu,
        example: 'a demonstration of force; a demonstration of the ironclad U.S. commitment; a demonstration launch.',
        why: 'A show of force or of a capability (seed 1751/1752 reads: "a demonstration of the ironclad U.S. commitment" made a protest in the US).',
      },
    ],
    why: 'A street protest is a place and a day; "in protest" is a manner.',
  },
  {
    id: 'event.talks',
    kind: 'talks',
    family: 'contact',
    triggers: ['talks', 'peace talks', 'negotiations', 'negotiation', 'negotiate', 'negotiated', 'negotiates', 'negotiating', 'dialogue'],
    examples: [
      ['John Kerry held talks with Sergey Lavrov in Vienna.', [{ kind: 'talks', participants: ['person:john-kerry', 'person:sergey-lavrov'], location: 'country:AT' }]],
      ['Talks are the only way forward.', []],
      ['Donald Trump talks to the media at his golf club in Bedminster, N.J., Nov. 19, 2016.', []],
      // An implicative verb asserts its complement: "managed to negotiate" took place; "never managed to" did not.
      ['Russia has managed to negotiate deep cuts to the U.S. arsenal.', [{ kind: 'talks', participants: ['country:RU'] }]],
      ['Russia never managed to negotiate deep cuts to the U.S. arsenal.', []],
      // A past light verb on the noun with its "with" asserts the talks as "met with" does, the other side unnamed (stop 51).
      ['Michael Flynn held talks with the Russians after the election.', [{ kind: 'talks', participants: ['person:michael-flynn'] }]],
      ['Michael Flynn never held talks with the Russians after the election.', []],
    ],
    falseFriends: [
      {
        triggers: ['talks'],
        after: /^\s+to\s+(?:the\s+)?(?:media|reporters|press|journalists|supporters|crowds?|audiences?|students|troops|voters|workers|people)\b/i,
        example: 'Trump talks to the media.',
        why: 'The verb "talks to" an audience is speaking, not negotiations (a VOA caption read as talks once its dateline anchored it, meet8).',
      },
    ],
    why: 'Negotiations between named parties, often over several days in one place.',
  },
  {
    id: 'event.ceasefire',
    kind: 'ceasefire',
    family: 'contact',
    triggers: ['ceasefire', 'cease-fire', 'truce'],
    examples: [
      ['Russia and Iran agreed a ceasefire in Syria.', [{ kind: 'ceasefire', participants: ['country:RU', 'country:IR'], location: 'country:SY' }]],
      ['A ceasefire would save lives.', []],
      ['Israel and Hamas agreed Wednesday to a cease-fire in Gaza.', [{ kind: 'ceasefire', participants: ['country:IL', 'org:hamas'], date: '2017-04-12' }]],
      // A broker's compound before the noun takes part, and the sides its "between" names still do (stop 51).
      ['The Egyptian-brokered truce between Israel and Hamas took effect on Monday.', [{ kind: 'ceasefire', participants: ['country:EG', 'country:IL', 'org:hamas'] }]],
    ],
    supportVerbs: AGREEMENT_SUPPORT_VERBS,
    why: 'A ceasefire is agreed by parties for a place.',
  },
  {
    id: 'event.agreement',
    kind: 'agreement',
    family: 'contact',
    triggers: ['agreement', 'agreements', 'treaty', 'treaties', 'accord', 'accords', 'peace deal', 'deal', 'deals', 'pact', 'pacts', 'signed', 'signing'],
    examples: [
      ['Angela Merkel and Emmanuel Macron signed an agreement on Friday.', [{ kind: 'agreement', participants: ['person:angela-merkel', 'person:emmanuel-macron'], date: '2017-04-07' }]],
      ['There is broad agreement that taxes are too high.', []],
      ['Iran and the United States struck a deal in Vienna.', [{ kind: 'agreement', participants: ['country:IR', 'country:US'], location: 'country:AT' }]],
      ['Iran and the United States must deal with the problem in Vienna.', []],
      ['Canada and Mexico fear for the United States-Mexico-Canada Agreement.', []],
      ['Canada and Mexico signed the Paris Agreement on Friday.', [{ kind: 'agreement', participants: ['country:CA', 'country:MX'], date: '2017-04-07' }]],
      ['China and Iran are not bound by the INF treaty.', []],
      ['In April 2011, Barack Obama signed the first in a series of executive orders targeting Syrian officials.', []],
      ['Congress signed the Defend Trade Secrets Act of 2016 on Monday.', []],
      ['Nearly 1,000 US diplomats signed a “dissent channel” memo on Monday.', []],
      ['Russia has denied being in violation of the treaty with the United States.', []],
      ['Donald Trump pulled the United States out of the INF treaty with Russia on Friday.', []],
      ['Canada and Mexico want to comply with the Intermediate-Range Nuclear Forces (INF) Treaty.', []],
    ],
    supportVerbs: AGREEMENT_SUPPORT_VERBS,
    // A replay of the corpus made "agreement: Canada, Mexico, United States" nodes of the days articles named the NAFTA
    // or USMCA texts ("ratifying the revised North American Free Trade Agreement"): a name, no event of that day.
    namedNeedSupport: true,
    // A replay of the corpus read "deal" anywhere as an agreement: promised, wished and debated deals ("promised a
    // phenomenal trade deal", "getting an early deal") became events; only a deal some verb made is one.
    supportOnly: ['deal', 'deals'],
    falseFriends: [
      {
        triggers: ['deal', 'deals'],
        before: /\b(?:to|will|would|can|could|must|should|might|may|cannot|not|never|we|they|you|i|he|she|it|great|good|big|real|whole)\s+$/i,
        example: 'They will deal with the problem; a big deal; a great deal of money.',
        why: '"deal" after a modal, "to" or a pronoun is the verb (to handle); "a big/great deal" is a figure of speech.',
      },
      { triggers: ['deal', 'deals'], after: /^\s+of\b/i, example: 'a great deal of money.', why: 'An amount, not an agreement.' },
      { triggers: ['signed'], after: /^\s+on\s+(?:to|as|with)\b/i, example: 'He signed on to be Obama’s adviser; she signed on as an envoy.', why: '"signed on" is joining a team or a cause, not signing an agreement (meet7).' },
      {
        // A law, an order or a letter signed is one party's act, no agreement between parties: "signed the legislation
        // authorizing the museum", "signed the first in a series of executive orders", "he'd signed up for".
        triggers: ['signed', 'signing'],
        // A named act of a legislature and a memo, its words quoted or not: "signed the Defend Trade Secrets Act", "signed a
        // “dissent channel” memo" (held-out 2178, stop 51); not a memorandum of understanding, which parties make.
        after: /^\s+(?:up\b|off\b|into\s+law\b|(?:[\p{L}“”"'’-]+\s+){0,6}?(?:legislation|laws?|bills?|acts?|memos?|(?:executive\s+)?orders?|proclamations?|letters?|petitions?|books?|autographs?|waivers?|budget|decrees?|directives?|measures?|copies|checks?|cheques?|ballots?|forms?)\b)/iu,
        example: 'Obama signed the first in a series of executive orders; Bush signed the legislation; he signed up for six months; Congress signed the Defend Trade Secrets Act.',
        why: 'Signing a law, an order, a letter or a form is no agreement made by parties (seed 1751/1752 event reads).',
      },
      {
        // The object of a verb or noun of keeping, breaking or leaving a text in force: the text, not its making. At most
        // a determiner and four modifier words (names, acronyms, adjectives) between: "bound by the INF treaty",
        // "in violation of the 1987 Intermediate-Range Nuclear Forces (INF) Treaty", "withdrew from the Iran nuclear deal".
        triggers: ['agreement', 'agreements', 'treaty', 'treaties', 'accord', 'accords', 'pact', 'pacts', 'peace deal', 'deal', 'deals'],
        before:
          /\b(?:bound\s+by|compl(?:y|ies|ied|ying|iance)\s+with|violat(?:e|es|ed|ing)|violations?\s+of|breach(?:es|ed|ing)?|breach\s+of|withdr(?:ew|aw|aws|awn|awing|awal)\s+from|out\s+of|exit(?:s|ed|ing)?\s+from|abid(?:e|es|ed|ing)\s+by|adher(?:e|es|ed|ing|ence)\s+to|terms\s+of|rejoin(?:s|ed|ing)?|renegotiat(?:e|es|ed|ing)|renegotiation\s+of|scrap(?:s|ped|ping)?|abandon(?:s|ed|ing)?|tear(?:s|ing)?\s+up|tore\s+up|uph(?:old|olds|olding|eld)|honou?r(?:s|ed|ing)?|enforc(?:e|es|ed|ing)|enforcement\s+of)\s+(?:(?:the|this|that|its|their|his|her|our|a|an)\s+)?(?:(?:\p{Lu}|\d|\()[\p{L}\d.’'()-]*\s+|\p{Ll}[\p{Ll}-]*(?:al|ar|ic|ed|an|ive)\s+|(?:arms|trade|peace|free|landmark|new|old|existing|current|same|deal|control)\s+){0,4}$/u,
        example: 'China and Iran are not bound by the INF treaty; Russia denies being in violation of the treaty.',
        why: 'A text kept, broken, left or reworked is the document in force, no agreement made by the parties of the clause (line 2951: "not bound by the INF treaty" made China and Iran an agreement).',
      },
    ],
    why: 'Parties agreeing or signing on a day; "broad agreement" is an opinion.',
  },
  {
    id: 'event.call',
    kind: 'call',
    family: 'contact',
    triggers: [
      'phone call', 'phone calls', 'telephone call', 'telephone calls', 'telephone conversation', 'telephone conversations', 'telephone', 'call with', 'calls with', 'call between', 'calls between', 'spoke with', 'spoke to', 'speaks with', 'speaks to', 'spoken with', 'spoken to',
      'talked with', 'talked to', 'conversation', 'conversations', 'phoned', 'telephoned',
      // Chatting with someone is talking with them, by whatever means: read as "talked with" is (both sides named).
      'chatted with', 'chats with', 'chatting with', 'chatted by phone',
      // "spoke by phone" is the call itself, whatever the tense: the verb with its means, as one trigger.
      'spoke by phone', 'spoke by telephone', 'spoken by phone', 'spoken by telephone', 'speaks by phone', 'speaks by telephone', 'speaking by phone',
      'speaking by telephone', 'talked by phone', 'talked by telephone', 'spoke on the phone', 'spoken on the phone', 'on the phone with',
      // The noun alone, as news writes of a call already named: "the call with the leader of Australia", "a 30-minute call … between".
      'call', 'calls', 'conference call', 'video call', 'video conference', 'videoconference',
    ],
    examples: [
      ['Donald Trump spoke with Vladimir Putin by telephone on Monday.', [{ kind: 'call', participants: ['person:donald-trump', 'person:vladimir-putin'], date: '2017-04-10' }]],
      ['That is a conversation worth having.', []],
      ['John Kerry and Sergey Lavrov spoke by phone Wednesday afternoon.', [{ kind: 'call', participants: ['person:john-kerry', 'person:sergey-lavrov'], date: '2017-04-12' }]],
      ['Barack Obama phoned Angela Merkel.', [{ kind: 'call', participants: ['person:barack-obama', 'person:angela-merkel'] }]],
      ['Donald Trump described the call with Malcolm Turnbull as the worst.', [{ kind: 'call', participants: ['person:donald-trump', 'person:malcolm-turnbull'] }]],
      ['Donald Trump called Malcolm Turnbull a loser.', []],
      ['Angela Merkel renewed her call for a ceasefire on Monday.', []],
      ['I call Angela Merkel a friend on Monday.', []],
      ['Bashar al-Assad said the people of Syria have spoken with their feet on Monday.', []],
      ['Donald Trump chatted with Vladimir Putin in Hamburg on Friday.', [{ kind: 'call', participants: ['person:donald-trump', 'person:vladimir-putin'], date: '2017-04-07' }]],
      ['Donald Trump took a phone call from Angela Merkel on Monday.', [{ kind: 'call', participants: ['person:donald-trump', 'person:angela-merkel'], date: '2017-04-10' }]],
      ['President Donald Trump conducts a phone call in the Oval Office at the White House in Washington, Jan. 28, 2017', [{ kind: 'call', participants: ['person:donald-trump'], date: '2017-01-28' }]],
    ],
    falseFriends: [
      {
        // A bare "call" is the noun only after a determiner or a possessive, up to two modifiers between ("his most recent
        // call"); else it is the verb ("they call it", "Trump called Turnbull a loser" is no trigger: only "called" + "with").
        triggers: ['call', 'calls'],
        unlessBefore: /(?:^|[^\p{L}'’.-])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Oo]ur|[Mm]y|[Yy]our|[\p{L}.]+['’]s)\s+(?:[\p{Ll}\d-]+\s+){0,2}$/u,
        // A determiner opening the sentence is capitalised: "The 30-minute call … between Trump and Abe" (meet12).
        example: 'They call it a hoax; Trump would call Putin.',
        why: 'The verb "call" names, summons or appeals; only the noun after a determiner is the conversation (meet8).',
      },
      {
        triggers: ['spoke with', 'spoken with', 'speaks with', 'talked with'],
        after: /^\s+(?:their|his|her|its|our|my|your)\s+(?:feet|votes?|wallets?|actions|ballots?)\b/i,
        example: 'The people of Syria have already spoken with their feet.',
        why: 'Speaking with one’s feet or votes is an idiom for acting, not a conversation (seed 2424 draw, meet8).',
      },
      {
        triggers: ['call', 'calls'],
        after: /^\s+(?:for|on|of|from\s+(?:the\s+)?(?:public|people|critics|activists|lawmakers|groups)|to\s+(?:action|arms|prayer|duty|order|the\s+polls|\p{Ll}))/u,
        example: 'a call for a ceasefire; calls on Russia; a call to action; calls to resign.',
        why: 'An appeal, not a conversation: what is called for follows "for", "on" or "to" + a verb.',
      },
      {
        triggers: ['call', 'calls'],
        before: /\b(?:close|judgment|judgement|wake-up|roll|curtain|tough|right|wrong|good|bad|hard|difficult|easy|big|casting|cold|clarion|rallying|sick|house|port|booty|bugle|final|last|renewed|repeated|growing|public|urgent|mounting|loud|louder|such|similar|those|these)\s+$/i,
        example: 'a close call; a wake-up call; growing calls; a judgment call.',
        why: 'A figure of speech or an appeal, not a conversation between parties.',
      },
    ],
    why: 'A call joins named parties without a place; e-mails are documents, not calls.',
  },
  {
    id: 'event.correspondence',
    kind: 'correspondence',
    family: 'contact',
    triggers: [
      'wrote to', 'written to', 'writes to', 'letter to', 'letters to', 'letter from', 'letters from', 'exchanged letters', 'exchange of letters', 'emailed',
      'e-mailed', 'corresponded with', 'correspond with', 'corresponding with', 'correspondence with', 'correspondence between', 'in touch with', 'texted',
    ],
    examples: [
      ['Kim Jong Un sent a letter to South Korean President Moon Jae-in on Monday.', [{ kind: 'correspondence', participants: ['person:kim-jong-un', 'person:moon-jae-in'], date: '2017-04-10' }]],
      ['Kim Jong Un and Moon Jae-in exchanged letters in June.', [{ kind: 'correspondence', participants: ['person:kim-jong-un', 'person:moon-jae-in'] }]],
      ['A reader wrote a letter to the editor.', []],
      ['An open letter to Donald Trump was published on Monday.', []],
      ['In e-mails, Cheryl Mills and Jake Sullivan discussed the trip on Monday.', [{ kind: 'correspondence', participants: ['person:cheryl-mills', 'person:jake-sullivan'] }]],
    ],
    falseFriends: [
      { triggers: ['letter to', 'letters to'], after: /^\s+(?:the\s+)?editors?\b/i, example: 'a letter to the editor.', why: 'A reader writing to a newspaper is a piece of opinion, not contact between parties.' },
      { triggers: ['letter to', 'letters to'], before: /\bopen\s+$/i, example: 'an open letter to Trump.', why: 'An open letter is a publication addressed to the public, not an exchange (meet8).' },
    ],
    why: 'Letters and e-mails exchanged between named parties (RAMS/WikiEvents contact.*.correspondence): contact, never a meeting; the kind lets a user include or exclude them (issue #12).',
  },
  {
    id: 'event.conference',
    kind: 'conference',
    family: 'contact',
    triggers: ['conference', 'conferences', 'convention', 'forum', 'convene', 'convened', 'convenes'],
    examples: [
      ['Leaders convened in Munich on Saturday.', [{ kind: 'conference', participants: [], location: 'country:DE', date: '2017-04-08' }]],
      ['Barack Obama told the Senate Republican conference on Tuesday that he was good.', []],
    ],
    falseFriends: [
      {
        triggers: ['conference', 'conferences'],
        before: /\b(?:Republican|Democratic|GOP|Democrat|Conservative|Labour|Liberal)\s+$/,
        example: 'Obama told the Senate Republican conference during a meeting Tuesday.',
        why: 'A party’s conference in a legislature is its caucus, a body, not a gathering (meet11’s seed-6767 draw).',
      },
    ],
    why: 'A gathering of many parties in one place on given days.',
  },
  {
    id: 'event.debate',
    kind: 'debate',
    family: 'contact',
    triggers: ['debate', 'debates', 'town hall'],
    examples: [
      ['Hillary Clinton and Donald Trump met for a debate on Sunday.', [{ kind: 'debate', participants: ['person:hillary-clinton', 'person:donald-trump'], date: '2017-04-09' }, { kind: 'meeting', participants: ['person:hillary-clinton', 'person:donald-trump'], date: '2017-04-09' }]],
      ['The debate over immigration goes on.', []],
      // A staged debate named by its place in the series or its contest is one event, its debaters unnamed (stop 52).
      ['A live audience gathered to watch the first presidential debate.', [{ kind: 'debate', participants: [] }]],
      ['Also during the final debate, the candidates clashed over taxes.', [{ kind: 'debate', participants: [] }]],
      ['Viewers tuned in to the Democratic primary debate.', [{ kind: 'debate', participants: [] }]],
      ['The first debate over the budget was heated.', []],
      ['There is a public debate about the arms trade.', []],
      ['The Republican debate within the party goes on.', []],
    ],
    series: {
      // A determiner or possessive, then an ordinal ("the first", "a final", "their second") with names or a contest's
      // words between ("the first Clinton - Trump debate", "the first two Democratic primary debates"; not "the upcoming
      // debt ceiling debate"), or a contest's word ("presidential", "primary", "televised", "TV", "leadership") after up to
      // two words ("a Democratic Party presidential debate"); not a comparison's ("as in a U.S. presidential debate").
      before:
        /(?:^|[^\p{L}])(?<!\b(?:[Aa]s\s+in|[Ll]ike|[Tt]han)\s+)(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Tt]onight['’]s|\p{Lu}\p{Ll}+day['’]s)\s+(?:very\s+)?(?:(first|second|third|fourth|fifth|final|last|next|upcoming|opening|inaugural)\s+(?:of\s+(?:the\s+)?(?:two|three|four|five|six|several)\s+)?(?:(?:\p{Lu}[\p{L}’'.-]*|[-–/]|two|three|four|(?:vice[\s-])?presidential|primary|televised|TV|leadership|mayoral|gubernatorial|candidates['’]?)\s+){0,3}|(?:(?!(?:in|of|at|on|the|a|an|for|to|and|or|with|since|that|this)\s)[\p{L}’'./-]+\s+){0,2}(?:(?:vice[\s-])?presidential|primary|televised|TV|leadership|mayoral|gubernatorial|candidates['’]?)\s+(?:\p{Lu}[\p{L}’'./-]*\s+)?)$/u,
      notAfter: /^\s+(?:over|about|on|regarding|concerning|surrounding|around|within|inside|among|as\s+to|whether)\b/i,
    },
    why: 'A staged debate between candidates; a public debate over a topic has no parties.',
  },
  {
    id: 'event.gathering',
    kind: 'gathering',
    family: 'contact',
    triggers: ['rally', 'rallies', 'ceremony', 'funeral', 'burial', 'burials', 'vigil', 'inauguration', 'gathered', 'gather'],
    examples: [
      ['Donald Trump held a rally in Ohio on Monday.', [{ kind: 'gathering', participants: ['person:donald-trump'], location: 'country:US', date: '2017-04-10' }]],
      // A report's setting told as an aside between its subject and its verb, as "said at a rally" is.
      ['Bernie Sanders, at the rally at the monument, said he would stay.', [{ kind: 'gathering', participants: ['person:bernie-sanders'] }]],
      ['Bernie Sanders, at the rally at the monument, hugged a supporter.', []],
    ],
    why: 'Rallies, ceremonies and funerals: public gatherings on a day.',
  },
  {
    id: 'event.meeting',
    kind: 'meeting',
    family: 'contact',
    triggers: [
      'meeting', 'meetings', 'met with', 'met', 'met up', 'meet', 'meets', 'face-to-face encounter', 'sit-down', 'sat down with', 'sit down with', 'sits down with',
      'sitting down with', 'discussed', 'discuss', 'discussing', 'discussions', 'greets', 'greeted', 'hosted', 'conferred', 'conferring', 'attend', 'attends',
      'attended',
      // A meal with someone is a sitting with them ("sit down to dinner with Shinzo Abe").
      'dinner with', 'lunch with', 'breakfast with', 'luncheon with', 'dinner meeting', 'working lunch', 'working dinner',
      // The verbs of a meal or a huddle with someone, and consulting a party (issue #12, "held … consultations"). Not the
      // bare "consult with", nor "consultations" without a verb that holds them: "obligations to consult with Congress",
      // "requires China to begin consultations with the US" are duties, no contact (seed 301/302 draws, meet14).
      'dined with', 'lunched with', 'huddled with', 'consulted with', 'consults with', 'consulting with', 'consultations',
      // A host receiving a named guest: only with the guest's name right after (a false friend below).
      'welcomed', 'welcomes', 'welcoming', 'received', 'receives',
    ],
    examples: [
      ['Rex Tillerson held a meeting in Moscow on Wednesday with Vladimir Putin.', [{ kind: 'meeting', participants: ['person:rex-tillerson', 'person:vladimir-putin'], location: 'country:RU', date: '2017-04-12' }]],
      ['The meeting ended early.', []],
      ['Angela Merkel sat down with Vladimir Putin in Sochi.', [{ kind: 'meeting', participants: ['person:angela-merkel', 'person:vladimir-putin'], location: 'country:RU' }]],
      ['Angela Merkel said Germany met the NATO target in 2016.', []],
      ['The plan of Angela Merkel met with fierce criticism in Berlin.', []],
      ['Angela Merkel warned North Korea that provocations will be met with "a strong response" on Monday.', []],
      ['Angela Merkel waited in a meeting room in Berlin on Monday.', []],
      ['The United States met China halfway in Washington on Friday.', []],
      ['Xi Jinping said China and the United States should meet each other halfway.', []],
      ['Donald Trump sat down to dinner with Shinzo Abe at Mar-a-Lago on Friday.', [{ kind: 'meeting', participants: ['person:donald-trump', 'person:shinzo-abe'] }]],
      ['Francois Hollande welcomed Emmanuel Macron at the Elysee on Sunday.', [{ kind: 'meeting', participants: ['person:francois-hollande', 'person:emmanuel-macron'] }]],
      ['Angela Merkel welcomed Donald Trump’s decision on Monday.', []],
      ['Angela Merkel welcomed the decision of Donald Trump on Monday.', []],
      ['Barack Obama received the Nobel Peace Prize in Oslo.', []],
    ],
    falseFriends: [
      {
        triggers: ['meet', 'meets', 'met', 'meeting'],
        after: /^\s+(?:(?:the|its|their|his|her|our|all|every|a|an|this|that|these|those)\s+)?(?:[\p{L}-]+\s+){0,2}(?:demands?|targets?|deadlines?|criteria|requirements?|expectations?|needs|goals?|standards?|thresholds?|conditions|obligations?|quotas?|costs?|benchmarks?)\b/u,
        example: 'Germany met the NATO target; to meet the deadline; meeting the demand.',
        why: 'Meeting a target, a demand or a deadline is fulfilling it, not meeting anyone.',
      },
      {
        triggers: ['met with', 'met', 'meet', 'meets'],
        // A reaction may come with its article and in quotation marks: 'will be met with "a strong response"' (meet11's seed-6767 draw).
        after: /^(?:\s+with|\s+by)?\s+["“]?(?:(?:a|an)\s+)?(?:(?:some|much|little|no|mixed|fierce|stiff|strong|widespread|broad|sharp|harsh|limited|immediate|considerable|great|general|fresh|heavy|skeptical|sceptical|stony|swift|firm|decisive|forceful|military)\s+){0,2}(?:responses?|reactions?|force|criticism|resistance|opposition|skepticism|scepticism|protests?|disapproval|approval|applause|derision|silence|anger|outrage|hostility|suspicion|indifference|ridicule|condemnation|praise|success|failure|scorn|dismay|alarm|concern|laughter|jeers|boos|cheers|acclaim|enthusiasm|resentment)\b/,
        example: 'The plan met with fierce criticism; the proposal met with little success; Macron was met by protests.',
        why: 'A reception, not a meeting: what "met with" meets is a reaction.',
      },
      {
        triggers: ['meet', 'meets', 'met', 'meeting', 'met with'],
        after: /^\s+(?:with\s+)?(?:[\p{L}.’'-]+\s+){0,3}halfway\b/u,
        example: 'China hopes the U.S. will meet China halfway; the two sides should meet each other halfway.',
        why: 'Meeting someone halfway is a compromise, not a sitting (US–China trade news, May 2019, made a "meeting" in China of it).',
      },
      {
        triggers: ['consulting with'],
        before: /(?:['’]s?|\b(?:his|her|their|its|the|a|political|lobbying|business|private|paid))\s+(?:[\p{Ll}-]+\s+)?$/u,
        example: 'The charges related only to Manafort’s political consulting with pro-Russian politicians in Ukraine.',
        why: 'After a possessive, a determiner or an adjective "consulting" is the noun of a trade (a consultancy), not a sitting (corpus dump, meet14).',
      },
      {
        triggers: ['consultations'],
        unlessBefore: /\b(?:held|hold|holds|holding|had|have|has|having)\s+(?:(?:their|his|her|its|further|more|new|lengthy|intensive|bilateral|urgent|close|direct|separate|high-level)\s+){0,2}$/i,
        example: 'The deal requires China to begin consultations with the US; Mattis continued consultations with figures abroad.',
        why: 'Consultations are a sitting only when held ("held consultations with"); begun, continued or required ones are a process or a duty.',
      },
      {
        triggers: ['meeting', 'meetings'],
        after: /^\s+(?:rooms?|halls?|places?|points?|grounds?|venues?|spaces?|houses?|tables?)\b/,
        example: 'a meeting room; the meeting point.',
        why: 'A room or place for meetings is no meeting.',
      },
      {
        triggers: ['discussed'],
        before: /\b(?:been|being|was|were|is|are|be)\s+(?:(?:widely|openly|privately|already|also|often|briefly|long)\s+)?$/i,
        example: 'His appointment has been discussed as a possibility; the plan was discussed in Congress.',
        why: 'A passive "discussed" names a topic talked about, with nobody met (meet7, seed 1357 draw).',
      },
      {
        // "welcomed Macron", "received Chinese President Xi Jinping at the Kremlin": a name (titles allowed) and then a
        // boundary; "welcomed the decision", "welcomed Trump's move", "received the Nobel Peace Prize" are no reception.
        triggers: ['welcomed', 'welcomes', 'welcoming', 'received', 'receives'],
        // A guest may be a country's office ("received her French counterpart", "welcomed the Chinese delegation") or
        // the host after a passive's "by" ("Macron was received by Merkel": events.ts asks for a guest, a person, before it).
        after: /^(?!\s+(?:(?:visiting|outgoing|incoming|his|her|their)\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,4}(?:\s*[,.;:)]|\s*$|\s+(?:to|at|in|on|as|and|with|during|for|who|back|home|warmly|upon|when|before|after|into)\b)|\s+(?:(?:the|his|her|their|a)\s+)?\p{Lu}[\p{L}.’'-]*\s+(?:(?:foreign|prime|defen[cs]e|deputy|vice)\s+)?(?:counterparts?|delegations?|ministers?|president|premier|prime\s+minister|envoys?|officials|leaders?|ambassador)\b(?!['’])|\s+by\s+(?:\p{Ll}+\s+){0,3}?\p{Lu})/u,
        example: 'She welcomed the decision; he welcomed Trump’s move; Obama received the Nobel Peace Prize in Oslo.',
        why: 'A reception is of a guest: without a name right after, welcoming or receiving takes a thing (meet8).',
      },
      {
        triggers: ['received', 'receives'],
        after: /^\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}(?:Prize|Award|Medal|Cross|Order|Cup|Trophy|Grant|Fellowship|Scholarship|Degree)\b/u,
        example: 'He received the Nobel Peace Prize; she received the Presidential Medal of Freedom.',
        why: 'An honour received is no guest.',
      },
      {
        triggers: ['meet'],
        after: /^\s+the\s+Press\b/,
        example: 'Colin Powell said on NBC’s "Meet the Press" on Sunday.',
        why: 'The title of a television programme (109 times in the corpus), not a meeting (meet7).',
      },
      {
        triggers: ['meet', 'meets'],
        before: /\b(?:track|swim|swimming|athletics|gymnastics|wrestling|diving|field|indoor)\s+$/i,
        example: 'a swim meet; the track meet.',
        why: 'A sports meet is a competition, not a contact between parties.',
      },
    ],
    why: 'Parties meeting in person.',
  },
  {
    id: 'event.visit',
    kind: 'visit',
    family: 'contact',
    triggers: ['visit', 'visits', 'visited', 'visiting', 'trip to', 'traveled to', 'travelled to', 'state visit'],
    examples: [
      ['Xi Jinping visited the United States in April.', [{ kind: 'visit', participants: ['person:xi-jinping'], location: 'country:US' }]],
      ['A visit would be welcome.', []],
      ['Angela Merkel visited Barack Obama in Washington on Monday.', [{ kind: 'visit', participants: ['person:angela-merkel', 'person:barack-obama'], location: 'country:US', date: '2017-04-10' }]],
    ],
    why: 'A visit takes a visitor to a place.',
  },
];

/**
 * A contact word that names no medium ("discussed", "conferred") takes its kind from the medium its clause names: "in
 * e-mails, aides were discussing …" is correspondence, "discussed by phone" a call; without one it stays a meeting.
 * Tried in order; the first whose cue is in the clause decides (meet7's seed-1357 draw read e-mails discussing a topic as a meeting).
 */
export interface ContactMedium {
  kind: string;
  /** The triggers of the meeting rule that name no medium. */
  triggers: RegExp;
  /** Matched against the trigger's clause. */
  cue: RegExp;
  why: string;
}
export const CONTACT_MEDIA: readonly ContactMedium[] = [
  {
    kind: 'call',
    triggers: /^(?:discuss(?:ed|ing|ions)?|conferr(?:ed|ing)|consult(?:ed|s|ing)\s+with|consultations)$/i,
    cue: /\b(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\b|\b(?:phone|telephone|video)\s+(?:call|conversation)s?\b/i,
    why: 'Talk by telephone is a call, kept apart from meetings (issue #12: "phone calls … kept apart from in-person meetings").',
  },
  {
    kind: 'correspondence',
    triggers: /^(?:discuss(?:ed|ing|ions)?|conferr(?:ed|ing)|consult(?:ed|s|ing)\s+with|consultations)$/i,
    cue: /\b(?:e-?mails?|letters|memos?|text\s+messages|messages)\b/i,
    why: 'Discussion in writing is correspondence, never a meeting.',
  },
];

/** Kinds where people meet or communicate: their participants are everyone named in the trigger's clause. */
export const CONTACT_KINDS: ReadonlySet<string> = new Set(EVENT_RULES.filter((r) => r.family === 'contact').map((r) => r.kind));

/** How a kind is written in an event's name. */
export const EVENT_KIND_LABEL: Readonly<Record<string, string>> = { press_conference: 'press conference' };

/** What a report says of its event: it happened, it is still to come (or only announced), or it was called off. */
export type EventStatus = 'happened' | 'planned' | 'cancelled';

export interface EventStatusRule {
  id: string;
  /** `hypothetical`: a proposed, threatened or debated event, which is no event at all (no node, no report). */
  status: Exclude<EventStatus, 'happened'> | 'hypothetical';
  /** Matched against the end of the trigger's clause before it (up to STATUS_LOOKBACK characters). */
  before: RegExp;
  /** Matched against the start of the text after the trigger (up to STATUS_LOOKAHEAD characters). */
  after: RegExp | null;
  /** Both `before` and `after` must match (else either does). */
  both?: boolean;
  /** Sentences and whether they yield an event of that status (`null`: no event). */
  examples: readonly (readonly [string, Exclude<EventStatus, 'happened'> | null])[];
  why: string;
}

export const STATUS_LOOKBACK = 80;
export const STATUS_LOOKAHEAD = 64;

/** Tried in order; the first rule whose cue is next to the trigger decides. A trigger in the past tense ("met") is happened whatever the clause says. */
export const EVENT_STATUS_RULES: readonly EventStatusRule[] = [
  {
    id: 'status.negated',
    status: 'hypothetical',
    // A negated, refused or failed verb whose object the trigger is ("failed to reach an agreement", "refused to sign the
    // treaty", "did not attend the summit"), or "no"/"without" right before it ("there were no talks", "left without a
    // deal"): at most a determiner and one modifier between. Not "not only a meeting", "not the first summit".
    before:
      /(?:\b(?:not|never|failed\s+to|fail(?:s|ing)?\s+to|refus(?:e|es|ed|ing)\s+to|declin(?:e|es|ed|ing)\s+to|unable\s+to)|n['’]t)\s+(?:(?:be|been|even|ever|yet|to|have|has|had)\s+)?(?:reach(?:ed)?|receive(?:d)?|sign(?:ed)?|strike|struck|hold|held|have|had|attend(?:ed)?|join(?:ed)?|conclude(?:d)?|seal(?:ed)?|secure(?:d)?|produce(?:d)?|yield(?:ed)?|get|got|win|won|make|made|broker(?:ed)?|schedule(?:d)?|arrange(?:d)?|plan(?:ned)?|host(?:ed)?|take|took|launch(?:ed)?|carry\s+out|carried\s+out|conduct(?:ed)?|mount(?:ed)?|order(?:ed)?|stage(?:d)?)\s+(?:(?:a|an|the|any|their|his|her|its|such|formal|official|direct|new|final|further|lasting|peace|trade)\s+){0,2}$|\b(?:no|without)\s+(?:(?:a|an|any|such|formal|official|direct|new|final|further|lasting|peace|trade|more)\s+)?$/iu,
    after: null,
    examples: [
      ['Russia and Ukraine failed to reach an agreement on Monday.', null],
      ['Iran refused to sign the agreement with France on Monday.', null],
      ['There were no talks between Russia and Ukraine on Monday.', null],
      ['Donald Trump did not attend the summit with Kim Jong Un in Singapore.', null],
      ['Naghmeh Abedini has not received a phone call from Barack Obama on Monday.', null],
    ],
    why: 'A denied or failed event did not take place: "failed to reach an agreement" made an agreement of the day, "did not attend the summit" a party of it.',
  },
  {
    id: 'status.conditional',
    status: 'hypothetical',
    // A modal right before the trigger and a condition after it in its clause, no comma between: "would meet Kim if the
    // conditions were right". Not a condition on another verb ("may pull out of a summit if"), nor a concession or a
    // comparison ("even if", "as if"), nor a question ("asked him if").
    before: /(?:\b(?:would|will|could|might)|['’](?:d|ll))\s+(?:(?:be\s+)?(?:happy|willing|glad|ready|open)\s+to\s+|(?:\p{Ll}+ly|also|still|only|then|gladly)\s+)?$/iu,
    after: /^[^.;,]{0,60}?(?<!\b(?:even|as|ask|asks|asked|asking|see|know|knows|wonder|wondered|whether))\s(?:if|unless)\s/i,
    both: true,
    examples: [
      ['Donald Trump said he would meet Kim Jong Un if the conditions were right.', null],
      ['Donald Trump said he would meet Kim Jong Un in Singapore on June 12.', 'planned'],
      ['Donald Trump will meet Kim Jong Un in Singapore even if talks stall.', 'planned'],
    ],
    why: 'A meeting promised on a condition is no plan that anyone made ("would meet if" read as planned).',
  },
  {
    id: 'status.effort',
    status: 'hypothetical',
    // An effort or attempt whose aim is the event, however long the agent between: "attempts by Secretary of State John
    // Kerry to broker a cease-fire", "efforts to restart talks". The aim, not the event.
    before:
      /\b(?:efforts?|attempts?|bids?|push|drive)\s+(?:by\s+(?:[\p{L}.’'-]+\s+){1,8})?to\s+(?:broker|reach|secure|negotiate|forge|win|clinch|seal|revive|restart|resume|salvage|arrange|set\s+up|hold|organi[sz]e|bring\s+about)\s+(?:(?:a|an|the|new|any|lasting|permanent|humanitarian|formal|direct|peace|another)\s+){0,2}$/iu,
    after: null,
    examples: [['Israel rejected attempts by Secretary of State John Kerry to broker a cease-fire between Israel and Hamas.', null]],
    why: 'An attempt to broker a ceasefire is no ceasefire (line 2233 made one of Kerry\'s efforts).',
  },
  {
    id: 'status.hypothetical',
    status: 'hypothetical',
    before:
      /\b(?:could|might|possible|possibility\s+of|in\s+the\s+event\s+of|in\s+case\s+of|potential|proposed|threat(?:en(?:s|ed|ing)?)?|push(?:es|ed|ing)?\s+for|urg(?:e|es|ed|ing)|authori[sz](?:e|es|ed|ing|ation)|consider(?:s|ed|ing)?|whether|if|prospect\s+of|risk\s+of|case\s+for|avert(?:s|ed|ing)?|rul(?:e|es|ed|ing)\s+out)\b/i,
    after: /^\s+(?:could|might)\b/i,
    examples: [
      ['Obama pressed Congress to authorize a military strike on Syria.', null],
      ['Senators debated his push for a strike against Syria on Monday.', null],
      ['Lawmakers asked on Tuesday whether a strike on Syria was wise.', null],
      ['Iran would retaliate in the event of an Israeli strike on Monday.', null],
    ],
    why: 'A proposed or threatened strike (Syria, September 2013) never happened; reporting it as an event makes a node for nothing.',
  },
  {
    id: 'status.wish',
    status: 'hypothetical',
    // Only a wish whose object the trigger is: "wants to meet Kim", "hopes for talks", "sought a meeting with" (at most
    // four words between), not a wish elsewhere in the clause ("Trump, who wants better ties, held a summit").
    // An attempt is a wish too ("tried to open the door to negotiations", "requests from U.S. officials to discuss", seed 2424 draw, meet8).
    before: /\b(?:wants?|wanted|wanting|desir(?:e|es|ed|ing)|keen|insist(?:s|ed|ing|ence)?\s+that|demand(?:s|ed|ing)?\s+that|hop(?:e|es|ed|ing)|wish(?:es|ed|ing)?|seek(?:s|ing)?|sought|eager|ready|willing(?:ness)?|open(?:ness)?\s+to|offer(?:s|ed|ing)?|propos(?:e|es|al|als)|call(?:s|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|ask(?:s|ed|ing)?\s+for|request(?:s|ed|ing)?|attempt(?:s|ed|ing)?|tr(?:y|ies|ied|ying)\s+to|door\s+to)\s+(?:[\p{L}.'’-]+\s+){0,4}$/iu,
    after: null,
    examples: [
      ['Donald Trump wants to meet Kim Jong Un in Singapore.', null],
      ['Hassan Rouhani hopes for talks with Donald Trump on Monday.', null],
      ['Benjamin Netanyahu has sought a meeting with Vladimir Putin in Moscow.', null],
      ['Rex Tillerson tried to open the door to negotiations with North Korea on Monday.', null],
      // "Kim's desire to meet with Trump", "keen to meet" (seed 5353 draw, meet12).
      ['North Korea expressed Kim Jong Un’s desire to meet with Donald Trump on Monday.', null],
      // The mandative subjunctive: "Trump's insistence that he meet with Xi before signing" (seed 5355 draw, meet12).
      ['Donald Trump insisted that he meet with Xi Jinping before any deal on Monday.', null],
    ],
    why: 'A wish for a meeting ("wants to meet", "hopes for talks") is no meeting and no plan: nobody has agreed to it (meet5\'s draw read them as planned).',
  },
  {
    id: 'status.challenge',
    status: 'hypothetical',
    // The challenger's noun right after "to" and its article: "challenged Theresa May to a one-on-one TV debate".
    before: /\bchalleng(?:e|es|ed|ing)\s+(?:\S+\s+){0,3}?to\s+(?:a|an|the)\s+(?:\S+\s+){0,2}$/i,
    after: null,
    examples: [['Jeremy Corbyn challenged Theresa May to a one-on-one TV debate on Monday.', null]],
    why: 'A challenge to a debate is a proposal, no debate (stop 52: "the PM - who he has challenged to a one-on-one TV debate").',
  },
  {
    id: 'status.cancelled',
    status: 'cancelled',
    before:
      /\b(?:call(?:s|ed|ing)?\s+off|cancel(?:s|ed|led|ing|lation\s+of)?|scrap(?:s|ped|ping)?|postpon(?:e|es|ed|ing|ement\s+of)|pull(?:s|ed|ing)?\s+out\s+of|withdr(?:ew|aws?|awn|awing)\s+from|back(?:s|ed|ing)?\s+out\s+of|boycott(?:s|ed|ing)?)\b/i,
    after: /^[^.;]{0,60}?\b(?:(?:(?:was|is|has\s+been|had\s+been|were|been)\s+)?(?:called\s+off|cancell?ed|scrapped|postponed|put\s+on\s+hold)|collapsed|fell\s+through)\b/i,
    examples: [
      ['Donald Trump called off the summit with Kim Jong Un on Thursday.', 'cancelled'],
      ['The summit with Kim Jong Un in Singapore was called off on Thursday.', 'cancelled'],
      ['The summit with Kim Jong Un in Singapore that Donald Trump canceled was back on.', 'cancelled'],
    ],
    why: 'A summit reported on the day it was called off (Singapore, 2018-05-24) must not be dated by that day.',
  },
  {
    id: 'status.planned',
    status: 'planned',
    before:
      /['’]ll\b|\b(?:will|would|shall|call(?:s|ed|ing)?\s+for|to\s+be\s+held|upcoming|forthcoming|scheduled|planned|plans?\s+(?:to|for|a|an)|planning|expected|set\s+(?:to|for)|accept(?:s|ed|ing)?|invit(?:e|es|ed|ing|ation)|ahead\s+of|in\s+advance\s+of|prepar(?:e|es|ed|ing|ation|ations)\s+(?:to|for)|next\s+(?:week|month|year)|looming|intend(?:s|ed)?\s+to|(?:pre)?conditions?\s+for|heading\s+(?:into|to|for|toward|towards)|decision\s+to|decide(?:s|d)?\s+to|to\s+ensure|paving\s+the\s+way\s+for|(?:run|lead)-up\s+to)\b|\b(?:agree(?:s|d)?|announc(?:e|es|ed|ing|ement))\s+(?:(?!(?:at|in|during|after|before|since|following|with)\s)[\p{L}'’-]+\s+){0,3}$/iu,
    // Not past a report's participle: "honoured to meet Mr Macron, adding that the pair would work together" (meet8).
    after: /^(?:(?!,\s+(?:adding|saying|noting|stressing|explaining|insisting|arguing)\b)[^.;]){0,48}?\b(?:scheduled|planned|slated|set\s+(?:for|to)|expected\s+to|due\s+to|to\s+be\s+held|will|would|is\s+to)\b/i,
    examples: [
      ['Donald Trump agreed on Thursday to meet Kim Jong Un.', 'planned'],
      ['The summit with Kim Jong Un, scheduled for June 12, was announced on Thursday.', 'planned'],
      ['Donald Trump will meet Kim Jong Un in Singapore on June 12.', 'planned'],
      // A contracted "will": "We’ll be meeting with Chairman Kim for two days" (seed 5355 draw, meet12).
      ['“We’ll be meeting with Kim Jong Un for two days,” Donald Trump said.', 'planned'],
      // The news of a plan told in other words (Trump–Kim, March 2018): the conditions set for it, the preparations, the decision.
      ['The White House set tougher conditions for a meeting between Donald Trump and Kim Jong Un.', 'planned'],
      ['Officials worked in preparation for a meeting between Donald Trump and Kim Jong Un.', 'planned'],
      ['Donald Trump is heading into a face-to-face meeting with Kim Jong Un.', 'planned'],
      ['Donald Trump decided to sit down with Kim Jong Un.', 'planned'],
    ],
    why: 'An announcement of a meeting (2018-03-08, Trump accepts to meet Kim) is not the meeting: its day is the news, not the sitting; nor are the conditions set for it, the preparations or the decision to hold it.',
  },
  {
    id: 'status.progress-toward',
    status: 'planned',
    // Right before the trigger's phrase (at most four words): not "progress in talks", which are under way.
    before: /\bprogress\s+towards?\s+(?:[\p{L}.'’-]+\s+){0,4}$/iu,
    after: null,
    examples: [['Pompeo’s visit is a sign of progress toward a historic meeting between Kim Jong Un and Donald Trump.', 'planned']],
    why: 'Progress toward a meeting is the way to one, still to come ("a sign of progress toward a historic meeting between Kim and Trump").',
  },
  {
    id: 'status.headline-infinitive',
    status: 'planned',
    // Case-sensitive: the names heading the clause, then "to" ("he was honoured to meet" is no headline).
    before: /^\s*(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}to\s+$/u,
    after: null,
    examples: [['David Cameron to meet Queen Elizabeth on Monday', 'planned']],
    why: 'A headline\'s "Name to meet Name" is the news of a plan, told without its "will" (seed 5355 draw, meet12).',
  },
];
