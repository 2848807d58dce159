/**
 * How long reading a 100-page PDF takes: `npx node tools/formats/pdf-bench.ts`.
 * Prints the Linhai outline (1,538 lines, 140 KB) with Chromium as the fixtures are printed,
 * repeated until it fills at least 100 A4 pages, then reads it three times through the PDF
 * reader (pdf.js in a worker, layout, paragraphs) and reports wall and CPU time. Budget: 5 s.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { launch } from '../../tests/helpers/browser.ts';
import { readSource } from '../../ingest/read/index.ts';
import { printPdf } from './print.ts';

const seed = readFileSync('seeds/linhai-14-outline.txt', 'utf8')
  .split(/\r?\n/)
  .map((l) => l.trim())
  .filter(Boolean);
const path = 'build/bench-100-pages.pdf';
mkdirSync('build', { recursive: true });
const browser = await launch();
let bytes: Uint8Array;
try {
  bytes = await printPdf(browser, [...seed, ...seed], '临海市人民政府');
} finally {
  await browser.close();
}
writeFileSync(path, bytes);
const times: number[] = [];
const cpu: number[] = [];
let pages = 0;
let lines = 0;
for (let i = 0; i < 3; i++) {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const source = readSource(bytes, path);
  times.push(performance.now() - started);
  // CPU time of the whole process, worker thread included: the wall time on a shared machine
  // mostly measures the wait for a core.
  const used = process.cpuUsage(cpuStarted);
  cpu.push((used.user + used.system) / 1000);
  pages = Math.max(...source.setAside.map((s) => s.origin.page ?? 0), ...source.lines.map((l) => l.origin?.page ?? 0));
  lines = source.lines.length;
}
console.log(`${path}: ${pages} pages, ${(bytes.length / 1024).toFixed(0)} KB → ${lines} paragraphs`);
const secs = (ms: number[]) => ms.map((t) => `${(t / 1000).toFixed(2)} s`).join(', ');
console.log(`read in ${secs(times)} wall, ${secs(cpu)} CPU (budget 5 s)`);
if (pages < 100) console.log('warning: fewer than 100 pages');
