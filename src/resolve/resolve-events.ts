// Cross-article event resolution: each article's reports of an event → one event per real-world event.
//
// The merge rule (sameEvent), applied to two reports a and b:
//   1. kinds of one family: the same kind, or two kinds of a merge family (KIND_FAMILIES) —
//        in person at the top: summit, meeting, talks (a summit and a meeting of the same parties on the same day
//        are one sitting); armed action: strike, attack. Every other kind is a family of its own: a call is not a
//        meeting, a press conference is not the summit it follows, a visit is not the summit it contains;
//   2. compatible places: either unknown, or the same country;
//   3. parties: "strong" when they share two or more; "weak" when they share one and one party list contains the
//      other ({Kim} and {Trump, Kim}); "none" when either has no party; anything else (Trump–Abe vs Trump–Moon) differs;
//   4. time, by strength of the party match, for the same kind:
//        both dated          strong: dates ≤ 3 days apart; weak: the same day; none: ≤ 1 day apart and the same place
//        one dated           strong only: the date ≤ 3 days from the other article's publish date
//        neither dated       both articles published the same day, and strong, or weak and the same place
//      (a report whose text places it in a month or year before its publish month — EventReport.period, "a deal
//      struck last year" — is of no publish day: the two rules above and this one never take it;
//      a report with neither a date nor a publish date merges with nothing; nor does one with neither a date nor a
//      party — "election — Russia" anchored by its place alone is the article's own event, never a node collecting
//      every article that names some Russian election that day);
//   5. two different kinds of a family merge only when both reports are dated ≤ 1 day apart (weak: the same day), share
//      a party (strong or weak) and, for strike/attack, name the same place: the day is what makes "talks", which may
//      run for months, the one sitting a summit report tells of. A strike and an attack with no agent on one side
//      ("the attack" and "the bombings" in Brussels) merge on the same place and the same day;
//   6. two summits in the same country dated ≤ 1 day apart that share a party are one, whatever other parties they
//      name (see sameSitting);
//   7. one sitting told by its people and by its countries ({Trump, Kim} and {US, North Korea}): every party of one
//      report is a party of the other or a country the other's parties stand for (their own countries as the article
//      ties them: "North Korean leader Kim Jong Un"; EventReport.sides), two or more such countries (one for two
//      summits: a country holds one summit a day), both dated ≤ 1 day
//      apart, places not differing, for kinds told apart by their parties (see sameSides). Groups: the same test of
//      one group's core against the other's core and the countries any of its reports stand for.
// Phase 2 (joinUndated) then lets an undated group join the one dated event it tells of: a summit or meeting by its
// parties within weeks (UNDATED_JOIN), a strike or attack only when the article names it by its city ("the Paris
// attacks") and exactly one dated one of that place lies in the month before (namedTarget).
// Events are groups of reports joined by this relation, strongest links first, where two groups join only when the
// parties most of each group's reports name agree (clusterEvents): not plain connected components, which chain two
// events through one report that names a party of each. The result does not depend on the order the reports arrive in; the event's id comes from its smallest report id (and that report's kind), its kind is the most specific
// kind (first of its family's list: summit over meeting over talks, strike over attack) that more than a third of its
// reports use, else the most used (see eventKind); its date is the one most told by the reports that witness it (say it
// happened, on or before their publish day), else by all; its status is happened when a dated witness or half its
// reports say so (eventStatus); its place and name come from all reports.
import { createHash } from 'node:crypto';
import type { Entity, ExtractionResult } from '../extract/types.js';
import { ROLE_GAP_WORDS } from '../extract/lexicon/relations.js';
import { eventName } from '../extract/events.js';
import { COUNTRY_BY_DEMONYM, countryName } from '../extract/lexicon/countries.js';
import { COUNTRY_BY_CITY } from '../extract/lexicon/places.js';
import type { EventStatus } from '../extract/lexicon/events.js';

