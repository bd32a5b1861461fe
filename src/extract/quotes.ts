// Stage 4, quotes: who said what — direct quotes in any quotation marks and reported speech, speakers resolved.
// Input: body, sentences, entities (with mention spans). Output: Quote[] with offsets into the body.
// quotes/reported.ts finds reports ("Lavrov said (that) …", "…, the poll found", "according to …", headlines), with
// quotes/clauses.ts reading clause-level attributions (stances such as "Clinton cited …", intentions, attitudes,
// participles, relative clauses); quotes/direct.ts pairs quotation marks and attributes each quote by its frame
// ("…," NAME said / NAME said, "…"), by a report that holds it, or by the quote it continues; quotes/speakers.ts
// turns the words naming a speaker into an entity and pronouns into the latest fitting person; quotes/patterns.ts
// holds the cue patterns; quotes/transcript.ts reads interview transcripts ("PENCE: Well, look, …"). Exists for: “…,” Tillerson said. / Lavrov said Wednesday that the U.S. and Russia have agreed…
import type { Entity, Quote } from './types.js';
import type { Sentence } from './segment.js';
import { agentOfPrincipal, demonymGroup, firstFrom, mentionRefs, personGenders, personNamingBody, resolveCountryOffices, resolveBarePresidents, resolveBodyHeads, resolveNamedHeads, resolvePronouns, resolveSharedRoles, roleHolders, roleIndex, subjectAfterOpeningAdjunct } from './quotes/speakers.js';
import type { MentionRef, SpeakerRef } from './quotes/speakers.js';
import { findReported, withSubjects } from './quotes/reported.js';
import { findDirect } from './quotes/direct.js';
import { NO_DEADLINE, type Deadline } from './deadline.js';
import { findInterviewAnswers, findTranscriptTurns } from './quotes/transcript.js';
import { findSignatures, findSignedPosts, withoutTrailingLinks } from './quotes/signed-post.js';
import { findColonBlocks } from './quotes/colon-block.js';
import type { Candidate } from './quotes/arbitrate.js';
import { ATTRIBUTION_RULES } from './quotes/rules.js';
import { isBlankUnit, wordCount } from './quotes/patterns.js';
import { isNonStatement } from './quotes/non-statements.js';
import { isNounCue } from './quotes/noun-cues.js';
import { withoutListenerSpeakers } from './quotes/listener.js';
import { relativeClauseSpeakers } from './quotes/relative-speaker.js';
import { modifierPrincipals } from './quotes/modifier-principal.js';
import { kindAntecedents, latestKindBodies, namedBodies } from './quotes/named-body.js';
import { outletAntecedents, outletReportsAhead, outletShortNames } from './quotes/outlet-antecedent.js';
import { latestBodiesOfKind, unitsByKind } from './quotes/kind-antecedent.js';
import { documentSources } from './quotes/document-source.js';
import { channelledReports } from './quotes/channel.js';
import { ownSentencePluralSubjects, pluralSubjectAntecedents, resolvePluralPronouns } from './quotes/plural-antecedent.js';
import { droppedSubjects } from './quotes/dropped-subject.js';
import { quantifiedGroup } from './quotes/quantified-group.js';
import { countryModified } from './quotes/country-modifier.js';
import { reporterParticiples } from './quotes/reporter-participle.js';
import { creditedFraming } from './quotes/credited-framing.js';
import { unnamedRoleAntecedents } from './quotes/unnamed-role-antecedent.js';
import { definitePersons } from './quotes/definite-person.js';
import { appositiveHolders, bodyOfficers } from './quotes/appositive-holder.js';
import { nextSentenceHolders } from './quotes/next-holder.js';
import { officeOwners } from './quotes/office-owner.js';
import { capitalOffices } from './quotes/capital-office.js';
import { anonymousSources, keepAnonymous } from './quotes/anonymous-source.js';
import { ownedHead } from './quotes/owned-head.js';
import { speakerBodies, stateOrgans } from './quotes/state-organ.js';
import { cityPolice, organsInCapitals } from './quotes/placed-body.js';
import { comparedSubject } from './quotes/compared-subject.js';
import { isNestedReport, nestedContentLength } from './quotes/nested-report.js';
import { shortNameBearers } from './quotes/short-name-bearer.js';
import { quotedLeads } from './quotes/quoted-lead.js';

export interface QuoteInput {
  body: string;
  sentences: Sentence[];
  entities: Entity[];
  /** The article's date: "the president" of a US article is the one in office that day. */
  publishedAt?: string | null;
  deadline?: Deadline;
  /** Keep on each quote why arbitration chose its rule (`newsgraph extract --explain`). */
  explain?: boolean;
}

/**
 * All state is this call's: every rule yields typed candidates, arbitration keeps one reading per attribution, and a
 * split quote's later part takes the speaker of the part it continues once pronouns are resolved.
 */
