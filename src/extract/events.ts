// Stage 6, events: sentences with an event trigger → Event entities with kind, date, location and participants.
// Heuristic: the most specific trigger of a sentence names the kind; the date is a day the sentence names
// (chrono-node, resolved against the publish date; vague spans like "last week" give no date); the location is
// a country named "in X" near the trigger; participants are the people (else countries) of the sentence.
// Same-kind events of one article that share a participant are one event.
// Exists for: "Tillerson held a hastily arranged meeting in Moscow late Wednesday with … Putin".
import * as chrono from 'chrono-node';
import type { Entity } from './types.js';
import type { Sentence } from './segment.js';
import type { LinkedMention } from './entities.js';
import { EVENT_KIND_ORDER, EVENT_TRIGGERS } from './lexicon/events.js';

// One pass per sentence: every trigger of every kind in one alternation, longest first, so "press conference" wins
// over "conference" and "missile strike" over "strike" where they start at the same place.
const KIND_OF_TRIGGER = new Map<string, string>();
for (const kind of EVENT_KIND_ORDER) for (const t of EVENT_TRIGGERS[kind]) if (!KIND_OF_TRIGGER.has(t)) KIND_OF_TRIGGER.set(t, kind);
const TRIGGER_RE = new RegExp(
  `\\b(?:${[...KIND_OF_TRIGGER.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`,
  'gi',
);
const kindOf = (trigger: string) => KIND_OF_TRIGGER.get(trigger.toLowerCase().replace(/\s+/g, ' '))!;
const KIND_LABEL: Record<string, string> = { press_conference: 'press conference' };
const labelOf = (kind: string) => KIND_LABEL[kind] ?? kind;

export function extractEvents(articleId: string, publishedAt: string | null, sentences: Sentence[], linked: LinkedMention[], entities: Entity[]): Entity[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const ref = publishedAt ? new Date(`${publishedAt}T12:00:00Z`) : undefined;
  const events: (Entity & { participantIds: string[] })[] = [];
  let mi = 0;
  for (const s of sentences) {
    while (mi < linked.length && linked[mi].start < s.start) mi++;
    const byKind = new Map<string, RegExpMatchArray[]>();
    for (const m of s.text.matchAll(TRIGGER_RE)) {
      const kind = kindOf(m[0]);
      (byKind.get(kind) ?? byKind.set(kind, []).get(kind)!).push(m);
    }
    if (!byKind.size) continue;
    const hits = EVENT_KIND_ORDER.filter((k) => byKind.has(k)).map((kind) => ({ kind, all: byKind.get(kind)! }));
    const inSentence: LinkedMention[] = [];
    for (let k = mi; k < linked.length && linked[k].start < s.end; k++) inSentence.push(linked[k]);
    // One event per kind the sentence names ("after the attack, the leaders met": an attack and a meeting).
    for (const hit of hits) addEvent(hit, s, inSentence);
  }
  return events;

  function addEvent(hit: { kind: string; all: RegExpMatchArray[] }, s: Sentence, inSentence: LinkedMention[]): void {
    const triggerAt = s.start + hit.all[0].index!;
    // Every trigger word of the kind in the sentence is a mention of the event ("talks … the talks").
    const triggers = hit.all.map((m) => ({ start: s.start + m.index!, end: s.start + m.index! + m[0].length, text: m[0] }));
    const location = locationNear(s, inSentence, byId, triggerAt);
    const participantIds = participantsOf(hit.kind, s, triggerAt, inSentence, byId, hit.all[0][0]);
    const date = ref ? dayIn(s.text, ref) : null;
    // The same event told again: same kind, and one participant list contains the other.
    const same = events.find((e) => e.kind === hit.kind && participantIds.length > 0 && (participantIds.every((p) => e.participantIds.includes(p)) || e.participantIds.every((p) => participantIds.includes(p))));
    if (same) {
      same.mentions.push(...triggers);
      same.participantIds = unique([...same.participantIds, ...participantIds]);
      same.date ??= date;
      same.locationId ??= location;
      return;
    }
    const names = participantIds.slice(0, 3).map((id) => byId.get(id)?.name ?? id);
    events.push({
      id: `event:${articleId}:${events.length + 1}`,
      type: 'Event',
      name: `${labelOf(hit.kind)}${names.length ? ': ' + names.join(', ') : ''}`,
      aliases: [],
      mentions: triggers,
      kind: hit.kind,
      date,
      locationId: location,
      participantIds,
    });
  }
}

