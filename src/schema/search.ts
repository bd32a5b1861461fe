// Full-text search over entity names, aliases and quote text, saying which name matched.
import { builder } from './builder.js';
import { badInput } from './errors.js';
import { offsetConnection } from './pagination.js';
import { luceneQuery, type SearchRow } from '../graph/reads.js';
import { EntityRef, QuoteRef, modelEnumValues } from './refs.js';
import { ENTITY_LABELS, Label, type EntityLabel } from '../graph/model.js';

const ALL_SEARCH_TYPES = [...ENTITY_LABELS, Label.Quote] as const;

const SearchTypeEnum = builder.enumType('SearchType', { values: modelEnumValues(ALL_SEARCH_TYPES) });

interface Hit extends SearchRow {
  query: string;
}

const SearchHit = builder.objectRef<Hit>('SearchHit').implement({
  description: 'An entity or a quote matching the search; exactly one of `entity` and `quote` is set.',
  fields: (t) => ({
    score: t.exposeFloat('score'),
    entity: t.field({ type: EntityRef, nullable: true, resolve: (h) => (h.kind === 'entity' ? h.id : null) }),
    quote: t.field({ type: QuoteRef, nullable: true, resolve: (h) => (h.kind === 'quote' ? h.id : null) }),
    matched: t.string({
      nullable: true,
      description: 'The name or alias of the entity that matched the query.',
      resolve: async (h, _args, ctx) => {
        if (h.kind !== 'entity') return null;
        const e = await ctx.loaders.entity.load(h.id);
        return e ? bestName([e.name, ...e.aliases], h.query) : null;
      },
    }),
  }),
});

/** The name sharing most words with the query (exact match first; the earlier name on a tie). */
export function bestName(names: string[], query: string): string {
  const whole = query.toLowerCase().trim();
  const words = query.toLowerCase().split(/\s+/).filter(Boolean).map((w) => w.replace(/\W/g, ''));
  // Each name scored once (a sort scored both sides of every comparison: most of search's GraphQL CPU, issue 17, 6b).
  let best = names[0]!;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const name of names) {
    const lower = name.toLowerCase();
    let score = 1000;
    if (lower !== whole) {
      const parts = lower.split(/\W+/);
      score = words.filter((w) => parts.some((x) => x.startsWith(w))).length * 10 - name.length / 100;
    }
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

builder.queryFields((t) => ({
  search: t.connection({
    type: SearchHit,
    description: 'Full-text search over names, aliases and quotes, best first.',
    args: {
      query: t.arg.string({ required: true }),
      types: t.arg({ type: [SearchTypeEnum], description: 'Default: all.' }),
      prefix: t.arg.boolean({ defaultValue: false, description: 'Search as you type: the last word also matches the start of a word (from 3 letters).' }),
    },
    resolve: async (_root, args, ctx) => {
      const query = args.query.slice(0, 200);
      if (!luceneQuery(query)) throw badInput('"query" has no searchable words');
      const types = args.types?.length ? args.types : ALL_SEARCH_TYPES;
      const entityTypes = types.filter((x) => x !== 'Quote') as EntityLabel[];
      const withQuotes = types.includes('Quote');
      // Entities and quotes come from two indexes: fetch enough of both to merge one page by score.
      let total: number | undefined;
      return offsetConnection(
        args,
        ctx,
        async (page) => {
          const rows = await ctx.reads.search(query, entityTypes, withQuotes, page.offset + page.limit, args.prefix ?? false);
          total = rows.length < page.offset + page.limit ? rows.length : undefined;
          return rows.slice(page.offset, page.offset + page.limit).map((r) => ({ ...r, query }));
        },
        async () => total ?? (await ctx.reads.search(query, entityTypes, withQuotes, 1000, args.prefix ?? false)).length,
      );
    },
  }),
}));
