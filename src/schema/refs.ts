// Type references shared by the domain files (declared here, implemented in entity.ts, article.ts, quote.ts, relation.ts).
import type { ArticleRow, EntityRow, EvidenceRow, MentionRow, QuoteRow, RelationRow } from '../graph/reads.js';
import { builder } from './builder.js';
import type { ApiContext } from './context.js';
import { ALL_RELATION_STATUSES, EDGE_STATUSES, ENTITY_LABELS, MEETING_KINDS, RELATION_STATUS_DESCRIPTIONS, RELATION_TYPES, enumValueName } from '../graph/model.js';

/** A GraphQL enum's values from a list of the model (src/graph/model.ts), in its order: PERSON → 'Person'. */
export function modelEnumValues<V extends string>(values: readonly V[], descriptions?: Partial<Record<V, string>>): Record<string, { value: V; description?: string }> {
  return Object.fromEntries(values.map((value) => [enumValueName(value), descriptions?.[value] ? { value, description: descriptions[value] } : { value }]));
}

/** DataLoader results: a row, or an Error naming the id nobody has. */
async function loadAll<T>(loader: { loadMany(ids: readonly string[]): Promise<(T | null | Error)[]> }, ids: readonly string[], what: string) {
  return (await loader.loadMany(ids)).map((row, i) => row ?? new Error(`no ${what} with id "${ids[i]}"`));
}

const entityLoad = (ids: readonly string[], ctx: ApiContext) => loadAll(ctx.loaders.entity, ids, 'entity') as Promise<(EntityRow | Error)[]>;
const entityNode = <T extends string>(name: T) =>
  builder.loadableNodeRef<EntityRow, string>(name, { id: { resolve: (e) => e.id }, load: entityLoad });

export const EntityRef = builder.loadableInterfaceRef<EntityRow, string>('Entity', { load: entityLoad });
export const PersonRef = entityNode('Person');
export const CountryRef = entityNode('Country');
export const OrganizationRef = entityNode('Organization');
export const PlaceRef = entityNode('Place');
export const EventRef = entityNode('Event');

export const ArticleRef = builder.loadableNodeRef<ArticleRow, string>('Article', {
  id: { resolve: (a) => a.id },
  load: (ids, ctx: ApiContext) => loadAll(ctx.loaders.article, ids, 'article') as Promise<(ArticleRow | Error)[]>,
});
export const QuoteRef = builder.loadableNodeRef<QuoteRow, string>('Quote', {
  id: { resolve: (q) => q.id },
  load: (ids, ctx: ApiContext) => loadAll(ctx.loaders.quote, ids, 'quote') as Promise<(QuoteRow | Error)[]>,
});

export const EvidenceRef = builder.objectRef<EvidenceRow>('Evidence');
export const RelationRef = builder.objectRef<RelationRow>('Relation');
export const MentionRef = builder.objectRef<MentionRow>('Mention');

export const EntityTypeEnum = builder.enumType('EntityType', { values: modelEnumValues(ENTITY_LABELS) });

export const RelationTypeEnum = builder.enumType('RelationType', {
  description: 'MET_WITH and ALLIED_WITH are stated by a sentence; CO_MENTIONED means named in the same article.',
  values: modelEnumValues([...RELATION_TYPES, 'CO_MENTIONED'] as const),
});

export const RelationStatusEnum = builder.enumType('RelationStatus', {
  description: 'What a sentence says of a relation. Only HAPPENED, PLANNED and STATED make a relation edge; REFUSED and HEDGED are kept as evidence to ask for.',
  values: modelEnumValues(ALL_RELATION_STATUSES, RELATION_STATUS_DESCRIPTIONS),
});

export const MeetingKindEnum = builder.enumType('MeetingKind', {
  description: 'How the parties of a MET_WITH met: in person (MEETING, TALKS, SUMMIT, VISIT) or at a distance (CALL).',
  values: modelEnumValues(MEETING_KINDS),
});

/** The statuses a relation is read with unless others are asked for: those that make an edge. */
export const EDGE_STATUS_DEFAULT = RELATION_TYPES.flatMap((t) => [...EDGE_STATUSES[t]]);

type ArgBuilder = Parameters<Parameters<typeof builder.queryFields>[0]>[0]['arg'];

/** Statuses and kinds a relation list is filtered by; refused meetings and hedged alliances only when asked for. */
export const relationFilterArgs = (t: { arg: ArgBuilder }) => ({
  statuses: t.arg({
    type: [RelationStatusEnum],
    defaultValue: [...EDGE_STATUS_DEFAULT],
    description: 'Statuses to include. By default HAPPENED, PLANNED and STATED: a refused meeting is never returned as a meeting unless REFUSED is asked for.',
  }),
  kinds: t.arg({ type: [MeetingKindEnum], description: 'MET_WITH kinds to include (e.g. leave out CALL); all by default.' }),
});

export const DateArg = { description: 'ISO date, YYYY-MM-DD (inclusive).' };
/** The one wording of the speech-or-stance filter, on every quote list. */
export const STANCE_ARG =
  'false: speech only (said, told, wrote, …); true: stance attributions only ("cited …", "called for …", "refused to …": what was put forward, in the reporter\'s words); absent: both.';
