// Class-data sharing for the embedded Neo4j: the archive is written once — by the first stop after a complete start,
// into a file of its own linked into place whole — and mapped by later starts (seen in the JVM's memory maps), which
// then stop without dumping. A start cut short writes none; an archive that is not whole (JDK 17 maps a truncated one
// and dies of SIGBUS) or was made for other jars (JDK 17 then runs with no class sharing at all) is never handed to the
// JVM. The tests keep their compiled launcher (and archive) in a folder of their own.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { checkJava, classDataSharing, classpathStamp, compiledLauncher, ensureNeo4j, freePort, Neo4jStartError, resolveClasspath, usableArchive, type Java } from '../../src/graph/neo4j.js';

const root = mkdtempSync(path.join(tmpdir(), 'newsgraph-cds-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A small server: the archive does not depend on heap or page cache sizes. */
const config = (env: Record<string, string> = {}) => loadConfig({ ...process.env, NEO4J_URI: '', NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m', ...env });
const archivesIn = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.jsa') || n.endsWith('.jsa.tmp')).sort();
const ARCHIVE = /^neo4j-([0-9a-f]+)-(\d+)\.jsa$/;
const sizeInName = (name: string) => Number(ARCHIVE.exec(name)?.[2]);
const written = (dataDir: string) => readFileSync(path.join(dataDir, 'launcher.log'), 'utf8').match(/class-data archive \S+ written/g) ?? [];

describe.skipIf(process.platform !== 'linux')('with a real Neo4j (skipped off Linux: reads /proc)', () => {
  let cache: string;
  let launcherDir: string;
  beforeAll(async () => {
    cache = path.join(root, 'launchers');
    const launcher = (await compiledLauncher(await checkJava(config()), await resolveClasspath(), undefined, cache))!;
    expect(launcher.jar).toBe(true);
    launcherDir = launcher.dir;
  }, 600_000);

  test('a start cut short before READY (here: its start timeout) writes no archive and leaves no dump; the start removed the launcher folders of other builds that no process uses', async () => {
    // Folders of two older builds (Launcher.java since changed), unused for a day: one that no process marks, and one
    // that another running start marks (this test's own pid stands for it).
    const [unused, held] = ['0123456789abcdef', 'fedcba9876543210'].map((name) => {
      mkdirSync(path.join(cache, name, 'classes'), { recursive: true });
      writeFileSync(path.join(cache, name, 'launcher.jar'), 'jar');
      const dayAgo = new Date(Date.now() - 24 * 3_600_000);
      utimesSync(path.join(cache, name), dayAgo, dayAgo);
      return name;
    });
    mkdirSync(path.join(cache, '.in-use'), { recursive: true });
    writeFileSync(path.join(cache, '.in-use', `${held}.${process.pid}`), '');
    const dataDir = path.join(root, 'cut-short');
    const log: string[] = [];
    // 2 s: the JVM is loading Neo4j's classes (READY takes 10 s or more), which -XX:ArchiveClassesAtExit dumped at exit.
    await expect(
      ensureNeo4j(config({ NEO4J_START_TIMEOUT_MS: '2000' }), { dataDir, boltPort: await freePort(), launcherCache: cache, log: (l) => log.push(l) }),
    ).rejects.toThrow(Neo4jStartError);
    expect(archivesIn(launcherDir)).toEqual([]);
    expect(readdirSync(cache).sort()).toEqual(['.in-use', path.basename(launcherDir), held].sort());
    expect(log).toContainEqual(expect.stringMatching(new RegExp(`^neo4j: removed 1 compiled launcher folder\\(s\\) of other builds, unused for 6 h \\(0 MB\\): ${unused}$`)));
    // The failed start's own marks (its process's and its JVM's) are gone; the other start's stays.
    expect(readdirSync(path.join(cache, '.in-use'))).toEqual([`${held}.${process.pid}`]);
    rmSync(path.join(cache, held), { recursive: true });
    rmSync(path.join(cache, '.in-use', `${held}.${process.pid}`));
  }, 900_000);

  test('two starts before any archive: the first stop writes it, the second does not; the next start maps it and writes none', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map((n) => path.join(root, `data-${n}`));
    const logs: string[][] = [[], []];
    const [first, second] = await Promise.all(
      [a, b].map(async (dataDir, i) => ensureNeo4j(config(), { dataDir, boltPort: await freePort(), launcherCache: cache, log: (l) => logs[i]!.push(l) })),
    );
    await first!.stop();
    const [archive, ...others] = archivesIn(launcherDir);
    expect(others).toEqual([]);
    const size = sizeInName(archive!);
    expect(statSync(path.join(launcherDir, archive!)).size).toBe(size);
    expect(size).toBeGreaterThan(10 << 20);
    const installed = statSync(path.join(launcherDir, archive!));
    await second!.stop();
    expect([written(a).length, written(b).length]).toEqual([1, 0]);
    // The stop heard the launcher announce the dump, and waited for it: nothing was killed.
    const dumping = (log: string[]) => log.filter((l) => l.startsWith('neo4j: writing the class-data archive'));
    expect([dumping(logs[0]!).length, dumping(logs[1]!).length]).toEqual([1, 0]);
    expect(logs.flat().filter((l) => l.includes('killing it'))).toEqual([]);

    const third = await ensureNeo4j(config(), { dataDir: c, boltPort: await freePort(), launcherCache: cache });
    try {
      expect(readFileSync(`/proc/${third.pid}/maps`, 'utf8')).toContain(path.join(launcherDir, archive!));
    } finally {
      await third.stop();
    }
    expect(written(c)).toEqual([]);
    expect(archivesIn(launcherDir)).toEqual([archive]);
    expect(statSync(path.join(launcherDir, archive!)).ino).toBe(installed.ino);
  }, 900_000);

  /** Starts Neo4j on a data folder of its own, checks that it maps no archive and that none is left in the launcher's
   *  folder while it runs (a rejected one was removed), stops it (the stop writes the archive), returns the folder. */
  const startAndStopWithoutArchive = async (name: string): Promise<string> => {
    const dataDir = path.join(root, name);
    const conn = await ensureNeo4j(config(), { dataDir, boltPort: await freePort(), launcherCache: cache });
    try {
      expect(readFileSync(`/proc/${conn.pid}/maps`, 'utf8')).not.toMatch(/neo4j-[0-9a-f]+-\d+\.jsa/);
      expect(archivesIn(launcherDir)).toEqual([]);
    } finally {
      await conn.stop();
    }
    return dataDir;
  };

  test('an archive cut short is not handed to the JVM: removed, Neo4j starts, and its stop writes a whole one', async () => {
    const [archive] = archivesIn(launcherDir);
    const full = path.join(launcherDir, archive!);
    const size = statSync(full).size;
    truncateSync(full, Math.floor(size / 2)); // as a dump killed while writing would be
    const dataDir = await startAndStopWithoutArchive('data-d');
    expect(written(dataDir)).toHaveLength(1);
    const [again] = archivesIn(launcherDir);
    expect(statSync(path.join(launcherDir, again!)).size).toBe(sizeInName(again!));
  }, 900_000);

  test('an archive made for other jars (the launcher jar touched since) is replaced, not mapped', async () => {
    const [before] = archivesIn(launcherDir);
    const jar = path.join(launcherDir, 'launcher.jar');
    const t = new Date(statSync(jar).mtimeMs + 60_000);
    utimesSync(jar, t, t);
    const dataDir = await startAndStopWithoutArchive('data-e');
    const [after] = archivesIn(launcherDir);
    expect(ARCHIVE.exec(after!)?.[1]).not.toBe(ARCHIVE.exec(before!)?.[1]);
    const next = await ensureNeo4j(config(), { dataDir, boltPort: await freePort(), launcherCache: cache });
    try {
      expect(readFileSync(`/proc/${next.pid}/maps`, 'utf8')).toContain(path.join(launcherDir, after!));
    } finally {
      await next.stop();
    }
  }, 900_000);
});

/** The pid of a process that has ended. */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', '0']);
    child.once('exit', () => resolve(child.pid!));
  });
}

