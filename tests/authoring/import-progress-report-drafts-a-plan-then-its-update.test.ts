/**
 * An invented progress report with an action table (ids, text, lead, due date, RAG). With
 * no plan in the library it drafts the plan, answering the council's inspection; once the
 * plan is in, the same paper drafts the update, each action with its RAG status.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft, importFrom, librarySources } from '../support/authoring.ts';

const withReview = (() => {
  const base = librarySources();
  const review = importFrom('northmoor-inspection.txt', base);
  return [...base, { file: review.file, raw: review.text }];
})();
const planDraft = importFrom('northmoor-progress-report.txt', withReview);
const withPlan = [...withReview, { file: planDraft.file, raw: planDraft.text }];
const updateDraft = importFrom('northmoor-progress-report.txt', withPlan);
const { actions } = planDraft.extracted;

describe('the action table', () => {
  it('finds every action with its number, priority, due date, lead and status', () => {
    expect(actions.actions.map((a) => [a.id, a.priority, a.due, a.status])).toEqual([
      ['1.1.1', '1', 'Oct-19', 'green'],
      ['1.1.2', '1', 'Nov 19', 'amber'],
      ['1.2.1', '1', 'Jan – Mar 20', 'red'],
      ['2.1.1', '2', 'December 2019', 'green'],
      ['2.1.2', '2', 'Mar-20', 'amber'],
      ['3.1.1', '3', 'Apr-20', 'white'],
      ['3.1.2', '3', 'Jan-20', 'red'],
    ]);
    expect(actions.actions[1]!.owner).toBe('Service Manager, Safeguarding');
  });

  it('joins a wrapped cell to its row and takes the progress notes that follow the table', () => {
    const action = actions.actions.find((a) => a.id === '1.2.1')!;
    expect(action.text).toBe('Deliver training for all child protection chairs on challenging drift, with a follow-up audit of plans three months later.');
    expect(action).toMatchObject({ line: 27, lastLine: 28, noteLine: 38 });
    expect(action.note).toMatch(/^Training dates are set for March 2020/);
  });

  it('reads the priorities and the date the statuses are as at', () => {
    expect(actions.priorities.map((p) => [p.id, p.title])).toEqual([
      ['1', 'Child protection'],
      ['2', 'Assessment and planning'],
      ['3', 'Children missing from home and care'],
    ]);
    expect(actions.asOf).toMatchObject({ value: '2020-01-31', line: 13 });
  });
});

describe('without a plan in the library', () => {
  it('drafts the plan, answering the council’s inspection', () => {
    expect(planDraft.file).toBe('content/plans/northmoor/2019-11-childrens-services-improvement-plan.mdx');
    expect(planDraft.text).toContain('  - northmoor/2019-09-inspection');
    expect(planDraft.text).toContain('#   1.2.1: red (line 27)');
  });

  it('passes the checker', () => {
    expect(checkDraft(withReview, planDraft)).toEqual([]);
  });
});

describe('with the plan in the library', () => {
  it('drafts the update, each action with its status', () => {
    expect(updateDraft.file).toBe('content/updates/northmoor/2020-01-childrens-services-improvement-plan-update.mdx');
    expect(updateDraft.report.summary).toBe('an update of northmoor/2019-11-childrens-services-improvement-plan');
    expect(updateDraft.text).toContain('asOf: "2020-01-31"');
    expect(updateDraft.text.match(/^ {2}- action: /gm)).toHaveLength(7);
    expect(updateDraft.text).toMatch(/- action: "3\.1\.1"\n\s+status: white/);
  });

  it('passes the checker', () => {
    expect(checkDraft(withPlan, updateDraft)).toEqual([]);
  });
});
