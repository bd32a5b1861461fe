// The extraction output contract (v2, ../shared/contracts/extraction.md) as TypeScript types.

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Article {
  id: string;
  url: string | null;
  title: string;
  publishedAt: string | null; // ISO date, YYYY-MM-DD
  source: string | null;
  body: string;
}

// Entity types are the graph's entity labels, declared once with the model.
import type { EntityType } from '../graph/model.js';
import type { EventStatus } from './lexicon/events.js';
export type { EntityType };

export interface Entity {
  id: string; // e.g. person:rex-tillerson, country:RU, org:islamic-state, event:<article>:<n>
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: Span[];
  role?: string | null; // Person: "Secretary of State"
  code?: string; // Country: ISO 3166-1 alpha-2
  kind?: string; // Event
  date?: string | null; // Event
  locationId?: string | null; // Event
  participantIds?: string[]; // Event
  status?: EventStatus; // Event: happened (default), planned or cancelled
  period?: string; // Event without a date: the year or month (YYYY, YYYY-MM) before the publish month the text places it in
  evidence?: Span[]; // Event: the sentences that report it
}

export interface Quote {
  speakerId: string | null;
  text: string;
  direct: boolean;
  start: number;
  end: number;
  cue: string | null;
  /** The cue is a verb of stance or public action ("cited", "criticized", "called for"): what was put forward, in the reporter's words. */
  stance?: boolean;
  aboutIds?: string[]; // entities named inside the quote
  /** The words naming the speaker as written, when they name no entity: "a senior administration official" (contract v2). */
  speakerText?: string;
  /** The body an unnamed source or a spokesperson speaks for ("a Pentagon spokesman" → the Pentagon). */
  onBehalfOf?: string | null;
  /** Where the text names the speaker for this quote: a name, a role ("the mayor") or a pronoun ("he said"). */
  speakerSpan?: { start: number; end: number };
  sentence?: { start: number; end: number }; // the sentence holding the quote
  /** Which attribution rule of quotes/rules.ts produced it (the trace). */
  rule?: string;
  /** Why arbitration chose that rule's reading (only with `newsgraph extract --explain`). */
  arbitration?: string;
}

// Relation types, statuses and kinds are declared once, with the graph model too.
import type { MeetingKind, RelationStatus, RelationType } from '../graph/model.js';
export type { MeetingKind, RelationStatus, RelationType };

export interface Relation {
  type: RelationType;
  sourceId: string;
  targetId: string;
  /** Missing reads as happened / stated (v1 output). */
  status?: RelationStatus;
  kind?: MeetingKind | null;
  /** The words that state it, e.g. "held talks with". */
  cue?: string;
  /** ISO date of the meeting when the text gives it, resolved against publishedAt. */
  date?: string | null;
  /** Where the meeting took place, as a country entity id, when stated. */
  placeId?: string | null;
  evidence: Span;
  /** Which rule of relation-rules.ts produced it (the trace). */
  rule?: string;
  /** Which rule of relation-status.ts gave its status from the words before the cue (the frames around the meeting
   *  noun in relations.ts may adjust it after). */
  statusRule?: string;
}

export interface ExtractionResult {
  article: Article;
  entities: Entity[];
  quotes: Quote[];
  relations: Relation[];
}
