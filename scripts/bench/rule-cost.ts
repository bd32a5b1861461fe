// Cost per find of the extraction rule families: CPU each family's matcher spends (sampled profile) beside the facts it
// puts in the final output, over the shared corpus (npx tsx scripts/bench/rule-cost.ts [FILE]; LIMIT=n articles).
// Exists for choosing where a prefilter pays: a family that costs much and finds little. Nothing in src/ is changed
// or wrapped: the profile is read from outside, so the timed code is the shipped code.
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import { PROJECT_ROOT } from '../../src/config.js';
import { extractArticle } from '../../src/extract/pipeline.js';
import { readArticles } from '../../src/ingest/read-articles.js';
import type { Article } from '../../src/extract/types.js';

const file = process.argv[2] ?? path.join(PROJECT_ROOT, '../shared/corpus/allsides-international.jsonl');
const limit = Number(process.env.LIMIT ?? 0);

/** A rule family: the function that runs its matcher (name and file as the profile names them) and the rule ids it yields. */
interface Family {
  family: string;
  fn: string;
  file: string;
  rules: RegExp;
}
const FAMILIES: Family[] = [
  { family: 'stage: mentions (rules)', fn: 'findMentions', file: 'extract/mentions.ts', rules: /^$/ },
  { family: 'stage: tagger', fn: 'tagSpans', file: 'tagger/tag.ts', rules: /^$/ },
  { family: 'stage: combine', fn: 'combineMentions', file: 'tagger/combine.ts', rules: /^$/ },
  { family: 'stage: entities', fn: 'buildEntities', file: 'extract/entities.ts', rules: /^$/ },
  { family: 'stage: quotes (all)', fn: 'extractQuotes', file: 'extract/quotes.ts', rules: /^(?:reported|clause|direct|transcript)\./ },
  { family: '  reported (all matchers)', fn: 'findReported', file: 'quotes/reported.ts', rules: /^(?:reported|clause)\./ },
  { family: '    reported.speech-cue', fn: 'speechCues', file: 'quotes/reported.ts', rules: /^reported\.speech-cue$/ },
  { family: '    reported.inverted', fn: 'invertedReport', file: 'quotes/reported.ts', rules: /^reported\.inverted$/ },
  { family: '    reported.inverted-unnamed', fn: 'invertedUnnamed', file: 'quotes/reported.ts', rules: /^reported\.inverted-unnamed$/ },
  { family: '    reported.middle', fn: 'middleReport', file: 'quotes/reported.ts', rules: /^reported\.middle$/ },
  { family: '    reported.finding (+inverted)', fn: 'findings', file: 'quotes/reported.ts', rules: /^reported\.(?:inverted-)?finding$/ },
  { family: '    clause.* (clauseReports)', fn: 'clauseReports', file: 'quotes/reported.ts', rules: /^clause\./ },
  { family: '      clause.communication-verb', fn: 'communicationStances', file: 'quotes/clauses.ts', rules: /^clause\.communication-verb$/ },
  { family: '      clause.relative', fn: 'relativeAttributions', file: 'quotes/clauses.ts', rules: /^clause\.relative$/ },
  { family: '      clause.possessed-*', fn: 'possessedClaims', file: 'quotes/clauses.ts', rules: /^clause\.possessed-/ },
  { family: '      clause.passive-by', fn: 'passiveAttributions', file: 'quotes/clauses.ts', rules: /^clause\.passive-by$/ },
  { family: '      clause.opening-participle', fn: 'openingParticiple', file: 'quotes/clauses.ts', rules: /^clause\.opening-participle$/ },
  { family: '    reported.as-attribution', fn: 'asAttribution', file: 'quotes/reported.ts', rules: /^reported\.as-attribution$/ },
  { family: '    reported.headline-*', fn: 'headlineReport', file: 'quotes/reported.ts', rules: /^reported\.headline-/ },
  { family: '    reported.according-to', fn: 'accordingTo', file: 'quotes/reported.ts', rules: /^reported\.according-to$/ },
  { family: '  direct.* (findDirect)', fn: 'findDirect', file: 'quotes/direct.ts', rules: /^direct\./ },
  { family: '  transcript.label-turn', fn: 'findTranscriptTurns', file: 'quotes/transcript.ts', rules: /^transcript\.label-turn$/ },
  { family: '  transcript.qa-turn', fn: 'findInterviewAnswers', file: 'quotes/transcript.ts', rules: /^transcript\.qa-turn$/ },
  { family: '  pronouns (resolvePronouns)', fn: 'resolvePronouns', file: 'quotes/speakers.ts', rules: /^$/ },
  { family: 'stage: relations (all)', fn: 'extractRelations', file: 'extract/relations.ts', rules: /^(?:meet|ally)\./ },
  { family: 'stage: events', fn: 'extractEvents', file: 'extract/events.ts', rules: /^event:/ },
];

