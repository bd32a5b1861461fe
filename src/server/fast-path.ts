// The common request — a JSON POST to /graphql asking for JSON — answered without the Fetch API layer: the same yoga
// operation pipeline (params checks, parse/validate caches, armor, context, masked errors, graphql-jit), written
// straight to the node response. Anything else goes through yoga whole. Issue 17, 6b: the Fetch layer (Request,
// body stream, Response) cost more CPU per request than resolving a cheap query.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { processRegularResult, type YogaServerInstance } from 'graphql-yoga';
import { corsHeadersFor } from './cors.js';

type Yoga = YogaServerInstance<Record<string, unknown>, Record<string, unknown>>;

export interface GraphQLParams {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
  extensions?: Record<string, unknown> | null;
}

const PARAM_KEYS = new Set(['query', 'variables', 'operationName', 'extensions']);
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The GraphQL params of a body when it is one plain operation as yoga would accept it; null for anything else
 * (batches, unknown keys, wrong types, bad JSON), which yoga then answers with its own errors.
 */
export function plainParams(body: Buffer): GraphQLParams | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
  if (!isPlainObject(parsed)) return null;
  for (const key of Object.keys(parsed)) if (!PARAM_KEYS.has(key)) return null;
  const { query, variables, operationName, extensions } = parsed;
  if (typeof query !== 'string') return null;
  if (variables != null && !isPlainObject(variables)) return null;
  if (operationName != null && typeof operationName !== 'string') return null;
  if (extensions != null && !isPlainObject(extensions)) return null;
  return parsed as unknown as GraphQLParams;
}

/** True when yoga would answer this request as application/json from a JSON body: the only case the fast path takes. */
export function fastPathApplies(req: IncomingMessage, endpoint: string): boolean {
  if (req.method !== 'POST' || req.url !== endpoint) return false;
  const type = req.headers['content-type']?.replace(/\s/g, '').toLowerCase();
  if (type !== 'application/json' && type !== 'application/json;charset=utf-8') return false;
  // Missing, */* and application/json all make yoga answer application/json; other lists are left to its negotiation.
  const accept = req.headers.accept?.replace(/\s/g, '').toLowerCase();
  return accept === undefined || accept === '*/*' || accept === 'application/json' || accept === 'application/json;charset=utf-8';
}

/** Runs one operation through yoga's pipeline and writes the result as yoga's application/json processor would. */
export async function answerPlainPost(yoga: Yoga, req: IncomingMessage, res: ServerResponse, params: GraphQLParams, corsOrigins: ReadonlySet<string>): Promise<void> {
  // A Request without a body: what the context reads (headers) and what plugins key on (identity).
  const request = new yoga.fetchAPI.Request(`http://localhost${req.url}`, { method: 'POST', headers: req.headers as Record<string, string> });
  type Result = { errors?: readonly unknown[]; extensions?: { http?: unknown }; stringify?: (r: unknown) => string };
  const result = (await yoga.getResultForParams({ params: params as never, request }, { req, res, request, params } as never)) as Result | Result[] | AsyncIterable<unknown>;
  const cors = corsHeadersFor(typeof req.headers.origin === 'string' ? req.headers.origin : null, corsOrigins);
  if (!Array.isArray(result) && !(Symbol.asyncIterator in Object(result)) && !(result as Result).errors?.length && !(result as Result).extensions?.http) {
    const single = result as Result;
    const body = single.stringify ? single.stringify(single) : JSON.stringify(single);
    res.writeHead(200, { ...cors, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
    return;
  }
  // Errors, HTTP status extensions: yoga's own processor decides status, headers and what of the errors is shown.
  const response = await processRegularResult(result as never, yoga.fetchAPI, 'application/json');
  const headers: Record<string, string> = { ...cors };
  response.headers.forEach((value, key) => (headers[key] = value));
  const body = await response.text();
  headers['content-length'] = String(Buffer.byteLength(body));
  res.writeHead(response.status, headers);
  res.end(body);
}
