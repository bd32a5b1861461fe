// Stage 4, quotes: who said what — direct quotes in any quotation marks and reported speech, speakers resolved.
// Input: body, sentences, entities (with mention spans). Output: Quote[] with offsets into the body.
// Heuristic: pair opening/closing marks inside a paragraph (a quote left open continues into a paragraph that
// opens with a mark); attribute by the "…," NAME said / NAME said, "…" frames, then by reported-speech spans
// that contain the quote, then by the previous quote of the paragraph. Reported speech is SPEAKER (appositive)
// CUE (that) CLAUSE, or "according to SPEAKER". Pronouns go to the latest person who spoke or was a subject.
// Exists for: “…,” Tillerson said. / Lavrov said Wednesday that the U.S. and Russia have agreed…
import type { Entity, Quote } from './types.js';
import type { Sentence } from './segment.js';
import { SPEECH_VERBS, SPEECH_VERB_PATTERN, STANCE_VERBS, STANCE_VERB_PATTERN } from './lexicon/speech.js';
import { genderOfGivenName } from './lexicon/names.js';
import { ROLE_NOUNS } from './lexicon/titles.js';
import { isCommunicationOrCognitionVerb, isCommunicationVerb } from './lexicon/verb-classes.js';

export interface QuoteInput {
  body: string;
  sentences: Sentence[];
  entities: Entity[];
}

interface SpeakerRef {
  start: number;
  end: number;
  entityId: string | null;
  pronoun?: string;
}

interface MentionRef {
  start: number;
  end: number;
  entityId: string;
  type: Entity['type'];
}

const OPEN = new Set(['“', '"', '«']);
const CLOSE = new Set(['”', '"', '»']);
const MAX_QUOTE = 4000;
const SCARE_MAX_WORDS = 3;