/** One article's report of an event: what that article says about it. */
export interface EventReport {
  /** `<articleId>#<n>`: the n-th event of the article's extraction, stable for the same article text. */
  reportId: string;
  articleId: string;
  publishedAt: string | null;
  kind: string;
  /** happened, or only planned / announced, or cancelled, as this article tells it. */
  status: EventStatus;
  date: string | null;
  locationId: string | null;
  locationName: string | null;
  participantIds: string[];
  /** Parallel to participantIds: the names this article gives them. */
  participantNames: string[];
  /** The sentences that report it. */
  evidence: string[];
  mentionCount: number;
  /**
   * The countries its parties stand for: each country it names as a party, and each party's own country as the
   * article ties them ("North Korean leader Kim Jong Un" → KP, "Russia's Vladimir Putin" → RU). One sitting told as
   * {Trump, Kim} and as {US, North Korea} is found through these (see sameSides). Absent on reports stored before.
   */
  sides?: string[];
  /**
   * The city the article names the event by, a city of its place ("Paris" in "the Paris attacks", "Benghazi", "Brussels"):
   * a name for one known event, which an undated look-back may join (see namedTarget). Absent when none, and on reports
   * stored before.
   */
  named?: string;
  /**
   * An undated report's year or month ('YYYY', 'YYYY-MM') before its publish month, as the text places it ("a deal
   * struck last year", "the 2015 agreement"): it is not of its publish day, so it never merges by that day (rule 4) and
   * joins a dated event in phase 2 only inside that period. Absent when the text gives none, and on reports stored before.
   */
  period?: string;
}

export interface ResolvedEvent {
  id: string;
  kind: string;
  /** happened when a dated report or half of them tell it happened, else what most reports say (see eventStatus). */
  status: EventStatus;
  name: string;
  date: string | null;
  locationId: string | null;
  locationName: string | null;
  participantIds: string[];
  /** First and last day of its reports (date, else publish date): the window the writer searches for candidates. */
  firstDay: string | null;
  lastDay: string | null;
  reports: EventReport[];
}

/** How far apart two dates of one event may be when the parties match strongly. */
export const DATE_WINDOW_DAYS = 3;

/** Kinds whose reports may tell of one event, each list most specific first (the merged event takes the first). */
export const KIND_FAMILIES: readonly (readonly string[])[] = [
  ['summit', 'meeting', 'talks'],
  ['strike', 'attack'],
];
/** Families whose cross-kind merges also need the same place on both reports. */
const PLACE_BOUND_FAMILIES: ReadonlySet<string> = new Set(['strike']);

/** The kinds a report of `kind` may merge with (itself included), most specific first. */
export function mergeableKinds(kind: string): readonly string[] {
  return KIND_FAMILIES.find((f) => f.includes(kind)) ?? [kind];
}

export function eventReportsOf(result: ExtractionResult): EventReport[] {
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const own = result.entities.some((e) => e.type === 'Event') ? ownCountries(result.article.body, result.entities) : new Map<string, string>();
  return result.entities
    .filter((e) => e.type === 'Event')
    .map((e) => {
      const participantIds = [...new Set(e.participantIds ?? [])];
      return {
        reportId: `${result.article.id}#${e.id.slice(e.id.lastIndexOf(':') + 1)}`,
        articleId: result.article.id,
        publishedAt: result.article.publishedAt,
        kind: e.kind ?? 'event',
        status: e.status ?? 'happened',
        date: e.date ?? null,
        locationId: e.locationId ?? null,
        locationName: e.locationId ? countryName(e.locationId.slice('country:'.length)) : null,
        participantIds,
        participantNames: participantIds.map((id) => byId.get(id)?.name ?? id),
        evidence: [...new Set((e.evidence ?? []).map((s) => s.text))],
        mentionCount: e.mentions.length,
        sides: sidesOf(participantIds, own),
        ...cityNaming(result.article.body, e),
        ...(e.period && !e.date ? { period: e.period } : {}),
      };
    });
}

