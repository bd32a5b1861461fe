// Events: every rule's examples (anchored and unanchored), then anchors, dates and in-article merging per family.
import { describe, expect, test } from 'vitest';
import { EVENT_RULES, EVENT_STATUS_RULES, type EventExample } from '../../src/extract/lexicon/events.js';
import { extract } from './helpers.js';

const events = (body: string, publishedAt: string | null = '2017-04-12') =>
  extract(body, publishedAt)
    .entities.filter((e) => e.type === 'Event')
    .map((e) => ({ kind: e.kind, date: e.date, location: e.locationId, participants: e.participantIds, status: e.status }));

/** Only the fields an expectation names are compared. */
function matches(got: ReturnType<typeof events>, want: readonly EventExample[]): void {
  expect(got.map((g) => g.kind)).toEqual(want.map((w) => w.kind));
  want.forEach((w, i) => {
    if (w.participants) expect(got[i].participants, `participants of ${w.kind}`).toEqual(w.participants);
    if (w.location !== undefined) expect(got[i].location, `place of ${w.kind}`).toBe(w.location);
    if (w.date !== undefined) expect(got[i].date, `date of ${w.kind}`).toBe(w.date);
  });
}

describe('event rules: their own examples', () => {
  const cases = EVENT_RULES.flatMap((r) => r.examples.map(([sentence, expected]) => [r.id, sentence, expected] as const));
  test.each(cases)('%s: %s', (_id, sentence, expected) => matches(events(sentence), expected));
});

describe('anchors', () => {
  test.each<[string, EventExample[]]>([
    // unanchored: a generic word with no party, place or day
    ['The attack shocked everyone.', []],
    ['Officials feared another attack.', []],
    ['The talks collapsed.', []],
    ['A strike would be a mistake.', []],
    ['He said the vote was rigged.', []],
    // anchored by a party
    ['Vladimir Putin and Recep Tayyip Erdogan held talks.', [{ kind: 'talks', participants: ['person:vladimir-putin', 'person:recep-tayyip-erdogan'], location: null, date: null }]],
    ['The U.S.-Russia talks resumed.', [{ kind: 'talks', participants: ['country:US', 'country:RU'] }]],
    ['An ISIS attack killed twelve soldiers.', [{ kind: 'attack', participants: ['org:islamic-state'], location: null }]],
    // anchored by a place: a country, a capital, a city or a region
    ['A car bomb attack in Kabul killed ten people.', [{ kind: 'attack', participants: [], location: 'country:AF' }]],
    ['Gunmen staged an attack in Mosul.', [{ kind: 'attack', location: 'country:IQ' }]],
    ['The shooting in Texas left two dead.', [{ kind: 'attack', participants: [], location: 'country:US' }]],
    // anchored by a day
    ['The attack on Tuesday left two dead.', [{ kind: 'attack', participants: [], location: null, date: '2017-04-11' }]],
    // the place is no party
    ['Rex Tillerson met Sergey Lavrov in Moscow.', [{ kind: 'meeting', participants: ['person:rex-tillerson', 'person:sergey-lavrov'], location: 'country:RU' }]],
    // a past meeting verb with a place anchors a meeting of unnamed parties; a noun with a place alone does not
    ['Officials from the two countries met in Moscow to discuss incidents at sea.', [{ kind: 'meeting', participants: [], location: 'country:RU' }]],
    ['A meeting in Moscow would help.', []],
    // "after meeting X" presupposes the meeting, as a past verb asserts it
    ['Donald Trump changed his mind after meeting with retired generals.', [{ kind: 'meeting', participants: ['person:donald-trump'] }]],
    ['Donald Trump is keen on meeting with retired generals.', []],
    // the people of the clause with the bodies named after "with"
    ['John Kelly confirmed it in a closed door meeting with congressional Democrats.', [{ kind: 'meeting', participants: ['person:john-kelly', 'org:democratic-party'] }]],
    // a day said of the report, not the event, does not anchor it
    ['Sean Spicer said on Monday that the attack was a crime.', []],
  ])('%s', (sentence, expected) => matches(events(sentence), expected));
});

