// Events: kind from the trigger, date resolved against the publish date, location, participants.
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.js';

const events = (body: string, publishedAt = '2017-04-12') =>
  extract(body, publishedAt)
    .entities.filter((e) => e.type === 'Event')
    .map((e) => ({ kind: e.kind, date: e.date, location: e.locationId, participants: e.participantIds }));

describe('extractEvents', () => {
  test.each<[string, ReturnType<typeof events>]>([
    [
      'Rex Tillerson held a meeting in Moscow on Wednesday with Vladimir Putin.',
      [{ kind: 'meeting', date: '2017-04-12', location: 'country:RU', participants: ['person:rex-tillerson', 'person:vladimir-putin'] }],
    ],
    ['Sergey Lavrov spoke at a press conference in Moscow on Monday.', [{ kind: 'press_conference', date: '2017-04-10', location: 'country:RU', participants: ['person:sergey-lavrov'] }]],
    ['Donald Trump ordered a missile strike last week.', [{ kind: 'strike', date: null, location: null, participants: ['person:donald-trump'] }]],
    ['Angela Merkel and Emmanuel Macron negotiated a ceasefire.', [
      { kind: 'negotiation', date: null, location: null, participants: ['person:angela-merkel', 'person:emmanuel-macron'] },
      { kind: 'agreement', date: null, location: null, participants: ['person:angela-merkel', 'person:emmanuel-macron'] },
    ]],
    ['The weather was fine.', []],
  ])('%s', (body, expected) => {
    expect(events(body)).toEqual(expected);
  });

  test('no publish date: no resolved date', () => {
    expect(events('Rex Tillerson held a meeting on Wednesday with Vladimir Putin.', null as unknown as string)[0].date).toBeNull();
  });
});
