// The cross-article event merge rule as a [case, expected] table, and the clustering built on it.
import { describe, expect, test } from 'vitest';
import { candidateWindow, clusterEvents, sameEvent, type EventReport } from '../../src/resolve/resolve-events.js';

let n = 0;
function report(p: Partial<EventReport> & { kind?: string }): EventReport {
  n++;
  const participantIds = p.participantIds ?? [];
  return {
    reportId: p.reportId ?? `a${n}#1`,
    articleId: p.articleId ?? `a${n}`,
    publishedAt: p.publishedAt === undefined ? '2018-06-12' : p.publishedAt,
    kind: p.kind ?? 'summit',
    date: p.date ?? null,
    locationId: p.locationId ?? null,
    locationName: p.locationId ? p.locationId.slice(8) : null,
    participantIds,
    participantNames: participantIds.map((x) => x.replace(/^\w+:/, '')),
    evidence: [],
    mentionCount: 1,
  };
}

const TRUMP = 'person:donald-trump';
const KIM = 'person:kim-jong-un';
const MOON = 'person:moon-jae-in';
const ABE = 'person:shinzo-abe';
const SG = 'country:SG';

describe('sameEvent', () => {
  test.each<[string, Partial<EventReport>, Partial<EventReport>, boolean]>([
    ['same parties, same day', { participantIds: [TRUMP, KIM], date: '2018-06-12' }, { participantIds: [KIM, TRUMP], date: '2018-06-12' }, true],
    ['same parties, dates 3 days apart', { participantIds: [TRUMP, KIM], date: '2018-06-12' }, { participantIds: [TRUMP, KIM], date: '2018-06-15' }, true],
    ['same parties, dates 4 days apart', { participantIds: [TRUMP, KIM], date: '2018-06-12' }, { participantIds: [TRUMP, KIM], date: '2018-06-16' }, false],
    ['another kind', { participantIds: [TRUMP, KIM], date: '2018-06-12' }, { kind: 'call', participantIds: [TRUMP, KIM], date: '2018-06-12' }, false],
    ['places differ', { participantIds: [TRUMP, KIM], date: '2018-06-12', locationId: SG }, { participantIds: [TRUMP, KIM], date: '2018-06-12', locationId: 'country:VN' }, false],
    ['one place unknown', { participantIds: [TRUMP, KIM], date: '2018-06-12', locationId: SG }, { participantIds: [TRUMP, KIM], date: '2018-06-12' }, true],
    ['one shared party, neither contains the other', { participantIds: [TRUMP, KIM], date: '2018-06-12' }, { participantIds: [TRUMP, ABE], date: '2018-06-12' }, false],
    ['no shared party', { participantIds: [MOON], date: '2018-06-12' }, { participantIds: [ABE], date: '2018-06-12' }, false],
    ['one party contained, the same day', { participantIds: [KIM], date: '2018-06-12' }, { participantIds: [TRUMP, KIM], date: '2018-06-12' }, true],
    ['one party contained, another day', { participantIds: [KIM], date: '2018-06-12' }, { participantIds: [TRUMP, KIM], date: '2018-06-13' }, false],
    ['one party contained, undated', { participantIds: [KIM] }, { participantIds: [TRUMP, KIM], date: '2018-06-12' }, false],
    ['undated, same parties, published 2 days after the date', { participantIds: [TRUMP, KIM], publishedAt: '2018-06-14' }, { participantIds: [TRUMP, KIM], date: '2018-06-12' }, true],
    ['undated, same parties, published 5 days after the date', { participantIds: [TRUMP, KIM], publishedAt: '2018-06-17' }, { participantIds: [TRUMP, KIM], date: '2018-06-12' }, false],
    ['both undated, published the same day', { participantIds: [TRUMP, KIM] }, { participantIds: [TRUMP, KIM] }, true],
    ['both undated, published a day apart', { participantIds: [TRUMP, KIM], publishedAt: '2018-06-12' }, { participantIds: [TRUMP, KIM], publishedAt: '2018-06-13' }, false],
    ['undated, no publish date', { participantIds: [TRUMP, KIM], publishedAt: null }, { participantIds: [TRUMP, KIM], date: '2018-06-12' }, false],
    ['no parties, same place, same day', { kind: 'attack', locationId: 'country:AF', date: '2018-06-12' }, { kind: 'attack', locationId: 'country:AF', date: '2018-06-12' }, true],
    ['no parties, same place, a day apart', { kind: 'attack', locationId: 'country:AF', date: '2018-06-12' }, { kind: 'attack', locationId: 'country:AF', date: '2018-06-13' }, true],
    ['no parties, same place, two days apart', { kind: 'attack', locationId: 'country:AF', date: '2018-06-12' }, { kind: 'attack', locationId: 'country:AF', date: '2018-06-14' }, false],
    ['no parties, no place, same day', { kind: 'attack', date: '2018-06-12' }, { kind: 'attack', date: '2018-06-12' }, false],
    ['no parties, same place, undated, published the same day', { kind: 'attack', locationId: 'country:AF' }, { kind: 'attack', locationId: 'country:AF' }, true],
    ['no parties, same place, undated, published a day apart', { kind: 'attack', locationId: 'country:AF' }, { kind: 'attack', locationId: 'country:AF', publishedAt: '2018-06-13' }, false],
    ['one party contained, undated, same place, published the same day', { participantIds: [KIM], locationId: SG }, { participantIds: [TRUMP, KIM], locationId: SG }, true],
    ['one party contained, undated, no place', { participantIds: [KIM] }, { participantIds: [TRUMP, KIM] }, false],
  ])('%s → %s', (_case, a, b, expected) => {
    expect(sameEvent(report(a), report(b))).toBe(expected);
    expect(sameEvent(report(b), report(a))).toBe(expected);
  });
});

