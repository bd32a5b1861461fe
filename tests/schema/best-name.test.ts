// search's `matched`: which of an entity's names shares most words with the query.
import { describe, expect, it } from 'vitest';
import { bestName } from '../../src/schema/search.js';

describe('bestName', () => {
  const rows: [names: string[], query: string, expected: string, why: string][] = [
    [['Vladimir Putin', 'Putin'], 'putin', 'Putin', 'an exact match (any case) wins'],
    [['Al Qaeda in Iraq', 'Al-Qaeda'], 'AL-QAEDA ', 'Al-Qaeda', 'exact after trimming, punctuation kept'],
    [['Putin', 'Vladimir Vladimirovich Putin'], 'vladimir putin', 'Vladimir Vladimirovich Putin', 'more query words shared'],
    [['Russian Federation', 'Russia'], 'russ', 'Russia', 'word prefixes count; the shorter name on equal words'],
    [['Shinzo Abe', 'Abe Shinzo'], 'abe', 'Shinzo Abe', 'a tie keeps the earlier name'],
    [['Russian Federation', 'Russia'], 'kremlin', 'Russia', 'no shared word: the shortest'],
    [['Moscow', 'Kremlin'], 'kreml-', 'Kremlin', "a query word's punctuation is dropped before the prefix test"],
    [['Moscow', 'Kremlin'], "kremlin's", 'Moscow', "…so kremlin's looks for kremlins: no shared word, the first of equal length"],
    [['Barack Obama'], 'nobody', 'Barack Obama', 'one name'],
  ];
  it.each(rows)('%j for %j → %j (%s)', (names, query, expected) => {
    expect(bestName(names, query)).toBe(expected);
  });

  // The definition it replaced (a stable sort by score, best first): the same answer on generated name lists.
  const bySort = (names: string[], query: string) => {
    const q = query.toLowerCase().split(/\s+/).filter(Boolean);
    const score = (n: string) => {
      const l = n.toLowerCase();
      if (l === query.toLowerCase().trim()) return 1000;
      return q.filter((w) => l.split(/\W+/).some((x) => x.startsWith(w.replace(/\W/g, '')))).length * 10 - n.length / 100;
    };
    return [...names].sort((a, b) => score(b) - score(a))[0];
  };
  it('agrees with the sort-based definition', () => {
    const words = ['Putin', 'Vladimir', 'V.', 'Russia', "Russia's", 'President', 'Kremlin', 'al-Assad', 'Bashar', 'Abe', 'Shinzo'];
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 500; i++) {
      const names = Array.from({ length: 1 + next(6) }, () => Array.from({ length: 1 + next(3) }, () => words[next(words.length)]).join(' '));
      const query = Array.from({ length: 1 + next(2) }, () => words[next(words.length)]!.toLowerCase().slice(0, 2 + next(6))).join(' ');
      expect(bestName(names, query), JSON.stringify({ names, query })).toBe(bySort(names, query));
    }
  });
});
