/**
 * The pure steps from text to record, on lines and blocks built by hand: dates as Ofsted
 * prints them, grades in their several forms, paragraph references, tables whose grades sit
 * beside wrapped rows, lists with sub-headings, and page furniture left out.
 */
import { describe, expect, it } from 'vitest';
import { blocksOf, cleanLines, type Block } from '../../src/ingest/blocks.ts';
import { linesOfPage, type PdfLine } from '../../src/ingest/pdf.ts';
import { gradeOf, paragraphsOf, readDateRange, readIdentity, readItems, readLscbJudgement, ReportError, tableRows } from '../../src/ingest/report.ts';

/** A line as the PDF reader gives it: cells from `|`, each at the x given. */
function line(page: number, y: number, text: string, options: { x?: number; size?: number; cellX?: number[] } = {}): PdfLine {
  const parts = text.split(' | ');
  const xs = options.cellX ?? [options.x ?? 71, 388];
  return { page, y, x: xs[0]!, size: options.size ?? 12, text: parts.join(' '), cells: parts.map((t, i) => ({ x: xs[i] ?? 388, text: t })) };
}

describe('dates', () => {
  it('reads fieldwork in each of the forms the reports print', () => {
    expect(readDateRange('27 September to 8 October 2021')).toEqual({ from: '2021-09-27', to: '2021-10-08' });
    expect(readDateRange('7 to 18 October 2024')).toEqual({ from: '2024-10-07', to: '2024-10-18' });
    expect(readDateRange('6 July 2015 – 30 July 2015')).toEqual({ from: '2015-07-06', to: '2015-07-30' });
    expect(readDateRange('14 January 2014- 5 February 2014')).toEqual({ from: '2014-01-14', to: '2014-02-05' });
    expect(readDateRange('18 Feb 2014 – 12 March 2014')).toEqual({ from: '2014-02-18', to: '2014-03-12' });
    expect(readDateRange('12/09/2016 to 06/10/2016')).toEqual({ from: '2016-09-12', to: '2016-10-06' });
    expect(readDateRange('29 December to 9 January 2020')).toEqual({ from: '2019-12-29', to: '2020-01-09' });
  });

  it('refuses a date that is not on the calendar, saying which', () => {
    expect(() => readDateRange('30 February to 3 March 2021')).toThrow(new ReportError('"30 february 2021" is not a calendar date'.replace('february', 'February')));
  });
});

describe('grades and references', () => {
  it('reads every printed form of a grade onto the scale\'s words', () => {
    expect(gradeOf('Requires improvement')).toBe('Requires improvement to be good');
    expect(gradeOf('Require improvement')).toBe('Requires improvement to be good');
    expect(gradeOf('requires improvement to be good')).toBe('Requires improvement to be good');
    expect(gradeOf('Outstanding')).toBe('Outstanding');
    expect(gradeOf('Good work')).toBeUndefined();
  });

  it('lists the paragraphs an item cites, ranges spelled out', () => {
    expect(paragraphsOf('… effectively (paragraphs 33, 34).')).toEqual(['33', '34']);
    expect(paragraphsOf('… (see paragraph 25)')).toEqual(['25']);
    expect(paragraphsOf('… (paragraphs 100 to 102) and (paragraph 7)')).toEqual(['100', '101', '102', '7']);
    expect(paragraphsOf('… records (Page 14, paragraph 42).')).toEqual(['42']);
    expect(paragraphsOf('no reference here')).toBeUndefined();
  });
});

describe('tables', () => {
  it('gives a grade centred beside a wrapped row to that row, and joins a grade broken over lines', () => {
    const rows = tableRows([
      line(1, 439, 'Requires', { cellX: [410] }),
      line(1, 428, '1. Children who need help and protection', { x: 71 }),
      line(1, 418, 'improvement', { cellX: [410] }),
      line(1, 391, '2. Children looked after and achieving | Good', { cellX: [71, 410] }),
      line(1, 377, 'permanence', { x: 89 }),
      line(1, 350, '2.1 Adoption performance | Outstanding', { cellX: [126, 410] }),
    ]);
    expect(rows).toEqual([
      { area: '1. Children who need help and protection', grade: 'Requires improvement to be good' },
      { area: '2. Children looked after and achieving permanence', grade: 'Good' },
      { area: '2.1 Adoption performance', grade: 'Outstanding' },
    ]);
  });

  it('says which row has no grade', () => {
    expect(() => tableRows([line(1, 500, 'Overall effectiveness', { x: 77 }), line(1, 470, 'The impact of leaders | Good', { cellX: [77, 300] })])).toThrow(
      'no grade for the judgement "Overall effectiveness"',
    );
  });
});

describe('the safeguarding board', () => {
  const heading = (text: string): Block => ({ page: 30, x: 71, size: 14, text, heading: true, line: 0 });
  it('reads the board\'s grade from its heading in each wording the reports use', () => {
    for (const [text, grade] of [
      ['The Local Safeguarding Children Board requires improvement', 'Requires improvement to be good'],
      ['The effectiveness of the Local Safeguarding Children Board (LSCB) is requires improvement', 'Requires improvement to be good'],
      ['The effectiveness of the Local Safeguarding Children Board (LSCB) is good.', 'Good'],
      ['The Anytown Local Safeguarding Children Board is inadequate', 'Inadequate'],
    ]) {
      expect(readLscbJudgement([heading(text!)])).toEqual({ area: 'The effectiveness of the Local Safeguarding Children Board', grade });
    }
    expect(readLscbJudgement([{ ...heading('The effectiveness of the Local Safeguarding Children Board (LSCB) requires improvement'), size: 12, heading: false }])?.grade).toBe('Requires improvement to be good');
    expect(readLscbJudgement([heading('The Local Safeguarding Children Board (LSCB)')])).toBeUndefined();
    expect(readLscbJudgement([{ ...heading('The Local Safeguarding Children Board is good at sharing its learning with partners across the region.'), heading: false }])).toBeUndefined();
  });
});

