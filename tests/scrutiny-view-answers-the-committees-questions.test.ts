/**
 * The scrutiny view (src/lib/scrutiny.ts) over the bundled library, and over the library
 * with one more update that revises a due date and closes an action without doing it.
 */
import { describe, expect, it } from 'vitest';
import { createLibrary } from '../src/lib/library.ts';
import { scrutinyCsvColumns, scrutinyRows } from '../src/lib/scrutiny.ts';
import { updateSchema } from '../src/schemas/update.ts';
import { loadBundledLibrary } from './support/library.ts';

const { library: data, records } = loadBundledLibrary();
const refs = (list: Array<{ action: { ref: string } }>) => list.map((a) => a.action.ref);

describe('Bromley as at its latest update, 31 March 2017', () => {
  const view = records.scrutinyView('bromley');

  it('can be seen as at each update date of its plans', () => {
    expect(view.asOf).toBe('2017-03-31');
    expect(view.dates).toEqual(['2013-10-29', '2016-09-13', '2017-01-31', '2017-02-28', '2017-03-31']);
  });

  it('lists every open recommendation and area for improvement, off track first', () => {
    // 13 from the council's papers, and the 23 recommendations of Ofsted's own 2016 report (quoted in the same document), which no plan in the library answers yet.
    const fromReport = (f: (typeof view.open)[number]) => /^bromley\/2016-04-inspection#R\d+$/.test(f.finding.ref);
    expect(view.open.filter((f) => !fromReport(f))).toHaveLength(13);
    expect(view.open.filter(fromReport).map((f) => f.assessment.status)).toEqual(Array(23).fill('no-action'));
    expect(view.open.slice(0, 3).map((f) => f.finding.id)).toEqual(['W1', 'W2', 'W3']);
    expect(new Set(view.open.slice(0, 3).map((f) => f.assessment.status))).toEqual(new Set(['off-track']));
  });

  it('the 15 red actions are off track and overdue, and so is the court team, amber and past its October 2016 date', () => {
    expect(view.offTrack).toHaveLength(15);
    expect(view.overdue).toHaveLength(16);
    expect(refs(view.overdue).filter((ref) => !refs(view.offTrack).includes(ref))).toEqual(['bromley/2016-05-immediate-actions#3.8.2.2']);
  });

  it('actions with no status for more than six months are stale: the 2013 next steps and the immediate actions still open in September 2016', () => {
    expect(view.staleAfterMonths).toBe(6);
    expect(refs(view.stale).filter((r) => r.startsWith('bromley/2013-10-next-steps#'))).toHaveLength(8);
    expect(refs(view.stale).filter((r) => r.startsWith('bromley/2016-05-immediate-actions#')).sort()).toEqual(
      ['3.8.2.1', '3.8.2.2', '3.8.4.3', '3.8.5.2', '3.8.6.2'].map((id) => `bromley/2016-05-immediate-actions#${id}`),
    );
    expect(view.slipped).toEqual([]);
  });

  it('the stale limit is configuration: at twelve months only the 2013 next steps are stale', () => {
    const view12 = createLibrary(data, '/', { staleAfterMonths: 12 }).scrutinyView('bromley');
    expect(refs(view12.stale).every((r) => r.startsWith('bromley/2013-10-next-steps#'))).toBe(true);
    expect(view12.stale).toHaveLength(8);
  });
});

describe('Bromley as at 13 September 2016', () => {
  const view = records.scrutinyView('bromley', '2016-09-13');

  it('holds only what was known then: no overdue action yet, and the 2013 next steps long without a status', () => {
    expect(view.overdue).toEqual([]);
    expect(refs(view.stale).every((r) => r.startsWith('bromley/2013-10-next-steps#'))).toBe(true);
    expect(view.open.every((f) => f.finding.review.data.fieldwork.from <= '2016-09-13')).toBe(true);
  });
});

describe('an update that revises a due date and closes an action', () => {
  const update = updateSchema.parse({
    title: 'Exception report, May 2017',
    authority: 'bromley',
    plan: 'bromley/2016-09-improvement-plan',
    asOf: '2017-05-31',
    reportedIn: [{ committee: 'Test committee', date: '2017-06' }],
    source: { title: 'A test paper', publisher: 'Test' },
    summary: 'A made-up update for the test.',
    statuses: [
      { action: '5.3.3', status: 'amber', revisedDue: 'Jun-17' },
      { action: '5.8.2', status: 'red', closed: 'not-implemented' },
    ],
  });
  const library = createLibrary({ ...data, updates: [...data.updates, { id: 'bromley/2017-05-improvement-plan-update', file: 'test', body: '', bodyLine: 1, data: update }] });
  const view = library.scrutinyView('bromley');

  it('becomes a date of the view; the revised action has slipped and is no longer overdue, the closed one is neither overdue nor off track', () => {
    expect(view.asOf).toBe('2017-05-31');
    expect(refs(view.slipped)).toEqual(['bromley/2016-09-improvement-plan#5.3.3']);
    expect(view.slipped[0]!.due.revisions.map((r) => r.due)).toEqual(['Sep-16', 'Jun-17']);
    expect(refs(view.overdue)).not.toContain('bromley/2016-09-improvement-plan#5.3.3');
    expect(refs([...view.overdue, ...view.offTrack])).not.toContain('bromley/2016-09-improvement-plan#5.8.2');
    expect(library.actions.find((a) => a.ref === 'bromley/2016-09-improvement-plan#5.3.3')!.flags.slipped).toBe(true);
  });

  it('the schema refuses a closure the scale does not know, naming the ones it does', () => {
    const result = updateSchema.safeParse({ ...update, statuses: [{ action: '5.8.2', status: 'red', closed: 'abandoned' }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatchInlineSnapshot(`"must say how the action was closed: completed, not-implemented, superseded or dropped"`);
  });
});

describe('the view as a spreadsheet', () => {
  it('has a row per open finding and answering action, then the flagged actions answering none, every field a column', () => {
    const rows = scrutinyRows(records.scrutinyView('bromley'));
    for (const row of rows) expect(Object.keys(row).sort()).toEqual([...scrutinyCsvColumns].sort());
    const w4 = rows.filter((r) => r.finding === 'bromley/2016-04-inspection#W4');
    expect(w4).toHaveLength(4);
    expect(w4.every((r) => r.findingStatusInferred === true && r.statusAsOf === '2016-09-13')).toBe(true);
    expect(rows.some((r) => r.finding === null && r.overdue === true)).toBe(true);
  });
});
