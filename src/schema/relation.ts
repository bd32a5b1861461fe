// Relations between entities (met with, allied with, co-mentioned), their evidence, and paths through them.
import { GraphQLError } from 'graphql';
import type { PathStep } from '../graph/reads.js';
import { builder } from './builder.js';
import { entityIdOf, entityIdOrThrow } from './args.js';
import { EntityNotFoundError } from './errors.js';
import { checkPageSize } from './pagination.js';
import { DEFAULT_STATUS, RELATION_TYPES, type RelationStatus } from '../graph/model.js';
import { ArticleRef, EntityRef, EvidenceRef, MeetingKindEnum, RelationRef, RelationStatusEnum, RelationTypeEnum, relationFilterArgs } from './refs.js';

const EVIDENCE_FIRST = { defaultValue: 5, description: 'How many pieces of evidence, newest first.' };

EvidenceRef.implement({
  description: 'One sentence (or, for co-mentions, one article) that states a relation.',
  fields: (t) => ({
    id: t.string({
      nullable: true,
      description: 'Its id (give it to `retractRelation`); null for co-mentions, which are read from the articles and stored nowhere.',
      resolve: (e) => (e.type === 'CO_MENTIONED' ? null : e.id),
    }),
    type: t.field({ type: RelationTypeEnum, resolve: (e) => e.type }),
    source: t.field({ type: EntityRef, resolve: (e) => e.sourceId }),
    target: t.field({ type: EntityRef, resolve: (e) => e.targetId }),
    article: t.field({ type: ArticleRef, resolve: (e) => e.articleId }),
    sentence: t.exposeString('sentence', { nullable: true }),
    start: t.exposeInt('start', { nullable: true, description: 'Character offset of the sentence in the article body.' }),
    end: t.exposeInt('end', { nullable: true }),
    publishedAt: t.exposeString('publishedAt', { nullable: true }),
    status: t.field({
      type: RelationStatusEnum,
      nullable: true,
      description: 'What this sentence says: happened, planned or refused (MET_WITH), stated or hedged (ALLIED_WITH); null for co-mentions.',
      resolve: (e) => (e.type === 'CO_MENTIONED' ? null : (e.status ?? DEFAULT_STATUS[e.type])),
    }),
    kind: t.field({ type: MeetingKindEnum, nullable: true, description: 'MET_WITH: how they met.', resolve: (e) => (e.kind as 'meeting' | null) ?? null }),
    cue: t.exposeString('cue', { nullable: true, description: 'The words that state it, e.g. "held talks with".' }),
    date: t.exposeString('date', { nullable: true, description: 'MET_WITH: the date the sentence gives, resolved against the publication date.' }),
  }),
});

const StatusCount = builder.objectRef<{ status: RelationStatus; count: number }>('StatusCount').implement({
  description: 'How many pieces of evidence of a relation say one status.',
  fields: (t) => ({
    status: t.field({ type: RelationStatusEnum, resolve: (c) => c.status }),
    count: t.exposeInt('count'),
  }),
});

RelationRef.implement({
  description: 'A relation seen from `entity`: who the other side is, how often and when it was stated, and the evidence.',
  fields: (t) => ({
    type: t.field({ type: RelationTypeEnum, resolve: (r) => r.type }),
    entity: t.field({ type: EntityRef, resolve: (r) => r.entityId }),
    other: t.field({ type: EntityRef, resolve: (r) => r.otherId }),
    firstSeen: t.exposeString('firstSeen', { nullable: true }),
    lastSeen: t.exposeString('lastSeen', { nullable: true }),
    articleCount: t.exposeInt('articleCount', { description: 'Distinct articles stating it.' }),
    evidenceCount: t.exposeInt('evidenceCount'),
    status: t.field({
      type: RelationStatusEnum,
      nullable: true,
      description: 'The best status among its evidence (happened before planned before refused); null for co-mentions.',
      resolve: (r) => r.status ?? null,
    }),
    statusCounts: t.field({ type: [StatusCount], description: 'Evidence per status (of the statuses asked for).', resolve: (r) => r.statusCounts ?? [] }),
    kinds: t.field({ type: [MeetingKindEnum], description: 'MET_WITH: the kinds of meeting stated.', resolve: (r) => (r.kinds ?? []) as 'meeting'[] }),
    evidence: t.field({
      type: [EvidenceRef],
      args: {
        first: t.arg.int(EVIDENCE_FIRST),
        statuses: t.arg({ type: [RelationStatusEnum], description: 'Only evidence of these statuses; by default those the relation was read with.' }),
      },
      resolve: async (r, args, ctx) =>
        (await ctx.loaders.relationEvidence.load({ type: r.type, a: r.entityId, b: r.otherId, statuses: args.statuses ?? r.statuses })).slice(0, checkPageSize(args.first, ctx)),
    }),
  }),
});

