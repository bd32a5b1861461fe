// The GraphQL API over the seed article in the real Neo4j: the acceptance questions, batching, and hostile queries.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { loadPaths } from '../../src/load/index.js';
import { GraphReads } from '../../src/graph/reads.js';
import { createApp, startServer, type RunningServer } from '../../src/server/yoga.js';
import { cleanDatabase, testDriver } from '../helpers/neo4j.js';
import { captureLogger } from '../helpers/logs.js';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import net from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

let driver: Driver;
let database: string;
let app: ReturnType<typeof createApp>;
const appLog: string[] = [];
const config = loadConfig({ ...process.env, NODE_ENV: 'production' });

interface GqlResult {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function gql(query: string, variables?: Record<string, unknown>): Promise<GqlResult> {
  const res = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult;
}

beforeAll(async () => {
  ({ driver, database } = await testDriver());
  await cleanDatabase(driver, database);
  await loadPaths([path.resolve('seeds')], { driver, database, progress: false });
  app = createApp({ driver, database, config, logger: captureLogger(appLog) });
});
afterAll(async () => {
  await cleanDatabase(driver, database);
  await driver.close();
});

describe('the seed article answers the users’ questions', () => {
  test('Tillerson said "We need to attempt to put an end to this steady degradation."', async () => {
    const r = await gql(`{ quotes(speaker: "Rex Tillerson", first: 50) { totalCount edges { node { text direct speaker { id } article { title } evidence { sentence start end } } } } }`);
    expect(r.errors).toBeUndefined();
    const quotes = r.data!.quotes.edges.map((e: any) => e.node);
    const q = quotes.find((n: any) => n.text.includes('We need to attempt to put an end to this steady degradation'));
    expect(q).toMatchObject({ direct: true, speaker: { id: 'person:rex-tillerson' } });
    expect(q.article.title).toMatch(/Tillerson says US-Russia ties/);
    expect(q.evidence.sentence).toContain(q.text.replace(/[,.]$/, ''));
    expect(r.data!.quotes.totalCount).toBe(quotes.length);
  });

  test('stance attributions come back flagged, speech does not', async () => {
    const r = await gql(`{ quotes(speaker: "Sergey Lavrov", first: 50) { edges { node { text cue stance } } } }`);
    expect(r.errors).toBeUndefined();
    const quotes = r.data!.quotes.edges.map((e: any) => e.node);
    expect(quotes.find((n: any) => n.text.startsWith('the goal of defeating ISIS'))).toMatchObject({ cue: 'cited', stance: true });
    expect(quotes.filter((n: any) => n.cue === 'said').every((n: any) => n.stance === false)).toBe(true);
    expect(quotes.some((n: any) => n.cue === 'said')).toBe(true);
  });

  test('the stance filter splits a speaker\'s quotes into speech and stance, on every quote list', async () => {
    const all = await gql(`{ quotes(speaker: "Sergey Lavrov", first: 50) { totalCount edges { node { text stance } } } }`);
    const speech = await gql(`{ quotes(speaker: "Sergey Lavrov", stance: false, first: 50) { totalCount edges { node { text stance } } } }`);
    const stance = await gql(`{ quotes(speaker: "Sergey Lavrov", stance: true, first: 50) { totalCount edges { node { text stance } } } }`);
    for (const r of [all, speech, stance]) expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const texts = (r: GqlResult) => r.data!.quotes.edges.map((e: any) => e.node);
    expect(texts(speech).length).toBeGreaterThan(0);
    expect(texts(stance).length).toBeGreaterThan(0);
    expect(texts(speech).every((n: any) => n.stance === false)).toBe(true);
    expect(texts(stance).every((n: any) => n.stance === true)).toBe(true);
    // Nothing lost, nothing counted twice: the two halves are the whole, and each count is its page's length.
    expect(speech.data!.quotes.totalCount + stance.data!.quotes.totalCount).toBe(all.data!.quotes.totalCount);
    expect(speech.data!.quotes.totalCount).toBe(texts(speech).length);
    // The same filter on a person's own list and on an entity's quotes about it.
    const person = await gql(`{ entity(id: "person:sergey-lavrov") { ... on Person { quotes(stance: true, first: 50) { totalCount edges { node { stance } } } } } }`);
    expect(person.errors, JSON.stringify(person.errors)).toBeUndefined();
    expect(person.data!.entity.quotes.totalCount).toBe(stance.data!.quotes.totalCount);
    const about = await gql(`{ entity(id: "country:RU") { quotesAbout(stance: false, first: 50) { edges { node { stance } } } all: quotesAbout(first: 50) { totalCount } } }`);
    expect(about.errors, JSON.stringify(about.errors)).toBeUndefined();
    expect(about.data!.entity.quotesAbout.edges.every((e: any) => e.node.stance === false)).toBe(true);
    expect(about.data!.entity.quotesAbout.edges.length).toBeLessThanOrEqual(about.data!.entity.all.totalCount);
  });

  test('topSpeakers counts speech or stance alone when asked', async () => {
    const r = await gql(`{ all: topSpeakers(first: 50) { speaker { id } quotes } speech: topSpeakers(stance: false, first: 50) { speaker { id } quotes } stance: topSpeakers(stance: true, first: 50) { speaker { id } quotes } }`);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const count = (rows: any[], id: string) => rows.find((x) => x.speaker.id === id)?.quotes ?? 0;
    const lavrov = 'person:sergey-lavrov';
    expect(count(r.data!.stance, lavrov)).toBeGreaterThan(0);
    expect(count(r.data!.speech, lavrov) + count(r.data!.stance, lavrov)).toBe(count(r.data!.all, lavrov));
  });

  test('Tillerson MET_WITH Putin, with evidence from the seed article', async () => {
    const r = await gql(`{ relations(entity: "person:rex-tillerson", types: [MET_WITH]) { other { id } articleCount evidence { sentence article { url } } } }`);
    expect(r.errors).toBeUndefined();
    const putin = r.data!.relations.find((x: any) => x.other.id === 'person:vladimir-putin');
    expect(putin.articleCount).toBe(1);
    expect(putin.evidence[0].article.url).toMatch(/foxnews\.com\/politics\/2017\/04\/12/);
    expect(putin.evidence[0].sentence).toMatch(/Putin/);
  });

  test('Russia ALLIED_WITH Assad', async () => {
    const r = await gql(`{ between(a: "Russia", b: "Assad") { ... on QueryBetweenSuccess { data { type other { name } evidence { sentence } } } } }`);
    expect(r.errors, JSON.stringify(r)).toBeUndefined();
    const allied = r.data!.between.data.find((x: any) => x.type === 'ALLIED_WITH');
    expect(allied.other.name).toMatch(/Assad/);
    expect(allied.evidence[0].sentence).toBeTruthy();
  });

  test('a path from Putin to Spicer exists, every hop with evidence', async () => {
    const r = await gql(`{ path(from: "Vladimir Putin", to: "Sean Spicer") { ... on QueryPathSuccess { data { length hops { from { id } to { id } type evidence { article { title } } } } } } }`);
    expect(r.errors).toBeUndefined();
    const paths = r.data!.path.data;
    expect(paths.length).toBeGreaterThan(0);
    const hops = paths[0].hops;
    expect(hops[0].from.id).toBe('person:vladimir-putin');
    expect(hops.at(-1).to.id).toBe('person:sean-spicer');
    for (const hop of hops) expect(hop.evidence.length).toBeGreaterThan(0);
  });

  test('search says which alias matched; entity and node take stable ids', async () => {
    const r = await gql(`{ search(query: "Moscow", types: [COUNTRY]) { edges { node { matched entity { id } } } }
      entity(id: "Russia") { id ... on Country { code } }
      node(id: "person:rex-tillerson") { id ... on Person { name role } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.search.edges[0].node).toEqual({ matched: 'Moscow', entity: { id: 'country:RU' } });
    expect(r.data!.entity).toEqual({ id: 'country:RU', code: 'RU' });
    expect(r.data!.node).toEqual({ id: 'person:rex-tillerson', name: 'Rex Tillerson', role: 'Secretary of State' });
  });

  test('timeline, stats and articles read back the seed', async () => {
    const r = await gql(`{ timeline(entity: "Rex Tillerson") { totalCount edges { node { kind date } } }
      stats { articles people countries quotes metWith alliedWith }
      articles { totalCount edges { node { title publishedAt } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.stats).toMatchObject({ articles: 1, metWith: 1 });
    expect(r.data!.articles.edges[0].node.publishedAt).toBe('2017-04-12');
    const kinds = new Set(r.data!.timeline.edges.map((e: any) => e.node.kind));
    expect(kinds).toEqual(new Set(['QUOTE', 'MET_WITH', 'EVENT']));
  });
});

describe('batching', () => {
  test('a list query costs the same number of Cypher round trips for 2 items as for 20', async () => {
    const roundTrips = async (first: number) => {
      const reads = new GraphReads(driver, database, 10_000);
      const { createContext } = await import('../../src/schema/context.js');
      const { schema } = await import('../../src/schema/index.js');
      const { graphql } = await import('graphql');
      const res = await graphql({
        schema,
        source: `{ quotes(first: ${first}) { edges { node { text speaker { name } article { title } about { name } } } } }`,
        contextValue: createContext(reads, { API_MAX_PAGE_SIZE: 100, API_MAX_PATH_HOPS: 4 }),
      });
      expect(res.errors).toBeUndefined();
      expect((res.data as any).quotes.edges).toHaveLength(first);
      return reads.queries;
    };
    const few = await roundTrips(2);
    const many = await roundTrips(20);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(3); // the page, the entities (speakers and topics together), the articles
  });
});

describe('hostile queries get a clear error and the server stays up', () => {
  const expectError = (r: GqlResult, pattern: RegExp, code?: string) => {
    expect(r.errors?.length, JSON.stringify(r)).toBeGreaterThan(0);
    expect(r.errors![0].message).toMatch(pattern);
    if (code) expect(r.errors![0].extensions?.code).toBe(code);
  };

  test.each([
    ['deep nesting', `{ quotes { edges { node { speaker { quotesAbout { edges { node { speaker { quotesAbout { edges { node { text } } } } } } } } } } } }`, /depth/i],
    ['alias flood', `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: stats { articles }`).join(' ')} }`, /alias/i],
    ['token flood', `{ stats { ${'articles '.repeat(3000)} } }`, /token/i],
    ['fragment cycle', `{ stats { ...A } } fragment A on Stats { articles ...B } fragment B on Stats { people ...A }`, /cannot spread fragment|cycle/i],
    ['unknown field', `{ nope }`, /Cannot query field|validation/i],
  ])('%s', async (_name, query, pattern) => {
    expectError(await gql(query), pattern);
  });

  test('a huge page is refused with LIMIT_EXCEEDED', async () => {
    expectError(await gql(`{ quotes(first: 1000000) { totalCount } }`), /between 0 and 100|Cost limit/);
    expectError(await gql(`{ quotes(first: 101) { totalCount } }`), /between 0 and 100/, 'LIMIT_EXCEEDED');
    expectError(await gql(`{ path(from: "Putin", to: "Spicer", maxHops: 50) { __typename } }`), /maxHops/, 'LIMIT_EXCEEDED');
  });

  test('forged cursors and invalid ids get named errors', async () => {
    expectError(await gql(`{ quotes(after: "garbage") { totalCount } }`), /cursor/, 'BAD_CURSOR');
    expectError(await gql(`{ quotes(about: "Atlantis") { totalCount } }`), /no entity/, 'NOT_FOUND');
    expectError(await gql(`{ quotes(from: "yesterday") { totalCount } }`), /date/, 'BAD_USER_INPUT');
    const missing = await gql(`{ path(from: "Atlantis", to: "Putin") { __typename ... on EntityNotFoundError { ref } } }`);
    expect(missing.data!.path).toEqual({ __typename: 'EntityNotFoundError', ref: 'Atlantis' });
    expect((await gql(`{ entity(id: "person:nobody") { id } }`)).data!.entity).toBeNull();
    // Lucene syntax in user text is escaped, not interpreted.
    const lucene = await gql(`{ search(query: "Tillerson AND (* OR ~\\"") { totalCount } }`);
    expect(lucene.errors).toBeUndefined();
  });

  test('node and nodes: unknown and malformed ids are null, known ones resolve, nothing is logged per id', async () => {
    const lines: string[] = [];
    const quiet = createApp({ driver, database, config: { ...config, LOG_LEVEL: 'debug' }, logger: captureLogger(lines, 'debug') });
    const ids = ['person:rex-tillerson', 'person:nobody', "'); MATCH (n) DETACH DELETE n //", 'country:RU', 'q:nope', 'a-0000000000000000', 'x'.repeat(5000)];
    const res = await quiet.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `query ($ids: [ID!]!, $bad: ID!) { nodes(ids: $ids) { id } node(id: $bad) { id } }`, variables: { ids, bad: ids[2] } }),
    });
    const body = (await res.json()) as GqlResult;
    expect(body.errors).toBeUndefined();
    expect(body.data!.nodes).toEqual([{ id: 'person:rex-tillerson' }, null, null, { id: 'country:RU' }, null, null, null]);
    expect(body.data!.node).toBeNull();
    expect(lines.filter((l) => /"level":(40|50)/.test(l))).toEqual([]); // no warning or error line, let alone a stack per id
    const tooMany = await gql(`{ nodes(ids: [${Array.from({ length: 101 }, (_, i) => `"person:p${i}"`).join(',')}]) { id } }`);
    expect(tooMany.errors?.[0].extensions?.code).toBe('LIMIT_EXCEEDED');
  });

  test('after all of that, an ordinary query still answers', async () => {
    const r = await gql(`{ stats { articles } }`);
    expect(r.data!.stats.articles).toBe(1);
  });
});

