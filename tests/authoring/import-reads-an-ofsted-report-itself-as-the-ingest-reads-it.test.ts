/**
 * An Ofsted report imported as it stands (its PDF's text) is read as the ingest reads
 * Ofsted's reports: the SIF headline is the overall judgement, a heading that states a grade
 * is a judgement ("The graded judgment for adoption performance is that it is good" too), a
 * judgement repeated in its section's table, in longer words, is read once, "Report
 * published:" is the publication date, "What needs to improve?" lists areas for improvement,
 * and paragraphs numbered on from earlier ones (past 99 too) are the report's own numbering,
 * not lists of candidate findings. Its title is its first line, not its table's header. With
 * no committee and no meeting to be found, it is drafted as Ofsted's own published report:
 * Ofsted is its publisher and it needs no committee paper. The report is invented, laid out
 * as Ofsted's are.
 */
import { describe, expect, it } from 'vitest';
import { importPaper } from '../../src/importer/draft.ts';
import { checkDraft, librarySources, libraryOf } from '../support/authoring.ts';

const sources = librarySources();
const library = libraryOf(sources);

const SIF = `# Northmoor County Council

# Inspection of services for children in need of help and protection, children looked after and care leavers

# and

# Review of the effectiveness of the Local Safeguarding Children Board

# Inspection date: 13 April 2015 – 8 May 2015

# Report published: 18 September 2015

Children’s services in Northmoor require improvement to be good

1. Children who need help and protection\tRequires improvement
2. Children looked after and achieving permanence\tGood
3. Leadership, management and governance\tRequires improvement

Contents\t
Executive summary\t4

Recommendations

1. Ensure that all assessments are informed by chronologies.

2. Develop and implement a neglect strategy.

# The experiences and progress of children who need help and protection

Key judgement\tJudgement grade
The experiences and progress of children who need help and protection\tRequires improvement

The graded judgment for adoption performance is that it is good

# Leadership, management and governance

Key judgement\tJudgement grade
Leadership, management and governance\tRequires improvement

98. Inspectors found that the local authority’s three children’s homes were judged to be good in each of their most recent Ofsted inspections.

# The Local Safeguarding Children Board is good

# Recommendations

145. Update the performance management framework of the board.

146. Prioritise the revision of the threshold document.

# Inspection findings

151. Inspectors found evidence that not all professionals fully understand the operation of thresholds.
`;

const ILACS = `# Inspection of Wexcombe local authority children’s services

Inspection dates: 7 to 18 October 2024

Judgement\tGrade
Overall effectiveness\tGood

# What needs to improve?

- The timeliness of initial child protection conferences.

- The quality of management oversight and supervision of social workers.

The Office for Standards in Education, Children’s Services and Skills (Ofsted) regulates and inspects to achieve excellence in the care of children and young people.
`;

describe('an Ofsted report imported as it stands', () => {
  const sif = importPaper(SIF, { fileName: 'report.txt', library, authority: 'northumberland' });
  const judgements = sif.extracted.judgements.flatMap((j) => [[j.area, j.grade], ...(j.sub ?? []).map((s) => [s.area, s.grade])]);

  it('reads the headline as the overall judgement, a graded heading or sentence as a judgement, and one repeated in other words once', () => {
    expect(judgements).toEqual([
      ['Children who need help and protection', 'requires-improvement'],
      ['Children looked after and achieving permanence', 'good'],
      ['Leadership, management and governance', 'requires-improvement'],
      ['Overall effectiveness', 'requires-improvement'],
      ['Adoption performance', 'good'],
      ['The Local Safeguarding Children Board', 'good'],
    ]);
  });

  it('reads the publication date and names no committee from a title about a board or its contents', () => {
    expect(sif.extracted.metadata.published?.value).toBe('2015-09-18');
    expect(sif.extracted.metadata.committee).toBeUndefined();
  });

  it('reads the recommendations numbered past 99, and offers no finding from paragraphs numbered on', () => {
    expect(sif.extracted.findings.items.map((i) => [i.list, i.text])).toEqual([
      ['recommendations', 'Ensure that all assessments are informed by chronologies.'],
      ['recommendations', 'Develop and implement a neglect strategy.'],
      ['recommendations', 'Update the performance management framework of the board.'],
      ['recommendations', 'Prioritise the revision of the threshold document.'],
    ]);
  });

  const ilacs = importPaper(ILACS, { fileName: 'report.txt', library, authority: 'northumberland' });

  it('drafts it as Ofsted’s own published report, titled by its first line, which the checker passes', () => {
    expect(ilacs.extracted.metadata.title?.value).toBe('Inspection of Wexcombe local authority children’s services');
    expect(ilacs.text).toContain('  publisher: Ofsted\n');
    expect(ilacs.text).not.toContain('reportedIn');
    expect(ilacs.report.warnings.some((w) => w.startsWith('no meeting date was found'))).toBe(false);
    expect(checkDraft(sources, ilacs)).toEqual([]);
  });

  it('reads "What needs to improve?" as areas for improvement', () => {
    expect(ilacs.extracted.findings.items.map((i) => [i.list, i.text])).toEqual([
      ['areasForImprovement', 'The timeliness of initial child protection conferences.'],
      ['areasForImprovement', 'The quality of management oversight and supervision of social workers.'],
    ]);
  });
});
