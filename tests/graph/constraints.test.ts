// The schema file's statements and the names a warm start checks them by (constraints.ts skips those in place).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CONSTRAINTS_FILE, parseCypherStatements, schemaObjectName } from '../../src/graph/constraints.js';
import { ENTITY_LABELS } from '../../src/graph/model.js';

describe('schemaObjectName', () => {
  test.each([
    ['CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE', 'person_id'],
    ['CREATE INDEX quote_article IF NOT EXISTS FOR (n:Quote) ON (n.articleId)', 'quote_article'],
    ['CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Person|Country) ON EACH [n.name]', 'entityNames'],
    ['create range index x_y if not exists for (n:X) on (n.y)', 'x_y'],
    // No name or no IF NOT EXISTS: run every time (undefined), never skipped.
    ['CREATE INDEX FOR (n:Quote) ON (n.articleId)', undefined],
    ['CREATE INDEX quote_article FOR (n:Quote) ON (n.articleId)', undefined],
    ['CALL db.awaitIndexes(300)', undefined],
  ])('%s → %s', (statement, name) => {
    expect(schemaObjectName(statement)).toBe(name);
  });

  test('every statement of schema/constraints.cypher names its object, each name once', () => {
    const names = parseCypherStatements(readFileSync(CONSTRAINTS_FILE, 'utf8')).map(schemaObjectName);
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((n) => !n)).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });

  test('every entity label of the model has its id constraint and is searched by name', () => {
    const statements = parseCypherStatements(readFileSync(CONSTRAINTS_FILE, 'utf8'));
    const fulltext = statements.find((s) => schemaObjectName(s) === 'entityNames')!;
    for (const label of ENTITY_LABELS) {
      expect(statements.some((s) => s.includes(`FOR (n:${label}) REQUIRE n.id IS UNIQUE`)), label).toBe(true);
      expect(fulltext.split(/[(|)]/).includes(label) || fulltext.includes(`n:${label}|`), label).toBe(true);
    }
  });
});
