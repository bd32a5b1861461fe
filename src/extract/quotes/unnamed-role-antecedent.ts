// Quotes: "the official said" right after an unnamed source of that noun ("A senior U.S. defense official also told Fox
// News …. “…,” the official said") is that unnamed source again, not a named holder of the role further back ("Nico
// Tak, a top NATO official, …"): a definite noun points to its latest antecedent. Input: the attributions with their
// speakers resolved; output: such a quote made unnamed with the earlier source's words. Else unchanged.
import type { Quote } from '../types.js';
import type { MentionRef } from './speakers.js';

/** A definite role noun alone naming a speaker: "the official", "The senior official", "the source". */
export const DEFINITE_ROLE = /^[Tt]he\s(?:[\p{Ll}-]+\s){0,2}(official|source|spokesman|spokeswoman|spokesperson|diplomat|aide|adviser|advisor|officer|lawmaker|analyst|expert)$/u;
/** An unnamed source's words opened by an indefinite determiner or a number: "A senior U.S. defense official". */
const INDEFINITE_SOURCE = /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s/;

export function unnamedRoleAntecedents(quotes: readonly Quote[], body: string, mentions: MentionRef[]): void {
  const ordered = quotes.filter((q) => q.speakerSpan).sort((a, b) => a.speakerSpan!.start - b.speakerSpan!.start);
  for (let i = 0; i < ordered.length; i++) {
    const q = ordered[i];
    if (q.speakerId === null) continue;
    const role = DEFINITE_ROLE.exec(body.slice(q.speakerSpan!.start, q.speakerSpan!.end).trim());
    if (!role) continue;
    // The holder's latest mention before these words.
    let holderAt = -1;
    for (const m of mentions) if (m.entityId === q.speakerId && m.end <= q.speakerSpan!.start) holderAt = Math.max(holderAt, m.end);
    // The latest unnamed source of the same noun after it, within 600 characters.
    for (let k = i - 1; k >= 0; k--) {
      const p = ordered[k];
      if (p.speakerSpan!.start <= holderAt || q.speakerSpan!.start - p.speakerSpan!.start > 600) break;
      if (p.speakerId !== null || !p.speakerText || !INDEFINITE_SOURCE.test(p.speakerText)) continue;
      if (/\s(\S+)$/.exec(p.speakerText.trim())?.[1] !== role[1]) continue;
      q.speakerId = null;
      q.speakerText = p.speakerText;
      if (p.onBehalfOf) q.onBehalfOf = p.onBehalfOf;
      else delete q.onBehalfOf;
      break;
    }
  }
}
