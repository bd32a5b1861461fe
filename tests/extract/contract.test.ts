// The extraction contract (../shared/contracts/extraction.md): fields present, ids consistent, offsets exact.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/extract/pipeline.js';
import { parseSeedText } from '../../src/ingest/read-articles.js';
import { normaliseArticle } from '../../src/ingest/normalise.js';
import type { Article, ExtractionResult } from '../../src/extract/types.js';
import { ENTITY_LABELS, ENTITY_TYPE_INFO } from '../../src/graph/model.js';
import { skipWithoutShared, SHARED_CORPUS } from '../helpers/shared.js';


function checkContract(r: ExtractionResult): void {
  const body = r.article.body;
  expect(Object.keys(r.article).sort()).toEqual(['body', 'id', 'publishedAt', 'source', 'title', 'url']);
  const ids = new Set(r.entities.map((e) => e.id));
  expect(ids.size).toBe(r.entities.length);
  for (const e of r.entities) {
    expect(e).toMatchObject({ id: expect.any(String), type: expect.stringMatching(new RegExp(`^(?:${ENTITY_LABELS.join('|')})$`)), name: expect.any(String), aliases: expect.any(Array) });
    expect(e.id.startsWith(ENTITY_TYPE_INFO[e.type].idPrefix)).toBe(true);
    for (const m of e.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
    if (e.type === 'Country') expect(e.code).toMatch(/^[A-Z]{2}$/);
    if (e.type === 'Place' && e.code !== undefined) expect(e.code).toMatch(/^[A-Z]{2}$/); // the country it lies in
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
    // v2: a status of the type, a cue, a kind for meetings, a date that is an ISO day or null.
    expect(rel.type === 'MET_WITH' ? ['happened', 'planned', 'refused'] : ['stated', 'hedged']).toContain(rel.status);
    expect(typeof rel.cue).toBe('string');
    if (rel.type === 'MET_WITH') expect(['meeting', 'talks', 'summit', 'visit', 'call']).toContain(rel.kind);
    if (rel.date != null) expect(rel.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
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

  test('the first 300 corpus articles', { timeout: 600_000 }, async (ctx) => {
    skipWithoutShared(ctx);
    const lines = readFileSync(SHARED_CORPUS, 'utf8').split('\n').filter(Boolean).slice(0, 300);
    for (const line of lines) {
      const n = normaliseArticle(JSON.parse(line));
      if (n.ok) checkContract(extractArticle(n.article));
      // Let the test runner's messages through between articles: a long synchronous run makes its calls time out.
      await new Promise((resolve) => setImmediate(resolve));
    }
  });
});
