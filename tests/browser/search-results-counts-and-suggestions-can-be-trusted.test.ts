/**
 * Search in Chromium against the built site, checked against the library's own open data:
 * a theme's synonym widens a query and never replaces it; each facet count is the number of
 * results ticking that value gives; misspellings, status words, item references and ids
 * lead somewhere useful; "Show more" and Back and Forward behave.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readJson } from '../support/site.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';

const site = useSiteInBrowser();

interface Item { url: string; text: string | null; themes: string[] }
const items = () => [...readJson<Item[]>('/data/findings.json'), ...readJson<Item[]>('/data/actions.json')];
/** A result's address as the library's data gives it: no `?highlight=`. */
const bare = (href: string) => href.replace(/\?[^#]*/, '');

async function open(query: string): Promise<Page> {
  const page = await site.browser().newPage();
  await page.goto(`${site.url()}/search/?${query}`);
  await settled(page);
  return page;
}

/** Waits until the search under way has its results, counts and hints in. */
async function settled(page: Page) {
  await page.waitForSelector('#search-app[aria-busy="false"]', { state: 'attached' });
}

/** Every result of the search, pressing "Show more" until it goes. */
async function allResults(page: Page): Promise<Array<{ href: string; text: string }>> {
  while (await page.isVisible('#search-more')) {
    const before = await page.locator('#search-results li').count();
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, before);
  }
  return page.$$eval('#search-results li', (lis) => lis.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, text: li.querySelectorAll('p')[1]!.textContent! })));
}

/** The total the status line gives: results shown plus those still to show. */
async function total(page: Page): Promise<number> {
  const status = (await page.textContent('#search-status'))!;
  const [, shown, more] = /^(\d+) results?.*?(?:; (\d+) more to show)?$/.exec(status)!;
  return Number(shown) + Number(more ?? 0);
}

describe('a theme’s synonym widens the query', () => {
  it('"IRO" finds every item whose words hold "IRO" and every item on the Independent reviewing officers theme', async () => {
    const page = await open('q=IRO');
    const found = new Set((await allResults(page)).map((r) => bare(r.href)));
    const holding = items().filter((item) => /\bIROs?\b/i.test(item.text ?? ''));
    const onTheme = items().filter((item) => item.themes.includes('independent-reviewing'));
    expect(holding.length).toBeGreaterThanOrEqual(6);
    for (const item of [...holding, ...onTheme]) expect(found, item.url).toContain(item.url);
    await page.close();
  });

  it('"pathway plans" finds the items holding both words as well as those on the Care leavers theme', async () => {
    const page = await open('q=pathway+plans');
    const found = new Set((await allResults(page)).map((r) => bare(r.href)));
    const holding = items().filter((item) => /\bpathway\b/i.test(item.text ?? '') && /\bplan/i.test(item.text ?? ''));
    expect(holding.length).toBeGreaterThanOrEqual(2);
    for (const item of [...holding, ...items().filter((i) => i.themes.includes('care-leavers'))]) expect(found, item.url).toContain(item.url);
    expect(await page.textContent('#search-status')).toContain('or on the theme Care leavers');
    await page.close();
  });

  it('"missing from care" is a synonym of the Missing children and exploitation theme', async () => {
    const page = await open('q=missing+from+care');
    const found = new Set((await allResults(page)).map((r) => bare(r.href)));
    const onTheme = items().filter((item) => item.themes.includes('missing-exploitation'));
    expect(onTheme.length).toBeGreaterThan(0);
    for (const item of onTheme) expect(found).toContain(item.url);
    await page.close();
  });

  it('a query of several words that names no theme gives only sections holding every word', async () => {
    const page = await open('q=care+leavers+housing');
    const results = await allResults(page);
    expect(results.length).toBeGreaterThan(0);
    for (const { text } of results.filter((r) => !r.text.endsWith('…'))) {
      expect(text).toMatch(/care/i);
      expect(text).toMatch(/leav/i);
      expect(text).toMatch(/housing/i);
    }
    await page.close();
  });
});

describe('facet counts', () => {
  /** For every value of every facet: ticking it (alone in its facet) gives as many results as its count says. */
  async function expectCountsTrue(query: string) {
    const page = await open(query);
    const boxes = await page.$$eval('#search-form .govuk-checkboxes__input', (inputs) =>
      (inputs as HTMLInputElement[]).map((box) => ({ name: box.name, value: box.value, count: Number(/\((\d+)\)/.exec(box.labels![0]!.textContent!)?.[1] ?? NaN) })),
    );
    await page.close();
    expect(boxes.every((box) => Number.isInteger(box.count))).toBe(true);
    const counted = boxes.filter((box) => box.count > 0);
    expect(counted.length).toBeGreaterThan(2);
    // Every value with a count, and a few without one.
    for (const box of [...counted, ...boxes.filter((b) => b.count === 0).slice(0, 3)]) {
      const params = new URLSearchParams(query);
      params.delete(box.name);
      params.append(box.name, box.value);
      const ticked = await open(params.toString());
      expect(await total(ticked), `${box.name}=${box.value}`).toBe(box.count);
      await ticked.close();
    }
  }

  // Each opens a page per counted value (dozens), so each has minutes, not the default minute.
  it('for "life story", each value’s count is the number of results ticking it gives', async () => {
    await expectCountsTrue('q=life+story');
  }, 240_000);

  it('with a filter chosen, the counts of the other facets are counted within it', async () => {
    await expectCountsTrue('q=adoption&type=Recommendation');
  }, 240_000);
});

