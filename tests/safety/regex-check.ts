// Checks regular expressions for super-linear backtracking with recheck (https://makenowjust-labs.github.io/recheck/),
// keeping its verdicts in regex-verdicts.json keyed by a hash of each pattern: `npm test` checks live only the patterns
// that are new or changed since the file was written, `npm run check:regex` checks every pattern again.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { check } from 'recheck';
import { composedRegexes, distinct, regexLiterals, type FoundRegex } from './collect-regexes.js';

export const VERDICTS_FILE = path.join(import.meta.dirname, 'regex-verdicts.json');
/** Per pattern: recheck gives up after this long and says "unknown". */
const CHECK_TIMEOUT_MS = 5000;

export interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown';
  /** "linear", "exponential", "2nd degree polynomial", … or why it is unknown ("timeout", "unsupported: look-behind"). */
  complexity: string;
  degree?: number;
  source: string;
  flags: string;
}

export const keyOf = (r: { source: string; flags: string }) => createHash('sha256').update(`/${r.source}/${r.flags}`).digest('hex').slice(0, 16);

/** Every regex of src/: literals, and the patterns composed while src/ is imported and an article extracted. */
export async function allRegexes(): Promise<FoundRegex[]> {
  const composed = await composedRegexes(async () => {
    const { extractArticle } = await import('../../src/extract/pipeline.js');
    const body = 'Secretary of State Rex Tillerson met Vladimir Putin in Moscow on Monday. “We need to talk,” Tillerson said. Hillary Clinton said that the talks, according to officials, went well, a poll found. Trump called her “unfit.”';
    extractArticle({ id: 'a-regex', url: null, title: 'Clinton Says Talks Went Well', publishedAt: '2017-04-12', source: null, body });
  });
  // Flags that only move the match position (g, y) do not change how a pattern backtracks.
  return distinct([...regexLiterals(), ...composed].map((r) => ({ ...r, flags: r.flags.replace(/[gy]/g, '') })));
}

export async function checkOne(r: { source: string; flags: string }): Promise<Verdict> {
  const d = await check(r.source, r.flags, { timeout: CHECK_TIMEOUT_MS });
  if (d.status === 'safe') return { status: 'safe', complexity: d.complexity.type, source: r.source, flags: r.flags };
  if (d.status === 'vulnerable') {
    const degree = d.complexity.type === 'polynomial' ? d.complexity.degree : undefined;
    return { status: 'vulnerable', complexity: d.complexity.summary, degree, source: r.source, flags: r.flags };
  }
  const error = d.error as { kind?: string; message?: string };
  return { status: 'unknown', complexity: [error.kind, error.message].filter(Boolean).join(': '), source: r.source, flags: r.flags };
}

export function readVerdicts(): Record<string, Verdict> {
  return existsSync(VERDICTS_FILE) ? (JSON.parse(readFileSync(VERDICTS_FILE, 'utf8')) as Record<string, Verdict>) : {};
}

export function writeVerdicts(verdicts: Record<string, Verdict>): void {
  const sorted = Object.fromEntries(Object.entries(verdicts).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(VERDICTS_FILE, JSON.stringify(sorted, null, 1) + '\n');
}

/** Verdicts for the given patterns: from the file when known, else checked now (`refresh`: all checked now). */
export async function verdictsFor(regexes: FoundRegex[], refresh = false): Promise<{ verdicts: Map<FoundRegex, Verdict>; checkedNow: number }> {
  const known = refresh ? {} : readVerdicts();
  const verdicts = new Map<FoundRegex, Verdict>();
  let checkedNow = 0;
  for (const r of regexes) {
    let v = known[keyOf(r)];
    if (!v) {
      v = await checkOne(r);
      checkedNow++;
    }
    verdicts.set(r, v);
  }
  return { verdicts, checkedNow };
}

/**
 * What fails the build: exponential backtracking anywhere, and polynomial backtracking of degree 3 or more (a few
 * thousand characters — one sentence — already take seconds). Quadratic patterns run on sentence-sized text (cut at
 * 2,000 characters by segment.ts) or shorter; they are listed, not failed.
 */
export const isUnsafe = (v: Verdict) => v.status === 'vulnerable' && (v.degree === undefined || v.degree >= 3);
