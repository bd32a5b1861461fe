// Event reports new in one replay cache against another (scripts/bench/event-merge.ts --cache), with a seeded sample to read.
// Usage: npx tsx scripts/bench/event-diff.ts before.json after.json [--seed N] [--sample 20] [--kinds contact] [--all]
// --all draws from every report of after.json, not only the new ones (a precision sample of a whole tree).
import { readFileSync } from 'node:fs';
import { CONTACT_KINDS } from '../../src/extract/lexicon/events.js';
import type { EventReport } from '../../src/resolve/resolve-events.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const seed = Number(flag('--seed', String(Date.now() % 100_000)));
const sample = Number(flag('--sample', '20'));
const contactOnly = flag('--kinds', 'contact') === 'contact';
const allIndex = args.indexOf('--all');
const fromAll = allIndex >= 0 && !!args.splice(allIndex, 1).length;
const [beforeFile, afterFile] = args;
if (!beforeFile || !afterFile) throw new Error('usage: event-diff.ts before.json after.json [--seed N] [--sample 20]');
const reportsOf = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { reports: EventReport[] }).reports;
const keyOf = (r: EventReport) => [r.articleId, r.kind, [...r.participantIds].sort().join('+'), r.locationId ?? ''].join('|');

const before = reportsOf(beforeFile);
const after = reportsOf(afterFile);
const known = new Set(before.map(keyOf));
const added = after.filter((r) => !known.has(keyOf(r)));
const gone = new Set(after.map(keyOf));
const removed = before.filter((r) => !gone.has(keyOf(r)));
const byKind = (rs: EventReport[]) => Object.entries(rs.reduce<Record<string, number>>((n, r) => ({ ...n, [r.kind]: (n[r.kind] ?? 0) + 1 }), {})).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
console.log(`reports: ${before.length} -> ${after.length}; new ${added.length} (${byKind(added)}); gone ${removed.length} (${byKind(removed)})`);

// mulberry32: a small seeded generator, so that a sample can be drawn again.
function random(a: number): () => number {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(seed);
const pool = (fromAll ? after : added).filter((r) => !contactOnly || CONTACT_KINDS.has(r.kind));
// One report per article, articles in a seeded random order.
const articles = [...new Set(pool.map((r) => r.articleId))];
for (let i = articles.length - 1; i > 0; i--) {
  const j = Math.floor(next() * (i + 1));
  [articles[i], articles[j]] = [articles[j], articles[i]];
}
console.log(`seed ${seed}: ${Math.min(sample, articles.length)} of ${pool.length} ${fromAll ? '' : 'new '}${contactOnly ? 'contact ' : ''}reports in ${articles.length} articles`);
for (const [n, id] of articles.slice(0, sample).entries()) {
  const mine = pool.filter((r) => r.articleId === id);
  const r = mine[Math.floor(next() * mine.length)];
  console.log(`${n + 1}. [${r.kind}, ${r.status}] ${r.participantNames.join(', ') || '-'} | place ${r.locationName ?? '-'} | date ${r.date ?? '-'} | ${r.articleId}\n   ${r.evidence.join(' / ').slice(0, 400)}`);
}
