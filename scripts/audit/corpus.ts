// The shared corpus for the audit scripts: every article of ../shared/corpus/allsides-international.jsonl (or NEWSGRAPH_CORPUS).
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { readArticles } from '../../src/ingest/read-articles.js';
import type { Article } from '../../src/extract/types.js';

export const CORPUS = process.env.NEWSGRAPH_CORPUS ?? path.join(process.env.NEWSGRAPH_SHARED ?? path.resolve(PROJECT_ROOT, '..', 'shared'), 'corpus', 'allsides-international.jsonl');

export async function readCorpus(file = CORPUS): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const item of readArticles([file], { maxArticleBytes: 10 * 1024 * 1024 })) if (item.ok) articles.push(item.article);
  if (!articles.length) throw new Error(`audit: no articles read from ${file}`);
  return articles;
}

/** "--type Person --n 30" → { type: 'Person', n: '30' }. */
export function flags(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) if (argv[i].startsWith('--')) out[argv[i].slice(2)] = argv[++i] ?? '';
  return out;
}
