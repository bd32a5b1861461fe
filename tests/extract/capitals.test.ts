// Capitals by grammar (src/extract/capitals.ts): the state where it acts, the city where it is a place.
import { describe, expect, test } from 'vitest';
import { CAPITAL_CITY_RULES } from '../../src/extract/capitals.js';
import { extract } from './helpers.js';

/** What each capital in the sentence became: "Moscow=country:RU", "Moscow=place:moscow-ru". */
const readings = (body: string) => {
  const r = extract(body);
  return r.entities
    .filter((e) => e.type === 'Country' || e.type === 'Place')
    .flatMap((e) => e.mentions.map((m) => [m.start, `${m.text}=${e.id}`] as const))
    .sort((a, b) => a[0] - b[0])
    .map(([, s]) => s);
};

describe('a capital standing for its state is the country', () => {
  test.each<[string, string[]]>([
    ['Moscow says it will respond to the sanctions.', ['Moscow=country:RU']],
    ['Beijing wants the talks to go on, and Pyongyang refused.', ['Beijing=country:CN', 'Pyongyang=country:KP']],
    ["Beijing's response was muted.", ['Beijing=country:CN']],
    ['Relations between Washington and Moscow soured last year.', ['Washington=country:US', 'Moscow=country:RU']],
    // Not locative: trust, aim, a message or pressure is the state's.
    ['Allies lost confidence in Washington after the vote.', ['Washington=country:US']],
    ['The senator sent a message to Moscow on Monday.', ['Moscow=country:RU']],
    ['Officials lashed out at Beijing over the tariffs.', ['Beijing=country:CN']],
    ["Analysts said that in Moscow's view the deal was dead.", ['Moscow=country:RU']],
  ])('%s', (body, expected) => expect(readings(body)).toEqual(expected));
});

describe('the same word used for the city itself is a Place', () => {
  test.each<[string, string[]]>([
    ['Protesters gathered in Moscow on Sunday.', ['Moscow=place:moscow-ru']],
    ['Thousands marched through the streets of Moscow.', ['Moscow=place:moscow-ru']],
    ['Smog covered central Beijing for a week.', ['Beijing=place:beijing-cn']],
    ["Seoul's mayor resigned on Friday.", ['Seoul=place:seoul-kr']],
    ['Kim flew to Beijing last week.', ['Beijing=place:beijing-cn']],
    ['The government in Seoul said nothing.', ['Seoul=place:seoul-kr']],
    ["He reached the South's capital, Seoul, by train.", ['Seoul=place:seoul-kr']],
    ['The summit was held in Beijing, China, on Monday.', ['Beijing=place:beijing-cn', 'China=country:CN']],
    // Coordinated with a city: "in Washington and Moscow" are both cities; Washington the city is Washington, D.C.
    ['Embassies in Washington and Moscow were closed.', ['Washington=place:washington-dc-us', 'Moscow=place:moscow-ru']],
    // A title's "of" phrase is its office's domain, never its holder (issue #13): the city of a mayor or a bishop.
    ['Khan, the first Muslim to be elected Mayor of London, criticized him.', ['London=place:london-gb']],
    ['Cardinal Donald Wuerl, the Archbishop of Washington, spoke on Monday.', ['Washington=place:washington-dc-us']],
    // A correspondent, a bureau or an attack named by the capital; speaking from it.
    ["NPR's Moscow bureau translated it.", ['Moscow=place:moscow-ru']],
    ['says the analyst, speaking from Beijing on Monday.', ['Beijing=place:beijing-cn']],
    // Both readings in one article are two nodes.
    ['Moscow warned Kyiv. Protesters gathered in Moscow anyway.', ['Moscow=country:RU', 'Kyiv=country:UA', 'Moscow=place:moscow-ru']],
  ])('%s', (body, expected) => expect(readings(body)).toEqual(expected));
});

describe('the seat of a union stands for the union in an article of it', () => {
  const bodies = (body: string) => extract(body).entities.filter((e) => e.mentions.some((m) => m.text === 'Brussels')).map((e) => e.id);
  test.each<[string, string[]]>([
    ['Theresa May wants a deal with the EU. She will negotiate a different deal with Brussels.', ['org:european-union']],
    ['The EU summit ended. Protesters gathered in Brussels on Sunday.', ['place:brussels-be']],
    // no EU named: the state
    ['Brussels says it will respond to the attacks.', ['country:BE']],
  ])('%s', (body, expected) => expect(bodies(body)).toEqual(expected));
});

describe('places by grammar and lexicon', () => {
  test.each<[string, string[]]>([
    ['Voters in Atlanta, Georgia, went to the polls.', ['Atlanta=place:atlanta-us', 'Georgia=place:georgia-us']],
    ['Sen. David Perdue of Georgia said the runoff would be close.', ['Georgia=place:georgia-us']],
    ['Putin invaded Georgia in August 2008, Tbilisi said.', ['Georgia=country:GE', 'Tbilisi=country:GE']],
    ['Israel wants to keep the Jordan Valley.', ['Israel=country:IL', 'Jordan Valley=place:jordan-valley']],
    ['Boko Haram fighters operate around Lake Chad, officials said.', ['Lake Chad=place:lake-chad']],
    ['Chad sent troops to Mali, officials said.', ['Chad=country:TD', 'Mali=country:ML']],
    ['Ships crossed the South China Sea.', ['South China Sea=place:south-china-sea']],
    // A US state before a town of the same name elsewhere; a people noun the gazetteer lists as a town is no place.
    ['Voters in Virginia went to the polls on Tuesday.', ['Virginia=place:virginia-us']],
    ['Brits voted to leave the EU back in June 2016.', []],
    // One name, one type per article: the place's words untitled elsewhere are the place, not a person.
    ['Four Americans died in Benghazi. The administration’s Benghazi talking points were wrong.', ['Americans=country:US', 'Benghazi=place:benghazi-ly', 'Benghazi=place:benghazi-ly']],
  ])('%s', (body, expected) => expect(readings(body)).toEqual(expected));
});

describe('a place is no speaker and no relation party', () => {
  test('"in Seoul" is where the speaker is', () => {
    const r = extract('Donald Trump spoke. On Wednesday, the office of President Moon Jae-in in Seoul appeared to endorse Mr. Trump’s decision.');
    expect(r.quotes.map((q) => q.speakerId)).toEqual(['person:moon-jae-in']);
  });
  test('"met in Moscow" places the meeting in the country, and the city is no party', () => {
    const r = extract('President Donald Trump met Russian President Vladimir Putin in Moscow on Monday.');
    expect(r.relations.map((x) => [x.sourceId, x.targetId, x.placeId])).toEqual([['person:donald-trump', 'person:vladimir-putin', 'country:RU']]);
  });
});

describe('the capital rule table', () => {
  test.each(CAPITAL_CITY_RULES.map((r) => [r.id, r] as const))('%s has a why, examples and a pattern', (_id, r) => {
    expect(r.why.length).toBeGreaterThan(20);
    expect(r.examples.length).toBeGreaterThan(0);
    expect(r.before ?? r.after).toBeInstanceOf(RegExp);
  });
});
