/** Search rows (src/search/records.ts) carry a status's as-at date and inference, and overdue, stale and slipped as status facet values. */
import { describe, expect, it } from 'vitest';
import { searchPages, STATUS_FLAGS } from '../src/search/records.ts';
import { loadBundledLibrary } from './support/library.ts';

const { records } = loadBundledLibrary();
const pages = searchPages(records);
const rowOf = (pageUrl: string, href: string) => pages.find((p) => p.url === pageUrl)!.sections.find((s) => s.row.href === href)!.row;

describe('search rows', () => {
  it('an action’s row shows its status first, then Overdue and Stale as at its plan’s latest update, and its date says when and how sure', () => {
    const plan = records.plan('bromley/2016-09-improvement-plan')!;
    expect(rowOf(plan.url, '#action-5.8.3')).toMatchObject({ date: 'Due Dec-16; status as at 31 March 2017', facets: { status: ['Red: not progressed', STATUS_FLAGS.overdue] } });
    const immediate = records.plan('bromley/2016-05-immediate-actions')!;
    expect(rowOf(immediate.url, '#action-3.8.2.2').date).toBe('Due October 2016; status as at 13 September 2016 (inferred)');
  });

  it('a finding’s row says when its status is as at and that it rests on inferred statuses', () => {
    const review = records.review('bromley/2016-04-inspection')!;
    const w4 = rowOf(review.url, '/recommendations/bromley/2016-04-inspection/W4/');
    expect(w4.date).toBe('11 April 2016; status as at 13 September 2016 (inferred)');
    expect(w4.facets.status).toEqual(['On track']);
  });

  it('the status facet offers Overdue and Stale wherever a plan has such actions', () => {
    const values = new Set(pages.flatMap((p) => p.filters.status ?? []));
    expect(values).toContain(STATUS_FLAGS.overdue);
    expect(values).toContain(STATUS_FLAGS.stale);
  });
});
