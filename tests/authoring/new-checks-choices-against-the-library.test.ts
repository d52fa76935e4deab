/**
 * `npm run new` checks what the author chose against the vocabularies and the documents
 * before writing anything, and names the nearest valid value, as the checker would.
 */
import { describe, expect, it } from 'vitest';
import { checkRequest } from '../../src/authoring/scaffold.ts';
import { libraryOf, librarySources } from '../support/authoring.ts';

const library = libraryOf(librarySources());

describe('checking a request', () => {
  it('lists what a kind still needs, in the order it is asked', () => {
    expect(checkRequest({ kind: 'plan' }, library).missing).toEqual(['answers', 'authority', 'date', 'title']);
    expect(checkRequest({ kind: 'update', plan: 'bromley/2016-09-improvement-plan' }, library).missing).toEqual(['date']);
  });

  it("titles an update after its plan and month when no title is given", () => {
    expect(checkRequest({ kind: 'update', plan: 'bromley/2016-09-improvement-plan', date: '2017-06-30' }, library).valid?.title).toBe(
      "Children's Services Improvement Plan: update, June 2017",
    );
  });

  it('suggests the nearest kind, review kind, review and plan', () => {
    const problems = (request: Parameters<typeof checkRequest>[0]) => checkRequest(request, library).problems.map((p) => [p.field, p.suggestion]);
    expect(problems({ kind: 'reveiw' })).toEqual([['kind', 'review']]);
    expect(problems({ kind: 'review', reviewKind: 'peer review' })).toEqual([['review-kind', 'peer-review']]);
    expect(problems({ kind: 'plan', answers: 'bromley/2016-04-inspecton' })).toEqual([['answers', 'bromley/2016-04-inspection']]);
    expect(problems({ kind: 'update', plan: 'bromley/2016-09-improvment-plan' })).toEqual([['plan', 'bromley/2016-09-improvement-plan']]);
  });

  it('wants a full date for an update, and dates in the order the checker wants', () => {
    const message = (request: Parameters<typeof checkRequest>[0]) => checkRequest(request, library).problems.map((p) => p.message);
    expect(message({ kind: 'update', plan: 'bromley/2016-09-improvement-plan', date: '2017-06', title: 't' })).toEqual([
      '"2017-06" is not a full date: an update is as at a day, written YYYY-MM-DD',
    ]);
    expect(message({ kind: 'update', plan: 'bromley/2016-09-improvement-plan', date: '2016-01-31', title: 't' })).toEqual([
      'is before bromley/2016-09-improvement-plan was published (2016-09): an update cannot be as at a date before its plan',
    ]);
    expect(message({ kind: 'plan', answers: 'bromley/2016-04-inspection', date: '2015-12', title: 't' })).toEqual([
      'is before bromley/2016-04-inspection began (2016-04-11): a plan answers a review that came before it',
    ]);
    expect(message({ kind: 'review', authority: 'bexley', reviewKind: 'inspection', date: '2019-13', title: 't' })).toEqual([
      '"2019-13" is not a date written YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it('refuses a plan of one council answering a review of another', () => {
    expect(checkRequest({ kind: 'plan', answers: 'brent/2011-inspection', authority: 'bromley', date: '2012-01', title: 't' }, library).problems).toEqual([
      { field: 'answers', message: 'is a review of brent, not bromley' },
    ]);
  });
});
