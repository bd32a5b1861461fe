// Runs the playground's example queries once before the server is announced, so the first real query finds Neo4j's
// plans, the JIT-compiled resolvers and the driver's connections ready (a cold first query took seconds).
import { EXAMPLE_QUERIES } from './examples.js';

/** Posts every example query to `endpoint`; returns how long it took. A failing example is reported, not fatal. */
export async function warmUp(endpoint: string, onProblem: (line: string) => void = () => undefined): Promise<number> {
  const t0 = performance.now();
  for (const { name, query } of EXAMPLE_QUERIES) {
    try {
      const res = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      const body = (await res.json()) as { errors?: { message: string }[] };
      if (body.errors?.length) onProblem(`warm-up: example "${name}" answered ${body.errors[0]!.message}`);
    } catch (err) {
      onProblem(`warm-up: example "${name}" failed: ${(err as Error).message}`);
    }
  }
  return performance.now() - t0;
}
