// Quotes: "“…,” the group said", "the paper said", "the ministry added" — a definite description of a body by its kind
// as the whole source, read the way a reader does: the latest body of that kind the article named a little before
// (issue #14: who said what). The frame (direct.kind-after) keeps such a quote unnamed for the antecedent steps
// (kindAntecedents ties "the militant group Hamas", outletAntecedents a paper, resolveBodyHeads a body by its head noun);
// latestBodiesOfKind reads the rest; one still unnamed is dropped, as before (nothing invented).
import type { Quote } from '../types.js';
import { COMPANY_LEGAL_FORMS, COMPANY_TRADE_WORDS, GROUP_NAME_LAST_WORDS, GROUP_NAMES } from '../lexicon/organizations.js';
import { PERSON_LIKE_COMPANY_NAMES } from '../lexicon/companies.js';
import { ARMED_GROUP_FIRST_NOUNS } from '../lexicon/armed-group-nouns.js';
import { anaphorKinds, OUTLET_ANAPHOR } from './outlet-antecedent.js';
import { KIND_ANAPHOR } from './named-body.js';
import { firstFrom, type MentionRef } from './speakers.js';

/** Whether the words are a definite description of a body by its kind alone: "the group", "the militant group", "the
 * ministry", "the state-run newspaper" (named-body.ts KIND_ANAPHOR, or an outlet's kind). */
export const definiteBodyKind = (words: string): boolean => {
  if (KIND_ANAPHOR.test(words)) return true;
  const outlet = OUTLET_ANAPHOR.exec(words);
  return !!outlet && !!anaphorKinds(outlet[1]);
};

/** The kinds a fallback reads, by the description's last word: a group of people acting together (an armed, political or
 * advocacy group), a ministry. Anchored, bounded: linear. */
const KIND_WORDS = /^[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}(group|movement|militia|organi[sz]ation|ministry)$/u;
/** Between a body's name and its kind's noun after it: an appositive's opening or modifiers ("Hamas, the militant
 * group", "Hamas militant group"). Anchored, bounded: linear. */
