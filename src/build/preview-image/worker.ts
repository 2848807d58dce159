/** A worker thread of ./pool.ts: draws each image it is sent into the cache and says which. */
import { parentPort } from 'node:worker_threads';
import { drawPreview, type PreviewText } from './index.ts';

export interface Job {
  key: string;
  text: PreviewText;
}
export type Done = { key: string; error?: string };

parentPort?.on('message', (job: Job) => {
  try {
    drawPreview(job.text);
    parentPort?.postMessage({ key: job.key } satisfies Done);
  } catch (e) {
    parentPort?.postMessage({ key: job.key, error: (e as Error).stack ?? String(e) } satisfies Done);
  }
});
