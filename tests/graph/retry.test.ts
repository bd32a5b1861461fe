// Outage classification on the driver's real error objects (a socket the "server" closes, a port nothing listens on):
// which errors are waited out, and how a long job reports one that reached it without a retry loop's bounded wait.
import net from 'node:net';
import { beforeAll, describe, expect, test } from 'vitest';
import neo4j, { Neo4jError, error as neo4jErrors } from 'neo4j-driver';
import { asOutageFailure, errorIdentity, isStatementError, isUnavailable, Neo4jUnavailableError, retryWhileUnavailable } from '../../src/graph/retry.js';
import { startOutageProxy } from '../helpers/proxy.js';

/** What the driver throws when its connection is closed by the other side (the outage proxy being cut does this). */
let closedByServer: Neo4jError;
/** What it throws when nothing listens on the port any more. */
let refused: Neo4jError;
/** What it throws when the connection closes while it logs in (a connection opened just before an outage). */
let closedDuringLogin: Neo4jError;

async function driverError(uri: string): Promise<Neo4jError> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'unused'), { maxTransactionRetryTime: 0, connectionTimeout: 5_000 });
  try {
    await driver.executeQuery('RETURN 1');
    throw new Error(`expected ${uri} to fail`);
  } catch (err) {
    return err as Neo4jError;
  } finally {
    await driver.close();
  }
}

