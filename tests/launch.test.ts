// The launcher's rule for the V8 flags of a command that extracts in its own thread (bin/launch.js), and the worker
// pool's young generation for the same setting.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXTRACT_SEMI_SPACE_MB, EXTRACT_INTERRUPT_BUDGET, extractionV8Flags, extractsInThisThread } from '../bin/launch.js';
import { loadConfig } from '../src/config.js';
import { youngGenerationMbFor } from '../src/extract/pool.js';
import { isAlive } from '../src/graph/neo4j.js';

describe('extraction heap flags', () => {
  it('has the default the config declares', () => {
    expect(DEFAULT_EXTRACT_SEMI_SPACE_MB).toBe(loadConfig({}).EXTRACT_SEMI_SPACE_MB);
  });

  it.each([
    ['unset', {}, [`--max-semi-space-size=${DEFAULT_EXTRACT_SEMI_SPACE_MB}`, `--interrupt-budget=${EXTRACT_INTERRUPT_BUDGET}`]],
    ['32', { EXTRACT_SEMI_SPACE_MB: '32' }, ['--max-semi-space-size=32', `--interrupt-budget=${EXTRACT_INTERRUPT_BUDGET}`]],
    ['0: V8 default', { EXTRACT_SEMI_SPACE_MB: '0' }, [`--interrupt-budget=${EXTRACT_INTERRUPT_BUDGET}`]],
    ['invalid: no flag (the config check reports it)', { EXTRACT_SEMI_SPACE_MB: 'lots' }, []],
  ])('EXTRACT_SEMI_SPACE_MB %s', (_name, env, flags) => {
    expect(extractionV8Flags(env)).toEqual(flags);
  });

  it.each([
    [['extract', 'a.jsonl'], {}, true],
    [['extract', '--explain', 'a.jsonl'], {}, true],
    [['load', 'a.jsonl'], { EXTRACT_WORKERS: '1' }, true],
    [['load', '--no-progress', 'a.jsonl'], { EXTRACT_WORKERS: '2' }, false],
    [['serve'], {}, false],
    [['--help'], {}, false],
    [[], {}, false],
  ])('%j with %j extracts in its own thread: %s', (args, env, expected) => {
    expect(extractsInThisThread(args, env)).toBe(expected);
  });

  it('gives a worker the young generation of that semi-space (two semi-spaces and a large-object space of one)', () => {
    expect(youngGenerationMbFor(64)).toBe(192);
    expect(youngGenerationMbFor(0)).toBeUndefined();
  });

  it.each([
    ['extract', ['extract', 'a.jsonl'], '24', ['--max-semi-space-size=24', `--interrupt-budget=${EXTRACT_INTERRUPT_BUDGET}`]],
    ['--help', ['--help'], '24', []],
    ['extract with EXTRACT_SEMI_SPACE_MB=0', ['extract', 'a.jsonl'], '0', [`--interrupt-budget=${EXTRACT_INTERRUPT_BUDGET}`]],
  ])('%s runs in a node with %j … flags', (_name, args, semiSpaceMb, flags) => {
    const probe = spawnSync(process.execPath, [path.resolve('tests/helpers/launch-probe.mjs'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '', EXTRACT_SEMI_SPACE_MB: semiSpaceMb, PROBE_EXIT: '3' },
    });
    expect(JSON.parse(probe.stdout)).toEqual(flags);
    expect(probe.status).toBe(3); // the child's exit code is the command's
  });
});

describe('the launcher ends with the process that started it (exitWithParent)', () => {
  /** Runs the probe under a shell that waits for it (as npm waits for its script), kills the shell with -9. */
  async function orphanProbe(env: NodeJS.ProcessEnv): Promise<{ pid: number; goneWithin: (ms: number) => Promise<boolean> }> {
    const shell = spawn('sh', ['-c', `"${process.execPath}" tests/helpers/parent-watch-probe.mjs; :`], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    shell.stdout.on('data', (d: Buffer) => (out += d.toString()));
    shell.stderr.on('data', (d: Buffer) => (out += d.toString()));
    await new Promise<void>((resolve, reject) => {
      shell.stdout.on('data', () => out.includes('watching') && resolve());
      shell.once('exit', () => reject(new Error(`the probe ended first:\n${out}`)));
    });
    const line = spawnSync('ps', ['-o', 'pid=', '--ppid', String(shell.pid)], { encoding: 'utf8' }).stdout.trim();
    const pid = Number(line.split(/\s+/)[0]);
    shell.kill('SIGKILL');
    return {
      pid,
      // polls with a deadline
      goneWithin: async (ms) => {
        const until = Date.now() + ms;
        while (Date.now() < until && isAlive(pid)) await new Promise((r) => setTimeout(r, 100));
        return !isAlive(pid);
      },
    };
  }

  it('stops itself (as on SIGTERM) once its parent is gone', async () => {
    const probe = await orphanProbe({});
    expect(await probe.goneWithin(30_000)).toBe(true);
  });

  it('keeps running with NEWSGRAPH_EXIT_WITH_PARENT=0 (e.g. under nohup)', async () => {
    const probe = await orphanProbe({ NEWSGRAPH_EXIT_WITH_PARENT: '0' });
    try {
      expect(await probe.goneWithin(3_000)).toBe(false); // three polls of the watch
    } finally {
      process.kill(probe.pid, 'SIGKILL');
    }
  });
});
