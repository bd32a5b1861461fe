// Articles: the provenance every fact points back to.
import { GraphQLError } from 'graphql';
import { builder } from './builder.js';
import { isoDate } from './args.js';
import { offsetConnection } from './pagination.js';
import type { ArticleMentionRow } from '../graph/reads.js';
import { ArticleRef, DateArg, EntityRef } from './refs.js';

const ArticleMention = builder.objectRef<ArticleMentionRow>('ArticleMention').implement({
  description: 'Where an article names an entity: offsets into Article.body (UTF-16 code units, as JavaScript counts) and the node it landed on.',
  fields: (t) => ({
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
    text: t.exposeString('text', { description: 'body[start:end]' }),
    entity: t.field({ type: EntityRef, resolve: (m) => m.entityId }),
    rule: t.string({
      nullable: true,
      description: 'The cross-article identity rule that moved this mention to its node (variant, known-org, middle-name, nickname, joined-spelling, holder-administration, acronym, head-noun, same-article, outlet-window, corpus-dominant); null when it is where extraction put it.',
      resolve: (m) => m.rule || null,
    }),
    resolvedFrom: t.string({ nullable: true, description: 'The node the mention was extracted to before identity moved it.', resolve: (m) => m.via }),
  }),
});

ArticleRef.implement({
  description: 'A news article as loaded; every quote, relation and event points back to one.',
  fields: (t) => ({
    url: t.exposeString('url', { nullable: true }),
    title: t.exposeString('title'),
    source: t.exposeString('source', { nullable: true }),
    publishedAt: t.exposeString('publishedAt', { nullable: true, description: 'ISO date; from the record, else from the URL path.' }),
    ingestedAt: t.exposeString('ingestedAt'),
    body: t.string({ nullable: true, description: 'The text as stored; mention offsets point into it.', resolve: (a, _args, ctx) => ctx.reads.articleBody(a.id) }),
    mentions: t.field({
      type: [ArticleMention],
      description: 'Every entity mention of the article in text order, with the node it landed on.',
      resolve: (a, _args, ctx) => ctx.reads.articleMentions(a.id),
    }),
  }),
});

builder.queryFields((t) => ({
  article: t.field({
    type: ArticleRef,
    nullable: true,
    description: 'One article by id or by URL (exactly one of them); null when none.',
    args: { id: t.arg.string(), url: t.arg.string() },
    resolve: async (_root, args, ctx) => {
      if ((args.id == null) === (args.url == null)) throw new GraphQLError('give exactly one of "id" and "url"', { extensions: { code: 'BAD_USER_INPUT' } });
      const id = args.id ?? (await ctx.reads.articleIdByUrl(args.url!.trim().slice(0, 2000)));
      return id ? ((await ctx.loaders.article.load(id)) ?? null) : null;
    },
  }),
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