describe('one event per real event in an article', () => {
  test.each<[string, number]>([
    ['Donald Trump met Kim Jong Un in Singapore on Tuesday. The meeting between Trump and Kim lasted an hour.', 1],
    ['A bomb attack in Kabul killed ten. Another attack in Baghdad killed four.', 2],
    ['Barack Obama met Angela Merkel in Berlin. Barack Obama met Shinzo Abe in Tokyo.', 2],
  ])('%s → %i', (body, n) => expect(events(body)).toHaveLength(n));

  test.each<[string, string, number]>([
    // a later unanchored "the meeting" names the summit told before (a hypernym refers back)
    ['Donald Trump and Kim Jong Un held a summit in Singapore on Tuesday. The meeting ended early.', 'summit', 2],
    // …but not a call: a call is no meeting
    ['Donald Trump had a phone call with Kim Jong Un on Tuesday. The meeting ended early.', 'call', 1],
  ])('%s → the %s has %i mention(s)', (body, kind, n) => {
    const ev = extract(body, '2017-04-12').entities.filter((e) => e.type === 'Event');
    expect(ev.map((e) => e.kind)).toEqual([kind]);
    expect(ev[0].mentions).toHaveLength(n);
  });

  test('no publish date: no resolved date', () => {
    expect(events('Rex Tillerson held a meeting on Wednesday with Vladimir Putin.', null)[0].date).toBeNull();
  });

  test('the evidence is the sentences that report the event', () => {
    const r = extract('Donald Trump met Kim Jong Un in Singapore on Tuesday. It was warm. The meeting of Trump and Kim was short.');
    const ev = r.entities.filter((e) => e.type === 'Event');
    expect(ev).toHaveLength(1);
    expect(ev[0].evidence?.map((s) => s.text)).toEqual(['Donald Trump met Kim Jong Un in Singapore on Tuesday.', 'The meeting of Trump and Kim was short.']);
    expect(ev[0].name).toBe('meeting: Donald Trump, Kim Jong Un — Singapore, 2017-04-11');
  });
});

describe('status: announced, planned, cancelled and hypothetical events', () => {
  const statusOf = (sentence: string, publishedAt = '2018-05-25') => events(sentence, publishedAt).map((e) => e.status ?? 'happened');
  const cases = EVENT_STATUS_RULES.flatMap((r) => r.examples.map(([sentence, expected]) => [r.id, sentence, expected] as const));
  test.each(cases)('%s: %s', (_id, sentence, expected) => expect(statusOf(sentence)).toEqual(expected ? [expected] : []));

  // [sentence, published, expected events (kind, status, date)]
  test.each<[string, string, { kind: string; status: string; date: string | null }[]]>([
    // the day a summit is called off or announced dates the news, not the summit (Singapore, 2018-05-24)
    ['Donald Trump called off the summit with Kim Jong Un on Thursday.', '2018-05-25', [{ kind: 'summit', status: 'cancelled', date: null }]],
    ['Donald Trump on Thursday canceled the June 12 summit with Kim Jong Un in Singapore.', '2018-05-25', [{ kind: 'summit', status: 'cancelled', date: '2018-06-12' }]],
    ['Donald Trump agreed on Thursday to meet Kim Jong Un.', '2018-03-09', [{ kind: 'meeting', status: 'planned', date: null }]],
    // …nor when it is the publish day itself: the paper's own news
    ['Donald Trump on Thursday called off the summit with Kim Jong Un.', '2018-05-24', [{ kind: 'summit', status: 'cancelled', date: null }]],
    ['Donald Trump said on Thursday he will meet Kim Jong Un in Singapore on June 12.', '2018-05-10', [{ kind: 'meeting', status: 'planned', date: '2018-06-12' }]],
    ['Donald Trump will meet Kim Jong Un in Singapore on June 12.', '2018-05-11', [{ kind: 'meeting', status: 'planned', date: '2018-06-12' }]],
    // a verb in the past asserts the event, whatever else the clause holds
    ['Donald Trump met Kim Jong Un in Singapore on Tuesday.', '2018-06-13', [{ kind: 'meeting', status: 'happened', date: '2018-06-12' }]],
    ['Donald Trump and Kim Jong Un held a summit in Singapore on Tuesday.', '2018-06-13', [{ kind: 'summit', status: 'happened', date: '2018-06-12' }]],
    // a preparation or a decision told of a sitting that then happened does not make it a plan
    ['After months of preparations, Donald Trump met Kim Jong Un in Singapore on Tuesday.', '2018-06-13', [{ kind: 'meeting', status: 'happened', date: '2018-06-12' }]],
    ['Donald Trump decided to end the talks after he met Kim Jong Un in Singapore on Tuesday.', '2018-06-13', [{ kind: 'meeting', status: 'happened', date: '2018-06-12' }]],
    // planned in one sentence, happened in a later one: one event, happened
    ['Donald Trump will meet Kim Jong Un in Singapore. Donald Trump met Kim Jong Un in Singapore on Tuesday.', '2018-06-13', [{ kind: 'meeting', status: 'happened', date: '2018-06-12' }]],
    // proposed, threatened, debated: no event at all
    ['The Senate panel voted to authorize a U.S. strike on Syria on Wednesday.', '2013-09-05', []],
    ['Barack Obama made the case for a military strike against Syria on Tuesday.', '2013-09-11', []],
    ['The United States launched a missile strike on Syria on Thursday.', '2017-04-08', [{ kind: 'strike', status: 'happened', date: '2017-04-06' }]],
    // status.negated denies only the verb whose object the trigger is: not "not the first summit", "not only a meeting"
    ['It was not the first summit between Donald Trump and Kim Jong Un on Tuesday.', '2018-06-13', [{ kind: 'summit', status: 'happened', date: '2018-06-12' }]],
    ['It was not only a meeting between Donald Trump and Kim Jong Un on Tuesday.', '2018-06-13', [{ kind: 'meeting', status: 'happened', date: '2018-06-12' }]],
    // …and only a verb that makes, holds or joins the event: "not to torpedo the pact" leaves the pact standing
    ['Angela Merkel hopes to persuade Donald Trump not to torpedo the agreement that Iran signed on Monday.', '2017-04-12', [{ kind: 'agreement', status: 'happened', date: '2017-04-10' }]],
    // status.conditional: not a concession
    ['The talks between Iran and the United States on Tuesday went ahead even if nobody expected much.', '2018-06-13', [{ kind: 'talks', status: 'happened', date: '2018-06-12' }]],
  ])('%s (%s)', (sentence, publishedAt, expected) =>
    expect(events(sentence, publishedAt).map((e) => ({ kind: e.kind, status: e.status ?? 'happened', date: e.date }))).toEqual(expected));
});

