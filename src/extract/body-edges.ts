// Stage 2b' (after tagging, before title complements), a body's name read with a word at its edge that is no part of
// it: the tagger joins "then-" or "ex-" to the name after it ("then-CIA director Leon Panetta", "Then-FBI Director
// James Comey"). The prefix dates the office the name qualifies, it names nothing: the body is cut to its own words, and
// a title the prefix opened ("Then-Secretary of State John Kerry") is no body at all. Rules are data (BODY_EDGE_RULES);
// run on the combined mentions, so the tagger's training features and weights stay as they are.
// Input and output: mentions.
import type { Mention } from './mentions.js';
import { KNOWN_ORGANIZATION_FORMS as ORG_FORMS } from './lexicon/organizations.js';
import { TITLE_ROLE_WORDS } from './lexicon/titles.js';
import { COUNTRY_BY_NAME } from './lexicon/countries.js';
import { CITY_NAMES, US_STATE_NAMES } from './lexicon/places.js';
import { isBodyWord } from './unlikely-bodies.js';
import { FIRST_NAMES } from './lexicon/names.js';

export interface BodyEdgeRule {
  id: string;
  /** What is left of the organisation mention: the cut mention, 'drop' (no body), or null when the rule does not apply. */
  cut: (m: Mention) => Mention | 'drop' | null;
  examples: readonly string[];
  why: string;
}

/** "then-", "ex-", "former-" before a capitalised word: the prefix of a past office. Not "Ex-Im" (the Export-Import Bank). */
const TIME_PREFIX = /^(?:[Tt]hen|[Ee]x|[Ff]ormer)-(?!Im\b)(?=\p{Lu})/u;
/** Words of titles, one word each ("Secretary", "Director", "Sen", "Maj"), without their stop; not fields ("State"). */
const TITLE_WORDS: ReadonlySet<string> = new Set([...TITLE_ROLE_WORDS].filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.replace(/\.$/, '')));
/** A place's or a state's name after the prefix ("then-Massachusetts Gov. Mitt Romney"): the holder's, no body. */
const isPlaceName = (name: string) => US_STATE_NAMES.has(name) || CITY_NAMES.has(name) || COUNTRY_BY_NAME.has(name);

export const BODY_EDGE_RULES: readonly BodyEdgeRule[] = [
  {
    id: 'time-prefix',
    cut: (m) => {
      const p = TIME_PREFIX.exec(m.text);
      if (!p) return null;
      const rest = m.text.slice(p[0].length);
      const words = rest.split(/\s+/);
      // "Then-Secretary of", "then-Maj", "Then-Sen": a title's words, whose holder the next name is.
      if (words.some((w) => TITLE_WORDS.has(w.replace(/\.$/, ''))) || words[words.length - 1] === 'of' || isPlaceName(rest)) return 'drop';
      // One word left: a body only as an acronym or a word that names a body alone ("then-CIA", "then-Senate"); not
      // the first word of a title the tagger cut ("Then-Attorney General", "ex-Foreign Minister", "Then-Capt.").
      if (words.length === 1 && !/^\p{Lu}{2,}$/u.test(rest) && !isBodyWord(rest)) return 'drop';
      // "Ex-Yankee Randy Velarde": a person's full name after the word the prefix dates is that person.
      const given = words.findIndex((w, i) => i > 0 && i < words.length - 1 && FIRST_NAMES.has(w));
      if (given > 0 && words.slice(given).every((w) => /^\p{Lu}\p{Ll}/u.test(w))) {
        const text = words.slice(given).join(' ');
        return { ...m, start: m.end - text.length, text, key: text, type: 'Person', orgCue: undefined };
      }
      return { ...m, start: m.start + p[0].length, text: rest, key: ORG_FORMS.get(rest) ?? rest };
    },
    examples: ['She and then-CIA director Leon Panetta argued.', 'Then-FBI Director James Comey held a news conference.', 'Then-Secretary of State John Kerry flew in.', 'Ex-Yankee Randy Velarde said he was ready.'],
    why: '"then-" or "ex-" before a body\'s name dates the office of the person it qualifies ("then-CIA director"): the body is the name after it; a title after the prefix ("Then-Secretary of State") names the person\'s office, no body; a full name after the word it dates ("Ex-Yankee Randy Velarde") is that person',
  },
];

/** Each organisation mention with the words at its edges that are no part of its name cut (first rule that applies). */
export function cutBodyEdges(mentions: Mention[]): Mention[] {
  if (!mentions.some((m) => m.type === 'Organization' && TIME_PREFIX.test(m.text))) return mentions;
  const out: Mention[] = [];
  for (const m of mentions) {
    let reading: Mention | 'drop' | null = null;
    if (m.type === 'Organization') for (const r of BODY_EDGE_RULES) if ((reading = r.cut(m))) break;
    if (reading === 'drop') continue;
    out.push(reading ?? m);
  }
  return out;
}
