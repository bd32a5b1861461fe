// Quotes: a speech verb in the progressive — "Economists are warning that …", "Iranian officials were claiming that …",
// "Russia and Iran have been insisting there is …" — has its subject before the form of "be", not before the verb.
// The readers of a common-noun or coordinated subject stop at the first verb they meet, so the auxiliary is taken off
// first; the cue keeps its own reading (NOT_SPEECH_BEFORE has already let only a participle through after "be").

/** Adverbs that sit inside the verb group: "are now warning", "have long been saying", "were repeatedly claiming". */
const INNER_ADVERB = String.raw`(?:also|now|still|already|long|again|increasingly|repeatedly|publicly|privately|openly|loudly|quietly|\p{Ll}{2,}ly)`;

/**
 * The form of "be" of a progressive at the end of the words before an -ing cue, with the adverbs around it:
 * "are", "were now", "have been", "had long been", "’re". Fixed words and one bounded run of adverbs: linear.
 */
const PROGRESSIVE_BE_AT_END = new RegExp(
  String.raw`(?:\s+(?:is|are|was|were|am)|[’']re|\s+(?:has|have|had)(?:\s+${INNER_ADVERB}){0,2}\s+been)(?:\s+${INNER_ADVERB}){0,2}\s*$`,
  'u',
);

/**
 * The words before a progressive cue with its auxiliary taken off ("Economists are " → "Economists"), so that the subject
 * readers see a subject that ends where the verb group begins. Other cues, and words with no such auxiliary, come back
 * unchanged. Examples (before, cue → words):
 * - "Economists are ", "warning" → "Economists"
 * - "Russia and Iran have been ", "insisting" → "Russia and Iran"
 * - "Iranian officials were quickly ", "claiming" → "Iranian officials"
 * - "Economists ", "warned" → unchanged (not a progressive)
 * - "They’re ", "saying" → unchanged (generic "they")
 */
export function withoutProgressiveAuxiliary(before: string, cue: string): string {
  if (!/ing$/i.test(cue)) return before;
  const aux = PROGRESSIVE_BE_AT_END.exec(before.slice(-80));
  if (!aux) return before;
  const cut = before.length - aux[0].length;
  // Nothing left (the sentence opens with "are saying") or a comma before it (", were saying") is no subject.
  if (!/\S/.test(before.slice(0, cut)) || /,\s*$/.test(before.slice(0, cut))) return before;
  // "They're saying it's a method of liberation", "we are saying": a plural pronoun in the progressive is mostly
  // people in general (talk, not a report); left as it was, unread.
  if (/(?:^|\s)(?:they|we|you)$/i.test(before.slice(0, cut))) return before;
  return before.slice(0, cut);
}
