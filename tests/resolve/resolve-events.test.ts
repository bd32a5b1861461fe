// The cross-article event merge rule as a [case, expected] table, and the clustering built on it.
import { describe, expect, test } from 'vitest';
import { candidateWindow, clusterEvents, coresAgree, eventReportsOf, mergeableKinds, ownCountries, sameEvent, undatedJoinWindow, type EventReport } from '../../src/resolve/resolve-events.js';
import { extract } from '../extract/helpers.js';

let n = 0;
function report(p: Partial<EventReport> & { kind?: string }): EventReport {
  n++;
  const participantIds = p.participantIds ?? [];
  return {
    reportId: p.reportId ?? `a${n}#1`,
    articleId: p.articleId ?? `a${n}`,
    publishedAt: p.publishedAt === undefined ? '2018-06-12' : p.publishedAt,
    kind: p.kind ?? 'summit',
    status: p.status ?? 'happened',
    date: p.date ?? null,
    locationId: p.locationId ?? null,
    locationName: p.locationId ? p.locationId.slice(8) : null,
    participantIds,
    participantNames: participantIds.map((x) => x.replace(/^\w+:/, '')),
    evidence: p.evidence ?? [],
    mentionCount: 1,
    sides: p.sides ?? [],
    ...(p.named === undefined ? {} : { named: p.named }),
    ...(p.period === undefined ? {} : { period: p.period }),
  };
}