const VERB = `(?:${SPEECH_VERB_PATTERN})`;
const PRONOUN = '(?:he|she|they|He|She|They)(?![\\p{L}])'; // not the start of "Hester"
const TIME = "(?:\\s+(?:on\\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:morning|afternoon|evening|night))?|today|yesterday|last\\s+week|this\\s+week|earlier|later|recently|previously|in\\s+a\\s+statement|in\\s+an\\s+interview|at\\s+a\\s+news\\s+conference|on\\s+Twitter))?";
// After a closing mark: `, he said` / `, Tillerson said` / `, said Tillerson` (the name is matched against mentions).
// After the cue the speaker may hold abbreviation periods: "said Rep. G.K. Butterfield (D-N.C.)".
// Lower-case descriptors may open the speaker: "panel Chairman Rep. Jason Chaffetz", "said 9/11 widow Terry Strada".
const DESCRIPTORS = "(?:(?!(?:in|on|at|to|of|for|with|after|before|during|from|by|that|this|last|earlier|later|and|but|as|when|while)\\s)[\\p{Ll}\\d][\\p{L}\\d/'’-]*\\s+){0,3}";
const AFTER_QUOTE = new RegExp(`^[\\s,]*(?:(${PRONOUN}|the\\s+[a-z]+(?:\\s+[a-z]+)?|${DESCRIPTORS}[\\p{Lu}](?:[^,.;:!?“”"]|\\.(?=\\s+\\p{Lu})){0,80}?(?:\\s*\\([^()]{1,24}\\))?)\\s+(?:also\\s+|later\\s+|then\\s+)?(${VERB})\\b|(${VERB})\\s+(${PRONOUN}|${DESCRIPTORS}[\\p{Lu}](?:[^,.;:!?“”"]|\\.(?=\\S|\\s+\\p{Lu}\\.?\\s?\\p{Lu}?)){0,80}))`, 'u');
// After a closing mark, a speaker with an appositive before the verb: `, Rep. Jim Jordan (R-Ohio), an oversight panel member, said`.
const APPOSITIVE_AFTER_QUOTE = new RegExp(`^[\\s,]*([\\p{Lu}](?:[^,.;:!?“”"]|\\.(?=\\s+\\p{Lu})){0,60}?(?:\\s*\\([^()]{1,24}\\))?),[^“”"]{1,200}?,\\s+(${VERB})\\b`, 'u');
// Before an opening mark: `Tillerson said, ` / `He said, ` / `saying ` / `told reporters: `.
const BEFORE_QUOTE = new RegExp(`(?:^|[\\s(])(${VERB})(?:(?:\\s+(?:reporters|journalists|that|him|her|them|us|me|the\\s+crowd|supporters|lawmakers|CNN|Fox(?:\\s+News)?))?\\s*[,:]?|(?:\\s+[^\\s,;:.“”"]+){1,8}\\s*[,:])\\s*$`, 'u');
/** A nominal source right before the cue: "a senior official", "the poll", "many analysts". */
const NOMINAL_SOURCE =
  /(?:^|[\s,])(?:[Tt]he|[Aa]n?|[Aa]nother|[Ss]ome|[Mm]any|[Mm]ost|[Oo]ne|[Tt]wo|[Ss]everal)\s+(?:[\p{L}’'-]+\s+){0,3}(?:source|sources|official|officials|poll|polls|survey|surveys|report|reports|study|studies|statement|spokesman|spokeswoman|spokesperson|analysts?|experts?|critics?|aides?|advisers?|advisors?|group|campaign|committee|agency|police|authorities|court|judge|prosecutors?|lawyers?|attorneys?|researchers?|economists?|diplomats?|residents?|witnesses|witness|voters|supporters|lawmakers|senators|leaders?|ministry|government|administration|officer|officers)\s*$/u;

// Inverted reported speech: `CLAUSE, SPEAKER CUE (time)?.` or `CLAUSE, CUE SPEAKER.` — the whole sentence.
const INVERTED = new RegExp(
  `^(.{12,}?)(?:,|,(?:[”"]|''))\\s+(?:(?:(${PRONOUN}|the\\s+[a-z]+(?:\\s+[a-z]+)?|${DESCRIPTORS}[\\p{Lu}][\\p{L}\\p{M}.'’-]*(?:\\s+(?:[\\p{Lu}][\\p{L}\\p{M}.'’-]*|of|de|van|von|al|the)){0,6}(?:\\s*\\([^()]{1,24}\\))?)\\s+(?:also\\s+|later\\s+)?(${VERB}))|(?:(${VERB})\\s+(${PRONOUN}|the\\s+[a-z]+(?:\\s+[a-z]+)?|${DESCRIPTORS}[\\p{Lu}][\\p{L}\\p{M}.'’-]*(?:\\s+(?:[\\p{Lu}][\\p{L}\\p{M}.'’-]*|of|de|van|von|al)){0,5}(?:\\s*\\([^()]{1,24}\\))?)))${TIME}(?:,[^,“”"]{0,80})?[.!?]?$`,
  'u',
);
// The attribution inside the sentence: `CLAUSE, SPEAKER CUE (time)?, CLAUSE` — the whole sentence is reported.
const MIDDLE = new RegExp(`^(.{12,}?),\\s+(${PRONOUN}|the\\s+[a-z]+(?:\\s+[a-z]+)?|[\\p{Lu}][^,;:!?“”"]{0,60}?)\\s+(${VERB})${TIME},\\s+(.{8,})$`, 'u');
// Reported speech: `SPEAKER (, appositive,)? (also)? CUE (recipient)? (time)? (that)? CLAUSE`
const REPORTED = new RegExp(`\\b(${VERB})${TIME}(\\s+that\\b|,?\\s+(?=[\\p{L}“"]))`, 'gu');
const ACCORDING = /\baccording to\s+/g;
// Cue forms that are also plural nouns ("U.S. claims that …"): only a person or pronoun makes them speech.
const AMBIGUOUS_NOUN_CUES = new Set(['claims', 'reports', 'notes', 'charges', 'answers', 'states', 'remarks', 'promises', 'demands', 'estimates', 'warnings', 'denies', 'fears', 'hopes', 'thinks', 'signals', 'counters', 'pledges', 'vows', 'statements']);
// Passives ("was told", "is said"), relatives and infinitives; perfect tenses ("has said") are the speaker's.
const NOT_SPEECH_BEFORE = /\b(?:was|were|been|be|being|is|are|who|which|to|not|never)\s*$/;

export function extractQuotes({ body, sentences, entities }: QuoteInput): Quote[] {
  const mentions = mentionRefs(entities);
  const roles = roleIndex(entities);
  const reported = findReported(body, sentences, mentions, roles).sort((a, b) => a.quote.start - b.quote.start);
  const direct = findDirect(body, sentences, mentions, roles, reported);
  const all = [...direct, ...reported.map((r) => r.quote)].filter((q) => q.text.trim().length > 0);
  resolvePronouns(all, body, sentences, mentions, entities);
  for (const q of direct) {
    const from = inheritance.get(quoteKey(q.start));
    if (from && q.speakerId === null) q.speakerId = from.speakerId;
  }
  inheritance.clear();
  for (const q of all) q.aboutIds = aboutIds(q, mentions);
  return all.sort((a, b) => a.start - b.start || Number(b.direct) - Number(a.direct));
}

function isPerson(id: string | null, mentions: MentionRef[]): boolean {
  return !!id && mentions.some((m) => m.entityId === id && m.type === 'Person');
}

/** Index of the first mention starting at or after `offset` (mentions are sorted by start): keeps lookups O(log n). */
function firstFrom(mentions: MentionRef[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function mentionRefs(entities: Entity[]): MentionRef[] {
  const refs: MentionRef[] = [];
  for (const e of entities) for (const m of e.mentions) refs.push({ start: m.start, end: m.end, entityId: e.id, type: e.type });
  return refs.sort((a, b) => a.start - b.start);
}

function roleIndex(entities: Entity[]): Map<string, string> {
  const byRole = new Map<string, string>();
  for (const e of entities) {
    if (e.type !== 'Person' || !e.role) continue;
    for (const noun of ROLE_NOUNS) if (e.role.toLowerCase().includes(noun) && !byRole.has(noun)) byRole.set(noun, e.id);
  }
  return byRole;
}

/** The entity named inside [start, end), preferring people, then the last one (closest to a cue). */
function entityIn(mentions: MentionRef[], start: number, end: number, prefer: 'first' | 'last' = 'last'): string | null {
  let best: MentionRef | undefined;
  for (let i = firstFrom(mentions, start); i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start >= end) break;
    if (m.end > end) continue;
    if (m.type === 'Event') continue;
    if (!best || (m.type === 'Person' && best.type !== 'Person') || (m.type === best.type && prefer === 'last')) best = m;
  }
  return best?.entityId ?? null;
}

function speakerFromText(text: string, offset: number, mentions: MentionRef[], roles: Map<string, string>, prefer: 'first' | 'last' = 'last'): SpeakerRef | null {
  const trimmed = text.trim();
  const lead = offset + text.indexOf(trimmed);
  if (/^(?:he|she|they)$/i.test(trimmed)) return { start: lead, end: lead + trimmed.length, entityId: null, pronoun: trimmed.toLowerCase() };
  const id = entityIn(mentions, lead, lead + trimmed.length, prefer);
  if (id) return { start: lead, end: lead + trimmed.length, entityId: id };
  const role = /^the\s+(.+)$/i.exec(trimmed);
  if (role) {
    const noun = role[1].toLowerCase();
    for (const [r, pid] of roles) if (noun.endsWith(r)) return { start: lead, end: lead + trimmed.length, entityId: pid };
  }
  return null;
}

interface Reported {
  quote: Quote;
  speaker: SpeakerRef | null;
}

function findReported(body: string, sentences: Sentence[], mentions: MentionRef[], roles: Map<string, string>): Reported[] {
  const out: Reported[] = [];
  for (const s of sentences) {
    const text = s.text;
    REPORTED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = REPORTED.exec(text))) {
      const cue = m[1];
      if (!SPEECH_VERBS.has(cue.toLowerCase())) continue;
      const before = text.slice(0, m.index);
      // "was told", "is said" are passive; "is claiming", "was saying" are the speaker at it.
      if (NOT_SPEECH_BEFORE.test(before) && !(/ing$/i.test(cue) && /(?:\b(?:is|was|are|were|been)|[’']s)\s*$/.test(before))) continue;
      // An unnamed source ("a senior official said", "the poll found") is still an attribution: speaker null.
      const speaker =
        subjectBefore(before, s.start, mentions, roles) ??
        (NOMINAL_SOURCE.test(before) ? { start: 0, end: 0, entityId: null } : null) ??
        participleSubject(text, before, cue, s, mentions) ??
        sentenceSubject(text, before, s, mentions);
      if (!speaker) continue;
      if (AMBIGUOUS_NOUN_CUES.has(cue.toLowerCase()) && !speaker.pronoun && !isPerson(speaker.entityId, mentions)) continue;
      let contentStart = m.index + m[0].length;
      while (/\s/.test(text[contentStart] ?? '')) contentStart++;
      const hasThat = /that\b/.test(m[2] ?? '');
      // "told Fox Business Network’s Maria Bartiromo that …": skip the listener up to "that".
      if (/^(?:tell|tells|told|telling|inform|informs|informed|assured|assure|assures|warned|warn|warns|urged)$/i.test(cue) && !hasThat) {
        const that = /^(?:[^.;:“”"]|[“"][^“”"]{1,40}[”"]){0,120}?\bthat\s+/.exec(text.slice(contentStart));
        // "urged supporters to monitor polling places": a request is reported as its addressee and what they should do.
        const request = that ? null : /^(?:[\p{L}’'-]+\s+){1,5}?(?:not\s+)?to\s+\p{Ll}/u.exec(text.slice(contentStart));
        if (!that && !(request && /^(?:tell|tells|told|telling|warned|warn|warns|urged)$/i.test(cue))) continue;
        if (that) contentStart += that[0].length;
      } else if (!hasThat && /^(?:ask|asks|asked|urge|urges|call on|calls on|called on|encourage|encourages|encouraged)$/i.test(cue)) {
        if (!/^(?:[\p{L}’'-]+\s+){1,5}?(?:not\s+)?to\s+\p{Ll}/u.test(text.slice(contentStart))) continue;
      } else if (!hasThat && !/^(?:say|says|said|saying|add|adds|added|claim|claims|claimed|argue|argues|argued|insist|insists|insisted|believe|believes|believed|think|thinks|thought|predicted|predicts|warned|warns|wrote|writes|tweeted|tweets|announced|announces|acknowledged|admitted|suggested|suggests|noted|notes|stressed|stresses|declared|explained|confirmed|denied|conceded|contended|maintained|hoped|feared|estimated|indicated)$/i.test(cue) && !/^(?:he|she|they|it|we|I|there)\s+(?:\p{Ll}+\s+)?\p{Ll}/u.test(text.slice(contentStart))) {
        // other speech verbs report a bare clause only when a subject pronoun opens it ("asserted she could …")
        continue;
      }
      // "said he told Putin that …": the reported content is what was told.
      const nested = /^(?:he|she|they|I|we)\s+(?:had\s+)?(?:told|said\s+to|assured|warned)\s+[^.;“”"]{1,60}?\s+that\s+/.exec(text.slice(contentStart));
      if (nested) contentStart += nested[0].length;
      let rest = text.slice(contentStart);
      // "tweeted that, “For those …”": a that-clause in quotation marks is reported speech quoting the words.
      if (hasThat) {
        const comma = /^,\s*(?=[“"«]|'')/.exec(rest);
        if (comma) {
          contentStart += comma[0].length;
          rest = text.slice(contentStart);
        }
      }
      if (/^(?:[“"«]|'')/.test(rest) && !hasThat) continue; // a direct quote follows: handled there
      // "He noted that, like him, Mrs. Clinton had been …": the clause goes on after the comma.
      if (hasThat && /^,\s+\p{L}/u.test(rest)) {
        contentStart += /^,\s+/.exec(rest)![0].length;
        rest = text.slice(contentStart);
      }
      if (/^(?:,|the\s+need\b|no\b|nothing\b|so\b|yes\b|it\b\s*[.,]|and\b|but\b|or\b)/iu.test(rest) || (!hasThat && /^\p{Ll}+ing\b/u.test(rest))) continue;
      // "Cruz said at the time.", "said of the election": a prepositional phrase is no reported clause.
      const PREPOSITION = /^(?:at|in|on|during|after|before|of|about(?!\s+\d)|with|from|for|to|through|via|as|earlier|later|afterward|afterwards|again|then)\b/i;
      if (PREPOSITION.test(rest)) {
        // "said on “Fox News Sunday,” that …": the clause starts after "that"; "said after the convention he would …":
        // at the subject pronoun after a short phrase.
        const that = /^[^.;]{0,100}?\bthat\s+/.exec(rest) ?? /^(?:[^\s,.;“”"]+\s+){1,6}?(?=(?:he|she|they|we|I|it|there)\s+\p{Ll})/u.exec(rest);
        if (!that) continue;
        contentStart += that[0].length;
        rest = text.slice(contentStart);
      }
      if (wordCount(rest.slice(0, clauseEnd(rest))) < 3) continue;
      const pushedFrom = out.length;
      pushClauses(out, text, s, contentStart, cue, speaker);
      // Another report may follow the clause ("…, though she acknowledged it was unlikely"): scan on after it.
      const lastEnd = out.length > pushedFrom ? out[out.length - 1].quote.end - s.start : contentStart;
      REPORTED.lastIndex = Math.max(REPORTED.lastIndex, lastEnd);
    }
    const last = out[out.length - 1];
    if (!out.length || last.quote.sentence?.start !== s.start || last.quote.start > s.start + 12) {
      // Content first, attribution last: "Clinton leads by four points, the poll found." / "…, said Lavrov."
      const inv = INVERTED.exec(text);
      const verb = inv ? (inv[3] ?? inv[4]) : '';
      // "The country “has made dramatic changes for the better,” McConnell said": the closing mark after the comma
      // belongs to the content, which quotes the speaker's words inside the reporter's.
      const closing = inv ? (/^,(”|"|'')/.exec(text.slice(inv[1].length))?.[1] ?? '') : '';
      const clause = inv ? inv[1] + (closing ? `,${closing}` : '') : ''; // the body's own characters, in order
      if (inv && SPEECH_VERBS.has(verb.toLowerCase()) && balancedMarks(clause) && !isWholeQuote(clause)) {
        const who = inv[2] ?? inv[5];
        const whoAt = s.start + inv[0].lastIndexOf(who);
        const speaker = speakerFromText(who, whoAt, mentions, roles, inv[5] ? 'first' : 'last');
        // "…, he said, for how the industry can …": a tail that continues the clause belongs to the content.
        const tail = /,\s*(\p{Ll}[^,“”"]*)[.!?]?$/u.exec(inv[0].slice(inv[1].length + 1));
        // …but an appositive ("…, said Sergey Lavrov, the foreign minister") or an adjunct ("…, adding …") does not.
        const continues = !!tail && /^(?:for|to|of|about|because|that|if|so|since|unless|whether)\b/.test(tail[1]);
        const content = (continues ? text.replace(/[\s.!?]+$/, '') : clause).replace(/[\s,;:—–-]+$/, '');
        if (speaker && wordCount(content) >= 4) {
          out.push({
            quote: {
              speakerId: speaker.entityId,
              text: content,
              direct: false,
              start: s.start,
              end: s.start + content.length,
              cue: verb.toLowerCase(),
              sentence: { start: s.start, end: s.end },
              ...(speaker.pronoun ? { pronoun: speaker.pronoun } : {}),
            } as Quote,
            speaker,
          });
        }
      }
    }
    if (!out.length || out[out.length - 1].quote.sentence?.start !== s.start) {
      // The attribution in the middle: "He has come up with a model, he said, for how the industry can …".
      const mid = MIDDLE.exec(text);
      if (mid && SPEECH_VERBS.has(mid[3].toLowerCase()) && balancedMarks(text) && !/^(?:[“"«]|'')/.test(mid[1]) && !/^\s*(?:[“"«]|'')/.test(mid[4]) && /^\s*\p{Ll}/u.test(mid[4])) {
        const speaker = speakerFromText(mid[2], s.start + mid[1].length + mid[0].slice(mid[1].length).indexOf(mid[2]), mentions, roles);
        const content = text.replace(/[\s.!?]+$/, '');
        if (speaker && wordCount(mid[1]) + wordCount(mid[4]) >= 5) {
          out.push({
            quote: { speakerId: speaker.entityId, text: content, direct: false, start: s.start, end: s.start + content.length, cue: mid[3].toLowerCase(), sentence: { start: s.start, end: s.end }, ...(speaker.pronoun ? { pronoun: speaker.pronoun } : {}) } as Quote,
            speaker,
          });
        }
      }
    }
    if (!out.length || out[out.length - 1].quote.sentence?.start !== s.start) {
      const clause = clauseAttribution(text, s, mentions);
      if (clause) pushClauses(out, text, s, clause.contentStart, clause.cue, clause.speaker);
    }
    // Headlines: "Pence: Gennifer Flowers Won’t Be at Debate", "Obama Says Museum Will Tell of …", "…, Graham Says".
    if (isHeadline(body, s) && (!out.length || out[out.length - 1].quote.sentence?.start !== s.start)) {
      const h = HEADLINE_COLON.exec(text) ?? HEADLINE_SAYS_FIRST.exec(text);
      const last = h ? null : HEADLINE_SAYS_LAST.exec(text);
      const who = h ? h[1] : last?.[2];
      const what = h ? h[2] : last?.[1];
      if (who && what && !isWholeQuote(what)) {
        const at = s.start + text.indexOf(who);
        const speakerId = entityIn(mentions, at, at + who.length);
        const content = what.replace(/[\s.!?]+$/, '');
        const cs = s.start + text.indexOf(what);
        if (speakerId && wordCount(content) >= 3) {
          out.push({
            quote: { speakerId, text: content, direct: false, start: cs, end: cs + content.length, cue: h && HEADLINE_COLON.test(text) ? ':' : 'says', sentence: { start: s.start, end: s.end } },
            speaker: { start: at, end: at + who.length, entityId: speakerId },
          });
        }
      }
    }
    ACCORDING.lastIndex = 0;
    const acc = ACCORDING.exec(text);
    if (acc) {
      const after = text.slice(acc.index + acc[0].length);
      const srcEnd = /[,.;]/.exec(after)?.index ?? after.length;
      const speakerId = entityIn(mentions, s.start + acc.index + acc[0].length, s.start + acc.index + acc[0].length + srcEnd);
      let contentStart: number;
      let contentEnd: number;
      if (acc.index > 0) {
        contentStart = 0;
        contentEnd = acc.index;
      } else {
        contentStart = acc[0].length + srcEnd + 1;
        contentEnd = text.length;
      }
      const raw = text.slice(contentStart, contentEnd);
      const trimmed = raw.replace(/^[\s,]+/, '').replace(/[\s,.;]+$/, '');
      if (wordCount(trimmed) >= 3 && speakerId) {
        const st = s.start + contentStart + raw.indexOf(trimmed);
        out.push({
          quote: { speakerId, text: trimmed, direct: false, start: st, end: st + trimmed.length, cue: 'according to', sentence: { start: s.start, end: s.end } },
          speaker: { start: 0, end: 0, entityId: speakerId },
        });
      }
    }
  }
  return out;
}

// A second report by the same subject: ", and criticized …", " but he said that …", " — and he noted that …".
const COORDINATED = /(?:,\s*|\s+)(?:—\s*)?(?:and|but)\s+(?:(he|she|they)\s+)?(?:also\s+|later\s+|then\s+)?(\p{Ll}{3,}ed|said|says|told|tells|wrote|writes|thought|thinks|adds|notes|warns|argues|insists|vowed|vows|promised|promises|pledged)\b(\s+that\b)?\s*/u;

/**
 * The reported clause starting at `contentStart`, cut where a coordinated report by the same speaker begins, and
 * that report too ("Graham said the party must act, and warned that time was short" → two clauses).
 */
function pushClauses(out: Reported[], text: string, s: Sentence, contentStart: number, cue: string, speaker: SpeakerRef, depth = 0): void {
  const rest = text.slice(contentStart);
  let end = clauseEnd(rest);
  // The report ends where the reporter's own words begin: a relative or adverbial clause, a participle, a new
  // subject after ", and"/", but", or an adjunct saying where and when it was said.
  const BOUNDARY_RE = /\s+[—–]\s+|;\s|,\s+(?:which|who|whom|whose|where|while|although|though|because|since|but|as\s+(?:he|she|they|it)\b|and\s+(?:he|she|they|it|we|I|the\s+\p{Ll}+)\s|and\s+\p{Lu}|\p{Ll}+ing\b)|\s+(?:during\s+(?:a|an|the|his|her)|in\s+(?:a|an)\s+(?:ruling|statement|interview|speech|tweet|letter|post|email|op-ed)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Twitter|Facebook)|in\s+early-morning)\b/gu;
  let boundary: RegExpExecArray | null = null;
  // Not inside the speaker's own quoted words: "''for the nation's rights, knowing that …''".
  for (let b = BOUNDARY_RE.exec(rest.slice(0, end)); b; b = BOUNDARY_RE.exec(rest.slice(0, end))) if (!insideQuotation(rest, b.index)) {
    boundary = b;
    break;
  }
  // "… would be more intense — and he noted that …": a coordinated report may follow the dash.
  const found = COORDINATED.exec(rest.slice(0, end));
  // Only a verb of speech or stance, a that-clause or a new subject starts a report: "unsubstantiated and fabricated" does not.
  const co = found && (found[1] || found[3] || SPEECH_VERBS.has(found[2]) || STANCE_VERBS.has(found[2])) ? found : null;
  if (boundary && (!co || boundary.index < co.index - 3)) end = boundary.index;
  if (co && co.index <= end + 3 && wordCount(rest.slice(0, co.index)) >= 3) end = co.index;
  // A quotation left open at the end closes with its mark: "… “for the nation’s rights, … have them.”".
  const closing = insideQuotation(rest, end) ? /^[.!?]?(?:[”"»]|'')/.exec(rest.slice(end)) : null;
  if (closing) end += closing[0].length;
  const content = rest.slice(0, end).replace(/[\s,;:—–-]+$/, '');
  if (wordCount(content) >= (/^to\s/.test(content) ? 2 : 3)) { // "declined to comment"
    out.push({
      quote: {
        speakerId: speaker.entityId,
        text: content,
        direct: false,
        start: s.start + contentStart,
        end: s.start + contentStart + content.length,
        cue: cue.toLowerCase(),
        sentence: { start: s.start, end: s.end },
        ...(isStanceCue(cue.toLowerCase()) ? { stance: true } : {}),
        ...(speaker.pronoun ? { pronoun: speaker.pronoun } : {}),
      } as Quote,
      speaker,
    });
  }
  if (!co || end !== co.index || depth > 2) return;
  // The coordinated verb reports too when it is a speech verb or takes a that-clause.
  const verb = co[2];
  if (!co[3] && !SPEECH_VERBS.has(verb)) return;
  const next = contentStart + co.index + co[0].length;
  if (/^(?:[“"«]|'')/.test(text.slice(next)) && !co[3]) return; // a direct quote: handled there
  pushClauses(out, text, s, next, verb, co[1] ? { ...speaker } : speaker, depth + 1);
}

/**
 * The sentence's subject speaks when the cue is its second verb ("Mr. Schultz supported Democrats …, and said …") or
 * follows a long appositive ("Donna Sampson Rawlings, 59, of Ashton, Md., who watched …, said"): the sentence opens
 * with a person's name (or he/she) and the cue comes after "and" or a comma.
 */
function sentenceSubject(text: string, before: string, s: Sentence, mentions: MentionRef[]): SpeakerRef | null {
  if (!/(?:,|\band)\s*$/.test(before)) return null;
  const pronoun = /^(He|She)\s/.exec(text);
  if (pronoun) return { start: s.start, end: s.start + pronoun[1].length, entityId: null, pronoun: pronoun[1].toLowerCase() };
  const first = firstSubject(s, mentions);
  if (!first || first.start - s.start > 40 || /[.;:!?]/.test(text.slice(0, first.start - s.start))) return null;
  // Only a name at the head of the sentence, not one inside a prepositional phrase ("In a talk with Trump, …").
  if (!/^(?:(?:[\p{Lu}][\p{L}.’'-]*|the|The|a|A)\s+){0,4}$/u.test(text.slice(0, first.start - s.start))) return null;
  const after = text.slice(first.end - s.start, first.end - s.start + 3);
  if (!/^(?:,|\s+\p{Ll})/u.test(after)) return null;
  return first;
}

/** "…, saying the deal was dead": a participle after a comma reports what the sentence's subject said. */
function participleSubject(text: string, before: string, cue: string, s: Sentence, mentions: MentionRef[]): SpeakerRef | null {
  if (!/ing$/i.test(cue) || !/,\s*$/.test(before)) return null;
  const pronoun = /^\s*(He|She)\b/.exec(text);
  if (pronoun) return { start: s.start + pronoun.index, end: s.start + pronoun.index + pronoun[1].length, entityId: null, pronoun: pronoun[1].toLowerCase() };
  const first = firstSubject(s, mentions);
  return first && first.start < s.start + before.length ? first : null;
}

const THINKING_VERBS = new Set(['knows', 'feels', 'worries', 'recognizes', 'understands', 'realizes', 'hears', 'reckons', 'assumes', 'doubts', 'expects', 'figures', 'guesses', 'imagines', 'learns', 'remembers', 'sees', 'senses', 'supposes', 'suspects', 'trusts', 'wishes', 'wonders', 'agrees', 'concludes', 'decides', 'demands', 'proposes', 'recommends', 'stipulates']);

/** Verbs that take a that-clause but never report what someone said (“it means that”, “so that”). */
const NOT_ATTRIBUTING = new Set(['is', 'was', 'has', 'does', 'means', 'meant', 'seems', 'seemed', 'ensures', 'ensured', 'requires', 'required', 'provides', 'provided', 'assumes', 'was', 'makes', 'made']);
// SUBJECT (adverbs) VERB that CLAUSE — "Clinton acknowledged that …", "He disclosed that …" — for any verb: the
// person (or pronoun) states, knows or believes the clause.
const THAT_CLAUSE = /(?:^|[\s,;(])((?:[Hh]e|[Ss]he)|[\p{Lu}][\p{L}\p{M}’'.-]+)((?:[’'](?:s|ll|d)\b)?(?:\s+(?:also|has|have|had|later|repeatedly|previously|again|publicly|privately|now|still|even|then|long|never|often|once|reportedly|\p{Ll}+ly))*)\s+(\p{Ll}{3,}(?:ed|es|s))\s+that\s+/u;
// SUBJECT (aux) VERB to … — "Trump refuses to release his tax returns", "Mr. Clarke planned to revitalize …".
const INTENTION = /(?:^|[\s,;(])((?:[Hh]e|[Ss]he)|[\p{Lu}][\p{L}\p{M}’'.-]+)((?:[’'](?:s|ll|d)\b)?(?:\s+(?:also|has|have|had|would|will|later|repeatedly|previously|again|publicly|now|still|even|then|long|never|reportedly))*)\s+(wants?|wanted|plans?|planned|refuses?|refused|pledged?|pledges|promised?|promises|vow(?:s|ed)?|threaten(?:s|ed)?|agreed?|agrees|declined?|declines|hopes?|hoped|intends?|intended|seeks?|sought|aims?|aimed|offers?|offered|proposed?|proposes|expects?|expected|insists?|insisted)\s+(to\s+\p{Ll})/u;

// SUBJECT (aux) STANCE-VERB OBJECT — "Clinton cited derogatory comments …", "Donald Trump is defending his tweets".
const STANCE = new RegExp(`(?:^|[\\s,;(])((?:[Hh]e|[Ss]he)|[\\p{Lu}][\\p{L}\\p{M}’'.-]+)((?:[’'](?:s|ll|d)\\b)?(?:\\s+(?:also|has|have|had|is|was|are|were|has\\s+been|have\\s+been|would|will|later|repeatedly|previously|again|publicly|now|still|even|then|long|never|reportedly|just|recently|\\p{Ll}+ly))*)\\s+(${STANCE_VERB_PATTERN})\\s+()(?=[\\p{L}\\d“"$])`, 'u');
// A stance verb right before an opening mark: `Trump attacked “…`.
const STANCE_BEFORE_QUOTE = new RegExp(`(?:^|\\s)(${STANCE_VERB_PATTERN})\\s*[,:]?\\s*$`, 'u');
const SPEECH_VERB_WORD = new RegExp(`\\b(?:${VERB})\\b`, 'u');
// "Clinton called Wells Fargo’s behavior “outrageous”": naming something in quoted words is a stance too (but not
// "called a press conference": the words must be quoted).
const CALLED_QUOTED = /(?:^|[\s,;(])((?:[Hh]e|[Ss]he)|[\p{Lu}][\p{L}\p{M}’'.-]+)((?:[’'](?:s|ll|d)\b)?(?:\s+(?:also|has|have|had|is|was|would|later|repeatedly|previously|again|publicly|now|once|even|then|\p{Ll}+ly))*)\s+(called|calls|calling|dubbed|dubs|labeled|labelled|labels|branded|brands)\s+()(?=[^.;“”"]{1,80}[“"])/u;
// "…, citing derogatory comments …": a stance participle after a comma is the sentence subject's.
const STANCE_PARTICIPLE = new RegExp(`,\\s+(${STANCE_VERB_PATTERN})\\s+(?=[\\p{L}\\d“"$])`, 'u');

// SUBJECT (aux) VERB (particle) OBJECT for any verb: kept when WordNet files the verb's main sense under communication.
const SUBJECT_VERB = /(?:^|[\s,;(])((?:[Hh]e|[Ss]he)|[\p{Lu}][\p{L}\p{M}’'.-]+)((?:[’'](?:s|ll|d)\b)?(?:\s+(?:also|has|have|had|is|was|are|were|would|will|later|repeatedly|previously|again|publicly|now|still|even|then|long|never|reportedly|just|recently|\p{Ll}+ly))*)\s+(\p{Ll}{3,})(?:\s+(?:for|on|to|about|against|with|at|of))?\s+()(?=[\p{L}\d“"$])/gu;
/** Communication verbs whose object is a person or a channel, not something put forward. */
const NOT_STANCE = new Set(['call', 'phone', 'telephone', 'contact', 'email', 'text', 'message', 'page', 'greet', 'introduce', 'sign', 'wave', 'nod', 'gesture', 'motion', 'ask', 'tell', 'inform', 'thank', 'address', 'interview', 'consult', 'meet', 'visit', 'invite', 'answer', 'reply', 'respond', 'read', 'write', 'publish', 'post', 'order', 'command', 'direct', 'permit', 'allow', 'let', 'excuse', 'forgive', 'pardon', 'bless', 'swear', 'pray']);

/** A cue that is no speech verb but one of stance or communication: "cited", "questioned", "called … “…”". */
function isStanceCue(cue: string): boolean {
  if (SPEECH_VERBS.has(cue)) return false;
  return STANCE_VERBS.has(cue) || /^(?:call|dub|label|brand)/.test(cue) || isCommunicationVerb(cue.split(' ')[0]);
}

/** The first subject–verb–object whose verb is one of communication (not speech: those report clauses). */
function communicationStance(text: string): RegExpExecArray | null {
  SUBJECT_VERB.lastIndex = 0;
  for (let m = SUBJECT_VERB.exec(text); m; m = SUBJECT_VERB.exec(text)) {
    const verb = m[3];
    // A verb of thought reports only a clause: "He realized he had lost", "recalled she was there".
    const clause = /^(?:he|she|they|we|I|it|there)\s+\p{Ll}/u.test(text.slice(m.index + m[0].length));
    if (SPEECH_VERBS.has(verb) || !(isCommunicationVerb(verb) || (clause && isCommunicationOrCognitionVerb(verb)))) continue;
    // An inflected verb (a bare form after a name is more often a noun: "Trump will", "Air Force general"), and no
    // passive: "Cruz was booed" names the target, not the source.
    if (!/(?:ed|s|ing)$/.test(verb) && !/^(?:knew|felt|sought|spoke|wrote|told|thought|swore|taught|meant|forbade)$/.test(verb)) continue;
    if (/ed$/.test(verb) && /\b(?:is|was|are|were|been|be)\s*$/.test(m[2])) continue;
    if (/^(?:fac|fil|issu|record|devot|interrupt|mark|label|flag|list|post|cable|wire|signal|charg)/.test(verb)) continue;
    // "spoke about her ties to black churches" reports a topic; "spoke on Sunday" does not.
    if (/^(?:spoke|speak|speaks|speaking|spoken|talk|talks|talked|talking|chat|chats|chatted|lectured?|preached?|testified|testifies)$/.test(verb) && !/\s(?:about|of)\s+$/.test(m[0])) continue;
    if (/^(?:call|phone|telephone|contact|email|text|message|page|greet|introduce|sign|wave|nod|gesture|motion|ask|tell|inform|thank|address|interview|consult|meet|visit|invite|answer|reply|respond|read|write|publish|post|order|command|direct|permit|allow|let|excuse|forgive|pardon|bless|swear|pray)(?:s|es|ed|d|ing)?$/.test(verb)) continue;
    return m;
  }
  return null;
}

/** A that-clause, an intention or a stance whose subject is a named person or a pronoun: what PolNeAR calls an attribution. */
function clauseAttribution(text: string, s: Sentence, mentions: MentionRef[]): { contentStart: number; cue: string; speaker: SpeakerRef } | null {
  const participle = STANCE_PARTICIPLE.exec(text);
  if (participle && /ing$/.test(participle[1].split(/\s+/)[0])) {
    const speaker = participleSubject(text, text.slice(0, participle.index + 1), participle[1].split(/\s+/)[0], s, mentions);
    const contentStart = participle.index + participle[0].length;
    if (speaker && wordCount(text.slice(contentStart, contentStart + clauseEnd(text.slice(contentStart)))) >= 2) return { contentStart, cue: participle[1].toLowerCase(), speaker };
  }
  const thatHit = THAT_CLAUSE.exec(text);
  const m = thatHit ?? INTENTION.exec(text) ?? STANCE.exec(text) ?? CALLED_QUOTED.exec(text) ?? communicationStance(text);
  if (!m) return null;
  const verb = m[3].toLowerCase().replace(/\s+/g, ' ');
  // A present-tense -s form before "that" may be a plural noun ("the Patriot mines that …"): only verbs of thought or speech.
  if (m === thatHit && /[^e]s$|es$/.test(verb) && !/ed$/.test(verb) && !SPEECH_VERBS.has(verb) && !THINKING_VERBS.has(verb) && !isCommunicationOrCognitionVerb(verb)) return null;
  if (NOT_ATTRIBUTING.has(verb) || (m[0].includes(' that') && SPEECH_VERBS.has(verb) === false && /(?:ness|ress|ss)$/.test(verb))) return null;
  const subjectStart = s.start + m.index + m[0].indexOf(m[1]);
  const subjectEnd = subjectStart + m[1].length;
  let speaker: SpeakerRef | null = null;
  if (/^(?:he|she)$/i.test(m[1])) speaker = { start: subjectStart, end: subjectEnd, entityId: null, pronoun: m[1].toLowerCase() };
  else {
    const i = firstFrom(mentions, subjectStart - 80);
    for (let k = i; k < mentions.length && mentions[k].start < subjectEnd; k++) {
      const mention = mentions[k];
      if (mention.end === subjectEnd && mention.type !== 'Event') speaker = { start: mention.start, end: mention.end, entityId: mention.entityId };
    }
  }
  if (!speaker) return null;
  // "stood by U.S. claims that …": after a body's name a verb in -s may be a plural noun; people and pronouns are safe.
  if (!speaker.pronoun && !isPerson(speaker.entityId, mentions) && /s$/.test(verb)) return null;
  const isIntention = !/that\s+$/.test(m[0]);
  const contentStart = m.index + m[0].length - (isIntention ? (m[4] ?? '').length : 0);
  const rest = text.slice(contentStart);
  const content = rest.slice(0, clauseEnd(rest));
  if (wordCount(content) < (isIntention && m[4] ? 2 : 3) || isWholeQuote(content)) return null;
  return { contentStart, cue: verb, speaker };
}

const HEADLINE_COLON = /^([\p{Lu}][^:“”"]{1,40}?):\s+(.{8,})$/u;
const HEADLINE_SAYS_FIRST = /^([\p{Lu}][\p{L}\p{M} .'’-]{1,40}?)\s+(?:Says|Warns|Tells|Urges|Claims)\s+(.{8,})$/u;
const HEADLINE_SAYS_LAST = /^(.{8,}?),\s+([\p{Lu}][\p{L}\p{M} .'’-]{1,40}?)\s+(?:Says|Said|Warns|Claims)\.?$/u;

/** A line of its own that is a headline: the article's first line, or a title-case line without a closing period. */
function isHeadline(body: string, s: Sentence): boolean {
  const lineStart = body.lastIndexOf('\n', s.start - 1) + 1;
  const lineEnd = body.indexOf('\n', s.end);
  if (body.slice(lineStart, s.start).trim() || body.slice(s.end, lineEnd < 0 ? body.length : lineEnd).trim()) return false;
  const words = s.text.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return s.paragraph === 0 || (words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.7);
}

/** The mention's text, read from the clause it ends (offset is the clause's position in the body). */
function body_(m: MentionRef, offset: number, clause: string): string {
  return clause.slice(Math.max(0, m.start - offset), m.end - offset);
}

/** The speaker at the end of the text before a cue: "Lavrov", "Lavrov, speaking through a translator, also", "He". */
function subjectBefore(before: string, offset: number, mentions: MentionRef[], roles: Map<string, string>): SpeakerRef | null {
  // Only the clause of this sentence counts: "… in Syria. He said" → "He said".
  const lastStop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '));
  if (lastStop >= 0 && !/(?:\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|St))$/u.test(before.slice(0, lastStop))) {
    offset += lastStop + 2;
    before = before.slice(lastStop + 2);
  }
  let t = before.replace(/\s+(?:also|later|then|again|previously|repeatedly|once|had|has|have|would|will|reportedly|earlier|publicly|privately|recently|further|now|still|just|even|often|has\s+long|long|is|was|are|were|has\s+been)\s*$/i, '').replace(/(?<=\p{L})[’']s\s*$/u, '');
  t = t.replace(/\s+(?:also|later|then)\s*$/i, '');
  t = t.replace(/\s*\([^()]{1,24}\)\s*$/, ''); // "Sen. David Perdue (R-Ga.) said"
  // Strip one trailing appositive: "Lavrov, speaking through a translator," → "Lavrov"
  const appositive = /,[^,]{1,120},\s*$/.exec(t);
  if (appositive) {
    // "The state’s campaign chairman, Phil Lovas, said": a named person in the appositive is the speaker when the
    // head before it names no one.
    const head = t.slice(0, appositive.index);
    const named = entityIn(mentions, offset + appositive.index, offset + appositive.index + appositive[0].length);
    const headNamed = /\p{Lu}/u.test(head.slice(-60)) ? entityIn(mentions, offset + Math.max(0, head.length - 60), offset + head.length) : null;
    if (named && !headNamed && isPerson(named, mentions) && !/[.!?]\s/.test(head.slice(-60))) {
      const at = offset + appositive.index;
      return { start: at, end: at + appositive[0].length, entityId: named };
    }
    t = head;
  }
  // A named body ending right before the cue: "The Trump campaign said", "Clinton’s team says".
  const trimmedEnd = offset + t.replace(/\s+$/, '').length;
  for (let i = firstFrom(mentions, trimmedEnd - 80); i < mentions.length && mentions[i].start < trimmedEnd; i++) {
    const m = mentions[i];
    if (m.end === trimmedEnd && m.type === 'Organization' && /\s/.test(body_(m, offset, t))) return { start: m.start, end: m.end, entityId: m.entityId };
  }
  const tail = /(?:^|[\s,(—–-])((?:[Hh]e|[Ss]he|[Tt]hey)|(?:the\s+[a-z]+(?:\s+[a-z]+)?)|(?:[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+(?:of|the|al|bin|de|van|von|[\p{Lu}][\p{L}\p{M}'’.-]*)){0,6}))\s*$/u.exec(t);
  if (!tail) return null;
  const start = offset + tail.index + tail[0].length - tail[1].length - (tail[0].endsWith(' ') ? 0 : 0);
  const phraseStart = offset + t.lastIndexOf(tail[1]);
  return speakerFromText(tail[1], phraseStart >= offset ? phraseStart : start, mentions, roles);
}

/** An opening mark before `at` is still open there. */
function insideQuotation(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const curly = (before.match(/[“«]/g) ?? []).length - (before.match(/[”»]/g) ?? []).length;
  const straight = (before.match(/"|''/g) ?? []).length;
  return curly > 0 || straight % 2 === 1;
}

/** The text is one quotation from its first character to its end: a direct quote, not reported speech. */
function isWholeQuote(text: string): boolean {
  const m = /^\s*(?:[“"«]|'')/.exec(text);
  if (!m) return false;
  const close = /[”"»]|''/g;
  close.lastIndex = m[0].length;
  const c = close.exec(text);
  return !c || /^[\s.,;:!?]*$/.test(text.slice(c.index + c[0].length));
}

/** As many opening as closing marks: the text does not cut a quotation in two. */
function balancedMarks(text: string): boolean {
  const opens = (text.match(/[“«]/g) ?? []).length;
  const closes = (text.match(/[”»]/g) ?? []).length;
  const straight = (text.match(/"|''/g) ?? []).length;
  return opens === closes && straight % 2 === 0;
}

/** Where a reported clause ends: the sentence end, or before a trailing attribution. */
function clauseEnd(rest: string): number {
  let end = rest.length;
  const trail = /[.!?]["”’]?\s*$/.exec(rest);
  if (trail) end = trail.index;
  return end;
}

const INTERJECTIONS = new Set(['Yes', 'No', 'Never', 'Absolutely', 'Thanks', 'Okay', 'OK', 'Right', 'Wow', 'Sure', 'Maybe', 'Exactly', 'Nothing', 'Nobody', 'Please', 'Why', 'What', 'Hello', 'Goodbye', 'Sorry', 'Agreed', 'Done', 'Wrong', 'True', 'False', 'Unbelievable', 'Disgusting', 'Sad', 'Enough']);

/** One capitalised word that is no interjection ("13th,", “Arrogant,”, ''Politicking''): a name or a title, not speech. */
function isSingleName(text: string): boolean {
  const words = text.replace(/[,.:;!?]+\s*$/, '').split(/\s+/).filter(Boolean);
  return words.length === 1 && /^[\p{Lu}\d]/u.test(words[0]) && !INTERJECTIONS.has(words[0]) && !/[!?]\s*$/.test(text);
}

const TITLE_SMALL_WORDS = new Set(['of', 'the', 'and', 'on', 'in', 'a', 'an', 'to', 'for', 'at', 'with', 'by', 'from', 'or', 'vs.', 'de']);

/** Two to eight words, every one but the small ones capitalised: a title or a slogan ("Face the Nation,"). */
function isTitleLike(text: string): boolean {
  const words = text.replace(/[,.:;]+\s*$/, '').split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 8 || /[?!]\s*$/.test(text) || /^(?:I|I['’]\w+)$/.test(words[0])) return false;
  return /^[\p{Lu}\d]/u.test(words[0]) && words.every((w) => /^[\p{Lu}\d“"(]/u.test(w) || TITLE_SMALL_WORDS.has(w));
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

interface Span {
  open: number; // index of the opening mark
  close: number; // index of the closing mark (or paragraph end when unclosed)
  /** Width of the marks: 2 for the doubled apostrophes of some archives (''…''), else 1. */
  openWidth: number;
  closeWidth: number;
}

/** Pairs quotation marks paragraph by paragraph; a quote left open continues when the next paragraph opens with a mark. */
function quoteSpans(body: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let openWidth = 1;
  let depth = 0; // curly quotes opened inside the open one
  let i = 0;
  const n = body.length;
  for (; i < n; i++) {
    let c = body[i];
    if (c === '\n') {
      if (open >= 0) {
        // Continue only when the next paragraph opens with a quotation mark.
        let j = i;
        while (j < n && /\s/.test(body[j])) j++;
        // A straight mark that opened a block quote does not pair with the curly quote of the next paragraph.
        if (j < n && body[j] === '“' && body[open] === '"') {
          open = -1;
          i = j - 1;
          continue;
        }
        if (j < n && (OPEN.has(body[j]) || body.startsWith("''", j)) && i - open < MAX_QUOTE) {
          i = j + (body.startsWith("''", j) ? 1 : 0);
          continue;
        }
        open = -1; // unclosed: drop, an unbalanced mark must not swallow the article
      }
      continue;
    }
    // Two apostrophes stand for a straight double quote in some archives ("''This isn't tax reform,'' said …").
    const width = c === "'" && body[i + 1] === "'" ? 2 : 1;
    if (width === 2) c = '"';
    if (!OPEN.has(c) && !CLOSE.has(c)) continue;
    const prev = i > 0 ? body[i - 1] : ' ';
    const next = i + width < n ? body[i + width] : ' ';
    const canOpen = OPEN.has(c) && (/[\s(\[—–-]/.test(prev) || i === 0 || prev === '\n') && !/\s/.test(next);
    // "… the term 'African American outreach,' " he told": a space may separate an inner quote's mark from the outer one.
    const canClose = CLOSE.has(c) && (!/\s/.test(prev) || (prev === ' ' && /[’',.!?]/.test(body[i - 2] ?? '') && /[\s,.;:!?]/.test(next)));
    if (open < 0 && canOpen) {
      open = i;
      openWidth = width;
      depth = 0;
    } else if (open >= 0 && c === '“' && canOpen && body[open] === '“') {
      depth++; // a curly quote inside a curly quote: “… what he calls “hell” than …”
    } else if (open >= 0 && c === '“' && canOpen && body[open] === '"' && openWidth === 1) {
      open = i; // a straight mark opening a block quote ("“Here comes Big Daddy,” she said …): the curly one is the quote
      openWidth = 1;
      depth = 0;
    } else if (open >= 0 && c === '”' && canClose && depth > 0) {
      depth--;
    } else if (open >= 0 && canClose && (c !== '"' || !canOpen || /[.,!?;:\p{L}\p{N})’'…]/u.test(prev))) {
      spans.push({ open, close: i, openWidth, closeWidth: width });
      open = -1;
    } else if (open >= 0 && canOpen && i - open > MAX_QUOTE) {
      open = i;
      openWidth = width;
    }
    if (open >= 0 && i - open > MAX_QUOTE) open = -1;
    i += width - 1;
  }
  return spans;
}

const inheritance = new Map<string, Quote>();
const quoteKey = (start: number) => String(start);

function findDirect(body: string, sentences: Sentence[], mentions: MentionRef[], roles: Map<string, string>, reported: Reported[]): Quote[] {
  const out: Quote[] = [];
  let prev: { quote: Quote; paragraph: number } | null = null;
  let rp = 0;
  for (const span of quoteSpans(body)) {
    const start = span.open + span.openWidth;
    const end = span.close;
    const closeEnd = span.close + span.closeWidth;
    const text = body.slice(start, end);
    if (!/\p{L}/u.test(text)) continue;
    const sentence = sentenceAt(sentences, span.open);
    const paragraph = sentence?.paragraph ?? -1;
    const lineEnd = body.indexOf('\n', end);
    const after = body.slice(closeEnd, Math.min(lineEnd < 0 ? body.length : lineEnd, end + 160));
    const sentenceStart = sentence && sentence.start <= span.open ? sentence.start : body.lastIndexOf('\n', span.open) + 1;
    const before = body.slice(Math.max(sentenceStart, span.open - 200), span.open);

    let speaker: SpeakerRef | null = null;
    let cue: string | null = null;
    // "….” He said …" starts a new sentence; "…,” he said" attributes the quote.
    const endsSentence = /[.]\s*$/.test(text) && /^\s*\p{Lu}/u.test(after) && !/^\s*(?:said|says|added|told)\b/.test(after);
    const a = endsSentence ? null : AFTER_QUOTE.exec(after);
    let framed = !!a; // the quote carries its own attribution, named or not
    if (a) {
      const who = a[1] ?? a[4];
      cue = (a[2] ?? a[3]).toLowerCase();
      const whoStart = closeEnd + a.index + a[0].indexOf(who);
      // "said X": the first name after the cue; "X said": the last before it.
      speaker = speakerFromText(who, whoStart, mentions, roles, a[4] ? 'first' : 'last');
      if (!speaker) cue = null;
    }
    if (!speaker) {
      // "“…” ― Pamela Padilla" (a dash and a name closing the line) and "“…,” Scott Pruitt, the attorney general …, said".
      const dash = /^\s*[―—–-]\s*([\p{Lu}][\p{L}\p{M}'’. -]{1,60}?)\s*(?:[,(]|$)/u.exec(after);
      const appositive = dash ? null : APPOSITIVE_AFTER_QUOTE.exec(after);
      const hit = dash ?? appositive;
      if (hit) framed = true;
      if (hit) {
        const whoStart = closeEnd + hit.index + hit[0].indexOf(hit[1]);
        speaker = speakerFromText(hit[1], whoStart, mentions, roles, 'first');
        if (speaker) cue = dash ? '―' : hit[2].toLowerCase();
      }
    }
    if (!speaker) {
      const b = BEFORE_QUOTE.exec(before);
      if (b && SPEECH_VERBS.has(b[1].toLowerCase())) {
        const beforeCue = before.slice(0, b.index + (b[0].length - b[0].trimStart().length));
        // "Trump attacked Clinton for …, saying, “…”": a participle after a comma is the sentence subject's.
        const participle = /ing$/i.test(b[1]) && /,\s*$/.test(beforeCue) && sentence ? firstSubject(sentence, mentions) : null;
        speaker = participle ?? subjectBefore(beforeCue, span.open - before.length, mentions, roles);
        // "…, saying “…”": the speaker is the subject of the sentence.
        if (!speaker && sentence) speaker = firstSubject(sentence, mentions);
        cue = speaker ? b[1].toLowerCase() : null;
      }
    }
    // "In an August speech, Trump attacked “the hateful ideology …”": a stance verb right before the quote.
    if (!speaker) {
      const st = STANCE_BEFORE_QUOTE.exec(before);
      if (st && wordCount(text) > SCARE_MAX_WORDS) {
        speaker = subjectBefore(before.slice(0, st.index + 1), span.open - before.length, mentions, roles);
        if (speaker) cue = st[1].toLowerCase().replace(/\s+/g, ' ');
      }
    }
    // "Pamela Padilla: “…”" — a name and a colon introduce the quote (lists of reactions, transcripts); so do
    // "According to Limbaugh, “…" and "Mitt Romney -- ''…''".
    const colon = speaker ? null : /(?:^|[\n.;)])\s*([\p{Lu}][\p{L}\p{M}'’. -]{1,60}?)\s*:\s*$/u.exec(before) ?? /\b[Aa]ccording to\s+([\p{Lu}][\p{L}\p{M}'’. -]{1,60}?),\s*$/u.exec(before) ?? /\b([\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]*){0,3})\s+(?:--|—)\s*$/u.exec(before);
    if (colon) {
      speaker = speakerFromText(colon[1], span.open - before.length + colon.index + colon[0].indexOf(colon[1]), mentions, roles);
      if (speaker) cue = /according/i.test(colon[0]) ? 'according to' : ':';
    }
    // "Caddell continued:" closing the paragraph before one that is a quote.
    if (!speaker && sentence && body.slice(sentence.start, span.open).trim() === '') {
      const lead = /([\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]*){0,3})\s+(?:\p{Ll}+\s+)?(\p{Ll}+):\s*$/u.exec(body.slice(Math.max(0, span.open - 160), span.open));
      if (lead && (SPEECH_VERBS.has(lead[2]) || lead[2] === 'continued')) {
        speaker = speakerFromText(lead[1], span.open - body.slice(Math.max(0, span.open - 160), span.open).length + lead.index, mentions, roles);
        if (speaker) cue = lead[2];
      }
    }
    // Reported clauses come in text order: only the few starting last before the quote can hold it.
    while (rp < reported.length && reported[rp].quote.start <= span.open) rp++;
    let container: Reported | undefined;
    for (let k = rp - 1; k >= Math.max(0, rp - 4) && !container; k--) if (reported[k].quote.end >= end - 1) container = reported[k];
    // "Lavrov said Wednesday that Syrians should decide, and the objective should not be to “…”": the report of the
    // same sentence, cut before the quote, still holds it.
    if (/^\s*\p{Ll}/u.test(text)) for (let k = rp - 1; k >= Math.max(0, rp - 4) && !container; k--) if (sentence && reported[k].quote.sentence?.start === sentence.start && reported[k].speaker?.entityId) container = reported[k];
    if (!speaker && container) {
      speaker = container.speaker;
      cue = container.quote.cue;
    }
    let inherits: Quote | undefined;
    // A quote framed by its own attribution ("…," said Del. X) whose speaker we cannot name inherits no one's.
    if (!speaker && !framed && prev && prev.paragraph >= paragraph - 1 && prev.quote.cue && continuesPrevious(body, prev.quote, span.open)) {
      inherits = prev.quote; // split quote: same speaker, known once pronouns are resolved
      cue = prev.quote.cue;
    }
    // Titles of shows, books and slogans ("told “Fox News Sunday,”", “Peace Through Strength.”) are names, not speech,
    // unless a frame right after the quote says someone said them.
    if (isTitleLike(text) || isSingleName(text)) continue;
    // Quoted words with no speech cue anywhere around them — no speaker, no verb, no quote they continue — are not
    // an attribution: scare quotes, titles, epigraphs, transcript lines whose speaker is a label.
    if (!speaker && !cue) continue;
    // A few lower-case words quoted inside a sentence ("called her “disgusting”", "a “public option”") are wording,
    // not a quote of their own, unless a frame attributes them or reported speech holds them ("said relations
    // were at a “low point”": a partial quote of the speaker).
    if (!a && !container && /^\s*\p{Ll}/u.test(text) && wordCount(text) <= SCARE_MAX_WORDS + 1) continue;
    // A lower-case fragment nobody is said to have said ("… called it “a big, big problem”") is quoted wording, not an attribution.
    if (!speaker && !cue && /^\s*\p{Ll}/u.test(text)) continue;
    if (inherits) inheritance.set(quoteKey(start), inherits);
    const quote: Quote = {
      speakerId: speaker?.entityId ?? null,
      text,
      direct: true,
      start,
      end,
      cue,
      sentence: sentence ? { start: sentence.start, end: sentence.end } : undefined,
    };
    if (speaker?.pronoun) (quote as Quote & { pronoun?: string }).pronoun = speaker.pronoun;
    out.push(quote);
    prev = { quote, paragraph };
  }
  return out;
}

/** A quote that follows the previous one with only an attribution between them ("…," he said. "…"). */
function continuesPrevious(body: string, prev: Quote, open: number): boolean {
  // A quoted title between the parts ("…on Fox News’s “Fox and Friends.”") belongs to the attribution.
  const between = body.slice(prev.end + 1, open).replace(/[“"][^“”"]{1,40}[”"]/g, (t) => (t.split(/\s+/).length <= 5 ? 'TITLE' : t));
  // A long appositive may sit between the parts: `"…," said Peter Morgan, a lawyer for the Sierra Club, who … . "…"`.
  return (between.length < 120 || (between.length < 320 && SPEECH_VERB_WORD.test(between))) && !/[“"]/.test(between);
}

function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return sentences[Math.max(0, Math.min(sentences.length - 1, lo))];
}

function firstSubject(sentence: Sentence, mentions: MentionRef[]): SpeakerRef | null {
  // "In an interview with Rusty Humphries, Ham made it clear …": the subject comes after an opening phrase.
  const opening = /^(?:In|At|During|After|Before|On|With|From|Speaking|According|Asked|Following|Despite|Unlike|Like|Since|While|When|As|Through|Under)\b[^,]{0,120},/.exec(sentence.text);
  const from = sentence.start + (opening ? opening[0].length : 0);
  for (let i = firstFrom(mentions, from); i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start >= sentence.end) break;
    if (m.type === 'Person') return { start: m.start, end: m.end, entityId: m.entityId };
  }
  return null;
}

/** Pronoun speakers → the latest person who spoke or was the subject of a sentence before the quote. */
function resolvePronouns(quotes: Quote[], body: string, sentences: Sentence[], mentions: MentionRef[], entities: Entity[]): void {
  const persons = new Set(entities.filter((e) => e.type === 'Person').map((e) => e.id));
  const genders = new Map(entities.filter((e) => e.type === 'Person').map((e) => [e.id, genderOfGivenName(e.name.split(/\s+/)[0])]));
  // Subjects: the first person mention of each sentence, with its position.
  const subjects: { at: number; id: string }[] = [];
  for (const s of sentences) {
    const first = firstSubject(s, mentions);
    if (first?.entityId) subjects.push({ at: first.start, id: first.entityId });
  }
  // People introduced with a description ("… concerns Henry Crespo, president of the caucus.") are about to speak.
  for (const m of mentions) {
    if (m.type === 'Person' && /^,\s+(?:(?:a|an|the)\s+)?(?:former\s+|then-|longtime\s+|senior\s+)?\p{Ll}{3,}\s+(?:of|at|for|with|in)\b/u.test(body.slice(m.end, m.end + 60))) subjects.push({ at: m.start, id: m.entityId });
  }
  subjects.sort((a, b) => a.at - b.at);
  const ordered = [...quotes].sort((a, b) => a.start - b.start);
  const spoke: { at: number; id: string }[] = [];
  let si = 0; // subjects before the current quote: subjects[0..si)
  for (const q of ordered) {
    while (si < subjects.length && subjects[si].at < q.start) si++;
    const pronoun = (q as Quote & { pronoun?: string }).pronoun;
    if (pronoun && q.speakerId === null && pronoun !== 'they') {
      // Candidates newest first, from the speakers and the sentence subjects before the quote; the first whose given
      // name does not contradict the pronoun ("she" is not Donald) wins. Unknown genders never contradict.
      let k = spoke.length - 1;
      while (k >= 0 && spoke[k].at >= q.start) k--;
      let j = si - 1;
      const want = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
      q.speakerId = null;
      for (let n = 0; n < 6 && (k >= 0 || j >= 0); n++) {
        const fromSpoke = k >= 0 && (j < 0 || spoke[k].at >= subjects[j].at);
        const c = fromSpoke ? spoke[k--] : subjects[j--];
        if (!persons.has(c.id)) continue;
        const g = genders.get(c.id);
        if (want && g && g !== want) continue;
        q.speakerId = c.id;
        break;
      }
    }
    delete (q as Quote & { pronoun?: string }).pronoun;
    if (q.speakerId && persons.has(q.speakerId)) spoke.push({ at: q.start, id: q.speakerId });
  }
}

function aboutIds(q: Quote, mentions: MentionRef[]): string[] {
  const ids = new Set<string>();
  for (let i = firstFrom(mentions, q.start); i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start >= q.end) break;
    if (m.entityId !== q.speakerId) ids.add(m.entityId);
  }
  return [...ids];
}
