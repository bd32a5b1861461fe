// Derives src/extract/lexicon/furniture-lines.ts from the shared corpus: short lines repeated across many articles of one source.
// Run by hand (npm run lexicon:furniture); extraction stays per article and pure, it only reads the committed list.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { readArticles } from '../../src/ingest/read-articles.js';
import { linePatternRule } from '../../src/extract/furniture.js';

const file = process.argv[2] ?? path.join(PROJECT_ROOT, '../shared/corpus/allsides-international.jsonl');
const MIN_ARTICLES = 5; // a line in at least this many articles of one source…
const MIN_SHARE = 0.01; // …and in at least this share of them
const MAX_WORDS = 12; // a longer repeated line is more likely a quotation (a round-up repeats its quotes)

const key = (line: string) => line.trim().replace(/\s+/g, ' ').replace(/\d/g, '0');
const perSource = new Map<string, { articles: number; lines: Map<string, number> }>();
for await (const item of readArticles([file], { maxArticleBytes: 10 * 1024 * 1024 })) {
  if (!item.ok) continue;
  const source = item.article.source ?? '';
  const s = perSource.get(source) ?? perSource.set(source, { articles: 0, lines: new Map() }).get(source)!;
  s.articles++;
  const title = key(item.article.title);
  for (const line of new Set(item.article.body.split('\n').map(key))) {
    if (line && line !== title) s.lines.set(line, (s.lines.get(line) ?? 0) + 1);
  }
}
const kept = new Set<string>();
for (const { articles, lines } of perSource.values()) {
  for (const [line, n] of lines) {
    if (n < MIN_ARTICLES || n < MIN_SHARE * articles) continue;
    if (line.split(' ').length > MAX_WORDS || /["“”«»]/.test(line) || linePatternRule(line)) continue; // quotations; already a rule
    if (!/\p{Lu}/u.test(line)) continue; // no capital, no name: nothing to mask
    if (/contributed to this|^Contributing:/i.test(line)) continue; // credit lines stay text (the seed gold counts their names)
    kept.add(line);
  }
}
const list = [...kept].sort();
const out = path.join(PROJECT_ROOT, 'src/extract/lexicon/furniture-lines.ts');
writeFileSync(out, `// Page furniture lines that repeat across many articles of one source (digits as 0), derived from the shared corpus by
// scripts/lexicon/furniture-lines.ts (≥ ${MIN_ARTICLES} articles and ≥ ${MIN_SHARE * 100} % of a source, ≤ ${MAX_WORDS} words, no quotation marks). Regenerate, do not edit.
export const REPEATED_FURNITURE_LINES: readonly string[] = ${JSON.stringify(list, null, 2)};
`);
console.log(`lexicon:furniture: ${list.length} lines from ${perSource.size} sources → ${path.relative(PROJECT_ROOT, out)}`);