const TRUMP = 'person:donald-trump';
const KIM = 'person:kim-jong-un';
const MOON = 'person:moon-jae-in';
const ABE = 'person:shinzo-abe';
const SG = 'country:SG';
const PUTIN = 'person:vladimir-putin';
const FI = 'country:FI';
const US = 'country:US';
const SY = 'country:SY';
const KP = 'country:KP';
const POMPEO = 'person:mike-pompeo';
const KIM_YONG_CHOL = 'person:kim-yong-chol';

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
    ['no parties, same place, undated, published the same day (place alone is too weak)', { kind: 'attack', locationId: 'country:AF' }, { kind: 'attack', locationId: 'country:AF' }, false],
    ['no parties, same place, undated, published a day apart', { kind: 'attack', locationId: 'country:AF' }, { kind: 'attack', locationId: 'country:AF', publishedAt: '2018-06-13' }, false],
    ['one party contained, undated, same place, published the same day', { participantIds: [KIM], locationId: SG }, { participantIds: [TRUMP, KIM], locationId: SG }, true],
    ['one party contained, undated, no place', { participantIds: [KIM] }, { participantIds: [TRUMP, KIM] }, false],
    // Undated and without parties: anchored by the place alone, too weak to collect other articles' reports.
    ['no parties, same place, undated, published the same day: election', { kind: 'election', locationId: 'country:RU' }, { kind: 'election', locationId: 'country:RU' }, false],
    ['undated, one side without parties, same place, published the same day', { kind: 'strike', locationId: SY }, { kind: 'strike', participantIds: [US], locationId: SY }, false],
    ['undated, the same one party, same place, published the same day', { kind: 'strike', participantIds: [US], locationId: SY }, { kind: 'strike', participantIds: [US], locationId: SY }, true],
    ['no parties, same place, dated the same day: election', { kind: 'election', locationId: 'country:RU', date: '2018-03-18' }, { kind: 'election', locationId: 'country:RU', date: '2018-03-18' }, true],
    // Kinds of one family: a meeting and a summit of the same parties, day and place are one sitting.
    ['meeting vs summit, same parties, day and place', { kind: 'meeting', participantIds: [PUTIN, TRUMP], date: '2018-07-16', locationId: FI }, { kind: 'summit', participantIds: [TRUMP, PUTIN], date: '2018-07-16', locationId: FI }, true],
    ['meeting vs summit, same parties, one place unknown', { kind: 'meeting', participantIds: [TRUMP, KIM], date: '2018-06-12' }, { kind: 'summit', participantIds: [TRUMP, KIM], date: '2018-06-12', locationId: SG }, true],
    ['meeting vs summit, same parties, a day apart', { kind: 'meeting', participantIds: [TRUMP, KIM], date: '2018-06-11', locationId: SG }, { kind: 'summit', participantIds: [TRUMP, KIM], date: '2018-06-12', locationId: SG }, true],
    ['meeting vs summit, same parties, two days apart', { kind: 'meeting', participantIds: [TRUMP, KIM], date: '2018-06-10', locationId: SG }, { kind: 'summit', participantIds: [TRUMP, KIM], date: '2018-06-12', locationId: SG }, false],
    ['meeting vs summit, one party contained, the same day', { kind: 'meeting', participantIds: [KIM], date: '2018-06-12', locationId: SG }, { kind: 'summit', participantIds: [TRUMP, KIM], date: '2018-06-12' }, true],
    ['meeting vs summit, one party contained, a day apart', { kind: 'meeting', participantIds: [KIM], date: '2018-06-11' }, { kind: 'summit', participantIds: [TRUMP, KIM], date: '2018-06-12' }, false],
    ['meeting vs summit, places differ', { kind: 'meeting', participantIds: [TRUMP, KIM], date: '2018-06-12', locationId: 'country:VN' }, { kind: 'summit', participantIds: [TRUMP, KIM], date: '2018-06-12', locationId: SG }, false],
    ['meeting vs summit, other parties', { kind: 'meeting', participantIds: [TRUMP, ABE], date: '2018-06-12' }, { kind: 'summit', participantIds: [TRUMP, KIM], date: '2018-06-12' }, false],
    ['meeting vs summit, the meeting undated', { kind: 'meeting', participantIds: [TRUMP, KIM], locationId: SG }, { kind: 'summit', participantIds: [TRUMP, KIM], date: '2018-06-12', locationId: SG }, false],
    ['meeting vs summit, both undated, published the same day', { kind: 'meeting', participantIds: [TRUMP, KIM] }, { kind: 'summit', participantIds: [TRUMP, KIM] }, false],
    ['meeting vs summit, no parties, same place and day', { kind: 'meeting', date: '2018-06-12', locationId: SG }, { kind: 'summit', date: '2018-06-12', locationId: SG }, false],
    ['talks vs summit, same parties and day', { kind: 'talks', participantIds: [TRUMP, KIM], date: '2018-06-12' }, { kind: 'summit', participantIds: [TRUMP, KIM], date: '2018-06-12', locationId: SG }, true],
    ['talks (undated, months of them) vs summit', { kind: 'talks', participantIds: [TRUMP, KIM], publishedAt: '2018-06-12' }, { kind: 'summit', participantIds: [TRUMP, KIM], date: '2018-06-12' }, false],
    ['call vs meeting, same parties and day', { kind: 'call', participantIds: [TRUMP, PUTIN], date: '2018-07-16' }, { kind: 'meeting', participantIds: [TRUMP, PUTIN], date: '2018-07-16' }, false],
    ['press conference vs summit, same parties, day and place', { kind: 'press_conference', participantIds: [TRUMP, PUTIN], date: '2018-07-16', locationId: FI }, { kind: 'summit', participantIds: [TRUMP, PUTIN], date: '2018-07-16', locationId: FI }, false],
    ['visit vs summit, same parties and day', { kind: 'visit', participantIds: [TRUMP, KIM], date: '2018-06-12', locationId: SG }, { kind: 'summit', participantIds: [TRUMP, KIM], date: '2018-06-12', locationId: SG }, false],
    ['strike vs attack, a shared party, same place and day', { kind: 'strike', participantIds: [US], date: '2018-04-14', locationId: SY }, { kind: 'attack', participantIds: [US], date: '2018-04-14', locationId: SY }, true],
    ['strike vs attack, one place unknown', { kind: 'strike', participantIds: [US], date: '2018-04-14', locationId: SY }, { kind: 'attack', participantIds: [US], date: '2018-04-14' }, false],
    ['strike vs attack, different days', { kind: 'strike', participantIds: [US], date: '2018-04-14', locationId: SY }, { kind: 'attack', participantIds: [US], date: '2018-04-07', locationId: SY }, false],
    ['strike vs attack, no party, same place and day (Brussels bombings told as attack and as bombings)', { kind: 'strike', date: '2016-03-22', locationId: 'country:BE' }, { kind: 'attack', date: '2016-03-22', locationId: 'country:BE' }, true],
    ['strike vs attack, a party on one side only, same place and day', { kind: 'strike', participantIds: [US], date: '2018-04-14', locationId: SY }, { kind: 'attack', date: '2018-04-14', locationId: SY }, true],
    ['must not: strike vs attack, no party, same place, a day apart', { kind: 'strike', date: '2016-03-22', locationId: 'country:BE' }, { kind: 'attack', date: '2016-03-23', locationId: 'country:BE' }, false],
    ['must not: strike vs attack, no party, one place unknown', { kind: 'strike', date: '2016-03-22', locationId: 'country:BE' }, { kind: 'attack', date: '2016-03-22' }, false],
    ['must not: strike vs attack, no party, undated', { kind: 'strike', locationId: 'country:BE' }, { kind: 'attack', locationId: 'country:BE' }, false],
    ['must not: strike vs attack, parties differ, same place and day', { kind: 'strike', participantIds: [US], date: '2018-04-14', locationId: SY }, { kind: 'attack', participantIds: ['country:RU'], date: '2018-04-14', locationId: SY }, false],
    // Rule 6: a summit in one country on one day that shares a party is one sitting, whatever bystanders the lists name.
    ['summits, same place and day, one shared party, other parties differ', { participantIds: [TRUMP, KIM, US], date: '2019-02-27', locationId: 'country:VN' }, { participantIds: ['person:trump', KIM, 'person:christopher-murphy'], date: '2019-02-27', locationId: 'country:VN' }, true],
    ['summits, same place, a day apart, one shared party', { participantIds: [TRUMP, KIM, US], date: '2019-02-27', locationId: 'country:VN' }, { participantIds: ['person:trump', KIM], date: '2019-02-28', locationId: 'country:VN' }, true],
    ['summits, same place, two days apart, one shared party', { participantIds: [TRUMP, KIM, US], date: '2019-02-27', locationId: 'country:VN' }, { participantIds: ['person:trump', KIM], date: '2019-03-01', locationId: 'country:VN' }, false],
    ['summits, one place unknown, one shared party', { participantIds: [TRUMP, KIM, US], date: '2019-02-27', locationId: 'country:VN' }, { participantIds: ['person:trump', KIM, MOON], date: '2019-02-27' }, false],
    ['meetings, same place and day, one shared party: a leader meets many on one day', { kind: 'meeting', participantIds: [TRUMP, KIM], date: '2018-06-12', locationId: SG }, { kind: 'meeting', participantIds: [TRUMP, ABE], date: '2018-06-12', locationId: SG }, false],
    // Must not merge: one pair's two summits, and the same pair in another month.
    ['two Trump–Kim summits: Singapore 2018-06-12 vs Hanoi 2019-02-27', { participantIds: [TRUMP, KIM], date: '2018-06-12', locationId: SG }, { participantIds: [TRUMP, KIM], date: '2019-02-27', locationId: 'country:VN' }, false],
    ['two Trump–Kim summits, places unknown, dated eight months apart', { participantIds: [TRUMP, KIM], date: '2018-06-12' }, { participantIds: [TRUMP, KIM], date: '2019-02-27' }, false],
    ['same pair, same place, another month', { kind: 'meeting', participantIds: [TRUMP, KIM], date: '2018-06-12', locationId: SG }, { kind: 'meeting', participantIds: [TRUMP, KIM], date: '2018-07-12', locationId: SG }, false],
    ['same pair, undated, published a month apart', { kind: 'meeting', participantIds: [TRUMP, KIM], publishedAt: '2018-06-12' }, { kind: 'meeting', participantIds: [TRUMP, KIM], publishedAt: '2018-07-12' }, false],
    // Parties are compared by id: the merge sees one person under two ids as two people (consolidation resolves them first).
    ['one party under two unresolved ids, same day, no place', { participantIds: [TRUMP, KIM], date: '2019-02-27' }, { participantIds: ['person:trump', KIM], date: '2019-02-27' }, false],
    ['strike vs meeting', { kind: 'strike', participantIds: [US], date: '2018-04-14', locationId: SY }, { kind: 'meeting', participantIds: [US], date: '2018-04-14', locationId: SY }, false],
    // Rule 7: one sitting told by its people and by its countries, when the people stand for those countries.
    ['people vs their countries, same day and place', { participantIds: [TRUMP, KIM], sides: [US, KP], date: '2018-06-12', locationId: SG }, { participantIds: [US, KP], date: '2018-06-12', locationId: SG }, true],
    ['people vs their countries and one of them, a day apart, one place unknown', { participantIds: [TRUMP, KIM], sides: [US, KP], date: '2018-06-12', locationId: SG }, { participantIds: [US, KP, TRUMP], date: '2018-06-11' }, true],
    ['people vs their countries, meeting vs summit the same day', { kind: 'meeting', participantIds: [TRUMP, KIM], sides: [US, KP], date: '2018-06-12' }, { participantIds: [US, KP], date: '2018-06-12', locationId: SG }, true],
    ['must not: people vs their countries, months apart (Singapore vs Hanoi)', { participantIds: [TRUMP, KIM], sides: [US, KP], date: '2019-02-27' }, { participantIds: [US, KP], date: '2018-06-12' }, false],
    ['must not: the same pair of countries two days apart', { kind: 'meeting', participantIds: [TRUMP, KIM], sides: [US, KP], date: '2018-06-12' }, { kind: 'meeting', participantIds: [US, KP], date: '2018-06-14' }, false],
    ['must not: people vs their countries, places differ', { participantIds: [TRUMP, KIM], sides: [US, KP], date: '2018-06-12', locationId: SG }, { participantIds: [US, KP], date: '2018-06-12', locationId: 'country:VN' }, false],
    ['must not: one of the countries is not theirs', { participantIds: [TRUMP, KIM], sides: [US, KP], date: '2018-06-12' }, { participantIds: [US, 'country:CN'], date: '2018-06-12' }, false],
    ['must not: only one of their countries, meetings', { kind: 'meeting', participantIds: [TRUMP, KIM], sides: [US, KP], date: '2018-06-12' }, { kind: 'meeting', participantIds: [KP], date: '2018-06-12' }, false],
    // Two summits: one country holds one summit a day, so one of their countries is enough ("North Korea … the summit on June 12").
    ['summits: one of their countries, the same day', { participantIds: [TRUMP, KIM], sides: [US, KP], date: '2018-06-12' }, { participantIds: [KP], date: '2018-06-12', locationId: SG }, true],
    ['summits: one of their countries, a day apart', { participantIds: [TRUMP, KIM], sides: [US, KP], date: '2018-06-12' }, { participantIds: [KP], date: '2018-06-11' }, true],
    ['must not: summits, one of their countries, two days apart', { participantIds: [TRUMP, KIM], sides: [US, KP], date: '2018-06-12' }, { participantIds: [KP], date: '2018-06-14' }, false],
    ['must not: summits, one country that is not theirs', { participantIds: [TRUMP, KIM], sides: [US, KP], date: '2018-06-12' }, { participantIds: ['country:CN'], date: '2018-06-12' }, false],
    ['must not: summits, one of their countries, places differ', { participantIds: [TRUMP, KIM], sides: [US, KP], date: '2018-06-12', locationId: SG }, { participantIds: [KP], date: '2018-06-12', locationId: 'country:VN' }, false],
    ['must not: a summit vs a meeting of one of their countries', { participantIds: [TRUMP, KIM], sides: [US, KP], date: '2018-06-12' }, { kind: 'meeting', participantIds: [KP], date: '2018-06-12' }, false],
    ['must not: ministers vs the countries, the countries\' report undated', { kind: 'meeting', participantIds: [POMPEO, KIM_YONG_CHOL], sides: [US, KP], date: '2018-05-31' }, { kind: 'meeting', participantIds: [US, KP], publishedAt: '2018-05-31' }, false],
    ['must not: the countries\' report names someone the people report does not', { participantIds: [TRUMP, KIM], sides: [US, KP], date: '2018-06-12' }, { participantIds: [US, KP, MOON], date: '2018-06-12' }, false],
    ['must not: a call of the people vs a meeting of the countries', { kind: 'call', participantIds: [TRUMP, KIM], sides: [US, KP], date: '2018-06-12' }, { kind: 'meeting', participantIds: [US, KP], date: '2018-06-12' }, false],
    ['must not: people with no country known vs countries', { participantIds: [TRUMP, KIM], date: '2018-06-12', locationId: SG }, { participantIds: [US, KP], date: '2018-06-12', locationId: SG }, false],
  ])('%s → %s', (_case, a, b, expected) => {
    expect(sameEvent(report(a), report(b))).toBe(expected);
    expect(sameEvent(report(b), report(a))).toBe(expected);
  });
});

