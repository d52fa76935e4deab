/**
 * The derived figures reproduce the councils' own tables from the action-level data.
 * Source: Bromley report CS17130 (24 May 2017), Appendix 1, the March 2017 exception report.
 */
import { describe, expect, it } from 'vitest';
import { formatDueRange, parseDue } from '../src/schemas/due.ts';
import {
  addMonths,
  assessFinding,
  dueAt,
  findingStatus,
  isStale,
  overdueActions,
  statusAt,
  statusHistory,
  summaryByDue,
  summaryByPriority,
  summaryByStatus,
} from '../src/lib/derive.ts';
import { loadBundledLibrary } from './support/library.ts';

const { library, records } = loadBundledLibrary();
const plan = library.plans.find((p) => p.id === 'bromley/2016-09-improvement-plan')!;
const updates = library.updates;
const column = (asOf: string) => summaryByPriority(plan, updates, asOf).rows.map((row) => row.red);

describe('Bromley improvement plan, March 2017 exception report', () => {
  it('plan summary reproduces Table 1: actions due and not progressed by priority', () => {
    const summary = summaryByPriority(plan, updates, '2017-03-31');
    expect(summary.basis).toBe('actions');
    expect(summary.rows.map((r) => [r.priority, r.due, r.red])).toEqual([
      ['1', 12, 1],
      ['2', 39, 0],
      ['3', 20, 2],
      ['4', 33, 3],
      ['5', 44, 4],
      ['6', 23, 2],
      ['7', 5, 0],
      ['8', 32, 2],
      ['9', 14, 1],
      ['10', 14, 0],
    ]);
    expect(summary.totalDue).toBe(236);
    expect(summary.totalRed).toBe(15);
  });

  it('the headline is 15 of 236 actions (6%) not progressed', () => {
    const summary = summaryByPriority(plan, updates, '2017-03-31');
    expect(`${summary.totalRed} of ${summary.totalDue} (${summary.redPercent}%)`).toBe('15 of 236 (6%)');
  });

  it('plan summary reproduces Table 2: red actions by priority in January, February and March 2017', () => {
    expect(column('2017-01-31')).toEqual([1, 1, 2, 1, 3, 4, 3, 2, 2, 1]);
    expect(summaryByPriority(plan, updates, '2017-01-31').basis).toBe('declared');
    expect(column('2017-02-28')).toEqual([1, 0, 2, 1, 3, 3, 2, 2, 1, 0]);
    expect(summaryByPriority(plan, updates, '2017-02-28').basis).toBe('actions');
    expect(column('2017-03-31')).toEqual([1, 0, 2, 3, 4, 2, 0, 2, 1, 0]);
    expect([20, 15, 15]).toEqual(['2017-01-31', '2017-02-28', '2017-03-31'].map((d) => summaryByPriority(plan, updates, d).totalRed));
  });

  it('plan summary reproduces Table 3: red actions by deadline, latest first, with percentages', () => {
    const { rows, total } = summaryByDue(plan, updates, '2017-03-31');
    expect(rows.map((r) => [r.label, r.count, `${r.percent}%`])).toEqual([
      ['March 2017', 2, '13%'],
      ['January - March 2017', 2, '13%'],
      ['January 2017', 3, '20%'],
      ['December 2016', 5, '33%'],
      ['November 2016', 2, '13%'],
      ['September 2016', 1, '7%'],
    ]);
    expect(total).toBe(15);
  });

  it('the four actions that moved from red to amber between February and March are 6.1.4, 6.3.4, 7.2.1 and 7.2.4', () => {
    const moved = plan.data.actions
      .map((a) => a.id)
      .filter((id) => {
        const history = statusHistory(plan.id, id, updates);
        return statusAt(history, '2017-02-28')?.status === 'red' && statusAt(history, '2017-03-31')?.status === 'amber';
      });
    expect(moved).toEqual(['6.1.4', '6.3.4', '7.2.1', '7.2.4']);
  });

  it('counts recorded actions by latest status', () => {
    expect(summaryByStatus(plan, updates, '2017-03-31')).toEqual([
      { status: 'red', count: 15 },
      { status: 'amber', count: 4 },
      { status: 'green', count: 0 },
      { status: 'white', count: 0 },
      { status: 'unknown', count: 0 },
    ]);
  });

  it('every red action at 31 March 2017 is overdue then, and none was overdue in September 2016', () => {
    const overdue = overdueActions(plan, updates, '2017-03-31');
    expect(overdue.filter((o) => o.status === 'red')).toHaveLength(15);
    expect(overdueActions(plan, updates, '2016-09-01')).toEqual([]);
    expect(overdueActions(plan, updates, '2016-09-30').map((o) => o.id)).toEqual(['5.3.3']);
  });
});

