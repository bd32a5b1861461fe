// Public ids carry their type in a prefix; this maps an id back to its GraphQL type for relay's node(id).
import { GraphQLError } from 'graphql';

const PREFIXES: [RegExp, string][] = [
  [/^person:/, 'Person'],
  [/^country:/, 'Country'],
  [/^org:/, 'Organization'],
  [/^event:/, 'Event'],
  [/^q:/, 'Quote'],
  [/^[ah]-[0-9a-f]{16}$/, 'Article'],
];

export function typenameOfId(id: string): string {
  for (const [re, name] of PREFIXES) if (re.test(id)) return name;
  throw new GraphQLError(`"${id.slice(0, 80)}" is not a newsgraph id (expected e.g. person:rex-tillerson, country:RU, org:nato, q:…, a-…)`, {
    extensions: { code: 'BAD_ID' },
  });
}
