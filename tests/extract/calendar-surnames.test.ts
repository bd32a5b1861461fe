// Calendar words as family names (extract/calendar-surnames.ts): "“…,” May said" is Theresa May; "In May," is a month.
import { describe, expect, test } from 'vitest';
import { extract, nameOf } from './helpers.js';

const INTRO = 'Theresa May spoke in London on Monday. ';

/** [text after the introduction, the word "May" at which occurrence (0-based), is it Theresa May]. */
const CASES: [string, number, boolean][] = [
  ['“We will leave the EU on time,” May said.', 0, true],
  ['May told reporters the deal was good.', 0, true],
  ['May’s cabinet met on Tuesday.', 0, true],
  ['Prime Minister May has insisted that Britain will leave.', 0, true],
  ['May also said the vote would go ahead.', 0, true],
  ['In May, the talks failed.', 0, false],
  ['The vote was held on May 3 in Parliament.', 0, false],
  ['By early May the deal was agreed.', 0, false],
  ['The talks ran from May to June.', 0, false],
  ['Elections are due in mid-May.', 0, false],
  ['May and June were wet months.', 0, false],
];

describe('a lone "May" in an article naming Theresa May', () => {
  test.each(CASES)('%s (#%i) → %s', (text, nth, isPerson) => {
    const body = INTRO + text;
    const r = extract(body);
    let at = -1;
    for (let k = 0, from = INTRO.length; k <= nth; k++, from = at + 3) at = body.indexOf('May', from);
    const person = r.entities.find((e) => e.type !== 'Event' && e.mentions.some((m) => m.start === at));
    expect(person ? person.name : null).toBe(isPerson ? 'Theresa May' : null);
  });
  test('quotes after "May said" are hers', () => {
    const r = extract(`${INTRO}“We will leave the EU on time,” May said. May told MPs the deal was the best available.`);
    expect(r.quotes.map((q) => [nameOf(r, q.speakerId), q.text])).toEqual([
      ['Theresa May', 'We will leave the EU on time,'],
      ['Theresa May', 'the deal was the best available'],
    ]);
  });
  test('without a person of that family name, "May said" names no one', () => {
    const r = extract('The minister spoke in London. “We will leave,” May said.');
    expect(r.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
});
