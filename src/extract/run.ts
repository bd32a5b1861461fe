// `newsgraph extract`: articles from paths → JSON Lines on a stream; rejected inputs reported on another.
import type { Writable } from 'node:stream';
import { config } from '../config.js';
import { readArticles } from '../ingest/read-articles.js';
import { extractArticle, warmUp } from './pipeline.js';
import { ExtractionTimeoutError } from './deadline.js';

export async function runExtract(paths: string[], out: Writable, err: Writable): Promise<{ ok: number; rejected: number }> {
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
      result = extractArticle(item.article, { budgetMs: config().EXTRACT_BUDGET_MS });
    } catch (e) {
      // An article over its time budget is reported with the reason and the run goes on.
      if (!(e instanceof ExtractionTimeoutError)) throw e;
      rejected++;
      err.write(`extract: rejected ${item.origin}: ${e.message}\n`);
      continue;
    }
    const line = JSON.stringify(result) + '\n';
    if (!out.write(line)) await new Promise((resolve) => out.once('drain', resolve));
    ok++;
  }
  return { ok, rejected };
}
