// GraphReads runs its statements with V8's stack capture off (the driver's per-result stack trace cost a fifth of a
// search request's CPU) and puts the process's limit back, whether the statement starts, fails or throws at once.
import { describe, expect, test } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { GraphReads, runWithoutStackCapture } from '../../src/graph/reads.js';

/** A driver whose session.run notes the stack-trace limit it ran under and answers `rows` (or throws `error`). */
function fakeDriver(seen: number[], rows: unknown[], error?: Error): Driver {
  return {
    session: () => ({
      run: () => {
        seen.push(Error.stackTraceLimit);
        if (error) throw error;
        return Promise.resolve({ records: rows.map((row) => ({ get: () => row })) });
      },
      close: async () => undefined,
    }),
  } as unknown as Driver;
}

describe('runWithoutStackCapture', () => {
  test.each<[string, () => unknown, unknown]>([
    ['a value', () => 42, 42],
    ['a new Error made inside has no frames', () => new Error('x').stack, 'Error: x'],
  ])('returns what the callback returns: %s', (_name, start, expected) => {
    const before = Error.stackTraceLimit;
    expect(runWithoutStackCapture(start)).toBe(expected);
    expect(Error.stackTraceLimit).toBe(before);
  });

  test('restores the limit when the callback throws', () => {
    const before = Error.stackTraceLimit;
    expect(() =>
      runWithoutStackCapture(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(Error.stackTraceLimit).toBe(before);
  });
});

describe('GraphReads statements', () => {
  test('run with stack capture off, and the limit is back afterwards', async () => {
    const before = Error.stackTraceLimit;
    const seen: number[] = [];
    const reads = new GraphReads(fakeDriver(seen, [{ id: 'person:a' }]), 'neo4j', 1000);
    expect(await reads.entitiesByIds(['person:a'])).toEqual([{ id: 'person:a' }]);
    expect(seen).toEqual([0]);
    expect(Error.stackTraceLimit).toBe(before);
  });

  test('a statement that fails at once keeps its message, and the limit is back', async () => {
    const before = Error.stackTraceLimit;
    const seen: number[] = [];
    const reads = new GraphReads(fakeDriver(seen, [], new Error('Neo.ClientError.Statement.SyntaxError: bad')), 'neo4j', 1000);
    await expect(reads.entitiesByIds(['person:a'])).rejects.toThrow('SyntaxError: bad');
    expect(seen).toEqual([0]);
    expect(Error.stackTraceLimit).toBe(before);
  });
});
