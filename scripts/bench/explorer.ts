// Explorer benchmark (run by hand against a server over an already loaded corpus, e.g. `npm start` after
// `npm run bench:load`): EXPLORER_URL=http://localhost:4000 npm run bench:explorer. In Debian's Chromium, prints the
// entity page draw time of the most-mentioned person (Performance API, median of 5) and the 2-hop network's size and
// ForceAtlas2 layout time (median of 3). ENTITY=<id> picks another entity; CHROMIUM_PATH another browser.
import { loadavg } from 'node:os';
import { parse } from 'csv-parse/sync';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/helpers/chromium.js';

const base = (process.env.EXPLORER_URL ?? 'http://localhost:4000').replace(/\/+$/, '');
if (!CHROMIUM) throw new Error('bench:explorer: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)');

/** The person with the most mentions, from the server's own nodes.csv export (streamed, one pass). */
async function mostMentionedPerson(): Promise<{ id: string; name: string; mentions: number }> {
  const res = await fetch(`${base}/export/nodes.csv?entityTypes=Person`);
  if (!res.ok) throw new Error(`bench:explorer: ${base}/export/nodes.csv answered ${res.status}`);
  const rows = parse(await res.text(), { columns: true }) as { id: string; name: string; mentions: string }[];
  if (!rows.length) throw new Error(`bench:explorer: the graph behind ${base} has no person; load a corpus first`);
  const best = rows.reduce((a, b) => (Number(b.mentions) > Number(a.mentions) ? b : a));
  return { id: best.id, name: best.name, mentions: Number(best.mentions) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function open(page: Page, hash: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${base}/explore${hash}`);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 120_000 });
}

const target = process.env.ENTITY ? { id: process.env.ENTITY, name: process.env.ENTITY, mentions: NaN } : await mostMentionedPerson();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const entityHash = `#/entity/${encodeURIComponent(target.id)}`;
  const draws: number[] = [];
  for (let i = 0; i < 5; i++) {
    await open(page, entityHash);
    draws.push(await page.evaluate(() => performance.getEntriesByName('entity-page', 'measure').at(-1)!.duration));
  }
  const layouts: number[] = [];
  let size = { nodes: 0, edges: 0 };
  for (let i = 0; i < 3; i++) {
    await open(page, `${entityHash}?hops=2`);
    layouts.push(await page.evaluate(() => performance.getEntriesByName('network-layout', 'measure').at(-1)!.duration));
    size = await page.evaluate(() => ({ nodes: Number(document.querySelector('#network')!.getAttribute('data-nodes')), edges: Number(document.querySelector('#network')!.getAttribute('data-edges')) }));
  }
  // Beside the corpus figures, the same page laying out a synthetic 2-hop network of 300 entities (30 neighbours, each
  // with 9–10 of their own and some shared), so the layout cost at that size is known whatever the corpus gives.
  await open(page, entityHash);
  // Page code as text: tsx would wrap named functions in a helper (__name) that does not exist in the page.
  const synthetic = (await page.evaluate(`(async () => {
    const network = window.newsgraphExplorer.network;
    const node = (i) => ({ id: 'synthetic:' + i, name: 'Entity ' + i, type: 'PERSON', mentionCount: (i * 7) % 50 });
    const rel = (other) => ({ type: 'MET_WITH', status: 'HAPPENED', articleCount: 1, firstSeen: null, lastSeen: null, other });
    network.addRelations(node(0), Array.from({ length: 30 }, (_, i) => rel(node(i + 1))));
    for (let n = 1; n <= 30; n++) network.addRelations(node(n), Array.from({ length: 10 }, (_, k) => rel(node(31 + (((n - 1) * 9 + k) % 270)))));
    let longest = 0;
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => (longest = Math.max(longest, e.duration))));
    observer.observe({ type: 'longtask' });
    await network.layout();
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    return { nodes: network.graph.order, edges: network.graph.size, layoutMs: network.lastLayoutMs, longestTaskMs: longest };
  })()`)) as { nodes: number; edges: number; layoutMs: number; longestTaskMs: number };
  const load = loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`bench:explorer ${base}, load average ${load}`);
  console.log(`  entity page of ${target.name} (${target.id}, ${target.mentions} mentions): ${median(draws).toFixed(0)} ms median of 5 [${draws.map((d) => d.toFixed(0)).join(', ')}]`);
  console.log(`  synthetic 2-hop network: ${synthetic.nodes} nodes, ${synthetic.edges} edges; layout ${synthetic.layoutMs.toFixed(0)} ms, longest main-thread task ${synthetic.longestTaskMs.toFixed(0)} ms`);
  console.log(`  2-hop network: ${size.nodes} nodes, ${size.edges} edges; layout ${median(layouts).toFixed(0)} ms median of 3 [${layouts.map((d) => d.toFixed(0)).join(', ')}]`);
} finally {
  await browser.close();
}
