// `npm run eval`: precision/recall/F1 of the extractor against the gold data in ../shared/gold, with the worst misses.
import { hasShared, SHARED } from './eval/common.js';
import { checkTarget as check, runEvalParts } from './eval/parts.js';
import { evalIdentity } from './eval/identity.js';
import type { EvalPart } from './eval/types.js';

const MISSES = Number(process.env.EVAL_MISSES ?? 12);
// EVAL_ONLY=relations,seed runs those parts only, for quick iteration; the gate is the full run.
const ONLY = process.env.EVAL_ONLY ? new Set(process.env.EVAL_ONLY.split(',').map((s) => s.trim())) : null;
const wanted = (part: string) => !ONLY || ONLY.has(part);
// Identity loads the whole shared corpus into its own Neo4j (minutes): only when asked for by name.
const onDemand = (part: string) => !!ONLY?.has(part);

async function main() {
  if (!hasShared()) {
    console.error(`eval: no gold data at ${SHARED} (set NEWSGRAPH_SHARED)`);
    process.exit(2);
  }
  const parts: EvalPart[] = [...(await runEvalParts(wanted)), ...(onDemand('identity') ? await evalIdentity() : [])];
  const pad = (s: string, n: number) => s.padEnd(n);
  const f = (x: number) => x.toFixed(3);
  // Parts scored twice show the figures of the older matching beside (PolNeAR's lenient one); targets apply to the new ones.
  console.log(`${pad('part', 36)} ${pad('P', 6)} ${pad('R', 6)} ${pad('F1', 6)} ${pad('tp/fp/fn', 16)} ${pad('target', 18)} old matching P/R/F1 (tp/fp/fn)`);
  let met = 0;
  let targets = 0;
  for (const p of parts) {
    const verdicts: string[] = [];
    for (const t of p.target === undefined ? [] : [p.target].flat()) {
      targets++;
      const { ok, text } = check(p, t);
      if (ok) met++;
      verdicts.push(`${text} ${ok ? 'PASS' : 'FAIL'}`);
    }
    // A part scored by one number (an accuracy, a count) prints it instead of P/R/F1.
    const scores = p.value !== undefined ? pad(`= ${Number.isInteger(p.value) ? p.value : f(p.value)}`, 20) : `${pad(f(p.precision), 6)} ${pad(f(p.recall), 6)} ${pad(f(p.f1), 6)}`;
    const old = p.lenient ? `${f(p.lenient.precision)} ${f(p.lenient.recall)} ${f(p.lenient.f1)} (${p.lenient.tp}/${p.lenient.fp}/${p.lenient.fn})` : '';
    console.log(`${pad(p.name, 36)} ${scores} ${pad(`${p.tp}/${p.fp}/${p.fn}`, 16)} ${pad(verdicts.join(', '), 18)} ${old}`.trimEnd());
  }
  console.log(`\neval: ${met}/${targets} targets met`);
  for (const p of parts) {
    if (!p.misses.length) continue;
    console.log(`\n# ${p.name}: worst misses`);
    for (const m of p.misses.slice(0, MISSES)) console.log(`  ${m}`);
  }
  // A missed target fails the run, so the eval can gate a change.
  if (met < targets) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
