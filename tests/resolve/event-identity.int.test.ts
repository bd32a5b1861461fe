// Events after a real load: consolidation renames event parties ("Trump" → Donald Trump) and the events they report are
// clustered again, so one summit told with two spellings of a party is one Event node; the same pair's other summit stays apart.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { loadPaths } from '../../src/load/index.js';
import { cleanDatabase, testDriver } from '../helpers/neo4j.js';

let driver: Driver;
let database: string;
let dir: string;

const ARTICLES = [
  { url: 'https://example.com/h1', title: 'Summit', publishedAt: '2019-02-28', source: 'Example Times', text: 'President Donald Trump met North Korean leader Kim Jong Un in Hanoi on Wednesday. Mr. Trump said the summit went well.' },
  { url: 'https://example.com/h2', title: 'Hanoi', publishedAt: '2019-02-28', source: 'Example Times', text: 'Trump met Kim Jong Un in Hanoi on Wednesday. Trump said the talks were good.' },
  { url: 'https://example.com/s1', title: 'Singapore', publishedAt: '2018-06-13', source: 'Example Times', text: 'President Donald Trump met North Korean leader Kim Jong Un in Singapore on Tuesday. Mr. Trump said the summit went well.' },
];

async function events(): Promise<[string, string[], string[]][]> {
  const res = await driver.executeQuery(
    `MATCH (e:Event)-[:IN]->(a:Article)
     WITH e, collect(a.url) AS urls
     OPTIONAL MATCH (p:Entity)-[:PARTICIPATED_IN]->(e)
     WITH e, urls, collect(p.id) AS parties
     RETURN e.date AS date, urls, parties ORDER BY date`,
    {},
    { database },
  );
  return res.records.map((r) => [r.get('date') as string, (r.get('urls') as string[]).sort(), (r.get('parties') as string[]).sort()]);
}

beforeAll(async () => {
  ({ driver, database } = await testDriver());
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-event-identity-'));
});

afterAll(async () => {
  await cleanDatabase(driver, database);
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

describe('events after consolidation', () => {
  test('one Hanoi summit told as "Trump" and "Donald Trump" is one event; Singapore stays another', { timeout: 300_000 }, async () => {
    const f = path.join(dir, 'summits.jsonl');
    await writeFile(f, ARTICLES.map((r) => JSON.stringify(r)).join('\n') + '\n');
    await cleanDatabase(driver, database);
    // Without consolidation the bare "Trump" is another id, and the merge rule keeps the two reports apart.
    await loadPaths([f], { driver, database, progress: false, consolidate: false });
    expect((await events()).map(([date, urls]) => [date, urls.length])).toEqual([['2018-06-12', 1], ['2019-02-27', 1], ['2019-02-27', 1]]);

    await cleanDatabase(driver, database);
    await loadPaths([f], { driver, database, progress: false });
    expect(await events()).toEqual([
      ['2018-06-12', ['https://example.com/s1'], ['person:donald-trump', 'person:kim-jong-un']],
      ['2019-02-27', ['https://example.com/h1', 'https://example.com/h2'], ['person:donald-trump', 'person:kim-jong-un']],
    ]);
    // No participant is left pointing at the merged-away id.
    const stray = await driver.executeQuery(`MATCH (p:Entity {id: 'person:trump'}) RETURN count(p) AS n`, {}, { database });
    expect(Number(stray.records[0].get('n'))).toBe(0);
  });
});