export function extractQuotes({ body, sentences, entities, publishedAt = null, deadline = NO_DEADLINE, explain = false }: QuoteInput): Quote[] {
  const mentions = mentionRefs(entities);
  // Who holds which role, read once: roleIndex's one holder per role here, every holder for resolveSharedRoles below.
  const holders = roleHolders(entities, body, mentions);
  const roles = roleIndex(entities, body, holders);
  const dropped: Candidate[] = [];
  const reported = findReported(body, sentences, mentions, roles, deadline, dropped).sort((a, b) => a.quote.start - b.quote.start);
  for (const { quote, speaker } of reported) {
    if (speaker && (speaker.entityId || speaker.pronoun)) quote.speakerSpan = { start: speaker.start, end: speaker.end };
    else if (speaker && speaker.end > speaker.start) {
      // An unnamed source: no entity, its words and the body it speaks for (contract v2 speakerText) — without the
      // preposition of an absolute phrase ("…, with a statement from the military saying …").
      const lead = /^(?:with|without)\s+/.exec(body.slice(speaker.start, speaker.end))?.[0].length ?? 0;
      quote.speakerSpan = { start: speaker.start + lead, end: speaker.end };
      quote.speakerText = body.slice(speaker.start + lead, speaker.end);
      if (speaker.onBehalfOf) quote.onBehalfOf = speaker.onBehalfOf;
    }
  }
  // A report "according to" passed on (channel.ts) holds no quotation for its source either.
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const passedOn = channelledReports(reported, body, (id) => names.get(id));
  const direct = findDirect(body, sentences, mentions, roles, passedOn.size ? reported.filter((c) => !passedOn.has(c)) : reported, deadline);
  // Embedded posts' signatures, read once: each closes its post's words (below) and may sign a direct quote.
  const signatures = findSignatures(body);
  // A transcript turn is its speaker's words: a quotation mark pair around most of them is the same quote again.
  const turns: Candidate[] = [
    ...findTranscriptTurns(body, entities).map((quote): Candidate => ({ rule: 'transcript.label-turn', quote, speaker: null })),
    ...findInterviewAnswers(body, mentions).map((quote): Candidate => ({ rule: 'transcript.qa-turn', quote, speaker: null })),
    // A post the story already quotes in its prose ("Trump tweeted: “…”", then the embed) is the same statement printed twice.
    ...findSignedPosts(body, signatures, mentions).filter((post) => !direct.some(({ quote }) => (quote.end <= post.start || quote.start >= post.end) && sameWords(quote.text, post.text))).map((quote): Candidate => ({ rule: 'transcript.signed-post', quote, speaker: null })),
  ];
  // A passage after a colon-closed attribution paragraph ("The Associated Press reports:"), no quotation marks around it.
  const blocks = findColonBlocks(body, mentions, roles).filter((b) => !direct.some((c) => c.quote.start < b.quote.end && c.quote.end > b.quote.start && c.quote.end - c.quote.start >= 0.8 * (b.quote.end - b.quote.start)));
  // (A post quoting someone else's words in marks — a reporter's "Vice President Pence now: “…”" — keeps that quote: nested.)
  const repeated = (q: Quote) => q.direct && turns.some(({ rule, quote: t }) => q.start >= t.start - 1 && q.end <= t.end + 1 && q.end - q.start >= 0.8 * (t.end - t.start) && (rule !== 'transcript.signed-post' || q.speakerId === null || q.speakerId === t.speakerId));
  // Quoted words framed by a negated cue ("did not 'believe the letter was necessary'") are not put forward either.
  for (const c of direct) if (!repeated(c.quote) && isNonStatement(c.quote)) dropped.push(c);
  const all = [...direct.filter((c) => !repeated(c.quote) && !isNonStatement(c.quote) && !isNounCue(c, body)), ...reported, ...turns, ...blocks].filter((c) => c.quote.text.trim().length > 0);
  // A post's signature ends the words before it ("… Daesh/ISIS. — Mark Knoller (@markknoller) March 17, 2016").
  for (const { start: at } of signatures) for (const { quote } of all) if (quote.start < at && quote.end > at) cutAt(quote, at, body);
  // A body (or a place: "during a visit to Washington, King Abdullah said") credited while a person heads or names the
  // speaker's noun phrase: the person speaks.
  const types = new Map(entities.map((e) => [e.id, e.type]));
  // "said the attorney, who asked not to be named": a source the writer keeps anonymous stays unnamed (kept below).
  const anonymous = anonymousSources(all.map((c) => c.quote), body, mentions);
  const isPersonId = (id: string) => types.get(id) === 'Person';
  for (const { quote } of all) {
    // "Like U.S. officials, the group … said": the comparison's term is no subject; the noun phrase after it speaks.
    const compared = quote.speakerSpan && quote.sentence && (quote.speakerId || quote.speakerText) ? comparedSubject(quote.speakerSpan, quote.start, quote.sentence, body, mentions) : null;
    if (compared) {
      quote.speakerId = compared.entityId;
      quote.speakerSpan = { start: compared.start, end: compared.end };
      delete quote.onBehalfOf;
      if (compared.entityId) delete quote.speakerText;
      else quote.speakerText = body.slice(compared.start, compared.end);
      continue;
    }
    const type = quote.speakerId ? types.get(quote.speakerId) : undefined;
    // A participle ("…, adding …") takes its main clause's subject: a person named inside the adjunct opening the
    // sentence ("Referring to the Mueller investigation, Trump maintained …, adding …") is never it.
    if (type === 'Person' && /ing$/.test(quote.cue ?? '') && quote.speakerSpan && quote.sentence && !/[,;:“”"]/.test(body.slice(quote.sentence.start, quote.speakerSpan.end))) {
      const person = subjectAfterOpeningAdjunct(quote.speakerSpan, quote, quote.sentence, body, mentions);
      if (person) {
        quote.speakerId = person.entityId;
        quote.speakerSpan = { start: person.start, end: person.end };
      }
      continue;
    }
    if ((type !== 'Country' && type !== 'Organization' && type !== 'Place') || !quote.speakerSpan || quote.speakerSpan.end <= quote.speakerSpan.start || !quote.sentence) continue;
    // "Most Americans say", "57% of Republicans said": a share of a country's people or a party's members speaks,
    // unnamed — the respondents of a poll or a part of the party, neither the state nor the party (quantified-group.ts).
    const quantified = type !== 'Place' ? quantifiedGroup(body, quote.speakerSpan, quote.sentence, quote.cue ?? '') : null;
    if (quantified) {
      const party = quote.speakerId!;
      quote.speakerId = null;
      quote.speakerSpan = { start: quantified.start, end: quantified.end };
      quote.speakerText = body.slice(quantified.start, quantified.end);
      if (type === 'Organization' && !quantified.share) quote.onBehalfOf = party;
      else delete quote.onBehalfOf;
      continue;
    }
    // "Syrian rebels say", "Syrians in the area claim": a group of the country's people speaks, unnamed, not the state.
    const group = type === 'Country' ? demonymGroup(body, quote.speakerSpan, quote.cue ?? '') : null;
    if (group) {
      quote.speakerId = null;
      quote.speakerSpan = { start: quote.speakerSpan.start, end: quote.speakerSpan.start + group.length };
      quote.speakerText = group;
      continue;
    }
    // "Some U.S. senators … urged", "The U.S. Embassy in Afghanistan confirmed", "… in Seoul said": a country or a place
    // that only modifies or places the speaker's noun phrase is not the speaker; the phrase is (country-modifier.ts).
    const phrase = type === 'Country' || type === 'Place' ? countryModified(body, quote.speakerSpan, quote.sentence, quote.speakerId!, mentions) : null;
    if (phrase) {
      quote.speakerId = phrase.entityId;
      quote.speakerSpan = { start: phrase.start, end: phrase.end };
      if (phrase.entityId) {
        delete quote.speakerText;
        delete quote.onBehalfOf;
      } else {
        quote.speakerText = body.slice(phrase.start, phrase.end);
        if (phrase.onBehalfOf && types.get(phrase.onBehalfOf) === 'Country') quote.onBehalfOf = phrase.onBehalfOf;
        else delete quote.onBehalfOf;
      }
      continue;
    }
    const person = personNamingBody(quote.speakerSpan, quote.cue, quote, quote.sentence, body, mentions) ?? subjectAfterOpeningAdjunct(quote.speakerSpan, quote, quote.sentence, body, mentions);
    if (person) {
      quote.speakerId = person.entityId;
      quote.speakerSpan = { start: person.start, end: person.end };
    }
  }
  // A person credited who is only the principal of the speaker's phrase ("Trump’s lawyer, Rudy Giuliani, said", "A
  // spokesman for Kerry said"): the agent speaks — named, or an unnamed source speaking for the principal.
  for (const { quote } of all) {
    if (!quote.speakerId || types.get(quote.speakerId) !== 'Person' || !quote.speakerSpan || !quote.sentence) continue;
    // The speaker's span may be its whole phrase ("Hadi's aide", ", a senior adviser to Tillerson"): read around the
    // principal's own mention inside it.
    let principal: { start: number; end: number } = quote.speakerSpan;
    let owner: MentionRef | undefined;
    for (let i = firstFrom(mentions, quote.speakerSpan.start); i < mentions.length && mentions[i].start < quote.speakerSpan.end; i++) {
      if (mentions[i].entityId === quote.speakerId && mentions[i].end <= quote.speakerSpan.end) principal = owner = mentions[i];
    }
    const found = agentOfPrincipal(principal, quote, quote.sentence, body, mentions) ?? (owner ? ownedHead(owner, quote, quote.sentence, body, mentions) : null);
    if (!found) continue;
    // (A noun not on the principal's side — "Kassig's executioner", "Eid's father" — speaks for no one.)
    if (!found.agent && 'speaksFor' in found && !found.speaksFor) {
      delete quote.onBehalfOf;
      quote.speakerId = null;
      quote.speakerSpan = found.phrase;
      quote.speakerText = body.slice(found.phrase.start, found.phrase.end);
      continue;
    }
    if (found.agent) {
      quote.speakerId = found.agent.entityId;
      quote.speakerSpan = { start: found.agent.start, end: found.agent.end };
    } else {
      quote.onBehalfOf = quote.speakerId;
      quote.speakerId = null;
      quote.speakerSpan = found.phrase;
      quote.speakerText = body.slice(found.phrase.start, found.phrase.end);
    }
  }
  bodyOfficers(all.map((c) => c.quote), body, mentions, (id) => types.get(id));
  appositiveHolders(all.map((c) => c.quote), body, mentions);
  // "“…,” the lobbyist said" after "Jack Smith, a lobbyist for …": the person the article described so.
  definitePersons(all.map((c) => c.quote), body, mentions);
  modifierPrincipals(all.map((c) => c.quote), body, mentions);
  // "the French President said", "According to the U.S. Trade Representative": the office speaks, not the country.
  capitalOffices(all.map((c) => c.quote), body, mentions, (id) => types.get(id) === 'Country');
  resolveCountryOffices(all, body, mentions, entities, publishedAt);
  resolveNamedHeads(all, body, mentions);
  namedBodies(all.map((c) => c.quote), body, mentions);
  // A state's organ the speaker's words name ("Russia's foreign ministry") is a node of its own, added to the entities.
  const organBody = speakerBodies(entities, body, types);
  stateOrgans(all.map((c) => c.quote), body, mentions, organBody);
  // A city's police ("Berlin police said") and an organ placed in its state's capital ("the defence ministry in Seoul").
  cityPolice(all.map((c) => c.quote), body, mentions, organBody);
  organsInCapitals(all.map((c) => c.quote), body, mentions, organBody);
  kindAntecedents(all.map((c) => c.quote), body, mentions, organBody);
  resolveBodyHeads(all, body, mentions);
  kindAntecedents(latestKindBodies(all.map((c) => c.quote), body, mentions), body, mentions, organBody);
  outletAntecedents(all.map((c) => c.quote), body, mentions, (id) => names.get(id));
  latestBodiesOfKind(all.map((c) => c.quote), body, mentions, (id) => names.get(id));
  unitsByKind(all.map((c) => c.quote), body, mentions, (id) => names.get(id));
  outletShortNames(all.map((c) => c.quote), mentions, (id) => names.get(id));
  outletReportsAhead(all.map((c) => c.quote), body, mentions, (id) => names.get(id));
  nextSentenceHolders(all.map((c) => c.quote), body, sentences, mentions);
  resolveSharedRoles(all, body, mentions, entities, holders); // people are unchanged since the holders were read (only organs were added)
  resolveBarePresidents(all, body, mentions, entities, publishedAt);
  // "…,” Kim said" after "…, Kim Kye Gwan, said …": the bearer of the short name the paragraph is on (before the pronouns,
  // whose chain of speakers it feeds).
  shortNameBearers(all.map((c) => c.quote), body, mentions, entities);
  // A reading dropped as no statement with "he"/"she" as subject still carries the chain of speakers as a quote would
  // ("He never mentioned Trump by name. He declared …"): resolved with the others (a copy), then left out.
  keepAnonymous(anonymous, isPersonId);
  const droppedChain = dropped.filter((c) => c.speaker?.pronoun === 'he' || c.speaker?.pronoun === 'she').map((c) => ({ ...c, quote: { ...c.quote } }));
  resolvePronouns([...all, ...droppedChain], body, sentences, mentions, entities, roles, droppedSubjects(dropped, body, mentions)); // the roles read above: people are unchanged since
  keepCoordinatedSubjects(all, entities, body, mentions);
  resolvePluralPronouns(all, body, sentences);
  pluralSubjectAntecedents(all.map((c) => c.quote), body, sentences, mentions);
  ownSentencePluralSubjects(all.map((c) => c.quote), body, sentences);
  // "A senior … official told … “…,” the official said": the latest unnamed source of that noun, not a named holder further back.
  unnamedRoleAntecedents(all.map((c) => c.quote), body, mentions);
  // "X said … Kim …, saying …": a participle after a report is the reporter's, not a name's inside the report.
  reporterParticiples(all, body);
  // "A White House statement said", "Its statement said", "The statement said" after "The group released a statement": its
  // issuer — after the pronouns, whose chain of speakers a body must not join ("…,” according to a Caixin report. “…,” he said").
  documentSources(all.map((c) => c.quote), body, sentences, mentions, roles, (id) => names.get(id));
  for (const c of all) {
    if (!c.continues || c.quote.speakerId !== null) continue;
    c.quote.speakerId = c.continues.speakerId;
    // A split quote of an unnamed speaker stays that speaker's: same words for who it is.
    if (c.quote.speakerId === null && c.continues.speakerText && !c.quote.speakerText) c.quote.speakerText = c.continues.speakerText;
  }
  keepAnonymous(anonymous, isPersonId);
  // "…,” the group said" with no body of the kind before it: no one said it that a reader can tell (nor its continuation).
  const unread = new Set(all.filter((c) => c.rule === 'direct.kind-after' && c.quote.speakerId === null).map((c) => c.quote));
  for (const c of all) if (c.continues && unread.has(c.continues) && c.quote.speakerId === null) unread.add(c.quote);
  for (let i = all.length - 1; i >= 0 && unread.size; i--) if (unread.has(all[i].quote)) all.splice(i, 1);
  // "Some suggest that …” Edward B. Foley, Politico": a round-up's framing words are the credited writer's.
  creditedFraming(all, body);
  officeOwners(all.map((c) => c.quote), body, mentions, personGenders(entities, body));
  withoutListenerSpeakers(all.map((c) => c.quote), body, mentions);
  relativeClauseSpeakers(all.map((c) => c.quote), body);
  const quoted = clausesInsideQuotations(all, body);
  const channelled = channelledReports(all, body, (id) => names.get(id));
  const kept = new Set(withoutFragments(withoutNestedSelfReports(withoutCrossingReports(withoutRepeats(all.filter((c) => !quoted.has(c) && !channelled.has(c)).map((c) => c.quote), body)))));
  const out: Quote[] = [];
  withSubjects(all.filter((c) => kept.has(c.quote)), body);
  for (const c of all) {
    if (!kept.has(c.quote)) continue;
    c.quote.aboutIds = aboutIds(c.quote, mentions);
    c.quote.rule = c.rule;
    if (explain) c.quote.arbitration = `${c.rule}: ${ATTRIBUTION_RULES[c.rule].why} Chosen: ${c.decision ?? 'the only reading'}.`;
    out.push(c.quote);
  }
  // "Still, golf clubs are ''just scratching out a profit,'' Mr. Hedge said": the clause the quotation closes is reported.
  quotedLeads(out, body);
  if (explain) for (const q of out) if (q.rule === 'reported.quoted-lead') q.arbitration = `${q.rule}: ${ATTRIBUTION_RULES[q.rule].why} Chosen: from its after-quote frame.`;
  return withoutRepeatedStatements(withoutLeadingDashes(withoutCompoundCues(out, body)).sort((a, b) => a.start - b.start || Number(b.direct) - Number(a.direct)), body);
}

/** Whether two texts are the same words, the shorter at least four fifths of the longer (marks, case and spacing aside). */
function sameWords(a: string, b: string): boolean {
  const [short, long] = [plainWords(a), plainWords(b)].sort((x, y) => x.length - y.length);
  return short.length >= 0.8 * long.length && ` ${long} `.includes(` ${short} `);
}

/** Ends a quote at `at`, without the links, spaces and dashes before it. */
function cutAt(quote: Quote, at: number, body: string): void {
  let end = at;
  while (end > quote.start && /[\s—–-]/u.test(body[end - 1])) end--;
  const text = withoutTrailingLinks(body.slice(quote.start, end));
  quote.end = quote.start + text.length;
  quote.text = text;
}

/**
 * "X said … and he/she …": the coordinated clause's pronoun is X — the subject the grammar makes salient — unless X
 * is known to be of the other gender and the person resolvePronouns found for it is named in X's own clause ("Ms.
 * Wasserman Schultz said she spoke with President Barack Obama … and he assured her …": Obama). When unsure, X.
 */
function keepCoordinatedSubjects(all: readonly Candidate[], entities: Entity[], body: string, mentions: MentionRef[]): void {
  const coordinated = all.filter((c) => c.speaker?.coordinatedWith);
  if (!coordinated.length) return;
  const genders = personGenders(entities, body);
  const types = new Map(entities.map((e) => [e.id, e.type]));
  const resolved = (ref: SpeakerRef): string | null | undefined => ref.entityId ?? (ref.pronoun ? all.find((c) => c.speaker === ref)?.quote.speakerId : undefined);
  for (const c of coordinated) {
    const ref = c.speaker!.coordinatedWith!;
    const first = resolved(ref);
    if (!first || types.get(first) !== 'Person' || first === c.quote.speakerId) continue;
    const gender = genders.get(first);
    const other = !!gender && gender !== (c.speaker!.pronoun === 'she' ? 'f' : 'm');
    let named = false;
    for (let i = firstFrom(mentions, ref.end); i < mentions.length && mentions[i].start < c.speaker!.start; i++) if (mentions[i].entityId === c.quote.speakerId) named = true;
    if (!(other && named)) c.quote.speakerId = first;
  }
}

/** Quotations a writer reports others inside, whose reports stand beside them: a colon block, a credited excerpt. */
const REPORTS_STAND_INSIDE: ReadonlySet<string> = new Set(['direct.colon-block', 'direct.credit-line']);

/**
 * A report whose subject stands inside someone's quoted words ("“… Too often it seems he's willing to subscribe to a
 * worldview …,” he said", "“… Time for Mueller to end this pursuit … and say President Trump is completely innocent,”
 * Giuliani said", the quotation opened a sentence before) is the quoted speaker's wording, carried by that quote: no
 * attribution of the reporter's (the sentence rules skip those whose quotation opens in the sentence).
 */
export function clausesInsideQuotations(all: readonly Candidate[], body: string): Set<Candidate> {
  const spans = all.filter((c) => c.quote.direct).sort((a, b) => a.quote.start - b.quote.start);
  const starts = spans.map((c) => c.quote);
  const inside = new Set<Candidate>();
  const nested = new Set<Candidate>();
  for (const c of all) {
    const at = c.quote.speakerSpan?.start;
    if (c.quote.direct || at === undefined) continue;
    // A report in an interview transcript's turn ("AMY GOODMAN: … Hillary Clinton said the U.S. should …") is the
    // host's narration, not someone's quoted wording: only clause readings give way to a turn — so with a credited
    // excerpt of commentary ("“… Mulvaney said on a call that …” Jeff Spross, The Week").
    const report = !c.rule.startsWith('clause.');
    // The first quotation starting after the subject (offsets are integers: start > at is start ≥ at + 1).
    const lo = firstFrom(starts, at + 1);
    // Only the last few quotations starting before the subject can hold it.
    for (let k = lo - 1; k >= Math.max(0, lo - 3); k--) {
      const holder = spans[k];
      // (A report read as nested whose name opens the quotation is inside it too: "“Trump said …”".)
      if (!(holder.quote.end > c.quote.end - 1 && (holder.quote.start < at || (c.rule === 'reported.inside-quote' && holder.quote.start === at)) && !(report && (holder.rule.startsWith('transcript.') || REPORTS_STAND_INSIDE.has(holder.rule))))) continue;
      // "“… Trump said it was good news for the world …,” the spokesman said": a named third party's report inside the
      // quotation is an attribution of its own (nested-report.ts).
      if ((c.rule === 'reported.speech-cue' || c.rule === 'reported.inside-quote') && isNestedReport(c.speaker, c.quote.cue, c.quote.text, c.quote.speakerId, holder.quote.speakerId, body, Math.max(holder.quote.start, c.quote.sentence?.start ?? 0))) nested.add(c);
      else inside.add(c);
      break;
    }
    // A report read as nested stands only inside a quotation that carries it (not one running past its closing mark).
    if (nested.has(c)) {
      c.rule = 'reported.inside-quote';
      // The nested report's words end where the quoted speaker's own voice comes back (nested-report.ts).
      const length = nestedContentLength(c.quote.text);
      if (length < c.quote.text.length && wordCount(c.quote.text.slice(0, length)) >= 3) {
        c.quote.text = c.quote.text.slice(0, length);
        c.quote.end = c.quote.start + length;
      }
    }
    else if (c.rule === 'reported.inside-quote') inside.add(c);
  }
  return inside;
}

/** Letters and digits only: how much of a span is words, whatever its marks and spaces. */
const wordChars = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '').length;

