// A country's name or adjective inside a water's or a kind's name is no mention of the country (extract/country-in-names.ts).
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.js';
import { COUNTRY_IN_NAME_RULES } from '../../src/extract/country-in-names.js';

const typed = (body: string) => extract(body).entities.filter((e) => e.type === 'Country' || e.type === 'Place').map((e) => `${e.type}:${e.name}`).sort();

describe('countries inside names', () => {
  test.each<[string, string[]]>([
    // water-name: the water is a Place, the country no mention
    ['Two tankers were attacked in the Gulf of Oman on Thursday.', ['Place:Gulf of Oman']],
    ['The missile landed in the Sea of Japan, Japan said.', ['Country:Japan', 'Place:Sea of Japan']],
    // kind-compound: a breed or a dish named by a people's adjective
    ['The first family showed off their Portuguese water dog on Monday.', []],
    ['He loved country music and had two German shepherds.', []],
    // must stay: the adjective before another noun, the country's name after another "of"
    ['German police searched the hall.', ['Country:Germany']],
    ['He met President Xi Jinping of China.', ['Country:China']],
    // a party named for its country is the party (lexicon), not the country
    ['The far-right Alternative for Germany won 12.6% in 2017.', []],
  ])('%s', (body, expected) => expect(typed(body)).toEqual(expected));

  test('every rule documents itself, and its examples read no country', () => {
    for (const r of COUNTRY_IN_NAME_RULES) {
      expect(r.why.length).toBeGreaterThan(10);
      expect(r.examples.length).toBeGreaterThan(0);
      for (const ex of r.examples) expect(extract(ex).entities.filter((e) => e.type === 'Country'), `${r.id}: ${ex}`).toEqual([]);
    }
  });
});
