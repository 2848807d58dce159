/**
 * A static server for the benchmark that compresses like a real host would (gzip for text
 * types), so byte counts in Chromium are bytes on the wire. Counts what it sends.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TYPES } from '../../tests/helpers/serve.ts';

export interface GzipServer {
  origin: string;
  close: () => Promise<void>;
}

export async function serveGzip(root: string): Promise<GzipServer> {
  const cache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const path = normalize(`/${decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)}`);
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end('not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = /^text\/|json|xml|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    let body = cache.get(`${gzip}:${file}`);
    if (!body) {
      body = gzip ? gzipSync(readFileSync(file), { level: 6 }) : readFileSync(file);
      cache.set(`${gzip}:${file}`, body);
    }
    res.writeHead(200, { 'content-type': type, 'content-length': body.length, ...(gzip ? { 'content-encoding': 'gzip' } : {}), 'cache-control': 'no-cache' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
