// Identity replayed without a graph (what the event-merge bench and the top-events list use): extraction results
// summarised as the writer stores them, consolidated as the loader does, event parties renamed as consolidation renames them.
import { beforeAll, describe, expect, test } from 'vitest';
import { extractArticle, warmUp } from '../../src/extract/pipeline.js';
import type { Article } from '../../src/extract/types.js';
import { clusterEvents, eventReportsOf, type EventReport } from '../../src/resolve/resolve-events.js';
import { identitySummariesOf, replayConsolidation, withResolvedParticipants } from '../../src/resolve/identity-replay.js';
import type { EntitySummary } from '../../src/resolve/consolidate.js';

const article = (id: string, source: string, publishedAt: string, body: string): Article => ({ id, url: `https://example.com/${id}`, title: id, source, publishedAt, body });

/** Events as a user sees them after a load: extraction, consolidation, then the merge rule; each as [name, articles]. */
function eventsAfterLoad(articles: Article[]): [string, string[]][] {
  const results = articles.map((a) => extractArticle(a));
  const { moves } = replayConsolidation(identitySummariesOf(results));
  const reports = results.flatMap(eventReportsOf).map((r) => withResolvedParticipants(r, moves));
  return clusterEvents(reports)
    .map((e): [string, string[]] => [e.name, [...new Set(e.reports.map((r) => r.articleId))].sort()])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

beforeAll(() => warmUp(), 60_000);

describe('events keyed by resolved identities', () => {
  const hanoiFull = article('h1', 'Example Times', '2019-02-28', 'President Donald Trump met North Korean leader Kim Jong Un in Hanoi on Wednesday. Mr. Trump said the summit went well.');
  const hanoiBare = article('h2', 'Example Times', '2019-02-28', 'Trump met Kim Jong Un in Hanoi on Wednesday. Trump said the talks were good.');
  const singapore = article('s1', 'Example Times', '2018-06-13', 'President Donald Trump met North Korean leader Kim Jong Un in Singapore on Tuesday. Mr. Trump said the summit went well.');
  const singaporeLater = article('s2', 'Example Times', '2018-07-13', 'President Donald Trump met North Korean leader Kim Jong Un in Singapore on Thursday. Mr. Trump said the meeting went well.');

  test.each<[string, Article[], [string, string[]][]]>([
    ['"Trump" and "Donald Trump" meeting Kim in Hanoi the same day: one event once identities are resolved', [hanoiFull, hanoiBare], [['meeting: Donald Trump, Kim Jong Un — Vietnam, 2019-02-27', ['h1', 'h2']]]],
    // Must not merge: the same pair's Singapore and Hanoi summits, and the same pair and place in another month.
    ['Singapore 2018-06-12 and Hanoi 2019-02-27 stay two events', [singapore, hanoiFull, hanoiBare], [['meeting: Donald Trump, Kim Jong Un — Singapore, 2018-06-12', ['s1']], ['meeting: Donald Trump, Kim Jong Un — Vietnam, 2019-02-27', ['h1', 'h2']]]],
    ['the same pair in Singapore a month later is another event', [singapore, singaporeLater], [['meeting: Donald Trump, Kim Jong Un — Singapore, 2018-06-12', ['s1']], ['meeting: Donald Trump, Kim Jong Un — Singapore, 2018-07-12', ['s2']]]],
  ])('%s', (_case, articles, expected) => {
    expect(eventsAfterLoad(articles)).toEqual(expected);
  }, 60_000);
});

describe('replayConsolidation', () => {
  const person = (id: string, name: string, ...rows: [string, string[], number?][]): EntitySummary => ({
    id,
    type: 'Person',
    name,
    articles: rows.map(([articleId, aliases, count]) => ({ articleId, source: 'Example Times', publishedAt: '2019-02-28', aliases, count: count ?? 1 })),
  });

  test('a one-word name moves to the one full-name bearer its article names; other articles keep theirs', () => {
    const { moves } = replayConsolidation([
      person('person:lavrov', 'Lavrov', ['a1', ['Lavrov']]),
      person('person:sergey-lavrov', 'Sergey Lavrov', ['a1', ['Sergey Lavrov']]),
      person('person:jim-smith', 'Jim Smith', ['a2', ['Jim Smith']]),
    ]);
    expect([...moves]).toEqual([['a1|person:lavrov', 'person:sergey-lavrov']]);
  });

  test('nothing to decide: no moves', () => {
    expect([...replayConsolidation([person('person:sergey-lavrov', 'Sergey Lavrov', ['a1', ['Sergey Lavrov']])]).moves]).toEqual([]);
  });
});

describe('withResolvedParticipants', () => {
  const report = (participantIds: string[], participantNames: string[]): EventReport => ({
    reportId: 'a1#1', articleId: 'a1', publishedAt: '2019-02-28', kind: 'summit', status: 'happened', date: '2019-02-27', locationId: null, locationName: null, participantIds, participantNames, evidence: [], mentionCount: 1,
  });
  test.each<[string, EventReport, [string, string][], [string[], string[]]]>([
    ['renamed in its own article', report(['person:trump', 'person:kim-jong-un'], ['Trump', 'Kim Jong Un']), [['a1|person:trump', 'person:donald-trump']], [['person:donald-trump', 'person:kim-jong-un'], ['Trump', 'Kim Jong Un']]],
    ['two ids of one party become one, the first name kept', report(['person:donald-trump', 'person:trump'], ['Donald Trump', 'Trump']), [['a1|person:trump', 'person:donald-trump']], [['person:donald-trump'], ['Donald Trump']]],
    ["another article's move does not apply", report(['person:trump'], ['Trump']), [['a2|person:trump', 'person:donald-trump']], [['person:trump'], ['Trump']]],
  ])('%s', (_case, r, moves, [ids, names]) => {
    const out = withResolvedParticipants(r, new Map(moves));
    expect([out.participantIds, out.participantNames]).toEqual([ids, names]);
  });
});
