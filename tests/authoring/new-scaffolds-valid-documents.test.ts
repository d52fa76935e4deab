/**
 * `npm run new` writes a document that passes the checker before the author has typed a
 * word, for every kind, in the place and under the name the checker expects, with its
 * placeholders plainly marked.
 */
import { describe, expect, it } from 'vitest';
import { checkRequest, PLACEHOLDER, scaffold, type ScaffoldRequest } from '../../src/authoring/scaffold.ts';
import { reviewKinds } from '../../src/schemas/review.ts';
import { checkDraft, libraryOf, librarySources } from '../support/authoring.ts';

const sources = librarySources();
const library = libraryOf(sources);

function scaffoldFor(request: ScaffoldRequest) {
  const check = checkRequest(request, library);
  expect(check.problems).toEqual([]);
  expect(check.missing).toEqual([]);
  return scaffold(check.valid!, library);
}

describe('a scaffold passes the checker as written', () => {
  it.each(reviewKinds)('a %s review', (kind) => {
    const draft = scaffoldFor({ kind: 'review', authority: 'bexley', date: '2019-03-04', title: 'A review of Bexley', reviewKind: kind });
    expect(draft.file).toBe(`content/reviews/bexley/2019-03-${kind}.mdx`);
    expect(checkDraft(sources, draft)).toEqual([]);
  });

  it('a review dated by month only', () => {
    const draft = scaffoldFor({ kind: 'review', authority: 'hertfordshire', date: '2018-11', title: 'Ofsted inspection, 2018', reviewKind: 'inspection' });
    expect(draft.file).toBe('content/reviews/hertfordshire/2018-11-inspection.mdx');
    expect(draft.text).toContain('framework: ilacs');
    expect(checkDraft(sources, draft)).toEqual([]);
  });

  it('a review dated by year only, as a paper that gives only the year', () => {
    const draft = scaffoldFor({ kind: 'review', authority: 'hertfordshire', date: '2016', title: 'Ofsted inspection, 2016', reviewKind: 'inspection' });
    expect(draft.file).toBe('content/reviews/hertfordshire/2016-inspection.mdx');
    expect(draft.text).toContain('from: "2016"');
    expect(checkDraft(sources, draft)).toEqual([]);
  });

  it('a plan answering a review, named from its title without the council', () => {
    const draft = scaffoldFor({ kind: 'plan', answers: 'bromley/2016-04-inspection', date: '2016-10', title: "Bromley Children's Services Improvement Plan 2016-18" });
    expect(draft.file).toBe('content/plans/bromley/2016-10-childrens-services-improvement-plan.mdx');
    // The answered review's findings are listed for the author to reference.
    expect(draft.text).toContain('#   W3: Senior managers do not ensure that staff receive appropriate support a…');
    expect(checkDraft(sources, draft)).toEqual([]);
  });

  it('an update of a plan, named after the plan by its asOf month', () => {
    const draft = scaffoldFor({ kind: 'update', plan: 'bromley/2016-09-improvement-plan', date: '2017-06-30', title: 'Improvement plan exception report, June 2017' });
    expect(draft.file).toBe('content/updates/bromley/2017-06-improvement-plan-update.mdx');
    expect(draft.text).toContain('#   5.8.3 (due Dec-16): Develop a short life-story and direct work policy outlining…');
    expect(draft.text).toContain('#   6.1.4\n');
    expect(checkDraft(sources, draft)).toEqual([]);
  });

  it('marks placeholders and explains the fields in YAML comments', () => {
    const { text } = scaffoldFor({ kind: 'review', authority: 'bexley', date: '2019-03', title: 'Peer review', reviewKind: 'peer-review' });
    expect(text).toContain(`text: "${PLACEHOLDER} the exact words of the report (a strength)"`);
    expect(text).toContain('themes: [practice-quality]');
    expect(text).toContain('# Key lines of enquiry, in the order the source gives them.');
    expect(text).toMatch(/^# published: "YYYY-MM-DD"/m);
  });
});
