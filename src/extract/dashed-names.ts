// Stage 2h, names joined by a dash before a noun (after elliptical countries, last before entities): news names a meeting,
// a rivalry or a ticket by its two people's names joined with a hyphen or a dash — "the Trump-Kim summit", "the first
// Clinton–Trump debate", "a Putin - Tillerson meeting" — once the article has named them in full. The tagger reads such a
// pair now as two names, now as none (it depends on the words around: "the Trump-Kim meeting shouldn't …" but not "The
// Trump-Kim summit went well"); a reader always reads the two people. This stage adds a Person mention on each half that
// is a word of a person the article named before in full, so that relations and events read the pair there. Rules are
// data (DASHED_NAME_RULES); run on the combined mentions, so the tagger's training features and weights stay as they are.
import type { Sentence } from './segment.js';
import type { Mention } from './mentions.js';
import { FIRST_NAMES, genderOfGivenName } from './lexicon/names.js';
import { opensWithParticle } from './full-name-forms.js';

export interface DashedNameRule {
  id: string;
  /** Sentences: the first names the people in full, the second joins their names with a dash. */
  examples: readonly string[];
  /** Sentences where no half is read as a person. */
  negatives: readonly string[];
  why: string;
}

export const DASHED_NAME_RULES: readonly DashedNameRule[] = [
  {
    id: 'dashed.people-pair',
    examples: [
      'Donald Trump and Kim Jong Un arrived. The Trump-Kim summit went well.',
      'Hillary Clinton and Donald Trump arrived. The first Clinton–Trump debate drew millions.',
      'Rex Tillerson met Sergey Lavrov. A Tillerson - Lavrov meeting followed.',
      'Donald Trump and Kim Jong Un arrived. The Trump-Kim nuclear talks went well.',
    ],
    negatives: [
      // a half no one of the article is named by, a longer name, a name after the pair (no noun), a pair named before its people
      'Donald Trump arrived. The Trump-Kim summit went well.',
      'Donald Trump and Kim Jong Un arrived. The Trump-Kim Summit Committee met.',
      'The Trump-Kim summit went well. Donald Trump and Kim Jong Un arrived.',
      // a noun of no joint affair (the pair modifies a topic, not an event of the two)
      'Donald Trump and Vladimir Putin arrived. The Putin-Trump investigation went on.',
    ],
    why: 'two surnames (or a family name written first, "Kim", "Xi") joined by a dash before a lower-case noun are the two people the article named, the noun their joint affair',
  },
];

export interface JoinedFullNameRule {
  id: string;
  /** Sentences with two full names joined by a dash, and the two people read there. */
  examples: readonly (readonly [string, readonly string[]])[];
  /** Sentences whose hyphenated name stays one person. */
  negatives: readonly (readonly [string, string])[];
  why: string;
}

export const JOINED_FULL_NAME_RULES: readonly JoinedFullNameRule[] = [
  {
    id: 'dashed.joined-full-names',
    examples: [
      ['President Donald Trump met Vladimir Putin. Parody: Aboard Air Force One after Donald Trump-Vladimir Putin havoc in Helsinki. Putin smiled.', ['Donald Trump', 'Vladimir Putin']],
      ['Analysis: After Barack Obama-Raul Castro handshake in Panama, what next? Barack Obama greeted Raul Castro. Castro smiled.', ['Barack Obama', 'Raul Castro']],
    ],
    negatives: [
      // a hyphenated given name or family name, a particle before the dash
      ['President Jean-Claude Juncker spoke in Brussels.', 'Jean-Claude Juncker'],
      ['Jane Onyanga-Omara reported from London.', 'Jane Onyanga-Omara'],
      ['Emir Sabah Al-Ahmad Al-Sabah arrived in Washington.', 'Sabah Al-Ahmad Al-Sabah'],
      // halves the article writes nowhere else
      ['An Egyptian cleric, Mohamed Abdul-Salam Farag, was arrested.', 'Mohamed Abdul-Salam Farag'],
    ],
    why: 'a name of two words or more, a dash, and another opening with a given name, each written elsewhere in the article, are two people (a headline\'s "Trump-Putin" written in full); a hyphen inside one person\'s name joins single words ("Jean-Claude", "Onyanga-Omara", "Abdul-Salam"), never two full names',
  },
];

/** A word that opens a person's name: a given name of the lexicons, capitalised, no particle ("Al", "El"). */
const givenName = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w) && (FIRST_NAMES.has(w) || genderOfGivenName(w) !== null);

/**
 * A Person mention that is two full names joined by one dash ("Donald Trump-Vladimir Putin") as its two names, each a
 * Person mention (JOINED_FULL_NAME_RULES); null when it is one name. Token checks, no pattern.
 */
