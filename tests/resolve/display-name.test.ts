// The case rank of display names: proper case over shouted and all-lower forms; acronyms and initials are proper.
import { describe, expect, test } from 'vitest';
import { displayNames, nameCaseRank } from '../../src/resolve/display-name.js';

describe('nameCaseRank', () => {
  test.each([
    // [name, type, rank]
    ['Donald Trump', 'Person', 0],
    ['Donald TRUMP', 'Person', 1],
    ['DONALD TRUMP', 'Person', 1],
    ['donald trump', 'Person', 1],
    ['George H.W. Bush', 'Person', 0],
    ['George H. W. Bush', 'Person', 0],
    ['Henry Ford II', 'Person', 0],
    ['Mohammed bin Salman', 'Person', 0],
    ['Xi', 'Person', 0],
    ['NATO', 'Organization', 0],
    ['Nato', 'Organization', 0],
    ['NATO Council', 'Organization', 0],
    ['US Army', 'Organization', 0],
    ['NORTH ATLANTIC TREATY ORGANIZATION', 'Organization', 1],
    ['united nations', 'Organization', 1],
    ['Turkey', 'Country', 0],
    ['@Reuters', 'Organization', 1],
    ['--Trump', 'Organization', 1],
  ])('%s (%s) → %i', (name, type, rank) => {
    expect(nameCaseRank(name, type)).toBe(rank);
  });
});

describe('displayNames', () => {
  const node = (id: string, type: string, name: string, ...articles: string[][]) => ({ id, type, name, articles: articles.map((aliases) => ({ aliases })) });
  const times = (n: number, aliases: string[]) => Array.from({ length: n }, () => aliases);
  test.each<[string, ReturnType<typeof node>, string | null]>([
    // [case, node, the new display name or null when it stays]
    ['the dotted initial most articles use', node('person:george-w-bush', 'Person', 'George W Bush', ...times(5, ['George W. Bush', 'Bush']), ['George W Bush']), 'George W. Bush'],
    ['the particle as most articles write it', node('person:bashar-assad', 'Person', 'Bashar Al-Assad', ...times(3, ['Bashar al-Assad']), ['Bashar Al-Assad']), 'Bashar al-Assad'],
    ['markup scraps lose whatever their count', node('org:reuters', 'Organization', '@Reuters', ['@Reuters'], ['Reuters']), 'Reuters'],
    ['a shouted single word loses by articles', node('org:house', 'Organization', 'HOUSE', ...times(4, ['House']), ['HOUSE']), 'House'],
    ['the proper case wins over a more used shouted form', node('person:donald-trump', 'Person', 'Donald TRUMP', ...times(4, ['Donald TRUMP']), ['Donald Trump']), 'Donald Trump'],
    // must not: another name, however often used, is no spelling of this one.
    ['must not: a shorter name is no spelling', node('person:donald-trump', 'Person', 'Donald Trump', ...times(9, ['Trump']), ['Donald Trump']), null],
    ['must not: an acronym is no spelling of the long form', node('org:nato', 'Organization', 'North Atlantic Treaty Organization', ...times(9, ['NATO'])), null],
    ['stays when it is already the best', node('org:cnn', 'Organization', 'CNN', ['CNN']), null],
  ])('%s', (_, n, expected) => {
    const out = displayNames([n]);
    expect(out.length ? out[0].name : null).toBe(expected);
  });
});
