// Starts a throwaway Neo4j for the int tests (free port, fresh data dir, its own generated password) unless NEO4J_URI
// is set; stops it after.
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { ensureNeo4j, freePort } from '../../src/graph/neo4j.js';
import { removeStaleTestDirs } from './stale-test-dirs.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; username: string; password: string; database: string };
    /** The data folder of the embedded Neo4j the setup started; absent when NEO4J_URI points elsewhere. */
    neo4jDataDir: string | undefined;
  }
}

export default async function setup(project: TestProject) {
  const cfg = loadConfig(process.env);
  // Folders of earlier runs killed before their teardown (each a whole store).
  const stale = removeStaleTestDirs(path.join(PROJECT_ROOT, '.data'));
  if (stale.length) process.stderr.write(`[int setup] removed the data folders of ended test runs: ${stale.join(', ')}\n`);
  const dataDir = path.join(PROJECT_ROOT, '.data', `test-${process.pid}`);
  const conn = await ensureNeo4j(cfg, {
    dataDir,
    boltPort: cfg.NEO4J_URI ? undefined : await freePort(),
    log: (line) => process.stderr.write(`[int setup] ${line}\n`),
  });
  project.provide('neo4j', { uri: conn.uri, username: conn.username, password: conn.password, database: conn.database });
  project.provide('neo4jDataDir', conn.embedded ? dataDir : undefined);
  return async () => {
    await conn.stop();
    if (conn.embedded) rmSync(dataDir, { recursive: true, force: true });
  };
}
