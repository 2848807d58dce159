/**
 * Preview images drawn in worker threads, one per core, ahead of the build asking for them:
 * `drawAhead` queues every image of the build in the order its routes are written, and
 * `previewPngAsync` waits for one. Drawing (resvg + PNG, ~20–40 ms an image) then runs beside
 * Astro's own thread instead of inside it. Images already in the cache are not queued. The
 * workers stop soon after the queue is empty, so they never hold the build open.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { drawPreview, type PreviewText, previewCacheFile } from './index.ts';
import type { Done, Job } from './worker.ts';

/** The worker's source, run by Node itself (not bundled by Vite): the build runs from the project root. */
const WORKER = pathToFileURL(join(process.cwd(), 'src', 'build', 'preview-image', 'worker.ts')).href;

interface Pending {
  job: Job;
  promise: Promise<void>;
  resolve: () => void;
  reject: (e: Error) => void;
}

class Pool {
  private readonly queue: Pending[] = [];
  private readonly byKey = new Map<string, Pending>();
  private readonly idle: Worker[] = [];
  private readonly live = new Set<Worker>();
  private stopping: NodeJS.Timeout | undefined;
  private readonly size: number;
  constructor(size: number) {
    this.size = size;
  }

  /** The promise of `text`'s image in the cache; queued at the back unless already known. */
  draw(text: PreviewText, key = previewCacheFile(text)): Promise<void> {
    const known = this.byKey.get(key);
    if (known) return known.promise;
    let resolve = () => {};
    let reject = (_: Error) => {};
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const pending = { job: { key, text }, promise, resolve, reject };
    this.byKey.set(key, pending);
    this.queue.push(pending);
    this.pump();
    return promise;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.live.size < this.size ? this.start() : undefined);
      if (!worker) return;
      const next = this.queue.shift() as Pending;
      worker.postMessage(next.job);
    }
    // Nothing left to draw: let the workers go unless more images come soon (a worker takes
    // ~0.2 s to start and load its fonts). Busy workers keep the build's process alive.
    if (this.idle.length === this.live.size) {
      clearTimeout(this.stopping);
      this.stopping = setTimeout(() => this.stopIdle(), 1000).unref();
    }
  }

  private stopIdle(): void {
    if (this.queue.length > 0 || this.idle.length < this.live.size) return;
    for (const w of this.idle.splice(0)) {
      this.live.delete(w);
      void w.terminate();
    }
  }

  private start(): Worker {
    const worker = new Worker(`import(${JSON.stringify(WORKER)})`, { eval: true });
    this.live.add(worker);
    worker.on('message', (done: Done) => {
      const pending = this.byKey.get(done.key);
      this.byKey.delete(done.key);
      if (done.error) pending?.reject(new Error(`preview image for "${pending.job.text.heading}" (${pending.job.text.planTitle}): ${done.error}`));
      else pending?.resolve();
      this.idle.push(worker);
      this.pump();
    });
    worker.on('error', (e) => {
      for (const p of this.byKey.values()) p.reject(e);
    });
    worker.on('exit', () => this.live.delete(worker));
    return worker;
  }
}

let pool: Pool | undefined;
const getPool = () => {
  pool ??= new Pool(Math.max(1, availableParallelism()));
  return pool;
};

/** Queues every image not yet in the cache, in the order given (the order the build will ask for them). */
export function drawAhead(texts: Iterable<PreviewText>): void {
  for (const text of texts) {
    const key = previewCacheFile(text);
    if (!existsSync(key))
      void getPool()
        .draw(text, key)
        .catch(() => {});
  }
}

/** The PNG of `text`: from the cache, else drawn by a worker (queued now if `drawAhead` did not). */
export async function previewPngAsync(text: PreviewText): Promise<Uint8Array> {
  const file = previewCacheFile(text);
  if (!existsSync(file)) await getPool().draw(text, file);
  return readFileSync(existsSync(file) ? file : drawPreview(text));
}