describe("date: only the trigger's own time expression dates the event", () => {
  // [sentence, published, expected date of the (one) event]
  test.each<[string, string, string | null]>([
    // a day after the trigger, with no other verb between
    ['Donald Trump met Kim Jong Un in Singapore on Tuesday.', '2018-06-13', '2018-06-12'],
    ['The chemical weapons attack Tuesday in Idlib killed 86 people.', '2017-04-07', '2017-04-04'],
    ['Rex Tillerson held a meeting in Moscow late Wednesday with Vladimir Putin.', '2017-04-13', '2017-04-12'],
    // a day modifying the noun, or the day of the light verb that takes it
    ["Thursday night's U.S. missile strike on Syria hit an airfield.", '2017-04-08', '2017-04-06'],
    ['The April 4 chemical attack in Syria killed 86 people.', '2017-04-07', '2017-04-04'],
    ['Donald Trump and Kim Jong Un on Tuesday held a summit in Singapore.', '2018-06-13', '2018-06-12'],
    ['On Tuesday, Donald Trump met Kim Jong Un in Singapore.', '2018-06-13', '2018-06-12'],
    // a day before "during": the day of another clause ("plans to shut the site by the end of May during his summit with Moon last month")
    ['Kim Jong Un revealed plans to shut the test site by May 31 during his summit with Moon Jae-in last month.', '2018-05-13', null],
    // a month and day with no year, far ahead of the publish day, is last year's
    ['Democrats repeated their questions about the September 11 attack in Benghazi.', '2013-05-08', '2012-09-11'],
    // the day of another verb: a hearing, a warning, a report about the event
    ['Democrats Wednesday pooh-poohed charges of a cover-up of the attack in Benghazi.', '2013-05-08', null],
    ['Hillary Clinton testified Wednesday about the attack in Benghazi.', '2013-01-24', null],
    ['Hillary Clinton engaged in six hours of questioning on Wednesday over the deaths of four Americans in the attack in Benghazi.', '2013-01-24', null],
    ['Donald Trump said Tuesday there was a chance his meeting with Kim Jong Un in Singapore would not happen.', '2018-05-23', null],
    // a time coarser than a day, said of the event, leaves it undated whatever day the clause names
    ['Democrats on Wednesday mocked charges of a cover-up of the Benghazi terror attacks last year in Libya.', '2013-05-08', null],
    ['Clinton on Wednesday defended her handling of the September terrorist attack in Libya.', '2013-01-24', null],
    ['Donald Trump’s missile strike this week against Syria damaged an airfield.', '2017-04-08', null],
    // a modal or an infinitive between the day and a verb trigger: the day is another clause's
    ["Kim's announcement Saturday may simply be a ploy to ensure President Trump meets with Kim Jong Un in the coming weeks.", '2018-04-22', null],
    // (was "they hoped to see Trump meet Kim": a wish is no event at all now, see the wish rows in event-triggers.test.ts)
    ['On Saturday, officials said they expected to see Donald Trump meet Kim Jong Un.', '2018-04-22', null],
  ])('%s (%s)', (sentence, publishedAt, date) => {
    const got = events(sentence, publishedAt);
    expect(got.length, 'one event').toBeGreaterThan(0);
    expect(got[0].date).toBe(date);
  });
});

