// Meet events: recall of pooled meet/negotiate/cooperate events — an Event or MET_WITH whose span holds the trigger.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SHARED } from './common.js';
import { scorePart, type EvalPart, type Extractor } from './types.js';

interface MeetEvent {
  doc_id: string;
  trigger: string;
  trigger_tok_span: [number, number];
  context: string;
}

const MEETING_KINDS = new Set(['meeting', 'summit', 'visit', 'press_conference']);

export function evalMeet(extract: Extractor): EvalPart[] {
  const events = readFileSync(path.join(SHARED, 'gold', 'meet-events', 'meet_and_cooperation_events.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as MeetEvent);
  let tp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const [i, ev] of events.entries()) {
    const toks = ev.context.split(' ');
    const at = toks.slice(0, ev.trigger_tok_span[0]).join(' ').length + (ev.trigger_tok_span[0] > 0 ? 1 : 0);
    const result = extract({ id: `meet-${i}`, url: null, title: '', publishedAt: null, source: null, body: ev.context });
    const byEvent = result.entities.some((e) => e.type === 'Event' && MEETING_KINDS.has(e.kind ?? '') && e.mentions.some((m) => m.start <= at + 2 && m.end >= at));
    const byRelation = result.relations.some((r) => r.type === 'MET_WITH' && r.evidence.start <= at && r.evidence.end > at);
    if (byEvent || byRelation) tp++;
    else {
      fn++;
      if (misses.length < 200) misses.push(`missed "${ev.trigger}" in: ${ev.context.slice(Math.max(0, at - 60), at + 60)}`);
    }
  }
  const part = scorePart('meet/recall', tp, 0, fn, misses, { metric: 'recall', min: 0.6 });
  return [part];
}
