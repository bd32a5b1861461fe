// The team's shared data (../shared): cases that need it skip, saying why, when it is absent (e.g. a fresh clone elsewhere).
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestContext } from 'vitest';

export const SHARED_CORPUS = path.resolve('../shared/corpus/allsides-international.jsonl');

/** Skips the running test with a visible reason when `file` (default: the shared corpus) is absent. */
export function skipWithoutShared(ctx: TestContext, file = SHARED_CORPUS): void {
  ctx.skip(!existsSync(file), `needs ${file} (the team's shared data, ../shared next to the repository); absent here`);
}
