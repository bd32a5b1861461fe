// The graph model: the only labels and relationship types Cypher may use (the allow-list).

export const Label = {
  Article: 'Article',
  Person: 'Person',
  Country: 'Country',
  Organization: 'Organization',
  Event: 'Event',
  Quote: 'Quote',
  Evidence: 'Evidence',
  Entity: 'Entity', // extra label on Person/Country/Organization/Event for cross-type lookups
} as const;
export type Label = (typeof Label)[keyof typeof Label];

export const ENTITY_LABELS = [Label.Person, Label.Country, Label.Organization, Label.Event] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const Rel = {
  SAID: 'SAID',
  IN: 'IN',
  ABOUT: 'ABOUT',
  MENTIONS: 'MENTIONS',
  MET_WITH: 'MET_WITH',
  ALLIED_WITH: 'ALLIED_WITH',
  PARTICIPATED_IN: 'PARTICIPATED_IN',
  IN_COUNTRY: 'IN_COUNTRY',
  SUPPORTS: 'SUPPORTS', // (Evidence)-[:SUPPORTS]->... not used as an edge between entities
} as const;
export type Rel = (typeof Rel)[keyof typeof Rel];

export const RELATION_TYPES = [Rel.MET_WITH, Rel.ALLIED_WITH] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export function isEntityLabel(x: string): x is EntityLabel {
  return (ENTITY_LABELS as readonly string[]).includes(x);
}

export function isRelationType(x: string): x is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(x);
}
