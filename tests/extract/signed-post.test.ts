// Embedded posts (extract/quotes/signed-post.ts): a paragraph closed by "— Name (@handle) Month D, YYYY" is the signer's.
import { describe, expect, test } from 'vitest';
import { extract, nameOf } from './helpers.js';
import { withoutTrailingLinks } from '../../src/extract/quotes/signed-post.js';

const quotes = (body: string) => {
  const r = extract(body);
  return r.quotes.map((q) => ({ rule: q.rule, speaker: nameOf(r, q.speakerId), text: q.text }));
};

describe('signed posts', () => {
  test('a person’s post is their direct quote, without the skip link and the closing links', () => {
    expect(quotes('Donald Trump wrote on Twitter.\nSkip Twitter post 3 by @realDonaldTrump Totally unfair to our farmers. https://t.co/x1 — Donald J. Trump (@realDonaldTrump) June 9, 2018 Report')).toContainEqual(
      { rule: 'transcript.signed-post', speaker: 'Donald Trump', text: 'Totally unfair to our farmers.' },
    );
  });
  test('a report inside a reporter’s post ends before the signature, and the reporter’s post is theirs', () => {
    const q = quotes('John Kerry spoke. Mark Knoller covers the White House.\nKerry says his finding of genocide is meant to show the US recognizes the crimes. — Mark Knoller (@markknoller) March 17, 2016');
    expect(q).toContainEqual({ rule: 'reported.speech-cue', speaker: 'John Kerry', text: 'his finding of genocide is meant to show the US recognizes the crimes.' });
    expect(q).toContainEqual({ rule: 'transcript.signed-post', speaker: 'Mark Knoller', text: 'Kerry says his finding of genocide is meant to show the US recognizes the crimes.' });
  });
  test('words quoted inside a post stay their speaker’s', () => {
    const q = quotes('Mike Pence spoke. Alan He reported.\nVice President Pence now: “We are bringing our troops home and the fight is over.” pic.twitter.com/mQH0c1 — Alan He (@alanhe) January 23, 2019');
    expect(q.filter((x) => x.speaker === 'Mike Pence').map((x) => x.text)).toEqual(['We are bringing our troops home and the fight is over.']);
  });
  test('a post the story already quotes in its prose is not read a second time', () => {
    const q = quotes('Donald Trump tweeted on Monday: “North Korea has just launched another missile. Does this guy have anything better to do?”\nNorth Korea has just launched another missile. Does this guy have anything better to do? — Donald J. Trump (@realDonaldTrump) July 4, 2017');
    expect(q.map((x) => x.rule)).toEqual(['direct.before-quote']);
  });
  test('no post for an outlet’s account, a repost or a signer the article does not name as a person', () => {
    expect(quotes('Donald Trump spoke.\nTrump says China wants to restart trade talks #G7Summit pic.twitter.com/V — Bloomberg TicToc (@tictoc) August 26, 2019').filter((q) => q.rule === 'transcript.signed-post')).toEqual([]);
    expect(quotes('Marco Rubio spoke.\nRT @someone: the vote is on Friday — Marco Rubio (@marcorubio) May 15, 2019').filter((q) => q.rule === 'transcript.signed-post')).toEqual([]);
    expect(quotes('The vote is on Friday, all agree. — ChuckGrassley (@ChuckGrassley) May 13, 2019').filter((q) => q.rule === 'transcript.signed-post')).toEqual([]);
  });
  test.each([
    ['AOC refuses to answerpic.twitter.com/eovjpDfYgk', 'AOC refuses to answer'],
    ['Read it here https://t.co/a https://t.co/b ', 'Read it here'],
    ['No link at all.', 'No link at all.'],
  ])('withoutTrailingLinks(%j) = %j', (text, expected) => expect(withoutTrailingLinks(text)).toBe(expected));
});
