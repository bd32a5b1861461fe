// Query plans follow the graph as it grows: the embedded Neo4j replans a cached plan once the statistics it was made
// with have diverged (issue 17, 6d: a surname lookup planned on the empty graph stayed slow for the launcher's 10 min).
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import { testDriver } from '../helpers/neo4j.js';

const embedded = inject('neo4jDataDir') !== undefined;
let driver: Driver;
let database: string;

beforeAll(async () => {
  ({ driver, database } = await testDriver());
});
afterAll(async () => driver.close());

describe.skipIf(!embedded)('replanning of the embedded Neo4j (skipped with NEO4J_URI: not ours to configure)', () => {
  test.each([
    ['dbms.cypher.min_replan_interval', '10s'],
    ['dbms.cypher.statistics_divergence_threshold', '0.5'],
  ])('%s is %s', async (name, value) => {
    const { records } = await driver.executeQuery('SHOW SETTINGS YIELD name, value WHERE name = $name RETURN value', { name }, { database });
    expect(records.map((r) => r.get('value'))).toEqual([value]);
  });
});
