// Counts by type, for dashboards and a first look in the playground.
import { builder } from './builder.js';

const Stats = builder.objectRef<Record<string, number>>('Stats').implement({
  fields: (t) => ({
    articles: t.int({ resolve: (s) => s.articles }),
    people: t.int({ resolve: (s) => s.people }),
    countries: t.int({ resolve: (s) => s.countries }),
    organizations: t.int({ resolve: (s) => s.organizations }),
    events: t.int({ resolve: (s) => s.events }),
    quotes: t.int({ resolve: (s) => s.quotes }),
    metWith: t.int({ resolve: (s) => s.metWith }),
    alliedWith: t.int({ resolve: (s) => s.alliedWith }),
  }),
});

builder.queryFields((t) => ({
  stats: t.field({ type: Stats, resolve: (_root, _args, ctx) => ctx.reads.stats() }),
}));
