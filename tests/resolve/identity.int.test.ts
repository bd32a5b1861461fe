// Cross-article identity against the real Neo4j: the same articles in two orders give the same graph; merges keep
// why; Article.mentions gives offsets into the stored body and the node each mention landed on.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { loadPaths } from '../../src/load/index.js';
import { graphFingerprint } from '../../src/graph/fingerprint.js';
import { createApp } from '../../src/server/yoga.js';
import { cleanDatabase, testDriver } from '../helpers/neo4j.js';

let driver: Driver;
let database: string;
let dir: string;

const ARTICLES = [
  { url: 'https://example.com/1', title: 'Talks', publishedAt: '2017-03-01', source: 'Example Times', text: 'Sergei Lavrov met Rex Tillerson in Moscow. Lavrov said the talks were useful.' },
  { url: 'https://example.com/2', title: 'More talks', publishedAt: '2017-03-02', source: 'Example Times', text: 'Russian Foreign Minister Sergey Lavrov said on Tuesday that Moscow wants calm.' },
  { url: 'https://example.com/3', title: 'Lavrov again', publishedAt: '2017-03-05', source: 'Example Times', text: '\r\nLavrov said the sanctions were a mistake.\r\nHe spoke in Geneva.' },
  { url: 'https://example.com/4', title: 'Alliance', publishedAt: '2017-03-06', source: 'Example Post', text: 'The North Atlantic Treaty Organization met in Brussels. Officials said the alliance was united.' },
  { url: 'https://example.com/5', title: 'Nato', publishedAt: '2017-03-07', source: 'Example Post', text: 'Nato ministers said on Friday that they would meet again. Nato said Russia was a threat.' },
  { url: 'https://example.com/6', title: 'Family', publishedAt: '2017-03-08', source: 'Example Post', text: 'Melania Trump visited a school. President Trump said later that the visit went well.' },
  { url: 'https://example.com/7', title: 'Bushes', publishedAt: '2017-03-09', source: 'Example Post', text: 'George W. Bush spoke about his father, George H. W. Bush, on Monday.' },
];

async function file(name: string, records: typeof ARTICLES): Promise<string> {
  const f = path.join(dir, `${name}.jsonl`);
  await writeFile(f, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return f;
}

async function gql(query: string, variables?: Record<string, unknown>) {
  const app = createApp({ driver, database, config: loadConfig({ ...process.env, NODE_ENV: 'production' }) });
  const res = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data: any; errors?: unknown };
}

beforeAll(async () => {
  ({ driver, database } = await testDriver());
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-identity-'));
});

