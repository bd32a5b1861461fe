// Which full name a bare surname joins across articles: a table of candidate sets and the expected decision.
import { describe, expect, test } from 'vitest';
import { chooseCandidate, resolvePeople, type SurnameCandidate } from '../../src/resolve/resolve-people.js';
import type { ExtractionResult } from '../../src/extract/types.js';

const c = (id: string, mentions: number, role: string | null = null): SurnameCandidate => ({ id, mentions, role });

describe('chooseCandidate', () => {
  test.each<[string, SurnameCandidate[], string | null, string | null]>([
    ['no candidate', [], null, null],
    ['one candidate', [c('person:rex-tillerson', 1)], null, 'person:rex-tillerson'],
    ['one candidate, same role', [c('person:rex-tillerson', 3, 'Secretary of State')], 'Secretary', 'person:rex-tillerson'],
    ['one candidate, other role', [c('person:melania-trump', 3, 'First Lady')], 'President', null],
    ['two comparable people', [c('person:john-smith', 12), c('person:mary-smith', 9)], null, null],
    ['a dominant bearer', [c('person:donald-trump', 900), c('person:ivanka-trump', 40), c('person:eric-trump', 10)], null, 'person:donald-trump'],
    ['dominant but too few mentions', [c('person:john-doe', 9), c('person:jane-doe', 0)], null, null],
    ['dominant with a conflicting role', [c('person:barack-obama', 500, 'President'), c('person:michelle-obama', 20, 'First Lady')], 'First Lady', null],
    ['just under the dominant share', [c('person:a-x', 89), c('person:b-x', 11)], null, null],
  ])('%s', (_name, candidates, role, expected) => {
    expect(chooseCandidate(candidates, role)).toBe(expected);
  });
});

describe('resolvePeople', () => {
  const article = { id: 'a-1', url: null, title: 't', publishedAt: null, source: null, body: 'Tillerson said no.' };
  const result: ExtractionResult = {
    article,
    entities: [{ id: 'person:tillerson', type: 'Person', name: 'Tillerson', aliases: [], mentions: [{ start: 0, end: 9, text: 'Tillerson' }] }],
    quotes: [{ speakerId: 'person:tillerson', text: 'no', direct: false, start: 15, end: 17, cue: 'said', aboutIds: [] }],
    relations: [],
  };

  test('remaps the entity and every reference to it', async () => {
    const [out] = await resolvePeople([result], async () => new Map([['tillerson', [c('person:rex-tillerson', 5)]]]));
    expect(out.entities.map((e) => e.id)).toEqual(['person:rex-tillerson']);
    expect(out.quotes[0].speakerId).toBe('person:rex-tillerson');
  });

  test('leaves the surname alone when the graph cannot tell who it is', async () => {
    const [out] = await resolvePeople([result], async () => new Map([['tillerson', [c('person:rex-tillerson', 5), c('person:jane-tillerson', 4)]]]));
    expect(out).toBe(result);
  });
});
