/**
 * Invented papers in the shapes committee systems print: the importer decides review, plan
 * or update from what the paper holds and says why, finds the council by its names or the
 * page's address, reads the meeting from a decision record, and reads judgements written
 * in sentences, bullets and wrapped rows.
 */
import { describe, expect, it } from 'vitest';
import { importPaper } from '../../src/importer/draft.ts';
import { libraryOf, librarySources } from '../support/authoring.ts';

const library = libraryOf(librarySources());
const read = (paper: string, address?: string) => importPaper(paper, { fileName: 'paper.txt', library, address });

describe('a decision record on a quarterly update', () => {
  const result = read(
    ['Decision details', '', 'Quarterly update on the Children’s Improvement Plan', '', 'To provide the Executive with an update on progress made against the plan.', '', 'Decided at meeting: 17/09/2024 - Executive'].join('\n'),
    'https://democratic.bracknell-forest.gov.uk/ieDecisionDetails.aspx?AIId=1',
  );

  it('is drafted as an update, with the reasons', () => {
    expect(result.collection).toBe('updates');
    expect(result.report.kind).toContain('update +4: the title says "Quarterly" (line 3)');
  });

  it('takes the council from the address and the meeting from the decision line', () => {
    const m = result.extracted.metadata;
    expect([result.authority, m.committee?.value, m.meetingDate?.value]).toEqual(['bracknell-forest', 'Executive', '2024-09-17']);
    expect(result.text).toContain('url: "https://democratic.bracknell-forest.gov.uk/ieDecisionDetails.aspx?AIId=1"');
  });
});

describe('minutes on an inspection', () => {
  const result = read(
    [
      'Agenda item',
      '',
      'Ofsted Inspection',
      '',
      'Minutes:',
      '',
      'The Scrutiny Committee received a presentation on the inspection of Stockport Council’s services, which took place between 11 and 20 March 2013.',
      '',
      'The Council had been judged to be adequate in the effectiveness of help and leadership and governance categories and inadequate in respect of quality of practice. This had led to an overall judgement of inadequate.',
      '',
      'Ofsted found the following:',
      '  • the impact of leaders was good,',
      '',
      '  Children looked after and achieving permanence',
      '',
      'Requires',
      'improvement',
    ].join('\n'),
  );

  it('is a review of the council it names, with its fieldwork', () => {
    expect([result.collection, result.authority]).toEqual(['reviews', 'stockport']);
    expect(result.extracted.metadata.fieldwork?.value).toEqual({ from: '2013-03-11', to: '2013-03-20' });
    expect(result.extracted.metadata.committee?.value).toBe('Scrutiny Committee');
  });

  it('reads the judgements in the sentence, the bullet and the wrapped row', () => {
    expect(result.extracted.judgements.map((j) => [j.area, j.grade])).toEqual([
      ['Children looked after and achieving permanence', 'requires-improvement'],
      ['Effectiveness of help', 'adequate'],
      ['Leadership and governance', 'adequate'],
      ['Quality of practice', 'inadequate'],
      ['Overall effectiveness', 'inadequate'],
      ['the impact of leaders', 'good'],
    ]);
  });

  it('says where the stand-in meeting date came from', () => {
    expect(result.text).toContain('reportedIn[0].date: "The paper gives no meeting date; the fieldwork\'s end (line 7) stands in."');
  });
});
