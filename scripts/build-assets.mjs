// Second step of `npm run build`: copies src/'s non-TypeScript files (the tagger's weights) beside the compiled
// JavaScript in dist/, where the modules look for them, then stamps the build (bin/launch.js compares the stamp).
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

for (const entry of readdirSync('src', { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || entry.name.endsWith('.ts')) continue;
  const from = path.join(entry.parentPath, entry.name);
  const to = path.join('dist', path.relative('src', from));
  mkdirSync(path.dirname(to), { recursive: true });
  copyFileSync(from, to);
}
writeFileSync('dist/.built', new Date().toISOString());
