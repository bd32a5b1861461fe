// Reading inputs: every supported format, and every kind of bad input rejected with its file (and line) and reason.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readArticles, type IngestItem } from '../../src/ingest/read-articles.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-read-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function read(name: string, content: string | Buffer, maxArticleBytes = 1024 * 1024): Promise<IngestItem[]> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  const out: IngestItem[] = [];
  for await (const item of readArticles([file], { maxArticleBytes })) out.push(item);
  return out;
}

const summary = (items: IngestItem[]) =>
  items.map((i) => (i.ok ? `ok ${i.article.title} ${i.article.publishedAt}` : `rejected ${path.basename(i.origin)}: ${i.reason}`));

describe('formats', () => {
  test.each<[string, string | Buffer, string[]]>([
    ['seed.txt', 'http://www.foxnews.com/politics/2017/04/12/x.html\nTitle line\nBody text here.\n', ['ok Title line 2017-04-12']],
    ['one.json', JSON.stringify({ url: 'https://e.com/a', title: 'A', text: 'Body.', publishedAt: '2016-01-02' }), ['ok A 2016-01-02']],
    ['list.json', JSON.stringify([{ url: 'https://e.com/a', title: 'A', text: 'x' }, { url: 'https://e.com/b', title: 'B', text: 'y' }]), ['ok A null', 'ok B null']],
    ['many.jsonl', '{"url":"https://e.com/a","title":"A","text":"x"}\n\n{"url":"https://e.com/b","title":"B","text":"y"}\n', ['ok A null', 'ok B null']],
    ['many.jsonl.gz', gzipSync('{"url":"https://e.com/a","title":"A","text":"x"}\n'), ['ok A null']],
  ])('%s', async (name, content, expected) => {
    expect(summary(await read(name, content))).toEqual(expected);
  });
});

describe('bad input', () => {
  test.each<[string, string | Buffer, RegExp]>([
    ['latin1.txt', Buffer.from('https://e.com/x\nTitle\nCaf\xe9\n', 'latin1'), /latin1\.txt: not valid UTF-8/],
    ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), /binary/],
    ['empty.txt', '', /empty\.txt: empty file/],
    ['empty.jsonl', '', /empty\.jsonl: empty file/],
    ['blank.jsonl', '\n\n  \n', /blank\.jsonl: empty file \(no JSON lines/],
    ['empty-list.json', '[]', /empty-list\.json: empty file \(an empty JSON list/],
    ['page.txt', '<!doctype html>\n<html><body>Hi</body></html>\n', /page\.txt: HTML, not a text article/],
    ['big.txt', 'https://e.com/x\nT\n' + 'a'.repeat(2000), /over the .* limit/],
    ['bad.json', '{"url": ', /malformed JSON/],
    ['notes.md', '# not an article', /unsupported file type/],
  ])('%s', async (name, content, reason) => {
    const items = await read(name, content, 1000);
    expect(summary(items).join('\n')).toMatch(reason);
  });

  test('a malformed line of a .jsonl is reported with its line number and the rest still loads', async () => {
    const items = await read('mixed.jsonl', '{"url":"https://e.com/a","title":"A","text":"x"}\n{"url": \n{"url":"https://e.com/b","title":"B","text":"y"}\n');
    expect(items.map((i) => (i.ok ? i.article.title : `${path.basename(i.origin)} ${i.reason.slice(0, 14)}`))).toEqual(['A', 'mixed.jsonl:2 malformed JSON', 'B']);
  });

  test('a folder is read recursively and unsupported files in it are skipped silently', async () => {
    const sub = path.join(dir, 'folder', 'nested');
    await mkdir(sub, { recursive: true });
    await writeFile(path.join(sub, 'a.txt'), 'https://e.com/n\nNested\nBody.\n');
    await writeFile(path.join(sub, 'README.md'), 'ignored');
    const out: IngestItem[] = [];
    for await (const item of readArticles([path.join(dir, 'folder')], { maxArticleBytes: 1e6 })) out.push(item);
    expect(summary(out)).toEqual(['ok Nested null']);
  });

  test('a folder with no articles is reported', async () => {
    const empty = path.join(dir, 'no-articles');
    await mkdir(empty, { recursive: true });
    await writeFile(path.join(empty, 'README.md'), 'not an article');
    const out: IngestItem[] = [];
    for await (const item of readArticles([empty], { maxArticleBytes: 1e6 })) out.push(item);
    expect(summary(out)).toEqual([expect.stringMatching(/^rejected no-articles: no articles in this folder/)]);
  });

  test.each<[string, string | null, string]>([
    ['javascript:alert(1)\nTitle\nBody text.\n', null, 'Title'],
    ['file:///etc/passwd\nTitle\nBody text.\n', null, 'Title'],
    ['Not a URL: a title\nBody text.\n', null, 'Not a URL: a title'],
  ])('seed format: a first line with any URL scheme is the URL line, dropped unless http(s) (%#)', async (content, url, title) => {
    const [item] = await read('scheme.txt', content);
    expect(item.ok && [item.article.url, item.article.title]).toEqual([url, title]);
  });

  test('what the policy drops is a warning on the article, with its line', async () => {
    const items = await read('warn.jsonl', '{"url":"javascript:alert(1)","title":"A","text":"x","publishedAt":"99999-01-01"}\n');
    expect(items).toEqual([
      expect.objectContaining({ ok: true, origin: expect.stringMatching(/warn\.jsonl:1$/), warnings: [expect.stringMatching(/^url .* dropped/), expect.stringMatching(/^publishedAt .* dropped/)] }),
    ]);
  });

  test('a missing path is reported', async () => {
    const out: IngestItem[] = [];
    for await (const item of readArticles([path.join(dir, 'nope.txt')], { maxArticleBytes: 1e6 })) out.push(item);
    expect(summary(out)).toEqual(['rejected nope.txt: no such file or folder']);
  });
});