describe('usableArchive', () => {
  test('keeps the archive of these jars whose size is in its name; removes other sizes, other jars, dumps of dead JVMs and old names', async () => {
    const dir = path.join(root, 'unit');
    mkdirSync(dir, { recursive: true });
    const dead = await deadPid();
    writeFileSync(path.join(dir, 'neo4j-abc-5.jsa'), '12345');
    writeFileSync(path.join(dir, 'neo4j-abc-9.jsa'), '1234'); // cut short
    writeFileSync(path.join(dir, 'neo4j-def-3.jsa'), '123'); // other jars
    writeFileSync(path.join(dir, 'neo4j.jsa'), '123'); // the name before sizes: may hold the few classes of a start cut short
    writeFileSync(path.join(dir, `neo4j.${dead}.jsa.tmp`), 'x');
    writeFileSync(path.join(dir, `neo4j.${process.pid}.jsa.tmp`), 'x'); // a dump being written
    writeFileSync(path.join(dir, 'launcher.jar'), 'x');
    expect(usableArchive(dir, 'abc')).toBe(path.join(dir, 'neo4j-abc-5.jsa'));
    expect(readdirSync(dir).sort()).toEqual(['launcher.jar', 'neo4j-abc-5.jsa', `neo4j.${process.pid}.jsa.tmp`]);
    expect(usableArchive(dir, 'def')).toBeUndefined();
    expect(readdirSync(dir).sort()).toEqual(['launcher.jar', `neo4j.${process.pid}.jsa.tmp`]);
  });

  test('the classpath stamp follows each jar\'s size and modification time', () => {
    const dir = mkdtempSync(path.join(root, 'stamp-'));
    const [a, b] = [path.join(dir, 'a.jar'), path.join(dir, 'b.jar')];
    writeFileSync(a, 'a');
    writeFileSync(b, 'b');
    const cp = [a, b].join(path.delimiter);
    const stamp = classpathStamp(cp);
    expect(stamp).toMatch(/^[0-9a-f]{12}$/);
    expect(classpathStamp(cp)).toBe(stamp);
    utimesSync(b, new Date(0), new Date(0));
    expect(classpathStamp(cp)).not.toBe(stamp);
  });

  test('options: map a whole archive; else record for a dump at the stop (never at exit); none without a jar or with NEWSGRAPH_NEO4J_CDS=0', () => {
    const java: Java = { bin: 'java', major: 17, version: 'x' };
    const dir = mkdtempSync(path.join(root, 'opts-'));
    const jar = { dir, classpath: path.join(dir, 'launcher.jar'), jar: true };
    const cp = jar.classpath;
    const stamp = classpathStamp(cp);
    expect(classDataSharing({ ...jar, jar: false }, java, cp)).toBeUndefined();
    for (const major of [17, 25]) {
      const { args } = classDataSharing(jar, { ...java, major }, cp)!;
      expect(args).toContain('-XX:+RecordDynamicDumpInfo');
      expect(args).toContain(`-Dnewsgraph.cds.dir=${dir}`);
      expect(args).toContain(`-Dnewsgraph.cds.stamp=${stamp}`);
      expect(args.filter((a) => /ArchiveClassesAtExit|AutoCreateSharedArchive|SharedArchiveFile/.test(a))).toEqual([]);
    }
    writeFileSync(path.join(dir, `neo4j-${stamp}-3.jsa`), 'abc');
    expect(classDataSharing(jar, java, cp)!.args).toEqual([`-XX:SharedArchiveFile=${path.join(dir, `neo4j-${stamp}-3.jsa`)}`]);
    process.env.NEWSGRAPH_NEO4J_CDS = '0';
    try {
      expect(classDataSharing(jar, java, cp)).toBeUndefined();
    } finally {
      delete process.env.NEWSGRAPH_NEO4J_CDS;
    }
  });
});
