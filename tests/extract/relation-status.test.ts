// The status table: each rule's examples decide by that rule (read alone), and give that status in the whole pipeline.
import { describe, expect, test } from 'vitest';
import { decideStatus, STATUS_RULES, statusContext } from '../../src/extract/relation-status.js';
import type { RelationType } from '../../src/extract/types.js';
import { extract } from './helpers.js';

/** The example's cue is in [brackets]: the words before it, the cue and what follows, as relations.ts passes them. */
function read(example: string, type: RelationType) {
  const open = example.indexOf('[');
  const close = example.indexOf(']');
  const cue = example.slice(open + 1, close);
  const after = example.slice(close + 1);
  const sentence = example.slice(0, open) + cue + after;
  return decideStatus(statusContext(type, example.slice(0, open), (cue + after).slice(0, cue.length + 40), sentence, after, example.slice(0, open), after));
}

describe('status rules: the examples of each table entry', () => {
  for (const rule of STATUS_RULES) {
    const type: RelationType = rule.id.startsWith('status.ally-') ? 'ALLIED_WITH' : 'MET_WITH';
    test.each(rule.examples)(`${rule.id}: %s`, (example, expected) => {
      expect(read(example, type)).toEqual({ status: expected, rule: rule.id });
      const found = extract(example.replace(/[[\]]/g, '')).relations.filter((r) => r.type === type);
      if (expected === null) expect(found).toEqual([]);
      else {
        expect(found.length).toBeGreaterThan(0);
        for (const r of found) expect([r.status, r.statusRule]).toEqual([expected, rule.id]);
      }
    });
  }
});

describe('status rules: the table', () => {
  test('ids are unique and every rule has an example', () => {
    expect(new Set(STATUS_RULES.map((r) => r.id)).size).toBe(STATUS_RULES.length);
    for (const rule of STATUS_RULES) expect(rule.examples.length).toBeGreaterThan(0);
  });
});

describe('status: a journey\'s purpose, a meeting noun planned by its predicate', () => {
  const rows = (body: string) => extract(body, '2019-05-09').relations.filter((r) => r.type === 'MET_WITH').map((r) => `${r.status} ${r.statusRule}`);
  test.each<[string, string[]]>([
    ['Stephen Biegun arrived in Seoul on Wednesday for talks with Moon Jae-in.', ['planned status.journey-made-for']],
    // held when the article tells of the meeting held
    ['Stephen Biegun arrived in Seoul on Wednesday for talks with Moon Jae-in. Biegun met Moon Jae-in on Thursday.', ['happened status.journey-made-for>held', 'happened status.held']],
    // a retrospective dated against another event keeps it held
    ['Weeks before Donald Trump journeyed to Vietnam for his second summit with Kim Jong Un, there were signs of trouble.', ['happened status.held']],
    // a clause of its own takes the predicate
    ['Talks between Donald Trump and Kim Jong Un, which Moon Jae-in brokered, are set for Friday.', ['happened status.held']],
  ])('%s', (body, expected) => expect(rows(body)).toEqual(expected));
});

describe('status: the trace', () => {
  test('a frame read after the table that changes its answer is named after the table\'s rule', () => {
    const r = extract('A visit was expedited in advance of the U.S.-China summit that starts Friday.', '2013-06-06').relations;
    expect(r.map((x) => `${x.status} ${x.statusRule}`)).toEqual(['planned status.held>frame']);
  });
});

describe('status: one meeting of a pair told in several places (stop 51)', () => {
  const rows = (body: string, date: string | null = '2012-11-21') => extract(body, date).relations.filter((r) => r.type === 'MET_WITH').map((r) => `${r.status} ${r.statusRule}`);
  test.each<[string, string[]]>([
    // a plan the article then tells held is that meeting, held
    ['Hillary Clinton will meet with Benjamin Netanyahu. “We need calm,” Clinton said after meeting with Netanyahu.', ['happened status.plan-word>pair-held-elsewhere', 'happened status.held']],
    // a plan of another meeting stays a plan
    ['Hillary Clinton met Benjamin Netanyahu on Wednesday. Clinton will meet Netanyahu again in December.', ['happened status.held', 'planned status.plan-word']],
    // a held meeting told as another time is another meeting
    ['Hillary Clinton will meet with Benjamin Netanyahu. Clinton has met Netanyahu twice before.', ['planned status.plan-word', 'happened status.held']],
    // a held call is no sitting
    ['Hillary Clinton will meet with Benjamin Netanyahu. Clinton spoke by phone with Netanyahu.', ['planned status.plan-word', 'happened status.held']],
    // a meeting noun with no tense takes the pair's plan; a held call of the pair is no sitting told held
    ['Donald Trump and Xi Jinping spoke by phone on Nov. 1. Trump will meet Xi in Buenos Aires. Officials said the key outcome of the Trump-Xi meeting is a truce.', ['happened status.held', 'planned status.plan-word', 'planned status.held>pair-planned-elsewhere']],
  ])('%s', (body, expected) => expect(rows(body)).toEqual(expected));
});
