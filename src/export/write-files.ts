// Where the CLI puts an export: stdout for one file, a named file, or a folder (required for CSV's three files).
import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ExportFile } from './index.js';

export class ExportOutputError extends Error {
  override name = 'ExportOutputError';
}

/** Writes the files; returns the paths written (empty when written to stdout). */
export async function writeExportFiles(files: ExportFile[], out: string | undefined, stdout: NodeJS.WritableStream): Promise<string[]> {
  if (out === undefined) {
    if (files.length > 1) {
      throw new ExportOutputError(`export: this format writes ${files.map((f) => f.name).join(', ')}: give a folder with --out DIR`);
    }
    await pipeline(files[0].open(), stdout, { end: false });
    return [];
  }
  const target = path.resolve(out);
  const kind = statKind(target);
  let paths: string[];
  if (files.length > 1 || kind === 'dir' || out.endsWith(path.sep) || out.endsWith('/')) {
    if (kind === 'file') throw new ExportOutputError(`export: --out ${out} is a file; this format needs a folder`);
    mkdirSync(target, { recursive: true });
    paths = files.map((f) => path.join(target, f.name));
  } else {
    if (!statKind(path.dirname(target))) throw new ExportOutputError(`export: --out ${out}: folder ${path.dirname(target)} does not exist`);
    paths = [target];
  }
  for (const [i, file] of files.entries()) await pipeline(file.open(), createWriteStream(paths[i]));
  return paths;
}

function statKind(p: string): 'dir' | 'file' | null {
  try {
    return statSync(p).isDirectory() ? 'dir' : 'file';
  } catch {
    return null;
  }
}
