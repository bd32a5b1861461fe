// One body, one entity in an article (extract/body-forms.ts): its acronym, "Department of X" and "X Department", a
// known body's long name. One table per rule family, with the bodies that must stay apart.
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.js';
import { HEAD_SYNONYM_RULES, INITIALS_RULES, acronymLetters, definedAcronyms, departmentHeadFirst, initialsOf, syllabicAcronymOf } from '../../src/extract/body-forms.js';

const orgs = (body: string) =>
  extract(body).entities.filter((e) => e.type === 'Organization').map((e) => `${e.name}:${e.mentions.length}`).sort();

describe('initialsOf', () => {
  test.each<[string, string[]]>([
    ['Fox Business Network', ['FBN']],
    ['U.S. Agency for International Development', ['AID', 'UAID', 'USAID']],
    ['U.N. General Assembly', ['GA', 'UGA', 'UNGA']],
    ['Department of Justice', ['DJ', 'DOJ']],
    // a state's word or a possessor before the name is no letter of it; a department of two field words goes by them
    ['US Food and Drug Administration', ['FDA', 'UFDA']],
    ['Army’s Training and Doctrine Command', ['ATDC', 'TDC']],
    ['Department of Veterans Affairs', ['DOVA', 'DVA', 'VA']],
    ['Justice Department', ['DOJ', 'JD']],
    ['Homeland Security Department', ['DHS', 'HS', 'HSD']],
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

describe('syllabicAcronymOf', () => {
  test.each<[string, string, boolean]>([
    ['TRADOC', 'Army’s Training and Doctrine Command', true],
    ['CENTCOM', 'U.S. Central Command', true],
    ['AFRICOM', 'U.S. Africa Command', true],
    // must not: under five letters, a word skipped inside, two words' initials only
    ['UNSC', 'United Nations Security Council', false],
    ['TRACOM', 'Training and Doctrine Command', false],
    ['NAVAIR', 'National Aviation Institute Research', false],
  ])('%s ~ %s', (acronym, name, expected) => expect(syllabicAcronymOf(acronym, name)).toBe(expected));
});

describe('acronyms defined in brackets', () => {
  const defined = (body: string, names: string[]) =>
    Object.fromEntries(definedAcronyms(body, names.map((n) => ({ end: body.indexOf(n) + n.length, key: n, text: n }))));
  test.each<[string, string[], Record<string, string>]>([
    ['Officials at the Department of Veterans Affairs (VA) said so.', ['Department of Veterans Affairs'], { VA: 'Department of Veterans Affairs' }],
    ['The Popular Protection Units (YPG) said so.', ['Popular Protection Units'], { YPG: 'Popular Protection Units' }],
    ['The Kurdistan Workers\' Party (PKK) said so.', ['Kurdistan Workers\' Party'], { PKK: 'Kurdistan Workers\' Party' }],
    ['The Department of Defense (DoD) said so.', ['Department of Defense'], { DOD: 'Department of Defense' }],
    // must not: a dateline's outlet, a country's name, letters no word of the name opens, one word, two names
    ['UNITED NATIONS (AP) — The vote failed.', ['UNITED NATIONS'], {}],
    ['Doctors Without Borders (MSF) said so.', ['Doctors Without Borders'], {}],
    ['South Korea’s Ministry of Land, Infrastructure and Transport (MOLIT) said so.', ['Infrastructure and Transport'], {}],
    ['Al Qaeda in the Islamic Maghreb (AQIM) said so.', ['Islamic Maghreb'], {}],
    ['the Central Bank (US) said', ['Central Bank'], {}],
    ['Google (GOOGL) rose.', ['Google'], {}],
    ['The Syrian Democratic Forces (SDF) and the Syrian Defense Forces (SDF) met.', ['Syrian Democratic Forces', 'Syrian Defense Forces'], { SDF: '' }],
  ])('%s', (body, names, expected) => expect(defined(body, names)).toEqual(expected));

  test.each<[string, string | undefined]>([
    ['VA', 'VA'], ['D.O.J.', 'DOJ'], ['DoD', 'DOD'], ['USAID', 'USAID'],
    // must not: a word, a lone letter
    ['Pfizer', undefined], ['A', undefined],
  ])('acronymLetters %s', (text, expected) => expect(acronymLetters(text)).toBe(expected));
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
    ['It is a slush fund for the IRGC [Islamic Revolutionary Guard Corps], he said. The Revolutionary Guards denied it.', ['Revolutionary Guards:3']],
    // an acronym the article defines in brackets, whatever its letters; a state's word before the name
    ['Officials at the Department of Veterans Affairs (VA) said on Monday that the VA would act.', ['Department of Veterans Affairs:3']],
    ['The Kurdistan Workers\' Party (PKK) has fought for decades. The PKK denied it.', ["Kurdistan Workers' Party:3"]],
    ['The U.S. Food and Drug Administration approved it. The FDA said so.', ['U.S. Food and Drug Administration:2']],
    ['The Department of Veterans Affairs said so. The VA agreed.', ['Department of Veterans Affairs:2']],
    ['The Justice Department said so. DOJ officials agreed.', ['Justice Department:2']],
    ['He is chief of public affairs for the Army’s Training and Doctrine Command. The TRADOC experts agreed.', ['Army’s Training and Doctrine Command:2']],
    // must not: two names that spell one acronym, an acronym no name spells, a body named after the department
    ['The Federal Election Commission and the Financial Executives Council met. The FEC said no.', ['FEC:1', 'Federal Election Commission:1', 'Financial Executives Council:1']],
    ['The Department of Justice said so, and the CIA agreed.', ['Central Intelligence Agency:1', 'Department of Justice:1']],
    ['The Justice Department and the Department of Jobs said so. DOJ agreed.', ['DOJ:1', 'Department of Jobs:1', 'Justice Department:1']],
    ['UNITED NATIONS (AP) — The Security Council met.', ['UNITED NATIONS:1', 'United Nations Security Council:1']],
  ])('%s', (body, expected) => expect(orgs(body)).toEqual(expected));
});

// Stop 48: two head nouns of one body, or the forms of a service's name, are one body where the article writes both.
describe('head nouns of one body', () => {
  test('every rule documents itself, and its examples give the other form', () => {
    for (const r of HEAD_SYNONYM_RULES) {
      expect(r.why.length).toBeGreaterThan(10);
      for (const [name, other] of r.examples) expect(r.other(name), `${r.id}: ${name}`).toBe(other);
    }
  });
  test.each<[string, string[]]>([
    ['The Obama White House thought so. The Obama administration later denied it.', ['Obama administration:2']],
    ['The Assad regime must comply, he said. The Assad government denied it.', ['Assad government:2']],
    ['The U.S. Marines described the crash. The Marine Corps said three were missing.', ['Marine Corps:2']],
    // must not: one form alone is renamed nothing; the White House alone is the building's body; the Royal Marines
    ['The Obama White House thought so. The White House denied it.', ['Obama White House:1', 'White House:1']],
    ['The Royal Marines trained there. The Marine Corps said so.', ['Marine Corps:1', 'Royal Marines:1']],
  ])('%s', (body, expected) => expect(orgs(body)).toEqual(expected));
});

describe('capitals that spell the initials of the article’s person are that person', () => {
  const named = (body: string) => extract(body).entities.filter((e) => e.type === 'Person' || e.type === 'Organization').map((e) => `${e.type}:${e.name}:${e.mentions.length}`).sort();
  test.each<[string, string[]]>([
    ['Hillary Rodham Clinton spoke on Monday. HRC said she would win.', ['Person:Hillary Rodham Clinton:2']],
    ['Andres Manuel Lopez Obrador won the vote. AMLO said so.', ['Person:Andres Manuel Lopez Obrador:2']],
    // must not: an outlet the lexicon lists, two letters, two people with the initials, a body of the article spelling them
    ['Ruslan Tsarni spoke to RT on Monday.', ['Organization:RT:1', 'Person:Ruslan Tsarni:1']],
    ['Jim Carter met Jane Carter. The JC group said so.', ['Organization:JC:1', 'Person:Jane Carter:1', 'Person:Jim Carter:1']],
    ['Hillary Rodham Clinton met the Human Rights Campaign. HRC said so.', ['Organization:Human Rights Campaign:2', 'Person:Hillary Rodham Clinton:1']],
    ['Kim Jong Un met Moon Jae-in. KJU smiled.', ['Person:Kim Jong Un:2', 'Person:Moon Jae-in:1']],
    // (a body's long name read as a person keeps its acronym a body)
    ['The FSB, or Federalnaya Sluzhba Bezopastnosti, denied it. The FSB said so.', ['Organization:FSB:2', 'Person:Federalnaya Sluzhba Bezopastnosti:1']],
  ])('%s', (body, expected) => expect(named(body)).toEqual(expected));
});
