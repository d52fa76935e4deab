/**
 * `reportedIn` is where a review's record comes from, so it is required, except for a review
 * read from its own published report (Ofsted's PDF): then the source says where.
 */
import { describe, expect, it } from 'vitest';
import { reviewSchema } from '../../src/schemas/review.ts';

const review = (source: { title: string; publisher: string }) => ({
  title: 'Ofsted standard inspection of children’s services, 2024',
  authority: 'bromley',
  kind: 'standard-inspection',
  conductedBy: 'Ofsted',
  framework: 'ilacs',
  fieldwork: { from: '2024-10-07', to: '2024-10-18' },
  source,
  summary: 'A summary in our own words.',
});

describe('reportedIn', () => {
  it('may be left out when the source is the review\'s own published report', () => {
    const result = reviewSchema.safeParse(review({ title: 'Inspection of Bromley local authority children’s services', publisher: 'Ofsted' }));
    expect(result.success).toBe(true);
    expect(result.data?.reportedIn).toEqual([]);
  });

  it('is required, with a message saying when it is not, for a review recorded from a council paper', () => {
    const result = reviewSchema.safeParse(review({ title: 'Ofsted inspection: report to committee', publisher: 'London Borough of Bromley' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['reportedIn', 'needs at least one committee paper, unless the source is the review\'s own published report (source.publisher the same as conductedBy, e.g. both "Ofsted")'],
    ]);
  });
});
