// Name mentions: people (with roles), countries (names, demonyms, capitals), organizations; what is not a name.
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.js';

const people = (body: string) => extract(body).entities.filter((e) => e.type === 'Person').map((e) => e.name).sort();
const ids = (body: string, type: string) => extract(body).entities.filter((e) => e.type === type).map((e) => e.id);

describe('people', () => {
  test.each<[string, string[]]>([
    ['Secretary of State Rex Tillerson arrived on Monday.', ['Rex Tillerson']],
    ['Russian President Vladimir Putin met reporters.', ['Vladimir Putin']],
    ['Privatisation Minister Wieslaw Kaczmarek resigned.', ['Wieslaw Kaczmarek']],
    ['President Trump and Vice President Mike Pence toured the site.', ['Mike Pence', 'Trump']],
    ['Lucy Tyler-Sharman won the race.', ['Lucy Tyler-Sharman']],
    ['The scorecard read C. Hooper 58 and N. Knight 113.', ['C. Hooper', 'N. Knight']],
    ['Fox News’ Rich Edson contributed to this report.', ['Rich Edson']],
    ['Should Trump hesitate, the deal collapses. Trump should not hesitate.', []],
    ['Meet The People In The Room Where It Happened', []],
    ['He flew to New Jersey and then to San Antonio.', []],
  ])('%s', (body, expected) => {
    expect(people(body)).toEqual(expected);
  });

  test.each<[string, string | null]>([
    ['Secretary of State Rex Tillerson arrived.', 'Secretary of State'],
    ['White House Press Secretary Sean Spicer spoke.', 'White House Press Secretary'],
    ['Mr. Lavrov spoke.', null],
  ])('role of %s', (body, role) => {
    expect(extract(body).entities.find((e) => e.type === 'Person')?.role ?? null).toBe(role);
  });
});

describe('countries', () => {
  test.each<[string, string[]]>([
    ['The U.S. and Russia disagree.', ['country:US', 'country:RU']],
    ['Britain and the UK are one country; so are America and the United States.', ['country:GB', 'country:US']],
    ['The Syrian chemical attack shocked Russian diplomats.', ['country:SY', 'country:RU']],
    ['Moscow says the rebels did it; Washington blames Damascus.', ['country:RU', 'country:US', 'country:SY']],
  ])('%s', (body, expected) => {
    expect(ids(body, 'Country')).toEqual(expected);
  });
});

describe('organizations', () => {
  test.each<[string, string[]]>([
    ['The Islamic State lost ground; ISIS fighters fled.', ['org:islamic-state']],
    ['The United Nations and NATO met.', ['org:united-nations', 'org:north-atlantic-treaty-organization']],
    ['Critics of the Trump administration spoke.', ['org:trump-administration']],
  ])('%s', (body, expected) => {
    expect(ids(body, 'Organization')).toEqual(expected);
  });
});
