// One entity, two names (extract/known-as.ts): "X, also known as Y" makes Y's mentions X's.
import { describe, expect, test } from 'vitest';
import { KNOWN_AS_RULES } from '../../src/extract/known-as.js';
import { extract } from './helpers.js';

const entityAt = (r: ReturnType<typeof extract>, body: string, name: string) => {
  const at = body.indexOf(name);
  return r.entities.find((e) => e.type !== 'Event' && e.mentions.some((m) => m.start <= at && m.end >= at + name.length && m.end - m.start <= name.length + 4));
};

describe('known-as rules (their examples)', () => {
  for (const rule of KNOWN_AS_RULES)
    test.each(rule.examples)(`${rule.id}: %s`, (sentence, first, second, joined) => {
      const r = extract(sentence);
      const a = entityAt(r, sentence, first);
      const b = entityAt(r, sentence, second);
      if (joined) {
        expect(a).toBeDefined();
        expect(b?.id).toBe(a!.id);
      } else expect(a && b && a.id === b.id).toBeFalsy();
    });
});

describe('known-as guards', () => {
  test("a possessive after the second name: its owner, not the first name's other name", () => {
    const body = 'Jared Kushner, known as Donald Trump’s son-in-law, flew to Riyadh. Donald Trump stayed home.';
    const r = extract(body);
    expect(entityAt(r, body, 'Jared Kushner')?.id).not.toBe(entityAt(r, body, 'Donald Trump')?.id);
  });
  test('a kin noun and "of" before the first name: the apposition may describe the kin', () => {
    const body = 'The son of Osama bin Laden, known as Hamza bin Laden, was killed. Osama bin Laden died in 2011.';
    const r = extract(body);
    expect(entityAt(r, body, 'Osama bin Laden')?.id).not.toBe(entityAt(r, body, 'Hamza bin Laden')?.id);
  });
  test('a title between "of" and the first name does not hide the kin noun ("son of King Salman, known as MBS")', () => {
    const body = 'King Salman bin Abdulaziz rules. The son of King Salman, known as Mohammed bin Salman, leads the reforms.';
    const r = extract(body);
    const at = body.indexOf('King Salman,') + 5;
    const king = r.entities.find((e) => e.mentions.some((m) => m.start === at));
    expect(king?.id).not.toBe(entityAt(r, body, 'Mohammed bin Salman')?.id);
  });
  test('all mentions of the second name join, later ones too', () => {
    const body = 'Joanne Chesimard, better known as Assata Shakur, fled to Cuba. Assata Shakur has lived there since.';
    const r = extract(body);
    const e = entityAt(r, body, 'Joanne Chesimard');
    expect(e?.mentions.length).toBe(3);
  });
});
