// Editors' changes to the graph: merge, split, retype, rename, retract, reassign and undo, each one transaction that
// records its rule (re-applied by the loader), an audit record with a snapshot of what it replaced, and the recomputed
// aggregates (mention counts, aliases, relation edges).
import { randomUUID } from 'node:crypto';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { newEntityId, textKey, type CurationChange, type CurationRule, RETYPE_TARGETS } from '../resolve/curation.js';
import { clusterEvents } from '../resolve/resolve-events.js';
import {
  Label,
  Rel,
  isEntityLabel,
  isRelationType,
  pairKey,
  type RelationType,
} from './model.js';
import { recountSpeakerCounts } from './speaker-aggregates.js';
import { auditLog, inCurationTx, LoadRunningError, CurationInputError, writeAudit, type Actor, type AuditRow, type CurationResult } from './audit.js';
import { eventReportOf, rebuildRelationEdges, recomputeEntities as recomputeWriterEntities } from './writer.js';

// The audit log and the API's curation service live in their own light modules; these names stay importable from here.
export { auditLog, countAudit, createAuditedToken, CurationInputError, LoadRunningError, recordRefusal, type Actor, type AuditRow, type CurationResult } from './audit.js';
export { GraphCuration } from './curation-service.js';

/** A node and its incident relationships as they were, to put back on undo. */
interface NodeSnapshot {
  labels: string[];
  props: Record<string, unknown>;
}
interface RelSnapshot {
  type: string;
  from: { label: string; id: string };
  to: { label: string; id: string };
  props: Record<string, unknown>;
}
interface Snapshot {
  nodes: NodeSnapshot[];
  rels: RelSnapshot[];
}
/** Nodes a change touched, by lookup label: what undo removes before it puts the snapshot back. */
interface Touched {
  Entity: string[];
  Quote: string[];
  Evidence: string[];
}
/** Relation edges (MET_WITH / ALLIED_WITH) of pairs a change recomputed. */
interface PairRef {
  type: RelationType;
  a: string;
  b: string;
  key: string;
}

const SNAPSHOT_LABELS = [Label.Entity, Label.Quote, Label.Evidence] as const;
/** The label a relationship end is found by (each has a uniqueness constraint on id). */
const LOOKUP_LABELS = [Label.Article, Label.Entity, Label.Quote, Label.Evidence] as const;

const emptyTouched = (): Touched => ({ Entity: [], Quote: [], Evidence: [] });

async function refuseDuringLoad(tx: ManagedTransaction): Promise<void> {
  const res = await tx.run(`MATCH (l:${Label.LoadLock} {id: 'load'}) WHERE l.expiresAt >= timestamp() RETURN l.pid AS pid, l.host AS host, l.since AS since`);
  const l = res.records[0];
  if (l) throw new LoadRunningError(`a load is running (pid ${l.get('pid')} on ${l.get('host')}, since ${l.get('since')}); try again when it has finished`);
}

// ---------------------------------------------------------------------------------------------------------------
// Snapshots

async function snapshot(tx: ManagedTransaction, touched: Touched, pairs: PairRef[]): Promise<Snapshot> {
  const nodes: NodeSnapshot[] = [];
  const rels = new Map<string, RelSnapshot>();
  for (const label of SNAPSHOT_LABELS) {
    const ids = [...new Set(touched[label])];
    if (!ids.length) continue;
    const res = await tx.run(
      `UNWIND $ids AS id
       MATCH (n:${label} {id: id})
       OPTIONAL MATCH (n)-[r]-(m)
       RETURN labels(n) AS labels, properties(n) AS props,
              collect(CASE WHEN r IS NULL THEN null ELSE {key: elementId(r), type: type(r), from: startNode(r).id, fromLabels: labels(startNode(r)),
                      to: endNode(r).id, toLabels: labels(endNode(r)), props: properties(r)} END) AS rels`,
      { ids },
    );
    for (const rec of res.records) {
      nodes.push({ labels: rec.get('labels'), props: rec.get('props') });
      for (const r of rec.get('rels') as { key: string; type: string; from: string; fromLabels: string[]; to: string; toLabels: string[]; props: Record<string, unknown> }[]) {
        // A relation edge is keyed by its ends, so that one also named by `pairs` below is kept once.
        const key = isRelationType(r.type) ? `${r.type}|${r.from}|${r.to}` : r.key;
        rels.set(key, { type: r.type, from: { label: lookupLabel(r.fromLabels), id: r.from }, to: { label: lookupLabel(r.toLabels), id: r.to }, props: r.props });
      }
    }
  }
  // Dedupe nodes seen under two labels (an Event is an Entity too).
  const seen = new Set<string>();
  const unique = nodes.filter((n) => !seen.has(String(n.props.id)) && seen.add(String(n.props.id)));
  for (const p of pairs) {
    const res = await tx.run(
      `MATCH (:${Label.Entity} {id: $a})-[r:${p.type}]->(:${Label.Entity} {id: $b}) RETURN properties(r) AS props`,
      { a: p.a, b: p.b },
    );
    for (const rec of res.records) rels.set(`${p.type}|${p.a}|${p.b}`, { type: p.type, from: { label: Label.Entity, id: p.a }, to: { label: Label.Entity, id: p.b }, props: rec.get('props') });
  }
  return { nodes: unique, rels: [...rels.values()] };
}

function lookupLabel(labels: string[]): string {
  const l = LOOKUP_LABELS.find((x) => labels.includes(x));
  if (!l) throw new Error(`curation: a relationship ends at a node labelled ${labels.join(':')}, which a snapshot cannot name`);
  return l;
}

