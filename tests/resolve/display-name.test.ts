// The case rank of display names: proper case over shouted and all-lower forms; acronyms and initials are proper.
import { describe, expect, test } from 'vitest';
import { nameCaseRank } from '../../src/resolve/display-name.js';

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
  ])('%s (%s) → %i', (name, type, rank) => {
    expect(nameCaseRank(name, type)).toBe(rank);
  });
});
