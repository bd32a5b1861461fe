// Names joined by a dash before a noun ("the Trump-Kim summit"): the rule table's examples and negatives, then what the
// relation and event stages read there.
import { describe, expect, test } from 'vitest';
import { DASHED_NAME_RULES, JOINED_FULL_NAME_RULES } from '../../src/extract/dashed-names.js';
import { extract, nameOf } from './helpers.js';

/** The people mentioned inside the first dashed pair of capitalised words of a text, by name, sorted. */
function peopleInPair(body: string): string[] {
  const r = extract(body);
  const pair = /\p{Lu}\p{Ll}+ ?[-–—] ?\p{Lu}\p{Ll}+/u.exec(body)!;
  const [from, to] = [pair.index, pair.index + pair[0].length];
  return [...new Set(r.entities.filter((e) => e.type === 'Person' && e.mentions.some((m) => m.start >= from && m.end <= to)).map((e) => e.name))].sort();
}

describe('dashed names: the examples and negatives of each rule', () => {
  for (const rule of DASHED_NAME_RULES) {
    test.each(rule.examples)(`${rule.id}: %s`, (body) => {
      expect(peopleInPair(body).length).toBe(2);
    });
    test.each(rule.negatives)(`${rule.id} (no pair): %s`, (body) => {
      expect(peopleInPair(body).length).toBeLessThan(2);
    });
  }
});

describe('issue #12 (rel31): a dashed pair of people before a meeting noun is the meeting of the two', () => {
  test.each<[string, string[]]>([
    ['Donald Trump and Kim Jong Un arrived. The Trump-Kim summit took place on Tuesday.', ['MET_WITH happened Donald Trump ~ Kim Jong Un']],
    ['Donald Trump and Kim Jong Un arrived. Officials said the Trump–Kim summit went well.', ['MET_WITH happened Donald Trump ~ Kim Jong Un']],
    ['Donald Trump and Xi Jinping arrived. The Trump-Xi summit went well.', ['MET_WITH happened Donald Trump ~ Xi Jinping']],
    // a half the article names no one by, or a pair before the people are named: no pair
    ['Donald Trump arrived. The Trump-Kim summit went well.', []],
    ['The Trump-Kim summit went well. Donald Trump and Kim Jong Un arrived.', []],
  ])('%s', (body, expected) => {
    const r = extract(body);
    expect(r.relations.map((x) => `${x.type} ${x.status} ${[nameOf(r, x.sourceId), nameOf(r, x.targetId)].sort().join(' ~ ')}`).sort()).toEqual(expected);
  });
});

describe('dashed names: two full names joined by a dash are two people (JOINED_FULL_NAME_RULES)', () => {
  const people = (body: string) => [...new Set(extract(body).entities.filter((e) => e.type === 'Person').map((e) => e.name))].sort();
  for (const rule of JOINED_FULL_NAME_RULES) {
    test.each(rule.examples)(`${rule.id}: %s`, (body, expected) => {
      expect(people(body)).toEqual([...expected].sort());
    });
    test.each(rule.negatives)(`${rule.id} (one name): %s`, (body, name) => {
      expect(people(body)).toContain(name);
    });
  }
});
