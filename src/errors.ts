// Turns a failure into one clear line on stderr and exit code 2; the stack only with LOG_LEVEL=debug.

export function reportFatal(err: unknown): never {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`newsgraph: ${message}\n`);
  if (process.env.LOG_LEVEL === 'debug' && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  process.exit(2);
}
