// Curation: the mutations editors correct the graph with (each audited and kept as a rule), undo, and the audit log.
import { GraphQLError } from 'graphql';
import { CurationInputError, LoadRunningError, type Actor, type AuditRow, type CurationResult } from '../graph/audit.js';
import type { GraphCuration } from '../graph/curation-service.js';
import { ROLES } from '../graph/model.js';
import { isRole } from '../graph/tokens.js';
import { builder } from './builder.js';
import type { ApiContext } from './context.js';
import { entityIdOrThrow } from './args.js';
import { badInput } from './errors.js';
import { offsetConnection } from './pagination.js';
import { EntityRef, QuoteRef } from './refs.js';

const MAX_REASON = 2000;
const MAX_IDS = 50;

const CurationPayload = builder.objectRef<CurationResult & { kind: 'entity' | 'quote' | 'none' }>('CurationPayload').implement({
  description: 'What a change left: its audit record, and the entity or quote in place of what it changed (null when it removed it).',
  fields: (t) => ({
    auditId: t.exposeString('auditId', { description: 'The audit record of this change (give it to `undo`).' }),
    entity: t.field({ type: EntityRef, nullable: true, resolve: (p) => (p.kind === 'entity' ? p.resultId : null) }),
    quote: t.field({ type: QuoteRef, nullable: true, resolve: (p) => (p.kind === 'quote' ? p.resultId : null) }),
  }),
});

const AuditRecordRef = builder.objectRef<AuditRow>('AuditRecord').implement({
  description: 'One change (or refused attempt): who, when, what, why, and the state before and after as JSON.',
  fields: (t) => ({
    id: t.exposeString('id'),
    seq: t.exposeInt('seq', { description: 'Order of the change among all changes.' }),
    at: t.exposeString('at', { description: 'ISO time.' }),
    actor: t.exposeString('actor', { nullable: true, description: 'The token name; null when no (valid) token was given.' }),
    role: t.exposeString('role', { nullable: true }),
    action: t.exposeString('action', { description: 'The mutation (mergeEntities, …, undo, applyRule) or, when refused, what was asked for.' }),
    outcome: t.exposeString('outcome', { description: 'done, or refused (no token, a role too low, too many requests).' }),
    reason: t.exposeString('reason'),
    before: t.exposeString('before', { description: 'JSON: the nodes and relationships the change replaced.' }),
    after: t.exposeString('after', { description: 'JSON: what the change made and the rules it recorded.' }),
    entityIds: t.exposeStringList('entityIds'),
    ruleIds: t.exposeStringList('ruleIds'),
    undoneBy: t.exposeString('undoneBy', { nullable: true, description: 'The audit record of the undo, when undone.' }),
  }),
});

const REASON = { required: true, description: 'Why: kept in the audit log and the curation file.' } as const;

function checkReason(reason: string): string {
  const r = reason.trim();
  if (!r) throw badInput('"reason" must say why');
  if (r.length > MAX_REASON) throw badInput(`"reason" is at most ${MAX_REASON} characters`);
  return r;
}

/** One change: rate limit, the change itself, the reference cache emptied (names and counts moved). */
async function curate(ctx: ApiContext, kind: 'entity' | 'quote' | 'none', work: (c: GraphCuration, actor: Actor) => Promise<CurationResult>) {
  const { curation, actor } = ctx.access;
  if (!curation || !actor) throw new GraphQLError('changes are not served here', { extensions: { code: 'UNAVAILABLE' } });
  await ctx.access.limitMutation(actor);
  try {
    const result = await work(curation, actor);
    ctx.refs.clear();
    return { ...result, kind: result.resultId ? kind : ('none' as const) };
  } catch (err) {
    if (err instanceof CurationInputError) throw badInput(err.message);
    if (err instanceof LoadRunningError) throw new GraphQLError(err.message, { extensions: { code: 'LOAD_RUNNING' } });
    throw err;
  }
}