/** A city right before an event noun, perhaps with one modifier between: "Paris " + attacks, "Brussels terror " + attack. */
const CITY_NAMING = /(?:^|[\s"“(])(\p{Lu}[\p{Ll}'’-]+)(?:\s+\p{Ll}[\p{Ll}-]*)?\s+$/u;

/** The city of its own place the article names the event by ("Paris" for "the Paris attacks" in France): see EventReport.named. */
export function namedByPlace(body: string, e: Entity): string | null {
  if (!e.locationId) return null;
  for (const m of e.mentions) {
    const city = CITY_NAMING.exec(body.slice(Math.max(0, m.start - 40), m.start));
    if (city && `country:${COUNTRY_BY_CITY.get(city[1])}` === e.locationId) return city[1];
  }
  return null;
}

/** The `named` field of a report: present only when the article names the event by a city. */
function cityNaming(body: string, e: Entity): { named?: string } {
  const city = namedByPlace(body, e);
  return city ? { named: city } : {};
}

/** Words that may stand between a country and the name of one of its people: a title ("President", "Secretary of State", "leader"). */
const TITLE_WORD = new Set([...ROLE_GAP_WORDS, 'of', 'minister', 'ministers', 'spokesman', 'spokeswoman', 'dictator', 'strongman', 'ruler', 'emir', 'negotiator', 'diplomat', 'general', 'commander']);
/** The words in a gap that say whose the person is: a role, not only "the" or capitalised words. */
const ROLE_WORD = new Set([...TITLE_WORD].filter((w) => !['the', 'a', 'an', 'his', 'her', 'its', 'their', 'of', 'top', 'senior', 'former', 'new', 'key', 'close', 'longtime', 'staunch', 'steadfast', 'vital', 'main', 'traditional', 'regional', 'national', 'special', 'acting'].includes(w)));

/**
 * Each person's own country as the article ties them: a country name or demonym right before their name, with a
 * possessive or a title between ("U.S. President Donald Trump", "North Korean leader Kim Jong Un", "Russia's Putin",
 * "Chinese Foreign Minister Wang Yi"). Not a bare country before a name ("in Beijing Xi said": no title), nor one
 * across a comma or a verb ("sanctions on Russia hit Putin").
 */
export function ownCountries(body: string, entities: readonly Entity[]): Map<string, string> {
  // Country mentions, and a demonym the recogniser took for something else ("North Korean" as an organisation).
  const countries = entities.flatMap((e) =>
    e.mentions.flatMap((m) => {
      const code = e.type === 'Country' ? e.id : COUNTRY_BY_DEMONYM.has(m.text) ? `country:${COUNTRY_BY_DEMONYM.get(m.text)}` : null;
      return code && e.type !== 'Person' ? [{ id: code, end: m.end }] : [];
    }),
  );
  countries.sort((a, b) => a.end - b.end);
  const own = new Map<string, string>();
  for (const person of entities) {
    if (person.type !== 'Person') continue;
    const votes = new Map<string, number>();
    for (const m of person.mentions) {
      const before = countries.filter((c) => c.end <= m.start && m.start - c.end <= 60).pop();
      if (before && titleBetween(body.slice(before.end, m.start))) votes.set(before.id, (votes.get(before.id) ?? 0) + 1);
    }
    const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (best) own.set(person.id, best[0]);
  }
  return own;
}

function titleBetween(gap: string): boolean {
  const possessive = /^['’]s?(?=\s)/.exec(gap);
  const rest = possessive ? gap.slice(possessive[0].length) : gap;
  if (!/^\s/.test(rest) || !/\s$/.test(rest)) return false;
  const words = rest.trim() ? rest.trim().split(/\s+/) : [];
  if (words.length > 5 || !words.every((w) => TITLE_WORD.has(w.toLowerCase()) || /^\p{Lu}[\p{L}.-]*$/u.test(w))) return false;
  return !!possessive || words.some((w) => ROLE_WORD.has(w.toLowerCase()));
}

/** The countries a report's parties stand for (see EventReport.sides). */
function sidesOf(participantIds: string[], own: Map<string, string>): string[] {
  return [...new Set(participantIds.flatMap((p) => (p.startsWith('country:') ? [p] : own.has(p) ? [own.get(p)!] : [])))];
}

const DAY_MS = 86_400_000;
const daysApart = (a: string, b: string) => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS;

type PartyMatch = 'strong' | 'weak' | 'none' | 'differ';

function partyMatch(a: string[], b: string[]): PartyMatch {
  if (!a.length || !b.length) return 'none';
  const shared = a.filter((p) => b.includes(p)).length;
  if (shared >= 2) return 'strong';
  if (shared === 1 && (shared === a.length || shared === b.length)) return 'weak';
  return 'differ';
}

/** The merge rule: do two reports tell of the same real-world event? (See the top of this file.) */
export function sameEvent(a: EventReport, b: EventReport): boolean {
  const family = mergeableKinds(a.kind);
  if (!family.includes(b.kind)) return false;
  if (a.locationId && b.locationId && a.locationId !== b.locationId) return false;
  const parties = partyMatch(a.participantIds, b.participantIds);
  if (parties === 'differ') return sameSitting(a, b) || sameSides(a, b);
  if (a.kind !== b.kind) {
    if (!a.date || !b.date) return false;
    const placeBound = PLACE_BOUND_FAMILIES.has(family[0]);
    if (placeBound && !(a.locationId && a.locationId === b.locationId)) return false;
    const d = daysApart(a.date, b.date);
    // "the attack" and "the bombings" in Brussels on 2016-03-22, no agent named: one place and day is one act.
    if (parties === 'none') return placeBound && d === 0;
    return parties === 'strong' ? d <= 1 : d === 0;
  }
  if (a.date && b.date) {
    const d = daysApart(a.date, b.date);
    if (parties === 'strong') return d <= DATE_WINDOW_DAYS;
    if (parties === 'weak') return d === 0;
    return d <= 1 && !!a.locationId && a.locationId === b.locationId;
  }
  // "The deal struck last year": the text says it is not of the publish day, which is all rule 4 would go by.
  if (a.period || b.period) return false;
  if (a.date || b.date) {
    if (parties !== 'strong') return false;
    const dated = a.date ? a : b;
    const other = a.date ? b : a;
    return !!other.publishedAt && daysApart(dated.date!, other.publishedAt) <= DATE_WINDOW_DAYS;
  }
  if (!a.publishedAt || a.publishedAt !== b.publishedAt) return false;
  return parties === 'strong' || (parties === 'weak' && !!a.locationId && a.locationId === b.locationId);
}

/** Kinds rare enough that one place and day with a shared party is one sitting, whatever else the reports name. */
const ONE_SITTING_KINDS: ReadonlySet<string> = new Set(['summit']);

/**
 * Rule 6: two summit reports in the same country, dated at most a day apart, that share a party are one summit even
 * when their other parties differ ({Trump, Kim, US} and {Trump, Kim, Murphy} for Hanoi): participant lists pick up
 * bystanders, and two summits of one leader in one country on one day do not happen.
 */
function sameSitting(a: EventReport, b: EventReport): boolean {
  if (a.kind !== b.kind || !ONE_SITTING_KINDS.has(a.kind)) return false;
  if (!a.locationId || a.locationId !== b.locationId || !a.date || !b.date || daysApart(a.date, b.date) > 1) return false;
  return a.participantIds.some((p) => b.participantIds.includes(p));
}

/** How many countries must stand on both sides for one sitting told by its people and one told by its countries. */
const SIDES_MIN = 2;

/**
 * Rule 7: one sitting told once by its people and once by its countries ({Trump, Kim} and {US, North Korea} in
 * Singapore): the countries one report names as parties (two or more) are all countries the other's parties stand for
 * (EventReport.sides), both reports are dated at most a day apart, the kinds are of one family that is told apart by
 * its parties, and the places do not differ (checked before). Two meetings of one pair months apart, or the ministers of
 * two countries and their leaders on other days, stay apart: the day is what makes them one.
 */
function sameSides(a: EventReport, b: EventReport): boolean {
  if (!PARTY_DEFINED.has(mergeableKinds(a.kind)[0]) || !a.date || !b.date || daysApart(a.date, b.date) > 1) return false;
  const min = sidesMin(a.kind, b.kind);
  return standsFor(a.participantIds, b.participantIds, b.sides ?? [], min) || standsFor(b.participantIds, a.participantIds, a.sides ?? [], min);
}

/**
 * How many countries must stand for the other report's people: two, or one for two summits — a country holds one
 * summit a day, so "North Korea … the summit on June 12" is the Trump–Kim summit of that day (as rule 6 has it for a
 * shared party), while a meeting of North Korea's officials on the summit's eve is not.
 */
function sidesMin(a: string, b: string): number {
  return ONE_SITTING_KINDS.has(a) && ONE_SITTING_KINDS.has(b) ? 1 : SIDES_MIN;
}

/**
 * Whether one party list tells of the other's sitting by its countries: each of `parties` is one of `others` or a
 * country `others` stand for (`sides`), and two or more are such countries ({US, North Korea} or {US, North Korea,
 * Trump} for {Trump, Kim}).
 */
export function standsFor(parties: readonly string[], others: readonly string[], sides: ReadonlySet<string> | readonly string[], min = SIDES_MIN): boolean {
  const side = new Set(sides);
  const isSide = (p: string) => p.startsWith('country:') && side.has(p);
  return parties.every((p) => others.includes(p) || isSide(p)) && parties.filter(isSide).length >= min;
}

/** The days a report may be merged within, for finding candidate events: its date (else publish date) ± the window. */
export function candidateWindow(r: EventReport): { from: string; to: string } | null {
  const day = r.date ?? r.publishedAt;
  if (!day) return null;
  const at = Date.parse(`${day}T00:00:00Z`);
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return { from: iso(at - DATE_WINDOW_DAYS * DAY_MS), to: iso(at + DATE_WINDOW_DAYS * DAY_MS) };
}

/**
 * The wider days, beyond candidateWindow, in which the writer must look for events this report may join in phase 2
 * (joinUndated): for an undated report, the dated events its window (UNDATED_JOIN) reaches; for a dated one, the
 * undated events whose window may reach its day, and the dated events holding an undated report that may be a
 * look-back this one competes for (`undatedOnly`: the writer's query). Null for kinds that never join that way.
 */
export function undatedJoinWindow(r: EventReport): { from: string; to: string; undatedOnly: boolean; byPlace?: boolean } | null {
  // Strikes and attacks at a place: a named undated look-back and the dated events before it (namedTarget), found by place.
  if (mergeableKinds(r.kind)[0] === 'strike' && r.locationId && r.status === 'happened') {
    if (r.date) return { from: shiftDays(r.date, -1), to: shiftDays(r.date, NAMED_LOOKBACK_DAYS), undatedOnly: true, byPlace: true };
    if (r.named && r.publishedAt) return { from: shiftDays(r.publishedAt, -NAMED_LOOKBACK_DAYS), to: shiftDays(r.publishedAt, 1), undatedOnly: false, byPlace: true };
    return null;
  }
  const w = UNDATED_JOIN[r.kind];
  const day = r.date ?? r.publishedAt;
  if (!w || !day) return null;
  const at = Date.parse(`${day}T00:00:00Z`);
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  const ahead = Math.max(w.ahead, w.plannedAhead);
  if (r.date) return { from: iso(at - ahead * DAY_MS), to: iso(at + w.behind * DAY_MS), undatedOnly: true };
  return { from: iso(at - w.behind * DAY_MS), to: iso(at + (r.status === 'happened' ? w.ahead : w.plannedAhead) * DAY_MS), undatedOnly: false };
}

/**
 * Groups reports into events. Pairs that sameEvent accepts are joined strongest first (more shared parties, then
 * closer days, then report ids, so the result does not depend on input order), and two groups join only when their
 * core parties agree (see coresAgree): a report naming {US, Mexico, China} links to both {US, Mexico} and
 * {US, China}, but it takes only one of them with it — two events never chain into one through one shared party.
 */
export function clusterEvents(reports: EventReport[]): ResolvedEvent[] {
  const sorted = [...new Map(reports.map((r) => [r.reportId, r])).values()].sort((a, b) => (a.reportId < b.reportId ? -1 : a.reportId > b.reportId ? 1 : 0));
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  // Per group root: how many reports, and how many of them name each party.
  const size = sorted.map(() => 1);
  const partyCounts = sorted.map((r) => new Map(r.participantIds.map((p) => [p, 1])));
  // Per group root: the countries any of its reports' parties stand for (rule 7).
  const sides = sorted.map((r) => new Set(r.sides ?? []));
  // Only reports of one family can merge: compare within each.
  const byFamily = new Map<string, number[]>();
  sorted.forEach((r, i) => {
    const family = mergeableKinds(r.kind)[0];
    (byFamily.get(family) ?? byFamily.set(family, []).get(family)!).push(i);
  });
  const links: { x: number; y: number; shared: number; days: number }[] = [];
  for (const idx of byFamily.values()) {
    for (let x = 0; x < idx.length; x++) {
      for (let y = x + 1; y < idx.length; y++) {
        const [a, b] = [sorted[idx[x]], sorted[idx[y]]];
        if (!sameEvent(a, b)) continue;
        const shared = a.participantIds.filter((p) => b.participantIds.includes(p)).length;
        const [da, db] = [a.date ?? a.publishedAt, b.date ?? b.publishedAt];
        links.push({ x: idx[x], y: idx[y], shared, days: da && db ? daysApart(da, db) : 1e9 });
      }
    }
  }
  links.sort((p, q) => q.shared - p.shared || p.days - q.days || p.x - q.x || p.y - q.y);
  for (const { x, y } of links) {
    const [rx, ry] = [find(x), find(y)];
    if (rx === ry) continue;
    if (PARTY_DEFINED.has(mergeableKinds(sorted[x].kind)[0])) {
      const [cx, cy] = [core(partyCounts[rx], size[rx]), core(partyCounts[ry], size[ry])];
      const min = sidesMin(sorted[x].kind, sorted[y].kind);
      if (!coresAgree(cx, cy) && !standsFor(cx, cy, sides[ry], min) && !standsFor(cy, cx, sides[rx], min)) continue;
    }
    // The smaller index is the root, so the root is the group's smallest report id.
    const [root, child] = rx < ry ? [rx, ry] : [ry, rx];
    parent[child] = root;
    size[root] += size[child];
    for (const [p, n] of partyCounts[child]) partyCounts[root].set(p, (partyCounts[root].get(p) ?? 0) + n);
    for (const c of sides[child]) sides[root].add(c);
  }
  const groups = new Map<number, EventReport[]>();
  sorted.forEach((r, i) => (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!).push(r));
  return joinUndated([...groups.values()]).map(resolvedEvent);
}

/**
 * How far an undated report may lie from the one dated event it tells of, by kind: a report that names no day of its
 * own ("the summit in Singapore", "the planned meeting", "last night's airstrike in Syria") is dated by nothing but
 * its publish day, which may be weeks before the sitting (a plan) or after it (a look back).
 *   planned: from the publish day to `plannedAhead` days after it (a summit announced in March for June);
 *   happened (no cue either way): `behind` days before to `ahead` days after.
 * Kinds left out run for months or recur with the same parties and place (talks, calls, elections; strikes and attacks:
 * "U.S. strikes in Syria" said undated in September 2013 is the debated strike that never happened, or the campaign,
 * not the one dated strike of that week): an undated report of them names no one event.
 */
export const UNDATED_JOIN: Readonly<Record<string, { behind: number; ahead: number; plannedAhead: number }>> = {
  summit: { behind: 30, ahead: 30, plannedAhead: 100 },
  meeting: { behind: 30, ahead: 30, plannedAhead: 100 },
  ceasefire: { behind: 14, ahead: 14, plannedAhead: 14 },
};

/**
 * Phase 2 of clustering: each group of undated reports (no report gives a day) joins the one dated event of its
 * family that it may tell of, if any: the parties agree (for party-defined kinds, their cores share two parties, or
 * the undated group's parties are all the event's and both name the same place, or they are the event's core and
 * countries most of its reports stand for — rule 7; for strikes and attacks, the same
 * place and no party that the event does not name), the places do not differ, and the event's day lies in the
 * undated group's window (UNDATED_JOIN) — the nearest such event, a past one first for reports that say it happened.
 * An undated group joins only an event holding a report of a kind as specific as its most specific one: "the summit"
 * is not the officials' meeting that prepared it, while "the meeting" may be the summit.
 * Dated events never join one another here, and an undated group joins at most one: no chain can form.
 * Cancelled-only groups stay apart: a meeting called off is not the next meeting of the same parties.
 */
function joinUndated(groups: EventReport[][]): EventReport[][] {
  const dated: { reports: EventReport[]; family: string; date: string; place: string | null; core: string[]; all: Set<string>; sides: Set<string>; rank: number; witnesses: number; evidence: string[] }[] = [];
  const undated: EventReport[][] = [];
  for (const g of groups) {
    const date = mostFrequent(g.flatMap((r) => (r.date ? [r.date] : [])));
    if (date) {
      const counts = new Map<string, number>();
      for (const r of g) for (const p of r.participantIds) counts.set(p, (counts.get(p) ?? 0) + 1);
      dated.push({
        reports: g,
        family: mergeableKinds(g[0].kind)[0],
        date,
        place: mostFrequent(g.flatMap((r) => (r.locationId ? [r.locationId] : []))),
        core: core(counts, g.length),
        all: new Set(counts.keys()),
        // The countries most of its reports stand for: a bystander's country ({Kim, Moon} told once with Trump) is none.
        sides: new Set(core(countsOf(g.map((r) => r.sides ?? [])), g.length)),
        rank: kindRank(g),
        // How many articles give the event its day: one report's stray day (a hearing's, a later attack's) is one.
        witnesses: new Set(g.filter((r) => r.date === date).map((r) => r.articleId)).size,
        evidence: g.flatMap((r) => (r.date === date ? r.evidence : [])),
      });
    } else undated.push(g);
  }
  const out: EventReport[][] = [];
  for (const g of undated) {
    const target = undatedTarget(g, dated) ?? namedTarget(g, dated);
    if (target) target.reports.push(...g);
    else out.push(g);
  }
  // Joined reports keep the group's order by report id (the id comes from the smallest).
  return [...dated.map((d) => d.reports.sort((a, b) => (a.reportId < b.reportId ? -1 : a.reportId > b.reportId ? 1 : 0))), ...out];
}

function undatedTarget<T extends { reports: EventReport[]; family: string; date: string; place: string | null; core: string[]; all: Set<string>; sides: Set<string>; rank: number }>(g: EventReport[], dated: T[]): T | null {
  const windows = g.map((r) => UNDATED_JOIN[r.kind]);
  if (windows.some((w) => !w) || g.every((r) => r.status === 'cancelled')) return null;
  // "Last month's summit": only an event of that month.
  const periods = g.flatMap((r) => (r.period ? [r.period] : []));
  const days = g.flatMap((r) => (r.publishedAt ? [r.publishedAt] : [])).sort();
  if (!days.length) return null;
  const planned = g.every((r) => r.status !== 'happened');
  const w = windows[0]!;
  const family = mergeableKinds(g[0].kind)[0];
  const partyDefined = PARTY_DEFINED.has(family);
  const counts = new Map<string, number>();
  for (const r of g) for (const p of r.participantIds) counts.set(p, (counts.get(p) ?? 0) + 1);
  const parties = core(counts, g.length);
  const place = mostFrequent(g.flatMap((r) => (r.locationId ? [r.locationId] : [])));
  const [first, last] = [days[0], days[days.length - 1]];
  const offset = (d: string) => (d < first ? -daysApart(d, first) : d > last ? daysApart(d, last) : 0);
  let best: { t: T; shared: number; past: boolean; distance: number } | null = null;
  for (const t of dated) {
    if (t.family !== family) continue;
    if (place && t.place && place !== t.place) continue;
    if (periods.some((p) => !t.date.startsWith(p))) continue;
    const at = offset(t.date);
    if (planned ? at < -1 || at > w.plannedAhead : at < -w.behind || at > w.ahead) continue;
    let shared: number;
    // An undated "summit" tells of a summit, not of the officials' meeting that prepared it: it joins only an event
    // with a report of a kind as specific as its own (a meeting may join a summit; a summit not a meeting).
    if (kindRank(g) < t.rank) continue;
    if (partyDefined) {
      shared = parties.filter((p) => t.core.includes(p)).length;
      const contained = parties.length > 0 && shared === parties.length && !!place && place === t.place;
      // Rule 7 again: {US, North Korea} told of the sitting whose people stand for them.
      if (standsFor(parties, t.core, t.sides)) shared = Math.max(shared, parties.length);
      else if (shared < 2 && !contained) continue;
    } else {
      if (!place || place !== t.place || parties.some((p) => !t.all.has(p))) continue;
      shared = parties.length;
    }
    const cand = { t, shared, past: at <= 0, distance: Math.abs(at) };
    // More shared parties first; then, for a report that says it happened, a past event before a coming one; then the nearest.
    const rank = (c: typeof cand) => [-c.shared, planned || c.past ? 0 : 1, c.distance];
    const [a, b] = [rank(cand), best ? rank(best) : null];
    if (!b || a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])))) best = cand;
  }
  return best?.t ?? null;
}

