// Hash routes, so every view has a URL to share and reload: #/search?q=…, #/entity/<id>?…, #/between/<a>/<b>, #/path/<a>/<b>.
export type Route =
  | { view: 'home' }
  | { view: 'search'; q: string }
  | { view: 'entity'; id: string; params: URLSearchParams }
  | { view: 'between'; a: string; b: string }
  | { view: 'path'; a: string; b: string; hops: number };

export function parseRoute(hash: string): Route {
  const [pathPart, query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const params = new URLSearchParams(query);
  const parts = pathPart.split('/').map((p) => decodeURIComponent(p));
  switch (parts[0]) {
    case 'search':
      return { view: 'search', q: params.get('q') ?? '' };
    case 'entity':
      return parts[1] ? { view: 'entity', id: parts[1], params } : { view: 'home' };
    case 'between':
      return parts[1] && parts[2] ? { view: 'between', a: parts[1], b: parts[2] } : { view: 'home' };
    case 'path': {
      const hops = Number(params.get('hops') ?? 3);
      return parts[1] && parts[2] ? { view: 'path', a: parts[1], b: parts[2], hops: Number.isInteger(hops) && hops > 0 ? hops : 3 } : { view: 'home' };
    }
    default:
      return { view: 'home' };
  }
}

export function entityHref(id: string, params?: URLSearchParams): string {
  const q = params?.toString();
  return `#/entity/${encodeURIComponent(id)}${q ? `?${q}` : ''}`;
}
export const searchHref = (q: string) => `#/search?${new URLSearchParams({ q })}`;
export const betweenHref = (a: string, b: string) => `#/between/${encodeURIComponent(a)}/${encodeURIComponent(b)}`;
export const pathHref = (a: string, b: string, hops = 3) => `#/path/${encodeURIComponent(a)}/${encodeURIComponent(b)}?hops=${hops}`;
