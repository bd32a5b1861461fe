// The extraction contract (../shared/contracts/extraction.md): fields present, ids consistent, offsets exact.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/extract/pipeline.js';
import { parseSeedText } from '../../src/ingest/read-articles.js';
import { normaliseArticle } from '../../src/ingest/normalise.js';
import type { Article, ExtractionResult } from '../../src/extract/types.js';

const CORPUS = '../shared/corpus/allsides-international.jsonl';

function checkContract(r: ExtractionResult): void {
  const body = r.article.body;
  expect(Object.keys(r.article).sort()).toEqual(['body', 'id', 'publishedAt', 'source', 'title', 'url']);
  const ids = new Set(r.entities.map((e) => e.id));
  expect(ids.size).toBe(r.entities.length);
  for (const e of r.entities) {
    expect(e).toMatchObject({ id: expect.any(String), type: expect.stringMatching(/^(Person|Country|Organization|Event)$/), name: expect.any(String), aliases: expect.any(Array) });
    for (const m of e.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
    if (e.type === 'Country') expect(e.code).toMatch(/^[A-Z]{2}$/);
    if (e.type === 'Event') {
      expect(e).toHaveProperty('kind');
      expect(e).toHaveProperty('date');
      expect(e).toHaveProperty('locationId');
      for (const p of e.participantIds ?? []) expect(ids.has(p)).toBe(true);
    }
  }
  for (const q of r.quotes) {
    expect(body.slice(q.start, q.end)).toBe(q.text);
    expect(typeof q.direct).toBe('boolean');
    expect(q).toHaveProperty('cue');
    if (q.speakerId) expect(ids.has(q.speakerId)).toBe(true);
  }
  for (const rel of r.relations) {
    expect(['MET_WITH', 'ALLIED_WITH']).toContain(rel.type);
    expect(ids.has(rel.sourceId) && ids.has(rel.targetId)).toBe(true);
    expect(body.slice(rel.evidence.start, rel.evidence.end)).toBe(rel.evidence.text);
  }
}

describe('extraction contract', () => {
  test('the seed article', () => {
    const raw = parseSeedText(readFileSync('seeds/000_c4e2f3fc947ec588.txt', 'utf8'));
    const n = normaliseArticle(raw);
    expect(n.ok).toBe(true);
    const r = extractArticle((n as { article: Article }).article);
    checkContract(r);
    expect(r.entities.find((e) => e.id === 'person:rex-tillerson')).toMatchObject({ name: 'Rex Tillerson', role: 'Secretary of State' });
  });

  test.skipIf(!existsSync(CORPUS))('the first 300 corpus articles (skipped without ../shared)', { timeout: 60_000 }, () => {
    const lines = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).slice(0, 300);
    for (const line of lines) {
      const n = normaliseArticle(JSON.parse(line));
      if (n.ok) checkContract(extractArticle(n.article));
    }
  });
});
