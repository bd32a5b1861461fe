// `EVAL_ONLY=identity npm run eval`: cross-article identity against ../shared/gold/identity-dev (its README and
// score.py). The shared corpus is loaded through the real loader into a throwaway embedded Neo4j; each gold mention is
// aligned to the stored mention of its article with the identical span, else the largest overlap (as score.py), and
// the node that mention landed on is compared in pairs: coverage, merge recall, split precision (all, in-group,
// same-surface) and NOT_AN_ENTITY accuracy. Offsets: gold counts code points in the corpus `text`; the stored body
// is that text cleaned (CRLF → LF, BOM dropped) and trimmed, counted in UTF-16 — both mapped here, checked by surface.
// IDENTITY_REUSE=1 scores the graph left in IDENTITY_DATA_DIR by an earlier run (no load; with IDENTITY_RESOLVE=1 it
// runs identity consolidation on it first, as `newsgraph resolve` would); IDENTITY_DUMP=file writes
// the system mentions for `python3 score.py dev.jsonl file`; IDENTITY_CONSOLIDATE=0 loads without identity consolidation.
import { createReadStream, existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { ensureNeo4j, portAnswers } from '../../src/graph/neo4j.js';
import { openDriver } from '../../src/graph/driver.js';
import { applyConstraints } from '../../src/graph/constraints.js';
import { GraphReads } from '../../src/graph/reads.js';
import { loadPaths } from '../../src/load/index.js';
import { consolidate, formatConsolidation } from '../../src/load/consolidate.js';
import { SHARED } from './common.js';
import type { EvalPart } from './types.js';

export interface Gold {
  article: string;
  url: string;
  surface: string;
  start: number;
  end: number;
  identity: string;
  group: string;
  /** A capital standing for its state, or the city itself (the gold README's convention, which scorers may drop). */
  metonymy?: boolean;
}

export interface SystemMention {
  start: number;
  end: number;
  node: string;
  nodeType: string;
}

/** Maps code-point offsets of the raw corpus text to UTF-16 offsets of the stored body, and back. */
export function offsetMaps(raw: string, body: string): { toBody: (cp: number) => number; toRaw: (u: number) => number } {
  const cpToRaw16: number[] = [];
  let i = 0;
  for (const ch of raw) {
    cpToRaw16.push(i);
    i += ch.length;
  }
  cpToRaw16.push(i);
  // What cleaning removes from the raw text: a leading BOM and the \r of each \r\n; then the body is trimmed at the start.
  const removedBefore = new Int32Array(raw.length + 1);
  let removed = 0;
  for (let k = 0; k < raw.length; k++) {
    removedBefore[k] = removed;
    if ((k === 0 && raw[k] === '\uFEFF') || (raw[k] === '\r' && raw[k + 1] === '\n')) removed++;
  }
  removedBefore[raw.length] = removed;
  const cleanedStart = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lead = cleanedStart.length - cleanedStart.trimStart().length;
  const toBody = (cp: number) => cpToRaw16[Math.min(cp, cpToRaw16.length - 1)] - removedBefore[cpToRaw16[Math.min(cp, cpToRaw16.length - 1)]] - lead;
  const toRaw = (u: number) => {
    // inverse by binary search over code points (toBody is monotone)
    let lo = 0;
    let hi = cpToRaw16.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toBody(mid) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  void body;
  return { toBody, toRaw };
}

/** score.py's alignment: the identical span, else the largest overlap (≥ 1 character); null when none. */
export function align(g: { start: number; end: number }, ms: SystemMention[]): SystemMention | null {
  let best: SystemMention | null = null;
  let bo = 0;
  for (const p of ms) {
    if (p.start === g.start && p.end === g.end) return p;
    const o = Math.min(g.end, p.end) - Math.max(g.start, p.start);
    if (o > bo) {
      best = p;
      bo = o;
    }
  }
  return best;
}

export interface IdentityScores {
  gold: number;
  coverage: number;
  mergeRecall: number;
  samePairs: number;
  splitPrecision: number;
  diffPairs: number;
  splitInGroup: number;
  groupPairs: number;
  splitSameSurface: number;
  surfacePairs: number;
  /** Same-surface split precision over pairs with no metonymy mention (capitals as governments vs as cities). */
  splitSameSurfaceLiteral: number;
  surfacePairsLiteral: number;
  notAnEntity: number;
  naeCount: number;
  misses: string[];
}

/** The pairwise scores of score.py over gold mentions each aligned to a system mention (or null). */
export function scoreIdentity(rows: { g: Gold; p: SystemMention | null }[]): IdentityScores {
  const ents = rows.filter((r) => r.g.identity !== 'NOT_AN_ENTITY' && r.g.identity !== 'AMBIGUOUS');
  const nae = rows.filter((r) => r.g.identity === 'NOT_AN_ENTITY');
  let sameOk = 0, sameN = 0, diffOk = 0, diffN = 0, grpOk = 0, grpN = 0, ssOk = 0, ssN = 0, slOk = 0, slN = 0;
  const misses: string[] = [];
  const show = (r: { g: Gold; p: SystemMention | null }) => `"${r.g.surface}" (${r.g.identity}) → ${r.p ? r.p.node : 'unaligned'}`;
  for (let i = 0; i < ents.length; i++) {
    for (let j = i + 1; j < ents.length; j++) {
      const [a, b] = [ents[i], ents[j]];
      if (a.g.identity === b.g.identity) {
        sameN++;
        if (a.p && b.p && a.p.node === b.p.node) sameOk++;
        else if (misses.length < 400) misses.push(`split: ${show(a)} | ${show(b)}`);
      } else if (a.p && b.p) {
        diffN++;
        const ok = a.p.node !== b.p.node;
        if (ok) diffOk++;
        if (a.g.group === b.g.group) {
          grpN++;
          if (ok) grpOk++;
          else misses.unshift(`MERGED in group ${a.g.group}: ${show(a)} | ${show(b)}`);
        }
        if (a.g.surface.toLowerCase() === b.g.surface.toLowerCase()) {
          ssN++;
          if (ok) ssOk++;
          if (!a.g.metonymy && !b.g.metonymy) {
            slN++;
            if (ok) slOk++;
          }
        }
      }
    }
  }
  const bad = new Set(['Person', 'Organization', 'Country']);
  const naeOk = nae.filter((r) => !r.p || !bad.has(r.p.nodeType)).length;
  for (const r of nae) if (r.p && bad.has(r.p.nodeType)) misses.unshift(`NOT_AN_ENTITY on a node: ${show(r)}`);
  const ratio = (a: number, b: number) => (b ? a / b : 1);
  return {
    gold: ents.length,
    coverage: ratio(ents.filter((r) => r.p).length, ents.length),
    mergeRecall: ratio(sameOk, sameN),
    samePairs: sameN,
    splitPrecision: ratio(diffOk, diffN),
    diffPairs: diffN,
    splitInGroup: ratio(grpOk, grpN),
    groupPairs: grpN,
    splitSameSurface: ratio(ssOk, ssN),
    surfacePairs: ssN,
    splitSameSurfaceLiteral: ratio(slOk, slN),
    surfacePairsLiteral: slN,
    notAnEntity: ratio(naeOk, nae.length),
    naeCount: nae.length,
    misses,
  };
}

async function readCorpus(file: string, ids: Set<string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const rl = readline.createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; text: string };
    if (ids.has(`corpus:${r.id}`)) out.set(`corpus:${r.id}`, r.text);
  }
  return out;
}

