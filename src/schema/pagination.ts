// Offset connections with explicit limits: a page larger than the cap or a forged cursor is an error, not a silent clamp.
import { GraphQLError } from 'graphql';
import { cursorToOffset, resolveOffsetConnection, type DefaultConnectionArguments } from '@pothos/plugin-relay';
import type { Page } from '../graph/reads.js';
import type { ApiContext } from './context.js';

export const DEFAULT_PAGE_SIZE = 20;

export function checkPageSize(first: number | null | undefined, ctx: ApiContext, arg = 'first'): number {
  const max = ctx.limits.API_MAX_PAGE_SIZE;
  if (first == null) return Math.min(DEFAULT_PAGE_SIZE, max);
  if (first < 0 || first > max) {
    throw new GraphQLError(`"${arg}" must be between 0 and ${max} (got ${first})`, { extensions: { code: 'LIMIT_EXCEEDED', max } });
  }
  return first;
}

function checkCursor(cursor: string | null | undefined, arg: string): void {
  if (cursor == null) return;
  let offset = Number.NaN;
  try {
    offset = cursorToOffset(cursor);
  } catch {
    // reported below
  }
  if (!Number.isInteger(offset) || offset < 0 || offset > 1_000_000) {
    throw new GraphQLError(`"${arg}" is not a cursor this API issued`, { extensions: { code: 'BAD_CURSOR' } });
  }
}

/** A connection page from `load`, with a lazily counted totalCount (only queried when asked for). */
export async function offsetConnection<T>(
  args: DefaultConnectionArguments,
  ctx: ApiContext,
  load: (page: Page) => Promise<T[]>,
  count: () => Promise<number>,
) {
  checkPageSize(args.first, ctx);
  checkPageSize(args.last, ctx, 'last');
  checkCursor(args.after, 'after');
  checkCursor(args.before, 'before');
  const conn = await resolveOffsetConnection({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: ctx.limits.API_MAX_PAGE_SIZE }, ({ offset, limit }) =>
    load({ offset, limit }),
  );
  return { ...conn, totalCount: count };
}
