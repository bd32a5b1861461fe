// A server logger whose JSON lines land in an array, for tests that read what was logged.
import { createLogger, type Logger } from '../../src/server/log.js';

export function captureLogger(lines: string[], level: 'debug' | 'info' | 'warn' = 'info', password?: string): Logger {
  return createLogger(
    { LOG_LEVEL: level, NEO4J_PASSWORD: password },
    { write: (chunk: string) => void lines.push(...chunk.split('\n').filter(Boolean)) },
  );
}
