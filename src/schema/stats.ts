// Counts by type, for dashboards and a first look in the playground.
import { builder } from './builder.js';
import { STATS_FIELDS } from '../graph/reads.js';

const Stats = builder.objectRef<Record<string, number>>('Stats').implement({
  // One count per entity type and relation type of the model, between articles and quotes as before.
  fields: (t) => Object.fromEntries(STATS_FIELDS.map((f) => [f, t.int({ resolve: (s) => s[f] })])),
});

builder.queryFields((t) => ({
  stats: t.field({ type: Stats, resolve: (_root, _args, ctx) => ctx.reads.stats() }),
}));
