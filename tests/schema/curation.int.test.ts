// Curation against the real Neo4j: auth on every mutation, decisions that survive reloads, undo, concurrency, the audit log.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { loadPaths } from '../../src/load/index.js';
import { graphFingerprint } from '../../src/graph/fingerprint.js';
import { applyRules, readRules } from '../../src/graph/curation.js';
import { createToken } from '../../src/graph/tokens.js';
import { acquireLoadLock } from '../../src/graph/load-lock.js';
import { formatCurationFile, parseCurationFile } from '../../src/resolve/curation-file.js';
import { createApp } from '../../src/server/yoga.js';
import { cleanDatabase, testDriver } from '../helpers/neo4j.js';
import { captureLogger } from '../helpers/logs.js';
import { testNeo4jEnv } from '../helpers/cli.js';

let driver: Driver;
let database: string;
let dir: string;
const config = loadConfig({ ...process.env, NODE_ENV: 'production', API_MUTATIONS_PER_MINUTE: '1000' });
let app: ReturnType<typeof createApp>;
const tokens: Record<'reader' | 'editor' | 'editor2', string> = { reader: '', editor: '', editor2: '' };

interface GqlResult {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function gql(query: string, token?: string, on = app): Promise<GqlResult> {
  const res = await on.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as GqlResult;
}
const ok = async (query: string, token = tokens.editor) => {
  const r = await gql(query, token);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
};

const ARTICLE_1 = {
  url: 'https://news.example/2018/03/05/lavrov-tillerson.html',
  title: 'Lavrov meets Tillerson',
  text: 'Sergei Lavrov met with Rex Tillerson in Moscow on Monday.\n\n"We will keep talking about Syria," Lavrov said after the meeting.\n\nTillerson told reporters that the talks would continue next month.',
};
const ARTICLE_2 = {
  url: 'https://news.example/2018/03/07/lavrov-merkel.html',
  title: 'Lavrov meets Merkel',
  text: 'Sergey Lavrov met Angela Merkel in Berlin on Wednesday.\n\n"Europe matters to Russia," Sergey Lavrov said.\n\nMerkel said the talks with Rex Tillerson had been useful.',
};

async function corpus(name: string, articles: object[]): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  return file;
}
// Identity consolidation would merge the two spellings of Lavrov by itself (tests/resolve/identity.int.test.ts): these
// tests are about the editors' decisions, so their loads leave it out.
const load = (file: string) => loadPaths([file], { driver, database, progress: false, consolidate: false });
const fingerprint = () => graphFingerprint(driver, database);
const query = async (cypher: string, params: Record<string, unknown> = {}) => (await driver.executeQuery(cypher, params, { database })).records.map((r) => r.toObject());

/** Content nodes with no relationship at all (rules and operational nodes stand alone by design). */
const orphans = async () =>
  (await query(`MATCH (n) WHERE (n:Entity OR n:Quote OR n:Evidence OR n:Article) AND NOT (n)--() RETURN n.id AS id`)).map((r) => r.id);
/** Entity aggregates that disagree with their MENTIONS. */
const badCounts = async () =>
  query(`MATCH (n:Entity) WHERE NOT n:Event
         OPTIONAL MATCH (:Article)-[m:MENTIONS]->(n)
         WITH n, sum(m.count) AS c WHERE c <> n.mentionCount RETURN n.id AS id, c, n.mentionCount AS stored`);
const lavrovs = async () => (await query(`MATCH (p:Person) WHERE p.id STARTS WITH 'person:serge' RETURN p.id AS id ORDER BY id`)).map((r) => r.id);

const MERGE = `mutation { mergeEntities(ids: ["person:sergey-lavrov"], into: "person:sergei-lavrov", reason: "same man") { auditId entity { id name mentionCount } } }`;

