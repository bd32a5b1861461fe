// Argument checks shared by the queries: entity references (id or name) and ISO dates.
import { GraphQLError } from 'graphql';
import type { EntityRefInfo } from '../graph/reads.js';
import type { ApiContext } from './context.js';
import { badInput, EntityNotFoundError } from './errors.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isoDate(value: string | null | undefined, arg: string): string | null {
  if (value == null) return null;
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) throw badInput(`"${arg}" must be a date like 2017-04-12 (got "${value.slice(0, 40)}")`);
  return value;
}

/** An entity id ("country:RU") or an exact name or alias ("Russia"); throws EntityNotFoundError when nothing matches. */
export async function entityRefOf(ref: string, ctx: ApiContext): Promise<EntityRefInfo> {
  if (ref.length > 200) throw badInput('an entity reference is at most 200 characters');
  const key = ref.trim();
  const cached = ctx.refs.get(key);
  if (cached) return cached;
  const info = await ctx.reads.entityRefInfo(key);
  if (!info) throw new EntityNotFoundError(ref);
  ctx.refs.set(key, info);
  return info;
}

export async function entityIdOf(ref: string, ctx: ApiContext): Promise<string> {
  return (await entityRefOf(ref, ctx)).id;
}

/** Like entityRefOf, for fields without a typed error result: a GraphQL error with code NOT_FOUND. */
export async function entityRefOrThrow(ref: string, ctx: ApiContext): Promise<EntityRefInfo> {
  try {
    return await entityRefOf(ref, ctx);
  } catch (err) {
    if (err instanceof EntityNotFoundError) throw new GraphQLError(err.message, { extensions: { code: 'NOT_FOUND' } });
    throw err;
  }
}

export async function entityIdOrThrow(ref: string, ctx: ApiContext): Promise<string> {
  return (await entityRefOrThrow(ref, ctx)).id;
}
