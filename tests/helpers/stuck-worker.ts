// A stand-in for the pool's worker (src/extract/worker.ts) in the watchdog test: it answers as the real one does, but
// never returns from an article whose id starts with 'stuck' — a hang no time budget can stop, whatever the machine's speed.
import { parentPort } from 'node:worker_threads';
import { extractArticle, warmUp } from '../../src/extract/pipeline.js';
import type { WorkerReply, WorkerRequest } from '../../src/extract/pool.js';

const port = parentPort!;
warmUp();
port.on('message', ({ id, article }: WorkerRequest) => {
  if (article.id.startsWith('stuck')) for (;;);
  const { article: _sent, ...found } = extractArticle(article);
  port.postMessage({ id, ok: true, found } satisfies WorkerReply);
});
port.postMessage({ ready: true } satisfies WorkerReply);
