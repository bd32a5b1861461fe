// A nickname in quote marks between a given and a family name is inside one person's name (quoted-nicknames.ts).
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.js';
import { QUOTED_NICKNAME_RULES, QUOTED_WORD } from '../../src/extract/quoted-nicknames.js';

/** Every person as "name ×mentions", sorted. */
const people = (body: string) =>
  extract(body).entities.filter((e) => e.type === 'Person').map((e) => `${e.name} ×${e.mentions.length}`).sort();

describe('a quoted nickname between given and family name', () => {
  test.each<[string, string[]]>([
    ['Catherine “Kate” Duval, a lawyer, said so. Duval added more.', ['Catherine Duval ×2']],
    ['Ramesh “Sunny” Balwani was charged on Friday. Balwani denied it.', ['Ramesh Balwani ×2']],
    ['The bill was named for Henry M. “Scoop” Jackson, a former senator. Jackson died in 1983.', ['Henry M. Jackson ×2']],
    // a family name with a second capital after its prefix
    ['Rep. Howard P. “Buck” McKeon, California Republican, said so. McKeon added more.', ['Howard P. McKeon ×2']],
    // bracketed-nickname-between-names (and a possessive after the family name)
    ['The group is run by Duane R. ("Dewey") Clarridge, a former officer. Clarridge denied it.', ['Duane R. Clarridge ×2']],
    ['Prime Minister Benjamin (“Bibi”) Netanyahu’s Likud numbers grew. Netanyahu said so.', ['Benjamin Netanyahu ×2']],
  ])('%s', (body, expected) => expect(people(body)).toEqual(expected));

  // not: a headline's quoted word after a surname, a quoted word after a title: no given name opens them
  test.each<[string, string]>([
    ["Manafort 'Brazenly' Broke the Rules, Prosecutors Say. Manafort denied it.", 'Manafort Broke'],
    ['Lord “Pug” Ismay was chief of staff. Ismay later led NATO.', 'Lord Ismay'],
    // a bracketed quotation after a name is no nickname: it opens no family name
    ['Trump (“Fake News”) Said So in a tweet.', 'Trump Said'],
  ])('no join: %s', (body, joined) => expect(people(body).some((p) => p.startsWith(joined))).toBe(false));
});

describe('every rule\'s examples yield one person named by given and family name', () => {
  test.each(QUOTED_NICKNAME_RULES.flatMap((r) => r.examples.map((e) => [r.id, e] as const)))('%s: %s', (_id, example) => {
    const names = extract(example).entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(names.some((n) => /^\p{Lu}\p{Ll}+(?: \p{Lu}\.)? \p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?$/u.test(n) && !/[“”"]/.test(n))).toBe(true);
  });
});

// The speed gate: a body without QUOTED_WORD is not scanned with the rules, so every match of every rule must hold it.
describe('every match of the rules holds the gate QUOTED_WORD', () => {
  const texts = [
    ...QUOTED_NICKNAME_RULES.flatMap((r) => r.examples),
    'Catherine “Kate” Duval', 'James "Spider" Marks', "Joe 'Kid' O'Brien-Smith said", 'Duane R. ("Dewey") Clarridge', 'Benjamin (‘Bibi’) Netanyahu’s',
    'Anna “Ana” DeSantis, Lord “Pug” Ismay and Manafort \'Brazenly\' Broke',
  ];
  test.each(texts)('%s', (text) => {
    let matches = 0;
    for (const rule of QUOTED_NICKNAME_RULES) {
      for (const hit of text.matchAll(rule.pattern)) {
        matches++;
        expect(QUOTED_WORD.test(hit[0])).toBe(true);
      }
    }
    expect(matches > 0 || !QUOTED_WORD.test(text)).toBe(true);
  });
  test('no quoted capitalised word, no scan', () => {
    expect(QUOTED_WORD.test('He said “We will win” and Trump’s aides agreed.')).toBe(false);
    expect(QUOTED_WORD.test('the “Kate” nickname')).toBe(true);
  });
});