/** Integers go back as Neo4j integers (a JS number is sent as a float). */
function typed(props: Record<string, unknown>): Record<string, unknown> {
  const t = (v: unknown): unknown => (typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : Array.isArray(v) ? v.map(t) : v);
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, t(v)]));
}

/** Removes the touched nodes and pair edges and puts back the snapshot (labels and types checked against the model). */
async function restore(tx: ManagedTransaction, snap: Snapshot, remove: Touched, pairs: PairRef[]): Promise<void> {
  for (const label of SNAPSHOT_LABELS) {
    const ids = [...new Set(remove[label])];
    if (ids.length) await tx.run(`UNWIND $ids AS id MATCH (n:${label} {id: id}) DETACH DELETE n`, { ids });
  }
  for (const p of pairs) await tx.run(`MATCH (:${Label.Entity} {id: $a})-[r:${p.type}]->(:${Label.Entity} {id: $b}) DELETE r`, { a: p.a, b: p.b });
  const allowed = new Set<string>(Object.values(Label));
  const byLabels = new Map<string, Record<string, unknown>[]>();
  for (const n of snap.nodes) {
    if (!n.labels.every((l) => allowed.has(l))) throw new Error(`curation: snapshot holds unknown labels ${n.labels.join(':')}`);
    const key = [...n.labels].sort().join(':');
    byLabels.set(key, [...(byLabels.get(key) ?? []), typed(n.props)]);
  }
  for (const [labels, rows] of byLabels) await tx.run(`UNWIND $rows AS p CREATE (n:${labels}) SET n = p`, { rows });
  const allowedRels = new Set<string>(Object.values(Rel));
  const groups = new Map<string, { type: string; fromLabel: string; toLabel: string; rows: unknown[] }>();
  for (const r of snap.rels) {
    if (!allowedRels.has(r.type) || !(LOOKUP_LABELS as readonly string[]).includes(r.from.label) || !(LOOKUP_LABELS as readonly string[]).includes(r.to.label)) {
      throw new Error(`curation: snapshot holds an unknown relationship ${r.type}`);
    }
    const key = `${r.type}|${r.from.label}|${r.to.label}`;
    const g = groups.get(key) ?? groups.set(key, { type: r.type, fromLabel: r.from.label, toLabel: r.to.label, rows: [] }).get(key)!;
    g.rows.push({ from: r.from.id, to: r.to.id, props: typed(r.props) });
  }
  for (const g of groups.values()) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH (a:${g.fromLabel} {id: r.from})
       MATCH (b:${g.toLabel} {id: r.to})
       CREATE (a)-[x:${g.type}]->(b)
       SET x = r.props`,
      { rows: g.rows },
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Aggregates (the same rules as graph/writer.ts)

/** Relation edges of these pairs, recomputed from all their evidence: the writer's own step. */
async function recomputeRelationEdges(tx: ManagedTransaction, pairs: PairRef[]): Promise<void> {
  await rebuildRelationEdges(tx, { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 }, dedupePairs(pairs));
}

function dedupePairs(pairs: PairRef[]): PairRef[] {
  return [...new Map(pairs.map((p) => [p.key, p])).values()];
}

/** Mention count and aliases from all MENTIONS (the writer's own step); an entity no article mentions any more is removed. */
async function recomputeEntities(tx: ManagedTransaction, ids: string[]): Promise<void> {
  await recomputeWriterEntities(tx, { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 }, [...new Set(ids)]);
}

/** The entity is called `name` everywhere: the name set, and the name among each article's names for it, as a load with the rule gives. */
async function pinName(tx: ManagedTransaction, id: string, name: string): Promise<void> {
  await tx.run(
    `MATCH (n:${Label.Entity} {id: $id})
     SET n.name = $name
     WITH n
     MATCH (:${Label.Article})-[m:${Rel.MENTIONS}]->(n)
     WHERE NOT $name IN m.aliases
     SET m.aliases = m.aliases + $name`,
    { id, name },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Moving an entity's facts to another entity

interface EntityInfo {
  id: string;
  labels: string[];
  type: string;
  name: string;
  role: string | null;
}

async function entityInfo(tx: ManagedTransaction, id: string): Promise<EntityInfo | null> {
  const res = await tx.run(`MATCH (n:${Label.Entity} {id: $id}) RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.role AS role`, { id });
  if (!res.records.length) return null;
  const labels = res.records[0].get('labels') as string[];
  return { id, labels, type: labels.find(isEntityLabel) ?? 'Entity', name: res.records[0].get('name'), role: res.records[0].get('role') ?? null };
}

/** What a move of `from`'s facts (in `articleIds`, or all) touches, for the snapshot. */
async function touchedByMove(tx: ManagedTransaction, from: string, articleIds: string[] | null): Promise<{ evidence: string[]; events: string[]; pairs: PairRef[] }> {
  const ev = await tx.run(
    `MATCH (ev:${Label.Evidence}) WHERE (ev.sourceId = $from OR ev.targetId = $from) AND ($articles IS NULL OR ev.articleId IN $articles)
     RETURN ev.id AS id, ev.type AS type, ev.sourceId AS a, ev.targetId AS b, ev.pairKey AS key`,
    { from, articles: articleIds },
  );
  const events = await tx.run(
    `MATCH (e:${Label.Event})-[i:${Rel.IN}]->(a:${Label.Article})
     WHERE ($from IN i.participantIds OR i.locationId = $from) AND ($articles IS NULL OR a.id IN $articles)
     RETURN collect(DISTINCT e.id) AS ids`,
    { from, articles: articleIds },
  );
  return {
    evidence: ev.records.map((r) => r.get('id') as string),
    events: (events.records[0]?.get('ids') as string[]) ?? [],
    pairs: ev.records.map((r) => ({ type: r.get('type'), a: r.get('a'), b: r.get('b'), key: r.get('key') })),
  };
}

/** Moves `from`'s mentions, quotes, topics, evidence and event parts (in `articleIds`, or all) to `into`. Returns the pairs and evidence ids it made. */
async function moveFacts(tx: ManagedTransaction, from: string, into: string, articleIds: string[] | null): Promise<{ pairs: PairRef[]; evidence: string[] }> {
  const p = { from, into, articles: articleIds };
  await tx.run(
    `MATCH (a:${Label.Article})-[m:${Rel.MENTIONS}]->(:${Label.Entity} {id: $from})
     WHERE $articles IS NULL OR a.id IN $articles
     MATCH (t:${Label.Entity} {id: $into})
     MERGE (a)-[m2:${Rel.MENTIONS}]->(t)
     ON CREATE SET m2.count = 0, m2.aliases = []
     SET m2.count = m2.count + m.count, m2.aliases = m2.aliases + [x IN m.aliases WHERE NOT x IN m2.aliases]
     WITH m, m2, m.rules IS NOT NULL OR m2.rules IS NOT NULL AS tagged
     // Offsets of both in text order, as the writer keeps them (with identity's rule and origin per offset, if any).
     CALL (m, m2) {
       WITH coalesce(m2.starts, []) AS s2, coalesce(m2.ends, []) AS e2, coalesce(m.starts, []) AS s1, coalesce(m.ends, []) AS e1
       WITH s2 + s1 AS s, e2 + e1 AS e,
            [i IN range(0, size(s2) - 1) | coalesce(m2.rules[i], '')] + [i IN range(0, size(s1) - 1) | coalesce(m.rules[i], '')] AS r,
            [i IN range(0, size(s2) - 1) | coalesce(m2.via[i], '')] + [i IN range(0, size(s1) - 1) | coalesce(m.via[i], '')] AS v
       UNWIND range(0, size(s) - 1) AS i
       WITH s[i] AS st, e[i] AS en, r[i] AS ru, v[i] AS vi ORDER BY st, en
       RETURN collect(st) AS starts, collect(en) AS ends, collect(ru) AS rules, collect(vi) AS via
     }
     SET m2.starts = starts, m2.ends = ends,
         m2.rules = CASE WHEN tagged THEN rules END, m2.via = CASE WHEN tagged THEN via END
     DELETE m`,
    p,
  );
  await tx.run(
    `MATCH (:${Label.Entity} {id: $from})-[s:${Rel.SAID}]->(q:${Label.Quote})
     WHERE $articles IS NULL OR q.articleId IN $articles
     MATCH (t:${Label.Entity} {id: $into})
     CREATE (t)-[:${Rel.SAID}]->(q)
     DELETE s`,
    p,
  );
  await tx.run(
    `MATCH (q:${Label.Quote})-[x:${Rel.ABOUT}]->(:${Label.Entity} {id: $from})
     WHERE $articles IS NULL OR q.articleId IN $articles
     MATCH (t:${Label.Entity} {id: $into})
     MERGE (q)-[:${Rel.ABOUT}]->(t)
     DELETE x`,
    p,
  );
  // Event reports: their party and place lists name the new id; the event's PARTICIPATED_IN / IN_COUNTRY follow its reports.
  const reports = await tx.run(
    `MATCH (e:${Label.Event})-[i:${Rel.IN}]->(a:${Label.Article})
     WHERE ($from IN i.participantIds OR i.locationId = $from) AND ($articles IS NULL OR a.id IN $articles)
     RETURN elementId(i) AS rid, e.id AS eventId, i.participantIds AS ids, i.participantNames AS names, i.locationId AS loc`,
    p,
  );
  const into_ = await entityInfo(tx, into);
  const rows = reports.records.map((r) => {
    const ids = (r.get('ids') as string[]) ?? [];
    const names = (r.get('names') as string[]) ?? [];
    const outIds: string[] = [];
    const outNames: string[] = [];
    ids.forEach((id, i) => {
      const nid = id === from ? into : id;
      if (outIds.includes(nid)) return;
      outIds.push(nid);
      outNames.push(nid === into ? (into_?.name ?? names[i]) : names[i]);
    });
    return { rid: r.get('rid'), eventId: r.get('eventId'), ids: outIds, names: outNames, loc: r.get('loc') === from ? into : r.get('loc') };
  });
  if (rows.length) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH ()-[i:${Rel.IN}]->() WHERE elementId(i) = r.rid
       SET i.participantIds = r.ids, i.participantNames = r.names, i.locationId = r.loc`,
      { rows },
    );
    const eventIds = [...new Set(rows.map((r) => r.eventId))];
    await tx.run(
      `UNWIND $eventIds AS eid
       MATCH (e:${Label.Event} {id: eid})
       CALL (e) {
         MATCH (e)-[i:${Rel.IN}]->(:${Label.Article})
         UNWIND i.participantIds AS pid
         RETURN collect(DISTINCT pid) AS pids
       }
       OPTIONAL MATCH (p:${Label.Entity})-[x:${Rel.PARTICIPATED_IN}]->(e) WHERE p.id IN [$from, $into] AND NOT p.id IN pids
       DELETE x
       WITH DISTINCT e, pids
       UNWIND [pid IN pids WHERE pid IN [$from, $into]] AS pid
       MATCH (p:${Label.Entity} {id: pid})
       MERGE (p)-[:${Rel.PARTICIPATED_IN}]->(e)`,
      { eventIds, from, into },
    );
    await renameEvents(tx, eventIds);
    await tx.run(
      `UNWIND $eventIds AS eid
       MATCH (e:${Label.Event} {id: eid})-[c:${Rel.IN_COUNTRY}]->(:${Label.Country} {id: $from})
       WHERE NOT EXISTS { MATCH (e)-[i:${Rel.IN}]->() WHERE i.locationId = $from }
       MATCH (t:${Label.Country} {id: $into})
       MERGE (e)-[:${Rel.IN_COUNTRY}]->(t)
       DELETE c`,
      { eventIds, from, into },
    );
  }
  // Evidence: its ids and pair key name the entities, so each piece is replaced by one naming the new id.
  const ev = await tx.run(
    `MATCH (ev:${Label.Evidence}) WHERE (ev.sourceId = $from OR ev.targetId = $from) AND ($articles IS NULL OR ev.articleId IN $articles)
     RETURN properties(ev) AS props`,
    p,
  );
  const pairs: PairRef[] = [];
  const created: Record<string, unknown>[] = [];
  for (const rec of ev.records) {
    const old = rec.get('props') as Record<string, unknown>;
    const type = old.type as string;
    if (!isRelationType(type)) continue;
    pairs.push({ type, a: old.sourceId as string, b: old.targetId as string, key: old.pairKey as string });
    const s = old.sourceId === from ? into : (old.sourceId as string);
    const t = old.targetId === from ? into : (old.targetId as string);
    if (s === t) continue; // no relation of an entity with itself
    const [a, b] = s < t ? [s, t] : [t, s];
    const key = pairKey(type, a, b);
    pairs.push({ type, a, b, key });
    created.push({ ...old, id: `ev:${old.articleId}:${key}:${old.start}`, sourceId: a, targetId: b, pairKey: key });
  }
  await tx.run(
    `MATCH (ev:${Label.Evidence}) WHERE (ev.sourceId = $from OR ev.targetId = $from) AND ($articles IS NULL OR ev.articleId IN $articles) DETACH DELETE ev`,
    p,
  );
  const rowsEv = [...new Map(created.map((c) => [c.id as string, typed(c)])).values()];
  await tx.run(
    `UNWIND $rows AS ev
     MATCH (a:${Label.Article} {id: ev.articleId})
     OPTIONAL MATCH (dup:${Label.Evidence} {id: ev.id})
     WITH a, ev WHERE dup IS NULL
     CREATE (n:${Label.Evidence})
     SET n = ev
     CREATE (n)-[:${Rel.IN}]->(a)`,
    { rows: rowsEv },
  );
  return { pairs, evidence: rowsEv.map((r) => r.id as string) };
}

