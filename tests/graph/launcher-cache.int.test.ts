// The compiled launcher cache: concurrent first starts compile once each into their own folder and one result is
// renamed into place (no half-written class is ever used); an incomplete folder is rebuilt; another JDK gets its own.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { checkJava, compiledLauncher, resolveClasspath } from '../../src/graph/neo4j.js';

const cache = mkdtempSync(path.join(tmpdir(), 'newsgraph-launcher-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

/** compiledLauncher in a separate process (a start of its own), printing the folder it returns. */
function compileInChild(): Promise<string> {
  const code = `const m = await import(${JSON.stringify(path.resolve('src/graph/neo4j.ts'))});
    const { loadConfig } = await import(${JSON.stringify(path.resolve('src/config.ts'))});
    const java = await m.checkJava(loadConfig(process.env));
    console.log((await m.compiledLauncher(java, await m.resolveClasspath(), undefined, ${JSON.stringify(cache)})).dir);`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`child exited ${code}: ${err}`))));
  });
}

const classesIn = (dir: string) => readdirSync(dir).sort();

test('two concurrent first starts end with one complete compiled launcher, no temporary folder left', async () => {
  const [a, b] = await Promise.all([compileInChild(), compileInChild()]);
  expect(a).toBe(b);
  expect(path.dirname(a)).toBe(cache);
  expect(classesIn(a)).toEqual(['classes', 'compiled.ok', 'launcher.jar']);
  expect(classesIn(path.join(a, 'classes'))).toEqual(['BoltPreambleGate.class', 'Launcher$1.class', 'Launcher.class']);
  expect(readdirSync(cache)).toEqual([path.basename(a)]);
}, 600_000);

test('a folder without its completion mark is rebuilt; another JDK version gets its own folder', async () => {
  const java = await checkJava(loadConfig(process.env));
  const classpath = await resolveClasspath();
  const launcher = (await compiledLauncher(java, classpath, undefined, cache))!;
  const dir = launcher.dir;
  expect(launcher).toEqual({ dir, classpath: path.join(dir, 'launcher.jar'), jar: true });
  rmSync(path.join(dir, 'compiled.ok'));
  rmSync(path.join(dir, 'launcher.jar'));
  expect(await compiledLauncher(java, classpath, undefined, cache)).toEqual(launcher);
  expect(existsSync(path.join(dir, 'launcher.jar'))).toBe(true);
  const other = (await compiledLauncher({ ...java, version: `${java.version} (another build)` }, classpath, undefined, cache))!.dir;
  expect(other).not.toBe(dir);
  expect(classesIn(other)).toEqual(classesIn(dir));
  expect(readdirSync(cache).filter((n) => n.startsWith('.tmp'))).toEqual([]);
}, 600_000);
