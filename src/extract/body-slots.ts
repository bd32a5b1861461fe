// Names that the grammar around them makes a body, never a person: an employer after a job ("chief executive of Exxon
// Mobil"), an affiliation after a person's name ("Gene Munster of Loup Ventures"), a name opened by "The" ("The Atlantic
// reported"). Rules are data (BODY_SLOT_RULES); each reads one mention in its body. Stage 2d (retype): a name one rule
// fires on is an organisation in every mention of the article, unless the article titles or addresses it.
// Exists for: "Mr. Tillerson, former CEO of Exxon Mobil" → no person "Exxon Mobil"; "spoke to The Hill" → no person.
import type { Mention } from './mentions.js';
import { CITY_NAMES, REGION_NAMES, US_STATE_AFTER_COMMA, US_STATE_FORMS, isPlaceByHead } from './lexicon/places.js';

/** What a rule sees: the body, the mention, and the article's other person mentions by where they end. */
export interface SlotContext {
  body: string;
  /** Person mentions of the article by their end offset. */
  personEndingAt: ReadonlyMap<number, Mention>;
  /** The names (keys) of the article's person mentions: "The Trump" read as one name is still Trump. */
  personKeys: ReadonlySet<string>;
}

export interface BodySlotRule {
  id: string;
  /** True when the grammar around this mention makes its name a body. */
  test: (m: Mention, c: SlotContext) => boolean;
  examples: readonly string[];
  why: string;
}

/**
 * Jobs held at a body, and the prepositions that name the body after them: "chief executive of", "an analyst with",
 * "a senior fellow at". Not "spokesman for", "adviser to", "president of" (they take people and countries as well),
 * and "professor" only with "at" ("Professor of Government" names a field). Linear: alternations of fixed words.
 */
