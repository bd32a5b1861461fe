// `npm run bench:start`: warm `npm start` to a ready playground, then the first GraphQL query (the playground's first
// example tab), median of BENCH_RUNS (3) starts on one data folder after an unmeasured first start that loads the seeds.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { freePort } from '../../src/graph/neo4j.js';
import { EXAMPLE_QUERIES } from '../../src/server/examples.js';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const dataDir = path.join(PROJECT_ROOT, '.data', `bench-start-${process.pid}`);

interface StartRun {
  readyMs: number;
  firstQueryMs: number;
  /** The start's own phase line ("ready in … (neo4j …, schema …)"). */
  phases: string;
}

/** One `npm start` (node bin/start.js, what the npm script runs): ms to the playground line, then ms of the first query. */
async function startOnce(): Promise<StartRun> {
  const [port, boltPort] = [await freePort(), await freePort()];
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/start.js')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: String(port), NEO4J_BOLT_PORT: String(boltPort), NEO4J_DATA_DIR: dataDir, NEO4J_URI: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    let err = '';
    await new Promise<void>((resolve, reject) => {
      child.stderr!.on('data', (d: Buffer) => {
        err += d.toString();
        if (err.includes('GraphiQL playground at')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before it was ready:\n${err}`)));
    });
    const readyMs = performance.now() - t0;
    const phases = /newsgraph: ready in (.*)/.exec(err)?.[1] ?? '(no phase line)';
    const q0 = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: EXAMPLE_QUERIES[0]!.query }),
    });
    const body = (await res.json()) as { errors?: unknown };
    const firstQueryMs = performance.now() - q0;
    if (body.errors) throw new Error(`first query failed: ${JSON.stringify(body.errors)}`);
    return { readyMs, firstQueryMs, phases };
  } finally {
    child.kill('SIGINT');
    await exited;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
try {
  const first = await startOnce();
  console.log(`bench:start: first start (creates the store, loads seeds/): ready ${s(first.readyMs)}, first query ${first.firstQueryMs.toFixed(0)} ms; phases: ${first.phases}`);
  const results: StartRun[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await startOnce();
    console.log(`  warm start ${i + 1}: ready ${s(r.readyMs)}, first query ${r.firstQueryMs.toFixed(0)} ms; phases: ${r.phases}`);
    results.push(r);
  }
  console.log(
    `bench:start: warm npm start to ready playground ${s(median(results.map((r) => r.readyMs)))} (target ≤ 20 s), ` +
      `first query ${median(results.map((r) => r.firstQueryMs)).toFixed(0)} ms (target ≤ 1000 ms); median of ${runs}; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`,
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
