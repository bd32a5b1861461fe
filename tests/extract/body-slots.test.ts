// Names the grammar around them makes a body: an employer after a job, an affiliation after a name, "The …" (body-slots.ts).
import { describe, expect, test } from 'vitest';
import { BODY_SLOT_RULES } from '../../src/extract/body-slots.js';
import { extract } from './helpers.js';

const typed = (body: string) =>
  extract(body).entities.filter((e) => e.type !== 'Event').map((e) => `${e.type}:${e.name}`).sort();

describe('a body in its slot is no person', () => {
  test.each<[string, string[]]>([
    // employer-after-job
    ['Mr. Tillerson, former CEO of Exxon Mobil, said the talks would go on.', ['Organization:Exxon Mobil', 'Person:Tillerson']],
    ['The comments by the former CEO of Exxon Mobil come less than a week after the vote.', ['Organization:Exxon Mobil']],
    ['“The market will adjust,” said Aly-Khan Satchu, economist and CEO of Rich Management, an investment adviser.', ['Organization:Rich Management', 'Person:Aly-Khan Satchu']],
    ['David Berger, a partner with Wilson Sonsini Goodrich, said Mueller would wait.', ['Organization:Wilson Sonsini Goodrich', 'Person:David Berger']],
    // affiliation-after-name
    ['“It crosses the Rubicon,” Gene Munster of Loup Ventures wrote in a note on Friday.', ['Organization:Loup Ventures', 'Person:Gene Munster']],
    // opened-by-the
    ['“It is usually unproductive, at least in the short term,” Dobbins told The Hill, adding that the impacts may last.', ['Organization:The Hill', 'Person:Dobbins']],
    ['“The messages were turned over.” Peter Beinart, The Atlantic\n\n“Last week, ProPublica released a report.”', ['Organization:ProPublica', 'Organization:The Atlantic', 'Person:Peter Beinart']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});

describe('negatives: people, places and titles stay what they are', () => {
  test.each<[string, string[]]>([
    // a possessive after the slot: the job is about the person's work
    ['He was the director of Steven Spielberg’s last film.', ['Person:Steven Spielberg']],
    // a place after a name is where the person is from
    ['Sen. Bob Corker of Tennessee said he would vote no.', ['Person:Bob Corker', 'Place:Tennessee']],
    // a name the article titles elsewhere is a person's, whatever job precedes it
    ['Mr. Ford said he would stay. He is the chairman of Ford.', ['Person:Ford']],
    // a name that goes on, or a town with its state: no body's whole name
    ['Rep. Jason Chaffetz, chairman of the Oversight panel, said the hearing would go on.', ['Person:Jason Chaffetz']],
    ['Tucker’s wife, Heidi Nunes, of Walnut Creek, California, survived the attack.', ['Person:Heidi Nunes', 'Place:California', 'Place:Walnut Creek']],
    // the verb "partner with"; reporters stand at a place; a place's head word
    ['Amid speculation over whether the U.S. would ever partner with Bashar Assad to fight ISIS, Assad said nothing.', ['Country:United States', 'Organization:Islamic State', 'Person:Bashar Assad']],
    // "spokesman for" takes people as well
    ['“No,” said Sean Spicer, a spokesman for Donald Trump.', ['Person:Donald Trump', 'Person:Sean Spicer']],
    // a given name after "The" is a nickname's
    ['The Donald said he would win, and Donald Trump did.', ['Person:Donald Trump']],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));
});

describe('a place after "reporters at" or a person\'s "of" is no body', () => {
  // What else the pipeline makes of them is other rules' business: only no Organization of the name here.
  test.each<[string, string]>([
    ['“We have to start using our head,” the president told reporters at the Al Asad Air Base west of Baghdad.', 'Al Asad Air Base'],
    ['Marisa Eve Girawong, of Edison Township in New Jersey, was working as a doctor.', 'Edison Township'],
  ])('%s', (body, name) => expect(typed(body)).not.toContain(`Organization:${name}`));
});

describe('every rule has examples and a why', () => {
  test.each(BODY_SLOT_RULES.map((r) => [r.id, r] as const))('%s', (_id, r) => {
    expect(r.examples.length).toBeGreaterThan(0);
    expect(r.why.length).toBeGreaterThan(20);
  });
});