/** Words that make quoted words part of the reporter's sentence: "said that “…”", "asked whether “…”". */
const INTEGRATING = /(?:^|\s)(?:that|if|whether)\s*,?\s*$/i;

/**
 * One attribution, one quote. Quoted words inside a report of the same speaker ("Trump called her “unfit”", "said
 * relations were at a “low point”") are a fragment of that report, not a second quote. A report that is nothing but
 * the quoted words is one quote too: direct speech when the words stand alone ("said: “we will win”"), the report
 * when the sentence takes them in ("said that “we will win”", "called Burma a “good news story”"). A quote of another
 * speaker nested in a report stays ("Trump said Clinton’s claim that “…” was false", her words attributed to her).
 */
export function withoutRepeats(quotes: Quote[], body: string): Quote[] {
  const dropped = new Set<Quote>();
  const reports = quotes.filter((q) => !q.direct).sort((a, b) => a.start - b.start);
  for (const d of quotes) {
    if (!d.direct) continue;
    // Only the few reports starting last before the quote can hold it (binary search: linear in the article).
    let lo = 0;
    let hi = reports.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (reports[mid].start <= d.start + 1) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= Math.max(0, lo - 4); k--) {
      const r = reports[k];
      // "tweeted that the United States “has been talking to North Korea … for 25 years. Talking is not the answer!”":
      // the report ends with its sentence, the quotation goes on; its words inside the report are that report's, only
      // the rest is a quote of its own (or none, when only a mark or a word is left).
      if (!dropped.has(r) && d.start >= r.start && d.start < r.end && d.end > r.end + 1 && (d.speakerId === null || d.speakerId === r.speakerId)) {
        const rest = /^[^\p{L}\p{N}]*/u.exec(body.slice(r.end, d.end))![0].length + r.end;
        if (wordChars(body.slice(rest, d.end)) < 8) dropped.add(d);
        else {
          d.start = rest;
          d.text = body.slice(rest, d.end);
          d.speakerId ??= r.speakerId;
        }
        break;
      }
      if (dropped.has(r) || d.start < r.start - 1 || d.end > r.end + 1) continue;
      if (d.speakerId !== null && r.speakerId !== null && d.speakerId !== r.speakerId) continue;
      const integrated = wordChars(body.slice(r.start, d.start)) > 0 || INTEGRATING.test(body.slice(Math.max(0, d.start - 20), d.start).replace(/[“"«']+$/, ''));
      if (!integrated && wordChars(d.text) >= 0.9 * wordChars(r.text)) {
        dropped.add(r);
        if (d.speakerId === null) {
          d.speakerId = r.speakerId;
          d.speakerSpan ??= r.speakerSpan;
        }
      } else dropped.add(d);
      break;
    }
  }
  return quotes.filter((q) => !dropped.has(q));
}

/**
 * A report that starts inside someone's quotation and runs past its closing mark ("“… That's why China wants to make
 * a deal so badly!” he said" read as China's aim up to "he said") mixes the quoted words with the reporter's: no report.
 */
export function withoutCrossingReports(quotes: Quote[]): Quote[] {
  const direct = quotes.filter((q) => q.direct).sort((a, b) => a.start - b.start);
  const crossing = (r: Quote) => {
    // Only the quotation starting last at or before the report's start can hold its start (quotations do not overlap).
    let lo = 0;
    let hi = direct.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (direct[mid].start <= r.start) lo = mid + 1;
      else hi = mid;
    }
    const d = direct[lo - 1];
    return !!d && r.start < d.end && r.end > d.end + 1;
  };
  return quotes.filter((q) => q.direct || !crossing(q));
}

/** A report opening with its own speaker's pronoun and a verb of thought: "said he believes …", "said she thought …". */
const SELF_REPORT_OPENING = /^(?:he|she|they|I|we)\s+((?:\p{Ll}+ly\s+)?\p{Ll}+)\s/u;

/**
 * "Obama said he believes Washington has the duty …" is one attribution: the speaker says what he believes. The
 * nested report of the pronoun's verb ("believes" → "Washington has the duty …") repeats it and is dropped (PolNeAR's
 * gold annotates the nested one in 4 of 47 such reports of polnear-train).
 */
export function withoutNestedSelfReports(quotes: Quote[]): Quote[] {
  const reports = quotes.filter((q) => !q.direct).sort((a, b) => a.start - b.start);
  const dropped = new Set<Quote>();
  for (let i = 0; i < reports.length; i++) {
    const outer = reports[i];
    const opening = SELF_REPORT_OPENING.exec(outer.text);
    if (!opening) continue;
    const verb = opening[1].split(/\s+/).at(-1);
    for (let k = i + 1; k < reports.length && reports[k].start <= outer.start + opening[0].length + 2; k++) {
      const inner = reports[k];
      if (inner.end <= outer.end + 1 && inner.cue?.split(' ').at(-1) === verb && (inner.speakerId === outer.speakerId || inner.speakerId === null || inner.speakerSpan?.start === outer.start)) dropped.add(inner);
    }
  }
  return quotes.filter((q) => !dropped.has(q));
}

/** Words only, lower-cased and single-spaced: how a fragment is compared with the quote it repeats, whatever its marks. */
const plainWords = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Four blank-separated tokens holding a letter or a digit: plainWords has four words at least (each token holds a run
 * of its own), read without building them. A letter outside the BMP is not seen: that only sends the text to plainWords.
 */
function moreThanThreeWords(text: string): boolean {
  let tokens = 0;
  for (let i = 0; i < text.length; ) {
    while (i < text.length && isBlankUnit(text.charCodeAt(i))) i++;
    let counted = false;
    for (; i < text.length && !isBlankUnit(text.charCodeAt(i)); i++) {
      if (counted) continue;
      const c = text.charCodeAt(i);
      counted = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 128 && LETTER_OR_DIGIT.test(text[i]));
    }
    if (counted && ++tokens > 3) return true;
  }
  return false;
}

