// Writes the printed SDL to schema/schema.graphql (a test fails when it is out of date): npm run print-schema.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { PROJECT_ROOT } from '../src/config.js';
import { schema } from '../src/schema/index.js';

const file = path.join(PROJECT_ROOT, 'schema/schema.graphql');
writeFileSync(file, printSchema(schema) + '\n');
console.log(`print-schema: wrote ${path.relative(PROJECT_ROOT, file)}`);
