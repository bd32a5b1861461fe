// Stage 2d''', quoted nicknames (the first step of retype, after tagging): a nickname in quote marks between a given name
// and a family name — "Catherine “Kate” Duval", "Henry M. “Scoop” Jackson", "James "Spider" Marks" — belongs to the
// one person so named; the rules and the tagger cut such a name at the quote marks ("Catherine “Kate", "Henry M.",
// "Spider", "Marks"). The name's key is the given and the family name, so "Duval" alone links to it. Rules are data
// (QUOTED_NICKNAME_RULES); run on the combined mentions, so the tagger's training features and weights stay as they are.
import type { Mention } from './mentions.js';
import { FIRST_NAMES, genderOfGivenName } from './lexicon/names.js';
import { NON_NAME_WORDS } from './lexicon/titles.js';

export interface QuotedNicknameRule {
  id: string;
  /** Given name (1), middle initial (2, maybe empty), nickname (3), family name (4). */
  pattern: RegExp;
  examples: readonly string[];
  why: string;
}

// Named fragments: one capitalised word each; the nickname in straight or curly quotes. Not in brackets ("Benjamin
// (“Bibi”) Netanyahu"): a bracket inside a name makes it no person's (unlikely-people.ts), and the rules read those whole.
const WORD = String.raw`\p{Lu}\p{Ll}+`;
const OPEN = String.raw`["“‘']`;
const CLOSE = String.raw`["”’']`;
// A family name may hold a second capital after a prefix ("McKeon", "MacArthur", "DeSantis", "O’Rourke").
const FAMILY = String.raw`(?:O['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?`;

/** The family name ends: no letter, hyphen or quote mark follows, but a possessive may ("Netanyahu’s Likud"). */
const NAME_END = String.raw`(?=['’]s(?!\p{L})|[^\p{L}’'-]|$)`;

export const QUOTED_NICKNAME_RULES: readonly QuotedNicknameRule[] = [
  {
    id: 'nickname-between-names',
    pattern: new RegExp(`(?<![\\p{L}.'’])(${WORD})((?: \\p{Lu}\\.)?) ${OPEN}(${WORD})${CLOSE} (${FAMILY}(?:-${WORD})?)(?![\\p{L}’'-])`, 'gu'),
    examples: ['Catherine “Kate” Duval, a lawyer, said so. Duval added more.', 'The group is run by Henry M. “Scoop” Jackson, a former senator.', 'Retired Army Maj. Gen. James "Spider" Marks said the plan failed.', 'Rep. Howard P. “Buck” McKeon, the committee chairman, said so.'],
    why: 'a word in quote marks between a given name and a family name is the bearer\'s nickname, inside one name: the given and family names name the person (not a headline\'s quoted word: "Manafort \'Brazenly\' Broke" opens with no given name)',
  },
  {
    id: 'bracketed-nickname-between-names',
    pattern: new RegExp(`(?<![\\p{L}.'’])(${WORD})((?: \\p{Lu}\\.)?) \\(${OPEN}(${WORD})${CLOSE}\\) (${FAMILY}(?:-${WORD})?)${NAME_END}`, 'gu'),
    examples: ['The group is run by Duane R. ("Dewey") Clarridge, a former officer. Clarridge denied it.', 'Prime Minister Benjamin (“Bibi”) Netanyahu’s Likud numbers grew.'],
    why: 'a nickname in quote marks may stand in brackets between the given and the family name, as a formal register writes it; the bracket is no end of the name',
  },
];

/**
 * What every match of both rules holds: a quoted capitalised word between a space or an opening bracket and a space or a
 * closing bracket (" “Kate” ", "(“Bibi”) "), built from the rules' fragments. Only a body holding one is scanned with
 * the rules (283 of the corpus's 5,720 bodies): their leading capitalised word makes each rule try every capital of the
 * body. The quote mark is searched first and the character before it looked behind at (as segment.ts's JOINED_BOUNDARY).
 */
export const QUOTED_WORD = new RegExp(`${OPEN}(?<=[ (].)${WORD}${CLOSE}[ )]`, 'u');

const isGivenName = (w: string) => FIRST_NAMES.has(w) || genderOfGivenName(w) !== null;

/** The mentions with each given name, quoted nickname and family name read as one person's mention; else as they were. */
export function joinQuotedNicknames(body: string, mentions: Mention[]): Mention[] {
  if (!QUOTED_WORD.test(body)) return mentions;
  let out = mentions;
  for (const rule of QUOTED_NICKNAME_RULES) {
    for (const hit of body.matchAll(rule.pattern)) {
      const [whole, given, initial, , family] = hit;
      if (!isGivenName(given) || NON_NAME_WORDS.has(family)) continue;
      const start = hit.index;
      const end = start + whole.length;
      const inside = out.filter((m) => m.start < end && m.end > start);
      // Only names the rules or the tagger read as people (or left open); never a body or a place they read there.
      if (inside.length === 0 || inside.some((m) => m.type !== 'Person' && m.type !== 'Unknown') || inside.some((m) => m.start < start || m.end > end)) continue;
      const first = inside.find((m) => m.start === start);
      const key = `${given}${initial} ${family}`;
      const joined: Mention = { start, end, text: whole, type: 'Person', key, sentence: inside[0].sentence, strong: true, role: first?.role, titleStart: first?.titleStart, honorific: first?.honorific };
      out = [...out.filter((m) => !inside.includes(m)), joined].sort((a, b) => a.start - b.start);
    }
  }
  return out;
}
