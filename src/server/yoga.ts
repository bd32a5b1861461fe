// The HTTP server: graphql-yoga with the offline GraphiQL (compressed, cacheable), armor limits, CSRF prevention, CORS
// for listed origins only, body cap, masked errors, JSON logs with request ids, /health.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createYoga } from 'graphql-yoga';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { Kind, type DocumentNode } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { GraphReads } from '../graph/reads.js';
import { createContext, EntityRefCache } from '../schema/context.js';
import { schema } from '../schema/index.js';
import { createAccess } from './auth.js';
import { useCorsAllowList } from './cors.js';
import { EXAMPLE_QUERIES } from './examples.js';
import { EXPLORE_PATH, explorerAssets, handleExplore, isExplorePath } from './explore.js';
import { EXPORT_PATH, handleExport } from './export.js';
import { createLogger, escapeControl, yogaLogAdapter, type Logger } from './log.js';
import { renderGraphiQLOffThread, usePlayground } from './playground.js';
import { answerPlainPost, fastPathApplies, plainParams } from './fast-path.js';
import { useReleaseRequestCache } from './release-request-cache.js';

export interface ServerDeps {
  driver: Driver;
  database: string;
  config: Config;
  /** Where the JSON log lines go; stdout by default. */
  logger?: Logger;
}

interface AppOptions {
  /** The HTTP server has read the body whole and held it to API_MAX_BODY_BYTES: yoga need not stream it through its own cap. */
  bodyReadByServer?: boolean;
}

export function createApp({ driver, database, config, logger = createLogger(config) }: ServerDeps, { bodyReadByServer = false }: AppOptions = {}) {
  // Stack traces, paths and field suggestions only when asked for explicitly: unset NODE_ENV is production.
  const development = config.NODE_ENV === 'development';
  const refs = new EntityRefCache();
  const access = createAccess(driver, database, config);
  const graphqlEndpoint = '/graphql';
  const limits = { API_MAX_PAGE_SIZE: config.API_MAX_PAGE_SIZE, API_MAX_PATH_HOPS: config.API_MAX_PATH_HOPS };
  return createYoga({
    schema,
    graphqlEndpoint,
    context: async ({ request, req }: { request: Request; req?: IncomingMessage }) =>
      createContext(
        new GraphReads(driver, database, config.API_QUERY_TIMEOUT_MS),
        limits,
        refs,
        await access(request.headers.get('authorization'), req),
      ),
    // Unexpected errors become "Unexpected error." (details only in development); GraphQLErrors with a code pass through.
    maskedErrors: { isDev: development },
    logging: yogaLogAdapter(logger),
    landingPage: false,
    maxRequestBodySize: bodyReadByServer ? false : config.API_MAX_BODY_BYTES,
    cors: false, // replaced by the allow-list below: yoga's default reflects any origin with credentials
    graphiql: false, // served by usePlayground: rendered and compressed once
    plugins: [
      usePlayground({
        endpoint: graphqlEndpoint,
        // assets from npm: the playground works offline
        render: async () => withExplorerLink(await renderGraphiQLOffThread({ title: 'newsgraph', defaultTabs: EXAMPLE_QUERIES.map((e) => ({ query: e.query })) })),
      }),
      useCorsAllowList(config.API_CORS_ORIGINS),
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'graphql-preflight'] }),
      EnvelopArmorPlugin({
        maxDepth: { n: config.API_MAX_DEPTH },
        maxAliases: { n: config.API_MAX_ALIASES },
        maxTokens: { n: config.API_MAX_TOKENS },
        costLimit: { maxCost: config.API_MAX_COST },
        maxDirectives: { n: 20 },
        blockFieldSuggestion: { enabled: !development },
      }),
      // Execution compiled once per document (graphql-jit; the compiled query is kept with yoga's parsed-document
      // cache). The jit cache is keyed by document only, so a document with several operations, where the
      // operationName picks one, runs through graphql-js.
      useReleaseRequestCache(),
      useGraphQlJit({}, { enableIf: ({ document }) => hasOneOperation(document), onError: (r) => logger.error({ errors: r.errors?.map((e) => e.message) }, 'graphql-jit could not compile a query') }),
    ],
  });
}

function hasOneOperation(document: DocumentNode): boolean {
  let n = 0;
  for (const d of document.definitions) if (d.kind === Kind.OPERATION_DEFINITION && ++n > 1) return false;
  return n === 1;
}

