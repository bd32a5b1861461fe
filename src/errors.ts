// Turns a failure into one clear line on stderr and exit code 2 (the stack only with LOG_LEVEL=debug), after stopping
// any embedded Neo4j this process started; credentials never appear in the message.
import { config } from './config.js';
import { stopStartedNeo4j } from './graph/neo4j.js';
import { redactSecrets } from './redact.js';

let exiting = false;

export async function reportFatal(err: unknown): Promise<never> {
  if (exiting) return new Promise<never>(() => undefined); // a second failure while stopping: the first one exits
  exiting = true;
  const message = err instanceof Error ? err.message : String(err);
  const { debug, secrets } = reportingSettings();
  writeSafely(`newsgraph: ${redactSecrets(message, secrets)}\n`);
  if (debug && err instanceof Error) writeSafely(`${redactSecrets(String(err.stack), secrets)}\n`);
  await stopStartedNeo4j();
  process.exit(2);
}

/** Uncaught errors and rejections (and a broken stderr pipe) take the same path: Neo4j stopped, exit code 2. */
export function exitOnFatalErrors(): void {
  process.on('uncaughtException', (err) => void reportFatal(err));
  process.on('unhandledRejection', (err) => void reportFatal(err));
}

/** The settings that shape the report; an invalid environment is itself a fatal error, reported without them. */
function reportingSettings(): { debug: boolean; secrets: (string | undefined)[] } {
  try {
    const cfg = config();
    return { debug: cfg.LOG_LEVEL === 'debug', secrets: [cfg.NEO4J_PASSWORD] };
  } catch {
    return { debug: false, secrets: [] };
  }
}

function writeSafely(text: string): void {
  try {
    process.stderr.write(text);
  } catch {
    // stderr itself is gone (broken pipe): nothing to tell, the exit code still says it
  }
}
