// Outside checks of exported files: xmllint against the shipped XSDs, and networkx as an independent GraphML reader.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const XSD_DIR = path.resolve('tests/fixtures/xsd');

function found(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return !r.error && r.status === 0;
}

export const HAS_XMLLINT = found('xmllint', ['--version']);
export const HAS_NETWORKX = found('python3', ['-c', 'import networkx']);

/** `xmllint --schema`: null when valid, else its error lines. */
export function schemaErrors(xml: string, xsd: 'gexf.xsd' | 'graphml.xsd'): string | null {
  const r = spawnSync('xmllint', ['--noout', '--schema', path.join(XSD_DIR, xsd), '-'], { input: xml, encoding: 'utf8', maxBuffer: 64 << 20 });
  return r.status === 0 ? null : r.stderr || `xmllint exited ${r.status}`;
}

export interface NetworkxGraph {
  multigraph: boolean;
  directed: boolean;
  nodes: [string, Record<string, unknown>][];
  edges: [string, string, Record<string, unknown>][];
}

/** Reads GraphML with networkx.read_graphml and returns what it understood. */
export function readGraphmlWithNetworkx(xml: string): NetworkxGraph {
  const script = `
import io, json, sys, networkx as nx
g = nx.read_graphml(io.BytesIO(sys.stdin.buffer.read()))
print(json.dumps({"multigraph": g.is_multigraph(), "directed": g.is_directed(),
  "nodes": [[n, d] for n, d in g.nodes(data=True)], "edges": [[u, v, d] for u, v, d in g.edges(data=True)]}))`;
  const r = spawnSync('python3', ['-c', script], { input: xml, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`networkx.read_graphml failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as NetworkxGraph;
}

export const SKIP_XMLLINT = 'skipped: xmllint not found (apt-get install libxml2-utils; .ci/run installs it)';
export const SKIP_NETWORKX = 'skipped: python3 with networkx not found (pip install networkx)';
