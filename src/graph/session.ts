// Runs a piece of work with a connected, constrained graph: Neo4j up → driver → constraints → work → clean up.
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { ensureNeo4j, stopOnExit, type Neo4jConnection, type StopOnExitOptions } from './neo4j.js';
import { openDriver } from './driver.js';
import { applyConstraints } from './constraints.js';
import { retryWhileUnavailable, type RetryOptions } from './retry.js';

export interface GraphHandle {
  driver: Driver;
  database: string;
  connection: Neo4jConnection;
}

/** Milliseconds each start-up phase took, by name (npm start prints them; bench:start reads them). */
export type PhaseTimes = Record<string, number>;

const log = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Connects to Neo4j (starting the embedded one unless NEO4J_URI is set) and applies the constraints.
 * Ctrl-C / SIGTERM then runs `beforeStop`, closes the driver and stops a Neo4j this process started.
 * With `outage`, a Neo4j that does not answer (connecting, applying the schema) is waited for as a load waits mid-way:
 * visibly and within that budget, then Neo4jUnavailableError; without it the first such error is thrown.
 * On any failure, the driver is closed and a Neo4j started here is stopped again.
 */
export async function openGraph(cfg: Config, beforeStop?: () => Promise<void>, stopOpts?: StopOnExitOptions, phases?: PhaseTimes, outage?: RetryOptions): Promise<GraphHandle> {
  let t = performance.now();
  const lap = (name: string) => {
    if (phases) phases[name] = performance.now() - t;
    t = performance.now();
  };
  const retry = <T>(what: string, op: () => Promise<T>) => (outage ? retryWhileUnavailable(what, op, outage) : op());
  const connection = await ensureNeo4j(cfg, { log });
  lap('neo4j');
  let driver: Driver | undefined;
  stopOnExit(
    connection,
    async () => {
      await beforeStop?.();
      await driver?.close();
    },
    stopOpts,
  );
  try {
    driver = await retry('connect', () => openDriver(connection));
    lap('connect');
    const connected = driver;
    await retry('apply the schema', () =>
      applyConstraints(connected, connection.database, {
        waitMs: cfg.LOAD_LOCK_WAIT_MS,
        leaseMs: Math.max(cfg.LOAD_LOCK_LEASE_MS, 600_000),
        log,
      }),
    );
    lap('schema');
  } catch (err) {
    await driver?.close();
    await connection.stop();
    throw err;
  }
  return { driver, database: connection.database, connection };
}

/**
 * Opens the graph, runs `work`, then closes the driver and stops a Neo4j this call started. On Ctrl-C / SIGTERM,
 * `onSignal` runs first (e.g. to let `work` wind down and report), then the process exits with `stopOpts.exitCode`.
 * `outage`: as for openGraph.
 */
export async function withGraph<T>(cfg: Config, work: (g: GraphHandle) => Promise<T>, onSignal?: () => Promise<void>, stopOpts?: StopOnExitOptions, outage?: RetryOptions): Promise<T> {
  const graph = await openGraph(cfg, onSignal, stopOpts, undefined, outage);
  try {
    return await work(graph);
  } finally {
    await graph.driver.close();
    await graph.connection.stop();
  }
}