/** An event's name lists its parties' names: derived again from its reports (the event merge rule's own derivation). */
async function renameEvents(tx: ManagedTransaction, eventIds: string[]): Promise<void> {
  const res = await tx.run(
    `UNWIND $eventIds AS eid
     MATCH (e:${Label.Event} {id: eid})-[i:${Rel.IN}]->(a:${Label.Article})
     RETURN e.id AS eventId, collect({r: properties(i), articleId: a.id, publishedAt: a.publishedAt}) AS reports`,
    { eventIds },
  );
  const rows = res.records.flatMap((rec) => {
    const reports = (rec.get('reports') as { r: Record<string, unknown>; articleId: string; publishedAt: string | null }[]).map(({ r, articleId, publishedAt }) => eventReportOf(r, articleId, publishedAt));
    // Reports that no longer belong together keep their event as it is (a reload of one of them re-clusters it).
    const events = clusterEvents(reports);
    return events.length === 1 ? [{ id: rec.get('eventId') as string, name: events[0].name }] : [];
  });
  await tx.run(`UNWIND $rows AS r MATCH (e:${Label.Event} {id: r.id}) SET e.name = r.name`, { rows });
}

// ---------------------------------------------------------------------------------------------------------------
// Rules and audit records

async function writeRule(tx: ManagedTransaction, rule: CurationRule): Promise<void> {
  await tx.run(
    `CREATE (r:${Label.CurationRule} {id: $id, seq: $seq, createdAt: $createdAt, actor: $actor, reason: $reason, action: $action, change: $change})`,
    { id: rule.id, seq: neo4j.int(rule.seq), createdAt: rule.createdAt, actor: rule.actor, reason: rule.reason, action: rule.change.action, change: JSON.stringify(rule.change) },
  );
  // A rule from a curation file keeps its number: later numbers must come after it.
  await tx.run(`MATCH (l:${Label.CurationLock} {id: 'curation'}) SET l.seq = CASE WHEN l.seq < $seq THEN $seq ELSE l.seq END`, { seq: neo4j.int(rule.seq) });
}

