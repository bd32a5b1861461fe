// `npm start` end to end (src/main.ts as a process, against the test Neo4j): the seed article served, no duplicate on a
// second start (its seeds found unchanged by one read), and Ctrl-C ends the process.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { freePort } from '../src/graph/neo4j.js';
import { cleanDatabase, testConnection, testDriver } from './helpers/neo4j.js';

let driver: Driver;
let database: string;

beforeAll(async () => {
  ({ driver, database } = await testDriver());
  await cleanDatabase(driver, database);
});
afterAll(async () => {
  await cleanDatabase(driver, database);
  await driver.close();
});

/** Runs src/main.ts until it prints the playground URL, asks for the article titles, then sends SIGINT. */
async function startAndQuery(): Promise<{ titles: string[]; exitCode: number | null; output: string }> {
  const conn = testConnection();
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('src/main.ts')], {
    env: { ...process.env, NEO4J_URI: conn.uri, NEO4J_USERNAME: conn.username, NEO4J_PASSWORD: conn.password, NEO4J_DATABASE: conn.database, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    // Generous: start, seed load and the warm-up of the example queries take minutes on a busy 2-core machine.
    const timer = setTimeout(() => reject(new Error(`main did not start:\n${output}`)), 300_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes('GraphiQL playground at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`main exited early:\n${output}`)));
  });
  const res = await fetch(`http://localhost:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ articles { totalCount edges { node { title } } } }' }),
  });
  const body = (await res.json()) as { data: { articles: { edges: { node: { title: string } }[] } } };
  child.kill('SIGINT');
  return { titles: body.data.articles.edges.map((e) => e.node.title), exitCode: await exited, output };
}

test('npm start serves the seed article from Neo4j; a second start does not duplicate it; Ctrl-C exits cleanly', async () => {
  const first = await startAndQuery();
  expect(first.titles).toEqual([expect.stringMatching(/^Tillerson says US-Russia ties at ‘low point’?/)]);
  expect(first.output).toMatch(/load: 1 new/);
  // Every example query ran before the playground was announced, without an error.
  expect(first.output).not.toMatch(/warm-up:/);
  expect(first.exitCode).toBe(0);

  const second = await startAndQuery();
  expect(second.titles).toEqual(first.titles);
  // Found in place with one read: no load, no lock, no extraction workers.
  expect(second.output).toMatch(/load: 1 seed articles unchanged/);
  expect(second.output).not.toMatch(/load: \d+ new/);
  // Where the start's time went, phase by phase.
  expect(second.output).toMatch(/newsgraph: ready in [\d.]+ s \(neo4j [\d.]+ s, connect [\d.]+ s, schema [\d.]+ s, modules [\d.]+ s, seeds [\d.]+ s, server [\d.]+ s, warm-up [\d.]+ s\)/);
  expect(second.exitCode).toBe(0);
});
