// Editors' curation rules (merge, split, retype, rename, retract, reassign) and their pure application to one extraction.
// The loader applies them to every (re)loaded article before the writer, so an editor's decision survives reloads.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Entity, ExtractionResult, Relation } from '../extract/types.js';
import { slug } from '../extract/entities.js';

const RelationTypeSchema = z.enum(['MET_WITH', 'ALLIED_WITH']);
/** Types an entity may be given by an editor: a country id is its ISO code and an event's id its report, so neither is made by hand. */
export const RETYPE_TARGETS = ['Person', 'Organization'] as const;

/** What a rule changes; each kind names what it matches by ids and keys that do not depend on character offsets. */
export const CurationChangeSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('merge'), from: z.string().min(1), into: z.string().min(1), name: z.string().min(1) }),
  z.object({
    action: z.literal('split'),
    from: z.string().min(1),
    into: z.string().min(1),
    name: z.string().min(1),
    articleIds: z.array(z.string().min(1)).min(1),
    // The names those articles used for `from` when it was split. A reload extracts the article afresh, and its entity may
    // carry the id identity consolidation later joined to `from` ("Sergey Lavrov" before it became sergei-lavrov).
    forms: z.array(z.string().min(1)).optional(),
  }),
  z.object({ action: z.literal('setType'), from: z.string().min(1), into: z.string().min(1), name: z.string().min(1), type: z.enum(RETYPE_TARGETS) }),
  z.object({ action: z.literal('rename'), id: z.string().min(1), name: z.string().min(1) }),
  z.object({ action: z.literal('retractQuote'), articleId: z.string().min(1), quoteKey: z.string().min(1) }),
  z.object({ action: z.literal('reassignQuote'), articleId: z.string().min(1), quoteKey: z.string().min(1), speakerId: z.string().min(1) }),
  z.object({
    action: z.literal('retractRelation'),
    articleId: z.string().min(1),
    type: RelationTypeSchema,
    sourceId: z.string().min(1),
    targetId: z.string().min(1),
    sentenceKey: z.string().min(1),
  }),
]);
export type CurationChange = z.infer<typeof CurationChangeSchema>;

export const CurationRuleSchema = z.object({
  id: z.string().min(1),
  /** Rules apply in this order (each sees the ids the ones before it made). */
  seq: z.number().int().nonnegative(),
  createdAt: z.string().min(1),
  actor: z.string().min(1),
  reason: z.string(),
  change: CurationChangeSchema,
});
export type CurationRule = z.infer<typeof CurationRuleSchema>;

/** A stable key for a text whatever its offsets: sha256 of the whitespace-normalised text, 16 hex digits. */
export function textKey(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 16);
}

/** The id a new entity of `type` named `name` gets (the prefixes the extractor uses). */
export function newEntityId(type: (typeof RETYPE_TARGETS)[number], name: string): string {
  const s = slug(name);
  if (!s) throw new Error(`"${name}" has no letters or digits to make an id of`);
  return type === 'Person' ? `person:${s}` : `org:${s}`;
}

/** The extraction of one article as the editors' rules (applied in `seq` order) have it. Pure: the input is not changed. */
export function applyCuration(result: ExtractionResult, rules: readonly CurationRule[]): ExtractionResult {
  if (!rules.length) return result;
  let r: ExtractionResult = result;
  for (const rule of [...rules].sort((a, b) => a.seq - b.seq)) r = applyOne(r, rule.change);
  return r;
}