interface ChangeOutcome {
  resultId: string | null;
  entityIds: string[];
  touched: Touched;
  pairs: PairRef[];
  snap: Snapshot;
  after: Touched;
  changes: CurationChange[];
}

/** One change: snapshot, apply, rules, audit record; all in one transaction. */
async function change(
  driver: Driver,
  database: string,
  actor: Actor,
  action: string,
  reason: string,
  apply: (tx: ManagedTransaction) => Promise<ChangeOutcome>,
  opts: { createdAt?: string; ruleIds?: string[]; ruleSeqs?: number[] } = {},
): Promise<CurationResult> {
  return inCurationTx(driver, database, async (tx, nextSeq) => {
    await refuseDuringLoad(tx);
    const out = await apply(tx);
    await recountSpeakerCounts(tx, [...out.entityIds, ...out.touched.Entity]);
    const ruleIds: string[] = [];
    for (const [i, c] of out.changes.entries()) {
      const seq = opts.ruleSeqs?.[i] ?? (await nextSeq());
      const id = opts.ruleIds?.[i] ?? `rule:${randomUUID()}`;
      await writeRule(tx, { id, seq, createdAt: opts.createdAt ?? new Date().toISOString(), actor: actor.name, reason, change: c });
      ruleIds.push(id);
    }
    const auditId = await writeAudit(tx, await nextSeq(), {
      actor,
      action,
      reason,
      before: { snapshot: out.snap, touched: out.touched, pairs: out.pairs },
      after: { resultId: out.resultId, touched: out.after, changes: out.changes },
      entityIds: out.entityIds,
      ruleIds,
    });
    return { auditId, resultId: out.resultId };
  });
}

