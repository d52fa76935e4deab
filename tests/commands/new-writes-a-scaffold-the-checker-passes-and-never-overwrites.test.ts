/**
 * `npm run new` as an author runs it, without a terminal: with every flag given it writes a
 * scaffold the checker passes, never overwrites one, and takes an update's council from its plan.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDrafts } from '../../src/authoring/library.ts';
import { readContentFiles } from '../../src/checker/content-files.ts';
import { contentCopy, runScript } from '../support/authoring.ts';

describe('the command line', () => {
  it('writes the scaffold without a terminal when every flag is given, and the checker passes it', () => {
    const root = contentCopy();
    const run = runScript('new', ['--kind', 'review', '--authority', 'bexley', '--date', '2019-01', '--review-kind', 'inspection', '--title', 'Ofsted inspection, 2019'], root);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Wrote content/reviews/bexley/2019-01-inspection.mdx (review, inspection); it passes the checker.');
    const file = 'content/reviews/bexley/2019-01-inspection.mdx';
    expect(checkDrafts(readContentFiles(root), [{ file, raw: readFileSync(path.join(root, file), 'utf8') }])).toEqual([]);

    const again = runScript('new', ['--kind', 'review', '--authority', 'bexley', '--date', '2019-01', '--review-kind', 'inspection', '--title', 'Another title'], root);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`${file} already exists: npm run new never overwrites a document.`);
    expect(readFileSync(path.join(root, file), 'utf8')).toContain('title: "Ofsted inspection, 2019"');
  });

  it('takes the authority of an update from its plan', () => {
    const root = contentCopy();
    const run = runScript('new', ['--kind', 'update', '--plan', 'brent/2011-action-plan', '--date', '2013-01-31', '--title', 'Action plan update, January 2013'], root);
    expect(run.status).toBe(0);
    expect(existsSync(path.join(root, 'content/updates/brent/2013-01-action-plan-update.mdx'))).toBe(true);
  });
});
