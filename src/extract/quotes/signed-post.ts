// Embedded social-media posts: a paragraph closed by its author's signature ("… — Donald J. Trump (@realDonaldTrump)
// July 4, 2017") is that person's own words, verbatim, though no quotation mark encloses them.
import type { Quote } from '../types.js';
import type { MentionRef } from './speakers.js';
import { OUTLETS_BY_KIND } from '../lexicon/outlets.js';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/**
 * A post's signature closing its paragraph: a dash, the display name (at most 60 characters, a bracketed qualifier
 * allowed: "BBC News (UK)"), the handle in brackets and the day, then the player's "Report" button on some pages.
 * Bounded runs only, anchored on the dash: linear.
 */
export const SIGNED_POST = new RegExp(String.raw`[ \t][—–-][ \t]?([^—–()\n]{1,60}?(?:[ \t]\([^()\n]{1,20}\))?)[ \t]\(@\w{1,15}\)[ \t]${MONTH}[ \t]\d{1,2},[ \t]\d{4}(?:[ \t]+Report)?[ \t]*$`, 'gm');
/** A link closing the post's text: "https://t.co/…", or "pic.twitter.com/…" (run into the last word on some pages). */
const LINK_TOKEN = /^https?:\/\/\S/;
const PICTURE_LINK = 'pic.twitter.com/';
/** An outlet's account ("Bloomberg TicToc", "Sky News Breaking", "CNN International") relays others: its posts are no one's words. */
const OUTLET_NAMES = Object.values(OUTLETS_BY_KIND).flat().map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, ' +'));
// Read on the name the tagger took for a person ("Bloomberg TicToc"), so a title before it stays a title ("Vice President …").
const OUTLET_FIRST = new RegExp(String.raw`^(?:The +)?(?:${OUTLET_NAMES.join('|')})(?![\p{L}\d])`, 'u');
/** A word only an outlet's account carries in its display name ("Sky News Breaking", "BBC Radio 4"). */
const OUTLET_WORD = /(?:^| )(?:News|TV|Radio|Press|Breaking|Live)(?![\p{L}\d])/u;
/** A repost quotes someone else's post: not the signer's words. */
const REPOST = /^["“]?RT[ \t]+@/;

/** A signature closing a post: where it starts (the post's words end there) and the display name's span. */
export interface Signature {
  start: number;
  end: number;
  name: { start: number; end: number; text: string };
}

/** Every post signature of the body, in order (one scan; the body's other stages read them from here). */
export function findSignatures(body: string): Signature[] {
  if (!body.includes('(@')) return [];
  const found: Signature[] = [];
  SIGNED_POST.lastIndex = 0;
  for (let m = SIGNED_POST.exec(body); m; m = SIGNED_POST.exec(body)) {
    const nameStart = m.index + m[0].indexOf(m[1], 2);
    found.push({ start: m.index, end: m.index + m[0].length, name: { start: nameStart, end: nameStart + m[1].length, text: m[1] } });
  }
  return found;
}

/**
 * One direct quote per signed post whose display name is one person of the article (a post signed by a body — a news
 * outlet relaying others' words, a ministry — is left to the rules that read its text). The quote runs from the
 * paragraph's start to the signature, without the links that close the post. (A page's skip link before the post,
 * "Skip Twitter post by @…", is masked as furniture before: widget.skip-embed.)
 */
export function findSignedPosts(body: string, signatures: readonly Signature[], mentions: readonly MentionRef[]): Quote[] {
  const quotes: Quote[] = [];
  for (const sig of signatures) {
    const speakerId = OUTLET_WORD.test(sig.name.text) ? null : signer(body, sig.name.start, sig.name.end, mentions);
    if (!speakerId) continue;
    const lineStart = body.lastIndexOf('\n', sig.start) + 1;
    let text = body.slice(lineStart, sig.start);
    if (REPOST.test(text.trimStart())) continue;
    text = withoutTrailingLinks(text);
    const lead = text.length - text.trimStart().length;
    text = text.trim();
    if (!/\p{L}.*\p{L}/su.test(text)) continue;
    const start = lineStart + lead;
    quotes.push({
      speakerId,
      text,
      direct: true,
      start,
      end: start + text.length,
      cue: '—',
      sentence: { start: lineStart, end: sig.end },
      speakerSpan: { start: sig.name.start, end: sig.name.end },
    });
  }
  return quotes;
}

/** The post's words without the links closing them ("… inside #cbc pic.twitter.com/bIclHFp4Og"), token by token from the end. */
export function withoutTrailingLinks(text: string): string {
  for (;;) {
    const trimmed = text.trimEnd();
    const cut = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\t'), trimmed.lastIndexOf('\n')) + 1;
    const token = trimmed.slice(cut);
    const picture = token.indexOf(PICTURE_LINK);
    if (LINK_TOKEN.test(token)) text = trimmed.slice(0, cut);
    else if (picture >= 0) text = trimmed.slice(0, cut + picture);
    else return trimmed;
  }
}

/** The one person the display name names ("Vice President Mike Pence" → Mike Pence); none when a body is named there too. */
function signer(body: string, start: number, end: number, mentions: readonly MentionRef[]): string | null {
  const inside = mentions.filter((x) => x.start < end && x.end > start);
  const people = inside.filter((x) => x.type === 'Person');
  if (new Set(people.map((x) => x.entityId)).size !== 1 || inside.some((x) => x.type === 'Organization')) return null;
  return OUTLET_FIRST.test(body.slice(people[0].start, end)) ? null : people[0].entityId;
}
