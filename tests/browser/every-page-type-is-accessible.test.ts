/**
 * In Chromium: axe-core finds no WCAG 2.2 A/AA violation on one page of every type;
 * keyboard-only navigation reaches the main content; pages read the same without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { runAxe } from '../support/axe.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';

export const pageOfEveryType = {
  home: '/',
  'review list': '/reviews/',
  inspection: '/reviews/bromley/2016-04-inspection/',
  'peer review with KLOEs': '/reviews/central-bedfordshire/2018-11-peer-review/',
  'monitoring visit': '/reviews/bromley/2017-05-monitoring-visit/',
  'recommendation list': '/recommendations/',
  'recommendation view': '/recommendations/status/off-track/',
  recommendation: '/recommendations/bromley/2016-04-inspection/W2/',
  'plan list': '/plans/',
  plan: '/plans/bromley/2016-09-improvement-plan/',
  'update list': '/updates/',
  update: '/updates/bromley/2017-03-improvement-plan-update/',
  'theme list': '/themes/',
  theme: '/themes/life-story-work/',
  'authority list': '/authorities/',
  authority: '/authorities/bromley/',
  search: '/search/',
  'open data': '/data/',
  'scrutiny list': '/scrutiny/',
  scrutiny: '/scrutiny/bromley/',
  'scrutiny as at a date': '/scrutiny/bromley/2016-09-13/',
  'not found': '/no-such-page/',
};

const site = useSiteInBrowser();

describe('axe finds no WCAG 2.2 A/AA violation', () => {
  it('(the check is live: axe reports an image without alternative text and an unlabelled input)', async () => {
    const page = await site.browser().newPage();
    await page.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="x.png"><input type="text"></main></html>');
    expect((await runAxe(page)).map((v) => v.id).sort()).toEqual(['image-alt', 'label']);
    await page.close();
  });

  it.each(Object.entries(pageOfEveryType))('on the %s page (%s), which breaks no Content-Security-Policy rule', async (_type, path) => {
    const page = await site.browser().newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) refused.push(message.text());
    });
    await page.goto(site.url() + path);
    expect(await runAxe(page)).toEqual([]);
    expect(refused).toEqual([]);
    await page.close();
  });
});

describe('keyboard and no-JavaScript reading', () => {
  it('the first Tab reaches the skip link, and following it puts focus in the main content', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/plans/bromley/2016-09-improvement-plan/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
    await page.close();
  });

  it('a review page reads the same with JavaScript disabled', async () => {
    const withJs = await site.browser().newPage();
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const withoutJs = await context.newPage();
    const path = '/reviews/bromley/2016-04-inspection/';
    await withJs.goto(site.url() + path);
    await withoutJs.goto(site.url() + path);
    const text = (p: typeof withJs) => p.evaluate(() => document.querySelector('main')!.innerText);
    expect(await text(withoutJs)).toBe(await text(withJs));
    expect(await text(withoutJs)).toContain('Caseloads are too high to ensure quality social work.');
    await context.close();
    await withJs.close();
  });
});
