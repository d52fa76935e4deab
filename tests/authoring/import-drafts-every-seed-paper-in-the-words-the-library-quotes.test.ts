/**
 * The five source papers were encoded by hand before the importer existed. On each, the
 * importer finds what the editors found, in the same words, and drafts a document that
 * passes the checker as written, at the path of the document the editors wrote (which
 * it replaces for the check).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FindingList } from '../../src/importer/findings.ts';
import { checkDraft, importFrom, librarySources, seedsRoot } from '../support/authoring.ts';
import { loadBundledLibrary } from '../support/library.ts';

const sources = librarySources();
const library = loadBundledLibrary().library;
const seed = (name: string) => importFrom(path.join(seedsRoot, name), sources);
const texts = (result: ReturnType<typeof seed>, list: FindingList) => result.extracted.findings.items.filter((i) => i.list === list).map((i) => i.text);
const encoded = (id: string) => library.reviews.find((r) => r.id === id)!.data;

describe('000, the Bromley looked after children diagnostic (2013)', () => {
  const result = seed('000_2ec8144c97694848.txt');
  it('finds the 12 strengths and 6 areas for consideration, word for word', () => {
    expect(texts(result, 'strengths')).toEqual(encoded('bromley/2013-06-peer-review').strengths.map((s) => s.text));
    expect(texts(result, 'areasForImprovement')).toEqual(encoded('bromley/2013-06-peer-review').areasForImprovement.map((s) => s.text));
  });
  it('reads the report number, committee and the month of the review', () => {
    const m = result.extracted.metadata;
    expect([m.reportNumber?.value, m.committee?.value, m.meetingDate?.value, m.fieldwork?.value.from]).toEqual([
      'CS13035',
      'Care Services Policy Development and Scrutiny Committee',
      '2013-10-29',
      '2013-06',
    ]);
  });
  it('passes the checker', () => expect(checkDraft(sources, result)).toEqual([]));
});

describe('002, the Brent action plan progress report (2012)', () => {
  const result = seed('002_dab7261901101738.txt');
  const asReview = importFrom(path.join(seedsRoot, '002_dab7261901101738.txt'), sources, { kind: 'review' });
  it('drafts an update of the action plan, for the progress it reports against the plan its title names', () => {
    expect(result.report.summary).toBe('an update of brent/2011-action-plan');
    expect(result.report.kind).toContain('update +3: the title names a plan and the paper reports progress on it');
  });
  it('splits the two areas-for-improvement sentences into the 12 areas the library records', () => {
    expect(texts(result, 'areasForImprovement')).toEqual(encoded('brent/2011-inspection').areasForImprovement.map((s) => s.text));
  });
  it('as a review, reads the grade the CQC found and reports the one it cannot place', () => {
    expect(asReview.extracted.judgements.map((j) => [j.area, j.grade, j.line])).toEqual([['Health support to Looked After Children (LAC)', 'inadequate', 51]]);
    expect(asReview.report.notPlaced.map((n) => n.line)).toEqual([28]);
    expect(asReview.report.notPlaced[0]!.message).toBe(
      "a grade in running text (\"The SLAC inspection graded our services as adequate overall and awarded 'good' grading to four components.\"): add it under judgements (or declaredGrades) by hand",
    );
  });
  it('as a review, reads it as an Ofsted and CQC inspection under SLAC, with no fieldwork dates to find', () => {
    expect(asReview.text).toContain('conductedBy: "Ofsted and CQC"');
    expect(asReview.text).toContain('framework: slac');
    expect(asReview.report.warnings).toContain("no fieldwork dates were found: fieldwork.from is the meeting's year, and the file name follows it");
  });
  it('as a review, passes the checker', () => expect(checkDraft(sources, asReview)).toEqual([]));
});

describe('003, the Bromley Ofsted inspection (2016)', () => {
  const result = seed('003_5b9ab6ed8a9088c0.txt');
  it('reads the judgement table, sub-judgements under their parent', () => {
    const judgements = result.extracted.judgements;
    expect(judgements.map((j) => [j.id, j.area, j.grade, (j.sub ?? []).map((s) => s.id)])).toEqual(
      // J5, the safeguarding board's grade, is from Ofsted's report: the paper does not give it.
      encoded('bromley/2016-04-inspection').judgements.filter((j) => j.id !== 'J5').map((j) => [j.id, j.area, j.grade, (j.sub ?? []).map((s) => s.id)]),
    );
    expect(result.text).toContain('framework: sif');
  });
  it('finds the 5 strengths and 6 main weaknesses, word for word', () => {
    expect(texts(result, 'strengths')).toEqual(encoded('bromley/2016-04-inspection').strengths.map((s) => s.text.replace(/\s+/g, ' ')));
    expect(texts(result, 'areasForImprovement')).toEqual(encoded('bromley/2016-04-inspection').areasForImprovement.map((s) => s.text.replace(/\s+/g, ' ')));
  });
  it('records the 23 recommendations the paper counts but does not list', () => {
    expect(result.extracted.findings.declaredRecommendations).toMatchObject({
      count: 23,
      breakdown: [
        { count: 18, label: "across children's services" },
        { count: 5, label: "for the Bromley Safeguarding Children's Board" },
      ],
      line: 194,
    });
    expect(texts(result, 'recommendations')).toEqual([]);
  });
  it('reads the inspection and publication dates', () => {
    expect(result.extracted.metadata.fieldwork?.value).toEqual({ from: '2016-04-11', to: '2016-05-05' });
    expect(result.extracted.metadata.published?.value).toBe('2016-06-27');
    expect(result.file).toBe('content/reviews/bromley/2016-04-inspection.mdx');
  });
  it('passes the checker', () => expect(checkDraft(sources, result)).toEqual([]));
});

describe('004, the Bromley improvement plan exception report (2017)', () => {
  const result = seed('004_d4435c853820d842.txt');
  const { actions } = result.extracted;
  it('drafts an update of the improvement plan, as at 31 March 2017', () => {
    expect(result.file).toBe('content/updates/bromley/2017-03-improvement-plan-update.mdx');
    expect(result.report.summary).toBe('an update of bromley/2016-09-improvement-plan');
    expect(actions.asOf?.value).toBe('2017-03-31');
  });
  it('finds the 15 red actions (table and notes) and the 4 moved to amber', () => {
    const red = actions.actions.filter((a) => a.status === 'red').map((a) => a.id);
    const amber = actions.actions.filter((a) => a.status === 'amber').map((a) => a.id);
    const statuses = library.updates.find((u) => u.id === 'bromley/2017-03-improvement-plan-update')!.data.statuses;
    expect(red.sort()).toEqual(statuses.filter((s) => s.status === 'red').map((s) => s.action).sort());
    expect(amber.sort()).toEqual(['6.1.4', '6.3.4', '7.2.1', '7.2.4']);
  });
  it('reads the table rows with their due dates as stated, despite the garbled conversion', () => {
    const plan = library.plans.find((p) => p.id === 'bromley/2016-09-improvement-plan')!.data;
    const fromTable = actions.actions.filter((a) => a.fromTable);
    expect(fromTable).toHaveLength(12);
    for (const action of fromTable) expect([action.id, action.due]).toEqual([action.id, plan.actions.find((a) => a.id === action.id)!.due]);
    expect(fromTable.find((a) => a.id === '4.3.3')!.text).toBe('Child Protection chairs to deliver training on the Signs of Safety model of case conferencing.');
    expect(result.report.notPlaced.map((n) => n.message)).toContain(
      '3 repeated or garbled table rows left out (the PDF conversion repeats cells): check the action texts around them',
    );
  });
  it('takes each priority title from its cleanest mention', () => {
    expect(actions.priorities.find((p) => p.id === '4')?.title).toBe('Safeguarding');
    expect(actions.priorities.find((p) => p.id === '8')?.title).toBe('Child Sexual Exploitation, Children Missing and Gangs');
  });
  it('passes the checker', () => expect(checkDraft(sources, result)).toEqual([]));
});
