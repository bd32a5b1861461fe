// Class-data sharing for the embedded Neo4j: a start and stop leave an archive beside the launcher jar, and the next
// start maps it (seen in the JVM's memory maps), so the JVM skips parsing and verifying Neo4j's classes again.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { CDS_ARCHIVE, checkJava, classDataSharing, compiledLauncher, ensureNeo4j, freePort, resolveClasspath } from '../../src/graph/neo4j.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-cds-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

test.skipIf(process.platform !== 'linux')('after one start and stop the next start maps the archive (skipped off Linux: reads /proc)', async () => {
  const cfg = loadConfig({ ...process.env, NEO4J_URI: '' });
  const java = await checkJava(cfg);
  const launcher = (await compiledLauncher(java, await resolveClasspath()))!;
  expect(launcher.jar).toBe(true);
  const archive = path.join(launcher.dir, CDS_ARCHIVE);
  const port = await freePort();
  // The first start dumps the archive when it stops (unless an earlier start already made it).
  const first = await ensureNeo4j(cfg, { dataDir, boltPort: port });
  await first.stop();
  expect(existsSync(archive)).toBe(true);
  const second = await ensureNeo4j(cfg, { dataDir, boltPort: port });
  try {
    expect(readFileSync(`/proc/${second.pid}/maps`, 'utf8')).toContain(archive);
  } finally {
    await second.stop();
  }
}, 900_000);

test('no archive options without a launcher jar, before JDK 13, or with NEWSGRAPH_NEO4J_CDS=0', () => {
  const java = { bin: 'java', major: 17, version: 'x' };
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-cds-dir-'));
  try {
    const jar = { dir, classpath: path.join(dir, 'launcher.jar'), jar: true };
    expect(classDataSharing({ ...jar, jar: false }, java)).toBeUndefined();
    expect(classDataSharing(jar, { ...java, major: 11 })).toBeUndefined();
    expect(classDataSharing(jar, java)!.args[0]).toMatch(/^-XX:ArchiveClassesAtExit=.*neo4j\.jsa\.\d+\.[0-9a-f]+\.tmp$/);
    expect(classDataSharing(jar, { ...java, major: 21 })!.args).toEqual(['-XX:+AutoCreateSharedArchive', `-XX:SharedArchiveFile=${path.join(dir, CDS_ARCHIVE)}`]);
    process.env.NEWSGRAPH_NEO4J_CDS = '0';
    expect(classDataSharing(jar, java)).toBeUndefined();
  } finally {
    delete process.env.NEWSGRAPH_NEO4J_CDS;
    rmSync(dir, { recursive: true, force: true });
  }
});
