// Bearer-token authentication for the API: the token's owner and role, rate limits on changes and on failed logins.
import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import type { Actor } from '../graph/audit.js';
import { GraphCuration } from '../graph/curation-service.js';
import { findTokenOwner } from '../graph/tokens.js';
import type { AccessContext } from '../schema/context.js';

const BEARER = /^Bearer ([\w.~+/=-]{1,200})$/;

const rateLimited = (what: string, res: RateLimiterRes) =>
  new GraphQLError(`too many ${what}; try again in ${Math.ceil(res.msBeforeNext / 1000)} s`, {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds: Math.ceil(res.msBeforeNext / 1000) },
  });

/** Builds each request's AccessContext: who the bearer token belongs to, and the limits that apply to them. */
export function createAccess(driver: Driver, database: string, config: Pick<Config, 'API_REQUIRE_TOKEN' | 'API_MUTATIONS_PER_MINUTE' | 'API_FAILED_LOGINS_PER_MINUTE'>) {
  const curation = new GraphCuration(driver, database);
  const mutations = new RateLimiterMemory({ points: config.API_MUTATIONS_PER_MINUTE, duration: 60 });
  const failedLogins = new RateLimiterMemory({ points: config.API_FAILED_LOGINS_PER_MINUTE, duration: 60 });

  const limitMutation = async (actor: Actor) => {
    try {
      await mutations.consume(actor.name);
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      await curation.recordRefusal(actor, 'mutation', 'rate limited');
      throw rateLimited('changes', err);
    }
  };

  const refusals = new RateLimiterMemory({ points: config.API_FAILED_LOGINS_PER_MINUTE, duration: 60 });

  // Past the limit a refusal is still refused, only no longer written down.
  const noteRefusal = async (actor: Actor | null, client: string, action: string, reason: string) => {
    const under = await refusals.consume(`${actor?.name ?? '-'}@${client}`).then(
      () => true,
      (err: unknown) => {
        if (err instanceof RateLimiterRes) return false;
        throw err;
      },
    );
    if (under) await curation.recordRefusal(actor, action, reason);
  };
  // Built field by field: this runs for every request, and a spread of a shared base object is V8's slow path.
  const withActor = (actor: Actor | null, client: string): AccessContext => ({
    requireToken: config.API_REQUIRE_TOKEN,
    curation,
    limitMutation,
    actor,
    noteRefusal: (action, reason) => noteRefusal(actor, client, action, reason),
  });

  return async (authorization: string | null, req: IncomingMessage | undefined): Promise<AccessContext> => {
    const client = req?.socket.remoteAddress ?? 'unknown';
    if (!authorization) return withActor(null, client);
    const seen = await failedLogins.get(client);
    if (seen && seen.consumedPoints >= config.API_FAILED_LOGINS_PER_MINUTE) throw rateLimited('failed logins', seen);
    const token = BEARER.exec(authorization.trim())?.[1];
    const owner = token ? await findTokenOwner(driver, database, token) : null;
    if (owner) return withActor(owner, client);
    await failedLogins.consume(client).catch((err: unknown) => {
      if (!(err instanceof RateLimiterRes)) throw err;
    });
    await curation.recordRefusal(null, 'login', token ? `unknown token from ${client}` : `malformed Authorization header from ${client}`);
    throw new GraphQLError('the bearer token is not valid', { extensions: { code: 'UNAUTHENTICATED' } });
  };
}
