// Group words (src/extract/group-words.ts): a nation's adjective or plural the tagger typed a body is its country; a
// people or a faith is no entity. One table per rule family, with the names that must stay.
import { describe, expect, test } from 'vitest';
import { GROUP_WORD_RULES, groupWord } from '../../src/extract/group-words.js';
import { extract } from './helpers.js';

/** "Country:North Korea", "Person:Kim Jong-un", … sorted; events left out. */
const readings = (body: string) =>
  extract(body)
    .entities.filter((e) => e.type !== 'Event')
    .map((e) => `${e.type}:${e.name}`)
    .sort();

describe('a demonym is its country, a people no entity', () => {
  test.each<[string, string[]]>([
    ['President Donald Trump and North Korean leader Kim Jong-un spoke.', ['Country:North Korea', 'Person:Donald Trump', 'Person:Kim Jong-un']],
    ['Lebanese Sunnis largely back the rebellion and Shiites largely support Assad.', ['Country:Lebanon']],
    // stays: a body named after a people or a faith; a people's word the tagger did not take for a name
    ['The Catholic Church objected to the plan.', ['Organization:Catholic Church']],
    ['The Sikh Coalition sued the Pentagon on Monday.', ['Organization:Pentagon', 'Organization:Sikh Coalition']],
    // people-phrase: a people or a faith narrowed by region, branch or a wider people
    ['Sunni Arab tribes turned against the militants. Eastern European leaders met in Warsaw.', ['Place:Warsaw']],
    // stays: a body whose name goes on past the people's words; a nation's adjective before a title
    ['The Roman Catholic Church objected. North American Aerospace Defense Command tracked the launch.', ['Organization:North American Aerospace Defense Command', 'Organization:Roman Catholic Church']],
  ])('%s', (body, expected) => expect(readings(body)).toEqual(expected));
});

describe('groupWord', () => {
  test.each<[string, string | null | undefined]>([
    ['North Korean', 'KP'],
    ['South Koreans', 'KR'],
    ['Shiites', null],
    ['Yazidis', null],
    ['Lebanese Sunnis', 'LB'],
    ['Hamas', undefined],
    ['Houthis', undefined],
    ['Taliban', undefined],
    ['Sikh Coalition', undefined],
    ['Sunni Arab', null],
    ['Shia Muslims', null],
    ['Coptic Christians', null],
    ['Eastern Europeans', null],
    ['Muslim American', null],
    ['South African', 'ZA'],
    ['Arab League', undefined],
    ['Central Asian Union', undefined],
    ['Latin America', undefined],
  ])('%s', (text, expected) => {
    const v = groupWord(text);
    expect(v === undefined ? undefined : v.to === 'Country' ? v.code : null).toBe(expected);
  });
});

describe('the group-word rule table', () => {
  test.each(GROUP_WORD_RULES.map((r) => [r.id, r] as const))('%s: why, examples', (_id, r) => {
    expect(r.why.length).toBeGreaterThan(20);
    expect(r.examples.length).toBeGreaterThan(0);
  });
});
