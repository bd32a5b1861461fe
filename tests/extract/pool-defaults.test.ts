// How many extraction threads a load starts when EXTRACT_WORKERS is unset: one worker per core but one (the loader's
// thread and a local Neo4j keep a core), in a worker even when that is one; in the loader's thread on one core.
import { afterEach, describe, expect, test, vi } from 'vitest';

const cores = vi.hoisted(() => ({ n: 2 }));
vi.mock('node:os', async (importOriginal) => ({ ...(await importOriginal<typeof import('node:os')>()), availableParallelism: () => cores.n }));
const { defaultThreads, extractCommandThreads, workersByDefault } = await import('../../src/extract/pool.js');

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

// `newsgraph extract` has no Neo4j and no writer to leave a core for: one worker per core (in its thread on one core).
describe('extractCommandThreads', () => {
  test.each([
    // [cores, EXTRACT_WORKERS, threads]
    [1, undefined, 1],
    [2, undefined, 2],
    [4, undefined, 4],
    [2, 1, 1], // EXTRACT_WORKERS=1: in the command's thread
    [4, 2, 2],
  ] as const)('%i cores, EXTRACT_WORKERS=%s → %i threads', (n, configured, threads) => {
    cores.n = n;
    expect(extractCommandThreads(configured)).toBe(threads);
  });
});
