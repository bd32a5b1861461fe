// Where the CLI writes an export: stdout, a file, or a folder; a clear error naming the path otherwise.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ExportFile } from '../../src/export/index.js';
import { ExportOutputError, writeExportFiles } from '../../src/export/write-files.js';

const file = (name: string, body: string): ExportFile => ({ name, contentType: 'text/plain', open: () => Readable.from([body]) });
const ONE = [file('graph.gexf', '<gexf/>')];
const THREE = [file('nodes.csv', 'n'), file('edges.csv', 'e'), file('quotes.csv', 'q')];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-out-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('writeExportFiles', () => {
  test('one file and no --out: stdout, left open', async () => {
    const stdout = new PassThrough();
    const body = text(stdout);
    expect(await writeExportFiles(ONE, undefined, stdout)).toEqual([]);
    expect(stdout.writableEnded).toBe(false);
    stdout.end();
    expect(await body).toBe('<gexf/>');
  });

  test('one file and --out FILE: that file', async () => {
    const target = path.join(dir, 'my.gexf');
    expect(await writeExportFiles(ONE, target, new PassThrough())).toEqual([target]);
    expect(await readFile(target, 'utf8')).toBe('<gexf/>');
  });

  test('one file and --out an existing folder: the file inside it', async () => {
    expect(await writeExportFiles(ONE, dir, new PassThrough())).toEqual([path.join(dir, 'graph.gexf')]);
  });

  test('three files and --out DIR: the folder is made and holds them', async () => {
    const out = path.join(dir, 'new', 'csv');
    await writeExportFiles(THREE, out, new PassThrough());
    expect((await readdir(out)).sort()).toEqual(['edges.csv', 'nodes.csv', 'quotes.csv']);
    expect(await readFile(path.join(out, 'quotes.csv'), 'utf8')).toBe('q');
  });

  test.each<[string, ExportFile[], () => string, RegExp]>([
    ['three files to stdout', THREE, () => '', /writes nodes.csv, edges.csv, quotes.csv: give a folder with --out DIR/],
    ['three files over a file', THREE, () => path.join(dir, 'a-file'), /--out .*a-file is a file; this format needs a folder/],
    ['a file in a missing folder', ONE, () => path.join(dir, 'missing', 'x.gexf'), /folder .*missing does not exist/],
  ])('%s: a clear error', async (_, files, out, message) => {
    await writeFile(path.join(dir, 'a-file'), 'x');
    const target = out() || undefined;
    await expect(writeExportFiles(files, target, new PassThrough())).rejects.toThrow(ExportOutputError);
    await expect(writeExportFiles(files, target, new PassThrough())).rejects.toThrow(message);
  });
});
