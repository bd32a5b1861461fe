// Reads files and folders (.txt seed format, .json, .jsonl, .jsonl.gz) into Articles; bad input becomes a reason, never a throw.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Article } from '../extract/types.js';
import { normaliseArticle, type RawRecord } from './normalise.js';

/** A read article (with what the input policy dropped from it), or a rejected input with its reason. */
export type IngestItem = { ok: true; article: Article; origin: string; warnings: string[] } | { ok: false; origin: string; reason: string };

export interface ReadOptions {
  maxArticleBytes: number;
}

const SUPPORTED = ['.txt', '.json', '.jsonl', '.jsonl.gz'];

export function supportedKind(file: string): string | undefined {
  const lower = file.toLowerCase();
  return SUPPORTED.find((ext) => lower.endsWith(ext));
}

/** Every article of the given paths in path order; folders are read recursively. */
export async function* readArticles(paths: string[], opts: ReadOptions): AsyncGenerator<IngestItem> {
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      yield { ok: false, origin: p, reason: 'no such file or folder' };
      continue;
    }
    const files = info.isDirectory() ? (await listFiles(p)).filter((f) => supportedKind(f)) : [p];
    if (!files.length) yield { ok: false, origin: p, reason: `no articles in this folder (no ${SUPPORTED.join(', ')} files)` };
    for (const file of files) yield* readFile_(file, opts, info.isDirectory());
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

async function* readFile_(file: string, opts: ReadOptions, fromFolder: boolean): AsyncGenerator<IngestItem> {
  const kind = supportedKind(file);
  if (!kind) {
    // Inside a folder, unrelated files (README, .DS_Store) are not errors; named explicitly, they are.
    if (!fromFolder) yield { ok: false, origin: file, reason: `unsupported file type (expected ${SUPPORTED.join(', ')})` };
    return;
  }
  if (kind === '.jsonl' || kind === '.jsonl.gz') {
    yield* readJsonLines(file, kind === '.jsonl.gz', opts);
    return;
  }
  const size = (await stat(file)).size;
  if (size === 0) {
    yield { ok: false, origin: file, reason: 'empty file' };
    return;
  }
  // A .json file may hold many articles; allow it more room than one article.
  const limit = kind === '.json' ? opts.maxArticleBytes * 64 : opts.maxArticleBytes;
  if (size > limit) {
    yield { ok: false, origin: file, reason: `file is ${formatBytes(size)}, over the ${formatBytes(limit)} limit` };
    return;
  }
  const decoded = decodeText(await readFile(file));
  if (!decoded.ok) {
    yield { ok: false, origin: file, reason: decoded.reason };
    return;
  }
  if (kind === '.txt') {
    yield toItem(parseSeedText(decoded.text), file, opts);
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoded.text);
  } catch (err) {
    yield { ok: false, origin: file, reason: `malformed JSON: ${(err as Error).message}` };
    return;
  }
  const records = Array.isArray(parsed) ? parsed : [parsed];
  if (!records.length) yield { ok: false, origin: file, reason: 'empty file (an empty JSON list, no articles)' };
  for (let i = 0; i < records.length; i++) {
    yield toItem(records[i], records.length > 1 ? `${file}[${i}]` : file, opts);
  }
}

async function* readJsonLines(file: string, gzip: boolean, opts: ReadOptions): AsyncGenerator<IngestItem> {
  const raw = createReadStream(file);
  const input = gzip ? raw.pipe(createGunzip()) : raw;
  // Lines arrive as bytes-decoded-as-latin1 so invalid UTF-8 is detected per line, not silently replaced.
  input.setEncoding('latin1');
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let records = 0;
  try {
    for await (const latin1 of lines) {
      n++;
      const origin = `${file}:${n}`;
      if (latin1.trim() === '') continue;
      records++;
      if (latin1.length > opts.maxArticleBytes) {
        yield { ok: false, origin, reason: `line is ${formatBytes(latin1.length)}, over the ${formatBytes(opts.maxArticleBytes)} limit` };
        continue;
      }
      const decoded = decodeText(Buffer.from(latin1, 'latin1'));
      if (!decoded.ok) {
        yield { ok: false, origin, reason: decoded.reason };
        continue;
      }
      let record: unknown;
      try {
        record = JSON.parse(decoded.text);
      } catch (err) {
        yield { ok: false, origin, reason: `malformed JSON: ${(err as Error).message}` };
        continue;
      }
      yield toItem(record, origin, opts);
    }
  } catch (err) {
    yield { ok: false, origin: `${file}:${n + 1}`, reason: `cannot read: ${(err as Error).message}` };
    return;
  }
  if (records === 0) yield { ok: false, origin: file, reason: 'empty file (no JSON lines, no articles)' };
}

function toItem(record: unknown, origin: string, opts: ReadOptions): IngestItem {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { ok: false, origin, reason: 'not an article object' };
  }
  const result = normaliseArticle(record as RawRecord);
  if (!result.ok) return { ok: false, origin, reason: result.reason };
  if (Buffer.byteLength(result.article.body) > opts.maxArticleBytes) {
    return { ok: false, origin, reason: `body over the ${formatBytes(opts.maxArticleBytes)} limit` };
  }
  return { ok: true, article: result.article, origin, warnings: result.warnings };
}

/** The seed format: line 1 the URL (if it is one), line 2 the title, the rest the body. */
export function parseSeedText(text: string): RawRecord {
  const lines = text.split('\n');
  const first = (lines[0] ?? '').trim();
  // Any scheme counts as a URL line here (javascript:, file:), so the normaliser can drop it with a warning.
  if (/^[a-z][a-z0-9+.-]*:\S+$/i.test(first)) {
    return { url: first, title: (lines[1] ?? '').trim(), body: lines.slice(2).join('\n') };
  }
  return { title: first, body: lines.slice(1).join('\n') };
}

type Decoded = { ok: true; text: string } | { ok: false; reason: string };
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Strict UTF-8 (BOM stripped, CRLF normalised); binary content is named as such. */
export function decodeText(bytes: Buffer): Decoded {
  if (bytes.includes(0)) return { ok: false, reason: 'binary content (NUL bytes), not a text article' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8 (re-encode the file as UTF-8)' };
  }
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`;
}
