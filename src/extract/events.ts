// Stage 6, events: sentences with an event trigger → anchored Event entities with kind, date, place and participants.
// Input: sentences, linked mentions, entities. Output: Event entities, one per real event the article reports.
// Heuristic: a trigger of the rule table (lexicon/events.ts) names the kind; the trigger's clause must anchor it with
// a party, a place (a country, or a city or region → its country) or a day (chrono-node, against the publish date).
// "attack" with nothing of the kind is no event. Same-kind events of one article that agree are one event.
// Exists for: "Tillerson held a hastily arranged meeting in Moscow late Wednesday with … Putin".
import * as chrono from 'chrono-node';
import type { Entity, Span } from './types.js';
import type { Sentence } from './segment.js';
import type { LinkedMention } from './entities.js';
import { CONTACT_MEDIA, EVENT_KIND_LABEL, EVENT_RULES, EVENT_STATUS_RULES, STATUS_LOOKAHEAD, STATUS_LOOKBACK, type EventFamily, type EventRule, type EventStatus } from './lexicon/events.js';
import { COUNTRY_BY_CITY, COUNTRY_BY_REGION } from './lexicon/places.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from './lexicon/calendar.js';
import { countryName } from './lexicon/countries.js';
import { MEDIA_OUTLETS, ROLE_GAP_WORDS } from './lexicon/relations.js';
import { phraseFinder, type PhraseHit } from './phrase-scan.js';
import { OBJECT_HER_AFTER, personGenders, pronounResolver, type PronounRef, type PronounResolver } from './pronouns.js';

// One pass per sentence: every trigger of every rule in one alternation, longest first, so "press conference" wins
// over "conference" and "missile strike" over "strike" where they start at the same place.
const RULE_OF_TRIGGER: ReadonlyMap<string, EventRule> = new Map(
  [...EVENT_RULES].reverse().flatMap((rule) => rule.triggers.map((t) => [t, rule] as const)),
);
const RULE_RANK: ReadonlyMap<EventRule, number> = new Map(EVENT_RULES.map((r, i) => [r, i]));
// Found by words (phrase-scan.ts), as the alternation `\b(?:…)\b` with spaces as \s+ and the i flag found them.
const findTriggers = phraseFinder([...RULE_OF_TRIGGER.keys()].sort((a, b) => b.length - a.length));
const ruleOf = (trigger: string) => RULE_OF_TRIGGER.get(trigger.toLowerCase().replace(/\s+/g, ' '))!;
/** How much text around a trigger its rule's false friends see ("met with fierce criticism", "the swim meet"). */
const FALSE_FRIEND_REACH = 60;
/** Whether a trigger found in the sentence at `at` is read as something else: "meet the deadline", "to deal with". */
function falseFriend(rule: EventRule, trigger: string, text: string, at: number): boolean {
  if (!rule.falseFriends) return false;
  const word = trigger.toLowerCase().replace(/\s+/g, ' ');
  const before = text.slice(Math.max(0, at - FALSE_FRIEND_REACH), at);
  const after = text.slice(at + trigger.length, at + trigger.length + FALSE_FRIEND_REACH);
  return rule.falseFriends.some(
    (f) =>
      (!f.triggers || f.triggers.includes(word)) &&
      (f.before?.test(before) ?? true) &&
      (f.after?.test(after) ?? true) &&
      !(f.unlessBefore?.test(before) ?? false) &&
      !!(f.before ?? f.after ?? f.unlessBefore),
  );
}

/** Where a clause ends: a semicolon or dash, a subordinating conjunction, or a verb of saying that starts a report. */
// A report's own words ("said on Monday that") belong to the report, not to the event reported after them. A dash between
// two letters joins words ("the Trump–Kim summit"), it ends nothing.
const CLAUSE_BREAK = /;|(?<!\p{L})[–—]|[–—](?!\p{L})|\s(?:as|while|but|because|although|whereas|after|before|when)\s|,?\s(?:said|says|told|added)\s(?:[^,;]{0,40}?\bthat\s)?/gu;
/** Between an agent and the strike it carried out: "Trump ordered a missile strike", "ISIS claimed the attack". */
const AGENT_GAP = /^\s+(?:(?:has|have|had|also|then)\s+)?(?:ordered|launched|launches|carried\s+out|carries\s+out|conducted|staged|claimed|unleashed|mounted)\s+(?:(?:a|an|the|its|his|her|their|new|another|several|more)\s+)?(?:[\p{Ll}-]+\s+)?$/u;
/** A country's unnamed people taking part, which stand for the country: "Chinese officials", "a Russian delegation". */
const GROUP_NOUN_AFTER = /^\s+(?:officials|leaders|diplomats|delegation|delegations|envoys?|counterparts?|government|authorities|negotiators|ministers)\b/;
/**
 * A country's office right after its demonym or possessive ("Russian officials", "the Russian foreign minister", "his
 * Chinese counterpart", "Russia's foreign minister"): the office stands for its country, which takes part (issue #12,
 * a role as party). Not a holder's own possession ("the Russian ambassador's wife"), nor troops ("met Russian forces").
 */
