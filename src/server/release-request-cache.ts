// Pothos's scope-auth keeps each request's auth cache in a module-wide WeakMap keyed by the GraphQL context. V8's
// young-generation collector cannot drop a WeakMap entry whose key died young: it keeps the entry's key and value
// alive, so every request's context — its loaders, reads, rows, the request itself — was promoted to the old
// generation and freed only by a full mark-compact (issue 17, 6b: about a third of a cheap query's CPU went to GC).
// Deleting the entry when the operation's execution is over lets those objects die young. Only the cache's lifetime
// changes: it is made on the first scoped field of an operation and nothing reads it after the operation ends.
import { RequestCache } from '@pothos/plugin-scope-auth';
import type { Plugin } from 'graphql-yoga';

const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> => typeof value === 'object' && value !== null && Symbol.asyncIterator in value;

export function useReleaseRequestCache(): Plugin {
  return {
    onExecute({ args }) {
      const context = args.contextValue as object;
      return {
        onExecuteDone({ result }) {
          // A streamed result (none in this schema today) still runs resolvers until it ends.
          if (isAsyncIterable(result)) return { onEnd: () => RequestCache.clearForContext(context) };
          RequestCache.clearForContext(context);
          return undefined;
        },
      };
    },
  };
}
