// Worker thread of extract-thread.ts: registers tsx (the pipeline is TypeScript), extracts one body, posts a digest.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { extractArticle } = await import('../../src/extract/pipeline.ts');
try {
  const r = extractArticle({ id: 'a-test', url: null, title: 'test', publishedAt: '2017-04-12', source: null, body: workerData.body });
  parentPort.postMessage({ ok: true, digest: { entityIds: r.entities.map((e) => e.id), quotes: r.quotes.length, relations: r.relations.length } });
} catch (err) {
  parentPort.postMessage({ ok: false, message: String(err?.stack ?? err) });
}
