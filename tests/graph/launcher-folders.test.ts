// Compiled launcher folders of other builds are removed at a start once unused for 6 h and marked by no live process;
// the folder in use, folders another running start marks, recent ones and names that are not launchers' stay.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { holdLauncher, LAUNCHER_UNUSED_MS, launcherHeld, sweepLaunchers } from '../../src/graph/launcher-folders.js';

/** Lets a test act right after a rename done by the code under test (a concurrent start, at the worst moment). */
const fsHooks = vi.hoisted(() => ({ afterRename: undefined as undefined | ((from: string, to: string) => void) }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const renameSync = (from: string, to: string) => {
    fs.renameSync(from, to);
    fsHooks.afterRename?.(from, to);
  };
  return { ...fs, default: { ...fs, renameSync }, renameSync };
});

const root = mkdtempSync(path.join(tmpdir(), 'newsgraph-launchers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const KEEP = 'aaaaaaaaaaaaaaaa';
const OLD = 'bbbbbbbbbbbbbbbb';
const OTHER = 'cccccccccccccccc';
const HOURS = 3_600_000;

/** A compiled launcher folder (jar and a 1 MB archive) last used `ageMs` ago. */
function launcherFolder(cache: string, name: string, ageMs: number): string {
  const dir = path.join(cache, name);
  mkdirSync(path.join(dir, 'classes'), { recursive: true });
  writeFileSync(path.join(dir, 'launcher.jar'), 'jar');
  writeFileSync(path.join(dir, 'neo4j-abc-1048576.jsa'), Buffer.alloc(1 << 20));
  writeFileSync(path.join(dir, 'compiled.ok'), '17\n');
  age(dir, ageMs);
  return dir;
}

function age(file: string, ageMs: number) {
  const t = new Date(Date.now() - ageMs);
  utimesSync(file, t, t);
}

/** The pid of a process that has ended. */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', '0']);
    child.once('exit', () => resolve(child.pid!));
  });
}

const names = (dir: string) => readdirSync(dir).sort();

describe('sweepLaunchers', () => {
  test('removes folders of other builds unused for 6 h and marked by no live process; keeps the rest', async () => {
    const cache = mkdtempSync(path.join(root, 'cache-'));
    const dead = await deadPid();
    launcherFolder(cache, KEEP, 30 * HOURS); // the one this start uses, however old
    launcherFolder(cache, OLD, 7 * HOURS);
    launcherFolder(cache, OTHER, 7 * HOURS);
    launcherFolder(cache, 'dddddddddddddddd', 7 * HOURS);
    launcherFolder(cache, 'eeeeeeeeeeeeeeee', 2 * HOURS); // used 2 h ago: kept
    mkdirSync(path.join(cache, '.in-use'));
    writeFileSync(path.join(cache, '.in-use', `${OTHER}.${process.pid}`), ''); // another running start uses it
    writeFileSync(path.join(cache, '.in-use', `dddddddddddddddd.${dead}`), ''); // its process has ended
    mkdirSync(path.join(cache, `.tmp-${OLD}-x1y2z3`)); // a compile killed 7 h ago
    age(path.join(cache, `.tmp-${OLD}-x1y2z3`), 7 * HOURS);
    mkdirSync(path.join(cache, `.tmp-${KEEP}-a1b2c3`)); // a compile running now
    launcherFolder(cache, 'not-a-launcher', 30 * HOURS);
    writeFileSync(path.join(cache, 'ffffffffffffffff'), 'a file, not a folder');
    age(path.join(cache, 'ffffffffffffffff'), 30 * HOURS);

    const swept = sweepLaunchers(cache, KEEP);
    expect(swept.removed.sort()).toEqual([`.tmp-${OLD}-x1y2z3`, OLD, 'dddddddddddddddd']);
    expect(swept.bytes).toBeGreaterThan(2 << 20);
    expect(names(cache)).toEqual(['.in-use', `.tmp-${KEEP}-a1b2c3`, KEEP, OTHER, 'eeeeeeeeeeeeeeee', 'ffffffffffffffff', 'not-a-launcher']);
    expect(names(path.join(cache, '.in-use'))).toEqual([`${OTHER}.${process.pid}`]); // the dead mark went
    expect(names(path.join(cache, KEEP))).toEqual(['classes', 'compiled.ok', 'launcher.jar', 'neo4j-abc-1048576.jsa']);
  });

  test('the age limit is 6 h', () => {
    const cache = mkdtempSync(path.join(root, 'cache-'));
    launcherFolder(cache, OLD, LAUNCHER_UNUSED_MS - HOURS / 4);
    expect(sweepLaunchers(cache, KEEP).removed).toEqual([]);
    expect(sweepLaunchers(cache, KEEP, { now: Date.now() + HOURS / 2 }).removed).toEqual([OLD]);
  });

  test('an empty or missing cache folder is no error', () => {
    expect(sweepLaunchers(path.join(root, 'none'), KEEP)).toEqual({ removed: [], bytes: 0 });
  });
});

describe('holdLauncher', () => {
  test('marks the folder for its process and touches it; the release unmarks it and touches it again', () => {
    const cache = mkdtempSync(path.join(root, 'cache-'));
    const dir = launcherFolder(cache, OLD, 30 * HOURS);
    const release = holdLauncher(cache, OLD);
    expect(launcherHeld(cache, OLD)).toBe(true);
    expect(Date.now() - statSync(dir).mtimeMs).toBeLessThan(HOURS);
    // Held, and even when it is marked no longer, used just now: another build's start keeps it.
    expect(sweepLaunchers(cache, KEEP).removed).toEqual([]);
    age(dir, 30 * HOURS);
    expect(sweepLaunchers(cache, KEEP).removed).toEqual([]);
    release();
    expect(launcherHeld(cache, OLD)).toBe(false);
    expect(Date.now() - statSync(dir).mtimeMs).toBeLessThan(HOURS);
    age(dir, 30 * HOURS);
    expect(sweepLaunchers(cache, KEEP).removed).toEqual([OLD]);
  });

  test('marks a folder not compiled yet (the start marks before it looks), and the release after it is compiled', () => {
    const cache = mkdtempSync(path.join(root, 'cache-'));
    const release = holdLauncher(cache, OLD, 1234567);
    expect(existsSync(path.join(cache, OLD))).toBe(false);
    expect(names(path.join(cache, '.in-use'))).toEqual([`${OLD}.1234567`]);
    launcherFolder(cache, OLD, 0);
    release();
    expect(names(path.join(cache, '.in-use'))).toEqual([]);
  });

  test('a start that marks a folder while a sweep is removing it gets it back', () => {
    const cache = mkdtempSync(path.join(root, 'cache-'));
    launcherFolder(cache, OLD, 30 * HOURS);
    // The sweep reads the marks, renames the folder away, reads the marks again: a start marks it in between.
    let marked = 0;
    fsHooks.afterRename = (_from, to) => {
      if (path.basename(to) !== `.tmp-${OLD}-swept-${process.pid}`) return;
      marked++;
      holdLauncher(cache, OLD);
    };
    try {
      expect(sweepLaunchers(cache, KEEP).removed).toEqual([]);
    } finally {
      fsHooks.afterRename = undefined;
    }
    expect(marked).toBe(1);
    expect(names(cache)).toEqual(['.in-use', OLD]);
    expect(names(path.join(cache, OLD))).toEqual(['classes', 'compiled.ok', 'launcher.jar', 'neo4j-abc-1048576.jsa']);
  });
});
