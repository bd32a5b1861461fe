// Argument checks shared by the queries: entity references (id or name) and ISO dates.
import { GraphQLError } from 'graphql';
import type { ApiContext } from './context.js';
import { badInput, EntityNotFoundError } from './errors.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isoDate(value: string | null | undefined, arg: string): string | null {
  if (value == null) return null;
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) throw badInput(`"${arg}" must be a date like 2017-04-12 (got "${value.slice(0, 40)}")`);
  return value;
}

/** An entity id ("country:RU") or an exact name or alias ("Russia"); throws EntityNotFoundError when nothing matches. */
export async function entityIdOf(ref: string, ctx: ApiContext): Promise<string> {
  if (ref.length > 200) throw badInput('an entity reference is at most 200 characters');
  const id = await ctx.reads.resolveEntityRef(ref.trim());
  if (!id) throw new EntityNotFoundError(ref);
  return id;
}

/** Like entityIdOf, for fields without a typed error result: a GraphQL error with code NOT_FOUND. */
export async function entityIdOrThrow(ref: string, ctx: ApiContext): Promise<string> {
  try {
    return await entityIdOf(ref, ctx);
  } catch (err) {
    if (err instanceof EntityNotFoundError) throw new GraphQLError(err.message, { extensions: { code: 'NOT_FOUND' } });
    throw err;
  }
}
