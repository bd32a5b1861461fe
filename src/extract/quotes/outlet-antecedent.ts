// Quotes: a news outlet taken up by its kind after the article names it — "The Bangkok Post reported on Monday …. The
// newspaper said …", "Reuters reported …; the news agency said …", "according to the broadcaster" after "CNN" — is that
// outlet: the source is named, so it is linked, not left as words (issue #14). Runs after kindAntecedents (named-body.ts),
// which reads a kind tied to a name beside it ("the Xinhua news agency"); an outlet's kind is in its name or the lexicon.
import type { Quote } from '../types.js';
import { CALL_LETTERS, OUTLET_KIND_NOUNS, OUTLET_MODIFIERS, OUTLET_NAME_ENDS, OUTLETS_BY_KIND, PAPER_NAME_HEADS, STATE_OUTLET_MODIFIERS, STATE_OUTLETS, type OutletKind } from '../lexicon/outlets.js';
import { firstFrom, type MentionRef } from './speakers.js';

/** "the", then lower-case words: the words an outlet's kind noun ends (read word by word against OUTLET_KIND_NOUNS).
 * Anchored, one class per repeat: linear. */
export const OUTLET_ANAPHOR = /^[Tt]he\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}]+)$/u;
/** A broadcaster's name by its last word ("Al-Aqsa TV", "Press TV", "Radio Farda"). */
const UNREAD_BROADCASTER = /(?<![\p{L}-])\p{Lu}[\p{L}-]*\s+(?:TV|Television)\b|\bRadio\s+\p{Lu}/u;
/** Before an outlet's name: its owner's or publisher's phrase ("published by the ruling party mouthpiece "). */
const OWNER_BEFORE = /\b(?:published|owned|run|backed|controlled|operated|funded)\s+by\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,4}$/u;
/** A paper's kind noun, then a capitalised name: the paper named after its kind ("the British tabloid The Sun"). */
const UNREAD_PAPER = /(?<![\p{L}-])(?:newspaper|tabloid|daily|paper|weekly)\s+(?:The\s+)?\p{Lu}/u;
/** How far back the outlet is read: a few paragraphs, as an article names its source once and cites it on. */
const OUTLET_REACH = 2000;

const MODIFIERS: ReadonlySet<string> = new Set(OUTLET_MODIFIERS);
const PAPER_HEADS: ReadonlySet<string> = new Set(PAPER_NAME_HEADS);
const STATE: ReadonlySet<string> = new Set(STATE_OUTLETS);
const STATE_MODIFIERS: ReadonlySet<string> = new Set(STATE_OUTLET_MODIFIERS);
const BROADCASTERS: ReadonlySet<string> = new Set(OUTLETS_BY_KIND.broadcaster);
const KNOWN = new Map<string, OutletKind[]>();
for (const [kind, names] of Object.entries(OUTLETS_BY_KIND) as [OutletKind, readonly string[]][]) {
  for (const n of names) KNOWN.set(n, [...(KNOWN.get(n) ?? []), kind]);
}

/** The kinds an outlet's noun phrase may mean ("the state-run newspaper" → paper), or null when the words are no
 * outlet's kind, or qualify it out of being one ("the research paper", "the terrorist network"). */
export function anaphorKinds(words: string): { kinds: readonly OutletKind[]; state: boolean } | null {
  const w = words.trim().split(/\s+/);
  for (const take of [2, 1]) {
    if (w.length < take) continue;
    const noun = w.slice(-take).join(' ');
    const kinds = Object.hasOwn(OUTLET_KIND_NOUNS, noun) ? OUTLET_KIND_NOUNS[noun] : undefined;
    if (!kinds) continue;
    const before = w.slice(0, -take);
    // "the paper" alone: a modifier makes it a document as often as a newspaper ("the white paper").
    if (noun === 'paper' && before.length) return null;
    return before.every((x) => MODIFIERS.has(x)) ? { kinds, state: before.some((x) => STATE_MODIFIERS.has(x)) } : null;
  }
  return null;
}

/** A name without a trailing " News" ("Yonhap News" → "Yonhap"). */
const withoutNews = (name: string) => (name.endsWith(' News') ? name.slice(0, -5) : name);

