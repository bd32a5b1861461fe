// Runs the pure extraction pipeline on a short body, for the rule tables.
import { extractArticle } from '../../src/extract/pipeline.js';
import type { ExtractionResult } from '../../src/extract/types.js';

export function extract(body: string, publishedAt: string | null = '2017-04-12'): ExtractionResult {
  return extractArticle({ id: 'a-test', url: null, title: 'test', publishedAt, source: null, body });
}

export const nameOf = (r: ExtractionResult, id: string | null) => (id ? (r.entities.find((e) => e.id === id)?.name ?? id) : null);
