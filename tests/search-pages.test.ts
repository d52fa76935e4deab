/**
 * What search indexes (src/search/records.ts): one page per review and per plan with its
 * updates, each result a section whose heading id holds its row, and page filters that hold
 * every value the page's rows have.
 */
import { describe, expect, it } from 'vitest';
import { pageHtml, rowAnchor, searchPages, type SearchPage, type SearchRow } from '../src/search/records.ts';
import { loadBundledLibrary } from './support/library.ts';

const { records: library } = loadBundledLibrary();
const pages = searchPages(library);
const pageAt = (url: string): SearchPage => pages.find((p) => p.url === url)!;
const rows = (page: SearchPage): SearchRow[] => page.sections.map((s) => s.row);

describe('search pages', () => {
  it('index every review, and every plan with its updates, once', () => {
    expect(pages.map((p) => p.url).sort()).toEqual([...library.reviews, ...library.plans].map((d) => d.url).sort());
    const updateRows = pages.flatMap(rows).filter((row) => row.facets.kind?.includes('Progress update'));
    expect(updateRows.map((row) => row.href).sort()).toEqual(library.updates.map((u) => u.url).sort());
  });

  it('give every finding, judgement and action a row leading to it', () => {
    const all = pages.flatMap((page) => rows(page).map((row) => (row.href.startsWith('#') ? `${page.url}${row.href}` : row.href)));
    for (const finding of library.findings) expect(all).toContain(finding.url);
    for (const action of library.actions) expect(all).toContain(action.url);
    const review = library.review('bromley/2016-04-inspection')!;
    expect(rows(pageAt(review.url)).filter((row) => row.facets.type?.includes('Judgement'))).toHaveLength(review.data.judgements.flatMap((j) => [j, ...(j.sub ?? [])]).length);
  });

  it('quote the item as its section’s words, and give its facets', () => {
    const plan = pageAt(library.plan('bromley/2016-09-improvement-plan')!.url);
    const section = plan.sections.find((s) => s.row.href === '#action-5.8.3')!;
    expect(section.text).toContain('Develop a short life-story and direct work policy');
    expect(section.row.facets).toMatchObject({ type: ['Action'], kind: ['Improvement plan'], year: ['2016'] });
    expect(section.row.facets.status?.[0]).toMatch(/^(Red|Amber|Green|White)/);
    const cb = pageAt(library.review('central-bedfordshire/2018-11-peer-review')!.url);
    const adoption = rows(cb).filter((row) => row.facets.type?.includes('Recommendation') && row.facets.theme?.includes('Adoption'));
    expect(adoption).toHaveLength(3);
    for (const row of adoption) expect(row.href).toMatch(/^\/recommendations\/central-bedfordshire\/2018-11-peer-review\//);
  });

  it('filter a page by every value of its rows, so no row a filter keeps is lost', () => {
    for (const page of pages) {
      for (const row of [page.self, ...rows(page)]) {
        for (const [facet, values] of Object.entries(row.facets)) for (const value of values ?? []) expect(page.filters[facet as keyof SearchPage['filters']]).toContain(value);
      }
      expect(page.oldest <= page.newest).toBe(true);
    }
  });

  it('write each row into its heading id, where the search page reads it back', () => {
    const page = pageAt(library.plan('bromley/2016-09-improvement-plan')!.url);
    const html = pageHtml(page);
    const ids = [...html.matchAll(/<h[12] id="([^"]+)"/g)].map((m) => m[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    expect(ids).toHaveLength(page.sections.length + 1);
    expect(ids[0]).toBe(rowAnchor('s', page.self));
    expect(JSON.parse(decodeURIComponent(ids[1]!.slice(2)))).toEqual(page.sections[0]!.row);
    expect(ids.every((id) => !/\s/.test(id))).toBe(true);
    expect(html).toContain('data-pagefind-filter="authority:Bromley"');
    // No sort keys: they would sit in the metadata every search downloads (dates go to DATES_PATH).
    expect(html).not.toContain('data-pagefind-sort');
    expect([page.oldest, page.newest]).toEqual(['2016-09', '2017-03-31']);
  });
});