describe('finding status from its actions', () => {
  it('is no-action without actions, off-track with any red, complete when all green', () => {
    expect(findingStatus([])).toBe('no-action');
    expect(findingStatus(['green', 'red'])).toBe('off-track');
    expect(findingStatus(['green', 'green'])).toBe('complete');
    expect(findingStatus(['amber', undefined])).toBe('on-track');
    expect(findingStatus(['green', 'white'])).toBe('on-track');
    expect(findingStatus([undefined, 'white'])).toBe('planned');
  });

  it('the 2016 weakness on help for children in care is off track, with red life story actions 5.8.2 and 5.8.3', () => {
    const w2 = records.finding('bromley/2016-04-inspection#W2')!;
    expect(w2.status).toBe('off-track');
    expect(w2.actions.map((a) => a.id)).toEqual(expect.arrayContaining(['5.8.2', '5.8.3']));
  });

  it('the 2016 weakness on legal support in court is not complete: the court team answering it was still being set up', () => {
    const w4 = records.finding('bromley/2016-04-inspection#W4')!;
    expect(w4.actions.map((a) => a.id).sort()).toEqual(['3.8.2.2', '3.8.7.1', '3.8.7.2', '3.8.7.3']);
    expect(w4.status).toBe('on-track');
  });

  it('W4 rests on statuses the library inferred from the September 2016 paper, all four of them, as at 13 September 2016', () => {
    const w4 = records.finding('bromley/2016-04-inspection#W4')!;
    expect(w4.assessment).toEqual({
      status: 'on-track',
      asOf: '2016-09-13',
      oldest: '2016-09-13',
      inferred: ['3.8.2.2', '3.8.7.1', '3.8.7.2', '3.8.7.3'].map((id) => `bromley/2016-05-immediate-actions#${id}`),
      stale: [],
    });
    // Even were the court team's status green too, inferred greens would not make it complete.
    expect(findingStatus(w4.actions.map((a) => ({ ...a.latest!, status: 'green' as const })))).toBe('on-track');
  });

  it('Brent 2011’s A2 and A11 are on track, not complete: their only actions are green on the library’s reading, not the council’s', () => {
    for (const id of ['A2', 'A11']) {
      const finding = records.finding(`brent/2011-inspection#${id}`)!;
      expect(finding.actions.map((a) => a.latest?.status)).toEqual(['green']);
      expect(finding.assessment!.inferred).toHaveLength(1);
      expect(finding.status).toBe('on-track');
    }
  });

  it('links the papers do not support are absent: 2013 areas A1, A3 and A4 have no step, and the missing-children, board and IRO-report actions answer no 2016 weakness', () => {
    const linked = (ref: string) => records.finding(ref)!.actions.map((a) => a.id);
    expect(['A1', 'A3', 'A4'].map((id) => linked(`bromley/2013-06-peer-review#${id}`))).toEqual([[], [], []]);
    const w1 = linked('bromley/2016-04-inspection#W1');
    expect(['3.8.5.1', '3.8.5.2', '3.3.1'].filter((id) => w1.includes(id))).toEqual([]);
    expect(linked('bromley/2016-04-inspection#W2')).not.toContain('5.3.3');
  });

  it('Central Bedfordshire’s 18 recommendations have no action recorded', () => {
    const recs = records.findings.filter((f) => f.review.id === 'central-bedfordshire/2018-11-peer-review' && f.type === 'recommendation');
    expect(recs).toHaveLength(18);
    expect(new Set(recs.map((r) => r.status))).toEqual(new Set(['no-action']));
  });
});

