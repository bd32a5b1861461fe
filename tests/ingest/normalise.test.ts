// Normalising records: publish dates from the record or the URL, stable ids, clear rejections.
import { describe, expect, test } from 'vitest';
import { articleId, dateFromUrl, isoDate, normaliseArticle } from '../../src/ingest/normalise.js';

describe('dates', () => {
  test.each<[unknown, string | null]>([
    ['2017-04-12', '2017-04-12'],
    ['2017-04-12T18:30:00Z', '2017-04-12'],
    ['April 12, 2017', '2017-04-12'],
    ['not a date', null],
    [null, null],
  ])('isoDate(%j)', (v, expected) => {
    expect(isoDate(v)).toBe(expected);
  });

  test.each<[string, string | null]>([
    ['http://www.foxnews.com/politics/2017/04/12/tillerson-says.html', '2017-04-12'],
    ['https://example.com/news/20170412/story', null],
    ['https://example.com/2017/13/45/not-a-date', null],
  ])('dateFromUrl(%s)', (url, expected) => {
    expect(dateFromUrl(url)).toBe(expected);
  });
});

describe('ids', () => {
  test('the same URL gives the same id, whatever its tracking parameters or case of host', () => {
    expect(articleId('http://Example.com/a?utm_source=x', 't', 'b')).toBe(articleId('http://example.com/a', 'other', 'other'));
  });
  test('no URL: the id is a hash of the content', () => {
    expect(articleId(null, 't', 'b')).toMatch(/^h-[0-9a-f]{16}$/);
    expect(articleId(null, 't', 'b')).not.toBe(articleId(null, 't', 'c'));
  });
});

describe('normaliseArticle', () => {
  test.each<[Record<string, unknown>, RegExp | string]>([
    [{ url: 'https://example.com/2017/04/12/x', title: 'T', text: 'Body.' }, '2017-04-12'],
    [{ url: 'https://example.com/x', title: 'T', body: 'Body.', publishedAt: '2016-09-20' }, '2016-09-20'],
    [{ url: 'https://example.com/x', title: 'T', text: '   ' }, /empty/],
  ])('%j', (record, expected) => {
    const n = normaliseArticle(record as never);
    if (typeof expected === 'string') expect(n.ok && n.article.publishedAt).toBe(expected);
    else expect(!n.ok && n.reason).toMatch(expected);
  });
});
