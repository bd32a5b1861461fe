// `newsgraph serve` loads only what serving needs: importing its modules evaluates none of the extraction or resolver
// code (the lexicons, ~95 MB of heap), which editors' changes import on first use, nor GraphiQL's renderer (~33 MB),
// which renders the playground in a worker thread.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = pathToFileURL(path.resolve('src')).href + '/';

/** The file URLs a fresh node process evaluates when it imports `modules`. */
async function urlsLoadedBy(modules: string[]): Promise<string[]> {
  const script = modules.map((m) => `await import(${JSON.stringify(pathToFileURL(path.resolve(m)).href)});`).join('\n');
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', path.resolve('tests/helpers/register-record-imports.mjs'), '--input-type=module', '-e', script], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  expect(code, stderr).toBe(0);
  return [...stderr.matchAll(/^loaded (\S+)$/gm)].map((m) => m[1]!);
}

/** The project's source files (relative to src/) among those URLs. */
const sourceFiles = (urls: string[]) => urls.filter((url) => url.startsWith(SRC)).map((url) => url.slice(SRC.length));

const extractionOrResolver = (files: string[]) => files.filter((f) => f.startsWith('extract/') || f.startsWith('resolve/'));

describe('what serve imports', () => {
  it('the server and the graph session load no extraction or resolver module', { timeout: 120_000 }, async () => {
    const urls = await urlsLoadedBy(['src/server/yoga.ts', 'src/graph/session.ts']);
    const loaded = sourceFiles(urls);
    expect(loaded).toContain('server/yoga.ts');
    expect(loaded).toContain('graph/curation-service.ts');
    expect(extractionOrResolver(loaded)).toEqual([]);
    expect(urls.filter((url) => url.includes('/node_modules/@graphql-yoga/render-graphiql/'))).toEqual([]);
  });

  it('editors’ changes do load them (so the check above sees such imports)', { timeout: 120_000 }, async () => {
    const loaded = sourceFiles(await urlsLoadedBy(['src/graph/curation.ts']));
    expect(extractionOrResolver(loaded)).toEqual(expect.arrayContaining(['resolve/curation.ts', 'resolve/resolve-events.ts', 'extract/entities.ts', 'extract/lexicon/places.ts']));
  });
});
