// The explorer's editor controls in a real browser (playwright-core driving Debian's Chromium): a reader sees no controls,
// a reader token is refused (FORBIDDEN) and changes nothing, an editor merges two nodes of one person from the entity
// page, retracts a quote and a relation's evidence, and undoes; each checked through GraphQL. axe-core on each state.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { graphFingerprint } from '../../src/graph/fingerprint.js';
import { createToken } from '../../src/graph/tokens.js';
import { loadPaths } from '../../src/load/index.js';
import { startServer, type RunningServer } from '../../src/server/yoga.js';
import { CHROMIUM, CHROMIUM_ARGS, explorerReady, seriousViolations as seriousViolationsOf, SKIP_CHROMIUM } from '../helpers/chromium.js';
import { cleanDatabase, testDriver } from '../helpers/neo4j.js';

// Generous query and browser timeouts: on a shared 2-core machine a first query plan can take many seconds.
const config = loadConfig({ ...process.env, NODE_ENV: 'production', API_MUTATIONS_PER_MINUTE: '1000', API_QUERY_TIMEOUT_MS: '120000' });
const SLOW = { timeout: 120_000 };

// Two spellings of one man: two Person nodes when identity consolidation is left out of the load (with it, the loader
// would merge them by itself; this test is about the editor doing it by hand).
const ARTICLES = [
  {
    url: 'https://news.example/2018/03/05/lavrov-tillerson.html',
    title: 'Lavrov meets Tillerson',
    text: 'Sergei Lavrov met with Rex Tillerson in Moscow on Monday.\n\n"We will keep talking about Syria," Lavrov said after the meeting.\n\nTillerson told reporters that the talks would continue next month.',
  },
  {
    url: 'https://news.example/2018/03/07/lavrov-merkel.html',
    title: 'Lavrov meets Merkel',
    text: 'Sergey Lavrov met Angela Merkel in Berlin on Wednesday.\n\n"Europe matters to Russia," Sergey Lavrov said.\n\nMerkel said the talks with Rex Tillerson had been useful.',
  },
];
const SERGEI = 'person:sergei-lavrov';
const SERGEY = 'person:sergey-lavrov';

if (!CHROMIUM) console.warn(`explorer editor browser tests ${SKIP_CHROMIUM}`);