/** How many days after a dated strike or attack a look-back that names it by its city may be published and join it. */
export const NAMED_LOOKBACK_DAYS = 30;

/** How many articles must give a dated strike or attack its day before a named look-back may join it. */
const NAMED_WITNESSES = 2;

/**
 * Phase 2 for strikes and attacks: an undated look-back that names the event by its city ("in the wake of the Paris
 * attacks", "the alleged mastermind behind the Paris attacks", published days after 2015-11-13) joins the one dated
 * event of its family at that place whose day lies from NAMED_LOOKBACK_DAYS before its publish day to a day after,
 * when there is exactly one such event that two or more articles date to its day, in sentences that name the same city (NAMED_WITNESSES: a single report's
 * stray day — "the Benghazi attack" dated by a hearing — is no event a look-back can be of) and it names every party
 * the look-back names. A city-named noun is the name of
 * one known event; an unnamed "the attack in Syria" or "U.S. strikes in Syria" is not, and stays apart, as does a
 * named look-back with two candidates of that place in the window (which of them it is, the words do not say).
 */
function namedTarget<T extends { family: string; date: string; place: string | null; all: Set<string>; witnesses: number; evidence: string[] }>(g: EventReport[], dated: T[]): T | null {
  const place = g[0].locationId;
  const city = g[0].named;
  if (!place || !city || !g.every((r) => r.named === city && r.status === 'happened' && r.locationId === place && r.publishedAt && mergeableKinds(r.kind)[0] === 'strike')) return null;
  const days = g.map((r) => r.publishedAt!).sort();
  const parties = new Set(g.flatMap((r) => r.participantIds));
  const from = shiftDays(days[0], -NAMED_LOOKBACK_DAYS);
  const to = shiftDays(days[days.length - 1], 1);
  // The event of that day must be told in that city: "the Orlando massacre" is not the New York bombings of the week.
  // "November's Paris attacks", said in December: only an event of that month.
  const periods = g.flatMap((r) => (r.period ? [r.period] : []));
  const candidates = dated.filter((t) => t.family === 'strike' && t.place === place && t.date >= from && t.date <= to && t.witnesses >= NAMED_WITNESSES && t.evidence.some((x) => x.includes(city)) && periods.every((p) => t.date.startsWith(p)));
  if (candidates.length !== 1 || [...parties].some((p) => !candidates[0].all.has(p))) return null;
  return candidates[0];
}

const shiftDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** How many of the lists name each value. */
function countsOf(lists: string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of lists) for (const v of new Set(l)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** How specific the most specific kind of a group is: its index in its family's list (0: summit, strike). */
function kindRank(g: EventReport[]): number {
  return Math.min(...g.map((r) => mergeableKinds(r.kind).indexOf(r.kind)));
}

/**
 * Families whose events are told apart by who takes part: two summits, calls, letters, interviews or agreements of one week with different
 * counterparts are two events. Not strikes, attacks or ceasefires, whose parties are the agents a report happens to
 * name ("the United States" in one, "Trump" in another, "Syria" as the target in a third): one place and day is one event.
 */
const PARTY_DEFINED: ReadonlySet<string> = new Set(KIND_FAMILIES.map((f) => f[0]).filter((k) => k !== 'strike').concat(['call', 'correspondence', 'visit', 'agreement', 'press_conference', 'conference', 'gathering', 'interview']));

/** A group's core parties: those more than half of its reports name (a report and its one bridge: what both name). */
function core(counts: Map<string, number>, reports: number): string[] {
  return [...counts].filter(([, n]) => n * 2 > reports).map(([p]) => p);
}

/**
 * Two groups may be one event when their cores share two parties, or one core holds the other, or either has none:
 * the same test sameEvent makes of two reports' parties, made of what each group is mostly about, so that one report
 * naming a bystander does not let a second event in.
 */
export function coresAgree(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return true;
  const shared = a.filter((p) => b.includes(p)).length;
  return shared >= 2 || shared === a.length || shared === b.length;
}

/** The most frequent value, ties to the smallest. */
function mostFrequent(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && v < best)) best = v;
  return best;
}

