// Cross-article resolution: a surname-only person (person:tillerson) joins the one full-name person with that surname.
// Two or more full-name candidates: it stays apart (never merged blindly); the MENTIONS edge keeps the surface forms.
import type { ExtractionResult } from '../extract/types.js';
import { surnameKey } from '../extract/entities.js';

/** Full-name person ids known for a surname, e.g. "tillerson" → ["person:rex-tillerson"]. */
export type SurnameLookup = (surnames: string[]) => Promise<Map<string, string[]>>;

export function isSurnameOnly(id: string): boolean {
  return id.startsWith('person:') && !id.slice('person:'.length).includes('-');
}

export function surnameOf(name: string): string {
  return surnameKey(name.trim().split(/\s+/).pop() ?? '');
}

/** Remaps surname-only people of each result to the unambiguous full name known in the batch or the graph. */
export async function resolvePeople(results: ExtractionResult[], lookup: SurnameLookup): Promise<ExtractionResult[]> {
  const wanted = new Set<string>();
  const inBatch = new Map<string, Set<string>>();
  for (const r of results) {
    for (const e of r.entities) {
      if (e.type !== 'Person') continue;
      if (isSurnameOnly(e.id)) wanted.add(e.id.slice('person:'.length));
      else {
        const s = surnameOf(e.name);
        (inBatch.get(s) ?? inBatch.set(s, new Set()).get(s)!).add(e.id);
      }
    }
  }
  if (wanted.size === 0) return results;
  const known = await lookup([...wanted]);
  const target = new Map<string, string>();
  for (const s of wanted) {
    const candidates = new Set([...(known.get(s) ?? []), ...(inBatch.get(s) ?? [])]);
    if (candidates.size === 1) target.set(`person:${s}`, [...candidates][0]);
  }
  return target.size ? results.map((r) => remapIds(r, target)) : results;
}

/** The same result with entity ids replaced everywhere they are referenced; entities that meet are merged. */
export function remapIds(r: ExtractionResult, map: Map<string, string>): ExtractionResult {
  if (![...map.keys()].some((k) => r.entities.some((e) => e.id === k))) return r;
  const to = (id: string) => map.get(id) ?? id;
  const merged = new Map<string, ExtractionResult['entities'][number]>();
  for (const e of r.entities) {
    const id = to(e.id);
    const prev = merged.get(id);
    if (!prev) {
      merged.set(id, { ...e, id, participantIds: e.participantIds?.map(to), locationId: e.locationId ? to(e.locationId) : e.locationId });
      continue;
    }
    prev.mentions = [...prev.mentions, ...e.mentions].sort((a, b) => a.start - b.start);
    prev.aliases = [...new Set([...prev.aliases, e.name, ...e.aliases])].filter((a) => a !== prev.name);
    if (e.type === 'Person' && !prev.role && e.role) prev.role = e.role;
  }
  return {
    article: r.article,
    entities: [...merged.values()],
    quotes: r.quotes.map((q) => ({ ...q, speakerId: q.speakerId ? to(q.speakerId) : null, aboutIds: q.aboutIds?.map(to) })),
    relations: r.relations.map((x) => ({ ...x, sourceId: to(x.sourceId), targetId: to(x.targetId) })).filter((x) => x.sourceId !== x.targetId),
  };
}
