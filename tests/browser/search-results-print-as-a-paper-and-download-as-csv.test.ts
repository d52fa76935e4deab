/**
 * A search's results leave the screen whole: "Download as CSV" gives every result (not the
 * first page shown) with its facts and full address on the configured site, in cells a
 * spreadsheet will not run; "Print this list" shows every result, then prints a paper that
 * says what was searched, without the search form and filters.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { site as config } from '../../src/site.config.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';

const site = useSiteInBrowser();

async function searchPage(query: string): Promise<Page> {
  const page = await site.browser().newPage();
  await page.goto(`${site.url()}/search/?${query}`);
  await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? '') && document.getElementById('search-app')?.getAttribute('aria-busy') === 'false');
  return page;
}

/** "N results …; M more to show": the whole number of results the search has. */
async function total(page: Page): Promise<number> {
  const status = (await page.textContent('#search-status'))!;
  const [, shown, more] = /^(\d+) results?.*?(?:; (\d+) more to show)?$/.exec(status)!;
  return Number(shown) + Number(more ?? 0);
}

describe('taking search results away', () => {
  it('"Download as CSV" gives every result with its facts and its address on the configured site', async () => {
    const page = await searchPage('type=Action');
    const count = await total(page);
    expect(count).toBeGreaterThan(await page.locator('#search-results li').count());
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#search-csv')]);
    expect(download.suggestedFilename()).toMatch(/^search-results-\d{4}-\d\d-\d\d\.csv$/);
    const text = await readFile((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text, { bom: true, columns: true }) as Array<{ type: string; text: string; address: string }>;
    expect(rows).toHaveLength(count);
    expect(Object.keys(rows[0]!)).toEqual(['type', 'label', 'text', 'authority', 'region', 'document', 'kind', 'year', 'date', 'status', 'grade', 'themes', 'address']);
    for (const row of rows) {
      expect(row.type).toBe('Action');
      expect(row.address.startsWith(`${new URL(config.url).origin}/`), row.address).toBe(true);
      expect(row.text.length).toBeGreaterThan(0);
    }
    expect(rows.some((row) => row.address.endsWith('/plans/bromley/2016-09-improvement-plan/#action-5.8.3'))).toBe(true);
    await page.close();
  });

  it('"Print this list" shows every result and prints the search in words, without the form and filters', async () => {
    const page = await searchPage('q=adoption&type=Recommendation&sort=date-desc');
    const count = await total(page);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.click('#search-print');
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
    expect(await page.locator('#search-results li').count()).toBe(count);
    await page.emulateMedia({ media: 'print' });
    expect(await page.textContent('#search-summary')).toBe('Search: “adoption”. Filters: Finding type: Recommendation. Order: Newest first.');
    expect(await page.isVisible('#search-summary')).toBe(true);
    expect(await page.isVisible('.lib-title-block')).toBe(true);
    expect(await page.isVisible('#search-query')).toBe(false);
    expect(await page.isVisible('[data-facet="authority"]')).toBe(false);
    expect(await page.isVisible('#search-print')).toBe(false);
    await page.close();
  });

  it('offers neither button until a search has results', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/search/`);
    await page.waitForSelector('#search-app:not([hidden])');
    expect(await page.isVisible('#search-take')).toBe(false);
    await page.close();
  });
});
