// The eval gate: the database-free eval parts run in a child process and no figure may fall below its committed floor.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasShared, SHARED } from '../../scripts/eval/common.js';
import { checkFloors, readFloors, recordFloors, TOLERANCE, type Floors } from '../../scripts/eval/floors.js';
import { scorePart, type EvalPart } from '../../scripts/eval/types.js';

const part = (name: string, p: number, r: number, target?: EvalPart['target']): EvalPart => ({
  ...scorePart(name, 0, 0, 0, [], target),
  precision: p,
  recall: r,
  f1: p + r === 0 ? 0 : (2 * p * r) / (p + r),
});
const count = (name: string, value: number): EvalPart => ({ ...scorePart(name, 0, value, 0, [], [{ metric: 'value', max: 0 }]), value });

describe('eval floors', () => {
  const floors: Floors = { a: { precision: 0.8, recall: 0.6 }, refused: { value: 1 } };
  it.each([
    ['same figures', [part('a', 0.8, 0.6), count('refused', 1)], []],
    ['a drop within the tolerance', [part('a', 0.8 - TOLERANCE + 0.001, 0.6), count('refused', 1)], []],
    ['a drop beyond the tolerance', [part('a', 0.8 - TOLERANCE - 0.001, 0.6), count('refused', 1)], ['a precision']],
    ['a rise', [part('a', 0.95, 0.7), count('refused', 0)], []],
    ['a count of wrong assertions that grows (a ceiling)', [part('a', 0.8, 0.6), count('refused', 2)], ['refused value']],
    ['a floored part missing from the run', [count('refused', 1)], ['a precision', 'a recall']],
  ] as const)('%s', (_name, parts, drops) => {
    const failed = checkFloors([...parts], floors).filter((c) => !c.ok).map((c) => `${c.part} ${c.metric}`);
    expect(failed).toEqual(drops);
  });

  it('records figures cut to 4 decimals, never above what was measured (ceilings never below)', () => {
    expect(recordFloors([part('a', 0.81239, 0.5), count('refused', 0.33331)])).toEqual({
      a: { precision: 0.8123, recall: 0.5, f1: 0.619 },
      refused: { value: 0.3334 },
    });
  });

  it('the committed file floors every figure of every part as numbers', () => {
    const committed = readFloors();
    expect(Object.keys(committed).length).toBeGreaterThan(10);
    for (const metrics of Object.values(committed)) for (const v of Object.values(metrics)) expect(typeof v).toBe('number');
  });

  // A minute or two on a busy machine: the whole of CoNLL dev, PolNeAR, meet and relations gold is extracted.
  it('no eval figure (seed, conll, polnear, meet, relations) drops below its floor', async (ctx) => {
    ctx.skip(!hasShared(), `needs ${path.join(SHARED, 'gold')} (the team's shared gold data); absent here`);
    const { code, out } = await new Promise<{ code: number | null; out: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/eval/floors.ts'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.once('error', reject);
      child.once('exit', (code) => resolve({ code, out }));
    });
    // Figures, floors, targets and misses side by side in the test output, pass or fail.
    console.log(out);
    expect(code, out).toBe(0);
  }, 1_200_000);
});
