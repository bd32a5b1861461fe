// The input policy end to end: a repeated URL updates its article, and `newsgraph load` exits 0 / 1 / 2 / 130.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { loadPaths } from '../../src/load/index.js';
import { graphFingerprint } from '../../src/graph/fingerprint.js';
import { freePort } from '../../src/graph/neo4j.js';
import { cleanDatabase, testDriver } from '../helpers/neo4j.js';
import { runCli, startCli, writeSyntheticJsonl } from '../helpers/cli.js';

let driver: Driver;
let database: string;
let dir: string;

const count = async (cypher: string) => (await driver.executeQuery(cypher, {}, { database })).records[0].get(0) as number;
const record = (url: string, text: string) => JSON.stringify({ url, title: 'Talks', text });

beforeAll(async () => {
  ({ driver, database } = await testDriver());
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-policy-'));
});
beforeEach(async () => cleanDatabase(driver, database));
afterAll(async () => {
  await cleanDatabase(driver, database);
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a URL repeated with different content is an update: the later record wins', () => {
  const url = 'https://example.com/2019/02/03/talks.html';
  const early = 'Rex Tillerson met with Vladimir Putin in Moscow on Wednesday.';
  const late = 'Angela Merkel said Germany will wait.';

  test.each([
    ['in the same batch', 50],
    ['in different batches', 1],
  ])('%s', async (_, batchSize) => {
    const onlyLate = path.join(dir, 'only-late.jsonl');
    await writeFile(onlyLate, record(url, late) + '\n');
    await loadPaths([onlyLate], { driver, database, batchSize });
    const expected = await graphFingerprint(driver, database);
    await cleanDatabase(driver, database);

    const both = path.join(dir, 'both.jsonl');
    await writeFile(both, [record(url, early), record('https://example.com/other', 'Emmanuel Macron arrived in Paris.'), record(url, late)].join('\n') + '\n');
    const summary = await loadPaths([both], { driver, database, batchSize });
    expect(summary.articlesRejected).toBe(0);
    expect(summary.warnings).toEqual([{ origin: `${both}:3`, reason: `same URL as ${both}:1 with different content: this later record replaces it` }]);
    // Two distinct articles, each written once: the first version of the repeated URL is never written.
    expect(summary).toMatchObject({ articlesNew: 2, articlesUpdated: 0, articlesUnchanged: 0 });

    await driver.executeQuery('MATCH (a:Article {url: "https://example.com/other"}) DETACH DELETE a', {}, { database });
    await driver.executeQuery('MATCH (n:Entity) WHERE NOT (:Article)-[:MENTIONS]->(n) DETACH DELETE n', {}, { database });
    expect(await graphFingerprint(driver, database)).toEqual(expected);
  });

  test.each([
    ['in the same batch', 50],
    ['in different batches', 1],
  ])('a re-run of the same file writes nothing and reports every article unchanged (%s)', async (_, batchSize) => {
    const file = path.join(dir, 'repeated.jsonl');
    const other = record('https://example.com/other', 'Emmanuel Macron arrived in Paris.');
    // Three records of one URL (two versions, the last one twice) around another article.
    await writeFile(file, [record(url, early), other, record(url, late), record(url, late)].join('\n') + '\n');
    const first = await loadPaths([file], { driver, database, batchSize });
    expect(first).toMatchObject({ articlesNew: 2, articlesUpdated: 0, articlesUnchanged: 1, articlesRejected: 0 });
    const loaded = await graphFingerprint(driver, database);

    const again = await loadPaths([file], { driver, database, batchSize });
    expect(again).toMatchObject({ articlesNew: 0, articlesUpdated: 0, articlesUnchanged: 3, articlesRejected: 0 });
    expect(again).toMatchObject({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });
    expect(again.warnings.map((w) => w.reason)).toEqual([`same URL as ${file}:1 with different content: this later record replaces it`, `same article as ${file}:3: skipped`]);
    expect(await graphFingerprint(driver, database)).toEqual(loaded);
  });
});