describe('HTTP: body cap, CSRF, health, offline playground', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ driver, database, config, logger: captureLogger(appLog) }, 0);
  });
  afterAll(async () => server.close());

  test('health answers when Neo4j does', async () => {
    const res = await fetch(server.url.replace('/graphql', '/health'));
    expect(res.status).toBe(200);
  });

  test('a plain JSON POST (answered without the Fetch layer) gets what yoga itself answers: status, type, CORS, body', async () => {
    const cases: { query: string; variables?: Record<string, unknown>; operationName?: string }[] = [
      { query: '{ stats { articles quotes } }' },
      { query: '{ quotes(first: 2) { edges { node { text speaker { name } } } totalCount } }' },
      { query: 'query Q($id: ID!) { node(id: $id) { id } }', variables: { id: 'person:rex-tillerson' } },
      { query: 'query A { stats { articles } } query B { stats { quotes } }', operationName: 'B' },
      { query: '{ quotes(about: "no such entity") { totalCount } }' }, // an error in execution
      { query: '{ nope }' }, // a validation error
      { query: '{ stats { articles }' }, // a syntax error
    ];
    for (const c of cases) {
      const ask = (accept: string) =>
        fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', accept, origin: 'http://elsewhere.example' }, body: JSON.stringify(c) });
      // "application/json" takes the fast path; a list with the same preferred type goes through yoga whole.
      const [fast, whole] = await Promise.all([ask('application/json'), ask('application/json, text/plain')]);
      expect(fast.status, c.query).toBe(whole.status);
      expect(fast.headers.get('content-type'), c.query).toBe(whole.headers.get('content-type'));
      expect(fast.headers.get('vary'), c.query).toBe(whole.headers.get('vary'));
      expect(fast.headers.get('access-control-allow-origin'), c.query).toBeNull();
      expect(await fast.json(), c.query).toEqual(await whole.json());
    }
  });

  test('a body over the cap is refused with 413', async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ stats { articles } }`, pad: 'x'.repeat(config.API_MAX_BODY_BYTES) }),
    });
    expect(res.status).toBe(413);
  });

  test('a GET query without a CSRF header is refused; with one it answers', async () => {
    const url = `${server.url}?query=${encodeURIComponent('{ stats { articles } }')}`;
    expect((await fetch(url)).status).toBe(403);
    const ok = await fetch(url, { headers: { 'x-graphql-yoga-csrf': '1' } });
    expect(ok.status).toBe(200);
  });

  test('GraphiQL is served with its assets inline (no CDN) and the example queries', async () => {
    const res = await fetch(server.url, { headers: { accept: 'text/html' } });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).not.toMatch(/unpkg\.com|cdn\.jsdelivr|esm\.sh/);
    expect(html).toContain('WhoSaidWhatAboutRussia');
  });

  test('unexpected errors are masked in production', async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ stats { articles } ",',
    });
    const body = (await res.json()) as GqlResult;
    expect(body.errors?.[0].message).toBeTruthy();
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js:\d+/); // no stack traces
  });
});

describe('secure by default over HTTP', () => {
  const defaults = loadConfig({ ...process.env, NODE_ENV: undefined, API_CORS_ORIGINS: 'https://app.example.org' });
  let server: RunningServer;
  const log: string[] = [];
  beforeAll(async () => {
    server = await startServer({ driver, database, config: { ...defaults, LOG_LEVEL: 'debug' }, logger: captureLogger(log, 'debug') }, 0);
  });
  afterAll(async () => server.close());

  test('NODE_ENV unset: an unexpected error reaches the client as "Unexpected error." with no stack and no path', async () => {
    const broken = await testDriver();
    await broken.driver.close(); // every read now fails inside the driver: an unexpected error
    const lines: string[] = [];
    const masked = createApp({ driver: broken.driver, database, config: defaults, logger: captureLogger(lines) });
    const res = await masked.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { articles } }' }),
    });
    const text = await res.text();
    expect(JSON.parse(text).errors[0].message).toBe('Unexpected error.');
    expect(text).not.toMatch(/\/work\/|node_modules|\.ts:\d+|\bat \w+/); // no absolute path, no stack frame
    expect(lines.filter((l) => JSON.parse(l).level === 50)).toHaveLength(1); // logged once, on the server side
  });

  test('CORS: a listed origin is allowed without credentials; any other origin gets no CORS header', async () => {
    const ask = (origin: string, method = 'POST') =>
      fetch(server.url, {
        method,
        headers: { origin, 'content-type': 'application/json', 'access-control-request-method': 'POST' },
        body: method === 'POST' ? JSON.stringify({ query: '{ stats { articles } }' }) : undefined,
      });
    for (const method of ['POST', 'OPTIONS']) {
      const evil = await ask('https://evil.example', method);
      expect(evil.headers.get('access-control-allow-origin')).toBeNull();
      expect(evil.headers.get('access-control-allow-credentials')).toBeNull();
      const listed = await ask('https://app.example.org', method);
      expect(listed.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
      expect(listed.headers.get('access-control-allow-credentials')).toBeNull();
      expect(listed.headers.get('vary')).toMatch(/Origin/);
    }
  });

  test('request logs are JSON lines; a forged id or URL cannot add a line or a terminal escape', async () => {
    // Node refuses raw newlines in headers (400); what it lets through: quotes, braces and bytes read as C1 controls.
    const forgedId = 'x"} {"level":60,"msg":"forged"} \u009b2J';
    const { port } = new URL(server.url);
    await new Promise<void>((resolve) => {
      const socket = net.connect(Number(port), '127.0.0.1', () =>
        socket.write(Buffer.concat([
          Buffer.from('GET /health?%0A%7B%22msg%22%3A%22forged%22%7D HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Request-Id: '),
          Buffer.from(forgedId, 'latin1'),
          Buffer.from('\r\n\r\n'),
        ])),
      );
      socket.on('data', () => undefined);
      socket.on('close', () => resolve());
    });
    await expect.poll(() => log.filter((l) => l.includes('"/health?')).length).toBe(1);
    const entries = log.map((l) => JSON.parse(l) as Record<string, unknown>); // throws if any line is not JSON
    expect(entries.some((e) => e.msg === 'forged')).toBe(false);
    const line = entries.find((e) => String(e.url).startsWith('/health?'))!;
    expect(line).toMatchObject({ msg: 'request', method: 'GET', url: '/health?%0A%7B%22msg%22%3A%22forged%22%7D' });
    expect(line.clientRequestId).toBe('x"} {"level":60,"msg":"forged"} \\u009b2J');
    expect(line.requestId).toMatch(/^[0-9a-f-]{36}$/); // a fresh id replaces the unusable one
  });

  test('the playground is served compressed, with an ETag, and revalidates with 304', async () => {
    const raw = (headers: Record<string, string>) =>
      new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        httpGet(server.url, { headers: { accept: 'text/html', ...headers } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        }).on('error', reject);
      });
    const plain = await raw({});
    const br = await raw({ 'accept-encoding': 'gzip, deflate, br' });
    const gz = await raw({ 'accept-encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(plain.body.toString()).toContain('WhoSaidWhatAboutRussia');
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
    process.stderr.write(`[playground] identity ${plain.body.length} B, gzip ${gz.body.length} B, br ${br.body.length} B\n`);
    for (const r of [plain, br, gz]) {
      expect(r.headers.etag).toMatch(/^"[\w-]+"$/);
      expect(r.headers['cache-control']).toBe('no-cache');
      expect(r.headers.vary).toMatch(/Accept-Encoding/);
    }
    expect(new Set([plain.headers.etag, br.headers.etag, gz.headers.etag]).size).toBe(3); // one per representation
    const again = await raw({ 'accept-encoding': 'gzip, deflate, br', 'if-none-match': br.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const stale = await raw({ 'accept-encoding': 'br', 'if-none-match': '"something-else"' });
    expect(stale.status).toBe(200);
  });
});

// Last: it loads a second article, which the counts above do not expect.
describe('relation statuses and kinds', () => {
  test('a refused meeting is never returned as a meeting unless asked for; kinds filter calls out', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-api-'));
    const file = path.join(dir, 'statuses.txt');
    await writeFile(
      file,
      'https://example.com/2019/05/06/status.html\nStatuses\nAngela Merkel refused to meet Viktor Orban on Monday.\n\nAngela Merkel spoke with Justin Trudeau by phone.\n',
    );
    try {
      await loadPaths([file], { driver, database, progress: false });
      const fields = 'other { id } status statusCounts { status count } kinds evidence { status kind cue sentence }';
      const plain = await gql(`{ relations(entity: "Angela Merkel", types: [MET_WITH]) { ${fields} } }`);
      expect(plain.errors).toBeUndefined();
      expect(plain.data!.relations.map((r: any) => r.other.id)).toEqual(['person:justin-trudeau']);
      expect(plain.data!.relations[0]).toMatchObject({ status: 'HAPPENED', kinds: ['CALL'], evidence: [{ status: 'HAPPENED', kind: 'CALL' }] });

      const refused = await gql(`{ relations(entity: "Angela Merkel", types: [MET_WITH], statuses: [REFUSED]) { ${fields} } }`);
      expect(refused.errors).toBeUndefined();
      expect(refused.data!.relations).toEqual([
        {
          other: { id: 'person:viktor-orban' },
          status: 'REFUSED',
          statusCounts: [{ status: 'REFUSED', count: 1 }],
          kinds: ['MEETING'],
          evidence: [{ status: 'REFUSED', kind: 'MEETING', cue: 'meet', sentence: 'Angela Merkel refused to meet Viktor Orban on Monday.' }],
        },
      ]);

      const inPerson = await gql(`{ relations(entity: "Angela Merkel", types: [MET_WITH], kinds: [MEETING, TALKS, SUMMIT, VISIT]) { other { id } } }`);
      expect(inPerson.data!.relations).toEqual([]);
      // No path goes through a refused meeting.
      const between = await gql(`{ between(a: "Angela Merkel", b: "Viktor Orban") { ... on QueryBetweenSuccess { data { type } } } }`);
      expect(between.data!.between.data.filter((r: any) => r.type === 'MET_WITH')).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
