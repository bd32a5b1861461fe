// The extraction pipeline, its stages in order: furniture → segment → mentions → tag → combine → sentence-initial words → body edges → title complements → izafe names → coordinated bodies → bodies named by a list of fields → bodies' names joined whole → qualified bodies → sentence-initial bodies → outlet names → retype → name kinds → one type per name → elliptical countries → dashed names → bracketed names → countries inside names → entities → quotes → relations → events → build.
import type { Article, Entity, ExtractionResult, Quote } from './types.js';
import { maskFurniture } from './furniture.js';
import { splitSentences } from './segment.js';
import { findMentions, isSportsReport, uniformMention } from './mentions.js';
import { tagSpans } from './tagger/tag.js';
import type { Weights } from './tagger/model.js';
import { combineMentions, DEFAULT_COMBINE } from './tagger/combine.js';
import { retypeByContext } from './retype.js';
import { readNameKinds } from './name-kinds.js';
import { addEllipticalCountries } from './elliptical-countries.js';
import { addDashedNames } from './dashed-names.js';
import { joinBracketedNames } from './bracketed-names.js';
import { splitTitleComplements } from './title-complements.js';
import { cutBodyEdges } from './body-edges.js';
import { joinIzafeNames } from './izafe.js';
import { addSentenceInitialBodies, joinSentenceInitialWords } from './sentence-initial-bodies.js';
import { addOutletNames } from './outlet-names.js';
import { addCalendarSurnames } from './calendar-surnames.js';
import { joinTopicListBodies, splitCoordinatedBodies } from './coordinated-bodies.js';
import { joinBodyNames } from './body-name-joins.js';
import { keyQualifiedBodies } from './qualified-bodies.js';
import { oneTypePerName } from './one-type-names.js';
import { placeCountriesInNames } from './country-in-names.js';
import { buildEntities } from './entities.js';
import { extractQuotes } from './quotes.js';
import { extractRelations } from './relations.js';
import { extractEvents } from './events.js';
import { deadlineFor, extractionClock, throttledClock } from './deadline.js';
import { WARM_UP_ARTICLE } from './warm-up-article.js';

export interface ExtractOptions {
  /** Time budget in ms of CPU; over it the article throws ExtractionTimeoutError. None: no limit (eval, benchmarks). */
  budgetMs?: number;
  /** CPU ms spent so far by the thread extracting (default: this process's CPU time, see deadline.ts). */
  clock?: () => number;
  /** Keep on each quote why arbitration chose its rule (`newsgraph extract --explain`). */
  explain?: boolean;
  /** Tagger weights other than the shipped ones (the cross-validation of scripts/ner/cv.ts trains its own). */
  taggerWeights?: Weights;
}

/**
 * A place is never a speaker nor the body one speaks for ("in Seoul" is where, not who). Quote rules read places as
 * they read any name (a name they step over: "the office of President Moon in Seoul appeared to …"); what they made
 * a speaker of one is left unattributed.
 */
function withoutPlaceSpeakers(quotes: Quote[], entities: Entity[]): Quote[] {
  const places = new Set(entities.filter((e) => e.type === 'Place').map((e) => e.id));
  if (!places.size) return quotes;
  for (const q of quotes) {
    if (q.speakerId && places.has(q.speakerId)) q.speakerId = null;
    if (q.onBehalfOf && places.has(q.onBehalfOf)) q.onBehalfOf = null;
  }
  return quotes;
}

/** Builds the lexicons and compiles the patterns once, so that no article's time budget pays for it. */
export function warmUp(): void {
  // One invented article of many shapes (warm-up-article.ts), read twice: V8 compiles a regex at its first use and
  // again to native code once it runs hot, so a worker's first real article paid ~0.2–0.9 s of compilation after the
  // one-sentence warm-up this replaces (scripts/bench/first-article.ts).
  for (let pass = 0; pass < 2; pass++) extractArticle(WARM_UP_ARTICLE);
}

export function extractArticle(article: Article, options: ExtractOptions = {}): ExtractionResult {
  // Captions, credits and widgets are masked, not cut: every offset still points into the stored body.
  const body = maskFurniture(article.body);
  const deadline = deadlineFor(article.id, options.budgetMs, throttledClock(options.clock ?? extractionClock));
  const sentences = splitSentences(body);
  deadline.check('segment');
  // A report of games reads names as teams in both mention passes; asked once.
  const sports = isSportsReport(body);
  const ruleMentions = findMentions(body, sentences, deadline, sports);
  deadline.check('mentions');
  const combined = combineMentions(body, sentences, ruleMentions, tagSpans(sentences, ruleMentions, options.taggerWeights, deadline), { ...DEFAULT_COMBINE, sports });
  // (Bodies are keyed by their other forms again at the end: names the retype and name-kind stages made bodies, "the
  // broader General Assembly" beside "the UN General Assembly", join the article's form too.)
  // (Last, a country inside a water's or a kind's name — "the Gulf of Oman", "Portuguese water dog" — is none: country-in-names.ts.)
  const mentions = addCalendarSurnames(body, sentences, placeCountriesInNames(body, keyQualifiedBodies(joinBracketedNames(body, sentences, addDashedNames(body, sentences, addEllipticalCountries(body, sentences, oneTypePerName(readNameKinds(body, retypeByContext(body, addOutletNames(body, sentences, addSentenceInitialBodies(sentences, keyQualifiedBodies(joinBodyNames(body, joinTopicListBodies(body, splitCoordinatedBodies(joinIzafeNames(body, splitTitleComplements(body, ruleMentions, cutBodyEdges(body, joinSentenceInitialWords(body, sentences, combined))))))))))), sports), sports))))))).map(uniformMention);
  deadline.check('tagger');
  const { entities, linked } = buildEntities(mentions, body, sports, article.publishedAt);
  deadline.check('entities');
  const quotes = withoutPlaceSpeakers(extractQuotes({ body, sentences, entities, publishedAt: article.publishedAt, deadline, explain: options.explain }), entities);
  deadline.check('quotes');
  const relations = extractRelations(body, sentences, linked, entities, article.publishedAt, article.source, quotes);
  deadline.check('relations');
  const events = extractEvents(article.id, article.publishedAt, sentences, linked, entities, body);
  deadline.check('events');
  const all: Entity[] = [...entities, ...events];
  return { article, entities: all, quotes, relations };
}
