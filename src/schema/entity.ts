// Entities: the Entity interface and Person, Country, Organization, Place, Event, with their articles, quotes and relations.
import type { EventReportRow, ResolutionRow } from '../graph/reads.js';
import { builder } from './builder.js';
import { RELATION_TYPES } from '../graph/model.js';
import { primeQuotes } from './context.js';
import { entityIdOrThrow } from './args.js';
import { offsetConnection } from './pagination.js';
import {
  relationFilterArgs,
  ArticleRef,
  CountryRef,
  EntityRef,
  EntityTypeEnum,
  EventRef,
  MentionRef,
  OrganizationRef,
  PersonRef,
  PlaceRef,
  QuoteRef,
  RelationRef,
  RelationTypeEnum,
  STANCE_ARG,
} from './refs.js';
import { checkPageSize } from './pagination.js';

const Resolution = builder.objectRef<ResolutionRow>('Resolution').implement({
  description: 'A name cross-article identity merged into this entity: why (the rule), from which node, in how many articles.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The surface form as the articles write it.' }),
    rule: t.exposeString('rule', { description: 'variant, known-org, middle-name, nickname, joined-spelling, holder-administration, acronym, head-noun, same-article, outlet-window or corpus-dominant (src/resolve/consolidate.ts).' }),
    from: t.exposeString('via', { description: 'The node extraction had put it on.' }),
    articleCount: t.exposeInt('articleCount'),
  }),
});

EntityRef.implement({
  description: 'A person, country, organization, place or event, one node per real-world thing across articles.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (e) => e.type,
  fields: (t) => ({
    name: t.exposeString('name'),
    aliases: t.exposeStringList('aliases', { description: 'Other names the articles use for it (every surface form linked to it).' }),
    type: t.field({ type: EntityTypeEnum, resolve: (e) => e.type }),
    mentionCount: t.exposeInt('mentionCount', { description: 'Mentions over all articles.' }),
    resolution: t.field({
      type: [Resolution],
      description: 'Why names joined this entity across articles: each merged surface form with its rule and article count.',
      args: { first: t.arg.int({ defaultValue: 20 }) },
      resolve: (e, args, ctx) => ctx.reads.resolution(e.id, checkPageSize(args.first, ctx)),
    }),
    articles: t.connection({
      type: ArticleRef,
      description: 'Articles that mention it, newest first.',
      resolve: (e, args, ctx) =>
        offsetConnection(args, ctx, async (page) => (await ctx.reads.mentions(e.id, page)).map((m) => m.articleId), () => ctx.reads.countMentions(e.id)),
    }),
    mentions: t.connection({
      type: MentionRef,
      description: 'Per article: how often it is mentioned and by which names (how it was resolved).',
      resolve: (e, args, ctx) => offsetConnection(args, ctx, (page) => ctx.reads.mentions(e.id, page), () => ctx.reads.countMentions(e.id)),
    }),
    quotesAbout: t.connection({
      type: QuoteRef,
      description: 'Quotes that name it, newest first.',
      args: { stance: t.arg.boolean({ description: STANCE_ARG }) },
      resolve: (e, args, ctx) => {
        const f = { aboutId: e.id, stance: args.stance ?? null };
        return offsetConnection(args, ctx, async (page) => primeQuotes(ctx, await ctx.reads.quotes(f, page)), () => ctx.reads.countQuotes(f));
      },
    }),
    relations: t.field({
      type: [RelationRef],
      description: 'Who it met and is allied with (and, if asked, co-mentioned with), strongest first, each with evidence.',
      args: {
        types: t.arg({ type: [RelationTypeEnum], defaultValue: [...RELATION_TYPES] }),
        first: t.arg.int({ defaultValue: 20 }),
        ...relationFilterArgs(t),
      },
      resolve: (e, args, ctx) => ctx.reads.relations(e.id, [...new Set(args.types ?? [])], checkPageSize(args.first, ctx), { statuses: args.statuses, kinds: args.kinds }),
    }),
  }),
});

MentionRef.implement({
  fields: (t) => ({
    article: t.field({ type: ArticleRef, resolve: (m) => m.articleId }),
    count: t.exposeInt('count'),
    aliases: t.exposeStringList('aliases', { description: 'The names this article uses for the entity.' }),
  }),
});