beforeAll(async () => {
  ({ driver, database } = await testDriver());
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-curation-'));
  app = createApp({ driver, database, config, logger: captureLogger([]) });
});
/** An empty database with fresh tokens for a reader and two editors. */
async function resetDatabase() {
  await cleanDatabase(driver, database);
  tokens.reader = await createToken(driver, database, 'rita', 'reader');
  tokens.editor = await createToken(driver, database, 'alice', 'editor');
  tokens.editor2 = await createToken(driver, database, 'bob', 'editor');
}
beforeEach(resetDatabase);
afterAll(async () => {
  await cleanDatabase(driver, database);
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

describe('authentication and roles', () => {
  const MUTATIONS: [string, string][] = [
    ['mergeEntities', MERGE],
    ['splitEntity', `mutation { splitEntity(id: "person:sergei-lavrov", articles: ["x"], name: "Other Lavrov", reason: "r") { auditId } }`],
    ['renameEntity', `mutation { renameEntity(id: "person:sergei-lavrov", name: "S. Lavrov", reason: "r") { auditId } }`],
    ['setEntityType', `mutation { setEntityType(id: "person:sergei-lavrov", type: "Organization", reason: "r") { auditId } }`],
    ['retractQuote', `mutation { retractQuote(id: "q:x", reason: "r") { auditId } }`],
    ['reassignQuote', `mutation { reassignQuote(id: "q:x", speaker: "person:rex-tillerson", reason: "r") { auditId } }`],
    ['retractRelation', `mutation { retractRelation(evidenceId: "ev:x", reason: "r") { auditId } }`],
    ['undo', `mutation { undo(auditId: "audit:x", reason: "r") { auditId } }`],
  ];

  test('every mutation: no token → UNAUTHENTICATED, a reader → FORBIDDEN, a bad token → UNAUTHENTICATED; nothing changes; each refusal is audited', async () => {
    await load(await corpus('auth.jsonl', [ARTICLE_1, ARTICLE_2]));
    const before = await fingerprint();
    for (const [name, m] of MUTATIONS) {
      const anonymous = await gql(m);
      expect(anonymous.errors?.[0].extensions?.code, `${name} without a token`).toBe('UNAUTHENTICATED');
      const reader = await gql(m, tokens.reader);
      expect(reader.errors?.[0].extensions?.code, `${name} as a reader`).toBe('FORBIDDEN');
      const forged = await gql(m, 'ngt_not-a-token');
      expect(forged.errors?.[0].extensions?.code, `${name} with a bad token`).toBe('UNAUTHENTICATED');
    }
    expect(await fingerprint()).toEqual(before);
    const log = await ok(`{ auditLog(first: 100) { totalCount edges { node { action outcome actor reason } } } }`);
    const refused = log.auditLog.edges.map((e: any) => e.node);
    expect(refused.every((r: any) => r.outcome === 'refused')).toBe(true);
    for (const [name] of MUTATIONS) {
      expect(refused.filter((r: any) => r.action === name).map((r: any) => r.actor)).toEqual([null, 'rita']);
    }
    expect(refused.filter((r: any) => r.action === 'login')).toHaveLength(MUTATIONS.length);
  });

  test('reads are open by default and closed with API_REQUIRE_TOKEN; the audit log always needs a token', async () => {
    await load(await corpus('reads.jsonl', [ARTICLE_1]));
    const q = `{ stats { people } }`;
    expect((await gql(q)).data?.stats.people).toBeGreaterThan(0);
    expect((await gql(`{ auditLog { totalCount } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const closed = createApp({ driver, database, config: { ...config, API_REQUIRE_TOKEN: true }, logger: captureLogger([]) });
    expect((await gql(q, undefined, closed)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql(q, tokens.reader, closed)).data?.stats.people).toBeGreaterThan(0);
  });

  test('failed logins are rate limited per client', async () => {
    const strict = createApp({ driver, database, config: { ...config, API_FAILED_LOGINS_PER_MINUTE: 3 }, logger: captureLogger([]) });
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push((await gql(`{ stats { people } }`, `ngt_wrong-${i}`, strict)).errors?.[0].extensions?.code);
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED', 'RATE_LIMITED']);
    // The right token from the same client waits out the limit too: guessing cannot continue between good requests.
    expect((await gql(`{ stats { people } }`, tokens.reader, strict)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });

  test('refused attempts are all refused, but audited only up to the failed-login limit (no flooding the log)', async () => {
    const strict = createApp({ driver, database, config: { ...config, API_FAILED_LOGINS_PER_MINUTE: 3 }, logger: captureLogger([]) });
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push((await gql(MERGE, undefined, strict)).errors?.[0].extensions?.code);
    expect(codes).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(await query(`MATCH (r:AuditRecord {outcome: 'refused', action: 'mergeEntities'}) RETURN count(r) AS n`)).toEqual([{ n: 3 }]);
  });

  test('changes are rate limited per token', async () => {
    await load(await corpus('rate.jsonl', [ARTICLE_1]));
    const strict = createApp({ driver, database, config: { ...config, API_MUTATIONS_PER_MINUTE: 2 }, logger: captureLogger([]) });
    const rename = (n: number) => `mutation { renameEntity(id: "person:sergei-lavrov", name: "Lavrov ${n}", reason: "r") { auditId } }`;
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await gql(rename(i), tokens.editor, strict)).errors?.[0].extensions?.code ?? 'ok');
    expect(codes).toEqual(['ok', 'ok', 'RATE_LIMITED']);
  });

  test('the database holds token hashes only', async () => {
    const rows = await query(`MATCH (t:ApiToken) RETURN properties(t) AS p`);
    expect(rows).toHaveLength(3);
    const stored = JSON.stringify(rows);
    for (const t of Object.values(tokens)) {
      expect(stored).not.toContain(t);
      expect(stored).not.toContain(t.slice(4, 24));
      expect(rows.some((r) => r.p.hash === createHash('sha256').update(t).digest('hex'))).toBe(true);
    }
  });

  test('createApiToken: an admin makes a working token, shown once and audited; an editor is FORBIDDEN, a bad role refused', async () => {
    const admin = await createToken(driver, database, 'ada', 'admin');
    const make = (role: string, token: string) => gql(`mutation { createApiToken(name: "dora", role: "${role}", reason: "new desk editor") { token name role auditId } }`, token);
    const refused = await make('editor', tokens.editor);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await make('boss', admin)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await query(`MATCH (t:ApiToken {name: 'dora'}) RETURN t`)).toEqual([]);

    const created = await make('editor', admin);
    expect(created.errors).toBeUndefined();
    const made = created.data!.createApiToken;
    expect(made).toMatchObject({ name: 'dora', role: 'editor' });
    expect(made.token).toMatch(/^ngt_[\w-]{43}$/);
    expect((await ok('{ viewer { name role canEdit } }', made.token)).viewer).toEqual({ name: 'dora', role: 'editor', canEdit: true });
    const stored = JSON.stringify(await query(`MATCH (t:ApiToken {name: 'dora'}) RETURN properties(t) AS p`));
    expect(stored).not.toContain(made.token);
    const audit = (await ok(`{ auditLog(first: 100) { edges { node { id action actor outcome after } } } }`, admin)).auditLog.edges.map((e: any) => e.node);
    expect(audit.find((r: any) => r.id === made.auditId)).toEqual({ id: made.auditId, action: 'createApiToken', actor: 'ada', outcome: 'done', after: '{"name":"dora","role":"editor"}' });
    expect(JSON.stringify(audit)).not.toContain(made.token);
  });
});

describe('decisions survive reloads', () => {
  test('merge: same articles again, a changed version, and a fresh database with the rules applied first all end merged, without orphans', async () => {
    const file = await corpus('merge.jsonl', [ARTICLE_1, ARTICLE_2]);
    await load(file);
    expect(await lavrovs()).toEqual(['person:sergei-lavrov', 'person:sergey-lavrov']);
    const merged = await ok(MERGE);
    expect(merged.mergeEntities.entity).toEqual({ id: 'person:sergei-lavrov', name: 'Sergei Lavrov', mentionCount: 4 });
    expect(await lavrovs()).toEqual(['person:sergei-lavrov']);
    expect(await orphans()).toEqual([]);
    expect(await badCounts()).toEqual([]);
    const saidBy = await ok(`{ entity(id: "person:sergei-lavrov") { ... on Person { quotes { totalCount } } relations(types: [MET_WITH]) { other { id } } } }`);
    expect(saidBy.entity.quotes.totalCount).toBe(2);
    expect(saidBy.entity.relations.map((r: any) => r.other.id).sort()).toEqual(['person:angela-merkel', 'person:rex-tillerson']);
    // A name cached before the merge must not answer with the old entity.
    expect((await gql(`{ entity(id: "Sergey Lavrov") { id } }`)).data?.entity).toEqual({ id: 'person:sergei-lavrov' });
    const afterMerge = await fingerprint();

    await load(file);
    expect(await fingerprint()).toEqual(afterMerge);

    // A changed version of the second article is extracted again: its Sergey Lavrov still joins Sergei.
    await load(await corpus('merge-changed.jsonl', [{ ...ARTICLE_2, text: `${ARTICLE_2.text}\n\nLavrov flew home on Thursday.` }]));
    expect(await lavrovs()).toEqual(['person:sergei-lavrov']);
    expect(await orphans()).toEqual([]);
    expect(await badCounts()).toEqual([]);

    // Fresh database: the exported rules applied first, then the same articles: the same graph as merge-after-load.
    await resetDatabase();
    await load(file);
    await ok(MERGE);
    const mergedAfterLoad = await fingerprint();
    const exported = formatCurationFile(await readRules(driver, database));
    await cleanDatabase(driver, database);
    expect(await applyRules(driver, database, parseCurationFile(exported, 'curation.yaml'))).toEqual({ applied: 1, skipped: 0 });
    await load(file);
    expect(await lavrovs()).toEqual(['person:sergei-lavrov']);
    expect(await fingerprint()).toEqual(mergedAfterLoad);
    // Applying the same file again adds nothing.
    expect(await applyRules(driver, database, parseCurationFile(exported, 'curation.yaml'))).toEqual({ applied: 0, skipped: 1 });
  });

  test('retract and reassign: a changed version of the article (offsets moved) keeps the quote out and the speaker set', async () => {
    await load(await corpus('retract.jsonl', [ARTICLE_1, ARTICLE_2]));
    const quotes = await query(`MATCH (q:Quote) RETURN q.id AS id, q.text AS text`);
    const syria = quotes.find((q) => q.text.includes('Syria'))!;
    const europe = quotes.find((q) => q.text.includes('Europe'))!;
    await ok(`mutation { retractQuote(id: ${JSON.stringify(syria.id)}, reason: "not said in this article") { auditId quote { id } } }`);
    await ok(`mutation { reassignQuote(id: ${JSON.stringify(europe.id)}, speaker: "person:angela-merkel", reason: "Merkel said it") { quote { speaker { id } } } }`);
    const ev = await query(`MATCH (e:Evidence {type: 'MET_WITH'}) WHERE e.sentence CONTAINS 'Merkel' RETURN e.id AS id`);
    await ok(`mutation { retractRelation(evidenceId: ${JSON.stringify(ev[0].id)}, reason: "they only spoke by phone") { auditId } }`);
    expect(await query(`MATCH (:Person {id: 'person:sergey-lavrov'})-[r:MET_WITH]-() RETURN r`)).toEqual([]);

    const moved = (a: typeof ARTICLE_1) => ({ ...a, text: `Updated on Friday.\n\n${a.text}` });
    await load(await corpus('retract-changed.jsonl', [moved(ARTICLE_1), moved(ARTICLE_2)]));
    const after = await query(`MATCH (q:Quote) OPTIONAL MATCH (s)-[:SAID]->(q) RETURN q.id AS id, q.text AS text, s.id AS speaker`);
    expect(after.some((q) => q.text.includes('Syria'))).toBe(false);
    expect(after.find((q) => q.text.includes('Europe'))).toMatchObject({ speaker: 'person:angela-merkel' });
    expect(after.find((q) => q.text.includes('Europe'))!.id).not.toBe(europe.id); // the offsets did move
    expect(await query(`MATCH (e:Evidence {type: 'MET_WITH'}) WHERE e.sentence CONTAINS 'Merkel' RETURN e.id AS id`)).toEqual([]);
    expect(await query(`MATCH (:Person {id: 'person:sergey-lavrov'})-[r:MET_WITH]-() RETURN r`)).toEqual([]);
    expect(await orphans()).toEqual([]);
  });
});

describe('identity consolidation honours splits', () => {
  // These loads consolidate (unlike `load` above): consolidation joins the two spellings by itself, an editor splits
  // the second article's man off under a name consolidation would take for the same person, and later loads (which
  // consolidate the whole graph again) must not merge him back.
  const consolidatingLoad = (file: string) => loadPaths([file], { driver, database, progress: false });
  const ARTICLE_3 = { url: 'https://news.example/2018/03/09/tillerson.html', title: 'Tillerson travels', text: 'Rex Tillerson flew to Nairobi on Friday.\n\nHe said the trip would last a week.' };
  const splitLavrov = async (kept: string, article: string) =>
    (await query(`MATCH (a:Article {url: $url})-[:MENTIONS]->(p:Person) WHERE p.name ENDS WITH 'Lavrov' RETURN p.id AS id`, { url: article })).map((r) => r.id).filter((id) => id !== kept);

  test.each([
    ['the other spelling (variant rule)', (kept: string) => (kept === 'person:sergei-lavrov' ? 'Sergey Lavrov' : 'Sergei Lavrov')],
    ['the surname alone (one-word rules)', () => 'Lavrov'],
  ])('split under %s stays split through a load of another article and a reload of the split one', async (_what, nameOf) => {
    await consolidatingLoad(await corpus('split.jsonl', [ARTICLE_1, ARTICLE_2]));
    const joined = await query(`MATCH (p:Person) WHERE p.name ENDS WITH 'Lavrov' RETURN p.id AS id`);
    expect(joined).toHaveLength(1);
    const kept = joined[0].id as string;
    const article2 = (await query(`MATCH (a:Article {url: $url}) RETURN a.id AS id`, { url: ARTICLE_2.url }))[0].id;
    const done = await ok(`mutation { splitEntity(id: ${JSON.stringify(kept)}, articles: [${JSON.stringify(article2)}], name: ${JSON.stringify(nameOf(kept))}, reason: "another man of that name") { entity { id } } }`);
    const split = done.splitEntity.entity.id as string;
    expect(split).not.toBe(kept);
    expect(await splitLavrov(kept, ARTICLE_2.url)).toEqual([split]);

    await consolidatingLoad(await corpus('split-other.jsonl', [ARTICLE_3]));
    expect((await query(`MATCH (p:Person) WHERE p.name ENDS WITH 'Lavrov' RETURN p.id AS id ORDER BY id`)).map((r) => r.id)).toEqual([kept, split].sort());
    expect(await splitLavrov(kept, ARTICLE_2.url)).toEqual([split]);

    await consolidatingLoad(await corpus('split-changed.jsonl', [{ ...ARTICLE_2, text: `${ARTICLE_2.text}\n\nLavrov flew home on Thursday.` }]));
    expect((await query(`MATCH (p:Person) WHERE p.name ENDS WITH 'Lavrov' RETURN p.id AS id ORDER BY id`)).map((r) => r.id)).toEqual([kept, split].sort());
    expect(await splitLavrov(kept, ARTICLE_2.url)).toEqual([split]);
    expect(await splitLavrov(split, ARTICLE_1.url)).toEqual([kept]); // the first article's man stays where he was
    expect(await orphans()).toEqual([]);
    expect(await badCounts()).toEqual([]);
  });
});

describe('undo', () => {
  test.each<[string, (ids: { quote: string; evidence: string; article2: string }) => string]>([
    ['mergeEntities', () => MERGE],
    ['splitEntity', (ids) => `mutation { splitEntity(id: "person:rex-tillerson", articles: [${JSON.stringify(ids.article2)}], name: "Rex Tillerson Sr", reason: "another man") { auditId } }`],
    ['renameEntity', () => `mutation { renameEntity(id: "person:sergei-lavrov", name: "Sergei Viktorovich Lavrov", reason: "full name") { auditId } }`],
    ['setEntityType', () => `mutation { setEntityType(id: "person:rex-tillerson", type: "Organization", reason: "test") { auditId } }`],
    ['retractQuote', (ids) => `mutation { retractQuote(id: ${JSON.stringify(ids.quote)}, reason: "r") { auditId } }`],
    ['reassignQuote', (ids) => `mutation { reassignQuote(id: ${JSON.stringify(ids.quote)}, speaker: "person:rex-tillerson", reason: "r") { auditId } }`],
    ['retractRelation', (ids) => `mutation { retractRelation(evidenceId: ${JSON.stringify(ids.evidence)}, reason: "r") { auditId } }`],
  ])('%s then undo: the fingerprint is back, the rule gone', async (name, mutation) => {
    await load(await corpus(`undo-${name}.jsonl`, [ARTICLE_1, ARTICLE_2]));
    const quote = (await query(`MATCH (q:Quote) WHERE q.text CONTAINS 'Syria' RETURN q.id AS id`))[0].id;
    const evidence = (await query(`MATCH (e:Evidence) WHERE e.sentence CONTAINS 'Tillerson' RETURN e.id AS id`))[0].id;
    const article2 = (await query(`MATCH (a:Article {url: $url}) RETURN a.id AS id`, { url: ARTICLE_2.url }))[0].id;
    const before = await fingerprint();
    const done = await ok(mutation({ quote, evidence, article2 }));
    const auditId = (Object.values(done)[0] as { auditId: string }).auditId;
    expect(await fingerprint()).not.toEqual(before);
    await ok(`mutation { undo(auditId: ${JSON.stringify(auditId)}, reason: "mistake") { auditId } }`);
    expect(await fingerprint()).toEqual(before);
    expect(await readRules(driver, database)).toEqual([]);
    // Twice is refused.
    expect((await gql(`mutation { undo(auditId: ${JSON.stringify(auditId)}, reason: "again") { auditId } }`, tokens.editor)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('a split naming no article that mentions the entity is refused, and changes nothing', async () => {
    await load(await corpus('split-none.jsonl', [ARTICLE_1]));
    const before = await fingerprint();
    const r = await gql(`mutation { splitEntity(id: "person:sergei-lavrov", articles: ["a-0000000000000000"], name: "Other Lavrov", reason: "r") { auditId } }`, tokens.editor);
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(r.errors?.[0].message).toMatch(/none of the given articles mentions person:sergei-lavrov/);
    expect(await fingerprint()).toEqual(before);
  });

  test('an earlier change is not undone under a later one that touched the same entity', async () => {
    await load(await corpus('undo-order.jsonl', [ARTICLE_1, ARTICLE_2]));
    const first = await ok(MERGE);
    await ok(`mutation { renameEntity(id: "person:sergei-lavrov", name: "Sergei V. Lavrov", reason: "r") { auditId } }`);
    const r = await gql(`mutation { undo(auditId: ${JSON.stringify(first.mergeEntities.auditId)}, reason: "r") { auditId } }`, tokens.editor);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toMatch(/later change/);
  });
});

describe('concurrency and the audit log', () => {
  test('two editors merging overlapping entities at once end consistent: one wins, the other is told the entity is gone', async () => {
    await load(await corpus('race.jsonl', [ARTICLE_1, ARTICLE_2]));
    const [a, b] = await Promise.all([
      gql(MERGE, tokens.editor),
      gql(`mutation { mergeEntities(ids: ["person:sergei-lavrov"], into: "person:sergey-lavrov", reason: "same man") { auditId } }`, tokens.editor2),
    ]);
    const outcomes = [a, b].map((r) => r.errors?.[0].extensions?.code ?? 'ok').sort();
    expect(outcomes).toEqual(['BAD_USER_INPUT', 'ok']);
    expect(await lavrovs()).toHaveLength(1);
    expect(await orphans()).toEqual([]);
    expect(await badCounts()).toEqual([]);
    expect(await query(`MATCH (p:Person)-[:SAID]->(q:Quote) WHERE p.id STARTS WITH 'person:serge' RETURN count(q) AS n`)).toEqual([{ n: 2 }]);
    expect(await readRules(driver, database)).toHaveLength(1);
  });

  test('no change while a load holds the load lock (its next batch could write over it)', async () => {
    await load(await corpus('locked.jsonl', [ARTICLE_1]));
    const before = await fingerprint();
    const lock = await acquireLoadLock(driver, database, { waitMs: 0, leaseMs: 60_000 });
    try {
      const r = await gql(`mutation { renameEntity(id: "person:sergei-lavrov", name: "S. Lavrov", reason: "r") { auditId } }`, tokens.editor);
      expect(r.errors?.[0].extensions?.code).toBe('LOAD_RUNNING');
    } finally {
      await lock.release();
    }
    expect(await fingerprint()).toEqual(before);
    await ok(`mutation { renameEntity(id: "person:sergei-lavrov", name: "S. Lavrov", reason: "r") { auditId } }`);
  });

  test('the audit log lists every change in order, with actor, reason, before and after, and by entity', async () => {
    await load(await corpus('audit.jsonl', [ARTICLE_1, ARTICLE_2]));
    await ok(MERGE);
    await ok(`mutation { renameEntity(id: "person:sergei-lavrov", name: "Sergei V. Lavrov", reason: "his initial") { auditId } }`, tokens.editor2);
    await ok(`mutation { renameEntity(id: "person:angela-merkel", name: "Dr. Angela Merkel", reason: "title") { auditId } }`);
    const log = await ok(`{ auditLog(first: 2) { totalCount pageInfo { endCursor hasNextPage } edges { node { seq action actor role reason before after } } } }`);
    expect(log.auditLog.totalCount).toBe(3);
    expect(log.auditLog.pageInfo.hasNextPage).toBe(true);
    const next = await ok(`{ auditLog(first: 2, after: ${JSON.stringify(log.auditLog.pageInfo.endCursor)}) { edges { node { seq action actor reason } } } }`);
    const all = [...log.auditLog.edges, ...next.auditLog.edges].map((e: any) => e.node);
    expect(all.map((n: any) => [n.action, n.actor, n.reason])).toEqual([
      ['mergeEntities', 'alice', 'same man'],
      ['renameEntity', 'bob', 'his initial'],
      ['renameEntity', 'alice', 'title'],
    ]);
    expect(all.map((n: any) => n.seq)).toEqual([...all.map((n: any) => n.seq)].sort((x: number, y: number) => x - y));
    expect(JSON.parse(log.auditLog.edges[0].node.before).snapshot.nodes.map((n: any) => n.props.id)).toContain('person:sergey-lavrov');
    expect(JSON.parse(log.auditLog.edges[0].node.after).changes).toEqual([{ action: 'merge', from: 'person:sergey-lavrov', into: 'person:sergei-lavrov', name: 'Sergei Lavrov' }]);
    const lavrov = await ok(`{ auditLog(entity: "person:sergei-lavrov") { edges { node { action } } } }`, tokens.reader);
    expect(lavrov.auditLog.edges.map((e: any) => e.node.action)).toEqual(['mergeEntities', 'renameEntity']);
  });
});

describe('command line', () => {
  /** Runs `newsgraph …` against the test Neo4j and returns its stdout, stderr and exit code. */
  function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('src/cli.ts'), ...args], { env: { ...process.env, ...testNeo4jEnv() } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
  }

  test('token create prints a working token once and stores its hash; curate export | curate apply moves the rules', async () => {
    const made = await cli(['token', 'create', '--role', 'editor', '--name', 'carol']);
    expect(made.code, made.stderr).toBe(0);
    const token = made.stdout.trim();
    expect(token).toMatch(/^ngt_[\w-]{43}$/);
    expect(await query(`MATCH (t:ApiToken {name: 'carol'}) RETURN t.role AS role, t.hash AS hash`)).toEqual([
      { role: 'editor', hash: createHash('sha256').update(token).digest('hex') },
    ]);
    expect((await cli(['token', 'create', '--role', 'boss', '--name', 'x'])).stderr).toMatch(/unknown role 'boss'/);

    await load(await corpus('cli.jsonl', [ARTICLE_1, ARTICLE_2]));
    await ok(MERGE, token);
    const exported = await cli(['curate', 'export']);
    expect(exported.code, exported.stderr).toBe(0);
    expect(parseCurationFile(exported.stdout, 'stdout')).toEqual(await readRules(driver, database));
    const file = path.join(dir, 'curation.yaml');
    await writeFile(file, exported.stdout);
    await resetDatabase();
    const applied = await cli(['curate', 'apply', file]);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stderr).toMatch(/1 rules applied, 0 already present/);
    await writeFile(path.join(dir, 'bad.yaml'), 'version: 1\nrules: [{id: r}]\n');
    const bad = await cli(['curate', 'apply', path.join(dir, 'bad.yaml')]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/bad\.yaml: not a curation file/);
    const audit = await cli(['audit', 'export']);
    expect(audit.stdout.trim().split('\n').map((l) => JSON.parse(l).action)).toEqual(['applyRule']);
  });
});
