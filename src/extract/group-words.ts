// A nation's adjective or plural, or a people's name, that the tagger typed a body or a person: "North Korean leader
// Kim Jong-un" (tagged Organization "North Korean"), "the Uyghurs are a minority", "Shiites largely support Assad".
// Read after tagging (retype.ts). Rules are data (GROUP_WORD_RULES): a demonym is its country, as the rules read it
// ("Russian President Putin", "Israelis" → the state); a people or a faith is neither a body nor a person: no entity.
import { COUNTRY_BY_DEMONYM } from './lexicon/countries.js';
import { PEOPLES_AND_FAITHS } from './lexicon/peoples.js';

/** `length`: the country's mention is only the first so many characters of the name (its adjective). */
export type GroupVerdict = { to: 'Country'; code: string; length?: number } | { to: null };

export interface GroupWordRule {
  id: string;
  read: (text: string) => GroupVerdict | undefined;
  examples: readonly string[];
  why: string;
}

/** Nouns of a people named by its continent or by a wider group, beside the peoples and faiths ("Sunni Arabs", "Eastern Europeans"). */
const WIDER_PEOPLES: ReadonlySet<string> = new Set(['arab', 'european', 'asian', 'african', 'american', 'latino', 'hispanic']);
/** Words that narrow a people or a faith by region or branch: "Eastern European", "Roman Catholic", "Hasidic Jews". */
const PEOPLE_QUALIFIERS: ReadonlySet<string> = new Set(['eastern', 'western', 'southern', 'northern', 'central', 'southeast', 'southeastern', 'southwest', 'southwestern', 'northeast', 'northeastern', 'northwest', 'northwestern', 'south', 'north', 'east', 'west', 'latin', 'sub-saharan', 'roman', 'orthodox', 'ultra-orthodox', 'hasidic', 'haredi', 'sephardic', 'ashkenazi']);
/** A word of a people phrase, in lower case and singular: a people, a faith, a wider people, or (not last) a qualifier or a demonym. */
const isPeopleWord = (w: string, last: boolean) => PEOPLES_AND_FAITHS.has(w) || WIDER_PEOPLES.has(w) || (!last && PEOPLE_QUALIFIERS.has(w));

/** The singular of a people's plural in lower case: "uyghurs" → "uyghur", "shiites" → "shiite"; the word itself else. */
const singular = (w: string) => (w.endsWith('s') ? w.slice(0, -1) : w);

export const GROUP_WORD_RULES: readonly GroupWordRule[] = [
  {
    id: 'demonym',
    read: (text) => {
      const code = COUNTRY_BY_DEMONYM.get(text);
      return code ? { to: 'Country', code } : undefined;
    },
    examples: ['Donald Trump and North Korean leader Kim Jong-un spoke', 'Mexican President Enrique Peña Nieto'],
    why: 'a nation\'s adjective or plural names its country, as the rules read "Russian President" or "Israelis"; never a body nor a person',
  },
  {
    id: 'demonym-people',
    read: (text) => {
      const two = /^(\S+) (\S+)$/.exec(text);
      const code = two && PEOPLES_AND_FAITHS.has(singular(two[2].toLowerCase())) ? COUNTRY_BY_DEMONYM.get(two[1]) : undefined;
      return code ? { to: 'Country', code, length: two![1].length } : undefined;
    },
    examples: ['Lebanese Sunnis largely back the rebellion', 'Iraqi Kurds voted for independence'],
    why: 'a nation\'s adjective before a people or a faith is that country\'s, the people no entity ("Lebanese Sunnis" are no body)',
  },
  {
    id: 'people-word',
    read: (text) => (!text.includes(' ') && PEOPLES_AND_FAITHS.has(singular(text.toLowerCase())) ? { to: null } : undefined),
    examples: ['The Uyghurs are a minority Muslim group', 'Shiites largely support Assad'],
    why: 'a people or a faith (lexicon/peoples.ts) is a group of people, neither a body with a leadership nor one person: no entity',
  },
  {
    id: 'people-phrase',
    read: (text) => {
      const words = text.split(' ');
      if (words.length < 2 || words.length > 3) return undefined;
      const lower = words.map((w) => singular(w.toLowerCase()));
      const people = lower.every((w, i) => isPeopleWord(w, i === lower.length - 1) || (i < lower.length - 1 && COUNTRY_BY_DEMONYM.has(words[i])));
      return people ? { to: null } : undefined;
    },
    examples: ['Sunni Arab tribes turned against the militants', 'Eastern European leaders met in Warsaw', 'Coptic Christians were targeted on Palm Sunday', 'the Muslim American community'],
    why: 'a people or a faith narrowed by region, branch or a wider people ("Sunni Arab", "Eastern European", "Shia Muslims") is still a group of people: no body, no person, no entity',
  },
];

/** What a mention's whole text is as a group word, with the rule's id; undefined for any other name. */
export function groupWord(text: string): (GroupVerdict & { rule: string }) | undefined {
  for (const r of GROUP_WORD_RULES) {
    const v = r.read(text);
    if (v) return { ...v, rule: r.id };
  }
  return undefined;
}