const PathHop = builder.objectRef<PathStep>('PathHop').implement({
  fields: (t) => ({
    from: t.field({ type: EntityRef, resolve: (s) => s.fromId }),
    to: t.field({ type: EntityRef, resolve: (s) => s.toId }),
    type: t.field({ type: RelationTypeEnum, resolve: (s) => s.type }),
    evidence: t.field({
      type: [EvidenceRef],
      args: { first: t.arg.int(EVIDENCE_FIRST) },
      resolve: async (s, args, ctx) => {
        const all = await ctx.loaders.relationEvidence.load({ type: s.type, a: s.fromId, b: s.toId });
        // A co-mention hop was found through one article: show that article first.
        const ordered = s.articleId ? [...all.filter((e) => e.articleId === s.articleId), ...all.filter((e) => e.articleId !== s.articleId)] : all;
        return ordered.slice(0, checkPageSize(args.first, ctx));
      },
    }),
  }),
});

const Path = builder.objectRef<PathStep[]>('Path').implement({
  fields: (t) => ({
    length: t.int({ resolve: (p) => p.length }),
    hops: t.field({ type: [PathHop], resolve: (p) => p }),
  }),
});

builder.queryFields((t) => ({
  relations: t.field({
    type: [RelationRef],
    description: 'Relations of one entity (id or exact name), strongest first.',
    args: {
      entity: t.arg.string({ required: true }),
      types: t.arg({ type: [RelationTypeEnum], defaultValue: [...RELATION_TYPES] }),
      first: t.arg.int({ defaultValue: 20 }),
      ...relationFilterArgs(t),
    },
    resolve: async (_root, args, ctx) =>
      ctx.reads.relations(await entityIdOrThrow(args.entity, ctx), [...new Set(args.types ?? [])], checkPageSize(args.first, ctx), { statuses: args.statuses, kinds: args.kinds }),
  }),
  between: t.field({
    type: [RelationRef],
    description: 'Everything linking two entities: stated relations and co-mentions, each with evidence.',
    errors: { types: [EntityNotFoundError] },
    args: { a: t.arg.string({ required: true }), b: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => ctx.reads.between(await entityIdOf(args.a, ctx), await entityIdOf(args.b, ctx)),
  }),
  path: t.field({
    type: [Path],
    description: 'Shortest paths between two entities over stated relations and co-mentions; every hop carries its evidence.',
    errors: { types: [EntityNotFoundError] },
    args: {
      from: t.arg.string({ required: true }),
      to: t.arg.string({ required: true }),
      maxHops: t.arg.int({ defaultValue: 3 }),
      first: t.arg.int({ defaultValue: 3, description: 'How many shortest paths.' }),
    },
    resolve: async (_root, args, ctx) => {
      const max = ctx.limits.API_MAX_PATH_HOPS;
      const hops = args.maxHops ?? 3;
      if (hops < 1 || hops > max) throw new GraphQLError(`"maxHops" must be between 1 and ${max}`, { extensions: { code: 'LIMIT_EXCEEDED', max } });
      const first = args.first ?? 3;
      if (first < 1 || first > 10) throw new GraphQLError('"first" must be between 1 and 10', { extensions: { code: 'LIMIT_EXCEEDED', max: 10 } });
      const [from, to] = [await entityIdOf(args.from, ctx), await entityIdOf(args.to, ctx)];
      if (from === to) return [];
      return ctx.reads.paths(from, to, hops, first);
    },
  }),
}));
