// Lone names as contact parties: the examples of every slot rule, then whole sentences with the meetings they make.
import { describe, expect, test } from 'vitest';
import { CONTACT_SLOT_RULES } from '../../src/extract/contact-names.js';
import { extract, nameOf } from './helpers.js';

const isPerson = (body: string, name: string) => extract(body).entities.some((e) => e.type === 'Person' && e.name === name);

describe('contact slots: the examples of each table entry', () => {
  for (const rule of CONTACT_SLOT_RULES) {
    test.each(rule.examples)(`${rule.id}: %s (%s)`, (sentence, name, expected) => {
      expect(isPerson(sentence, name)).toBe(expected);
    });
  }
});

describe('contact slots: the meetings a lone party makes', () => {
  const metWith = (body: string) => {
    const r = extract(body);
    return r.relations.filter((x) => x.type === 'MET_WITH').map((x) => `${x.status} ${[nameOf(r, x.sourceId), nameOf(r, x.targetId)].sort().join(' ~ ')}`).sort();
  };
  test.each<[string, string[]]>([
    ['Angela Merkel met with Erdogan in Ankara on Monday.', ['happened Angela Merkel ~ Erdogan']],
    ['Officials praised a phone call between Chinese President Xi Jinping and Modi last week.', ['happened Modi ~ Xi Jinping']],
    ['Officials described Tillerson’s first meeting with Vladimir Putin.', ['happened Tillerson ~ Vladimir Putin']],
    // No contact verb or noun: the lone name stays unread, and no meeting comes of it.
    ['Angela Merkel argued with Erdogan in Ankara on Monday.', []],
    ['Officials noted the rivalry between Chinese President Xi Jinping and Modi last week.', []],
    // A slot makes a person, not a meeting: the relation rules still refuse what they refused ("wants a meeting").
    ['Angela Merkel wants a meeting with Erdogan.', []],
  ])('%s', (body, expected) => {
    expect(metWith(body)).toEqual(expected);
  });
});
