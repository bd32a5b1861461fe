// Where a V8 CPU profile spends its time, summed three ways (npx tsx scripts/bench/profile-summary.ts FILE.cpuprofile [TOP]):
// self time per function (file:line), inclusive time per function (a recursive function counted once per sample), and
// each compiled regex's own time under the nearest JavaScript function that ran it. Made with `node --cpu-prof` over a
// loop of extractArticle on dist/ (a build profiles as it ships; tsx adds its loader's frames). On a shared machine the
// sampled times include waits for a core: compare shares, not seconds, between two profiles.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('profile-summary: usage: profile-summary.ts FILE.cpuprofile [rows per table, default 25]');
  process.exit(1);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** A function as "name file:line" (paths cut to what follows dist/ or src/); a regex by the start of its source. */
const nameOf = ({ callFrame: f }: ProfileNode): string => {
  if (f.functionName.startsWith('RegExp:')) return `RegExp ${f.functionName.slice(7, 90)}`;
  return `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(?:dist|src)\//, '')}${f.url ? `:${f.lineNumber + 1}` : ''}`;
};

// Sampled microseconds per leaf node.
const leafTime = new Map<number, number>();
let total = 0;
profile.samples.forEach((id, k) => {
  const dt = profile.timeDeltas[k] ?? 0;
  leafTime.set(id, (leafTime.get(id) ?? 0) + dt);
  total += dt;
});

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const regexByCaller = new Map<string, number>();
const add = (m: Map<string, number>, k: string, t: number) => m.set(k, (m.get(k) ?? 0) + t);
for (const [id, t] of leafTime) {
  const leaf = byId.get(id)!;
  add(self, nameOf(leaf), t);
  const seen = new Set<string>();
  for (let q: number | undefined = id; q !== undefined; q = parent.get(q)) {
    const node = byId.get(q)!;
    if (!node.callFrame.url) continue; // native frames: (root), (program), builtins
    const k = nameOf(node);
    if (!seen.has(k)) add(inclusive, k, t);
    seen.add(k);
  }
  if (leaf.callFrame.functionName.startsWith('RegExp:')) {
    let q = parent.get(id);
    while (q !== undefined && !byId.get(q)!.callFrame.url) q = parent.get(q);
    add(regexByCaller, `${q === undefined ? '?' : nameOf(byId.get(q)!)}  ${nameOf(leaf)}`, t);
  }
}

const print = (title: string, m: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(t / 1000).toFixed(0).padStart(8)} ms ${((100 * t) / total).toFixed(1).padStart(5)} %  ${k}`);
};
const regexTotal = [...regexByCaller.values()].reduce((s, t) => s + t, 0);
console.log(`${file}: ${(total / 1e6).toFixed(2)} s sampled, compiled regexes ${((100 * regexTotal) / total).toFixed(1)} %, garbage collector ${((100 * (self.get('(garbage collector) ') ?? 0)) / total).toFixed(1)} %`);
print('Self time', self);
print('Inclusive time', inclusive);
print('Regex time under the JavaScript function that ran it', regexByCaller);
