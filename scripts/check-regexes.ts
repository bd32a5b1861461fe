// `npm run check:regex`: checks the regexes of src/ that are new or changed with recheck and rewrites
// tests/safety/regex-verdicts.json (patterns gone from src/ are dropped); `npm run check:regex -- --all` checks every one again.
import { allRegexes, isUnsafe, keyOf, verdictsFor, writeVerdicts, type Verdict } from '../tests/safety/regex-check.js';

const all = process.argv.includes('--all');
const regexes = await allRegexes();
const t0 = performance.now();
const { verdicts, checkedNow } = await verdictsFor(regexes, all);
const byKey: Record<string, Verdict> = {};
for (const [r, v] of verdicts) byKey[keyOf(r)] = v;
writeVerdicts(byKey);
const count = (f: (v: Verdict) => boolean) => [...verdicts.values()].filter(f).length;
console.log(`check:regex: ${regexes.length} patterns, ${checkedNow} checked in ${((performance.now() - t0) / 1000).toFixed(0)} s — safe ${count((v) => v.status === 'safe')}, quadratic ${count((v) => v.degree === 2)}, unsafe ${count(isUnsafe)}, unknown ${count((v) => v.status === 'unknown')}`);
for (const [r, v] of verdicts) if (isUnsafe(v)) console.log(`  unsafe: ${v.complexity} ${r.where} ${keyOf(r)} /${r.source.slice(0, 100)}/`);
process.exit(0); // the native checker's agent process would keep Node alive
