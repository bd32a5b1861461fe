// Quotes: "according to" after a clause that carries its own attribution names the channel, not the speaker.
import type { Candidate } from './arbitrate.js';
import type { RuleId } from './rules.js';
import { MEDIA_NAME_HEADS, MEDIA_OUTLETS } from '../lexicon/relations.js';

/** Rules whose reading is a speaker's own attribution (a frame or a speech verb with its subject), not a clause reading. */
const ATTRIBUTING: ReadonlySet<RuleId> = new Set<RuleId>(['reported.speech-cue', 'reported.quoted-as', 'reported.middle', 'reported.inverted', 'reported.inverted-common', 'reported.inverted-unnamed', 'reported.coordinated-predicate', 'reported.body-pronoun', 'reported.as-attribution']);
/** Verbs of thought: what someone believes or expects, "according to" a source, is that source's account of it. */
const THOUGHT_CUE = /^(?:believe[sd]?|think|thinks|thought|feel|feels|felt|fear(?:s|ed)?|hope[sd]?|expect(?:s|ed)?|know|knows|knew|suspect(?:s|ed)?|assume[sd]?|estimate[sd]?|calculated?|worr(?:y|ies|ied))$/;
/** A quotation inside a report takes that report's speaker: no attribution of its own. */
const attributing = (rule: RuleId) => (rule.startsWith('direct.') && rule !== 'direct.inside-report') || ATTRIBUTING.has(rule);

const OUTLETS: ReadonlySet<string> = new Set(MEDIA_OUTLETS);
const OUTLET_HEADS: ReadonlySet<string> = new Set(MEDIA_NAME_HEADS);
/** A news outlet by its name: its own report cites the according-to source as its source ("Bloomberg reports …, according to the Roper Center"). */
const isOutlet = (name: string | undefined) => !!name && (OUTLETS.has(name.replace(/^The\s+/, '')) || OUTLET_HEADS.has(name.split(/\s+/).at(-1) ?? ''));

/** Finite verbs of a reporting frame ("said", "told reporters", "quoted X as saying"); a passive one is no frame ("was told"). */
const FRAME_VERBS: ReadonlySet<string> = new Set('said says told tells added adds wrote writes reported reports stated states announced announces explained explains tweeted tweets warned warns insisted insists noted notes argued argues claimed claims saying'.split(' '));
const PASSIVE_AUXILIARY = /^(?:was|were|been|is|are|be|being)$/;

/**
 * The words before "according to" end with a reporting clause after a comma or a closing mark — "…,” the UN chief
 * said", "…, Shoigu said", "…, the carjacking victim told authorities", "…,” Itar-Tass quoted X as saying" — so that
 * clause's subject is the speaker, whether or not a rule reads it, and the source of "according to" is only the
 * channel the words came through. A frame is a short run of words (≤ 10) with its verb at most five words from the end.
 */
export function framedBeforeAccording(clause: string): boolean {
  const text = clause.replace(/[\s,]+$/, '');
  const mark = Math.max(text.lastIndexOf(','), text.lastIndexOf('”'), text.lastIndexOf('"'));
  if (mark <= 0) return false;
  const words = text.slice(mark + 1).trim().split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 10) return false;
  const k = words.findIndex((w) => FRAME_VERBS.has(w));
  if (k < 0 || words.length - k - 1 > 5 || (k > 0 && PASSIVE_AUXILIARY.test(words[k - 1]))) return false;
  // A verb opening the run needs its speaker after it: ", said Wendy Sherman", ", told reporters in Brussels".
  return k > 0 || words.length > 1;
}

/**
 * "“This isn’t anything new,” the official said, according to CNN", "…, the military said it had pushed the gunmen
 * back, according to CNN": the clause "according to" would vouch for already holds someone's attribution — its
 * speaker and verb, read by another rule. That speaker speaks; the outlet only passed the words on, so the
 * according-to reading of the whole clause is dropped (and with it nothing hides the quote it held). An outlet's own
 * report keeps its cited source ("Bloomberg reports that …, according to the Roper Center").
 */
export function channelledReports(all: readonly Candidate[], body: string, nameOf: (id: string) => string | undefined): Set<Candidate> {
  const out = new Set<Candidate>();
  const bySentence = new Map<number, Candidate[]>();
  for (const c of all) {
    const key = c.quote.sentence?.start;
    if (key === undefined) continue;
    const list = bySentence.get(key);
    if (list) list.push(c);
    else bySentence.set(key, [c]);
  }
  for (const c of all) {
    const q = c.quote;
    if (c.rule !== 'reported.according-to' || q.sentence === undefined) continue;
    // The source's own words lie inside a clause it interrupts ("The move, according to diplomats, came …"): no inner speaker.
    const source = c.speaker && c.speaker.end > c.speaker.start ? c.speaker : null;
    // A source after the clause it vouches for ends its reach: "…, according to X, although experts think …" is not X's.
    const at = body.slice(q.sentence.start, q.sentence.end).search(/\b[Aa]ccording\s+to\b/);
    const reach = at >= 0 && q.start < q.sentence.start + at ? q.sentence.start + at : q.end;
    const inner = bySentence.get(q.sentence.start)?.find((o) => {
      const span = o.quote.speakerSpan;
      if (o === c || !attributing(o.rule) || !span || span.end <= span.start || span.start >= reach || THOUGHT_CUE.test(o.quote.cue ?? '') || (source && span.start < source.end && span.end > source.start)) return false;
      return span.start >= q.start && span.end <= q.end && o.quote.start >= q.start && o.quote.end <= q.end + 1 && !isOutlet(o.quote.speakerId ? nameOf(o.quote.speakerId) : undefined);
    });
    // …and whenever the words before "according to" end with such a clause, read by a rule or not ("…,” the UN chief
    // said, according to Reuters": the chief speaks, not Reuters).
    if (inner || (q.start < reach && framedBeforeAccording(body.slice(q.start, reach)))) out.add(c);
  }
  return out;
}
