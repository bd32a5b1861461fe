// The warm-up article must keep walking the paths it is there to compile: furniture, every entity type, both kinds of quote, relations and events.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/pipeline.js';
import { WARM_UP_ARTICLE } from '../../src/extract/warm-up-article.js';

describe('WARM_UP_ARTICLE', () => {
  const result = extractArticle(WARM_UP_ARTICLE, { explain: true });
  const types = new Set(result.entities.map((e) => e.type));

  it('names people, countries, organisations, places and events', () => {
    for (const type of ['Person', 'Country', 'Organization', 'Place', 'Event']) expect(types, type).toContain(type);
  });

  it('holds direct and reported quotes, named and unnamed speakers', () => {
    expect(result.quotes.some((q) => q.direct && q.speakerId)).toBe(true);
    expect(result.quotes.some((q) => !q.direct && q.speakerId)).toBe(true);
    expect(result.quotes.some((q) => q.speakerId === null && q.speakerText)).toBe(true);
  });

  it('holds meetings held and planned, a call and backing', () => {
    const met = result.relations.filter((r) => r.type === 'MET_WITH');
    expect(met.map((r) => r.status)).toEqual(expect.arrayContaining(['happened', 'planned']));
    expect(met.some((r) => r.kind === 'call')).toBe(true);
    expect(result.relations.some((r) => r.type === 'ALLIED_WITH')).toBe(true);
  });

  it('masks its furniture lines (no entity or quote from the photo credit or the newsletter line)', () => {
    const credit = WARM_UP_ARTICLE.body.indexOf('Alexander Zemlianichenko');
    const newsletter = WARM_UP_ARTICLE.body.indexOf('Sign up for');
    expect(credit).toBeGreaterThan(0);
    expect(result.quotes.every((q) => q.start < newsletter)).toBe(true);
    expect(result.entities.some((e) => e.name.includes('Zemlianichenko'))).toBe(false);
  });
});