function applyOne(r: ExtractionResult, c: CurationChange): ExtractionResult {
  const articleId = r.article.id;
  switch (c.action) {
    case 'merge':
      return rewriteEntity(r, c.from, c.into, c.name);
    case 'setType':
      return rewriteEntity(r, c.from, c.into, c.name, c.type);
    case 'split': {
      if (!c.articleIds.includes(articleId)) return r;
      const forms = new Set(c.forms ?? []);
      const kind = idKind(c.into);
      const named = r.entities.filter((e) => e.id !== c.into && idKind(e.id) === kind && (forms.has(e.name) || e.aliases.some((a) => forms.has(a)))).map((e) => e.id);
      return [...new Set([c.from, ...named])].reduce((out, id) => rewriteEntity(out, id, c.into, c.name), r);
    }
    case 'rename':
      return r.entities.some((e) => e.id === c.id) ? { ...r, entities: r.entities.map((e) => (e.id === c.id ? pinName(e, c.name) : e)) } : r;
    case 'retractQuote':
      return c.articleId === articleId ? { ...r, quotes: r.quotes.filter((q) => textKey(q.text) !== c.quoteKey) } : r;
    case 'reassignQuote':
      return c.articleId === articleId ? { ...r, quotes: r.quotes.map((q) => (textKey(q.text) === c.quoteKey ? { ...q, speakerId: c.speakerId } : q)) } : r;
    case 'retractRelation': {
      if (c.articleId !== articleId) return r;
      const same = (x: Relation) =>
        x.type === c.type &&
        ((x.sourceId === c.sourceId && x.targetId === c.targetId) || (x.sourceId === c.targetId && x.targetId === c.sourceId)) &&
        textKey(x.evidence.text) === c.sentenceKey;
      return { ...r, relations: r.relations.filter((x) => !same(x)) };
    }
  }
}

/** "person" of "person:sergei-lavrov": the type an id was made for. */
const idKind = (id: string) => id.slice(0, id.indexOf(':'));

/**
 * The pairs of entities an editor's split set apart ([original, the new one]), under the ids later rules gave them:
 * identity consolidation must not join them again, whatever it makes of their names.
 */
export function keptApart(rules: readonly CurationRule[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const rule of [...rules].sort((a, b) => a.seq - b.seq)) {
    const c = rule.change;
    if (c.action === 'split') pairs.push([c.from, c.into]);
    else if (c.action === 'merge' || c.action === 'setType') for (const p of pairs) for (const i of [0, 1] as const) if (p[i] === c.from) p[i] = c.into;
  }
  // An editor who merged the two again wants them together.
  return pairs.filter(([a, b]) => a !== b);
}

/** The entity's name becomes `name`; the name the text used stays as an alias (the mention's surface forms are kept). */
function pinName(e: Entity, name: string): Entity {
  return { ...e, name, aliases: [...new Set([e.name, ...e.aliases])].filter((a) => a !== name) };
}

/** Every reference to `from` becomes `into` (one entity per id, no relation of an entity with itself). */
function rewriteEntity(r: ExtractionResult, from: string, into: string, name: string, type?: Entity['type']): ExtractionResult {
  if (from === into && !type) return r;
  const touches = r.entities.some((e) => e.id === from || e.id === into || e.participantIds?.includes(from) || e.locationId === from);
  if (!touches) return r;
  const map = (id: string) => (id === from ? into : id);
  const entities: Entity[] = [];
  const at = new Map<string, number>();
  for (const e0 of r.entities) {
    let e: Entity = {
      ...e0,
      ...(e0.participantIds ? { participantIds: [...new Set(e0.participantIds.map(map))] } : {}),
      ...(e0.locationId ? { locationId: map(e0.locationId) } : {}),
    };
    if (e.id === from || e.id === into) e = pinName({ ...e, id: into, ...(type ? { type } : {}) }, name);
    const i = at.get(e.id);
    if (i === undefined) {
      at.set(e.id, entities.length);
      entities.push(e);
      continue;
    }
    // Both names occur in this article: one entity with the mentions and names of both.
    const kept = entities[i];
    entities[i] = {
      ...kept,
      aliases: [...new Set([...kept.aliases, ...e.aliases])].filter((a) => a !== kept.name),
      mentions: [...kept.mentions, ...e.mentions].sort((a, b) => a.start - b.start),
      role: kept.role ?? e.role,
    };
  }
  const quotes = r.quotes.map((q) => ({
    ...q,
    speakerId: q.speakerId === null ? null : map(q.speakerId),
    ...(q.aboutIds ? { aboutIds: [...new Set(q.aboutIds.map(map))] } : {}),
  }));
  const relations = r.relations
    .map((x) => ({ ...x, sourceId: map(x.sourceId), targetId: map(x.targetId), ...(x.placeId ? { placeId: map(x.placeId) } : {}) }))
    .filter((x) => x.sourceId !== x.targetId);
  return { ...r, entities, quotes, relations };
}