const union = (a: Touched, b: Touched): Touched => ({ Entity: [...a.Entity, ...b.Entity], Quote: [...a.Quote, ...b.Quote], Evidence: [...a.Evidence, ...b.Evidence] });

const MOVABLE = new Set<string>([Label.Person, Label.Country, Label.Organization]);

async function requireEntity(tx: ManagedTransaction, id: string): Promise<EntityInfo> {
  const e = await entityInfo(tx, id);
  if (!e) throw new CurationInputError(`no entity with id "${id.slice(0, 120)}"`);
  if (!MOVABLE.has(e.type)) throw new CurationInputError(`${id}: ${e.type} entities are made by the event merge rule and cannot be curated by hand`);
  return e;
}

/** Moves all (or some articles') facts of each `from` into `into`, which exists or is created with `labels`; the pinned name as given. */
async function moveEntities(
  tx: ManagedTransaction,
  froms: string[],
  into: string,
  articleIds: string[] | null,
  create: { labels: string[]; name: string; role: string | null } | null,
  name: string,
): Promise<Omit<ChangeOutcome, 'changes' | 'resultId'>> {
  const touched = emptyTouched();
  const pairs: PairRef[] = [];
  touched.Entity.push(into, ...froms);
  for (const from of froms) {
    const t = await touchedByMove(tx, from, articleIds);
    touched.Evidence.push(...t.evidence);
    touched.Entity.push(...t.events);
    pairs.push(...t.pairs);
  }
  const snap = await snapshot(tx, touched, pairs);
  if (create) {
    const labels = create.labels.filter((l) => isEntityLabel(l) || l === Label.Entity);
    await tx.run(`MERGE (n:${Label.Entity} {id: $id}) ON CREATE SET n.name = $name, n.aliases = [], n.mentionCount = 0, n.role = $role`, { id: into, name: create.name, role: create.role });
    for (const l of labels) await tx.run(`MATCH (n:${Label.Entity} {id: $id}) SET n:${l}`, { id: into });
  }
  const after = emptyTouched();
  after.Entity.push(into, ...touched.Entity);
  for (const from of froms) {
    const moved = await moveFacts(tx, from, into, articleIds);
    pairs.push(...moved.pairs);
    after.Evidence.push(...moved.evidence);
  }
  await recomputeRelationEdges(tx, pairs);
  await pinName(tx, into, name);
  await recomputeEntities(tx, [into, ...froms]);
  return { entityIds: [into, ...froms], touched, pairs: dedupePairs(pairs), snap, after };
}

// ---------------------------------------------------------------------------------------------------------------
// The changes

export async function mergeEntities(driver: Driver, database: string, actor: Actor, ids: string[], into: string, reason: string, opts?: RuleOpts): Promise<CurationResult> {
  return change(driver, database, actor, 'mergeEntities', reason, async (tx) => {
    const target = await requireEntity(tx, into);
    const froms = [...new Set(ids)].filter((id) => id !== into);
    if (!froms.length) throw new CurationInputError('mergeEntities: name at least one entity other than "into"');
    for (const id of froms) {
      const e = await requireEntity(tx, id);
      if (e.type !== target.type) throw new CurationInputError(`mergeEntities: ${id} is a ${e.type} and ${into} a ${target.type}; set the type first (setEntityType)`);
    }
    const out = await moveEntities(tx, froms, into, null, null, target.name);
    return { ...out, resultId: into, changes: froms.map((from) => ({ action: 'merge' as const, from, into, name: target.name })) };
  }, opts);
}

