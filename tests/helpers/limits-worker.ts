// A stand-in for the pool's worker in the heap-limit test: answers each article with the resource limits its thread got.
import { parentPort, resourceLimits } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from '../../src/extract/pool.js';

const port = parentPort!;
port.on('message', ({ id }: WorkerRequest) => {
  port.postMessage({ id, ok: true, found: { limits: resourceLimits } as never } satisfies WorkerReply);
});
port.postMessage({ ready: true } satisfies WorkerReply);
