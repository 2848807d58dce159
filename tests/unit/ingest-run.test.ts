/** The whole run: output written atomically, a failed run changes nothing, and it is fast. */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IngestError } from '../../ingest/problems.ts';
import { runIngest } from '../../ingest/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const seeds = join(dir, 'seeds');
cpSync('seeds', seeds, { recursive: true });
const options = { seedsDir: seeds, outDir: join(dir, 'generated') };

describe('runIngest', () => {
  it('writes one MDX, its compiled code and one data file per plan, and the report', () => {
    // CPU time, not wall time: the budget is the ingestion's own work, which a machine
    // shared with other jobs does not change (its wall time it does).
    const started = process.cpuUsage();
    const { report } = runIngest(options);
    const used = process.cpuUsage(started);
    const ms = (used.user + used.system) / 1000;
    expect(readdirSync(join(options.outDir, 'plans')).sort()).toEqual(
      ['jiaxing-15-proposal', 'linhai-14-outline', 'linhai-common-prosperity', 'quzhou-14-outline', 'taizhou-14-proposal'].flatMap((s) => [
        `${s}.mdx`,
        `${s}.mdx.js`,
      ]),
    );
    expect(readdirSync(join(options.outDir, 'data'))).toHaveLength(5);
    const written = JSON.parse(readFileSync(join(options.outDir, 'ingest-report.json'), 'utf8'));
    expect(written.plans).toHaveLength(5);
    expect(report.plans.find((p) => p.slug === 'linhai-14-outline')?.setAside.filter((s) => s.role === 'toc')).toHaveLength(68);
    // The budget is 1.5 s for all five plans, cold, MDX compiled (about 0.6 s of CPU on the reference machine).
    expect(ms).toBeLessThan(1500);
  });

  it('leaves the previous output intact when a later run fails', () => {
    runIngest(options);
    const before = readFileSync(join(options.outDir, 'plans', 'jiaxing-15-proposal.mdx'), 'utf8');
    writeFileSync(join(seeds, 'quzhou-14-outline.txt'), '');
    expect(() => runIngest(options)).toThrow(IngestError);
    expect(readFileSync(join(options.outDir, 'plans', 'jiaxing-15-proposal.mdx'), 'utf8')).toBe(before);
    expect(existsSync(join(options.outDir, 'plans', 'quzhou-14-outline.mdx'))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});
