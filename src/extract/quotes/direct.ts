// Quotes: direct quotes — pairing quotation marks and finding the frame that attributes each quote.
import type { Quote } from '../types.js';
import type { Sentence } from '../segment.js';
import { SPEECH_VERBS } from '../lexicon/speech.js';
import { AFTER_QUOTE, APPOSITIVE_AFTER_QUOTE, UNNAMED_AFTER_QUOTE, BEFORE_QUOTE, CLOSE, MAX_QUOTE, OPEN, SCARE_MAX_WORDS, SPEECH_VERB_WORD, STANCE_BEFORE_QUOTE, isSingleName, isTitleLike, wordCount } from './patterns.js';
import { entityIn, firstSubject, isPerson, sentenceSubject, speakerFromText, subjectBefore } from './speakers.js';
import type { MentionRef, SpeakerRef } from './speakers.js';
import type { Reported } from './reported.js';
import { NO_DEADLINE, type Deadline } from '../deadline.js';

export interface Span {
  open: number; // index of the opening mark
  close: number; // index of the closing mark (or paragraph end when unclosed)
  /** Width of the marks: 2 for the doubled apostrophes of some archives (''…''), else 1. */
  openWidth: number;
  closeWidth: number;
}

/** After a curly quote opened at `at`, its close and then a straight closing mark, all before the paragraph ends. */
function closesInParagraph(body: string, at: number): boolean {
  const end = body.indexOf('\n', at);
  const paragraph = body.slice(at, end < 0 ? body.length : end);
  const curlyClose = paragraph.indexOf('”');
  return curlyClose > 0 && /[^\s]"(?=\s*$|[\s,.;:!?)])/.test(paragraph.slice(curlyClose + 1));
}

