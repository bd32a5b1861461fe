// Title domains (src/extract/title-domains.ts): a title's "of"/"for" phrase is its office's domain, never its holder's name.
import { describe, expect, test } from 'vitest';
import { TITLE_DOMAIN_RULES } from '../../src/extract/title-domains.js';
import { extract } from './helpers.js';

/** "Person:Peter King [Rep.]", "Place:New York", … in the order of the result. */
const readings = (body: string) =>
  extract(body)
    .entities.filter((e) => e.type !== 'Event')
    .map((e) => `${e.type}:${e.name}${e.type === 'Person' && e.role ? ` [${e.role}]` : ''}`)
    .sort();

describe('office-domain: the place after a title is the place', () => {
  test.each<[string, string[]]>([
    ['Sadiq Khan, the first Muslim to be elected Mayor of London, has criticized him.', ['Person:Sadiq Khan', 'Place:London']],
    ['He met the King of Jordan on Monday.', ['Country:Jordan']],
    ['Kim Yong Chol, the Vice Chairman of North Korea, is heading to New York.', ['Country:North Korea', 'Person:Kim Yong Chol', 'Place:New York']],
    ['The U.S. Special Representative for North Korea, Stephen Biegun, led the team.', ['Country:North Korea', 'Country:United States', 'Person:Stephen Biegun']],
    ['Cardinal Donald Wuerl, the Archbishop of Washington, spoke on Monday.', ['Person:Donald Wuerl [Cardinal]', 'Place:Washington, D.C.']],
    // a holder named after the domain keeps the whole role; a country before the name is no domain
    ['Mayor of London Sadiq Khan spoke.', ['Person:Sadiq Khan [Mayor of London]']],
    ['The President of France Emmanuel Macron spoke.', ['Country:France', 'Person:Emmanuel Macron [President]']],
    ['Russian President Vladimir Putin spoke.', ['Country:Russia', 'Person:Vladimir Putin [President]']],
  ])('%s', (body, expected) => expect(readings(body)).toEqual(expected));
});

describe('title-word-surname: a title word after a given name is the family name', () => {
  test.each<[string, string[]]>([
    ['Republican Rep. Peter King of New York said the plan was dangerous.', ['Person:Peter King [Republican Rep.]', 'Place:New York']],
    ['Rep. Peter T. King of New York said so.', ['Person:Peter T. King [Rep.]', 'Place:New York']],
    ['Sen. Angus King of Maine, an independent, disagreed.', ['Person:Angus King [Sen.]', 'Place:Maine']],
    // a monarch's title before a given name stays a title
    ['Saudi King Salman spoke.', ['Country:Saudi Arabia', 'Person:Salman [King]']],
  ])('%s', (body, expected) => expect(readings(body)).toEqual(expected));
});

describe('the title-domain rule table', () => {
  test.each(TITLE_DOMAIN_RULES.map((r) => [r.id, r] as const))('%s has a why and examples', (_id, r) => {
    expect(r.why.length).toBeGreaterThan(20);
    expect(r.examples.length).toBeGreaterThan(0);
  });
});
