// Uniqueness of every public id, lookup indexes, and full-text search. Applied at start; all idempotent.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT quote_id IF NOT EXISTS FOR (n:Quote) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
// One load lock: concurrent MERGEs of it cannot create two.
CREATE CONSTRAINT load_lock_id IF NOT EXISTS FOR (n:LoadLock) REQUIRE n.id IS UNIQUE;
// Curation: rules, the audit trail, API tokens (looked up by hash) and the lock that serialises curation.
CREATE CONSTRAINT curation_rule_id IF NOT EXISTS FOR (n:CurationRule) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT audit_record_id IF NOT EXISTS FOR (n:AuditRecord) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.hash IS UNIQUE;
CREATE CONSTRAINT curation_lock_id IF NOT EXISTS FOR (n:CurationLock) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_record_seq IF NOT EXISTS FOR (n:AuditRecord) ON (n.seq);

CREATE INDEX article_content_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
// article(url:) of the API.
CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url);
CREATE INDEX country_code IF NOT EXISTS FOR (n:Country) ON (n.code);
CREATE INDEX quote_article IF NOT EXISTS FOR (n:Quote) ON (n.articleId);
// sortDate = publishedAt, or '0000-00-00' when unknown: newest-first listings walk this index.
CREATE INDEX quote_sort_date IF NOT EXISTS FOR (n:Quote) ON (n.sortDate);
// topSpeakers without a topic: speakers in the order of their kept quote totals.
CREATE INDEX entity_said_quotes IF NOT EXISTS FOR (n:Entity) ON (n.saidQuotes);
// topSpeakers(about:) reads SPOKE_ABOUT through the index spoke_about_topic_quotes, created by
// src/graph/speaker-aggregates.ts once the kept counts are complete (its existence marks them so).
CREATE INDEX evidence_article IF NOT EXISTS FOR (n:Evidence) ON (n.articleId);
CREATE INDEX evidence_source IF NOT EXISTS FOR (n:Evidence) ON (n.sourceId);
CREATE INDEX evidence_target IF NOT EXISTS FOR (n:Evidence) ON (n.targetId);
CREATE INDEX evidence_pair IF NOT EXISTS FOR (n:Evidence) ON (n.pairKey);

CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Person|Country|Organization|Place|Event) ON EACH [n.name, n.aliases];
CREATE FULLTEXT INDEX quoteText IF NOT EXISTS FOR (n:Quote) ON EACH [n.text];
