// Type references shared by the domain files (declared here, implemented in entity.ts, article.ts, quote.ts, relation.ts).
import type { ArticleRow, EntityRow, EvidenceRow, MentionRow, QuoteRow, RelationRow } from '../graph/reads.js';
import { builder } from './builder.js';
import type { ApiContext } from './context.js';

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

export const EntityTypeEnum = builder.enumType('EntityType', {
  values: {
    PERSON: { value: 'Person' },
    COUNTRY: { value: 'Country' },
    ORGANIZATION: { value: 'Organization' },
    EVENT: { value: 'Event' },
  } as const,
});

export const RelationTypeEnum = builder.enumType('RelationType', {
  description: 'MET_WITH and ALLIED_WITH are stated by a sentence; CO_MENTIONED means named in the same article.',
  values: {
    MET_WITH: { value: 'MET_WITH' },
    ALLIED_WITH: { value: 'ALLIED_WITH' },
    CO_MENTIONED: { value: 'CO_MENTIONED' },
  } as const,
});

export const DateArg = { description: 'ISO date, YYYY-MM-DD (inclusive).' };
