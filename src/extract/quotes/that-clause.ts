// Whether the "that" after a verb opens a that-clause at all, or is a determiner or a relative pronoun (clause.that).
import { isAdjective, isVerb, nounKind } from '../lexicon/noun-classes.js';
import { CONTENT_PIECE_NOUNS, OTHER_PIECE_NOUNS } from '../lexicon/speech.js';

/** Auxiliaries and modals a relative "that" takes as its own verb ("evidence … that did not lead"); "is"/"was" are left
 * out: "acknowledged that was a mistake" is "that" the demonstrative, the subject of its clause. */
const RELATIVE_AUXILIARY = /^(?:are|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|hasn[’']t|haven[’']t|hadn[’']t|won[’']t|wouldn[’']t|can[’']t|cannot|couldn[’']t|shouldn[’']t|didn[’']t|doesn[’']t|don[’']t)$/;

/** Words that open a clause's subject or an adverbial, never a noun "that" determines. */
const NO_DETERMINED_NOUN = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'this', 'these', 'those', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'many', 'most', 'all', 'no', 'any', 'every', 'each', 'both', 'either', 'neither', 'such', 'one', 'two', 'three', 'several', 'much', 'more', 'less', 'few', 'if', 'when', 'while', 'because', 'although', 'though', 'as', 'in', 'on', 'at', 'after', 'before', 'since', 'despite', 'for', 'by', 'with', 'without', 'under', 'over', 'even', 'only', 'not', 'so', 'nothing', 'none', 'nobody', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'what', 'whatever', 'whoever', 'how', 'why', 'where', 'whether', 'now', 'then', 'perhaps', 'maybe', 'instead', 'once', 'unless', 'until', 'to', 'from', 'of', 'about', 'was', 'is', 'would', 'will']);

/** Determiners that open a verb's object right after it ("sanctions that ban some of its exports"). */
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'some', 'many', 'much', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'all', 'no', 'any', 'every', 'each', 'several', 'more', 'most']);

/** A finite verb in a clause: an auxiliary or modal, a past tense, a common irregular past or present. */
const FINITE = /(?:^|\s)(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|shall|did|does|do|took|made|led|came|went|said|saw|knew|gave|got|ran|began|became|held|kept|left|lost|met|paid|put|sent|set|told|thought|won|wrote|found|brought|bought|built|felt|fell|fought|grew|heard|meant|rose|sat|sold|spoke|spent|stood|struck|swung|taught|understood|says|remains|seems|appears|means|needs|wants|knows|goes|gets|makes|takes|comes|\p{Ll}+ed|\p{Ll}+n[’']t)(?=[\s,.;:!?”"]|$)|[’'](?:s\s+(?:been|not|going)|ll|re|ve|d)(?=\s)/u;

/** Where the words that a noun "that" determines could run on into another clause ("… that same plan after they met"). */
const CLAUSE_LINK = /\s(?:that|which|who|whom|whose|after|because|when|while|if)\s|[;:]/u;

const isPluralForm = (word: string): boolean => /s$/.test(word) && !/(?:ss|us|is)$/.test(word);

/**
 * Whether the words after "VERB that" open no clause: "that" is a relative pronoun followed at once by its own verb
 * ("the evidence Mueller gathered that did not lead to charges", "the new sanctions that ban some of its exports"), or a
 * determiner before a singular noun with no finite verb in its clause ("He achieved that vision at the cost of …",
 * "crossed that line in September"). A that-clause has a subject and a finite verb of its own ("that journalists
 * refrain …", "that the dynamic exists"): a plural noun after "that" is a subject, "those" would determine it.
 */
export function thatOpensNoClause(rest: string): boolean {
  const words = rest.slice(0, 240).split(/\s+/, 4).map((w) => w.replace(/[,.;:!?”"]+$/u, '')).filter((w) => !/^\p{Ll}+ly$/u.test(w));
  const [first = '', second = ''] = words;
  if (RELATIVE_AUXILIARY.test(first)) return true;
  if (!/^\p{Ll}[\p{Ll}-]+$/u.test(first) || NO_DETERMINED_NOUN.has(first)) return false;
  // A verb and its object's determiner: the "that" before them was their subject.
  if (OBJECT_DETERMINERS.has(second) && !nounOnly(first)) return true;
  if (isPluralForm(first)) return false;
  if (nounKind(first) === null && !isAdjective(first)) return false;
  // "that the dynamic exists": a present tense right after the noun is its clause's verb.
  if (isPluralForm(second)) return false;
  const link = CLAUSE_LINK.exec(rest);
  const clause = link ? rest.slice(0, link.index) : rest;
  return !FINITE.test(clause);
}

/** A word that is no form of a verb ("communities", "flights"): no relative clause's verb. */
function nounOnly(word: string): boolean {
  const lemmas = [word, word.replace(/s$/, ''), word.replace(/es$/, ''), word.replace(/ies$/, 'y'), word.replace(/ed$/, ''), word.replace(/d$/, '')];
  return !lemmas.some(isVerb);
}

/** A piece of writing or a post as the object of a writing verb, then "that": "wrote a story that …", "tweeted a video
 * that shows …". Group 1 is a piece that takes a content clause (a story, a report); the others (a letter, a photo) take
 * only a relative. Anchored, one bounded run of modifiers: linear. */
const PIECE_THEN_THAT = new RegExp(String.raw`^(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:(${CONTENT_PIECE_NOUNS.join('|')})|${OTHER_PIECE_NOUNS.join('|')})\s+that\s+`, 'u');

/**
 * After a writing verb, where the reported clause of "wrote a story that the president would fire him" starts (the
 * length of "a story that "), or `'relative'` when the piece's "that" opens a relative clause ("published a report that
 * cited no source", "tweeted a video that shows …", "wrote a letter that was never sent": the writer's description of
 * the piece, nothing reported); null when no piece and "that" follow.
 */
export function writtenPieceClause(rest: string): number | 'relative' | null {
  const piece = PIECE_THEN_THAT.exec(rest);
  if (!piece) return null;
  const clause = rest.slice(piece[0].length);
  // A verb right after the piece's "that" ("a report that was patently intended …", "a story that made it sound …") or a
  // time it determines ("a memo that July") opens no content clause.
  const first = /^\S+/.exec(clause)?.[0] ?? '';
  const relative = thatOpensNoClause(clause) || FINITE.test(first) || /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|day|week|month|year|morning|night|summer|spring|fall|autumn|winter)$/.test(first);
  return piece[1] && !relative ? piece[0].length : 'relative';
}