/**
 * A fragment is no second quote: a quote of three words or fewer whose words already stand, in that order, in a longer
 * quote of the same sentence (or one it overlaps) repeats part of that attribution ("warned of a “Christmas gift” … what
 * “Christmas gift” it gets"; "called the meeting “constructive,”" beside the report holding it). Short quotes of their
 * own ("“Maybe,” he said.") stay: nothing longer around them holds their words.
 */
export function withoutFragments(quotes: Quote[]): Quote[] {
  const bySentence = new Map<number, Quote[]>();
  for (const q of quotes) {
    const key = q.sentence?.start ?? -1 - q.start;
    const list = bySentence.get(key);
    if (list) list.push(q);
    else bySentence.set(key, [q]);
  }
  const dropped = new Set<Quote>();
  // Each quote's words, read when first asked for: most quotes are long, and only the short ones are compared.
  const known = new Map<Quote, string>();
  const wordsOf = (q: Quote): string => {
    let w = known.get(q);
    if (w === undefined) known.set(q, (w = plainWords(q.text)));
    return w;
  };
  const byStart = [...quotes].sort((a, b) => a.start - b.start);
  for (const q of quotes) {
    if (moreThanThreeWords(q.text)) continue;
    const w = wordsOf(q);
    if (!w || w.split(' ').length > 3) continue;
    // Quotes overlapping it from another sentence: among the few starting last before its end (linear in the article).
    let hi = byStart.length;
    for (let lo = 0; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid].start < q.end) lo = mid + 1;
      else hi = mid;
    }
    const overlapping = byStart.slice(Math.max(0, hi - 8), hi).filter((o) => o.end > q.start);
    const near = [...(bySentence.get(q.sentence?.start ?? -1 - q.start) ?? []), ...overlapping];
    if (near.some((o) => o !== q && !dropped.has(o) && o.text.length > q.text.length && ` ${wordsOf(o)} `.includes(` ${w} `))) dropped.add(q);
  }
  return quotes.filter((q) => !dropped.has(q));
}

