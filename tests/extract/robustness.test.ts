// Any input ends in bounded time and never throws: long tokens, runs of dots and digits, odd Unicode, a 5 MB body.
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.js';

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
  ])('%s', { timeout: 30_000 }, (_name, body) => {
    const t0 = performance.now();
    expect(() => extract(body)).not.toThrow();
    expect(performance.now() - t0).toBeLessThan(20_000); // a hang guard, not a speed target
  });

  test('a 5 MB article body', { timeout: 60_000 }, () => {
    const paragraph = 'Secretary of State Rex Tillerson met with Vladimir Putin in Moscow on Wednesday. “We need to talk,” he said.\n\n';
    const body = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    const r = extract(body);
    expect(r.quotes.length).toBeGreaterThan(1000);
    expect(r.entities.find((e) => e.id === 'person:rex-tillerson')).toBeTruthy();
  });
});
