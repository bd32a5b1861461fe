// Ships named after people: one name, and "the <surname>" is the ship, never the person (extract/vessels.ts); a ship is no
// entity since stop 51 (the graph has no vessel type: entities.ts), so its mentions leave no node at all.
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.js';

const summary = (body: string) =>
  extract(body)
    .entities.filter((e) => e.type === 'Person' || e.type === 'Organization')
    .map((e) => `${e.id}=${e.mentions.map((m) => m.text).join('|')}`)
    .sort();

describe('ships named after people', () => {
  test.each<[string, string[]]>([
    // the full name is one body, initials and all; "the McCain" is the ship the article names
    [
      'A sailor was at the helm of the USS John S. McCain in the Pacific. Later the McCain collided with a tanker.',
      [],
    ],
    // with no dot after the initial, the same id: one node across articles
    ['The guided missile destroyer USS John S McCain was sailing east of the port.', []],
    // a shorter later form of the ship is the ship as first named
    ['The USS John S. McCain docked. Sailors on the USS John McCain were told to stay.', []],
    // must not: the senator the ship is named after stays a person ("Sen. McCain", "McCain's father" — no "the")
    [
      'The USS John S. McCain docked in Japan. The ship was named after Sen. John McCain. McCain said he was proud. The McCain is under repair.',
      ['person:john-mccain=John McCain|McCain'],
    ],
    // a possessive is no part of the ship's name
    ["The USS Cole was attacked in Aden. The Cole's crew lost 17 sailors.", []],
    // must not: with no ship named, "the McCain" is left as it was read
    ['Sen. John McCain spoke. McCain left.', ['person:john-mccain=John McCain|McCain']],
  ])('%s', (body, expected) => expect(summary(body)).toEqual(expected));
});
