/**
 * Two things councils write in running text: minutes that give what an inspection found as
 * a paragraph of one sentence ("The Ofsted inspection had highlighted variations in …"),
 * offered as a finding of the kind its wording says; and progress paragraphs that say when
 * they will be done ("… will be implemented in July 2012"), whose month is the action's due
 * date as stated ("by the end of October 2012" too); one whose first sentence a post carries
 * out ("The Head of Localities has established …") names its owner. A paragraph that says
 * nothing of when gives no date.
 */
import { describe, expect, it } from 'vitest';
import { importPaper } from '../../src/importer/draft.ts';
import { librarySources, libraryOf } from '../support/authoring.ts';

const library = libraryOf(librarySources());

describe('running text', () => {
  it('offers a one-sentence paragraph on what an inspection found as a finding, its kind from its wording', () => {
    const minutes = [
      'Ofsted Inspection',
      '',
      'Minutes:',
      '',
      'The committee received a presentation on the inspection of the council’s arrangements for the protection of children.',
      '',
      'The Ofsted inspection had highlighted variations in the council’s quality of practice.',
      '',
      'Inspectors found that children at risk of harm are seen quickly by social workers.',
      '',
      'Members asked about caseloads. Inspectors found that caseloads were high, and the chair thanked officers.',
    ].join('\n');
    const result = importPaper(minutes, { fileName: 'minutes.txt', library, authority: 'northumberland', kind: 'review' });
    expect(result.extracted.findings.items.map((i) => [i.list, i.text, i.line, i.candidate])).toEqual([
      ['areasForImprovement', 'The Ofsted inspection had highlighted variations in the council’s quality of practice.', 7, true],
      ['strengths', 'Inspectors found that children at risk of harm are seen quickly by social workers.', 9, true],
    ]);
  });

  it('offers each clause of what inspectors were reported to have observed, without drafting the paper as a review', () => {
    const paper = [
      'NORTHMOOR COUNTY COUNCIL',
      'Date of meeting: 24 May 2017',
      '',
      'Improvement Plan: exception report',
      '',
      '3.2.2 Ofsted’s first monitoring visit took place on 8 and 9 November 2016 with inspectors observing that progress of the Improvement Plan had been slow.',
      '3.4.5 The inspection team gave verbal feedback to senior managers at the end of the monitoring visit observing that they had seen no inadequate practice. Inspectors recognised that there was continued improvement in practice and that workers knew their children well.',
      '',
      'Ref\tAction\tDue\tRAG',
      '1.1.1\tAudit every plan open for more than a year\tMar-17\tRed',
      '1.1.2\tRecruit permanent team managers\tJun-17\tGreen',
    ].join('\n');
    const result = importPaper(paper, { fileName: 'exception.txt', library, authority: 'northumberland' });
    expect(result.extracted.findings.items.map((i) => [i.list, i.text, i.candidate])).toEqual([
      ['areasForImprovement', 'progress of the Improvement Plan had been slow', true],
      ['strengths', 'they had seen no inadequate practice', true],
      ['strengths', 'there was continued improvement in practice', true],
      ['strengths', 'workers knew their children well', true],
    ]);
    expect(result.collection).not.toBe('reviews');
  });

  it('takes the month a progress paragraph says it will be done in as its due date, and the post it names as doing it as its owner', () => {
    const paper = [
      'NORTHMOOR COUNTY COUNCIL',
      'Children’s Services Scrutiny Committee',
      'Date of meeting: 19 July 2012',
      '',
      'Ofsted Action Plan 2011/2012: progress report',
      '',
      '4. Progress against the plan',
      '',
      '4.1 The virtual head has written an attendance policy for looked after children and this will be implemented in July 2012.',
      '4.2 A programme of mentoring for all front line managers has been put in place to boost their skills.',
      '4.3 An audit of supervision records is due to be completed by September 2012 and will inform training.',
      '4.4 The Head of Localities has established a task group on child in need plans, which will report by the end of October 2012.',
    ].join('\n');
    const result = importPaper(paper, { fileName: 'progress.txt', library, authority: 'northumberland', kind: 'plan' });
    expect(result.extracted.actions.actions.map((a) => [a.id, a.due, a.owner])).toEqual([
      ['4.1', 'July 2012', undefined],
      ['4.2', undefined, undefined],
      ['4.3', 'September 2012', undefined],
      ['4.4', 'October 2012', 'Head of Localities'],
    ]);
  });
});
