// Quotes: a body the source's words place by a city — a city's police ("Berlin police said", "the Delhi police"), or a
// state's organ placed in its capital ("The defence ministry in Seoul said") — names one institution, as "Seoul's
// defense ministry" does (state-organ.ts): an Organization node, not the unnamed words. A bare "police", or police of
// a region or a demonym ("Nigerian police", a force of many), stays as it is.
import type { Quote } from '../types.js';
import { COUNTRY_BY_CAPITAL } from '../lexicon/countries.js';
import { CITY_FORMS } from '../lexicon/places.js';
import { firstFrom, type MentionRef } from './speakers.js';
import { organName, type SpeakerBody } from './state-organ.js';

/** Before the city's name: "the" or nothing. Anchored: linear. */
const THE_ONLY = /^(?:[Tt]he\s+)?$/;
/** After the city's name, closing the speaker's words: "police" alone. Anchored: linear. */
export const POLICE_AFTER_CITY = /^\s+police$/;
/** A speaker's words naming a state's organ placed in a city: "the", lower-case words, "in", the city to the end
 * ("The defence ministry in Seoul"). Anchored, one bounded run of words: linear. */
export const ORGAN_IN_CITY = /^[Tt]he((?:\s+[\p{Ll}-]+){1,4})\s+in\s+$/u;

/** The city a mention names: a Place, or a capital standing for its state ("Berlin police" reads Berlin as Germany), whose
 * words are a city's of 100,000 people or more. */
const cityName = (body: string, m: MentionRef) => {
  const name = body.slice(m.start, m.end);
  return (m.type === 'Place' || m.type === 'Country') && CITY_FORMS.has(name) ? name : null;
};

/** Every quote whose source is a city's police ("[the] CITY police", left unnamed or credited to the capital's state
 * alone): that city's police speaks, an Organization "CITY Police", for no state. */
export function cityPolice(quotes: readonly Quote[], body: string, mentions: MentionRef[], bodyFor: SpeakerBody): void {
  for (const q of quotes) {
    const span = q.speakerSpan;
    if (!span) continue;
    let city: MentionRef | undefined;
    let end = span.end;
    if (q.speakerId === null && q.speakerText) {
      // The unnamed words are "[the] CITY police" whole.
      end = span.start + body.slice(span.start, span.end).trimEnd().length;
      const m = mentions[firstFrom(mentions, span.start)];
      if (m && m.end < end && THE_ONLY.test(body.slice(span.start, m.start)) && POLICE_AFTER_CITY.test(body.slice(m.end, end))) city = m;
    } else if (q.speakerId !== null && q.cue) {
      // The capital credited as its state, the police after it: "…,” Berlin police said on Twitter."
      const m = mentions.find((x) => x.start === span.start && x.entityId === q.speakerId);
      const spanEnd = span.start + body.slice(span.start, span.end).trimEnd().length;
      const after = m && m.end === spanEnd ? /^\s+police(?=\s+(\S+))/.exec(body.slice(m.end, m.end + 40)) : null;
      if (m && m.end < spanEnd && POLICE_AFTER_CITY.test(body.slice(m.end, spanEnd))) {
        city = m;
        end = spanEnd;
      } else if (m && after && after[1] === q.cue.split(/\s+/)[0]) {
        city = m;
        end = m.end + after[0].length;
      }
    }
    const name = city && cityName(body, city);
    const id = name && bodyFor(`${name} Police`, { start: span.start, end });
    if (!id) continue;
    q.speakerId = id;
    q.speakerSpan = { start: span.start, end };
    delete q.speakerText;
    delete q.onBehalfOf;
  }
}

/** Every quote whose unnamed source is a state's organ placed in the state's capital ("the foreign ministry in Moscow"):
 * that organ speaks, for its state when the article names the state. A city that is no capital, or an organ of no listed
 * kind, keeps its words. */
export function organsInCapitals(quotes: readonly Quote[], body: string, mentions: MentionRef[], bodyFor: SpeakerBody): void {
  for (const q of quotes) {
    const span = q.speakerSpan;
    if (q.speakerId !== null || !q.speakerText || !span) continue;
    const end = span.start + body.slice(span.start, span.end).trimEnd().length;
    const city = mentions.find((m) => m.end === end && m.start > span.start);
    if (!city || (city.type !== 'Place' && city.type !== 'Country')) continue;
    const words = ORGAN_IN_CITY.exec(body.slice(span.start, city.start))?.[1].trim().split(/\s+/);
    const code = COUNTRY_BY_CAPITAL.get(body.slice(city.start, city.end));
    const name = words && code ? organName(words, code) : null;
    const id = name && bodyFor(name, { start: span.start, end });
    if (!id) continue;
    q.speakerId = id;
    q.speakerSpan = { start: span.start, end };
    delete q.speakerText;
    q.onBehalfOf = mentions.some((m) => m.entityId === `country:${code}`) ? `country:${code}` : null;
  }
}
