// The four writers over invented rows full of hostile strings: the files stay valid (XSD), readable (networkx, a CSV
// parser, JSON) and carry every value back unchanged; spreadsheet formulas are defused.
import { text } from 'node:stream/consumers';
import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { exportFiles } from '../../src/export/index.js';
import type { ExportEdge, ExportNode, ExportQuote, ExportSource } from '../../src/export/source.js';
import type { ExportFormat } from '../../src/export/filter.js';
import { HAS_NETWORKX, HAS_XMLLINT, readGraphmlWithNetworkx, schemaErrors, SKIP_NETWORKX, SKIP_XMLLINT } from '../helpers/xml.js';

const HOSTILE = 'A <b>&amp; "q" \'s\' ]]> \t tab\nline\r\ncrlf \u0000nul \u0007bell \uFFFE \uD800 😀';
const node = (over: Partial<ExportNode>): ExportNode => ({
  id: 'person:x',
  type: 'Person',
  name: 'X',
  aliases: [],
  role: null,
  code: null,
  kind: null,
  date: null,
  articles: 1,
  mentions: 1,
  firstSeen: null,
  lastSeen: null,
  ...over,
});
const NODES: ExportNode[] = [
  node({ id: 'person:ada-lovelace', name: 'Ada Lovelace', aliases: ['Lovelace', 'Ada'], role: 'countess', articles: 3, mentions: 7, firstSeen: '2017-01-02', lastSeen: '2017-03-04' }),
  node({ id: 'org:evil <&> "co"', type: 'Organization', name: HOSTILE, articles: 2, mentions: 2, firstSeen: '2017-02-01', lastSeen: '2017-02-01' }),
  node({ id: 'country:FR', type: 'Country', name: '=HYPERLINK("http://x")', code: 'FR', articles: 1, mentions: 4 }),
  node({ id: 'event:a-1:0', type: 'Event', name: 'meeting: Ada Lovelace', kind: 'meeting', date: '2017-01-02', articles: 1, mentions: 1 }),
];
const EDGES: ExportEdge[] = [
  { id: 'MET_WITH|org:evil <&> "co"|person:ada-lovelace', source: 'org:evil <&> "co"', target: 'person:ada-lovelace', type: 'MET_WITH', status: 'happened', kind: 'talks', articles: 2, evidence: 3, firstSeen: '2017-02-01', lastSeen: '2017-03-01' },
  { id: 'ALLIED_WITH|org:evil <&> "co"|person:ada-lovelace', source: 'org:evil <&> "co"', target: 'person:ada-lovelace', type: 'ALLIED_WITH', status: null, kind: null, articles: 1, evidence: 1, firstSeen: null, lastSeen: null },
  { id: 'PARTICIPATED_IN|person:ada-lovelace|event:a-1:0', source: 'person:ada-lovelace', target: 'event:a-1:0', type: 'PARTICIPATED_IN', status: null, kind: null, articles: 1, evidence: 1, firstSeen: '2017-01-02', lastSeen: '2017-01-02' },
];
const QUOTES: ExportQuote[] = [
  { id: 'q1', speakerId: 'person:ada-lovelace', speaker: 'Ada Lovelace', text: '=cmd|\' /C calc\'!A0', direct: true, cue: 'said', stance: false, date: '2017-01-02', outlet: 'The "Daily", Ltd', title: 'A "title"', url: 'https://example.com/a?b=1&c=2', sentence: 'She said, "=cmd".\nThen left.', about: ['France', 'Evil Co'] },
  { id: 'q2', speakerId: null, speaker: null, text: '+1 and -2 and @sum', direct: false, cue: null, stance: null, date: null, outlet: null, title: null, url: null, sentence: null, about: [] },
  { id: 'q3', speakerId: 'person:ada-lovelace', speaker: 'Ada Lovelace', text: '\tTabbed', direct: false, cue: 'argued', stance: true, date: '2017-01-03', outlet: 'X', title: 'T', url: null, sentence: 'ok', about: [] },
];

