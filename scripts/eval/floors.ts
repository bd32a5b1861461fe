// Regression floors of the eval parts that need no database: `npm test` fails when a figure drops below the committed
// floor by more than the tolerance, whatever the targets say (several targets are not met yet; the floor keeps what is).
// `npm run eval:floors` rewrites scripts/eval/floors.json from a fresh run; `tsx scripts/eval/floors.ts` checks only.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasShared, SHARED } from './common.js';
import { checkTarget, runEvalParts } from './parts.js';
import type { EvalPart } from './types.js';

export const FLOORS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'floors.json');
/** A figure may fall this much below its floor (rounding, a tie broken differently) before the gate fails. */
export const TOLERANCE = 0.005;

type Metric = 'precision' | 'recall' | 'f1' | 'value';
/** Part name → metric → the figure recorded. */
export type Floors = Record<string, Partial<Record<Metric, number>>>;

export interface FloorCheck {
  part: string;
  metric: Metric;
  value: number | undefined;
  floor: number;
  /** A count of wrong assertions (a target with only a max): the recorded figure is a ceiling. */
  lowerIsBetter: boolean;
  ok: boolean;
  /** The part's targets with PASS/FAIL, printed beside. */
  targets: string;
}

const metricsOf = (p: EvalPart): Metric[] => (p.value !== undefined ? ['value'] : ['precision', 'recall', 'f1']);
const figure = (p: EvalPart, m: Metric) => (m === 'value' ? p.value : p[m]);
const lowerIsBetter = (p: EvalPart | undefined) => [p?.target ?? []].flat().some((t) => t.max !== undefined && t.min === undefined);

/** The floors a run sets: each part's figures, cut (not rounded up) to 4 decimals. */
export function recordFloors(parts: EvalPart[]): Floors {
  const floors: Floors = {};
  for (const p of parts) {
    floors[p.name] = {};
    for (const m of metricsOf(p)) {
      const v = figure(p, m) ?? 0;
      floors[p.name]![m] = lowerIsBetter(p) ? Math.ceil(v * 1e4) / 1e4 : Math.floor(v * 1e4) / 1e4;
    }
  }
  return floors;
}

/** Every floored figure against this run; a floored part the run did not produce fails. */
export function checkFloors(parts: EvalPart[], floors: Floors, tolerance = TOLERANCE): FloorCheck[] {
  const byName = new Map(parts.map((p) => [p.name, p]));
  const checks: FloorCheck[] = [];
  for (const [name, metrics] of Object.entries(floors)) {
    const p = byName.get(name);
    const targets = p ? [p.target ?? []].flat().map((t) => { const c = checkTarget(p, t); return `${c.text} ${c.ok ? 'PASS' : 'FAIL'}`; }).join(', ') : '';
    for (const [metric, floor] of Object.entries(metrics) as [Metric, number][]) {
      const value = p ? figure(p, metric) : undefined;
      const down = lowerIsBetter(p);
      const ok = value !== undefined && (down ? value <= floor + tolerance : value >= floor - tolerance);
      checks.push({ part: name, metric, value, floor, lowerIsBetter: down, ok, targets });
    }
  }
  return checks;
}

/** One line per figure: value, floor (or ceiling), verdict, then the part's targets; new parts are listed as unfloored. */
export function formatFloorChecks(checks: FloorCheck[], parts: EvalPart[], floors: Floors): string {
  const f = (x: number | undefined) => (x === undefined ? '  —  ' : x.toFixed(3));
  const lines = [`${'part'.padEnd(40)} ${'metric'.padEnd(9)} value  floor  gate   targets`];
  for (const c of checks) {
    const bound = c.lowerIsBetter ? `≤${f(c.floor)}` : f(c.floor);
    lines.push(`${c.part.padEnd(40)} ${c.metric.padEnd(9)} ${f(c.value)}  ${bound.padEnd(6)} ${c.ok ? 'ok  ' : 'DROP'}   ${c.targets}`);
  }
  for (const p of parts) if (!floors[p.name]) lines.push(`${p.name.padEnd(40)} (no floor yet: 'npm run eval:floors' records one)`);
  const drops = checks.filter((c) => !c.ok).length;
  lines.push(`eval floors: ${checks.length - drops}/${checks.length} figures at or above their floor (tolerance ${TOLERANCE})`);
  return lines.join('\n');
}

export function readFloors(file = FLOORS_FILE): Floors {
  return JSON.parse(readFileSync(file, 'utf8')) as Floors;
}

async function main(): Promise<void> {
  if (!hasShared()) {
    console.error(`eval floors: no gold data at ${SHARED} (set NEWSGRAPH_SHARED)`);
    process.exit(2);
  }
  const parts = await runEvalParts();
  if (process.argv.includes('--write')) {
    writeFileSync(FLOORS_FILE, `${JSON.stringify(recordFloors(parts), null, 2)}\n`);
    console.log(`eval floors: ${parts.length} parts recorded in ${path.relative(process.cwd(), FLOORS_FILE)}`);
    return;
  }
  const floors = readFloors();
  const checks = checkFloors(parts, floors);
  console.log(formatFloorChecks(checks, parts, floors));
  // The misses of parts below a floor or a target, so a red gate shows what went wrong beside the figures.
  const missesShown = Number(process.env.EVAL_MISSES ?? 5);
  for (const p of parts) {
    const dropped = checks.some((c) => c.part === p.name && !c.ok);
    const missed = [p.target ?? []].flat().some((t) => !checkTarget(p, t).ok);
    if ((dropped || missed) && p.misses.length && missesShown > 0) {
      console.log(`\n# ${p.name}${dropped ? ' (BELOW ITS FLOOR)' : ''}: worst misses`);
      for (const m of p.misses.slice(0, missesShown)) console.log(`  ${m}`);
    }
  }
  if (checks.some((c) => !c.ok)) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    process.exit(2);
  });
}
