// One person whose full name an article writes two ways is one entity (full-name-forms.ts).
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.js';
import { FULL_NAME_FORM_RULES } from '../../src/extract/full-name-forms.js';

/** Every person's name, sorted. */
const people = (body: string) => extract(body).entities.filter((e) => e.type === 'Person').map((e) => e.name).sort();

describe('every rule\'s examples leave the names they list', () => {
  test.each(FULL_NAME_FORM_RULES.flatMap((r) => r.examples.map(([text, names]) => [r.id, text, names] as const)))('%s: %s', (_id, text, names) => {
    expect(people(text)).toEqual([...names].sort());
  });
});

describe('two forms of one full name', () => {
  test.each<[string, string[]]>([
    ['Dwight D. Eisenhower warned of it. Dwight Eisenhower was right, said Eisenhower’s biographer.', ['Dwight Eisenhower']],
    ['White House press secretary Sarah Huckabee Sanders spoke. Sarah Sanders said no.', ['Sarah Sanders']],
    ['Dzhokhar Tsarnaev was convicted. Dzhokar Tsarnaev will appeal, but Dzhokhar Tsarnaev stays in prison.', ['Dzhokhar Tsarnaev']],
    ['Sergei Kislyak met the adviser. Sergey Kislyak denied it.', ['Sergei Kislyak']],
    ['Sanctions hit President Nicholas Maduro. Nicolás Maduro denied it; Nicolás Maduro stayed.', ['Nicolás Maduro']],
    ['Belgian investigators said Anne van der Zwaan arrived. Van der Zwaan left.', ['Anne van der Zwaan']],
  ])('%s', (body, expected) => expect(people(body)).toEqual(expected));

  // not: generations, family names written first, kin of the other gender, initials, suffixes, two possible bearers
  test.each<[string, string[]]>([
    ['George W. Bush and George Bush spoke.', ['George Bush', 'George W. Bush']],
    ['George W. Bush, George H. W. Bush and Laura Bush spoke.', ['George H. W. Bush', 'George W. Bush', 'Laura Bush']],
    ['Kim Yo Jong met Kim Jong Un in Pyongyang.', ['Kim Jong Un', 'Kim Yo Jong']],
    ['Ivan Petrov and Ivana Petrov arrived.', ['Ivan Petrov', 'Ivana Petrov']],
    ['Sam Jones and his sister Samantha Jones arrived.', ['Sam Jones', 'Samantha Jones']],
    ['Ted Walker met Edward Walker and Theodore Walker.', ['Edward Walker', 'Ted Walker', 'Theodore Walker']],
    ['M. Waugh and S. Waugh batted.', ['M. Waugh', 'S. Waugh']],
    ['Donald Trump and Donald Trump Jr. spoke.', ['Donald Trump', 'Donald Trump Jr.']],
    ['John A. Smith and John B. Smith met John Smith.', ['John A. Smith', 'John B. Smith', 'John Smith']],
    ['John Adams was the second president; his son John Quincy Adams was the sixth.', ['John Adams', 'John Quincy Adams']],
  ])('stays apart: %s', (body, expected) => expect(people(body)).toEqual(expected));
});

describe('a family name with its particle beside a longer name', () => {
  test.each<[string, string[]]>([
    ['Army Sgt La David Johnson was killed. La David Johnson was 25.', ['La David Johnson']],
    ['Police said the brothers Khalid El Bakraoui and Ibrahim El Bakraoui blew themselves up.', ['Ibrahim El Bakraoui', 'Khalid El Bakraoui']],
  ])('%s', (body, expected) => expect(people(body)).toEqual(expected));
});
