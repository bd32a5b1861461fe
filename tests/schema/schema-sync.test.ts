// schema/schema.graphql is the printed SDL of the code-first schema; run `npm run print-schema` after changing types.
import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { expect, test } from 'vitest';
import { schema } from '../../src/schema/index.js';

test('schema/schema.graphql matches the code-first schema', () => {
  const printed = readFileSync('schema/schema.graphql', 'utf8');
  expect(printed, 'schema/schema.graphql is out of date: run npm run print-schema').toBe(printSchema(schema) + '\n');
});
