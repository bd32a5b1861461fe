// The explorer's only way to the data: POSTs to the public GraphQL endpoint of the server that served the page.
export class ApiError extends Error {
  /** The first error's extensions.code (UNAUTHENTICATED, FORBIDDEN, RATE_LIMITED, BAD_USER_INPUT, …), when given. */
  constructor(
    message: string,
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

/** A GraphQL request; `token` (an editor's, for changes) goes in the Authorization header, never in the URL. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    // The CSRF header the server asks of every non-simple request.
    headers: { 'content-type': 'application/json', accept: 'application/json', 'x-graphql-yoga-csrf': 'explore', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json().catch(() => null)) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  if (body?.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '), body.errors[0].extensions?.code ?? null);
  if (!res.ok || !body?.data) throw new ApiError(`the server answered ${res.status}`);
  return body.data;
}

export type EntityType = 'PERSON' | 'COUNTRY' | 'ORGANIZATION' | 'PLACE' | 'EVENT';
export type RelationType = 'MET_WITH' | 'ALLIED_WITH' | 'CO_MENTIONED';

export interface EntityBrief {
  id: string;
  name: string;
  type: EntityType;
  mentionCount: number;
}

export interface ArticleBrief {
  title: string;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
}

export interface Evidence {
  /** null for co-mentions (nothing stored to retract). */
  id: string | null;
  sentence: string | null;
  status: string | null;
  cue: string | null;
  type: RelationType;
  article: ArticleBrief;
}

export interface RelationBrief {
  type: RelationType;
  status: string | null;
  articleCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  other: EntityBrief;
}

export const ENTITY_BRIEF = 'id name type mentionCount';
export const ARTICLE_BRIEF = 'title url source publishedAt';
export const EVIDENCE_FIELDS = `id sentence status cue type article { ${ARTICLE_BRIEF} }`;
