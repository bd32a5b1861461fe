// Quotes: where a reported content ends before its sentence does — the table of clause ends after which the words are
// the reporter's again (a closing attribution of another speaker, an appositive summing the clause up, a narrative "as"
// clause) or the speaker's own quoted words take over (a colon and a quotation after words that are no clause). Input: the reported clause after its cue; output: the earliest end a rule gives. Each entry's examples run
// as tests (tests/extract/content-ends.test.ts). Example: "Trump said he hopes to avoid war, as Democrats warned …".

/** A word of a speaker's phrase or an adjunct: no comma, colon, semicolon or quotation mark in it. */
const WORD = '[^\\s,;:“”"]+';
/** A word that opens no speaker's phrase: a coordinator, a subordinator, a relative or a question word, a preposition. */
const NOT_SUBJECT_START = '(?:and|but|or|nor|yet|so|as|which|who|whom|whose|what|when|where|while|why|how|that|if|because|since|although|though|after|before|until|unless|whether|in|on|at|to|for|with|from|by|of|about|according|not|even|also|then|just|only|saying|adding|including)\\b';
/** A verb closing a sentence-final attribution (a perfect with "has"/"have" too: "Bloomberg News has reported"). */
const CLOSING_VERB = '(?:(?:has|have)\\s+)?(?:(?:also|later|previously)\\s+)?(?:said|says|told|tells|reported|wrote|writes|added|adds|noted|explained|confirmed|confirms|stated|announced|tweeted|posted)';
/** A present verb that is also a plural noun ("reports", "notes", "states"): closing the sentence only, its subject a name
 * or a definite noun ("…, Reuters reports." — not "…, much of it wouldn't get to states and …"). */
const CLOSING_NOUN_VERB = '(?:reports|notes|states)';
/** A word after the closing verb: its listener, time or place ("told CNN", "said Monday", "wrote in POLITICO Magazine last
 * year"), never the start of a that-clause or a finite verb (then the words are a report of their own). */
const ADJUNCT_WORD = `(?!(?:that|is|was|were|are|will|would|could|can|should|may|might|must|did|does)\\b)${WORD}`;
/** A word of the closing speaker's phrase: no auxiliary ("the judges had told him" is a report inside the content). */
const SUBJECT_WORD = `(?!(?:has|have|had|was|were|is|are|will|would|could|can|should|may|might|must|did|does|do|not|never)\\b|[^\\s,;:“”"]*n[’']t\\b)${WORD}`;
const SENTENCE_END = '[.!?]?[”"’]?\\s*$';

/** The end of a closing attribution: the sentence's, or a comma and a coordinator or a subordinator of contrast going on
 * with the writer's words (", lawmakers said, but he wouldn't discuss specifics"). */
const ATTRIBUTION_END = `(?:${SENTENCE_END}|,\\s+(?=(?:but|and|while|whereas|though|although|yet)\\s))`;
/** An outlet's kind after its name ("Russia's Interfax news agency reports"). */
const OUTLET_KIND = '(?:(?:state|official|semi-official|news|press|wire|television|radio)\\s+){0,2}(?:agency|service|network|channel|newspaper|daily|broadcaster|outlet|website|magazine)';
/** ", the source told CNN." / ", Levy told me." / ", Bloomberg News has reported." — a new subject and a verb of saying
 * closing the sentence (or its first clause) attribute everything before it: the words are relayed, not the first speaker's. */
export const TRAILING_ATTRIBUTION = new RegExp(`,[”"]?\\s+(?!${NOT_SUBJECT_START})(?:${SUBJECT_WORD}(?:\\s+${SUBJECT_WORD}){0,6}?\\s+${CLOSING_VERB}(?:\\s+${ADJUNCT_WORD}){0,10}|(?:the\\s+)?\\p{Lu}${WORD}(?:\\s+\\p{Lu}${WORD}){0,3}(?:\\s+${OUTLET_KIND})?\\s+${CLOSING_NOUN_VERB})${ATTRIBUTION_END}`, 'u');

/** A verb by which a record, a poll or a document gives its evidence ("…, court papers show", "…, a new poll finds"). */
const EVIDENCE_VERB = '(?:show|shows|showed|reveal|reveals|revealed|indicate|indicates|indicated|suggest|suggests|find|finds|found)';
/** A word of the evidence's noun phrase: no auxiliary, no pronoun or wh-word ("regardless of what he finds" is no frame). */
const EVIDENCE_WORD = `(?!(?:what|which|who|whom|whose|whatever|he|she|it|they|we|I|you|this|that|these|those)\\b)${SUBJECT_WORD}`;
/** ", transcripts obtained by the Washington Post show." — a noun phrase and a verb of evidence closing the sentence: the
 * clause before is what the records show, not the first speaker's words. */
export const TRAILING_EVIDENCE = new RegExp(`,[”"]?\\s+(?!${NOT_SUBJECT_START})${EVIDENCE_WORD}(?:\\s+${EVIDENCE_WORD}){0,6}?\\s+(?:\\p{Ll}+ly\\s+)?${EVIDENCE_VERB}${SENTENCE_END}`, 'u');

/** A verb of saying or believing opening a report of its own (not the plural nouns "claims", "reports", "notes"). */
const REPORT_VERB = '(?:said|says|say|told|tells|believes|believe|believed|insisted|insists|insist|argued|argues|argue|claimed|claim|warned|warns|warn|maintained|maintains|maintain|countered|contended|contends|contend|noted|reported|estimated|thinks|think|thought|denied|denies|deny|acknowledged|acknowledges|conceded|concedes|responded|replied)';
/** The first word of a new subject: a determiner or a quantifier, a capitalised word, or a modifier before one ("acting
 * President …"); not a pronoun (the same speaker's second report, reported.ts's COORDINATED), an adverb ("and later
 * said") or a function word ("and that Washington believes …": the same report's second clause). */
