// The only reader of process.env: validated (zod) and frozen settings for every layer.
import { z } from 'zod';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const intFrom = (def: number) => z.coerce.number().int().positive().default(def);
const zeroOrMore = (def: number) => z.coerce.number().int().nonnegative().default(def);

const EnvSchema = z.object({
  // Only an explicit `development` shows error details and field suggestions to clients; unset is production.
  NODE_ENV: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PORT: intFrom(4000),
  HOST: z.string().default('127.0.0.1'),
  // External Neo4j: when NEO4J_URI is set, no embedded server is started.
  NEO4J_URI: z.string().optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  // Unset: `neo4j` for NEO4J_URI, the generated password in NEO4J_DATA_DIR for the embedded server.
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().default('neo4j'),
  // Embedded-default Neo4j
  NEO4J_BOLT_PORT: intFrom(7687),
  NEO4J_DATA_DIR: z.string().default(path.join(PROJECT_ROOT, '.data', 'neo4j')),
  NEO4J_HEAP: z.string().default('2g'),
  NEO4J_PAGECACHE: z.string().default('2g'),
  NEO4J_TX_TIMEOUT: z.string().default('60s'),
  NEO4J_START_TIMEOUT_MS: intFrom(180_000),
  // Free space the embedded Neo4j's disk must keep: checked before it starts and before each load batch (0: no check).
  NEO4J_MIN_FREE_MB: zeroOrMore(1024),
  JAVA_HOME: z.string().optional(),
  // Ingest limits
  MAX_ARTICLE_BYTES: intFrom(10 * 1024 * 1024),
  LOAD_BATCH_SIZE: intFrom(50),
  // One load at a time: wait this long for a running load (0: refuse at once); a holder's lease lasts this long.
  LOAD_LOCK_WAIT_MS: zeroOrMore(600_000),
  LOAD_LOCK_LEASE_MS: intFrom(30_000),
  // How long a load waits for Neo4j to answer again before it fails (exit 2).
  LOAD_RETRY_MS: zeroOrMore(60_000),
  // Time budget of one article's extraction: over it the article is reported (ExtractionTimeoutError) and skipped.
  EXTRACT_BUDGET_MS: intFrom(1000),
  // Extraction threads of `load`: unset → one worker per core but one (at least one; in this thread on one core); 1 → in this thread.
  // Of `extract` (more than a handful of articles, run.ts): unset → one worker per core (in this thread on one core); 1 → in this thread.
  EXTRACT_WORKERS: z.coerce.number().int().positive().optional(),
  // V8's semi-space (MB) of the threads that extract; the young generation is three of them (0: V8's default). The
  // launcher (bin/launch.js) reads it too, to start an in-thread extraction with the flag; same default there.
  EXTRACT_SEMI_SPACE_MB: zeroOrMore(64),
  SEEDS_DIR: z.string().default(path.join(PROJECT_ROOT, 'seeds')),
  // API limits
  API_MAX_PAGE_SIZE: intFrom(100),
  API_MAX_DEPTH: intFrom(8),
  API_MAX_ALIASES: intFrom(30),
  API_MAX_TOKENS: intFrom(2000),
  API_MAX_COST: intFrom(5000),
  API_MAX_PATH_HOPS: intFrom(4),
  API_QUERY_TIMEOUT_MS: intFrom(10_000),
  API_MAX_BODY_BYTES: intFrom(100_000),
  // Auth: reads need a bearer token too when true (changes always need an editor token).
  API_REQUIRE_TOKEN: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  // Changes per token per minute, and failed logins (unknown tokens) per client address per minute, before RATE_LIMITED.
  API_MUTATIONS_PER_MINUTE: intFrom(60),
  API_FAILED_LOGINS_PER_MINUTE: intFrom(10),
  // Browser origins allowed to call the API from their pages (CORS), comma-separated; none by default (same origin only).
  API_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value, ctx) => {
      const origins = value.split(',').map((o) => o.trim()).filter(Boolean);
      for (const origin of origins) {
        if (!isOrigin(origin)) {
          ctx.addIssue({ code: 'custom', message: `"${origin}" is not an origin like https://example.org or http://localhost:3000 (no path, no *)` });
        }
      }
      return origins;
    }),
});

/** An exact web origin: http(s), a host, an optional port, nothing else. */
function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === text;
  } catch {
    return false;
  }
}

export type Config = Readonly<z.infer<typeof EnvSchema>>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`config: invalid environment\n${lines.join('\n')}`);
  }
  return Object.freeze(parsed.data);
}

let cached: Config | undefined;
/** The process-wide config, read once. */
export function config(): Config {
  cached ??= loadConfig();
  return cached;
}
