/**
 * One inspection, one document: a second review of the same council, of a kind of the same
 * family, whose fieldwork overlaps the first's, is refused at its fieldwork, naming both
 * files. A report read from Ofsted's PDF is the one refused, so the document others cite stays.
 */
import { describe, expect, it } from 'vitest';
import { fieldworkOverlaps, kindFamily, sameInspection } from '../../src/checker/same-inspection.ts';
import { checkWithLibrary } from '../support/fixtures.ts';

const review = (file: string, fields: { kind: string; from: string; to?: string; authority?: string; fromPdf?: boolean }) => ({
  file,
  raw: `---
title: Example review
authority: ${fields.authority ?? 'bromley'}
kind: ${fields.kind}
conductedBy: Ofsted
framework: ilacs
fieldwork:
  from: "${fields.from}"${fields.to ? `\n  to: "${fields.to}"` : ''}
source:
  title: Example report
${fields.fromPdf ? `  publisher: Ofsted\n  sha256: "${'a'.repeat(64)}"` : '  publisher: Example Council\nreportedIn:\n  - committee: Children\'s Services Scrutiny\n    date: "2019-06-01"'}
summary: A made-up review used to test the checker.
---
The body.
`,
});

describe('the checker refuses two documents of one inspection', () => {
  it('an ingested report of an inspection already written by hand is refused, naming both files', () => {
    expect(
      checkWithLibrary([
        review('content/reviews/bromley/2019-01-inspection.mdx', { kind: 'inspection', from: '2019-01' }),
        review('content/reviews/bromley/2019-01-standard-inspection.mdx', { kind: 'standard-inspection', from: '2019-01-07', to: '2019-01-18', fromPdf: true }),
      ]),
    ).toMatchInlineSnapshot(`
      [
        "content/reviews/bromley/2019-01-standard-inspection.mdx:8:9  fieldwork.from  records the same inspection as content/reviews/bromley/2019-01-inspection.mdx (inspection, fieldwork 2019-01): one council, one kind of inspection, overlapping fieldwork — keep one document per inspection: carry what only content/reviews/bromley/2019-01-standard-inspection.mdx holds into content/reviews/bromley/2019-01-inspection.mdx (a published report's address and SHA-256 go under \`report\`), then delete content/reviews/bromley/2019-01-standard-inspection.mdx",
      ]
    `);
  });

  it('two hand-written documents of one inspection: the later file is refused', () => {
    expect(
      checkWithLibrary([
        review('content/reviews/bromley/2019-01-inspection.mdx', { kind: 'inspection', from: '2019-01-07', to: '2019-01-18' }),
        review('content/reviews/bromley/2019-01-short-inspection.mdx', { kind: 'short-inspection', from: '2019-01-14' }),
      ]),
    ).toEqual([expect.stringMatching(/^content\/reviews\/bromley\/2019-01-short-inspection\.mdx:\d+:\d+ {2}fieldwork\.from {2}records the same inspection as content\/reviews\/bromley\/2019-01-inspection\.mdx /)]);
  });

  it('a visit during an inspection, another council\'s inspection, or an inspection a month later is not the same inspection', () => {
    expect(
      checkWithLibrary([
        review('content/reviews/bromley/2019-01-inspection.mdx', { kind: 'inspection', from: '2019-01-07', to: '2019-01-18' }),
        review('content/reviews/bromley/2019-01-monitoring-visit.mdx', { kind: 'monitoring-visit', from: '2019-01-08', to: '2019-01-09' }),
        review('content/reviews/brent/2019-01-inspection.mdx', { kind: 'inspection', authority: 'brent', from: '2019-01-07', to: '2019-01-18' }),
        review('content/reviews/bromley/2019-02-standard-inspection.mdx', { kind: 'standard-inspection', from: '2019-02-04', fromPdf: true }),
      ]),
    ).toEqual([]);
  });
});

describe('same inspection', () => {
  it('groups the kinds that name one event: a paper\'s "inspection" and Ofsted\'s SIF, standard, short and re-inspections', () => {
    expect(['inspection', 'sif-inspection', 're-inspection', 'standard-inspection', 'short-inspection'].map(kindFamily)).toEqual(Array(5).fill('inspection'));
    expect(kindFamily('monitoring-visit')).toBe('monitoring-visit');
    expect(kindFamily('peer-review')).toBe('peer-review');
  });

  it('reads a month or a year as every day in it', () => {
    expect(fieldworkOverlaps({ from: '2016-04' }, { from: '2016-04-11', to: '2016-05-05' })).toBe(true);
    expect(fieldworkOverlaps({ from: '2016-02' }, { from: '2016-02-29' })).toBe(true);
    expect(fieldworkOverlaps({ from: '2016' }, { from: '2015-12-01', to: '2016-01-02' })).toBe(true);
    expect(fieldworkOverlaps({ from: '2016-04-11', to: '2016-05-05' }, { from: '2016-05-06' })).toBe(false);
    expect(sameInspection({ authority: 'bromley', kind: 'inspection', fieldwork: { from: '2016-04-11', to: '2016-05-05' } }, { authority: 'bromley', kind: 'sif-inspection', fieldwork: { from: '2016-05-05' } })).toBe(true);
  });
});