const NEW_SUBJECT_START = `(?:(?:the|a|an|some|many|most|other|others|several|both|all|his|her|their|its|critics|officials|analysts|experts)\\s|(?!(?:He|She|They|We|It|I|There|This|That|But|And)\\b)\\p{Lu}|(?!(?:that|who|which|what|when|where|if|whether|because|since|as|to|for|with|by|in|on|at|of|from|about|after|before|during|then|also|later)\\b)\\p{Ll}+\\s+(?=\\p{Lu}))`;
/** A word of that subject: no coordinator, relative pronoun, "to" or dash (a subject of one noun phrase). */
const NEW_SUBJECT_WORD = `(?!(?:and|or|but|while|whereas|that|who|which|to|as)\\b|[—–-])${SUBJECT_WORD}`;
/** After a bare "and" (no comma) only a quantified or determined noun phrase ("and some political correspondents said
 * …", "and other leaders told …") opens a new subject: a name or a possessive may be the first's conjunct ("Mueller and
 * his team believe"). */
const BARE_AND_SUBJECT_START = '(?:the|some|many|most|several)\\s';
/** The past of a verb of saying: a report of its own, not the first clause's present ("what Mueller and his team believe"). */
const BARE_AND_REPORT_VERB = '(?:said|told|reported|warned|argued|insisted|claimed|noted|added|countered)';
/** "…, and the ACLU believes the judge will …" / "… but the main British parties insisted that …": a main clause
 * coordinated after the report (after a comma for "and", whose bare form joins noun phrases: "Mueller and his team
 * believe") with its own subject and a verb of saying opens another source's report; the first report ends before the
 * coordinator. (The words before it must hold a finite verb: contentEnd.) */
export const COORDINATED_REPORT = new RegExp(`(?:,\\s+(?:and|but|while|whereas)|\\s(?:but|while|whereas))\\s+(?=${NEW_SUBJECT_START})${NEW_SUBJECT_WORD}(?:\\s+${NEW_SUBJECT_WORD}){0,6}?\\s+(?:(?:has|have|had)\\s+)?(?:(?:also|now|later|still|previously|repeatedly|publicly|privately|long)\\s+)?(?<!\\b(?:the|a|an|his|her|their|its)\\s+)${REPORT_VERB}\\s+(?:that\\s+)?(?=[\\p{L}\\d“"$])|\\s+and\\s+(?=${BARE_AND_SUBJECT_START})${NEW_SUBJECT_WORD}(?:\\s+${NEW_SUBJECT_WORD}){0,6}?\\s+(?:(?:also|later)\\s+)?(?<!\\b(?:the|a|an|his|her|their|its)\\s+)${BARE_AND_REPORT_VERB}\\s+(?:that\\s+)?(?=[\\p{L}\\d“"$])`, 'u');

/** ", said the person briefed on the meeting." — the same, inverted: the verb first, then a speaker's phrase to the end. */
export const TRAILING_INVERTED_ATTRIBUTION = new RegExp(`,[”"]?\\s+(?:said|says|told|added|wrote)\\s+(?:the|a|an|one|two|three|several|some|another|\\p{Lu}${WORD})(?:\\s+${ADJUNCT_WORD}){0,8}${SENTENCE_END}`, 'u');

/** Plural nouns of unnamed sources, standing bare after an inverted verb ("…, said officials familiar with the talks"). */
const BARE_SOURCE_PLURAL = '(?:sources|officials|people|diplomats|analysts|experts|witnesses|investigators|authorities|police|aides|lawmakers|activists|residents)';
/** ", said sources who spoke on condition of anonymity." / ", said officials familiar with the reports.": the inverted
 * verb and a bare plural of sources with what describes them (a relative clause, an adjective of knowledge, a
 * preposition; no further clause mark to the clause's end) close the sentence as their attribution — not "…, said people
 * deserved more". */
export const TRAILING_INVERTED_SOURCES = new RegExp(`,[”"]?\\s+(?:said|say|says|told|added)\\s+${BARE_SOURCE_PLURAL}(?:\\s+(?:who|familiar|close|briefed|involved|knowledgeable|with|in|at|from|on|speaking|inside|within)\\b(?![^;:“”"]*[;:“”"])|${SENTENCE_END})`, 'u');

/** A noun that names a statement, an act or a figure as a whole: set in apposition to a clause it sums the clause up
 * ("…, a move that followed …", "…, an assertion first reported by Politico", "…, a figure disputed by …"). */
const SUMMARY_NOUN = '(?:move|moves|decision|step|claim|assertion|explanation|allegation|accusation|admission|acknowledg(?:e)?ment|concession|sign|signal|indication|reversal|shift|departure|reference|allusion|assessment|characterization|contention|remark|comment|sentiment|figure|estimate|number|toll|tally|charge|gesture|tactic|escalation|rebuke|rebuttal|retort|swipe|jab|dig|nod|echo|development|action|measure|threat|warning|position|stance|view|statement|recognition|verdict|salvo|blow|setback|milestone|reminder|snub|rarity|about-face|U-turn|turnaround)';
const SUMMARY_DETERMINER = '(?:(?:a|an)(?:\\s+[\\p{Ll}-]+){0,2}?|the\\s+(?:latest|last|first|second|third|newest|biggest|clearest|strongest|starkest|most\\s+[\\p{Ll}-]+)(?:\\s+[\\p{Ll}-]+)?)';

