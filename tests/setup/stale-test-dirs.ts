// The int setup's data folder is `.data/test-<pid of the vitest run>`, and tests that start servers of their own make
// `.data/<kind>-<pid of the test worker>`; each is removed when its run ends, but a run killed with -9 (or one whose
// teardown never ran) leaves it, a whole Neo4j store, behind. The next run's setup removes those: a folder goes only
// when the process named in it is gone and no Neo4j still runs on it (the launcher stops by itself when its parent is
// gone, but may still be shutting down), never one of a live run.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { isAlive } from '../../src/graph/neo4j.js';

/** The embedded server's pid as ensureNeo4j records it in its data folder (newsgraph-neo4j.json), if any. */
function serverPid(dir: string): number | undefined {
  try {
    const { pid } = JSON.parse(readFileSync(path.join(dir, 'newsgraph-neo4j.json'), 'utf8')) as { pid?: unknown };
    return typeof pid === 'number' && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** The folders tests make under .data (tests/setup/neo4j.global.ts, tests/graph/*.int.test.ts), the pid last. */
const TEST_DIR = /^(?:test|lifecycle|start-interrupted-[A-Z]+|parent-gone-[a-z]+|orphan-[a-z]+)-(\d+)$/;

/** Removes the test folders under `dataRoot` whose run and server are gone; returns the names removed. */
export function removeStaleTestDirs(dataRoot: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dataRoot);
  } catch {
    return []; // no .data yet
  }
  const removed: string[] = [];
  for (const name of names) {
    const run = TEST_DIR.exec(name);
    if (!run || Number(run[1]) === process.pid || isAlive(Number(run[1]))) continue;
    const dir = path.join(dataRoot, name);
    const server = serverPid(dir);
    if (server !== undefined && isAlive(server)) continue;
    rmSync(dir, { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
