#!/usr/bin/env node
// Entry of the `newsgraph` command: runs src/cli.ts through tsx so no build step is needed.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

register();
await import(fileURLToPath(new URL('../src/cli.ts', import.meta.url)));