export async function splitEntity(driver: Driver, database: string, actor: Actor, id: string, articleIds: string[], name: string, reason: string, opts?: RuleOpts): Promise<CurationResult> {
  return change(driver, database, actor, 'splitEntity', reason, async (tx) => {
    const e = await requireEntity(tx, id);
    if (!articleIds.length) throw new CurationInputError('splitEntity: name at least one article whose mentions become the new entity');
    if (e.type === Label.Country) throw new CurationInputError('splitEntity: a country is one per ISO code and cannot be split');
    const mentioned = await tx.run(
      `MATCH (a:${Label.Article})-[:${Rel.MENTIONS}]->(:${Label.Entity} {id: $id}) WHERE a.id IN $articleIds RETURN count(a) AS n`,
      { id, articleIds },
    );
    if (Number(mentioned.records[0].get('n')) === 0) throw new CurationInputError(`splitEntity: none of the given articles mentions ${id}`);
    const into = newEntityId(e.type as 'Person' | 'Organization', name);
    if (into === id) throw new CurationInputError(`splitEntity: "${name}" gives the same id ${id}; choose a name that tells them apart`);
    const named = await tx.run(
      `MATCH (a:${Label.Article})-[m:${Rel.MENTIONS}]->(:${Label.Entity} {id: $id}) WHERE a.id IN $articleIds
       UNWIND m.aliases AS form
       RETURN collect(DISTINCT form) AS forms`,
      { id, articleIds },
    );
    const forms = (named.records[0].get('forms') as string[]).sort();
    const out = await moveEntities(tx, [id], into, articleIds, { labels: e.labels, name, role: e.role }, name);
    return { ...out, resultId: into, changes: [{ action: 'split' as const, from: id, into, name, articleIds, forms }] };
  }, opts);
}

export async function setEntityType(driver: Driver, database: string, actor: Actor, id: string, type: string, reason: string, opts?: RuleOpts): Promise<CurationResult> {
  return change(driver, database, actor, 'setEntityType', reason, async (tx) => {
    const e = await requireEntity(tx, id);
    if (!(RETYPE_TARGETS as readonly string[]).includes(type)) throw new CurationInputError(`setEntityType: the type must be one of ${RETYPE_TARGETS.join(', ')}`);
    if (e.type === type) throw new CurationInputError(`setEntityType: ${id} is a ${type} already`);
    const into = newEntityId(type as 'Person' | 'Organization', e.name);
    const existing = await entityInfo(tx, into);
    if (existing && existing.type !== type) throw new CurationInputError(`setEntityType: ${into} exists as a ${existing.type}`);
    const out = await moveEntities(tx, [id], into, null, { labels: [Label.Entity, type], name: e.name, role: type === Label.Person ? e.role : null }, existing?.name ?? e.name);
    return { ...out, resultId: into, changes: [{ action: 'setType' as const, from: id, into, name: existing?.name ?? e.name, type: type as 'Person' | 'Organization' }] };
  }, opts);
}

export async function renameEntity(driver: Driver, database: string, actor: Actor, id: string, name: string, reason: string, opts?: RuleOpts): Promise<CurationResult> {
  return change(driver, database, actor, 'renameEntity', reason, async (tx) => {
    await requireEntity(tx, id);
    const clean = name.replace(/\s+/g, ' ').trim();
    if (!clean) throw new CurationInputError('renameEntity: the name is empty');
    const touched: Touched = { ...emptyTouched(), Entity: [id] };
    const snap = await snapshot(tx, touched, []);
    await pinName(tx, id, clean);
    await recomputeEntities(tx, [id]);
    return { resultId: id, entityIds: [id], touched, pairs: [], snap, after: touched, changes: [{ action: 'rename' as const, id, name: clean }] };
  }, opts);
}

async function quoteInfo(tx: ManagedTransaction, id: string) {
  const res = await tx.run(
    `MATCH (q:${Label.Quote} {id: $id}) OPTIONAL MATCH (s)-[:${Rel.SAID}]->(q) OPTIONAL MATCH (q)-[:${Rel.ABOUT}]->(x)
     RETURN q.articleId AS articleId, q.text AS text, s.id AS speakerId, collect(x.id) AS aboutIds`,
    { id },
  );
  if (!res.records.length) throw new CurationInputError(`no quote with id "${id.slice(0, 160)}"`);
  const r = res.records[0];
  return { articleId: r.get('articleId') as string, text: r.get('text') as string, speakerId: (r.get('speakerId') as string | null) ?? null, aboutIds: r.get('aboutIds') as string[] };
}

export async function retractQuote(driver: Driver, database: string, actor: Actor, id: string, reason: string, opts?: RuleOpts): Promise<CurationResult> {
  return change(driver, database, actor, 'retractQuote', reason, async (tx) => {
    const q = await quoteInfo(tx, id);
    const touched: Touched = { ...emptyTouched(), Quote: [id] };
    const snap = await snapshot(tx, touched, []);
    await tx.run(`MATCH (q:${Label.Quote} {id: $id}) DETACH DELETE q`, { id });
    const entityIds = [...(q.speakerId ? [q.speakerId] : []), ...q.aboutIds];
    return { resultId: null, entityIds, touched, pairs: [], snap, after: touched, changes: [{ action: 'retractQuote' as const, articleId: q.articleId, quoteKey: textKey(q.text) }] };
  }, opts);
}

export async function reassignQuote(driver: Driver, database: string, actor: Actor, id: string, speaker: string, reason: string, opts?: RuleOpts): Promise<CurationResult> {
  return change(driver, database, actor, 'reassignQuote', reason, async (tx) => {
    const q = await quoteInfo(tx, id);
    const s = await entityInfo(tx, speaker);
    if (!s) throw new CurationInputError(`no entity with id "${speaker.slice(0, 120)}"`);
    if (s.type === Label.Event) throw new CurationInputError('reassignQuote: an event cannot speak');
    const touched: Touched = { ...emptyTouched(), Quote: [id] };
    const snap = await snapshot(tx, touched, []);
    await tx.run(`MATCH (:${Label.Entity})-[r:${Rel.SAID}]->(:${Label.Quote} {id: $id}) DELETE r`, { id });
    await tx.run(`MATCH (q:${Label.Quote} {id: $id}) MATCH (s:${Label.Entity} {id: $speaker}) CREATE (s)-[:${Rel.SAID}]->(q)`, { id, speaker });
    const entityIds = [...(q.speakerId ? [q.speakerId] : []), speaker];
    return { resultId: id, entityIds, touched, pairs: [], snap, after: touched, changes: [{ action: 'reassignQuote' as const, articleId: q.articleId, quoteKey: textKey(q.text), speakerId: speaker }] };
  }, opts);
}

