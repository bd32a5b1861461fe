// Scope-auth's per-request cache is dropped when the operation's execution ends (a WeakMap entry left behind kept each
// request's objects alive past V8's young-generation collections), and answers stay the same. No Neo4j: a stand-in
// driver answers the one entity read.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { RequestCache } from '@pothos/plugin-scope-auth';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { createApp } from '../../src/server/yoga.js';
import { createLogger } from '../../src/server/log.js';

const row = { id: 'person:vladimir-putin', type: 'Person', name: 'Vladimir Putin', mentionCount: 12, aliases: [] };
const standIn = {
  session: () => ({ run: async () => ({ records: [{ get: () => ({ ...row }) }] }), close: async () => undefined }),
} as unknown as Driver;
const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', NEO4J_URI: 'bolt://127.0.0.1:1' });
const app = createApp({ driver: standIn, database: 'neo4j', config, logger: createLogger(config) });
const post = async (query: string): Promise<unknown> => {
  const response = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return response.json();
};

afterEach(() => vi.restoreAllMocks());

describe('the scope-auth request cache after an operation', () => {
  const cases: [string, string, unknown][] = [
    ['a node found', '{ node(id: "person:vladimir-putin") { id ... on Person { name mentionCount } } }', { data: { node: { id: 'person:vladimir-putin', name: 'Vladimir Putin', mentionCount: 12 } } }],
    ['a malformed id (null, no read)', '{ node(id: "nothing") { id } }', { data: { node: null } }],
  ];
  test.each(cases)('%s: released once, answer unchanged', async (_name, query, expected) => {
    const release = vi.spyOn(RequestCache, 'clearForContext');
    expect(await post(query)).toEqual(expected);
    expect(release).toHaveBeenCalledTimes(1);
  });

  test('a query that fails validation never executes: nothing to release', async () => {
    const release = vi.spyOn(RequestCache, 'clearForContext');
    const answer = (await post('{ nope }')) as { errors?: unknown[] };
    expect(answer.errors?.length).toBe(1);
    expect(release).not.toHaveBeenCalled();
  });
});