describe('date: a look back is dated by the event, not by the piece (anniversaries, attacks said before their month-day)', () => {
  // [text, published, expected events (date, place)]
  test.each<[string, string, { date: string | null; location: string | null }[]]>([
    ['Obama spoke at a ceremony to mark the 11th anniversary of the Sept. 11 attacks in the United States.', '2012-09-11', [{ date: null, location: 'country:US' }]],
    ['One day following the Sept. 11 attack on the U.S. Consulate in Benghazi, Obama promised justice. New details about the Benghazi terror attack one year ago may be made public.', '2013-09-11', [{ date: null, location: 'country:LY' }]],
    // an anniversary piece with nothing else to anchor the attack: no event
    ['Flags flew at half-staff on the anniversary of the Sept. 11 attacks.', '2012-09-11', []],
    // a clause naming an anniversary: its month and day are the anniversary's, whatever day the piece is of
    ['Stevens was killed on the 11th anniversary of the Sept. 11 terrorist attacks in the United States.', '2012-11-11', [{ date: null, location: 'country:US' }]],
    ['No warning predicted an attack on U.S. facilities in Benghazi on the 9/11 anniversary, officials said of the events of September 11, 2012.', '2014-01-15', [{ date: null, location: 'country:LY' }]],
    // must keep the day: no look back in the piece, a year written, or another day than the publish day
    ['Militants stormed the consulate. The Sept. 11 attack on the U.S. Consulate in Benghazi killed four Americans.', '2012-09-11', [{ date: '2012-09-11', location: 'country:LY' }]],
    ['The Sept. 11, 2012 attack on the U.S. Consulate in Benghazi fell on the anniversary of 9/11.', '2013-09-11', [{ date: '2012-09-11', location: 'country:LY' }]],
    ['The Sept. 11 attack on the U.S. Consulate in Benghazi fell on the anniversary of 9/11.', '2012-09-12', [{ date: '2012-09-11', location: 'country:LY' }]],
    // an attack that happened is not one to come: a month and day ahead of the publish day is last year's
    ['Tunisia questioned a suspect in the Sept. 11 Benghazi attack.', '2013-05-21', [{ date: '2012-09-11', location: 'country:LY' }]],
    // must keep: a strike still to come, or a year written
    ['The United States will launch strikes on Syria on June 1.', '2013-05-21', [{ date: '2013-06-01', location: 'country:SY' }]],
    ['Tunisia questioned a suspect in the Sept. 11, 2013 attack in Benghazi.', '2013-05-21', [{ date: '2013-09-11', location: 'country:LY' }]],
  ])('%s (%s)', (body, publishedAt, expected) =>
    expect(events(body, publishedAt).map((e) => ({ date: e.date, location: e.location }))).toEqual(expected));
});

describe('date: a support verb whose object is the event noun lends it its time (Gaza ceasefire, 2012-11-21)', () => {
  // [sentence, published, expected date, expected status of the (first) event]
  test.each<[string, string, string | null, string]>([
    // agreement verbs: agreeing to, reaching, announcing a ceasefire is the ceasefire
    ['Hillary Clinton announced Wednesday a cease-fire between Israel and Hamas.', '2012-11-22', '2012-11-21', 'happened'],
    ['Israel and Hamas on Wednesday agreed to a ceasefire in Gaza.', '2012-11-22', '2012-11-21', 'happened'],
    ['Israel and Hamas agreed Wednesday to a cease-fire in Gaza.', '2012-11-22', '2012-11-21', 'happened'],
    ['Israel and Hamas reached a ceasefire on Wednesday.', '2012-11-22', '2012-11-21', 'happened'],
    ['Israel and Hamas reached on Wednesday a ceasefire deal.', '2012-11-22', '2012-11-21', 'happened'],
    ['Egypt on Wednesday brokered a truce between Israel and Hamas.', '2012-11-22', '2012-11-21', 'happened'],
    ['Hamas on Wednesday declared a ceasefire with Israel.', '2012-11-22', '2012-11-21', 'happened'],
    ["Wednesday's announced truce between Israel and Hamas held.", '2012-11-22', '2012-11-21', 'happened'],
    // light verbs of other nouns, the day before the verb or between the verb and its object
    ['Russia held talks Wednesday with Iran in Moscow.', '2012-11-22', '2012-11-21', 'happened'],
    ['Russia signed Wednesday a treaty with Iran.', '2012-11-22', '2012-11-21', 'happened'],
    ['Russia launched Wednesday airstrikes in Syria.', '2012-11-22', '2012-11-21', 'happened'],
    ['Militants carried out on Wednesday an attack in Kabul.', '2012-11-22', '2012-11-21', 'happened'],
    // must not date: the day belongs to another verb, or the verb does not make the thing
    ['Officials said Wednesday the ceasefire between Israel and Hamas was holding.', '2012-11-22', null, 'happened'],
    ['Israeli officials on Wednesday criticized the ceasefire with Hamas.', '2012-11-22', null, 'happened'],
    ['Hillary Clinton announced Wednesday that the cease-fire between Israel and Hamas held.', '2012-11-22', null, 'happened'],
    ['Donald Trump announced Wednesday a meeting with Kim Jong Un.', '2018-03-09', null, 'planned'],
    ['Donald Trump agreed on Thursday to meet Kim Jong Un.', '2018-03-09', null, 'planned'],
    // a negated or withheld support verb asserts nothing: the event is not marked happened
    ['Israel has not agreed to a ceasefire with Hamas on Wednesday.', '2012-11-22', null, 'planned'],
    ["Hamas didn't agree to a truce with Israel on Wednesday.", '2012-11-22', null, 'planned'],
    // too far from its object: "had" here is "had traveled", not "had a meeting"
    ['Martin Dempsey told John Allen on Monday from Perth, where he had traveled for a security meeting with Leon Panetta and Stephen Smith.', '2012-11-13', null, 'happened'],
  ])('%s (%s)', (sentence, publishedAt, date, status) => {
    const got = events(sentence, publishedAt);
    expect(got.length, 'one event').toBeGreaterThan(0);
    expect(got[0].date).toBe(date);
    expect(got[0].status).toBe(status);
  });
});

