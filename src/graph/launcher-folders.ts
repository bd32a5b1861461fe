// Compiled launcher folders (scripts/neo4j/target/launcher/<key>, ~115 MB each with its class-data archive), one per
// Launcher.java, classpath and JDK: every change of either leaves the old one behind. A start marks the folder it uses
// (and its JVM's) and removes the folders of other builds that no running process marks and none used for hours.
import { lstatSync, mkdirSync, readdirSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pidExists } from './pid.js';

/** A compiled launcher's folder, named by its key (launcherKey in neo4j.ts). */
const LAUNCHER_FOLDER = /^[0-9a-f]{16}$/;
/** A compile's temporary folder (`.tmp-<key>-<random>`, also `…-stale`), or a folder a sweep is removing. */
const LAUNCHER_TMP = /^\.tmp-[0-9a-f]{16}-/;
/** Markers `<key>.<pid>`: process <pid> uses the folder <key>. */
const IN_USE = '.in-use';
const MARKER = /^([0-9a-f]{16})\.(\d+)$/;

/**
 * A folder of another build is removed once unused (its mtime: touched when a start takes it and when that start's server
 * stops) this long, and no live process marks it. The age also covers servers of code from before the markers, which
 * could be running from it; on Linux a folder removed under a running JVM leaves it running (its files stay open).
 */
export const LAUNCHER_UNUSED_MS = 6 * 3_600_000;

/**
 * Marks the launcher folder `key` as used by process `pid` (before the folder is looked up or compiled, so a concurrent
 * sweep keeps it) and touches it. The returned function removes the mark and touches the folder again. Never throws: an
 * unmarked folder is still protected by its age.
 */
export function holdLauncher(cacheDir: string, key: string, pid: number = process.pid): () => void {
  const marker = path.join(cacheDir, IN_USE, `${key}.${pid}`);
  try {
    mkdirSync(path.dirname(marker), { recursive: true });
    writeFileSync(marker, '');
  } catch {
    /* a read-only cache: nothing is compiled into it either */
  }
  touch(path.join(cacheDir, key));
  return () => {
    rmSync(marker, { force: true });
    touch(path.join(cacheDir, key));
  };
}

function touch(dir: string): void {
  try {
    const now = new Date();
    utimesSync(dir, now, now);
  } catch {
    /* not compiled (yet) */
  }
}

/** Whether a live process marks the folder `key` (any folder when undefined); marks of ended processes are removed. */
export function launcherHeld(cacheDir: string, key?: string): boolean {
  let held = false;
  let names: string[];
  try {
    names = readdirSync(path.join(cacheDir, IN_USE));
  } catch {
    return false;
  }
  for (const name of names) {
    const m = MARKER.exec(name);
    if (!m || (key !== undefined && m[1] !== key)) continue;
    if (pidExists(Number(m[2]))) held = true;
    else rmSync(path.join(cacheDir, IN_USE, name), { force: true });
  }
  return held;
}

export interface SweepOptions {
  now?: number;
  unusedMs?: number;
}

export interface Swept {
  /** Names of the folders removed. */
  removed: string[];
  bytes: number;
}

/**
 * Removes from `cacheDir` the launcher folders other than `keep` that no live process marks and that have not been used
 * for `unusedMs`, and compiles' temporary folders as old (a compile takes a minute). A folder is first renamed away, then
 * its marks are read again: a start that marked it in between gets it back. Other names in the folder are left alone.
 */
export function sweepLaunchers(cacheDir: string, keep: string, opts: SweepOptions = {}): Swept {
  const now = opts.now ?? Date.now();
  const unusedMs = opts.unusedMs ?? LAUNCHER_UNUSED_MS;
  const swept: Swept = { removed: [], bytes: 0 };
  let names: string[];
  try {
    names = readdirSync(cacheDir);
  } catch {
    return swept;
  }
  launcherHeld(cacheDir); // marks of ended processes go
  for (const name of names) {
    const folder = LAUNCHER_FOLDER.test(name);
    if (name === keep || !(folder || LAUNCHER_TMP.test(name))) continue;
    let full = path.join(cacheDir, name);
    try {
      const st = lstatSync(full);
      if (!st.isDirectory() || now - st.mtimeMs < unusedMs) continue;
      if (folder) {
        if (launcherHeld(cacheDir, name)) continue;
        // Named like a temporary folder, with the folder's old mtime: a sweep killed here leaves it to the next one.
        const away = path.join(cacheDir, `.tmp-${name}-swept-${process.pid}`);
        renameSync(full, away);
        if (launcherHeld(cacheDir, name)) {
          try {
            renameSync(away, full);
            continue;
          } catch {
            /* the start compiled it anew meanwhile: the old copy goes */
          }
        }
        full = away;
      }
      const bytes = sizeOf(full);
      rmSync(full, { recursive: true, force: true });
      swept.removed.push(name);
      swept.bytes += bytes;
    } catch {
      /* removed by a concurrent sweep, or not ours to remove */
    }
  }
  return swept;
}

function sizeOf(file: string): number {
  const st = lstatSync(file);
  if (!st.isDirectory()) return st.size;
  return readdirSync(file).reduce((sum, name) => sum + sizeOf(path.join(file, name)), 0);
}