function joinedFullNames(body: string, m: Mention): [Mention, Mention] | null {
  if (m.type !== 'Person') return null;
  const dashes = [...m.text].flatMap((c, k) => ('-–—'.includes(c) ? [k] : []));
  if (dashes.length !== 1) return null;
  const at = dashes[0];
  const [left, right] = [m.text.slice(0, at), m.text.slice(at + 1)];
  const [lw, rw] = [left.split(' '), right.split(' ')];
  if (lw.length < 2 || rw.length < 2 || lw.some((w) => !/^\p{Lu}[\p{L}.'’]*$/u.test(w)) || rw.some((w) => !/^\p{Lu}[\p{L}.'’]*$/u.test(w))) return null;
  const lastLeft = lw[lw.length - 1];
  if (!givenName(lw[0]) || !givenName(rw[0]) || !/^\p{Lu}\p{Ll}{2,}$/u.test(lastLeft) || opensWithParticle(`${lastLeft} `) || opensWithParticle(right)) return null;
  // (Each half is a name the article writes elsewhere too: "Sheik Mohamed Abdul-Salam Farag" is one man.)
  const elsewhere = (name: string) => body.indexOf(name) !== -1 && (body.indexOf(name) < m.start || body.indexOf(name, m.end) !== -1);
  if (!elsewhere(left) || !elsewhere(right)) return null;
  const rightStart = m.start + at + 1;
  return [
    { ...m, end: m.start + at, text: left, key: left },
    { start: rightStart, end: m.end, text: right, type: 'Person', key: right, sentence: m.sentence },
  ];
}

/**
 * Two capitalised words joined by a hyphen or a dash between letters (or a spaced hyphen, as tokenised text writes it),
 * then a noun of a joint affair, one word allowed before it ("the Trump-Kim nuclear talks"). A spaced en or em dash is
 * an aside ("Mike Pompeo – Trump’s pick –"), and a possessive half owns another noun: neither is a pair. Linear, fixed shape.
 */
const DASHED_PAIR = new RegExp(`(?<![\\p{L}\\p{M}’'-])(\\p{Lu}[\\p{Ll}\\p{M}]+)(?:[-–—]| - )(\\p{Lu}[\\p{Ll}\\p{M}]+)(?= (?:\\p{Ll}+ )?(?:${[
  'summit', 'summits', 'meeting', 'meetings', 'talks', 'negotiations', 'debate', 'debates', 'call', 'calls', 'encounter', 'encounters', 'sit-down',
  'handshake', 'conversation', 'conversations', 'dialogue', 'alliance', 'partnership', 'pact', 'deal', 'agreement', 'accord', 'ticket', 'rivalry',
  'feud', 'relationship', 'exchange', 'dinner', 'lunch', 'session', 'session', 'visit',
].join('|')})\\b)`, 'gu');

/** The mentions with a Person mention added on each half of a dashed pair of the article's people; the others unchanged. */
export function addDashedNames(body: string, sentences: readonly Sentence[], mentions: Mention[]): Mention[] {
  if (!/\p{Lu}\p{Ll}+ ?[-–—] ?\p{Lu}/u.test(body)) return mentions;
  if (mentions.some((m) => joinedFullNames(body, m))) mentions = mentions.flatMap((m) => joinedFullNames(body, m) ?? [m]);
  // Each word of a person named in full (two words or more), with where it is first named.
  const firstNamed = new Map<string, number>();
  for (const m of mentions) {
    if (m.type !== 'Person') continue;
    const words = m.text.split(/\s+/);
    if (words.length < 2) continue;
    for (const w of [words[0], words[words.length - 1]]) if (!firstNamed.has(w)) firstNamed.set(w, m.start);
  }
  if (!firstNamed.size) return mentions;
  const added: Mention[] = [];
  for (const hit of body.matchAll(DASHED_PAIR)) {
    const halves = [
      { text: hit[1], start: hit.index },
      { text: hit[2], start: hit.index + hit[0].length - hit[2].length },
    ];
    // Both halves are names: each a word of a person named before, or a name the earlier stages read there already.
    const known = halves.map((h) => (firstNamed.get(h.text) ?? Infinity) < h.start);
    const covered = halves.map((h) => mentions.some((m) => m.start < h.start + h.text.length && m.end > h.start));
    if (!halves.every((_, k) => known[k] || covered[k]) || !known.some(Boolean)) continue;
    const sentence = sentences.findIndex((s) => s.start <= hit.index && hit.index < s.end);
    if (sentence < 0) continue;
    for (const [k, h] of halves.entries()) {
      if (!known[k]) continue;
      // A mention the earlier stages made over the half (the tagger's "The Trump" or "Trump-Kim") gives way to the person,
      // unless it already is that person's name alone.
      // Only a mention that runs across the dash ("Trump-Kim", "The Trump-Kim") is the tagger's misreading of the pair; any
      // other over the half (the person's own name, a country, a body) stays.
      const over = mentions.filter((m) => m.start < h.start + h.text.length && m.end > h.start);
      if (over.some((m) => !(m.start <= hit.index && m.end >= hit.index + hit[0].length - hit[2].length))) continue;
      added.push({ start: h.start, end: h.start + h.text.length, text: h.text, type: 'Person', key: h.text, sentence });
    }
  }
  if (!added.length) return mentions;
  return [...mentions.filter((m) => !added.some((a) => m.start < a.end && m.end > a.start)), ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
