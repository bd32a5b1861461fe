// Exports end to end: a validated filter → the entity's neighbourhood → the files of a format, each a byte stream.
import { Readable } from 'node:stream';
import type { Driver } from 'neo4j-driver';
import { GraphExport, type ExportQuery } from '../graph/export.js';
import { GraphReads } from '../graph/reads.js';
import { csvStream, CSV_PARTS } from './csv.js';
import type { ExportFilter, ExportFormat } from './filter.js';
import { gexfChunks } from './gexf.js';
import { graphmlChunks } from './graphml.js';
import { jsonlChunks } from './jsonl.js';
import type { ExportSource } from './source.js';

export class ExportEntityNotFoundError extends Error {
  override name = 'ExportEntityNotFoundError';
}

/** One file of an export: its name, its media type, and a fresh stream of its bytes each time it is opened. */
export interface ExportFile {
  name: string;
  contentType: string;
  open(): Readable;
}

const RESOLVE_TIMEOUT_MS = 10_000;

/** The rows an export reads, with the filter's entity resolved (by id, name or alias) to its neighbourhood. */
export async function openExportSource(driver: Driver, database: string, filter: ExportFilter): Promise<ExportSource> {
  const graph = new GraphExport(driver, database);
  let scope: string[] | null = null;
  if (filter.entity !== null) {
    const center = await new GraphReads(driver, database, RESOLVE_TIMEOUT_MS).resolveEntityRef(filter.entity);
    if (!center) throw new ExportEntityNotFoundError(`export: no entity '${filter.entity}' (give an id such as person:rex-tillerson, or an exact name or alias)`);
    scope = await graph.scope(center, filter.hops, filter.relationTypes);
  }
  const query: ExportQuery = {
    scope,
    entityTypes: filter.entityTypes,
    relationTypes: filter.relationTypes,
    from: filter.from,
    to: filter.to,
    outlet: filter.outlet,
    minArticles: filter.minArticles,
  };
  return {
    description: describeFilter(filter),
    nodes: () => graph.nodes(query),
    edges: () => graph.edges(query),
    quotes: () => graph.quotes(query),
  };
}

/** The files of a format: one for GEXF, GraphML and JSON Lines; nodes, edges and quotes for CSV. */
export function exportFiles(format: ExportFormat, source: ExportSource): ExportFile[] {
  switch (format) {
    case 'gexf':
      return [{ name: 'graph.gexf', contentType: 'application/gexf+xml; charset=utf-8', open: () => Readable.from(gexfChunks(source)) }];
    case 'graphml':
      return [{ name: 'graph.graphml', contentType: 'application/graphml+xml; charset=utf-8', open: () => Readable.from(graphmlChunks(source)) }];
    case 'jsonl':
      return [{ name: 'graph.jsonl', contentType: 'application/jsonl; charset=utf-8', open: () => Readable.from(jsonlChunks(source)) }];
    case 'csv':
      return CSV_PARTS.map((part) => ({ name: `${part}.csv`, contentType: 'text/csv; charset=utf-8', open: () => csvStream(part, source) }));
  }
}

/** Every file name an export can have, with its format (the HTTP routes). */
export const EXPORT_FILE_FORMATS: Readonly<Record<string, ExportFormat>> = {
  'graph.gexf': 'gexf',
  'graph.graphml': 'graphml',
  'graph.jsonl': 'jsonl',
  'nodes.csv': 'csv',
  'edges.csv': 'csv',
  'quotes.csv': 'csv',
};

/** The filter in one line, e.g. "newsgraph export: entity Vladimir Putin, 2 hops; from 2017-01-01". */
export function describeFilter(f: ExportFilter): string {
  const parts: string[] = [];
  if (f.entity !== null) parts.push(`entity ${f.entity}, ${f.hops} hop${f.hops === 1 ? '' : 's'}`);
  parts.push(`entity types ${f.entityTypes.join(', ')}`, `relation types ${f.relationTypes.join(', ')}`);
  if (f.from) parts.push(`from ${f.from}`);
  if (f.to) parts.push(`to ${f.to}`);
  if (f.outlet) parts.push(`outlet ${f.outlet}`);
  parts.push(`at least ${f.minArticles} article${f.minArticles === 1 ? '' : 's'}`);
  return `newsgraph export: ${parts.join('; ')}`;
}
