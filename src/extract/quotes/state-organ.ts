// Quotes: a state's organ named in lower case as the source — "Russia's foreign ministry said", "the Iraqi military",
// "Seoul's defense ministry", "Egypt's armed forces" — names one body: an Organization node, keyed as the entity stage
// keys the body written with capitals ("Russian Foreign Ministry" → org:russian-foreign-ministry), so the same node
// whatever the wording ("the Russian foreign ministry", "Moscow's foreign ministry" where Moscow stands for Russia),
// speaking for its state (onBehalfOf). Issue #14: a named source is linked, not left as words.
import type { Entity, Quote } from '../types.js';
import { slug } from '../entities.js';
import { bodyName, genericBody } from '../government-bodies.js';
import { countryAdjective } from '../lexicon/countries.js';
import { DEPARTMENT_NAMES, MINISTRY_TOPICS, ORGAN_QUALIFIERS, STATE_MILITARY_NAMES, STATE_ORGANS } from '../lexicon/government-bodies.js';
import { firstFrom, type MentionRef } from './speakers.js';

/** After the state's name or adjective: its possessive at most, then lower-case words only (the organ's). Anchored: linear. */
export const ORGAN_AFTER_STATE = /^(?:[’']s)?((?:\s+[\p{Ll}-]+){1,5})$/u;
/** Before the state's mention: "the" or nothing. */
const THE_ONLY = /^(?:[Tt]he\s+)?$/;
/** Small words a body's name keeps in lower case ("Ministry of Foreign Affairs"). */
const NAME_SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for']);

const capitalised = (words: readonly string[]) => words.map((w) => (NAME_SMALL_WORDS.has(w) ? w : w[0].toUpperCase() + w.slice(1))).join(' ');
/** A state's word before its organ's name: "U.S. Army", "Israeli Military" (the entity stage names "U.S. Army" so). */
const statePrefix = (code: string) => (code === 'US' ? 'U.S.' : countryAdjective(code));

/** The name of the organ the lower-case words name for the state `code` ("foreign ministry", RU → "Russian Foreign
 * Ministry"), or null: a ministry by its topic (no state but the United States has departments instead), a U.S.
 * department by its name, an organ of STATE_ORGANS. */
export function organName(words: readonly string[], code: string): string | null {
  // (The words whole first: "state department" is a department's name, not a qualified one.)
  const whole = organOf(words, code);
  if (whole) return whole;
  let k = 0;
  while (k < words.length - 1 && k < 2 && ORGAN_QUALIFIERS.has(words[k])) k++;
  return k > 0 ? organOf(words.slice(k), code) : null;
}

function organOf(head: readonly string[], code: string): string | null {
  const organ = STATE_ORGANS.get(head.join(' '));
  // A state whose armed forces go by a proper name: that name ("the Israeli military" is the Israel Defense Forces).
  if (organ === 'Military' && STATE_MILITARY_NAMES.has(code)) return STATE_MILITARY_NAMES.get(code)!;
  if (organ) return `${statePrefix(code)} ${organ}`;
  const name = capitalised(head);
  const ministry = code !== 'US' ? genericBody(name) : null;
  if (ministry && /Ministry/.test(name)) return bodyName(code, ministry);
  const department = code === 'US' ? /^(.+) Department$/.exec(name)?.[1] : undefined;
  if (department && DEPARTMENT_NAMES.has(department)) return `${MINISTRY_TOPICS.get(department) ?? department} Department`;
  return null;
}

/** A state's organ the words [start, end) name whole: [the] STATE('s) [qualifiers] ORGAN — the organ's name and the state. */
export function stateOrgan(body: string, start: number, end: number, mentions: MentionRef[]): { name: string; state: string; from: number } | null {
  const i = firstFrom(mentions, start);
  const m = mentions[i];
  if (!m || m.type !== 'Country' || m.end >= end || !THE_ONLY.test(body.slice(start, m.start))) return null;
  const words = ORGAN_AFTER_STATE.exec(body.slice(m.end, end))?.[1].trim().split(/\s+/);
  const name = words ? organName(words, m.entityId.slice('country:'.length)) : null;
  return name ? { name, state: m.entityId, from: m.start } : null;
}

/** Adds a body a speaker's words name to the article's entities, or finds it there: its id, or null when the id is another type's. */
export type SpeakerBody = (name: string, span: { start: number; end: number }) => string | null;

/** The article's SpeakerBody: the organization node keyed by its name, the words naming it one of its mentions. */
export function speakerBodies(entities: Entity[], body: string, types: Map<string, Entity['type']>): SpeakerBody {
  return (name, span) => {
    const id = `org:${slug(name)}`;
    let e = entities.find((x) => x.id === id);
    if (e && e.type !== 'Organization') return null;
    if (!e) {
      e = { id, type: 'Organization', name, aliases: [], mentions: [] };
      entities.push(e);
      types.set(id, 'Organization');
    }
    if (!e.mentions.some((x) => x.start === span.start)) {
      e.mentions.push({ start: span.start, end: span.end, text: body.slice(span.start, span.end) });
      e.mentions.sort((a, b) => a.start - b.start);
    }
    return id;
  };
}

/** Every quote whose unnamed source's words are a state's organ: that organ speaks, for its state. */
export function stateOrgans(quotes: readonly Quote[], body: string, mentions: MentionRef[], bodyFor: SpeakerBody): void {
  for (const q of quotes) {
    const span = q.speakerSpan;
    if (q.speakerId !== null || !q.speakerText || !span) continue;
    const end = span.start + body.slice(span.start, span.end).trimEnd().length;
    const organ = stateOrgan(body, span.start, end, mentions);
    const id = organ && bodyFor(organ.name, { start: organ.from, end });
    if (!organ || !id) continue;
    q.speakerId = id;
    q.speakerSpan = { start: span.start, end };
    delete q.speakerText;
    q.onBehalfOf = organ.state;
  }
}
