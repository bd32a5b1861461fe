// A process that starts the embedded Neo4j and then dies as told (`hang` until killed, or `crash` with an uncaught
// error), for the tests that check no JVM outlives it. Prints {"pid": <JVM pid>} once Neo4j is ready.
import { loadConfig } from '../../src/config.js';
import { exitOnFatalErrors } from '../../src/errors.js';
import { ensureNeo4j } from '../../src/graph/neo4j.js';

const [dataDir, port, mode] = process.argv.slice(2);
exitOnFatalErrors();
const cfg = loadConfig({ ...process.env, NEO4J_URI: undefined, NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m' });
const conn = await ensureNeo4j(cfg, { dataDir, boltPort: Number(port) });
process.stdout.write(`${JSON.stringify({ pid: conn.pid })}\n`);
if (mode === 'crash') setTimeout(() => { throw new Error('boom: an unexpected failure after Neo4j started'); }, 10);