const DESCRIBED_AFTER = /^(?:,\s+(?:an?|the)\s+(?:[\p{L}.’'-]+\s+){0,4}|\s+(?:[\p{Ll}-]+\s+){0,2})$/u;
/** Before a body's name, a tie of another body to it: "a Somali-based group linked to al-Qaeda". Anchored: linear. */
const LINKED_BEFORE = /\b(?:linked|tied|affiliated|allied|loyal|close|related|connected|aligned)\s+(?:to|with)\s+(?:the\s+)?$/;
/** After a body's name, a verb of saying: the body speaks there. Anchored: linear. */
const SPEAKS_AFTER = /^\s+(?:also\s+)?(?:said|says|added|wrote|told|stated|announced|claimed|reported)\b/;
/** How far back the body is read: the sentence and about two before (a reader's reach for "the group"). */
const KIND_REACH = 600;

/** Whether an organization's name fits the kind: a ministry by its name; a group by its name's last word (a company, a
 * state's organ, an outlet is no group), or an armed group's first noun ("Jaish al-Adl"). */
function fitsKind(kind: string, name: string): boolean {
  const bare = name.replace(/^The\s+/, '');
  if (kind === 'ministry') return /\bMinistry\b/.test(bare);
  const words = bare.split(/\s+/);
  return GROUP_NAME_LAST_WORDS.has(words.at(-1) ?? '') || GROUP_NAMES.has(bare) || ARMED_GROUP_FIRST_NOUNS.has(words[0]);
}

/**
 * Every quote whose unnamed source is "the" and a group's or a ministry's kind ("the group", "the militant group", "the
 * ministry") still unnamed after the steps that read a kind tied to a name: the latest organization of the kind named
 * within KIND_REACH before the words speaks — one only: two of the kind named there (or a body of it brought in unnamed,
 * "a rebel group") leave it unnamed.
 */
export function latestBodiesOfKind(quotes: readonly Quote[], body: string, mentions: MentionRef[], nameOf: (id: string) => string | undefined): void {
  for (const q of quotes) {
    const span = q.speakerSpan;
    if (q.speakerId !== null || !q.speakerText || !span) continue;
    const kind = KIND_WORDS.exec(q.speakerText.trim())?.[1].toLowerCase();
    if (!kind) {
      const wider = latestBodyOfWiderKind(q.speakerText.trim(), span.start, q, body, mentions, nameOf);
      if (!wider) continue;
      q.speakerId = wider.entityId;
      delete q.speakerText;
      delete q.onBehalfOf;
      continue;
    }
    const latest = latestBodyOfKind(kind, span.start, q, body, mentions, nameOf) ?? latestBodyOfWiderKind(q.speakerText.trim(), span.start, q, body, mentions, nameOf);
    if (!latest) continue;
    q.speakerId = latest.entityId;
    delete q.speakerText;
    delete q.onBehalfOf;
  }
}

/** "According to" or "The" right before a name (a word, then blanks to the slice's end). */
const LEAD_WORDS = /(?:According\s+to|The)\s+$/;
/** A sentence's end before the next one's opening. */
const SENTENCE_END = /[.!?]["”’]?\s+(?=["“\p{Lu}])/gu;

/** Of several bodies of the kind, the latest is the one a reader takes when it heads its sentence (or that sentence's
 * "according to" frame) and that sentence is the description's own or the one just before ("The Tax Policy Center …
 * came to a similar conclusion. …, the group said" after the Tax Foundation further back): the nearest subject.
 * String steps on a bounded slice, no pattern with a blank run before its end. */
function headsNearSentence(latest: MentionRef, at: number, body: string): boolean {
  const from = Math.max(0, latest.start - 16);
  const raw = body.slice(from, latest.start).replace(LEAD_WORDS, '');
  const lead = raw.trimEnd();
  const heads = (lead === '' && from === 0) || /[.!?]["”’]?$/.test(lead) || raw.slice(lead.length).includes('\n');
  return heads && [...body.slice(latest.end, at).matchAll(SENTENCE_END)].length <= 1;
}

/** The kinds latestBodyOfKind reads: a group's, a ministry's (KIND_WORDS). */
export const BODY_KINDS: ReadonlySet<string> = new Set(['group', 'movement', 'militia', 'organization', 'organisation', 'ministry']);

/** The one body of the kind (a KIND_WORDS noun, lower case) a reader takes "the <kind>" at `at` for, read as
 * latestBodiesOfKind does; null when none or several. `q` is the quote the words frame (its quoted words name none). */
export function latestBodyOfKind(kind: string, at: number, q: Quote, body: string, mentions: MentionRef[], nameOf: (id: string) => string | undefined, ownName = false, fitsWider?: (m: MentionRef) => boolean): MentionRef | null {
  const fits = fitsWider ?? ((m: MentionRef) => m.type === 'Organization' && fitsKind(kind, nameOf(m.entityId) ?? ''));
  const from = Math.max(0, at - KIND_REACH);
  const ids = new Set<string>();
  let latest: MentionRef | null = null;
  for (let i = firstFrom(mentions, from); i < mentions.length && mentions[i].end <= at; i++) {
    const m = mentions[i];
    // (The quoted words name no antecedent of their attribution: "…released by al-Qaeda,” the group said".)
    if (q.direct && m.start >= q.start && m.end <= q.end) continue;
    // (The listener is no speaker: "Hamas told the group …".)
    // (Nor a name inside a modifier: "anti-Islamic State activists".)
    if (!fits(m) || /\b(?:told|tells|telling)\s+(?:the\s+)?$/.test(body.slice(Math.max(0, m.start - 16), m.start)) || body[m.start - 1] === '-') continue;
    ids.add(m.entityId);
    latest = m;
  }
  if (!latest || (ids.size !== 1 && !headsNearSentence(latest, at, body))) return null;
  // A name modifying another noun ("the Muslim Brotherhood-led alliance … The group said") is no antecedent itself; another
  // body speaking after it ("CAGE said on its website. …, the group said") is the one a reader takes.
  const last = latest;
  if (/^-\p{Ll}/u.test(body.slice(last.end, last.end + 2)) || LINKED_BEFORE.test(body.slice(Math.max(0, last.start - 30), last.start))) return null;
  if (mentions.some((m) => m.start >= last.end && m.end <= at && m.type === 'Organization' && m.entityId !== last.entityId && SPEAKS_AFTER.test(body.slice(m.end, m.end + 20)))) return null;
  // One of the kind brought in unnamed after it ("a rebel group claimed …") may be the one meant.
  const noun = kind.startsWith('organi') ? 'organi[sz]ation' : kind.replace(' ', '\\s+');
  if (new RegExp(`(?:^|[^\\p{L}])(?:[Aa]n?|[Aa]nother|[Oo]ne)\\s+(?:[\\p{L}-]+\\s+){0,2}${noun}(?![\\p{L}-])`, 'u').test(body.slice(latest.end, at))) return null;
  // The kind's noun between them other than as "the group" alone ("Gift of Givers, the aid group that …", "the
  // Democrat-aligned group American Bridge"): a body of the kind the article describes, perhaps unnamed, may be meant.
  // The latest description of the kind before the words ("a Syrian activist group") must be the body's own, beside
  // one of its mentions ("Hamas, the militant group").
  const window = body.slice(from, at);
  let described = -1;
  for (const hit of window.matchAll(new RegExp(`(?<![\\p{L}-])${noun}(?![\\p{L}-])`, 'giu'))) {
    // (With `ownName`, the body's own name holding the noun is no description: "Japan's Ministry of Defense said … a
    // ministry statement" — document-source.ts, whose kind's modifiers are matched against the name.)
    if (ownName && mentions.some((m) => m.entityId === last.entityId && m.start <= from + hit.index && m.end >= from + hit.index + hit[0].length)) continue;
    if (!/(?:^|[^\p{L}])[Tt]he\s$/u.test(window.slice(Math.max(0, hit.index - 5), hit.index)) || /^\s+\p{Lu}/u.test(window.slice(hit.index + hit[0].length, hit.index + hit[0].length + 3))) described = from + hit.index;
  }
  const tied = described < 0 || (described >= last.end ? DESCRIBED_AFTER.test(body.slice(last.end, described)) : mentions.some((m) => m.entityId === last.entityId && m.start > described && m.start - described < 80));
  if (!tied) return null;
  return latest;
}

/** A body's description by a kind the name need not spell (read after the kinds above): "the group", "the organization",
 * "the think tank", "the institute", "the foundation" for a body of civil society; "the company", "the firm" for a firm;
 * "the airline"; "the agency" for a public agency — the kind's noun alone: a modifier ("the hacking group") may tell
 * another body than the name's. Anchored: linear. */
export const WIDER_KIND_WORDS = /^[Tt]he\s+(group|organi[sz]ation|think\s+tank|institute|foundation|company|firm|airline|agency)$/u;
/** The nouns heading a name of civil society's bodies, which "the group" or "the organization" stands for ("the American
 * Institute for International Steel", "the Syrian Observatory for Human Rights", "the Tax Policy Center"). */
const CIVIC_HEADS: ReadonlySet<string> = new Set(['Institute', 'Institution', 'Foundation', 'Center', 'Centre', 'Observatory', 'Fund', 'Trust', 'Council', 'Committee', 'Association', 'Coalition', 'Alliance', 'Network', 'Watch', 'Project', 'Initiative', 'Campaign', 'Society', 'League', 'Union', 'Federation']);
/** The heads a think tank's name has. */
const THINK_TANK_HEADS: ReadonlySet<string> = new Set(['Institute', 'Institution', 'Foundation', 'Center', 'Centre', 'Council']);
/** The heads an airline's name has ("Ethiopian Airlines", "British Airways", "Air France"). */
const AIRLINE_WORDS: ReadonlySet<string> = new Set(['Airlines', 'Airline', 'Airways', 'Air', 'Aeroflot', 'EgyptAir', 'Lufthansa', 'Emirates', 'Qantas', 'KLM', 'Metrojet']);
/** The nouns heading a public agency's name, which "the agency" stands for ("the Federal Bureau of Investigation", "the
 * U.S. Postal Service", "the Food and Drug Administration", "the Missile Defense Agency"). Not "Authority" (the
 * Palestinian Authority is a government) nor "Commission" (the European Commission is an executive). */
const AGENCY_HEADS: ReadonlySet<string> = new Set(['Agency', 'Bureau', 'Service', 'Administration']);
/** The words naming a state's bodies: no "group" or "company" ("the European Union", "the Security Council"). */
const STATE_BODY_WORDS = /\b(?:European|United Nations|U\.?N\.?|Security|National Security|State|Federal|Senate|House|Congress(?:ional)?|Ministry|Department|Government|Parliament|Supreme|Court|Commission)\b/;

/** The noun heading a body's name: the last word before its first complement ("Institute" of "American Institute for
 * International Steel"), else its last word. */
function nameHead(name: string): string {
  const words = name.replace(/^The\s+/, '').split(/\s+/);
  const of = words.findIndex((w, i) => i > 0 && /^(?:for|of|on|to|in|against)$/.test(w));
  return (of > 0 ? words[of - 1] : words.at(-1)) ?? '';
}

/** The nouns an article may describe a body of the kind with, beside one of its mentions. */
function kindNouns(kind: string): string {
  if (kind === 'company' || kind === 'firm') return 'company|firm';
  if (kind === 'airline') return 'airline|carrier';
  if (kind === 'agency') return 'agency';
  if (kind === 'think tank' || kind === 'institute' || kind === 'foundation') return `${kind.replace(' ', '\\s+')}|think\\s+tank`;
  return 'group|organi[sz]ation';
}

/** The patterns of a kind's description beside a name, per wider kind (they depend on the kind alone: built once, at
 * load): after the name ("NetBlocks, an organisation that …", "Stena Bulk, the company that …") and before it ("the
 * advocacy group Global Zero", "private equity firm SigmaBleyzer"). Bounded slices: linear. */
const DESCRIBED_AS_KIND: ReadonlyMap<string, { readonly after: RegExp; readonly before: RegExp }> = new Map(
  ['group', 'organization', 'think tank', 'institute', 'foundation', 'company', 'firm', 'airline', 'agency'].map((kind) => {
    const nouns = kindNouns(kind);
    return [kind, Object.freeze({
      after: new RegExp(`^(?:,\\s+(?:an?|the)\\s+(?:[\\p{L}.’'-]+\\s+){0,4}?|\\s+(?:[\\p{Ll}-]+\\s+){0,1})(?:${nouns})(?![\\p{L}-])`, 'u'),
      before: new RegExp(`(?:^|[^\\p{L}-])(?:${nouns}),?\\s+$`, 'u'),
    })] as const;
  }),
);

/** Whether the article describes the body by the kind's noun beside one of its mentions (DESCRIBED_AS_KIND). */
function describedAsKind(id: string, kind: string, body: string, mentions: MentionRef[]): boolean {
  const described = DESCRIBED_AS_KIND.get(kind);
  if (!described) return false;
  const { after, before } = described;
  // (", the agency said" after a name is an attribution closing the sentence, no apposition: "… to its website and
  // YouTube, the agency said" describes no YouTube.)
  const describedAfter = (m: MentionRef) => {
    const hit = after.exec(body.slice(m.end, m.end + 60));
    return !!hit && !SPEAKS_AFTER.test(body.slice(m.end + hit[0].length, m.end + hit[0].length + 20));
  };
  return mentions.some((m) => m.entityId === id && (describedAfter(m) || before.test(body.slice(Math.max(0, m.start - 20), m.start))));
}

/** Whether a body's name fits the wider kind: its head noun, its company's forms, an airline's words — or the article's
 * own description of it by the kind's noun. */
function fitsWiderKind(kind: string, id: string, name: string, body: string, mentions: MentionRef[]): boolean {
  const bare = name.replace(/^The\s+/, '');
  const words = bare.split(/\s+/);
  // A public agency by the noun heading its name; an administration by at least two words of its field before it ("the
  // Food and Drug Administration", not "the Trump Administration"), another service by one ("the Postal Service").
  if (kind === 'agency') {
    const head = nameHead(bare);
    const field = words.indexOf(head);
    return (AGENCY_HEADS.has(head) && field >= (head === 'Administration' ? 2 : 1)) || describedAsKind(id, kind, body, mentions);
  }
  // (A state's body is no firm, airline or group: "a filing with the Securities and Exchange Commission, the company said".)
  if (STATE_BODY_WORDS.test(bare)) return false;
  if (kind === 'company' || kind === 'firm') {
    // (Not "Group" or "Holdings" alone: "the USS Abraham Lincoln Carrier Strike Group" is no firm.)
    if (PERSON_LIKE_COMPANY_NAMES.has(bare) || words.some((w) => (COMPANY_LEGAL_FORMS.has(w) && w !== 'Group' && w !== 'Holdings') || COMPANY_TRADE_WORDS.has(w))) return true;
  } else if (kind === 'airline') {
    if (words.some((w) => AIRLINE_WORDS.has(w))) return true;
  } else {
    const head = nameHead(bare);
    if (kind === 'institute' ? /^Institut(?:e|ion)$/.test(head) : kind === 'foundation' ? head === 'Foundation' : kind === 'think tank' ? THINK_TANK_HEADS.has(head) : CIVIC_HEADS.has(head)) return true;
  }
  return describedAsKind(id, kind, body, mentions);
}

/**
 * "The group argues …" after "the case from the American Institute for International Steel", "the company said" after
 * "Stena Bulk, the company that owns …": a definite description of a body by a kind its name need not spell is the one
 * body of the article that fits the kind (by its name's head noun, a firm's legal form, or the article's own description
 * of it), named within a reader's reach before it and clear of any other of the kind (latestBodyOfKind's checks).
 */
export function latestBodyOfWiderKind(words: string, at: number, q: Quote, body: string, mentions: MentionRef[], nameOf: (id: string) => string | undefined): MentionRef | null {
  const kind = WIDER_KIND_WORDS.exec(words)?.[1].toLowerCase().replace(/\s+/g, ' ').replace('organisation', 'organization');
  if (!kind) return null;
  const memo = new Map<string, boolean>();
  const fits = (m: MentionRef): boolean => {
    if (m.type !== 'Organization') return false;
    let f = memo.get(m.entityId);
    if (f === undefined) memo.set(m.entityId, (f = fitsWiderKind(kind, m.entityId, nameOf(m.entityId) ?? '', body, mentions)));
    return f;
  };
  // A quotation naming a body of the kind may be that body's own words ("“WikiLeaks has never been contacted …,” the
  // organization said"): another body before it is not read.
  if (q.direct && mentions.some((m) => m.start >= q.start && m.end <= q.end && (fits(m) || (m.type === 'Organization' && fitsKind('group', nameOf(m.entityId) ?? ''))))) return null;
  const latest = latestBodyOfKind(kind, at, q, body, mentions, nameOf, false, fits);
  if (!latest) return null;
  // A body of the kind brought in unnamed within the reach ("a group calling itself …", "one rebel group"), other than
  // in apposition to a name ("NetBlocks, an organisation that …"), may be the one meant.
  const from = Math.max(0, at - KIND_REACH);
  const indefinite = new RegExp(`(?:^|[^\\p{L}])(?:[Aa]n?|[Aa]nother|[Oo]ne)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${kindNouns(kind)})(?![\\p{L}-])`, 'gu');
  for (const hit of body.slice(from, at).matchAll(indefinite)) {
    const start = from + hit.index;
    if (!mentions.some((m) => m.type === 'Organization' && m.end <= start && /^,\s*$/.test(body.slice(m.end, start + 1)))) return null;
  }
  return latest;
}

/** A military unit named by its kind alone, with up to two modifiers the unit's name bears ("the division", "the
 * airborne division", "the brigade"), or by its number alone ("the 130th"): group 1 the modifiers, 2 the kind or the
 * ordinal. Anchored, bounded: linear. */
export const UNIT_BY_KIND = /^[Tt]he\s+((?:[\p{Ll}-]+\s+){0,2})(division|brigade|regiment|battalion|squadron|fleet|command|\d{1,3}(?:st|nd|rd|th))$/u;

/**
 * speaker.unit-by-kind: "The division said …" after "Soldiers with the 101st Airborne Division said …", "The 130th
 * said …" after "the 130th Engineer Brigade talked of …": a unit described by its kind (or its number) is the one unit
 * the article named so within a reader's reach before — its name holds the kind's noun capitalised (or the number) and
 * every modifier given — clear of any other of the kind (latestBodyOfKind: two units named there, or the kind's noun
 * used of another unit, "The 4th Infantry Division", leave it unnamed).
 */
export function unitsByKind(quotes: readonly Quote[], body: string, mentions: MentionRef[], nameOf: (id: string) => string | undefined): void {
  for (const q of quotes) {
    const span = q.speakerSpan;
    if (q.speakerId !== null || !q.speakerText || !span) continue;
    const words = UNIT_BY_KIND.exec(q.speakerText.trim());
    if (!words) continue;
    const kind = words[2].toLowerCase();
    const modifiers = words[1].trim() ? words[1].trim().split(/\s+/) : [];
    const name = /^\d/.test(kind) ? kind : kind[0].toUpperCase() + kind.slice(1);
    const fits = (m: MentionRef): boolean => {
      if (m.type !== 'Organization') return false;
      const nameWords = (nameOf(m.entityId) ?? '').split(/\s+/);
      return nameWords.includes(name) && modifiers.every((w) => nameWords.some((n) => n.toLowerCase() === w));
    };
    const unit = latestBodyOfKind(kind, span.start, q, body, mentions, nameOf, true, fits);
    if (!unit) continue;
    q.speakerId = unit.entityId;
    delete q.speakerText;
    delete q.onBehalfOf;
  }
}