PersonRef.implement({
  interfaces: [EntityRef],
  isTypeOf: (e) => (e as { type?: string }).type === 'Person',
  fields: (t) => ({
    role: t.exposeString('role', { nullable: true, description: 'Title or role as written, e.g. "Secretary of State".' }),
    quotes: t.connection({
      type: QuoteRef,
      description: 'What this person said (direct and reported), newest first.',
      args: { stance: t.arg.boolean({ description: STANCE_ARG }) },
      resolve: (p, args, ctx) => {
        const f = { speakerId: p.id, stance: args.stance ?? null };
        return offsetConnection(args, ctx, async (page) => primeQuotes(ctx, await ctx.reads.quotes(f, page)), () => ctx.reads.countQuotes(f));
      },
    }),
  }),
});

CountryRef.implement({
  interfaces: [EntityRef],
  isTypeOf: (e) => (e as { type?: string }).type === 'Country',
  fields: (t) => ({ code: t.string({ description: 'ISO 3166-1 alpha-2 code.', resolve: (c) => c.code ?? c.id.slice('country:'.length) }) }),
});

OrganizationRef.implement({
  interfaces: [EntityRef],
  isTypeOf: (e) => (e as { type?: string }).type === 'Organization',
  fields: () => ({}),
});

PlaceRef.implement({
  description: 'A named place that is no sovereign state: a city (the capital named for itself, "in Moscow"), a US state, a region, a valley, a lake, a sea.',
  interfaces: [EntityRef],
  isTypeOf: (e) => (e as { type?: string }).type === 'Place',
  fields: (t) => ({ countryCode: t.string({ nullable: true, description: 'ISO 3166-1 alpha-2 code of the country it lies in, when known.', resolve: (p) => p.code ?? null }) }),
});

const EventReport = builder.objectRef<EventReportRow>('EventReport').implement({
  description: 'One article reporting an event: the sentences that tell it, and the date, place and parties it gives.',
  fields: (t) => ({
    article: t.field({ type: ArticleRef, resolve: (r) => r.articleId }),
    evidence: t.exposeStringList('evidence', { description: 'The sentences of the article that report the event.' }),
    date: t.exposeString('date', { nullable: true, description: 'The day this article gives, resolved against its publish date.' }),
    place: t.field({ type: CountryRef, nullable: true, resolve: (r) => r.locationId }),
    participants: t.field({ type: [EntityRef], resolve: (r) => r.participantIds }),
  }),
});

EventRef.implement({
  description: 'A real-world event — one node however many articles report it (merged by kind, parties, date window and place).',
  interfaces: [EntityRef],
  isTypeOf: (e) => (e as { type?: string }).type === 'Event',
  fields: (t) => ({
    kind: t.string({ description: 'summit, meeting, talks, visit, call, correspondence, press_conference, strike, attack, election, referendum, protest, ceasefire, agreement…', resolve: (e) => e.kind ?? 'event' }),
    date: t.exposeString('date', { nullable: true, description: 'ISO date: the day most of its reports give, resolved against their publish dates.' }),
    status: t.string({
      description: 'happened when any report tells it happened; else planned (announced, scheduled) or cancelled, as most reports tell it. Proposed or threatened events are not events.',
      resolve: (e) => e.status ?? 'happened',
    }),
    place: t.field({ type: CountryRef, nullable: true, description: 'The country it took place in.', resolve: (e) => e.locationId }),
    location: t.field({ type: CountryRef, nullable: true, deprecationReason: 'Use `place`.', resolve: (e) => e.locationId }),
    participants: t.field({ type: [EntityRef], resolve: (e, _args, ctx) => ctx.loaders.participants.load(e.id) }),
    articleCount: t.int({ description: 'How many articles report it.', resolve: (e) => e.articleCount ?? 0 }),
    reports: t.field({
      type: [EventReport],
      description: 'Every article that reports it, oldest first, with its evidence sentences.',
      resolve: (e, _args, ctx) => ctx.loaders.eventReports.load(e.id),
    }),
  }),
});

builder.queryFields((t) => ({
  entity: t.field({
    type: EntityRef,
    nullable: true,
    description: 'An entity by id ("person:rex-tillerson", "country:RU") or by exact name or alias ("Russia"); null when none.',
    args: { id: t.arg.string({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const found = await ctx.reads.resolveEntityRef(id.trim().slice(0, 200));
      return found;
    },
  }),
}));

