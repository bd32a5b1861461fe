// Relay's node(id) and nodes(ids): an unknown or malformed id is null, as the relay spec has it, not an error per id.
import { brandWithType } from '@pothos/core';
import { builder } from './builder.js';
import type { ApiContext } from './context.js';
import { typenameOf } from './ids.js';
import { checkPageSize } from './pagination.js';
import { ArticleRef, CountryRef, EventRef, OrganizationRef, PersonRef, PlaceRef, QuoteRef } from './refs.js';
import type { EntityLabel } from '../graph/model.js';

// One ref per entity label of the model: a label added there without its ref here does not compile.
const ENTITY_REFS = { Person: PersonRef, Country: CountryRef, Organization: OrganizationRef, Place: PlaceRef, Event: EventRef } as const satisfies Record<EntityLabel, unknown>;
const ENTITY_TYPES = new Set(Object.keys(ENTITY_REFS));
const REFS = { ...ENTITY_REFS, Article: ArticleRef, Quote: QuoteRef } as const;

async function loadNode(id: string, ctx: ApiContext): Promise<object | null> {
  const typename = typenameOf(id);
  if (!typename) return null;
  const loader = ENTITY_TYPES.has(typename) ? ctx.loaders.entity : typename === 'Article' ? ctx.loaders.article : ctx.loaders.quote;
  const row = (await loader.load(id)) as (object & { type?: string }) | null;
  // An entity id's prefix and its stored type agree; a row of another type under that id is no node of the asked type.
  if (!row || (ENTITY_TYPES.has(typename) && row.type !== typename)) return null;
  brandWithType(row, REFS[typename as keyof typeof REFS]); // tells the Node interface which type this row is
  return row;
}

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'Any object by its id ("person:rex-tillerson", "country:RU", "q:…", "a-…"); null when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => loadNode(String(id), ctx),
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: 'Objects by their ids, in the same order; null for each id there is none for. At most API_MAX_PAGE_SIZE ids.',
    args: { ids: t.arg.idList({ required: true }) },
    resolve: (_root, { ids }, ctx) => {
      checkPageSize(ids.length, ctx, 'ids');
      return Promise.all(ids.map((id) => loadNode(String(id), ctx)));
    },
  }),
}));
