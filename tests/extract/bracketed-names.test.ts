// Names completed by the writer's brackets ("[German Chancellor Angela] Merkel"): the rule table's examples and
// negatives (extract/bracketed-names.ts), each with the people the article is left with.
import { describe, expect, test } from 'vitest';
import { BRACKETED_NAME_RULES } from '../../src/extract/bracketed-names.js';
import { extract } from './helpers.js';

const people = (body: string) => extract(body).entities.filter((e) => e.type === 'Person').map((e) => e.name).sort();

describe('bracketed names: the examples of each rule', () => {
  for (const rule of BRACKETED_NAME_RULES) {
    test.each(rule.examples)(`${rule.id}: %s → %s`, (body, name) => {
      expect(people(body)).toContain(name);
      // no person is named by the given name alone
      expect(people(body).filter((p) => name.startsWith(`${p} `))).toEqual([]);
    });
    test('has negatives and a why', () => {
      expect(rule.negatives.length).toBeGreaterThan(0);
      expect(rule.why.length).toBeGreaterThan(20);
    });
  }
});

describe('bracketed names: the people each sentence is left with', () => {
  test.each<[string, string[]]>([
    ['Neoconservatives — [Arizona Sen. John] McCain, [former Connecticut Sen. Joe] Lieberman, [South Carolina Sen. Lindsey] Graham — objected.', ['Joe Lieberman', 'John McCain', 'Lindsey Graham']],
    ['So in that atmosphere you have [German Chancellor Angela] Merkel transformed into a villain. Merkel said no.', ['Angela Merkel']],
    ['under [deposed Tunisian dictator Zine El Abidine] Ben Ali. Basically, it failed.', ['Zine El Abidine Ben Ali']],
    // negatives: a body's name after the bracket, a family name inside it, no bracket
    ['more than 500 of those during the [George W.] Bush administration.', []],
    ['Angela Merkel spoke in Berlin.', ['Angela Merkel']],
    ['“We must act,” [Minnesota Senator Amy Klobuchar] said on Sunday.', ['Amy Klobuchar']],
    ['“It became worried after [Kim Jong Il] had his stroke in 2008,” he said.', ['Kim Jong Il']],
  ])('%s', (body, expected) => expect(people(body)).toEqual(expected));
});
