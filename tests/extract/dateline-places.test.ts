// A dateline's place written in capitals is a place, never a body or a person (dateline-places.ts).
import { describe, expect, test } from 'vitest';
import { extract } from './helpers.js';
import { DATELINE_RULES } from '../../src/extract/dateline-places.js';

/** Every non-event entity as "Type:name", sorted. */
const typed = (body: string) =>
  extract(body).entities.filter((e) => e.type !== 'Event').map((e) => `${e.type}:${e.name}`).sort();

describe('a dateline\'s capitalised place', () => {
  test.each<[string, string]>([
    ['GRAYS, England (AP) — Authorities found 39 people dead in a truck.', 'Place:Grays'],
    ['TOBA, Japan -- There is the soaring rhetoric, and then there is the messy reality.', 'Place:Toba'],
    ['PALM BEACH, Fla. (AP) — The United States vowed Friday to keep up the pressure.', 'Place:Palm Beach'],
    ['LA MALBAIE, Quebec (Reuters) - U.S. President Donald Trump threw the summit into disarray.', 'Place:La Malbaie'],
    ['DOHUK, Iraq – Reports from eyewitnesses here spoke of fighting.', 'Place:Dohuk'],
    ['Earlier text.\nTREBES, France — A police officer who offered himself up died on Saturday.', 'Place:Trebes'],
  ])('%s', (body, place) => {
    const got = typed(body);
    expect(got).toContain(place);
    expect(got.some((e) => /^(?:Organization|Person):[\p{Lu} ]+$/u.test(e))).toBe(false);
  });

  // not: a shouted word before a dash with nothing of a dateline (no region, no agency); a headline in capitals; a body
  // known by its capitals; capitals inside a line
  test.each<[string, string]>([
    ['WOW -- Trump says he does not think Kim is responsible.', 'Place:Wow'],
    ['RUGBY UNION - SOUTH AFRICA BEAT ALL BLACKS 32-22 .', 'Place:Rugby Union'],
    ['UNITED NATIONS (Reuters) - The United States cautioned on Wednesday.', 'Place:United Nations'],
    ['He met officials in GENEVA (AP) — the talks failed.', 'Place:Geneva'],
  ])('no place: %s', (body, place) => expect(typed(body)).not.toContain(place));
});

describe('every rule\'s examples read a place where the dateline opens', () => {
  test.each(DATELINE_RULES.flatMap((r) => r.examples.map((e) => [r.id, e] as const)))('%s: %s', (_id, example) => {
    const first = example.slice(0, example.search(/[,( ]/));
    const entity = extract(example).entities.find((e) => e.mentions.some((m) => m.start === 0));
    expect(entity?.type, first).toBe('Place');
  });
});
