// A cluster or Aura (neo4j:// and neo4j+s:// URIs): the loader and the API work through a routing driver, and every read
// of the API goes through a read session (routed to followers on a cluster), checked against the project's Neo4j, which
// serves a routing table of one member.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import neo4j, { type Driver, type SessionConfig } from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { openDriver } from '../../src/graph/driver.js';
import { applyConstraints } from '../../src/graph/constraints.js';
import { loadPaths } from '../../src/load/index.js';
import { startServer, type RunningServer } from '../../src/server/yoga.js';
import { cleanDatabase, testConnection } from '../helpers/neo4j.js';
import { captureLogger } from '../helpers/logs.js';

interface Opened {
  kind: 'session' | 'executeQuery';
  mode: string;
}

/** The driver, with every session it opens and every executeQuery it runs recorded with its access mode. */
function recording(driver: Driver, opened: Opened[]): Driver {
  return new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === 'session') {
        return (config: SessionConfig = {}) => {
          opened.push({ kind: 'session', mode: config.defaultAccessMode ?? neo4j.session.WRITE });
          return target.session(config);
        };
      }
      if (prop === 'executeQuery') {
        return (query: string, params?: Record<string, unknown>, config?: { routing?: string }) => {
          opened.push({ kind: 'executeQuery', mode: config?.routing === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
          return target.executeQuery(query, params, config as never);
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const conn = testConnection();
// The same server through the routing scheme a cluster or Aura is reached by (neo4j+s:// is this with TLS).
const routingUri = conn.uri.replace(/^bolt:\/\//, 'neo4j://');
let driver: Driver;
let server: RunningServer;
const opened: Opened[] = [];

async function gql(query: string): Promise<{ data?: any; errors?: unknown[] }> {
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await res.json()) as { data?: any; errors?: unknown[] };
}

beforeAll(async () => {
  driver = await openDriver({ ...conn, uri: routingUri });
  await applyConstraints(driver, conn.database);
  await cleanDatabase(driver, conn.database);
  // The loader through the routing driver: writes go to the leader (here the one member).
  await loadPaths([path.resolve('seeds')], { driver, database: conn.database, progress: false, extractThreads: 1 });
  server = await startServer({ driver: recording(driver, opened), database: conn.database, config: loadConfig({ ...process.env, NODE_ENV: 'production' }), logger: captureLogger([]) }, 0);
}, 300_000);
afterAll(async () => {
  await server?.close();
  if (driver) {
    await cleanDatabase(driver, conn.database);
    await driver.close();
  }
});

describe('a routing URI (cluster, Aura)', { timeout: 120_000 }, () => {
  test(`the project's Neo4j serves a routing table: ${routingUri} reaches a reader and a writer`, async () => {
    expect(routingUri).toMatch(/^neo4j:\/\//);
    const routing = await driver.executeQuery('CALL dbms.routing.getRoutingTable({}, $db)', { db: conn.database }, { database: 'system' });
    const roles = (routing.records[0].get('servers') as { role: string }[]).map((s) => s.role).sort();
    expect(roles).toEqual(['READ', 'ROUTE', 'WRITE']);
  });

  test('every API read goes through a read session, none through a write session', async () => {
    opened.length = 0;
    const queries = [
      `{ quotes(speaker: "Rex Tillerson", first: 5) { totalCount edges { node { text speaker { id } article { title } } } } }`,
      `{ relations(entity: "person:rex-tillerson", types: [MET_WITH]) { other { id } articleCount } }`,
      `{ entity(id: "person:rex-tillerson") { id name } }`,
      `{ node(id: "person:vladimir-putin") { id } nodes(ids: ["country:RU", "no-such-id"]) { id } }`,
      `{ topSpeakers(first: 3) { speaker { id } quotes } }`,
      `{ stats { articles } }`,
    ];
    for (const query of queries) {
      const r = await gql(query);
      expect(r.errors, query).toBeUndefined();
      expect(r.data, query).toBeTruthy();
    }
    expect(opened.length).toBeGreaterThanOrEqual(queries.length);
    expect(opened.filter((o) => o.mode !== neo4j.session.READ)).toEqual([]);
  });

  test('the read mode reaches the server: a write in a read session is refused there', async () => {
    // What makes a cluster send the API's reads to followers is this mode on each transaction; the server enforces it.
    const session = driver.session({ database: conn.database, defaultAccessMode: neo4j.session.READ });
    try {
      await expect(session.run('CREATE (:RoutingProbe)')).rejects.toThrow(/read|access mode/i);
    } finally {
      await session.close();
    }
    expect((await driver.executeQuery('MATCH (n:RoutingProbe) RETURN count(n) AS c', {}, { database: conn.database })).records[0].get('c')).toBe(0);
  });
});
