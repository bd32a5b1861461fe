// Incremental identity consolidation against the real Neo4j: deciding only what new articles touch gives the same
// graph as a full run over everything; moving several nodes' mentions into one node in one article keeps offsets exact.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { loadPaths } from '../../src/load/index.js';
import { consolidate } from '../../src/load/consolidate.js';
import { applyMerges, readUnresolvedArticles } from '../../src/graph/consolidate.js';
import { graphFingerprint } from '../../src/graph/fingerprint.js';
import { GraphReads } from '../../src/graph/reads.js';
import { cleanDatabase, testDriver } from '../helpers/neo4j.js';

let driver: Driver;
let database: string;
let dir: string;

const FIRST = [
  { url: 'https://example.com/i1', title: 'Talks', publishedAt: '2018-03-01', source: 'Example Times', text: 'Sergei Lavrov met Rex Tillerson in Moscow. Lavrov said the talks were useful.' },
  { url: 'https://example.com/i2', title: 'Summit', publishedAt: '2018-03-02', source: 'Example Times', text: 'North Korean leader Kim Jong Un met President Donald Trump in Singapore. Mr. Kim said he wanted peace.' },
  { url: 'https://example.com/i3', title: 'Alliance', publishedAt: '2018-03-03', source: 'Example Post', text: 'The North Atlantic Treaty Organization met in Brussels. Officials said the alliance was united.' },
  { url: 'https://example.com/i4', title: 'Bushes', publishedAt: '2018-03-04', source: 'Example Post', text: 'George W. Bush spoke about his father, George H. W. Bush, on Monday.' },
];
const SECOND = [
  { url: 'https://example.com/i5', title: 'Lavrov', publishedAt: '2018-03-05', source: 'Example Times', text: 'Lavrov said the sanctions were a mistake. He spoke in Geneva.' },
  { url: 'https://example.com/i6', title: 'Nato', publishedAt: '2018-03-06', source: 'Example Post', text: 'Nato ministers said on Friday that they would meet again. NATO said Russia was a threat.' },
  { url: 'https://example.com/i7', title: 'Kim', publishedAt: '2018-03-07', source: 'Example Times', text: 'Chairman Kim said on Tuesday that talks with Washington would go on.' },
  { url: 'https://example.com/i8', title: 'Defense', publishedAt: '2018-03-08', source: 'Example Post', text: 'Sergey Lavrov spoke to Jim Mattis. The Defense Department said James Mattis would travel to Moscow.' },
];

async function file(name: string, records: object[]): Promise<string> {
  const f = path.join(dir, `${name}.jsonl`);
  await writeFile(f, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return f;
}

beforeAll(async () => {
  ({ driver, database } = await testDriver());
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-incremental-'));
});

afterAll(async () => {
  await cleanDatabase(driver, database);
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

describe('incremental identity consolidation', () => {
  test('a second load decided incrementally gives the graph a full run gives', { timeout: 300_000 }, async () => {
    const first = await file('first', FIRST);
    const second = await file('second', SECOND);

    // Full: both loads without consolidation, then one run over the whole graph.
    await cleanDatabase(driver, database);
    await loadPaths([first], { driver, database, progress: false, consolidate: false });
    await loadPaths([second], { driver, database, progress: false, consolidate: false });
    expect((await readUnresolvedArticles(driver, database)).length).toBe(FIRST.length + SECOND.length);
    const full = await consolidate(driver, database);
    expect(full.decisions).toBeGreaterThan(0);
    expect(await readUnresolvedArticles(driver, database)).toEqual([]);
    const expected = await graphFingerprint(driver, database);

    // Incremental: the loader's own run after each load.
    await cleanDatabase(driver, database);
    await loadPaths([first], { driver, database, progress: false });
    const s = await loadPaths([second], { driver, database, progress: false });
    expect(s.consolidation?.decisions).toBeGreaterThan(0);
    expect(await graphFingerprint(driver, database)).toEqual(expected);

    // Nothing left to decide: an incremental run over a covered graph reads nothing and changes nothing.
    const again = await consolidate(driver, database, { incremental: true });
    expect([again.decisions, again.entitiesRead]).toEqual([0, 0]);
    expect(await graphFingerprint(driver, database)).toEqual(expected);
  });

  test('a load left without consolidation is taken in by the next incremental run', { timeout: 300_000 }, async () => {
    await cleanDatabase(driver, database);
    await loadPaths([await file('a', FIRST)], { driver, database, progress: false });
    await loadPaths([await file('b', SECOND.slice(0, 2))], { driver, database, progress: false, consolidate: false });
    await loadPaths([await file('c', SECOND.slice(2))], { driver, database, progress: false });
    const incremental = await graphFingerprint(driver, database);
    await cleanDatabase(driver, database);
    await loadPaths([await file('d', [...FIRST, ...SECOND])], { driver, database, progress: false, consolidate: false });
    await consolidate(driver, database);
    expect(incremental).toEqual(await graphFingerprint(driver, database));
  });

  test('two nodes moved into a third in one article keep every offset on its text', { timeout: 120_000 }, async () => {
    await cleanDatabase(driver, database);
    await loadPaths([await file('e', SECOND.slice(3))], { driver, database, progress: false, consolidate: false });
    const reads = new GraphReads(driver, database, 60_000);
    const id = (await reads.articleIdByUrl('https://example.com/i8'))!;
    const before = await reads.articleMentions(id);
    const nodes = [...new Set(before.map((m) => m.entityId))].sort();
    expect(nodes.length).toBeGreaterThanOrEqual(3);
    const [into, a, b] = nodes;
    await applyMerges(driver, database, [
      { from: a, into, rule: 'variant', surfaceForms: [], articles: [id] },
      { from: b, into, rule: 'variant', surfaceForms: [], articles: [id] },
    ]);
    const body = (await reads.articleBody(id))!;
    const after = await reads.articleMentions(id);
    expect(after.length).toBe(before.length);
    for (const m of after) expect(body.slice(m.start, m.end)).toBe(m.text);
    const moved = after.filter((m) => m.entityId === into);
    expect(moved.length).toBe(before.filter((m) => [into, a, b].includes(m.entityId)).length);
    expect(new Set(moved.filter((m) => m.via).map((m) => m.via))).toEqual(new Set([a, b]));
  });
});
