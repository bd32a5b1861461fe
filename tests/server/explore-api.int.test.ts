// The API fields the explorer added, against the real Neo4j over the seed and the explorer fixture: Entity.activity,
// quotes(outlet:), search(prefix:); and GET /explore serving the bundled page.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { loadPaths } from '../../src/load/index.js';
import { createApp, startServer, type RunningServer } from '../../src/server/yoga.js';
import { cleanDatabase, testDriver } from '../helpers/neo4j.js';
import { captureLogger } from '../helpers/logs.js';

let driver: Driver;
let database: string;
let app: ReturnType<typeof createApp>;
const config = loadConfig({ ...process.env, NODE_ENV: 'production' });

async function gql(query: string, variables?: Record<string, unknown>): Promise<{ data?: any; errors?: { message: string }[] }> {
  const res = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return res.json() as Promise<{ data?: unknown; errors?: { message: string }[] }>;
}

beforeAll(async () => {
  ({ driver, database } = await testDriver());
  await cleanDatabase(driver, database);
  await loadPaths([path.resolve('seeds'), path.resolve('tests/fixtures/explore/articles.jsonl')], { driver, database, progress: false });
  app = createApp({ driver, database, config, logger: captureLogger([]) });
});
afterAll(async () => {
  await cleanDatabase(driver, database);
  await driver.close();
});

describe('Entity.activity', () => {
  test('first and last seen, mentions per month oldest first, articles per outlet', async () => {
    const r = await gql(`{ entity(id: "Rex Tillerson") { mentionCount activity { firstSeen lastSeen months { month articles mentions } outlets { outlet articles } } } }`);
    expect(r.errors).toBeUndefined();
    const { mentionCount, activity } = r.data.entity;
    expect([activity.firstSeen, activity.lastSeen]).toEqual(['2017-04-12', '2019-07-02']);
    expect(activity.months.map((m: { month: string; articles: number }) => [m.month, m.articles])).toEqual([['2017-04', 1], ['2019-07', 1]]);
    expect(activity.months.reduce((n: number, m: { mentions: number }) => n + m.mentions, 0)).toBe(mentionCount);
    expect(activity.outlets).toEqual([{ outlet: 'Daily Sample', articles: 1 }, { outlet: 'foxnews.com', articles: 1 }]);
  });

  test('an entity named in two months: both months, first and last seen are the two article dates', async () => {
    const r = await gql(`{ entity(id: "Emmanuel Macron") { activity { firstSeen lastSeen months { month } } } }`);
    const { activity } = r.data.entity;
    expect(activity.months.map((m: { month: string }) => m.month)).toEqual(['2019-05', '2019-06']);
    expect([activity.firstSeen, activity.lastSeen]).toEqual(['2019-05-06', '2019-06-11']);
  });
});

describe('quotes(outlet:)', () => {
  test.each([
    ['Daily Sample', true],
    ['daily sample', true], // case-insensitive
    ['Example Wire', false],
    ['No Such Outlet', false],
  ])('speaker Macron, outlet %s', async (outlet, expectSome) => {
    const r = await gql(`query($o: String) { quotes(speaker: "Emmanuel Macron", outlet: $o) { totalCount edges { node { article { source } } } } }`, { o: outlet });
    expect(r.errors).toBeUndefined();
    const sources = r.data.quotes.edges.map((e: { node: { article: { source: string } } }) => e.node.article.source);
    expect(r.data.quotes.totalCount).toBe(sources.length);
    expect(sources.length > 0).toBe(expectSome);
    for (const s of sources) expect(s.toLowerCase()).toBe(outlet.toLowerCase());
  });
});

describe('search(prefix:)', () => {
  test.each([
    ['Tillers', true, true],
    ['Tillers', false, false],
    ['Rex Tillers', true, true],
    ['Ti', true, false], // under 3 letters: no expansion
  ])('%s, prefix %s → Tillerson found: %s', async (query, prefix, found) => {
    const r = await gql(`query($q: String!, $p: Boolean) { search(query: $q, prefix: $p, types: [PERSON]) { edges { node { entity { id } } } } }`, { q: query, p: prefix });
    expect(r.errors).toBeUndefined();
    expect(r.data.search.edges.some((e: { node: { entity: { id: string } } }) => e.node.entity.id === 'person:rex-tillerson')).toBe(found);
  });
});

describe('GET /explore', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ driver, database, config, logger: captureLogger([]) }, 0);
  });
  afterAll(() => server.close());

  test('the page, its script and styles come from this server, with a CSP; a revalidation is a 304; unknown files are 404', async () => {
    const base = `http://localhost:${server.port}`;
    const page = await fetch(`${base}/explore`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('<script type="module" src="/explore/app.js">');
    expect(html).not.toMatch(/https?:\/\//); // nothing from a CDN
    const js = await fetch(`${base}/explore/app.js`);
    expect([js.status, js.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
    expect((await js.text()).length).toBeGreaterThan(50_000); // sigma, graphology and uPlot are inside
    const css = await fetch(`${base}/explore/app.css`);
    expect(css.status).toBe(200);
    const again = await fetch(`${base}/explore/app.js`, { headers: { 'if-none-match': js.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect((await fetch(`${base}/explore/../package.json`)).status).not.toBe(200);
    expect((await fetch(`${base}/explore/nope.js`)).status).toBe(404);
    expect((await fetch(`${base}/explore`, { method: 'POST', headers: { 'content-length': '0' } })).status).toBe(405);
  });
});
