// The graph model: the only labels and relationship types Cypher may use (the allow-list), and their properties.
//
// Nodes (every node has a public string `id`; Neo4j internal ids are never exposed or reused):
//   (:Article {id, url, title, source, publishedAt, contentHash, ingestedAt, body})
//   (:Entity:Person {id, name, aliases[], role, mentionCount})
//   (:Entity:Country {id, name, aliases[], code, mentionCount})          id = "country:<ISO2>"
//   (:Entity:Organization {id, name, aliases[], mentionCount})
//   (:Entity:Place {id, name, aliases[], code, mentionCount})   a named place that is no sovereign state (a city, a US state,
//        a region, a valley, a lake, a sea); id = "place:<slug>"; code = the ISO2 of its country when one is known
//   (:Entity:Event {id, name, aliases[], kind, status, date, firstDay, lastDay, articleCount, mentionCount})
//        one node per real-world event across articles (resolve/resolve-events.ts: the merge rule); id = "event:<kind>-<hash>"
//        firstDay / lastDay: first and last day of its reports (date, else publish date)
//   (:Quote {id, text, direct, cue, stance, start, end, sentence, articleId, publishedAt, sortDate})   sortDate: publishedAt or '0000-00-00'
//   (:Evidence {id, type, status, kind, cue, date, sourceId, targetId, pairKey, articleId, start, end, sentence, publishedAt})
//        one node per sentence stating a MET_WITH / ALLIED_WITH fact; pairKey = type|minId|maxId; status per RELATION_STATUSES
//   (:LoadLock {id: 'load', token, pid, host, since, expiresAt, checkedAt})   at most one; held by the running load
//        (src/graph/load-lock.ts); operational state, not content: the fingerprint ignores it
//   (:CurationRule {id, seq, createdAt, actor, reason, action, change})   an editor's decision the loader re-applies
//        (src/resolve/curation.ts); change = the rule as JSON
//   (:AuditRecord {id, seq, at, actor, role, action, reason, before, after, entityIds[], ruleIds[], undoneBy, outcome})
//        one per change, undo or refused attempt; before/after JSON; history, not content: the fingerprint ignores it
//   (:ApiToken {id, name, role, hash, createdAt})   hash = sha256 of the bearer token (the token itself is never stored)
//   (:CurationLock {id: 'curation', seq})   serialises curation transactions and numbers audit records and rules
//
// Relationships:
//   (:Person)-[:SAID]->(:Quote)-[:IN]->(:Article)
//   (:Quote)-[:ABOUT]->(:Entity)
//   (:Article)-[:MENTIONS {count, aliases[], starts[], ends[], rules[], via[]}]->(:Entity)
//        aliases = surface forms linked in that article; starts/ends = each mention's offsets into Article.body (UTF-16);
//        rules/via (parallel to starts, present once identity moved a mention here) = the rule of src/resolve/consolidate.ts
//        that moved it ('' = as extracted) and the node extraction had put it on
//   (:Entity)-[:MET_WITH|ALLIED_WITH {firstSeen, lastSeen, articleCount, evidenceCount, status, <status>Count…}]->(:Entity)
//        one edge per unordered pair, stored from the smaller id to the larger; aggregates of its Evidence whose status
//        is one of EDGE_STATUSES (a refused meeting or a hedged alliance stays Evidence only, never an edge); status =
//        the best of them (a MET_WITH with only planned evidence has status 'planned'); <status>Count per status
//   (:Evidence)-[:IN]->(:Article)
//   (:Entity)-[:PARTICIPATED_IN]->(:Event)
//   (:Event)-[:IN_COUNTRY]->(:Country)
//   (:Entity)-[:SPOKE_ABOUT {topicId, quotes, articles}]->(:Entity)   speaker → topic: how many of its quotes are about
//        the topic, in how many articles (never itself); topicId = the topic's id (indexed with quotes: a topic's top
//        speakers in index order); kept by the writer with each article (src/graph/speaker-aggregates.ts)
//   (:Event)-[:IN {reportId, kind, status, date, locationId, locationName, participantIds[], participantNames[], evidence[], mentionCount, sides[]}]->(:Article)
//        one per report: what one article says of the event, with its evidence sentences

export const Label = {
  Article: 'Article',
  Person: 'Person',
  Country: 'Country',
  Organization: 'Organization',
  Place: 'Place',
  Event: 'Event',
  Quote: 'Quote',
  Evidence: 'Evidence',
  Entity: 'Entity', // extra label on Person/Country/Organization/Place/Event for cross-type lookups
  LoadLock: 'LoadLock',
  CurationRule: 'CurationRule',
  AuditRecord: 'AuditRecord',
  ApiToken: 'ApiToken',
  CurationLock: 'CurationLock',
} as const;

/** Labels of operational state and history (who may write, who wrote what, who is writing), not graph content. */
export const OPERATIONAL_LABELS = [Label.LoadLock, Label.AuditRecord, Label.ApiToken, Label.CurationLock] as const;

