// JSON Lines: a meta line, then one line per node, edge and quote, each tagged with `record`.
import type { ExportSource } from './source.js';

export async function* jsonlChunks(source: ExportSource): AsyncGenerator<string> {
  yield JSON.stringify({ record: 'meta', description: source.description }) + '\n';
  for await (const n of source.nodes()) yield JSON.stringify({ record: 'node', ...n }) + '\n';
  for await (const e of source.edges()) yield JSON.stringify({ record: 'edge', ...e }) + '\n';
  for await (const q of source.quotes()) yield JSON.stringify({ record: 'quote', ...q }) + '\n';
}
