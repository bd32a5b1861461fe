// relations-dev: MET_WITH / ALLIED_WITH pairs of 30 corpus articles, scored per ../shared/gold/relations-dev/README.md.
//
// Matching a predicted entity to a gold entity, as a reader would: a predicted Country is the gold entity with its ISO
// code (country:RU is "Russia", "Moscow" or "the Kremlin"'s country only if the gold lists that code); any other
// predicted entity (and a country whose code the gold does not list) is the gold entity one of whose names equals its
// name or one of its aliases, ignoring case and punctuation ("Trump" is Donald Trump when the gold lists "Trump" among his names); when several gold entities share
// the name, the one of the same type. A predicted party that matches no gold entity makes its relation an extra.
//
// Scoring: one unordered pair of entities per type and article. A pair's predicted status is the best of its
// predictions (happened > planned > refused, as in the gold). Optional gold pairs count neither way. A predicted
// meeting (happened or planned) for a pair whose gold status is `refused` is a false positive, and the refusal is
// counted as "refused asserted"; a prediction carrying `refused` finds a required refused pair and is an extra
// elsewhere. A predicted ALLIED_WITH that is not `stated` (hedged, denied) asserts no alliance: it finds nothing and is
// no extra. Status accuracy: among matched required MET_WITH pairs, the share whose predicted status equals the gold's.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Article, Entity, Relation } from '../../src/extract/types.js';
import { normaliseArticle, type RawRecord } from '../../src/ingest/normalise.js';
import { SHARED, norm } from './common.js';
import { RELATION_TYPES } from '../../src/graph/model.js';
import { scorePart, type EvalPart, type Extractor } from './types.js';

interface GoldEntity {
  type: string;
  names: string[];
  code?: string;
  optional?: boolean;
}
interface GoldRelation {
  type: 'MET_WITH' | 'ALLIED_WITH';
  a: string;
  b: string;
  evidence: string;
  status: string;
  optional?: boolean;
}
interface Gold {
  article: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

const TYPES = RELATION_TYPES;
const MEETING_RANK: Record<string, number> = { happened: 3, planned: 2, refused: 1 };
const statusOf = (r: Relation) => r.status ?? (r.type === 'MET_WITH' ? 'happened' : 'stated');

/** Corpus records by id, for the ids asked for only (the corpus is large; each line is parsed only when it is one of them). */
export function corpusArticles(ids: Set<string>): Map<string, Article> {
  const out = new Map<string, Article>();
  const file = path.join(SHARED, 'corpus', 'allsides-international.jsonl');
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const id = /^\{"id":\s*"([^"]+)"/.exec(line)?.[1];
    if (!id || !ids.has(id)) continue;
    const n = normaliseArticle(JSON.parse(line) as RawRecord);
    if (!n.ok) throw new Error(`eval: corpus record ${id} in ${file} is unusable: ${n.reason}`);
    out.set(id, n.article);
  }
  return out;
}