/** ", a move that …" / ", an explanation dismissed in the West" / "-- an assertion the Mexican president later disputed":
 * the reporter's summary of the clause before, after a comma or a dash. */
export const SUMMARY_APPOSITIVE = new RegExp(`(?:,[”"]?|\\s(?:--|—|–|-))\\s+(?:${SUMMARY_DETERMINER}\\s+${SUMMARY_NOUN}(?=\\s+(?:that|which|who|he|she|they|it|we|I|widely|first|long|seen|also|not|by|to|in|on|for|of|from|with|at|the|his|her|its|their)\\b|\\s+\\p{Lu}\\p{Ll}|\\s+\\p{Ll}+ed\\b|[.,;!?]|\\s*$)|something(?=\\s+(?:that|which|the|he|she|they|it|we|many|most|some|no|few|his|her|its|their)\\b|\\s+(?:for|of|to|in|on|with|by|about)\\s+(?:which|whom)\\b|\\s+\\p{Lu}\\p{Ll})|the\\s+(?:direct\\s+|latest\\s+|inevitable\\s+)?(?:product|result|consequence|culmination|outcome)\\s+of\\b)`, 'u');

/** A spaced dash (or a comma) opening an aside after a clause. */
const DASH = '\\s(?:--|—|–|-)';
/** A superlative or an ordinal heading a noun phrase: "the first time …", "the deadliest since November". */
const RANK_WORD = '(?:first|second|third|fourth|fifth|tenth|latest|last|only|most\\s+[\\p{Ll}-]+|least\\s+[\\p{Ll}-]+|largest|biggest|deadliest|bloodiest|costliest|highest|lowest|worst|best|longest|shortest|strongest|weakest|heaviest|greatest|fewest|smallest|oldest|youngest|newest|fastest|sharpest|steepest|toughest|harshest|closest|clearest|starkest|earliest|busiest|widest|richest|poorest)';
/** ", the first time a defense secretary has had …" / "-- the deadliest since November": a superlative or an ordinal
 * in apposition to the clause ranks what the clause tells — the reporter's gloss (when it runs to the clause's end:
 * contentEnd). */
export const RANK_APPOSITIVE = new RegExp(`(?:,|${DASH})\\s+the\\s+${RANK_WORD}\\b(?!\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|does|did|said|says)\\b)`, 'u');
/** "- joining a growing boycott …", "— leading the president's critics to believe …", "-- contradicting Secretary of
 * State John Kerry …": a participle with its object (a determiner, a pronoun or a name) after a dash, running to the
 * clause's end, is the reporter's account of what the clause led to. */
export const DASH_PARTICIPLE = new RegExp(`${DASH}\\s+(?:\\p{Ll}+ly\\s+)?(?!(?:including|according|regarding|concerning|following|excluding|involving|during|something|nothing|anything|everything|meaning|thing|things|king|spring|string|morning|evening|ceiling)\\b)\\p{Ll}{3,}ing\\s+(?:(?:the|a|an|his|her|its|their|that|it|him|them|us|some|more|new|fresh|up|down|out|back|off)\\b|\\p{Lu}\\p{Ll})`, 'u');
/** "— which basically means that …", "— meaning it doesn't say …", ", Senate-speak for …", "-- code for …": the
 * reporter glossing the words before. */
export const GLOSS = new RegExp(`${DASH}\\s+(?:which\\s+(?:\\p{Ll}+ly\\s+)?(?:means|meant|suggests|implies)|meaning|in\\s+other\\s+words|that\\s+is)\\b|(?:,|${DASH})\\s+(?:[\\p{L}]+-speak|code|shorthand|jargon|(?:a|an)\\s+euphemism)\\s+for\\b`, 'u');

/** ", despite being informed otherwise", ", despite trashing May's blueprint", ", despite him using the word on tape",
 * ", despite Moscow's denials": a concessive "despite" with a gerund (the speaker's own doing, its subject unsaid or an
 * object pronoun) or with another's words against the clause is the reporter weighing the report, not the speaker's
 * words (when it runs to the clause's end: contentEnd). */
export const CONCESSIVE_GLOSS = new RegExp(`,\\s+despite\\s+(?:(?:him|her|them|his|their)\\s+)?(?:being|having|\\p{Ll}{3,}ing)\\s|,\\s+despite\\s+(?:(?:the|a)\\s+)?(?:\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3}[’']s?|his|her|its|their)\\s+(?:(?:own|repeated|earlier|past|public|previous)\\s+)?(?:denials?|claims?|assertions?|insistence|statements?|assurances?|protestations?)\\b`, 'u');

/** A past verb, or a participle, of what happened after the words were said ("later admitted", "has since been"). */
const AFTERWARDS_VERB = '(?:\\p{Ll}{2,}ed|been|said|told|wrote|took|came|went|made|gave|got|sent|won|lost|became|began|found|knew|saw|held|left|led|drew|brought|shot|struck|fell|rose|grew|ran|met|spoke|stood|kept|paid|proved|proven|shown|given|taken|known|seen|done)';
/** " — Tehran later admitted they downed …", " (Lizza later posted an update …)", " -- Rice's defenders have since
 * insisted …", " — though some of it has since been designated": a dash or a parenthesis opening words that tell what
 * happened after the speaker spoke ("later" or "subsequently" with a past verb, "has since" with a participle — not a
 * speaker's "would later") is the reporter's aside, running to the clause's end (contentEnd). */
