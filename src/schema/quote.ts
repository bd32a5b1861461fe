// Quotes: who said what (direct or reported), about whom, where and when — the dashboards' main question.
import { builder } from './builder.js';
import { primeQuotes } from './context.js';
import { entityIdOrThrow, entityRefOrThrow, isoDate } from './args.js';
import { badInput } from './errors.js';
import { checkPageSize, offsetConnection } from './pagination.js';
import { luceneQuery, type SpeakerRow } from '../graph/reads.js';
import { ArticleRef, DateArg, EntityRef, QuoteRef, STANCE_ARG } from './refs.js';

QuoteRef.implement({
  description: 'Something said, with its speaker (null when the text does not say who) and its place in the article.',
  fields: (t) => ({
    text: t.exposeString('text'),
    direct: t.exposeBoolean('direct', { description: 'true: in quotation marks; false: reported speech ("said that…", "according to…").' }),
    cue: t.exposeString('cue', { nullable: true, description: 'The speech verb or phrase, e.g. "said", "told", or the stance verb, e.g. "cited".' }),
    stance: t.boolean({
      description: 'true: a stance attribution ("cited …", "called for …"): what was put forward, in the reporter\'s words; false: speech.',
      resolve: (q) => q.stance ?? false,
    }),
    // The rows a quote read brought along are returned as they are; an id goes through the loaders (two DataLoader
    // layers, Pothos's and ours: a third of the GraphQL layer's CPU for a page of quotes, issue 17, 6b).
    speaker: t.field({ type: EntityRef, nullable: true, resolve: (q) => q.related?.speaker ?? q.speakerId }),
    article: t.field({ type: ArticleRef, resolve: (q) => q.related?.article ?? q.articleId }),
    about: t.field({ type: [EntityRef], description: 'Entities the quote names.', resolve: (q) => q.related?.about ?? q.aboutIds }),
    publishedAt: t.exposeString('publishedAt', { nullable: true }),
    evidence: t.field({
      type: QuoteEvidence,
      description: 'Where the quote is: the sentence and character offsets into the article body.',
      resolve: (q) => q,
    }),
  }),
});

const QuoteEvidence = builder.objectRef<{ sentence: string | null; start: number; end: number; articleId: string }>('QuoteEvidence').implement({
  fields: (t) => ({
    sentence: t.exposeString('sentence', { nullable: true }),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
    article: t.field({ type: ArticleRef, resolve: (e) => e.articleId }),
  }),
});

const SpeakerRank = builder.objectRef<SpeakerRow>('SpeakerRank').implement({
  fields: (t) => ({
    speaker: t.field({ type: EntityRef, resolve: (r) => r.speakerId }),
    quotes: t.exposeInt('quotes'),
    articles: t.exposeInt('articles', { description: 'Distinct articles quoting them.' }),
  }),
});

builder.queryFields((t) => ({
  quotes: t.connection({
    type: QuoteRef,
    description: 'Who said what, newest first. Entity arguments take an id ("country:RU") or an exact name ("Russia").',
    args: {
      speaker: t.arg.string(),
      about: t.arg.string(),
      text: t.arg.string({ description: 'Words the quote must contain.' }),
      from: t.arg.string(DateArg),
      to: t.arg.string(DateArg),
      direct: t.arg.boolean(),
      stance: t.arg.boolean({ description: STANCE_ARG }),
      outlet: t.arg.string({ description: "Only quotes from articles of this source (case-insensitive)." }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.text != null && !luceneQuery(args.text)) throw badInput('"text" has no searchable words');
      const speaker = args.speaker ? await entityRefOrThrow(args.speaker, ctx) : null;
      const about = args.about ? await entityRefOrThrow(args.about, ctx) : null;
      const f = {
        speakerId: speaker?.id ?? null,
        speakerQuotes: speaker?.quotesSaid,
        aboutId: about?.id ?? null,
        aboutQuotes: about?.quotesAbout,
        text: args.text?.slice(0, 200) ?? null,
        from: isoDate(args.from, 'from'),
        to: isoDate(args.to, 'to'),
        direct: args.direct ?? null,
        stance: args.stance ?? null,
        outlet: args.outlet?.slice(0, 200) || null,
      };
      return offsetConnection(args, ctx, async (page) => primeQuotes(ctx, await ctx.reads.quotes(f, page)), () => ctx.reads.countQuotes(f));
    },
  }),
  topSpeakers: t.field({
    type: [SpeakerRank],
    description: 'Speakers ranked by number of quotes (then distinct articles), optionally about one entity and in a date range.',
    args: {
      about: t.arg.string(),
      from: t.arg.string(DateArg),
      to: t.arg.string(DateArg),
      stance: t.arg.boolean({ description: STANCE_ARG }),
      first: t.arg.int({ defaultValue: 10 }),
    },
    resolve: async (_root, args, ctx) =>
      ctx.reads.topSpeakers(
        args.about ? await entityIdOrThrow(args.about, ctx) : null,
        isoDate(args.from, 'from'),
        isoDate(args.to, 'to'),
        checkPageSize(args.first, ctx),
        args.stance ?? null,
      ),
  }),
}));
