/** Zero broken internal links: every href and src on every built page resolves, fragments included. */
import { expect, it } from 'vitest';
import { allPages, fileFor, idsIn, readPage } from '../support/site.ts';

it('every internal link on every page resolves to a file, and every #fragment to an element', () => {
  const pages = allPages();
  const broken: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    if (!ids.has(path)) ids.set(path, idsIn(readPage(path)));
    return ids.get(path)!;
  };
  let checked = 0;
  for (const from of pages) {
    const html = readPage(from);
    for (const [, attribute, raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      const value = raw!.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|data:)/.test(value) || value === '') continue;
      const absolute = new URL(value, `http://site${from}`);
      const target = absolute.pathname;
      checked++;
      if (!fileFor(target)) {
        broken.push(`${from}: ${attribute}="${value}" (no file)`);
        continue;
      }
      if (absolute.hash && target.endsWith('/') && !idsOf(target).has(decodeURIComponent(absolute.hash.slice(1)))) {
        broken.push(`${from}: ${attribute}="${value}" (no element with that id)`);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(pages.length).toBeGreaterThan(100);
  expect(checked).toBeGreaterThan(1000);
});
