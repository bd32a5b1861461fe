// A stand-in for the pool's worker (src/extract/worker.ts) in `newsgraph extract`'s worker tests: it answers as the real
// one does, but never returns from an article titled 'Stuck…' (a hang no time budget stops) and ends its thread on one
// titled 'Dies…' (as a native crash or an out-of-memory would), whatever the machine's speed.
import { parentPort } from 'node:worker_threads';
import { extractArticle, warmUp } from '../../src/extract/pipeline.js';
import type { WorkerReply, WorkerRequest } from '../../src/extract/pool.js';

const port = parentPort!;
warmUp();
port.on('message', ({ id, article }: WorkerRequest) => {
  if (article.title?.startsWith('Stuck')) for (;;);
  if (article.title?.startsWith('Dies')) process.exit(3);
  const { article: _sent, ...found } = extractArticle(article);
  port.postMessage({ id, ok: true, found } satisfies WorkerReply);
});
port.postMessage({ ready: true } satisfies WorkerReply);
