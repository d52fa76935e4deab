/** What ships to readers is the site's own code and Pagefind: no runtime dependencies, no scripts from elsewhere. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { projectRoot } from '../support/library.ts';
import { allPages, readPage } from '../support/site.ts';

it('package.json has no runtime dependencies and every script a page loads is the site’s own or Pagefind’s', () => {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { dependencies?: object };
  expect(pkg.dependencies ?? {}).toEqual({});
  const sources = new Set(allPages().flatMap((page) => [...readPage(page).matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!)));
  expect([...sources].filter((src) => !/^\/(_astro|pagefind)\//.test(src))).toEqual([]);
});