describe('suggestions', () => {
  it('a misspelt word gets a "did you mean" from the index’s own words, which searches for it', async () => {
    const page = await open('q=safegaurding');
    const suggestion = page.locator('#search-hints [data-hint="spelling"] a');
    await suggestion.waitFor();
    expect(await suggestion.textContent()).toBe('safeguarding');
    await suggestion.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'safeguarding');
    await settled(page);
    expect(await page.textContent('#search-status')).toMatch(/^[1-9]\d* results? for “safeguarding”/);
    await page.close();
  });

  it('"overdue" matches no word that only starts like it ("over-arching", "over optimism"), and suggests the status filter', async () => {
    const page = await open('q=overdue');
    for (const { text } of await allResults(page)) expect(text).toMatch(/overdue/i);
    const hint = page.locator('#search-hints [data-hint="status"]');
    await hint.waitFor();
    await hint.locator('button', { hasText: 'Red: not progressed' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('status') === 'Red: not progressed');
    expect(await page.isChecked('input[name="status"][value="Red: not progressed"]')).toBe(true);
    await page.close();
  });

  it.each([
    ['red', 'Red: not progressed'],
    ['off track', 'Off track'],
  ])('the status word "%s" suggests the status "%s"', async (word, status) => {
    const page = await open(`q=${encodeURIComponent(word)}`);
    await page.locator('#search-hints [data-hint="status"] button', { hasText: status }).waitFor();
    await page.close();
  });

  it('an item reference in the address goes straight to the item', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/search/?q=${encodeURIComponent('bromley/2016-04-inspection#W3')}`);
    await page.waitForURL(/\/recommendations\/bromley\/2016-04-inspection\/W3\/$/);
    await page.close();
  });

  it('an item reference typed and searched goes to the item; typed alone it is offered as a link', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/search/`);
    await page.fill('#search-query', 'bromley/2016-09-improvement-plan#5.8.3');
    const offer = page.locator('#search-hints [data-hint="go"] a');
    await offer.waitFor();
    expect(await offer.getAttribute('href')).toBe('/plans/bromley/2016-09-improvement-plan/#action-5.8.3');
    expect(new URL(page.url()).pathname).toBe('/search/');
    await page.press('#search-query', 'Enter');
    await page.waitForURL(/\/plans\/bromley\/2016-09-improvement-plan\/#action-5\.8\.3$/);
    await page.close();
  });

  it('an item id the library holds once goes straight to that item', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/search/?q=5.8.3`);
    await page.waitForURL(/\/plans\/bromley\/2016-09-improvement-plan\/#action-5\.8\.3$/);
    await page.close();
  });

  it('a reference the library does not hold says so and searches the words', async () => {
    const page = await open(`q=${encodeURIComponent('bromley/2016-04-inspection#W99')}`);
    expect(await page.textContent('#search-hints')).toContain('The library has no item bromley/2016-04-inspection#W99');
    expect(new URL(page.url()).pathname).toBe('/search/');
    await page.close();
  });
});

describe('"Show more" and history', () => {
  it('"Show more" is neither shown nor reached by Tab when every result is shown', async () => {
    const page = await open('q=IRO');
    expect(await page.locator('#search-results li').count()).toBeLessThanOrEqual(20);
    expect(await page.isVisible('#search-more')).toBe(false);
    await page.focus('#search-results li:last-child a');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('search-more');
    await page.close();
  });

  it('after "Show more", focus is on the first new result', async () => {
    const page = await open('type=Action');
    expect(await page.isVisible('#search-more')).toBe(true);
    await page.click('#search-more');
    await page.waitForFunction(() => document.activeElement?.closest('#search-results li') !== null);
    const index = await page.evaluate(() => [...document.querySelectorAll('#search-results li')].indexOf(document.activeElement!.closest('li')!));
    expect(index).toBe(20);
    await page.close();
  });

  it('each new query and filter is a history entry: Back and Forward restore the query, the boxes and the results', async () => {
    const page = await open('q=supervision');
    const first = await allResults(page);
    await page.click('details[data-facet="type"] summary');
    await page.check('input[name="type"][value="Area for improvement"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('type') === 'Area for improvement');
    await settled(page);
    const filtered = await allResults(page);
    expect(filtered.length).toBeLessThan(first.length);
    await page.fill('#search-query', 'caseloads');
    await page.press('#search-query', 'Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'caseloads');

    // The page reads the address back in the same task as it starts searching, so once the
    // box shows the old query, the search settling is the search for it.
    await page.goBack();
    await page.waitForFunction(() => (document.getElementById('search-query') as HTMLInputElement).value === 'supervision');
    await settled(page);
    expect(await page.inputValue('#search-query')).toBe('supervision');
    expect(await page.isChecked('input[name="type"][value="Area for improvement"]')).toBe(true);
    expect(await allResults(page)).toEqual(filtered);

    await page.goBack();
    await page.waitForFunction(() => !document.querySelector<HTMLInputElement>('input[name="type"][value="Area for improvement"]')!.checked);
    await settled(page);
    expect(await page.isChecked('input[name="type"][value="Area for improvement"]')).toBe(false);
    expect(await allResults(page)).toEqual(first);

    await page.goForward();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="type"][value="Area for improvement"]')!.checked);
    await settled(page);
    expect(new URL(page.url()).searchParams.get('type')).toBe('Area for improvement');
    expect(await allResults(page)).toEqual(filtered);
    await page.close();
  });
});