describe.skipIf(!CHROMIUM)('explorer editor controls in Chromium', () => {
  let driver: Driver;
  let database: string;
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let base: string;
  const tokens = { editor: '', reader: '' };

  beforeAll(async () => {
    ({ driver, database } = await testDriver());
    await cleanDatabase(driver, database);
    // The function behind `newsgraph token create --role … --name …`.
    tokens.editor = await createToken(driver, database, 'alice', 'editor');
    tokens.reader = await createToken(driver, database, 'rita', 'reader');
    dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-curate-browser-'));
    const file = path.join(dir, 'lavrov.jsonl');
    await writeFile(file, ARTICLES.map((a) => JSON.stringify(a)).join('\n') + '\n');
    await loadPaths([file], { driver, database, progress: false, consolidate: false });
    server = await startServer({ driver, database, config }, 0);
    base = `http://localhost:${server.port}`;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: CHROMIUM_ARGS });
    // bypassCSP: axe-core is injected as an inline script, which the page's own policy (rightly) refuses.
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, bypassCSP: true });
    page = await context.newPage();
    page.setDefaultTimeout(SLOW.timeout);
    page.on('pageerror', (err) => console.error(`explorer page error: ${err.message}`));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await cleanDatabase(driver, database);
    await driver?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const ready = () => explorerReady(page);
  const openEntity = async (id: string) => {
    await page.goto('about:blank'); // a fresh page: going to the same hash would not draw it again
    await page.goto(`${base}/explore#/entity/${encodeURIComponent(id)}`);
    await ready();
  };
  async function gql(query: string, token?: string): Promise<{ data?: any; errors?: { message: string; extensions?: { code?: string } }[] }> {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-graphql-yoga-csrf': 'test', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return res.json();
  }
  const lavrovs = async () =>
    (await gql(`{ search(query: "Lavrov", types: [PERSON], first: 10) { edges { node { entity { id } } } } }`)).data.search.edges.map((e: { node: { entity: { id: string } } }) => e.node.entity.id).sort();
  // The quote texts as the extractor keeps them (with the comma before the closing quote mark), sorted.
  const quotesBy = async (id: string) =>
    (await gql(`{ quotes(speaker: ${JSON.stringify(id)}, first: 20) { edges { node { text } } } }`)).data.quotes.edges.map((e: { node: { text: string } }) => e.node.text.replace(/,$/, '')).sort();

  const seriousViolations = () => seriousViolationsOf(page);

  async function signIn(token: string) {
    await page.click('summary:has-text("Editors: sign in")');
    await page.fill('#editor-token', token);
    await page.click('form.sign-in button[type="submit"]');
  }

  async function chooseMergePartner(name: string) {
    await page.click('details.merge summary');
    await page.fill('#merge-query', 'Lavrov');
    await page.getByLabel(new RegExp(`^${name}`)).check();
  }

  test('a visitor without a token sees no edit controls, only a collapsed sign-in; a wrong token is refused by name', async () => {
    await openEntity(SERGEY);
    expect(await page.locator('h1').textContent()).toBe('Sergey Lavrov');
    expect(await page.locator('#quotes-by li').count()).toBe(1);
    expect(await page.locator('.retract, details.merge').count()).toBe(0);
    expect(await page.locator('details.editor-sign-in').getAttribute('open')).toBeNull();
    expect(await seriousViolations()).toEqual([]);

    await signIn('not-a-token');
    await expect.poll(() => page.locator('#sign-in-status').textContent(), SLOW).toMatch(/does not accept this token/);
    expect(await page.evaluate(() => sessionStorage.getItem('newsgraph.editor'))).toBeNull();
    expect(await page.locator('.retract').count()).toBe(0);
  });

  test('a reader token: controls with a hint, the merge is refused with the FORBIDDEN message, nothing changes', async () => {
    await openEntity(SERGEY);
    const before = await graphFingerprint(driver, database);
    await signIn(tokens.reader);
    await page.waitForSelector('p.signed-in');
    expect(await page.locator('p.signed-in').textContent()).toMatch(/Signed in as rita \(reader\).*read only/);
    await chooseMergePartner('Sergei Lavrov');
    await page.fill('#merge-reason', 'same man');
    await page.click('form.merge-form button[type="submit"]');
    await expect.poll(() => page.locator('.merge-status').textContent(), SLOW).toMatch(/Not allowed: the token of rita has the role reader, and changes need an editor token\. Nothing was changed\./);
    expect(await graphFingerprint(driver, database)).toEqual(before);
    expect(await lavrovs()).toEqual([SERGEI, SERGEY]);
    const refused = await gql(`{ auditLog(first: 50) { edges { node { action outcome actor } } } }`, tokens.editor);
    expect(refused.data.auditLog.edges.map((e: { node: unknown }) => e.node)).toContainEqual({ action: 'mergeEntities', outcome: 'refused', actor: 'rita' });
    await page.click('button:has-text("Sign out")');
    await ready();
    expect(await page.evaluate(() => sessionStorage.getItem('newsgraph.editor'))).toBeNull();
  });

  test('an editor merges the two nodes from the entity page, keeping the other one; the graph holds one node and the audit record', async () => {
    await openEntity(SERGEY);
    await signIn(tokens.editor);
    await page.waitForSelector('p.signed-in');
    expect(page.url()).not.toContain(tokens.editor); // the token is never in the URL…
    expect(await page.evaluate(() => JSON.parse(sessionStorage.getItem('newsgraph.editor') ?? '{}').role)).toBe('editor'); // …but in this tab's storage
    await chooseMergePartner('Sergei Lavrov');
    await page.check('#keep-other');
    await page.fill('#merge-reason', 'one man, two spellings');
    expect(await seriousViolations()).toEqual([]);
    await page.click('form.merge-form button[type="submit"]');

    // The page follows the survivor and draws it from the server's data.
    await page.waitForURL((u) => u.hash === `#/entity/${encodeURIComponent(SERGEI)}`);
    await ready();
    expect(await page.locator('.edit-notice').textContent()).toMatch(/Merged Sergey Lavrov into Sergei Lavrov\./);
    expect(await page.locator('#quotes-by li').count()).toBe(2);
    expect(await page.locator('.facts').textContent()).toContain('Sergey Lavrov'); // now an alias

    expect(await lavrovs()).toEqual([SERGEI]);
    const gone = await gql(`{ node(id: "${SERGEY}") { id } }`);
    expect(gone.data.node).toBeNull();
    const audit = await gql(`{ auditLog(entity: "${SERGEI}", first: 10) { edges { node { id action outcome actor reason entityIds } } } }`, tokens.editor);
    const merges = audit.data.auditLog.edges.map((e: { node: { action: string } }) => e.node).filter((n: { action: string; outcome: string }) => n.action === 'mergeEntities' && n.outcome === 'done');
    expect(merges).toHaveLength(1);
    expect(merges[0]).toMatchObject({ actor: 'alice', reason: 'one man, two spellings' });
    expect(merges[0].entityIds).toEqual(expect.arrayContaining([SERGEI, SERGEY]));
  });

  test('an editor retracts a quote (gone from the page and the API), then undoes it from the notice', async () => {
    await openEntity(SERGEI);
    const syria = page.locator('#quotes-by li', { hasText: 'talking about Syria' });
    await syria.getByRole('button', { name: /^Retract quote/ }).click();
    await syria.getByLabel('Why retract this quote?').fill('the article quotes it from 2017');
    expect(await seriousViolations()).toEqual([]);
    await syria.getByRole('button', { name: 'Retract quote', exact: true }).click();
    await page.waitForSelector('.edit-notice:has-text("Quote retracted.")');
    await ready();
    expect(await page.locator('#quotes-by li').allTextContents()).toEqual([expect.stringContaining('Europe matters to Russia')]);
    expect(await quotesBy(SERGEI)).toEqual(['Europe matters to Russia']);

    await page.click('.edit-notice button.undo');
    await page.waitForSelector('.edit-notice:has-text("Undone")');
    await ready();
    expect(await quotesBy(SERGEI)).toEqual(['Europe matters to Russia', 'We will keep talking about Syria']);
    expect(await page.locator('#quotes-by li', { hasText: 'talking about Syria' }).count()).toBe(1);
  });

  test('an editor retracts a relation evidence from the evidence panel; the relation is gone', async () => {
    await openEntity(SERGEI);
    const metMerkel = async () =>
      (await gql(`{ between(a: "${SERGEI}", b: "person:angela-merkel") { ... on QueryBetweenSuccess { data { type } } } }`)).data.between.data.map((r: { type: string }) => r.type);
    expect(await metMerkel()).toContain('MET_WITH');
    await page.locator('table.relations tr', { hasText: 'Angela Merkel' }).getByRole('button', { name: 'Evidence' }).click();
    const item = page.locator('#edge-evidence li', { hasText: 'Merkel in Berlin' });
    await item.getByRole('button', { name: /^Retract evidence/ }).click();
    await item.getByLabel('Why retract this evidence?').fill('they only spoke by phone');
    await item.getByRole('button', { name: 'Retract evidence', exact: true }).click();
    await page.waitForSelector('.edit-notice:has-text("Evidence retracted")');
    await ready();
    expect(await metMerkel()).not.toContain('MET_WITH');
    expect(await page.locator('table.relations tr', { hasText: 'Angela Merkel' }).count()).toBe(0);
  });
});