afterAll(async () => {
  await cleanDatabase(driver, database);
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

describe('cross-article identity', () => {
  test('the same articles loaded in two orders (one per batch) give the same graph', { timeout: 300_000 }, async () => {
    await cleanDatabase(driver, database);
    await loadPaths([await file('forward', ARTICLES)], { driver, database, progress: false, batchSize: 1 });
    const forward = await graphFingerprint(driver, database);
    await cleanDatabase(driver, database);
    await loadPaths([await file('backward', [...ARTICLES].reverse())], { driver, database, progress: false, batchSize: 1 });
    const backward = await graphFingerprint(driver, database);
    expect(backward).toEqual(forward);
    // …and in two loads, the second one incremental.
    await cleanDatabase(driver, database);
    await loadPaths([await file('late', ARTICLES.slice(2))], { driver, database, progress: false, batchSize: 2 });
    await loadPaths([await file('early', ARTICLES.slice(0, 2))], { driver, database, progress: false, batchSize: 2 });
    expect(await graphFingerprint(driver, database)).toEqual(forward);
  });

  test('variants, short forms and acronyms land on one node; different people stay apart; why is visible', { timeout: 120_000 }, async () => {
    const res = await gql(`{
      lavrov: entity(id: "Lavrov") { id name resolution { name rule from articleCount } }
      sergey: entity(id: "Sergey Lavrov") { id }
      sergei: entity(id: "Sergei Lavrov") { id }
      nato: entity(id: "Nato") { id name }
      trump: entity(id: "President Trump") { id name }
      melania: entity(id: "Melania Trump") { id name }
      w: entity(id: "George W. Bush") { id name }
      hw: entity(id: "George H. W. Bush") { id name }
    }`);
    expect(res.errors).toBeUndefined();
    const d = res.data;
    // One node for the three (the representative is the variant with most mentions).
    expect(d.sergey.id).toBe(d.lavrov.id);
    expect(d.sergei.id).toBe(d.lavrov.id);
    const rules = new Set<string>(d.lavrov.resolution.map((r: any) => `${r.name}|${r.rule}|${r.from}`));
    expect(rules).toContain('Sergey Lavrov|variant|person:sergey-lavrov');
    expect([...rules].some((r) => r.startsWith('Lavrov|same-article') || r.startsWith('Lavrov|outlet-window'))).toBe(true);
    expect(d.nato.id).toBe('org:north-atlantic-treaty-organization');
    expect(d.trump?.id).not.toBe('person:melania-trump');
    expect(d.w.id).not.toBe(d.hw.id);
  });

  test('article(url:) gives every mention with offsets into its body and the node it landed on', { timeout: 120_000 }, async () => {
    const res = await gql(`query($url: String) { article(url: $url) { id body mentions { start end text rule resolvedFrom entity { id name type } } } }`, { url: 'https://example.com/3' });
    expect(res.errors).toBeUndefined();
    const a = res.data.article;
    // The stored body is the cleaned text (CRLF → LF, trimmed): offsets point into it.
    expect(a.body.startsWith('Lavrov said')).toBe(true);
    const lavrov = a.mentions.find((m: any) => m.text === 'Lavrov');
    expect(lavrov).toMatchObject({ start: 0, end: 6, entity: { id: 'person:sergei-lavrov', type: 'PERSON' }, resolvedFrom: 'person:lavrov' });
    for (const m of a.mentions) expect(a.body.slice(m.start, m.end)).toBe(m.text);
    const byId = await gql(`query($id: String) { article(id: $id) { url } }`, { id: a.id });
    expect(byId.data.article.url).toBe('https://example.com/3');
    const both = await gql(`{ article(id: "x", url: "y") { id } }`);
    expect((both.errors as any[])[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('display names and name lookup', () => {
  const NAMED = [
    { url: 'https://example.com/n1', title: 'Shout', publishedAt: '2017-04-01', source: 'Example Wire', text: 'President Donald TRUMP said on Monday that the talks went well. Trump spoke in Ohio.' },
    { url: 'https://example.com/n2', title: 'Visit', publishedAt: '2017-04-02', source: 'Example Wire', text: 'Donald Trump visited Ohio on Tuesday. Trump said the visit went well.' },
    // One hypothetical calls Hillary "President Clinton"; she has more mentions than Bill, whom two articles call so.
    { url: 'https://example.com/n3', title: 'If', publishedAt: '2016-05-01', source: 'Example Wire',
      text: 'Hillary Clinton campaigned in Ohio. Clinton said she would win. If elected, President Hillary Clinton would raise taxes, and President Clinton would sign the bill. Clinton spoke for an hour. Clinton left.' },
    { url: 'https://example.com/n4', title: 'Bill', publishedAt: '2016-05-02', source: 'Example Wire', text: 'Former President Bill Clinton spoke in Little Rock. President Clinton said the economy was strong.' },
    { url: 'https://example.com/n5', title: 'Bill again', publishedAt: '2016-05-03', source: 'Example Wire', text: 'Former President Bill Clinton visited Harlem. President Clinton praised the mayor.' },
  ];
  test.each([
    ['in order', NAMED],
    ['reversed', [...NAMED].reverse()],
  ])('loaded %s: the properly cased name is the display name; a name goes to the node most articles call so', { timeout: 300_000 }, async (order, records) => {
    await cleanDatabase(driver, database);
    await loadPaths([await file(`named-${order}`, records)], { driver, database, progress: false, batchSize: 1 });
    const res = await gql(`{
      trump: entity(id: "person:donald-trump") { name aliases }
      president: entity(id: "President Clinton") { id }
      hillary: entity(id: "person:hillary-clinton") { mentionCount aliases }
      bill: entity(id: "person:bill-clinton") { mentionCount }
    }`);
    expect(res.errors).toBeUndefined();
    const d = res.data;
    // [case, expected]: "Donald TRUMP" and "Donald Trump" are as full as each other; the shouted form is an alias.
    expect(d.trump.name).toBe('Donald Trump');
    expect(d.trump.aliases).toContain('Donald TRUMP');
    // The trap holds (Hillary has the alias and more mentions), yet the lookup gives Bill.
    expect(d.hillary.aliases).toContain('President Clinton');
    expect(d.hillary.mentionCount).toBeGreaterThan(d.bill.mentionCount);
    expect(d.president.id).toBe('person:bill-clinton');
  });
});
