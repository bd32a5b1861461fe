// The extraction pipeline, its stages in order: furniture → segment → mentions → tag → combine → retype → entities → quotes → relations → events → build.
import type { Article, Entity, ExtractionResult } from './types.js';
import { maskFurniture } from './furniture.js';
import { splitSentences } from './segment.js';
import { findMentions } from './mentions.js';
import { tagSpans } from './tagger/tag.js';
import { combineMentions } from './tagger/combine.js';
import { retypeByContext } from './retype.js';
import { buildEntities } from './entities.js';
import { extractQuotes } from './quotes.js';
import { extractRelations } from './relations.js';
import { extractEvents } from './events.js';

export function extractArticle(article: Article): ExtractionResult {
  // Captions, credits and widgets are masked, not cut: every offset still points into the stored body.
  const body = maskFurniture(article.body);
  const sentences = splitSentences(body);
  const ruleMentions = findMentions(body, sentences);
  const mentions = retypeByContext(body, combineMentions(body, sentences, ruleMentions, tagSpans(sentences, ruleMentions)));
  const { entities, linked } = buildEntities(mentions);
  const quotes = extractQuotes({ body, sentences, entities });
  const relations = extractRelations(body, sentences, linked, entities);
  const events = extractEvents(article.id, article.publishedAt, sentences, linked, entities);
  const all: Entity[] = [...entities, ...events];
  return { article, entities: all, quotes, relations };
}
