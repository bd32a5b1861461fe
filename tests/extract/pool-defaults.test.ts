// How many extraction threads a load starts when EXTRACT_WORKERS is unset: one worker per core but one (the loader's
// thread and a local Neo4j keep a core), in a worker even when that is one; in the loader's thread on one core.
import { afterEach, describe, expect, test, vi } from 'vitest';

const cores = vi.hoisted(() => ({ n: 2 }));
vi.mock('node:os', async (importOriginal) => ({ ...(await importOriginal<typeof import('node:os')>()), availableParallelism: () => cores.n }));
const { defaultThreads, workersByDefault } = await import('../../src/extract/pool.js');

afterEach(() => {
  cores.n = 2;
});

describe('defaultThreads / workersByDefault', () => {
  test.each([
    // [cores, EXTRACT_WORKERS, threads, in worker threads]
    [1, undefined, 1, false],
    [2, undefined, 1, true],
    [4, undefined, 3, true],
    [8, undefined, 7, true],
    [2, 1, 1, false], // EXTRACT_WORKERS=1: in the loader's thread, as documented
    [2, 2, 2, false], // more than one thread is a pool anyway (createExtractor)
    [4, 1, 1, false],
  ] as const)('%i cores, EXTRACT_WORKERS=%s → %i threads, workers %s', (n, configured, threads, workers) => {
    cores.n = n;
    expect(defaultThreads(configured)).toBe(threads);
    expect(workersByDefault(configured)).toBe(workers);
  });
});
