// schema/constraints.cypher applies twice without change and really enforces unique ids.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { applyConstraints } from '../../src/graph/constraints.js';
import { cleanDatabase, testDriver } from '../helpers/neo4j.js';

let driver: Driver;
let database: string;

beforeAll(async () => {
  ({ driver, database } = await testDriver());
  await cleanDatabase(driver, database);
});
afterAll(async () => {
  await cleanDatabase(driver, database);
  await driver.close();
});

test('applying the constraints twice changes nothing', async () => {
  const list = async () =>
    (await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name', {}, { database })).records.map((r) => r.get('name'));
  const before = await list();
  await applyConstraints(driver, database);
  expect(await list()).toEqual(before);
  expect(before).toContain('person_id');
});

test('a duplicate Person id is rejected', async () => {
  await driver.executeQuery('CREATE (:Person {id: $id})', { id: 'person:dup' }, { database });
  await expect(driver.executeQuery('CREATE (:Person {id: $id})', { id: 'person:dup' }, { database })).rejects.toThrow(/already exists/);
});

test('full-text index finds entities by alias', async () => {
  await driver.executeQuery(
    'CREATE (:Entity:Person {id: $id, name: $name, aliases: $aliases})',
    { id: 'person:rex-tillerson-ft', name: 'Rex Tillerson', aliases: ['Secretary of State Rex Tillerson', 'Tillerson'] },
    { database },
  );
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
  const res = await driver.executeQuery(
    "CALL db.index.fulltext.queryNodes('entityNames', $q) YIELD node RETURN node.id AS id",
    { q: 'secretary' },
    { database },
  );
  expect(res.records.map((r) => r.get('id'))).toContain('person:rex-tillerson-ft');
});

test('a warm apply skips what is in place and recreates only what is missing', async () => {
  await driver.executeQuery('DROP INDEX evidence_pair IF EXISTS', {}, { database });
  await driver.executeQuery('DROP CONSTRAINT curation_lock_id IF EXISTS', {}, { database });
  const names = async (show: string) => (await driver.executeQuery(`${show} YIELD name RETURN name`, {}, { database })).records.map((r) => r.get('name'));
  expect(await names('SHOW INDEXES')).not.toContain('evidence_pair');
  await applyConstraints(driver, database);
  expect(await names('SHOW INDEXES')).toContain('evidence_pair');
  expect(await names('SHOW CONSTRAINTS')).toContain('curation_lock_id');
});
