// One entity, two names: "X, also known as Y", "X (aka Y)", "X, better known as Y", "X, whose real name is Y". The writer
// says the two names are one person or one body: one entity, under the name the article uses more (ties: the first,
// the one it introduces). Read when entities are built (entities.ts), on the article's final drafts.
// Exists for: "the Pakistani Taliban, known as Tehrik-e-Taliban Pakistan", "Kim Sang-duk, also known as Tony Kim",
// "Joanne Chesimard, better known as Assata Shakur" — two nodes of one entity before.
// The examples are the rule's tests (tests/extract/known-as.test.ts): [sentence, first name, second name, one entity].

/** An opening bracket or dash before the naming phrase: "Jildi Murad (known as …)", "Umm Layth — aka …". */
const OPENER = String.raw`(?:\(\s?|[—–]\s?|--\s?)?`;
/** Adverbs of a naming phrase: "also known as", "better known as", "known locally as". */
const NAMING_ADVERB = String.raw`(?:(?:also|better|more commonly|commonly|widely|popularly|locally|otherwise|officially|formally|formerly|sometimes|often|simply|now) )?`;
/** The second name's own opening: an article or a quote mark ("known as the Candy Bomber", "aka “Coco”"). */
const NAME_OPENING = String.raw`(?:the |The )?["“‘']?`;

export interface KnownAsRule {
  id: string;
  /** Regex source the whole text between the first name and the second must match (anchored both ends). */
  between: string;
  /** [sentence, first name, second name, whether they are one entity]. */
  examples: [string, string, string, boolean][];
  why: string;
}

export const KNOWN_AS_RULES: readonly KnownAsRule[] = [
  {
    id: 'known-as.apposed',
    // A comma, bracket or dash sets the phrase off: without one it may describe a noun before the name ("an arm of the
    // IAEA known as the Additional Protocol").
    between: String.raw`^(?:,\s?${OPENER}|\s?\(\s?|\s?[—–]\s?|\s--\s)${NAMING_ADVERB}known(?: locally)? as:?\s${NAME_OPENING}$`,
    examples: [
      ['The Pakistani Taliban, known as Tehrik-e-Taliban Pakistan, claimed the attack.', 'Pakistani Taliban', 'Tehrik-e-Taliban Pakistan', true],
      ['Kim Sang-duk, also known as Tony Kim, was detained in April.', 'Kim Sang-duk', 'Tony Kim', true],
      ['Joanne Chesimard, better known as Assata Shakur, fled to Cuba.', 'Joanne Chesimard', 'Assata Shakur', true],
      ['The North American Aerospace Defense Command (better known as NORAD) tracks the flight.', 'North American Aerospace Defense Command', 'NORAD', true],
      ['Adnan Ismail Najm (known as Abu Abdul-Rahman) was killed.', 'Adnan Ismail Najm', 'Abu Abdul-Rahman', true],
    ],
    why: 'a naming phrase in apposition gives the same entity a second name',
  },
  {
    id: 'known-as.aka',
    between: String.raw`^(?:,\s?${OPENER}|\s?\(\s?|\s?[—–]\s?|\s--\s)(?:aka|a\.k\.a\.?|AKA)\s${NAME_OPENING}$`,
    examples: [
      ['Umm Layth, aka Aqsa Mahmood, left Glasgow in 2013.', 'Umm Layth', 'Aqsa Mahmood', true],
      ['Mohammed Emwazi, a.k.a. Abu Muharib, was identified by the Washington Post.', 'Mohammed Emwazi', 'Abu Muharib', true],
    ],
    why: '"aka" ("also known as") gives the same entity a second name',
  },
  {
    id: 'known-as.also-called',
    // With "also"/"sometimes" and set off by a comma or bracket only: "Human Rights Watch also called Wednesday for …" and
    // "He also called Trump" are verbs of speech.
    between: String.raw`^(?:,\s?${OPENER}|\s?\(\s?)(?:also|sometimes|often) (?:called|dubbed|nicknamed)\s${NAME_OPENING}$`,
    examples: [
      ['Jabhat al-Nusra, also called the Nusra Front, seized the town.', 'Jabhat al-Nusra', 'Nusra Front', true],
      ['Human Rights Watch also called Amnesty International to testify.', 'Human Rights Watch', 'Amnesty International', false],
    ],
    why: 'a second name given in apposition ("also called", "also dubbed") names the same entity',
  },
  {
    id: 'known-as.real-name',
    between: String.raw`^,\s(?:whose (?:real|legal|full|birth) name is|(?:real|legal|birth) name)\s$`,
    examples: [['Abu Bakr al-Baghdadi, whose real name is Ibrahim Awad al-Badri, spoke in Mosul.', 'Abu Bakr al-Baghdadi', 'Ibrahim Awad al-Badri', true]],
    why: 'a name given as the real one of a person known by another is the same person',
  },
];

const COMPILED = KNOWN_AS_RULES.map((r) => ({ id: r.id, re: new RegExp(r.between, 'u') }));

/** The most characters a naming phrase spans between two names ("…, also known locally as the “"). */
const MAX_BETWEEN = 40;
/** A kin or office noun and "of" right before the first name: the apposition may describe the noun ("the son of X, known as Y"). */
const OF_BEFORE = /\bof\s(?:the\s)?$/u;
/** Right after the second name: its possessive makes it the owner of the thing named ("known as Trump's son-in-law"). */
const POSSESSIVE_AFTER = /^['’]s?(?:\s|$)/u;

export interface NamedSpan {
  start: number;
  end: number;
  entityId: string;
  /** Where a title before the name starts ("King Salman"): the "of" guard reads before it. */
  titleStart?: number;
}

/**
 * Pairs [second's entity, first's entity] where the article writes a mention of the first right before a naming phrase
 * and a mention of the second right after it; the caller joins them when both are people or both bodies. Linear: each
 * mention is compared with the next one only.
 */
export function knownAsPairs(body: string, mentions: readonly NamedSpan[]): { from: string; into: string; rule: string }[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: { from: string; into: string; rule: string }[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    let j = i + 1;
    while (j < sorted.length && sorted[j].start < a.end) j++;
    const b = sorted[j];
    if (!b || b.entityId === a.entityId || b.start - a.end > MAX_BETWEEN) continue;
    const between = body.slice(a.end, b.start);
    const rule = COMPILED.find((r) => r.re.test(between));
    if (!rule) continue;
    const from = Math.min(a.start, a.titleStart ?? a.start);
    if (OF_BEFORE.test(body.slice(Math.max(0, from - 12), from)) || POSSESSIVE_AFTER.test(body.slice(b.end, b.end + 3))) continue;
    out.push({ from: b.entityId, into: a.entityId, rule: rule.id });
  }
  return out;
}
