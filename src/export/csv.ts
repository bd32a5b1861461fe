// CSV for spreadsheets (csv-stringify): nodes.csv, edges.csv, quotes.csv; cells that a spreadsheet would run as a formula are defused.
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { ExportEdge, ExportNode, ExportQuote, ExportSource } from './source.js';

export const CSV_PARTS = ['nodes', 'edges', 'quotes'] as const;
export type CsvPart = (typeof CSV_PARTS)[number];

type Cell = string | number | boolean | null;
const NODE_COLUMNS: [string, (n: ExportNode) => Cell][] = [
  ['id', (n) => n.id],
  ['name', (n) => n.name],
  ['type', (n) => n.type],
  ['mentions', (n) => n.mentions],
  ['articles', (n) => n.articles],
  ['firstSeen', (n) => n.firstSeen],
  ['lastSeen', (n) => n.lastSeen],
  ['role', (n) => n.role],
  ['code', (n) => n.code],
  ['kind', (n) => n.kind],
  ['date', (n) => n.date],
  ['aliases', (n) => n.aliases.join('; ')],
];
const EDGE_COLUMNS: [string, (e: ExportEdge) => Cell][] = [
  ['id', (e) => e.id],
  ['source', (e) => e.source],
  ['target', (e) => e.target],
  ['type', (e) => e.type],
  ['status', (e) => e.status],
  ['kind', (e) => e.kind],
  ['articles', (e) => e.articles],
  ['evidence', (e) => e.evidence],
  ['firstSeen', (e) => e.firstSeen],
  ['lastSeen', (e) => e.lastSeen],
];
const QUOTE_COLUMNS: [string, (q: ExportQuote) => Cell][] = [
  ['speaker', (q) => q.speaker],
  ['text', (q) => q.text],
  ['direct', (q) => q.direct],
  ['date', (q) => q.date],
  ['outlet', (q) => q.outlet],
  ['url', (q) => q.url],
  ['sentence', (q) => q.sentence],
  ['cue', (q) => q.cue],
  ['stance', (q) => q.stance],
  ['about', (q) => q.about.join('; ')],
  ['title', (q) => q.title],
  ['speakerId', (q) => q.speakerId],
  ['id', (q) => q.id],
];

async function* cells<T>(rows: AsyncIterable<T>, columns: [string, (row: T) => Cell][]): AsyncGenerator<Cell[]> {
  for await (const row of rows) yield columns.map(([, get]) => get(row));
}

function table<T>(rows: AsyncIterable<T>, columns: [string, (row: T) => Cell][]): Readable {
  const source = Readable.from(cells(rows, columns));
  const csv = stringify({
    header: true,
    columns: columns.map(([name]) => name),
    // OWASP CSV injection: a cell starting with = + - @ tab or CR (or their full-width forms) gets a leading apostrophe.
    escape_formulas: true,
    cast: { boolean: (b) => (b ? 'true' : 'false') },
    record_delimiter: 'windows', // RFC 4180
  });
  // Errors travel downstream; a closed download stops the read (the generator's finally closes the Neo4j session).
  source.on('error', (err) => csv.destroy(err));
  csv.on('close', () => source.destroy());
  return source.pipe(csv);
}

/** One CSV file of the export as a byte stream. */
export function csvStream(part: CsvPart, source: ExportSource): Readable {
  if (part === 'nodes') return table(source.nodes(), NODE_COLUMNS);
  if (part === 'edges') return table(source.edges(), EDGE_COLUMNS);
  return table(source.quotes(), QUOTE_COLUMNS);
}