const articles: Article[] = [];
for await (const item of readArticles([file], { maxArticleBytes: 10 * 1024 * 1024 })) {
  if (item.ok) articles.push(item.article);
  if (limit && articles.length >= limit) break;
}
for (const a of articles.slice(0, 200)) extractArticle(a); // the JIT compiles the rules before the profile starts

const finds = new Map<string, number>();
const count = (rule: string) => finds.set(rule, (finds.get(rule) ?? 0) + 1);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const cpu0 = process.cpuUsage();
for (const a of articles) {
  const res = extractArticle(a);
  for (const q of res.quotes) count(q.rule ?? '(none)');
  for (const r of res.relations) count(r.rule ?? '(none)');
  for (const e of res.entities) if (e.type === 'Event') count('event:');
}
const cpu = process.cpuUsage(cpu0);
const { profile } = await session.post('Profiler.stop');
session.disconnect();

// Inclusive sampled time per function (a recursive call counted once), scaled to the CPU time measured around the loop.
type Node = (typeof profile.nodes)[number];
const byId = new Map<number, Node>(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
profile.samples!.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0)));
let sampled = 0;
for (const [id, t] of self) if (byId.get(id)!.callFrame.functionName !== '(idle)') sampled += t;
const inclusive = new Map<string, number>();
const active = new Map<string, number>();
const keyOf = (n: Node) => `${n.callFrame.functionName} ${n.callFrame.url.split('/').slice(-2).join('/')}`;
const walk = (n: Node): number => {
  const key = keyOf(n);
  const outer = !active.get(key);
  active.set(key, (active.get(key) ?? 0) + 1);
  let t = self.get(n.id) ?? 0;
  for (const c of n.children ?? []) t += walk(byId.get(c)!);
  active.set(key, active.get(key)! - 1);
  if (outer) inclusive.set(key, (inclusive.get(key) ?? 0) + t);
  return t;
};
walk(profile.nodes[0]);

const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(`rule-cost: ${articles.length} articles, CPU ${(cpuMs / 1000).toFixed(1)} s (${((1000 * articles.length) / cpuMs).toFixed(0)} articles per CPU-second, profiler on)`);
console.log(`${'family'.padEnd(36)} ${'CPU s'.padStart(7)} ${'share'.padStart(6)} ${'finds'.padStart(7)} ${'ms/find'.padStart(8)}`);
for (const f of FAMILIES) {
  const ms = ((inclusive.get(`${f.fn} ${f.file}`) ?? 0) / sampled) * cpuMs;
  const n = [...finds].filter(([rule]) => f.rules.test(rule)).reduce((s, [, k]) => s + k, 0);
  console.log(`${f.family.padEnd(36)} ${(ms / 1000).toFixed(2).padStart(7)} ${((100 * ms) / cpuMs).toFixed(1).padStart(5)}% ${String(n || '–').padStart(7)} ${(n ? (ms / n).toFixed(3) : '–').padStart(8)}`);
}
