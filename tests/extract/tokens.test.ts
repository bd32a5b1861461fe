// Word tokens: possessives and trailing marks split off, capitals read with and without ASCII, hyphenated names split.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/tokens.js';

/** Each token as text, with "+s" when a possessive followed and "^" when it counts as capitalised. */
const show = (text: string) => tokenize(text).map((t) => `${t.text}${t.possessive ? '+s' : ''}${t.cap ? '^' : ''}`);

describe('tokenize', () => {
  it.each<[string, string[]]>([
    // possessives: "'s", "’s", a plural's bare mark, and no possessive where the mark is the whole ending
    ["Russia's ally", ['Russia+s^', 'ally']],
    ['Russia’s ally', ['Russia+s^', 'ally']],
    ["the Joneses' house", ['the', 'Joneses+s^', 'house']],
    ['the boss’ word', ['the', 'boss+s', 'word']],
    ["it's late", ['it+s', 'late']],
    ['says so', ['says', 'so']],
    // trailing hyphens and marks go; a sentence-final period goes, an abbreviation's and an initial's stay
    ['semi- and full-time', ['semi', 'and', 'full-time']],
    ['Trump- and Obama-', ['Trump^', 'and', 'Obama^']],
    ['Mr. Smith left.', ['Mr.^', 'Smith^', 'left']],
    ['C. Hooper and the U.S. team', ['C.^', 'Hooper^', 'and', 'the', 'U.S.^', 'team']],
    // a possessive before a sentence's period is still a possessive; "Mrs." and "Ms." keep their period
    ["with that of Mr. Netanyahu's. The", ['with', 'that', 'of', 'Mr.^', 'Netanyahu+s^', 'The^']],
    ['than the Joneses’. Then', ['than', 'the', 'Joneses+s^', 'Then^']],
    ['Mrs. May and Ms. Rice left.', ['Mrs.^', 'May^', 'and', 'Ms.^', 'Rice^', 'left']],
    // capitals outside ASCII, lower case outside ASCII, digits
    ['Émile Zola met Ōsaka officials', ['Émile^', 'Zola^', 'met', 'Ōsaka^', 'officials']],
    ['élan and 2019', ['élan', 'and', '2019']],
    // hyphenated: a particle joins its name, capitalised parts split, ordinary words stay whole
    ['al-Assad and U.S.-Russia face-to-face talks', ['al-Assad^', 'and', 'U.S.^', 'Russia^', 'face-to-face', 'talks']],
  ])('%s', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });

  it('keeps offsets into the text, shifted by the offset given', () => {
    const [a, b] = tokenize("Putin's aide", 10);
    expect([a.start, a.end, b.start, b.end]).toEqual([10, 15, 18, 22]);
  });
});
