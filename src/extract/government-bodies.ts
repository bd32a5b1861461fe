// Which state a generic government body belongs to ("the Foreign Ministry" of China, not one node for every country's).
// A body named with its state ("Russian Foreign Ministry", "China's Foreign Ministry") is that state's; one named bare
// is the state the article names last before it (outside the United States, which has departments, not ministries),
// else the state the article names most; else it stays generic. Exists for: four countries' "Foreign Ministry" on one node.
import type { Mention } from './mentions.js';
import { MINISTRY_TOPICS } from './lexicon/government-bodies.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, countryAdjective } from './lexicon/countries.js';
import { KNOWN_OFFICE_HOLDERS } from './lexicon/titles.js';

/** How far back (characters) a bare body looks for the state the text is about. */
export const STATE_CONTEXT_CHARS = 600;

export interface GenericBody {
  /** "Foreign Ministry": the body's name without its state. */
  body: string;
  /** The state written in the name itself ("Russian Foreign Ministry" → RU), if any. */
  code?: string;
}

/** Creeds that name a party in many countries, the country left to the context ("Chinese Communist Party"). */
const STATE_PARTY_CREEDS: ReadonlySet<string> = new Set(['Communist']);

/**
 * "Foreign Ministry", "Russian Foreign Ministry", "Ministry of Foreign Affairs" → the body (and the state it names); so
 * too "Communist Party", "Chinese Communist Party", "Communist Party of Vietnam".
 */
export function genericBody(name: string): GenericBody | null {
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  let code: string | undefined;
  const first = words[0]?.replace(/['’]s$/, '');
  const ofState = COUNTRY_BY_DEMONYM.get(first) ?? COUNTRY_BY_NAME.get(first);
  if (ofState && words.length > 2) {
    code = ofState;
    words.shift();
  }
  const rest = words.join(' ');
  // A party named by its creed alone is every country's ("the Communist Party" of China, of Vietnam, of Cuba).
  const partyOf = rest.indexOf(' Party of ');
  const creed = rest.slice(0, partyOf);
  const state = rest.slice(partyOf + ' Party of '.length).replace(/^the /, '');
  if (partyOf > 0 && STATE_PARTY_CREEDS.has(creed) && COUNTRY_BY_NAME.has(state)) return { body: `${creed} Party`, code: code ?? COUNTRY_BY_NAME.get(state) };
  if (words.length === 2 && words[1] === 'Party' && STATE_PARTY_CREEDS.has(words[0])) return { body: rest, code };
  const topic = /^Ministry of (?:the )?(.+)$/.exec(rest)?.[1] ?? /^(.+) Ministry$/.exec(rest)?.[1];
  const canonical = topic && MINISTRY_TOPICS.get(topic);
  return canonical ? { body: `${canonical} Ministry`, code } : null;
}

/**
 * The state of a generic body mentioned at `m`: named in it, or by a country mention right before it ("Iranian",
 * "China's"); else the last non-US country within STATE_CONTEXT_CHARS before it; else the article's most-named non-US
 * country (ties: none). `countries` are the article's country mentions in text order.
 */
export function stateOfBody(m: Pick<Mention, 'start'>, named: GenericBody, countries: readonly Pick<Mention, 'start' | 'end' | 'key'>[], textBefore = ''): string | null {
  if (named.code) return named.code;
  const written = stateWrittenBefore(textBefore);
  if (written) return written;
  const before = countries.filter((c) => c.end <= m.start);
  const adjacent = before[before.length - 1];
  if (adjacent && m.start - adjacent.end <= 3) return adjacent.key; // "Iranian Foreign Ministry", "China’s Foreign Ministry"
  const near = before.filter((c) => c.key !== 'US' && m.start - c.end <= STATE_CONTEXT_CHARS).pop();
  if (near) return near.key;
  const counts = new Map<string, number>();
  for (const c of countries) if (c.key !== 'US') counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
}

/** The state named by the words right before a body, when the extraction kept them apart: "the Iranian ", "South Korea's ". */
export function stateWrittenBefore(text: string): string | null {
  if (!text.endsWith(' ')) return null;
  // Split at any white space: a line break before the state ("FILE\n\nRussian ") parts words as a space does.
  const words = text.slice(0, -1).replace(/['’]s?$/, '').split(/\s+/).slice(-2);
  const two = words.join(' ');
  const last = words[words.length - 1];
  const state = COUNTRY_BY_NAME.get(two) ?? COUNTRY_BY_DEMONYM.get(two) ?? COUNTRY_BY_NAME.get(last) ?? COUNTRY_BY_DEMONYM.get(last);
  if (state) return state;
  // "Putin’s Finance Ministry": a leader in the possessive owns his state's body, whatever state the text named last.
  return /['’]s? $/.test(text) ? HOLDER_STATE_BY_FAMILY_NAME.get(last) || null : null;
}

/** The state of each office-holder's family name the lexicon lists ("Putin" → RU); '' when two states' holders share it. */
const HOLDER_STATE_BY_FAMILY_NAME: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const h of KNOWN_OFFICE_HOLDERS) {
    if (!h.country) continue;
    for (const n of h.names) {
      const family = n.slice(n.lastIndexOf(' ') + 1);
      out.set(family, out.has(family) && out.get(family) !== h.country ? '' : h.country);
    }
  }
  return out;
})();

/**
 * Government bodies inside a person's title ("Chinese Foreign Ministry Spokesman Geng Shuang", "Foreign Ministry
 * spokesman Lu Kang"): the body is named there too, as an Organization mention over its words.
 */
export function bodiesInTitles(body: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const at = m.titleStart;
    if (m.type !== 'Person' || at === undefined || !m.role) continue;
    const words = m.role.split(' ');
    for (let k = words.length - 1; k >= 2; k--) {
      const name = words.slice(0, k).join(' ');
      if (!genericBody(name) || !body.startsWith(name, at)) continue;
      if (mentions.some((o) => o.type === 'Organization' && o.start < at + name.length && at < o.end)) break;
      out.push({ start: at, end: at + name.length, text: name, type: 'Organization', key: name, sentence: m.sentence });
      break;
    }
  }
  return out;
}

/** The name of a state's body: "Russian Foreign Ministry". */
export const bodyName = (code: string, body: GenericBody) => `${countryAdjective(code)} ${body.body}`;
