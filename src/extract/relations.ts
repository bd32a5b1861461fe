// Stage 5, relations: sentences → MET_WITH / ALLIED_WITH between parties, with status, kind, cue, date and place.
// Input: the sentences and linked mentions. Output: Relation[]. Heuristic: the rule table (relation-rules.ts) finds cues;
// parties are found around each cue as a reader finds them — names heading their phrase, pronouns to the last fitting
// person, "Iranian officials" / "EU leaders" / "the U.S. envoy" to their country or body, coordinated lists one pair per
// member — never a person with their own country (named as "Russian President Vladimir Putin"), never a place after
// "in"; the words before a cue give the status (will → planned, declined → refused, willing/would → nothing).
// Exists for: "Hollande will meet Obama, Merkel and Putin" → three planned meetings.
import * as chrono from 'chrono-node';
import type { Entity, MeetingKind, Quote, Relation, RelationStatus, RelationType } from './types.js';
import type { Sentence } from './segment.js';
import { knownOfficeHolder, type LinkedMention } from './entities.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from './lexicon/countries.js';
import { genderOfGivenName } from './lexicon/names.js';
import { hasLowerCaseUse, lastBefore, lastRolePhrase, personGenders, pronounResolver, type PronounRef } from './pronouns.js';
import { BACK_VERBS, CALL_VERBS, WITH_TAKING_NOUNS, HYPOTHETICAL_WORDS, MEDIA_NAME_HEADS, MEDIA_OUTLETS, MEDIA_ROLES, MEET_NOUN_KINDS, MEET_VERBS, JUDGEMENT_VERBS, OFFICIAL_LINKS, OFFICIAL_NOUNS, PLANNED_WORDS, PROPOSITION_NOUNS, REQUEST_FOR_WORDS, ROLE_GAP_WORDS, SINGLE_OFFICIAL_NOUNS, GROUP_OFFICIAL_NOUNS, SIDE_NOUNS, LEAD_SIDE_VERBS, INSTITUTION_OF_TITLE, INQUIRY_AGENCY_NAME, INQUIRY_COMMITTEE_END, INQUIRY_COMMITTEE_START, INQUIRY_TEAM_NOUNS, INQUIRY_TITLE, STATE_OF_OFFICE_NAME, STATE_OF_OFFICE_TITLE, STATE_OFFICE_NAME } from './lexicon/relations.js';
import { RELATION_RULES, type RelationRule, type Slot } from './relation-rules.js';
import { decideStatus, heldAsserted, NEGATED_REFUSAL, PAST_CUE, settleJourneyPurposes, settlePlannedHeldElsewhere, statusContext, WALKED_OUT_OF } from './relation-status.js';
import { leadExec, leadFirst, leadSplit, type LeadSplit } from './lead-assertions.js';
import { APPOSITION_NOUNS, US_PRESIDENTS } from './lexicon/titles.js';
import { HEADLESS_PARTY_NAMES } from './lexicon/party-names.js';
import { WEEKDAY_NAMES } from './lexicon/calendar.js';
import { COUNTERPART_OFFICES, DELEGATION_HEAD_TITLE, DELEGATION_NOUNS, ENVOY_OFFICES, ENVOY_POST_BEFORE, HEAD_OF_STATE_TITLE, UNDER_OFFICE } from './lexicon/relations.js';

interface CompiledRule extends RelationRule {
  re: RegExp;
  frameRe?: RegExp;
  /** re and frameRe split for the sentence loop (lead-assertions.ts: the same matches, faster). */
  search: LeadSplit;
  frameSearch?: LeadSplit;
  priority: number;
}

/** The rule table compiled once. */
export const COMPILED_RULES: readonly CompiledRule[] = RELATION_RULES.map((r, priority) => {
  const re = new RegExp(r.pattern, r.pattern.includes('(?<cue>') ? 'giud' : 'giu');
  const frameRe = r.frame ? new RegExp(r.frame, 'iu') : undefined;
  return { ...r, re, ...(frameRe ? { frameRe, frameSearch: leadSplit(frameRe) } : {}), search: leadSplit(re), priority };
});

/** Words the rules of each type need: sentences without one skip those rules (most sentences skip all, before their parties are built). */
// ("telephon": "Obama telephoned Netanyahu" holds no "phone" at a word's start, and the call rules never saw it.)
const HINTS: Record<RelationType, RegExp> = {
  MET_WITH: /\b(?:meet|met|host|welcom|receiv|greet|consult|dined|lunched|huddled|visit|talk|summit|negotiat|conver|call|phone|telephon|spok|speak|sit|sat|confer|shook|shak|encounter|dinner|lunch|face-to-face|discuss|breakfast|alongside|beside|next\s+to)/i,
  ALLIED_WITH: /\b(?:all(?:y|ie|ia|ied)|align|partner|patron|backer|protector|client|prox|auxiliar|enabler|support|back|aid|assistance|arm|weapon|fund|prop|help|bankroll|side|siding|pact|receiv|gets|got|accept|sponsor)|-(?:backed|supported|funded|armed|allied|sponsored)/i,
};
/** Words that may give a date: chrono (slow) runs only on sentences with one. */
const DATE_HINT = /\d|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|today|tomorrow|yesterday|tonight|next|last)\b/;

const set = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
const OFFICIAL = set(OFFICIAL_NOUNS);
const SINGLE_OFFICIAL = set(SINGLE_OFFICIAL_NOUNS);
const GROUP = set(GROUP_OFFICIAL_NOUNS);
const SIDE = set(SIDE_NOUNS);
const DELEGATION = set(DELEGATION_NOUNS);
const ROLE_GAP = set(ROLE_GAP_WORDS);
const LINKS = set(OFFICIAL_LINKS);
const PLANNED = set(PLANNED_WORDS);
const HYPOTHETICAL = set(HYPOTHETICAL_WORDS);
const PARTY_TYPES = new Set<Entity['type']>(['Person', 'Country', 'Organization']);
/** Words that end the subject's clause: a subject is not found across them. */
const CLAUSE_BREAKERS = new Set(['rather', 'instead', 'that', 'which', 'but', 'because', 'while', 'when', 'where', 'said', 'says', 'told', 'tells', 'although', 'though', 'whom', 'whose', 'since', 'unless', 'whereas', 'according', 'against', 'than']);
/** Verb words allowed between a subject and its cue ("is due to hold", "has also been"). */
const SUBJECT_GAP_MAX = 10;
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
const WORD = /[\p{L}\p{N}’'-]+/gu;

/** A party in a sentence: a name heading its phrase, a group of officials standing for their country, or a pronoun. */
interface Party {
  start: number;
  end: number;
  id: string;
  type: Entity['type'];
  /** Followed by 's: it owns what follows ("Russia's ally"). */
  possessive: boolean;
  /** The phrase goes on with a noun that is not an official ("U.S. claims"): it names no party there. */
  modifierOnly: boolean;
  /** Parties written before the head in the same phrase ("Russian" in "Russian President Vladimir Putin"). */
  modifiers: string[];
  pronoun: boolean;
  /** A demonym with no official after it ("South Korean"): only a member of a compound ("US and South Korean alliance") or a modifier ("Russian-backed"). */
  adjective: boolean;
  /** A singular office of a country ("the Israeli leader"): the one person of the article holding it, once known. */
  role?: string;
  /** A demonym with a bare noun of armed men ("Yemeni forces", "Iraqi troops"): people of that nationality under arms,
   *  who may be any side of its conflicts: backed by a participle ("U.S.-backed Syrian forces") they are no state. */
  armed?: boolean;
  /** "I", "me", "my" in a direct quote, standing for its speaker (speaker.first-person). */
  firstPerson?: boolean;
  /** One of the two people a reciprocal "they" takes up (subject.they-two). */
  they?: boolean;
  /** One country's share of a plural office over coordinated countries ("U.S. and North Korean leaders"): its role is
   *  read as the singular office's, with no apposition or indefinite "a" of its own (party.distributed-office). */
  distributed?: boolean;
}

interface Candidate extends Relation {
  priority: number;
  /** The first country party written as a group of its people ("Saudi officials", "a Chinese delegation"): meeting.named-members. */
  group?: string;
}

interface Ctx {
  body: string;
  s: Sentence;
  parties: Party[];
  types: Map<string, Entity['type']>;
  /** The year the article was published, for a past year on a meeting ("in 2007"); null when unknown. */
  year: number | null;
  /** People the article names as nominees or candidates: backing them is a vote or an endorsement. */
  nominees: Set<string>;
  /** Capitals read as the city ("met in Moscow"): no party, but where a meeting was, as the country's id. */
  cities: { start: number; countryId: string }[];
  /** People the article introduces as an outlet's ("NPR's Steve Inskeep"): their later talks are interviews too. */
  mediaPeople: Set<string>;
  /** Each person's own countries and bodies. */
  own: Map<string, Set<string>>;
  /** The weekday the article was published (0 = Sunday), null when unknown. */
  weekday: number | null;
  /** The article's source ("Reason", "NPR Online News"): its outlet talks to people for interviews. */
  outlet: string | null;
  /** Starts of the sentence's "his"/"her" whose owner its grammar leaves open between two people (pronouns.ts). */
  openPossessives: ReadonlySet<number>;
  /** The states a party acts for: a country itself, a state's office, a person's own or titled country. */
  sideOf: (p: Party) => ReadonlySet<string>;
  /** Names of people, countries and bodies in this sentence and the one before it, for "the two leaders" (subject.the-two). */
  recent: readonly LinkedMention[];
  /** Bodies named as news outlets ("The Dallas Morning News"), for a pronoun standing for one. */
  outlets: ReadonlySet<string>;
}

export function extractRelations(body: string, sentences: Sentence[], linked: LinkedMention[], entities: Entity[], publishedAt: string | null = null, source: string | null = null, quotes: readonly Quote[] = []): Relation[] {
  const types = new Map(entities.map((e) => [e.id, e.type]));
  const gender = personGenders(entities);
  // Each person's role and titles, for "the top American diplomat" → the article's Secretary of State.
  // (A head of state or government the lexicon knows holds their offices whether or not the article titles them: "his
  // meeting with the Russian president" in an article naming Vladimir Putin untitled; the US presidency only for the
  // president in office on the article's date.)
  const known = knownOffices(entities, publishedAt);
  // A "person" no reader would take for one (a quoted song title, "We'll" opening a line) is no entity at all
  // (unlikely-people.ts, at entity extraction), so none of its mentions reaches here as a party or an antecedent.
  const partyMentions = linked.filter((m) => PARTY_TYPES.has(types.get(m.entityId)!));
  const personMentions = partyMentions.filter((m) => types.get(m.entityId) === 'Person');
  const bodyMentions = partyMentions.filter((m) => types.get(m.entityId) !== 'Person' && m.via !== 'demonym');
  // A person's own countries and bodies: those written before their name in one phrase ("Russian President Vladimir Putin").
  const own = new Map<string, Set<string>>();
  const ownOf = (person: string) => own.get(person) ?? own.set(person, new Set()).get(person)!;
  // A country's head office apposed right after a person's name ("Sergey Lavrov, Russia's foreign minister,", "Shavkat
  // Mirziyoyev, Uzbekistan's president,") ties the holder to that office as a title before the name does ("Russian
  // Foreign Minister Sergey Lavrov"), so "his meeting with Russia's foreign minister" is the person, not the country.
  const apposed = new Map<string, { offices: string[]; countries: Set<string> }>();
  for (let k = 0; k + 1 < partyMentions.length; k++) {
    const [m, next] = [partyMentions[k], partyMentions[k + 1]];
    if (m.sentence !== next.sentence || types.get(m.entityId) !== 'Person' || types.get(next.entityId) === 'Person') continue;
    const gap = body.slice(m.end, next.start);
    const headOffice = types.get(next.entityId) === 'Country' && PLAIN_APPOSITION_GAP.test(gap) ? HEAD_OFFICE_AFTER_OWNER.exec(body.slice(next.end, next.end + 60)) : null;
    if (headOffice) {
      const entry = apposed.get(m.entityId) ?? apposed.set(m.entityId, { offices: [], countries: new Set() }).get(m.entityId)!;
      entry.offices.push(headOffice[1].replace(/\s+/g, ' '));
      entry.countries.add(next.entityId);
    }
    // "Mariano Rajoy, the Spanish prime minister," / "Kim Jong Un, North Korea's leader,": an apposition after the name
    // giving a country's or body's office names the person's own country or body.
    if (headOffice || (NAME_OFFICE_GAP.test(gap) && OFFICE_AFTER_OWNER.test(body.slice(next.end, next.end + 60)))) ownOf(m.entityId).add(next.entityId);
  }
  const roles = new Map(entities.filter((e) => e.type === 'Person').map((e) => [e.id, [e.role ?? '', ...e.aliases, ...(known.get(e.id)?.offices ?? []), ...(apposed.get(e.id)?.offices ?? [])].join(' | ').toLowerCase()]));
  for (let k = 0; k + 1 < partyMentions.length; k++) {
    const [m, next] = [partyMentions[k], partyMentions[k + 1]];
    if (m.sentence !== next.sentence || types.get(next.entityId) !== 'Person' || types.get(m.entityId) === 'Person') continue;
    // "Venezuela’s socialist president, Nicolas Maduro", "the Venezuelan president, Nicolas Maduro": an apposition to
    // the country's office names the person's own country too.
    const gap = body.slice(m.end, next.start);
    if (next.start - m.end > 80 || !(chainGap(gap, true) || OFFICE_APPOSITION.test(gap))) continue;
    ownOf(next.entityId).add(m.entityId);
  }
  const pronouns = pronounResolver(body, sentences, partyMentions, types, gender, roles);
  const nominees = nomineesOf(body, personMentions);
  const mediaPeople = new Set(personMentions.filter((m) => introducedAsMedia(sameLineBefore(body, m.start, 60))).map((m) => m.entityId));
  // "Pakistani Taliban", "Syrian Democratic Forces": a group named after a country is a part or a faction of it, no ally
  // of that country (either the same side, or its armed opposition).
  const namedAfter = new Map(entities.filter((e) => e.type === 'Organization').flatMap((e) => {
    const code = COUNTRY_BY_DEMONYM.get(e.name.split(/\s+/)[0]);
    return code && e.name.includes(' ') ? [[e.id, `country:${code}`] as const] : [];
  }));
  // "Ed Miliband ~ a Miliband government", "Obama ~ the Obama administration": a body named after a person is that
  // person's own (their government, campaign, foundation), never their ally or the other side of their meeting.
  const ownBody = bodiesNamedAfter(entities);
  // "the Clinton campaign", "the Trump campaign": a person with a campaign of their own is a candidate, and backing them
  // is an endorsement (ally.candidate-campaign).
  const outlets = new Set(entities.filter((e) => e.type === 'Organization' && (OUTLET_NAME.test(e.name) || MEDIA_NAME_END.test(e.name))).map((e) => e.id));
  const campaigns = new Set(entities.filter((e) => e.type === 'Organization' && /\s(?:campaign|camp)$/i.test(e.name)).map((e) => e.id));
  for (const [person, bodies] of ownBody) if ([...bodies].some((b) => campaigns.has(b))) nominees.add(person);
  // "the U.S. Department of Defense … to support the U.S. State Department": two offices of one state's government.
  const office = officesOfStates(entities);
  // Direct quotes of a named person: their "I", "me" and "my" stand for the speaker (speaker.first-person).
  const speakerQuotes = quotes.filter((q) => q.direct && q.speakerId && types.get(q.speakerId) === 'Person').sort((a, b) => a.start - b.start);
  let qi = 0;
  const perSentence: Party[][] = [];
  const openPossessives: number[] = [];
  let mi = 0;
  for (const [si, s] of sentences.entries()) {
    while (mi < partyMentions.length && partyMentions[mi].start < s.start) mi++;
    if (!HINTS.MET_WITH.test(s.text) && !HINTS.ALLIED_WITH.test(s.text)) {
      perSentence.push([]);
      continue;
    }
    const inSentence: LinkedMention[] = [];
    for (let k = mi; k < partyMentions.length && partyMentions[k].start < s.end; k++) inSentence.push(partyMentions[k]);
    while (qi < speakerQuotes.length && speakerQuotes[qi].end <= s.start) qi++;
    const parties = withoutSpeakerInOwnQuote(body, buildParties(body, s, inSentence, types, bodyMentions, pronouns.pronounsOf(si, inSentence, openPossessives)), speakerQuotes, qi);
    const speakerSelf = firstPersonOfSpeaker(body, s, speakerQuotes, qi);
    perSentence.push(speakerSelf.length ? [...parties, ...speakerSelf].sort((a, b) => a.start - b.start) : parties);
  }
  // "the top American diplomat", "the Israeli leader": the one person the article names with that office and country.
  const titled = titleCountries(entities);
  for (const [id, { countries }] of apposed) for (const c of countries) (titled.get(id) ?? titled.set(id, new Set()).get(id)!).add(c);
  const formerly = new Set(personMentions.filter((m) => FORMER_TITLE_BEFORE.test(body.slice(Math.max(0, m.start - 60), m.start))).map((m) => m.entityId));
  // "What are the precedents? In 1986, US President Ronald Reagan expelled 80 … diplomats": a person the article names
  // only in sentences dated two years or more before its own (its date, else the latest year it writes) is an earlier
  // era's, no present holder of the office a role phrase names (party.past-era-holder).
  const yearsOf = (text: string) => [...text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((y) => Number(y[1]));
  const refYear = publishedAt && /^\d{4}/.test(publishedAt) ? Number(publishedAt.slice(0, 4)) : Math.max(0, ...yearsOf(body).filter((y) => y <= 2030));
  const pastEraSentence = (si: number) => { const ys = yearsOf(sentences[si]?.text ?? ''); return ys.length > 0 && refYear > 0 && Math.max(...ys) <= refYear - 2; };
  const pastEra = new Set(personMentions.map((m) => m.entityId).filter((id) => personMentions.every((m) => m.entityId !== id || pastEraSentence(m.sentence))));
  const bodyTitles = new Map(entities.filter((e) => e.type === 'Person').map((e) => [e.id, [e.role ?? '', ...e.aliases].join(' | ')]));
  for (const [id, k] of known) if (k.country) titled.get(id)?.add(k.country);
  // "Nunberg met Mr Mueller's team for five hours", "Cohen met with the House Intelligence Committee", "FBI agents visited
  // him": one side is an inquiry — a special counsel (by title), their team, a legislature's committee, the FBI — and the
  // other is questioned or testifies; no meeting (meet.inquiry-party).
  const inquiry = new Set(entities.filter((e) => (e.type === 'Person' && INQUIRY_TITLE.test(bodyTitles.get(e.id) ?? '')) || (e.type === 'Organization' && ((INQUIRY_COMMITTEE_START.test(e.name) && INQUIRY_COMMITTEE_END.test(e.name)) || /\bSubcommittee$/.test(e.name) || INQUIRY_AGENCY_NAME.test(e.name)))).map((e) => e.id));
  const inquiryNames = entities.filter((e) => inquiry.has(e.id) && e.type === 'Person').flatMap((e) => [e.name, ...e.aliases, e.name.split(/\s+/).pop()!]);
  for (const e of entities) if (e.type === 'Organization' && INQUIRY_TEAM_NOUNS.test(e.name) && inquiryNames.includes(e.name.replace(INQUIRY_TEAM_NOUNS, ''))) inquiry.add(e.id);
  // The body in lower case, made once, and only when an office party asks for it (introducedIndefinite).
  let lowerBody: string | undefined;
  const lower = () => (lowerBody ??= body.toLowerCase());
  const firstMention = new Map<string, number>();
  for (const m of personMentions) firstMention.set(m.entityId, Math.min(m.start, firstMention.get(m.entityId) ?? Infinity));
  // The US president in office on the article's date, named by family name with the title ("President Trump").
  const usFamily = publishedAt ? US_PRESIDENTS.find((x) => x.from <= publishedAt && publishedAt <= x.to)?.name.split(' ').pop()?.toLowerCase() : undefined;
  const entityNames = new Map(entities.map((e) => [e.id, e.name.toLowerCase()]));
  const presidentByFamily = (id: string) => usFamily !== undefined && (roles.get(id) ?? '').split(' | ').some((t) => t === 'president' || t === `president ${usFamily}`) && (entityNames.get(id) === usFamily || (entityNames.get(id) ?? '').endsWith(` ${usFamily}`));
  // The article's people who may hold a country's singular office (role), and those of them tied to it as present holders.
  const holdersOf = (pid: string, role: string, distributed: boolean, at: number) => {
    // A title naming another country ("Israeli Prime Minister Menachem Begin") is another country's office.
    // A person the article ("Russian President Vladimir Putin") or the lexicon ties to the country is tied, whatever
    // else they own ("US President Donald Trump" with "US" read as a body).
    // (A share of a plural office also counts the lexicon's holder of that country's office as tied.)
    // (So does "President Trump" for the US share of a dated article whose president in office bears that name.)
    const tied = (id: string) => own.get(id)?.has(pid) || titled.get(id)?.has(pid) || (distributed && (known.get(id)?.country === pid || (pid === 'country:US' && presidentByFamily(id))));
    // ("European Council President Donald Tusk", "Brexit Party leader Nigel Farage": a title naming a body is that
    // body's office, no country's, unless the person is tied to the country.)
    // ("Secretary of State Rex Tillerson … Wang Yi, meeting with North Korea's top diplomat": a title that by convention
    // names one state's office, "Secretary of State" the American one, holds no other country's — role.conventional-state.)
    const otherState = (id: string) => { const c = STATE_OF_OFFICE_TITLE.find(([re]) => re.test(bodyTitles.get(id) ?? ''))?.[1]; return c !== undefined && `country:${c}` !== pid; };
    // (For a share of a plural office, one the lexicon ties to another country holds none of this one's.)
    // (The role phrase in a past-era sentence of its own may be that era's holder, and so may it right after the era's
    // sentence names them: "Medvedev arrived in Washington in 2012. Obama hosted the Russian prime minister".)
    const si = sentenceAt(at);
    const outOfEra = (id: string) => pastEra.has(id) && !pastEraSentence(si) && !personMentions.some((m) => m.entityId === id && m.start < at && m.sentence >= si - 1);
    const holders = [...roles].filter(([id, r]) => !outOfEra(id) && ROLE_TITLES[role].test(r) && (tied(id) || (!ownCountryOf(own, id) && !BODY_OFFICE_TITLE.test(bodyTitles.get(id) ?? '') && !otherState(id))) && !(titled.get(id)?.size && !titled.get(id)!.has(pid)) && !(distributed && known.get(id)?.country && known.get(id)!.country !== pid));
    // "European Council President Donald Tusk spoke. … his summit with the Russian leader": of several who may hold
    // the office, the one tied to the country holds it; a holder tied to no country is only a possible one.
    // (One titled "then-Ukrainian President" or "former" held it once: no present holder.)
    const present = holders.filter(([id]) => tied(id) && !formerly.has(id));
    return { holders, present };
  };
  // "Russia's ambassador", "the U.S. envoy": the one envoy of that rank the article ties to the country by title ("Russian
  // Ambassador Sergey Kislyak", "Russia's ambassador to Britain, Alexander Yakovenko"); a country written after
  // "ambassador to" is the envoy's post ("U.S. Ambassador to the UK Woody Johnson"), and one titled former or deputy holds
  // no present office of it (party.envoy-holder).
  const postedTo = new Set<string>();
  for (let k = 0; k + 1 < partyMentions.length; k++) {
    const [c, m] = [partyMentions[k], partyMentions[k + 1]];
    if (c.sentence === m.sentence && types.get(c.entityId) === 'Country' && types.get(m.entityId) === 'Person' && ENVOY_POST_BEFORE.test(body.slice(Math.max(0, c.start - 30), c.start))) postedTo.add(`${m.entityId}|${c.entityId}`);
  }
  // ("U.S. envoy Zalmay Khalilzad", "Sergey Kislyak, the Russian ambassador,": a title in lower case gives no role, so the
  // envoy's noun is read off the text before or apposed after a mention.)
  const envoyTitles = new Map<string, string>();
  for (const m of personMentions) {
    const noun = ENVOY_TITLE_BEFORE.exec(body.slice(Math.max(0, m.start - 12), m.start))?.[1] ?? ENVOY_APPOSED_AFTER.exec(body.slice(m.end, m.end + 60))?.[1];
    if (noun) envoyTitles.set(m.entityId, `${envoyTitles.get(m.entityId) ?? ''} | ${noun.toLowerCase()}`);
  }
  const pastEnvoys = new Set(personMentions.filter((m) => PAST_OR_UNDER_TITLE_BEFORE.test(body.slice(Math.max(0, m.start - 60), m.start))).map((m) => m.entityId));
  const envoyHolders = (noun: string, country: string) => [...roles].map(([id, r]) => [id, `${r}${envoyTitles.get(id) ?? ''}`] as const).filter(([id, r]) => ENVOY_OFFICES[noun].test(r) && !/\b(?:deputy|vice|assistant|former)[\s-]/.test(r) && !pastEnvoys.has(id) && !postedTo.has(`${id}|${country}`) && (own.get(id)?.has(country) || titled.get(id)?.has(country))).map(([id]) => id);
  // The office a person holds for a counterpart of theirs (COUNTERPART_OFFICES), and its one present holder in a country.
  // (An envoy's title in lower case counts: "South Korean envoy Hwang … his U.S. counterpart".)
  const counterpartOffice = (id: string) => (UNDER_OFFICE.test(roles.get(id) ?? '') ? undefined : COUNTERPART_OFFICES.find(([, re]) => re.test(`${roles.get(id) ?? ''}${envoyTitles.get(id) ?? ''}`)));
  const underRank = new Set(personMentions.filter((m) => UNDER_TITLE_BEFORE.test(body.slice(Math.max(0, m.start - 60), m.start))).map((m) => m.entityId));
  const counterpartHolder = (ownerId: string, country: string) => {
    const office = counterpartOffice(ownerId);
    if (!office || sideOfId0(ownerId).has(country)) return undefined;
    const holders = [...roles.keys()].filter((id) => id !== ownerId && counterpartOffice(id)?.[0] === office[0] && !formerly.has(id) && !underRank.has(id) && (own.get(id)?.has(country) || titled.get(id)?.has(country) || known.get(id)?.country === country));
    return holders.length === 1 ? holders[0] : undefined;
  };
  // (The owner's own countries, as sideOfId below gives them: no one's counterpart is of their own country.)
  const sideOfId0 = (id: string) => new Set([...(own.get(id) ?? []), ...(titled.get(id) ?? []), ...(known.get(id)?.country ? [known.get(id)!.country!] : [])]);
  // "a Chinese delegation" in an article naming "Chinese Vice Premier Liu He": the one present official of envoy rank the
  // article ties to the country (its head of state or government sits as themselves) — party.delegation-head.
  const delegationHeads = (country: string) => [...roles].filter(([id, r]) => DELEGATION_HEAD_TITLE.test(r) && !HEAD_OF_STATE_TITLE.test(r) && !formerly.has(id) && (own.get(id)?.has(country) || titled.get(id)?.has(country) || known.get(id)?.country === country || STATE_OF_OFFICE_TITLE.some(([re, c]) => `country:${c}` === country && re.test(bodyTitles.get(id) ?? '')))).map(([id]) => id);
  // Delegations read as their head (party.delegation-head): where, whose, of which country.
  const delegated: { at: number; head: string; country: string }[] = [];
  const sentenceAt = (at: number) => sentences.findIndex((x) => x.start <= at && at < x.end);
  // "Liu, who led the Chinese side in the trade talks": the one person the article names as leading a country's side.
  const sideLeaders = sideLeadersOf(body, partyMentions, types);
  for (const parties of perSentence) {
    // (Read before any party of the sentence turns into a person below.)
    const owners = parties.map((_, k) => counterpartOwner(body, parties, k));
    for (const [k, p] of parties.entries()) {
      // "Trump and Liu, who led the Chinese side in the trade talks with Washington": a country's side, delegation or team
      // is the person the article names as leading it, when it names one (party.side-leader).
      const leaders = p.type === 'Country' && !p.pronoun && !p.distributed && SIDE.has((words(body.slice(p.start, p.end)).pop() ?? '').toLowerCase()) ? sideLeaders.get(p.id) : undefined;
      if (leaders?.size === 1) {
        const [leader] = leaders;
        ownOf(leader).add(p.id);
        Object.assign(p, { id: leader, type: 'Person' });
        continue;
      }
      // (Only a singular unit of the country's own, not its possessive nor a modifier: "the Chinese delegation's visit".)
      // ("North Korea's delegation, which again included Kim Hyok Chol": members the sentence names are its own word.)
      const members = parties.some((x, j) => j > k && x.type === 'Person' && !x.pronoun && MEMBERS_GAP.test(body.slice(p.end, x.start)));
      const heads = !leaders && !members && p.type === 'Country' && !p.pronoun && !p.distributed && !p.possessive && !p.modifierOnly && DELEGATION.has((words(body.slice(p.start, p.end)).pop() ?? '').toLowerCase()) ? delegationHeads(p.id) : [];
      if (heads.length === 1) {
        delegated.push({ at: p.start, head: heads[0], country: p.id });
        ownOf(heads[0]).add(p.id);
        Object.assign(p, { id: heads[0], type: 'Person' });
        continue;
      }
      // "China’s top negotiator, Vice Premier Liu He": a country's or body's official named by a singular noun is one person.
      // ("the leader of the Chinese delegation, Vice Premier Liu He": the head of a group named by its noun is one person
      // too, whom a name apposed after the group names — party.head-of-group.)
      const single = p.type !== 'Person' && !p.pronoun && (SINGLE_OFFICIAL.has((words(body.slice(p.start, p.end)).pop() ?? '').toLowerCase()) || (HEAD_OF_GROUP_BEFORE.test(body.slice(Math.max(0, p.start - 30), p.start)) && OFFICIAL.has((words(body.slice(p.start, p.end)).pop() ?? '').toLowerCase())));
      const owner = owners[k];
      if (!p.role && !single && !owner) continue;
      // "Mariano Rajoy, the Spanish prime minister, met French officials": an office apposed to the name before it is
      // that person's.
      const prev = parties[k - 1];
      // ("Kim Yong Chol, a top Pyongyang official who met Pompeo": a relative clause on the apposition closes it too.)
      if (!p.distributed && prev && prev.type === 'Person' && !prev.pronoun && NAME_OFFICE_GAP.test(body.slice(prev.end, p.start)) && (APPOSITION_CLOSE.test(body.slice(p.end, p.end + 2)) || /^\s+(?:who|whom|whose)\b/.test(body.slice(p.end, p.end + 8)))) {
        ownOf(prev.id).add(p.id);
        Object.assign(p, { id: prev.id, type: 'Person' });
        continue;
      }
      // "the Russian prime minister, Dmitry Medvedev": a name in apposition right after the office holds it (titles of
      // the name may stand before it).
      const next = parties[k + 1];
      // With titles between, the name must close its apposition ("…, Vice Premier Liu He, in"): "Before his talks with
      // the US President, Mr Johnson spoke" is a fronted adjunct and the main clause's subject.
      const gap = body.slice(p.end, next?.start ?? p.end);
      if (!p.distributed && next && next.type === 'Person' && !next.pronoun && (/^\s*,\s*$/.test(gap) || (APPOSED_NAME_GAP.test(gap) && APPOSITION_CLOSE.test(body.slice(next.end, next.end + 2))))) {
        ownOf(next.id).add(p.id);
        Object.assign(p, { id: next.id, type: 'Person' });
        continue;
      }
      // "the Russian ambassador to the United States, Sergey Kislyak": a name apposed after the envoy's post holds the
      // office too (party.envoy-holder).
      const posted = parties[k + 2];
      if (!p.distributed && p.type === 'Country' && ENVOY_OFFICES[(words(body.slice(p.start, p.end)).pop() ?? '').toLowerCase()] && next?.type === 'Country' && /^\s+(?:to|in)\s+(?:the\s+)?$/.test(gap) && posted?.type === 'Person' && !posted.pronoun && /^\s*,\s*$/.test(body.slice(next.end, posted.start))) {
        ownOf(posted.id).add(p.id);
        Object.assign(p, { id: posted.id, type: 'Person' });
        continue;
      }
      // "Kerry, who met with his Russian counterpart": the counterpart holds the owner's office in that country — the one
      // person the article ties to both, else the country stays (party.counterpart-office).
      const counterpart = owner ? counterpartHolder(owner.id, p.id) : undefined;
      if (counterpart) {
        ownOf(counterpart).add(p.id);
        Object.assign(p, { id: counterpart, type: 'Person' });
        continue;
      }
      const envoyNoun = (words(body.slice(p.start, p.end)).pop() ?? '').toLowerCase();
      if (p.type === 'Country' && !p.pronoun && !p.distributed && !p.possessive && !p.modifierOnly && ENVOY_OFFICES[envoyNoun] && !INDEFINITE_BEFORE.test(body.slice(Math.max(0, p.start - 6), p.start))) {
        const envoys = envoyHolders(envoyNoun, p.id);
        // ("Flynn lied about his contact with a Russian ambassador … calling Russian ambassador Sergey Kislyak … his talks
        // with the Russian ambassador": an envoy first written with "a" is still the one the article has named by then —
        // party.envoy-named-before.)
        if (envoys.length === 1 && (!introducedIndefinite(body, p, lower) || (firstMention.get(envoys[0]) ?? Infinity) < p.start)) {
          ownOf(envoys[0]).add(p.id);
          Object.assign(p, { id: envoys[0], type: 'Person' });
          continue;
        }
      }
      if (!p.role) continue;
      // "A Russian diplomat at the United Nations said … the same Russian diplomat": an office introduced with "a" is an
      // unnamed person of its own, here and after, not the article's named holder.
      if (!p.distributed && introducedIndefinite(body, p, lower)) continue;
      const { holders, present: tiedHolders } = holdersOf(p.id, p.role, p.distributed === true, p.start);
      // (A share of a plural office takes up a holder the reader already knows: one named before the phrase. "The foreign
      // ministers of Ukraine, Russia, Germany and France met … Russian Foreign Minister Sergey Lavrov said" keeps Russia.)
      const present = p.distributed ? tiedHolders.filter(([id]) => (firstMention.get(id) ?? Infinity) < p.start) : tiedHolders;
      // (One country's share of a plural office takes a holder tied to it only: an untied one could hold every share.)
      const holder = present.length === 1 ? present[0] : holders.length === 1 && !p.distributed ? holders[0] : undefined;
      // "The Spanish leader also spoke with Trump": the holder of a country's office belongs to that country, so
      // "Spanish officials met with Rajoy" is no meeting of Spain with him.
      if (holder) {
        ownOf(holder[0]).add(p.id);
        Object.assign(p, { id: holder[0], type: 'Person' });
      }
    }
  }
  // "met the Saudi king, Salman, in Riyadh", "the Russian ambassador, Sergey Kisylak," with the name known to no entity
  // (a misspelling, a foreign name the tagger missed): the name apposed to a country's singular office holds it, so
  // the office is that person and no party for the country; with no entity for the person there is none
  // (party.unknown-apposed-holder).
  for (const parties of perSentence) {
    for (const p of parties) {
      if (p.type !== 'Country' || p.pronoun || p.possessive || p.modifierOnly || p.distributed) continue;
      // (The office is the party's last word, "the Russian ambassador", or follows a demonym read alone, "the Saudi king".)
      const ownOffice = !!p.role || SINGLE_OFFICIAL.has((words(body.slice(p.start, p.end)).pop() ?? '').toLowerCase());
      const officeEnd = ownOffice ? p.end : p.end + (SINGLE_OFFICE_AFTER.exec(body.slice(p.end, Math.min(body.length, p.end + 40)))?.[0].length ?? -Infinity);
      if (!Number.isFinite(officeEnd)) continue;
      const name = APPOSED_UNKNOWN_NAME.exec(body.slice(officeEnd, Math.min(body.length, officeEnd + 80)));
      if (!name || NOT_A_NAME_WORD.test(name[1])) continue;
      const to = officeEnd + name[0].length;
      if (linked.some((m) => m.start < to && m.end > officeEnd)) continue;
      p.modifierOnly = true;
    }
  }
  // A person's side: their own or titled country, the country the lexicon gives them an office of, or the state whose
  // office their title names by convention ("Secretary of State", "Trade Representative": American offices).
  const sideOfId = (id: string): ReadonlySet<string> => {
    const type = types.get(id);
    if (type === 'Country') return new Set([id]);
    if (type === 'Organization') return office.has(id) ? new Set([`country:${office.get(id)}`]) : new Set();
    const out = new Set([...(own.get(id) ?? [])].filter((o) => types.get(o) === 'Country'));
    for (const c of titled.get(id) ?? []) out.add(c);
    const conventional = STATE_OF_OFFICE_TITLE.find(([re]) => re.test(bodyTitles.get(id) ?? ''))?.[1];
    if (conventional) out.add(`country:${conventional}`);
    return out;
  };
  const sideOf = (p: Party) => sideOfId(p.id);
  // "Hagel … leading weekly meetings with senior Pentagon brass", "McHugh … was supported by Army Gen. David Rodriguez":
  // the department or service a person's own title names is theirs (own.institution). Two people it names alike serve
  // in one institution and back no one in the other.
  const institutions = new Map<string, Set<string>>();
  for (const e of entities) {
    const keys = new Set<string>();
    if (e.type === 'Person') {
      const title = bodyTitles.get(e.id) ?? '';
      for (const [key, titleRe] of INSTITUTION_OF_TITLE) if (titleRe.test(title)) keys.add(key);
    } else if (e.type === 'Organization') {
      for (const [key, , nameRe] of INSTITUTION_OF_TITLE) if (nameRe.test(e.name)) keys.add(key);
    }
    if (keys.size) institutions.set(e.id, keys);
  }
  const ownInstitution = (type: RelationType, a: string, b: string) => {
    const [ka, kb] = [institutions.get(a), institutions.get(b)];
    if (!ka || !kb || ![...ka].some((k) => kb.has(k))) return false;
    const [ta, tb] = [types.get(a), types.get(b)];
    if (!(ta === 'Person' && tb === 'Organization') && !(tb === 'Person' && ta === 'Organization') && !(type === 'ALLIED_WITH' && ta === 'Person' && tb === 'Person')) return false;
    // ("Iraqi Army Gen. X" and "U.S. Army Gen. Y": two states' armies — one side known and not the other's is no match.)
    const [sa, sb] = [sideOfId(a), sideOfId(b)];
    return (sa.size === 0 && sb.size === 0) || [...sa].some((c) => sb.has(c));
  };
  const ref = publishedAt ? new Date(`${publishedAt}T12:00:00Z`) : null;
  const openSet = new Set(openPossessives);
  const cities = linked.filter((m) => m.type === 'Place' && m.via === 'capital' && m.countryCode).map((m) => ({ start: m.start, countryId: `country:${m.countryCode}` }));
  const out: Relation[] = [];
  const dates = new Map<string, string | null>();
  // Meetings told by a meeting noun with no time of their own (settleBareMeetings).
  const bare = new Set<Relation>();
  // Meetings with a country written as a group of its people (meeting.named-members).
  const groups = new Map<Relation, string>();
  // Each sentence's names of people, countries and bodies, for "the two leaders" (subject.the-two).
  const mentionsBySentence = new Map<number, LinkedMention[]>();
  for (const m of partyMentions) (mentionsBySentence.get(m.sentence) ?? mentionsBySentence.set(m.sentence, []).get(m.sentence)!).push(m);
  sentences.forEach((s, si) => {
    const parties = perSentence[si];
    // (A sentence naming no one may still say "the two leaders met": subject.the-two.)
    // (Nor "inter-Korean talks": compound.both-sides-adjective.)
    if (parties.length === 0 && !THE_TWO.test(s.text) && !BOTH_SIDES_WORD.test(s.text)) return;
    const recent = [...(mentionsBySentence.get(si - 1) ?? []), ...(mentionsBySentence.get(si) ?? [])];
    const ctx: Ctx = { body, s, parties, types, year: ref ? ref.getUTCFullYear() : null, nominees, cities: cities.filter((c) => c.start >= s.start && c.start < s.end), mediaPeople, own, weekday: ref ? ref.getUTCDay() : null, outlet: source, openPossessives: openSet, sideOf, recent, outlets };
    const best = new Map<string, Candidate>();
    const hinted = { MET_WITH: HINTS.MET_WITH.test(s.text), ALLIED_WITH: HINTS.ALLIED_WITH.test(s.text) };
    for (const rule of COMPILED_RULES) {
      if (!hinted[rule.type]) continue;
      const frame = rule.frameSearch ? leadFirst(rule.frameSearch, s.text) : undefined;
      if (frame === null) continue;
      rule.search.rest.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = leadExec(rule.search, s.text))) {
        // The cue is the `cue` group when the pattern has one ("aid Egypt GETS FROM …"), else the whole match.
        const span = m.indices?.groups?.cue ?? [m.index, m.index + m[0].length];
        const cueStart = s.start + span[0];
        const cueEnd = s.start + span[1];
        for (const c of applyRule(ctx, rule, cueStart, cueEnd, m.groups?.noun ?? frame?.groups?.noun ?? frame?.groups?.callNoun)) {
          if (c.sourceId === c.targetId || isOwn(own, types, c.sourceId, c.targetId) || ownBody.get(c.sourceId)?.has(c.targetId) || ownBody.get(c.targetId)?.has(c.sourceId)) continue;
          // "the US leaders assured him" with "him" read as Trump: a person is never met by the country whose office the
          // article or the lexicon gives them, named as such in this sentence or not.
          if (c.type === 'MET_WITH' && (titled.get(c.sourceId)?.has(c.targetId) || titled.get(c.targetId)?.has(c.sourceId))) continue;
          if (c.type === 'MET_WITH' && (inquiry.has(c.sourceId) || inquiry.has(c.targetId))) continue;
          if (c.type === 'ALLIED_WITH' && (namedAfter.get(c.sourceId) === c.targetId || namedAfter.get(c.targetId) === c.sourceId)) continue;
          if (c.type === 'ALLIED_WITH' && office.has(c.sourceId) && office.get(c.sourceId) === office.get(c.targetId)) continue;
          if (ownInstitution(c.type, c.sourceId, c.targetId)) continue;
          const key = `${c.type}|${[c.sourceId, c.targetId].sort().join('|')}`;
          const prev = best.get(key);
          // One arbitration step: the more specific rule (earlier in the table) wins; then the first cue in the sentence.
          if (!prev || c.priority < prev.priority) best.set(key, c);
        }
      }
    }
    // "The U.S.-Mexican talks begin with a meeting between Mexico's Marquez and U.S. Commerce Secretary Ross": the states'
    // talks are their people's meeting, which the sentence names; the pair of countries is no second meeting.
    const personPair = (o: Candidate, a: string, b: string) => o.type === 'MET_WITH' && types.get(o.sourceId) === 'Person' && types.get(o.targetId) === 'Person' && ((sideOfId(o.sourceId).has(a) && sideOfId(o.targetId).has(b)) || (sideOfId(o.sourceId).has(b) && sideOfId(o.targetId).has(a)));
    for (const [key, c] of best) {
      if (c.type === 'MET_WITH' && types.get(c.sourceId) === 'Country' && types.get(c.targetId) === 'Country' && [...best.values()].some((o) => personPair(o, c.sourceId, c.targetId))) best.delete(key);
    }
    for (const c of best.values()) {
      const { priority: _priority, group, ...rel } = c;
      if (group) groups.set(rel, group);
      if (rel.type === 'MET_WITH') {
        // The date is looked for after the cue, within the clause ("met … on Wednesday"); chrono is costly, so only
        // when a date word is there, once per distinct text.
        const cueAt = rel.evidence.start + (s.text.indexOf(rel.cue ?? '') >= 0 ? s.text.indexOf(rel.cue ?? '') : 0);
        const window = body.slice(cueAt, Math.min(s.end, cueAt + 140));
        const key = `${rel.status}|${window}`;
        if (!dates.has(key)) dates.set(key, (ref || /\b(?:19|20)\d{2}\b/.test(window)) && DATE_HINT.test(window) ? meetingDate(window, ref, rel.status === 'planned', rel.status === 'happened') : null);
        rel.date = dates.get(key)!;
        if (rel.status === 'happened' && MEETING_NOUN_RULES.has(rel.rule ?? '')) {
          const before = body.slice(Math.max(s.start, cueAt - 80), cueAt);
          if (!pastTimeOn(body.slice(cueAt, s.end), ctx.year) && !pastMonthOn(body.slice(cueAt, Math.min(s.end, cueAt + 80)), ref) && !yearBeforeNoun(before, ctx.year) && !PAST_ADJECTIVE_BEFORE.test(before) && !pastVerbBeforeAdjunct(before) && !PAST_TIME_BEFORE_NOUN.test(before)) bare.add(rel);
        }
      }
      out.push(rel);
    }
  });
  cancelledInNextSentence(body, sentences, out);
  settleBareMeetings(out, bare, ref);
  undelegateNamedMeetings(out, delegated.filter((d) => !personMentions.some((m) => m.entityId === d.head && m.sentence === sentenceAt(d.at))), groups);
  settleJourneyPurposes(out);
  settlePlannedHeldElsewhere(out, bare, ref && !Number.isNaN(ref.getTime()) ? ref.toISOString().slice(0, 10) : null);
  return withoutNamedGroups(out, groups, sideOfId, types);
}

/**
 * "Trump was to meet Trudeau on Friday. The meeting was called off.": a sentence opening with a definite meeting noun
 * whose predicate cancels it takes up the meeting the sentence before plans; that plan is refused.
 */
function cancelledInNextSentence(body: string, sentences: readonly Sentence[], out: Relation[]): void {
  for (let si = 1; si < sentences.length; si++) {
    const opening = DEFINITE_MEETING_OPENING.exec(sentences[si].text);
    if (!opening) continue;
    const predicate = sentences[si].text.slice(opening[0].length);
    if (!CANCELLED_PREDICATE.test(predicate) || MOVED_PREDICATE.test(predicate)) continue;
    const prev = sentences[si - 1];
    for (const r of out) if (r.type === 'MET_WITH' && r.status === 'planned' && r.evidence.start === prev.start) r.status = 'refused';
  }
}
/** A sentence opening with a definite meeting noun ("The meeting", "But the planned summit", "However, that visit"). */
const DEFINITE_MEETING_OPENING = /^["“]?(?:(?:But|However|And|Now|Then),?\s+)?(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]heir|[Hh]is|[Hh]er)\s+(?:(?:planned|scheduled|proposed|expected|promised|planned-for|anticipated|upcoming|first|bilateral)\s+)?(?:meeting|summit|talks|visit|sit-down|trip)\b/u;

/**
 * "Trump will meet Kim in Singapore on 12 June. … Other locations considered for the Trump-Kim summit included
 * Mongolia": a meeting noun with no time of its own ("the Trump-Kim summit", "his meeting with Kim") takes its time from
 * the article — when the article plans the pair's meeting (not dated before it appeared) and tells of no meeting of the
 * pair that took place (a verb, a date, a past time), the bare noun names that planned meeting, not one that happened.
 */
function settleBareMeetings(out: Relation[], bare: ReadonlySet<Relation>, ref: Date | null): void {
  // (A publishedAt no date can be read from gives no day.)
  const day = ref && !Number.isNaN(ref.getTime()) ? ref.toISOString().slice(0, 10) : null;
  const pair = (r: Relation) => [r.sourceId, r.targetId].sort().join('|');
  // A held call, or a held meeting told as another time (heldAsserted: "when they met for the first time in Singapore last
  // June"), tells nothing of a sitting now.
  const planned = new Set<string>();
  const held = new Set<string>();
  for (const r of out) {
    if (r.type !== 'MET_WITH') continue;
    if (r.status === 'planned' && !(r.date && day && r.date < day)) planned.add(`${r.kind === 'call' ? 'call' : 'sit'}|${pair(r)}`);
    if (r.status === 'happened' && !bare.has(r) && heldAsserted(r, day)) held.add(`${r.kind === 'call' ? 'call' : 'sit'}|${pair(r)}`);
  }
  for (const r of bare) {
    const key = `${r.kind === 'call' ? 'call' : 'sit'}|${pair(r)}`;
    if (!planned.has(key) || held.has(key)) continue;
    r.status = 'planned';
    r.statusRule = `${r.statusRule ?? 'status.held'}>pair-planned-elsewhere`;
  }
}
/** A past verb right before the adjunct a meeting noun heads (within its last three words): "Clinton said after meeting
 *  with Netanyahu", "told reporters on Monday during talks with". */
/** A time already past before a meeting noun in its sentence: "Last year, following the Trump-Kim summit", "two
 *  years ago at their summit" — the noun is dated by it, no bare mention of a meeting ahead. */
const PAST_TIME_BEFORE_NOUN = /\b(?:[Ll]ast\s+(?:year|month|week|spring|summer|fall|autumn|winter)|(?:days|weeks|months|years)\s+ago|[Yy]esterday|[Ee]arlier\s+this\s+(?:year|month|week))\b/;
function pastVerbBeforeAdjunct(before: string): boolean {
  const ws = words(before).map((w) => w.toLowerCase());
  for (let k = ws.length - 1; k >= Math.max(0, ws.length - 4); k--) {
    if (!ADJUNCT_PREPOSITIONS.has(ws[k])) continue;
    const j = k >= 3 && (ws[k - 2] === 'on' || ws[k - 2] === 'last') ? k - 3 : k - 1;
    return j >= 0 && (PAST_VERBS_OF_ADJUNCT.has(ws[j]) || (ws[j].length > 3 && ws[j].endsWith('ed')));
  }
  return false;
}
const ADJUNCT_PREPOSITIONS = new Set(['after', 'during', 'at', 'following', 'since', 'in']);
const PAST_VERBS_OF_ADJUNCT = new Set(['said', 'told', 'met', 'spoke', 'wrote']);

/**
 * "“I don’t believe he cares about the survival of his client, Assad,” he said": a speaker names themselves "I"/"my" in
 * their own quotation, so a third-person pronoun inside it is someone else — never the speaker named right after the
 * closing mark ("…,” he said") or before the opening one ("Russell said: “…"). Such a pronoun is no party.
 */
function withoutSpeakerInOwnQuote(body: string, parties: Party[], quotes: readonly Quote[], first: number): Party[] {
  if (!parties.some((p) => p.pronoun)) return parties;
  return parties.filter((p) => {
    if (!p.pronoun || p.firstPerson) return true;
    // ("Matthew Miller … said: “I don’t think we know yet whether he’s cooperating. He’s almost certainly negotiating
    // with Mueller”": a quotation running over sentences is its speaker's, whom its "he" is not.)
    for (let i = first; i < quotes.length && quotes[i].start <= p.start; i++) if (quotes[i].direct && quotes[i].end >= p.end && quotes[i].speakerId === p.id) return false;
    const open = body.lastIndexOf('“', p.start);
    const close = body.indexOf('”', p.end);
    if (open < 0 || close < 0 || body.lastIndexOf('”', p.start) > open) return true;
    // ("…,” said Engel, D-N.Y.": the inverted cue names the speaker after it.)
    const after = parties.find((x) => x.start > close && !x.possessive && ((QUOTE_THEN_SPEAKER.test(body.slice(close + 1, x.start)) && SAYING_AFTER.test(body.slice(x.end, x.end + 12))) || SAYING_THEN_SPEAKER.test(body.slice(close + 1, x.start))));
    const before = parties.filter((x) => x.end <= open && !x.possessive).pop();
    const speaker = after ?? (before && SAYING_BEFORE_QUOTE.test(body.slice(before.end, open)) ? before : undefined);
    return !speaker || speaker.id !== p.id;
  });
}
/**
 * "“I’ve had many meetings with Putin,” said Tillerson", "Trump said: “I met with Kim”": in a direct quote a first-person
 * singular pronoun is the quote's speaker (speaker.first-person). Not a Roman numeral after a name ("World War I",
 * "Elizabeth I"), and not inside a quotation within the quote.
 */
function firstPersonOfSpeaker(body: string, s: Sentence, quotes: readonly Quote[], first: number): Party[] {
  const out: Party[] = [];
  // Quotes in text order, from the first that does not end before the sentence: only those that overlap it are read.
  for (let i = first; i < quotes.length && quotes[i].start < s.end; i++) {
    const q = quotes[i];
    if (q.end <= s.start) continue;
    const from = Math.max(q.start, s.start);
    const text = body.slice(from, Math.min(q.end, s.end));
    if (/[‘"]|(?:^|\s)'\p{L}/u.test(text)) continue;
    for (const m of text.matchAll(FIRST_PERSON)) {
      const at = from + m.index! + m[0].length - m[1].length;
      if (m[1] === 'I' && romanNumeralPlace(body.slice(Math.max(0, at - 20), at))) continue;
      out.push({ start: at, end: at + m[1].length, id: q.speakerId!, type: 'Person', possessive: /^[Mm]y$/.test(m[1]), modifierOnly: false, modifiers: [], pronoun: true, adjective: false, firstPerson: true });
    }
  }
  return out;
}
/** "I" as a word, "me", "my" (the word before is kept out of the match only by its boundary). */
const FIRST_PERSON = /(?:^|[^\p{L}\p{N}’'-])(I|me|my|My)(?![\p{L}\p{N}-])/gu;
/** A capitalised word right before "I" makes it a Roman numeral of a name ("World War I", "King Abdullah I"). */
function romanNumeralPlace(before: string): boolean {
  const t = before.trimEnd();
  if (t.length === before.length) return false;
  const w = t.slice(t.lastIndexOf(' ') + 1);
  return /^\p{Lu}/u.test(w) && !/[.!?:;,”"]$/.test(w);
}

/** Between a closing quotation mark and its speaker: a comma at most ("…,” he said"). */
const QUOTE_THEN_SPEAKER = /^[\s,]*$/;
/** A verb of saying right after the speaker. */
/** An inverted cue between a closing mark and its speaker, titles allowed: "…,” said (Engel)", "…,” says Rep. (Engel)". */
const SAYING_THEN_SPEAKER = /^[\s,]*(?:said|says|added|adds|wrote|writes)\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;
const SAYING_AFTER = /^\s+(?:said|says|added|adds|told|tells|wrote|writes)\b/;
/** Between a speaker and the opening mark of their quotation: "said", "told reporters", a colon or comma. */
const SAYING_BEFORE_QUOTE = /^\s+(?:said|says|added|told\s+\p{Ll}+|wrote)[\s:,]*$/u;

/** Each person's bodies named after them: "<Surname or full name> <government|administration|campaign|…>". */
function bodiesNamedAfter(entities: readonly Entity[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const bodies = entities.filter((e) => e.type === 'Organization');
  if (!bodies.length) return out;
  for (const p of entities) {
    if (p.type !== 'Person') continue;
    const names = new Set([p.name, p.name.split(/\s+/).pop()!, ...p.aliases]);
    for (const b of bodies) {
      const ws = b.name.replace(/^the\s+/i, '').split(/\s+/);
      if (ws.length > 1 && PERSONAL_BODY_NOUNS.has(ws[ws.length - 1].toLowerCase()) && names.has(ws.slice(0, -1).join(' '))) (out.get(p.id) ?? out.set(p.id, new Set()).get(p.id)!).add(b.id);
    }
  }
  return out;
}
/** Each office of a state's government the article names ("U.S. Department of Defense", "the Pentagon") with its
 *  state: written at the head of its name ("U.S.", "Russian"), else the state its name stands for by convention. */
function officesOfStates(entities: readonly Entity[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entities) {
    if (e.type !== 'Organization' || !STATE_OFFICE_NAME.test(e.name)) continue;
    const ws = e.name.replace(/^the\s+/i, '').split(/\s+/);
    const head = ws[0].replace(/['’]s?$/, '');
    const written = ws.length > 1 ? (COUNTRY_BY_DEMONYM.get(head) ?? COUNTRY_BY_NAME.get(head) ?? COUNTRY_BY_NAME.get(ws.slice(0, 2).join(' ').replace(/['’]s?$/, ''))) : undefined;
    const state = written ?? STATE_OF_OFFICE_NAME.find(([re]) => re.test(e.name))?.[1];
    if (state) out.set(e.id, state);
  }
  return out;
}

/** Nouns of a person's own body after their name: "Miliband government", "Trump campaign", "Clinton Foundation". */
const PERSONAL_BODY_NOUNS = new Set(['government', 'administration', 'campaign', 'cabinet', 'team', 'foundation', 'regime', 'presidency', 'family', 'camp']);

function isOwn(own: Map<string, Set<string>>, types: Map<string, Entity['type']>, a: string, b: string): boolean {
  const ta = types.get(a);
  const tb = types.get(b);
  if (ta === 'Person' && tb !== 'Person' && own.get(a)?.has(b)) return true;
  if (tb === 'Person' && ta !== 'Person' && own.get(b)?.has(a)) return true;
  return false;
}

/** Parties of one sentence in text order: names chained into phrases, officials of a country, pronouns. */
function buildParties(body: string, s: Sentence, mentions: LinkedMention[], types: Map<string, Entity['type']>, bodies: LinkedMention[], pronouns: readonly PronounRef[]): Party[] {
  const out: Party[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const first = mentions[i];
    const modifiers: string[] = [];
    let j = i;
    // "Russian President Vladimir Putin", "U.S. envoy Zalmay Khalilzad", "South Korea’s Moon Jae-in": the last name heads.
    while (j + 1 < mentions.length && types.get(mentions[j].entityId) !== 'Person' && chainGap(body.slice(mentions[j].end, mentions[j + 1].start), types.get(mentions[j + 1].entityId) === 'Person')) {
      modifiers.push(mentions[j].entityId);
      j++;
    }
    const head = mentions[j];
    i = j;
    // "Lindsey Graham of South Carolina", "Haider al-Abadi of Iraq": a place or body after a person's name and "of" says
    // where the person is from; it is no party of its own.
    const prev = out[out.length - 1];
    if (first === head && prev?.type === 'Person' && types.get(head.entityId) !== 'Person' && /^,?\s+of\s+(?:the\s+)?$/.test(body.slice(prev.end, head.start))) continue;
    const after = body.slice(head.end, Math.min(s.end, head.end + 60));
    let possessive = /^(?:['’]s?)(?=\s|$)/u.test(after);
    let end = head.end;
    let modifierOnly = false;
    let adjective = false;
    // "Iran’s foreign minister", "Iranian officials", "EU leaders": an unnamed official stands for the country or body.
    const poss = possessive ? /^['’]s?/u.exec(after)![0].length : 0;
    // "Trump's envoy", "Putin's spokesman": a person's official is another person, who does not stand for them (a
    // country's envoy stands for the country).
    const official = types.get(head.entityId) === 'Person' && possessive ? 0 : officialAfter(after.slice(poss));
    if (official > 0) {
      end = head.end + poss + official;
      const rest = body.slice(end, Math.min(s.end, end + 40));
      // "the Canadian government's decision", "U.S. military intervention": the officials own or modify a noun.
      possessive = /^['’]s?(?=\s)/u.test(rest);
      modifierOnly = !possessive && !headsPhrase(rest);
    }
    else if (head.via === 'demonym') {
      // "Russian and Iranian forces": the first demonym shares the official noun of the second.
      const shared = /^\s+(?:and|or)\s+[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?/u.exec(after);
      if (!shared || officialAfter(after.slice(shared[0].length)) === 0) adjective = true; // "Iranian" alone is an adjective
    }
    else if (!possessive && types.get(head.entityId) !== 'Person' && !headsPhrase(after)) modifierOnly = true;
    // "Iran-backed Houthi forces", "Saudi-led coalition": a name before a dashed participle modifies the next noun.
    if (!possessive && DASHED_PARTICIPLE.test(after)) modifierOnly = true;
    // "after a White House meeting with Trump": after "a"/"an" a name followed by a lower-case word modifies that noun
    // (an article does not open a phrase headed by a name).
    const nextWord = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(after)?.[1];
    if (!possessive && official === 0 && types.get(head.entityId) !== 'Person' && nextWord && !FUNCTION_AFTER_HEAD.has(nextWord) && /\b(?:a|an|A|An)\s+$/.test(body.slice(Math.max(s.start, first.start - 4), first.start))) modifierOnly = true;
    // "her Facebook followers", "Fox News viewers": a body before a noun of its audience modifies it; the audience, not
    // the outlet or platform, is who acts (party.audience-modifier).
    if (!possessive && official === 0 && types.get(head.entityId) !== 'Person' && nextWord && AUDIENCE_NOUNS.has(nextWord)) modifierOnly = true;
    // "spoke with a Clinton IT staffer", "the Trump campaign", "at his Trump Turnberry golf course": a person's name after
    // an article or a possessive determiner and before a noun
    // (lower-case, or an acronym) modifies that noun; the noun, not the person, is the party.
    // "senior Trump aides", "Obama officials": a person's name before a plural noun of their people modifies it; the
    // aides, not the person, are the party (and a person's people do not stand for them).
    if (!possessive && types.get(head.entityId) === 'Person' && PEOPLE_OF_PERSON_AFTER.test(after)) modifierOnly = true;
    if (!possessive && types.get(head.entityId) === 'Person' && first === head && PERSON_AS_MODIFIER.test(after) && !FUNCTION_AFTER_HEAD.has(/^\s+([\p{L}-]+)/u.exec(after)![1].toLowerCase()) && /\b(?:a|an|the|A|An|The|his|her|their|its|our|His|Her|Their|Its|Our)\s+$/.test(body.slice(Math.max(s.start, first.start - 6), first.start))) modifierOnly = true;
    // "a North Korean leader" is any one of them: only a definite office ("the Israeli leader") names its holder.
    // "the first North Korean leader (to cross …)", "the last Israeli premier": an ordinal or superlative picks one holder
    // out of all who held the office, by the deed that follows, not the present holder.
    const indefinite = /\b(?:a|an|any|another|one|no)\s+$/i.test(body.slice(Math.max(s.start, first.start - 9), first.start)) || /\bthe\s+(?:first|last|only|second|third|next|previous|former|latest)\s+$/i.test(body.slice(Math.max(s.start, first.start - 15), first.start));
    const role = official > 0 && types.get(head.entityId) === 'Country' ? words(body.slice(head.end + poss, end)).pop()?.toLowerCase() : undefined;
    // "a North Korean leader", "no American president": one office holder, any or none, is no one the article names,
    // nor the country (which a group of officials stands for).
    if (indefinite && role && ROLE_TITLES[role]) continue;
    // "a former CIA official who served as envoy to talks with Pyongyang": a former official no longer acts for the body
    // or country, so stands for neither.
    if (official > 0 && /\b(?:former|ex-)\s*$/i.test(body.slice(Math.max(s.start, first.start - 8), first.start))) continue;
    const armed = head.via === 'demonym' && official > 0 && ARMED_NOUN.test(body.slice(head.end + poss, end));
    // Entity errors a reader sees through: "Mr Moon and Mr Trump" typed one Organization is two people whom this
    // phrase cannot tell apart (no party); "the US President" typed an Organization is the country's office (its holder
    // once known, below, else the country, as "the Israeli leader" is).
    if (types.get(head.entityId) === 'Organization' && first === head) {
      const surface = body.slice(head.start, head.end);
      if (TWO_PEOPLE_NAME.test(surface)) continue;
      const office = OFFICE_AS_NAME.exec(surface);
      const country = office ? (COUNTRY_BY_NAME.get(office[1]) ?? COUNTRY_BY_DEMONYM.get(office[1])) : undefined;
      // (A country the article names by no entity of its own gives no party to stand for.)
      if (office && country && types.get(`country:${country}`) !== 'Country') continue;
      if (office && country && !indefinite) {
        const title = office[2].toLowerCase().startsWith('prime') ? 'premier' : office[2].toLowerCase();
        out.push({ start: first.start, end, id: `country:${country}`, type: 'Country', possessive, modifierOnly, modifiers, pronoun: false, adjective: false, ...(ROLE_TITLES[title] ? { role: title } : {}) });
        continue;
      }
    }
    out.push({ start: first.start, end, id: head.entityId, type: types.get(head.entityId)!, possessive, modifierOnly, modifiers, pronoun: false, adjective, ...(role && ROLE_TITLES[role] ? { role } : {}), ...(armed ? { armed } : {}) });
  }
  distributeOffice(body, s, out);
  // Pronouns: he / she / him / his / her to the person a reader takes them for (pronouns.ts).
  for (const p of pronouns) out.push({ ...p, type: 'Person', modifierOnly: false, modifiers: [], pronoun: true, adjective: false });
  let m: RegExpExecArray | null;
  // "it" as a clause's subject ("the commitments it made at a meeting with …", "the way it propped up Assad"): the last
  // country or body its sentence names before it, heading its phrase; with none it stays no party (and blocks the
  // search for a subject past it). An object "it" ("backs it.") is followed by no verb and is left alone.
  const itRe = /\bit\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/gu;
  while ((m = itRe.exec(s.text))) {
    const at = s.start + m.index;
    if (!IT_VERB.test(m[1]) && !IRREGULAR_PAST.has(m[1])) continue;
    let k = lastBefore(bodies, at);
    while (k >= 0 && bodies[k].start >= s.start && !headsPhrase(body.slice(bodies[k].end, Math.min(s.end, bodies[k].end + 40)))) k--;
    if (k < 0 || bodies[k].start < s.start) continue;
    // "agreed with the EU – but it needs …", "exercises with South Korea, and said it would …": a preposition's object is
    // seldom what "it" takes up (a thing or the clause's subject is); no party then.
    if (/\b(?:in|on|at|with|by|from|to|of|for|against|about|over|into|between|among|toward|towards)\s+(?:the\s+)?$/i.test(body.slice(Math.max(s.start, bodies[k].start - 12), bodies[k].start))) continue;
    out.push({ start: at, end: at + 2, id: bodies[k].entityId, type: types.get(bodies[k].entityId)!, possessive: false, modifierOnly: false, modifiers: [], pronoun: true, adjective: false });
  }
  // "its" owns what follows: the last country or body named before it ("South Korea, as well as its … ally Washington").
  const itsRe = /\b[Ii]ts\b/g;
  while ((m = itsRe.exec(s.text))) {
    const at = s.start + m.index;
    // "Russia reacted to U.S. military strikes on its ally": a name modifying a noun ("U.S. military") is no antecedent.
    let k = lastBefore(bodies, at);
    while (k >= 0 && !headsPhrase(body.slice(bodies[k].end, Math.min(s.end, bodies[k].end + 40))) && !/^['’]/.test(body.slice(bodies[k].end))) k--;
    // "the Syrian government and its Russian enabler": "X and its" takes X up, an office of a country included.
    const conjoined = out.filter((p) => p.end <= at && !p.pronoun && !p.adjective && !p.possessive && !p.modifierOnly && p.type !== 'Person' && /^(?:\s*,)?\s+(?:and|or|as\s+well\s+as)\s+$/.test(body.slice(p.end, at))).pop();
    // ("Iran’s presence in Syria and its support for Hezbollah": an earlier possessive phrase's owner comes first, below.)
    if (conjoined && !coordinatedOwner(body, out, at)) {
      out.push({ start: at, end: at + 3, id: conjoined.id, type: conjoined.type, possessive: true, modifierOnly: false, modifiers: [], pronoun: true, adjective: false });
      continue;
    }
    if (k < 0) continue;
    let b = bodies[k];
    // "Energean is also planning a programme with its partner Trajan Oil": a sentence whose subject is a name no entity
    // covers owns its "its"; a body of an earlier sentence is not its owner (its.unrecognised-subject).
    const opening = b.start < s.start ? UNRECOGNISED_NAME_SUBJECT.exec(s.text) : null;
    if (opening && !out.some((p) => p.start < s.start + opening[0].length)) continue;
    // "in defiance of not just the United States but its erstwhile patron China": "not just X but its Y" sets Y against
    // X; the "its" is the clause subject's, never X's (its.not-just-but).
    if (b.start >= s.start && /^\s+but\s+(?:also\s+)?$/.test(body.slice(b.end, at)) && /\bnot\s+(?:just|only|merely|simply)\s+(?:the\s+)?$/i.test(body.slice(Math.max(s.start, b.start - 24), b.start))) continue;
    // "Russia has been criticised in the US because of its military support for Assad": a preposition's object is no
    // antecedent when a country or body opens the sentence as its subject.
    if (b.start >= s.start && /\b(?:in|with|to|from|by|for|about|of|at|against|on|toward|towards)\s+(?:the\s+)?$/i.test(body.slice(Math.max(s.start, b.start - 12), b.start))) {
      const opener = bodies.find((x) => x.start >= s.start && x.end <= b.start && /^["“]?(?:The\s+)?$/.test(body.slice(s.start, x.start)) && headsPhrase(body.slice(x.end, Math.min(s.end, x.end + 40))));
      const gap = body.slice(b.end, at);
      // "called on Russia to pull back its troops", "pressure on North Korea to return to talks on its program": the
      // object before an infinitive is its subject, and the infinitive's "its" is that subject's (its.infinitive-controller).
      // (Only after "on" or "for": "sent drones to Yemen to show its support" is the sender's purpose.)
      const controls = /\b(?:on|upon|for)\s+(?:the\s+)?$/i.test(body.slice(Math.max(s.start, b.start - 12), b.start)) && INFINITIVE_OF_OBJECT.test(gap) && !/[,;:.!?"“”()—–]/.test(gap);
      // "concessions from Russia regarding its support for Assad", "a dispute with the United States over its nuclear
      // program": an "its" in the noun phrase of the preposition's object may be that object's or the subject's; the
      // grammar does not tell, so it gives no owner (its.noun-phrase-topic).
      if (opener && opener.entityId !== b.entityId && !controls && TOPIC_PREPOSITION_GAP.test(gap)) continue;
      if (opener && !controls) b = opener;
    }
    // "attacks that targeted Hezbollah strongholds in Lebanon … over its backing of Assad", "its support for militias in
    // Lebanon and Yemen and for its backing of Assad": a country named as where something is ("in X", "in X and Y") owns
    // no later "its" (its.not-a-place) — unless the "its" is coordinated with a possessive phrase, whose owner it takes
    // ("Iran’s presence in Syria and its support for Hezbollah").
    if (b === bodies[k] && b.start >= s.start && IN_PLACE_BEFORE.test(body.slice(Math.max(s.start, b.start - 40), b.start)) && !coordinatedOwner(body, out, at)) continue;
    // "Iran’s presence in Syria and its support for Hezbollah", "Russia's policy on Syria and its support for Assad": an
    // "its" coordinated with an earlier possessive noun phrase shares that phrase's owner, not the name inside it.
    const owner = coordinatedOwner(body, out, at);
    out.push({ start: at, end: at + 3, id: owner ? owner.id : b.entityId, type: owner ? owner.type : types.get(b.entityId)!, possessive: true, modifierOnly: false, modifiers: [], pronoun: true, adjective: false });
  }
  // "the Houthis and their Iranian allies", "the Taliban and their Pakistani backers": "X and their" takes up the country or
  // body X as "X and its" does (its.conjoined-their), when no person has taken the pronoun.
  const theirRe = /\b[Tt]heir\b/g;
  while ((m = theirRe.exec(s.text))) {
    const at = s.start + m.index;
    if (out.some((p) => p.start === at)) continue;
    const conjoined = out.filter((p) => p.end <= at && !p.pronoun && !p.adjective && !p.possessive && !p.modifierOnly && p.type !== 'Person' && /^(?:\s*,)?\s+(?:and|or|as\s+well\s+as)\s+$/.test(body.slice(p.end, at))).pop();
    if (conjoined) out.push({ start: at, end: at + 5, id: conjoined.id, type: conjoined.type, possessive: true, modifierOnly: false, modifiers: [], pronoun: true, adjective: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A possessive determiner or a possessive name right before a demonym, over at most two adjectives: "its (Lebanese)",
 *  "Tehran's loyal (Iraqi)". */
const POSSESSIVE_BEFORE_DEMONYM = /(?:\b(?:its|his|her|their|our|Its|His|Her|Their|Our)|[\p{L}.]['’]s?)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** "in (the)", "in Lebanon and": a place adjunct right before a country. */
const IN_PLACE_BEFORE = /\bin\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+(?:and|or)\s+)?$/u;
/** Between an object and an "its": an infinitive ("to pull back", "to return to negotiations on"), no clause between. */
const INFINITIVE_OF_OBJECT = /^\s+(?:\p{Ll}+\s+){0,3}to\s+(?:\p{Ll}+ly\s+)?(?!be\b|have\b)\p{Ll}/u;
/** Between a preposition's object and an "its" in its noun phrase: a preposition of topic alone ("regarding", "over"). */
const TOPIC_PREPOSITION_GAP = /^\s+(?:regarding|concerning|over|about|on)\s+$/;

/**
 * The owner of the possessive noun phrase an "its" at `at` is coordinated with: a possessive party earlier in the
 * sentence ("Iran’s", an earlier "its"), then only nouns, adjectives, prepositions and their objects up to ", and" / ","
 * right before "its" — no verb, no clause word between (those start a clause of their own).
 */
function coordinatedOwner(body: string, parties: readonly Party[], at: number): Party | null {
  // "Russia’s annexation of Ukraine’s Crimea, its support …": a possessive after "of" owns a noun inside the phrase,
  // not the phrase; the owner of the conjunct is the possessive before it.
  const owners = parties.filter((p) => p.possessive && p.end <= at && p.type !== 'Person' && (p.pronoun || !/\bof\s+(?:the\s+)?$/.test(body.slice(Math.max(0, p.start - 8), p.start))));
  const owner = owners[owners.length - 1];
  if (!owner) return null;
  const gap = body.slice(owner.end, at);
  if (!/(?:,|\band)\s+$/.test(gap) || /[.;:!?"“”()]/.test(gap)) return null;
  const ws = words(gap.replace(/^['’]s?/, ''));
  if (ws.length < 2 || ws.length > 14) return null;
  // The owned noun (at most three words: "2014 annexation", "threat perception") ends at a preposition, a comma or
  // "and"; a fourth word is a verb ("Iran’s threat perception encompasses both Israel and its ally").
  const head = /^['’]s?\s+(?:[\p{L}\d-]+\s+){0,2}[\p{L}\d-]+(?:,|\s+(?:and|of|in|on|for|to|with|toward|towards|over|against|about|from|into)\b)/u;
  if (!head.test(gap) && !(owner.pronoun && /^\s+(?:[\p{L}\d-]+\s+){0,2}[\p{L}\d-]+(?:,|\s+(?:and|of|in|on|for|to|with|toward|towards|over|against|about|from|into)\b)/u.test(gap))) return null;
  // "China is North Korea's main ally, and its …": a possessive in a predicate owns no subject phrase; "its" is the subject's.
  if (words(body.slice(Math.max(0, owner.start - 20), owner.start)).slice(-2).some((w) => COPULAS.has(w.toLowerCase()))) return null;
  return ws.some((w) => COORDINATION_BREAKERS.has(w.toLowerCase()) || /^\p{Ll}{3,}ed$/u.test(w)) ? null : owner;
}
const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'became', 'becomes', 'remains', 'remained']);
/** Words that make the stretch before "its" a clause, not a noun phrase: verbs, auxiliaries, relatives, complementisers. */
const COORDINATION_BREAKERS = new Set(['to', 'between', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'said', 'says', 'say', 'that', 'which', 'who', 'whom', 'while', 'but', 'because', 'when', 'where', 'if', 'as', 'than', 'it', 'he', 'she', 'they', 'we', 'its', 'their', 'his', 'her']);

/** After a person's name, the noun it modifies: a lower-case word that is no verb form, or an acronym ("IT staffer"). */
/** Two people written as one name: "Mr Moon and Mr Trump". */
const TWO_PEOPLE_NAME = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\S+(?:\s+\S+)?\s+(?:and|&)\s+(?:Mr|Mrs|Ms|Miss|Dr)\.?\s/;
/** A country's office written as a name: "US President", "the Israeli Prime Minister". */
const OFFICE_AS_NAME = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s+(President|Premier|Prime\s+Minister|Chancellor|Leader)$/u;
/** A plural noun of a person's people right after their name: "(Trump) aides", "(Obama) officials", "(Fillon) supporters". */
const PEOPLE_OF_PERSON_AFTER = /^\s+(?:aides|advisers|advisors|officials|lawyers|attorneys|associates|staffers|deputies|surrogates|loyalists|appointees|negotiators|envoys|operatives|spokesmen|representatives|emissaries|lieutenants|confidants|insiders|administration\s+officials|campaign\s+officials|supporters|backers|followers|voters|fans|donors|critics|opponents|detractors|defenders|acolytes|cronies|partisans|diehards)\b/u;
const PERSON_AS_MODIFIER = /^\s+(?:\p{Ll}[\p{Ll}-]*(?<!ed|ing|ly)\b(?![’'])|\p{Lu}{2,}\s+\p{Ll})/u;

/** Between two names of one phrase: titles, role words or a possessive ("’s"), no punctuation. */
function chainGap(gap: string, toPerson: boolean): boolean {
  if (/^\s+$/.test(gap)) return true;
  // A possessive joins only a person to their country or body ("South Korea’s Moon Jae-in"), not two bodies.
  if (/^['’]/.test(gap) && !toPerson) return false;
  const g = gap.replace(/^['’]s?\s+/, ' ');
  if (!/^\s+(?:[^\s,;:()“”"]+\s+){0,4}$/u.test(g)) return false;
  return words(g).every((w) => /^\p{Lu}/u.test(w) || ROLE_GAP.has(w.toLowerCase()) || w === 'of');
}

/** A bare "forces" after a demonym ("Yemeni forces"): any armed body of that nation. Not "troops" (soldiers of a
 *  standing army: "Malian troops, backed by US and French special forces" are the state's), nor "army", "military",
 *  "government forces", which name the state's own institution. */
const ARMED_NOUN = /^\s+forces$/;

/** An indefinite determiner right before an office: "a Russian diplomat", "an Iranian official". */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:[Aa]n?|[Oo]ne)\s+$/u;
/** Whether an office party is indefinite ("a Russian diplomat") or the article introduced it so before. */
function introducedIndefinite(body: string, p: Party, lower: () => string): boolean {
  const office = body.slice(p.start, p.end).replace(/^(?:an?|the)\s+/i, '');
  if (INDEFINITE_BEFORE.test(body.slice(Math.max(0, p.end - office.length - 12), p.end - office.length))) return true;
  // The first "a …" in the body ends before the party exactly when one lies wholly before it.
  const endsBefore = (needle: string) => {
    const at = lower().indexOf(needle);
    return at >= 0 && at + needle.length <= p.start;
  };
  const o = office.toLowerCase();
  return endsBefore(`a ${o}`) || endsBefore(`an ${o}`);
}
/** Between a person's name and the country or body of the office apposed to it: ", the ", ", a former ", ", ". */
const NAME_OFFICE_GAP = /^\s*,\s+(?:(?:the|a|an)\s+)?(?:(?:top|senior|chief|former|then|current|new|longtime|veteran|deputy|acting)\s+){0,2}$/u;
/** A country's or body's office after its name, closing the apposition: "’s prime minister,", " foreign minister." */
const OFFICE_AFTER_OWNER = /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}(?:president|leader|premier|minister|ambassador|envoy|diplomat|negotiator|king|queen|emir|chancellor|dictator|ruler|senator|lawmaker|legislator|spokesman|spokeswoman|spokesperson|secretary|general|commander|chief|official|head|director)(?=\s*(?:[,.;:)—–]|$))/u;
/** Between a person's name and the country of a head office apposed to it: ", " or ", the " (no "former", "then"). */
const PLAIN_APPOSITION_GAP = /^,\s+(?:the\s+)?$/u;
/** A country's head office closing the apposition after its name: "’s foreign minister,", " president.", " secretary of
 *  state,". Group 1 the office. */
const HEAD_OFFICE_AFTER_OWNER = /^(?:['’]s)?\s+((?:foreign|prime|defen[cs]e)\s+minister|foreign\s+secretary|secretary\s+of\s+state|president|premier|chancellor|king|supreme\s+leader)\s*[,.;)]/u;
/** Between a country and a person: the country's office, then a comma ("’s socialist president, "). */
const OFFICE_APPOSITION = /^(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){0,3}(?:president|leader|premier|minister|prime\s+minister|ambassador|envoy|diplomat|negotiator|king|queen|emir|chancellor|dictator|strongman|ruler),\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,2}$/u;

/** A participle of record (no progressive verb: no form of "be" before it) and up to two words before a meeting noun. */
const RECORD_PARTICIPLE_BEFORE = /(?<!\b(?:is|are|was|were|be|been|being)\s+)\b(?:documenting|detailing|describing|recounting|recording|summarizing|summarising|chronicling|memorializing|memorialising|outlining|referencing|mentioning)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** Between an office and the name apposed to it: a comma, then the name's own titles ("…, Vice Premier "). */
const APPOSED_NAME_GAP = /^\s*,\s*(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;
/** What closes an apposition after its name: a comma, a stop, a dash, or the sentence's end. */
const APPOSITION_CLOSE = /^(?:[,.;:)—–]|\s+[—–-]|\s*$)/;
/** A name apposed after an office, capitalised words (particles such as "bin", "al-" between), closed by a comma, a
 *  full stop or a dash: ", Sergey Kisylak," in "the Russian ambassador, Sergey Kisylak, said". */
const APPOSED_UNKNOWN_NAME = /^\s*,\s+((?:\p{Lu}[\p{L}.’'-]*|bin|ibn|al-\p{L}+|el-\p{L}+|de|da|van|von|der)(?:\s+(?:\p{Lu}[\p{L}.’'-]*|bin|ibn|al-\p{L}+|el-\p{L}+|de|da|van|von|der)){0,4})(?=\s*[,.;:)—–]|\s+[—–-])/u;
/** A singular office right after a country's name or demonym, up to two adjectives before it: "(Saudi) king", "(Iraqi)
 *  prime minister", "(Russian) deputy foreign minister". */
const SINGLE_OFFICE_AFTER = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:king|queen|emir|crown\s+prince|sultan|monarch|ruler|dictator|strongman|leader|president|premier|prime\s+minister|minister|ambassador|envoy|chancellor|counterpart|negotiator|diplomat)(?=\s*,)/u;
/** Capitalised words that open no apposed name: a day, a month, a pronoun, a conjunction or a sentence adverb. */
const NOT_A_NAME_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|He|She|It|They|We|I|His|Her|Its|Their|But|And|Or|However|Meanwhile|Also|Then|Now|Today|Yesterday|Tomorrow)\b/u;

function titleCountries(entities: readonly Entity[]): Map<string, Set<string>> {
  return new Map(entities.filter((e) => e.type === 'Person').map((e) => {
    const codes = new Set<string>();
    for (const title of [e.role ?? '', ...e.aliases]) {
      for (const w of title.split(/\s+/)) {
        const code = COUNTRY_BY_DEMONYM.get(w);
        if (code) codes.add(`country:${code}`);
      }
    }
    return [e.id, codes] as const;
  }));
}

/**
 * The offices and country of the article's people whom the lexicon lists as office holders (KNOWN_OFFICE_HOLDERS), by
 * name or alias. A US president's office only while in office on the article's date (US_PRESIDENTS); undated, not at all.
 */
function knownOffices(entities: readonly Entity[], publishedAt: string | null): Map<string, { offices: readonly string[]; country?: string }> {
  const out = new Map<string, { offices: readonly string[]; country?: string }>();
  for (const e of entities) {
    if (e.type !== 'Person') continue;
    const k = [e.name, ...e.aliases].map(knownOfficeHolder).find(Boolean);
    if (!k) continue;
    const inOffice = k.country !== 'US' || (publishedAt !== null && US_PRESIDENTS.some((p) => knownOfficeHolder(p.name) === k && p.from <= publishedAt && publishedAt <= p.to));
    // ("president-elect" and "vice president" would read as a president here: the role patterns match the word.)
    const offices = k.offices.filter((o) => (o === 'president' ? inOffice : !o.includes('president')));
    out.set(e.id, { offices, country: k.country ? `country:${k.country}` : undefined });
  }
  return out;
}

function ownCountryOf(own: Map<string, Set<string>>, id: string): boolean {
  return (own.get(id)?.size ?? 0) > 0;
}

/** "Deputy Foreign Minister", "Vice President", "Acting Defense Secretary": a rank under the office its title names. */
const UNDER_TITLE_BEFORE = /(?:\b(?:[Dd]eputy|DEPUTY|[Vv]ice|VICE|[Uu]nder|[Aa]ssistant|[Jj]unior|[Aa]cting)\s+|\b(?:[Dd]eputy|[Vv]ice|[Uu]nder)-)(?:[\p{Lu}][\p{L}.’'-]*\s+){1,4}$/u;
/** Between a delegation and a name the sentence gives as its member or head: ", which included ", " led by ", " including ". */
const MEMBERS_GAP = /^[^.;:]*?\b(?:includ(?:ed|es|ing)|among\s+them|comprising|led\s+by|headed\s+by)\b/;
/** Between a possessive and a country after "counterpart(s)": "'s counterpart from ", " counterparts in ". */
const COUNTERPART_FROM_GAP = /^(?:['’]s?)?\s+(?:(?:new|newly-designated|top)\s+)?(counterparts?)\s+(?:from|of|in)\s+(?:the\s+)?$/;
/** Between a possessive and the country of "counterpart" after it: "'s ", " ", "'s new ". */
const COUNTERPART_OWNER_GAP = /^(?:['’]s?)?\s+(?:(?:new|newly-designated|top)\s+)?$/;

/**
 * "his Russian counterpart", "Kerry's counterpart from Thailand": the person whose counterpart a country's party is —
 * a possessive person (a name or "his"/"her") right before the phrase. One counterpart per country: "his Turkish and
 * Iranian counterparts" are one of each, "their counterparts" or "his Chinese counterparts" may be several people.
 * (party.counterpart-office)
 */
function counterpartOwner(body: string, parties: readonly Party[], k: number): Party | undefined {
  const country = (x: Party | undefined) => x !== undefined && x.type === 'Country' && !x.pronoun && !x.distributed && !x.role;
  if (!country(parties[k])) return undefined;
  // The conjuncts of the party's list, the last one carrying the noun ("Turkish and Iranian counterparts").
  let [first, last] = [k, k];
  while (country(parties[first - 1]) && !parties[first - 1].possessive && COUNTRY_CONJUNCT_GAP.test(body.slice(parties[first - 1].end, parties[first].start))) first--;
  while (country(parties[last + 1]) && !parties[last].possessive && COUNTRY_CONJUNCT_GAP.test(body.slice(parties[last].end, parties[last + 1].start))) last++;
  const q = parties[first - 1];
  if (!q || q.type !== 'Person' || !q.possessive || q.end > parties[first].start) return undefined;
  const many = last > first;
  const tail = body.slice(parties[last].start, parties[last].end);
  if ((many ? /\scounterparts$/ : /\scounterpart$/).test(tail)) return COUNTERPART_OWNER_GAP.test(body.slice(q.end, parties[first].start)) ? q : undefined;
  const from = COUNTERPART_FROM_GAP.exec(body.slice(q.end, parties[first].start));
  if (!from || (from[1] === 'counterparts') !== many) return undefined;
  return parties.slice(first, last + 1).every((x) => !x.modifierOnly && !x.possessive && !/\s(?:officials?|counterparts?|delegations?|envoys?)$/.test(body.slice(x.start, x.end))) ? q : undefined;
}

/** "former Ambassador", "ex-", "Deputy": a past office or a rank under it right before a name ("then-" is the office held
 *  at the time told, so a "then-Ambassador" was the envoy of the meeting told — party.envoy-holder). */
/** An envoy's noun right before a name ("envoy Zalmay Khalilzad", "Ambassador Kislyak") or apposed after it (", the Russian
 *  ambassador to the United States"): the person's envoy title (party.envoy-holder). */
const ENVOY_TITLE_BEFORE = /\b(ambassador|envoy|Ambassador|Envoy|AMBASSADOR|ENVOY)\s+$/;
const ENVOY_APPOSED_AFTER = /^\s*,\s+(?:the|[\p{Lu}][\p{L}.’'-]*['’]s)\s+(?:[\p{L}.’'-]+\s+){0,2}?(ambassador|envoy)\b/u;
const PAST_OR_UNDER_TITLE_BEFORE = /\b(?:[Ff]ormer\s+|[Ee]x-|[Dd]eputy\s+|[Vv]ice\s+)(?:[\p{Lu}][\p{L}.’'-]*\s+){1,4}$/u;
/** "then-Ukrainian President", "former Prime Minister", "ex-": a past office right before a name. */
const FORMER_TITLE_BEFORE = /\b(?:then-|former\s+|ex-)(?:[\p{Lu}][\p{L}.’'-]*\s+){1,4}$/iu;

/** A title whose office is a body's: "European Council President", "Brexit Party leader", "Senate Majority Leader". */
const BODY_OFFICE_TITLE = /\b(?:Council|Commission|Party|Parliament|Assembly|Senate|House|Committee|Court|Bank|Fund|Organi[sz]ation|Agency|Congress|Caucus|Federation|League|Movement|Front|Majority|Minority|Bureau|Board|Foundation|Institute|University|Club)\s+(?:[Vv]ice\s+)?(?:[Pp]resident|[Ll]eader|[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Pp]remier|[Cc]hancellor)\b/u;

/** "the leader of (the Chinese delegation)", "the head of (the Iranian team)": one person at the head of a group. */
const HEAD_OF_GROUP_BEFORE = /\b(?:leader|head|chief|chairman|chairwoman)\s+of\s+(?:the\s+)?$/i;
/** A plural office and the singular office (ROLE_TITLES) each of its holders has. */
const PLURAL_OFFICE_ROLE: ReadonlyArray<[RegExp, string]> = [
  [/^(?:leaders|heads\s+of\s+state)$/, 'leader'],
  [/^presidents$/, 'president'],
  [/^(?:premiers|prime\s+ministers)$/, 'premier'],
  [/^foreign\s+ministers$/, 'diplomat'],
];
const PLURAL_OFFICE_WORDS = '(leaders|heads\\s+of\\s+state|presidents|premiers|prime\\s+ministers|foreign\\s+ministers)';
/** "(the) leaders of / from " right before the first country of a list. */
const PLURAL_OFFICE_OF_BEFORE = new RegExp(`\\b${PLURAL_OFFICE_WORDS}\\s+(?:of|from)\\s+(?:the\\s+)?$`, 'i');
/** "… North Korean leaders": a plural office closing the last country's phrase. */
const PLURAL_OFFICE_END = new RegExp(`\\s${PLURAL_OFFICE_WORDS}$`);
/** Between two countries of a coordinated list: ", ", " and ", ", and the ". */
const COUNTRY_CONJUNCT_GAP = /^(?:\s*,)?\s+(?:and|or)\s+(?:the\s+)?$|^\s*,\s+(?:the\s+)?$/;
/** A sentence reading as history ("This is not the first time US and Russian leaders have met", "In 2015, the leaders
 *  of China and Taiwan held talks"): its office holders need not be the present ones the article names. */
const PAST_HOLDERS = /\bnot\s+the\s+first\s+time\b|\b(?:previous|previously|former|then-)|\b(?:19|20)\d\d\b/i;
/**
 * "plans for the first-ever meeting between U.S. and North Korean leaders", "Foreign ministers from China, Russia, South
 * Korea and Japan spoke with …", "the leaders of France and Germany": a plural office distributed over coordinated
 * countries is one holder per country, so each country's part takes that country's singular office and resolves, as
 * "the Israeli leader" does, to the article's named present holder (else stays the country). One country's plural
 * ("Chinese leaders") is a group and stays the country; a sentence reading as history keeps the countries
 * (party.distributed-office).
 */
function distributeOffice(body: string, s: Sentence, out: Party[]): void {
  if (PAST_HOLDERS.test(s.text)) return;
  const roleOf = (office: string) => PLURAL_OFFICE_ROLE.find(([re]) => re.test(office.toLowerCase()))?.[1];
  const country = (p: Party | undefined) => p !== undefined && p.type === 'Country' && !p.pronoun && !p.possessive && !p.role;
  const mark = (group: Party[], role: string | undefined) => {
    // ("The presidents of Russia and Iran, Vladimir Putin and Hassan Rouhani, …": names apposed to the list hold the
    // offices themselves — subject.apposed-name-list.)
    const after = out[out.indexOf(group[group.length - 1]) + 1];
    // (A list's last country may be read into the first name, "Azerbaijan – Vladimir Putin": a name right after a
    // conjunct of the list ends it so too.)
    const gap = after ? body.slice(group[group.length - 1].end, after.start) : '';
    if (after?.type === 'Person' && !after.pronoun && (/^\s*(?:,|[—–]|--)\s*$/.test(gap) || COUNTRY_CONJUNCT_GAP.test(gap))) return;
    if (!role || group.length < 2) return;
    for (const p of group) Object.assign(p, { role, distributed: true });
  };
  for (let i = 0; i < out.length; i++) {
    // "U.S. and North Korean leaders": back from the phrase the office closes over the conjuncts before it.
    const end = PLURAL_OFFICE_END.exec(body.slice(out[i].start, out[i].end));
    if (end && country(out[i])) {
      const group = [out[i]];
      for (let k = i - 1; k >= 0 && country(out[k]) && COUNTRY_CONJUNCT_GAP.test(body.slice(out[k].end, group[0].start)); k--) group.unshift(out[k]);
      mark(group, roleOf(end[1]));
      continue;
    }
    // "the leaders of China and Taiwan": on from the first country after the office over the conjuncts after it.
    const before = PLURAL_OFFICE_OF_BEFORE.exec(body.slice(Math.max(s.start, out[i].start - 40), out[i].start));
    if (before && country(out[i])) {
      const group = [out[i]];
      let k = i + 1;
      for (; k < out.length && country(out[k]) && COUNTRY_CONJUNCT_GAP.test(body.slice(group[group.length - 1].end, out[k].start)); k++) group.push(out[k]);
      mark(group, roleOf(before[1]));
      i = k - 1;
    }
  }
}

/** Singular official nouns and the titles of the people they describe. */
const ROLE_TITLES: Record<string, RegExp> = {
  diplomat: /\b(?:secretary of state|foreign (?:minister|secretary))\b/,
  minister: /\b(?:foreign|prime|defense|defence) minister\b/,
  president: /\bpresident\b(?! of)/,
  premier: /\b(?:premier|prime minister)\b/,
  leader: /\b(?:president|prime minister|premier|chancellor|supreme leader|king)\b/,
};

/** Length of "officials" / "foreign minister" / "leaders in" after a country or body, 0 when none follows. */
function officialAfter(after: string): number {
  const one = /^\s+([\p{Ll}-]+)\b/u.exec(after);
  if (!one) return 0;
  // "the US military alliance": a noun modifying another noun is an adjective there, no official.
  if (/^\s+(?:alliance|alliances|partnership|pact|ties|cooperation|exercises|drills)\b/.test(after.slice(one[0].length))) return 0;
  if (OFFICIAL.has(one[1])) return one[0].length;
  const two = /^\s+[\p{Ll}-]+\s+([\p{Ll}-]+)\b/u.exec(after);
  return two && OFFICE_ADJECTIVES.has(one[1]) && OFFICIAL.has(two[1]) ? two[0].length : 0;
}

const OFFICE_ADJECTIVES = new Set(['top', 'senior', 'foreign', 'defense', 'defence', 'military', 'prime', 'chief', 'deputy', 'trade', 'security', 'intelligence', 'government', 'state', 'visiting', 'new', 'former', 'special', 'nuclear', 'peace']);

/** A name heads its phrase when punctuation or a function word follows, not a noun ("U.S. claims"). */
function headsPhrase(after: string): boolean {
  if (/^\s*(?:[,.;:!?)"”’—–-]|$)/.test(after)) return true;
  const w = /^\s+([\p{L}’'-]+)/u.exec(after)?.[1];
  if (!w) return true;
  if (/^\p{Lu}/u.test(w)) return /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(w);
  // A verb follows its subject ("Finland entered", "Qatar denies", "Iran sent"); a noun makes the name a modifier ("Iran deal").
  const lw = w.toLowerCase();
  // ("the Reagan administration alumnus", "the Iran crisis", "the White House press": a noun in "-us", "-is" or "-ss" is no
  // verb in "-s".)
  return FUNCTION_AFTER_HEAD.has(lw) || IRREGULAR_PAST.has(lw) || /(?:ed|ing|ly)$/.test(lw) || (/s$/.test(lw) && !/(?:us|is|ss)$/.test(lw));
}

const IRREGULAR_PAST = new Set(['met', 'held', 'sent', 'took', 'made', 'gave', 'struck', 'won', 'lost', 'began', 'became', 'brought', 'bought', 'fought', 'sought', 'left', 'led', 'kept', 'paid', 'put', 'ran', 'saw', 'set', 'stood', 'went', 'wrote', 'drew', 'threw', 'grew', 'knew', 'built', 'spent', 'cut', 'hit', 'let', 'shut', 'spread', 'sold', 'meant', 'dealt', 'felt', 'found', 'got', 'heard', 'laid', 'lent', 'read', 'rose', 'shot', 'sat', 'split', 'swore', 'withdrew', 'overtook', 'undertook', 'forgot', 'broke', 'chose', 'spoke', 'told', 'thought', 'understood', 'withheld', 'upheld', 'oversaw', 'foresaw', 'sank', 'slid', 'stole', 'beat', 'bore', 'bid', 'dug', 'fled', 'flew', 'froze', 'hid', 'hung', 'lit', 'rode', 'rang', 'shook', 'sold', 'sped', 'spun', 'stuck', 'swept', 'swung', 'taught', 'tore', 'woke', 'wore', 'wound', 'must', 'can', 'cannot', 'need', 'want']);

const FUNCTION_AFTER_HEAD = new Set(['and', 'or', 'unless', 'thus', 'plus', 'versus', 'for', 'in', 'on', 'at', 'to', 'of', 'over', 'about', 'after', 'before', 'during', 'while', 'who', 'which', 'that', 'this', 'last', 'since', 'as', 'with', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'shall', 'said', 'says', 'told', 'because', 'but', 'if', 'when', 'where', 'amid', 'despite', 'until', 'earlier', 'later', 'again', 'also', 'twice', 'once', 'yesterday', 'today', 'tomorrow', 'early', 'late', 'next', 'by', 'from', 'into', 'than', 'did', 'does', 'do', 'not', 'met', 'meets', 'held', 'hosted', 'visited', 'backs', 'backed', 'supports', 'supported', 'welcomed', 'agreed', 'signed', 'spoke', 'talked', 'declined', 'refused', 'has', 'remains', 'remained', 'became', 'being', 'been', 'be', 'itself', 'himself', 'herself', 'themselves', 'so', 'too', 'then', 'now', 'still', 'recently', 'previously', 'reportedly', 'already', 'first', 'personally', 'directly', 'privately', 'secretly', 'briefly', 'jointly', 'together', 'separately', 'closely', 'strongly', 'openly', 'long', 'traditionally', 'never', 'repeatedly', 'allied', 'armed', 'funded', 'arms', 'funds', 'helped', 'helps', 'props', 'propped', 'sided', 'sides', 'plans', 'planned', 'hopes', 'wants', 'expects', 'is', 'pledged', 'pledges']);

function words(s: string): string[] {
  return s.match(WORD) ?? [];
}

/** An indefinite determiner opening a noun phrase, over at most two adjectives: "a (Syrian)", "an important (U.S.)". */
const INDEFINITE_PHRASE_BEFORE = /(?:^|[^\p{L}])(?:[Aa]n?|[Oo]ne)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** Runs one rule at one cue: its parties on each side and the status the words around it give. */
/** Before a support noun: a verb of voicing or showing it, a question of it, a record of it (and its determiners):
 *  "voiced (strong) support", "question his support", "record reflects some support", "vocal about his support". */
const STANCE_BEFORE_SUPPORT = /\b(?:express|expresses|expressed|expressing|voice|voices|voiced|voicing|profess|professes|professed|professing|declare|declares|declared|declaring|reflect|reflects|reflected|reflecting|show|shows|showed|showing|question|questions|questioned|questioning|tout|touts|touted|touting|boast|boasts|boasted|boasting|(?:speak|speaks|spoke|spoken|talk|talks|talked|vocal|outspoken)\s+(?:[a-z]+ly\s+)?about|record\s+(?:of|on))\s+(?:(?:his|her|their|some|strong|unwavering|full|personal|staunch|firm|continued|public|past)\s+){0,2}$/;
/** Words of condolence: support in their sentence is sympathy. */
const CONDOLENCE_WORDS = /\b(?:[Cc]ondolences?|[Ss]ympath(?:y|ies)|[Tt]houghts\s+and\s+prayers|[Mm]ourn(?:s|ed|ing)?|[Gg]rieving)\b/;
/** A verb of pledging or voicing right before a support noun (over a possessive or a name and a determiner):
 *  "pledged America's", "offered U.S.", "expressed his". */
const SYMPATHY_PLEDGE_BEFORE = /\b(?:pledg(?:e|es|ed|ing)|offer(?:s|ed|ing)?|express(?:es|ed|ing)?|voic(?:e|es|ed|ing)|convey(?:s|ed|ing)?|extend(?:s|ed|ing)?)\s+(?:(?:his|her|their|its|our|the|full|unwavering|total|strong)\s+|\S+['’]s?\s+|[A-Z][A-Za-z.]*\s+){0,2}$/;
/** After the cue, an attack or a disaster the support follows: "after the attack", "in the wake of the bombings". */
const GRIEF_OCCASION = /\b(?:after|following|in\s+the\s+(?:wake|aftermath)\s+of)\s+(?:(?:the|this|these|that|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|deadly|terror|terrorist|recent|latest)['’]?s?\s+){0,3}(?:attacks?|bombings?|shootings?|massacres?|tragedy|disaster|earthquake|hurricane|floods?|killings?|atrocity|atrocities)\b/iu;
/** Parties named in one list from which a meeting is a conference, not a meeting of each pair (see applyRule). */
const MULTILATERAL_PARTIES = 5;
/** Words telling that meetings with the members of a list were held one by one. */
const SEPARATE_MEETINGS = /\b(?:[Ss]eparately|[Ii]ndividually|[Pp]rivately|one\s+by\s+one|one-on-one|[Bb]ilateral(?:ly)?|in\s+turn)\b/;
/** An unnamed group of several states or their people as one conjunct of a list: "more than two dozen nations", "some
 *  20 other countries", "several other world leaders", "dozens of delegations" (not "the two countries": a count of two
 *  is the pair itself). */
const GROUP_OF_PARTIES = String.raw`(?:(?:more\s+than|some|about|nearly|over|around|almost|roughly|at\s+least)\s+)?(?:\d+|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a\s+dozen|(?:two|three|four)\s+dozen|dozens\s+of|scores\s+of|several|many|numerous|other|(?:two|three)\s+other)\s+(?:other\s+)?(?:[\p{Ll}-]+\s+)?(?:nations|countries|states|governments|powers|delegations|leaders|ministers|allies)\b`;
/** The group before the list's first member ("More than two dozen nations, the Arab League, … met"), after its last
 *  ("Russia, China and several other nations met"), or between two members. */
const GROUP_BEFORE_LIST = new RegExp(`(?:^|[^\\p{L}])${GROUP_OF_PARTIES}\\s*(?:,\\s*)?(?:and\\s+)?(?:the\\s+)?$`, 'iu');
const GROUP_AFTER_LIST = new RegExp(`^\\s*,?\\s+(?:and|as\\s+well\\s+as)\\s+${GROUP_OF_PARTIES}`, 'iu');
const GROUP_INSIDE_LIST = new RegExp(`^\\s*,\\s+${GROUP_OF_PARTIES}\\s*(?:,\\s*)?(?:and\\s+)?(?:the\\s+)?$`, 'iu');
/** A list of parties one of whose conjuncts is an unnamed group of several (GROUP_OF_PARTIES): a gathering. */
function listWithGroup(body: string, s: Sentence, list: readonly Party[]): boolean {
  if (list.length < 2) return false;
  const sorted = [...list].sort((a, b) => a.start - b.start);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (GROUP_BEFORE_LIST.test(body.slice(Math.max(s.start, first.start - 60), first.start))) return true;
  if (GROUP_AFTER_LIST.test(body.slice(last.end, Math.min(s.end, last.end + 70)))) return true;
  return sorted.some((p, k) => k > 0 && GROUP_INSIDE_LIST.test(body.slice(sorted[k - 1].end, p.start)));
}
/** Words opening a list of some members of a larger group: "(leaders,) including", "such as", "among them". */
const SAMPLE_LIST_BEFORE = /\b(?:including|such\s+as|among\s+them|among\s+whom|among\s+others|notably|like):?\s+(?:the\s+)?$/iu;

function applyRule(ctx: Ctx, rule: CompiledRule, cueStart: number, cueEnd: number, noun: string | undefined): Candidate[] {
  const { body, s } = ctx;
  let left: Party[] = [];
  let right: Party[] = [];
  // One side of a "between … with …" meeting: the "between" list, met with the parties after "with".
  let jointSide: Party[] | null = null;
  /** The status a superlative frame's copula gives the subject's deed ("was the first … to meet"), when one does. */
  let superlativeStatus: RelationStatus | null | undefined;
  /** The main clause's words between its subject and a gerund adjunct ("is expected to hold talks … before negotiating with"). */
  let mainClauseOfAdjunct: string | undefined;
  /** The main clause's words after the subject a fronted adjunct hangs on (subject.fronted-adjunct). */
  let frontedMain: string | undefined;
  /** The subject is the main clause's, taken by a participle after its comma ("Putin returned in 2014, meeting with Castro"). */
  let participleOfMain = false;
  /** The subject is a causative's object in an infinitive ("the plan to have Trump sit down with Kim"): an aim. */
  let causativeAim = false;
  // The status is read from the words between the subject and the cue, else from the clause's last words before it
  // (four lower-case ones: names do not count, "ahead of Kim Jong Un’s summit").
  const clause = clauseTail(body, Math.max(s.start, cueStart - 80), cueStart);
  // "just ahead of a new round of peace talks between …": a partitive noun ("a new round of", "a series of") belongs to
  // the meeting noun's phrase, so the four words are counted before it and it is read with them (status.partitive-phrase).
  const partitive = noun ? PARTITIVE_BEFORE.exec(clause) : null;
  let statusFrom = partitive ? leadWordsStart(clause.slice(0, partitive.index), cueStart - clause.length + partitive.index) : leadWordsStart(clause, cueStart);
  // "the plan to have Trump sit down with Kim", "Moon will have Trump meet Kim": a causative's object does the meeting,
  // and the causative's own words (its "to", its tense) give the status, not the bare verb after the name.
  const readCausative = (sub: readonly Party[]) => {
    const causative = sub.length ? CAUSATIVE_BEFORE.exec(body.slice(Math.max(s.start, sub[0].start - 40), sub[0].start)) : null;
    if (!causative) return;
    causativeAim = !!causative[1];
    const at = sub[0].start - causative[0].length + causative[0].search(/\S/);
    statusFrom = leadWordsStart(clauseTail(body, Math.max(s.start, sub[0].start - 80), at), at);
  };
  const leftSide = (slot: Slot): Party[] => {
    switch (slot) {
      case 'subject': {
        // "threatened North Korea before meeting with Kim": the party before a gerund adjunct is the main verb's object;
        // the adjunct's subject is the clause's (below).
        const gerund = GERUND_ADJUNCT.test(body.slice(Math.max(s.start, cueStart - 30), cueStart));
        let sub = gerund ? [] : subjectBefore(ctx, cueStart);
        // "Abe is the first Japanese leader to meet Trump", "The last US official to meet Kim was Albright": a
        // superlative noun phrase before an infinitive describes the copula's other side, who did it; the country of
        // the described category is no party.
        const superlative = superlativeFrame(body.slice(Math.max(s.start, cueStart - 160), cueStart));
        if (superlative) {
          const frameAt = cueStart - superlative.length;
          const described = sub.every((p) => p.start >= frameAt) ? copulaSide(ctx, frameAt, cueEnd) : COPULA_BEFORE_FRAME.test(body.slice(sub[sub.length - 1].end, frameAt)) ? sub[sub.length - 1] : undefined;
          if (described === null) return [];
          if (described) {
            superlativeStatus = superlative.status;
            statusFrom = cueStart;
            return [described];
          }
        }
        if (sub.length) statusFrom = afterApposed(ctx, sub[sub.length - 1].end, cueStart);
        readCausative(sub);
        if (sub.length) return sub;
        // "Kim is due to hold a summit with Moon on Friday, and is expected to meet with Trump": coordinated verb
        // phrases share the subject of the first.
        const shared = sharedSubject(ctx, cueStart);
        if (shared) statusFrom = shared.from;
        if (shared) return [shared.party];
        // "Putin returned to Cuba in 2014, meeting with Castro", "Kerry was in Geneva, negotiating with the Iranians": a
        // participle after the comma that closes a one-clause sentence takes its subject and its time.
        const participle = PARTICIPLE_ADJUNCT.exec(body.slice(s.start, cueStart));
        // ("criticized for confronting Iran, supporting Israel": a participle continuing a list of gerunds is none.)
        if (participle && rule.type === 'MET_WITH' && /^\p{Ll}+ing\b/u.test(body.slice(cueStart, cueEnd))) {
          const commaAt = s.start + participle.index;
          const main = sentenceSubject(ctx);
          const predicate = main ? body.slice(main.end, commaAt) : '';
          if (main && main.end <= commaAt && /^\s+\p{Ll}/u.test(predicate) && !/[,;:“”"?()—–]/.test(predicate) && !GERUND_IN_PREDICATE.test(predicate) && !words(predicate).some((w) => CLAUSE_BREAKERS.has(w.toLowerCase()) || w === 'who' || w === 'and' || w === 'or')) {
            statusFrom = commaAt + 1;
            mainClauseOfAdjunct = predicate;
            participleOfMain = true;
            return [main];
          }
        }
        // "“We are great allies,” Trump said, speaking alongside Netanyahu": the participle after a speaker's comma is
        // the speaker's (meet.joint-appearance).
        const commaBefore = rule.id === 'meet.joint-appearance' ? /,\s*$/.exec(body.slice(s.start, cueStart)) : null;
        const speaker = commaBefore ? speakerBefore(ctx, s.start + commaBefore.index) : null;
        if (speaker) return [speaker];
        // "Trump told reporters after meeting with Turnbull": a gerund adjunct's subject is the main clause's.
        const adjunct = GERUND_ADJUNCT.exec(body.slice(s.start, cueStart));
        const main = adjunct ? adjunctSubject(ctx, s.start + adjunct.index) : null;
        if (main && main.end <= s.start + adjunct!.index) {
          statusFrom = s.start + adjunct!.index;
          mainClauseOfAdjunct = body.slice(main.end, s.start + adjunct!.index);
          return [main];
        }
        // "After meeting with Esper on Wednesday, Iraqi officials said …": an adjunct opening the sentence hangs on the
        // subject after its comma (subject.fronted-adjunct).
        // ("Standing alongside Kerry, Netanyahu welcomed the deal": a participle opening the sentence hangs so too.)
        const fronted = adjunct || (rule.id === 'meet.joint-appearance' && PARTICIPLE_OPENING.test(body.slice(s.start, cueStart))) ? frontedAdjunctSubject(ctx, cueStart, cueEnd, true) : null;
        if (fronted) frontedMain = body.slice(fronted.end, Math.min(s.end, fronted.end + 40));
        return fronted ? [fronted] : [];
      }
      case 'owner': {
        // "Putin wants his ally, Assad, to stay": the possessive phrase presupposes the alliance; the verb before it
        // governs something else.
        const owner = possessorBefore(ctx, cueStart);
        // "Iran is on the brink of war … in Syria. It … could order its Lebanese proxy — Hizballah —", "together with its
        // Chinese partners, General Motors …": an "its" over a name before the ally noun owns the phrase only when its
        // antecedent is named earlier in the sentence — one from an earlier sentence, or a cataphoric one, is too often
        // another country or body than the one meant.
        if (owner?.pronoun && owner.type !== 'Person' && ctx.parties.some((p) => p.start >= owner.end && p.end <= cueStart) && !ctx.parties.some((p) => !p.pronoun && p.id === owner.id && p.end <= owner.start)) return [];
        if (owner) statusFrom = owner.start;
        return owner ? [owner] : [];
      }
      case 'possessor': {
        const owner = possessorBefore(ctx, cueStart);
        if (owner) return [owner];
        // "Pompeo discussed the U.S. alliance with Japan": a country or body modifying the noun owns it; the clause's
        // subject only talks about it.
        // "praised the Clinton administration's 1994 agreement to send aid to North Korea": the owner of the noun
        // whose infinitive gives the aid is the giver, not the clause's subject.
        if (rule.id === 'ally.aid-for') {
          const giver = ctx.parties.filter((x) => x.end <= cueStart && x.possessive && !x.pronoun && GIVING_NOUN_GAP.test(body.slice(x.end, cueStart))).pop();
          if (giver) {
            statusFrom = giver.end;
            return [giver];
          }
        }
        // "Merkel welcomed the American negotiations with Iran": a demonym or a country modifying a meeting noun is its
        // side too, not the clause's subject, who only speaks of the talks (a body there may be the venue: "a White House
        // meeting with Trump").
        // ("going into the North Korean talks with Kim": a demonym of the other side's own country names the topic.)
        const modifier = ctx.parties.filter((x) => x.end <= cueStart).pop();
        const other = ctx.parties.find((x) => x.start >= cueEnd);
        if (modifier && !(rule.type === 'MET_WITH' && other && (other.id === modifier.id || ctx.own.get(other.id)?.has(modifier.id))) && (modifier.modifierOnly || modifier.adjective) && !modifier.pronoun && modifier.type !== 'Person' && (rule.type === 'ALLIED_WITH' || modifier.type === 'Country') && (rule.type === 'ALLIED_WITH' ? OWNING_MODIFIER_GAP : MEETING_MODIFIER_GAP).test(body.slice(modifier.end, cueStart))) return [modifier];
        // "backing the administration's negotiations with Iran", "the country's support for": a noun with a possessive
        // determiner is its owner's, and an owner the text names by no party leaves the noun's side unnamed — never
        // the clause's subject, who only speaks of it.
        const ownerWindow = Math.max(s.start, cueStart - 60);
        // "the president's notorious July 2019 phone call": a date between the owner and the noun is one more premodifier.
        const unnamedOwner = UNNAMED_OWNER_BEFORE.exec(body.slice(ownerWindow, cueStart).replace(DATE_PREMODIFIER_END, ' '));
        if (unnamedOwner && !TIME_POSSESSOR.test(body.slice(ownerWindow, cueStart)) && !ctx.parties.some((p) => p.start <= ownerWindow + unnamedOwner.index && p.end > ownerWindow + unnamedOwner.index)) return [];
        // "Trudeau risked undermining the president’s position at his summit with Kim": a "his"/"her" no one is found for,
        // after an unnamed office holder the sentence names, may be that holder's — the noun's side is unnamed, not the
        // clause's subject. So is one whose owner the grammar leaves open ("Flynn gave Pence … about his call with …").
        const ownPronoun = POSSESSIVE_DETERMINER_BEFORE.exec(body.slice(ownerWindow, cueStart));
        if (ownPronoun && !ctx.parties.some((p) => p.pronoun && p.start === ownerWindow + ownPronoun.index) && (ctx.openPossessives.has(ownerWindow + ownPronoun.index) || lastRolePhrase(body.slice(s.start, ownerWindow + ownPronoun.index)) >= 0)) return [];
        // "“I know the President was heartened by his discussions with Xi,” Pence said": a third person's "his" no one is
        // found for is never the quoting speaker's.
        const thirdPersonOwner = !!ownPronoun && !ctx.parties.some((p) => p.pronoun && p.start === ownerWindow + ownPronoun.index);
        // "After a meeting with Xi, Trump says …", "Following talks with Lavrov, Wang said …": an adjunct opening the
        // sentence is the main clause subject's, after its comma (subject.fronted-adjunct).
        if (rule.type === 'MET_WITH') {
          const fronted = frontedAdjunctSubject(ctx, cueStart, cueEnd);
          // (The main clause's auxiliary gives the time: "Before talks with Kim, Trump will stop in Seoul".)
          if (fronted) frontedMain = body.slice(fronted.end, Math.min(s.end, fronted.end + 40));
          if (fronted) return [fronted];
        }
        // "Putin held several meetings in the Kremlin, including talks with Abbas": one of the main clause's meetings,
        // named after "including", is its subject's (subject.including-meeting).
        const including = rule.type === 'MET_WITH' ? INCLUDING_BEFORE_NOUN.exec(body.slice(s.start, cueStart)) : null;
        const includer = including ? sentenceSubject(ctx) : null;
        if (includer && includer.end <= s.start + including!.index) {
          const predicate = body.slice(includer.end, s.start + including!.index);
          if (MEETINGS_IN_PREDICATE.test(predicate) && !/[;:“”"?()]/.test(predicate) && !words(predicate).some((w) => CLAUSE_BREAKERS.has(w.toLowerCase()) || w === 'who')) {
            mainClauseOfAdjunct = predicate;
            return [includer];
          }
        }
        // "Wang said, after talks with Lavrov, …": an adjunct's meeting is the main clause subject's ("Obama said Monday
        // ahead of a meeting with Tusk", "prior to his talks with": a meeting still to come, stop 53).
        const adjunct = /\b(?:after|before|during|following|since|ahead\s+of|prior\s+to)\s+(?:(?:the|their|his|her)\s+)?(?:[\p{Ll}-]+\s+)?$/u.exec(body.slice(s.start, cueStart));
        const main = adjunct ? (speakerBefore(ctx, s.start + adjunct.index) ?? adjunctSubject(ctx, s.start + adjunct.index)) : null;
        // ("Swift said the summit did not improve Mr. Trump's hand ahead of the meeting with Putin": a person named between
        // the subject and an "ahead of" adjunct may be the one it is ahead for; the corpus dump showed it so.)
        const personBetween = (m: Party, at: number) => ctx.parties.some((p) => p.start >= m.end && p.end <= at && p.id !== m.id && p.type === 'Person');
        if (main && /^(?:ahead|prior)/i.test(adjunct![0]) && personBetween(main, s.start + adjunct!.index)) return [];
        if (main) return [main];
        // "plans to withdraw US troops deployed in northern Syria following a telephone conversation with Erdogan": before
        // an adjunct with an article, an infinitive's object is no subject; the main clause's is (below).
        const articleAdjunct = /\b(?:after|before|during|following|since|ahead\s+of|prior\s+to)\s+(?:a|an|its)\s+(?:[\p{Ll}-]+\s+)?$/u.exec(body.slice(s.start, cueStart));
        let sub = subjectBefore(ctx, cueStart, true).filter((p) => !articleAdjunct || p.pronoun || !INFINITIVE_OBJECT_BEFORE.test(body.slice(Math.max(s.start, p.start - 30), p.start)));
        if (thirdPersonOwner) sub = sub.filter((p) => !p.firstPerson);
        // "Putin's government put out a statement on his call with Trump": "his"/"her" owns the noun for a person; a country
        // or a body the text describes with a common noun is not that owner, and whose call it is the sentence leaves to a
        // name it does not give. (A capitalised name typed as a body may be a person the tagger mistyped: kept.)
        if (thirdPersonOwner && rule.type === 'MET_WITH') sub = sub.filter((p) => !notPersonalOwner(body, p));
        // "aid to Iraq" belongs to the subject only when it gives it ("will give aid to"), not across a preposition
        // ("is in Paris for a meeting on providing aid to").
        if (sub.length && rule.type === 'ALLIED_WITH' && /\b(?:for|on|about|of|at|over|with)\b/i.test(body.slice(sub[sub.length - 1].end, cueStart))) return [];
        // "she supported the extension of negotiations with Iran": the noun belongs to another noun, not to her.
        // ("walked out of a meeting with Pelosi": "out of" after a verb of leaving is the verb's particle, no noun's "of".)
        // The words between the subject and the meeting noun's phrase: a partitive ("held a new round of talks with",
        // "criticized a series of talks with") is part of the phrase, so the verb before it is read as before the noun.
        const subGap = (sub: readonly Party[]) => {
          const gap = body.slice(sub[sub.length - 1].end, cueStart);
          const partitiveAt = rule.type === 'MET_WITH' && noun ? PARTITIVE_BEFORE.exec(gap) : null;
          return partitiveAt ? gap.slice(0, partitiveAt.index) + (partitiveAt.groups?.det ?? '') : gap;
        };
        if (sub.length && rule.type === 'MET_WITH' && /\b(?:of|about|over)\s+(?:[\p{Ll}-]+\s+){0,3}$/iu.test(subGap(sub)) && !WALKED_OUT_OF.test(subGap(sub))) return [];
        // "reluctance … to support negotiations with Iran", "a plan to use Camp David for negotiations with": the
        // noun is the object of another verb; only holding, joining or resuming talks makes the subject a party.
        // ("is looking forward to a meeting with Putin": the "to" of "look forward" is a preposition, its object the meeting
        // the subject will hold — look.forward-to.)
        if (sub.length && rule.type === 'MET_WITH' && /\b(?<!\bforward\s)to\s+(?!(?:hold|have|begin|start|resume|continue|attend|join|enter|open|host|restart|conduct|head|go|travel|fly|come|return)\b)\p{Ll}+\b/u.test(subGap(sub))) return [];
        // "memos he shared documenting discussions with Trump", "records detailing talks with Iran": a meeting noun that is
        // the object of a participle of record names what a record tells, not whose talks they are — the clause's subject
        // shares or reads the record.
        if (sub.length && rule.type === 'MET_WITH' && RECORD_PARTICIPLE_BEFORE.test(subGap(sub))) return [];
        // "He also defended the nuclear negotiations with Iran", "Pelosi criticized the talks with the Taliban": a verb of
        // judgement takes the talks as its topic; whose talks they are the sentence does not say.
        if (sub.length && rule.type === 'MET_WITH' && judgedNounBefore(subGap(sub))) return [];
        // "Vindman listened to the July 25 call with Zelensky", "he reported the call with Zelensky to the NSC's lawyer": who
        // listens in to, reports or describes a contact is no side of it; the noun's owner, when named, is (above).
        if (sub.length && rule.type === 'MET_WITH' && REPORTED_CONTACT_BEFORE.test(subGap(sub).replace(DATE_PREMODIFIER_END, ' '))) return [];
        // "cancelled secret Camp David meetings with Ghani": a place or building named right before the noun is where the
        // meeting is, no side of it; the clause's subject is.
        const venue = sub.find((p) => isVenueParty(ctx, p) && /^\s+$/.test(body.slice(p.end, cueStart)));
        if (venue) sub = subjectBefore(ctx, venue.start, true).filter((p) => !isVenueParty(ctx, p));
        if (sub.length) statusFrom = afterApposed(ctx, sub[sub.length - 1].end, cueStart);
        readCausative(sub);
        if (sub.length) return sub;
        // "Trump announced his plans to withdraw US troops deployed in northern Syria following a telephone conversation
        // with Erdogan": with no subject nearer, an adjunct with an article hangs on the main clause too.
        const mainOfArticle = articleAdjunct ? (speakerBefore(ctx, s.start + articleAdjunct.index) ?? adjunctSubject(ctx, s.start + articleAdjunct.index)) : null;
        if (mainOfArticle && /^(?:ahead|prior)/i.test(articleAdjunct![0]) && personBetween(mainOfArticle, s.start + articleAdjunct!.index)) return [];
        if (mainOfArticle) return [mainOfArticle];
        // "Leon Panetta and his adviser were notified … and were about to head into a meeting with …": the subject of
        // coordinated verb phrases, when no other party and no clause boundary stands between.
        const first = sentenceSubject(ctx);
        const between = first ? ctx.parties.filter((p) => p.start > first.start && p.end <= cueStart) : [];
        if (first && !(thirdPersonOwner && rule.type === 'MET_WITH' && notPersonalOwner(body, first)) && between.every((p) => p.pronoun && p.id === first.id) && !words(body.slice(first.end, cueStart)).some((w) => CLAUSE_BREAKERS.has(w.toLowerCase()) || w === 'who')) {
          statusFrom = first.end;
          return [first];
        }
        return [];
      }
      case 'modifier': {
        const p = ctx.parties.filter((x) => !x.pronoun && /^\s*$/.test(body.slice(x.end, cueStart)) && x.end <= cueStart).pop();
        // "its Lebanese proxy — Hizballah —", "its Chinese partners, General Motors": a demonym after a possessive
        // determiner tells the ally's nationality; whether the owner's ally is that country the owner rule reads
        // (pronounOwnsAlly), the demonym is no side of its own (modifier.demonym-after-possessive).
        // ("Lebanon's Iranian-backed Hezbollah": before a participle the demonym is the backer, whoever owns the phrase.)
        if (p?.adjective && rule.id === 'ally.noun-modifier' && POSSESSIVE_BEFORE_DEMONYM.test(body.slice(Math.max(s.start, p.start - 40), p.start))) return [];
        // "he never mentioned U.S. ally Israel": the phrase presupposes the alliance; the verb before it governs the phrase.
        if (p) statusFrom = p.start;
        return p ? [p] : [];
      }
      case 'compound':
        return compoundBefore(ctx, cueStart);
      case 'appositive': {
        return appositiveOf(ctx, cueStart);
      }
      case 'sharers': {
        // The adjunct's own words give the status ("ahead of their summit"), the clause's tense its time (below); the
        // main verb's negation or wish is about another deed ("did not mention X to Y during their call").
        const adjunct = SHARED_ADJUNCT_BEFORE.exec(body.slice(Math.max(s.start, cueStart - 30), cueStart));
        statusFrom = adjunct ? cueStart - adjunct[0].length + adjunct[0].search(/\S/) : cueStart;
        return theirSharers(ctx, statusFrom, cueEnd);
      }
      default:
        return [];
    }
  };
  // "Rouhani accused Americans of running a war by supporting the UAE", "Qatar was accused of funding Hamas": every
  // verb of the accusation's "of" complement is the accused's, and only claimed — never the accuser's deed.
  const accusation = rule.left === 'subject' ? accusationBefore(ctx, cueStart) : null;
  if (accusation && (rule.type === 'MET_WITH' || !accusation.length)) return [];
  left = accusation ?? leftSide(rule.left);
  // "US-Russia summit lore", "like past summits between …", "US-Russia summits have …": a kind of meeting, no one meeting.
  if (rule.type === 'MET_WITH' && noun && genericMeeting(ctx, rule, left, cueStart, cueEnd, noun)) return [];
  if (rule.type === 'MET_WITH' && rule.left === 'compound' && left.length) {
    const predicate = body.slice(cueEnd, Math.min(s.end, cueEnd + 40));
    // "Moscow and Beijing call for calm", "Gowdy and Rubio call it non-partisan": parties joined by "and" before a word
    // that is also a verb, with a preposition or an object pronoun after it, are the verb's subject (a noun compound
    // joins its parties with a dash: "US-China talks on trade").
    if (/^(?:call|calls|talk|talks|visit|visits|meet|meets)$/i.test(noun ?? '') && /\band\s*$/.test(body.slice(left[left.length - 2].end, left[left.length - 1].start)) && /^\s+(?:for|on|to|with|off|about|in|it|them|him|her|this|that|these|those|us|me)\b/.test(predicate)) return [];
    // "Trump-Kim summit: North Korea must do something 'meaningful'": a meeting noun heading a label names a topic,
    // with no verb to say whether the meeting took place or is to come.
    if (/^\s*:/.test(predicate) && LABEL_LEAD.test(body.slice(s.start, left[0].start))) return [];
    // "The Trump-Kim summit also seemed impossible", "a Trump–Rouhani meeting would be a mistake": a modal predicate
    // makes the meeting a possibility ("would have been" looks back at one, and is left alone).
    if ((MODAL_PREDICATE.test(predicate) || IMPROBABLE_PREDICATE.test(predicate)) && !MODAL_PERFECT.test(predicate)) return [];
  }
  if (rule.left !== 'none' && rule.left !== 'compound' && left.length === 0) return [];
  // "It's Richard III meets Scarface", "like Rocky meets Godzilla": "X meets Y" as the complement of a copula or of "like"
  // is a blend of two things named as one, no clause (a finite verb cannot follow "It's"); no one met.
  if (rule.id === 'meet.verb' && left.length && /^meets?$/i.test(body.slice(cueStart, cueEnd)) && BLEND_BEFORE.test(body.slice(Math.max(s.start, left[0].start - 40), left[0].start))) return [];
  switch (rule.right) {
    case 'between':
      right = objectList(ctx, cueEnd);
      // "A meeting between Obama and Rouhani was too complicated", "… would be a mistake": the predicate makes the
      // meeting a possibility, not an event.
      // "The talks between Trump and Kim, if they were to go ahead, would …": a condition on the meeting makes it one too.
      if (right.length && (MODAL_PREDICATE.test(body.slice(right[right.length - 1].end, Math.min(s.end, right[right.length - 1].end + 40))) || IMPROBABLE_PREDICATE.test(body.slice(right[right.length - 1].end, Math.min(s.end, right[right.length - 1].end + 60))) || CONDITION_AFTER.test(body.slice(right[right.length - 1].end, Math.min(s.end, right[right.length - 1].end + 20))))) return [];
      // "a meeting between Sherman and Ford with their Russian counterparts": the "between" list is one side, the
      // parties after "with" the other.
      if (right.length) {
        // (The list may end on a title whose holder follows: "… and U.S. Ambassador to Syria Robert Ford with".)
        const last = right[right.length - 1];
        const withAt = JOINT_SIDE_WITH.exec(body.slice(last.end, Math.min(s.end, last.end + 60)));
        if (withAt) {
          const withEnd = last.end + withAt[0].length;
          const holders = ctx.parties.filter((p) => p.start >= last.end && p.end <= withEnd && p.type === 'Person' && !p.pronoun);
          // The title's own party ("U.S. Ambassador") is its holder, named after it.
          const titleOnly = holders.length > 0 && last.type !== 'Person' && SINGLE_OFFICIAL.has((words(body.slice(last.start, last.end)).pop() ?? '').toLowerCase());
          const others = objectList(ctx, withEnd);
          // ("a meeting between Kerry and Lavrov with no breakthrough": no party after "with", the list stays both sides.)
          if (others.length) {
            jointSide = [...(titleOnly ? right.slice(0, -1) : right), ...holders];
            right = others;
          }
        }
      }
      break;
    case 'object': {
      // "discussed the Brunson case with Erdogan": the object list starts after the topic's "with".
      const objectAt = rule.id === 'meet.discuss-with' ? discussedWith(body, cueEnd, s.end) : cueEnd;
      if (objectAt < 0) return [];
      right = objectList(ctx, objectAt, false, rule.id === 'ally.back-verb' || rule.id === 'meet.verb', VERB_PHRASE_RULES.has(rule.id));
      // "suggested talks with the EU could go down to the wire": a meeting noun that is the subject of a modal is a
      // possibility (the verb rules' objects are followed by their own clause, so only the noun rule reads this).
      // "would take place in the next weeks" stays a plan.
      if (rule.id === 'meet.noun-with' && right.length) {
        const predicate = body.slice(right[right.length - 1].end, Math.min(s.end, right[right.length - 1].end + 40));
        if ((MODAL_PREDICATE.test(predicate) || IMPROBABLE_PREDICATE.test(body.slice(right[right.length - 1].end, Math.min(s.end, right[right.length - 1].end + 60)))) && !FUTURE_PREDICATE.test(predicate)) return [];
      }
      break;
    }
    case 'appositive': {
      // The party named inside the phrase ("Tehran’s Hezbollah auxiliaries"), else right after the noun ("ally Bashar
      // Assad"), else the one the phrase describes ("China, North Korea's main ally").
      // ("its South Korean ally", "his Iranian patrons": a possessive determiner owns the phrase the same way — see
      // pronounOwnsAlly for what such a phrase names.)
      // ("Netanyahu’s Likud allies", "Trump’s GOP allies", "Morsi’s Muslim Brotherhood backers": a party written inside a
      // person's ally phrase says which party the allies belong to — most often the person's own, and membership is no
      // alliance (ally.own-party).)
      const inside = ctx.parties.find((p) => p.end <= cueStart && /^\s+$/.test(body.slice(p.end, cueStart)) && !left.includes(p) && left.some((o) => ownsNext(body, o, p) && !memberBody(body, p) && !(o.type === 'Person' && politicalParty(body, p)) && (!o.pronoun || pronounOwnsAlly(ctx, o, p, body.slice(cueStart, cueEnd)))));
      // "Iranian-backed forces in Iraq": after "-backed" the noun is the backed party; a name after "in" is its place.
      // "Russia, a Syrian ally the U.S. repeatedly has accused of …": after an indefinite ally phrase, a name with a finite
      // verb of its own opens a relative clause with no "that" — it is that clause's subject, no apposition; the phrase
      // describes the party before it (ally.contact-relative).
      const indefinite = INDEFINITE_PHRASE_BEFORE.test(body.slice(Math.max(s.start, ruleStart(ctx, cueStart, rule.left) - 40), ruleStart(ctx, cueStart, rule.left)));
      const named = objectList(ctx, cueEnd, true).filter((p) => rule.id !== 'ally.dash-backed' || !/\b(?:in|from|of|at)\b/.test(body.slice(cueEnd, p.start))).filter((p) => !(indefinite && !p.pronoun && /^\s+(?:the\s+)?$/.test(body.slice(cueEnd, p.start)) && finiteVerbAfter(body.slice(p.end, Math.min(s.end, p.end + 40)).replace(/^\s+\p{Ll}+ly(?=\s)/u, ''))));
      // "Bush-backed interrogation tactics": the participle modifies the noun after it; only a noun naming an agent
      // (forces, militia, government …) describes a party named elsewhere in the sentence.
      const describesAgent = rule.id !== 'ally.dash-backed' || backedHeadIsAgent(body.slice(cueEnd, Math.min(s.end, cueEnd + 60)));
      // "its allies Japan and South Korea": a plural noun's apposition may be a list.
      const plural = PLURAL_ALLY_NOUN.test(body.slice(cueStart, cueEnd));
      const list = plural && named.length ? objectList(ctx, cueEnd) : [];
      // "Russian-backed separatists in the country's east", "Iran-backed Iraqi militias": a faction (rebels, militias,
      // separatists …) is no state, so the party such a phrase describes is never a country; the faction's alliance is
      // not its country's unless the text names the country's own forces ("U.S.-backed Iraqi troops").
      const faction = rule.id === 'ally.dash-backed' && backedHeadIsFaction(body.slice(cueEnd, Math.min(s.end, cueEnd + 60)));
      const described = describesAgent ? appositiveOf(ctx, ruleStart(ctx, cueStart, rule.left), plural).filter((p) => !faction || p.type !== 'Country') : [];
      right = inside ? [inside] : named.length ? (list[0] === named[0] ? list : named.slice(0, 1)) : described;
      break;
    }
  }
  // ("Trump was met by senior Vietnamese officials": people who stand for their country — officials, leaders, a
  // delegation — meet as people do; the country itself is never met by a guest's arrival — party.officials-met.)
  if (rule.rightPeopleOnly) right = right.filter((p) => p.type === 'Person' || (rule.id === 'meet.passive-by' && officialsGroup(body, p)));
  // "Trump, speaking alongside Netanyahu", "Standing beside Putin, Xi told reporters": a joint appearance of two states'
  // people is the public part of their meeting; of one state's people (colleagues at a briefing, a ceremony) or of
  // people the article ties to no state it is co-attendance, no meeting (meet.joint-appearance).
  if (rule.id === 'meet.joint-appearance') {
    // ("Netanyahu stands next to Obama as they attend the funeral of Shimon Peres": side by side at a rite or a
    // ceremony the clause names is co-attendance.)
    if (ATTENDED_RITE.test(body.slice(cueEnd, s.end))) return [];
    left = left.filter((p) => p.type === 'Person' && ctx.sideOf(p).size > 0);
    right = right.filter((p) => p.type === 'Person' && ctx.sideOf(p).size > 0 && left.every((a) => ![...ctx.sideOf(a)].some((c) => ctx.sideOf(p).has(c))));
  }
  // ("they met with Kim", "they met at the summit with…": a "they" with another side named may be anyone's; only a
  // reciprocal "they met" takes up the two just named — subject.they-two.)
  if (left.some((p) => p.they) && (right.length || rule.type !== 'MET_WITH' || !rule.reciprocal)) return [];
  // "Russia, which supports Mr. Assad, and Turkey, which backs insurgents, are at odds": after a subject's relative
  // clause, a conjunct with a relative clause of its own is the antecedent's parallel, not the relative verb's object —
  // the relative clause ended at the comma before "and".
  if (rule.left === 'subject' && left.length === 1 && RELATIVE_AFTER.test(body.slice(left[0].end, cueStart))) {
    const cut = right.findIndex((p, k) => k > 0 && RELATIVE_AFTER.test(body.slice(p.end, Math.min(s.end, p.end + 12))) && /,\s*(?:and|as\s+well\s+as)\s+(?:the\s+)?$/.test(body.slice(right[k - 1].end, p.start)));
    if (cut > 0) right = right.slice(0, cut);
  }
  // "I am backing Theresa May", "I cannot be part of a network funded by …": a speaker's own support is a personal
  // endorsement or a job, no alliance; the first person takes part in meetings only (speaker.first-person).
  if (rule.type === 'ALLIED_WITH') {
    left = left.filter((p) => !p.firstPerson);
    right = right.filter((p) => !p.firstPerson);
  }
  // "I welcome Secretary McCarthy and the Army looking at this issue": a speaker's present "welcome" approves; no guest is
  // received (that is "welcomed X to …" or "will welcome X").
  if (rule.id === 'meet.verb' && left.some((p) => p.firstPerson) && /^welcome$/i.test(body.slice(cueStart, cueEnd))) return [];
  // "his partner, Carrie Symonds": a person's partner who is a person is a private partner, no ally.
  if (rule.type === 'ALLIED_WITH' && /^partners?$/i.test(body.slice(cueStart, cueEnd)) && left.every((p) => p.type === 'Person')) right = right.filter((p) => p.type !== 'Person');
  if (rule.type === 'ALLIED_WITH') {
    const cueWord = body.slice(cueStart, cueEnd).toLowerCase();
    // "Biden's former legal client", "its U.S. partner Rosemont Seneca chairman …": a client or partner in a sentence
    // about firms, lawyers and business is a private or business tie, not an alliance of states, armed groups or parties.
    if (/^(?:client|clients|partner|partners)$/.test(cueWord) && BUSINESS_FRAME.test(s.text)) return [];
    // "would be more closely aligned with Trump on trade", "sided with Russia over his own intelligence agencies'
    // conclusion", "Judge Jackson sided with Mueller's team on three of the five areas": an alignment on a topic, a word
    // taken over another's and a judge's or a court's finding for a side are a likeness of views, no alliance; so is a
    // comparison of alignments between people and bodies ("he was more aligned with Johnson than his predecessor") —
    // one of states is their geopolitical side (ally.likeness-of-views).
    if (right.length && likenessOfViews(body, s, cueWord, left, right)) return [];
    // "one of the few Democrats who backed Obama", "Democrats back the bill": a party's members voting is no alliance of
    // the party; the backer side only ("Russia might support Democrats" keeps its backed party).
    // "Yemeni forces backed by the U.A.E. launched an assault on the Saudi-backed government", "U.S.-backed Syrian
    // forces": the participle picks out which of a nation's armed men are meant — a side in its conflicts (here
    // separatists, there the SDF), not its state, which is the backed party only when named as itself or its
    // institution ("the Yemeni government", "Yemen's army", "Yemeni government forces"). A verb or noun of giving
    // ("aid to Iraqi forces", "helping Iraqi forces") takes the nation's forces as a whole and stays; as backers
    // ("Russian forces helping Assad") a state's forces abroad act for it.
    // "our NATO ally Turkey", "fellow NATO allies": an alliance's name before "ally" says within which alliance the two
    // are allies; membership of the alliance is no alliance with the body itself ("a NATO partner" — outside it — is).
    if (rule.id === 'ally.noun-modifier' && /^all(?:y|ies)$/.test(cueWord)) left = left.filter((p) => !ALLIANCE_BODY.test(body.slice(p.start, p.end)));
    if (rule.id === 'ally.backed-by') left = left.filter((p) => !p.armed);
    // "talks with Iran on a nuclear deal backed by the U.S.": a participle right after a common noun is a reduced relative
    // on that noun — the deal is backed, not the party named before it. An agent noun ("the government backed by
    // Russia", "rebels backed by Turkey") is judged as before, and so is a verb or adverb ("is heavily backed by").
    if (rule.id === 'ally.backed-by' && backsAThing(body.slice(Math.max(s.start, cueStart - 40), cueStart))) return [];
    // "U.S. troops have had run-ins with Assad's forces as well as groups backed by Russia", "Syria fought militias backed
    // by Iran": an agent noun right before the participle is the backed side when the subject does not modify it (no
    // "Syrian army", "Assad regime", "Syria's forces" before it): an unnamed group, never the clause's subject
    // (ally.unnamed-agent-head). "Hezbollah and other groups backed by Iran" counts Hezbollah among them.
    if (rule.id === 'ally.backed-by' && left.length && unnamedAgentHead(body.slice(left[left.length - 1].end, cueStart))) return [];
    if (rule.id === 'ally.dash-backed') right = right.filter((p) => !p.armed);
    // "Saudi Arabia and other Gulf partners as well as treaty allies such as Japan": allies coordinated with a party are
    // its siblings in a list, no allies of it.
    // ("defend itself and allies such as South Korea": coordinated with a reflexive, they are the subject's.)
    if (rule.id === 'ally.allies-such-as' && left.length && /\b(?:and|or|as\s+well\s+as)\b/.test(body.slice(left[left.length - 1].end, cueStart)) && !/\b(?:itself|themselves|himself|herself)\s+(?:and|or|as\s+well\s+as)\b/.test(body.slice(left[left.length - 1].end, cueStart))) return [];
    const backers = rule.id === 'ally.backed-by' ? right : rule.id === 'ally.back-verb' || rule.id === 'ally.aid-for' ? left : [];
    const members = backers.filter((p) => !p.pronoun && PARTY_MEMBERS.test(body.slice(p.start, p.end)));
    if (members.length) {
      if (rule.id === 'ally.backed-by') right = right.filter((p) => !members.includes(p));
      else left = left.filter((p) => !members.includes(p));
    }
    // "Steen, who supports Carson, …" in an election, "the casino magnate, a backer of Netanyahu, donated", "a fandom":
    // support between people and bodies that are no states, in a frame of votes, campaigns, donations or fans, is an
    // endorsement, not an alliance. A state's support stays ("Russia's support for Trump in the election").
    const supportCue = rule.id === 'ally.back-verb' || rule.id === 'ally.aid-for' || rule.id === 'ally.backed-by' || rule.id === 'ally.backing-of' || /^(?:backers?|supporters?)\b/.test(cueWord);
    if (supportCue && ELECTORAL_FRAME.test(s.text) && ![...left, ...right].some((p) => p.type === 'Country')) return [];
    // "hadn't offered his thoughts and prayers or pledged America's support to London", "pledged U.S. support for Belgium
    // in the wake of the attacks": support offered in grief — condolence, solidarity, or a pledge of support after an
    // attack or a disaster — is sympathy with the victims, no alliance. (Aid, arms and money keep their giver a backer.)
    // "Hagel's record reflects some support for Israel", "people daring to question his support for Israel", "Mattis and
    // Tillerson voiced support for NATO": a person's support that is voiced, shown, questioned or on record is a stance,
    // no alliance; a state's or a body's stays ("The US reiterated its support for Guaidó") — ally.stance-support.
    if (/^(?:support|backing)\b/.test(cueWord) && rule.id === 'ally.aid-for' && left.length && left.every((p) => p.type === 'Person') && STANCE_BEFORE_SUPPORT.test(body.slice(Math.max(s.start, cueStart - 60), cueStart))) return [];
    // "About a dozen people demonstrated outside the Dallas Morning News after it backed Clinton": a news outlet's backing
    // is an editorial endorsement, no alliance (ally.outlet-endorsement).
    if (supportCue && [...left, ...right].some((p) => isMediaParty(ctx, p))) return [];
    if (/^(?:support|backing)\b/.test(cueWord) && (CONDOLENCE_WORDS.test(s.text) || ((SYMPATHY_PLEDGE_BEFORE.test(body.slice(Math.max(s.start, cueStart - 40), cueStart)) || /\bsolidarity\b/i.test(s.text)) && GRIEF_OCCASION.test(body.slice(cueEnd, s.end))))) return [];
    // "reserving judgment on whether to support Hagel" in an article on his nomination: a vote on a nominee or an
    // endorsement of a candidate, not an alliance (a state's support stays).
    if (supportCue && ![...left, ...right].some((p) => p.type === 'Country')) {
      if (rule.id === 'ally.backed-by') left = left.filter((p) => !ctx.nominees.has(p.id));
      else right = right.filter((p) => !ctx.nominees.has(p.id));
    }
  }
  // "Kerry sat down with NPR's Steve Inskeep", "Host Carly Mallenbaum talks with …", "NBC News spoke to John Curran":
  // an outlet or its interviewer on one side makes the talk an interview or a broadcast, no meeting of the two.
  if (rule.type === 'MET_WITH') {
    // "Trump and Kim met at the Sofitel Legend Metropole Hotel", "a potential Camp David meeting with the Taliban": a
    // building or a place is where people meet, never one of them.
    left = left.filter((p) => !isMediaParty(ctx, p) && !isVenueParty(ctx, p));
    right = right.filter((p) => !isMediaParty(ctx, p) && !isVenueParty(ctx, p));
    // "sat down with Steve Kroft … for a previously scheduled interview": the cue's own clause makes it an interview.
    if (INTERVIEW_AFTER.test(body.slice(cueEnd, Math.min(s.end, cueEnd + 120)))) return [];
  }
  // ("Kerry visited South Korean and Chinese leaders": a visit to a country's officials meets them — party.officials-met.)
  if (rule.right === 'object' && rule.id === 'meet.verb' && /^visit/i.test(body.slice(cueStart, cueEnd))) right = right.filter((p) => p.type === 'Person' || officialsGroup(body, p));
  // "Syria was visited by Putin": a country or a body visited is a place, no side met (a person visited is).
  if (rule.id === 'meet.passive-by' && /\bvisited\b/i.test(body.slice(cueStart, cueEnd))) left = left.filter((p) => p.type === 'Person');
  // Hosting is a meeting only when the host's object is a party received as a guest (issue #12, rel19):
  if (rule.id === 'meet.verb' && /^(?:co-)?host/i.test(body.slice(cueStart, cueEnd))) {
    // "1998 World Cup hosts France beat Mexico", "Euro 2016 hosts France": after an event's name or year "host(s)" is a
    // noun apposed to the party that stages the event, no verb.
    if (EVENT_HEAD_BEFORE_HOST.test(body.slice(Math.max(s.start, cueStart - 30), cueStart))) return [];
    // "will host a Nuclear Security Summit", "hosting the G7 at his resort": an event (or a club of states that is only
    // ever hosted as its summit) is what is staged, no guest; "hosting U.S. troops", "hosts Syrian refugees": a crowd
    // of soldiers, refugees or workers is stationed or sheltered, no side met.
    right = right.filter((p) => !(p.type === 'Organization' && HOSTED_EVENT_NAME.test(body.slice(p.start, p.end))) && !HOSTED_CROWD_END.test(body.slice(p.start, p.end)) && !HOSTED_CROWD_AFTER.test(body.slice(p.end, Math.min(s.end, p.end + 60))));
    // "the Panthers are set to host the Vikings for a football game": two bodies (no state, no person) and a game or
    // match in the cue's clause make it a fixture.
    const clause = body.slice(cueEnd, Math.min(s.end, cueEnd + 120)).split(/[,;:]/)[0];
    if (FIXTURE_NOUN.test(clause) && [...left, ...right].every((p) => p.type === 'Organization')) return [];
  }
  // "Israel welcomed the new Trump administration", "welcomed the Macron government": welcoming an institution is
  // approving of it; only people or a group of them (a delegation, officials, a leader) are welcomed as visitors.
  if (rule.right === 'object' && rule.id === 'meet.verb' && /^welcom/i.test(body.slice(cueStart, cueEnd))) {
    right = right.filter((p) => p.type === 'Person' || WELCOMED_GROUP.test(body.slice(p.start, p.end)));
    // "welcomed President Trump directing officials to …", "welcomed the U.S. rejoining the deal": an object with a
    // gerund after it is the subject of a clause, and the clause (a decision, an act) is what is welcomed.
    const last = right[right.length - 1];
    const next = last ? /^\s+(\p{Ll}+ing)\b/u.exec(body.slice(last.end, Math.min(s.end, last.end + 30)))?.[1] : undefined;
    if (next && !NOT_GERUNDS.has(next)) return [];
    // "Republicans welcomed Gates as a Bush holdover", "will welcome Iran as player for peace": a welcome "as" a role
    // approves of the appointment or the standing, no guest received ("welcome Netanyahu as they arrive" is a clause of
    // time: a pronoun or a determiner opens it) — meet.welcome-as.
    if (last && WELCOMED_AS_ROLE.test(body.slice(last.end, Math.min(s.end, last.end + 40)))) return [];
  }

  const pairs: [Party, Party][] = [];
  // "the foreign ministers of Iran, the United States, Britain, China, Russia, France and Germany were meeting", "talks
  // between A, B, C, D and E": five or more parties named in one list meet at a conference. That is co-attendance, which
  // the graph keeps apart from meetings: no pair of them met as such; the meeting's Event node keeps its participants.
  const oneList = rule.right === 'between' ? right : rule.left === 'compound' || (!jointSide && !right.length && rule.reciprocal) ? left : [];
  if (rule.type === 'MET_WITH' && new Set(oneList.map((p) => p.id)).size >= MULTILATERAL_PARTIES) return [];
  // "More than two dozen nations, the Arab League, the EU and the UN met in Paris", "Russia, China and several other
  // nations met": a list that also holds an unnamed group of several states is a gathering of many, however few it
  // names — co-attendance, no meeting of each pair named (meet.group-in-list).
  if (rule.type === 'MET_WITH' && listWithGroup(body, s, oneList)) return [];
  // "Trump sat down with representatives of the United States, Britain, Bulgaria, Estonia, Greece, Latvia, Poland …": a
  // party meeting five or more others named in one list sits at a table with all of them — a gathering, no bilateral
  // meeting with each (unless the text says they were separate).
  if (rule.type === 'MET_WITH' && rule.right === 'object' && !jointSide && new Set(right.map((p) => p.id)).size >= MULTILATERAL_PARTIES && !SEPARATE_MEETINGS.test(s.text)) return [];
  // "Leaders of the nations involved in TPP talks, including the United States, Mexico, Japan and Australia, met",
  // "talks between countries such as A and B": a list after "including" / "such as" names some members of a larger
  // group, and the group met — co-attendance of a gathering, no meeting of each pair of the members named.
  if (rule.type === 'MET_WITH' && oneList.length > 1 && SAMPLE_LIST_BEFORE.test(body.slice(Math.max(s.start, oneList[0].start - 30), oneList[0].start))) return [];
  if (jointSide) {
    for (const a of jointSide) for (const b of right) pairs.push([a, b]);
  } else if (rule.right === 'between' || rule.left === 'compound') {
    const list = rule.right === 'between' ? right : left;
    // "a meeting between Ebrard, Vice President Mike Pence and Secretary of State Mike Pompeo", "talks between Liu,
    // Lighthizer and U.S. Treasury Secretary Steven Mnuchin": in a list of three or more that holds two sides, two
    // members of one state sit on the same side of the table and do not meet each other (between.same-side).
    const sides = rule.right === 'between' && new Set(list.map((p) => p.id)).size >= 3 ? list.map((p) => ctx.sideOf(p)) : null;
    // (A member whose side the article does not give is no member of theirs: "between President Trump, Russian Foreign
    // Minister Sergei Lavrov and then-Russian ambassador to the US, Sergei Kislyak".)
    const sameSide = (i: number, j: number) => !!sides && [...sides[i]].some((c) => sides[j].has(c)) && sides.some((o) => ![...o].some((c) => sides[i].has(c)));
    // ("a meeting between President Obama and his National Security Council": a body a possessive determiner gives to
    // the conjunct before it is that party's own; "his Chinese counterpart, Xi" is another side.)
    const ownedBody = (j: number) => list[j].type === 'Organization' && !list[j].pronoun && j > 0 && OWNED_CONJUNCT_BEFORE.test(body.slice(list[j - 1].end, list[j].start));
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (!sameSide(i, j) && !(j === i + 1 && ownedBody(j))) pairs.push([list[i], list[j]]);
  } else if (right.length) {
    for (const a of left) for (const b of right) pairs.push([a, b]);
  } else if (rule.left === 'sharers') {
    if (left.length === 2) pairs.push([left[0], left[1]]);
  } else if (rule.reciprocal && left.length > 1 && rule.id === 'meet.call-reciprocal') {
    // "A and B spoke by phone about the deal with Iran": the means closes the verb; only a "with" in the next words
    // ("spoke by phone late Tuesday with Abe") names someone else.
    if (!CALL_PARTNER_AFTER.test(body.slice(cueEnd, Math.min(s.end, cueEnd + 40)))) for (let i = 0; i < left.length; i++) for (let j = i + 1; j < left.length; j++) pairs.push([left[i], left[j]]);
  } else if (rule.reciprocal && left.length > 1 && (rule.id === 'meet.hold-noun-reciprocal' ? !OTHER_SIDE_AFTER_NOUN.test(clauseAfter(body, cueEnd, s.end)) && !/^(?:co-)?host/i.test(body.slice(cueStart, cueEnd)) : /^(?:met|meet|meets|meeting|negotiat|confer|shook|shake|shaking)/i.test(body.slice(cueStart, cueEnd)) && !NOUN_OBJECT_AFTER.test(body.slice(cueEnd, Math.min(s.end, cueEnd + 40))) && !withSomeoneElse(body.slice(cueStart, cueEnd), body.slice(cueEnd, Math.min(s.end, cueEnd + 20)))) && !othersMetLater(ctx, cueEnd)) {
    // "A and B met" — but "A, including B and C, met with chief executives": they met others, not each other.
    for (let i = 0; i < left.length; i++) for (let j = i + 1; j < left.length; j++) pairs.push([left[i], left[j]]);
  }
  if (!pairs.length) return [];
  // "The Tides Foundation is funded by George Soros": money a person gives a body is private funding, no alliance
  // ("Hamas is funded by Qatar" stays: a state's).
  if (rule.id === 'ally.backed-by' && /^(?:funded|financed|bankrolled|bank-rolled)\b/i.test(body.slice(cueStart, cueEnd)) && right.length && right.every((p) => p.type === 'Person' && !p.pronoun)) return [];
  // "Ploughshares has also funded National Public Radio", "NPR, financed by …": money given to or by a news outlet is
  // no political or military backing (an outlet is no state, armed group or party).
  if (rule.type === 'ALLIED_WITH' && MONEY_CUE.test(body.slice(cueStart, cueEnd)) && [...left, ...right].some((p) => isMediaParty(ctx, p))) return [];
  const wordBefore = body.slice(Math.max(s.start, cueStart - 30), cueStart);
  // "he angered others -- especially those backing Assad": an indefinite or demonstrative pronoun right before the cue
  // is its subject, an unnamed one; no party named before it ("Russia and Iran, all backing Assad" is the list's).
  if (rule.left === 'subject' && UNNAMED_SUBJECT_BEFORE.test(wordBefore)) return [];
  // "the proposed Trans-Pacific Partnership with Japan": a capitalised partnership after a capitalised word is the proper
  // name of an agreement (a trade pact), no alliance.
  if (ALLIANCE_NOUN_RULES.has(rule.id) && body.startsWith('Partnership', cueStart) && NAME_WORD_END.test(wordBefore)) return [];
  // "acted without consulting with Congress", "left without a meeting with Putin": "without" negates the deed or the
  // noun after it — no meeting or backing took place, and none was refused.
  if (WITHOUT_BEFORE.test(wordBefore)) return [];
  // "the type of military support the U.S. will give": after a determiner, "of" or an adjective the cue is a noun.
  if (rule.id === 'ally.back-verb' && NOUN_CUE_BEFORE.test(wordBefore) && !(accusation && /\bof\s+$/.test(wordBefore))) return [];
  // "blocking humanitarian aid to Yemen", "cut off aid to", "halted arms to": stopping the aid is the opposite of backing.
  if (rule.id === 'ally.aid-for' && stoppedAidBefore(wordBefore)) return [];
  // "agreed to turn over its chemical weapons to the United Nations": weapons surrendered arm no one.
  if (rule.id === 'ally.aid-for' && surrenderedBefore(words(wordBefore).slice(-5).map((w) => w.toLowerCase()))) return [];
  // "the Revolutionary Guards had moved advanced weapons to Syria": arms moved or relocated to a country are one side's
  // own, placed there; the country is a destination, not a recipient (ally.aid-for, relocated arms).
  if (rule.id === 'ally.aid-for' && right.length && right.every((p) => p.type === 'Country') && words(wordBefore).slice(-4).some((w) => RELOCATE_VERBS.has(w.toLowerCase()))) return [];
  // "to export arms to Syria 'moderates'", "aid to Syria rebels": a country right before a (quoted) noun of a faction
  // only says which rebels are meant; the aid backs them, not the state.
  if ((rule.id === 'ally.aid-for' || rule.id === 'ally.back-verb') && right.some((p) => p.type === 'Country' && FACTION_AFTER_COUNTRY.test(body.slice(p.end, Math.min(s.end, p.end + 40))))) return [];
  // "Ankara sees the YPG as helping the PKK": a viewer's reading of a third party's help, not the viewer's alliance.
  if (rule.id === 'ally.back-verb' && /\bas\s+$/.test(wordBefore) && VIEW_VERB.test(body.slice(Math.max(s.start, cueStart - 160), cueStart))) return [];
  // "driving back ISIS", "were forced back": a bare "back" after a lower-case word in "-ed" or "-ing" is a particle —
  // the verb "back" has no bare form there (a past or a participle takes "to" or a modal before it: "rushed to back").
  if (rule.id === 'ally.back-verb' && /^back$/i.test(body.slice(cueStart, cueEnd)) && PARTICLE_HOST_BEFORE.test(wordBefore)) return [];
  // "U.S. armed forces in Iraq and Afghanistan": "armed" before a noun of troops is an adjective, no verb.
  if (rule.id === 'ally.back-verb' && /^armed$/i.test(body.slice(cueStart, cueEnd)) && /^\s+(?:forces|services|men|groups?|guards?|wing|conflict|struggle|opposition|police|personnel|units?)\b/i.test(body.slice(cueEnd, cueEnd + 20))) return [];
  // "Fox News host Laura Ingraham", "talk show host": "host" after a name or a show is a noun (a verb after a singular
  // name would be "hosts").
  const lastWord = words(wordBefore).pop() ?? '';
  // "California Gov. Jerry Brown to Meet the Press": NBC's programme, no meeting.
  if (rule.id === 'meet.verb' && /^Meet$/.test(body.slice(cueStart, cueEnd)) && /^\s+the\s+Press\b/.test(body.slice(cueEnd, cueEnd + 12))) return [];
  if (rule.id === 'meet.verb' && /^host$/i.test(body.slice(cueStart, cueEnd)) && /\s$/.test(wordBefore) && (/^\p{Lu}/u.test(lastWord) || HOST_NOUN_BEFORE.has(lastWord.toLowerCase()) || PREPOSITIONS_BEFORE_NOUN_HOST.has(lastWord.toLowerCase()))) return [];
  // "an earlier visit Mr. McCain had made", "the talks": after a determiner (and up to two adjectives) a cue that can be
  // a noun is one; the name after it is no object (here the subject of a relative clause).
  if (rule.id === 'meet.verb' && /^(?:visits?|talks?|hosts?|meets?|welcome)$/i.test(body.slice(cueStart, cueEnd)) && DETERMINER_BEFORE.test(wordBefore)) return [];
  // "meeting" is a verb only after a form of "be" ("is meeting with"); "a Security Council meeting" is a noun.
  // After a preposition it is a gerund, a verb too ("after meeting with Turnbull").
  // "warned of difficulties in negotiating with China", "the idea of meeting Kim": a gerund complementing a noun names
  // a kind of act, no meeting that took place.
  if ((rule.id === 'meet.verb' || rule.id === 'meet.call') && /^\p{Ll}+ing\b/u.test(body.slice(cueStart, cueEnd)) && /\s$/.test(wordBefore) && nounComplementBefore(words(wordBefore))) return [];
  // ("David Cameron is now meeting the Queen", "are still meeting": an adverb of time or aspect may stand after "be" too.)
  if (rule.id === 'meet.verb' && /^meeting/i.test(body.slice(cueStart, cueEnd)) && !PROGRESSIVE_BE_BEFORE.test(body.slice(s.start, cueStart)) && !GERUND_ADJUNCT.test(body.slice(s.start, cueStart)) && !participleOfMain) return [];
  if ((rule.id === 'meet.hold-noun-reciprocal' || rule.id === 'meet.hold-noun-with') && /^(?:holding|having)\b/i.test(body.slice(cueStart, cueEnd)) && GERUND_COMPLEMENT_BEFORE.test(wordBefore)) return [];
  // "walked into the House Democratic Caucus meeting with Pelosi": a body's own meeting is a gathering its members
  // attend; "with" then joins the walkers, not the two sides of a meeting.
  if (rule.id === 'meet.noun-with' && BODY_MEETING_BEFORE.has(lastWord.toLowerCase()) && /\s$/.test(wordBefore)) return [];
  // "had proposed talks with", "have rejected negotiations with": the words between the light verb and the noun count.
  // ("during their expected meeting": the adjectives of a shared noun's phrase count too.)
  const inner = rule.id === 'meet.hold-noun-with' || rule.id === 'meet.their-noun' ? ` ${body.slice(cueStart, cueEnd).replace(/^\S+\s+/, '')}` : '';
  // Where the meeting noun stands ("talks" in "held talks with"), for the frames around the noun below.
  const nounAt = rule.type === 'MET_WITH' && noun ? nounStart(body, cueStart, cueEnd, noun) : -1;
  // "he had no meetings with", "has had no discussions with", "held no talks with": "no" on the meeting noun of a past
  // or perfect light verb says none took place, not that anyone refused one (the light verb in the cue or before it).
  if (nounAt >= 0 && HELD_NONE_BEFORE_NOUN.test(body.slice(Math.max(s.start, nounAt - 40), nounAt))) return [];
  // "Karzai canceled a visit to Norway and spoke by phone with Obama": a past verb of its own after "and" heads a
  // second predicate; the words of the first (its refusal, its plan) are not its status.
  const ownPredicate = rule.type === 'MET_WITH' && PAST_CUE.test(body.slice(cueStart, cueEnd)) && AND_BEFORE_VERB.test(body.slice(statusFrom, cueStart));
  // The status table (relation-status.ts) reads the words before the cue; the frames below adjust its answer.
  const decided = decideStatus(statusContext(rule.type, ownPredicate ? '' : body.slice(statusFrom, cueStart) + inner, body.slice(cueStart, Math.min(s.end, cueEnd + 40)), s.text, clauseAfter(body, cueEnd, s.end), body.slice(s.start, cueStart), body.slice(cueEnd, s.end)));
  let status = decided.status;
  // "When Tillerson meets with Putin this week, he needs to …", "as Trump meets with Xi this week": a present "meets" in a
  // clause of time opening the sentence's words before it, with the current week or month, is the coming event (a
  // caption's "Obama meets Putin this week" may show one held, and a past "met … this week" stays held).
  // (Not a future main clause alone: "As he meets with Netanyahu, Obama will address …" is written on the day of the
  // meeting, which the relations gold reads as held.)
  if (status === 'happened' && PRESENT_MEETS.test(body.slice(cueStart, cueEnd)) && TIME_CLAUSE_OPENING.test(body.slice(s.start, cueStart)) && THIS_WEEK.test(body.slice(cueStart, Math.min(s.end, cueEnd + 80)))) status = 'planned';
  // "direct U.S.-Iranian talks on the nuclear threat are likely to start soon", "the summit is expected to take place in
  // June": the meeting noun is the subject of a coming start, so the meeting is ahead.
  if (status === 'happened' && nounAt >= 0 && NOUN_TO_COME.test(body.slice(cueEnd, s.end))) status = 'planned';
  if (causativeAim && status === 'happened') status = 'planned';
  // "Before meeting with Kim, Trump will stop in Seoul": a fronted adjunct's meeting takes the main clause's time to come.
  if (status === 'happened' && frontedMain !== undefined && FUTURE_MAIN.test(frontedMain)) status = 'planned';
  // "was the first leader to meet", "the last official to meet Kim was Albright": a fact about the past or present,
  // not a plan, whatever the bare infinitive says; "will be the first to meet" is a plan, "could be" a possibility.
  if (rule.type === 'MET_WITH' && superlativeStatus !== undefined && status !== 'refused') status = superlativeStatus;
  if (accusation && status) status = 'hedged';
  // "Kim is expected to hold talks with Vietnamese leaders before negotiating with Trump": a gerund adjunct happens in
  // the main clause's time, which its auxiliary or plan word right after the subject gives.
  if (rule.type === 'MET_WITH' && status === 'happened' && mainClauseOfAdjunct !== undefined && words(mainClauseOfAdjunct).filter((w) => !/^\p{Lu}/u.test(w)).slice(0, 3).some((w) => PLANNED.has(w.toLowerCase()))) status = 'planned';
  // "Abe would visit Pearl Harbor, meeting Obama": a main clause of wish or possibility leaves its participle one too.
  if (rule.type === 'MET_WITH' && status && status !== 'refused' && participleOfMain && words(mainClauseOfAdjunct ?? '').filter((w) => !/^\p{Lu}/u.test(w)).slice(0, 3).some((w) => HYPOTHETICAL.has(w.toLowerCase()) || w === 'not' || w === 'never' || /n['’]t$/.test(w))) return [];
  // Where the meeting noun's phrase starts: before the parties of a compound ("the prospects for an unprecedented
  // U.S.-North Korea summit", "a possible Trump–Kim meeting"), so the words governing or qualifying it are read there.
  const phraseAt = nounAt >= 0 && rule.left === 'compound' && left.length ? Math.min(nounAt, left[0].start) : nounAt;
  // "The agency wasn't included in initial discussions between the US and Mexico": the inclusion or exclusion of a
  // third party frames the talks and says nothing of whether they took place; they are planned when a plan word stands
  // in the clause, else held. A subject left out of the talks is no side of them ("X was excluded from talks with Y").
  const participation = nounAt >= 0 && rule.left !== 'compound' ? participationBefore(body.slice(Math.max(s.start, nounAt - 120), nounAt)) : null;
  if (participation) {
    const frameAt = nounAt - participation.fromEnd;
    if (left.some((p) => p.end <= frameAt)) {
      if (participation.excluded) return [];
    } else status = words(clause).some((w) => PLANNED.has(w.toLowerCase()) && !/^\p{Lu}/u.test(w)) || INVITED_TO.test(body.slice(Math.max(s.start, frameAt - 160), frameAt)) ? 'planned' : 'happened';
    // ("was invited …, to take part in a meeting between Kerry and Zarif": an invitation presupposes a meeting to come.)
  }
  // "talk of a summit between …", "interest in talks with …": a noun of wish or speculation governs the meeting (no
  // meeting); "plans for a summit", "on the eve of talks" make it a plan.
  const governing = nounAt >= 0 && status && status !== 'refused' ? governingNoun(body.slice(Math.max(s.start, phraseAt - 80), phraseAt)) : null;
  if (governing && IDEA_NOUNS.has(governing)) return [];
  // "laid the groundwork for the negotiations with Iran", "paved the way for talks with": who enables talks takes no part.
  // "laid the groundwork for the negotiations with Iran", "paved the way for talks with", "the groundwork Clinton laid
  // for the negotiations with Iran": who enables talks takes no part in them; talks whose sides the noun names itself
  // ("the stage for a summit between X and Y") are ahead.
  if (nounAt >= 0 && governing && status !== 'refused' && enablingClauseBefore(body.slice(Math.max(s.start, phraseAt - 120), phraseAt))) {
    if (rule.right !== 'between' && rule.left !== 'compound') return [];
    status = 'planned';
  }
  if (governing && PLAN_NOUNS.has(governing)) status = 'planned';
  // "easier than the next step: formal talks between the Taliban and Kabul", "a first step toward negotiations with":
  // a meeting named as a step still to take, or as what a step leads to, is ahead (status.next-step).
  // "raises the chances of positive outcomes at the North's summits with": an outcome hoped for at a meeting puts the
  // meeting ahead of the hope (status.outcome-at); "so he could attend a Trump meeting with Xi": a meeting attended in a
  // clause of purpose is ahead of it (status.purpose-attend).
  if (status === 'happened' && nounAt >= 0) {
    const lead = body.slice(Math.max(s.start, phraseAt - 120), phraseAt);
    if (NEXT_STEP_BEFORE.test(lead) || OUTCOME_AT_BEFORE.test(lead) || PURPOSE_ATTEND_BEFORE.test(lead)) status = 'planned';
  }
  // "to allow more time for trade talks with the EU", "gave negotiators two more weeks for talks with": an amount of time
  // given for a meeting is still to be spent on it (time.for-meeting).
  if (status === 'happened' && nounAt >= 0 && TIME_FOR_MEETING.test(body.slice(Math.max(s.start, phraseAt - 60), phraseAt))) status = 'planned';
  // "would complicate a resumption of Israeli-Palestinian negotiations": a resumption of talks is ahead unless the
  // clause dates it past ("since the resumption of talks", "the resumption of talks between X and Y last week").
  if (status === 'happened' && governing && RESUMPTION_NOUNS.has(governing) && !SINCE_RESUMPTION_BEFORE.test(body.slice(Math.max(s.start, phraseAt - 80), phraseAt)) && !pastTimeOn(clauseAfter(body, Math.max(cueEnd, ...right.map((p) => p.end)), s.end), ctx.year)) status = 'planned';
  // "(a willingness to end the war) through the success of the North Korea-US summit", "hopes for the successful holding
  // of the summit": the success of a meeting as a means or a wish is still ahead.
  if (status === 'happened' && governing && SUCCESS_NOUNS.has(governing) && aimedSuccessBefore(body.slice(Math.max(s.start, phraseAt - 80), phraseAt))) status = 'planned';
  // "progress toward a historic meeting": the way to one (not "progress in talks", which are under way).
  if (governing === 'progress' && PROGRESS_TOWARD.test(body.slice(Math.max(s.start, phraseAt - 80), phraseAt))) status = 'planned';
  // "urged North Korea to engage in talks", "whether the US should support", "the perception that X had supported": a
  // wish, a question or a claim governing the clause before its subject.
  const lead = /[^,;:()]*$/.exec(body.slice(Math.max(s.start, statusFrom - 120), Math.min(statusFrom, leftStart(left, statusFrom))))![0];
  const leadWords = words(lead).map((w) => w.toLowerCase());
  if (status && rule.type === 'MET_WITH' && status !== 'refused' && leadWords.some((w) => LEAD_HYPOTHETICAL.has(w))) return [];
  // "an attempt to force the Iranian leadership to hold talks", "efforts to pressure Kim to meet": the subject is the
  // object of an aim's infinitive, so the meeting is the aim, none that took place.
  if (rule.type === 'MET_WITH' && (rule.left === 'subject' || rule.left === 'possessor') && status !== 'refused' && left.length && AIM_BEFORE_SUBJECT.test(body.slice(Math.max(s.start, left[0].start - 60), left[0].start))) return [];
  // "denied the allegations that he met with …", "dismissed reports that …": a denied meeting is not asserted.
  if (rule.type === 'MET_WITH' && leadWords.some((w) => LEAD_DENIAL.has(w))) return [];
  // "a ploy to ensure Trump meets with Kim", "so that they meet": a purpose clause tells of an aim, not a meeting.
  if (rule.type === 'MET_WITH' && PURPOSE_LEAD.test(lead)) return [];
  const afterParties = right.length ? body.slice(right[right.length - 1].end, Math.min(s.end, right[right.length - 1].end + 60)) : '';
  // "Reports that Kushner met Kislyak were denied": the predicate of the clause that holds the meeting denies it.
  if (rule.type === 'MET_WITH' && DENIED_PREDICATE.test(afterParties)) return [];
  // "when Trump and Kim meet in May": a present tense in a clause of time tells of the future.
  // The opener may stand before a title ("When President Donald Trump meets with Kim"): only capitalised words after it.
  const leadRaw = words(lead);
  let opener = leadWords.length - 1;
  while (opener >= 0 && !TIME_CLAUSE_OPENERS.has(leadWords[opener])) opener--;
  const timeClause = opener >= 0 && leadRaw.slice(opener + 1).every((w) => /^\p{Lu}/u.test(w));
  // Only a verb cue has a tense ("talks" in "visited Beijing for talks with Xi" is a noun).
  // An infinitive takes the tense of its verb ("After she found the time to meet with him": past).
  const infinitive = /\bto\s+$/.test(body.slice(Math.max(s.start, cueStart - 4), cueStart));
  if (status === 'happened' && rule.type === 'MET_WITH' && rule.left === 'subject' && timeClause && !infinitive && PRESENT_CUE.test(body.slice(cueStart, cueEnd))) status = 'planned';
  // "Kandil will travel on Friday to Gaza with a team of advisers to meet with Palestinian officials", "is due to fly to
  // Seoul … to hold talks with": an infinitive of purpose takes the time of the journey it ends, and a journey under a
  // future auxiliary or a plan is still ahead (status.journey-purpose).
  if (status === 'happened' && rule.type === 'MET_WITH' && rule.left === 'subject' && left.length && infinitive) {
    const gap = body.slice(left[left.length - 1].end, cueStart);
    if (FUTURE_JOURNEY.test(gap) && !/[;:“”"()]/.test(gap) && !words(gap).some((w) => CLAUSE_BREAKERS.has(w.toLowerCase()) || w === 'who')) status = 'planned';
  }
  // "Later, Mr. Trump meets with leaders of France and Israel", "Tomorrow, Kerry meets Lavrov": a present tense under a
  // fronted adverbial of time still to come is a timetable's (status.fronted-future-time); a past cue stays held.
  if (status === 'happened' && rule.type === 'MET_WITH' && rule.left === 'subject' && left.length && !infinitive && PRESENT_CUE.test(body.slice(cueStart, cueEnd))) {
    const fronted = FRONTED_FUTURE_TIME.exec(s.text);
    if (fronted && left[0].start >= s.start + fronted[0].length && !/[,;:]/.test(body.slice(s.start + fronted[0].length, cueStart))) status = 'planned';
    // "On Wednesday, Ebrard meets Pompeo" (published on a Monday), "Monday, as Obama meets with Netanyahu": a present
    // tense dated by a fronted weekday other than the article's is a timetable's; one dated by a weekday after the cue
    // ("Ebrard meets Pompeo on Wednesday") is when that day is later in the article's week (a caption's present keeps
    // its day and date: "meets with Nikki Haley … on Tuesday, January 17") — status.weekday-present.
    else if (ctx.weekday !== null && status === 'happened') {
      const frontedDay = FRONTED_WEEKDAY.exec(s.text);
      const laterDay = frontedDay ? null : WEEKDAY_IN_CLAUSE.exec(body.slice(cueEnd, Math.min(s.end, cueEnd + 100)));
      const mondayFirst = (day: number) => (day + 6) % 7;
      if (frontedDay && left[0].start >= s.start + frontedDay[0].length && !/[,;:]/.test(body.slice(s.start + frontedDay[0].length, cueStart)) && WEEKDAY_NAMES.indexOf(frontedDay[1]) !== ctx.weekday) status = 'planned';
      else if (laterDay && !DATE_AFTER_WEEKDAY.test(body.slice(cueEnd + laterDay.index + laterDay[0].length, Math.min(s.end, cueEnd + laterDay.index + laterDay[0].length + 20))) && mondayFirst(WEEKDAY_NAMES.indexOf(laterDay[1])) > mondayFirst(ctx.weekday)) status = 'planned';
    }
  }
  // "pressing the EU to back him", "Russia wants the US to support Syria": backing asked or wished of someone is none.
  if (rule.type === 'ALLIED_WITH' && rule.left === 'subject' && left.length && /^\s+to\s+(?:\p{Ll}+ly\s+)?$/u.test(body.slice(left[left.length - 1].end, cueStart)) && REQUEST_BEFORE.test(body.slice(Math.max(s.start, left[0].start - 40), left[0].start))) return [];
  // A possessive ally ("his other key ally, Iran") is presupposed, whatever the clause around it says.
  // "No one should consider this a retreat from the United States-Israel alliance": a definite compound ("the US-Japan
  // alliance", "their partnership") names an alliance that exists; a modal or a claim before it governs another verb.
  const presupposed = rule.left === 'owner' || rule.left === 'modifier' || (rule.left === 'compound' && left.length > 0 && DEFINITE_BEFORE.test(body.slice(Math.max(s.start, left[0].start - 12), left[0].start)));
  if (status === 'stated' && !presupposed && leadWords.some((w) => LEAD_HEDGE.has(w))) status = 'hedged';
  // "Will the U.S. be helping Assad?", "Is Russia backing the rebels?": a yes/no question asks whether the backing is so,
  // and asserts nothing (a wh-question presupposes it: "Why is the U.S. supporting Morsy?"; so does a possessive or
  // modifier ally phrase inside any question) (ally.yes-no-question).
  if (status === 'stated' && !presupposed && YES_NO_QUESTION.test(s.text.trimStart()) && /\?["”’]?$/.test(s.text.trimEnd())) status = 'hedged';
  // "Many Kurds see Turkey as tacitly supporting ISIS", "Turkey is widely seen as backing …": backing as someone sees it
  // is a perception, not stated (ally.perceived-as).
  if (status === 'stated' && rule.type === 'ALLIED_WITH' && rule.left === 'subject' && left.length && (perceivedAsGap(body.slice(left[left.length - 1].end, cueStart)) || (AS_GAP.test(body.slice(left[left.length - 1].end, cueStart)) && PERCEIVING_VERBS.has(words(body.slice(Math.max(s.start, left[0].start - 24), left[0].start)).filter((w) => w !== 'the').pop() ?? '')))) status = 'hedged';
  // "will provide aid to Ukraine if Russia invades", "that if it gives up its weapons, then the U.S. will provide aid",
  // "unless …": backing on a condition is offered, not stated (ally.conditional). ("As long as" is as often a measure of
  // time, "held as long as he was", and is left out.)
  if (status === 'stated' && rule.type === 'ALLIED_WITH' && !presupposed && conditioned(body, s, leftStart(left, cueStart), Math.max(cueEnd, ...right.map((p) => p.end)))) status = 'hedged';
  // "his summit with Kim would take place in the next weeks", "talks between X and Y are to begin": a plan.
  if (status === 'happened' && rule.type === 'MET_WITH' && right.length && FUTURE_PREDICATE.test(afterParties)) status = 'planned';
  // "Trump’s meeting with Putin will put America in a better place", "the Trump–Putin summit will test …": a meeting noun
  // that is the subject of a future verb is still ahead, whatever that verb is (a verb cue's object has no such predicate).
  const nounPredicate = rule.left === 'compound' ? body.slice(cueEnd, Math.min(s.end, cueEnd + 80)) : afterParties;
  // ("the summit this weekend between Obama and China's new president, Xi Jinping, will amount to much": the comma that
  // closes an apposition on the last party stands before the noun's predicate — status.apposition-closed.)
  // ("… and China's new president, Xi Jinping, will …": the name apposed to an office party is skipped with its commas.)
  const apposedName = rule.left !== 'compound' && right.length > 0 ? APPOSED_NAME_AFTER.exec(nounPredicate) : null;
  const closedApposition = apposedName ? nounPredicate.slice(apposedName[0].length) : rule.left !== 'compound' && right.length > 0 && /,\s*$/.test(body.slice(Math.max(s.start, right[right.length - 1].start - 3), right[right.length - 1].start)) && /^,\s/.test(nounPredicate) ? nounPredicate.slice(1) : null;
  if (status === 'happened' && rule.type === 'MET_WITH' && MEETING_NOUN_RULES.has(rule.id) && (NOUN_FUTURE_PREDICATE.test(nounPredicate) || (closedApposition !== null && NOUN_FUTURE_PREDICATE.test(closedApposition)))) status = 'planned';
  // "Trump's meeting with Putin, if it happens, will be in Helsinki", "the summit, if it goes ahead,": a condition on the
  // meeting noun's own taking place leaves it ahead, not held (status.noun-if-it-happens).
  if (status === 'happened' && rule.type === 'MET_WITH' && MEETING_NOUN_RULES.has(rule.id) && IF_IT_HAPPENS.test(nounPredicate)) status = 'planned';
  // "Trump will spend four days in the UK before his summit with the Russian leader": a meeting noun after "before" in a
  // clause whose verb is future is further ahead still.
  // So is one after "before"/"prior to"/"in advance of" in a clause of now ("Trump is in Hanoi before his meeting with Kim", "has arrived
  // … prior to the summit"), as after "ahead of"; in a past clause it followed the clause's event and is told as held.
  if (status === 'happened' && rule.type === 'MET_WITH' && nounAt >= 0 && (futureClauseBefore(body.slice(s.start, phraseAt)) || nowClauseBefore(body.slice(s.start, phraseAt)))) status = 'planned';
  // "anxiety over what he might agree to … during a private meeting with Putin", "suggested the NHS would be included in
  // trade talks between the US and the UK": a meeting noun in an adjunct of a verb under a modal of possibility is
  // presupposed but still ahead of the clause that wonders about it ("might have agreed to during" stays past).
  if (status === 'happened' && rule.type === 'MET_WITH' && nounAt >= 0 && modalOverAdjunct(body.slice(s.start, phraseAt))) status = 'planned';
  // "staked his reputation on making a Trump-Kim summit happen", "to make the meeting with Kim happen": a causative
  // "make … happen" aims at the meeting, which is still ahead (make.happen).
  if (status === 'happened' && rule.type === 'MET_WITH' && nounAt >= 0 && MAKE_BEFORE.test(body.slice(Math.max(s.start, phraseAt - 20), phraseAt)) && HAPPEN_AFTER.test(body.slice(Math.max(cueEnd, ...right.map((p) => p.end)), Math.min(s.end, Math.max(cueEnd, ...right.map((p) => p.end)) + 30)))) status = 'planned';
  // "Mr. Trump embarked on a visit to Britain before a summit Monday with Putin" (published on a Thursday), "the U.S.-China
  // summit that starts Friday", "is looking forward to his meeting with", "to keep the U.S.-North Korea summit on track": a
  // meeting noun whose own weekday, after a preposition of aim or in a timetable's present, is another day than the
  // article's is still ahead of it (a meeting dated after the article can only be planned); so is one looked forward to
  // or kept on track.
  if (status === 'happened' && rule.type === 'MET_WITH' && nounAt >= 0 && MEETING_NOUN_RULES.has(rule.id)) {
    const beforePhrase = body.slice(Math.max(s.start, phraseAt - 80), phraseAt);
    const afterNoun = body.slice(nounAt + (noun?.length ?? 0), Math.min(s.end, nounAt + (noun?.length ?? 0) + 60));
    const aim = AIM_BEFORE_NOUN.exec(beforePhrase);
    const ownDay = aim ? (aim[1] ?? WEEKDAY_AFTER_NOUN.exec(afterNoun)?.[1]) : undefined;
    const timetableDay = TIMETABLE_PRESENT.exec(nounPredicate)?.[1];
    const day = ownDay ?? timetableDay;
    if (day && ctx.weekday !== null && WEEKDAY_NAMES.indexOf(day) !== ctx.weekday) status = 'planned';
    else if (LOOK_FORWARD_BEFORE.test(beforePhrase) || (KEEP_BEFORE.test(beforePhrase) && ON_TRACK_AFTER.test(rule.left === 'compound' ? body.slice(cueEnd, Math.min(s.end, cueEnd + 30)) : afterParties))) status = 'planned';
  }
  // "Trump is not looking forward to a meeting with Putin": the negation is of the eagerness; the meeting is still ahead.
  if (status === 'refused' && rule.type === 'MET_WITH' && nounAt >= 0 && NOT_LOOKING_FORWARD.test(body.slice(Math.max(s.start, phraseAt - 80), phraseAt))) status = 'planned';
  // "Talks between the US and the Taliban have not yet begun" / "have yet to begin": still ahead; "have not taken place
  // since 2015": none.
  if (status === 'happened' && rule.type === 'MET_WITH' && MEETING_NOUN_RULES.has(rule.id)) {
    if (NOT_YET_BEGUN.test(nounPredicate)) status = 'planned';
    else if (NEVER_BEGUN.test(nounPredicate)) return [];
  }
  // "a defense pact with Russia that would let Moscow …", "a partnership between Iran and China, which would last 25
  // years, has not been signed", "an alliance with Japan is not yet reached": an alliance named but not made is no
  // stated alliance (kept hedged, like one rejected or negotiated).
  if (status === 'stated' && ALLIANCE_NOUN_RULES.has(rule.id) && UNMADE_PREDICATE.test(nounPredicate)) status = 'hedged';
  // "the potential talks with Pyongyang", "a possible meeting between …": an adjective of possibility on the meeting
  // noun makes it a possibility (no meeting); "future talks", "a proposed summit" make it a plan.
  if (status && rule.type === 'MET_WITH' && noun && status !== 'refused') {
    const beforeNoun = body.slice(Math.max(s.start, phraseAt - 60), phraseAt);
    // ("is lobbying for his own meeting with Kim": a meeting asked for is a wish, as "wants a meeting with" is.)
    if (POSSIBLE_ADJECTIVE_BEFORE.test(beforeNoun) || ANY_BEFORE.test(beforeNoun) || REQUEST_FOR_BEFORE.test(beforeNoun)) return [];
    // ("Tillerson suggested talks with North Korea", "has floated a meeting with Kim": status.suggested-noun.)
    if (SUGGESTED_NOUN_BEFORE.test(beforeNoun)) return [];
    if (status === 'happened' && PLANNED_ADJECTIVE_BEFORE.test(beforeNoun)) status = 'planned';
    // "during earlier meetings with Moon", "their previous talks": the noun's own adjective puts it in the past.
    if (status === 'planned' && PAST_ADJECTIVE_BEFORE.test(beforeNoun)) status = 'happened';
    // "the cancelled summit with Putin", "the aborted talks between …": the noun's own adjective says it never took place.
    if (CANCELLED_ADJECTIVE_BEFORE.test(beforeNoun) && !NEGATED_REFUSAL.test(beforeNoun)) status = 'refused';
  }
  // "A summit between Trump and Kim was scrapped": the meeting noun's own predicate cancels it; "his summit with Kim is
  // just days away" puts it ahead.
  // "The North Korea-US summit will not be held", "his meeting with Kim won't take place": a negated future on the
  // meeting noun says it was called off; "won't happen as planned" only moves it, so it stays ahead.
  const negatedFuture = status && rule.type === 'MET_WITH' && MEETING_NOUN_RULES.has(rule.id) ? NEGATED_FUTURE_PREDICATE.exec(nounPredicate) : null;
  if (negatedFuture) status = negatedFuture.groups?.moved ? 'planned' : 'refused';
  // "a meeting between Trump and Rouhani at the UN General Assembly in New York next week was not on the agenda", "talks
  // with Iran are not planned": a meeting noun denied as a plan is no meeting, and no one refused it.
  const predicateFrom = rule.left === 'compound' ? cueEnd : right.length ? right[right.length - 1].end : -1;
  if (status && rule.type === 'MET_WITH' && MEETING_NOUN_RULES.has(rule.id) && predicateFrom >= 0 && NOT_PLANNED_PREDICATE.test(body.slice(predicateFrom, Math.min(s.end, predicateFrom + 120)))) return [];
  if (status && status !== 'refused' && rule.type === 'MET_WITH' && rule.id !== 'meet.verb' && (CANCELLED_PREDICATE.test(nounPredicate) || CANCELLED_RELATIVE.test(body.slice(right.length ? right[right.length - 1].end : cueEnd, Math.min(s.end, (right.length ? right[right.length - 1].end : cueEnd) + 100))))) status = 'refused';
  // "Trump-Merkel meeting pushed back to Friday", "talks … postponed until March": moved, so still ahead.
  if (status && rule.type === 'MET_WITH' && rule.id !== 'meet.verb' && MOVED_PREDICATE.test(rule.left === 'compound' ? body.slice(cueEnd, Math.min(s.end, cueEnd + 60)) : afterParties)) status = 'planned';
  if (status === 'happened' && rule.type === 'MET_WITH' && rule.id !== 'meet.verb' && AHEAD_PREDICATE.test(afterParties)) status = 'planned';
  // "a meeting between X and Y scheduled for next week": a reduced relative of plan on the noun puts it ahead.
  if (status === 'happened' && rule.type === 'MET_WITH' && rule.id !== 'meet.verb' && PLANNED_REDUCED_RELATIVE.test(afterParties)) status = 'planned';
  // "A meeting between Kim and Trump is in the works", "talks with X were being arranged": the meeting noun's own
  // predicate says it is being prepared.
  if (status === 'happened' && rule.type === 'MET_WITH' && rule.id !== 'meet.verb' && PREPARED_PREDICATE.test(afterParties)) status = 'planned';
  // "heads to Hanoi next week, where he meets Kim": a present tense in a relative clause of place or time takes the
  // time of the clause it hangs on; so does one in a clause of time after "as" or "while" ("… will face another big test
  // Monday, as he and his diplomats meet with their Moscow counterparts": status.as-clause-of-future).
  if (status === 'happened' && rule.type === 'MET_WITH' && rule.left === 'subject' && PRESENT_CUE.test(body.slice(cueStart, cueEnd))) {
    const upToCue = body.slice(Math.max(s.start, cueStart - 300), cueStart);
    const opener = [...upToCue.matchAll(/\b(?:where|when|as|while)\b/g)].pop();
    const host = opener && !/[,;:]/.test(upToCue.slice(opener.index + opener[0].length)) ? upToCue.slice(0, opener.index) : null;
    if (host && words(host).some((w) => PLANNED.has(w.toLowerCase()) && !/^\p{Lu}/u.test(w))) status = 'planned';
  }
  // Tense: a plan whose meeting carries a past time of its own ("allowing him to meet … in 2007", "was scheduled to meet
  // X last year") is no plan any more. It happened when nothing but a bare infinitive made it a plan, or a later clause
  // says it took place ("… and did"); a past plan alone may or may not have been kept, so it is dropped.
  // (A later cancellation keeps it a plan, made refused below.)
  if (status === 'planned' && rule.type === 'MET_WITH' && !CANCELLED_LATER.test(body.slice(cueEnd, s.end)) && !cancelledNounLater(body.slice(cueEnd, s.end)) && (pastTimeOn(clauseAfter(body, cueEnd, s.end), ctx.year) || (nounAt >= 0 && yearBeforeNoun(body.slice(Math.max(s.start, nounAt - 30), nounAt), ctx.year)))) {
    const planWord = words(body.slice(statusFrom, cueStart) + inner).some((w) => PLANNED.has(w.toLowerCase()) && !/^\p{Lu}/u.test(w));
    status = !planWord || CONFIRMED_LATER.test(body.slice(cueEnd, s.end)) ? 'happened' : null;
  }
  if (!status) return [];
  // "a phone call last week between Liu and Mnuchin", "a summit next week between …": the time the noun's own adjunct
  // gives, over the frames of the clause around it ("a deal might be in the offing after a phone call last week
  // between …") — meet.noun-between.
  if (rule.id === 'meet.noun-between' && status !== 'refused' && nounAt >= 0) {
    const adjunct = body.slice(nounAt + (noun?.length ?? 0), cueEnd);
    if (/\b(?:last|yesterday|earlier|ago)\b/.test(adjunct)) status = 'happened';
    else if (/\b(?:next|later|tomorrow|coming|upcoming)\b/.test(adjunct)) status = 'planned';
  }
  // ("it's very important that they meet": a present "they meet" with no time to come tells no meeting held.)
  if (status === 'happened' && left.some((p) => p.they) && !PAST_CUE.test(body.slice(cueStart, cueEnd))) return [];
  // "refused to discuss the matter with Kerry": a topic refused is no meeting refused (nor held).
  if (rule.id === 'meet.discuss-with' && status === 'refused') return [];
  // "was due to meet …, but the talks were cancelled": a later cancellation in the sentence makes it refused.
  if (rule.type === 'MET_WITH' && status !== 'refused' && (CANCELLED_LATER.test(body.slice(cueEnd, s.end)) || cancelledNounLater(body.slice(cueEnd, s.end)))) status = 'refused';
  // "was due to meet Trudeau on Friday, but Trudeau pulled out", "will meet Trudeau, but his decision to skip the summit
  // …": a party withdrawing after "but" undoes a plan (only a plan: "met Putin, but declined to comment" stays held).
  if (rule.type === 'MET_WITH' && status === 'planned' && abandonedLater(body.slice(cueEnd, s.end))) status = 'refused';
  let kind: MeetingKind | null = rule.type === 'MET_WITH' ? (rule.kind ?? (noun ? MEET_NOUN_KINDS[noun.toLowerCase().replace(/\s+/g, ' ')] : undefined) ?? (/^visit/i.test(body.slice(cueStart, cueEnd)) ? 'visit' : 'meeting')) : null;
  // "spoke with Paulson at an Asia Society panel", "talked to Xi on the sidelines of the summit": "spoke with" says no
  // means; a setting in the cue's clause puts the two in one room, so it is no call (a phone, a line or a video keeps it one).
  if (kind === 'call') {
    const setting = clauseAfter(body, cueEnd, s.end);
    // "Rudd spoke with Paulson at an Asia Society panel": a conversation on a public programme both take part in is
    // co-attendance, which the graph keeps apart from meetings and has no kind for: no MET_WITH.
    if (rule.id === 'meet.call' && !/\b(?:(?:tele)?phon\w*|video\w*)\b/i.test(body.slice(cueStart, cueEnd) + setting) && stagedSetting(setting)) return [];
    // "had a face-to-face conversation with", "a side conversation with": the noun's own modifier puts them in one room;
    // so does a setting opening the sentence ("At the G20 summit, Trump had a side conversation with Putin").
    const cueText = body.slice(cueStart, cueEnd);
    const opening = /^[^,;:]*,/.exec(s.text)?.[0];
    const openingSetting = !!opening && s.start + opening.length <= cueStart && inPersonSetting(opening);
    if (!/\b(?:(?:tele)?phon\w*|video\w*|line|call\w*)\b/i.test(cueText + setting) && (inPersonSetting(cueText + ' ' + setting) || IN_PERSON_CONVERSATION.test(cueText) || openingSetting)) kind = 'meeting';
  }
  // "discussed the issue by phone with Pompeo": a talk over the phone is a call.
  if (rule.id === 'meet.discuss-with' && /\b(?:(?:tele)?phone|video|call)\b/i.test(body.slice(cueStart, cueEnd) + clauseAfter(body, cueEnd, s.end))) kind = 'call';
  const place = rule.type === 'MET_WITH' ? placeAfter(ctx, cueEnd) : null;
  return pairs.map(([a, b]) => ({
    type: rule.type,
    sourceId: a.id,
    targetId: b.id,
    status,
    ...(kind ? { kind } : {}),
    cue: body.slice(cueStart, cueEnd),
    ...(place && place !== a.id && place !== b.id ? { placeId: place } : {}),
    evidence: { start: s.start, end: s.end, text: s.text },
    rule: rule.id,
    // (A frame read after the table that changed its answer is named after it: "status.held>frame".)
    statusRule: status === decided.status ? decided.rule : `${decided.rule}>frame`,
    priority: rule.priority,
    group: [a, b].find((p) => p.type === 'Country' && !p.pronoun && GROUP.has((words(body.slice(p.start, p.end)).pop() ?? '').toLowerCase()))?.id,
  }));
}

/** After a name: ", who led the", ", who is heading a", ", who has also led the" (party.side-leader). */
const WHO_LEADS_AFTER = new RegExp(`^\\s*,\\s+who\\s+(?:(?:is|was|has|had|also|now|currently)\\s+){0,2}(?:been\\s+)?(?:${LEAD_SIDE_VERBS.join('|')})\\s+(?:(?:the|a|an)\\s+)?(?:\\d+-member\\s+)?$`, 'u');
/** After a country: "… side", "… negotiating team", optionally owned ("China's team"). */
const SIDE_AFTER_COUNTRY = new RegExp(`^(?:['’]s)?\\s+(?:negotiating\\s+|trade\\s+)?(?:${SIDE_NOUNS.join('|')})\\b`, 'u');
/** Between a country's side and the name leading it: "delegation, led by Vice Premier", "team headed by the". */
const SIDE_LED_BY_GAP = new RegExp(`^(?:['’]s)?\\s+(?:negotiating\\s+|trade\\s+)?(?:${SIDE_NOUNS.join('|')})\\s*,?\\s+(?:led|headed)\\s+by\\s+(?:(?:the|its|his|her|[\\p{Lu}][\\p{L}.’'-]*)\\s+){0,5}$`, 'u');

/** After a country: "'s chief negotiator", "’s top nuclear negotiator" (one person: the head of its side). */
const NEGOTIATOR_AFTER_COUNTRY = /^(?:['’]s?)?\s+(?:(?:top|chief|lead|senior|main)\s+)(?:\p{Ll}+\s+)?negotiator\b/u;
/** Between a country and the name apposed to its negotiator: "’s top negotiator, Vice Premier". */
const NEGOTIATOR_APPOSED_GAP = /^(?:['’]s?)?\s+(?:(?:top|chief|lead|senior|main)\s+)(?:\p{Ll}+\s+)?negotiator\s*,\s+(?:(?:the|[\p{Lu}][\p{L}.’'-]*)\s+){0,4}$/u;

/**
 * The people an article names as leading a country's side, delegation or team: "Liu, who led the Chinese side in the
 * trade talks", "a Chinese delegation led by Vice Premier Liu He", "Zalmay Khalilzad, the United States’s chief negotiator"
 * (party.side-leader). A clause telling an earlier round or a former holder ("who led the U.S. delegation during a
 * previous round") names another side's leader.
 */
function sideLeadersOf(body: string, mentions: readonly LinkedMention[], types: ReadonlyMap<string, Entity['type']>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (country: string, person: string, from: number) => {
    const rest = body.slice(from, Math.min(body.length, from + 160));
    const clause = rest.slice(0, rest.search(/[,;!?]|$/));
    if (PAST_HOLDERS.test(clause)) return;
    (out.get(country) ?? out.set(country, new Set()).get(country)!).add(person);
  };
  for (let k = 0; k + 1 < mentions.length; k++) {
    const [m, next] = [mentions[k], mentions[k + 1]];
    if (m.sentence !== next.sentence) continue;
    const [tm, tn] = [types.get(m.entityId), types.get(next.entityId)];
    if (tm === 'Person' && tn === 'Country' && next.start - m.end <= 60 && WHO_LEADS_AFTER.test(body.slice(m.end, next.start)) && SIDE_AFTER_COUNTRY.test(body.slice(next.end, next.end + 30))) add(next.entityId, m.entityId, next.start);
    // "Zalmay Khalilzad, the United States’s chief negotiator": the negotiator apposed to a name leads that country's side.
    if (tm === 'Person' && tn === 'Country' && /^\s*,\s+(?:the\s+)?$/.test(body.slice(m.end, next.start)) && NEGOTIATOR_AFTER_COUNTRY.test(body.slice(next.end, next.end + 40))) add(next.entityId, m.entityId, next.start);
    if (tm !== 'Country') continue;
    // ("a Chinese delegation led by Chinese Vice Premier Liu He": a demonym of the title may stand before the name.)
    const person = mentions.slice(k + 1, k + 4).find((x) => x.sentence === m.sentence && types.get(x.entityId) === 'Person');
    if (person && person.start - m.end <= 80 && (SIDE_LED_BY_GAP.test(body.slice(m.end, person.start)) || NEGOTIATOR_APPOSED_GAP.test(body.slice(m.end, person.start)))) add(m.entityId, person.entityId, m.start);
  }
  return out;
}

/**
 * "Liu He met Lighthizer on Monday. Lighthizer held talks with a Chinese delegation this week": a delegation read as its
 * head (party.delegation-head) whom the article names meeting the same partner in another sentence is the country's group
 * again, for meeting.named-members to read (the same meeting told again, or another contact beside the group's).
 */
function undelegateNamedMeetings(out: Relation[], delegated: readonly { at: number; head: string; country: string }[], groups: Map<Relation, string>): void {
  if (!delegated.length) return;
  const delegationOf = (r: Relation) => delegated.find((d) => d.at >= r.evidence.start && d.at < r.evidence.end && (r.sourceId === d.head || r.targetId === d.head));
  for (const r of out) {
    const d = r.type === 'MET_WITH' ? delegationOf(r) : undefined;
    if (!d) continue;
    const partner = r.sourceId === d.head ? r.targetId : r.sourceId;
    if (!out.some((x) => x !== r && x.type === 'MET_WITH' && [x.sourceId, x.targetId].includes(d.head) && [x.sourceId, x.targetId].includes(partner) && delegationOf(x) === undefined)) continue;
    if (r.sourceId === d.head) r.sourceId = d.country;
    else r.targetId = d.country;
    groups.set(r, d.country);
  }
}

/**
 * "Pompeo characterized his meetings with Saudi officials as candid" in an article where "Pompeo held short meetings
 * with … Saudi Foreign Minister Adel al-Jubeir": a country standing for a group of its people, where the article names
 * one of that country's people meeting the same partner, is that meeting told again, not a meeting with the state
 * (meeting.named-members). Only a meeting of the same status, not a call; a sentence on past holders tells other
 * meetings.
 */
function withoutNamedGroups(out: Relation[], groups: ReadonlyMap<Relation, string>, sideOfId: (id: string) => ReadonlySet<string>, types: ReadonlyMap<string, Entity['type']>): Relation[] {
  const told = (group: Relation, country: string, partner: string) => out.some((r) => r.type === 'MET_WITH' && r.status === group.status && r.kind !== 'call' && [[r.sourceId, r.targetId], [r.targetId, r.sourceId]].some(([person, other]) => other === partner && types.get(person) === 'Person' && sideOfId(person).has(country)));
  // Only a group met by a named person: "U.S. and Chinese officials met", two groups, may be talks beside their leaders'.
  // ("This is not the first time US and Russian leaders have met": other holders, other meetings.)
  // "the U.S.–DPRK summit", "Pyongyang’s face-to-face meetings with Washington" in an article with "the Trump–Kim summit":
  // a sitting of two states named as themselves, where the article has one of the same status between a person of each,
  // is the leaders' meeting told again (meeting.named-sides). Another kind ("talks between the U.S. and China"
  // beside the leaders' meeting, or the leaders' own "good talks" on a call) may be their negotiators': only a sitting —
  // a meeting, a summit, a visit — is told again, and not by past holders ("negotiations between then-Prime Minister …").
  const sitting = (k: string | null | undefined) => k === 'meeting' || k === 'summit' || k === 'visit';
  const toldBySides = (m: Relation) => out.some((r) => r !== m && r.type === 'MET_WITH' && r.status === m.status && sitting(r.kind) && types.get(r.sourceId) === 'Person' && types.get(r.targetId) === 'Person' && !PAST_HOLDERS.test(r.evidence.text) && [[r.sourceId, r.targetId], [r.targetId, r.sourceId]].some(([a, b]) => sideOfId(a).has(m.sourceId) && sideOfId(b).has(m.targetId)));
  return out.filter((r) => {
    const group = groups.get(r);
    if (!group && r.type === 'MET_WITH' && sitting(r.kind) && types.get(r.sourceId) === 'Country' && types.get(r.targetId) === 'Country' && !PAST_HOLDERS.test(r.evidence.text)) return !toldBySides(r);
    if (!group || PAST_HOLDERS.test(r.evidence.text)) return true;
    const partner = group === r.sourceId ? r.targetId : r.sourceId;
    return types.get(partner) !== 'Person' || !told(r, group, partner);
  });
}

function ruleStart(ctx: Ctx, cueStart: number, left: Slot): number {
  if (left === 'possessor' || left === 'owner' || left === 'modifier') {
    const p = ctx.parties.filter((x) => x.end <= cueStart).pop();
    return p && /^[\s\p{Ll}'’s-]*$/u.test(ctx.body.slice(p.end, cueStart)) ? p.start : cueStart;
  }
  return cueStart;
}

/**
 * A superlative or ordinal noun phrase ending right before an infinitive cue: "the first British politician to", "the
 * highest-level official to", "the last to"; its length back from the cue, and the status the copula before it gives
 * (will be → planned, would/could be → none, was/is/became → happened). Not a noun of time, way or chance ("the first
 * time to", "the best way to"): those tell no one's deed.
 */
function superlativeFrame(before: string): { length: number; status: RelationStatus | null } | null {
  const ws = [...before.matchAll(/[^\s]+/g)];
  let k = ws.length - 1;
  if (k >= 0 && /^\p{Ll}+ly$/u.test(ws[k][0])) k--;
  if (k < 0 || ws[k][0] !== 'to' || !/\s$/.test(before)) return null;
  // "the first North Korean leader to cross the 38th parallel to meet Moon": an infinitive of purpose after another
  // infinitive shares its subject, so the frame may stand before the first of a chain (two links at most).
  for (let hop = 0; hop < 3; hop++) {
    // Back over the noun phrase (at most six words) to "the first", "a highest-level", "the most senior".
    for (let j = k - 1; j >= Math.max(1, k - 7); j--) {
      const w = ws[j][0].toLowerCase();
      if (NOT_DEED_NOUNS.has(w) || /[,;:.!?"“”]$/.test(ws[j][0])) break;
      const det = ws[j - 1][0];
      if (!SUPERLATIVES.has(w) || !/^(?:[Tt]he|[Aa])$/.test(det)) continue;
      const frameAt = ws[j - 1].index!;
      const lead = before.slice(0, frameAt);
      const status = /\b(?:would|could|might|may|hopes?|wants?|aims?|seeks?|trying|tries)\s+(?:\p{Ll}+\s+){0,2}$/u.test(lead) ? null : /\b(?:will|shall|set\s+to|due\s+to|going\s+to|expected\s+to|poised\s+to)\s+(?:\p{Ll}+\s+){0,1}$|['’]ll\s+(?:be|become)\s+$/u.test(lead) ? 'planned' : 'happened';
      return { length: before.length - frameAt, status };
    }
    const link = purposeLinkBefore(ws, k);
    if (link < 0) return null;
    k = link;
  }
  return null;
}

/**
 * The "to" opening an infinitive phrase that ends right before the word at `k` ("to cross the 38th parallel" before
 * "to meet"): a lower-case verb and at most five more words, no punctuation; -1 when none.
 */
function purposeLinkBefore(ws: RegExpMatchArray[], k: number): number {
  for (let m = k - 2; m >= Math.max(0, k - 7); m--) {
    if (/[,;:.!?"“”()]$/.test(ws[m][0])) return -1;
    if (ws[m][0] === 'to' && /^\p{Ll}+$/u.test(ws[m + 1][0]) && !NOT_PURPOSE_VERBS.has(ws[m + 1][0])) return m;
  }
  return -1;
}
/** Words after "to" that open no infinitive of a deed: "to be", "to have", and nouns after the preposition. */
const NOT_PURPOSE_VERBS = new Set(['be', 'have', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that']);
/** Ordinals and superlatives of a noun phrase telling who did something first, last or alone. */
const SUPERLATIVES = new Set(['first', 'last', 'only', 'latest', 'second', 'third', 'fourth', 'fifth', 'highest', 'youngest', 'oldest', 'earliest', 'newest', 'biggest', 'greatest', 'most', 'highest-level', 'highest-ranking', 'high-level', 'high-ranking', 'top-level', 'senior-most']);
const NOT_DEED_NOUNS = new Set(['time', 'times', 'way', 'ways', 'chance', 'opportunity', 'step', 'steps', 'place', 'thing', 'things', 'attempt', 'effort', 'move', 'moment', 'day', 'week', 'year', 'occasion']);

/** Words of accusing: their "of" complement tells what is claimed of the accused. */
const ACCUSE_WORD = /\b(?:accus(?:e|es|ed|ing)|suspect(?:s|ed|ing)?|charg(?:e|es|ed|ing))\b/gi;
/** Before an accused subject's participle: a form of "be" or a comma ("Qatar, accused of funding Hamas, …"). */
const BE_OR_COMMA_END = /(?:\b(?:is|are|was|were|be|been|being)|,)\s+$/i;

/**
 * The accused of an accusation whose "of" complement holds the cue, in the cue's own clause: the parties between
 * "accuse(d)" and "of" ("accused Russia of backing Assad"), else the subject of a passive or participle ("Qatar was
 * accused of funding Hamas"); [] when the accused is no party ("accuse Americans of …"); null when no accusation frames
 * the cue.
 */
function accusationBefore(ctx: Ctx, cueStart: number): Party[] | null {
  const { body, s } = ctx;
  const text = body.slice(s.start, cueStart);
  const m = [...text.matchAll(ACCUSE_WORD)].pop();
  if (!m) return null;
  const from = s.start + m.index! + m[0].length;
  const rest = body.slice(from, cueStart);
  // "Riyadh charges Tehran with arming the Houthis", "charged Russia with propping up Assad": the active "charge X with"
  // is an accusation of its object. Only the active form with the accused named: a passive "was charged with" is as
  // often a task given ("the agency charged with arming the rebels"), and "in charge, with …" no accusation at all.
  if (/^charg/i.test(m[0])) {
    const w = /\bwith\b/.exec(rest);
    if (!w || /[,;:.!?()]/.test(rest)) return null;
    const accused = ctx.parties.filter((p) => p.start >= from && p.end <= from + w.index);
    return accused.length ? accused : null;
  }
  const of = /\bof\b/.exec(rest);
  if (!of || /[,;:.!?]/.test(rest.slice(of.index))) return null;
  const between = ctx.parties.filter((p) => p.start >= from && p.end <= from + of.index);
  if (between.length) return between;
  if (!/^\s+of\b/.test(rest)) return [];
  if (!BE_OR_COMMA_END.test(body.slice(s.start, s.start + m.index!))) return [];
  return subjectBefore(ctx, s.start + m.index!).filter((p) => !p.possessive);
}

/** The party a superlative noun phrase at `frameAt` is said of: the copula's subject before it ("Abe is the first …"),
 *  else the copula's complement after the cue's clause ("The last official to meet Kim was Albright"). */
function copulaSide(ctx: Ctx, frameAt: number, cueEnd: number): Party | null {
  const { body, parties } = ctx;
  const before = parties.filter((p) => p.end <= frameAt && !p.adjective).pop();
  if (before && !before.possessive && !before.modifierOnly && COPULA_BEFORE_FRAME.test(body.slice(before.end, frameAt))) {
    // "Robert Pastor, who under President Carter was the first …": a preposition's object is no subject; the relative
    // pronoun's antecedent is.
    if (!afterPreposition(body.slice(Math.max(ctx.s.start, before.start - 40), before.start))) return before;
    const antecedent = parties.filter((p) => p.end <= before.start && !p.adjective && !p.possessive).pop();
    return antecedent && /^\s*,\s+who\s+(?:under|during|in|as)\b[^,;:]*$/.test(body.slice(antecedent.end, before.start)) ? antecedent : null;
  }
  return parties.find((p) => p.start >= cueEnd && !p.adjective && !p.possessive && COPULA_AFTER_CLAUSE.test(body.slice(cueEnd, p.start))) ?? null;
}
/** Whether `before` ends in a preposition, then at most "the" and three titles ("under President "). */
function afterPreposition(before: string): boolean {
  const ws = words(before);
  let k = ws.length - 1;
  for (let titles = 0; k >= 0 && titles < 3 && /^\p{Lu}/u.test(ws[k]); titles++) k--;
  if (k >= 0 && ws[k] === 'the') k--;
  return k >= 0 && TITLE_PREPOSITIONS.has(ws[k].toLowerCase());
}
const TITLE_PREPOSITIONS = new Set(['under', 'with', 'by', 'for', 'of', 'from', 'to', 'against', 'after', 'before', 'during', 'since', 'like']);
const COPULA_BEFORE_FRAME = /^\s*(?:,[^,;:]{1,60},\s*)?(?:(?:is|was|became|becomes|has\s+become|had\s+become|remains|remained|will\s+be|will\s+become|would\s+be|could\s+be|is\s+set\s+to\s+become|to\s+become)\s+|(?:\p{Ll}+\s+){0,2}(?:be|become)\s+)$/u;
const COPULA_AFTER_CLAUSE = /^[^,;:.]{0,80}?\s(?:was|is|were|became)\s+(?:(?:then-|former\s+)?[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u;

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** A word of a list with its first letter in either case ("Anchor Jake Tapper" opening a line). */
const eitherCase = (w: string) => `[${w[0].toUpperCase()}${w[0].toLowerCase()}]${escape(w.slice(1))}`;
const OUTLET = `(?:${[...MEDIA_OUTLETS].sort((a, b) => b.length - a.length).map(escape).join('|')})`;
const MEDIA_ROLE = `(?:${[...MEDIA_ROLES].sort((a, b) => b.length - a.length).map(eitherCase).join('|')})`;
/** An outlet's possessive ending the text: "NPR's", "Fox News’". */
const OUTLET_POSSESSIVE_END = new RegExp(`(?:^|\\s)${OUTLET}['’]s?$`, 'u');
const MEDIA_ROLE_WORDS = new Set(MEDIA_ROLES.map((w) => w.toLowerCase()));
/** Words before "host" that make it a noun: a determiner, a preposition, a verb taking an object, a show ("talk show host"). */
const HOST_NOUN_LEAD = new Set(['the', 'a', 'with', 'by', 'and', 'of', 'join', 'joins', 'joined', 'joining', 'told', 'tells', 'show', 'radio', 'tv', 'television', 'talk', 'news', 'podcast']);

/**
 * Whether the words right before `at` name a person of an outlet: "NPR's (Cairo bureau chief)", "CNN anchor", "with
 * host" — "host" only as a noun: "will host Erdogan" is a meeting.
 */
function mediaBefore(text: string): boolean {
  const ws = [...text.matchAll(/[^\s]+/g)];
  const last = ws.length ? ws[ws.length - 1][0].toLowerCase() : '';
  const lastTwo = ws.length > 1 ? `${ws[ws.length - 2][0].toLowerCase()} ${last}` : '';
  if (MEDIA_ROLE_WORDS.has(last) || MEDIA_ROLE_WORDS.has(lastTwo)) return true;
  if (/^(?:co-)?hosts?$/.test(last)) {
    const prev = ws.length > 1 ? ws[ws.length - 2][0] : '';
    // "Morning Edition host Renee Montagne": after a show's capitalised name "host" is a noun too (a verb after one name
    // would be "hosts").
    if (HOST_NOUN_LEAD.has(prev.toLowerCase()) || /["”]$/.test(prev) || (last === 'host' && /^\p{Lu}\p{Ll}/u.test(prev)) || OUTLET_POSSESSIVE_END.test(text.slice(0, ws[ws.length - 2]?.index! + prev.length))) return true;
  }
  // "NPR's Steve", "NPR’s Cairo bureau chief": an outlet's possessive at most four words back.
  for (let k = ws.length - 1; k >= Math.max(0, ws.length - 4); k--) {
    if (/['’]s?$/.test(ws[k][0]) && OUTLET_POSSESSIVE_END.test(text.slice(0, ws[k].index! + ws[k][0].length))) return true;
  }
  return false;
}
/** A name introduced as an outlet's person by the words right before it: "NPR's Steve Inskeep", "CNN anchor Jake
 *  Tapper" (not any outlet a few words back, as in "NPR's interview with Obama", which says nothing of Obama). */
function introducedAsMedia(text: string): boolean {
  const ws = text.trimEnd().split(/\s+/);
  const last = (ws[ws.length - 1] ?? '').toLowerCase();
  const lastTwo = ws.length > 1 ? `${ws[ws.length - 2].toLowerCase()} ${last}` : '';
  return MEDIA_ROLE_WORDS.has(last) || MEDIA_ROLE_WORDS.has(lastTwo) || OUTLET_POSSESSIVE_END.test(text.trimEnd());
}
/** Up to `max` characters before `at`, not reaching back past a line break or a sentence's end. */
function sameLineBefore(body: string, at: number, max: number): string {
  const text = body.slice(Math.max(0, at - max), at);
  for (let k = text.length - 2; k >= 0; k--) {
    if (text[k] === '\n' || ('.!?'.includes(text[k]) && /\s/.test(text[k + 1]))) return text.slice(k + 1);
  }
  return text;
}
/** A sentence opening with a host: "Host Carly Mallenbaum talks with …". */
/** A dateline participle opening the sentence before its subject: "Reporting from the Croatia-Serbia border, (Lauren
 *  Frayer) spoke to …" — the subject is the reporter, and their talk an interview. */
function reportingOpening(head: string): boolean {
  const comma = head.indexOf(',');
  return head.length <= 100 && REPORTING_OPENER.test(head) && comma >= 0 && head.slice(comma + 1).trim() === '' && !/[;.]/.test(head.slice(0, comma));
}
const REPORTING_OPENER = /^["“]?(?:Reporting|Writing|Filing)\s(?:from|in|on)\s/u;
const HOST_OPENING = /^["“]?(?:Co-)?[Hh]osts?\s+$/u;
/** After a person of an outlet or a show: "Steve Kroft of \"60 Minutes\"", "Jake Tapper of CNN". */
const MEDIA_AFTER_PERSON = new RegExp(`^\\s+(?:of|from)\\s+(?:["“]|${OUTLET}\\b)`, 'u');
const OUTLET_NAME = new RegExp(`^(?:the\\s+)?${OUTLET}$`, 'u');
/** An organization whose many-word name ends in a newspaper's or a channel's noun: "The Los Angeles Times". */
const MEDIA_NAME_END = new RegExp(`\\S\\s+(?:${MEDIA_NAME_HEADS.join('|')})$`, 'u');
/** A name read together with its channel: "Sean Hannity on Fox News". */
const OUTLET_AT_END = new RegExp(`\\s(?:on|of)\\s+${OUTLET}$`, 'u');
/** An interview in the cue's own clause: "… for a previously scheduled interview", "in an interview that will air". */
const INTERVIEW_AFTER = /^[^.;:]{0,80}?\b(?:for|in|during)\s+(?:an?|the|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:interview|broadcast|podcast|show)\b/u;

/** Before "X meets Y" as a blend: "It's", "this is", "it was", "like", "as if", and an article or a hedge at most. */
const BLEND_BEFORE = /(?:\b(?:[Ii]t|[Tt]his|[Tt]hat)(?:['’]s|\s+(?:is|was))|\b[Ll]ike|\bas\s+if)\s+(?:(?:just|basically|essentially|kind\s+of|sort\s+of|part|a\s+bit)\s+)?["“]?$/u;

/** "Our colleague", "our own correspondent" right before a name: the outlet's staff. */
const OUR_STAFF_BEFORE = /\b[Oo]ur\s+(?:own\s+)?(?:colleagues?|correspondents?|reporters?|producers?)\s+$/u;

/** A place or building by its name: "Camp David", "Fort Bragg", "Trump Tower", "the Sofitel Legend Metropole Hotel",
 *  "Mar-a-Lago" (not "White House", which stands for the administration as often as for the building). */
const VENUE_NAME = /^(?:[Tt]he\s+)?(?:(?:Camp|Fort|Ft\.|Embassy|Mount|Mt\.)\s+\p{Lu}[^\n]*|[^\n]*\s(?:Tower|Towers|Hotel|Resort|Palace|Lodge|Retreat|Estate|Ranch|Hall|Stadium|Arena|Plaza)|Mar-a-Lago)$/u;

function isVenueParty(ctx: Ctx, p: Party): boolean {
  if (p.pronoun || p.type !== 'Organization') return false;
  const text = ctx.body.slice(p.start, p.end);
  return VENUE_NAME.test(text) || namedAsVenue(ctx.body, text);
}

/** "The Melia had been expected to host Kim" after "the Melia Hanoi Hotel": a body the article names elsewhere as the
 *  first words of a hotel's or a resort's name is that building. */
function namedAsVenue(body: string, text: string): boolean {
  for (let at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + 1)) {
    if (VENUE_TAIL.test(body.slice(at + text.length, at + text.length + 50))) return true;
  }
  return false;
}
const VENUE_TAIL = /^(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+(?:Hotel|Resort|Palace|Lodge|Stadium|Arena)\b/u;

/** A verb of listening in to, reporting or describing before a meeting noun (a determiner and three words at most):
 *  "listened to the (call)", "reported the July 25 phone (call)", "described his (meeting)" is judged by its owner. */
const REPORTED_CONTACT_BEFORE = /\b(?:listen(?:ed|s|ing)?\s+(?:in\s+)?(?:to|on)|overh(?:eard|ears|earing|ear)|monitor(?:ed|s|ing)?|report(?:ed|s|ing)?|recount(?:ed|s|ing)?|leak(?:ed|s|ing)?|transcrib(?:ed|es|ing|e)|relay(?:ed|s|ing)?|witness(?:ed|es|ing)?)\s+(?:[\p{Ll}\d-]+\s+){0,4}$/u;

/** Whether a party is a news outlet or one of its people: an interview or a broadcast is no meeting. */
function isMediaParty(ctx: Ctx, p: Party): boolean {
  // ("… outside the Dallas Morning News after it backed Clinton": a pronoun for an outlet is the outlet.)
  if (p.pronoun) return ctx.outlets.has(p.id);
  const { body, s } = ctx;
  const text = body.slice(p.start, p.end);
  if (OUTLET_NAME.test(text) || OUTLET_AT_END.test(text) || (p.type === 'Organization' && MEDIA_NAME_END.test(text))) return true;
  // "Reason spoke with Rivoli over the phone" in an article of Reason: the article's own outlet (its source's name, or
  // the words that open it, "NPR" of "NPR Online News") interviews.
  if (p.type !== 'Country' && ctx.outlet && (ctx.outlet === text || ctx.outlet.startsWith(`${text} `))) return true;
  if (p.type !== 'Person') return false;
  // "Our colleague Liz Halloran talked to …": the outlet's own staff, in its own voice.
  if (OUR_STAFF_BEFORE.test(body.slice(Math.max(s.start, p.start - 40), p.start))) return true;
  if (ctx.mediaPeople.has(p.id)) return true;
  if (HOST_OPENING.test(body.slice(s.start, p.start)) || reportingOpening(body.slice(s.start, p.start)) || MEDIA_AFTER_PERSON.test(body.slice(p.end, Math.min(s.end, p.end + 30)))) return true;
  // The outlet or the role may be written before the party or inside its phrase ("NPR's Steve Inskeep" is one party).
  for (let at = p.start; at < p.end; at++) {
    if ((at === p.start || /\s/.test(body[at - 1])) && mediaBefore(body.slice(Math.max(s.start, at - 60), at))) return true;
  }
  return false;
}

/**
 * Whether a meeting noun names a kind of meeting rather than one: the noun modifying another noun in a compound ("US-Russia
 * summit lore", "summit diplomacy"), a compound's bare plural ("US-Russia summits have often ended …"), or plural
 * meetings in a comparison ("like past summits between …", "unlike previous talks with …").
 */
/** A topic after "discussed" (60 characters at most, in one clause) and its "with": "(discussed) the Brunson case with". */
const TOPIC_THEN_WITH = /^\s[^,;:.“”"()]{1,60}?\swith\b/;
const WITH_TAKING = new Set(WITH_TAKING_NOUNS);
/**
 * Where the partner of "discussed X with Y" starts: after the "with" that ends the topic, unless the topic's last word
 * is a noun that takes "with" itself ("discussed rising tensions with Iran", "his affair with"); -1 when there is none.
 */
function discussedWith(body: string, at: number, end: number): number {
  const m = TOPIC_THEN_WITH.exec(body.slice(at, Math.min(end, at + 70)));
  if (!m) return -1;
  const topic = words(m[0].slice(0, -4));
  return WITH_TAKING.has((topic[topic.length - 1] ?? '').toLowerCase()) ? -1 : at + m[0].length;
}

/** The preposition of a "their" meeting adjunct, right before "their": "after", "ahead of", "on the sidelines of". */
const SHARED_ADJUNCT_BEFORE = /\b(?:after|during|at|before|following|ahead\s+of|in|on\s+the\s+sidelines\s+of|at\s+the\s+(?:end|start)\s+of)\s+$/i;
/** Where the clause holding a "their" adjunct begins: after a clause's punctuation or a conjunction of contrast or cause. */
const SHARED_CLAUSE_BREAK = /[;:“”"()?!]|\b(?:but|while|whereas|although|though|because|since|unless|if|when)\b/gi;
/** After the noun, the other side named by the noun itself ("their meeting with business leaders"): no shared meeting. */
const SHARED_NOUN_OTHER_SIDE = /^[^,;:.]{0,40}?\b(?:with|between|among|amongst)\b/i;
/** Before a clause's subject: an opening adjunct closed by its comma, or a dateline or caption tag closed by a dash
 *  ("On Saturday,", "WASHINGTON —", "FILE -"), at most; then titles only. */
const SHARED_SUBJECT_LEAD = /^\s*["“]?\s*(?:[^,;:]{1,40}(?:,|\s[-–—])\s*)?(?:(?:the|The)\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,5}$/u;
/** A preposition of topic (and a determiner) right before a party: "(persuade Trump) on Syria", "about the EU". */
const TOPIC_PREPOSITION_BEFORE = /\b(?:on|about|over|regarding|concerning|of|against|toward|towards|for|into)\s+(?:the\s+)?$/i;
/** Between a fronted adjunct's comma and the first of two coordinated subjects: titles only ("President Moon Jae-in"). */
const FRONTED_SUBJECT_LEAD = /^\s*(?:(?:the|The)\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u;
const FRONTED_SUBJECT_AND = /^\s+and\s+(?:(?:the|his|her)\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u;

/**
 * The two sides a "their" meeting adjunct at `frameAt` stands for ("Trump told Putin at their summit", "Moon and Kim
 * shook hands after their talks"): the people and countries that head their phrases in its clause before it, when they
 * are exactly two — a third, or a possessive owner ("Putin's spokesman said Trump … after their meeting"), leaves
 * "their" open. An adjunct opening the sentence takes two coordinated subjects right after its comma ("During their
 * meeting, Moon and Kim …"). A noun naming its other side ("their meeting with X") is the noun-with rule's.
 */
function theirSharers(ctx: Ctx, frameAt: number, cueEnd: number): Party[] {
  const { body, s, parties } = ctx;
  if (SHARED_NOUN_OTHER_SIDE.test(body.slice(cueEnd, s.end))) return [];
  const head = body.slice(s.start, frameAt);
  const breaks = [...head.matchAll(SHARED_CLAUSE_BREAK)];
  const from = s.start + (breaks.length ? breaks[breaks.length - 1].index! + breaks[breaks.length - 1][0].length : 0);
  const sides = (p: Party) => (p.type === 'Person' || p.type === 'Country') && !p.adjective;
  const before = parties.filter((p) => p.start >= from && p.end <= frameAt && sides(p));
  if (before.length) {
    if (before.some((p) => p.modifierOnly || (p.possessive && !p.pronoun))) return [];
    const named = before.filter((p) => p.type === 'Person' || !isPlace(body, s.start, p));
    const ids = [...new Set(named.map((p) => p.id))];
    if (ids.length !== 2) return [];
    const [a, b] = ids.map((id) => named.find((p) => p.id === id)!);
    // Two joined by "and" share it wherever they stand ("what Trump and Putin discussed during their meeting"); else
    // the first is the clause's subject ("The secretary tried to persuade Trump … on Syria during their meeting" names
    // no second side) and the second no topic of a preposition ("on Syria", "about Iran").
    if (/^\s+and\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/.test(body.slice(a.end, b.start))) return [a, b];
    if (!SHARED_SUBJECT_LEAD.test(body.slice(from, a.start)) || TOPIC_PREPOSITION_BEFORE.test(body.slice(Math.max(from, b.start - 30), b.start))) return [];
    return [a, b];
  }
  // A fronted adjunct: only a preposition (and a conjunction or quote mark) before it.
  if (!/^["“]?\s*(?:(?:And|But|So)\s+)?$/u.test(body.slice(s.start, frameAt))) return [];
  const comma = body.indexOf(',', cueEnd);
  if (comma < 0 || comma >= s.end || comma - cueEnd > 80) return [];
  const after = parties.filter((p) => p.start > comma && !p.adjective && !p.pronoun);
  const [a, b] = after;
  if (!a || !b || !sides(a) || !sides(b) || a.possessive || b.possessive || a.modifierOnly || b.modifierOnly || a.id === b.id) return [];
  if (!FRONTED_SUBJECT_LEAD.test(body.slice(comma + 1, a.start)) || !FRONTED_SUBJECT_AND.test(body.slice(a.end, b.start))) return [];
  // The two head the main clause: a lower-case verb right after them.
  return /^\s+(?:\p{Ll}+ly\s+)?\p{Ll}/u.test(body.slice(b.end, Math.min(s.end, b.end + 30))) ? [a, b] : [];
}

function genericMeeting(ctx: Ctx, rule: CompiledRule, left: Party[], cueStart: number, cueEnd: number, noun: string): boolean {
  const { body, s } = ctx;
  const nounAt = nounStart(body, cueStart, cueEnd, noun);
  // Only countable meetings: "talks", "peace talks", "negotiations" name one process however plural.
  const plural = /^(?:summits|meetings)$/i.test(noun);
  if (rule.left === 'compound') {
    const after = body.slice(cueEnd, Math.min(s.end, cueEnd + 40));
    // "summit lore, the …": a lower-case noun heading the phrase (punctuation or a verb after it), no preposition,
    // adverb, contraction or bare verb ("meeting under way", "summit couldn't", "a summit happen").
    const next = /^\s+(\p{Ll}[\p{Ll}-]*)(?=\s*[,.;:]|\s+(?:is|was|has|had|says|said|and)\b)/u.exec(after)?.[1];
    if (next && !MEET_NOUN_WORDS.has(next) && !headsPhrase(after) && !NOT_NOUN_AFTER_MEETING.has(next)) return true;
    if (plural && left.length && !COMPOUND_DETERMINER_BEFORE.test(body.slice(Math.max(s.start, left[0].start - 20), left[0].start))) return true;
  }
  return (plural || /^(?:talks|negotiations|discussions)$/i.test(noun)) && COMPARISON_BEFORE.test(body.slice(Math.max(s.start, nounAt - 40), nounAt));
}
const NOT_NOUN_AFTER_MEETING = new Set(['under', 'between', 'among', 'without', 'within', 'amid', 'via', 'happen', 'begin', 'start', 'end', 'go', 'take', 'proceed', 'succeed', 'fail', 'collapse', 'resume', 'continue', 'work', 'matter', 'come', 'get', 'make', 'happened', 'here', 'there', 'now', 'soon', 'ahead', 'itself']);
const MEET_NOUN_WORDS = new Set(Object.keys(MEET_NOUN_KINDS).flatMap((k) => k.split(/\s+/)));
/** A determiner or numeral before a compound that makes its plural a set of meetings: "the two US-China summits". */
const COMPOUND_DETERMINER_BEFORE = /\b(?:the|their|these|those|both|two|three|four|five|several|\d+)\s+$/i;
/** A comparison opening before a plural meeting noun: "like past", "unlike previous", "as in other", "as with earlier". */
const COMPARISON_BEFORE = /\b(?:like|unlike|as\s+(?:in|with|at))\s+(?:(?:the|all|most|many|other|past|previous|earlier|prior|former|recent|such)\s+){1,2}$/i;

/** A public programme two people take part in: "spoke with X at a panel", "talked with X at a forum" is co-attendance. */
function stagedSetting(text: string): boolean {
  const ws = words(text).map((w) => w.toLowerCase());
  for (let k = 0; k + 2 < ws.length; k++) {
    if (ws[k] !== 'at' && ws[k] !== 'on' && ws[k] !== 'during') continue;
    if (!SETTING_DETERMINERS.has(ws[k + 1])) continue;
    if (ws.slice(k + 2, k + 6).some((w) => STAGE_NOUNS.has(w))) return true;
  }
  return false;
}
const STAGE_NOUNS = new Set(['panel', 'debate', 'forum', 'hearing', 'seminar', 'lecture', 'symposium', 'webinar', 'town-hall', 'livestream', 'podcast']);

/** A setting in which people meet in person: "at an Asia Society panel", "on the sidelines of", "in person". */
function inPersonSetting(text: string): boolean {
  if (/\b(?:sidelines of|in person|face[ -]to[ -]face)\b/.test(text.replace(/\s+/g, ' '))) return true;
  const ws = words(text).map((w) => w.toLowerCase());
  for (let k = 0; k + 2 < ws.length; k++) {
    if (ws[k] !== 'at' || !SETTING_DETERMINERS.has(ws[k + 1])) continue;
    if (ws.slice(k + 2, k + 6).some((w) => SETTING_NOUNS.has(w))) return true;
  }
  return false;
}
/** A conversation its modifier puts in one room: "a side conversation", "a sideline chat", "a one-on-one conversation". */
const IN_PERSON_CONVERSATION = /\b(?:side|sideline|one-on-one|in-person)\s+conversation\b/i;
const SETTING_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'their', 'his', 'her']);
const SETTING_NOUNS = new Set(['panel', 'conference', 'summit', 'forum', 'dinner', 'lunch', 'luncheon', 'breakfast', 'reception', 'meeting', 'gathering', 'event', 'ceremony', 'rally', 'gala', 'party', 'session']);

/** "Kerry and Hagel prepare to meet Friday in Washington with their Russian counterparts": a party after a later "with"
 *  in the cue's clause is whom they meet, so they did not meet each other ("with only their interpreters", "with an
 *  agenda", "with each other" name no other side). */
function othersMetLater(ctx: Ctx, cueEnd: number): boolean {
  const clause = clauseAfter(ctx.body, cueEnd, ctx.s.end);
  const w = /\bwith\b/.exec(clause);
  if (!w) return false;
  const from = cueEnd + w.index;
  const next = ctx.parties.find((p) => p.start > from + 4 && p.end <= cueEnd + clause.length);
  return !!next && !next.possessive && objectGapOk(ctx.body.slice(from + 4, next.start), false);
}

/** "discussed holding a summit", "talked about having talks": a light verb's gerund as the complement of a verb of
 *  talk or thought (or of "about"/"of") names an idea of a meeting, none held. */
const GERUND_COMPLEMENT_BEFORE = /\b(?:\p{Ll}+ed|discuss(?:es|ing)?|consider(?:s|ing)?|propos(?:e|es|ing)|suggest(?:s|ing)?|avoid(?:s|ing)?|favou?r(?:s|ing)?|oppos(?:e|es|ing)|envisag(?:e|es|ing)|contemplat(?:e|es|ing)|mull(?:s|ing)?|weigh(?:s|ing)?|explor(?:e|es|ing)|about|of)\s+$/u;

/** "held talks with business leaders", "held a meeting among aides": a meeting noun's other side named after it (a
 *  party or not), so its subject's conjuncts did not meet each other. */
const OTHER_SIDE_AFTER_NOUN = /\b(?:with|between|among|amongst)\b/i;

/** An object that is no party after a meeting verb: "met with chief executives", "meet the press". */
/** A "with" or "to" of the other side within three words after a call's means: "(spoke by phone) late Tuesday with". */
const CALL_PARTNER_AFTER = /^\s+(?:(?:on|late|early|last|this|again|later|\p{Lu}\p{L}*|\d+,?)\s+){0,3}(?:with\s+(?!each\s+other\b|one\s+another\b)|to\s+(?=\p{Lu}|the\s))/u;
const NOUN_OBJECT_AFTER = /^\s+(?:(?:the|a|an|some|several|many|two|three|their|his|her|its|our|local|top|senior|other)\s+)?(?!each\s+other\b|one\s+another\b)(?!(?:in|at|on|for|to|last|this|next|during|after|before|privately|together|briefly|twice|again|secretly|separately|yesterday|today|tonight|early|late|later|face|once|repeatedly|recently|regularly|often|frequently|behind|over|under|near|outside|inside|without|amid|since|until|and|but|or|as|so|with)\b)\p{Ll}/u;

/** Where the left parties start (the lead of the clause ends there), else `fallback`. */
function leftStart(left: Party[], fallback: number): number {
  return left.length ? Math.min(...left.map((p) => p.start)) : fallback;
}

/** Words before a clause's subject that make its meeting a wish or a question: "urged X to meet", "whether X meets". */
/** A noun of aim and its infinitive right before the subject: "an attempt to force (the)", "efforts to get". */
const AIM_BEFORE_SUBJECT = /\b(?:attempts?|attempting|efforts?|bid|push|campaign|plan|plans|pressure|pressuring)\s+to\s+\p{Ll}+\s+(?:(?:the|a|an)\s+)?$/u;
const LEAD_HYPOTHETICAL = new Set(['invitation', 'invited', 'offer', 'offered', 'proposal', 'proposed', 'urged', 'urges', 'urge', 'urging', 'asked', 'asks', 'pressed', 'pressing', 'pushed', 'whether', 'if', 'unless', 'wants', 'wanted', 'want', 'invited', 'invites', 'encouraged', 'encourages', 'called']);
/** Words before a clause's subject that make its backing claimed, asked or denied: "whether or not Putin helped". */
/** A definite determiner right before a phrase: "the", a possessive pronoun, "this"/"that". */
const DEFINITE_BEFORE = /\b(?:the|its|their|his|her|our|this|that)\s+$/i;
// ("the claim that Iran supports", "the charge that": a noun of claim is as much a hedge as its verb.)
const LEAD_HEDGE = new Set(['reports', 'report', 'rumors', 'rumours', 'allegations', 'allegation', 'accusations', 'accusation', 'claim', 'charge', 'charges', 'rumor', 'rumour', 'suspicions', 'speculation', 'wants', 'want', 'wanted', 'wanting', 'expects', 'expect', 'expected', 'expecting', 'whether', 'if', 'perception', 'perceived', 'accused', 'accusing', 'accuses', 'alleged', 'alleging', 'alleges', 'claimed', 'claims', 'claiming', 'denied', 'denies', 'suspected', 'suspects', 'believe', 'believed', 'believes', 'suggested', 'suggests', 'suggest', 'suggesting', 'insinuate', 'insinuating', 'unclear', 'question', 'debate', 'should', 'urged', 'urges', 'pressing', 'pressed', 'presses', 'asked', 'asking', 'asks', 'calling', 'called', 'pushed', 'pushing', 'cutting', 'suspending', 'withholding']);

/** Words before a clause's subject that deny what it says: "denied the allegations that he met", "dismissed reports that". */
const LEAD_DENIAL = new Set(['denied', 'denies', 'deny', 'denying', 'denial', 'denials', 'dismissed', 'dismisses', 'refuted', 'refutes', 'disputed', 'disputes', 'false', 'falsely', 'untrue', 'baseless', 'debunked']);
/** A purpose clause opening right before the subject: "to ensure Trump meets", "so that they meet", "in order that". */
const PURPOSE_LEAD = /\b(?:ensure|ensures|ensuring|ensured|guarantee|make\s+sure|so\s+that|in\s+order\s+that|lest)\s+(?:that\s+)?(?:(?:the|a|an)\s+)?(?:\p{Ll}+\s+){0,2}$/iu;
/** A predicate denying the clause whose subject holds the meeting: "(Reports that X met Y) were denied". */
const DENIED_PREDICATE = /^[^.;:]{0,40}?\b(?:was|were|is|are|been|have\s+been|has\s+been)\s+(?:\p{Ll}+ly\s+)?(?:denied|dismissed|refuted|disputed|debunked|incorrect|inaccurate|untrue|false|fake|baseless|unfounded|erroneous|not\s+true)\b/u;
/** A predicate telling that a meeting is being prepared: "is in the works", "was being arranged", "is on the cards". */
// ("an earlier meeting in Moscow between Putin and Obama is under review", "talks … remain under consideration": a
// meeting still being weighed has not taken place — status.under-review.)
const PREPARED_PREDICATE = /^[\s,]*(?:is|are|was|were|remains?|remained)\s+(?:now\s+|still\s+|already\s+|reportedly\s+)?(?:in\s+the\s+works|in\s+the\s+pipeline|on\s+the\s+cards|on\s+the\s+table|under\s+(?:review|consideration|discussion)|being\s+(?:planned|arranged|prepared|organi[sz]ed|discussed|negotiated|worked\s+out|set\s+up|considered|explored|reviewed|reconsidered|weighed)|(?:tentatively\s+)?(?:planned|scheduled|slated|set)\s+(?:for|to)\b)/iu;

/** Where the meeting noun of a noun cue starts ("talks" in "held talks with"); the cue's start when it is not found. */
function nounStart(body: string, cueStart: number, cueEnd: number, noun: string): number {
  const inCue = body.slice(cueStart, cueEnd).toLowerCase().indexOf(noun.toLowerCase().split(/\s+/)[0]);
  return inCue >= 0 ? cueStart + inCue : cueStart;
}

/** An invitation before a participation frame: "was invited by Ashton, who …, to (take part in)". */
const INVITED_TO = /\binvit(?:ed|es|e|ing|ation)\b/;

/** Words of taking part, being included or left out: "included in", "took part in", "invited to", "excluded from". */
const PARTICIPATION_WORDS = new Set(['included', 'include', 'includes', 'including', 'involved', 'involve', 'involves', 'invited', 'invite', 'invites', 'excluded', 'exclude', 'excludes', 'excluding', 'barred', 'banned', 'sidelined', 'part', 'participate', 'participates', 'participated', 'participating', 'participation', 'attend', 'attends', 'attended', 'attending', 'join', 'joins', 'joined', 'joining', 'present', 'represented', 'role', 'seat', 'place', 'party']);
/** Words of being left out, and the particle after them: "left out of", "shut out of", "frozen out of". */
const LEFT_OUT_VERBS = new Set(['left', 'shut', 'kept', 'frozen', 'froze', 'locked', 'cut', 'pushed', 'squeezed']);
const EXCLUSION_WORDS = new Set(['excluded', 'exclude', 'excludes', 'excluding', 'barred', 'banned', 'sidelined']);
const NEGATION_WORDS = new Set(['not', 'never', 'no', 'nor', 'without']);
const FRAME_PREPOSITIONS = new Set(['in', 'from', 'of', 'at', 'to', 'into', 'on']);
/** Determiners and adjectives that may stand between a preposition and a meeting noun ("in the initial discussions"). */
const NOUN_LEAD_DETERMINERS = new Set(['a', 'an', 'the', 'any', 'these', 'those', 'this', 'that', 'their', 'its', 'his', 'her', 'such', 'further', 'new', 'more']);

/**
 * A participation frame ending right before a meeting noun: a word of taking part or being left out, a preposition,
 * then a determiner and at most two adjectives ("wasn't included in initial", "was left out of the"). Gives how far
 * back from the noun the frame's verb starts, and whether it leaves its subject out (an exclusion word, or a negation
 * in the clause before it).
 */
function participationBefore(before: string): { fromEnd: number; excluded: boolean } | null {
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('.')) + 1);
  const tokens = [...clause.matchAll(WORD)];
  let k = tokens.length - 1;
  let skipped = 0;
  while (k >= 0 && skipped < 3 && /^\p{Ll}/u.test(tokens[k][0]) && !FRAME_PREPOSITIONS.has(tokens[k][0])) {
    if (!NOUN_LEAD_DETERMINERS.has(tokens[k][0]) && !/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k][0])) return null;
    k--;
    skipped++;
  }
  if (k < 1 || !FRAME_PREPOSITIONS.has(tokens[k][0])) return null;
  k--;
  let word = tokens[k][0].toLowerCase();
  let leftOut = false;
  if (word === 'out' && k >= 1 && LEFT_OUT_VERBS.has(tokens[k - 1][0].toLowerCase())) {
    k--;
    word = tokens[k][0].toLowerCase();
    leftOut = true;
  }
  if (!leftOut && !PARTICIPATION_WORDS.has(word)) return null;
  const lead = tokens.slice(0, k).map((t) => t[0].toLowerCase());
  const negated = lead.some((w) => NEGATION_WORDS.has(w) || /n['’]t$/.test(w));
  return { fromEnd: before.length - (before.length - clause.length + tokens[k].index!), excluded: leftOut || EXCLUSION_WORDS.has(word) || negated };
}

/** Nouns of a wish, an idea or talk about a meeting: "talk of a summit", "interest in talks with", "hopes for". */
// ("renewed discussions about the Trump-Kim summit": talk of a meeting asserts nothing of it.)
const IDEA_NOUNS = new Set(['talk', 'discussion', 'discussions', 'hope', 'hopes', 'prospect', 'prospects', 'speculation', 'rumor', 'rumors', 'rumour', 'rumours', 'interest', 'desire', 'idea', 'notion', 'possibility', 'chance', 'chances', 'odds', 'likelihood', 'call', 'calls', 'push', 'pressure', 'demand', 'demands', 'proposal', 'proposals', 'offer', 'offers', 'invitation', 'invitations', 'suggestion', 'appetite', 'openness', 'willingness', 'readiness', 'bid', 'question', 'condition', 'conditions', 'precondition', 'preconditions', 'prerequisite', 'wish', 'dream', 'request', 'requests', 'plea', 'pleas', 'appeal', 'appeals', 'need', 'case', 'support', 'opposition']);
/** Whether the clause before a meeting noun holds an enabling noun or phrase ("groundwork", "paved the way") before its "for". */
function enablingClauseBefore(before: string): boolean {
  const tail = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('.')) + 1);
  const ws = words(tail).map((w) => w.toLowerCase());
  const forAt = ws.lastIndexOf('for');
  if (forAt < 0) return false;
  for (let k = 0; k < forAt; k++) {
    if (STRONG_ENABLING_NOUNS.has(ws[k])) return true;
    if ((ws[k] === 'way' || ws[k] === 'door') && k >= 2 && /^(?:pave[sd]?|paving|clear(?:s|ed|ing)?|open(?:s|ed|ing)?)$/.test(ws[k - 2])) return true;
  }
  return false;
}
/** Nouns of enabling a meeting someone else holds: "the groundwork for", "the stage for" ("the way" only when paved). */
const STRONG_ENABLING_NOUNS = new Set(['groundwork', 'foundation', 'foundations', 'stage', 'ground']);

/** Nouns of a plan or its eve: "plans for a summit", "preparations for talks", "on the eve of the summit". */
// ("plans are underway for the first-ever meeting": the predicate of a plan noun governs the meeting in its stead.)
/** An amount of time before "for" and a meeting noun (at most two modifiers between): "more time for (trade talks)". */
const TIME_FOR_MEETING = /\b(?:more|extra|additional|enough|further|sufficient)\s+(?:time|days|weeks|months)\s+for\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
/** A causative "make" right before a meeting noun's phrase, with its determiner: "making a (Trump-Kim summit)". */
const MAKE_BEFORE = /\b(?:make|makes|making|made)\s+(?:a|an|the|this|that|their|his|her|its)\s+$/iu;
/** The causative's complement right after the meeting noun's phrase: "(summit) happen", "(meeting) a reality". */
const HAPPEN_AFTER = /^\s+(?:happen|work|possible|a\s+reality|a\s+success)\b/u;
const PLAN_NOUNS = new Set(['plan', 'plans', 'preparation', 'preparations', 'arrangements', 'eve', 'run-up', 'lead-up', 'runup', 'leadup', 'build-up', 'buildup', 'prelude', 'date', 'schedule', 'agenda', 'timetable', 'underway']);

/** The noun that governs a meeting noun over "of/for/about/in" and a determiner with two adjectives: "talk of a (summit)". */
function governingNoun(before: string): string | null {
  const ws = words(before);
  let k = ws.length - 1;
  for (let skipped = 0; k >= 0 && skipped < 3 && /^\p{Ll}/u.test(ws[k]) && !GOVERNING_PREPOSITIONS.has(ws[k]) && ws[k] !== 'to'; skipped++) k--;
  // "in the lead-up to Pyongyang's face-to-face meetings": a possessive name (up to three words) determines the noun
  // like "its"; the noun governing the phrase stands before it.
  // (Only under a noun of the time before: "paving the way for Kim's upcoming summit" names Kim as a side, and the
  // enabling frame below is for those who take no part.)
  if (k >= 0 && /['’]s?$/.test(ws[k]) && /^\p{Lu}/u.test(ws[k])) {
    let j = k - 1;
    for (let name = 0; j >= 0 && name < 2 && /^\p{Lu}/u.test(ws[j]); name++) j--;
    // ("on the agenda of Netanyahu's talks with Boehner": so does a noun of plan, whose meeting is ahead whoever holds it.)
    if (j >= 1 && ((ws[j] === 'to' && EVE_NOUNS.has(ws[j - 1].toLowerCase())) || (GOVERNING_PREPOSITIONS.has(ws[j]) && PLAN_NOUNS.has(ws[j - 1].toLowerCase())))) k = j;
  }
  if (k < 1) return null;
  // "the lead-up to", "the run-up to": nouns of the time before an event govern it over "to" (elsewhere "to" is mostly
  // an infinitive's, or a goal's: "a return to talks").
  if (ws[k] === 'to') return EVE_NOUNS.has(ws[k - 1].toLowerCase()) ? ws[k - 1].toLowerCase() : null;
  if (!GOVERNING_PREPOSITIONS.has(ws[k])) return null;
  return ws[k - 1].toLowerCase();
}
/** Nouns of talks taken up again, which take them over "of": "a resumption of negotiations", "the restart of talks". */
const RESUMPTION_NOUNS = new Set(['resumption', 'restart', 'revival', 'renewal', 'resuming', 'restarting', 'reopening']);
/** A preposition of time that puts a resumption in the past: "since the resumption of", "after the restart of". */
const SINCE_RESUMPTION_BEFORE = /\b(?:since|after|following)\s+(?:the|a|their|its)\s+(?:[\p{Ll}-]+\s+)?(?:resumption|restart|revival|renewal|resuming|restarting|reopening)\s+of\s+(?:[\p{L}’'-]+\s+){0,4}$/iu;
/** A step to come named right before a meeting noun's phrase (by a colon, a dash or a copula), or a step toward it:
 *  "the next step: (formal talks)", "the next stage would be (negotiations)", "a first step toward (talks)". */
const NEXT_STEP_BEFORE = /(?:\b(?:next|following|subsequent|eventual|ultimate|final)\s+(?:[\p{Ll}-]+\s+)?(?:step|phase|stage|goal|aim|objective|milestone)\s*(?:[:—–]\s*|,\s+|\s(?:is|will\s+be|would\s+be|could\s+be|should\s+be|being|toward|towards)\s+)|\bsteps?\s+(?:toward|towards)\s+)(?:(?:a|an|the|their|its|his|her|any)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
/** A noun of expectation, what it expects and "at" before a meeting noun's phrase: "the chances of positive outcomes at
 *  (the North's summits)", "hopes for a breakthrough at (the summit)". */
const OUTCOME_AT_BEFORE = /\b(?:chances?|prospects?|hopes?|odds|likelihood|possibility|expectations?)\s+(?:of|for)\s+(?:(?:a|an|the|any|some)\s+)?(?:[\p{Ll}-]+\s+){1,3}at\s+(?:(?:a|an|the|this|that|its|their|his|her)\s+)?(?:(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}.’'-]*['’]s?\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
/** A clause of purpose whose verb attends the meeting: "so he could attend (a Trump meeting)", "in order to join (talks)". */
const PURPOSE_ATTEND_BEFORE = /\b(?:so|so\s+that|in\s+order\s+to|in\s+order\s+that)\s+(?:(?:he|she|they|it|we|I|\p{Lu}[\p{L}.’'-]*)\s+(?:could|would|can|will|might)\s+)?(?:attend|join|take\s+part\s+in|participate\s+in|prepare\s+for|be\s+at|be\s+present\s+at)\s+(?:(?:a|an|the|this|that|its|their|his|her)\s+)?(?:[\p{L}.’'-]+\s+){0,2}$/u;
/** Nouns of a meeting's coming off, which take it over "of": "the success of the summit", "the holding of talks". */
const SUCCESS_NOUNS = new Set(['success', 'holding', 'convening']);
/** Words of wish or work before "for": "hopes for the success of", "work for the successful holding of". */
const WISH_BEFORE_FOR = new Set(['hope', 'hopes', 'hoped', 'hoping', 'wish', 'wishes', 'wished', 'pray', 'prays', 'prayed', 'work', 'works', 'worked', 'working', 'efforts', 'effort', 'cooperate', 'cooperation', 'preparations', 'ensure', 'push', 'pushing', 'call', 'calls', 'called']);
/** Whether a noun of success (and its determiner and one adjective) stands after "through"/"toward", or after "for"
 *  with a wish before it: the success is a means or an aim. */
function aimedSuccessBefore(before: string): boolean {
  const ws = words(before).map((w) => w.toLowerCase());
  let k = ws.length - 1;
  while (k >= 0 && !SUCCESS_NOUNS.has(ws[k])) k--;
  if (k < 2 || ws.length - k > 4 || ws[k + 1] !== 'of') return false;
  let j = k - 1;
  if (!/^(?:the|a|its|their|his|her)$/.test(ws[j])) j--;
  if (j < 1 || !/^(?:the|a|its|their|his|her)$/.test(ws[j])) return false;
  const preposition = ws[j - 1];
  return preposition === 'through' || preposition === 'toward' || preposition === 'towards' || (preposition === 'for' && WISH_BEFORE_FOR.has(ws[j - 2] ?? ''));
}

/** An indefinite or demonstrative pronoun right before a verb cue: "those (backing)", "anyone (meeting)". */
const UNNAMED_SUBJECT_BEFORE = /\b(?:those|others|anyone|anybody|everyone|everybody|someone|somebody|people)\s+(?:who\s+(?:are|were|is|was|had|have)\s+)?$/i;

/** "progress toward(s)" and up to three words before a meeting noun's phrase. */
const PROGRESS_TOWARD = /\bprogress\s+towards?\s+(?:[\p{L}’'-]+\s+){0,3}$/iu;
/** Nouns of the time before an event, which take it over "to": "the lead-up to the summit". */
const EVE_NOUNS = new Set(['lead-up', 'leadup', 'run-up', 'runup', 'build-up', 'buildup', 'prelude']);
const GOVERNING_PREPOSITIONS = new Set(['of', 'for', 'about', 'in', 'on', 'over', 'toward', 'towards']);

/** Adjectives that say a meeting never took place: "the cancelled summit", "the aborted talks". */
const CANCELLED_ADJECTIVE_BEFORE = /\b(?:cancell?ed|aborted|scrapped|called-off|postponed|shelved|scuttled|abandoned)\s+(?:[\p{Ll}-]+\s+)?$/iu;
/** A predicate that cancels its subject meeting: "was scrapped", "has been called off", "fell through"; also past a
 *  reduced relative of plan on the noun ("a meeting between X and Y planned for Saturday was abruptly canceled"). */
const CANCELLED_PREDICATE = /^[\s,]*(?:(?:planned|scheduled|set|slated|expected|arranged)\s+(?:for|on|in|at|this|next)\b(?:\s+[\w'’-]+){0,3}\s+)?(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|got|later\s+was)\s+(?:\p{Ll}+ly\s+)?(?:cancell?ed|called\s+off|scrapped|postponed|shelved|put\s+off|aborted|scuttled|abandoned|nixed)|fell\s+through|never\s+(?:happened|took\s+place|materiali[sz]ed))\b/iu;
/** A relative clause on the meeting noun that cancels it, past a short place or date: "… in Singapore on 12 June, which
 *  has now been cancelled by Mr Trump". */
const CANCELLED_RELATIVE = /^(?:\s+(?:in|at|on|for)\s+[\p{L}\d]+(?:\s+[\p{Lu}\d][\p{L}\d]*){0,2}){0,3}\s*,\s+(?:which|that)\s+(?:(?:has|have|had|was|were)\s+)?(?:now\s+|since\s+|later\s+|abruptly\s+|been\s+)*(?:cancell?ed|called\s+off|scrapped|shelved|aborted|scuttled|nixed)\b/u;
/** A predicate that moves its subject meeting to a later time: "pushed back to Friday", "postponed until March". */
const MOVED_PREDICATE = /^[\s,]*(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?(?:pushed\s+back|moved|rescheduled|postponed|delayed|put\s+off)\s+(?:to|until|till|by)\b/iu;
/** A predicate that puts its subject meeting ahead: "is just days away", "is coming up", "is slated for". */
const AHEAD_PREDICATE = /^[\s,]*(?:is|are)\s+(?:now\s+|still\s+)?(?:(?:just|only|barely)\s+)?(?:(?:(?:a|two|three|four|five|six|several|some|a\s+few|\d+)\s+)?(?:hours?|days?|weeks?|months?)\s+away|coming\s+up|looming|approaching|imminent|slated\s+for|on\s+track)\b/iu;

/**
 * The rest of the cue's clause: up to the next comma, semicolon, colon, dash or bracket, or a word opening another
 * clause ("… for their first meeting since Trump took office in January 2017": the year is the other clause's).
 */
function clauseAfter(body: string, from: number, end: number): string {
  const rest = body.slice(from, Math.min(end, from + 140));
  const stop = /[,;:—–()]|\b(?:but|and|or|since|after|before|when|while|because|until|that|which|who|whom|where|as|if|unless|though|although|once)\b/.exec(rest);
  return stop ? rest.slice(0, stop.index) : rest;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
/** A time already past whatever the publication date: "last week", "yesterday", "two years ago", "earlier this month". */
const PAST_TIME = /\b(?:last\s+(?:week|weekend|month|year|night|summer|spring|fall|autumn|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)|yesterday|earlier\s+this\s+(?:week|month|year)|(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:days?|weeks?|months?|years?|decades?)\s+ago|the\s+(?:previous|prior)\s+(?:day|week|month|year))\b/i;
/** A year the meeting is placed in: "in 2007", "in March 2016", "on May 3, 2016", "during late 2015". */
const YEAR_OF_MEETING = new RegExp(`\\b(?:(?:in|during|since|back\\s+in)\\s+(?:(?:early|late|mid)[\\s-]+)?(?:${MONTH}\\s+)?|${MONTH}\\s+\\d{1,2},\\s+)((?:19|20)\\d{2})\\b`, 'g');

/** Whether a meeting's own clause places it in the past: a past time word, or a year before the publication year. */
function pastTimeOn(clause: string, year: number | null): boolean {
  if (PAST_TIME.test(clause)) return true;
  if (year === null) return false;
  for (const m of clause.matchAll(YEAR_OF_MEETING)) if (Number(m[1]) < year) return true;
  return false;
}

/** "in April", "in April and May" after a meeting noun: a month with no year of its own. Linear: one alternation, no repetition. */
const MONTH_OF_MEETING = /\b(?:in|during|since)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "coordinated the North Korean president's two meetings with Pompeo in April and May" in an article of late May: a
 * month named after the noun that came before the article's month is a past time of the meeting, so the noun is not
 * bare (settleBareMeetings leaves it held). The article's own month and later ones say nothing.
 */
function pastMonthOn(clause: string, ref: Date | null): boolean {
  if (!ref || Number.isNaN(ref.getTime())) return false;
  const m = MONTH_OF_MEETING.exec(clause);
  return !!m && MONTHS.indexOf(m[1]) < ref.getUTCMonth();
}

/** A past year modifying the meeting noun itself: "a December 1987 summit", "their 2000 talks". */
function yearBeforeNoun(before: string, year: number | null): boolean {
  const m = /\b((?:19|20)\d{2})\s+(?:[\p{Ll}-]+\s+)?$/u.exec(before);
  return !!m && year !== null && Number(m[1]) < year;
}

/** A later clause saying the meeting took place: "… and did", "which went ahead". */
const CONFIRMED_LATER = /\b(?:and|which|as)\s+(?:\p{Ll}+\s+){0,2}?(?:did|happened|took\s+place|went\s+ahead)\b(?!\s+not\b)/u;

/** A reduced relative of plan right after a meeting noun's parties: "… scheduled for next week", "… set for Monday". */
const PLANNED_REDUCED_RELATIVE = /^[\s,]*(?:planned|scheduled|set|slated)\s+(?:for|on|this|next)\b/iu;
/** A cancellation after the cue: "…, but the talks were cancelled"; a refusal in the passive: "… - but these were refused". */
/** A party withdrawing from a meeting to come: "pulled out", "backed out", "withdrew from the talks", "skip the summit",
 *  "boycotted the meeting", "declined to attend" (read after "but" by abandonedLater). */
const WITHDRAWAL = /\b(?:pulled\s+out|backed\s+out|withdrew\s+from\s+(?:the\s+)?(?:meeting|summit|talks|visit|trip)|(?:skip|skips|skipped|skipping|boycott|boycotts|boycotted|boycotting|snub|snubs|snubbed|snubbing)\s+(?:the|this|that|his|her|their|its)\s+(?:[\p{Ll}-]+\s)?(?:meeting|summit|talks|visit|trip|session)|(?:declined|refused)\s+to\s+(?:attend|meet|go|come|travel))\b/iu;
/** Whether a clause after "but" (no full stop or semicolon between, 100 characters at most) withdraws a party. */
function abandonedLater(after: string): boolean {
  for (const but of after.matchAll(/\bbut\b/gi)) {
    const rest = after.slice(but.index, but.index + 100);
    const stop = rest.search(/[.;]/);
    if (WITHDRAWAL.test(stop >= 0 ? rest.slice(0, stop) : rest)) return true;
  }
  return false;
}
const CANCELLED_LATER = /\bbut\b[^.;]{0,80}?\b(?:cancell?ed|called\s+off|scrapped|postponed|fell\s+through|(?:was|were|(?:has|have|had)\s+been)\s+(?:refused|rejected|declined|rebuffed|turned\s+down))\b/i;
/** A meeting noun with a negated future: "the meeting would not take place". */
const NOUN_WILL_NOT_HAPPEN = /\b(?:meeting|talks|summit|visit)\s+(?:would|will)\s+not\s+(?:take\s+place|go\s+ahead|happen|be\s+held)\b/i;
/** A later clause negating the meeting noun's future, in the same sentence part after "but" (no full stop or semicolon
 *  between): "…, but Rajoub said that the meeting would not take place". Read per "but", so no pattern runs a lazy span. */
function cancelledNounLater(after: string): boolean {
  for (const but of after.matchAll(/\bbut\b/gi)) {
    const rest = after.slice(but.index, but.index + 140);
    const stop = rest.search(/[.;]/);
    if (NOUN_WILL_NOT_HAPPEN.test(stop >= 0 ? rest.slice(0, stop) : rest)) return true;
  }
  return false;
}

/** Openers of a clause of time, where a present tense means the future: "when they meet", "once he visits". */
const TIME_CLAUSE_OPENERS = new Set(['when', 'once', 'until', 'till', 'before', 'after', 'whenever', 'as soon as']);
/** A cue verb in the simple present. */
const PRESENT_CUE = /^(?:meet|meets|hold|holds|visit|visits|host|hosts|sit|sits|talk|talks|speak|speaks|confer|confers)\b/i;

/** Bodies whose own meeting is a gathering of members: "caucus meeting", "cabinet meeting", "board meeting". */
const BODY_MEETING_BEFORE = new Set(['caucus', 'cabinet', 'committee', 'subcommittee', 'council', 'board', 'staff', 'party', 'conference', 'team', 'group', 'faction', 'leadership', 'town-hall', 'members', 'membership', 'shareholder', 'shareholders', 'club', 'parliamentary']);

/** Prepositions before "host" that make it a noun ("sparred with host Chris Wallace"); "to host" stays a verb. */
const PREPOSITIONS_BEFORE_NOUN_HOST = new Set(['with', 'by', 'from', 'of', 'as', 'among', 'for', 'about', 'against']);
/** An event's head or a year right before "host(s)": "World Cup hosts France", "Euro 2016 hosts", "summit host Japan". */
const EVENT_HEAD_BEFORE_HOST = /(?:^|\s)(?:Cup|Games|Olympics|Olympic|[Ss]ummit|[Tt]ournament|Championships?|Finals|Expo|[Ff]estival|[Cc]onference|\d{4})\s+$/u;
/** A body named as an event (or a club of states hosted only as its summit): what a host stages, no guest. */
const HOSTED_EVENT_NAME = /(?:^|\s)(?:Summit|Conference|Games|Olympics|Cup|Championships?|Forum|Festival|Expo|Tournament)$|^(?:[Tt]he\s+)?(?:G-?\d{1,2}|APEC|BRICS)$/u;
/** After a party of the host's object, the head of a crowd ("American troops", "U.S. military and coalition personnel"). */
const HOSTED_CROWD_AFTER = /^\s+(?:[\p{Ll}-]+\s+){0,3}(?:troops|forces|soldiers|personnel|servicemen|service\s+members|refugees|migrants|asylum-seekers|workers|tourists|fans|students|pilgrims)\b/u;
/** A party phrase that is itself a crowd: "American troops". */
const HOSTED_CROWD_END = /\s(?:troops|forces|soldiers|personnel|servicemen|service\s+members|refugees|migrants|asylum-seekers|workers|tourists|fans|students|pilgrims)$/u;
/** A game or match in the clause of "host": a sports fixture. */
const FIXTURE_NOUN = /\b(?:game|games|match|matches|fixture|playoff|play-off|matchup|derby|doubleheader)\b/i;
/** Words before "host" that make it a noun: "talk show host", "radio host". */
const HOST_NOUN_BEFORE = new Set(['show', 'radio', 'talk', 'tv', 'television', 'podcast', 'program', 'programme', 'co', 'news', 'game', 'late-night']);

/** A determiner with up to two adjectives before a cue: "an earlier visit", "the first official visit", "his talks". */
// ("crossed the river to meet": "to" is no adjective, and the cue after it a verb.)
const DETERMINER_BEFORE = /\b(?:a|an|the|his|her|its|their|our|your|this|every|each|any|no)\s+(?:(?!(?:to|and|or|of|in|on|at|for|with|from|by)\s)\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;

/** Verbs that stop, block or withhold aid: "blocking humanitarian aid to", "cut off aid to", "halted arms to". */
const STOP_AID_VERBS = new Set(['block', 'blocks', 'blocked', 'blocking', 'blockade', 'blockaded', 'blockading', 'cut', 'cuts', 'cutting', 'halt', 'halts', 'halted', 'halting', 'suspend', 'suspends', 'suspended', 'suspending', 'suspension', 'withhold', 'withholds', 'withheld', 'withholding', 'stop', 'stops', 'stopped', 'stopping', 'freeze', 'freezes', 'freezing', 'froze', 'frozen', 'obstruct', 'obstructs', 'obstructed', 'obstructing', 'deny', 'denies', 'denied', 'denying', 'end', 'ends', 'ended', 'ending', 'curb', 'curbs', 'curbed', 'curbing', 'restrict', 'restricts', 'restricted', 'restricting', 'ban', 'bans', 'banned', 'banning', 'embargo', 'embargoed']);
/** Whether the words right before an aid noun are a stopping verb, then at most a particle, a determiner and two adjectives. */
function stoppedAidBefore(before: string): boolean {
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('.')) + 1);
  const ws = words(clause).slice(-4);
  for (let k = ws.length - 1; k >= 0; k--) {
    if (STOP_AID_VERBS.has(ws[k].toLowerCase())) return true;
    if (/^(?:and|or|but|to|then|sent|send|sending|gave|give|giving|provided|providing|resumed|resuming|restored|restoring)$/i.test(ws[k])) return false; // another verb's aid
    if (/^\p{Lu}/u.test(ws[k])) return false; // a name between: the verb governs something else
  }
  return false;
}

/** Whether the words before an aid noun hold a verb of surrender ("surrendered", "relinquish") or hand one's own arms
 *  over ("turn over its weapons", "hand in their arms"); "handed over weapons to Hezbollah" arms it. */
function surrenderedBefore(ws: string[]): boolean {
  return ws.some((w, k) => SURRENDER_VERBS.has(w) || (HANDING_VERBS.has(w) && /^(?:over|up|in)$/.test(ws[k + 1] ?? '') && /^(?:its|their|his|her)$/.test(ws[k + 2] ?? '')));
}
const SURRENDER_VERBS = new Set(['surrender', 'surrenders', 'surrendered', 'surrendering', 'relinquish', 'relinquishes', 'relinquished', 'relinquishing', 'return', 'returns', 'returned', 'returning', 'decommission', 'decommissioned']);
/** People who follow, watch, read or use a medium: its audience, not its members. */
const AUDIENCE_NOUNS = new Set(['follower', 'followers', 'subscriber', 'subscribers', 'viewer', 'viewers', 'reader', 'readers', 'readership', 'listener', 'listeners', 'user', 'users', 'fan', 'fans', 'audience', 'audiences', 'friends']);
/** Verbs of moving one's own things to a place ("moved weapons to Syria", "relocating missiles to"). */
const RELOCATE_VERBS = new Set(['move', 'moves', 'moved', 'moving', 'relocate', 'relocates', 'relocated', 'relocating', 'reposition', 'repositions', 'repositioned', 'repositioning']);
const HANDING_VERBS = new Set(['turn', 'turns', 'turned', 'turning', 'hand', 'hands', 'handed', 'handing', 'give', 'gives', 'gave', 'given', 'giving']);

/** A verb of viewing someone as doing something: "sees X as helping Y", "regarded X as backing Y". */
const VIEW_VERB = /\b(?:see|sees|saw|seen|seeing|view|views|viewed|viewing|regard|regards|regarded|regarding|consider|considers|considered|perceive|perceives|perceived|portray|portrays|portrayed|depict|depicts|depicted|describe|describes|described)\b/i;

/** A lower-case word in "-ed" or "-ing" right before a bare "back" ("driving back", "forced back"; the irregular
 *  "beaten back", "drove back" are in BACK_PARTICLE_HOSTS). Case-sensitive: "Beijing back Kim" is a subject and its verb. */
const PARTICLE_HOST_BEFORE = /(?:^|[^\p{L}])\p{Ll}+(?:ed|ing)\s+$/u;

/** Before a backing word that is a noun: "the support", "of military support", "his backing". */
const NOUN_CUE_BEFORE = /\b(?:the|a|an|of|its|their|his|her|our|your|military|financial|political|economic|diplomatic|material|popular|public|strong|full|international|western|foreign)\s+$/i;

/** A dashed participle after a name: the name is part of an adjective ("Iran-backed", "U.S.-led", "Moscow-based"). */
const DASHED_PARTICIPLE = /^[-–](?:backed|supported|funded|armed|allied|sponsored|led|based|born|made|owned|controlled|run|founded|created|established|financed|brokered|friendly|aligned|linked|connected|affiliated|tied|inspired|dominated|held)\b/;

/** Adjectives of possibility right before a meeting noun (over two more modifiers, a place name too): "potential talks", "a possible direct meeting", "a potential Camp David meeting". */
const POSSIBLE_ADJECTIVE_BEFORE = /\b(?:potential|possible|prospective|hypothetical|would-be|eventual|mooted|rumou?red|putative|contemplated|conceivable)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** Adjectives of the past right before a meeting noun (over one more adjective): "earlier meetings", "their previous talks". */
/** "any" before a meeting noun (over two modifiers) supposes a meeting and tells none: "any direct US negotiations with North Korea are far better than …". */
/** A verb or noun of asking and its "for" before a meeting noun, over a determiner and adjectives (a preposition ends the
 *  request's object: "pressed for details during a meeting with" keeps the meeting). */
const REQUEST_FOR_BEFORE = new RegExp(`\\b(?:${REQUEST_FOR_WORDS.join('|')})\\s+for\\s+(?:(?!(?:at|in|on|during|after|before|with|of|to|from|by|over|about|and|or|but)\\s)[\\p{Ll}’'-]+\\s+){0,3}$`, 'u');
const ANY_BEFORE = /\bany\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** A verb of suggesting or weighing whose object is the meeting noun (a determiner and up to two adjectives between):
 *  "suggested talks with", "has floated a meeting with", "is considering a summit with", "mulling a sit-down with" — an
 *  idea put forward or weighed, as "offered to meet" is, no meeting held nor set ("considered" is left out: "what was
 *  considered a breakthrough meeting" is a complement; so is "the": "suggested (that) the talks went well" reports). */
const SUGGESTED_NOUN_BEFORE = /\b(?:suggest(?:s|ed|ing)?|float(?:s|ed|ing)?|mull(?:s|ed|ing)?|weigh(?:s|ed|ing)?|consider(?:s|ing)?|contemplat(?:e|es|ed|ing)|explor(?:e|es|ed|ing)|broach(?:es|ed|ing)?|dangl(?:e|es|ed|ing))\s+(?:(?:a|an|another|further|more|new)\s+)?(?:(?!(?:that|the|this|these|those|his|her|their|its|whether|how|what|when|if)\s)[\p{Ll}-]+\s+){0,2}$/u;
const PAST_ADJECTIVE_BEFORE = /\b(?:earlier|previous|prior|past|recent|former)\s+(?:[\p{Ll}-]+\s+)?$/iu;
/** Adjectives of a plan right before a meeting noun: "future direct talks", "a proposed summit", "the tentative meeting". */
const PLANNED_ADJECTIVE_BEFORE = /\b(?:future|proposed|tentative|upcoming|forthcoming|planned|impending|coming)\s+(?:[\p{Ll}-]+\s+)?$/iu;

/** Nouns naming an agent that can be backed: a party the phrase describes ("an Iran-backed militia"). */
const AGENT_NOUNS = new Set(['militia', 'militias', 'force', 'forces', 'rebels', 'rebel', 'group', 'groups', 'government', 'governments', 'regime', 'regimes', 'coalition', 'fighters', 'party', 'parties', 'troops', 'army', 'armies', 'faction', 'factions', 'proxy', 'proxies', 'insurgents', 'separatists', 'movement', 'movements', 'organization', 'organisation', 'administration', 'president', 'leader', 'leaders', 'opposition', 'authorities', 'junta', 'guerrillas', 'militants', 'units', 'unit', 'battalion', 'battalions', 'brigade', 'brigades', 'mercenaries', 'paramilitaries', 'paramilitary', 'state', 'states', 'side', 'ally', 'allies', 'client', 'candidate', 'candidates', 'network', 'networks', 'cell', 'cells', 'outfit', 'outfits', 'alliance', 'administration', 'cabinet', 'premier', 'prime', 'minister', 'strongman', 'dictator', 'ruler', 'rulers', 'kurds', 'shiites', 'sunnis', 'tribes', 'clans', 'police', 'military', 'navy', 'fighters']);

/** Nouns of armed or political factions: no state, whatever country's name or demonym stands before them. */
const FACTION_NOUNS = new Set(['rebels', 'rebel', 'separatists', 'separatist', 'insurgents', 'insurgent', 'militias', 'militia', 'militants', 'militant', 'fighters', 'guerrillas', 'guerrilla', 'opposition', 'paramilitaries', 'paramilitary', 'mercenaries', 'factions', 'faction', 'tribes', 'clans', 'jihadists', 'jihadis', 'proxies', 'proxy']);

/** A noun of a faction right after a country, bare or in quotes: "Syria 'moderates'", "Syria rebels", "Libya “opposition”". */
const FACTION_AFTER_COUNTRY = /^\s*["“'‘]?(?:moderates|rebels|rebel|insurgents|militias|militants|fighters|guerrillas|opposition|separatists|jihadists)\b/u;
/** Whether the first agent noun within four words after "X-backed" is a faction's ("Russia-backed rebels", "Iran-backed
 *  Iraqi Shiite militias"), not a state's ("Russian-backed Syrian government forces"). */
function backedHeadIsFaction(after: string): boolean {
  for (const w of words(after).slice(0, 4).map((x) => x.toLowerCase())) {
    if (FACTION_NOUNS.has(w)) return true;
    if (AGENT_NOUNS.has(w) || FUNCTION_AFTER_HEAD.has(w)) return false;
  }
  return false;
}

/** Whether the noun phrase after "X-backed" (up to four lower-case words) names an agent; a name right after counts too. */
/** The word before a passive "backed by" is a common noun naming no agent ("deal", "plan", "resolution"). */
function backsAThing(before: string): boolean {
  const text = before.trimEnd();
  const word = text.slice(text.lastIndexOf(' ') + 1);
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word)) return false; // a name, a comma, a number: judged elsewhere
  return !AGENT_NOUNS.has(word) && !FACTION_NOUNS.has(word) && !NOT_A_NOUN_BEFORE_PARTICIPLE.has(word) && !word.endsWith('ly');
}
/** Whether the words between a subject and a passive "backed by" end in an agent noun ("groups", "militias") that the
 *  subject does not modify: more than a noun compound's words ("Syrian government forces"), no possessive ("Syria's
 *  forces"), no "and other" list that names the subject among them, no punctuation. */
function unnamedAgentHead(gap: string): boolean {
  if (/[,;:()—–-]\s*$/.test(gap) || /^['’]s?\s/.test(gap) || /^\s+(?:and|or)\s+other\s/.test(gap)) return false;
  const ws = words(gap);
  const head = ws[ws.length - 1];
  if (!head || !/^\p{Ll}+$/u.test(head) || !(AGENT_NOUNS.has(head) || FACTION_NOUNS.has(head))) return false;
  // (Nouns modifying the head, "Syrian government forces", "regime troops", are the subject's compound.)
  return ws.slice(0, -1).some((w) => !/^\p{Ll}/u.test(w) || !(AGENT_NOUNS.has(w) || FACTION_NOUNS.has(w) || NOUN_MODIFIERS_OF_FORCES.has(w)));
}
/** Lower-case words that modify an armed or political body's noun in a compound: "government forces", "security troops". */
const NOUN_MODIFIERS_OF_FORCES = new Set(['government', 'regime', 'security', 'army', 'military', 'state', 'ground', 'special', 'allied', 'proxy', 'opposition', 'rebel', 'elite', 'armed', 'paramilitary', 'local', 'national', 'pro-government']);
/** Verbs, auxiliaries and particles that stand before a passive participle ("is backed", "been funded", "also armed"). */
const NOT_A_NOUN_BEFORE_PARTICIPLE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'also', 'not', 'still', 'long', 'now', 'once', 'both', 'all', 'each', 'and', 'or', 'but', 'who', 'which', 'that', 'get', 'gets', 'got', 'become', 'became', 'becomes', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'increasingly', 'itself', 'themselves', 'allegedly', 'reportedly', 'openly', 'secretly', 'quietly', 'heavily', 'largely', 'partly', 'tacitly', 'covertly', 'directly', 'indirectly', 'financially', 'militarily', 'politically', 'diplomatically', 'strongly', 'firmly', 'previously', 'formerly', 'originally', 'initially', 'later', 'then', 'even', 'further', 'first', 'already']);

function backedHeadIsAgent(after: string): boolean {
  const ws = /^\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)/u.exec(after)?.[1].split(/\s+/) ?? [];
  if (!ws.length) return true; // a name or punctuation follows: the phrase is judged elsewhere
  for (const w of ws) {
    if (FUNCTION_AFTER_HEAD.has(w)) return false;
    // "a Pentagon-supported research group", "a Kremlin-funded study": paying for work is no alliance.
    if (FUNDED_WORK_NOUNS.has(w)) return false;
    if (AGENT_NOUNS.has(w)) return true;
  }
  return false;
}

/** Work a backer pays for, heading or modifying the noun after "-funded"/"-supported": research, study, school, outlet. */
const FUNDED_WORK_NOUNS = new Set(['research', 'study', 'studies', 'survey', 'surveys', 'poll', 'polls', 'report', 'reports', 'institute', 'university', 'universities', 'college', 'school', 'schools', 'program', 'programs', 'programme', 'programmes', 'project', 'projects', 'lab', 'laboratory', 'think-tank', 'academic', 'scholarship', 'fellowship', 'museum', 'hospital', 'clinic', 'charity']);

/** The name of an alliance of states, as written: "NATO", "the North Atlantic Treaty Organization", "the Warsaw Pact". */
const ALLIANCE_BODY = /^(?:the\s+)?(?:NATO|OTAN|North\s+Atlantic\s+Treaty\s+Organi[sz]ation|Warsaw\s+Pact|ANZUS|SEATO|CSTO|Collective\s+Security\s+Treaty\s+Organi[sz]ation)$/;

/** Words of firms and private business: a client or partner in such a sentence is a business tie. */
/** After an alignment's other side: a topic ("on trade", "over Syria"), not "on behalf of". */
const TOPIC_AFTER = /^\s+(?:on|over)\s+(?!behalf\b)/;
/** A comparison in the rest of the clause: "… than his predecessor", "than they would be with …". */
const THAN_AFTER = /^[^,;:.!?]{0,80}\bthan\b/;
/** After the side taken: "over his own intelligence agencies' conclusion", "over the findings of" — whose word is believed. */
const OVER_CLAIM_AFTER = /^\s+over\s+(?:[\p{L}’'-]+\s+){0,4}?(?:conclusions?|assessments?|findings|accounts?|versions?|claims?|denials?|views?|words?|judgm?ents?|analysis|evidence|reports?|objections?|arguments?|advice|intelligence)\b/u;
/** A judge or a court: its siding with a party is a finding. */
const JUDGE_WORD = /\b(?:[Jj]udges?|[Jj]ustices?|[Cc]ourts?|[Mm]agistrates?)\b/;

/** An alignment or a side taken that is a likeness of views, no alliance (ally.likeness-of-views). */
function likenessOfViews(body: string, s: Sentence, cueWord: string, left: readonly Party[], right: readonly Party[]): boolean {
  const after = body.slice(right[right.length - 1].end, Math.min(s.end, right[right.length - 1].end + 160));
  if (/^aligned\b/.test(cueWord)) return TOPIC_AFTER.test(after) || (THAN_AFTER.test(after) && ![...left, ...right].some((p) => p.type === 'Country'));
  if (!/^sid(?:ed|es|ing)\s+with$/.test(cueWord)) return false;
  return OVER_CLAIM_AFTER.test(after) || left.some((p) => !p.pronoun && JUDGE_WORD.test(body.slice(Math.max(s.start, p.start - 12), p.end)));
}
const BUSINESS_FRAME = /\b(?:compan(?:y|ies)|firms?|executives?|chairman|chief\s+executive|CEO|investors?|investments?|business(?:es|man|men)?|corporate|commercial|shareholders?|lawyers?|attorneys?|legal|law\s+firm|lobbying|lobbyists?|consult(?:ing|ants?|ancy)|clients?\s+list|bank(?:s|ing|er|ers)?|ventures?|equity)\b/;
/** A party named by its members in the plural ("Democrats", "Republicans", "Tories"): a vote of members, not the party. */
const PARTY_MEMBERS = /^(?:the\s+)?(?:Democrats|Republicans|Tories|Conservatives|Liberals|Socialists|Greens|Dems|GOPers|Labourites|Lib\s+Dems)$/;
/** Words of elections, votes, campaigns, donors and fans: support there is an endorsement or patronage, no alliance. */
const ELECTORAL_FRAME = /\b(?:votes?|voted|voting|voters?|elections?|electoral|primar(?:y|ies)|campaign(?:s|ed|ing)?|candidacy|candidates?|hopefuls?|contenders?|nomination|nominee|ballots?|caucus(?:es)?|polls?|polling|re-?election|endorse(?:d|s|ment|ments)?|donat(?:ed|es|ion|ions|or|ors)|donors?|megadonors?|billionaires?|magnates?|tycoons?|financiers?|fandom|fans?|leadership\s+(?:contest|race|bid))\b/i;

/** A predicate that puts its subject meeting in the future: "would take place", "will be held", "is to begin". */
// ("talks … are likely to start soon": a likely start, not a likely state of talks under way — "are likely to be at their
// most delicate stage".)
const FUTURE_PREDICATE = /^[\s,]*(?:(?:will|would|(?:is|are|was|were)\s+(?:to|expected|scheduled|set|due|planned|slated))\s+(?:take\s+place|be\s+held|happen|begin|start|come|occur|go\s+ahead|resume|be(?!\s+(?:remembered|recalled|judged|regarded|seen\s+as|viewed\s+as)\b))|(?:is|are)\s+likely\s+to\s+(?:take\s+place|be\s+held|happen|begin|start|occur|go\s+ahead|resume))\b/i;

/** The rules whose cue is a meeting noun that may be a clause's subject ("Trump’s meeting with Putin will …"). */
const MEETING_NOUN_RULES = new Set(['meet.noun-with', 'meet.noun-between', 'meet.compound', 'meet.their-noun']);
/** A future verb right after a meeting noun's phrase, past a short place, time or topic ("in Helsinki on Monday will test",
 *  "on their new relationship are due to start"); not a retrospect ("will be remembered", "will go down in history"). */
/** A condition on a meeting noun's own taking place right after its phrase: ", if it happens,", "if it goes ahead". */
const IF_IT_HAPPENS = /^\s*,?\s*if\s+(?:it|they|one|that)\s+(?:ever\s+|does\s+|do\s+|still\s+)?(?:happens?|takes?\s+place|goes?\s+ahead|occurs?|materiali[sz]es?|comes?\s+off|is\s+held|are\s+held|proceeds?)\b/;
const NOUN_FUTURE_PREDICATE = /^(?:\s+(?:in|at|on|over|about|this|next)\s+(?:\p{Ll}+\s+){0,2}[\p{L}\d]+(?:\s+[\p{Lu}\d][\p{L}\d]*){0,2}){0,2}\s+(?:will|shall|(?:is|are)\s+(?:going|expected|set|due|scheduled|slated)\s+to)\s+(?:\p{Ll}+ly\s+)?(?!be\s+(?:remembered|recalled|judged|regarded|seen\s+as|viewed\s+as)\b|go\s+down\b|long\s+be\b)\p{Ll}/u;

/** A meeting noun's predicate saying it is yet to begin: "have not yet begun", "have yet to begin", "are yet to take place". */
const NOT_YET_BEGUN = /^[\s,]*(?:(?:has|have|had)\s+(?:not\s+yet|yet\s+to)|(?:is|are|was|were)\s+(?:not\s+)?yet\s+to|(?:hasn|haven|hadn)['’]t\s+yet)\s+(?:begin|begun|start|started|take\s+place|taken\s+place|be\s+held|been\s+held|resume|resumed|happen|happened|open|opened)\b/iu;
/** A meeting noun's predicate saying it did not take place: "have not taken place since 2015", "never happened". */
/** A meeting noun's predicate that denies a plan, after places and times: "(at the UN General Assembly in New York next
 *  week) was not on the agenda", "is not planned", "wasn't scheduled". */
const NOT_PLANNED_PREDICATE = /^(?:\s+(?:in|at|on|this|next)\s+(?:the\s+)?[\p{L}\d]+(?:\s+[\p{Lu}\d][\p{L}\d]*){0,4}){0,3}[\s,]*(?:(?:is|was|are|were)\s+(?:not|never)|(?:isn|wasn|aren|weren)['’]t)\s+(?:yet\s+)?(?:on\s+the\s+(?:agenda|table|cards|schedule)|planned|scheduled|in\s+the\s+works)\b/u;

/** A negated future right after a meeting noun's phrase, past a short place or time: "will not take place", "won't be
 *  held", "is no longer going to happen"; `moved` when it goes on "as planned" / "on schedule" (a delay, no cancellation). */
const NEGATED_FUTURE_PREDICATE = /^(?:\s+(?:in|at|on|this|next)\s+[\p{L}\d]+(?:\s+[\p{Lu}\d][\p{L}\d]*){0,2}){0,2}[\s,]*(?:(?:will|would|shall)\s+(?:not|no\s+longer|never)|won['’]t|wouldn['’]t|(?:is|are|was|were)\s+(?:not|no\s+longer)\s+going\s+to|(?:isn|aren|wasn|weren)['’]t\s+going\s+to)\s+(?:now\s+)?(?:take\s+place|be\s+held|happen|go\s+ahead|proceed|occur|go\s+forward)\b(?<moved>\s+(?:as\s+(?:planned|scheduled|expected)|on\s+(?:schedule|time)))?/iu;
const NEVER_BEGUN = /^[\s,]*(?:(?:has|have|had|did)\s+(?:not|never)|(?:hasn|haven|hadn|didn)['’]t|never)\s+(?:begun|begin|started|start|taken\s+place|take\s+place|been\s+held|resumed|resume|happened|happen|materiali[sz]ed|materiali[sz]e)\b/iu;
/** The rules whose cue is an alliance noun ("pact", "partnership", "alliance") that may be a clause's subject. */
const ALLIANCE_NOUN_RULES = new Set(['ally.alliance-with', 'ally.alliance-between', 'ally.compound']);
/** An alliance noun's relative or predicate saying it is not made: "that would …", "would give", "is not yet reached",
 *  "has not been signed", "has yet to be ratified", "is still being negotiated". */
const UNMADE_PREDICATE = /^[\s,]*(?:(?:that|which)\s+(?:\p{Ll}+ly\s+)?(?:would|could|might|may)\b|(?:would|could|might|may)\s+(?!have\b)\p{Ll}|(?:is|are|was|were|has|have|had)\s+(?:not|yet|still)\s+(?:yet\s+|been\s+|to\s+be\s+)*(?:reached|signed|agreed|finali[sz]ed|concluded|sealed|ratified|formali[sz]ed|struck|made|in\s+place)\b|(?:is|are|was|were|has|have)\s+yet\s+to\b|(?:is|are|was|were)\s+(?:still\s+)?(?:being\s+negotiated|under\s+negotiation|under\s+discussion|in\s+the\s+works)\b)/u;

/** A predicate that makes its subject meeting a possibility: "was too complicated", "would be", "is unlikely". */
const MODAL_PREDICATE = /^[\s,]*(?:(?:also|still|now|once|long|\p{Ll}+ly)\s+)?(?:would|could|might|may|should|was\s+too|is\s+too|(?:is|was|seems|seemed|remains|remained)\s+(?:not|unlikely|possible|impossible|doubtful|uncertain|premature)|isn['’]t|wasn['’]t)\b/iu;

/** A predicate of improbability on a meeting noun, in any number and after a verb of seeming, past a place adjunct of the
 *  noun: "talks between Israel and Hamas in Cairo also seems unlikely", "now looks unlikely", "are unlikely to resume",
 *  "is in doubt". The meeting is a possibility, no plan. */
const IMPROBABLE_PREDICATE = /^\s*(?:(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*)?\s+)?(?:(?:also|still|now|increasingly|highly|very|most|more)\s+)?(?:is|are|was|were|seems?|seemed|looks?|looked|appears?|appeared|remains?|remained)\s+(?:(?:now|still|also|increasingly|highly|very|most|more)\s+)?(?:unlikely|improbable|doubtful|impossible|in\s+doubt|in\s+question)\b/u;

/** A cue of money given: "funded", "financing", "bankrolls", "funding for". */
const MONEY_CUE = /^(?:fund|financ|bankroll|bank-roll)/i;

/** A capitalised word (a name's) right before: "Trans-Pacific (Partnership)". */
const NAME_WORD_END = /(?:^|\s)\p{Lu}[\p{L}-]*\s+$/u;

/** A condition right after a meeting noun's parties: ", if they were to go ahead", ", unless …", ", should it happen". */
const CONDITION_AFTER = /^\s*,\s*(?:if|unless|should\s+(?:it|they)|were\s+(?:it|they)\s+to)\b/i;

/** The words before a meeting noun end in a preposition of time or purpose ("before", "during", "at", "for", "into",
 *  "in") and its determiner, adjectives or possessive name, and the clause before that has a future verb or a journey
 *  under way: "(Trump) will spend four days in the UK before his (summit)", "the Arctic will be on the agenda during his
 *  (meetings)", "Putin is heading into his long-awaited (meeting)" ("ahead of" is a plan word already). Word-based: no
 *  pattern over the clause. */
/** Prepositions of an adjunct that a meeting noun's phrase may head ("during a private meeting", "in trade talks"). */
const MODAL_ADJUNCT_PREPOSITIONS = new Set(['during', 'at', 'in', 'before', 'after', 'into', 'from']);
const POSSIBILITY_MODALS = new Set(['might', 'may', 'would', 'could', 'can']);
/** Words that open another clause or close the modal's verb phrase between the modal and the adjunct. */
const MODAL_SCOPE_BREAKERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'what', 'where', 'when', 'while', 'because', 'since', 'as', 'but', 'if', 'than', 'said', 'says', 'told', 'is', 'are', 'was', 'were', 'has', 'had', 'did', 'does', 'he', 'she', 'they', 'we', 'i', 'it', 'you', 'there']);

/**
 * Whether the adjunct that ends `text` (a preposition, a determiner, three adjectives at most, up to a meeting noun's
 * phrase) hangs on a verb phrase under "might", "may", "would", "could" or "can" in the same clause: the verbs between
 * may be coordinated with commas ("might agree to, give away, or improperly disclose during"), but no other clause may
 * open between them, and a modal perfect ("might have agreed to during") tells of the past.
 */
function modalOverAdjunct(text: string): boolean {
  const tokens = [...text.matchAll(/[\p{L}’'-]+|[;:“”"—–()?!]/gu)].map((m) => m[0]);
  let k = tokens.length - 1;
  for (let n = 0; k >= 0 && n < 5 && !MODAL_ADJUNCT_PREPOSITIONS.has(tokens[k]); k--, n++) if (!/^\p{Ll}/u.test(tokens[k]) && !/^\p{Lu}.*['’]s?$/u.test(tokens[k])) return false;
  if (k < 0 || !MODAL_ADJUNCT_PREPOSITIONS.has(tokens[k])) return false;
  for (let j = k - 1, n = 0; j >= 0 && n < 10; j--, n++) {
    const w = tokens[j];
    if (POSSIBILITY_MODALS.has(w)) return tokens[j + 1] !== 'have' && tokens[j + 1] !== 'not' && !/n['’]t$/.test(tokens[j + 1] ?? '');
    if (!/^\p{L}/u.test(w) || MODAL_SCOPE_BREAKERS.has(w.toLowerCase())) return false;
  }
  return false;
}

function futureClauseBefore(text: string): boolean {
  const raw = words(text).slice(-5);
  let k = raw.length - 1;
  while (k >= 0 && !AHEAD_PREPOSITIONS.has(raw[k])) k--;
  if (k < 0 || !raw.slice(k + 1).every((w) => /^\p{Ll}/u.test(w) || /^\p{Lu}.*['’]s?$/u.test(w) || /^(?:Mr|Mrs|Ms|Dr)\.?$/.test(w) || WEEKDAY_NAMES.includes(w))) return false;
  const clauseStart = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf(':'));
  // "Heading into his summit in Finland Monday with Putin", "as he heads into a Monday meeting with", "Kerry heads to
  // Geneva on Thursday for talks with": a journey toward the meeting in the present, no copula needed ("headed" is past).
  // ("was livid heading into his meeting with Trump": a participle takes the time of its clause's past verb.)
  const journey = JOURNEY_PRESENT.exec(text.slice(clauseStart + 1));
  if (journey && !(/ing$/i.test(journey[1]) && /\b(?:was|were|had)\b/i.test(text))) return true;
  const clause = words(text.slice(clauseStart + 1)).map((w) => w.toLowerCase());
  // (An adverb may stand after the copula: "is also expected to".)
  const next = (i: number) => (/^(?:also|still|now|then|\p{Ll}+ly)$/u.test(clause[i + 1] ?? '') ? i + 2 : i + 1);
  return clause.some((w, i) => FUTURE_AUXILIARIES.has(w) || ((w === 'is' || w === 'are' || w === 'am') && (JOURNEY_UNDER_WAY.has(clause[next(i)] ?? '') || (['going', 'due', 'set', 'expected', 'scheduled'].includes(clause[next(i)] ?? '') && clause[next(i) + 1] === 'to'))));
}
/** "before", "prior to" or "in advance of" and a determiner, two adjectives or a possessive name at most, ending the words before a meeting noun. */
const BEFORE_NOUN = /\b(?:before|prior\s+to|in\s+advance\s+of)\s+(?:(?:a|an|the|his|her|their|its|our|this|that)\s+)?(?:(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s?\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
/** Auxiliaries of now, and auxiliaries and irregular verbs of the past, in the clause before "before". */
const NOW_AUXILIARIES = new Set(['is', 'are', 'am', 'has', 'have']);
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did', 'said', 'told', 'spoke', 'came', 'went', 'made', 'took', 'gave', 'met', 'held', 'sat', 'flew', 'left']);
/** A meeting noun after "before"/"prior to"/"in advance of" whose clause is in the present or present perfect: "(Trump) is in Hanoi before
 *  his (meeting)", "has arrived in Hanoi before the (summit)", "arrives in Hanoi prior to his (summit)". A past clause
 *  ("told reporters before a meeting with", a simple past in -ed) says nothing of now. Word-based. */
function nowClauseBefore(text: string): boolean {
  const m = BEFORE_NOUN.exec(text);
  if (!m) return false;
  const head = text.slice(0, m.index);
  const clauseStart = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'), head.lastIndexOf('—'));
  const clause = words(head.slice(clauseStart + 1)).map((w) => w.toLowerCase());
  if (clause.some((w, i) => PAST_AUXILIARIES.has(w) || (/ed$/.test(w) && !NOW_AUXILIARIES.has(clause[i - 1] ?? '') && !['be', 'been', 'being'].includes(clause[i - 1] ?? '')))) return false;
  return clause.some((w) => NOW_AUXILIARIES.has(w)) || JOURNEY_PRESENT.test(head.slice(clauseStart + 1));
}
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** A preposition of what comes after ("for" also gives a cause: "criticism for his meeting on Tuesday"), a determiner,
 *  an adjective and the noun's own day at most ("before a Monday meeting"), up to a meeting noun's phrase. */
const AIM_BEFORE_NOUN = new RegExp(`\\b(?:before|ahead\\s+of|in\\s+advance\\s+of)\\s+(?:(?:a|an|the|his|her|their|its)\\s+)?(?:[\\p{Ll}-]+\\s+)?(?:${WEEKDAY}\\s+)?(?:[\\p{Ll}-]+\\s+)?$`, 'u');
/** "summit Monday", "meeting on Tuesday", "summit in Helsinki on Monday": the day right after the noun. */
const WEEKDAY_AFTER_NOUN = new RegExp(`^\\s+(?:(?:in|at)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){1,3})?(?:on\\s+)?${WEEKDAY}\\b`, 'u');
/** A timetable's present on the meeting noun with a day: "(the summit) that starts Friday", "(talks) begin on Monday". */
const TIMETABLE_PRESENT = new RegExp(`^[\\s,]*(?:(?:that|which)\\s+)?(?:starts|start|begins|begin|opens|open|kicks\\s+off|kick\\s+off|takes\\s+place|take\\s+place|gets\\s+under\\s*way|get\\s+under\\s*way)\\s+(?:on\\s+)?${WEEKDAY}\\b`, 'u');
/** "is looking forward to (his meeting)", "looks forward to": a meeting still ahead. */
/** A negated "look forward to" right before a meeting noun's phrase: "is not looking forward to (a meeting)". */
const NOT_LOOKING_FORWARD = /\b(?:not|never|n['’]t)\s+(?:be\s+)?look(?:s|ed|ing)?\s+forward\s+to\s+(?:[\p{L}’'.-]+\s+){0,4}$/u;
const LOOK_FORWARD_BEFORE = /\blook(?:s|ed|ing)?\s+forward\s+to\s+(?:[\p{L}’'.-]+\s+){0,4}$/u;
/** "keep (the summit) on track", "get talks back on track". */
const KEEP_BEFORE = /\b(?:keep|keeps|keeping|get|gets|getting|put|puts|putting)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}-]+\s+){0,3}$/u;
const ON_TRACK_AFTER = /^\s+(?:back\s+)?on\s+track\b/u;

/** Prepositions that put a meeting noun in the time or aim of their clause. */
const AHEAD_PREPOSITIONS = new Set(['before', 'during', 'at', 'for', 'into', 'in']);
/** A journey in the present or its participle, with its direction: "heading into", "heads to", "arrive for", "prepares for". */
const JOURNEY_PRESENT = /(?<!\b(?:was|were|had|been)\s)\b(heads|heading|arrives|arriving|arrive|prepares|preparing|travels|traveling|travelling|flies|flying|jets|jetting)\s+(?:into|to|for|toward|towards|in|at)\b/iu;
/** Present participles of a journey toward something ("is heading into", "are flying to … for"). */
const JOURNEY_UNDER_WAY = new Set(['heading', 'headed', 'travelling', 'traveling', 'flying', 'rushing', 'jetting']);
const FUTURE_AUXILIARIES = new Set(['will', 'shall', '’ll', "'ll"]);

/** A modal perfect: "would have been", "may have yielded" tell of a meeting that was held. */
const MODAL_PERFECT = /^[\s,]*(?:\p{Ll}+\s+)?(?:would|could|might|may|should)\s+have\b/u;
/** Before a label's noun phrase: the opening of the sentence or of a kicker ("The demands:"), and a determiner. */
const LABEL_LEAD = /^(?:[^:.;]*:\s*)?["“]?(?:(?:the|The|A|a|An|an)\s+)?$/;

/** "and" (an adverb after it at most) right before a verb: the verb heads a predicate coordinated with an earlier one. */
const AND_BEFORE_VERB = /\band\s+(?:(?:then|also|later|\p{Ll}+ly)\s+)?$/u;

/** "without" right before a cue, with an adverb ("without first consulting") or an article ("without a meeting"). */
const WITHOUT_BEFORE = /\bwithout\s+(?:(?:first|even|ever|really|properly|\p{Ll}+ly)\s+)?(?:(?:a|an|any|the)\s+)?$/iu;

/** "had no", "held no" (and "has had no") right before a meeting noun, two adjectives between at most: none took place. */
// ("there had been no pre-election talks between …": an existential with "no" denies the meeting the same way.)
// ("there had been no progress in talks" denies the progress: a preposition before the noun ends the adjectives.)
const HELD_NONE_BEFORE_NOUN = /\b(?:had|held|there\s+(?:(?:has|have|had)\s+been|were|was|are|is))\s+no\s+(?:(?!(?:in|of|on|at|for|with|about|from|to|over)\s)[\p{Ll}-]+\s+){0,2}$/iu;

/** A sentence (after an opening quotation mark, or a label such as "Rand Paul:") that opens on an auxiliary: a yes/no question. */
/** A verb of perception or portrayal before the subject: "(Kurds) see (Turkey as …)", "view", "regard", "portray". */
const PERCEIVING_VERBS = new Set(['see', 'sees', 'saw', 'view', 'views', 'viewed', 'regard', 'regards', 'regarded', 'perceive', 'perceives', 'perceived', 'portray', 'portrays', 'portrayed', 'depict', 'depicts', 'depicted', 'paint', 'paints', 'painted']);
/** "as" between the subject and the cue, an adverb allowed: "(Turkey) as tacitly (supporting)". */
const AS_GAP = /^\s+as\s+(?:\p{Ll}+ly\s+)?$/u;
/** The passive of perception between the subject and the cue: "(Turkey) is widely seen as (supporting)" — auxiliaries,
 *  an adverb, the participle, "as", an adverb. */
function perceivedAsGap(gap: string): boolean {
  const ws = words(gap).map((w) => w.toLowerCase());
  let k = 0;
  while (k < ws.length && PASSIVE_AUXILIARIES.has(ws[k])) k++;
  if (ws[k]?.endsWith('ly')) k++;
  if (!PERCEIVED_PARTICIPLES.has(ws[k] ?? '') || ws[k + 1] !== 'as') return false;
  k += 2;
  if (ws[k]?.endsWith('ly')) k++;
  return k === ws.length && /^[\s\p{L}-]*$/u.test(gap);
}
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'being']);
const PERCEIVED_PARTICIPLES = new Set(['seen', 'viewed', 'regarded', 'perceived', 'portrayed', 'depicted', 'painted']);

/**
 * Whether the clause of a cue is under a condition: a conditional clause fronted before its subject ("If Iran attacks,",
 * "… that if it gives up its weapons, then"), or one following its parties in the same clause ("… if Russia invades"),
 * not past a clause of its own (", and if the war goes on …", "…, officials said, if …"). "Even if", "as if", "what if",
 * "if not", "if any" set no condition on the backing.
 */
function conditioned(body: string, s: Sentence, subjectAt: number, partiesEnd: number): boolean {
  // (…or the cue's own clause is the condition: "… if Iran arms the Houthis".)
  const lead = body.slice(s.start, Math.max(s.start, subjectAt));
  if (FRONTED_CONDITION.test(lead.slice(Math.max(lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1)) || SUBJECT_OF_CONDITION.test(body.slice(Math.max(s.start, subjectAt - 30), Math.max(s.start, subjectAt)))) return true;
  const after = body.slice(partiesEnd, s.end);
  const clauseEnd = CLAUSE_AFTER_END.exec(after)?.index ?? after.length;
  return CONDITIONAL_CLAUSE_AFTER.test(after.slice(0, clauseEnd));
}
const CONDITION_WORD = '(?:(?<!\\b(?:even|as|what|only)\\s)(?:[Ii]f|[Uu]nless)(?!\\s+(?:not|any|ever|only|anything|anyone|so|at\\s+all|\\p{Ll}+ly)\\b)|[Pp]rovided\\s+that|[Oo]n\\s+(?:the\\s+)?condition\\s+that)\\b';
/** A conditional clause opening the sentence (after its last semicolon or colon) or a "that" clause, the cue's subject
 *  still to come after it. */
const FRONTED_CONDITION = new RegExp(`(?:^\\s*["“]?|\\bthat\\s+)${CONDITION_WORD}`, 'u');
/** A conditional word right before the subject: the cue's clause is the condition. */
const SUBJECT_OF_CONDITION = new RegExp(`\\s${CONDITION_WORD}\\s+(?:the\\s+)?$`, 'u');
/** A conditional clause after the parties, in their clause. */
const CONDITIONAL_CLAUSE_AFTER = new RegExp(`^[^;:“”"]*?\\s${CONDITION_WORD}`, 'u');
/** Where the clause after the parties ends: a semicolon, a dash, a new coordinated clause or a reporting frame. */
// ("supports Article 5, the requirement that each member defend each other if …": a that-clause is a clause of its own;
// "aid to Israel but if you compare …": so is one after "but".)
const CLAUSE_AFTER_END = /[;:—–]|,\s+(?:and|but|while|though|although|whereas|which|who)\b|\b(?:but|that|which|who|whom|whereas)\s|(?:,|(?<![\s,]))\s+(?:said|says|according\s+to|officials?\s+said)\b/;
const YES_NO_QUESTION = /^(?:[^\s:.!?][^:.!?]{0,39}:\s)?["“]?(?:Is|Are|Was|Were|Will|Would|Does|Do|Did|Has|Have|Had|Can|Could|Should|Shall|Might|May|Must|Isn['’]t|Aren['’]t|Won['’]t|Doesn['’]t|Didn['’]t)\s/u;
/** A name or description apposed to the party before it, with both its commas: ", Xi Jinping,", ", the Chinese president," (the predicate follows). */
const APPOSED_NAME_AFTER = /^,\s+(?:\p{Lu}|(?:the|a|an|his|her|its|their)\s)[^,;:()“”"]{0,40},/u;
/** Right after the subject: a future auxiliary or a plan over a verb of journey ("will travel", "is due to fly", "is
 *  expected to head"), whose infinitive of purpose follows further on. */
const FUTURE_JOURNEY = /^\s+(?:(?:also|then|first|later|now)\s+)?(?:will|shall|['’]ll|(?:is|are)\s+(?:(?:also|now|then)\s+)?(?:(?:going|due|set|expected|scheduled|slated)\s+)?to)\s+(?:(?:\p{Ll}+ly|also|then|first|later)\s+)?(?:travel|fly|go|head|come|return|journey|stop|arrive)\b/u;
/** A weekday opening the sentence with its comma, maybe a clause of time after it: "On Wednesday,", "Monday, as". */
const FRONTED_WEEKDAY = new RegExp(`^\\s*["“]?(?:(?:And|But|Then)\\s+)?(?:[Oo]n\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?\\s*,\\s*(?:(?:as|when|while)\\s+)?`, 'u');
/** A weekday in the cue's clause after it, not told as past ("last Monday"): "meets Pompeo on Wednesday". */
const WEEKDAY_IN_CLAUSE = new RegExp(`^[^,;:.()“”"—–]{0,80}?(?<!\\b(?:last|past|previous)\\s+)\\b${WEEKDAY}\\b`, 'u');
/** A date or a year after a weekday ("Tuesday, January 17", "Monday, March 16", "Friday 12 May"): a caption's own day. */
const DATE_AFTER_WEEKDAY = /^,?\s*(?:the\s+)?(?:\d|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)/u;
/** A fronted adverbial of time still to come opening the sentence, with its comma: "Later,", "Later this week,",
 *  "Tomorrow,", "Next week,", "In the coming days,". */
const FRONTED_FUTURE_TIME = /^\s*(?:Later(?:\s+(?:today|tonight|on|this\s+(?:morning|afternoon|evening|week|month|year)))?|Tomorrow(?:\s+(?:morning|afternoon|evening|night))?|Next\s+(?:week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:In|Over)\s+the\s+(?:coming|next)\s+(?:few\s+)?(?:days|weeks|months))\s*,\s*/u;
/** A partitive noun phrase ending the words before a meeting noun: "a new round of", "the first series of", "rounds of". */
const PARTITIVE_BEFORE = /\b(?<det>(?:a|an|the|another|this|that|their|its|his|her)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:rounds?|series|sets?|cycles?)\s+of\s+(?:[\p{Ll}-]+\s+)?$/u;

/** A causative verb right before a name ("to have Trump sit down", "will let Kim meet"), with the infinitive's "to". */
const CAUSATIVE_BEFORE = /(?:\b(to)\s+|\s|^)(?:have|has|had|having|let|lets|letting|make|makes|made|making)\s+$/;

/** The end of the clause between `from` and `at`: back to a comma, colon, semicolon or dash. */
function clauseTail(body: string, from: number, at: number): string {
  return /(?:[^,;:—–]*)$/.exec(body.slice(from, at))![0];
}

/** Where the status words before `at` begin: the last four lower-case words of `clause`, which ends at `at` (names do not count). */
function leadWordsStart(clause: string, at: number): number {
  let start = at;
  const tokens = [...clause.matchAll(/\S+/g)];
  for (let k = tokens.length - 1, lower = 0; k >= 0 && lower < 4; k--) {
    start = at - clause.length + tokens[k].index!;
    if (!/^\p{Lu}/u.test(tokens[k][0])) lower++;
  }
  return start;
}

/** A clause of time opening before the cue's subject: "When Secretary of State Tillerson", "as Trump". */
const TIME_CLAUSE_OPENING = /(?:^|[\s,;(])(?:[Ww]hen|[Aa]s|[Ww]hile|[Bb]efore|[Uu]ntil|[Oo]nce)\s[^,;:.]{1,80}$/;
/** The current week or month: "this week", "this weekend", "this month". */
const THIS_WEEK = /\bthis\s+(?:week|weekend|month)\b/i;
/** The meeting noun's predicate, right after its phrase: a start still to come ("are likely to start soon", "is expected to take place"). */
const NOUN_TO_COME = /^[^,;:.]{0,60}?\s(?:is|are|was|were)\s+(?:\p{Ll}+ly\s+)?(?:likely|expected|due|set|scheduled|slated|poised|supposed|planned|going)\s+to\s+(?:start|begin|resume|take\s+place|happen|occur|be\s+held|convene|open|get\s+under\s+way|go\s+ahead)\b/u;
/** The cue's verb in the present, third person: "meets", "meets with". */
const PRESENT_MEETS = /^\s*meets\b/;

/** The subject before a cue: the nearest party in the clause, with the parties coordinated with it. */
function subjectBefore(ctx: Ctx, at: number, loose = false): Party[] {
  const { body, parties, s } = ctx;
  const infinitive = infinitiveSubject(ctx, at);
  if (infinitive) return infinitive;
  const two = theTwo(ctx, at);
  if (two) return two;
  const listed = apposedNameList(ctx, at, loose);
  if (listed) return listed;
  let idx = -1;
  // "Jo Myong Rok, a marshal, met", "Eisenhower, who named the retreat Camp David after his father, met with": the names
  // inside a comma-bounded apposition or relative clause right before the verb describe the subject before its opening
  // comma, which is the verb's (subject.apposed-clause).
  const apposed = apposedBeforeVerb(ctx, at);
  for (let k = parties.length - 1; k >= 0; k--) {
    const p = parties[k];
    if (p.end > at || p.adjective) continue;
    if (apposed && p.end > apposed.open) continue;
    // "a move by President Donald Trump, who apparently decided after a call with …": the relative's antecedent is its subject.
    // "Russia, which backs Assad, …", "the DUP, which props up May's government": a non-restrictive "which" right after a
    // country or body takes it as the relative clause's subject, as "who" takes a person (subject.which-relative).
    const which = !p.pronoun && p.type !== 'Person' && !p.possessive && !p.modifierOnly ? WHICH_RELATIVE.exec(body.slice(p.end, at)) : null;
    if (which && !isPlace(body, s.start, p) && !(apposed && p.end >= apposed.open)) {
      if (!subjectGapOk(body.slice(p.end + which[0].length, at), loose)) return [];
      return [p];
    }
    if (p.possessive || p.modifierOnly || isPlace(body, s.start, p) || (isPrepositionObject(body, s.start, p) && !/^\s*,\s+who\b/.test(body.slice(p.end, at)))) {
      // "Iran's foreign minister met …", "… will visit Ramallah in the West Bank and meet …": no subject; look further back.
      if (/^[^,;:]*$/.test(body.slice(p.end, at))) continue;
      return [];
    }
    if (apposed && p.end === apposed.open) {
      // (The apposition stands for its own name: only the words after its closing comma are read as the gap.)
      if (p.possessive || p.modifierOnly || !subjectGapOk(body.slice(apposed.close, at), loose)) return [];
      idx = k;
      break;
    }
    if (dashParenthesisBlocks(body, s.start, p, at) || !subjectGapOk(body.slice(p.end, at), loose)) return [];
    // "“I think she will meet Merkel,” Johnson said": a subject pronoun after the speaker's "I" is the subject of the
    // clause the cue is in (speaker.first-person).
    // ("I very much appreciate P.M. Abe going to Iran to meet with Khamenei": a name we do not know between them too.)
    if (p.firstPerson && /\b(?:he|she|they|we|it|you)\b|\p{Lu}/u.test(body.slice(p.end, at))) return [];
    idx = k;
    break;
  }
  if (idx < 0) return [];
  const out = [parties[idx]];
  // "Juncker and Tusk, who is holding talks with …": a relative clause belongs to the conjunct right before it.
  if (/^\s*,\s+who\b/.test(body.slice(parties[idx].end, at))) return out;
  let sawAnd = false;
  for (let k = idx - 1; k >= 0; k--) {
    const prev = parties[k];
    // ("Imam Khalid Latif, right, and Rabbi Elliot J. Cosgrove, left, shaking hands": a caption's position after a
    // conjunct is no word of the list.)
    const sep = body.slice(prev.end, out[0].start).replace(CAPTION_POSITION_IN_LIST, '');
    // "Kim Jong Un and his South Korea counterpart, Moon Jae-in, meet": the name is an apposition of the role before it.
    if (/^\s*,\s*$/.test(sep) && prev.end > prev.start && !prev.pronoun && OFFICIAL.has(words(body.slice(prev.start, prev.end)).pop()?.toLowerCase() ?? '')) {
      out[0] = { ...out[0], start: prev.start };
      continue;
    }
    // "Kim Jong Un and his South Korea counterpart": a possessive pronoun right before a conjunct is its determiner.
    if (prev.pronoun && prev.possessive && /^\s+$/.test(sep)) {
      out[0] = { ...out[0], start: prev.start };
      continue;
    }
    if (prev.possessive || prev.modifierOnly || prev.adjective || isPlace(body, s.start, prev) || insideAdjunct(body, s.start, prev) || !/^\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|,?\s+(?:and|as\s+well\s+as)\s+)(?:(?:the|his|her|its)\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+|of\s+){0,6}$/u.test(sep)) break;
    // A bare comma joins a list only before its "and" ("X, Y and Z met"); "In Beijing, Liu He told …" is no list. A
    // headline writes its "and" as a comma ("Putin, Tillerson Meet At Kremlin"): names opening a line without final
    // punctuation, joined by bare commas before a verb that agrees with a plural, are one subject.
    const joined = /\b(?:and|as\s+well\s+as)\b/.test(sep) || (/^\s*,\s*$/.test(sep) && headlineSubjectList(ctx, parties, k, at));
    if (!joined && !sawAnd) break;
    // "Yaalon spoke with Hagel, and Amidror consulted with Rice": a name before "and" that a verb or preposition of its
    // own clause governs is that clause's object; the new clause's subject starts after "and".
    if (joined && !/^\p{Ll}+ing\b/u.test(body.slice(at, at + 20)) && governedBefore(body.slice(Math.max(s.start, prev.start - 60), prev.start))) break;
    // "Obama called Merkel, and he met Putin": ", and" before a pronoun opens a new clause with its own subject.
    if (out[0].pronoun && /,/.test(sep)) break;
    // "Ahead of talks with Xi Jinping, Donald Trump and Shinzo Abe met": a name after a fronted adjunct's "with" is that
    // preposition's object; the bare comma after it closes the adjunct, not a list (subject.fronted-adjunct).
    if (!joined && /^\s*,\s*$/.test(sep) && WITH_OBJECT_BEFORE.test(body.slice(Math.max(s.start, prev.start - 40), prev.start))) break;
    // "A committee monitoring the ceasefire between Israel and Hezbollah will meet": a list opened by "between" or
    // "among" is that preposition's object inside a longer subject, never the verb's subject (subject.between-list).
    if (joined && BETWEEN_LIST_BEFORE.test(body.slice(Math.max(s.start, prev.start - 40), prev.start))) return [];
    sawAnd ||= joined;
    out.unshift(prev);
  }
  return out;
}

/** A country's or body's people named by an official noun ("Vietnamese officials", "Chinese leaders", "the Iranian
 *  delegation"), who stand for it: they can be met where the country itself, a place, cannot. */
function officialsGroup(body: string, p: Party): boolean {
  return p.type !== 'Person' && !p.pronoun && !p.adjective && OFFICIAL.has((words(body.slice(p.start, p.end)).pop() ?? '').toLowerCase()) && !/^(?:government|administration|regime|side|forces|military|troops|army|team)$/i.test(words(body.slice(p.start, p.end)).pop() ?? '');
}
/** Between two conjuncts: "and his", "and their own" (and lower-case words): the second is owned by the first. */
const OWNED_CONJUNCT_BEFORE = /^\s+and\s+(?:his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
/** "with" (and titles) right before a name: the preposition's object. */
const WITH_OBJECT_BEFORE = /\bwith\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u;
/** "between", "among" (and titles) right before the first member of a list: the list is the preposition's object. */
const BETWEEN_LIST_BEFORE = /\b(?:between|among|amongst)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u;

/**
 * A comma-bounded apposition or non-restrictive relative clause that closes right before a verb (past at most two
 * adverbs or auxiliaries) and opens right after a party: "Jo Myong Rok, a marshal, met", "Chrystia Freeland, Canada’s
 * foreign minister, spoke", "Moon Jae-in, who wants to avoid a war, will meet". It opens on a determiner, a possessive
 * or "who"/"whose", never on a name of its own ("Russia, the United States, and China met" is a list, and "and" closes
 * no apposition). Returns where its opening comma stands and where its closing comma ends.
 */
const APPOSED_BEFORE_VERB = /,\s+(?:who|whose|which|a|an|the|his|her|its|their|\p{Lu}[\p{L}.-]*['’]s?)\s[^,;:()“”"?!—–\n]{1,140}?,\s+(?:(?:also|then|later|himself|herself|reportedly|previously|recently|first|once|separately|privately|secretly|has|have|had|will|would|is|was|are|were)\s+){0,2}$/u;
function apposedBeforeVerb(ctx: Ctx, at: number): { open: number; close: number } | null {
  const { body, parties, s } = ctx;
  const from = Math.max(s.start, at - 200);
  const m = APPOSED_BEFORE_VERB.exec(body.slice(from, at));
  if (!m) return null;
  const open = from + m.index;
  const close = open + m[0].lastIndexOf(',') + 1;
  // The party whose apposition it is ends right at the opening comma.
  const head = parties.find((p) => p.end === open && !p.adjective);
  if (!head) return null;
  // A name filling the phrase ("Russia, the United States, met") is a conjunct of a list, no apposition; a name that only
  // modifies its noun ("the United Nations peace envoy", "Canada’s foreign minister") opens one.
  const first = parties.find((p) => p.start > open && p.start < close);
  if (first && /^,\s+(?:(?:the|a|an)\s+)?$/.test(body.slice(open, first.start)) && /^\s*,$/.test(body.slice(first.end, close))) return null;
  return { open, close };
}

/** A plural office "of" something: "The presidents of", "the foreign ministers of". */
const PLURAL_OFFICE_OF = /\b[Tt]he\s+(?:[\p{Ll}-]+\s+)?(?:leaders|presidents|prime\s+ministers|premiers|foreign\s+ministers|defen[cs]e\s+ministers|ministers|heads\s+of\s+(?:state|government)|chancellors|monarchs|kings|envoys|ambassadors)\s+of\s/gu;
/**
 * "The presidents of Russia, Iran and Azerbaijan – Vladimir Putin, Hassan Rouhani and Ilham Aliyev, respectively – are
 * planning to hold talks", "The leaders of France and Germany, Emmanuel Macron and Angela Merkel, met": a plural office
 * "of" a list, with a list of people's names apposed to it (between commas or dashes), is subject as those people
 * (subject.apposed-name-list). Only people's names, two at least, joined by commas and "and", fill the apposition.
 */
function apposedNameList(ctx: Ctx, at: number, loose: boolean): Party[] | null {
  const { body, parties, s } = ctx;
  const from = Math.max(s.start, at - 400);
  const text = body.slice(from, at);
  if (text.search(PLURAL_OFFICE_OF) < 0) return null;
  // The apposition's close: the last comma or dash before the cue, with the words after it the subject's gap.
  const closeAt = Math.max(text.lastIndexOf(','), text.lastIndexOf('—'), text.lastIndexOf('–'), text.lastIndexOf('--'));
  if (closeAt < 0 || !subjectGapOk(text.slice(closeAt + (text.startsWith('--', closeAt) ? 2 : 1)), loose)) return null;
  const listEnd = from + closeAt - (/,\s+respectively\s*$/.exec(text.slice(0, closeAt))?.[0].length ?? 0);
  // The names, read back from the apposition's close over commas and "and" (the office's own list may hold commas too).
  const named: Party[] = [];
  let end = listEnd;
  for (let k = parties.length - 1; k >= 0; k--) {
    const p = parties[k];
    if (p.end > end || p.start < from) continue;
    const sep = body.slice(p.end, end);
    if (!(named.length ? /^\s*(?:,\s*(?:and\s+)?|and\s+)$/ : /^\s*$/).test(sep)) break;
    // (A country or body ends the names: it is the office's own list, "of Russia, Iran and Azerbaijan, Vladimir Putin …".)
    if (p.type !== 'Person') break;
    if (p.pronoun || p.possessive) return null;
    named.unshift(p);
    end = p.start;
  }
  if (named.length < 2) return null;
  // The plural office right before, its "of" list ending in the comma or dash that opens the apposition ("Azerbaijan –
  // Vladimir Putin" may be read as one name with the dash inside it).
  const head = body.slice(from, named[0].start);
  const office = [...head.matchAll(PLURAL_OFFICE_OF)].pop();
  if (!office) return null;
  const between = head.slice(office.index + office[0].length);
  const opened = /(?:,|[—–]|--)\s*$/.test(between) || /\s(?:[—–]|--)\s/.test(body.slice(named[0].start, named[0].end));
  return opened && between.length <= 120 && !/[;:()“”"]/.test(between) ? named : null;
}

/**
 * "The two leaders met for two hours", "the two men spoke by phone", "the two countries will hold talks": a subject "the
 * two" + a noun of people (or of states) takes up the two people (or countries) the text has just named — in its own
 * clause before it, else there and in the sentence before. Exactly two must be named there, or the phrase is left
 * alone (subject.the-two).
 */
const THE_TWO_BEFORE = /(?:^|[^\p{L}])([Tt]he\s+two\s+(?:[\p{L}-]+\s+)?(leaders|men|women|presidents|heads\s+of\s+state|heads\s+of\s+government|premiers|prime\s+ministers|ministers|diplomats|envoys|chiefs|countries|nations|governments|states))\s+(?:(?:also|later|then|first|again|previously|reportedly|briefly|last|had|have|has|will|would|are|were|is|was|be|been)\s+){0,3}$/u;
const THE_TWO = /\b(?:[Tt]he\s+two|[Tt]hey)\s/;
/** "They met", "when they meet next week": "they" + a meeting verb with no other side takes up the two people just named,
 *  as "the two men" does (subject.they-two; a clause with an object, a third person or none is left alone). */
const THEY_BEFORE = /\b([Tt]hey)\s+((?:\p{Ll}+\s+){0,2})$/u;
const THEY_GAP_WORDS = new Set(['also', 'later', 'then', 'first', 'again', 'previously', 'last', 'briefly', 'finally', 'have', 'had', 'will', 'would', 'were', 'are']);
const PEOPLE_PLURAL = /\b(?:officials|representatives|participants|members|delegates|delegations|investigators|agents|lawmakers|senators|people|protesters|students|families|relatives|leaders|ministers|diplomats|negotiators|envoys|aides|advisers|advisors)\b/i;
function theTwo(ctx: Ctx, at: number): Party[] | null {
  const { body, s } = ctx;
  const m = THE_TWO_BEFORE.exec(body.slice(Math.max(s.start, at - 80), at)) ?? THEY_BEFORE.exec(body.slice(Math.max(s.start, at - 40), at));
  if (!m || (m[1].toLowerCase() === 'they' && words(m[2]).some((w) => !THEY_GAP_WORDS.has(w)))) return null;
  const they = m[1] === 'they' || m[1] === 'They';
  const start = at - m[0].length + m[0].indexOf(m[1]);
  const end = start + m[1].length;
  // ("one of the two leaders", "between the two countries": the phrase is no subject there.)
  if (/\b(?:of|between|among|for|with|to|by|from|and|or)\s+$/i.test(body.slice(Math.max(s.start, start - 12), start))) return null;
  const want: Entity['type'] = !they && /countries|nations|governments|states/.test(m[2]) ? 'Country' : 'Person';
  const named = (from: number) => [...new Set(ctx.recent.filter((x) => x.start >= from && x.end <= start && ctx.types.get(x.entityId) === want && x.via !== 'demonym').map((x) => x.entityId))];
  // ("Officials met with representatives of the groups … but told participants not to reveal where they met": a "they"
  // after a plural of people in its own sentence is those people.)
  if (they && PEOPLE_PLURAL.test(body.slice(s.start, start))) return null;
  const own = named(s.start);
  const ids = own.length >= 2 ? own : named(0);
  if (ids.length !== 2) return null;
  return ids.map((id) => ({ start, end, id, type: want, possessive: false, modifierOnly: false, modifiers: [], pronoun: true, adjective: false, ...(they ? { they: true } : {}) }));
}

/** The opening of a non-restrictive relative clause: ", which", ", who". */
const RELATIVE_AFTER = /^\s*,\s+(?:which|who)\b/;
/** The opening of a non-restrictive relative clause on a thing: ", which". */
const WHICH_RELATIVE = /^\s*,\s+which\b/;
/** Where a subject's predicate words begin: after its apposition or relative clause, when one stands before the verb
 *  ("Moon, who wants to avoid a war, will meet Trump": "will", not "avoid", gives the status). */
function afterApposed(ctx: Ctx, subjectEnd: number, at: number): number {
  const apposed = apposedBeforeVerb(ctx, at);
  return apposed && apposed.open === subjectEnd ? apposed.close : subjectEnd;
}

/** Rules whose cue is a verb phrase: the list after it is the verb's object, which ends where a new clause begins (a noun
 *  cue's list ends its noun phrase, whose own verb follows: "Kerry's talks with Netanyahu and Abbas would be …"). */
const VERB_PHRASE_RULES = new Set(['meet.verb', 'meet.call', 'meet.hold-noun-with', 'ally.back-verb']);
/** Auxiliaries and frequent finite verbs that may follow a clause's subject. */
const FINITE_AFTER_SUBJECT = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'did', 'does', 'may', 'might', 'must', 'should', 'shall', 'said', 'says', 'told', 'tells', 'met', 'meets', 'held', 'holds', 'spoke', 'speaks', 'talks', 'visits', 'hosts', 'backs', 'supports', 'sat', 'took', 'made', 'went', 'came', 'got', 'gave', 'sent', 'left', 'flew', 'wrote', 'called', 'phoned', 'consulted', 'visited', 'hosted', 'welcomed', 'agreed', 'signed', 'declined', 'refused']);
const ADVERB_AFTER_SUBJECT = new Set(['also', 'then', 'later', 'later', 'separately', 'himself', 'herself', 'reportedly', 'already', 'subsequently', 'meanwhile']);
/** Whether the words right after a name open its own predicate: a finite verb, an adverb between at most ("later met"). */
function finiteVerbAfter(after: string): boolean {
  const ws = /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(after);
  if (!ws) return false;
  const verb = ADVERB_AFTER_SUBJECT.has(ws[1]) && ws[2] ? ws[2] : ws[1];
  return FINITE_AFTER_SUBJECT.has(verb);
}
/** Words whose object a name right after them is: prepositions of an object (not "by", whose agents may be a later
 *  verb's subjects, nor "like" or "including", which add to one) and the verbs of meeting, calling and backing with the
 *  past forms of other verbs ("met Merkel", "spoke with Pentagon chief (Hagel)"). Nouns and adjectives ("Story
 *  highlights", "energy tycoon", "retired Gen.") govern no name. */
const OBJECT_GOVERNORS = new Set([...['with', 'to', 'for', 'from', 'against', 'about', 'at', 'on', 'into', 'toward', 'towards', 'over'], ...[...MEET_VERBS, ...CALL_VERBS, ...BACK_VERBS].filter((v) => !v.includes(' ') && !/ing$/.test(v)), ...IRREGULAR_PAST].filter((w) => !['must', 'can', 'cannot', 'need', 'want', 'set', 'put', 'read', 'let', 'cut', 'hit', 'shut', 'split', 'spread', 'bid'].includes(w)));
/** Whether the words before a name (past its own titles and roles) end in a lower-case word that governs it: a verb or a
 *  preposition ("spoke with Pentagon chief"), not a determiner, a conjunction or the sentence's start. */
function governedBefore(before: string): boolean {
  const ws = words(before);
  let k = ws.length - 1;
  while (k >= 0 && (/^\p{Lu}/u.test(ws[k]) || ROLE_GAP.has(ws[k].toLowerCase()) || OFFICIAL.has(ws[k].toLowerCase()) || /^(?:the|his|her|its|their|of)$/.test(ws[k]))) k--;
  if (k < 0) return false;
  // A comma, a dash or a clause's punctuation after that word closes it: "Obama, Merkel, and Putin met".
  const tail = before.slice(before.lastIndexOf(ws[k]) + ws[k].length);
  if (/[,;:()"“”—–]/.test(tail)) return false;
  // ("Obama, along with Merkel and Putin, met": "along with" adds to the subject.)
  if (ws[k] === 'with' && /^(?:along|together)$/.test(ws[k - 1] ?? '')) return false;
  return OBJECT_GOVERNORS.has(ws[k]);
}

/**
 * Whether the parties up to `k` (and the one after it) open a headline as its subject list: the line has no final
 * punctuation, only names and bare commas stand from its start to the last of them, and the verb after is no singular
 * present ("Putin, Tillerson Meet", "Obama, Castro shake hands"; not "Putin, Tillerson meets").
 */
const FINAL_ABBREVIATION = /(?<![\p{L}.])(?:\p{Lu}\.){2,3}$/u;
function headlineSubjectList(ctx: Ctx, parties: readonly Party[], k: number, at: number): boolean {
  const { body, s } = ctx;
  // (A final abbreviation's point, "… Between Russia And U.S.", ends no sentence.)
  const line = s.text.trimEnd();
  if ((/[.!?]["”’]?$/.test(line) && !FINAL_ABBREVIATION.test(line)) || parties[k].pronoun) return false;
  let first = k;
  while (first > 0 && /^\s*,\s*$/.test(body.slice(parties[first - 1].end, parties[first].start))) first--;
  if (!/^["“]?\s*$/.test(body.slice(s.start, parties[first].start))) return false;
  const last = parties.filter((p) => p.end <= at).pop();
  const verb = /^\s*(\p{L}+)/u.exec(body.slice(last ? last.end : at, at + 20))?.[1] ?? '';
  return !/^(?:meets|hosts|visits|welcomes|holds|has|speaks|talks|shakes|receives|is|was)$/i.test(verb);
}

/** An infinitive verb right before a party, which is its object: "to withdraw (US troops)", "to back (the rebels)". */
const INFINITIVE_OBJECT_BEFORE = /\bto\s+(?!be\b|have\b)\p{Ll}+\s+(?:the\s+)?$/u;

/** Verbs whose object is the subject of the infinitive after it: "expecting Putin to meet", "asked X to", "sent X to". */
const OBJECT_CONTROL_VERBS = new Set(['expect', 'expects', 'expected', 'expecting', 'want', 'wants', 'wanted', 'wanting', 'ask', 'asks', 'asked', 'asking', 'urge', 'urges', 'urged', 'urging', 'invite', 'invites', 'invited', 'inviting', 'tell', 'tells', 'told', 'telling', 'allow', 'allows', 'allowed', 'allowing', 'permit', 'permits', 'permitted', 'permitting', 'send', 'sends', 'sent', 'sending', 'persuade', 'persuades', 'persuaded', 'persuading', 'encourage', 'encourages', 'encouraged', 'encouraging', 'press', 'presses', 'pressed', 'pressing', 'push', 'pushes', 'pushed', 'pushing', 'pressure', 'pressures', 'pressured', 'pressuring', 'authorize', 'authorizes', 'authorized', 'authorizing', 'authorise', 'authorises', 'authorised', 'authorising', 'instruct', 'instructs', 'instructed', 'instructing', 'direct', 'directs', 'directed', 'directing', 'order', 'orders', 'ordered', 'ordering', 'dispatch', 'dispatches', 'dispatched', 'dispatching', 'force', 'forces', 'forced', 'forcing', 'prefer', 'prefers', 'preferred', 'need', 'needs', 'needed', 'require', 'requires', 'required', 'enable', 'enables', 'enabled', 'enabling', 'appoint', 'appointed', 'tapped', 'assigned', 'chose', 'chosen', 'like', 'for']);

/**
 * Object-control verbs that never take a bare infinitive of their own subject ("appointed to negotiate" in the active is
 * always someone else's negotiating; "asked to meet", "chose to meet" may be the subject's, so they are not here).
 */
const OBJECT_ONLY_CONTROL_VERBS = new Set(['appoint', 'appoints', 'appointed', 'appointing', 'tapped', 'assigned', 'authorize', 'authorizes', 'authorized', 'authorise', 'authorises', 'authorised', 'instruct', 'instructs', 'instructed', 'persuade', 'persuades', 'persuaded', 'encourage', 'encourages', 'encouraged', 'enable', 'enables', 'enabled', 'allow', 'allows', 'allowed', 'permit', 'permits', 'permitted', 'invite', 'invites', 'invited', 'tell', 'tells', 'told', 'urge', 'urges', 'urged', 'dispatch', 'dispatches', 'dispatched', 'send', 'sends', 'sent']);
/** A verb of giving, its recipient (group 2, no clause break inside) and a noun of room or time before an infinitive's
 *  "to": "give (the administration) space", "granted (Trump) the authority". */
const GIVEN_ROOM_BEFORE = /(\b(?:give|gives|gave|given|giving|grant|grants|granted|granting|afford|affords|afforded|affording)\s+)((?:[^\s,;:]+\s+){1,5}?)(?:(?:more|less|enough|some|the|a|an|extra|additional|further|sufficient|political|legal|\p{Ll}+ly)\s+){0,2}(?:space|time|room|leeway|latitude|authority|powers?|licen[cs]e|freedom|flexibility|mandate|permission|green\s+light|cover|breathing\s+room|chance|opportunity)\s+$/u;
/** A form of "be" or "get" (an adverb between allowed) before the verb at v: a passive, whose subject is the doer. */
function passiveBefore(tokens: RegExpMatchArray[], v: number): boolean {
  let k = v - 1;
  if (k >= 0 && /ly$/.test(tokens[k][0])) k--;
  return k >= 0 && /^(?:is|are|was|were|be|been|being|get|gets|got|getting|gotten)$/i.test(tokens[k][0]);
}
const SEND_VERBS = new Set(['send', 'sends', 'sent', 'sending', 'dispatch', 'dispatches', 'dispatched', 'dispatching']);
/** A verb of asking or wishing right before a named object: "pressing the EU (to back him)", "called on Iran (to …)". */
const REQUEST_BEFORE = /\b(?:ask|asks|asked|asking|urge|urges|urged|urging|press|presses|pressed|pressing|push|pushes|pushed|pushing|pressure|pressures|pressured|pressuring|call(?:s|ed|ing)?\s+on|invite|invites|invited|inviting|encourage|encourages|encouraged|encouraging|want|wants|wanted|wanting|persuade|persuades|persuaded|persuading)\s+(?:the\s+)?$/i;

/**
 * The subject of an infinitive cue that has one of its own: "US officials are expecting Putin to meet Tillerson" →
 * Putin (never the officials); "the White House asked the envoy to meet …" → an unnamed subject, so none. Null when
 * the cue is no such infinitive ("Trump expects to meet Kim": the subject is the clause's).
 */
function infinitiveSubject(ctx: Ctx, at: number): Party[] | null {
  const { body, parties, s } = ctx;
  const before = body.slice(Math.max(s.start, at - 160), at);
  const inf = /\bto\s+(?:\p{Ll}+ly\s+)?$/u.exec(before);
  if (!inf) return null;
  const toAt = at - before.length + inf.index;
  const clause = /[^,;:()“”"]*$/.exec(body.slice(Math.max(s.start, toAt - 120), toAt))![0];
  const clauseStart = toAt - clause.length;
  // "opting to give the administration space to negotiate with Canada", "gave Kim more time to meet": what is given for
  // the infinitive (room, time, authority) is given to its doer, the recipient between the verb and that noun; none
  // named, none (infinitive.given-room).
  const given = GIVEN_ROOM_BEFORE.exec(clause);
  if (given) {
    const from = clauseStart + given.index + given[1].length;
    const to = from + given[2].length;
    return parties.filter((p) => p.start >= from && p.end <= to && !p.possessive && !p.modifierOnly && !p.adjective);
  }
  const tokens = [...clause.matchAll(WORD)];
  let v = tokens.length - 1;
  while (v >= 0 && !OBJECT_CONTROL_VERBS.has(tokens[v][0].toLowerCase())) v--;
  // "called on X to": the particle belongs to the verb.
  if (v < 0) {
    v = tokens.length - 1;
    while (v >= 1 && !(tokens[v][0] === 'on' && /^call/i.test(tokens[v - 1][0]))) v--;
    if (v < 1) return null;
  }
  const spanStart = clauseStart + tokens[v].index! + tokens[v][0].length;
  const span = body.slice(spanStart, toAt);
  // "expects to meet": no object, the clause's subject is the infinitive's. A preposition inside ("sent Pompeo to
  // Pyongyang to meet") is a purpose infinitive of another phrase: left to the plain search.
  // "the working groups that Pelosi appointed to negotiate with Lighthizer": a verb that takes its doer as object, with
  // the object moved out (a relative clause) and no passive, leaves the infinitive's doer unnamed: none, not the subject.
  if (/^\s*$/.test(span) && OBJECT_ONLY_CONTROL_VERBS.has(tokens[v][0].toLowerCase()) && !passiveBefore(tokens, v)) return [];
  if (/^\s*$/.test(span) || /\b(?:to|in|at|from|into|with|on|by|after|before|during)\b/.test(span)) return null;
  const inside = parties.filter((p) => p.start >= spanStart && p.end <= toAt && !p.adjective);
  const last = inside[inside.length - 1];
  // "keeps sending fighters to support …": what a party sends acts for it; the sender is the subject.
  if (!last && SEND_VERBS.has(tokens[v][0].toLowerCase())) return null;
  if (!last || !/^\s*$/.test(body.slice(last.end, toAt)) || last.possessive || last.modifierOnly) return [];
  // Only names and their "and"/commas in the object: "expecting Putin and Xi to meet".
  const rest = inside.reduce((text, p) => text.replace(body.slice(p.start, p.end), ' '), span);
  if (!/^[\s,]*$/.test(rest.replace(/\b(?:and|both|the)\b/g, ' '))) return [];
  return inside.filter((p) => !p.possessive && !p.modifierOnly);
}

/** Whether the words end in a noun and a preposition taking a gerund as its complement: "difficulties in", "the idea of". */
function nounComplementBefore(ws: string[]): boolean {
  const [noun, preposition] = ws.slice(-2);
  return !!preposition && COMPLEMENT_PREPOSITIONS.has(preposition) && /^\p{Ll}{3,}$/u.test(noun) && !/ed$/.test(noun) && !NOT_NOUN_BEFORE_COMPLEMENT.has(noun);
}
const COMPLEMENT_PREPOSITIONS = new Set(['in', 'of', 'about', 'for']);
/** Words before such a preposition that are no noun: "interested in", "is in", "instead of", "because of". */
const NOT_NOUN_BEFORE_COMPLEMENT = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'instead', 'because', 'ahead', 'out', 'all', 'both', 'one', 'part', 'succeed', 'succeeds', 'persist', 'persists', 'engage', 'engages', 'insist', 'insists', 'believe', 'believes', 'think', 'thinks', 'thinking', 'care', 'cares', 'aim', 'aims', 'way', 'first', 'last', 'time', 'sake', 'purpose', 'plan', 'plans']);

/** A preposition right before a verb cue, making it a gerund adjunct: "after meeting", "before talking to". */
/** A form of "be" with up to two adverbs before a participle in "-ing": "is meeting", "is now meeting", "were also
 *  privately meeting" (the verb's progressive, no noun). */
const PROGRESSIVE_BE_BEFORE = /\b(?:is|are|was|were|be|been|am)\s+(?:(?:\p{Ll}+ly|now|still|also|already|just|again|then|even|not|n['’]t)\s+){0,2}$/iu;
const GERUND_ADJUNCT = /\b(?:after|before|since|while|when|by|without|following|upon|on)\s+(?:having\s+(?:been\s+)?)?$/i;
/** The comma (and an adverb) right before a participle that closes its sentence's main clause: "…, meeting with". */
const PARTICIPLE_ADJUNCT = /,\s+(?:(?:later|then|also|again|instead|first|\p{Ll}+ly)\s+)?$/u;
/** A gerund after a preposition in the main clause: a participle after its comma continues that gerund's list. */
const GERUND_IN_PREDICATE = /\b(?:for|of|by|about|on|in|from|with|without|after|before|while|to)\s+\p{Ll}+ing\b/u;

/** Words that open a noun phrase after "and": a new subject, not a second verb phrase of the first. */
const NEW_SUBJECT_WORDS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'some', 'many', 'both', 'one', 'two']);

/**
 * The subject of a verb phrase coordinated after the sentence's first ("X is due to hold a summit with Y, and is expected
 * to meet Z"): the party opening the sentence, when only lower-case verb words stand between "and" and the cue and no
 * clause boundary (that, which, said …) stands between that subject and "and".
 */
function sharedSubject(ctx: Ctx, at: number): { party: Party; from: number } | null {
  const { body, s } = ctx;
  const before = body.slice(s.start, at);
  const m = /\band\s+((?:\p{Ll}+\s+){0,6})$/u.exec(before);
  if (!m) return null;
  const verbWords = words(m[1]);
  if (verbWords.some((w) => NEW_SUBJECT_WORDS.has(w) || CLAUSE_BREAKERS.has(w))) return null;
  const andAt = s.start + m.index;
  const first = sentenceSubject(ctx);
  if (!first || first.end > andAt || ctx.parties.some((p) => p.start >= andAt && p.end <= at)) return null;
  if (words(body.slice(first.end, andAt)).some((w) => CLAUSE_BREAKERS.has(w.toLowerCase()) || w === 'who')) return null;
  if (/[;:“”"?]/.test(body.slice(first.end, andAt))) return null;
  return { party: first, from: andAt + 4 };
}

/**
 * The subject an adjunct at `at` hangs on: the sentence's subject, or, when a reported clause ("noted that Trump …")
 * opens between it and the adjunct, that clause's subject right after "that" ("Mara noted that Trump threatened North
 * Korea before meeting with Kim": Trump met Kim).
 */
function adjunctSubject(ctx: Ctx, at: number): Party | null {
  const main = sentenceSubject(ctx, at);
  if (!main || main.end > at) return main;
  // "Fadavi said Zarif “had a firm stance” during the telephone conversation with Kerry": a reported clause without
  // "that" has its own subject right after the verb of saying.
  const saying = [...ctx.body.slice(main.end, at).matchAll(/\b(?:said|says|added|adds)\s+/g)].pop();
  if (saying) {
    const from = main.end + saying.index! + saying[0].length;
    const inner = ctx.parties.find((p) => p.start >= from && p.end <= at && !p.adjective);
    if (inner && !inner.possessive && !inner.modifierOnly && !inner.pronoun && /^(?:(?:the|The)\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u.test(ctx.body.slice(from, inner.start))) return inner;
  }
  const that = [...ctx.body.slice(main.end, at).matchAll(/\bthat\s+/g)].pop();
  if (!that) return main;
  const from = main.end + that.index! + that[0].length;
  const inner = ctx.parties.find((p) => p.start >= from && p.end <= at && !p.adjective);
  return inner && !inner.possessive && !inner.modifierOnly && /^(?:(?:the|The)\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u.test(ctx.body.slice(from, inner.start)) ? inner : null;
}

/** A sentence opening with a preposition of time (a conjunction or a quote mark before it at most), then a gerund or a
 *  determiner and two adjectives at most before the cue: "After meeting", "Following a two-hour", "Ahead of his". */
// (A possessive determiner owns the noun itself: "After her meeting with Obama, the White House …" is hers.)
const FRONTED_ADJUNCT_OPENING = /^["“]?\s*(?:(?:And|But|So|Then)\s+)?(?:After|Before|Following|During|Since|Upon|In|At|Ahead\s+of|At\s+the\s+end\s+of|On\s+the\s+sidelines\s+of)\s+(?:(?:having|a|an|the|last|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]?s?\s+)?(?:(?!(?:his|her|its|their|my|our|your)\s)[\p{Ll}\d-]+\s+){0,2}$/u;
/** A participle opening its sentence: nothing before it but a quote mark or a conjunction ("But standing alongside …"). */
const PARTICIPLE_OPENING = /^["“]?\s*(?:(?:And|But|Then|Later|Earlier)\s+)?$/u;
/** ", including (a) (new round of)" right before a meeting noun. */
const INCLUDING_BEFORE_NOUN = /,\s+including\s+(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
/** A predicate telling of meetings, which an "including" list then names one of. */
const MEETINGS_IN_PREDICATE = /\b(?:met|meets|meetings|talks|held|holds|hosted|hosts)\b/;
/** The main clause's verb after a fronted adjunct's subject telling a time to come: "(Trump) will stop", "is due to". */
const FUTURE_MAIN = /^\s+(?:(?:also|then|later|first)\s+)?(?:will|shall|['’]ll|(?:is|are)\s+(?:due|expected|set|scheduled|slated|going|to)|plans?|intends?)\b/u;
/** After the adjunct's last party: a short place or time, then the comma that closes the adjunct. */
const FRONTED_ADJUNCT_CLOSE = /^(?:\s+(?:in|at|on|last|this|earlier|late|early|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b[^,;:.“”"()]{0,40}?)?,\s*/;
/** Before the main clause's subject: a determiner and titles at most ("US President Donald Trump", "the Iraqi"). */
const FRONTED_MAIN_LEAD = /^(?:(?:the|The)\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u;
/**
 * The subject of the main clause an adjunct opening the sentence hangs on: "After meeting with Esper on Wednesday, Iraqi
 * officials said", "After a meeting with Xi, US President Donald Trump says". The adjunct holds only the cue, its
 * other side and a short place or time before its comma (no clause: "After talks with Iran collapsed, …" has no side
 * named); the subject heads the main clause (a lower-case verb right after it, no second conjunct) — subject.fronted-adjunct.
 */
function frontedAdjunctSubject(ctx: Ctx, cueStart: number, cueEnd: number, participle = false): Party | null {
  const { body, s, parties } = ctx;
  if (!FRONTED_ADJUNCT_OPENING.test(body.slice(s.start, cueStart)) && !(participle && PARTICIPLE_OPENING.test(body.slice(s.start, cueStart)))) return null;
  const objects = objectList(ctx, cueEnd);
  if (!objects.length) return null;
  const lastObject = objects[objects.length - 1];
  const close = FRONTED_ADJUNCT_CLOSE.exec(body.slice(lastObject.end, s.end));
  if (!close) return null;
  const mainAt = lastObject.end + close[0].length;
  const subject = parties.find((p) => p.start >= mainAt && !p.adjective);
  if (!subject || subject.possessive || subject.modifierOnly || subject.they || !FRONTED_MAIN_LEAD.test(body.slice(mainAt, subject.start))) return null;
  const next = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u.exec(body.slice(subject.end, Math.min(s.end, subject.end + 30)))?.[1];
  return next && !['and', 'or', 'of', 'as', 'nor', 'who', 'which', 'that'].includes(next) ? subject : null;
}

/** The speaker right before an adjunct: "“…,” Wang said, after talks with …". */
function speakerBefore(ctx: Ctx, at: number): Party | null {
  const p = ctx.parties.filter((x) => x.end <= at && !x.adjective).pop();
  return p && !p.possessive && !p.modifierOnly && SPEAKER_VERB_GAP.test(ctx.body.slice(p.end, at)) ? p : null;
}
/**
 * Between a speaker and the adjunct after the verb of saying: the verb, and at most a day or a short time, the setting of
 * the words ("in a statement") or one capitalised place ("“…,” Obama said Monday ahead of a meeting with Tusk",
 * "Trump told reporters on Monday during a meeting with Orban", "Kerry said in Geneva after a meeting with Lavrov").
 */
const SPEAKER_VERB_GAP = /^\s+(?:said|says|added|told\s+reporters|wrote)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|earlier|later|(?:last|this)\s+(?:week|month)))?(?:\s+in\s+(?:a\s+statement|\p{Lu}[\p{L}-]+))?\s*,?\s*$/u;

/** The party opening the sentence, as its subject ("Theresa May has been granted …", "Wang said, …"). */
function sentenceSubject(ctx: Ctx, at?: number): Party | null {
  const first = ctx.parties.find((p) => !p.adjective);
  if (!first || first.possessive || first.modifierOnly || first.pronoun) return null;
  const lead = ctx.body.slice(ctx.s.start, first.start);
  // "“The United States must work with Turkey …,” McCain said after meeting with Erdogan": a sentence opening with a
  // quotation has the attribution after it as its main clause; for a cue after the quotation its speaker is the subject,
  // no name inside the quoted words (subject.after-quotation). A cue inside the quoted words keeps their own subject.
  const close = /^\s*[“"]/.test(lead) ? ctx.body.slice(first.end, ctx.s.end).search(/[”"]/) : -1;
  if (close >= 0 && at !== undefined && at > first.end + close) {
    const closeAt = first.end + close;
    const speaker = ctx.parties.find((p) => p.start > closeAt && !p.adjective);
    const inverted = speaker && SAYING_THEN_SPEAKER.test(ctx.body.slice(closeAt + 1, speaker.start));
    const plain = speaker && QUOTE_THEN_SPEAKER.test(ctx.body.slice(closeAt + 1, speaker.start).replace(/^[\s,]*(?:the|The)\s+/, ' ')) && SAYING_AFTER.test(ctx.body.slice(speaker.end, speaker.end + 12));
    return speaker && !speaker.possessive && !speaker.modifierOnly && (inverted || plain) ? speaker : null;
  }
  // "As The Hill points out, … Gabbard … had a secret meeting with Assad": the source of an "As X notes," frame only
  // reports the sentence; it is no subject of it (subject.as-frame).
  if (/^["“]?As\s/u.test(lead) && AS_FRAME_AFTER.test(ctx.body.slice(first.end, Math.min(ctx.s.end, first.end + 40)))) return null;
  return /^(?:["“]?(?:The|the)\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u.test(lead) ? first : null;
}
/** A verb of reporting closing an "As X …," frame: "points out,", "has noted,", "first reported,", "put it,". */
const AS_FRAME_AFTER = /^\s+(?:(?:has|have|had|first|also|rightly|correctly)\s+)?(?:points?\s+out|pointed\s+out|notes?|noted|reports?|reported|says|said|writes|wrote|explains?|explained|observes?|observed|puts?\s+it|argues?|argued|recalls?|recalled|reveals?|revealed|details?|detailed|documents?|documented)\s*,/u;

/** A party written after "in", "at", "to" or "from" is where something happens, not who does it; a part of it
 *  ("in northern Syria", "across war-torn eastern Ukraine") is a place too. */
function isPlace(body: string, sentenceStart: number, p: Party): boolean {
  if (p.pronoun) return false;
  const before = body.slice(Math.max(sentenceStart, p.start - 80), p.start);
  // "will travel to Israel and then the Vatican to meet with Pope Francis": a country joined to a place of a preposition
  // is one more place of it, no subject of the verb after it.
  return PLACE_BEFORE.test(before) || ((p.type === 'Country' || p.type === 'Place') && PLACE_LIST_BEFORE.test(before));
}
/** Adjectives naming a part or a state of a place: "northern Syria", "war-torn Yemen", "rebel-held Idlib". */
const REGION_ADJECTIVES = ['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north', 'south', 'east', 'west', 'war-torn', 'rural', 'coastal', 'occupied', 'rebel-held', 'government-held', 'mainland'];
/** A preposition of place, then a determiner and at most two adjectives of region ("in northern", "to war-torn"), and a hashtag. */
// ("a good trip to #Pyongyang", "in # Gaza": a tweet's hashtag on a place name keeps it a place.)
const PLACE_BEFORE = new RegExp(`\\b(?:in|at|to|from|near|across|inside|outside|toward|towards|into|visit|visits|visited|visiting|depart|departs|departed|departing)\\s+(?:the\\s+)?(?:(?:${REGION_ADJECTIVES.join('|')})\\s+){0,2}(?:#\\s?)?$`, 'i');
/** A place a verb of travel goes to, then "and"/"or" (with "then", "later"…): the next conjunct is a destination too
 *  ("will travel to Israel and then the Vatican"; not "a blow to South Korea and Japan"). */
const PLACE_LIST_BEFORE = new RegExp(`\\b(?:(?:travel(?:s|ed|led|ing|ling)?|fl(?:y|ies|ew|ying|own)|head(?:s|ed|ing)?|go(?:es|ing)?|went|return(?:s|ed|ing)?|jet(?:s|ted|ting)?)\\s+(?:on\\s+|back\\s+)?to|visit(?:s|ed|ing)?|tour(?:s|ed|ing)?)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,3},?\\s+(?:and|or)\\s+(?:then\\s+|later\\s+|also\\s+|finally\\s+|on\\s+to\\s+)?(?:the\\s+)?$`, 'u');

/**
 * A party deep inside a fronted adjunct ("after exchanging messages through Oman, Iranian and American officials met")
 * belongs to the adjunct, so it is no conjunct of the subject list after it; a party right after the opener is the
 * subject of a clause of time ("When Obama, Putin and Xi met").
 */
function insideAdjunct(body: string, sentenceStart: number, p: Party): boolean {
  if (p.pronoun) return false;
  const before = body.slice(Math.max(sentenceStart, p.start - 100), p.start);
  const stretch = before.slice(Math.max(...[',', ';', ':', '—', '–'].map((c) => before.lastIndexOf(c))) + 1);
  const ws = words(stretch);
  return ws.length >= 3 && ADJUNCT_OPENERS.has(ws[0].toLowerCase());
}
const ADJUNCT_OPENERS = new Set(['after', 'before', 'while', 'since', 'by', 'without', 'despite', 'following', 'through', 'via', 'with', 'during', 'amid', 'upon', 'for', 'from']);

/** A party after "on", "about", "over", "with"… is a preposition's object, never the subject of a verb after it. */
function isPrepositionObject(body: string, sentenceStart: number, p: Party): boolean {
  if (p.pronoun) return false;
  const before = body.slice(Math.max(sentenceStart, p.start - 60), p.start);
  // "during a phone call with Secretary of State Mike Pompeo, urged": titles may stand between the preposition and the name.
  // "on confronting Iran, supporting Israel", "using Twitter to show support": a gerund's object is no subject either.
  return /\b(?:on|about|over|for|against|with|of|regarding|concerning|toward|towards|amid|among|between|by|under|than|like|including)\s+(?:the\s+)?$/i.test(before) || /\b(?:on|about|over|for|against|with|regarding|concerning|toward|towards|amid|among|between|by|under|than|like|including)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+(?:of\s+)?){1,4}$/u.test(before) || /^\p{Ll}{2,}ing$/u.test(words(before.replace(/\bthe\s+$/, '')).pop() ?? '');
}

/**
 * Whether a dash parenthesis keeps a party from being the subject of a cue after it. A party inside one closed before the
 * cue is no subject when the parenthesis is a clause or a phrase of its own ("trashed the EU — of which Germany is an
 * advocate — and threatened to withdraw support for NATO", "praised Merkel — who backs Turkey — and met Putin"); a
 * parenthesis of names in apposition ("The six powers – the US, Russia, … and Germany – are to meet") is the subject. A
 * party before a parenthesis opening on a determiner ("… pressure Erdogan — a point of tension exposed in a meeting with
 * …") is no subject of a cue inside it: that noun phrase is.
 */
function dashParenthesisBlocks(body: string, sentenceStart: number, p: Party, at: number): boolean {
  const gap = body.slice(p.end, at);
  const dash = DASH.exec(gap);
  if (!dash) return false;
  const before = body.slice(sentenceStart, p.start);
  const opened = (before.match(DASH_GLOBAL) ?? []).length % 2 === 1;
  if (opened) {
    const open = Math.max(before.lastIndexOf('—'), before.lastIndexOf(' – '), before.lastIndexOf(' - '));
    return CLAUSE_PARENTHESIS.test(before.slice(open + 2));
  }
  // Still open at the cue: the cue is inside it.
  return (gap.match(DASH_GLOBAL) ?? []).length % 2 === 1 && /^\s*(?:a|an|the|this|that|these|those)\b/i.test(gap.slice(dash.index + dash[0].length));
}
const DASH = /—|\s[–-]\s/;
const DASH_GLOBAL = /—|\s[–-]\s/g;
/** The opening of a parenthesis that is a clause or a phrase of its own, not names in apposition. */
const CLAUSE_PARENTHESIS = /^\s*(?:of|in|to|for|with|by|on|at|from|along|including|unlike|like|which|who|whom|whose|that|where|when|while|as|because|although|though|if|unless|and|but)\b/i;

function subjectGapOk(rawGap: string, loose: boolean): boolean {
  // "John Kerry (left) meets with Zarif": a photo caption's position of the person in brackets is no word of the clause.
  const gap = rawGap.replace(CAPTION_POSITION, ' ');
  if (/[;:()“”"?]/.test(gap)) return false;
  if (/^\s*,\s*$/.test(gap)) return true; // the comma closing an apposition ("…, Moon Jae-in, meet")
  // A comma may only open a relative clause ("Tillerson, who met …") or close an apposition ("Lavrov, the minister, met").
  const commas = (gap.match(/,/g) ?? []).length;
  if (commas > 0 && !/^\s*,\s+who\b/.test(gap) && !(commas === 2 && /^\s*,[^,]{1,50},\s*$/.test(gap))) return false;
  const ws = words(gap).map((w) => w.toLowerCase());
  if (ws.length > (loose ? SUBJECT_GAP_MAX + 2 : SUBJECT_GAP_MAX)) return false;
  // "granted the Russian attorney who met with …": "who" takes the noun right before it as the verb's subject.
  if (ws.includes('who') && !/^\s*(?:[,—–-]\s*)?who\b/.test(gap)) return false;
  // "companies which the U.S. claimed supported the GRU": a verb of saying or thinking right before the cue takes a
  // clause, and a clause with no subject of its own is a relative one: the party is the claimer, the cue's subject is
  // "which" (its noun). (A gerund takes the claimer as its subject: "Sessions acknowledged meeting Kislyak" — those verbs
  // are not listed.)
  if (ws.length === 1 && CLAIM_VERBS.has(ws[0])) return false;
  // "Trump as they welcome …": a subject pronoun between is the verb's own subject.
  return !ws.some((w) => CLAUSE_BREAKERS.has(w) || SUBJECT_PRONOUNS.has(w));
}

/** A caption's position of the conjunct before it, set off by commas or brackets: ", right," / "(L)". */
const CAPTION_POSITION_IN_LIST = /^\s*(?:,\s*(?:left|right|center|centre)(?=\s*,)|\((?:left|right|center|centre|L|R|C)\))/i;
/** A caption's bracketed position of the person before it: "(left)", "(R)", "(second from right)", "(center)". */
const CAPTION_POSITION = /^\s*\((?:left|right|center|centre|L|R|C|(?:second|third|far)\s+(?:from\s+)?(?:left|right)|from\s+(?:left|right))\)/i;
/** Verbs of saying, claiming or thinking that take a clause: right before a cue they leave it without its own subject. */
const CLAIM_VERBS = new Set(['claimed', 'claims', 'claim', 'alleged', 'alleges', 'allege', 'believed', 'believes', 'believe', 'thinks', 'think', 'thought', 'suspects', 'suspected', 'suspect', 'insisted', 'insists', 'argued', 'argues', 'asserted', 'asserts', 'contended', 'contends', 'maintained', 'maintains', 'reported', 'knew', 'knows', 'feared', 'fears', 'suggested', 'suggests', 'concluded', 'concludes', 'estimated', 'estimates', 'assessed', 'assesses', 'charged', 'charges']);

/** A finite verb after "it": "it made", "it has", "it propped", "it backs" (not "it." or "it in"). */
const IT_VERB = /^(?:is|was|has|had|will|would|could|can|may|might|must|should|does|did|\p{Ll}{2,}(?:ed|s))$/u;

/** Pronouns that are a clause's own subject (no party of their own here): "they welcome", "we met", "(keep him in
 *  power the way) it propped up Assad" — "it" is some country or body, never the person named before it. */
const SUBJECT_PRONOUNS = new Set(['they', 'we', 'i', 'you', 'it']);

/** Whether `owner` is a possessive ("Tehran’s", "its", "his") that determines the phrase `named` stands in: "Tehran’s
 *  Hezbollah auxiliaries", "its South Korean ally" (a determiner's own adjective may stand between: "its key Russian ally"). */
function ownsNext(body: string, owner: Party, named: Party): boolean {
  return owner.possessive && owner.end <= named.start && (owner.pronoun ? PRONOUN_OWNS_GAP : NAME_OWNS_GAP).test(body.slice(owner.end, named.start));
}
/**
 * Whether "its/his/her <named> <ally noun>" names an ally of the owner the pronoun takes up: "its South Korean ally", "his
 * Iranian backers", "his Hezbollah allies". Not "its NATO allies" or "its European Union partners" (the owner's fellow
 * members of a body, no alliance with the body); not a proxy named by its land ("its Lebanese proxy" is a faction there);
 * not a non-state group's allies by nationality ("the Taliban or its Afghan allies" are groups of that nation — its
 * backers or patrons stay: "Hezbollah and its Iranian backers"); not an owner that is a news outlet.
 */
function pronounOwnsAlly(ctx: Ctx, owner: Party, named: Party, cue: string): boolean {
  // ("lose the West its Asian allies": a person's name there is no nation's, and no ally named.)
  if (named.type === 'Person') return false;
  if (/^prox(?:y|ies)$/i.test(cue)) return false;
  if (owner.type === 'Organization' && named.type === 'Country' && !/^(?:backers?|patrons?|sponsors?|protectors?)$/i.test(cue)) return false;
  return !isMediaParty(ctx, owner);
}
/** "Washington's Nato allies", "its NATO allies", "its European Union partners": a body named inside an owned ally phrase
 *  says among whom the allies are; its members are no allies of the body. */
function memberBody(body: string, named: Party): boolean {
  const name = body.slice(named.start, named.end);
  return named.type === 'Organization' && (ALLIANCE_BODY.test(name) || MEMBERSHIP_BODY.test(name));
}
/** A political party (or a movement of members, as the Muslim Brotherhood) as the text names it: "Likud", "GOP", "the
 *  Labour Party". */
function politicalParty(body: string, named: Party): boolean {
  if (named.type !== 'Organization') return false;
  const name = body.slice(named.start, named.end).replace(/^the\s+/i, '');
  return HEADLESS_PARTY_NAMES.has(name) || PARTY_NAME.test(name) || /-party$/.test(named.id);
}
const PARTY_NAME = /^(?:GOP|Republicans?|Democrats?|Tories|Tory|Labour|Conservatives|Muslim\s+Brotherhood|(?:\S+\s+){0,4}Party)$/u;
/** Bodies of members that are no alliance: unions, leagues, forums of states ("Nato" as some outlets write it). */
const MEMBERSHIP_BODY = /^(?:the\s+)?(?:Nato|EU|European\s+Union|African\s+Union|Arab\s+League|ASEAN|Association\s+of\s+Southeast\s+Asian\s+Nations|G7|G-7|G20|G-20|United\s+Nations|UN|U\.N\.|OPEC|Commonwealth)$/;
const NAME_OWNS_GAP = /^['’]s?\s+$/u;
const PRONOUN_OWNS_GAP = /^\s+(?:(?:key|main|close|closest|chief|top|staunch|traditional|longtime|long-time|strongest|principal|regional|only|last|former|new|old|biggest|most\s+important)\s+)?$/u;

/** "X's" / "X’" or "his"/"its" right before the cue, over at most two adjectives: the owner. */
/** A party "his"/"her" cannot take up: a country, or a body its mention describes with a common noun ("Putin’s government"). */
function notPersonalOwner(body: string, p: Party): boolean {
  return p.type === 'Country' || (p.type === 'Organization' && /\s\p{Ll}/u.test(body.slice(p.start, p.end)));
}

function possessorBefore(ctx: Ctx, at: number): Party | null {
  const { body, parties } = ctx;
  for (let k = parties.length - 1; k >= 0; k--) {
    const p = parties[k];
    if (p.end > at) continue;
    // "Trump's July 25 call with Zelensky": a date is one more premodifier between the owner and the noun.
    const gap = body.slice(p.end, at).replace(DATE_PREMODIFIER_END, ' ');
    // "Tehran’s Hezbollah auxiliaries": the named party stands between its owner and the noun.
    const prev = parties[k - 1];
    if (/^\s+$/.test(gap) && (p.modifierOnly || (prev && ownsNext(body, prev, p)))) {
      at = p.start;
      continue;
    }
    if (!/^(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+|[\p{Lu}][\p{Ll}]+['’]s\s+){0,4}$/u.test(gap) && !/^(?:['’]s?)?\s*$/.test(gap)) return null;
    // "his connection to the security aid": the owner of another noun, not of the cue.
    if (/\b(?:to|of|for|with|on|about|in|from)\s/.test(gap)) return null;
    // "praised Pompeo's trip and his talks with Kim": a noun has one determiner, and a "his" before it owns it, not a
    // name before that "his" (pronouns.ts decides whose it is).
    if (/\b(?:his|her|its|their)\s/i.test(gap)) return null;
    // "where his father is meeting with Xi": a verb between makes the cue a verb of the phrase the possessive
    // determines (another person: "his father"), not a noun it owns.
    if (VERB_IN_POSSESSOR_GAP.test(gap)) return null;
    // "is Trump's trade czar and leads negotiations with China": a conjunction after a noun the owner determines that
    // takes no "with" (no meeting or tie of its own) starts a new conjunct — a predicate, whose subject the owner's noun
    // is (another person); "Obama's calls and meetings with" coordinates two nouns of one owner (possessor.conjunct).
    const conjunct = /\b(\p{Ll}[\p{L}-]*)\s+(?:and|or|but)\s+(\p{Ll}+(?:s|ed))\s/u.exec(gap);
    if (conjunct && !WITH_TAKING.has(conjunct[1]) && !(conjunct[1] in MEET_NOUN_KINDS) && !WITH_TAKING.has(conjunct[2])) return null;
    if (p.possessive) return p;
    // "Tehran’s Hezbollah auxiliaries": the phrase's owner is the possessive before the head.
    return null;
  }
  return null;
}

/** A verb of judgement over a definite meeting noun: "(he) defended the nuclear (negotiations)", "criticized the (talks)":
 *  the verb, an optional "also", a determiner, then at most three lower-case words up to the noun. */
function judgedNounBefore(gap: string): boolean {
  const ws = words(gap).map((w) => w.toLowerCase());
  for (let k = ws.length - 1; k >= Math.max(0, ws.length - 4); k--) {
    if (!JUDGED_DETERMINERS.has(ws[k])) continue;
    const verb = ws[k - 1] === 'also' ? ws[k - 2] : ws[k - 1];
    return verb !== undefined && JUDGEMENT.has(verb) && ws.slice(k + 1).every((w) => /^\p{Ll}/u.test(w));
  }
  return false;
}
const JUDGED_DETERMINERS = new Set(['the', 'these', 'those', 'such']);
const JUDGEMENT = set(JUDGEMENT_VERBS);

/** A common noun's possessive right before a noun, over at most two lower-case adjectives: "the administration's
 *  (negotiations)", "his father's (first summit)"; the match starts at the owner word. */
// (A common noun only: a capitalised owner is a name, maybe one the article's entities missed.)
/** An auxiliary or a copula between a possessive and a cue: "(his father) is (meeting)", "(her aides) have (met)". */
const VERB_IN_POSSESSOR_GAP = /\b(?:is|are|was|were|am|be|been|being|has|have|had|will|would|shall|should|can|could|may|might|must|does|did)\s/;
/** "his"/"her" determining the noun a cue ends: "his (imminent) summit with". */
/** A sentence opening with a capitalised name (not a determiner, pronoun or conjunction) and its verb: "Energean is", "Exxon also plans". */
const UNRECOGNISED_NAME_SUBJECT = /^["“]?(?!(?:The|This|That|These|Those|It|Its|He|She|They|We|I|You|But|And|Or|So|Yet|In|On|At|For|After|Before|When|While|As|If|A|An|Mr|Mrs|Ms|Dr)\b)\p{Lu}[\p{L}&.’'-]*(?: \p{Lu}[\p{L}&.’'-]*){0,3} (?:(?:also|now|still|already) )?(?:is|was|are|were|has|had|have|will|would|plans|said|says)\b/u;
const POSSESSIVE_DETERMINER_BEFORE = /\b(?:his|her)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;
const UNNAMED_OWNER_BEFORE = /(?<![\p{L}\p{N}.’'-])\p{Ll}[\p{L}-]*(?:['’]s|(?<=s)['’])\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** A date as the last premodifier before a noun: "(the president's) July 2019 (call)", "(his) March 3 (meeting)", "2018". */
const DATE_PREMODIFIER_END = new RegExp(`\\s(?:${MONTH}(?: \\d{1,2},?)?(?: \\d{4})?|\\d{4}) $`, 'u');
/** A time before a possessive ("Thursday's meeting", "this week's summit", "last year's talks"): it dates the noun, it owns
 *  nothing. */
const TIME_POSSESSOR = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|today|tonight|tomorrow|yesterday|day|week|weekend|month|year|decade|night|morning|afternoon|evening|summer|spring|autumn|fall|winter|century)['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;

/** Between a country modifying a noun and the noun: blanks and at most one adjective ("U.S. military alliance"). */
const OWNING_MODIFIER_GAP = /^\s+(?:(?:military|security|defen[cs]e|strategic|economic|financial|humanitarian|formal|bilateral|nuclear)\s+)?$/;

/** After a "between" list, "with" and the other side, past a title's complement and its holder's name: " with", " to
 *  Syria Robert Ford with". */
const JOINT_SIDE_WITH = /^(?:\s+to\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})?\s+with\b/u;

/** Between a country or demonym modifying a meeting noun and the noun: blanks and at most one adjective ("American
 *  direct talks"). */
const MEETING_MODIFIER_GAP = /^\s+(?:(?:direct|secret|bilateral|formal|informal|nuclear|trade|peace|security|military|high-level|face-to-face|preliminary|exploratory|back-channel|backchannel)\s+)?$/;

/** Parties joined by a dash, slash or "and" right before the cue: "the Trump–Kim summit", "(US and South Korean) alliance". */
function compoundBefore(ctx: Ctx, at: number): Party[] {
  const { body } = ctx;
  // "the inter-Korean talks", "cross-Strait negotiations": an adjective that names both sides is the compound of the two
  // (compound.both-sides-adjective), when the article names both countries.
  const both = BOTH_SIDES_ADJECTIVE.exec(body.slice(Math.max(ctx.s.start, at - 40), at));
  if (both) {
    const ids = BOTH_SIDES[both[1].toLowerCase()].map((code) => `country:${code}`);
    const start = at - both[0].length + both[0].indexOf(both[1]);
    if (ids.every((id) => ctx.types.get(id) === 'Country')) return ids.map((id) => ({ start, end: start + both[1].length, id, type: 'Country' as const, possessive: false, modifierOnly: false, modifiers: [], pronoun: false, adjective: false }));
  }
  const before = ctx.parties.filter((p) => p.end <= at);
  let k = before.length - 1;
  if (k < 0 || !/^[\s)]*(?:(?:military|security|defense|defence|strategic)\s+)?$/.test(body.slice(before[k].end, at))) return [];
  const out = [before[k]];
  for (k--; k >= 0; k--) {
    const sep = body.slice(before[k].end, out[0].start);
    if (!/^\s*(?:[-–—/]|and)\s*$/.test(sep)) break; // blanks on both sides: one run each, no overlap
    out.unshift(before[k]);
  }
  return out.length > 1 ? out : [];
}

/** Adjectives that name the two sides of a meeting between them, with their countries. */
const BOTH_SIDES: Record<string, readonly [string, string]> = { 'inter-korean': ['KP', 'KR'], 'cross-strait': ['CN', 'TW'] };
const BOTH_SIDES_WORD = /\b(?:[Ii]nter-Korean|[Cc]ross-[Ss]trait)\b/u;
const BOTH_SIDES_ADJECTIVE = /\b([Ii]nter-Korean|[Cc]ross-[Ss]trait)\s+(?:(?:high-level|working-level|military|official|formal|new|first|latest|direct|peace|trade|economic)\s+)?$/u;
/** Between two members of a comma list not yet closed by "and": a bare comma, then an article at most. */
const OPEN_LIST_GAP = /^\s*,\s*(?:the\s+)?$/;

/** The party a descriptive phrase at `at` belongs to: "China, North Korea's main ally," / "Syria is a close ally of". */
function appositiveOf(ctx: Ctx, at: number, plural = false): Party[] {
  const { body, parties } = ctx;
  for (let k = parties.length - 1; k >= 0; k--) {
    const p = parties[k];
    if (p.end > at) continue;
    if (p.possessive || p.modifierOnly || p.adjective) continue;
    const gap = body.slice(p.end, at);
    // "Trump, criticizing U.S. allies,", "the administration is pressing U.S. allies": a verb in -ing opening the phrase
    // makes it a participle clause or a progressive verb with an object, not a description of the party before it.
    const firstWord = /^[\s,]*(?:is|was|are|were|has\s+been|have\s+been|remains|remained|became|becomes)?\s*(\p{Ll}[\p{Ll}-]*)/u.exec(gap)?.[1];
    if (firstWord && /ing$/.test(firstWord) && !ING_ADJECTIVES.has(firstWord)) return [];
    // An apposition or a predicate noun is determiners, adjectives and nouns: a preposition in between ("in Helsinki,
    // reviving concerns among US allies", "Haftar is his fight against the U.N.-backed …") puts the phrase elsewhere,
    // and a place after "in" is described by nothing.
    // ", arguing that …": a clause, not an apposition, stands between.
    // "al-Muhandis, deputy commander of Iran-backed militias": after "of" the phrase describes the noun it complements,
    // not the party ("Graham, one of Trump's allies" is partitive: he is one of them).
    const describable = !PREPOSITION_IN_GAP.test(gap) && !(OF_IN_GAP.test(gap) && !partitiveOf(gap)) && !CLAUSE_WORD_IN_GAP.test(gap) && !isPlace(body, ctx.s.start, p);
    if (describable && /^\s*,\s+(?:(?:a|an|the|its|his|her)\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u.test(gap)) {
      // "a welcome from Syria, Russia, the United Nations, a key American ally and …": after a member of a list still
      // open (joined to the one before by a bare comma), a comma phrase is the list's next member, no apposition.
      // Three members at least ("Lebanon’s president, Michel Suleiman, a political ally of Hezbollah" is an apposition).
      const [first, prev] = parties.slice(0, k).filter((x) => !x.pronoun && !x.adjective).slice(-2);
      const listed = (x: Party | undefined, y: Party) => !!x && !x.possessive && !x.modifierOnly && OPEN_LIST_GAP.test(body.slice(x.end, y.start));
      if (!plural && prev && listed(prev, p) && listed(first, prev)) return [];
      if (!plural) return [p];
      // "Congress, America’s allies and the Russians were all looking …": a plural noun apposed to one party that is no
      // plural itself is the next member of a list, no apposition — list members are no allies of each other ("Graham,
      // one of Trump's allies," is partitive: he is one of them).
      const described = coordinatedBefore(ctx, k);
      return described.length === 1 && !PLURAL_NAME.test(body.slice(p.start, p.end)) && !partitiveOf(gap) && !COORDINATED_BEFORE.test(body.slice(Math.max(0, p.start - 12), p.start)) && !/^\s*,\s+(?:both|all)\s/.test(gap) ? [] : described;
    }
    if (describable && /^\s+(?:is|was|are|were|has\s+been|have\s+been|remains|remained|became|becomes)\s+(?:(?:a|an|the|its|his|her)\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u.test(gap)) return plural ? coordinatedBefore(ctx, k) : [p];
    // Only a possessive owner may stand between ("China, North Korea’s main ally").
    if (!/^(?:['’]s?)?[\s\p{Ll}'’-]*$/u.test(gap)) return [];
  }
  return [];
}

/**
 * People the article ties to a nomination, a confirmation or a candidacy ("Hagel's nomination", "nominating Hagel",
 * "voted to confirm X", "the nominee, X", "X, Trump's pick for …", "candidate Ben Carson"): support for them is a vote
 * or an endorsement, not an alliance.
 */
function nomineesOf(body: string, people: readonly LinkedMention[]): Set<string> {
  const out = new Set<string>();
  for (const m of people) {
    if (out.has(m.entityId)) continue;
    const before = body.slice(Math.max(0, m.start - 50), m.start);
    const after = body.slice(m.end, m.end + 60);
    if (NOMINEE_AFTER.test(after) || NOMINEE_APPOSITION_AFTER.test(after) || NOMINEE_BEFORE.test(before)) out.add(m.entityId);
  }
  return out;
}
const NOMINEE_AFTER = /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:nomination|confirmation|candidacy|(?:presidential|election|re-?election|primary|senate|leadership)\s+(?:bid|campaign|run))\b/u;
const NOMINEE_APPOSITION_AFTER = /^,\s+(?:(?:the|a|[\p{Lu}][\p{L}.’'-]*['’]s?)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:nominee|pick|choice|candidate)\b/u;
const NOMINEE_BEFORE = /\b(?:nominate|nominates|nominated|nominating|confirm|confirming|nominee|nominees|candidate|candidates|pick|hopeful|contender)(?:\s+for\s+[\p{L} ]{1,30}?)?(?:\s*,)?\s+(?:(?:the|as)\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u;

/** Words in -ing after a name that open no clause of their own: prepositions and nouns ("welcomed Xi during …"). */
const NOT_GERUNDS = new Set(['during', 'including', 'regarding', 'following', 'concerning', 'according', 'notwithstanding', 'pending', 'morning', 'evening', 'king', 'thing', 'something', 'nothing', 'anything', 'everything', 'wedding', 'meeting', 'briefing', 'hearing', 'gathering', 'building', 'spring']);

/** Groups of people who can be welcomed as visitors: "welcomed the Chinese delegation", "… Iranian officials". */
/** A rite or a ceremony attended, after a joint appearance's cue (meet.joint-appearance). */
const ATTENDED_RITE = /\b(?:funeral|memorial|ceremony|ceremonies|service|inauguration|parade|commemoration|wedding|mass|vigil|wreath|burial)\b/i;
/** After a welcomed party: "as a Bush holdover", "as player for peace" — "as" and a role noun, not a clause ("as they arrive"). */
const WELCOMED_AS_ROLE = /^,?\s+as\s+(?:an?\s|(?!(?:he|she|they|it|we|i|you|the|this|that|these|those|his|her|their|its|our|both|part|well|soon|long|much|many|if|though|part|expected|planned|usual|always)\b)\p{Ll})/u;
const WELCOMED_GROUP = /\b(?:delegations?|officials?|leaders?|envoys?|ministers?|president|premier|ambassador|diplomats?|counterparts?|representatives?|emissary|negotiators?|team|king|queen|prince|chancellor)$/i;
/** Between an owner and an aid noun: the owner's noun and its infinitive of giving ("’s 1994 agreement to send"). */
const GIVING_NOUN_GAP = /^['’]s?\s+(?:[\p{L}\d-]+\s+){1,3}to\s+(?:send|give|provide|deliver|supply|offer|extend|ship|increase|boost)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** "the Kurds and Israel, both staunch U.S. allies": the last member of a coordination the engine names no other of. */
const COORDINATED_BEFORE = /\b(?:and|or)\s+(?:the\s+)?$/;
/** A name that is a plural itself: "the Houthis", "Kurds", "Republicans" (not "Congress"). */
const PLURAL_NAME = /[^s]s$/;
/** Plural nouns of allies: their apposition or copula subject may be a list ("Japan and South Korea, both U.S. allies"). */
const PLURAL_ALLY_NOUN = /^(?:allies|partners|backers|proxies|clients|patrons|protectors|auxiliaries|enablers)$/i;
/** Adjectives in -ing that may open a description: "longstanding U.S. allies", "a leading backer". */
const ING_ADJECTIVES = new Set(['longstanding', 'long-standing', 'leading', 'enduring', 'unwavering', 'emerging', 'existing', 'remaining', 'willing', 'outstanding', 'growing', 'unflinching', 'trusting', 'loving', 'fighting']);

/** The party at `k` with the parties coordinated before it ("Japan and South Korea", "Japan, Korea and Australia"). */
function coordinatedBefore(ctx: Ctx, k: number): Party[] {
  const { body, parties } = ctx;
  const out = [parties[k]];
  for (let j = k - 1; j >= 0; j--) {
    const prev = parties[j];
    if (prev.possessive || prev.modifierOnly || prev.adjective || prev.pronoun || !/^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/.test(body.slice(prev.end, out[0].start))) break;
    out.unshift(prev);
  }
  return out;
}

/** A conjunction, relative or complementiser between a party and a descriptive phrase: a new clause begins. */
const CLAUSE_WORD_IN_GAP = /\b(?:that|which|who|whom|whose|and|but|or|while|when|if|because|where|so|than|saying|arguing|claiming|noting|adding)\b/i;

const OF_IN_GAP = /\bof\s/;
/** A partitive or collective noun before "of": the party is (made of) what follows ("one of Trump's allies", "an umbrella
 *  group of Iran-backed militias"). */
const PARTITIVE_NOUNS = new Set(['one', 'some', 'many', 'most', 'all', 'each', 'several', 'two', 'three', 'four', 'five', 'both', 'none', 'any', 'either', 'neither', 'few', 'among', 'kind', 'kinds', 'sort', 'sorts', 'type', 'types', 'group', 'groups', 'coalition', 'alliance', 'network', 'collection', 'federation', 'union', 'bloc', 'band', 'umbrella', 'array', 'mix', 'conglomeration', 'consortium', 'amalgam']);
/** Whether an "of" in the gap follows a partitive or collective noun. */
function partitiveOf(gap: string): boolean {
  const ws = words(gap).map((w) => w.toLowerCase());
  return ws.some((w, k) => w === 'of' && k > 0 && PARTITIVE_NOUNS.has(ws[k - 1]));
}

/** A preposition between a party and a descriptive phrase: the phrase is not about that party. */
const PREPOSITION_IN_GAP = /\b(?:among|amongst|over|against|about|for|with|without|to|in|on|at|from|into|toward|towards|between|through|under|despite)\s/i;

/** The coordinated parties right after the cue: "Obama, Merkel and Putin", "leaders in South Korea and Japan". */
/** "A and B will meet with Iraqi officials": a "with" after the verb takes an object, named or not, so the coordinated
 *  subjects met that object, not each other — unless the object is "each other" or "one another". */
function withSomeoneElse(cue: string, after: string): boolean {
  return /\swith$/i.test(cue) && !EACH_OTHER_AFTER.test(after);
}
const EACH_OTHER_AFTER = /^\s+(?:each\s+other|one\s+another)\b/i;

function objectList(ctx: Ctx, at: number, nameOnly = false, verbCue = false, clauseObject = false): Party[] {
  const { body, parties } = ctx;
  const out: Party[] = [];
  let from = at;
  let closed = false;
  // "met with Netanyahu and with Gantz", "support for Kiev and for Tbilisi": a list may repeat the cue's preposition.
  const preposition = CUE_PREPOSITION_END.exec(body.slice(Math.max(0, at - 8), at))?.[1].toLowerCase();
  for (const p of parties) {
    if (p.start < from || p.adjective) continue;
    if (p.pronoun && p.possessive) continue; // "his counterpart from Thailand": a determiner here
    // "Israel is an ally of the United States and I think …": "I" is nominative, the subject of a clause of its own.
    if (p.firstPerson && body.startsWith('I', p.start)) break;
    const gap = body.slice(from, p.start);
    if (out.length === 0 ? !objectGapOk(gap, nameOnly) : !listSepOk(gap, preposition)) break;
    // "between the U.S. and the Taliban, and Qatar is …": a list's "and" closes it; a second "and" starts a new clause.
    // After the member joined by "and" nothing more joins ("met Obama and Merkel, Putin said").
    if (closed) break;
    const joins = out.length > 0 && /\b(?:and|as\s+well\s+as)\b/.test(gap);
    // "visited Paris, and Emmanuel Macron met Putin", "spoke with Hagel, and Amidror consulted with Rice": a name after
    // "and" with a finite verb of its own is the subject of a new clause, no member of the list.
    // (Only a verb's or a preposition's object list: "between A and B was …" and an apposition's list keep their verb.)
    if (clauseObject && joins && finiteVerbAfter(body.slice(p.end, Math.min(ctx.s.end, p.end + 40)))) break;
    closed ||= joins;
    // "its allies, Reuters reported": after a comma only an apposition names the party ("its ally, Washington,").
    if (nameOnly && out.length === 0 && /,/.test(gap) && !/^\s*(?:[,.;:)—–]|$)/.test(body.slice(p.end, Math.min(ctx.s.end, p.end + 3)))) break;
    if (p.possessive || p.modifierOnly) break;
    // "backed Trump opponent Ted Cruz", "met Clinton aide Huma Abedin": a name before a noun of a person's tie to another
    // modifies that noun; the object is the holder named right after it, or no one ("backed Trump allies").
    const tie = !p.pronoun ? TIE_NOUN_AFTER.exec(body.slice(p.end, Math.min(ctx.s.end, p.end + 30))) : null;
    if (tie) {
      const holder = parties.find((x) => x.start === p.end + tie[0].length && x.type === 'Person' && !x.pronoun && !x.possessive);
      if (!holder) break;
      out.push(holder);
      from = holder.end;
      if (nameOnly) break;
      continue;
    }
    // "aid for U.S. farmers", "met Chinese students": a country before a noun of its private people names those people,
    // no state.
    if (p.type === 'Country' && !p.pronoun && PRIVATE_PEOPLE_AFTER.test(body.slice(p.end, Math.min(ctx.s.end, p.end + 40)))) break;
    // "supports the US airstrikes", "met Trump aides": after a verb's object a plural noun makes the name its modifier
    // (the object of a verb is followed by no verb of its own; "-s" there is a noun's plural).
    // A person's name counts too, unless the noun is one of their officials ("backs Assad forces").
    // "supported Obama administration policies": a phrase ending in a singular official noun is no plural's subject either.
    const plural = verbCue && !p.pronoun && (!/\s\p{Ll}/u.test(body.slice(p.start, p.end)) || SINGULAR_OFFICIAL_END.test(body.slice(p.start, p.end))) ? PLURAL_NOUN_AFTER.exec(body.slice(p.end, Math.min(ctx.s.end, p.end + 30)))?.[1].toLowerCase() : undefined;
    if (plural && !FUNCTION_AFTER_HEAD.has(plural) && ((p.type !== 'Person' && !(OFFICIAL.has(plural) && SINGULAR_OFFICIAL_END.test(body.slice(p.start, p.end)))) || !OFFICIAL.has(plural))) break;
    // "he supports the U.N. bid": a name before a proposition's noun modifies what is backed.
    if (verbCue && !p.pronoun && PROPOSITION_AFTER.test(body.slice(p.end, Math.min(ctx.s.end, p.end + 20)))) break;
    out.push(p);
    from = p.end;
    if (nameOnly) break;
  }
  // "agreed to meet with Kim Jong Un, Tillerson told reporters": names joined by commas alone, with no "and" closing
  // them, are no list; the first is the object, the next begins another clause — or, after a country's official, is
  // the official's name in apposition ("met his Russian counterpart, Sergei Lavrov": Lavrov).
  // (A name with a verb of saying right after it is that verb's subject, no apposition: "hosting the delegation from
  // Seoul, Trump wrote" — object.reporter-after-comma.)
  if (out.length > 1 && !closed) return out[0].type !== 'Person' && out[1].type === 'Person' && /^\s*,\s*$/.test(body.slice(out[0].end, out[1].start)) && !SAYING_AFTER.test(body.slice(out[1].end, out[1].end + 12)) ? [out[1]] : out.slice(0, 1);
  return out;
}

/** A noun of a person's tie to another right after a name, then a space: "(Trump) opponent ", "(Clinton) aides ". */
const TIE_NOUN_AFTER = new RegExp(`^\\s+(?:${[...APPOSITION_NOUNS].join('|')})s?(?:\\s+|$)`, 'u');

/** Nouns of a country's private people (over one adjective): "(U.S.) farmers", "(Chinese) soybean growers". */
const PRIVATE_PEOPLE_AFTER = /^\s+(?:[\p{Ll}-]+\s+)?(?:farmers|workers|consumers|businesses|companies|firms|families|students|veterans|taxpayers|retirees|exporters|importers|manufacturers|producers|growers|homeowners|patients|investors|tourists|shoppers|employees|automakers|steelmakers|fishermen)\b/u;

/** A party's phrase ending in a singular official noun: "Obama administration", "the Iraqi government". */
const SINGULAR_OFFICIAL_END = /\s(?:administration|government|regime|leadership|military|army|side|team|delegation)$/;

/** A proposition's noun right after a name: "(the U.N.) bid", "(the Saudi) plan for". */
const PROPOSITION_AFTER = new RegExp(`^\\s+(?:${[...PROPOSITION_NOUNS].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`, 'u');

/** A plural common noun right after a name: "US airstrikes", "Iran sanctions". */
const PLURAL_NOUN_AFTER = /^\s+(\p{Ll}{2,}[^s\W]s)\b/u;

/** Official nouns of armed men: after them "in" gives where they are ("forces in Iraq"), never whose they are. */
const FORCE_NOUNS = new Set(['forces', 'military', 'troops', 'army']);

function objectGapOk(gap: string, nameOnly: boolean): boolean {
  if (/[;:()“”"?.]/.test(gap.replace(/\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Adm|St)\./g, 'Mr'))) return false;
  const g = nameOnly ? gap.replace(/^\s*,/, ' ') : gap;
  if (/,/.test(g)) return false;
  const ws = words(g);
  if (ws.length > 6) return false;
  let prevOfficial = false;
  let prevForce = false;
  let prevTitle = false;
  // "Houthi forces in Yemen": officials after a name of their own are that name's, not the place's after "in".
  let ownName = false;
  // "met with his representatives in Washington": a person's own officials are where "in" says, not that place's
  // (a counterpart is the other side's: "his counterparts in Tokyo" stay Japan's).
  let personsOwn = false;
  for (const word of ws) {
    // "met then-President Bill Clinton", "a meeting with then-Ukrainian President Petro Poroshenko": a past office's
    // "then-" or "ex-" is part of the title before the name (object.then-title).
    // (A name right after it leaves "then-" a word of its own: "then-Soviet Union leader".)
    const w = word.replace(/^(?:then|ex)-(?=\p{Lu}|$)/u, '');
    if (!w) continue;
    const lw = w.toLowerCase();
    // "Iran’s proxy forces in Iraq", "U.S. troops in Syria": armed men are where "in" says, not that place's forces
    // (officials in a capital stand for its government: "leaders in Japan").
    // "Putin, Tillerson Meet At Kremlin": a title-case line capitalises its prepositions, which are no part of a name.
    // "met Secretary of State Rex Tillerson", "Minister of Foreign Affairs": "of" inside a capitalised title.
    const ok = (/^\p{Lu}/u.test(w) && !TITLE_CASE_PREPOSITIONS.has(w)) || ROLE_GAP.has(lw) || OFFICIAL.has(lw) || (prevOfficial && LINKS.has(lw) && !ownName && !(personsOwn && lw === 'in') && !(prevForce && lw === 'in')) || (lw === 'of' && prevTitle);
    if (!ok) return false;
    // ("Director of National Intelligence": a capitalised head of office before "of" is a title too)
    prevTitle = /^\p{Lu}/u.test(w) && (ROLE_GAP.has(lw) || OFFICE_HEADS_BEFORE_OF.has(lw));
    if (/^\p{Lu}/u.test(w) && !ROLE_GAP.has(lw) && !OFFICIAL.has(lw) && !OFFICE_ADJECTIVES.has(lw)) ownName = true;
    if (lw === 'his' || lw === 'her' || lw === 'their') personsOwn = true;
    else if (lw === 'counterpart' || lw === 'counterparts') personsOwn = false;
    prevOfficial = OFFICIAL.has(lw);
    prevForce = FORCE_NOUNS.has(lw);
  }
  return true;
}

/** Heads of an office a title names with "of" after them ("Director of National Intelligence", "Commissioner of Police"). */
const OFFICE_HEADS_BEFORE_OF: ReadonlySet<string> = new Set(['director', 'commissioner', 'administrator', 'governor', 'chairman', 'chairwoman', 'chair', 'head']);

/** Prepositions as a title-case headline writes them: never part of a name between a cue and its party. */
const TITLE_CASE_PREPOSITIONS = new Set(['At', 'In', 'On', 'Into', 'Inside', 'Near', 'Outside', 'From', 'During', 'After', 'Before', 'Amid', 'Over', 'About', 'For', 'Against', 'Across', 'Toward', 'Towards', 'Ahead', 'Despite', 'Without', 'Via']);

function listSepOk(gap: string, preposition?: string): boolean {
  const m = /^\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|,?\s+(?:and|as\s+well\s+as)\s+)/.exec(gap);
  if (!m) return false;
  let rest = gap.slice(m[0].length);
  // "with Netanyahu and with Gantz", "… and also with Gantz": after "and" the cue's own preposition may come again.
  if (preposition && /\b(?:and|as\s+well\s+as)\s+$/.test(m[0])) {
    const again = REPEATED_PREPOSITION.exec(rest);
    if (again && again[1].toLowerCase() === preposition) rest = rest.slice(again[0].length);
  }
  return objectGapOk(rest, false);
}

/** The preposition a cue ends with ("met with", "support for", "backed by"), which a list of its objects may repeat. */
const CUE_PREPOSITION_END = /\b(with|to|for|of|by|from)\s*$/i;
/** The start of a list member repeating a preposition, after an optional adverb: "with ", "also with ", "then with ". */
const REPEATED_PREPOSITION = /^(?:(?:also|then|later|separately)\s+)?(with|to|for|of|by|from)\s+/i;

/** The country where a meeting took place: "in Minsk", "in Berlin" after the cue. */
function placeAfter(ctx: Ctx, at: number): string | null {
  const { body, s, parties, types, cities } = ctx;
  const places = [...parties.filter((p) => types.get(p.id) === 'Country' && !p.pronoun).map((p) => ({ start: p.start, countryId: p.id })), ...cities].sort((a, b) => a.start - b.start);
  for (const p of places) {
    if (p.start < at) continue;
    if (/\b(?:in|at)\s+(?:the\s+)?$/.test(body.slice(Math.max(s.start, p.start - 12), p.start))) return p.countryId;
  }
  return null;
}

/** The date a meeting sentence gives, resolved against publishedAt ("on Tuesday", "next month"), ISO day or null. */
function meetingDate(text: string, ref: Date | null, forward: boolean, past = false): string | null {
  const found = chrono.parse(text, ref ?? undefined, { forwardDate: forward });
  for (const r of found) {
    if (!r.start.isCertain('day') && !r.start.isCertain('weekday')) continue;
    const d = r.start.date();
    // "Moon met Trump on Tuesday" in Monday's paper: a bare weekday of a meeting that took place is the last such day, not
    // the nearest one (chrono's), which may fall after the article (a meeting dated after it can only be planned).
    if (past && ref && !r.start.isCertain('day') && d.toISOString().slice(0, 10) > ref.toISOString().slice(0, 10)) d.setUTCDate(d.getUTCDate() - 7);
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
  }
  return null;
}