describe('date: a present-tense verb with a day of its own is scheduled, not reported', () => {
  // [sentence, published, expected date, expected status of the (first) event]
  test.each<[string, string, string | null, string]>([
    // the simple present with a time adverbial is the scheduled future: the coming weekday, planned
    ["When Chinese President Xi Jinping meets with President Trump on Thursday he plans to counter the U.S. president's policy.", '2017-04-04', '2017-04-06', 'planned'],
    ['The task will be even harder when Francois Hollande meets with Russian President Vladimir Putin Friday.', '2015-11-24', '2015-11-27', 'planned'],
    ['When Barack Obama and Vladimir Putin meet Monday, the agenda will be full of sticky issues.', '2012-06-13', '2012-06-18', 'planned'],
    // must not: a past verb, today, a date with its year (a caption), an infinitive of purpose
    ['Donald Trump met with Xi Jinping on Thursday.', '2017-04-04', '2017-03-30', 'happened'],
    ['Donald Trump meets Xi Jinping today in Florida.', '2017-04-06', '2017-04-06', 'happened'],
    ['President Barack Obama meets with Russian President Vladimir Putin in Los Cabos, Mexico, Monday, June 18, 2012.', '2012-06-19', '2012-06-18', 'happened'],
    ['Donald Trump flew to Florida to meet Xi Jinping on Thursday.', '2017-04-07', '2017-04-06', 'happened'],
  ])('%s (%s)', (sentence, publishedAt, date, status) => {
    const got = events(sentence, publishedAt);
    expect(got.length, 'one event').toBeGreaterThan(0);
    expect(got[0].date).toBe(date);
    expect(got[0].status).toBe(status);
  });
});

describe('date: a month or a year before the publish month is the period of the event, not the publish day', () => {
  // [sentence, published, expected (date, period) of the first event]
  test.each<[string, string, { date: string | null; period: string | null }]>([
    ["Critics still mock last month's summit between Donald Trump and Kim Jong Un.", '2018-07-20', { date: null, period: '2018-06' }],
    ['Critics still mock the summit last year between Donald Trump and Kim Jong Un.', '2019-03-20', { date: null, period: '2018' }],
    ['Mexico and Canada still argue about the agreement signed last year.', '2019-06-05', { date: null, period: '2018' }],
    ['Mexico and Canada signed an agreement last year.', '2019-06-05', { date: null, period: '2018' }],
    ['Critics still mock the 2018 summit between Donald Trump and Kim Jong Un.', '2019-03-20', { date: null, period: '2018' }],
    ['Critics still mock the summit in March between Donald Trump and Kim Jong Un.', '2019-06-20', { date: null, period: '2019-03' }],
    // must not: a month after the publish month (last year's, or a plan the status words missed), this month, last
    // week (the publish day may be in it), a day, a plan, a time not next to the trigger
    ['Critics still mock the summit of Donald Trump and Kim Jong Un in September.', '2019-06-20', { date: null, period: null }],
    ['Critics still mock the summit between Donald Trump and Kim Jong Un last year.', '2019-03-20', { date: null, period: null }],
    ['Officials compared the Boston Marathon attack with one last year in Libya.', '2013-04-19', { date: null, period: null }],
    ["Critics still mock this month's summit between Donald Trump and Kim Jong Un.", '2018-06-20', { date: null, period: null }],
    ['Critics still mock the summit between Donald Trump and Kim Jong Un last week.', '2018-06-20', { date: null, period: null }],
    ['Donald Trump met Kim Jong Un in Singapore on Tuesday.', '2018-06-14', { date: '2018-06-12', period: null }],
    ['Donald Trump will meet Kim Jong Un next month.', '2018-05-14', { date: null, period: null }],
    // a year of another verb is not the event's
    ['Donald Trump, who was elected in 2016, met Kim Jong Un in Singapore.', '2018-06-14', { date: null, period: null }],
  ])('%s (%s)', (sentence, publishedAt, expected) => {
    const got = extract(sentence, publishedAt).entities.filter((e) => e.type === 'Event');
    expect(got.length, 'one event').toBeGreaterThan(0);
    expect({ date: got[0].date ?? null, period: got[0].period ?? null }).toEqual(expected);
  });
});

