/**
 * The evaluation can fail: an extraction the truth does not hold lowers precision, a truth
 * item nothing matches lowers recall, and a wrong value lowers both.
 */
import { describe, expect, it } from 'vitest';
import { overall, rates, scorePaper, type Facts, type TruthFacts } from '../../src/importer/eval.ts';

const truth = (): TruthFacts => ({
  kind: 'review',
  reviewKind: 'inspection',
  metadata: { council: 'coventry', committee: 'Scrutiny Board', meetingDate: null, fieldworkFrom: '2017-03' },
  kloes: [],
  judgements: [
    { area: 'Overall effectiveness', grade: 'requires-improvement' },
    { area: 'Adoption performance', grade: 'good' },
  ],
  strengths: ['Care leavers are well supported by their personal advisers.'],
  areasForImprovement: ['Improve the quality of assessments.'],
  recommendations: ['Ensure that thresholds are applied consistently.', 'Reduce caseloads in the assessment teams.'],
  actions: [
    { id: '1.1', text: 'Recruit permanent team managers', due: 'Mar-17', status: 'red' },
    { id: '1.2', text: 'Audit every child in need plan', status: 'green' },
  ],
  ragCounts: { red: 1 },
  ragItems: [{ id: '1.1', status: 'red' }],
});

/** What a perfect importer would read from the same paper. */
const perfect = (): Facts => ({
  kind: 'review',
  reviewKind: 'inspection',
  metadata: { council: 'coventry', committee: 'SCRUTINY BOARD', fieldworkFrom: '2017-03-06' },
  kloes: [],
  judgements: [
    { area: 'Overall effectiveness', grade: 'requires-improvement' },
    { area: 'Adoption performance', grade: 'good' },
  ],
  strengths: ['Care leavers are well supported by their personal advisers'],
  areasForImprovement: ['• Improve the quality of assessments.'],
  recommendations: ['1. Ensure that thresholds are applied consistently.', 'Reduce caseloads in the assessment teams.'],
  actions: [
    { id: '1.1', text: 'Recruit permanent team managers', due: 'Mar-17', status: 'red' },
    { id: '1.2', text: 'Audit every child in need plan', status: 'green' },
  ],
  ragCounts: { red: 1, green: 1 },
  ragItems: [{ id: '1.1', text: 'Recruit permanent team managers', status: 'red' }],
});

const score = (found: Facts) => scorePaper(truth(), found);
const tally = (found: Facts, measure: string) => score(found).tallies[measure];
const all = (found: Facts) => rates(overall(score(found).tallies));

describe('a perfect extraction', () => {
  it('has full recall and precision in every measure', () => {
    expect(all(perfect())).toEqual({ recall: 1, precision: 1 });
    expect(score(perfect()).differences).toEqual([]);
  });
});

describe('findings', () => {
  it('an extra recommendation lowers precision and leaves recall', () => {
    const found = perfect();
    found.recommendations.push('Strengthen the corporate parenting board.');
    expect(tally(found, 'recommendations')).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(all(found).recall).toBe(1);
    expect(all(found).precision).toBeLessThan(1);
  });
  it('a missed strength lowers recall and leaves precision', () => {
    const found = perfect();
    found.strengths = [];
    expect(tally(found, 'strengths')).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(all(found).precision).toBe(1);
    expect(all(found).recall).toBeLessThan(1);
  });
  it('a recommendation read as an area for improvement is missed in one list and wrong in the other', () => {
    const found = perfect();
    found.areasForImprovement.push(found.recommendations.pop()!);
    expect(tally(found, 'recommendations')).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(tally(found, 'areasForImprovement')).toEqual({ tp: 1, fp: 1, fn: 0 });
  });
  it('a finding cut in half is not the finding', () => {
    const found = perfect();
    found.strengths = ['Care leavers are well supported'];
    expect(tally(found, 'strengths')).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('metadata', () => {
  it('a wrong committee is both a miss and a wrong value', () => {
    expect(tally({ ...perfect(), metadata: { ...perfect().metadata, committee: 'Briefing Note of the Deputy Chief Executive' } }, 'metadata.committee')).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
  it('a date read where the paper states none is wrong', () => {
    expect(tally({ ...perfect(), metadata: { ...perfect().metadata, meetingDate: '2017-06-13' } }, 'metadata.meetingDate')).toEqual({ tp: 0, fp: 1, fn: 0 });
  });
  it('a date less precise than the truth is a miss; a more precise one agreeing with it is right', () => {
    expect(tally({ ...perfect(), metadata: { ...perfect().metadata, fieldworkFrom: '2017' } }, 'metadata.fieldworkFrom')).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(tally(perfect(), 'metadata.fieldworkFrom')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
  it('a council the importer cannot place is a miss', () => {
    expect(tally({ ...perfect(), metadata: { ...perfect().metadata, council: undefined } }, 'metadata.council')).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
  it('a field the truth leaves out is not scored, and a list gives the values that count as right', () => {
    const found = { ...perfect(), metadata: { ...perfect().metadata, published: '2017-06-13' } };
    expect(tally(found, 'metadata.published')).toEqual({ tp: 0, fp: 0, fn: 0 });
    const t = { ...truth(), metadata: { ...truth().metadata, committee: ['Executive', 'Scrutiny Board'] } };
    expect(scorePaper(t, perfect()).tallies['metadata.committee']).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
  it('the wrong kind of document is both a miss and a wrong value', () => {
    expect(tally({ ...perfect(), kind: 'update' }, 'kind')).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('judgements', () => {
  it('the right area with the wrong grade does not match', () => {
    const found = perfect();
    found.judgements[1] = { area: 'Adoption performance', grade: 'requires-improvement' };
    expect(tally(found, 'judgements')).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
});

describe('actions and RAG', () => {
  it('an action matched by its number with the wrong status lowers the status measure both ways', () => {
    const found = perfect();
    found.actions[0] = { ...found.actions[0]!, status: 'amber' };
    expect(tally(found, 'actions')).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(tally(found, 'actions.status')).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
  it('a missed action misses each field it states', () => {
    const found = perfect();
    found.actions.shift();
    expect(tally(found, 'actions')).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(tally(found, 'actions.due')).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
  it('a red count that disagrees with the paper is wrong, and an unnamed red item is missed', () => {
    const found = perfect();
    found.ragCounts = { red: 3 };
    found.ragItems = [];
    expect(tally(found, 'ragCounts')).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(tally(found, 'ragItems')).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
});
