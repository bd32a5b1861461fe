// Any input ends and never throws: long tokens, runs of dots and digits, odd Unicode, a 5 MB body. Each runs in a worker
// thread with a generous timeout: a hang guard that holds on a busy 2-core machine, not a speed target.
import { describe, expect, test } from 'vitest';
import { extractInThread } from '../helpers/extract-thread.js';

/** Minutes, not seconds: a loaded machine is 5–10× slower; only a hang (catastrophic backtracking) comes near. */
const HANG_GUARD_MS = 300_000;

describe('robustness', () => {
  test.each<[string, string]>([
    ['a run of dots', '.'.repeat(200_000)],
    ['a run of digits', '7'.repeat(200_000)],
    ['one long line of words', 'Putin said '.repeat(50_000)],
    ['a huge token', 'x'.repeat(1_000_000)],
    ['zero-width characters', 'Rex\u200b Tillerson\u200d said\ufeff “hi there now,” he said.'],
    ['mixed scripts', 'Владимир Путин met 習近平 and said “حسنا جدا”.'],
    ['lone surrogates', 'Putin \ud800 said \udfff “ok then fine” \ud83d.'],
    ['unbalanced quotes', '“'.repeat(10_000) + 'Putin said'],
    ['empty', ''],
  ])('%s', { timeout: HANG_GUARD_MS }, async (_name, body) => {
    await expect(extractInThread(body)).resolves.toMatchObject({ quotes: expect.any(Number) });
  });

  test('a 5 MB article body', { timeout: HANG_GUARD_MS }, async () => {
    // Each paragraph's quote differs (a number): the same words from the same speaker again would be one statement.
    const paragraph = (i: number) => `Secretary of State Rex Tillerson met with Vladimir Putin in Moscow on Wednesday. “We need to talk about point ${i},” he said.\n\n`;
    const count = Math.ceil((5 * 1024 * 1024) / paragraph(0).length);
    const body = Array.from({ length: count }, (_, i) => paragraph(i)).join('');
    const r = await extractInThread(body);
    expect(r.quotes).toBeGreaterThan(1000);
    expect(r.entityIds).toContain('person:rex-tillerson');
  });
});