/** Roles of API tokens, least to most; each may do what the ones before it may. */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export type Label = (typeof Label)[keyof typeof Label];

export const ENTITY_LABELS = [Label.Person, Label.Country, Label.Organization, Label.Place, Label.Event] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];
/** The entity types of the extraction contract are the entity labels. */
export type EntityType = EntityLabel;

/** Per entity type: the prefix of its ids and the stats field counting its nodes. */
export const ENTITY_TYPE_INFO = {
  Person: { idPrefix: 'person:', statsField: 'people' },
  Country: { idPrefix: 'country:', statsField: 'countries' },
  Organization: { idPrefix: 'org:', statsField: 'organizations' },
  Place: { idPrefix: 'place:', statsField: 'places' },
  Event: { idPrefix: 'event:', statsField: 'events' },
} as const satisfies Record<EntityLabel, { idPrefix: string; statsField: string }>;

/** Entity types written as their own nodes by the writer (events are resolved across articles apart). */
export const NAMED_ENTITY_LABELS = ENTITY_LABELS.filter((l): l is Exclude<EntityLabel, 'Event'> => l !== Label.Event);

export const Rel = {
  SAID: 'SAID',
  IN: 'IN',
  ABOUT: 'ABOUT',
  MENTIONS: 'MENTIONS',
  MET_WITH: 'MET_WITH',
  ALLIED_WITH: 'ALLIED_WITH',
  PARTICIPATED_IN: 'PARTICIPATED_IN',
  IN_COUNTRY: 'IN_COUNTRY',
  SPOKE_ABOUT: 'SPOKE_ABOUT',
} as const;
export type Rel = (typeof Rel)[keyof typeof Rel];

export const RELATION_TYPES = [Rel.MET_WITH, Rel.ALLIED_WITH] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Statuses of each relation type, best first: MET_WITH happened / planned / refused; ALLIED_WITH stated / hedged. */
export const RELATION_STATUSES = {
  MET_WITH: ['happened', 'planned', 'refused'],
  ALLIED_WITH: ['stated', 'hedged'],
} as const satisfies Record<RelationType, readonly string[]>;
export type RelationStatus = (typeof RELATION_STATUSES)[RelationType][number];
export const ALL_RELATION_STATUSES = [...new Set(Object.values(RELATION_STATUSES).flat())] as RelationStatus[];

/** Statuses that make an aggregated edge; the others (refused, hedged) are kept as Evidence a user can ask for. */
export const EDGE_STATUSES = {
  MET_WITH: ['happened', 'planned'],
  ALLIED_WITH: ['stated'],
} as const satisfies { [T in RelationType]: readonly (typeof RELATION_STATUSES)[T][number][] };

/** What each status says; the GraphQL enum's descriptions. */
export const RELATION_STATUS_DESCRIPTIONS: Record<RelationStatus, string> = {
  happened: 'MET_WITH: the meeting took place.',
  planned: 'MET_WITH: scheduled, announced or expected.',
  refused: 'MET_WITH: declined or cancelled; not a meeting.',
  stated: 'ALLIED_WITH: stated as fact.',
  hedged: 'ALLIED_WITH: claimed, believed or denied; not shown as an alliance.',
};

/** Per relation type: the stats field counting its edges. */
export const RELATION_TYPE_INFO = {
  MET_WITH: { statsField: 'metWith' },
  ALLIED_WITH: { statsField: 'alliedWith' },
} as const satisfies Record<RelationType, { statsField: string }>;

/** The name of a value in a GraphQL enum: MET_WITH, PERSON, HAPPENED. */
export const enumValueName = (value: string) => value.toUpperCase();

/** The status a v1 relation without one reads as. */
export const DEFAULT_STATUS: Record<RelationType, RelationStatus> = { MET_WITH: 'happened', ALLIED_WITH: 'stated' };

/** How the parties of a MET_WITH met: in person, or a call (kept apart so a user can include or exclude it). */
export const MEETING_KINDS = ['meeting', 'talks', 'summit', 'visit', 'call'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Whether a relation type is symmetric (stored once per unordered pair); all are today. */
export const SYMMETRIC: Record<RelationType, boolean> = { MET_WITH: true, ALLIED_WITH: true };

/** Property of an edge counting one status's evidence: happenedCount, refusedCount, … */
export const statusCountProperty = (status: RelationStatus) => `${status}Count`;

export function isEntityLabel(x: string): x is EntityLabel {
  return (ENTITY_LABELS as readonly string[]).includes(x);
}

export function isRelationType(x: string): x is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(x);
}

/** The key shared by both directions of a symmetric relation. */
export function pairKey(type: RelationType, a: string, b: string): string {
  return a < b ? `${type}|${a}|${b}` : `${type}|${b}|${a}`;
}
