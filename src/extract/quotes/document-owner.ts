// Quotes: who speaks for a poll, study or filing — a name modifying the document's noun owns it, it does not speak.
import { firstFrom, type MentionRef, type SpeakerRef } from './speakers.js';

/** The nouns heading a finding's subject (those FINDING and INVERTED_FINDING read). */
const DOCUMENT_NOUN = /(?:^|[^\p{L}])(?:polls?|surveys?|stud(?:y|ies)|reports?|analysis|research|review|audit|data|average|transcript|records|documents?|filings?|e-?mails|figures|statistics|results|statement|complaint|lawsuit|memo|letter|brief|estimates?|findings|investigation|probe|ruling|index|tally|count|ads?|video|tweets?|website|book|film|documentary|editorial|column|article|speech|submission)(?![\p{L}])/iu;
/** Where the noun phrase's head has been passed: a preposition or a participle opens what follows it ("… report released by", "a study of"). */
const PAST_THE_HEAD = /(?:^|\s)(?:by|of|from|for|on|in|at|about|with|released|published|conducted|commissioned|taken|out)(?=\s|$)/;

/**
 * The speaker of a finding whose subject is `[start, end)` (body offsets; `text` is the body from `textStart`). A name heading the subject speaks ("Democrats", "a study
 * by Justin Levitt", "Data from the American Community Survey": the name ends the phrase). A name only modifying the
 * document's noun ("A Quinnipiac University poll", "Ivana Trump's brief", "a USA TODAY analysis of …") is its owner:
 * the document is an unnamed source kept with its words, speaking for that owner (`onBehalfOf`), as the strict PolNeAR
 * scorer reads a source's head. (An issued document — a statement, report, study, letter, memo — is then its named
 * issuer's: document-source.ts.)
 */
export function findingSpeaker(text: string, textStart: number, start: number, end: number, mentions: MentionRef[]): SpeakerRef {
  let owner: MentionRef | undefined;
  for (let i = firstFrom(mentions, start); i < mentions.length && mentions[i].start < end; i++) {
    const m = mentions[i];
    if (m.end > end || m.type === 'Event') continue;
    if (!owner || (m.type === 'Person' && owner.type !== 'Person')) owner = m;
  }
  if (!owner) return { start, end, entityId: null };
  const after = text.slice(owner.end - textStart, end - textStart);
  const preposition = PAST_THE_HEAD.exec(after);
  const modifying = DOCUMENT_NOUN.test(preposition ? after.slice(0, preposition.index) : after);
  return modifying ? { start, end, entityId: null, onBehalfOf: owner.entityId } : { start, end, entityId: owner.entityId };
}