/**
 * A verb of saying joined by a hyphen to the word before it is half of a compound adjective — "the self-declared mayor",
 * "an Islamic State-claimed attack" — not a verb with a subject: no report (7 in the shared corpus, every one misread).
 */
function withoutCompoundCues(quotes: Quote[], body: string): Quote[] {
  return quotes.filter((q) => {
    const end = q.speakerSpan?.end;
    if (q.direct || end === undefined) return true;
    const glued = (body[end - 1] === '-' && /\p{L}/u.test(body[end] ?? '')) || (body[end] === '-' && /\p{L}/u.test(body[end + 1] ?? ''));
    return !glued;
  });
}

/**
 * A report read from its sentence's start ("…, officials said.") begins after the dateline's dash or a list's bullet
 * ("WASHINGTON (Reuters) — The Taliban agreed …", "-- Rahami was born …"): the dash is the page's, not the speaker's
 * words (76 reported contents of the shared corpus opened with one). Quoted words keep theirs ("“— and then nothing”").
 */
function withoutLeadingDashes(quotes: Quote[]): Quote[] {
  for (const q of quotes) {
    if (q.direct) continue;
    const lead = /^[\s—–-]+/.exec(q.text)?.[0] ?? '';
    if (!/[—–-]/.test(lead) || lead.length === q.text.length) continue;
    q.start += lead.length;
    q.text = q.text.slice(lead.length);
  }
  return quotes;
}

/**
 * One statement, one quote: the same sentence printed again later in the article — a gallery's captions or a pull quote
 * printed twice — with the same words from the same speaker is the first quote's, not a second statement (189 such
 * repeats of four words or more in the shared corpus). The same words in another sentence are another attribution (a
 * live blog's items retell a tweet: PolNeAR counts each); short replies ("“No,” he said.") always stay.
 */
export function withoutRepeatedStatements(quotes: Quote[], body: string): Quote[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    if (!moreThanThreeWords(q.text) || !q.sentence) return true;
    const key = `${q.speakerId ?? ''}\u0000${q.speakerId ? '' : (q.speakerText ?? '')}\u0000${plainWords(q.text)}\u0000${plainWords(body.slice(q.sentence.start, q.sentence.end))}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function aboutIds(q: Quote, mentions: MentionRef[]): string[] {
  const ids = new Set<string>();
  for (let i = firstFrom(mentions, q.start); i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start >= q.end) break;
    if (m.entityId !== q.speakerId) ids.add(m.entityId);
  }
  return [...ids];
}