const EMPLOYER_BEFORE = new RegExp(
  '\\b(?:(?:chief executive|executive|CEO|chief operating officer|chief financial officer|chairman|chairwoman|founder|co-founder|cofounder|director|editor|editor-in-chief|owner|employees?|staffers?)\\s+(?:of|at)' +
    '|(?:analysts?|strategists?|economists?|researchers?|fellows?|reporter|correspondents?|columnists?|professor|lecturer)\\s+(?:at|with)' +
    // "a partner with X" (not the verb: "would partner with Bashar Assad"); "reporters at" is where they stood
    '|partners?\\s+at|\\b(?:a|an)\\s+partner\\s+with)' +
    '\\s+(?:the\\s+)?$',
);
/** A possessive right after a name: "the director of Steven Spielberg's film", "chairman of the House Veterans' Affairs Committee". */
const POSSESSIVE_AFTER = /^['’](?:s\b|\s)/;
/**
 * What follows a name that is only the first part or a modifier of a longer one: a capitalised word ("the House Armed
 * Services Committee" read as "House") or a body's noun ("the Oversight panel", "the New America think tank").
 */
const NAME_GOES_ON = /^\s+(?:\p{Lu}|(?:panel|program|programme|committee|subcommittee|party|think tank|campaign|group|office|team|unit|division|department|project|initiative|caucus|backbench|board|network|foundation|institute|center|centre)\b)/u;
/** The name ends its noun phrase and is no town written with its US state ("of Walnut Creek, Calif."). */
const endsName = (body: string, m: Mention) => !NAME_GOES_ON.test(body.slice(m.end, m.end + 20)) && !US_STATE_AFTER_COMMA.test(body.slice(m.end, m.end + 18));
/** " of " or ", of " between a person's name and the name after it. */
const OF_BETWEEN = /^,? of (?:the )?$/;

const US_STATES: ReadonlySet<string> = new Set(US_STATE_FORMS);
/** Last words of places' names that are no body's ("Edison Township", "Al Asad Air Base", "Jasper County"). */
const PLACE_ENDINGS: ReadonlySet<string> = new Set(['Township', 'County', 'Parish', 'Borough', 'District', 'Province', 'City', 'Village', 'Base', 'Airbase', 'Airport', 'Street', 'Avenue', 'Road', 'Square', 'Island']);
/** A place the gazetteer knows, or a name a place's word heads: "of New York", "of Edison Township" are where a person is from. */
const isKnownPlace = (name: string) =>
  CITY_NAMES.has(name) || REGION_NAMES.has(name) || US_STATES.has(name) || isPlaceByHead(name) || PLACE_ENDINGS.has(name.slice(name.lastIndexOf(' ') + 1));

/** The mention stands after a job and its preposition ("chief executive of ", "an analyst with "). */
const atEmployerSlot = (body: string, m: Mention) => EMPLOYER_BEFORE.test(body.slice(Math.max(0, m.start - 40), m.start));

export const BODY_SLOT_RULES: readonly BodySlotRule[] = [
  {
    id: 'employer-after-job',
    test: (m, { body }) => atEmployerSlot(body, m) && !POSSESSIVE_AFTER.test(body.slice(m.end, m.end + 3)) && endsName(body, m) && !isKnownPlace(m.text),
    examples: ['Mr. Tillerson, former CEO of Exxon Mobil, said', 'said Salman Ahmed, global investment strategist at Lombard Odier Investment Managers'],
    why: 'the name after a job and "of"/"at"/"with" is where the job is held: a company, a paper, a school — no person is employed "at" a person',
  },
  {
    id: 'affiliation-after-name',
    test: (m, { body, personEndingAt }) => {
      // The person's name ends right before ", of " / " of ": within the few characters the preposition takes.
      for (let at = m.start - 4; at >= Math.max(0, m.start - 10); at--) {
        const p = personEndingAt.get(at);
        if (p && p.text.includes(' ') && OF_BETWEEN.test(body.slice(at, m.start))) return endsName(body, m) && !isKnownPlace(m.text);
      }
      return false;
    },
    examples: ['“We believe it,” Gene Munster of Loup Ventures wrote in a note', 'Claus Vistesen of Pantheon Macroeconomics told investors'],
    why: 'a full name followed by "of" and a name that is no place gives the person\'s body; English names no person "X of Y" where Y is another person',
  },
  {
    id: 'opened-by-the',
    test: (m, { personKeys }) => {
      if (!/^The \p{Lu}/u.test(m.text)) return false;
      const rest = m.text.slice(4).replace(/\s+/g, ' ');
      // "The Donald" beside Donald Trump: a person's given name made a nickname; "The Trump" a name read with "The".
      return !personKeys.has(rest) && ![...personKeys].some((k) => k.startsWith(`${rest} `));
    },
    examples: ['“I don’t know,” the former ambassador told The Hill.', 'The Atlantic reported on Monday that'],
    why: 'English names of people take no article: a capitalised "The" opening a name makes it a paper, a show or a body (not "The Donald" beside Donald Trump: a nickname)',
  },
];

/** The names the article writes in a body's slot somewhere (first rule wins), with the rule's id. */
export function bodySlotNames(body: string, mentions: readonly Mention[]): Map<string, string> {
  const personEndingAt = new Map<number, Mention>();
  const personKeys = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'Person') continue;
    personEndingAt.set(m.end, m);
    personKeys.add(m.key);
  }
  // A name given a title or "Mr." anywhere in the article is a person's ("Mr. Ford … the chairman of Ford"); not the
  // job of an employer slot, which the title reader takes for a title ("CEO of Exxon Mobil" → role "CEO").
  const titled = (m: Mention) => m.honorific || (m.role && !atEmployerSlot(body, m));
  const addressed = new Set(mentions.filter(titled).map((m) => m.text));
  const context: SlotContext = { body, personEndingAt, personKeys };
  const out = new Map<string, string>();
  // A surname the article also writes alone for a person ("would partner with Bashar Assad … Assad said") is a person's.
  const surnameAlone = (m: Mention) => m.text.includes(' ') && personKeys.has(m.text.slice(m.text.lastIndexOf(' ') + 1));
  for (const m of mentions) {
    if ((m.type !== 'Person' && m.type !== 'Unknown') || titled(m) || addressed.has(m.text) || out.has(m.text) || surnameAlone(m)) continue;
    const rule = BODY_SLOT_RULES.find((r) => r.test(m, context));
    if (rule) out.set(m.text, rule.id);
  }
  return out;
}
