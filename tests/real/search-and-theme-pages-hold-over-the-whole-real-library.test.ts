/**
 * Search and theme pages over the whole real library (the council papers' documents and
 * every report ingested from Ofsted), in Chromium: a phrase quoted from one Ofsted report
 * finds that one recommendation; a theme's facet counts are the numbers the documents give,
 * and ticking a council narrows to them; a theme's pages list every finding on it, the
 * ingested ones included. Every expected number is computed here from content/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { findingTypeLabel, reviewKindLabel } from '../../src/lib/labels.ts';
import { loadBundledLibrary } from '../support/library.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';
import { readPage, textOf } from '../support/site.ts';

const { records: library } = loadBundledLibrary(inject('contentRoot'));
const site = useSiteInBrowser();

/** The facets a result of a theme's items has, as the search page names them. */
const COUNTED = ['authority', 'region', 'kind', 'year', 'type'] as const;
type Counted = (typeof COUNTED)[number];

/** Every finding and action on a theme, with its facet values: what the search page should count. */
function itemsOn(themeId: string): Array<Record<Counted, string>> {
  return [
    ...library.findings
      .filter((f) => f.themes.some((t) => t.id === themeId))
      .map((f) => ({ authority: f.authority.shortName, region: f.authority.region, kind: reviewKindLabel[f.review.data.kind], year: f.review.data.fieldwork.from.slice(0, 4), type: findingTypeLabel[f.type] })),
    ...library.actions
      .filter((a) => a.themes.some((t) => t.id === themeId))
      .map((a) => ({ authority: a.authority.shortName, region: a.authority.region, kind: 'Improvement plan', year: a.plan.data.published.slice(0, 4), type: 'Action' })),
  ];
}

function countBy(items: Array<Record<Counted, string>>, facet: Counted): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item[facet]] = (counts[item[facet]] ?? 0) + 1;
  return counts;
}

/** Opens /search/ with a query string and waits for its results and, when there are, its facet counts. */
async function searchPage(query: string): Promise<Page> {
  const page = await site.browser().newPage();
  await page.goto(`${site.url()}/search/?${query}`);
  await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
  return page;
}

/** Every count the page shows for a facet, by value (values it shows no count for are left out). */
function shownCounts(page: Page, facet: Counted): Promise<Record<string, number>> {
  return page.$$eval(`input[name="${facet}"]`, (boxes) =>
    Object.fromEntries(boxes.flatMap((box) => {
      const count = box.parentElement!.querySelector('[data-count]')!.textContent!.match(/\((\d+)\)/);
      return count ? [[(box as HTMLInputElement).value, Number(count[1])]] : [];
    })),
  );
}

/** The number of results the status line says there are: those shown and those "more to show". */
async function resultsTotal(page: Page): Promise<number> {
  const status = (await page.textContent('#search-status'))!;
  const shown = Number(status.match(/^(\d+) results?/)![1]);
  const more = status.match(/; (\d+) more to show/);
  return shown + (more ? Number(more[1]) : 0);
}

