// An extraction worker thread of the pool (pool.ts): warms up, then extracts each article it is sent under its budget.
import { readlinkSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { extractArticle, warmUp } from './pipeline.js';
import { cpuMs, threadCpuMs } from './deadline.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './pool.js';

const { setup } = workerData as { setup: WorkerSetup };
if (!parentPort) throw new Error('extract: worker.ts runs only as a worker thread of the extraction pool');
const port = parentPort;

// This thread's CPU time where Linux tells it (deadline.ts). Elsewhere process.cpuUsage(), which counts every thread,
// divided by the number of threads that can run at once stands for it: it under-counts when the other threads idle (an
// article may then run up to cpuShare × its budget) rather than reject a good article early; the watchdog stays.
const clock = threadCpuMs ?? (() => cpuMs() / setup.cpuShare);

warmUp();
port.on('message', ({ id, article }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    // The article goes back without its body: the pool puts the one it sent back in (half the copying).
    const { article: _sent, ...found } = extractArticle(article, { budgetMs: setup.budgetMs, clock, explain: setup.explain });
    reply = { id, ok: true, found };
  } catch (err) {
    reply = { id, ok: false, reason: `extraction failed: ${(err as Error)?.message ?? String(err)}` };
  }
  port.postMessage(reply);
});
// The thread's id in the operating system (Linux), so a bench can tell this thread's CPU from the V8 helper threads'.
const osThreadId = (): number | undefined => {
  try {
    return Number(readlinkSync('/proc/thread-self').split('/').pop()) || undefined;
  } catch {
    return undefined;
  }
};
port.postMessage({ ready: true, tid: osThreadId() } satisfies WorkerReply);
