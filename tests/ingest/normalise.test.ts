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

describe('input policy', () => {
  const NOW = new Date('2020-06-15T12:00:00Z');
  const norm = (record: Record<string, unknown>) => normaliseArticle({ title: 'T', text: 'Angela Merkel said Germany will wait.', ...record } as never, { now: NOW });

  test.each<[string, string | null, RegExp | null]>([
    ['https://example.com/a', 'https://example.com/a', null],
    ['HTTP://Example.com/a', 'HTTP://Example.com/a', null],
    ['javascript:alert(1)', null, /url "javascript:alert\(1\)" dropped: only http\(s\) URLs/],
    ['file:///etc/passwd', null, /url "file:\/\/\/etc\/passwd" dropped/],
    ['data:text/html,<b>x</b>', null, /dropped/],
    ['/relative/path.html', null, /dropped/],
    ['ftp://example.com/a.txt', null, /dropped/],
  ])('url %s', (url, kept, warning) => {
    const n = norm({ url });
    if (!n.ok) throw new Error(n.reason);
    expect(n.article.url).toBe(kept);
    if (warning) expect(n.warnings).toEqual([expect.stringMatching(warning)]);
    else expect(n.warnings).toEqual([]);
  });

  test('a dropped URL gives no id, source or date from it', () => {
    const n = norm({ url: 'javascript:location="https://evil.example/2017/04/12/x"' });
    expect(n.ok && [n.article.id.slice(0, 2), n.article.source, n.article.publishedAt]).toEqual(['h-', null, null]);
  });

  test.each<[unknown, string | null, RegExp | null]>([
    ['2017-04-12', '2017-04-12', null],
    ['1900-01-01', '1900-01-01', null],
    ['2020-06-16', '2020-06-16', null], // tomorrow: time zones
    ['2020-06-17', null, /publishedAt "2020-06-17" dropped: outside 1900-01-01 … 2020-06-16/],
    ['1899-12-31', null, /outside/],
    ['0001-01-01', null, /outside/],
    ['99999-01-01', null, /outside/],
    ['yesterday', null, /publishedAt "yesterday" dropped: not a date/],
    [undefined, null, null],
    ['', null, null],
  ])('publishedAt %j', (publishedAt, kept, warning) => {
    const n = norm({ url: 'https://example.com/a', publishedAt });
    if (!n.ok) throw new Error(n.reason);
    expect(n.article.publishedAt).toBe(kept);
    expect(n.warnings).toEqual(warning ? [expect.stringMatching(warning)] : []);
  });

  test('a date in the URL counts only inside the plausible range, and the record date wins when plausible', () => {
    expect(norm({ url: 'https://example.com/2031/01/01/future' }).ok && (norm({ url: 'https://example.com/2031/01/01/future' }) as { article: { publishedAt: unknown } }).article.publishedAt).toBe(null);
    const n = norm({ url: 'https://example.com/2017/04/12/x', publishedAt: '3000-01-01' });
    expect(n.ok && n.article.publishedAt).toBe('2017-04-12');
  });

  test.each<[string, string, RegExp | null]>([
    ['<!doctype html>', '<html><head><title>x</title></head><body><p>Text</p></body></html>', /HTML, not a text article \(starts with an HTML document tag\)/],
    ['Title', '<!DOCTYPE html>\n<html lang="en">…', /starts with an HTML document tag/],
    ['Title', '<div class="story"><p>Merkel said Germany will wait.</p><p>More.</p></div>', /HTML, not a text article \(6 HTML block tags\)/],
    ['Title', 'Merkel said Germany will wait.<script src="/x.js"></script>', /has a <script src="\/x.js"> tag/],
    ['Title', 'Trudeau said it was a good day. <a href="https://t.co/x">#cdnpoli</a> <a href="https://t.co/y">pic</a> <a href="https://t.co/z">z</a> <a href="https://t.co/w">w</a>', null],
    ['Title', 'Browsers treat <b> as bold and <i> as italic, the speaker said.', null],
    ['Title', 'Profits rose 3 < 5 percent and x > y, the minister said.', null],
    ['Title', 'The <Defense Department> said a <b>-class cruiser was nearby.', null],
  ])('HTML %#', (title, body, reason) => {
    const n = normaliseArticle({ url: 'https://example.com/a', title, body }, { now: NOW });
    if (reason) expect(!n.ok && n.reason).toMatch(reason);
    else expect(n.ok).toBe(true);
  });
});
