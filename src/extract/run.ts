// `newsgraph extract`: articles from paths → JSON Lines on a stream; rejected inputs reported on another.
import type { Writable } from 'node:stream';
import { config } from '../config.js';
import { readArticles } from '../ingest/read-articles.js';
import { extractArticle, warmUp } from './pipeline.js';
import { ExtractionTimeoutError } from './deadline.js';
import type { ExtractionResult } from './types.js';

/** `explain`: instead of JSON, one line per quote — its rule, speaker, words and why arbitration chose that rule. */
export async function runExtract(paths: string[], out: Writable, err: Writable, { explain = false }: { explain?: boolean } = {}): Promise<{ ok: number; rejected: number }> {
  let ok = 0;
  let rejected = 0;
  warmUp();
  for await (const item of readArticles(paths, { maxArticleBytes: config().MAX_ARTICLE_BYTES })) {
    if (!item.ok) {
      rejected++;
      err.write(`extract: rejected ${item.origin}: ${item.reason}\n`);
      continue;
    }
    for (const w of item.warnings) err.write(`extract: warning ${item.origin}: ${w}\n`);
    let result;
    try {
      result = extractArticle(item.article, { budgetMs: config().EXTRACT_BUDGET_MS, explain });
    } catch (e) {
      // An article over its time budget is reported with the reason and the run goes on.
      if (!(e instanceof ExtractionTimeoutError)) throw e;
      rejected++;
      err.write(`extract: rejected ${item.origin}: ${e.message}\n`);
      continue;
    }
    const line = explain ? explainLines(result) : JSON.stringify(result) + '\n';
    if (!out.write(line)) await new Promise((resolve) => out.once('drain', resolve));
    ok++;
  }
  return { ok, rejected };
}

/** The quotes of one article as text: rule, speaker, the words, and the arbitration's reason. */
function explainLines({ article, entities, quotes }: ExtractionResult): string {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const lines = [`# ${article.id} ${article.title ?? ''}`.trimEnd()];
  for (const q of quotes) {
    const speaker = q.speakerId ? (names.get(q.speakerId) ?? q.speakerId) : q.speakerText ? `(${q.speakerText})` : '(nobody)';
    const words = q.text.replace(/\s+/g, ' ');
    lines.push(`${q.rule ?? '?'}\t${speaker}\t${q.direct ? 'direct' : 'reported'}\t${JSON.stringify(words.length > 160 ? words.slice(0, 157) + '…' : words)}`);
    lines.push(`\t${q.arbitration ?? ''}`);
  }
  return lines.join('\n') + '\n';
}
