// Quotes: "“…,” the group said", "the paper said", "the ministry added" — a definite description of a body by its kind
// as the whole source, read the way a reader does: the latest body of that kind the article named a little before
// (issue #14: who said what). The frame (direct.kind-after) keeps such a quote unnamed for the antecedent steps
// (kindAntecedents ties "the militant group Hamas", outletAntecedents a paper, resolveBodyHeads a body by its head noun);
// latestBodiesOfKind reads the rest; one still unnamed is dropped, as before (nothing invented).
import type { Quote } from '../types.js';
import { GROUP_NAME_LAST_WORDS, GROUP_NAMES } from '../lexicon/organizations.js';
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
    if (!kind) continue;
    const latest = latestBodyOfKind(kind, span.start, q, body, mentions, nameOf);
    if (!latest) continue;
    q.speakerId = latest.entityId;
    delete q.speakerText;
    delete q.onBehalfOf;
  }
}

/** The kinds latestBodyOfKind reads: a group's, a ministry's (KIND_WORDS). */
export const BODY_KINDS: ReadonlySet<string> = new Set(['group', 'movement', 'militia', 'organization', 'organisation', 'ministry']);

/** The one body of the kind (a KIND_WORDS noun, lower case) a reader takes "the <kind>" at `at` for, read as
 * latestBodiesOfKind does; null when none or several. `q` is the quote the words frame (its quoted words name none). */
export function latestBodyOfKind(kind: string, at: number, q: Quote, body: string, mentions: MentionRef[], nameOf: (id: string) => string | undefined, ownName = false): MentionRef | null {
  const fits = (m: MentionRef) => m.type === 'Organization' && fitsKind(kind, nameOf(m.entityId) ?? '');
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
  if (!latest || ids.size !== 1) return null;
  // A name modifying another noun ("the Muslim Brotherhood-led alliance … The group said") is no antecedent itself; another
  // body speaking after it ("CAGE said on its website. …, the group said") is the one a reader takes.
  const last = latest;
  if (/^-\p{Ll}/u.test(body.slice(last.end, last.end + 2)) || LINKED_BEFORE.test(body.slice(Math.max(0, last.start - 30), last.start))) return null;
  if (mentions.some((m) => m.start >= last.end && m.end <= at && m.type === 'Organization' && m.entityId !== last.entityId && SPEAKS_AFTER.test(body.slice(m.end, m.end + 20)))) return null;
  // One of the kind brought in unnamed after it ("a rebel group claimed …") may be the one meant.
  const noun = kind.startsWith('organi') ? 'organi[sz]ation' : kind;
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
