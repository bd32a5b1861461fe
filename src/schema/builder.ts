// The Pothos schema builder: relay (stable ids, connections), dataloader (no N+1), errors (typed error results).
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import type { ApiContext } from './context.js';
import { typenameOfId } from './ids.js';

export const builder = new SchemaBuilder<{
  Context: ApiContext;
  DefaultFieldNullability: false;
  Connection: { totalCount: number | (() => Promise<number>) };
}>({
  plugins: [ErrorsPlugin, RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Our ids are already global and readable ("person:rex-tillerson", "country:RU"): they are the relay ids as they are.
    encodeGlobalID: (_typename, id) => String(id),
    decodeGlobalID: (globalID) => ({ typename: typenameOfId(globalID), id: globalID }),
    // node and nodes are defined in node.ts: an unknown or malformed id is null there, not an error with a stack trace.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
  errors: { defaultTypes: [] },
});

builder.queryType({ description: 'Who said what about whom, when: entities, quotes, relations, paths and timelines from news articles.' });

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'Number of items over all pages.',
    resolve: (parent) => (typeof parent.totalCount === 'function' ? parent.totalCount() : parent.totalCount),
  }),
);
