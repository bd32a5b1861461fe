// GEXF 1.2 (Gephi): typed node and edge attributes, weights, and first/last seen as spells for Gephi's timeline.
import type { ExportEdge, ExportNode, ExportSource } from './source.js';
import { isoDay, xmlAttrs, xmlText } from './xml.js';

export const GEXF_NAMESPACE = 'http://www.gexf.net/1.2draft';

type AttrType = 'string' | 'integer';
const NODE_ATTRIBUTES: [id: keyof ExportNode, type: AttrType][] = [
  ['type', 'string'],
  ['mentions', 'integer'],
  ['articles', 'integer'],
  ['firstSeen', 'string'],
  ['lastSeen', 'string'],
  ['role', 'string'],
  ['code', 'string'],
  ['kind', 'string'],
  ['date', 'string'],
  ['aliases', 'string'],
];
// The edge's type is `relation`: Gephi's edge table has a built-in "Type" column (directed / undirected).
const EDGE_ATTRIBUTES: [id: string, type: AttrType, value: (e: ExportEdge) => string | number | null][] = [
  ['relation', 'string', (e) => e.type],
  ['status', 'string', (e) => e.status],
  ['kind', 'string', (e) => e.kind],
  ['articles', 'integer', (e) => e.articles],
  ['evidence', 'integer', (e) => e.evidence],
  ['firstSeen', 'string', (e) => e.firstSeen],
  ['lastSeen', 'string', (e) => e.lastSeen],
];

const declare = (cls: 'node' | 'edge', attrs: [string, AttrType, ...unknown[]][]) =>
  `    <attributes class="${cls}" mode="static">\n` +
  attrs.map(([id, type]) => `      <attribute${xmlAttrs({ id, title: id, type })}/>\n`).join('') +
  `    </attributes>\n`;

function attvalues(values: [string, unknown][]): string {
  let out = '';
  for (const [id, v] of values) {
    if (v === null || v === undefined || (Array.isArray(v) && !v.length)) continue;
    out += `<attvalue${xmlAttrs({ for: id, value: Array.isArray(v) ? v.join('; ') : String(v) })}/>`;
  }
  return out ? `<attvalues>${out}</attvalues>` : '';
}

/** A spell from first to last seen: Gephi shows the element on its timeline over those dates. */
function spells(first: string | null, last: string | null): string {
  const start = isoDay(first);
  const end = isoDay(last);
  return start || end ? `<spells><spell${xmlAttrs({ start, end })}/></spells>` : '';
}

export async function* gexfChunks(source: ExportSource, today = new Date().toISOString().slice(0, 10)): AsyncGenerator<string> {
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="${GEXF_NAMESPACE}" version="1.2">\n` +
    `  <meta${xmlAttrs({ lastmodifieddate: today })}><creator>newsgraph</creator><description>${xmlText(source.description)}</description></meta>\n` +
    `  <graph mode="dynamic" defaultedgetype="undirected" timeformat="date">\n` +
    declare('node', NODE_ATTRIBUTES) +
    declare('edge', EDGE_ATTRIBUTES) +
    `    <nodes>\n`;
  for await (const n of source.nodes()) {
    yield `      <node${xmlAttrs({ id: n.id, label: n.name })}>` +
      attvalues(NODE_ATTRIBUTES.map(([id]) => [id, n[id]])) +
      spells(n.firstSeen, n.lastSeen) +
      `</node>\n`;
  }
  yield `    </nodes>\n    <edges>\n`;
  for await (const e of source.edges()) {
    yield `      <edge${xmlAttrs({ id: e.id, source: e.source, target: e.target, label: e.type, weight: e.articles })}>` +
      attvalues(EDGE_ATTRIBUTES.map(([id, , value]) => [id, value(e)])) +
      spells(e.firstSeen, e.lastSeen) +
      `</edge>\n`;
  }
  yield `    </edges>\n  </graph>\n</gexf>\n`;
}