async function* each<T>(rows: T[]): AsyncGenerator<T> {
  yield* rows;
}
const SOURCE: ExportSource = {
  description: `test export: ${HOSTILE}`,
  nodes: () => each(NODES),
  edges: () => each(EDGES),
  quotes: () => each(QUOTES),
};

async function render(format: ExportFormat, name?: string): Promise<string> {
  const files = exportFiles(format, SOURCE);
  const file = name ? files.find((f) => f.name === name)! : files[0];
  return text(file.open());
}

const skipNote = (ok: boolean, note: string) => (ok ? '' : ` (${note})`);

describe('GEXF', () => {
  test(`validates against the GEXF 1.2 schema${skipNote(HAS_XMLLINT, SKIP_XMLLINT)}`, async (ctx) => {
    if (!HAS_XMLLINT) return ctx.skip();
    const xml = await render('gexf');
    expect(schemaErrors(xml, 'gexf.xsd')).toBeNull();
  });

  test('carries types, mention counts, weights and spells', async () => {
    const xml = await render('gexf');
    expect(xml).toContain('<graph mode="dynamic" defaultedgetype="undirected" timeformat="date">');
    expect(xml).toContain(
      '<node id="person:ada-lovelace" label="Ada Lovelace"><attvalues><attvalue for="type" value="Person"/><attvalue for="mentions" value="7"/>',
    );
    expect(xml).toContain('<spells><spell start="2017-01-02" end="2017-03-04"/></spells></node>');
    expect(xml).toMatch(/<edge id="MET_WITH\|org:evil &lt;&amp;&gt; &quot;co&quot;\|person:ada-lovelace" source="org:evil &lt;&amp;&gt; &quot;co&quot;" target="person:ada-lovelace" label="MET_WITH" weight="2">/);
    expect(xml).toContain('<attvalue for="status" value="happened"/>');
    expect(xml).not.toMatch(/[\u0000\u0007\uFFFE]/);
  });

  test(`a broken document fails the schema: the check can fail${skipNote(HAS_XMLLINT, SKIP_XMLLINT)}`, async (ctx) => {
    if (!HAS_XMLLINT) return ctx.skip();
    const xml = (await render('gexf')).replace(' target="person:ada-lovelace"', '');
    expect(schemaErrors(xml, 'gexf.xsd')).toMatch(/attribute 'target' is required/);
  });
});

describe('GraphML', () => {
  test(`validates against the GraphML schema${skipNote(HAS_XMLLINT, SKIP_XMLLINT)}`, async (ctx) => {
    if (!HAS_XMLLINT) return ctx.skip();
    expect(schemaErrors(await render('graphml'), 'graphml.xsd')).toBeNull();
  });

  test(`an undeclared attribute type fails the schema${skipNote(HAS_XMLLINT, SKIP_XMLLINT)}`, async (ctx) => {
    if (!HAS_XMLLINT) return ctx.skip();
    const xml = (await render('graphml')).replace('attr.type="int"', 'attr.type="integer"');
    expect(schemaErrors(xml, 'graphml.xsd')).toMatch(/attr.type/);
  });

  test(`networkx reads it back with every value${skipNote(HAS_NETWORKX, SKIP_NETWORKX)}`, async (ctx) => {
    if (!HAS_NETWORKX) return ctx.skip();
    const g = readGraphmlWithNetworkx(await render('graphml'));
    expect(g.directed).toBe(false);
    expect(g.multigraph).toBe(true); // MET_WITH and ALLIED_WITH between the same pair stay two edges
    const nodes = new Map(g.nodes);
    expect(nodes.get('person:ada-lovelace')).toEqual({
      label: 'Ada Lovelace', type: 'Person', mentions: 7, articles: 3, firstSeen: '2017-01-02', lastSeen: '2017-03-04', role: 'countess', aliases: 'Lovelace; Ada',
    });
    // the hostile name: XML-impossible characters become U+FFFD, everything else (CR included) survives
    const hostile = nodes.get('org:evil_x20__x3c__x26__x3e__x20__x22_co_x22_')!;
    expect(hostile.label).toBe(HOSTILE.replace(/[\u0000\u0007\uFFFE\uD800]/g, '\uFFFD'));
    expect(nodes.get('country:FR')).toMatchObject({ label: '=HYPERLINK("http://x")', code: 'FR' });
    const met = g.edges.find(([, , d]) => d.relation === 'MET_WITH')!;
    expect(met[2]).toEqual({ label: 'MET_WITH', relation: 'MET_WITH', status: 'happened', kind: 'talks', weight: 2, evidence: 3, firstSeen: '2017-02-01', lastSeen: '2017-03-01' });
    expect(g.edges).toHaveLength(3);
  });
});

