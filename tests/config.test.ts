import { describe, expect, test } from 'vitest';
import { loadConfig, ConfigError } from '../src/config.js';

describe('loadConfig', () => {
  test('defaults', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(4000);
    expect(c.NEO4J_URI).toBeUndefined();
    expect(c.NEO4J_DATABASE).toBe('neo4j');
  });
  test.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
  ])('rejects %j', (env, msg) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(msg);
  });
});
