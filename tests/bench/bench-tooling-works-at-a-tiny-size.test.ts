/**
 * The benchmark runs end to end at a tiny size: corpus, real build, floor build, search and
 * page weight in Chromium. It checks that every figure is there and sane, never how fast.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RESULT_FIELDS, type BenchResult } from '../../src/bench/report.ts';
import { runCollecting } from '../../src/pipeline/child-process.ts';
import { projectRoot } from '../support/library.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'library-bench-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (args: string[]) => runCollecting(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts/bench/run.ts'), ...args], { cwd: projectRoot }).done;

describe('npm run bench', () => {
  it('measures a 12-document corpus end to end and reports every figure', { timeout: 180_000 }, async () => {
    const out = path.join(scratch, 'results.json');
    const { code, output } = await run(['--sizes', '12', '--queries', '3', '--runs', '2', '--settle', '0', '--out', out, '--work', path.join(scratch, 'work')]);
    expect(code, output).toBe(0);
    expect(output).toContain('| documents |');

    const results = JSON.parse(readFileSync(out, 'utf8')) as BenchResult[];
    expect(results).toHaveLength(1);
    const [r] = results as [BenchResult];
    expect(Object.keys(r).sort()).toEqual([...RESULT_FIELDS].sort());
    for (const field of RESULT_FIELDS) {
      expect(r[field], field).toBeTypeOf('number');
      expect(r[field], field).toBeGreaterThan(0);
    }
    expect(r.documents).toBe(12);
    expect(r.findings).toBeGreaterThan(100); // a plan alone has 100 actions or more
    expect(r.checkSeconds!).toBeLessThan(r.buildSeconds!);
    expect(r.floorRatio!).toBeCloseTo(r.buildSeconds! / r.floorSeconds!, 1);
    expect(r.pages!).toBeGreaterThanOrEqual(12); // a page per document at least
    expect(r.indexBytes!).toBeLessThan(r.distBytes!);
    expect(r.peakRssMB!).toBeGreaterThan(50); // an Astro build, not the wrapper's few MB
    expect(r.peakRssMB!).toBeLessThan(24 * 1024);
    expect(r.queryBytes!).toBeGreaterThan(10_000); // Pagefind's runtime and index chunks
    expect(r.queryBytes!).toBeLessThan(r.indexBytes! + 1_000_000);
    expect(r.reviewPageBytes!).toBeGreaterThan(1_000);
    expect(r.planPageBytes!).toBeGreaterThan(1_000);

    const details = JSON.parse(readFileSync(out.replace(/\.json$/, '.details.json'), 'utf8'));
    const size = details.sizes[0];
    expect(size.errors).toEqual([]);
    expect(size.queries).toHaveLength(3);
    for (const query of size.queries) {
      expect(query.results, query.query).toBeGreaterThan(0);
      expect(query.firstUrl, query.query).toMatch(/^\//);
      // Chromium and the server agree on the requests, bar the worker script Chromium reports as 0 bytes.
      expect(query.bytes).toBeLessThanOrEqual(query.serverBytes);
      // Each search ran twice, cold; its time is the median of the two.
      expect(query.runsMs).toHaveLength(2);
      expect(query.firstResultMs).toBeCloseTo((query.runsMs[0] + query.runsMs[1]) / 2, 0);
    }
    expect(size.settleSeconds).toBe(0);
    expect(size.build.peak.polledPeak.command).toMatch(/astro/);
    expect(existsSync(path.join(scratch, 'work', 'size-12', 'corpus', 'content', 'vocabularies', 'authorities.yaml'))).toBe(true);
  });
});