describe('CSV', () => {
  const rows = async (name: string) => parse(await render('csv', name), { columns: true, bom: true }) as Record<string, string>[];

  test('three files: nodes, edges, quotes', () => {
    expect(exportFiles('csv', SOURCE).map((f) => f.name)).toEqual(['nodes.csv', 'edges.csv', 'quotes.csv']);
  });

  test('quotes.csv has speaker, text, direct, date, outlet, url and sentence; formulas get an apostrophe (OWASP)', async () => {
    const q = await rows('quotes.csv');
    expect(Object.keys(q[0]).slice(0, 7)).toEqual(['speaker', 'text', 'direct', 'date', 'outlet', 'url', 'sentence']);
    expect(q[0]).toMatchObject({
      speaker: 'Ada Lovelace',
      text: "'=cmd|' /C calc'!A0",
      direct: 'true',
      date: '2017-01-02',
      outlet: 'The "Daily", Ltd',
      url: 'https://example.com/a?b=1&c=2',
      sentence: 'She said, "=cmd".\nThen left.',
      about: 'France; Evil Co',
    });
    expect(q[1]).toMatchObject({ speaker: '', text: "'+1 and -2 and @sum", direct: 'false', date: '' });
    expect(q[2].text).toBe("'\tTabbed");
  });

  test.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\uFF1D1', "'\uFF1D1"],
    ['a=1', 'a=1'],
    ['safe', 'safe'],
  ])('a cell %j is written as %j', async (name, expected) => {
    const source: ExportSource = { ...SOURCE, nodes: () => each([node({ name })]) };
    const csv = await text(exportFiles('csv', source)[0].open());
    expect((parse(csv, { columns: true }) as Record<string, string>[])[0].name).toBe(expected);
  });

  test('nodes.csv and edges.csv carry the graph; numbers stay numbers', async () => {
    const n = await rows('nodes.csv');
    expect(n.map((r) => r.id)).toEqual(NODES.map((x) => x.id));
    expect(n[0]).toMatchObject({ name: 'Ada Lovelace', type: 'Person', mentions: '7', articles: '3', aliases: 'Lovelace; Ada' });
    // CSV carries any string; only a lone surrogate cannot be UTF-8 and becomes U+FFFD
    expect(n[1].name).toBe(HOSTILE.replace('\uD800', '\uFFFD'));
    const e = await rows('edges.csv');
    expect(e[0]).toMatchObject({ source: 'org:evil <&> "co"', target: 'person:ada-lovelace', type: 'MET_WITH', status: 'happened', articles: '2' });
  });
});

describe('JSON Lines', () => {
  test('a meta line, then nodes, edges and quotes, each line JSON with every value', async () => {
    const lines = (await render('jsonl')).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.record)).toEqual(['meta', 'node', 'node', 'node', 'node', 'edge', 'edge', 'edge', 'quote', 'quote', 'quote']);
    expect(lines[2]).toEqual({ record: 'node', ...NODES[1] });
    expect(lines[8]).toEqual({ record: 'quote', ...QUOTES[0] });
  });
});