describe('lists', () => {
  const block = (text: string, options: Partial<Block> = {}): Block => ({ page: 1, x: 71, size: 12, text, heading: false, line: 0, ...options });

  it('reads sub-headed areas for improvement until prose ends the list, ignoring the contents page', () => {
    const items = readItems([
      block('What does the local authority need to improve? 4', { heading: true, size: 14 }),
      block('What does the local authority need to improve?', { heading: true, size: 14 }),
      block('Priority and immediate action'),
      block('Capacity'),
      block('Ensure that service managers have sufficient capacity.', { marker: '1' }),
      block('Areas for improvement'),
      block('Ensure that all children looked after are registered with a dentist.', { marker: '2' }),
      block('Inspectors found that this long paragraph is prose and not a list item at all, so it ends the list.'),
      block('Not an item.', { marker: '3' }),
      block('Areas for improvement'),
      block('Evaluate the impact of training.', { marker: '4' }),
      block('Key strengths and weaknesses of the LSCB'),
      block('The board is chaired well.', { marker: '5' }),
    ]);
    expect(items.areasForImprovement.map((i) => i.text)).toEqual(['Ensure that service managers have sufficient capacity.', 'Ensure that all children looked after are registered with a dentist.', 'Evaluate the impact of training.']);
  });

  it('addresses to the board only the items in the board\'s own section', () => {
    const items = readItems([
      block('The effectiveness of the Local Safeguarding Children Board (LSCB) is requires improvement', { heading: true, size: 14 }),
      block('Section 1: The local authority - Summary of findings', { heading: true, size: 16 }),
      block('What does the local authority need to improve?', { heading: true, size: 14 }),
      block('Ensure plans are reviewed.', { marker: '1' }),
      block('Section 2: The effectiveness of the Local Safeguarding Children Board', { heading: true, size: 16 }),
      block('What does the LSCB need to improve?', { heading: true, size: 14 }),
      block('Evaluate training.', { marker: '30' }),
    ]);
    expect(items.areasForImprovement).toEqual([{ text: 'Ensure plans are reviewed.' }, { text: 'Evaluate training.', addressee: 'Local Safeguarding Children Board' }]);
  });

  it('takes the reasons a report gives for a good grade as strengths, and not those for a weaker one', () => {
    const good = readItems([block('Summary of key findings', { heading: true, size: 14 }), block('This local authority is good because:'), block('Leaders know their services well.', { marker: '1' })]);
    expect(good.strengths).toEqual([{ text: 'Leaders know their services well.' }]);
    const weaker = readItems([block('Summary of key findings', { heading: true, size: 14 }), block('This local authority requires improvement because:'), block('Plans lack focus.', { marker: '1' })]);
    expect(weaker.strengths).toEqual([]);
  });
});

describe('lines from positions', () => {
  it('joins runs on a baseline, splits a table\'s columns at a wide gap, and keeps a raised ordinal in its word', () => {
    const lines = linesOfPage(1, [
      { x: 71, y: 500, width: 11, size: 12, text: '1.' },
      { x: 82, y: 500, width: 4, size: 12, text: ' ' },
      { x: 89, y: 500, width: 200, size: 12, text: 'Children who need help and protection' },
      { x: 300, y: 500, width: 80, size: 12, text: '                ' },
      { x: 388, y: 500, width: 60, size: 12, text: 'Good' },
      { x: 71, y: 470, width: 150, size: 12, text: 'placements after their 16' },
      { x: 221, y: 474, width: 6, size: 8, text: 'th' },
      { x: 228, y: 470, width: 60, size: 12, text: ' birthday.' },
    ]);
    expect(lines.map((l) => [l.text, l.cells.map((c) => c.text)])).toEqual([
      ['1. Children who need help and protection Good', ['1. Children who need help and protection', 'Good']],
      ['placements after their 16th birthday.', ['placements after their 16th birthday.']],
    ]);
  });
});

describe('page furniture and identity', () => {
  it('drops page numbers and small print repeated on pages, and joins a paragraph across a page break', () => {
    const lines = cleanLines([
      line(1, 100, 'Children are seen regularly, and their plans are'),
      line(1, 40, 'Inspection of Anytown local authority children’s services', { size: 8 }),
      line(1, 24, '1', { size: 20, cellX: [513] }),
      line(2, 760, 'reviewed on time.'),
      line(2, 40, 'Inspection of Anytown local authority children’s services', { size: 8 }),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['Children are seen regularly, and their plans are', 'reviewed on time.']);
    expect(blocksOf(lines).map((b) => b.text)).toEqual(['Children are seen regularly, and their plans are reviewed on time.']);
  });

  it('recognises focused and monitoring visits by their titles, and refuses reports of earlier frameworks with a reason', () => {
    expect(readIdentity([line(1, 700, 'Focused visit to Anytown local authority children’s services', { size: 26 })])).toMatchObject({ kind: 'focused-visit', council: 'Anytown' });
    expect(readIdentity([line(1, 700, 'Monitoring visit to Anytown children’s services', { size: 26 })])).toMatchObject({ kind: 'monitoring-visit', council: 'Anytown' });
    expect(() => readIdentity([line(1, 700, 'Inspection of looked after children services', { size: 26 })])).toThrow(/frameworks before 2013/);
  });
});
