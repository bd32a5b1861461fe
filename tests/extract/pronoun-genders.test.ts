// pronouns.ts: a person's gender for the pronoun resolver of relations and events — honorifics that agree before given
// names ("Mr Kim"), a given name of one gender only before a stray honorific.
import { describe, expect, test } from 'vitest';
import { personGenders } from '../../src/extract/pronouns.js';
import type { Entity } from '../../src/extract/types.js';

const person = (name: string, aliases: string[]): Entity => ({ id: `person:${name.toLowerCase().replace(/\s+/g, '-')}`, type: 'Person', name, aliases, mentions: [] });

describe('personGenders (pronouns.ts)', () => {
  test.each([
    ['Kim Jong Un', ['Kim', 'Mr Kim'], 'm'],
    ['Theresa May', ['May', 'Mrs May'], 'f'],
    ['Jacinda Ardern', ['Ms. Ardern'], 'f'],
    ['Moon', ['Mr. Moon'], 'm'],
    ['Kim Jong Un', ['Kim'], null],
    // A given name of one gender only outweighs a stray honorific (a "Mrs. King" merged into Martin Luther King).
    ['Martin Luther King', ['King', 'Mrs. King'], 'm'],
    // Honorifics that disagree tell nothing: the given name decides.
    ['Donald Trump', ['Mr Trump', 'Mrs Trump'], 'm'],
  ] as const)('%s %j → %s', (name, aliases, gender) => {
    const e = person(name, [...aliases]);
    expect(personGenders([e]).get(e.id)).toBe(gender);
  });
});