describe('finding status from stated, inferred and closed evidence', () => {
  it('is complete only when every action is green in a stated status or closed as completed', () => {
    expect(findingStatus([{ status: 'green' }, { status: 'amber', closed: 'completed' }])).toBe('complete');
    expect(findingStatus([{ status: 'green' }, { status: 'green', inferred: 'from "has been put in place"' }])).toBe('on-track');
    expect(findingStatus([{ status: 'green', closed: 'completed', inferred: 'closure read from the minutes' }])).toBe('on-track');
  });

  it('an action closed as not implemented or dropped keeps the finding from being complete', () => {
    expect(findingStatus([{ status: 'green' }, { status: 'red', closed: 'not-implemented' }])).toBe('closed-incomplete');
    expect(findingStatus([{ status: 'white', closed: 'dropped' }])).toBe('closed-incomplete');
    expect(findingStatus([{ status: 'amber' }, { status: 'red', closed: 'not-implemented' }])).toBe('on-track');
  });

  it('an action closed as superseded no longer speaks for the finding', () => {
    expect(findingStatus([{ status: 'red', closed: 'superseded' }, { status: 'green' }])).toBe('complete');
    expect(findingStatus([{ status: 'red', closed: 'superseded' }])).toBe('no-action');
  });

  it('a status more than the stale limit older than its plan’s latest update makes the finding’s status stale', () => {
    const entry = (asOf: string) => ({ asOf, status: 'amber' as const, update: 'u' });
    const assessment = assessFinding([
      { ref: 'p#1', entry: entry('2016-09-13'), planLatest: '2017-03-31' },
      { ref: 'q#1', entry: entry('2017-03-31'), planLatest: '2017-03-31' },
    ]);
    expect(assessment).toMatchObject({ status: 'on-track', asOf: '2017-03-31', oldest: '2016-09-13', stale: ['p#1'] });
    expect(assessFinding([{ ref: 'p#1', entry: entry('2016-09-13'), planLatest: '2017-03-31' }], 7).stale).toEqual([]);
  });

  it('months are counted on the calendar', () => {
    expect(addMonths('2017-03-31', -6)).toBe('2016-09-30');
    expect(addMonths('2016-08-31', 6)).toBe('2017-02-28');
    expect(isStale('2016-09-29', '2017-03-31', 6)).toBe(true);
    expect(isStale('2016-09-30', '2017-03-31', 6)).toBe(false);
  });
});

describe('revised due dates', () => {
  const history = [
    { asOf: '2017-01-31', status: 'amber' as const, update: 'u1' },
    { asOf: '2017-02-28', status: 'amber' as const, update: 'u2', revisedDue: 'Jun-17' },
    { asOf: '2017-03-31', status: 'red' as const, update: 'u3', revisedDue: 'Jun-17' },
  ];

  it('keep the plan’s due date and every revision, and an action whose due date a later update revised has slipped', () => {
    expect(dueAt('Jan-17', history)).toEqual({
      due: 'Jun-17',
      range: { from: '2017-06', to: '2017-06' },
      revisions: [{ due: 'Jan-17' }, { due: 'Jun-17', asOf: '2017-02-28', update: 'u2' }],
      slipped: true,
    });
    expect(dueAt('Jan-17', history, '2017-01-31')).toMatchObject({ due: 'Jan-17', slipped: false });
  });

  it('an action is overdue against the due date in force, and not once it is closed', () => {
    const doc = { id: 'p', data: { actions: [{ id: '1', priority: '1', due: 'Jan-17', themes: ['caseloads'], addresses: [] }] } };
    const update = (asOf: string, entry: object) => ({ id: `u-${asOf}`, data: { plan: 'p', asOf, statuses: [{ action: '1', status: 'amber', ...entry }] } });
    const revised = [update('2017-01-31', {}), update('2017-02-28', { revisedDue: 'Jun-17' })];
    expect(overdueActions(doc as never, revised as never, '2017-01-31').map((o) => o.due)).toEqual(['Jan-17']);
    expect(overdueActions(doc as never, revised as never, '2017-03-31')).toEqual([]);
    expect(overdueActions(doc as never, revised as never, '2017-06-30').map((o) => o.due)).toEqual(['Jun-17']);
    const closed = [...revised, update('2017-05-31', { status: 'red', closed: 'not-implemented' })];
    expect(overdueActions(doc as never, closed as never, '2017-06-30')).toEqual([]);
  });

});

describe('due dates keep the source wording and a normalised month range', () => {
  it.each([
    ['Jan-17', '2017-01', '2017-01', 'January 2017'],
    ['Jan – Mar 17', '2017-01', '2017-03', 'January - March 2017'],
    ['Mar 17', '2017-03', '2017-03', 'March 2017'],
    ['Sep-16', '2016-09', '2016-09', 'September 2016'],
    ['December 2016', '2016-12', '2016-12', 'December 2016'],
    ['Nov 16 - Jan 17', '2016-11', '2017-01', 'November 2016 - January 2017'],
    ['2017', '2017-01', '2017-12', 'January - December 2017'],
    ['Nov-Jan 17', '2016-11', '2017-01', 'November 2016 - January 2017'],
  ])('"%s" is %s to %s', (stated, from, to, label) => {
    const range = parseDue(stated);
    expect(range).toEqual({ from, to });
    expect(formatDueRange(range!)).toBe(label);
  });

  it.each(['soon', 'Q3', 'Smarch 17', '13/2017', 'Jan 17 - Mar 16'])('"%s" is refused', (stated) => {
    expect(parseDue(stated)).toBeUndefined();
  });
});
