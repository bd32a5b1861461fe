// Extraction of a heavy input in a worker thread, so a long synchronous run never blocks the vitest worker (whose
// calls to the runner time out after 60 s of a blocked event loop).
import { Worker } from 'node:worker_threads';

/** What a heavy-input test checks of a result (the full result of a 5 MB body is large to copy between threads). */
export interface ExtractionDigest {
  entityIds: string[];
  quotes: number;
  relations: number;
}

export function extractInThread(body: string): Promise<ExtractionDigest> {
  const worker = new Worker(new URL('./extract-thread.worker.mjs', import.meta.url), { workerData: { body } });
  return new Promise((resolve, reject) => {
    worker.once('message', (m: { ok: true; digest: ExtractionDigest } | { ok: false; message: string }) => {
      void worker.terminate();
      if (m.ok) resolve(m.digest);
      else reject(new Error(`extraction threw: ${m.message}`));
    });
    worker.once('error', reject);
  });
}
