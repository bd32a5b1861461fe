// `newsgraph extract`: articles from paths → JSON Lines on a stream; rejected inputs reported on another.
import type { Writable } from 'node:stream';
import { config } from '../config.js';
import { readArticles } from '../ingest/read-articles.js';
import { extractArticle } from './pipeline.js';

export async function runExtract(paths: string[], out: Writable, err: Writable): Promise<{ ok: number; rejected: number }> {
  let ok = 0;
  let rejected = 0;
  for await (const item of readArticles(paths, { maxArticleBytes: config().MAX_ARTICLE_BYTES })) {
    if (!item.ok) {
      rejected++;
      err.write(`extract: rejected ${item.origin}: ${item.reason}\n`);
      continue;
    }
    for (const w of item.warnings) err.write(`extract: warning ${item.origin}: ${w}\n`);
    const line = JSON.stringify(extractArticle(item.article)) + '\n';
    if (!out.write(line)) await new Promise((resolve) => out.once('drain', resolve));
    ok++;
  }
  return { ok, rejected };
}
