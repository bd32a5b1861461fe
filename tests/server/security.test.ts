// Hygiene of what the server says and logs, without a database: redaction, escaping, one JSON line per event, CORS
// headers for listed origins only, content negotiation of the playground, and the settings behind them.
import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { openDriver } from '../../src/graph/driver.js';
import { redactSecrets, redactUrlCredentials } from '../../src/redact.js';
import { corsHeadersFor } from '../../src/server/cors.js';
import { escapeControl } from '../../src/server/log.js';
import { chooseEncoding } from '../../src/server/playground.js';
import { captureLogger } from '../helpers/logs.js';

describe('credentials are redacted', () => {
  test.each([
    ['neo4j: cannot connect to bolt://neo4j:hunter22@db:7687: refused', 'neo4j: cannot connect to bolt://neo4j:***@db:7687: refused'],
    ['neo4j+s://admin:p%40ss:word@x.databases.neo4j.io', 'neo4j+s://admin:***@x.databases.neo4j.io'],
    ['two: http://a:b@h1/ and https://c:d@h2', 'two: http://a:***@h1/ and https://c:***@h2'],
    ['no credentials: bolt://127.0.0.1:7687 and user@example.org', 'no credentials: bolt://127.0.0.1:7687 and user@example.org'],
    ['bolt://user@host:7687 has a user and no password', 'bolt://user@host:7687 has a user and no password'],
  ])('%s', (text, expected) => {
    expect(redactUrlCredentials(text)).toBe(expected);
  });

  test('a known secret is replaced wherever it appears; a short default like "neo4j" is no secret', () => {
    expect(redactSecrets('auth failed for password Xy7-long-secret (Xy7-long-secret)', ['Xy7-long-secret'])).toBe('auth failed for password *** (***)');
    expect(redactSecrets('neo4j: auth failed', ['neo4j'])).toBe('neo4j: auth failed');
  });

  test('a connect error never shows the password of the URI or of NEO4J_PASSWORD', async () => {
    const err = await openDriver({ uri: 'bolt://neo4j:uri-secret-1@127.0.0.1:1', username: 'neo4j', password: 'env-secret-22' }).catch((e: Error) => e);
    expect(String(err)).toMatch(/cannot connect to bolt:\/\/neo4j:\*\*\*@127\.0\.0\.1:1/);
    expect(String(err)).not.toMatch(/uri-secret-1|env-secret-22/);
  });
});

describe('logs: one JSON line per event, client text inert', () => {
  test.each([
    ['a\nb', 'a\\u000ab'],
    ['\u001b[31mred', '\\u001b[31mred'],
    ['csi \u009b2J', 'csi \\u009b2J'],
    ['line\u2028sep', 'line\\u2028sep'],
    ['plain-id_1.2:3', 'plain-id_1.2:3'],
  ])('escapeControl(%j)', (text, expected) => {
    expect(escapeControl(text)).toBe(expected);
  });

  test('a newline and a forged JSON object inside a field stay in one line', () => {
    const lines: string[] = [];
    const logger = captureLogger(lines, 'debug');
    const forged = 'abc\n{"level":60,"msg":"forged"}\r\n';
    logger.info({ clientRequestId: forged }, 'request');
    logger.warn(`message with ${forged}`);
    expect(lines).toHaveLength(2);
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed[0]).toMatchObject({ msg: 'request', clientRequestId: forged, name: 'newsgraph' });
    expect(parsed.some((p) => p.msg === 'forged')).toBe(false);
  });

  test('passwords in messages, fields and errors are redacted', () => {
    const lines: string[] = [];
    const logger = captureLogger(lines, 'info', 'env-secret-22');
    logger.error({ err: new Error('cannot connect to bolt://neo4j:uri-secret-1@db:7687') }, 'connect failed');
    logger.info({ uri: 'neo4j://u:uri-secret-1@h', note: 'password env-secret-22' }, 'using env-secret-22');
    logger.info({ password: 'env-secret-22', headers: { authorization: 'Basic abc' } }, 'auth');
    const text = lines.join('\n');
    expect(text).not.toMatch(/uri-secret-1|env-secret-22|Basic abc/);
    expect(JSON.parse(lines[0]).err.message).toBe('cannot connect to bolt://neo4j:***@db:7687');
  });
});

describe('CORS: only listed origins, never credentials', () => {
  const allowed = new Set(['https://app.example.org']);
  test.each([
    ['https://app.example.org', 'https://app.example.org'],
    ['https://evil.example', undefined],
    ['https://app.example.org.evil.example', undefined],
    ['null', undefined],
    [null, undefined],
  ])('origin %j → allow-origin %j', (origin, expected) => {
    const headers = corsHeadersFor(origin, allowed);
    expect(headers['access-control-allow-origin']).toBe(expected);
    expect(headers['access-control-allow-credentials']).toBeUndefined();
    expect(headers.vary).toBe('Origin');
  });
  test('no origin is allowed by default', () => {
    expect(corsHeadersFor('http://localhost:3000', new Set(loadConfig({}).API_CORS_ORIGINS))['access-control-allow-origin']).toBeUndefined();
  });
});

describe('playground encoding follows Accept-Encoding', () => {
  test.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['*', 'gzip'],
    ['identity', 'identity'],
    ['gzip;q=0', 'identity'],
    [null, 'identity'],
  ])('%j → %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

describe('settings', () => {
  test('NODE_ENV unset is not development (errors masked); API_CORS_ORIGINS is a list of exact origins', () => {
    expect(loadConfig({}).NODE_ENV).toBeUndefined();
    expect(loadConfig({}).API_CORS_ORIGINS).toEqual([]);
    expect(loadConfig({ API_CORS_ORIGINS: 'https://a.example, http://localhost:3000' }).API_CORS_ORIGINS).toEqual(['https://a.example', 'http://localhost:3000']);
  });
  test.each(['*', 'https://a.example/path', 'a.example', 'ftp://a.example'])('API_CORS_ORIGINS=%j is refused', (value) => {
    expect(() => loadConfig({ API_CORS_ORIGINS: value })).toThrow(ConfigError);
    expect(() => loadConfig({ API_CORS_ORIGINS: value })).toThrow(/API_CORS_ORIGINS/);
  });
});