const CLAUSE_BREAK = /[;–—]|\s(?:as|while|but|because|although|whereas)\s|,?\s(?:said|says|told|added)\s/g;
const AGENT_VERB = /\b(?:ordered|launched|carried out|conducted|staged|claimed|called|won|held|hosted|attended)\b/;

/** Who took part: names right before the trigger ("Putin-Tillerson meeting"), else the people of its clause. */
function participantsOf(kind: string, s: Sentence, triggerAt: number, mentions: LinkedMention[], byId: Map<string, Entity>, trigger: string): string[] {
  const isParty = (m: LinkedMention) => byId.get(m.entityId)?.type === 'Person' || (byId.get(m.entityId)?.type === 'Country' && m.via !== 'demonym');
  // A verb trigger ("negotiated", "met") takes the clause's people as subjects; only a noun is named by its modifier.
  const isVerb = /(?:ed|met)$/i.test(trigger);
  const adjacent = isVerb ? [] : mentions.filter((m) => m.end <= triggerAt && triggerAt - m.end <= 12 && /^[\s-]*(?:[\p{Ll}-]+\s+)?$/u.test(s.text.slice(m.end - s.start, triggerAt - s.start)) && byId.get(m.entityId)?.type === 'Person');
  let extra: LinkedMention[] = [];
  if (adjacent.length) {
    // "Putin-Tillerson meeting": include the name hyphenated before the adjacent one
    extra = mentions.filter((m) => adjacent.some((a) => a.start - m.end === 1 && s.text[m.end - s.start] === '-'));
    return unique([...extra, ...adjacent].map((m) => m.entityId));
  }
  // The clause holding the trigger.
  let from = s.start;
  let to = s.end;
  CLAUSE_BREAK.lastIndex = 0;
  let b: RegExpExecArray | null;
  while ((b = CLAUSE_BREAK.exec(s.text))) {
    const at = s.start + b.index;
    if (at < triggerAt) from = at;
    else if (at > triggerAt) {
      to = at;
      break;
    }
  }
  const inClause = mentions.filter((m) => m.start >= from && m.end <= to);
  if (kind === 'strike' || kind === 'attack' || kind === 'election') {
    // Only an agent who ordered or launched it: "Trump ordered a missile strike".
    const agent = inClause.filter((m) => m.end <= triggerAt && AGENT_VERB.test(s.text.slice(m.end - s.start, triggerAt - s.start)) && isParty(m));
    return unique(agent.slice(-1).map((m) => m.entityId));
  }
  return unique(inClause.filter((m) => byId.get(m.entityId)?.type === 'Person').map((m) => m.entityId));
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** A country named as a place ("in Moscow", "in Syria") in the sentence, nearest the trigger. */
function locationNear(s: Sentence, mentions: LinkedMention[], byId: Map<string, Entity>, triggerAt: number): string | null {
  let best: { id: string; d: number } | null = null;
  for (const m of mentions) {
    if (byId.get(m.entityId)?.type !== 'Country' || m.via === 'demonym') continue;
    const before = s.text.slice(Math.max(0, m.start - s.start - 6), m.start - s.start);
    if (!/\b(?:in|at|to)\s+$/.test(before)) continue;
    const d = Math.abs(m.start - triggerAt);
    if (!best || d < best.d) best = { id: m.entityId, d };
  }
  return best?.id ?? null;
}

/** An ISO day the sentence names with day precision, else null. */
function dayIn(text: string, ref: Date): string | null {
  if (!/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\b/.test(text)) return null;
  const results = chrono.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false });
  for (const r of results) {
    if (!r.start.isCertain('day') && !r.start.isCertain('weekday') && !/day\b/i.test(r.text)) continue;
    const d = r.start.date();
    // A weekday named in a news story is the most recent one, not next week's.
    if (d.getTime() > ref.getTime() + 36 * 3600 * 1000 && r.start.isCertain('weekday') && !r.start.isCertain('day')) d.setUTCDate(d.getUTCDate() - 7);
    return d.toISOString().slice(0, 10);
  }
  return null;
}
