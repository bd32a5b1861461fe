// Exports against the real Neo4j over the seed article and one invented article: every format, the filters, the
// schemas (xmllint), an independent GraphML reader (networkx), the HTTP downloads and the CLI.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { parse } from 'csv-parse/sync';
import { loadConfig } from '../../src/config.js';
import { loadPaths } from '../../src/load/index.js';
import { parseExportFilter, type ExportFormat, type RawExportFilter } from '../../src/export/filter.js';
import { exportFiles, openExportSource } from '../../src/export/index.js';
import { startServer, type RunningServer } from '../../src/server/yoga.js';
import { cleanDatabase, testConnection, testDriver } from '../helpers/neo4j.js';
import { HAS_NETWORKX, HAS_XMLLINT, readGraphmlWithNetworkx, schemaErrors, SKIP_NETWORKX, SKIP_XMLLINT } from '../helpers/xml.js';

let driver: Driver;
let database: string;
let dir: string;
let server: RunningServer;
const config = loadConfig({ ...process.env, NODE_ENV: 'production' });
const OUTLET = 'Example Wire';

const query = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(cypher, params, { database })).records.map((r) => r.toObject());

beforeAll(async () => {
  ({ driver, database } = await testDriver());
  await cleanDatabase(driver, database);
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-export-'));
  const extra = path.join(dir, 'extra.jsonl');
  await writeFile(
    extra,
    JSON.stringify({
      url: 'https://example.com/2019/05/06/berlin-talks.html',
      title: 'Merkel and Macron meet in Berlin',
      publishedAt: '2019-05-06',
      source: OUTLET,
      text: 'German Chancellor Angela Merkel met with French President Emmanuel Macron in Berlin on Monday.\n\n"We stand together," Merkel said.',
    }) + '\n',
  );
  const summary = await loadPaths([path.resolve('seeds'), extra], { driver, database, progress: false });
  expect(summary.articlesNew).toBe(2);
  server = await startServer({ driver, database, config }, 0);
});
afterAll(async () => {
  await server?.close();
  await cleanDatabase(driver, database);
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

async function exported(format: ExportFormat, raw: RawExportFilter = {}, name?: string): Promise<string> {
  const source = await openExportSource(driver, database, parseExportFilter(raw, config.API_MAX_PATH_HOPS));
  const files = exportFiles(format, source);
  return text((name ? files.find((f) => f.name === name)! : files[0]).open());
}
const csvRows = async (name: string, raw: RawExportFilter = {}) =>
  parse(await exported('csv', raw, name), { columns: true }) as Record<string, string>[];
const skipNote = (ok: boolean, note: string) => (ok ? '' : ` (${note})`);

describe('the whole graph', () => {
  test('nodes.csv holds every entity with its mention count; edges.csv every relation, weighted by articles', async () => {
    const nodes = await csvRows('nodes.csv');
    const expected = await query(`MATCH (n:Entity) RETURN n.id AS id, n.mentionCount AS mentions ORDER BY id`);
    expect(nodes.map((n) => ({ id: n.id, mentions: Number(n.mentions) }))).toEqual(expected);
    expect(nodes.find((n) => n.id === 'person:rex-tillerson')).toMatchObject({ name: 'Rex Tillerson', type: 'Person', firstSeen: '2017-04-12' });

    const edges = await csvRows('edges.csv');
    const rels = await query(
      `MATCH (s:Entity)-[r:MET_WITH|ALLIED_WITH|PARTICIPATED_IN|IN_COUNTRY]->(t:Entity) RETURN type(r) + '|' + s.id + '|' + t.id AS id ORDER BY id`,
    );
    expect(edges.map((e) => e.id).sort()).toEqual(rels.map((r) => r.id));
    const met = edges.find((e) => e.type === 'MET_WITH' && e.source === 'person:rex-tillerson' && e.target === 'person:vladimir-putin');
    expect(met).toMatchObject({ articles: '1', firstSeen: '2017-04-12', lastSeen: '2017-04-12' });
  });

  test('quotes.csv: Tillerson’s quote with its date, outlet, link and sentence', async () => {
    const quotes = await csvRows('quotes.csv');
    const q = quotes.find((r) => r.text.includes('We need to attempt to put an end to this steady degradation'));
    expect(q).toMatchObject({ speaker: 'Rex Tillerson', direct: 'true', date: '2017-04-12' });
    expect(q!.url).toMatch(/^http:\/\/www\.foxnews\.com\/politics\/2017\/04\/12\//);
    expect(q!.outlet).toBeTruthy();
    expect(q!.sentence).toContain('steady degradation');
    expect(quotes).toHaveLength((await query(`MATCH (q:Quote) RETURN count(q) AS n`))[0].n);
  });

  test(`GEXF validates against its schema and carries the graph${skipNote(HAS_XMLLINT, SKIP_XMLLINT)}`, async (ctx) => {
    const xml = await exported('gexf');
    expect(xml).toContain('<node id="person:rex-tillerson" label="Rex Tillerson">');
    expect(xml).toMatch(/<edge id="MET_WITH\|person:rex-tillerson\|person:vladimir-putin" [^>]*label="MET_WITH" weight="1">/);
    expect(xml).toContain('<spells><spell start="2017-04-12" end="2017-04-12"/></spells>');
    if (!HAS_XMLLINT) return ctx.skip();
    expect(schemaErrors(xml, 'gexf.xsd')).toBeNull();
  });

  test(`GraphML validates against its schema${skipNote(HAS_XMLLINT, SKIP_XMLLINT)}`, async (ctx) => {
    if (!HAS_XMLLINT) return ctx.skip();
    expect(schemaErrors(await exported('graphml'), 'graphml.xsd')).toBeNull();
  });

  test(`networkx reads the GraphML back: same nodes, edges and attributes as the CSV${skipNote(HAS_NETWORKX, SKIP_NETWORKX)}`, async (ctx) => {
    if (!HAS_NETWORKX) return ctx.skip();
    const g = readGraphmlWithNetworkx(await exported('graphml'));
    const nodes = await csvRows('nodes.csv');
    const edges = await csvRows('edges.csv');
    expect(g.nodes.map(([id]) => id).sort()).toEqual(nodes.map((n) => n.id).sort());
    expect(g.edges).toHaveLength(edges.length);
    expect(new Map(g.nodes).get('person:vladimir-putin')).toMatchObject({ label: 'Vladimir Putin', type: 'Person' });
    const met = g.edges.find(([u, v, d]) => d.relation === 'MET_WITH' && [u, v].sort().join() === 'person:rex-tillerson,person:vladimir-putin');
    expect(met?.[2]).toMatchObject({ weight: 1, firstSeen: '2017-04-12' });
  });

  test('JSON Lines: meta, nodes, edges and quotes as in the CSV', async () => {
    const lines = (await exported('jsonl')).trimEnd().split('\n').map((l) => JSON.parse(l));
    const count = (record: string) => lines.filter((l) => l.record === record).length;
    expect(lines[0].record).toBe('meta');
    expect(count('node')).toBe((await csvRows('nodes.csv')).length);
    expect(count('edge')).toBe((await csvRows('edges.csv')).length);
    expect(count('quote')).toBe((await csvRows('quotes.csv')).length);
  });
});

describe('filters', () => {
  test('an entity with 0 hops is that entity alone; 1 hop adds exactly its neighbours', async () => {
    const alone = await csvRows('nodes.csv', { entity: 'Rex Tillerson', hops: '0' });
    expect(alone.map((n) => n.id)).toEqual(['person:rex-tillerson']);
    expect(await csvRows('edges.csv', { entity: 'Rex Tillerson', hops: '0' })).toEqual([]);

    const near = await csvRows('nodes.csv', { entity: 'person:rex-tillerson', hops: '1' });
    const neighbours = await query(
      `MATCH (:Entity {id: 'person:rex-tillerson'})-[:MET_WITH|ALLIED_WITH|PARTICIPATED_IN|IN_COUNTRY]-(o:Entity) RETURN DISTINCT o.id AS id`,
    );
    expect(near.map((n) => n.id).sort()).toEqual(['person:rex-tillerson', ...neighbours.map((n) => n.id)].sort());
    expect(near.map((n) => n.id)).toContain('person:vladimir-putin');
    // quotes in a neighbourhood are said by or about one of its entities
    const quotes = await csvRows('quotes.csv', { entity: 'Rex Tillerson', hops: '0' });
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((q) => q.speakerId === 'person:rex-tillerson' || q.about.includes('Rex Tillerson'))).toBe(true);
  });

  test('relation types limit both the edges and the hops', async () => {
    const edges = await csvRows('edges.csv', { relationTypes: 'MET_WITH' });
    expect(edges.length).toBeGreaterThan(0);
    expect(new Set(edges.map((e) => e.type))).toEqual(new Set(['MET_WITH']));
    const near = await csvRows('nodes.csv', { entity: 'Rex Tillerson', hops: '1', relationTypes: 'MET_WITH' });
    const met = await query(`MATCH (:Entity {id: 'person:rex-tillerson'})-[:MET_WITH]-(o) RETURN o.id AS id`);
    expect(near.map((n) => n.id).sort()).toEqual(['person:rex-tillerson', ...met.map((m) => m.id)].sort());
  });

  test('entity types: only those nodes, and only edges between them', async () => {
    const nodes = await csvRows('nodes.csv', { entityTypes: 'Person' });
    expect(nodes.length).toBeGreaterThan(2);
    expect(new Set(nodes.map((n) => n.type))).toEqual(new Set(['Person']));
    const ids = new Set(nodes.map((n) => n.id));
    const edges = await csvRows('edges.csv', { entityTypes: 'Person' });
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  test('outlet and dates keep the entities, relations and quotes of those articles, counted within them', async () => {
    const inOutlet = await query(
      `MATCH (a:Article {source: $outlet})-[m:MENTIONS]->(n:Entity) RETURN n.id AS id, m.count AS mentions ORDER BY id`,
      { outlet: OUTLET },
    );
    const nodes = await csvRows('nodes.csv', { outlet: OUTLET.toUpperCase() });
    expect(nodes.map((n) => ({ id: n.id, mentions: Number(n.mentions) }))).toEqual(inOutlet);
    const byDate = await csvRows('nodes.csv', { from: '2019-05-06', to: '2019-05-06' });
    expect(byDate.map((n) => n.id)).toEqual(inOutlet.map((n) => n.id));
    const quotes = await csvRows('quotes.csv', { from: '2019-01-01' });
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((q) => q.outlet === OUTLET && q.date === '2019-05-06')).toBe(true);
    const edges = await csvRows('edges.csv', { to: '2018-12-31' });
    expect(edges.every((e) => e.lastSeen === '2017-04-12')).toBe(true);
    expect(edges.length).toBeGreaterThan(0);
  });

  test(`an empty selection is still a valid file${skipNote(HAS_XMLLINT, SKIP_XMLLINT)}`, async (ctx) => {
    const xml = await exported('gexf', { from: '2030-01-01' });
    expect(xml).toContain('<nodes>\n    </nodes>');
    if (!HAS_XMLLINT) return ctx.skip();
    expect(schemaErrors(xml, 'gexf.xsd')).toBeNull();
    expect(schemaErrors(await exported('graphml', { from: '2030-01-01' }), 'graphml.xsd')).toBeNull();
  });

  test('min articles: 2 drops everything seen in one article only', async () => {
    const nodes = await csvRows('nodes.csv', { minArticles: '2' });
    const twice = await query(`MATCH (n:Entity) WHERE COUNT { (n)<-[:MENTIONS]-(:Article) } >= 2 RETURN n.id AS id ORDER BY id`);
    expect(nodes.map((n) => n.id)).toEqual(twice.map((n) => n.id));
    expect(await csvRows('edges.csv', { minArticles: '2' })).toEqual([]);
  });
});

describe('HTTP downloads', () => {
  const get = (pathAndQuery: string, init?: RequestInit) => fetch(`http://127.0.0.1:${server.port}${pathAndQuery}`, init);

  test.each([
    ['graph.gexf', 'application/gexf+xml'],
    ['graph.graphml', 'application/graphml+xml'],
    ['graph.jsonl', 'application/jsonl'],
    ['nodes.csv', 'text/csv'],
    ['edges.csv', 'text/csv'],
    ['quotes.csv', 'text/csv'],
  ])('/export/%s is an attachment of type %s', async (name, type) => {
    const res = await get(`/export/${name}?entity=${encodeURIComponent('Rex Tillerson')}&hops=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(type);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="newsgraph-${name}"`);
    const body = await res.text();
    expect(body).toBe(await exported(name.endsWith('.csv') ? 'csv' : (name.split('.')[1] as ExportFormat), { entity: 'Rex Tillerson', hops: '1' }, name));
  });

  test(`a downloaded GEXF validates${skipNote(HAS_XMLLINT, SKIP_XMLLINT)}`, async (ctx) => {
    if (!HAS_XMLLINT) return ctx.skip();
    const res = await get('/export/graph.gexf?entityTypes=Person,Country&from=2017-01-01');
    expect(schemaErrors(await res.text(), 'gexf.xsd')).toBeNull();
  });

  test.each([
    ['/export/graph.gexf?hops=2', 400, /hops needs an entity/],
    ['/export/graph.gexf?entity=Russia&hops=99', 400, /hops must be from 0 to 4, not 99/],
    ['/export/graph.gexf?entityTypes=Planet', 400, /unknown entity types 'Planet'/],
    ['/export/graph.gexf?from=yesterday', 400, /from must be a date as YYYY-MM-DD/],
    ['/export/graph.gexf?colour=red', 400, /unknown parameter 'colour'/],
    ['/export/graph.gexf?outlet=a&outlet=b', 400, /parameter 'outlet' given 2 times/],
    ['/export/graph.gexf?entity=Nobody%20Atall', 404, /no entity 'Nobody Atall'/],
    ['/export/graph.svg', 404, /no file 'graph.svg' \(one of graph.gexf, /],
  ])('%s → %i with a clear message', async (url, status, message) => {
    const res = await get(url);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: string }).error).toMatch(message);
  });

  test('only GET and HEAD', async () => {
    const res = await get('/export/graph.gexf', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('the CLI', () => {
  const cli = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const conn = testConnection();
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'export', ...args], {
        env: { ...process.env, NEO4J_URI: conn.uri, NEO4J_USERNAME: conn.username, NEO4J_PASSWORD: conn.password, NEO4J_DATABASE: conn.database },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

  test('--format csv --out DIR writes the three files; GraphML goes to stdout', async () => {
    const out = path.join(dir, 'csv-out');
    const csv = await cli(['--format', 'csv', '--out', out, '--entity', 'Rex Tillerson']);
    expect(csv.code, csv.stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['edges.csv', 'nodes.csv', 'quotes.csv']);
    expect(await readFile(path.join(out, 'nodes.csv'), 'utf8')).toContain('person:rex-tillerson');
    const graphml = await cli(['--format', 'graphml', '--relation-types', 'MET_WITH']);
    expect(graphml.code, graphml.stderr).toBe(0);
    expect(graphml.stdout).toBe(await exported('graphml', { relationTypes: 'MET_WITH' }));
  });

  test('bad input: one clear line and exit code 2', async () => {
    const noOut = await cli(['--format', 'csv']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/writes nodes.csv, edges.csv, quotes.csv: give a folder with --out DIR/);
    const badHops = await cli(['--format', 'gexf', '--entity', 'Russia', '--hops', '9']);
    expect(badHops.code).toBe(2);
    expect(badHops.stderr).toMatch(/hops must be from 0 to 4, not 9/);
    const badFormat = await cli(['--format', 'pdf']);
    expect(badFormat.stderr).toMatch(/unknown format 'pdf' \(one of gexf, graphml, csv, jsonl\)/);
  });
});
