// The one place a neo4j-driver Driver is created: plain JS numbers, bounded pool, connectivity checked.
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import type { Neo4jConnection } from './neo4j.js';
import { redactSecrets } from '../redact.js';

export class Neo4jConnectError extends Error {
  override name = 'Neo4jConnectError';
}

export async function openDriver(conn: Pick<Neo4jConnection, 'uri' | 'username' | 'password'>): Promise<Driver> {
  // The URI may carry credentials (bolt://user:secret@host) and a driver message may echo it: neither is shown.
  // The driver's error stays the cause, so that an outage (ServiceUnavailable) is still told from a refused login;
  // not when its own message shows a secret (the cause is not redacted).
  const failure = (err: unknown) => {
    const driverMessage = String((err as Error).message);
    const clean = redactSecrets(driverMessage, [conn.password]) === driverMessage;
    return new Neo4jConnectError(redactSecrets(`neo4j: cannot connect to ${conn.uri}: ${driverMessage}`, [conn.password]), clean ? { cause: err } : undefined);
  };
  let driver: Driver;
  try {
    driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.username, conn.password), {
      disableLosslessIntegers: true, // counts and offsets come back as JS numbers
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 30_000,
      // Short: a long job retries outages itself, visibly and within its own budget (LOAD_RETRY_MS).
      maxTransactionRetryTime: 5_000,
      userAgent: 'newsgraph',
    });
  } catch (err) {
    throw failure(err); // a malformed URI
  }
  try {
    await driver.verifyConnectivity();
  } catch (err) {
    await driver.close();
    throw failure(err);
  }
  return driver;
}

/**
 * A session for writes, chained to the driver's executeQuery bookmarks: on a cluster a read that follows (executeQuery
 * routed to a follower, e.g. consolidation after a load) then waits until the follower has these writes.
 */
export function writeSession(driver: Driver, database: string): Session {
  return driver.session({ database, bookmarkManager: driver.executeQueryBookmarkManager });
}
