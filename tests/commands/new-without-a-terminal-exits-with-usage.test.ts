/**
 * Without a terminal to ask in (CI, a pipe), `npm run new` cannot prompt: a missing or
 * wrong flag ends it with exit code 2, what is wrong, and the usage, and writes nothing.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentCopy, runScript } from '../support/authoring.ts';

describe('npm run new without a terminal', () => {
  it('exits 2 with the usage when flags are missing', () => {
    const root = contentCopy();
    const run = runScript('new', ['--kind', 'review'], root);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('missing: --authority, --review-kind, --date, --title');
    expect(run.stderr).toContain('usage: npm run new -- --kind review|plan|update');
    expect(readdirSync(path.join(root, 'content', 'reviews'))).not.toContain('undefined');
  });

  it('exits 2 with no flags at all', () => {
    const run = runScript('new', [], contentCopy());
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('missing: --kind, --authority, --date, --title');
  });

  it('suggests the nearest authority for a misspelt one', () => {
    const run = runScript('new', ['--kind', 'review', '--authority', 'bromly', '--date', '2019-01', '--review-kind', 'inspection', '--title', 'x'], contentCopy());
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--authority  "bromly" is not in content/vocabularies/authorities.yaml (add the authority there if it is new) (did you mean "bromley"?)');
  });

  it('refuses an unknown flag', () => {
    const run = runScript('new', ['--colour', 'red'], contentCopy());
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Unknown option '--colour'");
  });
});
