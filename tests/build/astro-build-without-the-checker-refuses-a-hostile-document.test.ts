/**
 * `astro build` run without the checker (which `npm run build` runs first) still refuses a
 * hostile document: the documents' loader (src/checker/document-loader.ts) enforces the MDX
 * content policy inside Astro, with the checker's own located message, and no site is written.
 * The loader's behaviour case by case is in tests/trust/astro-itself-refuses-mdx-that-would-run-code.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hostileDocument } from '../support/hostile.ts';
import { projectCopy, projectRoot } from '../support/library.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'library-astro-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FILE = 'content/reviews/bromley/2019-01-inspection.mdx';
const hostile = hostileDocument('script-element').raw;
const REFUSAL = `${FILE}:33:1  body  has the element \`<script>\`, which is not allowed`;

describe('astro build run without the checker', () => {
  it('fails on a hostile document, names it, and writes no site', () => {
    // A copy of the project whose content holds one document with a script.
    const root = projectCopy(path.join(scratch, 'astro-build'));
    writeFileSync(path.join(root, FILE), hostile);
    const astro = path.join(path.dirname(createRequire(path.join(projectRoot, 'package.json')).resolve('astro/package.json')), 'bin', 'astro.mjs');
    const outDir = path.join(root, 'dist');
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('LIBRARY_')));
    const result = spawnSync(process.execPath, [astro, 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', LIBRARY_OUT_DIR: outDir, LIBRARY_CACHE_DIR: path.join(root, '.astro-cache') },
    });
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(REFUSAL);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
  });
});
