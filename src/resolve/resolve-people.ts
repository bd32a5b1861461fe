// Cross-article resolution: a surname-only person (person:tillerson) joins the full-name person it refers to.
// One full-name candidate: joined. Several: joined only to a dominant one (≥ 90% of their mentions, ≥ 10 mentions, no
// conflicting role) — "Trump" in 2017 news is Donald Trump, while two Smiths with a few mentions each stay apart. Every
// decision stays inspectable: the MENTIONS edge of each article keeps the surface forms it linked.
import type { ExtractionResult } from '../extract/types.js';
import { surnameKey } from '../extract/entities.js';

export interface SurnameCandidate {
  id: string;
  mentions: number;
  role: string | null;
}

/** Full-name people known for a surname, e.g. "tillerson" → [{id: "person:rex-tillerson", mentions: 40, role: …}]. */
export type SurnameLookup = (surnames: string[]) => Promise<Map<string, SurnameCandidate[]>>;

/** Share of the surname's full-name mentions the chosen person must hold when several people bear it. */
export const DOMINANT_SHARE = 0.9;
/** And how many mentions at least, so that two or three early mentions decide nothing. */
export const DOMINANT_MIN_MENTIONS = 10;

export function isSurnameOnly(id: string): boolean {
  return id.startsWith('person:') && !id.slice('person:'.length).includes('-');
}

export function surnameOf(name: string): string {
  return surnameKey(name.trim().split(/\s+/).pop() ?? '');
}

/** The candidate a bare surname (with the role written next to it, if any) refers to, or null when unsure. */
export function chooseCandidate(candidates: SurnameCandidate[], role: string | null | undefined): string | null {
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return compatibleRoles(candidates[0].role, role) ? candidates[0].id : null;
  const sorted = [...candidates].sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id));
  const total = sorted.reduce((n, c) => n + c.mentions, 0);
  const top = sorted[0];
  if (top.mentions < DOMINANT_MIN_MENTIONS || top.mentions < DOMINANT_SHARE * total) return null;
  return compatibleRoles(top.role, role) ? top.id : null;
}

/** "President" and "U.S. President" agree; "First Lady" and "President" do not; an unknown role agrees with any. */
function compatibleRoles(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return true;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.includes(y) || y.includes(x);
}

/** Remaps surname-only people of each result to the full name they refer to, known in the batch or the graph. */
export async function resolvePeople(results: ExtractionResult[], lookup: SurnameLookup): Promise<ExtractionResult[]> {
  const wanted = new Map<string, string | null>(); // surname → a role written with the bare surname
  const inBatch = new Map<string, Map<string, SurnameCandidate>>();
  for (const r of results) {
    for (const e of r.entities) {
      if (e.type !== 'Person') continue;
      if (isSurnameOnly(e.id)) {
        const s = e.id.slice('person:'.length);
        wanted.set(s, wanted.get(s) ?? e.role ?? null);
      } else {
        const s = surnameOf(e.name);
        const bySurname = inBatch.get(s) ?? inBatch.set(s, new Map()).get(s)!;
        const c = bySurname.get(e.id) ?? { id: e.id, mentions: 0, role: e.role ?? null };
        c.mentions += e.mentions.length;
        bySurname.set(e.id, c);
      }
    }
  }
  if (wanted.size === 0) return results;
  const known = await lookup([...wanted.keys()]);
  const target = new Map<string, string>();
  for (const [s, role] of wanted) {
    const merged = new Map<string, SurnameCandidate>();
    for (const c of [...(known.get(s) ?? []), ...(inBatch.get(s)?.values() ?? [])]) {
      const prev = merged.get(c.id);
      merged.set(c.id, prev ? { ...prev, mentions: prev.mentions + c.mentions, role: prev.role ?? c.role } : { ...c });
    }
    const id = chooseCandidate([...merged.values()], role);
    if (id) target.set(`person:${s}`, id);
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
