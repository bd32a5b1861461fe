// Public ids carry their type in a prefix; this maps an id back to its GraphQL type for relay's node(id).
import { GraphQLError } from 'graphql';
import { ENTITY_LABELS, ENTITY_TYPE_INFO } from '../graph/model.js';

const PREFIXES: [RegExp, string][] = [
  ...ENTITY_LABELS.map((l): [RegExp, string] => [new RegExp(`^${ENTITY_TYPE_INFO[l].idPrefix}`), l]),
  [/^q:/, 'Quote'],
  [/^[ah]-[0-9a-f]{16}$/, 'Article'],
];

/** The GraphQL type an id belongs to, or undefined when it is no newsgraph id. */
export function typenameOf(id: string): string | undefined {
  for (const [re, name] of PREFIXES) if (re.test(id)) return name;
  return undefined;
}

export function typenameOfId(id: string): string {
  const typename = typenameOf(id);
  if (typename) return typename;
  throw new GraphQLError(`"${id.slice(0, 80)}" is not a newsgraph id (expected e.g. person:rex-tillerson, country:RU, org:nato, q:…, a-…)`, {
    extensions: { code: 'BAD_ID' },
  });
}
