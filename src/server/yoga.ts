// The HTTP server: graphql-yoga with the offline GraphiQL, armor limits, CSRF prevention, body cap, masked errors, /health.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createYoga } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { GraphReads } from '../graph/reads.js';
import { createContext, EntityRefCache } from '../schema/context.js';
import { schema } from '../schema/index.js';
import { EXAMPLE_QUERIES } from './examples.js';
import { EXPORT_PATH, handleExport } from './export.js';

export interface ServerDeps {
  driver: Driver;
  database: string;
  config: Config;
}

export function createApp({ driver, database, config }: ServerDeps) {
  const production = config.NODE_ENV === 'production';
  const refs = new EntityRefCache();
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    context: () =>
      createContext(new GraphReads(driver, database, config.API_QUERY_TIMEOUT_MS), {
        API_MAX_PAGE_SIZE: config.API_MAX_PAGE_SIZE,
        API_MAX_PATH_HOPS: config.API_MAX_PATH_HOPS,
      }, refs),
    // Unexpected errors become "Unexpected error." (details only outside production); GraphQLErrors with a code pass through.
    maskedErrors: { isDev: !production },
    logging: config.LOG_LEVEL === 'debug' || config.LOG_LEVEL === 'trace' ? 'debug' : 'warn',
    landingPage: false,
    graphiql: {
      title: 'newsgraph',
      defaultTabs: EXAMPLE_QUERIES.map((e) => ({ query: e.query })),
    },
    renderGraphiQL, // assets from npm: the playground works offline
    plugins: [
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'graphql-preflight'] }),
      EnvelopArmorPlugin({
        maxDepth: { n: config.API_MAX_DEPTH },
        maxAliases: { n: config.API_MAX_ALIASES },
        maxTokens: { n: config.API_MAX_TOKENS },
        costLimit: { maxCost: config.API_MAX_COST },
        maxDirectives: { n: 20 },
        blockFieldSuggestion: { enabled: production },
      }),
    ],
  });
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(deps: ServerDeps, port = deps.config.PORT): Promise<RunningServer> {
  const yoga = createApp(deps);
  const maxBody = deps.config.API_MAX_BODY_BYTES;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/health') {
      deps.driver
        .verifyConnectivity({ database: deps.database })
        .then(() => reply(res, 200, { status: 'ok' }))
        .catch(() => reply(res, 503, { status: 'neo4j unavailable' }));
      return;
    }
    if (req.url?.startsWith(EXPORT_PATH)) return handleExport(req, res, deps);
    if (req.method === 'POST') {
      const length = Number(req.headers['content-length']);
      if (!req.headers['content-length'] || !Number.isFinite(length)) return reply(res, 411, { errors: [{ message: 'Content-Length required' }] });
      if (length > maxBody) return reply(res, 413, { errors: [{ message: `request body over ${maxBody} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
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
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://${/^(127\.0\.0\.1|::1|localhost)$/.test(deps.config.HOST) ? 'localhost' : deps.config.HOST}:${actual}/graphql`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
