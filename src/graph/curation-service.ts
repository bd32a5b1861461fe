// The curation the API's context carries, bound to one database: audit reads and refusals at once, editors' changes
// through graph/curation.ts imported on the first change (it pulls in the resolver and the extraction lexicons, ~60 MB
// of heap and seconds of start-up that a server nobody edits through never needs).
import type { Driver } from 'neo4j-driver';
import { auditLog, countAudit, createAuditedToken, recordRefusal, type Actor, type CurationResult } from './audit.js';
import type { Role } from './model.js';

type Changes = typeof import('./curation.js');
let changes: Promise<Changes> | undefined;
/** graph/curation.ts, imported once (a failed import is retried at the next change rather than kept). */
function loadChanges(): Promise<Changes> {
  changes ??= import('./curation.js').catch((err: unknown) => {
    changes = undefined;
    throw err;
  });
  return changes;
}

export class GraphCuration {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}
  mergeEntities = async (actor: Actor, ids: string[], into: string, reason: string): Promise<CurationResult> => (await loadChanges()).mergeEntities(this.driver, this.database, actor, ids, into, reason);
  splitEntity = async (actor: Actor, id: string, articleIds: string[], name: string, reason: string): Promise<CurationResult> =>
    (await loadChanges()).splitEntity(this.driver, this.database, actor, id, articleIds, name, reason);
  setEntityType = async (actor: Actor, id: string, type: string, reason: string): Promise<CurationResult> => (await loadChanges()).setEntityType(this.driver, this.database, actor, id, type, reason);
  renameEntity = async (actor: Actor, id: string, name: string, reason: string): Promise<CurationResult> => (await loadChanges()).renameEntity(this.driver, this.database, actor, id, name, reason);
  retractQuote = async (actor: Actor, id: string, reason: string): Promise<CurationResult> => (await loadChanges()).retractQuote(this.driver, this.database, actor, id, reason);
  reassignQuote = async (actor: Actor, id: string, speaker: string, reason: string): Promise<CurationResult> => (await loadChanges()).reassignQuote(this.driver, this.database, actor, id, speaker, reason);
  retractRelation = async (actor: Actor, evidenceId: string, reason: string): Promise<CurationResult> => (await loadChanges()).retractRelation(this.driver, this.database, actor, evidenceId, reason);
  undo = async (actor: Actor, auditId: string, reason: string): Promise<CurationResult> => (await loadChanges()).undo(this.driver, this.database, actor, auditId, reason);
  createToken = (actor: Actor, name: string, role: Role, reason: string) => createAuditedToken(this.driver, this.database, actor, name, role, reason);
  recordRefusal = (actor: Actor | null, action: string, reason: string) => recordRefusal(this.driver, this.database, actor, action, reason);
  auditLog = (entity: string | null, page: { offset: number; limit: number }) => auditLog(this.driver, this.database, entity, page);
  countAudit = (entity: string | null) => countAudit(this.driver, this.database, entity);
}