describe('a report the text places in an earlier month or year is of no publish day (EventReport.period)', () => {
  const USMCA = ['country:US', 'country:MX', 'country:CA'];
  // [case, a, b, merge?]
  test.each<[string, Partial<EventReport>, Partial<EventReport>, boolean]>([
    ['two undated reports of one day: the rule as before', { kind: 'agreement', participantIds: USMCA, publishedAt: '2019-06-05' }, { kind: 'agreement', participantIds: USMCA, publishedAt: '2019-06-05' }, true],
    ['"a deal struck last year" is not the deal of the publish day', { kind: 'agreement', participantIds: USMCA, period: '2018', publishedAt: '2019-06-05' }, { kind: 'agreement', participantIds: USMCA, publishedAt: '2019-06-05' }, false],
    ['…nor is it a dated deal of that week', { kind: 'agreement', participantIds: USMCA, period: '2018', publishedAt: '2019-06-05' }, { kind: 'agreement', participantIds: USMCA, date: '2019-06-04', publishedAt: '2019-06-05' }, false],
    ['two look-backs of one day and one year still name no day', { kind: 'agreement', participantIds: USMCA, period: '2018', publishedAt: '2019-06-05' }, { kind: 'agreement', participantIds: USMCA, period: '2018', publishedAt: '2019-06-05' }, false],
  ])('%s', (_case, a, b, expected) => expect(sameEvent(report(a), report(b))).toBe(expected));
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

  test('a meeting and a summit of one sitting: one event, named by the most specific kind, whatever the order', () => {
    const helsinki = () => [
      report({ reportId: 'm#1', articleId: 'm', kind: 'meeting', participantIds: [PUTIN, TRUMP], date: '2018-07-16', locationId: FI }),
      report({ reportId: 'n#1', articleId: 'n', kind: 'meeting', participantIds: [PUTIN, TRUMP], date: '2018-07-16', locationId: FI }),
      report({ reportId: 's#1', articleId: 's', kind: 'summit', participantIds: [TRUMP, PUTIN], date: '2018-07-16', locationId: FI }),
      report({ reportId: 't#1', articleId: 't', kind: 'summit', participantIds: [TRUMP, PUTIN], date: '2018-07-16' }),
      report({ reportId: 'p#1', articleId: 'p', kind: 'press_conference', participantIds: [TRUMP, PUTIN], date: '2018-07-16', locationId: FI }),
      report({ reportId: 'c#1', articleId: 'c', kind: 'call', participantIds: [TRUMP, PUTIN], date: '2018-07-16' }),
    ];
    const view = (rs: EventReport[]) => clusterEvents(rs).map((e) => [e.id, e.kind, e.reports.map((r) => r.reportId)]).sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1));
    const events = clusterEvents(helsinki());
    expect(events.map((e) => [e.kind, e.reports.map((r) => r.reportId)])).toEqual([
      ['call', ['c#1']],
      ['summit', ['m#1', 'n#1', 's#1', 't#1']],
      ['press_conference', ['p#1']],
    ]);
    expect(events[1].name).toBe('summit: donald-trump, vladimir-putin — FI, 2018-07-16');
    expect(view([...helsinki()].reverse())).toEqual(view(helsinki()));
    expect(view([helsinki()[2], helsinki()[5], helsinki()[0], helsinki()[4], helsinki()[3], helsinki()[1]])).toEqual(view(helsinki()));
  });

  test.each<[string, string[], string]>([
    ['2 summit, 2 meeting', ['summit', 'summit', 'meeting', 'meeting'], 'summit'],
    ['2 summit, 3 meeting', ['summit', 'meeting', 'summit', 'meeting', 'meeting'], 'summit'],
    ['1 summit, 2 meeting: one loose "summit" does not rename the meeting', ['meeting', 'summit', 'meeting'], 'meeting'],
    ['1 talks, 1 meeting', ['talks', 'meeting'], 'meeting'],
    ['1 talks, 3 meeting', ['talks', 'meeting', 'meeting', 'meeting'], 'meeting'],
    ['2 talks, 1 meeting', ['talks', 'talks', 'meeting'], 'talks'],
    ['3 talks, 1 meeting', ['talks', 'talks', 'talks', 'meeting'], 'talks'],
    ['1 attack, 1 strike', ['attack', 'strike'], 'strike'],
    ['3 attack, 1 strike', ['attack', 'attack', 'strike', 'attack'], 'attack'],
  ])('the kind of a merged event: %s → %s', (_case, kinds, expected) => {
    const reports = kinds.map((kind, i) =>
      report({ reportId: `k${i}#1`, articleId: `k${i}`, kind, participantIds: [US, 'country:FR'], date: '2018-04-14', locationId: SY }),
    );
    const events = clusterEvents(reports);
    expect(events.map((e) => e.kind)).toEqual([expected]);
    expect(clusterEvents([...reports].reverse()).map((e) => [e.id, e.kind])).toEqual(events.map((e) => [e.id, e.kind]));
  });

  // Must not merge: two events of one week that share one party, joined by a report naming a party of each (#10, #49 of
  // docs/top-events.md). Each case: reports as [id, parties, date], and the groups expected (report ids).
  const MX = 'country:MX';
  const CN = 'country:CN';
  const HOLLANDE = 'person:francois-hollande';
  const OBAMA = 'person:barack-obama';
  const NATO = 'org:nato';
  test.each<[string, string, [string, string[], string][], string[][]]>([
    ['US–Mexico and US–China talks bridged by a report naming all three', 'talks', [
      ['m1#1', [US, MX], '2019-06-07'], ['m2#1', [US, MX], '2019-06-06'], ['m3#1', [MX, US], '2019-06-07'],
      ['c1#1', [US, CN], '2019-06-07'], ['c2#1', [CN, US], '2019-06-08'],
      ['x1#1', [US, MX, CN], '2019-06-07'],
      // x1 tells of both: it joins one (ties go by report id), never both
    ], [['c1#1', 'c2#1', 'x1#1'], ['m1#1', 'm2#1', 'm3#1']]],
    ['US–Mexico and US–China talks bridged by a report naming the US alone', 'talks', [
      ['m1#1', [US, MX], '2019-06-07'], ['m2#1', [US, MX], '2019-06-07'],
      ['c1#1', [US, CN], '2019-06-07'], ['c2#1', [CN, US], '2019-06-07'],
      ['u1#1', [US], '2019-06-07'],
      // u1 may tell of either: it joins one (ties go by report id), never both
    ], [['c1#1', 'c2#1', 'u1#1'], ['m1#1', 'm2#1']]],
    ['Hollande–Obama meeting and the NATO meeting after the downed jet', 'meeting', [
      ['h1#1', [HOLLANDE, OBAMA], '2015-11-24'], ['h2#1', [OBAMA, HOLLANDE], '2015-11-24'],
      ['n1#1', [NATO, PUTIN], '2015-11-24'], ['n2#1', [PUTIN, NATO], '2015-11-24'],
      ['x1#1', [HOLLANDE, OBAMA, PUTIN], '2015-11-24'],
    ], [['h1#1', 'h2#1', 'x1#1'], ['n1#1', 'n2#1']]],
    // …while one event's reports with a bystander each still make one event
    ['Singapore told with a different bystander in each report', 'summit', [
      ['s1#1', [TRUMP, KIM], '2018-06-12'], ['s2#1', [TRUMP, KIM, MOON], '2018-06-12'], ['s3#1', [TRUMP, KIM, ABE], '2018-06-12'], ['s4#1', [KIM], '2018-06-12'],
    ], [['s1#1', 's2#1', 's3#1', 's4#1']]],
  ])('%s', (_case, kind, rows, expected) => {
    const rs = rows.map(([reportId, participantIds, date]) => report({ reportId, articleId: reportId.split('#')[0], kind, participantIds, date }));
    const groups = (xs: EventReport[]) => clusterEvents(xs).map((e) => e.reports.map((r) => r.reportId).sort()).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    expect(groups(rs)).toEqual(expected);
    expect(groups([...rs].reverse())).toEqual(expected);
  });

  test('one sitting told by its people and by its countries is one event; another pair of countries that day is not (rule 7)', () => {
    const rs = [
      report({ reportId: 'p1#1', articleId: 'p1', participantIds: [TRUMP, KIM], sides: [US, KP], date: '2018-06-12', locationId: SG }),
      report({ reportId: 'p2#1', articleId: 'p2', participantIds: [KIM, TRUMP], sides: [KP], date: '2018-06-12', locationId: SG }),
      report({ reportId: 'p3#1', articleId: 'p3', participantIds: [TRUMP, KIM, MOON], sides: [US], date: '2018-06-12', locationId: SG }),
      report({ reportId: 'c1#1', articleId: 'c1', participantIds: [US, KP], date: '2018-06-12', locationId: SG }),
      report({ reportId: 'c2#1', articleId: 'c2', participantIds: [KP, US, KIM], date: '2018-06-12' }),
      report({ reportId: 'x1#1', articleId: 'x1', participantIds: [US, 'country:CN'], date: '2018-06-12' }),
      report({ reportId: 'h1#1', articleId: 'h1', participantIds: [US, KP], date: '2019-02-27', locationId: 'country:VN' }),
    ];
    const groups = (xs: EventReport[]) => clusterEvents(xs).map((e) => e.reports.map((r) => r.reportId).sort()).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const expected = [['c1#1', 'c2#1', 'p1#1', 'p2#1', 'p3#1'], ['h1#1'], ['x1#1']];
    expect(groups(rs)).toEqual(expected);
    expect(groups([...rs].reverse())).toEqual(expected);
  });

  test('strikes are not told apart by the agents each report names: one place and day, one strike (Shayrat)', () => {
    const TRUMP_ = TRUMP;
    const rows: [string, string[]][] = [['s1#1', [US, SY]], ['s2#1', [SY, US]], ['t1#1', [US, TRUMP_]], ['t2#1', [TRUMP_, US]], ['u1#1', [US]]];
    const strikes = rows.map(([reportId, participantIds]) => report({ reportId, articleId: reportId.split('#')[0], kind: 'strike', participantIds, date: '2017-04-07', locationId: SY }));
    expect(clusterEvents(strikes).map((e) => e.reports.length)).toEqual([5]);
    // …while meetings with the same parties stay two (the US with Syria, the US with Trump), the bridge joining one
    const meetings = strikes.map((r) => ({ ...r, kind: 'meeting' }));
    expect(clusterEvents(meetings).map((e) => e.reports.length).sort()).toEqual([2, 3]);
  });

  test.each<[string, string[], string[], boolean]>([
    ['share two', [US, MX, CN], [US, MX], true],
    ['one holds the other', [US], [US, MX], true],
    ['either has no core', [], [US, CN], true],
    ['share one, neither holds the other', [US, MX], [US, CN], false],
    ['share none', [MX], [CN], false],
  ])('coresAgree: %s', (_case, a, b, expected) => expect(coresAgree(a, b)).toBe(expected));

  test('status: happened when any report says so; else what most say', () => {
    const rs = (statuses: EventReport['status'][]) => statuses.map((status, i) => report({ reportId: `z${i}#1`, articleId: `z${i}`, status, participantIds: [TRUMP, KIM], date: '2018-06-12' }));
    expect(clusterEvents(rs(['planned', 'happened', 'cancelled'])).map((e) => e.status)).toEqual(['happened']);
    expect(clusterEvents(rs(['planned', 'cancelled', 'cancelled'])).map((e) => e.status)).toEqual(['cancelled']);
  });

  test('the date: what the reports that witness it say, not a vote of plans and previews', () => {
    const rs = [
      report({ reportId: 'v1#1', articleId: 'v1', status: 'planned', participantIds: [TRUMP, KIM], date: '2018-06-13', publishedAt: '2018-06-10' }),
      report({ reportId: 'v2#1', articleId: 'v2', status: 'planned', participantIds: [TRUMP, KIM], date: '2018-06-13', publishedAt: '2018-06-11' }),
      report({ reportId: 'v3#1', articleId: 'v3', participantIds: [TRUMP, KIM], date: '2018-06-12', publishedAt: '2018-06-13' }),
    ];
    expect(clusterEvents(rs).map((e) => e.date)).toEqual(['2018-06-12']);
    // with no witness, the most told day
    expect(clusterEvents(rs.slice(0, 2)).map((e) => e.date)).toEqual(['2018-06-13']);
  });

  test.each<[string, [EventReport['status'], string | null][], string]>([
    ['undated: one "happened" among plans is a plan', [['happened', null], ['planned', null], ['planned', null]], 'planned'],
    ['undated: as many say happened as planned', [['happened', null], ['planned', null]], 'happened'],
    ['one dated "happened" outweighs plans', [['happened', '2018-06-12'], ['planned', null], ['planned', null]], 'happened'],
    ['a "happened" dated after its own publish day is no witness', [['happened', '2018-06-20'], ['planned', '2018-06-20'], ['planned', '2018-06-20']], 'planned'],
  ])('status of a merged event: %s → %s', (_case, rows, expected) => {
    const rs = rows.map(([status, date], i) => report({ reportId: `w${i}#1`, articleId: `w${i}`, status, participantIds: [TRUMP, KIM], date, publishedAt: '2018-06-12' }));
    expect(clusterEvents(rs).map((e) => e.status)).toEqual([expected]);
  });

  test('undated reports anchored by their place alone stay the events of their own articles', () => {
    const events = clusterEvents([
      report({ reportId: 'x#1', articleId: 'x', kind: 'election', locationId: 'country:RU' }),
      report({ reportId: 'y#1', articleId: 'y', kind: 'election', locationId: 'country:RU' }),
    ]);
    expect(events.map((e) => e.reports.map((r) => r.reportId))).toEqual([['x#1'], ['y#1']]);
  });

  test.each<[string, readonly string[]]>([
    ['meeting', ['summit', 'meeting', 'talks']],
    ['talks', ['summit', 'meeting', 'talks']],
    ['attack', ['strike', 'attack']],
    ['call', ['call']],
    ['press_conference', ['press_conference']],
    ['election', ['election']],
  ])('kinds a %s report may merge with: %j', (kind, expected) => {
    expect(mergeableKinds(kind)).toEqual(expected);
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

describe('phase 2: an undated report joins the one dated event it tells of', () => {
  const HANOI = 'country:VN';
  // The Singapore summit, dated by its reports of the day.
  const singapore = () => [
    report({ reportId: 's1#1', articleId: 's1', kind: 'summit', participantIds: [TRUMP, KIM], date: '2018-06-12', locationId: SG, publishedAt: '2018-06-12' }),
    report({ reportId: 's2#1', articleId: 's2', kind: 'summit', participantIds: [TRUMP, KIM], date: '2018-06-12', locationId: SG, publishedAt: '2018-06-13' }),
  ];
  const hanoi = () => [report({ reportId: 'h1#1', articleId: 'h1', kind: 'summit', participantIds: [TRUMP, KIM], date: '2019-02-27', locationId: HANOI, publishedAt: '2019-02-27' })];
  // [case, the undated report, the dated reports, the article ids the undated report's event holds]
  test.each<[string, Partial<EventReport>, () => EventReport[], string[]]>([
    // must merge: a plan months ahead, an unmarked "the summit in Singapore" weeks ahead, a look back weeks after
    ['planned meeting announced in March joins the June summit', { kind: 'meeting', status: 'planned', participantIds: [TRUMP, KIM], publishedAt: '2018-03-09' }, singapore, ['s1', 's2', 'u']],
    ['"the summit in Singapore" weeks before, no status cue', { kind: 'summit', participantIds: [TRUMP, KIM, US], locationId: SG, publishedAt: '2018-05-16' }, singapore, ['s1', 's2', 'u']],
    ['one party and the same place', { kind: 'summit', status: 'planned', participantIds: [KIM], locationId: SG, publishedAt: '2018-05-20' }, singapore, ['s1', 's2', 'u']],
    ['a look back three weeks after', { kind: 'summit', participantIds: [TRUMP, KIM], publishedAt: '2018-07-03' }, singapore, ['s1', 's2', 'u']],
    ['between two summits: a plan joins the coming one', { kind: 'summit', status: 'planned', participantIds: [TRUMP, KIM], publishedAt: '2019-01-20' }, () => [...singapore(), ...hanoi()], ['h1', 'u']],
    // must not merge
    ['a plan published after the summit', { kind: 'summit', status: 'planned', participantIds: [TRUMP, KIM], publishedAt: '2018-06-20' }, singapore, ['u']],
    ['unmarked, two months before', { kind: 'summit', participantIds: [TRUMP, KIM], publishedAt: '2018-04-10' }, singapore, ['u']],
    ['a look back half a year after', { kind: 'summit', participantIds: [TRUMP, KIM], publishedAt: '2018-12-20' }, singapore, ['u']],
    ['other parties', { kind: 'summit', status: 'planned', participantIds: [TRUMP, ABE], publishedAt: '2018-05-20' }, singapore, ['u']],
    ['one party, no place', { kind: 'summit', status: 'planned', participantIds: [KIM], publishedAt: '2018-05-20' }, singapore, ['u']],
    ['another place', { kind: 'summit', status: 'planned', participantIds: [TRUMP, KIM], locationId: HANOI, publishedAt: '2018-05-20' }, singapore, ['u']],
    ['a cancelled meeting', { kind: 'summit', status: 'cancelled', participantIds: [TRUMP, KIM], publishedAt: '2018-05-24' }, singapore, ['u']],
    ['a call is no sitting', { kind: 'call', status: 'planned', participantIds: [TRUMP, KIM], publishedAt: '2018-05-20' }, () => singapore().map((r) => ({ ...r, kind: 'call' })), ['u']],
    ['talks run for months: no one event', { kind: 'talks', participantIds: [TRUMP, KIM], publishedAt: '2018-05-20' }, singapore, ['u']],
    // rule 7 in phase 2: the countries of the sitting's people
    ['"the U.S.-North Korea summit" weeks before joins the summit of Trump and Kim', { kind: 'summit', participantIds: [US, KP], publishedAt: '2018-05-27' }, () => singapore().map((r) => ({ ...r, sides: [US, KP] })), ['s1', 's2', 'u']],
    ['other countries than the sitting\'s people stand for', { kind: 'summit', participantIds: [US, 'country:CN'], publishedAt: '2018-05-27' }, () => singapore().map((r) => ({ ...r, sides: [US, KP] })), ['u']],
    ['a bystander\'s country is not a side of the sitting (Kim–Moon told once with Trump)', { kind: 'summit', participantIds: [US, KP], publishedAt: '2018-05-28' }, () => [
      report({ reportId: 'k1#1', articleId: 'k1', kind: 'summit', participantIds: [KIM, MOON], sides: [KP, 'country:KR'], date: '2018-05-26', publishedAt: '2018-05-27' }),
      report({ reportId: 'k2#1', articleId: 'k2', kind: 'summit', participantIds: [KIM, MOON, TRUMP], sides: [KP, 'country:KR', US], date: '2018-05-26', publishedAt: '2018-05-27' }),
    ], ['u']],
    // an undated summit is not the officials' meeting that prepared it
    ['an undated summit does not join a dated meeting of officials', { kind: 'summit', participantIds: [US, KP], publishedAt: '2018-05-28' }, () => [report({ reportId: 'm1#1', articleId: 'm1', kind: 'meeting', participantIds: [US, KP], date: '2018-05-27', publishedAt: '2018-05-27' })], ['u']],
    ['…while an undated meeting does', { kind: 'meeting', participantIds: [US, KP], publishedAt: '2018-05-28' }, () => [report({ reportId: 'm1#1', articleId: 'm1', kind: 'meeting', participantIds: [US, KP], date: '2018-05-27', publishedAt: '2018-05-27' })], ['m1', 'u']],
    ['an undated strike does not join the strike of the week', { kind: 'strike', participantIds: [US], locationId: SY, publishedAt: '2017-04-09' }, () => [report({ reportId: 's1#1', articleId: 's1', kind: 'strike', participantIds: [US], date: '2017-04-07', locationId: SY })], ['u']],
    // a period the text gives ("last month's summit"): only an event inside it
    ["\"last month's summit\" joins the summit of that month", { kind: 'summit', participantIds: [TRUMP, KIM], period: '2018-06', publishedAt: '2018-07-03' }, singapore, ['s1', 's2', 'u']],
    ['"the summit last year" (2017) is not the summit of three weeks before', { kind: 'summit', participantIds: [TRUMP, KIM], period: '2017', publishedAt: '2018-07-03' }, singapore, ['u']],
  ])('%s', (_case, undated, dated, expected) => {
    const u = report({ ...undated, reportId: 'u#1', articleId: 'u' });
    const events = clusterEvents([...dated(), u]);
    const holding = events.find((e) => e.reports.some((r) => r.reportId === 'u#1'))!;
    expect([...new Set(holding.reports.map((r) => r.articleId))].sort()).toEqual(expected);
  });

  // Strikes and attacks: an undated look-back that names the event by its city joins the one dated event of that place.
  const FR = 'country:FR';
  const paris = () => [
    report({ reportId: 'p1#1', articleId: 'p1', kind: 'attack', date: '2015-11-13', locationId: FR, publishedAt: '2015-11-14', evidence: ['Gunmen killed 130 people in attacks across Paris on Friday.'] }),
    report({ reportId: 'p2#1', articleId: 'p2', kind: 'attack', participantIds: ['org:islamic-state'], date: '2015-11-13', locationId: FR, publishedAt: '2015-11-15', evidence: ['Islamic State claimed Friday’s attacks in Paris.'] }),
  ];
  const stray = (id: string, date: string) => report({ reportId: `${id}#1`, articleId: id, kind: 'attack', date, locationId: FR, publishedAt: date, evidence: ['An attack near Paris on Wednesday wounded two.'] });
  const lookBack = { kind: 'attack', named: 'Paris', locationId: FR, publishedAt: '2015-11-20' };
  test.each<[string, Partial<EventReport>, () => EventReport[], string[]]>([
    ['"in the wake of the Paris attacks", a week after', lookBack, paris, ['p1', 'p2', 'u']],
    ['"the Paris bombings" (a strike) joins the attacks', { ...lookBack, kind: 'strike' }, paris, ['p1', 'p2', 'u']],
    ['a party the event names', { ...lookBack, participantIds: ['org:islamic-state'] }, paris, ['p1', 'p2', 'u']],
    ['"the Paris attacks" three weeks after', { ...lookBack, publishedAt: '2015-12-06' }, paris, ['p1', 'p2', 'u']],
    // must not
    ['not named by its city ("the attack in France")', { ...lookBack, named: undefined }, paris, ['u']],
    ['named by another city of that country ("the Lyon attack" is not the Paris attacks)', { ...lookBack, named: 'Lyon' }, paris, ['u']],
    ['published six weeks after', { ...lookBack, publishedAt: '2015-12-28' }, paris, ['u']],
    ['published before the attack', { ...lookBack, publishedAt: '2015-11-10' }, paris, ['u']],
    ['another place', { ...lookBack, locationId: 'country:BE' }, paris, ['u']],
    ['a party the event does not name', { ...lookBack, participantIds: ['country:RU'] }, paris, ['u']],
    ['a planned attack ("a planned Paris-style attack")', { ...lookBack, status: 'planned' }, paris, ['u']],
    ['two well-told dated attacks of that place in the window: the words do not say which', lookBack, () => [
      ...paris(),
      stray('q1', '2015-11-18'),
      stray('q2', '2015-11-18'),
    ], ['u']],
    ['a dated attack of that place told by one article only (a stray day) is no candidate', lookBack, () => [stray('q1', '2015-11-18')], ['u']],
    ['…nor does it make the well-told one ambiguous', lookBack, () => [...paris(), stray('q1', '2015-11-18')], ['p1', 'p2', 'u']],
    ['a meeting is no attack', lookBack, () => paris().map((r) => ({ ...r, kind: 'meeting', participantIds: [TRUMP, KIM] })), ['u']],
  ])('named look-back: %s', (_case, undated, dated, expected) => {
    const u = report({ ...undated, reportId: 'u#1', articleId: 'u' });
    const events = clusterEvents([...dated(), u]);
    const holding = events.find((e) => e.reports.some((r) => r.reportId === 'u#1'))!;
    expect([...new Set(holding.reports.map((r) => r.articleId))].sort()).toEqual(expected);
  });

  test('an undated report joins one event only: two dated events never chain through it', () => {
    const u = report({ reportId: 'u#1', articleId: 'u', kind: 'summit', participantIds: [TRUMP, KIM], publishedAt: '2018-06-20' });
    const later = report({ reportId: 'l#1', articleId: 'l', kind: 'summit', participantIds: [TRUMP, KIM], date: '2018-07-10', locationId: SG });
    const events = clusterEvents([...singapore(), later, u]);
    expect(events).toHaveLength(2);
    // a look back (no status cue) joins the past summit, not the coming one
    expect(events.find((e) => e.reports.some((r) => r.reportId === 'u#1'))!.date).toBe('2018-06-12');
  });

  test('the wider window the writer searches', () => {
    expect(undatedJoinWindow(report({ kind: 'summit', status: 'planned', participantIds: [TRUMP, KIM], publishedAt: '2018-03-09' }))).toEqual({ from: '2018-02-07', to: '2018-06-17', undatedOnly: false });
    expect(undatedJoinWindow(report({ kind: 'summit', participantIds: [TRUMP, KIM], publishedAt: '2018-05-16' }))).toEqual({ from: '2018-04-16', to: '2018-06-15', undatedOnly: false });
    expect(undatedJoinWindow(report({ kind: 'summit', participantIds: [TRUMP, KIM], date: '2018-06-12' }))).toEqual({ from: '2018-03-04', to: '2018-07-12', undatedOnly: true });
    expect(undatedJoinWindow(report({ kind: 'talks', participantIds: [TRUMP, KIM], publishedAt: '2018-05-16' }))).toBeNull();
    // strikes and attacks, by place: a named look-back reaches back, a dated event forward
    expect(undatedJoinWindow(report({ kind: 'attack', named: 'Paris', locationId: 'country:FR', publishedAt: '2015-11-20' }))).toEqual({ from: '2015-10-21', to: '2015-11-21', undatedOnly: false, byPlace: true });
    expect(undatedJoinWindow(report({ kind: 'attack', date: '2015-11-13', locationId: 'country:FR' }))).toEqual({ from: '2015-11-12', to: '2015-12-13', undatedOnly: true, byPlace: true });
    expect(undatedJoinWindow(report({ kind: 'attack', locationId: 'country:FR', publishedAt: '2015-11-20' }))).toBeNull();
  });
});

describe("a person's own country, as the article ties them (the sides of a report)", () => {
  // [text, expected person → country]
  test.each<[string, Record<string, string>]>([
    ['U.S. President Donald Trump spoke.', { 'person:donald-trump': US }],
    ['North Korean leader Kim Jong Un spoke.', { [KIM]: KP }],
    ["Russia's Vladimir Putin spoke.", { [PUTIN]: 'country:RU' }],
    ['Chinese Foreign Minister Wang Yi spoke.', { 'person:wang-yi': 'country:CN' }],
    ['U.S. Secretary of State Mike Pompeo spoke.', { [POMPEO]: US }],
    // must not: a country with no title or possessive before the name, or across a verb or a comma
    ['In Beijing Xi Jinping spoke.', {}],
    ['Sanctions on Russia hurt Vladimir Putin.', {}],
    ['He flew to Russia, and Vladimir Putin spoke.', {}],
  ])('%s', (text, expected) => {
    const r = extract(text, '2018-06-13');
    expect(Object.fromEntries(ownCountries(text, r.entities))).toEqual(expected);
  });

  test('a report stands for its country parties and its people\'s countries', () => {
    const text = 'U.S. President Donald Trump and North Korean leader Kim Jong Un held a summit in Singapore on Tuesday.';
    const [report] = eventReportsOf(extract(text, '2018-06-13'));
    expect(report.sides).toEqual([US, KP]);
  });
});

describe('a report names its event by the city of its place (EventReport.named)', () => {
  // [text, published, expected `named` of each event report]
  test.each<[string, string, (string | undefined)[]]>([
    ['Now, in the wake of the Paris attacks, Europe is on edge.', '2015-11-17', ['Paris']],
    ['The Brussels bombings killed 32 people on Tuesday.', '2016-03-23', ['Brussels']],
    ['Republicans questioned Susan Rice about the Benghazi terror attack.', '2012-11-20', ['Benghazi']],
    // must not: the place named another way, or a city of another country
    ['Gunmen carried out an attack in France on Friday.', '2015-11-14', [undefined]],
    ['Militants launched a Paris-style attack in Mali on Friday.', '2015-11-21', [undefined]],
  ])('%s', (text, publishedAt, expected) => {
    const reports = eventReportsOf(extract(text, publishedAt));
    expect(reports.map((r) => r.named)).toEqual(expected);
  });
});