export const AFTERWARDS_ASIDE = new RegExp(`(?:${DASH}\\s+|\\s\\()(?:[^\\s,;:“”"()—–]+\\s+){0,6}?(?<!\\b(?:would|will|could|can|may|might|must|should|to|be)\\s+)(?:(?:later|subsequently)\\s+(?:\\p{Ll}+ly\\s+)?|(?:has|have|had)\\s+since\\s+)${AFTERWARDS_VERB}\\b`, 'u');

/** A past verb of an event or a report: "-ed" forms and the common irregular ones (no "was"/"were": "as the systems were
 * active" gives the speaker's reason). */
const NARRATIVE_PAST = '(?:\\p{Ll}{2,}ed|said|told|wrote|began|took|met|grew|fell|rose|came|went|made|sought|held|left|fought|struck|won|lost|ran|saw|gave|got|sent|spoke|stood|broke|drew|hit|led|kept|set|swept|flew|threw|sank|shook|paid|brought|bought|built|spent|tried|applied|denied|replied|carried|says|warns|reports)';
/** ", as Democrats warned …" / ", as Asian markets crumbled" / ", as the Post reported": "as" and a clause of its own with
 * a named or nominal subject and a past verb is the reporter's narrative beside the report (pronoun subjects: CLAUSE_BOUNDARY). */
export const NARRATIVE_AS = new RegExp(`,\\s+as\\s+(?!(?:he|she|they|it|we|I|well|much|many|long|soon|far|expected|usual|always|part|such|a\\s+result)\\b)(?:(?:the|a|an|his|her|their|its|some|many|other|both|several|\\p{Lu}${WORD}|\\p{Ll}+s)\\s+)(?:(?!(?:that|which|who|is|was|were|are|will|would|could|can|should|may|might|must)\\b)${WORD}\\s+){0,5}?(?:(?:has|have|had)\\s+)?(?:\\p{Ll}+ly\\s+)?${NARRATIVE_PAST}\\b`, 'u');

/** ": “…”" after words that are no clause — a listener, a manner, a time ("told reporters on Monday: “…”", "said
 * flatly: “…”") — hands over to the speaker's own words: the quotation is what was said, a direct quote the direct rules
 * read, and the words before the colon report nothing. (After a clause, "said he had two choices: “…”", or a stance's
 * object, "portrayed the cash as a useful tool: “…”", the quotation spells it out and stays in the report, as PolNeAR
 * reads it: reported.ts.) */
