// One raw record (seed file, JSON object) → a normalised Article with a stable id, a publish date and a source.
import { createHash } from 'node:crypto';
import type { Article } from '../extract/types.js';

export interface RawRecord {
  id?: unknown;
  url?: unknown;
  title?: unknown;
  body?: unknown;
  text?: unknown;
  publishedAt?: unknown;
  source?: unknown;
}

export type Normalised = { ok: true; article: Article } | { ok: false; reason: string };

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

export function normaliseArticle(record: RawRecord): Normalised {
  const rawBody = typeof record.body === 'string' ? record.body : typeof record.text === 'string' ? record.text : null;
  if (rawBody === null) return { ok: false, reason: 'no "body" or "text" field' };
  const body = cleanText(rawBody).trim();
  if (body === '') return { ok: false, reason: 'empty body' };
  const url = str(record.url);
  const title = cleanText(str(record.title) ?? '').replace(/\s+/g, ' ');
  const publishedAt = isoDate(record.publishedAt) ?? (url ? dateFromUrl(url) : null);
  const source = str(record.source) ?? (url ? hostOf(url) : null);
  const id = articleId(url, title, body);
  return { ok: true, article: { id, url, title, publishedAt, source, body } };
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
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** Removes what breaks offsets and display but carries no meaning: BOM, lone surrogates, control characters. */
function cleanText(s: string): string {
  return s
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ' ');
}