beforeAll(async () => {
  // A "server" that accepts and closes at once: the driver's own NodeChannel reports it.
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => {
    sockets.add(s);
    s.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  closedByServer = await driverError(`bolt://127.0.0.1:${port}`);
  for (const s of sockets) s.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  refused = await driverError(`bolt://127.0.0.1:${port}`);
  // The outage proxy cut "at login" answers the Bolt handshake and closes when the login arrives; nothing upstream.
  const proxy = await startOutageProxy(`bolt://127.0.0.1:${port}`);
  await proxy.cut({ atLogin: true });
  closedDuringLogin = await driverError(proxy.uri);
  await proxy.close();
}, 60_000);

const statement = () => new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', '42001', 'syntax error');
const transient = () => new Neo4jError('Deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '50N42', 'deadlock');

describe('the driver errors of an outage', () => {
  test('are what the cut proxy produces: Neo4jError, ServiceUnavailable, retryable', () => {
    expect(closedByServer).toBeInstanceOf(Neo4jError);
    expect(closedByServer.message).toBe('Connection was closed by server');
    expect(closedByServer.code).toBe(neo4jErrors.SERVICE_UNAVAILABLE);
    expect(closedByServer.retryable).toBe(true);
    expect(refused.message).toMatch(/^Failed to connect to server/);
    expect(refused.code).toBe(neo4jErrors.SERVICE_UNAVAILABLE);
  });

  test('a connection closed during login is re-coded by the driver as a ProtocolError it does not retry (CI\'s escaped error)', () => {
    expect(closedDuringLogin).toBeInstanceOf(Neo4jError);
    expect(closedDuringLogin.message).toBe('Connection was closed by server');
    expect(closedDuringLogin.code).toBe(neo4jErrors.PROTOCOL_ERROR);
    expect(closedDuringLogin.retryable).toBe(false);
  });

  const rows: [string, () => unknown, boolean, boolean][] = [
    // [what, error, unavailable (wait and retry), statement error (one batch's data)]
    ['connection closed by server', () => closedByServer, true, false],
    ['connection refused', () => refused, true, false],
    ['session expired', () => new Neo4jError('gone', neo4jErrors.SESSION_EXPIRED, '08000', 'gone'), true, false],
    ['transient (deadlock)', transient, true, false],
    ['closed by server, wrapped as the cause of another error', () => new Error('write failed', { cause: closedByServer }), true, false],
    ['a statement Neo4j refuses', statement, false, true],
    // The driver re-codes a connection lost during login as ProtocolError (what CI saw end a load); other protocol errors stay final.
    ['connection closed during login (ProtocolError)', () => closedDuringLogin, true, false],
    ['connection lost during login, wrapped (neo4j: cannot connect …)', () => new Error('neo4j: cannot connect to bolt://x', { cause: closedDuringLogin }), true, false],
    ['a protocol error that is no connection loss', () => new Neo4jError('Received RECORD when resetting', neo4jErrors.PROTOCOL_ERROR, '50N42', 'protocol'), false, false],
    ['a protocol error naming the message mid-sentence', () => new Neo4jError('cannot parse: Connection was closed by server', neo4jErrors.PROTOCOL_ERROR, '50N42', 'protocol'), false, false],
    // Only the driver's own errors say whether Neo4j answers: a message or code on another object is not taken on trust.
    ['a plain error with the driver\'s connection-loss message', () => new Error('Connection was closed by server'), false, false],
    ['an error object of another class with the ServiceUnavailable code', () => Object.assign(new Error('socket hang up'), { code: 'ServiceUnavailable' }), false, false],
    ['a plain error that only mentions a connection', () => new Error('the connection string is invalid'), false, false],
    ['a retry loop that already gave up', () => new Neo4jUnavailableError('neo4j: not answering (x); gave up after 3 s', { cause: closedByServer }), false, false],
    ['not an error at all', () => 'Connection was closed by server', false, false],
  ];
  test.each(rows)('%s → unavailable %s, statement error %s', (_what, make, unavailable, statementError) => {
    expect(isUnavailable(make())).toBe(unavailable);
    expect(isStatementError(make())).toBe(statementError);
  });
});

describe('retryWhileUnavailable', () => {
  test('waits out the closed connection, says so twice, and returns the result', async () => {
    const notices: string[] = [];
    let calls = 0;
    const result = await retryWhileUnavailable(
      'write a batch',
      async () => {
        if (++calls === 1) throw closedByServer;
        return 'written';
      },
      { budgetMs: 60_000, maxPauseMs: 1, onNotice: (l) => notices.push(l) },
    );
    expect(result).toBe('written');
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatch(/^neo4j: not answering while trying to write a batch \(Connection was closed by server\); retrying for up to 60 s/);
    expect(notices[1]).toMatch(/^neo4j: answering again after \d+ s; continuing/);
  });

  test('past the budget: gives up with Neo4jUnavailableError naming the cause and the wait, and starts the outage clock', async () => {
    const outage: { since?: number } = {};
    const failed = await retryWhileUnavailable('read article hashes', () => Promise.reject(closedByServer), { budgetMs: 0, outage }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(Neo4jUnavailableError);
    expect((failed as Error).message).toMatch(/^neo4j: not answering \(Connection was closed by server\); gave up after \d+ s trying to read article hashes$/);
    expect((failed as Error).cause).toBe(closedByServer);
    expect(outage.since).toEqual(expect.any(Number));
  });

  test('a statement error is not retried', async () => {
    let calls = 0;
    const err = statement();
    const failed = await retryWhileUnavailable('write a batch', () => (calls++, Promise.reject(err)), { budgetMs: 60_000 }).catch((e: unknown) => e);
    expect(failed).toBe(err);
    expect(calls).toBe(1);
  });
});

describe('asOutageFailure (how a load reports the error it stopped on)', () => {
  test('a closed connection that no retry loop waited out ends as an outage, counted from when it began', () => {
    const since = Date.now() - 4_000;
    const failure = asOutageFailure(closedByServer, 'load articles', { outage: { since } });
    expect(failure).toBeInstanceOf(Neo4jUnavailableError);
    expect((failure as Error).message).toMatch(/^neo4j: not answering \(Connection was closed by server\); gave up after [45] s trying to load articles$/);
    expect((failure as Error).cause).toBe(closedByServer);
  });

  test('with no outage seen before, it says it gave up at once', () => {
    expect((asOutageFailure(refused, 'load articles') as Error).message).toMatch(/^neo4j: not answering \(Failed to connect to server\); gave up after 0 s trying to load articles$/);
  });

  test('prefers the failure of a retry loop that gave up meanwhile (the write in flight)', () => {
    const writer = new Neo4jUnavailableError('neo4j: not answering (Failed to connect to server); gave up after 7 s trying to write a batch');
    expect(asOutageFailure(closedByServer, 'load articles', { alsoFailed: [undefined, writer] })).toBe(writer);
  });

  test('a connection closed during login becomes the outage failure (what CI saw escape)', () => {
    expect((asOutageFailure(closedDuringLogin, 'load articles', { outage: { since: Date.now() - 3_000 } }) as Error).message).toMatch(
      /^neo4j: not answering \(Connection was closed by server\); gave up after 3 s trying to load articles$/,
    );
  });

  const unchanged: [string, () => unknown][] = [
    ['a retry loop that gave up', () => new Neo4jUnavailableError('neo4j: not answering (x); gave up after 3 s trying to write a batch')],
    ['a statement error', statement],
    ['the lock lost (a plain error)', () => new Error('load: lost the load lock')],
    ['a plain error that is no connection loss', () => new Error('cannot parse: Connection was closed by server')],
    ['a plain error with the driver\'s message (not the driver\'s error)', () => new Error('Connection was closed by server')],
  ];
  test.each(unchanged)('%s is reported as it is', (_what, make) => {
    const err = make();
    expect(asOutageFailure(err, 'load articles', { outage: { since: Date.now() } })).toBe(err);
  });
});

describe('errorIdentity (what a failure nothing recognised was)', () => {
  const rows: [string, () => unknown, string][] = [
    ['the driver\'s login loss', () => closedDuringLogin, 'Neo4jError, code ProtocolError'],
    ['a plain error', () => new Error('x'), 'Error'],
    ['a system error with its code', () => Object.assign(new TypeError('x'), { code: 'ERR_INVALID_ARG_TYPE' }), 'TypeError, code ERR_INVALID_ARG_TYPE'],
    ['a subclass', () => new Neo4jUnavailableError('x'), 'Neo4jUnavailableError'],
    ['a thrown string', () => 'x', 'string'],
  ];
  test.each(rows)('%s → %s', (_what, make, expected) => {
    expect(errorIdentity(make())).toBe(expected);
  });
});
