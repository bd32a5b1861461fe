// Starts an entry point from the compiled dist/ (built by `npm run build`, run at install) when it is up to date with
// src/; otherwise from the TypeScript source through tsx, saying so, so a stale build never runs old code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Newest modification time of the sources the build compiles. */
function newestSource() {
  let newest = statSync(path.join(ROOT, 'tsconfig.json')).mtimeMs;
  for (const entry of readdirSync(path.join(ROOT, 'src'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Whether dist/ holds `entry` (a path under dist/) built from the current src/: the build's stamp is newer than every source. */
export function builtIsCurrent(entry) {
  const stamp = path.join(ROOT, 'dist', '.built');
  return existsSync(path.join(ROOT, 'dist', entry)) && existsSync(stamp) && statSync(stamp).mtimeMs >= newestSource();
}

/** @param {'cli' | 'main'} entry */
export async function launch(entry) {
  const compiled = path.join(ROOT, 'dist', `${entry}.js`);
  if (builtIsCurrent(`${entry}.js`)) {
    await import(pathToFileURL(compiled).href);
    return;
  }
  process.stderr.write("newsgraph: dist/ is missing or older than src/; running from source (slower start; 'npm run build' fixes it)\n");
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(ROOT, 'src', `${entry}.ts`)).href);
}
