// Expected errors: a stable `extensions.code` for clients, and typed error results (errors plugin) where a miss is an answer.
import { GraphQLError } from 'graphql';
import { builder } from './builder.js';

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

export class EntityNotFoundError extends Error {
  override name = 'EntityNotFoundError';
  constructor(readonly ref: string) {
    super(`no entity with id or name "${ref.slice(0, 120)}"`);
  }
}

const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  fields: (t) => ({ message: t.exposeString('message') }),
});

builder.objectType(EntityNotFoundError, {
  name: 'EntityNotFoundError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ ref: t.exposeString('ref', { description: 'The id or name that matched nothing.' }) }),
});
