/**
 * A progress paper that rates its plan in words rather than in an action table: the counts
 * it states per colour and the red and amber items it names without an action number are
 * read, each with its line, reported, and kept in an update's draft (the red count as
 * `declared.red`, the named items listed for the author to find in the plan).
 */
import { describe, expect, it } from 'vitest';
import { importPaper } from '../../src/importer/draft.ts';
import { readLines } from '../../src/importer/lines.ts';
import { ragInProse } from '../../src/importer/rag.ts';
import { librarySources, libraryOf } from '../support/authoring.ts';

const read = (text: string) => ragInProse(readLines(text));
const counts = (text: string) => Object.fromEntries(Object.entries(read(text).counts).map(([colour, c]) => [colour, c.count]));
const items = (text: string) => read(text).items.map((i) => [i.status, i.id ?? i.text]);

describe('RAG ratings in running text', () => {
  it('reads the counts a paper states, in a run or one colour at a time', () => {
    expect(counts('Of the plan’s 19 actions, 15 actions are rated green, 3 amber and 1 red.')).toEqual({ green: 15, amber: 3, red: 1 });
    expect(counts('57% of the Improvement Plan was complete; there were currently 36 amber E actions showing on the Plan.')).toEqual({ amber: 36 });
    expect(counts('There are two red indicators this quarter.')).toEqual({ red: 2 });
    expect(counts('Progress at a glance. Red: 2, Amber: 5, Green: 11')).toEqual({ red: 2, amber: 5, green: 11 });
  });

  it('reads red and amber items named without a number, and no count where none is stated', () => {
    const text = 'There were no Red ratings this quarter. Amber: Workforce strategy';
    expect(items(text)).toEqual([['amber', 'Workforce strategy']]);
    expect(counts(text)).toEqual({});
    expect(items('It was raised that two new indicators had been added which were both red (Number of cases open for 12 months plus where a reassessment has been initiated and CIN plans over 12 months plus (excluding SEND teams)).')).toEqual([
      ['red', 'Number of cases open for 12 months plus where a reassessment has been initiated'],
      ['red', 'CIN plans over 12 months plus (excluding SEND teams)'],
    ]);
    expect(items("4 actions (6.1.4, 6.3.4 and 7.2.1) that were previously RAG rated 'Red' have now been progressed to 'Amber'.")).toEqual([
      ['red', '6.1.4'], ['red', '6.3.4'], ['red', '7.2.1'], ['amber', '6.1.4'], ['amber', '6.3.4'], ['amber', '7.2.1'],
    ]);
    expect(items('- Red: Sufficiency of placements; Care leavers’ accommodation')).toEqual([
      ['red', 'Sufficiency of placements'],
      ['red', 'Care leavers’ accommodation'],
    ]);
  });

  it('leaves alone colours that rate nothing', () => {
    expect(read('The red line shows the national average. Green spaces were discussed.')).toEqual({ counts: {}, items: [] });
  });

  it('keeps them in an update’s draft and its report', () => {
    const library = libraryOf(librarySources());
    const paper = [
      'NORTHMOOR COUNTY COUNCIL',
      'Children’s Services Scrutiny Committee',
      'Date of meeting: 12 March 2020',
      '',
      'Improvement Plan: progress update',
      '',
      'The improvement plan’s progress was reported to the committee. 15 actions are rated green, 3 amber and 1 red.',
      'Amber: Workforce strategy',
    ].join('\n');
    const result = importPaper(paper, { fileName: 'update.txt', library, authority: 'northumberland', kind: 'update' });
    expect(result.text).toContain('# TO CONFIRM (line 7): the count of red actions the paper states\ndeclared:\n  red: 1\n');
    expect(result.text).toContain('#   - amber: Workforce strategy   # line 8');
    expect(result.report.found).toContainEqual({ label: 'RAG counts stated', value: '15 green (line 7), 3 amber (line 7), 1 red (line 7)' });
  });
});