/** The kinds of outlet an organization's name makes it: known by name, by its name's end ("Tasnim News Agency"), or by a
 * paper's head word ("the Bangkok Post", "Times of Israel"). Empty: no outlet. */
export function outletKinds(name: string): readonly OutletKind[] {
  const bare = name.replace(/^The\s+/, '');
  const known = KNOWN.get(name) ?? KNOWN.get(bare) ?? KNOWN.get(withoutNews(bare));
  if (known) return known;
  if (CALL_LETTERS.test(bare)) return ['broadcaster'];
  for (const [end, kind] of OUTLET_NAME_ENDS) if (end.test(` ${bare}`)) return [kind];
  const words = bare.split(/\s+/);
  // A broadcaster's name opening a station's or a service's ("CBS Boston", "BBC Arabic", "Fox 5").
  if (words.length > 1 && BROADCASTERS.has(words[0])) return ['broadcaster'];
  if (PAPER_HEADS.has(words.at(-1) ?? '') || PAPER_HEADS.has(words.slice(-2).join(' ')) || /^Times\s+of\s+\p{Lu}/u.test(bare)) return ['paper'];
  return [];
}

/** A state's outlet by name, with or without "The" or a trailing "News". */
const isStateOutlet = (name: string) => STATE.has(name) || STATE.has(name.replace(/^The\s+/, '')) || STATE.has(withoutNews(name));

/**
 * Every quote whose unnamed source is an outlet's kind after "the" ("The newspaper said", "according to the state
 * broadcaster") where the latest outlet of that kind the article named before it (within OUTLET_REACH) is the one: that
 * outlet speaks. Two outlets of the kind named in one sentence, or one of the kind introduced unnamed after it ("a local
 * newspaper"), leave the words unnamed.
 */
export function outletAntecedents(quotes: readonly Quote[], body: string, mentions: MentionRef[], nameOf: (id: string) => string | undefined): void {
  const kindsOf = new Map<string, readonly OutletKind[]>();
  const kindsOfEntity = (id: string) => {
    let k = kindsOf.get(id);
    if (!k) kindsOf.set(id, (k = outletKinds(nameOf(id) ?? '')));
    return k;
  };
  for (const q of quotes) {
    const span = q.speakerSpan;
    if (q.speakerId !== null || !q.speakerText || !span) continue;
    const words = OUTLET_ANAPHOR.exec(q.speakerText.trim());
    const read = words ? anaphorKinds(words[1]) : null;
    if (!read) continue;
    const { kinds, state } = read;
    // "the state news agency": a state's outlet only, never a wire the article happens to name (Reuters, AP).
    const fits = (m: MentionRef) => m.type === 'Organization' && kindsOfEntity(m.entityId).some((k) => kinds.includes(k)) && (!state || isStateOutlet(nameOf(m.entityId) ?? ''));
    let latest: MentionRef | null = null;
    for (let i = firstFrom(mentions, span.start) - 1; i >= 0 && mentions[i].start >= span.start - OUTLET_REACH; i--) {
      if (mentions[i].end <= span.start && fits(mentions[i])) {
        latest = mentions[i];
        break;
      }
    }
    if (!latest) continue;
    // Another outlet of the kind in the latest one's sentence ("The Times and the Post reported …"): either may be meant.
    const near = latest;
    const rival = mentions.some((m) => m.entityId !== near.entityId && m.end <= span.start && Math.abs(m.start - near.start) < 300 && fits(m) && !/[.!?]\s/.test(body.slice(Math.min(m.end, near.end), Math.max(m.start, near.start))));
    if (rival) continue;
    // An outlet whose name gives its kind written after it but read as no body ("Hamas-run al Aqsa TV quoted …. The
    // channel said"): that one may be meant.
    if (kinds.includes('broadcaster') && UNREAD_BROADCASTER.test(body.slice(latest.end, span.start))) continue;
    // The owner or publisher of an outlet is not it ("The populist tabloid published by … People’s Daily said …").
    if (OWNER_BEFORE.test(body.slice(Math.max(0, latest.start - 60), latest.start))) continue;
    // A paper named after its kind noun that is no mention ("an editorial in the British tabloid The Sun") may be meant.
    // (Any outlet named there the reader would take is the latest itself: one after it is another, unread as an outlet.)
    if (UNREAD_PAPER.test(body.slice(latest.end, span.start))) continue;
    // One of the kind brought in unnamed after it ("a local newspaper reported …") may be the one meant.
    const noun = words![1].split(/\s+/).at(-1)!;
    if (new RegExp(`(?:^|[^\\p{L}])(?:[Aa]n?|[Aa]nother|[Oo]ne)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${noun}(?![\\p{L}-])`, 'u').test(body.slice(latest.end, span.start))) continue;
    q.speakerId = latest.entityId;
    delete q.speakerText;
    delete q.onBehalfOf;
  }
}

