/**
 * An invented ILACS inspection paper: a judgement table lined up with spaces, strengths
 * numbered "1.", weaknesses numbered "(i)" with a wrapped line, and recommendations as
 * self-labelled "Recommendation n." lines.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft, importFrom, librarySources } from '../support/authoring.ts';

const sources = librarySources();
const result = importFrom('northmoor-inspection.txt', sources);
const { findings, judgements, metadata } = result.extracted;
const list = (name: string) => findings.items.filter((i) => i.list === name);

describe('an inspection paper with a judgement table', () => {
  it('reads each judgement row and maps its grade onto the framework scale', () => {
    expect(judgements.map((j) => [j.id, j.area, j.grade, j.line])).toEqual([
      ['J1', 'The impact of leaders on social work practice with children and families', 'requires-improvement', 28],
      ['J2', 'The experiences and progress of children who need help and protection', 'inadequate', 29],
      ['J3', 'The experiences and progress of children in care and care leavers', 'requires-improvement', 30],
      ['J4', 'Overall effectiveness', 'inadequate', 31],
    ]);
    expect(result.text).toContain('framework: ilacs');
  });

  it('finds the strengths, the weaknesses and the self-labelled recommendations', () => {
    expect(list('strengths')).toHaveLength(4);
    expect(list('areasForImprovement')).toHaveLength(3);
    expect(list('recommendations')).toHaveLength(5);
    expect(list('areasForImprovement')[1]!.text).toBe(
      'Assessments of children in need are of variable quality and often do not consider the history of the family.',
    );
    expect(list('recommendations')[2]).toMatchObject({
      text: 'Strengthen management oversight of child protection plans, so that drift is identified and challenged.',
      line: 55,
      lastLine: 56,
    });
  });

  it('reads the inspection dates, the publication date and an upper-case header', () => {
    expect(metadata.fieldwork?.value).toEqual({ from: '2019-09-09', to: '2019-09-20' });
    expect(metadata.published?.value).toBe('2019-11-01');
    expect(metadata.meetingDate?.value).toBe('2019-12-10');
    expect(metadata.committee?.value).toBe('Cabinet');
    expect(metadata.authority).toMatchObject({ value: 'northmoor', name: 'Northmoor County Council' });
    expect(result.file).toBe('content/reviews/northmoor/2019-09-inspection.mdx');
  });

  it('guesses themes from the vocabulary', () => {
    expect(result.text).toMatch(/text: "Improve the timeliness of return home interviews for children who go missing."\n\s+themes: \[missing-exploitation\]/);
  });

  it('drafts a document that passes the checker', () => {
    expect(checkDraft(sources, result)).toEqual([]);
  });
});
