#!/usr/bin/env node
// Entry of the `newsgraph` command: the compiled CLI, or the source when the build is stale (see launch.js).
import { launch } from './launch.js';

await launch('cli');
