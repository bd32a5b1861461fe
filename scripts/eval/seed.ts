// Seed gold: entities, events, quote speakers and relations of the founding article against gold/seed/*.gold.json.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Entity } from '../../src/extract/types.js';
import { readArticles } from '../../src/ingest/read-articles.js';
import { SHARED, contentMatches, norm } from './common.js';
import { scorePart, type EvalPart, type Extractor } from './types.js';

interface Gold {
  article: string;
  entities: { type: string; names: string[]; optional?: boolean }[];
  events: { kind: string; participants: string[]; optional?: boolean }[];
  quotes: { speaker: string; direct: boolean; text: string }[];
  relations: { type: string; a: string; b: string; optional?: boolean }[];
}

const SCORED_TYPES: ReadonlySet<string> = new Set(['Person', 'Organization', 'Country']);

export async function evalSeed(extract: Extractor): Promise<EvalPart[]> {
  const dir = path.join(SHARED, 'gold', 'seed');
  const counts = { ent: [0, 0, 0], ev: [0, 0, 0], q: [0, 0, 0], rel: [0, 0, 0] };
  const oldQ = [0, 0, 0]; // quotes under the old matching: the difference from counts.q
  const misses: Record<keyof typeof counts, string[]> = { ent: [], ev: [], q: [], rel: [] };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Gold;
    let result;
    for await (const item of readArticles([path.join(SHARED, gold.article)], { maxArticleBytes: 10_000_000 })) if (item.ok) result = extract(item.article);
    if (!result) throw new Error(`eval: cannot read ${gold.article}`);
    const names = (e: Entity) => [e.name, ...e.aliases].map(norm);
    // A gold name stands for its whole gold entity: "Donald Trump" is found as "Trump" too.
    // Of the gold entity's own type first: gold "Russia" (names Russia, Moscow) is the country, not the city "in Moscow".
    const byName = (name: string) => {
      const g = gold.entities.find((x) => x.names.some((n) => norm(n) === norm(name)));
      const all = g?.names ?? [name];
      const named = (e: Entity) => e.type !== 'Event' && all.some((n) => names(e).includes(norm(n)));
      return result!.entities.find((e) => e.type === g?.type && named(e)) ?? result!.entities.find(named);
    };
    const goldOf = (e: Entity) => gold.entities.find((g) => g.type === e.type && g.names.some((n) => names(e).includes(norm(n))));

    // Entities: every non-optional gold entity found with its type; predictions matching no gold entity are false positives.
    for (const g of gold.entities) {
      const hit = result.entities.some((e) => e.type === g.type && g.names.some((n) => names(e).includes(norm(n))));
      if (hit) counts.ent[0]++;
      else if (!g.optional) {
        counts.ent[2]++;
        misses.ent.push(`missed ${g.type} ${g.names[0]}`);
      }
    }
    // The seed gold annotates people, organisations and countries (written before the Place type): a place is not scored,
    // as CoNLL's LOC that names no country is not (scripts/eval/conll.ts).
    for (const e of result.entities) if (SCORED_TYPES.has(e.type) && !goldOf(e)) {
      counts.ent[1]++;
      misses.ent.push(`extra ${e.type} ${e.name}`);
    }
    // Events: kind and participant names.
    const predEvents = result.entities.filter((e) => e.type === 'Event');
    const used = new Set<Entity>();
    for (const g of gold.events) {
      const want = g.participants.map((p) => byName(p)?.id).filter(Boolean);
      const hit = predEvents.find((e) => !used.has(e) && e.kind === g.kind && want.every((id) => e.participantIds?.includes(id!)));
      if (hit) {
        used.add(hit);
        counts.ev[0]++;
      } else if (!g.optional) {
        counts.ev[2]++;
        misses.ev.push(`missed ${g.kind} [${g.participants.join(', ')}]`);
      }
    }
    for (const e of predEvents) if (!used.has(e)) {
      counts.ev[1]++;
      misses.ev.push(`extra ${e.kind} ${e.name}`);
    }
    // Quotes: same direct flag, matching content, speaker resolved to the gold person. The seed gold annotates speech
    // (said, told, according to): stance attributions ("cited …", "criticized …") are outside it and not scored here;
    // PolNeAR scores them.
    // A gold direct fragment ("low point") is also found inside a report of the same speaker that keeps it between
    // quotation marks ("Tillerson said relations were at a “low point”"): the extractor keeps one quote per
    // attribution, the fragment's words and speaker are in it. The old matching (without this) is printed beside.
    const usedQ = new Set<number>();
    for (const g of gold.quotes) {
      const speaker = byName(g.speaker)?.id;
      const i = result.quotes.findIndex((q, k) => !usedQ.has(k) && q.direct === g.direct && contentMatches(q.text, g.text) && q.speakerId === speaker);
      const inReport = i < 0 && g.direct && result.quotes.some((q) => !q.direct && q.speakerId === speaker && quotedIn(q.text).some((f) => norm(f) === norm(g.text)));
      if (i >= 0 || inReport) {
        if (i >= 0) usedQ.add(i);
        else {
          oldQ[0]--;
          oldQ[2]++;
        }
        counts.q[0]++;
      } else {
        counts.q[2]++;
        misses.q.push(`missed ${g.direct ? 'direct' : 'reported'} ${g.speaker}: ${g.text.slice(0, 70)}`);
      }
    }
    result.quotes.forEach((q, k) => {
      if (!usedQ.has(k) && !q.stance) {
        counts.q[1]++;
        misses.q.push(`extra ${q.direct ? 'direct' : 'reported'} ${q.speakerId}: ${q.text.slice(0, 70)}`);
      }
    });
    // Relations: symmetric.
    const key = (t: string, a?: string, b?: string) => (a && b ? `${t}|${[a, b].sort().join('|')}` : '');
    const predRel = new Set(result.relations.map((r) => key(r.type, r.sourceId, r.targetId)));
    const goldRel = new Set<string>();
    for (const g of gold.relations) {
      const k = key(g.type, byName(g.a)?.id, byName(g.b)?.id);
      goldRel.add(k);
      if (predRel.has(k)) counts.rel[0]++;
      else if (!g.optional) {
        counts.rel[2]++;
        misses.rel.push(`missed ${g.type} ${g.a} — ${g.b}`);
      }
    }
    for (const k of predRel) if (!goldRel.has(k)) {
      counts.rel[1]++;
      misses.rel.push(`extra ${k}`);
    }
  }
  const t = { metric: 'f1' as const, min: 0.95 };
  return [
    scorePart('seed/entities', counts.ent[0], counts.ent[1], counts.ent[2], misses.ent, t),
    scorePart('seed/events', counts.ev[0], counts.ev[1], counts.ev[2], misses.ev),
    { ...scorePart('seed/quotes (speaker+content)', counts.q[0], counts.q[1], counts.q[2], misses.q, t), lenient: scorePart('', counts.q[0] + oldQ[0], counts.q[1] + oldQ[1], counts.q[2] + oldQ[2], []) },
    scorePart('seed/relations', counts.rel[0], counts.rel[1], counts.rel[2], misses.rel, t),
  ];
}

/** The stretches of a text between quotation marks (“…”, "…", ''…''). */
function quotedIn(text: string): string[] {
  return [...text.matchAll(/“([^“”]{1,400})”|"([^"]{1,400})"|''([^']{1,400})''/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}
