// CORS for the origins listed in API_CORS_ORIGINS only: any other origin gets no CORS header (the browser keeps the
// answer from the page), and no origin is ever allowed credentials (the API uses no cookies).
import type { Plugin } from 'graphql-yoga';

const ALLOWED_HEADERS = 'content-type, authorization, x-graphql-yoga-csrf, graphql-preflight, x-request-id';

export function corsHeadersFor(origin: string | null, allowed: ReadonlySet<string>): Record<string, string> {
  // The answer depends on the Origin header: caches must keep one copy per origin.
  const headers: Record<string, string> = { vary: 'Origin' };
  if (origin === null || !allowed.has(origin)) return headers;
  return {
    ...headers,
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'GET, POST',
    'access-control-allow-headers': ALLOWED_HEADERS,
    'access-control-max-age': '600',
  };
}

/** Adds the CORS headers to every answer, preflights (OPTIONS, answered 204 by yoga) included. */
export function useCorsAllowList(origins: readonly string[]): Plugin {
  const allowed = new Set(origins);
  return {
    onResponse({ request, response }) {
      for (const [name, value] of Object.entries(corsHeadersFor(request.headers.get('origin'), allowed))) {
        if (name === 'vary') response.headers.append(name, value); // other Vary values (Accept-Encoding) stay
        else response.headers.set(name, value);
      }
    },
  };
}