describe('clusterEvents', () => {
  const reports = () => [
    report({ reportId: 'b#1', articleId: 'b', participantIds: [TRUMP, KIM], date: '2018-06-12', locationId: SG }),
    report({ reportId: 'a#2', articleId: 'a', participantIds: [KIM, TRUMP], publishedAt: '2018-06-13' }),
    report({ reportId: 'c#1', articleId: 'c', participantIds: [KIM], date: '2018-06-12', locationId: SG }),
    report({ reportId: 'd#1', articleId: 'd', kind: 'attack', locationId: 'country:AF', date: '2018-06-12' }),
  ];

  test('one event per real event, named from all its reports', () => {
    const events = clusterEvents(reports());
    expect(events.map((e) => [e.name, e.reports.map((r) => r.reportId)])).toEqual([
      ['summit: kim-jong-un, donald-trump — SG, 2018-06-12', ['a#2', 'b#1', 'c#1']],
      ['attack — AF, 2018-06-12', ['d#1']],
    ]);
    expect(events[0]).toMatchObject({ date: '2018-06-12', locationId: SG, firstDay: '2018-06-12', lastDay: '2018-06-13' });
  });

  test('the same events and ids whatever the order of the reports', () => {
    const ids = (rs: EventReport[]) => clusterEvents(rs).map((e) => e.id).sort();
    expect(ids([...reports()].reverse())).toEqual(ids(reports()));
    expect(ids([reports()[2], reports()[0], reports()[3], reports()[1]])).toEqual(ids(reports()));
  });

  test('the candidate window: the date, else the publish date, ± 3 days', () => {
    expect(candidateWindow(report({ date: '2018-06-12' }))).toEqual({ from: '2018-06-09', to: '2018-06-15' });
    expect(candidateWindow(report({ publishedAt: '2016-05-01' }))).toEqual({ from: '2016-04-28', to: '2016-05-04' });
    expect(candidateWindow(report({ publishedAt: null }))).toBeNull();
  });

  test('the id is kept while reports join, and comes from the smallest report id', () => {
    const [b, a, c] = reports();
    const before = clusterEvents([a, b]).map((e) => e.id);
    expect(clusterEvents([a, b, c]).map((e) => e.id)).toEqual(before);
    expect(before[0]).toMatch(/^event:summit-[0-9a-f]{12}$/);
  });
});