describe('exit codes of `newsgraph load`', () => {
  test('0: loaded, warnings allowed (a javascript: URL dropped, named with its line)', async () => {
    const file = path.join(dir, 'warn.jsonl');
    await writeFile(file, JSON.stringify({ url: 'javascript:alert(1)', title: 'T', text: 'Angela Merkel said Germany will wait.' }) + '\n');
    const { code, stderr } = await runCli(['load', '--no-progress', file]);
    expect(stderr).toContain(`load: warning ${file}:1: url "javascript:alert(1)" dropped: only http(s) URLs are kept`);
    expect(code).toBe(0);
    expect(await count('MATCH (a:Article) WHERE a.url IS NULL RETURN count(a)')).toBe(1);
  });

  test('1: some records rejected (an HTML page saved as .txt), the others loaded', async () => {
    const page = path.join(dir, 'page.txt');
    const good = path.join(dir, 'good.txt');
    await writeFile(page, '<!doctype html>\n<html><body><p>Hello</p></body></html>\n');
    await writeFile(good, 'https://example.com/good\nGood\nAngela Merkel said Germany will wait.\n');
    const { code, stderr } = await runCli(['load', '--no-progress', page, good]);
    expect(stderr).toMatch(/load: rejected .*page\.txt: HTML, not a text article/);
    expect(code).toBe(1);
    expect(await count('MATCH (a:Article) RETURN count(a)')).toBe(1);
  });

  test('1: an empty input file', async () => {
    const file = path.join(dir, 'empty.jsonl');
    await writeFile(file, '');
    const { code, stderr } = await runCli(['load', '--no-progress', file]);
    expect(stderr).toContain(`load: rejected ${file}: empty file`);
    expect(code).toBe(1);
  });

  test('2: fatal (no Neo4j answers at NEO4J_URI, waited for up to LOAD_RETRY_MS)', async () => {
    const file = path.join(dir, 'one.jsonl');
    await writeFile(file, record('https://example.com/one', 'Angela Merkel said Germany will wait.') + '\n');
    const { code, stderr } = await runCli(['load', '--no-progress', file], { NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`, LOAD_RETRY_MS: '0' });
    expect(stderr).toMatch(/^load: failed: neo4j: not answering \(Failed to connect to server\); gave up after 0 s trying to connect$/m);
    expect(stderr).toContain('load: nothing was committed');
    expect(code).toBe(2);
  });

  test('2: fatal at once when Neo4j refuses the password (not waited for)', async () => {
    const file = path.join(dir, 'one.jsonl');
    await writeFile(file, record('https://example.com/one', 'Angela Merkel said Germany will wait.') + '\n');
    const { code, stderr } = await runCli(['load', '--no-progress', file], { NEO4J_PASSWORD: 'not-the-password-1', LOAD_RETRY_MS: '600000' });
    expect(stderr).toMatch(/^newsgraph: neo4j: cannot connect to .*(?:unauthorized|authentication)/im);
    expect(stderr).not.toContain('not answering');
    expect(code).toBe(2);
  });

  test('130: Ctrl-C prints the summary of what was committed', async () => {
    const file = await writeSyntheticJsonl(path.join(dir, 'many.jsonl'), 3000);
    const run = startCli(['load', '--no-progress', file], { LOAD_BATCH_SIZE: '5' });
    // Interrupt once the first batches are committed (the database says so), long before the end.
    for (;;) {
      if ((await count('MATCH (a:Article) RETURN count(a)')) >= 10) break;
      await Promise.race([run.exited, new Promise((r) => setTimeout(r, 100))]);
      if (run.child.exitCode !== null) throw new Error(`load ended before it was interrupted:\n${run.stderr()}`);
    }
    run.child.kill('SIGINT');
    const { code, stderr } = await run.exited;
    expect(code).toBe(130);
    const committed = Number(/load: (\d+) new/.exec(stderr)?.[1]);
    expect(stderr).toContain('load: interrupted: what is listed above is committed');
    expect(committed).toBeGreaterThanOrEqual(10);
    expect(committed).toBeLessThan(3000);
    expect(await count('MATCH (a:Article) RETURN count(a)')).toBe(committed);
  });
});
