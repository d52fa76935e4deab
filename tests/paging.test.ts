/** Long lists are split into pages of 100, with page 1 at the list's own address. */
import { expect, it } from 'vitest';
import { PAGE_SIZE, pageCount, pageOf, pageUrl } from '../src/lib/paging.ts';

it('splits 250 items into pages of 100, 100 and 50, addressed /x/, /x/page/2/, /x/page/3/', () => {
  const items = Array.from({ length: 250 }, (_, i) => i);
  expect(PAGE_SIZE).toBe(100);
  expect(pageCount(items.length)).toBe(3);
  expect(pageCount(0)).toBe(1);
  expect(pageOf(items, 3)).toEqual(items.slice(200));
  expect([1, 2, 3].map((n) => pageUrl('/themes/x/', n))).toEqual(['/themes/x/', '/themes/x/page/2/', '/themes/x/page/3/']);
});