describe('a trip told in one clause: one meeting per leg, each with its own day and counterpart', () => {
  // [sentence, published, expected meetings (date, parties)]
  test.each<[string, string, { date: string | null; participants: string[] }[]]>([
    // coordinated verb phrases, the subject shared
    [
      'French President Francois Hollande will meet with Barack Obama on Tuesday, then meet with Angela Merkel on Wednesday and travel to Moscow to meet with Vladimir Putin on Thursday.',
      '2015-11-23',
      [
        { date: '2015-11-24', participants: ['person:francois-hollande', 'person:barack-obama'] },
        { date: '2015-11-25', participants: ['person:francois-hollande', 'person:angela-merkel'] },
        { date: '2015-11-26', participants: ['person:francois-hollande', 'person:vladimir-putin'] },
      ],
    ],
    // gapped: the verb said once, each name with its own day
    [
      'French President Francois Hollande will meet with Barack Obama on Tuesday, Angela Merkel on Wednesday and Vladimir Putin on Thursday.',
      '2015-11-23',
      [
        { date: '2015-11-24', participants: ['person:francois-hollande', 'person:barack-obama'] },
        { date: '2015-11-25', participants: ['person:francois-hollande', 'person:angela-merkel'] },
        { date: '2015-11-26', participants: ['person:francois-hollande', 'person:vladimir-putin'] },
      ],
    ],
    [
      'Mike Pompeo met with Kim Yong Chol on Wednesday, with Chung Eui-yong on Thursday and with Taro Kono on Friday.',
      '2018-06-08',
      [
        { date: '2018-06-06', participants: ['person:mike-pompeo', 'person:kim-yong-chol'] },
        { date: '2018-06-07', participants: ['person:mike-pompeo', 'person:chung-eui-yong'] },
        { date: '2018-06-08', participants: ['person:mike-pompeo', 'person:taro-kono'] },
      ],
    ],
    // must not split: a second day with nobody of its own, a day of another verb, one list with one day
    ['Donald Trump met Kim Jong Un on Tuesday and again on Wednesday.', '2018-06-14', [{ date: '2018-06-12', participants: ['person:donald-trump', 'person:kim-jong-un'] }]],
    ['Donald Trump met Kim Jong Un on Tuesday, and Moon Jae-in praised the summit on Wednesday.', '2018-06-14', [{ date: '2018-06-12', participants: ['person:donald-trump', 'person:kim-jong-un'] }]],
    ['Donald Trump met Kim Jong Un in Singapore on Tuesday, a day after Mike Pompeo arrived on Monday.', '2018-06-14', [{ date: '2018-06-12', participants: ['person:donald-trump', 'person:kim-jong-un'] }]],
    ['Francois Hollande met with Barack Obama and Angela Merkel on Tuesday.', '2015-11-25', [{ date: '2015-11-24', participants: ['person:francois-hollande', 'person:barack-obama', 'person:angela-merkel'] }]],
  ])('%s (%s)', (sentence, publishedAt, expected) =>
    expect(events(sentence, publishedAt).filter((e) => e.kind === 'meeting').map((e) => ({ date: e.date, participants: e.participants }))).toEqual(expected));
});

describe('place: a call or a letter has no place (a place in its clause is a topic)', () => {
  test.each<[string, string, { kind: string; location: string | null }[]]>([
    ['On Sunday, President Obama telephoned Israeli Prime Minister Benjamin Netanyahu about the fighting in Gaza.', '2014-07-28', [{ kind: 'call', location: null }]],
    ['Barack Obama spoke by phone with Benjamin Netanyahu on Sunday about the situation in Gaza.', '2014-07-28', [{ kind: 'call', location: null }]],
    ['Kim Jong Un sent a letter to Moon Jae-in in Seoul on Monday.', '2018-06-12', [{ kind: 'correspondence', location: null }]],
    // must keep: a meeting's place
    ['Barack Obama met Benjamin Netanyahu in Jerusalem on Sunday.', '2014-07-28', [{ kind: 'meeting', location: 'country:IL' }]],
  ])('%s', (sentence, publishedAt, expected) =>
    expect(events(sentence, publishedAt).map((e) => ({ kind: e.kind, location: e.location }))).toEqual(expected));
});

describe('parties: the city that names the event is its place, not a party', () => {
  // [sentence, published, expected events (place, parties)]: "Paris" taken for a body is no agent of "the Paris attacks".
  test.each<[string, string, { location: string | null; participants: string[] }[]]>([
    ['As NPR has some background on Abdelhamid Abaaoud the alleged mastermind behind the Paris attacks.', '2015-11-18', [{ location: 'country:FR', participants: [] }]],
    ['Now, in the wake of the Paris attacks, it is Europe’s migrants who are feeling the heat.', '2015-11-17', [{ location: 'country:FR', participants: [] }]],
    // must keep: a country named by its capital as the possessor is the agent
    ["Moscow's airstrikes in Syria on Wednesday killed 12 people.", '2015-10-08', [{ location: 'country:SY', participants: ['country:RU'] }]],
  ])('%s', (sentence, publishedAt, expected) =>
    expect(events(sentence, publishedAt).map((e) => ({ location: e.location, participants: e.participants }))).toEqual(expected));
});

