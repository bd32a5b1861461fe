// Coordinated people sharing a family name (extract/coordinated-people.ts): "Fred and Cindy Warmbier" are two people,
// the first named in full with the shared surname. One table per rule family, with the names that must stay as they are.
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.js';
import { COORDINATED_PEOPLE_RULES } from '../../src/extract/coordinated-people.js';

const people = (body: string) => extract(body).entities.filter((e) => e.type !== 'Event').map((e) => `${e.type}:${e.name}`).sort();

describe('two labelled people joined by "and" read as one name are the two people', () => {
  test.each<[string, string[]]>([
    ['The chairmen of the Senate and House intelligence committees, Democrat Dianne Feinstein and Republican Mike Rogers, respectively, have already spoken.', ['Organization:House', 'Organization:Senate', 'Person:Dianne Feinstein', 'Person:Mike Rogers']],
    // stays: two titled people the rules already read apart
    ['Secretary of State John Kerry and Defense Secretary Chuck Hagel testified.', ['Person:Chuck Hagel', 'Person:John Kerry']],
  ])('%s', (body, expected) => expect(people(body)).toEqual(expected));
});

describe('a lone given name before "and" and a full name shares its family name', () => {
  test.each<[string, string[]]>([
    // shared-surname.given-name
    ['Otto Warmbier died in June. His parents, Fred and Cindy Warmbier, said he was tortured.', ['Person:Cindy Warmbier', 'Person:Fred Warmbier', 'Person:Otto Warmbier']],
    ['The Warmbier family grieved. "We are heartbroken," Fred and Cindy Warmbier said in a statement.', ['Person:Cindy Warmbier', 'Person:Fred Warmbier']],
    ['Hunter Biden was paid by the fund. Both James and Hunter Biden denied it, though both men had ties to the firm.', ['Person:Hunter Biden', 'Person:James Biden']],
    ['Kim Kassig was freed. Ed and Paula Kassig, his parents, thanked the negotiators.', ['Person:Ed Kassig', 'Person:Kim Kassig', 'Person:Paula Kassig']],
    // shared-surname.named: the first named in full elsewhere, the second read as a body
    ['Dzhokhar Tsarnaev was convicted in 2015. Chairman Rep. Michael McCaul told “Fox News Sunday” that suspects Dzhokhar and Tamerlan Tsarnaev perhaps had help.', ['Person:Dzhokhar Tsarnaev', 'Person:Michael McCaul', 'Person:Tamerlan Tsarnaev']],
    // stay: a surname the article gives someone else; a longer name before "and"; a family named nowhere else (a building)
    ['Gen. John Allen denied wrongdoing. Investigators read emails between Allen and Jill Kelley. Kelley said nothing.', ['Person:Jill Kelley', 'Person:John Allen']],
    ['Ted Cruz won Iowa. Sens. Ted Cruz and Marco Rubio disagreed. Rubio said so.', ['Person:Marco Rubio', 'Person:Ted Cruz', 'Place:Iowa']],
    ['(Tim Ryan and Seth Moulton did not vote.) Moulton said so.', ['Person:Seth Moulton', 'Person:Tim Ryan']],
    ['Charles Koch spoke on Monday. The billionaire brothers Charles and David Koch are big donors.', ['Person:Charles Koch', 'Person:David Koch']],
    // stays: a given name someone of another family bears, in a familiar form ("Don" of Donald Trump Jr.)
    ['Donald Trump Jr. met the lawyer. Goldstone mentioned the idea to Don and Paul Manafort during the meeting. Manafort took notes.', ['Person:Donald Trump Jr.', 'Person:Goldstone', 'Person:Paul Manafort']],
    // stays: a compass word shares a place's name, however the place was typed
    ['North Korea fired missiles. North and South Korea agreed to hold summit talks.', ['Country:North Korea', 'Person:South Korea']],
  ])('%s', (body, expected) => expect(people(body)).toEqual(expected));

  test('every rule documents itself', () => {
    for (const r of COORDINATED_PEOPLE_RULES) {
      expect(r.examples.length).toBeGreaterThan(0);
      expect(r.why.length).toBeGreaterThan(10);
    }
  });
});
