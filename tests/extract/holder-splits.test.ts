// A body's name or a title run into a person's name and read as one body: cut into the body and the person (holder-splits.ts).
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.js';
import { HOLDER_SPLIT_RULES } from '../../src/extract/holder-splits.js';

const typed = (body: string) =>
  extract(body).entities.filter((e) => e.type !== 'Event').map((e) => `${e.type}:${e.name}`).sort();

describe('body-then-name: a name after a body\'s whole name is the body\'s member', () => {
  test.each<[string, string[]]>([
    [
      'However, Acting Chief of Media Relations for U.S. Citizenship and Immigration Services Gillian Christensen told Fox News that USCIS was not involved in this case. Broadly speaking, Christensen said the agency was busy.',
      // (its acronym is the same body: body-forms.ts)
      ['Organization:Citizenship and Immigration Services', 'Organization:Fox News', 'Person:Gillian Christensen'],
    ],
    ['“You want to get rid of NAFTA?” U.S. Chamber of Commerce Tom Donohue asked in an interview with Fox News earlier this year.', ['Organization:Fox News', 'Organization:U.S. Chamber of Commerce', 'Person:Tom Donohue']],
    ['He met the president of the Council on Foreign Relations Richard Haass; Haass said little.', ['Organization:Council on Foreign Relations', 'Person:Richard Haass']],
    ['Vice-Chair at USCIRF Nadine Maenza said so. Beyond the law, Maenza said in an interview, India has a problem. USCIRF is a panel.', ['Country:India', 'Organization:USCIRF', 'Organization:Vice-Chair', 'Person:Nadine Maenza']],
    // not: a ship named after a person (a ship is a Place: the graph has no vessel type); a name the article never
    // confirms (no bare surname, no verb of saying after it)
    ['The USS Carl Vinson sailed toward Korea on Monday. Vinson was a congressman.', ['Place:USS Carl Vinson']],
    ['The former leader of the UK Independence Party Nigel Farage, now a Fox News contributor, spoke on Monday.', ['Organization:Fox News', 'Organization:UK Independence Party Nigel Farage']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});

describe('title-then-name: a role noun before a name is the person\'s title', () => {
  test.each<[string, string[]]>([
    ['Tory MP John Baron said the deal was dead. Baron added that he would vote against it.', ['Person:John Baron']],
    ['TSA Administrator John Pistole said the checks would continue.', ['Person:John Pistole']],
    ['CNN National Security Analyst Peter Bergen said the group was weak.', ['Person:Peter Bergen']],
    ['U.S. Attorney John Durham is leading the review. Durham declined to comment.', ['Person:John Durham']],
    // a role word anywhere before the name, though a body's head word ends the words ("Member of Parliament"); a rank
    // word the name lists hold as a given name ("Sergeant") is no given name
    ['“It helps them get jobs and opportunities around the world,” Conservative party Member of Parliament Tom Tugendhat said on BBC Radio 4.', ['Organization:BBC Radio', 'Organization:Conservative', 'Person:Tom Tugendhat']],
    ['Or what about Chief Warrant Officer Baynesian Kasahun and Staff Sergeant Moshe Malko, two of the Israeli soldiers tragically killed in combat?', ['Country:Israel', 'Person:Baynesian Kasahun', 'Person:Moshe Malko']],
    // not: a ship; two people joined by "and" are no title and a name (coordinated-people.ts splits them into the two)
    ['The carrier USS George Washington arrived in Busan.', ['Place:Busan', 'Place:USS George Washington']],
    ['The chairmen of the Senate and House intelligence committees, Democrat Dianne Feinstein and Republican Mike Rogers, respectively, have already endorsed him.', ['Organization:House', 'Organization:Senate', 'Person:Dianne Feinstein', 'Person:Mike Rogers']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});

describe('every rule\'s examples yield a person', () => {
  test.each(HOLDER_SPLIT_RULES.flatMap((r) => r.examples.map((x) => [r.id, x] as const)))('%s: %s', (_id, body) => {
    expect(typed(body).some((x) => x.startsWith('Person:') && x.includes(' '))).toBe(true);
  });
});
