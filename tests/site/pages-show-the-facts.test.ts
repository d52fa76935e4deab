/** Every page type renders the right facts from the five source documents (read from the built HTML). */
import { describe, expect, it, inject } from 'vitest';
import { loadBundledLibrary } from '../support/library.ts';
import { readPage, textOf } from '../support/site.ts';

const page = (path: string) => textOf(readPage(path));

describe('pages show the facts', () => {
  it('the Bromley 2016 inspection page shows the council\'s six judgements "Inadequate" and the board\'s from Ofsted\'s report, as text', () => {
    const html = readPage('/reviews/bromley/2016-04-inspection/');
    const table = html.slice(html.indexOf('<tbody', html.indexOf('id="judgements"')), html.indexOf('</table>', html.indexOf('id="judgements"')));
    const rows = [...table.matchAll(/<tr class="govuk-table__row"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => textOf(m[1]!));
    expect(rows).toHaveLength(7);
    expect(rows.slice(0, 6).every((row) => row.endsWith('Inadequate'))).toBe(true);
    expect(rows[6]).toMatch(/^The effectiveness of the Local Safeguarding Children Board .*Requires improvement to be good$/);
    expect(textOf(table)).toContain('Adoption performance');
  });

  it('the Bromley 2016 inspection page links Ofsted\'s report it also quotes, with the SHA-256 of the PDF read', () => {
    const text = page('/reviews/bromley/2016-04-inspection/');
    expect(readPage('/reviews/bromley/2016-04-inspection/')).toContain('<a class="govuk-link" href="https://reports.ofsted.gov.uk/provider/44/80490">Inspection of services for children in need of help and protection, children looked after and care leavers (London Borough of Bromley)</a> (Ofsted)');
    expect(text).toMatch(/Also published as .*SHA-256 of the file read: [0-9a-f]{64}/);
    expect(text).toContain('Recommendation R23');
  });

  it('a review page shows each area for improvement with the actions answering it and their latest status', () => {
    const text = page('/reviews/bromley/2016-04-inspection/');
    expect(text).toContain('Caseloads are too high to ensure quality social work.');
    expect(text).toMatch(/Action 5\.8\.3 ?: Develop a short life-story[^—]*— Red at 31 March 2017/);
    expect(text).toContain('Follow-up visits');
  });

  it('a monitoring visit links to the inspection it follows', () => {
    const html = readPage('/reviews/bromley/2016-11-monitoring-visit/');
    expect(html).toMatch(/Follows<\/dt>\s*<dd[^>]*><a[^>]*href="\/reviews\/bromley\/2016-04-inspection\/"/);
  });

  it('the Bromley plan page shows 236 actions, 15 red at 31 March 2017 and the Table 3 distribution', () => {
    const text = page('/plans/bromley/2016-09-improvement-plan/');
    expect(text).toContain('15 of 236 actions due had not progressed (rated red) at 31 March 2017: 6%');
    const html = readPage('/plans/bromley/2016-09-improvement-plan/');
    const table3 = textOf(html.slice(html.indexOf('id="summary-by-due"'), html.indexOf('</table>', html.indexOf('id="summary-by-due"'))));
    expect(table3).toContain('March 2017 2 13%');
    expect(table3).toContain('January - March 2017 2 13%');
    expect(table3).toContain('January 2017 3 20%');
    expect(table3).toContain('December 2016 5 33%');
    expect(table3).toContain('November 2016 2 13%');
    expect(table3).toContain('September 2016 1 7%');
    expect(html).toContain('<svg class="lib-chart"');
  });

  it('the plan page shows each action’s status history across updates', () => {
    const html = readPage('/plans/bromley/2016-09-improvement-plan/');
    const row = textOf(html.slice(html.indexOf('id="action-6.1.4"'), html.indexOf('</tr>', html.indexOf('id="action-6.1.4"'))));
    expect(row).toContain('Red at 28 February 2017');
    expect(row).toContain('Amber at 31 March 2017');
  });

  it('a Central Bedfordshire recommendation page says no action is recorded', () => {
    const text = page('/recommendations/central-bedfordshire/2018-11-peer-review/R1/');
    expect(text).toContain('Use the insights from the pre-proceedings and legal tracking processes with Early Help services to further inform the targeted offer');
    expect(text).toContain('No action recorded');
    expect(text).toContain('K1: Children subject of letter before proceedings');
  });

  it('the off-track view lists the 2016 weaknesses that still have red actions', () => {
    const html = readPage('/recommendations/status/off-track/');
    const table = textOf(html.slice(html.indexOf('<table')));
    expect(table.match(/Bromley 2016, Area for improvement W\d/g)).toEqual([
      'Bromley 2016, Area for improvement W1',
      'Bromley 2016, Area for improvement W2',
      'Bromley 2016, Area for improvement W3',
    ]);
  });

  it('the life story work theme lists the Central Bedfordshire finding and the Bromley action 5.8.3', () => {
    const text = page('/themes/life-story-work/');
    expect(text).toContain('The Peer Reviewers saw evidence of Life Story Work being collected by Social Workers');
    expect(text).toContain('action 5.8.3');
  });

  it('an authority page has a timeline, a judgement history chart and its open recommendations', () => {
    const html = readPage('/authorities/bromley/');
    expect(html).toContain('aria-labelledby="judgement-chart-title"');
    const text = textOf(html);
    expect(text).toContain('Timeline');
    expect(text).toMatch(/\d+ open, of which 3 off track/);
  });

  it('an update page lists the statuses it reports', () => {
    const text = page('/updates/bromley/2017-03-improvement-plan-update/');
    expect(text).toContain('15 actions rated red (not progressed)');
  });

  it('the home page has a search box, themes with counts, latest documents and totals', () => {
    const html = readPage('/');
    expect(html).toMatch(/<input[^>]*name="q"/);
    const text = textOf(html);
    expect(text).toContain('Browse by theme');
    expect(text).toContain('Latest documents');
    expect(text).toContain(`${loadBundledLibrary(inject('contentRoot')).library.reviews.length} reviews`);
  });

  it('the feed lists every document and the sitemap lists the pages', () => {
    const feed = readPage('/feed.xml');
    const { library } = loadBundledLibrary(inject('contentRoot'));
    expect(feed.match(/<entry>/g)?.length).toBe(library.reviews.length + library.plans.length + library.updates.length);
    expect(readPage('/sitemap-0.xml')).toContain('/reviews/bromley/2016-04-inspection/');
    expect(page('/404.html')).toContain('Page not found');
  });

  it('the search page says plainly, without JavaScript, that search needs it and points to the browse pages', () => {
    const html = readPage('/search/');
    expect(html).toMatch(/<noscript>[\s\S]*Search needs JavaScript[\s\S]*themes[\s\S]*<\/noscript>/);
  });
});
