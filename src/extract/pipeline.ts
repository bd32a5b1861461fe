// The extraction pipeline, its stages in order: segment → mentions → entities → quotes → relations → events → build.
import type { Article, Entity, ExtractionResult } from './types.js';
import { splitSentences } from './segment.js';
import { findMentions } from './mentions.js';
import { buildEntities } from './entities.js';
import { extractQuotes } from './quotes.js';
import { extractRelations } from './relations.js';
import { extractEvents } from './events.js';
import { deadlineFor } from './deadline.js';

export interface ExtractOptions {
  /** Time budget in ms of CPU; over it the article throws ExtractionTimeoutError. None: no limit (eval, benchmarks). */
  budgetMs?: number;
}

/** Builds the lexicons and compiles the patterns once, so that no article's time budget pays for it. */
export function warmUp(): void {
  extractArticle({ id: 'warm-up', url: null, title: 'Warm-up', publishedAt: null, source: null, body: 'Secretary of State Rex Tillerson met Vladimir Putin in Moscow. “We need to talk,” Tillerson said, a senior official said.' });
}

export function extractArticle(article: Article, options: ExtractOptions = {}): ExtractionResult {
  const { body } = article;
  const deadline = deadlineFor(article.id, options.budgetMs);
  const sentences = splitSentences(body);
  deadline.check('segment');
  const mentions = findMentions(body, sentences, deadline);
  deadline.check('mentions');
  const { entities, linked } = buildEntities(mentions);
  deadline.check('entities');
  const quotes = extractQuotes({ body, sentences, entities, deadline });
  deadline.check('quotes');
  const relations = extractRelations(body, sentences, linked, entities, article.publishedAt);
  deadline.check('relations');
  const events = extractEvents(article.id, article.publishedAt, sentences, linked, entities);
  deadline.check('events');
  const all: Entity[] = [...entities, ...events];
  return { article, entities: all, quotes, relations };
}