/** The playground page with a link to the explorer in its top right corner. */
function withExplorerLink(html: string): string {
  const link = `<a href="${EXPLORE_PATH}" style="position:fixed;top:6px;right:12px;z-index:10;font:14px system-ui,sans-serif;color:#0b57d0;background:#fff;padding:2px 8px;border-radius:4px">Open the explorer</a>`;
  return html.replace(/<body([^>]*)>/, (m) => `${m}${link}`);
}

export interface RunningServer {
  url: string;
  /** The explorer page (/explore) of this server. */
  explorerUrl: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(deps: ServerDeps, port = deps.config.PORT): Promise<RunningServer> {
  const logger = deps.logger ?? createLogger(deps.config);
  const yoga = createApp({ ...deps, logger }, { bodyReadByServer: true });
  const maxBody = deps.config.API_MAX_BODY_BYTES;
  const corsOrigins = new Set(deps.config.API_CORS_ORIGINS);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    logRequest(logger, req, res);
    if (req.url === '/health') {
      deps.driver
        .verifyConnectivity({ database: deps.database })
        .then(() => reply(res, 200, { status: 'ok' }))
        .catch(() => reply(res, 503, { status: 'neo4j unavailable' }));
      return;
    }
    if (req.url?.startsWith(EXPORT_PATH)) return handleExport(req, res, deps);
    if (isExplorePath(req.url)) return handleExplore(req, res);
    if (req.method === 'POST') {
      const length = Number(req.headers['content-length']);
      if (!req.headers['content-length'] || !Number.isFinite(length)) return reply(res, 411, { errors: [{ message: 'Content-Length required' }] });
      if (length > maxBody) return reply(res, 413, { errors: [{ message: `request body over ${maxBody} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
      // Read here, whole (it is small and capped): yoga then takes the bytes as they are instead of streaming the
      // request through a Fetch body, which cost a stream pipeline and an AbortController per request.
      const chunks: Buffer[] = [];
      let read = 0;
      req.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read > maxBody) req.destroy(); // never past Content-Length in HTTP/1.1; held to the cap regardless
        else chunks.push(chunk);
      });
      req.once('end', () => {
        const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
        const params = fastPathApplies(req, yoga.graphqlEndpoint) ? plainParams(body) : null;
        if (params) {
          answerPlainPost(yoga as never, req, res, params, corsOrigins).catch((err: unknown) => {
            logger.error({ err: escapeControl(String((err as Error)?.stack ?? err)) }, 'request failed');
            if (!res.headersSent) reply(res, 500, { errors: [{ message: 'Unexpected error.' }] });
            else res.destroy();
          });
          return;
        }
        (req as IncomingMessage & { body?: Buffer }).body = body;
        void yoga(req, res);
      });
      req.once('error', () => res.destroy());
      return;
    }
    void yoga(req, res);
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new Error(`server: port ${port} is taken; stop what uses it or set PORT to another port`) : err),
    );
    server.listen(port, deps.config.HOST, () => resolve());
  });
  // Bundled now, in the background, so the first visit to /explore does not wait for esbuild; a failure shows on that visit.
  explorerAssets().catch(() => undefined);
  const actual = (server.address() as AddressInfo).port;
  const origin = `http://${/^(127\.0\.0\.1|::1|localhost)$/.test(deps.config.HOST) ? 'localhost' : deps.config.HOST}:${actual}`;
  return {
    url: `${origin}/graphql`,
    explorerUrl: `${origin}${EXPLORE_PATH}`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A request id safe to echo in a header: the client's when it is plain, else a new one. */
const PLAIN_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** One debug line per request when it ends: id, method, path, status, milliseconds; client text is logged as data. */
function logRequest(logger: Logger, req: IncomingMessage, res: ServerResponse): void {
  const started = process.hrtime.bigint();
  const clientId = req.headers['x-request-id'];
  const given = typeof clientId === 'string' ? clientId : undefined;
  const requestId = given && PLAIN_REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', requestId);
  // The line is at debug level: with debug off, no listener per request.
  if (!logger.isLevelEnabled('debug')) return;
  res.once('finish', () => {
    logger.debug(
      {
        requestId,
        // A client id that was not plain is kept for tracing, cut short; JSON escapes its control characters.
        ...(given !== undefined && given !== requestId ? { clientRequestId: escapeControl(given.slice(0, 200)) } : {}),
        method: req.method,
        url: escapeControl(String(req.url).slice(0, 500)),
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
      },
      'request',
    );
  });
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
