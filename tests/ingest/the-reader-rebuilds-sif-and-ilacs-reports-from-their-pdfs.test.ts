/**
 * The reader on PDFs in the layouts of Ofsted's reports, made by our own generator
 * (tests/ingest/support/report-pdfs.ts): lines and tables rebuilt from positions, then the
 * record read from them.
 */
import { describe, expect, it } from 'vitest';
import { readPdfLines } from '../../src/ingest/pdf.ts';
import { readReport } from '../../src/ingest/report.ts';
import { ilacsReportPdf, INSPECTOR_NAMES, sifReportPdf } from './support/report-pdfs.ts';

describe('a single inspection framework report', async () => {
  const record = readReport((await readPdfLines(await sifReportPdf())).lines);

  it('is recognised as a SIF inspection of the council its first page names, with its dates', () => {
    expect(record).toMatchObject({
      kind: 'sif-inspection',
      framework: 'sif',
      council: 'Northmoor Borough Council',
      fieldwork: { from: '2015-07-06', to: '2015-07-30' },
      published: '2015-10-19',
    });
  });

  it('gives every judgement and sub-judgement its grade, even a grade set over two lines beside a wrapped row', () => {
    expect(record.judgements).toEqual([
      { area: 'Overall effectiveness', grade: 'Requires improvement to be good' },
      { area: 'Children who need help and protection', grade: 'Requires improvement to be good' },
      {
        area: 'Children looked after and achieving permanence',
        grade: 'Requires improvement to be good',
        sub: [
          { area: 'Adoption performance', grade: 'Good' },
          { area: 'Experiences and progress of care leavers', grade: 'Inadequate' },
        ],
      },
      { area: 'Leadership, management and governance', grade: 'Requires improvement to be good' },
      { area: 'The effectiveness of the Local Safeguarding Children Board', grade: 'Good' },
    ]);
  });

  it('quotes every recommendation in order with the paragraphs it cites, its bullets kept in it, the board\'s addressed to the board', () => {
    expect(record.recommendations).toEqual([
      { text: 'Strengthen management oversight in the front door so that children who need a social work assessment are seen quickly (paragraph 25).', paragraphs: ['25'] },
      { text: 'Ensure that managers review child in need and child protection plans regularly (paragraphs 33, 34).', paragraphs: ['33', '34'] },
      {
        text: 'Implement the following areas for improvement from the previous inspection: • improve the timeliness of health assessments for looked after children (paragraph 54) • improve the quality of personal education plans (paragraph 55).',
        paragraphs: ['54', '55'],
      },
      { text: 'Improve arrangements for keeping in touch with all care leavers (paragraphs 100 to 102).', paragraphs: ['100', '101', '102'] },
      { text: 'Evaluate the impact of multi-agency training on frontline practice.', addressee: 'Local Safeguarding Children Board' },
    ]);
    expect(record.areasForImprovement).toEqual([]);
  });

  it('takes the headline and the paragraphs under it as the opening summary, and knows the inspectors\' names', () => {
    expect(record.summary).toEqual([
      'Children’s services in Northmoor require improvement to be good',
      'The local authority is not yet delivering good protection and help and care for children, young people and families.',
      'It is Ofsted’s expectation that, as a minimum, all children and young people receive good help, care and protection.',
    ]);
    expect(record.inspectorNames.toSorted()).toEqual([...INSPECTOR_NAMES].sort());
  });
});

describe('an ILACS report', async () => {
  const record = readReport((await readPdfLines(await ilacsReportPdf())).lines);

  it('is told a standard inspection by its two weeks of fieldwork, and says so', () => {
    expect(record).toMatchObject({ kind: 'standard-inspection', framework: 'ilacs', council: 'Wexcombe', fieldwork: { from: '2024-10-07', to: '2024-10-18' } });
    expect(record.kindInferred).toContain('fieldwork of 12 days');
    expect(record.published).toBeUndefined();
  });

  it('reads the "Judgement | Grade" table, wrapped rows joined', () => {
    expect(record.judgements).toEqual([
      { area: 'The impact of leaders on social work practice with children and families', grade: 'Good' },
      { area: 'The experiences and progress of children who need help and protection', grade: 'Requires improvement to be good' },
      { area: 'The experiences and progress of children in care', grade: 'Good' },
      { area: 'The experiences and progress of care leavers', grade: 'Outstanding' },
      { area: 'Overall effectiveness', grade: 'Good' },
    ]);
  });

  it('quotes "What needs to improve?" as areas for improvement and stops at the next heading', () => {
    expect(record.areasForImprovement).toEqual([
      { text: 'The timeliness of initial child protection conferences.' },
      { text: 'The quality of management oversight and supervision of social workers.' },
    ]);
    expect(record.recommendations).toEqual([]);
  });

  it('takes the first page\'s paragraphs under the table as the summary, footers and page numbers left out', () => {
    expect(record.summary).toEqual([
      'Children in Wexcombe receive good help from a stable workforce. Leaders know their services well and have acted on the findings of the last inspection.',
      'Inspectors saw strong practice with care leavers.',
    ]);
    expect(record.inspectorNames).toEqual([INSPECTOR_NAMES[0]]);
  });
});
