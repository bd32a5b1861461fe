// Which requests the fast path takes (a JSON POST to the endpoint asking for JSON, one plain operation) and which it
// leaves to yoga whole, so yoga's own answers (errors, negotiation, batching) stay the same.
import type { IncomingMessage } from 'node:http';
import { describe, expect, test } from 'vitest';
import { fastPathApplies, plainParams } from '../../src/server/fast-path.js';

const req = (method: string, url: string, headers: Record<string, string>) => ({ method, url, headers }) as unknown as IncomingMessage;

describe('fastPathApplies', () => {
  const cases: [string, IncomingMessage, boolean][] = [
    ['JSON POST, no accept', req('POST', '/graphql', { 'content-type': 'application/json' }), true],
    ['JSON POST, charset', req('POST', '/graphql', { 'content-type': 'application/json; charset=utf-8', accept: 'application/json' }), true],
    ['accept */*', req('POST', '/graphql', { 'content-type': 'application/json', accept: '*/*' }), true],
    ['GET', req('GET', '/graphql', { 'content-type': 'application/json' }), false],
    ['another path', req('POST', '/graphql?x=1', { 'content-type': 'application/json' }), false],
    ['a form post (CSRF checks apply)', req('POST', '/graphql', { 'content-type': 'application/x-www-form-urlencoded' }), false],
    ['text/plain (CSRF checks apply)', req('POST', '/graphql', { 'content-type': 'text/plain' }), false],
    ['another charset', req('POST', '/graphql', { 'content-type': 'application/json; charset=latin1' }), false],
    ['graphql-response+json asked', req('POST', '/graphql', { 'content-type': 'application/json', accept: 'application/graphql-response+json' }), false],
    ['event stream asked', req('POST', '/graphql', { 'content-type': 'application/json', accept: 'text/event-stream' }), false],
    ['an accept list', req('POST', '/graphql', { 'content-type': 'application/json', accept: 'application/json, multipart/mixed' }), false],
  ];
  test.each(cases)('%s', (_name, r, expected) => expect(fastPathApplies(r, '/graphql')).toBe(expected));
});

describe('plainParams', () => {
  const cases: [string, string, boolean][] = [
    ['query only', '{"query":"{ stats { articles } }"}', true],
    ['with variables, operationName, extensions', '{"query":"query A { a }","variables":{"x":1},"operationName":"A","extensions":{}}', true],
    ['null variables and operationName', '{"query":"{ a }","variables":null,"operationName":null}', true],
    ['a batch', '[{"query":"{ a }"}]', false],
    ['an unknown key', '{"query":"{ a }","pad":"x"}', false],
    ['query not a string', '{"query":1}', false],
    ['variables a list', '{"query":"{ a }","variables":[1]}', false],
    ['operationName a number', '{"query":"{ a }","operationName":1}', false],
    ['no query', '{"variables":{}}', false],
    ['bad JSON', '{"query":', false],
  ];
  test.each(cases)('%s', (_name, body, expected) => expect(plainParams(Buffer.from(body)) !== null).toBe(expected));
});
