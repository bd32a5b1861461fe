// The Pothos schema builder: relay (stable ids, connections), dataloader (no N+1), errors (typed error results).
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import { ROLES, type Role } from '../graph/model.js';
import type { ApiContext } from './context.js';
import { typenameOfId } from './ids.js';

export const builder = new SchemaBuilder<{
  Context: ApiContext;
  DefaultFieldNullability: false;
  Connection: { totalCount: number | (() => Promise<number>) };
  AuthScopes: {
    /** Reads: open, unless API_REQUIRE_TOKEN asks for a token of any role. */
    readAccess: boolean;
    /** At least this role; the parameter is `<role>:<what is asked>`, so a refusal is recorded with what was refused. */
    role: `${Role}:${string}`;
  };
}>({
  // Scope auth first: a field's scopes are checked before any other plugin runs its resolver.
  plugins: [ScopeAuthPlugin, ErrorsPlugin, RelayPlugin, DataloaderPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({
      readAccess: !ctx.access.requireToken || ctx.access.actor !== null,
      role: async (param) => {
        const [role, action] = param.split(':') as [Role, string];
        const actor = ctx.access.actor;
        if (actor && ROLES.indexOf(actor.role) >= ROLES.indexOf(role)) return true;
        await ctx.access.noteRefusal(action, actor ? `role ${actor.role} lacks ${role}` : 'no token');
        return false;
      },
    }),
    // No token: UNAUTHENTICATED; a token without the role: FORBIDDEN.
    unauthorizedError: (_parent, ctx) =>
      ctx.access.actor
        ? new GraphQLError(`not allowed for role ${ctx.access.actor.role}`, { extensions: { code: 'FORBIDDEN' } })
        : new GraphQLError('a bearer token is required (Authorization: Bearer <token>)', { extensions: { code: 'UNAUTHENTICATED' } }),
  },
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

builder.queryType({
  description: 'Who said what about whom, when: entities, quotes, relations, paths and timelines from news articles.',
  authScopes: { readAccess: true },
});
builder.mutationType({ description: 'Editors correct the graph: every change needs an editor token, is audited, and is kept as a rule that reloads honour.' });

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'Number of items over all pages.',
    resolve: (parent) => (typeof parent.totalCount === 'function' ? parent.totalCount() : parent.totalCount),
  }),
);