/** "the" and one capitalised word as the whole source: "according to the Post", "the Journal reported". */
export const OUTLET_SHORT_NAME = /^[Tt]he\s+(\p{Lu}[\p{L}’'-]+)$/u;

/**
 * Every quote whose unnamed source is "the" and a paper's head word ("according to the Post", "The Journal said") where
 * the article names one outlet whose name ends with that word ("The Washington Post", "The Wall Street Journal") — or is
 * that word ("The Guardian"): that outlet speaks, as a reader takes the short form. Two such outlets ("the New York
 * Post" and "The Washington Post") leave the words unnamed.
 */
export function outletShortNames(quotes: readonly Quote[], mentions: MentionRef[], nameOf: (id: string) => string | undefined): void {
  for (const q of quotes) {
    if (q.speakerId !== null || !q.speakerText) continue;
    const word = OUTLET_SHORT_NAME.exec(q.speakerText.trim())?.[1];
    if (!word || !PAPER_HEADS.has(word)) continue;
    const ids = new Set<string>();
    for (const m of mentions) {
      if (m.type !== 'Organization' || ids.has(m.entityId)) continue;
      const name = (nameOf(m.entityId) ?? '').replace(/^The\s+/, '');
      if (name === word || name.endsWith(` ${word}`)) ids.add(m.entityId);
    }
    if (ids.size !== 1) continue;
    q.speakerId = [...ids][0];
    delete q.speakerText;
    delete q.onBehalfOf;
  }
}

/** An outlet's report brought in without its name: "according to a published report", "a news report said". */
export const UNNAMED_REPORT = /^(?:[Aa]n?|[Oo]ne)\s+(?:(?:published|news|media|newspaper|press|new|recent)\s+){1,2}(?:report|story|article)$/;
/** The next sentence opening with its subject's report: "The New York Times, citing U.S. officials, reported late Sunday
 * that …", "The Wall Street Journal reports that …". Anchored, the citing aside bounded: linear. */
const REPORTS_AFTER = /^(?:,\s+citing\s[^,;:“”"]{1,80},)?\s+(?:also\s+|first\s+)?(?:reported|reports|has\s+reported|had\s+reported|wrote|writes)\b/;

/**
 * Every quote of an outlet's report brought in unnamed ("…, according to a published report.") whose next sentence opens
 * with an outlet reporting ("The Associated Press … reported Wednesday that …"): that outlet is the report's, as a reader
 * takes the writer naming the source right after.
 */
export function outletReportsAhead(quotes: readonly Quote[], body: string, mentions: MentionRef[], nameOf: (id: string) => string | undefined): void {
  for (const q of quotes) {
    if (q.speakerId !== null || !q.speakerText || !q.sentence || !UNNAMED_REPORT.test(q.speakerText.trim())) continue;
    const from = q.sentence.end + (/^\s*/.exec(body.slice(q.sentence.end, q.sentence.end + 20))?.[0].length ?? 0);
    let outlet: MentionRef | null = null;
    for (let i = firstFrom(mentions, from); i < mentions.length && mentions[i].start <= from + 4; i++) {
      const m = mentions[i];
      if (m.type === 'Organization' && /^(?:The\s+)?$/.test(body.slice(from, m.start)) && outletKinds(nameOf(m.entityId) ?? '').length && REPORTS_AFTER.test(body.slice(m.end, m.end + 120))) outlet = m;
      break;
    }
    if (!outlet) continue;
    q.speakerId = outlet.entityId;
    delete q.speakerText;
    delete q.onBehalfOf;
  }
}