export const COLON_QUOTATION = /:\s*(?=[“"«]|'')/u;
/** A finite verb: the words before a colon make a clause (and words before a coordinated verb, reported.ts). */
export const FINITE = /(?:^|\s)(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do|\p{Ll}+ed|\p{Ll}+[’']s|said|says|told|wrote|thought|knew|felt|saw|made|took|came|went|got|gave|left|kept|held|found|became|began|sent|won|lost|met|ran|led|fell|rose|grew|spoke|stood)(?:\s|$)/u;

export interface ContentEndRule {
  readonly pattern: RegExp;
  readonly why: string;
  /** A reported sentence and the content the report keeps (null: the sentence reports nothing). */
  readonly examples: readonly (readonly [sentence: string, content: string | null])[];
}

export const CONTENT_END_RULES = {
  'end.trailing-attribution': {
    pattern: TRAILING_ATTRIBUTION,
    why: 'A subject and a verb of saying closing the sentence ("…, the source told CNN.") attribute the clause to another speaker: the first report ends before them.',
    examples: [
      ['The ambassador denied any wrongdoing in the affair, the source told CNN.', 'any wrongdoing in the affair'],
      ['Kerry said that in the end the senators wrote a letter, aides said.', 'in the end the senators wrote a letter'],
      ['Mr. Trump also said relations between the U.S. and China are developing in a positive direction, the broadcaster said.', 'relations between the U.S. and China are developing in a positive direction'],
      ['Officials told Congress it was going ahead with the release of another 6 million dollars, the congressional aides said on Friday.', 'it was going ahead with the release of another 6 million dollars'],
      ['He has told his advisers he is concerned that the lack of an agreement could undermine stocks, Bloomberg News has reported.', 'he is concerned that the lack of an agreement could undermine stocks'],
      ['Petraeus insisted his success in Iraq be recognized, author Mark Perry wrote in POLITICO Magazine last year.', 'his success in Iraq be recognized'],
      // An opening adjunct's comma leads to the clause's own subject: still the report.
      ['Kerry said that in the end, the senators wrote a letter.', 'in the end, the senators wrote a letter'],
      // A past perfect report inside the content is the speaker's.
      ['Trump said the ruling was unfair, the judges had told him.', 'the ruling was unfair, the judges had told him'],
      // Quoted words the report opened after words of its own close it, with their mark; a whole quotation is a direct quote's.
      ['Sergei Ryabkov says the space program “could be hurt by the ban,” Corey Flintoff says.', 'the space program “could be hurt by the ban,”'],
      // A name and an outlet's kind before "reports": "…, Russia's Interfax news agency reports."
      ['Maksim Sokolov says that reports of a terrorist attack "cannot be considered reliable," Russia\'s Interfax news agency reports.', 'reports of a terrorist attack "cannot be considered reliable,"'],
      // …also when the sentence goes on after it with a coordinator: the attribution closes the first clause.
      ['Mr. Atkinson told the committee that the complaint was related to multiple acts, lawmakers said, but he wouldn’t discuss specifics.', 'the complaint was related to multiple acts'],
    ],
  },
  'end.trailing-evidence': {
    pattern: TRAILING_EVIDENCE,
    why: 'A noun phrase and a verb of evidence closing the sentence ("…, transcripts obtained by the Washington Post show", "…, a new poll finds") attribute the clause to records: the report ends before them.',
    examples: [
      ['Trump told Pena Nieto that Mexico would have to pay for the wall, transcripts obtained by the Washington Post show.', 'Mexico would have to pay for the wall'],
      ['The Justice Department said it was relying on FISA evidence for its designation, court papers show.', 'it was relying on FISA evidence for its designation'],
      ['Officials told the committee the program had failed, a new survey finds.', 'the program had failed'],
      // A wh-clause or a pronoun before the verb is the speaker's own clause, no closing frame.
      ['He said Mueller should issue a public report, regardless of what he finds.', 'Mueller should issue a public report, regardless of what he finds'],
    ],
  },
  'end.coordinated-report': {
    pattern: COORDINATED_REPORT,
    why: 'A main clause coordinated after the report with its own subject and a verb of saying ("…, and the ACLU believes …", "… but the main British parties insisted that …") is another source\'s report: the first report ends before the coordinator.',
    examples: [
      ['A Justice Department official said it will file a motion to dissolve the injunction, and the ACLU believes the judge will follow the Supreme Court.', 'it will file a motion to dissolve the injunction'],
      ['The ministry confirms that there was an attack, and acting President Oleksandr Turchynov said 13 troops were killed.', 'there was an attack'],
      ['The Yes campaign had hoped it would still use the pound but the main British political parties insisted that was not going to happen.', 'it would still use the pound'],
      // A bare "and" before a quantified subject and a past verb of saying: "… and some political correspondents said …".
      ["May's spokesman said she would continue talks with opponents of the deal and some political correspondents said she could bring it back.", 'she would continue talks with opponents of the deal'],
      // The same report's second clause, a subject of two noun phrases and a bare "and" joining them stay.
      ['Ash Carter said the situation is complex and that Washington believes Assad must go.', 'the situation is complex and that Washington believes Assad must go'],
      ['Jennifer Williams wrote that both the Palestinians and the Israelis claim Jerusalem as their capital.', 'both the Palestinians and the Israelis claim Jerusalem as their capital'],
      ['He said the report could remove any ambiguity about what Mueller and his team believe they found.', 'the report could remove any ambiguity about what Mueller and his team believe they found'],
      // A coordinated clause with no verb of saying stays (the grammar cannot tell whose it is).
      ['He said the allies had pledged to raise their budgets but other leaders cast doubt on this claim.', 'the allies had pledged to raise their budgets but other leaders cast doubt on this claim'],
    ],
  },
  'end.trailing-inverted-attribution': {
    pattern: TRAILING_INVERTED_ATTRIBUTION,
    why: 'The same closing attribution with the verb first ("…, said the person briefed on the meeting.").',
    examples: [
      ['Officials said the talks had stalled over sanctions, said one person briefed on the meeting.', 'the talks had stalled over sanctions'],
    ],
  },
  'end.trailing-inverted-sources': {
    pattern: TRAILING_INVERTED_SOURCES,
    why: 'An inverted verb and a bare plural of sources with their description closing the sentence (", said officials familiar with the talks.") attribute the clause to them, as a named inverted attribution does.',
    examples: [
      ['The analysis found no reliable information about the plot, said sources who spoke on condition of anonymity.', 'no reliable information about the plot'],
      ['Officials confirmed the talks had stalled over sanctions, said diplomats familiar with the negotiations.', 'the talks had stalled over sanctions'],
      // A plural that is the subject of a clause after the verb is no closing attribution: "said people deserved more".
      ['Farron said the vote was a stitch-up, said people deserved more and left.', 'people deserved more and left'],
    ],
  },
  'end.summary-appositive': {
    pattern: SUMMARY_APPOSITIVE,
    why: 'A noun of a statement, an act or a figure in apposition after the clause ("…, a move that followed …") is the reporter\'s summary of it, not the speaker\'s words.',
    examples: [
      ['China announced it would impose higher tariffs on a range of U.S. goods, a move that followed Washington’s decision last week.', 'it would impose higher tariffs on a range of U.S. goods'],
      ['Moscow said a conventional strike had hit a chemical weapons warehouse, an explanation dismissed in the West.', 'a conventional strike had hit a chemical weapons warehouse'],
      ['Officials told investigators they could not find the file, an assertion first reported by Politico.', 'they could not find the file'],
      // "the product of …", "the result of …" names what led to the clause: the reporter's gloss.
      ['Key lawmakers say frustration among the top military officers is at its highest level in decades, the product of the cautious approach of the White House.', 'frustration among the top military officers is at its highest level in decades'],
      // "something" and a clause about it sums the clause up too ("…, something the administration has refused to do").
      ['Cordesman said the Iraqis need American advisers at the front, something the Obama administration has so far refused to do.', 'the Iraqis need American advisers at the front'],
      ["Donald Trump's critics accused him of paying ransom for a hostage, something for which he had criticized the Obama administration.", 'him of paying ransom for a hostage'],
      // Negative: "something" before a description of its own is the clause's.
      ['He said the party needs a radical change, something more sweeping than anything Obama achieved.', 'the party needs a radical change, something more sweeping than anything Obama achieved'],
      // …after a dash too.
      ['Trump said Mexico would pay for the wall -- an assertion the Mexican president later disputed.', 'Mexico would pay for the wall'],
      // A noun of the clause's own that is no summary stays.
      ['He said the company had hired a manager, a veteran of the industry.', 'the company had hired a manager, a veteran of the industry'],
      ['Officials said the missile flew 2,000 kilometers, a very surprising development, it was possibly capable of longer flight.', 'the missile flew 2,000 kilometers, a very surprising development, it was possibly capable of longer flight'],
    ],
  },
  'end.rank-appositive': {
    pattern: RANK_APPOSITIVE,
    why: 'A superlative or an ordinal in apposition after the clause, running to its end ("…, the first time …", "-- the deadliest since November"), ranks what the clause tells: the reporter\'s gloss.',
    examples: [
      ['Reid and other Democrats insisted that the Republicans had filibustered the Hagel nomination, the first time a defense secretary has had his nominations stalled in such a way.', 'the Republicans had filibustered the Hagel nomination'],
      ['Ahmad Zia Abdulzai, a provincial government spokesman, said the attack killed 33 people -- the deadliest since November.', 'the attack killed 33 people'],
      // Set off by a second comma, the clause goes on: "…, the first day of his trip, and that …".
      ['He said Obama met Netanyahu on Wednesday, the first day of his trip, and that America opposes the settlements.', 'Obama met Netanyahu on Wednesday, the first day of his trip, and that America opposes the settlements'],
      // After an opening adjunct's comma the noun phrase is the main clause's subject.
      ['Some argue that, as far as Trump is concerned, the most salient characteristic of these countries is that their populations are Muslim.', 'as far as Trump is concerned, the most salient characteristic of these countries is that their populations are Muslim'],
      // A noun phrase followed by its verb is the clause's subject, no apposition: "…, the first lady had hidden …".
      ['Connie Mariano said that in 1998, the first lady had hidden a blood clot.', 'in 1998, the first lady had hidden a blood clot'],
    ],
  },
  'end.dash-participle': {
    pattern: DASH_PARTICIPLE,
    why: 'A participle with its object after a spaced dash ("- joining a growing boycott …") tells what the clause led to, in the reporter\'s words.',
    examples: [
      ['Australia announced it is withdrawing from an investment summit in Saudi Arabia later this month - joining a growing boycott that includes the US.', 'it is withdrawing from an investment summit in Saudi Arabia later this month'],
      ['The White House acknowledged that the U.S. “is at war” with the Islamic State -- contradicting Secretary of State John Kerry, who refused to use that term.', 'the U.S. “is at war” with the Islamic State'],
      ['Kim said the talks would take place at Peace House, south of the border village Panmunjom — making Kim the first North Korean leader to set foot in the South.', 'the talks would take place at Peace House, south of the border village Panmunjom'],
      // A dash closing an aside opened before ends nothing: "secretly — or even openly — pursuing a weapon".
      ['He said the world will respond if Iran is found to be secretly — or even openly — pursuing a weapon.', 'the world will respond if Iran is found to be secretly — or even openly — pursuing a weapon'],
      // "including" lists the clause's own members.
      ['He said key allies in the region -- including Jordan and Turkey -- will join the U.S.', 'key allies in the region -- including Jordan and Turkey -- will join the U.S'],
    ],
  },
  'end.gloss': {
    pattern: GLOSS,
    why: 'A gloss after a dash ("— which basically means …", "— meaning …") or a term glossed (", Senate-speak for …", "-- code for …") is the reporter explaining the words before.',
    examples: [
      ['Barr says this is not determinative — meaning it doesn’t say obstruction offenses can’t happen.', 'this is not determinative'],
      ['Then on Wednesday afternoon, Reid announced he was filing a cloture motion, Senate-speak for an attempt to end a filibuster.', 'he was filing a cloture motion'],
      ['Obama insisted all options remain open -- code for a military strike to disable the Iranian program.', 'all options remain open'],
    ],
  },
  'end.concessive-gloss': {
    pattern: CONCESSIVE_GLOSS,
    why: 'A concessive "despite" with a gerund or another\'s contrary words closing the clause (", despite being informed otherwise", ", despite Moscow\'s denials") is the reporter weighing the report against what the speaker did or others said.',
    examples: [
      ['He claimed there were “different reasons” for the protests, despite being informed otherwise.', 'there were “different reasons” for the protests'],
      ['Trump said he is "OK with" however the British decide to carry out Brexit, despite trashing the prime minister’s blueprint in The Sun.', 'he is "OK with" however the British decide to carry out Brexit'],
      ['Officials said Russian troops were directly involved in the latest fighting, despite Moscow’s denials.', 'Russian troops were directly involved in the latest fighting'],
      // A gerund after a named subject is that subject's doing, the speaker's words.
      ['Analysts say Iran is likely seeking to show progress with its ballistic program, despite scaling back on the nuclear program.', 'Iran is likely seeking to show progress with its ballistic program, despite scaling back on the nuclear program'],
      // "despite" with a noun phrase of the speaker's reasoning stays, as does one opening the clause or set off inside it.
      ['He said the U.S. should find ways to work with Russia, despite its military backing of Assad.', 'the U.S. should find ways to work with Russia, despite its military backing of Assad'],
      ['He said that, despite slightly lighter foot traffic, it was a regular Saturday.', 'despite slightly lighter foot traffic, it was a regular Saturday'],
    ],
  },
  'end.afterwards-aside': {
    pattern: AFTERWARDS_ASIDE,
    why: 'A dash or a parenthesis opening words about what happened after the words were said ("— Tehran later admitted …", "(Lizza later posted an update …)", "-- … have since insisted") is the reporter\'s aside: the speaker could not tell it.',
    examples: [
      ['Iran denied involvement in the crash — Tehran later admitted its forces downed the jet in a misfire.', 'involvement in the crash'],
      ['Rice claimed the attack was spontaneous -- her defenders have since insisted she relied on the intelligence at the time.', 'the attack was spontaneous'],
      ['Clinton insisted that none of the messages had information marked classified at the time — though some of it has since been designated.', 'none of the messages had information marked classified at the time'],
      ['The magazine reported that the senator was "championing" democracy (Lizza later posted an update to the story).', 'the senator was "championing" democracy'],
      ['He noted that Cohen had described the response to the inquiries -- a response he later admitted was false.', 'Cohen had described the response to the inquiries'],
      // An aside closed before the clause goes on stays (the content cannot skip it).
      ['Boehner announced that he had invited Netanyahu to speak in late February (later pushed to early March) on the nuclear talks.', 'he had invited Netanyahu to speak in late February (later pushed to early March) on the nuclear talks'],
      ['Officials said a foreign government -- later identified by legislators as Russia -- asked for information on him.', 'a foreign government -- later identified by legislators as Russia -- asked for information on him'],
      // The speaker's own future ("would later") is the report's.
      ['He said the troops would stay — they would later withdraw to the border.', 'the troops would stay — they would later withdraw to the border'],
      ['He said the plan was simple — the troops will later be moved to the border.', 'the plan was simple — the troops will later be moved to the border'],
    ],
  },
  'end.narrative-as': {
    pattern: NARRATIVE_AS,
    why: '"As" opening a clause with its own subject and a past verb of an event or a report ("…, as Democrats warned …", "…, as markets crumbled") is the reporter\'s narrative beside the report.',
    examples: [
      ['President Trump said Thursday that he hopes to avoid war with Iran, as Democrats warned that the administration lacks approval.', 'he hopes to avoid war with Iran'],
      ['Trump complained that the trade talks with China were moving too slowly, as the country tried to renegotiate portions of the deal.', 'the trade talks with China were moving too slowly'],
      ['Bolton said he believed the programs could be dismantled within a year, as the United States and North Korea resumed talks.', 'he believed the programs could be dismantled within a year'],
      // "as" giving the speaker's reason with a state ("were"), or an "as expected", stays.
      ['Defense officials said the plane was probably shot down by accident, as Iran’s missile systems were likely active at the time.', 'the plane was probably shot down by accident, as Iran’s missile systems were likely active at the time'],
      ['He said the vote would pass, as expected by most analysts.', 'the vote would pass, as expected by most analysts'],
    ],
  },
  'end.colon-quotation': {
    pattern: COLON_QUOTATION,
    why: 'A colon opening a quotation after words that are no clause (a listener, a manner, a time) hands over to the speaker\'s own words: the quotation is a direct quote of its own and nothing is reported; after a clause or a stance\'s object the quotation spells it out and stays in the report (PolNeAR\'s reading).',
    examples: [
      ['Trump told journalists at his Bedminster golf club on Tuesday: “North Korea best not make any more threats to the United States.”', null],
      ['The minority leader said flatly: “I don’t think it matters at all to anyone here.”', null],
      // An object keeps its words; after a clause the quotation spells it out: still the report's.
      ['Instead, Mr. Kirby portrayed the cash as a useful tool: “It would have been foolish not to try to maintain maximum leverage.”', 'the cash as a useful tool: “It would have been foolish not to try to maintain maximum leverage.”'],
      ['Earlier, Theresa May told MPs Masood had been previously known to MI5: “Some years ago, he was once investigated.”', 'Masood had been previously known to MI5: “Some years ago, he was once investigated.”'],
      // A colon with no quotation after it introduces the content itself.
      ['He said there were two options: stay or leave.', 'there were two options: stay or leave'],
    ],
  },
} as const satisfies Record<string, ContentEndRule>;

export type ContentEndId = keyof typeof CONTENT_END_RULES;

/** Whether an aside opened by a dash closes with a second dash and the clause goes on after it with more than a
 * coordinated clause (which the dash's own boundary ends anyway). */
function asideGoesOn(after: string): boolean {
  const closing = CLOSING_DASH.exec(after);
  return !!closing && !COORDINATOR_AFTER.test(after.slice(closing.index + closing[0].length));
}
const CLOSING_DASH = /\s(?:--|—|–|-)\s+/;
const SPACED_DASH = /\s(?:--|—|–|-)\s/g;
/** A function word no clause ends with. */
const UNFINISHED_END = /\s(?:while|and|or|but|the|a|an|of|to|in|on|for|with|by|from|at|as|is|are|was|were|be|been|has|have|had|that)\s*$/;
/** An opening subordinate clause or prepositional phrase with no comma of its own. */
const OPENING_PHRASE = /^(?:after|before|when|while|if|as|since|because|although|though|once|unless|until|whereas|even|in|on|at|during|for|by|with|without|despite|under|over|from|within|amid|among|according|like|unlike)\s[^,]*$/i;
const COORDINATOR_AFTER = /^(?:but|and|yet|so|or|while|although|though)\s/;
/** A parenthesis closed with words of the clause after it (not only a closing mark or stop). */
const PARENTHESIS_GOES_ON = /^\s\([^()]*\)[^\p{L}\d]*[\p{L}\d]/u;

/** An appositive of a few words closed by a comma and a subject with its verb: the clause it sits in goes on. */
const CLAUSE_GOES_ON = /^[^,;:“”"]{1,60},\s+(?:he|she|it|they|we|I|there)\s+\p{Ll}/u;

/** An opening subordinate clause or a fronted prepositional phrase (a few words) up to the first comma: the clause's own subject follows. */
const OPENING_ADJUNCT = /^(?:after|before|when|while|if|as|since|because|although|though|once|unless|until|whereas|in|on|at|during|for|by|with|without|despite|under|over|from|within|amid|among|according|like|unlike)(?:\s+[^\s,]+){1,6}$/i;

/**
 * The earliest end the table gives in `clause` (the reported words after the cue, up to the sentence's closing
 * punctuation) and the rule giving it, or -1 and null. `open(at)` says whether a quotation is open at `at`: the speaker's own quoted words end nothing.
 */
/** Whether the closing mark after the comma at `comma` closes a quotation opened inside the clause after some words of
 * the reporter's (a partial quote), not one the clause opens with. */
function partialQuotationCloses(clause: string, comma: number): boolean {
  const opening = Math.max(clause.lastIndexOf('“', comma), clause.lastIndexOf('"', comma - 1));
  return opening > 0 && /\p{L}/u.test(clause.slice(0, opening)) && !/[”"]/.test(clause.slice(opening + 1, comma));
}

/** The rules reading a reporter's gloss after the clause (a dash may close them as an aside). */
const GLOSS_RULES: ReadonlySet<RegExp> = new Set([RANK_APPOSITIVE, DASH_PARTICIPLE, GLOSS, SUMMARY_APPOSITIVE, AFTERWARDS_ASIDE, CONCESSIVE_GLOSS]);

export function contentEnd(clause: string, open: (at: number) => boolean): { at: number; id: ContentEndId | null } {
  let best = -1;
  let bestId: ContentEndId | null = null;
  for (const [id, rule] of Object.entries(CONTENT_END_RULES) as [ContentEndId, ContentEndRule][]) {
    const m = rule.pattern.exec(clause);
    if (!m) continue;
    // (After a closing mark the words before were a quotation's, read by the direct rules: "…,” Cruz said. — unless the
    // quotation opened inside the report, a partial quote in it: 'Ryabkov says the program “could be hurt,” Corey says.'
    // Then the report ends with its closing mark.)
    const afterMark = /^,[”"]/.test(m[0]);
    if (afterMark ? !partialQuotationCloses(clause, m.index) : open(m.index)) continue;
    const at = afterMark ? m.index + 2 : m.index;
    // "said that after the vote, the senators told …": the comma closes an opening adjunct, not the report.
    if (rule.pattern === TRAILING_ATTRIBUTION && OPENING_ADJUNCT.test(clause.slice(0, m.index)) && !FINITE.test(clause.slice(0, m.index))) continue;
    if (rule.pattern === COLON_QUOTATION && FINITE.test(clause.slice(0, m.index))) continue;
    // "both the Palestinians and the Israelis claim …": a coordinator before the clause's own verb joins its subject.
    if (rule.pattern === COORDINATED_REPORT && !FINITE.test(clause.slice(0, m.index))) continue;
    // "…, a very surprising development, it was possibly capable of …": an appositive set off inside the clause, which goes on.
    if (rule.pattern === SUMMARY_APPOSITIVE && CLAUSE_GOES_ON.test(clause.slice(m.index + 1))) continue;
    // "… at severe - the second highest - but …" closes its aside and goes on with a coordinated clause (the dash's end);
    // "-- which are held every two years -- was being considered" closes it and goes on with the clause's own predicate.
    // (A rank set off by a second comma, ", the first day of his trip, and that …", lets the clause go on; so does one
    // after an opening adjunct's comma: "as far as Trump is concerned, the most salient characteristic … is …".)
    // ", despite being informed otherwise" ends the report where it closes the clause; set off inside it, it goes on.
    if (rule.pattern === CONCESSIVE_GLOSS && /[,;:“”"]/.test(clause.slice(m.index + m[0].length))) continue;
    // "Iran is likely seeking to …, despite scaling back on …": a gerund's unsaid subject is the clause's own subject,
    // the speaker's words then; only after a pronoun or "there" ("he is OK with …, despite trashing …") is it the reporter's.
    if (rule.pattern === CONCESSIVE_GLOSS && /^,\s+despite\s+(?:(?:him|her|them|his|their)\s+)?\p{Ll}+ing\s/u.test(m[0]) && !/^(?:he|she|they|there|it|I|we)\s/i.test(clause)) continue;
    if (rule.pattern === RANK_APPOSITIVE && (/[,;:“”"]/.test(clause.slice(m.index + m[0].length)) || OPENING_PHRASE.test(clause.slice(0, m.index)))) continue;
    if (GLOSS_RULES.has(rule.pattern)) {
      const before = clause.slice(0, m.index);
      const dash = !m[0].startsWith(',');
      // "… if Iran is found to be secretly — or even openly — pursuing …": a dash closing an aside opened before, or
      // after words that end no clause ("… causes while -- holding a gun"), ends nothing.
      if (dash && ((before.match(SPACED_DASH) ?? []).length % 2 === 1 || UNFINISHED_END.test(before))) continue;
      if (dash && asideGoesOn(clause.slice(m.index + 3))) continue;
      // "(later pushed to early March) on the nuclear talks": a parenthesis closed before the clause goes on is an aside inside it.
      if (m[0].startsWith(' (') && PARENTHESIS_GOES_ON.test(clause.slice(m.index))) continue;
    }
    if (best < 0 || at < best) [best, bestId] = [at, id];
  }
  return { at: best, id: bestId };
}
