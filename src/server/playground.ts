// The GraphiQL playground (~9 MB with its assets inline, so it works offline) rendered once, compressed once (brotli or
// gzip, as the browser accepts) and served with an ETag: a revalidation costs a 304, not the page.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';
import type { renderGraphiQL } from '@graphql-yoga/render-graphiql';

type Encoding = 'br' | 'gzip' | 'identity';
interface Variant {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

const CACHE_CONTROL = 'no-cache'; // kept by the browser, revalidated with If-None-Match on each visit

/** The encoding to send: brotli, then gzip, when the Accept-Encoding header accepts it (q=0 refuses). */
export function chooseEncoding(acceptEncoding: string | null): Encoding {
  const accepted = new Set<string>();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim());
    const q = params.find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return 'identity';
}

/** True when If-None-Match names this ETag (or is `*`). */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim().replace(/^W\//, '');
    return t === '*' || t === etag;
  });
}

export type GraphiQLOptions = NonNullable<Parameters<typeof renderGraphiQL>[0]>;

// A CommonJS script (eval workers are CommonJS): the renderer's CommonJS build, by the path the server resolved.
const RENDER_SCRIPT = `const { parentPort, workerData } = require('node:worker_threads');
parentPort.postMessage(require(workerData.modulePath).renderGraphiQL(workerData.options));`;

/**
 * GraphiQL's page rendered in a short-lived worker thread. The renderer's module keeps its ~9 MB of inlined assets as
 * strings (~33 MB of heap) for as long as it is loaded: imported by the server, they would stay for good and be marked
 * at every full GC; in the worker they go when it exits, and the server keeps only the compressed page.
 */
export function renderGraphiQLOffThread(options: GraphiQLOptions): Promise<string> {
  const modulePath = createRequire(import.meta.url).resolve('@graphql-yoga/render-graphiql');
  return new Promise<string>((resolve, reject) => {
    const worker = new Worker(RENDER_SCRIPT, { eval: true, workerData: { modulePath, options } });
    worker.once('message', (html: string) => resolve(html));
    worker.once('error', reject);
    // After the message this is a no-op; before it, the worker died without an answer.
    worker.once('exit', (code) => reject(new Error(`playground: the GraphiQL renderer exited (code ${code}) without a page`)));
  });
}

export function usePlayground(options: { endpoint: string; render: () => Promise<string> }): Plugin {
  let variants: Promise<Record<Encoding, Variant>> | undefined;
  // Rendered and compressed on the first visit, off the event loop's critical path (async zlib), then kept.
  const compile = async (): Promise<Record<Encoding, Variant>> => {
    const html = Buffer.from(await options.render(), 'utf8');
    const hash = createHash('sha256').update(html).digest('base64url').slice(0, 22);
    const [br, gz] = await Promise.all([
      promisify(brotliCompress)(html, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: html.length } }),
      promisify(gzip)(html, { level: 9 }),
    ]);
    return {
      br: { body: new Uint8Array(br), etag: `"${hash}-br"` },
      gzip: { body: new Uint8Array(gz), etag: `"${hash}-gz"` },
      identity: { body: new Uint8Array(html), etag: `"${hash}"` },
    };
  };
  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      if (request.method !== 'GET' || !request.headers.get('accept')?.includes('text/html')) return;
      if (url.pathname !== options.endpoint && url.pathname !== `${options.endpoint}/`) return;
      // A failed render is not kept: the next visit tries again.
      variants ??= compile().catch((err: unknown) => {
        variants = undefined;
        throw err;
      });
      const encoding = chooseEncoding(request.headers.get('accept-encoding'));
      const variant = (await variants)[encoding];
      const headers: Record<string, string> = { etag: variant.etag, 'cache-control': CACHE_CONTROL, vary: 'Accept-Encoding' };
      if (matches(request.headers.get('if-none-match'), variant.etag)) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      if (encoding !== 'identity') headers['content-encoding'] = encoding;
      headers['content-type'] = 'text/html; charset=utf-8';
      headers['content-length'] = String(variant.body.byteLength);
      endResponse(new fetchAPI.Response(variant.body, { status: 200, headers }));
    },
  };
}
