// How well a name form reads as an entity's display name, for the writer's choice between names as full as each other:
// "Donald Trump" over a shouted byline's "Donald TRUMP", over "donald trump"; acronyms ("NATO") are no shouting.

/** A word of a name, punctuation aside ("H.W." → "HW", "O'Neill," → "ONeill"). */
const lettersOf = (word: string) => word.replace(/[^\p{L}]/gu, '');
/** Roman numerals of a generational suffix ("Henry Ford II") are capitals by right. */
const ROMAN = /^[IVX]+$/;

/**
 * 0 for a properly cased name, 1 for one that is shouted, all lower case or starts with punctuation (lower is better):
 * - no capital at all ("donald trump") → 1;
 * - a name of several words with no lower-case letter ("DONALD TRUMP", "NORTH ATLANTIC TREATY ORGANIZATION") → 1;
 * - a person's name with a capitals-only word of two letters or more beside lower-case ones ("Donald TRUMP") → 1,
 *   except dotted initials ("George H.W. Bush") and roman numerals; an organisation's capitals word is an acronym
 *   ("NATO Council", "US Army") and counts as proper.
 */
export function nameCaseRank(name: string, type: string): number {
  const words = name.split(/\s+/).filter((w) => lettersOf(w));
  if (!words.length) return 0;
  // A form that starts with punctuation is a scrap of markup ("@Reuters", "--Trump").
  if (/^[^\p{L}\p{N}]/u.test(name)) return 1;
  const letters = lettersOf(name);
  if (letters === letters.toLowerCase() && letters !== letters.toUpperCase()) return 1;
  const shouted = (w: string) => {
    const l = lettersOf(w);
    return l.length >= 2 && l === l.toUpperCase() && l !== l.toLowerCase() && !ROMAN.test(l) && !/\p{L}\./u.test(w);
  };
  if (words.length >= 2 && words.every((w) => lettersOf(w) === lettersOf(w).toUpperCase())) return 1;
  if (type === 'Person' && words.length >= 2 && words.some(shouted)) return 1;
  return 0;
}

/** Letters and digits only, folded: the forms one name takes in print ("George W. Bush", "George W Bush", "FOX News"). */
export const spellingKey = (name: string) => name.normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

/**
 * The display name of each node from the forms its articles use: among the spellings of its current name (same letters
 * and digits, case aside), the best cased, then the one the most articles use, then the smaller string — "George W.
 * Bush" (288 articles) over "George W Bush" (16), "Reuters" over "@Reuters", "House" over "HOUSE". Only nodes whose name
 * changes are returned.
 */
export function displayNames(
  nodes: readonly { id: string; type: string; name: string; articles: readonly { aliases: readonly string[] }[] }[],
): { id: string; name: string; nameRank: number }[] {
  const out: { id: string; name: string; nameRank: number }[] = [];
  for (const n of nodes) {
    const key = spellingKey(n.name);
    if (!key) continue;
    const uses = new Map<string, number>([[n.name, 0]]);
    for (const a of n.articles) for (const form of new Set(a.aliases)) if (spellingKey(form) === key) uses.set(form, (uses.get(form) ?? 0) + 1);
    const ranked = [...uses].map(([form, count]) => ({ form, count, rank: nameCaseRank(form, n.type) }));
    ranked.sort((x, y) => x.rank - y.rank || y.count - x.count || (x.form < y.form ? -1 : x.form > y.form ? 1 : 0));
    if (ranked[0].form !== n.name) out.push({ id: n.id, name: ranked[0].form, nameRank: ranked[0].rank });
  }
  return out.sort((x, y) => (x.id < y.id ? -1 : 1));
}
