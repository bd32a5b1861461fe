// Articles: the provenance every fact points back to.
import { builder } from './builder.js';
import { isoDate } from './args.js';
import { offsetConnection } from './pagination.js';
import { ArticleRef, DateArg } from './refs.js';

ArticleRef.implement({
  description: 'A news article as loaded; every quote, relation and event points back to one.',
  fields: (t) => ({
    url: t.exposeString('url', { nullable: true }),
    title: t.exposeString('title'),
    source: t.exposeString('source', { nullable: true }),
    publishedAt: t.exposeString('publishedAt', { nullable: true, description: 'ISO date; from the record, else from the URL path.' }),
    ingestedAt: t.exposeString('ingestedAt'),
  }),
});

builder.queryFields((t) => ({
  articles: t.connection({
    type: ArticleRef,
    description: 'Articles, newest first.',
    args: { source: t.arg.string(), from: t.arg.string(DateArg), to: t.arg.string(DateArg) },
    resolve: (_root, args, ctx) => {
      const f = { source: args.source, from: isoDate(args.from, 'from'), to: isoDate(args.to, 'to') };
      return offsetConnection(args, ctx, (page) => ctx.reads.articles(f, page), () => ctx.reads.countArticles(f));
    },
  }),
}));
