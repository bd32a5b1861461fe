// The curation audit log and the curation transaction: who changed what and who was refused, in order. Kept apart from
// the changes themselves (graph/curation.ts) because the API server needs these on every refused or audited request,
// while the changes pull in the resolver and the extraction lexicons (~60 MB of heap) that a reading server never uses.
import { randomUUID } from 'node:crypto';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { writeSession } from './driver.js';
import { Label, type Role } from './model.js';
import { createTokenIn } from './tokens.js';

/** Who makes a change: a token's name and role (or the CLI's operator). */
export interface Actor {
  name: string;
  role: Role;
}

/** A change an editor asked for that cannot be made as asked (unknown id, wrong type, already undone): the reason says why. */
export class CurationInputError extends Error {
  override name = 'CurationInputError';
}

/** A load holds the load lock: a change now could be overwritten by the batch it is writing, so it waits for the load. */
export class LoadRunningError extends Error {
  override name = 'LoadRunningError';
}

export interface CurationResult {
  auditId: string;
  /** The entity (or quote, evidence) the change leaves in place of what it changed; null when it removed it. */
  resultId: string | null;
}

/** Runs `work` in one write transaction holding the curation lock, so concurrent changes apply one after another. */
export async function inCurationTx<T>(driver: Driver, database: string, work: (tx: ManagedTransaction, nextSeq: () => Promise<number>) => Promise<T>): Promise<T> {
  const session = writeSession(driver, database);
  try {
    return await session.executeWrite(async (tx) => {
      // Taking the write lock on this node first makes a second editor's transaction wait until this one commits,
      // so both read the graph as the other left it (no lost update when two merges overlap).
      await tx.run(`MERGE (l:${Label.CurationLock} {id: 'curation'}) ON CREATE SET l.seq = 0 SET l.locked = true REMOVE l.locked`);
      const nextSeq = async () => {
        const res = await tx.run(`MATCH (l:${Label.CurationLock} {id: 'curation'}) SET l.seq = l.seq + 1 RETURN l.seq AS seq`);
        return Number(res.records[0].get('seq'));
      };
      return work(tx, nextSeq);
    });
  } finally {
    await session.close();
  }
}

export interface AuditInput {
  actor: Actor | null;
  action: string;
  reason: string;
  before: unknown;
  after: unknown;
  entityIds: string[];
  ruleIds?: string[];
  outcome?: 'done' | 'refused';
}

export async function writeAudit(tx: ManagedTransaction, seq: number, a: AuditInput): Promise<string> {
  const id = `audit:${randomUUID()}`;
  await tx.run(
    `CREATE (r:${Label.AuditRecord} {id: $id, seq: $seq, at: $at, actor: $actor, role: $role, action: $action, reason: $reason,
                                   before: $before, after: $after, entityIds: $entityIds, ruleIds: $ruleIds, outcome: $outcome})`,
    {
      id,
      seq: neo4j.int(seq),
      at: new Date().toISOString(),
      actor: a.actor?.name ?? null,
      role: a.actor?.role ?? null,
      action: a.action,
      reason: a.reason,
      before: JSON.stringify(a.before ?? null),
      after: JSON.stringify(a.after ?? null),
      entityIds: [...new Set(a.entityIds)],
      ruleIds: a.ruleIds ?? [],
      outcome: a.outcome ?? 'done',
    },
  );
  return id;
}

/** Records a refused attempt (no or bad token, missing role, over the rate limit): who, what, why. */
export async function recordRefusal(driver: Driver, database: string, actor: Actor | null, action: string, reason: string): Promise<void> {
  await inCurationTx(driver, database, async (tx, nextSeq) => {
    await writeAudit(tx, await nextSeq(), { actor, action, reason, before: null, after: null, entityIds: [], outcome: 'refused' });
  });
}

export interface AuditRow {
  id: string;
  seq: number;
  at: string;
  actor: string | null;
  role: string | null;
  action: string;
  reason: string;
  outcome: string;
  before: string;
  after: string;
  entityIds: string[];
  ruleIds: string[];
  undoneBy: string | null;
}

export async function auditLog(driver: Driver, database: string, entity: string | null, page: { offset: number; limit: number }): Promise<AuditRow[]> {
  const res = await driver.executeQuery(
    `MATCH (r:${Label.AuditRecord})
     WHERE $entity IS NULL OR $entity IN r.entityIds
     RETURN properties(r) AS p ORDER BY r.seq SKIP $offset LIMIT $limit`,
    { entity, offset: neo4j.int(page.offset), limit: neo4j.int(page.limit) },
    { database, routing: 'READ' },
  );
  return res.records.map((r) => toAuditRow(r.get('p')));
}

export async function countAudit(driver: Driver, database: string, entity: string | null): Promise<number> {
  const res = await driver.executeQuery(
    `MATCH (r:${Label.AuditRecord}) WHERE $entity IS NULL OR $entity IN r.entityIds RETURN count(r) AS c`,
    { entity },
    { database, routing: 'READ' },
  );
  return Number(res.records[0].get('c'));
}

function toAuditRow(p: Record<string, unknown>): AuditRow {
  return {
    id: p.id as string,
    seq: Number(p.seq),
    at: p.at as string,
    actor: (p.actor as string | null) ?? null,
    role: (p.role as string | null) ?? null,
    action: p.action as string,
    reason: (p.reason as string) ?? '',
    outcome: (p.outcome as string) ?? 'done',
    before: (p.before as string) ?? 'null',
    after: (p.after as string) ?? 'null',
    entityIds: (p.entityIds as string[]) ?? [],
    ruleIds: (p.ruleIds as string[]) ?? [],
    undoneBy: (p.undoneBy as string | null) ?? null,
  };
}

/** An admin creates a token over the API: the token (returned once; only its hash is kept) and its audit record, in one transaction. */
export async function createAuditedToken(driver: Driver, database: string, actor: Actor, name: string, role: Role, reason: string): Promise<{ token: string; auditId: string }> {
  return inCurationTx(driver, database, async (tx, nextSeq) => {
    const token = await createTokenIn(tx, name, role);
    const auditId = await writeAudit(tx, await nextSeq(), { actor, action: 'createApiToken', reason, before: null, after: { name: name.trim(), role }, entityIds: [] });
    return { token, auditId };
  });
}