const OFFICE_AFTER_PARTY = /^(?:['’]s)?\s+(?:(?:top|senior|chief|deputy|new|visiting|foreign|defen[cs]e|prime|finance|trade|interior|economy|acting|special|vice)\s+){0,2}(?:officials?|leaders?|diplomats?|delegations?|envoys?|counterparts?|negotiators?|ministers?|president|premier|chancellor|ambassador|emissary|representatives?)\b(?!['’-])/;
/** Only a definite determiner between a contact word and a country's office: "met the Russian foreign minister", "hosted her French counterpart"; "a North Korean leader" is any one (seed 301 draw). */
/** Reception verbs whose passive ("was received by") names a host only when a guest is its subject. */
const PASSIVE_RECEPTION = /^(?:welcomed|received)$/i;
/** Between a passive's subject and its participle, in the past: "Macron was received", "Macron, who was warmly welcomed". */
const PASSIVE_SUBJECT_GAP = /^(?:,\s+who)?\s+(?:was|were|(?:had|has|have)\s+been)\s+(?:(?:warmly|personally|formally|officially|later|also|then|first)\s+)?$/i;
const OFFICE_DETERMINER_GAP = /^(?:(?:the|his|her|their|its)\s+)?$/;
/** A verb in the past, which asserts the event happened: "met", "spoke with", "negotiated" ("meet the criteria" does not). */
const PAST_VERB_TRIGGER = /(?:ed|exchanged\s+letters|met|met\s+(?:with|up)|(?:spoke|spoken|talked|chatted)\s+(?:with|to|by\s+(?:tele)?phone|on\s+the\s+phone)|sat\s+down\s+with|(?:traveled|travelled)\s+to)$/i;
/** A trigger that can take an object: a verb, or a noun in -ing used as one ("after meeting Chinese officials"). */
const VERB_OR_GERUND = /(?:ed|ing|met|meets?|discuss|negotiates?|attends?|greets|welcomes|receives|convenes?|gather)$/i;
/** A noun after a name that makes the name its modifier, not an actor: "the first Trump Cabinet official". */
const ATTRIBUTIVE_HEAD = /^(?:['’]s)?\s+(?:administration|cabinet|campaign|government|team|officials?|aides?|advisers?|supporters|voters|family|foundation|era|presidency|policy|policies)\b/i;
/** Before a name that is the other party of a contact: "talks with Iran", "between the U.S. and Russia". */
// No bare "and": the names listed after a party join by listed(); a bare "and" tied the last of a topic list
// ("tensions over Syria, Iran, missile defense and Afghanistan", meet7's seed-1357 draw) as a party (meet8).
const PARTY_BEFORE = /\b(?:with|between|(?:brokered|sponsored|mediated|negotiated|signed|hosted|organi[sz]ed|convened|chaired|attended)\s+by)\s+(?:the\s+)?$/;
/** Between a modifier and its noun trigger: "Russian airstrikes", "Putin's visit", "U.S.-led strikes", "Putin-Tillerson meeting". */
const MODIFIER_GAP = /^(?:['’]s)?(?:-\p{Ll}+)?[\s-]+$/u;
/** Triggers that are verbs, which take subjects, not modifiers: "Trump spoke with", "negotiated", "met". */
// "a letter to", "correspondence with", "the call with", "dinner with" are nouns taking their other party, not verbs.
const VERB_TRIGGER = /(?:ed|met|meets?|discuss(?:ing)?|negotiat(?:es?|ing)|visiting|conferring|welcom(?:es|ing)|receives|attends?|greets|convenes?|gather|exchanged\s+letters|(?<!\bletters?|\bcorrespondence|\bcalls?|\bconversations?|\b(?:dinner|lunch|breakfast|luncheon))\s(?:with|to|up)|\sby\s+(?:tele)?phone|\son\s+the\s+phone)$/i;
/** Before a counterpart of the clause's people: "meeting with congressional Democrats", "talks with the Chinese". */
const COUNTERPART_BEFORE = /\b(?:with|between|(?:brokered|sponsored|mediated|negotiated|signed|hosted|organi[sz]ed|convened|chaired|attended)\s+by)\s+(?:the\s+)?(?:\p{Ll}+\s+)?$/u;
/** Between an in-person noun and the body or country whose members meet: "a meeting of EU foreign ministers", "a summit of the G20". */
const MEMBERS_GAP = /^\s+of\s+(?:the\s+)?(?:\p{Ll}+\s+)?$/u;
/** Before a country or body that an office stands for, as a counterpart: "calls to the leaders of Japan", "with the President of South Korea". */
const OFFICE_OF_BEFORE = /\b(?:with|to|between|and)\s+(?:the\s+)?(?:[A-Za-z]+\s+)?(?:leaders?|presidents?|prime\s+ministers?|heads?\s+of\s+state|chancellors?|kings?|premiers?|emirs?|foreign\s+ministers?|counterparts?|governments?|officials)\s+(?:of|from)\s+(?:the\s+)?$/i;
/** Between a noun trigger and a name, another noun coordinated with it that takes the name: "meeting with Li and his relationship with BHR". */
const OTHER_HEAD_WITH = /\b(?:and|or)\s+(?:(?:his|her|its|their|the|a|an)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){1,2}(?:with|between)\s+(?:the\s+)?(?:\p{Ll}+\s+)?$/u;
/** After a country's possessive, the office or group that stands for it: "China's foreign minister", "Russia's delegation". */
const OFFICE_AFTER_POSSESSIVE = /^['’]s\s+(?:(?:new|top|chief|former|current|acting|own)\s+)?(?:foreign|prime|defen[cs]e|finance|trade|deputy|vice|supreme)?\s*(?:leaders?|presidents?|ministers?|minister|officials|diplomats|delegations?|envoys?|negotiators|government|authorities|ambassadors?|representatives|chancellor|premier|king|emir|counterparts?|military|army|navy)\b/i;
/** A preposition whose object is a topic, a target or a direction, not a party: "tensions over Syria", "missiles into Japan". */
const TOPIC_BEFORE = /\b(?:over|about|on|into|against|toward|towards|like|than|under|across|throughout|regarding|concerning)\s+(?:the\s+)?$/i;
/** Between two parties of one list: "Japan, China and Germany". */
const LIST_GAP = /^(?:,\s+(?:and\s+)?|,?\s+and\s+)$/;
/** A possessive determiner on a contact noun, which names its parties: "their meeting", "his talks with Putin". */
const POSSESSIVE_BEFORE = /\b(their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** Before a contact noun whose event is over or under way, which the main clause presupposes: "after their meeting", "during talks". */
const PRESUPPOSED_BEFORE = /\b(?:after|since|following|upon|during)\s+(?:(?:a|an|the|their|his|her|its|this|that|these|those|last|recent|latest|first|second)\s+){0,2}(?:[\p{L}-]+\s+){0,2}$/iu;
/** A progressive in the past before an -ing trigger: "were meeting", "have been meeting". */
/** The verb "visit", whose object may be a person; "visiting" after a determiner, a preposition or "and" is attributive ("with visiting Israeli Prime Minister …"). */
const VISIT_VERB = /^visit(?:s|ed|ing)?$/i;
const ATTRIBUTIVE_VISITING_BEFORE = /\b(?:a|an|the|his|her|their|its|with|and|by|for|to|of|from|on|at)\s+$/i;
/** Implicative verbs whose complement took place: "managed to meet", "went on to negotiate", "was able to talk with", "succeeded in meeting". */
const IMPLICATIVE_BEFORE = /\b(?:(?:managed|went\s+on|(?:was|were)\s+able)\s+to|succeeded\s+in)\s+$/i;
const PAST_PROGRESSIVE_BEFORE = /\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+$/i;
/** What may stand before the sentence's subject: a quotation it closes, a title of capitalised words ("U.S. Secretary of State"). */
// A photo caption opens with "FILE -" or "From left," before the people it shows.
const OPENER_LEAD = /^(?:["“][^"”]{0,400}[,.!?]["”]\s+)?(?:FILE\s*[-–—]\s+|(?:From|Left\s+to)\s+(?:left|right),\s+)?["“]?(?:(?:\p{Lu}[\p{L}.’'-]*|of|the|and)\s+){0,6}$/u;
/** Before a gerund whose event is over: "after meeting", "since visiting". */
const DONE_BEFORE = /\b(?:after|since|following|upon)\s+$/i;
/** A place preposition right before a name: "in Moscow", "at the Kremlin", "outside Damascus". */
const PLACE_BEFORE = /\b(?:in|at|near|outside|inside)\s+(?:the\s+)?$/;
/** A town named with its country, as datelines and captions do: "in Jalalabad, Afghanistan", "in Grimmen, northern Germany". */
const TOWN_OF_COUNTRY_BEFORE = /\b(?:in|at|near|outside)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){0,2},\s+(?:(?:north|south|east|west|central|north-?eastern|north-?western|south-?eastern|south-?western|northern|southern|eastern|western)\s+)?$/u;
/** A visit's destination: "visit to China", "trip to Moscow". */
const DESTINATION_BEFORE = /\b(?:to|in)\s+(?:the\s+)?$/;
/** The target of a strike, taken as its place: "strikes on Syria", "attack against Israel". */
const TARGET_BEFORE = /\b(?:on|against|in)\s+(?:the\s+)?$/;
/** A capitalised name of one to three words after a place preposition, looked up as a city or region. */
const PLACE_NAME = /\b(?:in|at|near|outside)\s+(?:the\s+)?([A-Z][\p{L}'’-]*(?:\s[A-Z][\p{L}'’-]*){0,2})/gu;
/** The same after a compass word: "in the northern Aleppo countryside". */
const COMPASS_PLACE_NAME = /\b(?:in|at|near|outside)\s+the\s+(?:north|south|east|west|central)[a-z-]{0,12}\s+([A-Z][\p{L}'’-]*)/gu;
/** A capitalised word right before a noun trigger, looked up as a city: "the Benghazi attack", "the Charlevoix summit". */
const CITY_BEFORE = /(?:^|\s)(\p{Lu}[\p{Ll}'’-]+)\s+$/u;
// The abbreviations end in a dot, after which `\b` never holds before a space ("Jan. 28"): the end is "not a letter" instead.
const DAY_WORD = new RegExp(`\\b(?:${WEEKDAY_NAMES.join('|')}|yesterday|today|tonight|${MONTH_NAMES.join('|')}|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)(?!\\p{L})`, 'u');

/** Contact kinds where the parties are in one room: a later "the meeting" may name any of them. */
/** Words of a piece that looks back on an event a year or more ago: "anniversary", "a year ago", "one year after", "two years since". */
const LOOKS_BACK = /\banniversary\b|\b(?:a|one|two|three|four|five|ten|\d{1,2})\s+years?\s+(?:ago|after|since|earlier|on)\b/i;
/** A year written out: "Sept. 11, 2012", "in 2001". */
const YEAR_WRITTEN = /\b(?:19|20)\d\d\b/;

const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const yearBefore = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  return d.toISOString().slice(0, 10);
};

const IN_PERSON: ReadonlySet<string> = new Set(['meeting', 'talks', 'summit', 'conference', 'visit']);
/** The sittings of sides with each other: a presupposed one is asserted by its place alone (see `placedSitting`). */
const SITTING_KINDS: ReadonlySet<string> = new Set(['meeting', 'talks', 'summit']);

type EventEntity = Entity & { kind: string; participantIds: string[]; date: string | null; locationId: string | null; status: EventStatus; evidence: Span[]; series?: string; placeOnly?: boolean };

export function extractEvents(articleId: string, publishedAt: string | null, sentences: Sentence[], linked: LinkedMention[], entities: Entity[], body: string = bodyOf(sentences)): Entity[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const ref = publishedAt ? new Date(`${publishedAt}T12:00:00Z`) : undefined;
  const events: EventEntity[] = [];
  let looksBack: boolean | undefined;
  // Built on the first sentence with a contact trigger: most articles' sentences have none.
  let pronouns: PronounResolver | undefined;
  /** The members of each plural read as a group ("the two leaders" → Trump, Kim), by the group's pseudo-entity id. */
  const groups = new Map<string, string[]>();
  const resolver = () => (pronouns ??= pronounResolver(body, sentences, linked.filter((m) => PARTY_TYPES.has(byId.get(m.entityId)?.type ?? '')), new Map(entities.map((e) => [e.id, e.type])), personGenders(entities)));
  let mi = 0;
  for (const [si, s] of sentences.entries()) {
    while (mi < linked.length && linked[mi].start < s.start) mi++;
    const byRule = new Map<EventRule, PhraseHit[]>();
    for (const m of findTriggers(s.text)) {
      const rule = ruleOf(m[0]);
      if (falseFriend(rule, m[0], s.text, m.index!)) continue;
      (byRule.get(rule) ?? byRule.set(rule, []).get(rule)!).push(m);
    }
    if (!byRule.size) continue;
    const inSentence: LinkedMention[] = [];
    for (let k = mi; k < linked.length && linked[k].start < s.end; k++) inSentence.push(linked[k]);
    const sentenceTriggers = [...byRule.values()].flat().map((m) => ({ start: s.start + m.index!, end: s.start + m.index! + m[0].length, text: m[0] }));
    const rules = [...byRule.keys()].sort((a, b) => RULE_RANK.get(a)! - RULE_RANK.get(b)!);
    // A contact's parties may be pronouns ("She said she had met with Manafort"): they join the sentence's names.
    let contactMentions = inSentence;
    if (rules.some((r) => r.family === 'contact')) {
      contactMentions = withPronouns(s, inSentence, resolver().pronounsOf(si, inSentence.filter((m) => PARTY_TYPES.has(byId.get(m.entityId)?.type ?? ''))));
      // "The two leaders met", "they will meet": a plural standing for the pair named just before, as one mention of a group.
      for (const g of pluralGroups(s, si > 0 ? sentences[si - 1] : undefined, linked, mi, byId)) {
        const id = `group:${g.start}`;
        groups.set(id, g.members);
        byId.set(id, { id, type: byId.get(g.members[0])!.type, name: '', aliases: [], mentions: [] });
        contactMentions = [...contactMentions, { start: g.start, end: g.end, text: g.text, type: 'Person' as const, key: GROUP_KEY, sentence: -1, entityId: id }].sort((a, b) => a.start - b.start);
      }
    }
    // One event per kind the sentence names ("after the attack, the leaders met": an attack and a meeting).
    for (const rule of rules) {
      let found = anchoredEvent(rule, byRule.get(rule)!, s, rule.family === 'contact' ? contactMentions : inSentence, byId, ref, sentenceTriggers);
      if (found && found !== 'hypothetical' && !Array.isArray(found) && found.date && found.date === publishedAt && anniversaryPiece(s)) {
        // The day of an anniversary piece is the anniversary's, not the event's: undated, and no event if nothing else anchors it.
        found = found.participantIds.length || found.locationId ? { ...found, date: null } : null;
      } else if (found && found !== 'hypothetical' && !Array.isArray(found) && found.date && publishedAt && rule.family === 'violence' && found.status === 'happened' && found.date > dayAfter(publishedAt) && !YEAR_WRITTEN.test(s.text)) {
        // An attack that happened is not announced for a day to come: "the Sept. 11 Benghazi attack" said in May is last September's.
        found = { ...found, date: yearBefore(found.date) };
      }
      // A proposed or threatened event is no event, and no mention of an earlier one either.
      if (found === 'hypothetical') continue;
      if (found) for (const one of Array.isArray(found) ? found : [found]) addEvent(groups.size ? { ...one, participantIds: unique(one.participantIds.flatMap((id) => groups.get(id) ?? [id])) } : one, s);
      else {
        // "The meeting ended early": an unanchored trigger is a mention of the last such event the article told of,
        // as a definite noun phrase refers back; it makes no event of its own.
        // A hypernym refers back too: "the meeting" after a summit or talks is that summit.
        const antecedent = events.filter((e) => e.kind === rule.kind).pop() ?? (IN_PERSON.has(rule.kind) ? events.filter((e) => IN_PERSON.has(e.kind)).pop() : undefined);
        if (antecedent) antecedent.mentions.push(...byRule.get(rule)!.map((m) => ({ start: s.start + m.index!, end: s.start + m.index! + m[0].length, text: m[0] })));
      }
    }
  }
  /**
   * A month and day said on that very day in a piece that looks back ("the anniversary of the Sept. 11 attacks", "the
   * Benghazi attack one year ago") is the anniversary, not the event: the 9/11 attacks named on 2012-09-11 are not of
   * 2012, nor Benghazi, named on 2013-09-11, of 2013. A year written in the sentence ("Sept. 11, 2012") dates it still.
   */
  function anniversaryPiece(s: Sentence): boolean {
    if (YEAR_WRITTEN.test(s.text)) return false;
    looksBack ??= sentences.some((x) => LOOKS_BACK.test(x.text));
    return looksBack;
  }
  foldPlacedSittings(events);
  // The series key and the place-only mark are the extraction's own, no fields of the event.
  return events.map(({ series: _series, placeOnly: _placeOnly, ...e }) => ({ ...e, name: eventName(e.kind, e.participantIds.map((id) => byId.get(id)?.name ?? id), e.locationId ? countryName(e.locationId.slice('country:'.length)) : null, e.date) }));

  function addEvent(found: Anchored, s: Sentence): void {
    const sentence = { start: s.start, end: s.end, text: s.text };
    // The same event told again in this article: same kind, and nothing that tells them apart.
    // A sitting told only by its place ("during a meeting in London") is no mention of one whose parties are named.
    const same = events.find((e) => e.kind === found.kind && mentionsAgree(e, found) && !((found.placeOnly && e.participantIds.length) || (e.placeOnly && found.participantIds.length)));
    if (same) {
      same.mentions.push(...found.triggers);
      // Sentences come in order: only the last one can be this one.
      if (same.evidence[same.evidence.length - 1]?.start !== s.start) same.evidence.push(sentence);
      same.participantIds = unique([...same.participantIds, ...found.participantIds]);
      same.date ??= found.date;
      // A period holds only when every mention gives it: "the summit in Singapore last year", merged into the undated
      // mentions of a piece on this week's Hanoi summit, must not send the whole event back a year.
      if (same.period && found.period && found.period.length > same.period.length) same.period = found.period;
      if (same.date || !found.period) delete same.period;
      same.locationId ??= found.locationId;
      // One sentence saying it happened outweighs the announcements before it.
      if (found.status === 'happened' || same.status === 'cancelled') same.status = found.status;
      return;
    }
    events.push({
      id: `event:${articleId}:${events.length + 1}`,
      type: 'Event',
      name: '',
      aliases: [],
      mentions: found.triggers,
      kind: found.kind,
      date: found.date,
      locationId: found.locationId,
      participantIds: found.participantIds,
      status: found.status,
      ...(found.period ? { period: found.period } : {}),
      ...(found.series !== undefined ? { series: found.series } : {}),
      ...(found.placeOnly ? { placeOnly: true } : {}),
      evidence: [sentence],
    });
  }
}

/**
 * A sitting told by its place alone ("after the meeting in Helsinki") in an article that tells of one sitting with named
 * sides at that place ("Trump and Putin held a summit in Helsinki") is that sitting told again: its mentions and
 * sentences join it. (Not one told with one side: "left for a G20 summit in Buenos Aires" is no Trump–Putin meeting
 * there, the corpus dump showed.) Only when that
 * sitting is the article's one sitting with sides at that very place and no day tells them apart; a sitting placed
 * nowhere ("the Trump Tower meeting" beside "a meeting in London") or at another place stays apart, and so does a
 * place-told sitting where the article names two sittings there (a summit and a bilateral meeting on its sidelines).
 */
function foldPlacedSittings(events: EventEntity[]): void {
  for (const told of [...events]) {
    if (!SITTING_KINDS.has(told.kind) || !told.locationId || !told.placeOnly) continue;
    const named = events.filter((e) => e !== told && SITTING_KINDS.has(e.kind) && e.participantIds.length >= 2 && e.locationId === told.locationId);
    if (named.length !== 1) continue;
    const [sitting] = named;
    if (told.date && sitting.date && told.date !== sitting.date) continue;
    if (told.period && sitting.period && !told.period.startsWith(sitting.period) && !sitting.period.startsWith(told.period)) continue;
    sitting.mentions = [...sitting.mentions, ...told.mentions].sort((a, b) => a.start - b.start);
    sitting.evidence = [...sitting.evidence, ...told.evidence.filter((x) => !sitting.evidence.some((y) => y.start === x.start))].sort((a, b) => a.start - b.start);
    sitting.date ??= told.date;
    events.splice(events.indexOf(told), 1);
  }
}

/** An event's name: "summit: Donald Trump, Kim Jong Un — Singapore, 2018-06-12". */
export function eventName(kind: string, participantNames: string[], placeName: string | null, date: string | null): string {
  const label = EVENT_KIND_LABEL[kind] ?? kind;
  const who = participantNames.slice(0, 3).join(', ');
  const where = [placeName, date].filter(Boolean).join(', ');
  return `${label}${who ? `: ${who}` : ''}${where ? ` — ${where}` : ''}`;
}

/** Entity types a pronoun's antecedent is looked among (pronouns.ts): people, and the countries and bodies that may stand between. */
const PARTY_TYPES: ReadonlySet<string> = new Set(['Person', 'Country', 'Organization']);

/** The text the sentences cover, at its own offsets, for callers without the body (sentences are slices of it; gaps become spaces). */
function bodyOf(sentences: readonly Sentence[]): string {
  let body = '';
  for (const s of sentences) body = body.padEnd(s.start, ' ') + s.text;
  return body;
}

/** The `key` of the mentions this stage adds: a personal pronoun, a possessive one, a plural standing for a group. */
const PRONOUN_KEY = 'pronoun';
const POSSESSIVE_KEY = 'pronoun:possessive';
const GROUP_KEY = 'group';
/**
 * The sentence's mentions with its resolved personal pronouns among them, each standing as a mention of its person
 * where it is written: "She said she had met with Manafort" → she (Ina Kirsch) met Manafort; "they showed up to meet
 * him" → him (Trump). Possessives stay out ("his talks with Putin" is read by its own rule, POSSESSIVE_BEFORE), and so
 * does a "her" followed by a noun.
 */
function withPronouns(s: Sentence, mentions: LinkedMention[], refs: readonly PronounRef[]): LinkedMention[] {
  if (!refs.length) return mentions;
  const added: LinkedMention[] = refs.map((r) => {
    const text = s.text.slice(r.start - s.start, r.end - s.start);
    const word = text.toLowerCase();
    const possessive = word === 'his' || (word === 'her' && !OBJECT_HER_AFTER.test(s.text.slice(r.end - s.start, r.end - s.start + 12)));
    return { start: r.start, end: r.end, text, type: 'Person', key: possessive ? POSSESSIVE_KEY : PRONOUN_KEY, sentence: mentions[0]?.sentence ?? -1, entityId: r.id };
  });
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** A plural subject that stands for a pair or list named just before it, and the entity type of its members. */
const PLURAL_REFERENCE = /\b(?:(they|They)|(?:[Tt]he\s+two|[Bb]oth)\s+(?:(leaders|men|women|presidents|prime\s+ministers|ministers|foreign\s+ministers|diplomats|envoys|heads\s+of\s+state)|(countries|nations|governments)|(sides)))\b/g;
/** Between two members of one list, titles allowed after the conjunction: "Putin and Chinese President Xi Jinping". */
const LIST_LEAD = /^(?:,\s+(?:and\s+)?|,?\s+and\s+)/;

/**
 * The plurals of a sentence that stand for the list named last before them, in the sentence or the one before: "they"
 * for people, "the two leaders" / "both men" for people, "the two countries" for countries, "the two sides" for either.
 * The list must be the last of those names (a name after it leaves "they" unclear) and, for "the two", have two members.
 * Exists for: "Trump and Kim arrived in Singapore. The two leaders met on Tuesday."
 */
function pluralGroups(s: Sentence, previous: Sentence | undefined, linked: readonly LinkedMention[], mi: number, byId: Map<string, Entity>): { start: number; end: number; text: string; members: string[] }[] {
  if (s.text.search(PLURAL_REFERENCE) < 0) return [];
  const from = previous?.start ?? s.start;
  let k0 = mi;
  while (k0 > 0 && linked[k0 - 1].start >= from) k0--;
  const out: { start: number; end: number; text: string; members: string[] }[] = [];
  for (const m of s.text.matchAll(PLURAL_REFERENCE)) {
    const at = s.start + m.index!;
    const type = m[1] || m[2] ? 'Person' : m[3] ? 'Country' : undefined;
    const candidates: LinkedMention[] = [];
    for (let k = k0; k < linked.length && linked[k].end <= at; k++) {
      const t = byId.get(linked[k].entityId)?.type;
      if ((type ? t === type : t === 'Person' || t === 'Country') && linked[k].via !== 'demonym') candidates.push(linked[k]);
    }
    if (!candidates.length) continue;
    // The list ending with the last such name: members joined by "," / "and", titles allowed after the joint.
    const list = [candidates[candidates.length - 1]];
    for (let i = candidates.length - 2; i >= 0; i--) {
      const gap = textBetween(s, previous, candidates[i].end, list[0].start);
      const lead = LIST_LEAD.exec(gap);
      // The last joint is "and": "Merkel, like Tusk," lists nobody ("they" there were the EU leaders).
      if (!lead || !titleGap(gap.slice(lead[0].length - 1)) || (list.length === 1 && !/\band\s+$/.test(lead[0]))) break;
      list.unshift(candidates[i]);
    }
    const members = unique(list.map((x) => x.entityId));
    if (members.length < 2 || (!m[1] && members.length !== 2)) continue;
    // "they" after a list of people that is no subject ("Pompeo briefed Trump and Kim. They …") may be anyone: only a
    // list opening its sentence or clause, or in this sentence before it.
    if (m[1] && list[0].start < s.start && !OPENER_LEAD.test(textBetween(s, previous, previous!.start, list[0].start))) continue;
    out.push({ start: at, end: at + m[0].length, text: m[0], members });
  }
  return out;
}
/** The text between two offsets in a sentence or the one before it (gaps between sentences read as one space). */
function textBetween(s: Sentence, previous: Sentence | undefined, from: number, to: number): string {
  const piece = (x: Sentence) => x.text.slice(Math.max(from, x.start) - x.start, Math.max(Math.min(to, x.end) - x.start, 0));
  if (!previous || from >= s.start) return piece(s);
  return to <= previous.end ? piece(previous) : `${piece(previous)} ${piece(s)}`;
}

export interface Anchored {
  kind: string;
  triggers: Span[];
  participantIds: string[];
  locationId: string | null;
  date: string | null;
  status: EventStatus;
  /** When undated: the month or year before the publish month that the text places it in (see ownTime). */
  period?: string;
  /** A staged event anchored by its name alone ("the first presidential debate"): the ordinal telling it apart, or "". */
  series?: string;
  /** A presupposed sitting anchored by its place alone (see `placedSitting`): it is no mention of a sitting with parties. */
  placeOnly?: boolean;
}

/**
 * Two mentions of one kind in one article agree when their parties, places and days do not contradict, and a day is
 * lent only to parties it was said of: an undated mention that names a party the dated one does not ("a planned
 * meeting with South Korean officials Wednesday" … "Trump's eagerness to meet with Kim") is another event, or the
 * merged event would date the Trump–Kim plan by the officials' Wednesday.
 */
export function mentionsAgree(a: Pick<Anchored, 'participantIds' | 'locationId' | 'date' | 'period' | 'series'>, b: Pick<Anchored, 'participantIds' | 'locationId' | 'date' | 'period' | 'series'>): boolean {
  const [small, large] = a.participantIds.length <= b.participantIds.length ? [a.participantIds, b.participantIds] : [b.participantIds, a.participantIds];
  if (!small.every((p) => large.includes(p))) return false;
  if (a.locationId && b.locationId && a.locationId !== b.locationId) return false;
  if (a.date && b.date && a.date !== b.date) return false;
  // "the deal struck last year" is not the deal of another year, nor one dated outside that year.
  if (a.period && b.period && !a.period.startsWith(b.period) && !b.period.startsWith(a.period)) return false;
  if ((a.period && b.date && !b.date.startsWith(a.period)) || (b.period && a.date && !a.date.startsWith(b.period))) return false;
  if (!!a.date !== !!b.date) {
    const [dated, undated] = a.date ? [a, b] : [b, a];
    if (!undated.participantIds.every((p) => dated.participantIds.includes(p))) return false;
  }
  // Two party-less mentions must share a place or a day: "an attack in Paris" and "an attack on Tuesday" may differ;
  // two named alike by their series are one ("the first debate" … "the first presidential debate").
  if (!small.length && !large.length) return (!!a.locationId && a.locationId === b.locationId) || (!!a.date && a.date === b.date) || (a.series !== undefined && a.series === b.series);
  return true;
}

/**
 * The first trigger of the rule in the sentence whose clause anchors it, as an event (several when its clause lists
 * legs of a trip, each with its own day: see tripLegs); null when none is anchored; 'hypothetical' when the first
 * anchored one is only proposed, threatened or debated.
 */
function anchoredEvent(rule: EventRule, all: PhraseHit[], s: Sentence, sentenceMentions: LinkedMention[], byId: Map<string, Entity>, ref: Date | undefined, sentenceTriggers: Span[]): Anchored | Anchored[] | 'hypothetical' | null {
  const triggers = all.map((m) => ({ start: s.start + m.index!, end: s.start + m.index! + m[0].length, text: m[0] }));
  const captionDate = rule.family === 'contact' ? CAPTION_DATE.exec(s.text) : null;
  // Resolved possessive pronouns own a contact noun ("his meeting with Kim", read below); they are no party elsewhere.
  const possessives = sentenceMentions.filter((m) => m.key === POSSESSIVE_KEY);
  const mentions = possessives.length ? sentenceMentions.filter((m) => m.key !== POSSESSIVE_KEY) : sentenceMentions;
  for (const t of triggers) {
    // "never spoke with", "hadn't spoken to", "did not attend", "refused to meet": a negated verb reports no contact.
    // …but "had not interviewed him until the next day", "never met her until 2015": a past negation bounded by "until" tells when it happened.
    if (rule.family === 'contact' && VERB_TRIGGER.test(t.text) && negatedBefore(textBefore(s, t, 40)) && !(pastNegationBefore(textBefore(s, t, 40)) && UNTIL_AFTER.test(s.text.slice(t.end - s.start, t.end - s.start + 80)))) continue;
    const clause = clauseAround(s, t.start);
    // "Macron was received by Merkel": a passive reception is a meeting only with a person as its subject right before
    // it; "the Nobel Peace Prize was received by Obama" takes a thing (the rule's false friends see only the words).
    if (PASSIVE_RECEPTION.test(t.text) && /^\s+by\s/.test(s.text.slice(t.end - s.start, t.end - s.start + 4)) && !mentions.some((m) => typeOf(m, byId) === 'Person' && m.end <= t.start && m.start >= clause.start && PASSIVE_SUBJECT_GAP.test(s.text.slice(m.end - s.start, t.start - s.start)))) continue;
    const others = sentenceTriggers.filter((o) => o.start !== t.start);
    // Names that modify another trigger ("a Putin-Tillerson meeting" beside a forum) are that event's parties.
    const theirs = new Set(others.flatMap((o) => modifiersOf(s, o, mentions)));
    const inClause = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end && !theirs.has(m));
    // A caption's closing dateline ("… in Zurich, Switzerland, May 28, 2015") places and dates every event the caption
    // shows, across the clause breaks before it ("addresses a news conference after a UEFA meeting in Zurich, …").
    // Not for a bare verb with nobody named ("Mourners attend a vigil …": the vigil is the event, not a meeting).
    const dateline = t.end <= s.start + (captionDate?.index ?? -1) ? captionDate : null;
    // A call or a letter joins two places and takes none ("telephoned Netanyahu … about the situation in Gaza").
    const locationId = PLACELESS_KINDS.has(mediumKind(rule, t, s.text.slice(clause.start - s.start, clause.end - s.start)))
      ? null
      : (placeOf(rule, s, t, clause, inClause, byId, others) ?? (dateline && rule.family !== 'violence' ? datelineCountry(s, dateline.index!, mentions, byId) : null));
    let participantIds = partiesOf(rule, s, t, inClause, byId).filter((id) => id !== locationId && !(rule.family === 'violence' && cityOfPlace(id, locationId, byId)));
    // "Trump changed his mind after meeting with …": the gerund's subject is the person opening the sentence.
    // "were meeting", "have been meeting": a progressive in the past asserts the event as a past verb does.
    const gerundDone = /ing$/i.test(t.text) && DONE_BEFORE.test(textBefore(s, t, 12));
    // …but its clause may still make it hypothetical: "If Flynn was negotiating with the Russians".
    const progressive = /ing$/i.test(t.text) && PAST_PROGRESSIVE_BEFORE.test(textBefore(s, t, 16));
    // "Russia has managed to negotiate cuts", "succeeded in meeting": an implicative verb asserts its complement took place.
    const achieved = rule.family === 'contact' && VERB_TRIGGER.test(t.text) && IMPLICATIVE_BEFORE.test(textBefore(s, t, 40));
    // "Kerry asked Sharif, during a meeting this week", "… chat after a meeting": the clause presupposes a contact noun's event.
    // Not a gathering's: who walks "following the inauguration" of someone else may have watched it, or not (meet7's seed-1357 draw).
    const nounPresupposed = rule.family === 'contact' && rule.kind !== 'gathering' && !VERB_TRIGGER.test(t.text) && PRESUPPOSED_BEFORE.test(textBefore(s, t, 60));
    // "their meeting", "his talks with Putin": the possessive's antecedent in the sentence takes part, not the subject.
    const possessive = rule.family === 'contact' && !VERB_TRIGGER.test(t.text) ? POSSESSIVE_BEFORE.exec(textBefore(s, t, 40)) : null;
    const openers = (gerundDone || progressive || nounPresupposed) && rule.family === 'contact' && !possessive ? subjectsOf(s, t, mentions, byId) : [];
    const opener = openers[0];
    if (openers.length) participantIds = unique([...openers, ...participantIds]);
    // "In a phone call on Saturday, Kerry told Cavusoglu …", "After a meeting at the White House, Obama said": a fronted
    // phrase's contact noun is the main clause's subject's, and its addressee's.
    const fronted = rule.family === 'contact' && !VERB_TRIGGER.test(t.text) ? frontedSubject(s, t, mentions, byId) : [];
    for (const id of fronted) if (!participantIds.includes(id) && id !== locationId) participantIds.push(id);
    // "Schiff said in a telephone interview", "Trump told a rally in Albany": who reports from a contact takes part in it.
    const reporters = rule.family === 'contact' && !VERB_TRIGGER.test(t.text) && !DOCUMENT_KINDS.has(rule.kind) ? unique([...reportersOf(s, t, mentions, byId), ...asideReportersOf(s, t, mentions, byId)]) : [];
    for (const id of reporters) if (!participantIds.includes(id) && id !== locationId) participantIds.push(id);
    if (possessive) {
      const people = mentions.filter((m) => typeOf(m, byId) === 'Person' && m.end <= t.start).map((m) => m.entityId);
      // "his"/"her": the person the pronoun resolver takes it for (pronouns.ts), else the nearest person named
      // ("Moon thanked Pompeo for coming after his meeting with Kim"); "their": everyone named before.
      const at = t.start - textBefore(s, t, 40).length + possessive.index;
      const resolved = possessives.find((m) => m.start === at);
      const named = mentions.filter((m) => typeOf(m, byId) === 'Person' && m.end <= t.start && m.key !== PRONOUN_KEY).map((m) => m.entityId);
      const antecedents = possessive[1].toLowerCase() === 'their' ? unique(people) : resolved ? [resolved.entityId] : named.slice(-1);
      participantIds = unique([...antecedents, ...participantIds]).filter((id) => id !== locationId);
    }
    const clauseText = s.text.slice(clause.start - s.start, clause.end - s.start);
    const support = SUPPORT_OF_RULE.get(rule)!;
    // "agreed to a ceasefire", "Wednesday's announced truce": a verb that makes the thing asserts it, past tense as it is.
    const before = textBefore(s, t, 60);
    const supportAt = VERB_TRIGGER.test(t.text) ? -1 : supportVerbAt(before, support.asserting);
    // "has not agreed to a ceasefire", "refused to sign a deal": a negated support verb asserts nothing.
    const supported = supportAt >= 0 && !negatedBefore(before.slice(0, supportAt));
    // "a deal" is an event only when a verb makes it ("brokered a deal with Iran"); wished, promised or debated deals are not.
    if (rule.supportOnly?.includes(t.text.toLowerCase()) && !supported) continue;
    // "the North American Free Trade Agreement": a document's name; only a verb that makes it makes an event of it.
    if (rule.namedNeedSupport && !supported && DOCUMENT_NAME_BEFORE.test(before) && /^\p{Lu}/u.test(t.text)) continue;
    let status = PAST_VERB_TRIGGER.test(t.text) || gerundDone || achieved || supported || reporters.length ? 'happened' : statusOf(s, t, clause);
    // "after meeting Chinese officials": a gerund after "after" / "since" presupposes the event, as a past verb asserts it.
    // A presupposed noun asserts its event only for the subject it is told of: any other name in the clause may be no party.
    // A report set in a contact presupposes it, as "after the meeting" does: "said in an interview" tells of one that took place.
    // "to meet with outgoing President Barack Obama", "the call with the leader of Australia": a counterpart the grammar
    // ties to the trigger names the contact even when its other side goes unnamed (a pronoun, a bare surname).
    // A demonym stands for its country only before a group noun ("Chinese officials"), not "two American doctors", nor
    // "pro-Russian leaders" (separatists, not Russia: seed 5359 draw, meet12).
    const partyMentions = inClause.filter((m) => m.entityId !== locationId && PARTY_TYPES.has(typeOf(m, byId) ?? '') && (m.via !== 'demonym' || ((GROUP_NOUN_AFTER.test(s.text.slice(m.end - s.start, m.end - s.start + 16)) || unnamedOfficeAfter(s, m, inClause)) && !/\b(?:pro|anti)-$/i.test(textBefore(s, m, 5)))));
    // "sources who spoke to Reuters": who speaks to a news outlet gives an interview; only that kind takes the outlet as its other side.
    const counterpartMentions = rule.kind === 'interview' ? partyMentions : partyMentions.filter((m) => !MEDIA_OUTLET_NAMES.has(byId.get(m.entityId)?.name ?? '') && !MEDIA_OUTLET_NAMES.has(m.text));
    // A visit's object is a place, but a person visited is met: "Tsarnaev visits Silva", "visited Merkel in Berlin" —
    // the verb's object only, not "a trip to Europe, Tillerson …" nor an attributive "with visiting Prime Minister X" (the visitor).
    const personVisited = rule.kind === 'visit' && VISIT_VERB.test(t.text) && !ATTRIBUTIVE_VISITING_BEFORE.test(textBefore(s, t, 20));
    const counterparts =
      rule.family !== 'contact' ? [] : !NO_COUNTERPART_KINDS.has(rule.kind) ? tiedCounterparts(s, t, counterpartMentions) : personVisited ? tiedCounterparts(s, t, counterpartMentions.filter((m) => typeOf(m, byId) === 'Person' && !modifiesNoun(s, m))) : [];
    for (const id of counterparts) if (!participantIds.includes(id)) participantIds.push(id);
    const counterpart = counterparts.length > 0;
    // "Trump took time to discuss America's military prowess", "Corey also discussed news reports": a discussion needs
    // its two sides in the clause (a second party, or a group); one speaker and a topic is a speech, no meeting.
    // (The other side may go unnamed: "discussed the sanctions with the Russian ambassador", "Merkel and Obama discussed".)
    if (DISCUSS_VERB.test(t.text) && participantIds.length < 2 && !participantIds.some((id) => id.startsWith('group:')) && !DISCUSS_WITH_AFTER.test(s.text.slice(t.end - s.start, clause.end - s.start)) && !/\swith\s/.test(s.text.slice(clause.start - s.start, t.start - s.start)) && !/\sand\s/.test(s.text.slice(clause.start - s.start, t.start - s.start))) continue;
    // "Khalilzad has been holding peace talks with the militia", "Flynn held talks with the Russians": a light verb in the
    // past (or a progressive) whose object is an in-person noun taking "with" asserts it as "met with" does, for the subject
    // it ties (partiesOf), the other side unnamed or not; "Merkel held a meeting." alone names no one met.
    const heldAt = rule.family === 'contact' && IN_PERSON.has(rule.kind) && !VERB_TRIGGER.test(t.text) && HELD_WITH_AFTER.test(s.text.slice(t.end - s.start, clause.end - s.start)) ? supportVerbAt(before, HELD_VERBS) : -1;
    const held = heldAt >= 0 && !negatedBefore(before.slice(0, heldAt)) && !MODAL_BEFORE.test(before.slice(0, heldAt));
    // A presupposed sitting with no party named is asserted for its place alone ("the bickering that erupted during an
    // emergency meeting between militia commanders in the northern Aleppo countryside"): no one is made a party of it.
    // Not a forum or a conference, whose speakers are no sides ("during a forum at The Newseum in Washington").
    const placedSitting = nounPresupposed && !participantIds.length && SITTING_KINDS.has(rule.kind);
    const asserted = PAST_VERB_TRIGGER.test(t.text) || gerundDone || achieved || progressive || held || (nounPresupposed && (!!opener || !!possessive || fronted.length > 0)) || placedSitting || reporters.length > 0 || counterpart;
    // "the first presidential debate": a staged event named as one of its series anchors itself (EventRule.series).
    const series = seriesOf(rule, s, t);
    // A day only adds to anchoring: a trigger not anchored even with one needs no date read (chrono is the costly part).
    if (!anchored(rule.family, participantIds.length, !!locationId, true, asserted) && series === null) continue;
    // A day in a clause that announces, plans or cancels the event is the day of that news, not of the event: only a
    // day on or after the publish date ("will meet on June 12") dates an event still to come.
    const dated: DatedTrigger = { start: t.start - clause.start, end: t.end - clause.start, verb: VERB_TRIGGER.test(t.text), support };
    // "When Xi meets with Trump on Thursday": a present-tense verb with a day of its own is scheduled, not reported.
    const scheduledDay = ref && (status === 'happened' || status === 'planned') ? scheduledDayOf(t.text, clauseText, ref, dated) : null;
    const time = !scheduledDay && ref ? ownTime(clauseText, ref, dated, status !== 'happened') : null;
    const date = notAnAnniversary(clauseText, dated.start, scheduledDay ?? (time && 'day' in time ? time.day : null));
    // "a deal struck last year", "the 2015 agreement": no day, but not the publish day either.
    const period = !date && status === 'happened' && time && 'period' in time ? time.period : null;
    if (scheduledDay) status = 'planned';
    // A day the text names anchors the event even when there is no publish date to resolve it against.
    const hasDay = date !== null || (!ref && DAY_WORD.test(clauseText));
    const captionDay = dateline && status === 'happened' && (participantIds.length || !VERB_TRIGGER.test(t.text)) ? datelineDay(dateline[1]) : null;
    if (anchored(rule.family, participantIds.length, !!locationId, hasDay, asserted) || series !== null) {
      if (status === 'hypothetical') return status;
      const event: Anchored = { kind: mediumKind(rule, t, clauseText), triggers, participantIds, locationId, date: date ?? captionDay, status, ...(period && !captionDay ? { period } : {}), ...(series !== null ? { series } : {}), ...(placedSitting && !participantIds.length ? { placeOnly: true } : {}) };
      return (ref && rule.family === 'contact' && tripLegs(s, t, clause, inClause, event, ref, support, triggers)) || event;
    }
    if (captionDay && anchored(rule.family, participantIds.length, !!locationId, true, asserted)) return { kind: mediumKind(rule, t, clauseText), triggers, participantIds, locationId, date: captionDay, status: 'happened' };
  }
  return null;
}

/** The ordinal of a staged event named as one of its series ("the first presidential debate": "first"), "" for a series of one, null when not so named. */
function seriesOf(rule: EventRule, s: Sentence, t: Span): string | null {
  if (!rule.series || rule.series.notAfter.test(s.text.slice(t.end - s.start, t.end - s.start + 24))) return null;
  const named = rule.series.before.exec(textBefore(s, t, 80));
  return named ? (named[1] ?? '').toLowerCase() : null;
}

/** The verb "discuss" in its forms (not the noun "discussions"). */
const DISCUSS_VERB = /^discuss(?:es|ed|ing)?$/i;
/** A "with" phrase after the verb's object, in its clause: "discussed the sanctions with the Russian ambassador". */
const DISCUSS_WITH_AFTER = /^[^.;]{0,80}?\swith\s/;

/** Kinds whose "with" names a topic or co-attendance rather than the other side of a contact: "a rally with supporters", "a conference with 40 nations". */
// A visit's object is where one goes ("visiting the White House", "a trip to Mozambique"), a place, not a counterpart.
const NO_COUNTERPART_KINDS: ReadonlySet<string> = new Set(['gathering', 'conference', 'debate', 'press_conference', 'agreement', 'ceasefire', 'visit']);
/** Between a contact trigger and its counterpart: "with" / "between" for a noun ("talks with", "a call between"), nothing or "with" after a verb ("met Putin", "meet with"). */
const COUNTERPART_LEAD_NOUN = /^\s+(?:with|between)\s/i;
const COUNTERPART_LEAD_VERB = /^\s+(?:with\s)?/i;
const COUNTERPART_LEAD_WITH = /^\s+with\s/i;
/** Contact verbs whose direct object is the other side: "met Putin", "interviewed Comey", "phoned Merkel", "hosted Abe". */
const OBJECT_IS_COUNTERPART = /^(?:meet|meets|met|meeting|interview(?:s|ed|ing)?|phoned|telephoned|greet(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|host(?:s|ed|ing)?|visit(?:s|ed|ing)?)$/i;
/** A parenthetical aside right after a trigger, which the grammar reads past. */
const PARENTHESIS_LEAD = /^\s*\([^()]{0,80}\)/;
/**
 * The trigger's counterparts by grammar: the object of a contact verb ("to meet German
 * Chancellor Angela Merkel"), the name after a contact noun's "with" or "between" ("a call between Trump and Japanese
 * Prime Minister Shinzo Abe"), titles allowed between, or the country of an office after it ("the call with the
 * leader of Australia"). Such a party anchors the contact alone: the text says who was met, even when the other side
 * is a pronoun or a name the tagger missed.
 */
/** A country's office after its demonym or possessive with no holder named right after it: "Russian officials", "the
 *  Russian foreign minister" stand for the country; in "North Korean leader Kim Jong Un" the holder is the party. */
function unnamedOfficeAfter(s: Sentence, m: LinkedMention, others: readonly LinkedMention[]): boolean {
  const office = OFFICE_AFTER_PARTY.exec(s.text.slice(m.end - s.start, m.end - s.start + 40));
  if (!office) return false;
  const end = m.end + office[0].length;
  return !others.some((p) => p.entityId.startsWith('person:') && p.start > end && p.start <= end + 2 && s.text.slice(end - s.start, p.start - s.start).trim() === '');
}

function tiedCounterparts(s: Sentence, t: Span, parties: LinkedMention[]): string[] {
  const before = textBefore(s, t, 40);
  // "the meeting with Kim" is a noun after its determiner; "meeting Kim", "to meet with Kim" are verbs.
  const verb = VERB_TRIGGER.test(t.text) || (VERB_OR_GERUND.test(t.text) && !ANY_DETERMINER_BEFORE.test(before));
  // A noun counterpart only for a contact the text points at ("the call with", "his meeting with"): "talks with Iran
  // are the only way", "a meeting with Kim would be historic" name a kind of contact or a wish, none that took place.
  // Not "a meeting between Kim and Trump" either: an indefinite noun is as often a meeting hoped for (seed 5353 draw, meet12).
  if (!verb && !DEFINITE_BEFORE.test(before)) return [];
  // "Israel would negotiate with any Hamas-backed government", "it's impossible to negotiate with": a modal's verb, or
  // one after a judgement of possibility, names no contact that took place.
  if (verb && (MODAL_BEFORE.test(before) || POSSIBILITY_BEFORE.test(before))) return [];
  // "expected to hold meetings … before negotiating with Mr. Trump": a gerund after "before" is as real as the clause
  // before it, whose plan or wish its own clause does not see.
  if (/\bbefore\s+$/i.test(before) && EVENT_STATUS_RULES.some((r) => !r.both && r.before.test(textBefore(s, t, STATUS_LOOKBACK)))) return [];
  const clause = clauseAround(s, t.start);
  if (UNREAL_AFTER.test(s.text.slice(t.end - s.start, clause.end - s.start))) return [];
  // "spoke to", "talked with": a verb of speaking alone may be a call, a meeting or an interview, and "speaks to how …"
  // is no speaking at all (seed 5353 draw): it keeps needing both sides named.
  if (SPEAKING_VERB.test(t.text)) return [];
  const takesWith = /\s(?:with|to|between)$/i.test(t.text);
  return unique(parties.filter((m) => {
    if (m.start < t.end) return false;
    // "between Putin and a Trump administration Cabinet member", "interviewed the then-Trump administration national
    // security adviser": a name modifying a noun is no party (a body's "officials" or "leaders" stand for it).
    // …nor one in a hyphenated modifier: "a Hamas-backed government", "U.S.-led forces".
    const after = s.text.slice(m.end - s.start, m.end - s.start + 16);
    const gap = s.text.slice(t.end - s.start, m.start - s.start);
    // "met Russian officials", "hosted her French counterpart", "met Russia's foreign minister": a country's office is the country.
    if (m.entityId.startsWith('country:') && unnamedOfficeAfter(s, m, parties)) {
      const lead = (verb ? (OBJECT_IS_COUNTERPART.test(t.text) ? COUNTERPART_LEAD_VERB : COUNTERPART_LEAD_WITH) : COUNTERPART_LEAD_NOUN).exec(gap);
      return (!!lead || takesWith) && OFFICE_DETERMINER_GAP.test(gap.slice(takesWith ? gap.length - gap.trimStart().length : lead![0].length).replace(/^\s+/, ''));
    }
    // …nor a possessor: "Nato welcomes Ukraine’s aspirations" welcomes the aspirations (seed 5353 draw, meet12).
    if (ATTRIBUTIVE_HEAD.test(after) || /^-\p{Ll}/u.test(after) || /^['’]s?\s/.test(after) || (!m.entityId.startsWith('person:') && modifiesNoun(s, m) && !GROUP_NOUN_AFTER.test(after))) return false;
    if (OFFICE_OF_BEFORE.test(textBefore(s, m, 60)) && gap.length <= 60 && !gap.includes(',')) return true;
    // A parenthesis right after the trigger is an aside: "the call (Sunday evening U.S. time) between".
    const plain = gap.replace(PARENTHESIS_LEAD, ' ');
    // Only verbs whose object is whom one meets take it bare: "met Putin", not "discussed Syria" (a topic).
    const lead = takesWith ? /^\s+/.exec(plain) : (verb ? (OBJECT_IS_COUNTERPART.test(t.text) ? COUNTERPART_LEAD_VERB : COUNTERPART_LEAD_WITH) : COUNTERPART_LEAD_NOUN).exec(plain);
    if (!lead) return false;
    // "between Trump and Japanese Prime Minister Shinzo Abe": the second of the pair, whether or not the first was tagged.
    const pair = /^\s+between\s/i.test(lead[0]) || /\sbetween$/i.test(t.text);
    const rest = plain.slice(lead[0].length);
    const title = (gap: string) => titleGap(gap) && !NO_TITLE_WORD.test(gap) && !/(?:^|\s)[-–—:]/.test(gap);
    return title(rest) || (pair && title(rest.replace(BETWEEN_FIRST, '')));
  }).map((m) => m.entityId));
}
const MEDIA_OUTLET_NAMES: ReadonlySet<string> = new Set(MEDIA_OUTLETS);
/** Verbs of speaking that name no medium: "spoke to", "talked with", "speaks to" (the call rule's, bar "by phone"). */
const SPEAKING_VERB = /^(?:spoke|spoken|speaks|speaking|talked|talks|talking|chatted|chats|chatting)\s+(?:with|to)$/i;
/** Words that open a clause or stand for a noun, which no title holds: "meet with how …", "spoke to what …". */
const NO_TITLE_WORD = /\b(?:how|what|why|whether|where|when|which|who|whom|that|this|these|those|it|them|him|her|us|me|you|its|their|our|like|such)\b/i;
/** A judgement of possibility before a verb trigger: "impossible to negotiate with", "unable to meet". */
const POSSIBILITY_BEFORE = /\b(?:impossible|possible|unlikely|unable|hard|difficult|reluctant|refuses|refused|refusing)\s+to\s+$/i;
/** The first of a "between" pair, a capitalised name, up to its "and": "between Trump and " + Abe. */
const BETWEEN_FIRST = /^(?:(?:\p{Lu}[\p{L}.’'-]*|of|the)\s+){1,6}and\s+/u;
/** A determiner or possessive that points a noun trigger at one contact: "the call", "his meeting", "Trump's talks", "their first meeting". */
// Not "that", which as often opens a clause: "disagree with the claim that negotiations with the Taliban will …" (seed 5353 draw).
// The words between are the noun's modifiers, no preposition or clause word ("the claim that " + negotiations is no determiner).
const DEFINITE_BEFORE = /(?:\b(?:the|this|these|those|his|her|their|its|our|my|your)|\p{L}['’]s?)\s+(?:(?!(?:that|which|who|whom|whose|of|to|for|with|and|or|in|on|at|by|from|about|over|than|as)\s)[\p{L}\d-]+\s+){0,2}$/iu;
/** A modal right before a verb trigger, perhaps with an adverb: "would negotiate", "could meet", "might still talk". */
const MODAL_BEFORE = /\b(?:would|could|might|may|should|must|can|cannot|can['’]t|won['’]t|wouldn['’]t|couldn['’]t)\s+(?:\p{Ll}+ly\s+|not\s+|never\s+|still\s+|also\s+)?["“]?$/iu;
/** Any determiner right before a trigger, which makes an -ing word a noun: "a meeting", "the meeting". */
const ANY_DETERMINER_BEFORE = /\b(?:a|an|the|this|that|his|her|their|its|our|my|your|any|no|every|each)\s+(?:[\p{L}\d-]+\s+){0,2}$/iu;
/** Words after a trigger that make its contact unreal: "a meeting with Kim would be historic", "is possible". */
const UNREAL_AFTER = /\b(?:would|could|might|may|possible|possibility|unlikely|likely|impossible|hypothetical)\b/i;

/** Contact kinds that are texts in force as much as acts: "said in the agreement" quotes the text, not a party at a table. */
const DOCUMENT_KINDS: ReadonlySet<string> = new Set(['agreement', 'ceasefire']);
/**
 * A verb of reporting whose setting is the contact noun right after it: "said in an interview", "said at a news
 * conference with", "told Reuters in an interview", "told a rally", "said during talks". The words between the
 * preposition and the noun are a determiner and modifiers, no preposition ("said in response to the talks" is no setting).
 */
const REPORT_SETTING_BEFORE =
  /\b(?:(?:said|says|added|adds|explained|noted|insisted|stressed|declared|argued|warned|recalled|acknowledged|admitted|conceded)\s+(?:\p{Lu}[\p{L}.’'&-]*\s+){0,4}(?:in|at|during|on)\s+|(?:told|tells)\s+(?:(?:the\s+)?\p{Lu}[\p{L}.’'&-]*\s+){0,4}(?:(?:in|at|during|on)\s+)?)(?:(?:a|an|the|his|her|their|its|this|that)\s+)?(?:(?!(?:to|of|about|for|over|with|after|before|on|in|at)\s)[\p{Ll}-]+\s+){0,2}$/u;
/**
 * Who reports from a contact named as the setting of the report (REPORT_SETTING_BEFORE): the speaker right before the
 * verb ("Schiff said", a resolved "he said"), and the names between the verb and the setting — an addressee ("told
 * Reuters") or an inverted speaker ("said Trump at a rally").
 */
function reportersOf(s: Sentence, t: Span, mentions: LinkedMention[], byId: Map<string, Entity>): string[] {
  const before = textBefore(s, t, 120);
  const setting = REPORT_SETTING_BEFORE.exec(before);
  if (!setting) return [];
  const verbAt = t.start - before.length + setting.index;
  const party = (m: LinkedMention) => ['Person', 'Organization', 'Country'].includes(typeOf(m, byId) ?? '');
  const speaker = mentions.filter((m) => party(m) && m.end <= verbAt && /^[\s,”"’]*$/.test(s.text.slice(m.end - s.start, verbAt - s.start))).pop();
  const between = mentions.filter((m) => party(m) && m.start >= verbAt && m.end <= t.start);
  return unique([...(speaker ? [speaker] : []), ...between].map((m) => m.entityId));
}
/** A contact noun in a comma-bounded setting between a subject and its verb of reporting: "Werapong, at the rally at the monument, said". */
const SETTING_ASIDE_BEFORE = /,\s+(?:in|at|during)\s+(?:(?:a|an|the|his|her|their|its|this|that)\s+)?(?:(?!(?:to|of|about|for|over|with|after|before|on|in|at)\s)[\p{Ll}-]+\s+){0,2}$/u;
const SETTING_ASIDE_AFTER = /^[^,;:.!?“”"]{0,60},\s+(?:said|says|told|tells|added|adds|explained|noted|insisted|stressed|declared|argued|warned|recalled|acknowledged|admitted|conceded)\b/;
/**
 * Who reports from a contact told as an aside between the subject and its verb ("Werapong, at the rally at the monument,
 * said"; "Kerry, in a telephone interview, told …"): the party right before the aside's comma, as "said at a rally" has it.
 */
function asideReportersOf(s: Sentence, t: Span, mentions: LinkedMention[], byId: Map<string, Entity>): string[] {
  const before = textBefore(s, t, 60);
  const aside = SETTING_ASIDE_BEFORE.exec(before);
  if (!aside || !SETTING_ASIDE_AFTER.test(s.text.slice(t.end - s.start, t.end - s.start + 120))) return [];
  const commaAt = t.start - before.length + aside.index;
  const speaker = mentions.filter((m) => ['Person', 'Organization', 'Country'].includes(typeOf(m, byId) ?? '') && m.end <= commaAt && /^[\s”"’]*$/.test(s.text.slice(m.end - s.start, commaAt - s.start))).pop();
  return speaker ? [speaker.entityId] : [];
}

/** A capitalised word (a name's, perhaps hyphenated) right before a capitalised trigger: "Free Trade " + Agreement, "Mexico-Canada " + Agreement; or the name's bracketed acronym, "Nuclear Forces (INF) " + Treaty. */
const DOCUMENT_NAME_BEFORE = /\S\s*(?:\p{Lu}[\p{L}.’'-]*|\(\p{Lu}[\p{L}.’'-]*\))[\s-]$/u;

/** Words a gapped leg of a list may hold besides its names and its day: "…, Merkel on Wednesday and Putin on Friday". */
const LEG_WORDS = new Set(['and', 'then', 'later', 'finally', 'with', 'on', 'the', 'of', ...ROLE_GAP_WORDS]);

/**
 * The legs of a trip told in one clause, each with its own day and counterpart: "Hollande will meet Obama on Tuesday,
 * then meet with Merkel on Wednesday and travel to Moscow to meet with Putin on Thursday", or, gapped, "will meet
 * Obama on Tuesday, Merkel on Thursday and Putin on Friday". A day after the trigger closes a leg; every leg after the
 * first must repeat the trigger (coordinated verb phrases) or hold only its names, titles and list words (gapping), and
 * name a party of its own, and the days must follow one another; the subject (a party named before the trigger) takes
 * part in every leg. Each leg is one
 * meeting of its own day, and its place only when the leg names it. Null when the clause is no such list (one day; a
 * second day with nobody of its own: "met Kim on Tuesday and again on Wednesday"; a day of another verb).
 */
function tripLegs(s: Sentence, t: Span, clause: { start: number; end: number }, mentions: LinkedMention[], event: Anchored, ref: Date, support: SupportVerbs, triggers: Span[]): Anchored[] | null {
  const after = s.text.slice(t.end - s.start, clause.end - s.start);
  if (!DAY_WORD.test(after)) return null;
  const days = chrono
    .parse(after, { instant: ref, timezone: 0 }, { forwardDate: false })
    .filter((r) => (r.start.isCertain('day') || r.start.isCertain('weekday')) && !COARSE_TIME.test(r.text))
    .map((r) => ({ start: t.end + r.index, end: t.end + r.index + r.text.length, text: r.text }));
  if (days.length < 2) return null;
  const ownAt = (id: string) => mentions.filter((m) => m.entityId === id && m.start >= t.start).map((m) => m.start);
  const subject = event.participantIds.filter((id) => !ownAt(id).length);
  const seen = new Set(subject);
  const legs: Anchored[] = [];
  for (const [i, day] of days.entries()) {
    const from = i ? days[i - 1].end : t.start;
    const to = i === days.length - 1 ? clause.end : day.end;
    const repeated = triggers.find((x) => x.start >= from && x.end <= day.start);
    const gapped = i > 0 && !repeated && gappedLeg(s, from, day.start, mentions);
    if (i && !repeated && !gapped) return null;
    // A gapped leg's names are the verb's objects, though no list joins them to the first one ("Obama on Tuesday, Merkel").
    const candidates = gapped ? unique(mentions.filter((m) => m.start >= from && m.end <= day.start && m.type !== 'Unknown').map((m) => m.entityId)) : event.participantIds;
    const own = candidates.filter((id) => !seen.has(id) && ownAt(id).some((at) => at >= from && at < to));
    own.forEach((id) => seen.add(id));
    const date = dayIn(day.text, ref, { start: 0, end: 0, verb: true, support }, event.status !== 'happened');
    // Legs follow one another: a day not after the last leg's is no leg of this list.
    if (!own.length || !date || legs.some((l) => l.date! >= date)) return null;
    const place = event.locationId && mentions.some((m) => m.entityId === event.locationId && m.start >= (i ? from : clause.start) && m.end <= to) ? event.locationId : null;
    const { period: _undated, ...base } = event;
    legs.push({ ...base, triggers: [repeated ?? t], participantIds: [...subject, ...own], locationId: place, date });
  }
  return legs;
}

/** Whether [from, to) of the sentence holds nothing but names, titles and list words: a gapped leg ("…, Merkel on Wednesday"). */
function gappedLeg(s: Sentence, from: number, to: number, mentions: LinkedMention[]): boolean {
  let text = s.text.slice(from - s.start, to - s.start);
  for (const m of mentions.filter((x) => x.start >= from && x.end <= to).sort((a, b) => b.start - a.start)) text = text.slice(0, m.start - from) + ' ' + text.slice(m.end - from);
  return text.split(/[\s,]+/).every((w) => !w || LEG_WORDS.has(w.toLowerCase()) || /^\p{Lu}[\p{L}.’'-]*$/u.test(w));
}

/**
 * A party of a strike or an attack that is the very city the event's place was read from, recognised as an
 * organisation or a person: "the Paris attacks" names where they were, not who carried them out ("Paris" taken for a
 * body kept the undated look-backs of 2015-11-13 apart from the attacks' node). A country ("Moscow's strikes": Russia,
 * by its capital) stays a party. Contact events keep such a party for now: "attended the Brussels summit" is anchored
 * by it (meet gold), and a place alone does not anchor a contact noun.
 */
function cityOfPlace(id: string, locationId: string | null, byId: Map<string, Entity>): boolean {
  const e = byId.get(id);
  if (!locationId || !e || e.type === 'Country') return false;
  const code = COUNTRY_BY_CITY.get(e.name);
  return !!code && `country:${code}` === locationId;
}

/** The trigger is what an anniversary is of: "the 11th anniversary of the Sept. 11 " + attacks. */
const ANNIVERSARY_OF_BEFORE = /\banniversar(?:y|ies)\s+of\s+(?:the\s+)?(?:[\p{L}\d.’'\/-]+\s+){0,4}$/u;
/** A day that names an anniversary: "on the 9/11 anniversary", "the Sept. 11 anniversary". */
const DAY_ANNIVERSARY = /(?:\b\d{1,2}\/\d{1,2}|\b\d{1,2}(?:st|nd|rd|th)?)\s+anniversar(?:y|ies)\b/i;
const YEARS_WRITTEN = /\b(?:19|20)\d\d\b/g;
/**
 * An anniversary's month and day are not its event's: an event that is what an anniversary is of ("killed on the 11th
 * anniversary of the Sept. 11 attacks", said in November 2012, is no 9/11 of 2012), or told in a clause whose day
 * names an anniversary ("an attack in Benghazi on the 9/11 anniversary", said in 2014, is not of 2013), is dated only
 * by a day whose year the clause writes. Not an event merely beside an anniversary ("the Sept. 11 attack on the
 * consulate fell on the anniversary of 9/11": its own day).
 */
function notAnAnniversary(clauseText: string, triggerAt: number, date: string | null): string | null {
  if (!date || !(ANNIVERSARY_OF_BEFORE.test(clauseText.slice(Math.max(0, triggerAt - 60), triggerAt)) || DAY_ANNIVERSARY.test(clauseText))) return date;
  return [...clauseText.matchAll(YEARS_WRITTEN)].some((y) => y[0] === date.slice(0, 4)) ? date : null;
}

/** Kinds of contact at a distance: a phone call or a letter has no one place; a place in its clause is a topic's. */
const PLACELESS_KINDS: ReadonlySet<string> = new Set(['call', 'correspondence']);

/** The present tense of a verb trigger: "meets", "meet with", "talks to" (not "met", "meeting", "talked"). */
const PRESENT_VERB_TRIGGER = /^(?:meets?(?:\s+(?:with|up))?|speaks\s+(?:with|to)|negotiates|confers)$/i;
/** A word before a bare verb that makes it no finite present: "to meet", "will meet", "did not meet", "could meet". */
const NOT_FINITE_BEFORE = /\b(?:to|will|would|shall|should|can|could|may|might|must|did|does|do|didn['’]t|doesn['’]t|don['’]t|not|never|cannot|and\s+then)\s+$/i;

/**
 * The day of a present-tense verb trigger that names a day of its own still to come: the simple present with a time
 * adverbial is the scheduled future ("When Xi meets with Trump on Thursday", said on Tuesday; "when Hollande meets
 * with Putin Friday"), not the past weekday a reported event would take. Null when the verb is not in the present,
 * names no day, or its day is today or past ("Trump meets Kim today"; a caption's "meets Putin, Monday, June 18, 2012").
 */
function scheduledDayOf(trigger: string, clauseText: string, ref: Date, dated: DatedTrigger): string | null {
  if (!PRESENT_VERB_TRIGGER.test(trigger.trim()) || NOT_FINITE_BEFORE.test(clauseText.slice(Math.max(0, dated.start - 20), dated.start))) return null;
  const ahead = dayIn(clauseText, ref, dated, true);
  if (ahead) return ahead;
  // A bare weekday ("meet Monday" said on a Wednesday) that chrono took for the nearer past one: the coming one.
  const past = dayIn(clauseText, ref, dated);
  if (!past || past >= ref.toISOString().slice(0, 10) || !BARE_WEEKDAY.test(clauseText) || MONTH_OR_NUMBER_DAY.test(clauseText)) return null;
  const next = new Date(Date.parse(`${past}T00:00:00Z`) + 7 * 86_400_000);
  return clauseText.includes(WEEKDAY_NAMES[next.getUTCDay()]) ? next.toISOString().slice(0, 10) : null;
}
const BARE_WEEKDAY = new RegExp(`\\b(?:${WEEKDAY_NAMES.join('|')})\\b`);
/** A month or a numbered day in the clause: its day is a date, not a bare weekday. */
const MONTH_OR_NUMBER_DAY = new RegExp(`\\b(?:${MONTH_NAMES.join('|')}|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\b`);

/** A caption's closing date with its year, after a comma: ", May 28, 2015." (VOA and AP captions end so). */
const CAPTION_DATE = /,\s+((?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d\d)\.?["”)]?\s*$/;
/** The country of a caption's dateline: named right before its date, after a town ("in Zurich, Switzerland, May 28, 2015"). */
function datelineCountry(s: Sentence, dateAt: number, mentions: LinkedMention[], byId: Map<string, Entity>): string | null {
  const country = mentions.find((m) => typeOf(m, byId) === 'Country' && m.via !== 'demonym' && m.end - s.start <= dateAt && /^\s*$/.test(s.text.slice(m.end - s.start, dateAt)) && TOWN_OF_COUNTRY_BEFORE.test(textBefore(s, m, 60)));
  return country?.entityId ?? null;
}
/** The day of a caption's date ("May 28, 2015", "Sept. 22, 2016"). */
function datelineDay(text: string): string | null {
  const day = chrono.strict.parseDate(text.replace(/\bSept\./, 'Sep.'), new Date(Date.UTC(2000, 0, 1)));
  return day ? `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}` : null;
}

/** The kind a medium-free contact word takes from the medium its clause names ("discussed by phone" → call), else its rule's. */
function mediumKind(rule: EventRule, t: Span, clauseText: string): string {
  if (rule.kind !== 'meeting') return rule.kind;
  return CONTACT_MEDIA.find((m) => m.triggers.test(t.text) && m.cue.test(clauseText))?.kind ?? rule.kind;
}

/**
 * Anchored enough to be a real event: a strike or an attack by one party, place or day; a vote or a protest by its
 * country ("the vote on Tuesday" may be anywhere, even in a parliament). A contact
 * is between parties: it needs two of them, or one with a place or a day, or a place and a day — or one party that
 * is the subject of a past-tense verb, which asserts the event happened ("Tillerson met with …"), where a noun may be generic
 * ("U.S. demands in negotiations", "the agreement": no event a reader could find).
 */
function anchored(family: EventFamily, parties: number, place: boolean, day: boolean, verb: boolean): boolean {
  if (family === 'civic') return place;
  if (family === 'violence') return parties > 0 || place || day;
  // "officials from the two countries met in Moscow": a past verb with a place asserts a meeting a reader can find.
  return parties >= 2 || (parties === 1 && (place || day || verb)) || (place && (day || verb));
}

/** A sentence opened by a prepositional phrase around a noun trigger, up to its comma: "In a phone call on Saturday,". */
// A sentence adverb may open it: "Also during the first debate, Trump …", "But in an interview with Reuters, Trump …".
const FRONTED_LEAD = /^[\s"“-]*(?:(?:Also|But|And|Yet|Still|Later|Earlier|Then|Meanwhile|Separately),?\s+)?(?:[Ii]n|[Aa]t|[Dd]uring|[Aa]fter|[Ff]ollowing|[Ss]ince|[Uu]pon|[Bb]efore|[Aa]head\s+of)\s+(?:[\p{L}’'-]+\s+){0,4}$/u;
/** The main clause's subject after a fronted phrase holding the trigger, and the person it tells or asks ("Kerry told Cavusoglu"). */
function frontedSubject(s: Sentence, t: Span, mentions: LinkedMention[], byId: Map<string, Entity>): string[] {
  // From the sentence's or the clause's start (a headline before a dash is another clause).
  if (!FRONTED_LEAD.test(s.text.slice(0, t.start - s.start)) && !FRONTED_LEAD.test(s.text.slice(clauseAround(s, t.start).start - s.start, t.start - s.start))) return [];
  const comma = s.text.indexOf(',', t.end - s.start);
  if (comma < 0) return [];
  const people = mentions.filter((m) => typeOf(m, byId) === 'Person' && m.start - s.start > comma);
  const subject = people[0];
  if (!subject || !titleGap(s.text.slice(comma + 1, subject.start - s.start))) return [];
  const addressee = people[1] && /^\s+(?:told|asked|urged|pressed|assured|thanked|warned|briefed|greeted)\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u.test(s.text.slice(subject.end - s.start, people[1].start - s.start)) ? people[1] : undefined;
  return [subject.entityId, ...(addressee ? [addressee.entityId] : [])];
}

/** The status the words next to the trigger give it (EVENT_STATUS_RULES), else happened. */
function statusOf(s: Sentence, t: Span, clause: { start: number; end: number }): EventStatus | 'hypothetical' {
  const before = s.text.slice(Math.max(clause.start, t.start - STATUS_LOOKBACK) - s.start, t.start - s.start);
  const after = s.text.slice(t.end - s.start, Math.min(clause.end, t.end + STATUS_LOOKAHEAD) - s.start);
  return EVENT_STATUS_RULES.find((r) => (r.both ? r.before.test(before) && (r.after?.test(after) ?? true) : r.before.test(before) || (r.after?.test(after) ?? false)))?.status ?? 'happened';
}

function clauseAround(s: Sentence, at: number): { start: number; end: number } {
  let start = s.start;
  let end = s.end;
  for (const b of s.text.matchAll(CLAUSE_BREAK)) {
    const pos = s.start + b.index!;
    if (pos < at) start = Math.min(pos + b[0].length, at);
    else if (pos > at) {
      end = pos;
      break;
    }
  }
  return { start, end };
}

const typeOf = (m: LinkedMention, byId: Map<string, Entity>) => byId.get(m.entityId)?.type;
const textBefore = (s: Sentence, m: { start: number }, n: number) => s.text.slice(Math.max(0, m.start - s.start - n), m.start - s.start);

/** Names modifying the trigger noun: "Putin-Tillerson meeting", "U.S.-Russia talks", "Russian airstrikes", "ISIS attack". */
function modifiersOf(s: Sentence, t: Span, mentions: LinkedMention[]): LinkedMention[] {
  if (VERB_TRIGGER.test(t.text)) return [];
  const adjacent = mentions.filter((m) => m.end <= t.start && t.start - m.end <= 12 && MODIFIER_GAP.test(s.text.slice(m.end - s.start, t.start - s.start)));
  // …and the names hyphenated (or joined by a dash) before them: "Putin-Tillerson", "U.S.-Russia", "Clinton–Trump".
  const chained = mentions.filter((m) => adjacent.some((a) => a.start > m.end && a.start - m.end <= 3 && /^\s?[-–—]\s?$/.test(s.text.slice(m.end - s.start, a.start - s.start))));
  return [...chained, ...adjacent];
}

/** A broker's or host's compound before a contact noun: "Egyptian-brokered", "UN-mediated", "Qatar-hosted" (lower-case modifiers may follow). */
const BROKER_GAP = /^-(?:brokered|mediated|sponsored|hosted|organi[sz]ed|convened|chaired|facilitated)(?:\s+\p{Ll}[\p{Ll}-]*){0,2}\s+$/u;

/** Who took part, by the rule's family. */
function partiesOf(rule: EventRule, s: Sentence, t: Span, mentions: LinkedMention[], byId: Map<string, Entity>): string[] {
  const family = rule.family;
  if (family === 'civic') return [];
  const modifiers = modifiersOf(s, t, mentions);
  // "the Egyptian-brokered ceasefire between Israel and Hamas", "UN-mediated talks between …": a contact's broker or
  // host named in a compound before it takes part, as after "brokered by" (PARTY_BEFORE), and the sides its "between" /
  // "with" names still do: the rest of the clause is read without it.
  const brokers = family === 'contact' ? modifiers.filter((m) => BROKER_GAP.test(s.text.slice(m.end - s.start, t.start - s.start)) && typeOf(m, byId) !== 'Person') : [];
  if (brokers.length) {
    const rest = partiesOf(rule, s, t, mentions.filter((m) => !modifiers.includes(m)), byId);
    return unique([...brokers.map((m) => m.entityId), ...rest]);
  }
  const namedCountry = (m: LinkedMention) => typeOf(m, byId) === 'Country' && m.via !== 'capital';
  if (family === 'violence') {
    if (modifiers.length) return unique(modifiers.filter((m) => typeOf(m, byId) !== 'Event').map((m) => m.entityId)).slice(-1);
    // Only an agent who ordered or launched it: "Trump ordered a missile strike".
    const agent = mentions.filter((m) => m.end <= t.start && AGENT_GAP.test(s.text.slice(m.end - s.start, t.start - s.start)) && (typeOf(m, byId) === 'Person' || typeOf(m, byId) === 'Organization' || (namedCountry(m) && m.via !== 'demonym')));
    return unique(agent.slice(-1).map((m) => m.entityId));
  }
  const people = modifiers.filter((m) => typeOf(m, byId) === 'Person');
  // "Hunter Biden's meeting with Li": the possessor and the people after the noun's "with" (meet7's seed-1357 draw lost the possessor).
  if (people.length) {
    const own = mentions.filter((m) => typeOf(m, byId) === 'Person' && !ATTRIBUTIVE_HEAD.test(s.text.slice(m.end - s.start, m.end - s.start + 16)));
    return unique([...people, ...tiedPeople(rule, s, t, own, () => false).filter((m) => m.start >= t.end)].map((m) => m.entityId));
  }
  const parties = modifiers.filter((m) => namedCountry(m) || typeOf(m, byId) === 'Organization');
  if (parties.length) return unique(parties.map((m) => m.entityId));
  // The clause's people; without any, the countries and bodies it names as parties, not as places ("in Moscow").
  const inClausePeople = mentions.filter((m) => typeOf(m, byId) === 'Person' && !ATTRIBUTIVE_HEAD.test(s.text.slice(m.end - s.start, m.end - s.start + 16)));
  // …with the bodies and countries named after "with" or "between … and" ("Kelly, in a meeting with congressional
  // Democrats"): the people's counterparts.
  // "a meeting of EU foreign ministers", "calls to the leaders of Japan": the members meeting, the country an office stands for.
  // "the inauguration of President Barack Obama", "the funeral of John McCain": a gathering's honoree, titles allowed.
  const honoree = (m: LinkedMention, gap: string) => rule.kind === 'gathering' && typeOf(m, byId) === 'Person' && /^\s+of\s/.test(gap) && titleGap(gap.replace(/^\s+of/, ''));
  const firstMember = (m: LinkedMention) =>
    !VERB_TRIGGER.test(t.text) && m.start >= t.end && ((IN_PERSON.has(rule.kind) && MEMBERS_GAP.test(s.text.slice(t.end - s.start, m.start - s.start))) || honoree(m, s.text.slice(t.end - s.start, m.start - s.start)));
  // …and the names hyphenated to a member: "a meeting of the NATO-Ukraine Commission" (NATO and Ukraine).
  const members = (m: LinkedMention) => firstMember(m) || mentions.some((x) => x.end <= m.start && m.start - x.end <= 3 && firstMember(x) && /^\s?-\s?$/.test(s.text.slice(x.end - s.start, m.start - s.start)));
  const ownWith = (m: LinkedMention) => m.start < t.end || !OTHER_HEAD_WITH.test(s.text.slice(t.end - s.start, m.start - s.start));
  const tiedAfter = (m: LinkedMention) => (COUNTERPART_BEFORE.test(textBefore(s, m, 30)) && ownWith(m)) || OFFICE_OF_BEFORE.test(textBefore(s, m, 60)) || members(m);
  const counterpart = (m: LinkedMention) => (m.via === 'demonym' ? GROUP_NOUN_AFTER.test(s.text.slice(m.end - s.start, m.end - s.start + 16)) : namedCountry(m) || typeOf(m, byId) === 'Organization') && m.start >= t.end && tiedAfter(m) && !ATTRIBUTIVE_HEAD.test(s.text.slice(m.end - s.start, m.end - s.start + 16));
  // Only the people the grammar ties to the trigger take part: its clause's subject, its object, the people after its
  // "with" / "between" / "of", and the lists they head; any other person of the clause (an object of another verb, a
  // name in a relative clause or an aside) is none ("Trump, who criticized Obama, met Putin": not Obama).
  // With none of them tied, the clause's countries and bodies are read as in a clause without people (below).
  const tiedInClause = inClausePeople.length ? tiedPeople(rule, s, t, inClausePeople, members) : [];
  if (tiedInClause.length) return unique([...tiedInClause, ...listed(s, mentions, mentions.filter(counterpart))].map((m) => m.entityId));
  // A party stands before the trigger as its subject or after "with" / "between … and"; "Chinese officials" is China.
  const isParty = (m: LinkedMention) =>
    m.via === 'demonym'
      ? GROUP_NOUN_AFTER.test(s.text.slice(m.end - s.start, m.end - s.start + 16))
      : (namedCountry(m) || typeOf(m, byId) === 'Organization') && !PLACE_BEFORE.test(textBefore(s, m, 12)) && !DESTINATION_BEFORE.test(textBefore(s, m, 8));
  // A country or body before the trigger takes part as its subject's side: not the possessor of another noun ("Japan's
  // economic zone"), not the object of a topic or direction preposition ("tensions over Syria", "missiles into Japan"),
  // and not across another verb unless it is one of taking part ("North Korea fired missiles … with G20 summit talks";
  // "Iran agreed to resume talks" stays) — seed 2424 draw, meet8.
  const subjectSide = (m: LinkedMention) => {
    // "Israeli officials criticized the ceasefire with Hamas": a noun taking "with" has the subject as its other side, whatever the verb.
    if (modifiers.includes(m) || /\swith$/i.test(t.text) || /^\s+with\s/i.test(s.text.slice(t.end - s.start, t.end - s.start + 6))) return true;
    const after = s.text.slice(m.end - s.start, m.end - s.start + 40);
    if (/^['’]s\s/.test(after) && !OFFICE_AFTER_POSSESSIVE.test(after)) return false;
    if (TOPIC_BEFORE.test(textBefore(s, m, 16))) return false;
    const words = wordsOutsideAsides(s.text.slice(m.end - s.start, t.start - s.start));
    return !holdsOtherVerb(words) || words.some((w, i) => PARTY_VERBS.has(w.toLowerCase()) || (i > 0 && PARTY_VERBS.has(`${words[i - 1]} ${w}`.toLowerCase())));
  };
  // …or, after a verb, its object: "meeting Chinese officials", "visited Iran".
  const objectOfVerb = (m: LinkedMention) => VERB_OR_GERUND.test(t.text) && m.start >= t.end && /^\s+(?:the\s+|a\s+)?$/.test(s.text.slice(t.end - s.start, m.start - s.start));
  const tied = (m: LinkedMention) => (m.end <= t.start && subjectSide(m)) || (PARTY_BEFORE.test(textBefore(s, m, 30)) && ownWith(m)) || objectOfVerb(m) || (m.start >= t.end && (OFFICE_OF_BEFORE.test(textBefore(s, m, 60)) || members(m)));
  return unique(listed(s, mentions.filter(isParty), mentions.filter((m) => isParty(m) && tied(m))).map((m) => m.entityId));
}

/** A word that is a verb of another clause, or opens one: a gap holding it parts a name from the trigger. */
const CLAUSE_WORD = /^(?:that|which|who|whom|whose|where|said|says|told|tells|asked|asks)$/i;
/** A word in a verb's form (OTHER_VERB's): "criticized", "speaking", "took". */
const VERB_FORM = /^(?:took|takes|gave|made|went|came|sent|wrote|\p{Ll}[\p{Ll}-]*(?:ed|ing))$/u;
/** Forms that stay in the subject's own verb phrase: auxiliaries and the participles of plans ("was expected to", "had been"). */
const OWN_PHRASE_VERBS = new Set(['been', 'being', 'having', 'going', 'expected', 'scheduled', 'planned', 'slated', 'supposed', 'reportedly', 'allegedly', 'finally', 'already']);
/** The punctuation a word may end in (words here are short: one mark is enough to find a verb form). */
const TRAILING_PUNCTUATION = /[,.;:]$/;
/** Words in -ing or -ed that are no verbs: "midmorning", "during", "the king", "a hundred". */
const NOT_VERBS = new Set(['morning', 'mornings', 'midmorning', 'evening', 'evenings', 'during', 'thing', 'things', 'king', 'kings', 'spring', 'nothing', 'something', 'anything', 'everything', 'ceiling', 'hundred', 'red', 'bed', 'shed', 'sled', 'seed', 'need', 'speed', 'creed', 'greed', 'breed', 'bred', 'fed', 'led', 'wed']);
/** Verbs whose subject takes part in the noun event they take: "Trump held a summit", "Kerry attended talks", "Trump canceled the meeting". */
const PARTY_VERBS: ReadonlySet<string> = new Set([
  // The light verbs (LIGHT_VERBS, declared below with the date rules) and more.
  ...'held holds holding launched launches launch carried out conducted staged ordered signed attended hosted opened began mounted unleashed concluded'.split(' '),
  'called off', 'pulled out', 'backed out', 'took part', 'takes part', 'taking part',
  // "Kim sent a letter to Trump": who sends, writes or receives a letter or a call takes part.
  'sent', 'sends', 'wrote', 'writes', 'exchanged', 'received', 'receives',
  // "the U.S. and Russia entered a ceasefire agreement": entering an agreement or talks is taking part.
  'entered', 'enters', 'entering',
  // "sat down to dinner with Abe": who sits down to a meal or a meeting takes part.
  'sit', 'sits', 'sat', 'sitting',
  // "Platini addresses a news conference": the speaker takes part.
  'addressed', 'addresses', 'addressing',
  // "Trump conducts a phone call", "takes a call from": the light verbs in the present too (not "taking"/"making",
  // whose "taking steps to …", "making preparations for" name no part in the noun).
  ...'conduct conducts conducting takes'.split(' '),
  ...'has have had holds hold holding attend attends attending host hosts hosting join joins joined joining convene convenes chaired chairs met meet meets arrived arrive arrives gathered came went flew traveled travelled headed returned sat made make makes placed received took gave give gives delivered seek seeks sought seeking request requests requested requesting want wants wanted cancel cancels canceled cancelled canceling skipped skips boycotted postponed agreed reached brokered struck sealed clinched negotiated accepted arranged planned plans scheduled resumed continued wrapped ended led leads leading requested'.split(' '),
]);
/** Before a noun trigger, a preposition that puts the clause's subject in the event: "Kelly confirmed it in a meeting with …", "Trump, at the summit, …". */
const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'during', 'into', 'from']);
/** Between a verb or preposition and the name it takes, the words of a title: "the outgoing President", "Russia's foreign minister,". */
const TITLE_GAP_WORDS = 6;
const NOT_IN_TITLE = new Set('about on in at for from over after before and or but by that which who as while than into against under since until because if whether to of when where'.split(' '));

/** Words of `text`, parenthetical asides between two commas taken out ("Trump, the president, met" → "Trump met"). */
function wordsOutsideAsides(text: string): string[] {
  return text.replace(/,[^,]{0,120},/g, ' ').match(WORD) ?? [];
}
/** Whether the words hold a verb of another clause: a clause word, or a verb form that is not a catenative before "to" nor an auxiliary. */
function holdsOtherVerb(words: string[]): boolean {
  return words.some((w, i) => {
    const word = w.toLowerCase().replace(TRAILING_PUNCTUATION, '');
    return CLAUSE_WORD.test(word) || (VERB_FORM.test(word) && !NOT_VERBS.has(word) && !OWN_PHRASE_VERBS.has(word) && words[i + 1]?.toLowerCase() !== 'to');
  });
}
/** Whether `gap` (between a verb or preposition and a name) holds only a title: determiners, capitalised words, modifiers ("the outgoing", "Russian President"). */
function titleGap(gap: string): boolean {
  const trimmed = gap.replace(/,\s*$/, ' ');
  if (trimmed.includes(',')) return false;
  const words = trimmed.match(WORD) ?? [];
  const capitalised = (w: string | undefined) => !!w && /^\p{Lu}/u.test(w);
  // "acting Prime Minister", "retired Marine General", "Secretary of State": a participle or "of" inside a title.
  const inTitle = (w: string, i: number) =>
    (VERB_FORM.test(w) && capitalised(words[i + 1])) || (/^(?:of|the)$/.test(w) && capitalised(words[i - 1]) && (capitalised(words[i + 1]) || words[i + 1] === 'the'));
  return words.length <= TITLE_GAP_WORDS && words.every((w, i) => inTitle(w, i) || (!NOT_IN_TITLE.has(w.toLowerCase()) && (!VERB_FORM.test(w) || NOT_VERBS.has(w)) && !CLAUSE_WORD.test(w)));
}
/** Nouns of a group whose members a list or an apposition then names: "with leaders of the opposition parties, X and Y". */
const GROUP_HEADS = /^\s*(?:[\p{L}-]+\s+){0,3}(?:leaders|officials|members|ministers|representatives|counterparts|delegations?|envoys|lawmakers|senators|executives|heads|chiefs|figures|dignitaries|officers|advisers|aides)\b[^,;]{0,60},\s+(?:including\s+)?$/u;
/** Judgement verbs whose "for" gives a reason, not a purpose: "praised Obama for the deal". */
const REASON_VERBS = new Set(['praised', 'praises', 'criticized', 'criticised', 'criticizes', 'blamed', 'blames', 'faulted', 'credited', 'slammed', 'attacked', 'thanked', 'thanks', 'lauded', 'condemned', 'punished', 'rewarded']);

/**
 * The clause's people the grammar ties to a contact trigger: the subject (the names heading the clause, before its
 * first verb) when its verb phrase reaches the trigger — a verb trigger with only auxiliaries and catenatives between
 * ("Trump has agreed to meet"), a noun trigger as the object of a verb of taking part ("held a summit") or after a
 * locative preposition ("confirmed it in a meeting with"), or as the possessor ("Trump's first summit"); the object of a
 * verb trigger ("met German Chancellor Angela Merkel"); the names after "with", "between" or "by" that follow the trigger
 * with no other verb between; the members after "a meeting of"; and the names listed with any of these.
 */
function tiedPeople(rule: EventRule, s: Sentence, t: Span, people: LinkedMention[], members: (m: LinkedMention) => boolean): LinkedMention[] {
  const clauseStart = clauseAround(s, t.start).start;
  const between = (a: number, b: number) => s.text.slice(a - s.start, b - s.start);
  const verb = VERB_TRIGGER.test(t.text);
  const tied: LinkedMention[] = [];
  const before = people.filter((m) => m.end <= t.start);
  const after = people.filter((m) => m.start >= t.end);
  // A name and the names listed before it: "Trump and Putin" + met.
  const withListBefore = (m: LinkedMention) => {
    const out = [m];
    for (let i = before.indexOf(m) - 1; i >= 0 && LIST_GAP.test(between(before[i].end, out[0].start)); i--) out.unshift(before[i]);
    return out;
  };
  // The names heading the clause, before its first verb (asides and fronted phrases up to a comma left out).
  // (a passive's agent heads it too: "was confirmed by Kelly in a meeting with …").
  // Else the first name after the clause's last clause word ("it appeared that Kerry was …").
  const head =
    before.find((m) => {
      const lead = between(clauseStart, m.start);
      return !(lead.slice(lead.lastIndexOf(',') + 1).match(WORD) ?? []).some((w) => CLAUSE_WORD.test(w));
    }) ?? before.find((m) => !between(clauseStart, m.start).replace(/^.*\b(?:that|which|who|whom|whose|where)\b/s, '').includes(','));
  const afterTrigger = s.text.slice(t.end - s.start, t.end - s.start + 8);
  if (verb) {
    // A verb trigger's subject: the nearest names before it whose verb phrase reaches it with auxiliaries and
    // catenatives only ("Trump has agreed to meet"; an infinitive's controller: "agreed on Thursday to meet").
    const reaches = (m: LinkedMention) => {
      const gap = between(m.end, t.start);
      const words = wordsOutsideAsides(gap);
      // "Xi Jinping, who met separately with Obama": the relative's antecedent is its subject.
      const relative = /^,\s+who\s/i.exec(gap);
      if (relative && !gap.slice(relative[0].length).includes(',')) return !holdsOtherVerb(wordsOutsideAsides(gap.slice(relative[0].length)));
      if (/^['’]s\s/.test(gap) || /\band\s*$/i.test(gap) || gap.replace(/,[^,]{0,120},/g, ' ').includes(',')) return false;
      return /\bto\s*$/i.test(gap) ? !words.some((w) => CLAUSE_WORD.test(w)) : !holdsOtherVerb(words);
    };
    const nearest = before[before.length - 1];
    // "the state dinner hosted by the Queen": a participle after a noun, with its agent after "by", is a reduced
    // relative; the clause's subject is not its subject ("was greeted … by" is a passive, whose subject is).
    const reducedRelative = /^\s+by\s/i.test(afterTrigger) && REDUCED_RELATIVE_BEFORE.test(between(clauseStart, t.start));
    const subject = reducedRelative ? undefined : nearest && reaches(nearest) ? nearest : head && reaches(head) ? head : undefined;
    if (subject) tied.push(...withListBefore(subject));
    // "After speaking by phone on Friday, Obama and Merkel condemned …": a fronted participle's subject follows its comma.
    if (/ing\b/i.test(t.text) && /^\s*(?:(?:after|before|while|since|upon|when)\s+)?$/i.test(between(clauseStart, t.start))) {
      const comma = s.text.indexOf(',', t.end - s.start);
      const first = comma >= 0 ? after.find((m) => m.start - s.start > comma && titleGap(s.text.slice(comma + 1, m.start - s.start))) : undefined;
      if (first) tied.push(first);
    }
  } else if (head) {
    // A noun trigger's subject: the object of a verb of taking part ("held a summit", "called off the meeting"), after a
    // locative preposition ("confirmed it in a meeting with"), the possessor ("Trump's first summit"), or, when the noun
    // takes "with" (its other party), the object of any verb ("announced a meeting with Kim").
    const subject = withListBefore(head).length > 1 ? withListBefore(head) : listed(s, before, [head]);
    const gap = between(subject[subject.length - 1].end, t.start);
    const words = wordsOutsideAsides(gap);
    const tail = words.slice(-(OBJECT_LEAD_WORDS + 2)).map((w) => w.toLowerCase().replace(TRAILING_PUNCTUATION, ''));
    let verbAt = -1;
    for (let i = tail.length - 1; i >= 0 && verbAt < 0; i--) if (PARTY_VERBS.has(tail[i]) || (i > 0 && PARTY_VERBS.has(`${tail[i - 1]} ${tail[i]}`))) verbAt = i;
    // "the opening ceremony", "a closed door meeting": a participle after a determiner modifies the noun.
    const leadOnly = (from: number) => tail.slice(from + 1).every((w, i) => (!VERB_FORM.test(w) || DETERMINER.has(tail[from + i] ?? '')) && !CLAUSE_WORD.test(w));
    const possessor = /^['’]s\s/.test(gap) && words.length <= 3;
    // The words before the verb (none when the gap opens with it: "Obama hosted a conference", not all but the last).
    const partyVerb = verbAt >= 0 && leadOnly(verbAt) && !holdsOtherVerb(words.slice(0, Math.max(0, words.length - tail.length + verbAt - 1)));
    // "greet Mattis for a meeting", "arrived for talks": a purpose "for" before an in-person noun, not a reason ("praised Obama for the deal").
    const purpose = (i: number) => tail[i] === 'for' && IN_PERSON.has(rule.kind) && !words.some((w) => REASON_VERBS.has(w.toLowerCase()));
    const locative = tail.some((w, i) => (LOCATIVE_PREPOSITIONS.has(w) || purpose(i)) && tail.length - i <= 4 && leadOnly(i));
    // "Kerry was on the verge of securing … an agreement with Lavrov": a noun taking "with" has the subject as its other side.
    const otherPerson = before.some((m) => m.start > subject[subject.length - 1].end);
    const objectWithCounterpart = (/^\s+with\s/i.test(afterTrigger) || /\swith$/i.test(t.text)) && !otherPerson;
    if (!words.some((w) => CLAUSE_WORD.test(w)) && (possessor || partyVerb || locative || objectWithCounterpart)) tied.push(...subject);
    // "Kerry asked Sharif, during a meeting this week, to act", "shares a moment with Merz during the ceremony": the
    // person the subject addresses or is with is there too.
    if (locative) {
      for (const m of before) if (m.start > head.end && (ADDRESSEE_VERB.test(between(head.end, m.start)) || /\bwith\s+(?:\S+\s+){0,5}$/.test(between(head.end, m.start)))) tied.push(m);
    }
  }
  // The object of a verb trigger: "met Putin", "met with the outgoing President Barack Obama", "phoned Merkel".
  if ((VERB_OR_GERUND.test(t.text) || /\s(?:with|to)$/i.test(t.text)) && !/^discuss/i.test(t.text) && after.length) {
    const gap = between(t.end, after[0].start).replace(/^\s+(?:up\s+)?(?:with|to)\s/i, ' ');
    // "had spoken to four other world leaders Saturday, including Russian President Vladimir Putin": a group object's members.
    const comma = gap.lastIndexOf(',') + 1;
    if (titleGap(gap) || (comma > 0 && GROUP_HEADS.test(gap.slice(0, comma) + ' ') && titleGap(` ${gap.slice(comma)}`))) tied.push(after[0]);
  }
  // After "with", "between", "alongside" or "by", with no other verb since the trigger: "talks with Kim", "a meeting
  // between Trump and Kim", "a press conference in Moscow alongside Russian Foreign Minister Sergey Lavrov".
  // A call's "from" names its caller, as "with" does ("took a phone call from Merkel"); not in a comparison ("How
  // different is Flynn's call from Obama's …").
  const prepositions = rule.kind === 'call' && !COMPARISON_BEFORE.test(between(clauseStart, t.start)) ? CALL_PARTY_PREPOSITION : PARTY_PREPOSITION;
  for (const m of after) {
    const since = between(t.end, m.start);
    let lastPrep = -1;
    for (const x of since.matchAll(prepositions)) lastPrep = x.index! + x[0].length;
    const verbFree = lastPrep >= 0 && !holdsOtherVerb(since.slice(0, lastPrep).match(WORD) ?? []);
    if (verbFree && titleGap(` ${since.slice(lastPrep)}`)) tied.push(m);
    // "met with leaders of the opposition parties, Republican People's Party leader Kemal Kilicdaroglu": a group's members.
    else if (verbFree && !tied.some((x) => x.start > t.end)) {
      const group = since.slice(lastPrep);
      const comma = group.lastIndexOf(',') + 1;
      if (comma > 0 && GROUP_HEADS.test(group.slice(0, comma) + ' ') && titleGap(` ${group.slice(comma)}`)) tied.push(m);
    }
    else if (members(m)) tied.push(m);
  }
  // The people listed with them, titles allowed after "and": "Russian President Vladimir Putin and Chinese President Xi Jinping".
  const out = unique(tied);
  for (const m of people) {
    const last = out.filter((p) => p.end <= m.start).sort((a, b) => b.end - a.end)[0];
    const gap = last ? between(last.end, m.start) : '';
    const lead = /^(?:,\s+(?:and\s+)?|,?\s+and\s+)/.exec(gap);
    if (last && lead && !out.includes(m) && titleGap(gap.slice(lead[0].length - 1))) out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}
/** After a contact trigger, the prepositions whose object is a party: "talks with Kim", "a meeting between …", "alongside Lavrov". */
const PARTY_PREPOSITION = /\b(?:with|between|by|alongside)\s/gi;
const CALL_PARTY_PREPOSITION = /\b(?:with|between|by|alongside|from)\s/gi;
/** A comparison whose "from" is its standard: "different from", "differs from", "distinct from". */
const COMPARISON_BEFORE = /\b(?:different|differs?|differed|distinct|apart)\b/i;
/** Before a participle, a noun it modifies (a lower-case word that is no auxiliary, adverb or negation): "the dinner" + hosted by. */
const REDUCED_RELATIVE_BEFORE = /\b(?!(?:was|were|is|are|be|been|being|has|have|had|also|then|not|never|jointly|personally|first|later|once|reportedly|recently|previously|who|which|that)\s+$)\p{Ll}[\p{Ll}-]*\s+$/u;
/** Between a subject and the person it addresses: "asked", "urged", "thanked", "pressed", "assured" + a title. */
const ADDRESSEE_VERB = /^\s+(?:asked|asks|urged|urges|thanked|thanks|pressed|presses|assured|assures|warned|warns|briefed|briefs|greeted|greets)\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u;

/** The parties with the ones listed after them: "the leaders of Japan, China and Germany" → Japan, China, Germany. */
function listed(s: Sentence, candidates: LinkedMention[], parties: LinkedMention[]): LinkedMention[] {
  const out = [...parties];
  for (const m of candidates) {
    const last = out.filter((p) => p.end <= m.start).sort((a, b) => b.end - a.end)[0];
    if (last && !out.includes(m) && LIST_GAP.test(s.text.slice(last.end - s.start, m.start - s.start))) out.push(m);
  }
  return out;
}

/**
 * The subject of the sentence's main clause, as people's ids: the first person named, with only a title, a caption's
 * "FILE -" or a closing quotation before, and the people listed with them ("U.S. Secretary of State John Kerry asked …", "“…,” Trump told reporters after meeting …").
 */
function subjectsOf(s: Sentence, t: Span, mentions: LinkedMention[], byId: Map<string, Entity>): string[] {
  const people = mentions.filter((m) => typeOf(m, byId) === 'Person' && m.end <= t.start);
  const first = people.findIndex((m) => OPENER_LEAD.test(s.text.slice(0, m.start - s.start)));
  if (first < 0) return [];
  // "Schulz, Germany's Chancellor Angela Merkel and Greece's Prime Minister Alexis Tsipras chat after a meeting": the
  // people listed with the first, titles allowed after the joint, make the subject.
  const subject = [people[first]];
  for (const m of people.slice(first + 1)) {
    const gap = s.text.slice(subject[subject.length - 1].end - s.start, m.start - s.start);
    const lead = LIST_LEAD.exec(gap);
    if (!lead || !titleGap(gap.slice(lead[0].length - 1))) break;
    subject.push(m);
  }
  const last = subject[subject.length - 1];
  // "Idris expressed frustration about the bickering that erupted during a meeting": the trigger is in a relative clause, not the subject's.
  return RELATIVE_WORD.test(s.text.slice(last.end - s.start, t.start - s.start)) ? [] : unique(subject.map((m) => m.entityId));
}
const RELATIVE_WORD = /\b(?:that|which|who|whom|whose|where)\b/i;

/** Where it happened, as a country id: a country, city or region named as a place in the clause, nearest the trigger. */
function placeOf(rule: EventRule, s: Sentence, t: Span, clause: { start: number; end: number }, mentions: LinkedMention[], byId: Map<string, Entity>, others: Span[]): string | null {
  // "the Paris attacks", "the Helsinki summit": a city that names the event is its place, whatever other country the
  // sentence names ("the Paris attacks were organized in Belgium"). Not a possessive ("Moscow's strikes": an agent).
  if (!VERB_TRIGGER.test(t.text)) {
    const gapOk = (m: { end: number }) => !/^['’]s/.test(s.text.slice(m.end - s.start, t.start - s.start));
    const capital = modifiersOf(s, t, mentions).filter((m) => typeOf(m, byId) === 'Country' && m.via === 'capital' && gapOk(m)).pop();
    if (capital) return capital.entityId;
    const city = CITY_BEFORE.exec(textBefore(s, t, 40));
    const code = city ? COUNTRY_BY_CITY.get(city[1]) : undefined;
    if (code) return `country:${code}`;
  }
  const placeCue = rule.kind === 'visit' ? DESTINATION_BEFORE : rule.family === 'violence' ? TARGET_BEFORE : PLACE_BEFORE;
  const countries = mentions.filter((m) => typeOf(m, byId) === 'Country' && m.via !== 'demonym');
  // A place belongs to the trigger nearest it: "a forum … in Washington" is the forum's place, not a meeting's after it.
  const distance = (at: number, x: Span) => (at < x.start ? x.start - at : at - x.end);
  const ours = (at: number) => others.every((o) => distance(at, o) >= distance(at, t));
  const near = (xs: { start: number; id: string }[]) => xs.filter((x) => ours(x.start)).sort((a, b) => Math.abs(a.start - t.start) - Math.abs(b.start - t.start))[0]?.id ?? null;
  // "an attack on the U.S. consulate in Benghazi": after the preposition, a country name used as an adjective says
  // whose the thing is, not where it is.
  // A capital read as the city ("talks in Beijing") places the event in its country, as the capital did before it was a Place.
  const cities = mentions.filter((m) => typeOf(m, byId) === 'Place' && m.via === 'capital' && m.countryCode);
  const countryIdOf = (m: LinkedMention) => (typeOf(m, byId) === 'Place' ? `country:${m.countryCode}` : m.entityId);
  const candidates = [...countries, ...cities].filter((m) => (placeCue.test(textBefore(s, m, 12)) || TOWN_OF_COUNTRY_BEFORE.test(textBefore(s, m, 60))) && !modifiesNoun(s, m)).map((m) => ({ start: m.start, id: countryIdOf(m) }));
  // "visited China": the destination right after the verb.
  if (rule.kind === 'visit') candidates.push(...[...countries, ...cities].filter((m) => m.start >= t.end && /^\s+(?:the\s+)?$/.test(s.text.slice(t.end - s.start, m.start - s.start))).map((m) => ({ start: m.start, id: countryIdOf(m) })));
  if (candidates.length) return near(candidates);
  // "the French election", "Russia's referendum": a country modifying a civic event is its place.
  if (rule.family === 'civic') {
    // "Russian election interference", "the Russian election hacking": the modifier is the agent of the act the
    // compound heads, not the vote's country.
    const actOn = INTERFERENCE_AFTER.test(s.text.slice(t.end - s.start, t.end - s.start + 30));
    const modifier = actOn ? undefined : modifiersOf(s, t, mentions).filter((m) => typeOf(m, byId) === 'Country').pop();
    if (modifier) return modifier.entityId;
    // The one country the sentence names, when it may be where the vote or protest is: in the trigger's clause, not the
    // object of a preposition ("protests against the United States", "its trade war with the United States"), nor the
    // agent of an act on it ("Russia meddled in the 2016 election", "Moscow hacked the election", "Russia's effort to
    // undermine the election").
    const named = unique(countries.map((m) => m.entityId));
    const own = named.length === 1 && !actOn ? countries.find((m) => m.start >= clause.start && m.end <= clause.end && !OBJECT_OF_PREPOSITION.test(textBefore(s, m, 14)) && !(m.end <= t.start && actBetween(s.text.slice(m.end - s.start, t.start - s.start)))) : undefined;
    if (own) return own.entityId;
  }
  // A city or region the mentions do not cover: "in Sochi" → RU, "in Ohio" → US.
  const places: { start: number; id: string }[] = [];
  const clauseText = s.text.slice(clause.start - s.start, clause.end - s.start);
  for (const m of [...clauseText.matchAll(PLACE_NAME), ...clauseText.matchAll(COMPASS_PLACE_NAME)]) {
    const at = clause.start + m.index! + m[0].length - m[1].length;
    const words = m[1].split(' ');
    for (let n = words.length; n > 0; n--) {
      const name = words.slice(0, n).join(' ');
      const code = COUNTRY_BY_CITY.get(name) ?? COUNTRY_BY_REGION.get(name);
      if (code) {
        places.push({ start: at, id: `country:${code}` });
        break;
      }
    }
  }
  return near(places);
}

/** A noun of an act on a vote heading the compound the trigger opens: "(election) interference", "(election) meddling". */
const INTERFERENCE_AFTER = /^\s+(?:interference|meddling|hacking|hacks?|tampering|influence|disinformation|manipulation|attacks?|subversion)\b/i;
/** A verb or noun of an act on the vote between a country and the trigger (a short gap, no comma): "meddled in the", "'s interference in the 2016". */
const INTERFERENCE_BETWEEN = /\b(?:meddl(?:e|es|ed|ing)|interfer(?:e|es|ed|ing|ence)|hack(?:s|ed|ing)?|undermin(?:e|es|ed|ing)|influenc(?:e|es|ed|ing)|tamper(?:s|ed|ing)?|manipulat(?:e|es|ed|ing|ion)|subvert(?:s|ed|ing)?|sabotag(?:e|es|ed|ing)|disrupt(?:s|ed|ing|ion)?|target(?:s|ed|ing)?|rig(?:s|ged|ging)?|steal(?:s|ing)?|stole|sway(?:s|ed|ing)?|role)\b/u;
const actBetween = (gap: string) => gap.length <= 70 && !/[,;]/.test(gap) && INTERFERENCE_BETWEEN.test(gap);
/** A preposition whose object a country is as a target or a counterpart, never as the place: "protests against the United States", "its trade war with the United States". */
const OBJECT_OF_PREPOSITION = /\b(?:against|with|toward|towards|between|than|like)\s+(?:the\s+)?$/i;
/** Words after a country name that leave it a noun: prepositions, conjunctions, verbs of being and time words. */
const NOUN_CONTINUES = new Set(
  'and or but nor on in at of to for with by from into since as after before during over under near about against than last this that these those which who where when while is was were are be been has had have will would could may might can should did does do said says yesterday today tonight earlier later late early overnight again also alone itself'.split(' '),
);
/** A past verb or an adverb after a country name: the clause's predicate ("ended", "began", "killed", "recently"). */
const PREDICATE_AFTER_NAME = /^(?:\p{Ll}{2,}(?:ed|ly)|began|went|came|left|took|held|met|fell|grew|became|saw|made|sent|won|lost)$/u;
/** Nouns of a country's premises and forces that titles capitalise: "the U.S. Embassy in Cairo". */
const CAPITALISED_HEADS = new Set(['Embassy', 'Embassies', 'Consulate', 'Mission', 'Compound', 'Base', 'Bases', 'Forces', 'Army', 'Navy', 'Troops', 'Soldiers', 'Ambassador']);
/** A country name right before a noun is that noun's modifier: "U.S. consulate", "U.S. Embassy", "Syria government forces". */
function modifiesNoun(s: Sentence, m: LinkedMention): boolean {
  const next = /^\s+(\p{L}[\p{L}-]*)/u.exec(s.text.slice(m.end - s.start, m.end - s.start + 30));
  if (!next) return false;
  // "(Xi's visit to) Russia ended", "(airstrikes in) Syria killed 20", "(talks in) Vienna recently": a past verb or an
  // adverb after the name is its clause's predicate, no noun it modifies.
  return /^\p{Ll}/u.test(next[1]) ? !NOUN_CONTINUES.has(next[1]) && !PREDICATE_AFTER_NAME.test(next[1]) : CAPITALISED_HEADS.has(next[1]);
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** A word that heads another clause or is another verb: a day beyond it is that verb's day ("said Tuesday", "Wednesday pooh-poohed"). */
const OTHER_VERB = /\b(?:that|which|who|whom|whose|said|says|told|tells|took|takes|gave|made|went|came|sent|wrote|\p{Ll}[\p{Ll}-]*(?:ed|ing))\b/u;
/** Before a verb trigger, a modal or an infinitive puts the trigger in another clause than the day: "Kim's announcement Saturday may simply be a ploy to ensure Trump meets with Kim". */
const MODAL_OR_INFINITIVE = /\b(?:may|might|could|would|should|must|to\s+\p{Ll}+)\b/u;
/** Light verbs whose day is the event's, for any noun trigger: "on Tuesday held a summit", "Thursday launched airstrikes". */
const LIGHT_VERBS = ['held', 'holds', 'hold', 'holding', 'had', 'launched', 'launches', 'launch', 'carried out', 'carries out', 'conducted', 'staged', 'ordered', 'signed', 'attended', 'hosted', 'opened', 'began', 'mounted', 'unleashed', 'concluded'];
/** At most this many words, after an optional determiner, stand between a support verb and its object noun: "a", "to a new", "the three-day". */
const OBJECT_LEAD_WORDS = 3;
const DETERMINER = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'new', 'another', 'several', 'more', 'two', 'three']);
const WORD = /\S+/g;
const LEAD_WORD = /^[\p{L}.-]+$/u;
/** The support verbs of a rule's noun triggers: the light verbs and the rule's own (`supportVerbs`); lower case. */
interface SupportVerbs {
  /** Light verbs and the rule's own: their day is the event's. */
  dating: ReadonlySet<string>;
  /** Only the rule's own, which assert the event happened ("agreed to a ceasefire"). */
  asserting: ReadonlySet<string>;
}
const SUPPORT_OF_RULE: ReadonlyMap<EventRule, SupportVerbs> = new Map(
  EVENT_RULES.map((r) => [r, { dating: new Set([...LIGHT_VERBS, ...(r.supportVerbs ?? [])]), asserting: new Set(r.supportVerbs ?? []) }]),
);
/**
 * Where, in `text` that ends right before a noun, the support verb whose object the noun is starts: the verb, then at
 * most OBJECT_LEAD_WORDS plain words ("reached a" + ceasefire, "agreed to a" + truce, "announced" + truce); -1 when none.
 * Words, not one pattern, so that it reads each word once however long the verb list grows.
 */
function supportVerbAt(text: string, verbs: ReadonlySet<string>, leadWords = OBJECT_LEAD_WORDS): number {
  if (!/\s$/.test(text)) return -1;
  const words = [...text.matchAll(WORD)].slice(-(leadWords + 2));
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i][0].toLowerCase();
    const twoWords = i > 0 ? `${words[i - 1][0].toLowerCase()} ${word}` : '';
    // "held a" + summit: the words after the verb, a leading determiner not counted.
    const lead = words.length - 1 - i - (DETERMINER.has(words[i + 1]?.[0].toLowerCase() ?? '') ? 1 : 0);
    if (verbs.has(twoWords) && lead <= leadWords) return words[i - 1].index!;
    if (verbs.has(word) && lead <= leadWords) return words[i].index!;
    if (!LEAD_WORD.test(word)) return -1;
  }
  return -1;
}
/** Light verbs in the past or a progressive that assert the in-person noun they take: "held talks", "had been holding meetings". */
/** The other side's "with" right after an in-person noun, a few words of time or manner allowed between: "talks on Friday with". */
const HELD_WITH_AFTER = /^(?:\s+[^\s,;.]+){0,3}?\s+with\s/;
const HELD_VERBS: ReadonlySet<string> = new Set(['held', 'hosted', 'convened', 'chaired', 'been holding', 'was holding', 'were holding', 'been hosting', 'was hosting', 'were hosting']);
/** Words that negate or withhold the verb right after them ("has not", "didn't", "refused to", "yet to"). */
/** Modals before "never" that make it no past: "will never meet … until". */
const MODALS = new Set(['will', 'would', 'could', 'can', 'shall', 'should', 'might', 'may', 'must']);
/** A past negation right before a verb ("had not", "didn't", "never"; not "will never"): with "until" after it, the contact took place then. */
function pastNegationBefore(text: string): boolean {
  const words = [...text.matchAll(WORD)].slice(-3).map((w) => w[0].toLowerCase().replace('’', "'"));
  const last = words.length - 1;
  if (words[last] === 'never') return !MODALS.has(words[last - 1] ?? '');
  return words[last] === "didn't" || words[last] === "hadn't" || (words[last] === 'not' && (words[last - 1] === 'did' || words[last - 1] === 'had'));
}
/** "until" later in the clause, not "until now" (which keeps the negation: "had not met until now"). */
const UNTIL_AFTER = /^[^.;:!?]{0,60}?\buntil\s+(?!now\b)/i;
const NEGATORS = new Set(['not', 'never', 'no', 'refused', 'refuses', 'declined', 'failed', 'yet', 'rejected']);
/** Whether one of the last three words of `text` (ending right before a verb) negates that verb. */
function negatedBefore(text: string): boolean {
  const words = [...text.matchAll(WORD)].slice(-3).map((w) => w[0].toLowerCase());
  return words.some((w) => NEGATORS.has(w) || w.endsWith("n't") || w.endsWith('n’t'));
}
/** Whether `gap` (between a day and the noun) is only what may lead a support verb's object: " a ", " to a new ". */
function onlyLeadWords(gap: string): boolean {
  const words = [...gap.matchAll(WORD)];
  return /^\s/.test(gap) && /\s$/.test(gap) && words.length - (DETERMINER.has(words[0]?.[0].toLowerCase() ?? '') ? 1 : 0) <= OBJECT_LEAD_WORDS && words.every((w) => LEAD_WORD.test(w[0]));
}

/** Whether `text` ends with a support verb, and perhaps "on", right before a day: "announced" + Wednesday, "reached on" + Wednesday. */
function endsWithVerb(text: string, verbs: ReadonlySet<string>): boolean {
  if (!/\s$/.test(text)) return false;
  const words = [...text.matchAll(WORD)].map((w) => w[0].toLowerCase()).slice(-3);
  if (words.at(-1) === 'on') words.pop();
  return verbs.has(words.at(-1) ?? '') || verbs.has(words.slice(-2).join(' '));
}

/** A day that modifies the noun trigger right after it: "Tuesday's summit", "the April 4 chemical attack", "Thursday night's U.S. strike". */
const PREMODIFIER_GAP = /^(?:['’]s)?(?:\s+(?!(?:of|in|on|at|for|with|over|from|to|by|and|or|the|a|an|during|before|after|since|until)\s)[\p{L}.’'-]+){0,3}\s+$/u;
/** A manner phrase whose participle is no verb of another clause: "will meet behind closed doors on Friday". */
const MANNER_PHRASE = /\bbehind\s+closed\s+doors\b/gi;
/** A participle that introduces the event's own day after its noun: "scheduled for", "set for", "slated for". */
const DAY_INTRODUCER = /\b(?:scheduled|slated|set|planned|due|expected)\s+(?:for|on|to\s+(?:begin|start|take\s+place|be\s+held)\s+(?:on\s+)?)\s*$/;
/** A time said more coarsely than a day: "last week", "this month", "last year", "in September". */
const COARSE_TIME = /\b(?:week|weekend|month|year|spring|summer|fall|autumn|winter)\b/i;
/** How far ahead a month and day with no year may lie before it is read as last year's ("the September 11 attack", said in May). */
const FUTURE_DAY_LIMIT_DAYS = 120;

/** A trigger as the date rule sees it: its span in the clause, whether it is a verb, and its rule's support verbs. */
interface DatedTrigger {
  start: number;
  end: number;
  verb: boolean;
  support: SupportVerbs;
}

/**
 * Is the time expression at [at, atEnd) of the clause the trigger's own? After the trigger, when no other verb or
 * clause comes between ("met Kim in Singapore on Tuesday", "the attack Tuesday that killed"); before a verb trigger,
 * likewise ("On Tuesday, Trump met"); before a noun trigger, only as its modifier ("Tuesday's summit") or as the day of
 * the support verb whose object it is ("on Tuesday held a summit", "reached on Wednesday a ceasefire"). A day beside
 * another verb is that verb's: the day of a hearing about the Benghazi attack, of a warning about the summit, of the
 * report itself ("officials said Wednesday the ceasefire held").
 */
function timeOfTrigger(text: string, at: number, atEnd: number, trigger: DatedTrigger): boolean {
  if (at >= trigger.end) {
    // "the summit, scheduled for June 12": the participle that introduces the event's own day.
    const gap = text.slice(trigger.end, at).replace(DAY_INTRODUCER, ' ').replace(MANNER_PHRASE, ' ');
    return gap.length <= 80 && !OTHER_VERB.test(gap);
  }
  if (atEnd > trigger.start) return false;
  const gap = text.slice(atEnd, trigger.start);
  if (PREMODIFIER_GAP.test(gap)) return true;
  if (trigger.verb) return !OTHER_VERB.test(gap) && !MODAL_OR_INFINITIVE.test(gap);
  const verb = supportVerbAt(gap, trigger.support.dating);
  if (verb >= 0) return !OTHER_VERB.test(gap.slice(0, verb));
  // The day between the support verb and its object: "announced Wednesday a cease-fire", "agreed Wednesday to a truce".
  return !OTHER_VERB.test(gap) && onlyLeadWords(gap) && endsWithVerb(text.slice(Math.max(0, at - 40), at), trigger.support.dating);
}

/**
 * An ISO day the trigger's own time expression names with day precision (see timeOfTrigger), else null; null too when
 * the nearest such expression is coarser than a day ("the Benghazi attacks last year"). `ahead`: only a day after the
 * reference day.
 */
function dayIn(text: string, ref: Date, trigger: DatedTrigger, ahead = false): string | null {
  const time = ownTime(text, ref, trigger, ahead);
  return time && 'day' in time ? time.day : null;
}

/**
 * The trigger's own time (see timeOfTrigger): a day, as dayIn reads it; else, when the nearest own expression is a
 * month or a year wholly before the publish month ("a deal struck last year", "last month's summit", "the 2015
 * agreement", "the talks in March 2014"), that period ('YYYY' or 'YYYY-MM'): the text says the event is not of the
 * publish day, though it names no day. A week, this month or this year is no period (the publish day may be in it).
 */
function ownTime(text: string, ref: Date, trigger: DatedTrigger, ahead = false): { day: string } | { period: string } | null {
  if (Number.isNaN(ref.getTime())) return null;
  if (!DAY_WORD.test(text) && !COARSE_TIME.test(text)) return ahead ? null : yearOfTrigger(text, ref, trigger);
  const all = chrono.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false });
  const results = all
    .filter((r) => timeOfTrigger(text, r.index, r.index + r.text.length, trigger))
    .sort((a, b) => distanceTo(a.index, a.index + a.text.length, trigger) - distanceTo(b.index, b.index + b.text.length, trigger));
  const refDay = ref.toISOString().slice(0, 10);
  const dayPrecise = (r: chrono.ParsedResult) => (r.start.isCertain('day') || r.start.isCertain('weekday') || /day\b/i.test(r.text)) && !COARSE_TIME.test(r.text);
  // The period, when no day dates the trigger: the coarse time that is its own (periodOfTrigger), else a year written so.
  const period = () => {
    if (ahead) return null;
    const own = all.find((r) => !dayPrecise(r) && periodOfTrigger(text, r.index, r.index + r.text.length, trigger));
    return own ? earlierPeriod(own, ref) : yearOfTrigger(text, ref, trigger);
  };
  for (const r of results) {
    // The trigger's own time is coarser than a day: no day of the clause dates it.
    if (!dayPrecise(r)) return period();
    const d = r.start.date();
    if (Number.isNaN(d.getTime())) continue;
    // A day still to come: after the publish day, since a story names the day of its own news ("on Thursday, Trump
    // called off the summit" in Thursday's paper) far more often than a sitting on the day it is printed.
    if (ahead) {
      if (d.toISOString().slice(0, 10) > refDay) return { day: d.toISOString().slice(0, 10) };
      continue;
    }
    // A weekday named in a news story is the most recent one, not next week's.
    if (d.getTime() > ref.getTime() + 36 * 3600 * 1000 && r.start.isCertain('weekday') && !r.start.isCertain('day')) d.setUTCDate(d.getUTCDate() - 7);
    // "the September 11 attack" in May is last September's.
    if (d.getTime() > ref.getTime() + FUTURE_DAY_LIMIT_DAYS * 86_400_000 && !r.start.isCertain('year')) d.setUTCFullYear(d.getUTCFullYear() - 1);
    if (Number.isNaN(d.getTime())) continue;
    return { day: d.toISOString().slice(0, 10) };
  }
  return results.length ? null : period();
}

/** Words that may stand between an event noun and its own month or year after it: "struck last year", "in March", "of 2015". */
const PERIOD_GAP_WORDS = new Set(['in', 'of', 'during', 'early', 'late', 'mid']);
/**
 * Whether the month or year at [at, atEnd) is the trigger's own period: a noun's modifier before it ("last month's
 * summit", "the 2015 nuclear deal", "November's Paris attacks"), or right after a noun with at most a support verb and a
 * preposition between ("a deal struck last year", "the talks in March 2014", "the attacks of 2015"); after a verb, as
 * its day would be ("signed an agreement last year"). For nouns stricter than a day's test
 * (timeOfTrigger): a period keeps the report from its publish day's merges, so "a suspect in the Boston attack now
 * could be in a 1999 Honda", "Trump, who was elected in 2016, met Kim" or "the Boston attack and one last year in
 * Benghazi" must give none.
 */
function periodOfTrigger(text: string, at: number, atEnd: number, trigger: DatedTrigger): boolean {
  if (atEnd <= trigger.start) return PREMODIFIER_GAP.test(text.slice(atEnd, trigger.start));
  if (at < trigger.end) return false;
  // A verb's time follows its object, as a day does: "Mexico and Canada signed an agreement last year", "met Kim in March".
  if (trigger.verb) return timeOfTrigger(text, at, atEnd, trigger);
  const words = text.slice(trigger.end, at).split(/\s+/).filter(Boolean);
  if (words.length && trigger.support.dating.has(words[0].toLowerCase())) words.shift();
  return /^\s/.test(text.slice(trigger.end, at) || ' ') && words.length <= 2 && words.every((w) => PERIOD_GAP_WORDS.has(w.toLowerCase()));
}

/** A month or a year chrono read ("last year", "last month", "March 2014", "in March"), as a period before the publish month, else null. */
function earlierPeriod(r: chrono.ParsedResult, ref: Date): { period: string } | null {
  if (!r.start.isCertain('month') && !r.start.isCertain('year')) return null;
  if (/\bweek/i.test(r.text)) return null;
  const d = r.start.date();
  if (Number.isNaN(d.getTime())) return null;
  const refMonth = ref.toISOString().slice(0, 7);
  if (!r.start.isCertain('month')) return String(d.getUTCFullYear()) < refMonth.slice(0, 4) ? { period: String(d.getUTCFullYear()) } : null;
  // "in September" said in June may be last September or a plan the status words missed ("may meet … in early April"): no period.
  const month = d.toISOString().slice(0, 7);
  return month < refMonth ? { period: month } : null;
}

/** A year written as the trigger's own time: "the 2015 nuclear deal", "the agreement of 2015", "2015's attacks". */
const YEAR_TOKEN = /\b(?:19|20)\d\d\b/g;
function yearOfTrigger(text: string, ref: Date, trigger: DatedTrigger): { period: string } | null {
  if (!YEAR_WRITTEN.test(text)) return null;
  const own = [...text.matchAll(YEAR_TOKEN)]
    .filter((y) => periodOfTrigger(text, y.index!, y.index! + 4, trigger))
    .sort((a, b) => distanceTo(a.index!, a.index! + 4, trigger) - distanceTo(b.index!, b.index! + 4, trigger))[0];
  return own && own[0] < String(ref.getUTCFullYear()) ? { period: own[0] } : null;
}

function distanceTo(start: number, end: number, t: { start: number; end: number }): number {
  return start >= t.end ? start - t.end : t.start >= end ? t.start - end : 0;
}
