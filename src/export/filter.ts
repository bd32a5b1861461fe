// The export formats and filters, parsed and validated once for both the CLI options and the HTTP query string.
import { ENTITY_LABELS, RELATION_TYPES, Rel, type EntityLabel } from '../graph/model.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The edges between entities an export can carry: the stated relations, and who took part in an event and where it was. */
export const EXPORT_RELATION_TYPES = [...RELATION_TYPES, Rel.PARTICIPATED_IN, Rel.IN_COUNTRY] as const;
export type ExportRelationType = (typeof EXPORT_RELATION_TYPES)[number];

/** What to export: a neighbourhood (entity + hops) or the whole graph, narrowed by types, dates, outlet and counts. */
export interface ExportFilter {
  /** An entity id or exact name/alias; with `hops`, only entities that many relation steps away are kept. */
  entity: string | null;
  hops: number;
  entityTypes: EntityLabel[];
  relationTypes: ExportRelationType[];
  /** Inclusive ISO dates (YYYY-MM-DD) on the articles that mention, state or quote. */
  from: string | null;
  to: string | null;
  /** An article `source`, compared case-insensitively. */
  outlet: string | null;
  /** Entities mentioned in, and relations stated in, at least this many articles (within the dates and outlet). */
  minArticles: number;
}

/** The raw, string-valued filter settings as they come from the command line or a query string. */
export interface RawExportFilter {
  entity?: string;
  hops?: string;
  entityTypes?: string;
  relationTypes?: string;
  from?: string;
  to?: string;
  outlet?: string;
  minArticles?: string;
}

export class ExportFilterError extends Error {
  override name = 'ExportFilterError';
}

export const DEFAULT_HOPS = 1;
const MAX_MIN_ARTICLES = 1_000_000;
const MAX_TEXT_LENGTH = 200;

export function isExportFormat(x: string): x is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(x);
}

/**
 * Validates raw settings into an ExportFilter. `maxHops` is the API's limit on neighbourhood size.
 * Every error names the setting and the accepted values.
 */
export function parseExportFilter(raw: RawExportFilter, maxHops: number): ExportFilter {
  const entity = text(raw.entity, 'entity');
  if (raw.hops !== undefined && entity === null) throw new ExportFilterError('export: hops needs an entity (give entity too)');
  const hops = raw.hops === undefined ? DEFAULT_HOPS : integer(raw.hops, 'hops', 0, maxHops);
  const from = isoDate(raw.from, 'from');
  const to = isoDate(raw.to, 'to');
  if (from && to && from > to) throw new ExportFilterError(`export: from (${from}) is after to (${to})`);
  return {
    entity,
    hops,
    entityTypes: list(raw.entityTypes, 'entity types', ENTITY_LABELS),
    relationTypes: list(raw.relationTypes, 'relation types', EXPORT_RELATION_TYPES),
    from,
    to,
    outlet: text(raw.outlet, 'outlet'),
    minArticles: raw.minArticles === undefined ? 1 : integer(raw.minArticles, 'min articles', 1, MAX_MIN_ARTICLES),
  };
}

function text(value: string | undefined, name: string): string | null {
  if (value === undefined) return null;
  const v = value.trim();
  if (!v) throw new ExportFilterError(`export: ${name} is empty`);
  if (v.length > MAX_TEXT_LENGTH) throw new ExportFilterError(`export: ${name} is longer than ${MAX_TEXT_LENGTH} characters`);
  return v;
}

function integer(value: string, name: string, min: number, max: number): number {
  const v = value.trim();
  if (!/^\d{1,9}$/.test(v)) throw new ExportFilterError(`export: ${name} must be a whole number from ${min} to ${max}, not '${value}'`);
  const n = Number(v);
  if (n < min || n > max) throw new ExportFilterError(`export: ${name} must be from ${min} to ${max}, not ${n}`);
  return n;
}

function isoDate(value: string | undefined, name: string): string | null {
  if (value === undefined) return null;
  const v = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCFullYear() !== +m[1] || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
    throw new ExportFilterError(`export: ${name} must be a date as YYYY-MM-DD, not '${value}'`);
  }
  return v;
}

/** A comma-separated subset of `allowed` (case-insensitive); absent means all of them. */
function list<T extends string>(value: string | undefined, name: string, allowed: readonly T[]): T[] {
  if (value === undefined) return [...allowed];
  const out: T[] = [];
  for (const item of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    const match = allowed.find((a) => a.toLowerCase() === item.toLowerCase());
    if (!match) throw new ExportFilterError(`export: unknown ${name} '${item.slice(0, 50)}' (one of ${allowed.join(', ')})`);
    if (!out.includes(match)) out.push(match);
  }
  if (!out.length) throw new ExportFilterError(`export: ${name} is empty (one or more of ${allowed.join(', ')})`);
  return out;
}
