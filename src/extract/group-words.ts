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
];

/** What a mention's whole text is as a group word, with the rule's id; undefined for any other name. */
export function groupWord(text: string): (GroupVerdict & { rule: string }) | undefined {
  for (const r of GROUP_WORD_RULES) {
    const v = r.read(text);
    if (v) return { ...v, rule: r.id };
  }
  return undefined;
}
