/** A failed build never replaces a good site: it leaves the previous output as it was and says why. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline/pipeline.ts';
import { projectCopy, projectRoot } from '../support/library.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'library-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the bundled content plus one extra document, and an output folder holding a "previous site". */
function setUp(name: string, extra: { file: string; text: string }) {
  const contentRoot = path.join(scratch, name);
  cpSync(path.join(projectRoot, 'content'), path.join(contentRoot, 'content'), { recursive: true });
  mkdirSync(path.dirname(path.join(contentRoot, extra.file)), { recursive: true });
  writeFileSync(path.join(contentRoot, extra.file), extra.text);
  const outDir = path.join(scratch, `${name}-dist`);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'index.html'), 'the previous good site');
  return { contentRoot, outDir };
}

const valid = readFileSync(path.join(projectRoot, 'tests/fixtures/valid/content/reviews/bromley/2019-01-inspection.mdx'), 'utf8');

describe('a failed build leaves the previous site intact', () => {
  it('when the checker finds a problem, the build stops before Astro and names the file, line and field', async () => {
    const { contentRoot, outDir } = setUp('bad-frontmatter', {
      file: 'content/reviews/bromley/2019-01-inspection.mdx',
      text: valid.replace('themes: [supervision]', 'themes: [supervison]'),
    });
    await expect(build({ root: projectRoot, outDir, env: { LIBRARY_CONTENT_ROOT: contentRoot }, log: () => {} })).rejects.toThrow(
      'content/reviews/bromley/2019-01-inspection.mdx:29:14  recommendations[0].themes[0]  "supervison" is not a theme',
    );
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('the previous good site');
  });

  it('when Astro fails (a page that throws while rendering), the build fails with Astro’s reason and the old site stays', async () => {
    // A copy of the project whose site has one broken page: a code fault, not a content fault.
    const root = projectCopy(path.join(scratch, 'broken-page'));
    writeFileSync(path.join(root, 'src/pages/broken.astro'), "---\nthrow new Error('this page cannot be rendered');\n---\n");
    const outDir = path.join(scratch, 'broken-page-dist');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'index.html'), 'the previous good site');
    await expect(build({ root, outDir, log: () => {} })).rejects.toThrow(/astro build failed: [\s\S]*this page cannot be rendered/);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('the previous good site');
    expect(existsSync(path.join(scratch, '.broken-page-dist-staging'))).toBe(false);
  });
});
