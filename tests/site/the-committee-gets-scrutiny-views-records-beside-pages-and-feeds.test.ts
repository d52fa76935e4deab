/** The built site answers a scrutiny committee's questions, and its data travels (read from the built files). */
import { site } from '../../src/site.config.ts';
import { describe, expect, it } from 'vitest';
import { fileFor, readJson, readPage, textOf } from '../support/site.ts';

describe('scrutiny views', () => {
  it('lists every council, and Bromley as at its latest update with a page per update date', () => {
    // 36 open: 13 from the council's papers and the 23 recommendations of Ofsted's 2016 report, which no plan answers yet.
    expect(textOf(readPage('/scrutiny/'))).toContain('London Borough of Bromley 31 March 2017 36 16 15 13');
    const html = readPage('/scrutiny/bromley/');
    for (const date of ['2013-10-29', '2016-09-13', '2017-01-31', '2017-02-28', '2017-03-31']) {
      expect(html).toContain(`href="/scrutiny/bromley/${date}/"`);
      expect(fileFor(`/scrutiny/bromley/${date}/`)).toBeDefined();
      expect(fileFor(`/scrutiny/bromley/${date}.csv`)).toBeDefined();
    }
    expect(textOf(html)).toContain('16 actions overdue');
  });

  it('as at 13 September 2016, W4 is on track on four statuses the library inferred, each with its note', () => {
    const text = textOf(readPage('/scrutiny/bromley/2016-09-13/'));
    expect(text).toContain('Scrutiny view · as at 13 September 2016');
    expect(text).toMatch(/Area for improvement W4 .*On track as at 13 September 2016 · rests on 4 statuses the library inferred/);
    expect(text).toContain('0 actions overdue');
  });

  it('prints with a title block and offers a print button only to scripts, and a CSV download', () => {
    const html = readPage('/scrutiny/bromley/2017-03-31/');
    expect(textOf(html)).toContain(`Children's Services Findings Library ${site.url}/scrutiny/bromley/2017-03-31/ Statuses as at 31 March 2017 Printed`);
    expect(html).toMatch(/<button[^>]*data-print[^>]*hidden/);
    expect(html).toContain('href="/scrutiny/bromley/2017-03-31.csv"');
    expect(readPage('/scrutiny/bromley/2017-03-31.csv').split('\n')[0]).toContain('finding,findingUrl');
  });
});

describe('records beside their pages, feeds and licences', () => {
  it('every review, plan, update and recommendation page has its record as index.json beside it', () => {
    expect(readJson<{ findings: unknown[] }>('/reviews/bromley/2016-04-inspection/index.json').findings).toHaveLength(34);
    expect(readJson<{ actions: unknown[] }>('/plans/bromley/2016-09-improvement-plan/index.json').actions.length).toBeGreaterThan(15);
    expect(readJson<{ asOf: string }>('/updates/bromley/2017-03-improvement-plan-update/index.json').asOf).toBe('2017-03-31');
    expect(readJson<{ statusInferred: boolean; licence: string }>('/recommendations/bromley/2016-04-inspection/W4/index.json')).toMatchObject({ statusInferred: true, licence: 'OGL-UK-3.0' });
    expect(readPage('/reviews/bromley/2016-04-inspection/')).toContain('href="/reviews/bromley/2016-04-inspection/index.json"');
  });

  it('councils and themes have Atom feeds with absolute addresses, linked from their pages', () => {
    expect(readPage('/authorities/bromley/feed.xml')).toContain(`<link href="${site.url}/reviews/bromley/2016-04-inspection/"/>`);
    expect(readPage('/themes/caseloads/feed.xml')).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(readPage('/authorities/bromley/')).toContain('href="/authorities/bromley/feed.xml"');
    expect(readPage('/themes/caseloads/')).toContain('href="/themes/caseloads/feed.xml"');
  });

  it('the data page and every page state the licences', () => {
    const data = textOf(readPage('/data/'));
    expect(data).toContain('Creative Commons Attribution 4.0 International');
    expect(data).toContain('Contains public sector information licensed under the Open Government Licence v3.0');
    expect(textOf(readPage('/plans/bromley/2016-09-improvement-plan/'))).toContain('Contains public sector information licensed under the Open Government Licence v3.0');
  });
});
