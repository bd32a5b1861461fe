// Free-space guard of the embedded Neo4j's data folder: checked before Neo4j starts and before each load batch, so a
// full disk stops us with a clear error instead of Neo4j panicking mid-write (which left it down until restarted).
import { statfsSync } from 'node:fs';

export class DiskSpaceError extends Error {
  override name = 'DiskSpaceError';
}

export interface DiskGuard {
  dataDir: string;
  /** 0 turns the check off. */
  minFreeMb: number;
}

/** The folder the writer checks before each batch: set when this process uses the embedded Neo4j (not for NEO4J_URI). */
let guard: DiskGuard | undefined;

export function guardDiskSpace(g: DiskGuard | undefined): void {
  guard = g;
}

/** Free megabytes for this user on the file system holding `dir`. */
export function freeMb(dir: string): number {
  const s = statfsSync(dir);
  return Math.floor((Number(s.bavail) * Number(s.bsize)) / (1024 * 1024));
}

/** Throws DiskSpaceError when the folder's file system has less than `minFreeMb` free. */
export function checkDiskSpace({ dataDir, minFreeMb }: DiskGuard, doing: string): void {
  if (minFreeMb <= 0) return;
  const free = freeMb(dataDir);
  if (free < minFreeMb) {
    throw new DiskSpaceError(
      `neo4j: only ${free} MB free on the disk of ${dataDir}, under NEO4J_MIN_FREE_MB=${minFreeMb}; not ${doing}. ` +
        'Free some space (or lower NEO4J_MIN_FREE_MB) and run the command again: what is in the graph is kept.',
    );
  }
}

/** The writer's check before a batch: a no-op unless the embedded Neo4j's folder is guarded. */
export function checkGuardedDiskSpace(doing: string): void {
  if (guard) checkDiskSpace(guard, doing);
}
