// Outlets named by "The" and one word in a source's slot become bodies, so their reports are linked (outlet-names.ts).
import { describe, expect, test } from 'vitest';
import { extract, nameOf } from './helpers.js';

const bodies = (body: string) =>
  extract(body).entities.filter((e) => e.type === 'Organization').map((e) => e.name).sort();
const speakers = (body: string) => {
  const r = extract(body);
  return r.quotes.map((q) => nameOf(r, q.speakerId));
};

describe('an outlet named "The" and one word where it is a source is a body', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['According to the Guardian, the deal was signed in May.', ['The Guardian'], ['The Guardian']],
    ['The Guardian reported that the deal was signed in May.', ['The Guardian'], ['The Guardian']],
    ['The deal was signed in May, the Telegraph first reported.', ['The Telegraph'], ['The Telegraph']],
    ['The deal was signed in May, reports the Independent.', ['The Independent'], ['The Independent']],
    // …one body with the tagger's reading of the same name elsewhere in the article
    ['“We are done,” Jane Smith told The Guardian. According to the Guardian, the deal was signed.', ['The Guardian'], ['Jane Smith', 'The Guardian']],
  ])('%s', (body, orgs, who) => {
    expect(bodies(body)).toEqual(orgs);
    expect(speakers(body)).toEqual(who);
  });
});

describe('negatives: no source slot, or a longer name', () => {
  test.each<[string, string[]]>([
    // read, not reporting: no slot
    ['He read the Guardian on the train every morning.', []],
    // a longer name the word opens
    ['The Guardian Council said the vote was fair.', ['Guardian Council']],
    // a short form of many papers' names: "the Post" is not added on its own
    ['According to the Post, the deal was signed in May.', []],
  ])('%s', (body, orgs) => expect(bodies(body)).toEqual(orgs));
});

describe('negatives: an outlet word in a title or a preposition’s object is no source added here', () => {
  test.each<[string, string[]]>([
    ['Benjamin Netanyahu, also appearing on Face the Nation, said he and Obama have the same goal.', []],
    ['One Kurdish leader contacted by the Guardian said the fight would be abandoned.', []],
  ])('%s', (body, orgs) => expect(bodies(body)).toEqual(orgs));
});

describe('a sentence-opening word before "the" is no title', () => {
  test('But the Guardian reports …', () => {
    expect(speakers('Some of them displayed flags. But the Guardian reports the atmosphere was strained: “Demonstrators had been visibly tense.”')).toEqual(['The Guardian']);
  });
});
