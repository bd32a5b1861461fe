// The API benchmarks' queries, and the Cypher each runs (the "plan" the raw-driver baseline replays, see raw-server.ts).
import { execute, parse } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../src/config.js';
import { GraphReads } from '../../src/graph/reads.js';
import { createContext, EntityRefCache } from '../../src/schema/context.js';
import { schema } from '../../src/schema/index.js';

/** One request's Cypher: waves run one after the other, the statements of a wave at once (as DataLoader batches them). */
export type RawPlan = Record<string, { cypher: string; params: Record<string, unknown> }[][]>;

const QUERIES: Record<string, string> = {
  search: '{ search(query: "Putin", first: 10) { edges { node { score matched entity { id name } quote { text } } } } }',
  'quotes(about)': '{ quotes(about: "country:RU", first: 10) { edges { node { text direct speaker { name } article { title publishedAt } } } } }',
  topSpeakers: '{ topSpeakers(about: "country:RU", first: 10) { speaker { name } quotes articles } }',
  path: '{ path(from: "person:vladimir-putin", to: "person:sean-spicer", maxHops: 3) { ... on QueryPathSuccess { data { length hops { from { name } type to { name } } } } } }',
  node: '{ node(id: "person:vladimir-putin") { id ... on Person { name mentionCount } } }',
};

/** The benchmarked queries by name; BENCH_ONLY=node,search keeps those. */
export function benchQueries(): Record<string, string> {
  const only = process.env.BENCH_ONLY?.split(',');
  return Object.fromEntries(Object.entries(QUERIES).filter(([name]) => !only || only.includes(name)));
}

/**
 * The Cypher each query runs, recorded by executing it in this process through a driver that notes every statement.
 * The second execution is the one kept: the entity reference cache is warm then, as it is in a running server.
 * A statement started while another is in flight joins its wave (DataLoader batches of the same tick).
 */
export async function recordPlan(driver: Driver, database: string, cfg: Config, queries: Record<string, string>): Promise<RawPlan> {
  const plan: RawPlan = {};
  let waves: RawPlan[string] = [];
  let inFlight = 0;
  const recording = {
    session: (sessionConfig: Parameters<Driver['session']>[0]) => {
      const session = driver.session(sessionConfig);
      return {
        run: async (cypher: string, params: Record<string, unknown>, tx: unknown) => {
          const plain = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'object' && v !== null && 'toNumber' in v ? (v as { toNumber(): number }).toNumber() : v]));
          if (inFlight === 0 || waves.length === 0) waves.push([]);
          waves.at(-1)!.push({ cypher, params: plain });
          inFlight++;
          try {
            return await session.run(cypher, params, tx as never);
          } finally {
            inFlight--;
          }
        },
        close: () => session.close(),
      };
    },
  } as unknown as Driver;
  const refs = new EntityRefCache();
  for (const [name, query] of Object.entries(queries)) {
    for (let round = 0; round < 2; round++) {
      waves = [];
      const ctx = createContext(new GraphReads(recording, database, cfg.API_QUERY_TIMEOUT_MS), cfg, refs);
      const result = await execute({ schema, document: parse(query), contextValue: ctx });
      if (result.errors) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
    }
    plan[query] = waves;
  }
  return plan;
}
