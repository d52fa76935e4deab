/** Open data rows (src/lib/exports.ts) and feeds (src/lib/feeds.ts), from the bundled library, without a build. */
import { describe, expect, it } from 'vitest';
import { actionsCsvColumns, actionsExport, findingsCsvColumns, findingsExport, OGL_ATTRIBUTION, recordJson, toCsv, updatesExport } from '../src/lib/exports.ts';
import { atomFeed, authorityFeed, themeFeed } from '../src/lib/feeds.ts';
import { loadBundledLibrary } from './support/library.ts';

const { records } = loadBundledLibrary();
const options = { siteUrl: 'https://findings.example.org', licence: { id: 'CC-BY-4.0', name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } };

describe('open data rows', () => {
  it('the CSV twins have a column for every JSON field, the old columns first', () => {
    expect(new Set(findingsCsvColumns)).toEqual(new Set(Object.keys(findingsExport(records)[0]!)));
    expect(new Set(actionsCsvColumns)).toEqual(new Set(Object.keys(actionsExport(records)[0]!)));
    expect(findingsCsvColumns.slice(0, 2)).toEqual(['id', 'url']);
    expect(toCsv(findingsExport(records), findingsCsvColumns).split('\n')[0]).toContain('reviewKind,addressee,statusAsOf');
  });

  it('every row has its absolute address on the configured site and its licence; Ofsted’s findings carry the OGL attribution', () => {
    const w4 = findingsExport(records, options).find((f) => f.id === 'bromley/2016-04-inspection#W4')!;
    expect(w4).toMatchObject({ address: 'https://findings.example.org/recommendations/bromley/2016-04-inspection/W4/', licence: 'OGL-UK-3.0', attribution: OGL_ATTRIBUTION, statusAsOf: '2016-09-13', statusInferred: true });
    const peer = findingsExport(records, options).find((f) => f.id === 'central-bedfordshire/2018-11-peer-review#R1')!;
    expect(peer).toMatchObject({ licence: 'CC-BY-4.0', attribution: null });
    const action = actionsExport(records, options).find((a) => a.id === 'bromley/2016-05-immediate-actions#3.8.2.2')!;
    expect(action).toMatchObject({ address: 'https://findings.example.org/plans/bromley/2016-05-immediate-actions/#action-3.8.2.2', statusInferred: expect.stringContaining('Amber'), overdue: true, flagsAsOf: '2017-03-31' });
    expect(updatesExport(records, options).every((u) => u.address.startsWith('https://findings.example.org/updates/'))).toBe(true);
  });

  it('the JSON beside a review holds its findings, and beside a recommendation the actions answering it', () => {
    // 5 strengths and 6 areas from the council's paper, 23 recommendations from Ofsted's report.
    const review = recordJson.review(records.review('bromley/2016-04-inspection')!);
    expect(review.findings).toHaveLength(34);
    expect(review.report).toMatchObject({ publisher: 'Ofsted', url: 'https://reports.ofsted.gov.uk/provider/44/80490', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(recordJson.finding(records.finding('bromley/2016-04-inspection#W4')!).answeredBy.map((a) => a.actionId).sort()).toEqual(['3.8.2.2', '3.8.7.1', '3.8.7.2', '3.8.7.3']);
  });
});

describe('Atom feeds', () => {
  it('a council’s feed lists its documents newest first with absolute addresses and the licence', () => {
    const xml = atomFeed(authorityFeed(records, 'bromley'), 'https://findings.example.org');
    expect(xml).toContain('<link rel="self" href="https://findings.example.org/authorities/bromley/feed.xml"/>');
    expect(xml.match(/<entry>/g)).toHaveLength(records.authorityView('bromley').timeline.length);
    expect(xml).toContain(OGL_ATTRIBUTION);
    expect(xml).not.toContain('href="/');
  });

  it('a theme’s feed quotes what each document says on the theme', () => {
    const feed = themeFeed(records, 'caseloads');
    expect(feed.entries.find((e) => e.url === records.review('bromley/2016-04-inspection')!.url)!.summary).toContain('W6: Caseloads are too high to ensure quality social work.');
  });
});