const part = (name: string, value: number, detail: string, min: number | undefined, misses: string[] = []): EvalPart => ({
  name,
  tp: 0,
  fp: 0,
  fn: 0,
  precision: 0,
  recall: 0,
  f1: 0,
  value,
  target: min === undefined ? undefined : { metric: 'value', min },
  misses: detail ? [detail, ...misses] : misses,
});

export async function evalIdentity(): Promise<EvalPart[]> {
  const goldFile = path.join(SHARED, 'gold', 'identity-dev', 'dev.jsonl');
  const corpusFile = path.join(SHARED, 'corpus', 'allsides-international.jsonl');
  const gold = (await import('node:fs')).readFileSync(goldFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Gold);
  const texts = await readCorpus(corpusFile, new Set(gold.map((g) => g.article)));

  const dataDir = process.env.IDENTITY_DATA_DIR ?? path.join(PROJECT_ROOT, '.data', 'eval-identity');
  const reuse = process.env.IDENTITY_REUSE === '1' && existsSync(dataDir);
  const cfg = loadConfig({ ...process.env, NEO4J_URI: undefined, NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: process.env.IDENTITY_BOLT_PORT ?? '7693' });
  if (await portAnswers(cfg.NEO4J_BOLT_PORT)) throw new Error(`eval identity: something listens on port ${cfg.NEO4J_BOLT_PORT}; stop it or set IDENTITY_BOLT_PORT`);
  if (!reuse) rmSync(dataDir, { recursive: true, force: true });
  const conn = await ensureNeo4j(cfg, { log: (l) => console.error(l) });
  const driver = await openDriver(conn);
  try {
    await applyConstraints(driver, conn.database);
    if (!reuse) {
      const s = await loadPaths([corpusFile], { driver, database: conn.database, progress: process.stderr.isTTY, consolidate: process.env.IDENTITY_CONSOLIDATE !== '0' });
      console.error(`eval identity: loaded ${s.articlesNew} articles in ${s.seconds.toFixed(0)} s${s.consolidation ? `; identity ${s.consolidation.decisions} decisions in ${s.consolidation.seconds.toFixed(1)} s` : ''}`);
    }
    if (reuse && process.env.IDENTITY_RESOLVE === '1') {
      const c = await consolidate(driver, conn.database);
      console.error(`eval identity: ${formatConsolidation(c)}`);
    }
    const reads = new GraphReads(driver, conn.database, 120_000);
    const byArticle = new Map<string, SystemMention[]>();
    const bodyOffset = new Map<string, (cp: number) => number>();
    const dump: string[] = [];
    let offsetsChecked = 0;
    let offsetsWrong = 0;
    for (const articleKey of new Set(gold.map((g) => g.article))) {
      const url = gold.find((g) => g.article === articleKey)!.url;
      const id = await reads.articleIdByUrl(url);
      const raw = texts.get(articleKey);
      if (!id || raw === undefined) {
        byArticle.set(articleKey, []);
        continue;
      }
      const body = (await reads.articleBody(id)) ?? '';
      const rows = await reads.articleMentions(id);
      const types = new Map((await reads.entitiesByIds([...new Set(rows.map((r) => r.entityId))])).map((e) => [e.id, e.type as string]));
      const ms = rows.map((r) => ({ start: r.start, end: r.end, node: r.entityId, nodeType: types.get(r.entityId) ?? '?' }));
      // Gold offsets into this body; each checked against the gold surface.
      const { toBody, toRaw } = offsetMaps(raw, body);
      for (const g of gold.filter((x) => x.article === articleKey)) {
        offsetsChecked++;
        if (body.slice(toBody(g.start), toBody(g.end)) !== g.surface) offsetsWrong++;
      }
      byArticle.set(articleKey, ms);
      bodyOffset.set(articleKey, toBody);
      for (const m of ms) dump.push(JSON.stringify({ article: articleKey, start: toRaw(m.start), end: toRaw(m.end), node: m.node, node_type: m.nodeType }));
    }
    if (process.env.IDENTITY_DUMP) writeFileSync(process.env.IDENTITY_DUMP, `${dump.join('\n')}\n`);
    const aligned = gold.map((g) => {
      const ms = byArticle.get(g.article) ?? [];
      const toBody = bodyOffset.get(g.article);
      if (!toBody || !ms.length) return { g, p: null };
      return { g, p: align({ start: toBody(g.start), end: toBody(g.end) }, ms) };
    });
    const s = scoreIdentity(aligned);
    const f = (x: number) => x.toFixed(3);
    const note = `gold offsets checked against the stored body: ${offsetsChecked - offsetsWrong}/${offsetsChecked} exact`;
    return [
      part('identity/coverage', s.coverage, note, 0.95),
      part('identity/merge recall', s.mergeRecall, `${s.samePairs} same-identity pairs`, 0.9, s.misses.filter((m) => m.startsWith('split')).slice(0, 40)),
      part('identity/split precision', s.splitPrecision, `${s.diffPairs} different-identity pairs aligned`, undefined),
      part('identity/split precision in group', s.splitInGroup, `${s.groupPairs} in-group pairs`, 0.98, s.misses.filter((m) => m.startsWith('MERGED')).slice(0, 40)),
      part('identity/split precision same surface', s.splitSameSurface, `${s.surfacePairs} same-surface pairs (${f(s.splitSameSurface)})`, 0.8),
      // Reported beside the target figure, never instead of it: capitals metonymy is an open decision of the team.
      part('identity/split precision same surface, metonymy aside', s.splitSameSurfaceLiteral, `${s.surfacePairsLiteral} same-surface pairs with no metonymy mention`, undefined),
      part('identity/NOT_AN_ENTITY accuracy', s.notAnEntity, `${s.naeCount} mentions`, 1.0, s.misses.filter((m) => m.startsWith('NOT_AN')).slice(0, 20)),
    ];
  } finally {
    await driver.close();
    if (process.env.IDENTITY_KEEP_NEO4J !== '1') await conn.stop();
  }
}
