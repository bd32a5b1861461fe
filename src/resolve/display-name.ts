// How well a name form reads as an entity's display name, for the writer's choice between names as full as each other:
// "Donald Trump" over a shouted byline's "Donald TRUMP", over "donald trump"; acronyms ("NATO") are no shouting.

/** A word of a name, punctuation aside ("H.W." → "HW", "O'Neill," → "ONeill"). */
const lettersOf = (word: string) => word.replace(/[^\p{L}]/gu, '');
/** Roman numerals of a generational suffix ("Henry Ford II") are capitals by right. */
const ROMAN = /^[IVX]+$/;

/**
 * 0 for a properly cased name, 1 for one that is shouted or all lower case (lower is better):
 * - no capital at all ("donald trump") → 1;
 * - a name of several words with no lower-case letter ("DONALD TRUMP", "NORTH ATLANTIC TREATY ORGANIZATION") → 1;
 * - a person's name with a capitals-only word of two letters or more beside lower-case ones ("Donald TRUMP") → 1,
 *   except dotted initials ("George H.W. Bush") and roman numerals; an organisation's capitals word is an acronym
 *   ("NATO Council", "US Army") and counts as proper.
 */
export function nameCaseRank(name: string, type: string): number {
  const words = name.split(/\s+/).filter((w) => lettersOf(w));
  if (!words.length) return 0;
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
