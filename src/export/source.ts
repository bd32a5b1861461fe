// What every export writer reads: three streams of plain rows, and a line saying what was exported.
import type { ExportEdge, ExportNode, ExportQuote } from '../graph/export.js';

export type { ExportEdge, ExportNode, ExportQuote };

export interface ExportSource {
  /** One line on what the export holds (its filter), written into the file's metadata where the format has a place. */
  description: string;
  nodes(): AsyncIterable<ExportNode>;
  edges(): AsyncIterable<ExportEdge>;
  quotes(): AsyncIterable<ExportQuote>;
}
