// `npm run eval`: precision/recall/F1 of the extractor against the gold data in ../shared/gold, with the worst misses.
import { extractArticle } from '../src/extract/pipeline.js';
import { hasShared, SHARED } from './eval/common.js';
import { evalSeed } from './eval/seed.js';
import { evalConll } from './eval/conll.js';
import { evalPolnear } from './eval/polnear.js';
import { evalMeet } from './eval/meet.js';
import type { EvalPart } from './eval/types.js';

const MISSES = Number(process.env.EVAL_MISSES ?? 12);

async function main() {
  if (!hasShared()) {
    console.error(`eval: no gold data at ${SHARED} (set NEWSGRAPH_SHARED)`);
    process.exit(2);
  }
  const parts: EvalPart[] = [...(await evalSeed(extractArticle)), ...evalConll(extractArticle), ...evalPolnear(extractArticle), ...evalMeet(extractArticle)];
  const pad = (s: string, n: number) => s.padEnd(n);
  const f = (x: number) => x.toFixed(3);
  // Parts scored twice show the figures of the older matching beside (PolNeAR's lenient one); targets apply to the new ones.
  console.log(`${pad('part', 36)} ${pad('P', 6)} ${pad('R', 6)} ${pad('F1', 6)} ${pad('tp/fp/fn', 16)} ${pad('target', 18)} old matching P/R/F1 (tp/fp/fn)`);
  let met = 0;
  let targets = 0;
  for (const p of parts) {
    let verdict = '';
    if (p.target) {
      targets++;
      const value = p.target.metric === 'f1' ? p.f1 : p.recall;
      const ok = value >= p.target.min;
      if (ok) met++;
      verdict = `${p.target.metric} ≥ ${p.target.min} ${ok ? 'PASS' : 'FAIL'}`;
    }
    const old = p.lenient ? `${f(p.lenient.precision)} ${f(p.lenient.recall)} ${f(p.lenient.f1)} (${p.lenient.tp}/${p.lenient.fp}/${p.lenient.fn})` : '';
    console.log(`${pad(p.name, 36)} ${pad(f(p.precision), 6)} ${pad(f(p.recall), 6)} ${pad(f(p.f1), 6)} ${pad(`${p.tp}/${p.fp}/${p.fn}`, 16)} ${pad(verdict, 18)} ${old}`.trimEnd());
  }
  console.log(`\neval: ${met}/${targets} targets met`);
  if (met < targets) process.exitCode = 1;
  for (const p of parts) {
    if (!p.misses.length) continue;
    console.log(`\n# ${p.name}: worst misses`);
    for (const m of p.misses.slice(0, MISSES)) console.log(`  ${m}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
