/**
 * In Chromium at phone widths: no page of the built site scrolls sideways; a wide table
 * scrolls inside its own labelled region that a keyboard can reach; the plan chart's counts
 * are never cut, on screen or on paper; the home page's Search button stays in the margin.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { allPages } from '../support/site.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';

const site = useSiteInBrowser();

async function atWidth<T>(browser: Browser, width: number, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  try {
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
}

describe('no page scrolls sideways', () => {
  it.each([320, 390])('at %i px, on every page of the site', async (width) => {
    const pages = allPages();
    expect(pages.length).toBeGreaterThan(50);
    const wide = await atWidth(site.browser(), width, async (page) => {
      const found: string[] = [];
      for (const path of pages) {
        await page.goto(site.url() + path);
        const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        if (scroll > client) found.push(`${path} is ${scroll} px wide`);
      }
      return found;
    });
    expect(wide).toEqual([]);
  }, 300_000);
});

describe('wide tables', () => {
  it('every table sits in its own labelled region that Tab reaches', async () => {
    const page = await site.browser().newPage();
    for (const path of ['/reviews/', '/plans/', '/plans/bromley/2016-09-improvement-plan/', '/data/', '/authorities/bromley/', '/updates/bromley/2017-03-improvement-plan-update/']) {
      await page.goto(site.url() + path);
      const regions = await page.$$eval('table', (tables) =>
        tables.map((table) => {
          const region = table.parentElement!;
          return { role: region.getAttribute('role'), label: region.getAttribute('aria-label'), tabindex: region.getAttribute('tabindex') };
        }),
      );
      expect(regions.length, path).toBeGreaterThan(0);
      for (const region of regions) {
        expect(region.role, path).toBe('region');
        expect(region.label?.length, path).toBeGreaterThan(3);
        expect(region.tabindex, path).toBe('0');
      }
    }
    await page.close();
  });

  it('at 390 px the plans table scrolls within its region to show its "Latest update" and "Red" columns', async () => {
    await atWidth(site.browser(), 390, async (page) => {
      await page.goto(`${site.url()}/plans/`);
      const region = page.locator('[role="region"][aria-label="Plans"]');
      await region.focus();
      for (let i = 0; i < 60; i += 1) await page.keyboard.press('ArrowRight');
      const shown = await page.evaluate(() => {
        const region = document.querySelector('[role="region"][aria-label="Plans"]')!;
        const box = region.getBoundingClientRect();
        return [...region.querySelectorAll('th')].filter((th) => /Latest update|Red/.test(th.textContent!)).map((th) => {
          const r = th.getBoundingClientRect();
          return r.left >= box.left - 1 && r.right <= box.right + 1;
        });
      });
      expect(shown).toEqual([true, true]);
    });
  });
});

describe('the plan chart and the home page', () => {
  /** Each count written in the chart ends inside the chart's own drawing. */
  async function countsFit(page: Page) {
    return page.$$eval('svg.lib-chart', (charts) =>
      charts.flatMap((svg) => {
        const width = (svg as SVGSVGElement).viewBox.baseVal.width;
        return [...svg.querySelectorAll('text')].map((text) => ({ text: text.textContent, fits: text.getBBox().x + text.getBBox().width <= width }));
      }),
    );
  }

  it.each([390, 1280])('the counts beside the plan chart’s bars are whole at %i px, on screen and in print', async (width) => {
    await atWidth(site.browser(), width, async (page) => {
      await page.goto(`${site.url()}/plans/bromley/2016-09-improvement-plan/`);
      const screen = await countsFit(page);
      expect(screen.some((t) => /\d+ red, \d+ amber/.test(t.text ?? ''))).toBe(true);
      expect(screen.filter((t) => !t.fits)).toEqual([]);
      const chartRight = await page.$eval('svg.lib-chart', (svg) => svg.getBoundingClientRect().right);
      expect(chartRight).toBeLessThanOrEqual(width);
      await page.emulateMedia({ media: 'print' });
      expect((await countsFit(page)).filter((t) => !t.fits)).toEqual([]);
    });
  });

  it.each([320, 390])('at %i px the home page’s Search button is inside the margin', async (width) => {
    await atWidth(site.browser(), width, async (page) => {
      await page.goto(`${site.url()}/`);
      const [button, main] = await Promise.all([
        page.$eval('main form[role="search"] button', (b) => b.getBoundingClientRect().toJSON() as DOMRect),
        page.$eval('main', (m) => m.getBoundingClientRect().toJSON() as DOMRect),
      ]);
      expect(button.left).toBeGreaterThanOrEqual(main.left);
      expect(button.right).toBeLessThanOrEqual(main.right);
    });
  });
});
