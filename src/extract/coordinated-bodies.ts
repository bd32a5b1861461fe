// Stage 2c''', coordinated bodies (after tagging, before retype): two bodies' head nouns joined by "and" under one
// modifier ("the Presidents of the European Commission and Parliament", "the Defense and Foreign Ministries" aside)
// were read as one organisation; English shares the modifier, so they are two: "European Commission" and "European
// Parliament", the second named where its head is written.
import type { Mention } from './mentions.js';
import { KNOWN_ORGANIZATIONS, ORG_SUFFIXES } from './lexicon/organizations.js';

const ORG_FORMS = new Map<string, string>(KNOWN_ORGANIZATIONS.flatMap((forms) => forms.map((f) => [f, forms[0]] as const)));
/** "<Modifier words> <Head> and <Head>": capitalised modifiers, two single-word heads. Linear: no nested repetition over the same letters. */
const COORDINATED_HEADS = /^((?:\p{Lu}[\p{L}.]* )+)(\p{Lu}\p{Ll}+) and (\p{Lu}\p{Ll}+)$/u;

export function splitCoordinatedBodies(mentions: Mention[]): Mention[] {
  if (!mentions.some((m) => m.type === 'Organization' && m.text.includes(' and '))) return mentions;
  const out: Mention[] = [];
  for (const m of mentions) {
    const hit = m.type === 'Organization' && !ORG_FORMS.has(m.text) ? COORDINATED_HEADS.exec(m.text) : null;
    // Both heads nouns of bodies ("Commission", "Parliament"), and the second unlike the first.
    if (!hit || !ORG_SUFFIXES.has(hit[2]) || !ORG_SUFFIXES.has(hit[3]) || hit[2] === hit[3]) {
      out.push(m);
      continue;
    }
    const first = `${hit[1]}${hit[2]}`;
    const second = `${hit[1]}${hit[3]}`;
    const secondAt = m.end - hit[3].length;
    out.push({ ...m, end: m.start + first.length, text: first, key: ORG_FORMS.get(first) ?? first });
    out.push({ ...m, start: secondAt, end: m.end, text: hit[3], key: ORG_FORMS.get(second) ?? second });
  }
  return out;
}