/**
 * The kind of an event whose reports may differ in kind: the most specific kind (first in its family's list) that more
 * than a third of its reports use — "summit" for Helsinki (21 summit, 28 meeting, 4 talks) — so that one article's loose
 * "summit" does not rename a meeting ten others report; failing that, the most used, ties to the more specific.
 */
function eventKind(reports: EventReport[]): string {
  const family = mergeableKinds(reports[0].kind);
  const uses = new Map<string, number>();
  for (const r of reports) uses.set(r.kind, (uses.get(r.kind) ?? 0) + 1);
  const substantial = family.find((k) => (uses.get(k) ?? 0) * 3 > reports.length);
  return substantial ?? [...family].sort((a, b) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0))[0];
}

/**
 * Happened when a report that says so names the day, on or before its own publish day, or when at least as many
 * reports say it happened as say otherwise; else what most say (planned or cancelled). One undated "happened" among
 * the reports of an announcement ("a decision to agree to a meeting with Kim", read without its cue) does not make the
 * meeting of March 2018 one that took place.
 */
function eventStatus(reports: EventReport[]): EventStatus {
  const happened = reports.filter((r) => r.status === 'happened');
  if (happened.some((r) => r.date && (!r.publishedAt || r.date <= r.publishedAt)) || happened.length * 2 >= reports.length) return 'happened';
  return mostFrequent(reports.filter((r) => r.status !== 'happened').map((r) => r.status)) as EventStatus;
}

