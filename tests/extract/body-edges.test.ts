// A body's name read with a word at its edge that is no part of it (extract/body-edges.ts): "then-", "ex-" before it.
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.js';
import { BODY_EDGE_RULES } from '../../src/extract/body-edges.js';

const typed = (body: string) =>
  extract(body).entities.filter((e) => e.type !== 'Event').map((e) => `${e.type}:${e.name}:${e.mentions.length}`).sort();

describe('a time prefix before a body', () => {
  test.each<[string, string[]]>([
    // time-prefix: the body after "then-", "ex-"
    ['She and then-CIA director Leon Panetta argued over CIA drone strikes.', ['Organization:Central Intelligence Agency:2', 'Person:Leon Panetta:1']],
    ['Then-FBI Director James Comey held a news conference.', ['Organization:Federal Bureau of Investigation:1', 'Person:James Comey:1']],
    ['He met then-State Department officials.', ['Organization:State Department:1']],
    // …and a title after the prefix is no body
    ['Then-Secretary of State John Kerry flew in.', ['Person:John Kerry:1']],
    ['Then-Attorney General Jeff Sessions recused himself.', ['Person:Jeff Sessions:1']],
    // …and a person's full name after the word the prefix dates is the person
    ['Ex-Yankee Randy Velarde said he was ready.', ['Person:Randy Velarde:1']],
    // must stay: a name that holds "Ex-"
    ['The Ex-Im Bank lent the money.', ['Organization:Ex-Im Bank:1']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));

  test('every rule documents itself', () => {
    for (const r of BODY_EDGE_RULES) {
      expect(r.why.length).toBeGreaterThan(10);
      expect(r.examples.length).toBeGreaterThan(0);
    }
  });
});
