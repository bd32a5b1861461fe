// A killed test run's data folders are removed by the next run's setup; a live run's never (by pid: its own, another
// live run's, or one whose Neo4j is still shutting down).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { removeStaleTestDirs } from './stale-test-dirs.js';

const root = mkdtempSync(path.join(tmpdir(), 'newsgraph-stale-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The pid of a process that has ended. */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', '0']);
    child.once('exit', () => resolve(child.pid!));
  });
}

test('removes the folders of ended runs, keeps live ones and folders that are not a test\'s', async () => {
  const dead = await deadPid();
  const otherDead = await deadPid();
  // A live run other than this process: a child that waits until its stdin closes.
  const live = spawn(process.execPath, ['-e', 'process.stdin.resume()'], { stdio: ['pipe', 'ignore', 'ignore'] });
  try {
    const folders = {
      [`test-${dead}`]: undefined,
      [`lifecycle-${otherDead}`]: undefined,
      [`start-interrupted-SIGTERM-${dead}`]: undefined,
      [`parent-gone-ready-${dead}`]: undefined,
      [`orphan-hang-${dead}`]: undefined,
      [`test-${process.pid}`]: undefined, // this run
      [`test-${live.pid}`]: undefined, // another live run
      [`test-${otherDead}`]: live.pid, // its run is gone, its Neo4j still stopping
      neo4j: undefined, // the user's own store
      'bench-start-1': undefined,
      [`test-${dead}-copy`]: undefined,
    };
    for (const [name, server] of Object.entries(folders)) {
      mkdirSync(path.join(root, name, 'databases'), { recursive: true });
      if (server) writeFileSync(path.join(root, name, 'newsgraph-neo4j.json'), JSON.stringify({ pid: server, port: 7687 }));
    }
    const removed = removeStaleTestDirs(root);
    expect(removed.sort()).toEqual([`lifecycle-${otherDead}`, `orphan-hang-${dead}`, `parent-gone-ready-${dead}`, `start-interrupted-SIGTERM-${dead}`, `test-${dead}`].sort());
    expect(readdirSync(root).sort()).toEqual(['bench-start-1', 'neo4j', `test-${dead}-copy`, `test-${live.pid}`, `test-${otherDead}`, `test-${process.pid}`].sort());
  } finally {
    live.kill();
  }
});

test('a missing .data folder is no error', () => {
  expect(removeStaleTestDirs(path.join(root, 'absent'))).toEqual([]);
  expect(existsSync(path.join(root, 'absent'))).toBe(false);
});
