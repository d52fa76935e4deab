/**
 * Search in Chromium against the built site (with its Content-Security-Policy): results
 * land on single findings and actions, facets narrow them, synonyms work, and the URL
 * carries the whole search.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runAxe } from '../support/axe.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';

const site = useSiteInBrowser();

interface Shown { title: string; href: string; facts: string }

/** Opens /search/ with a query string and waits until the results for it are shown. */
async function searchPage(query: string): Promise<{ page: Page; results: Shown[]; status: string; cspErrors: string[] }> {
  const page = await site.browser().newPage();
  const cspErrors: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) cspErrors.push(message.text());
  });
  await page.goto(`${site.url()}/search/?${query}`);
  await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
  return { page, cspErrors, status: (await page.textContent('#search-status'))!, results: await shownResults(page) };
}

function shownResults(page: Page): Promise<Shown[]> {
  return page.$$eval('#search-results li', (items) =>
    items.map((li) => ({ title: li.querySelector('a')!.textContent!, href: li.querySelector('a')!.getAttribute('href')!, facts: li.querySelector('.lib-meta')!.textContent! })),
  );
}

describe('search', () => {
  it('"life story" returns the Bromley plan’s action 5.8.3 and Central Bedfordshire’s life story finding in its top 10', async () => {
    const { page, results, cspErrors } = await searchPage('q=life+story');
    const top = results.slice(0, 10);
    expect(top.some((r) => r.href.includes('/plans/bromley/2016-09-improvement-plan/') && r.href.endsWith('#action-5.8.3'))).toBe(true);
    expect(top.some((r) => r.facts.includes('Central Bedfordshire') && /Life Story Work/i.test(r.title))).toBe(true);
    expect(cspErrors).toEqual([]);
    await page.close();
  });

  it('"adoption" narrowed to Central Bedfordshire and Recommendation returns only its three recommendations on adoption', async () => {
    const { page, results } = await searchPage('q=adoption&authority=Central+Bedfordshire&type=Recommendation');
    expect(results).toHaveLength(3);
    for (const r of results) {
      expect(r.facts).toContain('Recommendation');
      expect(r.facts).toContain('Central Bedfordshire');
      expect(r.href).toContain('/recommendations/central-bedfordshire/');
    }
    await page.close();
  });

  it('each facet value shows how many results ticking it gives, before any filter is chosen', async () => {
    const { page } = await searchPage('q=adoption');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-count]')].some((c) => /\([1-9]/.test(c.textContent ?? '')));
    const count = async (facet: string, value: string) => {
      const id = await page.getAttribute(`input[name="${facet}"][value="${value}"]`, 'id');
      return Number((await page.textContent(`label[for="${id}"] [data-count]`))!.replace(/\D/g, ''));
    };
    // Results, not reviews and plans: Central Bedfordshire's one document has at least its three recommendations on adoption.
    expect(await count('authority', 'Central Bedfordshire')).toBeGreaterThanOrEqual(3);
    expect(await count('authority', 'Bromley')).toBeGreaterThan(1);
    expect(await count('type', 'Recommendation')).toBeGreaterThan(0);
    await page.close();
  });

  it('a result of several words holds every one of them, not just one', async () => {
    const { page } = await searchPage('q=reflective+practice');
    const excerpts = await page.$$eval('#search-results li', (items) => items.map((li) => li.querySelectorAll('p')[1]!.textContent!));
    expect(excerpts.length).toBeGreaterThan(1);
    for (const text of excerpts.filter((t) => !t.endsWith('…'))) {
      expect(text).toMatch(/reflect/i);
      expect(text).toMatch(/practi[cs]e/i);
    }
    await page.close();
  });

  it('"Show more" clicked twice at once shows each result once and reads on', async () => {
    const { page, results } = await searchPage('type=Action');
    expect(results).toHaveLength(20);
    await page.evaluate(() => {
      const more = document.getElementById('search-more')!;
      more.click();
      more.click();
    });
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 20);
    await page.waitForFunction(() => !(document.getElementById('search-more') as HTMLButtonElement).disabled);
    const hrefs = (await shownResults(page)).map((r) => r.href);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(hrefs.length).toBeLessThanOrEqual(40);
    await page.close();
  });

  it('a synonym finds what its theme holds, as its main term does', async () => {
    const synonym = await searchPage('q=LAC');
    const main = await searchPage('q=looked+after+children');
    const theme = await searchPage('theme=Looked+after+children');
    expect(synonym.status).toContain('or on the theme Looked after children');
    const hrefs = (shown: Shown[]) => shown.map((r) => r.href.replace(/\?[^#]*/, ''));
    // The first results on the theme: each page of results shows at most 20.
    const onTheme = hrefs(theme.results).slice(0, 10);
    expect(onTheme.length).toBeGreaterThan(5);
    for (const found of [synonym, main]) {
      while (await found.page.isVisible('#search-more')) {
        await found.page.click('#search-more');
        await found.page.waitForFunction(() => !(document.getElementById('search-more') as HTMLButtonElement).disabled);
      }
      const all = hrefs(await shownResults(found.page));
      for (const href of onTheme) expect(all).toContain(href);
    }
    await synonym.page.close();
    await main.page.close();
    await theme.page.close();
  });

  it('typing into the search page shows results and writes the query into the URL', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/search/`);
    await page.fill('#search-query', 'caseloads');
    await page.waitForFunction(() => /\d+ results? for/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect((await shownResults(page)).length).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('caseloads');
    await page.click('details[data-facet="type"] summary');
    await page.check('input[name="type"][value="Area for improvement"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('type') === 'Area for improvement');
    await page.close();
  });

  it('a URL with a query and filters restores the same results, with the boxes ticked', async () => {
    const first = await searchPage('q=supervision&type=Area+for+improvement');
    const again = await searchPage('q=supervision&type=Area+for+improvement');
    expect(again.results).toEqual(first.results);
    expect(await again.page.isChecked('input[name="type"][value="Area for improvement"]')).toBe(true);
    expect(await again.page.inputValue('#search-query')).toBe('supervision');
    await first.page.close();
    await again.page.close();
  });

  it('sorting by date puts the newest document first and the oldest last', async () => {
    const { page, results } = await searchPage('type=Document&sort=date-desc');
    expect(results).toHaveLength(17);
    expect(results[0]!.facts).toContain('Central Bedfordshire');
    expect(results.at(-1)!.facts).toContain('Brent');
    // A plan's updates take their own places among other documents, though search indexes them with their plan.
    const chain = ['/updates/bromley/2017-03-improvement-plan-update/', '/reviews/bromley/2017-02-monitoring-visit/', '/updates/bromley/2017-01-improvement-plan-update/', '/reviews/bromley/2016-11-monitoring-visit/', '/plans/bromley/2016-09-improvement-plan/'];
    const positions = (shown: Shown[]) => chain.map((href) => shown.findIndex((r) => r.href === href));
    const newest = positions(results);
    expect(newest).toEqual([...newest].sort((a, b) => a - b));
    const oldest = await searchPage('type=Document&sort=date-asc');
    expect(oldest.results[0]!.facts).toContain('Brent');
    const ascending = positions(oldest.results);
    expect(ascending).toEqual([...ascending].sort((a, b) => b - a));
    expect(ascending.every((i) => i >= 0)).toBe(true);
    await page.close();
    await oldest.page.close();
  });

  it('a result leads to the page with the searched words highlighted', async () => {
    const { page, results } = await searchPage('q=caseloads&type=Area+for+improvement');
    await page.click(`#search-results a[href="${results[0]!.href}"]`);
    await page.waitForSelector('mark');
    expect((await page.textContent('mark'))!.toLowerCase()).toBe('caseloads');
    await page.close();
  });

  it('axe finds no violation on the search page with results shown', async () => {
    const { page, results } = await searchPage('q=permanence');
    expect(results.length).toBeGreaterThan(0);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });
});
