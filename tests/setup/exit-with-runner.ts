// Runs in each test worker before its files: a worker ends when vitest's main process (the runner) is gone.
// Vitest's forks pool runs test files in child processes tied to the runner by an IPC channel, and does not end them
// when the runner dies: a SIGTERM to the runner alone makes it exit without closing its pool, kill -9 gives it no chance.
// The orphaned worker went on with its test file — starting new Neo4j servers, which then lived as long as it did
// (seen: one still running 3 minutes after `kill -9` of vitest). The channel closes when the runner ends, however it
// ends; the worker then ends, and every Neo4j it started stops with it (the launcher watches its parent's pipe).
// Not with process.exit, which vitest replaces in its workers by a function that throws; with a signal, its default
// action (no handler of a test can delay it): nothing is left to report to a runner that is gone.
const WATCHING = Symbol.for('newsgraph.tests.exit-with-runner');
const proc = process as NodeJS.Process & { [WATCHING]?: true };

if (proc.connected && !proc[WATCHING]) {
  proc[WATCHING] = true; // setup files run again before every file of a worker: one listener
  proc.once('disconnect', () => {
    process.kill(process.pid, 'SIGKILL');
  });
}