const editor = (action: string) => ({ role: `editor:${action}` as const });

builder.mutationFields((t) => ({
  mergeEntities: t.field({
    type: CurationPayload,
    authScopes: editor('mergeEntities'),
    description: 'Merges entities of one type into `into`: their mentions, quotes, topics, relations and event parts move to it, and it keeps its name.',
    args: { ids: t.arg.stringList({ required: true }), into: t.arg.string({ required: true }), reason: t.arg.string(REASON) },
    resolve: async (_root, args, ctx) => {
      if (args.ids.length > MAX_IDS) throw badInput(`"ids" holds at most ${MAX_IDS} entities`);
      const ids = await Promise.all(args.ids.map((id) => entityIdOrThrow(id, ctx)));
      const into = await entityIdOrThrow(args.into, ctx);
      return curate(ctx, 'entity', (c, actor) => c.mergeEntities(actor, ids, into, checkReason(args.reason)));
    },
  }),
  splitEntity: t.field({
    type: CurationPayload,
    authScopes: editor('splitEntity'),
    description: 'Moves what the given articles say of an entity to a new entity named `name` (another person with the same name).',
    args: { id: t.arg.string({ required: true }), articles: t.arg.stringList({ required: true }), name: t.arg.string({ required: true }), reason: t.arg.string(REASON) },
    resolve: async (_root, args, ctx) => {
      if (args.articles.length > 1000) throw badInput('"articles" holds at most 1000 ids');
      const id = await entityIdOrThrow(args.id, ctx);
      return curate(ctx, 'entity', (c, actor) => c.splitEntity(actor, id, args.articles, args.name.trim(), checkReason(args.reason)));
    },
  }),
  renameEntity: t.field({
    type: CurationPayload,
    authScopes: editor('renameEntity'),
    description: 'Gives an entity the name it should have; the names the articles use stay as aliases.',
    args: { id: t.arg.string({ required: true }), name: t.arg.string({ required: true }), reason: t.arg.string(REASON) },
    resolve: async (_root, args, ctx) => {
      if (args.name.length > 200) throw badInput('"name" is at most 200 characters');
      const id = await entityIdOrThrow(args.id, ctx);
      return curate(ctx, 'entity', (c, actor) => c.renameEntity(actor, id, args.name, checkReason(args.reason)));
    },
  }),
  setEntityType: t.field({
    type: CurationPayload,
    authScopes: editor('setEntityType'),
    description: 'Makes a person an organization or the other way round (its id changes with its type: person:… / org:…).',
    args: { id: t.arg.string({ required: true }), type: t.arg.string({ required: true, description: 'Person or Organization.' }), reason: t.arg.string(REASON) },
    resolve: async (_root, args, ctx) => {
      const id = await entityIdOrThrow(args.id, ctx);
      return curate(ctx, 'entity', (c, actor) => c.setEntityType(actor, id, args.type, checkReason(args.reason)));
    },
  }),
  retractQuote: t.field({
    type: CurationPayload,
    authScopes: editor('retractQuote'),
    description: 'Removes a quote that is no quote (or not of this article); a reload of the article leaves it out.',
    args: { id: t.arg.string({ required: true }), reason: t.arg.string(REASON) },
    resolve: (_root, args, ctx) => curate(ctx, 'quote', (c, actor) => c.retractQuote(actor, args.id, checkReason(args.reason))),
  }),
  reassignQuote: t.field({
    type: CurationPayload,
    authScopes: editor('reassignQuote'),
    description: 'Gives a quote its right speaker.',
    args: { id: t.arg.string({ required: true }), speaker: t.arg.string({ required: true }), reason: t.arg.string(REASON) },
    resolve: async (_root, args, ctx) => {
      const speaker = await entityIdOrThrow(args.speaker, ctx);
      return curate(ctx, 'quote', (c, actor) => c.reassignQuote(actor, args.id, speaker, checkReason(args.reason)));
    },
  }),
  retractRelation: t.field({
    type: CurationPayload,
    authScopes: editor('retractRelation'),
    description: 'Removes one piece of evidence of a relation (its edge is recomputed from the rest).',
    args: { evidenceId: t.arg.string({ required: true }), reason: t.arg.string(REASON) },
    resolve: (_root, args, ctx) => curate(ctx, 'none', (c, actor) => c.retractRelation(actor, args.evidenceId, checkReason(args.reason))),
  }),
  undo: t.field({
    type: CurationPayload,
    authScopes: editor('undo'),
    description: 'Undoes a change: the graph as it was before it, its rules removed. A later change to the same entities must be undone first.',
    args: { auditId: t.arg.string({ required: true }), reason: t.arg.string(REASON) },
    resolve: (_root, args, ctx) => curate(ctx, 'none', (c, actor) => c.undo(actor, args.auditId, checkReason(args.reason))),
  }),
}));

