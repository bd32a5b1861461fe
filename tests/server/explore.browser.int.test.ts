// The explorer in a real browser (playwright-core driving Debian's Chromium) over the seed plus a small fixture: search →
// entity page → network → click an edge → evidence → download; between and path views; shareable URLs; axe-core; the
// entity page's draw time (Performance API, median of 5). Screenshots go to test-artifacts/explorer/ (gitignored).
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { loadPaths } from '../../src/load/index.js';
import { startServer, type RunningServer } from '../../src/server/yoga.js';
import { CHROMIUM, CHROMIUM_ARGS, explorerReady, seriousViolations as seriousViolationsOf, SKIP_CHROMIUM } from '../helpers/chromium.js';
import { cleanDatabase, testDriver } from '../helpers/neo4j.js';
import { HAS_XMLLINT, schemaErrors, SKIP_XMLLINT } from '../helpers/xml.js';

const ARTIFACTS = path.resolve('test-artifacts/explorer');
const config = loadConfig({ ...process.env, NODE_ENV: 'production' });

if (!CHROMIUM) console.warn(`explorer browser tests ${SKIP_CHROMIUM}`);

describe.skipIf(!CHROMIUM)('explorer in Chromium', () => {
  let driver: Driver;
  let database: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    ({ driver, database } = await testDriver());
    await cleanDatabase(driver, database);
    const summary = await loadPaths([path.resolve('seeds'), path.resolve('tests/fixtures/explore/articles.jsonl')], { driver, database, progress: false });
    expect(summary.articlesNew).toBe(4);
    server = await startServer({ driver, database, config }, 0);
    base = `http://localhost:${server.port}`;
    await mkdir(ARTIFACTS, { recursive: true });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: CHROMIUM_ARGS });
    // bypassCSP: axe-core is injected as an inline script, which the page's own policy (rightly) refuses.
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true, bypassCSP: true });
    page = await context.newPage();
    page.on('pageerror', (err) => console.error(`explorer page error: ${err.message}`));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await cleanDatabase(driver, database);
    await driver?.close();
  });

  const ready = () => explorerReady(page);
  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });

  const seriousViolations = () => seriousViolationsOf(page);

  test('the playground links to the explorer; /explore serves its own assets, nothing from elsewhere', async () => {
    const playground = await (await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(playground).toContain('href="/explore"');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${base}/explore`);
    await ready();
    expect(await page.locator('h1').textContent()).toBe('Explore the news graph');
    expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
    expect(await seriousViolations()).toEqual([]);
    await shot('home');
  });

  test('search as you type → entity page → network → click an edge → its evidence sentence → download the network', async () => {
    await page.goto(`${base}/explore`);
    await page.fill('#search', 'Tillers');
    const hit = page.locator('.results').getByRole('link', { name: 'Rex Tillerson', exact: true });
    await hit.waitFor();
    expect(page.url()).toContain('#/search?q=Tillers'); // the search is in the URL
    expect(await seriousViolations()).toEqual([]);
    await shot('search');

    await hit.click();
    await ready();
    expect(page.url()).toContain('#/entity/person%3Arex-tillerson');
    expect(await page.locator('h1').textContent()).toBe('Rex Tillerson');
    expect(await page.locator('.facts').textContent()).toMatch(/First seen2017-04-12/);
    expect(await page.locator('#quotes-by li').count()).toBeGreaterThan(0);
    const edges = Number(await page.getAttribute('#network', 'data-edges'));
    expect(edges).toBeGreaterThan(0);

    // Click the drawn midpoint of the Tillerson–Putin meeting edge on the WebGL canvas.
    const key = await page.evaluate(() => {
      const { network } = (window as unknown as { newsgraphExplorer: { network: { graph: { edges(): string[] } } } }).newsgraphExplorer;
      return network.graph.edges().find((k) => k.includes('vladimir-putin') && k.includes('rex-tillerson')) ?? null;
    });
    expect(key).not.toBeNull();
    const mid = await page.evaluate((k) => (window as unknown as { newsgraphExplorer: { network: { edgeMidpoint(k: string): { x: number; y: number } } } }).newsgraphExplorer.network.edgeMidpoint(k), key!);
    const box = (await page.locator('#network').boundingBox())!;
    await page.mouse.click(box.x + mid.x, box.y + mid.y);
    const sentence = page.locator('#edge-evidence blockquote.sentence').first();
    await sentence.waitFor();
    expect(await sentence.textContent()).toMatch(/Tillerson/);
    expect(await page.locator('#edge-evidence a[href^="http"]').count()).toBeGreaterThan(0); // the article link
    expect(await seriousViolations()).toEqual([]);
    await shot('entity');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a.download:has-text("GEXF")')]);
    expect(download.url()).toContain('/export/graph.gexf?entity=person%3Arex-tillerson&hops=1');
    const gexf = await readFile((await download.path())!, 'utf8');
    expect(gexf).toContain('Vladimir Putin');
    if (HAS_XMLLINT) expect(schemaErrors(gexf, 'gexf.xsd')).toBeNull();
    else console.warn(`explorer download schema check ${SKIP_XMLLINT}`);
  });

  test('the entity URL reloads to the same view, filters included; quote filters narrow by outlet and kind', async () => {
    await page.goto(`${base}/explore#/entity/${encodeURIComponent('person:emmanuel-macron')}?outlet=Daily%20Sample&direct=direct`);
    await ready();
    expect(await page.locator('h1').textContent()).toBe('Emmanuel Macron');
    expect(await page.inputValue('#q-outlet')).toBe('Daily Sample');
    const said = await page.locator('#quotes-by li').allTextContents();
    expect(said.length).toBeGreaterThan(0);
    for (const q of said) expect(q).toMatch(/^direct.*Daily Sample/s);
    await page.selectOption('#q-outlet', '');
    await page.selectOption('#q-direct', '');
    await page.click('button:has-text("Filter quotes")');
    await ready();
    expect(page.url()).not.toContain('outlet=');
    await page.reload();
    await ready();
    expect(await page.locator('h1').textContent()).toBe('Emmanuel Macron');
  });

  test('the speech filter keeps speech or stance attributions apart, and marks each stance', async () => {
    await page.goto(`${base}/explore#/entity/${encodeURIComponent('person:sergey-lavrov')}?stance=stance`);
    await ready();
    expect(await page.inputValue('#q-stance')).toBe('stance');
    const stances = await page.locator('#quotes-by li').allTextContents();
    expect(stances.length).toBeGreaterThan(0);
    for (const q of stances) expect(q).toMatch(/^reported stance: /);
    await page.selectOption('#q-stance', 'speech');
    await page.click('button:has-text("Filter quotes")');
    await ready();
    expect(page.url()).toContain('stance=speech');
    const speech = await page.locator('#quotes-by li').allTextContents();
    expect(speech.length).toBeGreaterThan(0);
    for (const q of speech) expect(q).not.toMatch(/stance: /);
  });

  test('clicking a neighbour expands its relations into the network; 2 hops come from the URL', async () => {
    await page.goto(`${base}/explore#/entity/${encodeURIComponent('person:rex-tillerson')}`);
    await ready();
    const nodes = () => page.getAttribute('#network', 'data-nodes').then(Number);
    const before = await nodes();
    type Hook = { newsgraphExplorer: { network: { nodePosition(id: string): { x: number; y: number } | null; graph: { hasNode(id: string): boolean } } } };
    expect(await page.evaluate(() => (window as unknown as Hook).newsgraphExplorer.network.graph.hasNode('person:bashar-assad'))).toBe(false);
    const at = (await page.evaluate(() => (window as unknown as Hook).newsgraphExplorer.network.nodePosition('person:vladimir-putin')))!;
    const box = (await page.locator('#network').boundingBox())!;
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForFunction((n) => Number(document.querySelector('#network')?.getAttribute('data-nodes')) > n, before);
    expect(await page.evaluate(() => (window as unknown as Hook).newsgraphExplorer.network.graph.hasNode('person:bashar-assad'))).toBe(true); // Putin's ally

    await page.goto(`${base}/explore#/entity/${encodeURIComponent('person:rex-tillerson')}?hops=2`);
    await ready();
    expect(await page.inputValue('#hops')).toBe('2');
    expect(await nodes()).toBeGreaterThan(before);
    expect(await page.getAttribute('a.download:has-text("GraphML")', 'href')).toContain('hops=2');
    await page.locator('section.network').screenshot({ path: path.join(ARTIFACTS, 'network-2-hops.png') });
  });

  test('between A and B, and path from A to B, with evidence per hop', async () => {
    await page.goto(`${base}/explore#/between/Rex%20Tillerson/Vladimir%20Putin`);
    await ready();
    expect(await page.locator('h1').textContent()).toBe('Between Rex Tillerson and Vladimir Putin');
    expect(await page.locator('.hop blockquote.sentence').count()).toBeGreaterThan(0);
    expect(await seriousViolations()).toEqual([]);
    await shot('between');

    await page.goto(`${base}/explore#/path/Emmanuel%20Macron/Rex%20Tillerson?hops=3`);
    await ready();
    expect(await page.locator('h1').textContent()).toBe('Path from Emmanuel Macron to Rex Tillerson');
    const hops = page.locator('.path').first().locator('li.hop');
    expect(await hops.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await hops.count()); i++) expect(await hops.nth(i).locator('blockquote.sentence').count()).toBeGreaterThan(0);
    expect(await seriousViolations()).toEqual([]);
    await shot('path');
  });

  test('entity page draw time on the seed (Performance API, median of 5)', async () => {
    const url = `${base}/explore#/entity/${encodeURIComponent('person:rex-tillerson')}`;
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.goto('about:blank');
      await page.goto(url);
      await ready();
      times.push(await page.evaluate(() => performance.getEntriesByName('entity-page', 'measure').at(-1)!.duration));
    }
    const median = [...times].sort((a, b) => a - b)[2];
    console.log(`explorer: entity page of Rex Tillerson drawn in ${median.toFixed(0)} ms (median of 5: ${times.map((t) => t.toFixed(0)).join(', ')})`);
    expect(median).toBeGreaterThan(0);
  });
});