describe('place: a country name before a noun is a modifier, not the place', () => {
  test.each<[string, string | null]>([
    ['Militants launched an attack on the U.S. consulate in Benghazi on Tuesday.', 'country:LY'],
    ['Protesters stormed the compound in an attack on the U.S. embassy on Thursday.', null],
    ['Protesters breached the walls in an attack on the U.S. Embassy in Cairo on Tuesday.', 'country:EG'],
    ['The United States launched a missile strike on Syria on Thursday.', 'country:SY'],
    ['Russia carried out airstrikes in Syria on Wednesday.', 'country:SY'],
    // the place the event's own name gives it, not a country the sentence names for something else
    ['French authorities have said the Paris attacks were organized in Belgium.', 'country:FR'],
    ['Suspects in the Paris attacks were being sought in Belgium on Sunday.', 'country:FR'],
    ['The Benghazi attack was condemned again in Washington on Wednesday.', 'country:LY'],
    // must not: a possessive capital is the agent, not the place; a verb trigger takes no modifier
    ["Moscow's airstrikes in Syria on Wednesday killed 12 people.", 'country:SY'],
  ])('%s', (sentence, place) => expect(events(sentence, '2012-09-13').map((e) => e.location)).toEqual([place]));
});

describe('in-article merging lends a day only to the parties it was said of', () => {
  test.each<[string, string, { date: string | null; participants: string[] }[]]>([
    // the plan of a wider pair, undated, stays apart from Kim's dated meeting (its day is not the plan's)
    [
      // (was "was eager to meet with": a wish is no event now; a plan keeps the row's point)
      'Kim Jong Un held a meeting in Pyongyang on Wednesday. Democrats said Donald Trump was expected to meet with Kim Jong Un.',
      '2018-05-17',
      [
        { date: '2018-05-16', participants: ['person:kim-jong-un'] },
        { date: null, participants: ['person:donald-trump', 'person:kim-jong-un'] },
      ],
    ],
    // must merge: a later mention naming fewer parties (or the same) takes the dated event
    ['Donald Trump and Kim Jong Un held a summit in Singapore on Tuesday. Trump called the summit a success.', '2018-06-13', [{ date: '2018-06-12', participants: ['person:donald-trump', 'person:kim-jong-un'] }]],
  ])('%s', (body, publishedAt, expected) => {
    const got = events(body, publishedAt).map((e) => ({ date: e.date, participants: [...(e.participants ?? [])].sort() }));
    expect(got).toEqual(expected);
  });
});

describe('contact parties, kinds and caption datelines (meet8)', () => {
  test.each<[string, EventExample[]]>([
    // A topic list's last member is no party ("tensions over Syria, Iran and Afghanistan").
    ['The G-20 meeting in Mexico on Monday was overshadowed by tensions over Syria, Iran and Afghanistan.', [{ kind: 'meeting', participants: [], location: 'country:MX' }]],
    // The possessor and the noun's own "with" party; "his relationship with BHR" is another noun's.
    ["Hunter Biden's meeting with Jonathan Li and his relationship with BHR drew little attention.", [{ kind: 'meeting', participants: ['person:hunter-biden', 'person:jonathan-li'] }]],
    // A gathering's honoree, not the people walking after it.
    ['Hunter Biden and Joe Biden walk down Pennsylvania Avenue following the inauguration of President Barack Obama in Washington, January 20, 2009.', [{ kind: 'gathering', participants: ['person:barack-obama'], date: '2009-01-20' }]],
    // A country across another verb, or a possessor of another noun, is no party of the talks.
    ["North Korea fired missiles into Japan's economic zone in protest at summit talks being held in Hangzhou, China.", []],
    // A caption's closing dateline places and dates the events before it, across "after".
    ['Michel Platini addresses a news conference after a meeting in Zurich, Switzerland, May 28, 2015.', [{ kind: 'press_conference', participants: ['person:michel-platini'], location: 'country:CH', date: '2015-05-28' }, { kind: 'meeting', date: '2015-05-28' }]],
    // Letters exchanged and discussion in e-mails are correspondence, not meetings.
    ['Kim Jong Un and Moon Jae-in exchanged letters in June.', [{ kind: 'correspondence', participants: ['person:kim-jong-un', 'person:moon-jae-in'] }]],
    ['In e-mails, Cheryl Mills and Jake Sullivan discussed the trip on Monday.', [{ kind: 'correspondence', participants: ['person:cheryl-mills', 'person:jake-sullivan'] }]],
  ])('%s', (sentence, expected) => matches(events(sentence), expected));

  test.each<[string, string]>([
    // A report's participle after the trigger does not lend its "would" to the meeting.
    ['Arnold Schwarzenegger said he was honoured to meet Emmanuel Macron, adding that the pair would work together.', 'happened'],
  ])('%s → %s', (sentence, status) => expect(events(sentence).map((e) => e.status)).toEqual([status]));
});

