// Diagnostic: every meet-events gold item the extractor misses, with its event type, trigger and what was extracted near it (JSON lines).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SHARED } from './common.js';
import { CONTACT_KINDS } from '../../src/extract/lexicon/events.js';
import { extractArticle } from '../../src/extract/pipeline.js';

const MEETING_TYPES = /^(?:Contact:Meet|Contact\.Contact\.Meet|contact\.(?:discussion|negotiate|collaborate)\.|government\.agreements\.(?:accept|n\/a))/;
const lines = readFileSync(path.join(SHARED, 'gold', 'meet-events', 'meet_and_cooperation_events.jsonl'), 'utf8').trim().split('\n');
for (const [i, line] of lines.entries()) {
  const ev = JSON.parse(line) as { event_type: string; trigger: string; trigger_tok_span: [number, number]; context: string; dataset: string };
  const toks = ev.context.split(' ');
  const [from, to] = ev.trigger_tok_span;
  let at = toks.slice(0, from).join(' ').length + (from > 0 ? 1 : 0);
  if (toks.slice(from, to + 1).join(' ') !== ev.trigger) {
    const re = new RegExp(`\\b${ev.trigger.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
    let best = -1;
    for (const m of ev.context.matchAll(re)) if (best < 0 || Math.abs(m.index! - at) < Math.abs(best - at)) best = m.index!;
    at = best;
  }
  if (at < 0) continue;
  const r = extractArticle({ id: `meet-${i}`, url: null, title: '', publishedAt: null, source: null, body: ev.context });
  const hitEvent = r.entities.some((e) => e.type === 'Event' && CONTACT_KINDS.has(e.kind ?? '') && e.mentions.some((m) => m.start <= at + 2 && m.end >= at));
  const hitRel = r.relations.some((x) => x.type === 'MET_WITH' && x.evidence.start <= at && x.evidence.end > at);
  const sentEnts = r.entities.filter((e) => e.type !== 'Event' && e.mentions.some((m) => Math.abs(m.start - at) < 200)).map((e) => `${e.type[0]}:${e.name}`);
  const evNear = r.entities.filter((e) => e.type === 'Event').map((e) => `${e.kind}@${e.mentions.map((m) => m.start).join(',')}`);
  console.log(JSON.stringify({ i, hit: hitEvent || hitRel, meeting: MEETING_TYPES.test(ev.event_type), type: ev.event_type, ds: ev.dataset, trigger: ev.trigger, at, snippet: ev.context.slice(Math.max(0, at - 150), at + 150), ents: sentEnts, events: evNear }));
}
