// One body, one entity in an article (extract/body-forms.ts): its acronym, "Department of X" and "X Department", a
// known body's long name. One table per rule family, with the bodies that must stay apart.
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.js';
import { INITIALS_RULES, departmentHeadFirst, initialsOf } from '../../src/extract/body-forms.js';

const orgs = (body: string) =>
  extract(body).entities.filter((e) => e.type === 'Organization').map((e) => `${e.name}:${e.mentions.length}`).sort();

describe('initialsOf', () => {
  test.each<[string, string[]]>([
    ['Fox Business Network', ['FBN']],
    ['U.S. Agency for International Development', ['UAID', 'USAID']],
    ['U.N. General Assembly', ['UGA', 'UNGA']],
    ['Department of Justice', ['DJ', 'DOJ']],
    ['Ministry of Intelligence and Security', ['MIS', 'MOIS']],
    // one word spells nothing
    ['Reuters', []],
  ])('%s', (name, expected) => expect(initialsOf(name).sort()).toEqual(expected));

  test('every rule documents itself, and its examples spell their initials', () => {
    for (const r of INITIALS_RULES) {
      expect(r.why.length).toBeGreaterThan(10);
      for (const [name, initials] of r.examples) expect(r.spell(name.split(' ')), `${r.id}: ${name}`).toBe(initials);
    }
  });
});

describe('departmentHeadFirst', () => {
  test.each<[string, string | undefined]>([
    ['Department of Justice', 'Justice Department'],
    ['Department of Homeland Security', 'Homeland Security Department'],
    ['Department of Health and Human Services', 'Health and Human Services Department'],
    // another body named after the department; no department
    ['Department of Defense Education Activity', undefined],
    ['Justice Department', undefined],
  ])('%s', (name, expected) => expect(departmentHeadFirst(name)).toBe(expected));
});

describe('one body, one entity in an article', () => {
  test.each<[string, string[]]>([
    // an acronym with a dotted abbreviation written whole
    ['The U.S. Agency for International Development sent aid. USAID said it would help.', ['U.S. Agency for International Development:2']],
    ['The U.N. General Assembly voted. The UNGA resolution passed.', ['U.N. General Assembly:2']],
    // "of" as the O of an American department's acronym; the department's two orders one body
    ['The Department of Justice said on Monday that the DOJ would appeal.', ['Department of Justice:2']],
    ['The Department of Defense said so. The Defense Department later denied it.', ['Defense Department:2']],
    // a known body's long name is that body
    ['It was possibly the Islamic State of Iraq and Syria (ISIS). ISIS claimed the attack.', ['Islamic State:3']],
    ['The Fox Business Network (FBN) said so.', ['Fox Business Network:2']],
    // must not: two names that spell one acronym, an acronym no name spells, a body named after the department
    ['The Federal Election Commission and the Financial Executives Council met. The FEC said no.', ['FEC:1', 'Federal Election Commission:1', 'Financial Executives Council:1']],
    ['The Department of Justice said so, and the CIA agreed.', ['Central Intelligence Agency:1', 'Department of Justice:1']],
  ])('%s', (body, expected) => expect(orgs(body)).toEqual(expected));
});
