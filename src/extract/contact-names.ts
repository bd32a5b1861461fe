// Lone names as contact parties: a single capitalised word the tagger reads as a person, standing where a contact verb
// or noun wants its parties ("she had met with Manafort twice", "a call between Poroshenko and Trump", "Lavrov and
// Kerry will meet"), is a person even when the article never names them in full. Read in combine (tagger/combine.ts),
// where a lone tagger person is otherwise left for the entity stage to link to a full name or drop: alone the tagger's
// reading made more junk than people, but a slot only people and bodies fill (and the tagger ruling out a body or a
// place) leaves a person. Exists for: "She said she had met with Manafort twice" → person Manafort, a meeting.
// The examples are the rule's tests (tests/extract/contact-names.test.ts): [sentence, name, is it a person].

import { hasLowerCaseUse } from './unlikely-people.js';

/**
 * Verbs of contact whose object (after "with"/"to" or none) is a party. No "visit" (places are visited: "visited
 * Salisbury"), no "called" ("called Cruz the only hope"), no "interview(s)" (mostly the noun: "an interview with Time").
 */
const CONTACT_VERB = String.raw`(?:met|meet|meets|meeting|talk|talks|talked|talking|spoke|speak|speaks|speaking|confer|confers|conferred|conferring|negotiate|negotiates|negotiated|negotiating|phoned|phones|interviewed|interviewing|dined|lunched|huddled|consulted|consults|consulting)`;
/** Nouns of contact whose parties follow "with" or "between" (no "interview": its other side is mostly an outlet). */
const CONTACT_NOUN = String.raw`(?:meeting|meetings|talks|summit|call|calls|conversation|conversations|discussion|discussions|negotiations|dinner|lunch)`;
/**
 * After a party in object position: the end of the phrase — punctuation, a capitalised word, or a word that opens no
 * noun phrase with the name (a preposition, conjunction, adverb, verb of the next clause). A lower-case noun after it
 * makes the name its modifier ("meet Tory leadership hopefuls", "meet Nato target"): no party.
 */