describe('search over the real library', () => {
  it('a phrase quoted from one Ofsted report finds that single recommendation, and the result lands on it', async () => {
    const finding = library.finding('south-gloucestershire/2016-11-sif-inspection#R26')!;
    expect(finding.review.data.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    const phrase = finding.text.match(/Eastwood Park Prison mother and baby unit/)![0];
    // Nothing else in the library holds those words: the one result is the one right answer.
    const words = phrase.toLowerCase().split(' ');
    const holding = [...library.findings.map((f) => f.text), ...library.actions.map((a) => a.text ?? '')].filter((text) => words.every((w) => text.toLowerCase().includes(w)));
    expect(holding).toEqual([finding.text]);

    const page = await searchPage(`q=${encodeURIComponent(phrase)}`);
    const hrefs = await page.$$eval('#search-results li', (items) => items.map((li) => li.querySelector('a')!.getAttribute('href')!.replace(/\?[^#]*/, '')));
    expect(hrefs).toEqual([finding.url]);
    await page.click('#search-results li a');
    await page.waitForURL((url) => url.pathname === finding.url);
    expect(await page.textContent('main')).toContain(finding.text);
    await page.close();
  });

  it('on a theme, every facet count is the number of the theme\'s findings and actions with that value', async () => {
    const theme = library.theme('adoption')!;
    const items = itemsOn(theme.id);
    // Ofsted's reports are most of what the theme holds: the counts are the real library's.
    expect(library.findings.filter((f) => f.review.data.source.sha256 && f.themes.some((t) => t.id === theme.id)).length).toBeGreaterThan(100);
    const page = await searchPage(`theme=${encodeURIComponent(theme.label)}`);
    await page.waitForFunction(() => [...document.querySelectorAll('[data-count]')].some((c) => /\(\d+\)/.test(c.textContent ?? '')));
    expect(await resultsTotal(page)).toBe(items.length);
    for (const facet of COUNTED) {
      const shown = await shownCounts(page, facet);
      const nonZero = Object.fromEntries(Object.entries(shown).filter(([, n]) => n > 0));
      expect(nonZero, facet).toEqual(countBy(items, facet));
    }
    await page.close();
  });

  it('ticking a council narrows the theme to its items, and the other facets count within it', async () => {
    const theme = library.theme('adoption')!;
    const byAuthority = countBy(itemsOn(theme.id), 'authority');
    // The council with most items on the theme that has only Ofsted's reports in the library.
    const [council] = Object.entries(byAuthority)
      .filter(([name]) => library.reviews.filter((r) => r.authority.shortName === name).every((r) => r.data.source.sha256))
      .sort(([, a], [, b]) => b - a)[0]!;
    const items = itemsOn(theme.id).filter((item) => item.authority === council);
    const page = await searchPage(`theme=${encodeURIComponent(theme.label)}&authority=${encodeURIComponent(council)}`);
    await page.waitForFunction(() => [...document.querySelectorAll('[data-count]')].some((c) => /\(\d+\)/.test(c.textContent ?? '')));
    expect(await resultsTotal(page)).toBe(items.length);
    const facts = await page.$$eval('#search-results li .lib-meta', (metas) => metas.map((m) => m.textContent!));
    expect(facts.length).toBe(Math.min(items.length, 20));
    for (const fact of facts) expect(fact).toContain(council);
    for (const facet of ['type', 'kind', 'year'] as const) {
      const nonZero = Object.fromEntries(Object.entries(await shownCounts(page, facet)).filter(([, n]) => n > 0));
      expect(nonZero, facet).toEqual(countBy(items, facet));
    }
    await page.close();
  });
});

describe('theme pages over the real library', () => {
  it('a theme\'s pages list every finding on it, Ofsted\'s ingested ones included, and count them', () => {
    const theme = library.theme('adoption')!;
    const { findings, actions } = library.themeView(theme.id);
    expect(findings.length).toBe(library.findings.filter((f) => f.themes.some((t) => t.id === theme.id)).length);
    const first = readPage(`/themes/${theme.id}/`);
    expect(textOf(first)).toContain(`${findings.length} findings and ${actions.length} action${actions.length === 1 ? '' : 's'} on this theme.`);
    const pages = Number(textOf(first).match(/Theme, page 1 of (\d+)/)?.[1] ?? 1);
    const html = [first, ...Array.from({ length: pages - 1 }, (_, i) => readPage(`/themes/${theme.id}/page/${i + 2}/`))].join('\n');
    const listed = new Set([...html.matchAll(/<blockquote class="lib-quote govuk-body">([^<]*)<\/blockquote>/g)].map((m) => m[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&')));
    const linked = new Set([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!));
    const ingested = findings.filter((f) => f.review.data.source.sha256);
    expect(ingested.length).toBeGreaterThan(100);
    for (const finding of findings) {
      expect(listed.has(finding.text), finding.ref).toBe(true);
      if (finding.type !== 'strength') expect(linked.has(finding.url), finding.ref).toBe(true);
    }
  });
});
