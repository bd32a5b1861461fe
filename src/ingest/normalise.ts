// One raw record (seed file, JSON object) → a normalised Article with a stable id, a publish date and a source.
// Input policy: HTML is refused, only http(s) URLs are kept, publish dates outside 1900 … tomorrow are dropped; what is
// dropped becomes a warning that names the value, so the article still loads.
import { createHash } from 'node:crypto';
import type { Article } from '../extract/types.js';
import { repairMojibake } from './mojibake.js';

export interface RawRecord {
  id?: unknown;
  url?: unknown;
  title?: unknown;
  body?: unknown;
  text?: unknown;
  publishedAt?: unknown;
  source?: unknown;
}

export type Normalised = { ok: true; article: Article; warnings: string[] } | { ok: false; reason: string };

export interface NormaliseOptions {
  /** "Now" for the publish-date range (tests pin it). */
  now?: Date;
}

/** The earliest publish date taken as plausible; the latest is tomorrow (time zones). */
export const EARLIEST_DATE = '1900-01-01';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

export function normaliseArticle(record: RawRecord, opts: NormaliseOptions = {}): Normalised {
  const rawBody = typeof record.body === 'string' ? record.body : typeof record.text === 'string' ? record.text : null;
  if (rawBody === null) return { ok: false, reason: 'no "body" or "text" field' };
  const body = cleanText(rawBody).trim();
  if (body === '') return { ok: false, reason: 'empty body' };
  const title = cleanText(str(record.title) ?? '').replace(/\s+/g, ' ');
  const html = htmlMarker(title, body);
  if (html) return { ok: false, reason: `HTML, not a text article (${html}); convert it to plain text first` };
  const warnings: string[] = [];
  const url = webUrl(str(record.url), warnings);
  const latest = new Date((opts.now ?? new Date()).getTime() + 86_400_000).toISOString().slice(0, 10);
  const publishedAt = plausibleDate(record.publishedAt, latest, warnings) ?? (url ? plausibleUrlDate(url, latest) : null);
  const source = str(record.source) ?? (url ? hostOf(url) : null);
  const id = articleId(url, title, body);
  return { ok: true, article: { id, url, title, publishedAt, source, body }, warnings };
}

/** The URL when it is an absolute http(s) URL; anything else (javascript:, file:, relative, malformed) is dropped. */
function webUrl(url: string | null, warnings: string[]): string | null {
  if (url === null) return null;
  let protocol: string | undefined;
  try {
    protocol = new URL(url).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol === 'http:' || protocol === 'https:') return url;
  warnings.push(`url ${quoteValue(url)} dropped: only http(s) URLs are kept`);
  return null;
}

/** The record's publish date when it parses and lies in EARLIEST_DATE … latest; otherwise null and a warning. */
function plausibleDate(value: unknown, latest: string, warnings: string[]): string | null {
  if (value === undefined || value === null || value === '') return null;
  const date = isoDate(value);
  if (date === null) {
    warnings.push(`publishedAt ${quoteValue(String(value))} dropped: not a date`);
    return null;
  }
  // A five-digit year comes back as '+099999-01-01': out of range too.
  if (!/^\d{4}-/.test(date) || date < EARLIEST_DATE || date > latest) {
    warnings.push(`publishedAt ${quoteValue(String(value))} dropped: outside ${EARLIEST_DATE} … ${latest}`);
    return null;
  }
  return date;
}

function plausibleUrlDate(url: string, latest: string): string | null {
  const date = dateFromUrl(url);
  return date !== null && date >= EARLIEST_DATE && date <= latest ? date : null;
}

/** A value echoed in a warning: JSON-quoted (control characters escaped) and cut to a readable length. */
function quoteValue(v: string): string {
  return JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v);
}

// An HTML page: a document start, a tag only pages have, or block markup; the attribute part is bounded (linear).
// Inline tags alone (<a>, <b>, an <iframe>: an embedded tweet or video in a news text) do not make a page.
const HTML_START = /^\s*<(?:!doctype\s+html|html|head|body)\b/i;
const PAGE_TAG = /<(?:!doctype\s+html|html|head|body|script|style|meta|link)(?=[\s/>])[^<>]{0,500}>/i;
const BLOCK_TAG = /<\/?(?:div|p|br|table|tr|td|th|li|ul|ol|h[1-6]|section|article|header|footer|nav|form)(?=[\s/>])[^<>]{0,500}>/gi;
/** Block tags a text may quote ("the <p> tag"); more than this is markup. */
const MAX_TEXT_BLOCK_TAGS = 3;

/** Why the title or body is an HTML page rather than text, or null. */
export function htmlMarker(title: string, body: string): string | null {
  if (HTML_START.test(title) || HTML_START.test(body)) return 'starts with an HTML document tag';
  const page = PAGE_TAG.exec(body);
  if (page) return `has a ${page[0].slice(0, 40)} tag`;
  const blocks = body.match(BLOCK_TAG)?.length ?? 0;
  return blocks > MAX_TEXT_BLOCK_TAGS ? `${blocks} HTML block tags` : null;
}

/** Stable id: from the normalised URL when there is one, else from the content. */
export function articleId(url: string | null, title: string, body: string): string {
  if (url) return `a-${sha256(normaliseUrl(url)).slice(0, 16)}`;
  return `h-${sha256(`${title}\n${body}`).slice(0, 16)}`;
}

/** Changes whenever anything the extraction reads changes. */
export function articleContentHash(a: Pick<Article, 'title' | 'body' | 'publishedAt' | 'source' | 'url'>): string {
  return sha256(JSON.stringify([a.url, a.title, a.body, a.publishedAt, a.source]));
}

function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    u.protocol = 'https:';
    u.hostname = u.hostname.replace(/^www\./, '');
    // Tracking parameters do not change the article.
    for (const key of [...u.searchParams.keys()]) {
      if (/^(utm_|WT\.|hp$|action$|pgtype$|clickSource$|module$|region$|smid$|ref$)/i.test(key)) u.searchParams.delete(key);
    }
    return u.toString().replace(/\/$/, '');
  } catch {
    return url;
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** YYYY-MM-DD from a date-like value, or null. */
export function isoDate(v: unknown): string | null {
  if (typeof v !== 'string' && typeof v !== 'number') return null;
  const s = String(v).trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return validDate(+m[1], +m[2], +m[3]);
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

/** The date in a URL path such as /2017/04/12/. */
export function dateFromUrl(url: string): string | null {
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|[-_]|$)/.exec(url);
  return m ? validDate(+m[1], +m[2], +m[3]) : null;
}

function validDate(y: number, mo: number, d: number): string | null {
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d); // not Date.UTC, which reads years 0–99 as 1900–1999
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Removes what breaks offsets and display but carries no meaning: BOM, lone surrogates, control characters; and repairs
 * UTF-8 read as Windows-1252 ("Trumpâ€™s" → "Trump’s") first, whose C1 controls are part of what it repairs.
 */
function cleanText(s: string): string {
  return repairMojibake(s)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ' ');
}
