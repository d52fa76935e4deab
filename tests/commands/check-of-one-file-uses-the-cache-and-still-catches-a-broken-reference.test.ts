/**
 * `npm run check -- <file>` reads unchanged documents from the check cache, yet still resolves
 * the checked file's references against them and re-reads any document that changed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { projectRoot } from '../support/library.ts';
import { copyTestLibrary } from '../support/test-library.ts';

const root = mkdtempSync(path.join(tmpdir(), 'library-check-cache-'));
copyTestLibrary(projectRoot, root);
afterAll(() => rmSync(root, { recursive: true, force: true }));
/** The test library's size: it grows as documents are added. */
const documents = readdirSync(path.join(root, 'content'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx')).length;

/** As `npm run check` runs it: on Node itself (its type stripping), no TypeScript loader, so it starts quickly. */
function check(...args: string[]): { code: number; output: string } {
  try {
    return { code: 0, output: execFileSync(process.execPath, [path.join(projectRoot, 'scripts/check.ts'), ...args], { cwd: root, encoding: 'utf8' }) };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { code: e.status, output: e.stdout };
  }
}

it('a check of one file uses the cache of the others and still catches a reference broken by a change elsewhere', () => {
  expect(check().output).toContain(`✓ ${documents} documents checked: no problems`);
  const plan = 'content/plans/bromley/2016-09-improvement-plan.mdx';
  expect(check(plan).output).toContain(`✓ 1 of ${documents} documents checked: no problems`);

  // Proof the cache is read: a same-size edit with the old modification time goes unseen by a
  // check of another file, and is caught by a full check.
  const visit = path.join(root, 'content/reviews/bromley/2017-02-monitoring-visit.mdx');
  const { atime, mtime } = statSync(visit);
  writeFileSync(visit, readFileSync(visit, 'utf8').replace('\ntitle:', '\ntitlx:'));
  utimesSync(visit, atime, mtime);
  expect(check(plan).code).toBe(0);
  expect(check().output).toContain('2017-02-monitoring-visit.mdx:2:1  titlx  is not a field of a review');
  writeFileSync(visit, readFileSync(visit, 'utf8').replace('\ntitlx:', '\ntitle:'));

  // The inspection renames W2: the plan (checked alone) must see the change, not the cached copy.
  const inspection = path.join(root, 'content/reviews/bromley/2016-04-inspection.mdx');
  writeFileSync(inspection, readFileSync(inspection, 'utf8').replace('  - id: W2', '  - id: W22'));
  const result = check(plan);
  expect(result.code).toBe(1);
  expect(result.output).toMatch(/2016-09-improvement-plan\.mdx:\d+:\d+  actions\[\d+\]\.addresses\[0\]  refers to "W2", which is not an item of bromley\/2016-04-inspection/);
});
