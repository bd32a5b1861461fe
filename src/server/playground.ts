// The GraphiQL playground (~9 MB with its assets inline, so it works offline) rendered once, compressed once (brotli or
// gzip, as the browser accepts) and served with an ETag: a revalidation costs a 304, not the page.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

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

export function usePlayground(options: { endpoint: string; render: () => string }): Plugin {
  let variants: Promise<Record<Encoding, Variant>> | undefined;
  // Rendered and compressed on the first visit, off the event loop's critical path (async zlib), then kept.
  const compile = async (): Promise<Record<Encoding, Variant>> => {
    const html = Buffer.from(options.render(), 'utf8');
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
      variants ??= compile();
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
