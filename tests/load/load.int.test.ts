// The loader against the real Neo4j: idempotency, updates, kill-and-resume, cross-article resolution, bad input.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { loadPaths, LoadFailedError, LoadInterruptedError, type LoadSummary } from '../../src/load/index.js';
import { graphFingerprint } from '../../src/graph/fingerprint.js';
import { cleanDatabase, testConnection, testDriver } from '../helpers/neo4j.js';
import { skipWithoutShared, SHARED_CORPUS } from '../helpers/shared.js';

const SEEDS = path.resolve('seeds');

let driver: Driver;
let database: string;
let dir: string;

const load = (paths: string[], extra: { batchSize?: number; failAfterBatches?: number } = {}): Promise<LoadSummary> =>
  loadPaths(paths, { driver, database, progress: false, ...extra });
const fingerprint = () => graphFingerprint(driver, database);
const query = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(cypher, params, { database })).records.map((r) => r.toObject());

/** A seed-format article (URL line, title line, body). */
const seedText = (url: string, title: string, body: string) => `${url}\n${title}\n${body}\n`;

beforeAll(async () => {
  ({ driver, database } = await testDriver());
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-load-'));
});
beforeEach(async () => cleanDatabase(driver, database));
afterAll(async () => {
  await cleanDatabase(driver, database);
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

/** The first `n` corpus records as a .jsonl file (skipped when ../shared is absent). */
async function corpusSample(n: number): Promise<string> {
  const lines = (await readFile(SHARED_CORPUS, 'utf8')).split('\n').slice(0, n);
  const file = path.join(dir, `sample-${n}.jsonl`);
  await writeFile(file, lines.join('\n') + '\n');
  return file;
}

describe('idempotency', () => {
  test('loading the seeds twice changes nothing', async () => {
    const first = await load([SEEDS]);
    expect(first.articlesNew).toBe(1);
    const before = await fingerprint();
    expect(before.nodes).toBeGreaterThan(20);

    const second = await load([SEEDS]);
    expect(second).toMatchObject({ articlesNew: 0, articlesUpdated: 0, articlesUnchanged: 1, nodesCreated: 0, relationshipsCreated: 0 });
    expect(await fingerprint()).toEqual(before);
  });

  test('a corpus sample loads twice to the same graph', async (ctx) => {
    skipWithoutShared(ctx);
    const sample = await corpusSample(60);
    const first = await load([sample], { batchSize: 7 });
    expect(first.articlesNew + first.articlesRejected).toBe(60);
    const before = await fingerprint();
    const second = await load([sample], { batchSize: 7 });
    expect(second.articlesUnchanged).toBe(first.articlesNew);
    expect(second.nodesCreated + second.relationshipsCreated + second.nodesDeleted + second.relationshipsDeleted).toBe(0);
    expect(await fingerprint()).toEqual(before);
  });
});

describe('relation statuses', () => {
  test('a refused meeting is kept as evidence with its status, never a MET_WITH edge; an edge counts its statuses', async () => {
    const file = path.join(dir, 'statuses.txt');
    await writeFile(
      file,
      seedText(
        'https://example.com/2019/05/06/meetings.html',
        'Meetings',
        'Angela Merkel refused to meet Viktor Orban on Monday.\n\nEmmanuel Macron will meet Justin Trudeau next week.\n\nEmmanuel Macron met Justin Trudeau in Paris.\n',
      ),
    );
    await load([file]);
    expect(await query('MATCH (:Person {id: "person:angela-merkel"})-[r:MET_WITH]-() RETURN count(r) AS c')).toEqual([{ c: 0 }]);
    expect(await query('MATCH (e:Evidence {sourceId: "person:angela-merkel"}) RETURN e.status AS status, e.cue AS cue, e.kind AS kind')).toEqual([
      { status: 'refused', cue: 'meet', kind: 'meeting' },
    ]);
    expect(
      await query('MATCH (:Person {id: "person:emmanuel-macron"})-[r:MET_WITH]-(:Person {id: "person:justin-trudeau"}) RETURN r.status AS status, r.happenedCount AS happened, r.plannedCount AS planned, r.refusedCount AS refused, r.evidenceCount AS evidence'),
    ).toEqual([{ status: 'happened', happened: 1, planned: 1, refused: 0, evidence: 2 }]);
  });
});

describe('updates', () => {
  test('a changed article replaces its own facts: no orphaned quotes or stale evidence', async () => {
    const url = 'https://example.com/2017/04/12/talks.html';
    const file = path.join(dir, 'update.txt');
    await writeFile(
      file,
      seedText(url, 'Talks in Moscow', 'Rex Tillerson met with Vladimir Putin in Moscow on Wednesday.\n\n"We need to talk," Tillerson said.\n'),
    );
    await load([file]);
    expect(await query('MATCH (q:Quote) RETURN q.text AS text')).toEqual([{ text: expect.stringContaining('We need to talk') }]);
    expect(await query('MATCH (:Person {id: "person:rex-tillerson"})-[r:MET_WITH]-(:Person {id: "person:vladimir-putin"}) RETURN count(r) AS c')).toEqual([{ c: 1 }]);

    await writeFile(file, seedText(url, 'Talks in Moscow', 'Angela Merkel said Germany will wait.\n'));
    const summary = await load([file]);
    expect(summary).toMatchObject({ articlesUpdated: 1, articlesNew: 0 });
    expect(await query('MATCH (q:Quote) RETURN q.text AS text')).toEqual([{ text: expect.stringContaining('Germany will wait') }]);
    expect(await query('MATCH ()-[r:MET_WITH]-() RETURN count(r) AS c')).toEqual([{ c: 0 }]);
    expect(await query('MATCH (e:Evidence) RETURN count(e) AS c')).toEqual([{ c: 0 }]);
    // Putin and Tillerson are mentioned by no article now: they are gone, not left dangling.
    expect(await query('MATCH (p:Person) RETURN p.id AS id')).toEqual([{ id: 'person:angela-merkel' }]);

    // The same graph as loading only the new version.
    const updated = await fingerprint();
    await cleanDatabase(driver, database);
    await load([file]);
    expect(await fingerprint()).toEqual(updated);
  });
});

describe('kill and resume', () => {
  test('a load interrupted between batches, then re-run, equals one clean load', async (ctx) => {
    skipWithoutShared(ctx);
    const sample = await corpusSample(40);
    await load([sample], { batchSize: 5 });
    const clean = await fingerprint();

    await cleanDatabase(driver, database);
    const failed = await load([sample], { batchSize: 5, failAfterBatches: 3 }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(LoadFailedError);
    expect((failed as LoadFailedError).cause).toBeInstanceOf(LoadInterruptedError);
    const partial = await query('MATCH (a:Article) RETURN count(a) AS c');
    expect(partial[0].c).toBeGreaterThan(0);
    expect(partial[0].c).toBeLessThan(40);
    const resumed = await load([sample], { batchSize: 5 });
    expect(resumed.articlesUnchanged).toBe(partial[0].c);
    expect(await fingerprint()).toEqual(clean);
  });
});

describe('a real kill', () => {
  test('SIGKILL of `newsgraph load` mid-run, then a re-run, equals one clean load', async (ctx) => {
    skipWithoutShared(ctx);
    const sample = await corpusSample(120);
    await load([sample], { batchSize: 5 });
    const clean = await fingerprint();
    await cleanDatabase(driver, database);

    const conn = testConnection();
    const env = { ...process.env, NEO4J_URI: conn.uri, NEO4J_USERNAME: conn.username, NEO4J_PASSWORD: conn.password, NEO4J_DATABASE: conn.database, LOAD_BATCH_SIZE: '5' };
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('src/cli.ts'), 'load', '--no-progress', sample], { env, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    // Kill it once some batches are in, long before the end.
    for (let i = 0; i < 600; i++) {
      const [{ c }] = await query('MATCH (a:Article) RETURN count(a) AS c');
      if (c >= 10) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGKILL');
    await exited;
    const partial = (await query('MATCH (a:Article) RETURN count(a) AS c'))[0].c;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(120);

    await load([sample], { batchSize: 5 });
    expect(await fingerprint()).toEqual(clean);
  });
});

describe('entity resolution across articles', () => {
  test('a titled full name, a bare surname and country aliases become one node each', async () => {
    const a = path.join(dir, 'resolve-a.txt');
    const b = path.join(dir, 'resolve-b.txt');
    await writeFile(a, seedText('https://example.com/2017/04/01/a.html', 'A', 'Secretary of State Rex Tillerson arrived in the United States on Monday.\n'));
    await writeFile(b, seedText('https://example.com/2017/04/02/b.html', 'B', 'Tillerson said the U.S. wants talks. Washington blamed Moscow.\n'));
    await load([a]);
    await load([b]);
    const people = await query('MATCH (p:Person) RETURN p.id AS id, p.role AS role, p.mentionCount AS n');
    expect(people).toEqual([{ id: 'person:rex-tillerson', role: 'Secretary of State', n: 2 }]);
    const us = await query('MATCH (a:Article)-[m:MENTIONS]->(c:Country {id: "country:US"}) RETURN a.url AS url, m.aliases AS aliases ORDER BY url');
    expect(us).toHaveLength(2);
    expect(us[1].aliases).toEqual(expect.arrayContaining(['U.S.', 'Washington']));
    // The decision is inspectable: which article linked which surface form.
    const forms = await query('MATCH (a:Article)-[m:MENTIONS]->(:Person {id: "person:rex-tillerson"}) RETURN a.url AS url, m.aliases AS aliases ORDER BY url');
    expect(forms[1].aliases).toEqual(['Tillerson']);
  });

  test('a bare surname shared by two known people is not merged into either', async () => {
    const a = path.join(dir, 'smith-a.txt');
    const b = path.join(dir, 'smith-b.txt');
    const c = path.join(dir, 'smith-c.txt');
    await writeFile(a, seedText('https://example.com/2017/05/01/a.html', 'A', 'John Smith arrived in Paris on Monday.\n'));
    await writeFile(b, seedText('https://example.com/2017/05/02/b.html', 'B', 'Mary Smith arrived in Berlin on Monday.\n'));
    await writeFile(c, seedText('https://example.com/2017/05/03/c.html', 'C', 'Smith said France will wait.\n'));
    await load([a, b]);
    await load([c]);
    const ids = (await query('MATCH (p:Person) RETURN p.id AS id ORDER BY id')).map((r) => r.id);
    expect(ids).toEqual(['person:john-smith', 'person:mary-smith', 'person:smith']);
  });
});

describe('bad input', () => {
  test('each bad file is reported with its reason, the good ones load, nothing already in the graph changes', async () => {
    await load([SEEDS]);
    const before = await fingerprint();

    const bad = path.join(dir, 'bad');
    await rm(bad, { recursive: true, force: true });
    await mkdir(bad);
    await writeFile(path.join(bad, 'latin1.txt'), Buffer.from('https://example.com/x\nTitle\nCaf\xe9 au lait\n', 'latin1'));
    await writeFile(path.join(bad, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x00]));
    await writeFile(path.join(bad, 'empty.txt'), '');
    await writeFile(path.join(bad, 'huge.txt'), 'https://example.com/huge\nHuge\n' + 'word '.repeat(4 * 1024 * 1024));
    await writeFile(path.join(bad, 'duplicate.txt'), await readFile(path.join(SEEDS, '000_c4e2f3fc947ec588.txt')));
    await writeFile(path.join(bad, 'broken.jsonl'), '{"url": "https://example.com/ok", "title": "Ok", "text": "Angela Merkel said Germany will wait."}\n{"url": \n');

    const summary = await load([bad]);
    const reasons = Object.fromEntries(summary.rejected.map((r) => [path.basename(r.origin).replace(/:\d+$/, ''), r.reason]));
    expect(reasons['latin1.txt']).toMatch(/UTF-8/);
    expect(reasons['binary.txt']).toMatch(/binary/);
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['huge.txt']).toMatch(/larger than|too large|limit/);
    expect(summary.rejected.find((r) => r.origin.includes('broken.jsonl'))?.origin).toMatch(/broken\.jsonl:2$/);
    // The duplicate of the seed is already in the graph, unchanged: skipped, not rejected and not rewritten.
    expect(summary.articlesUnchanged).toBe(1);
    expect(summary.articlesNew).toBe(1);

    // Nothing of the seed article's graph changed; only the one good record was added.
    const seedOnly = await query('MATCH (a:Article) WHERE a.url <> "https://example.com/ok" RETURN count(a) AS c');
    expect(seedOnly).toEqual([{ c: 1 }]);
    await query('MATCH (a:Article {url: "https://example.com/ok"}) DETACH DELETE a');
    await query('MATCH (n:Entity) WHERE NOT (:Article)-[:MENTIONS]->(n) DETACH DELETE n');
    await query('MATCH (q:Quote) WHERE NOT (q)-[:IN]->(:Article) DETACH DELETE q');
    expect(await fingerprint()).toEqual(before);
  });

  test('the same record twice in one run is loaded once, with a warning naming the first file', async () => {
    const one = path.join(dir, 'dup-1.txt');
    const two = path.join(dir, 'dup-2.txt');
    const text = seedText('https://example.com/2017/06/01/dup.html', 'Dup', 'Angela Merkel said Germany will wait.\n');
    await writeFile(one, text);
    await writeFile(two, text);
    const summary = await load([one, two]);
    expect(summary).toMatchObject({ articlesNew: 1, articlesUnchanged: 1, articlesRejected: 0 });
    expect(summary.warnings).toEqual([{ origin: two, reason: `same article as ${one}: skipped` }]);
  });

  test('Cypher-looking text in a title is stored as text, never run', async () => {
    const file = path.join(dir, 'hostile.txt');
    const title = `x"}) MATCH (n) DETACH DELETE n //' ; DROP CONSTRAINT article_id`;
    await writeFile(file, seedText('https://example.com/2017/06/02/hostile.html', title, 'Angela Merkel said Germany will wait.\n'));
    await load([SEEDS]);
    const summary = await load([file]);
    expect(summary.articlesNew).toBe(1);
    expect(await query('MATCH (a:Article {title: $title}) RETURN count(a) AS c', { title })).toEqual([{ c: 1 }]);
    expect(await query('MATCH (a:Article) RETURN count(a) AS c')).toEqual([{ c: 2 }]);
    const constraints = await query('SHOW CONSTRAINTS YIELD name WHERE name = "article_id" RETURN name');
    expect(constraints).toHaveLength(1);
  });
});