/** Pairs quotation marks paragraph by paragraph; a quote left open continues when the next paragraph opens with a mark. */
export function quoteSpans(body: string): Span[] {
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
    // A closing curly mark typed where a paragraph opens a quote (”Fear. I am truly afraid …” ― Name) opens it.
    const misturned = c === '”' && open < 0 && (i === 0 || prev === '\n');
    const canOpen = (OPEN.has(c) || misturned) && (/[\s(\[—–-]/.test(prev) || i === 0 || prev === '\n') && !/\s/.test(next);
    // "… the term 'African American outreach,' " he told": a space may separate an inner quote's mark from the outer one.
    const canClose = CLOSE.has(c) && (!/\s/.test(prev) || (prev === ' ' && /[’',.!?]/.test(body[i - 2] ?? '') && /[\s,.;:!?]/.test(next)));
    if (open < 0 && canOpen) {
      open = i;
      openWidth = width;
      depth = 0;
    } else if (open >= 0 && c === '“' && canOpen && body[open] === '“') {
      depth++; // a curly quote inside a curly quote: “… what he calls “hell” than …”
    } else if (open >= 0 && c === '“' && canOpen && body[open] === '"' && openWidth === 1 && closesInParagraph(body, i)) {
      depth++; // curly quotes inside a straight one that closes before the paragraph ends: "… the question: “…?” Forty-three, yes."
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

export interface DirectQuotes {
  quotes: Quote[];
  /** A split quote's later part → the part it continues, whose speaker it takes once pronouns are resolved. */
  inherits: Map<Quote, Quote>;
}

export function findDirect(body: string, sentences: Sentence[], mentions: MentionRef[], roles: Map<string, string>, reported: Reported[], deadline: Deadline = NO_DEADLINE): DirectQuotes {
  const out: Quote[] = [];
  const inheritsFrom = new Map<Quote, Quote>();
  let prev: { quote: Quote; paragraph: number } | null = null;
  let rp = 0;
  for (const span of quoteSpans(body)) {
    deadline.check('quotes');
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
        // "“…,” China's ambassador to the UN, Liu Jieyi, told Reuters": the person the appositive names is the
        // speaker, not the body or country named in the description before it.
        if (appositive && !isPerson(speaker?.entityId ?? null, mentions)) {
          const from = whoStart + hit[1].length;
          const to = closeEnd + hit.index + hit[0].lastIndexOf(',');
          const named = entityIn(mentions, from, to, 'first');
          if (named && isPerson(named, mentions)) speaker = { start: from, end: to, entityId: named };
        }
        if (speaker) cue = dash ? '―' : hit[2].toLowerCase();
      }
    }
    // "“…,” a senior administration official said": an unnamed source frames the quote; the speaker stays unnamed.
    const unnamed = speaker ? null : UNNAMED_AFTER_QUOTE.exec(after);
    if (unnamed) {
      const at = closeEnd + unnamed.index + unnamed[0].indexOf(unnamed[1]);
      speaker = { start: at, end: at + unnamed[1].length, entityId: null };
      cue = unnamed[2].toLowerCase();
      framed = true;
    }
    if (!speaker) {
      const b = BEFORE_QUOTE.exec(before);
      if (b && SPEECH_VERBS.has(b[1].toLowerCase())) {
        const beforeCue = before.slice(0, b.index + (b[0].length - b[0].trimStart().length));
        // "Trump attacked Clinton for …, saying, “…”": a participle after a comma is the sentence subject's.
        const participle = /ing$/i.test(b[1]) && /,\s*$/.test(beforeCue) && sentence ? firstSubject(sentence, mentions) : null;
        speaker = participle ?? subjectBefore(beforeCue, span.open - before.length, mentions, roles);
        // "…, saying “…”": the speaker is the subject of the sentence, a pronoun too ("She … and repeatedly says, “…”").
        if (!speaker && sentence) speaker = firstSubject(sentence, mentions) ?? sentenceSubject(sentence.text, /\band\s+(?:\p{Ll}+ly\s+)?$/u.test(beforeCue) ? beforeCue.replace(/(?:\p{Ll}+ly\s+)?$/u, '').replace(/\s*$/, '') : '', sentence, mentions);
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
    // …unless a sentence between them is about someone else: "…,” Pence said. Sen. Bernie Sanders identified young
    // voters’ exhaustion with bigotry as a reason. “The younger people are …”" is Sanders's.
    const between = !speaker && !framed && prev ? sentencesWithin(sentences, Math.max(prev.quote.end + 1, (sentence?.start ?? span.open) - 600), span.open) : [];
    const otherSubject = between.map((t) => firstSubject(t, mentions)).reverse().find((f) => f?.entityId && f.entityId !== prev?.quote.speakerId && isPerson(f.entityId, mentions));
    if (!speaker && !framed && prev && prev.paragraph >= paragraph - 1 && prev.quote.cue && continuesPrevious(body, prev.quote, span.open) && !otherSubject) {
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
    if (speaker && (speaker.entityId || speaker.pronoun)) quote.speakerSpan = { start: speaker.start, end: speaker.end };
    else if (speaker && speaker.end > speaker.start) {
      quote.speakerSpan = { start: speaker.start, end: speaker.end };
      quote.speakerText = body.slice(speaker.start, speaker.end);
    }
    if (inherits) inheritsFrom.set(quote, inherits);
    out.push(quote);
    prev = { quote, paragraph };
  }
  return { quotes: out, inherits: inheritsFrom };
}

/** A quote that follows the previous one with only an attribution between them ("…," he said. "…"). */
export function continuesPrevious(body: string, prev: Quote, open: number): boolean {
  // A quoted title between the parts ("…on Fox News’s “Fox and Friends.”") belongs to the attribution.
  const between = body.slice(prev.end + 1, open).replace(/[“"][^“”"]{1,40}[”"]/g, (t) => (t.split(/\s+/).length <= 5 ? 'TITLE' : t));
  // A long appositive may sit between the parts: `"…," said Peter Morgan, a lawyer for the Sierra Club, who … . "…"`.
  return (between.length < 120 || (between.length < 320 && SPEECH_VERB_WORD.test(between))) && !/[“"]/.test(between);
}

/** The sentences lying wholly within [from, to), found by binary search (sentences are in text order). */
function sentencesWithin(sentences: Sentence[], from: number, to: number): Sentence[] {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Sentence[] = [];
  for (let k = lo; k < sentences.length && sentences[k].end <= to; k++) out.push(sentences[k]);
  return out;
}

export function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
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