const OBJECT_END = String.raw`^(?:\s*(?:[,.;:!?)"”’—–]|$)|\s+(?:\p{Lu}|\p{Ll}+ly\b|(?:and|or|but|in|on|at|for|to|about|over|during|after|before|since|until|by|from|as|via|while|when|where|who|whose|which|that|this|last|next|earlier|later|again|twice|once|just|only|even|also|still|now|then|soon|shortly|recently|yesterday|today|tomorrow|is|are|was|were|has|had|have|will|would|could|can|may|might|should|said|says|told)\b))`;
/** A manner adverb between a verb and its object: "met privately with". */
const ADVERB = String.raw`(?:\p{Ll}+ly\s+)?`;
/** A parenthesis after a noun: "a 30-minute call (Sunday evening U.S. time) between …". */
const PARENTHESIS = String.raw`(?:\([^()\n]{0,80}\)\s+)?`;
/** The words of the first party of a "between" list: at most six (titles and a full name), none of them "and". */
const FIRST_PARTY = String.raw`(?:(?!and\s)[\p{L}.’'-]+\s+){1,6}`;
/** Auxiliaries and adverbs between a subject and its verb: "has met", "will also meet". */
const AUXILIARIES = String.raw`(?:(?:has|had|have|will|would|also|then|later|first|again|previously|recently|earlier)\s+){0,2}`;
/** A day between a possessor and its noun: "Trump’s July 25 phone call", "May’s 2017 visit", "his Friday meeting". */
const DAY = String.raw`(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}|\d{4}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;

export interface ContactSlotRule {
  id: string;
  /** Regex source the text before the name must end with. */
  before?: string;
  /** Regex source the text after the name must start with. */
  after?: string;
  /** [sentence, the lone name, whether it is taken as a contact party]. */
  examples: [string, string, boolean][];
  why: string;
}

export const CONTACT_SLOT_RULES: readonly ContactSlotRule[] = [
  {
    id: 'slot.verb-object',
    before: String.raw`\b${CONTACT_VERB}\s+${ADVERB}(?:(?:with|to)\s+)?$`,
    after: OBJECT_END,
    examples: [
      ['Angela Merkel met with Erdogan in Ankara on Monday.', 'Erdogan', true],
      ['The president interviewed Gorsuch for the seat.', 'Gorsuch', true],
      ['Angela Merkel argued with Erdogan in Ankara on Monday.', 'Erdogan', false],
      ['Theresa May visited Salisbury on Thursday.', 'Salisbury', false],
      ['The president will meet Tory leadership hopefuls on Friday.', 'Tory', false],
      // The given name of someone named in full is theirs (the entity stage links it), no person of its own.
      ['Alan Shearer was named captain. When I spoke to Alan he was up for it, Glenn Hoddle said.', 'Alan', false],
    ],
    why: 'The object of a contact verb is the other party: a person, a body or a country, and the tagger rules out the last two.',
  },
  {
    id: 'slot.noun-with',
    before: String.raw`\b${CONTACT_NOUN}\s+with\s+$`,
    after: OBJECT_END,
    examples: [
      ['Aides postponed the call with Erdogan until Friday.', 'Erdogan', true],
      ['The deal with Erdogan collapsed.', 'Erdogan', false],
    ],
    why: 'A contact noun with "with" names one party after it.',
  },
  {
    id: 'slot.between-first',
    before: String.raw`\b${CONTACT_NOUN}\s+${PARENTHESIS}between\s+$`,
    after: String.raw`^\s+and\s`,
    examples: [
      ['The meeting between Netanyahu and Jordan’s King Abdullah was held on Friday.', 'Netanyahu', true],
      ['The gap between Netanyahu and Jordan’s King Abdullah was wide.', 'Netanyahu', false],
    ],
    why: 'A contact noun with "between" names both parties after it.',
  },
  {
    id: 'slot.between-second',
    before: String.raw`\b${CONTACT_NOUN}\s+${PARENTHESIS}between\s+${FIRST_PARTY}and\s+$`,
    after: OBJECT_END,
    examples: [
      ['Officials praised a phone call between Chinese President Xi Jinping and Modi last week.', 'Modi', true],
      ['Officials noted the rivalry between Chinese President Xi Jinping and Modi last week.', 'Modi', false],
    ],
    why: 'The second of the two parties a contact noun\'s "between" names.',
  },
  {
    id: 'slot.subject',
    // "spoke", "talked" only with their addressee ("spoke to", "talked with"): "Ryan spoke after the defeat" is a speech.
    after: String.raw`^\s+${AUXILIARIES}(?:(?:met|meets|meet|conferred|negotiated|phoned|huddled|dined|lunched)\b|(?:spoke|speaks|talked|talks)\s+(?:\p{Ll}+ly\s+)?(?:with|to|by\s+phone)\b)`,
    examples: [
      ['Officials say Erdogan spoke with Theresa May.', 'Erdogan', true],
      ['Reporters asked whether Erdogan had met Vladimir Putin.', 'Erdogan', true],
      ['Officials say Erdogan disagreed with Theresa May.', 'Erdogan', false],
      ['Erdogan spoke after the defeat in Istanbul on Tuesday.', 'Erdogan', false],
      // A word the article writes in lower case too is a word first: the magazine Reason, no person.
      ['For that reason, Reason spoke with Pietra Rivoli over the phone.', 'Reason', false],
    ],
    why: 'The subject of a contact verb is a party.',
  },
  {
    id: 'slot.possessor',
    after: String.raw`^['’]s\s+(?:(?:[\p{Ll}-]+|${DAY})\s+){0,3}${CONTACT_NOUN}\b`,
    examples: [
      ['Officials described Tillerson’s first meeting with Putin.', 'Tillerson', true],
      ['The aide reported Tillerson’s July 25 phone call with Putin to a lawyer.', 'Tillerson', true],
      ['Officials described Tillerson’s first speech in Moscow.', 'Tillerson', false],
    ],
    why: 'The possessor of a contact noun is a party ("Trump\'s call with Abe").',
  },
];

const COMPILED = CONTACT_SLOT_RULES.map((r) => ({ id: r.id, before: r.before ? new RegExp(r.before, 'u') : null, after: r.after ? new RegExp(r.after, 'u') : null }));

/** The id of the contact slot the name at [start, end) stands in, or null. Looks at most 120 characters either side. */
export function contactSlotOf(body: string, start: number, end: number): string | null {
  const before = body.slice(Math.max(0, start - 120), start);
  const after = body.slice(end, end + 120);
  for (const r of COMPILED) if ((!r.before || r.before.test(before)) && (!r.after || r.after.test(after))) return r.id;
  return null;
}

/**
 * A lone word the tagger reads as a person is a contact party when it stands in a contact slot, and is neither a word
 * the article also writes in lower case ("Reason spoke with …": the magazine; "an interview with Time") nor a name of
 * someone the article names in full — their given name ("when I spoke to Alan" after "Alan Shearer") or family name
 * ("Kim" beside Kim Jong Un and Tony Kim): the entity stage links those, or leaves them when it cannot tell whose.
 */
export function isContactParty(body: string, start: number, end: number, fullNameWords: ReadonlySet<string>): boolean {
  const word = body.slice(start, end);
  if (fullNameWords.has(word) || hasLowerCaseUse(body, word.toLowerCase())) return false;
  return contactSlotOf(body, start, end) !== null;
}
