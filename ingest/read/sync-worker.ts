/**
 * Runs a promise-only library (pdf.js, mammoth) in a worker thread and waits for it
 * synchronously, so every reader, and the pipeline after it, stays free of promises. The
 * worker gets the file's bytes, a port and a signal (workerData); it posts one message, then
 * sets the signal (see `answer`). The caller blocks with Atomics.wait, up to `timeoutMs`.
 */
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker, workerData } from 'node:worker_threads';
import { IngestError, error } from '../problems.ts';

export function runWorker<T>(script: URL, bytes: Uint8Array, file: string, what: string, timeoutMs: number): T {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(script, { workerData: { bytes: bytes.slice(), port: port2, signal }, transferList: [port2] });
  try {
    if (Atomics.wait(signal, 0, 0, timeoutMs) === 'timed-out') {
      throw new IngestError([error(file, `reading the ${what} took longer than ${timeoutMs / 1000} s; it was abandoned`)]);
    }
    const message = receiveMessageOnPort(port1)?.message as T | undefined;
    if (!message) throw new IngestError([error(file, `the ${what} reader stopped without an answer`)]);
    return message;
  } finally {
    port1.close();
    void worker.terminate();
  }
}

/** In the worker: the bytes it was given. */
export const workerBytes = (): Uint8Array => (workerData as { bytes: Uint8Array }).bytes;

/** In the worker: post the one answer and wake the caller. */
export function answer(message: unknown): void {
  const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };
  port.postMessage(message);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}