describe('issue #12 (rel31): a past verb or an adverb after a country is the predicate, the country still the place', () => {
  test.each<[string, string | null]>([
    ['Xi Jinping’s visit to Russia ended on Friday.', 'country:RU'],
    ['Xi Jinping’s state visit to Russia ended.', 'country:RU'],
    ['The visit of Xi Jinping to Russia ended.', 'country:RU'],
    ['Airstrikes in Syria killed 20 people.', 'country:SY'],
    // …a lower-case noun after the country is still a noun it modifies
    ['Protesters breached the walls in an attack on the U.S. embassy on Thursday.', null],
  ])('%s', (sentence, place) => expect(events(sentence, '2012-09-13').map((e) => e.location)).toEqual([place]));
});

describe('issue #12 (rel31): a dash between two letters joins names, it ends no clause', () => {
  test.each<[string, EventExample[]]>([
    ['Donald Trump and Kim Jong Un arrived. Officials said the Trump–Kim summit went well.', [{ kind: 'summit', participants: ['person:donald-trump', 'person:kim-jong-un'] }]],
    ['Hillary Clinton and Donald Trump arrived. The first Clinton–Trump debate drew millions.', [{ kind: 'debate', participants: ['person:hillary-clinton', 'person:donald-trump'] }]],
    // a spaced dash still ends the clause: the summit's aside names no party of it
    ['Kim Jong Un flew home – Donald Trump stayed for a summit.', []],
  ])('%s', (body, expected) => matches(events(body), expected));
});

describe('stop 52 (meet recall): series-named debates, "not … until", a presupposed noun placed alone', () => {
  test.each<[string, EventExample[]]>([
    // a staged debate named as one of its series is one event; the same ordinal again is that event, another is another
    ['Also during the first debate, the candidates clashed. The first presidential debate drew millions.', [{ kind: 'debate', participants: [] }]],
    ['The first debate drew millions. The second debate drew fewer.', [{ kind: 'debate', participants: [] }, { kind: 'debate', participants: [] }]],
    ['The upcoming debt ceiling debate will be hard.', []],
    ['Instead of debating one another, as in a U.S. presidential debate, the leaders spoke.', []],
    // a past negation bounded by "until" tells when the contact took place; "until now" keeps it negated
    ['Barack Obama had not met Vladimir Putin until the spring.', [{ kind: 'meeting', participants: ['person:barack-obama', 'person:vladimir-putin'] }]],
    ['Barack Obama had not met Vladimir Putin until now.', []],
    ['Barack Obama will never meet Vladimir Putin until Russia leaves Crimea.', []],
    // a presupposed contact noun with a place and no party named
    ['The bickering erupted during an emergency meeting between militia commanders in the northern Aleppo countryside.', [{ kind: 'meeting', participants: [], location: 'country:SY' }]],
    ['A meeting in Moscow would help.', []],
  ])('%s', (body, expected) => matches(events(body), expected));
});

describe('stop 53: a sitting told by its place is the one sitting with named sides at that place', () => {
  test.each<[string, string[], number[]]>([
    // the place-told meeting is the summit told again; one told with one side stays apart ("left for a G20 summit in
    // Buenos Aires" is no Trump–Putin meeting there)
    [
      'Donald Trump and Vladimir Putin held a summit in Helsinki on Monday. After the meeting in Helsinki, critics were furious. During the meeting in Helsinki, Trump sided with Putin.',
      ['summit', 'meeting'],
      [2, 1],
    ],
    ['Donald Trump met Vladimir Putin in Helsinki on Monday. After the summit in Helsinki, critics were furious.', ['meeting'], [2]],
    // another place: apart
    ['Donald Trump met Theresa May in Washington on Monday. After a meeting in London, officials said nothing.', ['meeting', 'meeting'], [1, 1]],
    // two sittings with sides at that place: which one is meant is open, so the place-told one stays apart
    [
      'Donald Trump met Vladimir Putin in Hamburg on Friday. Donald Trump met Angela Merkel in Hamburg on Saturday. After the meeting in Hamburg, officials were pleased.',
      ['meeting', 'meeting', 'meeting'],
      [1, 1, 1],
    ],
  ])('%s', (body, kinds, mentions) => {
    const ev = extract(body, '2018-07-18').entities.filter((e) => e.type === 'Event');
    expect(ev.map((e) => e.kind)).toEqual(kinds);
    expect(ev.map((e) => e.mentions.length)).toEqual(mentions);
  });
});
