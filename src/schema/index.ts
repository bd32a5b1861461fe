// The GraphQL schema: every domain file registers its types and queries on the builder; this assembles them.
import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './errors.js';
import './entity.js';
import './article.js';
import './quote.js';
import './relation.js';
import './search.js';
import './timeline.js';
import './stats.js';
import './explore.js';
import './node.js';
import './curation.js';

export const schema = lexicographicSortSchema(builder.toSchema());
