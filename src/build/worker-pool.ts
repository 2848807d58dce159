/**
 * Build work done in worker threads (one per core): the section pages, open data and preview
 * images written plan by plan after Astro (./section/write.ts). A job is named by a key (the
 * plan it makes); `run` queues it once and resolves when
 * a worker has done it. A task module is a file of src/build/ whose default export does one job; the
 * workers run it with Node itself (not through Vite's bundle), from the project root, where
 * every build runs. Workers stop a second after the queue empties, so they never hold the
 * build's process open.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const moduleUrl = (file: string) => pathToFileURL(join(process.cwd(), 'src', 'build', file)).href;

interface Pending {
  key: string;
  payload: unknown;
  promise: Promise<void>;
  resolve: () => void;
  reject: (e: Error) => void;
}
type Done = { key: string; error?: string };

/** The worker's loop: import the task, then do each job sent and say which is done. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const task = import(workerData.task);
parentPort.on('message', async ({ key, payload }) => {
  try {
    await (await task).default(payload);
    parentPort.postMessage({ key });
  } catch (e) {
    parentPort.postMessage({ key, error: (e && e.stack) || String(e) });
  }
});`;

export class WorkerPool<P> {
  private readonly queue: Pending[] = [];
  private readonly byKey = new Map<string, Pending>();
  private readonly idle: Worker[] = [];
  private readonly live = new Set<Worker>();
  private stopping: NodeJS.Timeout | undefined;
  private readonly task: string;
  private readonly describe: (payload: P) => string;
  private readonly size: number;

  /** `task`: the module below src/build/ ("preview-image/task.ts"); `describe` names a job in errors. */
  constructor(task: string, describe: (payload: P) => string, size = availableParallelism()) {
    this.task = moduleUrl(task);
    this.describe = describe;
    this.size = Math.max(1, size);
  }

  /** Queues the job that makes `key` (once: a job already queued or running is shared). */
  run(key: string, payload: P): Promise<void> {
    const known = this.byKey.get(key);
    if (known) return known.promise;
    const pending = { key, payload } as Pending;
    pending.promise = new Promise<void>((resolve, reject) => Object.assign(pending, { resolve, reject }));
    this.byKey.set(key, pending);
    this.queue.push(pending);
    this.pump();
    return pending.promise;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.live.size < this.size ? this.start() : undefined);
      if (!worker) return;
      const { key, payload } = this.queue.shift() as Pending;
      worker.postMessage({ key, payload });
    }
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
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { task: this.task } });
    this.live.add(worker);
    worker.on('message', (done: Done) => {
      const pending = this.byKey.get(done.key);
      this.byKey.delete(done.key);
      if (pending && done.error) pending.reject(new Error(`${this.describe(pending.payload as P)}: ${done.error}`));
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
