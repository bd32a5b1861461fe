// `npx tsx scripts/top-events.ts [n]`: the graph's Event count and its n (50) most-reported events as a Markdown table, for judging a real load row by row.
// Reads the graph NEO4J_URI / NEO4J_DATA_DIR point at (as `newsgraph load` does).
import { config } from '../src/config.js';
import { withGraph } from '../src/graph/session.js';
import { topEvents } from '../src/graph/event-reads.js';

const n = Number(process.argv[2] ?? 50);
await withGraph(config(), async (g) => {
  const { total, rows } = await topEvents(g.driver, g.database, n);
  console.log(`Event nodes: ${total}\n`);
  console.log('| # | articles | kind | status | date | place | parties | days reported | a report |\n|---|---|---|---|---|---|---|---|---|');
  const cell = (s: string | null) => (s ?? '—').replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  rows.forEach((e, i) =>
    console.log(
      `| ${i + 1} | ${e.articles} | ${e.kind} | ${e.status ?? '—'} | ${e.date ?? '—'} | ${cell(e.place)} | ${cell(e.parties.slice(0, 6).join(', '))}${e.parties.length > 6 ? ` +${e.parties.length - 6}` : ''} | ${e.firstDay ?? '?'} – ${e.lastDay ?? '?'} | ${cell((e.evidence ?? '').slice(0, 220))} |`,
    ),
  );
});