export async function retractRelation(driver: Driver, database: string, actor: Actor, evidenceId: string, reason: string, opts?: RuleOpts): Promise<CurationResult> {
  return change(driver, database, actor, 'retractRelation', reason, async (tx) => {
    const res = await tx.run(`MATCH (ev:${Label.Evidence} {id: $id}) RETURN properties(ev) AS p`, { id: evidenceId });
    if (!res.records.length) throw new CurationInputError(`no evidence with id "${evidenceId.slice(0, 160)}"`);
    const ev = res.records[0].get('p') as Record<string, string>;
    if (!isRelationType(ev.type)) throw new CurationInputError(`evidence ${evidenceId} states no relation type this API knows`);
    const pair: PairRef = { type: ev.type, a: ev.sourceId, b: ev.targetId, key: ev.pairKey };
    const touched: Touched = { ...emptyTouched(), Evidence: [evidenceId] };
    const snap = await snapshot(tx, touched, [pair]);
    await tx.run(`MATCH (ev:${Label.Evidence} {id: $id}) DETACH DELETE ev`, { id: evidenceId });
    await recomputeRelationEdges(tx, [pair]);
    return {
      resultId: null,
      entityIds: [ev.sourceId, ev.targetId],
      touched,
      pairs: [pair],
      snap,
      after: touched,
      changes: [{ action: 'retractRelation' as const, articleId: ev.articleId, type: ev.type, sourceId: ev.sourceId, targetId: ev.targetId, sentenceKey: textKey(ev.sentence ?? '') }],
    };
  }, opts);
}

