// Quotes: an unnamed source whose words name a body by its kind — "the Xinhua news agency", "the semiofficial Fars news
// agency", "the Hamas movement" — is that body; "the Indian government", "the Thai authorities" is that state (as "The
// Russian government said" already is). A named source is linked, not left as words (issue #14).
import type { Quote } from '../types.js';
import { firstFrom, type MentionRef } from './speakers.js';
import { stateOrgan, type SpeakerBody } from './state-organ.js';

/** Before the body's name: "the" and at most three lower-case words ("the official", "the state-run"). Anchored: linear. */
export const BEFORE_KIND_NAME = /^(?:[Tt]he\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;
/** After the body's name, ending the words: the noun of the kind of body it is ("Germany’s Lufthansa airline"). */
export const KIND_NOUN = /^\s+(?:news\s+agency|press\s+agency|agency|newspaper|daily|broadcaster|network|channel|television|radio|website|magazine|group|movement|militia|organi[sz]ation|party|outlet|think\s+tank|wire\s+service|airline|carrier|company|firm|bank)$/u;
/** A country's adjective or possessive, then the noun of its state: the words are "the" DEMONYM NOUN, "Iraq's
 * government", a word at most qualifying a government ("Egypt's new government"), not one making it another than the
 * state's ("the former regime") nor some authorities of the state ("aviation authorities"). Anchored: linear. */
export const STATE_NOUN = /^(?:[’']s)?\s+(?:authorities|(?:(?!(?:regional|local|provincial|state|opposition|rebel|shadow|exiled?|former|previous|old|puppet)\s)[\p{Ll}-]+\s+)?(?:government|regime))$/u;
/** A body's possessive, then its press office: the body speaks ("the Kremlin's press office", "the FBI's Boston office"). */
const OWN_OFFICE = /^[’']s\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:press\s+)?(?:office|service)$/u;
/** A body's kind, then its name ending the words: "the Chinese state news agency Xinhua" (the kind's words before it). */
const KIND_BEFORE_NAME = /^(?:[Tt]he\s+)?(?:(?!(?:of|for|from|with|at|by|to|in|on|and|or)\s)[\p{Ll}-]+\s+){0,3}(?:news\s+agency|press\s+agency|agency|newspaper|daily|broadcaster|network|channel|television|group|movement|militia|organi[sz]ation|party|outlet|think\s+tank|wire\s+service|airline|carrier|company|firm|bank),?\s+$/u;

/** Every quote with an unnamed source whose words are [the] (adjectives) ORGANIZATION KIND, [the] KIND ORGANIZATION,
 * either after a state's word ("Iran's Tasnim news agency"), an organization's press office ("the Kremlin's press
 * office"), or [the] COUNTRY-ADJECTIVE / COUNTRY's government/authorities/regime: the organization or the country speaks. */
export function namedBodies(quotes: readonly Quote[], body: string, mentions: MentionRef[]): void {
  for (const q of quotes) {
    const span = q.speakerSpan;
    if (q.speakerId !== null || !q.speakerText || !span) continue;
    const end = span.start + body.slice(span.start, span.end).trimEnd().length;
    // A state heading the words may own the body named after it: "Iran's Tasnim news agency", "the Chinese state news
    // agency Xinhua" are read from after the state's word.
    const first = mentions[firstFrom(mentions, span.start)];
    const owner = first && first.type === 'Country' && first.end < end && /^(?:[Tt]he\s+)?$/.test(body.slice(span.start, first.start)) ? first : null;
    for (let i = firstFrom(mentions, span.start); i < mentions.length && mentions[i].start < end; i++) {
      const m = mentions[i];
      if (m.end > end) continue;
      const lead = (owner && m !== owner ? body.slice(owner.end, m.start).replace(/^[’']s(?=\s)/, '') : body.slice(span.start, m.start)).trimStart();
      const after = body.slice(m.end, end);
      const denotes =
        (m.type === 'Organization' && BEFORE_KIND_NAME.test(lead) && (KIND_NOUN.test(after) || (m === first && OWN_OFFICE.test(after)))) ||
        (m.type === 'Organization' && after === '' && KIND_BEFORE_NAME.test(lead)) ||
        (m.type === 'Country' && m === owner && STATE_NOUN.test(after));
      if (!denotes) continue;
      q.speakerId = m.entityId;
      q.speakerSpan = { start: span.start, end };
      delete q.speakerText;
      delete q.onBehalfOf;
      break;
    }
  }
}

/** A body's kind as the whole subject, "the" and at most two lower-case words before it: "The ministry", "the militant
 * group", "the state news agency" (group 1: the words after "the"). Anchored: linear. */
export const KIND_ANAPHOR = /^[Tt]he\s+((?:[\p{Ll}-]+\s+){0,2}(?:agency|ministry|group|company|firm|newspaper|paper|daily|broadcaster|network|movement|militia|organi[sz]ation|party|military|army|government|regime|embassy|consulate))$/u;
/** Between a body's name and its kind noun after it: at most two lower-case words ("Tasnim news agency", "Hezbollah
 * militant group"). */
const NAME_THEN_KIND = /^\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** Between the kind noun and a body's name after it: the name in apposition or as the noun's complement ("the advocacy
 * group Global Zero", "the North's state news agency, KCNA"). */
const KIND_THEN_NAME = /^,?\s+$/;
/** Before the kind noun, after a body's name: an appositive opening, "a/an/the" and up to four words ("Muslim Advocates,
 * an Oakland Calif.-based group"). Read on a bounded slice from the name's end: anchored, linear. */
const NAME_THEN_APPOSITIVE_KIND = /^,\s+(?:an?|the)\s+(?:[\p{L}.’'-]+\s+){0,4}$/u;
/** Before the kind noun, after a country's name: its possessive, or the country's adjective after "the" ("Mexico's
 * foreign ministry", "the Iraqi military"), lower-case words between. */
const COUNTRY_THEN_KIND = /^(?:[’']s)?\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** The kind nouns of a state: the country itself speaks through them (speaker.demonym-state). */
const STATE_KIND = /(?:^|\s)(?:government|regime)$/;
/** The kind nouns a country owns: its state, a ministry, its armed forces, its missions (not a company or a group of its people). */
const COUNTRY_KIND = /(?:^|\s)(?:government|regime|ministry|military|army|embassy|consulate)$/;
/** After the kind word, a noun it only modifies ("military installations", "group leader", "government officials"): no
 * mention of the body itself. */
const MODIFIES_NOUN_AFTER = /^\s+(?:officials?|installations?|leaders?|sources?|members?|forces|officers?|spokes(?:man|woman|person)|chiefs?|heads?|statements?|reports?|headquarters|facilit(?:y|ies)|bases?|units?|commanders?|executives?|operations|spending|budget)\b/;
/** How far back a kind's tie is read (a few paragraphs): older bodies of the kind are out of a reader's mind. */
const KIND_REACH = 1200;
/** "the" (or "The") right before the kind words: another anaphor of the same kind, which passes the chain back. */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+$/u;

/** The body a kind phrase's occurrence at [at, at + length) names: an organization named beside it, or a country owning it. */
function tiedBody(body: string, at: number, length: number, mentions: MentionRef[], owned: boolean): MentionRef | null {
  for (let i = firstFrom(mentions, at - 80); i < mentions.length && mentions[i].start < at + length + 4; i++) {
    const m = mentions[i];
    if (m.type === 'Event' || m.type === 'Person') continue;
    // A body whose name ends in the kind's noun ("the Russian Embassy … The embassy added", "the Central Intelligence
    // Agency … the agency said"): the name's head is the kind, the body itself.
    if (m.type === 'Organization' && m.start < at && m.end === at + length) return m;
    if (m.end <= at) {
      const between = body.slice(m.end, at);
      if (m.type === 'Organization' && (NAME_THEN_KIND.test(between) || NAME_THEN_APPOSITIVE_KIND.test(between))) return m;
      if (m.type === 'Country' && owned && COUNTRY_THEN_KIND.test(between)) return m;
    } else if (m.start >= at + length && m.type === 'Organization' && KIND_THEN_NAME.test(body.slice(at + length, m.start))) return m;
  }
  return null;
}

/**
 * Every quote whose unnamed source is a body's kind after "the" ("The ministry added that …", "the group said") where the
 * article's latest mention of that kind before it ties it to a body: "Mexico's foreign ministry" → for Mexico, "the advocacy group
 * Global Zero" → Global Zero. An organization speaks; a country owns its ministry or military (onBehalfOf), and is its
 * government. A later untied body of the kind ("a rebel group") leaves the words unnamed.
 * A country's organ its words name ("Mexico's foreign ministry", "the Israeli military") is that organ's node (state-organ.ts).
 */
export function kindAntecedents(quotes: readonly Quote[], body: string, mentions: MentionRef[], bodyFor?: SpeakerBody): void {
  for (const q of quotes) {
    const span = q.speakerSpan;
    if (q.speakerId !== null || !q.speakerText || !span) continue;
    const kind = KIND_ANAPHOR.exec(q.speakerText.trim());
    if (!kind) continue;
    const words = kind[1].replace(/\s+/g, ' ');
    const phrase = new RegExp(`(?<![\\p{L}-])${words.replace(/ /g, '\\s+')}(?![\\p{L}-])`, 'giu');
    // The latest mention of the kind before it that heads its phrase, passing back over earlier anaphors ("The group
    // said …. The group added …"): the body tied there, if any — an untied one ("one U.S.-backed rebel group") is
    // another body of the kind, which the words may mean as well.
    const from = Math.max(0, span.start - KIND_REACH);
    const hits = [...body.slice(from, span.start).matchAll(phrase)].map((h) => ({ index: from + h.index, 0: h[0] })).filter((h) => !MODIFIES_NOUN_AFTER.test(body.slice(h.index + h[0].length, h.index + h[0].length + 30)));
    const owned = COUNTRY_KIND.test(words);
    let m: MentionRef | null = null;
    let k = hits.length - 1;
    for (; k >= 0 && !m; k--) {
      m = tiedBody(body, hits[k].index, hits[k][0].length, mentions, owned);
      if (!m && !THE_BEFORE.test(body.slice(Math.max(0, hits[k].index - 6), hits[k].index))) break;
    }
    if (!m) continue;
    // Two bodies of the kind named together ("Mexico's foreign ministry and Canada's …"): either may be meant.
    const rival = k >= 0 && !/[.!?]\s/.test(body.slice(hits[k].index, hits[k + 1].index)) ? tiedBody(body, hits[k].index, hits[k][0].length, mentions, owned) : null;
    if (rival && rival.entityId !== m.entityId) continue;
    const hitEnd = hits[k + 1].index + hits[k + 1][0].length;
    const organ = m.type === 'Country' && !STATE_KIND.test(words) ? stateOrgan(body, m.start, hitEnd, mentions) : null;
    const organId = organ && bodyFor?.(organ.name, { start: m.start, end: hitEnd });
    if (organ && organId) {
      q.speakerId = organId;
      delete q.speakerText;
      q.onBehalfOf = organ.state;
    } else if (m.type === 'Organization' || STATE_KIND.test(words)) {
      q.speakerId = m.entityId;
      delete q.speakerText;
      delete q.onBehalfOf;
    } else if (!q.onBehalfOf) q.onBehalfOf = m.entityId;
  }
}

/** The words right before a kind noun: a determiner or a possessive, else at most two modifiers (read on ≤ 40 characters,
 * anchored at the noun: linear). */
const WORDS_BEFORE_KIND = /(?:^|[^\p{L}’'-])((?:[\p{L}’'-]+\s+){0,3})$/u;
/** After a kind noun written in a name, its complement: "on Presidential Debates", "of Foreign Affairs". Anchored: linear. */
const NAME_COMPLEMENT = /^(?:\s+(?:of|on|for|and|the)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})?/u;
/** A word before a kind noun that points back to a body already named ("the ministry", "its ministry"): no new body. */
const ANAPHOR_WORD = /^(?:the|that|this|its|their|same|his|her|our)$/i;
/** A determiner making a kind's mention no body of its own: indefinite or generic ("a kangaroo court", "a Democratic
 * administration", "any administration effort"). */
const NOT_DEFINITE = /^(?:an?|any|another|every|each|no|his|her|its|their|our)$/i;
/** After a kind noun, a lower-case word that is no verb: the kind modifies it ("administration trade policy"). Anchored: linear. */
const MODIFIES_WORD_AFTER = /^\s+(?!(?:\p{Ll}+(?:s|ed)|said|told|has|had|was|is|will|would|can|could|did|does|put|set|cut|hit|also|now|still)\b)\p{Ll}/u;
/** A word before a kind noun that places or owns it, not telling which body of the kind it is ("Ukraine's", "a"). */
const NO_KIND_WORD = /^(?:[Aa]n?|[Tt]he|[Tt]hat|[Tt]his|[Ii]ts|[Tt]heir|[Ss]ame|state|national|[\p{L}-]+[’'](?:s)?)$/u;

/**
 * Whether the article's latest mention of a body's kind before `at` is another body than `named` ("The health ministry puts
 * the toll at 77. …, the ministry said": not the Interior Ministry named paragraphs before): a reader takes "the ministry"
 * for the latest ministry named. Passed over: anaphors ("the ministry said" again), a kind modifying a noun ("ministry
 * officials"); the same body: a mention of `named` or words its name has ("the interior ministry").
 */
function otherBodyOfKind(body: string, head: string, at: number, named: string, mentions: MentionRef[]): boolean {
  const from = Math.max(0, at - KIND_REACH);
  const hits = [...body.slice(from, at).matchAll(new RegExp(`(?<![\\p{L}-])${head}(?![\\p{L}-])`, 'giu'))];
  const nameWords = named.split(/[:-]/);
  for (let k = hits.length - 1; k >= 0; k--) {
    const start = from + hits[k].index;
    const end = start + head.length;
    if (MODIFIES_NOUN_AFTER.test(body.slice(end, end + 30)) || MODIFIES_WORD_AFTER.test(body.slice(end, end + 30))) continue;
    let covering: MentionRef | undefined;
    for (let i = firstFrom(mentions, start - 80); i < mentions.length && mentions[i].start <= start; i++) if (mentions[i].end >= end && mentions[i].type === 'Organization') covering = mentions[i];
    if (covering) return covering.entityId !== named;
    // (The named body in apposition after it is the same body: "the EU's top court, the Court of Justice".)
    const appositive = /^,\s+(?:the\s+)?/i.exec(body.slice(end, end + 8));
    if (appositive && mentions.some((m) => m.entityId === named && m.start === end + appositive[0].length)) return false;
    const before = (WORDS_BEFORE_KIND.exec(body.slice(Math.max(0, start - 40), start))?.[1] ?? '').trim().split(/\s+/).filter(Boolean);
    if (before.length && ANAPHOR_WORD.test(before.at(-1)!)) continue;
    // A kind written in a name ("the nonpartisan Commission on Presidential Debates") is told by the name's words, the
    // capitalised ones before it and its complement after; one in lower case by the modifiers before it.
    const capital = /^\p{Lu}/u.test(body[start]);
    let open = before.length;
    while (open > 0 && !NO_KIND_WORD.test(before[open - 1]) && (!capital || /^\p{Lu}/u.test(before[open - 1]))) open--;
    const complement = capital ? (NAME_COMPLEMENT.exec(body.slice(end, end + 60))?.[0] ?? '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)) : [];
    const kinds = [...before.slice(open), ...complement].map((w) => w.toLowerCase());
    if (!kinds.length && capital) continue;
    // (Only a definite body of the kind, "the health ministry", "Ukraine's health ministry", is another one; a kind in a
    // name is definite.)
    if (!capital && (open === 0 || NOT_DEFINITE.test(before[open - 1]))) continue;
    return kinds.length > 0 && !kinds.every((w) => nameWords.includes(w));
  }
  return false;
}

/** "the" and at most two lower-case words before the noun of an institution's kind, the whole of the speaker's words ("the
 * ministry", "the health ministry"): group 1 the kind. Not nouns as often of an activity or a crowd ("the campaign", "an
 * age group", "a dinner party"), whose latest mention may be no body. Anchored, bounded: linear. */
const THE_KIND_WORDS = /^[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}?(agency|council|commission|committee|court|department|bureau|ministry|administration)$/u;

/**
 * Every quote credited to an organization by its kind alone ("…, the ministry said" → the one Interior Ministry the
 * article names) while the latest body of that kind before the words is another ("The health ministry puts the toll at
 * 77"): a reader takes the kind for the latest body of it, so the words stay unnamed (speaker.kind-antecedent) — better
 * than a wrong body. Returns those quotes, for kindAntecedents to read again ("Ukraine's health ministry": for Ukraine).
 */
export function latestKindBodies(quotes: readonly Quote[], body: string, mentions: MentionRef[]): Quote[] {
  const unnamed: Quote[] = [];
  for (const q of quotes) {
    const span = q.speakerSpan;
    if (!q.speakerId || !span || !q.speakerId.startsWith('org:')) continue;
    const words = body.slice(span.start, span.end).trim();
    const kind = THE_KIND_WORDS.exec(words);
    if (!kind) continue;
    // (The body's own mention as the words, "the Interior Ministry" tagged, is named, not read by its kind.)
    if (mentions.some((m) => m.entityId === q.speakerId && m.start >= span.start && m.end <= span.end)) continue;
    if (!otherBodyOfKind(body, kind[1], span.start, q.speakerId, mentions)) continue;
    q.speakerId = null;
    q.speakerText = words;
    delete q.onBehalfOf;
    unnamed.push(q);
  }
  return unnamed;
}
