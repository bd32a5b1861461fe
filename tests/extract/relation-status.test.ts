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
  return decideStatus(statusContext(type, example.slice(0, open), (cue + after).slice(0, cue.length + 40), sentence, after));
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