/** Undoes one change: its snapshot put back, its rules removed. Refused when a later change that is not undone touched the same nodes. */
export async function undo(driver: Driver, database: string, actor: Actor, auditId: string, reason: string): Promise<CurationResult> {
  return inCurationTx(driver, database, async (tx, nextSeq) => {
    await refuseDuringLoad(tx);
    const res = await tx.run(`MATCH (r:${Label.AuditRecord} {id: $id}) RETURN properties(r) AS p`, { id: auditId });
    if (!res.records.length) throw new CurationInputError(`no audit record with id "${auditId.slice(0, 120)}"`);
    const rec = res.records[0].get('p') as Record<string, unknown>;
    if (rec.outcome !== 'done' || rec.action === 'undo' || rec.action === 'applyRule') throw new CurationInputError(`undo: ${auditId} is a ${rec.action} record (${rec.outcome}); only a change can be undone`);
    if (rec.undoneBy) throw new CurationInputError(`undo: ${auditId} was undone already by ${rec.undoneBy}`);
    const before = JSON.parse(rec.before as string) as { snapshot: Snapshot; touched: Touched; pairs: PairRef[] };
    const after = JSON.parse(rec.after as string) as { touched: Touched };
    const nodeIds = [...new Set([...Object.values(before.touched).flat(), ...Object.values(after.touched).flat()])];
    const later = await tx.run(
      `MATCH (r:${Label.AuditRecord})
       WHERE r.seq > $seq AND r.outcome = 'done' AND r.undoneBy IS NULL AND r.action <> 'undo'
         AND any(x IN r.entityIds WHERE x IN $ids)
       RETURN r.id AS id ORDER BY r.seq LIMIT 1`,
      { seq: neo4j.int(Number(rec.seq)), ids: [...nodeIds, ...(rec.entityIds as string[])] },
    );
    if (later.records.length) throw new CurationInputError(`undo: a later change (${later.records[0].get('id')}) touches the same entities; undo it first`);
    await restore(tx, before.snapshot, union(before.touched, after.touched), before.pairs);
    await recountSpeakerCounts(tx, [...(rec.entityIds as string[]), ...before.touched.Entity, ...after.touched.Entity]);
    await tx.run(`UNWIND $ids AS id MATCH (r:${Label.CurationRule} {id: id}) DELETE r`, { ids: rec.ruleIds as string[] });
    const id = await writeAudit(tx, await nextSeq(), { actor, action: 'undo', reason, before: { auditId }, after: null, entityIds: rec.entityIds as string[] });
    await tx.run(`MATCH (r:${Label.AuditRecord} {id: $auditId}) SET r.undoneBy = $id`, { auditId, id });
    return { auditId: id, resultId: null };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Rules: read by the loader, exported and applied by the CLI

/** Keeps a rule's id, time, author and order when it is applied from a curation file. */
export interface RuleOpts {
  createdAt?: string;
  ruleIds?: string[];
  ruleSeqs?: number[];
}

export async function readRules(driver: Driver, database: string): Promise<CurationRule[]> {
  const res = await driver.executeQuery(
    `MATCH (r:${Label.CurationRule}) RETURN properties(r) AS p ORDER BY r.seq`,
    {},
    { database, routing: 'READ' },
  );
  return res.records.map((rec) => {
    const p = rec.get('p') as Record<string, unknown>;
    return { id: p.id as string, seq: Number(p.seq), createdAt: p.createdAt as string, actor: p.actor as string, reason: p.reason as string, change: JSON.parse(p.change as string) as CurationChange };
  });
}

/**
 * Applies rules (from a curation file) that the graph does not hold yet, oldest first: each is stored as it is (id,
 * order, author) and, when the graph holds what it names, made as the change it records. Returns how many were new.
 */
export async function applyRules(driver: Driver, database: string, rules: CurationRule[]): Promise<{ applied: number; skipped: number }> {
  const existing = new Set((await readRules(driver, database)).map((r) => r.id));
  let applied = 0;
  for (const rule of [...rules].sort((a, b) => a.seq - b.seq)) {
    if (existing.has(rule.id)) continue;
    const actor: Actor = { name: rule.actor, role: 'editor' };
    const opts: RuleOpts = { createdAt: rule.createdAt, ruleIds: [rule.id], ruleSeqs: [rule.seq] };
    const c = rule.change;
    const present = await graphHolds(driver, database, c);
    if (!present) {
      // Nothing to change in this graph yet (e.g. a fresh database): the rule is kept for the loader.
      await inCurationTx(driver, database, async (tx, nextSeq) => {
        await writeRule(tx, rule);
        await writeAudit(tx, await nextSeq(), { actor, action: 'applyRule', reason: rule.reason, before: null, after: { change: c }, entityIds: ruleEntityIds(c), ruleIds: [rule.id] });
      });
    } else if (c.action === 'merge') await mergeEntities(driver, database, actor, [c.from], c.into, rule.reason, opts);
    else if (c.action === 'split') await splitEntity(driver, database, actor, c.from, c.articleIds, c.name, rule.reason, opts);
    else if (c.action === 'setType') await setEntityType(driver, database, actor, c.from, c.type, rule.reason, opts);
    else if (c.action === 'rename') await renameEntity(driver, database, actor, c.id, c.name, rule.reason, opts);
    else {
      const target = await findTarget(driver, database, c);
      if (c.action === 'retractQuote') await retractQuote(driver, database, actor, target, rule.reason, opts);
      else if (c.action === 'reassignQuote') await reassignQuote(driver, database, actor, target, c.speakerId, rule.reason, opts);
      else await retractRelation(driver, database, actor, target, rule.reason, opts);
    }
    applied++;
  }
  return { applied, skipped: rules.length - applied };
}

function ruleEntityIds(c: CurationChange): string[] {
  if ('from' in c) return [c.from, c.into];
  if (c.action === 'rename') return [c.id];
  if (c.action === 'reassignQuote') return [c.speakerId];
  if (c.action === 'retractRelation') return [c.sourceId, c.targetId];
  return [];
}

/** Whether the graph holds what a rule changes, so that applying it is a change and not only a note for the loader. */
async function graphHolds(driver: Driver, database: string, c: CurationChange): Promise<boolean> {
  if (c.action === 'merge') return (await exists(driver, database, c.from)) && (await exists(driver, database, c.into));
  if (c.action === 'split' || c.action === 'setType') return exists(driver, database, c.from);
  if (c.action === 'rename') return exists(driver, database, c.id);
  if (c.action === 'reassignQuote' && !(await exists(driver, database, c.speakerId))) return false;
  return (await findTarget(driver, database, c).catch(() => null)) !== null;
}

async function exists(driver: Driver, database: string, id: string): Promise<boolean> {
  const res = await driver.executeQuery(`MATCH (n:${Label.Entity} {id: $id}) RETURN count(n) AS c`, { id }, { database, routing: 'READ' });
  return Number(res.records[0].get('c')) > 0;
}

/** The quote or evidence a quote / relation rule names, found by article and text key. */
async function findTarget(driver: Driver, database: string, c: CurationChange): Promise<string> {
  if (c.action === 'retractQuote' || c.action === 'reassignQuote') {
    const res = await driver.executeQuery(`MATCH (q:${Label.Quote}) WHERE q.articleId = $a RETURN q.id AS id, q.text AS text`, { a: c.articleId }, { database, routing: 'READ' });
    const hit = res.records.find((r) => textKey(r.get('text') as string) === c.quoteKey);
    if (!hit) throw new CurationInputError(`no quote of article ${c.articleId} with key ${c.quoteKey}`);
    return hit.get('id') as string;
  }
  if (c.action === 'retractRelation') {
    const res = await driver.executeQuery(
      `MATCH (ev:${Label.Evidence}) WHERE ev.articleId = $a AND ev.type = $type AND ((ev.sourceId = $s AND ev.targetId = $t) OR (ev.sourceId = $t AND ev.targetId = $s))
       RETURN ev.id AS id, ev.sentence AS sentence`,
      { a: c.articleId, type: c.type, s: c.sourceId, t: c.targetId },
      { database, routing: 'READ' },
    );
    const hit = res.records.find((r) => textKey((r.get('sentence') as string) ?? '') === c.sentenceKey);
    if (!hit) throw new CurationInputError(`no evidence of article ${c.articleId} with key ${c.sentenceKey}`);
    return hit.get('id') as string;
  }
  throw new Error(`findTarget: ${c.action} names no quote or evidence`);
}

// ---------------------------------------------------------------------------------------------------------------
// The audit log

/** Every audit record, oldest first, streamed page by page (for `newsgraph audit export`). */
export async function* allAuditRecords(driver: Driver, database: string): AsyncGenerator<AuditRow> {
  for (let offset = 0; ; offset += 500) {
    const rows = await auditLog(driver, database, null, { offset, limit: 500 });
    yield* rows;
    if (rows.length < 500) return;
  }
}
