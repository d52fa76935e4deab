/**
 * `npm run ingest -- --verify` in miniature: reviews matched to the statistics' inspections by
 * council (or its DfE code), kind and start date (or publication, where the statistics give
 * only that), judgements matched by what they name whatever the words, each disagreement
 * with its reason.
 */
import { describe, expect, it } from 'vitest';
import type { InspectionRow } from '../../src/official/tables.ts';
import type { ReviewData } from '../../src/schemas/review.ts';
import { judgementKey, verify } from '../../src/ingest/verify.ts';

const row = (over: Partial<InspectionRow>): InspectionRow => ({
  council: 'northmoor',
  dfeCode: '999',
  event: 'northmoor/2015-10-19-sif',
  kind: 'sif',
  framework: 'sif',
  inspectionStart: undefined,
  published: '2015-10-19',
  area: '',
  overall: false,
  grade: undefined,
  sourceGrade: '',
  theme: '',
  sourceName: 'Northmoor',
  sourceFile: 'x.ods',
  sourceSheet: 'LA_inspections_2009-2023',
  sourceRow: 7,
  sourceColumn: 'S',
  ...over,
});

const review = (data: Partial<ReviewData>) => ({ id: 'northmoor/2015-07-sif-inspection', data: { authority: 'northmoor', kind: 'sif-inspection', fieldwork: { from: '2015-07-06' }, published: '2015-10-19', judgements: [], ...data } as ReviewData });

describe('verify', () => {
  it('names the same judgement alike in the report\'s words and the statistics\'', () => {
    expect(judgementKey('First SIF CLA Sub: Experiences and progress of care leavers')).toBe('care-leavers');
    expect(judgementKey('Experiences and progress of care leavers')).toBe('care-leavers');
    expect(judgementKey('The experiences and progress of children in care and care leavers')).toBe('children-in-care');
    expect(judgementKey('First SIF children looked after and achieving permanence')).toBe('children-in-care');
    expect(judgementKey('LSCB Overall Effectiveness')).toBe('lscb');
    expect(judgementKey('The effectiveness of the Local Safeguarding Children Board')).toBe('lscb');
    expect(judgementKey('First SIF Overall Judgement (OE)')).toBe('overall');
  });

  it('counts agreement over the judgements of either side and gives each disagreement its reason', () => {
    const rows = [
      row({ area: 'First SIF Overall Judgement (OE)', overall: true, grade: 'good', sourceGrade: 'Good' }),
      row({ area: 'First SIF CLA Sub: Adoption Performance', grade: 'good', sourceGrade: 'Good', sourceRow: 7 }),
      row({ area: 'LSCB Overall Effectiveness', grade: 'good', sourceGrade: 'Good' }),
    ];
    const result = verify(
      [
        review({
          judgements: [
            { id: 'J1', area: 'Overall effectiveness', grade: 'good' },
            { id: 'J2', area: 'Children looked after and achieving permanence', grade: 'good', sub: [{ id: 'J2.1', area: 'Adoption performance', grade: 'inadequate' }] },
          ],
        }),
      ],
      rows,
      () => '999',
    );
    expect(result).toMatchObject({ reviews: 1, matched: 1, judgements: 4, agreed: 1 });
    expect(result.disagreements.map((d) => [d.judgement, d.reason])).toEqual([
      ['Children looked after and achieving permanence', 'the statistics give no grade for it (event northmoor/2015-10-19-sif); the report grades it good'],
      ['Adoption performance', 'the report grades it inadequate; the statistics good ("Good", row 7 of LA_inspections_2009-2023)'],
      ['LSCB Overall Effectiveness', 'the report as read has no such judgement; the statistics grade "LSCB Overall Effectiveness" good (row 7 of LA_inspections_2009-2023)'],
    ]);
  });

  it('matches a successor council by DfE code and an ILACS inspection by its first day, and says when nothing matches', () => {
    const rows = [row({ council: 'old-northmoor', event: 'old-northmoor/2021-09-27-ilacs-standard', kind: 'ilacs-standard', framework: 'ilacs', inspectionStart: '2021-09-27', area: 'Overall effectiveness', overall: true, grade: 'good' })];
    const matched = verify([review({ kind: 'standard-inspection', fieldwork: { from: '2021-09-27' }, judgements: [{ id: 'J1', area: 'Overall effectiveness', grade: 'good' }] })], rows, () => '999');
    expect(matched).toMatchObject({ matched: 1, judgements: 1, agreed: 1 });
    const unmatched = verify([review({ kind: 'standard-inspection', fieldwork: { from: '2021-10-04' } })], rows, () => '999');
    const reinspection = verify([review({ judgements: [] })], [row({ kind: 'sif-reinspection', event: 'northmoor/2015-10-20-sif-reinspection', published: '2015-10-20' })], () => '999');
    expect(reinspection.kindDifferences).toEqual([{ review: 'northmoor/2015-07-sif-inspection', reason: 'the report reads as a sif-inspection; the statistics file it as sif-reinspection (northmoor/2015-10-20-sif-reinspection)' }]);
    expect(unmatched.unmatched).toEqual([{ review: 'northmoor/2015-07-sif-inspection', reason: 'no ilacs-standard of northmoor starting 2021-10-04 or published near 2015-10-19 in the statistics (it has: 2021-09-27)' }]);
  });

  it('matches a document written by hand from a council\'s paper, which says only "inspection", by its framework', () => {
    const rows = [
      row({ area: 'First SIF Overall Judgement (OE)', overall: true, grade: 'inadequate', sourceGrade: 'Inadequate' }),
      row({ area: 'LSCB Overall Effectiveness', grade: 'requires-improvement', sourceGrade: 'Requires improvement to be good' }),
    ];
    const handWritten = review({
      kind: 'inspection',
      framework: 'sif',
      judgements: [
        { id: 'J1', area: 'Overall Judgement', grade: 'inadequate' },
        { id: 'J5', area: 'The effectiveness of the Local Safeguarding Children Board', grade: 'requires-improvement' },
      ],
    });
    expect(verify([handWritten], rows, () => '999')).toMatchObject({ matched: 1, judgements: 2, agreed: 2, kindDifferences: [] });
    const ilacs = [row({ kind: 'ilacs-short', event: 'northmoor/2021-09-27-ilacs-short', framework: 'ilacs', inspectionStart: '2021-09-27', area: 'Overall effectiveness', overall: true, grade: 'good' })];
    expect(verify([review({ kind: 'inspection', framework: 'ilacs', fieldwork: { from: '2021-09-27' }, judgements: [{ id: 'J1', area: 'Overall effectiveness', grade: 'good' }] })], ilacs, () => '999')).toMatchObject({ matched: 1, agreed: 1 });
    expect(verify([review({ kind: 'inspection' })], rows, () => '999').unmatched).toEqual([{ review: 'northmoor/2015-07-sif-inspection', reason: 'the statistics have no kind for "inspection"' }]);
  });
});
