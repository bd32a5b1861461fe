// `newsgraph extract` with 1 and 2 extraction threads (run by hand: npm run bench:extract-workers [file]): what a user
// runs — the real command (bin/newsgraph.js: the launcher, the compiled dist/ when it is current, else the source
// through tsx, saying which), its own process each round, over the first LIMIT=1500 records of the file (0: all of it),
// stdout to a file. EXTRACT_WORKERS=1 (in the command's thread) and EXTRACT_WORKERS=2 (two worker threads) alternate,
// ROUNDS=3 rounds each; each round prints its wall time, CPU (user + system, every thread and the launcher's child:
// /usr/bin/time) and peak RSS, the load average before it, and whether its output is byte-identical to the first
// round's; then the medians. On a shared machine wall times count the waits for a core: 2 × CPU₁ ÷ CPU₂ is the
// speed-up two idle cores would allow at most.
import { spawnSync, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { builtIsCurrent } from '../../bin/launch.js';

const file = process.argv[2] ?? path.join(PROJECT_ROOT, '../shared/corpus/allsides-international.jsonl');
const limit = Number(process.env.LIMIT ?? 1500);
const rounds = Number(process.env.ROUNDS ?? 3);
const TIME = '/usr/bin/time';
if (!existsSync(TIME)) {
  console.error('bench:extract-workers: needs /usr/bin/time (GNU time) for the CPU and peak RSS of each run');
  process.exit(2);
}

const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-bench-extract-workers-'));
let input = file;
if (limit > 0) {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  input = path.join(dir, `first-${limit}.jsonl`);
  writeFileSync(input, lines.slice(0, limit).join('\n') + '\n');
}

interface Run {
  wall: number;
  cpu: number;
  rssMb: number;
  load: number;
  sha: string;
  lines: number;
}
const configurations = [
  { name: 'EXTRACT_WORKERS=1', workers: '1', runs: [] as Run[] },
  { name: 'EXTRACT_WORKERS=2', workers: '2', runs: [] as Run[] },
];
const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();
const from = builtIsCurrent('cli.js') ? 'dist/ (compiled, current)' : "src/ through tsx (dist/ missing or stale: 'npm run build' times what users run)";
console.log(`bench:extract-workers: newsgraph extract ${limit > 0 ? `the first ${limit} records of ` : ''}${file}; code: ${from}; ${rounds} rounds per configuration, alternated`);
console.log(`before: ${uptime()}`);
let reference: string | undefined;
try {
  for (let r = 0; r < rounds; r++) {
    for (const c of r % 2 ? [...configurations].reverse() : configurations) {
      const outFile = path.join(dir, `out-${c.workers}.jsonl`);
      const fd = openSync(outFile, 'w');
      const load = loadavg()[0];
      const child = spawnSync(TIME, ['-f', 'TIME %e %U %S %M', process.execPath, path.join(PROJECT_ROOT, 'bin/newsgraph.js'), 'extract', input], {
        env: { ...process.env, EXTRACT_WORKERS: c.workers },
        stdio: ['ignore', fd, 'pipe'],
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      });
      closeSync(fd);
      const timed = /^TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)$/m.exec(child.stderr);
      if (child.status !== 0 || !timed) {
        console.error(`bench:extract-workers: round ${r + 1} (${c.name}) failed (exit ${child.status}):\n${child.stderr.slice(-4000)}`);
        process.exit(1);
      }
      const out = readFileSync(outFile);
      const sha = createHash('sha256').update(out).digest('hex');
      reference ??= sha;
      const run: Run = { wall: Number(timed[1]), cpu: Number(timed[2]) + Number(timed[3]), rssMb: Number(timed[4]) / 1024, load, sha, lines: out.toString('utf8').split('\n').length - 1 };
      c.runs.push(run);
      console.log(
        `round ${r + 1} ${c.name}: ${run.wall.toFixed(1)} s wall, ${run.cpu.toFixed(1)} s CPU, peak RSS ${run.rssMb.toFixed(0)} MB, ${run.lines} lines, ` +
          `output ${sha === reference ? 'identical to' : 'DIFFERENT from'} round 1's (sha256 ${sha.slice(0, 12)}); load average before ${load.toFixed(2)}`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const articles = configurations[0].runs[0].lines;
for (const c of configurations) {
  const wall = median(c.runs.map((x) => x.wall));
  console.log(
    `${c.name}: median ${wall.toFixed(1)} s wall → ${(articles / wall).toFixed(1)} articles/s; CPU ${median(c.runs.map((x) => x.cpu)).toFixed(1)} s; ` +
      `peak RSS ${median(c.runs.map((x) => x.rssMb)).toFixed(0)} MB; load average before the rounds ${c.runs.map((x) => x.load.toFixed(1)).join(', ')}`,
  );
}
const [one, two] = configurations.map((c) => ({ wall: median(c.runs.map((x) => x.wall)), cpu: median(c.runs.map((x) => x.cpu)) }));
console.log(`speed-up (median wall, 1 ÷ 2 workers): ${(one.wall / two.wall).toFixed(2)}×; CPU 2 ÷ 1: ${(two.cpu / one.cpu).toFixed(2)}×; ceiling on two idle cores (2 × CPU₁ ÷ CPU₂): ${((2 * one.cpu) / two.cpu).toFixed(2)}×`);
console.log(`outputs: ${configurations.every((c) => c.runs.every((x) => x.sha === reference)) ? 'byte-identical in every round of both configurations' : 'NOT identical (see the rounds)'}`);
console.log(`after: ${uptime()}`);