const ViewerRef = builder.objectRef<Actor>('Viewer').implement({
  description: 'The owner of the bearer token this request carries.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The token name (`newsgraph token create --name`).' }),
    role: t.exposeString('role', { description: 'reader, editor or admin; changes need editor.' }),
    canEdit: t.boolean({ description: 'Whether this role may make changes (editor or admin).', resolve: (a) => ROLES.indexOf(a.role) >= ROLES.indexOf('editor') }),
  }),
});

const CreatedToken = builder.objectRef<{ token: string; name: string; role: string; auditId: string }>('CreatedApiToken').implement({
  description: 'A new bearer token: shown this once (only its sha256 is stored).',
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Send as `Authorization: Bearer <token>`; keep it secret.' }),
    name: t.exposeString('name'),
    role: t.exposeString('role'),
    auditId: t.exposeString('auditId', { description: 'The audit record of its creation.' }),
  }),
});

builder.mutationFields((t) => ({
  createApiToken: t.field({
    type: CreatedToken,
    authScopes: { role: 'admin:createApiToken' },
    description: 'Admins only: a token for `name` with `role` (as `newsgraph token create`), audited.',
    args: {
      name: t.arg.string({ required: true }),
      role: t.arg.string({ required: true, description: 'reader, editor or admin.' }),
      reason: t.arg.string(REASON),
    },
    resolve: async (_root, args, ctx) => {
      const name = args.name.trim();
      if (!name || name.length > 100) throw badInput('"name" must hold 1 to 100 characters');
      if (!isRole(args.role)) throw badInput(`"role" must be one of ${ROLES.join(', ')}`);
      const { curation, actor } = ctx.access;
      if (!curation || !actor) throw new GraphQLError('changes are not served here', { extensions: { code: 'UNAVAILABLE' } });
      await ctx.access.limitMutation(actor);
      const role = args.role;
      const { token, auditId } = await curation.createToken(actor, name, role, checkReason(args.reason));
      return { token, name, role, auditId };
    },
  }),
}));

builder.queryFields((t) => ({
  viewer: t.field({
    type: ViewerRef,
    nullable: true,
    description: 'Who the bearer token belongs to; null without a token (an invalid token is refused as UNAUTHENTICATED).',
    resolve: (_root, _args, ctx) => ctx.access.actor,
  }),
  auditLog: t.connection({
    type: AuditRecordRef,
    authScopes: { role: 'reader:auditLog' },
    description: 'Changes and refused attempts, oldest first; with `entity`, those that touched it. Needs a token.',
    args: { entity: t.arg.string({ description: 'An entity id.' }) },
    resolve: (_root, args, ctx) => {
      const curation = ctx.access.curation;
      if (!curation) throw new GraphQLError('the audit log is not served here', { extensions: { code: 'UNAVAILABLE' } });
      const entity = args.entity ?? null;
      return offsetConnection(args, ctx, (page) => curation.auditLog(entity, page), () => curation.countAudit(entity));
    },
  }),
}));