function resolvedEvent(reports: EventReport[]): ResolvedEvent {
  const first = reports[0];
  const status = eventStatus(reports);
  const id = `event:${first.kind}-${createHash('sha1').update(first.reportId).digest('hex').slice(0, 12)}`;
  const kind = eventKind(reports);
  // The day told by reports that witness it (they say it happened, on or before their own publish day); a preview's or
  // a plan's day only when no report witnesses one.
  const witnessed = reports.flatMap((r) => (r.date && r.status === 'happened' && (!r.publishedAt || r.date <= r.publishedAt) ? [r.date] : []));
  const date = mostFrequent(witnessed.length ? witnessed : reports.flatMap((r) => (r.date ? [r.date] : [])));
  const locationId = mostFrequent(reports.flatMap((r) => (r.locationId ? [r.locationId] : [])));
  const locationName = reports.find((r) => r.locationId === locationId)?.locationName ?? null;
  // Parties by how many reports name them; each under the longest name a report gives them.
  const count = new Map<string, number>();
  const nameOf = new Map<string, string>();
  for (const r of reports) {
    r.participantIds.forEach((p, i) => {
      count.set(p, (count.get(p) ?? 0) + 1);
      const n = r.participantNames[i] ?? p;
      const prev = nameOf.get(p);
      if (!prev || n.length > prev.length || (n.length === prev.length && n < prev)) nameOf.set(p, n);
    });
  }
  const participantIds = [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || (a < b ? -1 : 1));
  const days = reports.flatMap((r) => (r.date ?? r.publishedAt ? [(r.date ?? r.publishedAt)!] : [])).sort();
  return {
    id,
    kind,
    status,
    name: eventName(kind, participantIds.map((p) => nameOf.get(p)!), locationName, date),
    date,
    locationId,
    locationName,
    participantIds,
    firstDay: days[0] ?? null,
    lastDay: days[days.length - 1] ?? null,
    reports,
  };
}
