// The most-reported events of the graph with their kind, status, date, place and parties: for judging the event merge on a real load.
import neo4j, { type Driver } from 'neo4j-driver';
import { Label, Rel } from './model.js';

export interface TopEventRow {
  id: string;
  name: string;
  kind: string;
  /** happened, planned or cancelled (null on events written before statuses were read). */
  status: string | null;
  date: string | null;
  firstDay: string | null;
  lastDay: string | null;
  place: string | null;
  parties: string[];
  articles: number;
  /** One sentence of the earliest report, for reading. */
  evidence: string | null;
}

/** Event nodes and how many there are, most articles first (ties by id). */
export async function topEvents(driver: Driver, database: string, limit: number): Promise<{ total: number; rows: TopEventRow[] }> {
  const total = await driver.executeQuery(`MATCH (e:${Label.Event}) RETURN count(e) AS n`, {}, { database, routing: neo4j.routing.READ });
  const res = await driver.executeQuery(
    `MATCH (e:${Label.Event})
     WITH e ORDER BY e.articleCount DESC, e.id LIMIT $limit
     OPTIONAL MATCH (e)-[:${Rel.IN_COUNTRY}]->(c:${Label.Country})
     CALL (e) {
       OPTIONAL MATCH (p:${Label.Entity})-[:${Rel.PARTICIPATED_IN}]->(e)
       RETURN collect(p.name) AS parties
     }
     CALL (e) {
       OPTIONAL MATCH (e)-[r:${Rel.IN}]->(a:${Label.Article})
       WITH r, a ORDER BY a.publishedAt, a.id LIMIT 1
       RETURN r.evidence[0] AS evidence
     }
     RETURN {id: e.id, name: e.name, kind: e.kind, status: e.status, date: e.date, firstDay: e.firstDay, lastDay: e.lastDay,
             place: c.name, parties: parties, articles: e.articleCount, evidence: evidence} AS row
     ORDER BY row.articles DESC, row.id`,
    { limit: neo4j.int(limit) },
    { database, routing: neo4j.routing.READ },
  );
  return {
    total: Number(total.records[0].get('n')),
    rows: res.records.map((r) => {
      const row = r.get('row') as TopEventRow & { articles: unknown };
      return { ...row, articles: Number(row.articles) };
    }),
  };
}