export function evalRelations(extract: Extractor): EvalPart[] {
  const dir = path.join(SHARED, 'gold', 'relations-dev');
  const golds = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Gold);
  const articles = corpusArticles(new Set(golds.map((g) => g.article.replace(/^corpus:/, ''))));
  const tally = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0, misses: [] as string[] }])) as Record<(typeof TYPES)[number], { tp: number; fp: number; fn: number; misses: string[] }>;
  let statusRight = 0;
  let statusJudged = 0;
  let refusedAsserted = 0;
  const statusMisses: string[] = [];
  const refusedMisses: string[] = [];

  for (const gold of golds) {
    const id = gold.article.replace(/^corpus:/, '');
    const article = articles.get(id);
    if (!article) throw new Error(`eval: ${gold.article} of relations-dev is not in the corpus`);
    const result = extract(article);
    const goldIndex = (e: Entity): number => {
      const byCode = e.type === 'Country' && e.code ? gold.entities.findIndex((g) => g.code === e.code) : -1;
      if (byCode >= 0) return byCode;
      const forms = new Set([e.name, ...e.aliases].map(norm));
      const hits = gold.entities.flatMap((g, i) => (g.names.some((n) => forms.has(norm(n))) ? [i] : []));
      return hits.find((i) => gold.entities[i].type === e.type) ?? hits[0] ?? -1;
    };
    const byId = new Map(result.entities.map((e) => [e.id, e]));
    const party = (id: string) => {
      const e = byId.get(id);
      const i = e ? goldIndex(e) : -1;
      return i >= 0 ? `g${i}` : `p:${id}`;
    };
    const label = (k: string) => (k.startsWith('g') ? gold.entities[Number(k.slice(1))].names[0] : k.slice(2));
    const pairKey = (type: string, a: string, b: string) => `${type}|${[a, b].sort().join('|')}`;

    // Predicted pairs with their best status.
    const predicted = new Map<string, { status: string; cue?: string; evidence: string }>();
    for (const r of result.relations) {
      const k = pairKey(r.type, party(r.sourceId), party(r.targetId));
      const status = statusOf(r);
      const prev = predicted.get(k);
      if (!prev || (MEETING_RANK[status] ?? 0) > (MEETING_RANK[prev.status] ?? 0)) predicted.set(k, { status, cue: r.cue, evidence: r.evidence.text });
    }
    const goldByKey = new Map<string, GoldRelation>();
    for (const g of gold.relations) {
      const ia = gold.entities.findIndex((e) => e.names[0] === g.a);
      const ib = gold.entities.findIndex((e) => e.names[0] === g.b);
      if (ia < 0 || ib < 0) throw new Error(`eval: ${gold.article}: relation ${g.a} — ${g.b} names an entity the gold does not list`);
      goldByKey.set(pairKey(g.type, `g${ia}`, `g${ib}`), g);
    }

    for (const [k, g] of goldByKey) {
      const p = predicted.get(k);
      const t = tally[g.type];
      const show = `${g.type} ${g.a} — ${g.b} [${g.status}] in ${id}: ${g.evidence.slice(0, 110)}`;
      if (g.type === 'MET_WITH' && g.status === 'refused') {
        if (p && p.status !== 'refused') {
          refusedAsserted++;
          refusedMisses.push(`asserted ${p.status} for refused ${show}`);
          if (!g.optional) {
            t.fp++;
            t.fn++;
            t.misses.push(`asserted a refused meeting ${show}`);
          }
        } else if (!g.optional) {
          if (p) t.tp++;
          else {
            t.fn++;
            t.misses.push(`missed ${show}`);
          }
        }
        continue;
      }
      const asserted = p && (g.type === 'MET_WITH' ? p.status !== 'refused' : p.status === 'stated');
      if (g.optional) continue;
      if (asserted) {
        t.tp++;
        if (g.type === 'MET_WITH') {
          statusJudged++;
          if (p.status === g.status) statusRight++;
          else statusMisses.push(`${p.status} for ${show}`);
        }
      } else {
        t.fn++;
        t.misses.push(`missed ${show}${p ? ` (predicted ${p.status})` : ''}`);
      }
    }
    for (const [k, p] of predicted) {
      if (goldByKey.has(k)) continue;
      const [type, a, b] = k.split('|');
      if (type === 'ALLIED_WITH' && p.status !== 'stated') continue; // asserts no alliance
      const t = tally[type as (typeof TYPES)[number]];
      t.fp++;
      t.misses.push(`extra ${type} ${label(a)} — ${label(b)} [${p.status}${p.cue ? `, ${p.cue}` : ''}] in ${id}: ${p.evidence.slice(0, 110)}`);
    }
  }

  const all = TYPES.reduce((acc, t) => ({ tp: acc.tp + tally[t].tp, fp: acc.fp + tally[t].fp, fn: acc.fn + tally[t].fn }), { tp: 0, fp: 0, fn: 0 });
  const accuracy = statusJudged ? statusRight / statusJudged : 0;
  return [
    scorePart('relations/all', all.tp, all.fp, all.fn, [], [
      { metric: 'precision', min: 0.85 },
      { metric: 'recall', min: 0.65 },
    ]),
    ...TYPES.map((t) => scorePart(`relations/${t}`, tally[t].tp, tally[t].fp, tally[t].fn, tally[t].misses)),
    { ...scorePart(`relations/MET_WITH status accuracy`, statusRight, 0, statusJudged - statusRight, statusMisses, [{ metric: 'value', min: 0.85 }]), value: accuracy },
    { ...scorePart('relations/refused meetings asserted', 0, refusedAsserted, 0, refusedMisses, [{ metric: 'value', max: 0 }]), value: refusedAsserted },
  ];
}
