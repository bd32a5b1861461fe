// GET /explore: the explorer page and its script and styles, bundled by esbuild from src/explore/ when the server starts
// (no build step for a user, nothing from a CDN), kept in memory, gzip-compressed once, served with an ETag.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { build } from 'esbuild';
import { chooseEncoding } from './playground.js';

export const EXPLORE_PATH = '/explore';

/** The page itself: a header with the search box, a main element the views render into. */
export const EXPLORE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsgraph explorer</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${EXPLORE_PATH}/app.css">
</head>
<body>
<header>
  <a class="brand" href="#/">newsgraph explorer</a>
  <form id="search-form" role="search">
    <label for="search" class="visually-hidden">Search names, aliases and quotes</label>
    <input id="search" type="search" placeholder="Search names, aliases and quotes" autocomplete="off">
  </form>
  <nav aria-label="Elsewhere"><a href="/graphql">GraphQL playground</a></nav>
</header>
<main id="view" tabindex="-1"><p>Loading…</p></main>
<script type="module" src="${EXPLORE_PATH}/app.js"></script>
</body>
</html>
`;

// Only this page's own files; styles may be set inline (chart and legend swatches); data comes from this server only.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

interface Asset {
  type: string;
  body: Buffer;
  gzipped: Buffer;
  etag: string;
}

/** src/explore/main.ts seen from src/server/ (tsx) or from dist/server/ (the compiled server). */
function entryPoint(): string {
  for (const rel of ['../explore/main.ts', '../../src/explore/main.ts']) {
    const file = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(file)) return file;
  }
  throw new Error('explore: src/explore/main.ts not found beside the server; the explorer needs the source tree');
}

async function asset(type: string, body: Buffer): Promise<Asset> {
  return { type, body, gzipped: await promisify(gzip)(body, { level: 9 }), etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
}

/** Bundles the explorer (script and styles), minified, for browsers of the last few years. */
export async function bundleExplorer(): Promise<Map<string, Asset>> {
  const result = await build({
    entryPoints: { app: entryPoint() },
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2020'],
    outdir: 'explore-bundle', // nothing is written: the outputs stay in memory
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const assets = new Map<string, Asset>([['', await asset('text/html; charset=utf-8', Buffer.from(EXPLORE_HTML))]]);
  for (const file of result.outputFiles) {
    const name = file.path.endsWith('.js') ? 'app.js' : file.path.endsWith('.css') ? 'app.css' : null;
    if (name) assets.set(name, await asset(name.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8', Buffer.from(file.contents)));
  }
  return assets;
}

let bundled: Promise<Map<string, Asset>> | undefined;
/** Starts the bundle (once per process); the server calls it at startup so the first visit does not wait for esbuild. */
export function explorerAssets(): Promise<Map<string, Asset>> {
  bundled ??= bundleExplorer();
  bundled.catch(() => (bundled = undefined)); // a failed bundle is retried on the next visit
  return bundled;
}

export function isExplorePath(url: string | undefined): boolean {
  if (!url) return false;
  const path = url.split('?', 1)[0];
  return path === EXPLORE_PATH || path.startsWith(`${EXPLORE_PATH}/`);
}

export function handleExplore(req: IncomingMessage, res: ServerResponse): void {
  serve(req, res).catch((err: unknown) => {
    if (res.headersSent) return void res.destroy();
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`explore: the page could not be built: ${(err as Error).message}\n`);
  });
}

async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    return void res.end('explore: use GET\n');
  }
  const name = (req.url ?? '').split('?', 1)[0].slice(EXPLORE_PATH.length).replace(/^\//, '');
  const found = (await explorerAssets()).get(name);
  if (!found) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    return void res.end(`explore: no file '${name.slice(0, 50)}'\n`);
  }
  const encoding = chooseEncoding(req.headers['accept-encoding'] ?? null) === 'identity' ? 'identity' : 'gzip';
  const etag = encoding === 'gzip' ? found.etag.replace(/"$/, '-gz"') : found.etag;
  const headers: Record<string, string> = {
    etag,
    'cache-control': 'no-cache',
    vary: 'Accept-Encoding',
    'x-content-type-options': 'nosniff',
    'content-security-policy': CSP,
    'referrer-policy': 'no-referrer',
  };
  if (req.headers['if-none-match']?.split(',').some((t) => t.trim() === etag)) {
    res.writeHead(304, headers);
    return void res.end();
  }
  const body = encoding === 'gzip' ? found.gzipped : found.body;
  res.writeHead(200, { ...headers, 'content-type': found.type, 'content-length': String(body.length), ...(encoding === 'gzip' ? { 'content-encoding': 'gzip' } : {}) });
  res.end(req.method === 'HEAD' ? undefined : body);
}
