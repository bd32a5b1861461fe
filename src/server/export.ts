// GET /export/<file>: the CLI's exports as streamed downloads, with the same filter parsing and the API's hop limit.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { ExportFilterError, parseExportFilter, type RawExportFilter } from '../export/filter.js';
import { EXPORT_FILE_FORMATS, ExportEntityNotFoundError, exportFiles, openExportSource } from '../export/index.js';
import type { ServerDeps } from './yoga.js';

export const EXPORT_PATH = '/export/';
const PARAMS: readonly (keyof RawExportFilter)[] = ['entity', 'hops', 'entityTypes', 'relationTypes', 'from', 'to', 'outlet', 'minArticles'];

export function handleExport(req: IncomingMessage, res: ServerResponse, deps: ServerDeps): void {
  serveExport(req, res, deps).catch((err: unknown) => {
    if (!res.headersSent) return fail(res, 500, 'export failed');
    // Mid-stream there is no status left to send: cut the download so it cannot pass for a complete file.
    if (deps.config.LOG_LEVEL === 'debug') process.stderr.write(`export: ${(err as Error).message}\n`);
    res.destroy();
  });
}

async function serveExport(req: IncomingMessage, res: ServerResponse, { driver, database, config }: ServerDeps): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return fail(res, 405, 'export: use GET', { allow: 'GET, HEAD' });
  const url = new URL(req.url ?? '/', 'http://localhost');
  const name = url.pathname.slice(EXPORT_PATH.length);
  const format = Object.hasOwn(EXPORT_FILE_FORMATS, name) ? EXPORT_FILE_FORMATS[name] : undefined;
  if (!format) return fail(res, 404, `export: no file '${name.slice(0, 50)}' (one of ${Object.keys(EXPORT_FILE_FORMATS).join(', ')})`);

  const raw: RawExportFilter = {};
  for (const key of new Set(url.searchParams.keys())) {
    if (!(PARAMS as readonly string[]).includes(key)) return fail(res, 400, `export: unknown parameter '${key.slice(0, 50)}' (one of ${PARAMS.join(', ')})`);
    const values = url.searchParams.getAll(key);
    if (values.length > 1) return fail(res, 400, `export: parameter '${key}' given ${values.length} times`);
    raw[key as keyof RawExportFilter] = values[0];
  }
  let source;
  try {
    source = await openExportSource(driver, database, parseExportFilter(raw, config.API_MAX_PATH_HOPS));
  } catch (err) {
    if (err instanceof ExportFilterError) return fail(res, 400, err.message);
    if (err instanceof ExportEntityNotFoundError) return fail(res, 404, err.message);
    throw err;
  }
  const file = exportFiles(format, source).find((f) => f.name === name)!;
  res.writeHead(200, {
    'content-type': file.contentType,
    'content-disposition': `attachment; filename="newsgraph-${file.name}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') return void res.end();
  await pipeline(file.open(), res);
}

function fail(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ error: message }));
}
