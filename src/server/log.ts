// Structured JSON logs of the server (pino): one line per event, so control characters in client input (a newline in
// x-request-id) are escaped inside a string and cannot forge a line; credentials are redacted in every message.
import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config.js';
import { redactSecrets } from '../redact.js';

export type { Logger };

/** Yoga's logger interface: debug/info/warn/error with free arguments. */
export type YogaLogAdapter = Record<'debug' | 'info' | 'warn' | 'error', (...args: unknown[]) => void>;

export function createLogger(config: Pick<Config, 'LOG_LEVEL' | 'NEO4J_PASSWORD'>, destination?: DestinationStream): Logger {
  const secrets = [config.NEO4J_PASSWORD];
  const clean = (value: unknown): unknown => (typeof value === 'string' ? redactSecrets(value, secrets) : value);
  return pino(
    {
      level: config.LOG_LEVEL,
      base: { name: 'newsgraph' },
      redact: { paths: ['headers.authorization', 'headers.cookie', 'password', '*.password'], censor: '***' },
      serializers: {
        err: (err: Error) => {
          const s = pino.stdSerializers.err(err);
          return { ...s, message: redactSecrets(s.message, secrets), stack: redactSecrets(String(s.stack), secrets) };
        },
      },
      formatters: {
        // Every string field of every line passes through the redaction (a URI with a password in an error message).
        log: (fields) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, clean(v)])),
      },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map(clean) as Parameters<typeof method>);
        },
      },
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

/**
 * Client text made inert for any log reader: C0 and C1 control characters (newline, ESC, CSI 0x9B …) and the Unicode
 * line separators become visible \uXXXX escapes. JSON already escapes C0; C1 and U+2028/9 it leaves raw.
 */
export function escapeControl(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Yoga's log calls as pino lines: an Error becomes `err` (one line, stack included), anything else the message. */
export function yogaLogAdapter(logger: Logger): YogaLogAdapter {
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      // Yoga logs a few debug lines per request: with debug off, build none of their text.
      if (!logger.isLevelEnabled(level)) return;
      const err = args.find((a): a is Error => a instanceof Error);
      const text = args.filter((a) => !(a instanceof Error)).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      if (err) logger[level]({ err }, text || err.message);
      else logger[level](text);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
