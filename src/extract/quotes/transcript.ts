// Interview transcripts: a paragraph opening with a speaker's label in capitals ("PENCE: Well, look, …", "AMY GOODMAN: …")
// holds that person's words, verbatim, though no quotation mark encloses them.
import type { Entity, Quote } from '../types.js';
import type { MentionRef } from './speakers.js';

/** A label: one to four words in capitals ("PENCE", "AMY GOODMAN", "GEN. INDHA ADDE"), then a colon. */
export const LABEL = /^[ \t]*(["“]?)((?:[A-Z][A-Z.'’-]+)(?:[ ]+[A-Z][A-Z.'’-]*){0,3}):[ \t]+(?=\S)/gm;
/** A question-and-answer interview's turn label: "Q: …", "A: …" (also spelt out, "Question:", "Answer:"). */
export const QA_LABEL = /^[ \t]*(Q|A|Question|Answer):[ \t]+(?=\S)/gm;
/** First person singular outside quotation marks: an interviewee answering, not a writer explaining ("Q: What does Trump intend? He has …"). */
const FIRST_PERSON = /(?:^|[^\p{L}’'])(?:I|I[’'](?:m|ve|d|ll)|my|me)(?![\p{L}’'])/u;
/** Quoted words, left out when looking for the answerer's own first person. */
const QUOTED = /[“"][^“”"\n]*[”"]/g;
/** The last answer of an interview runs on for at most this many paragraphs (what follows may be the writer's again). */
const MAX_LAST_ANSWER_PARAGRAPHS = 3;

/** A stage direction between turns: "(CROSSTALK.)", "[LAUGHTER]". */
const STAGE_DIRECTION = /^\s*(?:["“]\s*)?[([][^)\]]*[)\]](?:\s*\.)?\s*$/; // no two optional runs of spaces side by side: linear
/** A transcript has turns: a single "UPDATE:" line is none. */
const MIN_TURNS = 2;

interface Turn {
  labelStart: number;
  label: { start: number; end: number };
  contentStart: number;
  mark: string;
  speakerId: string | null;
}

/**
 * The turns of the transcripts in a body, each a direct quote of the person its label names (by full name or by
 * surname, among the article's people). A label naming no one ("SPECIAL COVERAGE:", a host never named in the text)
 * ends the turn before it and gives none. A turn runs to its paragraph's end, and on through the paragraphs after it
 * when the transcript opens each paragraph with a quotation mark and no new label or stage direction comes.
 */
export function findTranscriptTurns(body: string, entities: Entity[]): Quote[] {
  const turns: Turn[] = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(body); m; m = LABEL.exec(body)) {
    const at = m.index + m[0].indexOf(m[2]);
    turns.push({ labelStart: m.index, label: { start: at, end: at + m[2].length }, contentStart: m.index + m[0].length, mark: m[1], speakerId: personLabelled(m[2], entities) });
  }
  if (turns.filter((t) => t.speakerId).length < MIN_TURNS) return [];
  const quotes: Quote[] = [];
  for (const [k, turn] of turns.entries()) {
    if (!turn.speakerId) continue;
    const limit = k + 1 < turns.length ? turns[k + 1].labelStart : body.length;
    let end = paragraphEnd(body, turn.contentStart);
    // Continuation paragraphs: only where the transcript marks each paragraph with an opening quotation mark.
    while (turn.mark && end < limit) {
      const next = body.slice(end, limit).search(/\S/);
      if (next < 0) break;
      const start = end + next;
      const nextEnd = paragraphEnd(body, start);
      if (body[start] !== turn.mark || STAGE_DIRECTION.test(body.slice(start, nextEnd)) || nextEnd > limit) break;
      end = nextEnd;
    }
    // A turn quoting its words in marks ("TRUMP: “For 10 months, …”") is read without them.
    const opening = /^[“"]/.test(body[turn.contentStart]) ? 1 : 0;
    const text = body.slice(turn.contentStart + opening, end).trimEnd().replace(/["”]$/, '').trimEnd();
    if (!/\p{L}/u.test(text) || STAGE_DIRECTION.test(text)) continue; // "(Speaking Spanish)."
    quotes.push({
      speakerId: turn.speakerId,
      text,
      direct: true,
      start: turn.contentStart + opening,
      end: turn.contentStart + opening + text.length,
      cue: ':',
      sentence: { start: turn.labelStart, end: turn.contentStart + opening + text.length },
      speakerSpan: turn.label,
    });
  }
  return quotes;
}

function paragraphEnd(body: string, from: number): number {
  const nl = body.indexOf('\n', from);
  return nl < 0 ? body.length : nl;
}

/** The one person the label names: "PENCE" → Mike Pence, "AMY GOODMAN" → Amy Goodman, "PRESIDENT DONALD TRUMP" → Donald Trump. */
function personLabelled(label: string, entities: Entity[]): string | null {
  const words = label.toLowerCase().replace(/[.]/g, '').split(/\s+/).filter(Boolean);
  const people = entities.filter((e) => e.type === 'Person');
  const named = (e: Entity) => [e.name, ...e.aliases].map((n) => n.toLowerCase().replace(/[.]/g, '').split(/\s+/));
  // The label ends with a full name of the person ("PRESIDENT DONALD TRUMP"), or is the surname alone.
  const full = people.filter((e) => named(e).some((n) => n.length > 1 && n.length <= words.length && n.join(' ') === words.slice(-n.length).join(' ')));
  if (full.length === 1) return full[0].id;
  if (words.length !== 1) return null;
  const bySurname = people.filter((e) => named(e).some((n) => n.length > 1 && n[n.length - 1] === words[0]));
  return bySurname.length === 1 ? bySurname[0].id : null;
}

/**
 * Question-and-answer interviews: "Q: …" paragraphs, each followed by the answer (labelled "A: …" or not) up to the
 * next question. The answers are the interviewee's — the person the article mentions most before the first question —
 * when they speak in the first person (an explainer's "Q: What does Trump intend? He has …" is the writer's own).
 * One direct quote per answer, its paragraphs together.
 */
export function findInterviewAnswers(body: string, mentions: MentionRef[]): Quote[] {
  if (!/^[ \t]*(?:Q|Question):/m.test(body)) return [];
  const labels = [...body.matchAll(QA_LABEL)];
  const questions = labels.filter((l) => l[1] === 'Q' || l[1] === 'Question');
  if (questions.length < MIN_TURNS) return [];
  const firstQuestion = questions[0].index;
  // The interviewee: the person mentioned most before the first question (the earliest of equals).
  const counts = new Map<string, { n: number; first: MentionRef }>();
  for (const m of mentions) {
    if (m.start >= firstQuestion) break;
    if (m.type !== 'Person') continue;
    const c = counts.get(m.entityId);
    if (c) c.n++;
    else counts.set(m.entityId, { n: 1, first: m });
  }
  let interviewee: { n: number; first: MentionRef } | undefined;
  for (const c of counts.values()) if (!interviewee || c.n > interviewee.n) interviewee = c;
  if (!interviewee) return [];
  const answers: { start: number; end: number }[] = [];
  for (const [k, q] of questions.entries()) {
    const from = paragraphEnd(body, q.index);
    const limit = k + 1 < questions.length ? questions[k + 1].index : body.length;
    let start = -1;
    let end = -1;
    let paragraphs = 0;
    for (let at = from; at < limit; ) {
      const next = body.slice(at, limit).search(/\S/);
      if (next < 0) break;
      const pStart = at + next;
      const pEnd = Math.min(paragraphEnd(body, pStart), limit);
      if (start < 0) start = pStart;
      end = pEnd;
      at = pEnd;
      if (k + 1 === questions.length && ++paragraphs >= MAX_LAST_ANSWER_PARAGRAPHS) break;
    }
    if (start < 0) continue;
    const label = /^(?:A|Answer):[ \t]+/.exec(body.slice(start, end));
    const text = body.slice(start + (label?.[0].length ?? 0), end).trimEnd();
    if (/\p{L}/u.test(text)) answers.push({ start: start + (label?.[0].length ?? 0), end: start + (label?.[0].length ?? 0) + text.length });
  }
  const inFirstPerson = answers.filter((a) => FIRST_PERSON.test(body.slice(a.start, a.end).replace(QUOTED, ' '))).length;
  if (answers.length < MIN_TURNS || inFirstPerson * 2 < answers.length) return [];
  const speaker = interviewee.first;
  return answers.map((a) => ({
    speakerId: speaker.entityId,
    text: body.slice(a.start, a.end),
    direct: true,
    start: a.start,
    end: a.end,
    cue: 'answered',
    sentence: { start: a.start, end: a.end },
    speakerSpan: { start: speaker.start, end: speaker.end },
  }));
}
