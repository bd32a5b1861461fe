// Ships named after people: "USS John S. McCain" is one name (not "USS John" and a person "S. McCain"), and "the McCain"
// later in the article is the ship, not the senator. Input and output: mentions (after retype). The model has no vessel
// type, so a ship is an Organization node, as extraction already made "USS John S McCain" when the tagger read it whole.
// Exists for: "the USS John S. McCain … the McCain collided with a tanker" → no mention of John McCain.
import type { Mention } from './mentions.js';

/** Navy ship prefixes ("USS Cole", "HMS Belfast", "INS Vikrant"). */
const SHIP_PREFIX = '(?:USS|USNS|HMS|HMAS|HMCS|HMNZS|INS|RFS)';
/**
 * A name word of a ship: an initial with its dot ("S."), or a capitalised word whose hyphen or apostrophe parts are letters
 * ("O'Kane"), a possessive "'s" left out ("the USS Cole's crew"). One alternative after the capital: linear.
 */
const SHIP_WORD = "\\p{Lu}(?:\\.|\\p{L}*(?:['’-](?!s\\b)\\p{L}+)*)";
/** A ship's full name: the prefix and its capitalised words. Linear: words and spaces are disjoint classes. */
const SHIP_NAME = new RegExp(`\\b${SHIP_PREFIX} ${SHIP_WORD}(?: ${SHIP_WORD})*`, 'gu');
/** Right before a bare word: the definite article that makes "the McCain" a thing, not a person. */
const DEFINITE_BEFORE = /\b[Tt]he $/;

/**
 * Ship names as whole Organization mentions (overlapping mentions give way), and "the <last word of a ship the article
 * names>" as that ship (the first full form the article gives: "USS John S. McCain" beside a later "USS John McCain").
 */
export function nameVessels(body: string, mentions: readonly Mention[]): Mention[] {
  if (!/\b(?:USS|USNS|HMS|HMAS|HMCS|HMNZS|INS|RFS) \p{Lu}/u.test(body)) return [...mentions];
  const ships: { start: number; end: number; text: string }[] = [];
  for (const hit of body.matchAll(SHIP_NAME)) {
    // "USS Cole." ends a sentence: a dot after a word belongs to the sentence (SHIP_WORD keeps it only on initials).
    ships.push({ start: hit.index!, end: hit.index! + hit[0].length, text: hit[0] });
  }
  if (!ships.length) return [...mentions];
  const byLastWord = new Map<string, string>(); // last word → the ship's name as first given
  for (const s of ships) {
    const last = s.text.split(' ').pop()!;
    if (!byLastWord.has(last)) byLastWord.set(last, s.text);
  }
  const canonical = (text: string) => byLastWord.get(text.split(' ').pop()!) ?? text;
  const overlaps = (m: Mention, s: { start: number; end: number }) => m.start < s.end && s.start < m.end;
  const out: Mention[] = mentions.filter((m) => !ships.some((s) => overlaps(m, s)));
  for (const s of ships) {
    // The sentence of a mention it replaces; none (the tagger missed the ship): -1, as for other added mentions.
    const sentence = mentions.find((m) => overlaps(m, s))?.sentence ?? -1;
    out.push({ start: s.start, end: s.end, text: s.text, type: 'Organization', key: canonical(s.text), sentence, orgCue: 'name' });
  }
  for (let i = 0; i < out.length; i++) {
    const m = out[i];
    // Whatever type the tagger gave the bare word ("On the McCain" read as a body), the ship is meant.
    if (m.type === 'Country' || m.text.includes(' ') || m.role || m.honorific) continue;
    const ship = byLastWord.get(m.text);
    if (!ship || !DEFINITE_BEFORE.test(body.slice(Math.max(0, m.start - 4), m.start))) continue;
    out[i] = { start: m.start, end: m.end, text: m.text, type: 'Organization', key: ship, sentence: m.sentence, orgCue: 'context' };
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
