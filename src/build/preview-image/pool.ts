/**
 * Preview images drawn in worker threads (../worker-pool.ts) ahead of the build asking for
 * them: `drawAhead` queues every image of the build in the order its routes are written, and
 * `previewPngAsync` waits for one. Drawing (resvg + PNG, ~20–40 ms an image) then runs beside
 * Astro's own thread instead of inside it. Images already in the cache are not queued.
 */
import { existsSync, readFileSync } from 'node:fs';
import { WorkerPool } from '../worker-pool.ts';
import { type PreviewText, previewCacheFile } from './index.ts';

let pool: WorkerPool<PreviewText> | undefined;
const draw = (text: PreviewText, file: string): Promise<void> => {
  pool ??= new WorkerPool<PreviewText>('preview-image/task.ts', (t) => `preview image for "${t.heading}" (${t.planTitle})`);
  return pool.run(file, text);
};

/** Queues every image not yet in the cache, in the order given (the order the build will ask for them). */
export function drawAhead(texts: Iterable<PreviewText>): void {
  for (const text of texts) {
    const file = previewCacheFile(text);
    // A failure is reported by previewPngAsync, which asks again.
    if (!existsSync(file)) draw(text, file).catch(() => {});
  }
}

/** The PNG of `text`: from the cache, else drawn by a worker (queued now if `drawAhead` did not). */
export async function previewPngAsync(text: PreviewText): Promise<Uint8Array> {
  const file = previewCacheFile(text);
  if (!existsSync(file)) await draw(text, file);
  return readFileSync(file);
}
