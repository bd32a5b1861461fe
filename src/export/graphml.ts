// GraphML (yEd, Gephi, networkx): one typed <key> per attribute, `label` for names and `weight` for article counts.
import type { ExportEdge, ExportNode, ExportSource } from './source.js';
import { nmtoken, xmlAttrs, xmlText } from './xml.js';

export const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';

type KeyType = 'string' | 'int';
interface Key<T> {
  id: string;
  name: string;
  type: KeyType;
  value: (row: T) => string | number | string[] | null;
}

// attr.name `label` and `weight` are what Gephi's GraphML importer reads as label and weight.
const NODE_KEYS: Key<ExportNode>[] = [
  { id: 'n_label', name: 'label', type: 'string', value: (n) => n.name },
  { id: 'n_type', name: 'type', type: 'string', value: (n) => n.type },
  { id: 'n_mentions', name: 'mentions', type: 'int', value: (n) => n.mentions },
  { id: 'n_articles', name: 'articles', type: 'int', value: (n) => n.articles },
  { id: 'n_firstSeen', name: 'firstSeen', type: 'string', value: (n) => n.firstSeen },
  { id: 'n_lastSeen', name: 'lastSeen', type: 'string', value: (n) => n.lastSeen },
  { id: 'n_role', name: 'role', type: 'string', value: (n) => n.role },
  { id: 'n_code', name: 'code', type: 'string', value: (n) => n.code },
  { id: 'n_kind', name: 'kind', type: 'string', value: (n) => n.kind },
  { id: 'n_date', name: 'date', type: 'string', value: (n) => n.date },
  { id: 'n_aliases', name: 'aliases', type: 'string', value: (n) => n.aliases },
];
const EDGE_KEYS: Key<ExportEdge>[] = [
  { id: 'e_label', name: 'label', type: 'string', value: (e) => e.type },
  { id: 'e_relation', name: 'relation', type: 'string', value: (e) => e.type },
  { id: 'e_status', name: 'status', type: 'string', value: (e) => e.status },
  { id: 'e_kind', name: 'kind', type: 'string', value: (e) => e.kind },
  { id: 'e_weight', name: 'weight', type: 'int', value: (e) => e.articles },
  { id: 'e_evidence', name: 'evidence', type: 'int', value: (e) => e.evidence },
  { id: 'e_firstSeen', name: 'firstSeen', type: 'string', value: (e) => e.firstSeen },
  { id: 'e_lastSeen', name: 'lastSeen', type: 'string', value: (e) => e.lastSeen },
];

const declare = <T>(domain: 'node' | 'edge', keys: Key<T>[]) =>
  keys.map((k) => `  <key${xmlAttrs({ id: k.id, for: domain, 'attr.name': k.name, 'attr.type': k.type })}/>\n`).join('');

function data<T>(keys: Key<T>[], row: T): string {
  let out = '';
  for (const k of keys) {
    const v = k.value(row);
    if (v === null || v === undefined || (Array.isArray(v) && !v.length)) continue;
    out += `<data key="${k.id}">${xmlText(Array.isArray(v) ? v.join('; ') : String(v))}</data>`;
  }
  return out;
}

export async function* graphmlChunks(source: ExportSource): AsyncGenerator<string> {
  yield `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<graphml xmlns="${GRAPHML_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
    ` xsi:schemaLocation="${GRAPHML_NAMESPACE} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n` +
    `  <desc>${xmlText(source.description)}</desc>\n` +
    declare('node', NODE_KEYS) +
    declare('edge', EDGE_KEYS) +
    `  <graph id="newsgraph" edgedefault="undirected">\n`;
  // Ids are NMTOKENs in GraphML: entity ids pass unchanged, others are escaped the same way at both ends of an edge.
  // Edges carry no id (optional in GraphML); two edges of one pair differ by `relation`.
  for await (const n of source.nodes()) yield `    <node${xmlAttrs({ id: nmtoken(n.id) })}>${data(NODE_KEYS, n)}</node>\n`;
  for await (const e of source.edges()) {
    yield `    <edge${xmlAttrs({ source: nmtoken(e.source), target: nmtoken(e.target) })}>${data(EDGE_KEYS, e)}</edge>\n`;
  }
  yield `  </graph>\n</graphml>\n`;
}
